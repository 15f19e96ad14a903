#!/usr/bin/env node
// The package's `bin`: runs the bundled CLI. `npm run build` (or `npm start`) writes it.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const cli = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'cli', 'backstory.mjs');
if (!existsSync(cli)) {
  console.error('backstory: the CLI is not built yet. Run `npm run build` first.');
  process.exit(2);
}
const { main } = await import(pathToFileURL(cli).href);
process.exitCode = await main(process.argv.slice(2));
