// Groups the article's candidates into local entities: one per country (by ISO code), per person
// (by full name, short forms joined), per known organisation, otherwise per folded name. The
// entity's type is voted by its mentions' certainty; its name is the fullest form.
import { REGNAL_STYLES } from '../../data/titles.js';
import type { EntityType } from '../../store/records.js';
import type { LocalEntity, LocalMention } from '../types.js';
import type { Candidate } from './candidates.js';
import { fold } from './lexicon.js';
import { span } from './readChunk.js';
import type { Word } from './words.js';

interface Group {
  key: string;
  members: Candidate[];
  country?: Candidate['country'];
  canonical?: string;
}

/** A local entity with how sure its type is: the highest certainty (1–3) among the mentions that voted for it, 0 for OTHER. */
export interface EvidencedEntity extends LocalEntity {
  evidence?: number;
}

export function assemble(words: readonly Word[], candidates: readonly Candidate[], links: ReadonlyMap<Candidate, Candidate>): LocalEntity[] {
  // Countries named in the article: a demonym of theirs is a harmless extra mention even where it only marks nationality.
  const namedCountries = new Set(candidates.filter((c) => c.kind === 'COUNTRY' || (c.kind === 'DEMONYM' && c.denotesState)).map((c) => c.country?.code));
  const groups = new Map<string, Group>();
  const groupOf = new Map<Candidate, Group>();
  const root = (c: Candidate): Candidate => {
    let r = c;
    for (let i = 0; i < 5 && links.has(r); i++) r = links.get(r)!;
    return r;
  };
  const keyOf = (c: Candidate): string | null => {
    const r = root(c);
    if (r.kind === 'ROLE') return null;
    if (r.group) return `g:${r.group}`;
    if (r.kind === 'DEMONYM') return r.denotesState || namedCountries.has(r.country?.code) ? `c:${r.country!.code}` : null;
    if (r.country && (r.kind === 'COUNTRY' || r.kind === 'LOCATION') && r.canonical) return `c:${r.country.code}`;
    // A place given its full name by a lexicon ("Del" → Delaware) meets the same place written out.
    if (r.canonical && r.kind === 'LOCATION' && !r.country) return `n:${fold(r.canonical)}`;
    if (r.canonical) return `o:${fold(r.canonical)}`;
    // "El-Wak" and "El Wak": one name written with a hyphen or a space.
    return `n:${fold(span(words, r.from, r.to)).replace(/(?<=\p{L})[-\s]+(?=\p{L})/gu, ' ')}`;
  };
  for (const c of candidates) {
    const key = keyOf(c);
    if (!key) continue;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, members: [] }));
    g.members.push(c);
    const r = root(c);
    if (r.country) g.country = r.country;
    if (r.canonical) g.canonical = r.canonical;
    else if (key.startsWith('c:') && r.country) g.canonical = r.country.name;
    groupOf.set(c, g);
  }

  const entities: EvidencedEntity[] = [];
  const keyOfGroup = new Map<Group, number>();
  for (const g of groups.values()) {
    const type = voteType(g, links);
    if (!type) continue;
    keyOfGroup.set(g, entities.length);
    const texts = g.members.map((c) => span(words, c.from, c.to));
    const evidence = type === 'OTHER' ? 0 : Math.max(0, ...g.members.map((c) => {
      const t = links.get(c) ?? c;
      const kindType = t.kind === 'UNKNOWN' ? 'OTHER' : t.kind;
      return kindType === type || g.key.startsWith('c:') ? (c.role && type === 'PERSON' ? 3 : t.certainty) : 0;
    }));
    entities.push({
      evidence,
      key: entities.length,
      name: canonicalName(type, g, texts),
      type,
      aliases: [],
      isoCode: g.country && (type === 'COUNTRY' || g.key.startsWith('c:')) ? g.country.code : null,
      mentions: [],
    });
  }
  for (const g of groups.values()) {
    const key = keyOfGroup.get(g);
    if (key === undefined) continue;
    const entity = entities[key]!;
    for (const c of g.members) {
      const first = words[c.from]!;
      const last = words[c.to - 1]!;
      const plus = last.plus && !!c.canonical?.endsWith('+');
      const mention: LocalMention = { start: first.start, end: last.end + (plus ? 1 : 0), text: span(words, c.from, c.to) + (plus ? '+' : ''), sentenceIndex: first.sentence };
      if (c.role) {
        const ownerGroup = c.role.owner ? groupOf.get(c.role.owner) : undefined;
        const ofKey = ownerGroup ? keyOfGroup.get(ownerGroup) ?? null : null;
        mention.role = { title: c.role.title, ofKey, span: { start: words[c.role.from]!.start, end: words[c.role.to - 1]!.end } };
      }
      entity.mentions.push(mention);
    }
    entity.mentions.sort((a, b) => a.start - b.start);
    if (entity.type === 'PERSON') entity.name = regnalName(entity.name, g.members) ?? entity.name;
    const aliases = new Set<string>([entity.name]);
    for (const m of entity.mentions) aliases.add(m.text);
    entity.aliases = [...aliases];
  }
  return entities;
}

const STYLES_LONGEST_FIRST = [...REGNAL_STYLES].sort((a, b) => b.length - a.length);

/** "King Tarik": a monarch the story names by one given name right after the style goes by both. */
function regnalName(name: string, members: readonly Candidate[]): string | null {
  if (/\s/.test(name)) return null;
  for (const c of members) {
    const title = c.role && c.role.to === c.from ? c.role.title : null;
    const style = title && STYLES_LONGEST_FIRST.find((s) => title === s || title.endsWith(` ${s}`));
    if (style) return `${titleCase(style)} ${name}`;
  }
  return null;
}

const ORDER: EntityType[] = ['COUNTRY', 'PERSON', 'ORGANIZATION', 'LOCATION', 'OTHER'];

function voteType(g: Group, links: ReadonlyMap<Candidate, Candidate>): EntityType | null {
  if (g.key.startsWith('c:')) return g.country?.sovereign ? 'COUNTRY' : 'LOCATION';
  const score = new Map<EntityType, number>();
  for (const c of g.members) {
    const target = links.get(c);
    const kind = target ? target.kind : c.kind;
    const t: EntityType | null = kind === 'UNKNOWN' ? 'OTHER' : kind === 'DEMONYM' || kind === 'ROLE' ? null : kind;
    if (!t) continue;
    const weight = t === 'OTHER' ? 0.5 : 10 ** (target ? target.certainty : c.certainty);
    score.set(t, (score.get(t) ?? 0) + weight);
  }
  let best: EntityType | null = null;
  for (const t of ORDER) if ((score.get(t) ?? 0) > (best ? score.get(best) ?? 0 : 0)) best = t;
  return best;
}

function canonicalName(type: EntityType, g: Group, texts: string[]): string {
  if (g.canonical) return g.canonical;
  if (g.key.startsWith('g:')) return fullestCapitalised(texts);
  // A person's full name has more words than the nickname they also go by ("Jo Bloggs", "Kestrel").
  const words = (t: string): number => (type === 'PERSON' ? t.split(/\s+/).length : 0);
  let best = texts[0] ?? '';
  for (const t of texts) if (words(t) > words(best) || (words(t) === words(best) && (t.length > best.length || (t.length === best.length && isUpper(best) && !isUpper(t))))) best = t;
  if (isUpper(best) && (type === 'PERSON' || type === 'LOCATION') && /\p{L}{4,}/u.test(best)) best = titleCase(best);
  return best;
}

const isUpper = (s: string): boolean => !/\p{Ll}/u.test(s);
const titleCase = (s: string): string => s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());

/** A body's name: the form with most capitalised words, then the longest, without a leading article. */
function fullestCapitalised(texts: readonly string[]): string {
  const caps = (t: string): number => t.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).length;
  let best = '';
  for (const raw of texts) {
    const t = raw.replace(/^the\s+/i, '');
    if (!best || caps(t) > caps(best) || (caps(t) === caps(best) && t.length > best.length)) best = t;
  }
  return best;
}
