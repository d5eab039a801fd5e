//! An organisation's own catalogues: imports, editing, copies, versions, parked uploads.

use super::*;
use crate::db::{Db, Result, Tx};

pub struct NewRequirement<'a> {
    /// The built-in requirement it was copied from, if any.
    pub source: Option<&'a str>,
    pub reference: &'a str,
    pub area: &'a str,
    pub title: &'a str,
    pub text: &'a str,
    pub guidance: &'a str,
    pub parent: Option<&'a str>,
    pub sort_key: i64,
}

/// Creates an organisation's own catalogue; returns its id. Fails on a duplicate key.
pub async fn create_catalogue(
    tx: &mut Tx,
    org: &OrgId,
    key: &str,
    title: &str,
    language: &str,
    source: &str,
    now: i64,
) -> Result<String> {
    let id = uuid::Uuid::new_v4().to_string();
    tx.execute(
        "INSERT INTO catalogues (id, owner, key, title, subtitle, language, source, created_at) VALUES ($1, $2, $3, $4, '', $5, $6, $7)",
        args![&id, org.as_str(), key, title, language, source, now],
    )
    .await?;
    Ok(id)
}

pub async fn add_area(
    tx: &mut Tx,
    catalogue_id: &str,
    number: &str,
    title: &str,
    purpose: Option<&str>,
    sort: i64,
) -> Result<()> {
    tx.execute(
        "INSERT INTO catalogue_areas (catalogue_id, number, title, purpose, sort_key) VALUES ($1, $2, $3, $4, $5)",
        args![catalogue_id, number, title, purpose, sort],
    )
    .await?;
    Ok(())
}

pub async fn add_requirement(tx: &mut Tx, catalogue_id: &str, lang: Lang, r: NewRequirement<'_>) -> Result<String> {
    let id = uuid::Uuid::new_v4().to_string();
    tx.execute(
        "INSERT INTO requirements (id, catalogue_id, ref, area_number, text, guidance, refs, sort_key, title, parent_ref, source_id)
         VALUES ($1, $2, $3, $4, $5, $6, '[]', $7, $8, $9, $10)",
        args![&id, catalogue_id, r.reference, r.area, r.text, r.guidance, r.sort_key, r.title, r.parent, r.source],
    )
    .await?;
    index_requirement(tx, &id, &format!("{} {}", r.title, r.text), r.guidance, lang).await?;
    Ok(id)
}

pub async fn key_taken(tx: &mut Tx, org: &OrgId, key: &str) -> Result<bool> {
    let r: Option<(String,)> =
        tx.fetch_optional("SELECT id FROM catalogues WHERE owner = $1 AND key = $2", args![org.as_str(), key]).await?;
    Ok(r.is_some())
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct PendingImport {
    pub id: String,
    pub org_id: String,
    pub user_id: String,
    pub filename: String,
    pub format: String,
    pub content: Vec<u8>,
    pub created_at: i64,
    /// What the one parse of `content` found, as JSON (see `tillit_app::catalogue::io`).
    pub parsed: String,
}

pub async fn park_import(tx: &mut Tx, p: &PendingImport) -> Result<()> {
    tx.execute(
        "INSERT INTO pending_imports (id, org_id, user_id, filename, format, content, created_at, parsed)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        args![&p.id, &p.org_id, &p.user_id, &p.filename, &p.format, p.content.clone(), p.created_at, &p.parsed],
    )
    .await?;
    Ok(())
}

/// A parked upload of this organisation and this user; another's is not found.
pub async fn take_import(tx: &mut Tx, org: &OrgId, user: &str, id: &str) -> Result<Option<PendingImport>> {
    let p: Option<PendingImport> = tx
        .fetch_optional(
            "SELECT * FROM pending_imports WHERE id = $1 AND org_id = $2 AND user_id = $3",
            args![id, org.as_str(), user],
        )
        .await?;
    tx.execute("DELETE FROM pending_imports WHERE id = $1 AND org_id = $2", args![id, org.as_str()]).await?;
    Ok(p)
}

/// Parked uploads older than `before` (seconds), never confirmed: refused files, abandoned
/// previews. Returns how many were removed.
pub async fn expire_imports(db: &Db, before: i64) -> Result<u64> {
    db.execute("DELETE FROM pending_imports WHERE created_at < $1", args![before]).await
}

pub async fn pending_import(db: &Db, org: &OrgId, user: &str, id: &str) -> Result<Option<PendingImport>> {
    db.fetch_optional(
        "SELECT * FROM pending_imports WHERE id = $1 AND org_id = $2 AND user_id = $3",
        args![id, org.as_str(), user],
    )
    .await
}

/// The organisation's own catalogue (never a built-in one, never another organisation's).
pub async fn own(tx: &mut Tx, org: &OrgId, id: &str) -> Result<Option<CatalogueRow>> {
    tx.fetch_optional(
        "SELECT c.id, c.owner, c.key, c.title, c.subtitle, c.language, c.source, c.version, c.status,
            (SELECT COUNT(*) FROM requirements r WHERE r.catalogue_id = c.id) AS requirement_count
         FROM catalogues c WHERE c.id = $1 AND c.owner = $2",
        args![id, org.as_str()],
    )
    .await
}

pub async fn requirement_in(tx: &mut Tx, catalogue_id: &str, id: &str) -> Result<Option<RequirementRow>> {
    tx.fetch_optional(
        "SELECT id, catalogue_id, ref, area_number, text, guidance, refs, title, parent_ref, source_id FROM requirements
         WHERE id = $1 AND catalogue_id = $2",
        args![id, catalogue_id],
    )
    .await
}

/// Before a change to a published catalogue: the next version starts as a draft.
/// Returns the version the change goes into.
pub async fn open_draft(tx: &mut Tx, catalogue_id: &str) -> Result<i64> {
    tx.execute(
        "UPDATE catalogues SET version = version + 1, status = 'draft' WHERE id = $1 AND status = 'published'",
        args![catalogue_id],
    )
    .await?;
    let (v,): (i64,) = tx.fetch_one("SELECT version FROM catalogues WHERE id = $1", args![catalogue_id]).await?;
    Ok(v)
}

pub async fn next_sort_key(tx: &mut Tx, catalogue_id: &str) -> Result<i64> {
    let (n,): (Option<i64>,) =
        tx.fetch_one("SELECT MAX(sort_key) FROM requirements WHERE catalogue_id = $1", args![catalogue_id]).await?;
    Ok(n.map_or(0, |n| n + 1))
}

pub async fn ensure_area(tx: &mut Tx, catalogue_id: &str, number: &str, title: &str) -> Result<()> {
    let exists: Option<(String,)> = tx
        .fetch_optional(
            "SELECT number FROM catalogue_areas WHERE catalogue_id = $1 AND number = $2",
            args![catalogue_id, number],
        )
        .await?;
    if exists.is_none() {
        let (n,): (i64,) =
            tx.fetch_one("SELECT COUNT(*) FROM catalogue_areas WHERE catalogue_id = $1", args![catalogue_id]).await?;
        add_area(tx, catalogue_id, number, title, None, n).await?;
    }
    Ok(())
}

pub async fn update_requirement(tx: &mut Tx, catalogue_id: &str, id: &str, text: &str, guidance: &str) -> Result<u64> {
    tx.execute(
        "UPDATE requirements SET text = $3, guidance = $4 WHERE id = $1 AND catalogue_id = $2",
        args![id, catalogue_id, text, guidance],
    )
    .await
}

pub async fn delete_requirement(tx: &mut Tx, catalogue_id: &str, id: &str) -> Result<u64> {
    if tx.backend() == Backend::Sqlite {
        tx.execute("DELETE FROM requirement_fts WHERE requirement_id = $1", args![id]).await?;
    }
    tx.execute("DELETE FROM requirements WHERE id = $1 AND catalogue_id = $2", args![id, catalogue_id]).await
}

/// Copies the visible mappings of `from` onto `to` as the organisation's own.
pub async fn copy_mappings(tx: &mut Tx, org: &OrgId, from: &str, to: &str, now: i64) -> Result<()> {
    let rows: Vec<MappingRow> = tx
        .fetch_all(
            "SELECT id, requirement_id, control_id, relationship, origin, rationale, owner FROM mappings
             WHERE requirement_id = $1 AND owner IN ('', $2)",
            args![from, org.as_str()],
        )
        .await?;
    for m in rows {
        tx.execute(
            "INSERT INTO mappings (id, requirement_id, control_id, relationship, origin, rationale, owner, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            args![
                uuid::Uuid::new_v4().to_string(),
                to,
                m.control_id,
                m.relationship,
                m.origin,
                m.rationale,
                org.as_str(),
                now
            ],
        )
        .await?;
    }
    Ok(())
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct VersionRow {
    pub version: i64,
    pub published_at: i64,
    pub published_by: String,
    pub hash: String,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct VersionRequirementRow {
    pub requirement_id: String,
    #[sqlx(rename = "ref")]
    pub reference: String,
    pub area_number: String,
    pub title: String,
    pub text: String,
    pub guidance: String,
}

/// Freezes the working copy as `version`. The version rows are never changed afterwards.
pub async fn publish(tx: &mut Tx, catalogue_id: &str, version: i64, by: &str, hash: &str, now: i64) -> Result<()> {
    tx.execute(
        "INSERT INTO catalogue_versions (catalogue_id, version, published_at, published_by, hash) VALUES ($1, $2, $3, $4, $5)",
        args![catalogue_id, version, now, by, hash],
    )
    .await?;
    tx.execute(
        "INSERT INTO catalogue_version_requirements (catalogue_id, version, requirement_id, ref, area_number, title, text, guidance, source_id, sort_key)
         SELECT catalogue_id, $2, id, ref, area_number, title, text, guidance, source_id, sort_key FROM requirements WHERE catalogue_id = $1",
        args![catalogue_id, version],
    )
    .await?;
    tx.execute("UPDATE catalogues SET status = 'published' WHERE id = $1", args![catalogue_id]).await?;
    Ok(())
}

pub async fn versions(db: &Db, catalogue_id: &str) -> Result<Vec<VersionRow>> {
    db.fetch_all(
        "SELECT version, published_at, published_by, hash FROM catalogue_versions WHERE catalogue_id = $1 ORDER BY version",
        args![catalogue_id],
    )
    .await
}

pub async fn version_requirements(db: &Db, catalogue_id: &str, version: i64) -> Result<Vec<VersionRequirementRow>> {
    db.fetch_all(
        "SELECT requirement_id, ref, area_number, title, text, guidance FROM catalogue_version_requirements
         WHERE catalogue_id = $1 AND version = $2 ORDER BY sort_key",
        args![catalogue_id, version],
    )
    .await
}

/// The organisation's own catalogues that can take a copied requirement.
pub async fn own_list(db: &Db, org: &OrgId) -> Result<Vec<CatalogueRow>> {
    db.fetch_all(
        "SELECT c.id, c.owner, c.key, c.title, c.subtitle, c.language, c.source, c.version, c.status,
            (SELECT COUNT(*) FROM requirements r WHERE r.catalogue_id = c.id) AS requirement_count
         FROM catalogues c WHERE c.owner = $1 ORDER BY c.title",
        args![org.as_str()],
    )
    .await
}

/// The working copy, read inside a transaction (for the hash a snapshot must match).
pub async fn requirements_tx(tx: &mut Tx, catalogue_id: &str) -> Result<Vec<RequirementRow>> {
    tx.fetch_all(
        "SELECT id, catalogue_id, ref, area_number, text, guidance, refs, title, parent_ref, source_id FROM requirements
         WHERE catalogue_id = $1 ORDER BY sort_key",
        args![catalogue_id],
    )
    .await
}

/// An organisation's own mapping on any requirement it can see.
pub async fn add_org_mapping(
    tx: &mut Tx,
    org: &OrgId,
    requirement_id: &str,
    control_id: &str,
    relationship: &str,
    rationale: &str,
    now: i64,
) -> Result<String> {
    let id = uuid::Uuid::new_v4().to_string();
    tx.execute(
        "INSERT INTO mappings (id, requirement_id, control_id, relationship, origin, rationale, owner, created_at)
         VALUES ($1, $2, $3, $4, 'organisation', $5, $6, $7)",
        args![&id, requirement_id, control_id, relationship, rationale, org.as_str(), now],
    )
    .await?;
    Ok(id)
}

pub async fn remove_org_mapping(tx: &mut Tx, org: &OrgId, mapping_id: &str) -> Result<Option<MappingRow>> {
    let m: Option<MappingRow> = tx
        .fetch_optional(
            "SELECT id, requirement_id, control_id, relationship, origin, rationale, owner FROM mappings WHERE id = $1 AND owner = $2",
            args![mapping_id, org.as_str()],
        )
        .await?;
    tx.execute("DELETE FROM mappings WHERE id = $1 AND owner = $2", args![mapping_id, org.as_str()]).await?;
    Ok(m)
}

/// Rows per batch insert: 12 values each stays far below both databases' parameter limits.
const BATCH: usize = 200;

/// Adds many requirements at once (an import): multi-row inserts with their search index.
/// Returns the new ids in order.
pub async fn add_requirements(
    tx: &mut Tx,
    catalogue_id: &str,
    lang: Lang,
    rows: &[NewRequirement<'_>],
) -> Result<Vec<String>> {
    let mut ids = Vec::with_capacity(rows.len());
    let pg = tx.backend() == Backend::Postgres;
    for chunk in rows.chunks(BATCH) {
        let mut sql = String::from(
            "INSERT INTO requirements (id, catalogue_id, ref, area_number, text, guidance, refs, sort_key, title, parent_ref, source_id",
        );
        sql.push_str(if pg { ", search) VALUES " } else { ") VALUES " });
        let mut args: Vec<crate::Arg> = Vec::with_capacity(chunk.len() * 12);
        let mut fts_sql = String::from("INSERT INTO requirement_fts (requirement_id, stems) VALUES ");
        let mut fts_args: Vec<crate::Arg> = Vec::with_capacity(chunk.len() * 2);
        for (i, r) in chunk.iter().enumerate() {
            let id = uuid::Uuid::new_v4().to_string();
            let n = args.len();
            let p = |k: usize| format!("${}", n + k);
            if i > 0 {
                sql.push_str(", ");
                fts_sql.push_str(", ");
            }
            sql.push_str(&format!(
                "({}, {}, {}, {}, {}, {}, '[]', {}, {}, {}, {}",
                p(1),
                p(2),
                p(3),
                p(4),
                p(5),
                p(6),
                p(7),
                p(8),
                p(9),
                p(10)
            ));
            let body = format!("{} {} {}", r.title, r.text, r.guidance);
            if pg {
                sql.push_str(&format!(", to_tsvector(CAST({} AS regconfig), {}))", p(11), p(12)));
            } else {
                sql.push(')');
            }
            args.extend(crate::args![
                id.as_str(),
                catalogue_id,
                r.reference,
                r.area,
                r.text,
                r.guidance,
                r.sort_key,
                r.title,
                r.parent,
                r.source
            ]);
            if pg {
                args.extend(crate::args![lang.pg_config(), body.clone()]);
            } else {
                let k = fts_args.len();
                fts_sql.push_str(&format!("(${}, ${})", k + 1, k + 2));
                fts_args.extend(crate::args![id.as_str(), search::stems(&body, lang)]);
            }
            ids.push(id);
        }
        tx.execute_built(sql, args).await?;
        if !pg {
            tx.execute_built(fts_sql, fts_args).await?;
        }
    }
    Ok(ids)
}
