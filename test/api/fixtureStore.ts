// A tiny world built by hand: three short articles written for these tests, six entities,
// quotes with and without a speaker, ROLE and verb relations, overlapping mentions and one
// skipped file. Offsets are computed from the text, so the records are consistent by
// construction and the tests can read as sentences about this world.
import { buildStore } from '../../src/store/buildStore.js';
import type { Store } from '../../src/store/Store.js';
import type {
  ArticleRecord,
  EntityRecord,
  EntityType,
  MentionRecord,
  QuoteKind,
  QuoteRecord,
  RelationRecord,
  RelationType,
} from '../../src/store/records.js';

interface ArticleDraft {
  slug: string;
  title: string;
  lede: string | null;
  byline: string | null;
  paragraphs: string[];
  boilerplate?: string[];
  warnings?: string[];
}

function article(draft: ArticleDraft): ArticleRecord {
  const body = draft.paragraphs.join('\n\n');
  let start = 0;
  const paragraphs = draft.paragraphs.map((text, index) => {
    const p = { index, start, end: start + text.length };
    start = p.end + 2;
    return p;
  });
  return {
    id: draft.slug,
    slug: draft.slug,
    source: `${draft.slug}.txt`,
    title: draft.title,
    lede: draft.lede,
    byline: draft.byline,
    body,
    paragraphs,
    // One sentence per paragraph keeps sentence indexes easy to read in the tests.
    sentences: paragraphs.map((p) => ({ ...p, paragraphIndex: p.index })),
    boilerplate: draft.boilerplate ?? [],
    wordCount: body.split(/\s+/).filter(Boolean).length,
    contentHash: `hash-of-${draft.slug}`,
    warnings: draft.warnings ?? [],
  };
}

function entity(id: string, name: string, type: EntityType, aliases: string[], isoCode: string | null = null): EntityRecord {
  return { id, name, type, aliases: [name, ...aliases], isoCode };
}

/** Finds the `nth` occurrence of `text` in the body: the span a mention or quote covers. */
function spanOf(a: ArticleRecord, text: string, nth = 0): { start: number; end: number; sentenceIndex: number } {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = a.body.indexOf(text, start + 1);
  if (start < 0) throw new Error(`fixture: "${text}" not in ${a.slug}`);
  const sentenceIndex = a.sentences.findIndex((s) => s.start <= start && start < s.end);
  return { start, end: start + text.length, sentenceIndex };
}

const mentions: MentionRecord[] = [];
function mention(a: ArticleRecord, entityId: string, text: string, nth = 0): void {
  mentions.push({ id: `${a.id}#m${mentions.length}`, entityId, articleId: a.id, text, field: 'BODY', ...spanOf(a, text, nth) });
}

const quotes: QuoteRecord[] = [];
function quote(
  a: ArticleRecord,
  text: string,
  kind: QuoteKind,
  speakerId: string | null,
  speakerText: string | null,
  verb: string | null,
): void {
  const { start, end } = spanOf(a, text);
  quotes.push({ id: `${a.id}#q${quotes.length}`, articleId: a.id, text, kind, speakerId, speakerText, verb, field: 'BODY', start, end });
}

const relations: RelationRecord[] = [];
function relation(a: ArticleRecord, subjectId: string, predicate: string, type: RelationType, objectId: string, paragraph: number): void {
  const p = a.paragraphs[paragraph];
  if (!p) throw new Error(`fixture: no paragraph ${paragraph} in ${a.slug}`);
  relations.push({
    id: `${a.id}#r${relations.length}`,
    subjectId,
    predicate,
    type,
    objectId,
    articleId: a.id,
    evidence: a.body.slice(p.start, p.end),
    evidenceStart: p.start,
    evidenceEnd: p.end,
  });
}

export const ADA = 'person:ada-quill';
export const BRANDT = 'person:tomas-brandt';
export const NORWAY = 'country:norway';
export const CHILE = 'country:chile';
export const VALPARAISO = 'location:valparaiso';
export const PORT = 'organization:port-of-valparaiso';

const entities = [
  entity(ADA, 'Ada Quill', 'PERSON', ['Quill']),
  entity(BRANDT, 'Tomas Brandt', 'PERSON', []),
  entity(NORWAY, 'Norway', 'COUNTRY', ['Norwegian'], 'NO'),
  entity(CHILE, 'Chile', 'COUNTRY', ['Chilean'], 'CL'),
  entity(VALPARAISO, 'Valparaíso', 'LOCATION', []),
  entity(PORT, 'Port of Valparaíso', 'ORGANIZATION', []),
];

export const harbourDeal = article({
  slug: 'a-harbour-deal',
  title: 'Norway and Chile sign a harbour deal',
  lede: 'The two countries agreed to share a Pacific port.',
  byline: 'Test Desk',
  paragraphs: [
    'Norwegian Trade Minister Ada Quill signed a harbour deal with Chile on Monday.',
    '“This port will carry our grain for a generation,” Quill said.',
    'Chilean President Tomas Brandt called the deal “a fair bargain” for the Port of Valparaíso.',
  ],
  boilerplate: ['Read more: harbour stories'],
});
mention(harbourDeal, NORWAY, 'Norwegian');
mention(harbourDeal, ADA, 'Ada Quill');
mention(harbourDeal, CHILE, 'Chile');
mention(harbourDeal, ADA, 'Quill', 1);
mention(harbourDeal, CHILE, 'Chilean');
mention(harbourDeal, BRANDT, 'Tomas Brandt');
mention(harbourDeal, PORT, 'Port of Valparaíso');
mention(harbourDeal, VALPARAISO, 'Valparaíso');
quote(harbourDeal, 'This port will carry our grain for a generation,', 'FULL', ADA, 'Quill', 'said');
quote(harbourDeal, 'a fair bargain', 'PARTIAL', BRANDT, 'Tomas Brandt', 'called');
relation(harbourDeal, ADA, 'trade minister of', 'ROLE', NORWAY, 0);
relation(harbourDeal, NORWAY, 'signed a harbour deal with', 'AGREEMENT', CHILE, 0);
relation(harbourDeal, BRANDT, 'president of', 'ROLE', CHILE, 2);

export const grainPrices = article({
  slug: 'b-grain-prices',
  title: 'Grain prices fall after the harbour deal',
  lede: null,
  byline: null,
  paragraphs: [
    'Grain traders in Valparaíso cheered Norwegian Trade Minister Ada Quill.',
    '“Prices will drop by autumn,” said Quill, who met Tomas Brandt again on Friday.',
  ],
});
mention(grainPrices, VALPARAISO, 'Valparaíso');
mention(grainPrices, NORWAY, 'Norwegian');
mention(grainPrices, ADA, 'Ada Quill');
mention(grainPrices, ADA, 'Quill', 1);
mention(grainPrices, BRANDT, 'Tomas Brandt');
quote(grainPrices, 'Prices will drop by autumn,', 'FULL', ADA, 'Quill', 'said');
relation(grainPrices, ADA, 'trade minister of', 'ROLE', NORWAY, 0);
relation(grainPrices, ADA, 'met', 'MEETING', BRANDT, 1);

export const quietWeek = article({
  slug: 'c-quiet-week',
  title: 'A quiet week',
  lede: 'Nothing moved.',
  byline: 'Night Desk',
  paragraphs: ['Nothing happened this week, and the “calm” held.'],
  warnings: ['stray ">" line removed'],
});
quote(quietWeek, 'calm', 'PARTIAL', null, null, null);

/** The fixture world as the gateway serves it. */
export function fixtureStore(): Store {
  return buildStore({
    articles: [quietWeek, grainPrices, harbourDeal],
    entities,
    mentions,
    quotes,
    relations,
    warnings: [{ file: 'broken.txt', reason: 'not UTF-8 text' }],
  });
}
