import type { LocalRelation } from '../types.js';

/**
 * One relation per fact: no self-relations; per article one relation per subject, predicate and
 * object, and one role per pair; per sentence one relation per pair of entities, the earlier rule
 * winning (roles and descriptions are more specific than verbs, verbs than nouns).
 */
export function dedupeRelations(relations: readonly LocalRelation[]): LocalRelation[] {
  const seen = new Set<string>();
  const out: LocalRelation[] = [];
  for (const r of relations) {
    if (r.subjectKey === r.objectKey || !r.predicate.trim()) continue;
    const [a, b] = r.subjectKey < r.objectKey ? [r.subjectKey, r.objectKey] : [r.objectKey, r.subjectKey];
    const keys = [`fact|${r.subjectKey}|${r.predicate}|${r.objectKey}`, `pair|${r.evidence.start}|${a}|${b}`];
    if (r.type === 'ROLE') keys.push(`role|${a}|${b}`);
    if (keys.some((k) => seen.has(k))) continue;
    for (const k of keys) seen.add(k);
    out.push({ ...r, predicate: r.predicate.replace(/\s+/g, ' ').trim() });
  }
  return out;
}
