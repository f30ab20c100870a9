//! Names listed after a class noun: "Brazilian companies such as A, B, C,
//! and D", "firms including A and B", "leaders like A and B", "ports such
//! as A". English names the class of a list's members in the plural noun
//! before "such as", "including" or "like", so a capitalised member that no
//! other rule typed takes the class noun's type: the one-word company no
//! lexicon holds, the member after a serial comma ("C, and D"), the two
//! members joined by "and" ("C and D"). Members the lexicon or another rule
//! typed keep their type; a member with person evidence (a given name
//! first, a role in apposition: "three companies, including Ann Vell,
//! former head of ...") takes no class of things; an abbreviation ("Reps.")
//! is no member; an acronym defined earlier is left to resolution.

use super::{Ctx, Key};
use crate::extract::rules::{self, is};
use crate::extract::EntityType;
use crate::text::TokenKind;

/// The type of the members of a list a class noun introduces, if it names
/// a class of organisations, people or places.
fn class_of(noun: &str) -> Option<EntityType> {
    use EntityType::*;
    Some(match noun {
        "companies" | "company" | "firms" | "firm" | "corporations" | "manufacturers"
        | "manufacturer" | "makers" | "contractors" | "contractor" | "suppliers" | "producers"
        | "banks" | "brokerages" | "insurers" | "airlines" | "automakers" | "carmakers"
        | "retailers" | "conglomerates" | "majors" | "startups" | "start-ups" | "groups"
        | "organisations" | "organizations" | "agencies" | "institutions" | "universities"
        | "parties" | "militias" | "newspapers" | "exchanges" | "shipyards" | "lenders"
        | "utilities" | "subsidiaries" => Organisation,
        "leaders" | "officials" | "executives" | "ministers" | "politicians" | "lawmakers"
        | "figures" | "personalities" | "players" | "actors" | "artists" | "writers"
        | "authors" | "economists" | "generals" | "commanders" | "scientists" | "founders"
        | "celebrities" => Person,
        "cities" | "towns" | "ports" | "provinces" | "regions" | "villages" | "districts"
        | "islands" => Location,
        _ => return None,
    })
}

impl Ctx<'_> {
    /// Types the untyped capitalised members of lists after a class noun
    /// and "such as", "including" (also after a comma) or "like", in the
    /// sentence `lo..hi` whose mentions start at `first` in `self.out`.
    pub(super) fn class_lists(&mut self, lo: usize, hi: usize, first: usize) {
        let mut k = lo + 1;
        while k < hi {
            let (start, noun) = match self.t(k) {
                "such" if k + 1 < hi && self.t(k + 1) == "as" => (k + 2, k - 1),
                "including" if self.t(k - 1) == "," && k >= lo + 2 => (k + 1, k - 2),
                "including" | "like" => (k + 1, k - 1),
                _ => {
                    k += 1;
                    continue;
                }
            };
            let kind = (self.toks[noun].kind == TokenKind::Word && !self.toks[noun].cap)
                .then(|| class_of(self.t(noun)))
                .flatten();
            k = match kind {
                Some(kind) => self.list_members(start, hi, first, kind),
                None => start,
            };
        }
    }

    /// Walks the members from `start`; returns the token after the list.
    fn list_members(&mut self, start: usize, hi: usize, first: usize, kind: EntityType) -> usize {
        let mut p = start;
        loop {
            if p < hi && self.t(p) == "the" {
                p += 1;
            }
            let Some(end) = self.member_end(p, hi, first) else {
                return p;
            };
            self.type_member(p, end, hi, first, kind);
            // ",", "and", "or", ", and", ", or" go on to the next member;
            // after "and" or "or" it is the last one.
            let mut q = end;
            let mut last = false;
            if q < hi && self.t(q) == "," {
                q += 1;
            }
            if q < hi && matches!(self.t(q), "and" | "or") {
                q += 1;
                last = true;
            }
            if q == end || q >= hi {
                return end;
            }
            p = q;
            if last {
                if p < hi && self.t(p) == "the" {
                    p += 1;
                }
                if let Some(end) = self.member_end(p, hi, first) {
                    self.type_member(p, end, hi, first, kind);
                    return end;
                }
                return p;
            }
        }
    }

    /// The end of a member starting at `p`: a mention found there, or a run
    /// of capitalised words (with "&", a glued hyphen, or a connector
    /// before a capitalised word inside).
    fn member_end(&self, p: usize, hi: usize, first: usize) -> Option<usize> {
        if p >= hi {
            return None;
        }
        if let Some(r) = self.out[first..]
            .iter()
            .filter(|r| r.lo == p && !matches!(r.key, Key::Pending | Key::Unknown))
            .max_by_key(|r| r.hi)
        {
            return Some(r.hi);
        }
        if !self.cap_word(p) {
            return None;
        }
        let mut e = p + 1;
        while e < hi {
            let w = self.t(e);
            let inner = (w == "&" || is(&rules::CONNECTORS, w) || (w == "-" && self.glued(e)))
                && e + 1 < hi
                && self.cap_word(e + 1)
                && (w != "-" || self.glued(e + 1));
            // "the National Growers' Association", "Farmers's Union": a
            // possessive before an organisation's head inside its name.
            let possessive = matches!(w, "'s" | "’s" | "'" | "’")
                && self.glued(e)
                && e + 1 < hi
                && is(&rules::ORG_HEADS, self.t(e + 1));
            if self.cap_word(e) {
                e += 1;
            } else if inner || possessive {
                e += 2;
            } else {
                break;
            }
        }
        // "Reps. Glenn English": a capitalised abbreviation is a title, not
        // a member.
        if e + 1 < hi && self.t(e) == "." && self.glued(e) {
            return None;
        }
        Some(e)
    }

    /// Whether member `a..b` shows it is a person: a given name first, or
    /// an apposition naming a role after it ("Ann Vell, former head of ...",
    /// "Ann Vell, its chairman").
    fn person_member(&self, a: usize, b: usize, hi: usize) -> bool {
        if self.lex.given_names.contains(self.t(a)) && b - a >= 2 {
            return true;
        }
        if b + 1 >= hi || self.t(b) != "," {
            return false;
        }
        let mut k = b + 1;
        while k + 1 < hi
            && k < b + 3
            && matches!(
                self.t(k),
                "the" | "a" | "its" | "their" | "his" | "her" | "former" | "then" | "now"
            )
        {
            k += 1;
        }
        self.title_at(k).is_some()
            || matches!(
                self.t(k),
                "head" | "chief" | "founder" | "owner" | "son" | "daughter"
            )
    }

    /// Types member `a..b` as `kind` unless a typed mention lies in it, a
    /// lexicon name or title covers one of its words, or it is only common
    /// words ("Other", "Major").
    fn type_member(&mut self, a: usize, b: usize, hi: usize, first: usize, kind: EntityType) {
        let typed = self.out[first..]
            .iter()
            .any(|r| r.lo < b && r.hi > a && !matches!(r.key, Key::Pending | Key::Unknown));
        if typed || (a..b).any(|k| self.hit(k).is_some()) || (a..b).all(|k| self.is_common(k)) {
            return;
        }
        if kind != EntityType::Person && self.person_member(a, b, hi) {
            return;
        }
        // "organisations including IACO" after "the Inter-African Coffee
        // Organisation (IACO)": an acronym defined before is left to
        // resolution, which joins it to its name.
        let defined = b == a + 1
            && self
                .out
                .iter()
                .any(|r| r.acronym.is_some_and(|x| x != a && self.t(x) == self.t(a)));
        if defined {
            return;
        }
        let mut tail = self.out.split_off(first);
        tail.retain(|r| !(r.lo < b && r.hi > a));
        self.out.extend(tail);
        self.push_labelled(a, b, kind);
    }
}
