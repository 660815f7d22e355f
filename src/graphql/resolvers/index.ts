import type { Store } from '../../store/Store.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { Article } from './Article.js';
import { ArticleEntity } from './ArticleEntity.js';
import { Corpus } from './Corpus.js';
import { Entity } from './Entity.js';
import { Highlight } from './Highlight.js';
import { Mention } from './Mention.js';
import { Node } from './Node.js';
import { createQueryResolvers } from './Query.js';
import { Quote } from './Quote.js';
import { RelatedEntity } from './RelatedEntity.js';
import { Relation } from './Relation.js';
import { Role } from './Role.js';
import { SearchEdge } from './SearchEdge.js';
import { SearchResult } from './SearchResult.js';
import { NonNegativeInt, CountryCode } from '../scalars.js';

/** The resolver map, one entry per schema type whose stored shape differs from the schema. */
export function createResolvers(store: Store): Resolvers {
  return {
    Query: createQueryResolvers(store),
    Node,
    SearchResult,
    Article,
    ArticleEntity,
    Highlight,
    Entity,
    Role,
    RelatedEntity,
    Mention,
    Quote,
    Relation,
    SearchEdge,
    Corpus,
    NonNegativeInt,
    CountryCode,
  };
}
