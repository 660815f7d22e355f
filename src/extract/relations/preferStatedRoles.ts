import type { EntityType } from '../../store/records.js';
import type { LocalRelation } from '../types.js';
import { bareTitle, isExclusive } from './articleOwner.js';

/**
 * A guessed title owner yields to what the article states. An inferred "<title> of X" is dropped
 * when the article states the same title for the same person with another owner of X's kind
 * ("President Lee" guessed for the story's country, while another sentence says "Lee, the
 * president of Ruritania"; a ministry the minister heads is no rival to the country), or, for a
 * title one person holds at a time, for another person with the same owner (a former holder is no
 * rival to the current one).
 */
export function preferStatedRoles(relations: readonly LocalRelation[], typeOf: (key: number) => EntityType | undefined): LocalRelation[] {
  const stated = relations.filter((r) => r.type === 'ROLE' && !r.inferred);
  return relations.filter((guess) => {
    if (guess.type !== 'ROLE' || !guess.inferred) return true;
    const title = titleOf(guess.predicate);
    const rivals = (r: LocalRelation): boolean =>
      titleOf(r.predicate) === title &&
      ((r.subjectKey === guess.subjectKey && r.objectKey !== guess.objectKey && typeOf(r.objectKey) === typeOf(guess.objectKey)) ||
        (r.objectKey === guess.objectKey && r.subjectKey !== guess.subjectKey && isExclusive(withoutPreposition(guess.predicate)) && isExclusive(withoutPreposition(r.predicate))));
    return !stated.some(rivals);
  });
}

/** "deputy foreign minister of" → "deputy foreign minister". */
function titleOf(predicate: string): string {
  return bareTitle(withoutPreposition(predicate));
}

function withoutPreposition(predicate: string): string {
  return predicate.replace(/\s+(?:of|to|in|for|at|from)$/, '');
}
