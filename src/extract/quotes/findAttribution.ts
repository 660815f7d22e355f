import type { Token } from '../../ingest/types.js';
import { ANONYMOUS_SOURCES, DOCUMENT_NOUNS, MEDIA_NOUNS, PERSON_NOUNS, PERSONAL_PRONOUNS, RELATIVE_PRONOUNS, SPEAKING_ORGANISATION_NOUNS } from '../../data/pronouns.js';
import { PREPOSITIONS } from '../../data/relationVerbs.js';
import { INTENT_NOUNS, INVERTED_SPEECH_VERBS, NOUN_AMBIGUOUS_FORMS, ROLE_OWNER_PREPOSITIONS, SPEAKER_AFTER_PHRASES, SPEECH_PHRASES, SUBJECT_VERB_FILLERS, judgementVerbLemma, speechVerbLemma } from '../../data/speechVerbs.js';
import { TITLE_HEADS } from '../../data/titles.js';
import { type ArticleIndex, type MentionRef, firstTokenAtOrAfter, gapBetween, isVerbToken, lastTokenEndingBy, sentenceAt } from './articleIndex.js';
import type { QuoteSpan } from './findQuoteSpans.js';
import { isMediumEntity } from './mediumEntity.js';

/** A speech verb or phrase ("said", "according to"), as a token range. */
export interface SpeechCue {
  first: number;
  last: number;
  text: string;
  /** The speaker stands after the cue ("according to X"), not before it. */
  speakerAfter: boolean;
  /** A verb of judgement ("ruled", "found"): it attributes words quoted in its clause, but reports no speech. */
  judgement?: boolean;
}

/** How the speaker is named at the attribution. */
export type SpeakerPhrase =
  | { kind: 'mention'; ref: MentionRef; text: string; at: number }
  | { kind: 'pronoun'; pronoun: string; text: string; at: number }
  | {
      kind: 'phrase';
      words: string[];
      text: string;
      at: number;
      /** A name inside the description ("the BNR governor", "Norwegian officials"): the last resort. */
      fallback?: MentionRef;
      /** Whom a role is held for: "the spokesman for [Smith]". */
      owner?: MentionRef;
      /** The head noun names a person (tagged as one by the NLP library). */
      personHead?: boolean;
    };

export interface Attribution {
  cue: SpeechCue;
  /** Whether the cue stands before the quote ("X said: …") or after it ("…," X said). */
  side: 'before' | 'after';
  speaker: SpeakerPhrase | null;
  /** Introduced by a name and a colon, with no verb: `Smith: "…"`. */
  colon?: boolean;
  /** Closes the sentence after more of the reporter's words: "… an “umpire” in the row, X said". */
  trailing?: boolean;
  /** No verb of speech: a fragment ending the sentence of the person who is its subject. */
  fragment?: boolean;
}

/** Single-word title heads ("spokesman", "governor"): a description ending in one names a person's role. */
export const TITLE_HEAD_WORDS: ReadonlySet<string> = new Set(TITLE_HEADS.filter((t) => !t.includes(' ')));

const MAX_POST_DISTANCE = 15;
const MAX_POST_DISTANCE_WITH_ASIDE = 28;
const PHRASE_STARTS: ReadonlySet<string> = new Set(SPEECH_PHRASES.map((p) => p[0]!));
const CLAUSE_BREAK = /[,;:()\u2013\u2014]|\s-\s/u;

const lower = (token: Token | undefined): string => (token ? token.text.toLowerCase() : '');

/** The speech cue whose last token is `i`, if any. */
export function speechCueEndingAt(index: ArticleIndex, i: number): SpeechCue | null {
  const token = index.tokens[i];
  if (!token) return null;
  const word = lower(token);
  for (const phrase of SPEECH_PHRASES) {
    if (phrase[phrase.length - 1] !== word) continue;
    const first = i - phrase.length + 1;
    if (first < 0) continue;
    let ok = true;
    for (let k = 0; k < phrase.length - 1 && ok; k++) ok = lower(index.tokens[first + k]) === phrase[k];
    if (ok) {
      const text = phrase.join(' ');
      return { first, last: i, text: index.body.slice(index.tokens[first]!.start, token.end), speakerAfter: SPEAKER_AFTER_PHRASES.has(text) };
    }
  }
  const judgement = !speechVerbLemma(word) && judgementVerbLemma(word) !== undefined;
  if (!speechVerbLemma(word) && !judgement) return null;
  if ((NOUN_AMBIGUOUS_FORMS.has(word) || judgement) && !isVerbToken(token)) return null;
  // "hit out at claims that …", "the remarks": a noun after a preposition or determiner, whatever the tagger says.
  const previous = index.tokens[i - 1];
  if (NOUN_AMBIGUOUS_FORMS.has(word) && previous && previous.sentenceIndex === token.sentenceIndex && !/[,;:()]/u.test(gapBetween(index, i - 1, i))) {
    const p = lower(previous);
    if (p !== 'to' && (previous.tags.has('Preposition') || previous.tags.has('Determiner') || /^(his|her|its|their|our|my|your)$/u.test(p))) return null;
  }
  // "capable of defending its soil against …": a gerund after a preposition reports no act of speech.
  if (/ing$/u.test(word) && previous && previous.sentenceIndex === token.sentenceIndex && /^(?:of|for|against|at)$/u.test(lower(previous))) return null;
  return judgement ? { first: i, last: i, text: token.text, speakerAfter: false, judgement } : { first: i, last: i, text: token.text, speakerAfter: false };
}

/** Finds the speech cue and speaker phrase that attribute a quotation, before or after it. */
export function findAttribution(index: ArticleIndex, span: QuoteSpan): Attribution | null {
  const post = findPostAttribution(index, span);
  const pre = findPreAttribution(index, span);
  // "X criticised an article in the Daily that cites “officials” …": the text's author speaks, not X.
  if (pre?.speaker && pre.side === 'before' && !pre.cue.speakerAfter) {
    const sentence = sentenceAt(index.article.sentences, span.open);
    const from = firstTokenAtOrAfter(index.tokens, sentence?.start ?? 0);
    const author = relativeTextAuthor(index, from, pre.cue.first, lastTokenEndingBy(index.tokens, span.open));
    if (author) return { ...pre, ...author };
  }
  // "…, branded a “coup leader” by the president": the agent of a passive verb of speech speaks.
  if (pre && !pre.cue.speakerAfter) {
    const agent = passiveAgent(index, pre.cue, span);
    if (agent) return { ...pre, speaker: agent };
  }
  // "X said the sides "must talk", according to a statement carried by Y": the medium or text after
  // the quote only carries the words of the person named before it.
  // "Roe, describing the raid as “suicidal”, said the attack …": the verb after the quote is the main verb
  // of the subject before the participle aside, not an inverted "said X".
  if (post && pre?.speaker && !pre.cue.speakerAfter && /ing$/u.test(lower(index.tokens[pre.cue.last])) && pre.cue.first > 0 && /,/u.test(gapBetween(index, pre.cue.first - 1, pre.cue.first))) {
    const begin = firstTokenAtOrAfter(index.tokens, span.close + 1);
    const comma = /,\s*$/u.test(index.body.slice(span.start, span.end)) || /^\s*,/u.test(index.body.slice(span.close + 1, index.tokens[begin]?.start ?? span.close + 1));
    if (post.cue.first === begin && !post.cue.speakerAfter && comma) return { ...post, speaker: pre.speaker };
  }
  if (post && pre?.speaker && isCarrier(index, post.speaker) && !isCarrier(index, pre.speaker) && !isWeakSpeaker(pre.speaker)) return pre;
  // "…," the agency writes with reference to Roe's words / citing Roe: the carrier names its source.
  const source = post && isCarrier(index, post.speaker) ? sourceAfterCue(index, post.cue.last) : null;
  if (post && source) return { ...post, speaker: source };
  if (post && pre && reportsPartialQuote(index, span, pre, post)) return pre;
  if (post && (!pre || !pre.speaker || (post.speaker && endsLikeLeadIn(index.body, span)))) return post;
  return pre ?? post ?? fragmentOfSubject(index, span);
}

/**
 * "The chief urged Acme to stay “neutral in its work”, Roe added": a fragment inside a clause whose own
 * verb of speech has a named speaker is that speaker's words; the speaker closing the sentence only
 * reports them.
 */
function reportsPartialQuote(index: ArticleIndex, span: QuoteSpan, pre: Attribution, post: Attribution): boolean {
  const speaker = pre.speaker;
  if (!speaker || pre.cue.speakerAfter || isWeakSpeaker(speaker) || isCarrier(index, speaker)) return false;
  if (speaker.kind === 'phrase' && ANONYMOUS_SOURCES.has(speaker.words[speaker.words.length - 1] ?? '')) return false;
  if (!/^\p{Ll}/u.test(index.body.slice(span.start, span.end))) return false;
  const quoteLast = lastTokenEndingBy(index.tokens, span.close);
  return post.cue.first > quoteLast && index.tokens[post.cue.first]!.sentenceIndex === index.tokens[pre.cue.last]!.sentenceIndex && bareClauseAfter(index, post.cue.last);
}

/** Phrases after a carrier's verb that name whose words it carries: "citing", "with reference to". */
const SOURCE_LEADS: readonly (readonly string[])[] = [['citing'], ['quoting'], ['with', 'reference', 'to'], ['referring', 'to'], ['according', 'to']];
/** Tokens a source lead may stand after the cue, and the source after the lead. */
const SOURCE_REACH = 6;

/** The person or body a carrier's verb cites right after it ("writes, citing Roe", "reports with reference to Roe's words"). */
function sourceAfterCue(index: ArticleIndex, cueLast: number): SpeakerPhrase | null {
  const { tokens } = index;
  const sentence = tokens[cueLast]!.sentenceIndex;
  for (let i = cueLast + 1; i <= cueLast + SOURCE_REACH && tokens[i]?.sentenceIndex === sentence; i++) {
    const lead = SOURCE_LEADS.find((words) => words.every((w, k) => lower(tokens[i + k]) === w));
    if (!lead) continue;
    for (let j = i + lead.length; j < i + lead.length + SOURCE_REACH && tokens[j]?.sentenceIndex === sentence; j++) {
      const ref = index.mentionAt[j];
      if (ref && (index.personLike.has(ref.entity.key) || ref.entity.type === 'ORGANIZATION' || ref.entity.type === 'COUNTRY') && !isMediumEntity(ref.entity)) return mentionPhrase(index, ref);
    }
    return null;
  }
  return null;
}

/** Words a fragment needs to be the subject's own words rather than a term: "…, “not to threaten anyone, but to guard …”". */
const MIN_FRAGMENT_WORDS = 6;

/**
 * "X backed the idea of a joint fleet, “not to threaten anyone, but to guard …”": a long
 * fragment set off by a comma at the end of a sentence whose subject is a person carries that
 * person's words, though no verb of speech says so.
 */
function fragmentOfSubject(index: ArticleIndex, span: QuoteSpan): Attribution | null {
  const text = index.body.slice(span.start, span.end);
  if (text.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length < MIN_FRAGMENT_WORDS || /^\p{Lu}/u.test(text)) return null;
  const sentence = sentenceAt(index.article.sentences, span.open);
  if (!sentence || !/,\s*$/u.test(index.body.slice(sentence.start, span.open))) return null;
  const limit = firstTokenAtOrAfter(index.tokens, sentence.start);
  const last = lastTokenEndingBy(index.tokens, span.open);
  const subject = clauseSubject(index, limit, last + 1);
  if (subject?.kind !== 'mention' || !index.personLike.has(subject.ref.entity.key)) return null;
  const at = firstTokenAtOrAfter(index.tokens, subject.ref.mention.start);
  return { cue: { first: at, last: at, text: '', speakerAfter: false }, side: 'before', speaker: subject, fragment: true };
}

/**
 * Between a cue and a quote, a text and a relative clause whose verb reports or cites: "an article in
 * the Daily that cites", "a report by the council which said". The text's author (a mention inside the
 * text's phrase, or the medium named as the text) is returned.
 */
function relativeTextAuthor(index: ArticleIndex, from: number, cueFirst: number, to: number): { cue: SpeechCue; speaker: SpeakerPhrase } | null {
  const { tokens } = index;
  for (let r = Math.max(from + 1, cueFirst - 1); r < to; r++) {
    if (index.inQuote[r]) return null;
    const word = lower(tokens[r]);
    if (word !== 'that' && word !== 'which') continue;
    const verb = lower(tokens[r + 1]);
    if (!(speechVerbLemma(verb) || QUOTING_VERBS.has(verb))) continue;
    // The phrase before the relative: "[an article in the Daily] that".
    let author: MentionRef | undefined;
    let text = false;
    for (let k = r - 1; k >= from && r - k <= 8; k--) {
      if (index.inQuote[k] || /[;:()"“”]/u.test(gapBetween(index, k, k + 1))) break;
      const ref = index.mentionAt[k];
      if (ref && !author && (ref.entity.type === 'ORGANIZATION' || isMediumEntity(ref.entity))) author = ref;
      if (ref && index.personLike.has(ref.entity.key)) author ??= ref;
      if (!ref && DOCUMENT_NOUNS.has(lower(tokens[k]))) {
        text = true;
        break;
      }
      if (!ref && isFiniteVerb(tokens[k]!)) break;
    }
    const medium = author && isMediumEntity(author.entity);
    if (author && (text || medium)) return { cue: { first: r + 1, last: r + 1, text: tokens[r + 1]!.text, speakerAfter: false }, speaker: mentionPhrase(index, author) };
  }
  return null;
}

const BE_FORMS: ReadonlySet<string> = new Set(['is', 'was', 'were', 'are', 'been', 'being', 'be']);

/**
 * The agent named right after a quote that a passive participle introduces: "the plan, described as
 * “reckless” by Roe", "was called a “farce” by the union". Null when the cue is no passive participle.
 */
function passiveAgent(index: ArticleIndex, cue: SpeechCue, span: QuoteSpan): SpeakerPhrase | null {
  const { tokens } = index;
  const by = firstTokenAtOrAfter(tokens, span.close + 1);
  if (lower(tokens[by]) !== 'by' || index.inQuote[by] || !/^[\s\p{Pi}\p{Pf}'"]*$/u.test(index.body.slice(span.close + 1, tokens[by]!.start))) return null;
  const verb = tokens[cue.last]!;
  if (cue.first !== cue.last || !/ed$|en$/u.test(lower(verb))) return null;
  if (tokens[by]!.sentenceIndex !== verb.sentenceIndex) return null;
  // Passive: after a form of "be", or opening a reduced clause after a comma.
  const before = tokens[cue.first - 1];
  const passive = !before || BE_FORMS.has(lower(before)) || /,/u.test(gapBetween(index, cue.first - 1, cue.first)) || before.sentenceIndex !== verb.sentenceIndex;
  if (!passive) return null;
  const speaker = speakerAfterCue(index, { first: by, last: by, text: 'by', speakerAfter: true }, Number.POSITIVE_INFINITY);
  return speaker;
}

/** A speaker phrase naming what carries words rather than who said them: a news medium, "a statement", "the report". */
export function isCarrier(index: ArticleIndex, speaker: SpeakerPhrase | null): boolean {
  if (!speaker) return false;
  if (speaker.kind === 'mention') return isMediumEntity(speaker.ref.entity);
  if (speaker.kind !== 'phrase') return false;
  const head = speaker.words[speaker.words.length - 1] ?? '';
  if (MEDIA_NOUNS.has(head) || DOCUMENT_NOUNS.has(head)) return !speaker.owner;
  return speaker.fallback !== undefined && isMediumEntity(speaker.fallback.entity) && !speaker.personHead && !TITLE_HEAD_WORDS.has(head);
}

/** "…," he said / "…" said X: the quote ends with a comma-like mark or the attribution starts lower case. */
function endsLikeLeadIn(body: string, span: QuoteSpan): boolean {
  const inner = body.slice(span.start, span.end).trimEnd();
  const after = body.slice(span.close + 1, span.close + 3);
  return /[,\u2013\u2014-]$/u.test(inner) || /^\s*,/u.test(after) || /^\s*\p{Ll}/u.test(after);
}

function findPreAttribution(index: ArticleIndex, span: QuoteSpan): Attribution | null {
  const { tokens } = index;
  const sentence = sentenceAt(index.article.sentences, span.open);
  // The mark may stand just before its sentence's start, when the segmenter leaves it out.
  if (!sentence || sentence.end <= span.open) return null;
  const paragraphStart = index.article.paragraphs[span.firstParagraph]?.start ?? 0;
  const limit = firstTokenAtOrAfter(tokens, Math.max(sentence.start, paragraphStart));
  // The nearest cue wins unless it is a descriptive verb with no speaker of its own ("the plan,
  // described as …") or sits in an aside closed before the quote (", which critics call harsh, …"):
  // then an earlier cue of the sentence with a speaker does.
  let weak: Attribution | null = null;
  // A medium or a text carrying the words ("…, according to a Y report, that …") gives way to an
  // earlier cue of the sentence naming who spoke.
  let carrier: Attribution | null = null;
  for (let i = lastTokenEndingBy(tokens, span.open); i >= limit; i--) {
    if (index.inQuote[i]) continue;
    const cue = speechCueEndingAt(index, i);
    if (!cue) continue;
    if (inClosedAside(index, cue, span.open, limit)) {
      i = cue.first;
      continue;
    }
    // "Said Jane Roe of the Acme Institute: “…”": a verb opening its sentence has its speaker after it.
    const inverted = cue.first === limit && cue.first === cue.last && /^\p{Lu}/u.test(tokens[cue.first]!.text) && INVERTED_SPEECH_VERBS.has(lower(tokens[cue.first]));
    const speaker = cue.speakerAfter || inverted ? speakerAfterCue(index, cue, span.open) : speakerBeforeCue(index, cue, limit);
    const attribution: Attribution = { cue, side: 'before', speaker };
    // "She said they had agreed to “…”": what a group agreed, reported by a speaker named before.
    const group = speaker?.kind === 'pronoun' && speaker.pronoun === 'they';
    if (!group && !isWeakSpeaker(speaker) && !isCarrier(index, speaker)) return attribution;
    if (isCarrier(index, speaker)) carrier ??= attribution;
    else weak ??= attribution;
    i = cue.first;
  }
  return carrier ?? weak ?? colonAttribution(index, span, limit) ?? intentAttribution(index, span, limit) ?? leadInAttribution(index, span);
}

/**
 * `The agency says:` ending one paragraph, the quote opening the next: the lead-in's speaker. Only
 * the lead-in's own sentence is read, from its end.
 */
function leadInAttribution(index: ArticleIndex, span: QuoteSpan): Attribution | null {
  const { paragraphs } = index.article;
  const previous = paragraphs[span.firstParagraph - 1];
  const own = paragraphs[span.firstParagraph];
  if (!previous || !own || index.body.slice(own.start, span.open).trim() !== '') return null;
  if (!/:\s*$/u.test(index.body.slice(previous.start, previous.end))) return null;
  const sentence = sentenceAt(index.article.sentences, Math.max(previous.start, previous.end - 2));
  if (!sentence) return null;
  const limit = firstTokenAtOrAfter(index.tokens, Math.max(sentence.start, previous.start));
  for (let i = lastTokenEndingBy(index.tokens, previous.end); i >= limit; i--) {
    const cue = speechCueEndingAt(index, i);
    if (!cue) continue;
    const speaker = cue.speakerAfter ? speakerAfterCue(index, cue, previous.end) : speakerBeforeCue(index, cue, limit);
    if (speaker) return { cue, side: 'before', speaker };
    i = cue.first;
  }
  return null;
}

/** `Roe's pledge to “…”`, `the president's efforts to “…”`: a person's stated aim quotes that person. */
function intentAttribution(index: ArticleIndex, span: QuoteSpan, limit: number): Attribution | null {
  const { tokens } = index;
  const to = lastTokenEndingBy(tokens, span.open);
  const noun = to - 1;
  if (noun < limit || lower(tokens[to]) !== 'to' || !INTENT_NOUNS.has(lower(tokens[noun])) || index.inQuote[noun]) return null;
  if (!/^\s*$/u.test(gapBetween(index, noun, to)) || !/^\s*$/u.test(index.body.slice(tokens[to]!.end, span.open))) return null;
  // The possessor right before the noun, perhaps with an adjective between: "Roe's long campaign to".
  for (let k = noun - 1; k >= limit && noun - k <= 3; k--) {
    const ref = index.mentionAt[k];
    if (ref) {
      if (!index.personLike.has(ref.entity.key) || possessiveHead(index, ref, noun) === null) return null;
      return { cue: { first: noun, last: noun, text: tokens[noun]!.text, speakerAfter: false }, side: 'before', speaker: mentionPhrase(index, ref) };
    }
    if (!tokens[k]!.tags.has('Adjective') || /[,;:()]/u.test(gapBetween(index, k, k + 1))) return null;
  }
  return null;
}

/** `Opposition leader Jane Roe: "…"`: a bare name (no verb) and a colon right before the quote. */
function colonAttribution(index: ArticleIndex, span: QuoteSpan, limit: number): Attribution | null {
  const { tokens } = index;
  const j = lastTokenEndingBy(tokens, span.open);
  if (j < limit || j - limit > 8 || !/^\s*:\s*$/u.test(index.body.slice(tokens[j]!.end, span.open))) return null;
  for (let i = limit; i <= j; i++) {
    if (index.inQuote[i]) return null;
    if (!index.mentionAt[i] && (isFiniteVerb(tokens[i]!) || /[,;()]/u.test(i > limit ? gapBetween(index, i - 1, i) : ''))) return null;
  }
  const ref = index.mentionAt[j];
  if (!ref || !(index.personLike.has(ref.entity.key) || ref.entity.type === 'ORGANIZATION')) return null;
  const speaker = nounPhrase(index, limit, j);
  if (!speaker || speaker.kind !== 'mention') return null;
  return { cue: { first: j, last: j, text: ':', speakerAfter: false }, side: 'before', speaker, colon: true };
}

/** A cue inside a relative clause or aside that closes before the quote starts ("…, which X called Y, …"). */
function inClosedAside(index: ArticleIndex, cue: SpeechCue, open: number, limit: number): boolean {
  // Words, then a break, between the cue and the quote: the clause holding the cue ended there.
  if (!/[\p{L}\p{N}][^]*?(?:[,;()\u2013\u2014]|\s-\s)/u.test(index.body.slice(index.tokens[cue.last]!.end, open))) return false;
  for (let i = cue.first; i > limit; i--) {
    const broken = CLAUSE_BREAK.test(gapBetween(index, i - 1, i));
    if (broken) return RELATIVE_PRONOUNS.has(lower(index.tokens[i]));
  }
  return false;
}

/** No speaker, or a description of a thing rather than of anyone who could speak ("the move", "the plan"). */
function isWeakSpeaker(speaker: SpeakerPhrase | null): boolean {
  if (!speaker) return true;
  if (speaker.kind !== 'phrase') return false;
  const head = speaker.words[speaker.words.length - 1] ?? '';
  if (speaker.personHead || speaker.owner || speaker.fallback) return false;
  // "X said the ministers agreed that …": office holders in the plural are nobody in particular.
  if (isPluralTitle(head)) return true;
  return !(SPEAKING_ORGANISATION_NOUNS.has(head) || namesPersonRole(head));
}

/** Office holders in the plural: "ministers", "co-chairs". */
export function isPluralTitle(word: string): boolean {
  return /s$/u.test(word) && TITLE_HEAD_WORDS.has(word.slice(0, -1).replace(/^co-/u, ''));
}

/** A noun for a person by what they do or are: "spokesman", "aide", "lawyer", "the 54-year-old". */
function namesPersonRole(word: string): boolean {
  return TITLE_HEAD_WORDS.has(word) || ANONYMOUS_SOURCES.has(word) || PERSON_NOUNS.has(word) || /-old$/u.test(word);
}

function findPostAttribution(index: ArticleIndex, span: QuoteSpan): Attribution | null {
  const { tokens, body } = index;
  const begin = firstTokenAtOrAfter(tokens, span.close + 1);
  const firstToken = tokens[begin];
  if (!firstToken || index.inQuote[begin]) return null;
  const paragraph = index.article.paragraphs[span.lastParagraph];
  if (paragraph && firstToken.start >= paragraph.end) return null;
  // A new sentence after a full stop inside the quote attributes it only in the bare form
  // ("Well." Smith said.), not when it goes on to report something else.
  const newSentence = /[.!?…]\s*$/u.test(body.slice(span.start, span.end)) && /^\s*\p{Lu}/u.test(body.slice(span.close + 1, firstToken.end));
  return postAttributionFrom(index, begin, newSentence);
}

/** How far past a quote a closing attribution may stand: "… an “umpire” in the row over barley, X said". */
const MAX_TRAILING_DISTANCE = 30;

/**
 * An attribution closing the sentence a quoted fragment stands in, after more of the reporter's words:
 * "A wants B to act as an “umpire” in the row, Trade Minister X said in a statement." The clause must
 * open after a comma and end the sentence with no verb of its own after the cue.
 */
export function findTrailingAttribution(index: ArticleIndex, span: QuoteSpan): Attribution | null {
  const { tokens } = index;
  const begin = firstTokenAtOrAfter(tokens, span.close + 1);
  const firstToken = tokens[begin];
  if (!firstToken || index.inQuote[begin] || /[.!?…]\s*$/u.test(index.body.slice(span.start, span.end))) return null;
  for (let i = begin + 1; i < tokens.length && i < begin + MAX_TRAILING_DISTANCE; i++) {
    if (tokens[i]!.sentenceIndex !== firstToken.sentenceIndex || index.inQuote[i]) return null;
    if (!/,/u.test(gapBetween(index, i - 1, i))) continue;
    const found = postAttributionFrom(index, i, false);
    if (found?.speaker && bareClauseAfter(index, found.cue.last)) return { ...found, trailing: true };
  }
  return null;
}

function postAttributionFrom(index: ArticleIndex, begin: number, newSentence: boolean): Attribution | null {
  const { tokens } = index;
  const firstToken = tokens[begin]!;
  // Once the speaker is named, an apposition or relative clause may follow before the verb:
  // "…," Smith, 54, who has led the party since 2010, said.
  let aside = false;
  let named = false;
  for (let i = begin; i < tokens.length && i < begin + (aside ? MAX_POST_DISTANCE_WITH_ASIDE : MAX_POST_DISTANCE); i++) {
    const token = tokens[i]!;
    if (token.sentenceIndex !== firstToken.sentenceIndex || index.inQuote[i]) return null;
    if (i > begin && named && /,/u.test(gapBetween(index, i - 1, i))) aside = true;
    if (index.mentionAt[i] || token.tags.has('Actor') || (i === begin && PERSONAL_PRONOUNS.has(lower(token)))) named = true;
    const cue = speechCueEndingAt(index, i);
    if (cue) {
      if (cue.first < begin) return null;
      if (newSentence && !bareClauseAfter(index, cue.last)) return null;
      // "X called it a “…”, adding …", "…,” expressing frustration": a participle right after the quote
      // goes on with the subject of the sentence the quote stands in.
      if (cue.first === begin && !newSentence && !cue.speakerAfter && /ing$/u.test(lower(tokens[cue.last]))) {
        const quoteFirst = lastTokenEndingBy(tokens, firstToken.start);
        return { cue, side: 'after', speaker: clauseSubject(index, sentenceFirstToken(index, quoteFirst), quoteFirst) };
      }
      const before = cue.first > begin ? speakerBetween(index, begin, cue.first - 1) : null;
      const speaker = before ?? speakerAfterCue(index, cue, Number.POSITIVE_INFINITY);
      // "The Daily, citing “senior officials”, reported that Roe …", "Roe, who called it “a start,” said
      // Ruritania backs …": a verb opening a clause of its own has its subject before the quote; the
      // name after it is no inverted speaker.
      const clauseAfter = /^(that|how|whether)$/u.test(lower(tokens[cue.last + 1])) || subjectOfVerbAfter(index, speaker);
      if (before === null && cue.first === begin && !cue.speakerAfter && clauseAfter && /,/u.test(index.body.slice(tokens[begin - 1]?.end ?? 0, firstToken.start))) {
        const quoteFirst = lastTokenEndingBy(tokens, firstToken.start);
        const sentenceFirst = sentenceFirstToken(index, quoteFirst);
        return { cue, side: 'after', speaker: clauseSubject(index, sentenceFirst, quoteFirst) };
      }
      if (before === null && cue.first > begin && !cue.speakerAfter) return { cue, side: 'after', speaker: null };
      return { cue, side: 'after', speaker };
    }
    if (PHRASE_STARTS.has(lower(token))) continue;
    if (aside) continue;
    if (!index.mentionAt[i] && !SUBJECT_VERB_FILLERS.has(lower(token)) && !canStandInSpeakerPhrase(token, i === begin)) return null;
  }
  return null;
}

/** A name right before a verb in lower case ("… said Ruritania backs the plan"): the subject of a clause, not a speaker. */
function subjectOfVerbAfter(index: ArticleIndex, phrase: SpeakerPhrase | null): boolean {
  if (phrase?.kind !== 'mention') return false;
  const next = index.tokens[firstTokenAtOrAfter(index.tokens, phrase.at + phrase.text.length)];
  return !!next && next.sentenceIndex === index.tokens[firstTokenAtOrAfter(index.tokens, phrase.at)]?.sentenceIndex && isVerbToken(next) && /^\p{Ll}/u.test(next.text)
    && !next.tags.has('Gerund') && !/^\s*,/u.test(index.body.slice(phrase.at + phrase.text.length, next.start));
}

/** First token of the sentence holding token `i`. */
function sentenceFirstToken(index: ArticleIndex, i: number): number {
  let k = Math.max(0, i);
  while (k > 0 && index.tokens[k - 1]!.sentenceIndex === index.tokens[i]?.sentenceIndex) k--;
  return k;
}

/** After the cue the sentence ends with no other verb: "… Smith said after the meeting." */
function bareClauseAfter(index: ArticleIndex, cueLast: number): boolean {
  const sentenceIndex = index.tokens[cueLast]!.sentenceIndex;
  for (let i = cueLast + 1; i < index.tokens.length; i++) {
    const token = index.tokens[i]!;
    if (token.sentenceIndex !== sentenceIndex) return true;
    if (isVerbToken(token) && !index.mentionAt[i]) return false;
  }
  return true;
}

/** The speaker phrase between a closing mark and the cue: "…," [Roe, the spokeswoman,] told. */
function speakerBetween(index: ArticleIndex, first: number, last: number): SpeakerPhrase | null {
  // "…," Y quoted [X] as saying / "…," [X] was quoted by Y as saying.
  if (lower(index.tokens[last]) === 'as') {
    for (let q = first; q < last; q++) {
      if (!QUOTING_VERBS.has(lower(index.tokens[q]))) continue;
      if (q + 1 < last && lower(index.tokens[q + 1]) !== 'by') return nounPhrase(index, q + 1, last - 1);
      let end = q - 1;
      while (end >= first && SUBJECT_VERB_FILLERS.has(lower(index.tokens[end]))) end--;
      if (end >= first) return speakerBetween(index, first, end);
      break;
    }
  }
  for (let i = first; i <= last; i++) {
    const ref = index.mentionAt[i];
    if (!ref || !index.personLike.has(ref.entity.key)) continue;
    // "Ruritania spokesman Jan Roe": a name that only qualifies a title is not who speaks.
    const titled = titledPersonAfter(index, ref, last + 1);
    if (titled) return mentionPhrase(index, titled);
    return ownedRole(index, phraseStart(index, i, first), first, ref) ?? mentionPhrase(index, ref);
  }
  // The phrase up to the first clause break ("the ministry, in a statement,").
  let end = first;
  while (end < last && !CLAUSE_BREAK.test(gapBetween(index, end, end + 1))) end++;
  return nounPhrase(index, first, end);
}

/** A speaker noun phrase: a person named in it, a pronoun, the entity it ends in, or a description. */
function nounPhrase(index: ArticleIndex, first: number, last: number): SpeakerPhrase | null {
  let anyMention: MentionRef | undefined;
  for (let i = first; i <= last; i++) {
    const ref = index.mentionAt[i];
    if (ref && index.personLike.has(ref.entity.key)) {
      const titled = titledPersonAfter(index, ref, last + 1);
      if (titled) return mentionPhrase(index, titled);
      // "Roe's family", "Roe's lawyer": the possessor only owns the one who speaks.
      const after = possessiveHead(index, ref, last);
      if (after === null) return mentionPhrase(index, ref);
      const phrase = describedPhrase(index, after, last);
      if (phrase.kind === 'phrase') phrase.owner = ref;
      return phrase;
    }
    anyMention ??= ref;
  }
  const lead = index.tokens[first]!;
  if (first === last && PERSONAL_PRONOUNS.has(lower(lead))) return { kind: 'pronoun', pronoun: lower(lead), text: lead.text, at: lead.start };
  const head = index.mentionAt[last];
  // A country or demonym in front of a title ("the Norwegian prime minister") only modifies it, and an
  // organisation's name swallowing a title ("the central bank governor") does not make it the speaker.
  if (head && !(index.tokens[last]!.tags.has('Demonym') && last > first) && !TITLE_HEAD_WORDS.has(lower(index.tokens[last]))) {
    if (head.mention.end >= index.tokens[last]!.end) return mentionPhrase(index, head);
  }
  if (!isNounPhraseToken(index.tokens[last]!)) return anyMention ? mentionPhrase(index, anyMention) : null;
  const phrase = describedPhrase(index, first, last);
  if (phrase.kind === 'phrase' && anyMention) phrase.fallback = anyMention;
  return phrase;
}

/** First token after a possessive mention ("[Roe's] family") that a noun phrase goes on to, up to `last`; null if none. */
export function possessiveHead(index: ArticleIndex, ref: MentionRef, last: number): number | null {
  if (!/^['’]s?(?![\p{L}\p{N}])/u.test(index.body.slice(ref.mention.end, ref.mention.end + 3))) return null;
  const next = firstTokenAtOrAfter(index.tokens, ref.mention.end + 1);
  if (next > last || index.mentionAt[next] === ref) return null;
  const token = index.tokens[next];
  return token && isNounPhraseToken(token) && !index.inQuote[next] ? next : null;
}

/** The speaker before a cue in the same clause: "[Mr Roe] said", "[the Norwegian prime minister] replied". */
function speakerBeforeCue(index: ArticleIndex, cue: SpeechCue, limit: number): SpeakerPhrase | null {
  const { tokens } = index;
  // A participle ("…, saying", "was quoted as saying") belongs to the subject of its clause, not the noun before it.
  if (/ing$/u.test(lower(tokens[cue.last]))) return quotedSpeaker(index, cue, limit) ?? clauseSubject(index, limit, cue.first);
  let j = cue.first - 1;
  // "X met yesterday with Y and said": a second verb of the clause's subject, not of the name before "and".
  if (j > limit && lower(tokens[j]) === 'and' && !CLAUSE_BREAK.test(gapBetween(index, j, j + 1)) && index.mentionAt[j - 1] && verbBetween(index, limit, j - 1)) {
    const subject = clauseSubject(index, limit, j);
    if (subject) return subject;
  }
  // "X, whose … since he took office in May, said": an aside closed right before the verb.
  if (j > limit && /,/u.test(gapBetween(index, j, j + 1))) {
    const holder = appositionHolder(index, j, limit);
    if (holder) return holder;
  }
  while (j >= limit && SUBJECT_VERB_FILLERS.has(lower(tokens[j])) && !CLAUSE_BREAK.test(gapBetween(index, j, j + 1))) j--;
  // "The council on Tuesday described …", "Roe in a statement said …": the subject stands before the time or occasion.
  const occasion = occasionBefore(index, j, limit);
  if (occasion !== j) {
    j = occasion;
    while (j >= limit && SUBJECT_VERB_FILLERS.has(lower(tokens[j])) && !CLAUSE_BREAK.test(gapBetween(index, j, j + 1))) j--;
  }
  if (j < limit || index.inQuote[j]) return nearestMentionBefore(index, cue.first, limit);
  // "X, the head coach of Y, said": the subject stands before the apposition.
  if (CLAUSE_BREAK.test(gapBetween(index, j, j + 1))) return appositionHolder(index, j, limit) ?? nearestMentionBefore(index, cue.first, limit);
  const word = lower(tokens[j]);
  if (PERSONAL_PRONOUNS.has(word)) return { kind: 'pronoun', pronoun: word, text: tokens[j]!.text, at: tokens[j]!.start };
  if (!index.mentionAt[j] && !isNounPhraseToken(tokens[j]!)) return nearestMentionBefore(index, cue.first, limit);
  let k = j;
  while (k > limit && !index.inQuote[k - 1] && (isNounPhraseToken(tokens[k - 1]!) || index.mentionAt[k - 1]) && !/[,;:()\u2013\u2014"“”]/u.test(gapBetween(index, k - 1, k))) k--;
  // "X, a long-time critic pressing for a hard stance on Y said:": a name after a preposition is no
  // subject; the clause's subject is further back. "The spokesman for Y said" is a role, read below.
  const before = tokens[k - 1];
  const roleFor = !!before && lower(before) === 'for' && TITLE_HEAD_WORDS.has(lower(tokens[k - 2] ?? before));
  if (k > limit && before && !index.mentionAt[k - 1] && PREPOSITIONS.has(lower(before)) && !roleFor && !CLAUSE_BREAK.test(gapBetween(index, k - 1, k))) return clauseSubject(index, limit, cue.first);
  // "the spokesman for Smith said": the spokesman speaks, for Smith.
  let owner: MentionRef | undefined;
  for (let i = k; i <= j; i++) if (index.mentionAt[i] && (!owner || index.personLike.has(index.mentionAt[i]!.entity.key))) owner = index.mentionAt[i];
  return (owner ? ownedRole(index, k, limit, owner) : null) ?? nounPhrase(index, k, j);
}

const OCCASION_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'tonight', 'yesterday', 'week',
  'weekend', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'day', 'statement', 'interview', 'speech',
  'briefing', 'address', 'letter', 'remarks', 'conference', 'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
]);
const OCCASION_LEADS: ReadonlySet<string> = new Set(['on', 'in', 'at', 'during', 'last', 'this', 'earlier', 'late', 'early']);

/** Index of the token before a time or occasion phrase ending at `j` ("on Tuesday", "in a statement"), else `j`. */
function occasionBefore(index: ArticleIndex, j: number, limit: number): number {
  const { tokens } = index;
  if (j <= limit || index.inQuote[j] || !OCCASION_WORDS.has(lower(tokens[j])) || index.mentionAt[j]) return j;
  for (let k = j - 1; k >= limit && j - k <= 3; k--) {
    if (CLAUSE_BREAK.test(gapBetween(index, k, k + 1)) || index.inQuote[k]) return j;
    if (OCCASION_LEADS.has(lower(tokens[k]))) return k - 1 >= limit && !CLAUSE_BREAK.test(gapBetween(index, k - 1, k)) ? k - 1 : j;
  }
  return j;
}

/** Verbs of a medium or a person passing on someone's words: "Y quoted X as saying", "citing X as saying". */
const QUOTING_VERBS: ReadonlySet<string> = new Set(['quoted', 'quotes', 'quoting', 'cited', 'cites', 'citing']);

/**
 * "Y quoted [X] as saying": the one quoted speaks, not the medium quoting; "[X] was quoted (by Y) as
 * saying": the subject of the passive speaks.
 */
function quotedSpeaker(index: ArticleIndex, cue: SpeechCue, limit: number): SpeakerPhrase | null {
  const { tokens } = index;
  const as = cue.first - 1;
  if (as <= limit || lower(tokens[as]) !== 'as') return null;
  for (let q = as - 1; q >= limit && as - q <= 12; q--) {
    if (index.inQuote[q]) return null;
    if (!QUOTING_VERBS.has(lower(tokens[q]))) continue;
    if (q + 1 === as || lower(tokens[q + 1]) === 'by') {
      // Passive: the speaker is the subject before "was quoted".
      return speakerBeforeCue(index, { first: q, last: q, text: tokens[q]!.text, speakerAfter: false }, limit);
    }
    return nounPhrase(index, q + 1, as - 1);
  }
  return null;
}

/** First token of the noun phrase holding token `i` ("Prime Minister [Jane Roe]" → "Prime"). */
function phraseStart(index: ArticleIndex, i: number, floor: number): number {
  let k = i;
  while (k > floor && !index.inQuote[k - 1] && (isNounPhraseToken(index.tokens[k - 1]!) || index.mentionAt[k - 1]) && !/[,;:()\u2013\u2014"“”]/u.test(gapBetween(index, k - 1, k))) k--;
  return k;
}

/**
 * A role held for someone, ending right before the noun phrase starting at `first`:
 * "[a spokesman] for Prime Minister Jane Roe", "[an adviser] to the president".
 */
function ownedRole(index: ArticleIndex, first: number, floor: number, owner: MentionRef): SpeakerPhrase | null {
  const { tokens } = index;
  const prep = first - 1;
  const head = first - 2;
  if (head < floor || !ROLE_OWNER_PREPOSITIONS.has(lower(tokens[prep])) || index.inQuote[head] || index.mentionAt[head]) return null;
  if (!TITLE_HEAD_WORDS.has(lower(tokens[head])) || /[,;:()"“”]/u.test(gapBetween(index, head, prep) + gapBetween(index, prep, first))) return null;
  let k = head;
  while (k > floor && !index.inQuote[k - 1] && !index.mentionAt[k - 1] && isNounPhraseToken(tokens[k - 1]!) && !/[,;:()\u2013\u2014"“”]/u.test(gapBetween(index, k - 1, k))) k--;
  const phrase = describedPhrase(index, k, head);
  if (phrase.kind === 'phrase') phrase.owner = owner;
  return phrase;
}

/** The speaker after a cue: "said [army spokesman Colonel Jan Roe]", "according to [the ministry]". */
function speakerAfterCue(index: ArticleIndex, cue: SpeechCue, stopAt: number): SpeakerPhrase | null {
  const { tokens } = index;
  const begin = cue.last + 1;
  const lead = tokens[begin];
  if (!lead || lead.start >= stopAt || lead.sentenceIndex !== tokens[cue.last]!.sentenceIndex || index.inQuote[begin]) return null;
  if (PERSONAL_PRONOUNS.has(lower(lead))) return { kind: 'pronoun', pronoun: lower(lead), text: lead.text, at: lead.start };
  const signer = signerOfDocument(index, begin, stopAt);
  if (signer) return mentionPhrase(index, signer);
  let firstMention: MentionRef | undefined;
  let end = begin;
  for (let i = begin; i < tokens.length && i < begin + 10; i++) {
    const token = tokens[i]!;
    if (token.start >= stopAt || token.sentenceIndex !== lead.sentenceIndex || index.inQuote[i]) break;
    const ref = index.mentionAt[i];
    if (ref && index.personLike.has(ref.entity.key)) return ownedRole(index, phraseStart(index, i, begin), begin, ref) ?? mentionPhrase(index, ref);
    if (ref) firstMention ??= ref;
    // "said head coach Jan Roe": a title word the tagger reads as a verb, leading straight to a person.
    if (!ref && isFiniteVerb(token) && !leadsToPerson(index, i)) break;
    if (i > begin && /[,;:()]/u.test(gapBetween(index, i - 1, i)) && firstMention) break;
    end = i;
  }
  if (firstMention) {
    const at = firstTokenAtOrAfter(tokens, firstMention.mention.start);
    return ownedRole(index, phraseStart(index, at, begin), begin, firstMention) ?? mentionPhrase(index, firstMention);
  }
  let last = begin;
  while (last < end && isNounPhraseToken(tokens[last + 1]!) && !CLAUSE_BREAK.test(gapBetween(index, last, last + 1))) last++;
  return isNounPhraseToken(lead) ? describedPhrase(index, begin, last) : null;
}

/** A lower-case word followed, with no break and through noun-like words only, by a person's name. */
function leadsToPerson(index: ArticleIndex, i: number): boolean {
  const { tokens } = index;
  if (!/^\p{Ll}/u.test(tokens[i]!.text)) return false;
  for (let k = i + 1; k < tokens.length && k <= i + 4; k++) {
    if (index.inQuote[k] || CLAUSE_BREAK.test(gapBetween(index, k - 1, k))) return false;
    const ref = index.mentionAt[k];
    if (ref) return index.personLike.has(ref.entity.key);
    if (!isNounPhraseToken(tokens[k]!)) return false;
  }
  return false;
}

/** The subject of the sentence a cue stands in: the person or pronoun before its first finite verb. */
function clauseSubject(index: ArticleIndex, limit: number, cueFirst: number): SpeakerPhrase | null {
  for (let i = frontedClauseEnd(index, limit, cueFirst); i < cueFirst; i++) {
    if (index.inQuote[i]) continue;
    const token = index.tokens[i]!;
    const ref = index.mentionAt[i];
    // "The head of Ruritania's Acme Party is …, calling": a title of a body, not the body, is the subject.
    const owned = !ref && TITLE_HEAD_WORDS.has(lower(token)) ? titleOwnerAfter(index, i, cueFirst) : undefined;
    if (owned) {
      const phrase = describedPhrase(index, i > limit && DETERMINER_WORDS.has(lower(index.tokens[i - 1]!)) ? i - 1 : i, i);
      if (phrase.kind === 'phrase') phrase.owner = owned;
      return phrase;
    }
    if (ref && !index.personLike.has(ref.entity.key) && ref.entity.type === 'ORGANIZATION') {
      // "Senate Republican leader Jan Roe …": an organisation in the title of the person it leads to.
      const person = personInTitle(index, i, cueFirst);
      return person ? mentionPhrase(index, person) : mentionPhrase(index, ref);
    }
    if (ref && index.personLike.has(ref.entity.key)) return mentionPhrase(index, ref);
    if (!ref && PERSONAL_PRONOUNS.has(lower(token))) return { kind: 'pronoun', pronoun: lower(token), text: token.text, at: token.start };
    if (!ref && isFiniteVerb(token)) break;
  }
  return nearestMentionBefore(index, cueFirst, limit);
}

const DETERMINER_WORDS = new Set(['the', 'a', 'an']);

/** A finite verb outside mentions between tokens `from` and `to`: the clause has a verb of its own before. */
function verbBetween(index: ArticleIndex, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!index.mentionAt[i] && !index.inQuote[i] && isFiniteVerb(index.tokens[i]!)) return true;
  return false;
}

/** Words that open a clause or phrase set before the main clause: "Speaking before the vote, …", "After the talks, …". */
const FRONTING_WORDS = new Set(['after', 'before', 'while', 'when', 'as', 'following', 'during', 'in', 'at', 'despite', 'although', 'though', 'since']);

/** Where the main clause starts: after the comma closing a phrase that opens the sentence at `limit`, else `limit`. */
function frontedClauseEnd(index: ArticleIndex, limit: number, before: number): number {
  const lead = index.tokens[limit];
  if (!lead || index.mentionAt[limit] || !(FRONTING_WORDS.has(lower(lead)) || /ing$/u.test(lower(lead)))) return limit;
  for (let i = limit + 1; i < before; i++) if (/,/u.test(gapBetween(index, i - 1, i))) return i;
  return limit;
}

/**
 * "said a statement from Roe's office signed by his spokesman, Ana Kos", "a statement issued in
 * Fortville by President Roe": the person who signed or issued the document the words come from,
 * within the phrase that starts at token `begin`.
 */
function signerOfDocument(index: ArticleIndex, begin: number, stopAt: number): MentionRef | undefined {
  const { tokens } = index;
  const lead = DETERMINER_WORDS.has(lower(tokens[begin]!)) ? begin + 1 : begin;
  if (!tokens[lead] || !DOCUMENT_NOUNS.has(lower(tokens[lead]!))) return undefined;
  for (let i = lead + 1; i < tokens.length && i < lead + 12; i++) {
    if (tokens[i]!.start >= stopAt || tokens[i]!.sentenceIndex !== tokens[lead]!.sentenceIndex || index.inQuote[i]) return undefined;
    if (!/^(signed|issued|released)$/.test(lower(tokens[i]!))) continue;
    const by = agentMarker(index, i + 1, stopAt);
    if (by === undefined) continue;
    for (let k = by + 1; k < tokens.length && k < by + 9 && tokens[k]!.start < stopAt; k++) {
      const ref = index.mentionAt[k];
      if (ref && index.personLike.has(ref.entity.key)) return ref;
      if (!ref && !isNounPhraseToken(tokens[k]!) && !/^[,\s]*$/.test(gapBetween(index, k - 1, k))) return undefined;
    }
    return undefined;
  }
  return undefined;
}

/** The "by" of a passive participle, right after it or past a short place or time phrase ("issued [in Fortville] by"). */
function agentMarker(index: ArticleIndex, from: number, stopAt: number): number | undefined {
  for (let k = from; k < index.tokens.length && k < from + 4 && index.tokens[k]!.start < stopAt; k++) {
    if (lower(index.tokens[k]!) === 'by') return k;
    if (k > from && CLAUSE_BREAK.test(gapBetween(index, k - 1, k))) return undefined;
    const word = index.tokens[k]!;
    if (k === from ? !/^(in|on|at|late|early)$/u.test(lower(word)) : !isNounPhraseToken(word) && !PREPOSITIONS.has(lower(word))) return undefined;
  }
  return undefined;
}

/** The organisation after "of" that the title at token `i` is held in ("head of [Ruritania's] [Acme]"). */
function titleOwnerAfter(index: ArticleIndex, i: number, before: number): MentionRef | undefined {
  if (lower(index.tokens[i + 1] ?? index.tokens[i]!) !== 'of') return undefined;
  for (let k = i + 2; k < before && k <= i + 5; k++) {
    const ref = index.mentionAt[k];
    if (ref?.entity.type === 'ORGANIZATION' && !index.personLike.has(ref.entity.key)) return ref;
    if (!ref && !isNounPhraseToken(index.tokens[k]!)) return undefined;
  }
  return undefined;
}

/**
 * The person a title starting at token `i` leads to, with no break or verb between ("[Senate] Republican
 * leader [Jan Roe]", "[Acme]'s head of emergency response [Jan Roe]").
 */
export function personInTitle(index: ArticleIndex, i: number, before: number): MentionRef | undefined {
  const { tokens } = index;
  for (let k = i + 1; k < before && k <= i + 8; k++) {
    if (index.inQuote[k] || CLAUSE_BREAK.test(gapBetween(index, k - 1, k))) return undefined;
    const ref = index.mentionAt[k];
    if (ref && index.personLike.has(ref.entity.key)) return ref;
    // "head of emergency response": a field of the title, not a body it is held in.
    const field = lower(tokens[k]!) === 'of' && TITLE_HEAD_WORDS.has(lower(tokens[k - 1]!)) && !index.mentionAt[k + 1];
    if (!ref && !field && !isNounPhraseToken(tokens[k]!)) return undefined;
  }
  return undefined;
}

/** The person after a lower-case title that the mention `ref` stands before ("[Huthi] spokesman [Ana Kos]"). */
function titledPersonAfter(index: ArticleIndex, ref: MentionRef, before: number): MentionRef | undefined {
  const next = firstTokenAtOrAfter(index.tokens, ref.mention.end);
  const token = index.tokens[next];
  if (!token || next >= before || !/^\p{Ll}/u.test(token.text) || !namesPersonRole(lower(token))) return undefined;
  if (CLAUSE_BREAK.test(gapBetween(index, next - 1, next))) return undefined;
  const person = personInTitle(index, next, before);
  return person && person.entity.key !== ref.entity.key ? person : undefined;
}

/** Tokens an apposition between a subject and its verb may run to: "X, a spokesman for … Gen. Y, told". */
const MAX_APPOSITION = 40;

/**
 * "Jan Roe, a spokesman for the head of state Gen. Ivo Marek, told": the person named right before an
 * apposition (opening in lower case or a number) that ends at token `last`, or null.
 */
function appositionHolder(index: ArticleIndex, last: number, limit: number): SpeakerPhrase | null {
  for (let k = last; k > limit && last - k <= MAX_APPOSITION; k--) {
    if (index.inQuote[k - 1]) return null;
    if (!/,/u.test(gapBetween(index, k - 1, k)) || !/^[\p{Ll}\d]/u.test(index.tokens[k]!.text)) continue;
    const ref = index.mentionAt[k - 1];
    if (ref && index.personLike.has(ref.entity.key)) return mentionPhrase(index, ref);
  }
  return null;
}

/** The nearest PERSON mention before `before` in the clause (else the nearest mention of any kind). */
function nearestMentionBefore(index: ArticleIndex, before: number, limit: number): SpeakerPhrase | null {
  let fallback: MentionRef | undefined;
  for (let i = before - 1; i >= limit; i--) {
    if (index.inQuote[i]) continue;
    const ref = index.mentionAt[i];
    if (ref && index.personLike.has(ref.entity.key)) return mentionPhrase(index, ref);
    if (ref && (ref.entity.type === 'ORGANIZATION') && !fallback) fallback = ref;
  }
  return fallback ? mentionPhrase(index, fallback) : null;
}

/** Tokens a speaker phrase between a quote and its verb may hold: "the statement by X", "Y, a spokesman for Z,". */
function canStandInSpeakerPhrase(token: Token, first: boolean): boolean {
  // "“…” against anti-government protests": no speaker phrase opens with a preposition, however it is tagged.
  if (first) return (isNounPhraseToken(token) && !PREPOSITIONS.has(lower(token))) || PERSONAL_PRONOUNS.has(lower(token));
  if (token.tags.has('Preposition')) return true;
  return isNounPhraseToken(token);
}

function isFiniteVerb(token: Token): boolean {
  const t = token.tags;
  return t.has('Verb') && !t.has('Gerund') && !t.has('Noun') && !t.has('Adjective') && !t.has('Participle');
}

function isNounPhraseToken(token: Token): boolean {
  const t = token.tags;
  if (t.has('Verb') && !t.has('Noun')) return false;
  if (t.has('Preposition') || t.has('Conjunction') || t.has('Pronoun')) return false;
  return t.has('Noun') || t.has('Adjective') || t.has('Determiner') || t.has('ProperNoun') || t.has('Possessive') || t.has('Value');
}

function mentionPhrase(index: ArticleIndex, ref: MentionRef): SpeakerPhrase {
  return { kind: 'mention', ref, text: index.body.slice(ref.mention.start, ref.mention.end), at: ref.mention.start };
}

function describedPhrase(index: ArticleIndex, first: number, last: number): SpeakerPhrase {
  const tokens = index.tokens.slice(first, last + 1);
  const start = tokens[0]!.start;
  const head = tokens[tokens.length - 1]!;
  // "the minister", not "the ministers": a group of people is no one person to point back to.
  const personHead = (head.tags.has('Actor') || head.tags.has('Person')) && !head.tags.has('ProperNoun') && !head.tags.has('Plural');
  return { kind: 'phrase', words: tokens.map((t) => t.text.toLowerCase().replace(/['’]s$/u, '')), text: index.body.slice(start, head.end), at: start, personHead };
}

/**
 * Reported speech outside quotation marks ("Smith said the talks failed"), as speech events whose
 * speaker is named there: pronoun subjects are left to `resolve`, which may decline them. A cue
 * whose speaker stands in what an earlier cue of the sentence reports ("He said Roe had agreed to
 * …") is part of what was said, not a second speaker speaking.
 */
export function reportedSpeechEvents(index: ArticleIndex, resolve: (phrase: SpeakerPhrase) => number | null): { at: number; key: number }[] {
  const events: { at: number; key: number }[] = [];
  const { tokens } = index;
  let sentenceFirst = 0;
  // Where the words reported by the sentence's first finite cue begin ("He said| Roe had agreed …").
  let reportStart = Number.POSITIVE_INFINITY;
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && tokens[i]!.sentenceIndex !== tokens[i - 1]!.sentenceIndex) {
      sentenceFirst = i;
      reportStart = Number.POSITIVE_INFINITY;
    }
    if (index.inQuote[i]) continue;
    const cue = speechCueEndingAt(index, i);
    if (!cue || cue.judgement) continue;
    const phrase = cue.speakerAfter ? speakerAfterCue(index, cue, Number.POSITIVE_INFINITY) : speakerBeforeCue(index, cue, sentenceFirst);
    if (phrase && phrase.at >= reportStart) continue;
    // "Speaking to reporters, Roe said": an opening participle reports nothing yet.
    if (!cue.speakerAfter && !/ing$/u.test(lower(tokens[cue.last]))) reportStart = Math.min(reportStart, tokens[cue.last]!.end);
    const key = phrase ? resolve(phrase) : null;
    if (key !== null) events.push({ at: tokens[cue.first]!.start, key });
  }
  return events;
}
