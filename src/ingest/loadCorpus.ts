import { extractArticle } from '../extract/extractArticle.js';
import { resolveCorpus } from '../resolve/resolveCorpus.js';
import type { Store } from '../store/Store.js';
import { buildStore } from '../store/buildStore.js';
import type { IngestWarning } from '../store/records.js';
import { parseArticle } from './parseArticle.js';
import { readCorpus, type ReadCorpusOptions } from './readCorpus.js';
import { segment } from './segment.js';

export interface LoadedCorpus {
  store: Store;
  warnings: IngestWarning[];
}

/**
 * The ingestion recipe: read the folder, then per article parse → segment → extract,
 * then resolve entities across the corpus and build the store. Bad files become warnings.
 */
export async function loadCorpus(dir: string, options: ReadCorpusOptions = {}): Promise<LoadedCorpus> {
  const { texts, warnings } = await readCorpus(dir, options);
  const analyzed = texts.map((source) => {
    const article = segment(parseArticle(source));
    return { article, extraction: extractArticle(article) };
  });
  for (const { article } of analyzed) {
    for (const reason of article.warnings) warnings.push({ file: article.file, reason });
  }
  const store = buildStore({ ...resolveCorpus(analyzed), warnings });
  return { store, warnings };
}
