//! Who is acting, in which organisation, with which role. Built by the web layer from a
//! session or an API token, and checked by every use case.

use crate::{AppError, AppResult};
use tillit_domain::{OrgId, Permission, Role, UserId};

#[derive(Debug, Clone)]
pub struct Actor {
    pub user_id: UserId,
    pub email: String,
    pub org_id: OrgId,
    pub role: Role,
    /// How the request was authenticated, for the audit log ("session", "api token NAME").
    pub via: String,
}

impl Actor {
    /// The command line acting in an organisation with an administrator's rights (it runs
    /// with access to the database, so it could anyway); recorded as such.
    pub fn command_line(org: OrgId) -> Actor {
        Actor {
            user_id: UserId(String::new()),
            email: "tillit".into(),
            org_id: org,
            role: Role::Administrator,
            via: "command line".into(),
        }
    }

    pub fn require(&self, p: Permission) -> AppResult<()> {
        if self.role.has(p) { Ok(()) } else { Err(AppError::Forbidden) }
    }

    pub fn label(&self) -> String {
        if self.via == "session" { self.email.clone() } else { format!("{} ({})", self.email, self.via) }
    }
}
