# tillit — norsk bokmål — platform: the words every page shares, the home page, the audit log, mail

skip-to-content = Gå til innholdet
footer-tagline = informasjonssikkerhet i offentlige anskaffelser og leverandøroppfølging
nav-label = Hovedmeny
nav-home = Oversikt
nav-members = Medlemmer
nav-roles = Roller
nav-organisation = Organisasjon
nav-audit = Logg
language-label = Språk
org-switch-label = Organisasjon
role-administrator = Administrator
role-security_officer = Informasjonssikkerhetsleder
role-procurement_officer = Innkjøper
role-risk_owner = Risikoeier
role-auditor = Revisor
role-supplier_respondent = Leverandørkontakt
perm-org_view = Se organisasjonen og medlemmene
perm-manage_users = Invitere medlemmer, endre roller, nullstille tofaktor
perm-manage_organisation = Endre innstillingene for organisasjonen
perm-view_audit_log = Lese loggen
perm-export_audit_log = Eksportere loggen
perm-view_permission_matrix = Se rettighetstabellen
action-accept-invitation = Opprett konto og bli med
action-change-language = Bytt
action-change-password = Bytt passord
action-continue = Fortsett
action-create = Opprett
action-create-org = Opprett organisasjon
action-enable-totp = Slå på autentiseringsapp
action-export-csv = Eksporter som CSV
action-filter = Filtrer
action-home = Til oversikten
action-invite = Send invitasjon
action-join = Bli med i organisasjonen
action-new-recovery-codes = Lag nye gjenopprettingskoder
action-older = Eldre oppføringer
action-remove-member = Fjern fra organisasjonen
action-reset-mfa = Nullstill tofaktorinnlogging
action-review = Se over
action-revoke = Trekk tilbake
action-save = Lagre
action-save-password = Lagre nytt passord
action-send-link = Send lenke
action-sign-in = Logg inn
action-sign-out = Logg ut
action-sign-out-everywhere = Logg ut alle andre økter
action-switch = Bytt
action-verify = Bekreft
field-code = Kode
field-current-password = Nåværende passord
field-default-language = Standardspråk
field-email = E-postadresse
field-from = Fra dato
field-new-password = Nytt passord
field-org-name = Navn på organisasjonen
field-password = Passord
field-require-mfa = Krev tofaktorinnlogging for alle
field-to = Til dato
field-token-days = Gyldig i (dager)
field-token-name = Navn
field-your-name = Ditt navn
col-action = Handling
col-actions = Handlinger
col-actor = Hvem
col-address = Adresse
col-changes = Endringer
col-created = Opprettet
col-device = Enhet
col-expires = Utløper
col-last-seen = Sist aktiv
col-last-used = Sist brukt
col-mfa = Tofaktorinnlogging
col-name = Navn
col-object = Objekt
col-permission = Rettighet
col-role = Rolle
col-signed-in = Logget inn
col-status = Status
col-time = Tid (UTC)
status-active = Aktiv
status-revoked = Trukket tilbake
status-on = På
status-off = Av
status-yes = Ja
status-no = Nei
password-help = Minst 12 tegn. En setning med flere ord er både sterk og lett å huske.
password-too-short = Passordet må ha minst 12 tegn.
password-too-long = Passordet er for langt (høyst 256 tegn).
password-too-common = Dette passordet er for vanlig. Velg et annet.
password-contains-email = Passordet kan ikke inneholde e-postadressen din.
error-sign-in = E-postadressen, passordet eller koden er feil.
error-locked = For mange mislykkede forsøk. Vent 15 minutter og prøv igjen.
error-required = Fyll ut dette feltet.
error-email = Skriv inn en gyldig e-postadresse.
error-wrong-password = Nåværende passord er feil.
error-wrong-code = Koden er feil eller utløpt. Prøv den nyeste koden fra appen.
error-totp-start-again = Start oppsettet på nytt.
error-totp-not-enabled = Autentiseringsappen er ikke slått på.
error-already-member = Personen er allerede medlem.
error-account-exists-sign-in = Det finnes allerede en konto med denne adressen. Logg inn først.
error-role = Velg en rolle fra listen.
error-role-not-invitable = Leverandører inviteres gjennom en anskaffelse, ikke som medlemmer.
error-last-admin = Organisasjonen må ha minst én administrator.
error-token-days = Velg mellom 1 og 365 dager.
error-language = Velg et språk fra listen.
error-not-found-title = Ikke funnet
error-not-found = Siden eller objektet finnes ikke, eller du har ikke tilgang til det.
error-forbidden-title = Ingen tilgang
error-forbidden = Rollen din gir ikke tilgang til dette.
error-invalid-title = Kunne ikke lagres
error-internal-title = Noe gikk galt
error-internal = Noe gikk galt hos oss. Prøv igjen; skjer det igjen, kontakt administratoren din.
notice-saved = Lagret.
notice-invited = Invitasjonen er sendt.
notice-signed-out = Du er logget ut.
notice-password-changed = Passordet er byttet. Dine andre økter er logget ut.
notice-reset-sent = Hvis adressen har en konto, er en lenke for å velge nytt passord på vei.
notice-password-reset = Passordet er byttet. Logg inn med det nye passordet.
notice-revoked = Trukket tilbake.
notice-mfa-reset = Tofaktorinnloggingen er nullstilt. Medlemmet setter den opp igjen ved neste innlogging.
notice-removed = Medlemmet er fjernet.
notice-joined = Du er nå med i organisasjonen.
link-invalid-title = Lenken virker ikke
link-invalid = Lenken er brukt, utløpt eller finnes ikke.
home-title = Oversikt
home-welcome = Velkommen, { $name }
home-role-in-org = I { $org } er rollen din
home-security-heading = Kontoen din
home-totp-on = Tofaktorinnlogging er slått på.
home-totp-off = Tofaktorinnlogging er slått av.
home-sessions = { $count ->
    [one] Logget inn på én enhet.
   *[other] Logget inn på { $count } enheter.
    }
home-mail-heading = E-post er ikke satt opp
home-mail-not-configured = Ingen SMTP-server er satt opp, så invitasjoner og passordlenker venter i køen til en er det.
audit-title = Logg
audit-chain-ok = { $count ->
    [one] Loggens hasjkjede er intakt (én oppføring).
   *[other] Loggens hasjkjede er intakt ({ $count } oppføringer).
    }
audit-chain-broken = Loggens hasjkjede er brutt ved oppføring { $seq }: { $kind }. Kontakt systemeieren.
audit-break-altered = oppføringen er endret
audit-break-deleted = en oppføring før den er slettet
audit-break-inserted = oppføringen er satt inn i ettertid
audit-break-reordered = oppføringer er flyttet ut av rekkefølge
error-control-character = feltet inneholder et kontrolltegn som ikke hører hjemme i tekst
error-query = spørreparameterne passer ikke til operasjonen
audit-break-missing = hele loggen og dens siste post er borte
audit-none = Ingen oppføringer passer.
no-org-title = Ingen organisasjon
no-org-text = Kontoen din er ikke medlem av noen organisasjon. Be en administrator om en invitasjon.
home-org-heading = Organisasjonen
home-mfa-coverage = medlemmer bruker tofaktorinnlogging
home-pending-invitations = { $count ->
    [one] Én invitasjon er ikke besvart ennå.
   *[other] { $count } invitasjoner er ikke besvart ennå.
    }
home-recent-heading = Siste i loggen
error-json = Forespørselen er ikke JSON slik dette endepunktet tar imot.

mail-checkpoint-subject = Kontrollpunkt for revisjonsloggen til { $org }: post { $seq }
mail-checkpoint-body =
    Hei,

    Dette er revisjonsloggen til { $org } slik den står nå: post { $seq }, SHA-256 { $hash }.
    Ta vare på denne e-posten. Hvis noen senere skriver om eller sletter loggen, viser
    «tillit audit verify --witness» at linjen under ikke lenger stemmer.

    { $checkpoint }

## Handlinger i revisjonsloggen
audit-action-export = Fil lastet ned
audit-action-audit-export = Logg eksportert
