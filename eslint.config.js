// Lint, and the folder boundaries that keep the architecture visible:
// the core imports nothing of ours outside core/; content/, popup/ and options/ never import background/;
// ui/ and shared/ sit below every context (the hover card on the page uses ui/ too), so they import
// none of background/, content/, popup/ or options/; only src/shared/browser.ts touches the polyfill
// (types may be imported anywhere).
import tseslint from 'typescript-eslint';

const polyfill = {
  name: 'webextension-polyfill',
  message: 'Import getBrowser() from src/shared/browser instead.',
  allowTypeImports: true,
};
const noBackground = {
  group: ['**/background', '**/background/**'],
  message:
    'content/, popup/ and options/ talk to the background through src/shared/messaging, never by import.',
};
const pureCore = {
  group: ['**/content/**', '**/background/**', '**/popup/**', '**/options/**', '**/shared/**', '**/cli/**'],
  message:
    'The core is pure: it runs the same in the browser and in Node, and imports none of the other folders.',
};
const belowContexts = {
  group: [
    '**/background',
    '**/background/**',
    '**/content',
    '**/content/**',
    '**/popup',
    '**/popup/**',
    '**/options',
    '**/options/**',
  ],
  message:
    'ui/ and shared/ are used by every context (the hover card runs in the page): move what they need down into ui/, shared/ or core/.',
};
const restrict = (options) => ({ '@typescript-eslint/no-restricted-imports': ['error', options] });

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'models/**', 'test-results/**', '.scratch-*/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['src/**'], ignores: ['src/shared/browser.ts'], rules: restrict({ paths: [polyfill] }) },
  {
    files: ['src/ui/**', 'src/shared/**'],
    ignores: ['src/shared/browser.ts'],
    rules: restrict({ paths: [polyfill], patterns: [belowContexts] }),
  },
  // The one seam around the polyfill, still below every context.
  { files: ['src/shared/browser.ts'], rules: restrict({ patterns: [belowContexts] }) },
  { files: ['src/core/**'], rules: restrict({ paths: [polyfill], patterns: [pureCore] }) },
  {
    files: ['src/content/**', 'src/popup/**', 'src/options/**'],
    rules: restrict({ paths: [polyfill], patterns: [noBackground] }),
  },
);
