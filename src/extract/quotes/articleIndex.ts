import type { SegmentedArticle, Token } from '../../ingest/types.js';
import type { SentenceRecord, Span } from '../../store/records.js';
import type { LocalEntity, LocalMention } from '../types.js';

/** A mention together with the entity it names. */
export interface MentionRef {
  entity: LocalEntity;
  mention: LocalMention;
}

/**
 * Look-ups the quote stages share, built once per article in linear time: tokens by offset,
 * sentences by offset, the mention covering each token, and which tokens lie inside quotes.
 */
export interface ArticleIndex {
  article: SegmentedArticle;
  body: string;
  tokens: readonly Token[];
  entities: readonly LocalEntity[];
  /** Mention covering each token (by token index), if any. */
  mentionAt: readonly (MentionRef | undefined)[];
  /** Every mention, in body order. */
  mentions: readonly MentionRef[];
  /** Whether each token lies inside a quotation (set once the quote spans are known). */
  inQuote: boolean[];
}

export function buildArticleIndex(article: SegmentedArticle, entities: readonly LocalEntity[]): ArticleIndex {
  const tokens = article.tokens;
  const mentionAt: (MentionRef | undefined)[] = new Array(tokens.length).fill(undefined);
  const mentions: MentionRef[] = [];
  for (const entity of entities) for (const mention of entity.mentions) mentions.push({ entity, mention });
  mentions.sort((a, b) => a.mention.start - b.mention.start || b.mention.end - a.mention.end);
  for (const ref of mentions) {
    for (let i = firstTokenAtOrAfter(tokens, ref.mention.start); i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.start >= ref.mention.end) break;
      // A longer mention already covering the token wins over a nested one.
      if (!mentionAt[i]) mentionAt[i] = ref;
    }
  }
  return { article, body: article.body, tokens, entities, mentionAt, mentions, inQuote: new Array(tokens.length).fill(false) };
}

/** Index of the first token starting at or after `offset` (tokens.length if none). */
export function firstTokenAtOrAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last token ending at or before `offset` (-1 if none). */
export function lastTokenEndingBy(tokens: readonly Token[], offset: number): number {
  let i = firstTokenAtOrAfter(tokens, offset) - 1;
  while (i >= 0 && tokens[i]!.end > offset) i--;
  return i;
}

/** The sentence containing `offset`, or the last one starting before it. */
export function sentenceAt(sentences: readonly SentenceRecord[], offset: number): SentenceRecord | undefined {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return sentences[lo - 1];
}

/** Index of the paragraph containing `offset`. */
export function paragraphIndexAt(paragraphs: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = paragraphs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (paragraphs[mid]!.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(0, lo - 1);
}

/** Text between two adjacent tokens (punctuation and spaces). */
export function gapBetween(index: ArticleIndex, left: number, right: number): string {
  const a = index.tokens[left];
  const b = index.tokens[right];
  if (!a || !b) return '';
  return index.body.slice(a.end, b.start);
}

export function isVerbToken(token: Token): boolean {
  return token.tags.has('Verb');
}
