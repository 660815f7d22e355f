import type { ArticleResolvers } from '../generated/resolvers-types.js';
import { toGlobalId } from '../globalId.js';
import type { ArticleEntityModel } from '../models.js';
import type { MentionRecord } from '../../store/records.js';

export const Article: ArticleResolvers = {
  id: (article) => toGlobalId('Article', article.id),

  paragraphs: (article) => article.paragraphs.map((p) => ({ ...p, text: article.body.slice(p.start, p.end) })),

  sentences: (article) => article.sentences.map((s) => ({ ...s, text: article.body.slice(s.start, s.end) })),

  async entities(article, _args, { loaders }) {
    const mentions = await loaders.mentionsByArticle.load(article.id);
    // Mentions come in reading order, so a Map keyed by entity keeps first-mention order.
    const byEntity = new Map<string, MentionRecord[]>();
    for (const m of mentions) {
      const list = byEntity.get(m.entityId);
      if (list) list.push(m);
      else byEntity.set(m.entityId, [m]);
    }
    return [...byEntity].map(([entityId, list]): ArticleEntityModel => ({ entityId, mentions: list }));
  },

  quotes: (article, _args, { loaders }) => loaders.quotesByArticle.load(article.id).then((q) => [...q]),

  relations: (article, _args, { loaders }) => loaders.relationsByArticle.load(article.id).then((r) => [...r]),

  highlights: async (article, { field }, { loaders }) =>
    nonOverlapping((await loaders.mentionsByArticle.load(article.id)).filter((m) => m.field === field)),
};

/** Longest mentions claim their span first, so "North Korea" wins over a "Korea" inside it. */
function nonOverlapping(mentions: readonly MentionRecord[]): MentionRecord[] {
  const longestFirst = [...mentions].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: MentionRecord[] = [];
  for (const m of longestFirst) {
    if (kept.every((k) => m.end <= k.start || m.start >= k.end)) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}
