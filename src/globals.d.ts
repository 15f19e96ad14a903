/** Replaced at build time by esbuild's `define`. */
declare const __BROWSER__: 'chrome' | 'firefox' | 'node';
declare const __VERSION__: string;
