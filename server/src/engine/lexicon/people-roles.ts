// The vocabulary of roles in news English: the nouns that name an office or occupation ("minister",
// "envoy", "analyst"), the words that modify them ("deputy", "foreign", "economy"), and the ranks that
// stack after an office ("Chief of Defence Staff Admiral Sir Tony Radakin"). Lower case throughout.

/** Nouns that make a phrase a role: "the Dutch economy minister", "an analyst at Kestrel Research". */
export const ROLE_HEADS: ReadonlySet<string> = new Set([
  // government and politics
  'president', 'vice-president', 'president-elect', 'minister', 'premier', 'chancellor', 'secretary',
  'secretary-general', 'envoy', 'ambassador', 'diplomat', 'consul', 'commissioner', 'senator', 'representative',
  'congressman', 'congresswoman', 'lawmaker', 'legislator', 'governor', 'lieutenant-governor', 'mayor', 'councillor',
  'councilor', 'councilman', 'councilwoman', 'alderman', 'assemblyman', 'assemblywoman', 'delegate', 'mp', 'mep',
  'msp', 'mla', 'td', 'taoiseach', 'tánaiste', 'tanaiste', 'peer', 'leader', 'chief', 'head', 'speaker', 'whip', 'spokesperson', 'spokesman',
  'spokeswoman', 'adviser', 'advisor', 'aide', 'strategist', 'pollster', 'candidate', 'nominee',
  'official', 'officer', 'counsel', 'chair', 'chairman', 'chairwoman', 'chairperson', 'vice-chair', 'director', 'deputy',
  'treasurer', 'comptroller', 'auditor', 'attorney', 'attorney-general', 'solicitor', 'solicitor-general', 'barrister',
  'lawyer', 'prosecutor', 'judge', 'justice', 'magistrate', 'coroner', 'clerk', 'ombudsman', 'monarch',
  'king', 'queen', 'prince', 'princess', 'duke', 'duchess', 'earl', 'emperor', 'sheikh', 'emir', 'sultan', 'ayatollah',
  'pope', 'cardinal', 'archbishop', 'bishop', 'priest', 'vicar', 'rabbi', 'imam', 'pastor', 'reverend', 'chaplain',
  // security
  'general', 'admiral', 'colonel', 'lieutenant', 'captain', 'major', 'sergeant', 'corporal', 'commander', 'marshal',
  'brigadier', 'commodore', 'commandant', 'soldier', 'veteran', 'pilot', 'constable', 'detective', 'inspector',
  'superintendent', 'sheriff', 'deputy-sheriff', 'trooper', 'agent', 'investigator', 'chief-of-staff',
  // business and finance
  'executive', 'ceo', 'cfo', 'coo', 'cto', 'founder', 'co-founder', 'owner', 'partner', 'investor', 'banker', 'trader',
  'broker', 'economist', 'analyst', 'accountant', 'consultant', 'manager', 'boss', 'entrepreneur', 'shareholder',
  // science, health, education
  'professor', 'lecturer', 'researcher', 'scientist', 'academic', 'scholar', 'historian', 'physicist', 'chemist',
  'biologist', 'epidemiologist', 'virologist', 'immunologist', 'psychologist', 'psychiatrist', 'sociologist',
  'astronomer', 'engineer', 'doctor', 'physician', 'surgeon', 'nurse', 'midwife', 'paramedic', 'pharmacist',
  'dean', 'provost', 'rector', 'principal', 'headteacher', 'headmaster', 'headmistress', 'teacher', 'student',
  // media, culture, civil society
  'editor', 'correspondent', 'reporter', 'journalist', 'columnist', 'commentator', 'broadcaster', 'presenter',
  'host', 'anchor', 'moderator', 'pundit', 'blogger', 'podcaster', 'influencer', 'spokesperson',
  'photographer', 'author', 'writer', 'novelist', 'poet', 'playwright', 'director', 'producer', 'actor', 'actress',
  'singer', 'musician', 'artist', 'designer', 'architect', 'activist', 'campaigner', 'organiser', 'organizer',
  'laureate', 'councilmember', 'councilwoman', 'alderwoman', 'assemblymember', 'supervisor', 'selectman', 'director-general',
  'seed', 'finalist', 'runner-up', 'titleholder', 'qualifier', 'debutant',
  'right-hander', 'left-hander', 'reliever', 'closer', 'starter', 'shortstop', 'catcher', 'outfielder', 'infielder',
  'slugger', 'baseman', 'hitter', 'rookie', 'receiver', 'linebacker', 'lineman', 'kicker', 'punter', 'centre-back',
  'center-back', 'full-back', 'fullback', 'fly-half', 'scrum-half', 'flanker', 'wicketkeeper', 'spinner', 'seamer',
  'all-rounder', 'caddie', 'physio', 'physicist', 'chemist', 'engineer', 'officer', 'organizer', 'campaigner',
  'baker', 'butcher', 'grocer', 'trader', 'publican', 'landlady', 'florist', 'hairdresser', 'barber', 'tailor',
  'negotiator', 'mediator', 'arbitrator', 'patron', 'benefactor', 'donor', 'fundraiser', 'organiser',
  'neuroscientist', 'geneticist', 'ecologist', 'climatologist', 'meteorologist', 'seismologist', 'oncologist',
  'cardiologist', 'paediatrician', 'pediatrician', 'statistician', 'mathematician', 'anthropologist', 'archaeologist',
  'demographer', 'co-author', 'nutritionist', 'dietitian', 'dentist', 'vet', 'veterinarian', 'therapist', 'counsellor',
  'composer', 'conductor', 'painter', 'sculptor', 'pianist', 'violinist', 'cellist', 'guitarist', 'drummer', 'dancer',
  'choreographer', 'curator', 'filmmaker', 'screenwriter', 'comedian', 'illustrator', 'cartoonist', 'biographer',
  'daughter', 'son', 'wife', 'husband', 'brother', 'sister', 'fiancée', 'fiancee', 'fiancé', 'niece', 'nephew', 'cousin',
  'uncle', 'aunt', 'granddaughter', 'grandson', 'stepson', 'stepdaughter',
  'librarian', 'pensioner', 'retiree', 'carer', 'cleaner', 'builder', 'plumber', 'electrician', 'mechanic', 'chef',
  'waiter', 'waitress', 'bartender', 'cashier', 'firefighter', 'caretaker', 'gardener', 'lorry', 'trucker',
  'mother', 'father', 'grandmother', 'grandfather', 'parent', 'widow', 'widower', 'neighbour', 'neighbor',
  'volunteer', 'critic', 'expert', 'specialist', 'fellow', 'member', 'trustee', 'organiser', 'resident', 'farmer',
  'shopkeeper', 'landlord', 'tenant', 'witness', 'victim', 'survivor', 'defendant', 'claimant', 'plaintiff',
  // sport
  'coach', 'manager', 'striker', 'midfielder', 'defender', 'goalkeeper', 'winger', 'forward', 'quarterback',
  'pitcher', 'batsman', 'batter', 'bowler', 'all-rounder', 'jockey', 'trainer', 'referee', 'umpire', 'player',
  'athlete', 'champion', 'rival', 'challenger', 'incumbent', 'contender', 'frontrunner', 'front-runner', 'hopeful', 'sprinter', 'runner', 'swimmer', 'cyclist', 'driver', 'boxer', 'golfer', 'skipper',
]);

/** Words that modify a role noun before it: "deputy", "former", "economy", "foreign", "shadow". */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set([
  'former', 'acting', 'interim', 'outgoing', 'incoming', 'departing', 'then', 'current', 'new', 'newly', 'elected',
  'appointed', 'designate', 'deputy', 'vice', 'assistant', 'associate', 'junior', 'senior', 'chief', 'principal',
  'executive', 'managing', 'general', 'special', 'top', 'lead', 'head', 'shadow', 'opposition', 'prime', 'first',
  'second', 'permanent', 'lord', 'high', 'supreme', 'district', 'federal', 'state', 'county', 'city', 'local',
  'regional', 'national', 'international', 'foreign', 'home', 'defence', 'defense', 'finance', 'financial', 'economy',
  'economic', 'economics', 'trade', 'business', 'industry', 'energy', 'environment', 'environmental', 'climate',
  'health', 'education', 'justice', 'interior', 'transport', 'transportation', 'housing', 'culture', 'sport', 'sports',
  'agriculture', 'labour', 'labor', 'employment', 'work', 'immigration', 'security', 'intelligence', 'digital',
  'science', 'technology', 'treasury', 'budget', 'communications', 'tourism', 'fisheries', 'veterans', 'equalities',
  'europe', 'brexit', 'cabinet', 'development', 'infrastructure', 'affairs', 'policy', 'political', 'legal', 'medical',
  'council', 'parish', 'borough', 'ward', 'town', 'group', 'committee', 'board', 'research', 'investment', 'market', 'markets', 'equity', 'credit', 'fund', 'portfolio', 'bank', 'central', 'press',
  'news', 'foreign-affairs', 'military', 'police', 'army', 'navy', 'air', 'force', 'staff', 'party', 'union', 'campaign',
  'presidential', 'parliamentary', 'congressional', 'legislative', 'judicial', 'conservative', 'labour', 'liberal',
  'democratic', 'republican', 'independent', 'green', 'centrist', 'leftwing', 'rightwing', 'left-wing', 'right-wing',
  'far-right', 'far-left', 'veteran', 'long-serving', 'longtime', 'long-time', 'leading', 'prominent', 'respected',
  'renowned', 'outspoken', 'retired', 'fellow', 'young', 'club', 'team', 'squad', 'england', 'football', 'rugby',
  'cricket', 'tennis', 'golf', 'olympic', 'world', 'assistant', 'crown', 'circuit', 'appeals', 'appeal', 'high-court',
  'family', 'criminal', 'civil', 'data', 'software', 'global', 'regional', 'chief-of-staff', 'public', 'private',
  'independent', 'non-executive', 'co', 'vice-', 'lord', 'foreign-policy', 'trade-union', 'human', 'rights', 'senior',
  'aviation', 'maritime', 'space', 'nuclear', 'arms', 'peace', 'ethics', 'consumer', 'retail', 'property', 'oil', 'gas',
]);

/** Ranks that may follow an office in one title ("Chief of Defence Staff Admiral"): split into two roles. */
export const RANKS: ReadonlySet<string> = new Set([
  'admiral', 'general', 'colonel', 'lieutenant', 'captain', 'major', 'sergeant', 'corporal', 'commander', 'marshal',
  'brigadier', 'commodore', 'adm', 'gen', 'col', 'lt', 'capt', 'maj', 'sgt', 'cpl', 'cdr', 'cmdr', 'brig',
  'inspector', 'superintendent', 'constable', 'insp', 'supt', 'con',
]);

/** Small words that join a role to its complement in apposition: "an analyst at Kestrel Research", "head of policy". */
export const ROLE_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'and', '&', 'to', 'at', 'on', 'in', 'the', 'with', 'from']);

/** Small words inside a title written before a name: "Secretary of State", "Minister for Women and Equalities". */
export const TITLE_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'and', '&', 'the']);

/** Words that qualify a role without changing who holds it: "the former president" still finds the president. */
export const TIME_QUALIFIERS: ReadonlySet<string> = new Set(['former', 'then', 'current', 'outgoing', 'incoming', 'new', 'newly', 'sitting', 'acting', 'interim']);

/**
 * Words written capitalised in a title before a name ("NATO Secretary-General Mark Rutte", "Foreign
 * Secretary David Lammy", "Chief Executive Tim Cook"): a run of capitalised words is split after the last
 * of them, and what follows is the name. Words that are also common given names or surnames ("Dean",
 * "Player", "Driver") are left out; "Major" and "King" only count before a name, never after one.
 */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'president', 'vice', 'vice-president', 'president-elect', 'prime', 'minister', 'chancellor', 'secretary',
  'secretary-general', 'envoy', 'ambassador', 'commissioner', 'governor', 'mayor', 'senator', 'judge', 'justice',
  'chairman', 'chairwoman', 'chair', 'chairperson', 'director', 'director-general', 'chief', 'executive', 'officer',
  'leader', 'speaker', 'deputy', 'foreign', 'home', 'defence', 'defense', 'special', 'attorney', 'attorney-general',
  'solicitor', 'solicitor-general', 'surgeon', 'press', 'spokesman', 'spokeswoman', 'spokesperson', 'coach', 'manager',
  'captain', 'professor', 'premier', 'councillor', 'councilor', 'councilman', 'councilwoman', 'congressman',
  'congresswoman', 'representative', 'mp', 'mep', 'msp', 'mla', 'ceo', 'cfo', 'founder', 'co-founder', 'editor',
  'general', 'admiral', 'colonel', 'lieutenant', 'sergeant', 'commander', 'marshal', 'brigadier', 'inspector',
  'detective', 'constable', 'superintendent', 'sheriff', 'pope', 'king', 'queen', 'prince', 'princess', 'sheikh',
  'emir', 'ayatollah', 'cardinal', 'archbishop', 'bishop', 'rabbi', 'imam', 'reverend', 'head', 'shadow', 'acting',
  'interim', 'former', 'health', 'finance', 'treasury', 'interior', 'economy', 'trade', 'energy', 'culture',
  'education', 'transport', 'environment', 'agriculture', 'opposition', 'minority', 'majority', 'whip', 'first',
  'major', 'envoy', 'diplomat', 'correspondent', 'analyst', 'economist', 'adviser', 'advisor', 'aide', 'strategist',
  'nominee', 'candidate', 'lawmaker', 'legislator', 'delegate', 'magistrate', 'coroner', 'commodore', 'corporal',
  'trooper', 'agent', 'warden', 'provost', 'rector', 'principal', 'headteacher', 'owner', 'striker',
  'midfielder', 'defender', 'goalkeeper', 'winger', 'quarterback', 'boss', 'skipper', 'referee', 'umpire',
  'assistant', 'associate', 'managing', 'senior', 'junior', 'counsel', 'host', 'anchor', 'producer', 'columnist',
  'moderator', 'reporter', 'correspondent', 'councilmember', 'alderwoman', 'assemblymember', 'supervisor', 'rival', 'challenger', 'incumbent', 'contender', 'frontrunner', 'front-runner', 'hopeful',
]);

/** Party and movement labels written before a name ("Democrat Hillary Clinton", "Tory Jacob Rees-Mogg"): not part of it. */
export const AFFILIATIONS: ReadonlySet<string> = new Set([
  'democrat', 'democrats', 'democratic', 'republican', 'republicans', 'gop', 'labour', 'tory', 'tories', 'conservative',
  'liberal', 'lib', 'dem', 'green', 'socialist', 'communist', 'independent', 'progressive', 'centrist', 'populist',
  'nationalist', 'unionist', 'loyalist', 'republican-led', 'democratic-led', 'sinn', 'fein', 'maga',
]);

/** A role noun, or a hyphenated word ending in one ("director-general", "co-founder", "ex-wife"); lower case. */
export function isRoleNoun(word: string): boolean {
  if (ROLE_HEADS.has(word)) return true;
  const dash = word.lastIndexOf('-');
  return dash > 0 && ROLE_HEADS.has(word.slice(dash + 1));
}
