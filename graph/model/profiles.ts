// Profile fields of organisations and places (issue 16): what a planner wants to know of a firm, an
// institute or a park beyond its name. Every field is optional; a dataset states only what its source
// states. Imported by the browser too: no server code here.
import { z } from 'zod';
import { WebAddress } from './common';
import { creditCodeProblem } from './creditCode';

const CURRENT_YEAR_BOUND = 2100;
export const Year = z.number().int().min(1800).max(CURRENT_YEAR_BOUND);

export const CreditCode = z
  .string()
  .trim()
  .superRefine((code, ctx) => {
    const problem = creditCodeProblem(code);
    if (problem === 'shape') {
      ctx.addIssue({ code: 'custom', message: 'must be 18 characters: digits and capital letters other than I, O, S, V, Z (统一社会信用代码应为 18 位数字或大写字母，不含 I、O、S、V、Z)' });
    } else if (problem === 'check') {
      ctx.addIssue({ code: 'custom', message: 'its check character (the 18th) is wrong: the code is mistyped (统一社会信用代码校验位（第 18 位）不符，代码有误)' });
    }
  });

/** 统计上大中小微型企业划分办法. */
export const SIZE_CLASSES = ['large', 'medium', 'small', 'micro'] as const;
export const LISTING_EXCHANGES = ['SSE', 'SZSE', 'BSE', 'HKEX', 'NASDAQ', 'NYSE', 'other'] as const;
/** Recognitions a firm holds, as the lists that grant them name them. */
export const ENTERPRISE_TAGS = ['高新技术企业', '专精特新中小企业', '专精特新"小巨人"', '制造业单项冠军', '瞪羚企业', '独角兽', '上市公司'] as const;
export const ORGANISATION_LEVELS = ['national', 'provincial', 'municipal'] as const;

export const EnterpriseProfile = {
  creditCode: CreditCode.optional(),
  foundedYear: Year.optional(),
  sizeClass: z.enum(SIZE_CLASSES).optional(),
  employees: z.number().int().nonnegative().max(10_000_000).optional(),
  employeesYear: Year.optional(),
  /** Revenue in 亿元 (100 million yuan). */
  revenueYi: z.number().nonnegative().max(1_000_000).optional(),
  revenueYear: Year.optional(),
  listingExchange: z.enum(LISTING_EXCHANGES).optional(),
  listingTicker: z.string().trim().min(1).max(20).optional(),
  website: WebAddress.optional(),
  inventionPatents: z.number().int().nonnegative().max(10_000_000).optional(),
  tags: z.array(z.enum(ENTERPRISE_TAGS)).max(ENTERPRISE_TAGS.length).optional(),
};

/** Institutes, platforms (and innovation centres, which had `level` before). */
export const ResearchProfile = {
  level: z.enum(ORGANISATION_LEVELS).optional(),
  foundedYear: Year.optional(),
};

/** A representative point, for the map a later issue draws. */
export const PlacePoint = {
  lon: z.number().min(-180).max(180).optional(),
  lat: z.number().min(-90).max(90).optional(),
};
