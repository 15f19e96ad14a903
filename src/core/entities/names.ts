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

/** Words after a company's own name: legal and group suffixes, and a publication's "Magazine". */
export const COMPANY_SUFFIX =
  /^(inc|corp|corporation|co|company|companies|group|holdings|ltd|limited|llc|plc|ag|sa|gmbh|nv|bv|lp|llp|magazine)$/;

/**
 * "UN" is the initials of "United Nations"; "U.N." too. An "&" stays in the initials ("PG&E" of "Pacific
 * Gas & Electric"), and a legal suffix may be left out of them ("PG&E" of "Pacific Gas & Electric Co.").
 */
export function isAcronymOf(short: string, long: string): boolean {
  const letters = short.replace(/\./g, '');
  if (!/^(?:\p{Lu}&?){2,6}$/u.test(letters)) return false;
  const words = nameTokens(long).filter((w) => /^(?:\p{Lu}|&$)/u.test(w));
  const initials = (ws: readonly string[]): string => ws.map((w) => w[0]).join('');
  const last = words[words.length - 1] ?? '';
  const suffix = words.length > 2 && COMPANY_SUFFIX.test(last.toLowerCase().replace(/\.$/, ''));
  return (
    (words.length > 1 && initials(words) === letters) || (suffix && initials(words.slice(0, -1)) === letters)
  );
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
