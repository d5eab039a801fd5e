# Suppliers and contracts: the register, contracts, and the rules they are checked by.

perm-supplier_view = See the supplier register, the contracts, data processing agreements and certificates
perm-supplier_edit = Enter and change suppliers and contracts, and turn an awarded bid into a contract

error-orgnr-empty = Organisation number: write the supplier's organisation number.
error-orgnr-character = Organisation number: character { $position } ("{ $found }") is not a digit.
error-orgnr-length = Organisation number: it has { $found } digits; it should have { $expected }.
error-orgnr-mod11 = Organisation number: the check digit (mod 11, the ninth digit) should be { $expected }, not { $found }. Check for a typing error.
error-orgnr-mod11-never = Organisation number: the first eight digits give check digit 10 under mod 11, so no such number is issued. Check for a typing error.
error-orgnr-luhn = Organisation number: the check digit (Luhn, the tenth digit) should be { $expected }, not { $found }. Check for a typing error.
error-supplier-name = Legal name: write the supplier's name as registered.
error-supplier-website = Website: write an address starting with https:// (or http://).
error-contract-ends-before-start = End date: the contract cannot end before it starts.
error-contract-call-off-framework = Framework agreement: a call-off is made under a framework agreement; choose it.
error-contract-not-framework = Framework agreement: choose a framework agreement with the same supplier.
error-contract-framework-call-off-only = Framework agreement: only a call-off is made under a framework agreement.
error-contract-notice = Notice period: at most 120 months.

audit-action-supplier-create = Supplier registered
audit-action-supplier-update = Supplier details changed
audit-action-supplier-status = Supplier status changed
audit-action-supplier-contact-add = Supplier contact added
audit-action-supplier-contact-remove = Supplier contact removed
audit-action-contract-create = Contract entered

error-date = Write the date as year-month-day (2027-01-31).
error-supplier-duplicate = Organisation number: the register already has a supplier with this number.
error-supplier-status = Status: a supplier cannot move there from its present status.
error-supplier-phone = Phone: digits, spaces and + - ( ) only, at most 40.
error-contract-not-awarded = The case has not been awarded: a contract is made from the winning bid after the award.
error-contract-standstill = The standstill period has not ended: the contract may be entered when it has.
error-contract-exists = This case has already become a contract.

nav-suppliers = Suppliers
nav-contracts = Contracts
supplier-new = Register a supplier
supplier-none = No suppliers yet. A supplier is registered here, or when an awarded bid becomes a contract.
field-legal-name = Legal name
field-parent-group = Group (parent company)
field-website = Website
field-name = Name
field-phone = Phone
field-contact-role = Role
field-supplier = Supplier
col-tier = Tier
col-contracts = Contracts in force / all
supplier-status-prospective = Prospective
supplier-status-active = Active
supplier-status-suspended = Suspended
supplier-status-exited = Exited
supplier-to-active = Make active
supplier-to-suspended = Suspend
supplier-to-exited = Mark as exited
supplier-contacts = Contacts
supplier-contacts-none = No contacts yet: add the security contact, the 24/7 incident line and the data protection officer.
contact-role-security = Security contact
contact-role-incident_line = 24/7 incident line
contact-role-dpo = Data protection officer
contact-role-account_manager = Account manager
supplier-bids = Bids in our procurements
supplier-bids-none = No bids in this organisation's procurements.
supplier-bid-won = awarded
contract-none = No contracts yet.
contract-new = Enter a contract
field-contract-title = Contract
field-contract-template = Terms
field-contract-kind = Kind
field-framework = Framework agreement
field-start-date = Start
field-end-date = End
field-notice-months = Notice period (months)
field-options = Options (extensions)
contract-template-ssa_l = SSA-L (licence)
contract-template-ssa_d = SSA-D (operations)
contract-template-ssa_t = SSA-T (adaptation)
contract-template-ssa_sky = SSA-sky (cloud services)
contract-template-ssa_o = SSA-O (maintenance)
contract-template-ssa_k = SSA-K (purchase)
contract-template-se_general = Swedish general terms
contract-template-supplier_own = The supplier's own terms
contract-kind-single = Contract
contract-kind-framework = Framework agreement
contract-kind-call_off = Call-off under a framework agreement
contract-status-draft = Not started
contract-status-active = Active
contract-status-in_exit = Running out
contract-status-terminated = Terminated
contract-status-expired = Expired
contract-until-notice = Until notice is given
contract-last-notice-day = Last day to give notice
contract-from-award = Contract from the award
contract-from-award-help = The contract refers to the winning bid, its answers, evidence and certificates and the published requirement set with its SHA-256; nothing is copied.
contract-case = Procurement
contract-winning-bid = The winning bid
contract-set = The requirement set ({ $count } requirements), SHA-256
contract-standstill-until = The standstill period runs until { $until }; the contract may be entered after that.
action-contract-from-award = Enter the contract

dpa-heading = Data processing agreement
dpa-missing = No data processing agreement recorded. A supplier that processes personal data for us needs one (GDPR Art. 28).
field-dpa-template = Agreement
dpa-template-ssa_dba = SSA data processing agreement (Norway)
dpa-template-skr_pub = SKR/Adda PUB agreement (Sweden)
dpa-template-supplier_own = The supplier's own agreement
field-dpa-version = Version
field-dpa-signed = Signed
field-breach-notice-hours = Breach notice to us, within hours
field-subprocessor-notice-days = Notice of a new sub-processor, days before
field-objection-days = Our window to object, days
field-deletion-days = Deletion or return after the end, within days
field-audit-clause = We may audit the supplier (audit clause)
field-next-review = Next review
error-dpa-number = Write a whole number.
error-dpa-breach-hours = Breach notice: between 1 and 72 hours; we must report to the authority within 72 hours ourselves.
error-dpa-objection = Objection window: it cannot be longer than the notice of a new sub-processor, or the change takes effect first.
error-dpa-days = At most 365 days.
sub-processors-heading = Sub-processors
sub-processors-none = No sub-processors recorded.
sub-processor-new = Add a sub-processor
sub-processor-move = Move in the chain
sub-processor-decide = Decision
field-sub-parent = Works for
sub-parent-supplier = The supplier itself
field-country-code = Country (two-letter code, e.g. IE)
field-sub-role = What it does
field-data-categories = Personal data it processes
field-locations = Where data is processed
field-locations-help = Country codes separated by commas, e.g. IE, US.
field-transfer-basis = Transfer basis
field-tia-date = Transfer impact assessment, date
field-tia-result = Transfer impact assessment, result
field-objection-reason = Reason for the objection
transfer-basis-adequacy = Adequacy decision (Art. 45)
transfer-basis-scc = Standard contractual clauses (Art. 46(2)(c))
transfer-basis-bcr = Binding corporate rules (Art. 47)
transfer-basis-other_art46 = Other safeguard (Art. 46)
transfer-basis-derogation = Derogation (Art. 49)
transfer-basis-none_needed = None needed (inside the EEA)
sub-processor-status-proposed = Proposed
sub-processor-status-notified = Announced
sub-processor-status-objection_window = Objection window open
sub-processor-status-approved = Approved
sub-processor-status-objected = Objected to
sub-processor-status-removed = Removed
sub-processor-to-approved = Approve
sub-processor-to-objected = Object
sub-processor-to-removed = Remove
transfer-unlawful = Outside the EEA without a transfer basis: { $countries }
transfer-unlawful-by = { $name } sends personal data outside the EEA without a transfer basis
supplier-flag-transfer = Transfer outside the EEA without a basis
supplier-flag-no-dpa = No data processing agreement
error-country-code = Country: write the two-letter country code (NO, SE, IE, US).
error-locations = Where data is processed: "{ $entry }" is not a two-letter country code.
error-sub-processor-cycle = Works for: that would make it work for itself through the chain.
error-sub-processor-reason = Write why we object; the supplier is told.
error-sub-processor-status = The sub-processor cannot move there from its present status.
action-move = Move

yes = Yes
no = No

audit-action-dpa-put = Data processing agreement recorded
audit-action-sub-processor-add = Sub-processor added
audit-action-sub-processor-move = Sub-processor moved in the chain
audit-action-sub-processor-decide = Decision on a sub-processor

error-contract-availability = Availability: a percentage up to 100 with at most two decimals (99.9).
error-contract-member = Choose a member of the organisation.
contract-roles-heading = People and service levels
field-contract-owner = Contract owner
field-contract-manager = Contract manager
field-system-owner = System owner
field-security-officer = Security officer
field-sla-availability = Availability (%)
field-rpo-hours = Recovery point objective, RPO (hours)
field-rto-hours = Recovery time objective, RTO (hours)
field-support-hours = Support hours
nobody = No one
audit-action-contract-update = Contract people or service levels changed

certificates-from-bids = From the winning bids
certificate-new = Add a certificate or attestation
field-cert-kind = Kind
field-cert-edition = Edition (e.g. 2022)
field-cert-number = Certificate number
field-cert-body = Certification body
field-cert-accreditation = Accredited by
field-cert-scope = Scope, as the certificate states it
field-coverage = Does the scope cover the service we buy?
field-coverage-note = Our note on the scope
field-valid-from = Valid from
field-last-surveillance = Last surveillance audit
cert-kind-other = Other
coverage-unjudged = Not judged yet
coverage-yes = Yes
coverage-partly = Partly
coverage-no = No
certificate-status-valid = Valid
certificate-status-expiring = Runs out soon
certificate-status-expired = Expired
certificate-status-withdrawn = Withdrawn
certificate-flag-lapsed_edition = ISO/IEC 27001:2013 lapsed on 31 October 2025: ask for the 2022 certificate
certificate-flag-scope_not_covering = The scope does not cover the service we buy
certificate-flag-scope_partly = The scope covers only part of the service we buy
supplier-flag-certificate = A certificate needs attention
action-withdraw = Withdrawn by the body
error-certificate-dates = Valid until: the certificate cannot end before it starts.
error-certificate-withdrawn = The certificate is already withdrawn.
audit-action-supplier-certificate-add = Supplier certificate added
audit-action-supplier-certificate-withdraw = Supplier certificate withdrawn

register-filter = Narrow the register
filter-all = All
filter-flag = Needs attention
register-count = Showing { $shown }
supplier-flag-ending = A contract is near its end: plan the exit

service-heading = Service and data
service-none = Not described yet.
service-levels = Confidentiality / integrity / availability / traceability
field-service-description = What is delivered
field-subjects-band = How many people the data is about
field-storage-countries = Stored in
field-processing-countries = Processed in
field-support-countries = Support access from
subjects-none = No one
subjects-up_to_100 = Up to 100
subjects-up_to_1000 = 101 to 1,000
subjects-up_to_10000 = 1,001 to 10,000
subjects-up_to_100000 = 10,001 to 100,000
subjects-over_100000 = More than 100,000
records-heading = Records of processing for this service
records-none = No records of processing yet.
field-record-data = Which personal data
field-purpose = Why
field-record-subjects = About whom
field-source = From where
error-service-level = Choose a level from 1 to 4.
error-service-special = Special categories: tick personal data first.
error-service-subjects = How many people: tick personal data first, or choose "No one".
audit-action-contract-service = Service and data of a contract recorded
audit-action-processing-record-add = Record of processing added

register-col-flags = Needs attention
register-col-dpa = Data processing agreement
register-download = Download the register (Excel)
register-file = supplier register

register-import = Read in existing suppliers and contracts
register-import-help = A workbook with the columns of the register download: a sheet of suppliers and, if you have them, a sheet of contracts. Nothing is written unless every row is right.
field-workbook = Workbook (.xlsx)
register-import-problems = The register was not read in
register-import-problems-help = Nothing has been written. Put these right in the workbook and upload it again.
register-import-done = Read in
register-import-count = { $suppliers } suppliers and
register-import-contracts = { $contracts } contracts were added to the register.
error-import-no-suppliers = No sheet with the column "{ $heading }": the suppliers sheet is missing.
error-import-column = The column "{ $heading }" is not one the register reads.
error-import-missing-column = The column "{ $heading }" is missing.
error-import-twice = The same organisation number as row { $row }.
error-import-no-supplier = No supplier with organisation number { $number } in the suppliers sheet or the register.
audit-action-supplier-import = Suppliers and contracts read in from a workbook

## The supplier's workspace
perm-supplier_workspace = Their own supplier's workspace: its contracts with the organisation, contacts, certificates and sub-processor changes
nav-workspace = Workspace
workspace-intro = Your workspace with { $org }: your contracts, the sub-processor changes you have announced and what was decided, your contacts and certificates.
workspace-changes = Announced sub-processor changes
workspace-changes-none = No changes announced.
workspace-certificate-new = Upload a renewed certificate
workspace-announce = Announce a new sub-processor
workspace-announce-help = The announcement starts the data processing agreement's notice: the buyer may object inside the objection window. The change can take effect from { $day } at the earliest.
workspace-dpa-defaults = No data processing agreement is recorded for this contract; the standard numbers below apply until one is.
workspace-people = People with the supplier's workspace
workspace-people-help = The supplier's contacts can get their own workspace: they sign in by a link sent to their e-mail, keep contacts current, upload renewed certificates and announce sub-processor changes. Everything they do is in the audit log under their name.
workspace-people-none = No one from the supplier has the workspace.
field-objection-until = Objection window until
field-effective = Takes effect
field-certificate-file = Certificate (PDF or image)
field-contact = Contact
field-document-kind = Kind of document
action-announce = Announce
action-grant-workspace = Give the workspace and send a sign-in link
action-revoke-workspace = Remove the workspace
supplier-sign-in-title = Sign in for suppliers
supplier-sign-in-intro = Enter your e-mail address. If it belongs to a supplier with a workspace, we send you a sign-in link.
supplier-link-intro = Press the button to sign in to the supplier's workspace. The link works once.
supplier-link-sent = If the address belongs to a supplier's workspace, a sign-in link is on its way. It works once and for a short while.
supplier-link-invalid = This sign-in link has been used or has expired. Ask for a new one.
supplier-link-new = Ask for a new link
notice-announced = The change is announced; the buyer has been told.
sub-processor-announced-by = Announced by { $who }
documents-heading = Documents
documents-none = No documents stored yet.
document-kind-signed_contract = Signed contract
document-kind-annex = Annex
document-kind-dpa = Data processing agreement
document-kind-transfer_assessment = Transfer impact assessment
document-kind-certificate = Certificate
error-workspace-disabled = The contact's account is disabled.
error-workspace-other-supplier = The contact already has the workspace of another supplier in this organisation.
error-workspace-member = The contact's address belongs to a member of the organisation; a supplier's workspace needs the supplier's own address.
error-sub-processor-effective = The change cannot take effect before the notice has run: { $day } at the earliest.
error-objection-window-closed = The objection window has closed; the change stands as the agreement says.
mail-supplier-link-subject = Sign in to { $org }'s supplier workspace
mail-supplier-link-body = Hello,

    Use this link to sign in to { $supplier }'s workspace with { $org }:

    { $link }

    The link works once and for { $minutes } minutes. If you did not ask for it, you can ignore this e-mail.
mail-sub-processor-announced-subject = New sub-processor announced: { $name } ({ $contract })
mail-sub-processor-announced-body = The supplier has announced a new sub-processor on the contract "{ $contract }" with { $org }.

    Sub-processor: { $name }
    Processing locations: { $locations }
    Takes effect: { $effective }

    You may object until { $until }. Without an objection the change stands when the window closes.
mail-sub-processor-reminder-subject = Objection window closes { $until }: { $name } ({ $contract })
mail-sub-processor-reminder-body = The objection window for the new sub-processor { $name } on the contract "{ $contract }" with { $org } closes { $until }.

    Processing locations: { $locations }
    Takes effect: { $effective }

    Without an objection the change stands when the window closes.
mail-sub-processor-objected-subject = Objection to the sub-processor { $name }
mail-sub-processor-objected-body = { $org } objects to the new sub-processor { $name } on the contract "{ $contract }".

    Reason: { $reason }
mail-sub-processor-approved-subject = Sub-processor approved: { $name }
mail-sub-processor-approved-body = { $org } has approved the new sub-processor { $name } on the contract "{ $contract }".
mail-sub-processor-stands-subject = The change stands: { $name }
mail-sub-processor-stands-body = The objection window for the new sub-processor { $name } on the contract "{ $contract }" with { $org } has closed without an objection. The change stands.
audit-action-supplier-person-grant = Supplier workspace given
audit-action-supplier-person-revoke = Supplier workspace removed
audit-action-supplier-link-sent = Supplier sign-in link sent
audit-action-supplier-sign-in = Supplier signed in by link
audit-action-supplier-sign-in-failed = Supplier sign-in link refused
audit-action-supplier-person-refused = Supplier person refused
audit-action-sub-processor-announce = Sub-processor announced
audit-action-sub-processor-stands = Sub-processor change stands
audit-action-supplier-document-add = Document stored
audit-action-supplier-document-read = Document read
error-role-supplier-person = A supplier person cannot be given a role of the organisation; remove the workspace on the supplier's page instead.
contract-set-heading = Requirement set
contract-set-help = A contract entered by hand gets its requirements from a catalogue: every requirement as it reads now, frozen with its SHA-256 like a published tender set. Once chosen, it does not change.
field-contract-catalogue = Catalogue
action-freeze-set = Choose and freeze
error-contract-set-frozen = The contract has its requirement set already; a frozen set does not change.
error-contract-set-empty = The catalogue has no requirements.
audit-action-contract-set-freeze = Contract requirement set frozen
