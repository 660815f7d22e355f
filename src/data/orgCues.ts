// Organisation cues: head nouns that end an organisation's name ("… Ministry", "… Council"),
// heads that open one ("Ministry of …", "Bank of …"), company suffixes, group nouns written after a
// movement's name ("Houthi rebels"), and common-noun cues that introduce a company ("telecoms giant X").

/** Capitalised last words that make a name an organisation ("Foreign Ministry", "Korvath Group"). */
export const ORG_HEADS: readonly string[] = [
  'ministry', 'ministries', 'council', 'party', 'bank', 'group', 'agency', 'commission', 'committee', 'office', 'organization',
  'organisation', 'association', 'federation', 'confederation', 'union', 'alliance', 'movement', 'front', 'army', 'navy',
  'force', 'forces', 'guard', 'guards', 'corps', 'brigade', 'brigades', 'battalion', 'battalions', 'treasury', 'exchequer', 'regiment', 'squadron', 'bahn', 'telekom', 'werke', 'militia', 'corporation', 'corp', 'inc', 'incorporated',
  'ltd', 'limited', 'llc', 'plc', 'gmbh', 'ag', 'co', 'company', 'companies', 'holdings', 'holding', 'airlines', 'airways', 'air',
  'news', 'times', 'post', 'journal', 'herald', 'tribune', 'gazette', 'telegraph', 'guardian', 'independent', 'express', 'mail',
  'daily', 'weekly', 'magazine', 'press', 'media', 'television', 'tv', 'radio', 'broadcasting', 'network', 'channel', 'agency',
  'institute', 'institution', 'university', 'college', 'academy', 'school', 'court', 'tribunal', 'assembly', 'parliament',
  'congress', 'senate', 'cabinet', 'department', 'service', 'services', 'authority', 'fund', 'foundation', 'society', 'board',
  'bureau', 'police', 'industries', 'industry', 'motors', 'systems', 'technologies', 'technology', 'tech', 'electronics',
  'energy', 'petroleum', 'oil', 'gas', 'telecom', 'telecoms', 'telecommunications', 'communications', 'club', 'league',
  'secretariat', 'directorate', 'administration', 'command', 'centre', 'center', 'exchange', 'reserve', 'trust', 'partners',
  'capital', 'investments', 'securities', 'insurance', 'financial', 'pharmaceuticals', 'pharma', 'group', 'consortium',
  'coalition', 'bloc', 'platform', 'community', 'caucus', 'network', 'initiative', 'programme', 'program', 'project', 'mission', 'church',
  'brotherhood', 'taliban', 'watch', 'international', 'ngo', 'enterprises', 'enterprise', 'mobile', 'airport authority',
  'steel', 'mining', 'mines', 'chemicals', 'foods', 'brands', 'stores', 'bancorp', 'partnership', 'labs',
  'laboratories', 'hospital', 'clinic', 'chamber', 'legislature', 'junta', 'regime', 'government', 'embassy', 'consulate',
  // Consultancies, research houses and think-tanks ("Capital Economics", "Pew Research", "Fitch Ratings").
  'economics', 'macroeconomics', 'analytics', 'analytica', 'ratings', 'research', 'consulting', 'consultants', 'consultancy',
  'advisors', 'advisers', 'associates', 'strategies', 'think-tank', 'think tank',
];

/** Capitalised words that open an organisation name before "of" ("Ministry of Defence", "Bank of Japan"). */
export const ORG_OF_HEADS: readonly string[] = [
  'ministry', 'department', 'bank', 'university', 'council', 'house', 'chamber', 'court', 'office', 'bureau', 'board',
  'institute', 'academy', 'federation', 'league', 'union', 'association', 'organization', 'organisation', 'commission',
  'committee', 'secretariat', 'church', 'order', 'college', 'school', 'party', 'community', 'federal reserve bank',
  'central bank', 'people\'s bank', 'national bank', 'congress', 'assembly', 'parliament', 'government', 'embassy', 'army',
  'navy', 'corps', 'friends', 'coalition',
];

/** Company-form suffixes, usually abbreviated and written after a comma or directly after the name. */
export const COMPANY_SUFFIXES: readonly string[] = [
  'inc', 'inc.', 'corp', 'corp.', 'co', 'co.', 'ltd', 'ltd.', 'llc', 'plc', 'ag', 'sa', 's.a.', 'nv', 'n.v.', 'bv', 'gmbh',
  'spa', 's.p.a.', 'ab', 'asa', 'oyj', 'kk', 'pte', 'bhd', 'berhad', 'tbk', 'lp', 'llp',
];

/** Lower-case group nouns after a name that make the name a movement or armed group ("Houthi rebels"). */
export const GROUP_NOUNS: readonly string[] = [
  'rebels', 'rebel', 'militants', 'militant', 'insurgents', 'insurgent', 'fighters', 'guerrillas', 'guerrilla', 'militia',
  'militias', 'movement', 'group', 'faction', 'separatists', 'jihadists', 'extremists', 'loyalists', 'supporters',
];

/** Lower-case common nouns that, right before a capitalised name, make it a company or media outlet. */
export const ORG_INTRO_NOUNS: readonly string[] = [
  'firm', 'company', 'giant', 'group', 'maker', 'manufacturer', 'carrier', 'airline', 'bank', 'lender', 'insurer', 'brokerage',
  'broker', 'retailer', 'supplier', 'producer', 'operator', 'conglomerate', 'startup', 'start-up', 'automaker', 'carmaker',
  'chipmaker', 'developer', 'publisher', 'newspaper', 'daily', 'broadcaster', 'outlet', 'agency', 'network', 'channel', 'website',
  'platform', 'app', 'rival', 'unit', 'subsidiary', 'affiliate', 'owner', 'investor', 'fund', 'party', 'club', 'team', 'side',
  'organisation', 'organization', 'charity', 'watchdog', 'regulator', 'exchange', 'tabloid', 'magazine', 'paper', 'wire',
  // Kinds of company named by what they run or make ("state utility X", "gold miner X", "telecoms operator X").
  'utility', 'miner', 'refiner', 'steelmaker', 'drugmaker', 'shipbuilder', 'shipper', 'telco', 'distributor', 'provider',
  'consultancy', 'think-tank', 'railway', 'railroad', 'weekly', 'portal',
];

/** Lower-case words right after a capitalised name that make it a company ("Acme shares fell", "Acme's stake"). */
export const ORG_FOLLOW_NOUNS: readonly string[] = [
  'shares', 'stock', 'stocks', 'shareholders', 'stake', 'subsidiary', 'unit', 'executives', 'chief', 'spokesman', 'spokeswoman',
  'spokesperson', 'headquarters', 'board', 'chairman', 'ceo',
  'founder', 'products', 'brand', 'revenue', 'profit', 'profits', 'earnings', 'supplier', 'customers', 'users',
  'party', 'newspaper', 'daily', 'weekly', 'television', 'radio', 'website', 'broadcaster', 'agency', 'lawmakers', 'members',
  'dividend', 'shareholder', 'cfo', 'coo', 'chairwoman', 'valuation', 'subsidiaries',
];

/** Lower-case nouns after a name's possessive that make it a company ("X's plant", "X's board"). */
export const ORG_POSSESSED_NOUNS: readonly string[] = [
  'shares', 'stock', 'stake', 'profit', 'profits', 'revenue', 'revenues', 'earnings', 'sales', 'plant', 'plants', 'factory', 'factories',
  'subsidiary', 'subsidiaries', 'unit', 'division', 'board', 'shareholders', 'shareholder', 'investors', 'employees', 'workforce',
  'dividend', 'valuation', 'market', 'headquarters', 'chief', 'ceo', 'cfo', 'chairman', 'chairwoman', 'founder', 'executives', 'stores',
  'products', 'brand', 'customers', 'takeover', 'acquisition', 'merger', 'bid', 'offer', 'listing', 'debt', 'bonds', 'operations',
];

/** Lower-case nouns before "of"/"in" that make the following name a company ("shares of X", "a stake in X", "chief executive of X"). */
export const ORG_OWNED_NOUNS: readonly string[] = [
  'shares', 'share', 'stake', 'stakes', 'stock', 'subsidiary', 'unit', 'division', 'shareholders', 'shareholder', 'ceo', 'cfo',
  'executive', 'chairman', 'chairwoman', 'founder', 'co-founder', 'takeover', 'acquisition', 'owner', 'parent',
];

/** Verbs after a single unknown name that only a company does ("X acquired", "X merged with"). */
export const ORG_VERBS_AFTER: readonly string[] = ['acquired', 'acquires', 'merged', 'merges', 'shipped', 'ships', 'listed', 'employs', 'manufactures', 'delisted'];

/** Verbs that make a company of their subject when a financial noun follows soon ("X reported a profit", "X posted record sales"). */
export const RESULT_VERBS: readonly string[] = ['reported', 'reports', 'posted', 'posts', 'booked', 'forecast', 'forecasts', 'raised', 'cut', 'slashed', 'lifted'];
export const RESULT_NOUNS: readonly string[] = [
  'profit', 'profits', 'earnings', 'revenue', 'revenues', 'sales', 'loss', 'losses', 'results', 'income', 'dividend', 'margin', 'margins', 'guidance', 'outlook',
];

/** Nouns a company is referred back to by ("the company", "the firm"): a weak name before them is a company. */
export const COMPANY_ANAPHORS: readonly string[] = [
  'company', 'firm', 'group', 'bank', 'lender', 'carmaker', 'automaker', 'chipmaker', 'retailer', 'insurer', 'conglomerate', 'airline',
  'manufacturer', 'maker', 'miner', 'producer', 'operator', 'startup', 'corporation', 'multinational', 'supplier',
  'utility', 'refiner', 'steelmaker', 'drugmaker',
];
export const SOURCE_CUES_AFTER: readonly string[] = ['reported', 'reports', 'reporting', 'quoted', 'cited'];

/**
 * Words of other languages that, opening a name, make it a newspaper, company or bank ("Folha de …",
 * "Deutsche …", "Banco …"): a place later in the name only locates it.
 */
export const LEADING_ORG_WORDS: readonly string[] = [
  'folha', 'jornal', 'diario', 'diário', 'gazeta', 'correio', 'corriere', 'giornale', 'periodico', 'periódico', 'deutsche',
  'banco', 'banca', 'banque', 'compagnie', 'grupo', 'groupe', 'editora', 'rede', 'companhia', 'compañía', 'sociedad',
  'société', 'societe', 'rádio', 'televisão', 'televisión', 'zeitung', 'kyodo', 'yonhap', 'dziennik', 'gazzetta',
];
