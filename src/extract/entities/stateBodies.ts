// State bodies written partly in lower case: "the Ruritanian finance ministry", "Ruritania's armed
// forces", "the Ruritania foreign office" are organisations named by the text's own form. Variants
// of one state's military ("Ruritanian army", "Ruritanian Armed Forces", "the army") join one
// entity; a bare form ("the army", "Armed Forces", "the Parliament") joins the one body of its
// kind the article names with its state.
import { LIKELY, SURE, type Candidate } from './candidates.js';
import { definiteInstitutions, fold, militaryHeads, stateBodyPhrases, titleModifiers } from './lexicon.js';
import { span } from './readChunk.js';
import type { Word } from './words.js';

/** The kind of body a head phrase names: all military heads are one kind. */
const kindOf = (head: string): string => (militaryHeads.has(head) ? 'mil' : head);

/** Matches a state-body phrase at word k (lower case unless `capitalised`); returns its end and head. */
function matchBody(words: readonly Word[], k: number, capitalised: boolean): { end: number; head: string } | null {
  let m = k;
  // One or two modifiers before a one-word head: "foreign office", "finance ministry".
  while (m - k < 2 && words[m] && titleModifiers.has(words[m]!.lower) && (capitalised || !words[m]!.cap) && /^ ?$/.test(words[m]!.gapBefore)) m++;
  for (let start = m; start >= k; start--) {
    for (const phrase of stateBodyPhrases) {
      if (start > k && phrase.length > 1) continue;
      const ok = phrase.every((p, i) => {
        const w = words[start + i];
        return !!w && w.lower === p && (capitalised || !w.cap) && /^ ?$/.test(w.gapBefore) && (i > 0 || start === k || w.sentence === words[k]!.sentence);
      });
      if (ok) return { end: start + phrase.length, head: phrase.join(' ') };
    }
    if (start === k) break;
  }
  return null;
}

export function findStateBodies(words: readonly Word[], candidates: readonly Candidate[]): Candidate[] {
  const extra: Candidate[] = [];
  const covered = new Set<number>();
  for (const c of candidates) for (let i = c.from; i < c.to; i++) covered.add(i);

  // "[Country/demonym] [modifier] body" in lower case.
  for (const c of candidates) {
    const code = c.country?.code;
    if (!code || !(c.kind === 'COUNTRY' || c.kind === 'DEMONYM') || !c.country?.sovereign) continue;
    const next = words[c.to];
    if (!next || next.cap || next.sentence !== words[c.from]!.sentence || !/^ ?$/.test(next.gapBefore)) continue;
    const body = matchBody(words, c.to, false);
    if (!body) continue;
    if (c.kind === 'DEMONYM') c.denotesState = true;
    extra.push({ from: c.from, to: body.end, kind: 'ORGANIZATION', certainty: LIKELY, group: `body:${code}:${kindOf(body.head)}` });
  }

  // Capitalised state bodies with the state's name or adjective ("Ruritanian Armed Forces").
  for (const o of candidates) {
    if (o.kind !== 'ORGANIZATION' || o.canonical) continue;
    const owner = candidates.find((c) => c !== o && c.from === o.from && c.to < o.to && c.country?.sovereign && (c.kind === 'COUNTRY' || c.kind === 'DEMONYM'));
    if (!owner) continue;
    const head = fold(span(words, owner.to, o.to));
    const body = stateBodyPhrases.map((p) => p.join(' ')).find((p) => head === p || head.endsWith(` ${p}`));
    if (body) o.group = `body:${owner.country!.code}:${kindOf(body)}`;
  }

  // Bare forms join the one body of their kind the article names with its state.
  const byKind = new Map<string, Set<string>>();
  for (const c of [...candidates, ...extra]) {
    if (!c.group) continue;
    const kind = c.group.split(':')[2]!;
    if (!byKind.has(kind)) byKind.set(kind, new Set());
    byKind.get(kind)!.add(c.group);
  }
  const only = (kind: string): string | undefined => {
    const groups = byKind.get(kind);
    return groups && groups.size === 1 ? [...groups][0] : undefined;
  };
  for (const o of candidates) {
    if (o.group || o.kind === 'PERSON' || o.kind === 'COUNTRY') continue;
    const group = only(kindOf(fold(span(words, o.from, o.to))));
    if (group && o.certainty <= SURE && !o.canonical) {
      o.group = group;
      o.kind = 'ORGANIZATION';
    }
  }
  for (let k = 1; k < words.length; k++) {
    const the = words[k - 1]!;
    if (the.lower !== 'the' || covered.has(k) || the.sentence !== words[k]!.sentence) continue;
    const capitalised = words[k]!.cap && !words[k]!.initial;
    const body = matchBody(words, k, capitalised);
    if (!body || body.end - k > 2 || (body.end - k === 2 && !body.head.includes(' '))) continue;
    const head = body.head;
    if (covered.has(body.end - 1)) continue;
    const group = only(kindOf(head));
    if (group) {
      // Lower-case bare forms keep their article ("the army"): without it they name nothing.
      extra.push({ from: capitalised ? k : k - 1, to: body.end, kind: 'ORGANIZATION', certainty: LIKELY, group });
    } else if (capitalised && definiteInstitutions.has(head)) {
      extra.push({ from: k, to: body.end, kind: 'ORGANIZATION', certainty: LIKELY, group: `body:?:${kindOf(head)}` });
    }
  }
  return extra;
}
