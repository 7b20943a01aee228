// The shape of every name in the vocabulary: Chinese first (the planners' language), then English.

/** A thing's name in both languages. Chinese is what a Nantong planner reads; English has no CJK. */
export interface Names {
  zh: string;
  en: string;
}
