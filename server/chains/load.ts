// Reads one industry's chain from Neo4j into DTOs (driver objects stay here and in the presenters).
import { z } from 'zod';
import type { GraphReader } from '../history/past';
import type { LinkCounts } from '../../graph/model/chainView';
import { presentNode, presentRelationship, type EntityDto, type RelationshipDto } from '../presenters/entity';
import { DriverNode, DriverRelationship, readFirst, readRows } from '../presenters/rows';
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
  /** The scope (scope.ts resolveScope): a member is local when it lies inside this region. */
  regionId: string;
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

// Row schemas, one per query in queries.ts. A record that does not match means a query and its reader
// disagree: the request fails as a server error rather than drawing a wrong chain. collect() drops
// nulls, so the lists hold no null entries.
const NodeWithRel = z.object({ node: DriverNode, rel: DriverRelationship });
const Edge = z.object({ rel: DriverRelationship, from: z.string(), to: z.string() });

const HeadRow = z.object({ industry: DriverNode, links: z.array(NodeWithRel), feeds: z.array(Edge) });
const HolderRow = NodeWithRel.extend({ type: z.string() });
const MembersRow = z.object({
  linkId: z.string(),
  total: z.number(),
  firms: z.number(),
  localFirms: z.number(),
  platforms: z.number(),
  institutes: z.number(),
  centres: z.number(),
  expanded: z.boolean(),
  members: z.array(NodeWithRel.extend({ local: z.boolean() })),
});
const AroundRow = z.object({
  partners: z.array(z.object({ rel: DriverRelationship, from: z.string(), node: DriverNode })),
  parks: z.array(
    z.object({ park: DriverNode, rel: DriverRelationship, coBuilt: DriverRelationship.nullable(), region: DriverNode.nullable() }),
  ),
});
const PartnerRegionRow = z.object({ from: z.string(), rel: DriverRelationship, region: DriverNode });

/** The chain of one industry, or null when there is no such industry. */
export async function loadChain(db: GraphReader, options: LoadOptions): Promise<RawChain | null> {
  return db.read(async (tx) => {
    const head = readFirst(await tx.run(CHAIN_INDUSTRY_AND_LINKS, { id: options.id }), HeadRow);
    if (!head) return null;
    const industry = presentNode(head.industry);
    const links = head.links.map((row) => ({
      node: presentNode(row.node),
      rel: presentRelationship(row.rel, industry.id, String(row.node.properties.id)),
    }));
    const feeds = head.feeds.map((row) => presentRelationship(row.rel, row.from, row.to));

    const holders = readRows(await tx.run(CHAIN_HOLDERS, { id: options.id }), HolderRow).map((row) => {
      const node = presentNode(row.node);
      return { node, rel: presentRelationship(row.rel, node.id, industry.id) };
    });

    const memberRows = readRows(
      await tx.run(CHAIN_LINK_MEMBERS, {
        id: options.id,
        cityId: options.regionId,
        expand: options.expand,
        expandAll: options.expandAll,
        limit: options.limit,
        cap: MAX_MEMBERS_PER_LINK,
      }),
      MembersRow,
    );
    const linkMembers: LinkMembers[] = memberRows.map((row) => ({
      linkId: row.linkId,
      total: row.total,
      expanded: row.expanded,
      counts: {
        firms: row.firms,
        localFirms: row.localFirms,
        platforms: row.platforms,
        institutes: row.institutes,
        centres: row.centres,
      },
      members: row.members.map((member) => {
        const node = presentNode(member.node);
        return { node, rel: presentRelationship(member.rel, node.id, row.linkId), local: member.local };
      }),
    }));

    const shownIds = [
      ...holders.map((h) => h.node.id),
      ...linkMembers.flatMap((l) => l.members.map((m) => m.node.id)),
    ];
    const around = readFirst(await tx.run(CHAIN_PARTNERS, { id: options.id, shownIds }), AroundRow);
    const partners = (around?.partners ?? []).map((row) => {
      const node = presentNode(row.node);
      return { node, rel: presentRelationship(row.rel, row.from, node.id) };
    });
    const parks = (around?.parks ?? []).map((row) => {
      const park = presentNode(row.park);
      const region = row.region ? presentNode(row.region) : null;
      return {
        node: park,
        rel: presentRelationship(row.rel, park.id, industry.id),
        region,
        coBuilt: row.coBuilt && region ? presentRelationship(row.coBuilt, park.id, region.id) : null,
      };
    });

    const regionResult = await tx.run(CHAIN_PARTNER_REGIONS, { ids: partners.map((p) => p.node.id) });
    const partnerRegions = readRows(regionResult, PartnerRegionRow).map((row) => {
      const region = presentNode(row.region);
      return { region, rel: presentRelationship(row.rel, row.from, region.id) };
    });

    return { industry, links, feeds, holders, linkMembers, partners, parks, partnerRegions };
  });
}
