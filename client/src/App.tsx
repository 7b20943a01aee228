// First cut of the explorer shell: Nantong's key industries, read from Neo4j through the API.
import type { ElementDefinition } from 'cytoscape';
import { useEffect, useState } from 'react';
import { ApiError, getJson } from './api';
import { GraphView } from './GraphView';

interface Neighbourhood {
  elements: ElementDefinition[];
}

type State = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; elements: ElementDefinition[] };

export function App() {
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    getJson<Neighbourhood>('/api/graph/neighbourhood?id=nantong&depth=1', controller.signal)
      .then((data) => setState({ kind: 'ready', elements: data.elements }))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        const message = error instanceof ApiError ? `${error.messageZh} / ${error.message}` : String(error);
        setState({ kind: 'error', message });
      });
    return () => controller.abort();
  }, []);

  return (
    <main>
      <header>
        <h1>产业创新链知识图谱</h1>
        <p className="subtitle">Industry innovation-chain knowledge graph · 南通 Nantong</p>
      </header>
      {state.kind === 'loading' && <p role="status">正在加载… / Loading…</p>}
      {state.kind === 'error' && <p role="alert">加载失败：{state.message}</p>}
      {state.kind === 'ready' && (
        <GraphView elements={state.elements} ariaLabel="南通重点产业图 / Nantong key industries graph" />
      )}
    </main>
  );
}
