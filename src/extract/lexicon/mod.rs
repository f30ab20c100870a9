//! The built-in lexicons (data files beside this module, compiled in) and
//! user lexicons added with `--lexicon TYPE=FILE`.
//!
//! File formats are described in `README.md` in this folder. Loading turns
//! them into one [`Lexicon`]: canonical names, the surface forms that point at
//! them, titles, given names, common words, and a table of weapon designators
//! keyed by their letters and digits alone, so that "Su-30Mki", "Su 30MKI" and
//! "SU30MKI" all find "Su-30MKI".

use rustc_hash::{FxHashMap, FxHashSet};

use super::EntityType;
use crate::error::Error;

const COUNTRIES: &str = include_str!("countries.tsv");
const LOCATIONS: &str = include_str!("locations.tsv");
const ORGANISATIONS: &str = include_str!("organisations.tsv");
const WEAPONS: &str = include_str!("weapons.tsv");
const TITLES: &str = include_str!("titles.tsv");
const GIVEN_NAMES: &str = include_str!("given_names.txt");
const COMMON_WORDS: &str = include_str!("common_words.txt");
const WEAPONS_IN_CONTEXT: &str = include_str!("weapons_in_context.tsv");
const SURNAMES: &str = include_str!("surnames.txt");
const EAST_ASIAN_SURNAMES: &str = include_str!("east_asian_surnames.txt");
const CIVIL_AIRCRAFT: &str = include_str!("civil_aircraft.tsv");

/// What a title is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TitleKind {
    /// Mr, Dr, Shri: says a person follows.
    Honorific,
    /// General, Lt Gen, Admiral.
    Rank,
    /// President, Defence Minister, CEO.
    Office,
}

impl TitleKind {
    /// `honorific`, `rank` or `office`, as the title files write it.
    pub fn parse(s: &str) -> Option<TitleKind> {
        match s {
            "honorific" => Some(TitleKind::Honorific),
            "rank" => Some(TitleKind::Rank),
            "office" => Some(TitleKind::Office),
            _ => None,
        }
    }
}

/// What a surface form points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// A canonical name (index into [`Lexicon::names`]).
    Name(u32),
    /// A demonym or adjective of a country ("Indian" → India).
    Demonym(u32),
    /// A title or rank.
    Title(TitleKind),
}

/// A canonical entity known to the lexicon.
#[derive(Debug, Clone)]
pub struct Name {
    /// Entity type.
    pub kind: EntityType,
    /// Canonical label ("India", "Su-30MKI", "Indian Air Force").
    pub label: String,
}

/// All lexicon facts, ready for matching.
#[derive(Debug, Default)]
pub struct Lexicon {
    /// Canonical names.
    pub names: Vec<Name>,
    /// Given names ("Rajnath", "Yury").
    pub given_names: FxHashSet<String>,
    /// Frequent surnames ("Khan", "Miller").
    pub surnames: FxHashSet<String>,
    /// Chinese, Korean and Vietnamese family names, written before the
    /// given name ("Xi", "Moon", "Nguyen").
    pub east_asian_surnames: FxHashSet<String>,
    /// Lower-case common words that are not names on their own.
    pub common_words: FxHashSet<String>,
    /// Weapon designators keyed by [`designator_key`].
    pub designators: FxHashMap<String, u32>,
    /// Lower-case letter prefixes of known designators ("su", "mig", "ka").
    pub weapon_prefixes: FxHashSet<String>,
    /// One-word weapon names tagged only in context ("Typhoon" → Eurofighter Typhoon).
    pub weapons_in_context: FxHashMap<String, u32>,
    /// Civil airliner, engine and launcher families keyed by
    /// [`designator_key`] ("a340", "cf6", "ariane"), from `civil_aircraft.tsv`.
    pub civil_families: FxHashSet<String>,
    /// Families of aircraft engines, civil and military ("cf6", "f404"),
    /// from the `engine` rows of `civil_aircraft.tsv`: never weapons.
    pub engine_families: FxHashSet<String>,
    /// Surface forms and what they point at; the first file wins on duplicates.
    index: FxHashMap<String, Target>,
}

/// Letters and digits of a designator, lower-cased: "Su-30Mki" → "su30mki".
pub fn designator_key(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// True when `s` looks like a model designation: letters and digits, with a digit.
pub fn is_designator(s: &str) -> bool {
    let mut letters = false;
    let mut digits = false;
    for c in s.chars() {
        if c.is_alphabetic() {
            letters = true;
        } else if c.is_ascii_digit() {
            digits = true;
        } else if !matches!(c, '-' | '/' | ' ' | '.') {
            return false;
        }
    }
    letters && digits && s.chars().next().is_some_and(char::is_alphabetic)
}

fn data_lines(src: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    src.lines().enumerate().filter_map(|(i, l)| {
        let l = l.trim_end_matches('\r');
        if l.trim().is_empty() || l.starts_with('#') {
            None
        } else {
            Some((i + 1, l.split('\t').map(str::trim).collect()))
        }
    })
}

fn list<'a>(field: Option<&&'a str>) -> impl Iterator<Item = &'a str> {
    field
        .copied()
        .unwrap_or("")
        .split('|')
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

impl Lexicon {
    /// The built-in lexicons.
    pub fn builtin() -> Lexicon {
        let mut lex = Lexicon::default();
        // Order matters on duplicate surfaces: the first file wins.
        lex.add_entities(EntityType::Organisation, ORGANISATIONS, 1);
        lex.add_entities(EntityType::Weapon, WEAPONS, 2);
        lex.add_countries(COUNTRIES);
        lex.add_entities(EntityType::Location, LOCATIONS, 3);
        for (_, f) in data_lines(TITLES) {
            let kind = f
                .get(1)
                .and_then(|k| TitleKind::parse(k))
                .unwrap_or(TitleKind::Office);
            lex.add_surface(f[0], Target::Title(kind));
            // "the South's president Moon Jae-in": offices are written in
            // lower case too; they only matter before a capitalised name.
            if kind == TitleKind::Office && f[0].chars().any(char::is_uppercase) {
                lex.add_surface(&f[0].to_lowercase(), Target::Title(kind));
            }
        }
        lex.given_names = data_lines(GIVEN_NAMES)
            .map(|(_, f)| f[0].to_string())
            .collect();
        lex.surnames = data_lines(SURNAMES)
            .map(|(_, f)| f[0].to_string())
            .collect();
        lex.east_asian_surnames = data_lines(EAST_ASIAN_SURNAMES)
            .map(|(_, f)| f[0].to_string())
            .collect();
        lex.common_words = data_lines(COMMON_WORDS)
            .map(|(_, f)| f[0].to_lowercase())
            .collect();
        for (_, f) in data_lines(WEAPONS_IN_CONTEXT) {
            let target = f.get(1).and_then(|name| {
                lex.names
                    .iter()
                    .position(|n| n.kind == EntityType::Weapon && n.label == *name)
            });
            if let Some(n) = target {
                lex.weapons_in_context.insert(f[0].to_string(), n as u32);
            }
        }
        lex.civil_families = data_lines(CIVIL_AIRCRAFT)
            .map(|(_, f)| designator_key(f[0]))
            .collect();
        lex.engine_families = data_lines(CIVIL_AIRCRAFT)
            .filter(|(_, f)| f.get(2) == Some(&"engine"))
            .map(|(_, f)| designator_key(f[0]))
            .collect();
        lex
    }

    /// Whether `surface` is a designation of a civil airliner, engine or
    /// launcher family: the family, then nothing, a hyphen and more
    /// ("A310-300", "CF6-80C2") or letters ("A340s", "MD-11F"), but not more
    /// digits ("A3401" is no A340).
    pub fn civil_family(&self, surface: &str) -> bool {
        family_of(&self.civil_families, surface)
    }

    /// Whether `surface` is a designation of an aircraft engine family
    /// ("F110-GE-100", "F404", "CF6-80C2"), matched as [`Lexicon::civil_family`].
    pub fn engine_family(&self, surface: &str) -> bool {
        family_of(&self.engine_families, surface)
    }

    /// Adds a user lexicon: `name<TAB>alias|alias...` lines for entities of
    /// type `kind` (for `title`: `title<TAB>honorific|rank|office`).
    pub fn add_user_file(&mut self, kind: &str, path: &str, src: &str) -> Result<(), Error> {
        let bad = |line: usize, reason: String| Error::Lexicon {
            path: path.to_string(),
            line,
            reason,
        };
        if kind == "title" {
            for (line, f) in data_lines(src) {
                let given = f.get(1).copied().unwrap_or("office");
                let Some(k) = TitleKind::parse(given) else {
                    return Err(bad(line, format!("unknown title kind {given:?}")));
                };
                self.add_surface_first(f[0], Target::Title(k));
            }
            return Ok(());
        }
        let etype = EntityType::parse(kind).ok_or_else(|| {
            bad(
                0,
                format!("unknown type {kind:?} (person, organisation, country, weapon, location, title)"),
            )
        })?;
        for (line, f) in data_lines(src) {
            if f[0].is_empty() {
                return Err(bad(line, "empty name".into()));
            }
            let idx = self.push_name(etype, f[0]);
            // User entries win over built-in ones with the same surface.
            self.add_surface_first(f[0], Target::Name(idx));
            for a in list(f.get(1)) {
                self.add_surface_first(a, Target::Name(idx));
            }
            if etype == EntityType::Weapon {
                self.add_designators(idx, std::iter::once(f[0]).chain(list(f.get(1))));
            }
        }
        Ok(())
    }

    fn push_name(&mut self, kind: EntityType, label: &str) -> u32 {
        self.names.push(Name {
            kind,
            label: label.to_string(),
        });
        (self.names.len() - 1) as u32
    }

    /// Every surface form and what it points at.
    pub fn surfaces(&self) -> impl Iterator<Item = (&str, Target)> {
        self.index.iter().map(|(s, t)| (s.as_str(), *t))
    }

    /// What a surface form points at, if the lexicon knows it.
    pub fn get(&self, surface: &str) -> Option<Target> {
        self.index.get(surface).copied()
    }

    /// True when `surface` is a country's name, alias or demonym.
    pub fn is_country(&self, surface: &str) -> bool {
        match self.get(surface) {
            Some(Target::Demonym(_)) => true,
            Some(Target::Name(n)) => self.names[n as usize].kind == EntityType::Country,
            _ => false,
        }
    }

    fn add_surface(&mut self, surface: &str, target: Target) {
        if !surface.is_empty() && !self.index.contains_key(surface) {
            self.index.insert(surface.to_string(), target);
        }
    }

    fn add_surface_first(&mut self, surface: &str, target: Target) {
        if !surface.is_empty() {
            self.index.insert(surface.to_string(), target);
        }
    }

    /// Entities with `name` in column 0 and aliases in column `alias_col`.
    fn add_entities(&mut self, kind: EntityType, src: &str, alias_col: usize) {
        for (_, f) in data_lines(src) {
            let idx = self.push_name(kind, f[0]);
            self.add_surface(f[0], Target::Name(idx));
            let aliases: Vec<&str> = list(f.get(alias_col)).collect();
            for a in &aliases {
                self.add_surface(a, Target::Name(idx));
            }
            if kind == EntityType::Weapon {
                // Plurals as news writes them: "Typhoons", "Rafales", "M777s".
                for form in std::iter::once(f[0]).chain(aliases.iter().copied()) {
                    if !form.ends_with('s') {
                        self.add_surface(&format!("{form}s"), Target::Name(idx));
                    }
                }
                self.add_designators(idx, std::iter::once(f[0]).chain(aliases.iter().copied()));
            }
        }
    }

    fn add_designators<'a>(&mut self, idx: u32, forms: impl Iterator<Item = &'a str>) {
        for form in forms {
            if !is_designator(form) {
                continue;
            }
            let key = designator_key(form);
            self.designators.entry(key).or_insert(idx);
            let prefix: String = form
                .chars()
                .take_while(|c| c.is_alphabetic())
                .flat_map(char::to_lowercase)
                .collect();
            if !prefix.is_empty() {
                self.weapon_prefixes.insert(prefix);
            }
        }
    }

    fn add_countries(&mut self, src: &str) {
        for (_, f) in data_lines(src) {
            let idx = self.push_name(EntityType::Country, f[0]);
            self.add_surface(f[0], Target::Name(idx));
            for a in list(f.get(1)) {
                self.add_surface(a, Target::Name(idx));
            }
            for d in list(f.get(2)) {
                self.add_surface(d, Target::Demonym(idx));
            }
        }
    }
}

/// Whether `surface` is a designation of one of `families` (see
/// [`Lexicon::civil_family`]).
fn family_of(families: &FxHashSet<String>, surface: &str) -> bool {
    let chars: Vec<char> = surface.chars().collect();
    let mut key = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if c.is_alphanumeric() {
            key.extend(c.to_lowercase());
        }
        if !families.contains(&key) {
            continue;
        }
        match chars.get(i + 1) {
            None => return true,
            Some(&n) if n == '-' || n == ' ' || n == '/' => return true,
            Some(&n) if n.is_alphabetic() && c.is_ascii_digit() => return true,
            _ => {}
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_and_shapes() {
        assert_eq!(designator_key("Su-30Mki"), "su30mki");
        assert_eq!(designator_key("Su-30 MKI"), "su30mki");
        assert!(is_designator("AK-203"));
        assert!(is_designator("M777A2"));
        assert!(!is_designator("Rafale"));
        assert!(!is_designator("2020"));
    }

    #[test]
    fn builtin_has_what_news_needs() {
        let lex = Lexicon::builtin();
        let find = |s: &str| lex.get(s);
        let label = |t: Option<Target>| match t {
            Some(Target::Name(i)) | Some(Target::Demonym(i)) => lex.names[i as usize].label.clone(),
            other => format!("{other:?}"),
        };
        assert_eq!(label(find("U.S.")), "United States");
        assert_eq!(label(find("Indian")), "India");
        assert_eq!(label(find("IAF")), "Indian Air Force");
        assert_eq!(find("Lt Gen"), Some(Target::Title(TitleKind::Rank)));
        assert_eq!(
            lex.names[lex.designators["su30mki"] as usize].label,
            "Su-30MKI"
        );
        assert!(lex.given_names.contains("Rajnath"));
        assert!(lex.common_words.contains("meanwhile"));
        // Every in-context name points at a weapons.tsv row.
        let rows = data_lines(WEAPONS_IN_CONTEXT).count();
        assert_eq!(lex.weapons_in_context.len(), rows);
        let typhoon = lex.weapons_in_context["Typhoon"] as usize;
        assert_eq!(lex.names[typhoon].label, "Eurofighter Typhoon");
        let weapons = lex
            .names
            .iter()
            .filter(|n| n.kind == EntityType::Weapon)
            .count();
        let orgs = lex
            .names
            .iter()
            .filter(|n| n.kind == EntityType::Organisation)
            .count();
        let countries = lex
            .names
            .iter()
            .filter(|n| n.kind == EntityType::Country)
            .count();
        assert!(weapons >= 300, "{weapons} weapons");
        assert!(orgs >= 200, "{orgs} organisations");
        assert!(countries >= 195, "{countries} countries");
    }

    #[test]
    fn user_files() {
        let mut lex = Lexicon::builtin();
        lex.add_user_file(
            "weapon",
            "u.tsv",
            "# mine\nZX-9 Thunderbolt\tZX-9|Thunderbolt ZX\n",
        )
        .unwrap();
        let i = lex.designators["zx9"];
        assert_eq!(lex.names[i as usize].label, "ZX-9 Thunderbolt");
        let err = lex.add_user_file("planet", "u.tsv", "Mars\n").unwrap_err();
        assert!(err.to_string().contains("unknown type"));
    }
}
