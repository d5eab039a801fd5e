//! When periodic work is due: every N seconds, or at a wall-clock time each day, week or
//! month in Norwegian and Swedish time (both CET/CEST). A schedule's occurrences are
//! identified by their start instant (the "slot"), so instances agree on which one is due.

use crate::platform::local_time::{civil_from_days, days_from_civil, local_to_utc, offset_at};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Every {
    /// At every multiple of this many seconds since 1970 (at least one second).
    Seconds(i64),
    /// Each day at this local time.
    Day { hour: u8, minute: u8 },
    /// Each week on this weekday (1 = Monday … 7 = Sunday) at this local time.
    Week { weekday: u8, hour: u8, minute: u8 },
    /// Each month on this day at this local time; a day past the month's end means its last day.
    Month { day: u8, hour: u8, minute: u8 },
}

/// The start of the latest occurrence at or before `now` (UTC seconds).
pub fn latest_slot(every: Every, now: i64) -> i64 {
    let local_days = (now + offset_at(now)).div_euclid(86_400);
    match every {
        Every::Seconds(n) => {
            let n = n.max(1);
            now.div_euclid(n) * n
        }
        Every::Day { hour, minute } => {
            // Today's occurrence, else yesterday's (a day back is enough whatever the offset).
            (0..=1).map(|back| at(local_days - back, hour, minute)).find(|&s| s <= now).unwrap_or(now)
        }
        Every::Week { weekday, hour, minute } => (0..=7)
            .map(|back| local_days - back)
            // 1970-01-01 was a Thursday (4).
            .filter(|d| (d + 3).rem_euclid(7) + 1 == i64::from(weekday.clamp(1, 7)))
            .map(|d| at(d, hour, minute))
            .find(|&s| s <= now)
            .unwrap_or(now),
        Every::Month { day, hour, minute } => {
            let (y, m, _) = civil_from_days(local_days);
            let this = at(month_day(y, m, day), hour, minute);
            if this <= now {
                this
            } else {
                let (py, pm) = if m == 1 { (y - 1, 12) } else { (y, m - 1) };
                at(month_day(py, pm, day), hour, minute)
            }
        }
    }
}

/// The local days-since-1970 of `day` in a month, clamped to the month's last day.
fn month_day(y: i64, m: i64, day: u8) -> i64 {
    let first = days_from_civil(y, m, 1);
    let next = if m == 12 { days_from_civil(y + 1, 1, 1) } else { days_from_civil(y, m + 1, 1) };
    first + (i64::from(day.max(1)) - 1).min(next - first - 1)
}

fn at(local_day: i64, hour: u8, minute: u8) -> i64 {
    local_to_utc(local_day * 86_400 + i64::from(hour.min(23)) * 3600 + i64::from(minute.min(59)) * 60)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::platform::local_time::{format_local, parse_local};
    use proptest::prelude::*;

    fn local(s: &str) -> i64 {
        parse_local(s).unwrap()
    }

    #[test]
    fn seconds_are_counted_from_the_epoch() {
        assert_eq!(latest_slot(Every::Seconds(3600), 7_199), 3_600);
        assert_eq!(latest_slot(Every::Seconds(3600), 7_200), 7_200);
    }

    #[test]
    fn a_day_at_six_is_six_in_oslo_winter_and_summer() {
        let six = Every::Day { hour: 6, minute: 0 };
        assert_eq!(format_local(latest_slot(six, local("2026-01-15T05:59"))), "2026-01-14 06:00");
        assert_eq!(format_local(latest_slot(six, local("2026-01-15T06:00"))), "2026-01-15 06:00");
        assert_eq!(format_local(latest_slot(six, local("2026-07-01T23:00"))), "2026-07-01 06:00");
        // The night summer time begins (2026-03-29) and ends (2026-10-25).
        assert_eq!(format_local(latest_slot(six, local("2026-03-29T07:00"))), "2026-03-29 06:00");
        assert_eq!(format_local(latest_slot(six, local("2026-10-25T07:00"))), "2026-10-25 06:00");
    }

    #[test]
    fn weeks_and_months() {
        // 2026-12-02 is a Wednesday.
        let monday = Every::Week { weekday: 1, hour: 8, minute: 30 };
        assert_eq!(format_local(latest_slot(monday, local("2026-12-02T12:00"))), "2026-11-30 08:30");
        assert_eq!(format_local(latest_slot(monday, local("2026-11-30T08:29"))), "2026-11-23 08:30");
        let last = Every::Month { day: 31, hour: 0, minute: 0 };
        assert_eq!(format_local(latest_slot(last, local("2026-03-01T12:00"))), "2026-02-28 00:00");
        assert_eq!(format_local(latest_slot(last, local("2026-03-31T12:00"))), "2026-03-31 00:00");
        let first = Every::Month { day: 1, hour: 7, minute: 0 };
        assert_eq!(format_local(latest_slot(first, local("2027-01-01T06:59"))), "2026-12-01 07:00");
    }

    proptest! {
        #[test]
        fn the_slot_is_due_and_the_next_one_is_not(now in 0i64..4_000_000_000, h in 0u8..24, m in 0u8..60, wd in 1u8..8, d in 1u8..32) {
            for every in [Every::Seconds(86_400), Every::Day { hour: h, minute: m }, Every::Week { weekday: wd, hour: h, minute: m }, Every::Month { day: d, hour: h, minute: m }] {
                let slot = latest_slot(every, now);
                prop_assert!(slot <= now);
                // Nothing later is due yet: the slot is stable until the next occurrence.
                prop_assert!(now - slot <= 31 * 86_400 + 7200, "{every:?} {now} {slot}");
                prop_assert_eq!(latest_slot(every, slot), slot);
            }
        }
    }
}
