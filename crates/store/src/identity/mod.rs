//! People and organisations: users, memberships, sessions, passkeys, API tokens, links
//! and sign-in failures. Calls on organisation-owned objects take the `OrgId` and put it in
//! the WHERE clause, so no query can read or change another organisation's rows.

pub mod api_tokens;
pub mod links;
pub mod login_failures;
pub mod orgs;
pub mod passkeys;
pub mod sessions;
pub mod users;
