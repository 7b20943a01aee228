// Names of the node labels and of where facts come from (source kinds).
import type { SourceKind } from '../common';
import type { NodeLabel } from '../nodes';
import type { Names } from './names';

export const NODE_LABEL_NAMES: Record<NodeLabel, Names> = {
  Industry: { zh: '产业', en: 'Industry' },
  ChainLink: { zh: '产业链环节', en: 'Chain link' },
  Enterprise: { zh: '企业', en: 'Enterprise' },
  InnovationCentre: { zh: '产业创新中心', en: 'Innovation centre' },
  Alliance: { zh: '产业技术创新战略联盟', en: 'Technology alliance' },
  Fund: { zh: '基金与资金', en: 'Fund' },
  Platform: { zh: '平台', en: 'Platform' },
  Plan: { zh: '规划与计划', en: 'Plan' },
  Institute: { zh: '研发机构', en: 'Institute' },
  Park: { zh: '园区', en: 'Park' },
  Region: { zh: '地区', en: 'Region' },
  Indicator: { zh: '指标', en: 'Indicator' },
  Target: { zh: '目标', en: 'Target' },
  Measurement: { zh: '监测值', en: 'Measurement' },
  Project: { zh: '项目', en: 'Project' },
  TechField: { zh: '技术领域', en: 'Technology field' },
};

/** Where a fact came from, as the detail panel, the questions and the briefings' sources section say it. */
export const SOURCE_KIND_NAMES: Record<SourceKind, Names> = {
  document: { zh: '政策原文', en: 'Source document' },
  domain: { zh: '领域知识', en: 'Domain knowledge' },
  public: { zh: '公开资料', en: 'Public source' },
  illustrative: { zh: '示例数据（虚构）', en: 'Illustrative data (fictional)' },
  import: { zh: '导入文件', en: 'Imported file' },
  user: { zh: '用户编辑', en: 'User edit' },
};

/**
 * The one mark an illustrative (made-up) name carries in text: briefings, question tables and their
 * CSV/XLSX downloads. The names themselves carry no 示例/虚构 of their own (seeds/demo).
 */
export const ILLUSTRATIVE_NAME_MARK: Names = { zh: '（示例）', en: ' (illustrative)' };

/** A name in one language, followed by the illustrative mark when the thing is made up. */
export function markedName(ref: { nameZh: string; nameEn: string; illustrative: boolean }, lang: keyof Names): string {
  const name = lang === 'zh' ? ref.nameZh : ref.nameEn;
  return ref.illustrative ? `${name}${ILLUSTRATIVE_NAME_MARK[lang]}` : name;
}
