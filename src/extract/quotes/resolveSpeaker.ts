import { ANONYMOUS_SOURCES, GENDERED_HONORIFICS, GENERIC_COMPANY_NOUNS, type Gender, PERSON_PRONOUNS, PERSONAL_PRONOUNS, SPEAKING_ORGANISATION_NOUNS } from '../../data/pronouns.js';
import { TITLE_HEADS } from '../../data/titles.js';
import type { LocalEntity } from '../types.js';
import { type ArticleIndex, type MentionRef, firstTokenAtOrAfter, gapBetween, isVerbToken, paragraphIndexAt } from './articleIndex.js';
import type { SpeakerPhrase } from './findAttribution.js';

/** Someone said something at `at` (a quote's attribution or reported speech). */
export interface SpeechEvent {
  at: number;
  key: number;
}

const TITLE_HEAD_WORDS: ReadonlySet<string> = new Set(TITLE_HEADS.filter((t) => !t.includes(' ')));
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'this', 'that', 'these', 'those']);
const ROLE_STOPWORDS = new Set([...DETERMINERS, 'of', 'and', 'for', 'in', 'at', 'on', 'to', 'with', 'by', 'who', 'which']);
/** How far back (in paragraphs) an unattributed quote looks for the speaker of the talk around it. */
const INHERIT_PARAGRAPHS = 2;

/**
 * Turns the phrase naming a speaker into an entity: a mention directly, a pronoun through the
 * discourse so far (the last speaker unless another person has since become the subject), and a
 * description ("the Russian President", "the ministry") through the titles and appositions
 * written with each name in the article.
 */
export class SpeakerResolver {
  private readonly genders = new Map<number, Gender | null>();
  private readonly roleWords = new Map<number, Set<string>>();
  /** Main-clause PERSON subjects, in body order. */
  private readonly subjects: MentionRef[] = [];
  private readonly events: SpeechEvent[] = [];
  private readonly byKey = new Map<number, LocalEntity>();

  constructor(private readonly index: ArticleIndex) {
    for (const entity of index.entities) this.byKey.set(entity.key, entity);
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
        return phrase.ref.entity.key;
      case 'pronoun':
        return this.resolvePronoun(phrase.pronoun, phrase.at);
      case 'phrase':
      {
        const key = this.resolveDescription(phrase.words, phrase.at);
        if (key !== undefined) return key;
        // Unnamed people of a named body speak for it: "Norwegian officials", "a White House spokeswoman".
        if (phrase.fallback) return phrase.fallback.entity.key;
        // A definite description of a person nobody was named with ("the 54-year-old said") points back
        // like a pronoun does.
        const head = phrase.words[phrase.words.length - 1] ?? '';
        return phrase.words[0] === 'the' && !SPEAKING_ORGANISATION_NOUNS.has(head) && !ANONYMOUS_SOURCES.has(head) ? this.salientPerson(null, phrase.at) : null;
      }
    }
  }

  /** The speaker of the talk an unattributed quote belongs to: the last speech event shortly before it. */
  inherit(at: number): number | null {
    const paragraph = paragraphIndexAt(this.index.article.paragraphs, at);
    for (let i = this.events.length - 1; i >= 0; i--) {
      const event = this.events[i]!;
      if (event.at >= at) continue;
      if (paragraph - paragraphIndexAt(this.index.article.paragraphs, event.at) > INHERIT_PARAGRAPHS) return null;
      return event.key;
    }
    return null;
  }

  resolvePronoun(pronoun: string, at: number): number | null {
    if (!PERSON_PRONOUNS.has(pronoun)) return pronoun === 'it' ? this.lastOrganisationBefore(at) : null;
    return this.salientPerson(PERSONAL_PRONOUNS.get(pronoun) ?? null, at);
  }

  /** The person a pronoun or a bare description at `at` most likely points back to. */
  salientPerson(gender: Gender | null, at: number): number | null {
    const fits = (key: number): boolean => {
      const g = this.genders.get(key);
      return !gender || !g || g === gender;
    };
    let lastSpeech: SpeechEvent | undefined;
    for (let i = this.events.length - 1; i >= 0; i--) {
      const event = this.events[i]!;
      if (event.at < at && this.byKey.get(event.key)?.type === 'PERSON' && fits(event.key)) {
        lastSpeech = event;
        break;
      }
    }
    // A person who became the subject after the last speaker spoke takes over ("Jones disagreed. '…,' he said").
    for (let i = this.subjects.length - 1; i >= 0; i--) {
      const subject = this.subjects[i]!;
      if (subject.mention.start >= at) continue;
      if (lastSpeech && subject.mention.start <= lastSpeech.at) break;
      if (fits(subject.entity.key)) return subject.entity.key;
    }
    if (lastSpeech) return lastSpeech.key;
    let anyPerson: number | null = null;
    for (let i = this.index.mentions.length - 1; i >= 0; i--) {
      const ref = this.index.mentions[i]!;
      if (ref.mention.start >= at || ref.entity.type !== 'PERSON') continue;
      if (fits(ref.entity.key)) return ref.entity.key;
      anyPerson ??= ref.entity.key;
    }
    if (anyPerson !== null) return anyPerson;
    // Nobody named yet (a story opening on "…," she said): the first person named after.
    for (const ref of this.index.mentions) {
      if (ref.mention.start > at && ref.entity.type === 'PERSON' && fits(ref.entity.key)) return ref.entity.key;
    }
    return null;
  }

  /** An entity for a description; null for an anonymous source ("officials"), undefined when unknown. */
  resolveDescription(words: readonly string[], at: number): number | null | undefined {
    const content = words.filter((w) => !DETERMINERS.has(w));
    const head = content[content.length - 1];
    if (!head) return undefined;
    const phrase = content.join(' ');
    for (const entity of this.index.entities) {
      if (entity.aliases.some((a) => normalizeAlias(a) === phrase)) return entity.key;
    }
    if (ANONYMOUS_SOURCES.has(head)) return undefined;
    let best: { key: number; score: number; recency: number } | null = null;
    // Only a title's head names the role ("the leader"); its modifiers ("union", "party") may name an organisation.
    if (TITLE_HEAD_WORDS.has(head)) for (const [key, roles] of this.roleWords) {
      if (!roles.has(head)) continue;
      let score = 0;
      for (const w of content) if (roles.has(w)) score++;
      const recency = this.lastMentionBefore(key, at);
      if (!best || score > best.score || (score === best.score && recency > best.recency)) best = { key, score, recency };
    }
    if (best) return best.key;
    if (SPEAKING_ORGANISATION_NOUNS.has(head)) {
      let named: number | null = null;
      for (let i = this.index.mentions.length - 1; i >= 0; i--) {
        const ref = this.index.mentions[i]!;
        if (ref.mention.start >= at || ref.entity.type !== 'ORGANIZATION') continue;
        if (ref.entity.name.toLowerCase().split(/\s+/u).includes(head)) return ref.entity.key;
        named ??= ref.entity.key;
      }
      // "the union said" names no organisation of the story unless one is called a union.
      return GENERIC_COMPANY_NOUNS.has(head) && named !== null ? named : null;
    }
    return undefined;
  }

  private lastOrganisationBefore(at: number): number | null {
    for (let i = this.index.mentions.length - 1; i >= 0; i--) {
      const ref = this.index.mentions[i]!;
      if (ref.mention.start < at && ref.entity.type === 'ORGANIZATION') return ref.entity.key;
    }
    return null;
  }

  private lastMentionBefore(key: number, at: number): number {
    const entity = this.byKey.get(key);
    let best = -Infinity;
    for (const m of entity?.mentions ?? []) {
      const distance = m.start < at ? m.start : -m.start; // mentions after the phrase rank below all before it
      if (distance > best) best = distance;
    }
    return best;
  }

  /** Gender and the title/apposition words written with each person's mentions. */
  private collectPersonCues(): void {
    const { tokens } = this.index;
    for (const entity of this.index.entities) {
      if (entity.type !== 'PERSON') continue;
      const roles = new Set<string>();
      const votes = new Set<Gender>();
      for (const mention of entity.mentions) {
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
          const word = token.text.toLowerCase();
          // The given name is the first name-like token after any title ("Sri Lankan Prime Minister …" is no woman).
          if (firstName && token.tags.has('Person') && !token.tags.has('Actor')) {
            if (token.tags.has('FemaleName')) votes.add('female');
            if (token.tags.has('MaleName')) votes.add('male');
            firstName = false;
          }
          const honorific = GENDERED_HONORIFICS.get(word);
          if (honorific && i < last) votes.add(honorific);
          if (!token.tags.has('ProperNoun') || token.tags.has('Actor')) roles.add(word);
        }
        // Title words written before the name: "Russian Foreign Minister [Sergei Lavrov]".
        for (let i = first - 1, taken = 0; i >= 0 && taken < 6; i--, taken++) {
          const token = tokens[i]!;
          if (token.sentenceIndex !== tokens[first]?.sentenceIndex || this.index.inQuote[i] !== this.index.inQuote[first]) break;
          if (/[,;:()"“”]/u.test(gapBetween(this.index, i, i + 1))) break;
          const ref = this.index.mentionAt[i];
          if (ref?.entity.type === 'PERSON' && ref.entity !== entity) break;
          if (isVerbToken(token) || token.tags.has('Preposition') || token.tags.has('Determiner') || token.tags.has('Pronoun')) break;
          const word = token.text.toLowerCase().replace(/['’]s$/u, '');
          const honorific = GENDERED_HONORIFICS.get(word);
          if (honorific && i === first - 1) votes.add(honorific);
          if (!ROLE_STOPWORDS.has(word)) roles.add(word);
        }
        // An apposition after the name: "[Lang Ping], the head coach of China,".
        if (/^\s*,/u.test(gapBetween(this.index, last, last + 1))) {
          for (let i = last + 1; i < tokens.length && i <= last + 10; i++) {
            const token = tokens[i]!;
            if (i > last + 1 && /[,;:()".]/u.test(gapBetween(this.index, i - 1, i))) break;
            if (isVerbToken(token) && !token.tags.has('Noun')) break;
            const ref = this.index.mentionAt[i];
            if (ref?.entity.type === 'PERSON') break;
            const word = token.text.toLowerCase().replace(/['’]s$/u, '');
            if (!ROLE_STOPWORDS.has(word)) roles.add(word);
          }
        }
      }
      for (const word of roles) {
        const g = GENDERED_HONORIFICS.get(word);
        if (g && !['mr', 'mrs', 'ms', 'miss'].includes(word)) votes.add(g);
      }
      this.roleWords.set(entity.key, roles);
      this.genders.set(entity.key, votes.size === 1 ? [...votes][0]! : null);
    }
  }

  /** The first PERSON mention before the first verb of each sentence, quotes left aside. */
  private collectSubjects(): void {
    const { tokens } = this.index;
    let sentence = -1;
    let done = false;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.sentenceIndex !== sentence) {
        sentence = token.sentenceIndex;
        done = false;
      }
      if (done || this.index.inQuote[i]) continue;
      const ref = this.index.mentionAt[i];
      if (ref?.entity.type === 'PERSON') {
        this.subjects.push(ref);
        done = true;
      } else if (!ref && isVerbToken(token) && !token.tags.has('Noun')) {
        done = true;
      }
    }
  }
}

function addWords(into: Set<string>, text: string): void {
  for (const w of text.toLowerCase().split(/[^\p{L}\p{N}-]+/u)) if (w && !ROLE_STOPWORDS.has(w)) into.add(w);
}

function normalizeAlias(alias: string): string {
  return alias.toLowerCase().replace(/['’]s\b/gu, '').replace(/^(the|a|an)\s+/u, '').replace(/\s+/gu, ' ').trim();
}
