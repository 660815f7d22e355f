// Builds quote-stage inputs from small texts written for the tests: the article through the real
// parse and segment stages, entities by hand (every listed surface form becomes a mention).
import { parseArticle } from '../../src/ingest/parseArticle.js';
import { segment } from '../../src/ingest/segment.js';
import type { SegmentedArticle } from '../../src/ingest/types.js';
import { extractQuotes } from '../../src/extract/extractQuotes.js';
import type { LocalEntity, LocalMention, LocalQuote } from '../../src/extract/types.js';
import type { EntityType } from '../../src/store/records.js';

export interface EntitySpec {
  name: string;
  type?: EntityType;
  /** Surface forms besides the name. */
  forms?: string[];
  /** Role title written with the name, e.g. "foreign minister". */
  role?: string;
}

export function article(body: string): SegmentedArticle {
  return segment(parseArticle({ slug: 'test', file: 'test.txt', text: `Headline for the test\n\n${body}`, contentHash: 'test' }));
}

export function entitiesFor(a: SegmentedArticle, specs: readonly EntitySpec[]): LocalEntity[] {
  const taken: [number, number][] = [];
  const found: { key: number; mention: LocalMention }[] = [];
  const all = specs.flatMap((spec, key) => [spec.name, ...(spec.forms ?? [])].map((form) => ({ key, form })));
  all.sort((x, y) => y.form.length - x.form.length);
  for (const { key, form } of all) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
    for (const m of a.body.matchAll(pattern)) {
      const start = m.index;
      const end = start + form.length;
      if (taken.some(([s, e]) => start < e && s < end)) continue;
      taken.push([start, end]);
      const sentence = a.sentences.find((s) => s.start <= start && start < s.end);
      const role = specs[key]!.role;
      found.push({
        key,
        mention: {
          start,
          end,
          text: form,
          sentenceIndex: sentence?.index ?? 0,
          ...(role ? { role: { title: role, ofKey: null, span: { start, end: start } } } : {}),
        },
      });
    }
  }
  return specs.map((spec, key) => ({
    key,
    name: spec.name,
    type: spec.type ?? 'PERSON',
    aliases: [spec.name, ...(spec.forms ?? [])],
    isoCode: null,
    mentions: found.filter((f) => f.key === key).map((f) => f.mention).sort((x, y) => x.start - y.start),
  }));
}

export interface QuoteView {
  text: string;
  kind: LocalQuote['kind'];
  speaker: string | null;
  verb: string | null;
}

/** Runs the quote stage and names each quote's speaker. */
export function quotesOf(body: string, specs: readonly EntitySpec[] = []): QuoteView[] {
  const a = article(body);
  const entities = entitiesFor(a, specs);
  return extractQuotes(a, entities).map((q) => {
    if (a.body.slice(q.start, q.end) !== q.text) throw new Error(`offsets do not match text: ${q.text}`);
    return { text: q.text, kind: q.kind, speaker: entities.find((e) => e.key === q.speakerKey)?.name ?? null, verb: q.verb };
  });
}
