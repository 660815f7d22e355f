import type { LocalRelation } from '../types.js';
import { fold, places } from '../entities/lexicon.js';
import type { ArticleView } from './articleView.js';

// Places a sentence names together with the country the gazetteers put them in: "After the
// summit in Fortville, Ruritania's leader flew home" states nothing about where Fortville lies,
// but a reader knows it, and so do the city and region data the entity stage already loads. The
// sentence naming both is the evidence; a place the data does not know is left alone.

export function gazetteerRelations(view: ArticleView): LocalRelation[] {
  const out: LocalRelation[] = [];
  for (const sv of view.sentences) {
    const countries = new Map<string, number>();
    for (const arg of sv.args) {
      const code = arg.type === 'COUNTRY' ? view.entityByKey.get(arg.key)?.isoCode : null;
      if (code) countries.set(code, arg.key);
    }
    if (countries.size === 0) continue;
    for (const arg of sv.args) {
      if (arg.type !== 'LOCATION') continue;
      const place = places.get(fold(view.entityByKey.get(arg.key)?.name ?? ''));
      const country = place?.countryCode ? countries.get(place.countryCode) : undefined;
      if (country === undefined) continue;
      out.push({ subjectKey: arg.key, predicate: place?.kind === 'capital' ? 'capital of' : 'located in', type: 'LOCATION', objectKey: country, evidence: sv.span });
    }
  }
  return out;
}
