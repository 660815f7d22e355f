// What the chunk reader finds: a name's word range with a first guess at its kind, how sure that
// guess is, and the title written with it.
import type { EntityType } from '../../store/records.js';
import type { CountryEntry } from './lexicon.js';

/** How the kind was decided: a lexicon or a name's own suffix beats a guess from context. */
export type Certainty = 3 | 2 | 1;
export const SURE: Certainty = 3;
export const LIKELY: Certainty = 2;
export const GUESS: Certainty = 1;

export type CandidateKind = EntityType | 'DEMONYM' | 'ROLE' | 'UNKNOWN';

export interface Candidate {
  /** Word range [from, to) of the name itself (titles and honorifics left out). */
  from: number;
  to: number;
  kind: CandidateKind;
  certainty: Certainty;
  /** The usual name when a lexicon knows it ("United States" for "US"). */
  canonical?: string;
  country?: CountryEntry;
  /** For DEMONYM: it denotes the state here ("Russian President", "Peruvian troops"). */
  denotesState?: boolean;
  /**
   * One body of one state ("body:SD:mil"): the lower-case, capitalised and bare forms of it
   * ("the Ruritanian army", "Ruritanian Armed Forces", "the army") join one entity.
   */
  group?: string;
  /** Title written with the name, and the candidate it belongs to ("Russian" in "Russian Foreign Minister"). */
  role?: { title: string; from: number; to: number; owner: Candidate | null };
}
