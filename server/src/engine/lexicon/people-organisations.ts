// Organisations, institutions and named things that are not people: the cue words that end or open
// their names ("Downing Street", "White House", "Kestrel Research", "Britannia Daily", "University of
// Leeds"), acronyms that never stand for a person, and a short list of common bodies named without a cue.

/** A capitalised word here in a run of names makes the run an organisation, a place or a thing. */
export const ORGANISATION_CUES: ReadonlySet<string> = new Set([
  // places and buildings
  'street', 'road', 'avenue', 'square', 'boulevard', 'drive', 'terrace', 'crescent', 'place', 'plaza', 'way',
  'house', 'office', 'palace', 'tower', 'towers', 'building', 'abbey', 'cathedral', 'chapel',
  'mosque', 'synagogue', 'museum', 'gallery', 'theatre', 'theater', 'cinema', 'stadium', 'arena', 'park',
  'gardens', 'airport', 'station', 'port', 'harbour', 'harbor', 'bridge', 'tunnel', 'centre', 'center', 'hospital',
  'clinic', 'prison', 'jail', 'barracks', 'base', 'camp', 'estate', 'mall', 'market', 'county', 'province', 'state',
  'states', 'city', 'town', 'village', 'district', 'borough', 'region', 'republic', 'kingdom', 'emirates', 'island',
  'islands', 'isles', 'mountain', 'mountains', 'hills', 'valley', 'river', 'sea', 'ocean', 'coast',
  'peninsula', 'strait', 'canal', 'desert', 'forest', 'heights', 'wharf', 'quay', 'docks', 'brothers', 'bros', 'sons',
  'concerto', 'symphony', 'sonata', 'requiem', 'opera', 'oratorio', 'quartet', 'overture',
  // bodies and companies
  'party', 'ministry', 'department', 'government', 'administration', 'inc', 'ltd', 'llc', 'plc', 'corp', 'corporation',
  'company', 'co', 'group', 'holdings', 'partners', 'associates', 'ventures', 'capital', 'securities', 'investments',
  'bank', 'fund', 'trust', 'foundation', 'institute', 'institution', 'university', 'college', 'school', 'academy',
  'council', 'committee', 'commission', 'agency', 'authority', 'board', 'bureau', 'service', 'services', 'tribunal', 'court',
  'parliament', 'senate', 'congress', 'assembly', 'cabinet', 'commons', 'lords', 'police', 'army', 'navy',
  'force', 'forces', 'guard', 'command', 'alliance', 'coalition', 'union', 'federation', 'association', 'society',
  'league', 'club', 'fc', 'united', 'rovers', 'athletic', 'wanderers', 'airlines', 'airways', 'motors', 'industries',
  'technologies', 'technology', 'systems', 'software', 'labs', 'laboratory', 'laboratories', 'pharmaceuticals', 'energy', 'oil',
  'network', 'networks', 'media', 'press', 'news', 'studios', 'records', 'pictures', 'entertainment', 'games',
  'international', 'global', 'worldwide', 'research', 'consulting', 'analytics', 'insights', 'solutions', 'daily',
  'times', 'post', 'herald', 'journal', 'gazette', 'telegraph', 'tribune', 'chronicle', 'observer', 'guardian',
  'independent', 'mirror', 'express', 'mail', 'sun', 'standard', 'economist', 'magazine', 'review', 'weekly', 'radio',
  'tv', 'television', 'channel', 'online', 'wire', 'reports', 'initiative', 'project', 'programme', 'program',
  'movement', 'front', 'brigade', 'brigades', 'battalion', 'regiment', 'division', 'fleet', 'church', 'diocese',
  'cup', 'championship', 'championships', 'open', 'olympics', 'games', 'series', 'prize', 'award', 'awards', 'festival',
  'act', 'treaty', 'agreement', 'accord', 'accords', 'plan', 'doctrine', 'summit', 'conference', 'forum',
  'convention', 'declaration', 'charter', 'protocol', 'index', 'exchange', 'reserve', 'treasury', 'exchequer',
  'order', 'revolution', 'crisis', 'affair', 'scandal', 'inquiry', 'report', 'review',
  'act', 'code', 'constitution', 'amendment', 'strategy', 'budget', 'scheme', 'tax', 'credit', 'dome', 'mission',
  'broadband', 'mobile', 'telecom', 'telecoms', 'communications', 'rail', 'railways', 'trains', 'buses', 'insurance',
  'assurance', 'pharma', 'foods', 'drinks', 'brewery', 'stores', 'supermarkets', 'retail', 'homes', 'properties',
  'minerals', 'mining', 'metals', 'resources', 'petroleum', 'chemicals', 'materials',
  'logistics', 'shipping', 'motorsport', 'electronics', 'semiconductor', 'semiconductors', 'biotech', 'therapeutics',
  'images', 'photos', 'watch', 'action', 'corps', 'politics', 'enforcement', 'security', 'business', 'partnership',
  'day', 'time', 'beach', 'pac', 'pacs', 'st', 'rd', 'ave', 'blvd', 'sales', 'promotions', 'broadcasting', 'affairs', 'romano', 'caucus', 'collective', 'cooperative', 'co-op', 'charity', 'appeal',
]);

/** Capitalised words that open the name of a place or body: "St Paul's", "Mount Everest", "Lake Geneva". */
export const ORGANISATION_OPENERS: ReadonlySet<string> = new Set([
  'st', 'saint', 'mount', 'mt', 'mont', 'monte', 'lake', 'fort', 'port', 'cape', 'camp', 'club', 'team', 'operation', 'san', 'santa', 'los', 'las',
]);

/** Acronyms and short forms that name bodies, countries or things, never a person's initials. */
export const ACRONYMS: ReadonlySet<string> = new Set([
  'us', 'usa', 'uk', 'eu', 'un', 'nato', 'bbc', 'cnn', 'nbc', 'abc', 'cbs', 'pbs', 'npr', 'itv', 'sky', 'afp', 'ap',
  'nhs', 'fbi', 'cia', 'nsa', 'dhs', 'doj', 'irs', 'sec', 'fda', 'cdc', 'who', 'imf', 'wto', 'oecd', 'opec', 'g7', 'g20',
  'gop', 'dnc', 'rnc', 'snp', 'dup', 'afd', 'cdu', 'spd', 'fdp', 'anc', 'plo', 'idf', 'isis', 'isil', 'ira', 'mi5',
  'mi6', 'gchq', 'mod', 'dod', 'ceo', 'cfo', 'mp', 'mps', 'mep', 'meps', 'msp', 'tv', 'gdp', 'ai', 'covid', 'ukraine',
  'ussr', 'uae', 'drc', 'prc', 'dprk', 'ngo', 'icc', 'icj', 'echr', 'ecb', 'boe', 'fed', 'ftse', 'nasdaq', 'nyse',
  'uefa', 'fifa', 'nfl', 'nba', 'mlb', 'nhl', 'ioc', 'pga', 'bp', 'hsbc', 'ibm', 'kgb', 'fsb', 'gru', 'svr', 'ok',
]);

/** Organisations, media and institutions named without a cue word, lower case. */
export const ORGANISATIONS: ReadonlySet<string> = new Set([
  'nato', 'kremlin', 'pentagon', 'whitehall', 'congress', 'senate', 'parliament', 'reuters', 'bloomberg',
  'politico', 'axios', 'breitbart', 'twitter', 'facebook', 'instagram', 'tiktok', 'youtube', 'google', 'apple',
  'microsoft', 'amazon', 'meta', 'tesla', 'nvidia', 'netflix', 'spotify', 'uber', 'airbnb', 'openai', 'samsung',
  'toyota', 'volkswagen', 'boeing', 'airbus', 'shell', 'gazprom', 'rosneft', 'hamas', 'hezbollah', 'taliban',
  'wagner', 'labour', 'tories', 'tory', 'democrats', 'republicans', 'conservatives', 'liberals', 'greens', 'reform',
  'medicare', 'medicaid', 'obamacare', 'brexit', 'covid-19', 'coronavirus', 'telegraph', 'guardian', 'times', 'wikipedia',
  'wikimedia', 'commons', 'oval office', 'white house', 'downing street', 'number 10', 'no 10', 'european union',
  'european commission', 'united nations', 'supreme court', 'high court', 'federal reserve', 'bank of england',
  'goldman sachs', 'morgan stanley', 'jp morgan', 'jpmorgan chase', 'wells fargo', 'credit suisse', 'lloyds', 'barclays',
  'hsbc', 'santander', 'blackrock', 'rolls-royce', 'lehman brothers', 'warner bros', 'deloitte', 'kpmg',
  'mckinsey', 'accenture', 'pfizer', 'moderna', 'astrazeneca', 'unilever', 'nestle', 'nestlé',
  'citizens advice', 'legal & general', 'peel hunt', 'panmure gordon', 'charles stanley', 'hargreaves lansdown',
  'morgan stanley', 'merrill lynch', 'sullivan & cromwell', 'kirkland & ellis', 'standard & poor', 'marks & spencer',
  'planned parenthood', 'al qaeda', 'al-qaeda', 'islamic state', 'muslim brotherhood', 'black lives matter',
  'fianna fáil', 'fianna fail', 'fine gael', 'sinn féin', 'sinn fein', 'plaid cymru', 'extinction rebellion', 'just stop oil', 'greenpeace', 'amnesty', 'oxfam', 'wikileaks',
  'wall street', 'scotland yard', 'capitol', 'capitol hill', 'state department', 'home office', 'foreign office',
]);

/** Cue words that are also common surnames ("Diane Park", "Stuart Hall"): a title or honorific before the name outweighs them. */
export const SURNAME_CUES: ReadonlySet<string> = new Set(['park', 'house', 'church', 'hall', 'bank', 'court', 'post', 'street', 'way', 'place', 'tower', 'mills', 'banks', 'day', 'time', 'guard', 'wood']);

/** Nouns that, in apposition, say a name is a body or a thing ("Larkin Brothers, the department-store chain"). */
export const THING_NOUNS: ReadonlySet<string> = new Set([
  'company', 'firm', 'bank', 'lender', 'insurer', 'group', 'chain', 'retailer', 'supermarket', 'brand', 'carmaker',
  'automaker', 'maker', 'manufacturer', 'provider', 'operator', 'airline', 'carrier', 'platform', 'app', 'website',
  'site', 'startup', 'start-up', 'business', 'charity', 'agency', 'body', 'watchdog', 'regulator', 'union', 'party',
  'club', 'team', 'side', 'band', 'newspaper', 'paper', 'tabloid', 'magazine', 'network', 'channel', 'station',
  'studio', 'publisher', 'label', 'fund', 'trust', 'foundation', 'institute', 'university', 'college', 'school',
  'hospital', 'hospice', 'council', 'authority', 'department', 'ministry', 'town', 'city', 'village', 'county',
  'region', 'district', 'state', 'country', 'island', 'river', 'street', 'road', 'estate', 'building', 'venue',
  'stadium', 'ground', 'festival', 'event', 'show', 'series', 'film', 'book', 'novel', 'album', 'song', 'play',
  'report', 'study', 'survey', 'poll', 'index', 'software', 'product', 'device', 'drug', 'vaccine', 'virus', 'ship',
  'vessel', 'plant', 'factory', 'mine', 'port', 'airport', 'hotel', 'restaurant', 'pub', 'bar', 'shop', 'store',
  'outlet', 'subsidiary', 'unit', 'division', 'conglomerate', 'consortium', 'coalition', 'alliance', 'organisation',
  'organization', 'association', 'movement', 'campaign', 'collective', 'cooperative', 'think-tank', 'consultancy',
  'practice', 'chipmaker', 'developer', 'housebuilder', 'utility', 'supplier', 'distributor', 'exchange', 'market',
]);

/** Nouns that follow a name used as a modifier ("the E. Barrett Prettyman courthouse", "the Hart Senate building"). */
export const NAMED_THING_NOUNS: ReadonlySet<string> = new Set([
  'courthouse', 'building', 'centre', 'center', 'school', 'hospital', 'airport', 'stadium', 'foundation', 'institute',
  'library', 'museum', 'bridge', 'tunnel', 'campus', 'hall', 'award', 'awards', 'prize', 'scholarship', 'lecture',
  'fund', 'trust', 'doctrine', 'rule', 'act', 'law', 'amendment', 'plan', 'scheme', 'memorial', 'monument',
  'house', 'estate', 'street', 'avenue', 'road', 'square', 'park', 'station', 'line', 'theatre', 'theater',
  'shares', 'stock', 'stocks', 'plc', 'inc', 'ltd', 'llc', 'corp', 'ag', 'gmbh',
]);
