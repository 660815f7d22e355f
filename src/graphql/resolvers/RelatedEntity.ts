import type { RelatedEntityResolvers } from '../generated/resolvers-types.js';
import { loadRecord } from '../loadRecord.js';

export const RelatedEntity: RelatedEntityResolvers = {
  entity: (model, _args, { loaders }) => loadRecord(loaders.entity, model.entityId, 'Entity'),
};
