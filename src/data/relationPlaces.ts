// Words for facts about places: what a company has somewhere, and what a place is to a larger one.
// Logic lives in src/extract/relations/*; this file only lists words.

/** Facilities an owner has in a place ("Acme's Fortville plant"). */
export const FACILITY_NOUNS: ReadonlySet<string> = new Set([
  'plant', 'plants', 'factory', 'factories', 'office', 'offices', 'headquarters', 'hq', 'mine', 'mines', 'refinery',
  'facility', 'facilities', 'site', 'campus', 'branch', 'store', 'stores', 'warehouse', 'subsidiary', 'unit', 'operations',
  'base', 'embassy', 'consulate', 'mill', 'smelter', 'terminal', 'hub', 'port', 'airport', 'hospital', 'school', 'university',
]);

/** Buildings and grounds named as places things happen at ("the National Convention Centre in X", "the Military Academy at X"). */
export const VENUE_NOUNS: ReadonlySet<string> = new Set([
  'centre', 'center', 'academy', 'college', 'hall', 'palace', 'stadium', 'arena', 'hotel', 'museum', 'prison', 'jail',
  'cathedral', 'mosque', 'church', 'temple', 'square', 'park', 'barracks', 'camp', 'station', 'bridge', 'dam', 'library',
]);

/** Heads of bodies that sit in one place ("the Federal Court in Fortville", "the Acme embassy in Fortville"). */
export const SEATED_BODY_HEADS: ReadonlySet<string> = new Set([
  'court', 'embassy', 'consulate', 'university', 'hospital', 'school', 'parliament', 'institute', 'ministry', 'headquarters',
  'exchange', 'tribunal',
]);

/** Heads of named events held somewhere ("the Acme Summit in Fortville"). */
export const NAMED_EVENT_HEADS: ReadonlySet<string> = new Set([
  'summit', 'conference', 'forum', 'congress', 'convention', 'games', 'olympics', 'festival', 'expo', 'fair', 'dialogue',
  'talks', 'meeting', 'assembly', 'symposium', 'cup', 'championship', 'championships',
]);

/** Nouns that describe a place by its place in a larger one ("Fortville, Ruritania's capital"). */
export const PLACE_ROLE_NOUNS: ReadonlySet<string> = new Set([
  'capital', 'city', 'town', 'village', 'port', 'province', 'region', 'state', 'district', 'county', 'suburb', 'hub',
  'heartland', 'stronghold', 'island', 'enclave', 'border', 'neighbourhood', 'neighborhood', 'municipality', 'resort',
]);

/** Events an actor holds somewhere: "held talks in Fortville", "gave a speech at Fortville". */
export const VENUE_EVENT_NOUNS: ReadonlySet<string> = new Set([
  'talks', 'meeting', 'meetings', 'summit', 'conference', 'session', 'sitting', 'rally', 'rallies', 'ceremony',
  'speech', 'address', 'interview', 'briefing', 'visit', 'stop', 'stopover', 'negotiations', 'discussions', 'consultations',
  'dinner', 'lunch', 'banquet', 'reception', 'event', 'programme', 'program', 'service', 'funeral', 'parade', 'forum',
  'round', 'exercise', 'exercises', 'drills', 'protest', 'protests', 'demonstration', 'march', 'vigil', 'campaign',
  'agreement', 'deal', 'accord', 'memorandum', 'treaty', 'pact', 'declaration', 'statement',
]);
