import { GENERIC_OWNER_NOUNS, MEDIA_TITLE_HEADS, NATIONAL_TITLE_HEADS, RANK_TITLE_HEADS, SHARED_TITLE_HEADS, TEAM_TITLE_HEADS } from '../../data/relationRoles.js';
import { fold, places, portfolioWords } from '../entities/lexicon.js';
import { isMediumEntity } from '../quotes/mediumEntity.js';
import type { LocalEntity } from '../types.js';
import type { Arg, ArticleView, SentenceView } from './articleView.js';
import { canonicalTitle } from './descriptorArgs.js';
import { isDeterminer, isFiniteVerb, isNoun, isSayVerb } from './words.js';

// Owners a title leaves unsaid. "President Jo Bloggs" in a story about Ruritania is Ruritania's
// president; "Planning Minister Jo Bloggs" after "Ruritania's new planning minister" is
// Ruritania's; "the party head" is the party the story names; "Army spokesman" speaks for the
// army the story names, else for the country.

const MODIFIER_PREFIX = /^(former|late|then|ex|acting|interim|outgoing|incoming|new|senior|top)[\s-]+/;

/** "planning minister" from "former planning minister"; synonyms folded ("premier" → "prime minister"). */
export function bareTitle(title: string): string {
  let t = title.toLowerCase().trim();
  while (MODIFIER_PREFIX.test(t)) t = t.replace(MODIFIER_PREFIX, '');
  return canonicalTitle(t);
}

/** A title that names a national office: president, prime minister, "<portfolio> minister", ambassador, "central bank governor". */
export function isNationalTitle(title: string): boolean {
  const t = bareTitle(title);
  const words = t.split(/\s+/);
  const head = words[words.length - 1] ?? '';
  if (NATIONAL_TITLE_HEADS.has(t) || NATIONAL_TITLE_HEADS.has(head)) return true;
  if (/^minister\b/.test(t)) return true; // "minister of foreign affairs"
  if (head === 'governor' && /\bcentral bank\b|\bnational bank\b/.test(t)) return true;
  // "foreign affairs secretary", "defence secretary", "secretary of foreign affairs".
  return /^(foreign|home|defence|defense|interior|state|finance|trade|health|justice|energy|education|agriculture|labou?r|environment|transport)( affairs)? secretary$/.test(t) || /^(?:under-?)?secretary of (foreign|home|state|defen[cs]e|the interior|finance)\b/.test(t);
}

/**
 * A title that speaks for its state, so that its holder stands for it against another person: a
 * national office, or a state's bare "leader" ("the Ruritanian leader"; not "opposition leader").
 */
export function speaksForState(title: string): boolean {
  return isNationalTitle(title) || /^(?:supreme |paramount )?leader$|^ruler$|^head of state$/.test(bareTitle(title));
}

/** One holder per country at a time: a second person with the same title belongs elsewhere. */
export function isExclusive(title: string): boolean {
  const t = bareTitle(title);
  const head = t.split(/\s+/).pop() ?? '';
  return t !== 'minister' && !SHARED_TITLE_HEADS.has(head) && !/^(former|late|then|ex)\b/.test(title.toLowerCase());
}

interface Counts {
  dominant: number | null;
}

const cache = new WeakMap<ArticleView, Counts>();

/**
 * The country a story is about: the one mentioned most (a dateline city counts for its country),
 * when no other is mentioned as often.
 */
export function articleCountry(view: ArticleView): number | null {
  const cached = cache.get(view);
  if (cached) return cached.dominant;
  const score = new Map<number, number>();
  const byCode = new Map<string, LocalEntity>();
  for (const e of view.entities) {
    if (e.type !== 'COUNTRY') continue;
    score.set(e.key, e.mentions.length);
    if (e.isoCode) byCode.set(e.isoCode, e);
  }
  // A city or region of a country speaks for it too ("Speaking in Fortville, …").
  for (const e of view.entities) {
    if (e.type !== 'LOCATION') continue;
    const code = places.get(fold(e.name))?.countryCode;
    const country = code ? byCode.get(code) : undefined;
    if (country) score.set(country.key, (score.get(country.key) ?? 0) + e.mentions.length);
  }
  const dateline = datelinePlace(view);
  let datelineCountry: number | null | undefined;
  if (dateline) {
    const code = places.get(fold(dateline))?.countryCode ?? view.entities.find((e) => e.name === dateline && e.type === 'COUNTRY')?.isoCode;
    const country = code ? byCode.get(code) : undefined;
    datelineCountry = country ? country.key : code ? null : undefined;
    if (country) score.set(country.key, (score.get(country.key) ?? 0) + 2);
  }
  const ranked = [...score.entries()].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  // A dateline in a country the article never names as an entity: the story's country is not among them.
  // The only country named counts even when it is named once.
  const dominant = datelineCountry !== null && first && (first[1] >= 2 || !second) && (!second || first[1] > second[1]) ? first[0] : null;
  cache.set(view, { dominant });
  return dominant;
}

/** "FORTVILLE, Ruritania (Agency) -": an upper-case place at the very start of the body. */
function datelinePlace(view: ArticleView): string | null {
  // The dateline opens the story's first paragraph, which a standfirst line may precede.
  const paragraphStarts = new Set(view.article.paragraphs.map((p) => p.start));
  for (const [i, first] of view.sentences.slice(0, 3).entries()) {
    if (i > 0 && !paragraphStarts.has(first.span.start)) continue;
    const place = datelineIn(view, first);
    if (place) return place;
  }
  return null;
}

function datelineIn(view: ArticleView, first: SentenceView): string | null {
  for (const arg of first.args) {
    if (arg.mention.start - first.span.start > 40) break;
    const text = arg.mention.text;
    // "Fortville, Ruritania — …": a place and its country before a dash, in any case.
    const dashed = /^[^.!?\n]{0,60}?\s[\u2014\u2013-]{1,2}\s/.exec(view.article.body.slice(first.span.start, first.span.start + 70));
    if (dashed && arg.type === 'COUNTRY' && arg.mention.end <= first.span.start + dashed[0].length) return view.entityByKey.get(arg.key)?.name ?? text;
    if ((arg.type === 'LOCATION' || arg.type === 'COUNTRY') && text === text.toUpperCase() && /\p{Lu}{3}/u.test(text)) {
      return view.entityByKey.get(arg.key)?.name ?? text;
    }
  }
  return null;
}

/**
 * National titles the article has already given, stated or guessed: who holds each title of each
 * country. Guesses read it so that a second "President" in a story is not given the first one's country.
 */
export class HeldTitles {
  private readonly holders = new Map<string, Set<number>>();

  add(title: string, owner: number, holder: number): void {
    if (/^(former|late|then|ex)\b/.test(title.toLowerCase())) return;
    const key = `${bareTitle(title)}|${owner}`;
    this.holders.set(key, (this.holders.get(key) ?? new Set()).add(holder));
  }

  heldByOther(title: string, owner: number, self: number): boolean {
    return [...(this.holders.get(`${bareTitle(title)}|${owner}`) ?? [])].some((holder) => holder !== self);
  }
}

function heldByOther(view: ArticleView, self: number, title: string, owner: number, held: HeldTitles): boolean {
  if (held.heldByOther(title, owner, self)) return true;
  const t = bareTitle(title);
  for (const e of view.entities) {
    if (e.type !== 'PERSON' || e.key === self) continue;
    for (const m of e.mentions) if (m.role && m.role.ofKey === owner && bareTitle(m.role.title) === t && !/^(former|late|then|ex)\b/.test(m.role.title.toLowerCase())) return true;
  }
  return false;
}

/** The person's own mentions already name an owner for this title. */
function ownedElsewhere(view: ArticleView, self: number, title: string): boolean {
  const t = bareTitle(title);
  const e = view.entityByKey.get(self);
  return !!e?.mentions.some((m) => m.role && m.role.ofKey !== null && bareTitle(m.role.title) === t);
}

/**
 * The owner of a national title written without one: the nearest earlier "Ruritania's <title>" or
 * "Ruritanian <title>" of the article that no other person holds, else the dateline's country,
 * else the one country the sentence names, else the article's country. A country the sentence
 * sets the person against (a leader's or counterpart's state, a visit's host, a deal's partner)
 * is never the guess, nor is a country whose office (one holder at a time) another person of the
 * story already holds; then the person is of the other country the story names most, if it is not
 * only where the sentence takes place.
 */
export function inferTitleOwner(view: ArticleView, sv: SentenceView, self: number, title: string, at: number, statedOwners: ReadonlyMap<number, number> = new Map(), held = new HeldTitles()): number | null {
  if (!isNationalTitle(title) || ownedElsewhere(view, self, title)) return null;
  const exclusive = isExclusive(title);
  const { foreign, placed } = countriesApart(sv, self, statedOwners);
  // Countries whose office someone else already holds: a second holder is of another one.
  const taken = new Set(exclusive ? view.entities.filter((e) => e.type === 'COUNTRY' && heldByOther(view, self, title, e.key, held)).map((e) => e.key) : []);
  const ok = (key: number | null): key is number => key !== null && !foreign.has(key) && !taken.has(key);
  const described = describedOwnerBefore(view, sv.index, at, bareTitle(title));
  if (ok(described)) return described;
  // A local official goes unqualified: "President Jo Bloggs" in a story datelined in Ruritania, even
  // in a sentence that names another country ("… threatened to cancel a deal if Freedonia did not …").
  const local = datelineCountry(view);
  if (ok(local)) return local;
  // "Minister Jo Bloggs said Ruritania was ready": the one country of the sentence.
  // … but not a country of the words the person is quoted as saying ("X said that Ruritanian ships …").
  // A country named only as where things happen ("reporters in Ruritania") is no such sign.
  const here = onlyOfType(sv, self, new Set(['COUNTRY']), new Set([...foreign, ...placed]));
  if (ok(here) && !onlyInReport(sv, self, here)) return here;
  const country = articleCountry(view);
  if (ok(country)) return country;
  return foreign.size + taken.size > 0 ? otherCountry(view, new Set([...foreign, ...taken, ...placed])) : null;
}

/**
 * `foreign`: countries the sentence shows the person is not of: that of another person of the
 * sentence set against this one ("Prime Minister Jo Bloggs criticized Ruritanian President Ana
 * Kos", "signed between Minister Jo Bloggs and Ruritania's Minister Ana Kos"; not "Ruritanian
 * President Ana Kos and Foreign Minister Jo Bloggs", who serve one state), a counterpart's ("met his
 * Ruritanian counterpart"), one named only as a partner or destination ("signed a deal with the
 * Ruritanian government", "a visit to Ruritania"). `placed`: countries named only as where
 * something is ("in Ruritania").
 */
function countriesApart(sv: SentenceView, self: number, statedOwners: ReadonlyMap<number, number>): { foreign: Set<number>; placed: Set<number> } {
  const foreign = new Set<number>();
  const placed = new Set<number>();
  const person = sv.args.find((a) => a.key === self);
  for (const a of sv.args) {
    const role = a.mention.role;
    const owner = role?.ofKey != null && speaksForState(role.title) ? role.ofKey : statedOwners.get(a.key);
    if (a.type === 'PERSON' && a.key !== self && owner != null && (!person || opposed(sv, person, a))) foreign.add(owner);
  }
  const positions = new Map<number, Position[]>();
  for (const arg of sv.args) {
    for (const c of [arg, ...arg.nested]) {
      if (c.type !== 'COUNTRY') continue;
      const next = sv.toks[c.last + 1];
      if ((next && next.arg < 0 && /^counterparts?$/.test(next.lower)) || counterpartsFrom(sv, c)) foreign.add(c.key);
      const where = c === arg && !c.possessive ? position(sv, c) : 'other';
      positions.set(c.key, [...(positions.get(c.key) ?? []), where === 'destination' && hostThere(sv, c, person) ? 'other' : where]);
    }
  }
  for (const [key, list] of positions) {
    if (list.every((p) => p === 'partner' || p === 'destination')) foreign.add(key);
    else if (list.every((p) => p !== 'other')) placed.add(key);
  }
  return { foreign, placed };
}

/** Two people set against each other: listed "between A and B", joined by a verb ("A met B") or by "counterpart". */
function opposed(sv: SentenceView, a: Arg, b: Arg): boolean {
  const [x, y] = a.first < b.first ? [a, b] : [b, a];
  if (sv.toks.slice(0, x.first).some((t) => t.lower === 'between')) return true;
  return sv.toks.slice(x.last + 1, y.first).some((t) => t.arg < 0 && (isFiniteVerb(t) || /^counterparts?$/.test(t.lower)));
}

/** Where a country stands in a sentence: a party dealt with, a destination, a place, or anything else. */
type Position = 'partner' | 'destination' | 'place' | 'other';
/** Words before a country that make it a place the person goes to. */
const DESTINATION_WORDS = new Set(['to', 'into', 'towards', 'toward', 'visiting', 'visited', 'visit', 'visits']);
/** Words before a person that make them whom a visit is for: "to meet Minister X", "the funeral of President X". */
const VISITED_PERSON_LINKS = new Set(['of', 'by', 'meet', 'meets', 'met', 'meeting', 'see', 'greet', 'greeted', 'received', 'hosted']);
const PLACE_WORDS = new Set(['in', 'at', 'inside', 'within']);
/** "returned to Ruritania", "back in Ruritania": the person's own country. */
const HOMECOMING = new Set(['returned', 'return', 'returns', 'returning', 'back', 'home']);
/** Nouns a state's adjective may stand before and still mean the state. */
/** "his counterparts from Freedonia, Ruritania and Westland": a country listed after "counterparts from". */
function counterpartsFrom(sv: SentenceView, c: Arg): boolean {
  for (let j = c.first - 1; j >= 1 && c.first - j <= 12; j--) {
    const tok = sv.toks[j]!;
    if (/^(from|of|in)$/.test(tok.lower) && /^counterparts?$/.test(sv.toks[j - 1]!.lower)) return true;
    if (tok.arg < 0 && !/^(and|or)$/.test(tok.lower)) return false;
  }
  return false;
}

const STATE_NOUNS = new Set(['government', 'authorities', 'side', 'state', 'officials', 'leaders', 'leadership', 'delegation', 'counterparts', 'administration']);

/** "… with the Ruritanian government", "visiting Ruritania", "… in Ruritania": over determiners to the word before. */
function position(sv: SentenceView, arg: Arg): Position {
  let b = arg.first - 1;
  while (b > 0 && sv.toks[b]!.arg < 0 && isDeterminer(sv.toks[b])) b--;
  const before = sv.toks[b];
  // "in Fortville, Ruritania": the country of a place's address is where the place is.
  const address = before && before.arg >= 0 ? sv.args[before.arg] : undefined;
  if (address && address.type === 'LOCATION' && /^,\s*$/.test(sv.toks[arg.first]!.gap) && position(sv, address) === 'place') return 'place';
  if (!before || before.arg >= 0 || HOMECOMING.has(sv.toks[b - 1]?.lower ?? '')) return 'other';
  // "to a Ruritanian importer" is about the importer; "with the Ruritanian government" about the state.
  const head = sv.toks[arg.last + 1];
  if (head && head.arg < 0 && /^\p{Ll}/u.test(head.text) && isNoun(head) && !STATE_NOUNS.has(head.lower)) return 'other';
  if (before.lower === 'with') return 'partner';
  return DESTINATION_WORDS.has(before.lower) ? 'destination' : PLACE_WORDS.has(before.lower) ? 'place' : 'other';
}

/**
 * "a visit to Ruritania to attend the funeral of President X", "flew to Ruritania to meet Minister
 * X": a person named after the destination as whom the visit is for is the host, of that country.
 */
function hostThere(sv: SentenceView, destination: Arg, person: Arg | undefined): boolean {
  if (!person || person.first <= destination.last) return false;
  let b = person.first - 1;
  while (b > destination.last && sv.toks[b]!.arg < 0 && (isDeterminer(sv.toks[b]) || MODIFIER_PREFIX.test(`${sv.toks[b]!.lower} `))) b--;
  // "to meet with Minister X"; not "had a discussion with Minister X", which may be at home.
  if (sv.toks[b]?.lower === 'with' && VISITED_PERSON_LINKS.has(sv.toks[b - 1]?.lower ?? '')) b--;
  const before = sv.toks[b];
  return !!before && before.arg < 0 && VISITED_PERSON_LINKS.has(before.lower);
}

/** The country the story names most, apart from those the person is not of. */
function otherCountry(view: ArticleView, foreign: ReadonlySet<number>): number | null {
  const ranked = view.entities.filter((e) => e.type === 'COUNTRY' && !foreign.has(e.key)).sort((a, b) => b.mentions.length - a.mentions.length);
  const [first, second] = ranked;
  return first && (!second || first.mentions.length > second.mentions.length) ? first.key : null;
}

/** The country of the dateline place, when the article names it as an entity. */
function datelineCountry(view: ArticleView): number | null {
  const dateline = datelinePlace(view);
  if (!dateline) return null;
  const named = view.entities.find((e) => e.type === 'COUNTRY' && e.name === dateline);
  if (named) return named.key;
  const code = places.get(fold(dateline))?.countryCode;
  return code ? (view.entities.find((e) => e.type === 'COUNTRY' && e.isoCode === code)?.key ?? null) : null;
}

/** "Ruritania's new planning minister", "the Ruritanian planning minister": a country, then the title's words. */
function describedOwnerBefore(view: ArticleView, sentence: number, at: number, title: string): number | null {
  const words = title.split(/\s+/);
  for (let s = sentence; s >= 0; s--) {
    const sv = view.sentences[s];
    if (!sv) continue;
    for (let a = sv.args.length - 1; a >= 0; a--) {
      const arg = sv.args[a] as Arg;
      if (s === sentence && arg.start >= at) continue;
      const owners = [arg, ...arg.nested].filter((o) => o.type === 'COUNTRY');
      for (const owner of owners) {
        const entity = view.entityByKey.get(owner.key);
        const demonym = entity && owner.mention.text !== entity.name && /^\p{Lu}\p{Ll}+$/u.test(owner.mention.text);
        if (!owner.possessive && !demonym) continue;
        if (followedByTitle(view, owner.mention.end, words)) return owner.key;
      }
    }
  }
  return null;
}

/** The text after `end` reads the title's words, over a few lower-case modifiers ("'s new planning minister") or, for a bare title, a portfolio. */
function followedByTitle(view: ArticleView, end: number, words: string[]): boolean {
  const after = view.article.body.slice(end, end + 60).replace(/^['’]s\b/, '').toLowerCase();
  const tokens = after.split(/[^a-z-]+/).filter(Boolean);
  for (let i = 0; i < 3 && i < tokens.length; i++) {
    if (words.every((w, k) => tokens[i + k] === w)) return true;
    // "Minister Jo Bloggs" after "Ruritania's foreign minister": the bare title names the same office.
    const portfolio = words.length === 1 && portfolioWords.has(tokens[i] ?? '');
    if (!MODIFIER_PREFIX.test(`${tokens[i]} `) && !portfolio) return false;
  }
  return false;
}

/**
 * The organisation a generic noun stands for ("the party", "the army", "the rebels", "the foreign
 * ministry"): the nearest earlier organisation whose name has a matching word, looking back a few
 * sentences. Armies, police and governments fall back to the article's country.
 */
export function ownerByNoun(view: ArticleView, sentence: number, at: number, nouns: readonly string[]): number | null {
  const cue = nouns.map((n) => n.toLowerCase()).find((n) => n in GENERIC_OWNER_NOUNS);
  if (!cue) return null;
  const spec = GENERIC_OWNER_NOUNS[cue];
  if (!spec) return null;
  const extra = nouns.map((n) => n.toLowerCase()).filter((n) => n !== cue && !/^(the|a|an|senior|top|former)$/.test(n));
  // "the rebel leader" is not the leader of the state's own army ("the Ruritanian army", "the Armed Forces").
  const insurgent = cue === 'rebel' || cue === 'rebels' || cue === 'insurgent' || cue === 'militia';
  const countryWords = new Set(view.entities.filter((e) => e.type === 'COUNTRY').flatMap((e) => [e.name, ...e.aliases, ...e.mentions.map((m) => m.text)]).map((x) => x.toLowerCase()));
  const stateForce = (n: string): boolean => {
    const m = /^(?:the )?(?:(.+) )?(?:armed forces|army|military|defen[cs]e forces|police)$/.exec(n);
    return !!m && (!m[1] || countryWords.has(m[1]) || m[1] === 'national');
  };
  const nameFits = (e: LocalEntity): boolean => {
    const names = [e.name, ...e.aliases].map((x) => x.toLowerCase());
    if (insurgent && names.some(stateForce)) return false;
    return names.some((n) => spec.pattern.test(n) && extra.every((w) => !/^[a-z]+$/.test(w) || !PORTFOLIO.test(w) || n.includes(w)));
  };
  for (let s = sentence; s >= 0 && sentence - s <= 4; s--) {
    const sv = view.sentences[s];
    if (!sv) continue;
    for (let a = sv.args.length - 1; a >= 0; a--) {
      const arg = sv.args[a] as Arg;
      for (const cand of [arg, ...arg.nested]) {
        if (s === sentence && cand.start >= at) continue;
        if (cand.type !== 'ORGANIZATION') continue;
        const e = view.entityByKey.get(cand.key);
        if (e && nameFits(e)) return e.key;
      }
    }
  }
  // Not yet named: any organisation of the article that fits, named later.
  const later = view.entities.filter((e) => e.type === 'ORGANIZATION' && nameFits(e));
  if (later.length === 1 && later[0]) return later[0].key;
  return spec.country ? articleCountry(view) : null;
}

const PORTFOLIO = /^(foreign|finance|defence|defense|interior|health|trade|economy|justice|energy|education|information|planning|investment|agriculture|transport|industry|home)$/;

/** The one entity of these types in the sentence (its own and nested mentions), other than `self` and those excepted. */
function onlyOfType(sv: SentenceView, self: number, types: ReadonlySet<string>, except: ReadonlySet<number> = new Set()): number | null {
  const keys = new Set<number>();
  for (const arg of sv.args) for (const c of [arg, ...arg.nested]) if (c.key !== self && types.has(c.type) && !except.has(c.key)) keys.add(c.key);
  return keys.size === 1 ? ([...keys][0] ?? null) : null;
}

/**
 * The owner of an organisation's title written without one ("Chief Executive Jo Bloggs",
 * "Spokesman Jo Bloggs", "Coach Jo Bloggs"): the one organisation of the sentence, else the
 * organisation (or, for a team's title, the country) the previous sentence is about, else the
 * organisation the article is about.
 */
export function contextOwner(view: ArticleView, sv: SentenceView, self: number, title: string): number | null {
  if (isNationalTitle(title)) return null;
  const head = bareTitle(title).split(/\s+/).pop() ?? '';
  if (/^(?:state |deputy |provincial |regional )?governor$/.test(bareTitle(title))) return articleRegion(view);

  if (RANK_TITLE_HEADS.has(head)) return null;
  const team = TEAM_TITLE_HEADS.has(head);
  const types = new Set(team ? ['ORGANIZATION', 'COUNTRY'] : ['ORGANIZATION']);
  // "…, an AFP correspondent said": a news medium that reports the sentence employs only its journalists.
  const media = MEDIA_TITLE_HEADS.has(head) ? new Set<number>() : new Set(view.entities.filter(isMediumEntity).map((e) => e.key));
  const here = onlyOfType(sv, self, types, media);
  if (here !== null) return here;
  const prev = view.sentences[sv.index - 1];
  const subject = prev?.args[0];
  if (prev && subject && subject.first <= 2 && types.has(subject.type) && !media.has(subject.key)) return subject.key;
  if (team) return null;
  return articleOrganisation(view, media);
}

/** The organisation a story is about: named at least twice, and more often than any other. */
function articleOrganisation(view: ArticleView, except: ReadonlySet<number>): number | null {
  const ranked = view.entities.filter((e) => e.type === 'ORGANIZATION' && !except.has(e.key)).sort((a, b) => b.mentions.length - a.mentions.length);
  const [first, second] = ranked;
  return first && first.mentions.length >= 2 && (!second || first.mentions.length > second.mentions.length) ? first.key : null;
}

/**
 * The state or province a story is about, for a governor written without one: the one place the
 * article writes as "<Name> State", "<Name> province" or "the state of <Name>".
 */
function articleRegion(view: ArticleView): number | null {
  const body = view.article.body;
  const regions = view.entities.filter(
    (e) =>
      e.type === 'LOCATION' &&
      (/\b(state|province|region|county|governorate|prefecture)$/i.test(e.name) ||
        e.mentions.some((m) => /^\s+(state|province|region|county|governorate|prefecture)\b/i.test(body.slice(m.end, m.end + 16)) || /\b(state|province) of\s+$/i.test(body.slice(Math.max(0, m.start - 16), m.start)))),
  );
  return regions.length === 1 && regions[0] ? regions[0].key : null;
}

/** How far after the verb of saying the reported clause's subject may stand ("said on Monday that Ruritania …"). */
const MAX_REPORT_SUBJECT_DISTANCE = 6;

/**
 * Every mention of `key` in the sentence comes after the person's own say-verb and qualifies a
 * noun there ("X said that Ruritanian ships …") or stands deep in the report: the words are about
 * another country's things.
 */
function onlyInReport(sv: SentenceView, self: number, key: number): boolean {
  const person = sv.args.find((a) => a.key === self);
  if (!person) return false;
  const say = sv.toks.findIndex((t, i) => i > person.last && i <= person.last + 3 && t.arg < 0 && isSayVerb(t));
  if (say < 0) return false;
  return sv.args.every((a) =>
    [a, ...a.nested].every((c) => {
      if (c.key !== key) return true;
      const next = sv.toks[c.last + 1];
      // "said Ruritanian ships …", "told reporters that Ruritania's tests …": the country qualifies what is reported.
      const qualifies = c.possessive || (!!next && next.arg < 0 && /^\p{Ll}/u.test(next.text) && next.tags.has('Noun'));
      // "said on Friday he was sending troops, arguing that Ruritania had …": deep in the report, not its subject.
      return c.first > say && (qualifies || c.first - say > MAX_REPORT_SUBJECT_DISTANCE);
    }),
  );
}
