/**
 * `backstory`: the command line face of the same core the extension runs.
 *   backstory analyze [FILE|URL] [--json] [--offline] [--wikipedia-origin URL] [--wikidata-origin URL] [--dct YYYY-MM-DD]
 *   backstory ner --conll FILE
 *   backstory dates --dct YYYY-MM-DD FILE
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { analyzeText } from '../core/analyze';
import { createRecognizer } from '../core/ner';
import { lookupCards } from './cards';
import { runDates } from './dates-command';
import { formatAnalysis } from './format-analysis';
import { runNer } from './ner-command';
import { NoArticleError, readHtmlPage, readTextArticle, type PageRead } from './read-page';

/** The package root: the CLI runs bundled from dist/cli/ or as source from src/cli/, two levels down either way. */
const ROOT = new URL('../../', import.meta.url);
export const SAMPLE_ARTICLE = new URL('samples/lavrov-north-korea.html', ROOT);
export const MODEL_FILE = new URL('models/ner.json', ROOT);

export interface Io {
  readFile(path: string): Promise<string>;
  write(s: string): void;
  error(s: string): void;
  fetch: typeof fetch;
}

const nodeIo: Io = {
  readFile: async (path) => {
    const bytes = await readFile(path);
    return (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
  },
  write: (s) => void process.stdout.write(s),
  error: (s) => void process.stderr.write(s),
  fetch: (...args) => fetch(...args),
};

const USAGE = `Usage:
  backstory analyze [FILE|URL] [--json] [--offline] [--wikipedia-origin URL] [--wikidata-origin URL] [--dct YYYY-MM-DD]
      Analyse a news article (an HTML page, a URL, or a .txt file). Defaults to the bundled sample article.
      Only entity names are sent to Wikipedia/Wikidata for cards; --offline sends nothing.
  backstory ner --conll FILE        Tag a CoNLL-format file (token<TAB>IOB2 tag per line).
  backstory dates --dct DATE FILE   Resolve the date expressions in FILE (one JSON object a line).
`;

/** Run the CLI; returns the exit code. */
export async function main(argv: string[], io: Io = nodeIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'analyze':
        return await runAnalyze(rest, io);
      case 'ner':
        return await runNer(rest, { readFile: io.readFile, write: io.write });
      case 'dates':
        return await runDates(rest, { readFile: io.readFile, write: io.write });
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.write(USAGE);
        return command === undefined ? 2 : 0;
      default:
        io.error(`backstory: unknown command "${command}"\n\n${USAGE}`);
        return 2;
    }
  } catch (error) {
    io.error(`backstory: ${error instanceof Error ? error.message : String(error)}\n`);
    return error instanceof NoArticleError ? 3 : 1;
  }
}

async function runAnalyze(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      offline: { type: 'boolean', default: false },
      'wikipedia-origin': { type: 'string' },
      'wikidata-origin': { type: 'string' },
      dct: { type: 'string' },
      model: { type: 'string' },
    },
  });
  if (values.dct && !isCalendarDay(values.dct))
    throw new Error(`--dct wants a real day as YYYY-MM-DD, got "${values.dct}"`);
  const page = await readInput(positionals[0], io, values.dct);
  if (values.dct) page.published = { date: values.dct, source: 'given' };

  const recognizer = createRecognizer(await loadModel(io, values.model));
  const analysis = analyzeText(page, recognizer);
  const lookup = values.offline
    ? undefined
    : await lookupCards(analysis, {
        fetch: io.fetch,
        wikipediaOrigin: values['wikipedia-origin'] ?? 'https://en.wikipedia.org',
        wikidataOrigin: values['wikidata-origin'] ?? 'https://www.wikidata.org',
      });
  const cards = lookup?.cards;

  if (values.json) {
    const entities = analysis.entities.map((e) => {
      const card = cards?.get(e.id);
      return { ...e, ...(card ? { card } : {}) };
    });
    const lookups = lookup ? { requests: lookup.requests } : { offline: true };
    io.write(JSON.stringify({ ...analysis, entities, lookups }, null, 2) + '\n');
  } else io.write(formatAnalysis(analysis, cards));
  return 0;
}

/** `2018-05-30` yes; `2018-02-30` and `May 30` no. */
function isCalendarDay(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

async function readInput(input: string | undefined, io: Io, dct?: string): Promise<PageRead> {
  if (input && /^https?:\/\//.test(input)) {
    const response = await io.fetch(input);
    if (!response.ok) throw new Error(`Could not fetch ${input}: HTTP ${response.status}`);
    return readHtmlPage(await response.text(), input);
  }
  const path = input ?? decodeURIComponent(SAMPLE_ARTICLE.pathname);
  const content = await io.readFile(path);
  if (/\.txt(\.gz)?$/.test(path)) return readTextArticle(content, dct);
  return readHtmlPage(
    content,
    input
      ? undefined
      : 'https://www.nationalreview.com/news/russian-foreign-minister-will-visit-north-korea-for-talks/',
  );
}

/** The trained model's weights, or undefined (the rule-based recogniser then takes over). */
async function loadModel(io: Io, path?: string): Promise<unknown> {
  const file = path ?? decodeURIComponent(MODEL_FILE.pathname);
  if (!path && !existsSync(file)) return undefined;
  return JSON.parse(await io.readFile(file));
}
