// /api/import (editors, by the access policy): spreadsheet templates, uploads (dry run, then commit as
// a job), and job progress. The whole-graph JSON import at POST /api/import is another router's.
import { Router, type Request, type Response } from 'express';
import { rm } from 'node:fs/promises';
import type { z } from 'zod';
import type { DryRunReport, ImportJob, ImportTemplateList } from '../../graph/model';
import { securityOf } from '../auth/context';
import type { AppContext } from '../context';
import { errors, importErrors } from '../errors';
import { logger as processLogger } from '../logger';
import { validate, valid } from '../middleware/validate';
import {
  allTemplates,
  checkColumnLimit,
  csvTemplate,
  getJob,
  listJobs,
  removeLeftoverUploads,
  saveUpload,
  startImport,
  targetByName,
  validateImport,
  writeXlsxTemplate,
  type ImportTarget,
} from './';
import { JobParams, JobsQuery, TemplateParams, TemplateQuery, UploadQuery } from './schema';

function templateFor(name: string): ImportTarget {
  const target = targetByName(name);
  if (!target) throw errors.notFound('import template / 导入模板', name);
  return target;
}

function editor(req: Request): string {
  return req.auth?.user?.username ?? 'unknown';
}

/** A rejected commit: the row problems as error details, and the job with the full list. */
function sendRejected(res: Response, job: ImportJob): void {
  const error = importErrors.rejected(
    job.errorCount,
    job.errors.slice(0, 50).map((e) => ({
      field: `row ${e.row ?? '-'}${e.column ? `.${e.column}` : ''}`,
      reason: e.reason,
      reasonZh: e.reasonZh,
    })),
  );
  res.status(422).json({ error: { code: error.code, message: error.message, messageZh: error.messageZh, details: error.details }, job });
}

export function spreadsheetImportRouter(context: AppContext): Router {
  const { db } = context;
  const settings = securityOf(context).import;
  const router = Router();
  const logger = context.logger ?? processLogger;
  // What a killed process left in the upload folder goes at start; nobody waits for it.
  void removeLeftoverUploads(db, settings.uploadDir)
    .then((removed) => {
      if (removed.length > 0) logger.info({ removed: removed.length, dir: settings.uploadDir }, 'removed leftover uploads');
    })
    .catch((error: unknown) => logger.warn({ err: error }, 'could not clean the upload folder'));

  router.get('/templates', validate({}), (_req, res) => {
    const body: ImportTemplateList = {
      items: allTemplates().map((t) => ({
        ...t,
        downloads: { csv: `/api/import/templates/${t.name}?format=csv`, xlsx: `/api/import/templates/${t.name}?format=xlsx` },
      })),
    };
    res.json(body);
  });

  router.get('/templates/:name', validate({ params: TemplateParams, query: TemplateQuery }), async (_req, res) => {
    const { params, query } = valid<typeof TemplateQuery, typeof TemplateParams>(res);
    const target = templateFor(params.name);
    const file = `template-${target.name}${query.lang === 'zh' ? '-zh' : ''}.${query.format}`;
    res.setHeader('Content-Disposition', `attachment; filename="${file}"`);
    if (query.format === 'csv') {
      res.type('text/csv; charset=utf-8').send(csvTemplate(target, query.lang));
      return;
    }
    res.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    await writeXlsxTemplate(target, query.lang, res);
  });

  router.post('/files/:name', validate({ params: TemplateParams, query: UploadQuery }), async (req, res) => {
    const { params, query } = valid<typeof UploadQuery, typeof TemplateParams>(res);
    const target = templateFor(params.name);
    const upload = await saveUpload(req, { maxBytes: settings.maxBytes, dir: settings.uploadDir });
    try {
      await checkColumnLimit(upload.path, upload.format);
    } catch (error) {
      await rm(upload.path, { force: true });
      throw error;
    }
    const fileName = query.fileName ?? `upload.${upload.format}`;
    if (query.dryRun) {
      // Answered once the upload is gone, so a client never sees it linger.
      const report = await validateImport(db, {
        path: upload.path,
        format: upload.format,
        fileName,
        target,
        batchSize: settings.batchSize,
        maxReportedErrors: settings.maxReportedErrors,
      }).finally(() => rm(upload.path, { force: true }));
      const answer: DryRunReport = { dryRun: true, target: { kind: target.kind, name: target.name }, fileName, format: upload.format, bytes: upload.bytes, ...report };
      res.json(answer);
      return;
    }
    const { job, done } = await startImport(db, { target, upload, fileName, username: editor(req), settings });
    if (!query.wait) {
      res.status(202).location(`/api/import/jobs/${job.id}`).json({ job });
      return;
    }
    const final = await done;
    if (final.status === 'rejected') sendRejected(res, final);
    else res.status(final.status === 'done' ? 200 : 500).json({ job: final });
  });

  router.get('/jobs', validate({ query: JobsQuery }), async (_req, res) => {
    const { offset, limit } = valid<typeof JobsQuery>(res).query;
    res.json({ ...(await listJobs(db, offset, limit)), offset, limit });
  });

  router.get('/jobs/:id', validate({ params: JobParams }), async (_req, res) => {
    const { id } = valid<z.ZodNever, typeof JobParams>(res).params;
    res.json({ job: await getJob(db, id) });
  });

  return router;
}
