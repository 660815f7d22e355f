import type { SegmentedArticle, Token } from '../../ingest/types.js';
import type { SentenceRecord, Span } from '../../store/records.js';
import type { LocalEntity, LocalMention } from '../types.js';
import { GENDERED_HONORIFICS, PERSON_NOUNS } from '../../data/pronouns.js';
import { SUBJECT_VERB_FILLERS, speechVerbLemma } from '../../data/speechVerbs.js';
import { HONORIFICS } from '../../data/titles.js';
import { countryByDemonym, fold } from '../entities/lexicon.js';
import { isMediumEntity } from './mediumEntity.js';

/** A mention together with the entity it names. */
export interface MentionRef {
  entity: LocalEntity;
  mention: LocalMention;
}

/**
 * Look-ups the quote stages share, built once per article in linear time: tokens by offset,
 * sentences by offset, the mention covering each token, and which tokens lie inside quotes.
 */
export interface ArticleIndex {
  article: SegmentedArticle;
  body: string;
  tokens: readonly Token[];
  entities: readonly LocalEntity[];
  /** Mention covering each token (by token index), if any. */
  mentionAt: readonly (MentionRef | undefined)[];
  /** Every mention, in body order. */
  mentions: readonly MentionRef[];
  /** Whether each token lies inside a quotation (set once the quote spans are known). */
  inQuote: boolean[];
  /**
   * Entities that may be people: PERSON ones, and ones typed otherwise by mistake that are written
   * like a person (after an honorific, as the subject of a speech verb, or as a named person's surname).
   */
  personLike: ReadonlySet<number>;
  /** An entity that only repeats a named person's surname stands for that person: key → person's key. */
  sameAs: ReadonlyMap<number, number>;
}

const HONORIFIC_WORDS: ReadonlySet<string> = new Set([...HONORIFICS, ...GENDERED_HONORIFICS.keys()].map((w) => w.replace(/\.$/u, '')));

export function buildArticleIndex(article: SegmentedArticle, allEntities: readonly LocalEntity[]): ArticleIndex {
  const tokens = article.tokens;
  // "The Frenchman", "the veteran" taken for a name: a description of a person, not an entity that speaks.
  const entities = allEntities.filter((e) => !isPersonDescription(article.body, e));
  const mentionAt: (MentionRef | undefined)[] = new Array(tokens.length).fill(undefined);
  const mentions: MentionRef[] = [];
  for (const entity of entities) for (const mention of entity.mentions) mentions.push({ entity, mention });
  mentions.sort((a, b) => a.mention.start - b.mention.start || b.mention.end - a.mention.end);
  for (const ref of mentions) {
    for (let i = firstTokenAtOrAfter(tokens, ref.mention.start); i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.start >= ref.mention.end) break;
      // A longer mention already covering the token wins over a nested one.
      if (!mentionAt[i]) mentionAt[i] = ref;
    }
  }
  const { personLike, sameAs } = personCues(article.body, tokens, entities);
  for (const [people, state] of peoplesStates(entities)) sameAs.set(people, state);
  return { article, body: article.body, tokens, entities, mentionAt, mentions, inQuote: new Array(tokens.length).fill(false), personLike, sameAs };
}

/**
 * "The Ruritanians have threatened …": a people named by its plural demonym speaks as its state,
 * when the article names the state. Each such entity maps to the state's.
 */
function peoplesStates(entities: readonly LocalEntity[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const entity of entities) {
    if (entity.type !== 'OTHER' || !/s$/u.test(entity.name)) continue;
    const country = countryByDemonym.get(fold(entity.name.replace(/^the\s+/iu, '').slice(0, -1)));
    const state = country ? entities.find((e) => e.type === 'COUNTRY' && (e.isoCode === country.code || e.name === country.name)) : undefined;
    if (state) out.set(entity.key, state.key);
  }
  return out;
}

/** Person-likeness of entities the entity stage did not type PERSON (never organisations, countries or places). */
function personCues(body: string, tokens: readonly Token[], entities: readonly LocalEntity[]): { personLike: Set<number>; sameAs: Map<number, number> } {
  const personLike = new Set<number>();
  const sameAs = new Map<number, number>();
  const surnames = new Map<string, number | null>();
  for (const entity of entities) {
    if (entity.type !== 'PERSON') continue;
    personLike.add(entity.key);
    const words = entity.name.split(/\s+/u);
    if (words.length < 2) continue;
    const surname = words[words.length - 1]!.toLowerCase();
    // A surname two people share points to neither.
    surnames.set(surname, surnames.has(surname) && surnames.get(surname) !== entity.key ? null : entity.key);
  }
  const others = entities.filter((e) => e.type === 'OTHER');
  // First the mistyped full names ("Chancellor Jane Roe" typed OTHER), then the surnames that repeat them.
  for (const entity of others) {
    if (entity.name.split(/\s+/u).length < 2 || !entity.mentions.some((m) => !m.inTitle && hasGivenName(tokens, m))) continue;
    personLike.add(entity.key);
    const words = entity.name.split(/\s+/u);
    const surname = words[words.length - 1]!.toLowerCase();
    surnames.set(surname, surnames.has(surname) && surnames.get(surname) !== entity.key ? null : entity.key);
  }
  for (const entity of others) {
    // A news medium typed OTHER ("the Post said") speaks as a medium, not as a person.
    if (personLike.has(entity.key) || isMediumEntity(entity)) continue;
    const person = surnames.get(entity.name.toLowerCase());
    if (person !== undefined && person !== null) {
      personLike.add(entity.key);
      sameAs.set(entity.key, person);
      continue;
    }
    for (const mention of entity.mentions) {
      if (mention.inTitle) continue;
      const first = firstTokenAtOrAfter(tokens, mention.start);
      let last = first;
      while (last + 1 < tokens.length && tokens[last + 1]!.start < mention.end) last++;
      const before = tokens[first - 1];
      const honorific = before && before.sentenceIndex === tokens[first]?.sentenceIndex && HONORIFIC_WORDS.has(before.text.toLowerCase().replace(/\.$/u, ''));
      let after = last + 1;
      while (after < tokens.length && SUBJECT_VERB_FILLERS.has(tokens[after]!.text.toLowerCase())) after++;
      const speaks = tokens[after] !== undefined && tokens[after]!.sentenceIndex === tokens[last]?.sentenceIndex && speechVerbLemma(tokens[after]!.text) !== undefined && !/[,;:()]/u.test(body.slice(tokens[last]!.end, tokens[after]!.start));
      if (honorific || speaks) {
        personLike.add(entity.key);
        break;
      }
    }
  }
  return { personLike, sameAs };
}

/** An entity other than a person whose every mention is a person noun after an article ("the Frenchman"). */
function isPersonDescription(body: string, entity: LocalEntity): boolean {
  if (entity.type === 'PERSON' || entity.mentions.length === 0) return false;
  if (entity.name.trim().split(/\s+/u).length !== 1 || !PERSON_NOUNS.has(entity.name.trim().toLowerCase())) return false;
  return entity.mentions.every((m) => m.inTitle || /\b(the|a|an)\s+$/iu.test(body.slice(Math.max(0, m.start - 5), m.start)));
}

/** A mention holding a given name the NLP library knows ("Rachel", "Daniel") followed by a surname. */
function hasGivenName(tokens: readonly Token[], mention: LocalMention): boolean {
  for (let i = firstTokenAtOrAfter(tokens, mention.start); i < tokens.length && tokens[i]!.start < mention.end; i++) {
    const next = tokens[i + 1];
    if (tokens[i]!.tags.has('FirstName') && next && next.start < mention.end && /^\p{Lu}/u.test(next.text)) return true;
  }
  return false;
}


/** Index of the first token starting at or after `offset` (tokens.length if none). */
export function firstTokenAtOrAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last token ending at or before `offset` (-1 if none). */
export function lastTokenEndingBy(tokens: readonly Token[], offset: number): number {
  let i = firstTokenAtOrAfter(tokens, offset) - 1;
  while (i >= 0 && tokens[i]!.end > offset) i--;
  return i;
}

/** The sentence containing `offset`, or the last one starting before it. */
export function sentenceAt(sentences: readonly SentenceRecord[], offset: number): SentenceRecord | undefined {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return sentences[lo - 1];
}

/** Index of the paragraph containing `offset`. */
export function paragraphIndexAt(paragraphs: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = paragraphs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (paragraphs[mid]!.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(0, lo - 1);
}

/** Text between two adjacent tokens (punctuation and spaces). */
export function gapBetween(index: ArticleIndex, left: number, right: number): string {
  const a = index.tokens[left];
  const b = index.tokens[right];
  if (!a || !b) return '';
  return index.body.slice(a.end, b.start);
}

export function isVerbToken(token: Token): boolean {
  return token.tags.has('Verb');
}
