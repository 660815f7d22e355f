import nlp from 'compromise';
import { OPEN_OBJECT_PREPOSITIONS, OPEN_VERB_STOPLIST, type RelationVerb } from '../../data/relationVerbs.js';
import type { LocalRelation } from '../types.js';
import type { ArticleView, SentenceView, Tok } from './articleView.js';
import { isSpeechVerbForm, isStanceVerbForm } from '../../data/speechVerbs.js';
import { GERUND_OPENERS, joinedModifier, modifierList, relationsAt } from './verbRelations.js';
import { regularForms, type VerbFormKind } from './verbForms.js';
import { isBe, isClauseWord, isComma, isDeterminer, isHardBreak, isNoun, isPreposition, isValue, POSSESSIVE_PRONOUNS } from './words.js';

// Open relations: a fact any verb states between a named subject and a named object, where the
// relation lexicon has no entry for the verb or its entry does not fit ("the Senate reappointed
// Jo Bloggs", "Ruritania imposed a naval blockade against Freedonia", "she opened a meeting of the
// Acme Council"). The predicate is the verb as written with the object's head noun and
// preposition ("reappointed", "imposed blockade against", "opened meeting of"). They run last, so
// a lexicon fact about the same pair in the same sentence wins.

/** The stoplist verbs in all their forms: too general to state a fact by themselves. */
export const STOP_FORMS: ReadonlySet<string> = buildStopForms();
/** Adverb particles that belong to the verb before them ("forced out of", "set up in"). */
const PARTICLES = new Set(['out', 'up', 'off', 'away', 'back', 'down']);
/** How far right of the verb its object may start: an open verb's object is close by. */
const MAX_OBJECT_DISTANCE = 8;
/** Prepositions that bring in an object only behind a noun ("opened a meeting of B", not "spoke of B"). */
const NOUN_PREPOSITIONS = new Set(['of', 'about', 'between', 'among']);

/** `stated`: verb tokens whose lexicon entry already stated a fact (from verbRelations). */
export function openRelations(view: ArticleView, stated: ReadonlySet<Tok>): LocalRelation[] {
  const out: LocalRelation[] = [];
  for (const sv of view.sentences) {
    for (let t = 0; t < sv.toks.length; t++) {
      const tok = sv.toks[t];
      if (!tok || stated.has(tok) || !openVerb(sv, t) || !nameAhead(sv, t)) continue;
      for (const r of relationsAt(view, sv, t, openEntry(tok, sv.toks[t - 1], sv.toks[t + 1]), formKinds(tok))) {
        const words = r.predicate.split(' ');
        // "spoke of B" names no thing the verb acts on; "opened a meeting of B" does.
        if (words.length === 2 && NOUN_PREPOSITIONS.has(words[1] ?? '')) continue;
        out.push({ ...r, type: 'OTHER' });
      }
    }
  }
  return out;
}

/** A content verb in its own right, not on the stoplist; an -ing word after a clause opener counts ("by firing B"). */
function openVerb(sv: SentenceView, t: number): boolean {
  const tok = sv.toks[t] as Tok;
  return contentVerb(sv, t, tok.tags.has('Verb') || gerundAfterOpener(sv, t)) && !STOP_FORMS.has(tok.lower);
}

/**
 * A verb that carries a clause: read as a verb (`verb`, by default compromise's tag), lower case, not
 * an auxiliary, "be" or a verb of saying, and not a noun after a determiner or a possessive.
 */
export function contentVerb(sv: SentenceView, t: number, verb = sv.toks[t]?.tags.has('Verb') ?? false): boolean {
  const tok = sv.toks[t] as Tok;
  if (tok.arg >= 0 || tok.possessive || !verb || !/^\p{Ll}[\p{Ll}-]+$/u.test(tok.text)) return false;
  if (['Auxiliary', 'Copula', 'Modal', 'Particle'].some((tag) => tok.tags.has(tag)) || isBe(tok)) return false;
  // "X said B would …": what is said is a clause of its own, with its own subject; "condemned the
  // coup in B" acts on a noun.
  if (isSpeechVerbForm(tok.lower) && !isStanceVerbForm(tok.lower)) return false;
  const prev = sv.toks[t - 1];
  // "Ruritania's ruling party": a word after a possessive name describes the noun after it.
  if (prev && prev.arg >= 0 && sv.args[prev.arg]?.possessive) return false;
  return !(prev && prev.arg < 0 && (isDeterminer(prev) || POSSESSIVE_PRONOUNS.has(prev.lower)));
}

/**
 * A name stands a few words right of the verb, with no comma, clause word or other verb between:
 * "imposed a naval blockade against B", not "stressed the need for a deal involving B".
 */
function nameAhead(sv: SentenceView, t: number): boolean {
  // The object hangs on the verb: behind its first preposition at most, with no other noun between
  // that preposition and the name ("attacked a camp in B", not "blamed an assault on the towns of B").
  let prepositions = 0;
  const first = PARTICLES.has(sv.toks[t + 1]?.lower ?? '') ? t + 2 : t + 1;
  for (let j = first; j < sv.toks.length && j - t <= MAX_OBJECT_DISTANCE; j++) {
    const tok = sv.toks[j] as Tok;
    if ((isComma(tok) && !modifierList(sv, j)) || isHardBreak(tok) || isClauseWord(tok)) return false;
    if (tok.arg >= 0) return true;
    if (isPreposition(tok) && !isValue(tok) && ++prepositions > 1) return false;
    if (prepositions > 0 && isNoun(tok) && /^\p{Ll}/u.test(tok.text)) return false;
    const modifier = joinedModifier(sv, j);
    if (tok.tags.has('Verb') && !tok.tags.has('Auxiliary') && !tok.tags.has('Copula') && j > t + 1 && !modifier) return false;
    // "imposed tariffs and threatened B": a second verb, even when tagged an adjective.
    if (/^(and|or)$/.test(sv.toks[j - 1]?.lower ?? '') && /ed$/.test(tok.lower) && !modifier) return false;
    // "the alliance fighting B": an -ing word after a noun opens a clause about that noun, even when tagged a noun.
    if (/ing$/.test(tok.lower) && isNoun(sv.toks[j - 1]) && j > t + 1) return false;
  }
  return false;
}

/** A lexicon entry made for the verb as written: a direct object or an object behind one of the open prepositions. */
function openEntry(tok: Tok, prev: Tok | undefined, next: Tok | undefined): RelationVerb {
  // A participle states a past event ("…, replacing B" → "replaced"); after a form of "be" it is going on ("is hosting B").
  const progressive = !!prev && prev.arg < 0 && isBe(prev);
  const verb = tok.tags.has('Gerund') || !tok.tags.has('Verb') ? (progressive ? `${prev.lower} ${tok.lower}` : pastTense(tok.lower)) : tok.lower;
  // A particle is part of the verb: "forced out of", "set up in".
  const particle = next && next.arg < 0 && (next.tags.has('Particle') || PARTICLES.has(next.lower)) && !isComma(next) ? next.lower : undefined;
  const phrase = particle ? `${verb} ${particle}` : verb;
  const preps: Record<string, string> = { '': phrase };
  for (const prep of OPEN_OBJECT_PREPOSITIONS) preps[prep] = `${phrase} # ${prep}`;
  return { lemma: tok.lower, predicate: phrase, type: 'OTHER', preps, open: true, ...(particle ? { particle } : {}) };
}

const pastCache = new Map<string, string>();

/** "replacing" → "replaced", by compromise's conjugation (in a clause, so that it reads the word as a verb). */
function pastTense(gerund: string): string {
  let past = pastCache.get(gerund);
  if (past === undefined) {
    const forms = nlp(`they are ${gerund}`).verbs().conjugate()[0] as { PastTense?: string } | undefined;
    past = forms?.PastTense?.split(' ').pop() ?? gerund;
    pastCache.set(gerund, past);
  }
  return past;
}

/** "by firing B", "after meeting B": an -ing word after a preposition that opens a clause is a verb, however it is tagged. */
function gerundAfterOpener(sv: SentenceView, t: number): boolean {
  const prev = sv.toks[t - 1];
  return /ing$/.test(sv.toks[t]!.lower) && !!prev && prev.arg < 0 && GERUND_OPENERS.has(prev.lower) && !isComma(sv.toks[t]);
}

/** The forms a surface verb may be, from compromise's tense tags. */
function formKinds(tok: Tok): ReadonlySet<VerbFormKind> {
  if (tok.tags.has('Gerund') || !tok.tags.has('Verb')) return new Set(['gerund']);
  if (tok.tags.has('PastTense') || tok.tags.has('Participle')) return new Set(['past', 'participle']);
  if (tok.tags.has('Infinitive')) return new Set(['base']);
  return new Set([/s$/.test(tok.lower) ? 'third' : 'base']);
}

function buildStopForms(): Set<string> {
  const forms = new Set<string>();
  for (const word of OPEN_VERB_STOPLIST) {
    forms.add(word);
    const regular = regularForms(word);
    for (const f of [...regular.third, ...regular.past, ...regular.gerund]) forms.add(f);
  }
  return forms;
}
