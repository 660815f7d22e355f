import type { SegmentedArticle, Token } from '../../ingest/types.js';
import type { EntityType, Span } from '../../store/records.js';
import type { LocalEntity, LocalMention } from '../types.js';
import { addDescriptorArgs } from './descriptorArgs.js';

/** A token as the relation rules see it. */
export interface Tok {
  text: string;
  /** Lower case, possessive ending dropped, curly apostrophes folded. */
  lower: string;
  start: number;
  end: number;
  tags: ReadonlySet<string>;
  /** Position in its sentence. */
  i: number;
  /** Text between the previous token and this one (" ", ", ", "-" …), as written. */
  gap: string;
  /** Ends in "'s". */
  possessive: boolean;
  /** Index into the sentence's args, or -1. */
  arg: number;
}

/** One entity mention in a sentence, spread over the tokens of its name and of its title. */
export interface Arg {
  key: number;
  type: EntityType;
  mention: LocalMention;
  /** Mention span widened to its title ("Ruritanian Foreign Minister Jo Bloggs"). */
  start: number;
  end: number;
  /** First and last token (inclusive) in the sentence. */
  first: number;
  last: number;
  /** Mentions of other entities inside this one's span (the "Russian" of its title). */
  nested: Arg[];
  /** The name ends in "'s": it qualifies the noun after it. */
  possessive: boolean;
}

export interface SentenceView {
  index: number;
  span: Span;
  toks: Tok[];
  args: Arg[];
}

export interface ArticleView {
  article: SegmentedArticle;
  entities: readonly LocalEntity[];
  entityByKey: ReadonlyMap<number, LocalEntity>;
  sentences: SentenceView[];
}

const POSSESSIVE = /['’]s$/i;

/** Groups tokens and entity mentions by sentence, widening each mention over its title. */
export function buildArticleView(article: SegmentedArticle, entities: readonly LocalEntity[]): ArticleView {
  const sentences: SentenceView[] = article.sentences.map((s) => ({ index: s.index, span: { start: s.start, end: s.end }, toks: [], args: [] }));
  let previousEnd = -1;
  let previousSentence = -1;
  for (const token of article.tokens) {
    const view = sentences[token.sentenceIndex];
    if (!view) continue;
    const gapStart = previousSentence === token.sentenceIndex ? previousEnd : view.span.start;
    view.toks.push(toTok(token, view.toks.length, gapStart < token.start ? article.body.slice(Math.max(gapStart, 0), token.start) : ''));
    previousEnd = token.end;
    previousSentence = token.sentenceIndex;
  }

  const all: Arg[] = [];
  const people = entities.filter((e) => e.type === 'PERSON').flatMap((e) => e.mentions.map((m) => ({ key: e.key, m })));
  for (const entity of entities) {
    for (const found of entity.mentions) {
      const mention = clampedRole(article, found, entity.key, people);
      const role = mention.role;
      const start = role ? Math.min(role.span.start, mention.start) : mention.start;
      const end = role ? Math.max(role.span.end, mention.end) : mention.end;
      all.push({ key: entity.key, type: entity.type, mention, start, end, first: -1, last: -1, nested: [], possessive: false });
    }
  }
  // "Acme army spokesman Jo Bloggs": a name that runs into the title ("Acme army") is part of the title, the owner inside it.
  for (const arg of all) {
    if (!arg.mention.role) continue;
    for (const other of all) if (other.start < arg.start && arg.start < other.end && other.end <= arg.mention.start) arg.start = other.start;
  }
  // Wider first, so that a mention inside another (a title's country) nests in it.
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  for (const arg of all) {
    const view = sentences[arg.mention.sentenceIndex];
    if (!view) continue;
    const outer = view.args.find((o) => o.start <= arg.start && arg.end <= o.end);
    if (outer) {
      if (outer.key !== arg.key) outer.nested.push(arg);
      continue;
    }
    if (view.args.some((o) => o.start < arg.end && arg.start < o.end)) continue; // overlapping: keep the first
    view.args.push(arg);
  }
  for (const view of sentences) {
    view.args.sort((a, b) => a.start - b.start);
    view.args = view.args.filter((arg) => placeArg(article, view, arg));
  }
  const articleView: ArticleView = { article, entities, entityByKey: new Map(entities.map((e) => [e.key, e])), sentences };
  for (const view of sentences) {
    widenToOwner(article, view);
    addDescriptorArgs(articleView, view);
    markTokens(view);
  }
  return articleView;
}

/**
 * "Ruritanian President Ana Kos and Freedonian Prime Minister Jo Bloggs": a title span that takes in
 * another person's name starts after it (and after the "and" that joins them).
 */
function clampedRole(article: SegmentedArticle, mention: LocalMention, self: number, people: ReadonlyArray<{ key: number; m: LocalMention }>): LocalMention {
  const role = mention.role;
  if (!role) return mention;
  let start = role.span.start;
  for (const p of people) if (p.key !== self && p.m.start >= start && p.m.end <= mention.start && p.m.end <= role.span.end) start = p.m.end;
  if (start === role.span.start) return mention;
  const rest = article.body.slice(start, role.span.end);
  start += (/^[\s,]*(?:(?:and|or|with)\s+)?/.exec(rest)?.[0].length ?? 0);
  return { ...mention, role: { ...role, span: { start, end: role.span.end } } };
}

/** Finds the arg's tokens; false when the mention lies outside every token. */
export function placeArg(article: SegmentedArticle, view: SentenceView, arg: Arg): boolean {
  const first = view.toks.findIndex((t) => t.end > arg.start && t.start < arg.end);
  if (first < 0) return false;
  let last = first;
  while (last + 1 < view.toks.length && (view.toks[last + 1]?.start ?? Infinity) < arg.end) last++;
  arg.first = first;
  arg.last = last;
  const tail = article.body.slice(arg.mention.end, arg.mention.end + 2);
  // "General Motors' plant": a name ending in s takes a bare apostrophe.
  const bare = /s$/i.test(arg.mention.text) && /^['’](\s|$)/.test(tail);
  arg.possessive = POSSESSIVE.test(arg.mention.text) || /^['’]s/i.test(tail) || bare || (view.toks[last]?.possessive ?? false);
  return true;
}

/** "Ruritanian counterpart Jo Bloggs": the owner written right before a title joins the titled name. */
function widenToOwner(article: SegmentedArticle, view: SentenceView): void {
  for (const arg of [...view.args]) {
    const ofKey = arg.mention.role?.ofKey;
    if (ofKey === undefined || ofKey === null) continue;
    const owner = view.args.find((o) => o !== arg && o.key === ofKey && o.end <= arg.start && /^(['’]s)?\s*$/.test(article.body.slice(o.end, arg.start)));
    if (!owner) continue;
    arg.start = owner.start;
    arg.first = owner.first;
    arg.nested.push(owner);
    view.args.splice(view.args.indexOf(owner), 1);
  }
}

export function markTokens(view: SentenceView): void {
  view.args.sort((a, b) => a.start - b.start);
  for (const tok of view.toks) tok.arg = -1;
  view.args.forEach((arg, index) => {
    for (let t = arg.first; t <= arg.last; t++) {
      const tok = view.toks[t];
      if (tok) tok.arg = index;
    }
  });
}

function toTok(token: Token, i: number, gap: string): Tok {
  const folded = token.text.replace(/’/g, "'");
  const possessive = POSSESSIVE.test(folded) && folded.length > 2;
  const lower = (possessive ? folded.slice(0, -2) : folded).toLowerCase();
  return { text: token.text, lower, start: token.start, end: token.end, tags: token.tags, i, gap, possessive, arg: -1 };
}

/** The arg a token belongs to, if any. */
export function argAt(view: SentenceView, t: number): Arg | undefined {
  const tok = view.toks[t];
  return tok && tok.arg >= 0 ? view.args[tok.arg] : undefined;
}
