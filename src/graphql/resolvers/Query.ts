import type { Store } from '../../store/Store.js';
import type { EntityRecord, QuoteRecord, RelationRecord } from '../../store/records.js';
import type { QueryResolvers } from '../generated/resolvers-types.js';
import type { Loaders } from '../createLoaders.js';
import { notFound } from '../errors.js';
import { fromGlobalId, storeIdOf, type NodeType } from '../globalId.js';
import { lazy } from '../lazy.js';
import type { NodeRecord } from '../nodeTypeOf.js';
import { paginate } from '../paginate.js';
import { search } from '../search/search.js';
import { createSearchIndex } from '../search/createSearchIndex.js';

/**
 * Root fields are the only resolvers that see the whole store (lists of everything, orderings,
 * the search index); the per-store views are built on first use and shared by all requests.
 */
export function createQueryResolvers(store: Store): QueryResolvers {
  const articleBySlug = lazy(() => new Map(store.articleList.map((a) => [a.slug, a])));
  const entitiesByName = lazy(() =>
    [...store.entities.values()].sort((a, b) => byName(a, b) || compareIds(a, b)),
  );
  const entitiesByMentionCount = lazy(() => {
    const count = (e: EntityRecord) => store.mentionsByEntity.get(e.id)?.length ?? 0;
    return [...entitiesByName()].sort((a, b) => count(b) - count(a));
  });
  const allQuotes = lazy(() => [...store.quotes.values()]);
  const allRelations = lazy(() => [...store.relations.values()]);
  const searchIndex = lazy(() => createSearchIndex(store));

  return {
    node: (_root, { id }, { loaders }) => loadNode(loaders, id),

    nodes: (_root, { ids }, { loaders }) => Promise.all(ids.map((id) => loadNode(loaders, id))),

    async articles(_root, { filter, ...args }, { loaders }) {
      let articles = store.articleList;
      if (filter?.entity != null) {
        const entity = await existingEntity(loaders, filter.entity);
        const ids = new Set(await loaders.articleIdsByEntity.load(entity.id));
        articles = articles.filter((a) => ids.has(a.id));
      }
      if (filter?.text != null) {
        const needle = filter.text.toLowerCase();
        articles = articles.filter((a) =>
          [a.title, a.lede ?? '', a.body].some((field) => field.toLowerCase().includes(needle)),
        );
      }
      return paginate(articles, args);
    },

    article(_root, { slug }) {
      const article = articleBySlug().get(slug);
      if (!article) throw notFound(`No article with slug "${slug}".`);
      return article;
    },

    entities(_root, { filter, orderBy, ...args }) {
      let entities = orderBy === 'NAME' ? entitiesByName() : entitiesByMentionCount();
      if (filter?.type != null) entities = entities.filter((e) => e.type === filter.type);
      if (filter?.name != null) {
        const needle = filter.name.toLowerCase();
        entities = entities.filter((e) => [e.name, ...e.aliases].some((n) => n.toLowerCase().includes(needle)));
      }
      return paginate(entities, args);
    },

    entity: (_root, { id }, { loaders }) => existingEntity(loaders, id),

    async quotes(_root, { filter, ...args }, { loaders }) {
      let quotes: readonly QuoteRecord[] = allQuotes();
      if (filter?.speaker != null) {
        const speaker = await existingEntity(loaders, filter.speaker);
        quotes = await loaders.quotesBySpeaker.load(speaker.id);
      }
      if (filter?.article != null) {
        const articleId = storeIdOf(filter.article, 'Article');
        if (!(await loaders.article.load(articleId))) throw notFound(`No article with ID "${filter.article}".`);
        quotes = quotes.filter((q) => q.articleId === articleId);
      }
      return paginate(quotes, args);
    },

    async relations(_root, { filter, ...args }, { loaders }) {
      let relations: readonly RelationRecord[] = allRelations();
      if (filter?.entity != null) {
        const entity = await existingEntity(loaders, filter.entity);
        relations = await loaders.relationsByEntity.load(entity.id);
      }
      if (filter?.predicate != null) {
        const predicate = filter.predicate.trim().toLowerCase();
        relations = relations.filter((r) => r.predicate.toLowerCase() === predicate);
      }
      if (filter?.type != null) relations = relations.filter((r) => r.type === filter.type);
      return paginate(relations, args);
    },

    search: (_root, { query, types, ...args }) => search(searchIndex(), query, types ?? null, args),

    corpus: () => store,
  };
}

async function loadNode(loaders: Loaders, globalId: string): Promise<NodeRecord | null> {
  const { type, storeId } = fromGlobalId(globalId);
  return recordLoader(loaders, type).load(storeId);
}

function recordLoader(loaders: Loaders, type: NodeType) {
  switch (type) {
    case 'Article':
      return loaders.article;
    case 'Entity':
      return loaders.entity;
    case 'Mention':
      return loaders.mention;
    case 'Quote':
      return loaders.quote;
    case 'Relation':
      return loaders.relation;
  }
}

async function existingEntity(loaders: Loaders, globalId: string): Promise<EntityRecord> {
  const entity = await loaders.entity.load(storeIdOf(globalId, 'Entity'));
  if (!entity) throw notFound(`No entity with ID "${globalId}".`);
  return entity;
}

function byName(a: EntityRecord, b: EntityRecord): number {
  return a.name.localeCompare(b.name, 'en', { sensitivity: 'base' });
}

function compareIds(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
