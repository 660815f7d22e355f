import type { EntityType } from '../../store/records.js';
import type { ArticleView } from './articleView.js';
import { afterPreposition, isSubjectPosition, PERSON_PRONOUNS, THING_PRONOUNS } from './words.js';

/** How many sentences back a pronoun may reach. */
const REACH = 2;

const PERSON: ReadonlySet<EntityType> = new Set(['PERSON']);
const THING: ReadonlySet<EntityType> = new Set(['ORGANIZATION', 'COUNTRY']);

/**
 * The entity a third-person pronoun most likely stands for. A subject pronoun ("he said") takes
 * the nearest earlier mention of a fitting type that stands as a subject; an object pronoun ("a
 * call on her") the nearest fitting mention; a possessive ("its war") the nearest fitting mention
 * of its own sentence, else an earlier subject. `exclude` is skipped ("he paid a call on her":
 * "her" is not "he").
 */
export function resolvePronoun(
  view: ArticleView,
  sentence: number,
  tokenIndex: number,
  pronoun: string,
  prefer: 'subject' | 'nearest' | 'possessive',
  exclude: number | null = null,
): number | null {
  const types = PERSON_PRONOUNS.has(pronoun) ? PERSON : THING_PRONOUNS.has(pronoun) ? THING : null;
  if (!types) return null;
  let fallback: number | null = null;
  for (let s = sentence; s >= 0 && s >= sentence - REACH; s--) {
    const sv = view.sentences[s];
    if (!sv) continue;
    let nearestHere: number | null = null;
    for (let a = sv.args.length - 1; a >= 0; a--) {
      const arg = sv.args[a];
      if (!arg || (s === sentence && arg.first >= tokenIndex)) continue;
      if (!types.has(arg.type) || arg.key === exclude) continue;
      if (prefer === 'nearest' || (prefer === 'possessive' && s === sentence) || isSubjectPosition(sv, arg)) return arg.key;
      if (s === sentence && !afterPreposition(sv, arg)) nearestHere ??= arg.key;
      fallback ??= arg.key;
    }
    // In its own sentence a pronoun looks back at the nearest name that is no prepositional object
    // ("reported Bloggs as saying he was able").
    if (nearestHere !== null) return nearestHere;
  }
  return fallback;
}
