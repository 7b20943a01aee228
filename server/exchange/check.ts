// Checks a whole-graph document and names every problem at once: the schema's, and the graph's (ids,
// references, relationship ends) on whatever of the document could be read, so a node with a bad
// field still has its references checked, and still counts as existing for the rest of the document.
// A node rejected for its own fields is reported once, with the items that name it.
import type { z } from 'zod';
import { allowsEndpoints, NODE_LABELS, RELATIONSHIP_TYPES, type NodeLabel, type RelationshipType } from '../../graph/model';
import { errors, type ErrorDetail } from '../errors';
import { zodIssuesToDetails } from '../zodDetails';
import { GraphDocumentInput } from './format';

/** Problems reported at most, so a wholly wrong file still gets a readable answer. */
const MAX_DETAILS = 100;

/** Reference properties that must name a node of a given label (they stand for relationships). */
const REFERENCES: { label: NodeLabel; property: string; target: NodeLabel }[] = [
  { label: 'ChainLink', property: 'industryId', target: 'Industry' },
  { label: 'Target', property: 'indicatorId', target: 'Indicator' },
  { label: 'Measurement', property: 'indicatorId', target: 'Indicator' },
  { label: 'Indicator', property: 'scope', target: 'Region' },
  { label: 'Target', property: 'regionId', target: 'Region' },
  { label: 'Measurement', property: 'regionId', target: 'Region' },
];

/** What the graph checks read of a node or relationship, parsed or not. */
interface LooseNode {
  label?: NodeLabel;
  properties: Record<string, unknown>;
}
interface LooseRelationship {
  type?: RelationshipType;
  from?: string;
  to?: string;
}

const record = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {});
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const oneOf = <T extends string>(values: readonly T[], value: unknown): T | undefined => (values as readonly unknown[]).includes(value) ? (value as T) : undefined;

function loose(input: unknown): { nodes: LooseNode[]; relationships: LooseRelationship[] } {
  const doc = record(input);
  return {
    nodes: list(doc.nodes).map((item) => {
      const node = record(item);
      return { label: oneOf(NODE_LABELS, node.label), properties: record(node.properties) };
    }),
    relationships: list(doc.relationships).map((item) => {
      const rel = record(item);
      return { type: oneOf(RELATIONSHIP_TYPES, rel.type), from: text(rel.from), to: text(rel.to) };
    }),
  };
}

interface Rejected {
  root: ErrorDetail;
  dependents: string[];
}

/** Throws a 400 AppError listing every problem (field = path in the document) and writes nothing. */
export function checkGraphDocument(input: unknown): GraphDocumentInput {
  const parsed = GraphDocumentInput.safeParse(input);
  const issues: readonly z.core.$ZodIssue[] = parsed.success ? [] : parsed.error.issues;
  const details: ErrorDetail[] = zodIssuesToDetails(issues);
  // A field the schema refused is named once, by the schema; a node it refused is known by its index.
  const refused = new Set(details.map((d) => d.field));
  const rejected = new Map<number, Rejected>();
  issues.forEach((issue, i) => {
    const [key, index] = issue.path;
    if (key === 'nodes' && typeof index === 'number' && !rejected.has(index)) rejected.set(index, { root: details[i] as ErrorDetail, dependents: [] });
  });
  const doc = loose(input);

  const labelOf = new Map<string, { label: NodeLabel; index: number }>();
  const firstAt = new Map<string, number>();
  doc.nodes.forEach((node, index) => {
    const id = text(node.properties.id);
    if (id === undefined || node.label === undefined) return;
    const first = firstAt.get(id);
    if (first === undefined) {
      firstAt.set(id, index);
      labelOf.set(id, { label: node.label, index });
    } else {
      details.push({ field: `nodes[${index}].properties.id`, reason: `duplicate id "${id}", first used at nodes[${first}]`, reasonZh: `编号「${id}」重复，已用于 nodes[${first}]` });
    }
  });
  /** Whether the node an item names was rejected for its own fields; if so the item depends on it. */
  const dependsOnRejected = (id: string, at: string): boolean => {
    const target = labelOf.get(id);
    const root = target ? rejected.get(target.index) : undefined;
    root?.dependents.push(at);
    return root !== undefined;
  };

  doc.nodes.forEach((node, index) => {
    for (const ref of REFERENCES) {
      const field = `nodes[${index}].properties.${ref.property}`;
      const target = text(node.properties[ref.property]);
      if (node.label !== ref.label || target === undefined || refused.has(field)) continue;
      if (labelOf.get(target)?.label === ref.target) dependsOnRejected(target, `nodes[${index}]`);
      else details.push({ field, reason: `no ${ref.target} "${target}" in the document`, reasonZh: `文档中没有 ${ref.target}「${target}」` });
    }
  });

  const seen = new Map<string, number>();
  doc.relationships.forEach((rel, index) => {
    const at = `relationships[${index}]`;
    const from = rel.from === undefined || refused.has(`${at}.from`) ? undefined : labelOf.get(rel.from);
    const to = rel.to === undefined || refused.has(`${at}.to`) ? undefined : labelOf.get(rel.to);
    if (!from && rel.from !== undefined && !refused.has(`${at}.from`)) details.push({ field: `${at}.from`, reason: `no node "${rel.from}" in the document`, reasonZh: `文档中没有节点「${rel.from}」` });
    if (!to && rel.to !== undefined && !refused.has(`${at}.to`)) details.push({ field: `${at}.to`, reason: `no node "${rel.to}" in the document`, reasonZh: `文档中没有节点「${rel.to}」` });
    if (from && to && rel.type && !refused.has(`${at}.type`)) {
      if (!allowsEndpoints(rel.type, from.label, to.label)) {
        details.push({ field: `${at}.type`, reason: `${rel.type} cannot join ${from.label} to ${to.label}`, reasonZh: `${rel.type} 关系不能从 ${from.label} 指向 ${to.label}` });
      } else {
        dependsOnRejected(rel.from as string, at);
        dependsOnRejected(rel.to as string, at);
      }
    }
    const key = `${rel.from}|${rel.type}|${rel.to}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else details.push({ field: at, reason: `duplicate of relationships[${first}]`, reasonZh: `与 relationships[${first}] 重复` });
  });

  for (const { root, dependents } of rejected.values()) {
    if (dependents.length === 0) continue;
    const named = [...new Set(dependents)];
    const shown = named.slice(0, 10).join(', ') + (named.length > 10 ? ', …' : '');
    root.reason += `; referenced by ${named.length} item${named.length === 1 ? '' : 's'}: ${shown}`;
    root.reasonZh += `；被 ${named.length} 项引用：${shown}`;
  }
  if (details.length > 0 || !parsed.success) throw errors.validation(capped(details));
  return parsed.data;
}

function capped(details: ErrorDetail[]): ErrorDetail[] {
  if (details.length <= MAX_DETAILS) return details;
  const more = details.length - MAX_DETAILS;
  return [...details.slice(0, MAX_DETAILS), { field: '(more)', reason: `and ${more} more problems`, reasonZh: `另有 ${more} 处问题` }];
}
