import type { ArticleRecord, EntityRecord, QuoteRecord } from '../../store/records.js';
import type { SearchResultType } from '../generated/resolvers-types.js';

export type SearchRecord = ArticleRecord | EntityRecord | QuoteRecord;

/**
 * The searchable text of a record, per field, in `SearchMatch.field` order. A list field
 * (`aliases`) keeps its items apart so a match can say which item it is in.
 */
export function searchFields(record: SearchRecord): [field: string, texts: readonly string[]][] {
  if ('slug' in record) return [['title', [record.title]], ['lede', record.lede ? [record.lede] : []], ['body', [record.body]]];
  if ('aliases' in record) return [['name', [record.name]], ['aliases', record.aliases]];
  return [['text', [record.text]]];
}

export const SEARCH_FIELDS = ['title', 'lede', 'body', 'name', 'aliases', 'text'] as const;

export function searchResultTypeOf(record: SearchRecord): SearchResultType {
  if ('slug' in record) return 'ARTICLE';
  if ('aliases' in record) return 'ENTITY';
  return 'QUOTE';
}
