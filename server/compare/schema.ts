import { z } from 'zod';
import { MAX_COMPARED_REGIONS, Slug } from '../../graph/model';
import { listParam } from '../gaps/schema';

export const CompareQuery = z
  .object({
    regions: listParam(
      Slug,
      `Region ids (county, city, province…), 1–${MAX_COMPARED_REGIONS}, comma-separated or repeated; a repeated id counts once. Unknown ids are answered 400 / 比较的地区编号`,
    ).pipe(
      z
        .array(z.string())
        .min(1)
        .transform((ids) => [...new Set(ids)])
        .pipe(z.array(z.string()).max(MAX_COMPARED_REGIONS, `at most ${MAX_COMPARED_REGIONS} regions (最多 ${MAX_COMPARED_REGIONS} 个地区)`)),
    ),
    industry: Slug.optional().describe(
      'One industry: adds link coverage per region. Absent: one cell per key industry of any compared region. Unknown ids are answered 400 / 产业编号',
    ),
  })
  .strict();
export type CompareQuery = z.infer<typeof CompareQuery>;
