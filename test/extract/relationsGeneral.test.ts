// Table tests for the general relation rules added for held-out news: roles given by a verb or a
// description, events and deals, places, memberships and cross-sentence owners. Every text is invented.
import { describe, expect, it } from 'vitest';
import { extractRelations } from '../../src/extract/extractRelations.js';
import { articleOf, C, entitiesFor, expectRelations, L, O, P, relationsIn, type EntitySpec, type RoleSpec } from './relationsHelpers.js';

type Row = [rule: string, body: string, entities: EntitySpec[], expected: string[]];

const ruritania = C('Ruritania', 'Ruritanian');
const freedonia = C('Freedonia', 'Freedonian');
const acme = O('Acme');
const initech = O('Initech');
const council = O('Global Council');
const jo = P('Jo Bloggs', 'Bloggs');
const ana = P('Ana Kos', 'Kos');
const fortville = L('Fortville');

const has = expectRelations;

describe('roles given by a verb of appointment or becoming', () => {
  it.each<Row>([
    ['approved to serve as', 'Jo Bloggs was approved to serve as ambassador to Ruritania on Monday.', [jo, ruritania], ['Jo Bloggs —ambassador of→ Ruritania']],
    ['elected without "as"', 'Jo Bloggs was elected president of Ruritania last year.', [jo, ruritania], ['Jo Bloggs —president of→ Ruritania']],
    ['sworn in as', 'Jo Bloggs was sworn in as prime minister of Ruritania.', [jo, ruritania], ['Jo Bloggs —prime minister of→ Ruritania']],
    ['became', 'Jo Bloggs became chairman of Acme in 2001.', [jo, acme], ['Jo Bloggs —chairman of→ Acme']],
    ['who was confirmed as', 'Jo Bloggs, who was confirmed as ambassador to Freedonia, spoke.', [jo, freedonia], ['Jo Bloggs —ambassador of→ Freedonia']],
    ['pronoun subject', 'Jo Bloggs left Acme. He was later named ambassador to Freedonia.', [jo, acme, freedonia], ['Jo Bloggs —ambassador of→ Freedonia']],
  ])('%s', (_rule, body, entities, expected) => has(body, entities, expected));

  it('does not give the appointer the role of the person appointed', () => {
    expect(relationsIn('Jo Bloggs named Ana Kos chief executive.', [jo, ana])).toEqual([]);
  });
});

describe('roles in apposition with the owner first', () => {
  it.each<Row>([
    ['owner and title without article', 'Jo Bloggs, Acme spokesman, said no.', [jo, acme], ['Jo Bloggs —spokesman of→ Acme']],
    ['possessive owner and a second party', "Jo Bloggs, Ruritania's representative at the Global Council, objected.", [jo, ruritania, council], ['Jo Bloggs —representative of→ Ruritania', 'Jo Bloggs —representative at→ Global Council']],
  ])('%s', (_rule, body, entities, expected) => has(body, entities, expected));

  it('takes the name before a title apposition as the subject of the verb', () => {
    const got = relationsIn("Jo Bloggs, Ruritania's trade chief, visited Freedonia.", [jo, ruritania, freedonia]);
    expect(got).toContain('Jo Bloggs —visited→ Freedonia');
    expect(got).not.toContain('Ruritania —visited→ Freedonia');
  });

  it('does not read "the head of A, B" as a list of A and B', () => {
    const got = relationsIn('The head of Acme, Jo Bloggs, arrived in Fortville.', [acme, jo, fortville]);
    expect(got).toContain('Jo Bloggs —arrived in→ Fortville');
    expect(got).not.toContain('Acme —arrived in→ Fortville');
  });
});

describe('the article country as owner of national titles', () => {
  it('uses the only country named, or the country of a city named', () => {
    const roles: RoleSpec[] = [{ person: 'Jo Bloggs', written: 'Prime Minister', title: 'prime minister', of: null }];
    expect(relationsIn('Prime Minister Jo Bloggs said Ruritania would borrow more.', [jo, ruritania], roles)).toEqual(['Jo Bloggs —prime minister of→ Ruritania']);
  });
});

describe('events and deals', () => {
  it.each<Row>([
    ['imposed tariffs on', 'Ruritania imposed tariffs on Freedonia last year.', [ruritania, freedonia], ['Ruritania —imposed tariffs on→ Freedonia']],
    ['imposed new duties on', 'Ruritania imposed new duties on Freedonia.', [ruritania, freedonia], ['Ruritania —imposed duties on→ Freedonia']],
    ['filed a complaint against A at B', 'Ruritania filed a complaint against Freedonia at the Global Council.', [ruritania, freedonia, council], ['Ruritania —filed complaint against→ Freedonia', 'Ruritania —filed complaint at→ Global Council']],
    ['complained to', 'Freedonia complained to the Global Council about Ruritania.', [freedonia, council, ruritania], ['Freedonia —complained to→ Global Council', 'Freedonia —complained about→ Ruritania']],
    ['ruled against', 'The Global Council ruled against Acme on Tuesday.', [council, acme], ['Global Council —ruled against→ Acme']],
    ['coordinated subjects reached a deal', 'Ruritania and Freedonia reached a deal on Friday.', [ruritania, freedonia], ['Ruritania —reached deal with→ Freedonia']],
    ['merging with', 'Acme is merging with Initech in a deal worth billions.', [acme, initech], ['Acme —merged with→ Initech']],
    ["A's merger with B", "Analysts welcomed Acme's merger with Initech.", [acme, initech], ['Acme —merged with→ Initech']],
    ["A's takeover of B", "Acme's $2 billion takeover of Initech closed.", [acme, initech], ['Acme —acquired→ Initech']],
  ])('%s', (_rule, body, entities, expected) => has(body, entities, expected));
});

describe('places', () => {
  it.each<Row>([
    ["A's B plant", "Acme's Fortville plant was closed.", [acme, fortville], ['Acme —has plant in→ Fortville']],
    ["a name in s with a bare apostrophe", "Acme Motors' Fortville headquarters were raided.", [O('Acme Motors'), fortville], ['Acme Motors —has headquarters in→ Fortville']],
    ["X, Y's capital", "In Fortville, Ruritania's capital, crowds gathered.", [fortville, ruritania], ['Fortville —located in→ Ruritania']],
    ['X, the capital of Y', 'Fortville, the capital of Ruritania, was quiet.', [fortville, ruritania], ['Fortville —capital of→ Ruritania']],
    ['X-based Y', 'The Fortville-based firm Acme said sales fell.', [fortville, acme], ['Acme —based in→ Fortville']],
  ])('%s', (_rule, body, entities, expected) => has(body, entities, expected));
});

describe('owners of titles from the sentence and the one before', () => {
  const role = (person: string, written: string, title: string): RoleSpec => ({ person, written, title, of: null });
  it.each<[string, string, EntitySpec[], RoleSpec[], string[]]>([
    ['the one organisation of the sentence', 'Spokesman Jo Bloggs said Acme would send experts to Ruritania.', [jo, acme, ruritania], [role('Jo Bloggs', 'Spokesman', 'spokesman')], ['Jo Bloggs —spokesman of→ Acme']],
    ['the subject of the sentence before', 'Acme reported record profits. Chief Executive Jo Bloggs said demand was strong.', [acme, jo], [role('Jo Bloggs', 'Chief Executive', 'chief executive')], ['Jo Bloggs —chief executive of→ Acme']],
    ["a team's country before", "Ruritania's team beat Freedonia. Coach Jo Bloggs praised the players.", [ruritania, freedonia, jo], [role('Jo Bloggs', 'Coach', 'coach')], ['Jo Bloggs —coach of→ Ruritania']],
    ['a national title takes the country of its sentence', 'Ruritania votes. Ruritania waits. Minister Jo Bloggs said Freedonia was ready.', [ruritania, jo, freedonia], [role('Jo Bloggs', 'Minister', 'minister')], ['Jo Bloggs —minister of→ Freedonia']],
  ])('%s', (_rule, body, entities, roles, expected) => has(body, entities, expected, roles));

  it('guesses no owner for a rank', () => {
    expect(relationsIn('Acme reported profits. Colonel Jo Bloggs said no.', [acme, jo], [role('Jo Bloggs', 'Colonel', 'colonel')])).toEqual([]);
  });
});

describe('memberships and alliances', () => {
  it.each<Row>([
    ["A's ally B", "Ruritania's ally Freedonia hosted the drills.", [ruritania, freedonia], ['Freedonia —allied with→ Ruritania']],
    ['X members such as A and B', 'Global Council members such as Ruritania and Freedonia objected.', [council, ruritania, freedonia], ['Ruritania —member of→ Global Council', 'Freedonia —member of→ Global Council']],
    ['became a member of', 'Ruritania became a member of the Global Council in 1995.', [ruritania, council], ['Ruritania —member of→ Global Council']],
    ['which belongs to', 'Acme, which belongs to the Global Council, agreed.', [acme, council], ['Acme —member of→ Global Council']],
    ['X, a member of Y', 'Ruritania, a member of the Global Council, objected.', [ruritania, council], ['Ruritania —member of→ Global Council']],
    ['A is a Y member', 'Ruritania is a Global Council member, but its envoy was left out.', [ruritania, council], ['Ruritania —member of→ Global Council']],
    ['A is a founding Y member', 'Ruritania is a founding Global Council member.', [ruritania, council], ['Ruritania —member of→ Global Council']],
    ['A is the chair of Y', 'Ruritania is the chair of the Global Council this year.', [ruritania, council], ['Ruritania —chair of→ Global Council']],
    ['people of a body before their names', 'Acme Front politicians Jo Bloggs and Ana Kos were removed from the list.', [O('Acme Front'), jo, ana], ['Jo Bloggs —member of→ Acme Front', 'Ana Kos —member of→ Acme Front']],
    ['states in brackets after a body', 'The Global Council (Ruritania and Freedonia) met in May.', [council, ruritania, freedonia], ['Ruritania —member of→ Global Council', 'Freedonia —member of→ Global Council']],
    ['a party after "from"', 'Her deputy, Jo Bloggs, from the Liberal Party, was sworn in.', [jo, O('Liberal Party')], ['Jo Bloggs —member of→ Liberal Party']],
    ["a party after a leader's name", "They met speaker Ana Kos of Bloggs's ruling Acme party.", [ana, P('Bloggs'), acme], ['Ana Kos —member of→ Acme']],
    ['Y — a bloc of which A and B are members', 'The Global Council (GC) — a bloc of which Ruritania and Freedonia are founding members — met on Monday.', [council, ruritania, freedonia], ['Ruritania —member of→ Global Council', 'Freedonia —member of→ Global Council']],
    ['Y, a grouping of A and B', 'Acme was suspended from the Global Council, a grouping of Ruritania and Freedonia.', [acme, council, ruritania, freedonia], ['Ruritania —member of→ Global Council', 'Freedonia —member of→ Global Council']],
  ])('%s', (_rule, body, entities, expected) => has(body, entities, expected));

  it('reads no membership into a description of a body by what it does', () => {
    expect(relationsIn('Acme was suspended from the Global Council, a body of experts from Ruritania.', [acme, council, ruritania]).filter((r) => r.includes('member of'))).toEqual([]);
  });

  it('does not relate examples listed after "such as" as the subjects of a verb', () => {
    expect(relationsIn('Global Council members such as Ruritania and Freedonia agreed.', [council, ruritania, freedonia])).not.toContain('Ruritania —agreed with→ Freedonia');
  });
});

describe('speech and meetings', () => {
  it.each<Row>([
    ['told a person', 'Jo Bloggs told Ana Kos the plan was dead.', [jo, ana], ['Jo Bloggs —told→ Ana Kos']],
    ['told an outlet', 'Jo Bloggs told Acme that talks would continue.', [jo, acme], ['Jo Bloggs —told→ Acme']],
    ['told a news conference with', 'Jo Bloggs told a joint news conference with Ana Kos that ties were strong.', [jo, ana], ['Jo Bloggs —met→ Ana Kos']],
    ['met a title of an owner, then the holder after a comma', 'Jo Bloggs met the president of Ruritania, Ana Kos, on Monday.', [jo, ruritania, ana], ['Jo Bloggs —met→ Ana Kos']],
    ['a visit to a title of an owner, then a form of address and the holder', 'Jo Bloggs paid a visit to the President of Ruritania, His Excellency Ana Kos.', [jo, ruritania, ana], ['Jo Bloggs —paid visit to→ Ana Kos', 'Ana Kos —president of→ Ruritania']],
  ])('%s', (_rule, body, entities, expected) => has(body, entities, expected));
});

describe('a capital standing for its state', () => {
  it("gives a role owned by the capital to the state as well", () => {
    const article = articleOf("Japan welcomed the talks. Tokyo's top spokesman, Jo Bloggs, said so.");
    const entities = entitiesFor(article, [C('Japan'), L('Tokyo'), jo]);
    entities[0]!.isoCode = 'JP';
    const got = extractRelations(article, entities).map((r) => `${entities[r.subjectKey]!.name} —${r.predicate}→ ${entities[r.objectKey]!.name}`);
    expect(got).toContain('Jo Bloggs —top spokesman of→ Japan');
  });
});

describe('match results', () => {
  it.each<Row>([
    ['thrashed', 'Ruritania thrashed Freedonia 4-1 on Sunday.', [ruritania, freedonia], ['Ruritania —beat→ Freedonia']],
    ['edged … to finish third', 'Ruritania edged Freedonia 2-1 to finish third.', [ruritania, freedonia], ['Ruritania —beat→ Freedonia']],
    ['crashed out to', 'Ruritania crashed out to Freedonia.', [ruritania, freedonia], ['Ruritania —lost to→ Freedonia']],
    ["A's 2-1 win over B", "Ruritania's 2-1 win over Freedonia surprised fans.", [ruritania, freedonia], ['Ruritania —beat→ Freedonia']],
    ['scored for', 'Jo Bloggs scored twice for Ruritania.', [jo, ruritania], ['Jo Bloggs —plays for→ Ruritania']],
  ])('%s', (_rule, body, entities, expected) => has(body, entities, expected));
});

describe('subjects that act through a group', () => {
  it.each<Row>([
    ['a possessive owner and an adjective before the group', "Ruritania's new government signed a loan agreement with Freedonia on Wednesday.", [ruritania, freedonia], ['Ruritania —signed agreement with→ Freedonia']],
    ['a delegation acts for its body', 'The Acme delegation will travel to Fortville next week.', [acme, fortville], ['Acme —will travel to→ Fortville']],
    ['a mission acts for its body', 'An Acme mission is expected in Fortville on Monday.', [acme, fortville], ['Acme —is expected in→ Fortville']],
  ])('%s', (_rule, body, entities, expected) => has(body, entities, expected));

  it('does not take the place a traveller goes to as the subject of the purpose after it', () => {
    const found = relationsIn('The Acme delegation will travel on Wednesday to Fortville to renew talks with Ruritania.', [acme, fortville, ruritania]);
    expect(found).toContain('Acme —renew talks with→ Ruritania');
    expect(found.filter((r) => r.startsWith('Fortville'))).toEqual([]);
  });
});

describe('titles in apposition', () => {
  it.each<Row>([
    ['a possessive owner and a lower-case portfolio list', "The deal was announced by Jo Bloggs, Ruritania's minister for ports, fisheries and tourism.", [jo, ruritania], ['Jo Bloggs —minister for ports, fisheries and tourism of→ Ruritania']],
    ['lower-case words describing the owner before its name', 'Jo Bloggs, head of corporate analysis firm Acme, spoke.', [jo, acme], ['Jo Bloggs —head of→ Acme']],
    ['a mediator for a body', 'Jo Bloggs, the main Acme mediator, told a news conference the deal held.', [jo, acme], ['Jo Bloggs —mediator of→ Acme']],
    ["a person's spokesman named after the comma", 'Spokesman for Jo Bloggs, Ana Kos, said talks would go on.', [jo, ana], ['Ana Kos —spokesman of→ Jo Bloggs']],
  ])('%s', (_rule, body, entities, expected) => has(body, entities, expected));

  it('takes a name alone between commas after a title as the subject ("The Minister, the Hon. Jo Bloggs, met …")', () => {
    const got = relationsIn('The Minister for Fisheries, the Hon. Jo Bloggs, met with Ana Kos in Fortville today.', [jo, ana, fortville]);
    expect(got).toContain('Jo Bloggs —met→ Ana Kos');
  });

  it('gives a person only the titles of their staff ("head of Jo Bloggs" is no role)', () => {
    expect(relationsIn('The head of Jo Bloggs, Ana Kos, said no.', [jo, ana])).toEqual([]);
  });
});

describe('visits', () => {
  it.each<Row>([
    ['a participle set off after the subject', 'Jo Bloggs, currently visiting Fortville, announced a loan.', [jo, fortville], ['Jo Bloggs —visited→ Fortville']],
    ['came to a place', 'Jo Bloggs came to Fortville to discuss trade.', [jo, fortville], ['Jo Bloggs —came to→ Fortville']],
    ['the subject before a long apposition whose "who" clause names a state', 'Last year, Jo Bloggs, the former prime minister of Ruritania who heads the Acme bloc in the Global Council, came to Fortville to discuss trade.', [jo, ruritania, acme, council, fortville], ['Jo Bloggs —came to→ Fortville', 'Jo Bloggs —heads→ Acme']],
  ])('%s', (_rule, body, entities, expected) => has(body, entities, expected));

  it('does not take the object of a preposition as the subject of a participle after it', () => {
    expect(relationsIn('On behalf of Jo Bloggs, visiting Freedonian envoy Ana Kos thanked Fortville.', [jo, ana, freedonia, fortville])).not.toContain('Jo Bloggs —visited→ Ana Kos');
  });

  it('does not read "came to" with a person as a visit', () => {
    expect(relationsIn('The news came to Jo Bloggs as a surprise.', [jo])).toEqual([]);
  });
});
