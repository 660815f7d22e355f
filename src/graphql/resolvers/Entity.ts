import type { EntityResolvers } from '../generated/resolvers-types.js';
import { toGlobalId } from '../globalId.js';
import { loadRecords } from '../loadRecord.js';
import { mapNodes, paginate } from '../paginate.js';
import { relatedEntities } from '../relatedEntities.js';
import { rolesOf } from '../rolesOf.js';
import { limitArg } from '../limitArg.js';

export const Entity: EntityResolvers = {
  id: (entity) => toGlobalId('Entity', entity.id),

  mentionCount: async (entity, _args, { loaders }) => (await loaders.mentionsByEntity.load(entity.id)).length,

  articleCount: async (entity, _args, { loaders }) => (await loaders.articleIdsByEntity.load(entity.id)).length,

  async articles(entity, args, { loaders }) {
    const page = paginate(await loaders.articleIdsByEntity.load(entity.id), args);
    return mapNodes(page, (ids) => loadRecords(loaders.article, ids, 'Article'));
  },

  mentions: async (entity, args, { loaders }) => paginate(await loaders.mentionsByEntity.load(entity.id), args),

  quotes: async (entity, args, { loaders }) => paginate(await loaders.quotesBySpeaker.load(entity.id), args),

  async relations(entity, { type, ...args }, { loaders }) {
    const relations = await loaders.relationsByEntity.load(entity.id);
    return paginate(type ? relations.filter((r) => r.type === type) : relations, args);
  },

  roles: async (entity, _args, { loaders }) => rolesOf(entity.id, await loaders.relationsByEntity.load(entity.id)),

  async coMentioned(entity, args, { loaders }) {
    const page = paginate(await loaders.coMentionsByEntity.load(entity.id), args);
    const nodes = await loadRecords(loaders.entity, page.edges.map((e) => e.node.entityId), 'Entity');
    return {
      ...page,
      edges: page.edges.map((edge, i) => ({
        cursor: edge.cursor,
        node: nodes[i]!,
        articleCount: edge.node.articleCount,
      })),
    };
  },

  async relatedEntities(entity, { limit }, { loaders }) {
    const max = limitArg(limit, 'limit');
    const [coMentions, relations] = await Promise.all([
      loaders.coMentionsByEntity.load(entity.id),
      loaders.relationsByEntity.load(entity.id),
    ]);
    return relatedEntities(entity.id, coMentions, relations).slice(0, max);
  },
};
