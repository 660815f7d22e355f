import type { SegmentedArticle } from '../ingest/types.js';
import { assemble } from './entities/assemble.js';
import { LIKELY, type Candidate } from './entities/candidates.js';
import { type Chunk, findChunks, joinLowerCaseTitles, joinPortfolios } from './entities/chunks.js';
import { applyContext } from './entities/context.js';
import { corefer } from './entities/corefer.js';
import { nameWordsOf, personShaped, readChunk, surnamesOf } from './entities/readChunk.js';
import { findInstitutions } from './entities/institutions.js';
import { findStateBodies } from './entities/stateBodies.js';
import { toWords, type Word } from './entities/words.js';
import { countryByName, fold, places, temporalTitleModifiers, titleHeads } from './entities/lexicon.js';
import type { LocalEntity } from './types.js';

/**
 * Named entities of one article with every mention's offsets. The recipe: words from the
 * segmenter's tokens → capitalised chunks (a place before a name split off) → candidates read from each chunk (titles, honorifics,
 * lexicons, name suffixes) → context cues around them → state bodies written in lower case →
 * institutions by their bare head → surname pairs split → short forms joined to full names →
 * entities grouped and typed.
 */
export function extractEntities(article: SegmentedArticle): LocalEntity[] {
  const words = toWords(article);
  const chunks = splitPlaceBeforeName(words, joinLowerCaseTitles(words, joinPortfolios(words, findChunks(words))));
  const nameWords = nameWordsOf(words, chunks);
  const surnames = surnamesOf(words, chunks);
  const candidates: Candidate[] = chunks.flatMap((chunk) => readChunk(words, chunk, nameWords, surnames));
  titledInHeadline(article.title, words, candidates);
  candidates.push(...namedCoalitions(article.title, words, candidates));
  const at = new Map<number, Candidate>();
  for (const c of candidates) for (let i = c.from; i < c.to; i++) at.set(i, c);
  const extra = applyContext(words, candidates, at);
  const withContext = [...candidates, ...extra];
  const bodies = [...withContext, ...findStateBodies(words, withContext)];
  const all = splitSurnamePairs(words, [...bodies, ...findInstitutions(words, bodies)]);
  return withCounterpartTitles(assemble(words, all, corefer(words, all)));
}

/**
 * "Prime Minister Jo Bloggs and his Freedonian counterpart Ana Kos": a counterpart holds the title of
 * the titled person named before them in the sentence, for their own country (Ana Kos is Freedonia's
 * prime minister, not its "counterpart").
 */
function withCounterpartTitles(entities: LocalEntity[]): LocalEntity[] {
  const titled = entities
    .filter((e) => e.type === 'PERSON')
    .flatMap((e) => e.mentions.filter((m) => m.role).map((m) => ({ key: e.key, m })))
    .sort((a, b) => a.m.start - b.m.start);
  for (const [i, { key, m }] of titled.entries()) {
    const title = m.role!.title;
    if (!/(?:^|\s)counterpart$/.test(title)) continue;
    const other = titled.slice(0, i).reverse().find((t) => t.key !== key && t.m.sentenceIndex === m.sentenceIndex && !/counterparts?$/.test(t.m.role!.title));
    if (other) m.role = { ...m.role!, title: title.replace(/counterpart$/, bareOfTime(other.m.role!.title)).trim() };
  }
  return entities;
}

/** "prime minister" from "former prime minister": a time word says when one person held it, not what it is. */
function bareOfTime(title: string): string {
  const words = title.split(/\s+/);
  while (words.length > 1 && temporalTitleModifiers.has(words[0]!)) words.shift();
  return words.join(' ');
}

/**
 * "Ambassador to Fortville Jo Bloggs": after "to" or "in", a known place at the head of a chunk that
 * goes on with a given name is the title's place, then the person.
 */
function splitPlaceBeforeName(words: readonly Word[], chunks: Chunk[]): Chunk[] {
  return chunks.flatMap((chunk): Chunk[] => {
    const before = words[chunk.from - 1];
    if (!before || !/^(to|in)$/.test(before.lower) || chunk.to - chunk.from < 3) return [chunk];
    for (let k = chunk.from + 1; k <= chunk.from + 3 && k < chunk.to - 1; k++) {
      const place = fold(words.slice(chunk.from, k).map((w) => w.text).join(' '));
      if (!(places.has(place) || countryByName.has(place)) || words[k]!.gapBefore !== ' ') continue;
      // "Ambassador to Sri Lanka Jo Bloggs": after a title, a country then two or more capitalised words
      // is the title's country and a person, whether or not the given name is a known one.
      const titledCountry = countryByName.has(place) && titleHeads.has(words[chunk.from - 2]?.lower ?? '') && chunk.to - k >= 2 && personShaped(words, k, chunk.to);
      if (words[k]!.tags.has('FirstName') || titledCountry) {
        return [{ from: chunk.from, to: k }, { from: k, to: chunk.to }];
      }
    }
    return [chunk];
  });
}

/**
 * "the Tarkin-Marek talks" after "Ivo Tarkin" and "Ana Marek": two surnames joined by a hyphen are
 * two people, each a mention of the person it names, not one person called "Tarkin-Marek".
 */
function splitSurnamePairs(words: readonly Word[], candidates: Candidate[]): Candidate[] {
  const surnames = new Set(candidates.filter((c) => c.kind === 'PERSON' && c.to - c.from >= 2).map((c) => words[c.to - 1]!.lower));
  return candidates.flatMap((c): Candidate[] => {
    const [first, second] = [words[c.from], words[c.from + 1]];
    if (c.to - c.from !== 2 || !first || !second || second.gapBefore !== '-' || !surnames.has(first.lower) || !surnames.has(second.lower) || first.lower === second.lower) return [c];
    return [
      { from: c.from, to: c.from + 1, kind: 'PERSON', certainty: LIKELY },
      { from: c.from + 1, to: c.to, kind: 'PERSON', certainty: LIKELY },
    ];
  });
}

/**
 * "Foreign Minister Velos meets …" in the headline, "talks with Velos" in the body: a one-word name the
 * headline writes right after a title word is a person known by surname.
 */
function titledInHeadline(title: string, words: readonly Word[], candidates: Candidate[]): void {
  const titled = new Set<string>();
  const tokens = title.split(/\s+/).map((t) => t.replace(/['’]s?$|[,:;.!?]+$/u, ''));
  for (let i = 1; i < tokens.length; i++) if (titleHeads.has(tokens[i - 1]!.toLowerCase()) && /^\p{Lu}\p{Ll}+$/u.test(tokens[i]!)) titled.add(tokens[i]!);
  if (!titled.size) return;
  for (const c of candidates) {
    if (c.to - c.from === 1 && (c.kind === 'UNKNOWN' || c.kind === 'OTHER') && c.certainty < 3 && titled.has(words[c.from]!.text)) {
      c.kind = 'PERSON';
      c.certainty = 2;
    }
  }
}

/** Heads of a group of parties or states that a headline may name in Title Case. */
const COALITION_HEADS = new Set(['coalition', 'alliance', 'bloc', 'pact']);

/**
 * "Traffic Light Coalition Splits" in the headline, "the traffic light coalition" in the body: a coalition the
 * headline names in Title Case is named, not described, when the body writes it in lower case after "the".
 */
function namedCoalitions(title: string, words: readonly Word[], candidates: readonly Candidate[]): Candidate[] {
  const tokens = title.split(/[^\p{L}-]+/u).filter(Boolean);
  const phrases: string[][] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!COALITION_HEADS.has(tokens[i]!.toLowerCase()) || !/^\p{Lu}/u.test(tokens[i]!)) continue;
    for (let k = 2; k >= 1; k--) {
      const mods = tokens.slice(i - k, i);
      if (mods.length === k && mods.every((m) => /^\p{Lu}\p{Ll}+$/u.test(m))) { phrases.push([...mods, tokens[i]!].map((t) => t.toLowerCase())); break; }
    }
  }
  const out: Candidate[] = [];
  const taken = new Set<number>();
  for (const c of candidates) for (let i = c.from; i < c.to; i++) taken.add(i);
  for (const p of phrases) {
    for (let i = 1; i + p.length <= words.length; i++) {
      if (words[i - 1]!.lower !== 'the' || taken.has(i)) continue;
      if (p.every((t, j) => words[i + j]!.text === t && (j === 0 || /^ ?$/.test(words[i + j]!.gapBefore)))) out.push({ from: i, to: i + p.length, kind: 'ORGANIZATION', certainty: 2 });
    }
  }
  return out;
}
