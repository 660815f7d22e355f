// Abbreviations that end in a full stop without ending a sentence ("Amb. Tanaka", "Insp. Ruiz"),
// beyond the many compromise already knows. Lower case, without the stop.
export const EXTRA_ABBREVIATIONS: readonly string[] = [
  'amb', // ambassador
  'insp', // inspector
  'pres', // president
  'dep', // deputy
  'rt', // right (Rt. Hon.)
  'no', // number (No. 10)
  'nos',
  'supt', // superintendent
  'cdr', // commander
  'cmdt', // commandant
  'asst', // assistant
  'assoc', // associate
  'dept', // department
  'govt', // government
  'approx',
  'est', // established
  'sec-gen', // secretary-general
  'secy', // secretary
];

/**
 * Titles as news abbreviates them before a name, with a full stop ("Egyptian Pres. X", "Arab League
 * Sec-Gen. X"), and the title each stands for. The entity stage reads them as the full title. Ranks
 * ("Gen.", "Col.") are honorifics (titles.ts) and stay out: "Brig. Gen. X" is a rank, not a title.
 */
export const TITLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['pres', 'president'],
  ['sec', 'secretary'],
  ['secy', 'secretary'],
  ['sec-gen', 'secretary-general'],
  ['min', 'minister'],
  ['dep', 'deputy'],
  ['gov', 'governor'],
  ['sen', 'senator'],
  ['rep', 'representative'],
  ['amb', 'ambassador'],
  ['asst', 'assistant'],
  ['atty', 'attorney'],
  ['chmn', 'chairman'],
  // An honorific, read as one only with its stop: "Hon Velkor" may be a company.
  ['hon', 'honourable'],
]);
