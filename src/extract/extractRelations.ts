import type { SegmentedArticle } from '../ingest/types.js';
import { buildArticleView, type Tok } from './relations/articleView.js';
import { dedupeRelations } from './relations/dedupeRelations.js';
import { descriptionRelations } from './relations/descriptionRelations.js';
import { forceRelations } from './relations/forceRelations.js';
import { gazetteerRelations } from './relations/gazetteerRelations.js';
import { membershipRelations } from './relations/membershipRelations.js';
import { nounRelations } from './relations/nounRelations.js';
import { openRelations } from './relations/openRelations.js';
import { personalRelations } from './relations/personalRelations.js';
import { preferStatedRoles } from './relations/preferStatedRoles.js';
import { roleRelations } from './relations/roleRelations.js';
import { venueRelations } from './relations/venueRelations.js';
import { clauseRelations } from './relations/clauseRelations.js';
import { verbRelations } from './relations/verbRelations.js';
import type { LocalEntity, LocalRelation } from './types.js';

/**
 * Relations between the entities of one article, each with its sentence as evidence. The recipe:
 * see every sentence as tokens and entity mentions; read roles and descriptions written with a
 * name, and where the gazetteers put the places a sentence names with their country, then facts a lexicon verb states between two names, then facts a noun states, then facts
 * any other verb states, then where acts took place; let a guessed title owner yield to a stated one; keep one per fact.
 */
export function extractRelations(article: SegmentedArticle, entities: readonly LocalEntity[]): LocalRelation[] {
  const view = buildArticleView(article, entities);
  // Verb tokens whose lexicon entry stated a fact: open relations pass over them.
  const stated = new Set<Tok>();
  const found = [
    ...roleRelations(view),
    ...descriptionRelations(view),
    ...gazetteerRelations(view),
    ...personalRelations(view),
    ...membershipRelations(view),
    ...verbRelations(view, stated),
    ...nounRelations(view),
    ...forceRelations(view),
    ...openRelations(view, stated),
    ...venueRelations(view),
    ...clauseRelations(view),
  ];
  return dedupeRelations(preferStatedRoles(found, (key) => view.entityByKey.get(key)?.type));
}
