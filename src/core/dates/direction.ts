/**
 * Which way an underspecified date points ("Thursday", "June 12", "April"), read from the
 * words around it, the way an editor would: "said on Wednesday" is the Wednesday just gone,
 * "will visit on Thursday" the one to come. No parser: the nearest verb group in the same
 * sentence decides, and a news report with no clear verb defaults to the past.
 */

export type Direction = 'past' | 'future' | 'present';

/** Words that put the verb group after them in the future ("will", "is going to", "is expected to"). */
const FUTURE_AUXILIARIES = new Set(['will', "'ll", '’ll', 'shall', 'wo', 'gonna']);

/**
 * Modals point ahead too: "the group might come as soon as Tuesday", "he said he would travel
 * Thursday" (future in reported speech is nearly always future from the DCT as well).
 */
const MODALS = new Set(['would', 'might', 'may', 'should']);

/** Participles that, after a present "is", announce a plan: "the vote is set for Friday". */
const SCHEDULING_PARTICIPLES = new Set([
  'set',
  'scheduled',
  'slated',
  'planned',
  'due',
  'expected',
  'poised',
  'billed',
]);

/** Forms of "be" that make a participle after them present passive ("the case is heard in May"). */
const PRESENT_BE = new Set(['is', 'are', 'am', "'s", "'re", 'being']);

/** Verbs that, followed by "to", announce a plan: "plans to meet Thursday", "is scheduled to arrive". */
const PLANNING_VERBS = new Set([
  'plan',
  'plans',
  'planned',
  'planning',
  'expect',
  'expects',
  'expected',
  'schedule',
  'scheduled',
  'set',
  'due',
  'going',
  'intend',
  'intends',
  'intended',
  'hope',
  'hopes',
  'hoped',
  'hoping',
  'aim',
  'aims',
  'prepare',
  'prepares',
  'preparing',
  'prepared',
  'likely',
  'about',
  'slated',
  'poised',
  'ready',
  'agree',
  'agreed',
  'agrees',
  'decided',
  'decide',
  'promised',
  'promise',
  'vowed',
  'want',
  'wants',
  'wanted',
  'seek',
  'seeks',
  'seeking',
  'sought',
  'try',
  'tries',
  'trying',
  'invited',
  'asked',
  'urged',
  'called',
  'threatened',
  'threatens',
  'pledged',
  'pledges',
  'would',
  'could',
  'should',
  'may',
  'might',
  'must',
  'has',
  'have',
  'need',
  'needs',
  'able',
  'allowed',
  'ordered',
  'told',
]);

/** Adjectives and adverbs that mark a future occasion on their own ("the upcoming summit", "next Friday"). */
// "next" and "coming" are left out: as words on their own they mislead ("next to", "coming out"),
// and "next Friday" is read by its own rule.
const FUTURE_MARKERS = new Set(['upcoming', 'forthcoming', 'planned', 'scheduled', 'soon', 'until', 'till']);
const PAST_MARKERS = new Set(['ago', 'last', 'earlier', 'previous', 'since']);

const IRREGULAR_PAST = new Set(
  (
    'given taken done seen been known shown written spoken chosen broken gone driven eaten fallen forgotten ' +
    'hidden ridden risen shaken stolen sworn thrown torn worn woken beaten bitten begun drawn flown frozen grown ' +
    'was were had did said told met went came took made gave held left began saw found became brought got ' +
    'spoke wrote ran won lost sent fell rose struck kept thought knew paid led stood sat felt heard meant ' +
    'built bought caught fought taught sought drew drove flew grew threw broke chose froze stole woke wore ' +
    'tore swore forgot hid bit shot shook forbade arose awoke bore bled bred clung dealt dug fled flung ' +
    'hung laid lent lit slid slung spun sprang stuck stung strove swept swam swung wept withdrew ' +
    'overtook undertook understood upheld withheld sank sang rang began became overcame overthrew mistook ' +
    'sold spent sent told'
  ).split(' '),
);

const PRESENT_AUXILIARIES = new Set(['is', 'are', 'am', "'s", "'re", 'does', 'do']);

/**
 * Present-tense verbs news uses for fixtures: "Trading resumes on Monday", "Voters go to the polls
 * Sunday". Only verbs of scheduled happenings are listed, since a present tense of other verbs says
 * little about time. Base forms count only when no determiner makes them nouns ("the vote").
 */
const FIXTURE_VERBS = new Set(
  (
    'resume begin start open close meet visit arrive leave travel return go head hold end face host play vote ' +
    'mark celebrate debut air premiere expire convene gather testify appear launch kick reopen take fly ' +
    'sail depart land tour attend address'
  )
    .split(' ')
    .flatMap((verb) => [verb, verb.endsWith('o') || verb.endsWith('ss') ? `${verb}es` : `${verb}s`]),
);
const PLURAL_PRONOUNS = new Set(['they', 'we', 'you', 'i']);
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'its',
  'his',
  'her',
  'their',
  'our',
  'your',
  'this',
  'that',
  'no',
  'to',
]);

/** Present-tense reporting verbs report what was said, so the date they carry is past: "says Monday". */
const REPORTING_PRESENT = new Set([
  'says',
  'say',
  'tells',
  'reports',
  'announces',
  'confirms',
  'adds',
  'notes',
]);

/** Words ending in -ed that are not past-tense verbs in news text. */
const NOT_PAST = new Set([
  'united',
  'red',
  'bed',
  'need',
  'speed',
  'seed',
  'feed',
  'hundred',
  'indeed',
  'led',
  'shed',
  'wed',
  'ted',
  'fred',
  'ned',
  'ahmed',
  'mohammed',
  'muhammad',
  'mohamed',
  'creed',
  'weed',
  'greed',
  'breed',
  'deed',
  'reed',
  'proceed',
  'exceed',
  'succeed',
  'naked',
  'wicked',
  'sacred',
  'kindred',
  'rugged',
  'ragged',
  'armed',
  'detailed',
  'limited',
  'advanced',
  'alleged',
  'supposed',
  'so-called',
  'aged',
  'based',
  'related',
  'interested',
  'concerned',
  'involved',
  'expected',
  'scheduled',
  'planned',
  'proposed',
  'anticipated',
  'much-anticipated',
  'long-awaited',
  'awaited',
  'delayed',
  'postponed',
  'rescheduled',
]);

const WORD = /[A-Za-z’']+(?:-[A-Za-z]+)*/g;

interface Token {
  word: string;
  start: number;
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) out.push({ word: m[0].toLowerCase(), start: m.index });
  return out;
}

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'gen',
  'sen',
  'rep',
  'gov',
  'lt',
  'col',
  'sgt',
  'st',
  'jr',
  'sr',
  'u.s',
  'u.n',
  'u.k',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'no',
  'vs',
  'inc',
  'corp',
  'co',
  'ltd',
  'prof',
  'rev',
  'a.m',
  'p.m',
  'e.g',
  'i.e',
  'mt',
  'ft',
]);

/** The sentence around `[start, end)`: from the last sentence end before it to the next one after. */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  let from = 0;
  const boundary = /[.!?]["”'’)]*\s+(?=["“'‘(]?[A-Z0-9])|\n\s*\n/g;
  let to = text.length;
  for (const m of text.matchAll(boundary)) {
    const at = m.index;
    const before = /([A-Za-z.]+)\.$/.exec(text.slice(Math.max(0, at - 12), at + 1));
    if (text[at] === '.' && before && ABBREVIATIONS.has(before[1]!.toLowerCase())) continue;
    const after = at + m[0].length;
    if (after <= start) from = after;
    else if (at >= end) {
      to = at + 1;
      break;
    }
  }
  return { start: from, end: to };
}

/** What one verb-ish token says about time, or undefined when it says nothing. */
function cueOf(tokensList: Token[], i: number): Direction | undefined {
  const word = tokensList[i]!.word;
  const prev = tokensList[i - 1]?.word;
  const prev2 = tokensList[i - 2]?.word;
  if (FUTURE_AUXILIARIES.has(word) || MODALS.has(word)) return 'future';
  // Contractions stay one token: "he'll", "won't".
  if (/['’]ll$/.test(word) || /^won['’]t$/.test(word)) return 'future';
  if (word === 'to' && prev && PLANNING_VERBS.has(prev)) return 'future';
  if (word === 'to' && prev === 'be' && prev2 && (prev2 === 'is' || prev2 === 'are')) return 'future';
  if (FUTURE_MARKERS.has(word)) return 'future';
  if (PAST_MARKERS.has(word)) return 'past';
  if (SCHEDULING_PARTICIPLES.has(word) && prev && PRESENT_BE.has(prev)) return 'future';
  const participle =
    word === 'set' ||
    IRREGULAR_PAST.has(word) ||
    (word.endsWith('ed') && word.length > 4 && !NOT_PAST.has(word));
  if (participle) return prev && PRESENT_BE.has(prev) ? 'present' : 'past';
  if (REPORTING_PRESENT.has(word)) return 'past';
  if (FIXTURE_VERBS.has(word) && prev && !DETERMINERS.has(prev) && !/['’]s$/.test(prev)) {
    // "resumes" needs only a subject before it; a bare "go" needs a plural one ("voters go", "they go"),
    // since after a name or an adjective it is a noun ("Alarcon, head of…", "a televised address").
    const thirdPerson = word.endsWith('s') && !word.endsWith('ss');
    if (thirdPerson || PLURAL_PRONOUNS.has(prev) || (prev.endsWith('s') && !prev.endsWith('ss')))
      return 'present';
  }
  if (PRESENT_AUXILIARIES.has(word)) return 'present';
  return undefined;
}

/**
 * The direction of the date at `[start, end)`: the nearest tense cue in its sentence, looking left
 * first (the verb usually comes before "on Thursday"), and within a verb group the auxiliary wins
 * ("will be held" is future though "held" is past). Undefined when the sentence says nothing.
 */
export function directionAt(text: string, start: number, end: number): Direction | undefined {
  const sentence = sentenceAround(text, start, end);
  const left = tokens(text.slice(sentence.start, start));
  const right = tokens(text.slice(end, sentence.end));
  // Left of the date, nearest first; a future auxiliary up to three words before the verb governs it.
  for (let i = left.length - 1; i >= 0; i--) {
    // "Until Thursday, they had not called": a fronted "until" takes the tense of the main clause.
    if (i === 0 && (left[0]!.word === 'until' || left[0]!.word === 'till')) break;
    const cue = cueOf(left, i);
    if (!cue) continue;
    for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
      const aux = cueOf(left, j);
      if (aux === 'future') return 'future';
    }
    return cue;
  }
  for (let i = 0; i < right.length; i++) {
    const cue = cueOf(right, i);
    if (cue) return cue;
  }
  return undefined;
}
