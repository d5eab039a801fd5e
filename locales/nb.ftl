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
error-control-character = feltet inneholder et kontrolltegn som ikke hører hjemme i tekst
error-query = spørreparameterne passer ikke til operasjonen
audit-break-missing = hele loggen og dens siste post er borte
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
import-intro = En OSCAL-katalog i JSON (for eksempel NIST SP 800-53), eller en Excel-arbeidsbok eller CSV-fil med kolonnene area, ref og text (se dokumentasjonen for alle kolonner). tillit sjekker hele filen først og viser hva den fant; ingenting importeres før du bekrefter.
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
catalogue-new = Ny katalog
catalogue-new-title = Tittel
catalogue-publish-heading = Publiser
catalogue-publish-help = Publisering fryser denne versjonen med en SHA-256 over innholdet. En senere endring gir en ny versjon; denne forblir som den er.
action-publish = Publiser
catalogue-add-heading = Legg til et krav
catalogue-field-ref = Nummer
catalogue-field-area = Område
catalogue-field-text = Kravtekst
action-add = Legg til
action-copy = Kopier
requirement-edit = Rediger
requirement-edit-help = En endring etter publisering går inn i neste versjon.
requirement-copied-from = Kopiert fra
requirement-copy-to = Kopier til egen katalog
versions-title = Versjoner og endringer
versions-version = versjon { $version }
versions-draft = utkast (ikke publisert)
versions-draft-short = utkast
versions-published-short = publisert
versions-col-version = Versjon
versions-col-published = Publisert
versions-from = Fra
versions-to = Til
versions-changes = Endringer
versions-no-changes = Ingen endringer.
versions-added = lagt til
versions-removed = fjernet
versions-changed = endret
notice-copied = Kravet er kopiert.
notice-published = Versjonen er publisert.
error-too-long = Teksten er for lang.
error-reference-taken = Katalogen har allerede et krav med dette nummeret.
error-nothing-to-publish = Det er ingen endringer å publisere.
error-empty-catalogue = En tom katalog kan ikke publiseres.
mapping-add = Legg til en egen kobling
error-control = Velg et tiltak fra listen.
error-relationship = Velg et forhold fra listen.
error-mapping-exists = Organisasjonen har allerede koblet dette kravet til det tiltaket.
nav-procurements = Anskaffelser
perm-procurement_view = Se anskaffelser
perm-procurement_edit = Opprette, klassifisere og flytte anskaffelser
case-new = Ny anskaffelse
field-case-number = Saksnummer
case-none = Ingen anskaffelser ennå.
case-status-heading = Status
case-status-draft = Utkast
case-status-published = Kunngjort
case-status-evaluation = Evaluering
case-status-awarded = Tildelt
case-status-closed = Avsluttet
case-status-cancelled = Avlyst
case-move-published = Kunngjør
case-move-evaluation = Start evalueringen
case-move-awarded = Tildel
case-move-closed = Avslutt
case-move-cancelled = Avlys anskaffelsen
classification-heading = Hva som kjøpes og hva det behandler
classification-help = Klassifiseringen bestemmer kritikalitetsnivået. Den kan endres så lenge saken er et utkast.
field-kind = Hva som kjøpes
kind-saas = Programvare som tjeneste (SaaS)
kind-supplier_hosting = Drift hos leverandøren
kind-on_premises = Programvare på egne systemer
kind-operation_maintenance = Drift og vedlikehold
kind-consultancy = Konsulenttjenester
field-confidentiality = Konfidensialitet
field-integrity = Integritet
field-availability = Tilgjengelighet
field-traceability = Sporbarhet
level-1 = 1 – lav
level-2 = 2 – moderat
level-3 = 3 – høy
level-4 = 4 – svært høy
level-1-help = Et brudd gir liten skade: ulempe, ikke mer.
level-2-help = Et brudd gir noe skade for personer eller kommunen, som kan rettes opp.
level-3-help = Et brudd gir alvorlig skade: på personers helse, rettigheter eller økonomi, eller på viktige tjenester.
level-4-help = Et brudd gir svært alvorlig eller varig skade, på liv og helse eller på kritiske tjenester.
field-personal-data = Behandler personopplysninger
field-special-categories = Behandler særlige kategorier personopplysninger (GDPR art. 9: helse, etnisitet, religion …)
field-data-subjects = Antall personer opplysningene gjelder
field-location = Hvor dataene lagres og behandles
location-domestic = I Norge eller Sverige
location-eea = Ellers i EØS
location-outside_eea = Utenfor EØS
field-users = Antall brukere
field-internet-exposed = Tilgjengelig fra internett
tier-heading = Kritikalitet
tier-label = Nivå:
tier-low = lav
tier-medium = middels
tier-high = høy
tier-critical = kritisk
tier-overridden = overstyrt
tier-rule-says = Regelen gir
tier-reasoning = Slik følger nivået
tier-override = Overstyr nivået
tier-no-override = Ingen overstyring (bruk regelen)
tier-override-reason = Begrunnelse
tier-reason-highest-level = Høyeste nivå for konfidensialitet, integritet, tilgjengelighet og sporbarhet gir { $tier }.
tier-reason-many-subjects = Personopplysninger om mer enn 10 000 personer: minst { $tier }.
tier-reason-special-categories = Særlige kategorier personopplysninger: minst { $tier }.
tier-reason-special-many = Særlige kategorier om mer enn 10 000 personer: { $tier }.
tier-reason-exposed-supplier = Leverandøren har dataene, tjenesten er tilgjengelig fra internett og konfidensialitet eller integritet er høy: minst { $tier }.
tier-reason-many-users = Mer enn 10 000 brukere og høy tilgjengelighet: minst { $tier }.
tier-reason-outside-eea = Personopplysninger lagres eller behandles utenfor EØS: ett nivå opp, til { $tier }.
error-case-number-taken = Det finnes allerede en sak med dette nummeret.
error-level = Velg et nivå fra 1 til 4.
error-special-without-personal = Særlige kategorier er personopplysninger: kryss av for personopplysninger også.
error-case-not-draft = Dette kan bare endres mens saken er et utkast.
error-override-reason = Skriv en begrunnelse på minst 10 tegn for overstyringen.
error-status-move = Saken kan ikke flyttes til den statusen herfra.
error-number = Skriv et helt tall.
error-choose = Velg fra listen.
set-proposal-heading = Foreslått kravsett
set-proposal-help = Hva nivået krever av leverandøren, fra de innebygde katalogene: prinsipielle krav på alle nivåer, basiskrav fra middels, tilleggskrav fra høy (som tildelingskriterier; på kritisk som skal-krav).
set-kind-must = skal-krav
set-kind-award = bør-krav
set-must-count = { $count ->
    [one] ett skal-krav
   *[other] { $count } skal-krav
    }
set-award-count = { $count ->
    [one] ett bør-krav
   *[other] { $count } bør-krav
    }
set-heading = Kravsett
set-help = Kravene denne konkurransen stiller til leverandøren. Start med forslaget, og legg så til, fjern eller omformuler; vektene for bør-kravene må til sammen bli 100 %. Kravsettet kan endres mens saken er et utkast.
set-empty = Ingen krav er valgt ennå.
set-adopt = Bruk forslaget (erstatter kravsettet)
set-add = Legg til eller endre et krav
set-own-wording = egen formulering
set-ready = Klart til kunngjøring: kravsettet stiller krav, og vektene for bør-kravene blir til sammen 100 %.
set-weights-not-hundred = Vektene for bør-kravene blir til sammen { $sum } %, ikke 100 %.
set-weights-out-of-range = Hvert bør-krav trenger en vekt fra 1 til 100 %.
field-requirement = Krav
field-set-kind = Stilles som
field-weight = Vekt (%)
field-wording = Formulering i denne konkurransen (tom: katalogens)
error-weight = Et bør-krav trenger en vekt fra 1 til 100 %.
error-requirement-in-set = En anskaffelsessak stiller dette kravet; fjern det fra sakens kravsett først.
error-set-empty = Velg kravsettet før konkurransen kunngjøres.
error-set-weights = Vektene for bør-kravene må bli 100 % til sammen før konkurransen kunngjøres.
set-change = Endre

## Kunngjøring og rettelser
tender-heading = Konkurranse
tender-help = Kunngjøringen fryser kravsettet som versjon 1 med et SHA-256-fingeravtrykk. Sett tilbudsfristen først.
field-deadline = Tilbudsfrist
deadline-none = ikke satt
local-time = norsk/svensk tid
error-deadline-format = Tilbudsfrist: oppgi dato og klokkeslett, for eksempel 2027-01-15 12:00.
error-deadline-past = Tilbudsfrist: fristen må ligge fram i tid.
error-deadline-missing = Tilbudsfrist: sett en tilbudsfrist fram i tid før kunngjøring.
error-case-not-open = Tilbudsfrist: fristen kan bare endres før kunngjøring eller mens konkurransen pågår.
error-set-frozen = Kravsett: det kunngjorte kravsettet er fryst. Åpne en rettelse for å lage en ny versjon.
error-correction-not-possible = En rettelse kan bare åpnes mens konkurransen er kunngjort og ingen rettelse er åpen.
error-correction-not-open = Åpne en rettelse før du kunngjør den.
error-correction-open = Kunngjør først den åpne rettelsen av kravsettet.
error-correction-note = Rettelse: beskriv med minst 10 tegn hva rettelsen endrer.
error-correction-unchanged = Kravsett: rettelsen endrer ingenting sammenlignet med den kunngjorte versjonen.
set-version = Versjon { $version }
set-versions-heading = Kunngjorte versjoner av kravsettet
set-versions-help = Hver kunngjort versjon forblir slik den ble kunngjort. SHA-256-fingeravtrykket står på hver eksport, så alle kan kontrollere at et dokument hører til denne versjonen.
set-versions-link = Alle kunngjorte versjoner og endringene i dem
set-not-published = Kravsettet er ikke kunngjort ennå.
field-published = Kunngjort
field-correction-note = Hva rettelsen endrer
set-changes-heading = Endringer fra forrige versjon
set-change-added = { $ref }: lagt til
set-change-removed = { $ref }: fjernet
set-change-field-text = ordlyd
set-change-field-kind = skal eller bør
set-change-field-weight = vekt
set-original-wording = Katalogens ordlyd
correction-open-help = En rettelse er åpen: endre kravsettet nedenfor, og kunngjør det som neste versjon. Tilbyderne ser den kunngjorte versjonen inntil da.
action-open-correction = Åpne en rettelse
action-publish-correction = Kunngjør rettelsen

## Tilbydere og leverandørportalen
bidders-heading = Tilbydere
bidders-none = Ingen tilbydere er invitert ennå.
bidder-invite = Inviter en tilbyder
bidder-invite-help = Kontaktpersonen får en personlig lenke på e-post til dette ene tilbudet. Den virker fram til tilbudsfristen og kan trekkes tilbake.
field-company = Selskap
field-country = Land
country-no = Norge
country-se = Sverige
field-org-number = Organisasjonsnummer
field-contact-email = Kontaktpersonens e-post
action-invite-bidder = Inviter
error-company = Selskap: oppgi selskapets navn.
error-orgnr-no = Organisasjonsnummer: et norsk organisasjonsnummer har 9 sifre og gyldig kontrollsiffer.
error-orgnr-se = Organisasjonsnummer: et svensk organisasjonsnummer har 10 sifre og gyldig kontrollsiffer.
error-bidder-exists = Organisasjonsnummer: dette selskapet er allerede invitert til denne konkurransen.
error-bid-not-published = Tilbydere kan inviteres, og lenker sendes, bare mens konkurransen er kunngjort.
error-deadline-passed = Tilbudsfrist: fristen er passert.
bid-status-invited = invitert
bid-status-draft = svarer (utkast)
bid-status-submitted = levert
bid-source-portal = leverandørportalen
bid-source-excel = tilbyderens returnerte Excel-ark
field-bid-source = Svar fra
field-submitted = Levert
field-receipt = Kvittering (SHA-256)
bid-links-heading = Personlige lenker
bid-links-help = Bare en hash av lenken lagres. En ny lenke gjør alle tidligere lenker ugyldige.
field-created = Opprettet
field-expires = Utløper
link-live = virker
link-revoked = trukket tilbake
link-expired = utløpt
action-send-new-link = Send en ny lenke
action-revoke-links = Trekk tilbake alle lenker
bid-answers-heading = Svar
field-answer = Svar
field-description = Beskrivelse
field-evidence-ref = Henvisning til dokumentasjon
answer-none = ikke besvart
answer-met = oppfylt
answer-partly_met = delvis oppfylt
answer-not_met = ikke oppfylt
answer-not_applicable = ikke relevant
evidence-heading = Dokumentasjon
evidence-none = Ingen dokumentasjon er lastet opp.
evidence-help = PDF, bilder (PNG, JPEG) og kontordokumenter (Word, Excel, PowerPoint, OpenDocument) på opptil { $mb } MB. Dokumenter med makroer avvises. Hver fil lagres med sitt SHA-256-fingeravtrykk.
field-file = Fil
action-upload = Last opp
certificates-heading = Sertifikater
certificates-none = Ingen sertifikater er registrert.
field-certificate = Sertifikat
field-certificate-name = Navn (for et annet sertifikat)
certificate-other = Et annet sertifikat
field-scope = Omfang
field-issuer = Utstedt av
field-valid-until = Gyldig til
field-certificate-evidence = Sertifikatet som dokumentasjon
error-certificate-name = Navn: oppgi sertifikatets navn.
error-certificate-scope = Omfang: beskriv hva sertifikatet dekker.
error-certificate-issuer = Utstedt av: oppgi sertifiseringsorganet.
error-certificate-valid-until = Gyldig til: oppgi datoen sertifikatet utløper.
portal-title = Besvar konkurransen
portal-for = Tilbud fra
portal-set = Kravsett
portal-help = Besvar hvert krav, beskriv hvordan dere oppfyller det, og last opp dokumentasjon. Dere kan lagre et utkast og komme tilbake med samme lenke fram til fristen. Når tilbudet er levert, låses det.
portal-answers-heading = Krav og svar
portal-submit-heading = Lever tilbudet
portal-submit-help = Når dere leverer, låses svarene. Dere får en kvittering på e-post med et fingeravtrykk av det som ble levert.
portal-unanswered = { $count } krav er ikke besvart ennå.
portal-submitted-at = Levert { $at }. Svarene er låst.
portal-locked-submitted = Tilbudet er levert og låst.
portal-locked-deadline = Fristen er passert. Svarene kan ikke lenger endres.
portal-locked-closed = Konkurransen er ikke åpen for svar.
action-save-draft = Lagre utkast
action-submit-bid = Lever tilbudet
action-back-to-bid = Tilbake til tilbudet
notice-submitted = Tilbudet er levert. En kvittering er sendt på e-post.
error-portal-link = Denne lenken virker ikke: den er ukjent, erstattet eller trukket tilbake, eller fristen er passert. Be oppdragsgiveren om en ny lenke.
error-too-many-attempts = For mange mislykkede forsøk fra din adresse. Vent et kvarter og prøv igjen.
error-portal-deadline = Tilbudsfrist: fristen er passert, så ingenting kan endres.
error-portal-submitted = Tilbudet er levert og låst.
error-portal-closed = Konkurransen er ikke åpen for svar.
error-portal-unknown-requirement = Krav: svaret gjelder et krav som ikke er i denne konkurransens kravsett.
error-portal-stale = Tilbudet er endret i et annet vindu eller av en kollega siden siden ble åpnet. Last siden på nytt og lagre igjen.
error-portal-unanswered = Svar: besvar hvert krav før dere leverer; de ubesvarte er merket.
error-portal-explain-gaps = Beskrivelse: beskriv hvert svar som ikke er «oppfylt» før dere leverer.
error-evidence-empty = Fil: filen er tom.
error-evidence-too-large = Fil: filen er større enn grensen.
error-evidence-type = Fil: bare PDF, bilder (PNG, JPEG) og kontordokumenter kan lastes opp.
error-evidence-extension = Fil: filnavnet stemmer ikke med innholdet. Gi filen riktig endelse.
error-evidence-macro = Fil: dokumenter med makroer avvises. Lagre uten makroer.
error-evidence-legacy = Fil: gamle eller passordbeskyttede Office-filer (.doc, .xls) avvises. Lagre som .docx eller .xlsx uten passord.
error-evidence-bomb = Fil: filen pakkes ut til langt mer enn et ekte dokument gjør.
mail-bid-invite-subject = Invitasjon til å svare: { $case }
mail-bid-invite-body =
    Hei,

    { $org } inviterer { $company } til å besvare sikkerhetskravene i konkurransen { $case }.

    Åpne den personlige lenken for å svare (den virker fram til fristen, { $deadline } norsk tid):
    { $link }

    Lenken gjelder dette ene tilbudet. Ikke videresend den.
mail-bid-receipt-subject = Kvittering: tilbudet deres i { $case }
mail-bid-receipt-body =
    Hei,

    { $org } mottok tilbudet fra { $company } i { $case } { $submitted }.

    Svar: { $answers }. Dokumentasjonsfiler: { $evidence }.
    Kravsett (SHA-256): { $set_hash }
    Kvittering (SHA-256 av det som ble levert): { $receipt }

    Ta vare på denne e-posten: kvitteringen viser nøyaktig hva som ble levert.
mail-bid-correction-subject = Rettelse av kravene: { $case }
mail-bid-correction-body =
    Hei,

    { $org } har kunngjort versjon { $version } av kravsettet i { $case }.

    Hva som er endret: { $note }

    Svar på krav som ikke er endret, beholdes; { $cleared } svar på endrede krav må gis på nytt. Tilbudet er åpnet for ny levering: { $reopened }.
    Kravsett (SHA-256): { $set_hash }
    Tilbudsfrist: { $deadline } norsk tid.

    Bruk lenken dere allerede har.
mail-bid-deadline-subject = Ny tilbudsfrist: { $case }
mail-bid-deadline-body =
    Hei,

    { $org } har endret tilbudsfristen i { $case } til { $deadline } norsk tid.

    Bruk lenken dere allerede har.

## Konkurransebilag og returnert svarskjema
annex-heading = Konkurransebilag
annex-xlsx = Svarskjema (Excel)
error-set-not-published = Kravsett: kunngjør konkurransen først.
sheet-name = Svar
sheet-title = Sikkerhetskrav: svarskjema
sheet-buyer = Oppdragsgiver
sheet-case = Konkurranse
sheet-instructions = Svar bare i kolonne G–I. Velg svaret fra listen, beskriv hvordan dere oppfyller kravet, og vis til dokumentasjonen. Kravkolonnene er låst; endrede krav avvises når skjemaet leses inn igjen.
sheet-col-id = Krav-id
sheet-col-ref = Nr.
sheet-col-area = Område
sheet-col-text = Krav
sheet-col-kind = Skal eller bør
sheet-col-weight = Vekt
sheet-col-status = Svar
sheet-col-description = Beskrivelse
sheet-col-evidence = Henvisning til dokumentasjon
bid-import-heading = Svar returnert som Excel-skjema
bid-import-help = Last opp svarskjemaet tilbyderen returnerte. Det kontrolleres mot det kunngjorte kravsettet (hvert krav, ordlyden og kravsettets fingeravtrykk) og leses inn som levert tilbud, alt eller ingenting.
action-import-sheet = Kontroller og les inn
import-problems-title = Svarskjemaet ble ikke lest inn
import-problems-help = Ingenting er lagret. Rett dette i skjemaet (eller be tilbyderen om det) og last det opp igjen.
import-col-where = Hvor
import-col-problem = Problem
import-other-set = Skjemaet hører til kravsettet i en annen konkurranse.
import-wrong-hash = Kravsettets fingeravtrykk i skjemaet stemmer ikke: skjemaet er endret.
import-old-version = Skjemaet besvarer versjon { $old } av kravsettet; konkurransen er på versjon { $new }. Send tilbyderen det nye svarskjemaet.
import-unknown-requirement = Rad { $row }: krav-id { $id } finnes ikke i denne konkurransens kravsett.
import-duplicate = Rad { $row }: dette kravet er besvart to ganger.
import-altered-text = Rad { $row }: ordlyden i krav { $ref } er endret.
import-no-answer = Rad { $row }: ikke noe svar er valgt.
import-bad-status = Rad { $row }: «{ $value }» er ikke et av svarene i listen.
import-explain = Rad { $row }: beskriv et svar som ikke er «oppfylt».
import-missing = Krav { $ref } mangler i skjemaet.
import-no-id = Rad { $row }: krav-id (kolonne A) mangler.

## Evaluering og sammenligning
evaluation-heading = Evaluering
evaluation-title = Evaluering
evaluation-help = Vurder hvert krav selvstendig: bestått eller ikke bestått for et skal-krav, 0–10 for et bør-krav, alltid med skriftlig begrunnelse. Andre evaluatorers vurderinger vises bare for evalueringslederen.
evaluation-mine = Mine vurderinger
evaluation-others = Alle evaluatorer
evaluation-mean = snitt { $mean }
field-lead-evaluator = Evalueringsleder
lead-none = ikke valgt
field-verdict = Vurdering
field-score = Poeng (0–10)
field-justification = Begrunnelse
verdict-pass = bestått
verdict-fail = ikke bestått
judgement-open = ikke vurdert
consensus-heading = Omforent vurdering
consensus-help = Som evalueringsleder registrerer du evalueringsgruppens omforente vurdering av hvert krav. Den omforente vurderingen avgjør resultatet.
action-save-consensus = Lagre den omforente vurderingen
comparison-title = Sammenligning av tilbydere
comparison-none = Ingen tilbud er levert.
comparison-ranking = Rangering
comparison-chart = Vektet sum per tilbyder (0–100 poeng)
comparison-per-requirement = Per krav
col-rank = Plass
col-total = Vektet sum
col-by-area = Poeng per område
col-gaps = Ikke fullt oppfylt
bid-rejected = avvist
evaluation-complete = Alle tilbud har omforent vurdering av alle krav: evalueringslederen kan signere evalueringen.
evaluation-incomplete = Den omforente vurderingen er ikke fullført ennå.
evaluation-signed-off-at = Evalueringen ble signert { $at } og er låst.
action-sign-off = Signer evalueringen
error-lead-evaluator = Evalueringsleder: velg et medlem som kan redigere anskaffelsessaker.
error-evaluation-signed-off = Evalueringen er signert og låst.
error-evaluation-not-open = Tilbud evalueres bare mens saken er under evaluering.
error-evaluation-before-deadline = Status: tilbudene åpnes for evaluering først etter tilbudsfristen.
error-award-before-sign-off = Status: kontrakten tildeles først når evalueringen er signert.
error-bid-not-submitted = Bare leverte tilbud evalueres.
error-not-lead = Bare evalueringslederen registrerer den omforente vurderingen og signerer.
error-evaluation-incomplete = Evaluering: alle tilbud må ha omforent vurdering av alle krav før signering.
error-judgement-kind = Vurdering: et skal-krav er bestått eller ikke bestått; et bør-krav får poeng.
error-score-range = Poeng: oppgi et helt tall fra 0 til 10.
error-justification = Begrunnelse: skriv minst 10 tegn om hvorfor.

## Dokumenter: konkurransebilag og beslutningsgrunnlag
code-must = S
code-award = B
doc-col-what = Punkt
doc-col-value = Verdi
doc-yes = ja
doc-no = nei
annex-doc-title = Bilag: sikkerhetskrav, { $case }
annex-doc-codes = Kode S er et skal-krav (minstekrav): et tilbud som ikke oppfyller det, avvises. Kode B er et bør-krav (tildelingskriterium): det gis 0–10 poeng og teller med sin vekt. Besvar hvert krav i siste kolonne eller i svarskjemaet.
annex-col-code = Kode
annex-col-answer = Leverandørens besvarelse
annex-docx = Bilag (Word)
annex-pdf = Bilag (PDF)
annex-oscal = Kravsett (OSCAL-profil)
report-heading = Beslutningsgrunnlag
report-pdf = Beslutningsgrunnlag (PDF)
report-docx = Beslutningsgrunnlag (Word)
report-xlsx = Beslutningsgrunnlag (Excel)
report-title = Beslutningsgrunnlag: { $case }
report-subject = Evaluering av tilbud og grunnlag for tildelingsbeslutningen
report-classification = Klassifisering og kritikalitet
report-set = Det kunngjorte kravsettet
report-bidder = Tilbyder: { $company }
report-sheet-case = Sak
report-sheet-set = Krav
report-sheet-judgements = Vurderinger
report-sheet-log = Evalueringslogg
report-col-failed = Skal-krav ikke bestått
report-col-evaluator = Evaluator
report-col-time = Tidspunkt
report-col-who = Hvem
report-col-action = Handling
report-col-changes = Endringer

## Kravnivåer per organisasjon
levels-title = Nivåer for kritikalitetsnivåene
levels-help = Kravets nivå avgjør fra hvilket kritikalitetsnivå forslaget stiller det: prinsipielt fra lav, grunnleggende fra middels, tillegg fra høy (som bør-krav på høy, som skal-krav på kritisk). «Foreslås ikke» holder det utenfor; det kan fortsatt legges til for hånd. De innebygde katalogene har nivåer etter markedsplassens prinsipielle, grunnleggende og tilleggskrav.
levels-default = Standard
levels-own = Denne organisasjonen
levels-effective = Gjeldende
levels-use-default = bruk standard
level-name-principal = prinsipielt (fra lav)
level-name-basic = grunnleggende (fra middels)
level-name-additional = tillegg (fra høy)
level-name-none = foreslås ikke
error-json = Forespørselen er ikke JSON slik dette endepunktet tar imot.

report-checkpoint = Kontrollpunkt for revisjonsloggen
report-checkpoint-text = Revisjonsloggens siste post da rapporten ble laget, signert med tillits nøkkel. Med denne linjen kan en revisor senere kontrollere at loggen ikke er skrevet om (tillit audit verify --witness).
mail-checkpoint-subject = Kontrollpunkt for revisjonsloggen til { $org }: post { $seq }
mail-checkpoint-body =
    Hei,

    Dette er revisjonsloggen til { $org } slik den står nå: post { $seq }, SHA-256 { $hash }.
    Ta vare på denne e-posten. Hvis noen senere skriver om eller sletter loggen, viser
    «tillit audit verify --witness» at linjen under ikke lenger stemmer.

    { $checkpoint }
