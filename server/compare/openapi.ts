import { CompareResponse } from '../../graph/model';
import type { OperationSpec } from '../openapi/operation';
import { CompareQuery } from './schema';

export const operations: OperationSpec[] = [
  {
    method: 'get',
    path: '/api/compare',
    tag: 'compare',
    summary: 'Regions compared per industry: firms, link coverage, 六个一 and score, location quotient and stars, growth / 地区比较',
    description:
      'For each region (1–20, comma-separated or repeated) and each industry (the one given, or every key industry of ' +
      'a compared region): its firms (e_ri; e counts firms, said in `measure`), the 六个一 slots filled and the score ' +
      'from the gap engine scoped to that region ("not-key-industry" where it does not analyse the industry), the ' +
      'location quotient LQ = (e_ri / e_r) / (e_i / e) over every region of the same level (so an LQ does not depend ' +
      'on the regions picked), tagged "too-small" below the size floor instead of a number, EU-style size, ' +
      'specialisation and focus stars, and growth from founding years (null with only one year of data). With an ' +
      'industry, each region also gets the share of its chain links with a local firm and the firms per link. ' +
      'Thresholds come from the `compare` section of the gap configuration. Unknown region or industry ids are ' +
      'answered 400 naming the field and id. ' +
      '按地区（1–20 个）和产业比较：企业数、链条环节覆盖、六个一与得分、区位熵（同级全部地区为参照，样本过小时不评）与星级、按成立年份计算的增长；未知编号返回 400。',
    query: CompareQuery,
    responses: {
      200: { description: 'One row per region, in the order asked, each with one cell per industry', schema: CompareResponse },
    },
  },
];
