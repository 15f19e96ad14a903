/**
 * Small hand-kept word lists for the rule-based first recogniser and for the title/description
 * extraction. They carry knowledge that capitalisation alone cannot: that "Russian" is a nationality,
 * not a place, and that "President" and "dictator" introduce a person. The head words that end names
 * ("… Bay", "… Party", "… Summit") are in `head-words.ts`.
 */

const words = (s: string): Set<string> => new Set(s.split('|'));

/** Buildings that stand for an institution: places by the guidelines, but named in half the news. */
export const BUILDINGS_OF_STATE = words('White House');

/** Countries, regions and large cities, as written in news copy, and the buildings of state. */
export const PLACES = new Set([
  ...words(
    'Afghanistan|Albania|Algeria|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahrain|Bangladesh|Belarus|Belgium|Bolivia|Bosnia|Brazil|Bulgaria|Burma|Cambodia|Cameroon|Canada|Chad|Chile|China|Colombia|Congo|Croatia|Cuba|Cyprus|Czech Republic|Denmark|Ecuador|Egypt|England|Eritrea|Estonia|Ethiopia|Europe|Finland|France|Gaza|Georgia|Germany|Ghana|Greece|Guatemala|Haiti|Honduras|Hong Kong|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Korea|North Korea|South Korea|Kosovo|Kuwait|Laos|Latvia|Lebanon|Libya|Lithuania|Luxembourg|Macedonia|Malaysia|Mali|Mexico|Moldova|Mongolia|Morocco|Mozambique|Myanmar|Nepal|Netherlands|New Zealand|Nicaragua|Niger|Nigeria|Norway|Oman|Pakistan|Palestine|Panama|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Saudi Arabia|Scotland|Senegal|Serbia|Singapore|Slovakia|Slovenia|Somalia|South Africa|Spain|Sri Lanka|Sudan|South Sudan|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Tibet|Tunisia|Turkey|Turkmenistan|Uganda|Ukraine|United Arab Emirates|United Kingdom|United States|U.S.|US|USA|U.K.|UK|Uruguay|Uzbekistan|Venezuela|Vietnam|Wales|Yemen|Zambia|Zimbabwe|Africa|Asia|America|Latin America|Middle East|Korean Peninsula|Crimea|Kashmir|Balkans|Caribbean|Arctic|Antarctica|Pacific|Atlantic|Siberia|Scandinavia|Beijing|Shanghai|Hong Kong|Tokyo|Osaka|Seoul|Pyongyang|Moscow|St. Petersburg|London|Paris|Berlin|Munich|Frankfurt|Rome|Milan|Madrid|Barcelona|Lisbon|Brussels|Amsterdam|Vienna|Prague|Warsaw|Budapest|Athens|Istanbul|Ankara|Kiev|Kyiv|Minsk|Dublin|Edinburgh|Geneva|Zurich|Stockholm|Oslo|Copenhagen|Helsinki|Cairo|Tehran|Baghdad|Damascus|Beirut|Jerusalem|Tel Aviv|Riyadh|Dubai|Doha|Kabul|Islamabad|Karachi|Delhi|New Delhi|Mumbai|Bangkok|Hanoi|Manila|Jakarta|Sydney|Melbourne|Toronto|Montreal|Vancouver|Ottawa|Mexico City|Havana|Caracas|Bogota|Lima|Santiago|Buenos Aires|Brasilia|Rio de Janeiro|Sao Paulo|Nairobi|Lagos|Johannesburg|Cape Town|New York|New York City|Washington|Los Angeles|Chicago|Houston|Boston|San Francisco|Seattle|Miami|Atlanta|Dallas|Philadelphia|Detroit|Denver|Las Vegas|Phoenix|Baltimore|New Orleans|Silicon Valley|Hollywood|Brooklyn|Manhattan|California|Texas|Florida|Ohio|Michigan|Pennsylvania|Virginia|Arizona|Nevada|Alabama|Alaska|Hawaii|Oregon|Iowa|Kansas|Kentucky|Louisiana|Maryland|Massachusetts|Minnesota|Mississippi|Missouri|Montana|Nebraska|Oklahoma|Tennessee|Utah|Vermont|Wisconsin|Wyoming|Colorado|Connecticut|Delaware|Idaho|Illinois|Indiana|Maine|New Hampshire|New Jersey|New Mexico|North Carolina|South Carolina|North Dakota|South Dakota|Rhode Island|West Virginia|Singapore',
  ),
  ...BUILDINGS_OF_STATE,
]);

/**
 * Planets, moons and the like: places (the guidelines' "planets and moons"), whatever the tagger says. The
 * Sun's planets, the Solar System and the Milky Way, and the moons and dwarf planets space missions were
 * named for or sent to study (Galileo and Juice's Jovian moons, Cassini–Huygens' Titan and Enceladus,
 * Voyager 2's Triton, New Horizons' Charon, Dawn's Ceres, Mars's two moons).
 */
export const SKY_PLACES = words(
  'Solar System|Mercury|Venus|Mars|Jupiter|Saturn|Uranus|Neptune|Pluto|Ganymede|Europa|Callisto|Titan|Enceladus|Triton|Charon|Phobos|Deimos|Ceres|Milky Way',
);

/** The states of the United States, as an address or a dateline ends with them ("Kent, Washington"). */
export const US_STATES = words(
  'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming',
);

/** Nationality and regional adjectives: never places on their own. */
export const DEMONYMS = words(
  'American|Americans|Russian|Russians|Chinese|Japanese|Korean|Koreans|North Korean|North Koreans|South Korean|South Koreans|British|English|French|German|Germans|Italian|Spanish|Portuguese|Dutch|Belgian|Swiss|Austrian|Swedish|Norwegian|Danish|Finnish|Polish|Czech|Hungarian|Romanian|Greek|Turkish|Ukrainian|Belarusian|Israeli|Israelis|Palestinian|Palestinians|Iranian|Iraqi|Syrian|Lebanese|Saudi|Egyptian|Afghan|Pakistani|Indian|Bangladeshi|Vietnamese|Thai|Indonesian|Filipino|Australian|Canadian|Mexican|Brazilian|Argentine|Cuban|Venezuelan|Colombian|Nigerian|Kenyan|African|Asian|European|Western|Eastern|Arab|Arabs|Muslim|Muslims|Christian|Christians|Jewish|Soviet|Kremlin|Republican|Republicans|Democrat|Democrats|Democratic|Conservative|Labour|Liberal|Communist|Catholic|Sunni|Shiite|Kurdish|Kurds|Scottish|Irish|Welsh|Taiwanese|Tibetan|Georgian|Armenian|Serbian|Croatian|Bosnian',
);

/** A party named by one member or by its adjective is the party its members make ("Democratic" → "Democrats"). */
export const PARTY_OF_MEMBER: Readonly<Record<string, string>> = {
  Democrat: 'Democrats',
  Democratic: 'Democrats',
  Republican: 'Republicans',
};

/** The parties of US news by their members' name: organisations by the guidelines ("Democrats won"). */
export const PARTY_NAMES = new Set([
  'GOP',
  ...Object.keys(PARTY_OF_MEMBER),
  ...Object.values(PARTY_OF_MEMBER),
]);

/**
 * Named days, feasts and festivals: events (the guidelines' festivals), though no date of their own. The
 * list is the holidays the date resolver knows (`dates/holidays.ts`: the US federal holidays and the
 * days English-language calendars print) and the main feasts of the world's five largest religions.
 */
export const HOLIDAYS = words(
  'Christmas|Christmas Eve|Christmas Day|Easter|Easter Sunday|Easter Monday|Good Friday|Thanksgiving|Halloween|Hanukkah|Passover|Rosh Hashanah|Yom Kippur|Diwali|Holi|Vesak|Ramadan|Eid|Eid al-Fitr|Eid al-Adha|Lent|Boxing Day|New Year’s Day|New Year’s Eve|Lunar New Year|Chinese New Year|Election Day|Independence Day|Memorial Day|Labor Day|Labour Day|Veterans Day|Armistice Day|Martin Luther King Day|Presidents’ Day|Juneteenth|St. Patrick’s Day|Bastille Day|Mother’s Day|Father’s Day|Valentine’s Day',
);

/** Capitalised words that introduce a person when they stand right before a name. */
export const PERSON_TITLES = words(
  'President|Vice President|Prime Minister|Minister|Foreign Minister|Defense Minister|Secretary|Secretary of State|Secretary of Defense|Defense Secretary|Chancellor|King|Queen|Prince|Princess|Pope|Emperor|Sen.|Senator|Rep.|Representative|Gov.|Governor|Mayor|Judge|Justice|Chief Justice|General|Gen.|Col.|Lt.|Sgt.|Adm.|Admiral|Ambassador|Envoy|Director|Chairman|Chairwoman|Chair|Speaker|Leader|Dr.|Mr.|Mrs.|Ms.|Miss|Professor|Prof.|Sir|Dame|Lord|Lady|Rev.|Father|Sister|Brother|Coach|Chief|Commissioner|Attorney General|Deputy|Councillor|Councilman|Councilwoman|Supreme Leader|Dictator|CEO|Chief Executive',
);

/** Lower-case role nouns that introduce a person ("dictator Kim Jong Un", "spokesman John Smith"). */
export const ROLE_NOUNS = words(
  'dictator|leader|president|minister|secretary|chief|spokesman|spokeswoman|spokesperson|envoy|ambassador|aide|adviser|advisor|official|diplomat|general|senator|governor|mayor|chancellor|premier|negotiator|counterpart|chairman|director|lawmaker|candidate|nominee|founder|executive|judge|king|queen|prince|commander|colonel|analyst|professor|author|columnist|reporter|correspondent|coach|player|striker|manager|owner|star|actor|actress|singer|rapper|activist|lawyer|attorney|prosecutor|investigator|economist|scientist|researcher|doctor|nurse|pilot|officer|soldier|ruler|monarch|emperor|pope|cardinal|bishop|priest|rabbi|imam|deputy',
);

/**
 * Organisations whose names carry no head word: intergovernmental bodies, the best-known government
 * agencies, the major wire services, state news agencies and broadcasters, the largest technology and
 * industrial companies, and the armed groups of world news.
 */
export const KNOWN_ORGS = words(
  'Kremlin|Pentagon|NATO|UN|U.N.|EU|E.U.|European Union|United Nations|Congress|FBI|CIA|NSA|KGB|FSB|IMF|WHO|WTO|OPEC|Reuters|Associated Press|AP|BBC|CNN|Fox News|NPR|Google|Apple|Microsoft|Amazon|Facebook|Twitter|Tesla|Boeing|Huawei|Samsung|Toyota|Hamas|Hezbollah|Taliban|ISIS|Islamic State|al-Qaeda|Al Qaeda|Supreme Court|Interpol|Red Cross|Politburo|KCNA|Xinhua|Tass|TASS',
);

/** Capitalised words that are never entities on their own. */
export const NEVER_ALONE = words(
  'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan.|Feb.|Mar.|Apr.|Jun.|Jul.|Aug.|Sep.|Sept.|Oct.|Nov.|Dec.|Today|Yesterday|Tomorrow|God|Internet|Web|Photo|Photos|Video|Image|Getty|Images|Pool|AFP|Advertisement|Share|Tweet|Email|Comments|Comment|Related|Subscribe|Sign|Log|Read|More|Latest|Updated|Copyright|OK|TV|AM|PM|A.M.|P.M.|I|Mr.|Mrs.|Ms.|Dr.',
);

/** Words that can start a sentence without being part of a name. */
export const SENTENCE_STARTERS = words(
  'The|A|An|This|That|These|Those|It|Its|He|His|She|Her|They|Their|We|Our|You|Your|I|My|If|But|And|Or|So|Yet|In|On|At|By|For|From|To|With|Without|After|Before|During|Since|Until|While|When|Where|Why|How|What|Who|Which|As|Although|Though|Because|Even|Also|Still|Then|There|Here|Now|Some|Many|Most|Several|All|Both|Each|Every|No|Not|One|Two|Three|Such|Other|Another|According|Despite|Instead|Meanwhile|However|Last|Next|Earlier|Later|Send|Please|Click|Follow|Asked|Speaking|Under|Over|Among|Between|Like|Unlike|Only|Just|Do|Does|Did|Is|Are|Was|Were|Has|Have|Had|Will|Would|Can|Could|Should|May|Might|Must|Let|Yes|Oh|Well|Mr|Sources|Officials|Critics|Experts|Analysts|Supporters',
);
