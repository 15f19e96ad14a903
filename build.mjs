// Builds loadable unpacked extensions into dist/chrome and dist/firefox, and the CLI into dist/cli.
// One manifest source (manifest.json); each browser gets the keys it understands.
import { build } from 'esbuild';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));
const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
const watch = process.argv.includes('--watch');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);

/** Extension entry points: output name → src file. */
const entries = {
  background: 'src/background/index.ts',
  content: 'src/content/index.ts',
  popup: 'src/popup/index.tsx',
  options: 'src/options/index.tsx',
  welcome: 'src/options/welcome.tsx',
};
const htmlPages = ['src/popup/popup.html', 'src/options/options.html', 'src/options/welcome.html'];

function manifestFor(browserName, source) {
  const m = structuredClone(source);
  m.version = pkg.version;
  if (browserName === 'chrome') {
    delete m.browser_specific_settings;
    m.background = { service_worker: m.background.service_worker };
  } else {
    // Firefox needs background.scripts; Chromium-only keys are dropped.
    m.background = { scripts: m.background.scripts };
  }
  return m;
}

async function buildExtension(browserName) {
  const out = join(root, 'dist', browserName);
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  // A missing entry or page is a broken tree, not something to build around.
  const missing = [...Object.values(entries), ...htmlPages].filter((file) => !existsSync(join(root, file)));
  if (missing.length) throw new Error(`build: missing ${missing.join(', ')}`);
  const entryPoints = entries;
  await build({
    entryPoints,
    outdir: out,
    bundle: true,
    format: 'iife',
    target: browserName === 'chrome' ? 'chrome120' : 'firefox128',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    minify: !process.env.BACKSTORY_DEBUG,
    sourcemap: process.env.BACKSTORY_DEBUG ? 'inline' : false,
    define: { __BROWSER__: JSON.stringify(browserName), __VERSION__: JSON.stringify(pkg.version) },
    loader: { '.json': 'json' },
    legalComments: 'none',
    logLevel: 'warning',
  });
  const manifest = manifestFor(browserName, JSON.parse(await readFile(join(root, 'manifest.json'), 'utf8')));
  await writeFile(join(out, 'manifest.json'), JSON.stringify(manifest, null, 2));
  for (const page of htmlPages) await cp(join(root, page), join(out, page.split('/').pop()));
  for (const dir of ['icons', '_locales', 'models']) {
    if (existsSync(join(root, dir))) await cp(join(root, dir), join(out, dir), { recursive: true, filter: (p) => !p.endsWith('.md') });
  }
}

async function buildCli() {
  await build({
    entryPoints: { backstory: 'src/cli/main.ts' },
    outdir: join(root, 'dist', 'cli'),
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // jsdom and its dependencies stay in node_modules; everything of ours is bundled.
    packages: 'external',
    define: { __BROWSER__: '"node"', __VERSION__: JSON.stringify(pkg.version) },
    loader: { '.json': 'json' },
    logLevel: 'warning',
  });
}

const targets = only ? [only] : ['chrome', 'firefox', 'cli'];
for (const t of targets) {
  if (t === 'cli') await buildCli();
  else await buildExtension(t);
}
if (!watch) console.log(`built ${targets.join(', ')} (v${pkg.version})`);
