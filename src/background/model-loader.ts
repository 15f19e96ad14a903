/**
 * Loads the recogniser's model (`models/ner.json`, copied into the extension by build.mjs) once per
 * worker lifetime. A missing or broken model is not fatal: the recogniser then runs on its built-in
 * rules, so we pass `undefined`.
 */
import type { FetchLike } from './knowledge/http-client';

export function createModelLoader(fetchFn: FetchLike, modelUrl: () => string): () => Promise<unknown> {
  let loading: Promise<unknown> | undefined;
  return () =>
    (loading ??= (async () => {
      try {
        const response = await fetchFn(modelUrl());
        return response.ok ? ((await response.json()) as unknown) : undefined;
      } catch {
        return undefined;
      }
    })());
}
