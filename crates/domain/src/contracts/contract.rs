//! A contract with a supplier: which terms it is on, how it relates to a framework agreement,
//! its dates, and the status those dates give it at any moment.

use serde::{Deserialize, Serialize};

/// The standard terms the contract is made on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContractTemplate {
    /// Norway's state standard agreements (Statens standardavtaler).
    SsaL,
    SsaD,
    SsaT,
    SsaSky,
    SsaO,
    SsaK,
    /// Swedish general terms (allmänna villkor, e.g. Adda's or the supplier's industry terms).
    SwedishGeneralTerms,
    /// The supplier's own terms.
    SupplierOwn,
}

impl ContractTemplate {
    pub const ALL: [ContractTemplate; 8] = [
        ContractTemplate::SsaL,
        ContractTemplate::SsaD,
        ContractTemplate::SsaT,
        ContractTemplate::SsaSky,
        ContractTemplate::SsaO,
        ContractTemplate::SsaK,
        ContractTemplate::SwedishGeneralTerms,
        ContractTemplate::SupplierOwn,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            ContractTemplate::SsaL => "ssa_l",
            ContractTemplate::SsaD => "ssa_d",
            ContractTemplate::SsaT => "ssa_t",
            ContractTemplate::SsaSky => "ssa_sky",
            ContractTemplate::SsaO => "ssa_o",
            ContractTemplate::SsaK => "ssa_k",
            ContractTemplate::SwedishGeneralTerms => "se_general",
            ContractTemplate::SupplierOwn => "supplier_own",
        }
    }
    pub fn parse(s: &str) -> Option<ContractTemplate> {
        ContractTemplate::ALL.into_iter().find(|x| x.as_str() == s)
    }
}

impl TryFrom<String> for ContractTemplate {
    type Error = String;
    fn try_from(s: String) -> Result<ContractTemplate, String> {
        ContractTemplate::parse(&s).ok_or_else(|| format!("unknown contract template {s:?}"))
    }
}

/// A single contract, a framework agreement, or a call-off under one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContractKind {
    Single,
    Framework,
    CallOff,
}

impl ContractKind {
    pub const ALL: [ContractKind; 3] = [ContractKind::Single, ContractKind::Framework, ContractKind::CallOff];
    pub fn as_str(self) -> &'static str {
        match self {
            ContractKind::Single => "single",
            ContractKind::Framework => "framework",
            ContractKind::CallOff => "call_off",
        }
    }
    pub fn parse(s: &str) -> Option<ContractKind> {
        ContractKind::ALL.into_iter().find(|x| x.as_str() == s)
    }
}

impl TryFrom<String> for ContractKind {
    type Error = String;
    fn try_from(s: String) -> Result<ContractKind, String> {
        ContractKind::parse(&s).ok_or_else(|| format!("unknown contract kind {s:?}"))
    }
}

/// Where a contract is in its life. Computed from its dates at a moment, never stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContractStatus {
    /// Not yet in force: before its start.
    Draft,
    Active,
    /// Running out: notice given, or past the last day notice could be given before the end.
    InExit,
    /// Ended early by notice.
    Terminated,
    /// Ran to its end.
    Expired,
}

impl ContractStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            ContractStatus::Draft => "draft",
            ContractStatus::Active => "active",
            ContractStatus::InExit => "in_exit",
            ContractStatus::Terminated => "terminated",
            ContractStatus::Expired => "expired",
        }
    }
    /// A contract that binds the supplier now (its obligations, DPA and certificates count).
    pub fn in_force(self) -> bool {
        matches!(self, ContractStatus::Active | ContractStatus::InExit)
    }
}

/// A contract's dates, in Unix seconds (a day's start in the organisation's time).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ContractDates {
    pub start: i64,
    /// The end of the current term; None for a contract that runs until notice is given.
    pub end: Option<i64>,
    /// Notice period in months.
    pub notice_months: u32,
    /// When notice was given, the day the contract ends by it.
    pub terminates_at: Option<i64>,
}

const DAY: i64 = 86_400;
/// Exit planning starts this many days before the last day notice can be given (seed 002:
/// follow-up includes the contract's end; FOLLOW-UP.md B.1).
pub const EXIT_PLANNING_DAYS: u32 = 90;
/// A month of notice, as the contract's last day for notice is counted (30 days).
const MONTH: i64 = 30 * DAY;

impl ContractDates {
    /// The status at `now`.
    pub fn status_at(&self, now: i64) -> ContractStatus {
        if let Some(t) = self.terminates_at {
            if now >= t {
                return ContractStatus::Terminated;
            }
            if now >= self.start {
                return ContractStatus::InExit;
            }
        }
        if now < self.start {
            return ContractStatus::Draft;
        }
        match self.end {
            Some(end) if now >= end => ContractStatus::Expired,
            Some(_) if self.last_notice_day().is_some_and(|d| now >= d) => ContractStatus::InExit,
            _ => ContractStatus::Active,
        }
    }

    /// The last day notice can be given to end the contract at its end.
    pub fn last_notice_day(&self) -> Option<i64> {
        self.end.map(|e| e - i64::from(self.notice_months) * MONTH)
    }

    /// When exit planning should start: the last day for notice less `lead_days`
    /// (`EXIT_PLANNING_DAYS`).
    pub fn exit_planning_from(&self, lead_days: u32) -> Option<i64> {
        self.last_notice_day().map(|d| d - i64::from(lead_days) * DAY)
    }

    /// Whether the contract is in its exit window at `now`: in force, and past the day exit
    /// planning should start (the end less the notice period less 90 days).
    pub fn ending_at(&self, now: i64) -> bool {
        self.status_at(now).in_force() && self.exit_planning_from(EXIT_PLANNING_DAYS).is_some_and(|d| now >= d)
    }
}

/// What is wrong with a contract as entered, by field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContractProblem {
    /// The end is before the start.
    EndsBeforeStart,
    /// A call-off names no framework agreement.
    CallOffWithoutFramework,
    /// What a call-off names is not a framework agreement (or belongs to another supplier).
    NotAFramework,
    /// Only a call-off names a framework.
    FrameworkOnCallOffOnly,
    NoticeTooLong,
}

impl ContractProblem {
    pub fn field(self) -> &'static str {
        match self {
            ContractProblem::EndsBeforeStart => "end_date",
            ContractProblem::CallOffWithoutFramework
            | ContractProblem::NotAFramework
            | ContractProblem::FrameworkOnCallOffOnly => "framework",
            ContractProblem::NoticeTooLong => "notice_months",
        }
    }
    pub fn message_key(self) -> &'static str {
        match self {
            ContractProblem::EndsBeforeStart => "error-contract-ends-before-start",
            ContractProblem::CallOffWithoutFramework => "error-contract-call-off-framework",
            ContractProblem::NotAFramework => "error-contract-not-framework",
            ContractProblem::FrameworkOnCallOffOnly => "error-contract-framework-call-off-only",
            ContractProblem::NoticeTooLong => "error-contract-notice",
        }
    }
}

/// The rules a contract's kind, framework and dates must meet. `framework` is the kind and
/// supplier-match of the contract a call-off names, when it names one that exists.
pub fn check(
    kind: ContractKind,
    framework: Option<(ContractKind, bool)>,
    names_framework: bool,
    dates: &ContractDates,
) -> Result<(), ContractProblem> {
    if let Some(end) = dates.end
        && end < dates.start
    {
        return Err(ContractProblem::EndsBeforeStart);
    }
    if dates.notice_months > 120 {
        return Err(ContractProblem::NoticeTooLong);
    }
    match kind {
        ContractKind::CallOff if !names_framework => Err(ContractProblem::CallOffWithoutFramework),
        ContractKind::CallOff => match framework {
            Some((ContractKind::Framework, true)) => Ok(()),
            _ => Err(ContractProblem::NotAFramework),
        },
        _ if names_framework => Err(ContractProblem::FrameworkOnCallOffOnly),
        _ => Ok(()),
    }
}

/// Availability that is not a percentage up to 100 with at most two decimals.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotAPercentage;

/// Availability as written (`99.9`, `99,95 %`) in hundredths of a percent (9990, 9995); None
/// when empty. Refused: more than two decimals, above 100.
pub fn parse_availability(s: &str) -> Result<Option<i64>, NotAPercentage> {
    let t = s.trim().trim_end_matches('%').trim().replace(',', ".");
    if t.is_empty() {
        return Ok(None);
    }
    let (whole, frac) = t.split_once('.').unwrap_or((&t, ""));
    if whole.is_empty() || frac.len() > 2 || !whole.chars().chain(frac.chars()).all(|c| c.is_ascii_digit()) {
        return Err(NotAPercentage);
    }
    let whole: i64 = whole.parse().map_err(|_| NotAPercentage)?;
    let frac: i64 = format!("{frac:0<2}").parse().map_err(|_| NotAPercentage)?;
    let v = whole * 100 + frac;
    if v > 10_000 { Err(NotAPercentage) } else { Ok(Some(v)) }
}

/// Hundredths of a percent as people write it: `99.9 %`, `99.95 %`, `100 %`.
pub fn format_availability(hundredths: i64) -> String {
    let (w, f) = (hundredths / 100, hundredths % 100);
    match f {
        0 => format!("{w} %"),
        f if f % 10 == 0 => format!("{w}.{} %", f / 10),
        f => format!("{w}.{f:02} %"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const D: i64 = DAY;

    #[test]
    fn the_dates_decide_the_status() {
        let c = ContractDates { start: 100 * D, end: Some(1000 * D), notice_months: 3, terminates_at: None };
        assert_eq!(c.status_at(99 * D), ContractStatus::Draft);
        assert_eq!(c.status_at(100 * D), ContractStatus::Active);
        assert_eq!(c.last_notice_day(), Some(910 * D));
        assert_eq!(c.status_at(909 * D), ContractStatus::Active);
        assert_eq!(c.status_at(910 * D), ContractStatus::InExit, "past the last day for notice it is running out");
        assert_eq!(c.status_at(1000 * D), ContractStatus::Expired);
        assert_eq!(c.exit_planning_from(90), Some(820 * D));
        assert!(!c.ending_at(819 * D) && c.ending_at(820 * D) && !c.ending_at(1000 * D), "in force only");

        let ended = ContractDates { terminates_at: Some(500 * D), ..c };
        assert_eq!(ended.status_at(200 * D), ContractStatus::InExit, "notice given");
        assert_eq!(ended.status_at(500 * D), ContractStatus::Terminated);
        assert!(ContractStatus::InExit.in_force() && !ContractStatus::Draft.in_force());

        let open_ended = ContractDates { start: 0, end: None, notice_months: 6, terminates_at: None };
        assert_eq!(open_ended.status_at(100_000 * D), ContractStatus::Active);
    }

    #[test]
    fn availability_is_read_as_people_write_it() {
        assert_eq!(parse_availability("99.9"), Ok(Some(9990)));
        assert_eq!(parse_availability("99,95 %"), Ok(Some(9995)));
        assert_eq!(parse_availability("100"), Ok(Some(10_000)));
        assert_eq!(parse_availability(""), Ok(None));
        assert!(parse_availability("100.01").is_err() && parse_availability("99.999").is_err());
        assert!(parse_availability("høy").is_err() && parse_availability(".5").is_err());
        assert_eq!(format_availability(9990), "99.9 %");
        assert_eq!(format_availability(9995), "99.95 %");
        assert_eq!(format_availability(10_000), "100 %");
    }

    #[test]
    fn kinds_frameworks_and_dates_are_checked() {
        let ok = ContractDates { start: 10 * D, end: Some(20 * D), ..Default::default() };
        let backwards = ContractDates { start: 20 * D, end: Some(10 * D), ..Default::default() };
        assert_eq!(check(ContractKind::Single, None, false, &ok), Ok(()));
        assert_eq!(check(ContractKind::Single, None, false, &backwards), Err(ContractProblem::EndsBeforeStart));
        assert_eq!(ContractProblem::EndsBeforeStart.field(), "end_date");
        assert_eq!(check(ContractKind::CallOff, None, false, &ok), Err(ContractProblem::CallOffWithoutFramework));
        assert_eq!(
            check(ContractKind::CallOff, Some((ContractKind::Single, true)), true, &ok),
            Err(ContractProblem::NotAFramework)
        );
        assert_eq!(
            check(ContractKind::CallOff, Some((ContractKind::Framework, false)), true, &ok),
            Err(ContractProblem::NotAFramework),
            "another supplier's framework"
        );
        assert_eq!(check(ContractKind::CallOff, None, true, &ok), Err(ContractProblem::NotAFramework), "none such");
        assert_eq!(check(ContractKind::CallOff, Some((ContractKind::Framework, true)), true, &ok), Ok(()));
        assert_eq!(
            check(ContractKind::Single, Some((ContractKind::Framework, true)), true, &ok),
            Err(ContractProblem::FrameworkOnCallOffOnly)
        );
        let long = ContractDates { notice_months: 121, ..ok };
        assert_eq!(check(ContractKind::Single, None, false, &long), Err(ContractProblem::NoticeTooLong));
        for t in ContractTemplate::ALL {
            assert_eq!(ContractTemplate::parse(t.as_str()), Some(t));
        }
        for k in ContractKind::ALL {
            assert_eq!(ContractKind::parse(k.as_str()), Some(k));
        }
    }
}
