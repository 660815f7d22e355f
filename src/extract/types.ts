// What the per-article extraction stages produce. Entities here are local to one article
// (`key` is an index into `ArticleExtraction.entities`); `resolveCorpus` merges them across
// the corpus and gives every record its stable store id.
import type { EntityType, QuoteKind, RelationType, Span } from '../store/records.js';

export interface LocalMention extends Span {
  text: string;
  sentenceIndex: number;
  /**
   * A mention in the headline: offsets point into `title`, not the body. Headline mentions are
   * added after quotes and relations are extracted, so those stages only ever see body offsets.
   */
  inTitle?: boolean;
  /**
   * A title written with the name ("Ruritanian Foreign Minister Jo Bloggs"): the role
   * ("foreign minister") and, when named, the entity it belongs to (key of Russia).
   */
  role?: { title: string; ofKey: number | null; span: Span };
}

export interface LocalEntity {
  key: number;
  /** Fullest name used for it in this article. */
  name: string;
  type: EntityType;
  /** Surface forms in this article, name included. */
  aliases: string[];
  isoCode: string | null;
  mentions: LocalMention[];
}

export interface LocalQuote extends Span {
  /** The quote is in the headline: `start`/`end` point into the title, not the body. */
  inTitle?: boolean;
  text: string;
  kind: QuoteKind;
  speakerKey: number | null;
  speakerText: string | null;
  verb: string | null;
}

export interface LocalRelation {
  subjectKey: number;
  predicate: string;
  type: RelationType;
  objectKey: number;
  evidence: Span;
  /** The object was inferred from the article (a title written without its owner), not stated. */
  inferred?: boolean;
}

export interface ArticleExtraction {
  entities: LocalEntity[];
  quotes: LocalQuote[];
  relations: LocalRelation[];
}
