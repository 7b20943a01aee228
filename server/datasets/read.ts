// Reads a dataset folder and checks every record against the zod model, collecting every problem
// with its file and path. Nothing touches the database here.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import {
  NODE_LABELS,
  NODE_SCHEMAS,
  Relationship,
  withValidityCheck,
  Slug,
  type NodeLabel,
  type Relationship as RelationshipRecord,
} from '../../graph/model';
import { zodIssuesToDetails } from '../zodDetails';
import type { ErrorDetail } from '../errors';

/** A dataset's relationship, its validity period in order (validFrom not after validTo), as edits and imports check it. */
const CHECKED_RELATIONSHIP = withValidityCheck(Relationship);

export const DatasetManifest = z.object({
  id: Slug,
  nameZh: z.string().min(1),
  nameEn: z.string().min(1),
  descriptionZh: z.string().optional(),
  descriptionEn: z.string().optional(),
  /** Datasets this one builds on (its relationships point at their ids): loaded first when absent. */
  requires: z.array(Slug).optional(),
});
export type DatasetManifest = z.infer<typeof DatasetManifest>;

export interface NodeRecord {
  label: NodeLabel;
  /** Where it was read, for error messages: "Industry.json[3]". */
  origin: string;
  properties: Record<string, unknown> & { id: string };
}

export interface Dataset {
  manifest: DatasetManifest;
  nodes: NodeRecord[];
  relationships: (RelationshipRecord & { origin: string })[];
}

export class DatasetError extends Error {
  override name = 'DatasetError';
  constructor(
    readonly dataset: string,
    readonly details: ErrorDetail[],
  ) {
    super(
      `Dataset "${dataset}" rejected, nothing was written / 数据集「${dataset}」未通过校验，未写入任何数据:\n` +
        details
          .slice(0, 50)
          .map((d) => `  ${d.field}: ${d.reason} / ${d.reasonZh}`)
          .join('\n') +
        (details.length > 50 ? `\n  … and ${details.length - 50} more` : ''),
    );
  }
}

/** Relationships derived from reference properties, so datasets state them once. */
const DERIVED: { label: NodeLabel; property: string; type: RelationshipRecord['type']; reverse: boolean }[] = [
  { label: 'ChainLink', property: 'industryId', type: 'HAS_LINK', reverse: true },
  { label: 'Target', property: 'indicatorId', type: 'TARGET_FOR', reverse: false },
  { label: 'Measurement', property: 'indicatorId', type: 'MEASURES', reverse: false },
];

export async function readDataset(dir: string): Promise<Dataset> {
  const name = path.basename(dir);
  const details: ErrorDetail[] = [];
  const problem = (field: string, reason: string, reasonZh: string): void => {
    details.push({ field, reason, reasonZh });
  };

  let files: string[];
  try {
    files = (await readdir(dir)).filter((f) => f.endsWith('.json'));
  } catch {
    throw new DatasetError(name, [{ field: dir, reason: 'folder not found', reasonZh: '目录不存在' }]);
  }

  const manifestJson = await readJson(dir, 'dataset.json', problem);
  const manifestResult = DatasetManifest.safeParse(manifestJson);
  if (!manifestResult.success) details.push(...zodIssuesToDetails(manifestResult.error.issues, 'dataset.json'));

  const nodes: NodeRecord[] = [];
  const relationships: Dataset['relationships'] = [];
  for (const file of files.sort()) {
    if (file === 'dataset.json') continue;
    if (file === 'relationships.json') {
      const rows = asArray(await readJson(dir, file, problem), file, problem);
      rows.forEach((row, index) => {
        const origin = `${file}[${index}]`;
        const result = CHECKED_RELATIONSHIP.safeParse(row);
        if (result.success) relationships.push({ ...result.data, origin });
        else details.push(...zodIssuesToDetails(result.error.issues, origin));
      });
      continue;
    }
    const label = file.slice(0, -'.json'.length);
    if (!(NODE_LABELS as string[]).includes(label)) {
      problem(file, `unknown file: expected <Label>.json for one of ${NODE_LABELS.join(', ')}`, '未知文件名：应为节点类型名');
      continue;
    }
    const schema = withValidityCheck(NODE_SCHEMAS[label as NodeLabel].strict());
    const rows = asArray(await readJson(dir, file, problem), file, problem);
    rows.forEach((row, index) => {
      const origin = `${file}[${index}]`;
      const result = schema.safeParse(row);
      if (result.success) {
        nodes.push({ label: label as NodeLabel, origin, properties: result.data });
      } else {
        details.push(...zodIssuesToDetails(result.error.issues, origin));
      }
    });
  }

  const seen = new Map<string, string>();
  for (const node of nodes) {
    const first = seen.get(node.properties.id);
    if (first) problem(`${node.origin}.id`, `duplicate id, first used at ${first}`, `编号重复，已用于 ${first}`);
    else seen.set(node.properties.id, node.origin);
  }
  for (const node of nodes) {
    for (const rule of DERIVED) {
      // An optional reference (a qualitative Target has no indicatorId) stands for no relationship.
      if (node.label !== rule.label || node.properties[rule.property] === undefined) continue;
      const ref = String(node.properties[rule.property]);
      const own = node.properties.id;
      relationships.push({
        type: rule.type,
        from: rule.reverse ? ref : own,
        to: rule.reverse ? own : ref,
        sourceKind: node.properties.sourceKind as RelationshipRecord['sourceKind'],
        sourceRef: String(node.properties.sourceRef),
        origin: `${node.origin}.${rule.property}`,
      });
    }
  }

  if (details.length > 0 || !manifestResult.success) throw new DatasetError(name, details);
  return { manifest: manifestResult.data, nodes, relationships };
}

async function readJson(
  dir: string,
  file: string,
  problem: (field: string, reason: string, reasonZh: string) => void,
): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path.join(dir, file), 'utf8')) as unknown;
  } catch (error) {
    const reason = error instanceof SyntaxError ? `not valid JSON (${error.message})` : 'cannot be read';
    problem(file, reason, error instanceof SyntaxError ? '不是有效的 JSON' : '无法读取');
    return undefined;
  }
}

function asArray(
  value: unknown,
  file: string,
  problem: (field: string, reason: string, reasonZh: string) => void,
): unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problem(file, 'must be a JSON array of records', '应为记录数组');
    return [];
  }
  return value;
}
