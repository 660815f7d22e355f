import type { SegmentedArticle } from '../ingest/types.js';
import type { LocalEntity, LocalQuote } from './types.js';

/** Direct quotations of one article, with speaker and speech verb. (Being built: returns none yet.) */
export function extractQuotes(_article: SegmentedArticle, _entities: readonly LocalEntity[]): LocalQuote[] {
  return [];
}
