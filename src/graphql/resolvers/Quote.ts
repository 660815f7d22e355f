import type { QuoteResolvers } from '../generated/resolvers-types.js';
import { toGlobalId } from '../globalId.js';
import { loadRecord } from '../loadRecord.js';

export const Quote: QuoteResolvers = {
  id: (quote) => toGlobalId('Quote', quote.id),
  speaker: (quote, _args, { loaders }) =>
    quote.speakerId === null ? null : loadRecord(loaders.entity, quote.speakerId, 'Entity'),
  article: (quote, _args, { loaders }) => loadRecord(loaders.article, quote.articleId, 'Article'),
};
