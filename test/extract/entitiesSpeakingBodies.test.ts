import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/ingest/analyzeArticle.js';

function read(body: string): { entities: string[]; speakers: (string | null)[] } {
  const { extraction } = analyzeArticle({ slug: 's', file: 's.txt', text: `Bond sale\n\n${body}`, contentHash: 'h' });
  const name = (key: number | null) => (key === null ? null : (extraction.entities[key]?.name ?? null));
  return { entities: extraction.entities.map((e) => `${e.type} ${e.name}`), speakers: extraction.quotes.map((q) => name(q.speakerKey)) };
}

describe('a single name that speaks', () => {
  it('is a body when written with an article, and "it said" points back to it', () => {
    expect(read('The Treasury said on Monday it would sell more bonds. "We expect demand to stay strong," it said.')).toEqual({
      entities: ['ORGANIZATION Treasury'],
      speakers: ['Treasury'],
    });
  });

  it('is a person when written bare (a surname alone)', () => {
    expect(read('Talks stalled on Monday. Okonjo said the offer was too low.').entities).toEqual(['PERSON Okonjo']);
  });
});

describe('a bare surname', () => {
  it('joins the full name even when a hyphenated pair of surnames is about', () => {
    const { entities } = read(
      'Talks were held on Monday between the Chilean and Peruvian presidents, Jules Marot and Ana Sorel. Marot said he was grateful to Peru and Sorel personally. Luis Vega, head of Sorel\'s international affairs office, praised the talks. Further Marot-Sorel talks will follow.',
    );
    expect(entities).toContain('PERSON Ana Sorel');
    expect(entities).not.toContain('ORGANIZATION Sorel');
    expect(entities).not.toContain('PERSON Sorel');
  });
});

describe('a name led by initials written without dots', () => {
  it('is a person, and a later surname joins it', () => {
    expect(read('RK Tomas Bellar met reporters in Lima on Monday. "We are ready," Bellar said.')).toEqual({
      entities: ['PERSON RK Tomas Bellar', 'LOCATION Lima'],
      speakers: ['RK Tomas Bellar'],
    });
  });

  it('is a person after a personal title even with one initial pair and a surname', () => {
    expect(read('"We are ready," said party spokesperson VK Bellar.')).toEqual({ entities: ['PERSON VK Bellar'], speakers: ['VK Bellar'] });
  });

  it('yields to company cues: a firm named after a person stays a firm', () => {
    expect(read('JP Morgan Chase shares fell on Monday.').entities).toEqual(['ORGANIZATION JP Morgan Chase']);
  });
});

describe('a title after a quote that names someone last', () => {
  it('is the speaker holding the title, not the person named inside the quote', () => {
    const body = 'Minister Ana Kos spoke in Lima on Monday, as President Tomas Bellar looked on.\n\n"This is an issue handled by President Bellar," the foreign minister added.';
    expect(read(body).speakers).toEqual(['Ana Kos']);
  });
});

describe('a sentence opening on a description of a titled person', () => {
  it('makes that person the one a later "he" points back to', () => {
    const body = 'Danish Prime Minister Ivo Marek met Norwegian Prime Minister Tomas Bellar in Oslo on Monday. "We agree on most things," Marek said.\n\nThe Norwegian prime minister then touched on trade. "Fish prices must fall," he said.';
    expect(read(body).speakers).toEqual(['Ivo Marek', 'Tomas Bellar']);
  });

  it('leaves a description naming no state or body to the last speaker', () => {
    const body = 'Prime Minister Tomas Bellar met Jan Roe in Lima on Monday. "We agree on most things," Roe said.\n\nThe former prime minister was most likely referring to trade. "Fish prices must fall," he continued.';
    expect(read(body).speakers).toEqual(['Jan Roe', 'Jan Roe']);
  });
});
