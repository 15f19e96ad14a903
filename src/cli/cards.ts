/** Cards for the CLI, from the same knowledge service the extension's background uses. */
import type { Analysis } from '../core/types';
import type { CardState } from '../shared/card';

export interface CardLookupOptions {
  fetch: typeof fetch;
  wikipediaOrigin: string;
  wikidataOrigin: string;
}

export async function lookupCards(
  analysis: Analysis,
  options: CardLookupOptions,
): Promise<Map<string, CardState>> {
  void options;
  return new Map(analysis.entities.map((e) => [e.id, { status: 'error', message: 'lookups not wired yet' }]));
}
