// Parts of the chain page that not every visit needs (Cytoscape, the detail panel, the editing dialogs,
// the exporters) live in chunks of their own. A chunk is asked for once, may be asked for early (the
// graph as the page mounts, while its data is on the way), and renders at once when already loaded:
// no Suspense round trip, so nothing flashes.
import { useEffect, useState, type ReactNode } from 'react';
import { ApiError } from '../../api/client';
import { ErrorMessage, Loading } from '../../components/Status';

export interface LazyModule<M> {
  /** Starts loading once; later calls share the same promise. A failed download may be retried. */
  load(): Promise<M>;
  /** The module, if loaded. */
  current(): M | null;
}

export function lazyModule<M>(importer: () => Promise<M>): LazyModule<M> {
  let loaded: M | null = null;
  let loading: Promise<M> | null = null;
  return {
    load() {
      loading ??= importer().then(
        (module) => {
          loaded = module;
          return module;
        },
        (error: unknown) => {
          loading = null;
          throw error;
        },
      );
      return loading;
    },
    current: () => loaded,
  };
}

export type ModuleState<M> = { kind: 'ready'; module: M } | { kind: 'loading' } | { kind: 'error'; retry: () => void };

/** The module when loaded, else loading (it is asked for) or failed (with a retry); null `lazy` asks for nothing. */
export function useLazyModule<M>(lazy: LazyModule<M> | null): ModuleState<M> {
  const [, setLoaded] = useState<M | null>(null);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const module = lazy?.current() ?? null;
  useEffect(() => {
    // Rendered without it: wait for it, even if it has arrived since (then the promise is already settled).
    if (!lazy || module) return;
    let live = true;
    lazy.load().then(
      (m) => live && setLoaded(() => m),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [lazy, module, attempt]);
  if (module) return { kind: 'ready', module };
  if (failed) {
    const retry = () => {
      setFailed(false);
      setAttempt((n) => n + 1);
    };
    return { kind: 'error', retry };
  }
  return { kind: 'loading' };
}

/** A download that failed, in the product's error words. */
export const CHUNK_ERROR = new ApiError(
  0,
  'chunk_load',
  'Part of this page could not be downloaded. Check the connection and try again.',
  '页面的一部分未能下载，请检查网络后重试。',
);

/** Renders the module's content, or the product's loading / error state in its place. */
export function WithModule<M>({ state, children }: { state: ModuleState<M>; children: (module: M) => ReactNode }) {
  if (state.kind === 'ready') return <>{children(state.module)}</>;
  if (state.kind === 'error') return <ErrorMessage error={CHUNK_ERROR} onRetry={state.retry} />;
  return <Loading />;
}
