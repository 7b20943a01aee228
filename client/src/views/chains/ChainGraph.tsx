// Draws a chain view with Cytoscape on the preset layout. React owns the container, Cytoscape the
// canvas: one Cytoscape instance per view, its elements added in one batch. Loaded as a chunk of its own
// (see lazyModule.tsx): it brings Cytoscape.
import cytoscape from 'cytoscape';
import { useEffect, useRef } from 'react';
import type { CHAIN_STAGES } from '../../../../graph/model';
import type { ChainNodeData, ChainView } from '../../../../graph/model/chainView';
import { useLang } from '../../i18n/lang';
import { revealEdgesOnFocus, toDefinitions } from '../chains/definitions';
import { displayLabel } from '../chains/labels';
import { layoutChain } from '../chains/layout';
import { chainStylesheet } from '../chains/style';
import type {} from '../chains/testHook';
import { fitReadable, zoomByKey } from '../chains/viewport';

/** Above this many elements, edges are hidden while panning and zooming to keep it smooth. */
const LARGE_GRAPH = 1200;
/** Least zoom a node chosen outside the drawing is shown at (1 = the stylesheet's own sizes). */
const FOCUS_ZOOM = 0.9;
const NONE: readonly string[] = [];

interface Props {
  view: ChainView;
  selectedId: string | null;
  evidenceIds: readonly string[];
  /** Nodes changed since ?since=, ringed in dashes. */
  changedIds?: readonly string[];
  onSelect: (id: string | null) => void;
  onExpand: (linkId: string) => void;
  /** Gives the parent the Cytoscape instance (for export), or null on unmount. */
  onReady?: (cy: cytoscape.Core | null) => void;
}

export function ChainGraph({ view, selectedId, evidenceIds, changedIds = NONE, onSelect, onExpand, onReady }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<cytoscape.Core | null>(null);
  const lang = useLang();
  const langRef = useRef(lang);
  const handlers = useRef({ onSelect, onExpand });
  const readyRef = useRef(onReady);
  // Cytoscape's event handlers read the latest props through refs, updated after each render.
  useEffect(() => {
    langRef.current = lang;
    handlers.current = { onSelect, onExpand };
    readyRef.current = onReady;
  });
  /** The language the current drawing's labels are in. */
  const drawnLang = useRef(lang.lang);
  const viewportRef = useRef<{ industryId: string; zoom: number; pan: cytoscape.Position } | null>(null);
  /** The node just tapped in the drawing: already in view, so selecting it does not move the viewport. */
  const tapped = useRef<string | null>(null);

  // A fresh Cytoscape instance per view; the viewport carries over when the same industry is re-expanded.
  // Marks (chain-build, chain-built, chain-fitted, chain-rendered) time each step for the bench.
  useEffect(() => {
    const box = container.current;
    if (!box) return;
    const started = performance.now();
    performance.mark('chain-build');
    const previous = viewportRef.current;
    // Laid out to the canvas's shape, so that the fit fills it and the labels stay large.
    const aspect = box.clientWidth > 0 && box.clientHeight > 0 ? box.clientWidth / box.clientHeight : undefined;
    const layout = layoutChain(view.elements, { aspect });
    const large = view.elements.length > LARGE_GRAPH;
    drawnLang.current = langRef.current.lang;
    const cy = cytoscape({
      container: box,
      style: chainStylesheet(langRef.current.lang, view.elements.length),
      minZoom: 0.03,
      maxZoom: 3,
      boxSelectionEnabled: false,
      selectionType: 'single',
      // Cheaper drawing while the viewport moves, where there is much to draw.
      hideEdgesOnViewport: large,
      textureOnViewport: false,
    });
    // Added after construction, positions and all, in one batch: the constructor's preset layout would
    // only set the same positions again, one event per node.
    cy.batch(() => cy.add(toDefinitions(view.elements, layout, langRef.current)));
    performance.mark('chain-built');
    if (previous && previous.industryId === view.industry.id) cy.viewport({ zoom: previous.zoom, pan: previous.pan });
    else fitReadable(cy);
    performance.mark('chain-fitted');
    cy.on('tap', 'node', (event) => {
      const node = event.target as cytoscape.NodeSingular;
      if (node.hasClass('decor')) return;
      if (node.data('role') === 'more') {
        handlers.current.onExpand(String(node.data('linkId')));
        return;
      }
      const id = node.id();
      tapped.current = id;
      // Cytoscape has selected the node and draws it in its next frame (its own requestAnimationFrame
      // loop, which runs before this one); the URL and the panel follow just after that frame, so the
      // click answers on the canvas without waiting for React and the page's layout.
      requestAnimationFrame(() => setTimeout(() => handlers.current.onSelect(id), 0));
    });
    cy.on('dbltap', 'node[role = "link"]', (event) => {
      const node = event.target as cytoscape.NodeSingular;
      if (node.data('expanded') !== true && Number(node.data('memberTotal')) > Number(node.data('membersShown'))) {
        handlers.current.onExpand(node.id());
      }
    });
    cy.on('tap', (event) => {
      if (event.target === cy) handlers.current.onSelect(null);
    });
    revealEdgesOnFocus(cy);
    box.dataset.elementCount = String(cy.elements().not('.decor').length);
    box.dataset.nodeCount = String(cy.nodes().not('.decor').length);
    box.dataset.ghostCount = String(cy.nodes('[role = "ghost"]').length);
    box.dataset.rendered = 'false';
    cy.one('render', () => {
      box.dataset.rendered = 'true';
      box.dataset.renderMs = String(Math.round(performance.now() - started));
      performance.mark('chain-rendered');
    });
    cyRef.current = cy;
    // The live instance, for browser tests and for a curious analyst's console.
    window.__innochainCy = cy;
    readyRef.current?.(cy);
    return () => {
      viewportRef.current = { industryId: view.industry.id, zoom: cy.zoom(), pan: { ...cy.pan() } };
      readyRef.current?.(null);
      cyRef.current = null;
      if (window.__innochainCy === cy) delete window.__innochainCy;
      cy.destroy();
    };
  }, [view]);

  // Labels follow the language without rebuilding anything (a new view is built in the right one).
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || drawnLang.current === lang.lang) return;
    drawnLang.current = lang.lang;
    cy.style(chainStylesheet(lang.lang, cy.elements().not('.decor').length));
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        if (node.hasClass('decor')) {
          const stage = String(node.id().split(':')[1]) as (typeof CHAIN_STAGES)[number];
          node.data('display', langRef.current.stageName(stage));
        } else {
          node.data('display', displayLabel(node.data() as ChainNodeData, langRef.current));
        }
      });
    });
  }, [lang.lang]);

  // Selection and evidence highlight come from the URL.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    // Only what differs: a tap has already selected its node, and every change redraws the whole canvas.
    const wanted = selectedId ? cy.getElementById(selectedId) : cy.collection();
    const evidence = evidenceIds.reduce((found, id) => found.union(cy.getElementById(id)), cy.collection());
    const [deselect, marked] = [cy.$(':selected').difference(wanted), cy.$('.evidence')];
    const [unmark, mark] = [marked.difference(evidence), evidence.difference(marked)];
    if (deselect.nonempty() || unmark.nonempty() || mark.nonempty() || (wanted.nonempty() && !wanted.selected())) {
      cy.batch(() => {
        deselect.unselect();
        unmark.removeClass('evidence');
        mark.addClass('evidence');
        wanted.select();
      });
    }
    const fromTap = selectedId !== null && tapped.current === selectedId;
    tapped.current = null;
    if (selectedId) {
      const node = cy.getElementById(selectedId);
      if (node.nonempty()) {
        const extent = cy.extent();
        const p = node.position();
        const inside = p.x > extent.x1 && p.x < extent.x2 && p.y > extent.y1 && p.y < extent.y2;
        // Chosen elsewhere (a search hit, a bookmark, the panel): centred, at a zoom its label reads at.
        // The node's own centre, not its bounding box's (which holds the label below it).
        const zoom = Math.max(cy.zoom(), FOCUS_ZOOM);
        const pan = { x: cy.width() / 2 - p.x * zoom, y: cy.height() / 2 - p.y * zoom };
        if (!fromTap) cy.animate({ zoom, pan }, { duration: 250 });
        else if (!inside) cy.animate({ center: { eles: node } }, { duration: 250 });
      }
    }
  }, [selectedId, evidenceIds, view]);

  // Nodes changed since the chosen date (the changes panel's ids) carry the 'changed' ring.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const wanted = changedIds.reduce((found, id) => found.union(cy.getElementById(id)), cy.collection());
    cy.batch(() => {
      cy.$('.changed').difference(wanted).removeClass('changed');
      wanted.addClass('changed');
    });
  }, [changedIds, view]);

  return (
    <div
      ref={container}
      className="graph chain-graph"
      role="img"
      aria-label={`${lang.name(view.industry)} · ${lang.t('graphAria')}`}
      aria-keyshortcuts="+ - 0"
      // Focusable, so that +, − and 0 zoom it.
      tabIndex={0}
      onKeyDown={(event) => {
        if (event.ctrlKey || event.metaKey || event.altKey || !cyRef.current) return;
        if (zoomByKey(cyRef.current, event.key)) event.preventDefault();
      }}
      data-testid="graph"
    />
  );
}
