// Context around each candidate: a lower-case title before a name ("army spokesman X", "president
// X"), a role's owner written before it ("party leader X"), cue nouns that make a name a company
// ("telecoms giant X", "X shares") or a movement ("X rebels"), place cues ("in X", "X province"),
// and whether a demonym denotes the state ("Peruvian troops") or a nationality ("Chinese players").
import { GUESS, LIKELY, SURE, type Candidate } from './candidates.js';
import {
  companyAnaphors, countryByDemonym, fold, isDescriptive, facilityNouns, groupNouns, groupOfPeopleNouns, voteNouns, leaderFollowNouns, honorifics, naturalFeatureNouns, placeKindNouns, placeOfficeHeads, placeNounAdjectives, nationalityNouns, orgFollowNouns,
  orgIntroNouns, orgOwnedNouns, orgPossessedNouns, orgVerbsAfter, placeFollowNouns, resultNouns, resultVerbs, placePrepositions, places, personalRoleHeads, speechCueVerbs, stateNouns, temporalTitleModifiers, titleConnectors, titleHeads, titleModifiers, sourceCuesAfter,
} from './lexicon.js';
import { nicknameOf } from './corefer.js';
import { PERSON_MEETING_VERBS } from '../../data/personNames.js';
import { FAMILY_NOUNS } from '../../data/relationRoles.js';
import { PERSONLESS_PLACE_PREPOSITIONS } from '../../data/places.js';
import { titleText } from './readChunk.js';
import type { Word } from './words.js';

const isTitleish = (w: Word | undefined): boolean => !!w && !w.cap && (titleHeads.has(w.lower) || titleModifiers.has(w.lower));
/** "Former president X": a modifier of time, capitalised only because it opens the sentence. */
const opensTitle = (w: Word | undefined): boolean => !!w && w.initial && temporalTitleModifiers.has(w.lower);
const weak = (c: Candidate): boolean => c.certainty < SURE && (c.kind === 'UNKNOWN' || c.kind === 'PERSON' || c.kind === 'ORGANIZATION' || c.kind === 'LOCATION');
/** Gap between two words inside one phrase: spaces or a hyphen only. */
const tight = (w: Word | undefined): boolean => !!w && /^[ -]?$/.test(w.gapBefore);

/** Applies context cues to the candidates of one article, in place. `at` maps a word index to the candidate covering it. */
export function applyContext(words: readonly Word[], candidates: Candidate[], at: ReadonlyMap<number, Candidate>): Candidate[] {
  const extra: Candidate[] = [];
  /** Candidates made places by a plural place noun ("the towns of X and Y"), for the names coordinated with them. */
  const listedPlaces = new Set<Candidate>();
  /** People named after a family noun ("his sons X and Y"), for the names coordinated with them. */
  const kinPeople = new Set<Candidate>();
  for (const c of candidates) {
    const before = words[c.from - 1];
    const after = words[c.to];
    const sameSentence = (w: Word | undefined) => !!w && w.sentence === words[c.from]!.sentence;
    const single = c.to - c.from === 1;

    // "his two sons Varo and Telmin", "her daughter Ana": a name after a family noun is a person's, and so are the names listed with it.
    const kinBefore = !!before && !before.cap && tight(words[c.from]) && sameSentence(before) && (before.lower in FAMILY_NOUNS || before.lower.replace(/s$/, '') in FAMILY_NOUNS);
    const listedWithKin = !!before && (before.lower === 'and' || /,\s*$/.test(words[c.from]!.gapBefore)) && candidates.some((p) => kinPeople.has(p) && (p.to === c.from - 1 || p.to === c.from));
    if ((kinBefore || listedWithKin) && !c.role && (c.kind === 'UNKNOWN' || c.kind === 'OTHER' || (c.kind !== 'PERSON' && c.certainty === GUESS))) {
      c.kind = 'PERSON'; c.certainty = LIKELY;
    }
    if ((kinBefore || listedWithKin) && c.kind === 'PERSON') kinPeople.add(c);
    // "the Freedonian capital Varosk", "its capital Varosk said": a name after "capital" is a city, even as a subject.
    const capitalBefore = !!before && !before.cap && sameSentence(before) && (before.lower === 'capital' || (before.lower === 'city' && words[c.from - 2]?.lower === 'capital'));
    if (capitalBefore && single && (c.kind === 'UNKNOWN' || (weak(c) && c.certainty === GUESS))) { c.kind = 'LOCATION'; c.certainty = LIKELY; }
    // "Fortville (AP) –": a name opening the story before an agency in brackets is the dateline's place.
    if (c.from === 0 && /^ ?\($/.test(after?.gapBefore ?? '') && /^\)\s*[-–—]/.test(words[c.to + 1]?.gapBefore ?? '') && !c.role && (c.kind === 'UNKNOWN' || weak(c) || (c.kind === 'PERSON' && c.certainty < SURE))) {
      c.kind = 'LOCATION'; c.certainty = LIKELY;
      continue;
    }
    // "TEHRAN (Kavir) –": the name in brackets after the dateline opening the story is the agency filing it.
    if (before && c.from === 1 && before.upper && /^ ?\($/.test(words[c.from]!.gapBefore) && /^\)\s*[-–—:]/.test(after?.gapBefore ?? '') && c.kind !== 'COUNTRY') {
      c.kind = 'ORGANIZATION'; c.certainty = SURE;
      continue;
    }
    // "the X Y": people are not written with an article, so an unsure person after "the" is something else.
    if (c.kind === 'PERSON' && c.certainty < SURE && !c.role && before && before.lower === 'the' && sameSentence(before) && tight(words[c.from])) {
      c.kind = 'UNKNOWN'; c.certainty = GUESS;
    }
    // "the X minority", "X tribesmen": an ethnic or social group (OTHER), not an organisation or person.
    if ((weak(c) || c.kind === 'UNKNOWN') && after && !after.cap && tight(after) && groupOfPeopleNouns.has(after.lower)) {
      c.kind = 'OTHER'; c.certainty = SURE;
      continue;
    }
    // "the X elections", "X polls": a name qualifying a vote names the contest or its place, not a person.
    if (c.kind === 'PERSON' && c.certainty < SURE && !c.role && after && !after.cap && tight(after) && voteNouns.has(after.lower)) {
      c.kind = 'OTHER'; c.certainty = LIKELY;
    }
    // "the Tarkin administration", "the Tarkin era": a single name before a leader's tenure is the leader's surname.
    if (single && (c.kind === 'UNKNOWN' || weak(c)) && !c.country && !c.canonical && after && !after.cap && tight(after) && leaderFollowNouns.has(after.lower) && !words[c.from]!.upper) {
      c.kind = 'PERSON'; c.certainty = LIKELY;
    }
    // Company cues: "X's plant", "shares of X", "X acquired", "X reported a profit", "X said its …".
    if ((c.kind === 'UNKNOWN' || (weak(c) && c.certainty === GUESS && c.kind !== 'LOCATION')) && !c.role && companyCue(words, c)) {
      c.kind = 'ORGANIZATION'; c.certainty = LIKELY;
    }
    // "X said": an unknown single name speaking is a person (a surname alone), but "the X said" is a
    // body ("the Treasury said"): people are not written with an article. Nor are they written after
    // a noun only a company is called by ("gold miner X said").
    const sharedSurname = (): boolean => candidates.filter((p) => p.kind === 'PERSON' && p.to - p.from >= 2 && words[p.to - 1]!.lower === words[c.from]!.lower).length >= 2;
    // A small town nothing else marks speaks no more than a stranger does: a town's name before "said" is a surname.
    const unknownOrTown = c.kind === 'UNKNOWN' || (c.kind === 'LOCATION' && c.certainty === GUESS && !c.country);
    if (unknownOrTown && single && !words[c.from]!.upper && after && sameSentence(after) && /^ ?$/.test(after.gapBefore) && speechCueVerbs.has(after.lower) && !sharedSurname()) {
      const body = !!before && sameSentence(before) && (before.lower === 'the' || (!before.cap && tight(words[c.from]) && companyAnaphors.has(before.lower)));
      c.kind = body ? 'ORGANIZATION' : 'PERSON';
      c.certainty = LIKELY;
    }
    // "Tarkin praised the vote": a single unknown name that compromise knows as a person's, as the subject of any verb.
    if ((c.kind === 'UNKNOWN' || (c.kind === 'PERSON' && c.certainty === GUESS)) && single && !words[c.from]!.upper && after && sameSentence(after) && /^ ?$/.test(after.gapBefore)
      && finiteVerb(after) && PERSON_TAGS.some((t) => words[c.from]!.tags.has(t)) && !(before && before.lower === 'the' && sameSentence(before)) && !sharedSurname()) {
      c.kind = 'PERSON'; c.certainty = LIKELY;
    }
    // "Tarkin received Ana Kos", "Tarkin met with Ana Kos": the subject of a meeting with a person is a person.
    if (c.kind === 'UNKNOWN' && single && !words[c.from]!.upper && after && sameSentence(after) && /^ ?$/.test(after.gapBefore) && !after.cap && PERSON_MEETING.has(after.lower)
      && !(before && before.lower === 'the' && sameSentence(before))) {
      const objectAt = words[c.to + 1]?.lower === 'with' ? c.to + 2 : c.to + 1;
      // The object may be written with its title or honorific ("met President Marek", "met Dr Kos").
      let nameAt = objectAt;
      while (nameAt < objectAt + 3 && words[nameAt] && words[nameAt]!.cap && honorifics.has(words[nameAt]!.lower.replace(/\.$/, ''))) nameAt++;
      const object = candidates.find((p) => p !== c && (p.from === nameAt || p.role?.from === objectAt));
      if (object && object.kind === 'PERSON' && object.certainty >= LIKELY && sameSentence(words[objectAt])) { c.kind = 'PERSON'; c.certainty = LIKELY; }
    }
    // "told X" with a single unsure name: the outlet the words were given to.
    if (single && before && before.lower === 'told' && sameSentence(before) && (c.kind === 'UNKNOWN' || (c.kind === 'PERSON' && c.certainty === GUESS)) && !/^ ?$/.test(after?.gapBefore ?? '.')) {
      c.kind = 'ORGANIZATION'; c.certainty = GUESS;
    }
    // "the towns of X and Y", "the villages of X, Y and Z", "the Thai province of X": places.
    const listNoun = words[c.from - 2];
    const coordinated = before && (before.lower === 'and' || /,\s*$/.test(words[c.from]!.gapBefore)) && candidates.some((p) => listedPlaces.has(p) && (p.to === c.from - 1 || p.to === c.from));
    const placeOf = before?.lower === 'of' && !!listNoun && !listNoun.cap && placeKindNouns.has(listNoun.lower) && (/s$/.test(listNoun.lower) || words[c.from - 3]?.lower === 'the' || !!words[c.from - 3]?.cap);
    // "the mayor of X", "Governor of X": a town's or a province's office.
    const officeOf = before?.lower === 'of' && !!listNoun && placeOfficeHeads.has(listNoun.lower) && sameSentence(listNoun);
    if ((weak(c) || c.kind === 'UNKNOWN' || (c.kind === 'PERSON' && c.certainty < SURE && !c.role)) && (placeOf || officeOf || coordinated)) {
      c.kind = 'LOCATION'; c.certainty = LIKELY;
      // One office has one seat: the name after it is its holder, no place listed with it.
      if (!officeOf) listedPlaces.add(c);
    }

    // A lower-case title right before: "army spokesman X", "her Chilean counterpart X", "army spokesman Col. X".
    let nameStart = c.from;
    while (nameStart > 0 && honorifics.has(words[nameStart - 1]!.lower) && words[nameStart - 1]!.cap && /^\.? ?$/.test(words[nameStart]!.gapBefore)) nameStart--;
    // "its head of emergency response X": a lower-case remit after the title's "of" is part of it.
    const headAt = titleHeads.has(words[nameStart - 1]?.lower ?? '') ? nameStart - 1 : remitTitleHead(words, nameStart);
    const titleBefore = words[headAt];
    if (!c.role && (c.kind === 'PERSON' || weak(c)) && tight(words[nameStart]) && isTitleish(titleBefore) && sameSentence(titleBefore) && titleHeads.has(titleBefore!.lower)) {
      let a = headAt;
      while (a - 1 >= 0 && tight(words[a]) && (isTitleish(words[a - 1]) || opensTitle(words[a - 1]) || (titleConnectors.has(words[a - 1]!.lower) && isTitleish(words[a - 2])))) a--;
      // "Jo Bloggs's peace adviser X": a lower-case remit between a possessive owner and the title is the title's.
      const remit = words[a - 1];
      if (remit && !remit.cap && /^\p{Ll}+$/u.test(remit.text) && remit.tags.has('Noun') && !['Determiner', 'Pronoun', 'Preposition'].some((t) => remit.tags.has(t)) && tight(words[a]) && tight(remit) && words[a - 2]?.possessive && words[a - 2]!.cap) a--;
      const ownerWord = words[a - 1];
      const owner = ownerWord && tight(words[a]) || ownerWord?.possessive ? at.get(a - 1) ?? null : null;
      if (owner?.kind === 'DEMONYM') owner.denotesState = true;
      if (owner && weak(owner) && owner.kind !== 'LOCATION') { owner.kind = 'ORGANIZATION'; owner.certainty = LIKELY; }
      if (c.to - c.from >= 1 && !sportsOrBusinessOnly(titleBefore!.lower) || c.kind === 'PERSON') {
        c.role = { title: titleText(words, a, nameStart), from: a, to: nameStart, owner };
        if (c.kind !== 'PERSON' && c.to - c.from <= 4 && words[c.from]!.cap && (!words[c.from]!.upper || initialsThenName(words, c))) { c.kind = 'PERSON'; c.certainty = LIKELY; }
        else if (c.kind === 'PERSON') c.certainty = SURE;
      }
    }

    // "met the Senate president, Tarkin, …": a name set off by commas (or closing its sentence) right after a
    // lower-case title is the holder of the title. Not when a clause goes on after it ("After meeting the
    // governor, X announced …"), nor after "as", "like" or "unlike", where the title is a comparison ("As chair, X …").
    const setOff = !after || !sameSentence(after) || /^\s*[,;(.)]/.test(after.gapBefore);
    if ((weak(c) || c.kind === 'UNKNOWN') && c.kind !== 'LOCATION' && !c.role && (c.kind !== 'ORGANIZATION' || c.certainty === GUESS) && c.to - c.from <= 4 && words[c.from]!.cap && !words[c.from]!.upper
      && /^\s*,\s*$/.test(words[c.from]!.gapBefore) && setOff && isTitleish(before) && titleHeads.has(before!.lower) && sameSentence(before)) {
      let a = c.from - 1;
      while (a - 1 >= 0 && tight(words[a]) && (isTitleish(words[a - 1]) || (words[a - 1]!.cap && !words[a - 1]!.initial)) && words[a - 1]!.sentence === before!.sentence) a--;
      if (!['as', 'like', 'unlike'].includes(words[a - 1]?.lower ?? '')) { c.kind = 'PERSON'; c.certainty = LIKELY; }
    }

    // A lower-case title head right after a name: the name owns the role ("party leader", "Kremlin spokesperson").
    if (weak(c) && c.kind !== 'LOCATION' && tight(after) && isTitleish(after)) {
      let k = c.to;
      while (isTitleish(words[k + 1]) && tight(words[k + 1])) k++;
      if (titleHeads.has(words[k]!.lower)) { c.kind = 'ORGANIZATION'; c.certainty = LIKELY; }
    }

    // Company and media cues.
    if (weak(c) && before && !before.cap && tight(words[c.from]) && orgIntroNouns.has(before.lower) && c.kind !== 'PERSON') {
      c.kind = 'ORGANIZATION'; c.certainty = LIKELY;
    } else if (weak(c) && before && !before.cap && tight(words[c.from]) && orgIntroNouns.has(before.lower) && c.certainty === GUESS) {
      c.kind = 'ORGANIZATION'; c.certainty = LIKELY;
    }
    // "the Darfuri rebel Justice Movement": a group noun before another name describes that name, not this one.
    const describesNext = !!after && groupNouns.has(after.lower) && !!words[c.to + 1]?.cap && words[c.to + 1]!.gapBefore === ' ' && words[c.to + 1]!.sentence === after.sentence;
    // "Velkor news agency", "Acme news channel": a medium named for what it is, whatever else it does ("Velkor said");
    // not a state's name or adjective ("the Ruritanian news agency").
    if (weak(c) && after?.lower === 'news' && tight(after) && orgFollowNouns.has(words[c.to + 1]?.lower ?? '') && words[c.to + 1]!.sentence === after.sentence) {
      c.kind = 'ORGANIZATION'; c.certainty = SURE;
    }
    if (weak(c) && after && !after.cap && tight(after) && !describesNext && (orgFollowNouns.has(after.lower) || groupNouns.has(after.lower) || after.lower === 'forces' || after.lower === 'insurgents')) {
      if (c.kind !== 'PERSON' || c.certainty === GUESS) { c.kind = 'ORGANIZATION'; c.certainty = LIKELY; }
    }
    if ((c.kind === 'UNKNOWN' || (weak(c) && c.certainty === GUESS)) && after && !after.cap && sourceCuesAfter.has(after.lower) && sameSentence(after)) { c.kind = 'ORGANIZATION'; c.certainty = GUESS; }

    // "the main opposition party, the Islamist X": a name in apposition to an organisation noun.
    {
      let k = c.from - 1;
      while (k > 0 && isDescriptiveWord(words[k]!) && words[k]!.sentence === words[c.from]!.sentence) k--;
      const the = words[k];
      const noun = words[k - 1];
      if ((weak(c) || c.kind === 'UNKNOWN') && c.kind !== 'LOCATION' && the?.lower === 'the' && noun && /^\s*,\s*$/.test(the.gapBefore) && !noun.cap && orgIntroNouns.has(noun.lower) && noun.sentence === words[c.from]!.sentence) {
        c.kind = 'ORGANIZATION'; c.certainty = LIKELY;
      }
    }
    // Appositions: "X, a Danish newspaper," / "X, the out-going party leader,".
    if (weak(c) && after && /^\s*,\s*$/.test(after.gapBefore) && ['a', 'an', 'the'].includes(after.lower)) {
      for (let k = c.to + 1; k < Math.min(words.length, c.to + 7); k++) {
        const w = words[k]!;
        if (w.sentence !== after.sentence || /[,;.()]/.test(w.gapBefore)) break;
        if (w.cap) continue;
        if (orgIntroNouns.has(w.lower) && !(words[k + 1] && tight(words[k + 1]) && !words[k + 1]!.cap)) { c.kind = 'ORGANIZATION'; c.certainty = LIKELY; break; }
        if (titleHeads.has(w.lower) && c.kind !== 'ORGANIZATION' && words[c.from]!.cap && c.to - c.from >= 2) { c.kind = 'PERSON'; c.certainty = LIKELY; break; }
      }
    }

    // "X, leader of …", "X, a former spokesman for …": a role only a person holds, with what it is of.
    if ((weak(c) || c.kind === 'UNKNOWN') && c.kind !== 'LOCATION' && !c.role && (c.kind !== 'ORGANIZATION' || c.certainty === GUESS) && words[c.from]!.cap && !words[c.from]!.upper && apposedPersonalRole(words, c.to)) {
      c.kind = 'PERSON'; c.certainty = LIKELY;
    }

    // "X military base": a facility named after a person or place is a place, noun included.
    if (c.kind !== 'COUNTRY' && c.kind !== 'DEMONYM' && after && tight(after) && !after.cap) {
      let k = c.to;
      if (placeNounAdjectives.has(words[k]!.lower) && words[k + 1] && tight(words[k + 1]) && !words[k + 1]!.cap) k++;
      if (facilityNouns.has(words[k]!.lower) && (k > c.to || c.kind === 'PERSON' || c.kind === 'UNKNOWN')) {
        c.to = k + 1;
        c.kind = 'LOCATION';
        c.certainty = LIKELY;
        continue;
      }
    }

    // Place cues. A natural feature's noun is part of its name ("the Koro valley"); an administrative noun is not ("Varosk province").
    if (after && !after.cap && tight(after) && placeFollowNouns.has(after.lower) && (weak(c) || c.kind === 'UNKNOWN') && (c.kind !== 'PERSON' || c.certainty === GUESS)) {
      c.kind = 'LOCATION'; c.certainty = LIKELY;
    }
    if (after && !after.cap && tight(after) && naturalFeatureNouns.has(after.lower) && (c.kind === 'LOCATION' || weak(c) || c.kind === 'UNKNOWN') && (c.kind !== 'PERSON' || c.certainty === GUESS) && !c.canonical) {
      c.to += 1; c.kind = 'LOCATION'; c.certainty = LIKELY;
      continue;
    }
    // "in El-Wak", "near Al-Qaim": a one-word name with its article particle is as much a place as a bare one.
    const particleName = c.to - c.from === 2 && /^(el|al|ad|as|ar|an|at)$/i.test(words[c.from]!.text) && words[c.from + 1]!.gapBefore === '-';
    // "in El Adde", "near Bura Tana": a longer name read as a person only by its shape (none of its words a
    // known given name or surname) is a place after a preposition that mostly introduces places. Not so
    // after "to", "from" or "between", which as often introduce people ("a letter to …"), nor when it owns something.
    const shapedOnly = c.kind === 'PERSON' && c.certainty === GUESS && !single && !c.role && !words[c.to - 1]!.possessive && PLACE_ONLY_PREPOSITIONS.has(before?.lower ?? '');
    if ((c.kind === 'UNKNOWN' || (c.kind === 'PERSON' && c.certainty === GUESS && (single || particleName)) || shapedOnly) && before && !before.cap && placePrepositions.has(before.lower) && sameSentence(before)) { c.kind = 'LOCATION'; c.certainty = GUESS; }
    // "in north Westshire's Telmin": a name a place owns, in a phrase of place, is a place within it.
    const placeOwner = at.get(c.from - 1);
    if (single && c.kind === 'UNKNOWN' && placeOwner && (placeOwner.kind === 'LOCATION' || placeOwner.kind === 'COUNTRY') && words[placeOwner.to - 1]!.possessive
      && words.slice(Math.max(0, placeOwner.from - 3), placeOwner.from).some((w) => !w.cap && placePrepositions.has(w.lower) && w.sentence === words[c.from]!.sentence)) {
      c.kind = 'LOCATION'; c.certainty = GUESS;
    }
    // "Ana Ruiz (Westfield)": a bracketed name after a person is their seat or home town.
    const bracketedAfter = at.get(c.from - 1);
    // "Ana Kos (PRX-FT)": a party's letters hyphen-joined to a state's code is the person's affiliation,
    // a tag rather than a place or a short name of theirs.
    if (single && c.kind === 'UNKNOWN' && /^\p{Lu}{1,6}-\p{Lu}{2,3}$/u.test(words[c.from]!.text) && /\(\s*$/.test(words[c.from]!.gapBefore) && after && /^\s*\)/.test(after.gapBefore) && bracketedAfter?.kind === 'PERSON') {
      c.kind = 'OTHER'; c.certainty = SURE;
    }
    if (c.kind === 'UNKNOWN' && /\(\s*$/.test(words[c.from]!.gapBefore) && after && /^\s*\)/.test(after.gapBefore) && bracketedAfter?.kind === 'PERSON'
      && !nicknameOf(fold(words[c.from]!.text), words.slice(bracketedAfter.from, bracketedAfter.to).map((w) => fold(w.text)))) { c.kind = 'LOCATION'; c.certainty = GUESS; }
    if (after && after.gapBefore === '-' && after.lower === 'based') {
      if (c.kind === 'DEMONYM') c.denotesState = true;
      else if (weak(c)) { c.kind = 'LOCATION'; c.certainty = LIKELY; }
    }

    // "Norway-led coalition": the coalition is an organisation of its own.
    if (after && after.gapBefore === '-' && ['led', 'backed', 'allied', 'sponsored'].includes(after.lower)) {
      if (c.kind === 'DEMONYM') c.denotesState = true;
      const noun = words[c.to + 1];
      if (after.lower === 'led' && noun && !noun.cap && ['coalition', 'alliance', 'bloc', 'force', 'mission'].includes(noun.lower)) {
        extra.push({ from: c.from, to: c.to + 2, kind: 'ORGANIZATION', certainty: LIKELY, canonical: undefined });
      }
    }

    if (c.kind === 'DEMONYM' && c.denotesState === undefined) c.denotesState = demonymDenotesState(words, c);
  }
  companyAnaphorCues(words, candidates);
  placesBeforePluralNoun(words, candidates);
  placeLists(words, candidates);
  return extra;
}

/**
 * "from Darfur, Kordofan and Blue Nile regions", "Varosk and Telmin provinces": a plural place noun after a
 * name makes it a place, and the names listed with it ("X, Y and Z …") share the noun. Only unsure readings
 * change: a name read as a person by its shape alone, or one nothing knows.
 */
function placesBeforePluralNoun(words: readonly Word[], candidates: readonly Candidate[]): void {
  const unsure = (c: Candidate): boolean => !c.role && !words[c.from]!.upper && (c.kind === 'UNKNOWN' || (c.certainty === GUESS && (c.kind === 'PERSON' || c.kind === 'ORGANIZATION')));
  const endingAt = new Map<number, Candidate>();
  for (const c of candidates) if (c.kind !== 'ROLE') endingAt.set(c.to, c);
  for (const c of candidates) {
    const noun = words[c.to];
    if (!noun || noun.cap || !tight(noun) || noun.sentence !== words[c.from]!.sentence || !/s$/.test(noun.lower) || !placeKindNouns.has(noun.lower)) continue;
    // "Kos states that …": a verb, not a noun.
    if (noun.tags.has('Verb') && !noun.tags.has('Noun')) continue;
    if (c.kind !== 'LOCATION' && !unsure(c)) continue;
    if (c.kind !== 'LOCATION') { c.kind = 'LOCATION'; c.certainty = LIKELY; }
    // Walk back through the list: "Y and Z", "X, Y", "X, Y, and Z".
    let cur = c;
    for (;;) {
      const gap = words[cur.from]!.gapBefore;
      const joiner = words[cur.from - 1];
      let prev: Candidate | undefined;
      if (/^\s*,\s*$/.test(gap)) prev = endingAt.get(cur.from);
      else if (joiner && (joiner.lower === 'and' || joiner.lower === 'or') && /^ $/.test(gap) && /^\s*,?\s*$/.test(joiner.gapBefore)) prev = endingAt.get(cur.from - 1);
      if (!prev || words[prev.from]!.sentence !== words[c.from]!.sentence) break;
      if (prev.kind !== 'LOCATION' && !unsure(prev)) break;
      if (prev.kind !== 'LOCATION') { prev.kind = 'LOCATION'; prev.certainty = LIKELY; }
      cur = prev;
    }
  }
}

/**
 * "the terminals — Varosk, Telmin, Orlova and Tobruk —": a list of three or more names with a
 * known place or country in it and nothing sure of another type is a list of places; the names
 * nothing knows take the type of the ones known.
 */
function placeLists(words: readonly Word[], candidates: readonly Candidate[]): void {
  const unsure = (c: Candidate): boolean => !c.role && !words[c.from]!.upper && (c.kind === 'UNKNOWN' || c.kind === 'OTHER' || (c.certainty === GUESS && (c.kind === 'PERSON' || c.kind === 'ORGANIZATION')));
  const known = (c: Candidate): boolean => c.kind === 'COUNTRY' || (c.kind === 'LOCATION' && (c.certainty >= LIKELY || places.has(fold(words.slice(c.from, c.to).map((w) => w.text).join(' ')))));
  const endingAt = new Map<number, Candidate>();
  for (const c of candidates) if (c.kind !== 'ROLE') endingAt.set(c.to, c);
  const previous = (cur: Candidate): Candidate | undefined => {
    const gap = words[cur.from]!.gapBefore;
    const joiner = words[cur.from - 1];
    let prev: Candidate | undefined;
    if (/^\s*,\s*$/.test(gap)) prev = endingAt.get(cur.from);
    else if (joiner && (joiner.lower === 'and' || joiner.lower === 'or') && /^ $/.test(gap) && /^\s*,?\s*$/.test(joiner.gapBefore)) prev = endingAt.get(cur.from - 1);
    return prev && words[prev.from]!.sentence === words[cur.from]!.sentence ? prev : undefined;
  };
  const inList = new Set<Candidate>();
  for (const last of [...candidates].sort((a, b) => b.from - a.from)) {
    if (inList.has(last) || last.kind === 'ROLE') continue;
    const list = [last];
    for (let prev = previous(last); prev && !list.includes(prev); prev = previous(prev)) list.push(prev);
    list.forEach((c) => inList.add(c));
    if (list.length < 3 || !list.some(known) || !list.every((c) => known(c) || unsure(c))) continue;
    for (const c of list) if (!known(c)) { c.kind = 'LOCATION'; c.certainty = LIKELY; }
  }
}

/**
 * "Hooli said … The company added …": "the company", "the firm" refers back to the nearest name
 * before it (within two sentences); a weak name there is a company.
 */
function companyAnaphorCues(words: readonly Word[], candidates: readonly Candidate[]): void {
  const sorted = [...candidates].sort((a, b) => a.from - b.from);
  for (let k = 1; k < words.length; k++) {
    const the = words[k - 1]!;
    const noun = words[k]!;
    if (the.lower !== 'the' || noun.cap || !companyAnaphors.has(noun.lower) || the.sentence !== noun.sentence) continue;
    const next = words[k + 1];
    if (next && !next.cap && /^ ?$/.test(next.gapBefore) && (next.lower === 'of' || next.tags.has('Noun') && !next.tags.has('Verb') && !next.tags.has('Pronoun'))) continue; // "the company headquarters", "the group of"
    let target: Candidate | undefined;
    for (const c of sorted) {
      if (c.to > k - 1) break;
      if (words[c.from]!.sentence < noun.sentence - 2) continue;
      if (c.kind === 'COUNTRY' || c.kind === 'DEMONYM' || c.kind === 'ROLE' || (c.kind === 'PERSON' && c.certainty >= LIKELY) || (c.kind === 'LOCATION' && c.certainty >= LIKELY)) continue;
      target = c;
    }
    if (target && (target.kind === 'UNKNOWN' || target.kind === 'OTHER' || target.kind === 'PERSON' || target.kind === 'LOCATION') && target.certainty < SURE && !target.role) {
      target.kind = 'ORGANIZATION'; target.certainty = LIKELY;
    }
  }
}

/** Words around a weak name that make it a company. */
function companyCue(words: readonly Word[], c: Candidate): boolean {
  const last = words[c.to - 1]!;
  const after = words[c.to];
  const sentence = last.sentence;
  const inSentence = (w: Word | undefined): w is Word => !!w && w.sentence === sentence;
  if (inSentence(after) && /^ ?$/.test(after.gapBefore)) {
    const a = after;
    if (last.possessive && !a.cap && orgPossessedNouns.has(a.lower)) return true;
    if (!a.cap && orgVerbsAfter.has(a.lower)) return true;
    if (!a.cap && resultVerbs.has(a.lower)) {
      for (let k = c.to + 1; k < c.to + 5 && inSentence(words[k]); k++) if (resultNouns.has(words[k]!.lower)) return true;
    }
    // "X said its …", "X said on Monday its …": a name that speaks of "its" own.
    if (!a.cap && speechCueVerbs.has(a.lower) && c.to - c.from <= 3) {
      for (let k = c.to + 1; k < c.to + 5 && inSentence(words[k]); k++) {
        if (words[k]!.lower === 'its') return true;
        if (['he', 'she', 'his', 'her', 'they', 'their'].includes(words[k]!.lower)) break;
      }
    }
  }
  const of = words[c.from - 1];
  const noun = words[c.from - 2];
  if (of && noun && inSentence(of) && (of.lower === 'of' || of.lower === 'in') && (!noun.cap || noun.initial) && orgOwnedNouns.has(noun.lower) && words[c.from]!.gapBefore === ' ') return true;
  return false;
}

/** "VK Jobson", "P Ramaswamy": initials written without dots, then a name in mixed case. */
function initialsThenName(words: readonly Word[], c: Candidate): boolean {
  return c.to - c.from >= 2 && /^\p{Lu}{1,3}$/u.test(words[c.from]!.text) && words.slice(c.from + 1, c.to).every((w) => w.cap && !w.upper);
}

/** From word k: ", [a|the] [modifiers] role of|for|at", the role one only a person holds ("…, deputy leader of"). */
function apposedPersonalRole(words: readonly Word[], k: number): boolean {
  const comma = words[k];
  if (!comma || !/^\s*,\s*$/.test(comma.gapBefore) || comma.sentence !== words[k - 1]!.sentence) return false;
  let j = k;
  if (['a', 'an', 'the'].includes(words[j]!.lower)) j++;
  // A short run of lower-case title words ("deputy", "head coach", "chief executive") ending in the role.
  for (const end = j + 4; j < end; j++) {
    const w = words[j];
    const link = words[j + 1];
    if (!w || w.cap || (j > k && !tight(w)) || !(titleModifiers.has(w.lower) || temporalTitleModifiers.has(w.lower) || titleHeads.has(w.lower))) return false;
    if (personalRoleHeads.has(w.lower) && link && tight(link) && ['of', 'for', 'at'].includes(link.lower) && link.sentence === comma.sentence) return true;
  }
  return false;
}

/** A lower-case descriptive word between "the" and a name ("the Islamist X", "the ruling X"). */
const isDescriptiveWord = (w: Word): boolean => isDescriptive(w.lower) || ['ruling', 'main', 'largest', 'biggest', 'rival', 'opposition', 'moderate', 'powerful', 'banned', 'outlawed'].includes(w.lower);

const PERSON_TAGS = ['Person', 'LastName', 'FirstName', 'MaleName', 'FemaleName'];
const PERSON_MEETING = new Set(PERSON_MEETING_VERBS);
const PLACE_ONLY_PREPOSITIONS = new Set(PERSONLESS_PLACE_PREPOSITIONS);

/** A verb that can have a subject: past or present tense, or an auxiliary ("praised", "visits", "has", "will"). */
function finiteVerb(w: Word): boolean {
  if (w.cap || !w.tags.has('Verb') || w.tags.has('Gerund')) return false;
  return w.tags.has('PastTense') || w.tags.has('PresentTense') || w.tags.has('Auxiliary') || w.tags.has('Modal');
}

/**
 * "head of emergency response X", "director of communications X": the title head before a lower-case remit of
 * one to three nouns written between "of" and the name, or -1.
 */
function remitTitleHead(words: readonly Word[], nameStart: number): number {
  for (let k = nameStart - 1; k >= 0 && nameStart - k <= 3; k--) {
    const w = words[k]!;
    if (w.cap || !tight(words[k + 1]) || !w.tags.has('Noun') || w.tags.has('Pronoun') || titleHeads.has(w.lower)) return -1;
    const of = words[k - 1];
    const head = words[k - 2];
    if (of?.lower === 'of' && tight(words[k]) && tight(of) && head && !head.cap && titleHeads.has(head.lower) && head.sentence === w.sentence) return k - 2;
  }
  return -1;
}

/** Titles that, alone before a single word, are too often a team or business role to call the word a person. */
function sportsOrBusinessOnly(head: string): boolean {
  return ['owner', 'partner', 'player'].includes(head);
}

/** Decides a demonym from the words after it: state nouns vs. nationality nouns. */
function demonymDenotesState(words: readonly Word[], c: Candidate): boolean {
  for (let k = c.to; k < Math.min(words.length, c.to + 3); k++) {
    const w = words[k]!;
    if (w.sentence !== words[c.from]!.sentence || (k > c.to && !tight(w)) || (k === c.to && !/^[ -]?$/.test(w.gapBefore))) return false;
    if (w.lower === 'and' || w.lower === ',') continue;
    if (nationalityNouns.has(w.lower)) return false;
    if (stateNouns.has(w.lower)) return true;
    if (w.cap && (titleHeads.has(w.lower) || titleModifiers.has(w.lower))) return true;
    if (countryByDemonym.has(w.lower)) continue; // "Russian-Iranian relations"
  }
  return false;
}
