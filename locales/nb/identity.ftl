# tillit — norsk bokmål — identity: setup, sign-in, profile, members

setup-title = Sett opp tillit
setup-intro = Opprett den første organisasjonen og administratoren for den. Denne lenken virker én gang.
login-title = Logg inn
login-forgot = Glemt passordet?
mfa-title = Tofaktorinnlogging
mfa-intro = Skriv inn koden fra autentiseringsappen.
mfa-code-help = Seks sifre fra appen, eller en av gjenopprettingskodene dine.
reset-title = Glemt passord
reset-intro = Skriv inn e-postadressen din. Har den en konto, sender vi en lenke for å velge nytt passord.
reset-new-title = Velg nytt passord
invitation-title = Invitasjon
invitation-intro = Du er invitert til { $org } som { $role }.
invitation-sign-in-first = Du har allerede en konto. Logg inn med den, og åpne denne lenken igjen.
profile-title = Profilen din
profile-details = Opplysninger
profile-password = Passord
profile-mfa = Tofaktorinnlogging
profile-recovery-left = { $count ->
    [one] Én ubrukt gjenopprettingskode igjen.
   *[other] { $count } ubrukte gjenopprettingskoder igjen.
    }
profile-more = Mer
totp-title = Autentiseringsapp
totp-required = Rollen din eller organisasjonen krever tofaktorinnlogging. Sett den opp for å fortsette.
totp-step-app = Åpne en autentiseringsapp på telefonen (for eksempel Microsoft Authenticator, Google Authenticator eller FreeOTP).
totp-step-scan = Skann QR-koden med appen.
totp-manual = Eller skriv inn denne nøkkelen for hånd:
totp-step-code = Skriv inn den sekssifrede koden appen viser.
recovery-title = Gjenopprettingskodene dine
recovery-intro = Oppbevar kodene et trygt sted. Hver virker én gang hvis du mister telefonen. De vises bare nå.
sessions-title = Hvor du er logget inn
sessions-intro = Dette er de aktive øktene dine. Logg ut økter du ikke kjenner igjen.
sessions-this = denne økten
tokens-title = API-nøkler
tokens-intro = Personlige nøkler til API-et. En nøkkel handler i denne organisasjonen med din rolle, og utløper.
tokens-new = Ny nøkkel
tokens-copy-now = Kopier nøkkelen nå. Den vises ikke igjen.
members-title = Medlemmer
invite-title = Inviter et medlem
invitations-pending = Ventende invitasjoner
reset-mfa-help = Fjerner medlemmets autentiseringsapp, gjenopprettingskoder og passnøkler, og logger medlemmet ut overalt.
roles-title = Roller og rettigheter
roles-intro = Hva hver rolle kan gjøre. Tabellen er regelen tillit håndhever på hver side og i API-et.
roles-mfa-required = Må bruke tofaktorinnlogging her
org-settings-title = Innstillinger for organisasjonen
require-mfa-help = Administratorer må alltid bruke tofaktorinnlogging. Dette slår det på for alle medlemmer.
mail-invite-subject = Invitasjon til { $org } i tillit
mail-invite-body =
    Hei,

    { $inviter } har invitert deg til { $org } i tillit som { $role }.

    Åpne denne lenken for å takke ja (gyldig i { $days } dager):
    { $link }

    Hvis du ikke ventet denne invitasjonen, kan du se bort fra e-posten.
mail-reset-subject = Velg nytt passord for tillit
mail-reset-body =
    Hei,

    Noen har bedt om å velge nytt passord for tillit-kontoen din.
    Åpne denne lenken innen { $minutes } minutter:
    { $link }

    Var det ikke deg, kan du se bort fra e-posten; passordet forblir det samme.
passkeys-title = Passnøkler
passkeys-intro = En passnøkkel logger deg inn med fingeravtrykk, ansikt eller PIN på enheten i stedet for en kode.
passkeys-or = Eller bruk en passnøkkel
field-passkey-name = Navn på passnøkkelen
passkey-name-example = f.eks. jobb-PC
passkey-working = Følg instruksjonene i nettleseren …
action-add-passkey = Legg til passnøkkel
action-use-passkey = Bruk passnøkkel
action-remove = Fjern
error-passkey = Passnøkkelen kunne ikke brukes. Prøv igjen, eller bruk en kode.
error-passkey-algorithm = Passnøkkelen bruker en nøkkeltype tillit ikke godtar (P-256 kreves).
perm-catalogue_view = Se og søke i kravkataloger og ISO/IEC 27002
nav-catalogues = Krav

## Handlinger i revisjonsloggen
audit-action-setup-complete = Oppsett fullført
audit-action-organisation-create = Organisasjon opprettet
audit-action-organisation-update = Organisasjon endret
audit-action-login-success = Innlogget
audit-action-login-password-ok = Passord godtatt, venter på andre faktor
audit-action-login-failed = Mislykket innlogging
audit-action-login-mfa-failed = Feil kode i totrinnsbekreftelse
audit-action-login-locked = Konto midlertidig låst
audit-action-logout = Logget ut
audit-action-session-revoke = Økt avsluttet
audit-action-session-revoke-all = Alle økter avsluttet
audit-action-user-update = Profil endret
audit-action-user-password-change = Passord endret
audit-action-user-password-reset-requested = Ny passordlenke bestilt
audit-action-user-password-reset = Passord tilbakestilt
audit-action-user-totp-enable = Totrinnsbekreftelse slått på
audit-action-user-recovery-codes-regenerate = Nye gjenopprettingskoder laget
audit-action-user-mfa-reset = Totrinnsbekreftelse nullstilt
audit-action-user-passkey-add = Passnøkkel lagt til
audit-action-user-passkey-remove = Passnøkkel fjernet
audit-action-api-token-create = API-nøkkel laget
audit-action-api-token-revoke = API-nøkkel trukket tilbake
audit-action-invitation-create = Invitasjon sendt
audit-action-invitation-revoke = Invitasjon trukket tilbake
audit-action-member-add = Medlem lagt til
audit-action-member-remove = Medlem fjernet
audit-action-member-role-change = Rolle endret
