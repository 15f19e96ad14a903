/**
 * Word lists for names that are not a person, organisation, place or event: works, products, software,
 * technical terms, ideologies, peoples. The guidelines call these `other`; Backstory leaves them
 * unhighlighted rather than show a game as a person or a car model as a company. The lists hold what
 * capitalisation and context cannot tell: that "JSON" is a format and "Kinect" a device. Context cues
 * ("the film X", "the X sedan") live in `other-kinds.ts` and catch the names no list can hold.
 */

const words = (s: string): Set<string> => new Set(s.split('|'));

/**
 * Well-known products, devices, operating systems, browsers, programming languages, file formats,
 * software and game or screen franchises that news writes like names. Only names that are a product
 * and not the company behind it: "Xbox One" is here, "Microsoft" is not; "Facebook" and "YouTube" are
 * companies the guidelines type organisation, so they are not here either.
 *
 * One criterion decides what is listed, so the list does not follow the pages it is measured on: the
 * name is the label or an alias of one of the 10,000 most-viewed Wikidata items (QRank, about 2022;
 * `../shared/data/gazetteer/qrank_top10k`) and that item is such a product. Left out: names that are
 * as often a place, a person, a character or a common word ("Java", "Python", "Word", "Zoom", "Go",
 * "Harry Potter", "Sonic the Hedgehog"), and one-letter languages ("C", "R"). A product below that rank
 * ("Kindle", "Apple Pay") is not listed, however well known: the article's own cues in `other-kinds.ts`
 * and the maker rules are there for those.
 */
export const PRODUCTS = words(
  [
    // devices, consoles, aircraft
    'iPhone|iPad|Xbox One|PlayStation|PlayStation 2|PlayStation 3|PlayStation 4|PlayStation 5|PS4|PS5|Nintendo Switch|Wii|Airbus A380|Boeing 737|Boeing 747|Boeing 777',
    // operating systems, browsers, software and services sold as products
    'Windows|Microsoft Windows|Windows 10|Windows 11|macOS|OS X|iOS|Android|Linux|Ubuntu|Unix|Chrome|Google Chrome|Firefox|Gmail|Google Maps|Google Docs|Google Drive|Google Earth|Google Translate|Google Play|Google Meet|Google Classroom|Microsoft Office|Microsoft Excel|Microsoft Word|Microsoft Teams|Excel|PowerPoint|Photoshop|Adobe Photoshop|iTunes|Bitcoin|Ethereum|Dogecoin',
    // programming languages, formats and developer software
    'JavaScript|PHP|C#|SQL|HTML|CSS|CSS3|JSON|XML|AJAX|Node.js|WordPress|Wi-Fi|WiFi|Bluetooth|USB|HDMI|GPS',
    // games and screen franchises
    'Minecraft|Fortnite|Roblox|Among Us|Wordle|Elden Ring|Pokémon|Pokemon|Halo|Call of Duty|Grand Theft Auto|Grand Theft Auto V|World of Warcraft|League of Legends|Legend of Zelda|Star Wars|Star Trek|Game of Thrones|Breaking Bad|Marvel Cinematic Universe',
  ].join('|'),
);

/**
 * Peoples, languages and religions the tagger takes for places or organisations: the guidelines'
 * `other` ("Māori" the people, "Mandarin" the language, "Islam"). Nationality adjectives are the
 * model's DEMONYM list and `DEMONYMS` in the lexicon; these are the rest: the world's larger religions,
 * churches and their followers, languages with tens of millions of speakers, and the peoples and ethnic
 * groups that English-language news names most (indigenous peoples, minorities in the news).
 */
export const PEOPLES_LANGUAGES_RELIGIONS = words(
  'Māori|Maori|Aboriginal|Aborigines|Inuit|Sami|Pashtun|Pashtuns|Rohingya|Uighur|Uighurs|Uyghur|Uyghurs|Hmong|Yoruba|Igbo|Hausa|Zulu|Xhosa|Tamil|Tamils|Sikh|Sikhs|Hindu|Hindus|Buddhist|Buddhists|Yazidi|Yazidis|Druze|Bedouin|Bedouins|Latino|Latinos|Latina|Latinas|Latinx|Hispanic|Hispanics|Mandarin|Cantonese|Hindi|Urdu|Bengali|Punjabi|Arabic|Farsi|Persian|Swahili|Hebrew|Yiddish|Esperanto|Latin|Sanskrit|Islam|Christianity|Catholicism|Protestant|Protestants|Evangelical|Evangelicals|Mormon|Mormons|Quaker|Quakers|Orthodox|Anglican|Anglicans|Lutheran|Lutherans|Baptist|Baptists|Methodist|Methodists',
);

/**
 * Technical and medical abbreviations and units that are written in capitals but name no one:
 * "8GB of RAM", "a 4GHz CPU", "treatment of PTSD". Only abbreviations of common nouns that a general
 * English dictionary lists (parts, formats, units, display and radio standards, conditions, degrees),
 * not the name of one drug or one device.
 */
export const TERMS = words(
  'RAM|ROM|CPU|GPU|SSD|HDD|GHz|MHz|GB|MB|TB|KB|Mbps|Gbps|FPS|VOD|DVD|CD|TV|HDTV|4K|8K|VR|AI|API|SDK|URL|PDF|JPEG|PNG|GIF|MP3|MP4|SMS|VPN|IP|DNS|HTTP|HTTPS|SSL|PTSD|ADHD|HIV|AIDS|DNA|RNA|MRI|ICU|IVF|BMI|CBD|THC|LSD|MDMA|COVID|COVID-19|SARS|MERS|GDP|CPI|IPO|ETF|APR|ATM|PIN|VAT|LGBT|LGBTQ|FAQ|PhD|Ph.D.|MBA|Ph|LTE|NFC|HDR|OLED|LCD|AMOLED',
);

/** Last words that make a multi-word organisation or person name a product or model ("Zenbook Pro"). */
export const PRODUCT_TAILS = words('Pro|Max|Mini|Plus|Ultra|Lite');

/** Nouns that, written right before a name, say what kind of work or product it is ("the film Quiet Harbour"). */
export const KIND_BEFORE = words(
  'film|movie|documentary|musical|album|song|single|track|novel|book|memoir|play|opera|ballet|sitcom|series|miniseries|show|podcast|game|videogame|franchise|format|language|browser|console|sedan|hatchback|coupe|SUV|crossover|pickup|smartphone|handset|laptop|tablet|drone|rover|probe|spacecraft|telescope|satellite|ship|vessel|yacht|submarine|carrier|painting|sculpture|poem|anthem|hymn|doctrine|drug|vaccine|pill',
);

/**
 * Nouns that, right after a name, say it names a work or product ("the Lantern musical", "the QBX
 * format", "the Heron mission"). Not "app", "service" or "phone": those follow a company's name too
 * ("the Uber app"), and a name known as a company is never taken by these.
 */
export const KIND_AFTER = words(
  'film|movie|musical|album|soundtrack|franchise|tribe|tribes|clan|trilogy|sequel|prequel|novel|sitcom|miniseries|format|protocol|mission|spacecraft|probe|rover|telescope|sedan|hatchback|coupe|SUV|crossover|minivan|lineup|console|handset|smartphone|vaccine|pill|tablets|doctrine|programme|program|initiative|controller|exam',
);

/**
 * Nouns that say a work only after a screen or game word ("the Harrowgate TV series", "the Brindle
 * video game"): alone, "the Harbor Hawks game" and "the Kenya series" are a team's and a tour's.
 */
export const KIND_AFTER_MODIFIED = words('series|show|game|games');

/** Words before a kind noun that still leave the name right after it ("the hit film X", "the online game X"). */
export const KIND_MODIFIERS = words(
  'new|all-new|hit|classic|popular|wildly|online|video|mobile|animated|upcoming|original|latest|cult|debut|first|second|third|final|last|award-winning|acclaimed|beloved|famous|independent|indie|documentary|feature|blockbuster|eighth-generation|next-generation|new-generation|sports|compact|luxury|electric|hybrid|smart|Broadway|Netflix|HBO|TV|television|reality|drama|comedy|anime|web|board|wireless|standardized|standardised|fourth|fifth|next',
);

/**
 * Words that, after a company's name, still name the company or a part of it ("Microsoft Research",
 * "Sony Pictures"): a brand and one of these is not a product.
 */
export const COMPANY_PARTS = words(
  'Research|Electronics|Semiconductor|Chemicals|Pharma|Telecom|Communications|Logistics|Action|Pictures|Studios|Studio|Animation|Entertainment|Channel|Television|Radio|Sports|Records|Music|Media|Digital|Interactive|Software|Technologies|Robotics|Aerospace|Defense|Pharmaceuticals|Therapeutics|Insurance|Investments|Partners|Brands|Foods|Stores|Retail|Finance|Capital|Ventures|Labs|Energy|Health|Financial|Securities|Bank|Air|Airlines|Cloud|Games|Publishing|Books|Foundation|Motors|Group|Holdings|International|Global|America|Europe|Asia|Africa',
);

/** Suffixes that make a people's or a place's adjective of a place name ("Nevadan", "Tokyoite", "Texan"). */
export const DEMONYM_SUFFIXES = ['ites', 'ite', 'ians', 'ian', 'ans', 'an', 'ns', 'n', 'is', 'i', 'ese'];
