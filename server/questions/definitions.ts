// Named analyst questions. Each is a table built on the gap engine (one engine call, no Cypher of its
// own), so a question always agrees with GET /api/gaps and the matrix.
import type { Database } from '../../graph/db/database';
import { SIX_ONES_NAMES, SIX_ONES_SLOTS, type GapRuleId, type QuestionColumn, type QuestionInfo } from '../../graph/model';
import { computeGaps, computeMatrix, computeTargetProgress, type EngineOptions } from '../gaps/service';
import { comparatorText } from '../gaps/rules/targets';
import {
  candidates,
  evidenceOf,
  GAP_STATUS_TEXT,
  gapIndustry,
  name,
  names,
  SEVERITY_TEXT,
  SLOT_STATUS_TEXT,
  TARGET_STATUS_TEXT,
  TIER_TEXT,
  topReason,
  type QuestionRow,
} from './format';

export interface QuestionDefinition extends QuestionInfo {
  rows: (db: Database, options: EngineOptions) => Promise<QuestionRow[]>;
}

const col = (key: string, titleZh: string, titleEn: string): QuestionColumn => ({ key, titleZh, titleEn });

const COLUMNS = {
  industry: col('industry', '产业', 'Industry'),
  tier: col('tier', '产业层级', 'Tier'),
  link: col('link', '产业链环节', 'Chain link'),
  severity: col('severity', '严重程度', 'Severity'),
  explanation: col('explanation', '说明', 'Explanation'),
  illustrative: col('illustrative', '涉及示例数据', 'Rests on illustrative data'),
  gapId: col('gapId', '缺口编号', 'Gap id'),
  region: col('region', '县(市)区', 'County or district'),
  parks: col('parks', '已记录园区', 'Parks recorded'),
  candidates: col('candidates', '建议对接（前三）', 'Suggested partners (top 3)'),
  topReason: col('topReason', '首选理由', 'Why the first'),
};

/** Columns every gap-based question ends with. */
const GAP_TAIL = [COLUMNS.severity, COLUMNS.explanation, COLUMNS.illustrative, COLUMNS.gapId];

function gapTail(gap: Awaited<ReturnType<typeof computeGaps>>[number]): QuestionRow {
  return {
    severity: SEVERITY_TEXT[gap.severity],
    explanation: { zh: gap.explanationZh, en: gap.explanationEn },
    illustrative: gap.illustrative ?? false,
    gapId: gap.id,
  };
}

/** A question listing the gaps of one rule, one row per gap. */
function gapQuestion(
  info: Omit<QuestionInfo, 'columns'> & { rule: GapRuleId; columns: QuestionColumn[] },
  row: (gap: Awaited<ReturnType<typeof computeGaps>>[number]) => QuestionRow,
): QuestionDefinition {
  const { rule, columns, ...rest } = info;
  return {
    ...rest,
    columns: [...columns, ...GAP_TAIL],
    rows: async (db, options) => {
      const gaps = await computeGaps(db, { ruleIds: [rule] }, options);
      return gaps.map((gap) => ({ ...row(gap), ...gapTail(gap) }));
    },
  };
}

export const QUESTIONS: readonly QuestionDefinition[] = [
  {
    id: 'industries-without-platform-set',
    titleZh: '没有成套公共技术服务平台的产业',
    titleEn: 'Industries without a set of public technology platforms',
    descriptionZh: '“六个一”中的一套公共技术服务平台：平台少于要求数量，或有环节没有平台、研发机构覆盖的重点产业。',
    descriptionEn:
      'The six-ones set of public technology service platforms: key industries with fewer platforms than required, or with links no platform or institute covers.',
    columns: [
      COLUMNS.industry,
      COLUMNS.tier,
      col('status', '状态', 'Status'),
      col('platformCount', '平台数', 'Platforms'),
      col('platforms', '现有平台', 'Platforms recorded'),
      col('uncoveredLinks', '未覆盖环节', 'Links not covered'),
      COLUMNS.illustrative,
    ],
    rows: async (db, options) => {
      const matrix = await computeMatrix(db, {}, options);
      return matrix.rows
        .filter((r) => r.cells.platforms.status !== 'filled')
        .map((r) => {
          const cell = r.cells.platforms;
          return {
            industry: name(r.industry),
            tier: TIER_TEXT[r.industry.tier],
            status: SLOT_STATUS_TEXT[cell.status],
            platformCount: cell.holders.length,
            platforms: names(cell.holders),
            uncoveredLinks: names(cell.uncoveredLinks ?? []),
            illustrative: cell.holders.some((h) => h.illustrative),
          };
        });
    },
  },
  gapQuestion(
    {
      id: 'industries-missing-lead-firm',
      rule: 'six-ones-lead-firm',
      titleZh: '缺少龙头带动企业的产业',
      titleEn: 'Industries missing a lead firm',
      descriptionZh: '“六个一”中的龙头带动企业：没有记录龙头企业，或用户已确认缺失的重点产业。',
      descriptionEn: 'The six-ones lead firm: key industries with no lead firm recorded, or confirmed missing by a user.',
      columns: [COLUMNS.industry, col('status', '状态', 'Status')],
    },
    (gap) => ({ industry: name(gap.subject), status: GAP_STATUS_TEXT[gap.status] }),
  ),
  gapQuestion(
    {
      id: 'links-without-local-firm',
      rule: 'chain-missing-link',
      titleZh: '没有本地企业的产业链环节（缺链）',
      titleEn: 'Chain links with no local firm (missing links)',
      descriptionZh: '没有位于本市的企业覆盖的产业链环节；列出覆盖它的外地企业（如有）。',
      descriptionEn: 'Chain links no firm located in the city covers; with the outside firms that do, if any.',
      columns: [COLUMNS.industry, COLUMNS.link, col('outsideFirms', '外地企业', 'Outside firms')],
    },
    (gap) => ({
      industry: name(gapIndustry(gap)),
      link: name(gap.subject),
      outsideFirms: names(evidenceOf(gap, 'Enterprise')),
    }),
  ),
  gapQuestion(
    {
      id: 'links-at-break-risk',
      rule: 'chain-break-risk',
      titleZh: '有断链风险的产业链环节',
      titleEn: 'Chain links at risk of breaking',
      descriptionZh: '只由外地企业或单一企业覆盖的产业链环节。',
      descriptionEn: 'Chain links covered only by outside firms or by a single firm.',
      columns: [COLUMNS.industry, COLUMNS.link, col('firms', '覆盖企业', 'Firms covering it')],
    },
    (gap) => ({ industry: name(gapIndustry(gap)), link: name(gap.subject), firms: names(evidenceOf(gap, 'Enterprise')) }),
  ),
  gapQuestion(
    {
      id: 'weak-links',
      rule: 'chain-weak-link',
      titleZh: '缺少创新支撑的产业链环节（弱链）',
      titleEn: 'Chain links without innovation support (weak links)',
      descriptionZh: '有本地企业，但没有平台、研发机构或创新中心覆盖的产业链环节。',
      descriptionEn: 'Chain links with local firms but no platform, institute or innovation centre covering them.',
      columns: [COLUMNS.industry, COLUMNS.link, col('localFirms', '本地企业', 'Local firms')],
    },
    (gap) => ({ industry: name(gapIndustry(gap)), link: name(gap.subject), localFirms: names(evidenceOf(gap, 'Enterprise')) }),
  ),
  gapQuestion(
    {
      id: 'uncovered-tech-fields',
      rule: 'innovation-uncovered-field',
      titleZh: '本地无研发力量的所需技术领域',
      titleEn: 'Needed technology fields no local institute covers',
      descriptionZh: '产业或其环节需要、但本市没有研发机构研究的技术领域，附上海、苏南可对接机构（按得分排序）及首选理由。',
      descriptionEn:
        'Technology fields an industry or its links need that no local institute researches, with the best-scoring candidates in Shanghai and southern Jiangsu and why.',
      columns: [
        COLUMNS.industry,
        col('field', '技术领域', 'Technology field'),
        col('links', '需要该技术的环节', 'Links needing it'),
        COLUMNS.candidates,
        COLUMNS.topReason,
      ],
    },
    (gap) => ({
      industry: name(gapIndustry(gap)),
      field: name(gap.subject),
      links: names(evidenceOf(gap, 'ChainLink')),
      candidates: candidates(gap.suggestions),
      topReason: topReason(gap.suggestions),
    }),
  ),
  gapQuestion(
    {
      id: 'industries-without-partner',
      rule: 'partner-none',
      titleZh: '没有沪苏合作伙伴的产业',
      titleEn: 'Industries without a cross-river partner',
      descriptionZh: '与上海、苏南没有合作关系、也没有沪苏共建园区主导的重点产业，附建议对接机构。',
      descriptionEn:
        'Key industries with no partner in Shanghai or southern Jiangsu and no co-built park specialising in them, with suggested partners.',
      columns: [COLUMNS.industry, COLUMNS.candidates, COLUMNS.topReason],
    },
    (gap) => ({ industry: name(gap.subject), candidates: candidates(gap.suggestions), topReason: topReason(gap.suggestions) }),
  ),
  gapQuestion(
    {
      id: 'counties-without-co-built-park',
      rule: 'region-no-co-built-park',
      titleZh: '没有沪苏共建园区的县(市)区',
      titleEn: 'Counties and districts without a co-built park',
      descriptionZh: '现行县(市)、区中，没有与上海或苏南共建园区（基地）的地区（全覆盖要求，三(三)）。',
      descriptionEn:
        'Counties, county-level cities and districts valid today with no park or base co-built with Shanghai or southern Jiangsu (full coverage, 三(三)).',
      columns: [COLUMNS.region, COLUMNS.parks],
    },
    (gap) => ({ region: name(gap.subject), parks: names(evidenceOf(gap, 'Park')) }),
  ),
  gapQuestion(
    {
      id: 'counties-without-high-tech-zone',
      rule: 'region-no-high-tech-zone',
      titleZh: '没有省级以上高新区的县(市)区',
      titleEn: 'Counties and districts without a provincial+ high-tech zone',
      descriptionZh: '现行县(市)、区中，没有国家级或省级高新区的地区（全覆盖要求，三(三)）。',
      descriptionEn:
        'Counties, county-level cities and districts valid today with no national or provincial high-tech zone (full coverage, 三(三)).',
      columns: [COLUMNS.region, COLUMNS.parks],
    },
    (gap) => ({ region: name(gap.subject), parks: names(evidenceOf(gap, 'Park')) }),
  ),
  gapQuestion(
    {
      id: 'parks-speciality',
      rule: 'park-speciality',
      titleZh: '不符合“一园一专业”的园区',
      titleEn: 'Parks without a single speciality',
      descriptionZh: '本市园区中，没有记录主导产业或主导产业不止一个的园区。',
      descriptionEn: 'Parks in the city with no speciality recorded, or with more than one.',
      columns: [
        col('park', '园区', 'Park'),
        col('specialityCount', '主导产业数', 'Specialities'),
        col('specialities', '主导产业', 'Industries'),
      ],
    },
    (gap) => {
      const industries = evidenceOf(gap, 'Industry');
      return { park: name(gap.subject), specialityCount: industries.length, specialities: names(industries) };
    },
  ),
  {
    id: 'targets-behind-or-no-data',
    titleZh: '未达成或缺少数据的目标',
    titleEn: 'Targets behind or without data',
    descriptionZh: '各项目标与其指标最新监测值的对比：未达成，或尚无监测值。',
    descriptionEn: "Each target against its indicator's latest measurement: behind, or not measured yet.",
    columns: [
      col('target', '目标', 'Target'),
      col('indicator', '指标', 'Indicator'),
      col('year', '目标年份', 'Target year'),
      col('comparator', '比较', 'Comparator'),
      col('value', '目标值', 'Target value'),
      col('unit', '单位', 'Unit'),
      col('latestYear', '最新监测年份', 'Latest year'),
      col('latestValue', '最新监测值', 'Latest value'),
      col('status', '状态', 'Status'),
      COLUMNS.illustrative,
    ],
    rows: async (db, options) => {
      const progress = await computeTargetProgress(db, options);
      return progress
        .filter((p) => p.status !== 'met')
        .map((p) => ({
          target: name(p.target),
          indicator: name(p.indicator),
          year: p.target.year,
          comparator: comparatorText(p.target.comparator),
          value: p.target.value,
          unit: p.target.unit,
          latestYear: p.latest?.year ?? null,
          latestValue: p.latest?.value ?? null,
          status: TARGET_STATUS_TEXT[p.status],
          illustrative: p.latest?.illustrative ?? false,
        }));
    },
  },
  {
    id: 'six-ones-matrix',
    titleZh: '“六个一”矩阵与产业得分',
    titleEn: 'Six-ones matrix and industry scores',
    descriptionZh: '各重点产业“六个一”的具备情况（由谁具备）、得分（0–100）和缺口数。',
    descriptionEn: 'For each key industry: who fills each of the six ones, its score (0–100) and its number of gaps.',
    columns: [
      COLUMNS.industry,
      COLUMNS.tier,
      col('score', '得分', 'Score'),
      col('gapCount', '缺口数', 'Gaps'),
      ...SIX_ONES_SLOTS.map((s) => col(s, SIX_ONES_NAMES[s].zh, SIX_ONES_NAMES[s].en)),
      COLUMNS.illustrative,
    ],
    rows: async (db, options) => {
      const matrix = await computeMatrix(db, {}, options);
      return matrix.rows.map((r) => {
        const slots = Object.fromEntries(
          SIX_ONES_SLOTS.map((s) => {
            const cell = r.cells[s];
            const status = SLOT_STATUS_TEXT[cell.status];
            const holders = names(cell.holders);
            return [
              s,
              cell.holders.length > 0
                ? { zh: `${status.zh}：${holders.zh}`, en: `${status.en}: ${holders.en}` }
                : status,
            ];
          }),
        );
        return {
          industry: name(r.industry),
          tier: TIER_TEXT[r.industry.tier],
          score: r.score.total,
          gapCount: r.gapCount,
          ...slots,
          illustrative: Object.values(r.cells).some((c) => c.holders.some((h) => h.illustrative)),
        };
      });
    },
  },
];

export function findQuestion(id: string): QuestionDefinition | undefined {
  return QUESTIONS.find((q) => q.id === id);
}
