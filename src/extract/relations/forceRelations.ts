import type { LocalRelation } from '../types.js';
import type { Arg, ArticleView, SentenceView } from './articleView.js';
import { isComma, isDeterminer, isHardBreak, isValue } from './words.js';

// Troops a state puts into a multinational force: "Ruritania has 3,000 soldiers serving under
// the Blue Mission", "Ruritania contributes 800 troops to the Blue Mission", "Ruritania's 500
// peacekeepers in the Blue Mission".

const TROOP_NOUNS = new Set(['soldiers', 'troops', 'peacekeepers', 'personnel', 'officers', 'police']);
const HAVE_VERBS = new Set(['has', 'have', 'had', 'contributes', 'contributed', 'contributing', 'deploys', 'deployed', 'provides', 'provided', 'sends', 'sent', 'keeps', 'kept', 'maintains']);
const LINK_PARTICIPLES = new Set(['serving', 'operating', 'deployed', 'stationed', 'working', 'fighting']);
const LINK_PREPS = new Set(['under', 'with', 'in', 'to', 'for']);

export function forceRelations(view: ArticleView): LocalRelation[] {
  const out: LocalRelation[] = [];
  for (const sv of view.sentences) {
    for (let t = 0; t < sv.toks.length; t++) {
      const tok = sv.toks[t];
      if (!tok || tok.arg >= 0 || !TROOP_NOUNS.has(tok.lower)) continue;
      const state = contributor(sv, t);
      const mission = state ? missionAfter(sv, t + 1) : null;
      if (state && mission && state.key !== mission.key) out.push({ subjectKey: state.key, predicate: `contributes ${tok.lower === 'troops' ? 'troops' : 'soldiers'} to`, type: 'SUPPORT', objectKey: mission.key, evidence: sv.span });
    }
  }
  return out;
}

/** The country before "has 3,000 soldiers" or "'s 3,000 soldiers". */
function contributor(sv: SentenceView, t: number): Arg | null {
  let j = t - 1;
  while (j >= 0 && sv.toks[j]!.arg < 0 && (isValue(sv.toks[j]) || /^(some|about|around|nearly|more|than|over|almost|roughly|up|to)$/.test(sv.toks[j]!.lower)) && !isComma(sv.toks[j + 1])) j--;
  if (j === t - 1) return null;
  let tok = sv.toks[j];
  if (tok && tok.arg < 0 && HAVE_VERBS.has(tok.lower) && !isComma(sv.toks[j + 1])) {
    j--;
    while (j >= 0 && sv.toks[j]!.arg < 0 && /^(currently|now|still|also|already)$/.test(sv.toks[j]!.lower)) j--;
    tok = sv.toks[j];
    if (!tok || tok.arg < 0 || isComma(sv.toks[j + 1])) return null;
    const arg = sv.args[tok.arg] as Arg;
    return arg.type === 'COUNTRY' && !arg.possessive ? arg : null;
  }
  if (tok && tok.arg >= 0) {
    const arg = sv.args[tok.arg] as Arg;
    return arg.type === 'COUNTRY' && arg.possessive ? arg : null;
  }
  return null;
}

/** "serving under the framework of the Blue Mission", "to the Blue Mission", "in the Blue Mission". */
function missionAfter(sv: SentenceView, from: number): Arg | null {
  let j = from;
  if (sv.toks[j] && LINK_PARTICIPLES.has(sv.toks[j]!.lower)) j++;
  if (!sv.toks[j] || !LINK_PREPS.has(sv.toks[j]!.lower) || isComma(sv.toks[j]) || isHardBreak(sv.toks[j])) return null;
  j++;
  if (isDeterminer(sv.toks[j]) && sv.toks[j]!.arg < 0) j++;
  // "under the framework of", "as part of".
  if (sv.toks[j] && /^(framework|umbrella|command|banner|auspices)$/.test(sv.toks[j]!.lower) && sv.toks[j + 1]?.lower === 'of') j += 2;
  if (isDeterminer(sv.toks[j]) && sv.toks[j]!.arg < 0) j++;
  const tok = sv.toks[j];
  if (!tok || tok.arg < 0 || isComma(tok) || isHardBreak(tok)) return null;
  const arg = sv.args[tok.arg] as Arg;
  return arg.type === 'ORGANIZATION' ? arg : null;
}
