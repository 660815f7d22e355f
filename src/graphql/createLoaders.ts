import DataLoader from 'dataloader';
import type { CoMention, Store } from '../store/Store.js';
import type {
  ArticleRecord,
  EntityRecord,
  MentionRecord,
  QuoteRecord,
  RelationRecord,
} from '../store/records.js';

/**
 * Every hop between records goes through one of these, so a nested query costs one batch per
 * hop and level instead of one lookup per parent. Record loaders yield null for an unknown id;
 * index loaders yield an empty list for an id with nothing attached.
 */
export interface Loaders {
  article: DataLoader<string, ArticleRecord | null>;
  entity: DataLoader<string, EntityRecord | null>;
  mention: DataLoader<string, MentionRecord | null>;
  quote: DataLoader<string, QuoteRecord | null>;
  relation: DataLoader<string, RelationRecord | null>;
  mentionsByArticle: DataLoader<string, readonly MentionRecord[]>;
  quotesByArticle: DataLoader<string, readonly QuoteRecord[]>;
  relationsByArticle: DataLoader<string, readonly RelationRecord[]>;
  mentionsByEntity: DataLoader<string, readonly MentionRecord[]>;
  articleIdsByEntity: DataLoader<string, readonly string[]>;
  quotesBySpeaker: DataLoader<string, readonly QuoteRecord[]>;
  relationsByEntity: DataLoader<string, readonly RelationRecord[]>;
  coMentionsByEntity: DataLoader<string, readonly CoMention[]>;
}

export type LoaderName = keyof Loaders;

export interface LoaderOptions {
  /** Called with each batch's keys, in order: lets tests and tracing see how a query was fetched. */
  onBatch?: (loader: LoaderName, keys: readonly string[]) => void;
}

const NONE: readonly never[] = Object.freeze([]);

/** Fresh loaders for one request: their caches must not outlive it (DataLoader README). */
export function createLoaders(store: Store, options: LoaderOptions = {}): Loaders {
  function lookup<V>(name: LoaderName, table: ReadonlyMap<string, V>): DataLoader<string, V | null>;
  function lookup<V>(name: LoaderName, table: ReadonlyMap<string, V>, missing: V): DataLoader<string, V>;
  function lookup<V>(name: LoaderName, table: ReadonlyMap<string, V>, missing: V | null = null) {
    return new DataLoader<string, V | null>(async (keys) => {
      options.onBatch?.(name, keys);
      return keys.map((key) => table.get(key) ?? missing);
    });
  }

  return {
    article: lookup('article', store.articles),
    entity: lookup('entity', store.entities),
    mention: lookup('mention', store.mentions),
    quote: lookup('quote', store.quotes),
    relation: lookup('relation', store.relations),
    mentionsByArticle: lookup('mentionsByArticle', store.mentionsByArticle, NONE),
    quotesByArticle: lookup('quotesByArticle', store.quotesByArticle, NONE),
    relationsByArticle: lookup('relationsByArticle', store.relationsByArticle, NONE),
    mentionsByEntity: lookup('mentionsByEntity', store.mentionsByEntity, NONE),
    articleIdsByEntity: lookup('articleIdsByEntity', store.articleIdsByEntity, NONE),
    quotesBySpeaker: lookup('quotesBySpeaker', store.quotesBySpeaker, NONE),
    relationsByEntity: lookup('relationsByEntity', store.relationsByEntity, NONE),
    coMentionsByEntity: lookup('coMentionsByEntity', store.coMentionsByEntity, NONE),
  };
}
