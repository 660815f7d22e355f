import { buildStore } from '../src/store/buildStore.js';
import type { Store } from '../src/store/Store.js';
import { generateCorpus, type GeneratedCorpus } from './generateCorpus.js';

/** Size and seed of the bench corpus; every process of a run builds the same one from them. */
export const BENCH_ARTICLES = Number(process.env.BENCH_ARTICLES ?? 2000);
export const BENCH_SEED = 20240611;

let cached: { corpus: GeneratedCorpus; store: Store } | undefined;

/** The generated corpus and the store its templates imply (independent of extraction's progress). */
export function benchStore(): { corpus: GeneratedCorpus; store: Store } {
  if (!cached) {
    const corpus = generateCorpus({ articles: BENCH_ARTICLES, seed: BENCH_SEED });
    cached = { corpus, store: buildStore(corpus.store) };
  }
  return cached;
}
