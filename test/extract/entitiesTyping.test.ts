// Typing names by the words around them: place prepositions and plural place nouns, titles and
// roles set off by commas, company descriptors, social platforms, Arabic personal names and the
// subject of a meeting. All sentences and names are invented for these tests.
import { describe, expect, it } from 'vitest';
import { entitiesOf, find, summary } from './entitiesHelpers.js';

describe('a name typed by the words around it', () => {
  it.each([
    // A longer name shaped like a person's only by its capitals is a place after "in", "near", "at".
    ['an unknown two-word name after "in"', 'Troops were attacked in Bura Tana in January.', 'LOCATION Bura Tana'],
    ['a name opening with an article particle after "near"', 'A convoy was hit near El Dorrow on Monday.', 'LOCATION El Dorrow'],
    // A plural place noun types the name before it and the names listed with it.
    ['names listed before a plural place noun', 'Aid reached Varosk, Upper Telmin and Blue Ridda regions.', ['LOCATION Varosk', 'LOCATION Upper Telmin', 'LOCATION Blue Ridda']],
    ['two names before "provinces"', 'Floods hit Kelso Var and Tamin Oda provinces.', ['LOCATION Kelso Var', 'LOCATION Tamin Oda']],
    // A name after "capital" is a city.
    ['a name after a possessive state\'s "capital"', "Leaders met in Ruritania's capital Varosk on Monday.", 'LOCATION Varosk'],
    ['a name after "capital" as the subject of "said"', 'Ties were cut, a statement from its capital Varosk said.', 'LOCATION Varosk'],
    // Arabic family names with their article chain long names; a stray space after the article's hyphen still joins.
    ['a long name of family names with their article', 'Minister Tarik Rahim Al-Saif Al-Omar received him.', 'PERSON Tarik Rahim Al-Saif Al-Omar'],
    ['an article\'s hyphen typed with a space after it', 'The talks were attended by Deputy Minister Karim Al- Omari.', 'PERSON Karim Al- Omari'],
    // A demonym before a known body's acronym names the state and the body.
    ['a demonym before a known acronym', 'They welcomed the Kazakh OSCE chairmanship on Monday.', ['COUNTRY Kazakhstan', 'ORGANIZATION Organization for Security and Co-operation in Europe']],
    // A venue's name ends at its head, before a state owning the next title.
    ['a palace, then a state\'s titled official', 'He received at Varosk Palace US Secretary of State Jo Bloggs.', ['LOCATION Varosk Palace', 'COUNTRY United States', 'PERSON Jo Bloggs']],
    // A town's or a province's office is held in a place.
    ['the place after "mayor of"', 'The mayor of Varosk, Tarik Osman, said the pier would open.', ['LOCATION Varosk', 'PERSON Tarik Osman']],
    ['the place after "Governor of"', 'The Governor of Telmin said the pier would open.', 'LOCATION Telmin'],
    // A name set off by commas after a lower-case title holds the title.
    ['a name after a title apposition', 'Guedes met Senate president, Tarkin, on Monday.', 'PERSON Tarkin'],
    // A lower-case descriptor noun before a name makes it a company.
    ['a utility', 'Power cuts began after state utility Varcom cut supply.', 'ORGANIZATION Varcom'],
    ['a miner that speaks', 'Gold miner Velmora said output fell.', 'ORGANIZATION Velmora'],
    // Social platforms and messaging services are organisations.
    ['a platform before "account"', 'She posted the video on her Instagram account.', 'ORGANIZATION Instagram'],
    ['messaging services', 'Messages spread on WhatsApp and Telegram.', ['ORGANIZATION WhatsApp', 'ORGANIZATION Telegram']],
    // A role only a person holds, after a comma and with what it is of.
    ['", leader of"', 'Velmar, head of the council, left early.', 'PERSON Velmar'],
    ['", the chief executive of"', 'Tarvik, the chief executive of Hooli, resigned.', 'PERSON Tarvik'],
    ['a demonym in a name before ", leader of"', 'Alder Malian, leader of the Kos Front, was arrested.', 'PERSON Alder Malian'],
    // Arabic kinship words and a nisba make a person's name, whatever demonym it holds.
    ['a kinship word and a nisba', 'Abu Karim al-Yemeni, leader of the Fortville Brigade, told reporters.', 'PERSON Abu Karim al-Yemeni'],
    ['a nisba alone', 'Tarik al-Yemeni spoke on Monday.', 'PERSON Tarik al-Yemeni'],
    ['a kinship word opening the sentence', 'Umm Salma al-Iraqi was freed.', 'PERSON Umm Salma al-Iraqi'],
    ['"bin" inside a name', 'Saif bin Rahim al-Omani arrived.', 'PERSON Saif bin Rahim al-Omani'],
    // The subject of a meeting with a person is a person.
    ['the subject of "received"', 'Marek received Ana Kos in Fortville.', ['PERSON Marek', 'PERSON Ana Kos']],
    ['the subject of "met with" a titled person', 'Tarkin met with President Velo Marek on Monday.', ['PERSON Tarkin', 'PERSON Velo Marek']],
    ['a judge written with his honorific and title', 'Mr Justice Jo Bloggs ruled on Monday.', 'PERSON Jo Bloggs'],
    ['a known organisation run into the name after it', 'Ruritania Ambassador to the United Nations Jo Bloggs spoke.', ['ORGANIZATION United Nations', 'PERSON Jo Bloggs']],
    ['a plural honorific before two names', 'The only two to vote against it were Sens. Jo Bloggs and Ana Kos.', ['PERSON Jo Bloggs', 'PERSON Ana Kos']],
    ['a rank with its qualifier', 'The pact was forged with the military leader, Senior Gen. Jo Bloggs.', 'PERSON Jo Bloggs'],
    ['a retired rank', 'The plan was backed by Retired Col. Jo Bloggs.', 'PERSON Jo Bloggs'],
    // A name qualifying a vote names the contest, not a person.
    ['a name before "elections"', 'The party will boycott the coming Velmar Parish elections.', 'OTHER Velmar Parish'],
    ['a person after an undersecretary\'s title', "Peru changed ministers, said the country's Undersecretary of the Interior Jo Bloggs.", 'PERSON Jo Bloggs'],
    ['a long Arabic name under a title', 'Crown Prince Tarik bin Rahim bin Saif Al Omar welcomed it.', 'PERSON Tarik bin Rahim bin Saif Al Omar'],
    ['"Sheikh" may open a long Arabic name under a title', "Ruritania's Emir Sheikh Tarik bin Hamad al Omar called.", 'PERSON Sheikh Tarik bin Hamad al Omar'],
    ['a place after "to" split from the name after it', 'Ruritania Ambassador to Peru Tom Kos was summoned.', ['COUNTRY Peru', 'PERSON Tom Kos']],
    ['a broadcaster named with "TV"', 'Jo Bloggs told Harbour TV on Friday that talks would go on.', 'ORGANIZATION Harbour TV'],
    ['a Persian ezafe inside a family name', 'He met Ivo Takht-e Marek on Monday.', 'PERSON Ivo Takht-e Marek'],
    ['the spaced "Under Secretary" and a remit before the name', 'US Under Secretary for Political Affairs Ana Kos arrived.', ['COUNTRY United States', 'PERSON Ana Kos']],
    ['a country after a title\'s "to" split from a name the lexicon does not know', 'Peru ambassador to Sri Lanka Vurek Tamsal was present.', ['COUNTRY Sri Lanka', 'PERSON Vurek Tamsal']],
    ['a surname before "administration"', 'The pact was signed during the Tarkin administration.', 'PERSON Tarkin'],
    ['the given names for the full name', 'Ivo Tarkin Marek was arrested. Ivo Tarkin told reporters he was innocent.', 'PERSON Ivo Tarkin Marek'],
  ])('%s', (_rule, body, expected) => {
    const names = summary(body);
    for (const e of [expected].flat()) expect(names).toContain(e);
  });
});

it('reads a form of address before a ruler\'s title as no one ("His Majesty King X")', () => {
  expect(summary('The envoy met His Majesty King Tarik on Monday.')).toEqual(['PERSON King Tarik']);
  expect(summary('He thanked His Royal Highness Prince Omar Saif for the visit.')).toEqual(['PERSON Omar Saif']);
});

it('keeps a regnal numeral with the name it closes, not with an event\'s ("King Abdullah II", "World War II")', () => {
  expect(summary('The envoy met King Abdullah II on Monday.')).toEqual(['PERSON Abdullah II']);
  expect(summary('He spoke about World War II yesterday.')).not.toContain('PERSON World War II');
});

describe('what the cues leave alone', () => {
  it.each([
    ['a person owning something after "in"', "The aid reached Velo Tarkin's family in Fortville.", 'PERSON Velo Tarkin'],
    ['a verb "states", not a place noun', 'Ana Kos states that the vote was fair.', 'PERSON Ana Kos'],
    ['a title ending an opening clause', 'After meeting the governor, Velmora announced a plant.', 'OTHER Velmora'],
    ['a title as a comparison', 'As chair, Velmora will host the talks.', 'OTHER Velmora'],
    ['a company that hires a person', 'Hooli hired Ana Kos.', 'OTHER Hooli'],
    ['a known place opening with a kinship word', 'Abu Dhabi hosted talks.', 'LOCATION Abu Dhabi'],
    ['a group whose name holds a nisba', 'Fighters of Ansar al-Yemeni Front attacked.', 'ORGANIZATION Ansar al-Yemeni Front'],
  ])('%s', (_rule, body, expected) => {
    expect(summary(body)).toContain(expected);
  });
});

describe('a bracketed short form after a person', () => {
  it('reads a party-state code as an affiliation, not the person\'s short name', () => {
    const es = entitiesOf('Officials met with Senate president, Velo Tarkin (PRX-FT), on Monday.');
    const person = find(es, 'Velo Tarkin');
    expect(person?.type).toBe('PERSON');
    expect(person?.aliases).not.toContain('PRX-FT');
    expect(es.find((e) => e.name === 'PRX-FT')?.type).not.toBe('LOCATION');
  });

  it('keeps a bracketed party code that does not spell the person\'s initials apart', () => {
    const person = find(entitiesOf('Ana Kos (PRX) said the vote was fair.'), 'Ana Kos');
    expect(person?.type).toBe('PERSON');
    expect(person?.aliases).not.toContain('PRX');
  });
});

describe("a title's initials stand for its holder", () => {
  it('joins "the CEC" and "CEC Bloggs" to the chief election commissioner', () => {
    const es = entitiesOf('Chief Election Commissioner Jo Bloggs voiced regret. But the CEC said he still hoped for a fair vote. CEC Bloggs then left.');
    const person = find(es, 'Jo Bloggs');
    expect(person?.type).toBe('PERSON');
    expect(person?.mentions.map((m) => m.text)).toEqual(['Jo Bloggs', 'CEC', 'Bloggs']);
    expect(es.filter((e) => e.type === 'ORGANIZATION')).toEqual([]);
  });

  it('leaves initials that fit no title alone', () => {
    const es = entitiesOf('Chief Election Commissioner Jo Bloggs voiced regret. The BNP said it would not take part.');
    expect(find(es, 'BNP')?.type).toBe('ORGANIZATION');
  });
});

describe('a lower-case particle hyphen-joined to a name', () => {
  it('opens the name ("al-Tawhid", not "Tawhid")', () => {
    const es = entitiesOf('Fighters loyal to al-Tawhid attacked the town.');
    expect(find(es, 'al-Tawhid')).toBeDefined();
    expect(find(es, 'Tawhid')).toBeUndefined();
  });
});

describe('two surnames joined by a hyphen', () => {
  it('are two people, each a mention of the person it names', () => {
    const es = entitiesOf('Ivo Tarkin met Ana Marek on Monday. Further Tarkin-Marek talks will follow in May.');
    expect(es.filter((e) => e.type === 'PERSON').map((e) => [e.name, e.mentions.length])).toEqual([['Ivo Tarkin', 2], ['Ana Marek', 2]]);
  });

  it('stay one name when they are not two named people', () => {
    expect(find(entitiesOf('Ivo Tarkin-Marek spoke on Monday.'), 'Ivo Tarkin-Marek')?.type).toBe('PERSON');
  });
});

describe('a lower-case "es" inside a name', () => {
  it('keeps the name whole ("Dar es Salaam")', () => {
    const es = entitiesOf('He was taken to Velo es Tarim on Monday.');
    expect(find(es, 'Velo es Tarim')).toBeDefined();
    expect(find(es, 'Velo')).toBeUndefined();
  });
});

describe("a long name's opening words", () => {
  it('join the full name', () => {
    const es = entitiesOf('Crown Prince Tarik bin Rahim received a call. Crown Prince Tarik bin Rahim bin Saif Al Omar welcomed it.');
    expect(es.filter((e) => e.type === 'PERSON').map((e) => [e.name, e.mentions.length])).toEqual([['Tarik bin Rahim bin Saif Al Omar', 2]]);
  });
});

describe('a surname shaped like a plural common word', () => {
  it.each([
    ['one the article writes after a given name', 'Ana Waters', 'Waters'],
    ['one the tagger knows as a surname', 'Luis Brooks', 'Brooks'],
  ])('is still a mention of the person when written alone: %s', (_case, name, surname) => {
    const person = find(entitiesOf(`${name} opened the pier. At the meeting, ${surname} said the ferry would start in May.`), name);
    expect(person?.mentions.map((m) => m.text)).toEqual([name, surname]);
  });

  it('leaves a plural of common words alone', () => {
    expect(find(entitiesOf('At the meeting, Officers said the ferry would start in May.'), 'Officers')).toBeUndefined();
  });
});

describe('a nickname in quote marks inside a name', () => {
  it('names the person without it, keeps it in the mention, and a later surname joins', () => {
    const es = entitiesOf('Police arrested Tarik "The Fox" Osmani in Varosk. Osmani denied the charges.');
    const person = find(es, 'Tarik Osmani');
    expect(person?.type).toBe('PERSON');
    expect(person?.mentions.map((m) => m.text)).toEqual(['Tarik "The Fox" Osmani', 'Osmani']);
  });

  it('makes no person of a quoted word inside an organisation\'s name', () => {
    expect(summary('The Acme "Tiger" Fund was sold on Monday.').filter((e) => e.startsWith('PERSON'))).toEqual([]);
  });
});
