// The sources section: which document sections, other sources and data sets the briefing's facts
// rest on, and how to read them.
import { sourceRefText } from '../../graph/model';
import type { Block } from './outlineBlocks';
import { freshnessBlocks } from './outlineFreshness';
import { ILLUSTRATIVE_MARK, sourceKindLabel, type BriefingText } from './text';
import type { Briefing } from './types';

/** Other sources listed by name; beyond this the list ends with a count. */
const OTHER_SOURCES = 40;

export function sourceBlocks(briefing: Briefing, text: BriefingText): Block[] {
  const { lang, sources } = briefing;
  const documentSections = sources.citations.filter((c) => c.sourceKind === 'document');
  const others = sources.citations.filter((c) => c.sourceKind !== 'document');
  const blocks: Block[] = [{ kind: 'paragraph', text: text.sourcesIntro }];

  blocks.push({ kind: 'heading', level: 2, text: text.sectionsHeading });
  blocks.push({ kind: 'paragraph', text: text.documentName });
  blocks.push(
    documentSections.length > 0
      ? { kind: 'list', items: documentSections.map((c) => text.sectionItem(sourceRefText('document', c.sourceRef, lang), c.facts)) }
      : { kind: 'paragraph', text: text.noSources },
  );

  blocks.push({ kind: 'heading', level: 2, text: text.otherSourcesHeading });
  const shown = others.slice(0, OTHER_SOURCES);
  const more = others.length - shown.length;
  blocks.push(
    shown.length > 0
      ? {
          kind: 'list',
          items: [
            ...shown.map(
              (c) =>
                text.otherItem(sourceKindLabel(c.sourceKind, lang), sourceRefText(c.sourceKind, c.sourceRef, lang), c.facts) +
                (c.sourceUrl ? text.sourcePage(c.sourceUrl) : '') +
                (c.observedAt ? text.sourceDate(c.observedAt) : ''),
            ),
            ...(more > 0 ? [text.moreSources(more)] : []),
          ],
        }
      : { kind: 'paragraph', text: text.noSources },
  );

  blocks.push({ kind: 'heading', level: 2, text: text.datasetsHeading });
  blocks.push(
    sources.datasets.length > 0
      ? {
          kind: 'list',
          items: sources.datasets.map((d) =>
            text.datasetItem(
              `${lang === 'zh' ? d.nameZh : d.nameEn}${d.illustrativeFacts > 0 && d.illustrativeFacts === d.facts ? ILLUSTRATIVE_MARK[lang] : ''}`,
              d.facts,
              d.illustrativeFacts,
            ),
          ),
        }
      : { kind: 'paragraph', text: text.noSources },
  );

  blocks.push(...freshnessBlocks(sources.freshness, lang));

  blocks.push({ kind: 'heading', level: 2, text: text.readingHeading });
  blocks.push({ kind: 'list', items: [...text.readingNotes, text.dataGapReminder] });
  return blocks;
}
