// Table tests for causes found on held-out news from other publishers: media that carry someone's
// words, quotes that carry on a speaker's talk, partial quotes after verbs of judgement, names of
// things in marks, and attributions at the end of the sentence. Every text here is invented.
import { describe, expect, it } from 'vitest';
import { type EntitySpec, quotesOf } from './quotesFixture.js';

const ROE: EntitySpec = { name: 'Jan Roe', forms: ['Roe'] };
const BERG: EntitySpec = { name: 'Anna Berg', forms: ['Berg'] };
const MAREK: EntitySpec = { name: 'Ivo Marek', forms: ['Marek'] };
const NORWAY: EntitySpec = { name: 'Norway', type: 'COUNTRY', forms: ['Norwegian'] };
const DENMARK: EntitySpec = { name: 'Denmark', type: 'COUNTRY', forms: ['Danish'] };
const org = (name: string, forms: string[] = []): EntitySpec => ({ name, type: 'ORGANIZATION', forms });
const NORPRESS = org('Norpress', ['the Norpress news agency']);
const DAILY = org('Fjord Daily');

const speakers = (body: string, specs: EntitySpec[]): (string | null)[] => quotesOf(body, specs).map((q) => q.speaker);

describe('a medium carries the words of the person it quotes', () => {
  it.each([
    ['"Y quoted X as saying"', 'Norpress quoted Jan Roe as saying that the port “will reopen within a week”.'],
    ['"Y quoted" a role as saying', 'Energy Minister Jan Roe visited the rig. Norpress quoted the minister as saying the plan was “sound and fair”.'],
    ['"X was quoted by Y as saying"', 'Jan Roe was quoted by the Norpress news agency as saying that “the talks will go on next month.”'],
    ['"X was quoted by Y as saying", X a role', 'Energy Minister Jan Roe flew home. The minister was quoted by Norpress as saying that “the talks will go on.”'],
    ['"…," Y quoted X as saying', '“The talks will go on next month,” Norpress quoted Jan Roe as saying.'],
    ['"…," X was quoted by Y as saying', '“The talks will go on next month,” Jan Roe was quoted by Norpress as saying.'],
    ['"…," X told Y', '“We will not cut output this year,” Jan Roe told the Fjord Daily on Tuesday.'],
    ['X said in an interview with Y', 'Jan Roe said in an interview with Norpress that prices would “stay low for a while”.'],
    ['"…, according to a Y report, that"', 'Jan Roe said, according to a Norpress report, that the country “remains open to investors”.'],
    ['"according to a statement carried by Y" after the quote', 'Jan Roe said the two sides “must respect each other”, according to a statement carried by Norpress.'],
    ['"according to Y" before a speaker of its own', 'According to the Fjord Daily, Jan Roe called the bill “a big win for the north”.'],
  ])('%s', (_, body) => {
    expect(speakers(body, [ROE, NORPRESS, DAILY])).toEqual(['Jan Roe']);
  });

  it('"Y quoted her as saying" points back to the person', () => {
    expect(speakers('Anna Berg met the miners on Monday. The agency quoted her as saying the deal was “fair to all”.', [BERG, NORPRESS]).at(-1)).toBe('Anna Berg');
  });

  it('the medium speaks when it names no one else', () => {
    expect(speakers('The Fjord Daily reported that “senior officials” had opposed the deal. Jan Roe said he would vote against it.', [ROE, DAILY])).toEqual(['Fjord Daily']);
    expect(speakers('“The port is closed,” according to Norpress.', [ROE, NORPRESS])).toEqual(['Norpress']);
  });

  it('a quote with no attribution after a medium reported something keeps the speaker before it', () => {
    const body = '“The port will reopen,” Jan Roe said. Norpress reported that the ships were waiting.\n\n“Nobody will lose a job because of this.”';
    expect(speakers(body, [ROE, NORPRESS])).toEqual(['Jan Roe', 'Jan Roe']);
  });

  it('a medium typed OTHER is no person for "he"', () => {
    const body = 'Jan Roe met the miners. The Post said the deal was close.\n\n“We are nearly there,” he said.';
    expect(speakers(body, [ROE, { name: 'Post', type: 'OTHER' }])).toEqual(['Jan Roe']);
  });
});

describe('a quote with no attribution of its own keeps the speaker of the quote before it', () => {
  it.each([
    [
      'over speech reported by states later in the attribution sentence',
      '“This pact opens a new chapter,” Jan Roe said after Norway and Denmark agreed on the text.\n\n“Our navies will train together from next year.”',
    ],
    [
      'in the same paragraph, over speech reported in a clause after the verb',
      '“Norway is a free country,” Jan Roe said, as Denmark announced new aid. “We choose our own friends.”',
    ],
    ['in the same paragraph, after a second sentence', '“We have made real progress,” Jan Roe said. “The next round will deal with the victims.”'],
    ['a paragraph after a paragraph ending with the attribution', 'Speaking to reporters in the capital, Jan Roe said:\n\n“The state must keep its promises to the farmers.”'],
    ['after "he added:"', 'Jan Roe spoke first. “The plan works,” Roe said.\n\nHe added: “Nobody will be left behind.”'],
  ])('%s', (_, body) => {
    const found = speakers(body, [ROE, NORWAY, DENMARK]);
    expect(found.at(-1)).toBe('Jan Roe');
  });

  it('a cue naming nobody ("Asked about …") leaves the talk with the speaker before', () => {
    const body = '“We have a lot of work to do,” Anna Berg said at the airport.\n\nAsked whether ties had improved, “Yes, without any doubt, they have,” came the reply.';
    expect(speakers(body, [BERG, ROE])).toEqual(['Anna Berg', 'Anna Berg']);
  });

  it('a new person speaking in between takes the talk over', () => {
    const body = '“We are ready,” Jan Roe said.\n\nIvo Marek said the rebels wanted more time.\n\n“Nobody wants to go back to the war.”';
    expect(speakers(body, [ROE, MAREK])).toEqual(['Jan Roe', 'Ivo Marek']);
  });
});

describe('a fragment after a verb of speech or judgement is a partial quote of the clause subject', () => {
  const COURT = org('Supreme Court of Norland', ['Supreme Court']);
  const COUNCIL = org('Fish Council');
  it.each([
    ['described … as', 'The Fish Council described the claims as “not backed by facts or figures”.', 'Fish Council', 'not backed by facts or figures'],
    ['ruled … only in', 'The Supreme Court ruled that the powers could be used only in “exceptional cases”.', 'Supreme Court of Norland', 'exceptional cases'],
    ['found … (a judgement)', 'The Supreme Court found the policy “unlawful and irrational” on Wednesday.', 'Supreme Court of Norland', 'unlawful and irrational'],
    ['termed … (a verb, not a term marker)', 'Jan Roe termed the move “a reckless gamble”.', 'Jan Roe', 'a reckless gamble'],
    ['labelled it …', 'Jan Roe labelled it “a disaster for growers”.', 'Jan Roe', 'a disaster for growers'],
    ['insisted on', 'Jan Roe insisted on “a full and open inquiry”.', 'Jan Roe', 'a full and open inquiry'],
    ['warned of', 'Jan Roe warned of “grave consequences” for the fleet.', 'Jan Roe', 'grave consequences'],
    ['said it was', 'The Fish Council said it was “deeply disappointed”.', 'Fish Council', 'deeply disappointed'],
    ['slammed … as', 'Jan Roe slammed the ruling as “a gift to polluters”.', 'Jan Roe', 'a gift to polluters'],
    ['expressed', 'Jan Roe expressed “deep regret” over the delay.', 'Jan Roe', 'deep regret'],
    ['believes', 'Jan Roe believes the deal is “a good start”.', 'Jan Roe', 'a good start'],
  ])('%s', (_, body, speaker, text) => {
    expect(quotesOf(body, [ROE, COURT, COUNCIL])).toMatchObject([{ text, speaker, kind: 'PARTIAL' }]);
  });

  it('keeps a second identical fragment', () => {
    const found = quotesOf('Jan Roe called Norway a “friend”. He said Denmark was a “friend” too.', [ROE, NORWAY, DENMARK]);
    expect(found.map((q) => [q.text, q.speaker])).toEqual([['friend', 'Jan Roe'], ['friend', 'Jan Roe']]);
  });

  it('a subject with a time phrase before the verb', () => {
    expect(quotesOf('The Fish Council on Tuesday described the claims as “baseless”.', [COUNCIL])).toMatchObject([{ speaker: 'Fish Council' }]);
  });
});

describe('names of documents, programmes and operations stay out, even where someone speaks', () => {
  it.each([
    ['a term ending in a document noun after "the"', 'The EU said Norway had handed over the “room papers” on Friday.'],
    ['a term before a programme noun', 'Jan Roe said the “safe return” scheme would end in May.'],
    ['a term set off after a document noun', 'Norway presented documents, the “blue files”, to the court, Jan Roe said.'],
    ['a term after "known as"', 'The ministry released the documents known as “room papers” in March, Jan Roe said.'],
    ['a title-case operation with the speaker at the end', 'The army launched “Operation Clear Sky” in the north, Jan Roe said.'],
    ['a term with no speech in its clause', 'The “green corridor” opened on Monday after weeks of delay.'],
  ])('%s', (_, body) => {
    expect(quotesOf(body, [ROE, NORWAY, org('European Union', ['EU'])])).toEqual([]);
  });
});

describe('an attribution closing the sentence of a fragment', () => {
  it.each([
    ['after more of the reporter\'s words', 'Norway wants the court to act as an “independent umpire” in the row over fish, Trade Minister Jan Roe said in a statement.'],
    ['with the verb first', 'Norway wants the court to act as an “independent umpire” in the row, said Jan Roe.'],
  ])('%s belongs to the person named there, not the clause subject', (_, body) => {
    expect(quotesOf(body, [ROE, NORWAY])).toMatchObject([{ text: 'independent umpire', speaker: 'Jan Roe' }]);
  });

  it('an organisation subject keeps its own fragment', () => {
    expect(quotesOf('The Fish Council described the ban as a “coup” against the fleet.', [org('Fish Council'), ROE])).toMatchObject([{ text: 'coup', speaker: 'Fish Council' }]);
  });
});

describe('a headline quote repeated in the body', () => {
  it('is found in the body', () => {
    const body = 'Chief negotiator Jan Roe warned on Friday that there was “no time to lose” in the talks.';
    expect(quotesOf(body, [ROE])).toMatchObject([{ text: 'no time to lose', speaker: 'Jan Roe' }]);
  });
});

describe('fragments from a report belong to its source, not to the next person named', () => {
  const DAILY2 = org('Fjord Daily');
  it('"Y, citing “…”, reported that X …" gives the fragment to Y', () => {
    expect(quotesOf('The Fjord Daily, citing “senior officials”, reported that President Jan Roe had opposed the sale.', [ROE, DAILY2])).toMatchObject([{ speaker: 'Fjord Daily' }]);
  });

  it('"Y reported that “…”" gives the fragment to Y', () => {
    expect(quotesOf('The Fjord Daily reported that “senior officials” had warned President Jan Roe.', [ROE, DAILY2])).toMatchObject([{ speaker: 'Fjord Daily' }]);
  });

  it('an organisation in the title of the subject of a participle is not the speaker', () => {
    const body = 'Senate Republican leader Jan Roe on Thursday unveiled a bill, calling it a “discussion draft”.';
    expect(quotesOf(body, [ROE, org('Senate')])).toMatchObject([{ speaker: 'Jan Roe' }]);
  });
});

describe('a possessive person is not the subject', () => {
  it('"X\'s family asked" is no speech by X, so "he" stays with the leader who spoke', () => {
    const body = 'Norwegian President Jan Roe spoke to reporters. The Norwegian leader added that Ivo Marek’s family had asked for asylum. “They are in our embassy, and they are safe,” he said.';
    expect(quotesOf(body, [{ ...ROE, role: 'president' }, MAREK, NORWAY]).at(-1)?.speaker).toBe('Jan Roe');
  });
});
