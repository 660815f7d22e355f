// Relation lexicon: the verbs and nouns that state a fact between two named things, with the
// predicate users see and a coarse type. Logic lives in src/extract/relations/*; this file only
// lists words. Predicates follow the gold convention: past tense for events ("met", "accused"),
// present for standing states ("supplies", "supports", "leads").
import type { RelationType } from '../store/records.js';
import { ARMED_FORCE_NOUNS } from './demonymContexts.js';

export interface RelationVerb {
  /** Base form ("meet"); with `particle`, the phrasal verb's verb ("take" + "over"). */
  lemma: string;
  /** Irregular past tense and past participle ("met"); regular forms are generated. */
  past?: string;
  participle?: string;
  /** Irregular third person singular ("has"). */
  third?: string;
  /** Phrasal-verb particle that must follow the verb ("over" in "took over"). */
  particle?: string;
  /** Predicate for a finite use ("met", "supplies"). */
  predicate: string;
  type: RelationType;
  /**
   * Prepositions that may introduce the object, with the predicate for each. `''` is a direct
   * object. `#` stands for the head noun met between verb and preposition ("sent # to" →
   * "sent troops to"); an empty template takes the noun's own predicate.
   */
  preps: Record<string, string>;
  /** "A and B met": coordinated subjects without an object are related to each other. */
  symmetric?: boolean;
  /** Relation goes from the object to the subject with this predicate ("includes" → "member of"). */
  inverse?: string;
  /** The preposition must follow the verb directly ("said in Fortville", not "said … in Fortville"). */
  adjacentPrep?: boolean;
  /** A relation only through a relation noun in its object ("held talks with", "has a plant in"). */
  light?: boolean;
  /** Made for a verb outside the lexicon: a passive without agent relates its subject to the object of a preposition ("was forced out of B"). */
  open?: boolean;
  /** A place after "in" stands for the direct object ("visited troops in Fortville" is a visit to Fortville). */
  placeOfObject?: boolean;
}

const v = (
  lemma: string,
  predicate: string,
  type: RelationType,
  preps: Record<string, string>,
  extra: Partial<RelationVerb> = {},
): RelationVerb => ({ lemma, predicate, type, preps, ...extra });

export const RELATION_VERBS: readonly RelationVerb[] = [
  // Meetings and contacts
  v('meet', 'met', 'MEETING', { '': 'met', with: 'met' }, { past: 'met', participle: 'met', symmetric: true }),
  v('talk', 'talked with', 'MEETING', { with: 'talked with', to: 'talked to' }, { symmetric: true }),
  v('discuss', 'discussed', 'MEETING', { with: 'discussed # with' }, { symmetric: true }),
  v('negotiate', 'negotiated with', 'MEETING', { with: 'negotiated with' }, { symmetric: true }),
  v('host', 'hosted', 'MEETING', { '': 'hosted' }),
  v('receive', 'received', 'MEETING', { '': 'received' }),
  v('welcome', 'welcomed', 'MEETING', { '': 'welcomed' }),
  v('greet', 'greeted', 'MEETING', { '': 'greeted' }),
  v('invite', 'invited', 'MEETING', { '': 'invited' }),
  v('accompany', 'accompanied', 'MEETING', { '': 'accompanied' }),
  v('phone', 'phoned', 'MEETING', { '': 'phoned' }),
  v('write', 'wrote to', 'MEETING', { to: 'wrote to' }, { past: 'wrote', participle: 'written', adjacentPrep: true }),
  v('telephone', 'telephoned', 'MEETING', { '': 'telephoned' }),
  v('call', 'called', 'MEETING', { '': 'called', on: 'called on', for: 'called on' }),
  v('propose', 'proposed to', 'MEETING', { to: 'proposed # to' }),
  v('brief', 'briefed', 'MEETING', { '': 'briefed' }),
  v('tell', 'told', 'MEETING', { '': 'told' }, { past: 'told', participle: 'told' }),
  v('assure', 'assured', 'MEETING', { '': 'assured' }),
  v('inform', 'informed', 'MEETING', { '': 'informed' }),
  v('interview', 'interviewed', 'MEETING', { '': 'interviewed' }),
  v('join', 'joined', 'AFFILIATION', { '': 'joined' }),
  v('belong', 'member of', 'AFFILIATION', { to: 'member of' }),
  v('rejoin', 'rejoined', 'AFFILIATION', { '': 'rejoined' }),
  v('quit', 'quit', 'AFFILIATION', { '': 'quit' }, { past: 'quit', participle: 'quit' }),
  v('withdraw', 'withdrew from', 'AFFILIATION', { from: 'withdrew from' }, { past: 'withdrew', participle: 'withdrawn' }),
  v('attend', 'attended', 'MEETING', { '': 'attended' }),
  v('say', 'spoke in', 'TRAVEL', { in: 'spoke in', at: 'spoke at' }, { past: 'said', participle: 'said', third: 'says', adjacentPrep: true }),
  v('speak', 'spoke in', 'MEETING', { in: 'spoke in', at: 'spoke at', to: 'spoke to', with: 'spoke with' }, { past: 'spoke', participle: 'spoken' }),
  v('address', 'addressed', 'MEETING', { '': 'addressed', in: 'addressed audience in', at: 'addressed audience at' }),
  v('extend', 'extended', 'MEETING', { to: 'extended # to' }, { light: true }),
  // Travel
  v('visit', 'visited', 'TRAVEL', { '': 'visited' }, { placeOfObject: true }),
  v('tour', 'toured', 'TRAVEL', { '': 'toured' }, { placeOfObject: true }),
  v('come', 'came to', 'TRAVEL', { to: 'came to' }, { past: 'came', participle: 'come' }),
  v('arrive', 'arrived in', 'TRAVEL', { in: 'arrived in', at: 'arrived at', from: 'arrived from' }),
  v('travel', 'traveled to', 'TRAVEL', { to: 'traveled to', from: 'traveled from' }),
  v('fly', 'flew to', 'TRAVEL', { to: 'flew to', from: 'flew from' }, { past: 'flew', participle: 'flown' }),
  v('return', 'returned to', 'TRAVEL', { to: 'returned to', from: 'returned from' }),
  v('leave', 'left', 'TRAVEL', { '': 'left', for: 'left for' }, { past: 'left', participle: 'left' }),
  v('depart', 'departed', 'TRAVEL', { from: 'departed from', for: 'departed for' }),
  v('head', 'heads', 'ROLE', { '': 'heads', to: 'headed to' }),
  // Agreements and alliances
  v('sign', 'signed', 'AGREEMENT', { '': 'signed', with: 'signed # with' }, { symmetric: true }),
  v('agree', 'agreed with', 'AGREEMENT', { with: 'agreed with' }, { symmetric: true }),
  v('ally', 'allied with', 'AGREEMENT', { with: 'allied with' }, { symmetric: true }),
  v('partner', 'partnered with', 'AGREEMENT', { with: 'partnered with' }, { symmetric: true }),
  v('cooperate', 'cooperates with', 'AGREEMENT', { with: 'cooperates with' }, { symmetric: true }),
  v('ratify', 'ratified', 'AGREEMENT', { '': 'ratified' }),
  v('merge', 'merged with', 'ECONOMIC', { with: 'merged with', into: 'merged into' }, { symmetric: true }),
  v('team', 'teamed up with', 'AGREEMENT', { with: 'teamed up with' }, { particle: 'up', symmetric: true }),
  v('side', 'sided with', 'SUPPORT', { with: 'sided with' }),
  v('recognize', 'recognized', 'AGREEMENT', { '': 'recognized' }),
  v('recognise', 'recognized', 'AGREEMENT', { '': 'recognized' }),
  // Conflict
  v('invade', 'invaded', 'CONFLICT', { '': 'invaded' }),
  v('attack', 'attacked', 'CONFLICT', { '': 'attacked' }),
  v('strike', 'struck', 'CONFLICT', { '': 'struck' }, { past: 'struck', participle: 'struck' }),
  v('bomb', 'bombed', 'CONFLICT', { '': 'bombed' }),
  v('shell', 'shelled', 'CONFLICT', { '': 'shelled' }),
  v('fight', 'fought', 'CONFLICT', { '': 'fought', against: 'fought against', with: 'fought with' }, { past: 'fought', participle: 'fought' }),
  v('occupy', 'occupied', 'CONFLICT', { '': 'occupied' }),
  v('annex', 'annexed', 'CONFLICT', { '': 'annexed' }),
  v('raid', 'raided', 'CONFLICT', { '': 'raided' }),
  v('target', 'targeted', 'CONFLICT', { '': 'targeted' }),
  v('threaten', 'threatened', 'CONFLICT', { '': 'threatened' }),
  v('capture', 'captured', 'CONFLICT', { '': 'captured' }),
  v('seize', 'seized', 'CONFLICT', { '': 'seized' }),
  v('clash', 'clashed with', 'CONFLICT', { with: 'clashed with' }, { symmetric: true }),
  v('sanction', 'sanctioned', 'CONFLICT', { '': 'sanctioned' }),
  v('expel', 'expelled', 'CONFLICT', { '': 'expelled' }),
  v('arrest', 'arrested', 'CONFLICT', { '': 'arrested' }),
  v('detain', 'detained', 'CONFLICT', { '': 'detained' }),
  v('kill', 'killed', 'CONFLICT', { '': 'killed' }),
  v('oust', 'ousted', 'CONFLICT', { '': 'ousted' }),
  v('overthrow', 'overthrew', 'CONFLICT', { '': 'overthrew' }, { past: 'overthrew', participle: 'overthrown' }),
  v('topple', 'toppled', 'CONFLICT', { '': 'toppled' }),
  v('depose', 'deposed', 'CONFLICT', { '': 'deposed' }),
  v('take', 'fought', 'CONFLICT', { against: 'fought' }, { past: 'took', participle: 'taken', particle: 'up' }),
  v('rebel', 'rebelled against', 'CONFLICT', { against: 'rebelled against' }),
  v('rise', 'rose up against', 'CONFLICT', { against: 'rose up against' }, { past: 'rose', participle: 'risen', particle: 'up' }),
  v('repel', 'repelled', 'CONFLICT', { '': 'repelled', by: 'repelled # by' }),
  v('repulse', 'repelled', 'CONFLICT', { '': 'repelled', by: 'repelled # by' }),
  v('foil', 'foiled', 'CONFLICT', { '': 'foiled', by: 'foiled # by' }),
  v('thwart', 'thwarted', 'CONFLICT', { '': 'thwarted', by: 'thwarted # by' }),
  v('border', 'borders', 'LOCATION', { '': 'borders' }),
  v('compete', 'competes with', 'CONFLICT', { with: 'competes with', against: 'competes with' }, { symmetric: true }),
  // Contests and results
  v('beat', 'beat', 'CONFLICT', { '': 'beat' }, { past: 'beat', participle: 'beaten' }),
  v('defeat', 'defeated', 'CONFLICT', { '': 'defeated' }),
  v('overcome', 'overcame', 'CONFLICT', { '': 'overcame' }, { past: 'overcame', participle: 'overcome' }),
  v('overpower', 'overpowered', 'CONFLICT', { '': 'overpowered' }),
  v('thrash', 'beat', 'CONFLICT', { '': 'beat' }),
  v('rout', 'beat', 'CONFLICT', { '': 'beat' }),
  v('crush', 'beat', 'CONFLICT', { '': 'beat' }),
  v('hammer', 'beat', 'CONFLICT', { '': 'beat' }),
  v('trounce', 'beat', 'CONFLICT', { '': 'beat' }),
  v('stun', 'beat', 'CONFLICT', { '': 'beat' }),
  v('edge', 'beat', 'CONFLICT', { '': 'beat' }),
  v('upset', 'beat', 'CONFLICT', { '': 'beat' }, { past: 'upset', participle: 'upset' }),
  v('outclass', 'beat', 'CONFLICT', { '': 'beat' }),
  v('sink', 'beat', 'CONFLICT', { '': 'beat' }, { past: 'sank', participle: 'sunk' }),
  v('down', 'beat', 'CONFLICT', { '': 'beat' }),
  v('knock', 'knocked out', 'CONFLICT', { '': 'knocked out' }, { particle: 'out' }),
  v('crash', 'lost to', 'CONFLICT', { to: 'lost to', against: 'lost to' }, { particle: 'out' }),
  v('fall', 'lost to', 'CONFLICT', { to: 'lost to' }, { past: 'fell', participle: 'fallen' }),
  v('succumb', 'lost to', 'CONFLICT', { to: 'lost to' }),
  v('score', 'scored against', 'CONFLICT', { against: 'scored against', for: 'plays for' }),
  v('eliminate', 'eliminated', 'CONFLICT', { '': 'eliminated' }),
  v('lose', 'lost to', 'CONFLICT', { to: 'lost to', against: 'lost against' }, { past: 'lost', participle: 'lost' }),
  v('win', 'won against', 'CONFLICT', { against: 'won against', over: 'won over' }, { past: 'won', participle: 'won' }),
  v('draw', 'drew with', 'CONFLICT', { with: 'drew with' }, { past: 'drew', participle: 'drawn' }),
  v('play', 'played', 'CONFLICT', { against: 'played against' }),
  v('face', 'faced', 'CONFLICT', { '': 'faced' }),
  // Criticism
  v('accuse', 'accused', 'CRITICISM', { '': 'accused' }),
  v('criticize', 'criticized', 'CRITICISM', { '': 'criticized' }),
  v('contradict', 'contradicted', 'CRITICISM', { '': 'contradicted' }),
  v('rebuke', 'rebuked', 'CRITICISM', { '': 'rebuked' }),
  v('criticise', 'criticized', 'CRITICISM', { '': 'criticized' }),
  v('condemn', 'condemned', 'CRITICISM', { '': 'condemned' }),
  v('denounce', 'denounced', 'CRITICISM', { '': 'denounced' }),
  v('blame', 'blamed', 'CRITICISM', { '': 'blamed' }),
  v('slam', 'slammed', 'CRITICISM', { '': 'slammed' }),
  v('warn', 'warned', 'CRITICISM', { '': 'warned' }),
  v('rebuke', 'rebuked', 'CRITICISM', { '': 'rebuked' }),
  v('challenge', 'challenged', 'CRITICISM', { '': 'challenged' }),
  v('sue', 'sued', 'CRITICISM', { '': 'sued' }),
  v('complain', 'complained against', 'CRITICISM', { against: 'complained against', about: 'complained about', to: 'complained to' }),
  v('protest', 'protested to', 'CRITICISM', { to: 'protested to', against: 'protested against' }),
  v('rule', 'ruled against', 'CRITICISM', { against: 'ruled against', for: 'ruled in favour of' }, { adjacentPrep: true }),
  v('fine', 'fined', 'CRITICISM', { '': 'fined' }),
  v('summon', 'summoned', 'CRITICISM', { '': 'summoned' }),
  v('ban', 'banned', 'CONFLICT', { '': 'banned' }),
  v('penalise', 'penalised', 'CRITICISM', { '': 'penalised' }),
  v('penalize', 'penalized', 'CRITICISM', { '': 'penalized' }),
  v('investigate', 'investigated', 'CRITICISM', { '': 'investigated' }),
  v('charge', 'charged', 'CRITICISM', { '': 'charged' }),
  v('reject', 'rejected', 'CRITICISM', { '': 'rejected' }),
  v('question', 'questioned', 'CRITICISM', { '': 'questioned' }),
  v('appeal', 'appealed against', 'CRITICISM', { against: 'appealed against' }),
  v('oppose', 'opposes', 'CRITICISM', { '': 'opposes' }),
  v('urge', 'urged', 'OTHER', { '': 'urged' }),
  // Support
  v('support', 'supports', 'SUPPORT', { '': 'supports' }),
  v('back', 'backs', 'SUPPORT', { '': 'backs' }),
  v('endorse', 'endorsed', 'SUPPORT', { '': 'endorsed' }),
  v('praise', 'praised', 'SUPPORT', { '': 'praised' }),
  v('hail', 'hailed', 'SUPPORT', { '': 'hailed' }),
  v('thank', 'thanked', 'SUPPORT', { '': 'thanked' }),
  v('congratulate', 'congratulated', 'SUPPORT', { '': 'congratulated' }),
  v('defend', 'defended', 'SUPPORT', { '': 'defended' }),
  v('help', 'helped', 'SUPPORT', { '': 'helped' }),
  v('aid', 'aids', 'SUPPORT', { '': 'aids' }),
  v('arm', 'arms', 'SUPPORT', { '': 'arms' }),
  v('supply', 'supplies', 'SUPPORT', { '': 'supplies', to: 'supplies # to' }),
  v('provide', 'provides', 'SUPPORT', { '': 'provides', to: 'provides # to' }),
  v('deliver', 'delivered', 'SUPPORT', { to: 'delivered # to' }),
  v('send', 'sent', 'SUPPORT', { to: 'sent # to' }, { past: 'sent', participle: 'sent' }),
  v('deploy', 'deployed', 'SUPPORT', { to: 'deployed # to', in: 'deployed # in' }),
  v('give', 'gave', 'SUPPORT', { '': 'gave', to: 'gave # to' }, { past: 'gave', participle: 'given' }),
  v('offer', 'offered', 'SUPPORT', { '': 'offered', to: 'offered # to' }),
  // Economy
  v('invest', 'invests in', 'ECONOMIC', { in: 'invests in' }),
  v('acquire', 'acquired', 'ECONOMIC', { '': 'acquired' }),
  v('buy', 'bought', 'ECONOMIC', { '': 'bought', from: 'bought from' }, { past: 'bought', participle: 'bought' }),
  v('purchase', 'purchased', 'ECONOMIC', { '': 'purchased', from: 'purchased from' }),
  v('take', 'took over', 'ECONOMIC', { '': 'took over' }, { past: 'took', participle: 'taken', particle: 'over' }),
  v('take', 'took', 'OTHER', { on: 'took # on', of: 'took # of', in: 'took # in' }, { past: 'took', participle: 'taken', light: true }),
  v('form', 'formed', 'ECONOMIC', { '': 'formed' }),
  v('own', 'owns', 'ECONOMIC', { '': 'owns' }),
  v('sell', 'sold', 'ECONOMIC', { '': 'sold', to: 'sold # to' }, { past: 'sold', participle: 'sold' }),
  v('export', 'exports to', 'ECONOMIC', { to: 'exports # to' }),
  v('import', 'imports from', 'ECONOMIC', { from: 'imports # from' }),
  v('trade', 'trades with', 'ECONOMIC', { with: 'trades with' }, { symmetric: true }),
  v('fund', 'funds', 'ECONOMIC', { '': 'funds' }),
  v('finance', 'finances', 'ECONOMIC', { '': 'finances' }),
  v('employ', 'employs', 'ECONOMIC', { '': 'employs' }),
  v('spend', 'invests in', 'ECONOMIC', { in: 'invests in', on: 'invests in' }, { past: 'spent', participle: 'spent', light: true }),
  v('build', 'builds', 'ECONOMIC', { in: 'builds # in' }, { past: 'built', participle: 'built', light: true }),
  v('open', 'opened', 'ECONOMIC', { in: 'opened # in' }, { light: true }),
  v('raise', 'raised', 'ECONOMIC', { in: 'raised # in' }, { light: true }),
  v('have', 'has', 'OTHER', { in: 'has # in', with: 'has # with' }, { past: 'had', participle: 'had', third: 'has', light: true }),
  v('hold', 'holds', 'OTHER', { in: 'holds # in', with: 'held # with' }, { past: 'held', participle: 'held', light: true }),
  v('pay', 'paid', 'MEETING', { on: 'paid # on', to: 'paid # to' }, { past: 'paid', participle: 'paid', light: true }),
  v('reach', 'reached', 'AGREEMENT', { with: 'reached # with' }, { light: true, symmetric: true }),
  v('conclude', 'concluded', 'AGREEMENT', { with: 'concluded # with' }, { light: true, symmetric: true }),
  v('seal', 'sealed', 'AGREEMENT', { with: 'sealed # with' }, { light: true, symmetric: true }),
  v('clinch', 'clinched', 'AGREEMENT', { with: 'clinched # with' }, { light: true, symmetric: true }),
  v('finalize', 'finalized', 'AGREEMENT', { with: 'finalized # with' }, { light: true, symmetric: true }),
  v('finalise', 'finalized', 'AGREEMENT', { with: 'finalized # with' }, { light: true, symmetric: true }),
  v('ink', 'signed', 'AGREEMENT', { with: 'signed # with' }, { light: true, symmetric: true }),
  v('impose', 'imposed', 'CONFLICT', { on: 'imposed # on', against: 'imposed # against' }, { light: true }),
  v('slap', 'imposed', 'CONFLICT', { on: 'imposed # on' }, { light: true }),
  v('levy', 'imposed', 'CONFLICT', { on: 'imposed # on' }, { light: true }),
  v('lift', 'lifted', 'CONFLICT', { on: 'lifted # on', against: 'lifted # against' }, { light: true }),
  v('ease', 'eased', 'CONFLICT', { on: 'eased # on', against: 'eased # against' }, { light: true }),
  v('relax', 'relaxed', 'CONFLICT', { on: 'relaxed # on' }, { light: true }),
  v('tighten', 'tightened', 'CONFLICT', { on: 'tightened # on', against: 'tightened # against' }, { light: true }),
  // "expressed dissatisfaction with B", "voiced confidence in B": a stance, through its noun.
  v('express', 'expressed', 'CRITICISM', { with: '', over: '', at: '', about: '', in: '' }, { light: true }),
  v('voice', 'voiced', 'CRITICISM', { with: '', over: '', at: '', about: '', in: '' }, { light: true }),
  v('file', 'filed', 'CRITICISM', { against: 'filed # against', with: 'filed # with', at: 'filed # at' }, { light: true }),
  v('lodge', 'lodged', 'CRITICISM', { against: 'lodged # against', with: 'lodged # with', at: 'lodged # at' }, { light: true }),
  v('bring', 'brought', 'CRITICISM', { against: 'brought # against' }, { past: 'brought', participle: 'brought', light: true }),
  v('win', 'won', 'ECONOMIC', { from: 'won # from' }, { past: 'won', participle: 'won', light: true }),
  v('place', 'placed', 'ECONOMIC', { with: 'placed # with' }, { light: true }),
  v('wage', 'waged', 'CONFLICT', { on: 'waged # on', against: 'waged # against' }, { light: true }),
  v('launch', 'launched', 'CONFLICT', { on: 'launched # on', against: 'launched # against', with: 'launched # with' }, { light: true }),
  v('unveil', 'unveiled', 'ECONOMIC', { with: 'unveiled # with' }, { light: true }),
  v('announce', 'announced', 'ECONOMIC', { with: 'announced # with' }, { light: true }),
  v('make', 'made', 'OTHER', { with: 'made # with', on: 'made # on', to: 'made # to' }, { past: 'made', participle: 'made', light: true }),
  v('come', 'came', 'OTHER', { with: '' }, { past: 'came', participle: 'come', light: true }),
  // Leadership, membership, location
  v('lead', 'leads', 'ROLE', { '': 'leads' }, { past: 'led', participle: 'led' }),
  v('chair', 'chairs', 'ROLE', { '': 'chairs' }),
  v('govern', 'governs', 'ROLE', { '': 'governs' }),
  v('rule', 'rules', 'ROLE', { '': 'rules' }),
  v('control', 'controls', 'CONFLICT', { '': 'controls' }),
  v('represent', 'represents', 'ROLE', { '': 'represents' }),
  v('found', 'founded', 'ROLE', { '': 'founded' }),
  v('elect', 'elected', 'ROLE', { '': 'elected' }),
  v('appoint', 'appointed', 'ROLE', { '': 'appointed' }),
  v('nominate', 'nominated', 'ROLE', { '': 'nominated' }),
  v('replace', 'replaced', 'ROLE', { '': 'replaced' }),
  v('succeed', 'succeeded', 'ROLE', { '': 'succeeded' }),
  v('dismiss', 'dismissed', 'ROLE', { '': 'dismissed' }),
  v('include', 'includes', 'AFFILIATION', { '': 'includes' }, { inverse: 'member of' }),
  v('comprise', 'comprises', 'AFFILIATION', { '': 'comprises' }, { inverse: 'member of' }),
  v('use', 'uses', 'OTHER', { '': 'uses' }),
  v('report', 'reported', 'OTHER', { '': 'reported' }),
  v('quote', 'quoted', 'OTHER', { '': 'quoted' }),
];

export interface RelationNoun {
  /** Singular and plural spellings that head the phrase. */
  forms: readonly string[];
  /** Predicate when no light verb governs the noun ("her meeting with X" → "met"). */
  predicate: string;
  type: RelationType;
  /** Prepositions that introduce the other party. */
  preps: readonly string[];
  symmetric?: boolean;
}

const n = (forms: string[], predicate: string, type: RelationType, preps: string[], symmetric = false): RelationNoun => ({ forms, predicate, type, preps, symmetric });

export const RELATION_NOUNS: readonly RelationNoun[] = [
  n(['meeting', 'meetings'], 'met', 'MEETING', ['with'], true),
  n(['talks', 'talk', 'discussions', 'consultations', 'conversations', 'conversation'], 'held talks with', 'MEETING', ['with'], true),
  n(['negotiations'], 'negotiated with', 'MEETING', ['with'], true),
  n(['summit'], 'held summit with', 'MEETING', ['with'], true),
  n(['call', 'phone call', 'courtesy call'], 'called on', 'MEETING', ['on', 'with', 'to'], true),
  n(['visit', 'visits', 'trip', 'state visit'], 'visited', 'TRAVEL', ['to']),
  n(['tour'], 'toured', 'TRAVEL', ['of']),
  n(['interview'], 'interview with', 'MEETING', ['with']),
  n(['news conference', 'press conference', 'conference', 'statement', 'joint statement', 'briefing', 'dinner', 'lunch', 'breakfast', 'video call', 'videoconference'], 'met', 'MEETING', ['with'], true),
  n(['contact', 'contacts'], 'had contact with', 'MEETING', ['with'], true),
  n(['issues'], 'discussed issues with', 'MEETING', ['with'], true),
  n(['invitation', 'invite'], 'invited', 'MEETING', ['to']),
  n(['agreement', 'deal', 'accord', 'pact', 'treaty', 'memorandum'], 'agreement with', 'AGREEMENT', ['with'], true),
  n(['partnership', 'alliance', 'cooperation', 'coalition'], 'partnership with', 'AGREEMENT', ['with'], true),
  n(['relations', 'ties', 'diplomatic relations'], 'has relations with', 'AGREEMENT', ['with'], true),
  n(['trade'], 'trades with', 'ECONOMIC', ['with'], true),
  n(['dispute', 'conflict', 'rivalry', 'tensions'], 'in dispute with', 'CONFLICT', ['with'], true),
  n(['competition', 'race', 'contest'], 'competes with', 'CONFLICT', ['with', 'against'], true),
  n(['clashes', 'fighting', 'battle', 'battles', 'skirmish', 'skirmishes', 'firefight', 'gunfight', 'fire'], 'clashed with', 'CONFLICT', ['with', 'against'], true),
  n(['rally', 'rallies', 'protest', 'protests', 'demonstration', 'march', 'convention'], 'held rally in', 'MEETING', ['in']),
  n(['war', 'offensive', 'campaign'], 'at war with', 'CONFLICT', ['with', 'on', 'against'], false),
  n(['invasion'], 'invaded', 'CONFLICT', ['of']),
  n(['attack', 'attacks', 'strike', 'strikes', 'airstrikes'], 'attacked', 'CONFLICT', ['on', 'against']),
  n(['sanctions'], 'sanctioned', 'CONFLICT', ['on', 'against']),
  n(['tariffs', 'tariff', 'duties', 'duty', 'levies', 'levy', 'embargo', 'ban', 'restrictions', 'curbs', 'controls'], 'imposed tariffs on', 'CONFLICT', ['on', 'against']),
  n(['complaint', 'complaints', 'case', 'lawsuit', 'suit', 'challenge', 'appeal', 'charges', 'claim'], 'filed complaint against', 'CRITICISM', ['against', 'with', 'at']),
  n(['ruling', 'verdict', 'judgment', 'judgement', 'decision'], 'ruled against', 'CRITICISM', ['against']),
  n(['order', 'orders', 'contract', 'contracts'], 'won contract from', 'ECONOMIC', ['from', 'with']),
  n(['revenge'], 'took revenge on', 'CONFLICT', ['on']),
  n(['victory', 'win'], 'beat', 'CONFLICT', ['over', 'against']),
  n(['defeat'], 'lost to', 'CONFLICT', ['to']),
  n(['criticism'], 'criticized', 'CRITICISM', ['of']),
  n(['dissatisfaction', 'frustration', 'displeasure', 'disappointment', 'anger', 'discontent', 'unhappiness'], 'criticized', 'CRITICISM', ['with', 'over', 'at']),
  n(['confidence', 'trust', 'faith'], 'expressed confidence in', 'SUPPORT', ['in']),
  n(['support', 'backing', 'aid', 'assistance'], 'supports', 'SUPPORT', ['for', 'to']),
  n(['takeover', 'buyout', 'acquisition', 'purchase', 'takeover bid', 'bid', 'offer'], 'acquired', 'ECONOMIC', ['of', 'for']),
  n(['merger', 'tie-up', 'combination', 'joint venture', 'venture'], 'merged with', 'ECONOMIC', ['with'], true),
  n(['stake', 'shares'], 'holds stake in', 'ECONOMIC', ['in']),
  n(['investment', 'investments'], 'invests in', 'ECONOMIC', ['in']),
  n(['plant', 'factory', 'complex', 'facility', 'plants', 'factories', 'headquarters', 'office', 'offices', 'base', 'bases', 'subsidiary', 'branch', 'operations'], 'has facility in', 'LOCATION', ['in']),
  n(['control'], 'took control of', 'CONFLICT', ['of']),
  n(['soldiers', 'troops', 'forces', 'weapons', 'drones', 'jets', 'missiles', 'arms'], 'sent forces to', 'SUPPORT', ['to']),
];

/** Verbs that put another relation verb under them with "to": "agreed to invest", "expects X to visit". */
export const CONTROL_VERBS: ReadonlySet<string> = new Set([
  'agree', 'expect', 'plan', 'want', 'seek', 'hope', 'vow', 'threaten', 'promise', 'decide', 'intend', 'request',
  'bill', 'set', 'prepare', 'try', 'aim', 'offer', 'refuse', 'fail', 'pledge', 'schedule', 'due', 'likely', 'ask',
  'invite', 'urge', 'move', 'begin', 'start', 'continue', 'need', 'wish', 'propose', 'attempt', 'able',
]);

/** Auxiliaries and modals kept in the predicate ("will host"). */
export const MODALS: ReadonlySet<string> = new Set(['will', 'would', 'could', 'may', 'might', 'shall', 'should', 'can', 'must']);

export const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s']);

export const AUXILIARIES: ReadonlySet<string> = new Set(['has', 'have', 'had', 'do', 'does', 'did', 'not', "n't", 'never', 'also', 'then', 'already', 'reportedly', 'allegedly', 'jointly', 'successfully', 'recently', 'still', 'just', 'again', 'later', 'finally', 'officially', 'formally', 'secretly', 'repeatedly', 'specifically', 'publicly', 'openly', 'strongly', 'sharply', 'effectively', 'first', 'once', 'twice']);

/** Nouns for the members of a group: "rebels of the Blue Front took up arms" is the Blue Front acting. */
export const MEMBER_NOUNS: ReadonlySet<string> = new Set(['rebels', 'fighters', 'members', 'troops', 'soldiers', 'militants', 'supporters', 'forces', 'officials', 'delegates', 'negotiators', 'representatives', 'envoys', 'diplomats', 'lawyers', 'executives', 'staff', 'employees', 'workers']);

/** Nouns for a state's or group's people and arms that act for it: "Ruritanian troops attacked", "Acme fighters seized". */
export const ACTING_FOR_NOUNS: ReadonlySet<string> = new Set([
  ...MEMBER_NOUNS, 'army', 'military', 'government', 'authorities', 'police', 'navy', 'jets', 'warplanes', 'warships', 'drones', 'missiles', 'leaders', 'leadership',
  ...ARMED_FORCE_NOUNS,
  'delegation', 'mission', 'team', 'administration', 'cabinet', 'regime',
]);

/** Words that open a new clause: an object is not searched past them. */
export const CLAUSE_WORDS: ReadonlySet<string> = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'when', 'while', 'because', 'although', 'though', 'where', 'whereas',
  'if', 'unless', 'but', 'since', 'after', 'before', 'until', 'as', 'so', 'amid', 'despite', 'saying', 'said', 'says',
]);

export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['which', 'who', 'whom', 'that']);

/** Words that introduce an argument after a head noun. */
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  'of', 'in', 'at', 'on', 'to', 'with', 'from', 'by', 'for', 'against', 'over', 'into', 'between', 'among', 'under',
  'about', 'through', 'toward', 'towards', 'near', 'across', 'after', 'before', 'during', 'inside', 'outside', 'within',
  'without', 'around', 'via', 'per', 'behind', 'beyond', 'like', 'than', 'upon', 'amid',
]);

/** "X-backed Y", "X-led Y", "Y backed by X": the participle and what it states (from X to Y). */
export const HYPHEN_PARTICIPLES: Readonly<Record<string, { predicate: string; type: RelationType; inverse?: boolean }>> = {
  led: { predicate: 'leads', type: 'ROLE' },
  backed: { predicate: 'supports', type: 'SUPPORT' },
  supported: { predicate: 'supports', type: 'SUPPORT' },
  sponsored: { predicate: 'sponsors', type: 'SUPPORT' },
  funded: { predicate: 'funds', type: 'SUPPORT' },
  armed: { predicate: 'arms', type: 'SUPPORT' },
  allied: { predicate: 'allied with', type: 'AGREEMENT', inverse: true },
  aligned: { predicate: 'aligned with', type: 'AGREEMENT', inverse: true },
  owned: { predicate: 'owns', type: 'ECONOMIC' },
  controlled: { predicate: 'controls', type: 'CONFLICT' },
  run: { predicate: 'runs', type: 'ROLE' },
  based: { predicate: 'based in', type: 'LOCATION', inverse: true },
  headquartered: { predicate: 'headquartered in', type: 'LOCATION', inverse: true },
};

/**
 * Verbs that state no fact of their own between the names around them, left out of open relations
 * (any other verb between two names states one: "A reappointed B", "A opened a meeting of B"): the
 * verbs of being, having and becoming, of thinking and wanting, and of reporting speech.
 */
export const OPEN_VERB_STOPLIST: ReadonlySet<string> = new Set([
  'be', 'have', 'has', 'had', 'do', 'does', 'did', 'done', 'get', 'got', 'gotten', 'make', 'made', 'take', 'took', 'taken', 'give', 'gave', 'given', 'go', 'went', 'gone',
  'come', 'came', 'put', 'set', 'let', 'keep', 'kept', 'seem', 'appear', 'become', 'became', 'remain', 'stay', 'know', 'knew', 'known',
  'think', 'thought', 'believe', 'see', 'saw', 'seen', 'look', 'want', 'need', 'use', 'include', 'find', 'found', 'show', 'shown',
  'expect', 'hope', 'plan', 'try', 'feel', 'felt', 'mean', 'meant', 'continue', 'begin', 'began', 'begun', 'start', 'follow', 'consider',
  'allow', 'like', 'say', 'said', 'tell', 'told', 'add', 'note', 'stress', 'write', 'wrote', 'written', 'state', 'explain', 'insist',
  'argue', 'claim', 'report', 'quote', 'cite', 'describe', 'call', 'name', 'refer', 'mention', 'hear', 'heard', 'read', 'understand',
  'understood', 'learn', 'agree', 'decide', 'fail', 'manage', 'seek', 'sought', 'wish', 'tend', 'happen', 'occur', 'cause', 'mark',
  'base', 'link', 'relate', 'concern', 'involve', 'contain', 'compare', 'share', 'face', 'rank', 'total', 'count', 'equal', 'cost',
  'accord', 'tweet', 'post', 'release', 'publish', 'issue', 'declare', 'announce', 'urge', 'ask', 'warn',
]);

/** Prepositions that bring in the object of an open relation ("imposed a blockade against B", "met in Fortville"); "by" brings in a passive's agent. */
export const OPEN_OBJECT_PREPOSITIONS: readonly string[] = ['with', 'against', 'on', 'to', 'into', 'of', 'from', 'for', 'over', 'about', 'toward', 'towards', 'between', 'among', 'in', 'at'];
