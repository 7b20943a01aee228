// The leader's summary (领导版), first in every briefing: the conclusions, the problems that need
// attention first with their owners and due dates, targets on and off track, changes since the last
// briefing, and the recommendations with their reasons. The body and the annex follow (outline.ts).
import { CASE_STATUS_NAMES, type TargetProgress } from '../../graph/model';
import { conclusions, OFF_TRACK_NAMED, targetName, targetTally } from './conclusions';
import { columns, cell, type Block, type Cell } from './outlineBlocks';
import { recommendationBlocks } from './outlineRecommendations';
import { summaryTextFor, type SummaryText } from './summaryText';
import { displayName, formatDateTime, severityLabel } from './text';
import type { Briefing, BriefingProblem } from './types';

/** Targets named per line of the summary's target part; the rest are counted. */
const TARGETS_NAMED = 4;

export function summaryBlocks(briefing: Briefing): Block[] {
  const text = summaryTextFor(briefing.lang);
  return [
    { kind: 'heading', level: 1, text: text.heading },
    { kind: 'heading', level: 2, text: text.conclusionsHeading },
    { kind: 'list', items: conclusions(briefing) },
    ...problemBlocks(briefing, text),
    ...targetBlocks(briefing, text),
    ...changeBlocks(briefing, text),
    ...recommendationBlocks(briefing),
  ];
}

function problemBlocks(briefing: Briefing, text: SummaryText): Block[] {
  if (briefing.problems.length === 0) return [];
  return [
    { kind: 'heading', level: 2, text: text.problemsHeading },
    { kind: 'paragraph', text: text.problemsIntro, tone: 'note' },
    {
      kind: 'table',
      columns: columns(text.problemColumns, [8, 46, 20, 13, 13]),
      rows: briefing.problems.map((problem, i) => problemRow(problem, i + 1, briefing, text)),
    },
  ];
}

function problemRow({ gap, case: found }: BriefingProblem, n: number, briefing: Briefing, text: SummaryText): Cell[] {
  const { lang } = briefing;
  const rule = briefing.rules.find((r) => r.id === gap.ruleId);
  const title = rule ? (lang === 'zh' ? rule.titleZh : rule.titleEn) : gap.ruleId;
  const industry = briefing.industries.find((s) => s.row.industry.id === gap.industryId)?.row.industry;
  const subject = displayName(gap.subject, lang);
  const where = industry && industry.id !== gap.subject.id ? `${subject}${lang === 'zh' ? `（${displayName(industry, lang)}）` : ` (${displayName(industry, lang)})`}` : subject;
  const problem: Cell = { lines: [`${severityLabel(gap.severity, lang)} · ${title}`, where] };
  if (!found) return [cell(String(n)), problem, cell(text.noCase, true), cell('—'), cell('—')];
  const owner = lang === 'zh' ? found.ownerNameZh : found.ownerNameEn;
  return [
    cell(String(n)),
    problem,
    { lines: [owner, ...(found.chainChief ? [text.chainChief(found.chainChief)] : [])] },
    cell(`${found.dueDate ?? text.noDueDate}${found.overdue ? text.overdue : ''}`, found.overdue),
    // The status as the 问题清单 page names it.
    cell(CASE_STATUS_NAMES[found.status][lang]),
  ];
}

function targetBlocks(briefing: Briefing, text: SummaryText): Block[] {
  const { lang, targets } = briefing;
  if (targets.length === 0) return [];
  const names = (items: TargetProgress[]): string[] => {
    const named = items.slice(0, TARGETS_NAMED).map((t) => targetName(t, lang));
    return items.length > TARGETS_NAMED ? [...named, text.more(items.length)] : named;
  };
  const good = targets.filter((t) => t.status === 'met' || t.status === 'on-track');
  const off = targets.filter((t) => t.status === 'off-track');
  const lines = [
    // The conclusions name up to OFF_TRACK_NAMED off-track targets; the list is for more.
    ...(off.length > OFF_TRACK_NAMED ? [text.offTrackLine(names(off))] : []),
    ...(good.length > 0 ? [text.onTrackLine(names(good))] : []),
    ...(targetTally(targets).noData > 0 ? [text.noDataLine(targetTally(targets).noData)] : []),
  ];
  return lines.length === 0 ? [] : [{ kind: 'heading', level: 2, text: text.targetsHeading }, { kind: 'list', items: lines }];
}

/** Since the last briefing, in a sentence or two with counts; the body's section lists the facts. */
function changeBlocks(briefing: Briefing, text: SummaryText): Block[] {
  const { changes, lang } = briefing;
  const heading: Block = { kind: 'heading', level: 2, text: text.changesHeading };
  if (!changes) return [heading, { kind: 'paragraph', text: text.noSince, tone: 'note' }];
  const since = formatDateTime(new Date(changes.since), lang);
  if (changes.total === 0) return [heading, { kind: 'paragraph', text: text.noChangesSentence(since) }];
  const count = (op: 'add' | 'change' | 'end'): number => changes.facts.filter((f) => f.op === op).length;
  const { gapsClosed, gapsOpened, scores, targets } = changes.consequences;
  const sentences = [
    changes.truncated ? text.changesTotal(changes.total) : text.changesCounts(count('add'), count('change'), count('end')),
    text.changesEffects(gapsClosed.length, gapsOpened.length, scores.length, targets.length),
    text.changesSeeBody,
  ];
  return [heading, { kind: 'paragraph', text: sentences.filter(Boolean).join(lang === 'zh' ? '' : ' ') }];
}

