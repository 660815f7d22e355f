// Table tests for titles set off by commas and semicolons, offices one person holds at a time, and
// facts stated outside the main clause (a phrase before it, a relative clause between dashes, an
// act led by a state), and places the gazetteers put in a country. Every text is invented.
import { describe, expect, it } from 'vitest';
import { extractRelations } from '../../src/extract/extractRelations.js';
import { articleOf, C, entitiesFor, expectRelations, L, O, P, relationsIn, type EntitySpec, type RoleSpec } from './relationsHelpers.js';

type Row = [rule: string, body: string, entities: EntitySpec[], expected: string[], roles?: RoleSpec[]];

const chile = C('Chile', 'Chilean');
const peru = C('Peru', 'Peruvian');
const house = O('House of Representatives');
const congress = O('Acme Congress', 'AC');
const jo = P('Jo Bloggs', 'Bloggs');
const ana = P('Ana Kos', 'Kos');
const tim = P('Tim Nolan', 'Nolan');
const lima = L('Lima');

const has = expectRelations;
const titled = (person: string, written: string): RoleSpec => ({ person, written, title: written.toLowerCase(), of: null });

describe('a title of an owner, then the name after a comma', () => {
  it.each<Row>([
    ['an honorific after the comma', 'Others at the meeting included the Speaker of the House of Representatives, Mr. Jo Bloggs and aides.', [house, jo], ['Jo Bloggs —speaker of→ House of Representatives']],
    ['the owner in brackets, then an honorific', 'The National Chairman of the Acme Congress (AC), Comrade Ana Kos, also came.', [congress, ana], ['Ana Kos —national chairman of→ Acme Congress']],
    ['without a comma after "the", the owner in brackets', 'Police arrested the interim leader of the Acme Congress (AC) Ana Kos and 80 activists.', [congress, ana], ['Ana Kos —interim leader of→ Acme Congress']],
    ['a lawmaker from the place represented', 'Bloggs, a congressman from Lima, did not say more.', [jo, lima], ['Jo Bloggs —congressman from→ Lima']],
    ['after a semicolon that closes the name before', 'It included Deputy Speaker Tim Nolan; Speaker of the House of Representatives, Mr. Jo Bloggs and others.', [tim, house, jo], ['Jo Bloggs —speaker of→ House of Representatives']],
  ])('%s', (_rule, body, entities, expected, roles) => has(body, entities, expected, roles));
});

it('reads no office into a person from a place who is no lawmaker', () => {
  expect(relationsIn('Bloggs, a lawyer from Lima, did not say more.', [jo, lima])).toEqual([]);
});

describe('portfolios in apposition and lists split by semicolons', () => {
  const body = 'President Tim Nolan left Chile on Monday. He was accompanied by Ana Kos, the Minister for Foreign Affairs; Mr Jo Bloggs, the Minister for Energy; and officials.';

  it('gives each minister the portfolio written after their own name', () => {
    const got = relationsIn(body, [tim, chile, ana, jo], [titled('Tim Nolan', 'President')]);
    expect(got).toContain('Ana Kos —minister for foreign affairs of→ Chile');
    expect(got).toContain('Jo Bloggs —minister for energy of→ Chile');
  });

  it('does not carry a title across a semicolon to the next name', () => {
    expect(relationsIn(body, [tim, chile, ana, jo], [titled('Tim Nolan', 'President')])).not.toContain('Jo Bloggs —minister for foreign affairs of→ Chile');
  });
});

describe('an office one person holds at a time', () => {
  const body = 'President Jo Bloggs left Chile on Thursday for a visit to Peru. The visit was at the invitation of President Ana Kos.';
  const roles = [titled('Jo Bloggs', 'President'), titled('Ana Kos', 'President')];

  it('gives a second unqualified president the other country of the story', () => {
    const got = relationsIn(body, [jo, chile, peru, ana], roles);
    expect(got).toContain('Jo Bloggs —president of→ Chile');
    expect(got).toContain('Ana Kos —president of→ Peru');
  });

  it('does not give one country two presidents', () => {
    expect(relationsIn(body, [jo, chile, peru, ana], roles)).not.toContain('Ana Kos —president of→ Chile');
  });
});

describe('shapes of apposition', () => {
  it.each<Row>([
    ['a demonym and title, then the name after a comma, as the object', 'King Tim Nolan received the Chilean Foreign Minister, Ana Kos, to discuss ties.', [tim, chile, ana], ['Tim Nolan —received→ Ana Kos']],
    ['a reduced passive after the agent of another verb', 'The congress is dominated by the Acme Congress, led by Ana Kos.', [congress, ana], ['Ana Kos —leads→ Acme Congress']],
    ['kin of an ex-president', 'Ana Kos, the daughter of ex-president Jo Bloggs, won the vote.', [ana, jo], ['Ana Kos —daughter of→ Jo Bloggs']],
    ['the island nation\'s newly elected president', "Peru and Chile opened a new chapter as the island nation's newly-elected President Jo Bloggs held talks.", [peru, chile, jo], ['Jo Bloggs —president of→ Chile'], [titled('Jo Bloggs', 'President')]],
    ['a city and its country before a title', 'After the summit in Lima, Peru, President Jo Bloggs flew home.', [lima, peru, jo], ['Lima —located in→ Peru']],
  ])('%s', (_rule, body, entities, expected, roles) => has(body, entities, expected, roles));

  it.each<Row>([
    ['the ruling party of the country named before it', "Chile's ruling Acme Congress won the vote.", [chile, congress], ['Acme Congress —ruling party of→ Chile']],
    ['the ruling party of the story\'s country', 'Chile voted on Sunday. Critics say the poll was won by the ruling Acme Congress party.', [chile, congress], ['Acme Congress —ruling party of→ Chile']],
    ['the party "his" stands before', 'Jo Bloggs needs to boost his support before his ruling Acme Congress heads into elections.', [jo, congress], ['Jo Bloggs —member of→ Acme Congress']],
    ['the party "her" stands before', 'Critics said Ana Kos had steered her Acme Congress to the left.', [ana, congress], ['Ana Kos —member of→ Acme Congress']],
  ])('%s', (_rule, body, entities, expected) => has(body, entities, expected));

  it('does not read "ruling" after a possessive name as a verb', () => {
    expect(relationsIn("Chile's ruling Acme Congress won the vote.", [chile, congress])).not.toContain('Chile —ruled→ Acme Congress');
  });

  it('does not take the demonym for the person received', () => {
    expect(relationsIn('King Tim Nolan received the Chilean Foreign Minister, Ana Kos, to discuss ties.', [tim, chile, ana])).not.toContain('Tim Nolan —received→ Chile');
  });
});

describe('facts outside the main clause', () => {
  it.each<Row>([
    ['a meeting in a phrase before the clause', 'In a Wednesday meeting with Ana Kos, Jo Bloggs updated her on the talks.', [ana, jo], ['Jo Bloggs —met→ Ana Kos']],
    ['talks in a phrase before the clause', 'During talks with Ana Kos on Monday, Jo Bloggs said trade would grow.', [ana, jo], ['Jo Bloggs —held talks with→ Ana Kos']],
    ['a relative clause between dashes', 'Jo Bloggs - who met Ana Kos in May - said he would stay.', [jo, ana], ['Jo Bloggs —met→ Ana Kos']],
    ['a relative clause between em dashes', 'Jo Bloggs — who has accused Ana Kos of lying — said he would stay.', [jo, ana], ['Jo Bloggs —accused→ Ana Kos']],
    ['an act led by a state', 'He took a shot at the U.S.-led invasion of Chile.', [C('United States', 'U.S.'), chile], ['United States —invaded→ Chile']],
    ['an act led by a state, hyphen apart', 'He condemned the Peru-led invasion of Chile.', [peru, chile], ['Peru —invaded→ Chile']],
  ])('%s', (_rule, body, entities, expected, roles) => has(body, entities, expected, roles));

  it('does not give the phrase\'s own party the meeting with itself or the clause subject to a later phrase', () => {
    const got = relationsIn('Jo Bloggs updated officials on Monday. In a statement, Ana Kos said trade would grow.', [jo, ana]);
    expect(got).toEqual([]);
  });
});

describe('places the gazetteers put in a country the sentence names', () => {
  const placed = (body: string, place: string, country: string, code: string): string[] => {
    const article = articleOf(body);
    const entities = entitiesFor(article, [L(place), C(country)]);
    entities[1]!.isoCode = code;
    return extractRelations(article, entities).map((r) => `${entities[r.subjectKey]!.name} —${r.predicate}→ ${entities[r.objectKey]!.name}`);
  };

  it.each([
    ['a city', 'Talks in Monterrey were the first since Mexico changed its stance.', 'Monterrey', 'Mexico', 'MX', 'Monterrey —located in→ Mexico'],
    ['a capital', 'The minister visited Kabul and the border areas of Afghanistan.', 'Kabul', 'Afghanistan', 'AF', 'Kabul —capital of→ Afghanistan'],
  ])('%s', (_rule, body, place, country, code, expected) => {
    expect(placed(body, place, country, code)).toContain(expected);
  });

  it.each([
    ['called its capital in a sentence that leaves the country out', 'Afghanistan closed the pass. The decision was taken, a statement from its capital Kabul said.', ['Kabul —capital of→ Afghanistan']],
    ['named in a sentence that leaves the country out, without "capital"', 'Afghanistan closed the pass. The decision was taken in Kabul.', []],
  ])('a capital %s', (_rule, body, expected) => {
    expect(placed(body, 'Kabul', 'Afghanistan', 'AF')).toEqual(expected);
  });

  it('does not place a city in a country the data puts it outside', () => {
    expect(placed('Talks in Lima on the future of Chile ended.', 'Lima', 'Chile', 'CL')).toEqual([]);
  });
});

describe('counterparts, offices taken and tours', () => {
  const wang = P('Li Wen', 'Li');
  it.each<Row>([
    ['his counterpart of a named country is the holder of the same title there', 'Chilean Foreign Minister Li Wen arrived on Thursday. Foreign Minister Jo Bloggs of Peru met his Chilean counterpart on Friday.', [chile, wang, jo, peru], ['Jo Bloggs —met→ Li Wen'], [{ person: 'Li Wen', written: 'Chilean Foreign Minister', title: 'foreign minister', of: 'Chile' }, titled('Jo Bloggs', 'Foreign Minister')]],
    ['took office as', 'Jo Bloggs will take office as president of Chile on Sunday.', [jo, chile], ['Jo Bloggs —president of→ Chile']],
    ['a meeting with a date before "between"', 'A meeting today between Jo Bloggs and Ana Kos ended without a deal.', [jo, ana], ['Jo Bloggs —met→ Ana Kos']],
    ['counterparts from listed states are not the minister\'s own', "Chile's ministry said that Foreign Minister Jo Bloggs could meet his counterparts from Peru and Bolivia.", [chile, jo, peru, C('Bolivia')], ['Jo Bloggs —foreign minister of→ Chile'], [titled('Jo Bloggs', 'Foreign Minister')]],
    ['a tour of a country', 'Jo Bloggs spoke in Lima during his tour of Chile.', [jo, lima, chile], ['Jo Bloggs —toured→ Chile']],
  ])('%s', (_rule, body, entities, expected, roles) => has(body, entities, expected, roles));

  it('does not take someone of that country with another title for the counterpart', () => {
    const body = 'Chilean President Ana Kos spoke on Thursday. Foreign Minister Jo Bloggs of Peru met his Chilean counterpart on Friday.';
    const got = relationsIn(body, [chile, ana, jo, peru], [{ person: 'Ana Kos', written: 'Chilean President', title: 'president', of: 'Chile' }, titled('Jo Bloggs', 'Foreign Minister')]);
    expect(got).not.toContain('Jo Bloggs —met→ Ana Kos');
  });

  it('does not take the source named after a report for an object', () => {
    const got = relationsIn('The memorandum was signed by Ana Kos and Jo Bloggs, reported Acme Congress on Thursday.', [ana, jo, congress]);
    expect(got.filter((r) => r.includes('reported'))).toEqual([]);
  });

  it('keeps a participle after a comma that names a party', () => {
    expect(relationsIn('Jo Bloggs was appointed minister, replacing Ana Kos.', [jo, ana])).toContain('Jo Bloggs —replaced→ Ana Kos');
  });
});

