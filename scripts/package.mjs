// Builds both extensions and zips each for its store:
//   dist/backstory-chrome-<version>.zip and dist/backstory-firefox-<version>.zip
// The version lives only in package.json; build.mjs writes it into each manifest.
// Usage: npm run package
import { execFileSync } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import webExt from 'web-ext';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));

execFileSync(process.execPath, [join(root, 'build.mjs'), '--only=chrome'], { stdio: 'inherit', cwd: root });
execFileSync(process.execPath, [join(root, 'build.mjs'), '--only=firefox'], { stdio: 'inherit', cwd: root });

for (const target of ['chrome', 'firefox']) {
  const sourceDir = join(root, 'dist', target);
  const manifest = JSON.parse(await readFile(join(sourceDir, 'manifest.json'), 'utf8'));
  if (manifest.version !== version)
    throw new Error(`${target} manifest says ${manifest.version}, package.json ${version}`);
  const filename = `backstory-${target}-${version}.zip`;
  await webExt.cmd.build(
    {
      sourceDir,
      artifactsDir: join(root, 'dist'),
      filename,
      overwriteDest: true,
      ignoreFiles: ['**/*.map', 'icons/*.svg'],
    },
    { shouldExitProgram: false },
  );
  const { size } = await stat(join(root, 'dist', filename));
  console.log(`dist/${filename} (${(size / 1024).toFixed(0)} KB)`);
}
