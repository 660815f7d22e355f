import { FACILITY_NOUNS, NAMED_EVENT_HEADS, PLACE_ROLE_NOUNS, SEATED_BODY_HEADS, VENUE_NOUNS } from '../../data/relationPlaces.js';
import { HYPHEN_PARTICIPLES } from '../../data/relationVerbs.js';
import { DESCRIPTION_HEADS, REPRESENTATIVE_TITLES, ROLE_HEADS, ROLE_MODIFIERS } from '../../data/relationRoles.js';
import type { EntityType, RelationType } from '../../store/records.js';
import type { LocalEntity, LocalRelation } from '../types.js';
import type { Arg, ArticleView, SentenceView } from './articleView.js';
import { coordinated, organisationDescribedFrom, throughPossessive } from './phrases.js';
import { compassWords, countryByDemonym, fold } from '../entities/lexicon.js';
import { articleCountry } from './articleOwner.js';
import { resolvePronoun } from './resolvePronoun.js';
import { PARTY_HEADS } from '../../data/relationMembership.js';
import { isAdjective, isComma, isDeterminer, isHardBreak, isNoun, PLACE_NOUNS } from './words.js';

// Facts a name's own wording or its neighbours state: "the Ruritanian capital" (capital of),
// "Acme President" as an alias (president of), "Ruritania's Acme Group" (based in), "Acme's Jo
// Bloggs" (member of), "Fortville, Ruritania" (located in), "Ruritania-backed rebels" (supports),
// "Jo Bloggs (Westshire)" (represents).

type Make = (subject: number, predicate: string, type: RelationType, object: number) => void;

export function descriptionRelations(view: ArticleView): LocalRelation[] {
  const out: LocalRelation[] = [];
  const owners = ownerNames(view.entities);
  for (const sv of view.sentences) {
    const make: Make = (subject, predicate, type, object) => {
      if (subject !== object && predicate) out.push({ subjectKey: subject, predicate, type, objectKey: object, evidence: sv.span });
    };
    for (const arg of sv.args) {
      describedByName(view, arg, owners, make);
      for (const nested of arg.nested) {
        // "Ruritanian Foreign Ministry Spokesperson Jo Bloggs": the ministry inside a title still names its owner.
        if (nested.type === 'ORGANIZATION') describedByName(view, nested, owners, make);
        hyphenCompound(view, sv, nested, arg, make);
      }
    }
    sv.args.forEach((arg, a) => {
      const next = sv.args[a + 1];
      possessiveOwner(sv, arg, next, make);
      placeThenPlace(sv, arg, next, sv.args[a - 1], sv.args[a + 2], make);
      capitalOf(sv, arg, next, make);
      hyphenCompound(view, sv, arg, null, make);
      parenthetical(view, sv, arg, next, make);
      personOfOrganization(sv, arg, next, make);
      placeInPlace(sv, arg, make);
      facilityOfOwner(sv, arg, next, make);
      placeDescribedByOwner(sv, arg, next, make);
      rulingParty(view, sv, arg, make);
      partyOfPossessor(view, sv, arg, make);
    });
    companyOfCountry(view, sv, make);
  }
  return out;
}

interface OwnerName {
  key: number;
  type: EntityType;
  pattern: RegExp;
  length: number;
}

/** Names of countries and organisations as word-bounded patterns, longest first. */
function ownerNames(entities: readonly LocalEntity[]): OwnerName[] {
  const out: OwnerName[] = [];
  for (const e of entities) {
    if (e.type !== 'COUNTRY' && e.type !== 'ORGANIZATION') continue;
    for (const alias of new Set([e.name, ...e.aliases])) {
      const name = alias.replace(/^the\s+/i, '').replace(/['’]s$/, '').trim();
      if (name.length < 2 || !/^\p{Lu}/u.test(name)) continue;
      out.push({ key: e.key, type: e.type, pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`, 'u'), length: name.length });
    }
  }
  return out.sort((a, b) => b.length - a.length);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A mention whose own words name an owner: "the Ruritania premier" (premier of Ruritania),
 * "Acme President" (president of Acme), "the Freedonian capital" (capital of Freedonia), "Ruritania's
 * second-largest lender" (lender in Ruritania), "Ruritania Health Ministry" (health ministry of).
 */
function describedByName(view: ArticleView, arg: Arg, owners: readonly OwnerName[], make: Make): void {
  const text = arg.mention.text;
  const entity = view.entityByKey.get(arg.key);
  if (!entity) return;
  let rest = text;
  for (const owner of owners) {
    if (owner.key === arg.key) continue;
    const m = owner.pattern.exec(rest);
    if (!m) continue;
    const after = text.slice(m.index + m[0].length).replace(/^['’]s\b/, '').trim();
    const before = text.slice(0, m.index).trim();
    rest = rest.slice(0, m.index) + ' '.repeat(m[0].length) + rest.slice(m.index + m[0].length);
    const words = after.toLowerCase().split(/\s+/).filter(Boolean);
    // "the Ruritania-led coalition": the owner leads, backs or allies with the whole.
    const compound = /^-([a-z]+)\b/.exec(after);
    if (compound) {
      const rule = HYPHEN_PARTICIPLES[compound[1] ?? ''];
      if (rule && rule.inverse) make(arg.key, rule.predicate, rule.type, owner.key);
      else if (rule) make(owner.key, rule.predicate, rule.type, arg.key);
      if (rule) break;
      continue;
    }
    if (arg.type === 'PERSON') {
      const headAt = lastIndex(words, (w) => ROLE_HEADS.has(w));
      if (headAt < 0) continue;
      const mods = before.toLowerCase().split(/\s+/).filter((w) => ROLE_MODIFIERS.has(w));
      const title = [...mods, ...words.slice(0, headAt + 1)].join(' ');
      make(arg.key, `${title} ${REPRESENTATIVE_TITLES.has(words[headAt] ?? '') ? 'for' : 'of'}`, 'ROLE', owner.key);
      break;
    }
    if (owner.type !== 'COUNTRY') continue;
    const all = [...before.toLowerCase().split(/\s+/), ...words].filter(Boolean);
    const headAt = lastIndex(all, (w) => w in DESCRIPTION_HEADS);
    const head = all[headAt];
    if (arg.type === 'LOCATION') {
      make(arg.key, head === 'capital' ? 'capital of' : 'located in', 'LOCATION', owner.key);
    } else if (arg.type === 'ORGANIZATION') {
      const template = head ? (DESCRIPTION_HEADS[head] ?? 'based in') : 'based in';
      const predicate = template.includes('{noun}') ? `${nounPhrase(all, headAt)} of` : template === 'based in' && head && head !== 'company' && head !== 'firm' && head !== 'group' ? `${head} in` : template;
      make(arg.key, predicate, template === 'based in' ? 'LOCATION' : 'AFFILIATION', owner.key);
    }
    break;
  }
}

/** "health ministry" from "... Health Ministry": the head and the one noun before it. */
function nounPhrase(words: string[], headAt: number): string {
  const head = words[headAt] ?? '';
  const prev = words[headAt - 1];
  return prev && /^[a-z]+$/.test(prev) && !['the', 'a', 'an'].includes(prev) ? `${prev} ${head}` : head;
}

function lastIndex<T>(list: readonly T[], test: (x: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i] as T)) return i;
  return -1;
}

/** "Ruritania's Acme Group" → based in; "Ruritania's Fortville province" → located in; "Acme's Jo Bloggs" → member of. */
function possessiveOwner(sv: SentenceView, arg: Arg, next: Arg | undefined, make: Make): void {
  if (!arg.possessive || !next || next.first !== arg.last + 1 || isComma(sv.toks[next.first])) return;
  if (arg.type === 'COUNTRY' || arg.type === 'LOCATION') {
    if (next.type === 'ORGANIZATION') make(next.key, 'based in', 'LOCATION', arg.key);
    else if (next.type === 'LOCATION') make(next.key, 'located in', 'LOCATION', arg.key);
  } else if (arg.type === 'ORGANIZATION' && next.type === 'PERSON' && !next.mention.role) {
    make(next.key, 'member of', 'AFFILIATION', arg.key);
  }
}

/** "Fortville, Ruritania": a place and the larger place it lies in, not part of a list. */
function placeThenPlace(sv: SentenceView, arg: Arg, next: Arg | undefined, prev: Arg | undefined, afterNext: Arg | undefined, make: Make): void {
  if (!next || arg.type !== 'LOCATION' || (next.type !== 'COUNTRY' && next.type !== 'LOCATION')) return;
  if (next.first !== arg.last + 1 || !isComma(sv.toks[next.first]) || sv.toks[next.first]?.gap.trim() !== ',') return;
  // A list of places ("Fortville, Eastport and Westham") is not a containment; "Fortville, Ruritania, President Jo Bloggs said" is.
  const listBefore = prev && prev.last + 1 === arg.first && (isComma(sv.toks[arg.first]) || sv.toks[arg.first - 1]?.lower === 'and');
  const listAfter = afterNext && (afterNext.type === 'LOCATION' || afterNext.type === 'COUNTRY') && (afterNext.first === next.last + 1 || (afterNext.first === next.last + 2 && /^(and|or)$/.test(sv.toks[next.last + 1]?.lower ?? '')));
  if (listBefore || listAfter) return;
  make(arg.key, 'located in', 'LOCATION', next.key);
}

/** "the Ruritanian capital of Fortville", "the Ruritanian city, Fortville": a country, a place noun, the place. */
function capitalOf(sv: SentenceView, arg: Arg, next: Arg | undefined, make: Make): void {
  if (arg.type !== 'COUNTRY' || !next || next.type !== 'LOCATION') return;
  let between = sv.toks.slice(arg.last + 1, next.first).map((t) => t.lower);
  // "the Ruritanian port city of Fortville": two place nouns.
  if (between.length === 3 && PLACE_NOUNS.has(between[0]!) && PLACE_NOUNS.has(between[1]!)) between = between.slice(1);
  const noun = between[0] ?? '';
  const predicate = DESCRIPTION_HEADS[noun];
  if (!predicate || !PLACE_NOUNS.has(noun) || between.length > 2 || (between.length === 2 && between[1] !== 'of')) return;
  make(next.key, noun === 'capital' ? 'capital of' : 'located in', 'LOCATION', arg.key);
}

/** "Ruritania-led coalition", "Acme-backed rebels", "Ruritania-allied movement". */
function hyphenCompound(view: ArticleView, sv: SentenceView, arg: Arg, outer: Arg | null, make: Make): void {
  const tail = view.article.body.slice(arg.mention.end, arg.mention.end + 16);
  const m = /^-([a-z]+)\b/.exec(tail);
  const rule = m?.[1] ? HYPHEN_PARTICIPLES[m[1]] : undefined;
  if (!rule || !m) return;
  let target: Arg | undefined = outer ?? undefined;
  if (!target) {
    // The modified name follows within a few words: "Ruritania-backed Blue Front rebels".
    const startTok = sv.toks.findIndex((t) => t.start >= arg.mention.end + m[0].length);
    for (let t = startTok; t >= 0 && t < sv.toks.length && t - startTok < 4; t++) {
      const tok = sv.toks[t];
      if (!tok || (t > startTok && (isComma(tok) || isHardBreak(tok)))) break;
      if (tok.arg >= 0 && tok.arg !== sv.toks[arg.first]?.arg) {
        target = sv.args[tok.arg];
        break;
      }
      if (!(isNoun(tok) || tok.tags.has('Adjective') || isDeterminer(tok))) break;
    }
  }
  if (!target || target.key === arg.key || target.type === 'OTHER') return;
  if (rule.inverse) make(target.key, rule.predicate, rule.type, arg.key);
  else make(arg.key, rule.predicate, rule.type, target.key);
}

/** "Jo Bloggs (Westshire)" → represents; "Jo Bloggs (Acme Party)" → member of. */
function parenthetical(view: ArticleView, sv: SentenceView, arg: Arg, next: Arg | undefined, make: Make): void {
  if (arg.type !== 'PERSON' || !next || next.first !== arg.last + 1) return;
  const between = view.article.body.slice(arg.end, next.start).trim();
  const after = view.article.body.slice(next.end, next.end + 2).trim();
  // "Sen. Jo Bloggs (R-AZ)": a party's letter and the state a lawmaker sits for.
  const partyTag = /^\(\s*\p{Lu}{1,3}\s*[-–]$/u.test(between);
  if ((between !== '(' && !partyTag) || !after.startsWith(')')) return;
  if (next.type === 'LOCATION') make(arg.key, lawmakerFrom(view.article.body.slice(Math.max(0, arg.start - 8), arg.start)), 'ROLE', next.key);
  else if (next.type === 'ORGANIZATION') make(arg.key, 'member of', 'AFFILIATION', next.key);
  void sv;
}

/** "senator from" after "Sen." or "Sens.", "representative from" after "Rep." or "Reps.", else "represents". */
function lawmakerFrom(before: string): string {
  if (/\bSens?\.?\s+$/.test(before)) return 'senator from';
  if (/\bReps?\.?\s+$/.test(before)) return 'representative from';
  return 'represents';
}

/** "Jo Bloggs of the Acme Party", "Jo Bloggs of the opposition Acme Party" → member of; "Jo Bloggs from Ruritania" → from. */
function personOfOrganization(sv: SentenceView, arg: Arg, next: Arg | undefined, make: Make): void {
  if (arg.type !== 'PERSON' || !next) return;
  const prep = sv.toks[arg.last + 1];
  if (!prep || (prep.lower !== 'of' && prep.lower !== 'from') || isComma(prep)) return;
  let start = arg.last + 2;
  if (sv.toks[start]?.lower === 'the') start++;
  // Lower-case words describing the body: "the opposition", "the ruling".
  while (start < next.first && start - arg.last <= 4 && sv.toks[start]!.arg < 0 && /^\p{Ll}/u.test(sv.toks[start]!.text) && !isComma(sv.toks[start])) start++;
  if (start !== next.first || isComma(sv.toks[next.first])) return;
  if (prep.lower === 'of' && next.type === 'ORGANIZATION') make(arg.key, 'member of', 'AFFILIATION', next.key);
  // "the envoys are Jo Bloggs from Ruritania, …": where the person comes from or whom they act for.
  else if (prep.lower === 'from' && next.type !== 'PERSON' && next.type !== 'OTHER') make(arg.key, 'from', 'AFFILIATION', next.key);
}

/**
 * "the ruling Acme Front party", "Ruritania's governing Acme Front": the party in power in the
 * country named before it, else in the country the story is about.
 */
function rulingParty(view: ArticleView, sv: SentenceView, arg: Arg, make: Make): void {
  const word = sv.toks[arg.first - 1];
  if (arg.type !== 'ORGANIZATION' || !word || word.arg >= 0 || !/^(ruling|governing)$/.test(word.text) || isComma(sv.toks[arg.first])) return;
  const owner = sv.toks[arg.first - 2];
  const country = owner && owner.arg >= 0 && !isComma(word) ? sv.args[owner.arg] : undefined;
  if (country) {
    if (country.type === 'COUNTRY' && country.possessive) make(arg.key, 'ruling party of', 'AFFILIATION', country.key);
    return;
  }
  const state = articleCountry(view);
  if (state !== null) make(arg.key, 'ruling party of', 'AFFILIATION', state);
}

/** "Roe … before his ruling Acme Party heads into elections": the person "his" or "her" stands for belongs to the party. */
function partyOfPossessor(view: ArticleView, sv: SentenceView, arg: Arg, make: Make): void {
  if (arg.type !== 'ORGANIZATION' || !PARTY_HEADS.has(arg.mention.text.split(/\s+/).pop()?.toLowerCase() ?? '')) return;
  let p = arg.first - 1;
  if (/^(ruling|governing|own)$/u.test(sv.toks[p]?.lower ?? '')) p--;
  const pronoun = sv.toks[p];
  if (!pronoun || pronoun.arg >= 0 || (pronoun.lower !== 'his' && pronoun.lower !== 'her')) return;
  const person = resolvePronoun(view, sv.index, p, pronoun.lower, 'possessive');
  if (person !== null) make(person, 'member of', 'AFFILIATION', arg.key);
}

/**
 * "Fortville in Ruritania", "the towns of Fortville and Eastport in Westshire State", "Fortville
 * town in Westshire", "the Fortville region of Ruritania", "the Acme camp, in the central Westshire
 * region", "the Ruritanian embassy in Fortville", "the Acme Centre at Fortville" → located in; "the
 * Acme Summit in Fortville" → held in.
 */
function placeInPlace(sv: SentenceView, arg: Arg, make: Make): void {
  const head = arg.mention.text.split(/\s+/).pop()?.toLowerCase() ?? '';
  // A body with a seat, or any body used as a venue ("announced at the Acme Union in Fortville").
  const seated = arg.type === 'ORGANIZATION' && (SEATED_BODY_HEADS.has(head) || atVenue(sv, arg));
  const site = ((arg.type === 'ORGANIZATION' || arg.type === 'LOCATION') && (FACILITY_NOUNS.has(head) || VENUE_NOUNS.has(head))) || seated;
  const event = arg.type === 'OTHER' && NAMED_EVENT_HEADS.has(head);
  if (arg.type !== 'LOCATION' && !site && !event) return;
  const predicate = event ? 'held in' : 'located in';
  // "the Fortville region of Ruritania": the place noun and "of" name the larger place.
  const region = regionOfDistrict(sv, arg);
  if (region) make(arg.key, 'located in', 'LOCATION', region.key);
  let t = arg.last + 1;
  if (PLACE_NOUNS.has(sv.toks[t]?.lower ?? '') && !isComma(sv.toks[t]) || sv.toks[t]?.lower === 'township') t++;
  const prep = sv.toks[t];
  // A comma may set the larger place off, when it opens a phrase of its own: ", in the central Westshire region".
  const setOff = !!prep && isComma(prep) && sv.toks[t + 1]?.lower === 'the';
  // "the Military Academy at Sandhurst": a site or event may stand "at" its place too.
  const at = prep?.lower === 'at' && (site || event);
  if (!prep || prep.arg >= 0 || (prep.lower !== 'in' && !at) || (isComma(prep) && !setOff) || isHardBreak(prep)) return;
  let o = t + 1;
  if (sv.toks[o]?.lower === 'the') o++;
  // "in eastern Ruritania", "in the central Westshire region": a compass word names a part of the larger place.
  if (compassWords.has(sv.toks[o]?.lower ?? '') && sv.toks[o]!.arg < 0) o++;
  const objectTok = sv.toks[o];
  if (!objectTok || objectTok.arg < 0) return;
  let outer = throughPossessive(sv, sv.args[objectTok.arg] as Arg);
  // "Fortville town in Fortville district of Westshire state": the district's own region counts too.
  const wider = regionOfDistrict(sv, outer);
  if (outer.key === arg.key && !wider) return;
  if (wider && outer.key === arg.key) outer = wider;
  if (outer.type !== 'LOCATION' && outer.type !== 'COUNTRY') return;
  for (const inner of coordinated(sv, arg)) {
    if (inner.arg?.type !== 'LOCATION' && inner.key !== arg.key) continue;
    make(inner.key, predicate, 'LOCATION', outer.key);
    if (wider && wider.key !== outer.key) make(inner.key, predicate, 'LOCATION', wider.key);
  }
}

/** The arg stands after "at" (and "the"): a place where something happens. */
function atVenue(sv: SentenceView, arg: Arg): boolean {
  let b = arg.first - 1;
  if (sv.toks[b]?.lower === 'the' && sv.toks[b]!.arg < 0) b--;
  return sv.toks[b]?.lower === 'at' && sv.toks[b]!.arg < 0;
}

/** "<district> local government area of Westshire", "<district> district of Westshire": the region after "of". */
function regionOfDistrict(sv: SentenceView, district: Arg): Arg | null {
  let t = district.last + 1;
  let place = false;
  for (let k = 0; k < 4 && sv.toks[t] && sv.toks[t]!.arg < 0 && !isComma(sv.toks[t]) && /^\p{Ll}/u.test(sv.toks[t]!.text) && sv.toks[t]!.lower !== 'of'; k++, t++) {
    place = PLACE_NOUNS.has(sv.toks[t]!.lower) || /^(area|lga|council|division|zone|subdistrict)$/.test(sv.toks[t]!.lower);
  }
  if (!place || sv.toks[t]?.lower !== 'of' || isComma(sv.toks[t])) return null;
  const tok = sv.toks[t + 1]?.lower === 'the' ? sv.toks[t + 2] : sv.toks[t + 1];
  const region = tok && tok.arg >= 0 ? (sv.args[tok.arg] as Arg) : null;
  return region && (region.type === 'LOCATION' || region.type === 'COUNTRY') && region.key !== district.key ? region : null;
}

/** "Acme's Fortville plant", "Acme's Fortville headquarters": the owner has that facility in the place. */
function facilityOfOwner(sv: SentenceView, arg: Arg, next: Arg | undefined, make: Make): void {
  if (!arg.possessive || (arg.type !== 'ORGANIZATION' && arg.type !== 'COUNTRY') || !next) return;
  if (next.first !== arg.last + 1 || isComma(sv.toks[next.first]) || (next.type !== 'LOCATION' && next.type !== 'COUNTRY')) return;
  const noun = sv.toks[next.last + 1];
  if (!noun || noun.arg >= 0 || isComma(noun) || !FACILITY_NOUNS.has(noun.lower)) return;
  make(arg.key, `has ${noun.lower.replace(/s$/, '').replace(/^headquarter$/, 'headquarters')} in`, 'LOCATION', next.key);
}

/**
 * "US rival Acme", "Ruritania's state news agency Acme", "Ruritanian carmaker Acme": a country (its
 * name, possessive or adjective) and lower-case words describing an organisation named right after
 * them: the organisation is based in the country. A demonym counts when the article names its country.
 */
function companyOfCountry(view: ArticleView, sv: SentenceView, make: Make): void {
  sv.toks.forEach((tok, t) => {
    const arg = tok.arg >= 0 ? sv.args[tok.arg] : undefined;
    let country: number | undefined;
    if (arg) country = arg.type === 'COUNTRY' && arg.last === t ? arg.key : undefined;
    else if (/^\p{Lu}/u.test(tok.text)) {
      const code = countryByDemonym.get(fold(tok.text))?.code;
      country = code ? view.entities.find((e) => e.type === 'COUNTRY' && e.isoCode === code)?.key : undefined;
    }
    const org = country === undefined ? null : organisationDescribedFrom(sv, t + 1);
    if (country !== undefined && org) make(org.key, 'based in', 'LOCATION', country);
  });
}

/** "Fortville, Ruritania's capital", "Fortville, the capital of Ruritania", "Fortville, Ruritania's largest city". */
function placeDescribedByOwner(sv: SentenceView, arg: Arg, next: Arg | undefined, make: Make): void {
  if (arg.type !== 'LOCATION' || !next || (next.type !== 'COUNTRY' && next.type !== 'LOCATION')) return;
  const comma = sv.toks[arg.last + 1];
  if (!comma || !isComma(comma)) return;
  // ", Ruritania's capital": the owner, then a place noun.
  if (next.first === arg.last + 1 && next.possessive) {
    const words = sv.toks.slice(next.last + 1, next.last + 4).filter((t) => t.arg < 0);
    const noun = words.find((t) => PLACE_ROLE_NOUNS.has(t.lower));
    if (noun && words.indexOf(noun) <= 2 && !words.slice(0, words.indexOf(noun)).some((t) => isComma(t) || isHardBreak(t))) {
      make(arg.key, noun.lower === 'capital' ? 'capital of' : 'located in', 'LOCATION', next.key);
    }
    return;
  }
  // ", the capital of Ruritania", ", a city in Ruritania".
  const between = sv.toks.slice(arg.last + 1, next.first);
  if (between.length < 2 || between.length > 5 || between.some((t, i) => i > 0 && (isComma(t) || isHardBreak(t)))) return;
  const last = between[between.length - 1]?.lower;
  const noun = between.find((t) => PLACE_ROLE_NOUNS.has(t.lower));
  if (!noun || !isDeterminer(between[0]) || (last !== 'of' && last !== 'in')) return;
  make(arg.key, noun.lower === 'capital' && last === 'of' ? 'capital of' : 'located in', 'LOCATION', next.key);
}
