// Builds one article from a few sentences and runs entity extraction on it.
import { extractEntities } from '../../src/extract/extractEntities.js';
import type { LocalEntity } from '../../src/extract/types.js';
import { parseArticle } from '../../src/ingest/parseArticle.js';
import { segment } from '../../src/ingest/segment.js';

export function entitiesOf(body: string, headline = 'A headline for the test'): LocalEntity[] {
  const text = `${headline}\n\n${body}\n`;
  return extractEntities(segment(parseArticle({ slug: 't', file: 't.txt', text, contentHash: 'h' })));
}

/** "TYPE name" for every entity, for compact assertions. */
export function summary(body: string): string[] {
  return entitiesOf(body).map((e) => `${e.type} ${e.name}`);
}

export function find(entities: readonly LocalEntity[], name: string): LocalEntity | undefined {
  return entities.find((e) => e.name === name);
}
