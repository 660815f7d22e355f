import type { SegmentedArticle } from '../ingest/types.js';
import { assemble } from './entities/assemble.js';
import type { Candidate } from './entities/candidates.js';
import { findChunks } from './entities/chunks.js';
import { applyContext } from './entities/context.js';
import { corefer } from './entities/corefer.js';
import { nameWordsOf, readChunk } from './entities/readChunk.js';
import { findInstitutions } from './entities/institutions.js';
import { findStateBodies } from './entities/stateBodies.js';
import { toWords, type Word } from './entities/words.js';
import { titleHeads } from './entities/lexicon.js';
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
  titledInHeadline(article.title, words, candidates);
  const at = new Map<number, Candidate>();
  for (const c of candidates) for (let i = c.from; i < c.to; i++) at.set(i, c);
  const extra = applyContext(words, candidates, at);
  const withContext = [...candidates, ...extra];
  const bodies = [...withContext, ...findStateBodies(words, withContext)];
  const all = [...bodies, ...findInstitutions(words, bodies)];
  return assemble(words, all, corefer(words, all));
}

/**
 * "Foreign Minister Velos meets …" in the headline, "talks with Velos" in the body: a one-word name the
 * headline writes right after a title word is a person known by surname.
 */
function titledInHeadline(title: string, words: readonly Word[], candidates: Candidate[]): void {
  const titled = new Set<string>();
  const tokens = title.split(/\s+/).map((t) => t.replace(/['’]s?$|[,:;.!?]+$/u, ''));
  for (let i = 1; i < tokens.length; i++) if (titleHeads.has(tokens[i - 1]!.toLowerCase()) && /^\p{Lu}\p{Ll}+$/u.test(tokens[i]!)) titled.add(tokens[i]!);
  if (!titled.size) return;
  for (const c of candidates) {
    if (c.to - c.from === 1 && (c.kind === 'UNKNOWN' || c.kind === 'OTHER') && c.certainty < 3 && titled.has(words[c.from]!.text)) {
      c.kind = 'PERSON';
      c.certainty = 2;
    }
  }
}
