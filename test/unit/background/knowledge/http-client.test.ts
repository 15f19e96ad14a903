import { describe, expect, it } from 'vitest';
import {
  createHttpClient,
  parseRetryAfter,
  WikiRequestError,
} from '../../../../src/background/knowledge/http-client';

const json = (body: unknown, init: ResponseInit = {}) => new Response(JSON.stringify(body), init);

describe('background/knowledge/http-client', () => {
  it.each([
    ['seconds', '120', 120_000],
    ['zero', '0', 0],
    ['an HTTP date', 'Wed, 21 Oct 2015 07:28:30 GMT', 30_000],
    ['garbage', 'soon', undefined],
    ['nothing', null, undefined],
  ])('reads Retry-After given as %s', (_, header, expected) => {
    expect(parseRetryAfter(header, Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(expected);
  });

  it('keeps at most 3 requests in flight and sends the Api-User-Agent', async () => {
    let inFlight = 0;
    let most = 0;
    const agents: (string | null)[] = [];
    const client = createHttpClient({
      userAgent: 'Test/1',
      fetch: async (_url, init) => {
        agents.push(new Headers(init?.headers).get('Api-User-Agent'));
        most = Math.max(most, ++inFlight);
        await new Promise((r) => setTimeout(r, 5));
        inFlight--;
        return json({ ok: 1 });
      },
    });
    await Promise.all(Array.from({ length: 10 }, (_, i) => client.getJson(`https://x.test/${i}`)));
    expect(most).toBe(3);
    expect(client.sent).toBe(10);
    expect(new Set(agents)).toEqual(new Set(['Test/1']));
  });

  it('shares one request between callers of the same URL', async () => {
    let calls = 0;
    const client = createHttpClient({
      userAgent: 'Test/1',
      fetch: async () => {
        calls++;
        await new Promise((r) => setTimeout(r, 5));
        return json({ n: calls });
      },
    });
    const [a, b] = await Promise.all([
      client.getJson('https://x.test/a'),
      client.getJson('https://x.test/a'),
    ]);
    expect(a).toBe(b);
    expect(calls).toBe(1);
  });

  it('turns an API error in a 200 into a failure, maxlag into rate-limited', async () => {
    const client = (code: string) =>
      createHttpClient({
        userAgent: 'T',
        retries: 0,
        fetch: async () => json({ error: { code, info: 'x' } }),
      });
    await expect(client('badvalue').getJson('u')).rejects.toMatchObject({ kind: 'http' });
    await expect(client('maxlag').getJson('u')).rejects.toMatchObject({ kind: 'rate-limited' });
  });

  it('says offline for a network error, without retrying', async () => {
    let calls = 0;
    const client = createHttpClient({
      userAgent: 'T',
      fetch: async () => {
        calls++;
        throw new TypeError('Failed to fetch');
      },
    });
    const error = await client.getJson('u').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WikiRequestError);
    expect(error).toMatchObject({ kind: 'offline' });
    expect(calls).toBe(1);
  });
});
