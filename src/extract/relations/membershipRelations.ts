
import { BODY_PEOPLE_NOUNS, GROUPING_NOUNS, MEMBER_NOUNS, MEMBER_QUALIFIERS, MEMBERSHIP_HEADS } from '../../data/relationMembership.js';
import type { LocalRelation } from '../types.js';
import type { Arg, ArticleView, SentenceView } from './articleView.js';
import { listedAfter } from './phrases.js';
import { isComma, isDeterminer, isHardBreak } from './words.js';

// Memberships and alliances written without a verb of their own: "Ruritania's ally Freedonia",
// "Global Council members such as Ruritania and Freedonia", "Ruritania is a member of the Global
// Council", "Ruritania became a founding member of the Global Council".

const COPULAS = new Set(['is', 'was', 'are', 'were', 'became', 'becomes', 'become', 'remains', 'remained', 'been']);
const LIST_OPENERS = new Set(['such', 'including', 'like', 'namely']);

export function membershipRelations(view: ArticleView): LocalRelation[] {
  const out: LocalRelation[] = [];
  for (const sv of view.sentences) {
    const make = (subject: number, predicate: string, object: number): void => {
      if (subject !== object) out.push({ subjectKey: subject, predicate, type: predicate.startsWith('allied') ? 'AGREEMENT' : 'AFFILIATION', objectKey: object, evidence: sv.span });
    };
    sv.args.forEach((arg, a) => {
      if (arg.type === 'OTHER') return;
      possessiveDescription(sv, arg, sv.args[a + 1], make);
      membersOf(sv, arg, make);
      peopleOf(sv, arg, make);
      bracketedMembers(sv, arg, make);
      groupingOf(sv, arg, make);
      ofWhichMembers(sv, arg, make);
      if (arg.type !== 'PERSON') {
        copularMember(sv, arg, make);
        copularNamedMember(sv, arg, make);
      }
      if (arg.type === 'PERSON') {
        personParty(view, sv, arg, sv.args[a + 1], make);
        partyAfter(view, sv, arg, make);
      }
    });
  }
  return out;
}

type Make = (subject: number, predicate: string, object: number) => void;

/** "Ruritania's ally Freedonia", "Acme's rival Initech", "Acme's subsidiary Initech". */
function possessiveDescription(sv: SentenceView, arg: Arg, next: Arg | undefined, make: Make): void {
  if (!arg.possessive || arg.type === 'PERSON' || !next || next.type === 'PERSON' || next.type === 'OTHER') return;
  const between = sv.toks.slice(arg.last + 1, next.first);
  if (between.length === 0 || between.length > 3 || between.some((t) => isComma(t) || isHardBreak(t) || t.arg >= 0)) return;
  const head = between[between.length - 1]?.lower ?? '';
  const predicate = MEMBERSHIP_HEADS[head];
  if (!predicate) return;
  make(next.key, predicate, arg.key);
}

/** "Global Council members such as A and B", "Global Council member states A, B and C". */
function membersOf(sv: SentenceView, arg: Arg, make: Make): void {
  if (arg.type !== 'ORGANIZATION') return;
  let t = arg.last + 1;
  if (!MEMBER_NOUNS.has(sv.toks[t]?.lower ?? '') || isComma(sv.toks[t])) return;
  t++;
  if (/^(states|countries|nations)$/.test(sv.toks[t]?.lower ?? '') && !isComma(sv.toks[t])) t++;
  if (LIST_OPENERS.has(sv.toks[t]?.lower ?? '')) t += sv.toks[t]?.lower === 'such' && sv.toks[t + 1]?.lower === 'as' ? 2 : 1;
  const first = sv.toks[t];
  if (!first || first.arg < 0) return;
  const member = sv.args[first.arg] as Arg;
  if (member.type !== 'COUNTRY' && member.type !== 'ORGANIZATION') return;
  for (const m of [member, ...listedAfter(sv, member)]) make(m.key, 'member of', arg.key);
}

/** "A is a member of B", "A became a founding member of B", "A, already an ally of B,". */
function copularMember(sv: SentenceView, arg: Arg, make: Make): void {
  let t = arg.last + 1;
  while (sv.toks[t] && /^(has|have|had|also|now|already|still|long|since|then|which|that)$/.test(sv.toks[t]!.lower) && !isComma(sv.toks[t + 1])) t++;
  if (!COPULAS.has(sv.toks[t]?.lower ?? '')) return;
  t++;
  if (sv.toks[t] && isDeterminer(sv.toks[t])) t++;
  for (let k = t; k < sv.toks.length && k - t <= 3; k++) {
    const tok = sv.toks[k];
    if (!tok || tok.arg >= 0 || isComma(tok) || isHardBreak(tok)) return;
    const predicate = MEMBERSHIP_HEADS[tok.lower];
    if (!predicate) continue;
    if (sv.toks[k + 1]?.lower !== 'of') return;
    let o = k + 2;
    if (sv.toks[o]?.lower === 'the' && sv.toks[o]!.arg < 0) o++;
    const objectTok = sv.toks[o];
    const object = objectTok && objectTok.arg >= 0 ? sv.args[objectTok.arg] : undefined;
    if (object && object.type !== 'OTHER' && object.type !== 'PERSON') make(arg.key, predicate, object.key);
    return;
  }
}


/** "Acme Front politicians Jo Bloggs, Ana Kos and Tim Nolan": people of a body named after the body and their plural noun. */
function peopleOf(sv: SentenceView, arg: Arg, make: Make): void {
  if (arg.type !== 'ORGANIZATION' || arg.possessive) return;
  const noun = sv.toks[arg.last + 1];
  if (!noun || noun.arg >= 0 || isComma(noun) || !BODY_PEOPLE_NOUNS.has(noun.lower)) return;
  const first = sv.toks[arg.last + 2];
  const person = first && first.arg >= 0 && !isComma(first) ? sv.args[first.arg] : undefined;
  if (!person || person.type !== 'PERSON') return;
  for (const p of [person, ...listedAfter(sv, person)]) if (p.type === 'PERSON') make(p.key, 'member of', arg.key);
}

/** "the Friends Group (Ruritania, Freedonia and Westshire)": the states listed in brackets after a body are its members. */
function bracketedMembers(sv: SentenceView, arg: Arg, make: Make): void {
  if (arg.type !== 'ORGANIZATION') return;
  const open = sv.toks[arg.last + 1];
  if (!open || open.arg < 0 || !/\(\s*$/.test(open.gap)) return;
  const first = sv.args[open.arg]!;
  const listed = [first, ...listedAfter(sv, first)];
  const last = listed[listed.length - 1]!;
  if (listed.length < 2 || listed.some((m) => m.type !== 'COUNTRY') || !/^\s*\)/.test(sv.toks[last.last + 1]?.gap ?? ')')) return;
  for (const m of listed) make(m.key, 'member of', arg.key);
}

/** "Ana Kos of Roe's ruling Acme party", "Jo Bloggs, from the Liberal Party,": the party after "of" or "from". */
function partyAfter(view: ArticleView, sv: SentenceView, arg: Arg, make: Make): void {
  let t = arg.last + 1;
  if (!/^(of|from)$/.test(sv.toks[t]?.lower ?? '')) return;
  t++;
  if (sv.toks[t]?.lower === 'the' && sv.toks[t]!.arg < 0) t++;
  // "Roe's ruling": a leader's name and lower-case words before the party's.
  const owner = sv.toks[t] && sv.toks[t]!.arg >= 0 ? sv.args[sv.toks[t]!.arg]! : undefined;
  if (owner?.possessive && (owner.type === 'PERSON' || owner.type === 'OTHER')) t = owner.last + 1;
  while (sv.toks[t] && sv.toks[t]!.arg < 0 && /^\p{Ll}/u.test(sv.toks[t]!.text) && !isComma(sv.toks[t]) && t - arg.last <= 5) t++;
  const party = sv.toks[t] && sv.toks[t]!.arg >= 0 && !isComma(sv.toks[t]) ? sv.args[sv.toks[t]!.arg]! : undefined;
  if (!party || party.type !== 'ORGANIZATION' || party.possessive) return;
  const described = sv.toks[party.last + 1];
  if (PARTY_NAME.test(view.entityByKey.get(party.key)?.name ?? '') || (described && described.arg < 0 && !isComma(described) && /^(party|movement|front)$/.test(described.lower))) make(arg.key, 'member of', party.key);
}

/** "A is an Acme member", "A became a founding Acme member state", "A is a close Acme ally". */
function copularNamedMember(sv: SentenceView, arg: Arg, make: Make): void {
  let t = arg.last + 1;
  while (sv.toks[t] && /^(also|now|already|still|long)$/.test(sv.toks[t]!.lower)) t++;
  if (!COPULAS.has(sv.toks[t]?.lower ?? '') || !isDeterminer(sv.toks[t + 1])) return;
  t += 2;
  while (sv.toks[t] && sv.toks[t]!.arg < 0 && MEMBER_QUALIFIERS.has(sv.toks[t]!.lower)) t++;
  const body = sv.toks[t] && sv.toks[t]!.arg >= 0 ? sv.args[sv.toks[t]!.arg] : undefined;
  if (!body || body.type !== 'ORGANIZATION' || body.first !== t) return;
  const noun = sv.toks[body.last + 1];
  const predicate = noun && !isComma(noun) ? MEMBERSHIP_HEADS[noun.lower] : undefined;
  if (predicate && sv.toks[body.last + 2]?.lower !== 'of') make(arg.key, predicate, body.key);
}

/** "Acme, a grouping of Ruritania and its former colonies": the states and bodies it brings together are its members. */
function groupingOf(sv: SentenceView, arg: Arg, make: Make): void {
  if (arg.type !== 'ORGANIZATION' || !isComma(sv.toks[arg.last + 1]) || !isDeterminer(sv.toks[arg.last + 1])) return;
  for (let t = arg.last + 2; t < sv.toks.length && t - arg.last <= 5; t++) {
    const tok = sv.toks[t]!;
    if (tok.arg >= 0 || isComma(tok) || isHardBreak(tok)) return;
    if (!GROUPING_NOUNS.has(tok.lower)) continue;
    const first = sv.toks[t + 1]?.lower === 'of' ? sv.toks[t + 2] : undefined;
    const member = first && first.arg >= 0 ? sv.args[first.arg] : undefined;
    if (!member || (member.type !== 'COUNTRY' && member.type !== 'ORGANIZATION')) return;
    for (const m of [member, ...listedAfter(sv, member)]) make(m.key, 'member of', arg.key);
    return;
  }
}

/** "Acme (AC) — a bloc of which Ruritania and Freedonia are members —": the states named before "are members" belong to it. */
function ofWhichMembers(sv: SentenceView, arg: Arg, make: Make): void {
  if (arg.type !== 'ORGANIZATION') return;
  for (let t = arg.last + 1; t < sv.toks.length && t - arg.last <= 10; t++) {
    const tok = sv.toks[t]!;
    if (tok.arg >= 0 && sv.args[tok.arg]!.key !== arg.key) return;
    if (tok.lower !== 'of' || sv.toks[t + 1]?.lower !== 'which') continue;
    const first = sv.toks[t + 2];
    const member = first && first.arg >= 0 ? sv.args[first.arg] : undefined;
    if (!member || (member.type !== 'COUNTRY' && member.type !== 'ORGANIZATION')) return;
    const listed = [member, ...listedAfter(sv, member)];
    let v = listed[listed.length - 1]!.last + 1;
    if (!COPULAS.has(sv.toks[v]?.lower ?? '')) return;
    v++;
    while (sv.toks[v] && sv.toks[v]!.arg < 0 && (isDeterminer(sv.toks[v]) || MEMBER_QUALIFIERS.has(sv.toks[v]!.lower))) v++;
    if (/^members?$/.test(sv.toks[v]?.lower ?? '')) for (const m of listed) make(m.key, 'member of', arg.key);
    return;
  }
}

const PARTY_NAME = /\b(party|front|alliance|congress|movement|union|league|coalition|partido|partei)\b/i;

/** "Jo Bloggs (Blue Party)", "Jo Bloggs's Blue Party", "Bloggs's Acme party": the person's party. */
function personParty(view: ArticleView, sv: SentenceView, arg: Arg, next: Arg | undefined, make: Make): void {
  if (!next || next.type !== 'ORGANIZATION') return;
  const name = view.entityByKey.get(next.key)?.name ?? '';
  // "Bloggs's Acme party": the lower-case word after the name says what it is.
  const described = sv.toks[next.last + 1];
  if (!PARTY_NAME.test(name) && !(described && described.arg < 0 && !isComma(described) && PARTY_NAME.test(described.lower))) return;
  const between = sv.toks.slice(arg.last + 1, next.first);
  const bracketed = between.length === 0 && /\(\s*$/.test(sv.toks[next.first]?.gap ?? '') && /^\s*\)/.test(sv.toks[next.last + 1]?.gap ?? ')');
  const owned = arg.possessive && between.length <= 1 && between.every((t) => t.arg < 0 && !isComma(t) && !isHardBreak(t) && /^\p{Ll}/u.test(t.text)) && !isComma(sv.toks[next.first]);
  if (bracketed || owned) make(arg.key, 'member of', next.key);
}
