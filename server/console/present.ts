// Console results as JSON: scalars as they are, nodes and relationships as the API's DTOs (tagged
// with $type), and the graph part of the result as Cytoscape elements. Driver objects stay here.
import {
  isDate,
  isDateTime,
  isDuration,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isPoint,
  isRelationship,
  isTime,
  type Node,
  type Relationship,
} from 'neo4j-driver';
import {
  NODE_LABEL_NAMES,
  NODE_LABELS,
  NODE_SCHEMAS,
  Relationship as RelationshipSchema,
  RELATIONSHIP_TYPES,
  type CyElement,
  type CyNode,
  type EntityDto,
  type NodeLabel,
  type RelationshipDto,
} from '../../graph/model';
import { INTERNAL_LABELS } from '../auth/internalLabels';
import { toCytoscape } from '../presenters/cytoscape';
import { presentNode, presentRelationship } from '../presenters/entity';

import type { ConsoleCell as Cell, MapCell, TaggedCell } from '../../graph/model';

export type { Cell, MapCell, TaggedCell };

function isTagged(cell: TaggedCell | MapCell): cell is TaggedCell {
  return typeof cell.$type === 'string';
}

const MODEL_LABELS = new Set<string>(NODE_LABELS);

function isEntity(node: Node): boolean {
  return node.labels.includes('Entity') && node.labels.some((l) => MODEL_LABELS.has(l));
}

function isInternal(node: Node): boolean {
  return node.labels.some((l) => (INTERNAL_LABELS as readonly string[]).includes(l));
}

/**
 * A node that is neither a knowledge-graph entity nor bookkeeping: a virtual node, such as the one per
 * label that db.schema.visualization() returns. Its graph id is `label:<Label>`, so it can be drawn.
 */
export function virtualNodeSlug(node: Node): string | null {
  if (isEntity(node) || isInternal(node) || node.labels.length === 0) return null;
  // Every knowledge-graph node is also an Entity: drawn, it would join every type to everything.
  if (node.labels.every((label) => label === 'Entity')) return null;
  return `label:${node.labels.join(':')}`;
}

function virtualNodeElement(node: Node, id: string): CyNode {
  const label = node.labels[0] ?? '';
  const names = (NODE_LABEL_NAMES as Partial<Record<string, { zh: string; en: string }>>)[label as NodeLabel];
  return {
    group: 'nodes',
    data: { id, label, type: label, nameZh: names?.zh ?? label, nameEn: names?.en ?? label, illustrative: false, virtual: true },
  };
}

/** Walks values, collecting every node and relationship so relationship ends can be resolved. */
export function collectGraphValues(value: unknown, nodes: Map<string, Node>, relationships: Map<string, Relationship>): void {
  if (isNode(value)) nodes.set(value.elementId, value);
  else if (isRelationship(value)) relationships.set(value.elementId, value);
  else if (isPath(value)) {
    for (const segment of value.segments) {
      nodes.set(segment.start.elementId, segment.start);
      nodes.set(segment.end.elementId, segment.end);
      relationships.set(segment.relationship.elementId, segment.relationship);
    }
    nodes.set(value.start.elementId, value.start);
  } else if (Array.isArray(value)) for (const item of value) collectGraphValues(item, nodes, relationships);
  else if (isPlainMap(value)) for (const item of Object.values(value)) collectGraphValues(item, nodes, relationships);
}

function isPlainMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

/** Temporal and spatial values print themselves in ISO / WKT form. */
function temporalOrSpatialText(value: unknown): string | undefined {
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isLocalTime(value) || isTime(value) || isDuration(value) || isPoint(value)) {
    return value.toString();
  }
  return undefined;
}

export class ResultPresenter {
  constructor(
    /** elementId → our slug id, for every node seen or looked up. */
    private readonly slugs: Map<string, string>,
    /** Relationship elementId → [from slug, to slug] for relationships whose ends were not in the result. */
    private readonly ends: Map<string, [string, string]>,
  ) {}

  node(node: Node): Cell {
    if (isInternal(node)) return { $type: 'hidden' };
    if (isEntity(node)) return { $type: 'node', node: presentNode(node) };
    return { $type: 'virtualNode', labels: [...node.labels], properties: presentNodeProperties(node) };
  }

  relationship(rel: Relationship): RelationshipDto | null {
    const from = this.slugs.get(rel.startNodeElementId) ?? this.ends.get(rel.elementId)?.[0];
    const to = this.slugs.get(rel.endNodeElementId) ?? this.ends.get(rel.elementId)?.[1];
    return from && to ? presentRelationship(rel, from, to) : null;
  }

  cell(value: unknown): Cell {
    if (value === null || value === undefined) return null;
    if (typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string') return value;
    if (typeof value === 'bigint') return Number(value);
    if (isNode(value)) return this.node(value);
    if (isRelationship(value)) {
      const dto = this.relationship(value);
      return dto ? { $type: 'relationship', relationship: dto } : { $type: 'hidden' };
    }
    if (isPath(value)) {
      const nodes = [value.start, ...value.segments.map((s) => s.end)].filter(isEntity).map(presentNode);
      const relationships = value.segments.map((s) => this.relationship(s.relationship)).filter((r): r is RelationshipDto => r !== null);
      return { $type: 'path', nodes, relationships };
    }
    if (Array.isArray(value)) return value.map((v) => this.cell(v));
    const text = temporalOrSpatialText(value);
    if (text !== undefined) return text;
    if (isPlainMap(value)) {
      const out: MapCell = {};
      for (const [key, item] of Object.entries(value)) out[key] = this.cell(item);
      return out;
    }
    // Anything else the driver may add later (vectors, unsupported types) as JSON, never "[object Object]".
    return JSON.stringify(value) ?? null;
  }

  /** Every entity and relationship of the result as Cytoscape elements (edges only with both ends). */
  elements(nodes: Map<string, Node>, relationships: Map<string, Relationship>, extraNodes: Node[]): CyElement[] {
    const entityNodes = new Map<string, EntityDto>();
    for (const node of [...nodes.values(), ...extraNodes]) {
      if (isEntity(node)) {
        const dto = presentNode(node);
        entityNodes.set(dto.id, dto);
      }
    }
    const rels = [...relationships.values()].map((r) => this.relationship(r)).filter((r): r is RelationshipDto => r !== null);
    const drawn = toCytoscape([...entityNodes.values()], rels);
    // Virtual nodes (the schema's) and the relationships between them, which toCytoscape leaves out.
    const virtual = new Map<string, CyNode>();
    for (const node of nodes.values()) {
      const id = virtualNodeSlug(node);
      if (id) virtual.set(id, virtualNodeElement(node, id));
    }
    if (virtual.size === 0) return drawn;
    const virtualEdges: CyElement[] = rels
      .filter((r) => (virtual.has(r.from) || virtual.has(r.to)) && (virtual.has(r.from) || entityNodes.has(r.from)) && (virtual.has(r.to) || entityNodes.has(r.to)))
      .map((r) => ({ group: 'edges', data: { id: r.id, source: r.from, target: r.to, type: r.type, illustrative: false } }));
    return [...drawn, ...virtual.values(), ...virtualEdges];
  }
}

function presentNodeProperties(node: Node): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node.properties)) out[key] = temporalOrSpatialText(value) ?? value;
  return out;
}

/** A cell as spreadsheet text: entities by name and id, relationships as from -TYPE-> to, the rest as JSON. */
export function cellText(cell: Cell): string | number | boolean | null {
  if (cell === null || typeof cell !== 'object') return cell;
  if (Array.isArray(cell)) return JSON.stringify(cell.map(cellText));
  if (isTagged(cell)) {
    switch (cell.$type) {
      case 'node':
        return `${cell.node.nameZh} (${cell.node.id})`;
      case 'relationship':
        return `${cell.relationship.from} -[${cell.relationship.type}]-> ${cell.relationship.to}`;
      case 'path':
        return cell.nodes.map((n) => n.id).join(' → ');
      case 'virtualNode':
        return JSON.stringify(cell.properties);
      case 'hidden':
        return '';
      case 'cut':
        return `…(> ${cell.bytes} B)`; // language-neutral: the export has no interface language
    }
  }
  return JSON.stringify(cell);
}

/**
 * The names introspection may show: knowledge-graph labels, relationship types and property keys
 * (from the model, plus `version`, which imports add). Deny by default, so the bookkeeping labels
 * (INTERNAL_LABELS) and their keys (passwordHash, tokenHash, username, …) never appear, whatever
 * keys they gain later.
 */
const SHOWN_LABELS = new Set<string>([...NODE_LABELS, 'Entity']);
const SHOWN_TYPES = new Set<string>(RELATIONSHIP_TYPES);
const SHOWN_KEYS = new Set<string>([
  ...Object.values(NODE_SCHEMAS).flatMap((schema) => Object.keys(schema.shape)),
  ...Object.keys(RelationshipSchema.shape),
  'version',
]);
const INTERNAL = new Set<string>(INTERNAL_LABELS);

function shownName(name: string): boolean {
  return !INTERNAL.has(name) && (SHOWN_LABELS.has(name) || SHOWN_TYPES.has(name) || SHOWN_KEYS.has(name));
}

function shownVirtualNode(node: Node): boolean {
  return node.labels.every((label) => SHOWN_LABELS.has(label));
}

/** A list from db.schema.visualization or a YIELDed column, without internal names and the virtual nodes (and their relationships) that carry them. */
function scrubList(list: unknown[]): unknown[] {
  const hidden = new Set(list.filter((v): v is Node => isNode(v) && !shownVirtualNode(v)).map((n) => n.elementId));
  return list.filter((value) => {
    if (typeof value === 'string') return shownName(value);
    if (isNode(value)) return !hidden.has(value.elementId);
    if (isRelationship(value)) return SHOWN_TYPES.has(value.type) && !hidden.has(value.startNodeElementId) && !hidden.has(value.endNodeElementId);
    return true;
  });
}

/**
 * One row of an introspection call (db.labels, db.relationshipTypes, db.propertyKeys,
 * db.schema.visualization; the guard lets them run only on their own) with everything that is not
 * the knowledge graph's removed: null when the row names an internal label, type or key and must be
 * dropped; otherwise the row with internal virtual nodes and relationships taken out of its lists.
 * The runner calls it on each record's values when guard.callsIntrospection(plan) is true.
 */
export function hideInternalNames(values: readonly unknown[]): unknown[] | null {
  const visualised = values.flatMap((v): unknown[] => (Array.isArray(v) ? (v as unknown[]) : [])).filter((v): v is Node => isNode(v));
  const hiddenNodes = new Set(visualised.filter((n) => !shownVirtualNode(n)).map((n) => n.elementId));
  const out: unknown[] = [];
  for (const value of values) {
    if (typeof value === 'string' && !shownName(value)) return null;
    if (isNode(value) && !shownVirtualNode(value)) return null;
    if (Array.isArray(value)) {
      out.push(
        scrubList(value).filter(
          (item) => !(isRelationship(item) && (hiddenNodes.has(item.startNodeElementId) || hiddenNodes.has(item.endNodeElementId))),
        ),
      );
    } else out.push(value);
  }
  return out;
}
