# tillit — svenska — procurement: cases, tender, bidders and the portal, evaluation, documents

nav-procurements = Upphandlingar
perm-procurement_view = Se upphandlingar och, när de öppnats vid sista anbudsdag, anbud, underlag och utvärdering
perm-procurement_edit = Skapa och klassa ärenden, annonsera, bjuda in anbudsgivare, utvärdera, signera beslutet och tilldela
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
error-award-confirm = Bekräfta: kryssa i tilldelningen på tilldelningssidan.
error-award-no-winner = Ingen vinnare: alla anbud är förkastade, eller två delar förstaplatsen.
error-award-changed = Rangordningen har ändrats sedan sidan laddades. Ladda om sidan.
error-standstill = Avtalsspärren har inte löpt ut: inget avtal ingås innan den är över.
error-import-closed = Returnerade svarsformulär läses in innan utvärderingen börjar.
error-reopen-reason = Motivering: skriv varför utvärderingen öppnas igen (minst tio tecken).
error-evaluation-not-signed = Utvärderingen är inte signerad.
error-reopen-awarded = Efter tilldelning kan utvärderingen inte öppnas igen.
error-evaluation-changed = Utvärderingen ändrades av någon annan. Ladda om sidan.
error-deadline-shortened = Sista anbudsdag: en annonserad tidpunkt kan förlängas men inte förkortas.
error-deadline-reason = Motivering: skriv varför anbudstiden förlängs (minst tio tecken); leverantörerna får den.
error-bids-sealed = Anbuden är förseglade tills anbudstiden har gått ut.
error-bid-draft = Anbudet är inte inlämnat: ett utkast visas aldrig för den upphandlande organisationen.
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

    { $org } har förlängt anbudstiden i { $case } till { $deadline } svensk tid.

    Motivering: { $reason }

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
report-col-size = Storlek
report-col-sha256 = SHA-256-fingeravtryck
report-col-supports = Styrker svaren på
report-col-who = Vem
report-col-action = Åtgärd
report-col-changes = Ändringar

report-checkpoint = Kontrollpunkt för granskningsloggen
report-checkpoint-text = Granskningsloggens senaste post när rapporten skapades, signerad med tillits nyckel. Med denna rad kan en revisor senare kontrollera att loggen inte har skrivits om (tillit audit verify --witness).

## Händelser i granskningsloggen
audit-action-case-create = Upphandling skapad
audit-action-case-classify = Upphandling klassificerad
audit-action-case-tier-override = Kritikalitetsnivå åsidosatt
audit-action-case-status = Status ändrad
audit-action-case-contract-start = Planerad avtalsstart satt
audit-action-case-deadline = Anbudstid satt
audit-action-set-adopt-proposal = Kravförslag antaget
audit-action-set-put = Krav i kravuppsättningen ändrat
audit-action-set-bulk = Kravsamling ändrad i ett steg
audit-action-set-remove = Krav borttaget ur kravuppsättningen
audit-action-set-correction-open = Rättelse påbörjad
audit-action-set-publish = Kravuppsättning publicerad
audit-action-bid-invite = Leverantör inbjuden
audit-action-bid-link = Ny portallänk skickad
audit-action-bid-revoke-links = Portallänkar återkallade
audit-action-bid-answers = Svar sparade
audit-action-bid-submit = Anbud inlämnat
audit-action-case-award = Kontrakt tilldelat
audit-action-award-notice = Tilldelningsbeslut skickat
audit-action-decision-seal = Signerat beslutsunderlag sparat
audit-action-evaluation-reopen = Utvärdering öppnad igen
audit-action-bids-open = Anbud öppnade
audit-action-bid-correction = Anbud öppnat för rättelse
audit-action-bid-import-excel = Svar importerade från Excel
audit-action-evidence-upload = Underlag uppladdat
audit-action-evidence-read = Underlag öppnat
audit-action-evidence-remove = Underlag borttaget
audit-action-certificate-remove = Certifikat borttaget
audit-action-certificate-add = Certifikat tillagt
audit-action-evaluation-judge = Bedömning sparad
audit-action-evaluation-consensus = Samlad bedömning sparad
audit-action-evaluation-lead = Utvärderingsledare vald
audit-action-evaluation-sign-off = Utvärdering signerad

## Sealed bids and their opening
bids-sealed = Förseglade till { $deadline }: anbudens innehåll visas först när anbudstiden har gått ut.
bids-opened = Anbuden öppnades { $at }: { $count } inlämnade.
bid-draft-hidden = Inte inlämnat. Ett utkast visas aldrig för den upphandlande organisationen.
field-deadline-reason = Motivering för förlängningen (skickas till leverantörerna)

## The signed decision basis
decision-signed = Signerat beslutsunderlag
decision-history-heading = Tidigare signerade underlag
decision-voided = Ogiltigt från { $at } ({ $by }): { $reason }
action-reopen = Öppna utvärderingen igen
field-reopen-reason = Motivering (står kvar i loggen och i ärendets historik)

## The award decision and the standstill period
award-title = Tilldelning
award-winner = Vald leverantör
award-ranking = Rangordning
award-points = Poäng
award-decided = Tilldelat { $at }.
award-standstill-until = Avtalsspärren gäller till { $until }; inget avtal ingås innan den har löpt ut.
award-standstill-days = { $days } dagar
award-help = Alla leverantörer får tilldelningsbeslut med rangordning och motivering, och avtalsspärren ({ $days }) börjar.
award-confirm = Jag bekräftar tilldelning till { $winner }
action-award = Tilldela kontraktet
award-yours-winner = Ni har tilldelats kontraktet.
award-yours-advantages =
    Det valda anbudets relativa fördelar framför ert (område: valt anbud / era poäng):
    { $list }
award-yours-rejected = Ert anbud förkastades eftersom dessa krav inte var uppfyllda: { $failed }
mail-award-subject = Tilldelningsbeslut: { $case }
mail-award-body =
    Hej,

    { $org } har beslutat att tilldela kontraktet i { $case } till { $winner }.

    Rangordning:
    { $ranking }

    { $yours }

    Avtalsspärren gäller till { $standstill } svensk tid. Inget avtal ingås innan den har löpt ut; dessförinnan kan ni begära en närmare motivering eller ansöka om överprövning.
mail-standstill-subject = Avtalsspärren har löpt ut: { $case }
mail-standstill-body =
    Hej,

    Avtalsspärren i { $case } för { $org } löpte ut { $ends }. Avtal kan nu ingås.

## Certificates against the deadline and the planned contract start
field-contract-start = Planerad avtalsstart
contract-start-none = inte satt
contract-start-help = Certifikat som löper ut före denna dag flaggas för leverantören och i utvärderingen.
error-contract-start-fixed = Planerad avtalsstart: den är ett villkor i upphandlingen och ligger fast när anbuden har öppnats.
error-contract-start-before-deadline = Planerad avtalsstart: välj en dag efter sista anbudsdag.
error-date-format = Datum: ange ett datum som 2027-03-01.
certificate-flag-expired = Utgånget vid sista anbudsdag: räknas inte för detta anbud
certificate-flag-before-start = Löper ut före planerad avtalsstart
certificates-flagged = { $count ->
    [one] Ett certifikat gäller inte hela perioden
   *[other] { $count } certifikat gäller inte hela perioden
}
notice-certificate-expired = Sparat, men certifikatet har gått ut vid sista anbudsdag och räknas inte för detta anbud. Lägg in ett giltigt certifikat om du har det.
notice-certificate-before-start = Sparat, men certifikatet löper ut före planerad avtalsstart. Köparen ser det; beskriv i svaren hur det förnyas.
certificate-valid = Giltigt hela perioden
report-col-certificate-check = Mot sista anbudsdag och avtalsstart

## The portal's one form, its confirmation and its PDF
field-size = Storlek
field-evidence-file = Underlagsfil
field-attach-file = Bifoga en ny fil till detta svar
portal-pdf-title = Anbud från { $company }
portal-pdf-intro = Anbudet som det lämnades, med kvittot som visar vad som skickades och när.
portal-pdf-file = Anbud { $case }.pdf
portal-pdf-download = Ladda ner anbudet som PDF med kvitto
portal-blockers-heading = Detta måste göras innan anbudet kan lämnas
portal-blocker-unanswered = inte besvarat
portal-blocker-unexplained = inte uppfyllt eller delvis uppfyllt: förklara varför
portal-error-kept = Inget du skrev gick förlorat: rätta fältet och tryck på knappen igen.
portal-certificate-add = Lägg till certifikat
action-review-bid = Granska och lämna
portal-confirm-title = Lämna anbudet
portal-confirm-text = När anbudet är lämnat kan det inte ändras. Du får ett kvitto via e-post och kan ladda ner anbudet som PDF.
portal-confirm-check = Jag har granskat anbudet och vill lämna det nu
error-gone-title = Länken fungerar inte längre
error-portal-link-expired = Sista anbudsdag har passerat och anbudet lämnades inte, så länken öppnar det inte längre. Om du anser att detta är fel, kontakta köparen som bjöd in dig.
error-portal-link-revoked = Köparen har återkallat länken. Be köparen som bjöd in dig om en ny.
error-form-unreadable = Formuläret kunde inte läsas. Gå tillbaka till anbudet och försök igen.

## Answer sheets from the e-tendering system's ZIP
import-zip-no-bidder = Ingen inbjuden anbudsgivares organisationsnummer står i filnamnet eller mappen.
import-zip-two-bidders = Namnet innehåller organisationsnumret för mer än en inbjuden anbudsgivare.
import-zip-twice = Ytterligare ett svarsformulär för { $company }.
import-zip-submitted = { $company } har redan lämnat sitt anbud.
audit-action-bid-import-zip = Svarsformulär importerade från upphandlingssystemet
tender-zip-heading = Anbud mottagna i upphandlingssystemet
tender-zip-help = Ladda upp ZIP-filen som upphandlingssystemet (Mercell, TendSign, KGV, e-Avrop) exporterar av mottagna anbud. Varje svarsformulär kopplas till anbudsgivaren med organisationsnumret i fil- eller mappnamnet och kontrolleras som ett formulär; har något formulär ett fel importeras ingenting.
action-import-zip = Kontrollera och importera alla
tender-zip-done-title = Svarsformulären är importerade
tender-zip-done-help = Varje anbud nedan är nu lämnat med svaren från sitt formulär. Spara listan i ärendet.
col-file = Fil i arkivet
col-receipt = Kvitto (SHA-256)
action-back-to-case = Tillbaka till ärendet
tender-zip-skipped = { $count } andra dokument i arkivet lästes inte (bara svarsformulär läses).
tender-package = Ladda ner upphandlingspaketet till upphandlingssystemet (ZIP: kraven som PDF och Word, svarsformuläret, OSCAL)
tender-package-annex = Kravspecifikation
tender-package-sheet = Svarsformulär
tender-package-file = Upphandling { $case }.zip
set-bulk-choose = Välj
set-bulk-heading = Ändra många på en gång
set-bulk-help = Kryssa i krav i tabellen, eller välj ett helt område eller en hel katalog, och sedan ändringen.
set-bulk-area = Helt område
set-bulk-catalogue = Hel katalog
set-bulk-change = Ändring
set-bulk-must = Gör till skall-krav
set-bulk-award = Gör till utvärderingskriterier, vart och ett med vikten nedan
set-bulk-remove = Ta bort ur kravsamlingen
set-bulk-weight = Vikt för varje (%)
set-bulk-apply = Tillämpa på de valda
error-bulk-nothing-chosen = Krav: kryssa i minst ett, eller välj ett område eller en katalog.
steps-label = Var ärendet står
step-classify = Klassa
step-tier = Nivå
step-set = Krav
step-publish = Annonsera
step-bidders = Anbudsgivare
step-evaluation = Utvärdering
step-award = Tilldelning
step-done = klart
step-current = nu
evaluation-pass-met = Godkänn alla skall-krav besvarade ”uppfyllt” som jag inte har bedömt
consensus-disagreements = { $count ->
    [0] Utvärderarna är överens om allt som bedömts.
    [one] Utvärderarna är oense om ett krav (först nedan).
   *[other] Utvärderarna är oense om { $count } krav (först nedan).
}
consensus-agreed-open = { $count ->
    [0] {""}
    [one] En samstämmig bedömning väntar på din bekräftelse.
   *[other] { $count } samstämmiga bedömningar väntar på din bekräftelse.
}
consensus-confirm = Bekräfta de { $count } samstämmiga bedömningarna som konsensus
consensus-disagree = utvärderarna är oense
consensus-agreed = överens
error-consensus-nothing-agreed = Konsensus: inget är samstämmigt och obekräftat; avgör oenigheterna nedan.
report-summary = Sammanfattning
report-recommendation = Förslag: tilldela kontraktet till { $company }, rankad först med { $total } av 100 poäng.
report-no-recommendation = Inget förslag ännu: utvärderingen är inte klar.
report-areas = Poäng per område
report-appendix-log = Bilaga: utvärderingsloggen
report-file = { $case } Beslutsunderlag.{ $ext }
annex-file = { $case } Kravspecifikation.{ $ext }
sheet-file = { $case } Svarsformulär.{ $ext }
evaluation-error-kept = Inget sparades; allt du skrev står kvar. Rätta kravet som nämns och spara igen.
areas-nav = Områdena i kravsamlingen
areas-all = Alla områden
areas-help-whole = Visa alla områden, eller ett i taget:
areas-help-paged = Kravsamlingen är lång och visas därför ett område i taget:
action-save-next-area = Spara och gå till nästa område
grid-title = Utvärderingsrutnät
grid-help = Varje krav med alla leverantörers svar bredvid varandra: bedöm krav för krav, över leverantörerna. Dina bedömningar här är desamma som på varje leverantörs utvärderingssida.
grid-per-bidder = En leverantör i taget
grid-link = Utvärderingsrutnät (krav för krav, alla leverantörer)
