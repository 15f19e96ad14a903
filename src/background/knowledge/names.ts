/**
 * Name comparison for linking. Articles, Wikipedia titles and Wikidata labels spell the same name
 * differently ("Ri Yong Ho", "Ri Yong-ho"; "Kim Jong Un", "Kim Jong-un"; "U.S."), so compare
 * normalised token lists rather than strings.
 */

/** Lower case, no diacritics, hyphens and dots as spaces, single spaces. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[.\-‐–—_,()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function nameTokens(name: string): string[] {
  return normalizeName(name).split(' ').filter(Boolean);
}

/** Titles and honorifics an article puts before a name ("President Trump", "Secretary of State Mike Pompeo"). */
const HONORIFICS = new Set([
  'president',
  'secretary',
  'minister',
  'mr',
  'mrs',
  'ms',
  'dr',
  'general',
  'gen',
  'sen',
  'senator',
  'rep',
  'prime',
  'foreign',
  'dictator',
  'leader',
  'chairman',
  'king',
  'queen',
  'prince',
  'pope',
  'the',
]);

/** The name without leading honorifics; unchanged if nothing would be left. */
export function stripHonorifics(name: string): string {
  const words = name.trim().split(/\s+/);
  let i = 0;
  while (i < words.length - 1 && HONORIFICS.has(normalizeName(words[i] ?? ''))) i++;
  return words.slice(i).join(' ');
}

/**
 * Whether a candidate's label can be the entity the article names: every token of the article's
 * name appears in the label, in order. "Trump" fits "Donald Trump"; "Kim Yong Chol" does not fit
 * "Kim Jong Un", nor "Kim" alone fit… anything without the article's other tokens.
 */
export function isNameCompatible(articleName: string, label: string): boolean {
  const want = nameTokens(articleName);
  const have = nameTokens(label);
  if (!want.length || !have.length) return false;
  // Korean given names are written joined, hyphenated or spaced ("Jong Un", "Jong-un", "Jongun").
  const joined = have.join(' ');
  let from = 0;
  for (const token of want) {
    const at = have.indexOf(token, from);
    if (at >= 0) {
      from = at + 1;
      continue;
    }
    return joined.replace(/ /g, '').includes(want.join(''));
  }
  return true;
}
