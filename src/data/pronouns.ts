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
  'business', 'carrier', 'airline', 'automaker', 'carmaker', 'retailer', 'lender', 'insurer', 'manufacturer', 'producer',
  'maker', 'supplier', 'operator', 'developer', 'conglomerate', 'giant',
]);
