import { AUXILIARIES, BE_FORMS, CLAUSE_WORDS, MODALS, PREPOSITIONS } from '../../data/relationVerbs.js';
import type { Arg, SentenceView, Tok } from './articleView.js';

// Word-class tests over compromise's tags and a few closed word lists.

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'some', 'several', 'many', 'any', 'each', 'every', 'both', 'all', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'no', 'other', 'another', 'such', 'one', 'two', 'three', 'four', 'five']);
export const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their']);
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'him', 'his', 'she', 'her']);
export const THING_PRONOUNS: ReadonlySet<string> = new Set(['it', 'its', 'they', 'them', 'their']);
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'it', 'they']);
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'it', 'them']);
const SAY_VERBS = new Set(['said', 'says', 'say', 'told', 'tells', 'added', 'stated', 'announced', 'noted', 'insisted', 'claimed', 'reported', 'wrote', 'tweeted', 'declared', 'argued', 'explained', 'stressed', 'warned', 'asked', 'replied']);

export const isPreposition = (t: Tok | undefined): boolean => !!t && (PREPOSITIONS.has(t.lower) || (t.tags.has('Preposition') && t.lower.length > 1));
// compromise may tag "who" after a dash as a determiner; it never is one.
export const isDeterminer = (t: Tok | undefined): boolean => !!t && (DETERMINERS.has(t.lower) || (t.tags.has('Determiner') && t.lower !== 'who'));
export const isAdverb = (t: Tok | undefined): boolean => !!t && (t.tags.has('Adverb') || AUXILIARIES.has(t.lower)) && !t.tags.has('Preposition');
export const isBe = (t: Tok | undefined): boolean => !!t && BE_FORMS.has(t.lower);
export const isModal = (t: Tok | undefined): boolean => !!t && MODALS.has(t.lower);
export const isClauseWord = (t: Tok | undefined): boolean => !!t && CLAUSE_WORDS.has(t.lower);
export const isSayVerb = (t: Tok | undefined): boolean => !!t && SAY_VERBS.has(t.lower);
export const isValue = (t: Tok | undefined): boolean => !!t && (t.tags.has('Value') || t.tags.has('Money') || t.tags.has('Percent') || t.tags.has('Cardinal') || /\d/.test(t.text) || t.lower === 'percent' || t.lower === 'per' || t.lower === 'cent');
export const isNoun = (t: Tok | undefined): boolean => !!t && t.tags.has('Noun') && !t.tags.has('Pronoun') && !isValue(t) && !t.tags.has('Date');
export const isAdjective = (t: Tok | undefined): boolean => !!t && (t.tags.has('Adjective') || t.tags.has('Comparable') || t.tags.has('Superlative'));
/** A verb that heads a clause (not an auxiliary, an adjective-like participle or a gerund). */
export const isFiniteVerb = (t: Tok | undefined): boolean =>
  !!t && t.tags.has('Verb') && !t.tags.has('Auxiliary') && !t.tags.has('Copula') && !t.tags.has('Gerund') && !t.tags.has('Particle') && !isModal(t);
export const isComma = (t: Tok | undefined): boolean => !!t && t.gap.includes(',');
/** Punctuation before this token that ends a phrase. */
export const isHardBreak = (t: Tok | undefined): boolean => !!t && /[;:()\u2013\u2014"“”]|\s-|-\s/.test(t.gap);
/** Like isHardBreak, but quote marks inside a phrase do not end it ("had a “very pleasant meeting” with"). */
export const isPhraseBreak = (t: Tok | undefined): boolean => !!t && /[;:()\u2013\u2014]|\s-|-\s/.test(t.gap);
/** Place nouns that stand in apposition with "of": "the city of Fortville" is Fortville. */
export const PLACE_NOUNS: ReadonlySet<string> = new Set(['city', 'town', 'village', 'capital', 'province', 'region', 'state', 'island', 'port', 'district', 'county', 'country', 'kingdom', 'republic', 'area', 'township', 'municipality', 'governorate', 'prefecture', 'resort']);

/** Nouns of amount or share that, with "of", only measure what follows: "bombed a number of Acme posts", "occupied 20 percent of Ruritania". */
export const QUANTITY_NOUNS: ReadonlySet<string> = new Set(['number', 'percent', 'part', 'parts', 'half', 'third', 'quarter', 'portion', 'swathes', 'swaths', 'dozens', 'hundreds', 'thousands', 'scores', 'series', 'couple', 'handful', 'host', 'range', 'variety', 'lot', 'lots', 'string', 'wave', 'barrage', 'volley', 'flurry']);

/** The arg has a preposition right before it (it is an object, not a subject). */
export function afterPreposition(view: SentenceView, arg: Arg): boolean {
  let b = arg.first - 1;
  // "in the Gambia": over a determiner to the preposition.
  while (b > 0 && view.toks[b]!.arg < 0 && isDeterminer(view.toks[b]) && !isComma(view.toks[b + 1])) b--;
  const before = view.toks[b];
  // "since Ruritania invaded …": a subordinating word opens a clause whose subject follows.
  return !!before && before.arg < 0 && isPreposition(before) && !CLAUSE_WORDS.has(before.lower) && !isComma(view.toks[arg.first]);
}

/** The arg stands where a subject stands: not after a preposition, not a possessive, followed by a verb or first in its sentence. */
export function isSubjectPosition(view: SentenceView, arg: Arg): boolean {
  if (afterPreposition(view, arg) || arg.possessive) return false;
  if (view.args[0] === arg) return true;
  for (let t = arg.last + 1; t < view.toks.length && t <= arg.last + 3; t++) {
    const tok = view.toks[t];
    if (!tok || tok.arg >= 0) return false;
    if (tok.tags.has('Verb')) return true;
    if (!isAdverb(tok)) return false;
  }
  return false;
}

const NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'no', 'without', 'neither', 'nor', 'cannot', 'denied', 'denies', 'deny', 'ruled']);
const DOUBTS: ReadonlySet<string> = new Set(['unclear', 'uncertain', 'undecided', 'unconfirmed', 'doubtful', 'doubt', 'unknown', 'whether', 'if', 'unlikely', 'rumoured', 'rumored', 'speculation']);

/** A negation in the clause before token t ("did not visit", "is not planning a visit", "no talks with"). */
export function negatedBefore(view: SentenceView, t: number): boolean {
  for (let j = t - 1; j >= 0 && t - j <= 7; j--) {
    const right = view.toks[j + 1];
    if (right && j + 1 !== t && (isComma(right) || isHardBreak(right))) return false;
    if (j + 1 === t && right && (isComma(right) || isHardBreak(right))) return false;
    const tok = view.toks[j];
    if (!tok || tok.arg >= 0) return false;
    if (NEGATIONS.has(tok.lower) || /n['’]t$/.test(tok.lower)) return true;
    if (isClauseWord(tok) && tok.lower !== 'saying') return false;
  }
  return false;
}

/** A word of doubt in the clause around tokens [from, to]: "the timing of its next visit to B was unclear", "whether A would visit B". */
export function doubtAround(view: SentenceView, from: number, to: number): boolean {
  for (let j = to + 1; j < view.toks.length && j - to <= 8; j++) {
    const tok = view.toks[j];
    if (!tok || isComma(tok) || isHardBreak(tok)) break;
    if (DOUBTS.has(tok.lower) && tok.lower !== 'if' && tok.lower !== 'whether') return true;
  }
  for (let j = from - 1; j >= 0 && from - j <= 8; j--) {
    const right = view.toks[j + 1];
    if (right && (isComma(right) || isHardBreak(right))) break;
    const tok = view.toks[j];
    if (tok && DOUBTS.has(tok.lower)) return true;
  }
  return false;
}
