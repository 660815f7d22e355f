// Corpus-level resolution: one entity per real-world thing across articles. Invented texts.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/extractArticle.js';
import { parseArticle } from '../../src/ingest/parseArticle.js';
import { segment } from '../../src/ingest/segment.js';
import { resolveCorpus } from '../../src/resolve/resolveCorpus.js';

function corpus(...bodies: string[]) {
  const analyzed = bodies.map((body, i) => {
    const article = segment(parseArticle({ slug: `a${i}`, file: `a${i}.txt`, text: `Headline ${i}\n\n${body}\n`, contentHash: `h${i}` }));
    return { article, extraction: extractArticle(article) };
  });
  return resolveCorpus(analyzed);
}

const byName = (r: ReturnType<typeof corpus>, name: string) => r.entities.filter((e) => e.name === name);
const mentionTexts = (r: ReturnType<typeof corpus>, id: string) => r.mentions.filter((m) => m.entityId === id).map((m) => m.text);

describe('resolveCorpus', () => {
  it('merges the same person named in two articles', () => {
    const r = corpus('Chancellor Marta Lindqvist spoke in Oslo.', 'Marta Lindqvist later flew home.');
    expect(byName(r, 'Marta Lindqvist')).toHaveLength(1);
    expect(new Set(r.mentions.filter((m) => m.text === 'Marta Lindqvist').map((m) => m.entityId)).size).toBe(1);
  });

  it('merges a surname-only person with the one full name in the corpus', () => {
    const r = corpus('Finance Minister Karel Dobrev resigned.', 'Dobrev denied the report.');
    const [person] = byName(r, 'Karel Dobrev');
    expect(person?.type).toBe('PERSON');
    expect(mentionTexts(r, person!.id)).toEqual(['Karel Dobrev', 'Dobrev']);
    expect(person?.aliases).toEqual(expect.arrayContaining(['Karel Dobrev', 'Dobrev']));
  });

  it('leaves an ambiguous surname alone', () => {
    const r = corpus('Governor Ines Varga spoke.', 'Senator Paul Varga spoke.', 'Varga was absent.');
    expect(r.entities.filter((e) => e.type === 'PERSON' && e.name.endsWith('Varga')).map((e) => e.name).sort()).toEqual(['Ines Varga', 'Paul Varga']);
  });

  it('merges countries by ISO code whatever the surface form', () => {
    const r = corpus('The US imposed tariffs.', 'American troops left the base.', 'The United States objected.');
    const us = r.entities.filter((e) => e.isoCode === 'US');
    expect(us).toHaveLength(1);
    expect(us[0]).toMatchObject({ id: 'country:united-states', name: 'United States', type: 'COUNTRY' });
    expect(us[0]?.aliases).toEqual(expect.arrayContaining(['US', 'American', 'United States']));
  });

  it('votes the type across articles', () => {
    const r = corpus('Shares of lender Dravik rose.', 'Dravik said nothing.');
    expect(r.entities.filter((e) => e.name === 'Dravik').map((e) => e.type)).toEqual(['ORGANIZATION']);
  });

  it('gives stable ids that do not depend on article order', () => {
    const a = corpus('Kenya and Uganda met in Nairobi.', 'Uganda hosted Rwanda.');
    const b = corpus('Uganda hosted Rwanda.', 'Kenya and Uganda met in Nairobi.');
    const ids = (r: ReturnType<typeof corpus>) => r.entities.map((e) => e.id).sort();
    expect(ids(a)).toEqual(ids(b));
    expect(ids(a)).toEqual(['country:kenya', 'country:rwanda', 'country:uganda', 'location:nairobi']);
  });
});
