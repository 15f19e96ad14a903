/**
 * What the article itself says an entity is, from three patterns news copy uses:
 * - title words before a name: "Secretary of State Mike Pompeo", "North Korean dictator Kim Jong Un";
 * - an apposition: "North Korea’s foreign policy chief, Ri Yong Ho," or "Ri Yong Ho, the foreign minister,";
 * - a lede that describes before it names: "The Russian foreign minister will visit… ¶ Sergey Lavrov will meet…".
 */
import { DEMONYMS, PERSON_TITLES, ROLE_NOUNS } from '../ner/lexicon';
import { sentenceAt, type Sentence } from '../text/sentences';
import { tokenize, type Token } from '../text/tokens';
import { pacer, runToEnd, type Steps } from '../steps';
import type { Entity, Span } from '../types';
import { plain } from './names';
import { expandTitle, isHonorific, isRoleNoun, isTitleWord } from './roles';

/** A description found for an entity, and where it stands in the text. */
interface Found {
  entityId: string;
  text: string;
  span: Span;
}

/** A sentence whose subject is a description of an entity named only in the next sentence. */
export interface Bridge {
  entityId: string;
  /** The subject noun phrase, e.g. "The Russian foreign minister". */
  span: Span;
}

export interface DescriptionResult {
  descriptions: Map<string, string[]>;
  bridges: Bridge[];
}

const TITLE_WORDS = new Set(
  [...PERSON_TITLES, ...DEMONYMS]
    .flatMap((t) => t.split(' '))
    .concat([
      'of',
      'State',
      'Foreign',
      'Defense',
      'Supreme',
      'Deputy',
      'Former',
      'former',
      'Acting',
      'acting',
    ]),
);
const NP_STOP = new Set(
  'with|to|for|by|from|at|in|on|as|about|between|against|and|or|but|said|says|told|met|meet|meets|will|would|is|was|are|were|has|had|have|that|who|which|when|after|before|the|a|an|his|her|their'.split(
    '|',
  ),
);
const SUBJECT_END =
  /^(will|would|was|were|is|are|has|had|have|said|says|told|met|visited|arrived|spoke|could|can|may|might|shall|should|did|does|do)$/;

export function describeEntities(
  text: string,
  sentences: readonly Sentence[],
  entities: readonly Entity[],
): DescriptionResult {
  return runToEnd(describeEntitiesSteps(text, sentences, entities));
}

/** Mentions or sentences read between two chances to pause. */
const READ_PER_STEP = 64;

/** `describeEntities` as steps. */
export function* describeEntitiesSteps(
  text: string,
  sentences: readonly Sentence[],
  entities: readonly Entity[],
): Steps<DescriptionResult> {
  const pause = pacer(READ_PER_STEP);
  const owner = yield* mentionOwnersSteps(entities);
  yield;
  const found: Found[] = [];
  const titleSpans = new Map<number, Span>(); // mention start → the title words before it
  const bridges: Bridge[] = [];

  for (const entity of entities) {
    if (entity.type !== 'person') continue;
    for (const m of entity.mentions) {
      if (pause()) yield;
      const sentence = sentenceAt(sentences, m.start);
      if (!sentence) continue;
      const before = tokenize(text.slice(sentence.start, m.start), sentence.start);
      const title = titleBefore(text, before, owner);
      if (title) {
        titleSpans.set(m.start, title.span);
        found.push({
          entityId: entity.id,
          text: text.slice(title.span.start, title.span.end),
          span: title.span,
        });
      }
      const appo = appositionBefore(text, before, m.start) ?? appositionAfter(text, sentence, m.end);
      if (appo) found.push({ entityId: entity.id, ...appo });
    }
  }

  // The lede pattern: sentence i's subject describes the person who opens sentence i+1.
  for (let i = 0; i + 1 < sentences.length; i++) {
    if (pause()) yield;
    const next = sentences[i + 1]!;
    const opener = openingPerson(text, next, entities);
    if (!opener) continue;
    const subject = subjectPhrase(text, sentences[i]!);
    if (!subject) continue;
    const inside = entities.filter((e) =>
      e.mentions.some((m) => m.start >= subject.start && m.end <= subject.end),
    );
    if (inside.some((e) => e.id === opener.id)) continue;
    // "The rapper" after "rapper Jo Doe" refers back to Jo Doe, not forward to the next name.
    const head = roleHead(text.slice(subject.start, subject.end));
    const earlier = found.filter((f) => f.entityId !== opener.id && f.span.start < subject.start);
    if (head && earlier.some((f) => roleHead(f.text) === head)) continue;
    bridges.push({ entityId: opener.id, span: subject });
    found.push({
      entityId: opener.id,
      text: rewriteDescription(text, subject, entities, titleSpans),
      span: subject,
    });
  }

  yield;
  const descriptions = new Map<string, string[]>();
  for (const f of found) {
    if (pause()) yield;
    const list = descriptions.get(f.entityId) ?? [];
    const clean = tidy(f.text);
    if (clean && !list.some((d) => d.toLowerCase() === clean.toLowerCase())) list.push(clean);
    descriptions.set(f.entityId, list);
  }
  // Most specific first: a longer description says more ("North Korean dictator" over "dictator"),
  // and one that another contains adds nothing.
  for (const [id, list] of descriptions) {
    if (pause()) yield;
    const kept = list.filter((d) => !list.some((o) => o !== d && o.toLowerCase().includes(d.toLowerCase())));
    descriptions.set(
      id,
      kept.sort((a, b) => b.length - a.length),
    );
  }
  return { descriptions, bridges };
}

function* mentionOwnersSteps(entities: readonly Entity[]): Steps<Map<number, Entity>> {
  const pause = pacer(OWNED_PER_STEP);
  const owner = new Map<number, Entity>();
  for (const e of entities)
    for (const m of e.mentions) {
      if (pause()) yield;
      for (let i = m.start; i < m.end; i++) owner.set(i, e);
    }
  return owner;
}

/** Mentions whose every character is noted between two chances to pause. */
const OWNED_PER_STEP = 512;

/**
 * Title words right before the name: "Secretary of State" in "Secretary of State Mike Pompeo", "Acme CEO"
 * in "Acme CEO Jane Roe", "Welsh chemist" in "the Welsh chemist Sir Owen Pryce".
 * An honorific next to the name is skipped; a person's name stops the title, so a neighbour's role
 * ("rapper Kanye West and President-elect Donald Trump") never crosses over.
 */
function titleBefore(text: string, before: Token[], owner: Map<number, Entity>): { span: Span } | null {
  let i = before.length;
  while (i > 0 && isHonorific(before[i - 1]!.text)) i--;
  const end = i;
  let hasTitle = false;
  while (i > 0 && end - i < 7) {
    const tok = before[i - 1]!;
    // A comma, quote or bracket ends the title: "in Hull, skipper Jo Doe" is a skipper, not "Hull, skipper".
    if (i < end && /[^\s-]/.test(text.slice(tok.end, before[i]!.start))) break;
    const named = owner.get(tok.start);
    if (named && (named.type === 'person' || i === end)) break;
    const word = tok.text.replace(/[’']s$/, '');
    const isTitle =
      TITLE_WORDS.has(word) ||
      ROLE_NOUNS.has(word) ||
      PERSON_TITLES.has(word) ||
      isRoleNoun(word) ||
      isTitleWord(word);
    if (!isTitle && !named) break;
    if (!named && (isRoleNoun(word) || isTitleWord(word) || PERSON_TITLES.has(word))) hasTitle = true;
    i--;
  }
  // "of" cannot start a title.
  while (i < end && before[i]!.text === 'of') i++;
  if (!hasTitle || i >= end) return null;
  return { span: { start: before[i]!.start, end: before[end - 1]!.end } };
}

/** "North Korea’s foreign policy chief, Ri Yong Ho": a noun phrase ending in a role, then a comma. */
function appositionBefore(
  text: string,
  before: Token[],
  mentionStart: number,
): Omit<Found, 'entityId'> | null {
  const last = before[before.length - 1];
  if (!last || !/^\s*,\s*$/.test(text.slice(last.end, mentionStart))) return null;
  if (!ROLE_NOUNS.has(last.text) && !isRoleNoun(last.text)) return null;
  let i = before.length - 1;
  while (i > 0 && before.length - i < 6) {
    const tok = before[i - 1]!;
    if (NP_STOP.has(tok.text.toLowerCase()) || /[,;:.]\s*$/.test(text.slice(tok.end, before[i]!.start)))
      break;
    i--;
  }
  const span = { start: before[i]!.start, end: last.end };
  return { text: text.slice(span.start, span.end), span };
}

/**
 * An apposition after the name: "Ri Yong Ho, the foreign minister, said", "Jane Roe, a professor of law at
 * Some University," or "John Doe, chief executive of Acme." The phrase's head (its last word before "of",
 * "at", "for"…) must be a role, so "Jane Roe, 54," or "Roe, who said…" describe nothing.
 */
function appositionAfter(
  text: string,
  sentence: Sentence,
  mentionEnd: number,
): Omit<Found, 'entityId'> | null {
  const rest = text.slice(mentionEnd, sentence.end);
  const m =
    /^\s?,\s+((?:the|a|an)\s+)?([^,;:()“”"—–]{3,140}?)\s*(?:,|;|:|\(|—|–|\.?$|\s(?:who|whose|which|that|said|says)\b)/.exec(
      rest,
    );
  if (!m) return null;
  const phrase = m[2]!.replace(/\.$/, '');
  const words = phrase.split(/\s+/);
  if (/^(who|whose|which|that|said|says|and|but|as|in|on|at|for)$/i.test(words[0]!)) return null;
  const headAt = words.findIndex((w) => /^(of|at|for|in|on|with|from|to|and|who|whose)$/.test(w));
  const head = words[(headAt < 0 ? words.length : headAt) - 1];
  if (!head || !(ROLE_NOUNS.has(head) || isRoleNoun(head.replace(/[’']s$/, '')))) return null;
  const kept = words.slice(0, 12).join(' ');
  const start = mentionEnd + m[0].indexOf(m[2]!);
  return {
    text: (m[1] && m[1].trim().toLowerCase() !== 'the' ? m[1] : '') + kept,
    span: { start, end: start + kept.length },
  };
}

/** The person whose first mention opens this sentence, if any. */
function openingPerson(text: string, sentence: Sentence, entities: readonly Entity[]): Entity | undefined {
  const lead = /^["“‘']?/.exec(sentence.text)![0].length;
  return entities.find(
    (e) =>
      e.type === 'person' &&
      e.mentions[0]!.start === sentence.start + lead &&
      !/^\s*[’']s\b/.test(text.slice(e.mentions[0]!.end)),
  );
}

/** "The Russian foreign minister" in "The Russian foreign minister will visit…": a described, unnamed subject. */
function subjectPhrase(text: string, sentence: Sentence): Span | null {
  if (!/^(The|A|An)\s/.test(sentence.text)) return null;
  const tokens = tokenize(sentence.text, sentence.start);
  const end = tokens.findIndex((t) => SUBJECT_END.test(t.text));
  if (end < 2 || end > 10) return null;
  const np = tokens.slice(0, end);
  if (!np.some((t) => ROLE_NOUNS.has(t.text.toLowerCase()))) return null;
  return { start: np[0]!.start, end: np[np.length - 1]!.end };
}

/** Names inside a description read better bare: "A top aide to North Korean dictator Kim Jong Un" → "a top aide to Kim Jong Un". */
function rewriteDescription(
  text: string,
  span: Span,
  entities: readonly Entity[],
  titles: Map<number, Span>,
): string {
  let out = '';
  let at = span.start;
  const inner = entities
    .flatMap((e) =>
      e.mentions.filter((m) => m.start >= span.start && m.end <= span.end).map((m) => ({ m, e })),
    )
    .sort((a, b) => a.m.start - b.m.start);
  for (const { m, e } of inner) {
    const title = titles.get(m.start);
    const cut = title && title.start >= at ? title.start : m.start;
    out += text.slice(at, cut) + (e.type === 'person' ? e.name : text.slice(m.start, m.end));
    at = m.end;
  }
  return out + text.slice(at, span.end);
}

/** The role a description turns on: "The Russian foreign minister" → "minister". */
function roleHead(description: string): string | undefined {
  const words = description.toLowerCase().split(/\s+/);
  const until = words.findIndex((w) => /^(of|at|for|to|in|on|with|from)$/.test(w));
  return words
    .slice(0, until < 0 ? words.length : until)
    .filter((w) => ROLE_NOUNS.has(w) || isRoleNoun(w))
    .pop();
}

function tidy(description: string): string {
  const words = plain(description)
    .replace(/^(the|The)\s+/, '')
    .replace(/(\s+(of|at|for|to|in|on|with|from|and|the|a|an))+$/, '')
    .split(' ')
    .filter((w) => !isHonorific(w))
    .map(expandTitle);
  // A bare honorific or title ("Mr.", "Sir", "President", "CEO") says nothing the name did not;
  // a lower-case role ("dictator", "actress") does.
  const bareTitle = (w: string): boolean => /^\p{Lu}/u.test(w) && (isTitleWord(w) || PERSON_TITLES.has(w));
  if (!words.length || (words.length === 1 && bareTitle(words[0]!))) return '';
  // "his secretary" names someone by another person, whom a card cannot show.
  if (/^(his|her|their|its|my|our|your)$/i.test(words[0]!)) return '';
  const s = words.join(' ');
  return /^(A|An)\s/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;
}
