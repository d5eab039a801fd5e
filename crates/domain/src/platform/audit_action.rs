//! Every action the audit log records, as a type. The stored form (`case.create`) never
//! changes for an existing action, since records already in chains carry it; the label a
//! person reads is the Fluent message `audit-action-<stored form with . and _ as ->`, in the
//! action's area's file, `locales/<lang>/<area>.ftl` (a test checks that every action has one
//! in every language).

macro_rules! audit_actions {
    ($($(#[$doc:meta])* $variant:ident = $stored:literal,)*) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum AuditAction {
            $($(#[$doc])* $variant,)*
        }

        impl AuditAction {
            pub const ALL: &'static [AuditAction] = &[$(AuditAction::$variant,)*];

            /// The form stored in the chain.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(AuditAction::$variant => $stored,)*
                }
            }

            /// The action a stored form names; None for a form this version does not know.
            pub fn parse(s: &str) -> Option<AuditAction> {
                match s {
                    $($stored => Some(AuditAction::$variant),)*
                    _ => None,
                }
            }
        }
    };
}

audit_actions! {
    // platform
    /// A file made from the organisation's data was downloaded (object type names the file).
    Export = "export",
    AuditExport = "audit.export",
    // identity
    SetupComplete = "setup.complete",
    OrganisationCreate = "organisation.create",
    OrganisationUpdate = "organisation.update",
    LoginSuccess = "login.success",
    LoginPasswordOk = "login.password_ok",
    LoginFailed = "login.failed",
    LoginMfaFailed = "login.mfa_failed",
    LoginLocked = "login.locked",
    Logout = "logout",
    SessionRevoke = "session.revoke",
    SessionRevokeAll = "session.revoke_all",
    UserUpdate = "user.update",
    UserPasswordChange = "user.password_change",
    UserPasswordResetRequested = "user.password_reset_requested",
    UserPasswordReset = "user.password_reset",
    UserTotpEnable = "user.totp_enable",
    UserRecoveryCodesRegenerate = "user.recovery_codes_regenerate",
    UserMfaReset = "user.mfa_reset",
    UserPasskeyAdd = "user.passkey_add",
    UserPasskeyRemove = "user.passkey_remove",
    ApiTokenCreate = "api_token.create",
    ApiTokenRevoke = "api_token.revoke",
    InvitationCreate = "invitation.create",
    InvitationRevoke = "invitation.revoke",
    MemberAdd = "member.add",
    MemberRemove = "member.remove",
    MemberRoleChange = "member.role_change",
    // catalogue
    CatalogueCreate = "catalogue.create",
    CatalogueImport = "catalogue.import",
    CataloguePublish = "catalogue.publish",
    RequirementAdd = "requirement.add",
    RequirementCopy = "requirement.copy",
    RequirementUpdate = "requirement.update",
    RequirementRemove = "requirement.remove",
    MappingAdd = "mapping.add",
    MappingRemove = "mapping.remove",
    LevelsSet = "levels.set",
    // procurement
    CaseCreate = "case.create",
    CaseClassify = "case.classify",
    CaseTierOverride = "case.tier_override",
    CaseStatus = "case.status",
    CaseDeadline = "case.deadline",
    /// The planned contract start, against which certificates are judged.
    CaseContractStart = "case.contract_start",
    /// The award decision: the winner and the end of the standstill period.
    CaseAward = "case.award",
    /// An award notice sent to one bidder.
    AwardNotice = "award.notice",
    SetAdoptProposal = "set.adopt_proposal",
    SetPut = "set.put",
    SetRemove = "set.remove",
    /// One change to many requirements of the set at once.
    SetBulk = "set.bulk",
    SetCorrectionOpen = "set.correction_open",
    SetPublish = "set.publish",
    BidInvite = "bid.invite",
    BidLink = "bid.link",
    BidRevokeLinks = "bid.revoke_links",
    BidAnswers = "bid.answers",
    BidSubmit = "bid.submit",
    /// The deadline passed and the bids were opened (tillit records it, at the deadline).
    BidsOpen = "bids.open",
    BidCorrection = "bid.correction",
    BidImportExcel = "bid.import_excel",
    /// Every returned answer sheet read in at once from the e-tendering system's ZIP.
    BidImportZip = "bid.import_zip",
    EvidenceUpload = "evidence.upload",
    EvidenceRead = "evidence.read",
    CertificateAdd = "certificate.add",
    EvidenceRemove = "evidence.remove",
    CertificateRemove = "certificate.remove",
    EvaluationJudge = "evaluation.judge",
    EvaluationConsensus = "evaluation.consensus",
    EvaluationLead = "evaluation.lead",
    EvaluationSignOff = "evaluation.sign_off",
    /// The signed decision basis stored with its SHA-256.
    DecisionSeal = "decision.seal",
    /// A signed-off evaluation reopened with a reason; the signature is void.
    EvaluationReopen = "evaluation.reopen",
    // suppliers
    SupplierCreate = "supplier.create",
    SupplierUpdate = "supplier.update",
    SupplierStatus = "supplier.status",
    SupplierContactAdd = "supplier.contact_add",
    SupplierContactRemove = "supplier.contact_remove",
    SupplierCertificateAdd = "supplier.certificate_add",
    /// Suppliers and contracts read in from a workbook, all at once.
    SupplierImport = "supplier.import",
    /// The certification body withdrew a certificate.
    SupplierCertificateWithdraw = "supplier.certificate_withdraw",
    /// A contact given the supplier's workspace (a sign-in link by e-mail).
    SupplierPersonGrant = "supplier.person_grant",
    /// A supplier person's workspace taken away.
    SupplierPersonRevoke = "supplier.person_revoke",
    /// A supplier person asked for a sign-in link.
    SupplierLinkSent = "supplier.link_sent",
    /// A supplier person signed in by an e-mailed link.
    SupplierSignIn = "supplier.sign_in",
    /// An unknown, used or expired sign-in link.
    SupplierSignInFailed = "supplier.sign_in_failed",
    /// A supplier person refused: a buyer's route or another supplier's object.
    SupplierPersonRefused = "supplier.person_refused",
    /// A supplier person announced a new sub-processor; the DPA's clocks run.
    SubProcessorAnnounce = "sub_processor.announce",
    /// The objection window closed without an objection: the change stands.
    SubProcessorStands = "sub_processor.stands",
    /// A file stored with the register (signed contract, annex, DPA, assessment, certificate).
    SupplierDocumentAdd = "supplier.document_add",
    SupplierDocumentRead = "supplier.document_read",
    // contracts
    /// A contract entered by hand, or made from an awarded case's winning bid.
    ContractCreate = "contract.create",
    /// The buyer's people on the contract or its service levels changed.
    ContractUpdate = "contract.update",
    /// A hand-entered contract's requirement set chosen from a catalogue and frozen.
    ContractSetFreeze = "contract.set_freeze",
    /// What the contract delivers and the data it touches, recorded or changed.
    ContractService = "contract.service",
    ProcessingRecordAdd = "processing_record.add",
    /// The contract's data processing agreement recorded or changed.
    DpaPut = "dpa.put",
    SubProcessorAdd = "sub_processor.add",
    /// A sub-processor placed elsewhere in the chain.
    SubProcessorMove = "sub_processor.move",
    /// The buyer approved, objected to or removed a sub-processor.
    SubProcessorDecide = "sub_processor.decide",
}

impl AuditAction {
    /// The Fluent message that names the action for people.
    pub fn label_key(self) -> String {
        label_key(self.as_str())
    }
}

/// The label's message key for a stored form (also for forms this version does not know,
/// which then show as stored).
pub fn label_key(stored: &str) -> String {
    format!("audit-action-{}", stored.replace(['.', '_'], "-"))
}

impl std::fmt::Display for AuditAction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn stored_forms_are_unique_and_parse_back() {
        let forms: BTreeSet<&str> = AuditAction::ALL.iter().map(|a| a.as_str()).collect();
        assert_eq!(forms.len(), AuditAction::ALL.len());
        for a in AuditAction::ALL {
            assert_eq!(AuditAction::parse(a.as_str()), Some(*a));
        }
        assert_eq!(AuditAction::parse("case.explode"), None);
        assert_eq!(AuditAction::CaseTierOverride.label_key(), "audit-action-case-tier-override");
    }
}
