// Ingestion bench: loadCorpus on the generated corpus beside a compromise-only pass over the
// same texts, then a restart from the store snapshot in a fresh process.
import { fork } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { loadCorpus } from '../src/index.js';
import { readCorpus } from '../src/ingest/readCorpus.js';
import { snapshotKey, writeSnapshot } from '../src/ingest/snapshot.js';
import { benchStore, BENCH_ARTICLES, BENCH_SEED } from './benchStore.js';
import { writeCorpus } from './generateCorpus.js';

export interface Rate {
  seconds: number;
  articlesPerSecond: number;
  wordsPerSecond: number;
}

export interface IngestResult {
  articles: number;
  words: number;
  workers: number;
  ingest: Rate;
  compromise: Rate;
  restart: { seconds: number; processSeconds: number; heapBytes: number; heapBytesPerArticle: number; heapDeltaBytesPerArticle: number; rssBytes: number };
  store: string;
}

export async function runIngestBench(): Promise<IngestResult> {
  const { corpus } = benchStore();
  const dir = await writeCorpus(corpus, `news-bench-corpus-${BENCH_SEED}-${BENCH_ARTICLES}`);
  const articles = corpus.articles.length;
  const words = corpus.words;
  const rate = (seconds: number): Rate => ({ seconds, articlesPerSecond: articles / seconds, wordsPerSecond: words / seconds });
  console.log(`Ingestion: ${articles} articles, ${words} words in ${dir}`);

  let t0 = performance.now();
  const loaded = await loadCorpus(dir, { snapshotDir: false });
  const ingest = rate((performance.now() - t0) / 1000);
  const { store } = loaded;
  console.log(`  loadCorpus: ${ingest.seconds.toFixed(1)} s`);

  t0 = performance.now();
  for (const a of corpus.articles) nlp(a.text).json({ offset: true, terms: { offset: true } });
  const compromise = rate((performance.now() - t0) / 1000);
  console.log(`  compromise alone: ${compromise.seconds.toFixed(1)} s`);

  // The snapshot loadCorpus would have written, from the records just built (no second analysis).
  const snapshotDir = await mkdtemp(join(tmpdir(), 'news-bench-snapshot-'));
  try {
    const { texts } = await readCorpus(dir);
    await writeSnapshot(snapshotDir, await snapshotKey(texts, { maxFileBytes: undefined }), {
      articles: store.articleList,
      entities: [...store.entities.values()],
      mentions: [...store.mentions.values()],
      quotes: [...store.quotes.values()],
      relations: [...store.relations.values()],
      warnings: store.warnings,
    });
    const spawned = performance.now();
    const child = await restartChild(dir, snapshotDir);
    const processSeconds = (performance.now() - spawned) / 1000;
    if (!child.fromSnapshot) throw new Error('the restart did not use the snapshot');
    console.log(`  restart from snapshot: ${(child.loadMs / 1000).toFixed(2)} s (${processSeconds.toFixed(2)} s with process start)`);
    return {
      articles,
      words,
      workers: Math.min(8, (await import('node:os')).availableParallelism()),
      ingest,
      compromise,
      restart: {
        seconds: child.loadMs / 1000,
        processSeconds,
        heapBytes: child.heapBytes,
        heapBytesPerArticle: child.heapBytes / child.articles,
        heapDeltaBytesPerArticle: child.heapDeltaBytes / child.articles,
        rssBytes: child.rssBytes,
      },
      store: `${store.entities.size} entities, ${store.mentions.size} mentions, ${store.quotes.size} quotes, ${store.relations.size} relations (extraction as of this run)`,
    };
  } finally {
    await rm(snapshotDir, { recursive: true, force: true });
  }
}

interface RestartReport {
  fromSnapshot: boolean;
  loadMs: number;
  articles: number;
  heapBytes: number;
  heapDeltaBytes: number;
  rssBytes: number;
}

function restartChild(dir: string, snapshotDir: string): Promise<RestartReport> {
  const child = fork(fileURLToPath(new URL('./restart.ts', import.meta.url)), [dir, snapshotDir], {
    execArgv: ['--expose-gc', '--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (report: RestartReport) => resolve(report));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? undefined : reject(new Error(`restart process exited with ${code}`))));
  });
}
