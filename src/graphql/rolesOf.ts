import type { RelationRecord } from '../store/records.js';
import type { RoleModel } from './models.js';

// "foreign minister of" → "foreign minister": the predicate's trailing preposition links the
// title to its object, and `Role.of` already says what the object is.
const LINKING_WORD = /\s+(?:of|at|for|in|to)$/;

/**
 * `Entity.roles`: the entity's ROLE relations as subject, one role per (title, of) with every
 * statement of it, in order of first statement.
 */
export function rolesOf(entityId: string, relations: readonly RelationRecord[]): RoleModel[] {
  const roles = new Map<string, { title: string; ofId: string; relations: RelationRecord[] }>();
  for (const r of relations) {
    if (r.type !== 'ROLE' || r.subjectId !== entityId) continue;
    const title = r.predicate.replace(LINKING_WORD, '');
    const key = `${title}\u0000${r.objectId}`;
    const role = roles.get(key);
    if (role) role.relations.push(r);
    else roles.set(key, { title, ofId: r.objectId, relations: [r] });
  }
  return [...roles.values()];
}
