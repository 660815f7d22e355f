import type { CoMention, Store } from './Store.js';
import type {
  ArticleRecord,
  EntityRecord,
  IngestWarning,
  MentionRecord,
  QuoteRecord,
  RelationRecord,
} from './records.js';

export interface StoreInput {
  articles: readonly ArticleRecord[];
  entities: readonly EntityRecord[];
  mentions: readonly MentionRecord[];
  quotes: readonly QuoteRecord[];
  relations: readonly RelationRecord[];
  warnings: readonly IngestWarning[];
}

/** Builds the read-only store and all its indexes from flat record lists. */
export function buildStore(input: StoreInput): Store {
  const articleList = [...input.articles].sort((a, b) => compare(a.slug, b.slug));
  const articleOrder = new Map(articleList.map((a, i) => [a.id, i]));
  const byArticleThenOffset = <T extends { articleId: string }>(offset: (r: T) => number) => (a: T, b: T) =>
    (articleOrder.get(a.articleId) ?? 0) - (articleOrder.get(b.articleId) ?? 0) || offset(a) - offset(b);

  const mentions = [...input.mentions].sort(byArticleThenOffset<MentionRecord>(readingPosition));
  const quotes = [...input.quotes].sort(byArticleThenOffset<QuoteRecord>((q) => q.start));
  const relations = [...input.relations].sort(byArticleThenOffset<RelationRecord>((r) => r.evidenceStart));

  const articleIdsByEntity = new Map<string, string[]>();
  for (const m of mentions) {
    const ids = articleIdsByEntity.get(m.entityId);
    if (!ids) articleIdsByEntity.set(m.entityId, [m.articleId]);
    else if (ids[ids.length - 1] !== m.articleId) ids.push(m.articleId);
  }

  const relationsByEntity = new Map<string, RelationRecord[]>();
  for (const r of relations) {
    push(relationsByEntity, r.subjectId, r);
    if (r.objectId !== r.subjectId) push(relationsByEntity, r.objectId, r);
  }

  return {
    articleList,
    articles: byId(articleList),
    entities: byId(input.entities),
    mentions: byId(mentions),
    quotes: byId(quotes),
    relations: byId(relations),
    mentionsByArticle: groupBy(mentions, (m) => m.articleId),
    quotesByArticle: groupBy(quotes, (q) => q.articleId),
    relationsByArticle: groupBy(relations, (r) => r.articleId),
    mentionsByEntity: groupBy(mentions, (m) => m.entityId),
    articleIdsByEntity,
    quotesBySpeaker: groupBy(
      quotes.filter((q) => q.speakerId !== null),
      (q) => q.speakerId as string,
    ),
    relationsByEntity,
    coMentionsByEntity: coMentions(articleIdsByEntity),
    warnings: [...input.warnings],
  };
}

/** Headline mentions are read before the body's, whatever their offsets. */
function readingPosition(m: MentionRecord): number {
  return m.field === 'TITLE' ? m.start - Number.MAX_SAFE_INTEGER : m.start;
}

function coMentions(articleIdsByEntity: ReadonlyMap<string, readonly string[]>): Map<string, CoMention[]> {
  const entitiesByArticle = new Map<string, string[]>();
  for (const [entityId, articleIds] of articleIdsByEntity) {
    for (const articleId of articleIds) push(entitiesByArticle, articleId, entityId);
  }
  const counts = new Map<string, Map<string, number>>();
  for (const entityIds of entitiesByArticle.values()) {
    for (const a of entityIds) {
      let row = counts.get(a);
      if (!row) counts.set(a, (row = new Map()));
      for (const b of entityIds) if (a !== b) row.set(b, (row.get(b) ?? 0) + 1);
    }
  }
  const result = new Map<string, CoMention[]>();
  for (const [entityId, row] of counts) {
    result.set(
      entityId,
      [...row]
        .map(([other, articleCount]) => ({ entityId: other, articleCount }))
        .sort((x, y) => y.articleCount - x.articleCount || compare(x.entityId, y.entityId)),
    );
  }
  return result;
}

function byId<T extends { id: string }>(records: readonly T[]): Map<string, T> {
  return new Map(records.map((r) => [r.id, r]));
}

function groupBy<T>(records: readonly T[], key: (r: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const r of records) push(groups, key(r), r);
  return groups;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
