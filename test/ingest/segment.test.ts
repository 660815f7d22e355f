import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/ingest/parseArticle.js';
import { segment } from '../../src/ingest/segment.js';

const segmented = (body: string) => segment(parseArticle({ slug: 's', file: 's.txt', text: `Headline\n\n${body}`, contentHash: 'h' }));
const sentences = (body: string) => {
  const a = segmented(body);
  return a.sentences.map((s) => a.body.slice(s.start, s.end));
};

describe('segment: sentences', () => {
  it.each([
    ['two plain sentences', 'The mayor spoke. The council listened.', ['The mayor spoke.', 'The council listened.']],
    ['abbreviations do not end a sentence', 'Mr. Roe met U.S. officials. They talked.', ['Mr. Roe met U.S. officials.', 'They talked.']],
    ['nor do title abbreviations', 'The envoy met Amb. Tanaka and Insp. Ruiz. They talked.', ['The envoy met Amb. Tanaka and Insp. Ruiz.', 'They talked.']],
    ['a new sentence after a closing quote', 'She said “We are ready.” The vote followed.', ['She said “We are ready.”', 'The vote followed.']],
    ['an opening quote stays with its sentence', 'The vote was held. “We won,” he said.', ['The vote was held.', '“We won,” he said.']],
    ['straight quotes too', 'He said "It is done." Then he left.', ['He said "It is done."', 'Then he left.']],
    ['an opening single mark stays too', "The vote was held. 'We won,' he said.", ['The vote was held.', "'We won,' he said."]],
  ])('%s', (_case, body, expected) => {
    expect(sentences(body)).toEqual(expected);
  });

  it('never runs a sentence across paragraphs and records the paragraph', () => {
    const a = segmented('First paragraph without a stop\n\nSecond paragraph.');
    expect(a.sentences.map((s) => [a.body.slice(s.start, s.end), s.paragraphIndex])).toEqual([
      ['First paragraph without a stop', 0],
      ['Second paragraph.', 1],
    ]);
  });
});

describe('segment: tokens', () => {
  it('gives every token offsets that slice it out of the body, and its sentence', () => {
    const a = segmented('Ana Lima visited Porto. “It was fine,” she said.');
    expect(a.tokens.every((t) => a.body.slice(t.start, t.end) === t.text)).toBe(true);
    expect(a.tokens.map((t) => [t.text, t.sentenceIndex])).toEqual([
      ['Ana', 0], ['Lima', 0], ['visited', 0], ['Porto', 0],
      ['It', 1], ['was', 1], ['fine', 1], ['she', 1], ['said', 1],
    ]);
  });

  it('splits words joined by a double hyphen, keeping the body as written', () => {
    const a = segmented('FORTVILLE (HNA)--U.S. envoy Ana Lima arrived--late again--on Monday.');
    expect(a.body).toContain('(HNA)--U.S.');
    expect(a.tokens.every((t) => a.body.slice(t.start, t.end) === t.text)).toBe(true);
    expect(a.tokens.map((t) => t.text)).toEqual(['FORTVILLE', 'HNA', 'U.S.', 'envoy', 'Ana', 'Lima', 'arrived', 'late', 'again', 'on', 'Monday']);
  });

  it('carries the NLP tags used by extraction', () => {
    const a = segmented('Ana Lima visited Porto.');
    expect(a.tokens[0]?.tags.has('FirstName')).toBe(true);
    expect(a.tokens[2]?.tags.has('Verb')).toBe(true);
  });
});
