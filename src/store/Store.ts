import type {
  ArticleRecord,
  EntityRecord,
  IngestWarning,
  MentionRecord,
  QuoteRecord,
  RelationRecord,
} from './records.js';

export interface CoMention {
  entityId: string;
  /** Number of articles in which both entities are mentioned. */
  articleCount: number;
}

/**
 * The normalized knowledge store: read-only after `buildStore`, so every index can be
 * computed once and shared by all requests.
 */
export interface Store {
  /** Articles in corpus order (by slug). */
  readonly articleList: readonly ArticleRecord[];
  readonly articles: ReadonlyMap<string, ArticleRecord>;
  readonly entities: ReadonlyMap<string, EntityRecord>;
  readonly mentions: ReadonlyMap<string, MentionRecord>;
  readonly quotes: ReadonlyMap<string, QuoteRecord>;
  readonly relations: ReadonlyMap<string, RelationRecord>;

  // Indexes for every hop the API makes. Lists are in a stable order: article order, then offset.
  readonly mentionsByArticle: ReadonlyMap<string, readonly MentionRecord[]>;
  readonly quotesByArticle: ReadonlyMap<string, readonly QuoteRecord[]>;
  readonly relationsByArticle: ReadonlyMap<string, readonly RelationRecord[]>;
  readonly mentionsByEntity: ReadonlyMap<string, readonly MentionRecord[]>;
  /** Article ids an entity is mentioned in, in corpus order. */
  readonly articleIdsByEntity: ReadonlyMap<string, readonly string[]>;
  readonly quotesBySpeaker: ReadonlyMap<string, readonly QuoteRecord[]>;
  /** Relations where the entity is subject or object. */
  readonly relationsByEntity: ReadonlyMap<string, readonly RelationRecord[]>;
  /** Entities mentioned in the same articles, most shared articles first. */
  readonly coMentionsByEntity: ReadonlyMap<string, readonly CoMention[]>;

  /** Problems met while loading: skipped files, odd input. */
  readonly warnings: readonly IngestWarning[];
}
