// Table tests for the rules that make entity extraction generalise: name boundaries, descriptors,
// acronyms and expansions, state bodies in lower case, common terms, context types and headline
// mentions. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { withHeadlineMentions } from '../../src/extract/entities/headlineMentions.js';
import { extractEntities } from '../../src/extract/extractEntities.js';
import { parseArticle } from '../../src/ingest/parseArticle.js';
import { segment } from '../../src/ingest/segment.js';
import { entitiesOf, find, summary } from './entitiesHelpers.js';

const core = (body: string) => summary(body).filter((s) => !s.startsWith('OTHER'));
const typeOf = (body: string, name: string) => find(entitiesOf(body), name)?.type;

describe('name boundaries at "and", "of" and lower-case words', () => {
  it.each([
    ['"and" inside an organisation\'s complement', 'The Fund for Peace and Reconciliation opened an office.', 'ORGANIZATION Fund for Peace and Reconciliation'],
    ['"and the" joins two names', 'The European Commission and the World Bank agreed.', 'ORGANIZATION World Bank'],
    ['a title inside an organisation\'s complement', 'The Harbour Council of Trade Ministers met.', 'ORGANIZATION Harbour Council of Trade Ministers'],
    ['"X of Y" with no name on the right is one name', 'He read the Book of Echoes again.', 'OTHER Book of Echoes'],
    ['a natural feature keeps its noun', 'Floods swept the Koro valley on Monday.', 'LOCATION Koro valley'],
    ['an administrative noun does not', 'Fighting spread to Varosk district.', 'LOCATION Varosk'],
  ])('%s', (_rule, body, expected) => {
    expect(summary(body)).toContain(expected);
  });

  it('ends an organisation at its head before a full stop the segmenter left inside a quotation', () => {
    expect(core('"We will work with the Acme Party. Early elections would be a disaster," said Jo Bloggs.')).toEqual(['ORGANIZATION Acme Party', 'PERSON Jo Bloggs']);
  });

  it('ends a two-word country at a full stop the segmenter left inside a quotation', () => {
    expect(core('"We have strong ties with Costa Rica. We will build on them," the minister said.')).toEqual(['COUNTRY Costa Rica']);
  });

  it('keeps a place whose own name holds a possessive whole', () => {
    expect(entitiesOf("Voters in Lee's Summit went to the polls on Monday.").map((e) => e.name)).toEqual(["Lee's Summit"]);
  });

  it('does not merge two coordinated organisations', () => {
    expect(summary('The European Commission and the World Bank agreed.')).not.toContain('ORGANIZATION European Commission and the World Bank');
  });

  it('a numbered document is a thing and its issuer a separate organisation', () => {
    const s = summary('The vote followed UN Security Council Resolution 4410 last year.');
    expect(s).toContain('OTHER UN Security Council Resolution 4410');
    expect(s).toContain('ORGANIZATION United Nations Security Council');
  });
});

describe('titles of an owner, honorifics and participles', () => {
  it.each([
    ['a title of a body is no name', 'Others included the Speaker of the House of Representatives, Jo Bloggs.', ['ORGANIZATION House of Representatives', 'PERSON Jo Bloggs']],
    ['a title of a body with its own portfolio', 'The Minister of Foreign Affairs of Chile, Jo Bloggs, spoke.', ['COUNTRY Chile', 'PERSON Jo Bloggs']],
    ['"Comrade" and "Madam" before a name', 'Comrade Ana Kos and Madam Iva Tor arrived.', ['PERSON Ana Kos', 'PERSON Iva Tor']],
    ['"for" between two places', 'The envoy left Lima for Chile on Monday.', ['LOCATION Lima', 'COUNTRY Chile']],
    ['a state leading an act', 'He condemned the U.S.-led invasion.', ['COUNTRY United States']],
    ['a party\'s name ends where a person\'s begins', 'He met the leader of the Acme Party Jo Bloggs on Monday.', ['ORGANIZATION Acme Party', 'PERSON Jo Bloggs']],
    ['a hyphenated short form keeps its letters', 'It was hijacked by the ruling RUNA-PF party.', ['ORGANIZATION RUNA-PF']],
  ])('%s', (_rule, body, expected) => {
    expect(core(body).sort()).toEqual(expected.sort());
  });

  it('reads a portfolio list with "and" and the name after it', () => {
    const jo = find(entitiesOf('It was signed by South African Minister of Environmental Affairs and Tourism Jo Bloggs.'), 'Jo Bloggs');
    expect(jo?.mentions[0]?.role?.title).toBe('minister of environmental affairs and tourism');
  });

  it('reads "Title of the Republic of Country Dr. Name" after a titled name and "and"', () => {
    const es = entitiesOf('It was signed by Chilean Trade Minister Ana Kos and Minister of Industry and Commerce of the Republic of Peru Dr. Jo Bloggs.');
    expect(find(es, 'Jo Bloggs')?.mentions[0]?.role?.title).toBe('minister of industry and commerce');
    expect(es.filter((e) => e.type === 'OTHER')).toEqual([]);
  });

  it('gives the name after "Title of Country" the title and the country', () => {
    const jo = find(entitiesOf('Prime Minister of Chile Jo Bloggs met the press.'), 'Jo Bloggs');
    expect(jo?.mentions[0]?.role?.title).toBe('prime minister');
  });

  it('keeps a body whose name holds a title of its own as it stands', () => {
    expect(summary('They met the Special Envoy of the Acme Chair on Trade.')).not.toContain('ORGANIZATION Acme Chair on Trade');
  });
});

describe('types from lists, datelines, family nouns and the town gazetteer', () => {
  it.each([
    ['a list with one known place is a list of places', 'The rebels hold the terminals — Varosk, Telmin, Orlova and Benghazi — for now.', ['LOCATION Varosk', 'LOCATION Telmin', 'LOCATION Orlova', 'LOCATION Benghazi']],
    ['the name in brackets after a dateline is the agency', 'TEHRAN (Kavir) – Officials met on Monday.', ['LOCATION Tehran', 'ORGANIZATION Kavir']],
    ['names after a family noun are people', 'He will face trial with his two sons Varo and Telmin next month.', ['PERSON Varo', 'PERSON Telmin']],
    ['a town of the GeoNames list', 'Fighting reached Tobruk on Monday.', ['LOCATION Tobruk']],
  ])('%s', (_rule, body, expected) => {
    expect(core(body).sort()).toEqual(expected.sort());
  });

  it.each([
    ['two states joined by a hyphen, one of two words', 'The South Korea-Chile pact was signed.', ['COUNTRY South Korea', 'COUNTRY Chile']],
    ['two known organisations joined by a hyphen', 'They planned a Mercosur-European Union summit.', ['ORGANIZATION Mercosur', 'ORGANIZATION European Union']],
    ['a known place and a state joined by a hyphen', 'Shells fell near the Gaza-Israel border.', ['LOCATION Gaza', 'COUNTRY Israel']],
    ['a state whose name holds a hyphen', 'Talks opened in Guinea-Bissau.', ['COUNTRY Guinea-Bissau']],
    ['the letters after "Washington," are part of the capital', 'He flew to Washington, D.C., on Monday.', ['LOCATION Washington D.C.']],
    ['a one-word body before a second body', 'Officials of the Presidency and Foreign Ministry came.', ['ORGANIZATION Foreign Ministry']],
    ['an abbreviation with dots hyphen-joined to a demonym', 'The U.S.-Mexican deal was signed.', ['COUNTRY United States', 'COUNTRY Mexico']],
    ['a state and a region side by side', 'He met the U.S. Mideast envoy on Monday.', ['COUNTRY United States', 'LOCATION Mideast']],
    ['"for" after a known body and before a name', 'The bill goes to the White House for Ana Kos to sign.', ['ORGANIZATION White House', 'PERSON Ana Kos']],
    ['"for" inside a party\'s name, after a small town\'s name', 'They marched with the Alliance for Democracy on Monday.', ['ORGANIZATION Alliance for Democracy']],
    ['a group owning the rest of a name', "Delegates of the Ruritanian People's Party and the Women's League met.", ["ORGANIZATION Ruritanian People's Party", "ORGANIZATION Women's League"]],
    ['a person of a party named by its head', "Tim Nolan of the Ruritanian People's Party spoke.", ['PERSON Tim Nolan', "ORGANIZATION Ruritanian People's Party"]],
    ['"By" after a bar in a dateline', 'Lima, Peru | By Ana Kos | Police made arrests.', ['LOCATION Lima', 'COUNTRY Peru', 'PERSON Ana Kos']],
    ['a name opening the story before an agency in brackets', 'Varosk (SD) – Police arrived on Monday.', ['LOCATION Varosk', 'ORGANIZATION SD']],
    ['a name after "the province of"', 'Talks will be held in the Chilean province of Wen Varo.', ['COUNTRY Chile', 'LOCATION Wen Varo']],
    ['a border line', 'The two states are split by the 900-kilometer Varosk Line.', ['LOCATION Varosk Line']],
    ['a small town\'s name as the speaker is a surname', 'When asked about the deal, Massa said it was fair.', ['PERSON Massa']],
  ])('%s', (_rule, body, expected) => {
    expect(core(body).sort()).toEqual(expected.sort());
  });

  it('keeps short capitals on both sides of a slash as one name', () => {
    expect(entitiesOf('He told RFN/WL on Monday.').flatMap((e) => e.mentions.map((m) => m.text))).toContain('RFN/WL');
  });

  it('does not read a title-case headline verb after a title as a name', () => {
    expect(summary('Prime Minister Meets with Envoy of Chile').some((s) => s.includes('Meets'))).toBe(false);
  });

  it('reads "High Representative" as a title', () => {
    const kos = find(entitiesOf('The EU High Representative Ana Kos spoke.'), 'Ana Kos');
    expect(kos?.mentions[0]?.role?.title).toBe('high representative');
  });

  it('does not make a list of people a list of places', () => {
    expect(core('Delegates Jo Bloggs, Ana Kos and Tim Nolan arrived in Benghazi.')).toContain('PERSON Ana Kos');
  });
});

describe('first words and descriptors', () => {
  it.each([
    ['a common word as a first name before a speech verb', 'Win Tarek said the count was over.', 'PERSON Win Tarek'],
    ['a month abbreviation as a first name', 'Jan Morek chaired the panel.', 'PERSON Jan Morek'],
    ['an ideological adjective is not part of the name', 'The Islamist Norvada party won seats.', 'ORGANIZATION Norvada'],
    ['a "-leaning" adjective is not part of the name', 'The Liberal-leaning Torvik movement grew.', 'ORGANIZATION Torvik'],
  ])('%s', (_rule, body, expected) => {
    expect(summary(body)).toContain(expected);
  });

  it.each([
    ['a month before a number stays a date', 'Talks resume on Jan 5 in Oslo.', ['LOCATION Oslo']],
    ['a sentence-initial group noun is no organisation', 'Rebels attacked the post. Rebel fighters fled.', []],
    ['an all-capitals desk code is no name', 'Markets were calm on Friday. ZNA KT', ['ORGANIZATION ZNA']],
  ])('%s', (_rule, body, expected) => {
    expect(core(body)).toEqual(expected);
  });
});

describe('acronyms and expansions', () => {
  it('joins a short name to its bracketed expansion and its later mentions', () => {
    const es = entitiesOf('Velcom (Velmora Communications Company) grew fast. Velcom later cut jobs.');
    expect(es.filter((e) => e.type === 'ORGANIZATION').map((e) => e.mentions.length)).toEqual([3]);
  });

  it('joins an acronym written in another order to the full name', () => {
    const es = entitiesOf('BNR raised rates. The National Bank of Ruritania said inflation fell.');
    expect(find(es, 'National Bank of Ruritania')?.mentions.map((m) => m.text)).toEqual(['BNR', 'National Bank of Ruritania']);
  });

  it('joins the initials of a name with "for" and "and" in it', () => {
    const es = entitiesOf('The Bank for Trade and Development lent money. BTD later lent more.');
    expect(find(es, 'Bank for Trade and Development')?.mentions).toHaveLength(2);
  });
});

describe('state bodies and their variants', () => {
  it('joins the variants of one military, canonical the fullest capitalised form', () => {
    const es = entitiesOf("The Moldovan army moved in. Moldova's armed forces denied it. Moldovan Armed Forces chiefs met. The army said nothing.");
    const orgs = es.filter((e) => e.type === 'ORGANIZATION');
    expect(orgs.map((o) => o.name)).toEqual(['Moldovan Armed Forces']);
    expect(orgs[0]!.mentions).toHaveLength(4);
    expect(find(es, 'Moldova')?.type).toBe('COUNTRY');
  });

  it.each([
    ['a lower-case ministry', 'The Peruvian finance ministry denied it.', 'ORGANIZATION Peruvian finance ministry'],
    ['a lower-case foreign office', 'Officials at the Chile foreign office agreed.', 'ORGANIZATION Chile foreign office'],
    ['a capitalised institution after "the"', 'Later the Parliament voted.', 'ORGANIZATION Parliament'],
  ])('%s', (_rule, body, expected) => {
    expect(summary(body)).toContain(expected);
  });

  it("names a capitalised ministry with its possessive state, and a bare form later joins it", () => {
    const es = entitiesOf("Peru's Foreign Ministry announced the visit. The Foreign Ministry said it was ready.");
    const orgs = es.filter((e) => e.type === 'ORGANIZATION');
    expect(orgs.map((o) => o.name)).toEqual(["Peru's Foreign Ministry"]);
    expect(orgs[0]!.mentions).toHaveLength(2);
    expect(find(es, 'Peru')?.type).toBe('COUNTRY');
  });

  it.each([
    ['Foreign Affairs', 'Foreign Ministry', 'the same portfolio', 2],
    ['Health', 'Foreign Ministry', 'another portfolio', 1],
  ])("joins a bare ministry to a state's Ministry of %s named head first when it is %s", (portfolio, bare, _case, mentions) => {
    const es = entitiesOf(`Peru's Ministry of ${portfolio} announced the visit. The ${bare} said it was ready.`);
    expect(find(es, `Ministry of ${portfolio}`)?.mentions).toHaveLength(mentions);
  });

  it('keeps the ministries of two states apart', () => {
    const es = entitiesOf("Peru's Foreign Ministry and the Chilean Foreign Ministry met.");
    expect(es.filter((e) => e.type === 'ORGANIZATION').map((o) => o.name).sort()).toEqual(['Chilean Foreign Ministry', "Peru's Foreign Ministry"]);
  });

  it('does not join an ethnic group to an organisation that shares its word', () => {
    const es = entitiesOf('Leaders of the Tarsi minority joined the Tarsi Congress.');
    expect(find(es, 'Tarsi')?.type).toBe('OTHER');
    expect(find(es, 'Tarsi Congress')?.mentions).toHaveLength(1);
  });
});

describe('capitalised common terms', () => {
  it.each([
    ['an economic indicator', 'The Consumer Price Index rose again.'],
    ['a weapon', 'Police found a Rocket Propelled Grenade and an AKM.'],
    ['plural abbreviations', 'The FMs met the MPs.'],
    ['a unit after a figure', 'The plant will add 600 MW by 2030 and ship 2 bcm of gas.'],
    ['a time zone after a clock time', 'The vote closed at 10.35 EDT on Tuesday.'],
    ['trade and aid terms', 'The FTA will follow the ODA loans.'],
  ])('%s is no core entity', (_rule, body) => {
    expect(core(body)).toEqual([]);
  });
});

describe('types from local context', () => {
  it.each([
    ['a surname speaking', 'Dorrek said the vote was fair.', 'Dorrek', 'PERSON'],
    ['a list of towns', 'Shelling hit the towns of Bardo and Selim.', 'Selim', 'LOCATION'],
    ['a village noun after a name', 'Dorvan village burned overnight.', 'Dorvan', 'LOCATION'],
    ['a newspaper cited as a source', 'The Zeta newspaper reported the clash.', 'Zeta', 'ORGANIZATION'],
    ['a source that reported', 'Velloc reported the clash.', 'Velloc', 'ORGANIZATION'],
    ['a name a place owns, in a phrase of place', "Soldiers exchanged fire in north Kashmir's Dorvan, officials said.", 'Dorvan', 'LOCATION'],
  ])('%s', (_rule, body, name, type) => {
    expect(typeOf(body, name)).toBe(type);
  });

  it('"the" before a name-shaped phrase makes it no person', () => {
    expect(core('He was arrested by the Harbour Enforcement.').filter((s) => s.startsWith('PERSON'))).toEqual([]);
  });

  it('joins a surname after a comma to the full name', () => {
    const es = entitiesOf('Yusuf Karam met the envoy. Karam, however, said nothing.');
    expect(find(es, 'Yusuf Karam')?.mentions).toHaveLength(2);
  });
});

describe('headline mentions', () => {
  const run = (headline: string, body: string) => {
    const article = segment(parseArticle({ slug: 't', file: 't.txt', text: `${headline}\n\n${body}\n`, contentHash: 'h' }));
    return withHeadlineMentions(article, extractEntities(article));
  };
  const titleTexts = (es: ReturnType<typeof run>, name: string) => find(es, name)?.mentions.filter((m) => m.inTitle).map((m) => m.text);

  it.each([
    ['a surname', 'Tarkin Meets Envoys In Moscow', 'Russian Foreign Minister Ivo Tarkin met envoys.', 'Ivo Tarkin', ['Tarkin']],
    ['a demonym of a named country', 'Russian Envoy Meets Reporters', 'Russian Foreign Minister Ivo Tarkin spoke.', 'Russia', ['Russian']],
    ['a body name in title case', 'Velmora Holdings Shares Fall', 'Shares of Velmora Holdings fell on Monday.', 'Velmora Holdings', ['Velmora Holdings']],
  ])('links %s to the body entity', (_rule, headline, body, name, expected) => {
    expect(titleTexts(run(headline, body), name)).toEqual(expected);
  });

  it('adds a headline-only country and a known organisation', () => {
    const es = run('Kenya Asks WHO For Help', 'Officials asked for vaccines on Monday.');
    expect(titleTexts(es, 'Kenya')).toEqual(['Kenya']);
    expect(titleTexts(es, 'World Health Organization')).toEqual(['WHO']);
  });

  it('keeps title offsets into the headline and ignores common words', () => {
    const headline = 'Talks In Oslo Go On As Ruritania Waits';
    const es = run(headline, 'Delegates met again.');
    for (const e of es) for (const m of e.mentions.filter((x) => x.inTitle)) expect(headline.slice(m.start, m.end)).toBe(m.text);
    expect(es.flatMap((e) => e.mentions.filter((m) => m.inTitle).map((m) => m.text)).sort()).toEqual(['Oslo']);
  });
});

describe('states that no longer exist, and long portfolios', () => {
  it.each([
    ['Exports to the Soviet Union fell after 1991.', 'COUNTRY Soviet Union'],
    ['Rebels advanced across Zaire in 1997.', 'COUNTRY Zaire'],
    ['The Zairean army fled the town.', 'COUNTRY Zaire'],
  ])('types a former state as a country: %s', (body, expected) => {
    expect(summary(body)).toContain(expected);
  });

  it('reads a company named for its mines as an organisation', () => {
    expect(summary('The miners met Velmora Copper Mines on Monday.')).toContain('ORGANIZATION Velmora Copper Mines');
  });

  it('reads "Sustainable Development" as part of a portfolio before a name', () => {
    const es = entitiesOf("Kenya's Minister of Trade and Sustainable Development Jo Bloggs opened the fair.");
    expect(find(es, 'Jo Bloggs')?.mentions[0]?.role?.title).toBe('minister of trade and sustainable development');
  });
});

describe('portfolios, honorifics and sentence ends inside a name', () => {
  it('reads portfolio words before a minister\'s head as the title, not as an owner', () => {
    const es = entitiesOf('Climate Change Minister Jo Bloggs opened the talks.');
    expect(find(es, 'Jo Bloggs')?.mentions[0]?.role?.title).toBe('climate change minister');
    expect(core('Climate Change Minister Jo Bloggs opened the talks.')).toEqual(['PERSON Jo Bloggs']);
  });

  it('starts the name at an honorific after a portfolio of capitalised words', () => {
    const es = entitiesOf('The group included Minister for Island Peoples Dr Jo Bloggs.');
    expect(find(es, 'Jo Bloggs')?.mentions[0]?.role?.title).toBe('minister for island peoples');
    expect(core('The group included Minister for Island Peoples Dr Jo Bloggs.')).toEqual(['PERSON Jo Bloggs']);
  });

  it.each([
    ['a weekday after a state that is also a given name', 'The rebels crossed into Chad Tuesday.', 'COUNTRY Chad'],
    ['a sentence end after a state inside a quote', '"Our leader is in Chad. We want no harm done to him," he said.', 'COUNTRY Chad'],
  ])('%s', (_rule, body, expected) => {
    expect(core(body)).toEqual([expected]);
  });

  it.each([
    ['a title word alone', 'Press reports said the talks were held in secret.'],
    ['a title word before a demonym and a plural', 'Senior Ruritanian officials said the talks failed.'],
  ])('keeps a sentence-initial %s out of names', (_rule, body) => {
    expect(core(body).filter((s) => s.startsWith('ORGANIZATION') || s.startsWith('PERSON'))).toEqual([]);
  });

  it('keeps a sentence-initial title word that opens an organisation\'s name', () => {
    expect(core('National League for Peace leader Ana Kos told reporters.')).toContain('ORGANIZATION National League for Peace');
  });
});
