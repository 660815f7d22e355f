import type { CoMention } from '../store/Store.js';
import type { RelationRecord } from '../store/records.js';
import type { RelatedEntityModel } from './models.js';

/** A stated relation says more than sharing an article, so it counts double. */
export const RELATION_WEIGHT = 2;

/**
 * `Entity.relatedEntities`: neighbours from co-mentions and relations in either direction,
 * heaviest first, ties by id so the order is stable.
 */
export function relatedEntities(
  entityId: string,
  coMentions: readonly CoMention[],
  relations: readonly RelationRecord[],
): RelatedEntityModel[] {
  const related = new Map<string, RelatedEntityModel>();
  const neighbour = (id: string) => {
    let model = related.get(id);
    if (!model) related.set(id, (model = { entityId: id, weight: 0, sharedArticleCount: 0, relationCount: 0 }));
    return model;
  };
  for (const c of coMentions) neighbour(c.entityId).sharedArticleCount = c.articleCount;
  for (const r of relations) {
    const other = r.subjectId === entityId ? r.objectId : r.subjectId;
    if (other !== entityId) neighbour(other).relationCount += 1;
  }
  for (const m of related.values()) m.weight = m.sharedArticleCount + RELATION_WEIGHT * m.relationCount;
  return [...related.values()].sort(
    (a, b) => b.weight - a.weight || (a.entityId < b.entityId ? -1 : a.entityId > b.entityId ? 1 : 0),
  );
}
