import type { SearchMatch } from '../generated/resolvers-types.js';
import { searchFields, type SearchRecord } from './searchFields.js';

// MiniSearch's default tokenizer splits on this; scanning with its complement finds the same
// words, so every indexed term can be found again with its offsets.
const WORD = /[^\n\r\p{Z}\p{P}]+/gu;

/**
 * `SearchEdge.matches`: every occurrence of the matched terms (as MiniSearch reports them:
 * term → fields) in the record's fields, sorted by field, item, then offset.
 */
export function matchesIn(record: SearchRecord, terms: Readonly<Record<string, readonly string[]>>): SearchMatch[] {
  const fieldsByTerm = Object.entries(terms);
  const matches: SearchMatch[] = [];
  for (const [field, texts] of searchFields(record)) {
    const wanted = new Set(fieldsByTerm.filter(([, fields]) => fields.includes(field)).map(([term]) => term));
    if (wanted.size === 0) continue;
    texts.forEach((text, index) => {
      for (const word of text.matchAll(WORD)) {
        if (!wanted.has(word[0].toLowerCase())) continue;
        matches.push({ field, index, text: word[0], start: word.index, end: word.index + word[0].length });
      }
    });
  }
  return matches;
}
