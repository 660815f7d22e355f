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
  MM: ['Burma'],
  CI: ['Ivory Coast', "Côte d'Ivoire", "Cote d'Ivoire"],
  SZ: ['Swaziland', 'Eswatini'],
  MK: ['Macedonia', 'North Macedonia'],
  CV: ['Cape Verde'],
  TL: ['East Timor'],
  VA: ['Vatican', 'Holy See', 'Vatican City'],
  NL: ['Holland'],
  RU: ['Russian Federation'],
  CN: ["People's Republic of China", 'PRC', 'Mainland China'],
  IR: ['Islamic Republic of Iran'],
  SY: ['Syrian Arab Republic'],
  LA: ['Laos'],
  VN: ['Viet Nam'],
  BO: ['Bolivia'],
  VE: ['Venezuela'],
  TZ: ['Tanzania'],
  MD: ['Moldova'],
  BN: ['Brunei'],
  GM: ['The Gambia', 'Gambia'],
  BS: ['The Bahamas', 'Bahamas'],
};

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
    for (const alt of c.altSpellings ?? []) if (usableName(alt)) names.add(alt);
    for (const extra of EXTRA_NAMES[code] ?? []) names.add(extra);
    const demonyms = new Set<string>();
    const eng = c.demonyms?.eng;
    for (const d of [eng?.m, eng?.f]) for (const part of (d ?? '').split(/,| or /)) if (part.trim()) demonyms.add(part.trim());
    for (const extra of EXTRA_DEMONYMS[code] ?? []) demonyms.add(extra);
    out.push({ code, name: c.name.common, names: [...names], demonyms: [...demonyms], capitals: [...(c.capital ?? [])], sovereign });
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

export const COUNTRIES: readonly CountryEntry[] = build();
