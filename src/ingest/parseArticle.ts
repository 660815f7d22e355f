import { AUTHOR_BIO, AUTHOR_BIO_MAX_WORDS, AUTHOR_BIO_TAIL_PARAGRAPHS, BYLINE_TAIL, BYLINES, CHROME_LINES, LINK_LABEL, LINKED_HEADLINE, LINKED_HEADLINE_MAX_WORDS, NAME_LINE } from '../data/chromePatterns.js';
import { NEWS_AGENCIES } from '../data/knownOrganizations.js';
import type { ParagraphRecord } from '../store/records.js';
import type { ParsedArticle, SourceText } from './types.js';

/** How far down a byline may stand: under the headline and standfirst, not in the story. */
const BYLINE_MAX_LINE = 5;
/** A wire credit standing alone: the name of a news agency and nothing else ("Agence France-Presse"). */
const AGENCY_NAMES = new Set(NEWS_AGENCIES.flatMap((a) => [a.name, ...a.forms]).map((name) => name.toLowerCase()));
const PARAGRAPH_SEPARATOR = '\n\n';
/** Words a repeated headline may carry after it as a credit. */
const HEADLINE_CREDIT_MAX_WORDS = 3;
/** A text is hard-wrapped throughout when at least this many line breaks, and this share of them, fall inside a sentence going on in lower case. */
const HARD_WRAP_MIN_JOINS = 3;
const HARD_WRAP_MIN_SHARE = 0.2;

/**
 * Splits raw article text into headline, byline and paragraphs, and sets site chrome aside.
 * Line 1 is the headline. Paragraphs are separated by blank lines or stand one per line;
 * a hard-wrapped paragraph (a line continuing in lower case) is joined back together.
 */
export function parseArticle(source: SourceText): ParsedArticle {
  const warnings: string[] = [];
  const isChrome = chromeTester();
  const lines = joinWrappedLines(source.text.split('\n').map((l) => l.trim()), isChrome);
  const title = lines[0] ?? '';
  let byline: string | null = null;
  const boilerplate: string[] = [];
  let kept: string[] = [];

  const body = lines.slice(1);
  const headline = comparable(title);
  const chrome = body.map(
    (line, i) => isChrome(line) || AGENCY_NAMES.has(line.replace(/[\s.|:–—-]+$/u, '').toLowerCase()) || repeatsHeadline(line, headline) || linkedHeadline(line, body[i - 1]),
  );
  body.forEach((line, i) => {
    const bylineMatch = byline === null && i < BYLINE_MAX_LINE ? (BYLINES.map((pattern) => pattern.exec(line)).find(Boolean) ?? null) : null;
    // A name alone on a line is an author's or a source's, not the story's: closing the article
    // ("Jane Roe" last, or above "Editor | desk@example.com"), or under a date line in the header.
    const closing = i >= body.length - 3 && (chrome[i + 1] === true || i === body.length - 1);
    const underHeader = i < BYLINE_MAX_LINE && chrome[i - 1] === true;
    const authorBox = (closing || underHeader) && NAME_LINE.test(line);
    if (bylineMatch?.[1] && wordCount(line) <= 12) byline = BYLINE_TAIL.reduce((name, tail) => name.replace(tail, ''), bylineMatch[1].trim());
    else if (chrome[i] || authorBox) boilerplate.push(line);
    else kept.push(line);
  });

  // An author bio closes the article; only there is it chrome.
  kept = kept.filter((line, i) => {
    const isBio = i >= kept.length - AUTHOR_BIO_TAIL_PARAGRAPHS && wordCount(line) <= AUTHOR_BIO_MAX_WORDS && AUTHOR_BIO.test(line);
    if (isBio) boilerplate.push(line);
    return !isBio;
  });

  kept = kept.map(unglueSentences);

  if (title === '') warnings.push('no headline');
  if (kept.length === 0) warnings.push('no paragraphs after the headline');

  const paragraphs: ParagraphRecord[] = [];
  let offset = 0;
  kept.forEach((text, index) => {
    paragraphs.push({ index, start: offset, end: offset + text.length });
    offset += text.length + PARAGRAPH_SEPARATOR.length;
  });

  return {
    slug: source.slug,
    file: source.file,
    contentHash: source.contentHash,
    title,
    lede: kept[0] ?? null,
    byline,
    body: kept.join(PARAGRAPH_SEPARATOR),
    paragraphs,
    boilerplate,
    warnings,
  };
}

/**
 * Rejoins hard-wrapped lines and drops blank ones: a line that does not end a sentence, followed
 * by one in lower case. In a text hard-wrapped throughout, a line that does not end a sentence goes
 * on in the next line whatever its case ("… in the" / "United States …"), blank lines still
 * parting paragraphs; the headline always stands alone.
 */
function joinWrappedLines(raw: string[], isChrome: (line: string) => boolean): string[] {
  const open = (line: string) => /[\p{L}\d,;]$/u.test(line) && !isChrome(line);
  const adjacent = raw.slice(1).map((line, i) => [raw[i]!, line] as const).filter(([a, b]) => a !== '' && b !== '');
  const lowerJoins = adjacent.filter(([a, b]) => open(a) && /^\p{Ll}/u.test(b)).length;
  const hardWrapped = lowerJoins >= HARD_WRAP_MIN_JOINS && lowerJoins >= adjacent.length * HARD_WRAP_MIN_SHARE;
  const out: string[] = [];
  let blankBefore = false;
  for (const line of raw) {
    if (line === '') {
      blankBefore = true;
      continue;
    }
    const previous = out[out.length - 1];
    const continues = out.length > 1 && open(previous!) && (/^\p{Ll}/u.test(line) || (hardWrapped && !blankBefore && !isChrome(line)));
    if (continues) out[out.length - 1] = `${previous} ${line}`;
    else out.push(line);
    blankBefore = false;
  }
  return out;
}

/** Tests a line against the chrome patterns, each line once however often the parser asks about it. */
function chromeTester(): (line: string) => boolean {
  const seen = new Map<string, boolean>();
  return (line) => {
    let chrome = seen.get(line);
    if (chrome === undefined) seen.set(line, (chrome = CHROME_LINES.some((pattern) => pattern.test(line))));
    return chrome;
  };
}

/** "Read more:" alone on a line, then the headline it links to. */
function linkedHeadline(line: string, previous: string | undefined): boolean {
  return previous !== undefined && LINK_LABEL.test(previous) && LINKED_HEADLINE.test(line) && wordCount(line) <= LINKED_HEADLINE_MAX_WORDS;
}

/**
 * A page may print the headline again above the story, alone or as a picture's caption with its
 * credit after it ("<headline> Example Photo", "<headline> (Agency)"): a line that is the headline
 * and at most a few capitalised words is chrome.
 */
function repeatsHeadline(line: string, headline: string): boolean {
  if (headline === '') return false;
  const text = comparable(line);
  if (text === headline) return true;
  if (!text.startsWith(`${headline} `)) return false;
  const rest = line.trim().split(/\s+/).slice(headline.split(' ').length);
  return rest.length <= HEADLINE_CREDIT_MAX_WORDS && rest.every((word) => /^[([]?\p{Lu}/u.test(word));
}

/**
 * Scraped pages lose the break between paragraphs and leave sentences glued at their stop
 * ("… in November.Mr. Roe met …"): a stop after a lower-case word, right before a capitalised
 * one, gets its space back. Initials ("e.g.", "U.S.") and web addresses ("example.com") stay.
 */
function unglueSentences(line: string): string {
  return line.replace(/(?<=\p{Ll}{2})([.!?])(?=\p{Lu}(?:\p{Ll}|\p{Lu}{2,}\b))/gu, '$1 ');
}

/** Lower case, with spacing and closing punctuation folded, for comparing two lines. */
function comparable(line: string): string {
  return line.toLowerCase().replace(/\s+/g, ' ').replace(/[\s.!?:]+$/u, '').trim();
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
