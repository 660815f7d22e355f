import { describe, expect, it } from 'vitest';
import { request, testGateway } from './request.js';

// The query the extraction scorer sends (DESIGN.md, "The API contract"), character for character.
const SCORE_ARTICLES = /* GraphQL */ `
  query ScoreArticles($first: Int!, $after: String) {
    articles(first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node { slug title byline body
        entities { entity { name type aliases } mentions { text } }
        quotes { text speaker { name aliases } }
        relations { subject { name aliases } predicate object { name aliases } } } }
    }
  }
`;

const ada = { name: 'Ada Quill', aliases: ['Ada Quill', 'Quill'] };
const brandt = { name: 'Tomas Brandt', aliases: ['Tomas Brandt'] };
const norway = { name: 'Norway', aliases: ['Norway', 'Norwegian'] };
const chile = { name: 'Chile', aliases: ['Chile', 'Chilean'] };

describe('the scorer contract query', () => {
  it('returns the first page with everything extracted, and a cursor to the next', async () => {
    const result = await request(testGateway(), SCORE_ARTICLES, { first: 1 });
    expect(result).toEqual({
      data: {
        articles: {
          pageInfo: { hasNextPage: true, endCursor: expect.any(String) },
          edges: [
            {
              node: {
                slug: 'a-harbour-deal',
                title: 'Norway and Chile sign a harbour deal',
                byline: 'Test Desk',
                body:
                  'Norwegian Trade Minister Ada Quill signed a harbour deal with Chile on Monday.\n\n' +
                  '“This port will carry our grain for a generation,” Quill said.\n\n' +
                  'Chilean President Tomas Brandt called the deal “a fair bargain” for the Port of Valparaíso.',
                entities: [
                  { entity: { name: 'Norway', type: 'COUNTRY', aliases: norway.aliases }, mentions: [{ text: 'Norwegian' }] },
                  { entity: { name: 'Ada Quill', type: 'PERSON', aliases: ada.aliases }, mentions: [{ text: 'Ada Quill' }, { text: 'Quill' }] },
                  { entity: { name: 'Chile', type: 'COUNTRY', aliases: chile.aliases }, mentions: [{ text: 'Chile' }, { text: 'Chilean' }] },
                  { entity: { name: 'Tomas Brandt', type: 'PERSON', aliases: brandt.aliases }, mentions: [{ text: 'Tomas Brandt' }] },
                  {
                    entity: { name: 'Port of Valparaíso', type: 'ORGANIZATION', aliases: ['Port of Valparaíso'] },
                    mentions: [{ text: 'Port of Valparaíso' }],
                  },
                  { entity: { name: 'Valparaíso', type: 'LOCATION', aliases: ['Valparaíso'] }, mentions: [{ text: 'Valparaíso' }] },
                ],
                quotes: [
                  { text: 'This port will carry our grain for a generation,', speaker: ada },
                  { text: 'a fair bargain', speaker: brandt },
                ],
                relations: [
                  { subject: ada, predicate: 'trade minister of', object: norway },
                  { subject: norway, predicate: 'signed a harbour deal with', object: chile },
                  { subject: brandt, predicate: 'president of', object: chile },
                ],
              },
            },
          ],
        },
      },
    });
  });

  it('pages through every article with endCursor, in slug order, ending with hasNextPage false', async () => {
    const gateway = testGateway();
    const slugs: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const result = await request(gateway, SCORE_ARTICLES, { first: 2, after });
      const { articles } = result.data as {
        articles: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { slug: string } }[] };
      };
      slugs.push(...articles.edges.map((e) => e.node.slug));
      if (!articles.pageInfo.hasNextPage) break;
      after = articles.pageInfo.endCursor;
    }
    expect(slugs).toEqual(['a-harbour-deal', 'b-grain-prices', 'c-quiet-week']);
  });

  it('reports an unattributed quote with a null speaker', async () => {
    const result = await request(testGateway(), SCORE_ARTICLES, { first: 1, after: await cursorOfSecondArticle() });
    expect(result.data).toMatchObject({
      articles: { pageInfo: { hasNextPage: false }, edges: [{ node: { slug: 'c-quiet-week', quotes: [{ text: 'calm', speaker: null }] } }] },
    });
  });
});

async function cursorOfSecondArticle(): Promise<string> {
  const result = await request(testGateway(), /* GraphQL */ `{ articles(first: 2) { pageInfo { endCursor } } }`);
  return (result.data as { articles: { pageInfo: { endCursor: string } } }).articles.pageInfo.endCursor;
}
