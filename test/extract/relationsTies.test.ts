// Table tests for roles in apposition and appointment, family and personal ties, events and actions
// between organisations and countries. Every text is invented.
import { describe, expect, it } from 'vitest';
import { C, L, O, P, relationsIn, type EntitySpec, type RoleSpec } from './relationsHelpers.js';

type Row = [rule: string, body: string, entities: EntitySpec[], expected: string[], roles?: RoleSpec[]];

const ruritania = C('Ruritania', 'Ruritanian');
const freedonia = C('Freedonia', 'Freedonian');
const westshire = L('Westshire');
const fortville = L('Fortville');
const acme = O('Acme');
const initech = O('Initech');
const ana = P('Ana Kos', 'Kos');
const jo = P('Jo Bloggs', 'Bloggs');
const mia = P('Mia Ray');
const tom = P('Tom Ray');
const ed = P('Ed Po', 'Po');
const bo = P('Bo Li', 'Li');

const check = (body: string, entities: EntitySpec[], expected: string[], roles: RoleSpec[] = []): void => {
  const got = relationsIn(body, entities, roles);
  for (const e of expected) expect(got).toContain(e);
};

describe('family and personal ties', () => {
  it.each<Row>([
    ['wife of the late Senator', 'Ana Kos, wife of the late Senator Jo Bloggs, spoke on Monday.', [ana, jo], ['Ana Kos —wife of→ Jo Bloggs']],
    ['widow after a home place', 'Mia Ray of Westshire, widow of former Senator Tom Ray, was there.', [mia, tom, westshire], ['Mia Ray —widow of→ Tom Ray']],
    ['a close friend of President', 'Bo Li is a close friend of President Ed Po.', [bo, ed], ['Bo Li —friend of→ Ed Po']],
    ["possessive owner then comma", "Jo Bloggs's daughter, Mia Ray, runs the firm.", [jo, mia], ['Mia Ray —daughter of→ Jo Bloggs']],
    ['possessive pronoun', 'Tom Ray arrived late. His brother Ed Po stayed home.', [tom, ed], ['Ed Po —brother of→ Tom Ray']],
    ['who is the son of', 'Ed Po, who is the son of Tom Ray, won.', [ed, tom], ['Ed Po —son of→ Tom Ray']],
    ['a half-brother, the verb after an apposition', 'The current president, Ed Po, is the half-brother of Tom Ray.', [ed, tom], ['Ed Po —half-brother of→ Tom Ray']],
  ])('%s', (_rule, body, entities, expected) => check(body, entities, expected));

  it('does not read a title after "friend of" as the friend\'s own title', () => {
    const got = relationsIn('Bo Li is a close friend of President Ed Po of Ruritania.', [bo, ed, ruritania]);
    expect(got.some((r) => r.startsWith('Ed Po —friend of president'))).toBe(false);
  });
});

describe('roles stated in apposition', () => {
  it.each<Row>([
    ['ambassador of A in B', 'Ed Po, president of Ruritania, defended Bo Li, ambassador of Freedonia in Ruritania, on Tuesday.', [ed, bo, freedonia, ruritania], ['Bo Li —ambassador of→ Freedonia', 'Bo Li —ambassador in→ Ruritania']],
    ['title then "and"', 'Mia Ray, the party head and a critic of the government, said no.', [mia, O('Blue Party')], ['Mia Ray —head of→ Blue Party']],
    ['official of a lower-case ministry, then "who"', 'Bo Li, a senior Ruritanian trade ministry official who led the talks, said yes.', [bo, O('Ruritanian trade ministry')], ['Bo Li —senior official of→ Ruritanian trade ministry']],
    ["lower-case adjectives after a possessive owner", "Talks began, Ruritania's high peace commissioner Bo Li said.", [ruritania, bo], ['Bo Li —high peace commissioner of→ Ruritania']],
    ['a party\'s name before the title', 'Senator Ed Po, the Blue chairman of the Foreign Relations Committee, said so.', [ed, O('Blue'), O('Foreign Relations Committee')], ['Ed Po —chairman of→ Foreign Relations Committee']],
    ['the mayor of a place written with its noun, then the name', 'Those held include the former mayor of Fortville municipality, Bo Li.', [fortville, bo], ['Bo Li —former mayor of→ Fortville']],
    ['the head of an organisation\'s unit, then the name', 'He met the head of the Acme mission, Bo Li, on Monday.', [acme, bo], ['Bo Li —head of mission of→ Acme']],
    ['a plural title of an owner, then its holders listed', 'The co-chairs of the Acme Group, Ruritania, Freedonia and Westshire, met.', [O('Acme Group'), ruritania, freedonia, O('Westshire')], ['Ruritania —co-chair of→ Acme Group', 'Freedonia —co-chair of→ Acme Group', 'Westshire —co-chair of→ Acme Group']],
    ['party letter and home state', 'Republicans, led by Senator Ed Po, R-Westshire, objected.', [ed, westshire], ['Ed Po —senator from→ Westshire'], [{ person: 'Ed Po', written: 'Senator', title: 'senator', of: null }]],
    ['rebel leader is not the army\'s', 'The Armed Forces repelled the fighters, killing the rebel leader, Bo Li. The Blue Movement denied it.', [O('Ruritanian Armed Forces', 'Armed Forces'), bo, O('Blue Movement'), ruritania], ['Bo Li —leader of→ Blue Movement']],
  ])('%s', (_rule, body, entities, expected, roles) => check(body, entities, expected, roles));

  it('gives a minister the ministry of the same portfolio named in the article', () => {
    const roles: RoleSpec[] = [{ person: 'Bo Li', written: 'Finance Minister', title: 'finance minister', of: null }];
    const got = relationsIn('The Ruritanian Ministry of Public Finance may ask for more, Finance Minister Bo Li said.', [bo, O('Ruritanian Ministry of Public Finance'), ruritania], roles);
    expect(got).toContain('Bo Li —finance minister of→ Ruritanian Ministry of Public Finance');
  });

  it('does not give a minister another country\'s ministry', () => {
    const roles: RoleSpec[] = [{ person: 'Bo Li', written: 'Finance Minister', title: 'finance minister', of: 'Ruritania' }];
    const got = relationsIn('Ruritania will pay, Finance Minister Bo Li said, after the Freedonian finance ministry asked.', [bo, O('Freedonian finance ministry'), ruritania, freedonia], roles);
    expect(got.some((r) => r.includes('Bo Li —finance minister of→ Freedonian'))).toBe(false);
  });
});

describe('roles given by appointment after an apposition', () => {
  it.each<Row>([
    ['approved to serve as, without a comma', 'The Senate confirmed two nominees, with Jo Bloggs approved to serve as ambassador to Ruritania.', [jo, ruritania], ['Jo Bloggs —ambassador of→ Ruritania']],
    ['the apposition names someone else', 'Ana Kos, wife of the late Senator Jo Bloggs, approved to serve as envoy to Freedonia, smiled.', [ana, jo, freedonia], ['Ana Kos —envoy of→ Freedonia']],
    ['home place, then "as"', 'The Senate voted to confirm former Senator Tom Ray of Westshire as Ambassador to Freedonia.', [tom, westshire, freedonia], ['Tom Ray —ambassador of→ Freedonia']],
    ['home place, apposition, then "as"', 'It confirmed Mia Ray of Westshire, widow of former Senator Tom Ray, as Ambassador in Ruritania.', [mia, westshire, tom, ruritania], ['Mia Ray —ambassador of→ Ruritania']],
  ])('%s', (_rule, body, entities, expected) => check(body, entities, expected));

  it('does not give the role to the person named inside the apposition', () => {
    const got = relationsIn('Ana Kos, wife of the late Senator Jo Bloggs, approved to serve as envoy to Freedonia, smiled.', [ana, jo, freedonia]);
    expect(got).not.toContain('Jo Bloggs —envoy of→ Freedonia');
  });
});


describe('events and actions between organisations and countries', () => {
  const blue = O('Blue Front');
  it.each<Row>([
    ['repelled an attack by', 'The Ruritanian army says it has repelled an attack by the Blue Front on the town of Fortville.', [O('Ruritanian army'), blue, fortville, ruritania], ['Ruritanian army —repelled attack by→ Blue Front', 'Blue Front —attacked→ Fortville']],
    ['members of a group as subject, regime in a place', 'Rebels of the Blue Front first took up arms against the regime in Fortville in 1994.', [blue, fortville], ['Blue Front —fought→ Fortville']],
    ['criticized an article in a publication', 'Ed Po criticized an article in Acme that cites unnamed officials.', [ed, acme], ['Ed Po —criticized article of→ Acme']],
    ['condemned sanctions by', 'Bo Li condemned the new sanctions by Ruritania on Thursday.', [bo, ruritania], ['Bo Li —condemned sanctions of→ Ruritania']],
    ['questioned', 'The envoy Bo Li has questioned Acme over its accounts.', [bo, acme], ['Bo Li —questioned→ Acme']],
    ['appeal against', 'The Ruritanian government is to appeal against an Acme decision.', [ruritania, acme], ['Ruritania —appealed against→ Acme']],
    ['propose to', 'Acme might propose to Initech to raise the price.', [acme, initech], ['Acme —might propose to→ Initech']],
    ['called for a body to act', 'Ruritania called on Wednesday for Acme to investigate the tariffs.', [ruritania, acme], ['Ruritania —called on→ Acme']],
    ['conversations between two people', 'The deal came out of official conversations between Ed Po and Bo Li in Fortville.', [ed, bo, fortville], ['Ed Po —held talks with→ Bo Li']],
    ['negotiations between two states', 'Negotiations between Ruritania and Freedonia resumed on Monday.', [ruritania, freedonia], ['Ruritania —negotiated with→ Freedonia']],
    ['an exchange of fire between two forces', 'Monitors are looking into an exchange of fire between Acme and Initech near the border.', [acme, initech], ['Acme —clashed with→ Initech']],
    ['two states\' soldiers exchanged fire', 'Ruritanian and Freedonian soldiers exchanged fire near the border.', [C('Ruritania', 'Ruritanian'), C('Freedonia', 'Freedonian')], ['Ruritania —clashed with→ Freedonia']],
    ["a state's forces occupied a share of a state", 'In 1992 Russian forces occupied 20 percent of Georgia.', [C('Russia', 'Russian'), C('Georgia')], ['Russia —occupied→ Georgia']],
    ["a state's aircraft bombed a number of a group's posts", 'Ruritanian aircraft also bombed a number of Acme observation posts.', [C('Ruritania', 'Ruritanian'), acme], ['Ruritania —bombed→ Acme']],
    ['wrote to', 'President Ed Po had written to Prime Minister Bo Li calling for talks.', [ed, bo], ['Ed Po —wrote to→ Bo Li']],
    ['a participle after a time, opening the sentence', 'Hours after arriving in Fortville, Ed Po said the talks would go well.', [ed, fortville], ['Ed Po —arrived in→ Fortville']],
    ['borders', 'Ruritania borders Freedonia to the north.', [ruritania, freedonia], ['Ruritania —borders→ Freedonia']],
    ['ousted ruler', 'Ruritania has been in crisis since a popular uprising ousted Jo Bloggs in 2011.', [ruritania, jo], ['Jo Bloggs —former ruler of→ Ruritania']],
    ['competition between A, an apposition, and B', 'The poll will be a fierce competition between Acme, the largest party, and the ruling Initech.', [acme, initech], ['Acme —competes with→ Initech']],
    ['deal between A and a demonym rival B', 'The merger deal between Acme and Freedonian rival Initech was cleared.', [acme, initech, freedonia], ['Acme —agreement with→ Initech']],
    ['press conference on a day in a place', 'Bo Li said this at a press conference on Wednesday in Fortville.', [bo, fortville], ['Bo Li —held press conference in→ Fortville']],
    ['an organisation\'s conference in a place', 'It will close, he said on the sidelines of an Acme (AC) conference in Westshire.', [O('Acme', 'AC'), westshire], ['Acme —held conference in→ Westshire']],
  ])('%s', (_rule, body, entities, expected) => check(body, entities, expected));

  it('does not read a place as the publication of an article', () => {
    // Only the path through the noun the place describes, not "praised policy of→ Fortville".
    expect(relationsIn('Ed Po praised the policy in Fortville.', [ed, fortville])).toEqual(['Ed Po —praised policy in→ Fortville']);
  });

  it('does not give the ousted person a role when the sentence denies it', () => {
    expect(relationsIn('The protests did not oust Jo Bloggs from Ruritania.', [jo, ruritania]).some((r) => r.includes('former ruler'))).toBe(false);
  });

  it('does not take a demonym before a common noun as a listed name', () => {
    const got = relationsIn('The merger deal between Acme and Freedonian rival Initech was cleared.', [acme, initech, freedonia]);
    expect(got).not.toContain('Acme —agreement with→ Freedonia');
  });
});

describe('more shapes from other publishers', () => {
  it.each<Row>([
    ['between A, an apposition with "and", and B', "The race is a contest between Acme, the country's largest and oldest party, and the ruling Initech.", [acme, initech], ['Acme —competes with→ Initech']],
    ['meeting after a verb of saying and a date', 'President Ed Po said late on Thursday during a meeting with Prime Minister Bo Li that polls were off.', [ed, bo], ['Ed Po —met→ Bo Li'], [
      { person: 'Bo Li', written: 'Prime Minister', title: 'prime minister', of: null },
      { person: 'Ed Po', written: 'President', title: 'president', of: null },
    ]],
    ['sitting in a place', 'Judge Bo Li, sitting in Fortville, yesterday quashed the policy.', [bo, fortville], ['Bo Li —sitting in→ Fortville']],
    ['title found without its words after a possessive owner', "The delegations met on Monday, Ruritania's high peace commissioner Bo Li said.", [bo, ruritania], ['Bo Li —high peace commissioner of→ Ruritania'], [{ person: 'Bo Li', written: 'commissioner', title: 'commissioner', of: null }]],
  ])('%s', (_rule, body, entities, expected, roles) => check(body, entities, expected, roles));
});
