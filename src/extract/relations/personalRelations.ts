import { FAMILY_NOUNS } from '../../data/relationRoles.js';
import type { LocalRelation } from '../types.js';
import type { Arg, ArticleView, SentenceView } from './articleView.js';
import { resolvePronoun } from './resolvePronoun.js';
import { isBe, isComma, isDeterminer, isHardBreak, POSSESSIVE_PRONOUNS } from './words.js';
import { HONORIFICS, ROLE_HEADS, ROLE_MODIFIERS } from '../../data/relationRoles.js';

// Family and personal ties between two people: "A, wife of the late Senator B", "A, a close friend
// of President B", "B's widow, A", "his son A", "A is the daughter of B".

const TIE_MODIFIERS = new Set(['close', 'longtime', 'long-time', 'old', 'eldest', 'oldest', 'youngest', 'younger', 'older', 'elder', 'only', 'estranged', 'late', 'former', 'personal', 'childhood', 'second', 'first', 'half']);

export function personalRelations(view: ArticleView): LocalRelation[] {
  const out: LocalRelation[] = [];
  for (const sv of view.sentences) {
    const emit = (subject: number, noun: string, object: number | null): void => {
      if (object === null || object === subject) return;
      out.push({ subjectKey: subject, predicate: `${FAMILY_NOUNS[noun] ?? noun} of`, type: 'OTHER', objectKey: object, evidence: sv.span });
    };
    for (const arg of sv.args) {
      if (arg.type !== 'PERSON') continue;
      tieAfter(sv, arg, emit);
      tieBefore(view, sv, arg, emit);
    }
  }
  return out;
}

type Emit = (subject: number, noun: string, object: number | null) => void;

/** "A, (the) wife of B", "A, a friend of President B", "A is the son of B", "A, who is the widow of B". */
function tieAfter(sv: SentenceView, arg: Arg, emit: Emit): void {
  const { toks } = sv;
  let t = arg.last + 1;
  // "A of Westshire, widow of B": over the person's home place.
  const home = toks[t + 1] && toks[t + 1]!.arg >= 0 ? sv.args[toks[t + 1]!.arg] : undefined;
  if (toks[t]?.lower === 'of' && home && (home.type === 'LOCATION' || home.type === 'COUNTRY')) t = home.last + 1;
  const opener = toks[t];
  if (!opener || opener.arg >= 0) return;
  if (isComma(opener)) {
    if (opener.lower === 'who' && isBe(toks[t + 1])) t += 2;
    // "The current president, A, is the half-brother of B": the apposition closes before the verb.
    else if (isBe(opener)) t++;
  } else if (isBe(opener)) t++;
  else return;
  if (toks[t] && isDeterminer(toks[t]) && !POSSESSIVE_PRONOUNS.has(toks[t]!.lower)) t++;
  while (toks[t] && TIE_MODIFIERS.has(toks[t]!.lower)) t++;
  const written = toks[t]?.lower ?? '';
  // "half-brother": the hyphened modifier stays in the tie's name.
  const noun = toks[t]?.gap === '-' && toks[t - 1]?.lower === 'half' ? `half-${written}` : written;
  if (!(written in FAMILY_NOUNS) || toks[t + 1]?.lower !== 'of') return;
  const object = personAfter(sv, t + 2);
  if (object) emit(arg.key, noun, object.key);
}

/** "B's wife, A", "his son A", "B and his wife A". */
function tieBefore(view: ArticleView, sv: SentenceView, arg: Arg, emit: Emit): void {
  const { toks } = sv;
  let t = arg.first - 1;
  while (t >= 0 && toks[t]!.arg < 0 && HONORIFICS.has(toks[t]!.lower.replace(/\.$/, ''))) t--;
  const nounTok = toks[t];
  if (!nounTok || nounTok.arg >= 0 || !(nounTok.lower in FAMILY_NOUNS)) return;
  // "his wife, A": a comma may stand between; "the wife, A" needs an owner.
  if (isHardBreak(toks[t + 1])) return;
  let o = t - 1;
  while (o >= 0 && toks[o]!.arg < 0 && TIE_MODIFIERS.has(toks[o]!.lower) && !isComma(toks[o + 1])) o--;
  const ownerTok = toks[o];
  if (!ownerTok || isComma(toks[o + 1])) return;
  if (ownerTok.arg >= 0) {
    const owner = sv.args[ownerTok.arg] as Arg;
    if (owner.type === 'PERSON' && owner.possessive) emit(arg.key, nounTok.lower, owner.key);
    return;
  }
  if (POSSESSIVE_PRONOUNS.has(ownerTok.lower) && ownerTok.lower !== 'its' && ownerTok.lower !== 'their') {
    const key = resolvePronoun(view, sv.index, o, ownerTok.lower, 'nearest', arg.key);
    if (key !== null && view.entityByKey.get(key)?.type === 'PERSON') emit(arg.key, nounTok.lower, key);
  }
}

/** The person named right after position t, over determiners, modifiers and a title ("the late Senator B"). */
function personAfter(sv: SentenceView, t: number): Arg | null {
  for (let j = t; j < sv.toks.length && j - t < 5; j++) {
    const tok = sv.toks[j]!;
    if (j > t && (isComma(tok) || isHardBreak(tok))) return null;
    if (tok.arg >= 0) {
      const arg = sv.args[tok.arg] as Arg;
      return arg.type === 'PERSON' ? arg : null;
    }
    // "the late Senator B", "the daughter of ex-president B".
    const titleWord = ROLE_HEADS.has(tok.lower.replace(/^ex-/, '')) || (/^\p{Lu}/u.test(tok.text) && HONORIFICS.has(tok.lower.replace(/\.$/, '')));
    if (!(isDeterminer(tok) || ROLE_MODIFIERS.has(tok.lower) || TIE_MODIFIERS.has(tok.lower) || titleWord)) return null;
  }
  return null;
}
