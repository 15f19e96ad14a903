/** The project's reference article (../shared/seed/article.txt), read once for the core specs. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SAMPLE_TEXT = readFileSync(
  fileURLToPath(new URL('../../../../shared/seed/article.txt', import.meta.url)),
  'utf8',
);
export const SAMPLE_DCT = '2018-05-30';
