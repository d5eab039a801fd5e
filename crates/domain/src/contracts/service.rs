//! What a contract delivers and the data it touches: the information classification (the
//! case's four levels), personal data and its special categories, how many people it is
//! about, where data is stored, processed and reached from for support, and the records of
//! processing for this service (seed 004: which personal data, why, about whom, from where).

use super::sub_processor::parse_locations;

/// How many people the personal data is about, in bands (a register, not a count).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SubjectsBand {
    None,
    UpTo100,
    UpTo1000,
    UpTo10000,
    UpTo100000,
    Over100000,
}

impl SubjectsBand {
    pub const ALL: [SubjectsBand; 6] = [
        SubjectsBand::None,
        SubjectsBand::UpTo100,
        SubjectsBand::UpTo1000,
        SubjectsBand::UpTo10000,
        SubjectsBand::UpTo100000,
        SubjectsBand::Over100000,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            SubjectsBand::None => "none",
            SubjectsBand::UpTo100 => "up_to_100",
            SubjectsBand::UpTo1000 => "up_to_1000",
            SubjectsBand::UpTo10000 => "up_to_10000",
            SubjectsBand::UpTo100000 => "up_to_100000",
            SubjectsBand::Over100000 => "over_100000",
        }
    }
    pub fn parse(s: &str) -> Option<SubjectsBand> {
        SubjectsBand::ALL.into_iter().find(|x| x.as_str() == s)
    }
    /// The band of a count (the case's classification holds a number).
    pub fn of(count: u64) -> SubjectsBand {
        match count {
            0 => SubjectsBand::None,
            1..=100 => SubjectsBand::UpTo100,
            101..=1000 => SubjectsBand::UpTo1000,
            1001..=10_000 => SubjectsBand::UpTo10000,
            10_001..=100_000 => SubjectsBand::UpTo100000,
            _ => SubjectsBand::Over100000,
        }
    }
}

/// The service as entered.
#[derive(Debug, Clone, Default)]
pub struct ServiceInput {
    pub description: String,
    pub confidentiality: String,
    pub integrity: String,
    pub availability: String,
    pub traceability: String,
    pub personal_data: bool,
    pub special_categories: bool,
    pub subjects: String,
    pub storage: String,
    pub processing: String,
    pub support: String,
}

/// The service, checked.
#[derive(Debug, Clone, PartialEq)]
pub struct Service {
    pub description: String,
    /// Confidentiality, integrity, availability, traceability: 1 (low) to 4 (very high).
    pub levels: [u8; 4],
    pub personal_data: bool,
    pub special_categories: bool,
    pub subjects: SubjectsBand,
    pub storage: Vec<String>,
    pub processing: Vec<String>,
    pub support: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ServiceProblem {
    Level(&'static str),
    SpecialWithoutPersonal,
    SubjectsWithoutPersonal,
    /// A country list with an entry that is not a two-letter code.
    Countries(&'static str, String),
    TooLong,
}

impl ServiceProblem {
    pub fn field(&self) -> &'static str {
        match self {
            ServiceProblem::Level(f) | ServiceProblem::Countries(f, _) => f,
            ServiceProblem::SpecialWithoutPersonal => "special_categories",
            ServiceProblem::SubjectsWithoutPersonal => "subjects",
            ServiceProblem::TooLong => "description",
        }
    }
    pub fn message_key(&self) -> &'static str {
        match self {
            ServiceProblem::Level(_) => "error-service-level",
            ServiceProblem::SpecialWithoutPersonal => "error-service-special",
            ServiceProblem::SubjectsWithoutPersonal => "error-service-subjects",
            ServiceProblem::Countries(..) => "error-locations",
            ServiceProblem::TooLong => "error-too-long",
        }
    }
}

impl ServiceInput {
    pub fn check(&self) -> Result<Service, ServiceProblem> {
        let description = self.description.trim();
        if description.chars().count() > 4000 {
            return Err(ServiceProblem::TooLong);
        }
        let mut levels = [0u8; 4];
        for (i, (field, v)) in [
            ("confidentiality", &self.confidentiality),
            ("integrity", &self.integrity),
            ("availability", &self.availability),
            ("traceability", &self.traceability),
        ]
        .into_iter()
        .enumerate()
        {
            levels[i] =
                v.trim().parse::<u8>().ok().filter(|l| (1..=4).contains(l)).ok_or(ServiceProblem::Level(field))?;
        }
        if self.special_categories && !self.personal_data {
            return Err(ServiceProblem::SpecialWithoutPersonal);
        }
        let subjects = SubjectsBand::parse(self.subjects.trim()).unwrap_or(SubjectsBand::None);
        if subjects != SubjectsBand::None && !self.personal_data {
            return Err(ServiceProblem::SubjectsWithoutPersonal);
        }
        let countries =
            |field: &'static str, s: &str| parse_locations(s).map_err(|bad| ServiceProblem::Countries(field, bad));
        Ok(Service {
            description: description.to_string(),
            levels,
            personal_data: self.personal_data,
            special_categories: self.special_categories,
            subjects,
            storage: countries("storage", &self.storage)?,
            processing: countries("processing", &self.processing)?,
            support: countries("support", &self.support)?,
        })
    }
}

/// One record of processing for the service: which personal data, why, about whom, from where.
#[derive(Debug, Clone, Default)]
pub struct ProcessingRecordInput {
    pub data: String,
    pub purpose: String,
    pub subjects: String,
    pub source: String,
}

impl ProcessingRecordInput {
    /// The field left empty or too long, if any: the first three are needed.
    pub fn problem(&self) -> Option<(&'static str, &'static str)> {
        for (field, v, needed) in [
            ("record_data", &self.data, true),
            ("purpose", &self.purpose, true),
            ("record_subjects", &self.subjects, true),
            ("source", &self.source, false),
        ] {
            if needed && v.trim().is_empty() {
                return Some((field, "error-required"));
            }
            if v.trim().chars().count() > 1000 {
                return Some((field, "error-too-long"));
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> ServiceInput {
        ServiceInput {
            description: "Journalsystem for helsestasjonen".into(),
            confidentiality: "4".into(),
            integrity: "3".into(),
            availability: "3".into(),
            traceability: "4".into(),
            personal_data: true,
            special_categories: true,
            subjects: "up_to_10000".into(),
            storage: "NO".into(),
            processing: "no, se".into(),
            support: "SE".into(),
        }
    }

    #[test]
    fn the_service_is_checked_field_by_field() {
        let s = input().check().unwrap();
        assert_eq!(s.levels, [4, 3, 3, 4]);
        assert_eq!(s.processing, vec!["NO", "SE"]);
        assert_eq!(input().check().map(|s| s.subjects), Ok(SubjectsBand::UpTo10000));
        let bad = ServiceInput { integrity: "5".into(), ..input() };
        assert_eq!(bad.check().unwrap_err().field(), "integrity");
        let bad = ServiceInput { personal_data: false, ..input() };
        assert_eq!(bad.check().unwrap_err(), ServiceProblem::SpecialWithoutPersonal);
        let bad = ServiceInput { personal_data: false, special_categories: false, ..input() };
        assert_eq!(bad.check().unwrap_err().field(), "subjects");
        let bad = ServiceInput { support: "India".into(), ..input() };
        assert_eq!(bad.check().unwrap_err(), ServiceProblem::Countries("support", "India".into()));
        assert_eq!(SubjectsBand::of(12_000), SubjectsBand::UpTo100000);
        assert_eq!(SubjectsBand::of(0), SubjectsBand::None);
    }

    #[test]
    fn a_record_needs_what_why_and_whom() {
        let r = ProcessingRecordInput {
            data: "Helseopplysninger".into(),
            purpose: "Helsehjelp".into(),
            ..Default::default()
        };
        assert_eq!(r.problem(), Some(("record_subjects", "error-required")));
        let ok = ProcessingRecordInput { subjects: "Barn 0–5 år".into(), ..r };
        assert_eq!(ok.problem(), None);
    }
}
