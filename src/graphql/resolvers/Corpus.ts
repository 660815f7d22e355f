import type { CorpusResolvers, EntityType } from '../generated/resolvers-types.js';

// Every type, zero counts included, so a dashboard's rows do not come and go between corpora.
const ENTITY_TYPES: readonly EntityType[] = ['PERSON', 'ORGANIZATION', 'COUNTRY', 'LOCATION', 'OTHER'];

// The parent is the whole store: `Query.corpus` returns it.
export const Corpus: CorpusResolvers = {
  articleCount: (store) => store.articleList.length,
  entityCount: (store) => store.entities.size,
  mentionCount: (store) => store.mentions.size,
  quoteCount: (store) => store.quotes.size,
  relationCount: (store) => store.relations.size,
  entityTypes(store) {
    const counts = new Map<EntityType, number>();
    for (const e of store.entities.values()) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
    return ENTITY_TYPES.map((type) => ({ type, count: counts.get(type) ?? 0 }));
  },
  warnings: (store) => [...store.warnings],
};
