// Corpus-level entity resolution: decides which articles' local entities are one real-world thing.
// Countries meet by ISO code; people by full name, and a surname-only person joins the one full
// name in the corpus that ends (or starts) with it; other things by folded name. The type is voted
// by mention count across the corpus; the name is the fullest form (the usual name for countries).
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
    if (isPerson(local) || local.type === 'OTHER') {
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
    const weight = (local.type === 'OTHER' ? 0.01 : Math.max(1, local.mentions.length)) * (weak.has(ref) ? 0.5 : 1);
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
