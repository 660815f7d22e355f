// The article's tokens as words for entity finding: slash-joined tokens split ("OSLO/BERGEN"),
// a possessive ending set aside ("Peru’s" → "Sudan" + possessive), and the text between words kept
// so chunking can see hyphens, commas, quote marks and brackets.
import { TITLE_ABBREVIATIONS } from '../../data/abbreviations.js';
import type { SegmentedArticle } from '../../ingest/types.js';

export interface Word {
  /** Surface text without a possessive ending. */
  text: string;
  lower: string;
  start: number;
  end: number;
  sentence: number;
  tags: ReadonlySet<string>;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Two or more letters, all upper case. */
  upper: boolean;
  /** Written with a possessive ending ("Iran’s"). */
  possessive: boolean;
  /** The possessive ending as written ("’s", "'"), or "". */
  suffix: string;
  /** Body text between the previous word and this one. */
  gapBefore: string;
  /** First word of its sentence, or right after an opening quote mark, colon or dash. */
  initial: boolean;
  /** Written with a "+" right after it ("OPEC+"). */
  plus: boolean;
}

const POSSESSIVE = /(['’]s|s['’])$/u;
/** Words whose "’s" is "is" or "us", never a possessive. */
const CONTRACTIONS = /^(it|he|she|that|there|here|what|who|where|when|how|let)['’]s$/iu;
const OPENERS = /["“‘«(\[:—–|]\s*$|^\s+-\s*$|[.!?]["”’]?\s+$/u;

export function toWords(article: SegmentedArticle): Word[] {
  const words: Word[] = [];
  let previousEnd = 0;
  let previousSentence = -1;
  for (const token of article.tokens) {
    const parts = splitToken(token.text, token.start);
    for (const part of parts) {
      let text = part.text;
      let possessive = false;
      const m = POSSESSIVE.exec(text);
      // "Iran’s", and "the government’s" too, but not a pronoun's contraction ("it’s", "that’s").
      if (m && text.length > 2 && !CONTRACTIONS.test(text)) {
        possessive = true;
        text = m[0].startsWith('s') ? text.slice(0, -1) : text.slice(0, -2);
      }
      const start = part.start;
      const end = start + text.length;
      const gapBefore = article.body.slice(previousEnd, start);
      // "Fortville | By Jo Bloggs |": a bar between dateline parts opens a new phrase, like a dash.
      const initial = token.sentenceIndex !== previousSentence || OPENERS.test(gapBefore) || words[words.length - 1]?.text === '|';
      words.push({
        text,
        lower: expandedTitle(article.body, start, end) ?? text.toLowerCase(),
        start,
        end,
        sentence: token.sentenceIndex,
        tags: token.tags,
        cap: /^\p{Lu}/u.test(text),
        upper: text.replace(/[^\p{L}]/gu, '').length >= 2 && !/\p{Ll}/u.test(text),
        possessive,
        suffix: part.text.slice(text.length),
        gapBefore,
        initial,
        plus: article.body[end] === '+' && !possessive,
      });
      previousEnd = start + part.text.length;
      previousSentence = token.sentenceIndex;
    }
  }
  return joinUnderSecretary(words);
}

/**
 * "Pres." before a name reads as "president", each half of "Sec-Gen." as its half of "secretary-general"
 * (see TITLE_ABBREVIATIONS); only with the stop, so "Min" the name stays a name.
 */
function expandedTitle(body: string, start: number, end: number): string | undefined {
  const text = body.slice(start, end);
  if (!/^\p{Lu}\p{Ll}+$/u.test(text)) return undefined;
  const next = /^-(\p{Lu}\p{Ll}+)\./u.exec(body.slice(end, end + 12));
  if (next) return TITLE_ABBREVIATIONS.get(`${text}-${next[1]}`.toLowerCase())?.split('-')[0];
  if (body[end] !== '.') return undefined;
  const previous = /(\p{Lu}\p{Ll}+)-$/u.exec(body.slice(Math.max(0, start - 12), start));
  if (previous) return TITLE_ABBREVIATIONS.get(`${previous[1]}-${text}`.toLowerCase())?.split('-')[1];
  return TITLE_ABBREVIATIONS.get(text.toLowerCase());
}

/** "Under Secretary", "Under Secretary-General": the spaced form of "undersecretary" is one title word. */
function joinUnderSecretary(words: Word[]): Word[] {
  const out: Word[] = [];
  for (const w of words) {
    const prev = out[out.length - 1];
    if (prev && prev.text === 'Under' && !prev.possessive && w.gapBefore === ' ' && /^secretar(?:y|ies)\b/i.test(w.text)) {
      const text = `${prev.text} ${w.text}`;
      out[out.length - 1] = { ...w, text, lower: text.toLowerCase(), start: prev.start, gapBefore: prev.gapBefore, initial: prev.initial, cap: true };
    } else out.push(w);
  }
  return out;
}

/** "OSLO/BERGEN" → two words; "anti-NEC", "pro-Russian" → prefix and name; "U.S.-led" → name and participle. */
function splitToken(text: string, start: number): { text: string; start: number }[] {
  if (text.includes('/') && /\p{L}\/\p{L}/u.test(text)) return splitSlashes(text, start);
  // A lawmaker's party tag: "R-Texas", "D-N.Y." → party letter and state.
  const tag = /^([DRI])-(\p{Lu}[\p{L}.]*)$/u.exec(text);
  if (tag) return [{ text: tag[1]!, start }, { text: tag[2]!, start: start + 2 }];
  const m = /^(\p{Ll}+)-(\p{Lu}.*)$/u.exec(text);
  if (m) return [{ text: m[1]!, start }, { text: m[2]!, start: start + m[1]!.length + 1 }];
  // "U.S.-Mexican", "U.K.-Chinese": an abbreviation with dots hyphen-joined to a name.
  const dotted = /^(\p{Lu}(?:\.\p{Lu})+\.)-(\p{Lu}\p{L}+)$/u.exec(text);
  if (dotted) return [{ text: dotted[1]!, start }, { text: dotted[2]!, start: start + dotted[1]!.length + 1 }];
  // "U.S.-led", "NATO-backed": the name and the participle it modifies.
  const led = /^(\p{Lu}[\p{L}.]*)-(\p{Ll}+(?:ed|led|run|held|built|made|born))$/u.exec(text);
  if (led) return [{ text: led[1]!, start }, { text: led[2]!, start: start + led[1]!.length + 1 }];
  return [{ text, start }];
}

/** "AFL/CIO": short capitals on both sides of a slash are one name's parts, not two names. */
const SLASHED_ACRONYMS = /^\p{Lu}{2,4}\/\p{Lu}{2,4}$/u;

function splitSlashes(text: string, start: number): { text: string; start: number }[] {
  if (SLASHED_ACRONYMS.test(text)) return [{ text, start }];
  const out: { text: string; start: number }[] = [];
  let offset = 0;
  for (const piece of text.split('/')) {
    if (piece) out.push({ text: piece, start: start + offset });
    offset += piece.length + 1;
  }
  return out;
}
