import { CLOSING_CONTEXT, CLOSING_MARKS, MARK_FAMILY, OPENING_CONTEXT, OPENING_MARKS, type QuoteFamily } from '../../data/quoteMarks.js';
import type { Span } from '../../store/records.js';
import { paragraphIndexAt } from './articleIndex.js';

/** A quotation between a pair of marks; start/end exclude the marks. */
export interface QuoteSpan extends Span {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark (its last character, for a mark written as two). */
  close: number;
  family: QuoteFamily;
  /** Paragraph of the opening and of the closing mark (they differ for a quote run over paragraphs). */
  firstParagraph: number;
  lastParagraph: number;
  /** No closing mark: recovered to its paragraph's end (`close` is then that end, not a mark). */
  unclosed?: boolean;
}

interface Mark {
  at: number;
  /** Characters the mark takes: 2 for a double mark written as two single ones ('' or ’’). */
  width: number;
  glyph: string;
  paragraph: number;
  /** Stands where an opening mark stands: after a space or bracket, before text. */
  leftFlank: boolean;
  /** Stands where a closing mark stands: after text, before a space or punctuation. */
  rightFlank: boolean;
  /** First non-space character of its paragraph. */
  paragraphStart: boolean;
  /** Shaped like a plural possessive: "members' votes". */
  possessive: boolean;
  /** Follows a colon: "X said: '…". */
  afterColon: boolean;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The double mark two single ones in a row stand for. */
const DOUBLED_SINGLES: ReadonlyMap<string, string> = new Map([['‘', '“'], ['’', '”'], ['`', '“'], ["'", '"']]);

/**
 * Finds quotations: pairs of quote marks of one family, straight or curly, with misplaced marks
 * tolerated (a quote open in a paragraph closes at the next mark of its family there, whatever its
 * shape). A quotation left open at a paragraph's end continues when the next paragraph reopens with
 * a mark, and ends at the first closing mark (one quote over several paragraphs). A quotation whose
 * closing mark was forgotten runs to its paragraph's end when the next paragraph opens a quotation of
 * its own or no paragraph follows. Single marks pair only where they cannot be apostrophes, and two
 * in a row ('' or ’’) are one double mark; double-mark quotations win over single-mark ones they
 * overlap. A stray curly closer inside a quotation gives way to the second one after it.
 */
export function findQuoteSpans(body: string, paragraphs: readonly Span[]): QuoteSpan[] {
  const marks: Record<QuoteFamily, Mark[]> = { double: [], single: [] };
  for (let at = 0; at < body.length; at++) {
    // Two single marks in a row ('' or ’’) are a double mark, as some wires type them.
    const width = MARK_FAMILY.get(body[at]!) === 'single' && MARK_FAMILY.get(body[at + 1] ?? '') === 'single' ? 2 : 1;
    const glyph = width === 2 ? DOUBLED_SINGLES.get(body[at]!) ?? '"' : body[at]!;
    const family = MARK_FAMILY.get(glyph);
    if (!family) continue;
    const before = at > 0 ? body[at - 1]! : '';
    const after = at + width < body.length ? body[at + width]! : '';
    // An apostrophe inside a word ("don't", "Roe's") is no quote mark.
    if (family === 'single' && LETTER_OR_DIGIT.test(before) && LETTER_OR_DIGIT.test(after)) continue;
    const paragraph = paragraphIndexAt(paragraphs, at);
    const rightFlank = before !== '' && !/\s/u.test(before) && (after === '' || CLOSING_CONTEXT.test(after) || MARK_FAMILY.has(after));
    // A straight double mark typed loose after a sentence's stop still opens the next sentence: set
    // off by spaces ("… tomorrow. " Our aim …") or with the space left out ("… colony."What we …").
    // A mark closing a sentence ("… exist." Roe said) stays a closer.
    const stopBefore = /[.!?]\s?$/u.test(body.slice(Math.max(0, at - 2), at));
    const looseOpener = glyph === '"' && stopBefore && !rightFlank && (/^\s\p{Lu}/u.test(body.slice(at + width, at + width + 2)) || (!/\s/u.test(before) && /\p{Lu}/u.test(after)));
    const leftFlank = ((before === '' || OPENING_CONTEXT.test(before) || MARK_FAMILY.has(before)) && after !== '' && !/\s/u.test(after)) || looseOpener;
    let back = at - 1;
    const from = paragraphs[paragraph]?.start ?? 0;
    while (back >= from && /\s/u.test(body[back]!)) back--;
    const paragraphStart = back < from;
    const possessive = family === 'single' && /s/i.test(before) && /^\s\p{Ll}/u.test(body.slice(at + 1, at + 3));
    const afterColon = back >= from && body[back] === ':';
    marks[family].push({ at, width, glyph, paragraph, leftFlank, rightFlank, paragraphStart, possessive, afterColon });
    at += width - 1;
  }
  // A quotation inside another is part of it (‘When he says “support”, he means loans,’); where pairs
  // cross, double marks win, since single ones may be apostrophes.
  const doubles = pair(marks.double, 'double', body, paragraphs);
  const singles = pair(marks.single, 'single', body, paragraphs);
  const inside = (a: QuoteSpan, b: QuoteSpan): boolean => b.open < a.open && a.close < b.close;
  const overlap = (a: QuoteSpan, b: QuoteSpan): boolean => a.open <= b.close && b.open <= a.close;
  const keptDoubles = doubles.filter((d) => !singles.some((s) => inside(d, s)));
  const keptSingles = singles.filter((s) => !doubles.some((d) => overlap(s, d) && !inside(d, s)));
  return [...keptDoubles, ...keptSingles].sort((a, b) => a.open - b.open);
}

/** Where a quotation's text starts: after its opening mark and any space typed loose after it. */
function textStart(body: string, open: Mark): number {
  let at = open.at + open.width;
  while (at < body.length && body[at] === ' ') at++;
  return at;
}

function canOpen(mark: Mark, family: QuoteFamily): boolean {
  if (family === 'double') return mark.leftFlank || (OPENING_MARKS.has(mark.glyph) && !mark.rightFlank);
  return mark.leftFlank && !CLOSING_MARKS.has(mark.glyph);
}

function canClose(mark: Mark, family: QuoteFamily): boolean {
  // Inside an open double quote any double mark closes it, misplaced ones included
  // ("… preparation, “tweeted"); single marks must look like closers, or apostrophes would.
  if (family === 'double') return true;
  return mark.rightFlank && !OPENING_MARKS.has(mark.glyph);
}

function pair(marks: readonly Mark[], family: QuoteFamily, body: string, paragraphs: readonly Span[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open: Mark | null = null;
  let paragraph = -1;
  // A quotation left open: kept up to its paragraph's end when a new quotation opens in the next
  // paragraph or the article ends there; dropped when plain text follows (a stray mark).
  const recover = (next: Mark | undefined): void => {
    if (!open || !canRecover(open, family)) return;
    const last = paragraph === paragraphs.length - 1 || (next === undefined && lastTextParagraph(body, paragraphs) <= paragraph);
    const reopened = next !== undefined && next.paragraph === paragraph + 1 && canOpen(next, family);
    if (!last && !reopened) return;
    let end = paragraphs[paragraph]?.end ?? body.length;
    while (end > open.at + open.width && /\s/u.test(body[end - 1]!)) end--;
    if (!/[\p{L}\p{N}]/u.test(body.slice(open.at + open.width, end))) return;
    spans.push({ open: open.at, close: end, start: textStart(body, open), end, family, firstParagraph: open.paragraph, lastParagraph: paragraph, unclosed: true });
  };
  for (let i = 0; i < marks.length; i++) {
    const mark = marks[i]!;
    if (open) {
      if (mark.paragraph !== paragraph) {
        // Left open at a paragraph's end: the next paragraph reopening with a mark continues it.
        if (mark.paragraph === paragraph + 1 && mark.paragraphStart && canOpen(mark, family)) {
          paragraph = mark.paragraph;
          continue;
        }
        // "“The Council condemns …\n\nIt will scale down aid.”": a statement quoted whole over two
        // paragraphs, the second not reopened, ends at the curly closer that ends the next paragraph.
        if (family === 'double' && open.paragraphStart && mark.paragraph === paragraph + 1 && endsParagraphAsCloser(mark, body, paragraphs)) {
          spans.push({ open: open.at, close: mark.at + mark.width - 1, start: textStart(body, open), end: mark.at, family, firstParagraph: open.paragraph, lastParagraph: mark.paragraph });
          open = null;
          continue;
        }
        recover(mark);
        open = null;
      } else if (canClose(mark, family) && !(family === 'single' && isPossessiveWithLaterCloser(marks, i))) {
        // "“… analyses” of suspect cases,” Roe told": a second closer later in the sentence, with no
        // opener between, is where the quotation really ends; the first was a stray mark.
        const stray = family === 'double' ? strayCloserAfter(marks, i, body) : undefined;
        if (stray !== undefined) {
          i = stray - 1;
          continue;
        }
        spans.push({
          open: open.at,
          // The closing mark's last character, so that what follows it starts at close + 1.
          close: mark.at + mark.width - 1,
          start: textStart(body, open),
          end: mark.at,
          family,
          firstParagraph: open.paragraph,
          lastParagraph: mark.paragraph,
        });
        open = null;
        continue;
      } else {
        continue;
      }
    }
    if (canOpen(mark, family)) {
      open = mark;
      paragraph = mark.paragraph;
    }
  }
  recover(undefined);
  return spans;
}

/**
 * Index of a second curly closer right after mark `i` in its paragraph and sentence, when mark `i` was
 * a stray closer before it: the words between end in the punctuation a quotation closes on. Straight
 * marks are left alone: a straight mark after a sentence is as often a stray opener.
 */
function strayCloserAfter(marks: readonly Mark[], i: number, body: string): number | undefined {
  const mark = marks[i]!;
  const next = marks[i + 1];
  const curlyCloser = (m: Mark): boolean => CLOSING_MARKS.has(m.glyph) && !OPENING_MARKS.has(m.glyph) && m.rightFlank && !m.leftFlank;
  if (!next || next.paragraph !== mark.paragraph || !curlyCloser(mark) || !curlyCloser(next)) return undefined;
  const between = body.slice(mark.at + mark.width, next.at);
  return /\p{L}/u.test(between) && !/[.!?]\s/u.test(between) && /[,.!?]$/u.test(between) ? i + 1 : undefined;
}

/** A curly closing mark that ends its paragraph, the paragraph's first mark. */
function endsParagraphAsCloser(mark: Mark, body: string, paragraphs: readonly Span[]): boolean {
  const paragraph = paragraphs[mark.paragraph];
  if (!paragraph || !CLOSING_MARKS.has(mark.glyph) || OPENING_MARKS.has(mark.glyph) || !mark.rightFlank || mark.leftFlank) return false;
  return !/\S/u.test(body.slice(mark.at + mark.width, paragraph.end)) && !/["“”]/u.test(body.slice(paragraph.start, mark.at));
}

/** Only a mark that surely opens a quotation is kept without its closer: a double one, or a single one opening its paragraph or following a colon. */
function canRecover(mark: Mark, family: QuoteFamily): boolean {
  if (family === 'double') return true;
  return mark.leftFlank && (mark.paragraphStart || mark.afterColon);
}

/** Index of the last paragraph holding any text. */
function lastTextParagraph(body: string, paragraphs: readonly Span[]): number {
  for (let p = paragraphs.length - 1; p >= 0; p--) if (/\S/u.test(body.slice(paragraphs[p]!.start, paragraphs[p]!.end))) return p;
  return -1;
}

/** A plural possessive ("the members' votes") inside a single-quoted span that closes later on. */
function isPossessiveWithLaterCloser(marks: readonly Mark[], i: number): boolean {
  const mark = marks[i]!;
  if (!mark.possessive) return false;
  for (let j = i + 1; j < marks.length; j++) {
    const later = marks[j]!;
    if (later.paragraph !== mark.paragraph || (later.leftFlank && !later.rightFlank)) return false;
    if (later.rightFlank) return true;
  }
  return false;
}
