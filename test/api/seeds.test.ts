import { beforeAll, describe, expect, it } from 'vitest';
import type { Gateway } from '../../src/graphql/createGateway.js';
import { loadCorpus } from '../../src/ingest/loadCorpus.js';
import { request, testGateway } from './request.js';

// The real pipeline end to end: seeds/ through loadCorpus into the gateway. Assertions are the
// API's own promises (offsets point into the body, pages cover the corpus), not extraction
// quality, which the scorer and the ingest tests judge.
let gateway: Gateway;

beforeAll(async () => {
  const { store } = await loadCorpus(new URL('../../seeds', import.meta.url).pathname, { snapshotDir: false });
  gateway = testGateway(store);
});

interface SeedArticle {
  slug: string;
  title: string;
  body: string;
  entities: { entity: { name: string }; mentions: { text: string; field: 'TITLE' | 'BODY'; start: number; end: number }[] }[];
  quotes: { text: string; field: string; start: number; end: number }[];
  relations: { evidence: string; evidenceStart: number; evidenceEnd: number }[];
  highlights: { start: number; end: number }[];
}

describe('the seed corpus through loadCorpus', () => {
  let articles: SeedArticle[];

  beforeAll(async () => {
    const result = await request(gateway, /* GraphQL */ `{ articles(first: 50) {
      totalCount pageInfo { hasNextPage }
      edges { node {
        slug title body
        entities { entity { name } mentions { text field start end } }
        quotes { text field start end }
        relations { evidence evidenceStart evidenceEnd }
        highlights { start end }
      } }
    } }`);
    expect(result.errors).toBeUndefined();
    const data = result.data as { articles: { totalCount: number; pageInfo: { hasNextPage: boolean }; edges: { node: SeedArticle }[] } };
    expect(data.articles).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: false } });
    articles = data.articles.edges.map((e) => e.node);
  });

  it('serves both seed articles by slug, with their headlines', () => {
    expect(articles.map((a) => [a.slug, a.title])).toEqual([
      ['000_97d8f3fe289c3ae7', 'Russia-Iran treaty includes military pact, threatens Israel'],
      ['004_1786c7b9cbb94b69', 'Iran, Russia expected to sign new strategic comprehensive agreement'],
    ]);
  });

  it('serves a cleaned body for every article, headline not repeated in it', () => {
    for (const a of articles) {
      expect(a.body.length).toBeGreaterThan(500);
      expect(a.body.startsWith(a.title)).toBe(false);
    }
  });

  it('gives offsets that point at the text they describe', () => {
    for (const a of articles) {
      for (const m of a.entities.flatMap((e) => e.mentions)) expect((m.field === 'TITLE' ? a.title : a.body).slice(m.start, m.end)).toBe(m.text);
      for (const q of a.quotes) expect((q.field === 'TITLE' ? a.title : a.body).slice(q.start, q.end)).toBe(q.text);
      for (const r of a.relations) expect(a.body.slice(r.evidenceStart, r.evidenceEnd)).toBe(r.evidence);
      a.highlights.slice(1).forEach((h, i) => expect(h.start).toBeGreaterThanOrEqual(a.highlights[i]!.end));
    }
  });
});
