import { describe, expect, it } from 'vitest';
import { runDates } from '../../../src/cli/dates-command';

function harness(files: Record<string, string>) {
  const out: string[] = [];
  return {
    out,
    io: {
      readFile: async (path: string) => {
        const text = files[path];
        if (text === undefined) throw new Error('ENOENT');
        return text;
      },
      write: (s: string) => void out.push(s),
    },
  };
}

describe('cli/dates-command', () => {
  it('prints one JSON line per date, resolved against --dct', async () => {
    const { io, out } = harness({
      'a.txt': 'The minister will visit on Thursday, the ministry said on Wednesday.',
    });
    expect(await runDates(['--dct', '2018-05-30', 'a.txt'], io)).toBe(0);
    const lines = out
      .join('')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toEqual([
      { start: 27, end: 35, text: 'Thursday', value: '2018-05-31' },
      { start: 58, end: 67, text: 'Wednesday', value: '2018-05-30' },
    ]);
  });

  it.each([
    [['a.txt']],
    [['--dct', '30/05/2018', 'a.txt']],
    [['--dct', '2018-02-30', 'a.txt']],
    [['--dct', '2018-05-30']],
  ])('exits 2 with usage for bad arguments %j', async (args) => {
    const { io, out } = harness({ 'a.txt': '' });
    expect(await runDates(args, io)).toBe(2);
    expect(out.join('')).toMatch(/^usage:/);
  });

  it('exits 1 when the file cannot be read', async () => {
    const { io } = harness({});
    expect(await runDates(['--dct', '2018-05-30', 'missing.txt'], io)).toBe(1);
  });
});
