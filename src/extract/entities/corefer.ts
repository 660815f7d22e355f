// Within one article: a later short form joins the full name it stands for. "Bloggs" after
// "Jo Bloggs", "Ms Okafor" after "LENA OKAFOR", "Telvo" after "Telvo Novosk", "CFA" after
// "Coastal Fisheries Authority (CFA)" or as the (loosely ordered) initials of a named organisation,
// "Velcom" before "(Velmora Communications)".
import { LIKELY, SURE, type Candidate } from './candidates.js';
import { companySuffixes, countryByName, fold, orgHeads, placeHeads } from './lexicon.js';
import { span } from './readChunk.js';
import type { Word } from './words.js';

const SMALL = new Set(['of', 'and', 'the', 'for', 'on', 'in', '&', 'de', 'la', 'du', 'des']);
/** The words between a name and another name it goes by: "better known as", "known by the nom de guerre", "alias". */
/** Words "known by the nom de guerre" and the like take at most. */
const MAX_ALIAS_WORDS = 7;
const ALSO_KNOWN_AS = /^(?:(?:better|also|popularly|widely|commonly)\s+)?known\s+(?:as|by\s+(?:the|his|her|its)\s+(?:nom\s+de\s+guerre|name|nickname|alias|pseudonym))$|^(?:alias|aka|a\.k\.a\.?)$/;

/** Returns, for each short candidate, the full candidate it refers to. */
export function corefer(words: readonly Word[], candidates: readonly Candidate[]): Map<Candidate, Candidate> {
  const links = new Map<Candidate, Candidate>();
  const parts = (c: Candidate) => words.slice(c.from, c.to).map((w) => fold(w.text));
  // Full names have a space: "Ana Sorel", "Jean-Luc Marot". Words joined only by hyphens ("Sorel-Marot
  // talks") pair two surnames and are no full name for a bare surname to join.
  const spaced = (c: Candidate) => words.slice(c.from + 1, c.to).some((w) => w.gapBefore !== '-');
  // A family name written with hyphens, its parts run together ("abdelsalam" for "Abdel-Salam"); '' if it has none.
  const hyphenatedLastName = (p: Candidate) => {
    let first = p.to - 1;
    while (first > p.from + 1 && words[first]!.gapBefore === '-') first--;
    return first < p.to - 1 ? parts(p).slice(first - p.from).join('') : '';
  };
  const persons = candidates.filter((c) => c.kind === 'PERSON' && c.to - c.from >= 2 && spaced(c));
  const orgs = candidates.filter((c) => c.kind === 'ORGANIZATION' && c.to - c.from >= 2);

  for (const c of candidates) {
    if (c.kind === 'COUNTRY' || c.kind === 'DEMONYM' || c.kind === 'ROLE' || (c.certainty === SURE && c.kind !== 'PERSON' && c.kind !== 'UNKNOWN')) continue;
    const mine = parts(c);
    const n = mine.length;
    // A person's surname or given name alone, or the last words of the full name; a hyphenated
    // family name may be spelt as one word ("Abdelsalam" for "Mohammad Abdel-Salam").
    if (n <= 2) {
      const key = mine.join(' ');
      const byLast = persons.filter((p) => p !== c && p.to - p.from > n && (parts(p).slice(-n).join(' ') === key || (n === 1 && hyphenatedLastName(p) === key)));
      const byFirst = n === 1 ? persons.filter((p) => p !== c && p.to - p.from > 1 && parts(p)[0] === key) : [];
      // A middle name used as the short form ("Faki" for "Moussa Faki Mahamat").
      const byMiddle = n === 1 && !byLast.length && !byFirst.length ? persons.filter((p) => p !== c && p.to - p.from >= 3 && parts(p).slice(1, -1).includes(key) && !SMALL.has(key)) : [];
      // The given names without the family name ("Ivo Tarkin" for "Ivo Tarkin Marek").
      const byGiven = n === 2 && c.kind === 'PERSON' && !byLast.length ? persons.filter((p) => p !== c && p.to - p.from > n && parts(p).slice(0, n).join(' ') === key) : [];
      const full = uniqueByName(words, byLast.length ? byLast : byFirst.length ? byFirst : byGiven.length ? byGiven : byMiddle) ?? firstIntroduced(words, byLast.length ? byLast : byFirst);
      if (full) {
        links.set(c, full);
        continue;
      }
    }
    // A long name's opening words ("Tarik bin Rahim" for "Tarik bin Rahim bin Saif Al Omar").
    if (n >= 3 && c.kind === 'PERSON') {
      const full = uniqueByName(words, persons.filter((p) => p !== c && p.to - p.from > n && parts(p).slice(0, n).join(' ') === mine.join(' ')));
      if (full) {
        links.set(c, full);
        continue;
      }
    }
    // The same organisation without its company suffix ("Orbis Partners" for "Orbis Partners Corp."), or a plural ("Houthis").
    const bare = orgs.filter((o) => o !== c && o.to - o.from === n + 1 && companySuffixes.has(parts(o)[n]!) && parts(o).slice(0, n).join(' ') === mine.join(' '));
    if (bare.length) {
      links.set(c, bare[0]!);
      continue;
    }
    // The last word of a multi-word company name that is no head ("Shell" for "Royal Dutch Shell").
    if (n === 1 && !(c.kind === 'PERSON' && c.certainty === SURE) && !orgHeads.has(mine[0]!) && !companySuffixes.has(mine[0]!)) {
      const byLastWord = orgs.filter((o) => o !== c && o.to - o.from >= 2 && parts(o)[o.to - o.from - 1] === mine[0] && !words[o.from]!.upper);
      const full = uniqueByName(words, byLastWord);
      if (full && full.kind === 'ORGANIZATION') {
        links.set(c, full);
        continue;
      }
    }
    // The first word of a multi-word organisation ("RIA" for "Telvo Novosk").
    if (n === 1 && c.kind !== 'PERSON') {
      const byFirst = orgs.filter((o) => o !== c && parts(o)[0] === mine[0]);
      const full = uniqueByName(words, byFirst);
      if (full) {
        links.set(c, full);
        continue;
      }
    }
  }

  // "the National Bank" for "the National Bank of Ruritania": an organisation's name without the state it is of.
  for (const c of orgs) {
    if (links.has(c)) continue;
    const mine = parts(c);
    const long = orgs.filter((o) => {
      const theirs = parts(o);
      return theirs.length > mine.length + 1 && theirs[mine.length] === 'of' && mine.every((w, i) => theirs[i] === w) && countryByName.has(theirs.slice(mine.length + 1).join(' '));
    });
    const full = uniqueByName(words, long);
    if (full) links.set(c, full);
  }

  // "the Treasury" for "the Ruritanian Treasury Department" or "the US Treasury": the one word of a
  // government body's name before its head or after its state's name. Not a company's ("Acme" is
  // not "Acme Group": a group's name is its flagship's too).
  for (const c of candidates) {
    // A known organisation is itself, not a part of another's name ("Hamas" is not "Hamas TV").
    if (links.has(c) || c.kind !== 'ORGANIZATION' || c.canonical || c.to - c.from !== 1 || words[c.from]!.upper) continue;
    const word = parts(c)[0]!;
    const ofBody = (o: Candidate) => o.to - o.from >= 2 && GOVERNMENT_BODY_HEADS.has(parts(o)[o.to - o.from - 1]!) && parts(o)[o.to - o.from - 2] === word;
    const ofState = (o: Candidate) => o.to - o.from === 2 && countryByName.has(parts(o)[0]!) && parts(o)[1] === word;
    const full = uniqueByName(words, orgs.filter((o) => o !== c && (ofBody(o) || ofState(o))));
    if (full) links.set(c, full);
  }

  // A title's initials standing for its holder: "the CEC" and "CEC Bloggs" after "Chief Election Commissioner Jo Bloggs".
  for (const c of candidates) {
    if (links.has(c) || c.kind === 'COUNTRY' || c.kind === 'DEMONYM' || c.to - c.from > 2) continue;
    const first = words[c.from]!;
    if (!first.upper || first.text.length < 2 || first.text.length > 5) continue;
    const holders = persons.filter((p) => p.role && titleInitials(p.role.title) === first.text && (c.to - c.from === 1 || parts(p)[p.to - p.from - 1] === fold(words[c.to - 1]!.text)));
    const holder = uniqueByName(words, holders);
    if (!holder) continue;
    // The initials are the title, not part of the name: "CEC Bloggs" is a mention of Bloggs.
    if (c.to - c.from === 2) c.from++;
    links.set(c, holder);
  }

  // Acronyms: "(NIA)" right after a name, or the initials of a named organisation.
  for (const c of candidates) {
    if (c.to - c.from !== 1 || links.has(c)) continue;
    const w = words[c.from]!;
    if (!w.upper || c.kind === 'COUNTRY' || c.kind === 'DEMONYM') continue;
    const prev = candidates.find((p) => p.to === c.from - 0 && p !== c && /\(\s*$/.test(w.gapBefore) && p.kind !== 'COUNTRY');
    // "Organization of Petroleum Exporting Countries (OPEC)": a known acronym gives its name to the long form before it.
    if (prev && c.canonical && c.kind === 'ORGANIZATION' && !prev.canonical && prev.to - prev.from >= 2 && prev.kind !== 'PERSON') {
      prev.canonical = c.canonical; prev.kind = 'ORGANIZATION'; prev.certainty = SURE; prev.group = undefined;
      continue;
    }
    // Both already read as the same known organisation: nothing to join.
    if (prev && c.canonical && prev.canonical === c.canonical) continue;
    // "OPEC+" or a known acronym written alone keeps its own name.
    if (c.canonical?.endsWith('+') || (c.canonical && c.certainty === SURE && !prev)) continue;
    const acronym = w.text.replace(/s$/, '').replace(/\./g, '');
    const exact = orgs.filter((o) => initials(words, o) === acronym);
    const byInitials = exact.length ? exact : orgs.filter((o) => looseInitials(words, o, acronym));
    // After a person's name a bracketed short form is theirs only when it spells their initials
    // ("Jo Bloggs (JB)"); otherwise it is what they belong to ("Ana Kos (PRX-FT)": a party and a state).
    const fitsPerson = !prev || prev.kind !== 'PERSON' || initials(words, prev) === acronym || looseInitials(words, prev, acronym);
    if (!fitsPerson) continue;
    const target = prev && prev.to - prev.from >= 2 ? prev : uniqueByName(words, byInitials);
    if (target) {
      links.set(c, target);
      // The acronym's later mentions ("the ELN") stand for the same name.
      if (prev === target) for (const o of candidates) if (o !== c && o.to - o.from === 1 && words[o.from]!.text === w.text && !words[o.from]!.plus && !links.has(o)) links.set(o, target);
      if (target.kind !== 'ORGANIZATION' && target.kind !== 'COUNTRY' && target.certainty < SURE) { target.kind = 'ORGANIZATION'; target.certainty = LIKELY; }
    }
  }

  // "Tomas Bellar (Tobe)": a bracketed single name right after a person's full name is their short name, there and later.
  for (const c of candidates) {
    if (c.to - c.from !== 1 || links.has(c) || words[c.from]!.upper || !/\(\s*$/.test(words[c.from]!.gapBefore) || !/^\s*\)/.test(words[c.to]?.gapBefore ?? '')) continue;
    if (c.certainty === SURE && c.kind !== 'PERSON') continue;
    const prev = candidates.find((p) => p.to === c.from && p.kind === 'PERSON' && p.to - p.from >= 2);
    const name = fold(words[c.from]!.text);
    if (!prev || !nicknameOf(name, parts(prev))) continue;
    for (const o of candidates) if (o !== prev && o.to - o.from === 1 && fold(words[o.from]!.text) === name && !links.has(o)) links.set(o, prev);
  }

  // "Short (Longer Name)" or "Longer Name (Short)": a short name spelt from the longer one's word
  // beginnings ("Velcom (Velmora Communications)") is the same organisation; so are its other mentions.
  for (const c of candidates) {
    if (!/\(\s*$/.test(words[c.from]!.gapBefore) || !/^\s*\)/.test(words[c.to]?.gapBefore ?? '')) continue;
    const prev = candidates.find((p) => p.to === c.from && p !== c && p.kind !== 'COUNTRY' && p.kind !== 'DEMONYM' && p.kind !== 'PERSON');
    if (!prev) continue;
    const [short, long] = prev.to - prev.from === 1 && c.to - c.from >= 2 ? [prev, c] : c.to - c.from === 1 && prev.to - prev.from >= 2 ? [c, prev] : [null, null];
    if (!short || !long || links.has(short)) continue;
    const longWords = words.slice(long.from, long.to).filter((x) => !SMALL.has(x.lower)).map((x) => fold(x.text));
    if (!abbreviates(fold(words[short.from]!.text), longWords)) continue;
    const name = fold(words[short.from]!.text);
    // Not a different known name written with the same word ("OPEC+" beside "OPEC").
    for (const o of candidates) if (o !== long && o.to - o.from === 1 && fold(words[o.from]!.text) === name && !links.has(o) && (!o.canonical || o.canonical === short.canonical)) links.set(o, long);
    if (long.kind !== 'ORGANIZATION' && long.certainty < SURE) { long.kind = 'ORGANIZATION'; long.certainty = LIKELY; }
  }
  // "Jo Bloggs, better known as Kestrel": the other name, there and later, is the same person or body.
  for (const c of candidates) {
    if (links.has(c) || c.kind === 'COUNTRY' || c.kind === 'DEMONYM' || c.kind === 'ROLE') continue;
    const named = candidates.find((p) => p !== c && p.to < c.from && c.from - p.to <= MAX_ALIAS_WORDS && (p.kind === 'PERSON' || p.kind === 'ORGANIZATION') && /^\s*,?\s*\(?\s*$/.test(words[p.to]!.gapBefore) && ALSO_KNOWN_AS.test(span(words, p.to, c.from).toLowerCase()));
    if (!named) continue;
    const name = parts(c).join(' ');
    for (const o of candidates) if (o !== named && parts(o).join(' ') === name && !links.has(o)) links.set(o, named);
  }
  // "Sese Seko Mobutu" after "Mobutu Sese Seko": a person's words in another order are the same person.
  const wordSets = new Map(persons.map((p) => [p, { text: parts(p).join(' '), sorted: parts(p).sort().join(' ') }]));
  for (const c of persons) {
    const mine = wordSets.get(c)!;
    if (links.has(c)) continue;
    const earlier = persons.find((p) => p.from < c.from && !links.has(p) && wordSets.get(p)!.text !== mine.text && wordSets.get(p)!.sorted === mine.sorted);
    if (earlier) links.set(c, earlier);
  }
  // "Telmin" after "Upper-Telmin": a place's last hyphened part alone is the same place.
  const hyphenedPlaces = candidates.filter((p) => p.kind === 'LOCATION' && p.to - p.from >= 2 && words.slice(p.from + 1, p.to).every((w) => w.gapBefore === '-'));
  for (const c of candidates) {
    if (links.has(c) || c.to - c.from !== 1 || c.kind === 'PERSON' || c.kind === 'COUNTRY' || c.kind === 'DEMONYM' || c.kind === 'ROLE') continue;
    const whole = uniqueByName(words, hyphenedPlaces.filter((p) => p !== c && fold(words[p.to - 1]!.text) === fold(words[c.from]!.text)));
    if (whole) links.set(c, whole);
  }
  // "Bajo Verde (Halvorsen Shoal)": a place with its other name in brackets is one place; the bracketed
  // name, the one the text goes on to use, names it.
  const placeLike = (c: Candidate): boolean => c.kind === 'LOCATION' || (c.kind !== 'PERSON' && c.kind !== 'COUNTRY' && c.kind !== 'DEMONYM' && c.kind !== 'ROLE' && placeHeads.has(words[c.to - 1]!.lower));
  for (const a of candidates) {
    const b = candidates.find((x) => x.from === a.to && x !== a);
    if (!b || links.has(a) || links.has(b) || b.to - b.from < 2 || words[b.from]!.upper) continue;
    if (!/^\s*\(\s*$/.test(words[b.from]!.gapBefore) || !/^\)/.test(words[b.to]?.gapBefore ?? '')) continue;
    if (!placeHeads.has(words[b.to - 1]!.lower) || !(placeLike(a) || a.kind === 'UNKNOWN' || a.certainty < SURE) || a.kind === 'PERSON' || a.kind === 'COUNTRY') continue;
    links.set(a, b);
  }
  // "the Verkhovna Rada (Ukrainian Parliament)": an organisation's name glossed in English in brackets is
  // the same body. An acronym before its expansion ("B.C. (Central Bank)") is the acronyms' rule's.
  for (const a of candidates) {
    if (a.kind !== 'ORGANIZATION' || words[a.from]!.upper) continue;
    const b = candidates.find((x) => x.from === a.to && x.to - x.from >= 2);
    if (!b || links.has(b) || b.kind === 'PERSON' || b.canonical) continue;
    if (!/^\s*\(\s*$/.test(words[b.from]!.gapBefore) || !/^\)/.test(words[b.to]?.gapBefore ?? '') || !orgHeads.has(words[b.to - 1]!.lower)) continue;
    links.set(b, a);
  }
  return links;
}

/** "CEC" for "chief election commissioner": the capitalised initials of a title's words. */
function titleInitials(title: string): string {
  return title.split(/[\s-]+/).filter((w) => w && !SMALL.has(w.toLowerCase())).map((w) => w[0]!.toUpperCase()).join('');
}

/** A short name built from a full name's parts: it opens with the start of one of them ("jokowi" ← "joko widodo"). */
export function nicknameOf(short: string, nameParts: readonly string[]): boolean {
  return short.length >= 3 && nameParts.some((p) => p.length >= 3 && short !== p && short.startsWith(p.slice(0, 3)));
}

/** `short` is made of beginnings of some of `longWords`, in order, the first word's included ("velcom" ← "velmora communications"). */
function abbreviates(short: string, longWords: readonly string[]): boolean {
  const s = short.replace(/[^\p{L}\d]/gu, '');
  if (s.length < 2 || longWords.length < 2) return false;
  const go = (i: number, j: number, first: boolean): boolean => {
    if (i === s.length) return true;
    for (let k = j; k < longWords.length; k++) {
      if (first && k > 0) return false;
      const w = longWords[k]!;
      for (let len = Math.min(w.length, s.length - i); len >= 1; len--) if (s.slice(i, i + len) === w.slice(0, len) && go(i + len, k + 1, false)) return true;
    }
    return false;
  };
  return go(0, 0, true);
}

/**
 * Initials matched loosely: the acronym's letters are the name's initials in another order
 * ("BNR" for a "National Bank of R…"), or an in-order selection of them that keeps the first.
 */
function looseInitials(words: readonly Word[], c: Candidate, acronym: string): boolean {
  if (acronym.length < 2) return false;
  const content = initials(words, c);
  const all = words.slice(c.from, c.to).map((w) => (w.text[0] ?? '').toUpperCase()).join('');
  if (content.length === acronym.length && [...content].sort().join('') === [...acronym].sort().join('')) return true;
  if (acronym[0] !== all[0] || acronym.length < content.length - 1) return false;
  let i = 0;
  for (const ch of all) if (ch === acronym[i]) i++;
  return i === acronym.length;
}

function initials(words: readonly Word[], c: Candidate): string {
  return words
    .slice(c.from, c.to)
    .filter((w) => !SMALL.has(w.lower))
    .map((w) => w.text.split('-').map((p) => p[0] ?? '').join(''))
    .join('')
    .toUpperCase();
}

/** Heads of a government's bodies named by their portfolio ("Treasury Department", "Interior Ministry"). */
const GOVERNMENT_BODY_HEADS: ReadonlySet<string> = new Set(['department', 'ministry', 'office', 'secretariat']);

/**
 * A family name two people of the story share ("Bloggs" for Jo Bloggs and Ana Bloggs): the one the
 * story names first, its main figure, as news style names the second in full each time. Two people
 * first named in one sentence ("Jo Bloggs met Ana Bloggs") leave it unresolved.
 */
function firstIntroduced(words: readonly Word[], cands: readonly Candidate[]): Candidate | null {
  const [first, ...others] = [...cands].sort((a, b) => a.from - b.from);
  if (!first) return null;
  const sentence = words[first.from]!.sentence;
  const name = fold(span(words, first.from, first.to));
  return others.every((c) => fold(span(words, c.from, c.to)) === name || words[c.from]!.sentence > sentence) ? first : null;
}

/** The one full name among `cands`, when they all spell the same name. */
function uniqueByName(words: readonly Word[], cands: readonly Candidate[]): Candidate | null {
  if (cands.length === 0) return null;
  const names = new Set(cands.map((c) => fold(span(words, c.from, c.to))));
  if (names.size === 1) return cands[0]!;
  // "Tarik Omari" and "Sayyed Tarik Omari": names that end the longest one are that one person.
  const longest = cands.reduce((a, b) => (b.to - b.from > a.to - a.from ? b : a));
  const full = fold(span(words, longest.from, longest.to));
  return [...names].every((n) => n === full || full.endsWith(` ${n}`)) ? longest : null;
}
