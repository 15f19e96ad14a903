import { describe, expect, it } from 'vitest';
import { createModelLoader } from '../../../src/background/model-loader';

describe('background/model-loader', () => {
  it('fetches the model once and shares it', async () => {
    let calls = 0;
    const load = createModelLoader(
      async () => {
        calls++;
        return new Response(JSON.stringify({ weights: [1, 2] }));
      },
      () => 'chrome-extension://id/models/ner.json',
    );
    const [a, b] = await Promise.all([load(), load()]);
    expect(a).toEqual({ weights: [1, 2] });
    expect(b).toBe(a);
    expect(calls).toBe(1);
  });

  it.each([
    ['missing from the build', async () => new Response('not found', { status: 404 })],
    ['not JSON', async () => new Response('{ broken')],
    ['unreachable', async () => Promise.reject(new TypeError('Failed to fetch'))],
  ])('gives undefined (the rules recogniser) when the model is %s', async (_, fetchFn) => {
    expect(await createModelLoader(fetchFn, () => 'x')()).toBeUndefined();
  });
});
