// Countries from the `world-countries` package: names, official names, alternative spellings,
// demonyms and capitals, plus the everyday short forms news writes that the package leaves out
// ("US", "Britain", "N. Korea"). COUNTRY is a sovereign state; states with limited recognition that
// hold their own ISO code count too. Dependencies and territories are places.
import { createRequire } from 'node:module';
import type { Countries } from 'world-countries';

const worldCountries = createRequire(import.meta.url)('world-countries') as Countries;

export interface CountryEntry {
  /** ISO 3166-1 alpha-2 code. */
  code: string;
  /** Usual full name ("United States", "United Kingdom"). */
  name: string;
  /** Every name that denotes the state itself. */
  names: string[];
  /** Adjectives and demonyms ("Russian", "Sri Lankan"). */
  demonyms: string[];
  capitals: string[];
  /** A sovereign state (or one with limited recognition): typed COUNTRY. Otherwise a LOCATION. */
  sovereign: boolean;
}

/** States of limited recognition that news treats as countries. */
const LIMITED_RECOGNITION = new Set(['TW', 'XK', 'PS']);

/** Everyday names the package does not list, by ISO code. */
const EXTRA_NAMES: Record<string, string[]> = {
  US: ['US', 'U.S.', 'U.S.A.', 'USA', 'America', 'United States of America'],
  GB: ['UK', 'U.K.', 'Britain', 'Great Britain'],
  AE: ['UAE', 'U.A.E.'],
  KP: ['N. Korea', 'N.Korea', 'DPRK'],
  KR: ['S. Korea', 'S.Korea', 'ROK'],
  CD: ['Congo', 'DRC', 'DR Congo', 'Democratic Republic of Congo', 'Congo-Kinshasa'],
  CZ: ['Czech Republic', 'Czechia'],
  TR: ['Turkey', 'Turkiye', 'Türkiye'],
  CG: ['Republic of Congo', 'Congo-Brazzaville', 'Congo Republic'],
  SA: ['KSA'],
  PG: ['PNG'],
  BA: ['Bosnia', 'BiH'],
  TT: ['Trinidad'],
  AG: ['Antigua'],
  ST: ['Sao Tome', 'São Tomé'],
  GW: ['Guinea Bissau'],

  MM: ['Burma'],
  CI: ['Ivory Coast', "Côte d'Ivoire", "Cote d'Ivoire"],
  SZ: ['Swaziland', 'Eswatini'],
  MK: ['Macedonia', 'North Macedonia', 'Former Yugoslav Republic of Macedonia', 'FYROM', 'FYR Macedonia'],
  CV: ['Cape Verde'],
  TL: ['East Timor'],
  VA: ['Vatican', 'Holy See', 'Vatican City'],
  NL: ['Holland'],
  RU: ['Russian Federation'],
  CN: ["People's Republic of China", 'PRC', 'Mainland China'],
  IR: ['Islamic Republic of Iran'],
  SY: ['Syrian Arab Republic'],
  LA: ['Laos', 'Lao PDR'],
  VN: ['Viet Nam'],
  BO: ['Bolivia'],
  VE: ['Venezuela'],
  TZ: ['Tanzania'],
  MD: ['Moldova'],
  BN: ['Brunei'],
  GM: ['The Gambia', 'Gambia'],
  BS: ['The Bahamas', 'Bahamas'],
};

/** The usual English name where the package's common name is not what English news writes. */
const USUAL_NAME: Record<string, string> = { TR: 'Turkey', CD: 'Democratic Republic of the Congo', CZ: 'Czech Republic', VA: 'Vatican City', CV: 'Cape Verde', SZ: 'Eswatini' };

/** Alternative spellings that are a demonym, a common word or a part of other names, not the state's name. */
const NOT_NAMES = new Set(['island', 'thai', 'togolese', 'prathet', 'dominique', 'mexicanos', 'portuguesa', 'timor', 'zhonghua']);

/** Adjectives the package does not list, by ISO code. */
const EXTRA_DEMONYMS: Record<string, string[]> = {
  SA: ['Saudi'],
  NP: ['Nepali'],
  AR: ['Argentinian'],
  PH: ['Philippine'],
  AF: ['Afghan'],
  KZ: ['Kazakh'],
  UZ: ['Uzbek'],
  TJ: ['Tajik'],
  KG: ['Kyrgyz'],
  CZ: ['Czech'],
  SI: ['Slovenian'],
  RS: ['Serb'],
  MV: ['Maldivian'],
  BY: ['Belarusian', 'Belarussian'],
  NZ: ['New Zealand'],
  GB: ['British', 'UK'],
  US: ['American', 'US', 'U.S.'],
  KP: ['North Korean'],
  KR: ['South Korean'],
  CD: ['Congolese'],
  DO: ['Dominican'],
  IL: ['Israeli'],
  TR: ['Turkish'],
  VN: ['Vietnamese'],
  EC: ['Ecuadorian'],
  CV: ['Cape Verdean'],
  BH: ['Bahraini'],
  QA: ['Qatari'],
  KW: ['Kuwaiti'],
  OM: ['Omani'],
  YE: ['Yemeni'],
  LB: ['Lebanese'],
};

/** Names or adjectives that belong to more than one state: given to the first code only. */
const PREFERRED_OWNER: Record<string, string> = { congo: 'CD', congolese: 'CD', dominican: 'DO', guinean: 'GN' };

/**
 * Short forms of a formal name: the state-form words before "of" dropped ("Islamic Republic of X",
 * "Kingdom of the X", "Federated States of X", "Republic of the Union of X" → X), and "Saint" also
 * written "St" and "St." ("Saint X and Y" → "St X and Y").
 */
const STATE_FORM = /^(?:(?:the|most|serene|independent|sovereign|and|united|federal|federated|democratic|socialist|people's|islamic|arab|plurinational|bolivarian|oriental|co-operative|hashemite|grand|great|unitary|free)\s+)*(?:republic|kingdom|state|states|commonwealth|principality|sultanate|duchy|emirate|federation|union|nation|confederation)\s+of\s+(?:the\s+)?/i;
export function shortForms(name: string): string[] {
  const out: string[] = [];
  let s = name.trim();
  for (let i = 0; i < 3; i++) {
    const m = STATE_FORM.exec(s);
    if (!m) break;
    s = s.slice(m[0].length);
    if (s && !/[(),]/.test(s)) out.push(s);
  }
  for (const n of [name, ...out]) if (/^Saint\s/.test(n)) out.push(n.replace(/^Saint\s/, 'St '), n.replace(/^Saint\s/, 'St. '));
  return out;
}

/** Alternative spellings that are codes, native-script names or otherwise not news English. */
function usableName(s: string): boolean {
  return s.length >= 3 && /^[\p{Script=Latin}\s.'’()-]+$/u.test(s) && !/,/.test(s) && !/[āēīōūŏŭ]/.test(s);
}

function build(): CountryEntry[] {
  const out: CountryEntry[] = [];
  for (const c of worldCountries) {
    const code = c.cca2;
    const sovereign = c.independent === true || LIMITED_RECOGNITION.has(code);
    const names = new Set<string>([c.name.common, c.name.official]);
    for (const alt of c.altSpellings ?? []) if (usableName(alt) && !NOT_NAMES.has(alt.toLowerCase())) names.add(alt);
    for (const extra of EXTRA_NAMES[code] ?? []) names.add(extra);
    const derived = new Set<string>();
    for (const n of names) for (const short of shortForms(n)) if (usableName(short)) derived.add(short);
    const demonyms = new Set<string>();
    const eng = c.demonyms?.eng;
    for (const d of [eng?.m, eng?.f]) for (const part of (d ?? '').split(/,| or /)) if (part.trim()) demonyms.add(part.trim());
    for (const extra of EXTRA_DEMONYMS[code] ?? []) demonyms.add(extra);
    out.push({ code, name: USUAL_NAME[code] ?? c.name.common, names: [...names], demonyms: [...demonyms], capitals: [...(c.capital ?? [])], sovereign, derived: [...derived] } as CountryEntry & { derived: string[] });
  }
  // A derived short form joins the names unless another state already has that name or also derives it ("Korea", "China").
  const taken = new Map<string, number>();
  for (const e of out) for (const n of e.names) taken.set(n.toLowerCase(), (taken.get(n.toLowerCase()) ?? 0) + 100);
  for (const e of out) for (const n of new Set((e as CountryEntry & { derived: string[] }).derived.map((d) => d.toLowerCase()))) taken.set(n, (taken.get(n) ?? 0) + 1);
  for (const e of out) {
    const withDerived = e as CountryEntry & { derived?: string[] };
    for (const d of withDerived.derived ?? []) {
      const k = d.toLowerCase();
      if (!e.names.some((n) => n.toLowerCase() === k) && taken.get(k) === 1) e.names.push(d);
    }
    delete withDerived.derived;
    if (!e.names.includes(e.name)) e.names.push(e.name);
  }
  // A shared name or adjective goes to one owner only.
  for (const [form, owner] of Object.entries(PREFERRED_OWNER)) {
    for (const entry of out) {
      if (entry.code === owner) continue;
      entry.names = entry.names.filter((n) => n.toLowerCase() !== form);
      entry.demonyms = entry.demonyms.filter((n) => n.toLowerCase() !== form);
    }
  }
  return out;
}

/**
 * States that no longer exist but that news, old and new, names as states ("the Soviet Union fell
 * apart"). Their codes are the alpha-2 codes ISO 3166-3 reserves for them.
 */
const FORMER_STATES: readonly CountryEntry[] = [
  { code: 'SU', name: 'Soviet Union', names: ['Soviet Union', 'USSR', 'U.S.S.R.', 'Union of Soviet Socialist Republics'], demonyms: ['Soviet'], capitals: [], sovereign: true },
  { code: 'YU', name: 'Yugoslavia', names: ['Yugoslavia', 'Socialist Federal Republic of Yugoslavia', 'Federal Republic of Yugoslavia'], demonyms: ['Yugoslav', 'Yugoslavian'], capitals: [], sovereign: true },
  { code: 'CS', name: 'Czechoslovakia', names: ['Czechoslovakia'], demonyms: ['Czechoslovak'], capitals: [], sovereign: true },
  { code: 'DD', name: 'East Germany', names: ['East Germany', 'German Democratic Republic', 'GDR'], demonyms: ['East German'], capitals: [], sovereign: true },
  { code: 'ZR', name: 'Zaire', names: ['Zaire', 'Republic of Zaire'], demonyms: ['Zairean', 'Zairian'], capitals: [], sovereign: true },
  { code: 'RH', name: 'Rhodesia', names: ['Rhodesia'], demonyms: ['Rhodesian'], capitals: [], sovereign: true },
];

export const COUNTRIES: readonly CountryEntry[] = [...build(), ...FORMER_STATES];
