// Titles and roles written before (or instead of) a person's name: "Foreign Minister", "army spokesman",
// "Chief Executive". Read by the entity, quote and relation stages. All entries are lower case; a
// title phrase is a run of modifiers ending in a head ("deputy foreign minister", "press secretary").

/** Nouns that end a title phrase and name the role itself. */
export const TITLE_HEADS: readonly string[] = [
  'president', 'president-elect', 'vice-president', 'premier', 'chancellor', 'minister', 'ministers', 'secretary', 'secretary-general',
  'undersecretary', 'under-secretary', 'undersecretary-general', 'under-secretary-general', 'under secretary', 'under secretary-general',
  'spokesman', 'spokeswoman', 'spokesperson', 'ambassador', 'envoy', 'leader', 'chairman', 'chairwoman', 'chair',
  'chairperson', 'director', 'director-general', 'executive', 'officer', 'ceo', 'cfo', 'coo', 'founder', 'co-founder',
  'king', 'queen', 'prince', 'princess', 'emperor', 'empress', 'sultan', 'emir', 'crown prince', 'monarch', 'pope', 'cardinal',
  'archbishop', 'bishop', 'imam', 'ayatollah', 'rabbi', 'governor', 'mayor', 'senator', 'congressman', 'congresswoman',
  'lawmaker', 'legislator', 'mp', 'mep', 'speaker', 'commander', 'commander-in-chief', 'general', 'admiral', 'colonel', 'chief',
  'head', 'adviser', 'advisor', 'counsellor', 'counselor', 'attorney', 'attorney-general', 'prosecutor', 'judge', 'justice',
  'coach', 'manager', 'captain', 'striker', 'goalkeeper', 'player', 'owner', 'boss', 'analyst', 'economist', 'professor',
  'editor', 'correspondent', 'reporter', 'journalist', 'diplomat', 'negotiator', 'deputy', 'counterpart',
  'flagbearer', 'candidate', 'nominee', 'challenger', 'opponent', 'incumbent', 'representative', 'delegate', 'commissioner',
  'inspector', 'superintendent', 'administrator', 'regulator', 'treasurer', 'governor-general', 'viceroy', 'consul',
  'chief of staff', 'pm', 'fm', 'mayor-elect', 'premier-elect', 'dictator', 'strongman', 'warlord', 'activist',
  'lawyer', 'trustee', 'coordinator', 'co-ordinator', 'convener', 'convenor', 'organiser', 'organizer',
];

/**
 * Modifiers that place a title in time ("Former president X", "Outgoing premier X"). Capitalised
 * only because they open a sentence, they are part of the title, never a name or a title's owner.
 */
export const TEMPORAL_TITLE_MODIFIERS: readonly string[] = ['former', 'ex', 'outgoing', 'out-going', 'incoming', 'acting', 'interim', 'caretaker', 'late', 'then', 'erstwhile', 'retired', 'disgraced', 'ousted', 'exiled', 'jailed'];

/** Words that may stand before a title head inside the title ("Foreign", "Deputy", "Press", "Chief"). */
export const TITLE_MODIFIERS: readonly string[] = [
  'deputy', 'vice', 'acting', 'interim', 'former', 'ex', 'then', 'late', 'outgoing', 'out-going', 'incoming', 'first', 'second',
  'senior', 'junior', 'chief', 'principal', 'assistant', 'associate', 'executive', 'managing', 'general', 'special', 'top',
  'prime', 'foreign', 'defence', 'defense', 'finance', 'interior', 'home', 'health', 'trade', 'economy', 'economic', 'energy',
  'oil', 'petroleum', 'education', 'justice', 'labour', 'labor', 'agriculture', 'information', 'communications', 'culture',
  'tourism', 'transport', 'environment', 'industry', 'commerce', 'security', 'national', 'state', 'press', 'cabinet',
  'presidential', 'royal', 'military', 'army', 'navy', 'police', 'government', 'opposition', 'ruling', 'majority',
  'minority', 'supreme', 'grand', 'crown', 'head', 'team', 'central', 'regional',
  'provincial', 'district', 'county', 'city', 'federal', 'legal', 'media', 'public', 'foreign affairs', 'affairs', 'field',
  'brigadier', 'lieutenant', 'major', 'air', 'naval', 'fleet', 'chief executive', 'operating', 'financial', 'technology',
  'development', 'planning', 'fisheries', 'water', 'mines', 'mining', 'housing', 'sports', 'youth', 'women', "women's", 'social',
  'welfare', 'treasury', 'exchequer', 'intelligence', 'election', 'electoral', 'campaign', 'senate', 'house', 'parliamentary',
  'majority', 'whip', 'shadow', 'cabinet-level', 'top-ranking', 'high-ranking', 'longtime', 'long-time', 'veteran', 'newly-elected',
  'elected', 'founding', 'joint', 'co', 'global', 'international', 'world', 'european', 'human rights', 'rights', 'relations',
  'publicity', 'strategy', 'policy', 'investment', 'investor', 'office', 'high',
];

/**
 * Heads whose "of"/"for" opens a portfolio ("Minister of Energy, Industry and Mineral Resources",
 * "Ministry of Water, Land and Natural Resources"), and the words portfolios are made of. A
 * portfolio may list several with commas and "and", and write some in lower case.
 */
export const PORTFOLIO_HEADS: readonly string[] = ['minister', 'ministers', 'ministry', 'secretary', 'undersecretary', 'under-secretary', 'under secretary', 'commissioner', 'department', 'secretariat'];
export const PORTFOLIO_WORDS: readonly string[] = [
  'affairs', 'agriculture', 'agrarian', 'arts', 'aviation', 'broadcasting', 'budget', 'children', 'citizenship', 'climate', 'change', 'commerce',
  'communication', 'communications', 'community', 'constitutional', 'construction', 'consumer', 'cooperation', 'cooperatives', 'culture', 'defence',
  'defense', 'development', 'diaspora', 'digital', 'disaster', 'economic', 'economy', 'education', 'electricity', 'emergencies', 'employment',
  'energy', 'enterprise', 'entrepreneurship', 'environment', 'environmental', 'equality', 'european', 'expatriates', 'external', 'family', 'finance', 'fisheries',
  'food', 'foreign', 'forestry', 'forests', 'gas', 'gender', 'government', 'health', 'heritage', 'higher', 'home', 'housing', 'human',
  'ict', 'immigration', 'industry', 'industries', 'information', 'infrastructure', 'innovation', 'integration', 'interior', 'internal',
  'international', 'investment', 'irrigation', 'justice', 'labour', 'labor', 'land', 'lands', 'legal', 'livestock', 'local', 'management',
  'maritime', 'media', 'mineral', 'minerals', 'mines', 'mining', 'national', 'natural', 'oil', 'petroleum', 'planning', 'police', 'policy',
  'political', 'population', 'ports', 'power', 'primary', 'public', 'railways', 'reconstruction', 'regional', 'relations', 'religious', 'renewable',
  'research', 'resources', 'rights', 'roads', 'rural', 'safety', 'science', 'sciences', 'secondary', 'security', 'services', 'sewerage',
  'social', 'solidarity', 'sport', 'sports', 'state', 'technology', 'telecommunications', 'territorial', 'textiles', 'tourism', 'trade',
  'transport', 'transportation', 'treasury', 'urban', 'utilities', 'veterans', 'water', 'waterways', 'welfare', 'wildlife', 'women',
  'works', 'youth', 'sustainable', 'humanitarian', 'peacekeeping', 'disarmament', 'operations', 'refugees', 'migration', 'counterterrorism',
  'counter-terrorism',
];

/** Forms of address written before a ruler's or an envoy's title: "His Highness the Emir …", "Her Majesty Queen …". */
export const ADDRESS_POSSESSIVES: readonly string[] = ['his', 'her', 'your', 'their'];
export const ADDRESS_NOUNS: readonly string[] = ['highness', 'highnesses', 'majesty', 'majesties', 'excellency', 'excellencies', 'holiness', 'eminence', 'grace'];

/** Titles of a town's or a province's office: the name after "mayor of", "governor of" is a place. */
export const PLACE_OFFICE_HEADS: readonly string[] = ['mayor', 'governor', 'mayor-elect', 'governor-elect', 'deputy-mayor', 'vice-governor'];

/** Function words allowed inside a title ("Minister of Foreign Affairs", "Special Adviser on Trade and Industry"). */
export const TITLE_CONNECTORS: readonly string[] = ['of', 'for', 'on', 'and', 'to', '&'];

/**
 * Styles of monarchs and popes. A person the story names only by a style and one given name goes by
 * both ("King Tarik", "Pope Osmani"): the given name alone is no name a reader would look up.
 */
export const REGNAL_STYLES: readonly string[] = ['king', 'queen', 'prince', 'princess', 'crown prince', 'emperor', 'empress', 'sultan', 'emir', 'pope'];

/** Epithets news uses for an office instead of its title ("the Ruritanian top diplomat" is its foreign minister). */
export const TITLE_EPITHETS: ReadonlyMap<string, string> = new Map([
  ['top diplomat', 'foreign minister'],
  ['chief diplomat', 'foreign minister'],
]);

/** Words that qualify a rank and go with it before a name: "Senior Gen.", "Retired Col.". */
export const RANK_QUALIFIERS: readonly string[] = ['senior', 'retired', 'retd', 'rtd'];

/** Honorifics and ranks written right before a name; they mark a person and are not part of the name. */
export const HONORIFICS: readonly string[] = [
  'mr', 'mrs', 'ms', 'amb', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev', 'reverend', 'fr', 'father',
  'sister', 'brother', 'honourable', 'honorable', 'mme', 'mlle', 'herr', 'frau', 'gen', 'general', 'brig', 'brigadier',
  'col', 'colonel', 'lt', 'lieutenant', 'maj', 'major', 'capt', 'captain', 'cmdr', 'commander', 'adm', 'admiral', 'sgt', 'sergeant',
  'cpl', 'corporal', 'pvt', 'marshal', 'sen', 'sens', 'rep', 'reps', 'gov', 'pres', 'supt', 'insp', 'det', 'madam', 'madame', 'comrade',
  'engr', 'alhaji',
];

/**
 * Roles that only a person holds, written after a name and a comma with what they are of ("X, leader of
 * …", "X, spokesman for …", "X, son of …"): the name is a person's. Roles a company or state may hold
 * too ("owner", "partner", "regulator", "member") are left out.
 */
export const PERSONAL_ROLE_HEADS: readonly string[] = [
  'leader', 'head', 'chief', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'chairperson', 'president',
  'vice-president', 'secretary', 'secretary-general', 'director', 'director-general', 'commander', 'governor', 'mayor',
  'ambassador', 'envoy', 'founder', 'co-founder', 'adviser', 'advisor', 'minister', 'editor', 'professor', 'coach', 'captain',
  'emir', 'imam', 'king', 'queen', 'prince', 'princess', 'ceo', 'executive', 'officer', 'son', 'daughter', 'wife', 'husband', 'widow', 'nephew', 'niece',
];
