import { z } from 'zod';
import { ImportMode } from './';

export const ImportQuery = z.object({
  mode: ImportMode.default('replace').describe('replace: delete every entity, then load the document / 替换：先清空再导入'),
});
