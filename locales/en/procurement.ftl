# tillit — English — procurement: cases, tender, bidders and the portal, evaluation, documents

nav-procurements = Procurements
perm-procurement_view = See procurement cases and, once opened at the deadline, the bids, evidence and evaluation
perm-procurement_edit = Create and classify cases, publish tenders, invite bidders, evaluate, sign the decision and award
case-new = New procurement case
field-case-number = Case number
case-none = No procurement cases yet.
case-status-heading = Status
case-status-draft = Draft
case-status-published = Published
case-status-evaluation = Evaluation
case-status-awarded = Awarded
case-status-closed = Closed
case-status-cancelled = Cancelled
case-move-published = Publish
case-move-evaluation = Start the evaluation
case-move-awarded = Award
case-move-closed = Close
case-move-cancelled = Cancel the procurement
classification-heading = What is bought and what it handles
classification-help = The classification decides the criticality tier. It can be changed while the case is a draft.
field-kind = What is bought
kind-saas = Software as a service
kind-supplier_hosting = Hosting by the supplier
kind-on_premises = Software on our own systems
kind-operation_maintenance = Operation and maintenance
kind-consultancy = Consultancy
field-confidentiality = Confidentiality
field-integrity = Integrity
field-availability = Availability
field-traceability = Traceability
level-1 = 1 – low
level-2 = 2 – moderate
level-3 = 3 – high
level-4 = 4 – very high
level-1-help = A breach causes little harm: inconvenience, nothing more.
level-2-help = A breach causes some harm to people or the municipality that can be put right.
level-3-help = A breach causes serious harm: to people's health, rights or finances, or to important services.
level-4-help = A breach causes very serious or lasting harm, to life and health or to critical services.
field-personal-data = Handles personal data
field-special-categories = Handles special categories of personal data (GDPR art. 9: health, ethnicity, religion …)
field-data-subjects = Number of people whose data it handles
field-location = Where the data is stored and processed
location-domestic = In Norway or Sweden
location-eea = Elsewhere in the EEA
location-outside_eea = Outside the EEA
field-users = Number of users
field-internet-exposed = Reachable from the internet
tier-heading = Criticality
tier-label = Tier:
tier-low = low
tier-medium = medium
tier-high = high
tier-critical = critical
tier-overridden = overridden
tier-rule-says = The rule gives
tier-reasoning = How the tier follows
tier-override = Override the tier
tier-no-override = No override (use the rule)
tier-override-reason = Reason
tier-reason-highest-level = The highest level of confidentiality, integrity, availability and traceability gives { $tier }.
tier-reason-many-subjects = Personal data about more than 10,000 people: at least { $tier }.
tier-reason-special-categories = Special categories of personal data: at least { $tier }.
tier-reason-special-many = Special categories about more than 10,000 people: { $tier }.
tier-reason-exposed-supplier = The supplier holds the data, it is reachable from the internet and confidentiality or integrity is high: at least { $tier }.
tier-reason-many-users = More than 10,000 users and high availability: at least { $tier }.
tier-reason-outside-eea = Personal data stored or processed outside the EEA: one step up, to { $tier }.
error-case-number-taken = There is already a case with this number.
error-level = Choose a level from 1 to 4.
error-special-without-personal = Special categories are personal data: tick personal data too.
error-case-not-draft = This can only change while the case is a draft.
error-override-reason = Write a reason of at least 10 characters for the override.
error-status-move = The case cannot move to that status from where it is.
error-number = Write a whole number.
error-choose = Choose from the list.
set-proposal-heading = Proposed requirement set
set-proposal-help = What the tier asks of the supplier, from the built-in catalogues: principal requirements at every tier, basic requirements from medium, additional ones from high (as award criteria; at critical as must requirements).
set-kind-must = must requirement
set-kind-award = award criterion
set-must-count = { $count ->
    [one] one must requirement
   *[other] { $count } must requirements
    }
set-award-count = { $count ->
    [one] one award criterion
   *[other] { $count } award criteria
    }
set-heading = Requirement set
set-help = The requirements this tender asks of the supplier. Start from the proposal, then add, remove or reword; award weights must add up to 100 %. The set can change while the case is a draft.
set-empty = No requirements chosen yet.
set-adopt = Adopt the proposal (replaces the set)
set-add = Add or change a requirement
set-own-wording = own wording
set-ready = Ready to publish: the set asks something and the award weights add up to 100 %.
set-weights-not-hundred = The award weights add up to { $sum } %, not 100 %.
set-weights-out-of-range = Every award criterion needs a weight from 1 to 100 %.
field-requirement = Requirement
field-set-kind = Asked as
field-weight = Weight (%)
field-wording = Wording in this tender (empty: the catalogue's)
error-weight = An award criterion needs a weight from 1 to 100 %.
error-requirement-in-set = A procurement case asks this requirement; remove it from the case's requirement set first.
error-set-empty = Choose the requirement set before the tender is published.
error-set-weights = The award weights must add up to 100 % before the tender is published.
set-change = Change

## Publishing and corrections
tender-heading = Tender
tender-help = Publishing freezes the requirement set as version 1 with a SHA-256 fingerprint. Set the deadline for answers first.
field-deadline = Deadline for answers
deadline-none = not set
local-time = Norwegian/Swedish time
error-deadline-format = Deadline: give a date and time, such as 2027-01-15 12:00.
error-deadline-past = Deadline: the deadline for answers must lie in the future.
error-award-confirm = Confirm: tick the award on the award page.
error-award-no-winner = No winner: every bid was rejected, or two share the first place.
error-award-changed = The ranking changed since the page was loaded. Reload the page.
error-standstill = The standstill period has not ended: no contract is entered before it is over.
error-import-closed = Returned answer sheets are read in before the evaluation starts.
error-reopen-reason = Reason: say why the evaluation is reopened (at least ten characters).
error-evaluation-not-signed = The evaluation is not signed off.
error-reopen-awarded = After the award the evaluation cannot be reopened.
error-evaluation-changed = Someone else changed the evaluation. Reload the page.
error-deadline-shortened = Deadline: a published deadline can be extended, never shortened.
error-deadline-reason = Reason: say why the deadline is extended (at least ten characters); the suppliers receive it.
error-bids-sealed = The bids are sealed until the deadline has passed.
error-bid-draft = The bid has not been submitted: a draft is never shown to the buyer.
error-deadline-missing = Deadline: set a deadline for answers in the future before publishing.
error-case-not-open = Deadline: the deadline can only change before publishing or while the tender is out.
error-set-frozen = Requirement set: the published set is frozen. Open a correction to prepare a new version.
error-correction-not-possible = A correction can only be opened while the tender is published and no correction is open.
error-correction-not-open = Open a correction before publishing one.
error-correction-open = Publish the open correction of the requirement set first.
error-correction-note = Correction note: say in at least 10 characters what the correction changes.
error-correction-unchanged = Requirement set: the correction changes nothing compared with the published version.
set-version = Version { $version }
set-versions-heading = Published versions of the requirement set
set-versions-help = Every published version stays as it was published. The SHA-256 fingerprint is printed on every export, so anyone can check that a document belongs to this version.
set-versions-link = All published versions and their changes
set-not-published = The requirement set has not been published yet.
field-published = Published
field-correction-note = What the correction changes
set-changes-heading = Changes from the version before
set-change-added = { $ref }: added
set-change-removed = { $ref }: removed
set-change-field-text = wording
set-change-field-kind = must or award
set-change-field-weight = weight
set-original-wording = The catalogue's wording
correction-open-help = A correction is open: change the requirement set below, then publish it as the next version. Bidders see the published version until then.
action-open-correction = Open a correction
action-publish-correction = Publish the correction

## Bidders and the supplier portal
bidders-heading = Bidders
bidders-none = No bidders have been invited yet.
bidder-invite = Invite a bidder
bidder-invite-help = The contact gets a personal link by e-mail to this bid alone. It works until the deadline and can be revoked.
field-company = Company
field-country = Country
country-no = Norway
country-se = Sweden
field-org-number = Organisation number
field-contact-email = Contact's e-mail
action-invite-bidder = Invite
error-company = Company: give the company's name.
error-orgnr-no = Organisation number: a Norwegian organisation number has 9 digits and a valid check digit.
error-orgnr-se = Organisation number: a Swedish organisation number has 10 digits and a valid check digit.
error-bidder-exists = Organisation number: this company has already been invited to this tender.
error-bid-not-published = Bidders can be invited, and links sent, only while the tender is published.
error-deadline-passed = Deadline: the deadline for answers has passed.
bid-status-invited = invited
bid-status-draft = answering (draft)
bid-status-submitted = submitted
bid-source-portal = the supplier portal
bid-source-excel = the bidder's returned Excel sheet
field-bid-source = Answers from
field-submitted = Submitted
field-receipt = Receipt (SHA-256)
bid-links-heading = Personal links
bid-links-help = Only the hash of a link is stored. A new link stops every earlier one from working.
field-created = Created
field-expires = Expires
link-live = works
link-revoked = revoked
link-expired = expired
action-send-new-link = Send a new link
action-revoke-links = Revoke all links
bid-answers-heading = Answers
field-answer = Answer
field-description = Description
field-evidence-ref = Evidence reference
answer-none = not answered
answer-met = met
answer-partly_met = partly met
answer-not_met = not met
answer-not_applicable = not applicable
evidence-heading = Evidence
evidence-none = No evidence has been uploaded.
evidence-help = PDF, images (PNG, JPEG) and office documents (Word, Excel, PowerPoint, OpenDocument) up to { $mb } MB. Documents with macros are refused. Every file is stored with its SHA-256 fingerprint.
field-file = File
action-upload = Upload
certificates-heading = Certificates
certificates-none = No certificates have been recorded.
field-certificate = Certificate
field-certificate-name = Name (for another certificate)
certificate-other = Another certificate
field-scope = Scope
field-issuer = Issued by
field-valid-until = Valid until
field-certificate-evidence = The certificate as evidence
error-certificate-name = Name: give the certificate's name.
error-certificate-scope = Scope: say what the certificate covers.
error-certificate-issuer = Issued by: name the certification body.
error-certificate-valid-until = Valid until: give the date the certificate expires.
portal-title = Answer the tender
portal-for = Bid from
portal-set = Requirement set
portal-help = Answer every requirement, describe how you meet it, and upload evidence. You can save a draft and come back with the same link until the deadline. Once submitted, the bid is locked.
portal-answers-heading = Requirements and answers
portal-submit-heading = Submit the bid
portal-submit-help = Submitting locks your answers. You get a receipt by e-mail with a fingerprint of what you submitted.
portal-unanswered = { $count } requirements are not answered yet.
portal-submitted-at = Submitted { $at }. The answers are locked.
portal-locked-submitted = The bid has been submitted and is locked.
portal-locked-deadline = The deadline has passed. Answers can no longer be changed.
portal-locked-closed = The tender is not open for answers.
action-save-draft = Save draft
action-submit-bid = Submit the bid
action-back-to-bid = Back to the bid
notice-submitted = The bid has been submitted. A receipt is on its way by e-mail.
error-portal-link = This link does not work: it is unknown, has been replaced or revoked, or the deadline has passed. Ask the buyer for a new link.
error-too-many-attempts = Too many failed attempts from your address. Wait a quarter of an hour and try again.
error-portal-deadline = Deadline: the deadline has passed, so nothing can be changed.
error-portal-submitted = The bid has been submitted and is locked.
error-portal-closed = The tender is not open for answers.
error-portal-unknown-requirement = Requirement: the answer names a requirement that is not in this tender's set.
error-portal-stale = The bid was changed in another window or by a colleague since this page was opened. Reload the page and save again.
error-portal-unanswered = Answers: answer every requirement before submitting; the unanswered ones are marked.
error-portal-explain-gaps = Description: describe every answer that is not "met" before submitting.
error-evidence-empty = File: the file is empty.
error-evidence-too-large = File: the file is larger than the limit.
error-evidence-type = File: only PDF, images (PNG, JPEG) and office documents can be uploaded.
error-evidence-extension = File: the file's name does not match its content. Give it its right ending.
error-evidence-macro = File: documents with macros are refused. Save it without macros.
error-evidence-legacy = File: old or password-protected Office files (.doc, .xls) are refused. Save it as .docx or .xlsx without a password.
error-evidence-bomb = File: the file unpacks to far more than a real document does.
mail-bid-invite-subject = Invitation to answer: { $case }
mail-bid-invite-body =
    Hello,

    { $org } invites { $company } to answer the security requirements of the tender { $case }.

    Open your personal link to answer (it works until the deadline, { $deadline } Norwegian/Swedish time):
    { $link }

    The link is for this one bid. Do not forward it.
mail-bid-receipt-subject = Receipt: your bid for { $case }
mail-bid-receipt-body =
    Hello,

    { $org } received the bid from { $company } for { $case } at { $submitted }.

    Answers: { $answers }. Evidence files: { $evidence }.
    Requirement set (SHA-256): { $set_hash }
    Receipt (SHA-256 of what you submitted): { $receipt }

    Keep this e-mail: the receipt shows exactly what was submitted.
mail-bid-correction-subject = Correction to the requirements: { $case }
mail-bid-correction-body =
    Hello,

    { $org } has published version { $version } of the requirement set for { $case }.

    What changed: { $note }

    Answers to requirements that did not change are kept; { $cleared } answers to changed requirements must be given again. Bid reopened for submission: { $reopened }.
    Requirement set (SHA-256): { $set_hash }
    Deadline: { $deadline } Norwegian/Swedish time.

    Use the link you already have.
mail-bid-deadline-subject = New deadline: { $case }
mail-bid-deadline-body =
    Hello,

    { $org } has extended the deadline for answers to { $case } to { $deadline } Norwegian/Swedish time.

    Reason: { $reason }

    Use the link you already have.

## Tender annex and the returned answer sheet
annex-heading = Tender annex
annex-xlsx = Answer sheet (Excel)
error-set-not-published = Requirement set: publish the tender first.
sheet-name = Answers
sheet-title = Security requirements: answer sheet
sheet-buyer = Buyer
sheet-case = Tender
sheet-instructions = Answer in columns G–I only. Choose the answer from the list, describe how you meet the requirement, and refer to your evidence. The requirement columns are locked; changed requirements are refused when the sheet is read back.
sheet-col-id = Requirement id
sheet-col-ref = No.
sheet-col-area = Area
sheet-col-text = Requirement
sheet-col-kind = Must or award
sheet-col-weight = Weight
sheet-col-status = Answer
sheet-col-description = Description
sheet-col-evidence = Evidence reference
bid-import-heading = Answers returned as the Excel sheet
bid-import-help = Upload the answer sheet the bidder returned. It is checked against the published set (every requirement, its text and the set's fingerprint) and imported as the submitted bid, all or nothing.
action-import-sheet = Check and import
import-problems-title = The answer sheet was not imported
import-problems-help = Nothing has been written. Put these right in the sheet (or ask the bidder to) and upload it again.
import-col-where = Where
import-col-problem = Problem
import-other-set = The sheet belongs to another tender's requirement set.
import-wrong-hash = The set's fingerprint in the sheet does not match: the sheet was altered.
import-old-version = The sheet answers version { $old } of the set; the tender is at version { $new }. Send the bidder the new answer sheet.
import-unknown-requirement = Row { $row }: requirement id { $id } is not in this tender's set.
import-duplicate = Row { $row }: this requirement is answered twice.
import-altered-text = Row { $row }: the text of requirement { $ref } was changed.
import-no-answer = Row { $row }: no answer is chosen.
import-bad-status = Row { $row }: "{ $value }" is not one of the answers in the list.
import-explain = Row { $row }: describe an answer that is not "met".
import-missing = Requirement { $ref } is missing from the sheet.
import-no-id = Row { $row }: the requirement id (column A) is missing.

## Evaluation and comparison
evaluation-heading = Evaluation
evaluation-title = Evaluation
evaluation-help = Judge each requirement on your own: pass or fail for a must requirement, 0–10 for an award criterion, always with a written justification. Other evaluators' judgements are shown to the lead evaluator only.
evaluation-mine = My judgements
evaluation-others = All evaluators
evaluation-mean = mean { $mean }
field-lead-evaluator = Lead evaluator
lead-none = not chosen
field-verdict = Verdict
field-score = Score (0–10)
field-justification = Justification
verdict-pass = passed
verdict-fail = failed
judgement-open = not judged
consensus-heading = Consensus
consensus-help = As lead evaluator, record the evaluation team's consensus for each requirement. The consensus decides the result.
action-save-consensus = Save the consensus
comparison-title = Comparison of bidders
comparison-none = No bids have been submitted.
comparison-ranking = Ranking
comparison-chart = Weighted total per bidder (0–100 points)
comparison-per-requirement = Per requirement
col-rank = Rank
col-total = Weighted total
col-by-area = Points per area
col-gaps = Not fully met
bid-rejected = rejected
evaluation-complete = Every bid has a consensus on every requirement: the lead evaluator can sign the evaluation off.
evaluation-incomplete = The consensus is not complete yet.
evaluation-signed-off-at = The evaluation was signed off { $at } and is locked.
action-sign-off = Sign off the evaluation
error-lead-evaluator = Lead evaluator: choose a member who may edit procurement cases.
error-evaluation-signed-off = The evaluation has been signed off and is locked.
error-evaluation-not-open = Bids are evaluated only while the case is in evaluation.
error-evaluation-before-deadline = Status: bids are opened for evaluation only after the deadline.
error-award-before-sign-off = Status: the tender is awarded only after the evaluation is signed off.
error-bid-not-submitted = Only submitted bids are evaluated.
error-not-lead = Only the lead evaluator records the consensus and signs off.
error-evaluation-incomplete = Evaluation: every bid needs a consensus on every requirement before sign-off.
error-judgement-kind = Verdict: a must requirement is passed or failed; an award criterion gets a score.
error-score-range = Score: give a whole number from 0 to 10.
error-justification = Justification: write at least 10 characters on why.

## Documents: tender annex and decision basis
code-must = M
code-award = A
doc-col-what = Item
doc-col-value = Value
doc-yes = yes
doc-no = no
annex-doc-title = Annex: security requirements, { $case }
annex-doc-codes = Code M is a must requirement: a bid that does not meet it is rejected. Code A is an award criterion: it is scored 0–10 and counts with its weight. Answer every requirement in the last column or in the answer sheet.
annex-col-code = Code
annex-col-answer = Supplier's answer
annex-docx = Annex (Word)
annex-pdf = Annex (PDF)
annex-oscal = Requirement set (OSCAL profile)
report-heading = Decision basis
report-pdf = Decision basis (PDF)
report-docx = Decision basis (Word)
report-xlsx = Decision basis (Excel)
report-title = Decision basis: { $case }
report-subject = Evaluation of bids and the basis for the award decision
report-classification = Classification and criticality tier
report-set = The published requirement set
report-bidder = Bidder: { $company }
report-sheet-case = Case
report-sheet-set = Requirements
report-sheet-judgements = Judgements
report-sheet-log = Evaluation log
report-col-failed = Failed must requirements
report-col-evaluator = Evaluator
report-col-time = Time
report-col-size = Size
report-col-sha256 = SHA-256 fingerprint
report-col-supports = Supports the answers to
report-col-who = Who
report-col-action = Action
report-col-changes = Changes

report-checkpoint = Audit log checkpoint
report-checkpoint-text = The audit log's last record when this report was made, signed with tillit's key. With this line an auditor can later check that the log was not rewritten (tillit audit verify --witness).

## Actions in the audit log
audit-action-case-create = Procurement created
audit-action-case-classify = Procurement classified
audit-action-case-tier-override = Criticality tier overridden
audit-action-case-status = Status changed
audit-action-case-contract-start = Planned contract start set
audit-action-case-deadline = Tender deadline set
audit-action-set-adopt-proposal = Proposed requirements adopted
audit-action-set-put = Requirement in the set changed
audit-action-set-bulk = Requirement set changed in bulk
audit-action-set-remove = Requirement taken out of the set
audit-action-set-correction-open = Correction started
audit-action-set-publish = Requirement set published
audit-action-bid-invite = Supplier invited
audit-action-bid-link = New portal link sent
audit-action-bid-revoke-links = Portal links revoked
audit-action-bid-answers = Answers saved
audit-action-bid-submit = Bid submitted
audit-action-case-award = Contract awarded
audit-action-award-notice = Award notice sent
audit-action-decision-seal = Signed decision basis stored
audit-action-evaluation-reopen = Evaluation reopened
audit-action-bids-open = Bids opened
audit-action-bid-correction = Bid opened for correction
audit-action-bid-import-excel = Answers imported from Excel
audit-action-evidence-upload = Evidence uploaded
audit-action-evidence-read = Evidence opened
audit-action-evidence-remove = Evidence removed
audit-action-certificate-remove = Certificate removed
audit-action-certificate-add = Certificate added
audit-action-evaluation-judge = Assessment saved
audit-action-evaluation-consensus = Consensus saved
audit-action-evaluation-lead = Evaluation lead chosen
audit-action-evaluation-sign-off = Evaluation signed off

## Sealed bids and their opening
bids-sealed = Sealed until { $deadline }: the contents of the bids are shown only once the deadline has passed.
bids-opened = The bids were opened { $at }: { $count } submitted.
bid-draft-hidden = Not submitted. A draft is never shown to the buyer.
field-deadline-reason = Reason for the extension (sent to the suppliers)

## The signed decision basis
decision-signed = Signed decision basis
decision-history-heading = Earlier signed bases
decision-voided = Void since { $at } ({ $by }): { $reason }
action-reopen = Reopen the evaluation
field-reopen-reason = Reason (kept in the log and in the case's history)

## The award decision and the standstill period
award-title = Award
award-winner = Winner
award-ranking = Ranking
award-points = Points
award-decided = Awarded { $at }.
award-standstill-until = The standstill period runs until { $until }; no contract is entered before it ends.
award-standstill-days = { $days } days
award-help = Every bidder receives the award notice with the ranking and the reasons, and the standstill period ({ $days }) begins.
award-confirm = I confirm the award to { $winner }
action-award = Award the contract
award-yours-winner = You are awarded the contract.
award-yours-advantages =
    The chosen bid's relative advantages over yours (area: chosen bid / your points):
    { $list }
award-yours-rejected = Your bid was rejected because these requirements were not met: { $failed }
mail-award-subject = Award notice: { $case }
mail-award-body =
    Hello,

    { $org } has decided to award the contract in { $case } to { $winner }.

    Ranking:
    { $ranking }

    { $yours }

    The standstill period runs until { $standstill } Norwegian/Swedish time. No contract is entered before it ends; until then you may ask for a fuller explanation or complain.
mail-standstill-subject = The standstill period has ended: { $case }
mail-standstill-body =
    Hello,

    The standstill period in { $case } for { $org } ended { $ends }. A contract may now be entered.

## Certificates against the deadline and the planned contract start
field-contract-start = Planned contract start
contract-start-none = not set
contract-start-help = Certificates that run out before this day are flagged to the supplier and in the evaluation.
error-contract-start-fixed = Planned contract start: it is a term of the tender and is fixed once the bids are opened.
error-contract-start-before-deadline = Planned contract start: choose a day after the tender deadline.
error-date-format = Date: give a date such as 2027-03-01.
certificate-flag-expired = Expired at the deadline: does not count for this bid
certificate-flag-before-start = Runs out before the planned contract start
certificates-flagged = { $count ->
    [one] One certificate is not valid for the whole period
   *[other] { $count } certificates are not valid for the whole period
}
notice-certificate-expired = Saved, but this certificate had expired by the tender deadline: it does not count for this bid. Add a valid one if you have it.
notice-certificate-before-start = Saved, but this certificate runs out before the planned contract start. The buyer will see that; say in your answers how it will be renewed.
certificate-valid = Valid for the whole period
report-col-certificate-check = Against the deadline and contract start

## The portal's one form, its confirmation and its PDF
field-size = Size
field-evidence-file = Evidence file
field-attach-file = Attach a new file to this answer
portal-pdf-title = Bid from { $company }
portal-pdf-intro = The bid as it was submitted, with the receipt that proves what was sent and when.
portal-pdf-file = Bid { $case }.pdf
portal-pdf-download = Download your bid as a PDF with the receipt
portal-blockers-heading = What must be done before the bid can be submitted
portal-blocker-unanswered = not answered
portal-blocker-unexplained = not met or partly met: explain why
portal-error-kept = Nothing you typed was lost: correct the field and press the button again.
portal-certificate-add = Add a certificate
action-review-bid = Review and submit
portal-confirm-title = Submit the bid
portal-confirm-text = Once submitted the bid cannot be changed. You get a receipt by e-mail and can download the bid as a PDF.
portal-confirm-check = I have checked the bid and want to submit it now
error-gone-title = This link no longer works
error-portal-link-expired = The deadline has passed and the bid was not submitted, so the link no longer opens it. If you believe this is wrong, contact the buyer who invited you.
error-portal-link-revoked = The buyer has withdrawn this link. Ask the buyer who invited you for a new one.
error-form-unreadable = The form could not be read. Go back to the bid and try again.

## Answer sheets from the e-tendering system's ZIP
import-zip-no-bidder = No invited bidder's organisation number is in this file's name or folder.
import-zip-two-bidders = The name holds the organisation numbers of more than one invited bidder.
import-zip-twice = A second answer sheet for { $company }.
import-zip-submitted = { $company } has already submitted its bid.
audit-action-bid-import-zip = Answer sheets imported from the e-tendering system
tender-zip-heading = Bids received in the e-tendering system
tender-zip-help = Upload the ZIP your e-tendering system (Mercell, TendSign, KGV, e-Avrop) exports of the received tenders. Each answer sheet is matched to its bidder by the organisation number in its file or folder name and checked like one sheet; if any sheet has a problem nothing is imported.
action-import-zip = Check and import all
tender-zip-done-title = Answer sheets imported
tender-zip-done-help = Every bid below is now submitted with the answers from its sheet. Keep this list with the tender's records.
col-file = File in the archive
col-receipt = Receipt (SHA-256)
action-back-to-case = Back to the case
tender-zip-skipped = { $count } other documents in the archive were not read (only answer sheets are).
tender-package = Download the tender package for the e-tendering system (ZIP: requirements as PDF and Word, the answer sheet, OSCAL)
tender-package-annex = Requirements
tender-package-sheet = Answer sheet
tender-package-file = Tender { $case }.zip
set-bulk-choose = Choose
set-bulk-heading = Change many at once
set-bulk-help = Tick requirements in the table, or choose a whole area or catalogue, then the change.
set-bulk-area = Whole area
set-bulk-catalogue = Whole catalogue
set-bulk-change = Change
set-bulk-must = Make must requirements
set-bulk-award = Make award criteria, each with the weight below
set-bulk-remove = Remove from the set
set-bulk-weight = Weight for each (%)
set-bulk-apply = Apply to the chosen
error-bulk-nothing-chosen = Requirements: tick at least one, or choose an area or a catalogue.
steps-label = Where the case stands
step-classify = Classify
step-tier = Tier
step-set = Requirements
step-publish = Publish
step-bidders = Bidders
step-evaluation = Evaluation
step-award = Award
step-done = done
step-current = now
evaluation-pass-met = Pass every must requirement answered "met" that I have not judged
consensus-disagreements = { $count ->
    [0] The evaluators agree on everything judged.
    [one] The evaluators disagree on one requirement (first below).
   *[other] The evaluators disagree on { $count } requirements (first below).
}
consensus-agreed-open = { $count ->
    [0] {""}
    [one] One agreed judgement awaits your confirmation.
   *[other] { $count } agreed judgements await your confirmation.
}
consensus-confirm = Confirm the { $count } agreed judgements as the consensus
consensus-disagree = the evaluators disagree
consensus-agreed = agreed
error-consensus-nothing-agreed = Consensus: nothing is agreed and unconfirmed; record the disagreements below.
report-summary = Summary
report-recommendation = Recommendation: award the contract to { $company }, ranked first with { $total } points of 100.
report-no-recommendation = No recommendation yet: the evaluation is not complete.
report-areas = Points per area
report-appendix-log = Appendix: the evaluation log
report-file = { $case } Decision basis.{ $ext }
annex-file = { $case } Requirements.{ $ext }
sheet-file = { $case } Answer sheet.{ $ext }
evaluation-error-kept = Nothing was saved; every input is as you typed it. Correct the requirement named and save again.
areas-nav = Areas of the requirement set
areas-all = All areas
areas-help-whole = Show every area, or one at a time:
areas-help-paged = The requirement set is long, so it is shown one area at a time:
action-save-next-area = Save and go to the next area
grid-title = Evaluation grid
grid-help = Each requirement with every bidder's answer beside it: judge requirement by requirement, across the bidders. Your judgements here are the same as on each bidder's evaluation page.
grid-per-bidder = One bidder at a time
grid-link = Evaluation grid (requirement by requirement, all bidders)
