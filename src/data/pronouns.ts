// Personal pronouns and gender cues used to attribute "he said" / "she added" to a person.

export type Gender = 'male' | 'female';

/** Subject and object pronouns that can name a speaker, with their gender. */
export const PERSONAL_PRONOUNS: ReadonlyMap<string, Gender | null> = new Map<string, Gender | null>([
  ['he', 'male'], ['him', 'male'], ['she', 'female'], ['her', 'female'],
  ['i', null], ['we', null], ['they', null], ['it', null],
]);

/** Pronouns that point back to a single person. */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'him', 'she', 'her']);

/** Honorifics and gendered titles written before a name. */
export const GENDERED_HONORIFICS: ReadonlyMap<string, Gender> = new Map<string, Gender>([
  ['mr', 'male'], ['mr.', 'male'], ['sir', 'male'], ['lord', 'male'], ['king', 'male'], ['prince', 'male'],
  ['emir', 'male'], ['sultan', 'male'], ['monsieur', 'male'], ['herr', 'male'], ['señor', 'male'],
  ['mrs', 'female'], ['mrs.', 'female'], ['ms', 'female'], ['ms.', 'female'], ['miss', 'female'], ['madam', 'female'],
  ['madame', 'female'], ['dame', 'female'], ['lady', 'female'], ['queen', 'female'], ['princess', 'female'],
  ['señora', 'female'], ['frau', 'female'], ['mme', 'female'], ['mme.', 'female'],
  ['congresswoman', 'female'], ['congressman', 'male'], ['spokeswoman', 'female'], ['spokesman', 'male'],
  ['chairwoman', 'female'], ['chairman', 'male'], ['businesswoman', 'female'], ['businessman', 'male'],
]);

/** Words naming groups or unnamed sources: a quote attributed to them has no entity speaker. */
export const ANONYMOUS_SOURCES: ReadonlySet<string> = new Set([
  'official', 'officials', 'source', 'sources', 'analyst', 'analysts', 'expert', 'experts', 'observers', 'critics',
  'residents', 'resident', 'witness', 'witnesses', 'people', 'someone', 'one', 'diplomat', 'diplomats', 'aide', 'aides',
  'protesters', 'activists', 'supporters', 'opponents', 'insiders', 'participants', 'locals', 'villagers', 'others',
  'many', 'some', 'lawmakers', 'legislators', 'investors', 'economists', 'traders', 'doctors', 'survivors', 'relatives',
]);

/** Nouns that stand for whichever international or regional body the story is about ("the regional bloc said"). */
export const GENERIC_BODY_NOUNS: ReadonlySet<string> = new Set(['body', 'bloc', 'grouping', 'organisation', 'organization']);

/** Organisation nouns that stand for whichever company the story is about ("the company said"). */
export const GENERIC_COMPANY_NOUNS: ReadonlySet<string> = new Set([
  'company', 'firm', 'group', 'corporation', 'business', 'carrier', 'airline', 'automaker', 'carmaker', 'retailer',
  'lender', 'insurer', 'manufacturer', 'producer', 'maker', 'supplier', 'operator', 'developer', 'conglomerate', 'giant',
]);

/** Head nouns of organisations that speak ("the ministry said", "the company added"). */
export const SPEAKING_ORGANISATION_NOUNS: ReadonlySet<string> = new Set([
  'company', 'firm', 'group', 'bank', 'ministry', 'government', 'agency', 'department', 'office', 'party', 'army',
  'military', 'council', 'committee', 'commission', 'organization', 'organisation', 'union', 'court', 'embassy',
  'police', 'board', 'coalition', 'alliance', 'administration', 'authority', 'authorities', 'federation', 'association',
  'institute', 'corporation', 'club', 'team', 'newspaper', 'paper', 'agency', 'broadcaster', 'channel', 'network',
  'regime', 'movement', 'campaign', 'secretariat', 'mission', 'directorate', 'service', 'forces',
  'rebels', 'militia', 'insurgents', 'navy', 'presidency', 'parliament', 'assembly', 'cabinet', 'legislature', 'senate',
  'bureau', 'council', 'tribunal', 'junta', 'opposition', 'consulate', 'body', 'bloc', 'grouping',
  'business', 'carrier', 'airline', 'automaker', 'carmaker', 'retailer', 'lender', 'insurer', 'manufacturer', 'producer',
  'maker', 'supplier', 'operator', 'developer', 'conglomerate', 'giant',
]);

/** Relative pronouns opening an aside ("…, which critics called …,"). */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['which', 'who', 'whom', 'whose']);

/**
 * Head nouns of descriptions of a person nobody named with them ("the woman said", "the veteran added");
 * "old" ends "the 61-year-old", which the tokenizer splits.
 */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'old',
  'man', 'woman', 'men', 'women', 'boy', 'girl', 'father', 'mother', 'wife', 'husband', 'son', 'daughter', 'brother',
  'sister', 'widow', 'veteran', 'victim', 'survivor', 'mp', 'mep', 'politician', 'official', 'officer', 'soldier', 'pilot',
  'farmer', 'worker', 'teacher', 'student', 'doctor', 'nurse', 'priest', 'cleric', 'lawyer', 'student', 'fan', 'owner',
  'bureaucrat', 'statesman', 'stateswoman', 'technocrat', 'campaigner', 'activist', 'entrepreneur', 'tycoon', 'billionaire',
  'millionaire', 'grandmother', 'grandfather', 'mum', 'dad', 'lad', 'youngster', 'teenager', 'pensioner', 'striker',
  'midfielder', 'defender', 'goalkeeper', 'coach', 'skipper', 'singer', 'actor', 'actress', 'author', 'writer',
  // People named by nationality ("the Frenchman said"): the tagger reads some as names.
  'frenchman', 'frenchwoman', 'englishman', 'englishwoman', 'irishman', 'irishwoman', 'scotsman', 'scotswoman',
  'welshman', 'welshwoman', 'dutchman', 'dutchwoman', 'briton', 'spaniard', 'dane', 'swede', 'finn', 'pole', 'turk',
  'scot', 'kiwi', 'aussie', 'yank', 'argentine', 'filipino', 'filipina', 'pakistani', 'bangladeshi', 'israeli', 'iraqi',
  'iranian', 'afghan', 'saudi', 'kuwaiti', 'yemeni', 'omani', 'qatari', 'emirati', 'somali',
]);

/**
 * Organisation head nouns that mean the same body ("the army" is "the Defence Forces"); a description
 * with one head also matches an organisation named with another of its group.
 */
export const ORGANISATION_SYNONYMS: readonly (readonly string[])[] = [
  ['army', 'military', 'forces', 'troops', 'armed'],
  ['government', 'administration', 'cabinet', 'regime', 'executive'],
  ['ministry', 'department', 'office'],
  ['police', 'constabulary'],
  ['parliament', 'assembly', 'legislature', 'congress', 'house', 'senate'],
  ['company', 'firm', 'group', 'corporation', 'conglomerate', 'giant', 'maker', 'manufacturer', 'producer'],
  ['bank', 'lender'],
  ['party', 'movement'],
  ['union', 'federation', 'confederation'],
  ['rebels', 'militia', 'insurgents', 'fighters'],
];

/** Organisation heads of a state's own bodies: with no such organisation named, the state itself speaks. */
export const STATE_BODY_NOUNS: ReadonlySet<string> = new Set([
  'army', 'military', 'forces', 'government', 'administration', 'cabinet', 'regime', 'ministry', 'police', 'navy',
  'embassy', 'mission', 'presidency', 'authorities', 'office', 'parliament', 'foreign',
]);

/**
 * Last words of the names of news media ("the Jakarta Post", "Fox News", "the state news agency"), and
 * heads of descriptions of them: a medium carries someone's words, it is the speaker only when no
 * one else is named with them.
 */
export const MEDIA_NOUNS: ReadonlySet<string> = new Set([
  'agency', 'newspaper', 'paper', 'daily', 'broadcaster', 'channel', 'media', 'television', 'tv', 'radio', 'times',
  'post', 'journal', 'herald', 'tribune', 'gazette', 'news', 'press', 'magazine', 'website', 'outlet', 'wire',
  'newswire', 'telegraph', 'guardian', 'chronicle', 'observer', 'weekly', 'tabloid', 'broadcasting', 'network',
]);

/** News agencies and broadcasters known by a short name (lower case). */
export const NEWS_MEDIA_NAMES: ReadonlySet<string> = new Set([
  'reuters', 'ap', 'associated press', 'afp', 'agence france-presse', 'agence france presse', 'xinhua', 'bernama',
  'yonhap', 'kyodo', 'jiji', 'tass', 'itar-tass', 'ria novosti', 'ria', 'interfax', 'antara', 'ansa', 'efe', 'dpa',
  'pti', 'ians', 'bss', 'kuna', 'wam', 'spa', 'irna', 'isna', 'fars', 'tasnim', 'mena', 'anadolu', 'bbc', 'cnn',
  'al jazeera', 'bloomberg', 'sputnik', 'cctv', 'cgtn', 'nhk', 'abc', 'cbs', 'nbc', 'msnbc', 'sky news', 'france 24',
  'euronews', 'voa', 'rfi', 'nikkei', 'kcna', 'sana', 'petra', 'pna', 'vna', 'nan', 'apa', 'xinhuanet', 'rt',
]);

/** Heads of descriptions of a text that carries words ("a statement", "the report"): its author speaks, not the text. */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  'statement', 'report', 'reports', 'communique', 'communiqué', 'release', 'letter', 'interview', 'article', 'editorial',
  'commentary', 'dispatch', 'bulletin', 'broadcast', 'transcript', 'post', 'tweet', 'document', 'memo',
]);
