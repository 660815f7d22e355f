import { HONORIFICS, ROLE_HEADS } from '../../data/relationRoles.js';
import { ACTING_FOR_NOUNS, MEMBER_NOUNS, RELATIVE_PRONOUNS } from '../../data/relationVerbs.js';
import { argAt, type Arg, type ArticleView, type SentenceView } from './articleView.js';
import { resolvePronoun } from './resolvePronoun.js';
import {
  afterPreposition,
  isAdjective,
  isAdverb,
  isBe,
  isComma,
  isDeterminer,
  isFiniteVerb,
  isHardBreak,
  isNoun,
  isValue,
  isModal,
  isPreposition,
  isSayVerb,
  POSSESSIVE_PRONOUNS,
  SUBJECT_PRONOUNS,
} from './words.js';

// Phrase-level helpers shared by the verb and noun rules: who is the subject left of a word,
// which names are coordinated with a name, which arg a possessive chain ends in.

/** One side of a relation: an entity and where it was found (the arg, or a pronoun's token). */
export interface Party {
  key: number;
  arg?: Arg;
  tok: number;
}

const MAX_SUBJECT_DISTANCE = 22;
const QUESTION_WORDS = new Set(['how', 'what', 'why', 'whether']);

export interface SubjectOptions {
  /** The word is an infinitive or gerund: its subject may stand before another verb ("overcame a deficit to beat"). */
  nonFinite?: boolean;
  /** A possessive name may be the subject ("Acme's offer to buy"). */
  allowPossessive?: boolean;
}

/** The subject(s) of the word at `from + 1`, searching leftwards from `from`. */
export function findSubject(view: ArticleView, sv: SentenceView, from: number, options: SubjectOptions = {}): Party[] {
  const { toks } = sv;
  const start = from + 1;
  /** The relative pronoun passed on the way back ("who", "which"), or false. */
  let sawRelative: string | false = false;
  let afterParenthesis = false;
  // "A met B on Monday and plans to meet C": past the "and" that joins two verbs, B is the first verb's object.
  let joinedVerb = false;
  for (let j = from; j >= 0 && start - j <= MAX_SUBJECT_DISTANCE; j--) {
    const next = toks[j + 1];
    // "Acme (also known as Initech) plans": step over a parenthesis.
    if (next && next.gap.trim().startsWith(')')) {
      let open = j;
      while (open > 0 && !toks[open]!.gap.includes('(')) open--;
      j = open;
      afterParenthesis = true;
      continue;
    }
    // "Jo Bloggs - who has accused B -": a relative clause set off by dashes, like one set off by commas.
    const dashedRelative = !!next && /^\s*[-\u2013\u2014]\s*$/.test(next.gap) && next.arg < 0 && (next.lower === 'who' || next.lower === 'which');
    if (j < from && next && isHardBreak(next) && !afterParenthesis && !dashedRelative) return [];
    afterParenthesis = false;
    // An apposition or relative clause between commas: ", a major supplier," — step over it.
    if (next && isComma(next)) {
      const open = openingComma(sv, j);
      if (open !== null) {
        const opener = toks[open];
        // … or a reduced relative clause: "The talks, held in Fortville, were devoted to …".
        const reduced = !!opener && opener.arg < 0 && opener.tags.has('Verb') && (opener.tags.has('PastTense') || opener.tags.has('Participle'));
        // … or another name: ", better known as Kestrel,".
        const alias = !!opener && /^(better|also|widely|popularly|commonly|known)$/.test(opener.lower);
        if (opener && (isDeterminer(opener) || RELATIVE_PRONOUNS.has(opener.lower) || opener.lower === 'who' || reduced || alias || titleApposition(sv, open, j))) {
          // "The Minister for Fisheries, the Hon. Jo Bloggs, met …": an apposition that is only a name, after a title, is the subject.
          const named = nameOnlyApposition(sv, open, j);
          if (named) return coordinated(sv, named);
          j = open;
          continue;
        }
      }
    }
    const tok = toks[j];
    if (!tok) break;
    if (!options.nonFinite && tok.arg < 0 && tok.lower === 'and' && !isComma(tok) && (j === from || (j < from && verbsOnly(sv, j + 1, from)))) {
      joinedVerb = true;
      continue;
    }
    if (joinedVerb) {
      if (tok.arg >= 0) {
        j = sv.args[tok.arg]?.first ?? j;
        continue;
      }
      if (isFiniteVerb(tok) && !isComma(toks[j + 1])) joinedVerb = false;
      else if (isComma(toks[j + 1]) || isHardBreak(toks[j + 1])) return [];
      continue;
    }
    // "the company said": an unnamed subject right before the verb; no name further left is it.
    if (j === from && !options.nonFinite && tok.arg < 0 && isNoun(tok) && !tok.possessive && !isComma(toks[j + 1])) {
      // … unless it is the troops or people of the name right before it: "Ruritanian troops attacked B",
      // "Ruritania's new government signed".
      let g = j - 1;
      while (g > 0 && g >= j - 2 && toks[g]!.arg < 0 && isAdjective(toks[g]) && /^\p{Ll}/u.test(toks[g]!.text) && !isComma(toks[g + 1])) g--;
      const group = toks[g];
      const owner = group && group.arg >= 0 && !isComma(toks[g + 1]) && ACTING_FOR_NOUNS.has(tok.lower) ? sv.args[group.arg] : undefined;
      if (owner && (owner.type === 'COUNTRY' || owner.type === 'ORGANIZATION')) return coordinated(sv, owner);
      // "Jo Bloggs and a delegation of MPs met with B": the name joined to the unnamed group.
      const joined = nameBeforeGroup(sv, j);
      return joined ? coordinated(sv, joined) : [];
    }
    if (tok.arg >= 0) {
      const arg = sv.args[tok.arg];
      if (!arg) break;
      j = arg.first;
      if (arg.type === 'OTHER') continue;
      if (arg.possessive && !options.allowPossessive) continue;
      // "the prime minister of Ruritania who heads …": "who" stands for a person, never for a state or place.
      if (sawRelative === 'who' && (arg.type === 'COUNTRY' || arg.type === 'LOCATION')) continue;
      if (sawRelative || !objectOfPreposition(sv, arg) || membersOf(sv, arg)) {
        const parties = coordinated(sv, arg);
        // "members such as A and B agreed": examples of an unnamed subject are not the subject.
        return exampleList(sv, parties[0]?.arg ?? arg) ? [] : parties;
      }
      continue;
    }
    if (SUBJECT_PRONOUNS.has(tok.lower) && tok.tags.has('Pronoun')) {
      const key = resolvePronoun(view, sv.index, j, tok.lower, 'subject');
      return key === null ? [] : [{ key, tok: j }];
    }
    if (RELATIVE_PRONOUNS.has(tok.lower) && (tok.lower !== 'that' || isComma(tok))) {
      sawRelative = tok.lower;
      continue;
    }
    if (j < from && (isSayVerb(tok) || isFiniteVerb(tok)) && !options.nonFinite) return [];
    if (tok.lower === 'that' && !options.nonFinite) return [];
    if (QUESTION_WORDS.has(tok.lower)) return [];
  }
  return [];
}

/** "A [, apposition,] and his [Freedonian] counterpart": A, from the token of "counterpart". */
function counterpartOf(sv: SentenceView, counterpart: number): Arg | null {
  let k = counterpart - 1;
  const state = argAt(sv, k);
  if (state && state.type === 'COUNTRY') k = state.first - 1;
  if (!POSSESSIVE_PRONOUNS.has(sv.toks[k]?.lower ?? '') || sv.toks[k - 1]?.lower !== 'and') return null;
  const and = k - 1;
  const near = argAt(sv, and - 1);
  if (near && !isComma(sv.toks[and])) return near.type === 'PERSON' ? near : null;
  // Over an apposition closed by the comma before "and".
  for (let j = and - 1; j > 0 && and - j <= 8; j--) {
    if (!isComma(sv.toks[j]) || sv.toks[j]!.arg >= 0) continue;
    const holder = argAt(sv, j - 1);
    return holder && holder.type === 'PERSON' ? holder : null;
  }
  return null;
}

/** The name joined by "and" to an unnamed noun phrase ending at token `end` ("Jo Bloggs and a delegation of MPs"), or null. */
function nameBeforeGroup(sv: SentenceView, end: number): Arg | null {
  for (let k = end; k >= 0 && end - k <= 6; k--) {
    const tok = sv.toks[k]!;
    if (tok.arg >= 0 || isComma(sv.toks[k + 1]) || isHardBreak(tok)) return null;
    if (tok.lower === 'and') {
      const name = argAt(sv, k - 1);
      return k < end && name && !name.possessive && !isComma(tok) && (name.type === 'PERSON' || name.type === 'ORGANIZATION' || name.type === 'COUNTRY') ? name : null;
    }
    if (!(isNoun(tok) || isAdjective(tok) || isDeterminer(tok) || isValue(tok) || tok.lower === 'of') || isFiniteVerb(tok)) return null;
  }
  return null;
}

/** Tokens [from, to] are a verb with its auxiliaries and adverbs ("had", "also plans"). */
function verbsOnly(sv: SentenceView, from: number, to: number): boolean {
  let verb = false;
  for (let t = from; t <= to; t++) {
    const tok = sv.toks[t];
    if (!tok || tok.arg >= 0 || isComma(tok)) return false;
    if (isFiniteVerb(tok) || tok.tags.has('Verb')) verb = true;
    else if (!(isAdverb(tok) || isModal(tok) || tok.tags.has('Auxiliary'))) return false;
  }
  return verb;
}

/**
 * Tokens [open, close] are a title in apposition to the name before them: ", Acme's chief executive,",
 * ", Kremlin spokesman,", ", head of Acme,". A name stands before the opening comma.
 */
function titleApposition(sv: SentenceView, open: number, close: number): boolean {
  const before = sv.toks[open - 1];
  if (!before || before.arg < 0 || sv.args[before.arg]?.type !== 'PERSON') return false;
  for (let k = open; k <= close; k++) {
    const tok = sv.toks[k];
    if (!tok) return false;
    if (tok.arg < 0 && ROLE_HEADS.has(tok.lower)) return true;
    if (tok.arg < 0 && (isFiniteVerb(tok) || isSayVerb(tok))) return false;
  }
  return false;
}

/** The names stand after "such as", "including" or "like": examples of a phrase before them. */
function exampleList(sv: SentenceView, first: Arg): boolean {
  const before = sv.toks[first.first - 1]?.lower ?? '';
  return before === 'including' || before === 'like' || (before === 'as' && sv.toks[first.first - 2]?.lower === 'such');
}

/** "Rebels of the Blue Front", "negotiators from Acme": members standing for their group, at the start of a clause. */
function membersOf(sv: SentenceView, arg: Arg): boolean {
  let b = arg.first - 1;
  if (sv.toks[b]?.lower === 'the') b--;
  const prep = sv.toks[b];
  const noun = sv.toks[b - 1];
  if (!prep || !noun || (prep.lower !== 'of' && prep.lower !== 'from') || noun.arg >= 0 || !MEMBER_NOUNS.has(noun.lower)) return false;
  const opener = sv.toks[b - 2];
  return !opener || isComma(noun) || isHardBreak(noun) || (opener.arg < 0 && isDeterminer(opener) && (b - 3 < 0 || isComma(opener) || !sv.toks[b - 3]));
}

/** After a preposition, directly or as the second of "in Fortville, Ruritania". */
function objectOfPreposition(sv: SentenceView, arg: Arg): boolean {
  if (afterPreposition(sv, arg)) return true;
  const before = sv.toks[arg.first - 1];
  // Only a place is the second of two places: "In Fortville, Jo Bloggs said" has a subject after the comma.
  if (arg.type !== 'LOCATION' && arg.type !== 'COUNTRY') return false;
  const prev = before && before.arg >= 0 && isComma(sv.toks[arg.first]) ? sv.args[before.arg] : undefined;
  return !!prev && (prev.type === 'LOCATION' || prev.type === 'COUNTRY') && afterPreposition(sv, prev);
}

/** The person named alone, after "the" and honorifics, between commas at tokens [open, close] after a title with no name, or null. */
function nameOnlyApposition(sv: SentenceView, open: number, close: number): Arg | null {
  const before = sv.toks[open - 1];
  if (!before || before.arg >= 0 || (!ROLE_HEADS.has(before.lower) && !isNoun(before))) return null;
  let k = isDeterminer(sv.toks[open]) ? open + 1 : open;
  while (sv.toks[k] && sv.toks[k]!.arg < 0 && HONORIFICS.has(sv.toks[k]!.lower.replace(/\.$/, ''))) k++;
  const arg = argAt(sv, k);
  return arg && arg.type === 'PERSON' && arg.last === close && !arg.possessive ? arg : null;
}

/** For a token followed by a comma, the first token after the comma that opens this comma pair, if any. */
function openingComma(sv: SentenceView, closeAt: number): number | null {
  for (let k = closeAt; k > 0 && closeAt - k < 20; k--) {
    const tok = sv.toks[k];
    if (!tok || isHardBreak(tok)) return null;
    if (isComma(tok)) return k;
  }
  return null;
}

/** The arg and the names coordinated before it: "A, B and C" seen from C gives [A, B, C]. */
export function coordinated(sv: SentenceView, arg: Arg): Party[] {
  const out: Party[] = [{ key: arg.key, arg, tok: arg.first }];
  let current = arg;
  for (;;) {
    // "A, the B and C": an article before a listed name is passed over.
    const article = sv.toks[current.first - 1]?.lower === 'the' && sv.toks[current.first - 1]!.arg < 0 && !isComma(sv.toks[current.first]);
    const first = article ? current.first - 1 : describedPersonStart(sv, current);
    const before = sv.toks[first - 1];
    let prev: Arg | undefined;
    // "A, B and C": a bare comma joins names only in a list that "and" closes; "the head of A, B," is an apposition.
    if (before && before.arg >= 0 && isComma(sv.toks[first]) && out.length >= 2) prev = sv.args[before.arg];
    else if (before && before.lower === 'and' && !isComma(before)) {
      const t = sv.toks[first - 2];
      if (t && t.arg >= 0) prev = sv.args[t.arg];
    } else if (before && /^(their|its)$/.test(before.lower) && sv.toks[current.first - 2]?.lower === 'and' && !isComma(before) && groupNoun(sv.toks[afterOwnShortForm(sv, current)])) {
      // "A terrorists and their B counterpart", "A fighters and its B allies": two groups, each named before its noun.
      const noun = sv.toks[current.first - 3];
      const t = sv.toks[current.first - 4];
      if (groupNoun(noun) && !isComma(sv.toks[current.first - 2]) && t && t.arg >= 0 && !isComma(noun)) prev = sv.args[t.arg];
    }
    // "A, the ministry's envoy, and his Freedonian counterpart, B": B's counterpart is A.
    if (!prev && before && /^counterparts?$/.test(before.lower) && isComma(sv.toks[first])) prev = counterpartOf(sv, first - 1) ?? undefined;
    // "A of Ruritania and B": people are listed with their states; the person before "of" is the one listed.
    if (prev && current.type === 'PERSON' && prev.type !== 'PERSON') {
      const of = sv.toks[prev.first - 1]?.lower === 'the' ? prev.first - 2 : prev.first - 1;
      const holder = sv.toks[of]?.lower === 'of' ? sv.toks[of - 1] : undefined;
      if (holder && holder.arg >= 0 && sv.args[holder.arg]?.type === 'PERSON') prev = sv.args[holder.arg];
    }
    if (!prev || prev.type === 'OTHER' || prev.possessive) break;
    out.unshift({ key: prev.key, arg: prev, tok: prev.first });
    current = prev;
  }
  return out;
}

/**
 * "A and Acme rebel leader B": the first token of the lower-case words (and the body they name)
 * describing a person after "and"; the person's own first token when no "and" opens them.
 */
function describedPersonStart(sv: SentenceView, arg: Arg): number {
  if (arg.type !== 'PERSON') return arg.first;
  for (let k = arg.first - 1; k >= 0 && arg.first - k <= 4; k--) {
    const tok = sv.toks[k]!;
    if (isComma(sv.toks[k + 1]) || isHardBreak(sv.toks[k + 1])) return arg.first;
    if (tok.arg < 0 && tok.lower === 'and') return k < arg.first - 1 ? k + 1 : arg.first;
    const body = tok.arg >= 0 ? sv.args[tok.arg]! : undefined;
    if (body && (body.possessive || (body.type !== 'ORGANIZATION' && body.type !== 'COUNTRY'))) return arg.first;
    if (body) k = body.first;
    else if (!/^\p{Ll}/u.test(tok.text) || isDeterminer(tok) || isFiniteVerb(tok)) return arg.first;
  }
  return arg.first;
}

/** The token after an arg and its own short form in brackets ("Blue Front (BF) fighters"). */
export function afterOwnShortForm(sv: SentenceView, arg: Arg): number {
  const next = sv.toks[arg.last + 1];
  const short = next && next.arg >= 0 ? sv.args[next.arg] : undefined;
  return short && short.key === arg.key ? short.last + 1 : arg.last + 1;
}

/** A lower-case noun for a group or its members: "fighters", "counterpart", "allies". */
function groupNoun(tok: { arg: number; text: string; tags: ReadonlySet<string> } | undefined): boolean {
  return !!tok && tok.arg < 0 && /^\p{Ll}/u.test(tok.text) && tok.tags.has('Noun') && !tok.tags.has('Pronoun');
}

/** The names listed after an arg: "A, B and C in Z" seen from A gives [B, C]; a place after "in" is passed over. */
export function listedAfter(sv: SentenceView, arg: Arg): Arg[] {
  const out: Arg[] = [];
  let current = arg;
  for (;;) {
    let t = current.last + 1;
    // "Hamas in Gaza and Hezbollah in Lebanon": step over a short place phrase.
    const maybePrep = sv.toks[t];
    if (maybePrep && (maybePrep.lower === 'in' || maybePrep.lower === 'of') && !isComma(maybePrep)) {
      const place = sv.toks[t + 1];
      if (place && place.arg >= 0) t = (sv.args[place.arg]?.last ?? t) + 1;
    }
    const tok = sv.toks[t];
    if (!tok) break;
    let nextTok: number;
    if (tok.arg >= 0 && isComma(tok)) nextTok = t;
    else if ((tok.lower === 'and' || tok.lower === 'or') && tok.arg < 0) nextTok = t + 1;
    else break;
    let candidate = sv.toks[nextTok];
    if (candidate && candidate.arg < 0 && isDeterminer(candidate) && !POSSESSIVE_PRONOUNS.has(candidate.lower)) candidate = sv.toks[nextTok + 1];
    let next = candidate && candidate.arg >= 0 ? sv.args[candidate.arg] : undefined;
    // "A and Freedonian rival B": a demonym describing the name after it.
    if (next && demonymModifier(sv, next)) {
      let k = next.last + 1;
      while (sv.toks[k] && sv.toks[k]!.arg < 0 && /^\p{Ll}/u.test(sv.toks[k]!.text) && !isComma(sv.toks[k]) && k - next.last <= 2) k++;
      const named = sv.toks[k] && sv.toks[k]!.arg >= 0 && k > next.last + 1 && !isComma(sv.toks[k]) ? sv.args[sv.toks[k]!.arg] : undefined;
      if (named) next = named;
    }
    if (!next || next.type === 'OTHER') break;
    out.push(next);
    current = next;
  }
  return out;
}

/** A country named by its demonym: "Freedonian", "Ruritanian". */
export function isDemonym(arg: Arg): boolean {
  // "Chilean", "South Sudanese": the adjective may have more than one word.
  return arg.type === 'COUNTRY' && /^(?:\p{Lu}\p{Ll}+\s)*\p{Lu}\p{Ll}+(an|ese|ish|i|ic|ch)$/u.test(arg.mention.text);
}

/** A country's demonym used as an adjective before a common noun: "Freedonian rival", "Ruritanian troops". */
export function demonymModifier(sv: SentenceView, arg: Arg): boolean {
  const next = sv.toks[arg.last + 1];
  return isDemonym(arg) && !!next && next.arg < 0 && !isComma(next) && /^\p{Ll}/u.test(next.text) && (isNoun(next) || isAdjective(next));
}

/** "Ruritania's Acme Group": the possessor names the owner; the relation is with the thing owned. */
export function throughPossessive(sv: SentenceView, arg: Arg): Arg {
  let current = arg;
  while (current.possessive) {
    const next = sv.toks[current.last + 1];
    const owned = next && next.arg >= 0 && !isComma(next) ? sv.args[next.arg] : undefined;
    if (!owned) break;
    current = owned;
  }
  return titledPersonAfter(sv, current) ?? describedOrganisationAfter(sv, current) ?? current;
}

/** "Ruritania rival Acme", "Ruritania's state news agency Acme": a country and a description before the organisation meant. */
function describedOrganisationAfter(sv: SentenceView, country: Arg): Arg | null {
  return country.type === 'COUNTRY' ? organisationDescribedFrom(sv, country.last + 1) : null;
}

/** The organisation named after one to three lower-case words of description starting at token j ("rival Acme", "state news agency Acme"). */
export function organisationDescribedFrom(sv: SentenceView, j: number): Arg | null {
  let words = 0;
  for (let tok = sv.toks[j]; tok && tok.arg < 0 && words < 3; tok = sv.toks[++j]) {
    if (!/^\p{Ll}/u.test(tok.text) || !(isNoun(tok) || isAdjective(tok)) || isDeterminer(tok) || isComma(tok) || isHardBreak(tok)) break;
    words++;
  }
  const tok = sv.toks[j];
  const org = tok && tok.arg >= 0 && !isComma(tok) && words > 0 ? (sv.args[tok.arg] as Arg) : null;
  return org && org.type === 'ORGANIZATION' ? org : null;
}

/**
 * "Ruritania's new President Jo Bloggs", "the Global Council (GC) Managing Director Jo Bloggs": an
 * owner, then title words ending in a role head, then a person — the person is the party meant.
 */
function titledPersonAfter(sv: SentenceView, owner: Arg): Arg | null {
  if (owner.type !== 'COUNTRY' && owner.type !== 'ORGANIZATION' && owner.type !== 'LOCATION') return null;
  let j = owner.last + 1;
  // "(GC)": the owner's own short form in brackets.
  const short = sv.toks[j];
  if (short && short.arg >= 0 && sv.args[short.arg]?.key === owner.key && /\(/.test(short.gap)) j = (sv.args[short.arg] as Arg).last + 1;
  let head = false;
  for (let words = 0; j < sv.toks.length && words <= 5; j++, words++) {
    const tok = sv.toks[j]!;
    // "the Ruritanian Foreign Minister, (Mr) Jo Bloggs,": the name in apposition right after the title.
    if (words > 0 && head && isComma(tok) && !isHardBreak(tok)) {
      while (sv.toks[j] && sv.toks[j]!.arg < 0 && HONORIFICS.has(sv.toks[j]!.lower.replace(/\.$/, ''))) j++;
      const named = argAt(sv, j);
      return named?.type === 'PERSON' && named.first === j ? named : null;
    }
    if (words > 0 && (isComma(tok) || isHardBreak(tok))) return null;
    if (tok.arg >= 0) {
      const person = sv.args[tok.arg] as Arg;
      return person.type === 'PERSON' && ((head && words > 0) || !!person.mention.role) ? person : null;
    }
    if (isDeterminer(tok) || tok.lower === 'and' || tok.lower === 'or' || isPreposition(tok)) return null;
    head = ROLE_HEADS.has(tok.lower);
    if (!head && !isNoun(tok) && !isAdjective(tok) && !tok.tags.has('Hyphenated')) return null;
  }
  return null;
}


/** "ministers" → "minister", "bosses" → "boss": the singular of a plural title word. */
export const singularTitleWord = (word: string): string => word.replace(/(?<=ss)es$|(?<=[^s])s$/, '');

/**
 * "… presidents, Jo Bloggs and Ana Kos" right after an owner: up to three lower-case words ending in a
 * plural title, then two people set off by a comma. Gives the title in the singular and the two holders.
 */
export function pluralTitleHolders(sv: SentenceView, owner: Arg): { title: string; holders: [Arg, Arg] } | null {
  const words: string[] = [];
  let t = owner.last + 1;
  while (sv.toks[t] && sv.toks[t]!.arg < 0 && !isComma(sv.toks[t]) && /^\p{Ll}/u.test(sv.toks[t]!.text) && words.length < 3) words.push(sv.toks[t++]!.lower);
  const plural = words[words.length - 1] ?? '';
  const head = singularTitleWord(plural);
  if (head === plural || !ROLE_HEADS.has(head)) return null;
  const one = sv.toks[t] && sv.toks[t]!.arg >= 0 && isComma(sv.toks[t]) ? (sv.args[sv.toks[t]!.arg] as Arg) : null;
  if (!one || one.type !== 'PERSON' || sv.toks[one.last + 1]?.lower !== 'and') return null;
  const otherTok = sv.toks[one.last + 2];
  const other = otherTok && otherTok.arg >= 0 ? (sv.args[otherTok.arg] as Arg) : null;
  if (!other || other.type !== 'PERSON') return null;
  return { title: [...words.slice(0, -1), head].join(' '), holders: [one, other] };
}
