// Broad categories that recur in news from everywhere: geographic features and regions, state
// forces in lower case, foreign-language company and paper names, hyphen-joined pairs.
// All sentences are invented for these tests.
import { describe, expect, it } from 'vitest';
import { entitiesOf, find, summary } from './entitiesHelpers.js';

describe('geographic features and regions are locations', () => {
  it.each([
    ['a shoal', 'Fishing boats were turned away near Halvorsen Shoal on Monday.', 'LOCATION Halvorsen Shoal'],
    ['an atoll', 'The navy patrols around Keruva Atoll every week.', 'LOCATION Keruva Atoll'],
    ['a bare sea name', 'Tensions rose in the Aegean after a survey ship sailed.', 'LOCATION Aegean'],
    ['a bare sea name after "across"', 'Ferries crossed the Adriatic twice a day.', 'LOCATION Adriatic'],
    ['a compass word before a sea', 'Greece sent frigates to the East Mediterranean on Monday.', 'LOCATION East Mediterranean'],
    ['a disputed region', 'Fighting resumed in Nagorno-Karabakh on Sunday.', 'LOCATION Nagorno-Karabakh'],
    ['a breakaway region', 'Observers left South Ossetia last year.', 'LOCATION South Ossetia'],
    ['a metro area', 'Flooding hit Metro Cebu and nearby towns.', 'LOCATION Metro Cebu'],
    ['a "Middle" region', 'Militants attacked a base in Middle Shabelle.', 'LOCATION Middle Shabelle'],
  ])('%s', (_rule, body, expected) => {
    expect(summary(body)).toContain(expected);
  });

  it('does not leave a lone compass word from "Lower and Middle X"', () => {
    const names = summary('Troops moved into Lower and Middle Shabelle on Friday.');
    expect(names).toContain('LOCATION Middle Shabelle');
    expect(names.some((n) => / Lower$/.test(n))).toBe(false);
  });
});

describe('a state\'s military in lower case is the state', () => {
  it.each([
    ['a demonym', 'The Indian military said it had moved troops.', 'India'],
    ['a possessive', "Russia's military denied the report on Tuesday.", 'Russia'],
    ['an indefinite demonym', 'A Somali military convoy was hit.', 'Somalia'],
  ])('%s', (_rule, body, country) => {
    const es = entitiesOf(body);
    expect(find(es, country)?.type).toBe('COUNTRY');
    expect(es.filter((e) => e.type === 'ORGANIZATION')).toEqual([]);
  });

  it('keeps a lower-case army or armed forces as the institution', () => {
    expect(summary("Moldova's armed forces denied it.")).toContain("ORGANIZATION Moldova's armed forces");
    expect(summary('The Peruvian army moved in.')).toContain('ORGANIZATION Peruvian army');
  });

  it('joins a lower-case military to the capitalised forces the article names', () => {
    const es = entitiesOf('The Moldovan Armed Forces moved in. The Moldovan military denied it.');
    expect(es.filter((e) => e.type === 'ORGANIZATION').map((e) => e.mentions.length)).toEqual([2]);
  });
});

describe('organisations named with foreign words or places', () => {
  it.each([
    ['a German company', 'Deutsche Bahn said trains would run late.', 'ORGANIZATION Deutsche Bahn'],
    ['a Portuguese paper named after a city', 'The newspaper Folha de S. Paulo reported the deal.', 'ORGANIZATION Folha de S. Paulo'],
    ['a Spanish bank', 'Banco de Valdora raised its rates.', 'ORGANIZATION Banco de Valdora'],
    ['a paper "X of city"', 'The Times of India also covered it.', 'ORGANIZATION Times of India'],
    ['a numbered military unit', 'Soldiers of the Task Force Battalion arrived.', 'ORGANIZATION Task Force Battalion'],
    ['a regiment', 'The Highland Rifles Regiment paraded.', 'ORGANIZATION Highland Rifles Regiment'],
  ])('%s', (_rule, body, expected) => {
    expect(summary(body)).toContain(expected);
  });
});

describe('hyphen-joined pairs of names', () => {
  it.each([
    ['an organisation and a state', 'EU-Turkey relations soured in May.', ['ORGANIZATION European Union', 'COUNTRY Turkey']],
    ['a state and an organisation', 'Officials praised Russia-NATO contacts.', ['COUNTRY Russia', 'ORGANIZATION North Atlantic Treaty Organization']],
    ['two states', 'The Chile-Peru border stayed open.', ['COUNTRY Chile', 'COUNTRY Peru']],
  ])('%s', (_rule, body, expected) => {
    const names = summary(body);
    for (const e of expected) expect(names).toContain(e);
  });
});

describe('names split or typed wrongly by their words', () => {
  it.each([
    ['an all-capitals dateline of a two-word city', 'NEW YORK, May 3 (Reuters) - Talks began.', 'LOCATION New York'],
    ['a state before a body gives the state', 'Officials met the U.S. Treasury on Monday.', 'COUNTRY United States'],
    ['a foreign paper by its short name', 'The president answered a question from Folha on Monday.', 'ORGANIZATION Folha'],
  ])('%s', (_rule, body, expected) => {
    expect(summary(body)).toContain(expected);
  });

  it.each([
    ['a portfolio in brackets', 'Minister Ana Lopes (Finance) spoke.', 'Finance'],
    ['a continental adjective', 'Leaders of South American states met.', 'South American'],
    ['a continental adjective opening a sentence', 'South American leaders met on Friday.', 'United States'],
  ])('no entity for %s', (_rule, body, name) => {
    expect(entitiesOf(body).map((e) => e.name)).not.toContain(name);
  });

  it('types a surname the headline writes after a title as a person', () => {
    const es = entitiesOf('The talks with Velos went well. Velos later flew home.', 'Foreign Minister Velos Meets Envoys');
    expect(find(es, 'Velos')?.type).toBe('PERSON');
  });
});

describe('names with apostrophes and numbers', () => {
  it.each([
    ['a plural possessive inside a party name', "The Workers' Party won the vote.", "ORGANIZATION Workers' Party"],
    ['a curly plural possessive inside a union name', 'The Farmers’ Union agreed on Monday.', 'ORGANIZATION Farmers’ Union'],
    ['a plural possessive name opening a sentence', "Workers' Party leaders met on Sunday.", "ORGANIZATION Workers' Party"],
    ['a number leading a battalion', 'Troops of 81 Task Force Battalion arrived.', 'ORGANIZATION 81 Task Force Battalion'],
    ['an ordinal leading a division', 'The 3rd Infantry Division moved north.', 'ORGANIZATION 3rd Infantry Division'],
  ])('%s', (_rule, body, expected) => {
    expect(summary(body)).toContain(expected);
  });

  it('keeps a count of troops out of a force name', () => {
    expect(summary('About 500 Nigerian Army troops came.')).toContain('ORGANIZATION Nigerian Army');
  });

  it('joins the acronym in brackets to a name with a plural possessive', () => {
    const es = entitiesOf("The Workers' Party (WP) won. The WP later split.");
    expect(find(es, "Workers' Party")?.mentions.map((m) => m.text)).toEqual(["Workers' Party", 'WP', 'WP']);
  });
});

describe('towns with an article particle and national forces by acronym', () => {
  it('types a particle-hyphen town after "in" as a place and joins its spaced spelling', () => {
    const es = entitiesOf('Militants attacked a base in El-Wak on Monday. The base in El Wak town was rebuilt.');
    expect(find(es, 'El-Wak')?.type).toBe('LOCATION');
    expect(find(es, 'El-Wak')?.mentions).toHaveLength(2);
  });

  it('still reads a particle-hyphen surname with a speech verb as a person', () => {
    // The lower-case particle is part of the name where the text writes it mid-sentence.
    const names = summary('He met al-Sabri in Cairo. Al-Sabri said he was happy.');
    expect(names).toContain('PERSON al-Sabri');
    expect(names.filter((n) => n.startsWith('PERSON'))).toHaveLength(1);
  });

  it.each([
    ['an acronym before a facility noun', 'Militants attacked a KDF base. The Kenyan army said the attack failed.', 'Kenya Defence Forces', 2],
    ['a full name with its acronym in brackets', 'The Kenya Defence Forces (KDF) said the KDF had repelled the attack.', 'Kenya Defence Forces', 3],
    ['another state\'s force', 'The IDF said it struck targets. The Israeli army confirmed it.', 'Israel Defense Forces', 2],
  ])('joins %s to the state\'s army', (_rule, body, name, mentions) => {
    const es = entitiesOf(body);
    expect(find(es, name)?.type).toBe('ORGANIZATION');
    expect(find(es, name)?.mentions).toHaveLength(mentions);
    expect(es.filter((e) => e.type === 'ORGANIZATION')).toHaveLength(1);
  });

  it('keeps the state of a force named in full', () => {
    expect(summary('The Kenya Defence Forces moved north.')).toContain('COUNTRY Kenya');
  });
});

describe('a place with its other name in brackets', () => {
  it('is one place named by the bracketed name', () => {
    const es = entitiesOf('Boats operated near Bajo Verde (Halvorsen Shoal) on Monday. China said Halvorsen Shoal was its territory.');
    expect(find(es, 'Halvorsen Shoal')?.mentions.map((m) => m.text)).toEqual(['Bajo Verde', 'Halvorsen Shoal', 'Halvorsen Shoal']);
  });

  it('keeps a town and its country in brackets apart', () => {
    expect(summary('Leaders met in Kisumu (Kenya) on Monday.')).toEqual(['LOCATION Kisumu', 'COUNTRY Kenya']);
  });
});

describe('a coalition the headline names', () => {
  it('is an organisation when the body writes it in lower case', () => {
    const es = entitiesOf('The rainbow coalition split on Monday. Members of the rainbow coalition argued.', 'Rainbow Coalition Splits Over Budget');
    expect(find(es, 'rainbow coalition')?.type).toBe('ORGANIZATION');
    expect(find(es, 'rainbow coalition')?.mentions).toHaveLength(2);
  });

  it('stays a description when the headline does not name it', () => {
    expect(summary('The ruling coalition split on Monday.')).toEqual([]);
    expect(entitiesOf('The ruling coalition split on Monday.', 'Coalition Splits Over Budget')).toEqual([]);
  });
});

describe('a named operation after a unit', () => {
  it.each([
    ['after an air task force', 'Jets of the Air Task Force Operation Safe Haven struck camps.', ['ORGANIZATION Air Task Force', 'OTHER Operation Safe Haven']],
    ['alone', 'Operation Desert Storm began in 1991.', ['OTHER Operation Desert Storm']],
  ])('%s', (_rule, body, expected) => {
    expect(summary(body)).toEqual(expected);
  });
});

describe('portfolio words', () => {
  it.each([
    ['one word', 'Minister Ana Lopes (Finance) spoke.', 'Finance'],
    ['two words', 'She met Minister Rui Lopes (Foreign Affairs) on Monday.', 'Foreign Affairs'],
  ])('name nothing alone: %s', (_rule, body, name) => {
    expect(entitiesOf(body).map((e) => e.name)).not.toContain(name);
  });

  it('leaves a surname that is also a rank word', () => {
    expect(summary('Major said the vote was fair.')).toContain('PERSON Major');
  });
});
