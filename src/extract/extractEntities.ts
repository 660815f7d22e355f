import type { SegmentedArticle } from '../ingest/types.js';
import { assemble } from './entities/assemble.js';
import type { Candidate } from './entities/candidates.js';
import { findChunks } from './entities/chunks.js';
import { applyContext } from './entities/context.js';
import { corefer } from './entities/corefer.js';
import { nameWordsOf, readChunk } from './entities/readChunk.js';
import { toWords } from './entities/words.js';
import type { LocalEntity } from './types.js';

/**
 * Named entities of one article with every mention's offsets. The recipe: words from the
 * segmenter's tokens → capitalised chunks → candidates read from each chunk (titles, honorifics,
 * lexicons, name suffixes) → context cues around them → short forms joined to full names →
 * entities grouped and typed.
 */
export function extractEntities(article: SegmentedArticle): LocalEntity[] {
  const words = toWords(article);
  const nameWords = nameWordsOf(words);
  const candidates: Candidate[] = findChunks(words).flatMap((chunk) => readChunk(words, chunk, nameWords));
  const at = new Map<number, Candidate>();
  for (const c of candidates) for (let i = c.from; i < c.to; i++) at.set(i, c);
  const extra = applyContext(words, candidates, at);
  const all = [...candidates, ...extra];
  return assemble(words, all, corefer(words, all));
}
