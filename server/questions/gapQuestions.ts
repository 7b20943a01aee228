// The questions that each list the gaps of one rule: missing lead firms, missing, weak and at-risk
// chain links, uncovered technology fields, partners, counties and park specialities.
import { gapRules } from '../gaps/service';
import { candidates, evidenceOf, GAP_STATUS_TEXT, gapIndustry, name, names, topReason, type Bilingual } from './format';
import { gapQuestion } from './gapQuestion';
import { col, COLUMNS, labelCol, type QuestionDefinition } from './question';

function ruleTitle(ruleId: string): Bilingual {
  const rule = gapRules().find((r) => r.id === ruleId);
  return rule ? { zh: rule.titleZh, en: rule.titleEn } : { zh: ruleId, en: ruleId };
}

/** Every gap of every rule in one table, for filtering by rule, industry and severity. */
export const ALL_GAPS_QUESTION: QuestionDefinition = gapQuestion(
  {
    id: 'gaps-by-rule',
    titleZh: '全部缺口（按规则）',
    titleEn: 'All gaps, by rule',
    descriptionZh: '缺口引擎找到的全部缺口：缺口对象、所属产业和规则，可按产业、严重程度和规则筛选。',
    descriptionEn: 'Every gap the gap engine finds, with its subject, industry and rule; filter by industry, severity and rule.',
    // The subject first: it is always named, so its cell carries the row's link.
    columns: [col('subject', '缺口对象', 'Gap subject'), COLUMNS.industry, col('rule', '规则', 'Rule')],
  },
  (gap) => ({ subject: name(gap.subject), industry: name(gapIndustry(gap)), rule: ruleTitle(gap.ruleId) }),
);

export const GAP_QUESTIONS: readonly QuestionDefinition[] = [
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
      descriptionZh: '只由外地企业或单一企业覆盖的产业链环节。一个环节只计一次：只有外地企业的环节通常已列入缺链，这里不再重复。',
      descriptionEn:
        'Chain links covered only by outside firms or by a single firm. A link is counted once: one with outside firms only is usually listed as a missing link, not again here.',
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
        labelCol('field', 'TechField'),
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
        labelCol('park', 'Park'),
        col('specialityCount', '主导产业数', 'Specialities'),
        col('specialities', '主导产业', 'Industries'),
      ],
    },
    (gap) => {
      const industries = evidenceOf(gap, 'Industry');
      return { park: name(gap.subject), specialityCount: industries.length, specialities: names(industries) };
    },
  ),
];
