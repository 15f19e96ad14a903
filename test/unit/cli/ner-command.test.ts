import { mkdtempSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { runNer } from '../../../src/cli/ner-command';

const input = [
  '-DOCSTART- -X- O O',
  '',
  'Sergey NNP I-NP I-PER',
  'Lavrov NNP I-NP I-PER',
  'visited VBD I-VP O',
  'North NNP I-NP I-LOC',
  'Korea NNP I-NP I-LOC',
  '. . O O',
  '',
  '-DOCSTART- -X- O O',
  '',
  'Mike',
  'Pompeo',
  'met',
  'Kim',
  'Yong',
  'Chol',
  'in',
  'New',
  'York',
  '.',
  '',
].join('\n');

async function run(
  args: string[],
  files: Record<string, string> = {},
): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await runNer(args, {
    readFile: async (path) => files[path] ?? (await readFile(path)).toString('utf8'),
    write: (s) => void (out += s),
  });
  return { code, out };
}

describe('cli/ner-command', () => {
  it('writes token<TAB>tag for every line, keeping blank lines and -DOCSTART- lines in place', async () => {
    const { code, out } = await run(['--conll', 'in.conll'], { 'in.conll': input });
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines.length).toBe(input.split('\n').length);
    expect(lines.slice(0, 9)).toEqual([
      '-DOCSTART-\tO',
      '',
      'Sergey\tB-PER',
      'Lavrov\tI-PER',
      'visited\tO',
      'North\tB-LOC',
      'Korea\tI-LOC',
      '.\tO',
      '',
    ]);
    expect(lines.slice(11, 22)).toEqual([
      'Mike\tB-PER',
      'Pompeo\tI-PER',
      'met\tO',
      'Kim\tB-PER',
      'Yong\tI-PER',
      'Chol\tI-PER',
      'in\tO',
      'New\tB-LOC',
      'York\tI-LOC',
      '.\tO',
      '',
    ]);
  });

  it('keeps every line in place when a long file has no -DOCSTART- lines (tagged in windows)', async () => {
    const sentence = ['Mike', 'Pompeo', 'visited', 'Beijing', '.', ''];
    // 120 sentences, each followed by a blank line; the file ends with a newline.
    const long = `${Array.from({ length: 120 }, () => sentence)
      .flat()
      .join('\n')}\n`;
    const { code, out } = await run(['--conll', 'long.conll'], { 'long.conll': long });
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines.slice(0, -1)).toHaveLength(120 * 6);
    lines.slice(0, -1).forEach((line, i) => {
      const word = sentence[i % 6]!;
      expect(line.split('\t')[0]).toBe(word);
      if (word === '') expect(line).toBe('');
    });
    expect(lines.filter((l) => l === 'Beijing\tB-LOC')).toHaveLength(120);
  });

  it('reads gzipped input', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ner-'));
    const path = join(dir, 'in.conll.gz');
    writeFileSync(path, gzipSync(input));
    const plain = await run(['--conll', 'in.conll'], { 'in.conll': input });
    expect((await run(['--conll', path])).out).toBe(plain.out);
  });

  it('prints usage and exits 2 without a file', async () => {
    const { code, out } = await run([]);
    expect(code).toBe(2);
    expect(out).toMatch(/Usage/);
  });

  it('fails clearly on a file that is not a model', async () => {
    await expect(
      run(['--conll', 'in.conll', '--model', 'bad.json'], { 'in.conll': input, 'bad.json': '{}' }),
    ).rejects.toThrow(/Not a Backstory NER model/);
  });
});
