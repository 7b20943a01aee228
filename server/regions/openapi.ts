import { ApiErrorBody } from '../../graph/model';
import { RegionProfile } from '../../graph/model/regions';
import type { OperationSpec } from '../openapi/operation';
import { NoQuery, RegionParams } from './schema';

export const operations: OperationSpec[] = [
  {
    method: 'get',
    path: '/api/regions/{id}/profile',
    tag: 'gaps',
    summary: 'A region’s gaps, parks, firms by industry and link, and partners / 地区概况',
    description:
      "The gap engine's gaps lying in the region (no co-built park, no provincial+ high-tech zone, park speciality) and " +
      'the coverage of each county-level unit in it; its parks with their specialities and co-built partner regions; firms ' +
      'located in it (directly or in its parks) grouped by industry and the chain links they cover; PARTNERS_WITH and ' +
      'CO_BUILT_WITH links of the region and of what is located in it, with the partner region of each partner.',
    params: RegionParams,
    query: NoQuery,
    responses: {
      200: { description: 'The region profile / 地区概况', schema: RegionProfile },
      404: { description: 'No region with this id / 无此地区', schema: ApiErrorBody },
    },
  },
];
