//! Own catalogues: create, add, copy, edit, remove, publish, versions, mappings.

use super::*;

#[derive(Deserialize)]
pub struct NewCatalogueForm {
    title: String,
    language: String,
}

pub async fn create(State(st): State<AppState>, a: Authed, axum::Form(f): axum::Form<NewCatalogueForm>) -> Response {
    match st.app.create_catalogue(&a.actor, &f.title, &f.language).await {
        Ok(id) => crate::html::see_other(&format!("/catalogues/{id}"), Some("notice-saved")),
        Err(e) => fail(a.ctx, e),
    }
}

#[derive(Deserialize)]
pub struct NewRequirementForm {
    reference: String,
    #[serde(default)]
    area: String,
    text: String,
    #[serde(default)]
    guidance: String,
}

pub async fn add_requirement(
    State(st): State<AppState>,
    a: Authed,
    Path(id): Path<String>,
    axum::Form(f): axum::Form<NewRequirementForm>,
) -> Response {
    match st.app.add_requirement(&a.actor, &id, &f.reference, &f.area, &f.text, &f.guidance).await {
        Ok(_) => crate::html::see_other(&format!("/catalogues/{id}"), Some("notice-saved")),
        Err(e) => fail(a.ctx, e),
    }
}

#[derive(Deserialize)]
pub struct CopyForm {
    source: String,
    target: String,
}

pub async fn copy(State(st): State<AppState>, a: Authed, axum::Form(f): axum::Form<CopyForm>) -> Response {
    match st.app.copy_requirement(&a.actor, &f.target, &f.source).await {
        Ok(_) => crate::html::see_other(&format!("/requirements/{}", url_escape(&f.source)), Some("notice-copied")),
        Err(e) => fail(a.ctx, e),
    }
}

pub async fn publish(State(st): State<AppState>, a: Authed, Path(id): Path<String>) -> Response {
    match st.app.publish_catalogue(&a.actor, &id).await {
        Ok(_) => crate::html::see_other(&format!("/catalogues/{id}"), Some("notice-published")),
        Err(e) => fail(a.ctx, e),
    }
}

#[derive(Deserialize)]
pub struct EditForm {
    text: String,
    #[serde(default)]
    guidance: String,
}

pub async fn edit_requirement(
    State(st): State<AppState>,
    a: Authed,
    Path(id): Path<String>,
    axum::Form(f): axum::Form<EditForm>,
) -> Response {
    match st.app.edit_requirement(&a.actor, &id, &f.text, &f.guidance).await {
        Ok(_) => crate::html::see_other(&format!("/requirements/{}", url_escape(&id)), Some("notice-saved")),
        Err(e) => fail(a.ctx, e),
    }
}

pub async fn remove_requirement(State(st): State<AppState>, a: Authed, Path(id): Path<String>) -> Response {
    match st.app.remove_requirement(&a.actor, &id).await {
        Ok(cat) => crate::html::see_other(&format!("/catalogues/{cat}"), Some("notice-removed")),
        Err(e) => fail(a.ctx, e),
    }
}

pub struct ChangeView {
    pub kind: &'static str,
    pub reference: String,
    pub fields: String,
    pub old_text: String,
    pub new_text: String,
}

#[derive(Template)]
#[template(path = "catalogue/catalogue_versions.html")]
pub struct VersionsPage {
    ctx: Ctx,
    catalogue: CatalogueRow,
    versions: Vec<tillit_app::data::VersionRow>,
    sides: Vec<(String, String)>,
    from: String,
    to: String,
    changes: Option<Vec<ChangeView>>,
}

#[derive(Deserialize, Default)]
pub struct DiffQuery {
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
}

pub async fn versions(
    State(st): State<AppState>,
    a: Authed,
    Path(id): Path<String>,
    Query(q): Query<DiffQuery>,
) -> Response {
    use tillit_app::catalogue::edit::Side;
    use tillit_domain::catalogue::versions::Change;
    let catalogue = match st.app.catalogue(&a.actor, &id).await {
        Ok(v) => v.catalogue,
        Err(e) => return fail(a.ctx, e),
    };
    let versions = match st.app.catalogue_versions(&a.actor, &id).await {
        Ok(v) => v,
        Err(e) => return fail(a.ctx, e),
    };
    let mut sides: Vec<(String, String)> = versions
        .iter()
        .map(|v| (v.version.to_string(), a.ctx.t1("versions-version", "version", &v.version.to_string())))
        .collect();
    if catalogue.status == "draft" {
        sides.push(("draft".into(), a.ctx.t("versions-draft")));
    }
    let changes = match (Side::parse(&q.from), Side::parse(&q.to)) {
        (Some(f), Some(t)) => match st.app.diff_versions(&a.actor, &id, f, t).await {
            Ok(list) => Some(
                list.into_iter()
                    .map(|c| match c {
                        Change::Added(n) => ChangeView {
                            kind: "added",
                            reference: n.reference,
                            fields: String::new(),
                            old_text: String::new(),
                            new_text: n.text,
                        },
                        Change::Removed(o) => ChangeView {
                            kind: "removed",
                            reference: o.reference,
                            fields: String::new(),
                            old_text: o.text,
                            new_text: String::new(),
                        },
                        Change::Changed { old, new, fields } => ChangeView {
                            kind: "changed",
                            reference: new.reference,
                            fields: fields.join(", "),
                            old_text: old.text,
                            new_text: new.text,
                        },
                    })
                    .collect(),
            ),
            Err(e) => return fail(a.ctx, e),
        },
        _ => None,
    };
    render(&VersionsPage { ctx: a.ctx, catalogue, versions, sides, from: q.from, to: q.to, changes })
}

#[derive(Deserialize)]
pub struct MappingForm {
    control: String,
    relationship: String,
    rationale: String,
}

pub async fn add_mapping(
    State(st): State<AppState>,
    a: Authed,
    Path(id): Path<String>,
    axum::Form(f): axum::Form<MappingForm>,
) -> Response {
    match st.app.add_mapping(&a.actor, &id, f.control.trim(), &f.relationship, &f.rationale).await {
        Ok(_) => crate::html::see_other(&format!("/requirements/{}", url_escape(&id)), Some("notice-saved")),
        Err(e) => fail(a.ctx, e),
    }
}

pub async fn remove_mapping(State(st): State<AppState>, a: Authed, Path(id): Path<String>) -> Response {
    match st.app.remove_mapping(&a.actor, &id).await {
        Ok(req) => crate::html::see_other(&format!("/requirements/{}", url_escape(&req)), Some("notice-removed")),
        Err(e) => fail(a.ctx, e),
    }
}
