// Corpus-level entity resolution: decides which articles' local entities are one real-world thing.
// Countries meet by ISO code; people by full name, and a surname-only person joins the one full
// name in the corpus that ends (or starts) with it; other things by folded name. The type is voted
// by mention count across the corpus, each article's vote weighted by how sure it was of the type; the
// name is the fullest form (the usual name for countries). An acronym joins the one organisation it
// spells, and a bare institution ("the Senate") the one named institution of its article's state.
import type { EvidencedEntity } from '../extract/entities/assemble.js';
import { BARE_HEADS } from '../extract/entities/institutions.js';
import { countryByDemonym, countryByName, fold } from '../extract/entities/lexicon.js';
import type { LocalEntity } from '../extract/types.js';
import type { EntityType } from '../store/records.js';

export interface EntityRef {
  article: number;
  local: LocalEntity;
}

export interface MergedEntity {
  key: string;
  name: string;
  type: EntityType;
  aliases: string[];
  isoCode: string | null;
  members: EntityRef[];
}

export function foldName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const isPerson = (e: LocalEntity) => e.type === 'PERSON';
/** How sure the article was of the entity's type (1 guess … 3 sure); unknown counts as likely. */
const evidenceOf = (e: LocalEntity): number => (e as EvidencedEntity).evidence ?? 2;
/** A one-word organisation or place typed on a guess only ("told Tarkin"): its name may be a person's surname. */
const weaklyTyped = (e: LocalEntity): boolean => (e.type === 'ORGANIZATION' || e.type === 'LOCATION') && !e.isoCode && evidenceOf(e) <= 1 && /\p{Ll}/u.test(e.name);
const isAcronym = (name: string): boolean => /^\p{Lu}{2,6}$/u.test(name);
const SMALL = new Set(['of', 'and', 'the', 'for', 'on', 'in', '&', 'de', 'la', 'du', 'des']);
/** Initials of a name's capitalised content words, in order ("Federal Trade Commission" → "FTC"). */
const initialsOf = (name: string): string => name.split(/\s+/).filter((w) => !SMALL.has(w.toLowerCase()) && /^\p{Lu}/u.test(w)).map((w) => w[0]!).join('');

/** The state a named institution belongs to, from a country name or adjective among its words ("US Senate", "Colombian Congress"). */
function countryInName(name: string): string | null {
  const parts = name.split(/\s+/);
  for (let a = 0; a < parts.length; a++) {
    for (let b = Math.min(parts.length, a + 3); b > a; b--) {
      const k = fold(parts.slice(a, b).join(' '));
      const c = countryByName.get(k) ?? countryByDemonym.get(k);
      if (c) return c.code;
    }
  }
  return null;
}

/** The bare head of a named institution ("senate" of "US Senate", "ministry" of "Ministry of Fisheries"), or null. */
function institutionHead(name: string): string | null {
  const parts = name.toLowerCase().split(/\s+/);
  if (parts.length < 2) return null;
  if (BARE_HEADS.has(parts[0]!) && parts[1] === 'of') return parts[0]!;
  return BARE_HEADS.has(parts[parts.length - 1]!) ? parts[parts.length - 1]! : null;
}
const words = (s: string) => foldName(s).split(/[\s-]+/).filter(Boolean);

/** Groups local entities into corpus entities. Deterministic for a given input order. */
export function mergeEntities(refs: readonly EntityRef[]): MergedEntity[] {
  const groups = new Map<string, EntityRef[]>();
  const add = (key: string, ref: EntityRef) => {
    const list = groups.get(key);
    if (list) list.push(ref);
    else groups.set(key, [ref]);
  };

  // Full names of people across the corpus, by their last and first word.
  const fullNames = new Map<string, Set<string>>();
  for (const { local } of refs) {
    if (!isPerson(local)) continue;
    const w = words(local.name);
    if (w.length < 2) continue;
    for (const part of [w[w.length - 1]!, w[0]!]) {
      let s = fullNames.get(part);
      if (!s) fullNames.set(part, (s = new Set()));
      s.add(foldName(local.name));
    }
  }
  // Names (and aliases) of non-person entities, to let an OTHER or unsure entity join its typed namesake.
  for (const ref of refs) {
    const { local } = ref;
    if (local.isoCode && (local.type === 'COUNTRY' || local.type === 'LOCATION')) {
      add(`iso:${local.isoCode}`, ref);
      continue;
    }
    const name = foldName(local.name);
    if (isPerson(local) || local.type === 'OTHER' || weaklyTyped(local)) {
      const w = words(local.name);
      // A surname alone (typed PERSON, or unsure) joins the one full name in the corpus that ends or starts with it.
      if (w.length === 1) {
        const candidates = fullNames.get(w[0]!);
        if (candidates && candidates.size === 1) {
          add(`person:${[...candidates][0]}`, ref);
          continue;
        }
      }
      if (isPerson(local)) {
        add(`person:${name}`, ref);
        continue;
      }
    }
    add(`thing:${name}`, ref);
  }

  // An acronym with no expansion in its own article joins the one organisation of the corpus it spells
  // ("FTC" → "Federal Trade Commission").
  const byInitials = new Map<string, Set<string>>();
  for (const [key, members] of groups) {
    if (!key.startsWith('thing:') || !members.some((m) => m.local.type === 'ORGANIZATION')) continue;
    const name = members[0]!.local.name;
    if (name.split(/\s+/).length < 2) continue;
    const ini = initialsOf(name);
    if (ini.length < 2) continue;
    if (!byInitials.has(ini)) byInitials.set(ini, new Set());
    byInitials.get(ini)!.add(key);
  }
  for (const [key, members] of [...groups]) {
    if (!key.startsWith('thing:') || !members.every((m) => isAcronym(m.local.name) && m.local.type !== 'PERSON')) continue;
    const targets = byInitials.get(members[0]!.local.name);
    if (!targets || targets.size !== 1) continue;
    const target = [...targets][0]!;
    if (target === key || !groups.has(target)) continue;
    groups.get(target)!.push(...members);
    groups.delete(key);
  }

  // A bare institution ("the Senate", "Parliament") joins the one named institution of the corpus with that
  // head whose state its own article names ("Colombian Senate" for a bare "Senate" in an article naming Colombia).
  const countriesOf = new Map<number, Set<string>>();
  for (const { article, local } of refs) {
    if (!local.isoCode || local.type !== 'COUNTRY') continue;
    if (!countriesOf.has(article)) countriesOf.set(article, new Set());
    countriesOf.get(article)!.add(local.isoCode);
  }
  const institutions = new Map<string, { key: string; country: string }[]>();
  for (const [key, members] of groups) {
    if (!key.startsWith('thing:') || !members.some((m) => m.local.type === 'ORGANIZATION')) continue;
    const head = institutionHead(members[0]!.local.name);
    const country = head ? countryInName(members[0]!.local.name) : null;
    if (!head || !country) continue;
    if (!institutions.has(head)) institutions.set(head, []);
    institutions.get(head)!.push({ key, country });
  }
  for (const [key, members] of [...groups]) {
    const head = key.slice('thing:'.length);
    if (!key.startsWith('thing:') || !BARE_HEADS.has(head)) continue;
    const stay: EntityRef[] = [];
    for (const m of members) {
      const countries = countriesOf.get(m.article) ?? new Set();
      const fits = (institutions.get(head) ?? []).filter((i) => countries.has(i.country));
      const keys = new Set(fits.map((f) => f.key));
      if (m.local.type === 'ORGANIZATION' && keys.size === 1) groups.get([...keys][0]!)!.push(m);
      else stay.push(m);
    }
    if (stay.length) groups.set(key, stay);
    else groups.delete(key);
  }

  // An OTHER-typed thing whose name is a person's full name joins the person.
  for (const [key, members] of [...groups]) {
    if (!key.startsWith('thing:')) continue;
    const personKey = `person:${key.slice('thing:'.length)}`;
    if (members.every((m) => m.local.type === 'OTHER') && groups.has(personKey)) {
      groups.get(personKey)!.push(...members);
      groups.delete(key);
    }
  }

  // A one-word "person" with no full name anywhere (a name seen speaking once) joins a typed
  // organisation or place of that name; its vote counts less than the namesake's.
  const weak = new Set<EntityRef>();
  for (const [key, members] of [...groups]) {
    if (!key.startsWith('person:') || key.includes(' ')) continue;
    const thingKey = `thing:${key.slice('person:'.length)}`;
    const thing = groups.get(thingKey);
    if (!thing || !thing.some((m) => m.local.type === 'ORGANIZATION' || m.local.type === 'LOCATION')) continue;
    for (const m of members) weak.add(m);
    thing.push(...members);
    groups.delete(key);
  }

  const merged: MergedEntity[] = [];
  for (const [key, members] of groups) {
    const type = voteType(members, weak);
    merged.push({
      key,
      name: canonicalName(type, members),
      type,
      aliases: aliasesOf(members),
      isoCode: members.find((m) => m.local.isoCode)?.local.isoCode ?? null,
      members,
    });
  }
  return merged;
}

const PRIORITY: EntityType[] = ['COUNTRY', 'PERSON', 'ORGANIZATION', 'LOCATION', 'OTHER'];

function voteType(members: readonly EntityRef[], weak: ReadonlySet<EntityRef> = new Set()): EntityType {
  const votes = new Map<EntityType, number>();
  for (const ref of members) {
    const { local } = ref;
    // Evidence before numbers: a type the article was sure of outweighs several guesses.
    const weight = (local.type === 'OTHER' ? 0.01 : Math.max(1, local.mentions.length) * 4 ** (evidenceOf(local) - 1)) * (weak.has(ref) ? 0.5 : 1);
    votes.set(local.type, (votes.get(local.type) ?? 0) + weight);
  }
  let best: EntityType = members[0]!.local.type;
  for (const t of PRIORITY) if ((votes.get(t) ?? 0) > (votes.get(best) ?? 0)) best = t;
  return best;
}

function canonicalName(type: EntityType, members: readonly EntityRef[]): string {
  const names = members.map((m) => m.local.name);
  if (type === 'COUNTRY' || members.some((m) => m.local.isoCode)) return names[0]!;
  let best = names[0]!;
  for (const n of names) {
    const longer = words(n).length > words(best).length || (words(n).length === words(best).length && n.length > best.length);
    if (longer || (n.length === best.length && !/\p{Ll}/u.test(best) && /\p{Ll}/u.test(n))) best = n;
  }
  return best;
}

function aliasesOf(members: readonly EntityRef[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const { local } of members) {
    for (const a of [local.name, ...local.aliases]) {
      if (seen.has(a)) continue;
      seen.add(a);
      out.push(a);
    }
  }
  return out;
}
