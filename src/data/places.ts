// Place cues: capitalised last words of a place name ("Ben-Gurion Airport", "Red Sea"), lower-case
// nouns written after a place ("Varosk province"), and prepositions that introduce a place.

/** Capitalised last words that make a name a place. */
export const PLACE_HEADS: readonly string[] = [
  'airport', 'palace', 'square', 'street', 'avenue', 'road', 'boulevard', 'tower', 'towers', 'base', 'bay', 'gulf', 'sea',
  'ocean', 'river', 'lake', 'mountain', 'mountains', 'mount', 'hills', 'valley', 'desert', 'strait', 'straits', 'peninsula',
  'canal', 'bridge', 'port', 'harbour', 'harbor', 'island', 'islands', 'isles', 'coast', 'province', 'region', 'district',
  'county', 'prefecture', 'governorate', 'oblast', 'territory', 'territories', 'city', 'town', 'village', 'camp', 'stadium',
  'arena', 'park', 'plaza', 'hall', 'center', 'centre', 'basin', 'plateau', 'highlands', 'plain', 'plains', 'delta', 'falls',
  'crossing', 'checkpoint', 'border', 'corridor', 'heights', 'strip', 'bank', 'coastline', 'cape', 'reef', 'archipelago',
  'forest', 'glacier', 'volcano', 'dam', 'shoal', 'shoals', 'atoll', 'atolls', 'reefs', 'lagoon', 'isthmus', 'gorge', 'steppe', 'fjord', 'refinery', 'field', 'oilfield', 'mosque', 'cathedral', 'temple', 'church', 'shrine',
  'line', // a border or front line ("Green Line", "Blue Line")
];

/** Lower-case nouns after a capitalised name that make it a place ("Varosk province", "Varosk city"). */
export const PLACE_FOLLOW_NOUNS: readonly string[] = [
  'province', 'region', 'district', 'county', 'prefecture', 'governorate', 'state', 'city', 'town', 'village', 'area',
  'municipality', 'oblast', 'territory', 'island', 'valley', 'river', 'port', 'airport', 'border', 'coast', 'enclave',
  'neighbourhood', 'neighborhood', 'suburb', 'capital', 'constituency', 'county', 'estate', 'camp', 'base', 'residence',
];

/** Facility nouns written after a name that belong to the place's name ("… military base", "… air base"). */
export const FACILITY_NOUNS: readonly string[] = ['base', 'airbase', 'airport', 'camp', 'prison', 'port', 'dam', 'bridge', 'refinery', 'plant', 'complex', 'compound'];

/** Adjectives that may stand between a name and a place noun ("X military base"). */
export const PLACE_NOUN_ADJECTIVES: readonly string[] = ['military', 'air', 'naval', 'army', 'airforce', 'nuclear', 'industrial', 'refugee', 'detention', 'border', 'international', 'official', 'southern', 'northern', 'eastern', 'western', 'central', 'southwestern', 'southeastern', 'northwestern', 'northeastern'];

/** Words that name a part of a place: "in eastern Ruritania", "in the central Westshire region", "North Varosk". */
export const COMPASS_WORDS: readonly string[] = [
  'north', 'south', 'east', 'west', 'central', 'northern', 'southern', 'eastern', 'western',
  'northeast', 'northwest', 'southeast', 'southwest', 'northeastern', 'northwestern', 'southeastern', 'southwestern',
  'north-east', 'north-west', 'south-east', 'south-west', 'north-eastern', 'north-western', 'south-eastern', 'south-western',
];

/** Prepositions that, right before an unknown capitalised name, make it a place. */
export const PLACE_PREPOSITIONS: readonly string[] = [
  'in', 'at', 'near', 'from', 'outside', 'inside', 'across', 'into', 'toward', 'towards', 'around', 'throughout', 'via',
  'to', 'within', 'between', 'north of', 'south of', 'east of', 'west of',
];

/**
 * Place prepositions that seldom introduce a person: after them a longer name read as a person only by
 * its capitals ("in Bura Tana") is a place. "to", "from", "between" introduce people as often ("a letter to …").
 */
export const PERSONLESS_PLACE_PREPOSITIONS: readonly string[] = ['in', 'near', 'at', 'outside', 'inside', 'around', 'throughout', 'within', 'across'];

/**
 * Continents, seas, mountain ranges and large regions that neither the country nor the city and
 * region packages hold, plus seats of power used as metonyms. General geography only.
 */
export const REGIONS: readonly string[] = [
  'Africa', 'Asia', 'Europe', 'North America', 'South America', 'Latin America', 'Central America', 'Oceania', 'Antarctica',
  'Arctic', 'Antarctic', 'Middle East', 'Mideast', 'Near East', 'Far East', 'Persian Gulf', 'Arabian Peninsula', 'Horn of Africa',
  'Sahel', 'Sahara', 'Maghreb', 'Levant', 'Balkans', 'Caucasus', 'Central Asia', 'South Asia', 'Southeast Asia', 'East Asia',
  'West Africa', 'East Africa', 'North Africa', 'Southern Africa', 'Central Africa', 'Sub-Saharan Africa', 'Eastern Europe',
  'Western Europe', 'Scandinavia', 'Baltics', 'Caribbean', 'Pacific', 'Atlantic', 'Mediterranean', 'Indo-Pacific',
  'Asia-Pacific', 'Korean Peninsula', 'Himalayas', 'Alps', 'Andes', 'Rockies', 'Urals', 'Siberia', 'Patagonia', 'Amazon',
  'Nile', 'Mekong', 'Euphrates', 'Tigris', 'Danube', 'Yangtze', 'Rhine', 'Kashmir', 'Tibet', 'Crimea', 'Donbas', 'West Bank',
  'Gaza', 'Gaza Strip', 'Golan Heights', 'Sinai', 'Kurdistan', 'Darfur', 'Balochistan', 'Hong Kong', 'Macau', 'Greenland',
  'Puerto Rico', 'England', 'Scotland', 'Wales', 'Northern Ireland', 'Silicon Valley', 'Wall Street', 'Downing Street',
  'Westminster', 'Whitehall', 'Capitol Hill',
  // Seas and basins named without their head ("the Aegean", "across the Adriatic").
  'Aegean', 'Adriatic', 'Ionian', 'Caspian', 'Baltic Sea', 'Black Sea', 'Red Sea', 'Dead Sea', 'North Sea', 'Arabian Sea',
  'South China Sea', 'East China Sea', 'West Philippine Sea', 'Sea of Japan', 'East Sea', 'Yellow Sea', 'Sea of Azov',
  'Gulf of Aden', 'Gulf of Oman', 'Gulf of Guinea', 'Gulf of Mexico', 'Bay of Bengal', 'Indian Ocean', 'Pacific Ocean',
  'Atlantic Ocean', 'Arctic Ocean', 'Strait of Hormuz', 'Taiwan Strait', 'Bosporus', 'Bosphorus', 'Dardanelles',
  'Eastern Mediterranean', 'East Mediterranean', 'Western Mediterranean', 'Indochina', 'Anatolia', 'Mesopotamia',
  'Transcaucasia', 'South Caucasus', 'North Caucasus', 'Great Lakes', 'Rift Valley', 'Lake Chad', 'Lake Victoria',
  // Disputed and breakaway regions and contested islands.
  'Nagorno-Karabakh', 'Karabakh', 'Abkhazia', 'South Ossetia', 'Transnistria', 'Donetsk', 'Luhansk', 'Zaporizhzhia',
  'Kherson', 'Jammu', 'Ladakh', 'Aksai Chin', 'Galwan', 'Galwan Valley', 'Arunachal', 'Spratly Islands', 'Spratlys',
  'Paracel Islands', 'Paracels', 'Senkaku', 'Senkakus', 'Senkaku Islands', 'Diaoyu', 'Diaoyu Islands', 'Dokdo', 'Takeshima',
  'Kuril Islands', 'Kurils', 'Falklands', 'Falkland Islands', 'Malvinas', 'Northern Cyprus', 'Western Sahara', 'Ogaden',
  'Jubaland', 'Somaliland', 'Puntland', 'Tigray', 'Cabinda', 'Casamance', 'Ambazonia', 'Mindanao', 'Xinjiang', 'Idlib',
];
