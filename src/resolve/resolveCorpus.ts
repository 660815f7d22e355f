import type { ArticleExtraction, LocalEntity } from '../extract/types.js';
import type { SegmentedArticle } from '../ingest/types.js';
import type { StoreInput } from '../store/buildStore.js';
import type { ArticleRecord, EntityRecord, EntityType, MentionRecord, QuoteRecord, RelationRecord } from '../store/records.js';
import { mergeEntities } from './mergeEntities.js';

export interface AnalyzedArticle {
  article: SegmentedArticle;
  extraction: ArticleExtraction;
}

/**
 * Merges the articles' local entities into corpus-wide entities (see `mergeEntities`) and gives
 * every record its stable store id.
 */
export function resolveCorpus(analyzed: readonly AnalyzedArticle[]): Omit<StoreInput, 'warnings'> {
  const usedIds = new Set<string>();
  const articles: ArticleRecord[] = [];
  const mentions: MentionRecord[] = [];
  const quotes: QuoteRecord[] = [];
  const relations: RelationRecord[] = [];

  // One corpus entity per real-world thing; ids from type and canonical name, in a stable order.
  const refs = analyzed.flatMap(({ extraction }, article) => extraction.entities.map((local) => ({ article, local })));
  const merged = mergeEntities(refs).sort((a, b) => compareKeys(a.key, b.key));
  const entities: EntityRecord[] = [];
  const idOf = new Map<LocalEntity, string>();
  for (const m of merged) {
    const id = uniqueId(entityIdFor(m.type, m.name), usedIds);
    entities.push({ id, name: m.name, type: m.type, aliases: m.aliases, isoCode: m.isoCode });
    for (const member of m.members) idOf.set(member.local, id);
  }

  for (const { article, extraction } of analyzed) {
    const articleId = article.slug;
    articles.push(toArticleRecord(article));
    const idOfKey = extraction.entities.map((local) => idOf.get(local));
    const entityId = (key: number): string => {
      const id = idOfKey[key];
      if (id === undefined) throw new Error(`invariant: article ${articleId} refers to unknown entity key ${key}`);
      return id;
    };

    extraction.entities.forEach((local) => {
      for (const m of local.mentions) {
        mentions.push({
          id: `${articleId}#m${mentions.length}`,
          entityId: entityId(local.key),
          articleId,
          text: m.text,
          start: m.start,
          end: m.end,
          field: m.inTitle ? 'TITLE' : 'BODY',
          sentenceIndex: m.inTitle ? null : m.sentenceIndex,
        });
      }
    });
    extraction.quotes.forEach((q, i) => {
      quotes.push({
        id: `${articleId}#q${i}`,
        articleId,
        text: q.text,
        kind: q.kind,
        speakerId: q.speakerKey === null ? null : entityId(q.speakerKey),
        speakerText: q.speakerText,
        verb: q.verb,
        field: q.inTitle ? 'TITLE' : 'BODY',
        start: q.start,
        end: q.end,
      });
    });
    extraction.relations.forEach((r, i) => {
      relations.push({
        id: `${articleId}#r${i}`,
        subjectId: entityId(r.subjectKey),
        predicate: r.predicate,
        type: r.type,
        objectId: entityId(r.objectKey),
        articleId,
        evidence: article.body.slice(r.evidence.start, r.evidence.end),
        evidenceStart: r.evidence.start,
        evidenceEnd: r.evidence.end,
      });
    });
  }
  return { articles, entities, mentions, quotes, relations };
}

function toArticleRecord(a: SegmentedArticle): ArticleRecord {
  return {
    id: a.slug,
    slug: a.slug,
    source: a.file,
    title: a.title,
    lede: a.lede,
    byline: a.byline,
    body: a.body,
    paragraphs: a.paragraphs,
    sentences: a.sentences,
    boilerplate: a.boilerplate,
    wordCount: a.tokens.filter((t) => /[\p{L}\p{N}]/u.test(t.text)).length,
    contentHash: a.contentHash,
    warnings: a.warnings,
  };
}

function normalizeName(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
}

function entityIdFor(type: EntityType, name: string): string {
  const slug = normalizeName(name).normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `${type.toLowerCase()}:${slug || 'unnamed'}`;
}

function uniqueId(id: string, used: Set<string>): string {
  let candidate = id;
  for (let n = 2; used.has(candidate); n++) candidate = `${id}-${n}`;
  used.add(candidate);
  return candidate;
}

const compareKeys = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
