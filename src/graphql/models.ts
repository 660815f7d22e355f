// Parents of schema types the store does not hold as records (codegen mappers). They are
// computed by the resolver one hop up and keep ids, not nested records, like the store does.
import type { ArticleRecord, EntityRecord, MentionRecord, QuoteRecord, RelationRecord } from '../store/records.js';

/** `ArticleEntity`: one entity's mentions within one article. */
export interface ArticleEntityModel {
  entityId: string;
  mentions: readonly MentionRecord[];
}

/** `Role`: one title held of one entity, with every ROLE relation stating it. */
export interface RoleModel {
  title: string;
  ofId: string;
  relations: readonly RelationRecord[];
}

/** `RelatedEntity`: a neighbour of an entity in the co-mention and relation graph. */
export interface RelatedEntityModel {
  entityId: string;
  weight: number;
  sharedArticleCount: number;
  relationCount: number;
}

/** `SearchEdge`: a ranked hit; `terms` (MiniSearch's match info: term → fields) yields `matches` on demand. */
export interface SearchEdgeModel {
  cursor: string;
  node: ArticleRecord | EntityRecord | QuoteRecord;
  score: number;
  terms: Readonly<Record<string, readonly string[]>>;
}
