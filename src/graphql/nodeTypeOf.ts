import type { ArticleRecord, EntityRecord, MentionRecord, QuoteRecord, RelationRecord } from '../store/records.js';
import type { NodeType } from './globalId.js';

export type NodeRecord = ArticleRecord | EntityRecord | MentionRecord | QuoteRecord | RelationRecord;

/**
 * Schema type of a store record, for `Node.__resolveType` and `SearchResult.__resolveType`.
 * Records carry no type tag (they stay plain data), so each is told apart by a field only its
 * type has; the `in` checks narrow the union, so a renamed field fails type-checking here.
 */
export function nodeTypeOf(record: NodeRecord): NodeType {
  if ('slug' in record) return 'Article';
  if ('aliases' in record) return 'Entity';
  if ('predicate' in record) return 'Relation';
  if ('kind' in record) return 'Quote';
  return 'Mention';
}
