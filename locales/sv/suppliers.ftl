# Leverantörer och avtal: registret, avtalen och reglerna de kontrolleras mot.

perm-supplier_view = Se leverantörsregistret, avtalen, personuppgiftsbiträdesavtalen och certifikaten
perm-supplier_edit = Registrera och ändra leverantörer och avtal, och göra ett tilldelat anbud till ett avtal

error-orgnr-empty = Organisationsnummer: skriv leverantörens organisationsnummer.
error-orgnr-character = Organisationsnummer: tecken { $position } (”{ $found }”) är inte en siffra.
error-orgnr-length = Organisationsnummer: det har { $found } siffror; det ska ha { $expected }.
error-orgnr-mod11 = Organisationsnummer: kontrollsiffran (modulus 11, den nionde siffran) ska vara { $expected }, inte { $found }. Kontrollera om det är ett skrivfel.
error-orgnr-mod11-never = Organisationsnummer: de åtta första siffrorna ger kontrollsiffran 10 enligt modulus 11, och sådana nummer delas inte ut. Kontrollera om det är ett skrivfel.
error-orgnr-luhn = Organisationsnummer: kontrollsiffran (Luhn, den tionde siffran) ska vara { $expected }, inte { $found }. Kontrollera om det är ett skrivfel.
error-supplier-name = Juridiskt namn: skriv leverantörens registrerade namn.
error-supplier-website = Webbplats: skriv en adress som börjar med https:// (eller http://).
error-contract-ends-before-start = Slutdatum: avtalet kan inte sluta innan det börjar.
error-contract-call-off-framework = Ramavtal: ett avrop görs under ett ramavtal; välj det.
error-contract-not-framework = Ramavtal: välj ett ramavtal med samma leverantör.
error-contract-framework-call-off-only = Ramavtal: bara avrop görs under ett ramavtal.
error-contract-notice = Uppsägningstid: högst 120 månader.

audit-action-supplier-create = Leverantör registrerad
audit-action-supplier-update = Leverantörsuppgifter ändrade
audit-action-supplier-status = Leverantörsstatus ändrad
audit-action-supplier-contact-add = Kontaktperson hos leverantör tillagd
audit-action-supplier-contact-remove = Kontaktperson hos leverantör borttagen
audit-action-contract-create = Avtal registrerat

error-date = Skriv datumet som år-månad-dag (2027-01-31).
error-supplier-duplicate = Organisationsnummer: registret har redan en leverantör med det numret.
error-supplier-status = Status: leverantören kan inte gå dit från sin nuvarande status.
error-supplier-phone = Telefon: bara siffror, mellanslag och + - ( ), högst 40.
error-contract-not-awarded = Ärendet är inte tilldelat: avtalet görs av det vinnande anbudet efter tilldelningen.
error-contract-standstill = Avtalsspärren har inte löpt ut: avtalet får ingås när den har det.
error-contract-exists = Det här ärendet har redan blivit ett avtal.

nav-suppliers = Leverantörer
nav-contracts = Avtal
supplier-new = Registrera en leverantör
supplier-none = Inga leverantörer ännu. En leverantör registreras här, eller när ett tilldelat anbud blir ett avtal.
field-legal-name = Juridiskt namn
field-parent-group = Koncern (moderbolag)
field-website = Webbplats
field-name = Namn
field-phone = Telefon
field-contact-role = Roll
field-supplier = Leverantör
col-tier = Kritikalitet
col-contracts = Avtal i kraft / alla
supplier-status-prospective = Potentiell
supplier-status-active = Aktiv
supplier-status-suspended = Avstängd
supplier-status-exited = Avslutad
supplier-to-active = Gör aktiv
supplier-to-suspended = Stäng av
supplier-to-exited = Markera som avslutad
supplier-contacts = Kontaktpersoner
supplier-contacts-none = Inga kontaktpersoner ännu: lägg in säkerhetskontakt, incidentlinje dygnet runt och dataskyddsombud.
contact-role-security = Säkerhetskontakt
contact-role-incident_line = Incidentlinje (dygnet runt)
contact-role-dpo = Dataskyddsombud
contact-role-account_manager = Kundansvarig
supplier-bids = Anbud i våra upphandlingar
supplier-bids-none = Inga anbud i den här organisationens upphandlingar.
supplier-bid-won = tilldelat
contract-none = Inga avtal ännu.
contract-new = Registrera ett avtal
field-contract-title = Avtal
field-contract-template = Avtalsvillkor
field-contract-kind = Typ
field-framework = Ramavtal
field-start-date = Start
field-end-date = Slut
field-notice-months = Uppsägningstid (månader)
field-options = Optioner (förlängningar)
contract-template-ssa_l = SSA-L (licens, norsk)
contract-template-ssa_d = SSA-D (drift, norsk)
contract-template-ssa_t = SSA-T (anpassning, norsk)
contract-template-ssa_sky = SSA-sky (molntjänster, norsk)
contract-template-ssa_o = SSA-O (underhåll, norsk)
contract-template-ssa_k = SSA-K (köp, norsk)
contract-template-se_general = Svenska allmänna villkor
contract-template-supplier_own = Leverantörens egna villkor
contract-kind-single = Avtal
contract-kind-framework = Ramavtal
contract-kind-call_off = Avrop från ramavtal
contract-status-draft = Inte påbörjat
contract-status-active = Aktivt
contract-status-in_exit = På väg att löpa ut
contract-status-terminated = Uppsagt
contract-status-expired = Utgånget
contract-until-notice = Tills det sägs upp
contract-last-notice-day = Sista dag för uppsägning
contract-from-award = Avtal från tilldelningen
contract-from-award-help = Avtalet hänvisar till det vinnande anbudet, svaren, underlagen och certifikaten och till den annonserade kravlistan med SHA-256; inget kopieras.
contract-case = Upphandling
contract-winning-bid = Det vinnande anbudet
contract-set = Kravlistan ({ $count } krav), SHA-256
contract-standstill-until = Avtalsspärren gäller till { $until }; avtalet får ingås efter det.
action-contract-from-award = Registrera avtalet

dpa-heading = Personuppgiftsbiträdesavtal
dpa-missing = Inget personuppgiftsbiträdesavtal registrerat. En leverantör som behandlar personuppgifter åt oss måste ha ett (dataskyddsförordningen art. 28).
field-dpa-template = Avtal
dpa-template-ssa_dba = SSA databehandleravtale (Norge)
dpa-template-skr_pub = SKR/Adda PUB-avtal (Sverige)
dpa-template-supplier_own = Leverantörens eget avtal
field-dpa-version = Version
field-dpa-signed = Undertecknat
field-breach-notice-hours = Underrättelse till oss om incident, inom timmar
field-subprocessor-notice-days = Besked om nytt underbiträde, dagar i förväg
field-objection-days = Vår tid att invända, dagar
field-deletion-days = Radering eller återlämnande efter avtalets slut, inom dagar
field-audit-clause = Vi får granska leverantören (revisionsklausul)
field-next-review = Nästa genomgång
error-dpa-number = Skriv ett heltal.
error-dpa-breach-hours = Underrättelse om incident: mellan 1 och 72 timmar; vi måste själva anmäla till IMY inom 72 timmar.
error-dpa-objection = Invändningstid: den kan inte vara längre än beskedet om nytt underbiträde, annars gäller ändringen först.
error-dpa-days = Högst 365 dagar.
sub-processors-heading = Underbiträden
sub-processors-none = Inga underbiträden registrerade.
sub-processor-new = Lägg till ett underbiträde
sub-processor-move = Flytta i kedjan
sub-processor-decide = Beslut
field-sub-parent = Arbetar åt
sub-parent-supplier = Leverantören själv
field-country-code = Land (landskod med två bokstäver, t.ex. IE)
field-sub-role = Vad det gör
field-data-categories = Personuppgifter det behandlar
field-locations = Var uppgifterna behandlas
field-locations-help = Landskoder åtskilda med kommatecken, t.ex. IE, US.
field-transfer-basis = Grund för överföring
field-tia-date = Bedömning av överföringen (TIA), datum
field-tia-result = Bedömning av överföringen (TIA), resultat
field-objection-reason = Skäl för invändningen
transfer-basis-adequacy = Beslut om adekvat skyddsnivå (art. 45)
transfer-basis-scc = Standardavtalsklausuler (art. 46.2 c)
transfer-basis-bcr = Bindande företagsbestämmelser (art. 47)
transfer-basis-other_art46 = Annan skyddsåtgärd (art. 46)
transfer-basis-derogation = Undantag (art. 49)
transfer-basis-none_needed = Behövs inte (inom EES)
sub-processor-status-proposed = Föreslaget
sub-processor-status-notified = Aviserat
sub-processor-status-objection_window = Invändningstid löper
sub-processor-status-approved = Godkänt
sub-processor-status-objected = Invändning gjord
sub-processor-status-removed = Borttaget
sub-processor-to-approved = Godkänn
sub-processor-to-objected = Invänd
sub-processor-to-removed = Ta bort
transfer-unlawful = Utanför EES utan grund för överföring: { $countries }
transfer-unlawful-by = { $name } för personuppgifter ut ur EES utan grund för överföring
supplier-flag-transfer = Överföring ut ur EES utan grund
supplier-flag-no-dpa = Inget personuppgiftsbiträdesavtal
error-country-code = Land: skriv landskoden med två bokstäver (NO, SE, IE, US).
error-locations = Var uppgifterna behandlas: ”{ $entry }” är inte en landskod med två bokstäver.
error-sub-processor-cycle = Arbetar åt: då skulle det arbeta åt sig självt genom kedjan.
error-sub-processor-reason = Skriv varför vi invänder; leverantören får besked.
error-sub-processor-status = Underbiträdet kan inte gå dit från sin nuvarande status.
action-move = Flytta

yes = Ja
no = Nej

audit-action-dpa-put = Personuppgiftsbiträdesavtal registrerat
audit-action-sub-processor-add = Underbiträde tillagt
audit-action-sub-processor-move = Underbiträde flyttat i kedjan
audit-action-sub-processor-decide = Beslut om underbiträde

error-contract-availability = Tillgänglighet: en procentsats upp till 100 med högst två decimaler (99,9).
error-contract-member = Välj en medlem i organisationen.
contract-roles-heading = Personer och servicenivåer
field-contract-owner = Avtalsägare
field-contract-manager = Avtalsförvaltare
field-system-owner = Systemägare
field-security-officer = Säkerhetsansvarig
field-sla-availability = Tillgänglighet (%)
field-rpo-hours = Maximal dataförlust, RPO (timmar)
field-rto-hours = Maximal återställningstid, RTO (timmar)
field-support-hours = Supporttider
nobody = Ingen
audit-action-contract-update = Personer eller servicenivåer för avtalet ändrade

certificates-from-bids = Från de vinnande anbuden
certificate-new = Lägg till ett certifikat eller intyg
field-cert-kind = Typ
field-cert-edition = Utgåva (t.ex. 2022)
field-cert-number = Certifikatnummer
field-cert-body = Certifieringsorgan
field-cert-accreditation = Ackrediterat av
field-cert-scope = Omfattning, som certifikatet anger den
field-coverage = Täcker omfattningen tjänsten vi köper?
field-coverage-note = Vår kommentar om omfattningen
field-valid-from = Giltigt från
field-last-surveillance = Senaste uppföljningsrevision
cert-kind-other = Annat
coverage-unjudged = Inte bedömt ännu
coverage-yes = Ja
coverage-partly = Delvis
coverage-no = Nej
certificate-status-valid = Giltigt
certificate-status-expiring = Går snart ut
certificate-status-expired = Utgånget
certificate-status-withdrawn = Återkallat
certificate-flag-lapsed_edition = ISO/IEC 27001:2013 upphörde 31 oktober 2025: begär certifikatet enligt 2022 års utgåva
certificate-flag-scope_not_covering = Omfattningen täcker inte tjänsten vi köper
certificate-flag-scope_partly = Omfattningen täcker bara en del av tjänsten vi köper
supplier-flag-certificate = Ett certifikat behöver följas upp
action-withdraw = Återkallat av organet
error-certificate-dates = Giltigt till: certifikatet kan inte sluta innan det börjar.
error-certificate-withdrawn = Certifikatet är redan återkallat.
audit-action-supplier-certificate-add = Leverantörscertifikat tillagt
audit-action-supplier-certificate-withdraw = Leverantörscertifikat återkallat

register-filter = Avgränsa registret
filter-all = Alla
filter-flag = Behöver följas upp
register-count = Visar { $shown }
supplier-flag-ending = Ett avtal närmar sig sitt slut: planera avslutet

service-heading = Tjänst och data
service-none = Inte beskrivet ännu.
service-levels = Konfidentialitet / riktighet / tillgänglighet / spårbarhet
field-service-description = Vad som levereras
field-subjects-band = Hur många personer uppgifterna gäller
field-storage-countries = Lagras i
field-processing-countries = Behandlas i
field-support-countries = Supportåtkomst från
subjects-none = Ingen
subjects-up_to_100 = Upp till 100
subjects-up_to_1000 = 101 till 1 000
subjects-up_to_10000 = 1 001 till 10 000
subjects-up_to_100000 = 10 001 till 100 000
subjects-over_100000 = Fler än 100 000
records-heading = Register över behandlingar för tjänsten
records-none = Inga behandlingar registrerade ännu.
field-record-data = Vilka personuppgifter
field-purpose = Varför
field-record-subjects = Om vilka
field-source = Varifrån
error-service-level = Välj en nivå från 1 till 4.
error-service-special = Särskilda kategorier: kryssa först för personuppgifter.
error-service-subjects = Hur många personer: kryssa först för personuppgifter, eller välj ”Ingen”.
audit-action-contract-service = Tjänst och data för ett avtal registrerade
audit-action-processing-record-add = Behandling tillagd i registret

register-col-flags = Behöver följas upp
register-col-dpa = Personuppgiftsbiträdesavtal
register-download = Ladda ned registret (Excel)
register-file = leverantörsregister

register-import = Läs in befintliga leverantörer och avtal
register-import-help = En arbetsbok med kolumnerna från nedladdningen av registret: ett blad med leverantörer och, om du har det, ett blad med avtal. Inget skrivs förrän alla rader är rätt.
field-workbook = Arbetsbok (.xlsx)
register-import-problems = Registret lästes inte in
register-import-problems-help = Inget har skrivits. Rätta detta i arbetsboken och ladda upp den igen.
register-import-done = Inläst
register-import-count = { $suppliers } leverantörer och
register-import-contracts = { $contracts } avtal lades till i registret.
error-import-no-suppliers = Inget blad med kolumnen ”{ $heading }”: bladet med leverantörer saknas.
error-import-column = Kolumnen ”{ $heading }” är inte en som registret läser.
error-import-missing-column = Kolumnen ”{ $heading }” saknas.
error-import-twice = Samma organisationsnummer som rad { $row }.
error-import-no-supplier = Ingen leverantör med organisationsnummer { $number } på bladet med leverantörer eller i registret.
audit-action-supplier-import = Leverantörer och avtal inlästa från en arbetsbok

## Leverantörens arbetsyta
perm-supplier_workspace = Den egna leverantörens arbetsyta: avtalen med organisationen, kontaktpersoner, certifikat och ändringar av underbiträden
nav-workspace = Arbetsyta
workspace-intro = Din arbetsyta hos { $org }: avtalen, de ändringar av underbiträden ni har anmält och vad som beslutades, kontaktpersonerna och certifikaten.
workspace-changes = Anmälda ändringar av underbiträden
workspace-changes-none = Inga ändringar anmälda.
workspace-certificate-new = Ladda upp ett förnyat certifikat
workspace-announce = Anmäl ett nytt underbiträde
workspace-announce-help = Anmälan startar personuppgiftsbiträdesavtalets varselfrist: kunden kan invända inom invändningsfristen. Ändringen kan gälla tidigast från { $day }.
workspace-dpa-defaults = Inget personuppgiftsbiträdesavtal är registrerat för avtalet; standardvärdena nedan gäller tills det är det.
workspace-people = Personer med leverantörens arbetsyta
workspace-people-help = Leverantörens kontaktpersoner kan få en egen arbetsyta: de loggar in med en länk som skickas till deras e-post, håller kontaktuppgifterna aktuella, laddar upp förnyade certifikat och anmäler ändringar av underbiträden. Allt de gör står i granskningsloggen med deras namn.
workspace-people-none = Ingen från leverantören har arbetsytan.
field-objection-until = Invändningsfrist
field-effective = Gäller från
field-certificate-file = Certifikat (PDF eller bild)
field-contact = Kontaktperson
field-document-kind = Typ av dokument
action-announce = Anmäl
action-grant-workspace = Ge arbetsytan och skicka inloggningslänk
action-revoke-workspace = Ta bort arbetsytan
supplier-sign-in-title = Inloggning för leverantörer
supplier-sign-in-intro = Ange din e-postadress. Hör den till en leverantör med arbetsyta skickar vi en inloggningslänk.
supplier-link-intro = Tryck på knappen för att logga in på leverantörens arbetsyta. Länken fungerar en gång.
supplier-link-sent = Hör adressen till en leverantörs arbetsyta är en inloggningslänk på väg. Den fungerar en gång och en kort stund.
supplier-link-invalid = Inloggningslänken är använd eller har gått ut. Be om en ny.
supplier-link-new = Be om en ny länk
notice-announced = Ändringen är anmäld; kunden har fått besked.
sub-processor-announced-by = Anmält av { $who }
documents-heading = Dokument
documents-none = Inga dokument sparade ännu.
document-kind-signed_contract = Undertecknat avtal
document-kind-annex = Bilaga
document-kind-dpa = Personuppgiftsbiträdesavtal
document-kind-transfer_assessment = Konsekvensbedömning av överföring (TIA)
document-kind-certificate = Certifikat
error-workspace-disabled = Kontaktpersonens konto är avstängt.
error-workspace-other-supplier = Kontaktpersonen har redan en annan leverantörs arbetsyta i organisationen.
error-workspace-member = Kontaktpersonens adress tillhör en medlem i organisationen; en leverantörs arbetsyta behöver leverantörens egen adress.
error-sub-processor-effective = Ändringen kan inte gälla innan varselfristen har löpt ut: tidigast { $day }.
error-objection-window-closed = Invändningsfristen har gått ut; ändringen står fast enligt avtalet.
mail-supplier-link-subject = Logga in på leverantörsytan hos { $org }
mail-supplier-link-body = Hej,

    Använd länken för att logga in på arbetsytan för { $supplier } hos { $org }:

    { $link }

    Länken fungerar en gång och i { $minutes } minuter. Har du inte bett om den kan du bortse från mejlet.
mail-sub-processor-announced-subject = Nytt underbiträde anmält: { $name } ({ $contract })
mail-sub-processor-announced-body = Leverantören har anmält ett nytt underbiträde i avtalet "{ $contract }" med { $org }.

    Underbiträde: { $name }
    Behandlingsplatser: { $locations }
    Gäller från: { $effective }

    Ni kan invända till och med { $until }. Utan invändning står ändringen fast när fristen har gått ut.
mail-sub-processor-reminder-subject = Invändningsfristen går ut { $until }: { $name } ({ $contract })
mail-sub-processor-reminder-body = Invändningsfristen för det nya underbiträdet { $name } i avtalet "{ $contract }" med { $org } går ut { $until }.

    Behandlingsplatser: { $locations }
    Gäller från: { $effective }

    Utan invändning står ändringen fast när fristen har gått ut.
mail-sub-processor-objected-subject = Invändning mot underbiträdet { $name }
mail-sub-processor-objected-body = { $org } invänder mot det nya underbiträdet { $name } i avtalet "{ $contract }".

    Skäl: { $reason }
mail-sub-processor-approved-subject = Underbiträde godkänt: { $name }
mail-sub-processor-approved-body = { $org } har godkänt det nya underbiträdet { $name } i avtalet "{ $contract }".
mail-sub-processor-stands-subject = Ändringen står fast: { $name }
mail-sub-processor-stands-body = Invändningsfristen för det nya underbiträdet { $name } i avtalet "{ $contract }" med { $org } har gått ut utan invändning. Ändringen står fast.
audit-action-supplier-person-grant = Leverantörens arbetsyta given
audit-action-supplier-person-revoke = Leverantörens arbetsyta borttagen
audit-action-supplier-link-sent = Inloggningslänk skickad till leverantör
audit-action-supplier-sign-in = Leverantör inloggad med länk
audit-action-supplier-sign-in-failed = Leverantörens inloggningslänk avvisad
audit-action-supplier-person-refused = Leverantörsperson avvisad
audit-action-sub-processor-announce = Underbiträde anmält
audit-action-sub-processor-stands = Ändring av underbiträde står fast
audit-action-supplier-document-add = Dokument sparat
audit-action-supplier-document-read = Dokument läst
error-role-supplier-person = En leverantörsperson kan inte få en roll i organisationen; ta i stället bort arbetsytan på leverantörens sida.
contract-set-heading = Kravuppsättning
contract-set-help = Ett avtal som registreras för hand får sina krav från en katalog: varje krav som det lyder nu, fryst med SHA-256 som en publicerad kravuppsättning i en upphandling. När den är vald ändras den inte.
field-contract-catalogue = Katalog
action-freeze-set = Välj och frys
error-contract-set-frozen = Avtalet har redan en kravuppsättning; en fryst uppsättning ändras inte.
error-contract-set-empty = Katalogen har inga krav.
audit-action-contract-set-freeze = Avtalets kravuppsättning fryst
