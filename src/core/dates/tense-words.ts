/**
 * The words the tense reader looks for, grouped by what they say about time. Lists, not a model:
 * each set says in its comment what its words do to a date.
 */

/** Words that put the verb group after them in the future ("will", "is going to", "is expected to"). */
export const FUTURE_AUXILIARIES = new Set(['will', "'ll", '’ll', 'shall', 'wo', 'gonna']);

/**
 * Modals point ahead too: "the group might come as soon as Tuesday", "he said he would travel
 * Thursday" (future in reported speech is nearly always future from the DCT as well).
 */
export const MODALS = new Set(['would', 'might', 'may', 'should']);

/** Participles that, after a present "is", announce a plan: "the vote is set for Friday". */
export const SCHEDULING_PARTICIPLES = new Set([
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
export const PRESENT_BE = new Set(['is', 'are', 'am', "'s", "'re", 'being']);

/** Past forms of "be": "was planned to" is a passive, not a plan made by the subject. */
export const PAST_BE = new Set(['was', 'were', 'been']);

/** Verbs that, followed by "to", announce a plan: "plans to meet Thursday", "is scheduled to arrive". */
export const PLANNING_VERBS = new Set([
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
export const FUTURE_MARKERS = new Set([
  'upcoming',
  'forthcoming',
  'planned',
  'scheduled',
  'soon',
  'until',
  'till',
]);
/** Words that put what they qualify in the past on their own: "two days ago", "last", "since". */
export const PAST_MARKERS = new Set(['ago', 'last', 'earlier', 'previous', 'since']);

/** Irregular past tenses and participles (regular ones are read from their -ed). */
export const IRREGULAR_PAST = new Set(
  (
    'given taken done seen been known shown written spoken chosen broken gone driven eaten fallen forgotten ' +
    'hidden ridden risen shaken stolen sworn thrown torn worn woken beaten bitten begun drawn flown frozen grown ' +
    'was were had did said told met went came took made gave held left began saw found became brought got ' +
    'spoke wrote ran won lost sent fell rose struck kept thought knew paid led stood sat felt heard meant ' +
    'built bought caught fought taught sought drew drove flew grew threw broke chose froze stole woke wore ' +
    'tore swore forgot hid bit shot shook forbade arose awoke bore bled bred clung dealt dug fled flung ' +
    'hung laid lent lit slid slung spun sprang stuck stung strove swept swam swung wept withdrew ' +
    'overtook undertook understood upheld withheld sank sang rang began became overcame overthrew mistook ' +
    'sold spent sent told blew ate bent crept dove fed forgave foresaw meant overran rode shrank sped ' +
    'spread strode strung thrust wound drank slept sprang'
  ).split(' '),
);

/** Present forms of "be" and "do": present tense, which points a weekday ahead ("the hearing is Thursday"). */
export const PRESENT_AUXILIARIES = new Set(['is', 'are', 'am', "'s", "'re", 'does', 'do']);

/**
 * Present-tense verbs news uses for fixtures: "Trading resumes on Monday", "Voters go to the polls
 * Sunday". Only verbs of scheduled happenings are listed, since a present tense of other verbs says
 * little about time. Base forms count only when no determiner makes them nouns ("the vote").
 */
export const FIXTURE_VERBS = new Set(
  (
    'resume begin start open close meet visit arrive leave travel return go head hold end face host play vote ' +
    'mark celebrate debut air premiere expire convene gather testify appear launch kick reopen take fly ' +
    'sail depart land tour attend address'
  )
    .split(' ')
    .flatMap((verb) => [verb, verb.endsWith('o') || verb.endsWith('ss') ? `${verb}es` : `${verb}s`]),
);
/** Subjects that make a bare verb form a present tense ("they meet Friday"). */
export const PLURAL_PRONOUNS = new Set(['they', 'we', 'you', 'i']);
/** Words after which a fixture verb is a noun ("the vote", "to meet" is handled as a plan). */
export const DETERMINERS = new Set([
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
export const REPORTING_PRESENT = new Set([
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
export const NOT_PAST = new Set([
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
