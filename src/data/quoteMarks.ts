// Quotation-mark glyphs, by family and by the side they usually stand on. Which side a mark
// really stands on is decided in context (see extract/quotes/findQuoteSpans.ts): publishers
// misplace curly marks, and straight marks have no side at all.

export type QuoteFamily = 'double' | 'single';

/** Marks that open a quotation when written as intended. */
export const OPENING_MARKS: ReadonlySet<string> = new Set(['“', '„', '«', '‹', '‘', '‚', '`', '「', '『']);
/** Marks that close a quotation when written as intended. */
export const CLOSING_MARKS: ReadonlySet<string> = new Set(['”', '»', '›', '’', '」', '』']);

/** Family of every quotation mark; a mark pairs only with marks of its own family. */
export const MARK_FAMILY: ReadonlyMap<string, QuoteFamily> = new Map<string, QuoteFamily>([
  ['"', 'double'], ['“', 'double'], ['”', 'double'], ['„', 'double'], ['‟', 'double'], ['″', 'double'],
  ['«', 'double'], ['»', 'double'], ['「', 'double'], ['」', 'double'], ['『', 'double'], ['』', 'double'],
  ["'", 'single'], ['‘', 'single'], ['’', 'single'], ['‚', 'single'], ['`', 'single'], ['‹', 'single'], ['›', 'single'],
]);

/** Characters that may stand between a space and an opening mark, or a closing mark and a space. */
export const OPENING_CONTEXT = /[\s([{\u2014\u2013\-/:;,]/u;
export const CLOSING_CONTEXT = /[\s)\]}\u2014\u2013\-/:;,.!?…]/u;
