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
