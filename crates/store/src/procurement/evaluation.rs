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
