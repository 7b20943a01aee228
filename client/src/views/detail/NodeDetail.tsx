// Details of one node: name, type, properties, provenance (document section or the illustrative
// badge), its gaps with suggestions, and its neighbours one click away.
import { useEffect } from 'react';
import { useApi } from '../../api/useApi';
import type { EntityDetail, Gap, NodeRef, RelatedEdge } from '../../api/types';
import { Loaded } from '../../components/Status';
import { IllustrativeBadge } from '../../components/Illustrative';
import { useLang, type LangApi } from '../../i18n/lang';
import { GapCard } from './GapDetail';
import { Provenance } from './Provenance';
import { RELATIONSHIP_SPECS, SIX_ONES_SLOTS, type SixOnesSlot } from '../../../../graph/model';
import { VALUE_NAMES } from '../../i18n/strings';

/** Properties shown elsewhere in the panel, or internal. */
const HIDDEN_KEYS = new Set(['id', 'nameZh', 'nameEn', 'sourceKind', 'sourceRef', 'descriptionZh', 'descriptionEn', 'version']);

const PROPERTY_NAMES: Record<string, { zh: string; en: string }> = {
  tier: { zh: '产业层级', en: 'Tier' },
  kind: { zh: '类别', en: 'Kind' },
  stage: { zh: '环节位置', en: 'Stage' },
  order: { zh: '链上次序', en: 'Order in chain' },
  industryId: { zh: '所属产业', en: 'Industry' },
  level: { zh: '级别', en: 'Level' },
  year: { zh: '年份', en: 'Year' },
  value: { zh: '数值', en: 'Value' },
  unit: { zh: '单位', en: 'Unit' },
  comparator: { zh: '比较', en: 'Comparator' },
  indicatorId: { zh: '指标', en: 'Indicator' },
  scope: { zh: '范围', en: 'Scope' },
  highTech: { zh: '高新技术企业', en: 'High-tech enterprise' },
  sizeYi: { zh: '规模（亿元）', en: 'Size (100m yuan)' },
  validFrom: { zh: '起始', en: 'Valid from' },
  validTo: { zh: '终止', en: 'Valid to' },
  confirmedMissing: { zh: '确认缺失', en: 'Confirmed missing' },
  higherIsBetter: { zh: '越高越好', en: 'Higher is better' },
  dataset: { zh: '数据集', en: 'Dataset' },
};

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function propertyValue(value: unknown, lang: LangApi): string {
  if (typeof value === 'boolean') return value ? lang.pick('是', 'yes') : lang.pick('否', 'no');
  if (Array.isArray(value)) return value.map((v) => propertyValue(v, lang)).join(lang.pick('、', ', '));
  if (typeof value === 'string' && VALUE_NAMES[value]) return lang.pick(VALUE_NAMES[value].zh, VALUE_NAMES[value].en);
  if (typeof value === 'string' && (SIX_ONES_SLOTS as readonly string[]).includes(value)) return lang.slotName(value as SixOnesSlot);
  return String(value);
}

function relationName(edge: RelatedEdge, lang: LangApi): string {
  const spec: { zh: string; en: string } | undefined = RELATIONSHIP_SPECS[edge.type];
  const name = spec ? lang.pick(spec.zh, spec.en) : edge.type;
  return edge.direction === 'out' ? `${name} →` : `← ${name}`;
}

interface Props {
  id: string;
  gaps: readonly Gap[];
  /** Opens a neighbour: selects it in the current graph or navigates to where it lives. */
  onOpen: (ref: NodeRef) => void;
  onSelectGap?: (gapId: string) => void;
  onLoaded?: (detail: EntityDetail) => void;
  /** Extra content for this kind of node (e.g. a chain link's counts and expand button). */
  extra?: React.ReactNode;
}

export function NodeDetail({ id, gaps, onOpen, onSelectGap, onLoaded, extra }: Props) {
  const { state, reload } = useApi<EntityDetail>(`/api/entities/${encodeURIComponent(id)}`);
  useEffect(() => {
    if (state.kind === 'ready') onLoaded?.(state.data);
    // Report each loaded entity once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state]);
  return (
    <Loaded state={state} reload={reload}>
      {(detail) => <NodeDetailBody detail={detail} gaps={gaps} onOpen={onOpen} onSelectGap={onSelectGap} extra={extra} />}
    </Loaded>
  );
}

function NodeDetailBody({
  detail,
  gaps,
  onOpen,
  onSelectGap,
  extra,
}: {
  detail: EntityDetail;
  gaps: readonly Gap[];
  onOpen: (ref: NodeRef) => void;
  onSelectGap?: (gapId: string) => void;
  extra?: React.ReactNode;
}) {
  const lang = useLang();
  const { t } = lang;
  const entity = detail.entity;
  const description = lang.pick(text(entity.properties.descriptionZh), text(entity.properties.descriptionEn));
  const properties = Object.entries(entity.properties).filter(([key, value]) => !HIDDEN_KEYS.has(key) && value !== null);
  const ownGaps = gaps.filter((g) => g.subject.id === entity.id || g.evidence.includes(entity.id));
  const groups = new Map<string, RelatedEdge[]>();
  for (const edge of detail.relationships) {
    const key = `${edge.direction}:${edge.type}`;
    groups.set(key, [...(groups.get(key) ?? []), edge]);
  }
  return (
    <article className="detail" aria-labelledby="detail-title" data-testid="detail">
      <p className="detail-kind">{lang.labelName(entity.label)}</p>
      <h2 id="detail-title">
        {lang.name(entity)} {entity.illustrative && <IllustrativeBadge />}
      </h2>
      <p className="detail-alt" lang={lang.lang === 'zh' ? 'en' : 'zh-CN'}>
        {lang.lang === 'zh' ? entity.nameEn : entity.nameZh}
      </p>
      {description && <p className="detail-description">{description}</p>}
      {extra}
      <h3>{t('provenance')}</h3>
      <Provenance sourceKind={text(entity.properties.sourceKind)} sourceRef={text(entity.properties.sourceRef)} />
      {properties.length > 0 && (
        <>
          <h3>{t('properties')}</h3>
          <dl className="properties">
            {properties.map(([key, value]) => (
              <div key={key}>
                <dt>{PROPERTY_NAMES[key] ? lang.pick(PROPERTY_NAMES[key].zh, PROPERTY_NAMES[key].en) : key}</dt>
                <dd>{propertyValue(value, lang)}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      {ownGaps.length > 0 && (
        <>
          <h3>{t('gapsOfNode')}</h3>
          <ul className="gap-list">
            {ownGaps.map((gap) => (
              <li key={gap.id}>
                <GapCard gap={gap} onOpen={onOpen} onSelect={onSelectGap} compact />
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>
        {t('neighbours')} <span className="muted">({detail.relationshipCount})</span>
      </h3>
      {detail.relationships.length === 0 && <p className="muted">{t('noNeighbours')}</p>}
      {[...groups.entries()].map(([key, edges]) => (
        <div key={key} className="neighbour-group">
          <p className="neighbour-relation">{relationName(edges[0] as RelatedEdge, lang)}</p>
          <ul className="neighbour-list">
            {edges.map((edge) => (
              <li key={edge.id}>
                <button type="button" className="link-button" onClick={() => onOpen(edge.other)}>
                  {lang.name(edge.other)}
                </button>{' '}
                <span className="muted">{lang.labelName(edge.other.label)}</span>
                {edge.other.illustrative ? (
                  <IllustrativeBadge />
                ) : (
                  edge.illustrative && <span className="badge badge-illustrative">{t('illustrativeRelation')}</span>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </article>
  );
}
