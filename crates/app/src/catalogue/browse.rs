//! The requirement catalogue: browsing, ISO/IEC 27002 controls and their mappings both
//! ways, search, and coverage across catalogues.

use crate::{Actor, App, AppError, AppResult};
use std::sync::OnceLock;
use tillit_domain::Permission;
use tillit_domain::catalogue::Content;
use tillit_store::catalogue::{
    self as store, CatalogueRow, ControlRow, CoveringRow, MappingRow, RequirementRow, SearchFilter,
};
use tillit_store::{Db, StoreError};

/// The built-in content, parsed once.
pub fn builtin_content() -> AppResult<&'static Content> {
    static C: OnceLock<Result<Content, String>> = OnceLock::new();
    C.get_or_init(Content::builtin).as_ref().map_err(|e| AppError::Internal(e.clone()))
}

/// Brings a database up to date: migrations, then the built-in catalogues (only when the
/// content changed). Run by `serve`, `migrate` and every test database.
pub async fn prepare_database(db: &Db, now: i64) -> AppResult<()> {
    tillit_store::migrate::run(db, now).await?;
    let content = builtin_content()?;
    store::load_builtin(db, content, &tillit_domain::catalogue::content_hash(), now).await?;
    Ok(())
}

/// One catalogue with everything its page shows.
pub struct CatalogueView {
    pub catalogue: CatalogueRow,
    pub areas: Vec<tillit_store::catalogue::AreaRow>,
    pub requirements: Vec<RequirementRow>,
}

pub struct RequirementView {
    pub requirement: RequirementRow,
    pub catalogue: CatalogueRow,
    pub mappings: Vec<(MappingRow, ControlRow)>,
    /// For each 2013 clause the source cites: the clause and the 2022 controls it corresponds to.
    pub citations: Vec<(String, Vec<String>)>,
}

pub struct ControlView {
    pub control: ControlRow,
    pub predecessors: Vec<(String, String)>,
    pub covered_by: Vec<CoveringRow>,
}

impl App {
    pub async fn catalogues(&self, actor: &Actor) -> AppResult<Vec<CatalogueRow>> {
        actor.require(Permission::CatalogueView)?;
        Ok(store::list(&self.db, &actor.org_id).await?)
    }

    pub async fn catalogue(&self, actor: &Actor, id: &str) -> AppResult<CatalogueView> {
        actor.require(Permission::CatalogueView)?;
        let catalogue = store::get(&self.db, &actor.org_id, id).await?.ok_or(AppError::NotFound)?;
        Ok(CatalogueView {
            areas: store::areas(&self.db, &catalogue.id).await?,
            requirements: store::requirements(&self.db, &catalogue.id).await?,
            catalogue,
        })
    }

    pub async fn requirement(&self, actor: &Actor, id: &str) -> AppResult<RequirementView> {
        actor.require(Permission::CatalogueView)?;
        let requirement = store::requirement(&self.db, &actor.org_id, id).await?.ok_or(AppError::NotFound)?;
        let catalogue =
            store::get(&self.db, &actor.org_id, &requirement.catalogue_id).await?.ok_or(AppError::NotFound)?;
        let mut mappings = vec![];
        for m in store::mappings_of(&self.db, &actor.org_id, &requirement.id).await? {
            let c = store::control(&self.db, &m.control_id).await?.ok_or(StoreError::Corrupt(m.control_id.clone()))?;
            mappings.push((m, c));
        }
        let mut citations = vec![];
        for r in requirement.references() {
            if let Some(tillit_domain::catalogue::Citation::Clause2013(clause)) =
                tillit_domain::catalogue::parse_citation(&r)
            {
                citations.push((r.clone(), store::successors(&self.db, &clause).await?));
            }
        }
        Ok(RequirementView { requirement, catalogue, mappings, citations })
    }

    pub async fn iso_controls(&self, actor: &Actor) -> AppResult<Vec<ControlRow>> {
        actor.require(Permission::CatalogueView)?;
        Ok(store::controls(&self.db).await?)
    }

    /// A control and every requirement, in any catalogue the organisation sees, that maps to it.
    pub async fn iso_control(&self, actor: &Actor, id: &str) -> AppResult<ControlView> {
        actor.require(Permission::CatalogueView)?;
        let control = store::control(&self.db, id).await?.ok_or(AppError::NotFound)?;
        Ok(ControlView {
            predecessors: store::predecessors(&self.db, id).await?,
            covered_by: store::covering(&self.db, &actor.org_id, Some(id)).await?,
            control,
        })
    }

    pub async fn search_requirements(
        &self,
        actor: &Actor,
        query: &str,
        f: &SearchFilter,
    ) -> AppResult<Vec<RequirementRow>> {
        actor.require(Permission::CatalogueView)?;
        Ok(store::search(&self.db, &actor.org_id, query, f).await?)
    }

    /// The 2013→2022 correspondence: (2013 id, 2013 title, 2022 id).
    pub async fn iso_correspondence(&self, actor: &Actor) -> AppResult<Vec<(String, String, String)>> {
        actor.require(Permission::CatalogueView)?;
        Ok(store::correspondence(&self.db).await?)
    }

    /// Every mapping of the organisation's visible catalogues, for the coverage comparison.
    pub async fn coverage(&self, actor: &Actor) -> AppResult<Vec<CoveringRow>> {
        actor.require(Permission::CatalogueView)?;
        Ok(store::covering(&self.db, &actor.org_id, None).await?)
    }
}
