import nlp from 'compromise';
import { EXTRA_ABBREVIATIONS } from '../data/abbreviations.js';
import type { SentenceRecord } from '../store/records.js';
import type { ParsedArticle, SegmentedArticle, Token } from './types.js';

interface CompromiseTerm {
  text: string;
  tags: string[];
}
interface CompromiseSentence {
  offset: { start: number; length: number };
  terms: CompromiseTerm[];
}

// compromise keeps a sentence going past a closing quote mark ("… work.” The next …");
// news prose starts a new sentence there.
// Taught once, at load: compromise's sentence splitter reads its abbreviations from the model.
// (compromise's typings declare `mutate` with the wrong signature, hence the cast.)
const teachAbbreviations = {
  mutate(world: { model: { one: { abbreviations: Record<string, boolean> } } }): void {
    for (const abbreviation of EXTRA_ABBREVIATIONS) world.model.one.abbreviations[abbreviation] = true;
  },
};
nlp.plugin(teachAbbreviations as unknown as Parameters<typeof nlp.plugin>[0]);

const OPENING_PUNCTUATION = /["'“‘«(\[]/;
const SENTENCE_END_INSIDE_QUOTE = /[.!?]["”’»]\s+(?=["“‘«]?\p{Lu})/gu;

/**
 * Splits each paragraph into sentences and tokens with compromise, keeping character offsets
 * into the body. Paragraphs are tagged one at a time so no sentence crosses a paragraph break.
 */
export function segment(article: ParsedArticle): SegmentedArticle {
  const sentences: SentenceRecord[] = [];
  const tokens: Token[] = [];
  for (const paragraph of article.paragraphs) {
    const text = article.body.slice(paragraph.start, paragraph.end);
    const parsed = nlp(spaceDoubleHyphens(text)).json({ offset: true, terms: { offset: true } }) as CompromiseSentence[];
    let cursor = 0;
    let previousEnd = 0;
    for (const sentence of parsed) {
      // compromise leaves an opening quote mark or bracket out of the sentence; take it back in.
      let start = sentence.offset.start;
      while (start > previousEnd && OPENING_PUNCTUATION.test(text[start - 1] ?? '')) start--;
      const pieces = splitAfterQuotes(text, start, sentence.offset.start + sentence.offset.length);
      previousEnd = pieces[pieces.length - 1]?.end ?? previousEnd;
      let pieceIndex = 0;
      const sentenceIndexAt = (position: number): number => {
        while (pieceIndex < pieces.length - 1 && position >= (pieces[pieceIndex]?.end ?? 0)) pieceIndex++;
        return sentences.length - pieces.length + pieceIndex;
      };
      for (const piece of pieces) {
        sentences.push({
          index: sentences.length,
          paragraphIndex: paragraph.index,
          start: paragraph.start + piece.start,
          end: paragraph.start + piece.end,
        });
      }
      for (const term of sentence.terms) {
        if (term.text === '') continue;
        // Find the term in the paragraph ourselves: compromise's offsets count normalized text.
        const at = text.indexOf(term.text, cursor);
        if (at < 0) continue;
        cursor = at + term.text.length;
        tokens.push({
          text: term.text,
          start: paragraph.start + at,
          end: paragraph.start + cursor,
          sentenceIndex: sentenceIndexAt(at),
          tags: new Set(term.tags),
        });
      }
    }
  }
  return { ...article, sentences, tokens };
}

/**
 * A typewriter's dash written as two hyphens with no spaces ("(Agency)--The minister") glues two
 * words into one term for compromise. A spaced dash of the same length keeps every offset.
 */
function spaceDoubleHyphens(text: string): string {
  return text.replace(/--/g, '— ');
}

/** Splits [start, end) of `text` after sentence-final punctuation inside a closing quote mark. */
function splitAfterQuotes(text: string, start: number, end: number): { start: number; end: number }[] {
  const trimmedEnd = start + text.slice(start, end).trimEnd().length;
  const pieces: { start: number; end: number }[] = [];
  let pieceStart = start;
  SENTENCE_END_INSIDE_QUOTE.lastIndex = start;
  for (let m = SENTENCE_END_INSIDE_QUOTE.exec(text); m && m.index < trimmedEnd; m = SENTENCE_END_INSIDE_QUOTE.exec(text)) {
    const cut = m.index + 2;
    const next = m.index + m[0].length;
    if (next >= trimmedEnd) break;
    pieces.push({ start: pieceStart, end: cut });
    pieceStart = next;
  }
  pieces.push({ start: pieceStart, end: trimmedEnd });
  return pieces;
}
