//! Roles and the permission matrix. The matrix is data: administrators see it in the
//! UI, and a test walks every route × role against it.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Administrator,
    SecurityOfficer,
    ProcurementOfficer,
    RiskOwner,
    Auditor,
    SupplierRespondent,
}

impl Role {
    pub const ALL: [Role; 6] = [
        Role::Administrator,
        Role::SecurityOfficer,
        Role::ProcurementOfficer,
        Role::RiskOwner,
        Role::Auditor,
        Role::SupplierRespondent,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Administrator => "administrator",
            Role::SecurityOfficer => "security_officer",
            Role::ProcurementOfficer => "procurement_officer",
            Role::RiskOwner => "risk_owner",
            Role::Auditor => "auditor",
            Role::SupplierRespondent => "supplier_respondent",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == s)
    }

    /// Administrators always need a second factor; for others it depends on the organisation.
    pub fn always_requires_mfa(self) -> bool {
        matches!(self, Role::Administrator)
    }

    /// Whether the role can publish, evaluate, sign, award or read bids: these hold what a
    /// complaint or a leak turns on, so an organisation requires a second factor of them by
    /// default.
    pub fn handles_bids(self) -> bool {
        self.has(Permission::ProcurementView) || self.has(Permission::ProcurementEdit)
    }

    pub fn permissions(self) -> &'static [Permission] {
        use Permission::*;
        match self {
            Role::Administrator => &[
                OrgView,
                CatalogueView,
                CatalogueEdit,
                ProcurementView,
                ProcurementEdit,
                SupplierView,
                SupplierEdit,
                ManageUsers,
                ManageOrganisation,
                ViewAuditLog,
                ExportAuditLog,
                ViewPermissionMatrix,
            ],
            Role::SecurityOfficer => {
                &[OrgView, CatalogueView, CatalogueEdit, ProcurementView, ProcurementEdit, SupplierView, SupplierEdit]
            }
            Role::ProcurementOfficer => {
                &[OrgView, CatalogueView, ProcurementView, ProcurementEdit, SupplierView, SupplierEdit]
            }
            Role::RiskOwner => &[OrgView, CatalogueView, ProcurementView, SupplierView],
            // Read-only on everything, the audit log included.
            Role::Auditor => &[
                OrgView,
                CatalogueView,
                ProcurementView,
                SupplierView,
                ViewAuditLog,
                ExportAuditLog,
                ViewPermissionMatrix,
            ],
            // A supplier's people see their own supplier's workspace, never the organisation.
            Role::SupplierRespondent => &[SupplierWorkspace],
        }
    }

    pub fn has(self, p: Permission) -> bool {
        self.permissions().contains(&p)
    }
}

/// What a route needs. Later issues add catalogue, procurement and follow-up permissions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum Permission {
    /// See the organisation's pages at all (dashboard, members list).
    OrgView,
    /// Invite, change role of and remove members; reset their MFA.
    ManageUsers,
    /// Change organisation settings (name, MFA for everyone, language).
    ManageOrganisation,
    ViewAuditLog,
    ExportAuditLog,
    ViewPermissionMatrix,
    /// Browse and search catalogues, ISO/IEC 27002 controls, mappings and coverage.
    CatalogueView,
    /// Import and edit the organisation's own catalogues.
    CatalogueEdit,
    /// See procurement cases.
    ProcurementView,
    /// Create, classify and move procurement cases.
    ProcurementEdit,
    /// See the supplier register and the contracts.
    SupplierView,
    /// Enter and change suppliers and contracts; turn an awarded bid into a contract.
    SupplierEdit,
    /// A supplier person's own workspace: its supplier's contracts with the organisation,
    /// contacts, certificates and sub-processor changes.
    SupplierWorkspace,
}

impl Permission {
    pub const ALL: [Permission; 13] = [
        Permission::OrgView,
        Permission::ManageUsers,
        Permission::ManageOrganisation,
        Permission::ViewAuditLog,
        Permission::ExportAuditLog,
        Permission::ViewPermissionMatrix,
        Permission::CatalogueView,
        Permission::CatalogueEdit,
        Permission::ProcurementView,
        Permission::ProcurementEdit,
        Permission::SupplierView,
        Permission::SupplierEdit,
        Permission::SupplierWorkspace,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Permission::OrgView => "org_view",
            Permission::ManageUsers => "manage_users",
            Permission::ManageOrganisation => "manage_organisation",
            Permission::ViewAuditLog => "view_audit_log",
            Permission::ExportAuditLog => "export_audit_log",
            Permission::ViewPermissionMatrix => "view_permission_matrix",
            Permission::CatalogueView => "catalogue_view",
            Permission::CatalogueEdit => "catalogue_edit",
            Permission::ProcurementView => "procurement_view",
            Permission::ProcurementEdit => "procurement_edit",
            Permission::SupplierView => "supplier_view",
            Permission::SupplierEdit => "supplier_edit",
            Permission::SupplierWorkspace => "supplier_workspace",
        }
    }
}

/// Whom an organisation requires a second factor of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MfaPolicy {
    /// Every member.
    pub everyone: bool,
    /// Every role that handles bids (on by default).
    pub bid_roles: bool,
}

impl MfaPolicy {
    pub fn requires(self, role: Role) -> bool {
        role.always_requires_mfa() || self.everyone || (self.bid_roles && role.handles_bids())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_factor_is_required_of_everyone_who_handles_bids_by_default() {
        let default = MfaPolicy { everyone: false, bid_roles: true };
        for r in Role::ALL {
            assert_eq!(default.requires(r), r != Role::SupplierRespondent, "{r:?}");
        }
        let off = MfaPolicy { everyone: false, bid_roles: false };
        assert!(off.requires(Role::Administrator), "administrators always");
        assert!(!off.requires(Role::ProcurementOfficer));
        assert!(MfaPolicy { everyone: true, bid_roles: false }.requires(Role::SupplierRespondent));
    }

    #[test]
    fn roles_round_trip_through_their_names() {
        for r in Role::ALL {
            assert_eq!(Role::parse(r.as_str()), Some(r));
        }
        assert_eq!(Role::parse("root"), None);
    }

    #[test]
    fn auditor_is_read_only() {
        for p in Role::Auditor.permissions() {
            assert!(
                !matches!(p, Permission::ManageUsers | Permission::ManageOrganisation),
                "auditor must not change anything: {p:?}"
            );
        }
        assert!(Role::Auditor.has(Permission::ViewAuditLog));
    }

    #[test]
    fn supplier_sees_nothing_of_the_organisation() {
        assert_eq!(Role::SupplierRespondent.permissions(), &[Permission::SupplierWorkspace]);
        for r in Role::ALL.into_iter().filter(|r| *r != Role::SupplierRespondent) {
            assert!(!r.has(Permission::SupplierWorkspace), "{r:?} is not a supplier");
        }
    }
}
