# tillit — English — identity: setup, sign-in, profile, members

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
roles-mfa-required = Must use two-step verification here
org-settings-title = Organisation settings
require-mfa-help = Administrators always need two-step verification. This turns it on for every member.
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
perm-catalogue_view = Browse and search requirement catalogues and ISO/IEC 27002
nav-catalogues = Requirements

## Actions in the audit log
audit-action-setup-complete = Setup completed
audit-action-organisation-create = Organisation created
audit-action-organisation-update = Organisation changed
audit-action-login-success = Signed in
audit-action-login-password-ok = Password accepted, second factor pending
audit-action-login-failed = Sign-in failed
audit-action-login-mfa-failed = Second factor failed
audit-action-login-locked = Account locked for a while
audit-action-logout = Signed out
audit-action-session-revoke = Session ended
audit-action-session-revoke-all = All sessions ended
audit-action-user-update = Profile changed
audit-action-user-password-change = Password changed
audit-action-user-password-reset-requested = Password link requested
audit-action-user-password-reset = Password reset
audit-action-user-totp-enable = Two-step verification turned on
audit-action-user-recovery-codes-regenerate = Recovery codes renewed
audit-action-user-mfa-reset = Two-step verification reset
audit-action-user-passkey-add = Passkey added
audit-action-user-passkey-remove = Passkey removed
audit-action-api-token-create = API token created
audit-action-api-token-revoke = API token revoked
audit-action-invitation-create = Invitation sent
audit-action-invitation-revoke = Invitation revoked
audit-action-member-add = Member added
audit-action-member-remove = Member removed
audit-action-member-role-change = Role changed
