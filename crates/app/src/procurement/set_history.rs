//! The model of the set's history page: every published version with its hash, its
//! requirements and what each correction changed, in the reader's language.

use crate::platform::i18n::{Locale, t, t_args};
use crate::{Actor, App, AppResult};
use tillit_domain::CaseId;
use tillit_domain::platform::local_time::format_local;
use tillit_domain::procurement::tender::{self, FrozenItem, SetChange};

pub struct VersionView {
    pub number: i64,
    pub hash: String,
    pub note: String,
    pub published: String,
    pub published_by: String,
    pub items: Vec<ItemView>,
    /// What changed from the version before, in words.
    pub changes: Vec<String>,
}

pub struct ItemView {
    pub reference: String,
    pub catalogue: String,
    pub area: String,
    pub text: String,
    pub reworded: bool,
    pub original: String,
    pub kind: String,
    pub weight: u32,
}

pub struct SetHistory {
    pub case_id: CaseId,
    pub case_title: String,
    /// Newest first.
    pub versions: Vec<VersionView>,
}

fn item_view(loc: Locale, i: &FrozenItem) -> ItemView {
    ItemView {
        reference: i.reference.clone(),
        catalogue: i.catalogue.clone(),
        area: i.area.clone(),
        text: i.text.clone(),
        reworded: i.text != i.original_text,
        original: i.original_text.clone(),
        kind: t(loc, &format!("set-kind-{}", i.kind.as_str())),
        weight: i.weight,
    }
}

fn change_text(loc: Locale, c: &SetChange) -> String {
    match c {
        SetChange::Added(i) => t_args(loc, "set-change-added", &[("ref", i.reference.clone())]),
        SetChange::Removed(i) => t_args(loc, "set-change-removed", &[("ref", i.reference.clone())]),
        SetChange::Changed { new, fields, .. } => {
            let what: Vec<String> = fields.iter().map(|f| t(loc, &format!("set-change-field-{f}"))).collect();
            format!("{}: {}", new.reference, what.join(", "))
        }
    }
}

impl App {
    pub async fn set_history(&self, actor: &Actor, case_id: &CaseId, loc: Locale) -> AppResult<SetHistory> {
        let case = self.case(actor, case_id).await?.case;
        let mut sets = vec![];
        for v in self.set_versions(actor, case_id).await?.iter().rev() {
            sets.push(self.published_set(actor, &v.id).await?);
        }
        let mut versions = vec![];
        let mut previous: Option<&[FrozenItem]> = None;
        for s in &sets {
            let changes = previous.map(|p| tender::changes(p, &s.items)).unwrap_or_default();
            versions.push(VersionView {
                number: s.version.version,
                hash: s.version.hash.clone(),
                note: s.version.note.clone(),
                published: format_local(s.version.published_at),
                published_by: s.version.published_by.clone(),
                items: s.items.iter().map(|i| item_view(loc, i)).collect(),
                changes: changes.iter().map(|c| change_text(loc, c)).collect(),
            });
            previous = Some(&s.items);
        }
        versions.reverse();
        Ok(SetHistory { case_id: case.id, case_title: case.title, versions })
    }
}
