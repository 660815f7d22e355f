import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { generate } from '@graphql-codegen/cli';
import type { Types } from '@graphql-codegen/plugin-helpers';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import codegenConfig from '../../examples/client/codegen.js';
import { createClient, GraphQLResponseError, type Client } from '../../examples/client/src/client.js';
import { TypedDocumentString } from '../../examples/client/src/gql/graphql.js';
import {
  allQuotes,
  EntityPage,
  fetchArticles,
  fetchEntityPage,
  type ArticleWithEntities,
  type EntityPageData,
  type QuoteListItem,
} from '../../examples/client/src/operations.js';
import { toGlobalId } from '../../src/graphql/globalId.js';
import { fixtureStore } from '../api/fixtureStore.js';
import { serveOnLoopback, type ServedGateway } from '../http/serveOnLoopback.js';

// examples/client is how a front-end team consumes the API: GraphQL documents typed by
// @graphql-codegen/client-preset from schema.graphql, sent with plain fetch. These tests hold the
// three promises the README makes about it: its committed types match the schema, it
// type-checks, and its operations return real data from a running gateway.

const exampleDir = resolve('examples/client');

describe('the example client’s generated types', () => {
  it('are what codegen generates today from schema.graphql and the operations (run `npx graphql-codegen` in examples/client if not)', async () => {
    const files: Types.FileOutput[] = await generate({ ...codegenConfig, cwd: exampleDir, silent: true }, false);
    expect(files.map((f) => f.filename).sort()).toEqual(['src/gql/gql.ts', 'src/gql/graphql.ts', 'src/gql/index.ts']);
    for (const file of files) {
      expect(await readFile(resolve(exampleDir, file.filename), 'utf8'), `${file.filename} is stale`).toBe(file.content);
    }
  });

  it('type-check the example with its own tsconfig', async () => {
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    const run = await promisify(execFile)(process.execPath, [tsc, '--noEmit', '-p', exampleDir]).then(
      () => ({ code: 0, output: '' }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, output: error.stdout + error.stderr }),
    );
    expect(run, run.output).toEqual({ code: 0, output: '' });
  });

  it('give each result field the schema’s type, and require the variables an operation declares', () => {
    // Checked by `npm run typecheck`; at run time these lines do nothing.
    expectTypeOf<ArticleWithEntities['title']>().toEqualTypeOf<string>();
    expectTypeOf<ArticleWithEntities['byline']>().toEqualTypeOf<string | null>();
    expectTypeOf<ArticleWithEntities['highlights'][number]['start']>().toEqualTypeOf<number>();
    expectTypeOf<EntityPageData['type']>().toEqualTypeOf<'PERSON' | 'ORGANIZATION' | 'COUNTRY' | 'LOCATION' | 'OTHER'>();
    expectTypeOf<QuoteListItem['speaker']>().toEqualTypeOf<{ id: string; name: string; type: EntityPageData['type'] } | null>();
    const typeErrors = (client: Client) => {
      // @ts-expect-error EntityPage declares `$id: ID!`.
      void client.request(EntityPage, {});
      // @ts-expect-error `$id` is an ID, sent as a string.
      void client.request(EntityPage, { id: 42 });
      // @ts-expect-error the operation does not select `headline` (nor does the schema have it).
      void fetchArticles(client, 1).then((page) => page.edges[0]?.node.headline);
    };
    expect(typeErrors).toBeTypeOf('function');
  });
});

describe('the example client against a gateway on loopback', () => {
  let served: ServedGateway;
  let client: Client;
  beforeAll(async () => {
    served = await serveOnLoopback(fixtureStore());
    client = createClient({ url: served.url });
  });
  afterAll(() => served?.close());

  it('fetches a page of articles with their entities and the spans to highlight', async () => {
    const page = await fetchArticles(client, 2);
    expect(page.totalCount).toBe(3);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(page.edges.map((e) => e.node.title)).toEqual(['Norway and Chile sign a harbour deal', 'Grain prices fall after the harbour deal']);

    const article = page.edges[0]!.node;
    expect(article.entities.map((e) => [e.entity.name, e.entity.type, e.mentionCount])).toEqual([
      ['Norway', 'COUNTRY', 1],
      ['Ada Quill', 'PERSON', 2],
      ['Chile', 'COUNTRY', 2],
      ['Tomas Brandt', 'PERSON', 1],
      ['Port of Valparaíso', 'ORGANIZATION', 1],
      ['Valparaíso', 'LOCATION', 1],
    ]);
    // Highlights point into the body, in order, without overlap: a UI can splice them in directly.
    for (const h of article.highlights) expect(article.body.slice(h.start, h.end)).toBe(h.text);
    expect(article.highlights.map((h) => h.start)).toEqual([...article.highlights.map((h) => h.start)].sort((a, b) => a - b));
    expect(article.highlights.map((h) => h.text)).toContain('Port of Valparaíso');
    expect(article.highlights.map((h) => h.text)).not.toContain('Valparaíso');

    const next = await fetchArticles(client, 2, page.pageInfo.endCursor);
    expect(next.edges.map((e) => e.node.title)).toEqual(['A quiet week']);
  });

  it('opens an entity page with its quotes, roles and relations', async () => {
    const ada = (await fetchArticles(client, 1)).edges[0]!.node.entities.find((e) => e.entity.name === 'Ada Quill')!.entity;
    const page = await fetchEntityPage(client, ada.id);
    expect(page).toMatchObject({ name: 'Ada Quill', type: 'PERSON', aliases: ['Ada Quill', 'Quill'], mentionCount: 4, articleCount: 2 });
    expect(page.roles).toEqual([{ title: 'trade minister', of: { id: expect.any(String), name: 'Norway', type: 'COUNTRY' } }]);
    expect(page.quotes.edges.map((e) => [e.node.text, e.node.verb, e.node.article.title])).toEqual([
      ['This port will carry our grain for a generation,', 'said', 'Norway and Chile sign a harbour deal'],
      ['Prices will drop by autumn,', 'said', 'Grain prices fall after the harbour deal'],
    ]);
    expect(page.relations.edges.map((e) => `${e.node.subject.name} ${e.node.predicate} ${e.node.object.name}`)).toEqual([
      'Ada Quill trade minister of Norway',
      'Ada Quill trade minister of Norway',
      'Ada Quill met Tomas Brandt',
    ]);
    expect(page.relatedEntities[0]?.entity.name).toBe('Norway');
  });

  it('pages through every quote with cursors, each once, in corpus order', async () => {
    const onePage = await client.request(
      new TypedDocumentString<{ quotes: { edges: { node: { id: string } }[] } }, Record<string, never>>('{ quotes(first: 100) { edges { node { id } } } }'),
    );
    const paged: QuoteListItem[] = [];
    for await (const quote of allQuotes(client, { pageSize: 2 })) paged.push(quote);
    expect(paged.map((q) => q.id)).toEqual(onePage.quotes.edges.map((e) => e.node.id));
    expect(paged.map((q) => q.text)).toEqual([
      'This port will carry our grain for a generation,',
      'a fair bargain',
      'Prices will drop by autumn,',
      'calm',
    ]);
    expect(paged.map((q) => q.speaker?.name ?? null)).toEqual(['Ada Quill', 'Tomas Brandt', 'Ada Quill', null]);
  });

  it.each([
    ['a malformed id', 'not-an-id', 'BAD_USER_INPUT', 200],
    ['an id that names nothing', toGlobalId('Entity', 'person:nobody'), 'NOT_FOUND', 200],
  ])('rejects %s with a GraphQLResponseError coded %s', async (_label, id, code, status) => {
    const error = await fetchEntityPage(client, id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLResponseError);
    expect(error).toMatchObject({ codes: [code], status, data: { entity: null } });
  });

  it('rejects a document the schema does not accept with status 400 and GRAPHQL_VALIDATION_FAILED', async () => {
    const stale = new TypedDocumentString<unknown, Record<string, never>>('{ articles { edges { node { headline } } } }');
    const error = await client.request(stale).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'GraphQLResponseError', status: 400, codes: ['GRAPHQL_VALIDATION_FAILED'], data: null });
  });
});
