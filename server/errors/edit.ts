// Errors particular to editing: a stale version (409) and an id that is taken (409).
import { AppError, withArticle } from './appError';

export const editErrors = {
  versionConflict: (what: string, sent: number, current: number) =>
    new AppError(
      409,
      'version_conflict',
      `${what} changed since version ${sent} (now ${current}); reload it and apply your change again. Nothing was written.`,
      `${what}在版本 ${sent} 之后已被修改（当前版本 ${current}），请刷新后重新修改。未写入任何内容。`,
      [{ field: 'version', reason: `stale: current version is ${current}`, reasonZh: `版本已过期，当前版本为 ${current}` }],
    ),
  idTaken: (id: string, label: string) =>
    new AppError(409, 'id_taken', `Id "${id}" is already used by ${withArticle(label)}`, `编号「${id}」已被 ${label} 使用`, [
      { field: 'body.properties.id', reason: `already used by ${withArticle(label)}`, reasonZh: `已被 ${label} 使用` },
    ]),
  relationshipExists: (key: string) =>
    new AppError(409, 'relationship_exists', `Relationship ${key} already exists`, `关系 ${key} 已存在`, [
      { field: 'body', reason: 'already exists; change its notes instead', reasonZh: '已存在，可修改其备注' },
    ]),
  stillReferenced: (id: string, referrers: { id: string; property: string }[]) =>
    new AppError(
      409,
      'still_referenced',
      `"${id}" is still named by ${referrers.map((r) => `${r.id}.${r.property}`).join(', ')}: change or delete those first. Nothing was deleted.`,
      `「${id}」仍被 ${referrers.map((r) => `${r.id}.${r.property}`).join('、')} 引用，请先修改或删除它们。未删除任何内容。`,
      referrers.map((r) => ({ field: `${r.id}.${r.property}`, reason: `refers to ${id}`, reasonZh: `引用了 ${id}` })),
    ),
};
