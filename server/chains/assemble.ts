// Turns a loaded chain and its gaps into the chain view: Cytoscape elements with roles, counts,
// ghost nodes for missing 六个一 slots and gap marks. Pure: no database here.
import {
  INDUSTRY_TIERS,
  SEVERITIES,
  SIX_ONES_SLOTS,
  type Gap,
  type NodeRef,
  type Severity,
  type SixOnesSlot,
  type SlotStatus,
} from '../../graph/model';
import {
  SLOT_RULES,
  type ChainEdgeData,
  type ChainElement,
  type ChainNodeData,
  type ChainRole,
  type ChainView,
} from '../../graph/model/chainView';
import type { EntityDto, RelationshipDto } from '../presenters/entity';
import type { IndustryFindings } from './gaps';
import type { RawChain } from './load';

export interface SlotState {
  slot: SixOnesSlot;
  holders: NodeRef[];
  status: SlotStatus;
}

/**
 * Each 六个一 slot as the gap engine's matrix row has it. Only an industry analysed in its own right
 * has slots here: a subsector is analysed as part of its parent, and unanalysed tiers have none.
 */
export function slotStates(industryId: string, findings: IndustryFindings): SlotState[] {
  const row = findings.row;
  if (!row || findings.analysedAs !== industryId) return [];
  return SIX_ONES_SLOTS.map((slot) => ({
    slot,
    holders: row.cells[slot]?.holders ?? [],
    status: row.cells[slot]?.status ?? 'not-recorded',
  }));
}

export const ghostId = (industryId: string, slot: SixOnesSlot) => `ghost:${industryId}:${slot}`;
export const moreId = (linkId: string) => `more:${linkId}`;

class ElementSet {
  readonly nodes = new Map<string, ChainNodeData>();
  readonly edges = new Map<string, ChainEdgeData>();

  /** Adds a node unless present (the first role wins: a centre that also covers links stays a holder). */
  node(entity: EntityDto, role: ChainRole, extra: Partial<ChainNodeData> = {}): ChainNodeData {
    const existing = this.nodes.get(entity.id);
    if (existing) return existing;
    const data: ChainNodeData = {
      id: entity.id,
      label: entity.nameZh,
      type: entity.label,
      nameZh: entity.nameZh,
      nameEn: entity.nameEn,
      illustrative: entity.illustrative,
      sourceKind: stringOrUndefined(entity.properties.sourceKind),
      sourceRef: stringOrUndefined(entity.properties.sourceRef),
      role,
      gapRules: [],
      gapSeverity: null,
      ...extra,
    };
    this.nodes.set(data.id, data);
    return data;
  }

  /** A node known only by reference (a slot holder the engine found through a subsector or a link). */
  ref(ref: NodeRef, role: ChainRole): ChainNodeData {
    return this.node(
      { id: ref.id, label: ref.label as EntityDto['label'], nameZh: ref.nameZh, nameEn: ref.nameEn, illustrative: ref.illustrative, properties: {} },
      role,
    );
  }

  synthetic(data: ChainNodeData): void {
    this.nodes.set(data.id, data);
  }

  edge(rel: RelationshipDto): void {
    this.edges.set(rel.id, { id: rel.id, source: rel.from, target: rel.to, type: rel.type, illustrative: rel.illustrative });
  }

  edgeBetween(source: string, target: string): boolean {
    for (const edge of this.edges.values()) if (edge.source === source && edge.target === target) return true;
    return false;
  }

  syntheticEdge(source: string, type: string, target: string): void {
    const id = `${source}|${type}|${target}`;
    this.edges.set(id, { id, source, target, type, illustrative: false, synthetic: true });
  }

  /** Nodes, then only the edges whose two ends are both drawn. */
  elements(): ChainElement[] {
    const nodes: ChainElement[] = [...this.nodes.values()].map((data) => ({ group: 'nodes', data }));
    const edges: ChainElement[] = [...this.edges.values()]
      .filter((e) => this.nodes.has(e.source) && this.nodes.has(e.target))
      .map((data) => ({ group: 'edges', data }));
    return [...nodes, ...edges];
  }
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function higher(a: Severity | null, b: Severity): Severity {
  if (a === null) return b;
  return SEVERITIES.indexOf(b) < SEVERITIES.indexOf(a) ? b : a;
}

function markGap(data: ChainNodeData | undefined, gap: Gap): void {
  if (!data) return;
  if (!data.gapRules.includes(gap.ruleId)) data.gapRules.push(gap.ruleId);
  data.gapSeverity = higher(data.gapSeverity, gap.severity);
}

/** The industry whose analysis covers this one, by reference: itself, or its parent (whose row it gets). */
function analysedAsRef(raw: RawChain, findings: IndustryFindings): NodeRef | null {
  const id = findings.analysedAs;
  if (!id) return null;
  const ref = id === raw.industry.id ? raw.industry : findings.row?.industry;
  if (!ref) return { id, label: 'Industry', nameZh: id, nameEn: id, illustrative: false };
  return { id: ref.id, label: ref.label, nameZh: ref.nameZh, nameEn: ref.nameEn, illustrative: ref.illustrative };
}

export interface AssembleOptions {
  memberLimit: number;
}

export function assembleChainView(raw: RawChain, findings: IndustryFindings, options: AssembleOptions): ChainView {
  // A subsector's findings are its parent's: they are shown on the parent's chain, not here.
  const ownAnalysis = findings.analysedAs === raw.industry.id;
  const gaps = ownAnalysis ? findings.gaps : [];
  const set = new ElementSet();
  const industryId = raw.industry.id;
  set.node(raw.industry, 'industry');

  for (const link of raw.links) {
    const members = raw.linkMembers.find((m) => m.linkId === link.node.id);
    set.node(link.node, 'link', {
      stage: link.node.properties.stage as ChainNodeData['stage'],
      order: Number(link.node.properties.order),
      counts: members?.counts,
      memberTotal: members?.total ?? 0,
      membersShown: members?.members.length ?? 0,
      expanded: members?.expanded ?? false,
    });
    set.edge(link.rel);
  }
  for (const feed of raw.feeds) set.edge(feed);

  for (const holder of raw.holders) {
    set.node(holder.node, 'holder', { slots: [] });
    set.edge(holder.rel);
  }
  const states = slotStates(industryId, findings);
  for (const state of states) {
    for (const holder of state.holders) {
      const data = set.nodes.get(holder.id) ?? set.ref(holder, 'holder');
      if (!set.edgeBetween(holder.id, industryId)) set.syntheticEdge(holder.id, 'HOLDS', industryId);
      if (!data.slots?.includes(state.slot)) data.slots = [...(data.slots ?? []), state.slot];
    }
    if (state.status !== 'not-recorded' && state.status !== 'confirmed-missing') continue;
    const id = ghostId(industryId, state.slot);
    set.synthetic({
      id,
      label: '',
      type: 'Ghost',
      nameZh: '',
      nameEn: '',
      illustrative: false,
      role: 'ghost',
      ghost: true,
      slot: state.slot,
      status: state.status,
      gapRules: [],
      gapSeverity: null,
    });
    set.syntheticEdge(id, 'MISSING', industryId);
  }

  let truncated = false;
  for (const link of raw.linkMembers) {
    for (const member of link.members) {
      set.node(member.node, 'member', { linkId: link.linkId, local: member.local });
      set.edge(member.rel);
    }
    const hidden = link.total - link.members.length;
    if (hidden > 0) {
      if (link.expanded) truncated = true;
      const id = moreId(link.linkId);
      set.synthetic({
        id,
        label: `+${hidden}`,
        type: 'More',
        nameZh: `另有 ${hidden} 个`,
        nameEn: `${hidden} more`,
        illustrative: false,
        role: 'more',
        linkId: link.linkId,
        hidden,
        gapRules: [],
        gapSeverity: null,
      });
      set.syntheticEdge(id, 'MORE', link.linkId);
    }
  }

  for (const partner of raw.partners) {
    set.node(partner.node, 'partner');
    set.edge(partner.rel);
  }
  for (const park of raw.parks) {
    set.node(park.node, 'park');
    set.edge(park.rel);
    if (park.region && park.coBuilt) {
      set.node(park.region, 'region');
      set.edge(park.coBuilt);
    }
  }
  for (const located of raw.partnerRegions) {
    set.node(located.region, 'region');
    set.edge(located.rel);
  }

  // A gap marks its subject, the ghost of its slot, and the chain links it cites (e.g. links no
  // platform covers), never the holders it cites as evidence.
  for (const gap of gaps) {
    markGap(set.nodes.get(gap.subject.id), gap);
    const slot = SIX_ONES_SLOTS.find((s) => SLOT_RULES[s] === gap.ruleId);
    if (slot) markGap(set.nodes.get(ghostId(industryId, slot)), gap);
    for (const id of gap.evidence) {
      const node = set.nodes.get(id);
      if (node?.role === 'link' && id !== gap.subject.id) markGap(node, gap);
    }
  }

  const tier = raw.industry.properties.tier;
  const elements = set.elements();
  return {
    industry: {
      id: industryId,
      label: raw.industry.label,
      nameZh: raw.industry.nameZh,
      nameEn: raw.industry.nameEn,
      illustrative: raw.industry.illustrative,
      tier: INDUSTRY_TIERS.find((t) => t === tier) ?? 'other',
    },
    expanded: raw.linkMembers.filter((l) => l.expanded).map((l) => l.linkId),
    memberLimit: options.memberLimit,
    truncated,
    analysedAs: analysedAsRef(raw, findings),
    score: ownAnalysis && findings.row ? findings.row.score : null,
    elements,
    gaps,
    illustrative: elements.some((e) => e.data.illustrative),
  };
}
