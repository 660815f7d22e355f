// US states as news writes them after a lawmaker's party letter: "(R-Texas)", "D-Del.", "R-N.Y.",
// "(D-CA)". The full names come from country-region-data (see lexicon.ts); this list adds the AP
// style abbreviations and postal codes that a party tag uses instead.

/** AP-style state abbreviations (without the final dot) → state name. States AP never abbreviates are left out. */
export const AP_STATE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  Ala: 'Alabama', Ariz: 'Arizona', Ark: 'Arkansas', Calif: 'California', Colo: 'Colorado', Conn: 'Connecticut', Del: 'Delaware',
  Fla: 'Florida', Ga: 'Georgia', Ill: 'Illinois', Ind: 'Indiana', Kan: 'Kansas', Kans: 'Kansas', Ky: 'Kentucky', La: 'Louisiana',
  Md: 'Maryland', Mass: 'Massachusetts', Mich: 'Michigan', Minn: 'Minnesota', Miss: 'Mississippi', Mo: 'Missouri', Mont: 'Montana',
  Neb: 'Nebraska', Nebr: 'Nebraska', Nev: 'Nevada', 'N.H': 'New Hampshire', 'N.J': 'New Jersey', 'N.M': 'New Mexico',
  'N.Y': 'New York', 'N.C': 'North Carolina', 'N.D': 'North Dakota', Okla: 'Oklahoma', Ore: 'Oregon', Pa: 'Pennsylvania',
  'R.I': 'Rhode Island', 'S.C': 'South Carolina', 'S.D': 'South Dakota', Tenn: 'Tennessee', Tex: 'Texas', Vt: 'Vermont',
  Va: 'Virginia', Wash: 'Washington', 'W.Va': 'West Virginia', Wis: 'Wisconsin', Wisc: 'Wisconsin', Wyo: 'Wyoming',
};

/** Postal codes → state name, read only inside a party tag ("R-TX"). */
export const US_POSTAL_CODES: Readonly<Record<string, string>> = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado', CT: 'Connecticut', DE: 'Delaware',
  FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois', IN: 'Indiana', IA: 'Iowa', KS: 'Kansas', KY: 'Kentucky',
  LA: 'Louisiana', ME: 'Maine', MD: 'Maryland', MA: 'Massachusetts', MI: 'Michigan', MN: 'Minnesota', MS: 'Mississippi',
  MO: 'Missouri', MT: 'Montana', NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire', NJ: 'New Jersey', NM: 'New Mexico',
  NY: 'New York', NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregon', PA: 'Pennsylvania',
  RI: 'Rhode Island', SC: 'South Carolina', SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas', UT: 'Utah', VT: 'Vermont',
  VA: 'Virginia', WA: 'Washington', WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming',
};

/** Party letters written before the state: Democrat, Republican, Independent. */
export const PARTY_LETTERS: readonly string[] = ['D', 'R', 'I'];
