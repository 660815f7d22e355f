import { RELATION_NOUNS, RELATION_VERBS, type RelationNoun, type RelationVerb } from '../../data/relationVerbs.js';

export type VerbFormKind = 'base' | 'third' | 'past' | 'participle' | 'gerund';

export interface VerbForm {
  entry: RelationVerb;
  kinds: ReadonlySet<VerbFormKind>;
}

const VOWELS = /[aeiou]/;

/** Regular inflections of a base form; both spellings where a final consonant may double. */
export function regularForms(lemma: string): Record<Exclude<VerbFormKind, 'base'>, string[]> {
  const last = lemma.slice(-1);
  const beforeLast = lemma.slice(-2, -1);
  const third = /(s|sh|ch|x|z|o)$/.test(lemma) ? `${lemma}es` : last === 'y' && !VOWELS.test(beforeLast) ? `${lemma.slice(0, -1)}ies` : `${lemma}s`;
  let past: string[];
  let gerund: string[];
  if (last === 'e') {
    past = [`${lemma}d`];
    gerund = [lemma.endsWith('ee') ? `${lemma}ing` : `${lemma.slice(0, -1)}ing`];
  } else if (last === 'y' && !VOWELS.test(beforeLast)) {
    past = [`${lemma.slice(0, -1)}ied`];
    gerund = [`${lemma}ing`];
  } else {
    past = [`${lemma}ed`];
    gerund = [`${lemma}ing`];
    // Consonant-vowel-consonant endings may double ("ban" → "banned", "admit" → "admitted").
    if (/[^aeiou][aeiou][bdgklmnprt]$/.test(lemma)) {
      past.push(`${lemma}${last}ed`);
      gerund.push(`${lemma}${last}ing`);
    }
  }
  return { third: [third], past, participle: past, gerund };
}

/** Verb form ("met", "supplying") → the lexicon entries it can belong to. */
export function buildVerbIndex(verbs: readonly RelationVerb[] = RELATION_VERBS): Map<string, VerbForm[]> {
  const index = new Map<string, VerbForm[]>();
  const add = (form: string, entry: RelationVerb, kind: VerbFormKind): void => {
    const list = index.get(form) ?? [];
    let found = list.find((f) => f.entry === entry);
    if (!found) {
      found = { entry, kinds: new Set() };
      list.push(found);
      index.set(form, list);
    }
    (found.kinds as Set<VerbFormKind>).add(kind);
  };
  for (const entry of verbs) {
    const regular = regularForms(entry.lemma);
    add(entry.lemma, entry, 'base');
    for (const f of entry.third ? [entry.third] : regular.third) add(f, entry, 'third');
    for (const f of regular.gerund) add(f, entry, 'gerund');
    for (const f of entry.past ? [entry.past] : regular.past) add(f, entry, 'past');
    for (const f of entry.participle ? [entry.participle] : regular.participle) add(f, entry, 'participle');
  }
  return index;
}

/** Noun form (one or two words, lower case) → its relation noun. */
export function buildNounIndex(nouns: readonly RelationNoun[] = RELATION_NOUNS): Map<string, RelationNoun> {
  const index = new Map<string, RelationNoun>();
  for (const noun of nouns) for (const form of noun.forms) index.set(form, noun);
  return index;
}

/** The base-form predicate after a modal or "to": "invests in" → "invest in", "met" → "meet". */
export function basePredicate(entry: RelationVerb, finite: string): string {
  const words = finite.split(' ');
  const first = words[0] ?? '';
  const forms = new Set([entry.predicate.split(' ')[0], entry.past, entry.third, ...regularForms(entry.lemma).past, ...regularForms(entry.lemma).third]);
  if (forms.has(first)) words[0] = entry.lemma;
  return words.join(' ');
}

export const VERB_INDEX = buildVerbIndex();
export const NOUN_INDEX = buildNounIndex();
