// Capitalised words that are never named entities on their own: months, weekdays, holidays' generic
// parts, acronyms of units and titles, and diseases (the annotation leaves diseases out).

export const MONTHS: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
];

export const WEEKDAYS: readonly string[] = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur',
  'thurs', 'fri', 'sat', 'sun',
];

/** Acronyms and capitalised abbreviations that are not entities (titles, units, currencies, technologies). */
export const NON_ENTITY_ACRONYMS: readonly string[] = [
  'PM', 'FM', 'MP', 'MPs', 'CEO', 'CFO', 'COO', 'CTO', 'VP', 'GDP', 'GNP', 'CPI', 'LCD', 'LED', 'OLED', 'TV', 'AI', 'IT',
  'IPO', 'M&A', 'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'RMB', 'BST', 'GMT', 'UTC', 'EST', 'PST', 'AM', 'PM', 'OK', 'DNA', 'RNA',
  'HIV', 'AIDS', 'SARS', 'MERS', 'COVID', 'COVID-19', 'Covid', 'Covid-19', 'PhD', 'MA', 'BA', 'MSc', 'ID', 'PR', 'HQ', 'NGO',
  'NGOs', 'UAV', 'UAVs', 'ICBM', 'ICBMs', 'SUV', 'EV', 'EVs', 'AGM', 'Q1', 'Q2', 'Q3', 'Q4', 'FY', 'YoY', 'ETF', 'LNG', 'LPG',
  'km', 'kg', 'mph', 'WWII', 'WWI', 'II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'XI', 'A', 'I', 'U', 'OF', 'THE', 'AND', 'IN',
  'ON', 'TO', 'FOR', 'AT', 'BY', 'WITH', 'AS', 'IS', 'NEW', 'NEWS', 'UPDATE', 'BREAKING', 'EXCLUSIVE', 'PHOTO', 'VIDEO',
  // Kinds of document: a memorandum of understanding, of agreement.
  'MoU', 'MoUs', 'MOU', 'MOUs', 'MoA', 'MOA',
  // Terms of trade and aid: a free trade agreement, official development assistance, foreign direct investment.
  'FTA', 'FTAs', 'ODA', 'FDI', 'VAT', 'GST', 'SME', 'SMEs',
  // Units of power, energy, volume and shipping ("600 MW of nuclear capacity", "2 bcm of gas").
  'MW', 'GW', 'kW', 'KW', 'TW', 'MWh', 'GWh', 'TWh', 'kWh', 'KWh', 'bcm', 'BCM', 'tcf', 'TCF', 'bpd', 'BPD', 'MMBtu', 'MMBTU',
  'TEU', 'TEUs', 'DWT', 'MT', 'MMT',
  // Time zones after a clock time ("10.35 EDT").
  'EDT', 'CDT', 'CST', 'MDT', 'MST', 'PDT', 'CET', 'CEST', 'EET', 'EEST', 'IST', 'JST', 'KST', 'AEST', 'AEDT',
  'SAST', 'HKT', 'SGT', 'PKT',
];

/** Diseases and pathogens: not annotated as entities. */
export const DISEASES: readonly string[] = [
  'ebola', 'covid', 'covid-19', 'coronavirus', 'sars', 'mers', 'hiv', 'aids', 'malaria', 'cholera', 'measles', 'polio', 'zika',
  'dengue', 'mpox', 'monkeypox', 'influenza', 'flu', 'tuberculosis', 'typhoid', 'anthrax', 'omicron', 'delta', 'h1n1', 'h5n1',
  'marburg', 'lassa', 'alzheimer', "alzheimer's", 'parkinson', "parkinson's",
];

/**
 * Capitalised words that begin sentences or headlines but name nothing when alone
 * ("Government", "Officials"), and generic heads that are not names without a modifier.
 */
export const GENERIC_CAPITALISED: readonly string[] = [
  'government', 'state', 'states', 'ministry', 'council', 'party', 'army', 'police', 'court', 'parliament', 'president',
  'minister', 'prime', 'premier', 'chancellor', 'secretary', 'official', 'officials', 'people', 'city', 'province', 'region',
  'republic', 'kingdom', 'federation', 'union', 'house', 'senate', 'congress', 'assembly', 'committee', 'commission', 'agency',
  'office', 'department', 'bank', 'group', 'company', 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their',
  'our', 'its', 'my', 'your', 'we', 'they', 'he', 'she', 'it', 'i', 'you', 'but', 'and', 'or', 'so', 'yet', 'if', 'when',
  'while', 'after', 'before', 'since', 'as', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'to', 'of', 'about', 'also',
  'meanwhile', 'however', 'still', 'now', 'then', 'there', 'here', 'today', 'yesterday', 'tomorrow', 'earlier', 'later',
  'last', 'next', 'local', 'national', 'international', 'global', 'western', 'eastern', 'northern', 'southern', 'central',
  'west', 'east', 'north', 'south', 'world', 'internet', 'web', 'summit', 'conference', 'games', 'olympics', 'god', 'allah',
  'mr', 'mrs', 'ms', 'dr', 'sir', 'madam', 'chairman', 'leader', 'spokesman', 'statement', 'report', 'reports', 'according',
  'capital', 'mission', 'embassy', 'forces', 'military', 'navy', 'coalition', 'opposition', 'cabinet', 'administration',
  'regime', 'authorities', 'sources', 'source', 'photo', 'file', 'update', 'watch', 'read', 'related', 'advertisement',
];

/** Number words that open sentences ("Five soldiers …"). */
export const NUMBER_WORDS: readonly string[] = [
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen',
  'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy',
  'eighty', 'ninety', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'billion', 'dozens', 'several',
  'many', 'some', 'most', 'all', 'both', 'each', 'every', 'few', 'first', 'second', 'third', 'last',
];

/**
 * Adjectives of regions, religions and blocs: they name no state and, alone, no entity
 * ("West African leaders", "Gulf Arab states", "Islamic").
 */
export const REGIONAL_ADJECTIVES: readonly string[] = [
  'african', 'asian', 'european', 'arab', 'arabian', 'western', 'eastern', 'northern', 'southern', 'latin', 'middle eastern',
  'west african', 'east african', 'north african', 'south african region', 'central african', 'southeast asian', 'south east asian', 'south-east asian', 'northeast asian', 'north east asian', 'north-east asian', 'south asian',
  'east asian', 'central asian', 'gulf', 'gulf arab', 'nordic', 'scandinavian', 'baltic', 'balkan', 'caribbean', 'pacific',
  'atlantic', 'mediterranean', 'transatlantic', 'muslim', 'muslims', 'christian', 'christians', 'jewish', 'jews', 'islamic',
  'catholic', 'protestant', 'orthodox', 'islamist', 'islamists', 'jihadist', 'jihadists', 'hindu', 'buddhist', 'sunni', 'shia', 'shiite', 'sikh', 'arabs', 'africans', 'asians',
  'europeans', 'westerners', 'anglo', 'hispanic', 'latino', 'indigenous', 'sub-saharan', 'trans-atlantic', 'euro', 'eurozone',
  'anti-western', 'pro-western', 'western-backed', 'south american', 'north american', 'latin american', 'central american', 'american continental', 'pan-african', 'pan-american', 'english', 'scottish', 'welsh', 'irish republican',
];

/** Heads that make a capitalised name an event, treaty, issue or holiday (typed OTHER). */
export const EVENT_HEADS: readonly string[] = [
  'summit', 'games', 'olympics', 'olympiad', 'paralympics', 'cup', 'championship', 'championships', 'conference', 'war', 'treaty',
  'accord', 'accords', 'agreement', 'protocol', 'convention', 'festival', 'expo', 'day', 'year', 'week', 'question',
  'act', 'bill', 'doctrine', 'crisis', 'revolution', 'uprising', 'election', 'elections', 'award', 'awards', 'prize', 'marathon',
  'tournament', 'open', 'grand prix', 'talks', 'dialogue', 'declaration', 'charter', 'pact', 'deal', 'plan', 'process',
  'massacre', 'genocide', 'offensive', 'operation', 'storm', 'hurricane', 'typhoon', 'cyclone', 'earthquake', 'spring',
  'eve', 'fest', 'show', 'exhibition', 'fair', 'congress of', 'round', 'league season', 'series', 'trophy', 'derby',
];

/** Holidays and named periods (typed OTHER when alone). */
export const HOLIDAYS: readonly string[] = [
  'christmas', 'easter', 'ramadan', 'eid', 'eid al-fitr', 'eid al-adha', 'diwali', 'thanksgiving', 'hanukkah', 'passover',
  'new year', "new year's", 'lunar new year', 'nowruz', 'lent', 'holi', 'yom kippur', 'rosh hashanah', 'halloween',
];
