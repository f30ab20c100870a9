//! Word classes of the relation stage: function-word bits (determiners,
//! prepositions, auxiliaries, reporting verbs, support verbs ...), the nouns
//! for actors and targets that a name or demonym before them stands for, and
//! the descriptor nouns ("the company") that refer back to an entity.

use super::doc::Doc;

/// Word-class bits.
pub(crate) const DET: u32 = 1;
pub(crate) const PREP: u32 = 1 << 1;
pub(crate) const CONJ: u32 = 1 << 2;
pub(crate) const AUX: u32 = 1 << 3;
pub(crate) const BE: u32 = 1 << 4;
pub(crate) const NEG: u32 = 1 << 5;
pub(crate) const PRON: u32 = 1 << 6;
pub(crate) const REL: u32 = 1 << 7;
pub(crate) const SUB: u32 = 1 << 8;
pub(crate) const REPORT: u32 = 1 << 9;
pub(crate) const ADV: u32 = 1 << 10;
pub(crate) const STOP: u32 = 1 << 11;
pub(crate) const TITLE: u32 = 1 << 12;
pub(crate) const POSS: u32 = 1 << 13;
pub(crate) const HAVE: u32 = 1 << 14;
/// Words about arms ("missiles", "military").
pub(crate) const ARMS: u32 = 1 << 15;
/// The word starts a form of the predicate lexicon.
pub(crate) const LEX: u32 = 1 << 16;
/// The word starts a form of the lexicon that is no predicate ("trade war").
pub(crate) const NOPRED: u32 = 1 << 18;
/// A support ("light") verb: its object noun carries the predicate
/// ("launched an invasion of", "carried out raids on", "imposed sanctions on").
pub(crate) const LIGHT: u32 = 1 << 17;
/// The grammatical classes (all but [`ARMS`] and [`LEX`]).
pub(crate) const FUNCTION: u32 = (1 << 15) - 1;

pub(super) const CLASSES: &[(u32, &str)] = &[
    (DET, "the a an this these those its his her their our your my some any each every both all no another such one two three four five six seven eight nine ten eleven twelve several many few"),
    (PREP, "of in on at to from with by for into onto over under between among against about through during after before since near via across toward towards within without upon amid despite including like off behind alongside beyond"),
    (CONJ, "and or nor but &"),
    (AUX, "be is are was were been being am will would shall should can could may might must do does did have has had having 're 've 'll 'd"),
    (BE, "be is are was were been being am 're get gets got gotten"),
    (HAVE, "have has had having 've"),
    (NEG, "not n't never cannot no"),
    (PRON, "he she him her his it its they them their we us our i me my you your we'll we're we've we'd i'm i'll i've i'd they're they'll they've it's he's she's you're you'll"),
    (POSS, "his her its their our my your 's '"),
    (REL, "which who whom whose that"),
    (SUB, "when while whereas although though because since if unless as until whether where after before"),
    (REPORT, "said say says saying told tell tells stated added adds noted notes announced announces claimed claims confirmed confirms reported reports revealed reveals according believes believe believed insisted insists argued argues explained explains wrote writes quoted read reads warned"),
    (ADV, "also ever already reportedly recently formally successfully jointly further now still then today soon finally officially indigenously originally first even just earlier yet currently presently largely eventually actually previously subsequently initially again once immediately reportedly allegedly quickly fully overnight yesterday tomorrow tonight later meanwhile"),
    (STOP, "; : \" “ ” — – ( ) [ ] ‘ . ! ?"),
    (ARMS, "arms weapon weapons weaponry military defence defense missile missiles jet jets aircraft fighter fighters helicopter helicopters tank tanks warship warships frigate frigates submarine submarines drone drones rifle rifles gun guns howitzer howitzers ammunition munitions artillery armament armaments bomber bombers interceptor interceptors radar radars warplanes vessels rocket rockets shell shells bomb bombs mortar mortars grenade grenades torpedo torpedoes projectile projectiles"),
    // Support verbs in all their forms: English lends their subject to the
    // event noun they take as object (Jespersen's light verbs; Quirk et al.
    // 1985, "eventive objects"), whatever that noun's own category is.
    (LIGHT, "commence commences commenced commencing launch launches launched launching conduct conducts conducted conducting carry carries carried carrying stage stages staged staging mount mounts mounted mounting make makes made making hold holds held holding have has had having impose imposes imposed imposing take takes took taken taking level levels levelled leveled levelling leveling issue issues issued issuing step steps stepped stepping begin begins began begun beginning start starts started starting continue continues continued continuing resume resumes resumed resuming intensify intensifies intensified intensifying escalate escalates escalated escalating enter enters entered entering adopt adopts adopted adopting unveil unveils unveiled unveiling announce announces announced announcing extend extends extended extending give gives gave given giving offer offers offered offering pledge pledges pledged pledging provide provides provided providing slap slaps slapped slapping unleash unleashes unleashed unleashing deliver delivers delivered delivering pay pays paid paying send sends sent sending win wins won winning"),
    (TITLE, "minister secretary president chief ambassador spokesman spokeswoman spokesperson general admiral commander chairman ceo director premier chancellor king queen leader envoy marshal governor head prime deputy foreign defence defense army navy air staff colonel lieutenant major captain official"),
];

/// Fact bits of a word ([`Doc::has`]): unlike classes they are kept
/// inside names, and they give no grammatical class.
///
/// A verb of naming that takes an object and a predicative phrase
/// ("called", "branded"; `quote::NAMING`).
pub(crate) const NAMING_VERB: u32 = 1;

/// The possessive marker: "'s" or "'" (also written with a curly
/// apostrophe).
pub(crate) const POSS_MARK: u32 = 1 << 1;
/// A form of a verb that makes the act it governs irrealis ("hopes to
/// sign", "is considering buying"; `GOVERNORS`).
pub(crate) const GOVERNOR: u32 = 1 << 2;

/// A form of "deny" ([`Doc::denied`](super::doc::Doc::denied)).
pub(crate) const DENIAL: u32 = 1 << 3;
/// A form of a verb that rejects a claim it takes as object ("rejected
/// accusations that", "dismissed reports that").
pub(crate) const REBUTTAL: u32 = 1 << 4;
/// A form of a verb that asks its object to act ("urged X to impose").
pub(crate) const DIRECTIVE: u32 = 1 << 5;
/// The hyphen, which joins the words of a compound ("Iran-backed"): a
/// sentence without one has no compound to read
/// (`emit::Emitter::compounds`).
pub(crate) const HYPHEN: u32 = 1 << 6;

/// The lemmas of the verb fact bits, inflected with the lexicon's rules.
const VERB_FACTS: &[(u32, &[&str])] = &[
    (DENIAL, &["deny"]),
    (REBUTTAL, &["reject", "dismiss", "refute"]),
    (
        DIRECTIVE,
        &["urge", "ask", "press", "encourage", "implore", "exhort"],
    ),
];

/// The words of each fact bit, for the word table ([`super::verbs::Word`]).
pub(super) fn facts() -> Vec<(u32, String)> {
    let mut out: Vec<(u32, String)> = Vec::new();
    for (w, _) in super::quote::NAMING {
        out.push((NAMING_VERB, w.to_string()));
    }
    for w in ["'s", "'"] {
        out.push((POSS_MARK, w.to_string()));
    }
    out.push((HYPHEN, "-".to_string()));
    for g in GOVERNORS {
        let mut forms: Vec<String> = ["", "s", "ed", "d", "ing", "es"]
            .iter()
            .map(|s| format!("{g}{s}"))
            .collect();
        if let Some(stem) = g.strip_suffix('e') {
            forms.push(format!("{stem}ing"));
        }
        // "is considered a key backer" is "is regarded as".
        forms.retain(|f| f != "considered");
        out.extend(forms.into_iter().map(|f| (GOVERNOR, f)));
    }
    for (bit, lemmas) in VERB_FACTS {
        for l in *lemmas {
            out.extend(super::verbs::inflect(l).into_iter().map(|(f, _)| (*bit, f)));
        }
    }
    out
}

/// Nouns for people, forces and bodies that a name or demonym before them
/// stands for ("Indian troops", "Chinese officials").
pub(super) const ACTOR_HEADS: &[&str] = &[
    "official",
    "representatives",
    "representative",
    "officials",
    "leader",
    "leaders",
    "leadership",
    "troops",
    "soldiers",
    "forces",
    "force",
    "government",
    "governments",
    "ministry",
    "ministries",
    "army",
    "navy",
    "military",
    "counterpart",
    "counterparts",
    "president",
    "minister",
    "ministers",
    "delegation",
    "delegations",
    "side",
    "authorities",
    "diplomats",
    "envoy",
    "envoys",
    "ambassador",
    "team",
    "teams",
    "people",
    "company",
    "companies",
    "firm",
    "firms",
    "ships",
    "warships",
    "jets",
    "planes",
    "aircraft",
    "regime",
    "militants",
    "rebels",
    "ship",
    "warship",
    "vessel",
    "vessels",
    "destroyer",
    "plane",
    "jet",
    "embassy",
    "coast",
    "guard",
    "police",
    "border",
    "separatists",
    "fighters",
    "units",
    "unit",
    "counterpart",
    "defence",
    "defense",
];

/// Numbers in words, after words of quantity ("up to two", "more than a
/// dozen" is left out: "a" also opens other phrases).
pub(super) const NUMBER_WORDS: &[&str] = &[
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "dozens",
    "hundreds",
    "thousands",
];

/// Nouns of measure or collection before "of" and an event noun, which
/// stand between a support verb and that noun ("imposed a new round of
/// sanctions on X", "launched a wave of airstrikes on X"), or between a
/// transfer's recipient and its arms ("supplied X with hundreds of drones").
pub(super) const MEASURE_NOUNS: &[&str] = &[
    "round",
    "rounds",
    "wave",
    "waves",
    "series",
    "barrage",
    "string",
    "spate",
    "volley",
    "salvo",
    "flurry",
    "package",
    "packages",
    "raft",
    "slew",
    "batch",
    "set",
    "dozens",
    "hundreds",
    "thousands",
    "tens",
    "millions",
    "scores",
    "batches",
    "shipment",
    "shipments",
    "consignment",
    "consignments",
    "number",
    "squadron",
    "squadrons",
];

/// Nouns for an organisation's premises or its place at a show: a visit
/// there is a visit to the organisation ("visited the Boeing plant", "toured
/// Dassault's factory", "visited the UAC stand"; [`Doc::site_head_at`](super::doc::Doc::site_head_at)).
pub(super) const SITE_HEADS: &[&str] = &[
    "plant",
    "plants",
    "factory",
    "factories",
    "facility",
    "facilities",
    "headquarters",
    "shipyard",
    "shipyards",
    "offices",
    "campus",
    "premises",
    "stand",
    "pavilion",
    "booth",
    "chalet",
];

/// Nouns for what a party holds, guards or lives in: the objects of an
/// attack or threat that a name or demonym before them stands for
/// ("shelled Armenian positions", "struck Hezbollah targets", "fired at
/// Ukrainian ports", "killed Afghan civilians"). People and forces are in
/// [`ACTOR_HEADS`].
pub(super) const TARGET_HEADS: &[&str] = &[
    "positions",
    "targets",
    "sites",
    "base",
    "bases",
    "outpost",
    "outposts",
    "posts",
    "port",
    "ports",
    "territory",
    "airspace",
    "waters",
    "village",
    "villages",
    "town",
    "towns",
    "city",
    "cities",
    "infrastructure",
    "facility",
    "facilities",
    "installations",
    "convoy",
    "convoys",
    "patrol",
    "patrols",
    "boat",
    "boats",
    "tanker",
    "tankers",
    "drone",
    "drones",
    "helicopter",
    "helicopters",
    "bombers",
    "stronghold",
    "strongholds",
    "hideouts",
    "camp",
    "camps",
    "checkpoint",
    "checkpoints",
    "civilians",
    "citizens",
    "nationals",
    "personnel",
    "servicemen",
    "sailors",
    "pilots",
    "commanders",
    // Members of a party ("killed a senior Hezbollah commander").
    "commander",
    "soldier",
    "militant",
    "fighter",
    "member",
    "members",
    "operative",
    "operatives",
    "officer",
    "officers",
    "territories",
    // A party's weapons and military property ("destroyed Armenian tanks",
    // "struck Iranian air defences").
    "tanks",
    "jets",
    "aircraft",
    "warplanes",
    "warships",
    "ships",
    "vessels",
    "submarines",
    "defences",
    "defenses",
    "depot",
    "depots",
    "airfield",
    "airfields",
    "airbase",
    "airbases",
    "vehicles",
    "warehouses",
    "ship",
    "vessel",
    "warship",
    "tank",
    "jet",
    // Civil works a party holds ("struck Ukraine's energy grid", "hit
    // Russian oil refineries").
    "grid",
    "grids",
    "plant",
    "plants",
    "station",
    "stations",
    "refinery",
    "refineries",
    "pipeline",
    "pipelines",
    "platform",
    "platforms",
    "rigs",
    "oilfield",
    "oilfields",
    "fields",
    "airport",
    "airports",
    "bridge",
    "bridges",
    "embassy",
    "embassies",
    "consulate",
    "headquarters",
    "compound",
    "compounds",
    "barracks",
    // Where a party's people live ("attacked Israeli communities").
    "communities",
    "settlements",
    "neighborhoods",
    "neighbourhoods",
    "homes",
    "hospitals",
    "schools",
    "residents",
];

/// Head nouns for what sanctions strike at in a state: its banks, firms,
/// trade and programmes ("sanctions on Iran's central bank", "sanctioned
/// Chinese firms", "sanctions on Russian oil"). People and bodies are in
/// [`ACTOR_HEADS`]. Imports are left out: a ban on a state's goods
/// ("banned U.S. beef imports") is as often a trade measure.
pub(super) const ASSET_HEADS: &[&str] = &[
    "bank",
    "banks",
    "lenders",
    "company",
    "companies",
    "firm",
    "firms",
    "businesses",
    "entities",
    "individuals",
    "oligarchs",
    "exporters",
    "exports",
    "oil",
    "gas",
    "sector",
    "sectors",
    "industry",
    "industries",
    "program",
    "programs",
    "programme",
    "programmes",
    "economy",
    "shipping",
    "airlines",
    "assets",
    // Makers and traders ("sanctions on Iranian drone makers").
    "makers",
    "manufacturers",
    "producers",
    "suppliers",
    "traders",
];

/// Head nouns that describe an entity named earlier ("the company").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Descriptor {
    /// company, firm, manufacturer, maker, contractor: a company.
    Company,
    /// group, organisation, militia, alliance, bloc: any organisation.
    Organisation,
    /// country, nation, kingdom, republic: a country.
    Country,
    /// island: a country or a place; only a country is taken.
    Island,
}

impl Descriptor {
    pub(crate) fn of(w: &str) -> Option<Descriptor> {
        Some(match w {
            "company" | "firm" | "manufacturer" | "maker" | "contractor" | "conglomerate" => {
                Descriptor::Company
            }
            "group" | "organisation" | "organization" | "militia" | "alliance" | "bloc"
            | "movement" => Descriptor::Organisation,
            "country" | "nation" | "kingdom" | "republic" => Descriptor::Country,
            "island" => Descriptor::Island,
            _ => return None,
        })
    }

    pub(crate) fn fits(self, doc: &Doc, e: usize) -> bool {
        match self {
            Descriptor::Company => doc.is_company(e),
            Descriptor::Organisation => {
                doc.ex.entities[e].kind == crate::extract::EntityType::Organisation
            }
            Descriptor::Country => doc.ex.entities[e].kind == crate::extract::EntityType::Country,
            Descriptor::Island => matches!(
                doc.ex.entities[e].kind,
                crate::extract::EntityType::Country | crate::extract::EntityType::Location
            ),
        }
    }
}

/// Verbs that make the act they govern irrealis ([`Doc::irrealis`](super::doc::Doc::irrealis)):
/// attempt, wish, consideration; a cancelled, delayed or unfinished act; a
/// lifted restriction; a blocked, halted or banned act.
/// Each with its forms ending in "s", "ed", "d", "ing", "es" (and "ing"
/// for its final "e"), as the fact bit [`GOVERNOR`].
pub(super) const GOVERNORS: &[&str] = &[
    "seek",
    "sought",
    "want",
    "hope",
    "wish",
    "try",
    "tried",
    "tries",
    "aim",
    "consider",
    "mull",
    "weigh",
    "explore",
    "cancel",
    "cancelled",
    "canceled",
    "postpone",
    "scrap",
    "scrapped",
    "suspend",
    "delay",
    "abandon",
    "shelve",
    "near",
    // Lifting a restriction is no act of it ("lifted sanctions on X",
    // "eased its ban on X"): verbs of removal that take a state as object.
    "lift",
    "ease",
    "relax",
    "waive",
    "repeal",
    "rescind",
    "revoke",
    // A blocked or foiled act is not done ("blocked the sale of W to X",
    // "foiled an attack on X").
    "block",
    "veto",
    "thwart",
    "foil",
    "prevent",
    // A halted, stopped, frozen or banned act is not done ("halted arms
    // sales to X", "stopped supplying W to X", "banned the export of W to
    // X").
    "halt",
    "stop",
    "stopped",
    "stopping",
    "freeze",
    "froze",
    "frozen",
    "ban",
    "banned",
    "banning",
    "prohibit",
    // A threat to act is no act ("threatened to use nuclear weapons").
    "threaten",
];

/// Nouns for parts of a weapon ("components of", "wings").
pub(super) const PARTS: &[&str] = &[
    "component",
    "components",
    "part",
    "parts",
    "wing",
    "wings",
    "fuselage",
    "fuselages",
    "airframe",
    "airframes",
    "engine",
    "engines",
    "subsystem",
    "subsystems",
    "section",
    "sections",
    "assembly",
    "assemblies",
    "spares",
];

/// Nouns after a weapon name for its upkeep or programme, not the weapon
/// itself ("its P-8I fleet", "F-15 maintenance"; [`Doc::weapon_itself`]).
pub(super) const NOT_ITSELF: &[&str] = &[
    "fleet",
    "fleets",
    "maintenance",
    "upgrade",
    "upgrades",
    "upgradation",
    "support",
    "training",
    "sustainment",
    "repair",
    "repairs",
    "overhaul",
    "servicing",
    "simulator",
    "simulators",
    "programme",
    "program",
    "project",
    "production",
    "line",
    "lines",
    "plant",
    "facility",
];
