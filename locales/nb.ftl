# tillit — norsk bokmål
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
org-settings-title = Innstillinger for organisasjonen
require-mfa-help = Administratorer må alltid bruke tofaktorinnlogging. Dette slår det på for alle medlemmer.
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
audit-none = Ingen oppføringer passer.
no-org-title = Ingen organisasjon
no-org-text = Kontoen din er ikke medlem av noen organisasjon. Be en administrator om en invitasjon.
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
home-org-heading = Organisasjonen
home-mfa-coverage = medlemmer bruker tofaktorinnlogging
home-pending-invitations = { $count ->
    [one] Én invitasjon er ikke besvart ennå.
   *[other] { $count } invitasjoner er ikke besvart ennå.
    }
home-recent-heading = Siste i loggen
perm-catalogue_view = Se og søke i kravkataloger og ISO/IEC 27002
nav-catalogues = Krav
catalogue-nav-label = Kravkatalog
catalogues-intro = Kravkataloger der hvert krav er koblet til ISO/IEC 27002:2022.
catalogue-count = { $count ->
    [one] ett krav
   *[other] { $count } krav
    }
catalogue-builtin = innebygd
catalogue-purpose = Formål med kravene:
catalogue-search-in = Søk i denne katalogen
requirement-heading = Krav
requirement-guidance = Veiledning
requirement-references = Referanser
requirement-citations = Hva de siterte punktene tilsvarer
requirement-mappings = Koblet til ISO/IEC 27002:2022
mapping-relationship = Forhold
mapping-origin = Opphav
mapping-rationale = Begrunnelse
relationship-equal = likt
relationship-subset = delmengde (kravet er en del av tiltaket)
relationship-superset = overmengde (kravet ber om mer)
relationship-intersect = overlappende
origin-source = fra kilden
origin-proposed = foreslått
origin-organisation = lagt til av organisasjonen
iso-title = ISO/IEC 27002:2022
iso-intro = De 93 sikkerhetstiltakene med tema og attributter, og hvor mange krav som dekker hvert av dem.
iso-covered-by = Krav
iso-new = nytt i 2022
iso-new-control = Nytt i 2022: ingen tiltak fra 2013 tilsvarer det.
iso-attributes = Attributter
iso-theme = Tema
iso-attr-control-type = Type sikkerhetstiltak
iso-attr-properties = Informasjonssikkerhetsegenskaper
iso-attr-concepts = Cybersikkerhetskonsepter
iso-attr-capabilities = Operasjonell kapasitet
iso-attr-domains = Sikkerhetsdomener
iso-predecessors = ISO/IEC 27002:2013
iso-covering = Krav som dekker tiltaket
iso-not-covered = Ingen krav i katalogene deres dekker dette tiltaket.
iso-theme-organizational = Organisatoriske sikkerhetstiltak
iso-theme-people = Personellrelaterte sikkerhetstiltak
iso-theme-physical = Fysiske sikkerhetstiltak
iso-theme-technological = Teknologiske sikkerhetstiltak
search-title = Søk i krav
search-label = Søk etter
search-placeholder = f.eks. sikkerhetskopi
search-catalogue = Katalog
search-all = Alle
search-attribute = ISO-attributt
search-count = { $count ->
    [one] Fant ett krav.
   *[other] Fant { $count } krav.
    }
action-search = Søk
coverage-title = Dekning
coverage-intro = Hvilke krav i hver katalog som dekker hvert tiltak i ISO/IEC 27002:2022, og hvor hver katalog har hull.
coverage-choose = Kataloger som skal sammenlignes
action-compare = Sammenlign
action-download-excel = Last ned som Excel
coverage-summary = Tiltak som dekkes
coverage-controls-covered = { $count } av 93 tiltak
coverage-gaps = Forskjeller
coverage-only-in = { $count } tiltak dekkes av
coverage-not-in = men ikke av
coverage-matrix = Tiltak for tiltak
coverage-col-control = Tiltak
coverage-gap = ikke dekket
coverage-sheet-matrix = Dekning
coverage-sheet-gaps = Forskjeller
coverage-col-covered-by = Dekkes av
coverage-col-not-by = Dekkes ikke av
gap-title = Fra 2013 til 2022
gap-intro = Kryss av for tiltakene fra ISO/IEC 27002:2013 som virksomheten har på plass. tillit viser hvilke tiltak i 2022-utgaven de tilsvarer, og hvilke 2022-tiltak dere fortsatt mangler, blant dem de 11 nye.
gap-have = Vi har det
gap-compute = Vis gapene
gap-carried = { $count } tiltak i 2022 dekkes av det dere har
gap-missing = { $count } tiltak i 2022 gjenstår
perm-catalogue_edit = Importere og redigere organisasjonens egne kataloger
import-title = Importer en katalog
import-upload = Velg en fil
import-intro = En OSCAL-katalog i JSON (for eksempel NIST SP 800-53). tillit sjekker hele filen først og viser hva den fant; ingenting importeres før du bekrefter.
import-file = Fil
action-check-file = Sjekk filen
import-ready = Klar til import
import-areas = { $count } områder
import-requirements = krav
import-nested = { $count } av dem under et annet krav
import-warnings = { $count } merknader (de stopper ikke importen)
import-problems = Fant { $count } problemer.
import-nothing-written = Ingenting ble importert.
action-import = Importer
action-export-oscal = Eksporter som OSCAL
notice-imported = Katalogen er importert.
error-no-file = Velg en fil som skal importeres.
error-file-too-large = Filen er større enn 20 MB.
error-import-has-problems = Filen har problemer; rett dem og last den opp på nytt.
