// Table tests for relations that take their owner or their polarity from context: owners a title
// leaves unsaid, appositions and clauses, past office-holders, spokesmen of generic bodies, places in
// places, events, and negation. Every text is invented; entities are hand-made (relationsHelpers).
import { describe, expect, it } from 'vitest';
import { C, L, O, P, relationsIn, type EntitySpec, type RoleSpec } from './relationsHelpers.js';

type Row = [rule: string, body: string, entities: EntitySpec[], roles: RoleSpec[], expected: string[]];

const ruritania = C('Ruritania', 'Ruritanian');
const freedonia = C('Freedonia', 'Freedonian');
const jo = P('Jo Bloggs', 'Bloggs');
const ana = P('Ana Kos', 'Kos');
const role = (person: string, written: string, title: string, of: string | null = null): RoleSpec => ({ person, written, title, of });

describe('owners of titles written without one', () => {
  it.each<Row>([
    ['the article\'s country', 'Ruritania raised fuel taxes. Critics in Ruritania protested. President Jo Bloggs defended the plan.', [ruritania, jo], [role('Jo Bloggs', 'President', 'president')], ['Jo Bloggs —president of→ Ruritania']],
    ['a portfolio minister', 'Ruritania cut spending. Ruritania also froze wages. Finance Minister Jo Bloggs spoke.', [ruritania, jo], [role('Jo Bloggs', 'Finance Minister', 'finance minister')], ['Jo Bloggs —finance minister of→ Ruritania']],
    ['an earlier "<country>\'s new <title>" wins over the article\'s country', "Freedonia's new planning minister took office. Ruritania objected and Ruritania sent a note. Planning Minister Jo Bloggs replied.", [freedonia, ruritania, jo], [role('Jo Bloggs', 'Planning Minister', 'planning minister')], ['Jo Bloggs —planning minister of→ Freedonia']],
    ['a dateline after a standfirst wins over another country in the sentence', 'Ruritania will defend its trade, its leader says\n\nFORTVILLE, Ruritania – Ruritania vowed a firm line.\n\nForeign Minister Jo Bloggs threatened to cancel a deal if Freedonia did not back off.', [ruritania, freedonia, jo], [role('Jo Bloggs', 'Foreign Minister', 'foreign minister')], ['Jo Bloggs —foreign minister of→ Ruritania']],
    ['no guessed owner when the person faces a leader of that country', 'Ruritania raised taxes. Ruritania froze wages. Prime Minister Jo Bloggs criticized Ruritanian President Ana Kos.', [ruritania, jo, ana], [role('Jo Bloggs', 'Prime Minister', 'prime minister'), role('Ana Kos', 'Ruritanian President', 'president', 'Ruritania')], ['Ana Kos —president of→ Ruritania', 'Jo Bloggs —criticized→ Ana Kos']],
    ['no owner when two countries are named as often', 'Ruritania and Freedonia met. President Jo Bloggs spoke.', [ruritania, freedonia, jo], [role('Jo Bloggs', 'President', 'president')], ['Ruritania —met→ Freedonia']],
    ['no owner when another person holds the office there', 'Ruritania hosted talks in Ruritania. Ruritanian President Ana Kos greeted President Jo Bloggs.', [ruritania, ana, jo], [role('Ana Kos', 'Ruritanian President', 'president', 'Ruritania'), role('Jo Bloggs', 'President', 'president')], ['Ana Kos —president of→ Ruritania', 'Ana Kos —greeted→ Jo Bloggs']],
    ['the only country named owns the title, even named once', 'Demand fell in Ruritania. Finance Minister Jo Bloggs spoke.', [ruritania, jo], [role('Jo Bloggs', 'Finance Minister', 'finance minister')], ['Jo Bloggs —finance minister of→ Ruritania']],
    ['a person with no national office does not set a leader against the country', "Ruritania's opposition leader Jo Bloggs took office as prime minister, serving beside President Ana Kos in a coalition. Freedonia sent an envoy.", [ruritania, freedonia, jo, ana], [role('Ana Kos', 'President', 'president')], ['Jo Bloggs —opposition leader of→ Ruritania', 'Ana Kos —president of→ Ruritania']],
    ["… but a state's bare leader does", 'Freedonia voted. Freedonia waited. Ruritanian leader Ana Kos met Prime Minister Jo Bloggs.', [ruritania, freedonia, jo, ana], [role('Jo Bloggs', 'Prime Minister', 'prime minister')], ['Ana Kos —leader of→ Ruritania', 'Jo Bloggs —prime minister of→ Freedonia', 'Ana Kos —met→ Jo Bloggs']],
    ['no owner when a second country is named as often', 'Demand fell in Ruritania and Freedonia. Finance Minister Jo Bloggs spoke.', [ruritania, freedonia, jo], [role('Jo Bloggs', 'Finance Minister', 'finance minister')], []],
    ['a counterpart\'s country is not the person\'s: the other country named', 'Freedonia hosted the talks. Freedonia and Ruritania agreed. Foreign Minister Jo Bloggs met his Freedonian counterpart on Friday.', [freedonia, ruritania, jo], [role('Jo Bloggs', 'Foreign Minister', 'foreign minister')], ['Jo Bloggs —foreign minister of→ Ruritania', 'Freedonia —agreed with→ Ruritania', 'Jo Bloggs —met→ Freedonia']],
    ['a visit\'s host and a deal\'s partner are not the person\'s country', 'Freedonia welcomed the visit. Freedonia and Ruritania signed pacts. Prime Minister Jo Bloggs signed a deal with the Freedonian government on his visit to Freedonia.', [freedonia, ruritania, jo], [role('Jo Bloggs', 'Prime Minister', 'prime minister')], ['Jo Bloggs —prime minister of→ Ruritania', 'Freedonia —signed pacts with→ Ruritania', 'Jo Bloggs —signed deal with→ Freedonia']],
    ['a country named only as the place of the sentence does not own the title', 'Ruritania denied the report. Ruritania was angry. Talking to reporters in Freedonia, former President Jo Bloggs denied it.', [ruritania, freedonia, jo], [role('Jo Bloggs', 'former President', 'former president')], ['Jo Bloggs —former president of→ Ruritania']],
    ['a state adjective before another noun is no partner ("to a Freedonian importer")', "Freedonia eased its curbs, Ruritania's trade minister said. Trade Minister Jo Bloggs welcomed the permit given to a Freedonian importer.", [freedonia, ruritania, jo], [role('Jo Bloggs', 'Trade Minister', 'trade minister')], ['Jo Bloggs —trade minister of→ Ruritania']],
    ['a bare leader, in a story about a country', 'FORTVILLE, Ruritania -- The envoy arrived in Ruritania on Saturday for a summit with leader Jo Bloggs.', [ruritania, L('Fortville'), jo], [role('Jo Bloggs', 'leader', 'leader')], ['Jo Bloggs —leader of→ Ruritania']],
    ['a supreme leader', 'Ruritania votes. Ruritania waits. Supreme Leader Jo Bloggs spoke.', [ruritania, jo], [role('Jo Bloggs', 'Supreme Leader', 'supreme leader')], ['Jo Bloggs —supreme leader of→ Ruritania']],
    ['a bare office after "has been"', 'Ruritania votes. Ruritania waits. Jo Bloggs has been president since 2005.', [ruritania, jo], [], ['Jo Bloggs —president of→ Ruritania']],
    ['a bare office after "as"', 'Ruritania votes. Ruritania waits. Critics sought the removal of Jo Bloggs as prime minister.', [ruritania, jo], [], ['Jo Bloggs —prime minister of→ Ruritania']],
    ['no office for "a president"', 'Ruritania votes. Ruritania waits. Jo Bloggs is a president.', [ruritania, jo], [], []],
    ['no guessed office for one held of something named', 'Ruritania votes. Ruritania waits. Jo Bloggs was president of the club.', [ruritania, jo], [], []],
    ['a person met on a visit is of the country visited', 'Ruritania mourned. Ruritania and Freedonia spoke. Jo Bloggs flew to Ruritania to meet with Prime Minister Ana Kos.', [ruritania, freedonia, jo, ana], [role('Ana Kos', 'Prime Minister', 'prime minister')], ['Ana Kos —prime minister of→ Ruritania', 'Jo Bloggs —flew to→ Ruritania', 'Jo Bloggs —met→ Ana Kos']],
    ['… but not a person the traveller spoke with before leaving', 'Freedonia mourned. Freedonia and Ruritania spoke. Jo Bloggs said he was going on a trip to Ruritania and that he had a discussion with Prime Minister Ana Kos before leaving.', [ruritania, freedonia, jo, ana], [role('Ana Kos', 'Prime Minister', 'prime minister')], ['Ana Kos —prime minister of→ Freedonia', 'Jo Bloggs —visited→ Ruritania', 'Jo Bloggs —had discussion with→ Ana Kos']],
    ['no guess from a country named only in a place\'s address', 'Freedonia pledged help. Freedonia and Ruritania agreed. After meeting Planning Minister Jo Bloggs at the bank offices in Fortville, Ruritania, the envoy promised more loans to Freedonia.', [ruritania, freedonia, L('Fortville'), jo], [role('Jo Bloggs', 'Planning Minister', 'planning minister')], ['Fortville —located in→ Ruritania', 'Freedonia —agreed with→ Ruritania']],
    ['a bare title takes the owner of an earlier "<country>\'s foreign minister"', "Ruritania's foreign minister denied the report. Freedonia and Freedonia's press disagreed. Minister Jo Bloggs spoke on Monday.", [ruritania, freedonia, jo], [role('Jo Bloggs', 'Minister', 'minister')], ['Jo Bloggs —minister of→ Ruritania']],
  ])('%s', (_rule, body, entities, roles, expected) => {
    expect(relationsIn(body, entities, roles)).toEqual(expected);
  });
});

describe('bodies that cannot own a title left unsaid', () => {
  const afp = O('Harbour Press Agency', 'HPA');
  it.each<Row>([
    ['a news medium reporting the sentence', 'The deal was signed by chief Jo Bloggs and Ana Kos, an HPA correspondent said.', [afp, jo, ana], [role('Jo Bloggs', 'chief', 'chief')], []],
    ['a body of another kind than the one the title names', 'The Acme Council met twice. The Acme Council agreed. The deal was signed by rebel chief Jo Bloggs.', [O('Acme Council'), jo], [role('Jo Bloggs', 'chief', 'chief')], []],
  ])('%s', (_rule, body, entities, roles, expected) => {
    expect(relationsIn(body, entities, roles).filter((r) => r.includes('chief'))).toEqual(expected);
  });

  it.each<Row>([
    ["a medium's own journalist", 'The deal was signed, HPA correspondent Jo Bloggs said.', [afp, jo], [role('Jo Bloggs', 'correspondent', 'correspondent')], ['Jo Bloggs —correspondent of→ Harbour Press Agency']],
    ['a body named before the noun of its kind', 'The Acme Union met. Acme party chief Jo Bloggs said so.', [O('Acme Union', 'Acme'), jo], [role('Jo Bloggs', 'chief', 'chief')], ['Jo Bloggs —chief of→ Acme Union']],
    ['a people\'s name, the kind of body, then the title', 'The Acme movement fought on. Talks stalled. The envoy met Acme rebel chief Jo Bloggs and Ana Kos.', [O('Acme movement'), jo, ana], [role('Jo Bloggs', 'chief', 'chief')], ['Jo Bloggs —chief of→ Acme movement']],
    ['a rebel group named for the rebel chief', 'The Acme Liberation Front fought on. The deal was signed by rebel chief Jo Bloggs.', [O('Acme Liberation Front'), jo], [role('Jo Bloggs', 'chief', 'chief')], ['Jo Bloggs —chief of→ Acme Liberation Front']],
  ])('still finds %s', (_rule, body, entities, roles, expected) => {
    expect(relationsIn(body, entities, roles).filter((r) => r.includes('—correspondent') || r.includes('—chief'))).toEqual(expected);
  });
});

describe('past office-holders', () => {
  it.each<Row>([
    ['"late" with an adjective between', 'Ruritania votes today. Ruritania has changed since an uprising ousted late autocratic president Jo Bloggs.', [ruritania, jo], [role('Jo Bloggs', 'president', 'president')], ['Jo Bloggs —former president of→ Ruritania']],
    ['"then-"', 'Ruritania signed the pact in Ruritania. It was signed by then-foreign minister Jo Bloggs.', [ruritania, jo], [role('Jo Bloggs', 'foreign minister', 'foreign minister')], ['Jo Bloggs —former foreign minister of→ Ruritania']],
  ])('%s', (_rule, body, entities, roles, expected) => {
    expect(relationsIn(body, entities, roles)).toEqual(expected);
  });
});

describe('roles in appositions and clauses', () => {
  it.each<Row>([
    ['two owners, a plural title, two names: each holds the title of the owner in the same place', 'The Ruritanian and Freedonian presidents, Jo Bloggs and Ana Kos, met.', [ruritania, freedonia, jo, ana], [], ['Jo Bloggs —president of→ Ruritania', 'Ana Kos —president of→ Freedonia', 'Jo Bloggs —met→ Ana Kos']],
    ['talks between two owners\' title holders are talks between the people', 'Hopes rose after talks between the Ruritanian and Freedonian presidents, Jo Bloggs and Ana Kos.', [ruritania, freedonia, jo, ana], [], ['Jo Bloggs —president of→ Ruritania', 'Ana Kos —president of→ Freedonia', 'Ruritania —held talks with→ Freedonia', 'Jo Bloggs —held talks with→ Ana Kos']],
    ['a remit naming a state, then the body that holds the office', 'Jo Bloggs, director general for Freedonian nuclear affairs at the Acme Ministry, met Ana Kos.', [freedonia, O('Acme Ministry'), jo, ana], [], ['Jo Bloggs —director general of→ Acme Ministry', 'Jo Bloggs —met→ Ana Kos']],
    ['an envoy for a remit that names nothing', 'Jo Bloggs met Ana Kos, the Ruritanian special envoy for the border talks.', [ruritania, jo, ana], [], ['Ana Kos —special envoy of→ Ruritania', 'Jo Bloggs —met→ Ana Kos']],
    ['a possessive owner after a copula', "Jo Bloggs was Ruritania's foreign minister.", [ruritania, jo], [], ['Jo Bloggs —foreign minister of→ Ruritania']],
    ['an adjective owner after a copula', 'Jo Bloggs is the Ruritanian foreign minister.', [ruritania, jo], [], ['Jo Bloggs —foreign minister of→ Ruritania']],
    ['a counterpart after a copula', "Jo Bloggs was Ruritania's foreign minister and Ana Kos was his Freedonian counterpart.", [ruritania, freedonia, jo, ana], [], ['Jo Bloggs —foreign minister of→ Ruritania', 'Ana Kos —counterpart from→ Freedonia']],
    ['a posting after a copula', "Jo Bloggs was Ruritania's ambassador to Freedonia.", [ruritania, freedonia, jo], [], ['Jo Bloggs —ambassador of→ Ruritania', 'Jo Bloggs —ambassador to→ Freedonia']],
    ['no role for a profession after a copula', 'Jo Bloggs is a Ruritanian lawyer.', [ruritania, jo], [], []],
    ['an ambassador to a state right before the name, with no comma', 'The Ruritanian Ambassador to Freedonia Jo Bloggs confirmed the visit.', [ruritania, freedonia, jo], [], ['Jo Bloggs —ambassador of→ Ruritania', 'Jo Bloggs —ambassador to→ Freedonia']],
    ['"by" and an -ing word open a clause of the subject', 'President Jo Bloggs, who triggered the crisis by firing Prime Minister Ana Kos, spoke.', [jo, ana], [role('Jo Bloggs', 'President', 'president'), role('Ana Kos', 'Prime Minister', 'prime minister')], ['Jo Bloggs —fired→ Ana Kos']],
    ['an ambassador to a state named before the name', 'The Ruritanian Ambassador to Freedonia, Jo Bloggs, confirmed the visit.', [ruritania, freedonia, jo], [], ['Jo Bloggs —ambassador of→ Ruritania', 'Jo Bloggs —ambassador to→ Freedonia']],
    ['"presidential spokesman" speaks for the president the article names', 'Ruritanian President, Jo Bloggs, will speak on Monday, presidential spokesman, Ana Kos, said.', [ruritania, jo, ana], [], ['Jo Bloggs —president of→ Ruritania', 'Ana Kos —spokesman of→ Jo Bloggs']],
    ['adjectives between "of the" and the owner', 'Jo Bloggs was elected leader of the governing Blue Party in May.', [jo, O('Blue Party')], [], ['Jo Bloggs —leader of→ Blue Party']],
    ['a passive agent after a title\'s modifiers', 'The Blue Party, led by former President Jo Bloggs, won.', [O('Blue Party'), jo], [role('Jo Bloggs', 'President', 'president')], ['Jo Bloggs —leads→ Blue Party']],
    ['"the country\'s" before a title the entity stage found', "Ruritania changed ministers, according to the country's Undersecretary of the Interior Jo Bloggs.", [ruritania, jo], [role('Jo Bloggs', 'Undersecretary of the Interior', 'undersecretary of the interior')], ['Jo Bloggs —undersecretary of the interior of→ Ruritania']],
    ['people listed "from" their countries', 'The envoys are Jo Bloggs from Ruritania and Ana Kos from Freedonia.', [jo, ruritania, ana, freedonia], [], ['Jo Bloggs —from→ Ruritania', 'Ana Kos —from→ Freedonia']],
    ['"the newly appointed" before a title in apposition', 'The council met Jo Bloggs, the newly appointed secretary general of the Blue League.', [jo, O('Blue League')], [], ['Jo Bloggs —secretary general of→ Blue League']],
    ['stepping down from an office', 'Jo Bloggs stepped down as president of Ruritania in May.', [jo, ruritania], [], ['Jo Bloggs —former president of→ Ruritania']],
    ['"the party head" is the party just named', 'The Blue Party won the vote. Jo Bloggs, the party head, thanked voters.', [O('Blue Party'), jo], [], ['Jo Bloggs —head of→ Blue Party']],
    ['"the country\'s <title>"', 'Ruritania closed its border. Jo Bloggs, the country\'s interior minister, said so.', [ruritania, jo], [], ['Jo Bloggs —interior minister of→ Ruritania']],
    ['apposition without an article', 'Jo Bloggs, head of Acme, resigned.', [jo, O('Acme')], [], ['Jo Bloggs —head of→ Acme']],
    ['title of owner, then the name', 'The head of the Acme Council, Jo Bloggs, said no.', [O('Acme Council'), jo], [], ['Jo Bloggs —head of→ Acme Council']],
    ['appointed as', 'Jo Bloggs, appointed in 2020 as Governor of the Acme Bank, spoke.', [jo, O('Acme Bank')], [], ['Jo Bloggs —governor of→ Acme Bank']],
    ['"whose leader"', 'The Blue Front, whose leader, Jo Bloggs, was arrested, called a strike.', [O('Blue Front'), jo], [], ['Jo Bloggs —leader of→ Blue Front']],
    ['"its leader" is the organisation, not the country', 'In Ruritania the Blue Front and its leader, Jo Bloggs, were banned.', [ruritania, O('Blue Front'), jo], [], ['Jo Bloggs —leader of→ Blue Front']],
    ['a ministry official of the named ministry', 'Jo Bloggs, a senior Ruritanian finance ministry official, said so.', [jo, ruritania], [], ['Jo Bloggs —senior finance ministry official of→ Ruritania']],
    ['a leader named in a participial clause', 'The Blue Front rebels held Fortville. Troops stormed it, killing the rebel leader, Jo Bloggs, at dawn.', [O('Blue Front rebels'), L('Fortville'), jo], [], ['Jo Bloggs —leader of→ Blue Front rebels', 'Blue Front rebels —held→ Fortville']],
  ])('%s', (_rule, body, entities, roles, expected) => {
    expect(relationsIn(body, entities, roles)).toEqual(expected);
  });
});

describe('spokesmen of generic bodies', () => {
  it.each<Row>([
    ['"Army spokesman" speaks for the army named', 'The Ruritanian Armed Forces advanced. Army spokesman, Colonel Jo Bloggs, said so.', [O('Ruritanian Armed Forces'), jo], [role('Jo Bloggs', 'Colonel', 'colonel')], ['Jo Bloggs —spokesman of→ Ruritanian Armed Forces']],
    ['else for the country', 'Ruritania mobilised. Ruritania closed roads. Army spokesman, Colonel Jo Bloggs, said so.', [ruritania, jo], [role('Jo Bloggs', 'Colonel', 'colonel')], ['Jo Bloggs —army spokesman of→ Ruritania']],
  ])('%s', (_rule, body, entities, roles, expected) => {
    expect(relationsIn(body, entities, roles)).toEqual(expected);
  });
});

describe('places in places, events and their polarity', () => {
  const blue = O('Blue Front');
  it.each<Row>([
    ['a list of towns in a state', 'Shelling hit the towns of Fortville and Eastport in Westshire State.', [L('Fortville'), L('Eastport'), L('Westshire State')], [], ['Fortville —located in→ Westshire State', 'Eastport —located in→ Westshire State']],
    ['"<name> town in"', 'Rebels entered Fortville town in Ruritania.', [L('Fortville'), ruritania], [], ['Fortville —located in→ Ruritania']],
    ['attack by A on B', 'Police repelled an attack by the Blue Front on Fortville.', [blue, L('Fortville')], [], ['Blue Front —attacked→ Fortville']],
    ['sanctions imposed by A against B', 'Sanctions imposed by Freedonia against Ruritania took effect.', [freedonia, ruritania], [], ['Freedonia —sanctioned→ Ruritania']],
    ['took up arms against', 'The Blue Front took up arms against Ruritania in 2019.', [blue, ruritania], [], ['Blue Front —fought→ Ruritania']],
    ['merged to form', 'Acme and Initech merged in 2015 to form Globex.', [O('Acme'), O('Initech'), O('Globex')], [], ['Acme —merged with→ Initech', 'Acme —formed→ Globex', 'Initech —formed→ Globex']],
    ['competition between', 'The competition between Ruritania and Freedonia grew.', [ruritania, freedonia], [], ['Ruritania —competes with→ Freedonia']],
    ['held a rally in', 'The Blue Front held a rally in Fortville.', [blue, L('Fortville')], [], ['Blue Front —held rally in→ Fortville']],
    ['a trip to', "Bloggs's trip to Freedonia ended.", [jo, freedonia], [], ['Jo Bloggs —visited→ Freedonia']],
    ['not planning a visit', 'Jo Bloggs is not currently planning a new visit to Freedonia.', [jo, freedonia], [], []],
    ['a visit whose timing is unclear', 'The timing of his next visit to Freedonia was unclear, Jo Bloggs said.', [jo, freedonia], [], []],
    ['a negated verb', 'Jo Bloggs did not meet Ana Kos.', [jo, ana], [], []],
    ['an expected visit is kept', 'Jo Bloggs is expected to visit Freedonia.', [jo, freedonia], [], ['Jo Bloggs —expected to visit→ Freedonia']],
  ])('%s', (_rule, body, entities, roles, expected) => {
    expect(relationsIn(body, entities, roles)).toEqual(expected);
  });
});
