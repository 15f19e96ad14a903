/**
 * Abbreviations whose full stop ends no sentence ("Mr. Okafor", "Jan. 4", "the U.S. side"): one
 * list for every reader of sentence ends, so a word added here is known to all of them.
 *
 * Used by the sentence splitter (text/sentences.ts), the dates' sentence bounds
 * (dates/direction.ts), the recogniser's tokenizer (ner/model/tokenizer.ts), the rules' word
 * tokens (text/tokens.ts) and the card's cut of a Wikipedia lead. Each applies the
 * list its own way, which is why they differ around it, not in it:
 * - sentences.ts still ends a sentence after one when a word that only opens sentences follows
 *   ("back in the U.S. The talks…");
 * - direction.ts never ends one there;
 * - the tokenizer keeps the full stop on a listed word ("Dr." is one token, as in the training
 *   data), and sees only plain words: initialisms ("U.S.", "a.m.") it keeps whole by pattern.
 *
 * The splitter and the dates read the letters just before a stop, so an ordinal's tail ("on the
 * 1st.", "3rd.") reads as "St."/"Rd." there; the tokenizer keeps "3rd" one token and is not fooled.
 *
 * Lower case, without the final stop; an initialism keeps its inner stops ("u.s").
 */

/** Titles, ranks and forms of address written before a name. */
const TITLES =
  'mr mrs ms dr prof sr jr st mt ft gen lt col maj capt sgt cpl adm cmdr gov sen rep rev hon pres supt';

/** Month names cut short. */
const MONTHS = 'jan feb mar apr jun jul aug sep sept oct nov dec';

/** Company suffixes. */
const COMPANIES = 'inc corp co ltd bros plc';

/** Street words, references and Latin short forms. */
const OTHERS = 'no nos vs etc ave blvd rd dept est approx fig vol rt';

/** Initialisms with inner stops: places, unions, times of day, "for example". */
const INITIALISMS = 'u.s u.k u.n e.u d.c a.m p.m e.g i.e';

/** Every abbreviation, lower case and without its final stop ("mr", "sept", "u.s"). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set(
  [TITLES, MONTHS, COMPANIES, OTHERS, INITIALISMS].join(' ').split(' '),
);

/** The titles as written before a name, capitalised and without their stop ("Mr", "Gen"). */
export const TITLE_WORDS: readonly string[] = TITLES.split(' ').map((t) => t[0]!.toUpperCase() + t.slice(1));

/**
 * Whether the full stop at `periodAt` closes an abbreviation or an initial ("Mr.", "U.S.", the
 * "J." of "J. Smith") rather than a sentence. Reads at most a dozen characters back.
 */
export function closesAbbreviation(text: string, periodAt: number): boolean {
  const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, periodAt - 12), periodAt))?.[1] ?? '';
  return ABBREVIATIONS.has(word.toLowerCase().replace(/^\.+/, '')) || /^\p{Lu}$/u.test(word);
}
