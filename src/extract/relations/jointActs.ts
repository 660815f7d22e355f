import type { RelationVerb } from '../../data/relationVerbs.js';
import type { LocalRelation } from '../types.js';
import type { Arg, SentenceView } from './articleView.js';
import { isBe, isClauseWord, isComma, isDeterminer, isFiniteVerb, isHardBreak, isNoun } from './words.js';

// "The memorandum was signed by Jo Bloggs and Ana Kos", "an accord, signed between Ruritania's
// minister, Jo Bloggs, and Freedonia's, Ana Kos": a two-sided act in the passive, done by the two
// parties named after "by" or "between". Neither is the sentence's subject, so the verb rules
// that start from a subject miss it.

/** Relations between the parties of a symmetric verb's passive at token t, or null when it is no such passive. */
export function jointActAt(sv: SentenceView, t: number, entry: RelationVerb, objectStart: number): LocalRelation[] | null {
  const opener = sv.toks[objectStart];
  if (!entry.symmetric || !opener || !/^(by|between)$/.test(opener.lower) || isComma(opener)) return null;
  const parties = jointParties(sv, objectStart + 1);
  if (!parties) return null;
  const noun = passiveSubjectNoun(sv, t);
  const template = entry.preps['with'] ?? `${entry.predicate} with`;
  const predicate = template.replace('#', noun).replace(/\s+/g, ' ').trim();
  const [first, ...rest] = parties;
  return rest.map((other) => ({ subjectKey: first!.key, predicate, type: entry.type, objectKey: other.key, evidence: sv.span }));
}

/**
 * The parties listed from `from` to the end of the clause: people when two or more are named
 * (the owners in their titles passed over), else exactly two organisations or countries; "and"
 * must join them.
 */
function jointParties(sv: SentenceView, from: number): Arg[] | null {
  const seen: Arg[] = [];
  let joined = false;
  for (let j = from; j < sv.toks.length; j++) {
    const tok = sv.toks[j]!;
    if (j > from && (isHardBreak(tok) || isClauseWord(tok))) break;
    if (tok.arg < 0) {
      if (tok.lower === 'and' && seen.length > 0) joined = true;
      // "…, reported the agency": a verb ends the list.
      if (isFiniteVerb(tok) && !isNoun(tok)) break;
      continue;
    }
    const arg = sv.args[tok.arg]!;
    j = arg.last;
    if (!arg.possessive && arg.type !== 'OTHER' && arg.type !== 'LOCATION' && !seen.some((s) => s.key === arg.key)) seen.push(arg);
  }
  if (!joined) return null;
  const people = seen.filter((a) => a.type === 'PERSON');
  if (people.length >= 2) return people;
  const others = seen.filter((a) => a.type !== 'PERSON');
  return people.length === 0 && others.length === 2 ? others : null;
}

/** "The memorandum was signed", "a deal, which was signed", "an accord on trade, signed": the noun the passive is said of, or "". */
function passiveSubjectNoun(sv: SentenceView, t: number): string {
  let end = t - 1;
  while (end >= 0 && sv.toks[end]!.arg < 0 && (isBe(sv.toks[end]) || isClauseWord(sv.toks[end]) || sv.toks[end]!.tags.has('Adverb') || sv.toks[end]!.tags.has('Auxiliary'))) end--;
  // The noun phrase before: its first noun after the determiner that opens it ("an accord on trade").
  for (let k = end; k >= 0 && end - k <= 5; k--) {
    const tok = sv.toks[k]!;
    if (tok.arg >= 0 || (k < end && isComma(sv.toks[k + 1]))) break;
    if (isDeterminer(tok)) {
      const head = sv.toks.slice(k + 1, end + 1).find((w) => w.arg < 0 && isNoun(w));
      return head?.lower ?? '';
    }
  }
  const last = sv.toks[end];
  return last && last.arg < 0 && isNoun(last) ? last.lower : '';
}
