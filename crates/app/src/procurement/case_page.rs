//! The case page's model, assembled here so the page handler only renders it: which
//! choices the classification form offers, what the tier proposes, the set as it stands,
//! the published version, bidders and evaluators, and what the reader may do.

use crate::platform::i18n::{self, Locale, t_args};
use crate::{Actor, App, AppResult};
use tillit_domain::CaseId;
use tillit_domain::Permission;
use tillit_domain::procurement::{DataLocation, PurchaseKind, Tier};
use tillit_store::procurement::CaseRow;
use tillit_store::procurement::bids::BidRow;

pub struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

/// Everything the case page shows, in the reader's language.
pub struct CasePage {
    pub case: CaseRow,
    pub status: String,
    pub tier: String,
    pub computed: String,
    pub overridden: bool,
    pub reasons: Vec<String>,
    pub kinds: Vec<Choice>,
    pub locations: Vec<Choice>,
    pub levels: Vec<(&'static str, String, Vec<Choice>)>,
    pub tiers: Vec<Choice>,
    pub next: Vec<(String, String)>,
    pub editable: bool,
    /// The working set may change (draft, or a correction after publishing).
    pub set_editable: bool,
    pub can_edit: bool,
    /// When answers are due, in local time; the form's value.
    pub deadline: String,
    pub deadline_input: String,
    pub deadline_editable: bool,
    /// The planned contract start as a date (`YYYY-MM-DD`), empty when not set.
    pub contract_start: String,
    /// The version bidders answer: (number, SHA-256, published at).
    pub published: Option<(i64, String, String)>,
    pub correction_open: bool,
    pub can_open_correction: bool,
    /// Bidders: (bid, status label, when submitted in local time). Only this is shown of a
    /// bid until the bids are opened.
    pub bids: Vec<(BidRow, String, String, Option<String>)>,
    /// The bids' seal or opening, in words: sealed until the deadline, or opened when.
    pub opening: Option<String>,
    pub can_invite: bool,
    /// Returned answer sheets may be read in: opened, before the evaluation.
    pub can_import_sheets: bool,
    /// Members who may evaluate: (user id, name, is the lead).
    pub evaluators: Vec<(String, String, bool)>,
    pub lead_name: String,
    pub evaluation_open: bool,
    /// What the tier proposes from each built-in catalogue.
    pub proposals: Vec<ProposalView>,
    /// The stored requirement set, in catalogue and area order.
    /// The workflow with this case's place in it: (label, done, current).
    pub steps: Vec<(String, bool, bool)>,
    pub set_rows: Vec<SetRow>,
    /// The set's areas and catalogues, for changing a whole one at once: (key, label).
    pub set_areas: Vec<(String, String)>,
    pub set_catalogues: Vec<(String, String)>,
    pub set_counts: (usize, usize),
    pub set_weights: String,
    pub set_ok: bool,
    /// Requirements that can be added: (catalogue title, [(id, label)]).
    pub addable: Vec<(String, Vec<(String, String)>)>,
}

pub struct SetRow {
    /// The area it is in, by name, and as the bulk form names it (`catalogue|area`).
    pub area: String,
    pub area_key: String,
    pub requirement_id: String,
    pub reference: String,
    pub catalogue: String,
    /// The wording shown: this tender's own, or the catalogue's.
    pub text: String,
    pub own_wording: bool,
    pub wording: String,
    pub award: bool,
    pub kind: String,
    pub weight: i64,
}

/// The first `max` characters of `text`, with an ellipsis when cut.
fn shorten(text: &str, max: usize) -> String {
    let mut out: String = text.chars().take(max).collect();
    if text.chars().count() > max {
        out.push('…');
    }
    out
}

pub struct ProposalView {
    pub catalogue_id: String,
    pub title: String,
    pub must: usize,
    pub award: usize,
    /// (requirement id, ref, kind label, weight)
    pub items: Vec<(String, String, String, u32)>,
}

impl App {
    /// The case page's model: the case, its classification form, tier and reasons, status
    /// moves, the requirement set and what may be added, the published version, bidders and
    /// evaluators, and what the reader may do with each.
    pub async fn case_page(&self, actor: &Actor, id: &CaseId, loc: Locale) -> AppResult<CasePage> {
        // The deadline may have passed since the worker last looked: the page shows the bids
        // opened then.
        self.case_as_of_now(actor, id).await?;
        let v = self.case(actor, id).await?;
        let c = v.case.classification();
        let t = |k: &str| i18n::t(loc, k);
        let t1 = |k: &str, name: &str, v: &str| t_args(loc, k, &[(name, v.to_string())]);
        let choices = |values: Vec<(&str, String)>, current: &str| {
            values
                .into_iter()
                .map(|(v, l)| Choice { selected: v == current, value: v.to_string(), label: l })
                .collect::<Vec<_>>()
        };
        let level_choices = |current: u8| {
            (1u8..=4)
                .map(|l| Choice { value: l.to_string(), label: t(&format!("level-{l}")), selected: l == current })
                .collect::<Vec<_>>()
        };
        let levels = vec![
            ("confidentiality", t("field-confidentiality"), level_choices(c.confidentiality)),
            ("integrity", t("field-integrity"), level_choices(c.integrity)),
            ("availability", t("field-availability"), level_choices(c.availability)),
            ("traceability", t("field-traceability"), level_choices(c.traceability)),
        ];
        let kinds = choices(
            PurchaseKind::ALL.iter().map(|k| (k.as_str(), t(&format!("kind-{}", k.as_str())))).collect(),
            c.kind.as_str(),
        );
        let locations = choices(
            DataLocation::ALL.iter().map(|k| (k.as_str(), t(&format!("location-{}", k.as_str())))).collect(),
            c.location.as_str(),
        );
        let tiers = choices(
            Tier::ALL.iter().map(|k| (k.as_str(), t(&format!("tier-{}", k.as_str())))).collect(),
            v.case.tier_override.as_deref().unwrap_or(""),
        );
        let status = v.case.status;
        // The award is made on its own page (the winner confirmed, the notices sent).
        let next = status
            .next()
            .into_iter()
            .filter(|s| *s != tillit_domain::procurement::Status::Awarded)
            .map(|s| (s.as_str().to_string(), t(&format!("case-move-{}", s.as_str()))))
            .collect();
        let reasons = v.reasons.iter().map(|r| t1(r.key, "tier", &t(&format!("tier-{}", r.tier.as_str())))).collect();
        let can_edit = actor.role.has(Permission::ProcurementEdit);
        let set = self.requirement_set(actor, id).await?;
        let mut addable = vec![];
        for cat in self.catalogues(actor).await.unwrap_or_default() {
            let Ok(view) = self.catalogue(actor, &cat.id).await else { continue };
            let options: Vec<(String, String)> = view
                .requirements
                .iter()
                .map(|r| (r.id.clone(), format!("{} {}", r.reference, shorten(&r.text, 80))))
                .collect();
            if !options.is_empty() {
                addable.push((cat.title.clone(), options));
            }
        }
        use tillit_domain::procurement::requirement_set::Kind;
        let mut proposals: Vec<ProposalView> = vec![];
        for p in self.proposal(actor, v.tier).await.unwrap_or_default() {
            if proposals.last().is_none_or(|g| g.catalogue_id != p.catalogue_id) {
                proposals.push(ProposalView {
                    catalogue_id: p.catalogue_id.clone(),
                    title: p.catalogue_title.clone(),
                    must: 0,
                    award: 0,
                    items: vec![],
                });
            }
            let Some(g) = proposals.last_mut() else { continue };
            if p.kind == Kind::Must {
                g.must += 1;
            } else {
                g.award += 1;
            }
            let kind = t(&format!("set-kind-{}", p.kind.as_str()));
            g.items.push((p.requirement_id, p.reference, kind, p.weight));
        }
        let set_rows = set
            .items
            .iter()
            .map(|i| SetRow {
                area: format!("{} {}", i.area_number, i.area_title).trim().to_string(),
                area_key: format!("{}|{}", i.catalogue_id, i.area_number),
                requirement_id: i.requirement_id.clone(),
                reference: i.reference.clone(),
                catalogue: i.catalogue_title.clone(),
                own_wording: i.wording.is_some(),
                wording: i.wording.clone().unwrap_or_default(),
                text: i.wording.clone().unwrap_or_else(|| i.text.clone()),
                award: i.kind == "award",
                kind: t(&format!("set-kind-{}", i.kind)),
                weight: i.weight,
            })
            .collect();
        let current = tillit_domain::procurement::current_step(
            status,
            set.items.is_empty(),
            v.case.opened_at.is_some(),
            v.case.signed_off_at.is_some(),
        );
        let finished = matches!(status, tillit_domain::procurement::Status::Closed);
        let steps = tillit_domain::procurement::Step::ALL
            .iter()
            .map(|s| {
                let done = finished || current.is_some_and(|c| *s < c);
                (t(&format!("step-{}", s.as_str())), done, current == Some(*s))
            })
            .collect();
        let mut set_areas: Vec<(String, String)> = vec![];
        let mut set_catalogues: Vec<(String, String)> = vec![];
        for i in &set.items {
            let area = (
                format!("{}|{}", i.catalogue_id, i.area_number),
                format!("{} · {} {}", i.catalogue_title, i.area_number, i.area_title),
            );
            if !set_areas.contains(&area) {
                set_areas.push(area);
            }
            let cat = (i.catalogue_id.clone(), i.catalogue_title.clone());
            if !set_catalogues.contains(&cat) {
                set_catalogues.push(cat);
            }
        }
        use tillit_domain::procurement::requirement_set::{SetProblem, WeightProblem};
        let set_weights = match set.problem {
            None => t("set-ready"),
            Some(SetProblem::Empty) => t("error-set-empty"),
            Some(SetProblem::Weights(WeightProblem::NotHundred(sum))) => {
                t1("set-weights-not-hundred", "sum", &sum.to_string())
            }
            Some(SetProblem::Weights(WeightProblem::OutOfRange)) => t("set-weights-out-of-range"),
        };
        let published = self.current_set(actor, id).await?.map(|p| {
            (
                p.version.version,
                p.version.hash,
                tillit_domain::platform::local_time::format_local(p.version.published_at),
            )
        });
        let certificates = crate::procurement::bids::certificates_by_bid(&self.db, &v.case).await?;
        let bids = self
            .bids(actor, id)
            .await?
            .into_iter()
            .map(|b| {
                let s = t(&format!("bid-status-{}", b.status));
                let at = b.submitted_at.map(tillit_domain::platform::local_time::format_local).unwrap_or_default();
                let flagged =
                    certificates.get(b.id.as_str()).map_or(0, |c| c.iter().filter(|c| c.flag.is_some()).count());
                let flags =
                    (flagged > 0).then(|| t_args(loc, "certificates-flagged", &[("count", flagged.to_string())]));
                (b, s, at, flags)
            })
            .collect::<Vec<_>>();
        let submitted = bids.iter().filter(|b| b.0.status.is_submitted()).count();
        let opening = match (v.case.opened_at, v.case.deadline) {
            (Some(at), _) => Some(t_args(
                loc,
                "bids-opened",
                &[("at", tillit_domain::platform::local_time::format_local(at)), ("count", submitted.to_string())],
            )),
            (None, Some(d)) if status != tillit_domain::procurement::Status::Draft => {
                Some(t_args(loc, "bids-sealed", &[("deadline", tillit_domain::platform::local_time::format_local(d))]))
            }
            _ => None,
        };
        let members = self.members(actor).await.unwrap_or_default();
        let lead = v.case.lead_evaluator.clone().unwrap_or_default();
        let evaluators: Vec<(String, String, bool)> = members
            .iter()
            .filter(|m| tillit_domain::Role::parse(&m.role).is_some_and(|r| r.has(Permission::ProcurementEdit)))
            .map(|m| {
                let name = if m.display_name.is_empty() {
                    m.email.clone()
                } else {
                    format!("{} ({})", m.display_name, m.email)
                };
                (m.user_id.clone(), name, m.user_id == lead)
            })
            .collect();
        let lead_name = evaluators.iter().find(|e| e.2).map(|e| e.1.clone()).unwrap_or_default();
        Ok(CasePage {
            evaluators,
            lead_name,
            evaluation_open: status.evaluation_open(),
            bids,
            opening,
            can_invite: can_edit && status.can_invite(),
            can_import_sheets: can_edit && status.can_invite() && v.case.opened_at.is_some(),
            deadline: v.case.deadline.map(tillit_domain::platform::local_time::format_local).unwrap_or_default(),
            deadline_input: v.case.deadline.map(tillit_domain::platform::local_time::input_value).unwrap_or_default(),
            deadline_editable: can_edit && status.deadline_editable(),
            contract_start: v
                .case
                .contract_start
                .map(tillit_domain::platform::local_time::format_local_date)
                .unwrap_or_default(),
            published,
            correction_open: v.case.correction_open,
            can_open_correction: can_edit && status.can_open_correction(v.case.correction_open),
            set_editable: can_edit && status.set_editable(v.case.correction_open),
            proposals,
            addable,
            steps,
            set_rows,
            set_areas,
            set_catalogues,
            set_counts: (set.must, set.award),
            set_weights,
            set_ok: set.problem.is_none(),
            status: t(&format!("case-status-{}", status.as_str())),
            tier: t(&format!("tier-{}", v.tier.as_str())),
            computed: t(&format!("tier-{}", v.computed.as_str())),
            overridden: v.case.tier_override.is_some(),
            reasons,
            kinds,
            locations,
            levels,
            tiers,
            next,
            editable: can_edit && status.classification_editable(),
            can_edit,
            case: v.case,
        })
    }
}
