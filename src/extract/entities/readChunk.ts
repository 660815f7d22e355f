// Reads one capitalised chunk into candidates: strips sentence-initial common words, splits titles
// ("Peruvian Foreign Minister X" → role + person), honorifics ("Dr X"), coordinations ("Ghana
// and Togo"), and decides each name's kind from lexicons, name suffixes and the name's own shape.
import { type Chunk, nicknameAt, nicknameOpening } from './chunks.js';
import { GUESS, LIKELY, SURE, type Candidate } from './candidates.js';
import {
  commonWords, companySuffixes, countryByDemonym, countryByName, diseases, documentHeads, eventHeads, fold, genericCapitalised, groupNouns, holidays, honorifics,
  compassWords, eastAsianSurnames, givenNames, isDescriptive, forceStates, knownOrgs, rankQualifiers, leadingOrgWords, lexiconOrganizations, orgPossessedNouns, monthsAndDays, nonEntityAcronyms, numberWords, orgHeads, orgOfHeads, paperHeads, placeHeads, places, portfolioHeads, portfolioWords, regionalAdjectives, verbLemmas,
  speechCueVerbs, termHeads, titleConnectors, titleHeads, titleModifiers, weaponNames,
} from './lexicon.js';
import { MONTHS } from '../../data/nonEntities.js';
import { ARABIC_KINSHIP_PARTICLES } from '../../data/personNames.js';
import { REGNAL_STYLES } from '../../data/titles.js';
import { AP_STATE_ABBREVIATIONS, PARTY_LETTERS, US_POSTAL_CODES } from '../../data/usStates.js';
import type { Word } from './words.js';

/** Parts of speech that a capitalised sentence-initial word has when it is a common word. */
const COMMON_TAGS = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb', 'Verb', 'QuestionWord', 'Value', 'Expression', 'Possessive', 'Negative'];
const NAME_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Place', 'Country', 'City', 'Region', 'Organization', 'Demonym'];

/** State bodies whose name carries the state's adjective ("Russian Foreign Ministry", "Moldovan Armed Forces"). */
const STATE_BODY_HEADS = new Set(['ministry', 'army', 'forces', 'navy', 'police', 'treasury', 'government', 'embassy', 'parliament', 'guard', 'guards', 'cabinet', 'office', 'council', 'agency', 'corps', 'military', 'presidency', 'consulate', 'court', 'congress', 'senate', 'assembly', 'legislature', 'commission', 'department', 'bank']);

/** A minister's portfolio, which alone names nothing ("Minister X (Finance)"). */
const PORTFOLIOS = new Set(['finance', 'defence', 'defense', 'interior', 'foreign', 'home', 'health', 'trade', 'economy', 'education', 'agriculture', 'information', 'culture', 'tourism', 'transport', 'environment', 'commerce', 'fisheries', 'mines', 'housing', 'sports', 'youth', 'welfare', 'planning', 'affairs']);

/** Foreign words for a newspaper that name the paper alone ("Folha", "Gazeta"). */
const PAPER_WORDS = new Set(['folha', 'jornal', 'gazeta', 'gazzetta', 'giornale', 'diario', 'diário', 'zeitung', 'dziennik', 'corriere']);

/** Heads of a definite description of a state ("the Hermit Kingdom", "the Ruritanian Regime"). */
const STATE_WORDS = new Set(['state', 'regime', 'republic', 'kingdom', 'government', 'nation', 'caliphate', 'emirate']);

export const span = (words: readonly Word[], from: number, to: number): string => {
  const first = words[from];
  const last = words[to - 1];
  return first && last ? textBetween(words, from, to) : '';
};

function textBetween(words: readonly Word[], from: number, to: number): string {
  let s = words[from]!.text;
  for (let i = from + 1; i < to; i++) s += words[i - 1]!.suffix + words[i]!.gapBefore + words[i]!.text;
  return s;
}

export const isTitleWord = (w: Word | undefined): boolean => !!w && (titleHeads.has(w.lower) || titleModifiers.has(w.lower));
const isHead = (w: Word | undefined): boolean => !!w && titleHeads.has(w.lower);
const hasTag = (w: Word, tags: readonly string[]): boolean => tags.some((t) => w.tags.has(t));

/** A sentence-initial capitalised word that is a common word, not a name ("Officials", "After", "Five"). */
export function isCommonInitial(w: Word, nameWords: ReadonlySet<string> = NO_NAMES): boolean {
  if (!w.initial) return false;
  // Written capitalised inside a sentence elsewhere in the article: a name ("Blinken later flew …").
  if (nameWords.has(w.text)) return false;
  const key = fold(w.text);
  if (countryByName.has(key) || countryByDemonym.has(key) || knownOrgs.has(w.text) || places.has(key)) return false;
  if (w.upper && !numberWords.has(w.lower) && !genericCapitalised.has(w.lower)) return false;
  if (genericCapitalised.has(w.lower) || numberWords.has(w.lower) || regionalAdjectives.has(w.lower)) return true;
  if (hasTag(w, NAME_TAGS) && !hasTag(w, ['Determiner', 'Pronoun', 'Preposition', 'Conjunction'])) return false;
  // A word compromise does not know is kept: it is as likely a name ("Telvo said") as a common noun.
  return hasTag(w, COMMON_TAGS) || w.tags.has('Adjective') || w.tags.has('Plural') || commonWords.has(w.lower);
}

const NO_NAMES: ReadonlySet<string> = new Set();

/** "Press TV", "Harbour TV": "TV" closing a name names a broadcaster, not the medium. */
function broadcasterEnd(words: readonly Word[], k: number, from: number, to: number): boolean {
  return words[k]!.text === 'TV' && k > from && (k === to - 1 || !words[k + 1]!.cap) && words[k - 1]!.cap && words[k]!.gapBefore === ' ';
}
const monthNames = new Set(MONTHS);
const regnalStyles = new Set(REGNAL_STYLES.flatMap((style) => style.split(' ')));
/** Words before a month that make it a date ("in May", "since Jan"), not a first name. */
const DATE_WORDS = new Set(['in', 'on', 'since', 'until', 'till', 'by', 'last', 'next', 'early', 'late', 'mid', 'from', 'through', 'during', 'before', 'after', 'of', 'this', 'that', 'between', 'to', 'and']);

/**
 * A month written as a first name: "Jan Morek", "April Dunne" — a capitalised surname follows in the
 * same chunk, no number does, and no date word stands before it.
 */
function monthAsName(words: readonly Word[], k: number, to: number): boolean {
  const w = words[k]!;
  const next = words[k + 1];
  if (!monthNames.has(w.lower) || k + 1 >= to || !next || next.gapBefore !== ' ' || !next.cap || next.upper) return false;
  if (monthsAndDays.has(next.lower) || /\d/.test(next.text) || /^\d/.test(words[k + 2]?.text ?? '')) return false;
  const before = words[k - 1];
  return !(before && before.sentence === w.sentence && DATE_WORDS.has(before.lower));
}

/**
 * A common word written as a first name: "Win Tarek said", "spokesman Hope Adeyemi" — two words,
 * the second not a common word, and a person context: a speech verb after or a title before.
 */
function commonFirstName(words: readonly Word[], from: number, to: number): boolean {
  if (to - from !== 2) return false;
  const first = words[from]!;
  if (genericCapitalised.has(first.lower) || numberWords.has(first.lower) || hasTag(first, ['Determiner', 'Pronoun', 'Preposition', 'Conjunction', 'QuestionWord'])) return false;
  const second = words[from + 1]!;
  if (knownOrgs.has(second.text) || places.has(fold(second.text))) return false;
  if (!second.cap || second.upper || commonWords.has(second.lower) || genericCapitalised.has(second.lower) || orgHeads.has(second.lower) || placeHeads.has(second.lower)) return false;
  if (countryByName.has(fold(second.text)) || countryByDemonym.has(fold(second.text))) return false;
  const after = words[to];
  const before = words[from - 1];
  const speaks = !!after && after.sentence === second.sentence && speechCueVerbs.has(after.lower) && /^ ?$/.test(after.gapBefore);
  const titled = !!before && before.sentence === second.sentence && titleHeads.has(before.lower);
  // "Win Tarek, a member of …", "Hope Adeyemi, the party's leader": an apposition naming a role.
  let apposed = false;
  if (after && after.sentence === second.sentence && /^\s*,\s*$/.test(after.gapBefore) && ['a', 'an', 'the'].includes(after.lower)) {
    for (let k = to + 1; k < to + 6 && words[k] && words[k]!.sentence === second.sentence && !/[,;.]/.test(words[k]!.gapBefore); k++) {
      if (titleHeads.has(words[k]!.lower) || words[k]!.lower === 'member') { apposed = true; break; }
    }
  }
  return speaks || titled || apposed;
}
/** The name words and surnames of the article being read (set by `readChunk`; reading is synchronous). */
let articleNameWords: ReadonlySet<string> = NO_NAMES;
let articleSurnames: ReadonlySet<string> = NO_NAMES;

/** Last words of the article's names that open on a given name ("Waters" of "Ana Waters"). */
export function surnamesOf(words: readonly Word[], chunks: readonly Chunk[]): Set<string> {
  const out = new Set<string>();
  for (const c of chunks) {
    if (c.to - c.from >= 2 && !words[c.from]!.upper && hasTag(words[c.from]!, ['FirstName', 'MaleName', 'FemaleName']) && personShaped(words, c.from, c.to)) out.add(words[c.to - 1]!.text);
  }
  return out;
}

/** Words written capitalised away from a sentence start: the article's own name words. */
export function nameWordsOf(words: readonly Word[], chunks: readonly Chunk[] = []): Set<string> {
  const out = new Set<string>();
  // A portfolio in a title ("Iranian Oil Minister") is capitalised as part of the title, not as a name.
  for (const [k, w] of words.entries()) if (w.cap && !w.initial && !w.upper && !(portfolioWords.has(w.lower) && isTitleWord(words[k + 1]))) out.add(w.text);
  // A capitalised word after the first of a chunk is a name word even at a sentence start ("Yusuf Karam …").
  for (const c of chunks) for (let i = c.from + 1; i < c.to; i++) if (words[i]!.cap && !words[i]!.upper && !commonWords.has(words[i]!.lower)) out.add(words[i]!.text);
  return out;
}

/** The words in [from, to) look like a person's name: capitalised words, no org or place heads. */
export function personShaped(words: readonly Word[], from: number, to: number): boolean {
  const n = to - from;
  // Arabic names chain kinship words and family names with their article: "Tarik bin Rahim bin Saif
  // Al Omar", "Tarik Rahim Al-Saif Al-Omar" are one person.
  const kinship = words.slice(from, to).some((w, i) => KINSHIP.has(w.lower) || (/^(?:al|el)$/.test(w.lower) && words[from + i + 1]?.gapBefore === '-'));
  if (n < 1 || n > (kinship ? 8 : 5)) return false;
  const last = words[to - 1]!;
  if (orgHeads.has(last.lower) || placeHeads.has(last.lower) || companySuffixes.has(last.lower.replace(/\./g, ''))) return false;
  const whole = fold(span(words, from, to));
  if (countryByName.has(whole) || knownOrgs.has(span(words, from, to)) || countryByDemonym.has(whole)) return false;
  for (let i = from; i < to; i++) {
    const w = words[i]!;
    // "Bagh-e Varosk": a Persian ezafe between the parts of a family name.
    const ezafe = /^(?:e|ye)$/.test(w.lower) && w.gapBefore === '-' && i > from && i < to - 1 && words[i + 1]!.gapBefore === ' ';
    if (!w.cap && !ezafe && !(w.gapBefore === '-' && i === to - 1 && i > from && words[i - 1]!.cap) && !['bin', 'ibn', 'al', 'el', 'de', 'da', 'van', 'von', 'der', 'la', 'le', 'du', 'dos', 'del', 'y'].includes(w.lower)) return false;
    const familyName = i > from && i + 1 < to && GENERATIONAL_SUFFIX.test(words[i + 1]!.text);
    if (/\d/.test(w.text) || (isHead(w) && !familyName) || (monthsAndDays.has(w.lower) && !monthAsName(words, i, to) && !(w.gapBefore === '-' && !w.cap))) return false;
  }
  return true;
}

/**
 * Reads the chunk's words into candidates, in text order. `inTitleContext` is true when a title
 * was written right before the chunk, so a name-shaped chunk is a person.
 */
export function readChunk(words: readonly Word[], chunk: Chunk, nameWords: ReadonlySet<string> = NO_NAMES, surnames: ReadonlySet<string> = NO_NAMES): Candidate[] {
  const out: Candidate[] = [];
  articleNameWords = nameWords;
  articleSurnames = surnames;
  // "Acme Martin F-35": a name right before a model the tagger keeps as one word is its maker.
  const next = words[chunk.to];
  const beforeModel = !!next && next.gapBefore === ' ' && next.sentence === words[chunk.to - 1]!.sentence && /^\p{Lu}{1,4}-\d{1,4}\p{Lu}?$/u.test(next.text);
  if (beforeModel) readMaker(words, chunk.from, chunk.to, out);
  else readSpan(words, chunk.from, chunk.to, out);
  return out.sort((a, b) => a.from - b.from);
}


const US_STATE_NAMES = new Set(Object.values(US_POSTAL_CODES).map(fold));

/** The US state a party tag's second part names ("Texas", "Del", "N.Y", "TX", "New York"), or null. */
function partyTagState(words: readonly Word[], from: number, to: number): string | null {
  const text = span(words, from, to).replace(/\.$/, '');
  const ap = AP_STATE_ABBREVIATIONS[text] ?? US_POSTAL_CODES[text];
  if (ap) return ap;
  return US_STATE_NAMES.has(fold(text)) ? text : null;
}

/** "(R-Texas)", "D-Del.": a party letter hyphen-joined to a US state at the chunk's start. */
function readPartyTag(words: readonly Word[], from: number, to: number, out: Candidate[]): boolean {
  const letter = words[from]!;
  if (to - from < 2 || !PARTY_LETTERS.includes(letter.text) || words[from + 1]!.gapBefore !== '-') return false;
  for (let b = to; b > from + 1; b--) {
    const state = partyTagState(words, from + 1, b);
    if (!state) continue;
    out.push({ from: from + 1, to: b, kind: 'LOCATION', certainty: SURE, canonical: state });
    if (b < to) readSpan(words, b, to, out);
    return true;
  }
  return false;
}

/** A plural common noun or title written capitalised ("Officers", "Commissioners", "Senators"). */
function pluralCommon(w: Word): boolean {
  if (w.upper || !/s$/.test(w.lower) || knownOrgs.has(w.text) || countryByName.has(fold(w.text)) || countryByDemonym.has(fold(w.text))) return false;
  const singulars = [w.lower.replace(/ies$/, 'y'), w.lower.replace(/es$/, ''), w.lower.replace(/s$/, '')].filter((x) => x !== w.lower);
  return singulars.some((x) => titleHeads.has(x) || (commonWords.has(x) && !orgHeads.has(x) && !placeHeads.has(x) && !orgHeads.has(w.lower) && !placeHeads.has(w.lower)));
}

/** A word that is common vocabulary, not a name ("District", "Returning", "Senior"). */
function commonVocabulary(w: Word): boolean {
  if (w.upper) return false;
  if (commonWords.has(w.lower) || titleModifiers.has(w.lower) || titleHeads.has(w.lower)) return true;
  if (hasTag(w, ['Person', 'FirstName', 'LastName', 'Place', 'Country', 'City', 'Organization', 'Demonym'])) return false;
  return pluralCommon(w) || /^\p{L}+(ing|ed)$/u.test(w.lower);
}

/** "Returning Officers", "District Commissioners", "Senators": a capitalised plural of common words names nothing. */
function pluralOfCommonWords(words: readonly Word[], from: number, to: number): boolean {
  // "Reyes", "Waters": a surname the tagger knows, or one the article writes after a given name, whatever plural it looks like.
  const last = words[to - 1]!;
  if (to - from > 3 || !pluralCommon(last) || hasTag(last, ['LastName', 'FirstName']) || (to - from === 1 && articleSurnames.has(last.text))) return false;
  for (let k = from; k < to - 1; k++) if (!commonVocabulary(words[k]!) || ['of', 'without', 'for', 'the', 'on'].includes(words[k]!.lower)) return false;
  return true;
}

/** Party short forms written after a person's name ("Harlow Republicans", "Senate Democrats"): two mentions. */
const PARTY_PLURALS = new Set(['republicans', 'democrats', 'conservatives', 'tories', 'greens', 'liberals', 'socialists', 'nationalists']);

/** Words that make a following capitalised name a place ("West Java", "North Sumatra", "Central Highlands"). */
/** Words that open a place's name as a part of it: the compass, and "Upper Varosk", "Greater Varosk", "Metro Varosk". */
const COMPASS = new Set([...compassWords, 'upper', 'lower', 'middle', 'greater', 'metro']);

function readSpan(words: readonly Word[], from: number, to: number, out: Candidate[]): void {
  // Sentence-initial common words and a leading article are not part of a name.
  const groupAfter = to === from + 1 && groupNouns.has(words[to]?.lower ?? '') && !words[to]!.cap;
  while (from < to && !groupAfter && (isCommonInitial(words[from]!, articleNameWords) || /^(the|a|an)$/i.test(words[from]!.text) || titleConnectors.has(words[from]!.lower) && !words[from]!.cap)) {
    // … unless the sentence-initial word is a title or honorific that belongs to the name: a title
    // word only before a title head or an organisation's head ("Senior Adviser Jo Bloggs", "National
    // League for Peace"; not "Senior Ruritanian officials" or "Press reports").
    const titled = isTitleWord(words[from]) && (words.slice(from, to).some(isHead) || words.slice(from + 1, to).some((w) => orgHeads.has(w.lower)));
    if (words[from]!.initial && (titled || honorifics.has(words[from]!.lower)) && !/^(the|a|an)$/i.test(words[from]!.text)) break;
    if (words[from]!.initial && commonFirstName(words, from, to)) break;
    // "Umm Karim al-…", "Abu Tarik …": an Arabic kinship word opening a name belongs to it.
    if (KINSHIP.has(words[from]!.lower) && words[from]!.cap && to - from >= 2) break;
    // "African Union Commission", "Arab League (Secretary-General X)": a regional adjective opening an organisation's name.
    const opensKnownOrg = (): boolean => words.slice(from + 2, to + 1).some((_w, i) => knownOrgs.has(span(words, from, from + 2 + i)));
    if (regionalAdjectives.has(words[from]!.lower) && to - from >= 2 && (orgHeads.has(words[to - 1]!.lower) || opensKnownOrg())) break;
    // "Alphabet's revenue rose": a one-word name whose possessive owns a company's noun.
    if (to - from === 1 && words[from]!.possessive && orgPossessedNouns.has(words[to]?.lower ?? '') && !genericCapitalised.has(words[from]!.lower) && !titleHeads.has(words[from]!.lower) && !orgHeads.has(words[from]!.lower)) break;
    // "Workers' Party leaders": a plural owner written with an apostrophe inside an organisation's name.
    if (from + 1 < to && /^['’]/.test(words[from + 1]!.gapBefore)) break;
    // "South American", "Latin American": a regional adjective of two words names nothing, nor its second word alone.
    if (to - from === 2 && regionalAdjectives.has(fold(span(words, from, to)))) return;
    // "NEW YORK", "New Delhi": a common word that opens a known place's or state's name belongs to it.
    if (to - from >= 2 && (places.has(fold(span(words, from, to))) || countryByName.has(fold(span(words, from, to))))) break;
    // "South Korean President …": a compass word opening a state's name or adjective.
    if (COMPASS.has(words[from]!.lower) && [2, 3].some((m) => from + m <= to && (countryByName.has(fold(span(words, from, from + m))) || countryByDemonym.has(fold(span(words, from, from + m)))))) break;
    from++;
  }
  while (to > from && ['of', 'and', 'for', 'on', '&', 'the', 'de', 'in'].includes(words[to - 1]!.lower) && words[to - 1]!.gapBefore !== '-') to--;
  if (from < to && readPartyTag(words, from, to, out)) return;
  if (readNicknamed(words, from, to, out)) return;
  // Desk codes after an all-capitals name ("ACME NW"): a trailing one- or two-letter capitals word that nothing knows.
  while (to - from >= 2 && words.slice(from, to).every((w) => w.upper || w.text.length === 1) && words[to - 1]!.text.length <= 2 && words[to - 1]!.gapBefore !== '-' && !countryByName.has(fold(words[to - 1]!.text)) && !knownOrgs.has(words[to - 1]!.text)) to--;
  if (from >= to) return;
  // Plural abbreviations of titles and units ("FMs", "MPs", "CEOs"): never names.
  if (to - from === 1 && /^\p{Lu}{2,}s$/u.test(words[from]!.text)) {
    const base = words[from]!.text.slice(0, -1);
    if (nonEntityAcronyms.has(base) || titleHeads.has(base.toLowerCase())) return;
  }

  // Months, weekdays and diseases are never names; split around them ("NEW YORK" is a place whatever it contains).
  const wholeKnown = places.has(fold(span(words, from, to))) || countryByName.has(fold(span(words, from, to)));
  for (let k = from; k < to && !wholeKnown; k++) {
    const w = words[k]!;
    // "Mark Sunday" may be a name; "Chad Tuesday" is a state and a day, though Chad is also a given name.
    const givenBefore = k > from && words[k - 1]!.tags.has('FirstName') && !countryByName.has(fold(words[k - 1]!.text)) && !places.has(fold(words[k - 1]!.text));
    // "King Tarik II", "Elizabeth II": a regnal numeral closing a name is the name's.
    // "King Osmani III": after a monarch's style the name before the numeral need not be a known given name.
    const regnal = (k === to - 1 || !words[k + 1]!.cap) && k > from && /^(?:II|III|IV|VI|VII|VIII|IX|XI)$/.test(w.text) && w.gapBefore === ' '
      && (hasTag(words[k - 1]!, ['FirstName', 'MaleName', 'FemaleName']) || words.slice(from, k - 1).some((x) => regnalStyles.has(x.lower)));
    if (regnal) continue;
    if ((monthsAndDays.has(w.lower) && !givenBefore && !(w.gapBefore === '-' && !w.cap) && !monthAsName(words, k, to)) || diseases.has(fold(w.text)) || (nonEntityAcronyms.has(w.text) && to - from > 1 && !companySuffixes.has(w.lower) && !broadcasterEnd(words, k, from, to) && !(titleHeads.has(w.lower) && k + 1 < to && words[k + 1]!.gapBefore === ' ' && words[k + 1]!.cap && !words[k + 1]!.initial))) {
      readSpan(words, from, k, out);
      readSpan(words, k + 1, to, out);
      return;
    }
  }

  const text = span(words, from, to);
  const key = fold(text);
  const n = to - from;
  // "Washington, D.C.": the district's letters only say which Washington.
  if (/^d\.?\s?c\.?$/.test(key) && words[from - 1]?.lower === 'washington') return;
  const first = words[from]!;
  const last = words[to - 1]!;

  // "(Finance)", "Defence": a portfolio alone names no entity.
  if (to - from <= 2 && words.slice(from, to).every((w) => PORTFOLIOS.has(w.lower)) && !knownOrgs.has(text)) return;
  // "a question from Folha": a foreign newspaper's word alone is the paper.
  if (n === 1 && PAPER_WORDS.has(first.lower)) {
    out.push({ from, to, kind: 'ORGANIZATION', certainty: SURE });
    return;
  }
  if (n === 1 && (genericCapitalised.has(first.lower) || nonEntityAcronyms.has(first.text) || diseases.has(key) || groupNouns.has(first.lower))) return;
  // "OPEC+": a group named after an organisation with a plus is an organisation of its own.
  if (n === 1 && first.upper && first.plus) {
    out.push({ from, to, kind: 'ORGANIZATION', certainty: SURE, canonical: `${first.text}+` });
    return;
  }
  if (weaponNames.has(text)) {
    out.push({ from, to, kind: 'OTHER', certainty: SURE });
    return;
  }

  // "Air Task Force Operation Safe Haven": a named operation after a unit's name is an event of its own.
  for (let k = from + 1; k < to - 1; k++) {
    if (words[k]!.text !== 'Operation' || words[k]!.gapBefore !== ' ' || !words[k + 1]!.cap) continue;
    readSpan(words, from, k, out);
    out.push({ from: k, to, kind: 'OTHER', certainty: SURE });
    return;
  }
  // Whole-span lexicon hits.
  const country = countryByName.get(key);
  if (country) {
    out.push({ from, to, kind: country.sovereign ? 'COUNTRY' : 'LOCATION', certainty: SURE, canonical: country.name, country });
    return;
  }
  const org = knownOrgs.get(text);
  if (org) {
    out.push({ from, to, kind: 'ORGANIZATION', certainty: SURE, canonical: org });
    // "Kenya Defence Forces": a national force's name written out names its state too.
    if (forceStates.has(org) && n >= 2) addStateAdjective(words, from, to, out);
    return;
  }
  const demonym = n <= 3 ? countryByDemonym.get(key) : undefined;
  if (demonym) {
    out.push({ from, to, kind: 'DEMONYM', certainty: SURE, country: demonym });
    return;
  }
  const place = places.get(key);
  if (place && (place.kind === 'capital' || place.kind === 'region')) {
    out.push({ from, to, kind: 'LOCATION', certainty: SURE, ...(place.name ? { canonical: place.name } : {}) });
    return;
  }
  // "Kim Park", "Li Wen": an East Asian family name with one or two short given names is a person.
  if (n >= 2 && n <= 3 && eastAsianSurnames.has(first.lower) && !first.upper && words.slice(from + 1, to).every((w, i) => (w.cap || (w.gapBefore === '-' && i === n - 2)) && !w.upper && w.text.length <= 8
    && (w.gapBefore === ' ' || w.gapBefore === '-') && !orgHeads.has(w.lower) && !companySuffixes.has(w.lower) && (!placeHeads.has(w.lower) || eastAsianSurnames.has(w.lower)) && !countryByName.has(fold(w.text))
    && !countryByDemonym.has(fold(w.text)) && !isTitleWord(w) && !monthsAndDays.has(w.lower) && (!commonWords.has(w.lower) || eastAsianSurnames.has(w.lower)))) {
    out.push({ from, to, kind: 'PERSON', certainty: LIKELY });
    return;
  }
  // A sub-national unit of two or more words ("New Mexico", "Nkhata Bay") is a place whatever it contains.
  if (place && place.kind === 'subdivision' && n >= 2 && !orgHeads.has(last.lower)) {
    out.push({ from, to, kind: 'LOCATION', certainty: SURE });
    return;
  }
  // "UK Government", "Ruritanian Government": the state itself (a state's government is a mention of the state).
  if (n >= 2 && last.lower === 'government' && last.cap) {
    const owner = fold(span(words, from, to - 1));
    const state = countryByName.get(owner) ?? countryByDemonym.get(owner);
    if (state?.sovereign) {
      out.push({ from, to, kind: 'COUNTRY', certainty: SURE, canonical: state.name, country: state });
      return;
    }
  }

  // An ideological or descriptive adjective before a name is no part of it ("the Islamist X"), unless the
  // name ends with an organisation's head ("Socialist Party").
  if (n >= 2 && isDescriptive(first.lower) && !orgHeads.has(last.lower) && !companySuffixes.has(last.lower)) {
    readSpan(words, from + 1, to, out);
    return;
  }

  // States joined by hyphens: "Chile-Peru", "Russia-Iran", "South Korea-Japan" (before the compass rule reads a region).
  for (let k = from + 1; k < to; k++) {
    if (words[k]!.gapBefore !== '-') continue;
    const left = fold(span(words, from, k));
    const right = fold(span(words, k, to));
    // "EU-Turkey", "Russia-NATO": a known organisation hyphen-joined to a state names both.
    // "Mercosur-European Union": two known organisations.
    const leftOrg = knownOrgs.has(span(words, from, k)) && (k > from + 1 || words[from]!.upper || knownOrgs.has(span(words, k, to)));
    const rightOrg = knownOrgs.has(span(words, k, to)) && (to > k + 1 || words[k]!.upper);
    // "Gaza-Israel": a known place beside a state, unless the whole is one name ("Guinea-Bissau").
    const whole = fold(span(words, from, to));
    const placePair = !countryByName.has(whole) && !places.has(whole) && ((places.has(left) && countryByName.has(right)) || (countryByName.has(left) && places.has(right)));
    if (placePair || ((countryByName.has(left) || countryByDemonym.has(left) || (leftOrg && (countryByName.has(right) || rightOrg))) && (countryByName.has(right) || countryByDemonym.has(right) || rightOrg || readsAsState(words, k, to)))) {
      readSpan(words, from, k, out);
      readSpan(words, k, to, out);
      for (const c of out) if (c.kind === 'DEMONYM' && c.from >= from && c.to <= to) c.denotesState = true;
      return;
    }
  }

  // "the Freedonian OSCE chairmanship", "the Ruritanian UN envoy": a demonym before a known body's
  // acronym names the state and the body.
  if (n === 2 && countryByDemonym.has(fold(first.text)) && last.upper && knownOrgs.has(last.text)) {
    readSpan(words, from, from + 1, out);
    readSpan(words, from + 1, to, out);
    return;
  }

  // Only adjectives of regions or religions ("West African", "Gulf Arab"): no entity.
  if (words.slice(from, to).every((w) => regionalAdjectives.has(w.lower)) || regionalAdjectives.has(key)) return;
  // "West Java", "North Sumatra": a compass word before a name makes a region, unless a head says otherwise.
  if (n >= 2 && n <= 4 && COMPASS.has(first.lower) && !words.slice(from, to).some((w) => isTitleWord(w) || w.lower === 'and' || w.lower === 'of') && !orgHeads.has(last.lower) && !termHeads.has(last.lower) && !eventHeads.has(last.lower) && !companySuffixes.has(last.lower) && (!regionalAdjectives.has(fold(span(words, from + 1, to))) || places.get(fold(span(words, from + 1, to)))?.kind === 'region')) {
    out.push({ from, to, kind: 'LOCATION', certainty: LIKELY });
    return;
  }
  // "Harlow Republicans", "Senate Democrats": a name before a party's plural is a mention of its own.
  if (n >= 2 && PARTY_PLURALS.has(last.lower) && knownOrgs.has(last.text)) {
    readSpan(words, from, to - 1, out);
    readSpan(words, to - 1, to, out);
    return;
  }
  // "the Hermit Kingdom", "the Ruritanian Regime": a description, not a name.
  if (n >= 2 && STATE_WORDS.has(last.lower) && words.slice(from, to - 1).every((w) => regionalAdjectives.has(w.lower))) return;
  // Model designations: "Su-24", "S-400", "Shahed-136" are things, not organisations.
  if (/\d/.test(last.text) && last.gapBefore === '-' && !words.slice(from, to).some((w) => w.lower === 'and')) {
    // "Sukhoi Su-24", "Acme Martin F-35": the capitalised words before the model are its maker.
    const model = to - 2 > from && words[to - 2]!.gapBefore !== '-' ? to - 2 : from;
    if (model > from) readMaker(words, from, model, out);
    out.push({ from: model, to, kind: 'OTHER', certainty: SURE });
    return;
  }
  if (holidays.has(key)) {
    out.push({ from, to, kind: 'OTHER', certainty: SURE });
    return;
  }

  // Events, treaties, issues: "Pacific Games", "ASEAN Summit", "Harbour Question". A known name before the head is its own entity.
  // Capitalised common terms: indicators, weapons, documents ("Consumer Price Index", "Resolution 12").
  const termLike = n >= 2 && ((termHeads.has(last.lower) && !orgOfHeads.has(words[to - 2]!.lower)) || documentHeads.has(last.lower));
  if (termLike || (n >= 2 && eventHeads.has(last.lower) && !orgHeads.has(words[to - 2]!.lower))) {
    // A document's number belongs to its name.
    const numbered = documentHeads.has(last.lower) && /^\d[\d/.-]*$/.test(words[to]?.text ?? '') && words[to]!.gapBefore === ' ';
    out.push({ from, to: numbered ? to + 1 : to, kind: 'OTHER', certainty: SURE });
    for (let b = to - 1; b > from; b--) {
      const prefix = span(words, from, b);
      const known = countryByName.has(fold(prefix)) || countryByDemonym.has(fold(prefix)) || knownOrgs.has(prefix) || places.has(fold(prefix)) || (b === from + 1 && words[from]!.upper);
      if (!known) continue;
      const before = out.length;
      readSpan(words, from, b, out);
      const inner = out.splice(before);
      for (const c of inner) if (c.certainty === SURE || (c.kind === 'ORGANIZATION' && words[c.from]!.upper) || (c.kind === 'LOCATION' && c.certainty >= LIKELY)) out.push(c);
      break;
    }
    return;
  }

  // A title inside the chunk: "[owner] Title [Name]".
  if (readTitle(words, from, to, out)) return;

  // "Returning Officers", "District Commissioners": plurals of common words and roles.
  if (pluralOfCommonWords(words, from, to)) return;

  // Honorifics: "Ms Okafor", "Dr Lena Okafor", "Brig. Gen. Okoro …".
  // "Senior Gen. Okoro": a qualifier of the rank goes with it.
  const qualified = rankQualifiers.has(first.lower.replace(/\.$/, '')) && n > 2 && honorifics.has(words[from + 1]!.lower.replace(/\.$/, ''));
  if ((qualified || honorifics.has(first.lower.replace(/\.$/, ''))) && n > 1) {
    let k = qualified ? from + 1 : from;
    while (k < to - 1 && honorifics.has(words[k]!.lower)) k++;
    if (personShaped(words, k, to)) {
      out.push({ from: k, to, kind: 'PERSON', certainty: SURE });
      return;
    }
  }

  // "Speaker of the House of Representatives": a title and the body it is held in are two mentions.
  const titleEnd = titleOfOwner(words, from, to);
  if (titleEnd !== null) {
    const ownerFrom = words[titleEnd + 1]!.lower === 'the' ? titleEnd + 2 : titleEnd + 1;
    // "Prime Minister of Chile Jo Bloggs": the name after the owner holds the title.
    const nameAfter = (e: number): number => {
      while (e < to - 1 && honorifics.has(words[e]!.lower)) e++;
      return e;
    };
    // "Minister for Pacific Affairs Dr Jo Bloggs": an honorific opens the name, whatever the owner is.
    const honorificAt = words.findIndex((w, e) => e > ownerFrom && e < to - 1 && w.cap && honorifics.has(w.lower.replace(/\.$/, '')) && personShaped(words, nameAfter(e), to));
    const stateEnd = honorificAt > 0 ? honorificAt : [4, 3, 2, 1].map((m) => ownerFrom + m).find((e) => e < to && countryByName.has(fold(span(words, ownerFrom, e))) && personShaped(words, nameAfter(e), to));
    if (stateEnd !== undefined) {
      // "Minister for Pacific Peoples Dr Jo Bloggs": what a minister is for, unless a state, is the portfolio.
      const portfolio = portfolioHeads.has(words[titleEnd - 1]!.lower) && !countryByName.has(fold(span(words, ownerFrom, stateEnd)));
      const owner = portfolio ? null : readOwner(words, ownerFrom, stateEnd, out);
      out.push({ from: nameAfter(stateEnd), to, kind: 'PERSON', certainty: SURE, role: { title: titleText(words, from, portfolio ? stateEnd : titleEnd), from, to: stateEnd, owner } });
      return;
    }
    readSpan(words, from, titleEnd, out);
    readSpan(words, titleEnd + 1, to, out);
    return;
  }

  // "Minister for National Security, Police and Correctional Services": a minister's portfolios listed, no name after them.
  const portfolioList = n >= 4 && (first.lower === 'minister' || first.lower === 'secretary') && /^(for|of)$/.test(words[from + 1]!.lower) && !words[from + 1]!.cap
    && portfolioWords.has(last.lower) && words.slice(from + 2, to).every((w) => w.cap || w.lower === 'and' || w.lower === '&');
  if (portfolioList) {
    out.push({ from, to, kind: 'ROLE', certainty: SURE, role: { title: titleText(words, from, to), from, to, owner: null } });
    return;
  }

  // Coordinations: "Ghana and Togo" splits; "Coastal Fisheries and Ports Commission" does not.
  for (let k = from + 1; k < to - 1; k++) {
    const w = words[k]!;
    if ((w.lower === 'and' || w.lower === '&') && !w.cap) {
      const left = fold(span(words, from, k));
      const leftIsState = countryByName.has(left) || countryByDemonym.has(left) || (k === from + 1 && words[from]!.tags.has('Demonym'));
      const right = span(words, k + 1, to);
      // "Parliament and Colombia Congress": a state's body on the right after a whole body on the left is a second name.
      const rightIsName = countryByName.has(fold(right)) || knownOrgs.has(right) || (readsAsState(words, k + 1, to) && orgHeads.has(words[k - 1]!.lower) && k + 1 < to - 1);
      // "Hooli Inc. and Umbrella Corp", "Capital Economics and Oxford Economics": two organisations.
      const leftLast = words[k - 1]!.lower.replace(/\./g, '');
      // "the Presidency and Foreign Ministry": a body's one-word name before a second body.
      const twoOrgs = (k - from >= 2 && to - k - 1 >= 2 && (companySuffixes.has(leftLast) || (leftLast === last.lower && orgHeads.has(leftLast)))) || (k === from + 1 && (orgHeads.has(leftLast) || STATE_BODY_HEADS.has(leftLast)) && orgHeads.has(last.lower) && to - k - 1 >= 2);
      if (orgHeads.has(last.lower) && !leftIsState && !rightIsName && !twoOrgs) break;
      // "Bank for Reconstruction and Development": an "and" inside an organisation's complement.
      const inComplement = words.slice(from + 1, k).some((x, i) => ['of', 'for', 'on'].includes(x.lower) && !x.cap && (orgOfHeads.has(words[from + i]!.lower) || orgHeads.has(words[from + i]!.lower)));
      if (inComplement && !leftIsState && !rightIsName && !twoOrgs) break;
      // "Lower and Middle Juba": a lone compass word shares the name after it; it names nothing alone.
      if (!(k === from + 1 && COMPASS.has(words[from]!.lower) && COMPASS.has(words[k + 1]!.lower))) readSpan(words, from, k, out);
      readSpan(words, k + 1, to, out);
      return;
    }
  }

  // "Secretary of the Presidency Jo Bloggs": the remit of a title's "of", left at the chunk's start, is no part of the name after it.
  if (n >= 3 && COMMON_NOUN_ENDING.test(first.lower) && /^(?:of|the)$/.test(words[from - 1]?.lower ?? '') && hasTag(words[from + 1]!, ['FirstName', 'MaleName', 'FemaleName']) && personShaped(words, from + 1, to)) {
    readSpan(words, from + 1, to, out);
    return;
  }
  // Two names a chunk ran together: "U.S. Mideast", "the Acme Party Jo Bloggs", "Accra for Chile".
  if (splitTwoNames(words, from, to, key, out)) return;

  // "X of Y"": an organisation or place opening with its head ("Ministry of Defence", "Gulf of Guinea"), else two names.
  for (let k = from + 1; k < to - 1; k++) {
    const w = words[k]!;
    if (w.lower !== 'of' || w.cap) continue;
    const before = words[k - 1]!.lower;
    if (orgOfHeads.has(before) || orgHeads.has(before)) {
      out.push({ from, to, kind: 'ORGANIZATION', certainty: SURE });
      return;
    }
    if (placeHeads.has(before) || ['gulf', 'bay', 'strait', 'sea', 'isle', 'cape', 'city', 'state', 'republic', 'kingdom', 'province', 'region'].includes(before)) {
      out.push({ from, to, kind: 'LOCATION', certainty: LIKELY });
      return;
    }
    // Two names ("Ana Ruiz of Chile", "an analyst of ACME") only when the right side is one by itself;
    // otherwise "X of Y" is one name ("Hall of Fame").
    const rightText = span(words, k + 1, to);
    const rightFold = fold(rightText.replace(/^the\s+/i, ''));
    // "Jo Bloggs of the Ruritanian People's Party": an organisation by its head on the right.
    const rightIsOrg = to - k - 1 >= 2 && orgHeads.has(words[to - 1]!.lower) && personShaped(words, from, k);
    const rightIsName = countryByName.has(rightFold) || countryByDemonym.has(rightFold) || knownOrgs.has(rightText.replace(/^the\s+/i, '')) || places.has(rightFold) || (to - k === 2 && words[to - 1]!.upper) || rightIsOrg;
    const leftIsPerson = k - from >= 2 && personShaped(words, from, k) && words.slice(from, k).some((x) => hasTag(x, ['FirstName', 'MaleName', 'FemaleName']));
    // "MP Jo Bloggs of the Acme Party": a titled name on the left.
    const leftIsTitled = k - from >= 3 && words.slice(from, k - 2).some(isHead) && personShaped(words, k - 2, k) && hasTag(words[k - 2]!, ['FirstName', 'MaleName', 'FemaleName']);
    if (!rightIsName && !leftIsPerson && !leftIsTitled) {
      out.push({ from, to, kind: 'UNKNOWN', certainty: GUESS });
      return;
    }
    readSpan(words, from, k, out);
    readSpan(words, k + 1, to, out);
    return;
  }

  // "Folha de …", "Deutsche …", "Banco …": a foreign newspaper's or company's opening word makes an organisation.
  if (n >= 2 && leadingOrgWords.has(first.lower)) {
    out.push({ from, to, kind: 'ORGANIZATION', certainty: SURE });
    return;
  }
  // Company suffix or organisation head at the end: "Telmora Inc.", "Korvath Group", "Harbour Office".
  const paper = n >= 2 && paperHeads.has(last.lower) && (words[from - 1]?.lower === 'the' || orgHeads.has(first.lower));
  if (n >= 2 && (companySuffixes.has(last.lower) || orgHeads.has(last.lower) || paper)) {
    out.push({ from, to, kind: 'ORGANIZATION', certainty: SURE });
    if (STATE_BODY_HEADS.has(last.lower)) addStateAdjective(words, from, to, out);
    return;
  }
  // Place head at the end: "Ben-Gurion Airport", "Harbour Tower", "Red Sea".
  if (n >= 2 && placeHeads.has(last.lower)) {
    out.push({ from, to, kind: 'LOCATION', certainty: SURE });
    return;
  }

  // A country or demonym leading other words: "Canada Steel", "Orvix Canada", "Ruritanian Liberation Front".
  // Not a demonym in an Arabic person's name ("Abu Tarik al-Yemeni").
  if (n >= 2 && !arabicPersonName(words, from, to)) {
    for (let a = from; a < to; a++) {
      for (let b = Math.min(to, a + 4); b > a; b--) {
        if (a === from && b === to) continue;
        const sub = fold(span(words, a, b));
        if (countryByName.has(sub) || countryByDemonym.has(sub)) {
          out.push({ from, to, kind: 'ORGANIZATION', certainty: GUESS });
          return;
        }
      }
    }
  }

  // Datelines and acronyms: "QUITO —", "LIMA:", "ASEAN".
  if (n === 1 && first.upper) {
    const after = words[to]?.gapBefore ?? '';
    if (first.initial && /^\s*([—–-]|:|\(|,)/.test(after) && (place || first.tags.has('Place') || first.tags.has('City') || /[—–:]/.test(after))) {
      out.push({ from, to, kind: 'LOCATION', certainty: SURE });
      return;
    }
    if (place && place.kind === 'city' && place.population > 100000) {
      out.push({ from, to, kind: 'LOCATION', certainty: LIKELY });
      return;
    }
    if (/^[A-Z]{2,7}s?$/.test(first.text)) {
      out.push({ from, to, kind: 'ORGANIZATION', certainty: LIKELY });
      return;
    }
  }

  // A company compromise knows by name ("Toyota", "Vodafone"), before a town of the same name.
  if (n === 1 && !first.upper && lexiconOrganizations.has(first.lower)) {
    out.push({ from, to, kind: 'ORGANIZATION', certainty: LIKELY });
    return;
  }
  // Gazetteer places.
  if (place) {
    const sure = place.kind === 'city' && place.population >= 200000 && !hasTag(first, ['FirstName', 'MaleName', 'FemaleName']);
    out.push({ from, to, kind: 'LOCATION', certainty: sure ? LIKELY : GUESS });
    return;
  }

  // "RK Tomas Bellar", "JL Ana Ferro": initials written without dots, then a given name and a surname.
  const second = words[from + 1];
  if (n >= 3 && first.upper && /^\p{Lu}{2,3}$/u.test(first.text) && !hasTag(first, ['Organization', 'Place', 'Country']) && !countryByName.has(fold(first.text))
    && second && hasTag(second, ['FirstName', 'MaleName', 'FemaleName'])
    && words.slice(from + 1, to).every((w) => w.cap && !w.upper && w.gapBefore === ' ' && !orgHeads.has(w.lower) && !placeHeads.has(w.lower) && !companySuffixes.has(w.lower))) {
    // Only a guess: firms are named after people too ("JP Morgan Chase"), and company cues around it decide.
    out.push({ from, to, kind: 'PERSON', certainty: GUESS });
    return;
  }
  // People: a first name, a person tag or the shape of a full name.
  if (personShaped(words, from, to)) {
    const personTags = [...Array(n).keys()].some((i) => hasTag(words[from + i]!, ['FirstName', 'MaleName', 'FemaleName', 'LastName']));
    if (n >= 2 && !hasTag(first, ['Place', 'Country', 'Organization']) && !first.upper) {
      out.push({ from, to, kind: 'PERSON', certainty: personTags ? LIKELY : GUESS });
      return;
    }
    if (n >= 2 && first.upper && last.upper && personTags) {
      out.push({ from, to, kind: 'PERSON', certainty: LIKELY });
      return;
    }
    if (n === 1 && personTags && !first.initial) {
      out.push({ from, to, kind: 'PERSON', certainty: GUESS });
      return;
    }
  }
  if (hasTag(first, ['Organization']) && !first.initial) {
    out.push({ from, to, kind: 'ORGANIZATION', certainty: GUESS });
    return;
  }
  if (hasTag(first, ['Place', 'City', 'Region']) && !first.initial) {
    out.push({ from, to, kind: 'LOCATION', certainty: GUESS });
    return;
  }
  out.push({ from, to, kind: n >= 2 ? 'ORGANIZATION' : 'UNKNOWN', certainty: GUESS });
}

const KINSHIP = new Set(ARABIC_KINSHIP_PARTICLES);

/**
 * A person's name in the Arabic pattern: person-shaped with a kinship word ("Abu Tarik al-Yemeni",
 * "Saif bin Rahim"), or ending in a nisba, a lower-case "al-" joined to a demonym ("Tarik al-Yemeni"):
 * names of groups use the demonym's other forms, so the state there only tells where the person is from.
 */
function arabicPersonName(words: readonly Word[], from: number, to: number): boolean {
  if (!personShaped(words, from, to) || places.has(fold(span(words, from, to)))) return false;
  const kin = words.slice(from, to).some((w, i) => KINSHIP.has(w.lower) && from + i + 1 < to);
  const particle = words[to - 2];
  const nisba = to - from >= 3 && !!particle && /^(al|el)$/.test(particle.text) && words[to - 1]!.gapBefore === '-' && countryByDemonym.has(fold(words[to - 1]!.text));
  return kin || nisba;
}

/** The words from `from` start with a state's name or adjective ("Peru contact"). */
function readsAsState(words: readonly Word[], from: number, to: number): boolean {
  for (let b = Math.min(to, from + 4); b > from; b--) {
    const sub = fold(span(words, from, b));
    if (countryByName.has(sub) || countryByDemonym.has(sub)) return true;
  }
  return false;
}

/** A demonym or country at the start of a state body's name is a mention of the state. */
function addStateAdjective(words: readonly Word[], from: number, to: number, out: Candidate[]): void {
  for (let b = Math.min(to - 1, from + 3); b > from; b--) {
    const sub = fold(span(words, from, b));
    const demonym = countryByDemonym.get(sub);
    const country = countryByName.get(sub);
    if (demonym) {
      out.push({ from, to: b, kind: 'DEMONYM', certainty: SURE, country: demonym, denotesState: true });
      return;
    }
    if (country?.sovereign) {
      out.push({ from, to: b, kind: 'COUNTRY', certainty: SURE, canonical: country.name, country });
      return;
    }
  }
}

/**
 * "[owner] Title Name": finds a run of title words containing a head and followed by a name;
 * a title after an organisation's "of"/"for" is the organisation's complement ("Council of Foreign Ministers").
 * the words before it are the title's owner ("Peruvian", "Velmora Holdings"). A title with no name after it
 * ("the Chile Premier", "Chilean Foreign Minister") is a role mention.
 */
function readTitle(words: readonly Word[], from: number, to: number, out: Candidate[]): boolean {
  for (let a = from; a < to; a++) {
    if (!isTitleWord(words[a]) && !beforePortfolioHead(words, a, to)) continue;
    // "Martin Luther King Jr.", "Jo Bishop Sr.": a title's word after a name and before a generational suffix is a family name.
    if (a > from && words[a - 1]!.cap && a + 1 < to && GENERATIONAL_SUFFIX.test(words[a + 1]!.text)) continue;
    const connector = words[a - 1];
    if (a - 2 >= from && connector && ['of', 'for', 'on'].includes(connector.lower) && (orgOfHeads.has(words[a - 2]!.lower) || orgHeads.has(words[a - 2]!.lower))) return false;
    let b = a;
    let sawHead = false;
    let lastHead = -1;
    // After "Minister of", a portfolio's words ("Minister of Water, Land and Natural Resources").
    let portfolio = false;
    // "Climate Change Minister": portfolio words before a minister's head are the title's.
    const titleish = (j: number): boolean => isTitleWord(words[j]) || (!!words[j] && (portfolioWords.has(words[j]!.lower) || unlistedPortfolio(words, j)) && (portfolio || beforePortfolioHead(words, j, to)));
    // "Chancellor of the Exchequer": a connector and an article inside the title.
    // "Secretary General of the National Acme Platform": an organisation's name after the connector is the owner, not more title.
    const ownerAhead = (j: number): boolean => words.slice(j + 1, to).some((w) => w.cap && orgHeads.has(w.lower) && !isTitleWord(w));
    const connects = (j: number): boolean => titleConnectors.has(words[j]!.lower) && !words[j]!.cap && (titleish(j + 1) || (words[j + 1]?.lower === 'the' && titleish(j + 2))) && !ownerAhead(j);
    const article = (j: number): boolean => words[j]!.lower === 'the' && j > a && titleConnectors.has(words[j - 1]!.lower) && titleish(j + 1);
    while (b < to && (titleish(b) || connects(b) || article(b))) {
      if (isHead(words[b])) {
        sawHead = true;
        lastHead = b;
      }
      if (portfolioHeads.has(words[b]!.lower) && /^(of|for)$/.test(words[b + 1]?.lower ?? '')) portfolio = true;
      // "Under-Secretary-General for Humanitarian Affairs": any head's "for" may bring in a portfolio.
      if (isHead(words[b]) && words[b + 1]?.lower === 'for' && portfolioWords.has(words[b + 2]?.lower ?? '')) portfolio = true;
      b++;
    }
    if (!sawHead) {
      a = b;
      continue;
    }
    // "Under-Secretary-General": a word hyphened to the title's first is the title's.
    while (a > from && words[a]!.gapBefore === '-') a--;
    // "Ruritanian President Jo Bloggs and Foreign Minister Ana Kos": a titled name before "and" is a
    // name of its own, not the title's owner.
    // "Minister of Environmental Affairs and Tourism Jo Bloggs" lists portfolios: the words before "and" end in no name.
    const and = lastConjunction(words, from, a);
    // "Arafat and Prime Minister Jo Bloggs": a name, "and", then a title that opens right after it.
    const nameThenTitle = and >= 0 && and + 1 === a && personShaped(words, from, and) && !countryByName.has(fold(span(words, from, and)));
    if (and >= 0 && (nameThenTitle || (words.slice(from, and).some((w) => isHead(w)) && !isTitleWord(words[and - 1]) && !portfolioWords.has(words[and - 1]!.lower)))) {
      readSpan(words, from, and, out);
      if (!readTitle(words, and + 1, to, out)) readSpan(words, and + 1, to, out);
      return true;
    }
    // "UN High Commissioner for Refugees Jo Bloggs": the remit after "for" is the title's, the name follows it.
    // "Director of Investments Jo Bloggs", "Director of Public Prosecutions Jo Bloggs": an "of" remit may
    // hold abstract nouns the lexicon lacks, before or after words it knows.
    const abstractRemit = (j: number): boolean => j < to && COMMON_NOUN_ENDING.test(words[j]!.lower);
    // "Secretary of the Presidency Jo Bloggs": an article may open the remit.
    const remitFrom = words[b + 1]?.lower === 'the' ? b + 2 : b + 1;
    let remitEnd = (words[b]?.lower === 'for' || (words[b]?.lower === 'of' && abstractRemit(remitFrom))) && !words[b]!.cap ? nameAfterRemit(words, remitFrom, to) : -1;
    if (remitEnd < 0 && abstractRemit(b) && words.slice(a, b).some((w) => w.lower === 'of' && !w.cap)) remitEnd = nameAfterRemit(words, b, to);
    if (remitEnd > 0) {
      if (countryByName.has(fold(span(words, b + 1, remitEnd)))) readSpan(words, b + 1, remitEnd, out);
      b = remitEnd;
    }
    // Skip honorifics between the title and the name: "army spokesman Brig. Gen. X".
    let nameFrom = b;
    while (nameFrom < to - 1 && honorifics.has(words[nameFrom]!.lower)) nameFrom++;
    if (b === to) {
      // The chunk ends with the title ("Chilean Foreign Minister", "Minister of Foreign Affairs"): a role with no name here.
      if (lastHead < 0) return false;
      const lead = leadingTitleWords(words, from, a);
      const owner = readOwner(words, lead, a, out);
      out.push({ from: a, to, kind: 'ROLE', certainty: SURE, role: { title: joinTitle(words, from, lead, a, to), from: from, to, owner } });
      return true;
    }
    // "Prime Minister Meets with …": a title-case headline's verb is no name.
    const single = words[nameFrom]!.lower;
    const headlineVerb = to - nameFrom === 1 && /s$/.test(single) && (verbLemmas.has(single.slice(0, -1)) || verbLemmas.has(single.replace(/es$/, ''))) && !hasTag(words[nameFrom]!, ['FirstName', 'LastName', 'Person'])
      && /^(with|in|at|on|to|for|the|a|an|his|her|its|their)$/.test(words[to]?.lower ?? '');
    if (!(personShaped(words, nameFrom, to) || surnameLikePlace(words, nameFrom, to)) || headlineVerb) {
      a = b - 1;
      continue;
    }
    const lead = leadingTitleWords(words, from, a);
    const owner = readOwner(words, lead, a, out);
    out.push({ from: nameFrom, to, kind: 'PERSON', certainty: SURE, role: { title: joinTitle(words, from, lead, a, b), from, to: b, owner } });
    return true;
  }
  return false;
}

/** The maker named before a model ("Sukhoi" in "Sukhoi Su-24"): a company, unless a state or something else known. */
function readMaker(words: readonly Word[], from: number, to: number, out: Candidate[]): void {
  const before = out.length;
  readSpan(words, from, to, out);
  const read = out.slice(before);
  const maker = words.slice(from, to).every((w) => w.cap && !isTitleWord(w)) && (read.length === 0 || read.every((c) => c.kind === 'PERSON' || c.kind === 'UNKNOWN'));
  if (maker) out.splice(before, read.length, { from, to, kind: 'ORGANIZATION', certainty: LIKELY });
}

const GENERATIONAL_SUFFIX = /^(?:Jr|Sr|Jnr|Snr)$/;

/**
 * "Adviser Jo Lake", "Minister Ana Hill": after a title, a given name and a family name that is also
 * a place's head word ("lake", "hill") name a person, not a place.
 */
function surnameLikePlace(words: readonly Word[], from: number, to: number): boolean {
  const last = words[to - 1]!;
  return to - from >= 2 && to - from <= 3 && placeHeads.has(last.lower) && !orgHeads.has(last.lower) && last.gapBefore === ' '
    && (givenNames.has(words[from]!.lower) || hasTag(words[from]!, ['FirstName', 'MaleName', 'FemaleName'])) && personShaped(words, from, to - 1);
}

/** "Jo "Tiger" Bloggs": a person named without the nickname in quote marks, which stays in the mention's text. */
function readNicknamed(words: readonly Word[], from: number, to: number, out: Candidate[]): boolean {
  for (let open = from + 1; open < to - 1; open++) {
    if (!nicknameAt(words, open)) continue;
    let close = open + 1;
    while (close < to && nicknameOpening(words, close) !== open) close++;
    const name = [...words.slice(from, open), ...words.slice(close, to)];
    if (close >= to || name.some((w) => !w.cap || w.upper || orgHeads.has(w.lower) || placeHeads.has(w.lower) || isTitleWord(w))) return false;
    out.push({ from, to, kind: 'PERSON', certainty: SURE, canonical: name.map((w) => w.text).join(' ') });
    return true;
  }
  return false;
}

/** Endings of abstract common nouns that no name takes ("Prosecutions", "Investments", "Communications"). */
const COMMON_NOUN_ENDING = /(?:tions?|sions?|ments?|ities|ity|ances?|ences?|enc(?:y|ies)|ships?)$/;

/**
 * "for Refugees Jo Bloggs", "for Human Rights Jo Bloggs": where the name starts after a title's remit,
 * or -1. The name is two or three words (a hyphenated name counts as one), opening on a word the
 * tagger knows as a first name or on one it knows as no common noun; the remit keeps one word at least.
 */
function nameAfterRemit(words: readonly Word[], from: number, to: number): number {
  for (let n = from + 1; n < to; n++) {
    const units = words.slice(n, to).filter((w, i) => i === 0 || w.gapBefore !== '-').length;
    if (units < 2 || units > 3 || !personShaped(words, n, to) || !words.slice(from, n).every((w) => w.cap)) continue;
    const first = words[n]!;
    if (hasTag(first, ['Person', 'FirstName'])) return n;
    if (units === 2 && !hasTag(first, ['Singular', 'Plural', 'Place', 'Country', 'Organization'])) return n;
  }
  return -1;
}

/** "Climate Change Minister": portfolio words (and "and") run from `j` up to a minister's or secretary's head. */
function beforePortfolioHead(words: readonly Word[], j: number, to: number): boolean {
  let k = j;
  while (k < to && words[k]!.cap && (portfolioWords.has(words[k]!.lower) || (k > j && /^(and|&)$/.test(words[k]!.lower)))) k++;
  if (k > j && k < to && portfolioHeads.has(words[k]!.lower)) return true;
  return k === j && j + 1 < to && unlistedPortfolio(words, j);
}

/**
 * "Deputy Reunification Minister": a minister is named by a portfolio, so one capitalised word right
 * before "Minister" that no lexicon knows as a name, a state or a title is a portfolio the list lacks.
 */
function unlistedPortfolio(words: readonly Word[], j: number): boolean {
  const w = words[j]!;
  if (!w.cap || w.upper || words[j + 1]?.lower !== 'minister' || !words[j + 1]!.cap || words[j + 1]!.gapBefore !== ' ') return false;
  const key = fold(w.text);
  return !isTitleWord(w) && !honorifics.has(w.lower) && !countryByName.has(key) && !countryByDemonym.has(key) && !places.has(key) && !knownOrgs.has(w.text)
    && !hasTag(w, ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Place', 'Country', 'Demonym']);
}

/**
 * "Chairman of the Acme Council", "Minister of Foreign Affairs of Chile": the index of the "of" or
 * "for" that ends a title opening the chunk and brings in its owner, or null. The title may hold a
 * portfolio of its own ("Minister of Foreign Affairs"), so an "of" followed by portfolio words
 * does not end it.
 */
function titleOfOwner(words: readonly Word[], from: number, to: number): number | null {
  if (!isTitleWord(words[from])) return null;
  let sawHead = false;
  for (let k = from; k < to - 1; k++) {
    const w = words[k]!;
    if (isHead(w)) sawHead = true;
    if (/^(of|for)$/.test(w.lower) && !w.cap) {
      const owner = words[k + 1]?.lower === 'the' ? k + 2 : k + 1;
      // "Special Envoy of the Acme Chair on Trade": an owner holding a title of its own is read as it stands.
      // Only a minister's or secretary's "of" brings in a portfolio: "Secretary General of the National Acme Party" names an owner.
      const portfolio = portfolioWords.has(words[owner]!.lower) && portfolioHeads.has(words[k - 1]!.lower);
      if (sawHead && owner < to && !portfolio) return words.slice(owner, to).some(isHead) ? null : k;
      continue;
    }
    if (!isTitleWord(w) && !portfolioWords.has(w.lower) && !/^(and|&|the)$/.test(w.lower)) return null;
  }
  return null;
}

/** Reads two names a chunk ran together as two, when each side is a name on its own; false otherwise. */
function splitTwoNames(words: readonly Word[], from: number, to: number, key: string, out: Candidate[]): boolean {
  // "U.S. Mideast envoy": a state and a region side by side are two names, unless together they are one ("Panama City").
  for (let k = from + 1; k < to && !places.has(key) && !countryByName.has(key); k++) {
    if (words[k]!.gapBefore !== ' ') continue;
    if (countryByName.has(fold(span(words, from, k))) && places.get(fold(span(words, k, to)))?.kind === 'region') {
      readSpan(words, from, k, out);
      readSpan(words, k, to, out);
      return true;
    }
  }

  // "the leader of the Acme Party Jo Bloggs", "Ambassador to the United Nations Jo Bloggs": an organisation's name
  // ends at its head, or where a known name ends, when a person's name follows.
  for (let k = from + 1; k < to - 2; k++) {
    if ((orgHeads.has(words[k]!.lower) || knownOrgs.has(span(words, from, k + 1))) && words[k + 1]!.tags.has('FirstName') && to - k - 1 <= 4 && personShaped(words, k + 1, to)) {
      readSpan(words, from, k + 1, out);
      out.push({ from: k + 1, to, kind: 'PERSON', certainty: SURE });
      return true;
    }
  }

  // "the army in eastern Ruritania Jo Bloggs": a state's name run into a full name of two or three words.
  for (let k = from + 1; k <= from + 3 && k <= to - 2; k++) {
    if (words[k]!.gapBefore === ' ' && countryByName.has(fold(span(words, from, k))) && to - k <= 3 && personShaped(words, k, to) && !words.slice(k, to).some((w) => places.has(fold(w.text)) || countryByDemonym.has(fold(w.text)))) {
      readSpan(words, from, k, out);
      out.push({ from: k, to, kind: 'PERSON', certainty: LIKELY });
      return true;
    }
  }

  // "left Accra for Chile", "sent to the White House for Jo Bloggs": "for" joins no known name to another name.
  // Only places sure enough to stand alone count: a state, a region or a large city (not "Alliance", Ohio).
  const isPlace = (a: number, b: number): boolean => {
    const place = places.get(fold(span(words, a, b)));
    return countryByName.has(fold(span(words, a, b))) || (!!place && (place.kind !== 'city' || place.population >= 100_000));
  };
  const named = (a: number): boolean => personShaped(words, a, to) && words.slice(a, to).some((w) => hasTag(w, ['FirstName', 'LastName', 'Person']));
  for (let k = from + 1; k < to - 1; k++) {
    if (words[k]!.lower !== 'for' || words[k]!.cap) continue;
    const right = words[k + 1]!.lower === 'the' ? k + 2 : k + 1;
    const knownOrg = knownOrgs.has(span(words, from, k));
    if ((isPlace(from, k) || knownOrg) && (isPlace(right, to) || named(right) || (knownOrg && personShaped(words, right, to)))) {
      readSpan(words, from, k, out);
      readSpan(words, k + 1, to, out);
      return true;
    }
  }
  return false;
}

/** The last lower-case "and" or "&" in words [from, to), or -1. */
function lastConjunction(words: readonly Word[], from: number, to: number): number {
  for (let i = to - 1; i > from; i--) if ((words[i]!.lower === 'and' || words[i]!.lower === '&') && !words[i]!.cap) return i;
  return -1;
}

/** "Deputy Russian Foreign Minister": title words before the owner belong to the title. Returns where the owner starts. */
function leadingTitleWords(words: readonly Word[], from: number, to: number): number {
  let k = from;
  while (k < to && isTitleWord(words[k]) && !countryByDemonym.has(words[k]!.lower)) k++;
  // "European Council President X": a head left alone after the title words is an organisation the words before name.
  if (words.slice(k, to).every((w) => orgHeads.has(w.lower))) return from;
  return k;
}

function joinTitle(words: readonly Word[], from: number, lead: number, a: number, b: number): string {
  return [lead > from ? titleText(words, from, lead) : '', titleText(words, a, b)].filter(Boolean).join(' ');
}

function readOwner(words: readonly Word[], from: number, to: number, out: Candidate[]): Candidate | null {
  if (from >= to) return null;
  // "received at Varosk Palace US Secretary of State X": a place's name ends at its head, and the
  // state after it owns the title.
  const state = [3, 2, 1].map((m) => to - m).find((s) => s > from + 1 && placeHeads.has(words[s - 1]!.lower) && words[s - 1]!.cap && countryByName.has(fold(span(words, s, to))));
  if (state !== undefined) {
    readSpan(words, from, state, out);
    from = state;
  }
  const before = out.length;
  readSpan(words, from, to, out);
  const added = out.slice(before);
  const owner = added[added.length - 1] ?? null;
  if (owner?.kind === 'DEMONYM') owner.denotesState = true;
  if (owner?.kind === 'UNKNOWN') owner.kind = 'ORGANIZATION';
  return owner;
}

/** A title as written, in lower case, with abbreviations spelled out ("Sec-Gen." → "secretary-general"). */
export function titleText(words: readonly Word[], from: number, to: number): string {
  const abbreviated = (w: Word): boolean => w.lower !== w.text.toLowerCase();
  let s = words[from]!.lower;
  for (let i = from + 1; i < to; i++) {
    const previous = words[i - 1]!;
    s += previous.suffix + (abbreviated(previous) ? words[i]!.gapBefore.replace(/^\./, '') : words[i]!.gapBefore) + words[i]!.lower;
  }
  return s.toLowerCase().replace(/\s+/g, ' ');
}
