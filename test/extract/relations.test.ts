// Table tests for relation extraction, one group per rule, on invented texts with hand-made entities.
import { describe, expect, it } from 'vitest';
import { extractRelations } from '../../src/extract/extractRelations.js';
import { articleOf, C, entitiesFor, L, O, P, relationsIn, type EntitySpec, type RoleSpec } from './relationsHelpers.js';

type Row = [rule: string, body: string, entities: EntitySpec[], expected: string[]];

const world = {
  ruritania: C('Ruritania', 'Ruritanian'),
  freedonia: C('Freedonia', 'Freedonian'),
  elbonia: C('Elbonia'),
  genovia: C('Genovia'),
  acme: O('Acme'),
  initech: O('Initech'),
  jo: P('Jo Bloggs', 'Bloggs'),
  ana: P('Ana Kos', 'Kos'),
  fortville: L('Fortville'),
};
const { ruritania, freedonia, elbonia, genovia, acme, initech, jo, ana, fortville } = world;

describe('roles written with a name', () => {
  it('turns a title the entity stage found into "<title> of" its owner', () => {
    const roles: RoleSpec[] = [{ person: 'Jo Bloggs', written: 'Ruritanian Foreign Minister', title: 'foreign minister', of: 'Ruritania' }];
    expect(relationsIn('Ruritanian Foreign Minister Jo Bloggs arrived on Monday.', [ruritania, jo], roles)).toEqual(['Jo Bloggs —foreign minister of→ Ruritania']);
  });

  it('finds the owner written right before a title that has none ("Acme President")', () => {
    const roles: RoleSpec[] = [{ person: 'Jo Bloggs', written: 'President', title: 'president', of: null }];
    expect(relationsIn('Acme President Jo Bloggs opened the meeting.', [acme, jo], roles)).toEqual(['Jo Bloggs —president of→ Acme']);
  });

  it('keeps "former" written before the title', () => {
    const roles: RoleSpec[] = [{ person: 'Jo Bloggs', written: 'Ruritanian president', title: 'president', of: 'Ruritania' }];
    expect(relationsIn('Loyalists of former Ruritanian president Jo Bloggs marched.', [ruritania, jo], roles)).toEqual(['Jo Bloggs —former president of→ Ruritania']);
  });

  it.each<Row>([
    ['owner, title, name', 'Acme chief executive Jo Bloggs resigned.', [acme, jo], ['Jo Bloggs —chief executive of→ Acme']],
    ['possessive owner', "Ruritania's head coach Jo Bloggs was pleased.", [ruritania, jo], ['Jo Bloggs —head coach of→ Ruritania']],
    ['title, comma, honorific, name', "The plan was explained by Bloggs's Special Adviser on Trade, Mr Ana Kos.", [jo, ana], ['Ana Kos —special adviser on trade of→ Jo Bloggs']],
    ['apposition with "of"', 'Jo Bloggs, the former chairman of Initech, disagreed.', [jo, initech], ['Jo Bloggs —former chairman of→ Initech']],
    ['apposition with the owner inside', 'Jo Bloggs, the outgoing Acme leader, disagreed.', [jo, acme], ['Jo Bloggs —outgoing leader of→ Acme']],
    ['possessive pronoun and a comma', 'Initech and its leader at the time, Jo Bloggs, were criticized.', [initech, jo], ['Jo Bloggs —leader of→ Initech']],
    ['title, organisation, name', 'Present were Managing Director, Initech Agency (IA), Dr. Jo Bloggs and others.', [O('Initech Agency', 'IA'), jo], ['Jo Bloggs —managing director of→ Initech Agency']],
    ['copula with "for"', 'Jo Bloggs was MP for Fortville until 2001.', [jo, fortville], ['Jo Bloggs —mp for→ Fortville']],
    ['pronoun with a copula', 'Jo Bloggs spoke first. He was once mayor of Fortville.', [jo, fortville], ['Jo Bloggs —mayor of→ Fortville']],
  ])('%s', (_rule, body, entities, expected) => {
    expect(relationsIn(body, entities)).toEqual(expected);
  });

  it('does not take a name across a semicolon as the owner of a title', () => {
    expect(relationsIn('Guests included Jo Bloggs; Chief Trade Adviser Ana Kos and others.', [jo, ana])).toEqual([]);
  });
});

describe('titles written instead of a name', () => {
  it('reads "the Ruritanian premier" as the article\'s prime minister and gives the role', () => {
    const roles: RoleSpec[] = [{ person: 'Jo Bloggs', written: 'Prime Minister', title: 'prime minister', of: null }];
    const body = 'Prime Minister Jo Bloggs spoke on Monday. Later the Ruritanian premier met Ana Kos in Fortville.';
    expect(relationsIn(body, [jo, ruritania, ana, fortville], roles)).toEqual(['Jo Bloggs —prime minister of→ Ruritania', 'Jo Bloggs —met→ Ana Kos', 'Jo Bloggs —met in→ Fortville']);
  });

  it('reads "The President" as the title holder whose title names no country', () => {
    const roles: RoleSpec[] = [
      { person: 'Jo Bloggs', written: 'President', title: 'president', of: null },
      { person: 'Ana Kos', written: 'Freedonian President', title: 'president', of: 'Freedonia' },
    ];
    const body = 'President Jo Bloggs hosted Freedonian President Ana Kos. The President will be accompanied by Acme staff.';
    expect(relationsIn(body, [jo, ana, freedonia, acme], roles)).toContain('Acme —accompanied→ Jo Bloggs');
  });
});

describe('descriptions by neighbouring names', () => {
  it.each<Row>([
    ['place, country', 'Talks were held in Fortville, Ruritania on Friday.', [fortville, ruritania], ['Fortville —located in→ Ruritania']],
    ['a country, a descriptor, a company', 'Acme agreed to merge with Ruritania rival Initech.', [acme, ruritania, initech], ['Initech —based in→ Ruritania', 'Acme —agreed to merge with→ Initech']],
    ['a possessive country, descriptors, a company', "Ruritania's state news agency Acme reported it.", [ruritania, acme], ['Acme —based in→ Ruritania']],
    ['a demonym of a country the article names', 'Ruritanian carmaker Acme protested. Ruritania said nothing.', [ruritania, acme], ['Acme —based in→ Ruritania']],
    ['place, place noun, "of", place', 'The tour went to the Fortville region of Ruritania.', [fortville, ruritania], ['Fortville —located in→ Ruritania']],
    ['a list of places is no containment', 'Teams came from Fortville, Elbonia and Genovia.', [fortville, elbonia, genovia], []],
    ["country's organisation", "Ruritania's Acme bought stock.", [ruritania, acme], ['Acme —based in→ Ruritania']],
    ["organisation's person", "Acme's Jo Bloggs objected.", [acme, jo], ['Jo Bloggs —member of→ Acme']],
    ['hyphenated backing', 'Ruritania-backed Blue Front fighters advanced.', [ruritania, O('Blue Front')], ['Ruritania —supports→ Blue Front']],
    ['hyphenated alliance, reversed', 'The Ruritania-allied Blue Front fought on.', [ruritania, O('Blue Front')], ['Blue Front —allied with→ Ruritania']],
    ['hyphenated lead inside a name', 'The Ruritania-led alliance struck.', [O('Ruritania-led alliance'), ruritania], ['Ruritania —leads→ Ruritania-led alliance']],
    ['person (place)', 'Jo Bloggs (Fortville) disagreed.', [jo, fortville], ['Jo Bloggs —represents→ Fortville']],
    ['a senator with a party and state tag', 'It passed, said Sen. Jo Bloggs (R-FV) before the vote.', [jo, L('Fortville', 'FV')], ['Jo Bloggs —senator from→ Fortville']],
    ['a lawmaker with a party and state tag', 'Jo Bloggs (D-FV) disagreed.', [jo, L('Fortville', 'FV')], ['Jo Bloggs —represents→ Fortville']],
    ['apposition for an organisation', 'Acme, a major Initech supplier, grew.', [acme, initech], ['Acme —supplier of→ Initech']],
    ['apposition with "of" for a place', 'They neared Fortville, a key stronghold of the Blue Front.', [fortville, O('Blue Front')], ['Fortville —stronghold of→ Blue Front']],
    ['capital of a country', 'They met near the Ruritanian capital of Fortville.', [ruritania, fortville], ['Fortville —capital of→ Ruritania']],
    ['a resort of a country', 'They met in the southern-Ruritanian resort of Fortville.', [ruritania, fortville], ['Fortville —located in→ Ruritania']],
    ['two place nouns', 'They met in the Ruritanian port city of Fortville.', [ruritania, fortville], ['Fortville —located in→ Ruritania']],
    ['country named inside a description', 'Shares in Ruritania Trade Ministry bonds fell.', [ruritania, O('Ruritania Trade Ministry')], ['Ruritania Trade Ministry —trade ministry of→ Ruritania']],
  ])('%s', (_rule, body, entities, expected) => {
    expect(relationsIn(body, entities)).toEqual(expected);
  });
});

describe('facts stated by a verb', () => {
  it.each<Row>([
    ['active', 'Ruritania invaded Freedonia in May.', [ruritania, freedonia], ['Ruritania —invaded→ Freedonia']],
    ['passive with "by"', 'Freedonia was invaded by Ruritania in May.', [ruritania, freedonia], ['Ruritania —invaded→ Freedonia']],
    ['reduced passive', 'Freedonia troops backed by Ruritania advanced.', [ruritania, O('Freedonia troops')], ['Ruritania —backs→ Freedonia troops']],
    ['coordinated subjects of a symmetric verb', 'Ruritania and Freedonia signed a trade agreement on Monday.', [ruritania, freedonia], ['Ruritania —signed agreement with→ Freedonia']],
    ['coordinated subjects finalizing a deal', 'Ruritania and Freedonia have finalized a major trade agreement.', [ruritania, freedonia], ['Ruritania —finalized agreement with→ Freedonia']],
    ['a deal inked with a partner', 'Ruritania inked a trade pact with Freedonia on Monday.', [ruritania, freedonia], ['Ruritania —signed pact with→ Freedonia']],
    ['coordinated subjects with an object', 'With Jo Bloggs and Ana Kos accusing Elbonia of fraud, talks stalled.', [jo, ana, elbonia], ['Jo Bloggs —accused→ Elbonia', 'Ana Kos —accused→ Elbonia']],
    ['a name joined to an unnamed group as the subject', 'Jo Bloggs and a delegation of MPs have met with Ana Kos in Fortville.', [jo, ana, fortville], ['Jo Bloggs —met→ Ana Kos', 'Jo Bloggs —met in→ Fortville']],
    ['a person and "his counterpart", named after a comma', 'Jo Bloggs, the ministry envoy, and his Freedonian counterpart, Ana Kos, met on Monday.', [jo, freedonia, ana], ['Ana Kos —counterpart from→ Freedonia', 'Jo Bloggs —met→ Ana Kos']],
    ['a participle opening the sentence', 'Arriving in Fortville on Sunday, Jo Bloggs said the trip mattered.', [jo, fortville], ['Jo Bloggs —arrived in→ Fortville']],
    ['a participle opening the sentence, then a pronoun', 'Jo Bloggs met the press. Arriving in Fortville on Sunday, he said the trip mattered.', [jo, fortville], ['Jo Bloggs —arrived in→ Fortville']],
    ['"after" and a participle opening the sentence', 'After meeting Ana Kos on Sunday, Jo Bloggs flew home.', [jo, ana], ['Jo Bloggs —met→ Ana Kos']],
    ['object through a preposition', 'Ruritania lost to Freedonia in the final.', [ruritania, freedonia], ['Ruritania —lost to→ Freedonia']],
    ['coordinated objects', 'Ruritania lost to Freedonia, Elbonia and Genovia.', [ruritania, freedonia, elbonia, genovia], ['Ruritania —lost to→ Freedonia', 'Ruritania —lost to→ Elbonia', 'Ruritania —lost to→ Genovia']],
    ['control verb', 'Ruritania agreed to invest $2 billion in Freedonia.', [ruritania, freedonia], ['Ruritania —agreed to invest in→ Freedonia']],
    ['control verb with its own object', 'Ruritania expects Ana Kos to visit Fortville soon.', [ruritania, ana, fortville], ['Ana Kos —expected to visit→ Fortville']],
    ['modal', 'Ana Kos will return to Fortville on Friday.', [ana, fortville], ['Ana Kos —will return to→ Fortville']],
    ['pronoun subject', 'Acme said on Monday that it had taken over Initech.', [acme, initech], ['Acme —took over→ Initech']],
    ['light verb with a relation noun', 'Jo Bloggs held talks with Ana Kos on Sunday.', [jo, ana], ['Jo Bloggs —held talks with→ Ana Kos']],
    ['noun phrase between verb and preposition', 'Ruritania sent hundreds of its soldiers to Elbonia.', [ruritania, elbonia], ['Ruritania —sent soldiers to→ Elbonia']],
    ['apposition skipped for the subject', 'Acme, a big Initech client, will build a factory in the southern city of Fortville.', [acme, initech, fortville], ['Acme —client of→ Initech', 'Acme —will build factory in→ Fortville']],
    ['stranded preposition of a relative clause', 'The plant is run by Elbonia and Initech, which Acme has a 40 percent stake in.', [elbonia, initech, acme], ['Acme —has stake in→ Initech']],
    ['second object of a travel verb', 'Jo Bloggs arrived in Fortville on Saturday from Elbonia.', [jo, fortville, elbonia], ['Jo Bloggs —arrived in→ Fortville', 'Jo Bloggs —arrived from→ Elbonia']],
    ['object of a relative clause', 'Aid for Freedonia, which Ruritania invaded in 2022, grew.', [freedonia, ruritania], ['Ruritania —invaded→ Freedonia']],
    ['plural noun tagged as a verb after "more"', 'Jo Bloggs said Ruritania would send more tanks to Freedonia.', [jo, ruritania, freedonia], ['Ruritania —would send tanks to→ Freedonia']],
    ['an unnamed subject right before the verb', 'Acme agreed to buy Initech, the company said in Fortville.', [acme, initech, fortville], ['Acme —agreed to buy→ Initech']],
    ['inverse: includes → member of', 'The alliance includes Freedonia, Elbonia and Genovia.', [O('The alliance'), freedonia, elbonia, genovia], ['Freedonia —member of→ The alliance', 'Elbonia —member of→ The alliance', 'Genovia —member of→ The alliance']],
    ['object named after "including"', 'Ruritania provides arms to its allies in Elbonia, including the Blue Front.', [ruritania, elbonia, O('Blue Front')], ['Ruritania —provides arms to→ Blue Front', 'Ruritania —provides arms to allies in→ Elbonia']],
    ['event name takes its owner', 'Elbonia will host the Acme Summit in May.', [elbonia, O('Acme Summit'), acme], ['Elbonia —will host summit of→ Acme', 'Elbonia —will host→ Acme Summit']],
    ['bare verb tagged as a noun', 'Ruritania beat Freedonia in the final.', [ruritania, freedonia], ['Ruritania —beat→ Freedonia']],
    ['event typed as a thing, owner nested', 'Elbonia will host the Acme Summit in May.', [elbonia, { name: 'Acme Summit', type: 'OTHER' }, acme], ['Elbonia —will host summit of→ Acme', 'Elbonia —will host→ Acme Summit']],
    ['event "of" its owner', 'Jo Bloggs will attend an Extraordinary Summit of the Acme Union.', [jo, { name: 'Extraordinary Summit', type: 'OTHER' }, O('Acme Union')], ['Jo Bloggs —will attend summit of→ Acme Union', 'Jo Bloggs —will attend→ Extraordinary Summit']],
    ['a named thing as the object of buying', 'Ruritania has requested to buy the ZX-9 air defense system.', [ruritania, { name: 'ZX-9', type: 'OTHER' }], ['Ruritania —requested to buy→ ZX-9']],
    ['subject before a parenthesis', 'Acme (also known as Acme Corp) plans to build a plant in Fortville.', [acme, fortville], ['Acme —plans to build plant in→ Fortville']],
    ['gerund after "after" takes the clause subject', 'Ruritania finished fourth, after losing to Freedonia.', [ruritania, freedonia], ['Ruritania —lost to→ Freedonia']],
    ['a place right after "said"', 'The campaign began on Monday, Jo Bloggs said in Fortville.', [jo, fortville], ['Jo Bloggs —spoke in→ Fortville']],
    ['"the alliance" stands for the one alliance named', 'The Ruritania-led alliance advanced. The alliance includes Elbonia and Genovia.', [O('Ruritania-led alliance'), ruritania, elbonia, genovia], ['Ruritania —leads→ Ruritania-led alliance', 'Elbonia —member of→ Ruritania-led alliance', 'Genovia —member of→ Ruritania-led alliance']],
    ['object pronoun is not the subject', 'Jo Bloggs met Ana Kos on Monday when he paid a courtesy call on her.', [jo, ana], ['Jo Bloggs —met→ Ana Kos']],
  ])('%s', (_rule, body, entities, expected) => {
    expect(relationsIn(body, entities)).toEqual(expected);
  });

  it.each<Row>([
    ['a verb of saying does not relate speaker and content', 'Jo Bloggs said Ruritania was ready.', [jo, ruritania], []],
    ['a participle before a name is no verb of the earlier name', 'On behalf of Jo Bloggs, visiting Freedonian envoy Ana Kos thanked Elbonia.', [jo, ana, freedonia, elbonia], ['Ana Kos —envoy of→ Freedonia', 'Ana Kos —thanked→ Elbonia']],
    ['an object of an unrelated preposition is not the verb\'s object, but where it happened', 'Jo Bloggs met in Fortville with Ana Kos.', [jo, fortville, ana], ['Jo Bloggs —met→ Ana Kos', 'Jo Bloggs —met in→ Fortville']],
    ['a purpose clause ends the object', 'Ruritania overcame a deficit to beat Freedonia.', [ruritania, freedonia], ['Ruritania —beat→ Freedonia']],
    ['a light verb needs a relation noun', 'Acme had a good year in Elbonia.', [acme, elbonia], []],
    ['a person after an opening place phrase is the subject', 'In Fortville, Jo Bloggs will meet Ana Kos.', [fortville, jo, ana], ['Jo Bloggs —will meet→ Ana Kos']],
    ['a gerund after a common noun has no named subject', 'Ruritania sent troops to bolster the alliance fighting Freedonia.', [ruritania, freedonia], []],
    ['nothing is said across a colon', 'Jo Bloggs said: "In Fortville all is well."', [jo, fortville], []],
    ['a verb word right after a verb is its object, not a verb ("beat host the … team")', 'Ruritania beat host the Freedonia team in the final.', [ruritania, freedonia], []],
  ])('%s', (_rule, body, entities, expected) => {
    expect(relationsIn(body, entities)).toEqual(expected);
  });
});

describe('facts any other verb states (open relations)', () => {
  it.each<Row>([
    ['a direct object', 'Acme reappointed Jo Bloggs on Monday.', [acme, jo], ['Acme —reappointed→ Jo Bloggs']],
    ['the object\'s head noun and preposition join the predicate', 'Ruritania imposed a naval blockade against Freedonia in June.', [ruritania, freedonia], ['Ruritania —imposed blockade against→ Freedonia']],
    ['a noun then "of"', 'Jo Bloggs opened the annual meeting of Acme.', [jo, acme], ['Jo Bloggs —opened meeting of→ Acme']],
    ['a passive with its agent', 'Jo Bloggs was reappointed by Acme.', [jo, acme], ['Acme —reappointed→ Jo Bloggs']],
    ['a passive without an agent relates its subject to where it happened', 'Jo Bloggs was reappointed in Fortville.', [jo, fortville], ['Jo Bloggs —was reappointed in→ Fortville']],
    ['… with the verb\'s particle', 'The Acme Front was forced out of Ruritania in May.', [O('Acme Front'), ruritania], ['Acme Front —was forced out of→ Ruritania']],
    ['a passive without an agent or a place states nothing', 'Jo Bloggs was reappointed on Monday.', [jo], []],
    ['a listed name with an article is still in the list', 'Ruritania, the Freedonia, Elbonia and Genovia imposed a blockade against Acme.', [ruritania, freedonia, elbonia, genovia, acme], ['Ruritania —imposed blockade against→ Acme', 'Freedonia —imposed blockade against→ Acme', 'Elbonia —imposed blockade against→ Acme', 'Genovia —imposed blockade against→ Acme']],
    ['a state\'s troops acting are the state acting', 'Ruritanian troops attacked Freedonia.', [ruritania, freedonia], ['Ruritania —attacked→ Freedonia']],
    ['a place after "in" or "at"', 'Jo Bloggs campaigned in Fortville. Ana Kos spoke at Acme.', [jo, fortville, ana, acme], ['Ana Kos —spoke at→ Acme', 'Jo Bloggs —campaigned in→ Fortville']],
    ['a participle clause after a comma shares the subject of its clause', 'Jo Bloggs was named chief executive of Acme, replacing Ana Kos.', [jo, acme, ana], ['Jo Bloggs —chief executive of→ Acme', 'Jo Bloggs —replaced→ Ana Kos']],
    ['an open participle reads in the past tense', 'Ruritania closed its border, stranding Freedonia.', [ruritania, freedonia], ['Ruritania —stranded→ Freedonia']],
    ['verbs of thinking and saying relate nothing', 'Jo Bloggs believes Acme will win. Ana Kos underlined Acme strengths. Ana Kos will underscore Acme gains.', [jo, ana, acme], []],
    // The rest of the clause links them, with the whole path as the predicate.
    ['an object behind a second preposition is not the verb\'s', 'Jo Bloggs blamed the assault on the towns of Fortville.', [jo, fortville], ['Jo Bloggs —blamed assault on towns of→ Fortville']],
    ['a share "per cent" is no preposition', 'Acme recorded a 5 per cent rise in Elbonia.', [acme, elbonia], ['Acme —recorded rise in→ Elbonia']],
    ['an object far from the verb or past another verb is not its object', 'Jo Bloggs stressed the need for a deal involving Acme.', [jo, acme], []],
    ['"spoke of" names no thing acted on', 'Jo Bloggs spoke of Acme.', [jo, acme], []],
    ['a lexicon fact about the pair wins', 'Ruritania invaded Freedonia.', [ruritania, freedonia], ['Ruritania —invaded→ Freedonia']],
    ['a reduced relative clause between subject and verb is stepped over', 'The talks, held in the Ruritanian resort of Fortville, were devoted to Freedonia.', [ruritania, fortville, freedonia], ['Fortville —located in→ Ruritania']],
    ['an open verb before "by" is no passive', 'Jo Bloggs said Ruritania stood by Freedonia.', [jo, ruritania, freedonia], ['Ruritania —stood by→ Freedonia']],
    ['an -ing form after "be" keeps its tense', 'Ruritania is courting Freedonia.', [ruritania, freedonia], ['Ruritania —is courting→ Freedonia']],
    ['modifiers joined by commas and "and" stay in the object\'s phrase', 'Ruritania imposed a sea, air and land blockade against Freedonia.', [ruritania, freedonia], ['Ruritania —imposed blockade against→ Freedonia']],
    ['a second verb after "and" takes its own object', 'Ruritania imposed tariffs and threatened Freedonia.', [ruritania, freedonia], ['Ruritania —threatened→ Freedonia']],
  ])('%s', (_rule, body, entities, expected) => {
    expect(relationsIn(body, entities)).toEqual(expected);
  });
});

describe('facts stated by a noun', () => {
  it.each<Row>([
    ['the parties of a shared act listed after "of"', 'A meeting of Ruritania and Freedonia ended on Monday.', [ruritania, freedonia], ['Ruritania —met→ Freedonia']],
    ['two names joined by a hyphen before a shared act', 'Ruritania-Freedonia talks ended on Monday.', [ruritania, freedonia], ['Ruritania —held talks with→ Freedonia']],
    ['between A and B', 'Talks between Ruritania and Freedonia resumed.', [ruritania, freedonia], ['Ruritania —held talks with→ Freedonia']],
    ['possessor', "Acme's buyout of Initech closed.", [acme, initech], ['Acme —acquired→ Initech']],
    ['possessive pronoun', 'Jo Bloggs recalled her meeting with Ana Kos last year.', [jo, ana], ['Jo Bloggs —met→ Ana Kos']],
    ['clause subject', 'Ruritania secretly came in contact with Freedonia.', [ruritania, freedonia], ['Ruritania —had contact with→ Freedonia']],
    ['possessor of the object', "Jo Bloggs said so in an interview with Ruritania's Daily Star.", [jo, ruritania, O('Daily Star')], ['Daily Star —based in→ Ruritania', 'Jo Bloggs —interview with→ Daily Star']],
  ])('%s', (_rule, body, entities, expected) => {
    expect(relationsIn(body, entities)).toEqual(expected);
  });
});

describe('output', () => {
  it('keeps one relation per fact and per pair in a sentence, with the sentence as evidence', () => {
    const body = 'Ruritania invaded Freedonia and Ruritania invaded Freedonia again. Ruritania invaded Freedonia.';
    const article = articleOf(body);
    const entities = entitiesFor(article, [ruritania, freedonia]);
    const relations = extractRelations(article, entities);
    expect(relations).toHaveLength(1);
    expect(article.body.slice(relations[0]!.evidence.start, relations[0]!.evidence.end)).toBe('Ruritania invaded Freedonia and Ruritania invaded Freedonia again.');
    expect(relations[0]!.type).toBe('CONFLICT');
  });

  it('never relates an entity to itself', () => {
    expect(relationsIn('Acme said Acme would buy Acme.', [acme])).toEqual([]);
  });
});
