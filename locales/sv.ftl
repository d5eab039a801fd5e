# tillit — svenska
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
setup-title = Ställ in tillit
setup-intro = Skapa den första organisationen och dess administratör. Länken fungerar en gång.
login-title = Logga in
login-forgot = Glömt lösenordet?
mfa-title = Tvåstegsverifiering
mfa-intro = Ange koden från din autentiseringsapp.
mfa-code-help = Sex siffror från appen, eller en av dina återställningskoder.
reset-title = Glömt lösenord
reset-intro = Ange din e-postadress. Har den ett konto skickar vi en länk för att välja nytt lösenord.
reset-new-title = Välj nytt lösenord
invitation-title = Inbjudan
invitation-intro = Du är inbjuden till { $org } som { $role }.
invitation-sign-in-first = Du har redan ett konto. Logga in med det och öppna länken igen.
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
profile-title = Din profil
profile-details = Uppgifter
profile-password = Lösenord
profile-mfa = Tvåstegsverifiering
profile-recovery-left = { $count ->
    [one] En oanvänd återställningskod kvar.
   *[other] { $count } oanvända återställningskoder kvar.
    }
profile-more = Mer
totp-title = Autentiseringsapp
totp-required = Din roll eller organisation kräver tvåstegsverifiering. Ställ in den för att fortsätta.
totp-step-app = Öppna en autentiseringsapp i telefonen (till exempel Microsoft Authenticator, Google Authenticator eller FreeOTP).
totp-step-scan = Skanna QR-koden med appen.
totp-manual = Eller skriv in nyckeln för hand:
totp-step-code = Ange den sexsiffriga koden som appen visar.
recovery-title = Dina återställningskoder
recovery-intro = Förvara koderna säkert. Varje kod fungerar en gång om du tappar bort telefonen. De visas bara nu.
sessions-title = Var du är inloggad
sessions-intro = Det här är dina aktiva sessioner. Logga ut dem du inte känner igen.
sessions-this = den här sessionen
tokens-title = API-nycklar
tokens-intro = Personliga nycklar till API:et. En nyckel agerar i den här organisationen med din roll, och går ut.
tokens-new = Ny nyckel
tokens-copy-now = Kopiera nyckeln nu. Den visas inte igen.
members-title = Medlemmar
invite-title = Bjud in en medlem
invitations-pending = Väntande inbjudningar
reset-mfa-help = Tar bort medlemmens autentiseringsapp, återställningskoder och nyckelkoder, och loggar ut medlemmen överallt.
roles-title = Roller och behörigheter
roles-intro = Vad varje roll får göra. Tabellen är regeln som tillit tillämpar på varje sida och i API:et.
org-settings-title = Organisationens inställningar
require-mfa-help = Administratörer behöver alltid tvåstegsverifiering. Det här slår på den för alla medlemmar.
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
audit-none = Inga poster matchar.
no-org-title = Ingen organisation
no-org-text = Ditt konto är inte medlem i någon organisation. Be en administratör om en inbjudan.
mail-invite-subject = Inbjudan till { $org } i tillit
mail-invite-body =
    Hej,

    { $inviter } har bjudit in dig till { $org } i tillit som { $role }.

    Öppna länken för att tacka ja (giltig i { $days } dagar):
    { $link }

    Om du inte väntade dig inbjudan kan du bortse från mejlet.
mail-reset-subject = Välj nytt lösenord för tillit
mail-reset-body =
    Hej,

    Någon har bett om att välja nytt lösenord för ditt tillit-konto.
    Öppna länken inom { $minutes } minuter:
    { $link }

    Var det inte du kan du bortse från mejlet; lösenordet förblir detsamma.
passkeys-title = Nyckelkoder
passkeys-intro = En nyckelkod loggar in dig med enhetens fingeravtryck, ansikte eller PIN i stället för en kod.
passkeys-or = Eller använd en nyckelkod
field-passkey-name = Nyckelkodens namn
passkey-name-example = t.ex. jobbdator
passkey-working = Följ webbläsarens instruktioner …
action-add-passkey = Lägg till nyckelkod
action-use-passkey = Använd nyckelkod
action-remove = Ta bort
error-passkey = Nyckelkoden kunde inte användas. Försök igen eller använd en kod.
error-passkey-algorithm = Nyckelkoden använder en nyckeltyp som tillit inte godtar (P-256 krävs).
home-org-heading = Organisationen
home-mfa-coverage = medlemmar använder tvåstegsverifiering
home-pending-invitations = { $count ->
    [one] En inbjudan är inte besvarad än.
   *[other] { $count } inbjudningar är inte besvarade än.
    }
home-recent-heading = Senaste i granskningsloggen
perm-catalogue_view = Se och söka i kravkataloger och ISO/IEC 27002
nav-catalogues = Krav
catalogue-nav-label = Kravkatalog
catalogues-intro = Kravkataloger där varje krav är kopplat till ISO/IEC 27002:2022.
catalogue-count = { $count ->
    [one] ett krav
   *[other] { $count } krav
    }
catalogue-builtin = inbyggd
catalogue-purpose = Syfte med kraven:
catalogue-search-in = Sök i den här katalogen
requirement-heading = Krav
requirement-guidance = Vägledning
requirement-references = Referenser
requirement-citations = Vad de citerade avsnitten motsvarar
requirement-mappings = Kopplat till ISO/IEC 27002:2022
mapping-relationship = Förhållande
mapping-origin = Ursprung
mapping-rationale = Motivering
relationship-equal = lika
relationship-subset = delmängd (kravet är en del av åtgärden)
relationship-superset = övermängd (kravet begär mer)
relationship-intersect = överlappande
origin-source = från källan
origin-proposed = föreslagen
origin-organisation = tillagd av organisationen
iso-title = ISO/IEC 27002:2022
iso-intro = De 93 säkerhetsåtgärderna med tema och attribut, och hur många krav som täcker var och en.
iso-covered-by = Krav
iso-new = ny 2022
iso-new-control = Ny 2022: ingen åtgärd från 2013 motsvarar den.
iso-attributes = Attribut
iso-theme = Tema
iso-attr-control-type = Typ av åtgärd
iso-attr-properties = Informationssäkerhetsegenskaper
iso-attr-concepts = Cybersäkerhetskoncept
iso-attr-capabilities = Operativ förmåga
iso-attr-domains = Säkerhetsdomäner
iso-predecessors = ISO/IEC 27002:2013
iso-covering = Krav som täcker åtgärden
iso-not-covered = Inga krav i era kataloger täcker den här åtgärden.
iso-theme-organizational = Organisatoriska säkerhetsåtgärder
iso-theme-people = Personrelaterade säkerhetsåtgärder
iso-theme-physical = Fysiska säkerhetsåtgärder
iso-theme-technological = Tekniska säkerhetsåtgärder
search-title = Sök bland krav
search-label = Sök efter
search-placeholder = t.ex. säkerhetskopiering
search-catalogue = Katalog
search-all = Alla
search-attribute = ISO-attribut
search-count = { $count ->
    [one] Ett krav hittades.
   *[other] { $count } krav hittades.
    }
action-search = Sök
coverage-title = Täckning
coverage-intro = Vilka krav i varje katalog som täcker varje åtgärd i ISO/IEC 27002:2022, och var varje katalog har luckor.
coverage-choose = Kataloger att jämföra
action-compare = Jämför
action-download-excel = Ladda ner som Excel
coverage-summary = Åtgärder som täcks
coverage-controls-covered = { $count } av 93 åtgärder
coverage-gaps = Skillnader
coverage-only-in = { $count } åtgärder täcks av
coverage-not-in = men inte av
coverage-matrix = Åtgärd för åtgärd
coverage-col-control = Åtgärd
coverage-gap = inte täckt
coverage-sheet-matrix = Täckning
coverage-sheet-gaps = Skillnader
coverage-col-covered-by = Täcks av
coverage-col-not-by = Täcks inte av
gap-title = Från 2013 till 2022
gap-intro = Kryssa i de åtgärder från ISO/IEC 27002:2013 som organisationen har på plats. tillit visar vilka åtgärder i 2022 års utgåva de motsvarar, och vilka 2022-åtgärder ni fortfarande saknar, bland dem de 11 nya.
gap-have = Vi har den
gap-compute = Visa luckorna
gap-carried = { $count } åtgärder i 2022 täcks av det ni har
gap-missing = { $count } åtgärder i 2022 återstår
perm-catalogue_edit = Importera och redigera organisationens egna kataloger
import-title = Importera en katalog
import-upload = Välj en fil
import-intro = En OSCAL-katalog i JSON (till exempel NIST SP 800-53). tillit kontrollerar hela filen först och visar vad den hittade; inget importeras förrän du bekräftar.
import-file = Fil
action-check-file = Kontrollera filen
import-ready = Klar att importera
import-areas = { $count } områden
import-requirements = krav
import-nested = { $count } av dem under ett annat krav
import-warnings = { $count } anmärkningar (de stoppar inte importen)
import-problems = { $count } problem hittades.
import-nothing-written = Inget importerades.
action-import = Importera
action-export-oscal = Exportera som OSCAL
notice-imported = Katalogen har importerats.
error-no-file = Välj en fil att importera.
error-file-too-large = Filen är större än 20 MB.
error-import-has-problems = Filen har problem; rätta dem och ladda upp den igen.
