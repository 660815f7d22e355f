// General vocabulary that decides what a capitalised phrase is NOT (a person, a company, a place),
// and the lower-case nouns that extend or qualify a name. General English categories only.

/**
 * Heads of capitalised common terms: economic indicators, weapons, documents and other things that
 * news capitalises ("Consumer Price Index", "Rocket Propelled Grenade"). Typed OTHER.
 */
export const TERM_HEADS: readonly string[] = [
  // economic indicators and measures
  'index', 'indices', 'product', 'rate', 'rates', 'ratio', 'yield', 'yields', 'deficit', 'surplus', 'inflation', 'output',
  'indicator', 'indicators', 'forecast', 'outlook', 'budget', 'tariff', 'tariffs', 'tax', 'levy', 'bonds',
  'currency', 'prices', 'income', 'revenue',
  // weapons and military hardware
  'grenade', 'grenades', 'rifle', 'rifles', 'missile', 'missiles', 'launcher', 'launchers', 'rocket', 'rockets', 'gun', 'guns',
  'mortar', 'mortars', 'howitzer', 'tank', 'tanks', 'drone', 'drones', 'bomb', 'bombs', 'torpedo', 'warhead', 'warheads',
  'pistol', 'carbine', 'vehicles', 'aircraft', 'jets', 'helicopter', 'helicopters',
  // documents and measures
  'resolution', 'resolutions', 'directive', 'decree', 'ordinance', 'memorandum', 'communique', 'communiqué', 'law', 'code',
  'amendment', 'clause', 'article', 'sanctions', 'visa', 'passport', 'certificate', 'license', 'licence',
];

/** Heads of documents that are often followed by a number ("Resolution 1234", "Article 5"). */
export const DOCUMENT_HEADS: readonly string[] = [
  'resolution', 'resolutions', 'directive', 'decree', 'ordinance', 'memorandum', 'amendment', 'clause', 'article', 'act', 'bill',
  'law', 'treaty', 'protocol', 'convention', 'agreement', 'accord', 'charter', 'declaration', 'communique', 'communiqué',
];

/** Acronyms and model names of weapons and hardware: things, never organisations. */
export const WEAPON_NAMES: readonly string[] = [
  'AKM', 'AK', 'RPG', 'RPGs', 'MANPADS', 'IED', 'IEDs', 'APC', 'APCs', 'MRAP', 'MRAPs', 'ATGM', 'ATGMs', 'SAM', 'SAMs',
  'HIMARS', 'MLRS', 'UAV', 'UAVs', 'ICBM', 'ICBMs', 'SLBM', 'RPK', 'PKM', 'SVD', 'DShK', 'AR-15', 'M16', 'M4', 'Kalashnikov',
  'Kalashnikovs',
];

/**
 * Ideological and descriptive adjectives written before a name; they are not part of it
 * ("the Islamist X party", "Marxist rebels"). Words ending in "-leaning", "-backed" or "-aligned"
 * are read the same way.
 */
export const DESCRIPTIVE_ADJECTIVES: readonly string[] = [
  'islamist', 'islamists', 'jihadist', 'salafist', 'salafi', 'marxist', 'leninist', 'marxist-leninist', 'maoist', 'trotskyist',
  'leftist', 'rightist', 'left-wing', 'right-wing', 'far-right', 'far-left', 'centrist', 'centre-left', 'centre-right',
  'center-left', 'center-right', 'hardline', 'hard-line', 'moderate', 'radical', 'extremist', 'militant', 'secular',
  'nationalist', 'ultranationalist', 'ultra-nationalist', 'populist', 'separatist', 'reformist', 'opposition', 'ruling',
  'veteran', 'embattled', 'powerful', 'influential', 'outspoken', 'exiled', 'jailed', 'ousted', 'detained', 'late',
  'pro-government', 'anti-government', 'rebel', 'rebels', 'insurgent', 'tribal', 'liberal', 'conservative', 'socialist',
  'communist', 'leftwing', 'rightwing', 'fundamentalist', 'royalist', 'monarchist', 'loyalist',
];

/**
 * Lower-case nouns for natural features: written after a capitalised name, they are part of the
 * place's name ("the Koro valley", "the Tana river"). Administrative nouns ("X province") are not:
 * the place is X.
 */
export const NATURAL_FEATURE_NOUNS: readonly string[] = [
  'valley', 'river', 'lake', 'mountains', 'mountain', 'hills', 'hill', 'desert', 'plain', 'plains', 'plateau', 'basin',
  'delta', 'gorge', 'pass', 'forest', 'oasis', 'peninsula', 'bay', 'gulf', 'strait', 'creek', 'swamp', 'marshes', 'range',
];

/** Administrative and settlement nouns, singular and plural, that make the names around them places. */
export const PLACE_KIND_NOUNS: readonly string[] = [
  'town', 'towns', 'city', 'cities', 'village', 'villages', 'district', 'districts', 'province', 'provinces', 'region',
  'regions', 'state', 'states', 'county', 'counties', 'area', 'areas', 'locality', 'localities', 'governorate',
  'governorates', 'municipality', 'municipalities', 'neighbourhood', 'neighbourhoods', 'neighborhood', 'neighborhoods',
  'camp', 'camps', 'settlement', 'settlements', 'suburb', 'suburbs', 'island', 'islands', 'port', 'ports', 'resort', 'resorts',
];

/** Lower-case nouns after a name that make it an ethnic or social group, not an organisation ("the X minority"). */
export const GROUP_OF_PEOPLE_NOUNS: readonly string[] = [
  'minority', 'minorities', 'majority', 'tribe', 'tribes', 'tribesmen', 'tribal', 'clan', 'clans', 'people', 'peoples',
  'community', 'communities', 'ethnic', 'ethnicity', 'population', 'nomads', 'herders', 'speakers', 'diaspora',
];

/** Lower-case nouns after a name that make it the name of a contest or vote, not a person ("the X elections"). */
export const VOTE_NOUNS: readonly string[] = [
  'election', 'elections', 'polls', 'poll', 'vote', 'votes', 'referendum', 'by-election', 'by-elections', 'primary', 'primaries', 'runoff', 'run-off',
];

/** Lower-case nouns after a single name that make it a leader's surname: "the Acme administration" is the one Acme led. */
export const LEADER_FOLLOW_NOUNS: readonly string[] = ['administration', 'presidency', 'premiership', 'era'];

/** Verbs of speech that, right after a bare name, make it a person speaking. */
export const SPEECH_CUE_VERBS: readonly string[] = [
  'said', 'says', 'added', 'adds', 'told', 'tells', 'noted', 'stated', 'explained', 'insisted', 'denied', 'warned',
  'stressed', 'argued', 'claimed', 'replied', 'responded', 'tweeted', 'wrote', 'asked', 'urged', 'vowed', 'admitted',
  'acknowledged', 'recalled', 'confirmed', 'declared', 'emphasised', 'emphasized', 'remarked', 'conceded', 'complained',
];

/**
 * State bodies written in lower case after a country or its adjective ("the Ruritanian finance
 * ministry", "Ruritania's armed forces"). Each entry is the phrase's last words; a title modifier
 * ("foreign", "finance", "interior") may stand before a one-word head.
 */
export const STATE_BODY_PHRASES: readonly string[] = [
  'ministry', 'office', 'army', 'armed forces', 'military', 'navy', 'air force', 'police', 'central bank', 'parliament',
  'senate', 'cabinet', 'judiciary', 'supreme court', 'constitutional court', 'election commission', 'electoral commission',
  'intelligence service', 'intelligence agency', 'security forces', 'coast guard', 'national assembly', 'embassy',
];

/** Body heads that name one country's military; variants of these join one entity per country. */
export const MILITARY_HEADS: readonly string[] = ['army', 'armed forces', 'military', 'defence forces', 'defense forces'];

/** Institutions that, written capitalised after "the" in mid-sentence, are a named body ("the Parliament"). */
export const DEFINITE_INSTITUTIONS: readonly string[] = [
  'parliament', 'army', 'senate', 'cabinet', 'judiciary', 'military', 'armed forces', 'central bank', 'national assembly',
  'supreme court', 'constitutional court', 'presidency',
];

/** Newspaper title words that end a paper's name ("the Harbour Courier"). */
export const PAPER_HEADS: readonly string[] = [
  'courier', 'observer', 'chronicle', 'monitor', 'inquirer', 'dispatch', 'standard', 'bulletin', 'gazette', 'review',
  'examiner', 'ledger', 'sentinel', 'recorder', 'herald', 'vanguard', 'tribune',
];
