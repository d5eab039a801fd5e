//! Norwegian and Swedish wall-clock time (CET/CEST, the EU summer-time rule), so a
//! deadline typed as "15 January 12:00" means noon in Oslo and Stockholm, not in UTC.

/// Days since 1970-01-01 of a proleptic Gregorian date.
pub(crate) fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

pub(crate) fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { yoe + era * 400 + 1 } else { yoe + era * 400 }, m, d)
}

/// 01:00 UTC on the last Sunday of the month (31-day months: March, October).
fn last_sunday_0100_utc(year: i64, month: i64) -> i64 {
    let day31 = days_from_civil(year, month, 31);
    // 1970-01-01 was a Thursday: weekday 0 = Sunday is (days + 4) mod 7.
    let weekday = (day31 + 4).rem_euclid(7);
    (day31 - weekday) * 86_400 + 3600
}

/// The offset from UTC in seconds at a UTC instant: +1 h in winter, +2 h in summer.
pub fn offset_at(utc: i64) -> i64 {
    let (year, _, _) = civil_from_days(utc.div_euclid(86_400));
    let summer = last_sunday_0100_utc(year, 3) <= utc && utc < last_sunday_0100_utc(year, 10);
    if summer { 7200 } else { 3600 }
}

/// Parses `YYYY-MM-DDTHH:MM` (an HTML datetime-local value) as local time, into UTC seconds.
pub fn parse_local(s: &str) -> Option<i64> {
    let s = s.trim();
    let (date, clock) = s.split_once('T').or_else(|| s.split_once(' '))?;
    let mut d = date.split('-').map(|p| p.parse::<i64>().ok());
    let (y, m, day) = (d.next()??, d.next()??, d.next()??);
    let mut c = clock.split(':').map(|p| p.parse::<i64>().ok());
    let (h, min) = (c.next()??, c.next()??);
    if d.next().is_some() || !(1..=12).contains(&m) || !(0..=23).contains(&h) || !(0..=59).contains(&min) {
        return None;
    }
    if !(1..=31).contains(&day) || civil_from_days(days_from_civil(y, m, day)) != (y, m, day) {
        return None;
    }
    Some(local_to_utc(days_from_civil(y, m, day) * 86_400 + h * 3600 + min * 60))
}

/// A wall-clock time (seconds since 1970-01-01 00:00 local) as a UTC instant. A time that
/// occurs twice in autumn is the first (summer) one; one skipped in spring is read in winter time.
pub fn local_to_utc(local: i64) -> i64 {
    // Try summer time first; a local time in summer has the summer offset.
    if offset_at(local - 7200) == 7200 { local - 7200 } else { local - 3600 }
}

/// `YYYY-MM-DD HH:MM` in local time.
pub fn format_local(utc: i64) -> String {
    let local = utc + offset_at(utc);
    let (y, m, d) = civil_from_days(local.div_euclid(86_400));
    let secs = local.rem_euclid(86_400);
    format!("{y:04}-{m:02}-{d:02} {:02}:{:02}", secs / 3600, secs % 3600 / 60)
}

/// `YYYY-MM-DD` of a day counted from 1970-01-01 (a workbook's serial dates, for one).
pub fn format_day(days_since_epoch: i64) -> String {
    let (y, m, d) = civil_from_days(days_since_epoch);
    format!("{y:04}-{m:02}-{d:02}")
}

/// `YYYY-MM-DD`, the local day.
pub fn format_local_date(utc: i64) -> String {
    let local = utc + offset_at(utc);
    let (y, m, d) = civil_from_days(local.div_euclid(86_400));
    format!("{y:04}-{m:02}-{d:02}")
}

/// `YYYY-MM-DDTHH:MM:SSZ` (RFC 3339, UTC), for machine-readable output.
pub fn format_utc(utc: i64) -> String {
    let (y, m, d) = civil_from_days(utc.div_euclid(86_400));
    let secs = utc.rem_euclid(86_400);
    format!("{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z", secs / 3600, secs % 3600 / 60, secs % 60)
}

/// The datetime-local input value (`YYYY-MM-DDTHH:MM`) for a UTC instant.
pub fn input_value(utc: i64) -> String {
    format_local(utc).replacen(' ', "T", 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn utc_is_formatted_as_rfc3339() {
        assert_eq!(format_utc(0), "1970-01-01T00:00:00Z");
        assert_eq!(format_utc(1_798_761_599), "2026-12-31T23:59:59Z");
    }

    #[test]
    fn winter_and_summer() {
        // 2026-01-15 12:00 in Oslo is 11:00 UTC; 2026-07-01 12:00 is 10:00 UTC.
        assert_eq!(parse_local("2026-01-15T12:00"), Some(1_768_474_800));
        assert_eq!(parse_local("2026-07-01T12:00"), Some(1_782_900_000));
        assert_eq!(format_local(1_768_474_800), "2026-01-15 12:00");
        assert_eq!(format_local(1_782_900_000), "2026-07-01 12:00");
        // Summer time starts 2026-03-29 01:00 UTC and ends 2026-10-25 01:00 UTC.
        assert_eq!(offset_at(1_774_745_999), 3600);
        assert_eq!(offset_at(1_774_746_000), 7200);
        assert_eq!(offset_at(1_792_890_000 - 1), 7200);
        assert_eq!(offset_at(1_792_890_000), 3600);
    }

    #[test]
    fn nonsense_is_refused() {
        for s in ["", "2026-02-30T12:00", "2026-13-01T12:00", "2026-01-01T24:00", "2026-01-01", "i morgen"] {
            assert_eq!(parse_local(s), None, "{s}");
        }
    }

    proptest! {
        #[test]
        fn round_trips_through_the_input_value(minutes in 0i64..60_000_000) {
            let utc = minutes * 60;
            prop_assert_eq!(format_local(parse_local(&input_value(utc)).unwrap()), format_local(utc));
        }
    }
}
