import { describe, expect, it } from 'vitest';
import { type EntitySpec, quotesOf } from './quotesFixture.js';

const BERG: EntitySpec = { name: 'Anna Berg', forms: ['Berg'] };
const KRAL: EntitySpec = { name: 'Tomas Kral', forms: ['Kral'] };
const HOLM: EntitySpec = { name: 'Peter Holm', forms: ['Holm'] };
const MAREK: EntitySpec = { name: 'Ivo Marek', forms: ['Marek'] };
const SATO: EntitySpec = { name: 'Lena Sato', forms: ['Sato'] };

describe('quote marks', () => {
  it.each([
    ['straight marks', '"We will rebuild the bridge," Anna Berg said.', 'We will rebuild the bridge,'],
    ['curly marks', '“Prices will fall next year,” said Tomas Kral.', 'Prices will fall next year,'],
    ['an opening mark misplaced as the closer', '“The harvest was good this season, “wrote Tomas Kral.', 'The harvest was good this season, '],
    ['a closing mark glued to the verb', 'Tomas Kral spoke at noon. “We are ready to sign. talks resume soon, ”he added.', 'We are ready to sign. talks resume soon, '],
    ['curly single marks', '‘We will not back down,’ Anna Berg told the radio station.', 'We will not back down,'],
    ['straight single marks around apostrophes', "'It's the voters' choice, not ours,' Anna Berg said.", "It's the voters' choice, not ours,"],
    ['guillemets', '«The border stays open,» Tomas Kral said.', 'The border stays open,'],
    ['a straight mark set off by spaces after a stop', 'Tomas Kral spoke at noon. " We are ready to sign," he said.', 'We are ready to sign,'],
    ['a straight mark glued to the stop before it', 'Tomas Kral spoke at noon."We are ready to sign," he said.', 'We are ready to sign,'],
  ])('%s', (_, body, text) => {
    expect(quotesOf(body, [BERG, KRAL]).map((q) => q.text)).toEqual([text]);
  });

  it('keeps a quotation run over paragraphs, reopened at each, as one quote with its breaks', () => {
    const body = '“The first part of the notice covers the budget.\n\n“The second part covers the schools.\n\n“The last part thanks the staff,” the statement by Anna Berg read.';
    expect(quotesOf(body, [BERG])).toEqual([
      {
        text: 'The first part of the notice covers the budget.\n\n“The second part covers the schools.\n\n“The last part thanks the staff,',
        kind: 'FULL',
        speaker: 'Anna Berg',
        verb: 'read',
      },
    ]);
  });

  it('keeps a statement quoted whole over two paragraphs, closed only at the end of the second', () => {
    const body = '“The board condemns the delay. It calls for a new plan.\n\nThe board will also cut the fares. It has set aside funds.”\n\nAnna Berg chairs the board.';
    expect(quotesOf(body, [BERG]).map((q) => q.text)).toEqual(['The board condemns the delay. It calls for a new plan.\n\nThe board will also cut the fares. It has set aside funds.']);
  });

  it('does not read a curly closer after a stop and a capital as opening a quotation', () => {
    // The closer ends the paragraph's words ("… it is there.” Berg …"); taken as an opener it would
    // cut the quotation left open in the paragraph before into a quote of its own.
    const body = 'Prime Minister Anna Berg spoke on Monday.\nOver the plan, the prime minister said, “there is room to move.\nIt is not much, we know that. But it is there.” Berg then called on unions to stop.\nThe unions said no.';
    expect(quotesOf(body, [BERG]).map((q) => q.text)).not.toContain('there is room to move.');
  });

  it('drops a mark left open with no closing mark in its paragraph', () => {
    expect(quotesOf('He read "the notice aloud.\n\nThen he left.', [BERG])).toEqual([]);
  });
});

describe('scare quotes and names of things', () => {
  it.each([
    ['a quoted term with no speech', 'The “green corridor” opened on Monday after weeks of delay.'],
    ['a so-called term', 'Anna Berg said the so-called "peace dividend" never arrived.'],
    ['a self-proclaimed label', 'The self-proclaimed "reformer" spent the week with Anna Berg.'],
    ['a title-case name', 'The army launched “Operation Clear Sky” in the north, Anna Berg said.'],
    ['a name after "dubbed"', 'Engineers dubbed the machine "the beast" and moved on.'],
    ['a single-word term', 'The storm caused "major" damage to the port.'],
    ["a term in straight single marks", "The plan, known as the 'blue line', was shelved."],
    ['a title with a comma inside the marks', 'The paper, titled "Water and Power," said dams were failing.'],
    ['a term in what unnamed people say', 'Critics say the "rescue fund" is far too small.'],
    ['a term after "the word"', 'Anna Berg avoided the word "crisis" all evening.'],
    ['a term naming a principle', 'Anna Berg said she would uphold the "one port, two tariffs" principle.'],
    ['named issues', 'The paper noted that Anna Berg backed statements on the “Fortville question” and “Blue Sea disputes”.'],
  ])('%s is not a quote', (_, body) => {
    expect(quotesOf(body, [BERG])).toEqual([]);
  });
});

describe('attribution after the quote', () => {
  it.each([
    ['name then verb', '"We expect a decision soon," Tomas Kral told reporters on Friday.', 'Tomas Kral', 'told'],
    ['verb then name with a title', '"The mine will close," said mining chief Tomas Kral.', 'Tomas Kral', 'said'],
    ['name with an apposition', '"The mine will close," Kral, the mining chief, told a news conference.', 'Tomas Kral', 'told'],
    ['added', '"Nobody expected the vote to pass," added Anna Berg.', 'Anna Berg', 'added'],
    ['according to', '"The ceasefire holds in most districts," according to Anna Berg.', 'Anna Berg', 'according to'],
    ['tweeted', '"Great day for our farmers!" tweeted Anna Berg.', 'Anna Berg', 'tweeted'],
    ['a question mark before the verb', '"Who will pay for this?" Kral asked.', 'Tomas Kral', 'asked'],
  ])('%s', (_, body, speaker, verb) => {
    expect(quotesOf(body, [BERG, KRAL])).toMatchObject([{ speaker, verb, kind: 'FULL' }]);
  });

  it('reads past an apposition and a relative clause to the verb', () => {
    const body = '"We will fight on," Anna Berg, 54, who has led the party since 2010, said on Tuesday.';
    expect(quotesOf(body, [BERG])).toMatchObject([{ speaker: 'Anna Berg', verb: 'said' }]);
  });

  it('does not read a relative clause after a term as an attribution', () => {
    const body = 'The "open door" policy, which Kral said was dead, returned.';
    expect(quotesOf(body, [KRAL])).toEqual([]);
  });

  it('does not take a later sentence about something else as the attribution', () => {
    const body = 'Anna Berg spoke at the opening. "Everything is on the table for the next round." Kral said the budget was late.';
    expect(quotesOf(body, [BERG, KRAL])).toMatchObject([{ text: 'Everything is on the table for the next round.', speaker: 'Anna Berg' }]);
  });
});

describe('attribution before the quote', () => {
  it.each([
    ['said with a colon', 'Replying, Anna Berg said: "Nothing has changed since June."', 'Anna Berg', 'said', 'FULL'],
    ['said with a comma', 'Anna Berg said, "We will open the school in May," before leaving.', 'Anna Berg', 'said', 'FULL'],
    ['said that with a full sentence', 'Kral said on Monday that "The new line will carry ten thousand people a day."', 'Tomas Kral', 'said', 'FULL'],
    ['quoted as saying', 'Kral was quoted as saying: "The mine will close next spring."', 'Tomas Kral', 'saying', 'FULL'],
    ['a partial quote after accused', 'Anna Berg accused the council of "reckless spending" on roads.', 'Anna Berg', 'accused', 'PARTIAL'],
    ['a partial quote after described', 'Kral described the offer as "a step in the right direction".', 'Tomas Kral', 'described', 'PARTIAL'],
    ['according to in the same sentence', 'The deal, according to Kral, will be signed "within weeks."', 'Tomas Kral', 'according to', 'PARTIAL'],
    ['a partial quote after calling', 'Kral rejected the report, calling it "pure fiction".', 'Tomas Kral', 'calling', 'PARTIAL'],
    ['the subject, not the object, of hailed', 'Anna Berg hailed Tomas Kral as a "tireless worker".', 'Anna Berg', 'hailed', 'PARTIAL'],
  ])('%s', (_, body, speaker, verb, kind) => {
    expect(quotesOf(body, [BERG, KRAL])).toMatchObject([{ speaker, verb, kind }]);
  });

  it('attributes reported speech to the original author', () => {
    const body = 'Anna Berg said that Peter Holm - who chaired the panel until May - had told her he "would never sign the paper".';
    expect(quotesOf(body, [BERG, HOLM])).toMatchObject([{ speaker: 'Peter Holm', verb: 'told', kind: 'PARTIAL' }]);
  });

  it('keeps a quotation in single marks with a double-quoted word inside as one quote', () => {
    const body = `'When the mayor says "soon", she means next year,' Tomas Kral told the paper.`;
    expect(quotesOf(body, [KRAL])).toMatchObject([{ text: 'When the mayor says "soon", she means next year,', speaker: 'Tomas Kral' }]);
  });

  it('gives a quote before "said" and a clause with its own subject to the subject before the quote', () => {
    const body = 'Ivo Marek, who called the talks "very useful," said Norway backs the plan.';
    expect(quotesOf(body, [MAREK, { name: 'Norway', type: 'COUNTRY' }])).toMatchObject([{ text: 'very useful,', speaker: 'Ivo Marek' }]);
  });

  it('gives both halves of a split quotation to the speaker', () => {
    const body = '"We tried," Ivo Marek said, "but the other side refused."';
    expect(quotesOf(body, [MAREK]).map((q) => q.speaker)).toEqual(['Ivo Marek', 'Ivo Marek']);
  });
});

describe('pronouns', () => {
  it.each([
    ['the last speaker', 'Anna Berg spoke first at the meeting. The hall was full. "We will win this vote," she said.', 'Anna Berg'],
    ['the person who became the subject since', '"We are ready," Tomas Kral said.\n\nIvo Marek disagreed with the plan. "It is too early," he said.', 'Ivo Marek'],
    ['a gender-compatible person over a nearer one', 'Peter Holm spoke first. Anna Berg then took the floor. "We disagree," he said.', 'Peter Holm'],
    ['the subject of reported speech, not the person it names', 'Tomas Kral said the talks failed.\n\nHe urged his staff to back Ivo Marek in the vote. "Stay calm and keep working," he said.', 'Tomas Kral'],
    ['a subject whose title opens on a word read as a verb', '"We are ready," Tomas Kral said.\n\nFinance Minister Ivo Marek regretted the delay. "It is too early," he said.', 'Ivo Marek'],
    ['the person named next when the story opens on the quote', '"This is the proudest day of my life," she said.\n\nAnna Berg won the race by two seconds.', 'Anna Berg'],
  ])('resolves to %s', (_, body, speaker) => {
    expect(quotesOf(body, [BERG, KRAL, HOLM, MAREK]).at(-1)).toMatchObject({ speaker });
  });
});

describe('titles and descriptions', () => {
  it.each([
    ['a title written before the name', 'Foreign Minister Ivo Marek met Prime Minister Lena Sato in Oslo. "The visit went well," the foreign minister said.', 'Ivo Marek'],
    ['the country adjective of a title', 'Norwegian Prime Minister Lena Sato met Danish Prime Minister Ivo Marek. "We share a sea," the Norwegian prime minister said.', 'Lena Sato'],
    ['an apposition', 'Ivo Marek, the chief negotiator, arrived late. "We need more time," the negotiator said.', 'Ivo Marek'],
  ])('%s', (_, body, speaker) => {
    expect(quotesOf(body, [MAREK, SATO]).at(-1)).toMatchObject({ speaker });
  });

  it('points a bare definite description back to the person in focus', () => {
    const body = 'Ivo Marek left the party in May. "I have no regrets," the 61-year-old said.';
    expect(quotesOf(body, [MAREK])).toMatchObject([{ speaker: 'Ivo Marek' }]);
  });

  it('gives a speaking organisation for "the company said"', () => {
    const body = 'Delta Motors cut its forecast. "Production will resume in May," the company said on its website.';
    expect(quotesOf(body, [{ name: 'Delta Motors', type: 'ORGANIZATION' }])).toMatchObject([{ speaker: 'Delta Motors', verb: 'said' }]);
  });

  it('does not give "the union said" to an organisation of another kind', () => {
    const body = 'The Harbour Board cut wages. "We are open to talks," the union said.';
    expect(quotesOf(body, [{ name: 'Harbour Board', type: 'ORGANIZATION' }])).toMatchObject([{ speaker: null }]);
  });

  it('does not take the modifier of a title for its head', () => {
    const body = 'Union leader Anna Berg joined the march. "We are open to talks," the union said.';
    expect(quotesOf(body, [BERG])).toMatchObject([{ speaker: null }]);
  });

  it('gives unnamed officials of a named state to that state', () => {
    const body = 'Norway and Denmark met again. "The talks have stalled," Norwegian officials said.';
    expect(quotesOf(body, [{ name: 'Norway', type: 'COUNTRY', forms: ['Norwegian'] }])).toMatchObject([{ speaker: 'Norway', verb: 'said' }]);
  });

  it('keeps a partial quote of an organisation the story does not name', () => {
    const body = 'The army said in a statement that its units had "pulled back in good order" overnight.';
    expect(quotesOf(body, [MAREK])).toMatchObject([{ text: 'pulled back in good order', kind: 'PARTIAL', speaker: null, verb: 'said' }]);
  });

  it('leaves unnamed sources of nobody named without a speaker', () => {
    const body = 'Ivo Marek met the envoys on Monday. "The talks have stalled," the officials said.';
    expect(quotesOf(body, [MAREK])).toMatchObject([{ speaker: null, verb: 'said' }]);
  });
});

describe('quotes with no attribution of their own', () => {
  it('inherit the speaker of the quote paragraph before', () => {
    const body = '"The first sentence of the speech is long enough," Ivo Marek said.\n\n"A second paragraph of his remarks goes on at some length."';
    expect(quotesOf(body, [MAREK]).map((q) => q.speaker)).toEqual(['Ivo Marek', 'Ivo Marek']);
  });

  it('inherit the speaker of the sentence before in the same paragraph', () => {
    const body = '"We have new orders from abroad," Lena Sato said at the plant. "The order book is full until next summer."';
    expect(quotesOf(body, [SATO]).map((q) => q.speaker)).toEqual(['Lena Sato', 'Lena Sato']);
  });

  it('keep a short sentence standing alone after a quote of the same speaker', () => {
    const body = '"The deal is dead and buried," Lena Sato told the council. "Nobody should cry."';
    expect(quotesOf(body, [SATO]).map((q) => [q.text, q.speaker])).toEqual([
      ['The deal is dead and buried,', 'Lena Sato'],
      ['Nobody should cry.', 'Lena Sato'],
    ]);
  });

  it('leave out a short quoted sentence with nobody speaking around it', () => {
    expect(quotesOf('The banner said nothing new. Below it hung a sign: "Closed today."', [SATO])).toEqual([]);
  });

  it('inherit the speaker of reported speech just before', () => {
    const body = 'Lena Sato said the plant would stay open.\n\n"Nobody here will lose a job this year, and that is a promise."';
    expect(quotesOf(body, [SATO])).toMatchObject([{ speaker: 'Lena Sato', verb: null, kind: 'FULL' }]);
  });
});
