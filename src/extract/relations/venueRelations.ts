import { VENUE_EVENT_NOUNS } from '../../data/relationPlaces.js';
import { compassWords } from '../entities/lexicon.js';
import type { LocalRelation } from '../types.js';
import type { Arg, ArticleView, SentenceView, Tok } from './articleView.js';
import { findSubject, type Party } from './phrases.js';
import { doubtAround, isAdjective, isAdverb, isBe, isComma, isDeterminer, isHardBreak, isModal, isNoun, negatedBefore } from './words.js';

// Where an act took place: "Jo Bloggs and Ana Kos met in Fortville", "she held a press conference
// on Thursday in Fortville", "Jo Bloggs received Ana Kos in Fortville", "the talks were held at
// Fortville". A place after "in" or "at" belongs to the verb (and so to its subject) only when
// nothing else can take it: right after the verb, after a time, after a person the verb acts on,
// or after a noun for an event the verb holds. After any other noun the place describes that noun
// ("the crisis in Ruritania", "a base in Westshire") and nothing is said about the subject.

/** How far left of the place the verb may stand. */
const MAX_VERB_DISTANCE = 10;
/** Time words that stand between a verb and the place it happened in: "met yesterday afternoon in". */
const TIME_WORDS = new Set(['today', 'yesterday', 'tonight', 'morning', 'afternoon', 'evening', 'night', 'earlier', 'later', 'last', 'this', 'next', 'week', 'month', 'year', 'weekend']);

export function venueRelations(view: ArticleView): LocalRelation[] {
  const out: LocalRelation[] = [];
  for (const sv of view.sentences) {
    for (const place of sv.args) {
      if ((place.type !== 'LOCATION' && place.type !== 'COUNTRY') || place.possessive || describesNoun(sv, place)) continue;
      const prep = prepositionBefore(sv, place);
      if (prep === null) continue;
      const act = actBefore(sv, prep);
      if (!act || negatedBefore(sv, act.verb) || doubtAround(sv, act.verb, act.verb)) continue;
      const predicate = [...act.words, sv.toks[prep]!.lower].join(' ');
      for (const subject of subjectsOf(view, sv, act.verb)) {
        if (subject.key === place.key) continue;
        out.push({ subjectKey: subject.key, predicate, type: 'OTHER', objectKey: place.key, evidence: sv.span });
      }
    }
  }
  return out;
}

/** The token of "in"/"at" before the place, past "the" and a compass word ("in eastern Ruritania"). */
export function prepositionBefore(sv: SentenceView, place: Arg): number | null {
  let p = place.first - 1;
  if (compassWords.has(sv.toks[p]?.lower ?? '') && !isComma(sv.toks[p + 1])) p--;
  if (sv.toks[p]?.lower === 'the' && !isComma(sv.toks[p + 1])) p--;
  const tok = sv.toks[p];
  if (!tok || tok.arg >= 0 || (tok.lower !== 'in' && tok.lower !== 'at') || isComma(sv.toks[p + 1])) return null;
  return p;
}

/** "in Fortville talks", "at Fortville airport": the place names a thing after it, not where an act was. */
export function describesNoun(sv: SentenceView, place: Arg): boolean {
  const next = sv.toks[place.last + 1];
  return !!next && next.arg < 0 && !isComma(next) && !isHardBreak(next) && /^\p{L}/u.test(next.text) && (isNoun(next) || /^\p{Lu}/u.test(next.text)) && !next.tags.has('Date') && !TIME_WORDS.has(next.lower);
}

interface Act {
  /** Token of the verb. */
  verb: number;
  /** The predicate's words before the preposition: "met", "held press conference", "were overrun". */
  words: string[];
}

/**
 * The verb the place belongs to, read leftwards from the preposition: the verb itself, or a verb
 * reached over a time ("on Thursday", "yesterday"), a person it acts on, or an event it holds.
 */
function actBefore(sv: SentenceView, prep: number): Act | null {
  let j = prep - 1;
  let event: string | null = null;
  for (let steps = 0; j >= 0 && steps < MAX_VERB_DISTANCE; steps++) {
    const tok = sv.toks[j] as Tok;
    if (isComma(sv.toks[j + 1]) || isHardBreak(sv.toks[j + 1])) return null;
    if (tok.arg >= 0) {
      // "received Ana Kos in Fortville": a person the verb acts on, never a place or a body.
      const arg = sv.args[tok.arg] as Arg;
      if (arg.type !== 'PERSON' || event !== null || arg.possessive) return null;
      j = arg.first - 1;
      if (sv.toks[j]?.lower === 'with' && !isComma(sv.toks[j + 1])) j--;
      continue;
    }
    if (isTime(sv, j)) {
      j--;
      continue;
    }
    if (contentVerb(tok) && !(isDeterminer(sv.toks[j - 1]) && sv.toks[j - 1]!.arg < 0)) return { verb: j, words: predicateWords(sv, j, event) };
    if (event === null && VENUE_EVENT_NOUNS.has(tok.lower) && isNoun(tok)) {
      event = tok.lower;
      j--;
      // "a joint press conference": the event's own modifiers and article, back to its verb.
      while (j >= 0 && sv.toks[j]!.arg < 0 && !isComma(sv.toks[j + 1]) && (isDeterminer(sv.toks[j]) || isAdjective(sv.toks[j]) || (isNoun(sv.toks[j]) && !contentVerb(sv.toks[j]!)))) j--;
      continue;
    }
    // Anything else (a noun, a preposition, a clause word) takes the place itself.
    return null;
  }
  return null;
}

/** "on Thursday", "yesterday afternoon", "last week": a time between the verb and the place. */
function isTime(sv: SentenceView, j: number): boolean {
  const tok = sv.toks[j] as Tok;
  if (tok.tags.has('Date') || TIME_WORDS.has(tok.lower)) return true;
  return tok.lower === 'on' && !!sv.toks[j + 1]?.tags.has('Date');
}

/** A verb in its own right, lower case: not an auxiliary, a form of "be" or a modal. */
function contentVerb(tok: Tok): boolean {
  return tok.arg < 0 && tok.tags.has('Verb') && !['Auxiliary', 'Copula', 'Modal'].some((tag) => tok.tags.has(tag)) && !isBe(tok) && /^\p{Ll}[\p{Ll}-]*$/u.test(tok.text);
}

/** The verb as written, with a form of "be" before it ("were overrun") and the event it holds ("held talks"). */
function predicateWords(sv: SentenceView, verb: number, event: string | null): string[] {
  const before = sv.toks[verb - 1];
  const be = before && before.arg < 0 && isBe(before) && !isComma(sv.toks[verb]) ? [before.lower] : [];
  return [...be, sv.toks[verb]!.lower, ...(event ? [event] : [])];
}

/** The verb's subject: left of its auxiliaries, adverbs and "be"; for "to hold", the subject of the verb before. */
function subjectsOf(view: ArticleView, sv: SentenceView, verb: number): Party[] {
  let k = verb - 1;
  let nonFinite = sv.toks[verb]!.tags.has('Gerund');
  while (k >= 0) {
    const tok = sv.toks[k] as Tok;
    if (tok.arg >= 0 || isComma(sv.toks[k + 1])) break;
    if (tok.lower === 'to') nonFinite = true;
    else if (!(isBe(tok) || isModal(tok) || isAdverb(tok) || tok.tags.has('Auxiliary'))) break;
    k--;
  }
  return findSubject(view, sv, k, { nonFinite });
}
