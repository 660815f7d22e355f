// How a name is written with the words around it: a monarch's style, titles abbreviated with a stop,
// a state's name run into a person's, and a regional adjective that opens a known body's name. Names
// of people are invented; states and bodies are real where the lexicon is the point.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/ingest/analyzeArticle.js';

function read(body: string): { entities: string[]; roles: string[] } {
  const { extraction } = analyzeArticle({ slug: 's', file: 's.txt', text: `Palace news\n\n${body}`, contentHash: 'h' });
  const name = (key: number) => extraction.entities[key]?.name;
  return {
    entities: extraction.entities.map((e) => `${e.type} ${e.name}`),
    roles: extraction.relations.filter((r) => r.type === 'ROLE').map((r) => `${name(r.subjectKey)} —${r.predicate}→ ${name(r.objectKey)}`),
  };
}

describe("a monarch named by one given name goes by the style and the name", () => {
  it.each([
    ['a king after his state', "Jordan's King Tarik met the envoy.", 'PERSON King Tarik', 'King Tarik —king of→ Jordan'],
    ['a crown prince', 'Saudi Crown Prince Omar spoke on Monday.', 'PERSON Crown Prince Omar', 'Crown Prince Omar —crown prince of→ Saudi Arabia'],
  ])('%s', (_case, body, entity, role) => {
    const { entities, roles } = read(body);
    expect(entities).toContain(entity);
    expect(roles).toContain(role);
  });

  it("keeps a regnal numeral after a given name the tagger does not know", () => {
    expect(read('King Osmani III attended the ceremony.').entities).toEqual(['PERSON Osmani III']);
  });

  it('keeps a full name as it is', () => {
    expect(read("Spain's King Tarik Osman met the envoy.").entities).toContain('PERSON Tarik Osman');
  });

  it('leaves a surname after another title alone', () => {
    expect(read('President Kestrel met the envoy.').entities).toContain('PERSON Kestrel');
  });
});

describe('titles abbreviated with a stop', () => {
  it.each([
    ['"Pres." after a demonym', 'Egyptian Pres. Tarik Osman met the envoy.', 'Tarik Osman —president of→ Egypt'],
    ['"Sec-Gen." after a body', 'He met Arab League Sec-Gen. Tarik Osman on Monday.', 'Tarik Osman —secretary-general of→ Arab League'],
  ])('%s', (_case, body, role) => {
    const { entities, roles } = read(body);
    expect(entities).toContain('PERSON Tarik Osman');
    expect(roles).toContain(role);
  });

  it('reads ranks as honorifics, not as a title ("Brig. Gen.")', () => {
    expect(read('"We held," said army spokesman Brig. Gen. Tarik Osman.').entities).toEqual(['PERSON Tarik Osman']);
  });

  it('reads an abbreviation without its stop as a name ("Min")', () => {
    expect(read('The envoy met Min Tarik Osman in Hanoi.').entities).toContain('PERSON Min Tarik Osman');
  });
});

describe('names run together', () => {
  it("splits a state's name from the full name after it", () => {
    const { entities } = read('The commander of the militia in northern Mali Tarik Osman agreed to talks.');
    expect(entities).toEqual(expect.arrayContaining(['COUNTRY Mali', 'PERSON Tarik Osman']));
  });

  it('keeps a regional adjective opening a known body before a title at the start of a sentence', () => {
    const { roles } = read('Arab League Secretary-General Tarik Osman said the resolution was tough.');
    expect(roles).toEqual(['Tarik Osman —secretary-general of→ Arab League']);
  });
});

describe("a minister's title and the honorific before the name", () => {
  it('reads "Hon." as an honorific, not part of the name', () => {
    expect(read('The Minister for Fisheries, the Hon. Tarik Osman, met the envoy.').entities).toEqual(['PERSON Tarik Osman']);
  });

  it('reads "Hon" without a stop as part of a name ("Hon Velkor")', () => {
    expect(read('Hon Velkor said it would build a plant in Fortville.').entities.some((e) => e.endsWith(' Hon Velkor'))).toBe(true);
  });

  it("reads a minister's list of portfolios with no name after it as a title, not a body", () => {
    const { entities } = read('He met the Minister for Ports, Roads and Coastal Services, the Hon. Tarik Osman, on Monday.');
    expect(entities).toEqual(['PERSON Tarik Osman']);
  });
});

describe('family names that are also title or place words', () => {
  it.each([
    ['a title word before a generational suffix', 'Jo Bishop Jr. met the envoy.', ['PERSON Jo Bishop Jr']],
    ['a title, a given name and a family name that is a place word', 'The envoy met National Security Adviser Anthony Lake on Monday.', ['PERSON Anthony Lake']],
  ])('%s', (_case, body, expected) => {
    expect(read(body).entities).toEqual(expected);
  });

  it('keeps a lake named before its place word a place', () => {
    expect(read('The envoy flew over Lake Kestrel on Monday.').entities).toEqual(['LOCATION Lake Kestrel']);
  });
});

describe('a maker named before a model', () => {
  it.each([
    ['a model written as one word', 'Ruritania will buy Kestrel Dynamics F-35 jets.', 'ORGANIZATION Kestrel Dynamics'],
    ['a model split at its hyphen', 'Ruritania will buy Kestrel Su-30 jets.', 'ORGANIZATION Kestrel'],
  ])('%s', (_case, body, maker) => {
    expect(read(body).entities).toContain(maker);
  });

  it("leaves a state's adjective before a model to the state", () => {
    expect(read('A Russian Su-24 crashed on Monday.').entities).not.toContain('ORGANIZATION Russian');
  });
});
