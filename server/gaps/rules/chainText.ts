// The bilingual sentences of the chain-link gaps: one link is counted once, under its most severe
// condition, and its explanation names that condition first and the others after it ("…；同时…").
import type { NodeRef } from '../../../graph/model';
import { namesEn, namesZh } from '../text';
import type { ChainCondition, LinkFacts } from './chainLinks';

interface Clause {
  /** The condition as the gap's own finding. */
  mainZh: string;
  mainEn: string;
  /** The same condition as a side note on a link counted under another rule. */
  alsoZh: string;
  alsoEn: string;
  evidence: NodeRef[];
}

function clause(condition: ChainCondition, facts: LinkFacts, minFirms: number): Clause {
  const linkZh = `「${facts.industry.nameZh}」的环节「${facts.link.nameZh}」`;
  const linkEn = `Link "${facts.link.nameEn}" of "${facts.industry.nameEn}"`;
  const outside = facts.outsideFirms;
  if (condition === 'missing') {
    return {
      mainZh: outside.length > 0 ? `${linkZh}没有本地企业，只有外地企业${namesZh(outside)}` : `${linkZh}没有任何企业覆盖（未记录）`,
      mainEn:
        outside.length > 0
          ? `${linkEn} has no local firm, only outside firms: ${namesEn(outside)}`
          : `${linkEn} has no firm covering it (none recorded)`,
      alsoZh: '没有本地企业覆盖（缺链）',
      alsoEn: 'no local firm covers it (a missing link)',
      evidence: [facts.industry, ...outside, ...facts.support],
    };
  }
  if (condition === 'breakRisk') {
    const firms = [...facts.localFirms, ...outside];
    const count = facts.localCount + facts.outsideCount;
    const onlyOutside = facts.localCount === 0;
    const fewZh = `只有 ${count} 家企业覆盖，少于 ${minFirms} 家`;
    const fewEn = `only ${count} firm${count === 1 ? '' : 's'} cover${count === 1 ? 's' : ''} it, fewer than ${minFirms}`;
    return {
      mainZh: onlyOutside
        ? `${linkZh}只由外地企业${namesZh(firms)}覆盖，存在断链风险`
        : `${linkZh}只有 ${count} 家企业（${namesZh(firms)}）覆盖，少于 ${minFirms} 家，存在断链风险`,
      mainEn: onlyOutside
        ? `${linkEn} is covered only by outside firms (${namesEn(firms)}): it may break`
        : `${linkEn} is covered by only ${count} firm${count === 1 ? '' : 's'} (${namesEn(firms)}), fewer than ${minFirms}: it may break`,
      alsoZh: onlyOutside ? '只靠外地企业供给，存在断链风险' : `${fewZh}，存在断链风险`,
      alsoEn: onlyOutside ? 'it relies on outside firms only, so it may break' : `${fewEn}, so it may break`,
      evidence: [facts.industry, ...firms],
    };
  }
  return {
    mainZh: `${linkZh}有本地企业${namesZh(facts.localFirms)}，但没有平台、研发机构或创新中心覆盖`,
    mainEn: `${linkEn} has local firms (${namesEn(facts.localFirms)}) but no platform, institute or innovation centre covering it`,
    alsoZh: '没有平台、研发机构或创新中心覆盖（弱链）',
    alsoEn: 'no platform, institute or innovation centre covers it (a weak link)',
    evidence: [facts.industry, ...facts.localFirms],
  };
}

export interface LinkExplanation {
  explanationZh: string;
  explanationEn: string;
  evidence: NodeRef[];
}

/** The gap's sentences for a link counted as `counted` while `others` also hold; evidence of all of them. */
export function explainLink(facts: LinkFacts, counted: ChainCondition, others: readonly ChainCondition[], minFirms: number): LinkExplanation {
  const main = clause(counted, facts, minFirms);
  const also = others.map((c) => clause(c, facts, minFirms));
  return {
    explanationZh: `${main.mainZh}${also.map((a) => `；同时${a.alsoZh}`).join('')}。`,
    explanationEn: `${main.mainEn}${also.map((a) => `; also, ${a.alsoEn}`).join('')}.`,
    evidence: [...main.evidence, ...also.flatMap((a) => a.evidence)],
  };
}
