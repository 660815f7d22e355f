// Table tests for everyday names and short forms: countries by their English short names,
// institutions by their bare heads, acronyms, plurals of common words, party-state tags, places
// from gazetteers and organisations with "and" or "+". Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { COUNTRIES, shortForms } from '../../src/data/countries.js';
import { entitiesOf, find, summary } from './entitiesHelpers.js';

const core = (body: string) => summary(body).filter((s) => !s.startsWith('OTHER'));
const typeOf = (body: string, name: string) => find(entitiesOf(body), name)?.type;
const mentionsOf = (body: string, name: string) => find(entitiesOf(body), name)?.mentions.map((m) => m.text);

describe('countries by their everyday English names', () => {
  it.each([
    ['Islamic Republic of Ruritania', ['Ruritania']],
    ['Kingdom of the Ruritanians', ['Ruritanians']],
    ['Federated States of Ruritania', ['Ruritania']],
    ['Republic of the Union of Ruritania', ['Union of Ruritania', 'Ruritania']],
    ['Saint Ruritania and the Isles', ['St Ruritania and the Isles', 'St. Ruritania and the Isles']],
    ['Ruritanian Republic', []],
  ])('short forms of "%s"', (name, expected) => {
    expect(shortForms(name)).toEqual(expected);
  });

  it.each([
    ['Turkey', 'Turkey'],
    ['Republic of Turkey', 'Turkey'],
    ['Türkiye', 'Turkey'],
    ['Bosnia', 'Bosnia and Herzegovina'],
    ['Cabo Verde', 'Cape Verde'],
    ['St Lucia', 'Saint Lucia'],
    ['Republic of Congo', 'Republic of the Congo'],
    ['Congo', 'Democratic Republic of the Congo'],
    ['Union of Myanmar', 'Myanmar'],
    ['the Former Yugoslav Republic of Macedonia', 'North Macedonia'],
  ])('"%s" is the country %s', (written, name) => {
    const es = entitiesOf(`Officials said ${written} had agreed to the plan on Monday.`);
    expect(es.find((e) => e.name === name)?.type).toBe('COUNTRY');
  });

  it('every sovereign state has its common name among its names, and no name belongs to two states', () => {
    const owners = new Map<string, string>();
    for (const c of COUNTRIES) {
      expect(c.names).toContain(c.name);
      for (const n of c.names) {
        const k = n.toLowerCase();
        expect(owners.get(k) ?? c.code).toBe(c.code);
        owners.set(k, c.code);
      }
    }
  });

  it.each([
    ['"Korea" belongs to neither Korea', 'Korea'],
    ['an island is no country', 'Island'],
  ])('%s', (_rule, name) => {
    expect(COUNTRIES.some((c) => c.names.includes(name))).toBe(false);
  });

  it.each([
    ['after "in"', 'Talks were held in Turkey last week.'],
    ['as a place of origin', 'The delegation from Turkey arrived late.'],
  ])('a country name is never a location (%s)', (_rule, body) => {
    expect(typeOf(body, 'Turkey')).toBe('COUNTRY');
  });

  it('a country with "Government" is a mention of the state', () => {
    const es = entitiesOf('The UK Government said the Government would reply. The Ruritanian embassy was shut.');
    expect(find(es, 'United Kingdom')?.mentions.map((m) => m.text)).toEqual(['UK Government', 'Government']);
    expect(es.some((e) => e.type === 'ORGANIZATION' && e.name === 'UK Government')).toBe(false);
  });
});

describe('a single name as the subject of a verb', () => {
  it.each([
    ['a surname compromise knows', 'The vote was close. Putin praised the outcome.', 'Putin', 'PERSON'],
    ['a first name compromise knows', 'Anwar visited the port on Friday.', 'Anwar', 'PERSON'],
    ['after "the" it is no person', 'The Putin loyalists left.', 'Putin', undefined],
  ])('%s', (_rule, body, name, type) => {
    expect(find(entitiesOf(body), name)?.type === 'PERSON' ? 'PERSON' : undefined).toBe(type);
  });
});

describe('institutions by their bare heads', () => {
  it.each([
    ['the Senate after US Senate', 'The US Senate voted on Monday. Later the Senate adjourned.', 'US Senate', ['US Senate', 'Senate']],
    ['the Commission after its full name', 'The Ruritanian Electoral Commission met. The Commission said the count was fair.', 'Ruritanian Electoral Commission', ['Ruritanian Electoral Commission', 'Commission']],
    ['the Ministry after "Ministry of X"', 'The Ministry of Fisheries agreed, and the Ministry later said so.', 'Ministry of Fisheries', ['Ministry of Fisheries', 'Ministry']],
    ['the Fund after a fund\'s full name', 'The Harbour Relief Fund sent a team. A spokesman for the Fund said it would stay.', 'Harbour Relief Fund', ['Harbour Relief Fund', 'Fund']],
    ['the Court after "X Court of Y"', 'The Supreme Court of Peru ruled on Monday. The president had appealed to the Court.', 'Supreme Court of Peru', ['Supreme Court of Peru', 'Court']],
    ['the Union after a union\'s name', 'The Acme Customs Union met. The Union said tariffs would fall.', 'Acme Customs Union', ['Acme Customs Union', 'Union']],
  ])('%s', (_rule, body, name, mentions) => {
    expect(mentionsOf(body, name)).toEqual(mentions);
  });

  it.each([
    ['Congress alone in a US story', 'Congress passed the bill. The US economy grew.', 'ORGANIZATION US Congress'],
    ['Parliament alone elsewhere', 'Parliament rose on Monday after a long debate.', 'ORGANIZATION Parliament'],
  ])('%s', (_rule, body, expected) => {
    expect(core(body)).toContain(expected);
  });

  it.each([
    ['a head split from a party plural', 'Senate Democrats objected to the bill.', ['ORGANIZATION Senate', 'ORGANIZATION Democratic Party']],
    ['a bare body and a state\'s body coordinated', 'Parliament and Peru Congress both met.', ['ORGANIZATION Parliament', 'ORGANIZATION Peru Congress', 'COUNTRY Peru']],
    ['a body after a possessive state', "Peru's Parliament met.", ['COUNTRY Peru', 'ORGANIZATION Parliament']],
  ])('%s', (_rule, body, expected) => {
    expect(core(body).sort()).toEqual([...expected].sort());
  });

  it('a bare head joins no institution when two of its kind are named', () => {
    const body = 'The Acme Bank and the Harbour Bank agreed. The Bank said more would follow.';
    expect(core(body).sort()).toEqual(['ORGANIZATION Acme Bank', 'ORGANIZATION Harbour Bank']);
    expect([...(mentionsOf(body, 'Acme Bank') ?? []), ...(mentionsOf(body, 'Harbour Bank') ?? [])]).not.toContain('Bank');
  });

  it.each([
    ['a court named nowhere', 'The Court ruled on Monday.'],
    ['a government named nowhere', 'Government officials declined to comment.'],
  ])('other bare heads name nothing alone (%s)', (_rule, body) => {
    expect(core(body)).toEqual([]);
  });

  it('two named bodies with one head leave the bare head alone', () => {
    const es = entitiesOf('The Ruritanian Electoral Commission and the Harbour Trade Commission met. The Commission said little.');
    expect(es.filter((e) => e.type === 'ORGANIZATION').every((e) => !e.mentions.some((m) => m.text === 'Commission'))).toBe(true);
  });
});

describe('acronyms without brackets', () => {
  it('joins the word before an organisation\'s head, written alone', () => {
    expect(mentionsOf('The Chilean Treasury Department fined Acme. The move was lawful, the Treasury said.', 'Chilean Treasury Department')).toEqual(['Chilean Treasury Department', 'Treasury']);
  });

  it('joins a body named after its state\'s name, written alone', () => {
    expect(mentionsOf('The UK Treasury fined Acme. The move was lawful, the Treasury said.', 'UK Treasury')).toEqual(['UK Treasury', 'Treasury']);
  });

  it('keeps a company apart from the group named after it', () => {
    expect(mentionsOf('The Acme Group owns banks. Acme said sales rose.', 'Acme Group')).toEqual(['Acme Group']);
  });

  it('keeps a known organisation apart from another\'s name it opens', () => {
    expect(mentionsOf('Reuters TV showed the pier. Reuters said the ferry was late.', 'Reuters')).toEqual(['Reuters']);
  });

  it('joins an organisation\'s name written without the state it is of', () => {
    expect(mentionsOf('Jo Bloggs heads the National Bank of Chile. He will stay National Bank Governor.', 'National Bank of Chile')).toEqual(['National Bank of Chile', 'National Bank']);
  });

  it('joins the initials of a named organisation in the same article', () => {
    expect(mentionsOf('The Harbour Trade Commission sued. Later the HTC said it would appeal.', 'Harbour Trade Commission')).toEqual(['Harbour Trade Commission', 'HTC']);
  });
});

describe('capitalised plurals of common words', () => {
  it.each([
    ['plural roles', 'Returning Officers counted the ballots.'],
    ['a modifier and a plural title', 'The District Commissioners met on Friday.'],
    ['a plural title alone', 'The bill was sent to Senators for review.'],
    ['a sentence-initial verb before a plural', 'Thanked Senators for their support.'],
  ])('%s name nothing', (_rule, body) => {
    expect(core(body)).toEqual([]);
  });

  it('a name before a party plural is two mentions', () => {
    const s = summary('Dunmore Republicans cheered the vote.');
    expect(s).toContain('ORGANIZATION Republican Party');
    expect(s.some((x) => x.includes('Dunmore Republicans'))).toBe(false);
  });
});

describe('US party-state tags', () => {
  it.each([
    ['a full name in brackets', 'Sen. Ana Kirk (R-Texas) objected.', 'Texas', ['Texas']],
    ['an AP abbreviation after a comma', 'Sen. Ana Kirk, D-Del., objected.', 'Delaware', ['Del']],
    ['a dotted abbreviation', 'Rep. Ana Kirk, R-N.Y., objected.', 'New York', ['N.Y']],
    ['a two-word state', 'Rep. Ana Kirk (D-New Mexico) objected.', 'New Mexico', ['New Mexico']],
    ['a postal code', 'Rep. Ana Kirk (R-TX) objected.', 'Texas', ['TX']],
  ])('%s', (_rule, body, state, mentions) => {
    const es = entitiesOf(body);
    expect(find(es, state)?.type).toBe('LOCATION');
    expect(find(es, state)?.mentions.map((m) => m.text)).toEqual(mentions);
    expect(find(es, 'Ana Kirk')?.type).toBe('PERSON');
  });

  it('an abbreviation and the full name are one place', () => {
    expect(mentionsOf('Sen. Ana Kirk, D-Del., objected. Delaware voters were split.', 'Delaware')).toEqual(['Del', 'Delaware']);
  });

  it('other hyphenated capitals are untouched', () => {
    expect(core('Veterans marked D-Day on Friday.')).toEqual([]);
  });
});

describe('places from gazetteers', () => {
  it.each([
    ['a US state containing a country name', 'Floods hit New Mexico on Monday.', 'New Mexico'],
    ['a compass word and a region', 'Floods hit West Java on Monday.', 'West Java'],
    ['a compass word and a name', 'Fighting spread across North Varosk overnight.', 'North Varosk'],
  ])('%s is a location', (_rule, body, name) => {
    expect(typeOf(body, name)).toBe('LOCATION');
  });

  it.each([
    ['an organisation head', 'Western Varosk Bank raised rates.', 'ORGANIZATION Western Varosk Bank'],
  ])('a compass word does not override %s', (_rule, body, expected) => {
    expect(core(body)).toContain(expected);
  });
});

describe('organisations with "and" or "+"', () => {
  it('a UN body with "and" inside stays one name, with or without "UN"', () => {
    const es = entitiesOf('The United Nations Food and Agriculture Organization warned of shortages. The UN Food and Agriculture Organization (FAO) said prices rose.');
    expect(es.filter((e) => e.type === 'ORGANIZATION').map((e) => e.name)).toEqual(['Food and Agriculture Organization']);
  });

  it('a group with a trailing "+" is its own organisation, written with the plus', () => {
    const es = entitiesOf('OPEC+ agreed to cut output, though OPEC members were split.');
    expect(find(es, 'OPEC+')?.mentions.map((m) => m.text)).toEqual(['OPEC+']);
    expect(find(es, 'Organization of the Petroleum Exporting Countries')?.type).toBe('ORGANIZATION');
  });
});

describe('other names of one person or body', () => {
  it.each([
    ['a nom de guerre', 'Rebel leader Jo Bloggs, better known by the nom de guerre Kestrel, signed the deal. Kestrel later spoke.', 'Jo Bloggs', ['Jo Bloggs', 'Kestrel', 'Kestrel']],
    ['"also known as"', 'The Acme Front, also known as Redline, fought on. Redline lost the town.', 'Acme Front', ['Acme Front', 'Redline', 'Redline']],
    ['a place\'s last hyphened part', 'Fighting in Upper-Westmark resumed. Westmark rebels drove out the troops.', 'Upper-Westmark', ['Upper-Westmark', 'Westmark']],
    ['the same words in another order', 'President Jorik Tammes Vallo arrived. Later President Tammes Vallo Jorik flew home.', 'Jorik Tammes Vallo', ['Jorik Tammes Vallo', 'Tammes Vallo Jorik']],
  ])('%s', (_rule, body, name, forms) => {
    expect(mentionsOf(body, name)).toEqual(forms);
  });

  it('names a person by their full name, not the shorter name they go by', () => {
    const people = summary('Rebel leader Jo Bloggs, better known by the nom de guerre Timochenko, signed the deal. Timochenko later spoke.').filter((s) => s.startsWith('PERSON'));
    expect(people).toEqual(['PERSON Jo Bloggs']);
  });
});

describe('a member of a parliament by the title before the name', () => {
  it.each([
    ['a member of the European Parliament', 'The leading Socialist MEP Jo Bloggs tweeted on Monday.', 'PERSON Jo Bloggs'],
    ['a titled name of a party', 'MP Jo Bloggs of the Acme Party tweeted on Monday.', 'PERSON Jo Bloggs'],
  ])('%s', (_rule, body, expected) => {
    expect(summary(body)).toContain(expected);
  });
});

describe('known organisations in other house styles', () => {
  it.each([
    ['a long acronym with one capital', 'Ministers met at a formal Opec meeting.', 'ORGANIZATION Organization of the Petroleum Exporting Countries'],
    ['the British spelling of a known name', 'The Organisation of the Petroleum Exporting Countries cut output.', 'ORGANIZATION Organization of the Petroleum Exporting Countries'],
    ['a known name that goes on past "in"', 'He chairs the Organization for Security and Cooperation in Europe this year.', 'ORGANIZATION Organization for Security and Co-operation in Europe'],
    ['"Co-operation" hyphened, and an article the name does not have', 'He chairs the Organisation for the Security and Co-operation in Europe this year.', 'ORGANIZATION Organization for Security and Co-operation in Europe'],
    ['a UN body named with "UN" before it', 'The UN Office for the Co-ordination of Humanitarian Affairs said aid was blocked.', 'ORGANIZATION Office for the Coordination of Humanitarian Affairs'],
  ])('%s', (_rule, body, expected) => {
    expect(core(body)).toEqual([expected]);
  });

  it('a portfolio capitalised in a title is no name when it opens a sentence', () => {
    expect(core('Ruritania named Peruvian Oil Minister Jo Bloggs. Oil ministers met on Friday.')).not.toContain('ORGANIZATION Oil');
  });
});
