import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/ingest/analyzeArticle.js';

function read(body: string): { entities: string[]; roles: string[] } {
  const { extraction } = analyzeArticle({ slug: 's', file: 's.txt', text: `Port news\n\n${body}`, contentHash: 'h' });
  const name = (key: number) => extraction.entities[key]?.name;
  return {
    entities: extraction.entities.map((e) => `${e.type} ${e.name}`),
    roles: extraction.relations.filter((r) => r.type === 'ROLE').map((r) => `${name(r.subjectKey)} —${r.predicate}→ ${name(r.objectKey)}`),
  };
}

describe('a modifier of time opening a sentence belongs to the title, not to a name', () => {
  it.each([
    ['Former president', 'Chile cut port fees on Monday. Former president Ana Sorel praised the move.', 'Ana Sorel —former president of→ Chile'],
    ['Outgoing president', 'Chile cut port fees. Outgoing president Ana Sorel praised the move.', 'Ana Sorel —outgoing president of→ Chile'],
    ['Ex-president', 'Chile cut port fees. Ex-president Ana Sorel praised the move.', 'Ana Sorel —former president of→ Chile'],
    ['Former, then a demonym', 'Chile cut port fees. Former Chilean president Ana Sorel praised the move.', 'Ana Sorel —former president of→ Chile'],
    ['Acting, then a capitalised title', 'Chile cut port fees. Acting Prime Minister Ana Sorel praised the move.', 'Ana Sorel —acting prime minister of→ Chile'],
  ])('%s', (_case, body, role) => {
    const { entities, roles } = read(body);
    expect(entities).toEqual(['COUNTRY Chile', 'PERSON Ana Sorel']);
    expect(roles).toEqual([role]);
  });

  it.each([
    ['"Late" opening a time phrase', 'Late on Monday, Chile cut port fees.'],
    ['"Then" opening a sentence', 'Then Chile cut port fees.'],
  ])('leaves other sentences alone: %s', (_case, body) => {
    expect(read(body).entities).toEqual(['COUNTRY Chile']);
  });
});

describe('a title before a comma and an honorific with its article', () => {
  it('gives the title to the name after ", the Hon."', () => {
    expect(read('Chile cut port fees. The Minister for Fisheries, the Hon. Ana Sorel, praised the move.').roles).toEqual(['Ana Sorel —minister for fisheries of→ Chile']);
  });
});
