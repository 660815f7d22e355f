import { speechVerbLemma } from '../../data/speechVerbs.js';
import type { LocalEntity, LocalQuote } from '../types.js';
import { type SpeakerPhrase, TITLE_HEAD_WORDS } from './findAttribution.js';
import { isSpeech, quoteKind, quoteShape, quoteWords } from './classifyQuote.js';
import { findQuoteSpans, type QuoteSpan } from './findQuoteSpans.js';

// Quotes in the headline. A headline attributes its quote in a few fixed shapes: the speaker and a
// colon before the statement ("Roe: talks 'close to a deal'"), the speaker after the quote ("'Ready
// to defend the border': Roe", "'Absurd', Roe says") or a speech verb ("Minister Says Plan
// 'Reckless'"). A quoted word
// in a headline with none of these is a scare quote, and it is left out. The speaker is the one the
// body gives the same words to, else the name or the role written in the headline.

/** Resolves a description ("opposition leader") to an entity of the article, or null. */
export type ResolvePhrase = (phrase: SpeakerPhrase) => number | null;

export function headlineQuotes(title: string, entities: readonly LocalEntity[], bodyQuotes: readonly LocalQuote[], resolve: ResolvePhrase): LocalQuote[] {
  const out: LocalQuote[] = [];
  for (const span of findQuoteSpans(title, [{ start: 0, end: title.length }])) {
    if (span.unclosed) continue;
    const text = title.slice(span.start, span.end);
    const part = speakerPart(title, span);
    // In a headline written in title case, a capitalised quote says nothing about being a name.
    const shape = { ...quoteShape(title, span, 0), ...(titleCase(title) ? { titleCase: false } : {}) };
    if (!part) continue;
    // Words the body quotes someone as saying are speech in the headline too, however short.
    const repeated = sameWordsSpeaker(text, bodyQuotes);
    if (!isSpeech(shape, true, part.start > span.close, false) && repeated === null) continue;
    // "protested Ruritania's “fortification” of the coast": a short quote a possessive or article owns is a term.
    if (repeated === null && shape.words <= 2 && /(?:['’]s|\b(?:the|a|an|its|their|his|her))\s*$/iu.test(title.slice(0, span.open))) continue;
    const speakerKey = repeated ?? namedIn(title, entities, part) ?? resolve(phraseOf(title, part));
    if (speakerKey === null) continue;
    out.push({
      start: span.start,
      end: span.end,
      text,
      kind: quoteKind(shape),
      speakerKey,
      speakerText: title.slice(part.start, part.end),
      verb: part.verb,
      inTitle: true,
    });
  }
  return out;
}

/** Verbs a headline reports words with ("Roe Says …", "Minister Warns …"). */
const HEADLINE_SPEECH_LEMMAS = new Set(['say', 'tell', 'warn', 'urge', 'insist', 'vow', 'claim', 'declare', 'state', 'add', 'describe', 'call', 'admit', 'stress', 'assert', 'pledge']);

interface SpeakerPart {
  start: number;
  end: number;
  /** The speech verb as written, if the headline has one. */
  verb: string | null;
}

/** Where the headline names who said the quote at `span`, or null when it names nobody. */
function speakerPart(title: string, span: QuoteSpan): SpeakerPart | null {
  // "'…': Roe", "'…' - Roe"
  const rest = title.slice(span.close + 1);
  const after = /^\s*[:\u2013\u2014-]\s*(\S.*)$/u.exec(rest);
  if (after?.[1] && !/["“”‘’']/u.test(after[1])) {
    const start = title.length - after[1].length;
    return { start, end: trimEnd(title, title.length), verb: null };
  }
  // "'Absurd', Roe says of …"
  if (/^\s*,/u.test(rest)) {
    const verb = speechVerbIn(title, span.close + 1 + rest.indexOf(',') + 1, title.length);
    if (verb) return verb;
  }
  const before = title.slice(0, span.open);
  // "Roe: talks 'close to a deal'": a colon before the quote, with the speaker before it.
  const colon = before.indexOf(':');
  // A possessive's apostrophe ("Ruritania's Roe: …") is no quote mark.
  if (colon > 0 && !/["“”‘’']/u.test(before.slice(0, colon).replace(/\p{L}['’]s\b/gu, ''))) return { start: 0, end: trimEnd(title, colon), verb: null };
  // "Minister Says Plan 'Reckless'": the words before a speech verb.
  return speechVerbIn(title, 0, span.open);
}

/** The first finite speech verb after one to six words from `from`: those words name the speaker ("Finance Minister Says"). */
function speechVerbIn(title: string, from: number, to: number): SpeakerPart | null {
  const words = [...title.slice(from, to).matchAll(/[\p{L}.'’-]+/gu)];
  for (const [n, w] of words.entries()) {
    if (n === 0 || n > 6) continue;
    // "says", "warned", not the noun "talks"; only verbs that report words, not "protested".
    if (!HEADLINE_SPEECH_LEMMAS.has(speechVerbLemma(w[0]) ?? '') || !/(?<!k)s$|ed$|^said$|^told$/iu.test(w[0])) continue;
    const start = from + words[0]!.index!;
    return { start, end: trimEnd(title, from + w.index!), verb: w[0] };
  }
  return null;
}

/** Most words of the headline start with a capital: "Minister Says Plan 'Reckless'". */
function titleCase(title: string): boolean {
  const words = title.match(/\p{L}+/gu) ?? [];
  return words.length >= 4 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.6;
}

function trimEnd(text: string, end: number): number {
  while (end > 0 && /\s/u.test(text[end - 1]!)) end--;
  return end;
}

/** The speaker of a body quote that says the headline's words, when there is exactly one. */
function sameWordsSpeaker(text: string, bodyQuotes: readonly LocalQuote[]): number | null {
  const normal = (s: string): string => ` ${quoteWords(s)} `;
  const words = normal(text);
  // A body quote inside the headline's must be a phrase, not a word any headline may hold ("no").
  const same = (q: LocalQuote): boolean => normal(q.text).includes(words) || (normal(q.text).trim().includes(' ') && words.includes(normal(q.text)));
  const speakers = new Set(bodyQuotes.filter((q) => q.speakerKey !== null && same(q)).map((q) => q.speakerKey!));
  return speakers.size === 1 ? [...speakers][0]! : null;
}

/**
 * The entity named in the headline inside the speaker's part: a person first, else a body or state,
 * unless the part ends in a title ("Ruritania opposition leader"), which names a person by role.
 */
function namedIn(title: string, entities: readonly LocalEntity[], part: SpeakerPart): number | null {
  const named = entities.filter((e) => e.mentions.some((m) => m.inTitle && m.start >= part.start && m.end <= part.end));
  const person = named.find((e) => e.type === 'PERSON');
  if (person) return person.key;
  const last = /(\p{L}+)\W*$/u.exec(title.slice(part.start, part.end))?.[1]?.toLowerCase() ?? '';
  if (TITLE_HEAD_WORDS.has(last)) return null;
  return named.find((e) => e.type === 'ORGANIZATION' || e.type === 'COUNTRY')?.key ?? null;
}

/** The speaker's part as a description for the body's resolver, which finds who holds such a role. */
function phraseOf(title: string, part: SpeakerPart): SpeakerPhrase {
  const text = title.slice(part.start, part.end);
  return { kind: 'phrase', words: text.toLowerCase().split(/\s+/u).filter(Boolean), text, at: Number.MAX_SAFE_INTEGER };
}
