import { getGender } from 'gender-detection-from-name';
import type { Gender } from '../../data/pronouns.js';

/**
 * The gender the name lists of gender-detection-from-name give a given name ("federica" → female),
 * or null when they do not know it. The lists cover English, Italian, Spanish, French, German and
 * Turkish names (the last with many Arabic ones), which is where the tagger's own lexicon is thin.
 */
export function givenNameGender(name: string): Gender | null {
  const gender = getGender(name);
  return gender === 'male' || gender === 'female' ? gender : null;
}
