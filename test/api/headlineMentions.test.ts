import { describe, expect, it } from 'vitest';
import { createGateway } from '../../src/graphql/createGateway.js';
import { buildStore } from '../../src/store/buildStore.js';

// One article whose headline names an entity the body never does: the reader still sees it,
// as a mention whose offsets point into the title.
const title = 'Andean Pact ministers meet in Lima';
const body = 'Trade ministers gathered on Monday. Peru hosted the talks.';
const store = buildStore({
  articles: [
    {
      id: 'pact', slug: 'pact', source: 'pact.txt', title, lede: body, byline: null, body,
      paragraphs: [{ index: 0, start: 0, end: body.length }],
      sentences: [
        { index: 0, paragraphIndex: 0, start: 0, end: 35 },
        { index: 1, paragraphIndex: 0, start: 36, end: body.length },
      ],
      boilerplate: [], wordCount: 9, contentHash: 'h', warnings: [],
    },
  ],
  entities: [
    { id: 'organization:andean-pact', name: 'Andean Pact', type: 'ORGANIZATION', aliases: ['Andean Pact'], isoCode: null },
    { id: 'country:peru', name: 'Peru', type: 'COUNTRY', aliases: ['Peru'], isoCode: 'PE' },
  ],
  mentions: [
    { id: 'pact#m1', entityId: 'country:peru', articleId: 'pact', text: 'Peru', field: 'BODY', start: 36, end: 40, sentenceIndex: 1 },
    { id: 'pact#m0', entityId: 'organization:andean-pact', articleId: 'pact', text: 'Andean Pact', field: 'TITLE', start: 0, end: 11, sentenceIndex: null },
  ],
  quotes: [],
  relations: [],
  warnings: [],
});
const gateway = createGateway({ store, logging: false });

async function query(source: string): Promise<unknown> {
  const response = await gateway.fetch('http://gateway.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: source }),
  });
  return response.json();
}

describe('entities named in the headline', () => {
  it('are among the article entities, headline mentions first, with offsets into the title', async () => {
    expect(
      await query(/* GraphQL */ `
        {
          article(slug: "pact") {
            entities { entity { name } mentions { text field start end sentenceIndex } }
          }
        }
      `),
    ).toEqual({
      data: {
        article: {
          entities: [
            { entity: { name: 'Andean Pact' }, mentions: [{ text: 'Andean Pact', field: 'TITLE', start: 0, end: 11, sentenceIndex: null }] },
            { entity: { name: 'Peru' }, mentions: [{ text: 'Peru', field: 'BODY', start: 36, end: 40, sentenceIndex: 1 }] },
          ],
        },
      },
    });
  });

  it('are highlighted in the headline on request, while body highlights stay in the body', async () => {
    expect(
      await query(/* GraphQL */ `
        {
          article(slug: "pact") {
            body: highlights { text start end }
            headline: highlights(field: TITLE) { text start end entity { type } }
          }
        }
      `),
    ).toEqual({
      data: {
        article: {
          body: [{ text: 'Peru', start: 36, end: 40 }],
          headline: [{ text: 'Andean Pact', start: 0, end: 11, entity: { type: 'ORGANIZATION' } }],
        },
      },
    });
  });
});
