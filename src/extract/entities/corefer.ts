// Within one article: a later short form joins the full name it stands for. "Lavrov" after
// "Sergei Lavrov", "Mr Blair" after "TONY BLAIR", "RIA" after "RIA Novosti", "NIA" after
// "National Intelligence Agency (NIA)" or as the initials of a named organisation.
import { LIKELY, SURE, type Candidate } from './candidates.js';
import { companySuffixes, fold } from './lexicon.js';
import { span } from './readChunk.js';
import type { Word } from './words.js';

export interface Link {
  /** The candidate whose name the short form takes. */
  target: Candidate;
}

const SMALL = new Set(['of', 'and', 'the', 'for', 'on', 'in', '&', 'de', 'la', 'du', 'des']);

/** Returns, for each short candidate, the full candidate it refers to. */
export function corefer(words: readonly Word[], candidates: readonly Candidate[]): Map<Candidate, Candidate> {
  const links = new Map<Candidate, Candidate>();
  const parts = (c: Candidate) => words.slice(c.from, c.to).map((w) => fold(w.text));
  const persons = candidates.filter((c) => c.kind === 'PERSON' && c.to - c.from >= 2);
  const orgs = candidates.filter((c) => c.kind === 'ORGANIZATION' && c.to - c.from >= 2);

  for (const c of candidates) {
    if (c.kind === 'COUNTRY' || c.kind === 'DEMONYM' || c.kind === 'ROLE' || (c.certainty === SURE && c.kind !== 'PERSON' && c.kind !== 'UNKNOWN')) continue;
    const mine = parts(c);
    const n = mine.length;
    // A person's surname or given name alone, or the last words of the full name.
    if (n <= 2) {
      const key = mine.join(' ');
      const byLast = persons.filter((p) => p !== c && p.to - p.from > n && parts(p).slice(-n).join(' ') === key);
      const byFirst = n === 1 ? persons.filter((p) => p !== c && p.to - p.from > 1 && parts(p)[0] === key) : [];
      const full = uniqueByName(words, byLast.length ? byLast : byFirst);
      if (full) {
        links.set(c, full);
        continue;
      }
    }
    // The same organisation without its company suffix ("Nikko Cordial" for "Nikko Cordial Corp."), or a plural ("Houthis").
    const bare = orgs.filter((o) => o !== c && o.to - o.from === n + 1 && companySuffixes.has(parts(o)[n]!) && parts(o).slice(0, n).join(' ') === mine.join(' '));
    if (bare.length) {
      links.set(c, bare[0]!);
      continue;
    }
    // The first word of a multi-word organisation ("RIA" for "RIA Novosti").
    if (n === 1 && c.kind !== 'PERSON') {
      const byFirst = orgs.filter((o) => o !== c && parts(o)[0] === mine[0]);
      const full = uniqueByName(words, byFirst);
      if (full) {
        links.set(c, full);
        continue;
      }
    }
  }

  // Acronyms: "(NIA)" right after a name, or the initials of a named organisation.
  for (const c of candidates) {
    if (c.to - c.from !== 1 || links.has(c)) continue;
    const w = words[c.from]!;
    if (!w.upper || c.kind === 'COUNTRY' || c.kind === 'DEMONYM') continue;
    const prev = candidates.find((p) => p.to === c.from - 0 && p !== c && /\(\s*$/.test(w.gapBefore) && p.kind !== 'COUNTRY');
    const byInitials = orgs.filter((o) => initials(words, o) === w.text.replace(/s$/, '').replace(/\./g, ''));
    const target = prev && prev.to - prev.from >= 2 ? prev : uniqueByName(words, byInitials);
    if (target) {
      links.set(c, target);
      if (target.kind !== 'ORGANIZATION' && target.kind !== 'COUNTRY' && target.certainty < SURE) { target.kind = 'ORGANIZATION'; target.certainty = LIKELY; }
    }
  }
  return links;
}

function initials(words: readonly Word[], c: Candidate): string {
  return words
    .slice(c.from, c.to)
    .filter((w) => !SMALL.has(w.lower))
    .map((w) => w.text.split('-').map((p) => p[0] ?? '').join(''))
    .join('')
    .toUpperCase();
}

/** The one full name among `cands`, when they all spell the same name. */
function uniqueByName(words: readonly Word[], cands: readonly Candidate[]): Candidate | null {
  if (cands.length === 0) return null;
  const names = new Set(cands.map((c) => fold(span(words, c.from, c.to))));
  return names.size === 1 ? cands[0]! : null;
}
