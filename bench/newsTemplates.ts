// Sentence, headline and quote templates for the generated bench corpus, written for it.
//
// Slots: {P1} a person's full name, {P1.last} their surname, {P1.role} their title (plain text),
// {P1.of} the country or organization the title belongs to; {C1} a country, {C1.adj} its
// demonym (a mention of the country), {C1.cap} its capital (a LOCATION); {O1} an organization;
// {ISSUE}, {DAY}, {NUM}, {MONTH} plain words; {QUOTE} the quoted words of the sentence.
// Every slot naming an entity becomes a mention; `relations` and `quote` say what else the
// sentence states, so the generated store knows its own entities, quotes and relations.
import type { QuoteKind, RelationType } from '../src/store/records.js';

export type Slot = 'P1' | 'P2' | 'P3' | 'C1' | 'C2' | 'O1';

export interface SentenceTemplate {
  text: string;
  /** [subject, predicate, type, object]: the sentence states this relation. */
  relations?: [Slot | `${Slot}.of`, string, RelationType, Slot | `${Slot}.of` | `${Slot}.cap`][];
  quote?: { kind: QuoteKind; speaker: Slot | null; speakerText: string | null; verb: string | null };
}

export type Topic = 'diplomacy' | 'trade' | 'conflict' | 'energy' | 'elections' | 'climate' | 'health' | 'technology';
export const topics: readonly Topic[] = ['diplomacy', 'trade', 'conflict', 'energy', 'elections', 'climate', 'health', 'technology'];

export const issues: Record<Topic, readonly string[]> = {
  diplomacy: ['the border treaty', 'consular access', 'the prisoner exchange', 'visa rules', 'the embassy dispute', 'the summit agenda'],
  trade: ['tariffs on steel', 'grain exports', 'the port concession', 'fishing rights', 'the customs union', 'a shipping levy'],
  conflict: ['the ceasefire', 'shelling near the border', 'the drone strikes', 'a naval blockade', 'the disputed corridor', 'troop withdrawals'],
  energy: ['the gas pipeline', 'electricity prices', 'the nuclear plant', 'oil output quotas', 'the hydropower dam', 'fuel subsidies'],
  elections: ['the vote count', 'campaign financing', 'the runoff date', 'voter registration', 'the electoral commission', 'a recount'],
  climate: ['emissions targets', 'the coastal flood defences', 'a carbon tax', 'deforestation', 'the drought relief fund', 'glacier monitoring'],
  health: ['vaccine supplies', 'hospital funding', 'the cholera outbreak', 'drug prices', 'a nurses strike', 'clinic closures'],
  technology: ['rare earth mining', 'the data protection law', 'chip exports', 'a satellite launch', 'undersea cables', 'the spectrum auction'],
};

export const headlines: readonly string[] = [
  '{C1} and {C2} reach deal on {ISSUE}',
  '{P1} warns {C2} over {ISSUE}',
  'Talks on {ISSUE} stall as {C1} digs in',
  '{O1} says {ISSUE} will cost {C1} {NUM} million',
  '{C2} rejects {C1} proposal on {ISSUE}',
  'Inside the fight over {ISSUE}',
  '{P1} to visit {C2} amid row over {ISSUE}',
  'Why {ISSUE} matters for {C1} and its neighbours',
  '{C1} opposition seizes on {ISSUE}',
  '{O1} report puts {ISSUE} back on the agenda',
  'Fresh doubts over {ISSUE} after {C2} talks',
  '{P1} defends record on {ISSUE}',
];

export const ledes: readonly SentenceTemplate[] = [
  { text: 'Officials in {C1.cap} and {C2.cap} spent {DAY} trading accusations over {ISSUE}, with no sign of a compromise.' },
  { text: '{C1} has moved to settle its long dispute with {C2} over {ISSUE}, according to people familiar with the talks.' },
  { text: 'A new report from {O1} suggests {ISSUE} could reshape relations between {C1} and {C2} for years.' },
  { text: 'The {C1.adj} government is under growing pressure at home over {ISSUE}, a week before talks with {C2}.' },
  { text: '{P1}, the {P1.role} of {P1.of}, arrived in {C2.cap} on {DAY} to discuss {ISSUE}.', relations: [['P1', 'visited', 'TRAVEL', 'C2.cap']] },
];

export const sentences: readonly SentenceTemplate[] = [
  { text: '{P1}, the {P1.role} of {P1.of}, met {P2} in {C1.cap} on {DAY}.', relations: [['P1', 'met', 'MEETING', 'P2']] },
  { text: 'The meeting between {P1.last} and {P2.last} lasted more than {NUM} hours, officials said.', relations: [['P1', 'met', 'MEETING', 'P2']] },
  { text: '{C1} and {C2} signed a {NUM}-point agreement covering {ISSUE} and customs checks.', relations: [['C1', 'signed an agreement with', 'AGREEMENT', 'C2']] },
  { text: '{O1} has accused {C2} of breaking earlier commitments on {ISSUE}.', relations: [['O1', 'accused', 'CRITICISM', 'C2']] },
  { text: '{P2} criticized {P1.last} for what she called a reckless approach to {ISSUE}.', relations: [['P2', 'criticized', 'CRITICISM', 'P1']] },
  { text: '{C1} imposed sanctions on {NUM} {C2.adj} firms linked to {ISSUE} last {MONTH}.', relations: [['C1', 'sanctioned', 'CONFLICT', 'C2']] },
  { text: 'The {C1.adj} economy depends heavily on exports to {C2}, which bought goods worth {NUM} billion dollars last year.', relations: [['C1', 'exports to', 'ECONOMIC', 'C2']] },
  { text: '{O1} pledged {NUM} million dollars to support {C2} through the crisis.', relations: [['O1', 'pledged support to', 'SUPPORT', 'C2']] },
  { text: '{P3} works for {O1} and has followed the negotiations since {MONTH}.', relations: [['P3', 'works for', 'AFFILIATION', 'O1']] },
  { text: '{P3}, an analyst at {O1}, said the talks could still collapse.', relations: [['P3', 'analyst at', 'AFFILIATION', 'O1']] },
  { text: '{O1} is based in {C1.cap} and employs about {NUM} hundred people.', relations: [['O1', 'based in', 'LOCATION', 'C1.cap']] },
  { text: '{P2}, the {P2.role} of {P2.of}, is expected to travel to {C1} next {MONTH}.', relations: [['P2', 'will travel to', 'TRAVEL', 'C1']] },
  { text: 'Troops from {C1} and {C2} exchanged fire near the border on {DAY}, according to local residents.', relations: [['C1', 'exchanged fire with', 'CONFLICT', 'C2']] },
  { text: 'The {C2.adj} foreign ministry summoned the {C1.adj} envoy over {ISSUE}.' },
  { text: 'Markets in {C1.cap} fell by {NUM} percent after the announcement.' },
  { text: 'Previous rounds of talks on {ISSUE} broke down in {MONTH} without a joint statement.' },
  { text: 'Diplomats say the sticking point remains who will pay for {ISSUE}.' },
  { text: 'Opposition parties in {C1} have demanded a parliamentary vote on any deal.' },
  { text: 'Protesters gathered outside the parliament in {C2.cap} on {DAY}, some carrying banners about {ISSUE}.' },
  { text: 'Neither side has published the full text of the draft, which runs to {NUM} pages.' },
  { text: 'Since then, both governments have traded barbs through state media and on social networks.' },
  { text: 'The dispute has already delayed shipments worth several hundred million dollars.' },
  { text: 'Independent observers have been unable to verify the figures released by either side.' },
  { text: '{P1.last} has made {ISSUE} a central theme of his time in office.' },
  { text: 'A spokesperson for {O1} declined to comment on the timing of the next round.' },
  { text: 'Experts at {O1} estimate that {ISSUE} affects at least {NUM} thousand households.' },
  {
    text: '“{QUOTE},” {P1.last} told reporters in {C1.cap}.',
    quote: { kind: 'FULL', speaker: 'P1', speakerText: '{P1.last}', verb: 'told' },
  },
  {
    text: '“{QUOTE},” said {P2}, the {P2.role} of {P2.of}.',
    quote: { kind: 'FULL', speaker: 'P2', speakerText: '{P2}', verb: 'said' },
  },
  {
    text: '{P1.last} said the proposal was “{QUOTE}” and urged {C2} to reconsider.',
    quote: { kind: 'PARTIAL', speaker: 'P1', speakerText: '{P1.last}', verb: 'said' },
  },
  {
    text: '“{QUOTE},” {P3.last} said in a statement released by {O1}.',
    quote: { kind: 'FULL', speaker: 'P3', speakerText: '{P3.last}', verb: 'said' },
  },
  {
    text: 'According to {P2.last}, the deal remains “{QUOTE}” for now.',
    quote: { kind: 'PARTIAL', speaker: 'P2', speakerText: '{P2.last}', verb: 'according to' },
  },
  {
    text: '“{QUOTE},” one official said on condition of anonymity.',
    quote: { kind: 'FULL', speaker: null, speakerText: null, verb: 'said' },
  },
];

export const fullQuotes: readonly string[] = [
  'We will not sign anything that puts our farmers at a disadvantage',
  'This is a matter of national security and we will treat it as such',
  'The door to dialogue remains open, but our patience is not unlimited',
  'Nobody in this room wants another winter like the last one',
  'We expect our partners to honour the commitments they made',
  'There is a deal to be done and I believe we are close',
  'Ordinary people are paying the price for this stalemate',
  'We have shown flexibility and now it is their turn',
  'The numbers simply do not add up',
  'Our position has not changed since the spring',
  'Every week of delay costs jobs on both sides of the border',
  'We will take every measure necessary to protect our citizens',
];

export const partialQuotes: readonly string[] = [
  'a step in the right direction',
  'deeply irresponsible',
  'fragile but workable',
  'an opportunity we cannot waste',
  'dead on arrival',
  'the best of a bad set of options',
  'unacceptable in its current form',
  'a matter for the courts',
];

export const days: readonly string[] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const months: readonly string[] = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Syllables for invented surnames, and given names to pair them with. */
export const surnameParts: readonly (readonly string[])[] = [
  ['Bel', 'Dar', 'Kor', 'Mal', 'Ness', 'Tor', 'Vin', 'Zar', 'Lum', 'Ost', 'Hal', 'Ren', 'Quel', 'Sav', 'Brun', 'Fel', 'Gor', 'Mir'],
  ['an', 'ov', 'ess', 'ard', 'ell', 'in', 'ek', 'oru', 'ami', 'und', 'ast', 'ich', 'ero', 'ais'],
  ['i', 'a', 'er', 'son', 'ova', 'el', 'ez', 'ski', 'hart', 'ley', 'o', 'um'],
];
export const givenNames: readonly string[] = [
  'Talia', 'Oren', 'Marek', 'Ines', 'Kofi', 'Lena', 'Rafael', 'Noor', 'Sven', 'Amara', 'Dmitri', 'Yara', 'Tomas', 'Priya',
  'Jonas', 'Mireille', 'Hakan', 'Sofia', 'Emeka', 'Ingrid', 'Luca', 'Zainab', 'Pavel', 'Ayla', 'Bruno', 'Keiko', 'Felix', 'Nadia',
];
export const personRoles: readonly { title: string; of: 'country' | 'org' }[] = [
  { title: 'foreign minister', of: 'country' },
  { title: 'defence minister', of: 'country' },
  { title: 'trade minister', of: 'country' },
  { title: 'energy minister', of: 'country' },
  { title: 'prime minister', of: 'country' },
  { title: 'ambassador', of: 'country' },
  { title: 'opposition leader', of: 'country' },
  { title: 'chief executive', of: 'org' },
  { title: 'spokesperson', of: 'org' },
  { title: 'director', of: 'org' },
  { title: 'chief economist', of: 'org' },
];
export const organizationPatterns: readonly string[] = [
  '{S} Holdings',
  '{A} Energy Company',
  'Council for {N}',
  '{A} Monitoring Group',
  '{S} Institute',
  'Federation of {N} Workers',
  '{A} Shipping Line',
  '{S} and {S2} Partners',
  'Centre for {N} Studies',
  '{A} National Bank',
];
export const organizationNouns: readonly string[] = ['Maritime', 'Grain', 'Water', 'Border', 'Rail', 'Mining', 'Textile', 'Port', 'Climate', 'Public Health'];
