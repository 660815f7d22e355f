// Table tests for broad news patterns: titled people named after an owner, two titled people
// joined by "and", meetings, attacks, places and disputes between states. Every text is invented.
import { describe, expect, it } from 'vitest';
import { extractRelations } from '../../src/extract/extractRelations.js';
import { articleOf, C, entitiesFor, expectRelations, L, O, P, relationsIn, type EntitySpec, type RoleSpec } from './relationsHelpers.js';

type Row = [rule: string, body: string, entities: EntitySpec[], expected: string[], roles?: RoleSpec[]];

const ruritania = C('Ruritania', 'Ruritanian');
const freedonia = C('Freedonia', 'Freedonian');
const council = O('Global Council', 'GC');
const jo = P('Jo Bloggs', 'Bloggs');
const ana = P('Ana Kos', 'Kos');
const fortville = L('Fortville');

const has = expectRelations;

describe('a titled person written after an owner is the party meant', () => {
  it.each<Row>([
    ['possessive country, adjective, title', "Jo Bloggs also held talks with Ruritania's hardline President Ana Kos on Monday.", [jo, ana, ruritania], ['Jo Bloggs —held talks with→ Ana Kos']],
    ['title found by the entity stage', "He also held talks with Ruritania's ultra-conservative President Ana Kos.", [jo, ana, ruritania], ['Jo Bloggs —held talks with→ Ana Kos'], [{ person: 'Ana Kos', written: 'President', title: 'president', of: null }]],
    ['organisation and its short form', 'Jo Bloggs plans to meet with Global Council (GC) Managing Director Ana Kos next week.', [jo, ana, council], ['Jo Bloggs —plans to meet→ Ana Kos']],
    ['organisation then title', 'Jo Bloggs met Global Council chief executive Ana Kos in Fortville.', [jo, ana, council, fortville], ['Jo Bloggs —met→ Ana Kos']],
  ])('%s', (_rule, body, entities, expected, roles) => {
    const text = body.startsWith('He ') ? `Jo Bloggs arrived. ${body}` : body;
    has(text, entities, expected, roles);
  });

  it('keeps the owner when no person follows the title words', () => {
    expect(relationsIn("Jo Bloggs visited Ruritania's capital on Monday.", [jo, ruritania])).toContain('Jo Bloggs —visited→ Ruritania');
  });
});

describe('two titled people joined by "and"', () => {
  it('gives each person the title written next to the name only', () => {
    const body = 'Talks came days before Ruritanian President Ana Kos and Freedonian Prime Minister Jo Bloggs will hold a summit.';
    const roles: RoleSpec[] = [
      { person: 'Ana Kos', written: 'Ruritanian President', title: 'president', of: 'Ruritania' },
      { person: 'Jo Bloggs', written: 'Ruritanian President Ana Kos and Freedonian Prime Minister', title: 'prime minister', of: 'Freedonia' },
    ];
    const got = relationsIn(body, [ana, jo, ruritania, freedonia], roles);
    expect(got).toContain('Ana Kos —president of→ Ruritania');
    expect(got).toContain('Jo Bloggs —prime minister of→ Freedonia');
  });
});

describe('owners of titles written without one', () => {
  const westshire = L('Westshire');
  const ministry = O('Ruritanian Foreign Ministry');
  it.each<Row>([
    ['foreign affairs secretary in a datelined story', 'Fortville, Ruritania — Foreign Affairs Secretary Jo Bloggs said on Friday that Freedonian ships had entered the bay. Freedonia denied it. Freedonia said its ships were lawful. Freedonia sent more ships.', [jo, ruritania, freedonia, fortville], ['Jo Bloggs —foreign affairs secretary of→ Ruritania'], [{ person: 'Jo Bloggs', written: 'Foreign Affairs Secretary', title: 'foreign affairs secretary', of: null }]],
    ['defence secretary', 'Defence Secretary Jo Bloggs visited troops in Ruritania.', [jo, ruritania], ['Jo Bloggs —defence secretary of→ Ruritania'], [{ person: 'Jo Bloggs', written: 'Defence Secretary', title: 'defence secretary', of: null }]],
    ['governor of the state the story names', 'Gunmen attacked a village in Westshire State. Governor Jo Bloggs condemned the attack.', [jo, westshire], ['Jo Bloggs —governor of→ Westshire'], [{ person: 'Jo Bloggs', written: 'Governor', title: 'governor', of: null }]],
    ['governor, province written after', 'Governor Jo Bloggs toured Westshire province on Monday.', [jo, westshire], ['Jo Bloggs —governor of→ Westshire'], [{ person: 'Jo Bloggs', written: 'Governor', title: 'governor', of: null }]],
    ['ministry inside the title', 'Ruritanian Foreign Ministry Spokesperson Jo Bloggs said talks went well.', [jo, ministry, ruritania], ['Jo Bloggs —spokesperson of→ Ruritanian Foreign Ministry'], [{ person: 'Jo Bloggs', written: 'Ruritanian Foreign Ministry Spokesperson', title: 'spokesperson', of: 'Ruritania' }]],
  ])('%s', (_rule, body, entities, expected, roles) => has(body, entities, expected, roles));

  it('gives no governor when the story names two states', () => {
    const got = relationsIn('Governor Jo Bloggs of no fixed party spoke in Westshire State and Eastshire State.', [jo, L('Westshire'), L('Eastshire')], [{ person: 'Jo Bloggs', written: 'Governor', title: 'governor', of: null }]);
    expect(got.filter((r) => r.includes('governor'))).toEqual([]);
  });
});

describe('meetings, attacks and disputes stated by a noun', () => {
  const front = O('Blue Front');
  const roles: RoleSpec[] = [
    { person: 'Jo Bloggs', written: 'Ruritanian President', title: 'president', of: 'Ruritania' },
    { person: 'Ana Kos', written: 'Freedonian Prime Minister', title: 'prime minister', of: 'Freedonia' },
  ];
  it.each<Row>([
    ['the meeting A had with B', 'Kos was also present in the meeting Bloggs had with Ana Kos earlier in the day.', [jo, ana], ['Jo Bloggs —met→ Ana Kos']],
    ['the talks A held with B', 'The talks Jo Bloggs held with Ana Kos lasted two hours.', [jo, ana], ['Jo Bloggs —held talks with→ Ana Kos']],
    ['A and B will hold a summit', 'Ruritanian President Jo Bloggs and Freedonian Prime Minister Ana Kos will hold a summit in Fortville.', [jo, ana, ruritania, freedonia, fortville], ['Jo Bloggs —to hold summit with→ Ana Kos'], roles],
    ['A and B held talks', 'Jo Bloggs and Ana Kos held talks on Monday.', [jo, ana], ['Jo Bloggs —held talks with→ Ana Kos']],
    ['A and B will hold a meeting', 'Jo Bloggs and Ana Kos will hold a meeting next week.', [jo, ana], ['Jo Bloggs —to hold meeting with→ Ana Kos']],
    ['an attack by A armed group on B', 'Six people died in an attack by Blue Front armed group on Fortville town.', [front, fortville], ['Blue Front —attacked→ Fortville']],
    ['an attack by A militants on B', 'An attack by Blue Front militants on Fortville killed four.', [front, fortville], ['Blue Front —attacked→ Fortville']],
    ['an attack by a described A with its short form, on a town of B', 'Police repelled an attack by the rebel Blue Front (BF) on the regional town of Fortville.', [O('Blue Front', 'BF'), fortville], ['Blue Front —attacked→ Fortville']],
    ['dispute between arch foes A and B', 'The island is at the center of a territorial dispute between arch foes Ruritania and Freedonia.', [ruritania, freedonia], ['Ruritania —in dispute with→ Freedonia']],
    ['talks between neighbours A and B', 'Talks between neighbours Ruritania and Freedonia resumed.', [ruritania, freedonia], ['Ruritania —held talks with→ Freedonia']],
  ])('%s', (_rule, body, entities, expected, roles) => has(body, entities, expected, roles));

  it('takes no names after "with" for the holders of a gathering', () => {
    const got = relationsIn('Jo Bloggs discussed issues with Ana Kos and Max Roe during a summit.', [jo, ana, P('Max Roe')]);
    expect(got).not.toContain('Ana Kos —met→ Max Roe');
    expect(got.filter((r) => r.startsWith('Ana Kos') && r.endsWith('Max Roe'))).toEqual([]);
  });
});

describe('a capital named with the word alone', () => {
  const caseOf = (body: string): string[] => {
    const article = articleOf(body);
    const entities = entitiesFor(article, [L('Nairobi'), C('Kenya')]);
    entities[1]!.isoCode = 'KE';
    return extractRelations(article, entities).map((r) => `${entities[r.subjectKey]!.name} —${r.predicate}→ ${entities[r.objectKey]!.name}`);
  };
  it.each([
    ['the capital, X', 'Rebels were pushed out of the capital, Nairobi, years ago. Kenya is calm.'],
    ['the capital X', 'Rebels were pushed out of the capital Nairobi years ago. Kenya is calm.'],
    ['X, the capital', 'Kenya is calm. Nairobi, the capital, was quiet on Sunday.'],
  ])('%s', (_rule, body) => expect(caseOf(body)).toContain('Nairobi —capital of→ Kenya'));

  it('gives no capital for a city the lexicon does not know as one', () => {
    const article = articleOf('Rebels left the capital Fortville. Ruritania is calm.');
    const entities = entitiesFor(article, [fortville, ruritania]);
    expect(extractRelations(article, entities)).toEqual([]);
  });
});

describe('an organisation inside a title', () => {
  it('still names its own country', () => {
    const ministry = O('Ruritanian Foreign Ministry');
    const got = relationsIn('Ruritanian Foreign Ministry Spokesperson Jo Bloggs said talks went well.', [jo, ministry, ruritania], [{ person: 'Jo Bloggs', written: 'Ruritanian Foreign Ministry Spokesperson', title: 'spokesperson', of: 'Ruritania' }]);
    expect(got).toContain('Ruritanian Foreign Ministry —foreign ministry of→ Ruritania');
  });
});

describe('the subject of a second verb joined by "and"', () => {
  const treasury = O('Acme Treasury');
  it.each<Row>([
    ['had plans to meet, after a pronoun', 'Bloggs said he met with an Acme Treasury official on Monday and had plans to meet with Global Council (GC) Managing Director Ana Kos next week.', [jo, ana, treasury, council], ['Jo Bloggs —plans to meet→ Ana Kos']],
    ['plans to meet', 'Jo Bloggs met an Acme Treasury official on Monday and plans to meet Ana Kos next week.', [jo, ana, treasury], ['Jo Bloggs —plans to meet→ Ana Kos']],
    ['is set to meet', 'Jo Bloggs is set to meet Ana Kos next week.', [jo, ana], ['Jo Bloggs —set to meet→ Ana Kos']],
  ])('%s', (_rule, body, entities, expected) => has(body, entities, expected));

  it('does not take the first verb’s object as the second verb’s subject', () => {
    const got = relationsIn('Jo Bloggs met an Acme Treasury official on Monday and plans to meet Ana Kos next week.', [jo, ana, treasury]);
    expect(got.filter((r) => r.startsWith('Acme Treasury'))).toEqual([]);
  });
});

describe("a person's party written with the name", () => {
  const blue = O('Blue Party', 'BP');
  it.each<Row>([
    ["possessive person, then the party", "Jo Bloggs's Blue Party won the seat.", [jo, blue], ['Jo Bloggs —member of→ Blue Party']],
    ['possessive surname, adjective, party', "Bloggs's ruling Blue Party won the seat.", [jo, blue], ['Jo Bloggs —member of→ Blue Party']],
    ["party's short form in brackets", 'President Jo Bloggs (BP) said on Friday that the target was fine.', [jo, blue], ['Jo Bloggs —member of→ Blue Party']],
    ['party in brackets', 'Jo Bloggs (Blue Party) spoke.', [jo, blue], ['Jo Bloggs —member of→ Blue Party']],
    ['possessive surname, a name, then "party"', "If Bloggs's Acme party refuses, talks stall.", [jo, O('Acme')], ['Jo Bloggs —member of→ Acme']],
    ['"of the opposition" party', 'The vote failed, said Jo Bloggs of the opposition Blue Party.', [jo, blue], ['Jo Bloggs —member of→ Blue Party']],
  ])('%s', (_rule, body, entities, expected) => has(body, entities, expected));

  it('makes no member of an organisation that is not a party', () => {
    expect(relationsIn("Jo Bloggs's Acme won the contract.", [jo, O('Acme')])).toEqual([]);
  });
});

describe('troops a state puts into a force', () => {
  const mission = O('Blue Mission');
  it.each<Row>([
    ['has N soldiers operating under the framework of', 'Ruritania has 3,664 soldiers operating under the framework of Blue Mission, who are in the south.', [ruritania, mission], ['Ruritania —contributes soldiers to→ Blue Mission']],
    ["A's N peacekeepers in", "Ruritania's 500 peacekeepers in the Blue Mission left.", [ruritania, mission], ['Ruritania —contributes soldiers to→ Blue Mission']],
    ['has N troops serving with', 'Ruritania has about 900 troops serving with the Blue Mission.', [ruritania, mission], ['Ruritania —contributes troops to→ Blue Mission']],
  ])('%s', (_rule, body, entities, expected) => has(body, entities, expected));

  it('makes no contribution to a place', () => {
    expect(relationsIn('Ruritania has 3,000 troops in Fortville.', [ruritania, fortville]).filter((r) => r.includes('contributes'))).toEqual([]);
  });
});

describe('policy actions and stances between parties', () => {
  it.each<Row>([
    ['eased restrictions on', 'Ruritania eased its export restrictions on Freedonia.', [ruritania, freedonia], ['Ruritania —eased restrictions on→ Freedonia']],
    ["A's easing of restrictions on B", "Ruritania's easing of export restrictions on Freedonia was welcomed.", [ruritania, freedonia], ['Ruritania —eased restrictions on→ Freedonia']],
    ['tightened controls on', 'Ruritania tightened export controls on Freedonia.', [ruritania, freedonia], ['Ruritania —tightened controls on→ Freedonia']],
    ['expressed dissatisfaction with a person’s response', "Jo Bloggs expressed dissatisfaction with Chancellor Ana Kos's response to the crisis.", [jo, ana], ['Jo Bloggs —criticized→ Ana Kos']],
    ['voiced anger over', "Jo Bloggs voiced anger over Ruritania's decision.", [jo, ruritania], ['Jo Bloggs —criticized→ Ruritania']],
    ['expressed confidence in', 'Jo Bloggs expressed confidence in Ana Kos on Monday.', [jo, ana], ['Jo Bloggs —expressed confidence in→ Ana Kos']],
    ['contradicted', 'Jo Bloggs contradicted Ana Kos on the budget.', [jo, ana], ['Jo Bloggs —contradicted→ Ana Kos']],
  ])('%s', (_rule, body, entities, expected) => has(body, entities, expected));

  it.each([
    ['a stance with no party', 'Consumer confidence in Ruritania fell sharply.', [ruritania]],
    ['views expressed somewhere', 'Jo Bloggs expressed his views in Fortville.', [jo, fortville]],
  ] as Array<[string, string, EntitySpec[]]>)('no relation: %s', (_rule, body, entities) => expect(relationsIn(body, entities)).toEqual([]));
});

describe('a town in a district of a region', () => {
  const westshire = L('Westshire');
  it.each<Row>([
    ['town in its own district of a state', 'Gunmen attacked Fortville town in Fortville local government area of Westshire state.', [fortville, westshire], ['Fortville —located in→ Westshire']],
    ['town in another district of a state', 'Gunmen attacked Fortville town in Eastvale district of Westshire state.', [fortville, L('Eastvale'), westshire], ['Fortville —located in→ Eastvale', 'Fortville —located in→ Westshire']],
    ['a town in a state', 'Fortville, a town in Westshire state, was hit.', [fortville, westshire], ['Fortville —located in→ Westshire']],
  ])('%s', (_rule, body, entities, expected) => has(body, entities, expected));
});

describe('attacks by a relative clause and joined infinitives', () => {
  const front = O('Blue Front', 'BF');
  const red = O('Red Army Group');
  it.each<Row>([
    ['to infiltrate and attack', 'Blue Front attempted to infiltrate and attack Fortville.', [front, fortville], ['Blue Front —attempted to attack→ Fortville']],
    ['fighters who attempted to … attack', 'Troops routed Blue Front fighters who attempted to infiltrate and attack Fortville town.', [front, fortville], ['Blue Front —attempted to attack→ Fortville']],
    ['A terrorists and their B counterpart who …', 'Troops routed elements of Blue Front terrorists and their Red Army Group counterpart who attempted to infiltrate and attack Fortville town in the north.', [front, red, fortville], ['Blue Front —attempted to attack→ Fortville', 'Red Army Group —attempted to attack→ Fortville']],
    ['with a short form in brackets', 'Troops routed Red Army Group fighters and their Blue Front (BF) allies who attempted to attack Fortville.', [front, red, fortville], ['Blue Front —attempted to attack→ Fortville', 'Red Army Group —attempted to attack→ Fortville']],
  ])('%s', (_rule, body, entities, expected) => has(body, entities, expected));
});
