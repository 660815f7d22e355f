// Mentions in the headline. Headlines are Title Case, so capitalisation says little there: a
// headline phrase is a mention when it spells a name the body already uses for an entity (its
// name, an alias, a person's surname, a country's demonym), or a name the lexicons know (a
// country, a known organisation, a capital or region). It joins the body's entity when that entity
// is the same thing, or becomes a headline-only entity. Mentions carry `inTitle` and offsets into
// `article.title`; this stage runs after quotes and relations, which only see body offsets.
import type { ParsedArticle } from '../../ingest/types.js';
import type { LocalEntity, LocalMention } from '../types.js';
import { countryByDemonym, countryByName, fold, knownOrgs, nonEntityAcronyms, places, type CountryEntry } from './lexicon.js';

interface TitleWord {
  text: string;
  start: number;
  end: number;
}

/** Longest phrase looked up, in words. */
const MAX_WORDS = 8;
/** Small words that never make a mention alone, however the body uses them. */
const STOP = new Set(['the', 'a', 'an', 'of', 'and', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'as', 'is', 'us', 'it', 'new', 'says', 'said']);

function titleWords(title: string): TitleWord[] {
  const out: TitleWord[] = [];
  for (const m of title.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.&-]*/gu)) {
    let text = m[0].replace(/[.'’-]+$/u, '');
    text = text.replace(/['’]s$/u, '');
    if (text) out.push({ text, start: m.index!, end: m.index! + text.length });
  }
  return out;
}

type Target = { entity: LocalEntity } | { country: CountryEntry } | { org: string } | { place: string };

export function withHeadlineMentions(article: Pick<ParsedArticle, 'title'>, entities: readonly LocalEntity[]): LocalEntity[] {
  const title = article.title ?? '';
  const out = entities.map((e) => ({ ...e, aliases: [...e.aliases], mentions: [...e.mentions] }));
  if (!title.trim()) return out;

  // Body names: folded form → entities using it. Acronyms must match as written.
  const byName = new Map<string, Set<LocalEntity>>();
  const acronyms = new Set<string>();
  const add = (form: string, e: LocalEntity) => {
    const k = fold(form.replace(/^the\s+/i, ''));
    if (!k || STOP.has(k)) return;
    if (!/\p{Ll}/u.test(form) && form.replace(/[^\p{L}]/gu, '').length <= 6) acronyms.add(form.replace(/\./g, ''));
    if (!byName.has(k)) byName.set(k, new Set());
    byName.get(k)!.add(e);
  };
  for (const e of out) {
    for (const a of [e.name, ...e.aliases]) add(a, e);
    if (e.type === 'PERSON') {
      const parts = e.name.split(/\s+/);
      if (parts.length >= 2) add(parts[parts.length - 1]!, e);
    }
  }
  const countryEntity = (c: CountryEntry) => out.find((e) => e.isoCode === c.code && (e.type === 'COUNTRY' || e.type === 'LOCATION'));

  const words = titleWords(title);
  const found: { start: number; end: number; target: Target }[] = [];
  for (let i = 0; i < words.length; ) {
    let hit: { end: number; target: Target } | null = null;
    for (let j = Math.min(words.length, i + MAX_WORDS); j > i && !hit; j--) {
      const text = title.slice(words[i]!.start, words[j - 1]!.end);
      const k = fold(text);
      if (j - i === 1 && (STOP.has(k) || nonEntityAcronyms.has(text))) continue;
      const isAcronym = !/\p{Ll}/u.test(text);
      const body = byName.get(k);
      if (body && body.size === 1 && (!acronyms.has(text.toUpperCase().replace(/\./g, '')) || isAcronym || j - i > 1)) {
        hit = { end: j, target: { entity: [...body][0]! } };
        break;
      }
      const country = countryByName.get(k) ?? countryByDemonym.get(k);
      if (country && (countryByName.has(k) || countryEntity(country)) && (k.length > 3 || isAcronym)) {
        hit = { end: j, target: { country } };
        break;
      }
      const org = knownOrgs.get(text);
      if (org && (k.length > 3 || isAcronym)) {
        hit = { end: j, target: { org } };
        break;
      }
      const place = places.get(k);
      if (place && (place.kind === 'capital' || place.kind === 'region' || (place.kind === 'city' && place.population >= 500000 && k.length > 3))) {
        hit = { end: j, target: { place: text } };
        break;
      }
    }
    if (hit) {
      found.push({ start: words[i]!.start, end: words[hit.end - 1]!.end, target: hit.target });
      i = hit.end;
    } else i++;
  }

  for (const f of found) {
    const text = title.slice(f.start, f.end);
    let entity: LocalEntity | undefined;
    const t = f.target;
    if ('entity' in t) entity = t.entity;
    else if ('country' in t) {
      entity = countryEntity(t.country);
      if (!entity && countryByName.has(fold(text))) entity = newEntity(out, t.country.name, t.country.sovereign ? 'COUNTRY' : 'LOCATION', t.country.code);
    } else if ('org' in t) {
      entity = out.find((e) => e.name === t.org) ?? newEntity(out, t.org, 'ORGANIZATION', null);
    } else {
      entity = out.find((e) => fold(e.name) === fold(t.place)) ?? newEntity(out, t.place, 'LOCATION', null);
    }
    if (!entity) continue;
    const mention: LocalMention = { start: f.start, end: f.end, text, sentenceIndex: 0, inTitle: true };
    entity.mentions.push(mention);
    if (!entity.aliases.includes(text)) entity.aliases.push(text);
  }
  return out;
}

function newEntity(out: LocalEntity[], name: string, type: LocalEntity['type'], isoCode: string | null): LocalEntity {
  const e: LocalEntity = { key: out.length, name, type, aliases: [name], isoCode, mentions: [] };
  out.push(e);
  return e;
}
