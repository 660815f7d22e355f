// Institutions written by their bare head: "the Senate" after "US Senate", "the Commission" after
// "Ruritanian Electoral Commission", "the Ministry" after "Ministry of Fisheries", "the Fund" after
// "International Monetary Fund". A capitalised bare head joins the one named institution of the
// article with that head (its word before "of", or its last word). With none named, a
// legislature's bare name is an organisation of its own ("Congress passed the bill"), the US one
// when the article is about the United States; other bare heads ("the Court", "Government") name
// nothing by themselves.
import { LIKELY, type Candidate } from './candidates.js';
import { fold, knownOrgs } from './lexicon.js';
import { span } from './readChunk.js';
import type { Word } from './words.js';

/** Heads that stand alone for a named institution. */
export const BARE_HEADS: ReadonlySet<string> = new Set([
  'senate', 'congress', 'parliament', 'government', 'cabinet', 'court', 'commission', 'ministry', 'assembly', 'council', 'legislature', 'tribunal',
  // "the Fund" after "International Monetary Fund", "the Bank", "the Union", "the Party", "the Agency".
  'fund', 'bank', 'union', 'party', 'agency', 'alliance', 'organisation', 'organization', 'committee', 'board', 'authority', 'department', 'bureau',
]);
/** Bare heads that name a legislature even when the article names none in full. */
const LEGISLATURES = new Set(['senate', 'congress', 'parliament']);
/** Institutions that mark an article as about the United States. */
const US_INSTITUTIONS = new Set(['White House', 'US Senate', 'US Congress', 'State Department', 'Pentagon', 'Federal Reserve']);

/** The head of a named institution: "Ministry" of "Ministry of Fisheries", "Court" of "Supreme Court of Peru", "Senate" of "US Senate". */
function headOf(words: readonly Word[], c: Candidate): string | null {
  if (c.to - c.from < 2) return null;
  for (let k = c.from; k < c.to - 1; k++) {
    if (words[k + 1]!.lower === 'of') return BARE_HEADS.has(words[k]!.lower) && words[k]!.cap ? words[k]!.lower : null;
  }
  const last = words[c.to - 1]!;
  return BARE_HEADS.has(last.lower) && last.cap ? last.lower : null;
}

export function findInstitutions(words: readonly Word[], candidates: readonly Candidate[]): Candidate[] {
  const extra: Candidate[] = [];
  const named = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (c.kind !== 'ORGANIZATION' && !(c.kind === 'COUNTRY' && words[c.to - 1]!.lower === 'government')) continue;
    const head = headOf(words, c);
    if (!head) continue;
    if (!named.has(head)) named.set(head, []);
    named.get(head)!.push(c);
  }
  const nameOf = (c: Candidate) => c.group ?? c.canonical ?? fold(span(words, c.from, c.to));
  const coveredBy = new Map<number, Candidate>();
  for (const c of candidates) for (let i = c.from; i < c.to; i++) if (!coveredBy.has(i) || c.to - c.from > 1) coveredBy.set(i, c);
  const us = candidates.some((c) => c.country?.code === 'US' || (c.canonical && US_INSTITUTIONS.has(c.canonical)))
    || words.some((w, i) => (w.text === 'R' || w.text === 'D') && words[i + 1]?.gapBefore === '-' && candidates.some((c) => c.from === i + 1 && c.kind === 'LOCATION'));

  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (!w.cap || w.upper || !BARE_HEADS.has(w.lower)) continue;
    const prev = words[k - 1];
    const next = words[k + 1];
    // Part of a longer capitalised name ("National Assembly", "Senate Foreign Relations Committee").
    // A chunk the reader split ("Senate | Democrats") leaves the head standing alone.
    const startsAfter = candidates.some((c) => c.from === k + 1);
    const endsBefore = candidates.some((c) => c.to === k);
    if (prev && prev.cap && prev.sentence === w.sentence && /^ ?$/.test(w.gapBefore) && prev.lower !== 'the' && !endsBefore && !prev.initial) continue;
    if (next && next.cap && next.sentence === w.sentence && /^ ?$/.test(next.gapBefore) && !w.possessive && !startsAfter) continue;
    const cover = coveredBy.get(k);
    if (cover && (cover.to - cover.from > 1 || (cover.group && !cover.group.startsWith('body:?:')) || cover.canonical)) continue;
    const targets = named.get(w.lower) ?? [];
    const names = new Set(targets.map(nameOf));
    const bare: Candidate = cover ?? { from: k, to: k + 1, kind: 'ORGANIZATION', certainty: LIKELY };
    if (names.size === 1) {
      const t = targets[0]!;
      if (t.kind === 'COUNTRY') {
        Object.assign(bare, { kind: 'COUNTRY', country: t.country, canonical: t.canonical, group: undefined });
      } else if (t.group) {
        bare.group = t.group;
      } else if (t.canonical) {
        bare.canonical = t.canonical;
        bare.group = undefined;
      } else {
        const group = `inst:${fold(span(words, t.from, t.to))}`;
        for (const o of candidates) if (o.kind === 'ORGANIZATION' && fold(span(words, o.from, o.to)) === fold(span(words, t.from, t.to))) o.group = group;
        bare.group = group;
      }
      bare.kind = bare.kind === 'COUNTRY' ? 'COUNTRY' : 'ORGANIZATION';
    } else if (names.size === 0 && LEGISLATURES.has(w.lower)) {
      const known = us ? knownOrgs.get(w.text) : undefined;
      if (known) {
        bare.canonical = known;
        bare.group = undefined;
      } else if (!cover) bare.group = `body:?:${w.lower}`;
      bare.kind = 'ORGANIZATION';
    } else continue;
    if (!cover) extra.push(bare);
  }
  return extra;
}
