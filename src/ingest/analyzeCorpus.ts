import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AnalyzedArticle } from '../resolve/resolveCorpus.js';
import { analyzeArticle } from './analyzeArticle.js';
import type { SourceText } from './types.js';

/** Below this many articles a worker's start-up (loading the NLP model) costs more than it saves. */
const MIN_ARTICLES_FOR_WORKERS = 64;
const MAX_WORKERS = 8;

export interface AnalyzeOptions {
  /** Worker threads to use; default: one per core for a large corpus, none for a small one. */
  workers?: number;
}

/** Analyzes every article, on worker threads when the corpus is large. Results keep input order. */
export async function analyzeCorpus(texts: readonly SourceText[], options: AnalyzeOptions = {}): Promise<AnalyzedArticle[]> {
  const workers = Math.min(
    options.workers ?? (texts.length >= MIN_ARTICLES_FOR_WORKERS ? availableParallelism() : 1),
    MAX_WORKERS,
    texts.length,
  );
  if (workers <= 1) return texts.map(analyzeArticle);
  const results = await Promise.all(balancedSlices(texts, workers).map(runWorker));
  return results.flat();
}

/** Contiguous slices of about equal text length, so the workers finish together and order is kept. */
function balancedSlices(texts: readonly SourceText[], count: number): SourceText[][] {
  const total = texts.reduce((sum, t) => sum + t.text.length, 0);
  const slices: SourceText[][] = [[]];
  let filled = 0;
  for (const text of texts) {
    const current = slices[slices.length - 1] as SourceText[];
    if (current.length > 0 && filled >= (total * slices.length) / count && slices.length < count) slices.push([text]);
    else current.push(text);
    filled += text.text.length;
  }
  return slices;
}

function runWorker(slice: SourceText[]): Promise<AnalyzedArticle[]> {
  return new Promise((resolve, reject) => {
    const worker = spawnAnalyzeWorker(slice);
    worker.once('message', (result: AnalyzedArticle[]) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`analysis worker stopped with exit code ${code}`));
    });
  });
}

function spawnAnalyzeWorker(slice: SourceText[]): Worker {
  const fromSource = import.meta.url.endsWith('.ts');
  const entry = new URL(fromSource ? './analyzeWorker.ts' : './analyzeWorker.js', import.meta.url);
  if (!fromSource) return new Worker(entry, { workerData: slice });
  // Running from TypeScript sources (tsx, vitest): workers do not inherit the loader, so
  // register tsx inside the worker before importing the entry.
  const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData: slice });
}
