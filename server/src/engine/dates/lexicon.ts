// The words the date pre-scan looks for, and the words around them that decide whether they are dates.

/** Month names and their abbreviations → month number (1–12). Keys are lower case. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3], ['april', 4], ['apr', 4],
  ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7], ['august', 8], ['aug', 8],
  ['september', 9], ['sept', 9], ['sep', 9], ['october', 10], ['oct', 10], ['november', 11], ['nov', 11],
  ['december', 12], ['dec', 12],
]);

/** Weekday names and abbreviations → weekday (0 = Sunday). */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['sunday', 0], ['sun', 0], ['monday', 1], ['mon', 1], ['tuesday', 2], ['tues', 2], ['tue', 2],
  ['wednesday', 3], ['wed', 3], ['thursday', 4], ['thurs', 4], ['thur', 4], ['thu', 4],
  ['friday', 5], ['fri', 5], ['saturday', 6], ['sat', 6],
]);

/** Days named relative to the publication day → offset in days. */
export const RELATIVE_DAYS: ReadonlyMap<string, number> = new Map([
  ['today', 0], ['tonight', 0], ['tomorrow', 1], ['yesterday', -1],
]);

/** Full month names that are also common words or names: dates only next to a number or after a date preposition. */
export const AMBIGUOUS_MONTHS = new Set(['may']);

/** Words that introduce a time expression: "in May", "since 2014", "by March". */
export const DATE_PREPOSITIONS = new Set([
  'in', 'on', 'since', 'until', 'till', 'by', 'from', 'of', 'last', 'next', 'this', 'early', 'late', 'mid', 'during',
  'before', 'after', 'through', 'throughout', 'between', 'and', 'to', 'around', 'circa', 'c', 'for', 'ahead',
  'end', 'start', 'beginning', 'year', 'season', 'spring', 'summer', 'autumn', 'winter', 'fall',
]);

/** Named days that contain a weekday but are not the weekday ("Black Friday", "Bloody Sunday"), or titles ("Sunday Times"). */
export const WEEKDAY_NAME_BEFORE = new Set([
  'black', 'good', 'super', 'cyber', 'ash', 'maundy', 'holy', 'easter', 'palm', 'bloody', 'blue', 'man', 'girl', 'giving',
  'whit', 'shrove', 'fat', 'low', 'trinity', 'rose', 'small',
]);
export const WEEKDAY_NAME_AFTER = new Set([
  'times', 'telegraph', 'express', 'mirror', 'post', 'people', 'herald', 'mail', 'world', 'independent', 'sport',
  'league', 'club', 'tribune', 'star', 'observer', 'politics', 'magazine', 'football',
]);

/** Labels before a number that make it an identifier, not a year: "Article 2022", "Flight 2019", "Resolution 1973". */
export const NUMBER_LABELS = new Set([
  'article', 'articles', 'no', 'nos', 'number', 'section', 'sec', 'rule', 'resolution', 'chapter', 'flight', 'room',
  'route', 'highway', 'interstate', 'page', 'pages', 'p', 'pp', 'boeing', 'airbus', 'windows', 'model', 'form', 'code',
  'bill', 'paragraph', 'clause', 'item', 'unit', 'suite', 'box', 'lot', 'gate', 'platform', 'bus', 'vol', 'volume',
  'issue', 'episode', 'ep', 'level', 'table', 'figure', 'fig', 'exhibit', 'appendix', 'annex', 'category', 'class',
  'grade', 'type', 'mark', 'mk', 'channel', 'line', 'track', 'block', 'zone', 'sector', 'ward', 'hr', 'sb', 'ab', 'ps',
  'tel', 'phone', 'ext', 'pin', 'id', 'ref', 'reference', 'case', 'batch', 'serial', 'iso', 'en', 'din', 'cve', 'rfc',
]);

/** Words before a number that make it a quantity: "about 2000", "nearly 1900". */
export const QUANTITY_WORDS = new Set([
  'about', 'approximately', 'nearly', 'almost', 'roughly', 'some', 'over', 'under', 'than', 'least', 'most', 'total',
  'totalling', 'totaling', 'only', 'just', 'exactly', 'another', 'extra', 'additional', 'x', 'times', 'minus', 'plus',
  'estimated', 'average', 'top', 'reached', 'scored', 'rank', 'ranked',
]);

/** Words after a number that make it a count or a measure: "2000 troops", "1900 metres". */
export const COUNTED_NOUNS = new Set([
  'people', 'persons', 'troops', 'soldiers', 'police', 'officers', 'jobs', 'homes', 'houses', 'workers', 'employees',
  'staff', 'members', 'votes', 'voters', 'seats', 'points', 'runs', 'goals', 'yards', 'metres', 'meters', 'metre',
  'meter', 'm', 'km', 'kilometres', 'kilometers', 'miles', 'mile', 'feet', 'ft', 'foot', 'inches', 'tonnes', 'tons',
  'kg', 'kilograms', 'pounds', 'lb', 'lbs', 'dollars', 'euros', 'pence', 'cents', 'yen', 'rupees', 'hectares',
  'acres', 'calories', 'kcal', 'words', 'rpm', 'mph', 'kph', 'mw', 'kw', 'gw', 'mwh', 'kwh', 'cc', 'hp', 'bhp',
  'students', 'pupils', 'patients', 'cases', 'deaths', 'victims', 'children', 'adults', 'residents', 'refugees',
  'migrants', 'units', 'vehicles', 'cars', 'flights', 'passengers', 'beds', 'doctors', 'nurses', 'teachers',
  'companies', 'firms', 'shares', 'barrels', 'litres', 'liters', 'gallons', 'rounds', 'matches', 'laps',
  'times', 'copies', 'visitors', 'fans', 'spectators', 'participants', 'delegates', 'signatures', 'complaints',
  'hours', 'hrs', 'gmt', 'bst', 'utc', 'cet', 'et', 'est', 'edt', 'pst', 'pdt', 'local', 'per', 'percent', 'degrees',
  'sq', 'square', 'cubic', 'mm', 'cm', 'ml', 'mg', 'g', 'bn', 'million', 'billion', 'thousand', 'out', 'strong',
  'horsepower', 'items', 'pieces', 'sites', 'schools', 'hospitals', 'stores', 'shops', 'branches', 'bodies', 'pages',
]);

/** Plural-looking words that may follow a year: "2024 elections", "2019 levels", "the 2012 Olympics". */
export const YEAR_PLURAL_NOUNS = new Set([
  'elections', 'olympics', 'games', 'championships', 'finals', 'playoffs', 'accounts', 'results', 'figures', 'accords',
  'protests', 'riots', 'floods', 'attacks', 'talks', 'polls', 'budgets', 'negotiations', 'midterms', 'rankings',
  'sanctions', 'levels', 'prices', 'standards', 'rules', 'regulations', 'reforms', 'agreements', 'statistics', 'data',
  'awards', 'oscars', 'emmys', 'grammys', 'baftas', 'primaries', 'hearings', 'earnings', 'forecasts', 'guidelines',
  'events', 'campaigns', 'wildfires', 'fires', 'bombings', 'uprisings', 'unrest', 'crisis', 'heatwaves', 'lockdowns', 'restrictions',
]);

/** Words that may follow a year ending in s without being plural nouns. */
export const S_FUNCTION_WORDS = new Set([
  'was', 'has', 'this', 'its', 'his', 'hers', 'across', 'towards', 'versus', 'vs', 'unless', 'whereas', 'besides',
  'does', 'goes', 'says', 'plus', 'thus', 'always', 'perhaps', 'is', 'as', 'us', 'yes', 'less', 'process',
]);

/**
 * Nouns of a statistic or its release: a month named as its period ("data for October", "the November jobs
 * report", "October's inflation figures") is the period the figures cover, not the time of the verb nearby.
 */
export const STATISTIC_NOUNS = new Set([
  'data', 'figures', 'figure', 'numbers', 'statistics', 'stats', 'report', 'reading', 'readings', 'payrolls', 'sales',
  'output', 'inflation', 'unemployment', 'survey', 'index', 'pmi', 'cpi', 'earnings', 'exports', 'imports', 'prices',
  'production', 'spending', 'borrowing', 'lending', 'approvals',
]);
