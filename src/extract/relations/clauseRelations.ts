import { PREPOSITIONS } from '../../data/relationVerbs.js';
import type { LocalRelation } from '../types.js';
import type { Arg, ArticleView, SentenceView, Tok } from './articleView.js';
import { contentVerb, STOP_FORMS } from './openRelations.js';
import { describesNoun, prepositionBefore } from './venueRelations.js';
import { findSubject, isDemonym, type Party } from './phrases.js';
import { CONTROL_FORMS, joinedModifier, modifierList } from './verbRelations.js';
import {
  doubtAround,
  isAdverb,
  isBe,
  isClauseWord,
  isComma,
  isAdjective,
  isDeterminer,
  isHardBreak,
  isModal,
  isNoun,
  isPreposition,
  negatedBefore,
  PLACE_NOUNS,
  POSSESSIVE_PRONOUNS,
} from './words.js';

// The rest of the clause: after every other rule, a verb's named subject and each name further on
// in the same clause, when no rule has linked the two in that sentence ("Ruritania lodged a
// complaint over the conduct of Freedonia", "became Ruritania's president"). The clause ends at a
// comma, a clause word, a dash or colon, or the next verb, so the names it links are the ones the
// verb acts on. The predicate is the path from the verb to the name: its modal or passive "be",
// each phrase's head noun and each preposition ("lodged complaint over conduct of", "became
// president of"). A general verb (have, make, name …) states a fact only with a noun on that path.

/** How far right of the verb a name may stand and still be what the verb acts on. */
const MAX_REACH = 12;
/** Prepositional phrases a name may be nested in: "put emphasis on efforts between A and B". */
const MAX_PREPOSITIONS = 2;
/** Prepositions that compare or liken; they bring in no party to the act. */
const NO_PARTY_PREPOSITIONS: ReadonlySet<string> = new Set(['than', 'like', 'unlike', 'per', 'despite', 'amid']);

export function clauseRelations(view: ArticleView): LocalRelation[] {
  const out: LocalRelation[] = [];
  for (const sv of view.sentences) {
    for (let t = 0; t < sv.toks.length; t++) {
      if (!contentVerb(sv, t) || negatedBefore(sv, t) || doubtAround(sv, t, t)) continue;
      const clause = clauseOf(view, sv, t);
      if (!clause) continue;
      const { subjects } = clause;
      for (const { arg, predicate } of namesInClause(sv, t, clause)) {
        for (const subject of subjects) {
          if (subject.key === arg.key) continue;
          out.push({ subjectKey: subject.key, predicate, type: 'OTHER', objectKey: arg.key, evidence: sv.span });
        }
      }
    }
  }
  return out;
}

/**
 * The verb's subject, over its auxiliaries and adverbs. The verb must head a clause: finite, or a
 * participle or infinitive after its auxiliary or a verb of intent ("has signed", "agreed to open
 * talks with"); "the conflict involving B" and "a visit to attend B" have no named subject.
 */
function clauseOf(view: ArticleView, sv: SentenceView, t: number): Clause | null {
  const verb = sv.toks[t] as Tok;
  let k = t - 1;
  let auxiliary = false;
  let be: string | null = null;
  let modal: string | null = null;
  let infinitive = false;
  while (k >= 0) {
    const tok = sv.toks[k] as Tok;
    if (tok.arg >= 0 || isComma(sv.toks[k + 1])) break;
    if (tok.lower === 'to' && !infinitive) infinitive = true;
    else if (isBe(tok) || isModal(tok) || tok.tags.has('Auxiliary')) {
      auxiliary = true;
      if (isBe(tok)) be ??= tok.lower;
      if (isModal(tok)) modal ??= tok.lower;
    }
    else if (!isAdverb(tok)) break;
    k--;
  }
  const before = sv.toks[k];
  if (infinitive) {
    if (!before || before.arg >= 0 || !CONTROL_FORMS.has(before.lower)) return null;
    const subjects = findSubject(view, sv, k - 1);
    return subjects.length === 0 ? null : { subjects, verb: `${before.lower} to ${verb.lower}`, light: STOP_FORMS.has(verb.lower) };
  }
  const gerund = verb.tags.has('Gerund');
  const nonFinite = gerund || (verb.tags.has('Participle') && !verb.tags.has('PastTense'));
  if (nonFinite && !auxiliary) return null;
  // "said talks between A and B", "blasted attempts by B": a verb right after another is a noun.
  if (before && before.arg < 0 && before.tags.has('Verb') && !auxiliary) return null;
  const subjects = findSubject(view, sv, k);
  // "talks were held in B": a passive says what was done to the subject.
  const phrase = be && !gerund ? `${be} ${verb.lower}` : verb.lower;
  return subjects.length === 0 ? null : { subjects, verb: modal ? `${modal} ${phrase}` : phrase, light: STOP_FORMS.has(verb.lower) };
}

interface Clause {
  subjects: Party[];
  /** The verb with its modal and passive "be" ("will host", "was held"). */
  verb: string;
  /** A verb too general to state a fact without a noun on the path ("had talks with B", not "named B"). */
  light: boolean;
}

interface ClauseName {
  arg: Arg;
  predicate: string;
}

/** The names right of the verb up to the end of its clause, each with the predicate that links it to the verb. */
function namesInClause(sv: SentenceView, t: number, clause: Clause): ClauseName[] {
  const found: ClauseName[] = [];
  // The path from the verb to the name: each phrase's head noun and each preposition
  // ("filed a formal protest in response to" → filed protest in response to).
  const path: string[] = [clause.verb];
  let head = '';
  /** The path ends in a preposition still waiting for its object. */
  let open = false;
  let prepositions = 0;
  for (let j = t + 1; j < sv.toks.length && j - t <= MAX_REACH; j++) {
    const tok = sv.toks[j] as Tok;
    if (isHardBreak(tok) || (isComma(tok) && !modifierList(sv, j)) || (tok.arg < 0 && isClauseWord(tok))) break;
    if (tok.arg >= 0) {
      const arg = sv.args[tok.arg] as Arg;
      // "received the Ruritanian envoy Jo Bloggs", "merge with Ruritania rival Acme": the name describes
      // the next one. "progress in Fortville talks": the place names the noun after it. "criticised the
      // Acme Council in Fortville": the place says where the body is.
      if (describesNextName(sv, arg) || (arg.type === 'LOCATION' && describesNoun(sv, arg)) || placeOfPreviousName(sv, arg)) {
        j = arg.last;
        continue;
      }
      // "became Ruritania's president", "led the Ruritanian delegation": the name qualifies the noun after it.
      const qualified = qualifiedNoun(sv, arg);
      // After a preposition, a noun before the name describes the name ("of the rebel Acme Front").
      const words = [...path, open ? '' : head, ...(qualified ? [qualified.noun, 'of'] : [])].filter(Boolean);
      // "had talks with B", "became president of B", but not "had B" or "named B".
      const nouns = words.slice(1).filter((w) => !PREPOSITIONS.has(w));
      if (!clause.light || nouns.length > 0) found.push({ arg, predicate: words.join(' ') });
      j = qualified ? qualified.at : arg.last;
      // The name was the object of the preposition before it; the next name has a path of its own.
      if (open) path.pop();
      open = false;
      head = '';
      continue;
    }
    // Another verb opens a clause of its own: "… and named B", "by firing B", "officials implicated in B".
    // A participle between a determiner and its noun only describes it ("the proposed merger with B").
    const secondVerb = tok.tags.has('Verb') || (/^(and|or)$/.test(sv.toks[j - 1]?.lower ?? '') && /ed$/.test(tok.lower));
    if (secondVerb && j > t + 1 && !joinedModifier(sv, j) && !describingParticiple(sv, j) && !nounAfterModifier(sv, j)) break;
    if (isPreposition(tok)) {
      // "met Jo Bloggs of Ruritania": an "of" right after a name is the name's, not the verb's.
      if (tok.lower === 'of' && (sv.toks[j - 1]?.arg ?? -1) >= 0) break;
      if (NO_PARTY_PREPOSITIONS.has(tok.lower) || ++prepositions > MAX_PREPOSITIONS) break;
      // "in the town of B" is "in B".
      if (tok.lower === 'of' && PLACE_NOUNS.has(head)) head = '';
      else {
        path.push(head, tok.lower);
        open = true;
      }
      head = '';
    } else if ((isNoun(tok) || nounAfterModifier(sv, j)) && /^\p{Ll}/u.test(tok.text) && !POSSESSIVE_PRONOUNS.has(tok.lower)) head = tok.lower;
    // "a call on Friday from B": a time says when, not to whom.
    else if (tok.tags.has('Date') && open && !head) {
      path.pop();
      open = false;
    }
  }
  return found;
}

/**
 * The noun a name qualifies, over its adjectives: "Ruritania's president", "the Ruritanian trade
 * delegation". A person's name qualifies a noun only as a possessive: "named Jo
 * Bloggs chief executive" names what Jo Bloggs became.
 */
function qualifiedNoun(sv: SentenceView, arg: Arg): { noun: string; at: number } | null {
  if (arg.type === 'PERSON' && !arg.possessive) return null;
  let noun: { noun: string; at: number } | null = null;
  for (let j = arg.last + 1; j < sv.toks.length && j - arg.last <= 3; j++) {
    const tok = sv.toks[j] as Tok;
    // A demonym is an adjective even before a title: "the Ruritanian Foreign Minister".
    if (tok.arg >= 0 || isComma(tok) || isHardBreak(tok) || !(/^\p{Ll}/u.test(tok.text) || isDemonym(arg))) break;
    if (isNoun(tok) && !/ing$/.test(tok.lower)) noun = { noun: tok.lower, at: j };
    else if (noun || !isAdjective(tok)) break;
  }
  return noun;
}

/** A place right after "in" or "at" after an organisation or place: "the Acme Council in Fortville". */
function placeOfPreviousName(sv: SentenceView, arg: Arg): boolean {
  if (arg.type !== 'LOCATION' && arg.type !== 'COUNTRY') return false;
  const p = prepositionBefore(sv, arg);
  if (p === null || isComma(sv.toks[p])) return false;
  const before = sv.toks[p - 1];
  if (!before || before.arg < 0) return false;
  const type = sv.args[before.arg]?.type;
  return type === 'ORGANIZATION' || type === 'LOCATION';
}

/** Another name follows over a few lower-case words at most, with no comma or preposition: "Ruritania rival Acme". */
function describesNextName(sv: SentenceView, arg: Arg): boolean {
  for (let j = arg.last + 1; j < sv.toks.length && j - arg.last <= 3; j++) {
    const tok = sv.toks[j] as Tok;
    if (isComma(tok) || isHardBreak(tok)) return false;
    if (tok.arg >= 0) return true;
    if (isPreposition(tok) || isClauseWord(tok) || tok.tags.has('Verb') || /^(and|or)$/.test(tok.lower)) return false;
  }
  return false;
}

/** "its summit", "a first-ever summit": a word the tagger calls a verb after a possessive pronoun or a hyphenated modifier is a noun. */
function nounAfterModifier(sv: SentenceView, j: number): boolean {
  const prev = sv.toks[j - 1];
  const next = sv.toks[j + 1];
  if (!prev || prev.arg >= 0 || isComma(sv.toks[j]) || (next && isComma(next))) return false;
  return POSSESSIVE_PRONOUNS.has(prev.lower) || (prev.tags.has('Hyphenated') && !sv.toks[j]!.tags.has('Hyphenated'));
}

/** "the proposed merger", "Sunday's attempted coup": a participle after a determiner, adjective or possessive, before its noun. */
function describingParticiple(sv: SentenceView, j: number): boolean {
  const prev = sv.toks[j - 1];
  const next = sv.toks[j + 1];
  return !!prev && !!next && prev.arg < 0 && (isDeterminer(prev) || isAdjective(prev) || prev.possessive) && isNoun(next) && !isComma(next);
}
