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

  describe('a Retry-After too long to sit out', () => {
    function rateLimitedOnce(seconds: number) {
      const urls: string[] = [];
      let t = 1_000_000;
      const client = createHttpClient({
        userAgent: 'T',
        sleep: async () => undefined,
        now: () => t,
        fetch: async (url) => {
          urls.push(url);
          return urls.length === 1
            ? json({}, { status: 429, headers: { 'Retry-After': String(seconds) } })
            : json({ ok: 1 });
        },
      });
      return { client, urls, advance: (ms: number) => void (t += ms) };
    }

    it('fails every later request to that origin at once, unsent, saying how long is left', async () => {
      const { client, urls, advance } = rateLimitedOnce(3600);
      await expect(client.getJson('https://en.wiki.test/a')).rejects.toMatchObject({
        kind: 'rate-limited',
        retryAfterMs: 3_600_000,
      });
      advance(600_000);
      await expect(client.getJson('https://en.wiki.test/b')).rejects.toMatchObject({
        kind: 'rate-limited',
        retryAfterMs: 3_000_000,
      });
      expect(urls).toEqual(['https://en.wiki.test/a']);
    });

    it('still lets requests to another origin go out', async () => {
      const { client, urls } = rateLimitedOnce(3600);
      await client.getJson('https://en.wiki.test/a').catch(() => undefined);
      await expect(client.getJson('https://data.wiki.test/q')).resolves.toEqual({ ok: 1 });
      expect(urls).toEqual(['https://en.wiki.test/a', 'https://data.wiki.test/q']);
    });

    it('asks the origin again once the time the server named has passed', async () => {
      const { client, urls, advance } = rateLimitedOnce(3600);
      await client.getJson('https://en.wiki.test/a').catch(() => undefined);
      advance(3_600_000);
      await expect(client.getJson('https://en.wiki.test/b')).resolves.toEqual({ ok: 1 });
      expect(urls).toHaveLength(2);
    });

    it('holds back requests that were already waiting for a free slot', async () => {
      const urls: string[] = [];
      const client = createHttpClient({
        userAgent: 'T',
        maxInFlight: 1,
        sleep: async () => undefined,
        fetch: async (url) => {
          urls.push(url);
          return json({}, { status: 429, headers: { 'Retry-After': '3600' } });
        },
      });
      const results = await Promise.allSettled(
        ['a', 'b', 'c'].map((path) => client.getJson(`https://en.wiki.test/${path}`)),
      );
      expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
      expect(urls).toEqual(['https://en.wiki.test/a']);
    });
  });

  describe('a caller that gives up', () => {
    it('never sends the requests still waiting for a slot, and cancels the one on the wire', async () => {
      const urls: string[] = [];
      const client = createHttpClient({
        userAgent: 'T',
        maxInFlight: 1,
        fetch: (url, init) => {
          urls.push(url);
          // Answers only when cancelled, like a slow server.
          return new Promise((_, reject) =>
            init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
          );
        },
      });
      const controller = new AbortController();
      const requests = ['a', 'b', 'c'].map((path) =>
        client.getJson(`https://en.wiki.test/${path}`, controller.signal),
      );
      await new Promise((r) => setTimeout(r, 5));
      controller.abort();
      const results = await Promise.allSettled(requests);
      expect(results).toEqual(
        results.map(() => ({ status: 'rejected', reason: expect.objectContaining({ kind: 'aborted' }) })),
      );
      expect(urls).toEqual(['https://en.wiki.test/a']);
    });

    it('sends nothing for a signal that was already aborted', async () => {
      let calls = 0;
      const client = createHttpClient({ userAgent: 'T', fetch: async () => (calls++, json({})) });
      await expect(client.getJson('https://en.wiki.test/a', AbortSignal.abort())).rejects.toMatchObject({
        kind: 'aborted',
      });
      expect(calls).toBe(0);
    });

    it('does not retry once called off', async () => {
      let calls = 0;
      const controller = new AbortController();
      const client = createHttpClient({
        userAgent: 'T',
        sleep: async () => controller.abort(),
        fetch: async () => (calls++, json({}, { status: 503 })),
      });
      await expect(client.getJson('https://en.wiki.test/a', controller.signal)).rejects.toMatchObject({
        kind: 'aborted',
      });
      expect(calls).toBe(1);
    });
  });
});

describe('background/knowledge/http-client etiquette', () => {
  /** A client on a fake clock whose sleeps advance it, recording every wait. */
  function onFakeClock(answer: (url: string, n: number) => Response, options = {}) {
    let t = 0;
    const sleeps: number[] = [];
    const sent: { url: string; at: number; headers: Headers }[] = [];
    const client = createHttpClient({
      userAgent: 'Backstory-Test/1 (https://example.test/backstory)',
      now: () => t,
      sleep: async (ms) => {
        sleeps.push(ms);
        t += ms;
      },
      fetch: async (url, init) => {
        sent.push({ url, at: t, headers: new Headers(init?.headers) });
        return answer(url, sent.length);
      },
      ...options,
    });
    return { client, sleeps, sent };
  }
  const lagged = (retryAfter?: string) =>
    json(
      { error: { code: 'maxlag', info: 'Waiting for db1: 7 seconds lagged', lag: 7 } },
      { headers: retryAfter ? { 'Retry-After': retryAfter } : {} },
    );

  it('waits at least 5 s after a maxlag error before asking again', async () => {
    const { client, sent } = onFakeClock((_u, n) => (n === 1 ? lagged('1') : json({ ok: 1 })));
    await expect(client.getJson('https://w.test/a')).resolves.toEqual({ ok: 1 });
    expect(sent.map((s) => s.at)).toEqual([0, 5000]);
  });

  it('honours a Retry-After longer than 5 s on maxlag and ratelimited errors', async () => {
    const { client, sent } = onFakeClock((_u, n) =>
      n === 1
        ? json({ error: { code: 'ratelimited', info: 'slow down' } }, { headers: { 'Retry-After': '8' } })
        : json({ ok: 1 }),
    );
    await client.getJson('https://w.test/a');
    expect(sent.map((s) => s.at)).toEqual([0, 8000]);
  });

  it('pauses the whole origin on Retry-After: a request queued behind waits too', async () => {
    const { client, sent } = onFakeClock((url) =>
      url.endsWith('/a') && sent.length === 1 ? lagged() : json({ ok: 1 }),
    );
    await client.getJson('https://w.test/a');
    await client.getJson('https://w.test/b');
    await client.getJson('https://other.test/c');
    // b went out no sooner than the pause a asked for; another origin was never held.
    expect(sent.map((s) => [new URL(s.url).pathname, s.at])).toEqual([
      ['/a', 0],
      ['/a', 5000],
      ['/b', 5000],
      ['/c', 5000],
    ]);
  });

  it('sends User-Agent as well when asked (the CLI), always with the contact URL', async () => {
    const { client, sent } = onFakeClock(() => json({ ok: 1 }), { setUserAgentHeader: true });
    await client.getJson('https://w.test/a');
    expect(sent[0]?.headers.get('User-Agent')).toContain('https://example.test/backstory');
    expect(sent[0]?.headers.get('Api-User-Agent')).toContain('https://example.test/backstory');
  });

  it('refuses an answer whose Content-Length is over the cap, without reading it', async () => {
    const { client } = onFakeClock(
      () => new Response('{"x":1}', { headers: { 'Content-Length': String(50_000_000) } }),
      { maxResponseBytes: 1000 },
    );
    await expect(client.getJson('https://w.test/a')).rejects.toMatchObject({ kind: 'too-large' });
  });

  it('refuses an answer that grows over the cap while streaming, with no Content-Length', async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(1024).fill(32));
      },
    });
    const { client } = onFakeClock(() => new Response(endless), { maxResponseBytes: 10_000 });
    await expect(client.getJson('https://w.test/a')).rejects.toMatchObject({ kind: 'too-large' });
    expect(pulled).toBeLessThan(20);
  });

  it('reads a 429 answered in HTML (no CORS headers, no JSON) as rate limited, not malformed', async () => {
    const { client } = onFakeClock(
      () =>
        new Response('<!DOCTYPE html><title>Too many requests</title>', {
          status: 429,
          headers: { 'Content-Type': 'text/html', 'Retry-After': '3600' },
        }),
    );
    await expect(client.getJson('https://w.test/a')).rejects.toMatchObject({
      kind: 'rate-limited',
      retryAfterMs: 3_600_000,
    });
  });

  describe('a refusal the browser shows as a network error (no CORS headers)', () => {
    // A fetch in CORS mode: the status is never seen, only a TypeError.
    const refusing = (origin: string, online = true) => {
      let t = 0;
      const sent: { url: string; at: number }[] = [];
      let refuse = true;
      const client = createHttpClient({
        userAgent: 'Test/1',
        now: () => t,
        sleep: async (ms) => {
          t += ms;
        },
        isOnline: () => online,
        fetch: async (url) => {
          sent.push({ url, at: t });
          if (refuse && url.startsWith(origin)) throw new TypeError('Failed to fetch');
          return json({ ok: 1 });
        },
      });
      return {
        client,
        sent,
        at: (ms: number) => {
          t = ms;
        },
        refuse: (on: boolean) => {
          refuse = on;
        },
      };
    };

    it('pauses the whole origin after one: the next requests fail unsent, as offline, with the time left', async () => {
      const { client, sent, at } = refusing('https://w.test');
      await expect(client.getJson('https://w.test/a')).rejects.toMatchObject({ kind: 'offline' });
      at(1000);
      await expect(client.getJson('https://w.test/b')).rejects.toMatchObject({
        kind: 'offline',
        retryAfterMs: 4000,
      });
      expect(sent.map((s) => s.url)).toEqual(['https://w.test/a']);
    });

    it('pauses only that origin', async () => {
      const { client, sent } = refusing('https://w.test');
      await expect(client.getJson('https://w.test/a')).rejects.toMatchObject({ kind: 'offline' });
      await expect(client.getJson('https://data.test/a')).resolves.toEqual({ ok: 1 });
      expect(sent).toHaveLength(2);
    });

    it('backs off while the refusals go on (5 s, 10 s, 20 s), and starts over once the origin answers', async () => {
      const { client, sent, at, refuse } = refusing('https://w.test');
      const ask = (path: string) => client.getJson(`https://w.test/${path}`).catch(() => undefined);
      for (const [time, path] of [
        [0, 'a'],
        [4_999, 'b'],
        [5_000, 'c'],
        [14_999, 'd'],
        [15_000, 'e'],
        [34_999, 'f'],
        [35_000, 'g'],
      ] as const) {
        at(time);
        await ask(path);
      }
      expect(sent.map((s) => s.at)).toEqual([0, 5_000, 15_000, 35_000]);
      refuse(false);
      at(115_000);
      await expect(client.getJson('https://w.test/h')).resolves.toEqual({ ok: 1 });
      // Answered: the next refusal pauses for 5 s again, not for the next step of the old backoff.
      refuse(true);
      sent.length = 0;
      for (const [time, path] of [
        [120_000, 'i'],
        [125_000, 'j'],
      ] as const) {
        at(time);
        await ask(path);
      }
      expect(sent.map((s) => s.at)).toEqual([120_000, 125_000]);
    });

    it('pauses nothing when the device itself is offline', async () => {
      const { client, sent } = refusing('https://w.test', false);
      await expect(client.getJson('https://w.test/a')).rejects.toMatchObject({ kind: 'offline' });
      await expect(client.getJson('https://w.test/b')).rejects.toMatchObject({ kind: 'offline' });
      expect(sent).toHaveLength(2);
    });
  });

  describe('images', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    const imageClient = (response: () => Response, urls: string[] = []) =>
      createHttpClient({
        userAgent: 'Test/1',
        sleep: async () => undefined,
        fetch: async (url, init) => {
          urls.push(`${url} ${new Headers(init?.headers).get('Accept')}`);
          return response();
        },
      });

    it('hands a picture over as a data URL, asking only for raster types', async () => {
      const urls: string[] = [];
      const client = imageClient(() => new Response(png, { headers: { 'Content-Type': 'image/png' } }), urls);
      const dataUrl = await client.getImageDataUrl('https://upload.test/a.png', 1000);
      expect(dataUrl).toBe(`data:image/png;base64,${Buffer.from(png).toString('base64')}`);
      expect(urls).toEqual(['https://upload.test/a.png image/png, image/jpeg, image/gif, image/webp']);
    });

    it.each([
      ['an SVG (a document, not a picture)', 'image/svg+xml', png, 'malformed'],
      ['an HTML error page', 'text/html', png, 'malformed'],
      ['a body over the cap', 'image/jpeg', new Uint8Array(2000), 'too-large'],
    ])('refuses %s', async (_what, type, body, kind) => {
      const client = imageClient(() => new Response(body, { headers: { 'Content-Type': type } }));
      await expect(client.getImageDataUrl('https://upload.test/a', 1000)).rejects.toMatchObject({ kind });
    });
  });
});
