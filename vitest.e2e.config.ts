// The end-to-end suite: real Chromium and Firefox with the built extension. One file at a time and one
// worker, because each file drives a whole browser and the machine has two cores.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  define: { __BROWSER__: '"node"', __VERSION__: '"test"' },
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    teardownTimeout: 30_000,
    // A browser test that fails is re-run nowhere: a flaky check is a defect to fix, not to retry.
    retry: 0,
  },
});
