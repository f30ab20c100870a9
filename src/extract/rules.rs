//! The small closed word classes the tagging rules use: organisation heads
//! and suffixes, location heads, weapon nouns, ship prefixes, and words that
//! are never names (months, weekdays). Open classes (names, titles, common
//! words) live in the lexicon files. Lists are kept one line per letter,
//! sorted, so additions are easy to review.

/// Last words that make a capitalised sequence an organisation
/// ("Zhuhai Aerospace Ltd", "Indian Defence Innovation Organization").
#[rustfmt::skip]
pub const ORG_HEADS: &[&str] = &[
    "Academy", "Administration", "Aeronautics", "Aerospace", "Agency", "Airlines", "Airways",
    "Alliance", "Army", "Arsenal", "Assembly", "Association", "Authority", "Aviation",
    "Bank", "Board", "Brigade", "Bureau",
    "Cabinet", "Center", "Centre", "Co", "Co.", "College", "Command", "Commission", "Committee",
    "Company", "Concern", "Conglomerate", "Consortium", "Corp", "Corp.", "Corporation", "Corps",
    "Council", "Court",
    "Defence", "Department", "Directorate", "Division", "Dockyard", "Dynamics",
    "Electronics", "Embassy", "Engineering", "Enterprises", "Establishment",
    "Factories", "Factory", "Federation", "Fleet", "Forces", "Forge", "Forum", "Foundation",
    "Group", "Guard",
    "Holding", "Holdings",
    "Inc", "Inc.", "Industries", "Institute", "Institution",
    "Laboratories", "Laboratory", "Limited", "LLC", "Ltd", "Ltd.",
    "Marines", "Ministry", "Mission", "Motors",
    "Navy", "Network",
    "Office", "Organisation", "Organization",
    "Parliament", "Party", "PLC", "Plc", "Police", "Pvt",
    "Railways", "Regiment",
    "S.p.A", "S.p.A.", "Secretariat", "Service", "Services", "Shipbuilders", "Shipbuilding",
    "Shipyard", "Shipyards", "Society", "Solutions", "SpA", "Squadron", "Systems",
    "Technologies", "Technology", "Trust",
    "Union", "University",
    "Works",
];

/// Legal suffixes: "BAE Systems Inc" is still BAE Systems.
#[rustfmt::skip]
pub const LEGAL_SUFFIXES: &[&str] = &[
    "AG", "Co", "Co.", "Corp", "Corp.", "GmbH", "Inc", "Inc.", "JSC", "LLC", "Limited", "Ltd",
    "Ltd.", "PJSC", "PLC", "Plc", "plc", "Pvt", "S.p.A", "S.p.A.", "SA", "SAS", "SpA",
];

/// Heads that add nothing to a known organisation's name ("Russian
/// Helicopters Holding Company" is Russian Helicopters).
#[rustfmt::skip]
pub const GENERIC_HEADS: &[&str] = &[
    "Company", "Concern", "Corporation", "Group", "Holding", "Holdings",
];

/// First words that, followed by "of", "for" or "on", make an organisation
/// ("Ministry of Commerce of India", "Centre for Military Airworthiness").
#[rustfmt::skip]
pub const ORG_LEADS: &[&str] = &[
    "Academy", "Agency", "Association", "Bank", "Board", "Bureau", "Center", "Centre", "Chamber",
    "College", "Commission", "Committee", "Confederation", "Conference", "Council", "Court",
    "Department", "Directorate", "Embassy", "Federation", "Institute", "League", "Ministry",
    "Office", "Organisation", "Organization", "Society", "University",
];

/// Words that never start a name ("The Indian Navy", "This Su-30MKI").
#[rustfmt::skip]
pub const DETERMINERS: &[&str] = &[
    "A", "All", "An", "Any", "Both", "Each", "Every", "Her", "His", "Its", "Many", "No", "Our",
    "Several", "Some", "That", "The", "Their", "These", "This", "Those", "Your",
];

/// Last words that make a capitalised sequence a location.
#[rustfmt::skip]
pub const LOC_HEADS: &[&str] = &[
    "Airbase", "Airfield", "Airport", "Archipelago", "Base", "Basin", "Bay", "Canal", "Channel",
    "Coast", "Desert", "District", "Glacier", "Gulf", "Harbour", "Harbor", "Heights", "Highway",
    "Island", "Islands", "Lake", "Mountains", "Ocean", "Pass", "Peninsula", "Plateau", "Port",
    "Province", "Range", "Region", "River", "Sea", "Square", "Strait", "Valley",
];

/// Nouns that say a designator near them is a weapon ("J-20 fighters").
#[rustfmt::skip]
pub const WEAPON_NOUNS: &[&str] = &[
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
];

/// Capitalised last words that make an unknown name a weapon ("Trichy
/// Assault Rifle"); narrower than [`WEAPON_NOUNS`]: no "System", "Variant".
#[rustfmt::skip]
pub const WEAPON_HEADS: &[&str] = &[
    "bomber", "bombers", "carbine", "carbines", "destroyer", "drone", "drones", "fighter",
    "fighters", "frigate", "frigates", "gun", "guns", "helicopter", "helicopters", "howitzer",
    "howitzers", "missile", "missiles", "rifle", "rifles", "submarine", "submarines", "tank",
    "tanks", "torpedo", "torpedoes",
];

/// Nouns after which a capitalised name is a ship ("the frigate Thor Heyerdahl").
#[rustfmt::skip]
pub const SHIP_NOUNS: &[&str] = &[
    "carrier", "corvette", "cruiser", "destroyer", "frigate", "icebreaker", "ship", "submarine",
    "tanker", "vessel", "warship",
];

/// Prefixes of ship names ("HMS Sutherland", "INS Vikrant").
#[rustfmt::skip]
pub const SHIP_PREFIXES: &[&str] = &[
    "ARA", "BNS", "CNS", "FS", "HDMS", "HMAS", "HMCS", "HMNZS", "HMS", "HNLMS", "HNoMS", "HS",
    "INS", "ITS", "JS", "KNM", "NRP", "PNS", "RFA", "ROKS", "RSS", "SLNS", "TCG", "USNS", "USS",
];

/// Connectors that may sit inside a name ("Line of Actual Control").
#[rustfmt::skip]
pub const CONNECTORS: &[&str] = &[
    "al", "bin", "da", "de", "del", "der", "di", "du", "el", "for", "la", "le", "of", "on", "van",
    "von",
];

/// Lower-case tails of hyphenated words that describe, not name:
/// "Minneapolis-based", "Russian-made", "Saudi-led".
#[rustfmt::skip]
pub const COMPOUND_TAILS: &[&str] = &[
    "backed", "based", "born", "bound", "built", "class", "era", "funded", "led", "made", "owned",
    "run", "style", "type",
];

/// Capitalised words that are never names on their own.
#[rustfmt::skip]
pub const NEVER_NAMES: &[&str] = &[
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
    "Sept", "Oct", "Nov", "Dec", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
    "Saturday", "Sunday", "I", "I'm", "I’m", "Covid", "COVID", "Covid-19", "COVID-19",
];

/// Verbs of saying that mark the name next to them as a person ("Nik Khanna said").
#[rustfmt::skip]
pub const SAID: &[&str] = &[
    "added", "adds", "announced", "asked", "claimed", "commented", "confirmed", "declared",
    "explained", "insisted", "noted", "remarked", "replied", "said", "says", "stated", "tells",
    "told", "tweeted", "wrote",
];

/// True when `word` is in `list`.
pub fn is(list: &[&str], word: &str) -> bool {
    list.contains(&word)
}
