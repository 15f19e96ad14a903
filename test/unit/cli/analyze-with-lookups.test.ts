import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_URL } from '../../../src/background/knowledge/user-agent';
import { main, type Io } from '../../../src/cli/main';
import { startWikiFixtureServer, type WikiFixtureServer } from '../../support/wiki-fixture-server';

let wiki: WikiFixtureServer;
beforeAll(async () => {
  wiki = await startWikiFixtureServer();
});
afterAll(() => wiki.close());

async function analyzeJson(): Promise<{
  entities: {
    name: string;
    card?: { status: string; card?: { qid?: string; facts: { label: string; value: string }[] } };
  }[];
  lookups: { requests: number };
}> {
  let out = '';
  const io: Io = {
    readFile: (p) => readFile(p, 'utf8'),
    write: (s) => void (out += s),
    error: () => undefined,
    fetch: (...args) => fetch(...args),
  };
  const code = await main(
    ['analyze', '--json', '--wikipedia-origin', wiki.origin, '--wikidata-origin', wiki.origin],
    io,
  );
  expect(code).toBe(0);
  return JSON.parse(out);
}

describe('cli: backstory analyze against a Wikipedia/Wikidata fixture server', () => {
  it('links the sample article’s people and places to the right items in at most 6 requests', async () => {
    const result = await analyzeJson();
    const qid = (name: string) => result.entities.find((e) => e.name === name)?.card?.card?.qid;
    expect({
      lavrov: qid('Sergey Lavrov'),
      kimJongUn: qid('Kim Jong Un'),
      kimYongChol: qid('Kim Yong Chol'),
      trump: qid('Trump'),
      pompeo: qid('Mike Pompeo'),
      putin: qid('Vladimir Putin'),
      northKorea: qid('North Korea'),
      singapore: qid('Singapore'),
    }).toEqual({
      lavrov: 'Q58217',
      kimJongUn: 'Q56226',
      kimYongChol: 'Q6410946',
      trump: 'Q22686',
      pompeo: 'Q473239',
      putin: 'Q7747',
      northKorea: 'Q423',
      singapore: 'Q334',
    });
    expect(result.lookups.requests).toBeLessThanOrEqual(6);
  });

  it('names itself to Wikimedia in User-Agent and Api-User-Agent, with the project’s URL, and sends maxlag', async () => {
    wiki.reset();
    await analyzeJson();
    expect(wiki.requests.length).toBeGreaterThan(0);
    for (const r of wiki.requests) {
      // Node's own User-Agent is only "node", which Wikimedia throttles or refuses.
      expect(r.headers['user-agent']).toMatch(/^Backstory-CLI\/\S+ \(/);
      expect(r.headers['user-agent']).toContain(PROJECT_URL);
      expect(r.headers['api-user-agent']).toBe(r.headers['user-agent']);
      expect(r.params.maxlag).toBe('5');
    }
  });

  it('shows Pompeo as Secretary of State as of the article’s date', async () => {
    const result = await analyzeJson();
    const facts = result.entities.find((e) => e.name === 'Mike Pompeo')?.card?.card?.facts ?? [];
    expect(facts.map((f) => `${f.label}: ${f.value}`).join('\n')).toMatch(/Secretary of State/);
  });
});
