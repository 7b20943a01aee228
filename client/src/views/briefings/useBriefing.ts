// Generating a briefing (POST /api/briefings): the file comes back as the answer and is saved under
// the server's file name. One at a time per control; the start time drives the progress note.
import { useCallback, useRef, useState } from 'react';
import type { ApiError } from '../../api/client';
import { sendRaw } from '../../api/csrf';
import { saveResponse } from '../../api/download';
import { toApiError } from '../../api/useApi';
import type { Lang } from '../../i18n/strings';
import { scopedUrl, useRegionId } from '../../state/regionScope';
import { AS_OF_PARAM, SINCE_PARAM, useTimeParam, withParam } from '../../state/timeScope';

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

/** The page's moments a briefing follows: the record as of ?asOf=, and its 与上期相比 section from ?since=. */
export interface BriefingMoments {
  asOf: string | null;
  since: string | null;
}

/** The ?asOf= and ?since= of the page, for the briefing it asks for. */
export function useBriefingMoments(): BriefingMoments {
  const [asOf] = useTimeParam(AS_OF_PARAM);
  const [since] = useTimeParam(SINCE_PARAM);
  return { asOf, since };
}

/** The print view of the scope, for the region analysed (null: the home city) and the page's moments. */
export function briefingViewUrl(scope: BriefingScope, lang: Lang, regionId: string | null, moments: BriefingMoments): string {
  const query = new URLSearchParams(scope.kind === 'city' ? { scope: 'city' } : { scope: 'industry', industries: scope.ids.join(',') });
  query.set('lang', lang);
  return withParam(withParam(scopedUrl(`/api/briefings/view?${query.toString()}`, regionId), AS_OF_PARAM, moments.asOf), SINCE_PARAM, moments.since);
}

export function useBriefing(): [BriefingState, (scope: BriefingScope, format: BriefingFormat, lang: Lang) => void] {
  const [state, setState] = useState<BriefingState>({ since: null, error: null, saved: null });
  const running = useRef(false);
  const regionId = useRegionId();
  const { asOf, since } = useBriefingMoments();
  const generate = useCallback((scope: BriefingScope, format: BriefingFormat, lang: Lang) => {
    if (running.current) return;
    running.current = true;
    setState({ since: Date.now(), error: null, saved: null });
    const moments = { ...(asOf ? { asOf } : {}), ...(since ? { since } : {}) };
    sendRaw('/api/briefings', { json: { scope, format, lang, ...(regionId ? { region: regionId } : {}), ...moments } })
      .then((response) => saveResponse(response, `innochain-briefing.${format}`))
      .then((saved) => setState({ since: null, error: null, saved }))
      .catch((error: unknown) => setState({ since: null, error: toApiError(error), saved: null }))
      .finally(() => {
        running.current = false;
      });
  }, [regionId, asOf, since]);
  return [state, generate];
}
