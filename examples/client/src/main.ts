// A tour of the API with the typed client: `npx tsx src/main.ts [URL]` against a running gateway
// (`npm start` at the repository root serves one on http://localhost:4000/graphql).
import { createClient, GraphQLResponseError } from './client.js';
import { allQuotes, fetchArticles, fetchEntityPage } from './operations.js';

const client = createClient({ url: process.argv[2] ?? 'http://localhost:4000/graphql' });

const articles = await fetchArticles(client, 5);
console.log(`${articles.totalCount} articles; the first ${articles.edges.length}:`);
for (const { node } of articles.edges) {
  console.log(`- ${node.title}${node.byline ? ` (${node.byline})` : ''}`);
  console.log(`  ${node.entities.map((e) => `${e.entity.name} ×${e.mentionCount}`).join(', ') || 'no entities found'}`);
}

const first = articles.edges.flatMap((e) => e.node.entities).sort((a, b) => b.mentionCount - a.mentionCount)[0];
if (first) {
  const entity = await fetchEntityPage(client, first.entity.id);
  console.log(`\n${entity.name} (${entity.type}), ${entity.mentionCount} mentions in ${entity.articleCount} articles`);
  for (const role of entity.roles) console.log(`  ${role.title} of ${role.of.name}`);
  for (const { node } of entity.quotes.edges) console.log(`  “${node.text}” (${node.article.title})`);
  for (const { node } of entity.relations.edges) console.log(`  ${node.subject.name} — ${node.predicate} → ${node.object.name}`);
}

let count = 0;
for await (const quote of allQuotes(client, { pageSize: 20 })) {
  count++;
  if (count <= 3) console.log(`\n“${quote.text}” — ${quote.speaker?.name ?? quote.speakerText ?? 'unattributed'}`);
}
console.log(`\n${count} quotes in all`);

try {
  await fetchEntityPage(client, 'not-an-id');
} catch (error) {
  if (!(error instanceof GraphQLResponseError)) throw error;
  console.log(`\nA bad id fails with ${error.codes.join(', ')}: ${error.message}`);
}
