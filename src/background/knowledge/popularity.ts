/**
 * The popularity prior and alias table built by scripts/build-popularity.ts from QRank's 10,000 most
 * viewed Wikidata items. Popularity breaks ties between candidates ("New York" the city over the
 * state); aliases give candidates for short names whose Wikipedia title is a disambiguation page
 * ("Trump").
 */
import table from './popularity.json';
import { normalizeName } from './names';

export interface PopularityTable {
  items: string[];
  /** `name|i,j\n…`, indexes into `items`. */
  aliases: string;
}

export interface Popularity {
  /** 1 for the most viewed item, falling towards 0 at rank 10,000; 0 when unranked. */
  prior(qid: string): number;
  /** Items known by this name, most viewed first. */
  itemsNamed(name: string): string[];
}

export function createPopularity(data: PopularityTable = table): Popularity {
  const rank = new Map(data.items.map((qid, i) => [qid, i]));
  let aliases: Map<string, string[]> | undefined;
  const aliasMap = (): Map<string, string[]> => {
    if (aliases) return aliases;
    aliases = new Map();
    for (const line of data.aliases.split('\n')) {
      const [name, list] = line.split('|');
      if (!name || !list) continue;
      aliases.set(
        name,
        list.split(',').flatMap((i) => data.items[Number(i)] ?? []),
      );
    }
    return aliases;
  };
  return {
    prior(qid) {
      const r = rank.get(qid);
      return r === undefined ? 0 : 1 - Math.log10(r + 1) / 4.5;
    },
    itemsNamed(name) {
      return aliasMap().get(normalizeName(name)) ?? [];
    },
  };
}
