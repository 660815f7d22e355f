// Capitalised sequences: the candidate names of one sentence. A chunk runs over capitalised words
// joined by spaces, hyphens ("Ben-Gurion", "Su-24") or an abbreviation's dot ("Brig. Gen."), and
// over the small words inside names ("Ministry of Defence", "Rio de Janeiro", "bin") when a
// capitalised word follows, but not over "and the", which joins two names. Punctuation, quote marks, brackets and possessives end it.
import { addressNouns, addressPossessives, companySuffixes, countryByDemonym, countryByName, eastAsianSurnames, fold, honorifics, knownOrgs, orgHeads, placeHeads, places, portfolioHeads, portfolioWords, temporalTitleModifiers, titleHeads, titleModifiers } from './lexicon.js';
import { span } from './readChunk.js';
import type { Word } from './words.js';

export interface Chunk {
  /** Word index range [from, to). */
  from: number;
  to: number;
}

/** Small words allowed inside a name when a capitalised word follows. */
const INNER_WORDS = new Set(['of', 'and', 'for', 'on', '&', 'de', 'da', 'do', 'dos', 'das', 'du', 'del', 'della', 'di', 'la', 'le', 'es', 'bin', 'ibn', 'bint', 'al', 'el', 'van', 'von', 'der', 'den', 'ter', 'y', 'the', 'upon']);

/** Lower-case words after a hyphen that are English, not a name's syllable ("Fein-run"). */
const GIVEN_SYLLABLE_STOPS = new Set(['run', 'led', 'era', 'one', 'two', 'six', 'ten', 'old', 'new', 'top', 'all', 'out', 'off', 'up', 'on', 'at', 'to', 'by', 'go', 'day', 'way', 'war', 'man', 'men', 'son', 'pay', 'tax', 'law', 'bill', 'born', 'made', 'like', 'style', 'type', 'held', 'hit', 'set', 'won', 'lost', 'ally', 'fan', 'ban', 'deal', 'talk', 'talks', 'bloc', 'based', 'linked', 'owned', 'tied', 'year', 'time', 'term', 'seat', 'poll', 'vote', 'news', 'say', 'sided', 'faced', 'free', 'hot', 'king', 'queen', 'led', 'pick']);

/** After a common East Asian family name even an English-looking syllable is the given name's ("Jung Hong-won"). */

/** Groups of people written as the possessive inside a name ("People's Party", "Workers' Union"). */
const COLLECTIVE_OWNERS = new Set(['people', 'peoples', 'workers', 'women', 'farmers', 'citizens', 'children', 'students', 'youth', 'peasants', 'veterans', 'martyrs', 'nations']);

/** Heads of military units, which may be numbered ("81 … Battalion"). */
const UNIT_HEADS = new Set(['battalion', 'brigade', 'division', 'regiment', 'squadron', 'platoon']);

/** Company suffixes written with a dot that end a name. */
const ENDING_SUFFIXES = new Set(['inc', 'corp', 'ltd', 'co', 'plc', 'llc', 'bhd', 'tbk']);

/** True when word i can start or continue a name. */
export function isNameWord(words: readonly Word[], i: number): boolean {
  const w = words[i];
  if (!w) return false;
  // Money and figures ("US$8.8"), contractions ("I'll").
  if (/[$€£¥]/.test(w.text) || /^\p{L}+['’](ll|ve|re|m|d)$/iu.test(w.text)) return false;
  if (w.cap && /\d/.test(w.text) && !/^\p{Lu}+\d+\p{L}*$/u.test(w.text)) return false;
  if (w.cap) return true;
  // "Su-24", "S-400", "F-35": a number hyphen-joined to a capitalised word.
  if (/^\d[\p{L}\d]*$/u.test(w.text) && w.gapBefore === '-' && (words[i - 1]?.cap ?? false)) return true;
  // "al-Assad": a lower-case particle hyphen-joined to a capitalised word.
  if ((w.lower === 'al' || w.lower === 'el' || w.lower === 'bin') && words[i + 1]?.gapBefore === '-' && (words[i + 1]?.cap ?? false)) return true;
  const prev = words[i - 1];
  const next = words[i + 1];
  // "Tehreek-e-Insaf", "Hizb-ut-Tahrir": a short particle hyphen-joined between two capitalised words.
  if (/^\p{Ll}{1,3}$/u.test(w.text) && w.gapBefore === '-' && prev?.cap && next?.gapBefore === '-' && next.cap) return true;
  // "Co-operation", "Co-ordination" inside a name: the word goes on past its prefix's hyphen.
  if (w.gapBefore === '-' && prev?.text === 'Co' && /^\p{Ll}{4,}$/u.test(w.text)) return true;
  // "Bagh-e Varosk", "Bandar-e Abbas": a Persian ezafe hyphened to a capitalised word, a name after it.
  if (/^(?:e|ye)$/.test(w.text) && w.gapBefore === '-' && prev?.cap && next?.gapBefore === ' ' && next.cap && next.sentence === w.sentence) return true;
  // "Lee Jae-myung", "Kim Jong-un": the lower-case second syllable of an East Asian given name after a surname.
  const surname = words[i - 2];
  if (w.gapBefore === '-' && prev?.cap && !prev.upper && prev.text.length <= 5 && surname?.cap && surname.text.length <= 5 && prev.gapBefore === ' '
    && /^(?:[bcdghjklmnprstwyz]{0,2}h?[aeiouy]{1,3}(?:ng|n|m|k|l|p|t|h)?)$/.test(w.text) && (!GIVEN_SYLLABLE_STOPS.has(w.text) || eastAsianSurnames.has(surname.lower))
    && !(next && next.gapBefore === '-')) return true;
  return false;
}

/** Can word i continue the chunk that word i-1 is in? Looks only at the text between them. */
export function joins(words: readonly Word[], i: number): boolean {
  const prev = words[i - 1];
  const w = words[i];
  if (!prev || !w) return false;
  // "Workers' Party", "Farmers' Union": a plural possessive inside an organisation's name.
  const pluralOwner = /s$/.test(prev.text) && prev.cap && !prev.upper && w.cap && orgHeads.has(w.lower) && !orgHeads.has(prev.lower);
  // "Ruritanian People's Party", "People's Liberation Army", "Women's League": a group of people owning the rest of the name.
  if (prev.possessive && COLLECTIVE_OWNERS.has(prev.lower) && w.cap && !w.upper && w.gapBefore === ' ' && prev.sentence === w.sentence) return true;
  // "Lee's Summit": a place whose own name holds a possessive.
  if (prev.possessive && w.cap && w.gapBefore === ' ' && places.has(fold(`${prev.text}${prev.suffix} ${w.text}`))) return true;
  if (prev.possessive) return pluralOwner && /^['’]$/.test(prev.suffix) && w.gapBefore === ' ';
  if (/^['’] $/.test(w.gapBefore) && pluralOwner && prev.sentence === w.sentence) return true;
  const gap = w.gapBefore;
  // "Jo "Tiger" Bloggs": a nickname in quote marks inside a person's name.
  if (nicknameAt(words, i) || nicknameAt(words, nicknameOpening(words, i))) return true;
  // The segmenter may end a sentence after an honorific's dot ("Amb. Okoro").
  if (prev.sentence !== w.sentence) return /^\. ?$/.test(gap) && honorifics.has(prev.lower);
  if (/^ ?$/.test(gap) || gap === '-' || gap === '\u2011') return true;
  // "Washington, D.C.": a place whose name the gazetteers know with a comma in it.
  if (gap === ', ' && w.cap && places.has(fold(`${prev.text}, ${w.text}`))) return true;
  // "Al- Omari": an Arabic article's hyphen with a stray space after it still joins the family name.
  if (gap === '- ' && /^(?:al|el)$/i.test(prev.text) && prev.cap && w.cap) return true;
  // An abbreviation's dot: "Brig. Gen.", "N. Korea", "George W. Bush", "U.S. Army".
  // A company suffix's dot ends the name: "Hooli Inc. Umbrella Corp" is two.
  // A state's short name before a stop ends a sentence the segmenter left whole: "… is in Chad. We …".
  // The same for a place of two or three words: "… between India and Sri Lanka. We …".
  const stateBefore = gap === '. ' && [1, 2, 3].some((n) => {
    const name = fold(words.slice(Math.max(0, i - n), i).map((x) => x.text).join(' '));
    return countryByName.has(name) || places.has(name);
  });
  // A name's own head before a stop ends it too: "… and the Liberal Party. Early elections …".
  const headBefore = gap === '. ' && (orgHeads.has(prev.lower) || placeHeads.has(prev.lower)) && !companySuffixes.has(prev.lower);
  if (/^\. ?$/.test(gap) && /^\p{Lu}[\p{L}]{0,4}$/u.test(prev.text) && !stateBefore && !headBefore && !(gap === '. ' && ENDING_SUFFIXES.has(prev.lower) && !companySuffixes.has(w.lower.replace(/\./g, '')))) return true;
  return false;
}

/** Most words a quoted nickname inside a name holds ("Jo "El Tigre" Bloggs"). */
const NICKNAME_MAX_WORDS = 2;

/**
 * Word i opens a nickname in quote marks between a given name and a surname: "Jo "Tiger" Bloggs".
 * The given name is capitalised, the nickname is one or two capitalised words, and a capitalised
 * word follows the closing mark in the same sentence.
 */
export function nicknameAt(words: readonly Word[], i: number): boolean {
  const prev = words[i - 1];
  const w = words[i];
  if (!prev || !w || !/^ ["“‘]$/u.test(w.gapBefore) || !prev.cap || prev.upper || !w.cap) return false;
  for (let k = i + 1; k <= i + NICKNAME_MAX_WORDS && k < words.length; k++) {
    const next = words[k]!;
    if (/^["”’] $/u.test(next.gapBefore)) return next.cap && !next.upper && next.sentence === prev.sentence;
    if (next.gapBefore !== ' ' || !next.cap) return false;
  }
  return false;
}

/** The word opening the quoted nickname that the closing mark before word i ends, or -1. */
export function nicknameOpening(words: readonly Word[], i: number): number {
  if (!/^["”’] $/u.test(words[i]?.gapBefore ?? '')) return -1;
  for (let k = i - 1; k >= Math.max(1, i - NICKNAME_MAX_WORDS); k--) if (/^ ["“‘]$/u.test(words[k]!.gapBefore)) return k;
  return -1;
}

/**
 * "Former president X", "Former Chilean president X": a modifier of time opening the sentence is
 * capitalised but belongs to the title. Kept when a capitalised title follows ("Acting Prime
 * Minister X"), which the chunk reader reads as one title.
 */
function opensWithTimeOfTitle(words: readonly Word[], i: number): boolean {
  const w = words[i]!;
  const next = words[i + 1];
  const titleFollows = !!next && next.cap && (titleHeads.has(next.lower) || titleModifiers.has(next.lower));
  return w.initial && temporalTitleModifiers.has(w.lower) && !titleFollows;
}

/**
 * "Organization for Security and Co-operation in Europe": a known name that goes on past "in", which
 * otherwise ends a name ("met in Paris"). Returns where the name ends, or `j` when none does.
 */
function knownNameThroughIn(words: readonly Word[], i: number, j: number): number {
  if (words[j]?.lower !== 'in' || !joins(words, j)) return j;
  let m = j + 1;
  while (m < words.length && words[m]!.cap && joins(words, m)) m++;
  if (m === j + 1) return j;
  return knownOrgs.has(span(words, i, m)) ? m : j;
}

/**
 * "His Highness", "Her Royal Highness", "His Excellency": a form of address before a title names
 * no one by itself. Returns the index after it, or `i` when none opens there.
 */
function afterFormOfAddress(words: readonly Word[], i: number): number {
  if (!words[i]?.cap || !addressPossessives.has(words[i]!.lower)) return i;
  let k = i + 1;
  if (words[k]?.lower === 'royal' && words[k]!.cap) k++;
  return words[k]?.cap && addressNouns.has(words[k]!.lower) && words[k]!.sentence === words[i]!.sentence ? k + 1 : i;
}

export function findChunks(words: readonly Word[]): Chunk[] {
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < words.length) {
    const address = afterFormOfAddress(words, i);
    if (address > i) {
      i = address;
      continue;
    }
    // A small word opens no name, unless hyphen-joined to the name it is part of ("al-Tawhid").
    const particle = words[i + 1]?.gapBefore === '-' && (words[i + 1]?.cap ?? false);
    if (!isNameWord(words, i) || (INNER_WORDS.has(words[i]!.lower) && !words[i]!.cap && !particle) || opensWithTimeOfTitle(words, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      if (j < words.length && joins(words, j) && isNameWord(words, j)) {
        j++;
        continue;
      }
      // Inner small words: "Ministry of the Interior", "Rio de Janeiro".
      let k = j;
      while (k < words.length && k - j < 2 && joins(words, k) && INNER_WORDS.has(words[k]!.lower) && !words[k]!.cap) k++;
      // "X and the Y" coordinates two names: "the" opens a new one.
      const andThe = k - j === 2 && (words[j]!.lower === 'and' || words[j]!.lower === '&') && words[j + 1]!.lower === 'the';
      if (k > j && !andThe && k < words.length && joins(words, k) && words[k]!.cap) {
        j = k + 1;
        continue;
      }
      const known = knownNameThroughIn(words, i, j);
      if (known > j) {
        j = known;
        continue;
      }
      break;
    }
    // "81 Task Force Battalion", "3rd Infantry Division": a number leading a military unit's name belongs to it.
    const number = words[i - 1];
    const unitName = !!number && /^\d{1,4}(st|nd|rd|th)?$/.test(number.text) && words[i]!.gapBefore === ' ' && number.sentence === words[i]!.sentence && !countryByDemonym.has(words[i]!.lower) && !countryByName.has(words[i]!.lower) && UNIT_HEADS.has(words[j - 1]!.lower);
    chunks.push({ from: unitName ? i - 1 : i, to: j });
    i = j;
  }
  return chunks;
}

/**
 * "Minister of Energy, Industry and Mineral resources Jo Bloggs", "Ministry of Water, Land and
 * Natural Resources": a portfolio may list several, with commas, "and" and words in lower case,
 * which end a chunk. A chunk that ends in a portfolio takes the rest of the list, and the name
 * right after it when no comma stands between.
 */
export function joinPortfolios(words: readonly Word[], chunks: Chunk[]): Chunk[] {
  const out: Chunk[] = [];
  for (let c = 0; c < chunks.length; c++) {
    const chunk = chunks[c]!;
    const end = portfolioListEnd(words, chunk);
    if (end === null) {
      out.push(chunk);
      continue;
    }
    let to = end;
    // Chunks inside the list ("Mineral Resources Jo Bloggs" after "and") join it, with the name they run on to.
    while (chunks[c + 1] && chunks[c + 1]!.from < end) to = Math.max(to, chunks[++c]!.to);
    const next = chunks[c + 1];
    if (to === end && next && next.from === end && words[end]!.gapBefore === ' ') to = chunks[++c]!.to;
    out.push({ from: chunk.from, to });
  }
  return out;
}

/**
 * "Ruritanian Finance minister Jo Bloggs": a chunk that ends in a portfolio, a minister's title in lower
 * case, then a name. The lower-case head ended the chunk; it is the title's, and the name its holder's.
 */
export function joinLowerCaseTitles(words: readonly Word[], chunks: Chunk[]): Chunk[] {
  const out: Chunk[] = [];
  for (let c = 0; c < chunks.length; c++) {
    const chunk = chunks[c]!;
    const head = words[chunk.to];
    const next = chunks[c + 1];
    const joined =
      !!head && !!next && !head.cap && portfolioHeads.has(head.lower) && portfolioWords.has(words[chunk.to - 1]!.lower) &&
      head.gapBefore === ' ' && head.sentence === words[chunk.to - 1]!.sentence && next.from === chunk.to + 1 && words[next.from]!.gapBefore === ' ';
    out.push(joined ? { from: chunk.from, to: next.to } : chunk);
    if (joined) c++;
  }
  return out;
}

/** Where the portfolio list a chunk ends in goes on to, or null when the chunk ends no portfolio or nothing follows. */
function portfolioListEnd(words: readonly Word[], chunk: Chunk): number | null {
  let of = -1;
  for (let i = chunk.from; i + 1 < chunk.to; i++) {
    if (portfolioHeads.has(words[i]!.lower) && /^(of|for)$/.test(words[i + 1]!.lower)) of = i + 1;
  }
  if (of < 0 || of + 1 >= chunk.to) return null;
  for (let i = of + 1; i < chunk.to; i++) if (!isPortfolioWord(words[i]!)) return null;
  let end = chunk.to;
  let listed = false;
  for (let j = chunk.to; j < words.length; j++) {
    const w = words[j]!;
    if (w.sentence !== words[j - 1]!.sentence || !/^,? $/.test(w.gapBefore)) break;
    if (w.lower === 'and' || w.lower === '&') {
      listed = true;
      continue;
    }
    if (!portfolioWords.has(w.lower)) break;
    end = j + 1;
  }
  return listed && end > chunk.to ? end : null;
}

const isPortfolioWord = (w: Word): boolean => portfolioWords.has(w.lower) || titleModifiers.has(w.lower) || /^(and|&|the)$/.test(w.lower);
