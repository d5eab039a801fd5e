//! Organisation numbers: Norwegian (9 digits, the last a mod-11 check digit, as
//! Brønnøysundregistrene issues them) and Swedish (10 digits written NNNNNN-NNNN, the last a
//! Luhn check digit, as Bolagsverket issues them). A refusal names the rule that failed.

use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Country {
    No,
    Se,
}

impl Country {
    pub const ALL: [Country; 2] = [Country::No, Country::Se];
    pub fn as_str(self) -> &'static str {
        match self {
            Country::No => "no",
            Country::Se => "se",
        }
    }
    pub fn parse(s: &str) -> Option<Country> {
        Country::ALL.into_iter().find(|c| c.as_str() == s)
    }
}

/// A valid organisation number of one country.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct OrgNumber {
    country: Country,
    digits: String,
}

/// Why a text is not an organisation number: each names the rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OrgNumberProblem {
    Empty,
    /// Only digits and the separators people write (space, dot, hyphen) are in a number.
    NotADigit {
        position: usize,
        found: char,
    },
    Length {
        expected: usize,
        found: usize,
    },
    /// Norwegian: the weights 3 2 7 6 5 4 3 2 give a check digit other than the ninth digit
    /// (or 10, which is never issued).
    Mod11 {
        expected: Option<u32>,
        found: u32,
    },
    /// Swedish: the ten digits' Luhn sum is not a multiple of ten.
    Luhn {
        expected: u32,
        found: u32,
    },
}

impl OrgNumberProblem {
    /// The Fluent key of the message; its arguments are `args`.
    pub fn message_key(&self) -> &'static str {
        match self {
            OrgNumberProblem::Empty => "error-orgnr-empty",
            OrgNumberProblem::NotADigit { .. } => "error-orgnr-character",
            OrgNumberProblem::Length { .. } => "error-orgnr-length",
            OrgNumberProblem::Mod11 { expected: Some(_), .. } => "error-orgnr-mod11",
            OrgNumberProblem::Mod11 { expected: None, .. } => "error-orgnr-mod11-never",
            OrgNumberProblem::Luhn { .. } => "error-orgnr-luhn",
        }
    }
    /// The message's arguments: the position and character, the lengths, the check digits.
    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            OrgNumberProblem::Empty => vec![],
            OrgNumberProblem::NotADigit { position, found } => {
                vec![("position", position.to_string()), ("found", found.to_string())]
            }
            OrgNumberProblem::Length { expected, found } => {
                vec![("expected", expected.to_string()), ("found", found.to_string())]
            }
            OrgNumberProblem::Mod11 { expected, found } => {
                vec![("expected", expected.map(|e| e.to_string()).unwrap_or_default()), ("found", found.to_string())]
            }
            OrgNumberProblem::Luhn { expected, found } => {
                vec![("expected", expected.to_string()), ("found", found.to_string())]
            }
        }
    }
}

impl fmt::Display for OrgNumberProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OrgNumberProblem::Empty => write!(f, "no organisation number"),
            OrgNumberProblem::NotADigit { position, found } => {
                write!(f, "character {position} ('{found}') is not a digit")
            }
            OrgNumberProblem::Length { expected, found } => write!(f, "{found} digits where {expected} are written"),
            OrgNumberProblem::Mod11 { expected: Some(e), found } => {
                write!(f, "the mod-11 check digit is {e}, not {found}")
            }
            OrgNumberProblem::Mod11 { expected: None, .. } => {
                write!(f, "the mod-11 check gives 10: no such number is issued")
            }
            OrgNumberProblem::Luhn { expected, found } => write!(f, "the Luhn check digit is {expected}, not {found}"),
        }
    }
}

impl OrgNumber {
    /// Reads a number as people write it (`923 609 016`, `556016-0680`, `923.609.016`).
    pub fn parse(country: Country, raw: &str) -> Result<OrgNumber, OrgNumberProblem> {
        let raw = raw.trim();
        if raw.is_empty() {
            return Err(OrgNumberProblem::Empty);
        }
        let mut digits = Vec::new();
        for (i, c) in raw.chars().enumerate() {
            match c {
                '0'..='9' => digits.push(c.to_digit(10).unwrap_or(0)),
                ' ' | '.' | '-' => {}
                _ => return Err(OrgNumberProblem::NotADigit { position: i + 1, found: c }),
            }
        }
        let expected = match country {
            Country::No => 9,
            Country::Se => 10,
        };
        if digits.len() != expected {
            return Err(OrgNumberProblem::Length { expected, found: digits.len() });
        }
        let last = digits[expected - 1];
        match country {
            Country::No => {
                let weights = [3, 2, 7, 6, 5, 4, 3, 2];
                let sum: u32 = weights.iter().zip(&digits).map(|(w, d)| w * d).sum();
                let check = match 11 - sum % 11 {
                    11 => Some(0),
                    10 => None,
                    c => Some(c),
                };
                if check != Some(last) {
                    return Err(OrgNumberProblem::Mod11 { expected: check, found: last });
                }
            }
            Country::Se => {
                let sum: u32 = digits[..9]
                    .iter()
                    .enumerate()
                    .map(|(i, d)| if i % 2 == 0 { (d * 2) / 10 + (d * 2) % 10 } else { *d })
                    .sum();
                let check = (10 - sum % 10) % 10;
                if check != last {
                    return Err(OrgNumberProblem::Luhn { expected: check, found: last });
                }
            }
        }
        let digits = digits.iter().map(|d| char::from(b'0' + *d as u8)).collect();
        Ok(OrgNumber { country, digits })
    }

    pub fn country(&self) -> Country {
        self.country
    }
}

/// The usual written form: Norwegian `923609016`, Swedish `556016-0680`.
impl fmt::Display for OrgNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.country {
            Country::No => f.write_str(&self.digits),
            Country::Se => write!(f, "{}-{}", &self.digits[..6], &self.digits[6..]),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn norwegian_numbers() {
        // Brønnøysundregistrene (974760673) and Skatteetaten (974761076).
        assert_eq!(OrgNumber::parse(Country::No, "974760673").unwrap().to_string(), "974760673");
        assert_eq!(OrgNumber::parse(Country::No, "974 761 076").unwrap().to_string(), "974761076");
        assert_eq!(OrgNumber::parse(Country::No, "974.761.076").unwrap().to_string(), "974761076");
        assert_eq!(
            OrgNumber::parse(Country::No, "974760674"),
            Err(OrgNumberProblem::Mod11 { expected: Some(3), found: 4 })
        );
        assert_eq!(OrgNumber::parse(Country::No, "97476067"), Err(OrgNumberProblem::Length { expected: 9, found: 8 }));
        assert_eq!(
            OrgNumber::parse(Country::No, "974 76O 673"),
            Err(OrgNumberProblem::NotADigit { position: 7, found: 'O' })
        );
        assert_eq!(OrgNumber::parse(Country::No, "  "), Err(OrgNumberProblem::Empty));
        // A number whose check digit would be 10 is never issued.
        let never = (0..100_000_000u32)
            .step_by(7919)
            .map(|n| format!("{n:08}"))
            .find(|s| {
                let w = [3, 2, 7, 6, 5, 4, 3, 2];
                let sum: u32 = s.chars().zip(w).map(|(c, w)| c.to_digit(10).unwrap() * w).sum();
                11 - sum % 11 == 10
            })
            .unwrap();
        assert_eq!(
            OrgNumber::parse(Country::No, &format!("{never}0")),
            Err(OrgNumberProblem::Mod11 { expected: None, found: 0 })
        );
    }

    #[test]
    fn swedish_numbers() {
        // Skatteverket (202100-5448), Volvo (556012-5790) and a changed digit.
        assert_eq!(OrgNumber::parse(Country::Se, "2021005448").unwrap().to_string(), "202100-5448");
        assert_eq!(OrgNumber::parse(Country::Se, "556012-5790").unwrap().to_string(), "556012-5790");
        assert_eq!(OrgNumber::parse(Country::Se, "202100-5449"), Err(OrgNumberProblem::Luhn { expected: 8, found: 9 }));
        assert_eq!(OrgNumber::parse(Country::Se, "2021005"), Err(OrgNumberProblem::Length { expected: 10, found: 7 }));
        assert!(OrgNumber::parse(Country::Se, "923609016").is_err(), "a Norwegian number is not Swedish");
    }

    #[test]
    fn every_problem_has_a_message() {
        for p in [
            OrgNumberProblem::Empty,
            OrgNumberProblem::NotADigit { position: 1, found: 'x' },
            OrgNumberProblem::Length { expected: 9, found: 8 },
            OrgNumberProblem::Mod11 { expected: Some(3), found: 4 },
            OrgNumberProblem::Mod11 { expected: None, found: 0 },
            OrgNumberProblem::Luhn { expected: 8, found: 9 },
        ] {
            assert!(p.message_key().starts_with("error-orgnr-"));
            assert!(!p.to_string().is_empty());
        }
    }
}
