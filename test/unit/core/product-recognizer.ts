/** The recogniser the product ships: the committed model through `createRecognizer`. */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRecognizer } from '../../../src/core/ner';
import type { Recognizer } from '../../../src/core/types';

const MODEL = fileURLToPath(new URL('../../../models/ner.json', import.meta.url));

export function loadProductRecognizer(): Recognizer {
  return createRecognizer(existsSync(MODEL) ? JSON.parse(readFileSync(MODEL, 'utf8')) : undefined);
}
