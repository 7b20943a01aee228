import { ANY, rule } from '../auth/policy';
import type { Feature } from '../feature';
import { operations } from './openapi';
import { spreadsheetImportRouter } from './router';

export const importFeature: Feature = {
  name: 'import',
  mounts: [{ path: '/import', router: spreadsheetImportRouter }],
  operations,
  // Replacing the whole graph (POST /api/import exactly) is the exchange feature's stricter row.
  policy: [{ path: '/import', methods: ANY, rule: rule('editor', { en: 'importing', zh: '导入' }) }],
};
