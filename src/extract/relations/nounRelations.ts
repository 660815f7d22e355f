import type { RelationNoun } from '../../data/relationVerbs.js';
import type { LocalRelation } from '../types.js';
import { argAt, type Arg, type ArticleView, type SentenceView } from './articleView.js';
import { afterOwnShortForm, coordinated, findSubject, listedAfter, type Party, pluralTitleHolders, throughPossessive } from './phrases.js';
import { resolvePronoun } from './resolvePronoun.js';
import { NOUN_INDEX, VERB_INDEX } from './verbForms.js';
import { afterPreposition, doubtAround, negatedBefore, PLACE_NOUNS, isAdjective, isComma, isDeterminer, isHardBreak, isNoun, isPreposition, isValue, POSSESSIVE_PRONOUNS } from './words.js';

// Facts stated by a noun: "talks between A and B", "A's visit to B", "its buyout of B",
// "A came in contact with B", "in an interview with B".

export function nounRelations(view: ArticleView): LocalRelation[] {
  const out: LocalRelation[] = [];
  for (const sv of view.sentences) {
    for (let t = 0; t < sv.toks.length; t++) {
      const tok = sv.toks[t];
      if (!tok || tok.arg >= 0) continue;
      // "Ruritania's 2-1 win over": a word tagged as a verb is a noun after an amount, a determiner or a possessive name.
      const prev = sv.toks[t - 1];
      // … and after a preposition other than "to" ("after talks between", "during talks with").
      const nounSlot = !!prev && !isComma(tok) && (isValue(prev) || (prev.arg < 0 && isPreposition(prev) && prev.lower !== 'to') || (prev.arg < 0 && (isDeterminer(prev) || (isAdjective(prev) && !prev.tags.has('Verb') && /^\p{Ll}/u.test(prev.text)))) || (prev.arg >= 0 && !!sv.args[prev.arg]?.possessive) || (prev.arg >= 0 && prev.gap === '-' && (sv.toks[t - 2]?.arg ?? -1) >= 0));
      if ((tok.tags.has('Verb') && !nounSlot) || (!isNoun(tok) && !nounSlot)) continue;
      const noun = NOUN_INDEX.get(`${sv.toks[t - 1]?.lower} ${tok.lower}`) ?? NOUN_INDEX.get(tok.lower);
      if (!noun) continue;
      out.push(...relationsAt(view, sv, t, noun));
    }
  }
  return out;
}

function relationsAt(view: ArticleView, sv: SentenceView, t: number, noun: RelationNoun): LocalRelation[] {
  const out: LocalRelation[] = [];
  const make = (from: Party, to: Party): void => {
    if (from.key !== to.key) out.push({ subjectKey: from.key, predicate: noun.predicate, type: noun.type, objectKey: to.key, evidence: sv.span });
  };
  // "the A-B talks": two names joined by a hyphen before a noun of a shared act.
  const right = sv.toks[t - 1];
  const left = sv.toks[t - 2];
  if (noun.symmetric && right && left && right.arg >= 0 && left.arg >= 0 && right.arg !== left.arg && right.gap === '-') {
    const a = sv.args[left.arg] as Arg;
    const b = sv.args[right.arg] as Arg;
    if (a.type !== 'OTHER' && b.type !== 'OTHER') make(party(a), party(b));
  }
  // "his talks Saturday with B", "a meeting today between A and B": a date between the noun and its preposition.
  let at = t + 1;
  // … or a place: "his talks last week in Fortville with B".
  for (;;) {
    const tok = sv.toks[at];
    if (!tok || isComma(tok)) break;
    const place = /^(in|at)$/.test(tok.lower) && tok.arg < 0 ? argAt(sv, at + 1) : undefined;
    if (place && (place.type === 'LOCATION' || place.type === 'COUNTRY') && !isComma(sv.toks[at + 1])) at = place.last + 1;
    else if (tok.arg < 0 && (tok.tags.has('Date') || (DATE_WORDS.test(tok.lower) && tok.lower !== 'on') || (tok.lower === 'on' && sv.toks[at + 1]?.tags.has('Date')))) at++;
    else break;
  }
  const prep = sv.toks[at]?.lower ?? '';
  if (!(noun.preps.includes(prep) || (noun.symmetric && (prep === 'between' || prep === 'among'))) || isComma(sv.toks[at])) at = t + 1;
  const next = sv.toks[at];
  if (!next || isComma(next) || isHardBreak(next)) return out;
  // "not planning a new visit to B", "the timing of its next visit to B was unclear": no fact.
  if (negatedBefore(sv, t) || doubtAround(sv, t, t + 3)) return out;

  // "a meeting of A, B and C": the parties of a shared act listed after "of".
  if (noun.symmetric && next.lower === 'of') {
    const first = argAfter(sv, at + 1, true);
    const others = first ? listedAfter(sv, first) : [];
    if (first && others.length > 0) for (const other of others) make(party(first), party(other));
    if (others.length > 0) return out;
  }
  // "talks between A and B"
  if (next.lower === 'between' || next.lower === 'among') {
    // "between arch foes A and B", "between neighbours A and B": a lower-case noun for the pair may come first.
    const first = argAfter(sv, at + 1, true);
    if (!first) return out;
    const others = listedAfter(sv, first);
    // "between A, the largest party, and the ruling B", "between A and British rival B".
    if (others.length === 0) {
      const second = secondOfPair(sv, first);
      if (second) others.push(second);
    }
    for (const other of others) make(party(first), party(other));
    // "talks between the Ruritanian and Freedonian presidents, Jo Bloggs and Ana Kos": the people named after the pair's title.
    const named = others.length === 1 ? pluralTitleHolders(sv, others[0] as Arg) : null;
    if (named) make(party(named.holders[0]), party(named.holders[1]));
    return out;
  }
  // "an attack by A on B", "sanctions imposed by A against B": the agent, then the object.
  let by = t + 1;
  if (sv.toks[by]?.tags.has('Verb') && /ed$|^(led|made|taken|carried|brought|put)$/.test(sv.toks[by]!.lower) && sv.toks[by + 1]?.lower === 'by') by++;
  if (sv.toks[by]?.lower === 'by' && !isComma(sv.toks[by])) {
    // "by the rebel Acme Movement": lower-case nouns may describe the agent.
    const agent = argAfter(sv, by + 1, true);
    if (!agent) return out;
    const agents = [agent, ...listedAfter(sv, agent)];
    const lastAgent = agents[agents.length - 1] as Arg;
    // "by the Acme Movement (AM) on B": over the agent's short form in brackets.
    let after = afterOwnShortForm(sv, lastAgent);
    const bracketed = after !== lastAgent.last + 1;
    // "an attack by A armed group on B", "by A militants on B": the agent's lower-case description.
    for (let k = 0; k < 3 && sv.toks[after] && sv.toks[after]!.arg < 0 && !isComma(sv.toks[after]) && !isPreposition(sv.toks[after]) && /^\p{Ll}/u.test(sv.toks[after]!.text) && (isNoun(sv.toks[after]) || isAdjective(sv.toks[after]) || /ed$/.test(sv.toks[after]!.lower)); k++) after++;
    const prep = sv.toks[after];
    if (!prep || isComma(prep) || (isHardBreak(prep) && !(bracketed && /^\)\s*$/.test(prep.gap))) || !noun.preps.includes(prep.lower)) return out;
    const target = argAfter(sv, after + 1);
    if (!target) return out;
    for (const a of agents) for (const o of [target, ...listedAfter(sv, target)]) make(party(a), party(o));
    return out;
  }
  // "the meeting A had with B", "the talks A held with B", "the visit A paid to B".
  if (next.arg >= 0 && (noun.symmetric || noun.type === 'TRAVEL')) {
    const holder = sv.args[next.arg] as Arg;
    const verb = sv.toks[holder.last + 1];
    const prep = sv.toks[holder.last + 2];
    if (holder.type !== 'OTHER' && verb && prep && !isComma(verb) && !isComma(prep) && /^(had|has|have|held|holds|hold|paid|pays|made|makes|will)$/.test(verb.lower) && noun.preps.includes(prep.lower)) {
      const target = argAfter(sv, holder.last + 3);
      if (target) for (const o of [target, ...listedAfter(sv, target)]) make(party(holder), party(o));
      return out;
    }
  }
  // "A and B will hold a summit", "A and B held talks": a gathering of the coordinated subject.
  // "A and B exchanged fire": a fight between the coordinated subject.
  const gathering = noun.type === 'MEETING' && /^(summit|talks|meeting|meetings)$/.test(sv.toks[t]!.lower);
  const exchange = noun.type === 'CONFLICT' && /^(exchanged|traded|exchanging|trading)$/.test(sv.toks[t - 1]?.lower ?? '');
  if (noun.symmetric && (gathering || exchange) && !noun.preps.includes(next.lower)) {
    const subjects = governingSubject(view, sv, t);
    const first = subjects[0];
    const arg = first?.arg;
    // Names after a preposition ("discussed issues with A and B during a lunch") are no subjects.
    if (arg && !afterPreposition(sv, arg)) {
      const group = subjects.length > 1 ? subjects : coordinated(sv, arg);
      // "will hold a summit", "plans to hold talks": a gathering still to come.
      const future = sv.toks.slice(arg.last + 1, t).some((x) => x.lower === 'will' || x.lower === 'to');
      const predicate = future && gathering ? `to hold ${noun.forms[0] === 'meeting' ? 'meeting' : tok(sv, t)} with` : noun.predicate;
      for (const other of group.slice(1)) if (first && other.key !== first.key) out.push({ subjectKey: first.key, predicate, type: noun.type, objectKey: other.key, evidence: sv.span });
    }
  }
  if (!noun.preps.includes(next.lower)) {
    eventPlace(view, sv, t, out);
    return out;
  }
  const objectArg = argAfter(sv, at + 1);
  if (!objectArg) return out;
  const objects = [objectArg, ...listedAfter(sv, objectArg)].map(party);

  const subjects = possessor(view, sv, t) ?? governingSubject(view, sv, t);
  for (const s of subjects) for (const o of objects) make(s, o);
  return out;
}

/** Nouns of gatherings that take place somewhere: "held a press conference in B", "an Acme conference in B". */
const GATHERINGS = new Set(['conference', 'briefing', 'summit', 'meeting', 'forum', 'congress', 'convention', 'rally', 'ceremony', 'session', 'assembly']);
const DATE_WORDS = /^(on|last|this|next|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|morning|afternoon|evening|night|today|yesterday|earlier|later)$/;

/**
 * "A said at a press conference on Monday in B", "on the sidelines of an Acme conference in B": a
 * gathering with its place; the one holding it is the organisation named before the noun, else the
 * subject of the clause.
 */
function eventPlace(view: ArticleView, sv: SentenceView, t: number, out: LocalRelation[]): void {
  const tok = sv.toks[t];
  if (!tok || !GATHERINGS.has(tok.lower)) return;
  let j = t + 1;
  while (sv.toks[j] && sv.toks[j]!.arg < 0 && DATE_WORDS.test(sv.toks[j]!.lower) && !isHardBreak(sv.toks[j]) && j - t <= 4) j++;
  const prep = sv.toks[j];
  if (!prep || (prep.lower !== 'in' && prep.lower !== 'at') || isHardBreak(prep)) return;
  const place = argAfter(sv, j + 1);
  if (!place || (place.type !== 'LOCATION' && place.type !== 'COUNTRY')) return;
  const compound = sv.toks[t - 1] && sv.toks[t - 1]!.arg < 0 && (sv.toks[t - 1]!.lower === 'press' || sv.toks[t - 1]!.lower === 'news');
  const nounText = compound ? `${sv.toks[t - 1]!.lower} ${tok.lower}` : tok.lower;
  const before = sv.toks[compound ? t - 2 : t - 1];
  const owner = before && before.arg >= 0 ? sv.args[before.arg] : undefined;
  let holders: Party[];
  if (owner && (owner.type === 'ORGANIZATION' || owner.type === 'COUNTRY')) holders = [party(owner)];
  else if (owner) return;
  else holders = possessor(view, sv, compound ? t - 1 : t) ?? governingSubject(view, sv, compound ? t - 1 : t);
  for (const h of holders) if (h.key !== place.key) out.push({ subjectKey: h.key, predicate: `held ${nounText} ${prep.lower}`, type: 'MEETING', objectKey: place.key, evidence: sv.span });
}

/** The name after the "and" that closes "between A …": over an apposition of A and a short description of B. */
function secondOfPair(sv: SentenceView, first: Arg): Arg | null {
  for (let j = first.last + 1; j < sv.toks.length && j - first.last <= 16; j++) {
    const tok = sv.toks[j]!;
    if (isHardBreak(tok) || tok.arg >= 0 || tok.lower === 'between') return null;
    if (tok.lower !== 'and') continue;
    // "the largest and most prominent party, and B": the "and" before a name closes the pair.
    const arg = nameAfterAnd(sv, j);
    if (arg) return arg;
  }
  return null;
}

function nameAfterAnd(sv: SentenceView, j: number): Arg | null {
  for (let k = j + 1; k < sv.toks.length && k - j <= 5; k++) {
    const tok = sv.toks[k]!;
    if (isComma(tok) || isHardBreak(tok)) return null;
    if (tok.arg >= 0) {
      const arg = sv.args[tok.arg] as Arg;
      return arg.type === 'OTHER' ? null : throughPossessive(sv, arg);
    }
    if (!(isDeterminer(tok) || isAdjective(tok) || isNoun(tok) || tok.tags.has('Gerund'))) return null;
  }
  return null;
}

function party(arg: Arg): Party {
  return { key: arg.key, arg, tok: arg.first };
}

/** The name right after position t, over determiners and adjectives ("the Ruritanian regime"). */
function tok(sv: SentenceView, t: number): string {
  return sv.toks[t]?.lower ?? '';
}

function argAfter(sv: SentenceView, t: number, nounsToo = false): Arg | null {
  // "on the regional town of B": up to five words before the name.
  for (let j = t; j < sv.toks.length && j - t < 5; j++) {
    const tok = sv.toks[j];
    if (!tok || (j > t && (isComma(tok) || isHardBreak(tok)))) return null;
    if (tok.arg >= 0) {
      const arg = sv.args[tok.arg];
      // "the Darfuri rebel Acme Movement": a name the entity stage left untyped, describing the one after it.
      if (arg?.type === 'OTHER' && !arg.possessive && sv.toks[arg.last + 1] && !isComma(sv.toks[arg.last + 1]) && /^\p{Ll}/u.test(sv.toks[arg.last + 1]!.text)) {
        j = arg.last;
        continue;
      }
      return arg && arg.type !== 'OTHER' ? throughPossessive(sv, arg) : null;
    }
    // "on the towns of A and B": a place noun and "of" stand before the names.
    if (PLACE_NOUNS.has(tok.lower.replace(/s$/, '')) && sv.toks[j + 1]?.lower === 'of') {
      j++;
      continue;
    }
    if (nounsToo && j > t - 1 && isNoun(tok) && /^\p{Ll}/u.test(tok.text) && !isPreposition(tok)) continue;
    if (!(isDeterminer(tok) || isAdjective(tok) || POSSESSIVE_PRONOUNS.has(tok.lower))) return null;
  }
  return null;
}

/** "A's visit", "its buyout": the possessor before the noun, over adjectives and amounts. */
function possessor(view: ArticleView, sv: SentenceView, t: number): Party[] | null {
  for (let j = t - 1; j >= 0 && t - j <= 6; j--) {
    const tok = sv.toks[j];
    if (!tok) return null;
    if (tok.arg >= 0) {
      const arg = sv.args[tok.arg];
      // "the U.S.-led invasion of B": the leader of the act is its agent.
      return arg?.possessive || /-led$/.test(tok.lower) ? [party(arg!)] : null;
    }
    const leader = tok.lower === 'led' && tok.gap === '-' ? argAt(sv, j - 1) : undefined;
    if (leader) return [party(leader)];
    if (POSSESSIVE_PRONOUNS.has(tok.lower)) {
      const key = resolvePronoun(view, sv.index, j, tok.lower, 'possessive');
      return key === null ? null : [{ key, tok: j }];
    }
    if (isComma(sv.toks[j + 1]) || isHardBreak(sv.toks[j + 1])) return null;
    if (!(isAdjective(tok) || isValue(tok) || isNoun(tok) || tok.lower === 'a' || tok.lower === 'an' || tok.lower === 'the' || tok.tags.has('Hyphenated'))) return null;
  }
  return null;
}

/**
 * The subject of the clause the noun stands in: "A came in contact with B", "said A in an interview
 * with B". A relation verb that governs the noun ("held talks") has already stated the fact.
 */
function governingSubject(view: ArticleView, sv: SentenceView, t: number): Party[] {
  const fronted = frontedPhraseSubject(view, sv, t);
  if (fronted) return fronted;
  let sawPreposition = false;
  let from = t - 1;
  for (let j = t - 1; j >= 0 && t - j <= 8; j--) {
    const tok = sv.toks[j];
    if (!tok || tok.arg >= 0) break;
    // "A said late on Monday during a meeting with B": past a date phrase to the verb of saying.
    if (t - j > 4 && !sawPreposition) break;
    if (isComma(sv.toks[j + 1]) || isHardBreak(sv.toks[j + 1])) break;
    if (isPreposition(tok)) sawPreposition = true;
    // "condemned the attack on B": the noun is the verb's object, and its agent is not the verb's subject.
    const forms = tok.tags.has('Verb') ? VERB_INDEX.get(tok.lower) : undefined;
    // A verb of meeting or speaking shares its subject with the noun: "told a news conference with B", "hosted talks with B".
    if (forms && !sawPreposition && !forms.some((f) => f.entry.light || f.entry.type === 'MEETING')) return [];
    // "said so in an interview with B", "came in contact with B": the subject of that verb.
    if (tok.tags.has('Verb')) {
      from = j - 1;
      break;
    }
  }
  return findSubject(view, sv, from, { nonFinite: false });
}

/** Prepositions that open a phrase set before the clause it belongs to: "In a meeting with B, A said". */
const FRONTING_PREPOSITIONS = new Set(['in', 'during', 'at', 'after', 'following', 'before', 'on']);

/**
 * "In a Wednesday meeting with B, A updated …", "During talks with B on Monday, she said …": a
 * noun in a phrase that opens the sentence belongs to the subject of the clause after the phrase.
 */
function frontedPhraseSubject(view: ArticleView, sv: SentenceView, t: number): Party[] | null {
  const { toks } = sv;
  if (!FRONTING_PREPOSITIONS.has(toks[0]?.lower ?? '') || toks.slice(1, t).some((x) => x.arg >= 0 || x.tags.has('Verb') || isComma(x))) return null;
  for (let j = t + 1; j < toks.length; j++) {
    if (isHardBreak(toks[j])) return null;
    if (!isComma(toks[j])) continue;
    // The clause after the phrase: its subject, then its verb.
    let verb = j;
    while (toks[verb] && !(toks[verb]!.tags.has('Verb') && toks[verb]!.arg < 0 && !toks[verb]!.tags.has('Gerund'))) verb++;
    if (!toks[verb] || toks.slice(j + 1, verb).some((x) => isComma(x) || isHardBreak(x))) continue;
    const subjects = findSubject(view, sv, verb - 1, { nonFinite: false });
    if (subjects.length > 0 && subjects.every((p) => p.tok >= j)) return subjects;
  }
  return null;
}
