/**
 * `backstory ner --conll FILE [--model PATH]`: tags a CoNLL-format file with the trained recogniser.
 * Input: the first whitespace-separated column of each line is the token (other columns ignored),
 * blank lines end sentences, `-DOCSTART-` lines end documents. Output: `token<TAB>tag` per line,
 * IOB2 tags PER/ORG/LOC/MISC or O; blank lines stay blank; `-DOCSTART-` comes back as `-DOCSTART-\tO`.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { parseModel, tagTokens, type NerModel } from '../core/ner/model';

export interface NerIo {
  readFile(path: string): Promise<string>;
  write(s: string): void;
}

/** models/ner.json, two folders up from both src/cli/ (tsx) and dist/cli/ (the bundle). */
export const DEFAULT_MODEL_PATH = fileURLToPath(new URL('../../models/ner.json', import.meta.url));

/** Sentences per pseudo-document when the input has no -DOCSTART- lines. */
const WINDOW_SENTENCES = 50;

const USAGE = 'Usage: backstory ner --conll FILE [--model PATH]\n';

/** Reads a file as text, gunzipping it if it is gzip (whether or not `io` already did). */
async function readInput(path: string, io: NerIo): Promise<string> {
  const text = await io.readFile(path);
  if (!path.endsWith('.gz') || text.charCodeAt(0) !== 0x1f) return text;
  return gunzipSync(await readFile(path)).toString('utf8');
}

type Line = { kind: 'token'; token: string } | { kind: 'blank' } | { kind: 'docstart' };

/** Tags one document's lines and returns their output, line for line. */
function tagDocument(model: NerModel, lines: readonly Line[]): string {
  const sentences: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line.kind === 'token') current.push(line.token);
    else if (current.length > 0) {
      sentences.push(current);
      current = [];
    }
  }
  if (current.length > 0) sentences.push(current);
  const tags = tagTokens(model, sentences);
  let s = 0;
  let i = 0;
  let out = '';
  for (const line of lines) {
    if (line.kind === 'token') {
      out += `${line.token}\t${tags[s]?.[i] ?? 'O'}\n`;
      i++;
      continue;
    }
    if (i > 0) {
      s++;
      i = 0;
    }
    out += line.kind === 'docstart' ? '-DOCSTART-\tO\n' : '\n';
  }
  return out;
}

/**
 * Runs `backstory ner`. Returns the exit code: 0 on success, 2 on bad arguments or an unreadable model.
 */
export async function runNer(args: string[], io: NerIo): Promise<number> {
  let input: string | undefined;
  let modelPath = DEFAULT_MODEL_PATH;
  for (let a = 0; a < args.length; a++) {
    if (args[a] === '--conll') input = args[++a];
    else if (args[a] === '--model') modelPath = args[++a] ?? modelPath;
    else if (input === undefined && !args[a]?.startsWith('-')) input = args[a];
  }
  if (!input) {
    io.write(USAGE);
    return 2;
  }
  const model = parseModel(JSON.parse(await io.readFile(modelPath)));
  const text = await readInput(input, io);
  const rawLines = text.split(/\r?\n/);
  if (rawLines[rawLines.length - 1] === '') rawLines.pop();
  // Without -DOCSTART- lines a file may still hold many stories, and evidence from one story misleads
  // the next; windows of WINDOW_SENTENCES sentences keep most of the document benefit (eng.testa
  // without its -DOCSTART- lines: whole file as one document 91.8 F1, 50-sentence windows 93.0).
  const hasDocuments = rawLines.some((line) => line.trimStart().startsWith('-DOCSTART-'));
  let doc: Line[] = [];
  let sentences = 0;
  for (const raw of rawLines) {
    const token = raw.trim().split(/\s+/)[0] ?? '';
    if (token === '-DOCSTART-') {
      if (doc.length > 0) io.write(tagDocument(model, doc));
      doc = [{ kind: 'docstart' }];
    } else if (token === '') {
      const endsSentence = doc.length > 0 && doc[doc.length - 1]?.kind === 'token';
      doc.push({ kind: 'blank' });
      if (endsSentence && ++sentences % WINDOW_SENTENCES === 0 && !hasDocuments) {
        io.write(tagDocument(model, doc));
        doc = [];
      }
    } else doc.push({ kind: 'token', token });
  }
  if (doc.length > 0) io.write(tagDocument(model, doc));
  return 0;
}
