import { z } from 'zod';
import { queryInteger } from '../middleware/queryInteger';
import { AuditLogins, pageOf } from '../../graph/model';
import { AuditAction, AuditEntryDto, AuditTargetKind } from '../auth/audit';

/** A date (YYYY-MM-DD) or an ISO instant, compared with the entries' UTC timestamps. */
const Instant = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z)?$/, 'must be YYYY-MM-DD or an ISO time ending in Z (日期格式应为 YYYY-MM-DD)');

export const AuditQuery = z
  .object({
    username: z.string().trim().toLowerCase().min(1).max(100).optional(),
    action: AuditAction.optional(),
    targetKind: AuditTargetKind.optional(),
    targetId: z.string().min(1).max(400).optional(),
    from: Instant.optional().describe('Entries at or after this time'),
    to: Instant.optional().describe('Entries before this time'),
    logins: AuditLogins.default('show').describe('hide leaves logins (auth.login) out, unless action names them'),
    offset: queryInteger({ min: 0, max: Number.MAX_SAFE_INTEGER, default: 0 }),
    limit: queryInteger({ min: 1, max: 200, default: 50 }),
  })
  .strict();

export const AuditPage = pageOf(AuditEntryDto);
