//! The award decision and the standstill period (karensperiode / avtalsspärr): who wins, what
//! each bidder is told, and when a contract may be entered.

use crate::procurement::evaluation::BidResult;

/// Seconds in a day; the standstill is counted in whole days from the notice.
const DAY: i64 = 86_400;

/// When the standstill period ends: `days` after the award notice went out. No contract may
/// be entered before it.
pub fn standstill_end(awarded_at: i64, days: i64) -> i64 {
    awarded_at + days.max(0) * DAY
}

/// The winner of a signed-off evaluation: the bid ranked first. None when every bid was
/// rejected or two share the first place (the buyer then decides by the tie rule stated in
/// the tender, outside this rule).
pub fn winner(results: &[BidResult]) -> Option<&BidResult> {
    let mut first = results.iter().filter(|r| r.rank == Some(1));
    let w = first.next()?;
    first.next().is_none().then_some(w)
}

/// The winner's relative advantages over one bidder: the areas where the winner scored
/// higher, as (area, the winner's points, this bidder's points), largest difference first.
pub fn advantages(winner: &BidResult, other: &BidResult) -> Vec<(String, f64, f64)> {
    let mut out: Vec<(String, f64, f64)> = winner
        .by_area
        .iter()
        .filter_map(|(area, w)| {
            let o = other.by_area.iter().find(|(a, _)| a == area).map_or(0.0, |(_, p)| *p);
            (*w > o + 1e-9).then(|| (area.clone(), *w, o))
        })
        .collect();
    out.sort_by(|a, b| (b.1 - b.2).total_cmp(&(a.1 - a.2)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn result(id: &str, rank: Option<usize>, total: f64, by_area: &[(&str, f64)], failed: &[&str]) -> BidResult {
        BidResult {
            bid_id: id.into(),
            failed_musts: failed.iter().map(|s| s.to_string()).collect(),
            total,
            by_area: by_area.iter().map(|(a, p)| (a.to_string(), *p)).collect(),
            rank,
            open: vec![],
        }
    }

    #[test]
    fn the_standstill_is_counted_in_days_from_the_notice() {
        assert_eq!(standstill_end(1_000, 10), 1_000 + 864_000);
        assert_eq!(standstill_end(1_000, 0), 1_000);
    }

    #[test]
    fn the_single_first_ranked_bid_wins_and_its_advantages_are_named() {
        let a = result("a", Some(1), 80.0, &[("Tilgang", 50.0), ("Drift", 30.0)], &[]);
        let b = result("b", Some(2), 70.0, &[("Tilgang", 30.0), ("Drift", 40.0)], &[]);
        let c = result("c", None, 0.0, &[], &["8.7"]);
        let all = [a.clone(), b.clone(), c.clone()];
        assert_eq!(winner(&all).map(|w| w.bid_id.as_str()), Some("a"));
        assert_eq!(advantages(&a, &b), vec![("Tilgang".to_string(), 50.0, 30.0)]);
        assert_eq!(advantages(&a, &c).len(), 2, "every scored area beats a rejected bid");
        let tie = [a.clone(), result("d", Some(1), 80.0, &[], &[])];
        assert!(winner(&tie).is_none(), "a tie is the buyer's to break");
        assert!(winner(&[c]).is_none(), "nobody wins when every bid is rejected");
    }
}
