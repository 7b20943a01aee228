// Words of the header search when it follows the page's ?asOf=, Chinese and English. Read with
// lang.pick, not spread into STRINGS.
export const AS_OF_READ_STRINGS = {
  /** {date} is the moment read, as momentText shows it. */
  searchAsOf: { zh: '按 {date} 的记录检索（名称逐词匹配）', en: 'Searching the record as of {date} (names matched word by word)' },
};
