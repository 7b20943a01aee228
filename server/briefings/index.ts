// Briefings for officials: one call from scope to file. Content is assembled from the gap engine and
// the graph (assemble.ts), laid out once (outline.ts) and drawn as HTML, PDF or Word (render.ts).
import type { Database } from '../../graph/db/database';
import type { AsOf } from '../history/asOf';
import { assembleBriefing } from './assemble';
import { renderBriefing, type BriefingFile } from './render';
import type { BriefingFormat, BriefingLang, BriefingScope } from './types';

export { UnknownIndustriesError } from './assemble';
export { contentDisposition } from './filename';
export { closeBriefingRenderer } from './renderer';
export type { BriefingFile } from './render';
export type { BriefingFormat, BriefingLang, BriefingScope } from './types';

export interface BriefingRequestOptions {
  scope: BriefingScope;
  format: BriefingFormat;
  lang: BriefingLang;
  /** The region analysed (scope.ts resolveScope). */
  regionId: string;
  /** A 与上期相比 section with what was recorded since this moment (checked by the router). */
  since?: string | undefined;
  /** The graph as recorded at this moment (resolved and checked by the router). */
  asOf?: AsOf | undefined;
}

export async function generateBriefing(db: Database, request: BriefingRequestOptions, now: Date = new Date()): Promise<BriefingFile> {
  const { scope, lang, regionId, since, asOf } = request;
  const briefing = await assembleBriefing(db, { scope, lang, regionId, since, asOf }, now);
  return renderBriefing(briefing, request.format);
}
