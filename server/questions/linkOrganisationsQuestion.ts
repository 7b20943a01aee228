// The organisations covering each chain link, one row per COVERS fact, with where that fact came from
// (its source kind, reference, web address and date), so the tables and their downloads carry the same
// provenance as the detail panel. It reads the graph itself (queries.ts): the gap engine keeps no
// per-fact sources.
import { z } from 'zod';
import {
  ENTERPRISE_TAG_NAMES,
  isWebAddress,
  MAX_QUESTION_ROWS,
  NODE_LABELS,
  NODE_LABEL_NAMES,
  SOURCE_KIND_NAMES,
  SourceKind,
  sourceRefText,
  type NodeLabel,
} from '../../graph/model';
import { activeGapConfig } from '../gaps/config';
import { readLocalPlaceIds } from '../gaps/localPlaces';
import { readRows, Ref, Refs } from '../gaps/read';
import { readAt } from '../history/past';
import { name, type Bilingual } from './format';
import { col, COLUMNS, fieldCol, nodeRef, type QuestionDefinition } from './question';
import { LINK_ORGANISATION_INDUSTRIES_QUERY, LINK_ORGANISATIONS_QUERY } from './queries';

const NamedIndustry = z.object({ id: z.string(), nameZh: z.string(), nameEn: z.string() });

const Row = z.object({
  industry: Ref,
  link: Ref,
  organisation: Ref.extend({ label: z.enum(NODE_LABELS as [NodeLabel, ...NodeLabel[]]) }),
  regions: Refs,
  local: z.boolean(),
  tags: z.array(z.string()).nullable(),
  creditCode: z.string().nullable(),
  sourceKind: SourceKind.nullable(),
  sourceRef: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  observedAt: z.string().nullable(),
});
type Row = z.infer<typeof Row>;

const LOCAL_TEXT: Record<'local' | 'outside', Bilingual> = {
  local: { zh: '本地', en: 'Local' },
  outside: { zh: '外地', en: 'Outside' },
};

/** A tag's name in both languages; a tag the vocabulary does not know is shown as stored. */
function tagNames(tags: readonly string[] | null): Bilingual | null {
  if (!tags || tags.length === 0) return null;
  const named = tags.map((t) => ENTERPRISE_TAG_NAMES[t as keyof typeof ENTERPRISE_TAG_NAMES] ?? { zh: t, en: t });
  return { zh: named.map((n) => n.zh).join('、'), en: named.map((n) => n.en).join('; ') };
}

function cells(row: Row) {
  const kind = row.sourceKind;
  return {
    industry: name(row.industry),
    link: name(row.link),
    organisation: name(row.organisation),
    kind: NODE_LABEL_NAMES[row.organisation.label],
    region: name(row.regions[0]),
    local: row.local ? LOCAL_TEXT.local : LOCAL_TEXT.outside,
    tags: tagNames(row.tags),
    creditCode: row.creditCode,
    sourceKind: kind ? SOURCE_KIND_NAMES[kind] : null,
    sourceRef: kind && row.sourceRef ? { zh: sourceRefText(kind, row.sourceRef, 'zh'), en: sourceRefText(kind, row.sourceRef, 'en') } : null,
    // Only http(s) is stored (graph/model WebAddress); checked again, as the screen makes it a link.
    sourceUrl: row.sourceUrl && isWebAddress(row.sourceUrl) ? row.sourceUrl : null,
    observedAt: row.observedAt,
    illustrative: row.organisation.illustrative || row.link.illustrative || kind === 'illustrative',
  };
}

export const LINK_ORGANISATIONS_QUESTION: QuestionDefinition = {
  id: 'link-organisations-with-sources',
  titleZh: '链上机构及来源',
  titleEn: 'Organisations on each chain link, with sources',
  descriptionZh: `覆盖各产业链环节的企业、平台、研发机构和创新中心，每条“覆盖”事实一行，附来源类别、出处、网址和日期。按环节顺序最多 ${MAX_QUESTION_ROWS} 行：图谱较大时请按产业筛选。`,
  descriptionEn:
    'The firms, platforms, institutes and innovation centres covering each chain link, one row per covers fact, with its source kind, reference, web address and date.' +
    ` At most ${MAX_QUESTION_ROWS} rows, in chain order: filter by industry for the rest of a large graph.`,
  columns: [
    COLUMNS.industry,
    COLUMNS.link,
    col('organisation', '机构', 'Organisation'),
    col('kind', '机构类别', 'Kind'),
    col('region', '所在地区', 'Located in'),
    col('local', '本地或外地', 'Local or outside'),
    fieldCol('tags', 'tags'),
    fieldCol('creditCode', 'creditCode'),
    fieldCol('sourceKind', 'sourceKind'),
    fieldCol('sourceRef', 'sourceRef'),
    { ...fieldCol('sourceUrl', 'sourceUrl'), format: 'url' },
    { ...fieldCol('observedAt', 'observedAt'), format: 'date' },
    COLUMNS.illustrative,
  ],
  rows: async (db, options, request) => {
    // Local means inside the scope (scope.ts), the configured home city when none is given.
    const cityId = options.regionId ?? (options.config ?? activeGapConfig().config).cityId;
    // One row per COVERS fact grows with the graph (760,000 in the synthetic province): read one more
    // than the cap, so the answer knows it was cut, and filter by industry before cutting.
    const params = { industryId: request.industry ?? null, limit: request.limit + 1 };
    const rows = await readAt(db, options.asOf, async (tx) => {
      const localPlaceIds = await readLocalPlaceIds(tx, cityId);
      return readRows(await tx.run(LINK_ORGANISATIONS_QUERY, { localPlaceIds, ...params }), Row);
    });
    return rows.map((row) => ({ cells: cells(row), ref: nodeRef(row.organisation, row.industry) }));
  },
  industries: (db, options) => readAt(db, options.asOf, async (tx) => readRows(await tx.run(LINK_ORGANISATION_INDUSTRIES_QUERY), NamedIndustry)),
};
