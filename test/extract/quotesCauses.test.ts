// Table tests for general causes of wrong speakers: title words the tagger reads as verbs, passive
// agents, phrases said again in full, people named by nationality, judges, participle asides,
// appointments in appositions and subjects behind prepositions. Every text here is invented.
import { describe, expect, it } from 'vitest';
import { type EntitySpec, quotesOf } from './quotesFixture.js';

const ROE: EntitySpec = { name: 'Jan Roe', forms: ['Roe'] };
const MAREK: EntitySpec = { name: 'Ivo Marek', forms: ['Marek'] };
const NORWAY: EntitySpec = { name: 'Norway', type: 'COUNTRY', forms: ['Norwegian'] };
const DENMARK: EntitySpec = { name: 'Denmark', type: 'COUNTRY', forms: ['Danish'] };
const org = (name: string, forms: string[] = []): EntitySpec => ({ name, type: 'ORGANIZATION', forms });

const speakers = (body: string, specs: EntitySpec[]): (string | null)[] => quotesOf(body, specs).map((q) => q.speaker);

describe('speaker after an inverted verb', () => {
  it.each([
    ['a title word read as a verb', '“We will not give up on the talks,” said head union negotiator Jan Roe.'],
    ['a plain title', '“We will not give up on the talks,” said chief negotiator Jan Roe.'],
  ])('reaches the person through %s', (_, body) => {
    expect(speakers(body, [ROE])).toEqual(['Jan Roe']);
  });
});

describe('the agent of a passive verb of speech', () => {
  it.each([
    ['a reduced clause after a comma', 'The council dropped the plan, branded a “reckless gamble” by Jan Roe last week.'],
    ['after a form of be', 'The plan was described as “a costly mistake” by Jan Roe.'],
  ])('speaks in %s', (_, body) => {
    expect(speakers(body, [ROE, org('City Council', ['council'])])).toEqual(['Jan Roe']);
  });

  it('an active verb keeps its subject', () => {
    expect(speakers('Ivo Marek described the plan as “a costly mistake” by any measure.', [ROE, MAREK])).toEqual(['Ivo Marek']);
  });
});

describe('a phrase said again in full', () => {
  it('goes from a state to the person who says it', () => {
    const body = 'Norway asked the court on Monday to act as an “honest broker” in the dispute.\n\n“We need an honest broker now,” Jan Roe said.';
    expect(speakers(body, [NORWAY, ROE])).toEqual(['Jan Roe', 'Jan Roe']);
  });

  it('does not move a phrase a person already said', () => {
    const body = 'Ivo Marek called for an “honest broker” in the dispute.\n\n“We need an honest broker now,” Jan Roe said.';
    expect(speakers(body, [MAREK, ROE])).toEqual(['Ivo Marek', 'Jan Roe']);
  });
});

describe('a person named by nationality or trade', () => {
  it.each([
    ['The Frenchman', { name: 'Frenchman', type: 'OTHER' } as EntitySpec],
    ['The Dane', { name: 'Dane', type: 'ORGANIZATION' } as EntitySpec],
  ])('"%s" taken for a name points back to the person', (subject, spec) => {
    const body = `Jan Roe met the envoys in Oslo on Monday.\n\n${subject} accused the council of “stalling on every point”.`;
    expect(speakers(body, [ROE, spec])).toEqual(['Jan Roe']);
  });

  it('a description with a trade noun', () => {
    const body = 'Jan Roe met the envoys in Oslo on Monday.\n\nThe veteran bureaucrat said the council was “stalling on every point”.';
    expect(speakers(body, [ROE])).toEqual(['Jan Roe']);
  });
});

describe('judges', () => {
  it('"a judge" is the justice named after', () => {
    const body = 'A judge has called the new rules “plainly unfair”.\n\nMr Justice Roe said the council had acted too fast.';
    expect(speakers(body, [{ name: 'Roe' }])).toEqual(['Roe']);
  });

  it('a justice minister is no judge', () => {
    const body = 'Justice Minister Ivo Marek met the envoys.\n\nMr Justice Roe heard the case.\n\nThe judge called the rules “plainly unfair”.';
    expect(speakers(body, [MAREK, { name: 'Roe' }])).toEqual(['Roe']);
  });

  it('a ruling introduced by a participle and a colon', () => {
    const body = 'Judge Jan Roe, sitting in Oslo, struck down the rule, ruling: “The council acted beyond its powers.”';
    expect(speakers(body, [ROE])).toEqual(['Jan Roe']);
  });
});

describe('a participle aside before a quote', () => {
  it('the verb after the quote belongs to the subject before the aside', () => {
    const body = 'Colonel Jan Roe, describing the raid as “reckless”, said the attack on the villages was a crime.';
    expect(speakers(body, [ROE])).toEqual(['Jan Roe']);
  });
});

describe('offices in appositions', () => {
  it('an appointment "as" an office gives the role', () => {
    const body =
      'Jan Roe, appointed on Monday as Governor of the Central Bank, said prices would fall.\n\nThe CB governor also said that “there is no reason to panic about prices.”';
    const specs: EntitySpec[] = [ROE, org('Central Bank', ['CB']), { name: 'Governor of the Central Bank', type: 'OTHER' }];
    expect(speakers(body, specs)).toEqual(['Jan Roe']);
  });
});

describe('"it" and the bodies that were subjects', () => {
  it('skips states in a prepositional phrase and in front of a title', () => {
    const body =
      'The Norwegian foreign office said the two ministers met.\n\nThe meeting between envoys of Norway and Denmark took place in Oslo.\n\nNorway Foreign Minister Jan Roe held talks with his Danish counterpart.\n\nIt said they “agreed to work closely on energy and trade”.';
    expect(speakers(body, [org('Norwegian foreign office'), NORWAY, DENMARK, ROE])).toEqual(['Norwegian foreign office']);
  });
});

describe('nouns that look like speech verbs', () => {
  it('"claims" after a preposition attributes nothing', () => {
    const body = 'Jan Roe hit out at claims his team had refused to discuss “spare parts” with the council.';
    expect(quotesOf(body, [ROE]).filter((q) => q.speaker !== null)).toEqual([]);
  });
});

describe('words quoted in a text the subject reacts to', () => {
  it('belong to the medium whose article cites them', () => {
    const body = 'The minister criticised an article in the Daily Courier that cites “senior aides” who say Roe “ignored the advice” of the council.';
    expect(speakers(body, [{ name: 'Daily Courier', type: 'ORGANIZATION' }, ROE, MAREK])).toEqual(['Daily Courier', 'Daily Courier']);
  });

  it('belong to the author of a report that said them', () => {
    const body = 'Jan Roe dismissed a report by the Harbour Board which said the pier was “beyond repair”.';
    expect(speakers(body, [ROE, org('Harbour Board')])).toEqual(['Harbour Board']);
  });

  it('a plain object clause keeps the subject', () => {
    expect(speakers('Jan Roe said that the pier was “beyond repair”.', [ROE, org('Harbour Board')])).toEqual(['Jan Roe']);
  });
});

describe('plural and group subjects', () => {
  it('"they said" is the body in focus', () => {
    const body = 'The Harbour Board met on Monday to discuss the pier.\n\nThey said the work was “far behind schedule and over budget”.';
    expect(speakers(body, [org('Harbour Board')])).toEqual(['Harbour Board']);
  });

  it('"the group said" is the company in focus, not the one named last', () => {
    const body = 'Nordvik Holdings said on Monday it would buy the rival shipyard from Baltic Yards Ltd.\n\nThe group said the deal was “a perfect fit for both sides”.';
    expect(speakers(body, [org('Nordvik Holdings'), org('Baltic Yards Ltd')])).toEqual(['Nordvik Holdings']);
  });
});

describe('a stated aim', () => {
  it.each([
    ['efforts', 'The talks are the first step in President Jan Roe\'s efforts to “bring lasting peace.”'],
    ['pledge', 'The vote was a test of Jan Roe\'s pledge to “clean up the city”.'],
  ])('"X\'s %s to “…”" quotes X', (_, body) => {
    expect(speakers(body, [ROE])).toEqual(['Jan Roe']);
  });
});
