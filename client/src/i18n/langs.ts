// The reader's languages: Chinese (the default) and English. Its own module so that every string table
// can name them without importing another table.
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];
