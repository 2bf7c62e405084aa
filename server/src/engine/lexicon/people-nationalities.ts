// Nationality and regional adjectives and demonyms ("Ukrainian", "Europeans"): capitalised, never a name.
// In a role they say whose office it is ("Ukrainian President", "the Dutch economy minister").

const ADJECTIVES =
  'Afghan|Albanian|Algerian|American|Andorran|Angolan|Argentine|Argentinian|Armenian|Australian|Austrian|Azerbaijani|' +
  'Azeri|Bahraini|Bangladeshi|Belarusian|Belgian|Beninese|Bolivian|Bosnian|Brazilian|British|Bruneian|Bulgarian|' +
  'Burmese|Burundian|Cambodian|Cameroonian|Canadian|Chadian|Chilean|Chinese|Colombian|Congolese|Croatian|Cuban|' +
  'Cypriot|Czech|Danish|Dominican|Dutch|Ecuadorian|Egyptian|Emirati|English|Eritrean|Estonian|Ethiopian|Fijian|Filipino|' +
  'Finnish|French|Gabonese|Gambian|Georgian|German|Ghanaian|Greek|Guatemalan|Guinean|Haitian|Honduran|Hungarian|' +
  'Icelandic|Indian|Indonesian|Iranian|Iraqi|Irish|Israeli|Italian|Ivorian|Jamaican|Japanese|Jordanian|Kazakh|Kenyan|' +
  'Korean|Kosovan|Kosovar|Kuwaiti|Kyrgyz|Lao|Latvian|Lebanese|Liberian|Libyan|Lithuanian|Luxembourgish|Macedonian|' +
  'Malagasy|Malawian|Malaysian|Maldivian|Malian|Maltese|Mauritanian|Mexican|Moldovan|Mongolian|Montenegrin|Moroccan|' +
  'Mozambican|Namibian|Nepali|Nepalese|Nicaraguan|Nigerian|Nigerien|Norwegian|Omani|Pakistani|Palestinian|Panamanian|' +
  'Paraguayan|Persian|Peruvian|Polish|Portuguese|Qatari|Romanian|Russian|Rwandan|Salvadoran|Samoan|Saudi|Scottish|' +
  'Senegalese|Serbian|Sierra Leonean|Singaporean|Slovak|Slovakian|Slovenian|Somali|Spanish|Sri Lankan|Sudanese|' +
  'Swedish|Swiss|Syrian|Taiwanese|Tajik|Tanzanian|Thai|Tibetan|Togolese|Tunisian|Turkish|Turkmen|Ugandan|Ukrainian|' +
  'Uruguayan|Uzbek|Venezuelan|Vietnamese|Welsh|Yemeni|Zambian|Zimbabwean|European|Asian|African|Arab|Arabian|' +
  'Latin|Latino|Latina|Hispanic|Caribbean|Scandinavian|Nordic|Baltic|Balkan|Slavic|Western|Eastern|Northern|Southern|' +
  'Central|Middle|Atlantic|Pacific|Mediterranean|Gulf|Soviet|Ottoman|Roman|Byzantine|Anglo|Franco|Sino|Kurdish|' +
  'Catalan|Basque|Flemish|Walloon|Bavarian|Texan|Californian|Floridian|Cornish|Londoner|Muslim|Christian|Jewish|' +
  'Kentuckian|Virginian|Ohioan|Iowan|Arizonan|Pennsylvanian|Washingtonian|Chicagoan|Bostonian|Brooklynite|' +
  'Michigander|Minnesotan|Coloradan|Oregonian|Alaskan|Hawaiian|Vermonter|Carolinian|Tennessean|Georgian|Alabamian|' +
  'Parisian|Muscovite|Berliner|Glaswegian|Mancunian|Liverpudlian|Scouser|Geordie|Yorkshireman|Cornishman|Dubliner|' +
  'Latinos|Latinas|Hispanics|Arabs|Evangelicals|Mormons|Sikhs|Hindus|Buddhists|Shiites|Sunnis|' +
  'Catholic|Protestant|Orthodox|Sunni|Shia|Shiite|Hindu|Sikh|Buddhist|Transatlantic|Commonwealth|Western-backed|' +
  'Islamic|Islamist|Jihadist|Nazi|Fascist|Zionist|Evangelical|Mormon|Maoist|Marxist|Leninist|Soviet-era';

const DEMONYMS =
  'Americans|Britons|Brits|Europeans|Ukrainians|Russians|Germans|Italians|Spaniards|Poles|Swedes|Danes|Norwegians|' +
  'Finns|Greeks|Turks|Israelis|Palestinians|Iranians|Iraqis|Syrians|Afghans|Pakistanis|Indians|Chinese|Japanese|' +
  'Koreans|Australians|Canadians|Mexicans|Brazilians|Argentines|Africans|Asians|Arabs|Kurds|Scots|Welsh|Irish|' +
  'French|Dutch|Belgians|Swiss|Austrians|Hungarians|Czechs|Slovaks|Romanians|Bulgarians|Serbs|Croats|Muslims|' +
  'Christians|Jews|Catholics|Democrats|Republicans|Conservatives|Liberals|Tories|Remainers|Brexiteers|Americans';

/**
 * One person of a nation, written before their name as a description ("the Frenchman Hugo Lemarchand", "the
 * Spaniard Carlos Alcaraz"). Not "Finn" or "Dane": those are given names too.
 */
const SINGULAR_DEMONYMS =
  'Frenchman|Frenchwoman|Englishman|Englishwoman|Scotsman|Scotswoman|Welshman|Welshwoman|Irishman|Irishwoman|' +
  'Dutchman|Dutchwoman|Cornishwoman|Yorkshirewoman|Spaniard|Briton|Swede|Pole|Turk|Kurd|Serb|Croat|Slovene|Kiwi|Aussie';

/** Lower case. */
export const NATIONALITIES: ReadonlySet<string> = new Set([...ADJECTIVES.split('|'), ...DEMONYMS.split('|'), ...SINGULAR_DEMONYMS.split('|')].map((w) => w.toLowerCase()));

/** Country short forms written before an office: "US President", "UK Prime Minister", "EU Commissioner". */
export const COUNTRY_SHORT_FORMS: ReadonlySet<string> = new Set(['us', 'u.s', 'uk', 'u.k', 'eu', 'e.u', 'un', 'u.n', 'usa', 'uae', 'drc', 'nato']);
