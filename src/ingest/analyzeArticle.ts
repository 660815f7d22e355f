import { extractArticle } from '../extract/extractArticle.js';
import type { AnalyzedArticle } from '../resolve/resolveCorpus.js';
import { parseArticle } from './parseArticle.js';
import { segment } from './segment.js';
import type { SourceText } from './types.js';

/** One article's share of ingestion: parse → segment → extract. Pure, so it can run on any thread. */
export function analyzeArticle(source: SourceText): AnalyzedArticle {
  const article = segment(parseArticle(source));
  return { article, extraction: extractArticle(article) };
}
