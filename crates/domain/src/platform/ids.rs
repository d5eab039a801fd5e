//! Identifier newtypes so an organisation id can never be passed where a user id belongs.

use serde::{Deserialize, Serialize};
use std::fmt;

macro_rules! id_type {
    ($(#[$m:meta])* $name:ident) => {
        $(#[$m])*
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl $name {
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        /// Rows that still carry a plain id (a judgement's bid, a result's bid) compare with it.
        impl PartialEq<String> for $name {
            fn eq(&self, other: &String) -> bool {
                &self.0 == other
            }
        }

        impl PartialEq<$name> for String {
            fn eq(&self, other: &$name) -> bool {
                self == &other.0
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.0 == other
            }
        }

        /// An id reads as text anywhere text is wanted (links, audit records, views); the
        /// other way round needs the type's name, which is the point.
        impl std::ops::Deref for $name {
            type Target = str;
            fn deref(&self) -> &str {
                &self.0
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        /// What a database row holds; the store's organisation-scoped lookups make these.
        impl From<String> for $name {
            fn from(s: String) -> Self {
                $name(s)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

id_type!(
    /// An organisation (municipality, inter-municipal service): the tenant boundary.
    OrgId
);
id_type!(
    /// A personal account. Accounts are never shared.
    UserId
);
id_type!(
    /// A procurement case (sak/ärende), always within one organisation.
    CaseId
);
id_type!(
    /// One bidder's bid in a case.
    BidId
);
id_type!(
    /// A supplier in one organisation's register.
    SupplierId
);
id_type!(
    /// A contract with a supplier.
    ContractId
);
