import { ApiErrorBody } from '../../graph/model';
import { RegionMap } from '../../graph/model/regionMap';
import { RegionProfile } from '../../graph/model/regions';
import type { OperationSpec } from '../openapi/operation';
import { MAP_CHILD_LIMIT } from './map';
import { MapQuery, NoQuery, RegionParams } from './schema';

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
  {
    method: 'get',
    path: '/api/regions/{id}/map',
    tag: 'gaps',
    summary: 'A region’s children with the measures of its tile map / 地区示意图的着色数据',
    description:
      'Every child region (regions directly PART_OF it and valid in the analysis year; partner regions left out): ' +
      'the gap engine’s average 六个一 score and gap count with the child as the scope (score no-data when it analyses ' +
      'no industry), its firms (of `industry` when given, else all located in it), and the location quotient of ' +
      '`industry` by firm counts against every region of the child’s level (too-small below the size floor, no-data ' +
      'when the child has no firms). `value` repeats the chosen `measure`. `industries` lists those with a firm in a ' +
      `child. Bounded: at most ${MAP_CHILD_LIMIT} children (one engine summary each; \`truncated\` says when more ` +
      'exist) and two set-based firm-count queries. measure=lq without industry, or an unknown industry, is a 400 naming ' +
      'query.industry; an unknown measure a 400 naming query.measure.',
    params: RegionParams,
    query: MapQuery,
    responses: {
      200: { description: 'The children and their measures / 下辖地区及其指标', schema: RegionMap },
      400: { description: 'Bad measure or industry / 指标或产业无效', schema: ApiErrorBody },
      404: { description: 'No region with this id / 无此地区', schema: ApiErrorBody },
    },
  },
];
