import type { SegmentedArticle } from '../ingest/types.js';
import { assemble } from './entities/assemble.js';
import type { Candidate } from './entities/candidates.js';
import { findChunks } from './entities/chunks.js';
import { applyContext } from './entities/context.js';
import { corefer } from './entities/corefer.js';
import { nameWordsOf, readChunk } from './entities/readChunk.js';
import { findInstitutions } from './entities/institutions.js';
import { findStateBodies } from './entities/stateBodies.js';
import { toWords } from './entities/words.js';
import type { LocalEntity } from './types.js';

/**
 * Named entities of one article with every mention's offsets. The recipe: words from the
 * segmenter's tokens → capitalised chunks → candidates read from each chunk (titles, honorifics,
 * lexicons, name suffixes) → context cues around them → state bodies written in lower case →
 * institutions by their bare head → short forms joined to full names →
 * entities grouped and typed.
 */
export function extractEntities(article: SegmentedArticle): LocalEntity[] {
  const words = toWords(article);
  const chunks = findChunks(words);
  const nameWords = nameWordsOf(words, chunks);
  const candidates: Candidate[] = chunks.flatMap((chunk) => readChunk(words, chunk, nameWords));
  const at = new Map<number, Candidate>();
  for (const c of candidates) for (let i = c.from; i < c.to; i++) at.set(i, c);
  const extra = applyContext(words, candidates, at);
  const withContext = [...candidates, ...extra];
  const bodies = [...withContext, ...findStateBodies(words, withContext)];
  const all = [...bodies, ...findInstitutions(words, bodies)];
  return assemble(words, all, corefer(words, all));
}
