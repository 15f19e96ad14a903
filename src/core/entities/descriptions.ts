/**
 * What the article itself says an entity is, from three patterns news copy uses:
 * - title words before a name: "Secretary of State Mike Pompeo", "North Korean dictator Kim Jong Un";
 * - an apposition: "North Korea’s foreign policy chief, Ri Yong Ho," or "Ri Yong Ho, the foreign minister,";
 * - a lede that describes before it names: "The Russian foreign minister will visit… ¶ Sergey Lavrov will meet…".
 */
import { DEMONYMS, PERSON_TITLES, ROLE_NOUNS } from '../ner/lexicon';
import { sentenceAt, type Sentence } from '../text/sentences';
import { tokenize, type Token } from '../text/tokens';
import type { Entity, Span } from '../types';
import { plain } from './names';

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
  const owner = mentionOwners(entities);
  const found: Found[] = [];
  const titleSpans = new Map<number, Span>(); // mention start → the title words before it
  const bridges: Bridge[] = [];

  for (const entity of entities) {
    if (entity.type !== 'person') continue;
    for (const m of entity.mentions) {
      const sentence = sentenceAt(sentences, m.start);
      if (!sentence) continue;
      const before = tokenize(text.slice(sentence.start, m.start), sentence.start);
      const title = titleBefore(before, owner);
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
    const next = sentences[i + 1]!;
    const opener = openingPerson(text, next, entities);
    if (!opener) continue;
    const subject = subjectPhrase(text, sentences[i]!);
    if (!subject) continue;
    const inside = entities.filter((e) =>
      e.mentions.some((m) => m.start >= subject.start && m.end <= subject.end),
    );
    if (inside.some((e) => e.id === opener.id)) continue;
    bridges.push({ entityId: opener.id, span: subject });
    found.push({
      entityId: opener.id,
      text: rewriteDescription(text, subject, entities, titleSpans),
      span: subject,
    });
  }

  const descriptions = new Map<string, string[]>();
  for (const f of found) {
    const list = descriptions.get(f.entityId) ?? [];
    const clean = tidy(f.text);
    if (clean && !list.some((d) => d.toLowerCase() === clean.toLowerCase())) list.push(clean);
    descriptions.set(f.entityId, list);
  }
  // Most specific first: a longer description says more ("North Korean dictator" over "dictator"),
  // and one that another contains adds nothing.
  for (const [id, list] of descriptions) {
    const kept = list.filter((d) => !list.some((o) => o !== d && o.toLowerCase().includes(d.toLowerCase())));
    descriptions.set(
      id,
      kept.sort((a, b) => b.length - a.length),
    );
  }
  return { descriptions, bridges };
}

function mentionOwners(entities: readonly Entity[]): Map<number, Entity> {
  const owner = new Map<number, Entity>();
  for (const e of entities) for (const m of e.mentions) for (let i = m.start; i < m.end; i++) owner.set(i, e);
  return owner;
}

/** "Secretary of State" in "Secretary of State Mike Pompeo": title words right before the name. */
function titleBefore(before: Token[], owner: Map<number, Entity>): { span: Span } | null {
  let i = before.length;
  let hasTitle = false;
  while (i > 0) {
    const tok = before[i - 1]!;
    if (owner.has(tok.start)) break;
    const isTitle = TITLE_WORDS.has(tok.text) || ROLE_NOUNS.has(tok.text) || PERSON_TITLES.has(tok.text);
    if (!isTitle) break;
    if (PERSON_TITLES.has(tok.text) || ROLE_NOUNS.has(tok.text)) hasTitle = true;
    i--;
  }
  // "of" cannot start a title.
  while (i < before.length && before[i]!.text === 'of') i++;
  if (!hasTitle || i >= before.length) return null;
  const first = before[i]!;
  const last = before[before.length - 1]!;
  return { span: { start: first.start, end: last.end } };
}

/** "North Korea’s foreign policy chief, Ri Yong Ho": a noun phrase ending in a role, then a comma. */
function appositionBefore(
  text: string,
  before: Token[],
  mentionStart: number,
): Omit<Found, 'entityId'> | null {
  const last = before[before.length - 1];
  if (!last || !/^,\s*$/.test(text.slice(last.end, mentionStart))) return null;
  if (!ROLE_NOUNS.has(last.text)) return null;
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

/** "Ri Yong Ho, the foreign minister, said": a short noun phrase with a role between commas after the name. */
function appositionAfter(
  text: string,
  sentence: Sentence,
  mentionEnd: number,
): Omit<Found, 'entityId'> | null {
  const rest = text.slice(mentionEnd, sentence.end);
  const m = /^,\s+((?:the|a|an)\s+)?([^,;.]{3,80}?),/.exec(rest);
  if (!m) return null;
  const words = m[2]!.split(/\s+/);
  if (words.length > 8 || !words.some((w) => ROLE_NOUNS.has(w.replace(/[’']s$/, '')))) return null;
  if (/^(who|which|that|said|says|and|but)$/i.test(words[0]!)) return null;
  const start = mentionEnd + m[0].indexOf(m[2]!);
  return {
    text: (m[1] && m[1].trim().toLowerCase() !== 'the' ? m[1] : '') + m[2]!,
    span: { start, end: start + m[2]!.length },
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

function tidy(description: string): string {
  const s = plain(description).replace(/^(the|The)\s+/, '');
  return /^(A|An)\s/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;
}
