// Industries and their chains: the province's industries, shared by its cities, with links upstream to
// downstream; which cities name each a key industry (keyIndustries.ts); which links are planted as gaps
// (缺链, 断链, 弱链), which 六个一 slots stay empty, who partners across the river, and the technology
// fields each industry and link needs.
import { SIX_ONES_SLOTS } from '../../graph/model';
import { chooseKeyIndustries } from './keyIndustries';
import { INDUSTRY_TEMPLATES, linkTemplate, pad, type IndustryTemplate } from './names';
import { SYNTHETIC_PROVENANCE } from './params';
import { allIndustries, plantCount, type IndustryInfo, type LinkInfo, type LinkKind, type World } from './world';

export function buildIndustries(world: World): void {
  const { graph, params } = world;
  for (let i = 1; i <= params.industries; i++) {
    const template = templateFor(i);
    const id = `syn-i${pad(i, 2)}`;
    graph.node('Industry', {
      id,
      nameZh: `示例${template.zh}`,
      nameEn: `Sample ${template.en}`,
      tier: template.tier,
      ...SYNTHETIC_PROVENANCE,
    });
    const industry: IndustryInfo = {
      id,
      keyCities: [],
      template,
      links: [],
      // The first industries are the showcase chains, key in the first city only.
      showcase: params.showcaseElements[i - 1] ?? null,
      homeFirms: [],
      homeFirmsByCity: new Map(),
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
    world.industries.push(industry);
  }
  chooseKeyIndustries(world);
  for (const industry of world.industries) {
    for (const city of industry.keyCities) graph.rel('KEY_INDUSTRY_OF', industry.id, city.id);
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
    if (industry.keyCities.some((city) => city.industries.filter((i) => i.partnered).length <= 1)) continue;
    industry.partnered = false;
    wanted--;
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
