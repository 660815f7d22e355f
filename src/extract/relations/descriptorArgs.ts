import { ROLE_HEADS, TITLE_SYNONYMS, TITLE_WORDS } from '../../data/relationRoles.js';
import type { Arg, ArticleView, SentenceView } from './articleView.js';
import { markTokens, placeArg } from './articleView.js';

// "the Ruritanian premier", "The Chancellor", "FM's aide": a title written instead of a name stands
// for the person of the article who holds that title. These descriptions become args of that
// person for the relation rules (the entity list itself is not changed).

const DETERMINERS = new Set(['the']);

export function canonicalTitle(title: string): string {
  const t = title.toLowerCase().trim();
  return TITLE_SYNONYMS[t] ?? t;
}

interface Holder {
  key: number;
  firstMention: number;
  ownerless: boolean;
  owned: boolean;
}

/** People of the article by canonical title, with the owners their titles name. */
function holdersOf(view: ArticleView, title: string, ownerKey: number | null): Holder[] {
  const out: Holder[] = [];
  for (const entity of view.entities) {
    if (entity.type !== 'PERSON') continue;
    let matches = false;
    let ownerless = false;
    let owned = false;
    for (const m of entity.mentions) {
      if (!m.role) continue;
      const own = canonicalTitle(m.role.title);
      if (own !== title && !own.endsWith(` ${title}`)) continue;
      if (ownerKey !== null && m.role.ofKey !== null && m.role.ofKey !== ownerKey) continue;
      matches = true;
      if (m.role.ofKey === null) ownerless = true;
      else owned = true;
    }
    if (matches) out.push({ key: entity.key, firstMention: Math.min(...entity.mentions.map((m) => m.start)), ownerless, owned });
  }
  return out;
}

/** Picks the holder: one with the named owner, else one whose title never names an owner (the article's own), else the first mentioned. */
function pick(holders: Holder[], ownerKey: number | null): number | null {
  if (holders.length === 0) return null;
  const ranked = [...holders].sort((a, b) => rank(a, ownerKey) - rank(b, ownerKey) || a.firstMention - b.firstMention);
  return ranked[0]?.key ?? null;
}

function rank(h: Holder, ownerKey: number | null): number {
  if (ownerKey !== null) return h.owned ? 0 : 1;
  return h.ownerless && !h.owned ? 0 : h.ownerless ? 1 : 2;
}

/**
 * "the alliance", "the ministry": a definite common noun that ends the name of exactly one
 * organisation of the article stands for it ("the Ruritania-led alliance").
 */
function addOrganisationDescriptors(view: ArticleView, sv: SentenceView): void {
  const { toks } = sv;
  for (let j = 0; j + 1 < toks.length; j++) {
    const det = toks[j];
    const noun = toks[j + 1];
    if (!det || !noun || det.lower !== 'the' || det.arg >= 0 || noun.arg >= 0 || noun.lower.length < 4) continue;
    if (!noun.tags.has('Noun') || /^\p{Lu}/u.test(noun.text) || noun.gap.trim() !== '') continue;
    const after = toks[j + 2];
    if (after && (after.arg >= 0 || after.lower === 'of' || after.tags.has('Noun')) && after.gap.trim() === '') continue;
    const owners = view.entities.filter((e) => e.type === 'ORGANIZATION' && e.key !== undefined && e.name.toLowerCase().split(/[\s-]+/).pop() === noun.lower);
    if (owners.length !== 1 || !owners[0]) continue;
    const start = det.start;
    const end = noun.end;
    const arg: Arg = {
      key: owners[0].key,
      type: 'ORGANIZATION',
      mention: { text: view.article.body.slice(start, end), start, end, sentenceIndex: sv.index },
      start,
      end,
      first: -1,
      last: -1,
      nested: [],
      possessive: false,
    };
    if (!placeArg(view.article, sv, arg)) continue;
    sv.args.push(arg);
    markTokens(sv);
    j++;
  }
}

/**
 * "Foreign Minister Jo Bloggs met his Ruritanian counterpart": the person of the article who holds
 * the same title for Ruritania. The title is the one the nearest titled person before it holds.
 */
function addCounterparts(view: ArticleView, sv: SentenceView): void {
  const { toks } = sv;
  for (let j = 1; j + 1 < toks.length; j++) {
    const pronoun = toks[j - 1]!;
    const country = sv.args.find((a) => a.first === j && a.last === j);
    if (!country || country.type !== 'COUNTRY' || country.possessive || !/^(his|her|their)$/.test(pronoun.lower) || !/^counterparts?$/.test(toks[j + 1]!.lower)) continue;
    const title = titleOfPersonBefore(view, sv, j - 1);
    const holders = title ? holdersOf(view, title, country.key).filter((h) => h.owned) : [];
    if (holders.length !== 1) continue;
    const start = country.start;
    const end = toks[j + 1]!.end;
    const arg: Arg = {
      key: holders[0]!.key,
      type: 'PERSON',
      mention: { text: view.article.body.slice(start, end), start, end, sentenceIndex: sv.index, role: { title: title!, ofKey: country.key, span: { start, end } } },
      start,
      end,
      first: -1,
      last: -1,
      nested: [country],
      possessive: false,
    };
    if (!placeArg(view.article, sv, arg)) continue;
    sv.args.splice(sv.args.indexOf(country), 1);
    sv.args.push(arg);
    markTokens(sv);
  }
}

/** The canonical title of the nearest person before token t who holds one in the article. */
function titleOfPersonBefore(view: ArticleView, sv: SentenceView, t: number): string | null {
  for (let a = sv.args.length - 1; a >= 0; a--) {
    const arg = sv.args[a]!;
    if (arg.type !== 'PERSON' || arg.last >= t) continue;
    const role = view.entityByKey.get(arg.key)?.mentions.find((m) => m.role)?.role;
    return role ? canonicalTitle(role.title) : null;
  }
  return null;
}

export function addDescriptorArgs(view: ArticleView, sv: SentenceView): void {
  addOrganisationDescriptors(view, sv);
  addCounterparts(view, sv);
  const { toks } = sv;
  const argAtTok = (t: number): Arg | undefined => sv.args.find((a) => a.first <= t && t <= a.last);
  const added: Arg[] = [];
  for (let j = 0; j < toks.length; j++) {
    const det = toks[j];
    if (!det || argAtTok(j)) continue;
    let t = j;
    const hasDet = DETERMINERS.has(det.lower);
    if (hasDet) t++;
    let owner = argAtTok(t);
    if (owner && (owner.type === 'COUNTRY' || owner.type === 'ORGANIZATION') && !owner.mention.role) t = owner.last + 1;
    else owner = undefined;
    const words: string[] = [];
    let last = -1;
    for (let k = t; k < toks.length && words.length < 3; k++) {
      const tok = toks[k];
      if (!tok || argAtTok(k) || (k > t && tok.gap.trim() !== '')) break;
      if (!(TITLE_WORDS.has(tok.lower) || ROLE_HEADS.has(tok.lower))) break;
      words.push(tok.lower);
      last = k;
      if (tok.possessive) break;
    }
    const lastTok = toks[last];
    if (!lastTok || !ROLE_HEADS.has(lastTok.lower) || (!hasDet && !lastTok.possessive && !owner)) continue;
    if (owner && !hasDet && !owner.possessive) continue;
    // "the Chancellor Jo Bloggs" or "the Chancellor of Acme": a name or owner follows; not a stand-in.
    const after = toks[last + 1];
    const afterArg = argAtTok(last + 1);
    if (!lastTok.possessive && after && (afterArg?.type === 'PERSON' || (/^\p{Lu}/u.test(after.text) && !after.gap.trim()) || after.lower === 'of')) continue;
    const title = canonicalTitle(words.join(' '));
    const key = pick(holdersOf(view, title, owner?.key ?? null), owner?.key ?? null);
    if (key === null) continue;
    const start = (toks[hasDet ? j + 1 : j] ?? det).start;
    const end = lastTok.end;
    const titleStart = toks[t]?.start ?? start;
    const arg: Arg = {
      key,
      type: 'PERSON',
      mention: {
        text: view.article.body.slice(start, end),
        start,
        end,
        sentenceIndex: sv.index,
        ...(owner ? { role: { title, ofKey: owner.key, span: { start: titleStart, end } } } : {}),
      },
      start,
      end,
      first: -1,
      last: -1,
      nested: owner ? [owner] : [],
      possessive: false,
    };
    if (!placeArg(view.article, sv, arg)) continue;
    if (owner) sv.args.splice(sv.args.indexOf(owner), 1);
    added.push(arg);
    sv.args.push(arg);
    markTokens(sv);
    j = last;
  }
}
