/**
 * The one way the knowledge layer talks to Wikipedia and Wikidata: GET a URL, get JSON back.
 * It enforces the network discipline Wikimedia asks of API clients
 * (https://www.mediawiki.org/wiki/API:Etiquette): few requests in flight, an `Api-User-Agent`,
 * exponential backoff on server errors, `Retry-After` on 429, a timeout on every request, and one
 * shared request when several callers want the same URL at once. A `Retry-After` too long to sit
 * out blocks the whole origin until it has passed: every request to it fails at once, unsent.
 *
 * A refusal a browser hides: Wikimedia's edge answers a 429 (or 403) in HTML without CORS headers,
 * so a fetch in CORS mode (the extension without host access to the wikis) sees only a network
 * error, with no status and no `Retry-After`. When the device is online, such an error pauses the
 * whole origin with a backoff (5 s, doubling to 5 min while it goes on; an answer resets it), so
 * the requests of every tab fail unsent meanwhile instead of each retrying on its own. A real
 * outage is held the same way, which costs nothing: its requests would fail anyway.
 */

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/** Why a request failed, in terms the UI can turn into a CardState. */
export type RequestFailure =
  | 'offline'
  | 'timeout'
  | 'rate-limited'
  | 'server'
  | 'malformed'
  | 'http'
  /** The answer was larger than the client accepts (`maxResponseBytes`): refused, never parsed. */
  | 'too-large'
  /** The caller gave up (lookups switched off, the language or origins changed): nothing more goes out. */
  | 'aborted';

export class WikiRequestError extends Error {
  override name = 'WikiRequestError';
  constructor(
    readonly kind: RequestFailure,
    message: string,
    /** For `rate-limited`: how long the server asked us to wait. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

export interface HttpClientOptions {
  fetch: FetchLike;
  /** Sent as `Api-User-Agent` (browsers do not let extensions set `User-Agent`). */
  userAgent: string;
  /**
   * Also send it as `User-Agent`, as Wikimedia's User-Agent policy asks of scripts: the CLI does
   * (Node's default is `node`); a browser would refuse the header.
   */
  setUserAgentHeader?: boolean;
  /** Answers larger than this are refused, from `Content-Length` or while they stream in. */
  maxResponseBytes?: number;
  maxInFlight?: number;
  timeoutMs?: number;
  /** Retries after the first attempt, for 429, 5xx and timeouts. */
  retries?: number;
  /** First backoff delay; doubles on every retry. */
  backoffMs?: number;
  /**
   * A `Retry-After` longer than this fails at once instead of stalling a hover card, and every
   * request to that origin then fails unsent until the time the server named.
   */
  maxRetryAfterMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** The clock `Retry-After` is measured on. Default `Date.now`. */
  now?: () => number;
  /**
   * Whether the device has a network (default: `navigator.onLine`, true where there is none). A
   * network error while offline is the device's, not the server's refusal: it pauses nothing.
   */
  isOnline?: () => boolean;
}

/** The first pause after a network error from an origin while online, doubling while they go on. */
export const UNREACHABLE_PAUSE_MS = 5000;
export const MAX_UNREACHABLE_PAUSE_MS = 5 * 60_000;

const defaultIsOnline = (): boolean =>
  typeof navigator === 'undefined' || (navigator as { onLine?: boolean }).onLine !== false;

export interface HttpClient {
  /**
   * GET `url` and parse JSON. Rejects only with `WikiRequestError`. Once `signal` aborts, a request
   * still waiting for a slot or a retry is never sent, and one on the wire is cancelled (`aborted`).
   * Callers of the same URL share one request, and so share the first caller's signal.
   */
  getJson(url: string, signal?: AbortSignal): Promise<unknown>;
  /**
   * GET a raster image (PNG, JPEG, GIF, WebP) and return it as a `data:` URL, under the same
   * limiter, retries, origin pauses and timeout as `getJson`, and at most `maxBytes` large. Anything
   * else (SVG, HTML, a larger body) is refused with a `WikiRequestError`.
   */
  getImageDataUrl(url: string, maxBytes: number, signal?: AbortSignal): Promise<string>;
  /** Requests actually sent (retries included), for tests and the CLI's report. */
  readonly sent: number;
}

/** Image types a card shows. SVG is left out: it is a document, not a picture. */
const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'];

/** The body as bytes, refused as soon as it is known to be over `max` bytes (see `boundedText`). */
export async function boundedBytes(response: Response, max: number): Promise<Uint8Array> {
  const tooLarge = (): WikiRequestError =>
    new WikiRequestError('too-large', `The answer was larger than ${max} bytes`);
  const declared = Number(response.headers.get('Content-Length'));
  if (Number.isFinite(declared) && declared > max) {
    void response.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  if (!response.body) {
    const all = new Uint8Array(await response.arrayBuffer());
    if (all.byteLength > max) throw tooLarge();
    return all;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.byteLength;
  }
  return all;
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** Wikimedia's maxlag manual asks clients to wait at least this long after a lag error. */
export const MIN_LAG_WAIT_MS = 5000;

/** Big items with only one language and one sitelink are well under this; anything larger is wrong. */
export const DEFAULT_MAX_RESPONSE_BYTES = 8 * 1024 * 1024;

const abortedError = (): WikiRequestError => new WikiRequestError('aborted', 'The lookup was called off');

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** `Retry-After` is either delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null, nowMs: number): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

/** A counting semaphore: at most `limit` tasks run at once, the rest wait in order. */
function createLimiter(limit: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (task) => {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await task();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}

/**
 * The body as text, refused as soon as it is known to be over `max` bytes: from `Content-Length`,
 * or while it streams in (a server may send none, or lie).
 */
export async function boundedText(response: Response, max: number): Promise<string> {
  return new TextDecoder().decode(await boundedBytes(response, max));
}

export function createHttpClient(options: HttpClientOptions): HttpClient {
  const {
    fetch: fetchFn,
    userAgent,
    setUserAgentHeader = false,
    maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES,
    maxInFlight = 3,
    timeoutMs = 8000,
    retries = 2,
    backoffMs = 400,
    maxRetryAfterMs = 10_000,
    sleep = defaultSleep,
    now = Date.now,
    isOnline = defaultIsOnline,
  } = options;
  const limit = createLimiter(maxInFlight);
  const inFlight = new Map<string, Promise<unknown>>();
  // Per origin, the time before which the server asked to hear nothing from us. Wikipedia and
  // Wikidata are separate origins: a 429 from one does not silence the other.
  const blockedUntil = new Map<string, number>();
  // Per origin, a short pause a Retry-After asked for: every queued request of that origin waits
  // it out, not only the one that was told.
  const pausedUntil = new Map<string, number>();
  const pauseOrigin = (url: string, ms: number): void => {
    const origin = originOf(url);
    pausedUntil.set(origin, Math.max(pausedUntil.get(origin) ?? 0, now() + ms));
  };
  // Per origin, after network errors while online (a refusal without CORS headers, see above): the
  // time before which its requests fail unsent, and how many pauses in a row it has had.
  const unreachable = new Map<string, { until: number; pauses: number }>();
  const noteUnreachable = (origin: string): void => {
    const known = unreachable.get(origin);
    // Requests already on the wire when the pause began fail too: they do not lengthen it.
    if (known && known.until > now()) return;
    const pauses = (known?.pauses ?? 0) + 1;
    const pause = Math.min(MAX_UNREACHABLE_PAUSE_MS, UNREACHABLE_PAUSE_MS * 2 ** (pauses - 1));
    unreachable.set(origin, { until: now() + pause, pauses });
  };
  let sent = 0;

  const originOf = (url: string): string => {
    try {
      return new URL(url).origin;
    } catch {
      return url;
    }
  };

  /** Fail unsent while the origin is blocked, with the time left, so the caller can wait that long. */
  const checkNotBlocked = (origin: string): void => {
    const until = blockedUntil.get(origin);
    if (until === undefined) return;
    const left = until - now();
    if (left <= 0) {
      blockedUntil.delete(origin);
      return;
    }
    throw new WikiRequestError('rate-limited', 'Wikimedia asked us to wait before asking again (429)', left);
  };

  /** Fail unsent while the origin is paused after a network error, with the time left. */
  const checkReachable = (origin: string): void => {
    const left = (unreachable.get(origin)?.until ?? 0) - now();
    if (left > 0) throw new WikiRequestError('offline', 'Wikipedia could not be reached a moment ago', left);
  };

  /** One attempt. Returns the parsed body, or a failure and whether trying again could help. */
  const attempt = async (
    url: string,
    signal: AbortSignal | undefined,
    image?: { maxBytes: number },
  ): Promise<unknown> => {
    if (signal?.aborted) throw abortedError();
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    const cancel = (): void => controller.abort();
    signal?.addEventListener('abort', cancel, { once: true });
    sent++;
    let response: Response;
    try {
      response = await fetchFn(url, {
        headers: {
          'Api-User-Agent': userAgent,
          ...(setUserAgentHeader ? { 'User-Agent': userAgent } : {}),
          Accept: image ? IMAGE_TYPES.join(', ') : 'application/json',
        },
        signal: controller.signal,
        credentials: 'omit',
      });
    } catch (error) {
      clearTimeout(timer);
      signal?.removeEventListener('abort', cancel);
      if (signal?.aborted) throw abortedError();
      if (controller.signal.aborted)
        throw new WikiRequestError('timeout', `No answer within ${timeoutMs} ms`);
      if (isOnline()) noteUnreachable(originOf(url));
      throw new WikiRequestError(
        'offline',
        `Network error: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    // An answer, whatever its status, means the origin is reachable again.
    unreachable.delete(originOf(url));
    try {
      if (response.status === 429) {
        const wait = parseRetryAfter(response.headers.get('Retry-After'), now());
        // Blocked here, before the limiter lets the next queued request of this origin go.
        if (wait !== undefined && wait > maxRetryAfterMs) {
          const origin = originOf(url);
          blockedUntil.set(origin, Math.max(blockedUntil.get(origin) ?? 0, now() + wait));
        }
        if (wait !== undefined) pauseOrigin(url, wait);
        throw new WikiRequestError('rate-limited', 'Wikimedia asked us to slow down (429)', wait);
      }
      if (response.status >= 500) throw new WikiRequestError('server', `Server error ${response.status}`);
      if (!response.ok) throw new WikiRequestError('http', `HTTP ${response.status}`);
      if (image) {
        const type = (response.headers.get('Content-Type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
        if (!IMAGE_TYPES.includes(type)) throw new WikiRequestError('malformed', `Not a picture: ${type}`);
        return `data:${type};base64,${base64(await boundedBytes(response, image.maxBytes))}`;
      }
      let body: unknown;
      try {
        body = JSON.parse(await boundedText(response, maxResponseBytes));
      } catch (error) {
        if (error instanceof WikiRequestError) throw error;
        if (signal?.aborted) throw abortedError();
        if (controller.signal.aborted)
          throw new WikiRequestError('timeout', `No answer within ${timeoutMs} ms`);
        throw new WikiRequestError('malformed', 'The answer was not valid JSON');
      }
      // The Action API reports its own errors in a 200 (https://www.mediawiki.org/wiki/API:Errors_and_warnings).
      const apiError = (body as { error?: { code?: string; info?: string } } | null)?.error;
      if (apiError) {
        const message = `API error ${String(apiError.code ?? '')}: ${String(apiError.info ?? '')}`.trim();
        if (apiError.code === 'maxlag' || apiError.code === 'ratelimited') {
          // At least 5 s, longer if the server says so; the whole origin waits.
          const wait = Math.max(
            MIN_LAG_WAIT_MS,
            parseRetryAfter(response.headers.get('Retry-After'), now()) ?? 0,
          );
          pauseOrigin(url, wait);
          throw new WikiRequestError('rate-limited', message, wait);
        }
        throw new WikiRequestError('http', message);
      }
      if (!body || typeof body !== 'object')
        throw new WikiRequestError('malformed', 'The answer was not a JSON object');
      return body;
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', cancel);
    }
  };

  const withRetries = async (
    url: string,
    signal: AbortSignal | undefined,
    image?: { maxBytes: number },
  ): Promise<unknown> => {
    const origin = originOf(url);
    for (let i = 0; ; i++) {
      const paused = (pausedUntil.get(origin) ?? 0) - now();
      if (paused > 0 && paused <= maxRetryAfterMs) {
        await sleep(paused);
        if (signal?.aborted) throw abortedError();
      }
      try {
        // Checked again inside the limiter: a request queued behind the 429 must not go out either.
        return await limit(() => {
          checkNotBlocked(origin);
          checkReachable(origin);
          return attempt(url, signal, image);
        });
      } catch (error) {
        const failure = error as WikiRequestError;
        const retryable =
          failure.kind === 'server' || failure.kind === 'timeout' || failure.kind === 'rate-limited';
        const longWait =
          failure.kind === 'rate-limited' &&
          failure.retryAfterMs !== undefined &&
          failure.retryAfterMs > maxRetryAfterMs;
        if (!retryable || i >= retries || longWait || signal?.aborted) throw failure;
        if (failure.kind === 'rate-limited') {
          // A Retry-After has paused the origin: the loop's head waits it out with the others.
          if (failure.retryAfterMs === undefined) await sleep(backoffMs * 2 ** i);
        } else {
          // Full jitter keeps several workers from retrying in lockstep.
          await sleep(backoffMs * 2 ** i * (0.5 + Math.random() / 2));
        }
      }
    }
  };

  const get = (
    url: string,
    signal: AbortSignal | undefined,
    image?: { maxBytes: number },
  ): Promise<unknown> => {
    try {
      if (signal?.aborted) throw abortedError();
      checkNotBlocked(originOf(url));
      checkReachable(originOf(url));
    } catch (error) {
      return Promise.reject(error);
    }
    const key = image ? `image:${url}` : url;
    const shared = inFlight.get(key);
    if (shared) return shared;
    const request = withRetries(url, signal, image).finally(() => inFlight.delete(key));
    inFlight.set(key, request);
    return request;
  };

  return {
    getJson: (url, signal) => get(url, signal),
    getImageDataUrl: (url, maxBytes, signal) => get(url, signal, { maxBytes }) as Promise<string>,
    get sent() {
      return sent;
    },
  };
}
