/**
 * Long work as steps: a generator that yields between pieces of work of a few milliseconds each, and
 * returns its result at the end. The same steps run straight through (`runToEnd`: the CLI, tests)
 * or in slices with a turn for other work in between (`runInSlices`: the extension's background,
 * which must keep answering other tabs while it reads a long article). Both give the same result,
 * because they run the same code; only where it may pause differs.
 */

/** Work that yields (nothing) between its pieces and returns a `T`. */
export type Steps<T> = Generator<void, T, void>;

/** Runs every step at once and gives the result. */
export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export interface Slices {
  /** Milliseconds one slice may run before other work gets a turn. */
  sliceMs: number;
  /** Resolves when the next slice may run (a macrotask later: other messages are handled first). */
  yieldNow(): Promise<void>;
  now(): number;
  /** Asked after each turn; `false` stops the work and the run gives `null` (a newer run took over). */
  stillWanted?(): boolean;
}

/** What `runInSlices` gives: the result, and how the work was cut. */
export interface SlicedRun<T> {
  value: T;
  /** How many times other work had a turn. */
  turns: number;
  /** The longest stretch without a turn, in ms: a step longer than `sliceMs` shows here. */
  longestSliceMs: number;
}

/**
 * Runs the steps in slices of about `sliceMs`, giving other work a turn in between. With `stillWanted`,
 * the run may stop after a turn and give `null`.
 */
export function runInSlices<T>(
  steps: Steps<T>,
  slices: Slices & { stillWanted?: undefined },
): Promise<SlicedRun<T>>;
export function runInSlices<T>(steps: Steps<T>, slices: Slices): Promise<SlicedRun<T> | null>;
export async function runInSlices<T>(steps: Steps<T>, slices: Slices): Promise<SlicedRun<T> | null> {
  let turns = 0;
  let longestSliceMs = 0;
  for (;;) {
    const started = slices.now();
    for (;;) {
      const step = steps.next();
      const elapsed = slices.now() - started;
      if (step.done) {
        longestSliceMs = Math.max(longestSliceMs, elapsed);
        return { value: step.value, turns, longestSliceMs };
      }
      if (elapsed >= slices.sliceMs) {
        longestSliceMs = Math.max(longestSliceMs, elapsed);
        break;
      }
    }
    turns++;
    await slices.yieldNow();
    if (slices.stillWanted && !slices.stillWanted()) return null;
  }
}

/**
 * Yields once every `every` calls: loops over sentences or characters call it each time round, and
 * pause only now and then, so pausing costs nothing measurable.
 */
export function pacer(every: number): () => boolean {
  let count = 0;
  return () => ++count % every === 0;
}

/** Matches read between two chances to pause: a long article has hundreds of thousands of words. */
const MATCHES_PER_STEP = 8192;

/**
 * The distinct texts a global `pattern` matches in `text`, as steps. Several passes read the article's
 * lower-case words, each by its own idea of a word (with or without hyphens and apostrophes).
 */
export function* distinctMatchesSteps(text: string, pattern: RegExp): Steps<Set<string>> {
  const pause = pacer(MATCHES_PER_STEP);
  const found = new Set<string>();
  for (const m of text.matchAll(pattern)) {
    if (pause()) yield;
    found.add(m[0]);
  }
  return found;
}
