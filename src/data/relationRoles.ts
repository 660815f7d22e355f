// Head nouns of roles and descriptions, for relations stated without a verb:
// "Acme President Jo Bloggs", "Jo Bloggs, the former head of Acme", "the Ruritanian capital".
// Logic lives in src/extract/relations/*; this file only lists words.
import { RANK_QUALIFIERS, TITLE_HEADS, TITLE_MODIFIERS } from './titles.js';

/**
 * Last word of a person's title ("foreign minister", "press secretary", "head coach"): the shared
 * title heads of titles.ts plus roles that are stated in apposition rather than before a name.
 */
export const ROLE_HEADS: ReadonlySet<string> = new Set([
  ...TITLE_HEADS.filter((t) => !t.includes(' ')),
  'spiker', 'setter', 'member', 'founder', 'aide', 'official', 'partner', 'successor', 'predecessor', 'rival', 'ally',
  'patron', 'dean', 'rector', 'researcher', 'scientist', 'champion', 'chief', 'flag-bearer', 'chairman-elect', 'mediator', 'facilitator',
]);

/** Roles held for a person rather than a body ("spokesman for Jo Bloggs", "an aide to Jo Bloggs"). */
export const STAFF_HEADS: ReadonlySet<string> = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'adviser', 'advisor', 'aide', 'assistant', 'lawyer', 'attorney', 'counsel', 'secretary', 'deputy', 'bodyguard',
]);

/** Short or informal titles and the full title they stand for ("the Ruritanian premier", "FM's aide"). */
export const TITLE_SYNONYMS: Readonly<Record<string, string>> = {
  premier: 'prime minister',
  pm: 'prime minister',
  fm: 'foreign minister',
  'foreign secretary': 'foreign minister',
  spokeswoman: 'spokesman',
  spokesperson: 'spokesman',
  chairwoman: 'chairman',
  chair: 'chairman',
  chairperson: 'chairman',
  advisor: 'adviser',
  ceo: 'chief executive',
  'chief executive officer': 'chief executive',
};

/** Words that may precede a title and belong to it ("deputy foreign minister", "former president"). */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set([
  'former', 'deputy', 'vice', 'acting', 'interim', 'outgoing', 'out-going', 'incoming', 'then', 'ex', 'late',
  'first', 'chief', 'senior', 'top', 'assistant', 'associate', 'junior', 'new', 'current', 'incumbent', 'co',
]);

/** Words that may stand inside a title before its head ("foreign", "press", "chief"), from titles.ts. */
export const TITLE_WORDS: ReadonlySet<string> = new Set(TITLE_MODIFIERS.filter((t) => !t.includes(' ')));

/** Honorifics that stand between a title and a name ("Adviser, Mr Jo Bloggs"); not part of the title. */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', 'amb', 'gen', 'brig', 'col', 'maj', 'lt',
  'capt', 'sgt', 'rev', 'hon', 'sen', 'rep', 'gov', 'mx', 'h.e', 'alhaji', 'chief', 'madam', 'madame', 'mme', 'comrade', 'engr',
  // "Senior Gen.", "Retired Col.": a rank's qualifier goes with it.
  ...RANK_QUALIFIERS,
]);

/** Small words allowed inside a capitalised title ("Special Envoy on Trade and Energy", "Minister of State"). */
export const TITLE_LINKS: ReadonlySet<string> = new Set(['on', 'of', 'and', 'for', '&']);

/**
 * Head nouns of a description of an organisation or place in apposition ("Acme, a major Initech supplier",
 * "Fortville, a key stronghold of the rebels") with the predicate they give (`{noun}` is the noun itself).
 */
export const DESCRIPTION_HEADS: Readonly<Record<string, string>> = {
  supplier: '{noun} of', customer: '{noun} of', client: '{noun} of', subsidiary: '{noun} of', unit: '{noun} of',
  affiliate: '{noun} of', arm: '{noun} of', wing: '{noun} of', branch: '{noun} of', division: '{noun} of',
  member: '{noun} of', partner: '{noun} of', ally: '{noun} of', rival: '{noun} of', competitor: '{noun} of',
  stronghold: '{noun} of', capital: '{noun} of', headquarters: '{noun} of', seat: '{noun} of', base: '{noun} of',
  part: '{noun} of', owner: '{noun} of', parent: '{noun} of', shareholder: '{noun} of', investor: '{noun} of',
  contractor: '{noun} of', proxy: '{noun} of', proxies: '{noun} of', creditor: '{noun} of', lender: '{noun} of',
  city: 'located in', town: 'located in', village: 'located in', province: 'located in', region: 'located in',
  district: 'located in', state: 'located in', port: 'located in', county: 'located in', island: 'located in',
  suburb: 'located in', neighbourhood: 'located in', neighborhood: 'located in', area: 'located in', resort: 'located in',
  company: 'based in', firm: 'based in', bank: 'based in', group: 'based in', brokerage: 'based in',
  carrier: 'based in', airline: 'based in', maker: 'based in', manufacturer: 'based in', giant: 'based in',
  'tech-giant': 'based in', conglomerate: 'based in', insurer: 'based in', retailer: 'based in', producer: 'based in',
  newspaper: 'based in', broadcaster: 'based in', agency: '{noun} of', ministry: '{noun} of', government: 'government of',
  army: 'army of', military: 'military of', forces: 'armed forces of', police: 'police of', parliament: 'parliament of', embassy: 'embassy of', team: 'team of',
};

/** Titles whose holder represents a place rather than leads it ("MP for Westshire"). */
export const REPRESENTATIVE_TITLES: ReadonlySet<string> = new Set(['mp', 'mep', 'member', 'senator', 'representative', 'congressman', 'congresswoman', 'lawmaker', 'deputy', 'candidate']);

/**
 * Heads of national offices: a title with one of these and no owner written belongs to the
 * article's country ("President Jo Bloggs" in a story about Ruritania).
 */
export const NATIONAL_TITLE_HEADS: ReadonlySet<string> = new Set([
  'president', 'vice-president', 'vice president', 'prime minister', 'premier', 'chancellor', 'minister', 'king', 'queen',
  'emir', 'sultan', 'monarch', 'crown prince', 'ambassador', 'envoy', 'foreign secretary', 'attorney-general',
  'attorney general', 'chief justice', 'president-elect', 'prime minister-elect',
]);

/** National titles that several people hold at once ("ambassador"): no one holder excludes another. */
export const SHARED_TITLE_HEADS: ReadonlySet<string> = new Set(['ambassador', 'envoy', 'official', 'spokesman', 'adviser', 'diplomat']);

/**
 * Common nouns that stand for an organisation of the story ("the party head", "Army spokesman",
 * "the rebel leader"): the names that fit, and whether the country stands in when none is named.
 */
export const GENERIC_OWNER_NOUNS: Readonly<Record<string, { pattern: RegExp; country: boolean }>> = {
  army: { pattern: /\b(army|armed forces|military|defen[cs]e forces)\b/, country: true },
  military: { pattern: /\b(army|armed forces|military|defen[cs]e forces)\b/, country: true },
  police: { pattern: /\bpolice\b/, country: true },
  government: { pattern: /\bgovernment\b/, country: true },
  ministry: { pattern: /\bministry\b|\bforeign office\b/, country: false },
  party: { pattern: /\bparty\b/, country: false },
  opposition: { pattern: /\b(party|alliance|front|movement|coalition|opposition)\b/, country: false },
  rebel: { pattern: /\b(rebels?|movement|front|liberation|militia|forces|army|brigades?|group)\b/, country: false },
  rebels: { pattern: /\b(rebels?|movement|front|liberation|militia|forces|army|brigades?|group)\b/, country: false },
  militia: { pattern: /\b(militia|forces|brigades?|front|movement|group)\b/, country: false },
  insurgent: { pattern: /\b(movement|front|liberation|militia|forces|army|group|state)\b/, country: false },
  movement: { pattern: /\b(movement|front)\b/, country: false },
  group: { pattern: /./, country: false },
  company: { pattern: /./, country: false },
  firm: { pattern: /./, country: false },
  coalition: { pattern: /\b(coalition|alliance)\b/, country: false },
  alliance: { pattern: /\b(coalition|alliance)\b/, country: false },
  union: { pattern: /\bunion\b/, country: false },
  bank: { pattern: /\bbank\b/, country: false },
  council: { pattern: /\bcouncil\b/, country: false },
  commission: { pattern: /\bcommission\b/, country: false },
  committee: { pattern: /\bcommittee\b/, country: false },
  agency: { pattern: /\bagency\b/, country: false },
  federation: { pattern: /\bfederation\b/, country: false },
  league: { pattern: /\bleague\b/, country: false },
  club: { pattern: /\bclub\b/, country: false },
  junta: { pattern: /\b(junta|council|military|army)\b/, country: true },
};

/** Verbs that give a role to the person before them: "was elected president of", "was named as", "was confirmed to serve as". */
export const APPOINTMENT_VERBS: ReadonlySet<string> = new Set([
  'appointed', 'named', 'elected', 'nominated', 'sworn', 'installed', 'chosen', 'confirmed', 'reappointed', 're-elected',
  'reelected', 'promoted', 'approved', 'selected', 'picked', 'tapped', 'designated', 'hired', 'recruited', 'inaugurated',
]);

/** Verbs of taking up or holding a role: "became president of", "to serve as", "has served as". */
export const BECOME_VERBS: ReadonlySet<string> = new Set(['became', 'become', 'becomes', 'serve', 'serves', 'served', 'serving', 'act', 'acts', 'acted', 'acting', 'remain', 'remains', 'remained']);

/** Verbs of leaving an office, before "as" and the title: the person held it ("stepped down as president of Ruritania"). */
export const LEAVING_VERBS: ReadonlySet<string> = new Set(['stepped', 'steps', 'step', 'resigned', 'resigns', 'resign', 'quit', 'quits', 'retired', 'retires']);

/** Words before a title in an apposition that tell when it was taken ("the newly appointed head of"): passed over. */
export const APPOINTMENT_MODIFIERS: ReadonlySet<string> = new Set(['newly', 'recently', 'appointed', 'elected', 're-elected', 'named', 'newly-appointed', 'newly-elected']);

/** Titles of a team's staff and players: a country's team stands for the country ("Coach Jo Bloggs" of Ruritania's side). */
export const TEAM_TITLE_HEADS: ReadonlySet<string> = new Set(['coach', 'manager', 'captain', 'striker', 'goalkeeper', 'player', 'skipper', 'midfielder', 'defender', 'forward', 'spiker', 'setter', 'trainer']);

/** Titles of people who work for a news medium: only these are guessed to be held at one. */
export const MEDIA_TITLE_HEADS: ReadonlySet<string> = new Set(['correspondent', 'reporter', 'editor', 'journalist', 'columnist', 'photographer', 'anchor', 'presenter', 'producer', 'commentator']);

/** Military ranks and forms of address: titles that name no office, so no owner is guessed for them. */
export const RANK_TITLE_HEADS: ReadonlySet<string> = new Set([
  'colonel', 'col', 'general', 'gen', 'major', 'maj', 'lieutenant', 'lt', 'brigadier', 'brig', 'sergeant', 'sgt', 'corporal',
  'private', 'marshal', 'admiral', 'adm', 'commodore', 'capt', 'cmdr', 'dr', 'doctor', 'professor', 'prof', 'sir', 'lord', 'lady',
  'dame', 'sheikh', 'prince', 'princess', 'rev', 'reverend', 'father', 'imam', 'rabbi', 'mr', 'mrs', 'ms', 'judge', 'justice',
]);

/** Family and personal ties between two people ("A, wife of B", "his son A"), with the noun the predicate uses. */
export const FAMILY_NOUNS: Readonly<Record<string, string>> = {
  wife: 'wife', husband: 'husband', spouse: 'spouse', widow: 'widow', widower: 'widower', fiancee: 'fiancee', 'fiancée': 'fiancee', fiance: 'fiance', 'fiancé': 'fiance',
  son: 'son', daughter: 'daughter', brother: 'brother', sister: 'sister', father: 'father', mother: 'mother',
  'half-brother': 'half-brother', 'half-sister': 'half-sister', stepbrother: 'stepbrother', stepsister: 'stepsister',
  stepson: 'stepson', stepdaughter: 'stepdaughter', stepfather: 'stepfather', stepmother: 'stepmother',
  'son-in-law': 'son-in-law', 'daughter-in-law': 'daughter-in-law', 'brother-in-law': 'brother-in-law', 'sister-in-law': 'sister-in-law',
  cousin: 'cousin', nephew: 'nephew', niece: 'niece', uncle: 'uncle', aunt: 'aunt',
  grandson: 'grandson', granddaughter: 'granddaughter', grandfather: 'grandfather', grandmother: 'grandmother',
  friend: 'friend', girlfriend: 'girlfriend', boyfriend: 'boyfriend', confidant: 'confidant', confidante: 'confidant',
};
