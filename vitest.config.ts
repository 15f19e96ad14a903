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
  },
});
