/**
 * A tiny HTTP server on 127.0.0.1 for the end-to-end suite: the sample article at
 * `/sample/lavrov-north-korea.html` and every saved real page at `/pages/<site>/`.
 *
 * Content scripts only run on http(s) pages, so the pages must be served, not opened as files.
 * Saved real pages carry scripts that expect their own servers; they are served with
 * `Content-Security-Policy: script-src 'none'` so the page stays the snapshot it was saved as and any
 * error in the run can only be ours. Extension content scripts are not subject to the page's CSP.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { repoRoot, samplePage } from './paths';
import { readRealPageHtml } from './real-pages';

export const SAMPLE_PATH = '/sample/lavrov-north-korea.html';
/** An invented article in Indonesian (test/fixtures/other-language/): nothing on it is highlighted. */
export const INDONESIAN_PATH = '/other-language/indonesian.html';
export const realPagePath = (site: string): string => `/pages/${encodeURIComponent(site)}/`;

export interface StaticServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  url(path: string): string;
  /** Paths requested so far, in order. */
  requests: string[];
  close(): Promise<void>;
}

const PAGE_CSP = "script-src 'none'";

function send(
  res: ServerResponse,
  status: number,
  body: Buffer | string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'Cache-Control': 'no-store', ...headers });
  res.end(body);
}

function handle(req: IncomingMessage, res: ServerResponse): void {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
  if (path === SAMPLE_PATH) {
    send(res, 200, readFileSync(samplePage), { 'Content-Type': 'text/html; charset=utf-8' });
    return;
  }
  if (path === INDONESIAN_PATH) {
    send(res, 200, readFileSync(join(repoRoot, 'test', 'fixtures', path)), {
      'Content-Type': 'text/html; charset=utf-8',
    });
    return;
  }
  const page = /^\/pages\/([\w.-]+)\/$/.exec(path);
  const html = page?.[1] ? readRealPageHtml(page[1]) : undefined;
  if (html) {
    // Saved pages are UTF-8 (mozilla/readability normalises them); say so, since many lack a meta charset.
    send(res, 200, html, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': PAGE_CSP });
    return;
  }
  send(res, 404, 'not found', { 'Content-Type': 'text/plain' });
}

/** Start on a random free port; always `close()` it. */
export async function startStaticServer(): Promise<StaticServer> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? '/');
    handle(req, res);
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => new URL(path, origin).href,
    requests,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}
