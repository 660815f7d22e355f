// Table tests for companies by context, business titles, ministries told apart by portfolio,
// hyphenated and East Asian names, long titles, middle-name short forms and lower-case governments.
// Every sentence here is invented; the company names are made up or generic.
import { describe, expect, it } from 'vitest';
import { entitiesOf, find, summary } from './entitiesHelpers.js';

const typeOf = (body: string, name: string) => find(entitiesOf(body), name)?.type;

describe('companies typed by context', () => {
  it.each([
    ['a business title after the name', 'Quarlo CEO Dana Whitcombe said the deal would close next year.', 'Quarlo'],
    ['a possessive owning shares', "Quarlo's shares rose 4 percent on Monday.", 'Quarlo'],
    ['a possessive owning a plant', "Workers at Quarlo's plant went on strike.", 'Quarlo'],
    ['shares of a name', 'Shares of Quarlo fell after the announcement.', 'Quarlo'],
    ['a stake in a name', 'The fund bought a stake in Quarlo last year.', 'Quarlo'],
    ['a company-only verb', 'Quarlo acquired a rival last year.', 'Quarlo'],
    ['results reported', 'Quarlo reported record quarterly earnings on Tuesday.', 'Quarlo'],
    ['"said its"', 'Quarlo said its profit doubled.', 'Quarlo'],
    ['"the company" after it', 'Quarlo opened an office in the city. The company said it would hire staff.', 'Quarlo'],
    ['a name compromise knows as a company', 'Vodafone said in a statement it would appeal.', 'Vodafone'],
    ['a common word used as a company name', "Alphabet's revenue beat forecasts.", 'Alphabet'],
    ['consultancy with a common last word', 'Analysts at Brenmoor Economics expect growth to slow.', 'Brenmoor Economics'],
    ['research house', 'A survey by the Halvard Research Center found support fell.', 'Halvard Research Center'],
  ])('%s', (_rule, body, name) => {
    expect(typeOf(body, name)).toBe('ORGANIZATION');
  });

  it('a person speaking of "his" stays a person', () => {
    expect(typeOf('Whitcombe said his team would respond.', 'Whitcombe')).toBe('PERSON');
  });

  it('a business title gives the person a role of the company', () => {
    const es = entitiesOf('Quarlo chief executive Dana Whitcombe said sales rose.');
    const person = find(es, 'Dana Whitcombe')!;
    const role = person.mentions.find((m) => m.role)?.role;
    expect(role?.title).toBe('chief executive');
    expect(es[role!.ofKey!]?.name).toBe('Quarlo');
  });

  it('a capitalised CEO before a name is a role, the owner a company', () => {
    const es = entitiesOf('Quarlo CEO Dana Whitcombe said sales rose.');
    const role = find(es, 'Dana Whitcombe')!.mentions.find((m) => m.role)?.role;
    expect(role?.title).toBe('ceo');
    expect(es[role!.ofKey!]?.type).toBe('ORGANIZATION');
  });

  it('a memorandum of understanding written "MoU" is no organisation', () => {
    expect(summary('Chile and Peru signed four MoUs. The MoU on water was the last, and an MOU on trade came first.')).toEqual(['COUNTRY Chile', 'COUNTRY Peru']);
  });

  it('a CEO acronym with no name after it is no role', () => {
    expect(summary('They are all Peruvian MPs and one MP. That is the position.')).not.toContain('PERSON That');
  });
});

describe('company names at boundaries', () => {
  it.each([
    ['two companies joined by "and"', 'The deal between Quarlo Inc. and Tessaly Corp. was approved.', ['ORGANIZATION Quarlo Inc', 'ORGANIZATION Tessaly Corp']],
    ['two consultancies joined by "and"', 'Brenmoor Economics and Fallow Economics both cut forecasts.', ['ORGANIZATION Brenmoor Economics', 'ORGANIZATION Fallow Economics']],
    ['a suffix\'s dot ends the name', 'Shares rose at Quarlo Inc. Tessaly Corp said it would bid.', ['ORGANIZATION Quarlo Inc', 'ORGANIZATION Tessaly Corp']],
  ])('%s', (_rule, body, expected) => {
    const s = summary(body);
    for (const e of expected) expect(s).toContain(e);
  });

  it('keeps a suffix run together ("Co. Ltd")', () => {
    expect(summary('Talmor Electronics Co. Ltd said sales rose.')).toContain('ORGANIZATION Talmor Electronics Co. Ltd');
  });
});

describe('state ministries told apart by portfolio', () => {
  const body = "Peru's foreign ministry condemned the attack. The Peruvian finance ministry said the budget was on track. The ministry added that talks would resume.";
  it('two portfolios are two organisations', () => {
    const orgs = entitiesOf(body).filter((e) => e.type === 'ORGANIZATION');
    expect(orgs).toHaveLength(2);
  });
  it('a bare "the ministry" joins the ministry named last before it', () => {
    const finance = find(entitiesOf(body), 'Peruvian finance ministry')!;
    expect(finance.aliases).toContain('The ministry');
  });
  it('"the foreign ministry" joins the foreign ministry', () => {
    const es = entitiesOf(`${body} Later the foreign ministry summoned the envoy.`);
    expect(find(es, "Peru's foreign ministry")?.aliases).toContain('the foreign ministry');
  });
});

describe('hyphenated and East Asian names', () => {
  it.each([
    ['an ezafe particle inside a party name', 'Supporters of Velmora Tehrik-e-Adl marched on Friday.', 'ORGANIZATION Velmora Tehrik-e-Adl'],
    ['a hyphenated given name after a family name', 'President Park Min-jun met the envoy.', 'PERSON Park Min-jun'],
    ['a given name ending in a particle-like syllable', 'Former leader Choi Dae-in attended.', 'PERSON Choi Dae-in'],
    ['a Wade-Giles syllable ending in "h"', 'Former party chairman Lin Ming-teh attended.', 'PERSON Lin Ming-teh'],
    ['a given name ending in an English-looking syllable after a family name', 'He will meet Prime Minister Jung Min-won this week.', 'PERSON Jung Min-won'],
    ['a family name with a place-word given name', 'Kim Park, an opposition lawmaker, criticised the plan.', 'PERSON Kim Park'],
    ['a compass word opening a state adjective', 'South Korean President Park Min-jun arrived.', 'COUNTRY South Korea'],
  ])('%s', (_rule, body, expected) => {
    expect(summary(body)).toContain(expected);
  });

  it('a descriptive hyphen compound is not joined', () => {
    const s = summary('Velmora-backed fighters, Tarvo-run councils and the Bloggs-won seats met.');
    expect(s.some((x) => x.includes('backed') || x.includes('run') || x.includes('won'))).toBe(false);
  });
});

describe('long titles, middle names, governments', () => {
  it('a title "X of the Y" before a name is the role', () => {
    const p = find(entitiesOf('Minister of the Interior Ana Ruvalo said the curfew would end.'), 'Ana Ruvalo')!;
    expect(p.mentions[0]!.role?.title).toBe('minister of the interior');
  });

  it('"Chancellor of the Exchequer" is split off', () => {
    const p = find(entitiesOf('Chancellor of the Exchequer Ana Ruvalo said the budget would balance.'), 'Ana Ruvalo')!;
    expect(p.mentions[0]!.role?.title).toBe('chancellor of the exchequer');
  });

  it('a hyphenated family name spelt as one word joins the full name', () => {
    const es = entitiesOf('Party spokesman Omar Abdel-Karim spoke on Monday. Abdelkarim added that talks would resume.');
    expect(find(es, 'Omar Abdel-Karim')?.aliases).toContain('Abdelkarim');
    expect(es.filter((e) => e.type === 'PERSON')).toHaveLength(1);
  });

  it('a middle name alone joins the full name', () => {
    const es = entitiesOf('Commission chairman Tarek Musa Halabi urged calm. Musa said the talks must continue.');
    expect(find(es, 'Tarek Musa Halabi')?.aliases).toContain('Musa');
  });

  it('a lower-case "the X government" is the state', () => {
    const es = entitiesOf('The Peruvian government said the vote would go ahead.');
    expect(find(es, 'Peru')?.aliases).toContain('Peruvian government');
  });

  it('"the X government\'s" in the possessive is the state too, not part of the title after it', () => {
    const es = entitiesOf('The Chilean government\'s chief negotiator, Jo Bloggs, met Ana Kos on Monday.');
    expect(find(es, 'Chile')?.aliases).toContain('Chilean government');
    expect(find(es, 'Jo Bloggs')?.type).toBe('PERSON');
  });

  it('a regional adjective opening an organisation stays in its name', () => {
    expect(summary('African Harbour Commission officials met.')).toContain('ORGANIZATION African Harbour Commission');
  });
});

describe('short forms and appositions', () => {
  it('a bracketed acronym\'s later mentions join the full name', () => {
    const es = entitiesOf('Talks began with the Popular Renewal Army (PRA) on Monday. The PRA said it was ready.');
    expect(es.filter((e) => e.type === 'ORGANIZATION').map((e) => e.name)).toEqual(['Popular Renewal Army']);
  });

  it('a bracketed nickname built from the name joins the person', () => {
    const es = entitiesOf('President Tamo Rendano (Tamor) met the envoy. Tamor said ties were strong.');
    expect(find(es, 'Tamo Rendano')?.aliases).toContain('Tamor');
    expect(find(es, 'Tamor')).toBeUndefined();
  });

  it('a bracketed home town after a person stays a place', () => {
    expect(typeOf('Labour\'s Ana Ruvalo (Westbrook) raised the issue.', 'Westbrook')).toBe('LOCATION');
  });

  it('the last word of a company name stands for it', () => {
    const es = entitiesOf('The merger of Grand Orvian Quarlo and its rival was approved. Quarlo said the deal had cleared its first hurdle.');
    expect(find(es, 'Grand Orvian Quarlo')?.aliases).toContain('Quarlo');
  });

  it('a name in apposition to "party, the …" is an organisation', () => {
    expect(typeOf("The country's main opposition party, the Islamist Velmar, rejects the move.", 'Velmar')).toBe('ORGANIZATION');
  });

  it('a common first name in apposition to a role is a person', () => {
    expect(typeOf("Win Tarek, a member of the party's central committee, accused the commission of delay.", 'Win Tarek')).toBe('PERSON');
  });

  it('a group noun describing the next name does not make an organisation', () => {
    expect(typeOf('The army repelled an attack by the Kordi rebel Justice and Renewal Movement.', 'Kordi')).not.toBe('ORGANIZATION');
  });

  it('"Greater X" is a place', () => {
    expect(typeOf('Fighting spread to Greater Tolvan-Keji on Sunday.', 'Greater Tolvan-Keji')).toBe('LOCATION');
  });

  it('a known acronym in brackets gives its name to a variant long form, and a plus group stays apart', () => {
    const es = entitiesOf('Cuts by OPEC+ continue. He denied talks under the Organization of Petroleum Exporting Countries (OPEC) on output. OPEC members met.');
    const orgs = es.filter((e) => e.type === 'ORGANIZATION').map((e) => e.name).sort();
    expect(orgs).toEqual(['OPEC+', 'Organization of the Petroleum Exporting Countries']);
  });
});
