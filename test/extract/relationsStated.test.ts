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

  it('keeps the guess when nothing in the article contradicts it', () => {
    expect(roles('Chile welcomed new investors on Monday. President Ana Sorel said Chile would cut port fees. Chile expects more ships.')).toEqual([
      'Ana Sorel —president of→ Chile',
    ]);
  });
});
