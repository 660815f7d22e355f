import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/ingest/analyzeArticle.js';

/** Role relations of an invented article, as "subject —predicate→ object". */
function roles(body: string): string[] {
  const { extraction } = analyzeArticle({ slug: 's', file: 's.txt', text: `Summit news\n\n${body}`, contentHash: 'h' });
  const name = (key: number) => extraction.entities[key]?.name;
  return extraction.relations.filter((r) => r.type === 'ROLE').map((r) => `${name(r.subjectKey)} —${r.predicate}→ ${name(r.objectKey)}`);
}

describe('a guessed title owner yields to what the article states', () => {
  it.each([
    [
      'the same person is stated to hold the title for another country',
      'Chile welcomed President Ana Sorel on Monday. Sorel, the president of Peru, spoke about trade with Chile. Chile and Peru signed a port agreement in Chile.',
      ['Ana Sorel —president of→ Peru'],
    ],
    [
      'another person is stated to hold the title for the guessed country',
      'Chile welcomed President Ana Sorel on Monday. Mario Vidal, the president of Chile, met her in Santiago. Chile and Peru signed a port agreement in Chile.',
      ['Mario Vidal —president of→ Chile'],
    ],
  ])('%s', (_case, body, expected) => {
    expect(roles(body)).toEqual(expected);
  });

  it.each([
    [
      'a ministry the minister heads is no rival to the country',
      'Chile cut port fees on Monday. Finance Minister Ana Sorel said Chile would cut fees again. The Ministry of Finance will publish the plan.',
      'Ana Sorel —finance minister of→ Chile',
    ],
    [
      'a former holder is no rival to the current one',
      'Chile cut port fees on Monday. The move was praised by former president Ana Sorel. Mario Vidal, the president of Chile, signed it. Chile expects more ships.',
      'Ana Sorel —former president of→ Chile',
    ],
  ])('keeps the guess: %s', (_case, body, kept) => {
    expect(roles(body)).toContain(kept);
  });

  it.each([
    ['qualifying a thing reported, in the possessive', 'Chile will review its aid. Chile spoke to donors. President Ana Sorel told reporters that Peru’s recent tests were regrettable.'],
    ['deep in the report', 'Chile will review its aid. Chile spoke to donors. President Ana Sorel said on Friday he was sending envoys to the border, arguing that Peru had been planning a test.'],
  ])('does not take a country named only in what the person reports: %s', (_case, body) => {
    expect(roles(body)).toEqual(['Ana Sorel —president of→ Chile']);
  });

  it('keeps the guess when nothing in the article contradicts it', () => {
    expect(roles('Chile welcomed new investors on Monday. President Ana Sorel said Chile would cut port fees. Chile expects more ships.')).toEqual([
      'Ana Sorel —president of→ Chile',
    ]);
  });
});

describe('portfolio titles and office-holders set against each other', () => {
  it.each([
    [
      'a portfolio listing several, with a lower-case word, before the name',
      'Chilean Minister of Energy, Industry and Mineral resources Ana Sorel opened the plant on Monday.',
      ['Ana Sorel —minister of energy, industry and mineral resources of→ Chile'],
    ],
    [
      'a portfolio with "the" and "and", then a comma and the name',
      "Peru's Minister of the Interior and Safety, Mario Vidal, spoke on Monday.",
      ['Mario Vidal —minister of the interior and safety of→ Peru'],
    ],
    [
      'a name, then the country and its minister with a portfolio',
      'The plan was drafted by Mario Vidal, the Peruvian Minister of Health and Welfare, on Monday.',
      ['Mario Vidal —minister of health and welfare of→ Peru'],
    ],
    [
      'signed "between" two ministers: the one without a country is of the other country',
      "Chile and Peru signed four deals in Chile. Chile hailed them. The last was signed between Minister of Water, Land and Natural Resources, Dr Ana Sorel and Mario Vidal, Peru's Minister of Health.",
      ['Mario Vidal —minister of health of→ Peru', 'Ana Sorel —minister of water land and natural resources of→ Chile'],
    ],
    [
      'a minister listed after his president serves the same state',
      'Chilean President Ana Sorel and Foreign Minister Mario Vidal visited Peru on Monday.',
      ['Ana Sorel —president of→ Chile', 'Mario Vidal —foreign minister of→ Chile'],
    ],
  ])('%s', (_case, body, expected) => {
    expect(roles(body)).toEqual(expected);
  });
});

/** All relations of an invented article, as "subject —predicate→ object". */
function relations(body: string): string[] {
  const { extraction } = analyzeArticle({ slug: 's', file: 's.txt', text: `Summit news\n\n${body}`, contentHash: 'h' });
  const name = (key: number) => extraction.entities[key]?.name;
  return extraction.relations.filter((r) => r.type !== 'ROLE').map((r) => `${name(r.subjectKey)} —${r.predicate}→ ${name(r.objectKey)}`);
}

describe('acts whose parties stand apart: a two-sided act in the passive, a visit to a place in a place, a meeting with a date before its "with"', () => {
  it.each([
    ['"by" two titled people, the passive\'s noun in the predicate', 'The memorandum was signed by Chilean Foreign Minister Ana Sorel and Peruvian Trade Minister Mario Vidal, reported the agency.', ['Ana Sorel —signed memorandum with→ Mario Vidal']],
    ['"between" two people, each after a title and a comma', "Next was an MoU on water, signed between Chile's Minister of Health, Ana Sorel and Peru's Minister of Trade, Mario Vidal.", ['Ana Sorel —signed mou with→ Mario Vidal']],
    ['"between" two states, in a relative clause, the place left out', 'The accord, which was signed between Chile and Peru in Fortville, ends tariffs.', ['Chile —signed accord with→ Peru']],
    ['one party alone is no two-sided act', 'The deal was signed by Chile in Lima.', []],
    ['a visit to a place in a place is a visit to the place', 'Ana Sorel on Sunday visited forward posts in the frontier district of Lima.', ['Ana Sorel —visited→ Lima']],
    ['a date between a meeting noun and its "with"', 'Ana Sorel spoke after her talks Saturday with Mario Vidal.', ['Ana Sorel —held talks with→ Mario Vidal']],
    ['a time and a place between a meeting noun and its "with"', "It follows Ana Sorel's talks last week in Fortville with Mario Vidal.", ['Ana Sorel —held talks with→ Mario Vidal']],
  ])('%s', (_case, body, expected) => {
    expect(relations(body)).toEqual(expected);
  });
});
