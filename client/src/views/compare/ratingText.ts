// A cell's numbers in words: LQ or "too small to rate", stars as symbols AND words (never colour alone),
// growth and coverage, so the table, the charts' labels and their text tables say the same thing.
import type { CompareCell, CompareRating } from '../../../../graph/model/compare';
import type { CompareText } from './compareText';

export const formatLq = (lq: number): string => lq.toFixed(2);

/** ★ per star earned, ☆ per star missed: always three marks, so the count reads at a glance. */
export function starMarks(count: number): string {
  return '★'.repeat(count) + '☆'.repeat(3 - count);
}

/** The stars earned, in words ("size · specialisation"), or "none". */
export function starWords(rating: CompareRating, s: CompareText): string {
  if (rating.kind !== 'rated') return '';
  const { stars } = rating;
  const earned = [stars.size && s('starSize'), stars.specialisation && s('starSpecialisation'), stars.focus && s('starFocus')].filter(
    (word): word is string => typeof word === 'string',
  );
  return earned.length > 0 ? earned.join(' · ') : s('noStars');
}

/** Why a cell is not rated, in a few words. */
export function tooSmallReason(rating: CompareRating, minCount: number, s: CompareText): string {
  if (rating.kind !== 'too-small') return '';
  if (rating.reason === 'empty-region') return s('tooSmallEmptyRegion');
  if (rating.reason === 'absent-industry') return s('tooSmallAbsent');
  return s('tooSmallFloor', { min: minCount });
}

/** The LQ with its stars ("2.35 ★★☆"), or "too small to rate": what a bar's end and the text table say. */
export function ratingLabel(rating: CompareRating, s: CompareText): string {
  return rating.kind === 'rated' ? `${formatLq(rating.lq)} ${starMarks(rating.stars.count)}` : s('tooSmall');
}

/** Growth as a signed percentage, or null when the cell has none. */
export function growthPercent(cell: CompareCell): number | null {
  return cell.growth === null ? null : Math.round(cell.growth.rate * 1000) / 10;
}

export function signedPercent(value: number): string {
  return `${value > 0 ? '+' : ''}${value}%`;
}
