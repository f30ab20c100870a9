//! The small closed word classes the tagging rules use: organisation heads
//! and suffixes, location heads, weapon nouns, ship prefixes, and words that
//! are never names (months, weekdays). Open classes (names, titles, common
//! words) live in the lexicon files. Lists are kept one line per letter,
//! sorted, so additions are easy to review. Each becomes a [`WordSet`] on
//! first use: the rules ask about every token.

use std::sync::LazyLock;

use rustc_hash::FxHashSet;

/// `words! { NAME = ["a", "b"] }`: a lazily built set of words.
macro_rules! words {
    ($(#[$doc:meta])* $name:ident = [$($w:expr),* $(,)?]) => {
        $(#[$doc])*
        #[rustfmt::skip]
        pub static $name: LazyLock<WordSet> =
            LazyLock::new(|| WordSet::new(&[$($w),*]));
    };
}

/// A hash set of words that first rejects, from bit masks, a word whose
/// length or first two letters no member has: most tokens asked about are
/// in no set, and the masks answer them without hashing ("the" is no
/// organisation head, "said" no military word).
#[derive(Debug)]
pub struct WordSet {
    words: FxHashSet<&'static str>,
    /// Bit `n` set when a member is `n` bytes long (bit 63: 63 or more).
    lens: u64,
    /// Bit [`pair`] set for the first two bytes of each member. The key
    /// ignores ASCII case, so one mask serves both lookups.
    pairs: [u64; 16],
    /// Bit [`end`] set for the length and last byte of each member (the
    /// same key for a word in either ASCII case): capitalised words pass
    /// the first two masks often ("Ba" opens "Bank" and "Baker").
    ends: [u64; 32],
}

/// The length of `w` (at most 63) and its last byte's low five bits.
fn end(w: &[u8]) -> usize {
    w.len().min(63) << 5 | w.last().map_or(0, |&b| b & 31) as usize
}

/// The first two bytes of `w` (the second 0 when there is one), each
/// reduced to its low five bits: the same key for "Ar" and "aR".
fn pair(w: &[u8]) -> usize {
    let a = w.first().map_or(0, |&b| b & 31) as usize;
    let b = w.get(1).map_or(0, |&b| b & 31) as usize;
    a << 5 | b
}

impl WordSet {
    fn new(words: &[&'static str]) -> WordSet {
        let mut set = WordSet {
            words: words.iter().copied().collect(),
            lens: 0,
            pairs: [0; 16],
            ends: [0; 32],
        };
        for w in words {
            set.lens |= 1 << w.len().min(63);
            let p = pair(w.as_bytes());
            set.pairs[p >> 6] |= 1 << (p & 63);
            let e = end(w.as_bytes());
            set.ends[e >> 6] |= 1 << (e & 63);
        }
        set
    }

    /// False when no member, in any ASCII case, can be `word`.
    #[inline]
    fn may_hold(&self, word: &str) -> bool {
        // Each key is made only if the one before passed.
        let w = word.as_bytes();
        self.lens & (1 << w.len().min(63)) != 0
            && {
                let p = pair(w);
                self.pairs[p >> 6] & (1 << (p & 63)) != 0
            }
            && {
                let e = end(w);
                self.ends[e >> 6] & (1 << (e & 63)) != 0
            }
    }

    /// True when `word` with its ASCII letters lower-cased is a member;
    /// copies only words that pass the masks and hold a capital. Inlined
    /// up to the masks, which answer most calls (the tagger asks about
    /// every token of a document).
    #[inline]
    pub fn contains_ascii_lowercase(&self, word: &str) -> bool {
        self.may_hold(word) && self.holds_ascii_lowercase(word)
    }

    /// [`WordSet::contains_ascii_lowercase`] past the masks.
    #[inline(never)]
    fn holds_ascii_lowercase(&self, word: &str) -> bool {
        if !word.bytes().any(|b| b.is_ascii_uppercase()) {
            return self.words.contains(word);
        }
        let mut buf = [0u8; 32];
        match buf.get_mut(..word.len()) {
            Some(lower) => {
                lower.copy_from_slice(word.as_bytes());
                lower.make_ascii_lowercase();
                // ASCII case changes keep UTF-8 valid.
                std::str::from_utf8(lower).is_ok_and(|w| self.words.contains(w))
            }
            None => self.words.contains(word.to_ascii_lowercase().as_str()),
        }
    }

    /// True when `word` is a member.
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        self.may_hold(word) && self.words.contains(word)
    }
}

words! {
    /// Last words that make a capitalised sequence an organisation
    /// ("Zhuhai Aerospace Ltd", "Indian Defence Innovation Organization").
    ORG_HEADS = [
    "Academy", "Administration", "Aeronautics", "Aerospace", "Agency", "Airlines", "Airways",
    "Alliance", "Army", "Arsenal", "Assembly", "Associates", "Association", "Authority",
    "Aviation",
    "Bank", "Bancorp", "Bancorporation", "Bancshares", "Board", "Brigade", "Brothers", "Bureau",
    "Capital",
    "Cabinet", "Center", "Centre", "Chemical", "Chemicals", "Chronicle", "Co", "Co.", "College",
    "Command",
    "Commission", "Committee", "Communications",
    "Company", "Concern", "Conglomerate", "Consortium", "Corp", "Corp.", "Corporation", "Corps",
    "Council", "Court",
    "Defence", "Department", "Directorate", "Division", "Dockyard", "Dynamics",
    "Electronics", "Embassy", "Energy", "Engineering", "Enterprises", "Establishment", "Exchange",
    "Factories", "Factory", "Federation", "Financial", "Fleet", "Foods", "Forces", "Forge", "Forum",
    "Foundation", "Fund", "Funds",
    "Gazette", "Group", "Guard",
    "Herald", "Holding", "Holdings",
    "Inc", "Inc.", "Industries", "Institute", "Institution", "Insurance", "International",
    "Investments",
    "Journal",
    "Laboratories", "Laboratory", "Limited", "LLC", "Ltd", "Ltd.",
    "Marines", "Minerals", "Mining",
    "Ministry", "Mission", "Motors",
    "Navy", "Network",
    "Office", "Organisation", "Organization",
    "Parliament", "Party", "Petroleum", "Pharmaceuticals", "PLC", "Plc", "Police",
    "Properties", "Pvt",
    "Railways", "Realty", "Regiment", "Resources",
    "S.p.A", "S.p.A.", "Savings", "Secretariat", "Securities", "Service",
    "Services", "Shipbuilders",
    "Shipbuilding",
    "Shipyard", "Shipyards", "Society", "Solutions", "SpA", "Squadron",
    "Steel", "Stores", "Systems",
    "Technologies", "Technology", "Times", "Trust",
    "Union", "University",
    "Works",
]
}

words! {
    /// Industry nouns that end a company's name ("El Paso Gas", "Pacific
    /// Lighting", "Ventra Management") when a name word stands before them;
    /// common words alone before them name nothing ("Precious Metals").
    INDUSTRY_HEADS = [
    "Air", "Electric", "Gas", "Lighting", "Management", "Manufacturing", "Metals", "Mills", "Mines",
    "Partners", "Power", "Products", "Publishing", "Semiconductor", "Shipping", "Software",
    "Telegraph", "Telephone", "Utilities",
]
}

words! {
    /// Heads that make an organisation a company ("Shearson Lehman
    /// Brothers", "Texas Commerce Bancshares"), beside legal suffixes and
    /// industry heads: its first words may stand for it.
    COMPANY_HEADS = [
    "Airlines", "Airways", "Associates", "Bancorp", "Bancorporation", "Bancshares", "Bank",
    "Brothers", "Enterprises", "Group", "Holdings", "Industries", "Motors", "Savings",
    "Securities", "Stores",
]
}

words! {
    /// Legal suffixes: "BAE Systems Inc" is still BAE Systems. ("INc" is
    /// a frequent slip of the shift key in wire copy.)
    LEGAL_SUFFIXES = [
    "AB", "AG", "ASA", "B.V.", "BV", "Bhd", "Berhad", "Co", "Co.", "CORP", "Cos", "Cos.", "Corp", "Corp.",
    "GMBH", "GmbH", "Gmbh", "INC", "INc", "Inc", "Inc.", "JSC", "K.K.", "KG", "KK", "LLC", "LP", "L.P.",
    "LTD", "Limited", "Ltd", "Ltd.", "N.A.", "N.V.", "NV", "Oy", "Oyj", "PJSC", "PLC", "Plc",
    "plc", "Pty", "Pvt", "S.A.", "S.p.A", "S.p.A.", "SA", "SARL", "SAS", "Spa", "SpA",
]
}

words! {
    /// Words of legal forms written out ("Joint Stock Company", "Limited
    /// Liability Company"): with legal suffixes alone, they name nothing.
    LEGAL_FORMS = [
    "Closed", "Company", "Joint", "Liability", "Limited", "Open", "Private", "Public", "Stock",
    ]
}

words! {
    /// Heads that add nothing to a known organisation's name ("Russian
    /// Helicopters Holding Company" is Russian Helicopters).
    GENERIC_HEADS = [
    "Company", "Concern", "Corporation", "Group", "Holding", "Holdings",
]
}

words! {
    /// First words that, followed by "of", "for" or "on", make an organisation
    /// ("Ministry of Commerce of India", "Centre for Military Airworthiness").
    ORG_LEADS = [
    "Academy", "Agency", "Association", "Bank", "Board", "Bureau", "Center", "Centre", "Chamber",
    "College", "Commission", "Committee", "Confederation", "Conference", "Council", "Court",
    "Department", "Directorate", "Embassy", "Federation", "Group", "Institute", "League", "Ministry",
    "Office", "Organisation", "Organization", "Society", "University",
]
}

words! {
    /// First words of company and bank names in other languages: what
    /// follows them is the organisation's name ("Banque Paribas", "Banco
    /// Central", "Credit Suisse", "Compagnie des Machines Bull").
    FOREIGN_ORG_LEADS = [
    "Banca", "Banco", "Banque", "Caisse", "Compagnie", "Compania", "Companhia", "Credit",
    "Crédit", "Societa", "Società", "Sociedad", "Societe", "Société",
]
}

words! {
    /// Articles of other languages: a name they start is a body or a title,
    /// not a person ("Het Comite", "Il Sole"), unless the article is a given
    /// name too ("Les Ferdinand").
    FOREIGN_ARTICLES = [
    "Das", "Die", "Het", "Il", "Las", "Les", "Los",
]
}

words! {
    /// First parts of compounds of peoples and places ("Sino-Soviet",
    /// "Anglo-French", "Euro-Asian") and prefixes written capitalised at a
    /// sentence start ("Non-U.S. citizens"): with a place after them they
    /// name no company.
    COMBINING_FORMS = [
    "Afro", "Anglo", "Anti", "Austro", "Euro", "Extra", "Franco", "Greco", "Ibero", "Indo",
    "Inter", "Italo", "Judeo", "Luso", "Mid", "Neo", "Non", "Pan", "Post", "Pre", "Pro", "Russo",
    "Sino", "Sub", "Super", "Trans", "Ultra",
]
}

words! {
    /// Nouns of agreements: an unknown acronym "with" which one is signed is
    /// a party to it ("inks MoU with CPWD").
    AGREEMENT_NOUNS = [
    "accord", "agreement", "agreements", "contract", "contracts", "deal", "deals", "memorandum",
    "mou", "mous", "pact", "partnership",
]
}

words! {
    /// Last words of named days and holidays ("Columbus Day", "Labor Day"):
    /// after a word that is no given name they name no person.
    DAY_HEADS = [
    "Day", "Eve",
]
}

words! {
    /// Lower-case nouns of places after a name: "Val Verde counties", "the
    /// Ruhr region", "Kent county" name places, not people.
    PLACE_NOUNS = [
    "counties", "county", "district", "districts", "parish", "province", "provinces", "region",
    "regions", "township", "valley",
]
}

words! {
    /// Last words of prizes, cups and awards, of indexes, plans, laws and
    /// reports: "Nobel Prize", "Major Market Index", "Baker Plan" name no
    /// person.
    AWARD_HEADS = [
    "Act", "Average", "Award", "Awards", "Bill", "Cup", "Index", "Medal", "Plan", "Prize",
    "Prizes", "Program", "Programme", "Project", "Report", "Survey", "Trophy",
]
}

words! {
    /// Lower-case words after a name that make it a company's: "Pre-Paid
    /// chairman Harland Crane", "Santa Fe stake" ("common" too after a
    /// place named like a company: "Wichita common"; not alone: "Class B
    /// common").
    COMPANY_AFTER = [
    "chairman", "chairwoman", "shareholders", "stake", "stockholders",
]
}

words! {
    /// Lower-case words that open a sentence before a name and are no part
    /// of it: conjunctions, prepositions, pronouns, numbers, adverbs of
    /// time and linking, and the adjectives news puts before a company
    /// ("But Acme Corp said", "Rival Acme Corp"). Other common words before
    /// a company's name at a sentence start are its first word ("First
    /// Union Corp", "National Intergroup Inc").
    OPENERS = [
    "after", "also", "although", "among", "and", "as", "at", "because", "before", "besides",
    "both", "but", "by", "called", "currently", "despite", "during", "earlier", "embattled",
    "even", "finally", "five", "following", "for", "former", "four", "from", "further", "giant",
    "here", "however", "if", "in", "including", "instead", "last", "later", "like", "meanwhile",
    "moreover", "newly", "nor", "now", "once", "one", "or", "parent", "potential", "previously", "privately", "prospective",
    "recently", "rival", "separately", "since", "six", "so", "still", "then", "there", "though",
    "three", "thus", "today", "troubled", "two", "under", "unlike", "until", "when", "where",
    "whether", "while", "with", "within", "without", "yesterday", "yet",
]
}

words! {
    /// Goods and trades that end a firm's name and no person's ("Kaiser
    /// Cement", "Bangor Hydro", "Entertainment Marketing"): a name ending
    /// in one (no known surname) that speaks is a firm. Not industry heads
    /// ([`INDUSTRY_HEADS`]): "Oil and Gas", "Sugar and Cocoa" join names.
    TRADE_NOUNS = [
    "Aluminium", "Aluminum", "Bonds", "Bottling", "Brewing", "Cement", "Commodities",
    "Copper", "Equipment", "Exploration", "Housing", "Hydro", "Leasing", "Marketing", "Mortgage",
    "Oil", "Paper", "Pipeline", "Printing", "Refining", "Revenue", "Smelting", "Sugar",
    "Textiles", "Tobacco", "Traders", "Trucking",
]
}

words! {
    /// What a firm holds or is made of, in lower case, right after its
    /// name ("Taft shares", "Tolvane stores", "its John Carr unit"): a
    /// person's name there is a firm's. Not "plan", "bill", "stake" or
    /// "family", which follow people's names ("the Gephardt plan").
    FIRM_OBJECTS = [
    "chain", "common", "division", "outlets", "plant", "plants", "preferred", "restaurant",
    "restaurants", "shareholders", "shares", "stock", "stockholders", "store", "stores",
    "subsidiary", "unit",
]
}

words! {
    /// The abbreviations of US states written after a town in news copy
    /// ("Costa Mesa, Calif.", "DeMotte, Ind"), without their periods; they
    /// name no firm or person, and what comes before them is a town.
    STATE_ABBREVIATIONS = [
    "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan",
    "Kans", "Ky", "La", "Mass", "Md", "Mich", "Minn", "Miss", "Mo", "Mont", "N.C", "N.D", "N.H",
    "N.J", "N.M", "N.Y", "Neb", "Nev", "Okla", "Ore", "Pa", "R.I", "S.C", "S.D", "Tenn", "Tex",
    "Va", "Vt", "W.Va", "Wash", "Wis", "Wyo",
]
}

words! {
    /// Compass adjectives: they stand before a place's name ("Southern
    /// California", "Eastern Europe"); after one they continue a firm's
    /// name ("Texas Eastern", "Norfolk Southern", "Illinois Central").
    COMPASS_ADJECTIVES = [
    "Central", "Eastern", "Northeastern", "Northern", "Northwestern", "Southeastern",
    "Southern", "Southwestern", "Western",
]
}

words! {
    /// First words of places' names ("Lake Ontario", "Mount Kenya", "Santa
    /// Barbara", "Puerto Colon"): with a place after them they make one
    /// place; no person's name starts with one.
    PLACE_LEADS = [
    "Cape", "Fort", "Lake", "Mount", "Port", "Puerto", "Punta", "San", "Santa", "Santo",
]
}

words! {
    /// Lower-case roles in a firm that a name stands before: "Hollis Capel
    /// analyst Peter Dunn" names the firm, then its analyst. Not
    /// "spokesman" or "aide": a person has those too ("Reagan spokesman").
    FIRM_ROLES = [
    "analyst", "analysts", "chartist", "dealer", "dealers", "economist", "economists",
    "strategist", "strategists", "trader", "traders",
]
}

words! {
    /// Words that never start a name ("The Indian Navy", "This Su-30MKI").
    DETERMINERS = [
    "A", "All", "An", "Any", "Both", "Each", "Every", "Her", "His", "Its", "Many", "No", "Our",
    "Several", "Some", "That", "The", "Their", "These", "This", "Those", "Your",
]
}

words! {
    /// Last words that make a capitalised sequence a location.
    LOC_HEADS = [
    "Airbase", "Airfield", "Airport", "Archipelago", "Avenue", "Base", "Basin", "Bay", "Beach",
    "Belt",
    "Bridge",
    "Canal", "Channel", "Coast", "County", "Desert", "District", "Falls", "Glacier", "Gulf",
    "Harbour", "Harbor", "Heights", "Highway", "Island", "Islands", "Lake", "Mine", "Mountains",
    "Ocean", "Park", "Pass", "Peninsula", "Plateau", "Port", "Province", "Range", "Region",
    "River", "Road", "Sea", "Seaway", "Springs", "Square", "Strait", "Street", "Valley",
    "Waterway",
]
}

words! {
    /// Heads of public bodies named by a state's abbreviation and one word
    /// ("U.S. Navy", "U.K. Embassy"): after an abbreviation's period every
    /// word is capitalised, so other words there ("U.S. Firms", "U.S.
    /// Currency") name nothing.
    PUBLIC_HEADS = [
    "Administration", "Agency", "Army", "Authority", "Board", "Bureau", "Cabinet", "Command",
    "Commission", "Committee", "Congress", "Consulate", "Council", "Court", "Customs",
    "Department", "Embassy", "Fleet", "Forces", "Government", "Guard", "House", "Marines",
    "Military", "Mint", "Mission", "Navy", "Office", "Parliament", "Police", "Senate",
    "Treasury",
]
}

words! {
    /// Capitalised words after a place that leave it a place ("New York
    /// State", "Atlantic City", "Pacific Northwest", "New York May",
    /// "Nebraska Republican Senator", "London Branch"): directions, "City"
    /// and "State", months and weekdays, party adjectives, "Branch". Any other unknown capitalised
    /// word after a place makes the place the first word of a longer name
    /// ("London Interbank Offered Rate", "West Texas Intermediate").
    PLACE_KEEPERS = [
    "Apr", "April", "Area", "Aug", "August",
    "Branch",
    "Central", "City",
    "Dec", "December", "Democrat", "Democratic", "Democrats",
    "East", "Eastern",
    "Feb", "February", "Friday",
    "Jan", "January", "Jul", "July", "Jun", "June",
    "Lower",
    "Mar", "March", "May", "Metropolitan", "Monday",
    "Nov", "North", "Northeast", "Northern", "Northwest", "November",
    "Oct", "October",
    "Republican", "Republicans",
    "Saturday", "Sep", "Sept", "September", "South", "Southeast", "Southern", "Southwest",
    "State", "Sunday",
    "Thursday", "Time", "Tuesday",
    "Upper",
    "Wednesday", "West", "Western",
]
}

words! {
    /// Nouns that say a designator near them is a weapon ("J-20 fighters").
    WEAPON_NOUNS = [
    "aircraft", "airframe", "airframes", "apc", "artillery", "battery", "batteries", "bomb",
    "bomber", "bombers", "bombs", "carrier", "carriers", "chopper", "choppers", "corvette",
    "corvettes", "destroyer", "destroyers", "drone", "drones", "fighter", "fighters", "frigate",
    "frigates", "gun", "gunboat", "guns", "gunship", "gunships", "helicopter", "helicopters",
    "howitzer", "howitzers", "icbm", "icbms", "interceptor", "interceptors", "jet", "jets",
    "launcher", "launchers", "mbt", "missile", "missiles", "munition", "munitions", "plane",
    "planes", "radar", "radars", "rifle", "rifles", "rocket", "rockets", "sam", "submarine",
    "submarines", "system", "systems", "tank", "tanks", "tanker", "tankers", "torpedo",
    "torpedoes", "trainer", "trainers", "uav", "uavs", "variant", "variants", "vessel",
    "vessels", "warship", "warships",
]
}

words! {
    /// Capitalised last words that make an unknown name a weapon ("Trichy
    /// Assault Rifle"); narrower than [`WEAPON_NOUNS`]: no "System", "Variant".
    WEAPON_HEADS = [
    "bomber", "bombers", "carbine", "carbines", "destroyer", "drone", "drones", "fighter",
    "fighters", "frigate", "frigates", "gun", "guns", "helicopter", "helicopters", "howitzer",
    "howitzers", "missile", "missiles", "rifle", "rifles", "submarine", "submarines", "tank",
    "tanks", "torpedo", "torpedoes",
]
}

words! {
    /// Words that make a short model designation near them something else
    /// than a weapon: a civil aircraft ("the DC-10 airliner"), a credit rating
    /// ("rated B-2 by Moody's"), a group of finance ministers ("G5
    /// ministers"), a food-aid law ("PL-480 wheat"), a computer or chip
    /// ("Connection Machine Model CM-2", "the microchip LCA").
    NON_MILITARY = [
    "airline", "airliner", "airliners", "airlines", "bond", "bonds", "chip", "chips", "civil",
    "civilian", "commercial", "computer", "computers", "currencies", "currency", "debentures",
    "debt", "dlrs", "dollar", "finance", "freighter", "freighters", "grain", "jetliner",
    "jetliners", "machine", "microchip", "microchips", "ministers", "monetary", "money", "moody's",
    "notes", "passenger", "passengers", "rated", "rating", "ratings", "software", "supercomputer",
    "wheat", "yen",
    ]
}

words! {
    /// Words that say a sentence speaks of armed forces or war; a short or
    /// civil-looking designation needs one of them (or a weapon noun next to
    /// it) to be a weapon: "the Air Force's A-10s", not "V530 system".
    /// Left out as business words too: "war" (price war), "battle",
    /// "nuclear", "strategic", "marine", "tank".
    MILITARY_WORDS = [
    "airforce", "armed", "army", "artillery", "bomb", "bomber", "bombers", "combat", "defence",
    "defense", "destroyer", "destroyers", "fighter", "fighters", "frigate", "frigates", "gunship",
    "gunships", "helicopter", "helicopters", "icbm", "icbms", "marines", "military", "missile",
    "missiles", "naval", "navy", "pentagon", "refueling", "refuelling", "soldiers", "submarine",
    "submarines", "torpedo", "troops", "warfare", "warhead", "warheads", "warplane", "warplanes",
    "warship", "warships", "weapon", "weapons",
]
}

words! {
    /// Lower-case nouns for companies and bodies: a name right after one is
    /// not a person ("appliance maker Moulinex said", "the brokerage X").
    COMPANY_NOUNS = [
    "agency", "association", "bank", "brokerage", "carrier", "company", "concern",
    "conglomerate", "daily", "firm", "group", "institute", "insurer", "maker", "manufacturer",
    "newspaper", "producer", "retailer", "subsidiary", "unit", "utility",
]
}

words! {
    /// What a company has and a person has not, after "'s": "Avnet's
    /// subsidiary", "Kodak's shareholders".
    COMPANY_PARTS = [
    "board", "directors", "dividend", "earnings", "revenues", "shareholders", "stockholders",
    "subsidiaries", "subsidiary", "unit", "units",
]
}

words! {
    /// Verbs of doing business: a name right before one is a company, not
    /// a weapon ("Hunter Helicopter builds helicopters").
    BUSINESS_VERBS = [
    "builds", "employs", "makes", "manufactures", "markets", "produces", "sells",
]
}

words! {
    /// Currency words: "Swiss francs", "U.S. dlrs" name no state.
    CURRENCIES = [
    "cents", "crowns", "dinars", "dlr", "dlrs", "dollar", "dollars", "escudos", "franc", "francs",
    "guilders", "kronor", "krona", "lira", "lire", "marks", "peso", "pesos", "pound", "pounds",
    "rand", "riyals", "rupee", "rupees", "schillings", "stg", "yen", "yuan",
]
}

words! {
    /// Ship nouns that name a warship by themselves ("the frigate Stark");
    /// "tanker", "vessel", "ship", "carrier" name merchant ships as often.
    WARSHIP_NOUNS = [
    "corvette", "cruiser", "destroyer", "frigate", "gunboat", "minesweeper", "submarine",
    "warship",
]
}

words! {
    /// Words after "class" that make it a class of shares ("Class A common",
    /// "class B shares"), not of ships.
    SHARE_WORDS = [
    "common", "div", "dividend", "non-voting", "ordinary", "preference", "preferred", "share",
    "shares", "stock", "subordinate", "units", "voting", "warrants",
]
}

words! {
    /// Nouns after which a capitalised name is a ship ("the frigate Thor Heyerdahl").
    SHIP_NOUNS = [
    "carrier", "corvette", "cruiser", "destroyer", "frigate", "icebreaker", "ship", "submarine",
    "tanker", "vessel", "warship",
]
}

words! {
    /// Prefixes of ship names ("HMS Sutherland", "INS Vikrant").
    SHIP_PREFIXES = [
    "ARA", "BNS", "CNS", "FS", "HDMS", "HMAS", "HMCS", "HMNZS", "HMS", "HNLMS", "HNoMS", "HS",
    "INS", "ITS", "JS", "KNM", "NRP", "PNS", "RFA", "ROKS", "RSS", "SLNS", "TCG", "USNS", "USS",
]
}

words! {
    /// Connectors that may sit inside a name ("Line of Actual Control").
    CONNECTORS = [
    "al", "bin", "da", "de", "del", "der", "des", "di", "du", "el", "for", "la", "le", "of", "on", "van",
    "von",
]
}

words! {
    /// Lower-case tails of hyphenated words that describe, not name:
    /// "Minneapolis-based", "Russian-made", "Saudi-led".
    COMPOUND_TAILS = [
    "backed", "based", "born", "bound", "built", "class", "era", "funded", "led", "made", "owned",
    "run", "style", "type",
]
}

words! {
    /// Capitalised words that are never names on their own.
    NEVER_NAMES = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
    "Sept", "Oct", "Nov", "Dec", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
    "Saturday", "Sunday", "I", "I'm", "I’m", "Covid", "COVID", "Covid-19", "COVID-19",
]
}

words! {
    /// Verbs of saying that mark the name next to them as a person ("Nik Khanna said").
    SAID = [
    "added", "adds", "announced", "asked", "claimed", "commented", "confirmed", "declared",
    "explained", "insisted", "noted", "remarked", "replied", "said", "says", "stated", "tells",
    "told", "tweeted", "wrote",
]
}

/// True when `word` is in `set`.
pub fn is(set: &WordSet, word: &str) -> bool {
    set.contains(word)
}

/// Whether `word` lower-cased (as [`str::to_lowercase`] does) is in `set`:
/// an ASCII word is answered by the set's masks and a lower-cased copy on
/// the stack, without allocating.
#[inline]
pub fn is_lower(set: &WordSet, word: &str) -> bool {
    if word.is_ascii() {
        set.contains_ascii_lowercase(word)
    } else {
        set.contains(&word.to_lowercase())
    }
}

/// A word lower-cased as [`str::to_lowercase`] does, kept on the stack when
/// it is ASCII and short (the rules lower-case words at many tokens).
pub struct Lower {
    buf: [u8; 32],
    len: usize,
    heap: Option<String>,
}

impl Lower {
    /// Lower-cases `word`.
    pub fn new(word: &str) -> Lower {
        let mut buf = [0u8; 32];
        if word.is_ascii() && word.len() <= buf.len() {
            buf[..word.len()].copy_from_slice(word.as_bytes());
            buf[..word.len()].make_ascii_lowercase();
            Lower {
                buf,
                len: word.len(),
                heap: None,
            }
        } else {
            Lower {
                buf,
                len: 0,
                heap: Some(word.to_lowercase()),
            }
        }
    }

    /// The lower-cased word.
    pub fn as_str(&self) -> &str {
        match &self.heap {
            Some(s) => s,
            // ASCII case changes keep UTF-8 valid.
            None => std::str::from_utf8(&self.buf[..self.len]).unwrap_or_default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The masks never reject a member, and reject what no member could be.
    #[test]
    fn word_sets_answer_as_hash_sets() {
        let all: [&LazyLock<WordSet>; 6] = [
            &ORG_HEADS,
            &LEGAL_SUFFIXES,
            &CONNECTORS,
            &NEVER_NAMES,
            &WEAPON_NOUNS,
            &SAID,
        ];
        for set in all {
            for w in &set.words {
                assert!(is(set, w), "{w}");
                assert!(!is(set, &format!("{w}x")) || set.words.contains(format!("{w}x").as_str()));
            }
        }
        assert!(!is(&ORG_HEADS, "the"));
        assert!(!is(&ORG_HEADS, ""));
        assert!(!is(
            &ORG_HEADS,
            "Ministryyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy"
        ));
        assert!(is(&NEVER_NAMES, "I’m") && !is(&NEVER_NAMES, "I’d"));
        let long: &'static str = "x".repeat(70).leak();
        let set = WordSet::new(&[long, "ab"]);
        assert!(set.contains(long) && set.contains("ab"));
        assert!(!set.contains(&"x".repeat(69)) && !set.contains("xb") && !set.contains("a"));
        // The length-and-last-byte mask: same length and first two bytes,
        // another last byte.
        let set = WordSet::new(&["Bank", "ab."]);
        assert!(set.contains("Bank") && !set.contains("Bant") && !set.contains("Banks"));
        assert!(set.contains_ascii_lowercase("AB.") && !set.contains_ascii_lowercase("ABC"));
        for w in [
            "Army",
            "MILITARY",
            "troops",
            "Tanks",
            "",
            "Ärmy",
            "x".repeat(40).as_str(),
        ] {
            assert_eq!(
                MILITARY_WORDS.contains_ascii_lowercase(w),
                is(&MILITARY_WORDS, &w.to_ascii_lowercase()),
                "{w}"
            );
        }
    }

    /// `is_lower` and `Lower` answer as `to_lowercase` does, ASCII or not.
    #[test]
    fn lower_cased_lookups_match_to_lowercase() {
        for w in [
            "Rifles",
            "RIFLE",
            "tank",
            "",
            "Ärmy",
            "\u{212A}m",
            "İ",
            "MISSILES",
            "x".repeat(40).as_str(),
        ] {
            assert_eq!(
                is_lower(&WEAPON_NOUNS, w),
                is(&WEAPON_NOUNS, &w.to_lowercase()),
                "{w}"
            );
            assert_eq!(Lower::new(w).as_str(), w.to_lowercase(), "{w}");
        }
        assert!(is_lower(&WEAPON_NOUNS, "Rifles") && !is_lower(&WEAPON_NOUNS, "Riflex"));
    }
}
