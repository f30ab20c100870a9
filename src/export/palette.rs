//! The colours every visual export uses (GEXF `viz:color`, the HTML report),
//! so an entity type or relation category looks the same wherever it is drawn.
//!
//! Entity types take the Okabe–Ito palette (Okabe and Ito, "Color Universal
//! Design", 2008), chosen to stay distinct under the common forms of colour
//! blindness. Relation categories are grouped by what they mean (cooperation
//! in blues and greens, transfer of arms in oranges, hostility in reds and
//! purples) from the same palette and Paul Tol's colour-blind-safe "muted"
//! scheme, so a reader can tell the families apart at a glance.

use crate::extract::EntityType;

/// An sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// `#rrggbb`.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
}

/// The colour of an entity type.
pub fn entity(kind: EntityType) -> Rgb {
    match kind {
        EntityType::Person => Rgb(0xE6, 0x9F, 0x00), // orange
        EntityType::Organisation => Rgb(0x00, 0x72, 0xB2), // blue
        EntityType::Country => Rgb(0x00, 0x9E, 0x73), // bluish green
        EntityType::Weapon => Rgb(0xD5, 0x5E, 0x00), // vermillion
        EntityType::Location => Rgb(0xCC, 0x79, 0xA7), // reddish purple
    }
}

/// The colour of a relation category (`meet`, `supply`, ...); grey for
/// `other` and for a category this build does not know.
pub fn relation(category: &str) -> Rgb {
    match category {
        "meet" => Rgb(0x33, 0x22, 0x88),      // indigo
        "visit" => Rgb(0x88, 0xCC, 0xEE),     // cyan
        "agree" => Rgb(0x44, 0xAA, 0x99),     // teal
        "support" => Rgb(0x11, 0x77, 0x33),   // green
        "acquire" => Rgb(0xDD, 0xCC, 0x77),   // sand
        "supply" => Rgb(0xE6, 0x9F, 0x00),    // orange
        "produce" => Rgb(0x99, 0x99, 0x33),   // olive
        "deploy" => Rgb(0x56, 0xB4, 0xE9),    // sky blue
        "test" => Rgb(0x00, 0x72, 0xB2),      // blue
        "criticize" => Rgb(0xCC, 0x66, 0x77), // rose
        "threaten" => Rgb(0xAA, 0x44, 0x99),  // purple
        "sanction" => Rgb(0x88, 0x22, 0x55),  // wine
        "attack" => Rgb(0xD5, 0x5E, 0x00),    // vermillion
        _ => Rgb(0x88, 0x88, 0x88),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entity_colours_are_distinct() {
        let all = [
            EntityType::Person,
            EntityType::Organisation,
            EntityType::Country,
            EntityType::Weapon,
            EntityType::Location,
        ];
        let mut seen: Vec<Rgb> = all.iter().map(|&k| entity(k)).collect();
        seen.sort_by_key(|c| (c.0, c.1, c.2));
        seen.dedup();
        assert_eq!(seen.len(), all.len());
        assert_eq!(entity(EntityType::Country).hex(), "#009e73");
    }

    #[test]
    fn unknown_relation_is_grey() {
        assert_eq!(relation("other"), Rgb(0x88, 0x88, 0x88));
        assert_ne!(relation("attack"), relation("meet"));
    }
}
