// Builds hand-made entity inputs for the relation rules, so they are tested apart from the entity
// stage. Every text in the relation tests is invented.
import { expect } from 'vitest';
import { extractRelations } from '../../src/extract/extractRelations.js';
import type { LocalEntity, LocalMention } from '../../src/extract/types.js';
import { parseArticle } from '../../src/ingest/parseArticle.js';
import { segment } from '../../src/ingest/segment.js';
import type { SegmentedArticle } from '../../src/ingest/types.js';
import type { EntityType } from '../../src/store/records.js';

export interface EntitySpec {
  name: string;
  type: EntityType;
  /** Surface forms to find in the body (the name is always looked for). */
  forms?: string[];
}

export interface RoleSpec {
  /** Surface form of the person right after the title. */
  person: string;
  /** The title as written ("Ruritanian Foreign Minister"). */
  written: string;
  title: string;
  of: string | null;
}

export function articleOf(body: string): SegmentedArticle {
  return segment(parseArticle({ slug: 'test', file: 'test.txt', text: `Test headline\n\n${body}`, contentHash: 'x' }));
}

export function entitiesFor(article: SegmentedArticle, specs: EntitySpec[], roles: RoleSpec[] = []): LocalEntity[] {
  const entities: LocalEntity[] = specs.map((s, key) => ({ key, name: s.name, type: s.type, aliases: [s.name, ...(s.forms ?? [])], isoCode: null, mentions: [] }));
  const taken: Array<[number, number]> = [];
  const forms = specs.flatMap((s, key) => [s.name, ...(s.forms ?? [])].map((form) => ({ form, key }))).sort((a, b) => b.form.length - a.form.length);
  for (const { form, key } of forms) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
    for (const m of article.body.matchAll(pattern)) {
      const start = m.index ?? 0;
      const end = start + form.length;
      if (taken.some(([s, e]) => s < end && start < e)) continue;
      taken.push([start, end]);
      const sentenceIndex = article.sentences.find((s) => s.start <= start && start < s.end)?.index ?? 0;
      const mention: LocalMention = { text: form, start, end, sentenceIndex };
      for (const r of roles) {
        if (r.person !== form) continue;
        const titleStart = start - r.written.length - 1;
        if (titleStart >= 0 && article.body.slice(titleStart, start - 1) === r.written) {
          const ofKey = r.of === null ? null : specs.findIndex((s) => s.name === r.of);
          mention.role = { title: r.title, ofKey, span: { start: titleStart, end: start - 1 } };
        }
      }
      entities[key]!.mentions.push(mention);
    }
  }
  for (const e of entities) e.mentions.sort((a, b) => a.start - b.start);
  return entities;
}

/** "Subject —predicate→ Object" lines of the relations found in a body. */
export function relationsIn(body: string, specs: EntitySpec[], roles: RoleSpec[] = []): string[] {
  const article = articleOf(body);
  const entities = entitiesFor(article, specs, roles);
  return extractRelations(article, entities).map((r) => `${entities[r.subjectKey]!.name} —${r.predicate}→ ${entities[r.objectKey]!.name}`);
}

export const P = (name: string, ...forms: string[]): EntitySpec => ({ name, type: 'PERSON', forms });
export const C = (name: string, ...forms: string[]): EntitySpec => ({ name, type: 'COUNTRY', forms });
export const O = (name: string, ...forms: string[]): EntitySpec => ({ name, type: 'ORGANIZATION', forms });
export const L = (name: string, ...forms: string[]): EntitySpec => ({ name, type: 'LOCATION', forms });

/** Asserts that the relations read from `body` include every one of `expected` (others may be found too). */
export function expectRelations(body: string, entities: EntitySpec[], expected: string[], roles: RoleSpec[] = []): void {
  const got = relationsIn(body, entities, roles);
  for (const e of expected) expect(got).toContain(e);
}
