//! The data processing agreement (databehandleravtale / personuppgiftsbiträdesavtal) of a
//! contract, and the numbers in it that drive follow-up: how soon the supplier must report a
//! breach, how long before a new sub-processor it must tell, how long the buyer has to
//! object, how soon data is deleted or returned after the end.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DpaTemplate {
    /// The Norwegian state's SSA data processing agreement.
    SsaDba,
    /// SKR / Adda / Inera's PUB-avtal.
    SkrPub,
    SupplierOwn,
}

impl DpaTemplate {
    pub const ALL: [DpaTemplate; 3] = [DpaTemplate::SsaDba, DpaTemplate::SkrPub, DpaTemplate::SupplierOwn];
    pub fn as_str(self) -> &'static str {
        match self {
            DpaTemplate::SsaDba => "ssa_dba",
            DpaTemplate::SkrPub => "skr_pub",
            DpaTemplate::SupplierOwn => "supplier_own",
        }
    }
    pub fn parse(s: &str) -> Option<DpaTemplate> {
        DpaTemplate::ALL.into_iter().find(|x| x.as_str() == s)
    }
}

impl TryFrom<String> for DpaTemplate {
    type Error = String;
    fn try_from(s: String) -> Result<DpaTemplate, String> {
        DpaTemplate::parse(&s).ok_or_else(|| format!("unknown DPA template {s:?}"))
    }
}

/// The agreed numbers, checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DpaTerms {
    pub breach_notice_hours: u32,
    pub subprocessor_notice_days: u32,
    pub objection_days: u32,
    pub deletion_days: u32,
}

/// Defaults a form starts from: breach notice within 24 hours (Article 33 leaves the
/// controller 72, so the processor must be quicker), 30 days' notice of a new sub-processor,
/// 14 days to object, deletion or return within 30 days.
pub const DEFAULT_TERMS: DpaTerms =
    DpaTerms { breach_notice_hours: 24, subprocessor_notice_days: 30, objection_days: 14, deletion_days: 30 };

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DpaProblem {
    /// Later than the controller's own 72 hours to the authority leaves no time to report.
    BreachNoticeTooLate,
    /// The objection window cannot outlast the notice: the change would take effect first.
    ObjectionLongerThanNotice,
    TooLong(&'static str),
}

impl DpaProblem {
    pub fn field(self) -> &'static str {
        match self {
            DpaProblem::BreachNoticeTooLate => "breach_notice_hours",
            DpaProblem::ObjectionLongerThanNotice => "objection_days",
            DpaProblem::TooLong(f) => f,
        }
    }
    pub fn message_key(self) -> &'static str {
        match self {
            DpaProblem::BreachNoticeTooLate => "error-dpa-breach-hours",
            DpaProblem::ObjectionLongerThanNotice => "error-dpa-objection",
            DpaProblem::TooLong(_) => "error-dpa-days",
        }
    }
}

impl DpaTerms {
    pub fn check(&self) -> Result<(), DpaProblem> {
        if self.breach_notice_hours == 0 || self.breach_notice_hours > 72 {
            return Err(DpaProblem::BreachNoticeTooLate);
        }
        for (field, days) in [
            ("subprocessor_notice_days", self.subprocessor_notice_days),
            ("objection_days", self.objection_days),
            ("deletion_days", self.deletion_days),
        ] {
            if days > 365 {
                return Err(DpaProblem::TooLong(field));
            }
        }
        if self.objection_days > self.subprocessor_notice_days {
            return Err(DpaProblem::ObjectionLongerThanNotice);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_numbers_leave_time_to_act() {
        assert_eq!(DEFAULT_TERMS.check(), Ok(()));
        let late = DpaTerms { breach_notice_hours: 96, ..DEFAULT_TERMS };
        assert_eq!(late.check().unwrap_err().field(), "breach_notice_hours");
        let window = DpaTerms { objection_days: 45, ..DEFAULT_TERMS };
        assert_eq!(window.check(), Err(DpaProblem::ObjectionLongerThanNotice));
        let year = DpaTerms { deletion_days: 400, ..DEFAULT_TERMS };
        assert_eq!(year.check(), Err(DpaProblem::TooLong("deletion_days")));
        for t in DpaTemplate::ALL {
            assert_eq!(DpaTemplate::parse(t.as_str()), Some(t));
        }
    }
}
