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
error-control-character = fältet innehåller ett styrtecken som inte hör hemma i text
error-query = frågeparametrarna passar inte operationen
audit-break-missing = hela loggen och dess senaste post är borta
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
import-intro = En OSCAL-katalog i JSON (till exempel NIST SP 800-53), eller en Excel-arbetsbok eller CSV-fil med kolumnerna area, ref och text (se dokumentationen för alla kolumner). tillit kontrollerar hela filen först och visar vad den hittade; inget importeras förrän du bekräftar.
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
catalogue-new = Ny katalog
catalogue-new-title = Titel
catalogue-publish-heading = Publicera
catalogue-publish-help = Publicering fryser den här versionen med en SHA-256 över innehållet. En senare ändring blir en ny version; den här förblir som den är.
action-publish = Publicera
catalogue-add-heading = Lägg till ett krav
catalogue-field-ref = Nummer
catalogue-field-area = Område
catalogue-field-text = Kravtext
action-add = Lägg till
action-copy = Kopiera
requirement-edit = Redigera
requirement-edit-help = En ändring efter publicering hamnar i nästa version.
requirement-copied-from = Kopierat från
requirement-copy-to = Kopiera till egen katalog
versions-title = Versioner och ändringar
versions-version = version { $version }
versions-draft = utkast (inte publicerat)
versions-draft-short = utkast
versions-published-short = publicerad
versions-col-version = Version
versions-col-published = Publicerad
versions-from = Från
versions-to = Till
versions-changes = Ändringar
versions-no-changes = Inga ändringar.
versions-added = tillagt
versions-removed = borttaget
versions-changed = ändrat
notice-copied = Kravet har kopierats.
notice-published = Versionen har publicerats.
error-too-long = Texten är för lång.
error-reference-taken = Katalogen har redan ett krav med det numret.
error-nothing-to-publish = Det finns inga ändringar att publicera.
error-empty-catalogue = En tom katalog kan inte publiceras.
mapping-add = Lägg till en egen koppling
error-control = Välj en åtgärd i listan.
error-relationship = Välj ett förhållande i listan.
error-mapping-exists = Organisationen har redan kopplat kravet till den åtgärden.
nav-procurements = Upphandlingar
perm-procurement_view = Se upphandlingar
perm-procurement_edit = Skapa, klassa och flytta upphandlingar
case-new = Ny upphandling
field-case-number = Diarienummer
case-none = Inga upphandlingar ännu.
case-status-heading = Status
case-status-draft = Utkast
case-status-published = Annonserad
case-status-evaluation = Utvärdering
case-status-awarded = Tilldelad
case-status-closed = Avslutad
case-status-cancelled = Avbruten
case-move-published = Annonsera
case-move-evaluation = Starta utvärderingen
case-move-awarded = Tilldela
case-move-closed = Avsluta
case-move-cancelled = Avbryt upphandlingen
classification-heading = Vad som köps och vad det hanterar
classification-help = Klassningen avgör kritikalitetsnivån. Den kan ändras så länge ärendet är ett utkast.
field-kind = Vad som köps
kind-saas = Programvara som tjänst (SaaS)
kind-supplier_hosting = Drift hos leverantören
kind-on_premises = Programvara i egna system
kind-operation_maintenance = Drift och underhåll
kind-consultancy = Konsulttjänster
field-confidentiality = Konfidentialitet
field-integrity = Riktighet
field-availability = Tillgänglighet
field-traceability = Spårbarhet
level-1 = 1 – låg
level-2 = 2 – måttlig
level-3 = 3 – hög
level-4 = 4 – mycket hög
level-1-help = En incident ger liten skada: olägenhet, inget mer.
level-2-help = En incident ger viss skada för personer eller kommunen, som går att rätta till.
level-3-help = En incident ger allvarlig skada: på personers hälsa, rättigheter eller ekonomi, eller på viktiga tjänster.
level-4-help = En incident ger mycket allvarlig eller bestående skada, på liv och hälsa eller på samhällsviktiga tjänster.
field-personal-data = Hanterar personuppgifter
field-special-categories = Hanterar känsliga personuppgifter (GDPR art. 9: hälsa, etnicitet, religion …)
field-data-subjects = Antal personer uppgifterna gäller
field-location = Var uppgifterna lagras och behandlas
location-domestic = I Norge eller Sverige
location-eea = I övriga EES
location-outside_eea = Utanför EES
field-users = Antal användare
field-internet-exposed = Nåbar från internet
tier-heading = Kritikalitet
tier-label = Nivå:
tier-low = låg
tier-medium = medel
tier-high = hög
tier-critical = kritisk
tier-overridden = åsidosatt
tier-rule-says = Regeln ger
tier-reasoning = Så följer nivån
tier-override = Åsidosätt nivån
tier-no-override = Ingen åsidosättning (använd regeln)
tier-override-reason = Motivering
tier-reason-highest-level = Högsta nivån för konfidentialitet, riktighet, tillgänglighet och spårbarhet ger { $tier }.
tier-reason-many-subjects = Personuppgifter om fler än 10 000 personer: minst { $tier }.
tier-reason-special-categories = Känsliga personuppgifter: minst { $tier }.
tier-reason-special-many = Känsliga personuppgifter om fler än 10 000 personer: { $tier }.
tier-reason-exposed-supplier = Leverantören har uppgifterna, tjänsten är nåbar från internet och konfidentialitet eller riktighet är hög: minst { $tier }.
tier-reason-many-users = Fler än 10 000 användare och hög tillgänglighet: minst { $tier }.
tier-reason-outside-eea = Personuppgifter lagras eller behandlas utanför EES: ett steg upp, till { $tier }.
error-case-number-taken = Det finns redan ett ärende med det numret.
error-level = Välj en nivå från 1 till 4.
error-special-without-personal = Känsliga personuppgifter är personuppgifter: kryssa i personuppgifter också.
error-case-not-draft = Detta kan bara ändras medan ärendet är ett utkast.
error-override-reason = Skriv en motivering på minst 10 tecken för åsidosättningen.
error-status-move = Ärendet kan inte flyttas till den statusen härifrån.
error-number = Skriv ett heltal.
error-choose = Välj i listan.
set-proposal-heading = Föreslagen kravuppsättning
set-proposal-help = Vad nivån kräver av leverantören, från de inbyggda katalogerna: principiella krav på alla nivåer, baskrav från medel, tilläggskrav från hög (som utvärderingskriterier; på kritisk som ska-krav).
set-kind-must = ska-krav
set-kind-award = bör-krav
set-must-count = { $count ->
    [one] ett ska-krav
   *[other] { $count } ska-krav
    }
set-award-count = { $count ->
    [one] ett bör-krav
   *[other] { $count } bör-krav
    }
set-heading = Kravuppsättning
set-help = Kraven som denna upphandling ställer på leverantören. Börja med förslaget och lägg sedan till, ta bort eller formulera om; vikterna för bör-kraven ska tillsammans bli 100 %. Kravuppsättningen kan ändras medan ärendet är ett utkast.
set-empty = Inga krav är valda ännu.
set-adopt = Använd förslaget (ersätter kravuppsättningen)
set-add = Lägg till eller ändra ett krav
set-own-wording = egen formulering
set-ready = Klar att annonseras: kravuppsättningen ställer krav och vikterna för bör-kraven blir tillsammans 100 %.
set-weights-not-hundred = Vikterna för bör-kraven blir tillsammans { $sum } %, inte 100 %.
set-weights-out-of-range = Varje bör-krav behöver en vikt från 1 till 100 %.
field-requirement = Krav
field-set-kind = Ställs som
field-weight = Vikt (%)
field-wording = Formulering i denna upphandling (tom: katalogens)
error-weight = Ett bör-krav behöver en vikt från 1 till 100 %.
error-requirement-in-set = Ett upphandlingsärende ställer detta krav; ta bort det från ärendets kravuppsättning först.
error-set-empty = Välj kravuppsättningen innan upphandlingen annonseras.
error-set-weights = Vikterna för bör-kraven måste bli 100 % tillsammans innan upphandlingen annonseras.
set-change = Ändra

## Annonsering och rättelser
tender-heading = Upphandling
tender-help = Annonseringen fryser kravuppsättningen som version 1 med ett SHA-256-fingeravtryck. Sätt sista anbudsdag först.
field-deadline = Sista anbudsdag
deadline-none = inte satt
local-time = norsk/svensk tid
error-deadline-format = Sista anbudsdag: ange datum och klockslag, till exempel 2027-01-15 12:00.
error-deadline-past = Sista anbudsdag: tidpunkten måste ligga i framtiden.
error-deadline-missing = Sista anbudsdag: sätt en tidpunkt i framtiden innan annonsering.
error-case-not-open = Sista anbudsdag: tidpunkten kan bara ändras före annonsering eller medan upphandlingen pågår.
error-set-frozen = Kravuppsättning: den annonserade kravuppsättningen är fryst. Öppna en rättelse för att göra en ny version.
error-correction-not-possible = En rättelse kan bara öppnas medan upphandlingen är annonserad och ingen rättelse är öppen.
error-correction-not-open = Öppna en rättelse innan du annonserar den.
error-correction-open = Annonsera först den öppna rättelsen av kravuppsättningen.
error-correction-note = Rättelse: beskriv med minst 10 tecken vad rättelsen ändrar.
error-correction-unchanged = Kravuppsättning: rättelsen ändrar ingenting jämfört med den annonserade versionen.
set-version = Version { $version }
set-versions-heading = Annonserade versioner av kravuppsättningen
set-versions-help = Varje annonserad version förblir som den annonserades. SHA-256-fingeravtrycket står på varje export, så att alla kan kontrollera att ett dokument hör till denna version.
set-versions-link = Alla annonserade versioner och deras ändringar
set-not-published = Kravuppsättningen är inte annonserad ännu.
field-published = Annonserad
field-correction-note = Vad rättelsen ändrar
set-changes-heading = Ändringar från föregående version
set-change-added = { $ref }: tillagt
set-change-removed = { $ref }: borttaget
set-change-field-text = formulering
set-change-field-kind = ska eller bör
set-change-field-weight = vikt
set-original-wording = Katalogens formulering
correction-open-help = En rättelse är öppen: ändra kravuppsättningen nedan och annonsera den som nästa version. Anbudsgivarna ser den annonserade versionen till dess.
action-open-correction = Öppna en rättelse
action-publish-correction = Annonsera rättelsen

## Anbudsgivare och leverantörsportalen
bidders-heading = Anbudsgivare
bidders-none = Inga anbudsgivare har bjudits in ännu.
bidder-invite = Bjud in en anbudsgivare
bidder-invite-help = Kontaktpersonen får en personlig länk via e-post till just detta anbud. Den fungerar till sista anbudsdag och kan dras tillbaka.
field-company = Företag
field-country = Land
country-no = Norge
country-se = Sverige
field-org-number = Organisationsnummer
field-contact-email = Kontaktpersonens e-post
action-invite-bidder = Bjud in
error-company = Företag: ange företagets namn.
error-orgnr-no = Organisationsnummer: ett norskt organisationsnummer har 9 siffror och en giltig kontrollsiffra.
error-orgnr-se = Organisationsnummer: ett svenskt organisationsnummer har 10 siffror och en giltig kontrollsiffra.
error-bidder-exists = Organisationsnummer: detta företag är redan inbjudet till denna upphandling.
error-bid-not-published = Anbudsgivare kan bjudas in, och länkar skickas, bara medan upphandlingen är annonserad.
error-deadline-passed = Sista anbudsdag: tidpunkten har passerat.
bid-status-invited = inbjuden
bid-status-draft = svarar (utkast)
bid-status-submitted = inlämnat
bid-source-portal = leverantörsportalen
bid-source-excel = anbudsgivarens returnerade Excel-blad
field-bid-source = Svar från
field-submitted = Inlämnat
field-receipt = Kvitto (SHA-256)
bid-links-heading = Personliga länkar
bid-links-help = Bara en hash av länken sparas. En ny länk gör alla tidigare länkar ogiltiga.
field-created = Skapad
field-expires = Upphör
link-live = fungerar
link-revoked = tillbakadragen
link-expired = utgången
action-send-new-link = Skicka en ny länk
action-revoke-links = Dra tillbaka alla länkar
bid-answers-heading = Svar
field-answer = Svar
field-description = Beskrivning
field-evidence-ref = Hänvisning till underlag
answer-none = inte besvarat
answer-met = uppfyllt
answer-partly_met = delvis uppfyllt
answer-not_met = inte uppfyllt
answer-not_applicable = inte tillämpligt
evidence-heading = Underlag
evidence-none = Inget underlag har laddats upp.
evidence-help = PDF, bilder (PNG, JPEG) och kontorsdokument (Word, Excel, PowerPoint, OpenDocument) på upp till { $mb } MB. Dokument med makron avvisas. Varje fil sparas med sitt SHA-256-fingeravtryck.
field-file = Fil
action-upload = Ladda upp
certificates-heading = Certifikat
certificates-none = Inga certifikat har registrerats.
field-certificate = Certifikat
field-certificate-name = Namn (för ett annat certifikat)
certificate-other = Ett annat certifikat
field-scope = Omfattning
field-issuer = Utfärdat av
field-valid-until = Giltigt till
field-certificate-evidence = Certifikatet som underlag
error-certificate-name = Namn: ange certifikatets namn.
error-certificate-scope = Omfattning: beskriv vad certifikatet omfattar.
error-certificate-issuer = Utfärdat av: ange certifieringsorganet.
error-certificate-valid-until = Giltigt till: ange datumet då certifikatet upphör.
portal-title = Besvara upphandlingen
portal-for = Anbud från
portal-set = Kravuppsättning
portal-help = Besvara varje krav, beskriv hur ni uppfyller det och ladda upp underlag. Ni kan spara ett utkast och komma tillbaka med samma länk fram till sista anbudsdag. När anbudet är inlämnat låses det.
portal-answers-heading = Krav och svar
portal-submit-heading = Lämna in anbudet
portal-submit-help = När ni lämnar in låses svaren. Ni får ett kvitto via e-post med ett fingeravtryck av det som lämnades in.
portal-unanswered = { $count } krav är inte besvarade ännu.
portal-submitted-at = Inlämnat { $at }. Svaren är låsta.
portal-locked-submitted = Anbudet är inlämnat och låst.
portal-locked-deadline = Sista anbudsdag har passerat. Svaren kan inte längre ändras.
portal-locked-closed = Upphandlingen är inte öppen för svar.
action-save-draft = Spara utkast
action-submit-bid = Lämna in anbudet
action-back-to-bid = Tillbaka till anbudet
notice-submitted = Anbudet är inlämnat. Ett kvitto har skickats via e-post.
error-portal-link = Den här länken fungerar inte: den är okänd, ersatt eller tillbakadragen, eller så har sista anbudsdag passerat. Be den upphandlande organisationen om en ny länk.
error-too-many-attempts = För många misslyckade försök från din adress. Vänta en kvart och försök igen.
error-portal-deadline = Sista anbudsdag: tidpunkten har passerat, så inget kan ändras.
error-portal-submitted = Anbudet är inlämnat och låst.
error-portal-closed = Upphandlingen är inte öppen för svar.
error-portal-unknown-requirement = Krav: svaret gäller ett krav som inte finns i denna upphandlings kravuppsättning.
error-portal-stale = Anbudet har ändrats i ett annat fönster eller av en kollega sedan sidan öppnades. Ladda om sidan och spara igen.
error-portal-unanswered = Svar: besvara varje krav innan ni lämnar in; de obesvarade är markerade.
error-portal-explain-gaps = Beskrivning: beskriv varje svar som inte är ”uppfyllt” innan ni lämnar in.
error-evidence-empty = Fil: filen är tom.
error-evidence-too-large = Fil: filen är större än gränsen.
error-evidence-type = Fil: bara PDF, bilder (PNG, JPEG) och kontorsdokument kan laddas upp.
error-evidence-extension = Fil: filnamnet stämmer inte med innehållet. Ge filen rätt ändelse.
error-evidence-macro = Fil: dokument med makron avvisas. Spara utan makron.
error-evidence-legacy = Fil: gamla eller lösenordsskyddade Office-filer (.doc, .xls) avvisas. Spara som .docx eller .xlsx utan lösenord.
error-evidence-bomb = Fil: filen packas upp till långt mer än ett riktigt dokument gör.
mail-bid-invite-subject = Inbjudan att svara: { $case }
mail-bid-invite-body =
    Hej,

    { $org } bjuder in { $company } att besvara säkerhetskraven i upphandlingen { $case }.

    Öppna er personliga länk för att svara (den fungerar till sista anbudsdag, { $deadline } svensk tid):
    { $link }

    Länken gäller just detta anbud. Vidarebefordra den inte.
mail-bid-receipt-subject = Kvitto: ert anbud i { $case }
mail-bid-receipt-body =
    Hej,

    { $org } tog emot anbudet från { $company } i { $case } { $submitted }.

    Svar: { $answers }. Underlagsfiler: { $evidence }.
    Kravuppsättning (SHA-256): { $set_hash }
    Kvitto (SHA-256 av det som lämnades in): { $receipt }

    Spara detta e-postmeddelande: kvittot visar exakt vad som lämnades in.
mail-bid-correction-subject = Rättelse av kraven: { $case }
mail-bid-correction-body =
    Hej,

    { $org } har annonserat version { $version } av kravuppsättningen i { $case }.

    Vad som ändrats: { $note }

    Svar på krav som inte ändrats behålls; { $cleared } svar på ändrade krav måste lämnas på nytt. Anbudet öppnat för ny inlämning: { $reopened }.
    Kravuppsättning (SHA-256): { $set_hash }
    Sista anbudsdag: { $deadline } svensk tid.

    Använd länken ni redan har.
mail-bid-deadline-subject = Ny sista anbudsdag: { $case }
mail-bid-deadline-body =
    Hej,

    { $org } har ändrat sista anbudsdag i { $case } till { $deadline } svensk tid.

    Använd länken ni redan har.

## Upphandlingsbilaga och returnerat svarsformulär
annex-heading = Upphandlingsbilaga
annex-xlsx = Svarsformulär (Excel)
error-set-not-published = Kravuppsättning: annonsera upphandlingen först.
sheet-name = Svar
sheet-title = Säkerhetskrav: svarsformulär
sheet-buyer = Upphandlande organisation
sheet-case = Upphandling
sheet-instructions = Svara bara i kolumn G–I. Välj svaret i listan, beskriv hur ni uppfyller kravet och hänvisa till ert underlag. Kravkolumnerna är låsta; ändrade krav avvisas när formuläret läses in igen.
sheet-col-id = Krav-id
sheet-col-ref = Nr
sheet-col-area = Område
sheet-col-text = Krav
sheet-col-kind = Ska eller bör
sheet-col-weight = Vikt
sheet-col-status = Svar
sheet-col-description = Beskrivning
sheet-col-evidence = Hänvisning till underlag
bid-import-heading = Svar returnerade som Excel-formulär
bid-import-help = Ladda upp svarsformuläret som anbudsgivaren returnerade. Det kontrolleras mot den annonserade kravuppsättningen (varje krav, formuleringen och kravuppsättningens fingeravtryck) och läses in som inlämnat anbud, allt eller inget.
action-import-sheet = Kontrollera och läs in
import-problems-title = Svarsformuläret lästes inte in
import-problems-help = Inget har sparats. Rätta detta i formuläret (eller be anbudsgivaren göra det) och ladda upp det igen.
import-col-where = Var
import-col-problem = Problem
import-other-set = Formuläret hör till kravuppsättningen i en annan upphandling.
import-wrong-hash = Kravuppsättningens fingeravtryck i formuläret stämmer inte: formuläret har ändrats.
import-old-version = Formuläret besvarar version { $old } av kravuppsättningen; upphandlingen är på version { $new }. Skicka det nya svarsformuläret till anbudsgivaren.
import-unknown-requirement = Rad { $row }: krav-id { $id } finns inte i denna upphandlings kravuppsättning.
import-duplicate = Rad { $row }: detta krav är besvarat två gånger.
import-altered-text = Rad { $row }: formuleringen i krav { $ref } har ändrats.
import-no-answer = Rad { $row }: inget svar är valt.
import-bad-status = Rad { $row }: ”{ $value }” är inte ett av svaren i listan.
import-explain = Rad { $row }: beskriv ett svar som inte är ”uppfyllt”.
import-missing = Krav { $ref } saknas i formuläret.
import-no-id = Rad { $row }: krav-id (kolumn A) saknas.

## Utvärdering och jämförelse
evaluation-heading = Utvärdering
evaluation-title = Utvärdering
evaluation-help = Bedöm varje krav självständigt: godkänt eller underkänt för ett ska-krav, 0–10 för ett bör-krav, alltid med skriftlig motivering. Andra utvärderares bedömningar visas bara för utvärderingsledaren.
evaluation-mine = Mina bedömningar
evaluation-others = Alla utvärderare
evaluation-mean = medel { $mean }
field-lead-evaluator = Utvärderingsledare
lead-none = inte vald
field-verdict = Bedömning
field-score = Poäng (0–10)
field-justification = Motivering
verdict-pass = godkänt
verdict-fail = underkänt
judgement-open = inte bedömt
consensus-heading = Gemensam bedömning
consensus-help = Som utvärderingsledare registrerar du utvärderingsgruppens gemensamma bedömning av varje krav. Den gemensamma bedömningen avgör resultatet.
action-save-consensus = Spara den gemensamma bedömningen
comparison-title = Jämförelse av anbudsgivare
comparison-none = Inga anbud har lämnats in.
comparison-ranking = Rangordning
comparison-chart = Viktad summa per anbudsgivare (0–100 poäng)
comparison-per-requirement = Per krav
col-rank = Plats
col-total = Viktad summa
col-by-area = Poäng per område
col-gaps = Inte helt uppfyllt
bid-rejected = förkastat
evaluation-complete = Alla anbud har en gemensam bedömning av alla krav: utvärderingsledaren kan signera utvärderingen.
evaluation-incomplete = Den gemensamma bedömningen är inte klar ännu.
evaluation-signed-off-at = Utvärderingen signerades { $at } och är låst.
action-sign-off = Signera utvärderingen
error-lead-evaluator = Utvärderingsledare: välj en medlem som får redigera upphandlingsärenden.
error-evaluation-signed-off = Utvärderingen är signerad och låst.
error-evaluation-not-open = Anbud utvärderas bara medan ärendet är under utvärdering.
error-evaluation-before-deadline = Status: anbuden öppnas för utvärdering först efter sista anbudsdag.
error-award-before-sign-off = Status: kontraktet tilldelas först när utvärderingen är signerad.
error-bid-not-submitted = Bara inlämnade anbud utvärderas.
error-not-lead = Bara utvärderingsledaren registrerar den gemensamma bedömningen och signerar.
error-evaluation-incomplete = Utvärdering: alla anbud måste ha en gemensam bedömning av alla krav före signering.
error-judgement-kind = Bedömning: ett ska-krav är godkänt eller underkänt; ett bör-krav får poäng.
error-score-range = Poäng: ange ett heltal från 0 till 10.
error-justification = Motivering: skriv minst 10 tecken om varför.

## Dokument: upphandlingsbilaga och beslutsunderlag
code-must = SKA
code-award = BÖR
doc-col-what = Punkt
doc-col-value = Värde
doc-yes = ja
doc-no = nej
annex-doc-title = Bilaga: säkerhetskrav, { $case }
annex-doc-codes = Kod SKA är ett ska-krav (obligatoriskt krav): ett anbud som inte uppfyller det förkastas. Kod BÖR är ett bör-krav (utvärderingskriterium): det ges 0–10 poäng och räknas med sin vikt. Besvara varje krav i sista kolumnen eller i svarsformuläret.
annex-col-code = Kod
annex-col-answer = Leverantörens svar
annex-docx = Bilaga (Word)
annex-pdf = Bilaga (PDF)
annex-oscal = Kravuppsättning (OSCAL-profil)
report-heading = Beslutsunderlag
report-pdf = Beslutsunderlag (PDF)
report-docx = Beslutsunderlag (Word)
report-xlsx = Beslutsunderlag (Excel)
report-title = Beslutsunderlag: { $case }
report-subject = Utvärdering av anbud och underlag för tilldelningsbeslutet
report-classification = Klassificering och kritikalitet
report-set = Den annonserade kravuppsättningen
report-bidder = Anbudsgivare: { $company }
report-sheet-case = Ärende
report-sheet-set = Krav
report-sheet-judgements = Bedömningar
report-sheet-log = Utvärderingslogg
report-col-failed = Underkända ska-krav
report-col-evaluator = Utvärderare
report-col-time = Tidpunkt
report-col-who = Vem
report-col-action = Åtgärd
report-col-changes = Ändringar

## Kravnivåer per organisation
levels-title = Nivåer för kritikalitetsnivåerna
levels-help = Kravets nivå avgör från vilket kritikalitetsnivå förslaget ställer det: principiellt från låg, grundläggande från medel, tillägg från hög (som bör-krav på hög, som ska-krav på kritisk). ”Föreslås inte” håller det utanför; det kan fortfarande läggas till för hand. De inbyggda katalogerna har nivåer enligt marknadsplatsens principiella, grundläggande och tilläggskrav.
levels-default = Standard
levels-own = Denna organisation
levels-effective = Gällande
levels-use-default = använd standard
level-name-principal = principiellt (från låg)
level-name-basic = grundläggande (från medel)
level-name-additional = tillägg (från hög)
level-name-none = föreslås inte
error-json = Begäran är inte JSON så som denna slutpunkt tar emot.

report-checkpoint = Kontrollpunkt för granskningsloggen
report-checkpoint-text = Granskningsloggens senaste post när rapporten skapades, signerad med tillits nyckel. Med denna rad kan en revisor senare kontrollera att loggen inte har skrivits om (tillit audit verify --witness).
mail-checkpoint-subject = Kontrollpunkt för granskningsloggen för { $org }: post { $seq }
mail-checkpoint-body =
    Hej,

    Så här ser granskningsloggen för { $org } ut nu: post { $seq }, SHA-256 { $hash }.
    Spara detta e-postmeddelande. Om någon senare skriver om eller raderar loggen visar
    ”tillit audit verify --witness” att raden nedan inte längre stämmer.

    { $checkpoint }
