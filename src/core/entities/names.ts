/** Name normalisation shared by grouping and descriptions. */

/** Typographic apostrophes and dashes differ between sites; names compare on a plain form. */
export function plain(s: string): string {
  return s.replace(/[’‘`]/g, "'").replace(/[‐-―]/g, '-').replace(/\s+/g, ' ').trim();
}

const PLACE_ALIASES: Record<string, string> = {
  'U.S.': 'United States',
  US: 'United States',
  USA: 'United States',
  'U.S.A.': 'United States',
  America: 'United States',
  'U.K.': 'United Kingdom',
  UK: 'United Kingdom',
  Britain: 'United Kingdom',
  'Great Britain': 'United Kingdom',
  DPRK: 'North Korea',
  'New York City': 'New York',
  'N.Y.': 'New York',
};

/** The name a place goes by, so "U.S." and "United States" are one place. */
export function canonicalPlace(name: string): string {
  return PLACE_ALIASES[name] ?? name;
}

export function nameTokens(name: string): string[] {
  return plain(name)
    .split(/[\s-]+/)
    .filter(Boolean);
}

/** "UN" is the initials of "United Nations"; "U.N." too. */
export function isAcronymOf(short: string, long: string): boolean {
  const letters = short.replace(/\./g, '');
  if (!/^\p{Lu}{2,6}$/u.test(letters)) return false;
  const initials = nameTokens(long)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
  return initials.length > 1 && initials === letters;
}

export function slug(s: string): string {
  return (
    plain(s)
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'x'
  );
}
