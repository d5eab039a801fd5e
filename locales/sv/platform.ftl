# tillit — svenska — platform: the words every page shares, the home page, the audit log, mail

skip-to-content = Hoppa till innehållet
footer-tagline = informationssäkerhet i offentlig upphandling och leverantörsuppföljning
nav-label = Huvudmeny
nav-home = Översikt
nav-members = Medlemmar
nav-roles = Roller
nav-organisation = Organisation
nav-audit = Granskningslogg
language-label = Språk
org-switch-label = Organisation
role-administrator = Administratör
role-security_officer = Informationssäkerhetssamordnare
role-procurement_officer = Upphandlare
role-risk_owner = Riskägare
role-auditor = Revisor
role-supplier_respondent = Leverantörskontakt
perm-org_view = Se organisationen och dess medlemmar
perm-manage_users = Bjuda in medlemmar, ändra roller, återställa tvåstegsverifiering
perm-manage_organisation = Ändra organisationens inställningar
perm-view_audit_log = Läsa granskningsloggen
perm-export_audit_log = Exportera granskningsloggen
perm-view_permission_matrix = Se behörighetstabellen
action-accept-invitation = Skapa konto och gå med
action-change-language = Byt
action-change-password = Byt lösenord
action-continue = Fortsätt
action-create = Skapa
action-create-org = Skapa organisation
action-enable-totp = Slå på autentiseringsapp
action-export-csv = Exportera som CSV
action-filter = Filtrera
action-home = Till översikten
action-invite = Skicka inbjudan
action-join = Gå med i organisationen
action-new-recovery-codes = Skapa nya återställningskoder
action-older = Äldre poster
action-remove-member = Ta bort från organisationen
action-reset-mfa = Återställ tvåstegsverifiering
action-review = Granska
action-revoke = Återkalla
action-save = Spara
action-save-password = Spara nytt lösenord
action-send-link = Skicka länk
action-sign-in = Logga in
action-sign-out = Logga ut
action-sign-out-everywhere = Logga ut alla andra sessioner
action-switch = Byt
action-verify = Bekräfta
field-code = Kod
field-current-password = Nuvarande lösenord
field-default-language = Standardspråk
field-email = E-postadress
field-from = Från datum
field-new-password = Nytt lösenord
field-org-name = Organisationens namn
field-password = Lösenord
field-require-mfa = Kräv tvåstegsverifiering för alla
field-to = Till datum
field-token-days = Giltig i (dagar)
field-token-name = Namn
field-your-name = Ditt namn
col-action = Händelse
col-actions = Åtgärder
col-actor = Vem
col-address = Adress
col-changes = Ändringar
col-created = Skapad
col-device = Enhet
col-expires = Går ut
col-last-seen = Senast aktiv
col-last-used = Senast använd
col-mfa = Tvåstegsverifiering
col-name = Namn
col-object = Objekt
col-permission = Behörighet
col-role = Roll
col-signed-in = Inloggad
col-status = Status
col-time = Tid (UTC)
status-active = Aktiv
status-revoked = Återkallad
status-on = På
status-off = Av
status-yes = Ja
status-no = Nej
password-help = Minst 12 tecken. En mening med flera ord är både stark och lätt att komma ihåg.
password-too-short = Lösenordet måste ha minst 12 tecken.
password-too-long = Lösenordet är för långt (högst 256 tecken).
password-too-common = Lösenordet är för vanligt. Välj ett annat.
password-contains-email = Lösenordet får inte innehålla din e-postadress.
error-sign-in = E-postadressen, lösenordet eller koden är fel.
error-locked = För många misslyckade försök. Vänta 15 minuter och försök igen.
error-required = Fyll i fältet.
error-email = Ange en giltig e-postadress.
error-wrong-password = Nuvarande lösenord är fel.
error-wrong-code = Koden är fel eller har gått ut. Prova den senaste koden från appen.
error-totp-start-again = Börja om inställningen.
error-totp-not-enabled = Autentiseringsappen är inte påslagen.
error-already-member = Personen är redan medlem.
error-account-exists-sign-in = Det finns redan ett konto med adressen. Logga in först.
error-role = Välj en roll i listan.
error-role-not-invitable = Leverantörer bjuds in via en upphandling, inte som medlemmar.
error-last-admin = Organisationen måste ha minst en administratör.
error-token-days = Välj mellan 1 och 365 dagar.
error-language = Välj ett språk i listan.
error-not-found-title = Hittades inte
error-not-found = Sidan eller objektet finns inte, eller så har du inte behörighet till det.
error-forbidden-title = Ingen behörighet
error-forbidden = Din roll ger inte behörighet till detta.
error-invalid-title = Kunde inte sparas
error-internal-title = Något gick fel
error-internal = Något gick fel hos oss. Försök igen; händer det igen, kontakta din administratör.
notice-saved = Sparat.
notice-invited = Inbjudan har skickats.
notice-signed-out = Du är utloggad.
notice-password-changed = Lösenordet är bytt. Dina andra sessioner har loggats ut.
notice-reset-sent = Om adressen har ett konto är en länk för att välja nytt lösenord på väg.
notice-password-reset = Lösenordet är bytt. Logga in med det nya lösenordet.
notice-revoked = Återkallat.
notice-mfa-reset = Tvåstegsverifieringen är återställd. Medlemmen ställer in den igen vid nästa inloggning.
notice-removed = Medlemmen har tagits bort.
notice-joined = Du har gått med i organisationen.
link-invalid-title = Länken fungerar inte
link-invalid = Länken har använts, har gått ut eller finns inte.
home-title = Översikt
home-welcome = Välkommen, { $name }
home-role-in-org = I { $org } är din roll
home-security-heading = Ditt konto
home-totp-on = Tvåstegsverifiering är på.
home-totp-off = Tvåstegsverifiering är av.
home-sessions = { $count ->
    [one] Inloggad på en enhet.
   *[other] Inloggad på { $count } enheter.
    }
home-mail-heading = E-post är inte inställd
home-mail-not-configured = Ingen SMTP-server är inställd, så inbjudningar och lösenordslänkar väntar i kön tills en är det.
audit-title = Granskningslogg
audit-chain-ok = { $count ->
    [one] Loggens hashkedja är obruten (en post).
   *[other] Loggens hashkedja är obruten ({ $count } poster).
    }
audit-chain-broken = Loggens hashkedja är bruten vid post { $seq }: { $kind }. Kontakta systemägaren.
audit-break-altered = posten har ändrats
audit-break-deleted = en post före den har raderats
audit-break-inserted = posten har lagts till i efterhand
audit-break-reordered = poster har flyttats ur ordning
error-control-character = fältet innehåller ett styrtecken som inte hör hemma i text
error-query = frågeparametrarna passar inte operationen
audit-break-missing = hela loggen och dess senaste post är borta
audit-none = Inga poster matchar.
no-org-title = Ingen organisation
no-org-text = Ditt konto är inte medlem i någon organisation. Be en administratör om en inbjudan.
home-org-heading = Organisationen
home-mfa-coverage = medlemmar använder tvåstegsverifiering
home-pending-invitations = { $count ->
    [one] En inbjudan är inte besvarad än.
   *[other] { $count } inbjudningar är inte besvarade än.
    }
home-recent-heading = Senaste i granskningsloggen
error-json = Begäran är inte JSON så som denna slutpunkt tar emot.

mail-checkpoint-subject = Kontrollpunkt för granskningsloggen för { $org }: post { $seq }
mail-checkpoint-body =
    Hej,

    Så här ser granskningsloggen för { $org } ut nu: post { $seq }, SHA-256 { $hash }.
    Spara detta e-postmeddelande. Om någon senare skriver om eller raderar loggen visar
    ”tillit audit verify --witness” att raden nedan inte längre stämmer.

    { $checkpoint }

## Händelser i granskningsloggen
audit-action-export = Fil hämtad
audit-action-audit-export = Logg exporterad
