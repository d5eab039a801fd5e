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
    pub fn require(&self, p: Permission) -> AppResult<()> {
        if self.role.has(p) { Ok(()) } else { Err(AppError::Forbidden) }
    }

    pub fn label(&self) -> String {
        if self.via == "session" { self.email.clone() } else { format!("{} ({})", self.email, self.via) }
    }
}
