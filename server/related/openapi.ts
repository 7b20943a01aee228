import { ApiErrorBody } from '../../graph/model';
import { RelatedView } from '../../graph/model/related';
import type { OperationSpec } from '../openapi/operation';
import { RelatedQuery } from './schema';

export const operations: OperationSpec[] = [
  {
    method: 'get',
    path: '/api/related',
    tag: 'gaps',
    summary: 'What a region could grow into next (延链), from relatedness / 延链方向',
    description:
      'Counts firms per industry (located in the region, its sub-regions or their parks, covering a link of the industry) for the ' +
      'region and every region of the same kind, rates each cell by location quotient, and marks where each region specialises ' +
      '(LQ ≥ presenceLq on cells of at least minCount). Proximity φ(i, j) is the smaller of the two conditional probabilities that a ' +
      'region specialising in one specialises in the other; the density of an industry the region does not specialise in is the ' +
      'φ-weighted share of its related industries where the region does. Candidates come densest first (ties by id), each with the ' +
      "region's related strengths and their φ. `measure` says what the counts are; `regionCount` how many regions were compared and " +
      '`ratedRegionCount` how many of them have a cell large enough to rate (only those inform φ); `fewRegions` is true when that is ' +
      'fewer than `minRegions`, so the proximities rest on too few co-occurrences to mean much. Only aggregate counts are read.',
    query: RelatedQuery,
    responses: {
      200: { description: 'Candidates and what they rest on / 延链候选及依据', schema: RelatedView },
      400: { description: 'Unknown region or a bad limit / 地区未知或数量无效', schema: ApiErrorBody },
    },
  },
];
