import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Gateway } from '../../src/graphql/createGateway.js';
import { loadCorpus } from '../../src/ingest/loadCorpus.js';
import { request, testGateway } from './request.js';

// The real pipeline end to end on an invented article whose headline quotes its speaker: the quote
// is served with `field: TITLE` and offsets into the headline, beside the body's quotes.
const HEADLINE = 'Roe: election result ‘rigged from the start’';
const BODY = 'Opposition leader Jan Roe said on Monday that the vote had been rigged.\n\n“We will appeal to the court,” Roe told reporters in Lima.';

let dir: string;
let gateway: Gateway;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'headline-quotes-'));
  await writeFile(join(dir, 'vote.txt'), `${HEADLINE}\n\n${BODY}\n`);
  const { store } = await loadCorpus(dir, { snapshotDir: false });
  gateway = testGateway(store);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('quotes in the headline', () => {
  it('are served first, with field TITLE and offsets into the title, and their speaker', async () => {
    const result = await request(gateway, /* GraphQL */ `{ article(slug: "vote") { title body quotes { text field start end speaker { name } } } }`);
    expect(result.errors).toBeUndefined();
    const article = (result.data as { article: { title: string; body: string; quotes: { text: string; field: 'TITLE' | 'BODY'; start: number; end: number; speaker: { name: string } | null }[] } }).article;
    expect(article.quotes.map((q) => [q.field, q.text, q.speaker?.name])).toEqual([
      ['TITLE', 'rigged from the start', 'Jan Roe'],
      ['BODY', 'We will appeal to the court,', 'Jan Roe'],
    ]);
    for (const q of article.quotes) expect((q.field === 'TITLE' ? article.title : article.body).slice(q.start, q.end)).toBe(q.text);
  });
});
