import type { SegmentedArticle } from '../ingest/types.js';
import type { LocalEntity, LocalRelation } from './types.js';

/** Relations between entities of one article, with evidence. (Being built: returns none yet.) */
export function extractRelations(_article: SegmentedArticle, _entities: readonly LocalEntity[]): LocalRelation[] {
  return [];
}
