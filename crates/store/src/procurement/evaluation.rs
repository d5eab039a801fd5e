//! Judgements of submitted bids: each evaluator's own, and the consensus.

use crate::args;
use crate::db::{Db, Result, Tx};
use crate::procurement::CaseRow;
use crate::procurement::bids::BidRow;

/// The evaluator name under which the lead evaluator's consensus is stored.
pub const CONSENSUS: &str = "consensus";

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct JudgementRow {
    pub bid_id: String,
    pub requirement_id: String,
    pub evaluator: String,
    pub evaluator_label: String,
    pub verdict: Option<String>,
    pub score: Option<i64>,
    pub justification: String,
    pub updated_at: i64,
}

/// Every judgement of every bid of a case (the caller has checked the case's organisation).
/// The consensus of every bid of a case (the evaluators' own judgements stay out: the
/// comparison and the report rest on the consensus alone).
pub async fn consensus_for_case(db: &Db, case: &CaseRow) -> Result<Vec<JudgementRow>> {
    let case_id = case.id.as_str();
    db.fetch_all(
        "SELECT j.* FROM judgements j JOIN bids b ON b.id = j.bid_id WHERE b.case_id = $1 AND j.evaluator = $2 ORDER BY j.bid_id, j.requirement_id",
        args![case_id, CONSENSUS],
    )
    .await
}

/// Where a bid stands on one requirement: its answer's status (None when unanswered) and
/// the consensus, if there is one.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Standing {
    pub bid_id: String,
    pub requirement_id: String,
    pub status: Option<String>,
    pub verdict: Option<String>,
    pub score: Option<i64>,
}

/// Every bid's standing in a case, in one pass and without texts (the comparison reads
/// thousands of these): answered requirements with their consensus, then consensus
/// judgements of requirements left unanswered. The database packs each bid's into one row
/// (`requirement|status|verdict|score;…`): the drivers' cost per row, not the query, was most
/// of the time for a long set.
pub async fn standings(db: &Db, case: &CaseRow) -> Result<Vec<Standing>> {
    let case_id = case.id.as_str();
    let sql = match db.backend() {
        crate::Backend::Sqlite => STANDINGS_SQLITE,
        crate::Backend::Postgres => STANDINGS_POSTGRES,
    };
    let packed: Vec<(String, String)> = db.fetch_all(sql, args![case_id, CONSENSUS]).await?;
    let mut out = Vec::new();
    for (bid_id, list) in packed {
        for entry in list.split(';').filter(|e| !e.is_empty()) {
            let mut f = entry.split('|');
            let mut next = || f.next().filter(|x| !x.is_empty()).map(str::to_string);
            let (Some(requirement_id), status, verdict, score) = (next(), next(), next(), next()) else {
                continue;
            };
            out.push(Standing {
                bid_id: bid_id.clone(),
                requirement_id,
                status,
                verdict,
                score: score.and_then(|s| s.parse().ok()),
            });
        }
    }
    Ok(out)
}

/// The rows `standings` packs. SQLite walks the answers with an index lookup of each one's
/// consensus, then the consensus of unanswered requirements.
const STANDINGS_SQLITE: &str = "SELECT bid_id, group_concat(requirement_id || '|' || COALESCE(status, '') || '|' ||
        COALESCE(verdict, '') || '|' || COALESCE(CAST(score AS TEXT), ''), ';')
     FROM (
       SELECT a.bid_id, a.requirement_id, a.status, j.verdict, j.score
       FROM bid_answers a JOIN bids b ON b.id = a.bid_id
       LEFT JOIN judgements j ON j.bid_id = a.bid_id AND j.evaluator = $2 AND j.requirement_id = a.requirement_id
       WHERE b.case_id = $1
       UNION ALL
       SELECT j.bid_id, j.requirement_id, CAST(NULL AS TEXT), j.verdict, j.score
       FROM judgements j JOIN bids b ON b.id = j.bid_id
       WHERE b.case_id = $1 AND j.evaluator = $2
         AND NOT EXISTS (SELECT 1 FROM bid_answers a WHERE a.bid_id = j.bid_id AND a.requirement_id = j.requirement_id)
     ) s GROUP BY bid_id";

/// The same rows on PostgreSQL, as one full join of the case's answers and its consensus:
/// the planner hashes it, where the form above became a memoised nested loop that missed
/// its cache for nearly every one of 12,090 answers (66 ms of a cold comparison).
const STANDINGS_POSTGRES: &str = "SELECT bid_id, string_agg(requirement_id || '|' || COALESCE(status, '') || '|' ||
        COALESCE(verdict, '') || '|' || COALESCE(CAST(score AS TEXT), ''), ';')
     FROM (
       SELECT COALESCE(a.bid_id, j.bid_id) AS bid_id, COALESCE(a.requirement_id, j.requirement_id) AS requirement_id,
              a.status, j.verdict, j.score
       FROM (SELECT x.bid_id, x.requirement_id, x.status
             FROM bid_answers x JOIN bids b ON b.id = x.bid_id WHERE b.case_id = $1) a
       FULL JOIN (SELECT y.bid_id, y.requirement_id, y.verdict, y.score
                  FROM judgements y JOIN bids b ON b.id = y.bid_id WHERE b.case_id = $1 AND y.evaluator = $2) j
         ON j.bid_id = a.bid_id AND j.requirement_id = a.requirement_id
     ) s GROUP BY bid_id";

/// One evaluator's judgements of every bid of a case, on the requirements of one area of
/// the version each bid answers (the grid shows an area at a time).
pub async fn by_evaluator_in_area(db: &Db, case: &CaseRow, evaluator: &str, area: &str) -> Result<Vec<JudgementRow>> {
    let case_id = case.id.as_str();
    db.fetch_all(
        "SELECT j.* FROM judgements j JOIN bids b ON b.id = j.bid_id
         JOIN set_version_items i ON i.version_id = b.version_id AND i.requirement_id = j.requirement_id
         WHERE b.case_id = $1 AND j.evaluator = $2 AND i.area = $3",
        args![case_id, evaluator, area],
    )
    .await
}

/// One evaluator's (or the consensus's) judgements of every bid of a case, for the grid.
pub async fn by_evaluator_for_case(db: &Db, case: &CaseRow, evaluator: &str) -> Result<Vec<JudgementRow>> {
    let case_id = case.id.as_str();
    db.fetch_all(
        "SELECT j.* FROM judgements j JOIN bids b ON b.id = j.bid_id WHERE b.case_id = $1 AND j.evaluator = $2 ORDER BY j.bid_id, j.requirement_id",
        args![case_id, evaluator],
    )
    .await
}

pub async fn for_bid(db: &Db, bid: &BidRow) -> Result<Vec<JudgementRow>> {
    let bid_id = bid.id.as_str();
    db.fetch_all("SELECT * FROM judgements WHERE bid_id = $1 ORDER BY requirement_id, evaluator", args![bid_id]).await
}

pub async fn get_tx(tx: &mut Tx, bid: &BidRow, requirement_id: &str, evaluator: &str) -> Result<Option<JudgementRow>> {
    let bid_id = bid.id.as_str();
    tx.fetch_optional(
        "SELECT * FROM judgements WHERE bid_id = $1 AND requirement_id = $2 AND evaluator = $3",
        args![bid_id, requirement_id, evaluator],
    )
    .await
}

pub struct NewJudgement<'a> {
    pub bid: &'a BidRow,
    pub requirement_id: &'a str,
    pub evaluator: &'a str,
    pub evaluator_label: &'a str,
    pub verdict: Option<&'a str>,
    pub score: Option<i64>,
    pub justification: &'a str,
    pub now: i64,
}

/// The consensus is part of the bid's standing (an evaluator's own judgements are not): after
/// putting consensus judgements the caller marks it changed (`bids::standing_changed`) once.
pub async fn put(tx: &mut Tx, j: NewJudgement<'_>) -> Result<()> {
    tx.execute(
        "DELETE FROM judgements WHERE bid_id = $1 AND requirement_id = $2 AND evaluator = $3",
        args![j.bid.id.as_str(), j.requirement_id, j.evaluator],
    )
    .await?;
    tx.execute(
        "INSERT INTO judgements (bid_id, requirement_id, evaluator, evaluator_label, verdict, score, justification, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        args![j.bid.id.as_str(), j.requirement_id, j.evaluator, j.evaluator_label, j.verdict, j.score, j.justification, j.now],
    )
    .await?;
    Ok(())
}
