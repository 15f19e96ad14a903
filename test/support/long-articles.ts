/**
 * The long articles `npm run bench:pages` and the huge-page e2e spec load: generated at run time,
 * never committed. The sample article's paragraphs are repeated with other names until they hold the
 * words wanted; one page puts each word in an element of its own (many small text nodes).
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { samplePage } from './paths';

/** The generated pages: row name, words, and whether each word is an element (a text node) of its own. */
export const SYNTHETIC_PAGES = [
  { site: 'synthetic-20k-words', words: 20_000, wordNodes: false },
  { site: 'synthetic-200k-words', words: 200_000, wordNodes: false },
  { site: 'synthetic-60k-nodes', words: 30_000, wordNodes: true },
] as const;

/** Stand-ins for the sample's names, so the long page has many entities, not one story 60 times. */
const SWAPS: [RegExp, string[]][] = [
  [/Sergey Lavrov/g, ['Sergey Lavrov', 'Annalena Baerbock', 'Wang Yi', 'Penny Wong', 'Mauro Vieira']],
  [/Ri Yong Ho/g, ['Ri Yong Ho', 'Choe Son Hui', 'Park Jin', 'Yoko Kamikawa']],
  [/North Korea/g, ['North Korea', 'Venezuela', 'Iran', 'Myanmar', 'Belarus', 'Syria']],
  [/Singapore/g, ['Singapore', 'Geneva', 'Helsinki', 'Hanoi', 'Vienna', 'Reykjavik']],
  [/Putin/g, ['Putin', 'Erdogan', 'Modi', 'Lula', 'Macron']],
  [/Mike Pompeo/g, ['Mike Pompeo', 'Antony Blinken', 'Rex Tillerson', 'Marco Rubio']],
  [/Beijing/g, ['Beijing', 'Moscow', 'Ankara', 'Delhi', 'Brasilia']],
];

/** Each word of the paragraphs' text in a `<span>` of its own: a word and a space, two text nodes. */
function wordsAsNodes(html: string): string {
  return html.replace(/>([^<]+)</g, (_, text: string) => `>${text.replace(/(\S+)/g, '<span>$1</span>')}<`);
}

/** The sample article with its body repeated (names varied) to `wanted` words. */
export function longArticleHtml(wanted: number, wordNodes: boolean): { html: string; copies: number } {
  const sample = readFileSync(samplePage, 'utf8');
  const open = '<div itemprop="articleBody">';
  const at = sample.indexOf(open) + open.length;
  const end = sample.indexOf('</div>', at);
  const body = sample.slice(at, end);
  const words = body
    .replace(/<[^>]+>/g, ' ')
    .split(/\s+/)
    .filter(Boolean).length;
  const copies = Math.ceil(wanted / words);
  const parts: string[] = [];
  for (let n = 0; n < copies; n++) {
    let copy = body;
    for (const [name, others] of SWAPS) copy = copy.replace(name, others[n % others.length] ?? '');
    parts.push(`<h2>Part ${n + 1}</h2>${wordNodes ? wordsAsNodes(copy) : copy}`);
  }
  return { html: sample.slice(0, at) + parts.join('\n') + sample.slice(end), copies };
}

/** Serves the generated page the way saved pages are served: no page scripts. */
export async function serveLongArticles(
  pages: Map<string, string>,
): Promise<{ url(site: string): string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const html = pages.get(decodeURIComponent((req.url ?? '/').split('/')[1] ?? ''));
    if (html === undefined) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': "script-src 'none'",
      'Cache-Control': 'no-store',
    });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (site) => `http://127.0.0.1:${port}/${encodeURIComponent(site)}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
