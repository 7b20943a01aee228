// Questions read off the six-ones matrix (one engine call): which industries lack a full set of
// platforms, and the whole matrix with scores.
import { SIX_ONES_NAMES, SIX_ONES_SLOTS } from '../../graph/model';
import { computeMatrix } from '../gaps/service';
import { name, names, SLOT_STATUS_TEXT, TIER_TEXT } from './format';
import { col, COLUMNS, nodeRef, type QuestionDefinition } from './question';

export const PLATFORM_SET_QUESTION: QuestionDefinition = {
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
        const cells = {
          industry: name(r.industry),
          tier: TIER_TEXT[r.industry.tier],
          status: SLOT_STATUS_TEXT[cell.status],
          platformCount: cell.holders.length,
          platforms: names(cell.holders),
          uncoveredLinks: names(cell.uncoveredLinks ?? []),
          illustrative: cell.holders.some((h) => h.illustrative),
        };
        return { cells, ref: nodeRef(r.industry, r.industry) };
      });
  },
};

export const SIX_ONES_MATRIX_QUESTION: QuestionDefinition = {
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
      const cells = {
        industry: name(r.industry),
        tier: TIER_TEXT[r.industry.tier],
        score: r.score.total,
        gapCount: r.gapCount,
        ...slots,
        illustrative: Object.values(r.cells).some((c) => c.holders.some((h) => h.illustrative)),
      };
      return { cells, ref: nodeRef(r.industry, r.industry) };
    });
  },
};
