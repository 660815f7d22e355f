// Table tests for title shapes read through both stages (entities, then relations), and for
// appositions the relation stage reads past an age or a describing noun. Every text is invented.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/extractArticle.js';
import { parseArticle } from '../../src/ingest/parseArticle.js';
import { segment } from '../../src/ingest/segment.js';
import { L, O, P, relationsIn, type EntitySpec } from './relationsHelpers.js';

/** "Subject —predicate→ Object" lines of the relations both stages read from a body. */
function pipelineRelations(body: string): string[] {
  const article = segment(parseArticle({ slug: 't', file: 't.txt', text: `A headline for the test\n\n${body}\n`, contentHash: 'h' }));
  const x = extractArticle(article);
  return x.relations.map((r) => `${x.entities[r.subjectKey]!.name} —${r.predicate}→ ${x.entities[r.objectKey]!.name}`);
}

describe('titles read through both stages', () => {
  it.each([
    ['a portfolio in capitals, then "minister" in lower case', 'Chilean Finance minister Jo Bloggs said on Monday that growth would slow.', 'Jo Bloggs —finance minister of→ Chile'],
    ['an organisation run into the title', 'Peru army spokesman Jo Bloggs said the patrol returned safely.', 'Jo Bloggs —spokesman of→ Peru army'],
    ['an organisation run into a past title', 'The former Peru army spokesman Jo Bloggs said the patrol returned safely.', 'Jo Bloggs —former spokesman of→ Peru army'],
    ['"of the" and an organisation\'s name after the title', 'Jo Bloggs, the newly elected Secretary General of the National Acme Platform (NAP), spoke on Monday.', 'Jo Bloggs —secretary general of→ National Acme Platform'],
    ['a title after the owner\'s short form in brackets, then the name', 'The Acme Reserve Bank (ARB) governor, Jo Bloggs, said rates would fall.', 'Jo Bloggs —governor of→ Acme Reserve Bank'],
    ['a name, then a title after the owner\'s short form in brackets', 'Jo Bloggs, the Acme Reserve Bank (ARB) governor, said rates would fall.', 'Jo Bloggs —governor of→ Acme Reserve Bank'],
    ['a coordinator after an abbreviation in brackets', 'Police detained Acme Farmers Network (AFN) coordinator Jo Bloggs on Friday.', 'Jo Bloggs —coordinator of→ Acme Farmers Network'],
    ['a titled name owning another title, for the owner', "Chilean President Jo Bloggs's press secretary Anna Berg spoke first.", 'Anna Berg —press secretary of→ Jo Bloggs'],
    ['a counterpart holds the title of the person before, for their own country', 'Chilean Foreign Minister Jo Bloggs met his Peruvian counterpart Ana Kos in Lima on Monday.', 'Ana Kos —foreign minister of→ Peru'],
    ['a title, a state in the possessive, the owner and its short form, then the name', "The leader of Peru's Acme National Party (ANP), Jo Bloggs, was arrested on Tuesday.", 'Jo Bloggs —leader of→ Acme National Party'],
    ['a title and its owner after a verb of saying, then the name', 'The deal was hailed, said chair of the Acme Party Jo Bloggs.', 'Jo Bloggs —chair of→ Acme Party'],
    ['a title and its owner opening a clause after a comma, then the name', 'The coalition is stronger, member of the Acme Party Jo Bloggs believes.', 'Jo Bloggs —member of→ Acme Party'],
    ['the kind of body before its name in an apposition', 'Police arrested Jo Bloggs, the leader of the main opposition party Acme, on Monday.', 'Jo Bloggs —leader of→ Acme'],
    ['a head not yet in office, before the name in apposition', "Peru's president-elect, Jo Bloggs, has reached a deal.", 'Jo Bloggs —president-elect of→ Peru'],
    ['a plural title with its owner, then two names (the first)', 'Chilean Deputy Foreign Ministers Jo Bloggs and Ana Kos were also present.', 'Jo Bloggs —deputy foreign minister of→ Chile'],
    ['a plural title with its owner, then two names (the second)', 'Chilean Deputy Foreign Ministers Jo Bloggs and Ana Kos were also present.', 'Ana Kos —deputy foreign minister of→ Chile'],
    ['a role with a remit before the name in apposition', 'The UN Under Secretary-General for Humanitarian Affairs, Ana Kos, said aid was blocked.', 'Ana Kos —under secretary-general for humanitarian affairs of→ United Nations'],
    ['a title for a country, with its owner before it', 'It was chaired by UN Special Envoy for Chile Jo Bloggs today.', 'Jo Bloggs —special envoy for→ Chile'],
    ['a title for a country, its owner kept apart', 'It was chaired by UN Special Envoy for Chile Jo Bloggs today.', 'Jo Bloggs —special envoy of→ United Nations'],
    ['a possessive owner, a title for a country, then the name', "Ana Kos's Special Representative for Chile, Jo Bloggs, came too.", 'Jo Bloggs —special representative for→ Chile'],
    ['a possessive owner of a title for a country', "Ana Kos's Special Representative for Chile, Jo Bloggs, came too.", 'Jo Bloggs —special representative of→ Ana Kos'],
    ['a qualified rank between the title and the name', "The pact was forged with Chile's military leader, Senior Gen. Jo Bloggs.", 'Jo Bloggs —military leader of→ Chile'],
    ['a titled second subject of a two-sided act', 'Jo Bloggs and rebel leader Ana Kos signed an agreement on Monday.', 'Jo Bloggs —signed agreement with→ Ana Kos'],
    ['a second subject titled with its body', 'Jo Bloggs and Acme rebel leader Ana Kos signed an agreement on Monday.', 'Jo Bloggs —signed agreement with→ Ana Kos'],
    ['subjects before another name one goes by', 'Jo Bloggs and rebel leader Ana Kos, better known as Kestrel, signed an agreement on Monday.', 'Jo Bloggs —signed agreement with→ Ana Kos'],
    ['a titled name owning another title, for its own title', "Chilean President Jo Bloggs's press secretary Anna Berg spoke first.", 'Jo Bloggs —president of→ Chile'],
    ['a lower-case word describing the owner before its name in an apposition', 'Jo Bloggs, leader of the hardline Acme union, spoke after the talks.', 'Jo Bloggs —leader of→ Acme'],
    ['a titled possessive owner opening an apposition', 'Jo Bloggs, Chilean President Ana Kos\'s special envoy to Peru, is leading the team.', 'Jo Bloggs —special envoy of→ Ana Kos'],
    ['a lower-case remit between a possessive owner and the title', "The team will meet President Ana Kos's peace adviser Jo Bloggs on Monday.", 'Jo Bloggs —peace adviser of→ Ana Kos'],
    ['a state\'s adjective before the plural naming the titled people, against the dateline', 'LIMA (AFP) – Chilean arch-foes President Jo Bloggs and rebel chief Ana Kos will sign a deal this week, a mediator said.\n\nPeru hosts the talks, Peru said.', 'Jo Bloggs —president of→ Chile'],
    ['a state after the titled name\'s "of"', 'Chile hosted the talks in Santiago, Chile. President Jo Bloggs of Peru met Chilean envoys there.', 'Jo Bloggs —president of→ Peru'],
    ['a plural title, then names each with its state (the first)', 'Presidents Jo Bloggs of Peru and Ana Kos of Chile will sign an accord on Monday.', 'Jo Bloggs —president of→ Peru'],
    ['a plural title, then names each with its state (the second)', 'Presidents Jo Bloggs of Peru and Ana Kos of Chile will sign an accord on Monday.', 'Ana Kos —president of→ Chile'],
    ['people listed with their states, as subjects of a two-sided act', 'Presidents Jo Bloggs of Peru and Ana Kos of Chile will sign an accord on Monday.', 'Jo Bloggs —will sign accord with→ Ana Kos'],
    ['two titled names sharing the state after the second (the first)', 'The envoys will attend, as will King Jo Bloggs and Queen Ana Kos of Spain.', 'Jo Bloggs —king of→ Spain'],
    ['two titled names sharing the state after the second (the second)', 'The envoys will attend, as will King Jo Bloggs and Queen Ana Kos of Spain.', 'Ana Kos —queen of→ Spain'],
  ])('%s', (_rule, body, expected) => {
    expect(pipelineRelations(body)).toContain(expected);
  });

  it.each([
    ['states listed after a plural title are its owners, not holders', 'The presidents of Brazil, Chile and Peru will attend the signing.', []],
    ['a state after a met person\'s "of" is theirs, not where the meeting was', 'Jo Bloggs met Ana Kos of Chile on Monday.', ['Jo Bloggs —met→ Ana Kos']],
  ])('%s', (_rule, body, expected) => {
    expect(pipelineRelations(body)).toEqual(expected);
  });

  it('keeps a youth wing\'s name whole before a title that is no minister\'s', () => {
    expect(pipelineRelations('Acme Youth chief Jo Bloggs also attended.')).toContain('Jo Bloggs —chief of→ Acme Youth');
  });
});

describe('appositions past an age or a describing noun', () => {
  const jo: EntitySpec = P('Jo Bloggs');
  it.each<[rule: string, body: string, entities: EntitySpec[], expected: string]>([
    ['an age between commas', 'The court heard Jo Bloggs, 52, the Acme commander, on Monday.', [jo, O('Acme')], 'Jo Bloggs —commander of→ Acme'],
    ['a post in part of a place', 'Jo Bloggs, the Acme commander in central Fortville, was killed.', [jo, O('Acme'), L('Fortville')], 'Jo Bloggs —commander in→ Fortville'],
    ['the owner named after a noun that describes it', 'Jo Bloggs, the chairman of the main opposition party, Acme, spoke first.', [jo, O('Acme')], 'Jo Bloggs —chairman of→ Acme'],
  ])('%s', (_rule, body, entities, expected) => {
    expect(relationsIn(body, entities)).toContain(expected);
  });

  it('does not take a person after a describing noun for its owner', () => {
    expect(relationsIn('Jo Bloggs, the chairman of the party, Ana Kos and others came.', [jo, P('Ana Kos')])).toEqual([]);
  });
});

describe('a role described with its state', () => {
  it('is not the holder of that role for another state', () => {
    const body = 'Peruvian Ambassador Jo Bloggs said the talks must "start again". Chile\'s ambassador said the border was "calm for now". Ambassador Ana Kos said more patrols would help.';
    const x = extractArticle(segment(parseArticle({ slug: 't', file: 't.txt', text: `A headline for the test\n\n${body}\n`, contentHash: 'h' })));
    expect(x.quotes.map((q) => (q.speakerKey === null ? null : x.entities[q.speakerKey]!.name))).toEqual(['Jo Bloggs', 'Ana Kos']);
  });
});

describe('a counterpart described later by title', () => {
  it('is the speaker the title and country describe', () => {
    const body = 'Prime Minister Jo Bloggs met his Peruvian counterpart Ana Kos in Lima. "We will build a bridge," the Peruvian prime minister said at the embassy.';
    const x = extractArticle(segment(parseArticle({ slug: 't', file: 't.txt', text: `A headline for the test\n\n${body}\n`, contentHash: 'h' })));
    expect(x.quotes.map((q) => (q.speakerKey === null ? null : x.entities[q.speakerKey]!.name))).toEqual(['Ana Kos']);
  });
});
