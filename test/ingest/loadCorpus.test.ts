import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeCorpus } from '../../src/ingest/analyzeCorpus.js';
import { loadCorpus } from '../../src/ingest/loadCorpus.js';
import { readCorpus } from '../../src/ingest/readCorpus.js';

let dir: string;
let cache: string;

const story = (n: number) =>
  `Harbour council approves ferry line ${n}\n\nBy Jane Roe\n\n` +
  `The Harbour Council voted on Monday to open ferry line ${n} across the bay.\n\n` +
  `“We have waited ${n} years for this,” said Mayor Ana Lima.\n\n` +
  `Read more: Ferry fares to rise\n`;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'load-corpus-'));
  cache = await mkdtemp(join(tmpdir(), 'load-cache-'));
  for (let n = 1; n <= 6; n++) await writeFile(join(dir, `story-${n}.txt`), story(n));
  await writeFile(join(dir, 'empty.txt'), '');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await rm(cache, { recursive: true, force: true });
});

describe('loadCorpus', () => {
  it('loads every good article and reports the bad file by name', async () => {
    const { store, warnings, fromSnapshot } = await loadCorpus(dir, { snapshotDir: false });
    expect(store.articleList.map((a) => a.slug)).toEqual(['story-1', 'story-2', 'story-3', 'story-4', 'story-5', 'story-6']);
    expect(store.articles.get('story-2')).toMatchObject({ byline: 'Jane Roe', boilerplate: ['Read more: Ferry fares to rise'] });
    expect(warnings).toEqual([{ file: 'empty.txt', reason: 'empty file' }]);
    expect(fromSnapshot).toBe(false);
  });

  it('analyzes on worker threads with the same result, in the same order, as on one thread', async () => {
    const { texts } = await readCorpus(dir);
    const inline = await analyzeCorpus(texts, { workers: 1 });
    const threaded = await analyzeCorpus(texts, { workers: 2 });
    expect(threaded).toEqual(inline);
  });

  it('serves an unchanged corpus from its snapshot, and analyzes again once an article changes', async () => {
    const first = await loadCorpus(dir, { snapshotDir: cache });
    const second = await loadCorpus(dir, { snapshotDir: cache });
    expect([first.fromSnapshot, second.fromSnapshot]).toEqual([false, true]);
    expect([...second.store.articles.values()]).toEqual([...first.store.articles.values()]);
    expect([...second.store.entities.values()]).toEqual([...first.store.entities.values()]);
    expect(second.warnings).toEqual(first.warnings);

    await writeFile(join(dir, 'story-3.txt'), story(3).replace('Monday', 'Tuesday'));
    const third = await loadCorpus(dir, { snapshotDir: cache });
    expect(third.fromSnapshot).toBe(false);
    expect(third.store.articles.get('story-3')?.body).toContain('Tuesday');
  });
});
