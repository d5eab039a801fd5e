# tillit — norsk bokmål — procurement: cases, tender, bidders and the portal, evaluation, documents

nav-procurements = Anskaffelser
perm-procurement_view = Se anskaffelser og, når de er åpnet ved fristen, tilbud, dokumentasjon og evaluering
perm-procurement_edit = Opprette og klassifisere saker, kunngjøre, invitere tilbydere, evaluere, signere beslutningen og tildele
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
error-award-confirm = Bekreft: kryss av for tildelingen på tildelingssiden.
error-award-no-winner = Ingen vinner: alle tilbud er avvist, eller to deler førsteplassen.
error-award-changed = Rangeringen er endret siden siden ble lastet. Last siden på nytt.
error-standstill = Karensperioden er ikke ute: ingen kontrakt inngås før den er over.
error-import-closed = Returnerte svarskjemaer leses inn før evalueringen starter.
error-reopen-reason = Begrunnelse: skriv hvorfor evalueringen åpnes igjen (minst ti tegn).
error-evaluation-not-signed = Evalueringen er ikke signert.
error-reopen-awarded = Etter tildeling kan evalueringen ikke åpnes igjen.
error-evaluation-changed = Evalueringen ble endret av noen andre. Last siden på nytt.
error-deadline-shortened = Tilbudsfrist: en kunngjort frist kan forlenges, men ikke forkortes.
error-deadline-reason = Begrunnelse: skriv hvorfor fristen forlenges (minst ti tegn); leverandørene får den.
error-bids-sealed = Tilbudene er forseglet til tilbudsfristen er ute.
error-bid-draft = Tilbudet er ikke levert: et utkast vises aldri for oppdragsgiver.
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

    { $org } har forlenget tilbudsfristen i { $case } til { $deadline } norsk tid.

    Begrunnelse: { $reason }

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
report-col-size = Størrelse
report-col-sha256 = SHA-256-fingeravtrykk
report-col-supports = Underbygger svarene på
report-col-who = Hvem
report-col-action = Handling
report-col-changes = Endringer

report-checkpoint = Kontrollpunkt for revisjonsloggen
report-checkpoint-text = Revisjonsloggens siste post da rapporten ble laget, signert med tillits nøkkel. Med denne linjen kan en revisor senere kontrollere at loggen ikke er skrevet om (tillit audit verify --witness).

## Handlinger i revisjonsloggen
audit-action-case-create = Anskaffelse opprettet
audit-action-case-classify = Anskaffelse klassifisert
audit-action-case-tier-override = Kritikalitetsnivå overstyrt
audit-action-case-status = Status endret
audit-action-case-contract-start = Planlagt avtalestart satt
audit-action-case-deadline = Tilbudsfrist satt
audit-action-set-adopt-proposal = Kravforslag tatt i bruk
audit-action-set-put = Krav i kravsettet endret
audit-action-set-bulk = Kravsett endret samlet
audit-action-set-remove = Krav tatt ut av kravsettet
audit-action-set-correction-open = Rettelse påbegynt
audit-action-set-publish = Kravsett publisert
audit-action-bid-invite = Leverandør invitert
audit-action-bid-link = Ny portallenke sendt
audit-action-bid-revoke-links = Portallenker trukket tilbake
audit-action-bid-answers = Svar lagret
audit-action-bid-submit = Tilbud levert
audit-action-case-award = Kontrakt tildelt
audit-action-award-notice = Tildelingsbrev sendt
audit-action-decision-seal = Signert beslutningsgrunnlag lagret
audit-action-evaluation-reopen = Evaluering åpnet igjen
audit-action-bids-open = Tilbud åpnet
audit-action-bid-correction = Tilbud åpnet for rettelse
audit-action-bid-import-excel = Svar importert fra Excel
audit-action-evidence-upload = Dokumentasjon lastet opp
audit-action-evidence-read = Dokumentasjon åpnet
audit-action-evidence-remove = Dokumentasjon fjernet
audit-action-certificate-remove = Sertifikat fjernet
audit-action-certificate-add = Sertifikat lagt til
audit-action-evaluation-judge = Vurdering lagret
audit-action-evaluation-consensus = Samlet vurdering lagret
audit-action-evaluation-lead = Evalueringsleder valgt
audit-action-evaluation-sign-off = Evaluering signert

## Sealed bids and their opening
bids-sealed = Forseglet til { $deadline }: innholdet i tilbudene vises først når fristen er ute.
bids-opened = Tilbudene ble åpnet { $at }: { $count } levert.
bid-draft-hidden = Ikke levert. Et utkast vises aldri for oppdragsgiver.
field-deadline-reason = Begrunnelse for forlengelsen (sendes leverandørene)

## The signed decision basis
decision-signed = Signert beslutningsgrunnlag
decision-history-heading = Tidligere signerte grunnlag
decision-voided = Ugyldig fra { $at } ({ $by }): { $reason }
action-reopen = Åpne evalueringen igjen
field-reopen-reason = Begrunnelse (blir stående i loggen og i sakens historikk)

## The award decision and the standstill period
award-title = Tildeling
award-winner = Valgt leverandør
award-ranking = Rangering
award-points = Poeng
award-decided = Tildelt { $at }.
award-standstill-until = Karensperioden varer til { $until }; ingen kontrakt inngås før den er ute.
award-standstill-days = { $days } dager
award-help = Alle leverandørene får tildelingsbrev med rangeringen og begrunnelsen, og karensperioden ({ $days }) begynner.
award-confirm = Jeg bekrefter tildeling til { $winner }
action-award = Tildel kontrakten
award-yours-winner = Dere er tildelt kontrakten.
award-yours-advantages =
    Det valgte tilbudets relative fordeler framfor deres (område: valgt tilbud / deres poeng):
    { $list }
award-yours-rejected = Tilbudet deres ble avvist fordi disse kravene ikke var oppfylt: { $failed }
mail-award-subject = Tildelingsbrev: { $case }
mail-award-body =
    Hei,

    { $org } har besluttet å tildele kontrakten i { $case } til { $winner }.

    Rangering:
    { $ranking }

    { $yours }

    Karensperioden varer til { $standstill } norsk tid. Ingen kontrakt inngås før den er ute; innen da kan dere be om en nærmere begrunnelse eller klage.
mail-standstill-subject = Karensperioden er ute: { $case }
mail-standstill-body =
    Hei,

    Karensperioden i { $case } for { $org } var ute { $ends }. Kontrakt kan nå inngås.

## Certificates against the deadline and the planned contract start
field-contract-start = Planlagt avtalestart
contract-start-none = ikke satt
contract-start-help = Sertifikater som går ut før denne dagen, flagges for leverandøren og i evalueringen.
error-contract-start-fixed = Planlagt avtalestart: den er en del av konkurransen og ligger fast når tilbudene er åpnet.
error-contract-start-before-deadline = Planlagt avtalestart: velg en dag etter tilbudsfristen.
error-date-format = Dato: oppgi en dato som 2027-03-01.
certificate-flag-expired = Utløpt ved tilbudsfristen: teller ikke for dette tilbudet
certificate-flag-before-start = Går ut før planlagt avtalestart
certificates-flagged = { $count ->
    [one] Ett sertifikat gjelder ikke hele perioden
   *[other] { $count } sertifikater gjelder ikke hele perioden
}
notice-certificate-expired = Lagret, men sertifikatet er utløpt ved tilbudsfristen og teller ikke for dette tilbudet. Legg inn et gyldig sertifikat om du har det.
notice-certificate-before-start = Lagret, men sertifikatet går ut før planlagt avtalestart. Oppdragsgiveren ser det; skriv i svarene hvordan det fornyes.
certificate-valid = Gyldig hele perioden
report-col-certificate-check = Mot tilbudsfrist og avtalestart

## The portal's one form, its confirmation and its PDF
field-size = Størrelse
field-evidence-file = Dokumentasjonsfil
field-attach-file = Legg ved en ny fil til dette svaret
portal-pdf-title = Tilbud fra { $company }
portal-pdf-intro = Tilbudet slik det ble levert, med kvitteringen som viser hva som ble sendt og når.
portal-pdf-file = Tilbud { $case }.pdf
portal-pdf-download = Last ned tilbudet som PDF med kvittering
portal-blockers-heading = Dette må gjøres før tilbudet kan leveres
portal-blocker-unanswered = ikke besvart
portal-blocker-unexplained = ikke oppfylt eller delvis oppfylt: forklar hvorfor
portal-error-kept = Ingenting du skrev, gikk tapt: rett feltet og trykk på knappen igjen.
portal-certificate-add = Legg til sertifikat
action-review-bid = Se over og lever
portal-confirm-title = Lever tilbudet
portal-confirm-text = Når tilbudet er levert, kan det ikke endres. Du får kvittering på e-post og kan laste ned tilbudet som PDF.
portal-confirm-check = Jeg har sett over tilbudet og vil levere det nå
error-gone-title = Lenken virker ikke lenger
error-portal-link-expired = Tilbudsfristen er passert og tilbudet ble ikke levert, så lenken åpner det ikke lenger. Mener du dette er feil, kontakt oppdragsgiveren som inviterte deg.
error-portal-link-revoked = Oppdragsgiveren har trukket tilbake denne lenken. Be oppdragsgiveren som inviterte deg om en ny.
error-form-unreadable = Skjemaet kunne ikke leses. Gå tilbake til tilbudet og prøv igjen.

## Answer sheets from the e-tendering system's ZIP
import-zip-no-bidder = Ingen invitert tilbyders organisasjonsnummer står i filnavnet eller mappen.
import-zip-two-bidders = Navnet har organisasjonsnummeret til mer enn én invitert tilbyder.
import-zip-twice = Et svarskjema til for { $company }.
import-zip-submitted = { $company } har allerede levert tilbudet.
audit-action-bid-import-zip = Svarskjemaer importert fra KGV-systemet
tender-zip-heading = Tilbud mottatt i konkurransegjennomføringsverktøyet
tender-zip-help = Last opp ZIP-filen verktøyet (Mercell, TendSign, KGV, e-Avrop) eksporterer av mottatte tilbud. Hvert svarskjema kobles til tilbyderen med organisasjonsnummeret i fil- eller mappenavnet og kontrolleres som ett skjema; har ett skjema en feil, importeres ingenting.
action-import-zip = Kontroller og importer alle
tender-zip-done-title = Svarskjemaene er importert
tender-zip-done-help = Hvert tilbud under er nå levert med svarene fra skjemaet. Ta vare på listen i saken.
col-file = Fil i arkivet
col-receipt = Kvittering (SHA-256)
action-back-to-case = Tilbake til saken
tender-zip-skipped = { $count } andre dokumenter i arkivet ble ikke lest (bare svarskjemaer leses).
tender-package = Last ned konkurransepakken til KGV-verktøyet (ZIP: kravene som PDF og Word, svarskjemaet, OSCAL)
tender-package-annex = Kravspesifikasjon
tender-package-sheet = Svarskjema
tender-package-file = Konkurranse { $case }.zip
set-bulk-choose = Velg
set-bulk-heading = Endre mange samtidig
set-bulk-help = Kryss av krav i tabellen, eller velg et helt område eller en hel katalog, og så endringen.
set-bulk-area = Helt område
set-bulk-catalogue = Hel katalog
set-bulk-change = Endring
set-bulk-must = Gjør til minstekrav
set-bulk-award = Gjør til tildelingskriterier, hvert med vekten under
set-bulk-remove = Fjern fra kravsettet
set-bulk-weight = Vekt for hvert (%)
set-bulk-apply = Bruk på de valgte
error-bulk-nothing-chosen = Krav: kryss av minst ett, eller velg et område eller en katalog.
steps-label = Hvor saken står
step-classify = Klassifiser
step-tier = Nivå
step-set = Krav
step-publish = Kunngjør
step-bidders = Tilbydere
step-evaluation = Evaluering
step-award = Tildeling
step-done = ferdig
step-current = nå
evaluation-pass-met = Godkjenn alle minstekrav besvart «oppfylt» som jeg ikke har vurdert
consensus-disagreements = { $count ->
    [0] Evaluatorene er enige om alt som er vurdert.
    [one] Evaluatorene er uenige om ett krav (først under).
   *[other] Evaluatorene er uenige om { $count } krav (først under).
}
consensus-agreed-open = { $count ->
    [0] {""}
    [one] Én omforent vurdering venter på din bekreftelse.
   *[other] { $count } omforente vurderinger venter på din bekreftelse.
}
consensus-confirm = Bekreft de { $count } omforente vurderingene som konsensus
consensus-disagree = evaluatorene er uenige
consensus-agreed = enige
error-consensus-nothing-agreed = Konsensus: ingenting er omforent og ubekreftet; avgjør uenighetene under.
report-summary = Sammendrag
report-recommendation = Innstilling: tildel kontrakten til { $company }, rangert først med { $total } av 100 poeng.
report-no-recommendation = Ingen innstilling ennå: evalueringen er ikke fullført.
report-areas = Poeng per område
report-appendix-log = Vedlegg: evalueringsloggen
report-file = { $case } Beslutningsgrunnlag.{ $ext }
annex-file = { $case } Kravspesifikasjon.{ $ext }
sheet-file = { $case } Svarskjema.{ $ext }
evaluation-error-kept = Ingenting ble lagret; alt du skrev, står der fortsatt. Rett kravet som er nevnt, og lagre igjen.
areas-nav = Områdene i kravsettet
areas-all = Alle områder
areas-help-whole = Vis alle områdene, eller ett om gangen:
areas-help-paged = Kravsettet er langt og vises derfor ett område om gangen:
action-save-next-area = Lagre og gå til neste område
grid-title = Evalueringsrutenett
grid-help = Hvert krav med alle leverandørenes svar ved siden av hverandre: vurder krav for krav, på tvers av leverandørene. Vurderingene dine her er de samme som på hver leverandørs evalueringsside.
grid-per-bidder = Én leverandør om gangen
grid-link = Evalueringsrutenett (krav for krav, alle leverandører)
