// A node and its direct neighbours (GET /api/graph/neighbourhood), laid out by cose: fine for the
// few dozen elements a neighbourhood has.
import cytoscape from 'cytoscape';
import { useEffect, useRef } from 'react';
import { useApi } from '../../api/useApi';
import type { ChainNodeData } from '../../api/types';
import { Loaded } from '../../components/Status';
import type { CyElement } from '../../../../graph/model';
import { useLang } from '../../i18n/lang';
import { chainStylesheet } from '../chains/style';

interface Neighbourhood {
  center: string;
  elements: CyElement[];
}

export function NeighbourhoodGraph({ id, onOpen }: { id: string; onOpen: (id: string) => void }) {
  const { state, reload } = useApi<Neighbourhood>(`/api/graph/neighbourhood?id=${encodeURIComponent(id)}&depth=1&limit=150`);
  return (
    <Loaded state={state} reload={reload}>
      {(data) => <Drawing data={data} onOpen={onOpen} />}
    </Loaded>
  );
}

function Drawing({ data, onOpen }: { data: Neighbourhood; onOpen: (id: string) => void }) {
  const container = useRef<HTMLDivElement>(null);
  const lang = useLang();
  const openRef = useRef(onOpen);
  useEffect(() => {
    openRef.current = onOpen;
  });
  useEffect(() => {
    if (!container.current) return;
    const cy = cytoscape({
      container: container.current,
      elements: data.elements.map((e) =>
        e.group === 'nodes'
          ? {
              group: 'nodes' as const,
              data: { ...e.data, display: lang.name(e.data as ChainNodeData), role: e.data.id === data.center ? 'industry' : 'member' },
            }
          : { group: 'edges' as const, data: { ...e.data } },
      ),
      style: chainStylesheet(lang.lang),
      layout: { name: 'cose', animate: false, nodeDimensionsIncludeLabels: true, padding: 30 },
      maxZoom: 2.5,
    });
    cy.on('tap', 'node', (event) => {
      const node = event.target as cytoscape.NodeSingular;
      if (node.id() !== data.center) openRef.current(node.id());
    });
    container.current.dataset.nodeCount = String(cy.nodes().length);
    return () => cy.destroy();
  }, [data, lang]);
  return <div ref={container} className="graph" role="img" aria-label={lang.t('neighbourhood')} data-testid="graph" />;
}
