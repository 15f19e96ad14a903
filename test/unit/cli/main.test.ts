import { readFile } from 'node:fs/promises';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, type Io } from '../../../src/cli/main';

interface Captured extends Io {
  out: string;
  err: string;
  fetched: string[];
}

function fakeIo(): Captured {
  const io: Captured = {
    out: '',
    err: '',
    fetched: [],
    readFile: (path) => readFile(path, 'utf8'),
    write: (s) => void (io.out += s),
    error: (s) => void (io.err += s),
    fetch: async (input) => {
      io.fetched.push(String(input));
      throw new Error('the network is not reachable in tests');
    },
  };
  return io;
}

describe('cli: backstory analyze', () => {
  it('analyses the bundled sample article by default and prints entities by type, then the timeline', async () => {
    const io = fakeIo();
    expect(await main(['analyze', '--offline'], io)).toBe(0);
    expect(io.out).toMatch(
      /^Russian Foreign Minister Will Visit North Korea for Talks\nNational Review · published 2018-05-30 \(from json-ld\)/,
    );
    expect(io.out).toMatch(/People \(\d+\)\n/);
    expect(io.out).toMatch(/Sergey Lavrov — 1 mention\n\s+the article says: Russian foreign minister/);
    expect(io.out).toMatch(/Places \(\d+\)[\s\S]*North Korea — 7 mentions/);
    expect(io.out).toMatch(/Timeline \(\d+\)\n\s+May 2018\s+Trump called off the summit/);
    expect(io.out).toMatch(
      /12 June 2018\s+Singapore summit: Trump and Kim Jong Un \[central event, scheduled\]/,
    );
    expect(io.fetched).toEqual([]);
  });

  it('says once, not under every entity, when Wikipedia cannot be reached', async () => {
    const io = fakeIo();
    expect(await main(['analyze'], io)).toBe(0);
    expect(io.fetched.length).toBeGreaterThan(0);
    expect(io.out.match(/Wikipedia could not be reached/g)).toHaveLength(1);
    expect(io.out).not.toMatch(/Wikipedia: offline/);
    expect(io.out).toMatch(/Sergey Lavrov — 1 mention/);
  });

  it('sends nothing anywhere with --offline', async () => {
    const io = fakeIo();
    await main(['analyze', '--offline', '--json'], io);
    expect(io.fetched).toEqual([]);
  });

  it('prints JSON with --json: every entity with its id, type, mentions and descriptions', async () => {
    const io = fakeIo();
    expect(await main(['analyze', '--offline', '--json'], io)).toBe(0);
    const analysis = JSON.parse(io.out);
    expect(analysis.published).toEqual({ date: '2018-05-30', raw: expect.any(String), source: 'json-ld' });
    const kim = analysis.entities.find((e: { name: string }) => e.name === 'Kim Yong Chol');
    expect(kim).toMatchObject({
      type: 'person',
      id: 'person-kim-yong-chol',
      descriptions: ['a top aide to Kim Jong Un'],
    });
    expect(analysis.timeline.map((t: { date: string }) => t.date)).toContain('2018-06-12');
  });

  it('reads a plain-text article with --dct', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'backstory-'));
    const file = join(dir, 'a.txt');
    await writeFile(file, 'Merkel in Paris\n\nAngela Merkel will visit Paris on Friday.\n');
    const io = fakeIo();
    expect(await main(['analyze', file, '--offline', '--json', '--dct', '2020-01-01'], io)).toBe(0);
    const analysis = JSON.parse(io.out);
    expect(analysis.entities.map((e: { name: string }) => e.name).sort()).toEqual(['Angela Merkel', 'Paris']);
    expect(analysis.timeline[0]).toMatchObject({ date: '2020-01-03', status: 'scheduled' });
  });

  it('says clearly when a page has no article, and exits 3', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'backstory-'));
    const file = join(dir, 'empty.html');
    await writeFile(file, '<html><body><nav><a href="/">Home</a></nav></body></html>');
    const io = fakeIo();
    expect(await main(['analyze', file, '--offline'], io)).toBe(3);
    expect(io.err).toMatch(/No article found/);
  });

  it('reports a missing file without a stack trace', async () => {
    const io = fakeIo();
    expect(await main(['analyze', '/nonexistent/page.html', '--offline'], io)).toBe(1);
    expect(io.err).toMatch(/^backstory: ENOENT/);
  });

  it.each(['May 30', '2018-02-30', '2018-13-01'])(
    'rejects --dct %s, which is not a real day',
    async (dct) => {
      const io = fakeIo();
      expect(await main(['analyze', '--dct', dct, '--offline'], io)).toBe(1);
      expect(io.err).toMatch(/--dct wants a real day as YYYY-MM-DD/);
    },
  );

  it('prints usage for an unknown command', async () => {
    const io = fakeIo();
    expect(await main(['frobnicate'], io)).toBe(2);
    expect(io.err).toMatch(/unknown command "frobnicate"[\s\S]*Usage:/);
  });
});

describe('cli: backstory dates', () => {
  it('prints one JSON object a line with offsets and TIMEX3 values', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'backstory-'));
    const file = join(dir, 'd.txt');
    const text = 'The minister will visit on Thursday, officials said on Wednesday.';
    await writeFile(file, text);
    const io = fakeIo();
    expect(await main(['dates', '--dct', '2018-05-30', file], io)).toBe(0);
    const lines = io.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toEqual([
      {
        start: text.indexOf('Thursday'),
        end: text.indexOf('Thursday') + 8,
        text: 'Thursday',
        value: '2018-05-31',
      },
      {
        start: text.indexOf('Wednesday'),
        end: text.indexOf('Wednesday') + 9,
        text: 'Wednesday',
        value: '2018-05-30',
      },
    ]);
  });
});

describe('cli: backstory ner', () => {
  it('tags a CoNLL file line by line in IOB2, keeping blank lines and -DOCSTART-', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'backstory-'));
    const file = join(dir, 'n.conll');
    await writeFile(
      file,
      '-DOCSTART- -X- O O\n\nSergey NNP\nLavrov NNP\nvisited VBD\nPyongyang NNP\n. .\n\nPutin NNP\nspoke VBD\n',
    );
    const io = fakeIo();
    expect(await main(['ner', '--conll', file], io)).toBe(0);
    const lines = io.out.split('\n');
    expect(lines).toHaveLength(11);
    expect([lines[0], lines[1], lines[7], lines[10]]).toEqual(['-DOCSTART-\tO', '', '', '']);
    expect(lines.slice(2, 4)).toEqual(['Sergey\tB-PER', 'Lavrov\tI-PER']);
    const tokens = ['Sergey', 'Lavrov', 'visited', 'Pyongyang', '.', '', 'Putin', 'spoke'];
    lines.slice(2, 10).forEach((line, i) => {
      if (tokens[i] === '') expect(line).toBe('');
      else
        expect(line).toMatch(new RegExp(`^${tokens[i]!.replace('.', '\\.')}\t(O|[BI]-(PER|ORG|LOC|MISC))$`));
    });
  });
});
