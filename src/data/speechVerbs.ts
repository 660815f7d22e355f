// Verbs and phrases that introduce reported speech or writing. Each lemma lists its inflected
// forms; `speechVerbForms` expands them for look-up by surface form.

/** Lemma → the forms news prose uses (past, present 3rd person, participle, base). */
const SPEECH_VERBS: Readonly<Record<string, readonly string[]>> = {
  say: ['said', 'says', 'say', 'saying'],
  tell: ['told', 'tells', 'tell', 'telling'],
  add: ['added', 'adds', 'adding'],
  stress: ['stressed', 'stresses', 'stressing'],
  note: ['noted', 'notes', 'noting'],
  tweet: ['tweeted', 'tweets', 'tweeting'],
  write: ['wrote', 'writes', 'written', 'writing'],
  post: ['posted'],
  state: ['stated', 'states', 'stating'],
  declare: ['declared', 'declares', 'declaring'],
  announce: ['announced', 'announces', 'announcing'],
  explain: ['explained', 'explains', 'explaining'],
  insist: ['insisted', 'insists', 'insisting'],
  argue: ['argued', 'argues', 'arguing'],
  claim: ['claimed', 'claims', 'claiming'],
  warn: ['warned', 'warns', 'warning'],
  urge: ['urged', 'urges', 'urging'],
  ask: ['asked', 'asks', 'asking'],
  reply: ['replied', 'replies', 'replying'],
  respond: ['responded', 'responds', 'responding'],
  answer: ['answered', 'answers', 'answering'],
  remark: ['remarked', 'remarks', 'remarking'],
  comment: ['commented', 'comments', 'commenting'],
  observe: ['observed', 'observes', 'observing'],
  continue: ['continued', 'continues', 'continuing'],
  conclude: ['concluded', 'concludes', 'concluding'],
  emphasize: ['emphasized', 'emphasised', 'emphasizes', 'emphasises', 'emphasizing', 'emphasising'],
  underscore: ['underscored', 'underscores', 'underscoring'],
  underline: ['underlined', 'underlines', 'underlining'],
  highlight: ['highlighted', 'highlights', 'highlighting'],
  acknowledge: ['acknowledged', 'acknowledges', 'acknowledging'],
  admit: ['admitted', 'admits', 'admitting'],
  concede: ['conceded', 'concedes', 'conceding'],
  confirm: ['confirmed', 'confirms', 'confirming'],
  deny: ['denied', 'denies', 'denying'],
  recall: ['recalled', 'recalls', 'recalling'],
  reveal: ['revealed', 'reveals', 'revealing'],
  disclose: ['disclosed', 'discloses', 'disclosing'],
  suggest: ['suggested', 'suggests', 'suggesting'],
  predict: ['predicted', 'predicts', 'predicting'],
  promise: ['promised', 'promises', 'promising'],
  pledge: ['pledged', 'pledges', 'pledging'],
  vow: ['vowed', 'vows', 'vowing'],
  assure: ['assured', 'assures', 'assuring'],
  reiterate: ['reiterated', 'reiterates', 'reiterating'],
  repeat: ['repeated', 'repeats', 'repeating'],
  maintain: ['maintained', 'maintains', 'maintaining'],
  contend: ['contended', 'contends', 'contending'],
  assert: ['asserted', 'asserts', 'asserting'],
  affirm: ['affirmed', 'affirms', 'affirming'],
  allege: ['alleged', 'alleges', 'alleging'],
  accuse: ['accused', 'accuses', 'accusing'],
  criticize: ['criticized', 'criticised', 'criticizes', 'criticises', 'criticizing', 'criticising'],
  condemn: ['condemned', 'condemns', 'condemning'],
  assail: ['assailed', 'assails', 'assailing'],
  describe: ['described', 'describes', 'describing'],
  hail: ['hailed', 'hails', 'hailing'],
  praise: ['praised', 'praises', 'praising'],
  lament: ['lamented', 'laments', 'lamenting'],
  complain: ['complained', 'complains', 'complaining'],
  protest: ['protested', 'protests', 'protesting'],
  object: ['objected', 'objects', 'objecting'],
  caution: ['cautioned', 'cautions', 'cautioning'],
  shout: ['shouted', 'shouts', 'shouting'],
  yell: ['yelled', 'yells', 'yelling'],
  inform: ['informed', 'informs', 'informing'],
  quip: ['quipped', 'quips', 'quipping'],
  joke: ['joked', 'jokes', 'joking'],
  boast: ['boasted', 'boasts', 'boasting'],
  muse: ['mused', 'muses', 'musing'],
  wonder: ['wondered', 'wonders', 'wondering'],
  demand: ['demanded', 'demands', 'demanding'],
  appeal: ['appealed', 'appeals', 'appealing'],
  brand: ['branded', 'brands', 'branding'],
  call: ['called', 'calls', 'calling'],
  term: ['termed', 'terms', 'terming'],
  label: ['labelled', 'labeled', 'labels', 'labelling', 'labeling'],
  refer: ['referred', 'refers', 'referring'],
  dismiss: ['dismissed', 'dismisses', 'dismissing'],
  welcome: ['welcomed', 'welcomes', 'welcoming'],
  thank: ['thanked', 'thanks', 'thanking'],
  read: ['read', 'reads'],
  report: ['reported', 'reports'],
  indicate: ['indicated', 'indicates', 'indicating'],
  exclaim: ['exclaimed', 'exclaims', 'exclaiming'],
  whisper: ['whispered', 'whispers', 'whispering'],
  testify: ['testified', 'testifies', 'testifying'],
  plead: ['pleaded', 'pleads', 'pleading'],
  counter: ['countered', 'counters', 'countering'],
  retort: ['retorted', 'retorts', 'retorting'],
  interject: ['interjected'],
  speak: ['spoke', 'speaks', 'speaking'],
  mention: ['mentioned', 'mentions', 'mentioning'],
  recount: ['recounted', 'recounts', 'recounting'],
  specify: ['specified'],
  opine: ['opined'],
  proclaim: ['proclaimed', 'proclaims', 'proclaiming'],
  summarize: ['summarized', 'summarised'],
  agree: ['agreed', 'agrees', 'agreeing'],
  reckon: ['reckoned', 'reckons'],
  laugh: ['laughed'],
  sigh: ['sighed'],
  chant: ['chanted', 'chanting'],
  scream: ['screamed'],
  cry: ['cried'],
  advise: ['advised', 'advises'],
  instruct: ['instructed'],
  elaborate: ['elaborated'],
  clarify: ['clarified', 'clarifies'],
  swear: ['swore', 'swears'],
  threaten: ['threatened', 'threatens', 'threatening'],
  concur: ['concurred'],
  reassure: ['reassured'],
  tout: ['touted', 'touting'],
  gush: ['gushed'],
  fume: ['fumed'],
  snap: ['snapped'],
  scoff: ['scoffed'],
  slam: ['slammed', 'slams', 'slamming'],
  blast: ['blasted', 'blasts'],
  denounce: ['denounced', 'denounces', 'denouncing'],
  decry: ['decried', 'decries', 'decrying'],
  reject: ['rejected', 'rejects', 'rejecting'],
  express: ['expressed', 'expresses', 'expressing'],
  voice: ['voiced', 'voices', 'voicing'],
  signal: ['signalled', 'signaled', 'signals'],
  reaffirm: ['reaffirmed', 'reaffirms', 'reaffirming'],
  propose: ['proposed', 'proposes', 'proposing'],
  characterize: ['characterized', 'characterised', 'characterizes', 'characterises', 'characterizing', 'characterising'],
  defend: ['defended', 'defends', 'defending'],
  lash: ['lashed'],
  believe: ['believes', 'believed'],
  hope: ['hopes', 'hoped'],
  expect: ['expects'],
  fear: ['fears', 'feared'],
  consider: ['considers'],
  regard: ['regards', 'regarded'],
  view: ['views', 'viewed'],
  envisage: ['envisaged', 'envisages', 'envisioned', 'envisions'],
};

/**
 * Verbs of speech that also act on what they are about, which is a noun rather than a reported
 * clause: "condemned the coup in B", "demanded the release of B", "praised the work of B".
 */
const STANCE_VERBS: ReadonlySet<string> = new Set([
  'condemn', 'criticize', 'denounce', 'decry', 'slam', 'blast', 'assail', 'praise', 'hail', 'welcome', 'reject',
  'dismiss', 'defend', 'thank', 'accuse', 'demand', 'lament',
]);

/** Surface forms that are speech verbs only when compromise tags them as verbs. */
export const NOUN_AMBIGUOUS_FORMS: ReadonlySet<string> = new Set([
  'claims', 'comments', 'remarks', 'answers', 'protests', 'objects', 'demands', 'appeals', 'reads', 'notes',
  'states', 'repeats', 'counters', 'brands', 'thanks', 'tweets', 'reports', 'promises', 'pledges', 'vows',
  'mentions', 'welcomes', 'read', 'warning', 'comment', 'speaking', 'posted', 'replies', 'jokes', 'wonders',
  'complaints', 'objects', 'answers', 'retorts', 'quips', 'boasts', 'muses', 'laments', 'highlights', 'reveals',
  'say', 'tell', 'recalls', 'maintains', 'insists', 'stresses', 'calls', 'calling', 'terms', 'labels', 'labelling',
  'labeling', 'rules', 'ruling', 'finds', 'finding', 'holds', 'voices', 'signals', 'views', 'regards', 'fears', 'hopes',
  'blasts', 'rejects', 'expresses',
]);

/**
 * Verbs of judgement (a court, a panel, an inquiry): they attribute the words quoted in their clause
 * ("the court ruled that … only in “exceptional cases”", "the judges found the policy “unlawful”"),
 * but are no speech to lean on for later quotes or pronouns.
 */
const JUDGEMENT_VERBS: Readonly<Record<string, readonly string[]>> = {
  rule: ['ruled', 'rules', 'ruling'],
  find: ['found', 'finds', 'finding'],
  deem: ['deemed', 'deems'],
  judge: ['judged'],
};

const JUDGEMENT_FORMS: ReadonlyMap<string, string> = new Map(Object.entries(JUDGEMENT_VERBS).flatMap(([lemma, forms]) => forms.map((f) => [f, lemma] as [string, string])));

/** The lemma of a judgement-verb surface form (lower case), or undefined. */
export function judgementVerbLemma(form: string): string | undefined {
  return JUDGEMENT_FORMS.get(form.toLowerCase());
}

/** Multi-word cues; the last word is the one matched, the rest must precede it. */
export const SPEECH_PHRASES: readonly (readonly string[])[] = [
  ['according', 'to'],
  ['pointed', 'out'],
  ['points', 'out'],
  ['pointing', 'out'],
  ['went', 'on'],
  ['goes', 'on'],
];

/**
 * Nouns of a stated aim or undertaking: "Roe's pledge to “…”", "the minister's efforts to “…”" quote
 * the words of the one whose aim it is.
 */
export const INTENT_NOUNS: ReadonlySet<string> = new Set([
  'effort', 'efforts', 'bid', 'pledge', 'pledges', 'promise', 'promises', 'vow', 'call', 'calls', 'plan', 'plans', 'goal',
  'goals', 'aim', 'aims', 'drive', 'push', 'campaign', 'quest', 'attempt', 'attempts', 'determination', 'desire', 'wish',
  'commitment', 'refusal', 'decision', 'demand', 'demands', 'appeal', 'warning', 'threat', 'mission', 'vision', 'ambition',
]);

/**
 * Finite speech verbs that may open a sentence with the speaker after them ("Said Jo Roe of the Acme
 * Institute: …", "Added the minister: …"). Participles that open a sentence ("Speaking at …",
 * "Asked about …") set a scene for the subject after the comma instead.
 */
export const INVERTED_SPEECH_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'added', 'adds', 'wrote', 'writes', 'noted', 'notes', 'declared', 'explained', 'insisted', 'warned', 'stressed', 'continued']);

/** Phrases whose speaker stands after them ("according to X"). */
export const SPEAKER_AFTER_PHRASES: ReadonlySet<string> = new Set(['according to']);

/** Prepositions joining a role to whom it is held for: "a spokesman for X", "an adviser to X", "the head of X". */
export const ROLE_OWNER_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'to', 'of']);

/** Words that may stand between a speaker and the speech verb ("he also said", "X has repeatedly warned"). */
export const SUBJECT_VERB_FILLERS: ReadonlySet<string> = new Set([
  'also', 'then', 'later', 'earlier', 'further', 'again', 'once', 'had', 'has', 'have', 'was', 'were', 'is', 'are',
  'been', 'being', 'reportedly', 'previously', 'repeatedly', 'publicly', 'recently', 'subsequently', 'quickly',
  'simply', 'only', 'just', 'still', 'even', 'firmly', 'flatly', 'quoted', 'as', 'not', 'never', 'would', 'will',
  'did', 'does', 'do', 'could', 'can', 'may', 'might', 'should', 'had', 'today', 'yesterday', 'tonight', 'allegedly',
  'angrily', 'bluntly', 'candidly', 'cautiously', 'confidently', 'emphatically', 'frankly', 'proudly', 'openly',
  'separately', 'privately', 'formally', 'officially', 'directly', 'herself', 'himself', 'themselves', 'itself',
]);

/** Words right before a quoted term that mark it as a name or a scare quote, not speech. */
export const TERM_MARKERS: readonly (readonly string[])[] = [
  ['so-called'], ['so', 'called'], ['dubbed'], ['nicknamed'], ['named'], ['titled'], ['entitled'], ['known', 'as'],
  ['termed'], ['the', 'word'], ['the', 'term'], ['the', 'phrase'], ['the', 'slogan'], ['the', 'hashtag'], ['codenamed'],
  ['code-named'], ['labelled'], ['labeled'], ['marked'], ['reading'], ['self-proclaimed'], ['self-styled'], ['self-described'],
];

/**
 * Nouns of documents, programmes and operations. A quoted term ending in one after "the" ("the “room
 * papers”"), standing before one ("the “safe return” scheme") or set off after one ("documents, the
 * “blue files”,") names a thing, whoever speaks in the sentence.
 */
export const THING_NOUNS: ReadonlySet<string> = new Set([
  'papers', 'paper', 'documents', 'document', 'files', 'file', 'dossier', 'dossiers', 'memo', 'memos', 'list', 'lists',
  'blueprint', 'roadmap', 'programme', 'programmes', 'program', 'programs', 'scheme', 'schemes', 'plan', 'plans',
  'project', 'projects', 'operation', 'operations', 'initiative', 'initiatives', 'strategy', 'doctrine', 'protocol',
  'clause', 'report', 'reports', 'campaign', 'mission', 'policy', 'law', 'bill', 'act', 'agreement', 'treaty', 'accord',
  'package', 'formula', 'framework', 'model', 'summit', 'forum', 'talks', 'format', 'deal', 'proposal', 'proposals',
  'principle', 'principles', 'concept', 'slogan', 'motto', 'mantra', 'approach', 'vision', 'agenda', 'narrative',
]);

/** Thing nouns that, ending a quoted term after "the", make it a name rather than a characterisation. */
export const NAMED_THING_HEADS: ReadonlySet<string> = new Set([
  'papers', 'paper', 'documents', 'document', 'files', 'file', 'dossier', 'dossiers', 'memo', 'memos', 'list', 'lists',
  'blueprint', 'roadmap', 'programme', 'programmes', 'program', 'programs', 'scheme', 'schemes', 'plan', 'plans',
  'project', 'projects', 'operation', 'operations', 'initiative', 'initiatives', 'strategy', 'doctrine', 'protocol', 'clause',
]);

/** Heads of named issues: a quoted proper name ending in one ("“Fortville question”", "“Blue Sea disputes”") names an issue. */
export const NAMED_ISSUE_HEADS: ReadonlySet<string> = new Set(['question', 'issue', 'issues', 'dispute', 'disputes', 'problem', 'affair']);

const FORMS: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const [lemma, forms] of Object.entries(SPEECH_VERBS)) for (const form of forms) map.set(form, lemma);
  return map;
})();
const LEMMAS: ReadonlySet<string> = new Set(Object.keys(SPEECH_VERBS));

/** The form is a speech verb's lemma or one of its inflections ("underscore", "underscored"). */
export function isSpeechVerbForm(form: string): boolean {
  const lower = form.toLowerCase();
  return FORMS.has(lower) || LEMMAS.has(lower);
}

/** The form is a verb of speech that acts on a noun ("condemned", "welcomes"): see STANCE_VERBS. */
export function isStanceVerbForm(form: string): boolean {
  const lemma = FORMS.get(form.toLowerCase()) ?? form.toLowerCase();
  return STANCE_VERBS.has(lemma);
}

/** The lemma of a speech-verb surface form (lower case), or undefined. */
export function speechVerbLemma(form: string): string | undefined {
  return FORMS.get(form.toLowerCase());
}
