// Turns what a person typed into a Lucene query for the `entity_names` full-text index (cjk analyzer).
// Pure, so it is unit-tested without a database.

/** Characters with a meaning in Lucene's classic query syntax. */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const HAN = /\p{Script=Han}/u;

export function escapeLucene(text: string): string {
  return text.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

/**
 * Every whitespace-separated word must match (AND), in any indexed field:
 * - a word with Chinese characters becomes a phrase, so its character bigrams must be adjacent
 *   ("纺织" finds 高端纺织 and 省产研院南通纺织丝绸技术研究所; "南通纺织" does not find 南通大学);
 * - any other word matches as a whole term (boosted) or as a prefix ("textil" finds "textiles").
 * Lower-cased so AND/OR/NOT typed by a user are words, never operators.
 * A single Chinese character cannot match the bigram index: the caller adds a substring fallback.
 */
export function toLuceneQuery(text: string): string {
  const words = text.toLowerCase().split(/\s+/u).filter(Boolean);
  return words
    .map((word) => {
      const escaped = escapeLucene(word);
      return HAN.test(word) ? `+"${escaped}"` : `+(${escaped}^2 OR ${escaped}*)`;
    })
    .join(' ');
}
