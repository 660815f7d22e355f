import type { QuoteKind } from '../../store/records.js';
import { NAMED_ISSUE_HEADS, NAMED_THING_HEADS, TERM_MARKERS, THING_NOUNS } from '../../data/speechVerbs.js';
import type { QuoteSpan } from './findQuoteSpans.js';

/** Short words left lower case in title-case names ("Ministry of Water", "Return to the Sea"). */
const TITLE_CASE_SMALL_WORDS = new Set(['of', 'the', 'and', 'in', 'on', 'for', 'a', 'an', 'to', 'at', 'by', 'with', 'de', 'la', 'al', 'or']);
/** Longest quoted term a scare quote or a name of a thing usually has. */
const MAX_TERM_WORDS = 5;
/** An unattributed quotation must be this long to count as speech carried over from the context. */
const MIN_UNATTRIBUTED_WORDS = 6;

export interface QuoteShape {
  words: number;
  /** Ends with sentence or clause punctuation inside the marks. */
  endsWithPunctuation: boolean;
  /** Ends with a full stop, question or exclamation mark inside the marks. */
  endsSentence: boolean;
  /** A full stop, question or exclamation mark stands right after the closing mark (`“…attackers”.`). */
  stopAfterClose: boolean;
  /** Holds a sentence break inside. */
  multiSentence: boolean;
  titleCase: boolean;
  startsUpper: boolean;
  /** Stands at the start of its sentence or after a colon or comma lead-in. */
  standsAlone: boolean;
  /** Introduced as a term ("so-called", "dubbed", "known as"). */
  markedAsTerm: boolean;
  /** Names a document, programme or operation ("the “room papers”", "the “safe return” scheme"). */
  namesThing: boolean;
}

export function quoteShape(body: string, span: QuoteSpan, sentenceStart: number): QuoteShape {
  const text = body.slice(span.start, span.end);
  const trimmed = text.trim();
  const words = trimmed.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));
  const lettered = words.filter((w) => /\p{L}/u.test(w));
  const titleCase = lettered.length > 0 && lettered.every((w, i) => /^\P{L}*\p{Lu}/u.test(w) || (i > 0 && TITLE_CASE_SMALL_WORDS.has(w.toLowerCase())));
  const before = body.slice(Math.max(sentenceStart, span.open - 40), span.open);
  const lead = before.trimEnd();
  const firstLetter = /[\p{L}\p{N}]/u.exec(trimmed)?.[0] ?? '';
  return {
    words: words.length,
    endsWithPunctuation: /[.!?…,;:]['’"”)\]]*$/u.test(trimmed),
    endsSentence: /[.!?…]['’"”)\]]*$/u.test(trimmed),
    stopAfterClose: !span.unclosed && /^[.!?…]/u.test(body.slice(span.close + 1, span.close + 2)),
    multiSentence: /[.!?…]['’"”)\]]*\s+\S/u.test(trimmed),
    titleCase,
    startsUpper: /[\p{Lu}\p{N}]/u.test(firstLetter),
    standsAlone: lead === '' || span.open <= sentenceStart || /[:,\u2013\u2014-]$/u.test(lead),
    markedAsTerm: endsWithTermMarker(lead),
    namesThing: namesThing(lead, words, body.slice(span.close + 1, span.close + 30)),
  };
}

const DEFINITE = /(?:^|\s)the$/iu;

/** "the “room papers”", "the “safe return” scheme", "documents, the “blue files”": a name of a thing. */
function namesThing(lead: string, words: readonly string[], after: string): boolean {
  const lastWord = (words[words.length - 1] ?? '').toLowerCase().replace(/[^\p{L}]/gu, '');
  if (DEFINITE.test(lead) && NAMED_THING_HEADS.has(lastWord)) return true;
  if (NAMED_ISSUE_HEADS.has(lastWord) && /^\p{Lu}/u.test(words[0] ?? '') && words.length >= 2) return true;
  const next = /^\s*(\p{L}+)/u.exec(after)?.[1]?.toLowerCase();
  if (DEFINITE.test(lead) && next && THING_NOUNS.has(next)) return true;
  const apposition = /(\p{L}+)\s*(?:(?:[,\u2013\u2014]|\s-)\s*the|\(\s*(?:the)?)$/iu.exec(lead);
  return apposition !== null && THING_NOUNS.has(apposition[1]!.toLowerCase());
}

/** Whether a quotation is speech (kept) or a scare quote / name of a thing (left out). */
export function isSpeech(shape: QuoteShape, attributed: boolean, attributionAfter: boolean, speakerInContext: boolean): boolean {
  if (shape.markedAsTerm && shape.words <= MAX_TERM_WORDS && !shape.endsSentence) return false;
  const term = isTerm(shape);
  if (term && shape.namesThing) return false;
  if (attributed) {
    // A title-case term (a name of a law, an operation, a book) is no speech even in a sentence that reports some.
    if (term && shape.titleCase && !attributionAfter) return false;
    return shape.words > 0;
  }
  // A sentence standing alone in its marks ends inside them, or (in British style) with a stop right after them.
  const sentenceLike = shape.endsWithPunctuation || shape.multiSentence || (shape.stopAfterClose && shape.startsUpper && shape.standsAlone);
  if (term || !sentenceLike || !(shape.startsUpper || shape.standsAlone)) return false;
  // A short sentence standing alone right after someone spoke goes on with their words ("Nobody should be surprised.").
  return shape.words >= MIN_UNATTRIBUTED_WORDS || (speakerInContext && shape.standsAlone && shape.startsUpper && shape.words >= 2);
}

/**
 * Short and not a sentence: a term, a name or a fragment. A comma inside the closing mark is American
 * punctuation, not the end of an utterance; nor is a stop after a name in the middle of a sentence
 * ("no longer such a thing as “Westland.”").
 */
export function isTerm(shape: QuoteShape): boolean {
  if (shape.titleCase && shape.words <= MAX_NAME_WORDS && !shape.multiSentence && !shape.standsAlone) return true;
  return shape.words <= MAX_TERM_WORDS && !shape.endsSentence && !shape.multiSentence;
}

/** Words a quoted name may have: "“Westland.”", "“New Fortville Republic.”". */
const MAX_NAME_WORDS = 3;

/** FULL: a sentence or more standing as its own utterance; PARTIAL: a fragment inside the author's sentence. */
export function quoteKind(shape: QuoteShape): QuoteKind {
  if (!shape.startsUpper) return 'PARTIAL';
  if (shape.multiSentence || shape.standsAlone) return 'FULL';
  if (shape.endsWithPunctuation && shape.words > 2) return 'FULL';
  return 'PARTIAL';
}

function endsWithTermMarker(lead: string): boolean {
  const words = lead.toLowerCase().split(/\s+/u).filter(Boolean);
  return TERM_MARKERS.some((marker) => {
    if (marker.length > words.length) return false;
    const tail = words.slice(words.length - marker.length);
    return marker.every((m, i) => tail[i] === m);
  });
}

/** A quote's words in lower case, one space apart, for comparing two quotes' wording. */
export function quoteWords(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
