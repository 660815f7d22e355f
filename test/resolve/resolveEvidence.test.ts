// Corpus-level resolution by evidence: types voted by how sure each article was, names guessed as
// organisations joining a person's surname, acronyms and bare institutions across articles. Invented texts.
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
const entityOf = (r: ReturnType<typeof corpus>, text: string) => {
  const ids = new Set(r.mentions.filter((m) => m.text === text).map((m) => m.entityId));
  return r.entities.filter((e) => ids.has(e.id));
};

describe('resolution by evidence', () => {
  it.each([
    ['a name guessed as an outlet joins the one person with that surname', ['President Karel Tarkin spoke.', 'He told Tarkin nothing new.'], 'Tarkin', 'Karel Tarkin', 'PERSON'],
    ['an unknown subject joins the one person with that surname', ['Finance Minister Ilse Marrow resigned.', 'Marrow praised the vote on Monday.'], 'Marrow', 'Ilse Marrow', 'PERSON'],
    ['an acronym joins the organisation it spells in another article', ['The Harbour Trade Commission sued the firm.', 'The HTC declined to comment.'], 'HTC', 'Harbour Trade Commission', 'ORGANIZATION'],
    ['a bare Senate joins the named senate of its state', ['The Peruvian Senate approved the budget.', 'Peru was calm as the Senate met.'], 'Senate', 'Peruvian Senate', 'ORGANIZATION'],
  ])('%s', (_rule, bodies, text, name, type) => {
    const [e, ...rest] = entityOf(corpus(...bodies), text);
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ name, type });
  });

  it('a type the article was sure of outweighs more mentions guessed otherwise', () => {
    const r = corpus('Chairman Dravik spoke.', 'He told Dravik so. He told Dravik again. He told Dravik twice.');
    expect(entityOf(r, 'Dravik').map((e) => e.type)).toEqual(['PERSON']);
  });

  it('a bare Senate stays apart when its article names no state of a named senate', () => {
    const r = corpus('The Peruvian Senate approved the budget.', 'The Senate met in Velmora.');
    expect(entityOf(r, 'Senate').map((e) => e.name)).toEqual(['Senate']);
  });
});
