import MiniSearch from 'minisearch';
import type { Store } from '../../store/Store.js';
import { SEARCH_FIELDS, searchFields, searchResultTypeOf, type SearchRecord } from './searchFields.js';

export interface SearchIndex {
  miniSearch: MiniSearch<SearchDocument>;
  /** Indexed records by document key, to turn hits back into store records. */
  records: ReadonlyMap<string, SearchRecord>;
}

interface SearchDocument {
  key: string;
  type: string;
  record: SearchRecord;
}

/** One MiniSearch index over articles, entities and quotes; built once per store (it is read-only). */
export function createSearchIndex(store: Store): SearchIndex {
  const records = new Map<string, SearchRecord>();
  const documents: SearchDocument[] = [];
  const add = (record: SearchRecord) => {
    const type = searchResultTypeOf(record);
    // Store ids are unique per table only, so the key carries the type.
    const key = `${type}:${record.id}`;
    records.set(key, record);
    documents.push({ key, type, record });
  };
  store.articleList.forEach(add);
  store.entities.forEach(add);
  store.quotes.forEach(add);

  const miniSearch = new MiniSearch<SearchDocument>({
    idField: 'key',
    fields: [...SEARCH_FIELDS],
    storeFields: ['type'],
    extractField: (doc, field) => {
      if (field === 'key' || field === 'type') return doc[field];
      return searchFields(doc.record).find(([name]) => name === field)?.[1].join('\n');
    },
  });
  miniSearch.addAll(documents);
  return { miniSearch, records };
}
