//! A supplier in a buying organisation's register: one per organisation number, its status
//! and the contacts by role that follow-up, incidents and the DPA need.

use super::org_number::{Country, OrgNumber, OrgNumberProblem};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SupplierStatus {
    /// Known (a bidder, say) but with no contract in force.
    Prospective,
    Active,
    /// Deliveries halted: a serious deviation, a breach of the DPA.
    Suspended,
    /// No longer a supplier; kept for the history and the audit chain.
    Exited,
}

impl SupplierStatus {
    pub const ALL: [SupplierStatus; 4] =
        [SupplierStatus::Prospective, SupplierStatus::Active, SupplierStatus::Suspended, SupplierStatus::Exited];
    pub fn as_str(self) -> &'static str {
        match self {
            SupplierStatus::Prospective => "prospective",
            SupplierStatus::Active => "active",
            SupplierStatus::Suspended => "suspended",
            SupplierStatus::Exited => "exited",
        }
    }
    pub fn parse(s: &str) -> Option<SupplierStatus> {
        SupplierStatus::ALL.into_iter().find(|x| x.as_str() == s)
    }
    /// Forward through the life of a supplier; a suspension can be lifted; an exited supplier
    /// that returns is active again (a new contract), never prospective.
    pub fn can_move_to(self, to: SupplierStatus) -> bool {
        use SupplierStatus::*;
        matches!(
            (self, to),
            (Prospective, Active | Exited)
                | (Active, Suspended | Exited)
                | (Suspended, Active | Exited)
                | (Exited, Active)
        )
    }
    pub fn next(self) -> Vec<SupplierStatus> {
        SupplierStatus::ALL.into_iter().filter(|t| self.can_move_to(*t)).collect()
    }
}

/// What a database row holds.
impl TryFrom<String> for SupplierStatus {
    type Error = String;
    fn try_from(s: String) -> Result<SupplierStatus, String> {
        SupplierStatus::parse(&s).ok_or_else(|| format!("unknown supplier status {s:?}"))
    }
}

/// Who at the supplier the buyer reaches for what.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContactRole {
    /// Security questions, audits, deviations.
    Security,
    /// The 24/7 line for incidents.
    IncidentLine,
    /// The supplier's data protection officer.
    DataProtectionOfficer,
    AccountManager,
}

impl ContactRole {
    pub const ALL: [ContactRole; 4] = [
        ContactRole::Security,
        ContactRole::IncidentLine,
        ContactRole::DataProtectionOfficer,
        ContactRole::AccountManager,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            ContactRole::Security => "security",
            ContactRole::IncidentLine => "incident_line",
            ContactRole::DataProtectionOfficer => "dpo",
            ContactRole::AccountManager => "account_manager",
        }
    }
    pub fn parse(s: &str) -> Option<ContactRole> {
        ContactRole::ALL.into_iter().find(|x| x.as_str() == s)
    }
}

impl TryFrom<String> for ContactRole {
    type Error = String;
    fn try_from(s: String) -> Result<ContactRole, String> {
        ContactRole::parse(&s).ok_or_else(|| format!("unknown contact role {s:?}"))
    }
}

/// A contact's name and phone as entered: the field and message of what is wrong. (The
/// e-mail address is checked where addresses are normalised, with members' and bidders'.)
pub fn contact_problem(name: &str, phone: &str) -> Option<(&'static str, &'static str)> {
    let (name, phone) = (name.trim(), phone.trim());
    if name.is_empty() || name.chars().count() > MAX_NAME {
        return Some(("name", "error-required"));
    }
    if phone.chars().count() > 40 || phone.chars().any(|c| !(c.is_ascii_digit() || " +-()".contains(c))) {
        return Some(("phone", "error-supplier-phone"));
    }
    None
}

/// A supplier as entered, before it is checked.
#[derive(Debug, Clone, Default)]
pub struct SupplierInput {
    pub legal_name: String,
    pub country: String,
    pub org_number: String,
    pub parent_group: String,
    pub website: String,
}

/// A checked supplier: the name present, the number valid for its country, the website an
/// address.
#[derive(Debug, Clone, PartialEq)]
pub struct SupplierDetails {
    pub legal_name: String,
    pub org_number: OrgNumber,
    pub parent_group: String,
    pub website: String,
}

/// What is wrong with a supplier as entered, by field.
#[derive(Debug, Clone, PartialEq)]
pub enum SupplierProblem {
    LegalName,
    Country,
    OrgNumber(OrgNumberProblem),
    Website,
    TooLong(&'static str),
}

impl SupplierProblem {
    pub fn field(&self) -> &'static str {
        match self {
            SupplierProblem::LegalName => "legal_name",
            SupplierProblem::Country => "country",
            SupplierProblem::OrgNumber(_) => "org_number",
            SupplierProblem::Website => "website",
            SupplierProblem::TooLong(f) => f,
        }
    }
    pub fn message_key(&self) -> &'static str {
        match self {
            SupplierProblem::LegalName => "error-supplier-name",
            SupplierProblem::Country => "error-choose",
            SupplierProblem::OrgNumber(p) => p.message_key(),
            SupplierProblem::Website => "error-supplier-website",
            SupplierProblem::TooLong(_) => "error-too-long",
        }
    }
}

const MAX_NAME: usize = 200;

impl SupplierInput {
    pub fn check(&self) -> Result<SupplierDetails, SupplierProblem> {
        let legal_name = self.legal_name.trim();
        if legal_name.is_empty() {
            return Err(SupplierProblem::LegalName);
        }
        for (field, value) in [("legal_name", legal_name), ("parent_group", self.parent_group.trim())] {
            if value.chars().count() > MAX_NAME {
                return Err(SupplierProblem::TooLong(field));
            }
        }
        let country = Country::parse(self.country.trim()).ok_or(SupplierProblem::Country)?;
        let org_number = OrgNumber::parse(country, &self.org_number).map_err(SupplierProblem::OrgNumber)?;
        let website = self.website.trim();
        if !website.is_empty() && !plausible_website(website) {
            return Err(SupplierProblem::Website);
        }
        Ok(SupplierDetails {
            legal_name: legal_name.to_string(),
            org_number,
            parent_group: self.parent_group.trim().to_string(),
            website: website.to_string(),
        })
    }
}

/// An https or http address with a host: it becomes a link on the supplier's page, so nothing
/// else (no `javascript:`).
fn plausible_website(s: &str) -> bool {
    let rest = s.strip_prefix("https://").or_else(|| s.strip_prefix("http://"));
    rest.is_some_and(|r| {
        let host = r.split(['/', '?', '#']).next().unwrap_or("");
        host.contains('.') && s.len() <= 300 && !s.chars().any(|c| c.is_whitespace() || c == '"' || c == '<')
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(name: &str, country: &str, number: &str, web: &str) -> SupplierInput {
        SupplierInput {
            legal_name: name.into(),
            country: country.into(),
            org_number: number.into(),
            website: web.into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_supplier_is_checked_field_by_field() {
        let ok = input(" Visma Enterprise AS ", "no", "974 760 673", "https://visma.no").check().unwrap();
        assert_eq!((ok.legal_name.as_str(), ok.org_number.to_string().as_str()), ("Visma Enterprise AS", "974760673"));
        assert_eq!(input("", "no", "974760673", "").check().unwrap_err().field(), "legal_name");
        assert_eq!(input("X", "dk", "974760673", "").check().unwrap_err().field(), "country");
        let bad = input("X", "no", "974760674", "").check().unwrap_err();
        assert_eq!((bad.field(), bad.message_key()), ("org_number", "error-orgnr-mod11"));
        assert_eq!(input("X", "se", "202100-5449", "").check().unwrap_err().message_key(), "error-orgnr-luhn");
        assert_eq!(input("X", "no", "974760673", "javascript:alert(1)").check().unwrap_err().field(), "website");
        assert_eq!(input("X", "no", "974760673", "https://localhost").check().unwrap_err().field(), "website");
        assert_eq!(input(&"x".repeat(201), "no", "974760673", "").check().unwrap_err().message_key(), "error-too-long");
    }

    #[test]
    fn a_contact_has_a_name_and_a_phone_number_of_digits() {
        assert_eq!(contact_problem(" ", ""), Some(("name", "error-required")));
        assert_eq!(contact_problem("Vakt", "+47 55 00 00 00"), None);
        assert_eq!(contact_problem("Vakt", "ring meg"), Some(("phone", "error-supplier-phone")));
    }

    #[test]
    fn statuses_follow_the_life_of_a_supplier() {
        use SupplierStatus::*;
        assert!(Prospective.can_move_to(Active) && Active.can_move_to(Suspended) && Suspended.can_move_to(Active));
        assert!(Active.can_move_to(Exited) && Exited.can_move_to(Active));
        assert!(!Exited.can_move_to(Prospective) && !Active.can_move_to(Prospective) && !Active.can_move_to(Active));
        assert_eq!(Prospective.next(), vec![Active, Exited]);
        for s in SupplierStatus::ALL {
            assert_eq!(SupplierStatus::parse(s.as_str()), Some(s));
        }
        for r in ContactRole::ALL {
            assert_eq!(ContactRole::parse(r.as_str()), Some(r));
        }
    }
}
