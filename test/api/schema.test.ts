import { readFileSync } from 'node:fs';
import { buildClientSchema, buildSchema, getIntrospectionQuery, lexicographicSortSchema, parse, printSchema, validate, type IntrospectionQuery } from 'graphql';
import { describe, expect, it } from 'vitest';
import { graphiqlTabs } from '../../src/graphql/graphiqlTabs.js';
import { request, testGateway } from './request.js';

const contract = buildSchema(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'));
const sorted = (schema: typeof contract) => printSchema(lexicographicSortSchema(schema));

describe('the served schema', () => {
  it('is exactly schema.graphql, descriptions included', async () => {
    // Read back through introspection, as GraphiQL and client generators see it.
    const result = await request(testGateway(), getIntrospectionQuery({ descriptions: true, schemaDescription: true, specifiedByUrl: true }));
    const served = buildClientSchema(result.data as IntrospectionQuery);
    expect(sorted(served)).toBe(sorted(contract));
  });

  it.each(graphiqlTabs.map((tab) => [tab.query.split('\n')[0], tab] as const))(
    'runs GraphiQL’s example tab %s without errors',
    async (_, tab) => {
      expect(validate(contract, parse(tab.query))).toEqual([]);
      const result = await request(testGateway(), tab.query, tab.variables ? (JSON.parse(tab.variables) as Record<string, unknown>) : {});
      expect(result.errors).toBeUndefined();
    },
  );
});

describe('GraphiQL', () => {
  it('is served from the gateway itself, with no script from a CDN', async () => {
    const response = await testGateway().fetch('http://gateway.test/graphql', { headers: { accept: 'text/html' } });
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toContain('<title>News graph — GraphiQL</title>');
    expect(html).not.toMatch(/<script[^>]+src="https?:\/\//);
    expect(html).toContain('ArticleWithEntitiesAndQuotes');
  });
});
