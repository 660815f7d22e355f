// Words after a demonym that decide whether it denotes the state ("Peruvian troops", "the Iranian
// regime", "Russian President") or only a nationality ("Chinese players", "a Danish newspaper").

/** A state's armed forces and their machines, which act for the state: "Ruritanian aircraft bombed …". */
export const ARMED_FORCE_NOUNS: readonly string[] = [
  'aircraft', 'warplane', 'planes', 'helicopters', 'gunboats', 'tanks', 'artillery', 'marines', 'commandos', 'paratroopers', 'peacekeepers',
];

/** Lower-case nouns (or their first word) after a demonym that make it denote the state. */
export const STATE_NOUNS: readonly string[] = [
  'president', 'presidents', 'presidency', 'prime', 'premier', 'premiers', 'minister', 'ministers', 'ambassadors', 'chancellors', 'kings', 'ministry', 'government', 'governments', 'regime',
  'state', 'authorities', 'authority', 'officials', 'official', 'army', 'armed', 'military', 'forces', 'force', 'troops',
  'soldiers', 'soldier', 'navy', 'naval', 'air', 'police', 'security', 'intelligence', 'embassy', 'embassies', 'ambassador',
  'envoy', 'envoys', 'diplomat', 'diplomats', 'diplomacy', 'delegation', 'counterpart', 'counterparts', 'leader', 'leaders',
  'leadership', 'administration', 'cabinet', 'parliament', 'parliamentary', 'lawmakers', 'legislature', 'constitution',
  'court', 'courts', 'judiciary', 'foreign', 'defence', 'defense', 'interior', 'border', 'borders', 'guards', 'coast',
  'warships', 'warplanes', 'jets', 'fighter', 'drones', 'drone', 'missiles', 'missile', 'weapons', 'nuclear', 'capital',
  'city', 'territory', 'territorial', 'waters', 'airspace', 'sovereignty', 'economy', 'currency', 'central', 'side',
  'spokesman', 'spokeswoman', 'spokesperson', 'king', 'queen', 'monarch', 'monarchy', 'crown', 'emperor', 'chancellor',
  'relations', 'ties', 'talks', 'sanctions', 'policy', 'policies', 'interests', 'nation', 'republic', 'kingdom', 'federation',
  'junta', 'presidential', 'general', 'generals', 'commander', 'commanders', 'ministerial', 'consulate', 'consul', 'mission',
  'negotiators', 'counterintelligence', 'oil', 'budget', 'treasury', 'election', 'elections', 'referendum', 'opposition',
  'national', 'vice', 'deputy', 'acting', 'secretary', 'terrorism', 'aggression', 'invasion', 'offensive', 'attack', 'attacks',
  'strikes', 'occupation', 'proxies', 'backed', 'based', 'led', 'allied', 'sponsored', 'regional', 'province', 'town', 'resort',
  'region', 'soil', 'land', 'side', 'counterparts', 'agency', 'agencies', 'department', 'officers', 'battalion', 'units',
  'settlers', 'port', 'ports', 'coastguard', 'regiment', 'gendarmerie', 'foreign-ministry', 'chairmanship',
  // the armed forces' means and places of war: "Ruritanian aircraft bombed …", "shelled Freedonian positions"
  ...ARMED_FORCE_NOUNS, 'rockets', 'shells', 'shelling', 'airstrikes', 'raids', 'positions', 'posts', 'outposts', 'bases', 'servicemen',
];

/** Lower-case nouns after a demonym that make it a mere nationality. Checked before STATE_NOUNS. */
export const NATIONALITY_NOUNS: readonly string[] = [
  'players', 'player', 'team', 'teams', 'squad', 'side-line', 'media', 'newspaper', 'newspapers', 'paper', 'press', 'company',
  'companies', 'firm', 'firms', 'giant', 'giants', 'people', 'citizens', 'citizen', 'nationals', 'national-team', 'tourists',
  'workers', 'students', 'fans', 'business', 'businesses', 'businessman', 'businessmen', 'mps', 'investors', 'families',
  'journalist', 'journalists', 'singer', 'actor', 'actress', 'writer', 'author', 'artist', 'athletes', 'athlete', 'coach',
  'captain', 'champion', 'boxer', 'cuisine', 'food', 'language', 'descent', 'origin', 'community', 'communities', 'diaspora',
  'immigrants', 'migrants', 'refugees', 'expatriates', 'women', 'men', 'children', 'youth', 'banks', 'bank', 'brand',
  'brands', 'carmaker', 'telecoms', 'tech', 'billionaire', 'tycoon', 'entrepreneur', 'club', 'clubs', 'league', 'volleyball',
  'football', 'soccer', 'television', 'broadcaster', 'tv', 'outlet', 'outlets', 'reporters', 'scientists', 'researchers',
  'doctors', 'economists', 'analysts', 'experts', 'scholars', 'academics', 'historian', 'novelist', 'director', 'film',
  'films', 'music', 'culture', 'style', 'pop', 'fashion', 'wine', 'tea', 'cars', 'products', 'goods', 'shares', 'stocks',
  'market', 'markets', 'exporters', 'importers', 'consumers', 'shoppers', 'voters', 'pilgrims', 'worker', 'student',
];
