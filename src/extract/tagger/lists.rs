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

use super::{weapons, Ctx};
use crate::extract::lexicon::Target;
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
            // "Companies such as ...": capitalised only as the first word.
            let kind = match self.toks[noun].kind {
                TokenKind::Word if !self.toks[noun].cap => class_of(self.t(noun)),
                TokenKind::Word if noun == lo && !self.toks[noun].upper => {
                    class_of(&self.t(noun).to_lowercase())
                }
                _ => None,
            };
            k = match kind {
                Some(kind) => self.list_members(start, hi, first, kind),
                None => start,
            };
        }
    }

    /// "Pune-based Ador Powertron", "a Lyon-based maker, Corvel": the
    /// name right after a place and "-based" (or "-headquartered"), or
    /// after it and a few lower-case words ending in a company noun, is an
    /// organisation unless it shows it is a person (a title before it is
    /// no name after "-based": "London-based analyst John Smith").
    pub(super) fn place_based(&mut self, lo: usize, hi: usize, first: usize) {
        for k in lo + 2..hi {
            if !matches!(self.t(k), "based" | "headquartered")
                || self.t(k - 1) != "-"
                || !self.glued(k)
                || !self.glued(k - 1)
            {
                continue;
            }
            let place = self.hit(k - 2).is_some_and(|h| {
                h.hi == k - 1
                    && matches!(h.target, Target::Name(n) if matches!(
                        self.lex.names[n as usize].kind,
                        EntityType::Location | EntityType::Country
                    ))
            });
            if !place {
                continue;
            }
            let mut p = k + 1;
            // "Pune-based defence firm Ador Powertron": up to three
            // lower-case words, the last a company noun.
            let nouns = (p..hi.min(p + 3))
                .take_while(|&j| self.toks[j].kind == TokenKind::Word && !self.toks[j].cap)
                .position(|j| {
                    is(&rules::COMPANY_NOUNS, self.t(j))
                        || matches!(self.t(j), "firm" | "startup" | "contractor" | "supplier")
                });
            if let Some(n) = nouns {
                p += n + 1;
                if p < hi && self.t(p) == "," {
                    p += 1;
                }
            }
            // A name another rule typed stays as it is, but a person
            // without evidence: no given name first ("Analysts at
            // Oslo-based Tarvo said": a firm that speaks).
            let typed = self.out[first..]
                .iter()
                .position(|r| r.lo == p && r.key.named());
            if let Some(x) = typed {
                let r = &self.out[first + x];
                if r.kind == EntityType::Person && !self.given(p) && !self.is_initials(p) {
                    let hi_r = r.hi;
                    self.out.remove(first + x);
                    self.push_labelled(p, hi_r, EntityType::Organisation);
                }
                continue;
            }
            if let Some(end) = self.member_end(p, hi, first) {
                let end = if is(&rules::LEGAL_SUFFIXES, self.t(end - 1)) {
                    end
                } else {
                    self.firm_tail(end, hi).unwrap_or(end)
                };
                self.type_name(p, end, hi, first, EntityType::Organisation, true);
            }
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
            .filter(|r| r.lo == p && r.key.named())
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
            let inner =
                (w == "&" || w == "et" || is(&rules::CONNECTORS, w) || (w == "-" && self.glued(e)))
                    && e + 1 < hi
                    && self.cap_word(e + 1)
                    && (w != "-" || self.glued(e + 1));
            // "the National Growers' Association", "Farmers's Union": a
            // possessive before an organisation's head inside its name.
            let possessive = matches!(w, "'s" | "’s" | "'" | "’")
                && self.glued(e)
                && e + 1 < hi
                && self.cap_word(e + 1);
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

    /// "Clayton and Dubilier Inc", "Howard, Weil, Labouisse, Inc": after
    /// the first name of a firm at `e`, more capitalised names joined by
    /// commas or "and" up to a legal suffix are the same firm's name: the
    /// token after the suffixes.
    fn firm_tail(&self, e: usize, hi: usize) -> Option<usize> {
        let mut k = e;
        for _ in 0..5 {
            if k >= hi || !matches!(self.t(k), "," | "and" | "&") {
                return None;
            }
            k += 1;
            if k < hi && self.t(k) == "and" {
                k += 1;
            }
            if k < hi && is(&rules::LEGAL_SUFFIXES, self.t(k)) {
                while k < hi && is(&rules::LEGAL_SUFFIXES, self.t(k)) {
                    k += 1;
                }
                return Some(k);
            }
            let start = k;
            while k < hi && self.cap_word(k) && !is(&rules::LEGAL_SUFFIXES, self.t(k)) {
                k += 1;
            }
            if k == start {
                return None;
            }
            if k < hi && is(&rules::LEGAL_SUFFIXES, self.t(k)) {
                while k < hi && is(&rules::LEGAL_SUFFIXES, self.t(k)) {
                    k += 1;
                }
                return Some(k);
            }
        }
        None
    }

    /// Whether member `a..b` shows it is a person: a given name first, or
    /// an apposition naming a role after it ("Ann Vell, former head of ...",
    /// "Ann Vell, its chairman").
    fn person_member(&self, a: usize, b: usize, hi: usize) -> bool {
        if self.given(a) && b - a >= 2 {
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
        self.type_name(a, b, hi, first, kind, false);
    }

    /// [`Ctx::type_member`]; with `absorb`, organisations typed inside the
    /// name are parts of it ("Clayton and Dubilier Inc" over "Dubilier
    /// Inc") and give way to it.
    fn type_name(
        &mut self,
        a: usize,
        b: usize,
        hi: usize,
        first: usize,
        kind: EntityType,
        absorb: bool,
    ) {
        let org = |k: EntityType| absorb && k == EntityType::Organisation;
        let typed = self.out[first..].iter().any(|r| {
            r.lo < b && r.hi > a && r.key.named() && !(org(r.kind) && r.lo >= a && r.hi <= b)
        });
        let hit = (a..b).any(|k| {
            self.hit(k).is_some_and(
                |h| !matches!(h.target, Target::Name(n) if org(self.lex.names[n as usize].kind)),
            )
        });
        if typed || hit || (a..b).all(|k| self.is_common(k)) {
            return;
        }
        // "a London-based Nordic banking expert", "a Paris-based European
        // office": one word shaped like an adjective before a lower-case
        // noun is no name ("Oslo-based Velmic said" is); "Vereins- und
        // Westbank AG": nor is a word before a dangling hyphen.
        let modifier = b == a + 1
            && weapons::adjective_like(self.t(a))
            && b < hi
            && self.toks[b].kind == TokenKind::Word
            && !self.toks[b].cap
            && !is(&rules::SAID, self.t(b))
            && !is(&rules::BUSINESS_VERBS, self.t(b))
            && !matches!(
                self.t(b),
                "is" | "was" | "has" | "had" | "will" | "would" | "and" | "or"
            );
        if modifier || (b < hi && self.t(b) == "-" && self.glued(b) && !self.glued(b + 1)) {
            return;
        }
        // "Delfin's Nursery Inc": a legal suffix outweighs a given name.
        if kind != EntityType::Person
            && !is(&rules::LEGAL_SUFFIXES, self.t(b - 1))
            && self.person_member(a, b, hi)
        {
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
