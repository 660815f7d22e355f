// Table tests for where things are and where acts took place: a place after "in" or "at" that
// belongs to the verb (and so to its subject), and a place or site "in" a larger place. Every text
// is invented.
import { describe, expect, it } from 'vitest';
import { C, L, O, P, relationsIn, type EntitySpec } from './relationsHelpers.js';

type Row = [rule: string, body: string, entities: EntitySpec[], expected: string];

const jo = P('Jo Bloggs', 'Bloggs');
const ana = P('Ana Kos', 'Kos');
const acme = O('Acme Council');
const fortville = L('Fortville');
const westshire = L('Westshire Region');
const ruritania = C('Ruritania', 'Ruritanian');

describe('where an act took place', () => {
  it.each<Row>([
    ['right after the verb', 'Jo Bloggs and Ana Kos met in Fortville on Friday.', [jo, ana, fortville], 'Ana Kos —met in→ Fortville'],
    ['after the person the verb acts on', 'Jo Bloggs welcomed Ana Kos in Fortville last Friday.', [jo, ana, fortville], 'Jo Bloggs —welcomed in→ Fortville'],
    ['after "with" a person and a time', 'Jo Bloggs met with Ana Kos on Tuesday evening in Fortville.', [jo, ana, fortville], 'Jo Bloggs —met in→ Fortville'],
    ['after an event the verb holds and a date', 'The Acme Council held a rally on Thursday in Fortville.', [acme, fortville], 'Acme Council —held rally in→ Fortville'],
    ['at a place', 'Jo Bloggs gave a speech at Fortville.', [jo, fortville], 'Jo Bloggs —gave speech at→ Fortville'],
    ['in part of a country', 'Jo Bloggs campaigned in eastern Ruritania.', [jo, ruritania], 'Jo Bloggs —campaigned in→ Ruritania'],
    ['in a passive, for the one it happened to', 'Jo Bloggs was arrested in Fortville.', [jo, fortville], 'Jo Bloggs —was arrested in→ Fortville'],
    ['for the subject of the verb before "to"', 'Jo Bloggs agreed to meet Ana Kos next month in Fortville.', [jo, ana, fortville], 'Jo Bloggs —meet in→ Fortville'],
  ])('%s', (_rule, body, entities, expected) => {
    expect(relationsIn(body, entities)).toContain(expected);
  });

  it.each<[rule: string, body: string, entities: EntitySpec[]]>([
    ['a place after a noun describes the noun', 'Jo Bloggs voiced concern over the crisis in Ruritania.', [jo, ruritania]],
    ['a site in a place is not where the subject was', 'Militants stormed the military base in Fortville.', [P('Ana Kos'), fortville]],
    ['a place that names the noun after it', 'Jo Bloggs praised the progress in Fortville talks.', [jo, fortville]],
    ['a denied act', 'Jo Bloggs did not meet anyone in Fortville.', [jo, fortville]],
    ['a body the verb acts on is no person standing there', 'Jo Bloggs criticized the Acme Council in Fortville.', [jo, acme, fortville]],
  ])('%s', (_rule, body, entities) => {
    // No claim that the act took place there ("criticized in→ Fortville"); a path through the noun
    // the place describes ("voiced concern over crisis in→ Ruritania") claims no more than the sentence.
    const venue = /—(?:was |were )?\p{L}+ (?:in|at)→ (?:Fortville|Ruritania)$/u;
    expect(relationsIn(body, entities).filter((r) => venue.test(r))).toEqual([]);
  });
});

describe('a place or site in a larger place', () => {
  it.each<Row>([
    ['a site set off by a comma, then "the" and a compass word', 'Clashes broke out near the Acme camp, in the central Westshire Region.', [L('Acme camp'), westshire], 'Acme camp —located in→ Westshire Region'],
    ['an embassy in a city', 'Police guarded the Ruritanian embassy in Fortville all week.', [O('Ruritanian embassy'), fortville], 'Ruritanian embassy —located in→ Fortville'],
    ['in part of a region', 'Shelling hit Fortville in northern Westshire Region.', [fortville, westshire], 'Fortville —located in→ Westshire Region'],
    ['a named venue in a city', 'The event was held at the Acme Convention Centre in Fortville.', [O('Acme Convention Centre'), fortville], 'Acme Convention Centre —located in→ Fortville'],
    ['a named venue "at" a town', 'Cadets train at the Royal Acme Academy at Fortville.', [O('Royal Acme Academy'), fortville], 'Royal Acme Academy —located in→ Fortville'],
    ['a court in a city', 'The Federal Court in Fortville upheld the ruling.', [O('Federal Court'), fortville], 'Federal Court —located in→ Fortville'],
    ['a body used as a venue', 'The results were announced at the Acme Union in Fortville.', [O('Acme Union'), fortville], 'Acme Union —located in→ Fortville'],
    ['a named event in a city', 'The plan will be discussed at the Acme Summit in Fortville.', [{ name: 'Acme Summit', type: 'OTHER', forms: [] }, fortville], 'Acme Summit —held in→ Fortville'],
  ])('%s', (_rule, body, entities, expected) => {
    expect(relationsIn(body, entities)).toContain(expected);
  });

  it('does not place a body that is no site', () => {
    expect(relationsIn('The Acme Council in Fortville voted.', [acme, fortville])).not.toContain('Acme Council —located in→ Fortville');
    expect(relationsIn('Jo Bloggs met the Acme Council at Fortville.', [jo, acme, fortville])).not.toContain('Acme Council —located in→ Fortville');
  });
});
