// Explains the graph's marks: severity by colour AND border style AND symbol, node types by shape,
// dashed ghosts for missing slots, the 〔示例〕 mark for illustrative data.
import { SEVERITIES } from '../../../../graph/model';
import { useLang } from '../../i18n/lang';
import { INK, SEVERITY_BORDERS, SEVERITY_COLOURS, SEVERITY_SYMBOLS } from '../../theme/palette';
import { TYPE_FILLS } from '../chains/style';

/** Small SVG outlines matching the Cytoscape shapes in style.ts. */
const SHAPE_PATHS: Record<string, string> = {
  Enterprise: 'M9 2a7 7 0 1 0 0.01 0Z',
  Platform: 'M9 1 17 9 9 17 1 9Z',
  Institute: 'M5 2h8l4 7-4 7H5L1 9Z',
  InnovationCentre: 'M6 1h6l5 5v6l-5 5H6l-5-5V6Z',
  Alliance: 'M9 2 17 16H1Z',
  Fund: 'M1 3h11l5 6-5 6H1Z',
  Plan: 'M2 2h14v14H2Z',
  Park: 'M2 4q7-3 14 0v10q-7 3-14 0Z',
  Region: 'M9 1 17 7 14 17H4L1 7Z',
};

export function ShapeIcon({ type }: { type: string }) {
  return (
    <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
      <path d={SHAPE_PATHS[type] ?? SHAPE_PATHS.Enterprise} fill={TYPE_FILLS[type] ?? '#d9e2ec'} stroke="#52606d" />
    </svg>
  );
}

/** A member's mark as style.ts draws it: filled with a solid border when local, hollow and dashed when not. */
function MemberMark({ local }: { local: boolean }) {
  return (
    <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
      <circle cx="9" cy="9" r="6.5" fill={local ? TYPE_FILLS.Enterprise : '#ffffff'} stroke={local ? INK.text : INK.muted} strokeWidth="2" strokeDasharray={local ? undefined : '3 2'} />
    </svg>
  );
}

export function SeverityChip({ severity }: { severity: (typeof SEVERITIES)[number] }) {
  const { severityName } = useLang();
  const border = SEVERITY_BORDERS[severity];
  return (
    <span className={`severity-chip severity-${severity}`}>
      <span
        className="swatch"
        aria-hidden="true"
        style={{ borderColor: SEVERITY_COLOURS[severity], borderStyle: border.style, borderWidth: border.style === 'double' ? 5 : 3 }}
      />
      <span aria-hidden="true" style={{ color: SEVERITY_COLOURS[severity] }}>
        {SEVERITY_SYMBOLS[severity]}
      </span>{' '}
      {severityName(severity)}
    </span>
  );
}

export function Legend() {
  const { t, labelName } = useLang();
  const borderWord = { double: t('borderDouble'), dashed: t('borderDashed'), dotted: t('borderDotted') } as const;
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h3 id="legend-title">{t('legend')}</h3>
      <p className="legend-heading">{t('legendSeverity')}</p>
      <ul className="legend-list">
        {SEVERITIES.map((severity) => (
          <li key={severity}>
            <SeverityChip severity={severity} /> <span className="muted">· {borderWord[SEVERITY_BORDERS[severity].style]}</span>
          </li>
        ))}
      </ul>
      <p className="legend-heading">{t('legendNodes')}</p>
      <ul className="legend-list legend-shapes">
        {Object.keys(SHAPE_PATHS).map((type) => (
          <li key={type}>
            <ShapeIcon type={type} /> {labelName(type)}
          </li>
        ))}
        <li>{t('legendServedBy')}</li>
        <li>
          <MemberMark local /> {t('legendLocalFirm')}
        </li>
        <li>
          <MemberMark local={false} /> {t('legendOutsideFirm')}
        </li>
        <li>
          <span className="ghost-swatch" aria-hidden="true" /> {t('legendGhost')}
        </li>
        <li>
          <strong aria-hidden="true">{t('illustrativeMark')}</strong>
          {t('legendIllustrative')}
        </li>
      </ul>
    </section>
  );
}
