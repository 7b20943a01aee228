import { z } from 'zod';
import { CaseOwnerKind, CaseStatus, Slug } from '../../graph/model';
import { listParam } from '../gaps/schema';
import { RegionScope } from '../gaps/scope';

export { CaseBody, CaseList } from '../../graph/model';

function isCalendarDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const day = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === text;
}

/** A calendar day, YYYY-MM-DD (a due date): the form the explorer's date input sends. */
export const DueDate = z
  .string()
  .refine(isCalendarDay, {
    message: 'must be a calendar date YYYY-MM-DD (应为 YYYY-MM-DD 格式的有效日期)',
  })
  .describe('Due date, YYYY-MM-DD (China time) / 期限');

const Owner = z.string().trim().min(1, 'must not be empty (不能为空)').max(80, 'at most 80 characters (最多 80 个字符)');
const ChainChief = z.string().trim().min(1, 'must not be empty (不能为空)').max(40, 'at most 40 characters (最多 40 个字符)');
const Notes = z.string().max(2000, 'at most 2000 characters (最多 2000 个字符)');
const Reason = z.string().trim().min(1, 'must not be empty (不能为空)').max(500, 'at most 500 characters (最多 500 个字符)');

export const OpenCaseBody = z
  .object({
    gapId: z.string().min(1).max(300).describe('The gap\'s stable id, `<ruleId>:<subjectId>` (GET /api/gaps) / 缺口编号'),
    region: RegionScope.describe('The scope the gap was found under (a region id); the home city when absent / 分析范围'),
    ownerKind: CaseOwnerKind.describe('department or county / 责任主体类型'),
    owner: Owner.describe('A department\'s name, or a county\'s region id / 责任单位（部门名称或区县编号）'),
    chainChief: ChainChief.nullable().optional().describe('The chain chief (链长) of its industry / 链长'),
    dueDate: DueDate.nullable().optional(),
    notes: Notes.optional().describe('Notes / 备注'),
  })
  .strict();
export type OpenCaseBody = z.infer<typeof OpenCaseBody>;

export const UpdateCaseBody = z
  .object({
    ownerKind: CaseOwnerKind.optional(),
    owner: Owner.optional(),
    chainChief: ChainChief.nullable().optional(),
    dueDate: DueDate.nullable().optional(),
    notes: Notes.optional(),
    status: CaseStatus.optional().describe('Allowed changes: open → in-progress | resolved | dismissed; in-progress → open | resolved | dismissed; resolved → open | in-progress; dismissed → open / 状态'),
    reason: Reason.optional().describe('Why it is dismissed: required with status dismissed / 驳回理由'),
  })
  .strict()
  .refine((b) => Object.keys(b).length > 0, { message: 'give at least one field to change (至少修改一项)' });
export type UpdateCaseBody = z.infer<typeof UpdateCaseBody>;

export const CaseParams = z.object({ id: z.string().min(1).max(100).describe('Case id / 问题编号') });

const Flag = z.enum(['true', 'false']).optional();

export const CasesQuery = z
  .object({
    owner: z.string().min(1).max(80).optional().describe('Owner (a department name or a county id) / 责任单位'),
    status: listParam(CaseStatus, 'open, in-progress, resolved, dismissed / 状态'),
    industry: listParam(Slug, 'Industry ids / 产业编号'),
    overdue: Flag.describe('true: only overdue cases (due before today, China time, still open or in progress) / 仅逾期'),
    scope: Slug.optional().describe('Only cases opened under this scope region / 分析范围'),
    place: Slug.optional().describe('Cases whose scope is this region or whose gap lies in it (a county page) / 所在地区'),
    gap: listParam(z.string().min(1).max(300), 'Gap ids / 缺口编号'),
  })
  .strict();
export type CasesQuery = z.infer<typeof CasesQuery>;

export const CasesExportQuery = CasesQuery.extend({
  lang: z.enum(['zh', 'en']).default('zh').describe('Language of headers and cells (default Chinese) / 语言'),
}).strict();
