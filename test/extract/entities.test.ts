// Table tests for entity extraction, one group per rule. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { entitiesOf, find, summary } from './entitiesHelpers.js';

describe('capitalised candidates', () => {
  it.each([
    ['sentence-initial common words are not names', 'Officials said the plan failed. Several analysts agreed. Five people left.', []],
    ['months and weekdays are never people', 'The talks resume on Tuesday and end in March.', []],
    ['diseases are not annotated', 'Cholera spread quickly and Ebola returned.', []],
    ['contractions and money are not names', '"I\'ll go," he said of the US$40 plan.', []],
  ])('%s', (_rule, body, expected) => {
    expect(summary(body).filter((s) => !s.startsWith('OTHER'))).toEqual(expected);
  });
});

describe('people, titles and roles', () => {
  it('strips a capitalised title into a role owned by the country of its adjective', () => {
    const es = entitiesOf('Portuguese Foreign Minister Rui Tavares arrived on Monday.');
    const person = find(es, 'Rui Tavares');
    expect(person?.type).toBe('PERSON');
    const role = person?.mentions[0]?.role;
    expect(role?.title).toBe('foreign minister');
    expect(es[role!.ofKey!]?.name).toBe('Portugal');
    expect(find(es, 'Portugal')?.mentions.map((m) => m.text)).toEqual(['Portuguese']);
  });

  it('keeps a title word before the owner in the title ("Deputy Chilean Defence Minister")', () => {
    const es = entitiesOf('Deputy Chilean Defence Minister Ana Rojas spoke to reporters.');
    const role = find(es, 'Ana Rojas')?.mentions[0]?.role;
    expect(role?.title).toBe('deputy defence minister');
    expect(es[role!.ofKey!]?.name).toBe('Chile');
  });

  it.each([
    ['European Commission President Jo Bloggs', 'European Commission', 'president'],
    ['National Security Council spokesman Jo Bloggs', 'National Security Council', 'spokesman'],
  ])('reads a title word opening "%s" as the owner organisation\'s', (body, owner, title) => {
    const es = entitiesOf(`${body} spoke to reporters.`);
    const role = find(es, 'Jo Bloggs')?.mentions[0]?.role;
    expect(role?.title).toBe(title);
    expect(es[role!.ofKey!]?.name).toBe(owner);
  });

  it.each([
    ['lower-case title and ranks', 'The figures were confirmed by army spokesman Col. Idris Bello on Friday.', 'Idris Bello', 'army spokesman'],
    ['organisation owning the title', 'Velmora Holdings chairman Piet Vermeer resigned.', 'Piet Vermeer', 'chairman'],
    ['title inside a name chunk', 'Korvath Group President Lena Marsh spoke.', 'Lena Marsh', 'president'],
    ['a remit after "for", then a name the tagger does not know', 'It was backed by UN High Commissioner for Refugees Jorik Tammes on Monday.', 'Jorik Tammes', 'high commissioner for refugees'],
    ['a remit of two words, then a first name', 'It was backed by EU Special Representative for Human Rights Jo Bloggs on Monday.', 'Jo Bloggs', 'special representative for human rights'],
    ['a title hyphened to its first word', 'It was chaired by UN Under-Secretary-General for Peacekeeping Operations Jean-Luc Marton today.', 'Jean-Luc Marton', 'under-secretary-general for peacekeeping operations'],
    ['"Under Secretary" spaced, with a portfolio after "for"', 'It was chaired by US Under Secretary for Political Affairs Jorik Tammes today.', 'Jorik Tammes', 'under secretary for political affairs'],
    ['a portfolio no list holds, before "Minister"', 'Moldovan Deputy Reintegration Minister Jorik Tammes met him.', 'Jorik Tammes', 'deputy reintegration minister'],
    ['an abstract noun the lexicon lacks closing a remit after "of"', 'The charges were filed by Director of Public Prosecutions Jorik Tammes on Monday.', 'Jorik Tammes', 'director of public prosecutions'],
    ['an abstract noun opening a remit after "of"', 'The fund was led by Director of Investments Jorik Tammes until May.', 'Jorik Tammes', 'director of investments'],
    ['a lower-case remit after the title\'s "of"', "Aid is slow, the WHO's head of emergency response Jorik Tammes said.", 'Jorik Tammes', 'head of emergency response'],
  ])('%s', (_rule, body, name, title) => {
    const person = find(entitiesOf(body), name);
    expect(person?.type).toBe('PERSON');
    expect(person?.mentions[0]?.role?.title).toBe(title);
  });

  it('leaves the remit after a title\'s "of the" out of the name ("Secretary of the Presidency X")', () => {
    const es = entitiesOf('Sanctions hit Secretary of the Presidency Jorik Tammes on Friday.');
    expect(es.map((e) => `${e.type} ${e.name}`)).toEqual(['PERSON Jorik Tammes']);
  });

  it('gives no owner to a title after a bare name and "and" ("Kos and Prime Minister Bloggs")', () => {
    const es = entitiesOf('Talks between Ana Kos and Prime Minister Jo Bloggs resumed on Monday.');
    const role = find(es, 'Jo Bloggs')?.mentions[0]?.role;
    expect(role?.title).toBe('prime minister');
    expect(role?.ofKey ?? null).toBeNull();
    expect(find(es, 'Ana Kos')?.type).toBe('PERSON');
  });

  it('joins honorific and surname-only mentions to the full name', () => {
    const es = entitiesOf('Dr Lena Okafor opened the clinic. Later Ms Okafor thanked donors, and Okafor left.');
    const people = es.filter((e) => e.type === 'PERSON');
    expect(people.map((p) => p.name)).toEqual(['Lena Okafor']);
    expect(people[0]?.mentions.map((m) => m.text)).toEqual(['Lena Okafor', 'Okafor', 'Okafor']);
  });

  it('keeps a sentence-initial surname that the article writes as a name elsewhere', () => {
    const es = entitiesOf('Trade envoy Halvard Krent met officials. Krent later flew to Cairo.');
    expect(find(es, 'Halvard Krent')?.mentions.map((m) => m.text)).toEqual(['Halvard Krent', 'Krent']);
  });

  it('joins a surname to a full name written both with and without an honorific first word', () => {
    const es = entitiesOf('Ivo Marek spoke on Monday. Aides said Marek was tired. "We stand firm," Sayyed Ivo Marek said later.');
    expect(es.map((e) => e.name)).toEqual(['Sayyed Ivo Marek']);
    expect(es[0]?.mentions.map((m) => m.text)).toEqual(['Ivo Marek', 'Marek', 'Sayyed Ivo Marek']);
  });

  it('leaves a surname shared by two people unresolved', () => {
    const es = entitiesOf('Tomas Berg met Anna Berg in the hall. Berg said little.');
    expect(es.filter((e) => e.type === 'PERSON').map((e) => e.name).sort()).toEqual(['Anna Berg', 'Tomas Berg']);
  });

  it('gives a shared surname to the person the story named first, when the other comes later', () => {
    const es = entitiesOf('Tomas Berg arrived on Monday. Berg met the council. Later, Tomas Berg said his cousin Anna Berg would stay. Berg left.');
    expect(find(es, 'Tomas Berg')?.mentions.map((m) => m.text)).toEqual(['Tomas Berg', 'Berg', 'Tomas Berg', 'Berg']);
    expect(find(es, 'Anna Berg')?.mentions.map((m) => m.text)).toEqual(['Anna Berg']);
  });

  it('writes an all-capitals name in title case', () => {
    expect(find(entitiesOf('MARTIN HALE was told yesterday to resign. Mr Hale refused.'), 'Martin Hale')?.mentions).toHaveLength(2);
  });
});

describe('countries and demonyms', () => {
  it.each([
    ['state troops', 'Peruvian troops crossed the river.', true],
    ['the government', 'The Peruvian government denied it.', true],
    ['a president', 'Peruvian President Ana Solis spoke.', true],
    ['the capital', 'They met in the Peruvian capital.', true],
    ['players', 'Peruvian players celebrated the win.', false],
    ['a newspaper', 'A Peruvian newspaper printed the story.', false],
    ['a company', 'The Peruvian mining giant Andexa grew.', false],
  ])('a demonym before %s', (_rule, body, denotes) => {
    expect(entitiesOf(body).some((e) => e.name === 'Peru' && e.type === 'COUNTRY')).toBe(denotes);
  });

  it.each([
    ['short forms', 'The US and the UK signed it.', ['COUNTRY United States', 'COUNTRY United Kingdom']],
    ['a name that marks origin', 'Canada telecoms firm Orvix expanded.', ['COUNTRY Canada', 'ORGANIZATION Orvix']],
    ['possessives', "Brazil's president arrived.", ['COUNTRY Brazil']],
    ['hyphen-joined states', 'The Chile-Argentina border reopened.', ['COUNTRY Chile', 'COUNTRY Argentina']],
    ['a coordination', 'Talks between Ghana and Togo ended.', ['COUNTRY Ghana', 'COUNTRY Togo']],
    ['a territory is a place', 'Flights to Greenland resumed.', ['LOCATION Greenland']],
  ])('%s', (_rule, body, expected) => {
    expect(summary(body)).toEqual(expected);
  });

  it('gives the ISO code', () => {
    expect(find(entitiesOf('Norway agreed.'), 'Norway')?.isoCode).toBe('NO');
  });
});

describe('places', () => {
  it('reads a capital written with and without its district, and with a comma, as one place', () => {
    const es = entitiesOf('Talks in Washington, D.C. ended on Monday. Officials flew to Washington DC again, and Washington said no.');
    const capital = es.filter((e) => e.type === 'LOCATION');
    expect(capital.map((e) => e.mentions.map((m) => m.text))).toEqual([['Washington, D.C.', 'Washington DC', 'Washington']]);
  });

  it.each([
    ['a capital used as a metonym', 'Ottawa said it would respond.', 'LOCATION Ottawa'],
    ['a dateline', 'LIMA — The minister resigned on Sunday.', 'LOCATION Lima'],
    ['a sub-national unit from the gazetteer', 'Floods hit Bavaria overnight.', 'LOCATION Bavaria'],
    ['a city from the gazetteer', 'The plant opens in Rotterdam next year.', 'LOCATION Rotterdam'],
    ['a place noun after the name', 'Fighting spread to Varosk province.', 'LOCATION Varosk'],
    ['a facility named after a person', 'Troops left the Omar bin Tariq air base.', 'LOCATION Omar bin Tariq air base'],
    ['a hyphenated airport', 'He landed at Al-Noor Airport.', 'LOCATION Al-Noor Airport'],
    ['a region', 'Tension rose across the Middle East.', 'LOCATION Middle East'],
  ])('%s', (_rule, body, expected) => {
    expect(summary(body)).toContain(expected);
  });
});

describe('organisations', () => {
  it.each([
    ['a ministry by its head', 'The Ministry of Finance denied it.', 'ORGANIZATION Ministry of Finance'],
    ['a council by its suffix', 'The Agricultural Council met.', 'ORGANIZATION Agricultural Council'],
    ['a company suffix', 'Telmora Inc. said profits rose.', 'ORGANIZATION Telmora Inc'],
    ['rebels after a name', 'Zandari rebels attacked the town.', 'ORGANIZATION Zandari'],
    ['a news agency cited as a source', 'Prices fell, according to Reuters.', 'ORGANIZATION Reuters'],
    ['a UN body', 'The UN Security Council voted.', 'ORGANIZATION United Nations Security Council'],
    ['an institution named after its building', 'The Kremlin said nothing.', 'ORGANIZATION Kremlin'],
    ['a presidential palace speaking for the president', 'Malacanang said the trip was on.', 'ORGANIZATION Malacañang'],
    ['a company after a cue noun', 'Shares of chipmaker Veltrix jumped.', 'ORGANIZATION Veltrix'],
    ['a name before "news agency", later speaking alone', 'According to Velkor news agency, the guards left. Nine were hurt, Velkor said.', 'ORGANIZATION Velkor'],
    ['a state before "news agency" stays the state', 'The Ruritanian news agency and Sudan news agency reported it.', 'COUNTRY Sudan'],
    ['a coalition led by a state', 'The Norway-led coalition withdrew.', 'ORGANIZATION Norway-led coalition'],
    ['a newspaper in apposition', 'The Harbour Ledger, a Danish newspaper, reported it.', 'ORGANIZATION Harbour Ledger'],
  ])('%s', (_rule, body, expected) => {
    expect(summary(body)).toContain(expected);
  });

  it('links an acronym to its expansion in brackets', () => {
    const es = entitiesOf('The Coastal Fisheries Authority (CFA) said catches fell. The CFA will report again.');
    const org = find(es, 'Coastal Fisheries Authority');
    expect(org?.type).toBe('ORGANIZATION');
    expect(org?.mentions.map((m) => m.text)).toEqual(['Coastal Fisheries Authority', 'CFA', 'CFA']);
  });

  it('joins a company with and without its suffix', () => {
    const es = entitiesOf('Orbis Partners Corp. agreed to buy a stake. Orbis Partners said the deal closes soon.');
    expect(es.filter((e) => e.type === 'ORGANIZATION')).toHaveLength(1);
  });

  it('joins an organisation to its name glossed in English in brackets', () => {
    const es = entitiesOf('The Verkhovna Rada (Ruritanian Parliament) voted on Monday. The Verkhovna Rada meets again in May.');
    expect(find(es, 'Verkhovna Rada')?.mentions.map((m) => m.text)).toEqual(['Verkhovna Rada', 'Ruritanian Parliament', 'Verkhovna Rada']);
  });

  it('joins a short form to the first word of a named organisation', () => {
    const es = entitiesOf('Telvo Novosk reported the move. Telvo later confirmed it.');
    expect(find(es, 'Telvo Novosk')?.mentions.map((m) => m.text)).toEqual(['Telvo Novosk', 'Telvo']);
  });
});

describe('things that are not core entities', () => {
  it.each([
    ['model designations', 'The Su-24 and the Kestrel-9 flew.', ['OTHER Su-24', 'OTHER Kestrel-9']],
    ['events, with a known place before the head', 'She won at the Pacific Games.', ['OTHER Pacific Games', 'LOCATION Pacific']],
    ['a description of a state is no name', 'They condemned the Jewish State.', []],
    ["a region's adjective written in two words", 'He spoke at a South East Asian bankers meeting.', []],
  ])('%s', (_rule, body, expected) => {
    expect(summary(body)).toEqual(expected);
  });
});
