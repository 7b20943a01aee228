// Industries and their chains: each city's key industries with links upstream to downstream, which
// links are planted as gaps (缺链, 断链, 弱链), which 六个一 slots stay empty, who partners across the
// river, and the technology fields each industry and link needs.
import { SIX_ONES_SLOTS, type SixOnesSlot } from '../../graph/model';
import { INDUSTRY_TEMPLATES, linkTemplate, pad, type IndustryTemplate } from './names';
import { SYNTHETIC_PROVENANCE } from './params';
import { allIndustries, plantCount, type IndustryInfo, type LinkInfo, type LinkKind, type World } from './world';

export function buildIndustries(world: World): void {
  const { graph, params } = world;
  for (const city of world.cities) {
    for (let i = 1; i <= params.industriesPerCity; i++) {
      const template = templateFor(i);
      const id = `${city.id}-i${pad(i, 2)}`;
      const showcase = city.index === 1 ? (params.showcaseElements[i - 1] ?? null) : null;
      graph.node('Industry', {
        id,
        nameZh: `示例${pad(city.index, 2)}市${template.zh}`,
        nameEn: `${template.en} (Sample City ${pad(city.index, 2)})`,
        tier: template.tier,
        ...SYNTHETIC_PROVENANCE,
      });
      graph.rel('KEY_INDUSTRY_OF', id, city.id);
      const industry: IndustryInfo = {
        id,
        city,
        template,
        links: [],
        showcase,
        homeFirms: [],
        lacks: new Set(),
        platforms: 2,
        partnered: true,
      };
      for (let l = 0; l < params.linksPerIndustry; l++) {
        const link = linkTemplate(l, params.linksPerIndustry);
        const linkId = `${id}-l${l + 1}`;
        graph.node('ChainLink', {
          id: linkId,
          nameZh: `${template.zh}·${link.zh}`,
          nameEn: `${template.en}: ${link.en}`,
          industryId: id,
          stage: link.stage,
          order: l + 1,
          ...SYNTHETIC_PROVENANCE,
        });
        graph.rel('HAS_LINK', id, linkId);
        const previous = industry.links[industry.links.length - 1];
        if (previous) graph.rel('FEEDS', previous.id, linkId);
        industry.links.push({ id: linkId, industry, kind: 'normal', localFirms: 0, covered: false });
      }
      city.industries.push(industry);
    }
  }
}

function templateFor(i: number): IndustryTemplate {
  const base = INDUSTRY_TEMPLATES[(i - 1) % INDUSTRY_TEMPLATES.length] as IndustryTemplate;
  const round = Math.floor((i - 1) / INDUSTRY_TEMPLATES.length);
  return round === 0 ? base : { ...base, zh: `${base.zh}${round + 1}`, en: `${base.en} ${round + 1}` };
}

const PLANTED_LINK_KINDS: { kind: Exclude<LinkKind, 'normal'>; rate: keyof World['params']['gapRates'] }[] = [
  { kind: 'empty', rate: 'linkEmpty' },
  { kind: 'outsideOnly', rate: 'linkOutsideOnly' },
  { kind: 'single', rate: 'linkSingleFirm' },
  { kind: 'weak', rate: 'linkWeak' },
];

/** Marks links as planted gaps; showcase industries stay whole, every industry keeps two sound links. */
export function planLinkKinds(world: World): void {
  const candidates = world.rng.shuffled(allIndustries(world).filter((i) => i.showcase === null).flatMap((i) => i.links));
  let next = 0;
  for (const { kind, rate } of PLANTED_LINK_KINDS) {
    let wanted = plantCount(candidates.length, world.params.gapRates[rate]);
    while (wanted > 0 && next < candidates.length) {
      const link = candidates[next++] as LinkInfo;
      if (normalLinks(link.industry).length <= 2) continue;
      link.kind = kind;
      wanted--;
    }
  }
}

export const normalLinks = (industry: IndustryInfo): LinkInfo[] => industry.links.filter((l) => l.kind === 'normal');

/** Which 六个一 slots stay empty, who gets a single platform, and who has no partner. */
export function planIndustryGaps(world: World): void {
  const { rng, params } = world;
  const industries = allIndustries(world);
  for (const slot of SIX_ONES_SLOTS) {
    if (slot === 'platforms') continue;
    for (const industry of rng.sample(industries, plantCount(industries.length, params.gapRates.sixOnesSlot))) {
      industry.lacks.add(slot);
    }
  }
  for (const industry of industries) industry.platforms = rng.between(2, 3);
  for (const industry of rng.sample(industries, plantCount(industries.length, params.gapRates.tooFewPlatforms))) {
    industry.platforms = 1;
  }
  // Every city keeps a partnered industry, for the co-built parks to specialise in.
  let wanted = plantCount(industries.length, params.gapRates.noPartner);
  for (const industry of rng.shuffled(industries)) {
    if (wanted === 0) break;
    if (industry.city.industries.filter((i) => i.partnered).length <= 1) continue;
    industry.partnered = false;
    wanted--;
  }
}

/** Plan, centre, alliance, fund and lead firm (unless left empty), and the partner, for every industry. */
export function buildHolders(world: World): void {
  const { graph, rng } = world;
  for (const industry of allIndustries(world)) {
    const { id, template, city } = industry;
    const has = (slot: Exclude<SixOnesSlot, 'platforms'>): boolean => !industry.lacks.has(slot);
    if (has('plan')) {
      graph.node('Plan', {
        id: `${id}-plan`,
        nameZh: `示例${template.zh}产业创新发展规划（${pad(city.index, 2)}）`,
        nameEn: `Sample ${template.en} innovation plan (${pad(city.index, 2)})`,
        kind: 'industry-plan',
        year: 2018,
        ...SYNTHETIC_PROVENANCE,
      });
      graph.rel('PLANS', `${id}-plan`, id);
      // The plan is the city's: it fills that city's plan slot only (six-ones count local holders).
      graph.rel('APPLIES_TO', `${id}-plan`, city.id);
    }
    const leadFirm = industry.homeFirms[0];
    if (has('leadFirm') && leadFirm) graph.rel('LEADS', leadFirm, id);
    if (has('innovationCentre')) {
      graph.node('InnovationCentre', {
        id: `${id}-centre`,
        nameZh: `示例${template.zh}产业创新中心（${pad(city.index, 2)}）`,
        nameEn: `Sample ${template.en} innovation centre (${pad(city.index, 2)})`,
        level: rng.chance(0.3) ? 'provincial' : 'municipal',
        ...SYNTHETIC_PROVENANCE,
      });
      graph.rel('LOCATED_IN', `${id}-centre`, rng.pick(city.places));
      graph.rel('SERVES', `${id}-centre`, id);
      graph.rel('RESEARCHES', `${id}-centre`, rng.pick(coveredFields(world)));
    }
    if (has('alliance')) {
      graph.node('Alliance', {
        id: `${id}-alliance`,
        nameZh: `示例${template.zh}产业技术创新战略联盟（${pad(city.index, 2)}）`,
        nameEn: `Sample ${template.en} technology alliance (${pad(city.index, 2)})`,
        ...SYNTHETIC_PROVENANCE,
      });
      graph.rel('SERVES', `${id}-alliance`, id);
      for (const firm of industry.homeFirms.slice(0, 8)) graph.rel('MEMBER_OF', firm, `${id}-alliance`);
    }
    if (has('fund')) {
      graph.node('Fund', {
        id: `${id}-fund`,
        nameZh: `示例${template.zh}产业科技发展基金（${pad(city.index, 2)}）`,
        nameEn: `Sample ${template.en} S&T fund (${pad(city.index, 2)})`,
        kind: 'industry-fund',
        sizeYi: rng.between(1, 20),
        ...SYNTHETIC_PROVENANCE,
      });
      graph.rel('LOCATED_IN', `${id}-fund`, city.id);
      graph.rel('INVESTS_IN', `${id}-fund`, id);
      for (const firm of industry.homeFirms.slice(1, 4)) graph.rel('INVESTS_IN', `${id}-fund`, firm);
    }
    if (industry.partnered) graph.rel('PARTNERS_WITH', id, rng.pick(world.partnerOrgs));
  }
  // A user confirmed some funds really missing: still a gap, shown as confirmed.
  for (const industry of allIndustries(world).filter((i) => i.lacks.has('fund')).filter((_, n) => n % 3 === 0)) {
    const row = world.graph.nodes.get('Industry')?.find((r) => r.id === industry.id);
    if (row) row.confirmedMissing = ['fund'];
  }
}

/** Each industry needs two fields and about half its links one; the first industry surely needs an uncovered one. */
export function buildNeeds(world: World): void {
  const { graph, rng, fields } = world;
  const uncovered = [...world.uncoveredFields];
  allIndustries(world).forEach((industry, index) => {
    const needed = rng.sample(fields, 2);
    if (index === 0 && uncovered[0]) needed[0] = uncovered[0];
    for (const field of needed) graph.rel('NEEDS', industry.id, field);
    for (const link of industry.links) if (rng.chance(0.5)) graph.rel('NEEDS', link.id, rng.pick(fields));
  });
}

export function coveredFields(world: World): string[] {
  return world.fields.filter((f) => !world.uncoveredFields.has(f));
}
