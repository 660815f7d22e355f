import { APPOINTMENT_MODIFIERS, APPOINTMENT_VERBS, BECOME_VERBS, LEAVING_VERBS, DESCRIPTION_HEADS, GENERIC_OWNER_NOUNS, HONORIFICS, REPRESENTATIVE_TITLES, ROLE_HEADS, ROLE_MODIFIERS, STAFF_HEADS, TITLE_LINKS, TITLE_WORDS } from '../../data/relationRoles.js';
import { addressNouns, addressPossessives, compassWords, fold, orgHeads, orgIntroNouns, places, portfolioHeads, portfolioWords } from '../entities/lexicon.js';
import type { LocalMention, LocalRelation } from '../types.js';
import { argAt, type Arg, type ArticleView, type SentenceView, type Tok } from './articleView.js';
import { articleCountry, bareTitle, contextOwner, HeldTitles, inferTitleOwner, isNationalTitle, ownerByNoun, speaksForState } from './articleOwner.js';
import { isDemonym, listedAfter, pluralTitleHolders, singularTitleWord } from './phrases.js';
import { resolvePronoun } from './resolvePronoun.js';
import { isAdjective, isBe, isComma, isDeterminer, isHardBreak, isNoun, isPhraseBreak, isSayVerb, isValue, PLACE_NOUNS, POSSESSIVE_PRONOUNS } from './words.js';

// Roles and descriptions stated with a name: "Ruritanian Foreign Minister Jo Bloggs" (the title
// the entity stage found), "Acme President Jo Bloggs", "Acme's head coach Jo Bloggs", "Jo Bloggs,
// the former head of Acme", "Jo Bloggs, the Acme leader", "its chief, Jo Bloggs", "he was MP for
// Westshire", "Director, Acme Agency, Jo Bloggs", "Fortville, a key stronghold of the rebels".

const TITLE_ADJECTIVES = new Set(['presidential', 'foreign', 'prime', 'general', 'executive', 'chief', 'national', 'special', 'senior', 'vice', 'press', 'head', 'security', 'defence', 'defense', 'finance', 'interior', 'health', 'trade', 'economy', 'justice', 'cabinet', 'supreme', 'military', 'political']);
const BE_OR_AS = new Set(['is', 'was', 'became', 'becomes', 'remains', 'remained', 'as', 'serves', 'served']);
const ROLE_VERB_AUXILIARIES = new Set(['was', 'is', 'has', 'had', 'have', 'been', 'were', 'be', 'being', 'will', 'would', 'later', 'recently', 'newly', 'also', 'formerly', 'then', 'once', 'previously', 'subsequently', 'just', 'officially', 'formally', 'unanimously', 'overwhelmingly']);

export function roleRelations(view: ArticleView): LocalRelation[] {
  const out: LocalRelation[] = [];
  const held = new HeldTitles();
  for (const sv of view.sentences) {
    const guesses: (() => void)[] = [];
    const statedOwners = new Map<number, number>();
    const emit: Emit = Object.assign((subjectKey: number, title: string, objectKey: number | null, prep = 'of', inferred = false) => {
      if (objectKey === null || objectKey === subjectKey || !title || pluralTitle(title)) return;
      if (view.entityByKey.get(objectKey)?.type === 'COUNTRY' && prep === 'of') {
        // Only a title that speaks for the state sets its holder against another state ("opposition leader" does not).
        if (!inferred && speaksForState(title)) statedOwners.set(subjectKey, objectKey);
        held.add(title, objectKey, subjectKey);
      }
      const mark = inferred ? { inferred } : {};
      out.push({ subjectKey, predicate: `${title} ${prep}`, type: 'ROLE', objectKey, evidence: sv.span, ...mark });
      // "Tokyo's top spokesman": a capital standing for its state gives the role in the state too.
      const state = prep === 'of' ? capitalState(view, objectKey) : null;
      if (state !== null && state !== subjectKey) out.push({ subjectKey, predicate: `${title} of`, type: 'ROLE', objectKey: state, evidence: sv.span, ...mark });
    }, { later: (guess: () => void) => guesses.push(guess), statedOwners, held });
    for (const arg of sv.args) {
      // "Ruritanian President Jo Bloggs's spokesman Anna Berg": Bloggs nests in Berg's titled name and keeps his own title.
      for (const titled of [arg, ...arg.nested]) if (titled.type === 'PERSON') statedTitle(view, sv, titled, emit);
      if (arg.type === 'PERSON') {
        partyState(sv, arg, emit);
        titledName(view, sv, arg, emit);
        titleCommaOrg(sv, arg, emit);
        copular(view, sv, arg, emit);
        appointedAs(sv, arg, emit);
        titleOfOwnerThenName(sv, arg, emit);
        remitTitleThenName(sv, arg, emit);
      }
      if (arg.type === 'PERSON') ownerlessApposition(view, sv, arg, emit);
      apposition(sv, arg, (subject, predicate, object) => {
        if (subject === object) return;
        const type = predicate.endsWith(' in') ? 'LOCATION' : arg.type === 'PERSON' ? 'ROLE' : 'AFFILIATION';
        if (type === 'ROLE' && view.entityByKey.get(object)?.type === 'COUNTRY' && speaksForState(predicate.replace(/ of$/, ''))) statedOwners.set(subject, object);
        out.push({ subjectKey: subject, predicate, type, objectKey: object, evidence: sv.span });
      });
    }
    copularPronoun(view, sv, emit);
    coordinatedTitles(sv, emit);
    sharedPluralTitle(sv, emit);
    pluralTitleThenHolders(sv, emit);
    pluralTitleThenNamesOf(sv, emit);
    for (const guess of guesses) guess();
    for (const arg of sv.args) bareCapital(view, sv, arg, out);
  }
  return out;
}

/** The title written with a person's name ("Ruritanian President Jo Bloggs"), with its owner stated or, failing that, guessed. */
function statedTitle(view: ArticleView, sv: SentenceView, arg: Arg, emit: Emit): void {
  const role = arg.mention.role;
  if (!role) return;
  const widened = role.ofKey === null || role.ofKey === undefined ? possessiveBeforeTitle(sv, arg) : null;
  const fullTitle = widened ? `${widened.words.join(' ')} ${role.title.toLowerCase().trim()}` : withModifier(view, role.span.start, role.title.toLowerCase().trim());
  const inTitle = widened ? null : organisationInTitle(view, arg, role.span.end);
  // "Acme army spokesman": the title is what follows the organisation's name.
  const written = inTitle ? withModifier(view, role.span.start, inTitle.title) : fullTitle;
  // "UN Special Envoy for Ruritania Jo Bloggs": an envoy of the UN, for Ruritania.
  const remit = placeRemit(view, arg, written);
  // "rebel chief": a noun right before the title says what kind of body it is held in.
  const kind = ownerKindBefore(view, role.span.start);
  const title = remit ? remit.title : written;
  if (remit) emit(arg.key, remit.title, remit.place, 'for');
  const stated =
    widened?.owner ??
    countryPossessiveBefore(view, sv, role.span.start) ??
    inTitle?.key ??
    role.ofKey ??
    ownerOfAfter(sv, arg) ??
    ownerBefore(view, sv, role.span.start, arg.key) ??
    ownerByNoun(view, sv.index, role.span.start, [...(kind ? [kind.kind] : []), ...title.split(/\s+/)]);
  const office = stated === null || stated === undefined ? officeOfHolder(view, title, arg.key) : null;
  if (office) {
    emit(arg.key, office.title, office.holder);
  } else if (stated !== null && stated !== undefined) {
    emit(arg.key, title, stated);
    emit(arg.key, title, portfolioMinistry(view, title, stated));
  } else {
    emit.later(() => {
      // "rebel chief Jo Bloggs" with no rebel group named: not the chief of whatever body the story names.
      const owner =
        inferTitleOwner(view, sv, arg.key, title, role.span.start, emit.statedOwners, emit.held) ??
        (kind && !kind.named ? null : (contextOwner(view, sv, arg.key, title) ?? leaderOfState(view, title)));
      emit(arg.key, title, owner, 'of', true);
      emit(arg.key, title, portfolioMinistry(view, title, owner));
    });
  }
}

/**
 * The kind of body a lower-case noun right before a title names ("rebel chief"), or null; `named`
 * when a name stands before the noun ("Acme party spokesperson").
 */
function ownerKindBefore(view: ArticleView, titleStart: number): { kind: string; named: boolean } | null {
  const m = /(\S+)\s+([a-z]+)\s+$/.exec(view.article.body.slice(Math.max(0, titleStart - 40), titleStart));
  const kind = m?.[2];
  return kind && kind in GENERIC_OWNER_NOUNS ? { kind, named: /^\p{Lu}/u.test(m[1] ?? '') } : null;
}

/** "leader Jo Bloggs" with no body named around it: the leader of the country the story is about. */
function leaderOfState(view: ArticleView, title: string): number | null {
  return /^(?:supreme )?leader$/.test(bareTitle(title)) ? articleCountry(view) : null;
}

/** The place a title is for, when the title names one ("special envoy for ruritania"), and the title without it. */
function placeRemit(view: ArticleView, arg: Arg, title: string): { title: string; place: number } | null {
  const at = title.lastIndexOf(' for ');
  if (at < 0) return null;
  const place = arg.nested.find((n) => (n.type === 'COUNTRY' || n.type === 'LOCATION') && /\bfor\s+$/.test(view.article.body.slice(n.start - 5, n.start)));
  return place && fold(title.slice(at + 5)) === fold(place.mention.text) ? { title: title.slice(0, at), place: place.key } : null;
}

/**
 * "Acme's Special Representative for Ruritania, Jo Bloggs": the title is for the place after "for"
 * and of the owner before it.
 */
function remitTitleThenName(sv: SentenceView, arg: Arg, emit: Emit): void {
  const remit = argAt(sv, arg.first - 1);
  if (!isComma(sv.toks[arg.first]) || !remit || (remit.type !== 'COUNTRY' && remit.type !== 'LOCATION') || sv.toks[remit.first - 1]?.lower !== 'for') return;
  const title = titleBefore(sv, remit.first - 1);
  if (!title) return;
  const titleText = title.words.join(' ');
  emit(arg.key, titleText, remit.key, 'for');
  const owner = argAt(sv, title.first - 1);
  if (owner?.possessive && owner.type !== 'OTHER') emit(arg.key, titleText, owner.key);
}

/**
 * "the capital, Fortville", "the capital Fortville", "Fortville, the capital": a capital named with
 * the word alone is the capital of its country when the article names that country.
 */
function bareCapital(view: ArticleView, sv: SentenceView, arg: Arg, out: LocalRelation[]): void {
  if (arg.type !== 'LOCATION') return;
  const before = sv.toks[arg.first - 1];
  const after = sv.toks[arg.last + 2];
  const named = (before?.arg === -1 && before.lower === 'capital') || (isComma(sv.toks[arg.last + 1]) && sv.toks[arg.last + 1]?.lower === 'the' && after?.lower === 'capital' && after.arg < 0);
  if (!named) return;
  const state = capitalState(view, arg.key);
  if (state !== null) out.push({ subjectKey: arg.key, predicate: 'capital of', type: 'LOCATION', objectKey: state, evidence: sv.span });
}

/**
 * "Ruritanian Foreign Ministry Spokesperson Jo Bloggs", "Acme Corp chief Jo Bloggs": an organisation
 * named inside the title, right before its last words, owns the title rather than the country
 * before it (the country is the organisation's own).
 */
function organisationInTitle(view: ArticleView, arg: Arg, titleEnd: number): { key: number; title: string } | null {
  const body = view.article.body;
  for (const n of arg.nested) {
    if (n.type !== 'ORGANIZATION' || n.mention.end > titleEnd) continue;
    const rest = body.slice(n.mention.end, titleEnd);
    if (/^\s+(?:[\p{L}-]+\s*){1,3}$/u.test(rest) && rest.trim().split(/\s+/).some((w) => ROLE_HEADS.has(w.toLowerCase()))) return { key: n.key, title: rest.trim().toLowerCase() };
  }
  return null;
}

/** Emits a role relation; `inferred` when the owner was guessed from the article, not stated. */
type Emit = {
  (subjectKey: number, title: string, objectKey: number | null, prep?: string, inferred?: boolean): void;
  /** Guesses an owner once the sentence's stated roles are known: a person set against one of them is of another country. */
  later(guess: () => void): void;
  /** The country each person of the sentence is stated to serve. */
  readonly statedOwners: ReadonlyMap<number, number>;
  /** The national titles the article has given so far. */
  readonly held: HeldTitles;
};

const PORTFOLIO_STEMS: Readonly<Record<string, string>> = { foreign: 'foreign', finance: 'financ', defence: 'defen', defense: 'defen', interior: 'interior', health: 'health', trade: 'trade', economy: 'econom', justice: 'justice', energy: 'energy', education: 'educat', information: 'informat', planning: 'planning', investment: 'invest', agriculture: 'agricult', transport: 'transport', industry: 'industr', labour: 'labo', labor: 'labo', tourism: 'touris', environment: 'environment', culture: 'cultur', oil: 'oil', petroleum: 'petroleum', mines: 'mine', mining: 'mine' };

/**
 * "Finance Minister Jo Bloggs" in a story that names the "Ministry of Public Finance": the minister
 * heads the one ministry of the article whose name has the title's portfolio, of the same country.
 */
function portfolioMinistry(view: ArticleView, title: string, owner: number | null): number | null {
  const m = /^(?:deputy |acting |interim |new )?([a-z]+) minister$/.exec(title) ?? /^minister of ([a-z]+)/.exec(title);
  const stem = m?.[1] ? PORTFOLIO_STEMS[m[1]] : undefined;
  if (!stem) return null;
  const ownerName = owner === null ? null : view.entityByKey.get(owner);
  const countries = view.entities.filter((e) => e.type === 'COUNTRY');
  const fits = view.entities.filter((e) => {
    if (e.type !== 'ORGANIZATION') return false;
    const names = [e.name, ...e.aliases].map((x) => x.toLowerCase());
    if (!names.some((n) => /\bministry\b|\bdepartment\b/.test(n) && n.includes(stem))) return false;
    // "Freedonia's finance ministry" is not the Ruritanian minister's.
    const other = countries.find((c) => c.key !== ownerName?.key && names.some((n) => [c.name, ...c.aliases, ...c.mentions.map((x) => x.text)].some((cn) => n.includes(cn.toLowerCase()))));
    return !other;
  });
  return fits.length === 1 && fits[0] ? fits[0].key : null;
}

/** "Ruritania's high peace commissioner Jo Bloggs" with only "commissioner" taken as the title: the lower-case words and the possessive owner before it. */
function possessiveBeforeTitle(sv: SentenceView, arg: Arg): { owner: number; words: string[] } | null {
  const words: string[] = [];
  for (let j = arg.first - 1; j >= 0 && words.length <= 3; j--) {
    const tok = sv.toks[j] as Tok;
    if (isComma(sv.toks[j + 1]) || isHardBreak(sv.toks[j + 1])) return null;
    if (tok.arg >= 0) {
      const owner = sv.args[tok.arg] as Arg;
      return owner.possessive && (owner.type === 'COUNTRY' || owner.type === 'ORGANIZATION') && words.length > 0 ? { owner: owner.key, words } : null;
    }
    if (!/^\p{Ll}/u.test(tok.text) || isDeterminer(tok) || tok.tags.has('Verb') || !(isAdjective(tok) || isNoun(tok))) return null;
    words.unshift(tok.lower);
  }
  return null;
}

/** "Senator Jo Bloggs, R-Westshire": a lawmaker's party letter and home state after the name. */
function partyState(sv: SentenceView, arg: Arg, emit: Emit): void {
  const tok = sv.toks[arg.last + 1];
  if (!tok || tok.arg < 0 || !isComma(tok) || !/^[RDI]\.?-/.test(tok.text)) return;
  const place = sv.args[tok.arg] as Arg;
  if (place.type !== 'LOCATION') return;
  const role = arg.mention.role?.title.toLowerCase().trim() ?? '';
  const head = role.split(/\s+/).pop() ?? '';
  emit(arg.key, REPRESENTATIVE_TITLES.has(head) ? role.replace(/^(sen|rep)\.?$/, (m) => (m.startsWith('sen') ? 'senator' : 'representative')) : 'lawmaker', place.key, 'from');
}

/** "former"/"deputy" written just before a title the entity stage found without it. */
function withModifier(view: ArticleView, start: number, title: string): string {
  const before = view.article.body.slice(Math.max(0, start - 40), start).toLowerCase();
  // "late autocratic president", "then-foreign minister", "ex-president": a past holder.
  const past = /\b(former|late|then|ex)(?:-|\s+)((?:[a-z]+\s+){0,2})$/.exec(before);
  if (past && !/^(former|late|then|ex)\b/.test(title) && !/\b(the|a|an|of|and|in|on|at)\s/.test(past[2] ?? '')) return `former ${title}`;
  if (/^(late|then|ex)\b-?\s*/.test(title)) return title.replace(/^(late|then|ex)\b-?\s*/, 'former ');
  const m = /\b(deputy|acting|interim)\s*$/.exec(before);
  return m?.[1] && !title.startsWith(m[1]) ? `${m[1]} ${title}` : title;
}

/** The name written right before a title, possessive or with its abbreviation: "Acme's", "Acme (AC)". */
function ownerBefore(view: ArticleView, sv: SentenceView, start: number, self: number): number | null {
  const candidates = sv.args.flatMap((a) => [a, ...a.nested]).filter((a) => a.mention.end <= start && a.key !== self);
  candidates.sort((a, b) => b.mention.end - a.mention.end);
  const nearest = candidates[0];
  if (!nearest || nearest.type === 'OTHER') return null;
  const between = view.article.body.slice(nearest.mention.end, start);
  if (/^\)?(['’]s)?\s*(\(\s*[\p{Lu}.]+\s*\))?\s*$/u.test(between)) return nearest.key;
  // "Ruritanian arch-rivals President Jo Bloggs and …": a state's adjective before the plural naming the titled people.
  return isDemonym(nearest) && /^\s+(?:\p{Ll}+-)?\p{Ll}+s\s+$/u.test(between) ? nearest.key : null;
}

/** Suffixes of a head not yet in office: "president-elect", "prime minister-designate". */
const ELECT_SUFFIXES = new Set(['elect', 'designate']);
/** "president" from "president-elect". */
const withoutElect = (word: string): string => {
  const cut = word.lastIndexOf('-');
  return cut > 0 && ELECT_SUFFIXES.has(word.slice(cut + 1)) ? word.slice(0, cut) : word;
};

/** Title words right before token `end` (exclusive), read leftwards; honorifics next to the name are passed over. */
function titleBefore(sv: SentenceView, end: number): { first: number; words: string[] } | null {
  const { toks } = sv;
  let j = end - 1;
  while (j >= 0 && toks[j]!.arg < 0 && HONORIFICS.has(toks[j]!.lower.replace(/\.$/, '')) && !ROLE_HEADS.has(toks[j]!.lower)) j--;
  // "The Minister for Fisheries, the Hon. Jo Bloggs": an article opening the honorifics after the comma.
  if (j < end - 1 && j > 0 && toks[j]!.arg < 0 && toks[j]!.lower === 'the' && isComma(toks[j])) j--;
  // "…, the Minister for Energy; Mr Jo Bloggs": a title never crosses a semicolon, bracket or dash to its name.
  if (isPhraseBreak(toks[j + 1])) return null;
  const words: string[] = [];
  let first = -1;
  for (; j >= 0 && words.length < 8; j--) {
    const tok = toks[j] as Tok;
    if (tok.arg >= 0) break;
    const right = toks[j + 1];
    // "Minister of Water, Land and Natural Resources": commas inside a portfolio's list.
    if (words.length > 0 && right && ((isComma(right) && !inPortfolioList(toks, j)) || (isHardBreak(right) && right.gap !== '-'))) break;
    const capital = /^\p{Lu}/u.test(tok.text);
    // "Minister of State", "Minister of the Interior": a link word inside a capitalised title, not "a friend of President".
    const linked = (k: number): boolean => /^\p{Lu}/u.test(toks[k]?.text ?? '') || (toks[k]?.lower === 'of' && /^\p{Lu}/u.test(toks[k - 1]?.text ?? ''));
    const capitalAfter = /^\p{Lu}/u.test(toks[j + 1]?.text ?? '') || (toks[j + 1]?.lower === 'the' && /^\p{Lu}/u.test(toks[j + 2]?.text ?? ''));
    const link = (TITLE_LINKS.has(tok.lower) || (tok.lower === 'the' && toks[j - 1]?.lower === 'of')) && words.length > 0 && capitalAfter && linked(j - 1);
    const ok =
      ROLE_HEADS.has(tok.lower) ||
      (ELECT_SUFFIXES.has(tok.lower) && tok.gap === '-' && ROLE_HEADS.has(toks[j - 1]?.lower ?? '')) ||
      ROLE_MODIFIERS.has(tok.lower) ||
      link ||
      (capital && (isNoun(tok) || isAdjective(tok)) && !tok.tags.has('Verb') && !tok.tags.has('Date')) ||
      (words.length > 0 && (isNoun(tok) || TITLE_ADJECTIVES.has(tok.lower)) && !tok.tags.has('Verb'));
    if (!ok || POSSESSIVE_PRONOUNS.has(tok.lower) || (isDeterminer(tok) && !link)) break;
    if (right?.gap === '-' && words.length > 0) words[0] = `${tok.lower}-${words[0]}`;
    else words.unshift(tok.lower);
    first = j;
  }
  while (words.length > 0 && TITLE_LINKS.has(words[0] ?? '')) {
    words.shift();
    first++;
  }
  // "president-elect", "prime minister-designate": a head chosen and not yet in office is still a head.
  if (words.length === 0 || !words.some((w) => ROLE_HEADS.has(w) || ROLE_HEADS.has(withoutElect(w)))) return null;
  return { first, words };
}

/** Token j is a word of a portfolio list opened by "Minister of" a few words before ("Minister of Water, Land and …"). */
function inPortfolioList(toks: readonly Tok[], j: number): boolean {
  for (let k = j; k > 0 && j - k < 8; k--) {
    const tok = toks[k]!;
    if (tok.arg >= 0) return false;
    if (/^(of|for)$/.test(tok.lower)) return portfolioHeads.has(toks[k - 1]!.lower);
    if (!/^\p{Lu}/u.test(tok.text) && !/^(and|&)$/.test(tok.lower)) return false;
  }
  return false;
}

/**
 * "Acme President Jo Bloggs", "Acme's head coach Jo Bloggs", "former Ruritania president Jo Bloggs",
 * "its leader at the time, Jo Bloggs": an owner, a title, the name.
 */
function titledName(view: ArticleView, sv: SentenceView, arg: Arg, emit: Emit): void {
  // "its leader at the time, Jo Bloggs"
  let t = arg.first;
  const at = sv.toks[t - 1];
  if (isComma(sv.toks[t]) && at?.lower === 'time' && sv.toks[t - 2]?.lower === 'the' && sv.toks[t - 3]?.lower === 'at') t -= 3;
  const title = titleBefore(sv, t);
  if (!title) return;
  // "Ruritania's high peace commissioner": lower-case adjectives between a possessive owner and the title belong to it.
  for (let n = 1; n <= 2; n++) {
    const owner = sv.toks[title.first - n - 1];
    const adjectives = sv.toks.slice(title.first - n, title.first);
    if (!owner || owner.arg < 0 || !sv.args[owner.arg]?.possessive) continue;
    if (adjectives.every((a) => a.arg < 0 && isAdjective(a) && !isDeterminer(a) && !isComma(a) && /^\p{Ll}/u.test(a.text))) {
      title.words.unshift(...adjectives.map((a) => a.lower));
      title.first -= n;
      break;
    }
  }
  const titleStart = sv.toks[title.first] as Tok;
  const before = isComma(titleStart) || (isHardBreak(titleStart) && !closesShortForm(sv, title.first)) ? undefined : sv.toks[title.first - 1];
  const titleText = title.words.join(' ');
  const counterpart = title.words[title.words.length - 1] === 'counterpart';
  if (before && before.arg >= 0 && before.arg !== sv.toks[arg.last]?.arg) {
    const owner = sv.args[before.arg] as Arg;
    if (owner.type === 'OTHER') return;
    const mod = modifiersBefore(sv, owner.first);
    emit(arg.key, counterpart ? 'counterpart from' : [...mod, titleText].join(' '), owner.key, counterpart ? '' : 'of');
    return;
  }
  if (counterpart) return;
  // "the Blue Front, whose leader, Jo Bloggs, …": the name before "whose".
  if (before?.lower === 'whose') {
    const antecedent = isComma(before) ? argAt(sv, title.first - 2) : undefined;
    if (antecedent && antecedent.type !== 'PERSON' && antecedent.type !== 'OTHER') emit(arg.key, titleText, antecedent.key);
    return;
  }
  if (before && POSSESSIVE_PRONOUNS.has(before.lower)) {
    emit(arg.key, titleText, possessiveOwner(view, sv, title.first - 1, before.lower, arg.key));
    return;
  }
  // "the rebel leader": a generic noun the title reader passed over (tagged as a verb) names the owner.
  if (before && before.arg < 0 && before.lower in GENERIC_OWNER_NOUNS && !isComma(titleStart)) {
    ownerlessTitle(view, sv, arg, title.first - 1, [before.lower, ...title.words], emit);
    return;
  }
  ownerlessTitle(view, sv, arg, title.first, title.words, emit);
}

/** "its leader": the organisation the sentence is about, before the country it is in. */
function possessiveOwner(view: ArticleView, sv: SentenceView, t: number, pronoun: string, self: number): number | null {
  if (pronoun === 'its' || pronoun === 'their') {
    for (let a = sv.args.length - 1; a >= 0; a--) {
      const arg = sv.args[a] as Arg;
      if (arg.first < t && arg.type === 'ORGANIZATION') return arg.key;
    }
    const prev = view.sentences[sv.index - 1];
    const subject = prev?.args.find((a) => a.type === 'ORGANIZATION' && !a.possessive);
    if (subject && prev?.args.indexOf(subject) === 0) return subject.key;
  }
  return resolvePronoun(view, sv.index, t, pronoun, 'nearest', self);
}

/**
 * A title with no owner written with it: "the country's interior minister", "the rebel leader",
 * "Army spokesman", "President" — the country meant, the organisation the noun stands for, or the
 * article's country for a national office.
 */
function ownerlessTitle(view: ArticleView, sv: SentenceView, arg: Arg, first: number, words: string[], emit: Emit): void {
  const startTok = sv.toks[first];
  if (!startTok || words.length === 0) return;
  let rest = words;
  if (/^(country|nation)$/.test(words[0] ?? '') && startTok.possessive) {
    rest = words.slice(1);
    if (rest.length > 0) emit(arg.key, withModifier(view, startTok.start, rest.join(' ')), nearestCountry(view, sv, first));
    return;
  }
  const title = withModifier(view, startTok.start, rest.join(' '));
  const office = officeOfHolder(view, title, arg.key);
  if (office) {
    emit(arg.key, office.title, office.holder);
    return;
  }
  const stated = ownerByNoun(view, sv.index, startTok.start, rest);
  const shown = rest.filter((w) => !(w in GENERIC_OWNER_NOUNS) || ROLE_HEADS.has(w)).join(' ');
  const emitOwned = (owner: number | null): void => {
    const ownerIsOrganisation = owner !== null && view.entityByKey.get(owner)?.type === 'ORGANIZATION';
    emit(arg.key, ownerIsOrganisation && shown && shown !== rest.join(' ') ? withModifier(view, startTok.start, shown) : title, owner, 'of', stated === null);
  };
  if (stated !== null) emitOwned(stated);
  else emit.later(() => emitOwned(inferTitleOwner(view, sv, arg.key, title, startTok.start, emit.statedOwners, emit.held)));
}

/** Adjectives that make a title serve the holder of an office: "presidential spokesman" speaks for the president. */
const OFFICE_ADJECTIVES: Readonly<Record<string, string>> = { presidential: 'president' };

/**
 * "presidential spokesman": the title serves the one person the article names with the office
 * ("President Jo Bloggs"); the title is the words after the adjective.
 */
function officeOfHolder(view: ArticleView, title: string, self: number): { title: string; holder: number } | null {
  const words = title.split(/\s+/);
  const at = words.findIndex((w) => w in OFFICE_ADJECTIVES);
  if (at < 0 || at === words.length - 1) return null;
  const office = OFFICE_ADJECTIVES[words[at]!]!;
  // The office is the person's title, or written right before the name ("President, Jo Bloggs,").
  const before = new RegExp(`\\b${office},?\\s*$`, 'i');
  const holds = (m: LocalMention): boolean => (!!m.role && bareTitle(m.role.title) === office) || before.test(view.article.body.slice(Math.max(0, m.start - office.length - 3), m.start));
  const holders = view.entities.filter((e) => e.key !== self && e.type === 'PERSON' && e.mentions.some(holds));
  return holders.length === 1 ? { title: words.slice(at + 1).join(' '), holder: holders[0]!.key } : null;
}

/** "the country's interior minister Jo Bloggs": "the country's" right before a title stands for the country just named. */
const isLowerModifier = (tok: Tok): boolean => tok.arg < 0 && !tok.possessive && /^\p{Ll}/u.test(tok.text) && (isAdjective(tok) || tok.tags.has('Hyphenated') || ROLE_MODIFIERS.has(tok.lower)) && !isComma(tok);

function countryPossessiveBefore(view: ArticleView, sv: SentenceView, titleStart: number): number | null {
  let t = sv.toks.findIndex((tok) => tok.start >= titleStart);
  // "the island nation's new President": lower-case modifiers may stand between.
  for (let n = 0; n < 2 && t > 0 && isLowerModifier(sv.toks[t - 1]!); n++) t--;
  const before = sv.toks[t - 1];
  if (t <= 0 || !before || before.arg >= 0 || !before.possessive || !/^(country|nation)$/.test(before.lower)) return null;
  return nearestCountry(view, sv, t - 1);
}

/** "the country": the nearest country named before, else the article's country. */
function nearestCountry(view: ArticleView, sv: SentenceView, t: number): number | null {
  for (let s = sv.index; s >= 0 && sv.index - s <= 2; s--) {
    const here = view.sentences[s];
    if (!here) continue;
    for (let a = here.args.length - 1; a >= 0; a--) {
      const arg = here.args[a] as Arg;
      for (const c of [arg, ...arg.nested]) if (c.type === 'COUNTRY' && (s < sv.index || c.first < t)) return c.key;
    }
  }
  return articleCountry(view);
}

function modifiersBefore(sv: SentenceView, first: number): string[] {
  const out: string[] = [];
  for (let j = first - 1; j >= 0 && out.length < 2; j--) {
    const tok = sv.toks[j];
    if (!tok || tok.arg >= 0 || !ROLE_MODIFIERS.has(tok.lower)) break;
    out.unshift(tok.lower);
  }
  return out;
}

/** "Jo Bloggs, the party head," "Jo Bloggs, the country's interior minister,": a title in apposition that names no owner. */
function ownerlessApposition(view: ArticleView, sv: SentenceView, arg: Arg, emit: Emit): void {
  const { toks } = sv;
  const comma = toks[arg.last + 1];
  if (!comma || !isComma(comma) || comma.arg >= 0) return;
  let t = arg.last + 1;
  if (isDeterminer(comma) && !POSSESSIVE_PRONOUNS.has(comma.lower)) t++;
  const words: string[] = [];
  let j = t;
  for (; j < toks.length && words.length < 6; j++) {
    const tok = toks[j] as Tok;
    if (tok.arg >= 0) return;
    if (j > arg.last + 1 && (isComma(tok) || isHardBreak(tok))) break;
    const titleWord = ROLE_HEADS.has(tok.lower) || ROLE_MODIFIERS.has(tok.lower) || TITLE_ADJECTIVES.has(tok.lower) || tok.lower in GENERIC_OWNER_NOUNS;
    if (!titleWord && !(isNoun(tok) && !tok.tags.has('Verb')) && !(words.length === 0 && isAdjective(tok))) break;
    if (tok.possessive && words.length > 0) return;
    words.push(tok.lower);
  }
  if (!ROLE_HEADS.has(words[words.length - 1] ?? '')) return;
  // "Jo Bloggs, the Minister for Energy;": the portfolio after the head belongs to the title.
  const portfolio = portfolioAfter(toks, j, words[words.length - 1] ?? '');
  if (portfolio) {
    words.push(...portfolio.words);
    j = portfolio.end;
  }
  const next = toks[j];
  if (next && !isComma(next) && !isHardBreak(next) && !next.tags.has('Verb') && !APPOSITION_ENDS.has(next.lower)) return;
  ownerlessTitle(view, sv, arg, t, words, emit);
}

/** "of Foreign Affairs", "for Energy and Mines" after a minister's title: its words and where they end. */
function portfolioAfter(toks: readonly Tok[], j: number, head: string): { words: string[]; end: number } | null {
  if (!portfolioHeads.has(head) || !/^(of|for)$/.test(toks[j]?.lower ?? '')) return null;
  const words = [toks[j]!.lower];
  let k = j + 1;
  for (; k < toks.length && toks[k]!.arg < 0 && (portfolioWords.has(toks[k]!.lower) || /^(and|&|the)$/.test(toks[k]!.lower)); k++) {
    if (k > j + 1 && (isComma(toks[k]) || isHardBreak(toks[k]))) break;
    words.push(toks[k]!.lower);
  }
  while (/^(and|&|the)$/.test(words[words.length - 1] ?? '')) {
    words.pop();
    k--;
  }
  return words.length > 1 ? { words, end: k } : null;
}

/** "Jo Bloggs, (who was) appointed in 2019 as Governor of the Acme Bank", "was elected president of Ruritania", "was approved to serve as ambassador to Freedonia". */
function appointedAs(sv: SentenceView, arg: Arg, emit: Emit): void {
  let t = afterHomePlace(sv, arg.last + 1);
  if (sv.toks[t]?.lower === 'who' || sv.toks[t]?.lower === 'whom') t++;
  roleVerbAt(sv, t, (appositionHead(sv, arg) ?? arg).key, emit);
}

/** "Jo Bloggs of Westshire as ambassador": steps over "of" and the person's home place. */
function afterHomePlace(sv: SentenceView, t: number): number {
  const of = sv.toks[t];
  const place = argAt(sv, t + 1);
  if (of?.lower === 'of' && !isComma(of) && place && (place.type === 'LOCATION' || place.type === 'COUNTRY') && !isComma(sv.toks[t + 1])) return place.last + 1;
  return t;
}

/**
 * The person an apposition describes, when the arg is named inside it: in "Ana Kos, wife of the
 * late Senator Jo Bloggs, approved as …" the clause after the apposition is about Ana Kos.
 */
function appositionHead(sv: SentenceView, arg: Arg): Arg | null {
  const { toks } = sv;
  let j = arg.first - 1;
  for (; j >= 0 && arg.first - j <= 6; j--) {
    const tok = toks[j] as Tok;
    if (tok.arg >= 0 || isHardBreak(tok) || tok.tags.has('Verb')) return null;
    if (isComma(tok)) break;
  }
  if (j < 1 || !isComma(toks[j]) || toks[j]!.arg >= 0 || j === arg.first) return null;
  // The apposition is closed by a comma after the arg.
  if (!isComma(toks[afterHomePlace(sv, arg.last + 1)])) return null;
  let head = argAt(sv, j - 1);
  // "Ana Kos of Westshire, widow of …": over the home place.
  if (head && (head.type === 'LOCATION' || head.type === 'COUNTRY') && toks[head.first - 1]?.lower === 'of') head = argAt(sv, head.first - 2);
  return head && head.type === 'PERSON' && head !== arg ? head : null;
}

/** From token t: auxiliaries, a verb of appointment or becoming, "to serve", "as", then a title and its owner. */
function roleVerbAt(sv: SentenceView, t: number, subject: number, emit: Emit): boolean {
  const { toks } = sv;
  // ", appointed in 2019 as": a reduced relative after a comma is passive too.
  let passive = isComma(toks[t]);
  while (toks[t] && ROLE_VERB_AUXILIARIES.has(toks[t]!.lower) && !isComma(toks[t + 1])) {
    if (isBe(toks[t])) passive = true;
    t++;
  }
  const verb = toks[t]?.lower ?? '';
  // "Jo Bloggs stepped down as president of Ruritania": the office was held.
  if (LEAVING_VERBS.has(verb)) {
    const as = toks[t + 1]?.lower === 'down' ? t + 2 : t + 1;
    if (toks[as]?.lower !== 'as') return false;
    const d = describedAfter(sv, as + 1, (w) => ROLE_HEADS.has(w));
    if (!d || d.object.type === 'PERSON') return false;
    emitDescribed({ ...d, mods: d.mods.includes('former') ? d.mods : ['former', ...d.mods] }, subject, emit);
    return true;
  }
  // "Jo Bloggs approved to serve as", "Jo Bloggs named as": a participle before "as" or "to serve" is passive.
  const after = toks[t + 1]?.lower ?? '';
  if (after === 'as' || (after === 'to' && BECOME_VERBS.has(toks[t + 2]?.lower ?? ''))) passive = true;
  // "took office as president of Ruritania": taking office is becoming.
  const tookOffice = /^(take|takes|took|taken|taking)$/.test(verb) && toks[t + 1]?.lower === 'office';
  if (!BECOME_VERBS.has(verb) && !(APPOINTMENT_VERBS.has(verb) && passive) && !tookOffice) return false;
  // "sworn in as", "to serve as", "to become"
  let j = tookOffice ? t + 2 : t + 1;
  if (toks[j]?.lower === 'in' && verb === 'sworn') j++;
  if (toks[j]?.lower === 'to' && BECOME_VERBS.has(toks[j + 1]?.lower ?? '')) j += 2;
  if (toks[j]?.lower === 'as') j++;
  // A title right after the verb: "was elected president of Ruritania".
  const d = isComma(toks[j]) ? null : describedAfter(sv, j, (w) => ROLE_HEADS.has(w));
  if (d && d.object.type !== 'PERSON') {
    emitDescribed(d, subject, emit);
    return true;
  }
  if (!APPOINTMENT_VERBS.has(verb) && !tookOffice) return false;
  // "appointed in 2019 as Governor of …", "will take office in the coming days as president of …": a short phrase before "as".
  for (let k = tookOffice ? t + 2 : t + 1; k < toks.length && k - t <= 9; k++) {
    const tok = toks[k] as Tok;
    if (tok.arg >= 0 || isHardBreak(tok) || (isComma(tok) && k > t + 1 && tok.lower !== 'as')) return false;
    if (tok.lower !== 'as') continue;
    const d = describedAfter(sv, k + 1, (w) => ROLE_HEADS.has(w));
    if (!d) return false;
    emitDescribed(d, subject, emit);
    return true;
  }
  return false;
}

function emitDescribed(d: Described, subject: number, emit: Emit): void {
  const words = d.words.filter((w) => ROLE_MODIFIERS.has(w) || ROLE_HEADS.has(w) || TITLE_ADJECTIVES.has(w) || /^[a-z-]+$/.test(w));
  emit(subject, describedTitle(d, [...d.mods, ...words]) || d.head, d.object.key, d.prep === 'for' && REPRESENTATIVE_TITLES.has(d.head) ? 'for' : 'of');
}

/** "The head of the Acme Council, Jo Bloggs, said": title, owner, then the name after a comma. */
function titleOfOwnerThenName(sv: SentenceView, arg: Arg, emit: Emit): void {
  const { toks } = sv;
  // "…, Mr. Jo Bloggs": honorifics after the comma belong to the name.
  const start = honorificsStart(sv, arg.first);
  // Without the comma for an envoy's post ("Ambassador to Fortville Jo Bloggs") or after "the"
  // ("the interim leader of the Acme Party (AP) Jo Bloggs").
  const post = argAt(sv, start - 1);
  const envoy = !isComma(toks[start]) && !!post && toks[post.first - 1]?.lower === 'to';
  const bare = !isComma(toks[start]) && !envoy;
  // "the mayor of Fortville municipality, Jo Bloggs": over the place noun after the owner's name.
  const nounTok = toks[start - 1] && toks[start - 1]!.arg < 0 && !isComma(toks[start - 1]) ? toks[start - 1] : undefined;
  const placeNoun = !!nounTok && PLACE_NOUNS.has(nounTok.lower);
  // "the head of the Acme mission, Jo Bloggs": over the unit of the owner the title is held in.
  const unitNoun = !!nounTok && OWNER_UNIT_NOUNS.has(nounTok.lower);
  const ownerTok = toks[placeNoun || unitNoun ? start - 2 : start - 1];
  if (!ownerTok || ownerTok.arg < 0) return;
  const owner = fullNameBefore(sv, sv.args[ownerTok.arg] as Arg);
  if (placeNoun && owner.type !== 'LOCATION') return;
  if (unitNoun && owner.type !== 'ORGANIZATION' && owner.type !== 'COUNTRY') return;
  if (owner.type === 'OTHER' || owner.possessive) return;
  let o = owner.first - 1;
  // "The leader of Ruritania's Acme Party, Jo Bloggs": the owner's state in the possessive before it.
  const state = toks[o] && toks[o]!.arg >= 0 && !isComma(toks[owner.first]) ? (sv.args[toks[o]!.arg] as Arg) : undefined;
  if (state && state.possessive && (state.type === 'COUNTRY' || state.type === 'LOCATION')) o = state.first - 1;
  if (toks[o] && toks[o]!.arg < 0 && toks[o]!.lower === 'the' && !isComma(toks[o + 1] ?? toks[owner.first])) o--;
  const prep = toks[o];
  if (!prep || (prep.lower !== 'of' && prep.lower !== 'for' && prep.lower !== 'to') || isComma(toks[o + 1]) || isComma(prep)) return;
  const title = titleBefore(sv, o);
  // Without a comma the title opens its phrase: after "the", after a verb of saying ("said chair of the
  // Acme Party Jo Bloggs"), or after a comma ("…, member of the Acme Party Jo Bloggs believes").
  const opens = (t: number): boolean => toks[t - 1]?.lower === 'the' || isSayVerb(toks[t - 1]) || isComma(toks[t]);
  if (!title || (bare && !opens(title.first))) return;
  const head = title.words[title.words.length - 1] ?? '';
  // "Spokesman for Jo Bloggs, Ana Kos,": only a person's staff hold a title of a person.
  if (owner.type === 'PERSON' && !STAFF_HEADS.has(head)) return;
  // "The Ruritanian Ambassador to Freedonia, Jo Bloggs,": an envoy is sent to the one and comes from the other.
  const diplomatic = prep.lower === 'to' && DIPLOMATIC_HEADS.has(head);
  if ((prep.lower === 'to' || envoy) && !diplomatic) return;
  const pre = toks[title.first - 1];
  if (pre && pre.arg >= 0 && !isComma(toks[title.first]) && !isPhraseBreak(toks[title.first])) {
    if (!diplomatic) return;
    const sender = sv.args[pre.arg] as Arg;
    if (sender.type === 'COUNTRY' || sender.type === 'ORGANIZATION') emit(arg.key, title.words.join(' '), sender.key);
  }
  const prepOut = diplomatic ? 'to' : prep.lower === 'for' && REPRESENTATIVE_TITLES.has(head) ? 'for' : 'of';
  emit(arg.key, unitNoun ? `${title.words.join(' ')} of ${nounTok!.lower}` : title.words.join(' '), owner.key, prepOut);
}

/** Units of an organisation or a state a title is held in, written after the owner's name ("the Acme mission"). */
const OWNER_UNIT_NOUNS: ReadonlySet<string> = new Set(['mission', 'delegation', 'team', 'secretariat', 'bureau', 'branch', 'wing', 'office']);

/**
 * "the Ruritanian and Freedonian presidents, Jo Bloggs and Ana Kos": two owners, a plural title,
 * then two names, each holding the title of the owner in the same place.
 */
function coordinatedTitles(sv: SentenceView, emit: Emit): void {
  sv.args.forEach((first, a) => {
    const second = sv.args[a + 1];
    if (!second || !isOwner(first) || !isOwner(second) || sv.toks[first.last + 1]?.lower !== 'and' || second.first !== first.last + 2) return;
    const named = pluralTitleHolders(sv, second);
    if (!named) return;
    emit(named.holders[0].key, named.title, first.key);
    emit(named.holders[1].key, named.title, second.key);
  });
}

/**
 * "Ruritanian Deputy Foreign Ministers Jo Bloggs and Ana Kos": a plural title with its owner, written
 * before names joined by commas and "and", gives each of them the title in the singular.
 */
function sharedPluralTitle(sv: SentenceView, emit: Emit): void {
  for (const [a, first] of sv.args.entries()) {
    const role = first.mention.role;
    if (first.type !== 'PERSON' || !role || role.ofKey === null || role.ofKey === undefined || !pluralTitle(role.title)) continue;
    const words = role.title.toLowerCase().trim().split(/\s+/);
    const title = [...words.slice(0, -1), singularTitleWord(words[words.length - 1]!)].join(' ');
    const holders = [first];
    for (let b = a + 1; b < sv.args.length; b++) {
      const next = sv.args[b]!;
      const between = sv.toks.slice(holders[holders.length - 1]!.last + 1, next.first);
      const joined = between.length === 0 ? isComma(sv.toks[next.first]) : between.length === 1 && /^(and|&)$/.test(between[0]!.lower);
      if (!joined || next.type !== 'PERSON' || next.mention.role) break;
      holders.push(next);
      if (between.length === 1) break;
    }
    if (holders.length < 2) continue;
    for (const holder of holders) emit(holder.key, title, role.ofKey);
  }
}

/**
 * "President Jo Bloggs of Ruritania": the state or body after the titled name's "of"; "King Jo Bloggs
 * and Queen Ana Kos of Ruritania": after the next titled name's, when "and" is all that parts them.
 */
function ownerOfAfter(sv: SentenceView, arg: Arg): number | null {
  let last = arg.last;
  const and = sv.toks[last + 1];
  const partner = and && /^(and|&)$/.test(and.lower) ? argAt(sv, last + 2) : undefined;
  if (partner?.type === 'PERSON' && partner.mention.role) last = partner.last;
  if (sv.toks[last + 1]?.lower !== 'of') return null;
  const owner = argAfterDeterminer(sv, last + 2);
  return owner && isOwner(owner) && !owner.possessive ? owner.key : null;
}

/**
 * "Presidents Jo Bloggs of Ruritania and Ana Kos of Freedonia": a plural title before names, each
 * with the state or body it holds the title of.
 */
function pluralTitleThenNamesOf(sv: SentenceView, emit: Emit): void {
  sv.toks.forEach((tok, t) => {
    const title = singularTitleWord(tok.lower);
    if (tok.arg >= 0 || !/^\p{Lu}/u.test(tok.text) || title === tok.lower || !ROLE_HEADS.has(title)) return;
    let holder = argAt(sv, t + 1);
    while (holder?.type === 'PERSON' && sv.toks[holder.last + 1]?.lower === 'of') {
      const owner = argAfterDeterminer(sv, holder.last + 2);
      if (!owner || !isOwner(owner) || owner.possessive) return;
      emit(holder.key, title, owner.key);
      const next = sv.toks[owner.last + 1];
      holder = next && /^(and|&)$/.test(next.lower) ? argAt(sv, owner.last + 2) : undefined;
    }
  });
}

/**
 * "The co-chairs of the Acme Group, Ruritania, Freedonia and the US, …": a plural title of an owner,
 * then its holders listed after a comma, each holding the title in the singular.
 */
function pluralTitleThenHolders(sv: SentenceView, emit: Emit): void {
  sv.toks.forEach((tok, t) => {
    // "co-chairs", "vice-presidents": a prefix hyphened to the head is the title's.
    const title = singularTitleWord(tok.lower);
    const head = title.split('-').pop() ?? title;
    if (tok.arg >= 0 || !/^\p{Ll}/u.test(tok.text) || title === tok.lower || !ROLE_HEADS.has(head)) return;
    const of = sv.toks[t + 1];
    if (of?.lower !== 'of' || isComma(of)) return;
    const owner = argAfterDeterminer(sv, t + 2);
    if (!owner || !isOwner(owner) || owner.possessive) return;
    const first = argAfterDeterminer(sv, owner.last + 1);
    if (!first || !isComma(sv.toks[owner.last + 1]) || first.type === 'OTHER' || first.type === 'LOCATION') return;
    const holders = [first, ...listedAfter(sv, first)];
    if (holders.length < 2) return;
    // "the presidents of Brazil, Chile and Peru": states listed after a state are more owners, not holders.
    if (owner.type === 'COUNTRY' && holders.some((h) => h.type !== 'PERSON')) return;
    for (const holder of holders) emit(holder.key, title, owner.key);
  });
}

/** "foreign ministers": a plural title is held by several people, never one person's own. */
function pluralTitle(title: string): boolean {
  const last = title.split(' ').pop() ?? '';
  return singularTitleWord(last) !== last && ROLE_HEADS.has(singularTitleWord(last));
}

const isOwner = (arg: Arg): boolean => arg.type === 'COUNTRY' || arg.type === 'ORGANIZATION';

/** "Managing Director, Acme Agency (AA), Dr. Jo Bloggs": title, organisation, name, comma-separated. */
function titleCommaOrg(sv: SentenceView, arg: Arg, emit: Emit): void {
  const start = honorificsStart(sv, arg.first);
  if (!isComma(sv.toks[start])) return;
  const orgTok = sv.toks[start - 1];
  if (!orgTok || orgTok.arg < 0) return;
  const org = fullNameBefore(sv, sv.args[orgTok.arg] as Arg);
  if (org.type !== 'ORGANIZATION' || !isComma(sv.toks[org.first])) return;
  const title = titleBefore(sv, org.first);
  if (!title || !/^\p{Lu}/u.test(sv.toks[title.first]?.text ?? '')) return;
  emit(arg.key, title.words.join(' '), org.key);
}

/** Where the honorifics right before token `first` begin ("Mr. Jo Bloggs"); `first` when there are none. */
function honorificsStart(sv: SentenceView, first: number): number {
  let t = first;
  for (;;) {
    const prev = sv.toks[t - 1];
    if (!prev || prev.arg >= 0 || isComma(sv.toks[t])) return t;
    if (HONORIFICS.has(prev.lower.replace(/\.$/, ''))) t--;
    // "…, His Excellency Jo Bloggs": a form of address.
    else if (addressNouns.has(prev.lower) && addressPossessives.has(sv.toks[t - 2]?.lower ?? '') && !isComma(prev)) t -= 2;
    else return t;
  }
}

/** "Acme Agency (AA)": an abbreviation right after its full name stands for the full name's mention. */
function fullNameBefore(sv: SentenceView, arg: Arg): Arg {
  const prior = sv.toks[arg.first - 1];
  return prior && prior.arg >= 0 && sv.args[prior.arg]?.key === arg.key ? (sv.args[prior.arg] as Arg) : arg;
}

interface Described {
  /** Title modifiers before an owner written inside ("the outgoing Acme leader"). */
  mods: string[];
  words: string[];
  head: string;
  object: Arg;
  prep: string;
  /** A party after the owner-and-title ("… envoy to Freedonia"). */
  second?: { object: Arg; prep: string };
  /** The portfolio after a minister's title, as written ("of health and welfare"). */
  portfolio?: string;
}

/** The title words kept, then the portfolio. */
function describedTitle(d: Described, kept: string[]): string {
  return [...kept, ...(d.portfolio ? [d.portfolio] : [])].join(' ');
}

const SECOND_PARTY_PREPS = new Set(['to', 'at', 'in', 'for', 'on']);
/** Titles of people posted to another state or body: "ambassador of A in B", "envoy of A to B". */
const DIPLOMATIC_HEADS = new Set(['ambassador', 'envoy', 'consul', 'representative', 'delegate', 'emissary', 'attache', 'attaché', 'diplomat', 'commissioner', 'observer']);
/** Words that may follow a title in apposition: "A, the party head and a supporter of", "A, a ministry official who". */
const APPOSITION_ENDS = new Set(['and', 'who', 'whose', 'which']);

/** "[Freedonian] nuclear affairs at the Acme Ministry": the organisation after a remit's lower-case words and "at" or "of". */
function bodyAfterRemit(sv: SentenceView, remit: Arg): Arg | null {
  let t = remit.last + 1;
  const start = t;
  while (sv.toks[t] && sv.toks[t]!.arg < 0 && /^\p{Ll}/u.test(sv.toks[t]!.text) && !/^(at|of|in)$/.test(sv.toks[t]!.lower) && !isComma(sv.toks[t]) && t - start < 3) t++;
  if (t === start || !/^(at|of)$/.test(sv.toks[t]?.lower ?? '') || isComma(sv.toks[t])) return null;
  const body = argAt(sv, sv.toks[t + 1]?.lower === 'the' ? t + 2 : t + 1);
  return body && body.type === 'ORGANIZATION' ? body : null;
}

/** Token t follows a name's short form in brackets right after the name: "Acme Bank (AB) [governor]". */
function closesShortForm(sv: SentenceView, t: number): boolean {
  const short = argAt(sv, t - 1);
  if (!short || !/^\)\s*$/.test(sv.toks[t]?.gap ?? '') || !/\(\s*$/.test(sv.toks[short.first]!.gap)) return false;
  const name = argAt(sv, short.first - 1);
  return !!name && name.key === short.key;
}

/** After ", the/a": "[former] president of B", "[major] B supplier", "B leader". */
/** The name at `t`, or after a determiner there. */
function argAfterDeterminer(sv: SentenceView, t: number): Arg | undefined {
  const tok = sv.toks[t];
  return argAt(sv, tok && tok.arg < 0 && isDeterminer(tok) ? t + 1 : t);
}

function describedAfter(sv: SentenceView, from: number, heads: (w: string) => boolean): Described | null {
  const { toks } = sv;
  let t = from;
  if (toks[t] && toks[t]!.arg < 0 && isDeterminer(toks[t]) && !POSSESSIVE_PRONOUNS.has(toks[t]!.lower)) t++;
  const words: string[] = [];
  let inner: Arg | null = null;
  let innerHeadWords: string[] = [];
  for (; t < toks.length && words.length < 7; t++) {
    const tok = toks[t] as Tok;
    // "the Acme Bank (AB) governor": the owner's short form in brackets.
    const shortForm = !!inner && tok.arg >= 0 && sv.args[tok.arg]!.key === inner.key && /\(\s*$/.test(tok.gap);
    if (t > from && (isComma(tok) || (isHardBreak(tok) && !shortForm && !closesShortForm(sv, t)))) break;
    if (tok.arg >= 0) {
      const arg = sv.args[tok.arg] as Arg;
      if (shortForm) {
        t = arg.last;
        continue;
      }
      if (inner || arg.type === 'OTHER') return null;
      inner = arg;
      innerHeadWords = [];
      t = arg.last;
      continue;
    }
    // "the Republican chairman of the Acme Committee": a party's name before the title is the holder's
    // affiliation, and the body after "of" owns the title.
    const affiliation = !!inner && inner.type === 'ORGANIZATION' && tok.lower === 'of' && innerHeadWords.length === words.length && !!argAfterDeterminer(sv, t + 1);
    // "a congressman from Westshire": a lawmaker is from the place they represent.
    const represented = tok.lower === 'from' && REPRESENTATIVE_TITLES.has(words[words.length - 1] ?? '');
    if ((['of', 'for', 'at', 'in', 'to'].includes(tok.lower) || represented) && words.length > 0 && (!inner || affiliation)) {
      const head = words[words.length - 1] ?? '';
      if (!heads(head)) return null;
      let o = t + 1;
      if (toks[o] && toks[o]!.arg < 0 && isDeterminer(toks[o])) o++;
      // "widow of the late Senator B": modifiers of the owner's own title.
      // "leader of the governing Acme Party": lower-case words describing the owner.
      // "leader of the hardline Acme union", "head of corporate analysis firm Acme": lower-case words
      // describing the owner, the last a noun, right before its name.
      const describing = (k: number): boolean => !!toks[k] && toks[k]!.arg < 0 && /^\p{Ll}/u.test(toks[k]!.text) && (isNoun(toks[k]) || isAdjective(toks[k])) && !isDeterminer(toks[k]) && !isComma(toks[k]);
      const describesName = (k: number): boolean => {
        for (let j = k; j < k + 3 && describing(j); j++) if ((isNoun(toks[j]) || orgIntroNouns.has(toks[j]!.lower)) && (toks[j + 1]?.arg ?? -1) >= 0 && !isComma(toks[j + 1])) return true;
        return false;
      };
      while (toks[o] && toks[o]!.arg < 0 && (ROLE_MODIFIERS.has(toks[o]!.lower) || ownerModifier(toks[o]!) || describesName(o)) && !isComma(toks[o]) && o - t <= 3) o++;
      const objectTok = toks[o]?.arg === -1 ? ownerNamedAfterNoun(sv, o) : toks[o];
      if (!objectTok || objectTok.arg < 0) return null;
      const described = sv.args[objectTok.arg] as Arg;
      // "director general for Freedonian nuclear affairs at the Acme Ministry": the remit names a state; the body after it holds the office.
      const seat = tok.lower === 'for' ? bodyAfterRemit(sv, described) : null;
      const object = seat ?? described;
      if (object.type === 'OTHER') return null;
      if (seat) return { mods: [], words, head, object, prep: 'of' };
      // "ambassador of A in B": a diplomat's host after the state sent from.
      const after = toks[object.last + 1];
      if (after && SECOND_PARTY_PREPS.has(after.lower) && after.lower !== 'for' && !isComma(after) && DIPLOMATIC_HEADS.has(head)) {
        let s2 = object.last + 2;
        if (toks[s2] && toks[s2]!.arg < 0 && isDeterminer(toks[s2])) s2++;
        const second = argAt(sv, s2);
        if (second && (second.type === 'COUNTRY' || second.type === 'LOCATION' || second.type === 'ORGANIZATION')) return { mods: [], words, head, object, prep: tok.lower, second: { object: second, prep: after.lower } };
      }
      return { mods: [], words, head, object, prep: tok.lower };
    }
    // "the newly appointed head of": when the title was taken is no part of it.
    if (words.length === 0 && APPOINTMENT_MODIFIERS.has(tok.lower)) continue;
    if (!(isNoun(tok) || isAdjective(tok) || isValue(tok) || tok.tags.has('Hyphenated') || ROLE_HEADS.has(tok.lower) || ROLE_MODIFIERS.has(tok.lower))) break;
    if (tok.tags.has('Verb') && !ROLE_HEADS.has(tok.lower) && !tok.tags.has('Hyphenated')) break;
    // "out-going", "director-general": hyphenated pieces are one word.
    if (tok.gap === '-' && words.length > 0 && toks[t - 1]?.arg === -1) {
      words[words.length - 1] = `${words[words.length - 1]}-${tok.lower}`;
      if (inner && innerHeadWords.length > 0) innerHeadWords[innerHeadWords.length - 1] = words[words.length - 1] as string;
      continue;
    }
    words.push(tok.lower);
    if (inner) innerHeadWords.push(tok.lower);
  }
  const head = innerHeadWords[innerHeadWords.length - 1];
  if (!inner || !head || !heads(head)) return null;
  // "Ruritania's Minister of Health and Welfare", "Ruritania's minister for ports, fisheries and tourism":
  // the portfolio after the head is part of the title.
  let portfolioText: string | undefined;
  if (portfolioHeads.has(head) && /^(of|for)$/.test(toks[t]?.lower ?? '') && !isComma(toks[t])) {
    let p = t + 1;
    const portfolio: string[] = [toks[t]!.lower];
    const portfolioWord = (tok: Tok): boolean => /^\p{Lu}/u.test(tok.text) || portfolioWords.has(tok.lower);
    for (; p < toks.length && toks[p]!.arg < 0 && (portfolioWord(toks[p]!) || /^(and|&|the)$/.test(toks[p]!.lower)) && (!isComma(toks[p]) || portfolioWord(toks[p]!)); p++) {
      if (isComma(toks[p])) portfolio[portfolio.length - 1] += ',';
      portfolio.push(toks[p]!.lower);
    }
    if (p > t + 1 && portfolioWord(toks[p - 1]!)) {
      portfolioText = portfolio.join(' ');
      t = p;
    }
  }
  const next = toks[t];
  const mods = words.slice(0, words.length - innerHeadWords.length).filter((w) => ROLE_MODIFIERS.has(w));
  // "Ruritania's envoy to Freedonia", "Acme's representative at the Council": a second party after a preposition.
  if (next && SECOND_PARTY_PREPS.has(next.lower) && !isComma(next) && !isHardBreak(next)) {
    let o = t + 1;
    if (toks[o] && toks[o]!.arg < 0 && isDeterminer(toks[o])) o++;
    // "the Acme commander in central Fortville": a compass word names part of the place.
    if (toks[o] && toks[o]!.arg < 0 && compassWords.has(toks[o]!.lower) && !isComma(toks[o])) o++;
    const second = toks[o] && toks[o]!.arg >= 0 ? sv.args[toks[o]!.arg] : undefined;
    if (second?.type === 'OTHER' || second?.type === 'PERSON') return null;
    // "the Ruritanian special envoy for the talks": a remit that names nothing leaves the owner.
    if (second) return { mods, words: innerHeadWords, head, object: inner, prep: '', second: { object: second, prep: next.lower }, ...(portfolioText ? { portfolio: portfolioText } : {}) };
    if (next.lower !== 'for' || !DIPLOMATIC_HEADS.has(head)) return null;
    return { mods, words: innerHeadWords, head, object: inner, prep: '', ...(portfolioText ? { portfolio: portfolioText } : {}) };
  }
  if (next && !isComma(next) && !isHardBreak(next) && !next.tags.has('Verb') && !APPOSITION_ENDS.has(next.lower)) return null;
  return { mods, words: innerHeadWords, head, object: inner, prep: '', ...(portfolioText ? { portfolio: portfolioText } : {}) };
}

/**
 * "chairman of the leading opposition party, Acme": lower-case words ending in an organisation's
 * noun, then its name set off by a comma. The name's token, or undefined.
 */
function ownerNamedAfterNoun(sv: SentenceView, from: number): Tok | undefined {
  for (let q = from; q < sv.toks.length && q - from <= 3; q++) {
    const tok = sv.toks[q] as Tok;
    // "the governing party, Acme", "the main opposition party Acme": the kind of body, then its name.
    if (q > from && (isComma(tok) || tok.arg >= 0)) {
      const noun = sv.toks[q - 1]!.lower;
      return tok.arg >= 0 && sv.args[tok.arg]?.type === 'ORGANIZATION' && orgHeads.has(noun) ? tok : undefined;
    }
    if (tok.arg >= 0 || isHardBreak(tok) || !/^\p{Ll}/u.test(tok.text)) return undefined;
  }
  return undefined;
}

/** A lower-case adjective or participle before an owner's name: "the governing", "the main opposition". */
function ownerModifier(tok: Tok): boolean {
  return /^\p{Ll}/u.test(tok.text) && (isAdjective(tok) || tok.tags.has('Gerund') || /ing$/.test(tok.lower)) && !isDeterminer(tok);
}

/** "A, the former president of B", "A, the B leader", "A, a major B supplier", "A, a key stronghold of B". */
function apposition(sv: SentenceView, arg: Arg, emit: (subject: number, predicate: string, object: number) => void): void {
  // "Jo Bloggs, 37, the Acme commander": a person's age between commas comes before the apposition.
  const age = sv.toks[arg.last + 1];
  const aged = arg.type === 'PERSON' && !!age && age.arg < 0 && isComma(age) && /^\d{1,3}$/.test(age.text) && isComma(sv.toks[arg.last + 2]);
  const at = aged ? arg.last + 2 : arg.last + 1;
  const comma = sv.toks[at];
  if (!comma || !isComma(comma) || POSSESSIVE_PRONOUNS.has(comma.lower)) return;
  // "Jo Bloggs, Acme spokesman,", "Jo Bloggs, Ruritania's envoy to Freedonia,": the owner opens the apposition.
  if (comma.arg >= 0) {
    if (arg.type !== 'PERSON') return;
    const d = describedAfter(sv, at, (w) => ROLE_HEADS.has(w));
    // "Jo Bloggs, Ana Kos, the leader …" lists people; "Jo Bloggs, President Ana Kos's envoy," names the owner.
    if (!d || (d.object.type === 'PERSON' && !d.object.possessive) || d.object === arg) return;
    const title = describedTitle(d, [...d.mods, ...d.words.filter((w) => ROLE_MODIFIERS.has(w) || ROLE_HEADS.has(w) || TITLE_ADJECTIVES.has(w) || /^[a-z-]+$/.test(w))]) || d.head;
    emit(arg.key, `${title} of`, d.object.key);
    if (d.second) emit(arg.key, `${title} ${d.second.prep === 'in' ? 'in' : d.second.prep === 'at' ? 'at' : 'to'}`, d.second.object.key);
    return;
  }
  // "A, head of B": a title with no article opens the apposition too.
  if (!isDeterminer(comma) && !(arg.type === 'PERSON' && (ROLE_HEADS.has(comma.lower) || ROLE_MODIFIERS.has(comma.lower) || TITLE_ADJECTIVES.has(comma.lower)))) return;
  if (arg.type === 'PERSON') {
    const d = describedAfter(sv, at, (w) => ROLE_HEADS.has(w));
    if (!d) return;
    const title = describedTitle(d, [...d.mods, ...d.words.filter((w, i) => ROLE_MODIFIERS.has(w) || ROLE_HEADS.has(w) || TITLE_ADJECTIVES.has(w) || (i > 0 && ROLE_HEADS.has(d.words[i + 1] ?? '')))]);
    const prep = (d.prep === 'for' || d.prep === 'from') && REPRESENTATIVE_TITLES.has(d.head) ? d.prep : 'of';
    emit(arg.key, `${title || d.head} ${prep}`, d.object.key);
    if (d.second) emit(arg.key, `${title || d.head} ${d.second.prep === 'to' ? 'to' : d.second.prep === 'at' ? 'at' : 'in'}`, d.second.object.key);
    return;
  }
  const d = describedAfter(sv, at, (w) => w in DESCRIPTION_HEADS);
  if (!d) return;
  const template = DESCRIPTION_HEADS[d.head] ?? '';
  emit(arg.key, template.replace('{noun}', d.head), d.object.key);
}

/** "Jo Bloggs was MP for Westshire", "Jo Bloggs, who served as president of Acme". */
function copular(view: ArticleView, sv: SentenceView, arg: Arg, emit: Emit): void {
  let t = afterHomePlace(sv, arg.last + 1);
  if (sv.toks[t]?.lower === 'who') t++;
  copularAt(view, sv, t, (appositionHead(sv, arg) ?? arg).key, emit);
}

function copularPronoun(view: ArticleView, sv: SentenceView, emit: Emit): void {
  sv.toks.forEach((tok, t) => {
    if ((tok.lower !== 'he' && tok.lower !== 'she') || !tok.tags.has('Pronoun')) return;
    const next = sv.toks[t + 1]?.lower ?? '';
    if (!BE_OR_AS.has(next) && !ROLE_VERB_AUXILIARIES.has(next) && !BECOME_VERBS.has(next)) return;
    const key = resolvePronoun(view, sv.index, t, tok.lower, 'subject');
    if (key === null) return;
    if (!roleVerbAt(sv, t + 1, key, emit)) copularAt(view, sv, t + 1, key, emit);
  });
}

function copularAt(view: ArticleView, sv: SentenceView, t: number, subject: number, emit: Emit): void {
  let j = t;
  while (sv.toks[j] && /^(also|then|once|previously|formerly|still)$/.test(sv.toks[j]!.lower)) j++;
  // "X has been president since 2005".
  if (/^(has|have|had)$/.test(sv.toks[j]?.lower ?? '') && sv.toks[j + 1]?.lower === 'been') j++;
  if (!BE_OR_AS.has(sv.toks[j]?.lower ?? '') && sv.toks[j]?.lower !== 'been') return;
  j++;
  while (sv.toks[j] && /^(also|then|once|previously|formerly|still)$/.test(sv.toks[j]!.lower)) j++;
  if (sv.toks[j]?.lower === 'as') j++;
  // "Y was his Ruritanian counterpart": the counterpart's country.
  if (POSSESSIVE_PRONOUNS.has(sv.toks[j]?.lower ?? '') && sv.toks[j]!.arg < 0) {
    const counterpart = describedAfter(sv, j + 1, (w) => w === 'counterpart');
    if (counterpart && counterpart.prep === '' && counterpart.object.type === 'COUNTRY') emit(subject, 'counterpart from', counterpart.object.key, '');
    return;
  }
  const d = describedAfter(sv, j, (w) => ROLE_HEADS.has(w));
  if (!d) ownerlessCopular(view, sv, j, subject, emit);
  if (!d || isComma(sv.toks[j])) return;
  // "X was Ruritania's foreign minister", "X is the Ruritanian foreign minister": the owner inside the title.
  if (d.prep === '') {
    // "X is a Ruritanian lawyer": a nationality, not an office.
    if (/^(a|an)$/.test(sv.toks[j]?.lower ?? '') && d.object.type === 'COUNTRY' && !d.object.possessive) return;
    emitDescribed(d, subject, emit);
    if (d.second) emit(subject, describedTitle(d, d.words.filter((w) => ROLE_HEADS.has(w) || ROLE_MODIFIERS.has(w))) || d.head, d.second.object.key, d.second.prep);
    return;
  }
  const prep = d.prep === 'for' ? 'for' : 'of';
  const title = d.words.filter((w) => ROLE_MODIFIERS.has(w) || ROLE_HEADS.has(w) || TITLE_ADJECTIVES.has(w) || /^[a-z]+$/.test(w)).join(' ');
  emit(subject, title || d.head, d.object.key, prep);
}

/**
 * "X has been president since 2005", "the removal of X as president": a national office with no
 * owner, bare (no article, so not "a president"), is the office of the country the article is about.
 */
function ownerlessCopular(view: ArticleView, sv: SentenceView, at: number, subject: number, emit: Emit): void {
  if (isComma(sv.toks[at]) || view.entityByKey.get(subject)?.type !== 'PERSON') return;
  const words: string[] = [];
  for (let k = at; k < sv.toks.length && k - at < 3; k++) {
    const tok = sv.toks[k]!;
    if (tok.arg >= 0 || (k > at && isComma(tok)) || !(ROLE_HEADS.has(tok.lower) || ROLE_MODIFIERS.has(tok.lower) || TITLE_WORDS.has(tok.lower))) break;
    words.push(tok.lower);
  }
  const after = sv.toks[at + words.length];
  const title = words.join(' ');
  if (!words.length || !ROLE_HEADS.has(words[words.length - 1]!) || !isNationalTitle(title) || /^(of|for|to|at|in)$/.test(after?.lower ?? '') || (after?.arg ?? -1) >= 0) return;
  emit.later(() => emit(subject, title, inferTitleOwner(view, sv, subject, title, sv.toks[at]!.start, emit.statedOwners, emit.held), 'of', true));
}

/** The country of the article whose capital this location is ("Tokyo" for Japan), if any. */
function capitalState(view: ArticleView, key: number): number | null {
  const entity = view.entityByKey.get(key);
  if (!entity || entity.type !== 'LOCATION') return null;
  const info = places.get(fold(entity.name));
  if (!info || info.kind !== 'capital' || !info.countryCode) return null;
  return view.entities.find((e) => e.type === 'COUNTRY' && e.isoCode === info.countryCode)?.key ?? null;
}
