// Zoom in, zoom out and reset, over the chain canvas's corner. The same steps as the keys +, − and 0
// on the focused graph (viewport.ts).
import type cytoscape from 'cytoscape';
import { useLang } from '../../i18n/lang';
import { fitReadable, zoomStep } from '../chains/viewport';

export function ZoomControls({ cy }: { cy: cytoscape.Core | null }) {
  const { t } = useLang();
  return (
    <div className="zoom-controls" role="group" aria-label={t('zoomControls')}>
      <button type="button" onClick={() => cy && zoomStep(cy, 1)} disabled={!cy} aria-label={t('zoomInAria')} title={t('zoomInAria')} data-testid="zoom-in">
        <span aria-hidden="true">＋</span> {t('zoomIn')}
      </button>
      <button type="button" onClick={() => cy && zoomStep(cy, -1)} disabled={!cy} aria-label={t('zoomOutAria')} title={t('zoomOutAria')} data-testid="zoom-out">
        <span aria-hidden="true">－</span> {t('zoomOut')}
      </button>
      <button type="button" onClick={() => cy && fitReadable(cy)} disabled={!cy} aria-label={t('zoomResetAria')} title={t('zoomResetAria')} data-testid="zoom-reset">
        {t('zoomReset')}
      </button>
    </div>
  );
}
