import { HONORIFICS, ROLE_HEADS, ROLE_MODIFIERS } from '../../data/relationRoles.js';
import { ADDRESS_NOUNS, ADDRESS_POSSESSIVES } from '../../data/titles.js';
import { CONTROL_VERBS, type RelationVerb } from '../../data/relationVerbs.js';
import type { RelationType } from '../../store/records.js';
import type { LocalRelation } from '../types.js';
import { argAt, type Arg, type ArticleView, type SentenceView, type Tok } from './articleView.js';
import { coordinated, findSubject, listedAfter, type Party, throughPossessive } from './phrases.js';
import { articleCountry } from './articleOwner.js';
import { jointActAt } from './jointActs.js';
import { resolvePronoun } from './resolvePronoun.js';
import { basePredicate, NOUN_INDEX, regularForms, VERB_INDEX, type VerbFormKind } from './verbForms.js';
import {
  afterPreposition,
  isAdjective,
  isAdverb,
  isBe,
  isClauseWord,
  isComma,
  isDeterminer,
  isFiniteVerb,
  isHardBreak,
  isPhraseBreak,
  PLACE_NOUNS,
  QUANTITY_NOUNS,
  isModal,
  isNoun,
  negatedBefore,
  doubtAround,
  isPreposition,
  isSayVerb,
  isValue,
  OBJECT_PRONOUNS,
  POSSESSIVE_PRONOUNS,
} from './words.js';

// Verb-mediated facts: a subject name left of a lexicon verb, an object name right of it
// ("A invaded B", "A held talks with B", "A was accused by B", "A and B signed a deal").

const MAX_OBJECT_TOKENS = 12;
/** Tokens a fronted participle phrase may run before the comma that closes it. */
const MAX_FRONTED = 12;
export const CONTROL_FORMS: ReadonlyMap<string, string> = buildControlForms();

interface Found {
  parties: Party[];
  prep: string;
  /** Head noun of the phrase between verb and preposition ("talks", "courtesy call"). */
  noun: string;
  /** Index of the token after the last object. */
  next: number;
  /** The object owns the event the verb is about ("host the Acme Summit" → "host summit of" Acme). */
  event?: boolean;
  /** The verb's object is a thing of the named party ("criticized an article in B" → "criticized article of" B). */
  content?: string;
}

/** Things a party makes or does, which a verb of judging takes as its object: "condemned a policy of B". */
const CONTENT_NOUNS = new Set([
  'article', 'articles', 'report', 'reports', 'policy', 'policies', 'decision', 'decisions', 'ruling', 'plan', 'plans', 'proposal', 'proposals',
  'move', 'statement', 'statements', 'remarks', 'comments', 'sanctions', 'merger', 'bid', 'takeover', 'law', 'laws', 'actions', 'claims',
  'accusations', 'tariffs', 'measures', 'request', 'stance', 'position', 'bill', 'budget', 'conduct', 'strategy', 'approach', 'annexation',
  'occupation', 'announcement', 'demands', 'threats', 'response', 'refusal', 'violations', 'editorial', 'investigation', 'verdict', 'order',
]);
const CONTENT_PREPS = new Set(['of', 'by', 'in', 'from']);
const GOVERNMENT_NOUNS = new Set(['regime', 'government', 'authorities', 'administration', 'junta', 'rulers', 'leadership']);

const EVENT_NOUNS = new Set(['summit', 'conference', 'meeting', 'forum', 'congress', 'session', 'games', 'championship', 'talks', 'assembly', 'convention']);

/** An event named after its owner ("Acme Summit", "a summit of Acme"): the owner and the event noun. */
function eventOwner(view: ArticleView, sv: SentenceView, arg: Arg): { owner: Arg; noun: string; end: number } | null {
  const words = arg.mention.text.split(/\s+/);
  const last = (words[words.length - 1] ?? '').toLowerCase();
  if (!EVENT_NOUNS.has(last)) return null;
  const inner = arg.nested.find((n) => n.type !== 'OTHER' && n.type !== 'LOCATION');
  if (inner) return { owner: inner, noun: last, end: arg.last };
  // The owner's name written inside the event's name, not found as a mention of its own.
  const ownerName = words.slice(0, -1).join(' ').replace(/^the\s+/i, '');
  const named = view.entities.find((e) => e.key !== arg.key && (e.type === 'ORGANIZATION' || e.type === 'COUNTRY') && (e.name === ownerName || e.aliases.includes(ownerName)));
  if (named) return { owner: { ...arg, key: named.key, type: named.type, nested: [] }, noun: last, end: arg.last };
  const of = sv.toks[arg.last + 1];
  let t = arg.last + 2;
  if (sv.toks[t]?.lower === 'the') t++;
  const ownerTok = sv.toks[t];
  const owner = of?.lower === 'of' && ownerTok && ownerTok.arg >= 0 ? sv.args[ownerTok.arg] : undefined;
  return owner && owner.type !== 'OTHER' ? { owner, noun: last, end: owner.last } : null;
}

/** Participles that place the name before them: "Judge Jo Bloggs, sitting in Fortville, ruled". */
const PLACING_PARTICIPLES = new Set(['sitting', 'speaking', 'writing', 'reporting', 'based', 'stationed', 'living', 'residing', 'headquartered']);

function participlePlace(sv: SentenceView): LocalRelation[] {
  const out: LocalRelation[] = [];
  for (const arg of sv.args) {
    if (arg.type !== 'PERSON' && arg.type !== 'ORGANIZATION') continue;
    const verb = sv.toks[arg.last + 1];
    if (!verb || verb.arg >= 0 || !isComma(verb) || !PLACING_PARTICIPLES.has(verb.lower)) continue;
    const prep = sv.toks[arg.last + 2];
    const place = sv.toks[arg.last + 3];
    if (prep?.lower !== 'in' || !place || place.arg < 0) continue;
    const where = sv.args[place.arg] as Arg;
    if (where.type !== 'LOCATION' && where.type !== 'COUNTRY') continue;
    out.push({ subjectKey: arg.key, predicate: `${verb.lower} in`, type: 'LOCATION', objectKey: where.key, evidence: sv.span });
  }
  return out;
}

/** Facts the lexicon's verbs state; `stated` collects the verb tokens that stated one (open relations pass over them). */
export function verbRelations(view: ArticleView, stated: Set<Tok> = new Set()): LocalRelation[] {
  const out: LocalRelation[] = [];
  for (const sv of view.sentences) {
    out.push(...participlePlace(sv));
    for (let t = 0; t < sv.toks.length; t++) {
      const tok = sv.toks[t];
      if (!tok || tok.arg >= 0) continue;
      const picked = pickVerb(sv, t);
      if (!picked) continue;
      const facts = relationsAt(view, sv, t, picked.entry, picked.kinds);
      if (facts.length > 0) stated.add(tok);
      out.push(...facts);
      if (OUST_VERBS.has(picked.entry.lemma)) out.push(...oustedRuler(view, sv, t));
    }
  }
  return out;
}

const OUST_VERBS = new Set(['oust', 'overthrow', 'topple', 'depose']);

/**
 * "a popular uprising ousted Jo Bloggs", "Jo Bloggs was toppled in a coup": the person removed was a
 * ruler of the country the sentence names, else of the article's country.
 */
function oustedRuler(view: ArticleView, sv: SentenceView, t: number): LocalRelation[] {
  if (negatedBefore(sv, t)) return [];
  let ruler: Arg | undefined;
  let j = t + 1;
  while (sv.toks[j] && sv.toks[j]!.arg < 0 && (isDeterminer(sv.toks[j]) || /^(former|longtime|long-time|veteran|then)$/.test(sv.toks[j]!.lower)) && j - t <= 3) j++;
  const after = sv.toks[j];
  if (after && after.arg >= 0 && !isComma(after)) ruler = sv.args[after.arg];
  else {
    // "Jo Bloggs was ousted": the name before the passive.
    let k = t - 1;
    while (sv.toks[k] && sv.toks[k]!.arg < 0 && (isBe(sv.toks[k]) || isAdverb(sv.toks[k]))) k--;
    if (k < t - 1 && sv.toks[k] && sv.toks[k]!.arg >= 0) ruler = sv.args[sv.toks[k]!.arg];
  }
  if (!ruler || ruler.type !== 'PERSON') return [];
  const country = sv.args.flatMap((a) => [a, ...a.nested]).find((a) => a.type === 'COUNTRY')?.key ?? articleCountry(view);
  if (country === null) return [];
  return [{ subjectKey: ruler.key, predicate: 'former ruler of', type: 'ROLE', objectKey: country, evidence: sv.span }];
}

function pickVerb(sv: SentenceView, t: number): { entry: RelationVerb; kinds: ReadonlySet<VerbFormKind> } | null {
  const tok = sv.toks[t];
  const forms = tok ? VERB_INDEX.get(tok.lower) : undefined;
  // "…, including A and B" lists members of the phrase before it; it states no fact of its own.
  if (!tok || !forms || tok.possessive || tok.lower === 'including') return null;
  const prev = sv.toks[t - 1];
  if (prev && prev.arg < 0 && (isDeterminer(prev) || POSSESSIVE_PRONOUNS.has(prev.lower))) return null;
  if (tok.tags.has('Hyphenated') && !tok.tags.has('Verb')) return null;
  // compromise sometimes tags a bare verb as a noun ("Ruritania beat Freedonia", "will return"): accept it
  // right after a name, a modal or "to".
  const verbish =
    tok.tags.has('Verb') ||
    (!!prev && prev.arg >= 0 && !isComma(tok) && !sv.args[prev.arg]?.possessive) ||
    (!!prev && prev.arg < 0 && (isModal(prev) || prev.lower === 'to') && !isComma(tok)) ||
    // "imposed tariffs and threatened B": a past form joined by "and" to an earlier verb, even when tagged an adjective.
    (!!prev && prev.arg < 0 && (prev.lower === 'and' || prev.lower === 'or') && forms.some((f) => f.kinds.has('past')) && (sv.toks[t + 1]?.arg ?? -1) >= 0);
  if (!verbish) return null;
  // "beat host the US team": a word right after a verb of the lexicon is that verb's object.
  if (prev && prev.arg < 0 && VERB_INDEX.has(prev.lower) && !prev.tags.has('Auxiliary') && !isModal(prev) && !tok.tags.has('Particle')) return null;
  // "visiting Ruritanian Minister Jo Bloggs": a participle before a name describes it.
  if (tok.tags.has('Gerund') && (!prev || isHardBreak(tok) || isDeterminer(prev)) && (sv.toks[t + 1]?.arg ?? -1) >= 0) return null;
  const particle = sv.toks[t + 1]?.lower;
  const withParticle = forms.find((f) => f.entry.particle && f.entry.particle === particle);
  const plain = forms.find((f) => !f.entry.particle);
  const chosen = withParticle ?? plain;
  return chosen ? { entry: chosen.entry, kinds: chosen.kinds } : null;
}

export function relationsAt(view: ArticleView, sv: SentenceView, t: number, entry: RelationVerb, kinds: ReadonlySet<VerbFormKind>): LocalRelation[] {
  const { toks } = sv;
  // "did not visit", "has never met", "it is unclear whether A met B": no fact is stated.
  if (negatedBefore(sv, t) || doubtAround(sv, t, t) || invertedAttribution(sv, t)) return [];
  // Left context: auxiliaries, modals, "to", a form of "be".
  let k = t - 1;
  let sawBe = false;
  let modal: string | null = null;
  let infinitive = false;
  // "attempted to infiltrate and attack B": the second of two infinitives shares the first one's "to".
  const joined = toks[t - 1]?.lower === 'and' && toks[t - 3]?.lower === 'to' && toks[t - 2]?.arg === -1 && toks[t - 2]?.tags.has('Verb') && !isComma(toks[t - 1]) && !isComma(toks[t - 2]);
  if (joined) k = t - 3;
  while (k >= 0) {
    const tok = toks[k];
    if (!tok || tok.arg >= 0 || isComma(toks[k + 1])) break;
    if (isBe(tok)) sawBe = true;
    else if (isModal(tok)) modal ??= tok.lower;
    else if (tok.lower === 'to') infinitive = k === t - 1 || (joined && k === t - 3) || infinitive;
    else if (!(isAdverb(tok) || tok.tags.has('Auxiliary'))) break;
    k--;
  }
  const objectStart = t + 1 + (entry.particle ? 1 : 0);
  if (kinds.has('participle')) {
    const joint = jointActAt(sv, t, entry, objectStart);
    if (joint && joint.length > 0) return joint;
  }
  const gerund = kinds.has('gerund') && !kinds.has('past');
  const byAgent = findAgent(sv, objectStart);
  // A lexicon verb only: an open verb's "stood by B" is no passive.
  const reducedPassive = !sawBe && !entry.open && kinds.has('participle') && toks[objectStart]?.lower === 'by' && toks[t - 1]?.arg !== undefined && (toks[t - 1]?.arg ?? -1) >= 0;
  const passive = !gerund && ((sawBe && (kinds.has('participle') || byAgent !== null)) || reducedPassive);

  // Control verbs and modals shape the predicate: "agreed to invest in", "will host", "expected to visit".
  let prefix: string | null = modal;
  let controlSubject: Party[] | null = null;
  if (infinitive) {
    const before = toks[k];
    if (before && before.arg < 0 && CONTROL_FORMS.has(before.lower)) prefix = before.lower;
    else if (before && before.arg >= 0) {
      const arg = sv.args[before.arg];
      const verb = arg ? toks[arg.first - 1] : undefined;
      const lemma = verb ? CONTROL_FORMS.get(verb.lower) : undefined;
      if (arg && lemma) {
        prefix = regularForms(lemma).participle[0] ?? null;
        controlSubject = coordinated(sv, arg);
      }
    }
    if (prefix && prefix !== modal) prefix = `${prefix} to`;
  }

  // "had plans to meet", "plans to meet": a finite control verb has a subject of its own clause.
  const control = infinitive && !controlSubject ? toks[k] : undefined;
  const finiteControl = !!control && control.arg < 0 && CONTROL_FORMS.has(control.lower) && (isFiniteVerb(control) || /^(had|has|have)$/.test(toks[k - 1]?.lower ?? ''));
  const subjects =
    controlSubject ??
    (gerund && !sawBe
      ? gerundSubject(view, sv, k)
      : finiteControl
        ? findSubject(view, sv, /^(had|has|have)$/.test(toks[k - 1]?.lower ?? '') ? k - 1 : k, { allowPossessive: true })
        : findSubject(view, sv, k, { nonFinite: infinitive || gerund, allowPossessive: infinitive }));
  const out: LocalRelation[] = [];
  const evidence = sv.span;
  const make = (from: Party, predicate: string, to: Party, type: RelationType = entry.type): void => {
    if (from.key === to.key || !predicate) return;
    out.push({ subjectKey: from.key, predicate, type, objectKey: to.key, evidence });
  };
  const phrase = (template: string): string => {
    // "held a rally in": a past form keeps the past ("holds # in" → "held rally in").
    const verbTok = toks[t];
    if (!prefix && verbTok && kinds.has('past') && !kinds.has('third')) {
      const first = template.split(' ')[0] ?? '';
      if (first === entry.third || first === regularForms(entry.lemma).third[0]) template = `${verbTok.lower}${template.slice(first.length)}`;
    }
    if (!prefix || passive) return template;
    return `${prefix} ${basePredicate(entry, template)}`;
  };

  if (passive) {
    if (!byAgent && entry.open && subjects.length > 0) {
      // "B was forced out of C", "B was attacked in C": what happened to the subject, and where.
      const preps = Object.fromEntries(Object.entries(entry.preps).filter(([p]) => p !== '' && p !== 'by'));
      const found = findObject(view, sv, objectStart, { ...entry, preps }, subjects[0]?.key ?? null);
      const be = toks.slice(Math.max(0, t - 3), t).reverse().find((tok) => isBe(tok))?.lower ?? 'was';
      if (found && !found.noun) for (const subject of subjects) for (const object of found.parties) make(subject, `${be} ${entry.predicate} ${found.prep}`, object);
      return out;
    }
    // "dominated by the Acme Party, led by Jo Bloggs": a reduced passive is about the name right before it, whatever that name's own role.
    const patients = reducedPassive && subjects.length === 0 ? coordinated(sv, sv.args[toks[t - 1]!.arg]!) : subjects;
    if (!byAgent || patients.length === 0) return [];
    const predicate = entry.preps[''] ?? entry.predicate;
    for (const agent of coordinated(sv, byAgent)) for (const patient of patients) make(agent, predicate, patient);
    return out;
  }
  if (subjects.length === 0) return [];

  const exclude = subjects[0]?.key ?? null;
  const found = findObject(view, sv, objectStart, entry, exclude);
  if (found) {
    const base = found.event ? `${fill(entry.preps[found.prep] ?? '', '', found.prep)} ${found.noun.split(' ').pop()} of` : fill(entry.preps[found.prep] ?? '', found.noun, found.prep);
    const template = found.content ? `${base} ${found.content} of` : base;
    for (const subject of subjects) {
      for (const object of found.parties) {
        if (entry.inverse) make(object, entry.inverse, subject, 'AFFILIATION');
        else make(subject, phrase(template), object);
      }
    }
    // A second object in another role: "arrived in A on Saturday from B".
    const more = findObject(view, sv, found.next, entry, exclude, found.prep, found.noun);
    if (more && !entry.inverse) {
      const template2 = fill(entry.preps[more.prep] ?? '', more.noun, more.prep);
      for (const subject of subjects) for (const object of more.parties) make(subject, phrase(template2), object);
    }
    return out;
  }
  // "Freedonia, which Ruritania invaded in 2022": the object of a relative clause is its antecedent.
  const after = sv.toks[objectStart];
  if ('' in entry.preps && (!after || isPreposition(after) || isComma(after) || after.tags.has('Date') || isAdverb(after))) {
    const antecedent = strandedObject(sv, k + 1, '', '');
    const object = antecedent?.parties[0];
    if (object && !entry.inverse) for (const subject of subjects) make(subject, phrase(entry.preps[''] ?? entry.predicate), object);
    if (object) return out;
  }
  // "A and B signed a deal": coordinated subjects of a symmetric verb are related to each other.
  if (entry.symmetric && subjects.length >= 2) {
    const noun = headNounAhead(sv, objectStart);
    const template = fill(entry.preps['with'] ?? entry.predicate, noun, 'with');
    const [first, ...rest] = subjects;
    if (first) for (const other of rest) make(first, phrase(template || entry.predicate), other);
  }
  return out;
}

/** Verbs that name a source when they follow the report: "…, reported Acme", "…, wrote Jo Bloggs". */
const REPORTING_FORMS = new Set(['reported', 'reports', 'wrote', 'writes', 'announced', 'stated', 'noted', 'quoted', 'cited', 'claimed', 'added', 'said', 'told', 'confirmed']);

/** "…, reported Acme on Thursday.": a verb after a comma with only its name and a date behind names the source, not an object. */
function invertedAttribution(sv: SentenceView, t: number): boolean {
  const name = sv.toks[t + 1];
  if (!isComma(sv.toks[t]) || !REPORTING_FORMS.has(sv.toks[t]!.lower) || !name || name.arg < 0) return false;
  const rest = sv.toks.slice((sv.args[name.arg] as Arg).last + 1);
  return rest.every((x) => x.tags.has('Date') || x.lower === 'on' || (x.arg < 0 && x.gap.includes('(')) || x.tags.has('Acronym'));
}

/** Words that open a clause of an -ing verb whose subject is the clause's: "A finished fourth after losing to B". */
export const GERUND_OPENERS: ReadonlySet<string> = new Set(['after', 'before', 'while', 'since', 'by', 'when', 'without', 'despite', 'upon', 'on', 'for']);

/** Words that say how long before or after ("Hours after arriving", "Two days before meeting", "Shortly after"). */
const TIME_LEADS = new Set(['hours', 'days', 'weeks', 'months', 'years', 'minutes', 'moments', 'shortly', 'soon', 'just', 'only', 'a', 'an', 'few', 'two', 'three', 'several', 'hour', 'day', 'week', 'month', 'year']);

/** Tokens 0..k-1 only say how long before or after: "Hours after arriving …", "Two days after meeting …". */
function onlyTimeBefore(sv: SentenceView, k: number): boolean {
  return k <= 3 && sv.toks.slice(0, k).every((t) => t.arg < 0 && (TIME_LEADS.has(t.lower) || /^\d+$/.test(t.lower)));
}

/**
 * The subject of a gerund: the names right before it ("with A and B accusing C"), or, after "while",
 * "after" and the like, the subject of the clause ("A finished fourth after losing to B"). A gerund
 * after a common noun describes that noun ("the alliance fighting B") and has no named subject.
 */
function gerundSubject(view: ArticleView, sv: SentenceView, k: number): Party[] {
  const before = sv.toks[k];
  // "Arriving in Fortville on Sunday, Jo Bloggs said …", "After meeting B, Jo Bloggs flew home": a participle
  // opening the sentence shares the subject of the clause after its comma.
  if (!before || ((k === 0 || onlyTimeBefore(sv, k)) && GERUND_OPENERS.has(before.lower))) return frontedSubject(view, sv, k + 2);
  // "Jo Bloggs, currently visiting Fortville, said …": a participle set off right after the subject's name describes it.
  const named = before.arg >= 0 ? sv.args[before.arg] : undefined;
  if (named && isComma(sv.toks[k + 1]) && !named.possessive && named.type !== 'OTHER' && !afterPreposition(sv, named) && !sv.toks.slice(0, named.first).some(isFiniteVerb)) return coordinated(sv, named);
  // "A was named minister, replacing B": a participle after a comma shares the subject of the clause before.
  if (isComma(sv.toks[k + 1]) && !isHardBreak(sv.toks[k + 1])) return clauseSubject(view, sv, k);
  if (before.arg >= 0) {
    const arg = sv.args[before.arg];
    return arg && arg.type !== 'OTHER' && !isComma(sv.toks[k + 1]) ? coordinated(sv, arg) : [];
  }
  if (GERUND_OPENERS.has(before.lower)) return findSubject(view, sv, k - 1, { nonFinite: true });
  return [];
}

/** The name opening the main clause after the comma that closes a fronted phrase starting before token `from`. */
function frontedSubject(view: ArticleView, sv: SentenceView, from: number): Party[] {
  for (let j = from; j < sv.toks.length && j - from <= MAX_FRONTED; j++) {
    const tok = sv.toks[j]!;
    if (isHardBreak(tok)) return [];
    if (!isComma(tok)) continue;
    // "…, he said": a pronoun subject stands for whom it points back to.
    if (/^(he|she|they|it)$/.test(tok.lower) && tok.tags.has('Pronoun') && isFiniteVerb(sv.toks[j + 1])) {
      const key = resolvePronoun(view, sv.index, j, tok.lower, 'subject');
      return key === null ? [] : [{ key, tok: j }];
    }
    const arg = tok.arg >= 0 ? sv.args[tok.arg]! : undefined;
    const verb = arg ? sv.toks[arg.last + 1] : undefined;
    return arg && !arg.possessive && (arg.type === 'PERSON' || arg.type === 'ORGANIZATION' || arg.type === 'COUNTRY') && verb && !isComma(verb) && isFiniteVerb(verb) ? [{ key: arg.key, arg, tok: arg.first }] : [];
  }
  return [];
}

/** The subject of the nearest finite verb left of token k, in the same sentence and before any clause word. */
function clauseSubject(view: ArticleView, sv: SentenceView, k: number): Party[] {
  for (let j = k; j >= 0; j--) {
    const tok = sv.toks[j];
    if (!tok || isClauseWord(tok) || isHardBreak(tok)) return [];
    if (tok.arg >= 0 || !isFiniteVerb(tok) || isSayVerb(tok)) continue;
    let m = j - 1;
    while (sv.toks[m] && sv.toks[m]!.arg < 0 && (isBe(sv.toks[m]) || isModal(sv.toks[m]) || isAdverb(sv.toks[m]) || sv.toks[m]!.tags.has('Auxiliary')) && !isComma(sv.toks[m + 1])) m--;
    return findSubject(view, sv, m);
  }
  return [];
}

/** Fills a predicate template: "#" is the head noun; an empty template falls back to the noun's own predicate. */
function fill(template: string, noun: string, prep: string): string {
  if (template === '') return NOUN_INDEX.get(noun)?.predicate ?? NOUN_INDEX.get(noun.split(' ').pop() ?? '')?.predicate ?? '';
  const withNoun = template.includes('#') ? template.replace('#', noun) : template;
  void prep;
  return withNoun.replace(/\s+/g, ' ').trim();
}

/** The "by" agent of a passive, searched right of the verb. */
function findAgent(sv: SentenceView, from: number): Arg | null {
  for (let j = from; j < sv.toks.length && j - from <= MAX_OBJECT_TOKENS; j++) {
    const tok = sv.toks[j];
    if (!tok || (j > from && isPhraseBreak(tok)) || isClauseWord(tok)) return null;
    if (tok.lower === 'by') {
      // "by the former President B": over a determiner and the modifiers of a title.
      let k = j + 1;
      while (sv.toks[k] && sv.toks[k]!.arg < 0 && (isDeterminer(sv.toks[k]) || ROLE_MODIFIERS.has(sv.toks[k]!.lower)) && k - j <= 3) k++;
      const after = sv.toks[k];
      if (after && after.arg >= 0) {
        const arg = sv.args[after.arg];
        return arg ? throughPossessive(sv, arg) : null;
      }
      return null;
    }
    if (tok.arg >= 0) j = sv.args[tok.arg]?.last ?? j;
  }
  return null;
}

/**
 * The object(s) right of a verb: a name reached over determiners, adjectives, numbers and a short
 * noun phrase, through a preposition the verb accepts, plus the names coordinated with it.
 */
function findObject(view: ArticleView, sv: SentenceView, from: number, entry: RelationVerb, exclude: number | null, notPrep?: string, carried = ''): Found | null {
  const { toks } = sv;
  let prep = '';
  let blocked = false;
  let nouns: string[] = [];
  let headNoun = '';
  // The last preposition the verb takes, kept past later phrases ("support to its allies in C, including D").
  let taken: { prep: string; noun: string } | null = null;
  let words = 0;
  let content = '';
  let contentPrep = '';
  for (let j = from; j < toks.length; j++) {
    const tok = toks[j] as Tok;
    if (isPhraseBreak(tok) || (j === from && isComma(tok))) return null;
    if (j > from && isComma(tok) && !modifierList(sv, j)) return taken ? afterComma(sv, j, entry, taken.prep, taken.noun, notPrep) : null;
    if (tok.arg >= 0) {
      const arg = sv.args[tok.arg] as Arg;
      // A named thing (a treaty, a weapon system) is an object only of buying and signing: "requested to buy the S-400".
      const thingObject = arg.type === 'OTHER' && prep === '' && !blocked && (entry.type === 'ECONOMIC' || entry.type === 'AGREEMENT');
      if (arg.type === 'OTHER' && !thingObject && !eventOwner(view, sv, arg)) {
        nouns.push(arg.mention.text.toLowerCase());
        j = arg.last;
        continue;
      }
      // "visited forward posts in the district of Fortville": the place is where the visit went.
      if (entry.placeOfObject && prep === 'in' && notPrep === undefined && !blocked && (arg.type === 'LOCATION' || arg.type === 'COUNTRY')) {
        return { parties: [{ key: arg.key, arg, tok: arg.first }], prep: '', noun: '', next: arg.last + 1 };
      }
      let noun = prep === '' ? '' : headNoun;
      if (!blocked && accepts(entry, prep, noun) && prep !== notPrep) {
        let object = throughPossessive(sv, arg);
        // "host the Acme Summit", "attend a summit of Acme": the event names its owner.
        const event = eventOwner(view, sv, object);
        let eventNoun = '';
        if (event) {
          object = event.owner;
          eventNoun = event.noun;
        }
        if (object.key === exclude && object === arg) return null;
        // "an article in B": only a publication or body is where an article stands.
        if (content && contentPrep === 'in' && object.type !== 'ORGANIZATION') return null;
        const parties = [object, ...(event ? [] : listedAfter(sv, object))].map((a) => ({ key: a.key, arg: a, tok: a.first }));
        const last = event ? event.end : (parties[parties.length - 1]?.arg ?? object).last;
        if (eventNoun) noun = `${noun ? `${noun} ` : ''}${eventNoun}`;
        return { parties, prep, noun, next: last + 1, event: eventNoun !== '', ...(content ? { content } : {}) };
      }
      // The name belongs to a phrase the verb does not take ("met in Moscow with B"): pass over it.
      blocked = true;
      j = arg.last;
      continue;
    }
    if (OBJECT_PRONOUNS.has(tok.lower) && tok.tags.has('Pronoun') && !(tok.lower === 'her' && isNoun(toks[j + 1]))) {
      if (blocked || !accepts(entry, prep, prep === '' ? '' : headNoun) || prep === notPrep) return null;
      const key = resolvePronoun(view, sv.index, j, tok.lower, 'nearest', exclude);
      return key === null ? null : { parties: [{ key, tok: j }], prep, noun: prep === '' ? '' : headNoun, next: j + 1 };
    }
    if (isClauseWord(tok)) return null;
    if (tok.lower === 'to' && toks[j + 1]?.tags.has('Verb')) return null; // a purpose clause: "overcame a deficit to beat"
    // "criticized an article in B", "condemned sanctions by B": a thing of the party the verb judges.
    if (prep === '' && !blocked && !content && '' in entry.preps && !entry.light && !entry.inverse && CONTENT_PREPS.has(tok.lower) && CONTENT_NOUNS.has(nouns[nouns.length - 1] ?? '')) {
      content = nouns[nouns.length - 1] ?? '';
      contentPrep = tok.lower;
      nouns = [];
      continue;
    }
    // "took up arms against the regime in B": the government of a place stands for the place.
    if ((tok.lower === 'in' || tok.lower === 'of') && !blocked && prep in entry.preps && GOVERNMENT_NOUNS.has(nouns[nouns.length - 1] ?? '')) {
      const place = toks[j + 1] && toks[j + 1]!.arg >= 0 ? sv.args[toks[j + 1]!.arg] : undefined;
      if (place && (place.type === 'LOCATION' || place.type === 'COUNTRY')) {
        nouns = [];
        continue;
      }
    }
    // "met the President of Ruritania, Ana Kos": a title and its owner, then the holder's name after a comma.
    if ((tok.lower === 'of' || tok.lower === 'for') && !blocked && ROLE_HEADS.has(nouns[nouns.length - 1] ?? '') && accepts(entry, prep, prep === '' ? '' : headNoun) && prep !== notPrep) {
      const holder = holderAfterOwner(sv, j + 1);
      if (holder && holder.key !== exclude) return { parties: [{ key: holder.key, arg: holder, tok: holder.first }], prep, noun: prep === '' ? '' : headNoun, next: holder.last + 1 };
    }
    if (isPreposition(tok)) {
      // "a complex in the southern city of Fortville": the place noun and its name are one thing;
      // "a number of Acme posts", "20 percent of Ruritania": an amount only measures its noun.
      const amount = (nouns.length === 1 && QUANTITY_NOUNS.has(nouns[0]!)) || (nouns.length === 0 && j > from && isValue(toks[j - 1]));
      if (tok.lower === 'of' && ((prep !== '' && PLACE_NOUNS.has(nouns[nouns.length - 1] ?? '')) || amount)) {
        nouns = [];
        continue;
      }
      headNoun = nouns.slice(-2).join(' ');
      const single = nouns[nouns.length - 1] ?? '';
      // "filed a complaint against A at B": the second phrase keeps the first one's noun.
      if (nouns.length === 0 && carried) headNoun = carried;
      if (!NOUN_INDEX.has(headNoun) && NOUN_INDEX.has(single)) headNoun = single;
      else if (!NOUN_INDEX.has(headNoun)) headNoun = single;
      if (entry.adjacentPrep && j !== from) return null;
      nouns = [];
      prep = tok.lower;
      blocked = false;
      if (prep in entry.preps && prep !== notPrep) taken = { prep, noun: headNoun };
      continue;
    }
    // compromise may tag a plural noun as a verb ("several key issues"); after a modifier it is a noun.
    const prev = toks[j - 1];
    const nounAfterModifier = j > from && !!prev && prev.arg < 0 && (isDeterminer(prev) || isAdjective(prev) || isValue(prev) || isNoun(prev) || /^(more|fewer|less|most)$/.test(prev.lower) || joinedModifier(sv, j)) && !isComma(tok);
    if (isFiniteVerb(tok) && !isAdjective(tok) && !nounAfterModifier) return null;
    if (isNoun(tok) || (tok.tags.has('Verb') && nounAfterModifier)) nouns.push(tok.lower);
    else if (!(isDeterminer(tok) || isAdjective(tok) || isAdverb(tok) || isValue(tok) || tok.tags.has('Date') || tok.lower === 'and' || tok.tags.has('Gerund') || tok.tags.has('Hyphenated'))) return null;
    if (++words > MAX_OBJECT_TOKENS) return null;
  }
  // "Initech, which Acme has a stake in.": a preposition left at the end takes the relative's antecedent.
  if (prep !== '' && nouns.length === 0 && accepts(entry, prep, headNoun)) return strandedObject(sv, from, prep, headNoun);
  return null;
}

/** The person named after a comma behind the owner at token k ("of Ruritania, [His Excellency] Ana Kos"), or null. */
function holderAfterOwner(sv: SentenceView, k: number): Arg | null {
  const owner = argAt(sv, sv.toks[k]?.lower === 'the' ? k + 1 : k);
  if (!owner || owner.type === 'PERSON' || owner.type === 'OTHER') return null;
  let t = owner.last + 1;
  if (!isComma(sv.toks[t])) return null;
  while (sv.toks[t] && sv.toks[t]!.arg < 0 && (HONORIFICS.has(sv.toks[t]!.lower.replace(/\.$/, '')) || ADDRESS_WORDS.has(sv.toks[t]!.lower))) t++;
  const holder = argAt(sv, t);
  return holder && holder.type === 'PERSON' && !holder.possessive ? holder : null;
}

/** Forms of address before a name: "His Excellency", "Her Majesty". */
const ADDRESS_WORDS: ReadonlySet<string> = new Set([...ADDRESS_POSSESSIVES, ...ADDRESS_NOUNS]);

/** Token j is the last of modifiers joined by "and"/"or", before their noun ("a sea and land blockade"), however it is tagged. */
export function joinedModifier(sv: SentenceView, j: number): boolean {
  const tok = sv.toks[j];
  const next = sv.toks[j + 1];
  return !!tok && tok.arg < 0 && /^(and|or)$/.test(sv.toks[j - 1]?.lower ?? '') && !!next && next.arg < 0 && isNoun(next) && !isComma(next);
}

/** The comma before token j joins modifiers of one noun: "a sea, air and land blockade". */
export function modifierList(sv: SentenceView, j: number): boolean {
  const plain = (t: Tok | undefined): boolean => !!t && t.arg < 0 && /^\p{Ll}/u.test(t.text) && !isClauseWord(t) && !isPreposition(t) && !isFiniteVerb(t);
  if (!plain(sv.toks[j - 1]) || !plain(sv.toks[j])) return false;
  for (let k = j + 1; k < sv.toks.length && k - j <= 3; k++) {
    const tok = sv.toks[k];
    if (!tok || tok.arg >= 0 || isHardBreak(tok)) return false;
    if ((tok.lower === 'and' || tok.lower === 'or') && !isComma(tok)) {
      const last = sv.toks[k + 1];
      // The last modifier may be tagged a verb ("sea, air and land blockade"): the noun after it decides.
      return !!last && !isComma(last) && (plain(last) || (/^\p{Ll}/u.test(last.text) && joinedModifier(sv, k + 1)));
    }
    if (!plain(tok) || isComma(tok)) return false;
  }
  return false;
}

/**
 * At a comma with no object yet: "support to its proxies, including A and B" and "its proxies in C,
 * the D rebels" name the object after the comma.
 */
function afterComma(sv: SentenceView, j: number, entry: RelationVerb, prep: string, headNoun: string, notPrep?: string): Found | null {
  if (prep === notPrep) return null;
  const tok = sv.toks[j];
  if (!tok) return null;
  let t = j;
  if (tok.lower === 'including' || tok.lower === 'notably' || tok.lower === 'especially') t++;
  else if (!isDeterminer(tok) || POSSESSIVE_PRONOUNS.has(tok.lower)) return null;
  while (sv.toks[t] && sv.toks[t]!.arg < 0 && isDeterminer(sv.toks[t])) t++;
  const argTok = sv.toks[t];
  if (!argTok || argTok.arg < 0) return null;
  // Only after a common-noun object the verb takes ("support to its proxies").
  const noun = nounBefore(sv, j);
  if (!noun || !accepts(entry, prep, prep === '' ? '' : headNoun)) return null;
  const arg = sv.args[argTok.arg] as Arg;
  if (arg.type === 'OTHER') return null;
  const parties = [arg, ...listedAfter(sv, arg)].map((a) => ({ key: a.key, arg: a, tok: a.first }));
  const last = parties[parties.length - 1]?.arg ?? arg;
  return { parties, prep, noun: headNoun, next: last.last + 1 };
}

/** Whether a common noun stands among the few tokens before index j (skipping one place name). */
function nounBefore(sv: SentenceView, j: number): boolean {
  for (let t = j - 1; t >= 0 && j - t <= 4; t--) {
    const tok = sv.toks[t];
    if (!tok) return false;
    if (tok.arg >= 0) {
      t = sv.args[tok.arg]?.first ?? t;
      continue;
    }
    if (isNoun(tok)) return true;
  }
  return false;
}

function strandedObject(sv: SentenceView, from: number, prep: string, headNoun: string): Found | null {
  for (let j = from - 1; j >= 1 && from - j <= 8; j--) {
    const tok = sv.toks[j];
    if (!tok) return null;
    if ((tok.lower === 'which' || tok.lower === 'that' || tok.lower === 'whom') && isComma(tok)) {
      const before = sv.toks[j - 1];
      const arg = before && before.arg >= 0 ? sv.args[before.arg] : undefined;
      return arg && arg.type !== 'OTHER' ? { parties: [{ key: arg.key, arg, tok: arg.first }], prep, noun: headNoun, next: sv.toks.length } : null;
    }
    if (isHardBreak(tok)) return null;
  }
  return null;
}

function accepts(entry: RelationVerb, prep: string, noun: string): boolean {
  if (!(prep in entry.preps)) return false;
  if (!entry.light) return true;
  const relationNoun = NOUN_INDEX.get(noun) ?? NOUN_INDEX.get(noun.split(' ').pop() ?? '');
  return !!relationNoun && (relationNoun.preps.includes(prep) || prep in entry.preps);
}

/** Head noun of the phrase right of the verb, for "A and B signed a strategic agreement". */
function headNounAhead(sv: SentenceView, from: number): string {
  let noun = '';
  for (let j = from; j < sv.toks.length && j - from < 6; j++) {
    const tok = sv.toks[j];
    if (!tok || tok.arg >= 0 || (j > from && (isComma(tok) || isHardBreak(tok))) || isPreposition(tok) || isClauseWord(tok)) break;
    if (isNoun(tok)) noun = tok.lower;
  }
  return noun;
}

function buildControlForms(): Map<string, string> {
  const map = new Map<string, string>();
  for (const lemma of CONTROL_VERBS) {
    map.set(lemma, lemma);
    const forms = regularForms(lemma);
    for (const f of [...forms.third, ...forms.past, ...forms.gerund]) map.set(f, lemma);
  }
  return map;
}
