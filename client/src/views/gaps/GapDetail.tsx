// A gap: what is missing and why (rule, severity, status), the nodes that show it, and candidates
// that could fill it. "Not recorded" is kept apart from "confirmed missing".
import type { Gap, NodeRef } from '../../api/types';
import { IllustrativeBadge } from '../../components/Illustrative';
import { useLang } from '../../i18n/lang';
import { useRuleTitles } from '../../state/rules';
import { SeverityChip } from '../chains/Legend';
import { GapCase } from '../cases/GapCase';
import { Recommendations } from './Recommendations';
import { SLOT_STATUS_SYMBOLS } from '../../../../graph/model';

export function GapStatus({ status }: { status: Gap['status'] }) {
  const lang = useLang();
  return (
    <span className={`gap-status gap-status-${status}`}>
      {SLOT_STATUS_SYMBOLS[status]} {lang.slotStatusName(status)}
    </span>
  );
}

interface CardProps {
  gap: Gap;
  onOpen: (ref: NodeRef) => void;
  onSelect?: (gapId: string) => void;
  compact?: boolean;
}

/** A gap in a list, or in full (with evidence and the recommended candidates, or the data they need). */
export function GapCard({ gap, onOpen, onSelect, compact }: CardProps) {
  const lang = useLang();
  const { t } = lang;
  const titles = useRuleTitles();
  const title = titles(gap.ruleId);
  const evidence = gap.evidenceNodes ?? [];
  return (
    <div className={`gap-card severity-border-${gap.severity}`} data-testid="gap-card">
      {!compact && (
        <p className="detail-kind">
          {t('gapWord')} · {lang.name(gap.subject)}
        </p>
      )}
      <p className="gap-head">
        <SeverityChip severity={gap.severity} /> <GapStatus status={gap.status} />
        {gap.illustrative && <IllustrativeBadge />}
      </p>
      {onSelect && compact ? (
        <button type="button" className="link-button gap-title" onClick={() => onSelect(gap.id)}>
          {title}
        </button>
      ) : (
        <p className="gap-title">{title}</p>
      )}
      <p className="gap-explanation">{lang.pick(gap.explanationZh, gap.explanationEn)}</p>
      {!compact && <GapCase gap={gap} />}
      {!compact && evidence.length > 0 && (
        <>
          <h4>{t('evidence')}</h4>
          <ul className="ref-list">
            {evidence.map((ref) => (
              <li key={ref.id}>
                <button type="button" className="link-button" onClick={() => onOpen(ref)}>
                  {lang.name(ref)}
                </button>{' '}
                <span className="muted">{lang.labelName(ref.label)}</span> {ref.illustrative && <IllustrativeBadge />}
              </li>
            ))}
          </ul>
        </>
      )}
      {!compact && <Recommendations gap={gap} onOpen={onOpen} />}
    </div>
  );
}
