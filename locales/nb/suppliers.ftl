# Leverandører og kontrakter: registeret, kontraktene og reglene de kontrolleres etter.

perm-supplier_view = Se leverandørregisteret, kontraktene, databehandleravtalene og sertifikatene
perm-supplier_edit = Registrere og endre leverandører og kontrakter, og gjøre et tildelt tilbud til en kontrakt

error-orgnr-empty = Organisasjonsnummer: skriv leverandørens organisasjonsnummer.
error-orgnr-character = Organisasjonsnummer: tegn { $position } («{ $found }») er ikke et siffer.
error-orgnr-length = Organisasjonsnummer: det har { $found } sifre; det skal ha { $expected }.
error-orgnr-mod11 = Organisasjonsnummer: kontrollsifferet (modulus 11, det niende sifferet) skal være { $expected }, ikke { $found }. Se etter en skrivefeil.
error-orgnr-mod11-never = Organisasjonsnummer: de åtte første sifrene gir kontrollsiffer 10 etter modulus 11, og slike nummer deles ikke ut. Se etter en skrivefeil.
error-orgnr-luhn = Organisasjonsnummer: kontrollsifferet (Luhn, det tiende sifferet) skal være { $expected }, ikke { $found }. Se etter en skrivefeil.
error-supplier-name = Juridisk navn: skriv leverandørens registrerte navn.
error-supplier-website = Nettsted: skriv en adresse som begynner med https:// (eller http://).
error-contract-ends-before-start = Sluttdato: kontrakten kan ikke slutte før den begynner.
error-contract-call-off-framework = Rammeavtale: et avrop gjøres under en rammeavtale; velg den.
error-contract-not-framework = Rammeavtale: velg en rammeavtale med samme leverandør.
error-contract-framework-call-off-only = Rammeavtale: bare avrop gjøres under en rammeavtale.
error-contract-notice = Oppsigelsestid: høyst 120 måneder.

audit-action-supplier-create = Leverandør registrert
audit-action-supplier-update = Leverandøropplysninger endret
audit-action-supplier-status = Leverandørstatus endret
audit-action-supplier-contact-add = Kontaktperson hos leverandør lagt til
audit-action-supplier-contact-remove = Kontaktperson hos leverandør fjernet
audit-action-contract-create = Kontrakt registrert

error-date = Skriv datoen som år-måned-dag (2027-01-31).
error-supplier-duplicate = Organisasjonsnummer: registeret har allerede en leverandør med dette nummeret.
error-supplier-status = Status: leverandøren kan ikke gå dit fra statusen den har nå.
error-supplier-phone = Telefon: bare sifre, mellomrom og + - ( ), høyst 40.
error-contract-not-awarded = Saken er ikke tildelt: kontrakten lages av det vinnende tilbudet etter tildelingen.
error-contract-standstill = Karensperioden er ikke over: kontrakten kan inngås når den er det.
error-contract-exists = Denne saken er allerede blitt en kontrakt.

nav-suppliers = Leverandører
nav-contracts = Kontrakter
supplier-new = Registrer en leverandør
supplier-none = Ingen leverandører ennå. En leverandør registreres her, eller når et tildelt tilbud blir en kontrakt.
field-legal-name = Juridisk navn
field-parent-group = Konsern (morselskap)
field-website = Nettsted
field-name = Navn
field-phone = Telefon
field-contact-role = Rolle
field-supplier = Leverandør
col-tier = Kritikalitet
col-contracts = Kontrakter i kraft / alle
supplier-status-prospective = Potensiell
supplier-status-active = Aktiv
supplier-status-suspended = Suspendert
supplier-status-exited = Avsluttet
supplier-to-active = Gjør aktiv
supplier-to-suspended = Suspender
supplier-to-exited = Merk som avsluttet
supplier-contacts = Kontaktpersoner
supplier-contacts-none = Ingen kontaktpersoner ennå: legg inn sikkerhetskontakt, hendelseslinje døgnet rundt og personvernombud.
contact-role-security = Sikkerhetskontakt
contact-role-incident_line = Hendelseslinje (døgnåpen)
contact-role-dpo = Personvernombud
contact-role-account_manager = Kundeansvarlig
supplier-bids = Tilbud i våre anskaffelser
supplier-bids-none = Ingen tilbud i denne organisasjonens anskaffelser.
supplier-bid-won = tildelt
contract-none = Ingen kontrakter ennå.
contract-new = Registrer en kontrakt
field-contract-title = Kontrakt
field-contract-template = Avtaleverk
field-contract-kind = Type
field-framework = Rammeavtale
field-start-date = Start
field-end-date = Slutt
field-notice-months = Oppsigelsestid (måneder)
field-options = Opsjoner (forlengelser)
contract-template-ssa_l = SSA-L (lisens)
contract-template-ssa_d = SSA-D (drift)
contract-template-ssa_t = SSA-T (tilpasning)
contract-template-ssa_sky = SSA-sky (skytjenester)
contract-template-ssa_o = SSA-O (vedlikehold)
contract-template-ssa_k = SSA-K (kjøp)
contract-template-se_general = Svenske alminnelige vilkår
contract-template-supplier_own = Leverandørens egne vilkår
contract-kind-single = Kontrakt
contract-kind-framework = Rammeavtale
contract-kind-call_off = Avrop på rammeavtale
contract-status-draft = Ikke startet
contract-status-active = Aktiv
contract-status-in_exit = Går mot slutten
contract-status-terminated = Sagt opp
contract-status-expired = Utløpt
contract-until-notice = Til den sies opp
contract-last-notice-day = Siste dag for oppsigelse
contract-from-award = Kontrakt fra tildelingen
contract-from-award-help = Kontrakten viser til det vinnende tilbudet, svarene, dokumentasjonen og sertifikatene, og til den kunngjorte kravlisten med SHA-256; ingenting kopieres.
contract-case = Anskaffelse
contract-winning-bid = Det vinnende tilbudet
contract-set = Kravlisten ({ $count } krav), SHA-256
contract-standstill-until = Karensperioden varer til { $until }; kontrakten kan inngås etter det.
action-contract-from-award = Registrer kontrakten

dpa-heading = Databehandleravtale
dpa-missing = Ingen databehandleravtale registrert. En leverandør som behandler personopplysninger for oss, må ha en (personvernforordningen art. 28).
field-dpa-template = Avtale
dpa-template-ssa_dba = SSA databehandleravtale (Norge)
dpa-template-skr_pub = SKR/Adda PUB-avtal (Sverige)
dpa-template-supplier_own = Leverandørens egen avtale
field-dpa-version = Versjon
field-dpa-signed = Signert
field-breach-notice-hours = Varsel til oss om brudd, innen timer
field-subprocessor-notice-days = Varsel om ny underdatabehandler, dager i forveien
field-objection-days = Vår frist for innsigelse, dager
field-deletion-days = Sletting eller tilbakelevering etter slutt, innen dager
field-audit-clause = Vi kan revidere leverandøren (revisjonsklausul)
field-next-review = Neste gjennomgang
error-dpa-number = Skriv et heltall.
error-dpa-breach-hours = Varsel om brudd: mellom 1 og 72 timer; vi må selv melde til tilsynet innen 72 timer.
error-dpa-objection = Innsigelsesfrist: den kan ikke være lengre enn varselet om ny underdatabehandler, ellers trer endringen i kraft først.
error-dpa-days = Høyst 365 dager.
sub-processors-heading = Underdatabehandlere
sub-processors-none = Ingen underdatabehandlere registrert.
sub-processor-new = Legg til en underdatabehandler
sub-processor-move = Flytt i kjeden
sub-processor-decide = Beslutning
field-sub-parent = Arbeider for
sub-parent-supplier = Leverandøren selv
field-country-code = Land (landkode med to bokstaver, f.eks. IE)
field-sub-role = Hva den gjør
field-data-categories = Personopplysninger den behandler
field-locations = Hvor data behandles
field-locations-help = Landkoder skilt med komma, f.eks. IE, US.
field-transfer-basis = Overføringsgrunnlag
field-tia-date = Vurdering av overføringen (TIA), dato
field-tia-result = Vurdering av overføringen (TIA), resultat
field-objection-reason = Begrunnelse for innsigelsen
transfer-basis-adequacy = Adekvansbeslutning (art. 45)
transfer-basis-scc = Standard personvernbestemmelser (art. 46 nr. 2 bokstav c)
transfer-basis-bcr = Bindende virksomhetsregler (art. 47)
transfer-basis-other_art46 = Annet garantigrunnlag (art. 46)
transfer-basis-derogation = Unntak (art. 49)
transfer-basis-none_needed = Ikke nødvendig (innenfor EØS)
sub-processor-status-proposed = Foreslått
sub-processor-status-notified = Varslet
sub-processor-status-objection_window = Innsigelsesfrist løper
sub-processor-status-approved = Godkjent
sub-processor-status-objected = Innsigelse
sub-processor-status-removed = Fjernet
sub-processor-to-approved = Godkjenn
sub-processor-to-objected = Gjør innsigelse
sub-processor-to-removed = Fjern
transfer-unlawful = Utenfor EØS uten overføringsgrunnlag: { $countries }
transfer-unlawful-by = { $name } sender personopplysninger ut av EØS uten overføringsgrunnlag
supplier-flag-transfer = Overføring ut av EØS uten grunnlag
supplier-flag-no-dpa = Ingen databehandleravtale
error-country-code = Land: skriv landkoden med to bokstaver (NO, SE, IE, US).
error-locations = Hvor data behandles: «{ $entry }» er ikke en landkode med to bokstaver.
error-sub-processor-cycle = Arbeider for: da ville den arbeide for seg selv gjennom kjeden.
error-sub-processor-reason = Skriv hvorfor vi gjør innsigelse; leverandøren får beskjed.
error-sub-processor-status = Underdatabehandleren kan ikke gå dit fra statusen den har nå.
action-move = Flytt

yes = Ja
no = Nei

audit-action-dpa-put = Databehandleravtale registrert
audit-action-sub-processor-add = Underdatabehandler lagt til
audit-action-sub-processor-move = Underdatabehandler flyttet i kjeden
audit-action-sub-processor-decide = Beslutning om underdatabehandler

error-contract-availability = Tilgjengelighet: en prosent opptil 100 med høyst to desimaler (99,9).
error-contract-member = Velg et medlem av organisasjonen.
contract-roles-heading = Personer og tjenestenivå
field-contract-owner = Avtaleeier
field-contract-manager = Kontraktsforvalter
field-system-owner = Systemeier
field-security-officer = Sikkerhetsansvarlig
field-sla-availability = Tilgjengelighet (%)
field-rpo-hours = Maksimalt datatap, RPO (timer)
field-rto-hours = Maksimal gjenopprettingstid, RTO (timer)
field-support-hours = Supporttider
nobody = Ingen
audit-action-contract-update = Personer eller tjenestenivå for kontrakten endret

certificates-from-bids = Fra de vinnende tilbudene
certificate-new = Legg til et sertifikat eller en attestasjon
field-cert-kind = Type
field-cert-edition = Utgave (f.eks. 2022)
field-cert-number = Sertifikatnummer
field-cert-body = Sertifiseringsorgan
field-cert-accreditation = Akkreditert av
field-cert-scope = Omfang, slik sertifikatet angir det
field-coverage = Dekker omfanget tjenesten vi kjøper?
field-coverage-note = Vår merknad om omfanget
field-valid-from = Gyldig fra
field-last-surveillance = Siste oppfølgingsrevisjon
cert-kind-other = Annet
coverage-unjudged = Ikke vurdert ennå
coverage-yes = Ja
coverage-partly = Delvis
coverage-no = Nei
certificate-status-valid = Gyldig
certificate-status-expiring = Utløper snart
certificate-status-expired = Utløpt
certificate-status-withdrawn = Trukket tilbake
certificate-flag-lapsed_edition = ISO/IEC 27001:2013 falt bort 31. oktober 2025: be om sertifikatet etter 2022-utgaven
certificate-flag-scope_not_covering = Omfanget dekker ikke tjenesten vi kjøper
certificate-flag-scope_partly = Omfanget dekker bare deler av tjenesten vi kjøper
supplier-flag-certificate = Et sertifikat må følges opp
action-withdraw = Trukket tilbake av organet
error-certificate-dates = Gyldig til: sertifikatet kan ikke slutte før det begynner.
error-certificate-withdrawn = Sertifikatet er allerede trukket tilbake.
audit-action-supplier-certificate-add = Leverandørsertifikat lagt til
audit-action-supplier-certificate-withdraw = Leverandørsertifikat trukket tilbake

register-filter = Avgrens registeret
filter-all = Alle
filter-flag = Må følges opp
register-count = Viser { $shown }
supplier-flag-ending = En kontrakt nærmer seg slutten: planlegg avslutningen

service-heading = Tjeneste og data
service-none = Ikke beskrevet ennå.
service-levels = Konfidensialitet / integritet / tilgjengelighet / sporbarhet
field-service-description = Hva som leveres
field-subjects-band = Hvor mange personer opplysningene gjelder
field-storage-countries = Lagres i
field-processing-countries = Behandles i
field-support-countries = Supporttilgang fra
subjects-none = Ingen
subjects-up_to_100 = Opptil 100
subjects-up_to_1000 = 101 til 1 000
subjects-up_to_10000 = 1 001 til 10 000
subjects-up_to_100000 = 10 001 til 100 000
subjects-over_100000 = Flere enn 100 000
records-heading = Behandlingsprotokoll for tjenesten
records-none = Ingen behandlinger registrert ennå.
field-record-data = Hvilke personopplysninger
field-purpose = Hvorfor
field-record-subjects = Om hvem
field-source = Hvorfra
error-service-level = Velg et nivå fra 1 til 4.
error-service-special = Særlige kategorier: kryss av for personopplysninger først.
error-service-subjects = Hvor mange personer: kryss av for personopplysninger først, eller velg «Ingen».
audit-action-contract-service = Tjeneste og data for en kontrakt registrert
audit-action-processing-record-add = Behandling lagt til i protokollen

register-col-flags = Må følges opp
register-col-dpa = Databehandleravtale
register-download = Last ned registeret (Excel)
register-file = leverandørregister

register-import = Les inn eksisterende leverandører og kontrakter
register-import-help = En arbeidsbok med kolonnene fra nedlastingen av registeret: et ark med leverandører og, om du har det, et ark med kontrakter. Ingenting skrives før alle radene er riktige.
field-workbook = Arbeidsbok (.xlsx)
register-import-problems = Registeret ble ikke lest inn
register-import-problems-help = Ingenting er skrevet. Rett opp dette i arbeidsboken og last den opp igjen.
register-import-done = Lest inn
register-import-count = { $suppliers } leverandører og
register-import-contracts = { $contracts } kontrakter ble lagt til i registeret.
error-import-no-suppliers = Ingen ark med kolonnen «{ $heading }»: arket med leverandører mangler.
error-import-column = Kolonnen «{ $heading }» er ikke en registeret leser.
error-import-missing-column = Kolonnen «{ $heading }» mangler.
error-import-twice = Samme organisasjonsnummer som rad { $row }.
error-import-no-supplier = Ingen leverandør med organisasjonsnummer { $number } i arket med leverandører eller i registeret.
audit-action-supplier-import = Leverandører og kontrakter lest inn fra en arbeidsbok

## Leverandørens arbeidsflate
perm-supplier_workspace = Egen leverandørs arbeidsflate: kontraktene med organisasjonen, kontaktpunkter, sertifikater og endringer i underdatabehandlere
nav-workspace = Arbeidsflate
workspace-intro = Arbeidsflaten din hos { $org }: kontraktene, endringene i underdatabehandlere dere har varslet og hva som ble avgjort, kontaktpunktene og sertifikatene.
workspace-changes = Varslede endringer i underdatabehandlere
workspace-changes-none = Ingen endringer varslet.
workspace-certificate-new = Last opp et fornyet sertifikat
workspace-announce = Varsle en ny underdatabehandler
workspace-announce-help = Varselet starter databehandleravtalens varslingsfrist: kunden kan gjøre innsigelse innen innsigelsesfristen. Endringen kan tidligst gjelde fra { $day }.
workspace-dpa-defaults = Det er ikke registrert noen databehandleravtale for denne kontrakten; standardtallene under gjelder til den er det.
workspace-people = Personer med leverandørens arbeidsflate
workspace-people-help = Leverandørens kontaktpersoner kan få sin egen arbeidsflate: de logger inn med en lenke sendt til e-posten sin, holder kontaktpunktene oppdatert, laster opp fornyede sertifikater og varsler endringer i underdatabehandlere. Alt de gjør, står i revisjonsloggen med navnet deres.
workspace-people-none = Ingen fra leverandøren har arbeidsflaten.
field-objection-until = Innsigelsesfrist
field-effective = Gjelder fra
field-certificate-file = Sertifikat (PDF eller bilde)
field-contact = Kontaktperson
field-document-kind = Type dokument
action-announce = Varsle
action-grant-workspace = Gi arbeidsflaten og send innloggingslenke
action-revoke-workspace = Fjern arbeidsflaten
supplier-sign-in-title = Innlogging for leverandører
supplier-sign-in-intro = Skriv inn e-postadressen din. Hører den til en leverandør med arbeidsflate, sender vi deg en innloggingslenke.
supplier-link-intro = Trykk på knappen for å logge inn på leverandørens arbeidsflate. Lenken virker én gang.
supplier-link-sent = Hører adressen til en leverandørs arbeidsflate, er en innloggingslenke på vei. Den virker én gang og en kort stund.
supplier-link-invalid = Denne innloggingslenken er brukt eller utløpt. Be om en ny.
supplier-link-new = Be om en ny lenke
notice-announced = Endringen er varslet; kunden har fått beskjed.
sub-processor-announced-by = Varslet av { $who }
documents-heading = Dokumenter
documents-none = Ingen dokumenter lagret ennå.
document-kind-signed_contract = Signert kontrakt
document-kind-annex = Bilag
document-kind-dpa = Databehandleravtale
document-kind-transfer_assessment = Vurdering av overføring (TIA)
document-kind-certificate = Sertifikat
error-workspace-disabled = Kontaktpersonens konto er deaktivert.
error-workspace-other-supplier = Kontaktpersonen har allerede arbeidsflaten til en annen leverandør i denne organisasjonen.
error-workspace-member = Kontaktpersonens adresse tilhører et medlem av organisasjonen; en leverandørs arbeidsflate trenger leverandørens egen adresse.
error-sub-processor-effective = Endringen kan ikke gjelde før varslingsfristen har løpt: tidligst { $day }.
error-objection-window-closed = Innsigelsesfristen er ute; endringen står slik avtalen sier.
mail-supplier-link-subject = Logg inn på leverandørflaten hos { $org }
mail-supplier-link-body = Hei,

    Bruk denne lenken for å logge inn på arbeidsflaten til { $supplier } hos { $org }:

    { $link }

    Lenken virker én gang og i { $minutes } minutter. Har du ikke bedt om den, kan du se bort fra denne e-posten.
mail-sub-processor-announced-subject = Ny underdatabehandler varslet: { $name } ({ $contract })
mail-sub-processor-announced-body = Leverandøren har varslet en ny underdatabehandler på kontrakten «{ $contract }» med { $org }.

    Underdatabehandler: { $name }
    Behandlingssteder: { $locations }
    Gjelder fra: { $effective }

    Dere kan gjøre innsigelse til og med { $until }. Uten innsigelse står endringen når fristen er ute.
mail-sub-processor-reminder-subject = Innsigelsesfristen går ut { $until }: { $name } ({ $contract })
mail-sub-processor-reminder-body = Innsigelsesfristen for den nye underdatabehandleren { $name } på kontrakten «{ $contract }» med { $org } går ut { $until }.

    Behandlingssteder: { $locations }
    Gjelder fra: { $effective }

    Uten innsigelse står endringen når fristen er ute.
mail-sub-processor-objected-subject = Innsigelse mot underdatabehandleren { $name }
mail-sub-processor-objected-body = { $org } gjør innsigelse mot den nye underdatabehandleren { $name } på kontrakten «{ $contract }».

    Begrunnelse: { $reason }
mail-sub-processor-approved-subject = Underdatabehandler godkjent: { $name }
mail-sub-processor-approved-body = { $org } har godkjent den nye underdatabehandleren { $name } på kontrakten «{ $contract }».
mail-sub-processor-stands-subject = Endringen står: { $name }
mail-sub-processor-stands-body = Innsigelsesfristen for den nye underdatabehandleren { $name } på kontrakten «{ $contract }» med { $org } er ute uten innsigelse. Endringen står.
audit-action-supplier-person-grant = Leverandørens arbeidsflate gitt
audit-action-supplier-person-revoke = Leverandørens arbeidsflate fjernet
audit-action-supplier-link-sent = Innloggingslenke sendt til leverandør
audit-action-supplier-sign-in = Leverandør logget inn med lenke
audit-action-supplier-sign-in-failed = Leverandørs innloggingslenke avvist
audit-action-supplier-person-refused = Leverandørperson avvist
audit-action-sub-processor-announce = Underdatabehandler varslet
audit-action-sub-processor-stands = Endring i underdatabehandler står
audit-action-supplier-document-add = Dokument lagret
audit-action-supplier-document-read = Dokument lest
error-role-supplier-person = En leverandørperson kan ikke få en rolle i organisasjonen; fjern heller arbeidsflaten på leverandørens side.
contract-set-heading = Kravsett
contract-set-help = En kontrakt registrert for hånd får kravene sine fra en katalog: hvert krav slik det lyder nå, frosset med SHA-256 som et publisert kravsett i en konkurranse. Når det er valgt, endres det ikke.
field-contract-catalogue = Katalog
action-freeze-set = Velg og frys
error-contract-set-frozen = Kontrakten har allerede et kravsett; et frosset kravsett endres ikke.
error-contract-set-empty = Katalogen har ingen krav.
audit-action-contract-set-freeze = Kontraktens kravsett frosset
