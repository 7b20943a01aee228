// The "六个一" structure of task 三(一): six things every key industry should have.
import { z } from 'zod';

/** The "六个一" slots of task 三(一), in the document's order. */
export const SIX_ONES_SLOTS = ['plan', 'leadFirm', 'innovationCentre', 'alliance', 'fund', 'platforms'] as const;
export const SixOnesSlot = z.enum(SIX_ONES_SLOTS);
export type SixOnesSlot = z.infer<typeof SixOnesSlot>;
export const SIX_ONES_NAMES: Record<SixOnesSlot, { zh: string; en: string }> = {
  plan: { zh: '产业创新发展规划', en: 'Development plan' },
  leadFirm: { zh: '龙头带动企业', en: 'Lead firm' },
  innovationCentre: { zh: '产业创新中心', en: 'Innovation centre' },
  alliance: { zh: '产业技术创新战略联盟', en: 'Technology alliance' },
  fund: { zh: '产业科技发展基金', en: 'S&T development fund' },
  platforms: { zh: '公共技术服务平台（一套）', en: 'Public technology platforms (a set)' },
};

