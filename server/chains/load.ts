// Reads one industry's chain from Neo4j into DTOs (driver objects stay here and in the presenters).
import type { Node, Relationship } from 'neo4j-driver';
import type { Database } from '../../graph/db/database';
import type { LinkCounts } from '../../graph/model/chainView';
import { activeGapConfig } from '../gaps/service';
import { presentNode, presentRelationship, type EntityDto, type RelationshipDto } from '../presenters/entity';
import { CHAIN_HOLDERS, CHAIN_INDUSTRY_AND_LINKS, CHAIN_LINK_MEMBERS, CHAIN_PARTNERS, CHAIN_PARTNER_REGIONS } from './queries';

/** Most members one expanded link shows, so that even "all" stays drawable (counts stay exact). */
export const MAX_MEMBERS_PER_LINK = 2500;

export interface LoadOptions {
  id: string;
  /** Link ids to show in full; ignored when expandAll. */
  expand: string[];
  expandAll: boolean;
  /** Members an aggregated link shows. */
  limit: number;
}

export interface LinkMembers {
  linkId: string;
  counts: LinkCounts;
  total: number;
  expanded: boolean;
  members: { node: EntityDto; rel: RelationshipDto; local: boolean }[];
}

export interface RawChain {
  industry: EntityDto;
  links: { node: EntityDto; rel: RelationshipDto }[];
  feeds: RelationshipDto[];
  holders: { node: EntityDto; rel: RelationshipDto }[];
  linkMembers: LinkMembers[];
  partners: { node: EntityDto; rel: RelationshipDto }[];
  parks: { node: EntityDto; rel: RelationshipDto; region: EntityDto | null; coBuilt: RelationshipDto | null }[];
  partnerRegions: { region: EntityDto; rel: RelationshipDto }[];
}

interface LinkRow {
  node: Node;
  rel: Relationship;
}
interface EdgeRow {
  rel: Relationship;
  from: string;
  to: string;
}
interface MemberRow {
  node: Node;
  rel: Relationship;
  local: boolean;
}
interface PartnerRow {
  rel: Relationship;
  from: string;
  node: Node;
}
interface ParkRow {
  park: Node;
  rel: Relationship;
  coBuilt: Relationship | null;
  region: Node | null;
}

/** The chain of one industry, or null when there is no such industry. */
export async function loadChain(db: Database, options: LoadOptions): Promise<RawChain | null> {
  return db.read(async (tx) => {
    const head = (await tx.run(CHAIN_INDUSTRY_AND_LINKS, { id: options.id })).records[0];
    if (!head) return null;
    const industry = presentNode(head.get('industry') as Node);
    const links = (head.get('links') as LinkRow[]).map((row) => ({
      node: presentNode(row.node),
      rel: presentRelationship(row.rel, industry.id, String(row.node.properties.id)),
    }));
    const feeds = (head.get('feeds') as EdgeRow[]).map((row) => presentRelationship(row.rel, row.from, row.to));

    const holderRecords = (await tx.run(CHAIN_HOLDERS, { id: options.id })).records;
    const holders = holderRecords.map((record) => {
      const node = presentNode(record.get('node') as Node);
      return { node, rel: presentRelationship(record.get('rel') as Relationship, node.id, industry.id) };
    });

    const memberRecords = (
      await tx.run(CHAIN_LINK_MEMBERS, {
        id: options.id,
        cityId: activeGapConfig().config.cityId,
        expand: options.expand,
        expandAll: options.expandAll,
        limit: options.limit,
        cap: MAX_MEMBERS_PER_LINK,
      })
    ).records;
    const linkMembers: LinkMembers[] = memberRecords.map((record) => {
      const linkId = record.get('linkId') as string;
      return {
        linkId,
        total: record.get('total') as number,
        expanded: record.get('expanded') as boolean,
        counts: {
          firms: record.get('firms') as number,
          localFirms: record.get('localFirms') as number,
          platforms: record.get('platforms') as number,
          institutes: record.get('institutes') as number,
          centres: record.get('centres') as number,
        },
        members: (record.get('members') as MemberRow[]).map((row) => {
          const node = presentNode(row.node);
          return { node, rel: presentRelationship(row.rel, node.id, linkId), local: row.local };
        }),
      };
    });

    const shownIds = [
      ...holders.map((h) => h.node.id),
      ...linkMembers.flatMap((l) => l.members.map((m) => m.node.id)),
    ];
    const around = (await tx.run(CHAIN_PARTNERS, { id: options.id, shownIds })).records[0];
    const partners = ((around?.get('partners') as PartnerRow[] | undefined) ?? []).map((row) => {
      const node = presentNode(row.node);
      return { node, rel: presentRelationship(row.rel, row.from, node.id) };
    });
    const parks = ((around?.get('parks') as ParkRow[] | undefined) ?? []).map((row) => {
      const park = presentNode(row.park);
      const region = row.region ? presentNode(row.region) : null;
      return {
        node: park,
        rel: presentRelationship(row.rel, park.id, industry.id),
        region,
        coBuilt: row.coBuilt && region ? presentRelationship(row.coBuilt, park.id, region.id) : null,
      };
    });

    const regionRecords = (await tx.run(CHAIN_PARTNER_REGIONS, { ids: partners.map((p) => p.node.id) })).records;
    const partnerRegions = regionRecords.map((record) => {
      const region = presentNode(record.get('region') as Node);
      return { region, rel: presentRelationship(record.get('rel') as Relationship, record.get('from') as string, region.id) };
    });

    return { industry, links, feeds, holders, linkMembers, partners, parks, partnerRegions };
  });
}
