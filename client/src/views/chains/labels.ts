// What each chain node says on the canvas, in the reader's language. A gap-marked node starts with
// its severity symbol, so the mark survives greyscale printing and colour blindness.
import type { ChainNodeData } from '../../../../graph/model/chainView';
import type { LangApi } from '../../i18n/lang';
import { SEVERITY_SYMBOLS } from '../../theme/palette';

export function countsLine(node: ChainNodeData, lang: LangApi): string {
  const c = node.counts;
  if (!c) return '';
  const parts = [`${lang.t('countsFirms')} ${c.firms}（${lang.t('countsLocal')} ${c.localFirms}）`];
  parts.push(`${lang.t('countsPlatforms')} ${c.platforms}`, `${lang.t('countsInstitutes')} ${c.institutes}`);
  if (c.centres > 0) parts.push(`${lang.t('countsCentres')} ${c.centres}`);
  const line = parts.join(' · ');
  return lang.lang === 'en' ? line.replace('（', ' (').replace('）', ')') : line;
}

/** A node as drawn: a link also names the holders serving it (see definitions.ts). */
type LabelledNode = ChainNodeData & { servedBy?: readonly { nameZh: string; nameEn: string; illustrative: boolean }[] };

/** A name as the canvas writes it: an illustrative one carries the one mark, 〔示例〕, before it. */
function markedName(ref: { nameZh: string; nameEn: string; illustrative: boolean }, lang: LangApi): string {
  return `${ref.illustrative ? lang.t('illustrativeMark') : ''}${lang.name(ref)}`;
}

/** A link's line naming the first holder serving it and how many more (the panel lists them all). */
function servedLine(node: LabelledNode, lang: LangApi): string {
  const holders = node.servedBy ?? [];
  if (holders.length === 0) return '';
  const more = holders.length > 1 ? ` +${holders.length - 1}` : '';
  const first = holders[0];
  return `\n★ ${lang.t('servedByLine', { names: `${first ? markedName(first, lang) : ''}${more}` })}`;
}

/**
 * Characters of a holder's name on the canvas: two lines of its cell (style.ts, 152 px at 12 px). A plan's
 * full title can run to six lines and over the row below; the panel and the search show it whole.
 */
const HOLDER_NAME_MAX = { zh: 24, en: 46 } as const;

function clipped(name: string, max: number): string {
  const chars = [...name];
  return chars.length <= max ? name : `${chars.slice(0, max - 1).join('')}…`;
}

export function displayLabel(node: LabelledNode, lang: LangApi): string {
  const mark = node.gapSeverity ? `${SEVERITY_SYMBOLS[node.gapSeverity]} ` : '';
  switch (node.role) {
    case 'ghost': {
      const slot = node.slot ? lang.slotName(node.slot) : '';
      const status = lang.slotStatusName(node.status === 'confirmed-missing' ? 'confirmed-missing' : 'not-recorded');
      return lang.lang === 'zh'
        ? `${mark}${lang.t('missingSlot')}：${slot}\n（${status}）`
        : `${mark}${lang.t('missingSlot')}: ${slot}\n(${status})`;
    }
    case 'link':
      // The firms' count on one line, the other kinds on the next: the box's width holds each.
      return `${mark}${markedName(node, lang)}\n${countsLine(node, lang).replace(' · ', '\n')}${servedLine(node, lang)}`;
    case 'more':
      return lang.lang === 'zh' ? `+${node.hidden ?? 0} 个` : `+${node.hidden ?? 0} more`;
    case 'holder': {
      const slots = (node.slots ?? []).map((s) => lang.slotName(s)).join(' / ');
      return `${mark}${clipped(markedName(node, lang), HOLDER_NAME_MAX[lang.lang])}${slots ? `\n【${slots}】` : ''}`;
    }
    default:
      return `${mark}${markedName(node, lang)}`;
  }
}
