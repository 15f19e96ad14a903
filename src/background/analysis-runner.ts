/**
 * Runs the core analysis in the background without holding it up: the analysis of a 200,000-word
 * article takes seconds, and the background (Chromium's service worker, Firefox's background page)
 * answers every tab's messages on the same thread. The analysis runs as steps (`core/steps.ts`) in
 * slices of `ANALYSIS_SLICE_MS`, and between two slices other messages are answered. The result is
 * the one `analyzeText` gives: the same code runs, only with pauses.
 *
 * Why not a Worker: Firefox's background page could start one, but Chromium's service worker cannot;
 * it would need an offscreen document and the `offscreen` permission, a second copy of the model in
 * memory, and a message hop for every page. Slicing keeps other tabs answered with no new permission.
 * A turn comes after at most one step past the slice: most steps are a few ms; grouping the names and
 * reading their descriptions are one step each, about 150–200 ms on a 200,000-word article (Node).
 */
import { analyzeSteps, type ArticleInput } from '../core/analyze';
import { createRecognizerSteps } from '../core/ner';
import { runInSlices, type Steps } from '../core/steps';
import type { Analysis, Recognizer } from '../core/types';

/** How long the analysis runs before other messages get a turn. */
export const ANALYSIS_SLICE_MS = 10;

/** A macrotask later: queued messages and timers run first (a microtask would not let them). */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export interface AnalysisRunnerOptions {
  sliceMs?: number;
  yieldNow?: () => Promise<void>;
  now?: () => number;
}

/** Analyses an article in slices, giving other work a turn between them. */
export function analyzeInSlices(
  input: ArticleInput,
  recognizer: Recognizer,
  options: AnalysisRunnerOptions = {},
): Promise<Analysis> {
  return inSlices(analyzeSteps(input, recognizer), options);
}

/**
 * The recogniser from the model file's JSON, read in slices: it is ~100 ms of work the first time a
 * page is read after the background starts, and other tabs are answered meanwhile.
 */
export function createRecognizerInSlices(
  modelJson: unknown,
  options: AnalysisRunnerOptions = {},
): Promise<Recognizer> {
  return inSlices(createRecognizerSteps(modelJson), options);
}

async function inSlices<T>(steps: Steps<T>, options: AnalysisRunnerOptions): Promise<T> {
  const run = await runInSlices(steps, {
    sliceMs: options.sliceMs ?? ANALYSIS_SLICE_MS,
    yieldNow: options.yieldNow ?? nextTask,
    now: options.now ?? (() => performance.now()),
  });
  return run.value;
}
