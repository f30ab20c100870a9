//! Prints keshvar 0.7.0 country and subdivision facts as TAB-separated lines,
//! sorted, so that the output is deterministic:
//!   C <alpha2> <alpha3> <un_member> <iso_short_name> <iso_long_name>
//!     <en translation> <nationality> <unofficial names joined by '|'>
//!     <distinct non-English translations, sorted, joined by '|'>
//!   S <alpha2> <code> <type> <name> <en translation> <unofficial names '|'>
use keshvar::CountryIterator;

fn clean(s: &str) -> String {
    s.replace(['\t', '\n', '|'], " ")
}

fn main() {
    let mut lines: Vec<String> = Vec::new();
    for c in CountryIterator::new() {
        let a2 = format!("{:?}", c.alpha2());
        let unofficial: Vec<String> = c.unofficial_name_list().iter().map(|s| clean(s)).collect();
        let en = c.translations().get("en").copied().unwrap_or("");
        let mut foreign: Vec<String> = c
            .translations()
            .iter()
            .filter(|(lang, name)| **lang != "en" && **name != en)
            .map(|(_, name)| clean(name))
            .collect();
        foreign.sort();
        foreign.dedup();
        lines.push(format!(
            "C\t{}\t{:?}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
            a2,
            c.alpha3(),
            c.un_member(),
            clean(c.iso_short_name()),
            clean(c.iso_long_name()),
            clean(en),
            clean(c.maybe_nationality().unwrap_or("")),
            unofficial.join("|"),
            foreign.join("|"),
        ));
        for (code, sub) in c.subdivisions() {
            let unofficial: Vec<String> =
                sub.unofficial_name_list().iter().map(|s| clean(s)).collect();
            lines.push(format!(
                "S\t{}\t{}\t{:?}\t{}\t{}\t{}",
                a2,
                clean(code),
                sub.subdivision_type(),
                clean(sub.name()),
                clean(sub.translations().get("en").copied().unwrap_or("")),
                unofficial.join("|"),
            ));
        }
    }
    lines.sort();
    for l in lines {
        println!("{l}");
    }
}
