import type { SegmentedArticle } from '../ingest/types.js';
import type { LocalEntity } from './types.js';

/** Named entities of one article with every mention's offsets. (Being built: returns none yet.) */
export function extractEntities(_article: SegmentedArticle): LocalEntity[] {
  return [];
}
