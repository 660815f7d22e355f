import type { SegmentedArticle } from '../ingest/types.js';
import { withHeadlineMentions } from './entities/headlineMentions.js';
import { extractEntities } from './extractEntities.js';
import { extractQuotes } from './extractQuotes.js';
import { extractRelations } from './extractRelations.js';
import type { ArticleExtraction } from './types.js';

/** The per-article extraction recipe: entities first, since quotes and relations point at them; headline mentions last. */
export function extractArticle(article: SegmentedArticle): ArticleExtraction {
  const entities = extractEntities(article);
  // Headline mentions apart: relations and body quotes see body offsets only; headline quotes use them.
  const withHeadline = withHeadlineMentions(article, entities);
  const quotes = extractQuotes(article, entities, withHeadline);
  const relations = extractRelations(article, entities);
  return { entities: withHeadline, quotes, relations };
}
