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
import-intro = An OSCAL catalog in JSON (for example NIST SP 800-53). tillit checks the whole file first and shows what it found; nothing is imported until you confirm.
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
