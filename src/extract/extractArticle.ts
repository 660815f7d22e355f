import type { SegmentedArticle } from '../ingest/types.js';
import { withHeadlineMentions } from './entities/headlineMentions.js';
import { extractEntities } from './extractEntities.js';
import { extractQuotes } from './extractQuotes.js';
import { extractRelations } from './extractRelations.js';
import type { ArticleExtraction } from './types.js';

/** The per-article extraction recipe: entities first, since quotes and relations point at them; headline mentions last. */
export function extractArticle(article: SegmentedArticle): ArticleExtraction {
  const entities = extractEntities(article);
  const quotes = extractQuotes(article, entities);
  const relations = extractRelations(article, entities);
  // Headline mentions last: quotes and relations see body offsets only.
  return { entities: withHeadlineMentions(article, entities), quotes, relations };
}
