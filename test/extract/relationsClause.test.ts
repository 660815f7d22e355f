// Table tests for the rest of the clause: after every other rule, a verb's named subject and each
// name further on in the same clause, with the path from the verb to the name as the predicate.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { C, L, O, P, relationsIn, type EntitySpec } from './relationsHelpers.js';

type Row = [rule: string, body: string, entities: EntitySpec[], expected: string];

const jo = P('Jo Bloggs', 'Bloggs');
const ana = P('Ana Kos', 'Kos');
const acme = O('Acme Council');
const front = O('Acme Front');
const fortville = L('Fortville');
const ruritania = C('Ruritania', 'Ruritanian');
const freedonia = C('Freedonia', 'Freedonian');

describe('the rest of the clause', () => {
  it.each<Row>([
    ['the object noun and its preposition', 'Ruritania lodged a complaint over the conduct of Freedonia.', [ruritania, freedonia], 'Ruritania —lodged complaint over conduct of→ Freedonia'],
    ['a compound noun keeps its head', 'Jo Bloggs started peace efforts with the Acme Front in 1999.', [jo, front], 'Jo Bloggs —started efforts with→ Acme Front'],
    ['two prepositions, each with its noun', 'Jo Bloggs was briefed on the plans of the Acme Council.', [jo, acme], 'Jo Bloggs —was briefed on plans of→ Acme Council'],
    ['a modal stays in the predicate', 'Ruritania could count on the support of Freedonia.', [ruritania, freedonia], 'Ruritania —could count on support of→ Freedonia'],
    ['a time between the noun and its preposition', 'Jo Bloggs received a call on Friday from Ana Kos.', [jo, ana], 'Jo Bloggs —received call from→ Ana Kos'],
    ['a place noun in apposition is the place', 'Jo Bloggs gave an address in the town of Fortville.', [jo, fortville], 'Jo Bloggs —gave address in→ Fortville'],
    ['the subject of a reported clause', 'Jo Bloggs said Ruritania would seek the return of its envoy from Freedonia.', [jo, ruritania, freedonia], 'Ruritania —would seek return of envoy from→ Freedonia'],
    ['after a verb of intent, the subject of that verb', 'Jo Bloggs planned to seek the support of the Acme Council.', [jo, acme], 'Jo Bloggs —planned to seek support of→ Acme Council'],
    ['a general verb with a noun', 'Jo Bloggs made a direct appeal to the members of the Acme Council.', [jo, acme], 'Jo Bloggs —made appeal to members of→ Acme Council'],
    ['a verb of speech that acts on a noun', 'The Acme Council has condemned the attempted coup in Ruritania.', [acme, ruritania], 'Acme Council —condemned coup in→ Ruritania'],
    ['a participle after a possessive describes the noun', "The Acme Council has condemned Sunday's attempted coup in Ruritania.", [acme, ruritania], 'Acme Council —condemned coup in→ Ruritania'],
    ['a noun the tagger reads as a verb after a hyphenated modifier', 'Ruritania will hold its first-ever summit with its island allies in Fortville.', [ruritania, fortville], 'Ruritania —will hold summit with allies in→ Fortville'],
    ['a demonym qualifies the title after it', 'Ana Kos received the Ruritanian Trade Minister, Jo Bloggs, on Monday.', [ana, ruritania, jo], 'Ana Kos —received minister of→ Ruritania'],
  ])('%s', (_rule, body, entities, expected) => {
    expect(relationsIn(body, entities)).toContain(expected);
  });

  it.each<[rule: string, body: string, entities: EntitySpec[]]>([
    ['a verb of speech reports a clause', 'Jo Bloggs said the talks with the Acme Council would resume.', [jo, acme]],
    ['the clause ends at a comma', 'Jo Bloggs thanked the staff, who praised the Acme Council.', [jo, acme]],
    ['a denied act', 'Jo Bloggs did not sign the pact with the Acme Council.', [jo, acme]],
    ['a general verb with no noun states nothing', 'Jo Bloggs named Ana Kos chief executive.', [jo, ana]],
    ['a general verb with a time noun states nothing', 'Ruritania had a bad year in Freedonia.', [ruritania, freedonia]],
    ['an -ing word after a noun opens a clause about that noun', 'The conflict involving the Acme Council worsened.', [acme]],
    ['a comparison brings in no party', 'Ruritania grew faster than Freedonia.', [ruritania, freedonia]],
  ])('%s', (_rule, body, entities) => {
    expect(relationsIn(body, entities)).toEqual([]);
  });

  it.each<[rule: string, body: string, entities: EntitySpec[]]>([
    ['a place that names the noun after it', 'Jo Bloggs made progress in Fortville peace negotiations.', [jo, fortville]],
    ['a place that says where the body acted on is', 'Jo Bloggs criticized the Acme Council in Fortville.', [jo, acme, fortville]],
  ])('does not link %s', (_rule, body, entities) => {
    expect(relationsIn(body, entities).filter((r) => r.includes('→ Fortville'))).toEqual([]);
  });

  it('ends the clause at a second verb, which takes its own object', () => {
    expect(relationsIn('Jo Bloggs toured the plant and then inspected the Acme Council offices.', [jo, acme])).toEqual(['Jo Bloggs —inspected→ Acme Council']);
  });

  it('skips a name that only describes the next one', () => {
    const found = relationsIn('Jo Bloggs merged the firm with Ruritania rival Acme Council.', [jo, ruritania, acme]);
    expect(found).toContain('Jo Bloggs —merged with→ Acme Council');
    expect(found.filter((r) => r.startsWith('Jo Bloggs') && r.endsWith('→ Ruritania'))).toEqual([]);
  });
});
