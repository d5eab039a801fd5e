//! Catalogues, requirements, ISO/IEC 27002 controls and mappings. Built-in rows have owner
//! ''; an organisation sees the built-in rows and its own (`owner IN ('', org)`).

use crate::args;
use crate::db::{Backend, Db, Result, Tx};
use tillit_domain::OrgId;
use tillit_domain::catalogue::{Content, sort_key};
use tillit_domain::platform::search::{self, Lang};

mod edit;
pub use edit::*;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct CatalogueRow {
    pub id: String,
    pub owner: String,
    pub key: String,
    pub title: String,
    pub subtitle: String,
    pub language: String,
    pub source: String,
    pub version: i64,
    pub status: String,
    pub requirement_count: i64,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AreaRow {
    pub number: String,
    pub title: String,
    pub title_nb: Option<String>,
    pub title_en: Option<String>,
    pub purpose: Option<String>,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct RequirementRow {
    pub id: String,
    pub catalogue_id: String,
    #[sqlx(rename = "ref")]
    pub reference: String,
    pub area_number: String,
    pub text: String,
    pub guidance: String,
    pub refs: String,
    pub title: String,
    pub parent_ref: Option<String>,
    pub source_id: Option<String>,
}

impl RequirementRow {
    pub fn references(&self) -> Vec<String> {
        serde_json::from_str(&self.refs).unwrap_or_default()
    }
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ControlRow {
    pub id: String,
    pub title_en: String,
    pub title_nb: String,
    pub title_sv: String,
    pub theme: String,
    pub control_type: String,
    pub properties: String,
    pub concepts: String,
    pub capabilities: String,
    pub domains: String,
    pub new_in_2022: bool,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct MappingRow {
    pub id: String,
    pub requirement_id: String,
    pub control_id: String,
    pub relationship: String,
    pub origin: String,
    pub rationale: String,
    pub owner: String,
}

/// A requirement that maps to a control, with its catalogue, for "which requirements cover X".
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct CoveringRow {
    pub control_id: String,
    pub catalogue_id: String,
    pub catalogue_title: String,
    pub requirement_id: String,
    #[sqlx(rename = "ref")]
    pub reference: String,
    pub text: String,
    pub relationship: String,
    pub origin: String,
    pub rationale: String,
}

pub fn builtin_catalogue_id(key: &str) -> String {
    format!("builtin:{key}")
}

fn builtin_requirement_id(key: &str, reference: &str) -> String {
    format!("builtin:{key}:{reference}")
}

/// Loads the built-in content if it changed since it was last loaded. Only built-in rows
/// are written; an organisation's own catalogues and mappings are not touched. Returns
/// whether anything was loaded.
pub async fn load_builtin(db: &Db, content: &Content, hash: &str, now: i64) -> Result<bool> {
    let mut tx = db.begin().await?;
    let current: Option<(String,)> =
        tx.fetch_optional("SELECT hash FROM content_state WHERE key = 'builtin'", vec![]).await?;
    if current.is_some_and(|(h,)| h == hash) {
        return Ok(false);
    }
    for c in &content.controls_2022 {
        tx.execute(
            "INSERT INTO iso_controls (id, title_en, title_nb, title_sv, theme, control_type, properties, concepts, capabilities, domains, new_in_2022, sort_key)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
             ON CONFLICT (id) DO UPDATE SET title_en = excluded.title_en, title_nb = excluded.title_nb, title_sv = excluded.title_sv,
               theme = excluded.theme, control_type = excluded.control_type, properties = excluded.properties,
               concepts = excluded.concepts, capabilities = excluded.capabilities, domains = excluded.domains,
               new_in_2022 = excluded.new_in_2022, sort_key = excluded.sort_key",
            args![
                &c.id,
                &c.title_en,
                &c.title_nb,
                &c.title_sv,
                &c.theme,
                c.control_type.join(" "),
                c.properties.join(" "),
                c.concepts.join(" "),
                c.capabilities.join(" "),
                c.domains.join(" "),
                c.new_in_2022,
                sort_key(&c.id)
            ],
        )
        .await?;
    }
    for c in &content.controls_2013 {
        tx.execute(
            "INSERT INTO iso2013_controls (id, title_en, sort_key) VALUES ($1, $2, $3)
             ON CONFLICT (id) DO UPDATE SET title_en = excluded.title_en",
            args![&c.id, &c.title_en, sort_key(&c.id)],
        )
        .await?;
        for t in &c.to_2022 {
            tx.execute(
                "INSERT INTO iso_correspondence (id_2013, id_2022) VALUES ($1, $2) ON CONFLICT (id_2013, id_2022) DO NOTHING",
                args![&c.id, t],
            )
            .await?;
        }
    }
    for cat in &content.catalogues {
        let cid = builtin_catalogue_id(&cat.key);
        tx.execute(
            "INSERT INTO catalogues (id, owner, key, title, subtitle, language, source, created_at)
             VALUES ($1, '', $2, $3, $4, $5, $6, $7)
             ON CONFLICT (id) DO UPDATE SET title = excluded.title, subtitle = excluded.subtitle,
               language = excluded.language, source = excluded.source",
            args![&cid, &cat.key, &cat.title, &cat.subtitle, &cat.language, &cat.source, now],
        )
        .await?;
        tx.execute("DELETE FROM catalogue_areas WHERE catalogue_id = $1", args![&cid]).await?;
        for (i, a) in cat.areas.iter().enumerate() {
            tx.execute(
                "INSERT INTO catalogue_areas (catalogue_id, number, title, title_nb, title_en, purpose, sort_key)
                 VALUES ($1, $2, $3, $4, $5, $6, $7)",
                args![&cid, &a.number, &a.title, a.title_nb.clone(), a.title_en.clone(), a.purpose.clone(), i as i64],
            )
            .await?;
        }
        let lang = Lang::parse(&cat.language);
        for (i, r) in cat.requirements.iter().enumerate() {
            let rid = builtin_requirement_id(&cat.key, &r.id);
            let area = cat.area_of(&r.id).map(|a| a.number.clone()).unwrap_or_default();
            let refs = serde_json::to_string(&r.references).unwrap_or_else(|_| "[]".into());
            tx.execute(
                "INSERT INTO requirements (id, catalogue_id, ref, area_number, text, guidance, refs, sort_key)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
                 ON CONFLICT (id) DO UPDATE SET area_number = excluded.area_number, text = excluded.text,
                   guidance = excluded.guidance, refs = excluded.refs, sort_key = excluded.sort_key",
                args![&rid, &cid, &r.id, area, &r.text, &r.guidance, refs, i as i64],
            )
            .await?;
            index_requirement(&mut tx, &rid, &r.text, &r.guidance, lang).await?;
            tx.execute("DELETE FROM mappings WHERE requirement_id = $1 AND owner = ''", args![&rid]).await?;
            for m in &r.mappings {
                tx.execute(
                    "INSERT INTO mappings (id, requirement_id, control_id, relationship, origin, rationale, owner, created_at)
                     VALUES ($1, $2, $3, $4, $5, $6, '', $7)",
                    args![
                        format!("{rid}:{}", m.control),
                        &rid,
                        &m.control,
                        m.relationship.as_str(),
                        m.origin.as_str(),
                        &m.rationale,
                        now
                    ],
                )
                .await?;
            }
        }
    }
    tx.execute(
        "INSERT INTO content_state (key, hash, loaded_at) VALUES ('builtin', $1, $2)
         ON CONFLICT (key) DO UPDATE SET hash = excluded.hash, loaded_at = excluded.loaded_at",
        args![hash, now],
    )
    .await?;
    tx.commit().await?;
    Ok(true)
}

/// Puts a requirement into the search index of either backend.
pub async fn index_requirement(tx: &mut Tx, id: &str, text: &str, guidance: &str, lang: Lang) -> Result<()> {
    match tx.backend() {
        Backend::Sqlite => {
            tx.execute("DELETE FROM requirement_fts WHERE requirement_id = $1", args![id]).await?;
            let stems = search::stems(&format!("{text} {guidance}"), lang);
            tx.execute("INSERT INTO requirement_fts (requirement_id, stems) VALUES ($1, $2)", args![id, stems]).await?;
        }
        Backend::Postgres => {
            tx.execute(
                "UPDATE requirements SET search = to_tsvector(CAST($2 AS regconfig), $3) WHERE id = $1",
                args![id, lang.pg_config(), format!("{text} {guidance}")],
            )
            .await?;
        }
    }
    Ok(())
}

/// Rebuilds the whole search index (after a restore, which does not carry it).
pub async fn reindex_all(db: &Db) -> Result<()> {
    let rows: Vec<(String, String, String, String)> = db
        .fetch_all(
            "SELECT r.id, r.text, r.guidance, c.language FROM requirements r JOIN catalogues c ON c.id = r.catalogue_id",
            vec![],
        )
        .await?;
    let mut tx = db.begin().await?;
    for (id, text, guidance, language) in rows {
        index_requirement(&mut tx, &id, &text, &guidance, Lang::parse(&language)).await?;
    }
    tx.commit().await?;
    Ok(())
}

pub async fn list(db: &Db, org: &OrgId) -> Result<Vec<CatalogueRow>> {
    db.fetch_all(
        "SELECT c.id, c.owner, c.key, c.title, c.subtitle, c.language, c.source, c.version, c.status,
            (SELECT COUNT(*) FROM requirements r WHERE r.catalogue_id = c.id) AS requirement_count
         FROM catalogues c WHERE c.owner IN ('', $1) ORDER BY c.owner, c.title",
        args![org.as_str()],
    )
    .await
}

pub async fn get(db: &Db, org: &OrgId, id: &str) -> Result<Option<CatalogueRow>> {
    db.fetch_optional(
        "SELECT c.id, c.owner, c.key, c.title, c.subtitle, c.language, c.source, c.version, c.status,
            (SELECT COUNT(*) FROM requirements r WHERE r.catalogue_id = c.id) AS requirement_count
         FROM catalogues c WHERE c.id = $1 AND c.owner IN ('', $2)",
        args![id, org.as_str()],
    )
    .await
}

pub async fn areas(db: &Db, catalogue_id: &str) -> Result<Vec<AreaRow>> {
    db.fetch_all(
        "SELECT number, title, title_nb, title_en, purpose FROM catalogue_areas WHERE catalogue_id = $1 ORDER BY sort_key",
        args![catalogue_id],
    )
    .await
}

pub async fn requirements(db: &Db, catalogue_id: &str) -> Result<Vec<RequirementRow>> {
    db.fetch_all(
        "SELECT id, catalogue_id, ref, area_number, text, guidance, refs, title, parent_ref, source_id FROM requirements WHERE catalogue_id = $1 ORDER BY sort_key",
        args![catalogue_id],
    )
    .await
}

/// A requirement of a catalogue the organisation can see.
pub async fn requirement(db: &Db, org: &OrgId, id: &str) -> Result<Option<RequirementRow>> {
    db.fetch_optional(
        "SELECT r.id, r.catalogue_id, r.ref, r.area_number, r.text, r.guidance, r.refs, r.title, r.parent_ref, r.source_id
         FROM requirements r JOIN catalogues c ON c.id = r.catalogue_id WHERE r.id = $1 AND c.owner IN ('', $2)",
        args![id, org.as_str()],
    )
    .await
}

pub async fn mappings_of(db: &Db, org: &OrgId, requirement_id: &str) -> Result<Vec<MappingRow>> {
    db.fetch_all(
        "SELECT m.id, m.requirement_id, m.control_id, m.relationship, m.origin, m.rationale, m.owner
         FROM mappings m JOIN iso_controls i ON i.id = m.control_id
         WHERE m.requirement_id = $1 AND m.owner IN ('', $2) ORDER BY i.sort_key",
        args![requirement_id, org.as_str()],
    )
    .await
}

pub async fn controls(db: &Db) -> Result<Vec<ControlRow>> {
    db.fetch_all(
        "SELECT id, title_en, title_nb, title_sv, theme, control_type, properties, concepts, capabilities, domains, new_in_2022
         FROM iso_controls ORDER BY sort_key",
        vec![],
    )
    .await
}

pub async fn control(db: &Db, id: &str) -> Result<Option<ControlRow>> {
    db.fetch_optional(
        "SELECT id, title_en, title_nb, title_sv, theme, control_type, properties, concepts, capabilities, domains, new_in_2022
         FROM iso_controls WHERE id = $1",
        args![id],
    )
    .await
}

/// The 2013 controls a 2022 control corresponds to: (id, title).
pub async fn predecessors(db: &Db, control_2022: &str) -> Result<Vec<(String, String)>> {
    db.fetch_all(
        "SELECT o.id, o.title_en FROM iso_correspondence x JOIN iso2013_controls o ON o.id = x.id_2013
         WHERE x.id_2022 = $1 ORDER BY o.sort_key",
        args![control_2022],
    )
    .await
}

/// The 2022 controls a 2013 clause or control corresponds to ("12.1" takes in 12.1.1–12.1.4).
pub async fn successors(db: &Db, clause_2013: &str) -> Result<Vec<String>> {
    let rows: Vec<(String, i64)> = db
        .fetch_all(
            "SELECT DISTINCT x.id_2022, i.sort_key FROM iso_correspondence x JOIN iso_controls i ON i.id = x.id_2022
             WHERE x.id_2013 = $1 OR x.id_2013 LIKE $2 ORDER BY i.sort_key",
            args![clause_2013, format!("{clause_2013}.%")],
        )
        .await?;
    Ok(rows.into_iter().map(|r| r.0).collect())
}

/// Every requirement (of catalogues the organisation sees) that maps to a control, or to any
/// control when `control` is None. Used for "which requirements cover 5.23" and coverage.
pub async fn covering(db: &Db, org: &OrgId, control: Option<&str>) -> Result<Vec<CoveringRow>> {
    db.fetch_all(
        "SELECT m.control_id, c.id AS catalogue_id, c.title AS catalogue_title, r.id AS requirement_id, r.ref, r.text,
                m.relationship, m.origin, m.rationale
         FROM mappings m
         JOIN requirements r ON r.id = m.requirement_id
         JOIN catalogues c ON c.id = r.catalogue_id
         WHERE c.owner IN ('', $1) AND m.owner IN ('', $1) AND ($2 IS NULL OR m.control_id = $2)
         ORDER BY c.title, r.sort_key",
        args![org.as_str(), control],
    )
    .await
}

#[derive(Debug, Clone, Default)]
pub struct SearchFilter {
    pub catalogue_id: Option<String>,
    pub area: Option<String>,
    /// An ISO theme (organizational, people, physical, technological).
    pub theme: Option<String>,
    /// Any ISO attribute value, e.g. "protect" or "identity_and_access_management".
    pub attribute: Option<String>,
    pub limit: i64,
}

/// Requirements matching every word of `query` (stemmed), best first.
pub async fn search(db: &Db, org: &OrgId, query: &str, f: &SearchFilter) -> Result<Vec<RequirementRow>> {
    let attr = f.attribute.as_ref().map(|a| format!("% {} %", a.trim()));
    match db.backend() {
        Backend::Sqlite => {
            let Some(q) = search::fts5_query(query) else { return Ok(vec![]) };
            db.fetch_all(
                "SELECT r.id, r.catalogue_id, r.ref, r.area_number, r.text, r.guidance, r.refs, r.title, r.parent_ref, r.source_id
                 FROM requirement_fts f JOIN requirements r ON r.id = f.requirement_id JOIN catalogues c ON c.id = r.catalogue_id
                 WHERE requirement_fts MATCH $1 AND c.owner IN ('', $2)
                   AND ($3 IS NULL OR r.catalogue_id = $3) AND ($4 IS NULL OR r.area_number = $4)
                   AND ($5 IS NULL AND $6 IS NULL OR EXISTS (
                     SELECT 1 FROM mappings m JOIN iso_controls i ON i.id = m.control_id
                     WHERE m.requirement_id = r.id AND m.owner IN ('', $2)
                       AND ($5 IS NULL OR i.theme = $5)
                       AND ($6 IS NULL OR (' ' || i.control_type || ' ' || i.properties || ' ' || i.concepts || ' ' || i.capabilities || ' ' || i.domains || ' ') LIKE $6)))
                 ORDER BY f.rank LIMIT $7",
                args![q, org.as_str(), f.catalogue_id.clone(), f.area.clone(), f.theme.clone(), attr, f.limit],
            )
            .await
        }
        Backend::Postgres => {
            let Some(q) = search::ts_query(query) else { return Ok(vec![]) };
            db.fetch_all(
                "SELECT r.id, r.catalogue_id, r.ref, r.area_number, r.text, r.guidance, r.refs, r.title, r.parent_ref, r.source_id
                 FROM requirements r JOIN catalogues c ON c.id = r.catalogue_id,
                   LATERAL to_tsquery(CAST(CASE c.language WHEN 'sv' THEN 'swedish' WHEN 'en' THEN 'english' ELSE 'norwegian' END AS regconfig), $1) AS q
                 WHERE r.search @@ q AND c.owner IN ('', $2)
                   AND ($3::text IS NULL OR r.catalogue_id = $3) AND ($4::text IS NULL OR r.area_number = $4)
                   AND ($5::text IS NULL AND $6::text IS NULL OR EXISTS (
                     SELECT 1 FROM mappings m JOIN iso_controls i ON i.id = m.control_id
                     WHERE m.requirement_id = r.id AND m.owner IN ('', $2)
                       AND ($5::text IS NULL OR i.theme = $5)
                       AND ($6::text IS NULL OR (' ' || i.control_type || ' ' || i.properties || ' ' || i.concepts || ' ' || i.capabilities || ' ' || i.domains || ' ') LIKE $6)))
                 ORDER BY ts_rank(r.search, q) DESC, r.sort_key LIMIT $7",
                args![q, org.as_str(), f.catalogue_id.clone(), f.area.clone(), f.theme.clone(), attr, f.limit],
            )
            .await
        }
    }
}

/// Every 2013 control with the 2022 controls it corresponds to: (2013 id, title, 2022 id).
pub async fn correspondence(db: &Db) -> Result<Vec<(String, String, String)>> {
    db.fetch_all(
        "SELECT o.id, o.title_en, x.id_2022 FROM iso2013_controls o JOIN iso_correspondence x ON x.id_2013 = o.id
         JOIN iso_controls i ON i.id = x.id_2022 ORDER BY o.sort_key, i.sort_key",
        vec![],
    )
    .await
}
