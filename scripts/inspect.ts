// Prints what ingestion extracts from a corpus folder, article by article, for reading by eye:
//   npx tsx scripts/inspect.ts DIR [SLUG-SUBSTRING]
import { loadCorpus } from '../src/ingest/loadCorpus.js';

const [dir = 'seeds', only] = process.argv.slice(2);
const { store, warnings } = await loadCorpus(dir);
for (const w of warnings) console.log(`warning: ${w.file}: ${w.reason}`);
for (const article of store.articleList) {
  if (only && !article.slug.includes(only)) continue;
  console.log(`\n## ${article.slug}: ${article.title}`);
  console.log(`byline: ${article.byline ?? '-'} | boilerplate: ${JSON.stringify(article.boilerplate)}`);
  const byEntity = new Map<string, string[]>();
  for (const m of store.mentionsByArticle.get(article.id) ?? []) {
    const list = byEntity.get(m.entityId) ?? [];
    list.push(m.text);
    byEntity.set(m.entityId, list);
  }
  for (const [id, texts] of byEntity) {
    const e = store.entities.get(id);
    console.log(`  E ${e?.type} ${e?.name} ${e?.isoCode ?? ''} ← ${[...new Set(texts)].join(' | ')}`);
  }
  for (const q of store.quotesByArticle.get(article.id) ?? []) {
    const speaker = q.speakerId ? store.entities.get(q.speakerId)?.name : 'NONE';
    console.log(`  Q ${q.kind} [${speaker} via "${q.speakerText}" ${q.verb}] ${q.text.slice(0, 90)}`);
  }
  for (const r of store.relationsByArticle.get(article.id) ?? []) {
    console.log(`  R ${store.entities.get(r.subjectId)?.name} —${r.predicate} (${r.type})→ ${store.entities.get(r.objectId)?.name}`);
  }
}
