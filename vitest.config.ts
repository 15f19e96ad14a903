import { defineConfig } from 'vitest/config';

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  define: { __BROWSER__: '"node"', __VERSION__: '"test"' },
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // DOM tests opt in with `// @vitest-environment jsdom` so the core stays provably DOM-free.
    pool: 'forks',
    maxWorkers: 2,
    // Parsing saved real pages in jsdom takes seconds on a loaded 2-core machine; a timeout is a
    // hang guard here, never a speed assertion (speed is measured by the benchmarks).
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
