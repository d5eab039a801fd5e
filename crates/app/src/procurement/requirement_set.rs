//! A case's requirement set: adopt the tier's proposal, add, change and remove requirements.
//! The set can change only while the case is a draft or during a correction; every change is
//! in the audit log.

use crate::platform::audit_log;
use crate::{Actor, App, AppError, AppResult};
use std::collections::BTreeMap;
use tillit_domain::CaseId;
use tillit_domain::Permission;
use tillit_domain::platform::audit_action::AuditAction;
use tillit_domain::platform::audit_log::FieldChange;
use tillit_domain::procurement::requirement_set::{self as rules, Kind, SetProblem};
use tillit_domain::procurement::{self, Tier};
use tillit_store::db::Tx;
use tillit_store::procurement as cases;
use tillit_store::procurement::CaseRow;
use tillit_store::procurement::requirement_set::{self as store, NewItem, SetItem};

pub struct SetView {
    pub items: Vec<SetItem>,
    pub must: usize,
    pub award: usize,
    pub award_sum: u32,
    /// Why the set cannot be published as it stands.
    pub problem: Option<SetProblem>,
}

/// One requirement the tier proposes, with the catalogue it comes from.
#[derive(Debug, Clone)]
pub struct ProposedItem {
    pub catalogue_id: String,
    pub catalogue_title: String,
    pub requirement_id: String,
    pub reference: String,
    pub kind: Kind,
    /// Percent of the whole set's award weight; 0 for must requirements.
    pub weight: u32,
}

/// Which requirements of the set a bulk change touches: those ticked, and every one of an
/// area or a catalogue.
#[derive(Debug, Default, Clone)]
pub struct Selection {
    pub requirements: Vec<String>,
    /// (catalogue id, area number)
    pub area: Option<(String, String)>,
    pub catalogue: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BulkChange {
    Remove,
    MakeMust,
    /// Award criteria, each with this weight (percent).
    MakeAward(u32),
}

/// Whether stored (kind, weight) rows may go out with the tender.
pub(crate) fn readiness<'a>(rows: impl Iterator<Item = (&'a str, i64)>) -> Result<(), SetProblem> {
    let set: Vec<(Kind, u32)> =
        rows.map(|(k, w)| (Kind::parse(k).unwrap_or(Kind::Must), w.clamp(0, 100) as u32)).collect();
    rules::ready_to_publish(&set)
}

const MAX_WORDING: usize = 5000;

impl App {
    pub async fn requirement_set(&self, actor: &Actor, case_id: &CaseId) -> AppResult<SetView> {
        actor.require(Permission::ProcurementView)?;
        cases::get(&self.db, &actor.org_id, case_id).await?.ok_or(AppError::NotFound)?;
        let items = store::items(&self.db, &actor.org_id, case_id).await?;
        let awards: Vec<u32> =
            items.iter().filter(|i| i.kind == Kind::Award.as_str()).map(|i| i.weight.clamp(0, 100) as u32).collect();
        Ok(SetView {
            must: items.len() - awards.len(),
            award: awards.len(),
            award_sum: awards.iter().sum(),
            problem: readiness(items.iter().map(|i| (i.kind.as_str(), i.weight))).err(),
            items,
        })
    }

    /// What `tier` proposes from the organisation's levels (defaults for the built-in
    /// catalogues, its own choices over them), award weights spread over the whole set.
    pub async fn proposal(&self, actor: &Actor, tier: Tier) -> AppResult<Vec<ProposedItem>> {
        actor.require(Permission::ProcurementView)?;
        let (reqs, own) = candidates(self, actor).await?;
        propose_from(&reqs, &own, tier)
    }

    /// Replaces the set with what the case's tier proposes.
    pub async fn adopt_proposal(&self, actor: &Actor, case_id: &CaseId) -> AppResult<usize> {
        actor.require(Permission::ProcurementEdit)?;
        let now = self.now().0;
        let (reqs, own) = candidates(self, actor).await?;
        let mut w = self.write_at(actor, Permission::ProcurementEdit, now).await?;
        let (case, tier) = draft_case_tier(&mut w.tx, actor, case_id).await?;
        let chosen = propose_from(&reqs, &own, tier)?;
        let removed = store::clear(&mut w.tx, &case).await?;
        let label = actor.label();
        for p in &chosen {
            store::insert(
                &mut w.tx,
                NewItem {
                    case: &case,
                    requirement_id: &p.requirement_id,
                    kind: p.kind.as_str(),
                    weight: i64::from(p.weight),
                    wording: None,
                    added_by: &label,
                    now,
                },
            )
            .await?;
        }
        w.audit(
            AuditAction::SetAdoptProposal,
            "procurement_case",
            case_id,
            vec![
                FieldChange::new("tier", None, Some(tier.as_str())),
                FieldChange::new("requirements", Some(&removed.to_string()), Some(&chosen.len().to_string())),
            ],
        )
        .await?;
        w.commit().await?;
        Ok(chosen.len())
    }

    /// Adds a requirement to the set, or changes how it is asked.
    pub async fn put_set_item(
        &self,
        actor: &Actor,
        case_id: &CaseId,
        requirement_id: &str,
        kind: Kind,
        weight: u32,
        wording: &str,
    ) -> AppResult<()> {
        actor.require(Permission::ProcurementEdit)?;
        let weight = rules::normalise_weight(kind, weight).map_err(|_| AppError::invalid("weight", "error-weight"))?;
        let wording = wording.trim();
        if wording.chars().count() > MAX_WORDING {
            return Err(AppError::invalid("wording", "error-too-long"));
        }
        let mut w = self.write(actor, Permission::ProcurementEdit).await?;
        let now = w.now;
        let (case, _) = draft_case_tier(&mut w.tx, actor, case_id).await?;
        let (text,) = store::usable_requirement(&mut w.tx, &actor.org_id, requirement_id)
            .await?
            .ok_or(AppError::invalid("requirement", "error-choose"))?;
        // A wording equal to the catalogue's is no override.
        let wording = (!wording.is_empty() && wording != text.trim()).then_some(wording);
        let old = store::item_tx(&mut w.tx, &case, requirement_id).await?;
        let changes = match &old {
            None => {
                store::insert(
                    &mut w.tx,
                    NewItem {
                        case: &case,
                        requirement_id,
                        kind: kind.as_str(),
                        weight: i64::from(weight),
                        wording,
                        added_by: &actor.label(),
                        now,
                    },
                )
                .await?;
                vec![
                    FieldChange::new("requirement", None, Some(requirement_id)),
                    FieldChange::new("kind", None, Some(kind.as_str())),
                    FieldChange::new("weight", None, Some(&weight.to_string())),
                    FieldChange::new("wording", None, wording),
                ]
            }
            Some((old_kind, old_weight, old_wording)) => {
                store::update(&mut w.tx, &case, requirement_id, kind.as_str(), i64::from(weight), wording).await?;
                let mut c = vec![FieldChange::new("requirement", Some(requirement_id), Some(requirement_id))];
                c.extend(audit_log::diff("kind", old_kind, kind.as_str()));
                c.extend(audit_log::diff("weight", &old_weight.to_string(), &weight.to_string()));
                if old_wording.as_deref() != wording {
                    c.push(FieldChange::new("wording", old_wording.as_deref(), wording));
                }
                c
            }
        };
        w.audit(AuditAction::SetPut, "procurement_case", case_id, changes).await?;
        w.commit().await?;
        Ok(())
    }

    /// Removes, or makes must or award, every selected requirement of the set, in one
    /// transaction and one audit record. Returns how many changed.
    pub async fn change_set_in_bulk(
        &self,
        actor: &Actor,
        case_id: &CaseId,
        selection: &Selection,
        change: BulkChange,
    ) -> AppResult<usize> {
        actor.require(Permission::ProcurementEdit)?;
        if let BulkChange::MakeAward(w) = change {
            rules::normalise_weight(Kind::Award, w).map_err(|_| AppError::invalid("weight", "error-weight"))?;
        }
        let mut w = self.write(actor, Permission::ProcurementEdit).await?;
        let (case, _) = draft_case_tier(&mut w.tx, actor, case_id).await?;
        let items = store::items_tx(&mut w.tx, &actor.org_id, case_id).await?;
        let chosen: Vec<&SetItem> = items
            .iter()
            .filter(|i| {
                selection.requirements.contains(&i.requirement_id)
                    || selection.area.as_ref().is_some_and(|(c, a)| *c == i.catalogue_id && *a == i.area_number)
                    || selection.catalogue.as_ref().is_some_and(|c| *c == i.catalogue_id)
            })
            .collect();
        if chosen.is_empty() {
            return Err(AppError::invalid("requirement", "error-bulk-nothing-chosen"));
        }
        for i in &chosen {
            match change {
                BulkChange::Remove => {
                    store::remove(&mut w.tx, &case, &i.requirement_id).await?;
                }
                BulkChange::MakeMust => {
                    store::update(&mut w.tx, &case, &i.requirement_id, Kind::Must.as_str(), 0, i.wording.as_deref())
                        .await?;
                }
                BulkChange::MakeAward(weight) => {
                    let kind = Kind::Award.as_str();
                    store::update(&mut w.tx, &case, &i.requirement_id, kind, i64::from(weight), i.wording.as_deref())
                        .await?;
                }
            }
        }
        let what = match change {
            BulkChange::Remove => "remove".to_string(),
            BulkChange::MakeMust => "must".to_string(),
            BulkChange::MakeAward(w) => format!("award {w} %"),
        };
        let refs: Vec<&str> = chosen.iter().map(|i| i.reference.as_str()).collect();
        let changes = vec![
            FieldChange::new("change", None, Some(&what)),
            FieldChange::new("requirements", None, Some(&refs.join(", "))),
        ];
        w.audit(AuditAction::SetBulk, "procurement_case", case_id, changes).await?;
        w.commit().await?;
        Ok(chosen.len())
    }

    pub async fn remove_set_item(&self, actor: &Actor, case_id: &CaseId, requirement_id: &str) -> AppResult<()> {
        actor.require(Permission::ProcurementEdit)?;
        let mut w = self.write(actor, Permission::ProcurementEdit).await?;
        let (case, _) = draft_case_tier(&mut w.tx, actor, case_id).await?;
        let (kind, weight, _) = store::item_tx(&mut w.tx, &case, requirement_id)
            .await?
            .ok_or(AppError::invalid("requirement", "error-choose"))?;
        store::remove(&mut w.tx, &case, requirement_id).await?;
        w.audit(
            AuditAction::SetRemove,
            "procurement_case",
            case_id,
            vec![
                FieldChange::new("requirement", Some(requirement_id), None),
                FieldChange::new("kind", Some(&kind), None),
                FieldChange::new("weight", Some(&weight.to_string()), None),
            ],
        )
        .await?;
        w.commit().await?;
        Ok(())
    }
}

/// The tier in force of a case of the actor's organisation whose set may change.
/// The case, while its set may change, and the tier its set is proposed for.
async fn draft_case_tier(tx: &mut Tx, actor: &Actor, case_id: &CaseId) -> AppResult<(CaseRow, Tier)> {
    let case = cases::get_tx(tx, &actor.org_id, case_id).await?.ok_or(AppError::NotFound)?;
    if !crate::procurement::tender::set_editable(&case) {
        return Err(AppError::invalid("status", "error-set-frozen"));
    }
    let (computed, _) = procurement::tier(&case.classification());
    let tier = case.tier_override.as_deref().and_then(Tier::parse).unwrap_or(computed);
    Ok((case, tier))
}

fn propose_from(
    reqs: &[store::BuiltinRequirement],
    own: &BTreeMap<String, String>,
    tier: Tier,
) -> AppResult<Vec<ProposedItem>> {
    let levels = rules::default_levels().map_err(AppError::Internal)?;
    // Proposed by requirement id, so one weight spread covers every catalogue.
    let items: Vec<(String, rules::Level)> = reqs
        .iter()
        .filter_map(|r| {
            let default = levels.get(&r.catalogue_key).and_then(|m| m.get(&r.reference)).copied();
            rules::effective_level(default, own.get(&r.id).map(String::as_str)).map(|l| (r.id.clone(), l))
        })
        .collect();
    let mut proposed = rules::propose(tier, &items);
    rules::spread_weights(&mut proposed);
    Ok(proposed
        .into_iter()
        .filter_map(|p| {
            let r = reqs.iter().find(|r| r.id == p.reference)?;
            Some(ProposedItem {
                catalogue_id: r.catalogue_id.clone(),
                catalogue_title: r.catalogue_title.clone(),
                requirement_id: r.id.clone(),
                reference: r.reference.clone(),
                kind: p.kind,
                weight: p.weight,
            })
        })
        .collect())
}

/// Every requirement the organisation's tier proposes from (built-in first, then its own: by
/// default its own country's built-in catalogue and all of its own), and its own levels.
async fn candidates(app: &App, actor: &Actor) -> AppResult<(Vec<store::BuiltinRequirement>, BTreeMap<String, String>)> {
    let org = tillit_store::identity::orgs::get(&app.db, &actor.org_id).await?.ok_or(AppError::NotFound)?;
    let sources = rules::ProposalSources::from_stored(&org.country, org.proposal_catalogues.as_deref());
    let mut reqs: Vec<store::BuiltinRequirement> = store::builtin_requirements(&app.db)
        .await?
        .into_iter()
        .filter(|r| sources.includes(&r.catalogue_id, true, &r.catalogue_language))
        .collect();
    reqs.extend(
        store::own_requirements(&app.db, &actor.org_id)
            .await?
            .into_iter()
            .filter(|r| sources.includes(&r.catalogue_id, false, &r.catalogue_language)),
    );
    let own = store::org_levels(&app.db, &actor.org_id).await?.into_iter().collect();
    Ok((reqs, own))
}
