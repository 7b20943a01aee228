// The one vocabulary: the Chinese and English names of node labels, fields, enum values (tiers,
// stages, kinds), access roles, the 六个一 slots with their status marks, and source kinds. The import
// templates, edit forms, briefings and the client all read names here; nothing else writes a table.
export type { Names } from './names';
export * from './labels';
export * from './fields';
export * from './values';
export * from './roles';
export * from './audit';
export * from './sixOnes';
export * from './units';
export * from './sourceRefs';
