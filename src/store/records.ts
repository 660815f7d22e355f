// Store records: normalized, read-only, in process. Records hold ids, never nested objects
// (DESIGN.md, "Data model"). A GraphQL resolver's parent is one of these records.

/** Half-open character range [start, end) into an article's cleaned body. */
export interface Span {
  start: number;
  end: number;
}

export type EntityType = 'PERSON' | 'ORGANIZATION' | 'COUNTRY' | 'LOCATION' | 'OTHER';
export type QuoteKind = 'FULL' | 'PARTIAL';
/** Which text of an article a span points into. */
export type TextField = 'TITLE' | 'BODY';
export type RelationType =
  | 'ROLE'
  | 'AFFILIATION'
  | 'MEETING'
  | 'TRAVEL'
  | 'AGREEMENT'
  | 'CONFLICT'
  | 'CRITICISM'
  | 'SUPPORT'
  | 'ECONOMIC'
  | 'LOCATION'
  | 'OTHER';

export interface ParagraphRecord extends Span {
  index: number;
}

export interface SentenceRecord extends Span {
  index: number;
  paragraphIndex: number;
}

export interface ArticleRecord {
  /** Stable store id: the slug (file-name stem), unique in a corpus. */
  id: string;
  slug: string;
  /** Path of the source file, relative to the corpus folder. */
  source: string;
  title: string;
  lede: string | null;
  byline: string | null;
  /** Cleaned text: paragraphs joined by "\n\n", site chrome removed. All offsets point into it. */
  body: string;
  paragraphs: ParagraphRecord[];
  sentences: SentenceRecord[];
  /** Lines removed from the body as site chrome ("Read …" links, author bios, stray markup). */
  boilerplate: string[];
  wordCount: number;
  /** sha256 of the raw file bytes; two files with the same hash are one article. */
  contentHash: string;
  warnings: string[];
}

export interface EntityRecord {
  /** Stable store id derived from type and canonical name, e.g. "person:sergei-lavrov". */
  id: string;
  name: string;
  type: EntityType;
  /** Every surface form seen in the corpus, canonical name included. */
  aliases: string[];
  /** ISO 3166-1 alpha-2 code, for countries. */
  isoCode: string | null;
}

export interface MentionRecord extends Span {
  id: string;
  entityId: string;
  articleId: string;
  text: string;
  /** The headline or the body: `start`/`end` point into that text. */
  field: TextField;
  /** Sentence of the body holding the mention; null in the headline. */
  sentenceIndex: number | null;
}

export interface QuoteRecord extends Span {
  id: string;
  articleId: string;
  /** The headline or the body: `start`/`end` point into that text. */
  field: TextField;
  /** Verbatim text between the quote marks, marks excluded. */
  text: string;
  kind: QuoteKind;
  speakerId: string | null;
  /** How the speaker is named at the attribution ("he", "the minister", "Bloggs"). */
  speakerText: string | null;
  /** Speech verb as written ("said", "told", "according to"). */
  verb: string | null;
}

export interface RelationRecord {
  id: string;
  subjectId: string;
  /** Short lower-case verb phrase: "foreign minister of", "supplies drones to". */
  predicate: string;
  type: RelationType;
  objectId: string;
  articleId: string;
  evidence: string;
  evidenceStart: number;
  evidenceEnd: number;
}

export interface IngestWarning {
  /** File the warning is about, relative to the corpus folder ("" for the folder itself). */
  file: string;
  reason: string;
}
