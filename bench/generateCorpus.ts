// A generated news corpus for the benches: article files for ingestion, and the store the
// templates imply (every entity, mention, quote and relation is known from how the text was
// built), so the GraphQL bench has a full graph to serve whatever state extraction is in.
// Countries, demonyms and capitals come from world-countries; people and organizations are
// invented from syllables; the prose comes from bench/newsTemplates.ts.
import { createHash } from 'node:crypto';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { Countries } from 'world-countries';
import type { StoreInput } from '../src/store/buildStore.js';
import type {
  ArticleRecord,
  EntityRecord,
  MentionRecord,
  QuoteRecord,
  RelationRecord,
  SentenceRecord,
} from '../src/store/records.js';
import { createRng, type Rng } from './rng.js';
import * as t from './newsTemplates.js';

const worldCountries = createRequire(import.meta.url)('world-countries') as Countries;

export interface GeneratedArticle {
  slug: string;
  /** The article file as a newsroom export would look: headline, standfirst, byline, paragraphs. */
  text: string;
}

export interface GeneratedCorpus {
  articles: GeneratedArticle[];
  /** The records the templates imply, ready for `buildStore`. */
  store: StoreInput;
  words: number;
}

export interface GenerateOptions {
  articles?: number;
  seed?: number;
}

interface Country {
  entity: EntityRecord;
  adjective: string;
  capital: EntityRecord;
}
interface Person {
  entity: EntityRecord;
  last: string;
  role: string;
  of: EntityRecord;
}
type Cast = Record<t.Slot, Country | Person | EntityRecord>;

export function generateCorpus(options: GenerateOptions = {}): GeneratedCorpus {
  const count = options.articles ?? 2000;
  const rng = createRng(options.seed ?? 20240611);
  const world = createWorld(rng);
  const articles: GeneratedArticle[] = [];
  const records: ArticleRecord[] = [];
  const mentions: MentionRecord[] = [];
  const quotes: QuoteRecord[] = [];
  const relations: RelationRecord[] = [];
  const used = new Set<EntityRecord>();
  let words = 0;
  for (let i = 0; i < count; i++) {
    const built = writeArticle(rng, world, i);
    articles.push({ slug: built.record.slug, text: built.text });
    records.push(built.record);
    mentions.push(...built.mentions);
    quotes.push(...built.quotes);
    relations.push(...built.relations);
    for (const m of built.mentions) used.add(world.byId.get(m.entityId) as EntityRecord);
    words += built.record.wordCount;
  }
  return { articles, words, store: { articles: records, entities: [...used], mentions, quotes, relations, warnings: [] } };
}

/** Writes the corpus as `.txt` files under a folder of the temp dir (reused when already there). */
export async function writeCorpus(corpus: GeneratedCorpus, name: string): Promise<string> {
  const dir = join(tmpdir(), name);
  const existing = await readdir(dir).catch(() => [] as string[]);
  if (existing.length === corpus.articles.length) return dir;
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const a of corpus.articles) await writeFile(join(dir, `${a.slug}.txt`), a.text);
  return dir;
}

function createWorld(rng: Rng) {
  const byId = new Map<string, EntityRecord>();
  const entity = (type: EntityRecord['type'], name: string, aliases: string[], isoCode: string | null = null): EntityRecord => {
    const id = `${type.toLowerCase()}:${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
    const existing = byId.get(id);
    if (existing) return existing;
    const record: EntityRecord = { id, name, type, aliases: [...new Set([name, ...aliases])], isoCode };
    byId.set(id, record);
    return record;
  };

  const countries: Country[] = [];
  for (const c of worldCountries) {
    const adjective = c.demonyms?.eng?.m;
    const capital = c.capital[0];
    if (!c.unMember || !adjective || !capital || !/^[A-Za-z ]+$/.test(c.name.common)) continue;
    countries.push({ entity: entity('COUNTRY', c.name.common, [adjective], c.cca2), adjective, capital: entity('LOCATION', capital, []) });
  }
  shuffle(rng, countries);

  const surname = () => t.surnameParts.map((parts) => rng.pick(parts)).join('');
  const organizations: EntityRecord[] = [];
  for (let i = 0; organizations.length < 90 && i < 1000; i++) {
    const name = rng
      .pick(t.organizationPatterns)
      .replace('{S2}', surname())
      .replace('{S}', surname())
      .replace('{A}', rng.pick(countries).adjective)
      .replace('{N}', rng.pick(t.organizationNouns));
    if (!byId.has(`organization:${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`)) organizations.push(entity('ORGANIZATION', name, []));
  }

  const people: Person[] = [];
  for (let i = 0; people.length < 420 && i < 5000; i++) {
    const last = surname();
    const name = `${rng.pick(t.givenNames)} ${last}`;
    if (byId.has(`person:${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`)) continue;
    const role = rng.pick(t.personRoles);
    const of = role.of === 'country' ? rng.skewed(countries, 1.5).entity : rng.skewed(organizations, 1.5);
    people.push({ entity: entity('PERSON', name, [last]), last, role: role.title, of });
  }
  return { byId, countries, organizations, people };
}

function writeArticle(rng: Rng, world: ReturnType<typeof createWorld>, index: number) {
  const topic = rng.pick(t.topics);
  // Skewed picks make a few entities very common (deep entity pages, many co-mentions) and most rare.
  const [c1, c2] = distinct(rng, 2, () => rng.skewed(world.countries, 2.2));
  const [p1, p2, p3] = distinct(rng, 3, () => rng.skewed(world.people, 2.5));
  const cast: Cast = { C1: c1 as Country, C2: c2 as Country, P1: p1 as Person, P2: p2 as Person, P3: p3 as Person, O1: rng.skewed(world.organizations, 2) };
  const issue = rng.pick(t.issues[topic]);
  const slug = `${String(index).padStart(4, '0')}_${createHash('sha1').update(`article-${index}`).digest('hex').slice(0, 12)}`;

  const plain = (text: string) => fill(rng, cast, issue, text, null).text;
  const title = capitalize(plain(rng.pick(t.headlines)));
  const byline = `${rng.pick(t.givenNames)} ${t.surnameParts.map((parts) => rng.pick(parts)).join('')}`;

  const body = new BodyWriter(slug, cast, world.byId);
  const ledeTemplate = rng.pick(t.ledes);
  body.sentence(fill(rng, cast, issue, '', ledeTemplate), ledeTemplate);
  body.endParagraph();
  const paragraphCount = rng.int(7, 11);
  const usedTemplates = new Set<t.SentenceTemplate>();
  for (let p = 0; p < paragraphCount; p++) {
    const n = rng.int(1, 3);
    for (let s = 0; s < n; s++) {
      let template = rng.pick(t.sentences);
      // Each sentence at most once per article, as a reporter would write it.
      for (let tries = 0; usedTemplates.has(template) && tries < 20; tries++) template = rng.pick(t.sentences);
      usedTemplates.add(template);
      body.sentence(fill(rng, cast, issue, '', template), template);
    }
    body.endParagraph();
  }
  const record = body.record({ title, byline, source: `${slug}.txt` });
  const [lede, ...rest] = record.paragraphs.map((p) => record.body.slice(p.start, p.end));
  const text = [title, '', lede, '', `By ${byline}`, '', ...rest.flatMap((p) => [p, ''])].join('\n');
  record.contentHash = createHash('sha256').update(text).digest('hex');
  return { record, text, mentions: body.mentions, quotes: body.quotes, relations: body.relations };
}

interface Filled {
  text: string;
  /** Entity mentions by position in `text`, with the slot they came from. */
  spans: { slot: string; entity: EntityRecord; start: number; end: number }[];
  quote: { start: number; end: number } | null;
}

const SLOT = /\{([A-Z]+\d?)(?:\.(last|role|of|adj|cap))?\}/g;

function fill(rng: Rng, cast: Cast, issue: string, text: string, template: t.SentenceTemplate | null): Filled {
  const source = template?.text ?? text;
  const spans: Filled['spans'] = [];
  let quote: Filled['quote'] = null;
  let out = '';
  let last = 0;
  for (const m of source.matchAll(SLOT)) {
    out += source.slice(last, m.index);
    last = m.index + m[0].length;
    const [, name = '', part] = m;
    let value: string;
    let entity: EntityRecord | null = null;
    if (name === 'ISSUE') value = issue;
    else if (name === 'DAY') value = rng.pick(t.days);
    else if (name === 'MONTH') value = rng.pick(t.months);
    else if (name === 'NUM') value = String(rng.int(2, 90));
    else if (name === 'QUOTE') {
      value = template?.quote?.kind === 'PARTIAL' ? rng.pick(t.partialQuotes) : rng.pick(t.fullQuotes);
      quote = { start: out.length, end: out.length + value.length };
    } else {
      const member = cast[name as t.Slot];
      if ('capital' in member) {
        entity = part === 'cap' ? member.capital : member.entity;
        value = part === 'adj' ? member.adjective : entity.name;
      } else if ('role' in member) {
        entity = part === 'of' ? member.of : part === 'role' ? null : member.entity;
        value = part === 'last' ? member.last : part === 'role' ? member.role : (entity as EntityRecord).name;
      } else {
        entity = member;
        value = member.name;
      }
    }
    if (entity) spans.push({ slot: part && part !== 'last' && part !== 'adj' ? `${name}.${part}` : name, entity, start: out.length, end: out.length + value.length });
    out += value;
  }
  out += source.slice(last);
  return { text: out, spans, quote };
}

/** Appends sentences to a body, keeping every record's offsets into it. */
class BodyWriter {
  body = '';
  paragraphStart = 0;
  paragraphs: ArticleRecord['paragraphs'] = [];
  sentences: SentenceRecord[] = [];
  mentions: MentionRecord[] = [];
  quotes: QuoteRecord[] = [];
  relations: RelationRecord[] = [];

  constructor(
    readonly articleId: string,
    readonly cast: Cast,
    readonly byId: Map<string, EntityRecord>,
  ) {}

  sentence(filled: Filled, template: t.SentenceTemplate): void {
    if (this.body.length > this.paragraphStart) this.body += ' ';
    const start = this.body.length;
    this.body += filled.text;
    const sentenceIndex = this.sentences.length;
    this.sentences.push({ index: sentenceIndex, paragraphIndex: this.paragraphs.length, start, end: this.body.length });
    const bySlot = new Map<string, EntityRecord>();
    for (const span of filled.spans) {
      bySlot.set(span.slot, span.entity);
      this.mentions.push({
        id: `${this.articleId}:m${this.mentions.length}`,
        entityId: span.entity.id,
        articleId: this.articleId,
        field: 'BODY',
        text: filled.text.slice(span.start, span.end),
        start: start + span.start,
        end: start + span.end,
        sentenceIndex,
      });
    }
    for (const [subject, predicate, type, object] of template.relations ?? []) {
      const s = this.slotEntity(subject);
      const o = this.slotEntity(object);
      if (s.id === o.id) continue;
      this.relations.push({
        id: `${this.articleId}:r${this.relations.length}`,
        subjectId: s.id,
        predicate,
        type,
        objectId: o.id,
        articleId: this.articleId,
        evidence: filled.text,
        evidenceStart: start,
        evidenceEnd: this.body.length,
      });
    }
    // "the foreign minister of Russia" states a ROLE wherever a sentence spells out a title.
    for (const slot of ['P1', 'P2', 'P3'] as const) {
      const of = bySlot.get(`${slot}.of`);
      const person = this.cast[slot] as Person;
      if (of && template.text.includes(`{${slot}.role}`)) {
        this.relations.push({
          id: `${this.articleId}:r${this.relations.length}`,
          subjectId: person.entity.id,
          predicate: `${person.role} of`,
          type: 'ROLE',
          objectId: of.id,
          articleId: this.articleId,
          evidence: filled.text,
          evidenceStart: start,
          evidenceEnd: this.body.length,
        });
      }
    }
    if (filled.quote && template.quote) {
      const speaker = template.quote.speaker ? (this.cast[template.quote.speaker] as Person) : null;
      this.quotes.push({
        id: `${this.articleId}:q${this.quotes.length}`,
        articleId: this.articleId,
        text: filled.text.slice(filled.quote.start, filled.quote.end),
        kind: template.quote.kind,
        speakerId: speaker?.entity.id ?? null,
        speakerText: speaker ? (template.quote.speakerText?.endsWith('.last}') ? speaker.last : speaker.entity.name) : null,
        verb: template.quote.verb,
        field: 'BODY',
        start: start + filled.quote.start,
        end: start + filled.quote.end,
      });
    }
  }

  endParagraph(): void {
    this.paragraphs.push({ index: this.paragraphs.length, start: this.paragraphStart, end: this.body.length });
    this.body += '\n\n';
    this.paragraphStart = this.body.length;
  }

  record(meta: { title: string; byline: string; source: string }): ArticleRecord {
    this.body = this.body.slice(0, -2);
    const lede = this.paragraphs[0];
    return {
      id: this.articleId,
      slug: this.articleId,
      source: meta.source,
      title: meta.title,
      lede: lede ? this.body.slice(lede.start, lede.end) : null,
      byline: meta.byline,
      body: this.body,
      paragraphs: this.paragraphs,
      sentences: this.sentences,
      boilerplate: [],
      wordCount: this.body.split(/\s+/).filter(Boolean).length,
      contentHash: '',
      warnings: [],
    };
  }

  private slotEntity(ref: string): EntityRecord {
    const [slot = '', part] = ref.split('.');
    const member = this.cast[slot as t.Slot];
    if ('capital' in member) return part === 'cap' ? member.capital : member.entity;
    if ('role' in member) return part === 'of' ? member.of : member.entity;
    return member;
  }
}

function distinct<T>(rng: Rng, n: number, draw: () => T): T[] {
  const out: T[] = [];
  for (let guard = 0; out.length < n && guard < 1000; guard++) {
    const x = draw();
    if (!out.includes(x)) out.push(x);
  }
  return out;
}

function shuffle<T>(rng: Rng, items: T[]): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
