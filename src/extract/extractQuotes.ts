import type { SegmentedArticle } from '../ingest/types.js';
import { buildArticleIndex, firstTokenAtOrAfter, sentenceAt } from './quotes/articleIndex.js';
import { isSpeech, isTerm, quoteKind, quoteShape, quoteWords } from './quotes/classifyQuote.js';
import { ANONYMOUS_SOURCES } from '../data/pronouns.js';
import { type Attribution, type SpeakerPhrase, findAttribution, findTrailingAttribution, reportedSpeechEvents } from './quotes/findAttribution.js';
import { findQuoteSpans } from './quotes/findQuoteSpans.js';
import { headlineQuotes } from './quotes/headlineQuotes.js';
import { type PreviousQuote, SpeakerResolver } from './quotes/resolveSpeaker.js';
import type { LocalEntity, LocalQuote } from './types.js';

/**
 * Direct quotations of one article, with speaker and speech verb. The recipe: find pairs of quote
 * marks; find each one's attribution (speech verb and how the speaker is named, before or after
 * it); leave out scare quotes and names of things; resolve the speaker to an entity in body order,
 * so pronouns and unattributed follow-up paragraphs can lean on who spoke last. Quotes in the
 * headline come first, with their offsets into the title; `headlineEntities` are the entities with
 * their headline mentions, for the names a headline gives its speaker.
 */
export function extractQuotes(article: SegmentedArticle, entities: readonly LocalEntity[], headlineEntities: readonly LocalEntity[] = entities): LocalQuote[] {
  const index = buildArticleIndex(article, entities);
  const spans = findQuoteSpans(article.body, article.paragraphs);
  markQuotedTokens(index.inQuote, index.tokens, spans);

  const resolver = new SpeakerResolver(index);
  for (const event of reportedSpeechEvents(index, (phrase) => (phrase.kind === 'pronoun' ? null : resolver.resolve(phrase)))) {
    resolver.addEvent(event);
  }

  const quotes: LocalQuote[] = [];
  const pending: { quote: LocalQuote; at: number }[] = [];
  // The last quote with a speaker, and the span of the sentence(s) holding it and its attribution.
  let previous: PreviousQuote | null = null;
  for (const span of spans) {
    const sentence = sentenceAt(article.sentences, span.open);
    const shape = quoteShape(article.body, span, sentence?.start ?? span.open);
    let attribution: Attribution | null = findAttribution(index, span);
    // A fragment whose sentence names its speaker only at the end, after more of the reporter's words.
    if (!attribution?.speaker) attribution = findTrailingAttribution(index, span) ?? attribution;
    // No attribution, or a cue naming nobody ("Asked about the cost, “…”"): the talk around it goes on.
    const unattributed = !attribution || (!attribution.speaker && !attribution.colon);
    const inherited = unattributed ? resolver.inherit(span.open, previous ?? undefined) : null;
    if (!isSpeech(shape, attribution !== null, attribution?.side === 'after' && !attribution.trailing, inherited !== null)) continue;
    const quote: LocalQuote = {
      start: span.start,
      end: span.end,
      text: article.body.slice(span.start, span.end),
      kind: quoteKind(shape),
      speakerKey: null,
      speakerText: null,
      verb: attribution && !attribution.colon && !attribution.fragment ? attribution.cue.text : null,
    };
    let cueAt = span.start;
    if (attribution?.speaker) {
      quote.speakerKey = resolver.resolve(attribution.speaker);
      // A quoted term in a sentence where only unnamed people speak ("critics say the "package" …") is a scare quote.
      if (quote.speakerKey === null && isAnonymous(attribution.speaker) && attribution.side === 'before' && isTerm(shape)) continue;
      quote.speakerText = attribution.speaker.text;
      cueAt = index.tokens[attribution.cue.first]?.start ?? span.start;
      if (quote.speakerKey !== null) resolver.addEvent({ at: Math.max(cueAt, span.start), key: quote.speakerKey });
    } else if (unattributed) {
      quote.speakerKey = inherited;
      if (quote.speakerKey === null && !attribution) pending.push({ quote, at: span.open });
      else if (quote.speakerKey !== null) resolver.addEvent({ at: span.start, key: quote.speakerKey });
    }
    quotes.push(quote);
    if (quote.speakerKey !== null) {
      const last = sentenceAt(article.sentences, Math.max(span.close, cueAt));
      previous = { key: quote.speakerKey, start: Math.min(span.open, cueAt), end: Math.max(last?.end ?? span.close, span.close + 1) };
    }
  }
  // A quote paragraph with no speaker before it takes the speaker of the quote that follows.
  for (const { quote } of pending) {
    const next = quotes.find((q) => q.start > quote.end && q.speakerKey !== null);
    if (next) quote.speakerKey = next.speakerKey;
  }
  echoSpeakers(quotes, index.personLike, entities);
  return [...headlineQuotes(article.title, headlineEntities, quotes, (phrase) => resolver.resolve(phrase)), ...quotes];
}

/**
 * A quoted phrase a person says again in full elsewhere in the story is theirs: "Norway turned to an
 * “honest broker”, …" and later "“We need an honest broker,” Roe said." Only a phrase of two words or
 * more, with no speaker or a state as speaker (a state speaks through its people), takes it over.
 */
function echoSpeakers(quotes: LocalQuote[], personLike: ReadonlySet<number>, entities: readonly LocalEntity[]): void {
  const typeOf = new Map(entities.map((e) => [e.key, e.type]));
  for (const quote of quotes) {
    if (quote.kind !== 'PARTIAL' || (quote.speakerKey !== null && typeOf.get(quote.speakerKey) !== 'COUNTRY')) continue;
    const phrase = quoteWords(quote.text);
    if (phrase.split(' ').length < 2) continue;
    const speakers = new Set<number>();
    for (const other of quotes) {
      if (other === quote || other.speakerKey === null || !personLike.has(other.speakerKey)) continue;
      if (` ${quoteWords(other.text)} `.includes(` ${phrase} `)) speakers.add(other.speakerKey);
    }
    if (speakers.size === 1) quote.speakerKey = [...speakers][0]!;
  }
}

function isAnonymous(phrase: SpeakerPhrase): boolean {
  return phrase.kind === 'phrase' && ANONYMOUS_SOURCES.has(phrase.words[phrase.words.length - 1] ?? '');
}

function markQuotedTokens(inQuote: boolean[], tokens: readonly { start: number }[], spans: readonly { start: number; end: number }[]): void {
  for (const span of spans) {
    for (let i = firstTokenAtOrAfter(tokens as never, span.start); i < tokens.length && tokens[i]!.start < span.end; i++) inQuote[i] = true;
  }
}
