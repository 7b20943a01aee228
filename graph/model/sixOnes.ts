// The "六个一" structure of task 三(一): six things every key industry should have.
import { z } from 'zod';

/** The "六个一" slots of task 三(一), in the document's order. */
export const SIX_ONES_SLOTS = ['plan', 'leadFirm', 'innovationCentre', 'alliance', 'fund', 'platforms'] as const;
export const SixOnesSlot = z.enum(SIX_ONES_SLOTS);
export type SixOnesSlot = z.infer<typeof SixOnesSlot>;
