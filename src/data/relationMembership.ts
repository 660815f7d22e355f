// Words for memberships and alliances stated by a noun. Logic lives in src/extract/relations/*;
// this file only lists words.

/** Nouns that tie one party to another, with the predicate from the party described to the other. */
export const MEMBERSHIP_HEADS: Readonly<Record<string, string>> = {
  member: 'member of', members: 'member of', ally: 'allied with', allies: 'allied with', partner: 'partner of',
  partners: 'partner of', subsidiary: 'subsidiary of', unit: 'unit of', affiliate: 'affiliate of', rival: 'rival of',
  rivals: 'rival of', neighbour: 'neighbour of', neighbor: 'neighbour of', supplier: 'supplier of', customer: 'customer of',
  client: 'client of', proxy: 'proxy of', proxies: 'proxy of', part: 'part of', signatory: 'signatory of', founder: 'founding member of',
  shareholder: 'shareholder of', owner: 'owner of', parent: 'parent of', backer: 'supports', chair: 'chair of', host: 'host of',
};

/** Nouns after an organisation's name that introduce its members ("Global Council members such as …"). */
export const MEMBER_NOUNS: ReadonlySet<string> = new Set(['member', 'members', 'allies', 'partners', 'signatories']);

/** Heads of political organisations a person belongs to ("his Labour Party", "her Freedom Movement"). */
export const PARTY_HEADS: ReadonlySet<string> = new Set(['party', 'movement', 'front', 'alliance', 'congress', 'league', 'coalition', 'union']);

/** Nouns that describe a body by whom it brings together ("Acme, a grouping of Ruritania and Freedonia"). */
export const GROUPING_NOUNS: ReadonlySet<string> = new Set([
  'grouping', 'group', 'bloc', 'alliance', 'union', 'coalition', 'association', 'federation', 'club', 'organisation',
  'organization', 'body', 'community', 'partnership', 'league', 'consortium', 'forum',
]);

/** Plural nouns for the people of a body, before their names ("Acme Front politicians Jo Bloggs and Ana Kos"). */
export const BODY_PEOPLE_NOUNS: ReadonlySet<string> = new Set([
  'politicians', 'lawmakers', 'legislators', 'members', 'leaders', 'officials', 'ministers', 'mps', 'senators', 'activists', 'deputies', 'councillors', 'councilors',
]);

/** Lower-case words that may qualify a membership before its noun: "a founding Acme member", "a close Acme ally". */
export const MEMBER_QUALIFIERS: ReadonlySet<string> = new Set([
  'founding', 'full', 'key', 'permanent', 'non-permanent', 'associate', 'original', 'fellow', 'major', 'close', 'longtime', 'long-time', 'strong',
]);
