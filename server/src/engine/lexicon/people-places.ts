// Places that news copy names without a cue word: countries, capitals and major cities, states and
// regions. A capitalised word found here is not a person unless an honorific or a role says so
// ("Mr Jordan", "Judge London"). Multi-word places are listed whole ("New York", "Hong Kong").

const COUNTRIES =
  'Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas|Bahrain|Bangladesh|' +
  'Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Herzegovina|Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|' +
  'Burundi|Cambodia|Cameroon|Canada|Chad|Chile|China|Colombia|Comoros|Congo|Costa Rica|Croatia|Cuba|Cyprus|Czechia|' +
  'Czech Republic|Denmark|Djibouti|Dominica|Dominican Republic|Ecuador|Egypt|El Salvador|Eritrea|Estonia|Eswatini|' +
  'Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|Grenada|Guatemala|Guinea|Guyana|Haiti|' +
  'Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Jamaica|Japan|Jordan|Kazakhstan|Kenya|' +
  'Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|' +
  'Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Mauritania|Mauritius|Mexico|Micronesia|Moldova|Monaco|Mongolia|' +
  'Montenegro|Morocco|Mozambique|Myanmar|Burma|Namibia|Nauru|Nepal|Netherlands|Holland|New Zealand|Nicaragua|Niger|' +
  'Nigeria|North Korea|North Macedonia|Macedonia|Norway|Oman|Pakistan|Palau|Palestine|Panama|Papua New Guinea|Paraguay|' +
  'Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Samoa|San Marino|Saudi Arabia|Senegal|Serbia|Seychelles|' +
  'Sierra Leone|Singapore|Slovakia|Slovenia|Somalia|South Africa|South Korea|South Sudan|Spain|Sri Lanka|Sudan|' +
  'Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Timor-Leste|Togo|Tonga|Trinidad|Tobago|' +
  'Tunisia|Turkey|Türkiye|Turkmenistan|Tuvalu|Uganda|Ukraine|United Arab Emirates|United Kingdom|United States|' +
  'United States of America|America|Uruguay|Uzbekistan|Vanuatu|Vatican|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|' +
  'Britain|Great Britain|England|Scotland|Wales|Northern Ireland|Gaza|West Bank|Crimea|Donbas|Donbass|Greenland|' +
  'Puerto Rico|Hong Kong|Macau|Tibet|Kashmir|Chechnya|Kurdistan|Catalonia|Flanders|Bavaria|Siberia|Balkans|Baltics|' +
  'Caucasus|Sahel|Scandinavia|Europe|Asia|Africa|Antarctica|Arctic|Oceania|Eurasia|Middle East|Near East|Far East|' +
  'Latin America|South America|North America|Central America|Caribbean|Mediterranean|Pacific|Atlantic|Gulf';

const CITIES =
  'London|Paris|Berlin|Madrid|Rome|Lisbon|Dublin|Brussels|Amsterdam|The Hague|Vienna|Prague|Warsaw|Budapest|Bucharest|' +
  'Sofia|Athens|Belgrade|Zagreb|Ljubljana|Bratislava|Vilnius|Riga|Tallinn|Helsinki|Stockholm|Oslo|Copenhagen|Reykjavik|' +
  'Bern|Geneva|Zurich|Luxembourg|Valletta|Nicosia|Ankara|Istanbul|Moscow|St Petersburg|Saint Petersburg|Kyiv|Kiev|' +
  'Kharkiv|Odesa|Odessa|Lviv|Dnipro|Zaporizhzhia|Mariupol|Kherson|Bakhmut|Donetsk|Luhansk|Minsk|Chisinau|Tbilisi|' +
  'Yerevan|Baku|Tehran|Baghdad|Damascus|Beirut|Amman|Jerusalem|Tel Aviv|Ramallah|Cairo|Riyadh|Jeddah|Doha|Dubai|' +
  'Abu Dhabi|Muscat|Sanaa|Kabul|Islamabad|Karachi|Lahore|Delhi|New Delhi|Mumbai|Kolkata|Chennai|Bangalore|Bengaluru|' +
  'Dhaka|Colombo|Kathmandu|Beijing|Shanghai|Shenzhen|Guangzhou|Wuhan|Taipei|Tokyo|Osaka|Seoul|Pyongyang|Manila|Jakarta|' +
  'Bangkok|Hanoi|Kuala Lumpur|Canberra|Sydney|Melbourne|Brisbane|Perth|Auckland|Wellington|Nairobi|Lagos|Abuja|' +
  'Johannesburg|Cape Town|Pretoria|Kinshasa|Addis Ababa|Khartoum|Tripoli|Tunis|Algiers|Rabat|Casablanca|Dakar|Accra|' +
  'Kampala|Kigali|Harare|Lusaka|Mogadishu|Washington|New York|Los Angeles|Chicago|Houston|Phoenix|Philadelphia|' +
  'San Antonio|San Diego|Dallas|San Francisco|Seattle|Boston|Miami|Atlanta|Denver|Detroit|Baltimore|Las Vegas|' +
  'Nashville|Austin|Pittsburgh|Cleveland|Minneapolis|New Orleans|Orlando|Tampa|Sacramento|Portland|St Louis|' +
  'Kansas City|Salt Lake City|Honolulu|Anchorage|Brooklyn|Manhattan|Queens|Bronx|Harlem|Silicon Valley|Hollywood|' +
  'Ann Arbor|Columbus|Cincinnati|Indianapolis|Milwaukee|Louisville|Memphis|Charlotte|Raleigh|Richmond|Buffalo|' +
  'Albany|Hartford|Providence|Newark|Jersey City|Oakland|San Jose|Fresno|Tucson|Albuquerque|El Paso|Fort Worth|' +
  'Oklahoma City|Omaha|Des Moines|Little Rock|Birmingham|Jacksonville|St Petersburg|Tallahassee|Savannah|Boise|' +
  'Spokane|Tacoma|Reno|Santa Fe|Cheyenne|Bismarck|Fargo|Sioux Falls|Madison|Green Bay|Grand Rapids|Flint|Toledo|' +
  'Akron|Dayton|Lexington|Knoxville|Chattanooga|Mobile|Baton Rouge|Shreveport|Galveston|Palo Alto|Cupertino|' +
  'Toronto|Montreal|Vancouver|Ottawa|Calgary|Mexico City|Havana|Caracas|Bogota|Bogotá|Lima|Quito|Santiago|' +
  'Buenos Aires|Montevideo|Brasilia|Brasília|Rio de Janeiro|Sao Paulo|São Paulo|Manchester|Birmingham|Liverpool|Leeds|' +
  'Sheffield|Bristol|Newcastle|Nottingham|Leicester|Coventry|Bradford|Cardiff|Swansea|Belfast|Derry|Edinburgh|' +
  'Glasgow|Aberdeen|Dundee|Inverness|Oxford|Cambridge|Brighton|Southampton|Portsmouth|Plymouth|Norwich|Exeter|York|' +
  'Hull|Sunderland|Middlesbrough|Stoke|Wolverhampton|Derby|Reading|Luton|Milton Keynes|Westminster|Whitehall|' +
  'Holyrood|Salisbury|Canterbury|Dover|Kent|Essex|Surrey|Sussex|Yorkshire|Lancashire|Cornwall|Devon|Cumbria|Hamburg|' +
  'Munich|Frankfurt|Cologne|Stuttgart|Dusseldorf|Düsseldorf|Leipzig|Dresden|Lyon|Marseille|Toulouse|Nice|Bordeaux|' +
  'Strasbourg|Milan|Naples|Turin|Florence|Venice|Barcelona|Valencia|Seville|Bilbao|Porto|Rotterdam|Antwerp|Gdansk|' +
  'Krakow|Kraków|Davos|Sochi|Vladivostok|Novosibirsk|Minsk|Aleppo|Idlib|Mosul|Basra|Rafah|Khan Younis|Gaza City|' +
  'Anchorage|Alaska|Hawaii|California|Texas|Florida|New Jersey|Pennsylvania|Ohio|Michigan|Illinois|Wisconsin|' +
  'Minnesota|Iowa|Missouri|Arizona|Nevada|Colorado|Utah|Oregon|Idaho|Montana|Wyoming|Nebraska|Kansas|Oklahoma|' +
  'Arkansas|Louisiana|Mississippi|Alabama|Tennessee|Kentucky|Indiana|Virginia|West Virginia|North Carolina|' +
  'South Carolina|Maryland|Delaware|Connecticut|Rhode Island|Massachusetts|Vermont|New Hampshire|Maine|' +
  'North Dakota|South Dakota|New Mexico|Quebec|Ontario|Alberta|British Columbia|Queensland|Victoria|Tasmania|' +
  'Normandy|Brittany|Provence|Tuscany|Sicily|Sardinia|Corsica|Andalusia|Bavaria|Saxony|Silesia|Galicia|Lombardy|' +
  'Iowa|Ohio|Capitol Hill|Wall Street|Downing Street|Fleet Street|Whitehall|Brussels|Strasbourg|Kremlin|Pentagon|' +
  'Vatican|Elysee|Élysée|Bundestag|Knesset|Duma';

const list = (s: string) => s.split('|');

/** Single- and multi-word place names, lower case. */
export const PLACES: ReadonlySet<string> = new Set([...list(COUNTRIES), ...list(CITIES)].map((p) => p.toLowerCase()));

/** Countries and regions, lower case: one of these inside a run of names makes it a thing ("Nazi Germany", "America First"). */
export const COUNTRY_NAMES: ReadonlySet<string> = new Set(list(COUNTRIES).map((p) => p.toLowerCase()));

/** Places that are also common given names or surnames ("Michael Jordan", "Lloyd Austin", "Denzel Washington"). */
export const NAME_LIKE_PLACES: ReadonlySet<string> = new Set([
  'jordan', 'chad', 'georgia', 'israel', 'ireland', 'holland', 'england', 'france', 'wales', 'victoria', 'austin',
  'houston', 'dallas', 'phoenix', 'washington', 'lincoln', 'jackson', 'kent', 'york', 'derby', 'reading', 'florence',
  'paris', 'sydney', 'chester', 'orlando', 'denver', 'cleveland', 'nice', 'perth', 'santiago', 'vienna', 'virginia',
  'carolina', 'dakota', 'montana', 'indiana', 'brooklyn', 'madison', 'savannah', 'charlotte', 'lourdes', 'regina',
  'adelaide', 'hamilton', 'wellington', 'essex', 'devon', 'cornwall',
]);
