// Named analyst questions. Most are tables built on the gap engine (one engine call, no Cypher of their
// own), so they always agree with GET /api/gaps and the matrix; the organisations-on-links question reads
// the graph itself (queries.ts), for the sources of each fact. This file fixes their order; each kind of
// question is defined in its own module.
import { ALL_GAPS_QUESTION, GAP_QUESTIONS } from './gapQuestions';
import { LINK_ORGANISATIONS_QUESTION } from './linkOrganisationsQuestion';
import { PLATFORM_SET_QUESTION, SIX_ONES_MATRIX_QUESTION } from './matrixQuestions';
import type { QuestionDefinition } from './question';
import { RECOMMENDATIONS_QUESTION } from './recommendQuestion';
import { TARGETS_BEHIND_QUESTION } from './targetQuestion';

export type { QuestionDefinition } from './question';

export const QUESTIONS: readonly QuestionDefinition[] = [
  PLATFORM_SET_QUESTION,
  ...GAP_QUESTIONS,
  RECOMMENDATIONS_QUESTION,
  TARGETS_BEHIND_QUESTION,
  SIX_ONES_MATRIX_QUESTION,
  ALL_GAPS_QUESTION,
  LINK_ORGANISATIONS_QUESTION,
];

export function findQuestion(id: string): QuestionDefinition | undefined {
  return QUESTIONS.find((q) => q.id === id);
}
