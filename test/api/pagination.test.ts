import { beforeAll, describe, expect, it } from 'vitest';
import { buildStore } from '../../src/store/buildStore.js';
import type { ArticleRecord } from '../../src/store/records.js';
import { request, testGateway } from './request.js';

// Entities by name: six of them, enough to cut pages in every direction.
const NAMES = ['Ada Quill', 'Chile', 'Norway', 'Port of Valparaíso', 'Tomas Brandt', 'Valparaíso'];

const PAGE = /* GraphQL */ `
  query Page($first: Int, $after: String, $last: Int, $before: String) {
    entities(orderBy: NAME, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo { hasPreviousPage hasNextPage startCursor endCursor }
      edges { cursor node { name } }
    }
  }
`;

interface Page {
  totalCount: number;
  pageInfo: { hasPreviousPage: boolean; hasNextPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: { cursor: string; node: { name: string } }[];
}

const gateway = testGateway();
let cursors: string[] = [];

async function page(variables: Record<string, unknown>): Promise<Page> {
  const result = await request(gateway, PAGE, variables);
  expect(result.errors).toBeUndefined();
  return (result.data as { entities: Page }).entities;
}

/** What a page holding names[from, to) must look like. */
function expected(from: number, to: number): Page {
  return {
    totalCount: NAMES.length,
    pageInfo: {
      hasPreviousPage: from > 0,
      hasNextPage: to < NAMES.length,
      startCursor: to > from ? cursors[from]! : null,
      endCursor: to > from ? cursors[to - 1]! : null,
    },
    edges: NAMES.slice(from, to).map((name, i) => ({ cursor: cursors[from + i]!, node: { name } })),
  };
}

beforeAll(async () => {
  cursors = (await page({ first: 100 })).edges.map((e) => e.cursor);
});

describe('connections', () => {
  it('list every item once with distinct cursors when the page is large enough', async () => {
    expect(new Set(cursors).size).toBe(NAMES.length);
    expect(await page({ first: 100 })).toEqual(expected(0, 6));
  });

  it.each([
    ['the first two', { first: 2 }, 0, 2],
    ['two after the second', { first: 2, after: 1 }, 2, 4],
    ['the rest after the fourth', { first: 10, after: 3 }, 4, 6],
    ['nothing after the last', { first: 2, after: 5 }, 6, 6],
    ['the last two', { last: 2 }, 4, 6],
    ['two before the fifth', { last: 2, before: 4 }, 2, 4],
    ['nothing before the first', { last: 2, before: 0 }, 0, 0],
    ['everything between two cursors', { after: 0, before: 4 }, 1, 4],
    ['the first of a window', { first: 1, after: 0, before: 4 }, 1, 2],
    ['the last of a window', { last: 1, after: 0, before: 4 }, 3, 4],
    ['an empty page for first: 0', { first: 0 }, 0, 0],
  ])('return %s', async (_, args, from, to) => {
    const variables = Object.fromEntries(
      Object.entries(args).map(([k, v]) => [k, k === 'after' || k === 'before' ? cursors[v] : v]),
    );
    expect(await page(variables)).toEqual(expected(from, to));
  });

  it('return 20 items by default when neither first nor last is given', async () => {
    const articles: ArticleRecord[] = Array.from({ length: 25 }, (_, i) => {
      const slug = `article-${String(i).padStart(2, '0')}`;
      return {
        id: slug, slug, source: `${slug}.txt`, title: `Story ${i}`, lede: null, byline: null, body: 'Text.',
        paragraphs: [], sentences: [], boilerplate: [], wordCount: 1, contentHash: slug, warnings: [],
      };
    });
    const store = buildStore({ articles, entities: [], mentions: [], quotes: [], relations: [], warnings: [] });
    const result = await request(testGateway(store), /* GraphQL */ `
      { articles { totalCount pageInfo { hasNextPage } edges { node { slug } } } }
    `);
    const data = result.data as { articles: { totalCount: number; pageInfo: { hasNextPage: boolean }; edges: unknown[] } };
    expect(data.articles.totalCount).toBe(25);
    expect(data.articles.edges).toHaveLength(20);
    expect(data.articles.pageInfo.hasNextPage).toBe(true);
  });
});

describe('connection arguments out of range', () => {
  it.each([
    ['first above the cap of 100', { first: 101 }, '`first` must be at most 100, got 101; page with `after`/`before`.'],
    ['last above the cap of 100', { last: 500 }, '`last` must be at most 100, got 500; page with `after`/`before`.'],
    ['a negative first', { first: -1 }, '`first` must not be negative, got -1.'],
    ['a negative last', { last: -3 }, '`last` must not be negative, got -3.'],
    ['a cursor that is not one', { first: 1, after: 'not-a-cursor' }, 'Invalid cursor "not-a-cursor" for `after`: use a cursor from this connection.'],
    ['a base64 cursor of another shape', { last: 1, before: 'QXJ0aWNsZTp4' }, 'Invalid cursor "QXJ0aWNsZTp4" for `before`: use a cursor from this connection.'],
  ])('reject %s with BAD_USER_INPUT naming the value', async (_, variables, message) => {
    expect(await request(gateway, PAGE, variables)).toEqual({
      data: null,
      errors: [{ message, locations: [{ line: 3, column: 5 }], path: ['entities'], extensions: { code: 'BAD_USER_INPUT' } }],
    });
  });

  it('apply the same cap to nested connections, with the path of the nested field', async () => {
    const result = await request(gateway, /* GraphQL */ `
      { article(slug: "a-harbour-deal") { title } entities(first: 1) { edges { node { name quotes(first: 1000) { totalCount } } } } }
    `);
    expect(result).toEqual({
      data: null,
      errors: [
        {
          message: '`first` must be at most 100, got 1000; page with `after`/`before`.',
          locations: [{ line: 2, column: 92 }],
          path: ['entities', 'edges', 0, 'node', 'quotes'],
          extensions: { code: 'BAD_USER_INPUT' },
        },
      ],
    });
  });
});
