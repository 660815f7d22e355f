import type { SegmentedArticle } from '../ingest/types.js';
import { extractEntities } from './extractEntities.js';
import { extractQuotes } from './extractQuotes.js';
import { extractRelations } from './extractRelations.js';
import type { ArticleExtraction } from './types.js';

/** The per-article extraction recipe: entities first, since quotes and relations point at them. */
export function extractArticle(article: SegmentedArticle): ArticleExtraction {
  const entities = extractEntities(article);
  return {
    entities,
    quotes: extractQuotes(article, entities),
    relations: extractRelations(article, entities),
  };
}
