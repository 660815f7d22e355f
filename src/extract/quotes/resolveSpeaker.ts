import {
  ANONYMOUS_SOURCES,
  DOCUMENT_NOUNS,
  GENDERED_HONORIFICS,
  GENERIC_BODY_NOUNS,
  GENERIC_COMPANY_NOUNS,
  type Gender,
  ORGANISATION_SYNONYMS,
  PERSON_NOUNS,
  PERSON_PRONOUNS,
  PERSONAL_PRONOUNS,
  SPEAKING_ORGANISATION_NOUNS,
  STATE_BODY_NOUNS,
} from '../../data/pronouns.js';
import { HONORIFICS, TITLE_EPITHETS, TITLE_MODIFIERS } from '../../data/titles.js';
import { eastAsianSurnames } from '../entities/lexicon.js';
import type { LocalEntity } from '../types.js';
import { givenNameGender } from './givenNameGender.js';
import { type ArticleIndex, type MentionRef, firstTokenAtOrAfter, gapBetween, isVerbToken, paragraphIndexAt, sentenceAt } from './articleIndex.js';
import { type SpeakerPhrase, TITLE_HEAD_WORDS, isPluralTitle, personInTitle, possessiveHead } from './findAttribution.js';
import { isMediumEntity } from './mediumEntity.js';

/** The last quote with a speaker: who, and the sentences holding the quote and its attribution. */
export interface PreviousQuote {
  key: number;
  start: number;
  end: number;
}

/** Someone said something at `at` (a quote's attribution or reported speech). */
export interface SpeechEvent {
  at: number;
  key: number;
}

const TITLE_MODIFIER_WORDS: ReadonlySet<string> = new Set(TITLE_MODIFIERS.filter((t) => !t.includes(' ')));
/** Ranks and honorifics: a person holding one may hold any office besides ("Colonel Jan Roe, the army spokesman"). */
const RANKS: ReadonlySet<string> = new Set(HONORIFICS);
/** Title heads too vague to tell two offices apart. */
const VAGUE_HEADS: ReadonlySet<string> = new Set(['head', 'chief', 'leader', 'officer', 'executive', 'deputy', 'representative', 'official', 'boss', 'strongman']);
/** Spellings of one role head. */
const HEAD_EQUIVALENTS: ReadonlyMap<string, string> = new Map([
  ['spokeswoman', 'spokesman'], ['spokesperson', 'spokesman'], ['advisor', 'adviser'], ['chairwoman', 'chairman'],
  ['chairperson', 'chairman'], ['chair', 'chairman'], ['premier', 'prime'], ['pm', 'prime'],
]);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'this', 'that', 'these', 'those']);
const ROLE_STOPWORDS = new Set([...DETERMINERS, 'of', 'and', 'for', 'in', 'at', 'on', 'to', 'with', 'by', 'who', 'which']);
/** Participles of taking office that open an apposition naming the office after "as". */
const APPOINTMENT_PARTICIPLES: ReadonlySet<string> = new Set([
  'appointed', 'reappointed', 're-appointed', 'named', 'elected', 're-elected', 'reelected', 'confirmed', 'nominated',
  'installed', 'chosen', 'picked', 'selected', 'sworn', 'promoted', 'designated', 'serving', 'acting',
]);
/** How far back (in paragraphs) an unattributed quote looks for the speaker of the talk around it. */
const INHERIT_PARAGRAPHS = 2;
/** How many sentences back a person the name lists' gender fits may be named and still be preferred. */
const LISTED_GENDER_SENTENCES = 3;
const SYNONYMS: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, readonly string[]>();
  for (const group of ORGANISATION_SYNONYMS) for (const word of group) map.set(word, group);
  return map;
})();

const roleHead = (word: string): string => HEAD_EQUIVALENTS.get(word) ?? word;

/**
 * Turns the phrase naming a speaker into an entity: a mention directly, a pronoun through the
 * discourse so far (the last speaker unless another person has since become the subject; "it" the
 * organisation last the subject), a role description ("the army spokesman", "the central bank
 * governor") through the titles and appositions written with each person's name, and an
 * organisation description ("the ministry", "the Norwegian army") through the organisations named.
 * Names written inside quotations never stand for a speaker.
 */
export class SpeakerResolver {
  private readonly genders = new Map<number, Gender | null>();
  /** Genders only the name lists give ("Federica"): too often wrong for names from elsewhere ("Nana", "Alexis") to rule anyone out alone. */
  private readonly listedGenders = new Map<number, Gender>();
  private readonly roleWords = new Map<number, Set<string>>();
  /** Main-clause person subjects, in body order. */
  private readonly subjects: MentionRef[] = [];
  /** Organisation or state subjects of sentences ("The ministry said …", "Norway rejected …"), in body order. */
  private readonly bodySubjects: SpeechEvent[] = [];
  private readonly events: SpeechEvent[] = [];
  private readonly byKey = new Map<number, LocalEntity>();
  /** Body mentions outside quotations, in body order. */
  private readonly outside: MentionRef[];
  /** Definite descriptions that open a sentence and name a titled person ("The Ruritanian president …"). */
  private readonly described: MentionRef[] = [];

  constructor(private readonly index: ArticleIndex) {
    for (const entity of index.entities) this.byKey.set(entity.key, entity);
    this.outside = index.mentions.filter((ref) => !ref.mention.inTitle && !this.quoted(ref));
    this.collectPersonCues();
    this.collectSubjects();
  }

  /** Records a speech event; events are kept in body order. */
  addEvent(event: SpeechEvent): void {
    let i = this.events.length;
    while (i > 0 && this.events[i - 1]!.at > event.at) i--;
    this.events.splice(i, 0, event);
  }

  resolve(phrase: SpeakerPhrase | null): number | null {
    if (!phrase) return null;
    switch (phrase.kind) {
      case 'mention':
        return this.canonical(phrase.ref.entity.key);
      case 'pronoun':
        return this.resolvePronoun(phrase.pronoun, phrase.at);
      case 'phrase':
        return this.resolveDescription(phrase);
    }
  }

  /**
   * The speaker of the talk an unattributed quote belongs to: the last speech event shortly before it.
   * Speech reported inside the sentence that closed the previous quote ("…," X said after Norway
   * announced the deal) does not take the talk over from that quote's speaker, nor does a news medium.
   */
  inherit(at: number, previous?: PreviousQuote): number | null {
    const paragraph = paragraphIndexAt(this.index.article.paragraphs, at);
    for (let i = this.events.length - 1; i >= 0; i--) {
      const event = this.events[i]!;
      if (event.at >= at) continue;
      if (paragraph - paragraphIndexAt(this.index.article.paragraphs, event.at) > INHERIT_PARAGRAPHS) return null;
      if (previous && event.key !== previous.key && event.at >= previous.start && event.at < previous.end) continue;
      // A medium carries others' words, unless it is the source the quote before was given to.
      if (this.isMedium(event.key) && event.key !== previous?.key) continue;
      return event.key;
    }
    return null;
  }

  /** Who last spoke or issued words before `at`, news media aside unless nobody else spoke. */
  private lastAuthor(at: number, document: string): number | null {
    // "X said in a statement … Y hopes … 'the statement added'": who issued a statement, over who spoke since.
    const named = new RegExp(`\\b${document}\\b`, 'iu');
    const issuer = this.events.findLast((event) => event.at < at && named.test(this.sentenceText(event.at)));
    if (issuer) return issuer.key;
    let medium: number | null = null;
    for (let i = this.events.length - 1; i >= 0; i--) {
      const event = this.events[i]!;
      if (event.at >= at) continue;
      if (!this.isMedium(event.key)) return event.key;
      medium ??= event.key;
    }
    // Only a medium has spoken: "the report" is its own.
    return medium;
  }

  private isMedium(key: number): boolean {
    const entity = this.byKey.get(key);
    return entity !== undefined && isMediumEntity(entity);
  }

  resolvePronoun(pronoun: string, at: number): number | null {
    if (pronoun === 'it') return this.organisationInFocus(at);
    // "they said": the body in focus speaking through its people, else the person in focus.
    if (pronoun === 'they') return this.organisationInFocus(at) ?? this.salientPerson(null, at);
    if (!PERSON_PRONOUNS.has(pronoun)) return null;
    return this.salientPerson(PERSONAL_PRONOUNS.get(pronoun) ?? null, at);
  }

  /** The person a pronoun or a bare description at `at` most likely points back to. */
  salientPerson(gender: Gender | null, at: number, role?: string): number | null {
    const fits = (key: number): boolean => {
      if (!this.isPerson(key)) return false;
      const g = this.genders.get(key);
      if (gender && g && g !== gender) return false;
      return !role || !this.holdsOtherOffice(key, role);
    };
    const found = this.mostSalient(at, fits);
    // "…," she said, after "Hashim Roe" and "Federica Kos": when the name lists make the person found
    // the other gender, a person of the right one named in the last few sentences is meant.
    const listed = found === null ? undefined : this.listedGenders.get(found);
    if (!gender || !listed || listed === gender) return found;
    const here = this.sentenceOf(at);
    const near = (key: number): boolean => {
      const last = this.lastMentionBefore(key, at);
      return last >= 0 && here - this.sentenceOf(last) <= LISTED_GENDER_SENTENCES;
    };
    return this.mostSalient(at, (key) => fits(key) && this.listedGenders.get(this.canonical(key)) === gender && near(key)) ?? found;
  }

  /** The person most in focus at `at` among those that `fits`: a subject since the last speaker, that speaker, else the last named. */
  private mostSalient(at: number, fits: (key: number) => boolean): number | null {
    let lastSpeech: SpeechEvent | undefined;
    for (let i = this.events.length - 1; i >= 0; i--) {
      const event = this.events[i]!;
      if (event.at < at && fits(event.key)) {
        lastSpeech = event;
        break;
      }
    }
    // A person who became the subject after the last speaker spoke takes over ("Jones disagreed. '…,' he said").
    for (let i = this.subjects.length - 1; i >= 0; i--) {
      const subject = this.subjects[i]!;
      if (subject.mention.start >= at) continue;
      if (lastSpeech && subject.mention.start <= lastSpeech.at) break;
      if (fits(subject.entity.key)) return this.canonical(subject.entity.key);
    }
    if (lastSpeech) return lastSpeech.key;
    for (let i = this.outside.length - 1; i >= 0; i--) {
      const ref = this.outside[i]!;
      if (ref.mention.start < at && fits(ref.entity.key)) return this.canonical(ref.entity.key);
    }
    // Nobody named yet (a story opening on "…," she said): the first person named after.
    for (const ref of this.outside) {
      if (ref.mention.start > at && fits(ref.entity.key)) return this.canonical(ref.entity.key);
    }
    return null;
  }

  /** The person subject of the sentence right after the one holding `at`, unless they hold another office than `role`. */
  private subjectOfNextSentence(at: number, role: string): number | null {
    const next = this.sentenceOf(at) + 1;
    const subject = this.subjects.find((s) => this.sentenceOf(s.mention.start) === next);
    return subject && !this.holdsOtherOffice(subject.entity.key, role) ? this.canonical(subject.entity.key) : null;
  }

  /** The text of the sentence holding `offset`. */
  private sentenceText(offset: number): string {
    const { article } = this.index;
    const sentence = sentenceAt(article.sentences, offset);
    return sentence ? article.body.slice(sentence.start, sentence.end) : '';
  }

  /** The sentence of the first token at or after `offset` (the last sentence past the end). */
  private sentenceOf(offset: number): number {
    const { tokens } = this.index;
    return tokens[Math.min(firstTokenAtOrAfter(tokens, offset), tokens.length - 1)]?.sentenceIndex ?? -1;
  }

  /** The person who was the subject or spoke in the sentence holding `at` or the one before, if any. */
  private recentPerson(at: number): number | null {
    const here = Math.max(0, this.sentenceOf(at));
    let best: { at: number; key: number } | null = null;
    for (const subject of this.subjects) {
      if (subject.mention.start < at && here - this.sentenceOf(subject.mention.start) <= 1 && (!best || subject.mention.start > best.at)) best = { at: subject.mention.start, key: subject.entity.key };
    }
    for (const event of this.events) {
      if (event.at < at && this.isPerson(event.key) && here - this.sentenceOf(event.at) <= 1 && (!best || event.at > best.at)) best = event;
    }
    return best ? this.canonical(best.key) : null;
  }

  /** The entity a description names; null for an unnamed source of nobody named ("officials", "the union"). */
  resolveDescription(phrase: Extract<SpeakerPhrase, { kind: 'phrase' }>): number | null {
    const { words, at, owner, fallback } = phrase;
    const content = withTitleForEpithet(words.filter((w) => !DETERMINERS.has(w)));
    const head = content[content.length - 1];
    if (!head) return null;
    const joined = content.join(' ');
    for (const entity of this.index.entities) {
      if (entity.aliases.some((a) => normalizeAlias(a) === joined) && (content.length > 1 || !TITLE_HEAD_WORDS.has(head))) return this.canonical(entity.key);
    }
    const last = fallback ? this.canonical(fallback.entity.key) : null;
    if (ANONYMOUS_SOURCES.has(head)) {
      // "The military official added": one person, the one who was just the subject or spoke.
      if (words[0] === 'the' && !head.endsWith('s')) {
        const recent = this.recentPerson(at);
        if (recent !== null) return recent;
      }
      // Unnamed people of a named body speak for it: "Norwegian officials", "a Harbour Board aide".
      return last;
    }
    // "the co-chairs" after "the co-chairs of the Acme Group": office holders in the plural speak for their body.
    if (isPluralTitle(head) && !owner) return this.bodyOfHolders(head, at);
    if (TITLE_HEAD_WORDS.has(head)) {
      // A role: whoever holds it in the article, best matched on its modifiers and whom it is held for.
      // "Ukraine's ambassador": the possessive state or body the role is held for.
      const heldFor = owner ?? (fallback && fallback.entity.type !== 'PERSON' ? fallback : undefined);
      const holder = this.roleHolder(content, at, owner, heldFor?.entity.key);
      if (holder !== null) return holder;
      // "The head of Acme is brushing off …, calling it a 'trusted ally'. Jan Roe stressed …": a lede
      // that describes its speaker names them as the subject of the next sentence.
      const named = owner ? this.subjectOfNextSentence(at, head) : null;
      if (named !== null) return named;
      if (owner) return this.canonical(owner.entity.key);
      // Nobody holds it: the body it belongs to ("the army spokesman" → the army), a name in it, else the person in focus.
      const body = content.length > 1 ? this.resolveOrganisation(content.slice(0, -1), at, fallback) : null;
      if (body !== null) return body;
      if (last !== null) return last;
      return words[0] === 'the' && content.length === 1 ? this.salientPerson(null, at, head) : null;
    }
    if (SPEAKING_ORGANISATION_NOUNS.has(head) || SYNONYMS.has(head)) {
      const body = this.resolveOrganisation(content, at, fallback);
      // "Its foreign ministry said": a body of the organisation or state in focus.
      return body ?? (words[0] === 'its' || words[0] === 'their' ? this.organisationInFocus(at) : null);
    }
    // "a statement said" (naming nobody, unlike "an Acme statement"): the text speaks for whoever last
    // issued words, not for a medium carrying them.
    if (DOCUMENT_NOUNS.has(head) && !owner && !fallback) {
      const author = this.lastAuthor(at, head);
      if (author !== null) return author;
    }
    if (last !== null) return last;
    // A definite description of a person nobody was named with ("the 54-year-old said") points back like a pronoun does.
    return words[0] === 'the' && (phrase.personHead || PERSON_NOUNS.has(head) || /-old$/u.test(head)) ? this.salientPerson(null, at) : null;
  }

  /** The organisation last named as "the <holders> of <organisation>" before `at`, or null. */
  private bodyOfHolders(holders: string, at: number): number | null {
    const written = new RegExp(`\\b${holders.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}\\s+of\\s+(?:the\\s+)?$`, 'iu');
    for (let i = this.outside.length - 1; i >= 0; i--) {
      const ref = this.outside[i]!;
      if (ref.mention.start >= at || ref.entity.type !== 'ORGANIZATION') continue;
      if (written.test(this.index.body.slice(Math.max(0, ref.mention.start - holders.length - 12), ref.mention.start))) return this.canonical(ref.entity.key);
    }
    return null;
  }

  /** The person holding the role a description ends in: most modifiers matched, then nearest before. */
  private roleHolder(content: readonly string[], at: number, owner: MentionRef | undefined, heldFor?: number): number | null {
    const head = roleHead(content[content.length - 1]!);
    const ownerWords = owner ? nameWords(owner.entity) : new Set<string>();
    let best: { key: number; score: number; recency: number } | null = null;
    for (const [key, roles] of this.roleWords) {
      if (!roles.has(head)) continue;
      // "Ukraine's ambassador" is not the ambassador written as Russia's.
      if (heldFor !== undefined && this.holdsFor(key, head, heldFor) === false) continue;
      let score = 0;
      for (const w of content.slice(0, -1)) if (roles.has(w)) score++;
      for (const w of ownerWords) if (roles.has(w)) score++;
      const recency = this.lastMentionBefore(key, at);
      if (recency === -Infinity) continue;
      if (!best || score > best.score || (score === best.score && recency > best.recency)) best = { key, score, recency };
    }
    const exact = best;
    // "The Acme leader said …" before "Acme leader Jo Roe" is named: a vague head looks back to an office holder of Acme first.
    const onlyAfter = VAGUE_HEADS.has(head) && !!exact && exact.recency < 0;
    if (exact && !onlyAfter && (exact.score > 0 || (content.length < 2 && ownerWords.size === 0))) return this.canonical(exact.key);
    // "The Norwegian leader": a vague head fits whoever holds an office of the state or body it names,
    // rather than a leader of something else.
    if (!VAGUE_HEADS.has(head) || (content.length < 2 && ownerWords.size === 0)) return exact ? this.canonical(exact.key) : null;
    best = null;
    for (const [key, roles] of this.roleWords) {
      if (![...roles].some((w) => TITLE_HEAD_WORDS.has(w) && !RANKS.has(w))) continue;
      let score = 0;
      for (const w of content.slice(0, -1)) if (roles.has(w)) score++;
      for (const w of ownerWords) if (roles.has(w)) score++;
      const recency = this.lastMentionBefore(key, at);
      if (score === 0 || recency === -Infinity) continue;
      if (!best || score > best.score || (score === best.score && recency > best.recency)) best = { key, score, recency };
    }
    best ??= exact;
    return best ? this.canonical(best.key) : null;
  }

  /**
   * Whether the person holds the role with head `head` for `owner`: true or false when a mention
   * names the role's owner, undefined when none does.
   */
  private holdsFor(key: number, head: string, owner: number): boolean | undefined {
    let verdict: boolean | undefined;
    for (const m of this.byKey.get(key)?.mentions ?? []) {
      if (!m.role || m.role.ofKey === null || roleHead(m.role.title.split(/\s+/).pop() ?? '') !== head) continue;
      if (this.canonical(m.role.ofKey) === this.canonical(owner)) return true;
      verdict = false;
    }
    return verdict;
  }

  /** A person known by an office other than `role` (a minister is not "the spokesman"). */
  private holdsOtherOffice(key: number, role: string): boolean {
    const roles = this.roleWords.get(key);
    if (!roles) return false;
    const wanted = roleHead(role);
    if (roles.has(wanted)) return false;
    for (const w of roles) if (TITLE_HEAD_WORDS.has(w) && !RANKS.has(w) && !VAGUE_HEADS.has(w) && roleHead(w) !== wanted) return true;
    return false;
  }

  /**
   * An organisation for a description ending in an organisation noun: the named organisation with
   * that noun (or one meaning the same) and most of the description's other words, nearest first;
   * for a state's body with no such organisation named, the state in the description or written
   * with that noun earlier ("the Norwegian army … the army said").
   */
  resolveOrganisation(content: readonly string[], at: number, fallback?: MentionRef): number | null {
    const head = content[content.length - 1]!;
    const group = SYNONYMS.get(head) ?? [head];
    const modifiers = content.slice(0, -1).filter((w) => !group.includes(w));
    const stateWords = fallback?.entity.type === 'COUNTRY' ? nameWords(fallback.entity) : new Set<string>();
    let best: { key: number; score: number; recency: number } | null = null;
    for (const entity of this.index.entities) {
      if (entity.type !== 'ORGANIZATION') continue;
      const words = nameWords(entity);
      if (!group.some((w) => words.has(w))) continue;
      let score = 0;
      for (const w of modifiers) if (words.has(w)) score++;
      for (const w of stateWords) if (words.has(w)) { score++; break; }
      // A description naming a state ("the Danish police") does not fit a body named for another.
      if (modifiers.length > 0 && score === 0 && fallback && !words.has(fallback.entity.name.toLowerCase())) continue;
      const recency = this.lastMentionBefore(entity.key, at);
      if (recency === -Infinity) continue;
      if (!best || score > best.score || (score === best.score && recency > best.recency)) best = { key: entity.key, score, recency };
    }
    if (best) return best.key;
    const branch = fallback?.entity.type === 'ORGANIZATION' ? this.branchOf(fallback, modifiers, at) : null;
    if (branch !== null) return branch;
    if (GENERIC_COMPANY_NOUNS.has(head) || GENERIC_BODY_NOUNS.has(head)) {
      // "the company said", "the regional bloc said" stand for whichever company or body the story is
      // about: the one last the subject of a sentence or of speech, else the one named last.
      const focus = this.organisationInFocus(at, 'ORGANIZATION');
      if (focus !== null) return focus;
      for (let i = this.outside.length - 1; i >= 0; i--) {
        const ref = this.outside[i]!;
        if (ref.mention.start < at && ref.entity.type === 'ORGANIZATION') return ref.entity.key;
      }
      return null;
    }
    if (fallback) return this.canonical(fallback.entity.key);
    if (STATE_BODY_NOUNS.has(head)) return this.stateWrittenWith(group, at);
    return null;
  }

  /**
   * "the UN health agency": a body of `parent` named for what it does, the organisation seen before
   * `at` whose name holds one of the description's words ("World Health Organization").
   */
  private branchOf(parent: MentionRef, modifiers: readonly string[], at: number): number | null {
    const parentWords = nameWords(parent.entity);
    const wanted = modifiers.map(singular).filter((w) => !parentWords.has(w) && !TITLE_HEAD_WORDS.has(w));
    let best: { key: number; recency: number } | null = null;
    for (const entity of this.index.entities) {
      if (entity.type !== 'ORGANIZATION' || entity.key === parent.entity.key) continue;
      const words = new Set([...nameWords(entity)].map(singular));
      if (!wanted.some((w) => words.has(w))) continue;
      const recency = this.lastMentionBefore(entity.key, at);
      if (recency !== -Infinity && (!best || recency > best.recency)) best = { key: entity.key, recency };
    }
    return best ? this.canonical(best.key) : null;
  }

  /** The state last written with one of `nouns` ("the Norwegian army", "Denmark's police") before `at`. */
  private stateWrittenWith(nouns: readonly string[], at: number): number | null {
    const { tokens } = this.index;
    for (let i = this.outside.length - 1; i >= 0; i--) {
      const ref = this.outside[i]!;
      if (ref.mention.start >= at || ref.entity.type !== 'COUNTRY') continue;
      const next = tokens[firstTokenAtOrAfter(tokens, ref.mention.end)];
      if (next && nouns.includes(next.text.toLowerCase())) return ref.entity.key;
    }
    return null;
  }

  /** What "it" points back to: the organisation or state last the subject of a sentence or of speech, else the last one named. */
  private organisationInFocus(at: number, only?: 'ORGANIZATION'): number | null {
    let best: SpeechEvent | undefined;
    for (let i = this.bodySubjects.length - 1; i >= 0; i--) {
      if (this.bodySubjects[i]!.at < at && (!only || this.byKey.get(this.bodySubjects[i]!.key)?.type === only)) {
        best = this.bodySubjects[i];
        break;
      }
    }
    for (let i = this.events.length - 1; i >= 0; i--) {
      const event = this.events[i]!;
      if (event.at >= at) continue;
      if (this.isBody(event.key) && (!only || this.byKey.get(event.key)?.type === only)) {
        if (!best || event.at > best.at) best = event;
        break;
      }
    }
    if (best) return best.key;
    if (only) return null;
    for (let i = this.outside.length - 1; i >= 0; i--) {
      const ref = this.outside[i]!;
      if (ref.mention.start < at && ref.entity.type === 'ORGANIZATION') return ref.entity.key;
    }
    return null;
  }

  private isPerson(key: number): boolean {
    return this.index.personLike.has(key);
  }

  private isBody(key: number): boolean {
    const type = this.byKey.get(key)?.type;
    return type === 'ORGANIZATION' || type === 'COUNTRY';
  }

  private canonical(key: number): number {
    return this.index.sameAs.get(key) ?? key;
  }

  private quoted(ref: MentionRef): boolean {
    const i = firstTokenAtOrAfter(this.index.tokens, ref.mention.start);
    return this.index.inQuote[i] === true && (this.index.tokens[i]?.start ?? Infinity) < ref.mention.end;
  }

  /** Position of the last mention of `key` before `at` outside quotations; mentions after it rank below all before it. */
  private lastMentionBefore(key: number, at: number): number {
    let best = -Infinity;
    for (const refs of [this.outside, this.described]) {
      for (const ref of refs) {
        if (ref.entity.key !== key && this.index.sameAs.get(ref.entity.key) !== key) continue;
        const distance = ref.mention.start < at ? ref.mention.start : -ref.mention.start;
        if (distance > best) best = distance;
      }
    }
    return best;
  }

  /** Gender and the title/apposition words written with each person's mentions (and their aliases). */
  private collectPersonCues(): void {
    const { tokens } = this.index;
    for (const entity of this.index.entities) {
      if (!this.isPerson(entity.key)) continue;
      const key = this.canonical(entity.key);
      const roles = this.roleWords.get(key) ?? new Set<string>();
      const votes = new Set<Gender>();
      /** Pronouns the text itself uses for the person ("X expressed his regret"): they outvote a guess from the given name. */
      const stated = new Set<Gender>();
      /** The name lists' guess for a given name the tagger does not know: a hint only (see salientPerson). */
      const listedGenders = new Set<Gender>();
      const known = this.genders.get(key);
      if (known) votes.add(known);
      for (const alias of entity.aliases) addWords(roles, alias, true);
      for (const mention of entity.mentions) {
        if (mention.inTitle) continue;
        const first = firstTokenAtOrAfter(tokens, mention.start);
        let last = first;
        while (last + 1 < tokens.length && tokens[last + 1]!.start < mention.end) last++;
        if (mention.role) {
          addWords(roles, mention.role.title);
          const owner = mention.role.ofKey === null ? undefined : this.byKey.get(mention.role.ofKey);
          if (owner) for (const alias of [owner.name, ...owner.aliases]) addWords(roles, alias);
        }
        let firstName = true;
        for (let i = first; i <= last; i++) {
          const token = tokens[i];
          if (!token) break;
          const word = token.text.toLowerCase().replace(/['’]s$/u, '');
          // The given name is the first name-like token after any title ("Norwegian Prime Minister …" is no woman).
          // A given name the tagger does not know ("Federica Roe") takes the name lists' gender, before a family name;
          // a name written family name first ("Xi Jinping") has no given name at its start.
          const untagged = i < last && /^\p{Lu}\p{Ll}/u.test(token.text) && !RANKS.has(word);
          if (firstName && ((token.tags.has('Person') && !token.tags.has('Actor')) || untagged) && !TITLE_HEAD_WORDS.has(word)) {
            const tagged = token.tags.has('FemaleName') ? 'female' : token.tags.has('MaleName') ? 'male' : null;
            if (tagged) votes.add(tagged);
            const listed = !tagged && i < last && !eastAsianSurnames.has(word) ? givenNameGender(word) : null;
            if (listed) listedGenders.add(listed);
            firstName = false;
          }
          const honorific = GENDERED_HONORIFICS.get(word);
          if (honorific && i < last) votes.add(honorific);
          if (!token.tags.has('ProperNoun') || token.tags.has('Actor') || TITLE_HEAD_WORDS.has(word) || TITLE_MODIFIER_WORDS.has(word)) roles.add(word);
        }
        const pronoun = this.pronounAfter(last);
        if (pronoun) stated.add(pronoun);
        // Title words written before the name: "Norwegian Foreign Minister [Jan Roe]".
        let i = first - 1;
        for (let taken = 0; i >= 0 && taken < 6; i--, taken++) {
          const token = tokens[i]!;
          if (token.sentenceIndex !== tokens[first]?.sentenceIndex || this.index.inQuote[i] !== this.index.inQuote[first]) break;
          if (/[,;:()"“”]/u.test(gapBetween(this.index, i, i + 1))) break;
          const ref = this.index.mentionAt[i];
          if (ref && this.isPerson(ref.entity.key) && ref.entity !== entity) break;
          if (isVerbToken(token) || token.tags.has('Preposition') || token.tags.has('Determiner') || token.tags.has('Pronoun')) break;
          const word = token.text.toLowerCase().replace(/['’]s$/u, '');
          const honorific = GENDERED_HONORIFICS.get(word);
          if (honorific && i === first - 1) votes.add(honorific);
          if (!ROLE_STOPWORDS.has(word)) roles.add(word);
          // "Mr Justice Roe", "Justice Roe": a judge (not "Justice Minister Roe").
          if (word === 'justice' && i === first - 1) roles.add('judge');
        }
        // A role set off before the name: "Army spokesman, Colonel [Jan Roe], said".
        if (i >= 0 && /^\s*,\s*$/u.test(gapBetween(this.index, i, i + 1))) this.addRoleBefore(i, first, roles);
        // An apposition after the name: "[Jan Roe], the head coach of Norway,".
        // Not past a closing quote mark: '"… handled by Jan Roe," the minister added' ends the quoted name's clause.
        if (/^\s*,[^"“”‘’']*$/u.test(gapBetween(this.index, last, last + 1))) {
          // "[Jan Roe], appointed last week as head of the central bank,": the office after "as".
          const from = this.appointedAs(last + 1);
          for (let i = from; i < tokens.length && i <= from + 9; i++) {
            const token = tokens[i]!;
            if (i > from && /[,;:()".]/u.test(gapBetween(this.index, i - 1, i))) break;
            if (actsAsVerb(token)) break;
            const ref = this.index.mentionAt[i];
            if (ref && this.isPerson(ref.entity.key)) break;
            const word = token.text.toLowerCase().replace(/['’]s$/u, '');
            if (!ROLE_STOPWORDS.has(word)) roles.add(word);
            if (ref && ref.entity.key !== entity.key) for (const alias of [ref.entity.name, ...ref.entity.aliases]) addWords(roles, alias);
          }
        }
      }
      for (const word of [...roles]) {
        roles.add(roleHead(word));
        const g = GENDERED_HONORIFICS.get(word);
        if (g && !['mr', 'mrs', 'ms', 'miss'].includes(word)) votes.add(g);
      }
      this.roleWords.set(key, roles);
      const decided = stated.size === 1 ? stated : votes;
      this.genders.set(key, decided.size === 1 ? [...decided][0]! : null);
      if (decided.size === 0 && listedGenders.size === 1) this.listedGenders.set(key, [...listedGenders][0]!);
    }
  }

  /**
   * The gender of a possessive pronoun the person's own clause uses a few words after the name
   * ("[Jan Roe] has expressed his regret"), before any other person or clause break.
   */
  private pronounAfter(last: number): Gender | null {
    const { tokens } = this.index;
    const sentence = tokens[last]?.sentenceIndex;
    for (let i = last + 1; i < tokens.length && i <= last + 6; i++) {
      const token = tokens[i]!;
      if (token.sentenceIndex !== sentence || this.index.inQuote[i] || /[,;:()"“”]/u.test(gapBetween(this.index, i - 1, i))) return null;
      const ref = this.index.mentionAt[i];
      if (ref && this.isPerson(ref.entity.key)) return null;
      const word = token.text.toLowerCase();
      if (word === 'his') return 'male';
      if (word === 'her' || word === 'hers') return 'female';
      if (word === 'that' || word === 'who' || word === 'which') return null;
    }
    return null;
  }

  /** After an appointment participle opening an apposition ("appointed on Monday as"), the token after "as"; else `first`. */
  private appointedAs(first: number): number {
    const { tokens } = this.index;
    if (!APPOINTMENT_PARTICIPLES.has(tokens[first]?.text.toLowerCase() ?? '')) return first;
    for (let i = first + 1; i < tokens.length && i <= first + 10; i++) {
      if (/[,;:()".]/u.test(gapBetween(this.index, i - 1, i)) || this.index.inQuote[i]) return first;
      if (tokens[i]!.text.toLowerCase() === 'as') return i + 1;
    }
    return first;
  }

  /**
   * Adds the role phrase ending at token `end` (right before a comma) if it holds a title head:
   * "[Army spokesman], Colonel …", "[the spokesman for the Norwegian army], Colonel …".
   */
  private addRoleBefore(end: number, nameFirst: number, roles: Set<string>): void {
    const { tokens } = this.index;
    const words: string[] = [];
    const owners: MentionRef[] = [];
    let titled = false;
    for (let i = end; i >= 0 && end - i < 8; i--) {
      const token = tokens[i]!;
      if (token.sentenceIndex !== tokens[nameFirst]?.sentenceIndex || this.index.inQuote[i]) break;
      if (i < end && /[,;:()"“”]/u.test(gapBetween(this.index, i, i + 1))) break;
      const ref = this.index.mentionAt[i];
      if (ref && this.isPerson(ref.entity.key)) return;
      if (actsAsVerb(token)) break;
      const word = token.text.toLowerCase().replace(/['’]s$/u, '');
      if (token.tags.has('Pronoun') || (token.tags.has('Preposition') && !ROLE_STOPWORDS.has(word))) break;
      if (TITLE_HEAD_WORDS.has(word) && !ref) titled = true;
      words.push(word);
      if (ref) owners.push(ref);
    }
    if (!titled) return;
    for (const word of words) if (!ROLE_STOPWORDS.has(word)) roles.add(word);
    for (const ref of owners) for (const alias of [ref.entity.name, ...ref.entity.aliases]) addWords(roles, alias);
  }

  /**
   * "The Ruritanian president even touched on …": a sentence opening on a definite description of a
   * titled person and the state or body it is held for, up to its verb, has the holder of that title
   * as its subject.
   */
  private describedSubject(first: number, verb: number): MentionRef | null {
    const { tokens } = this.index;
    let head = verb - 1;
    while (head > first && tokens[head]!.tags.has('Adverb')) head--;
    const word = tokens[head]?.text.toLowerCase() ?? '';
    if (head - first < 1 || head - first > 4 || tokens[first]!.text.toLowerCase() !== 'the' || !TITLE_HEAD_WORDS.has(word)) return null;
    let fallback: MentionRef | undefined;
    const words: string[] = [];
    for (let k = first; k <= head; k++) {
      if (/[,;:()"“”]/u.test(gapBetween(this.index, k - 1, k)) && k > first) return null;
      const ref = this.index.mentionAt[k];
      if (ref && this.isPerson(ref.entity.key)) return null;
      fallback ??= ref;
      words.push(tokens[k]!.text.toLowerCase());
    }
    // Only a description naming the state or body the title is held for picks one holder out with
    // confidence; "the former prime minister" may be anyone who ever held the office.
    if (!fallback) return null;
    const text = this.index.body.slice(tokens[first]!.start, tokens[head]!.end);
    const key = this.resolveDescription({ kind: 'phrase', words, text, at: tokens[first]!.start, fallback });
    const entity = key === null ? undefined : this.byKey.get(key);
    if (!entity || !this.isPerson(entity.key)) return null;
    return { entity, mention: { start: tokens[first]!.start, end: tokens[head]!.end, text, sentenceIndex: tokens[first]!.sentenceIndex } };
  }

  /**
   * The first person mention before the first verb of each sentence, quotes left aside; and, where a
   * sentence opens on an organisation or state instead ("The ministry said", "Norway rejected"), that body.
   */
  private collectSubjects(): void {
    const { tokens } = this.index;
    let sentence = -1;
    let done = false;
    let sentenceFirst = 0;
    let inPhrase = false;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.sentenceIndex !== sentence) {
        sentence = token.sentenceIndex;
        done = false;
        sentenceFirst = i;
        inPhrase = false;
      }
      if (done || this.index.inQuote[i]) continue;
      const ref = this.index.mentionAt[i];
      // A prepositional phrase runs to the next comma: "the talks between Norway and Denmark ended".
      if (i > sentenceFirst && /,/u.test(gapBetween(this.index, i - 1, i))) inPhrase = false;
      if (!ref && token.tags.has('Preposition') && i > sentenceFirst) inPhrase = true;
      if (ref && this.isPerson(ref.entity.key) && possessiveHead(this.index, ref, tokens.length - 1) !== null) {
        // "Roe's family asked …": the possessor is no subject; the sentence's subject is not a named person.
        done = true;
      } else if (ref && this.isPerson(ref.entity.key) && inPhrase) {
        // "In a meeting with Jan Roe, Ana Kos urged …": a person inside a phrase before the clause is not its subject.
        i = lastTokenOf(tokens, i, ref);
      } else if (ref && this.isPerson(ref.entity.key)) {
        this.subjects.push(ref);
        done = true;
      } else if (ref && this.isBody(ref.entity.key) && (isModifier(tokens, i, ref) || personInTitle(this.index, i, tokens.length) || inPhrase)) {
        // "Norwegian troops", "Norway's Foreign Minister Jan Roe", "the talks between Norway and …": not the subject.
        i = lastTokenOf(tokens, i, ref);
      } else if (ref && this.isBody(ref.entity.key)) {
        this.bodySubjects.push({ at: ref.mention.start, key: ref.entity.key });
        done = true;
      } else if (!ref && actsAsVerb(token)) {
        // "The ministry said …": an organisation noun right before the verb names the body.
        const word = tokens[i - 1]?.text.toLowerCase() ?? '';
        if (i > sentenceFirst && SPEAKING_ORGANISATION_NOUNS.has(word) && !this.index.mentionAt[i - 1]) {
          const words: string[] = [];
          for (let k = i - 1; k >= sentenceFirst && i - k <= 4 && !this.index.mentionAt[k]; k--) words.unshift(tokens[k]!.text.toLowerCase());
          const key = this.resolveOrganisation(words.filter((w) => !DETERMINERS.has(w)), token.start);
          if (key !== null) this.bodySubjects.push({ at: tokens[i - 1]!.start, key });
        } else {
          const described = this.describedSubject(sentenceFirst, i);
          if (described) {
            this.subjects.push(described);
            this.described.push(described);
          }
        }
        done = true;
      }
    }
  }
}

/**
 * A verb of the clause, not a noun; nor a capitalised title word the tagger reads as a verb
 * ("Finance Minister Jan Roe regretted …", "Trade Secretary …").
 */
/** "the Ruritanian top diplomat" → "the Ruritanian foreign minister": an epithet read as the title it stands for. */
function withTitleForEpithet(content: string[]): string[] {
  const title = TITLE_EPITHETS.get(content.slice(-2).join(' '));
  return title ? [...content.slice(0, -2), ...title.split(' ')] : content;
}

function actsAsVerb(token: ArticleIndex['tokens'][number]): boolean {
  if (!isVerbToken(token) || token.tags.has('Noun')) return false;
  const word = token.text.toLowerCase();
  return !(/^\p{Lu}/u.test(token.text) && (TITLE_MODIFIER_WORDS.has(word) || TITLE_HEAD_WORDS.has(word)));
}

/** Index of the last token of the mention starting at token `i`. */
function lastTokenOf(tokens: ArticleIndex['tokens'], i: number, ref: MentionRef): number {
  let last = i;
  while (last + 1 < tokens.length && tokens[last + 1]!.start < ref.mention.end) last++;
  return last;
}

/** A state or organisation named as a modifier of a noun after it ("Norwegian troops", "the Pakistan foreign office"). */
function isModifier(tokens: ArticleIndex['tokens'], i: number, ref: MentionRef): boolean {
  const last = lastTokenOf(tokens, i, ref);
  const next = tokens[last + 1];
  // "The Ruritanian President touched on …": a state's adjective before a title written capitalised.
  if (next && next.start - ref.mention.end <= 1 && TITLE_HEAD_WORDS.has(next.text.toLowerCase())) return true;
  if (!next || next.start - ref.mention.end > 1 || !/^\p{Ll}/u.test(next.text) || isVerbToken(next)) return false;
  if (next.tags.has('Noun')) return true;
  const after = tokens[last + 2];
  return next.tags.has('Adjective') && !!after && after.tags.has('Noun') && !isVerbToken(after);
}

function addWords(into: Set<string>, text: string, titlesOnly = false): void {
  const words = text.toLowerCase().replace(/['’]s\b/gu, '').split(/[^\p{L}\p{N}-]+/u);
  // An alias that is a role description ("the central bank governor") gives all its words; a plain name none.
  if (titlesOnly && !words.some((w) => TITLE_HEAD_WORDS.has(w))) return;
  for (const w of words) if (w && !ROLE_STOPWORDS.has(w)) into.add(w);
}

/** The words of an entity's name and aliases. */
function nameWords(entity: LocalEntity): Set<string> {
  const words = new Set<string>();
  for (const alias of [entity.name, ...entity.aliases]) addWords(words, alias);
  return words;
}

/** "refugees" and "refugee" alike. */
function singular(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

function normalizeAlias(alias: string): string {
  return alias.toLowerCase().replace(/['’]s\b/gu, '').replace(/^(the|a|an)\s+/u, '').replace(/\s+/gu, ' ').trim();
}
