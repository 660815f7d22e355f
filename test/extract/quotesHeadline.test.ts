// Table tests for quotes in the headline: the shapes a headline attributes a quote in, the speaker
// found through the body, and the scare quotes left out. Every text here is invented.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/extractArticle.js';
import { parseArticle } from '../../src/ingest/parseArticle.js';
import { segment } from '../../src/ingest/segment.js';

function headlineQuotes(headline: string, body: string): { text: string; speaker: string | null; verb: string | null }[] {
  const article = segment(parseArticle({ slug: 't', file: 't.txt', text: `${headline}\n\n${body}\n`, contentHash: 'h' }));
  const { entities, quotes } = extractArticle(article);
  return quotes
    .filter((q) => q.inTitle)
    .map((q) => {
      expect(article.title.slice(q.start, q.end)).toBe(q.text);
      return { text: q.text, speaker: entities.find((e) => e.key === q.speakerKey)?.name ?? null, verb: q.verb };
    });
}

const BODY = 'Opposition leader Jan Roe said on Monday that the vote had been rigged. Roe told reporters in Lima that his party would appeal.';

describe('quotes in the headline', () => {
  it.each([
    ['the speaker and a colon before the statement', 'Roe: election result ‘stolen from the people’', 'stolen from the people', null],
    ['the speaker after the quote and a colon', '‘Ready to appeal the result’: Roe', 'Ready to appeal the result', null],
    ['the speaker after the quote and a comma, then a verb', '‘Absurd’, Roe says of the result', 'Absurd', 'says'],
    ['a speech verb after the speaker', "Jan Roe Says Election Result 'Rigged', Vows Appeal", 'Rigged', 'Says'],
  ])('%s', (_shape, headline, text, verb) => {
    expect(headlineQuotes(headline, BODY)).toEqual([{ text, speaker: 'Jan Roe', verb }]);
  });

  it('finds the speaker a role in the headline names through the body', () => {
    expect(headlineQuotes('Opposition leader: vote ‘rigged from the start’', BODY)).toEqual([{ text: 'rigged from the start', speaker: 'Jan Roe', verb: null }]);
  });

  it('gives a headline quote the speaker the body gives the same words', () => {
    const body = 'Jan Roe met the envoy Ana Kos on Monday. “We will appeal,” Roe said.';
    expect(headlineQuotes('Talks end as envoy hears “We will appeal”', body)).toEqual([]);
    expect(headlineQuotes('Talks end: “We will appeal”', body)).toEqual([{ text: 'We will appeal', speaker: 'Jan Roe', verb: null }]);
  });

  it('takes two title-case words the body quotes, after a possessive speaker and a colon', () => {
    const body = 'Jan Roe said the talks were a “last resort.” The envoy Ana Kos left on Monday.';
    expect(headlineQuotes("Ruritania's Roe: Talks A 'Last Resort'", body)).toEqual([{ text: 'Last Resort', speaker: 'Jan Roe', verb: null }]);
  });

  it('does not take a one-word body quote inside the headline quote for the same words', () => {
    const body = 'Asked about a deal, Jan Roe said simply “No.” The envoy Ana Kos left on Monday.';
    expect(headlineQuotes('Talks end: “no deal with anyone”', body)).toEqual([]);
  });

  it.each([
    ['a scare quote with no attribution', 'Opposition to reject ‘rigged’ election'],
    ['a term after a possessive, with a verb that reports no words', "Roe protested Lima's ‘fortification’ of the coast"],
  ])('leaves out %s', (_case, headline) => {
    expect(headlineQuotes(headline, BODY)).toEqual([]);
  });
});
