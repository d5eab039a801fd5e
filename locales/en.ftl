# tillit — English
skip-to-content = Skip to content
footer-tagline = security in public procurement and supplier follow-up
nav-label = Main menu
nav-home = Overview
nav-members = Members
nav-roles = Roles
nav-organisation = Organisation
nav-audit = Audit log
language-label = Language
org-switch-label = Organisation
role-administrator = Administrator
role-security_officer = Security officer
role-procurement_officer = Procurement officer
role-risk_owner = Risk owner
role-auditor = Auditor
role-supplier_respondent = Supplier respondent
perm-org_view = See the organisation and its members
perm-manage_users = Invite members, change roles, reset MFA
perm-manage_organisation = Change organisation settings
perm-view_audit_log = Read the audit log
perm-export_audit_log = Export the audit log
perm-view_permission_matrix = See the permission matrix
action-accept-invitation = Create account and join
action-change-language = Change
action-change-password = Change password
action-continue = Continue
action-create = Create
action-create-org = Create organisation
action-enable-totp = Turn on authenticator app
action-export-csv = Export as CSV
action-filter = Filter
action-home = To the overview
action-invite = Send invitation
action-join = Join the organisation
action-new-recovery-codes = Make new recovery codes
action-older = Older entries
action-remove-member = Remove from the organisation
action-reset-mfa = Reset two-step verification
action-review = Review
action-revoke = Revoke
action-save = Save
action-save-password = Save new password
action-send-link = Send link
action-sign-in = Sign in
action-sign-out = Sign out
action-sign-out-everywhere = Sign out all other sessions
action-switch = Switch
action-verify = Verify
field-code = Code
field-current-password = Current password
field-default-language = Default language
field-email = E-mail address
field-from = From date
field-new-password = New password
field-org-name = Name of the organisation
field-password = Password
field-require-mfa = Require two-step verification for everyone
field-to = To date
field-token-days = Valid for (days)
field-token-name = Name
field-your-name = Your name
col-action = Action
col-actions = Actions
col-actor = Who
col-address = Address
col-changes = Changes
col-created = Created
col-device = Device
col-expires = Expires
col-last-seen = Last active
col-last-used = Last used
col-mfa = Two-step verification
col-name = Name
col-object = Object
col-permission = Permission
col-role = Role
col-signed-in = Signed in
col-status = Status
col-time = Time (UTC)
status-active = Active
status-revoked = Revoked
status-on = On
status-off = Off
status-yes = Yes
status-no = No
password-help = At least 12 characters. A sentence of several words is both strong and easy to remember.
password-too-short = The password must be at least 12 characters long.
password-too-long = The password is too long (at most 256 characters).
password-too-common = This password is too common. Choose another.
password-contains-email = The password must not contain your e-mail address.
error-sign-in = The e-mail address, password or code is wrong.
error-locked = Too many failed attempts. Wait 15 minutes and try again.
error-required = Fill in this field.
error-email = Enter a valid e-mail address.
error-wrong-password = The current password is wrong.
error-wrong-code = The code is wrong or has expired. Try the newest code from the app.
error-totp-start-again = Start the set-up again.
error-totp-not-enabled = The authenticator app is not turned on.
error-already-member = This person is already a member.
error-account-exists-sign-in = There is already an account with this address. Sign in first.
error-role = Choose a role from the list.
error-role-not-invitable = Suppliers are invited through a procurement, not as members.
error-last-admin = The organisation must keep at least one administrator.
error-token-days = Choose between 1 and 365 days.
error-language = Choose a language from the list.
error-not-found-title = Not found
error-not-found = The page or object does not exist, or you do not have access to it.
error-forbidden-title = No access
error-forbidden = Your role does not give access to this.
error-invalid-title = Could not be saved
error-internal-title = Something went wrong
error-internal = Something went wrong on our side. Try again; if it happens again, contact your administrator.
notice-saved = Saved.
notice-invited = The invitation has been sent.
notice-signed-out = You are signed out.
notice-password-changed = The password has been changed. Your other sessions have been signed out.
notice-reset-sent = If the address has an account, a link to choose a new password is on its way.
notice-password-reset = The password has been changed. Sign in with the new password.
notice-revoked = Revoked.
notice-mfa-reset = Two-step verification has been reset. The member sets it up again at next sign-in.
notice-removed = The member has been removed.
notice-joined = You have joined the organisation.
link-invalid-title = The link does not work
link-invalid = The link has been used, has expired, or does not exist.
setup-title = Set up tillit
setup-intro = Create the first organisation and its administrator. This link works once.
login-title = Sign in
login-forgot = Forgot your password?
mfa-title = Two-step verification
mfa-intro = Enter the code from your authenticator app.
mfa-code-help = Six digits from the app, or one of your recovery codes.
reset-title = Forgot your password
reset-intro = Enter your e-mail address. If it has an account, we send a link to choose a new password.
reset-new-title = Choose a new password
invitation-title = Invitation
invitation-intro = You are invited to join { $org } as { $role }.
invitation-sign-in-first = You already have an account. Sign in with it, then open this link again.
home-title = Overview
home-welcome = Welcome, { $name }
home-role-in-org = In { $org } your role is
home-security-heading = Your account
home-totp-on = Two-step verification is on.
home-totp-off = Two-step verification is off.
home-sessions = { $count ->
    [one] Signed in on one device.
   *[other] Signed in on { $count } devices.
    }
home-mail-heading = E-mail is not set up
home-mail-not-configured = No SMTP server is configured, so invitations and password links wait in the queue until one is.
profile-title = Your profile
profile-details = Details
profile-password = Password
profile-mfa = Two-step verification
profile-recovery-left = { $count ->
    [one] One unused recovery code left.
   *[other] { $count } unused recovery codes left.
    }
profile-more = More
totp-title = Authenticator app
totp-required = Your role or organisation requires two-step verification. Set it up to continue.
totp-step-app = Open an authenticator app on your phone (for example Microsoft Authenticator, Google Authenticator or FreeOTP).
totp-step-scan = Scan the QR code with the app.
totp-manual = Or enter this key by hand:
totp-step-code = Enter the six-digit code the app shows.
recovery-title = Your recovery codes
recovery-intro = Keep these codes somewhere safe. Each works once if you lose your phone. They are shown only now.
sessions-title = Where you are signed in
sessions-intro = These are your active sessions. Sign out any you do not recognise.
sessions-this = this session
tokens-title = API tokens
tokens-intro = Personal tokens for the API. A token acts in this organisation with your role, and expires.
tokens-new = New token
tokens-copy-now = Copy the token now. It is not shown again.
members-title = Members
invite-title = Invite a member
invitations-pending = Pending invitations
reset-mfa-help = Removes the member's authenticator app, recovery codes and passkeys, and signs them out everywhere.
roles-title = Roles and permissions
roles-intro = What each role may do. The table is the rule tillit enforces on every page and in the API.
org-settings-title = Organisation settings
require-mfa-help = Administrators always need two-step verification. This turns it on for every member.
audit-title = Audit log
audit-chain-ok = { $count ->
    [one] The log's hash chain is intact (one entry).
   *[other] The log's hash chain is intact ({ $count } entries).
    }
audit-chain-broken = The log's hash chain is broken at entry { $seq }: { $kind }. Contact the system owner.
audit-break-altered = the entry was changed
audit-break-deleted = an entry before it was deleted
audit-break-inserted = the entry was inserted
audit-break-reordered = entries were moved out of order
error-control-character = the field holds a control character that has no place in text
error-query = the query parameters do not fit the operation
audit-break-missing = the whole log and its head are gone
audit-none = No entries match.
no-org-title = No organisation
no-org-text = Your account is not a member of any organisation. Ask an administrator for an invitation.
mail-invite-subject = Invitation to { $org } in tillit
mail-invite-body =
    Hello,

    { $inviter } has invited you to { $org } in tillit as { $role }.

    Open this link to accept (valid for { $days } days):
    { $link }

    If you did not expect this invitation, you can ignore this e-mail.
mail-reset-subject = Choose a new password for tillit
mail-reset-body =
    Hello,

    Someone asked to choose a new password for your tillit account.
    Open this link within { $minutes } minutes:
    { $link }

    If it was not you, ignore this e-mail; your password stays the same.
passkeys-title = Passkeys
passkeys-intro = A passkey signs you in with your device's fingerprint, face or PIN instead of a code.
passkeys-or = Or use a passkey
field-passkey-name = Name of the passkey
passkey-name-example = e.g. work laptop
passkey-working = Follow your browser's instructions…
action-add-passkey = Add a passkey
action-use-passkey = Use a passkey
action-remove = Remove
error-passkey = The passkey could not be used. Try again, or use a code.
error-passkey-algorithm = This passkey uses a key type tillit does not accept (P-256 is needed).
home-org-heading = The organisation
home-mfa-coverage = members use two-step verification
home-pending-invitations = { $count ->
    [one] One invitation not yet accepted.
   *[other] { $count } invitations not yet accepted.
    }
home-recent-heading = Latest in the audit log
perm-catalogue_view = Browse and search requirement catalogues and ISO/IEC 27002
nav-catalogues = Requirements
catalogue-nav-label = Requirement catalogue
catalogues-intro = Requirement catalogues, each requirement mapped to ISO/IEC 27002:2022.
catalogue-count = { $count ->
    [one] one requirement
   *[other] { $count } requirements
    }
catalogue-builtin = built in
catalogue-purpose = Purpose of the requirements:
catalogue-search-in = Search in this catalogue
requirement-heading = Requirement
requirement-guidance = Guidance
requirement-references = References
requirement-citations = What the cited clauses correspond to
requirement-mappings = Mapped to ISO/IEC 27002:2022
mapping-relationship = Relationship
mapping-origin = Origin
mapping-rationale = Why
relationship-equal = equal
relationship-subset = subset (the requirement is part of the control)
relationship-superset = superset (the requirement asks for more)
relationship-intersect = overlapping
origin-source = from source
origin-proposed = proposed
origin-organisation = added by the organisation
iso-title = ISO/IEC 27002:2022
iso-intro = The 93 controls with their themes and attributes, and how many requirements cover each.
iso-covered-by = Requirements
iso-new = new in 2022
iso-new-control = New in 2022: no 2013 control corresponds.
iso-attributes = Attributes
iso-theme = Theme
iso-attr-control-type = Control type
iso-attr-properties = Information security properties
iso-attr-concepts = Cybersecurity concepts
iso-attr-capabilities = Operational capabilities
iso-attr-domains = Security domains
iso-predecessors = ISO/IEC 27002:2013
iso-covering = Requirements that cover this control
iso-not-covered = No requirement in your catalogues covers this control.
iso-theme-organizational = Organizational controls
iso-theme-people = People controls
iso-theme-physical = Physical controls
iso-theme-technological = Technological controls
search-title = Search requirements
search-label = Search for
search-placeholder = e.g. backup
search-catalogue = Catalogue
search-all = All
search-attribute = ISO attribute
search-count = { $count ->
    [one] One requirement found.
   *[other] { $count } requirements found.
    }
action-search = Search
coverage-title = Coverage
coverage-intro = Which requirements of each catalogue cover each ISO/IEC 27002:2022 control, and where each has gaps.
coverage-choose = Catalogues to compare
action-compare = Compare
action-download-excel = Download as Excel
coverage-summary = Controls covered
coverage-controls-covered = { $count } of 93 controls
coverage-gaps = Differences
coverage-only-in = { $count } controls covered by
coverage-not-in = not by
coverage-matrix = Control by control
coverage-col-control = Control
coverage-gap = not covered
coverage-sheet-matrix = Coverage
coverage-sheet-gaps = Differences
coverage-col-covered-by = Covered by
coverage-col-not-by = Not covered by
gap-title = From 2013 to 2022
gap-intro = Tick the ISO/IEC 27002:2013 controls your organisation has in place. tillit shows which 2022 controls they carry over to and which 2022 controls you still need, the 11 new ones among them.
gap-have = We have it
gap-compute = Show the gaps
gap-carried = { $count } 2022 controls covered by what you have
gap-missing = { $count } 2022 controls still to put in place
perm-catalogue_edit = Import and edit the organisation's own catalogues
import-title = Import a catalogue
import-upload = Choose a file
import-intro = An OSCAL catalog in JSON (for example NIST SP 800-53), or an Excel workbook or CSV file with the columns area, ref and text (see the documentation for all columns). tillit checks the whole file first and shows what it found; nothing is imported until you confirm.
import-file = File
action-check-file = Check the file
import-ready = Ready to import
import-areas = { $count } areas
import-requirements = requirements
import-nested = { $count } of them under another requirement
import-warnings = { $count } notes (they do not stop the import)
import-problems = { $count } problems found.
import-nothing-written = Nothing was imported.
action-import = Import
action-export-oscal = Export as OSCAL
notice-imported = The catalogue was imported.
error-no-file = Choose a file to import.
error-file-too-large = The file is larger than 20 MB.
error-import-has-problems = The file has problems; fix them and upload it again.
catalogue-new = New catalogue
catalogue-new-title = Title
catalogue-publish-heading = Publish
catalogue-publish-help = Publishing freezes this version with a SHA-256 over its content. A later change makes a new version; this one stays as it is.
action-publish = Publish
catalogue-add-heading = Add a requirement
catalogue-field-ref = Number
catalogue-field-area = Area
catalogue-field-text = Requirement text
action-add = Add
action-copy = Copy
requirement-edit = Edit
requirement-edit-help = A change after publishing goes into the next version.
requirement-copied-from = Copied from
requirement-copy-to = Copy to my catalogue
versions-title = Versions and changes
versions-version = version { $version }
versions-draft = draft (not published)
versions-draft-short = draft
versions-published-short = published
versions-col-version = Version
versions-col-published = Published
versions-from = From
versions-to = To
versions-changes = Changes
versions-no-changes = No changes.
versions-added = added
versions-removed = removed
versions-changed = changed
notice-copied = The requirement was copied.
notice-published = The version was published.
error-too-long = The text is too long.
error-reference-taken = The catalogue already has a requirement with this number.
error-nothing-to-publish = There are no changes to publish.
error-empty-catalogue = An empty catalogue cannot be published.
mapping-add = Add a mapping of your own
error-control = Choose a control from the list.
error-relationship = Choose a relationship from the list.
error-mapping-exists = Your organisation already maps this requirement to that control.
nav-procurements = Procurements
perm-procurement_view = See procurement cases
perm-procurement_edit = Create, classify and move procurement cases
case-new = New procurement case
field-case-number = Case number
case-none = No procurement cases yet.
case-status-heading = Status
case-status-draft = Draft
case-status-published = Published
case-status-evaluation = Evaluation
case-status-awarded = Awarded
case-status-closed = Closed
case-status-cancelled = Cancelled
case-move-published = Publish
case-move-evaluation = Start the evaluation
case-move-awarded = Award
case-move-closed = Close
case-move-cancelled = Cancel the procurement
classification-heading = What is bought and what it handles
classification-help = The classification decides the criticality tier. It can be changed while the case is a draft.
field-kind = What is bought
kind-saas = Software as a service
kind-supplier_hosting = Hosting by the supplier
kind-on_premises = Software on our own systems
kind-operation_maintenance = Operation and maintenance
kind-consultancy = Consultancy
field-confidentiality = Confidentiality
field-integrity = Integrity
field-availability = Availability
field-traceability = Traceability
level-1 = 1 – low
level-2 = 2 – moderate
level-3 = 3 – high
level-4 = 4 – very high
level-1-help = A breach causes little harm: inconvenience, nothing more.
level-2-help = A breach causes some harm to people or the municipality that can be put right.
level-3-help = A breach causes serious harm: to people's health, rights or finances, or to important services.
level-4-help = A breach causes very serious or lasting harm, to life and health or to critical services.
field-personal-data = Handles personal data
field-special-categories = Handles special categories of personal data (GDPR art. 9: health, ethnicity, religion …)
field-data-subjects = Number of people whose data it handles
field-location = Where the data is stored and processed
location-domestic = In Norway or Sweden
location-eea = Elsewhere in the EEA
location-outside_eea = Outside the EEA
field-users = Number of users
field-internet-exposed = Reachable from the internet
tier-heading = Criticality
tier-label = Tier:
tier-low = low
tier-medium = medium
tier-high = high
tier-critical = critical
tier-overridden = overridden
tier-rule-says = The rule gives
tier-reasoning = How the tier follows
tier-override = Override the tier
tier-no-override = No override (use the rule)
tier-override-reason = Reason
tier-reason-highest-level = The highest level of confidentiality, integrity, availability and traceability gives { $tier }.
tier-reason-many-subjects = Personal data about more than 10,000 people: at least { $tier }.
tier-reason-special-categories = Special categories of personal data: at least { $tier }.
tier-reason-special-many = Special categories about more than 10,000 people: { $tier }.
tier-reason-exposed-supplier = The supplier holds the data, it is reachable from the internet and confidentiality or integrity is high: at least { $tier }.
tier-reason-many-users = More than 10,000 users and high availability: at least { $tier }.
tier-reason-outside-eea = Personal data stored or processed outside the EEA: one step up, to { $tier }.
error-case-number-taken = There is already a case with this number.
error-level = Choose a level from 1 to 4.
error-special-without-personal = Special categories are personal data: tick personal data too.
error-case-not-draft = This can only change while the case is a draft.
error-override-reason = Write a reason of at least 10 characters for the override.
error-status-move = The case cannot move to that status from where it is.
error-number = Write a whole number.
error-choose = Choose from the list.
set-proposal-heading = Proposed requirement set
set-proposal-help = What the tier asks of the supplier, from the built-in catalogues: principal requirements at every tier, basic requirements from medium, additional ones from high (as award criteria; at critical as must requirements).
set-kind-must = must requirement
set-kind-award = award criterion
set-must-count = { $count ->
    [one] one must requirement
   *[other] { $count } must requirements
    }
set-award-count = { $count ->
    [one] one award criterion
   *[other] { $count } award criteria
    }
set-heading = Requirement set
set-help = The requirements this tender asks of the supplier. Start from the proposal, then add, remove or reword; award weights must add up to 100 %. The set can change while the case is a draft.
set-empty = No requirements chosen yet.
set-adopt = Adopt the proposal (replaces the set)
set-add = Add or change a requirement
set-own-wording = own wording
set-ready = Ready to publish: the set asks something and the award weights add up to 100 %.
set-weights-not-hundred = The award weights add up to { $sum } %, not 100 %.
set-weights-out-of-range = Every award criterion needs a weight from 1 to 100 %.
field-requirement = Requirement
field-set-kind = Asked as
field-weight = Weight (%)
field-wording = Wording in this tender (empty: the catalogue's)
error-weight = An award criterion needs a weight from 1 to 100 %.
error-requirement-in-set = A procurement case asks this requirement; remove it from the case's requirement set first.
error-set-empty = Choose the requirement set before the tender is published.
error-set-weights = The award weights must add up to 100 % before the tender is published.
set-change = Change

## Publishing and corrections
tender-heading = Tender
tender-help = Publishing freezes the requirement set as version 1 with a SHA-256 fingerprint. Set the deadline for answers first.
field-deadline = Deadline for answers
deadline-none = not set
local-time = Norwegian/Swedish time
error-deadline-format = Deadline: give a date and time, such as 2027-01-15 12:00.
error-deadline-past = Deadline: the deadline for answers must lie in the future.
error-deadline-missing = Deadline: set a deadline for answers in the future before publishing.
error-case-not-open = Deadline: the deadline can only change before publishing or while the tender is out.
error-set-frozen = Requirement set: the published set is frozen. Open a correction to prepare a new version.
error-correction-not-possible = A correction can only be opened while the tender is published and no correction is open.
error-correction-not-open = Open a correction before publishing one.
error-correction-open = Publish the open correction of the requirement set first.
error-correction-note = Correction note: say in at least 10 characters what the correction changes.
error-correction-unchanged = Requirement set: the correction changes nothing compared with the published version.
set-version = Version { $version }
set-versions-heading = Published versions of the requirement set
set-versions-help = Every published version stays as it was published. The SHA-256 fingerprint is printed on every export, so anyone can check that a document belongs to this version.
set-versions-link = All published versions and their changes
set-not-published = The requirement set has not been published yet.
field-published = Published
field-correction-note = What the correction changes
set-changes-heading = Changes from the version before
set-change-added = { $ref }: added
set-change-removed = { $ref }: removed
set-change-field-text = wording
set-change-field-kind = must or award
set-change-field-weight = weight
set-original-wording = The catalogue's wording
correction-open-help = A correction is open: change the requirement set below, then publish it as the next version. Bidders see the published version until then.
action-open-correction = Open a correction
action-publish-correction = Publish the correction

## Bidders and the supplier portal
bidders-heading = Bidders
bidders-none = No bidders have been invited yet.
bidder-invite = Invite a bidder
bidder-invite-help = The contact gets a personal link by e-mail to this bid alone. It works until the deadline and can be revoked.
field-company = Company
field-country = Country
country-no = Norway
country-se = Sweden
field-org-number = Organisation number
field-contact-email = Contact's e-mail
action-invite-bidder = Invite
error-company = Company: give the company's name.
error-orgnr-no = Organisation number: a Norwegian organisation number has 9 digits and a valid check digit.
error-orgnr-se = Organisation number: a Swedish organisation number has 10 digits and a valid check digit.
error-bidder-exists = Organisation number: this company has already been invited to this tender.
error-bid-not-published = Bidders can be invited, and links sent, only while the tender is published.
error-deadline-passed = Deadline: the deadline for answers has passed.
bid-status-invited = invited
bid-status-draft = answering (draft)
bid-status-submitted = submitted
bid-source-portal = the supplier portal
bid-source-excel = the bidder's returned Excel sheet
field-bid-source = Answers from
field-submitted = Submitted
field-receipt = Receipt (SHA-256)
bid-links-heading = Personal links
bid-links-help = Only the hash of a link is stored. A new link stops every earlier one from working.
field-created = Created
field-expires = Expires
link-live = works
link-revoked = revoked
link-expired = expired
action-send-new-link = Send a new link
action-revoke-links = Revoke all links
bid-answers-heading = Answers
field-answer = Answer
field-description = Description
field-evidence-ref = Evidence reference
answer-none = not answered
answer-met = met
answer-partly_met = partly met
answer-not_met = not met
answer-not_applicable = not applicable
evidence-heading = Evidence
evidence-none = No evidence has been uploaded.
evidence-help = PDF, images (PNG, JPEG) and office documents (Word, Excel, PowerPoint, OpenDocument) up to { $mb } MB. Documents with macros are refused. Every file is stored with its SHA-256 fingerprint.
field-file = File
action-upload = Upload
certificates-heading = Certificates
certificates-none = No certificates have been recorded.
field-certificate = Certificate
field-certificate-name = Name (for another certificate)
certificate-other = Another certificate
field-scope = Scope
field-issuer = Issued by
field-valid-until = Valid until
field-certificate-evidence = The certificate as evidence
error-certificate-name = Name: give the certificate's name.
error-certificate-scope = Scope: say what the certificate covers.
error-certificate-issuer = Issued by: name the certification body.
error-certificate-valid-until = Valid until: give the date the certificate expires.
portal-title = Answer the tender
portal-for = Bid from
portal-set = Requirement set
portal-help = Answer every requirement, describe how you meet it, and upload evidence. You can save a draft and come back with the same link until the deadline. Once submitted, the bid is locked.
portal-answers-heading = Requirements and answers
portal-submit-heading = Submit the bid
portal-submit-help = Submitting locks your answers. You get a receipt by e-mail with a fingerprint of what you submitted.
portal-unanswered = { $count } requirements are not answered yet.
portal-submitted-at = Submitted { $at }. The answers are locked.
portal-locked-submitted = The bid has been submitted and is locked.
portal-locked-deadline = The deadline has passed. Answers can no longer be changed.
portal-locked-closed = The tender is not open for answers.
action-save-draft = Save draft
action-submit-bid = Submit the bid
action-back-to-bid = Back to the bid
notice-submitted = The bid has been submitted. A receipt is on its way by e-mail.
error-portal-link = This link does not work: it is unknown, has been replaced or revoked, or the deadline has passed. Ask the buyer for a new link.
error-too-many-attempts = Too many failed attempts from your address. Wait a quarter of an hour and try again.
error-portal-deadline = Deadline: the deadline has passed, so nothing can be changed.
error-portal-submitted = The bid has been submitted and is locked.
error-portal-closed = The tender is not open for answers.
error-portal-unknown-requirement = Requirement: the answer names a requirement that is not in this tender's set.
error-portal-stale = The bid was changed in another window or by a colleague since this page was opened. Reload the page and save again.
error-portal-unanswered = Answers: answer every requirement before submitting; the unanswered ones are marked.
error-portal-explain-gaps = Description: describe every answer that is not "met" before submitting.
error-evidence-empty = File: the file is empty.
error-evidence-too-large = File: the file is larger than the limit.
error-evidence-type = File: only PDF, images (PNG, JPEG) and office documents can be uploaded.
error-evidence-extension = File: the file's name does not match its content. Give it its right ending.
error-evidence-macro = File: documents with macros are refused. Save it without macros.
error-evidence-legacy = File: old or password-protected Office files (.doc, .xls) are refused. Save it as .docx or .xlsx without a password.
error-evidence-bomb = File: the file unpacks to far more than a real document does.
mail-bid-invite-subject = Invitation to answer: { $case }
mail-bid-invite-body =
    Hello,

    { $org } invites { $company } to answer the security requirements of the tender { $case }.

    Open your personal link to answer (it works until the deadline, { $deadline } Norwegian/Swedish time):
    { $link }

    The link is for this one bid. Do not forward it.
mail-bid-receipt-subject = Receipt: your bid for { $case }
mail-bid-receipt-body =
    Hello,

    { $org } received the bid from { $company } for { $case } at { $submitted }.

    Answers: { $answers }. Evidence files: { $evidence }.
    Requirement set (SHA-256): { $set_hash }
    Receipt (SHA-256 of what you submitted): { $receipt }

    Keep this e-mail: the receipt shows exactly what was submitted.
mail-bid-correction-subject = Correction to the requirements: { $case }
mail-bid-correction-body =
    Hello,

    { $org } has published version { $version } of the requirement set for { $case }.

    What changed: { $note }

    Answers to requirements that did not change are kept; { $cleared } answers to changed requirements must be given again. Bid reopened for submission: { $reopened }.
    Requirement set (SHA-256): { $set_hash }
    Deadline: { $deadline } Norwegian/Swedish time.

    Use the link you already have.
mail-bid-deadline-subject = New deadline: { $case }
mail-bid-deadline-body =
    Hello,

    { $org } has changed the deadline for answers to { $case } to { $deadline } Norwegian/Swedish time.

    Use the link you already have.

## Tender annex and the returned answer sheet
annex-heading = Tender annex
annex-xlsx = Answer sheet (Excel)
error-set-not-published = Requirement set: publish the tender first.
sheet-name = Answers
sheet-title = Security requirements: answer sheet
sheet-buyer = Buyer
sheet-case = Tender
sheet-instructions = Answer in columns G–I only. Choose the answer from the list, describe how you meet the requirement, and refer to your evidence. The requirement columns are locked; changed requirements are refused when the sheet is read back.
sheet-col-id = Requirement id
sheet-col-ref = No.
sheet-col-area = Area
sheet-col-text = Requirement
sheet-col-kind = Must or award
sheet-col-weight = Weight
sheet-col-status = Answer
sheet-col-description = Description
sheet-col-evidence = Evidence reference
bid-import-heading = Answers returned as the Excel sheet
bid-import-help = Upload the answer sheet the bidder returned. It is checked against the published set (every requirement, its text and the set's fingerprint) and imported as the submitted bid, all or nothing.
action-import-sheet = Check and import
import-problems-title = The answer sheet was not imported
import-problems-help = Nothing has been written. Put these right in the sheet (or ask the bidder to) and upload it again.
import-col-where = Where
import-col-problem = Problem
import-other-set = The sheet belongs to another tender's requirement set.
import-wrong-hash = The set's fingerprint in the sheet does not match: the sheet was altered.
import-old-version = The sheet answers version { $old } of the set; the tender is at version { $new }. Send the bidder the new answer sheet.
import-unknown-requirement = Row { $row }: requirement id { $id } is not in this tender's set.
import-duplicate = Row { $row }: this requirement is answered twice.
import-altered-text = Row { $row }: the text of requirement { $ref } was changed.
import-no-answer = Row { $row }: no answer is chosen.
import-bad-status = Row { $row }: "{ $value }" is not one of the answers in the list.
import-explain = Row { $row }: describe an answer that is not "met".
import-missing = Requirement { $ref } is missing from the sheet.
import-no-id = Row { $row }: the requirement id (column A) is missing.

## Evaluation and comparison
evaluation-heading = Evaluation
evaluation-title = Evaluation
evaluation-help = Judge each requirement on your own: pass or fail for a must requirement, 0–10 for an award criterion, always with a written justification. Other evaluators' judgements are shown to the lead evaluator only.
evaluation-mine = My judgements
evaluation-others = All evaluators
evaluation-mean = mean { $mean }
field-lead-evaluator = Lead evaluator
lead-none = not chosen
field-verdict = Verdict
field-score = Score (0–10)
field-justification = Justification
verdict-pass = passed
verdict-fail = failed
judgement-open = not judged
consensus-heading = Consensus
consensus-help = As lead evaluator, record the evaluation team's consensus for each requirement. The consensus decides the result.
action-save-consensus = Save the consensus
comparison-title = Comparison of bidders
comparison-none = No bids have been submitted.
comparison-ranking = Ranking
comparison-chart = Weighted total per bidder (0–100 points)
comparison-per-requirement = Per requirement
col-rank = Rank
col-total = Weighted total
col-by-area = Points per area
col-gaps = Not fully met
bid-rejected = rejected
evaluation-complete = Every bid has a consensus on every requirement: the lead evaluator can sign the evaluation off.
evaluation-incomplete = The consensus is not complete yet.
evaluation-signed-off-at = The evaluation was signed off { $at } and is locked.
action-sign-off = Sign off the evaluation
error-lead-evaluator = Lead evaluator: choose a member who may edit procurement cases.
error-evaluation-signed-off = The evaluation has been signed off and is locked.
error-evaluation-not-open = Bids are evaluated only while the case is in evaluation.
error-evaluation-before-deadline = Status: bids are opened for evaluation only after the deadline.
error-award-before-sign-off = Status: the tender is awarded only after the evaluation is signed off.
error-bid-not-submitted = Only submitted bids are evaluated.
error-not-lead = Only the lead evaluator records the consensus and signs off.
error-evaluation-incomplete = Evaluation: every bid needs a consensus on every requirement before sign-off.
error-judgement-kind = Verdict: a must requirement is passed or failed; an award criterion gets a score.
error-score-range = Score: give a whole number from 0 to 10.
error-justification = Justification: write at least 10 characters on why.

## Documents: tender annex and decision basis
code-must = M
code-award = A
doc-col-what = Item
doc-col-value = Value
doc-yes = yes
doc-no = no
annex-doc-title = Annex: security requirements, { $case }
annex-doc-codes = Code M is a must requirement: a bid that does not meet it is rejected. Code A is an award criterion: it is scored 0–10 and counts with its weight. Answer every requirement in the last column or in the answer sheet.
annex-col-code = Code
annex-col-answer = Supplier's answer
annex-docx = Annex (Word)
annex-pdf = Annex (PDF)
annex-oscal = Requirement set (OSCAL profile)
report-heading = Decision basis
report-pdf = Decision basis (PDF)
report-docx = Decision basis (Word)
report-xlsx = Decision basis (Excel)
report-title = Decision basis: { $case }
report-subject = Evaluation of bids and the basis for the award decision
report-classification = Classification and criticality tier
report-set = The published requirement set
report-bidder = Bidder: { $company }
report-sheet-case = Case
report-sheet-set = Requirements
report-sheet-judgements = Judgements
report-sheet-log = Evaluation log
report-col-failed = Failed must requirements
report-col-evaluator = Evaluator
report-col-time = Time
report-col-who = Who
report-col-action = Action
report-col-changes = Changes

## Requirement levels per organisation
levels-title = Levels for the criticality tiers
levels-help = A requirement's level decides from which tier the proposal asks it: principal from low, basic from medium, additional from high (an award criterion at high, a must requirement at critical). "Not proposed" leaves it out; it can still be added by hand. The built-in catalogues come with levels following the marketplace's principal, basic and additional requirements.
levels-default = Default
levels-own = This organisation
levels-effective = In force
levels-use-default = use the default
level-name-principal = principal (from low)
level-name-basic = basic (from medium)
level-name-additional = additional (from high)
level-name-none = not proposed
error-json = The request body is not the JSON this endpoint takes.

report-checkpoint = Audit log checkpoint
report-checkpoint-text = The audit log's last record when this report was made, signed with tillit's key. With this line an auditor can later check that the log was not rewritten (tillit audit verify --witness).
mail-checkpoint-subject = Audit log checkpoint for { $org }: record { $seq }
mail-checkpoint-body =
    Hello,

    This is the audit log of { $org } as it stands now: record { $seq }, SHA-256 { $hash }.
    Keep this e-mail. If anyone later rewrites or deletes the log,
    "tillit audit verify --witness" shows that the line below no longer holds.

    { $checkpoint }
