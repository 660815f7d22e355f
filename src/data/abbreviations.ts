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
];
