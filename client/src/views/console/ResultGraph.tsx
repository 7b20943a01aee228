// The graph part of a console result, drawn with Cytoscape's cose force layout (fine up to a few
// hundred nodes; above that the table is the better view and the page says so).
import cytoscape from 'cytoscape';
import { useEffect, useRef } from 'react';
import type { ConsoleResult } from '../../api/wire';
import { useLang } from '../../i18n/lang';
import { INK } from '../../theme/palette';
import { chainStylesheet } from '../chains/style';

/** Most nodes drawn with a force layout. */
export const MAX_GRAPH_NODES = 300;

export function ResultGraph({ result }: { result: ConsoleResult }) {
  const lang = useLang();
  const container = useRef<HTMLDivElement>(null);
  const nodes = result.elements.filter((e) => e.group === 'nodes').length;
  const drawable = nodes > 0 && nodes <= MAX_GRAPH_NODES;

  useEffect(() => {
    const box = container.current;
    if (!box || !drawable) return;
    const cy = cytoscape({
      container: box,
      elements: result.elements.map((e) =>
        e.group === 'nodes'
          ? { group: 'nodes' as const, data: { ...e.data, display: lang.name(e.data), role: 'member' } }
          : { group: 'edges' as const, data: { ...e.data } },
      ),
      style: [
        ...chainStylesheet(lang.lang),
        { selector: 'node[role = "member"]', style: { width: 22, height: 22, 'font-size': 11 } },
        {
          selector: 'edge',
          style: {
            label: 'data(type)',
            'font-size': 8,
            color: INK.muted,
            'text-rotation': 'autorotate',
            'curve-style': 'bezier',
            'target-arrow-shape': 'triangle',
            'target-arrow-color': INK.line,
            'line-color': INK.line,
            width: 1.2,
          },
        },
      ],
      layout: { name: 'cose', animate: false, nodeDimensionsIncludeLabels: true, padding: 30 },
      maxZoom: 2.5,
    });
    box.dataset.nodeCount = String(cy.nodes().length);
    box.dataset.edgeCount = String(cy.edges().length);
    return () => cy.destroy();
  }, [result, lang, drawable]);

  if (nodes === 0) return <p className="muted">{lang.t('noGraph')}</p>;
  if (!drawable) return <p className="banner banner-note">{lang.t('graphTooLarge', { max: MAX_GRAPH_NODES })}</p>;
  return <div ref={container} className="graph console-graph" role="img" aria-label={lang.t('resultGraph')} data-testid="console-graph" />;
}
