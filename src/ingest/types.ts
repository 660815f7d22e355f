import type { ParagraphRecord, SentenceRecord } from '../store/records.js';

/** A corpus file that read and decoded as text. */
export interface SourceText {
  /** File-name stem: the article's slug. */
  slug: string;
  /** Path relative to the corpus folder. */
  file: string;
  text: string;
  contentHash: string;
}

/** Output of `parseArticle`: the article's parts, with chrome removed and kept aside. */
export interface ParsedArticle {
  slug: string;
  file: string;
  contentHash: string;
  title: string;
  lede: string | null;
  byline: string | null;
  /** Paragraphs joined by "\n\n"; every later offset points into this string. */
  body: string;
  paragraphs: ParagraphRecord[];
  boilerplate: string[];
  warnings: string[];
}

export interface Token {
  /** Surface text, exactly body.slice(start, end). */
  text: string;
  start: number;
  end: number;
  sentenceIndex: number;
  /** Part-of-speech and lexicon tags from the NLP library ("ProperNoun", "FirstName", "Verb", …). */
  tags: ReadonlySet<string>;
}

/** Output of `segment`: sentences and tokens with offsets into the body. */
export interface SegmentedArticle extends ParsedArticle {
  sentences: SentenceRecord[];
  tokens: Token[];
}
