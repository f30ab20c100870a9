//! Article dates as days: `yyyymmdd` numbers (2020-06-24 is 20200624),
//! which sort like the dates, and the runs of consecutive days a node or
//! edge was seen on, which become GEXF spells.

/// A `YYYY-MM-DD` date as `yyyymmdd`, or `None` if it is not one.
pub fn parse(date: &str) -> Option<u32> {
    let b = date.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if !(digits(0..4) && digits(5..7) && digits(8..10)) {
        return None;
    }
    let y: u32 = date[..4].parse().ok()?;
    let m: u32 = date[5..7].parse().ok()?;
    let d: u32 = date[8..10].parse().ok()?;
    Some(y * 10_000 + m * 100 + d)
}

/// `yyyymmdd` as `YYYY-MM-DD`.
pub fn format(day: u32) -> String {
    format!(
        "{:04}-{:02}-{:02}",
        day / 10_000,
        day / 100 % 100,
        day % 100
    )
}

fn days_in_month(year: u32, month: u32) -> u32 {
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The day after `day`.
pub fn next(day: u32) -> u32 {
    let (y, m, d) = (day / 10_000, day / 100 % 100, day % 100);
    if d < days_in_month(y, m) {
        day + 1
    } else if m < 12 {
        y * 10_000 + (m + 1) * 100 + 1
    } else {
        (y + 1) * 10_000 + 101
    }
}

/// Runs of consecutive calendar days, as inclusive `(first, last)` pairs,
/// from days sorted ascending without repeats.
pub fn runs(days: impl IntoIterator<Item = u32>) -> Vec<(u32, u32)> {
    let mut out: Vec<(u32, u32)> = Vec::new();
    for day in days {
        match out.last_mut() {
            Some(run) if next(run.1) == day => run.1 = day,
            _ => out.push((day, day)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_and_format() {
        assert_eq!(parse("2020-06-24"), Some(20200624));
        assert_eq!(parse("2020-6-24"), None);
        assert_eq!(parse("2020-06-2x"), None);
        assert_eq!(format(20200624), "2020-06-24");
        assert_eq!(format(9990101), "0999-01-01");
    }

    #[test]
    fn next_day() {
        for (day, want) in [
            (20200624, 20200625),
            (20200630, 20200701),
            (20200228, 20200229),
            (20210228, 20210301),
            (19000228, 19000301),
            (20000228, 20000229),
            (20201231, 20210101),
        ] {
            assert_eq!(next(day), want, "{day}");
        }
    }

    #[test]
    fn runs_of_days() {
        assert_eq!(runs([]), vec![]);
        assert_eq!(
            runs([20200630, 20200701, 20200702, 20200704, 20201231, 20210101]),
            vec![
                (20200630, 20200702),
                (20200704, 20200704),
                (20201231, 20210101)
            ]
        );
    }
}
