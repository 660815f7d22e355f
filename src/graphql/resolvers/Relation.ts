import type { RelationResolvers } from '../generated/resolvers-types.js';
import { toGlobalId } from '../globalId.js';
import { loadRecord } from '../loadRecord.js';

export const Relation: RelationResolvers = {
  id: (relation) => toGlobalId('Relation', relation.id),
  subject: (relation, _args, { loaders }) => loadRecord(loaders.entity, relation.subjectId, 'Entity'),
  object: (relation, _args, { loaders }) => loadRecord(loaders.entity, relation.objectId, 'Entity'),
  article: (relation, _args, { loaders }) => loadRecord(loaders.article, relation.articleId, 'Article'),
  // Cut from the body rather than read from the record, so the text always matches the
  // offsets a client highlights with.
  async evidence(relation, _args, { loaders }) {
    const article = await loadRecord(loaders.article, relation.articleId, 'Article');
    return article.body.slice(relation.evidenceStart, relation.evidenceEnd);
  },
};
