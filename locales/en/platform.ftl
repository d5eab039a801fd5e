# tillit — English — platform: the words every page shares, the home page, the audit log, mail

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
home-org-heading = The organisation
home-mfa-coverage = members use two-step verification
home-pending-invitations = { $count ->
    [one] One invitation not yet accepted.
   *[other] { $count } invitations not yet accepted.
    }
home-recent-heading = Latest in the audit log
error-json = The request body is not the JSON this endpoint takes.

mail-checkpoint-subject = Audit log checkpoint for { $org }: record { $seq }
mail-checkpoint-body =
    Hello,

    This is the audit log of { $org } as it stands now: record { $seq }, SHA-256 { $hash }.
    Keep this e-mail. If anyone later rewrites or deletes the log,
    "tillit audit verify --witness" shows that the line below no longer holds.

    { $checkpoint }

## Actions in the audit log
audit-action-export = File downloaded
audit-action-audit-export = Log exported
