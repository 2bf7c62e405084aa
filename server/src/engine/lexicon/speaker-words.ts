// Words around a speaker's name: the titles and role nouns that precede it ("UK Prime Minister Keir
// Starmer", "special envoy Steve Witkoff"), the determiners that open an anonymous source's description
// ("a senior EU diplomat"), and capitalised words that are never a name (sentence-initial "However").

/** Titles written before a name, capitalised; dropped when a name stands as the speaker without a people index. */
export const NAME_TITLES: ReadonlySet<string> = new Set([
  'president', 'vice', 'prime', 'minister', 'secretary', 'secretary-general', 'general', 'chancellor', 'senator',
  'sen.', 'sen', 'rep.', 'rep', 'representative', 'congressman', 'congresswoman', 'gov.', 'gov', 'governor', 'mayor',
  'judge', 'justice', 'chief', 'admiral', 'adm.', 'gen.', 'col.', 'colonel', 'lt.', 'lieutenant', 'sgt.', 'sergeant',
  'capt.', 'captain', 'commissioner', 'chairman', 'chairwoman', 'chair', 'director', 'ambassador', 'envoy', 'special',
  'deputy', 'foreign', 'defence', 'defense', 'home', 'health', 'finance', 'treasury', 'state', 'attorney', 'speaker',
  'leader', 'councillor', 'councilman', 'councilwoman', 'coach', 'manager', 'professor', 'prof.', 'dr.', 'dr', 'doctor',
  'rev.', 'reverend', 'father', 'pope', 'cardinal', 'bishop', 'archbishop', 'king', 'queen', 'prince', 'princess',
  'lord', 'lady', 'sir', 'dame', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'mx', 'ceo', 'executive', 'officer',
  'commander', 'inspector', 'detective', 'sheriff', 'constable', 'superintendent', 'marshal', 'field', 'major',
  'corporal', 'brigadier', 'senior', 'republican', 'democrat', 'democratic', 'labour', 'conservative', 'tory',
  'liberal', 'independent', 'former', 'acting', 'interim', 'presidential', 'candidate', 'nominee', 'opposition',
  'councillor', 'assemblyman', 'assemblywoman', 'delegate', 'chancellor', 'baroness', 'baron', 'earl', 'duke',
  'duchess', 'sheikh', 'emir', 'ayatollah', 'rabbi', 'imam', 'pastor', 'sister', 'brother', 'auditor', 'comptroller',
  'controller', 'treasurer', 'clerk', 'provost', 'dean', 'principal', 'superintendent', 'trooper', 'officer', 'agent',
  'spokesman', 'spokeswoman', 'spokesperson', 'analyst', 'economist', 'strategist', 'pollster', 'adviser', 'advisor',
  'aide', 'founder', 'co-founder', 'owner', 'president-elect', 'vice-president', 'first', 'deputy-leader', 'shadow',
  'mp', 'mep', 'mla', 'msp', 'ag', 'gop', 'u.s.', 'u.k.', 'us', 'uk', 'eu', 'un', 'nato', 'nhs', 'fbi', 'cia',
  'american', 'british', 'french', 'german', 'italian', 'spanish', 'russian', 'ukrainian', 'chinese', 'japanese',
  'indian', 'canadian', 'australian', 'irish', 'scottish', 'welsh', 'english', 'dutch', 'belgian', 'polish',
  'swedish', 'norwegian', 'danish', 'finnish', 'israeli', 'palestinian', 'iranian', 'iraqi', 'syrian', 'turkish',
  'egyptian', 'saudi', 'mexican', 'brazilian', 'argentine', 'european', 'african', 'asian', 'korean', 'north', 'south',
  'national', 'federal', 'county', 'city', 'district', 'supreme', 'court', 'high', 'appeals', 'crown', 'white', 'house',
]);

/** Words that open a description of a source ("a spokesperson", "the statement", "one official"). */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'one', 'another', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my',
  'your', 'some', 'several', 'many', 'few', 'two', 'three', 'four', 'five', 'six', 'both', 'each', 'every', 'other',
  'various', 'numerous', 'most', 'all',
]);

/** Lower-case words that can sit in a role before a name ("special envoy Steve Witkoff", "former adviser Jane Roe"). */
export const ROLE_WORDS: ReadonlySet<string> = new Set([
  'president', 'vice', 'prime', 'minister', 'secretary', 'chancellor', 'senator', 'governor', 'mayor', 'judge',
  'justice', 'chief', 'envoy', 'special', 'deputy', 'foreign', 'defence', 'defense', 'attorney', 'speaker', 'leader',
  'councillor', 'councilman', 'councilwoman', 'coach', 'manager', 'professor', 'doctor', 'spokesman', 'spokeswoman',
  'spokesperson', 'analyst', 'economist', 'strategist', 'pollster', 'adviser', 'advisor', 'aide', 'founder', 'owner',
  'executive', 'officer', 'commander', 'candidate', 'nominee', 'hopeful', 'rival', 'challenger', 'incumbent',
  'former', 'acting', 'interim', 'presidential', 'campaign', 'press', 'senior', 'top', 'longtime', 'veteran',
  'general', 'counsel', 'lawyer', 'attorney', 'director', 'chairman', 'chairwoman', 'chair', 'host', 'anchor',
  'correspondent', 'reporter', 'columnist', 'editor', 'writer', 'author', 'commentator', 'activist', 'organizer',
  'organiser', 'striker', 'midfielder', 'defender', 'goalkeeper', 'captain', 'forward', 'guard', 'quarterback',
  'pitcher', 'player', 'star', 'actor', 'actress', 'singer', 'rapper', 'comedian', 'billionaire', 'businessman',
  'businesswoman', 'entrepreneur', 'scientist', 'researcher', 'physicist', 'biologist', 'chemist', 'epidemiologist',
  'virologist', 'historian', 'expert', 'official', 'diplomat', 'ambassador', 'representative', 'congressman',
  'congresswoman', 'lawmaker', 'legislator', 'assemblyman', 'assemblywoman', 'delegate', 'state', 'party', 'opposition',
  'conservative', 'liberal', 'progressive', 'republican', 'democratic', 'gop', 'labour', 'tory', 'then', 'then-',
  'unnamed', 'anonymous', 'detective', 'inspector', 'sheriff', 'prosecutor', 'defendant', 'witness', 'victim',
  'resident', 'voter', 'supporter', 'critic', 'member', 'chief', 'head', 'trainer', 'manager', 'boss', 'owner',
]);

/** Capitalised words that begin sentences and clauses but never a speaker's name. */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'and', 'but', 'or', 'nor', 'so', 'yet', 'however', 'meanwhile', 'still', 'then', 'now', 'later',
  'earlier', 'also', 'in', 'on', 'at', 'for', 'with', 'after', 'before', 'when', 'while', 'although', 'though',
  'since', 'as', 'if', 'because', 'during', 'despite', 'following', 'according', 'asked', 'speaking', 'writing',
  'last', 'this', 'that', 'these', 'those', 'today', 'yesterday', 'tomorrow', 'tonight', 'it', 'he', 'she', 'they',
  'we', 'i', 'you', 'his', 'her', 'their', 'our', 'my', 'its', 'there', 'here', 'what', 'why', 'how', 'where',
  'who', 'which', 'whose', 'whom', 'indeed', 'instead', 'moreover', 'furthermore', 'nevertheless', 'thus', 'hence',
  'by', 'from', 'to', 'of', 'about', 'under', 'over', 'into', 'through', 'between', 'against', 'among', 'amid',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'no', 'yes', 'not',
  'even', 'just', 'only', 'once', 'both', 'either', 'neither', 'each', 'every', 'all', 'some', 'many', 'most',
  'several', 'such', 'other', 'another', 'more', 'less', 'much', 'first', 'second', 'finally', 'still', 'well',
  'oh', 'okay', 'ok', 'like', 'unlike', 'instead', 'perhaps', 'maybe', 'whether', 'until', 'unless', 'whereas',
  'said', 'says', 'told', 'added', 'wrote', 'adding', 'saying', 'one', 'two', 'three', 'photo', 'image', 'video',
  'related', 'advertisement', 'via',
  'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'moments', 'seconds', 'decades', 'later', 'soon', 'shortly',
]);

/** Heads of descriptions that can report something: people, bodies, documents ("the board writes", "the report notes"). */
export const SOURCE_HEADS: ReadonlySet<string> = new Set([
  'statement', 'report', 'study', 'survey', 'poll', 'letter', 'memo', 'email', 'editorial', 'article', 'website', 'site',
  'post', 'ad', 'advert', 'advertisement', 'release', 'document', 'filing', 'lawsuit', 'complaint', 'indictment',
  'ruling', 'order', 'opinion', 'verdict', 'campaign', 'board', 'group', 'committee', 'party', 'company', 'firm',
  'agency', 'department', 'ministry', 'office', 'government', 'administration', 'council', 'court', 'union',
  'newspaper', 'paper', 'magazine', 'network', 'channel', 'station', 'outlet', 'organisation', 'organization',
  'foundation', 'institute', 'association', 'coalition', 'alliance', 'team', 'club', 'league', 'federation',
  'police', 'army', 'military', 'embassy', 'spokesman', 'spokeswoman', 'spokesperson', 'headline', 'sign', 'banner',
  'tweet', 'message', 'note', 'transcript', 'video', 'book', 'memoir', 'speech', 'platform', 'bill', 'law', 'measure',
  'petition', 'placard', 'poster', 'leaflet', 'notice', 'warning', 'letters', 'emails', 'texts', 'ads', 'signs', 'banners',
]);

/**
 * Head nouns of a body's name that take "of", "on" or "for" before the rest of it ("Bank of England",
 * "Council on Foreign Relations", "Center for American Progress", "University of Chicago").
 */
export const BODY_HEADS: ReadonlySet<string> = new Set([
  'bank', 'council', 'center', 'centre', 'institute', 'institution', 'committee', 'commission', 'foundation',
  'association', 'society', 'union', 'federation', 'league', 'alliance', 'coalition', 'university', 'college',
  'school', 'academy', 'department', 'ministry', 'office', 'bureau', 'agency', 'authority', 'board', 'court',
  'party', 'church', 'museum', 'fund', 'trust', 'organisation', 'organization', 'chamber', 'house', 'corps',
  'campaign', 'conference', 'congress', 'network', 'project', 'forum', 'initiative', 'movement',
]);

/** Particles inside names ("Ursula von der Leyen", "Mohammed bin Salman"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'von', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'ben', 'dos', 'das', 'ter', 'zu', 'y',
]);

/** Heads of descriptions that denote a person (so "he"/"she" can refer to them). */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  ...ROLE_WORDS,
  'man', 'woman', 'person', 'boy', 'girl', 'father', 'mother', 'son', 'daughter', 'husband', 'wife', 'friend',
  'neighbour', 'neighbor', 'source', 'insider', 'worker', 'employee', 'student', 'teacher', 'nurse', 'patient',
  'officer', 'soldier', 'farmer', 'owner', 'fan', 'parent', 'protester', 'protestor',
]);

/** The plural of a person noun: "officials", "witnesses", "coaches". */
export function isPluralPersonNoun(w: string): boolean {
  return w.endsWith('s') && (PERSON_NOUNS.has(w.slice(0, -1)) || (w.endsWith('es') && PERSON_NOUNS.has(w.slice(0, -2))));
}

/** A person noun or its plural. */
export function isPersonNounOrPlural(w: string): boolean {
  return PERSON_NOUNS.has(w) || isPluralPersonNoun(w);
}

