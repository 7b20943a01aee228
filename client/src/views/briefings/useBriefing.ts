// Generating a briefing (POST /api/briefings): the file comes back as the answer and is saved under
// the server's file name. One at a time per control; the start time drives the progress note.
import { useCallback, useRef, useState } from 'react';
import type { ApiError } from '../../api/client';
import { sendRaw } from '../../api/csrf';
import { saveResponse } from '../../api/download';
import { toApiError } from '../../api/useApi';
import type { Lang } from '../../i18n/strings';
import { scopedUrl, useRegionId } from '../../state/regionScope';

import type { BriefingFormat as ModelBriefingFormat, BriefingScope } from '../../../../graph/model';

export type { BriefingScope };
/** The formats a reader downloads from the page (html is the print view, opened by its own URL). */
export type BriefingFormat = Exclude<ModelBriefingFormat, 'html'>;

export interface BriefingState {
  /** When the current generation started (ms), or null when idle. */
  since: number | null;
  error: ApiError | null;
  /** The file last saved. */
  saved: string | null;
}

/** The print view of the scope, for the region analysed (null: the home city). */
export function briefingViewUrl(scope: BriefingScope, lang: Lang, regionId: string | null): string {
  const query = new URLSearchParams(scope.kind === 'city' ? { scope: 'city' } : { scope: 'industry', industries: scope.ids.join(',') });
  query.set('lang', lang);
  return scopedUrl(`/api/briefings/view?${query.toString()}`, regionId);
}

export function useBriefing(): [BriefingState, (scope: BriefingScope, format: BriefingFormat, lang: Lang) => void] {
  const [state, setState] = useState<BriefingState>({ since: null, error: null, saved: null });
  const running = useRef(false);
  const regionId = useRegionId();
  const generate = useCallback((scope: BriefingScope, format: BriefingFormat, lang: Lang) => {
    if (running.current) return;
    running.current = true;
    setState({ since: Date.now(), error: null, saved: null });
    sendRaw('/api/briefings', { json: { scope, format, lang, ...(regionId ? { region: regionId } : {}) } })
      .then((response) => saveResponse(response, `innochain-briefing.${format}`))
      .then((saved) => setState({ since: null, error: null, saved }))
      .catch((error: unknown) => setState({ since: null, error: toApiError(error), saved: null }))
      .finally(() => {
        running.current = false;
      });
  }, [regionId]);
  return [state, generate];
}
