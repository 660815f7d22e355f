// State bodies written partly in lower case: "the Ruritanian finance ministry", "Ruritania's armed
// forces", "the Ruritania foreign office" are organisations named by the text's own form. Variants
// of one state's military ("Ruritanian army", "Ruritanian Armed Forces", "the army") join one
// entity; a bare form ("the army", "Armed Forces", "the Parliament") joins the one body of its
// kind the article names with its state.
import { LIKELY, SURE, type Candidate } from './candidates.js';
import { definiteInstitutions, fold, forceStates, militaryHeads, stateBodyPhrases, titleModifiers } from './lexicon.js';
import { span } from './readChunk.js';
import type { Word } from './words.js';

/** The kind of body a head phrase names: all military heads are one kind. */
const kindOf = (head: string): string => (militaryHeads.has(head) ? 'mil' : head);

/** Matches a state-body phrase at word k (lower case unless `capitalised`); returns its end and head. */
function matchBody(words: readonly Word[], k: number, capitalised: boolean): { end: number; head: string; portfolio: string } | null {
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
      if (ok) return { end: start + phrase.length, head: phrase.join(' '), portfolio: portfolioOf(words.slice(k, start).map((w) => w.lower)) };
    }
    if (start === k) break;
  }
  return null;
}

/** Modifiers that tell one state's bodies of a kind apart ("foreign" and "finance" ministries); rank words ("deputy") do not. */
const PORTFOLIO_NOISE = new Set(['deputy', 'vice', 'acting', 'interim', 'former', 'senior', 'junior', 'chief', 'top', 'national', 'state', 'federal', 'central', 'government', 'the', 'affairs']);
function portfolioOf(modifiers: readonly string[]): string {
  return modifiers.filter((m) => !PORTFOLIO_NOISE.has(m)).join(' ');
}
/** A body's group: its state, its kind and, for ministries and offices, its portfolio ("body:EG:ministry/foreign"). */
function groupKey(code: string, head: string, portfolio: string): string {
  const kind = kindOf(head);
  return PORTFOLIO_KINDS.has(kind) && portfolio ? `body:${code}:${kind}/${portfolio}` : `body:${code}:${kind}`;
}
const PORTFOLIO_KINDS = new Set(['ministry', 'office', 'department']);
const kindOfGroup = (group: string): string => group.split(':')[2]!.split('/')[0]!;

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
    // "the Iraqi government", "Iraq's government": a state's government is a mention of the state.
    if (next.lower === 'government' && !(words[c.to + 1] && !words[c.to + 1]!.cap && /^ ?$/.test(words[c.to + 1]!.gapBefore) && ['forces', 'troops', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'ministers', 'official', 'source', 'sources', 'buildings', 'bonds', 'debt', 'of'].includes(words[c.to + 1]!.lower))) {
      Object.assign(c, { to: c.to + 1, kind: 'COUNTRY', certainty: SURE, canonical: c.country.name });
      continue;
    }
    const body = matchBody(words, c.to, false);
    if (!body) continue;
    if (c.kind === 'DEMONYM') c.denotesState = true;
    extra.push({ from: c.from, to: body.end, kind: 'ORGANIZATION', certainty: LIKELY, group: groupKey(code, body.head, body.portfolio) });
  }

  // Capitalised state bodies with the state's name or adjective ("Ruritanian Armed Forces").
  for (const o of candidates) {
    // "KDF", "Kenya Defence Forces": a known national force is its state's military.
    const forceState = o.kind === 'ORGANIZATION' && o.canonical ? forceStates.get(o.canonical) : undefined;
    if (forceState) o.group = groupKey(forceState, 'army', '');
    if (o.kind !== 'ORGANIZATION' || o.canonical) continue;
    const owner = candidates.find((c) => c !== o && c.from === o.from && c.to < o.to && c.country?.sovereign && (c.kind === 'COUNTRY' || c.kind === 'DEMONYM'));
    // "Ruritania's Foreign Ministry": the possessive state is part of the body's name, as its adjective would be.
    const possessor = owner ? undefined : candidates.find((c) => c.to === o.from && c.kind === 'COUNTRY' && c.country?.sovereign && words[c.to - 1]!.possessive && /^ ?$/.test(words[o.from]!.gapBefore));
    const state = owner ?? possessor;
    if (!state) continue;
    const head = fold(span(words, owner ? owner.to : o.from, o.to));
    const body = stateBodyPhrases.map((p) => p.join(' ')).find((p) => head === p || head.endsWith(` ${p}`));
    // "Ruritania's Ministry of Foreign Affairs": the head first, its portfolio after "of".
    const headFirst = /^(ministry|department|office) of (?:the )?(.+)$/.exec(head);
    if (headFirst) o.group = groupKey(state.country!.code, headFirst[1]!, portfolioOf(headFirst[2]!.split(' ')));
    if (!body || headFirst) continue;
    o.group = groupKey(state.country!.code, body, portfolioOf(head.slice(0, head.length - body.length).trim().split(' ').filter(Boolean)));
    if (possessor) o.from = possessor.from;
  }

  // Bare forms join the one body of their kind the article names with its state.
  const byKind = new Map<string, Set<string>>();
  const named = [...candidates, ...extra].filter((c) => c.group?.startsWith('body:')).sort((a, b) => a.from - b.from);
  for (const c of named) {
    const kind = kindOfGroup(c.group!);
    if (!byKind.has(kind)) byKind.set(kind, new Set());
    byKind.get(kind)!.add(c.group!);
  }
  /** The one body of the kind; of one state's several ministries, the one named last before `at`. */
  const only = (kind: string, at = Infinity): string | undefined => {
    const groups = byKind.get(kind);
    if (!groups) return undefined;
    if (groups.size === 1) return [...groups][0];
    const states = new Set([...groups].map((g) => g.split(':')[1]));
    if (states.size !== 1 || !PORTFOLIO_KINDS.has(kind)) return undefined;
    let last: string | undefined;
    for (const c of named) if (c.from < at && kindOfGroup(c.group!) === kind) last = c.group;
    return last;
  };
  for (const o of candidates) {
    if (o.group || o.kind === 'PERSON' || o.kind === 'COUNTRY') continue;
    // "the Foreign Ministry" after "Ruritania's Foreign Ministry": the one ministry of that portfolio.
    const body = o.canonical ? null : matchBody(words, o.from, true);
    if (body && body.end === o.to && body.portfolio && PORTFOLIO_KINDS.has(kindOf(body.head))) {
      const same = [...(byKind.get(kindOf(body.head)) ?? [])].filter((g) => g.endsWith(`/${body.portfolio}`));
      if (same.length === 1) {
        o.group = same[0];
        o.kind = 'ORGANIZATION';
        continue;
      }
    }
    const group = only(kindOf(fold(span(words, o.from, o.to))), o.from);
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
    if (!body || covered.has(body.end - 1)) continue;
    const head = body.head;
    // "the foreign ministry": a portfolio names the one ministry of that portfolio the article names with its state.
    const samePortfolio = body.portfolio && PORTFOLIO_KINDS.has(kindOf(head)) ? [...(byKind.get(kindOf(head)) ?? [])].filter((g) => g.endsWith(`/${body.portfolio}`)) : [];
    if (samePortfolio.length === 1) {
      extra.push({ from: capitalised ? k : k - 1, to: body.end, kind: 'ORGANIZATION', certainty: LIKELY, group: samePortfolio[0] });
      continue;
    }
    if (body.end - k > 2 || (body.end - k === 2 && !body.head.includes(' '))) continue;
    const group = only(kindOf(head), k);
    if (group) {
      // Lower-case bare forms keep their article ("the army"): without it they name nothing.
      extra.push({ from: capitalised ? k : k - 1, to: body.end, kind: 'ORGANIZATION', certainty: LIKELY, group });
    } else if (capitalised && definiteInstitutions.has(head)) {
      extra.push({ from: k, to: body.end, kind: 'ORGANIZATION', certainty: LIKELY, group: `body:?:${kindOf(head)}` });
    }
  }
  // "the Indian military", "Russia's military": the adjective-noun "military" in lower case is the state acting (its
  // demonym denotes it), not an organisation — unless the article also names the forces capitalised. An army or
  // armed forces in lower case ("Sudan's armed forces", "the Kenyan army") names the institution and stays.
  const capitalisedMilitary = new Set(candidates.filter((c) => c.group && kindOfGroup(c.group) === 'mil').map((c) => c.group!));
  return extra.filter((e) => !e.group || kindOfGroup(e.group) !== 'mil' || capitalisedMilitary.has(e.group) || words[e.to - 1]!.lower !== 'military' || words[e.to - 1]!.cap);
}
