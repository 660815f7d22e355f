import { MEDIA_NOUNS, NEWS_MEDIA_NAMES } from '../../data/pronouns.js';

/** A news medium as an entity: a known agency or broadcaster, or a name ending like one ("the Jakarta Post", "Bernama news agency"). */
export function isMediumEntity(entity: { name: string; type: string; aliases: readonly string[] }): boolean {
  if (entity.type === 'PERSON' || entity.type === 'COUNTRY') return false;
  for (const form of [entity.name, ...entity.aliases]) {
    const lowered = form.toLowerCase().replace(/^the\s+/u, '').trim();
    if (NEWS_MEDIA_NAMES.has(lowered)) return true;
    const words = lowered.split(/\s+/u);
    const last = words[words.length - 1] ?? '';
    if (last === 'agency') {
      if (/\b(news|press)\s+agency$/u.test(lowered)) return true;
    } else if (last !== 'network' && last !== 'paper' && MEDIA_NOUNS.has(last)) return true;
  }
  return false;
}
