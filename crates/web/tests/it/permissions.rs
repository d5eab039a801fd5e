//! Walks every route × role against the permission matrix in the domain crate.

use crate::both;
use crate::flows::{add_member, give_totp, setup_admin, sign_in};
use crate::support::{Browser, TestApp};
use tillit_app::Actor;
use tillit_domain::{OrgId, Role, UserId};
use tillit_web::routes::{Access, ROUTES};

/// A valid form for each state-changing route, so a refusal can only come from the role.
/// The form for a route; `ids` gives the objects a copy needs (target catalogue).
pub fn form_for(path: &str, org: &OrgId, ids: Option<&Ids>) -> Vec<(String, String)> {
    if path == "/catalogues/copy" {
        let target = ids.map(|i| i.catalogue_id.clone()).unwrap_or_default();
        return vec![("source".into(), "builtin:sikkerhetskrav-anskaffelser:8.7".into()), ("target".into(), target)];
    }
    let f = |pairs: &[(&str, &str)]| pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    match path {
        "/org/switch" => f(&[("org_id", org.as_str())]),
        "/profile" => f(&[("display_name", "Tester")]),
        "/profile/password" => f(&[("current_password", "wrong"), ("new_password", "nytt langt passord")]),
        "/profile/api-tokens" => f(&[("name", "ci"), ("days", "30")]),
        "/admin/invitations" => {
            f(&[("email", &format!("x{}@bergen.kommune.no", tillit_app::new_id())), ("role", "auditor")])
        }
        "/admin/organisation" => f(&[("name", "Bergen kommune"), ("default_locale", "nb")]),
        "/admin/organisation/proposals" => f(&[("country", "no"), ("choose", "default")]),
        "/catalogues" => f(&[("title", "Egne krav"), ("language", "nb")]),
        "/cases" => f(&[("case_number", &tillit_app::new_id()), ("title", "Nytt fagsystem")]),
        "/cases/{id}/classification" => f(&[
            ("kind", "saas"),
            ("confidentiality", "3"),
            ("integrity", "2"),
            ("availability", "2"),
            ("traceability", "2"),
            ("location", "domestic"),
        ]),
        "/cases/{id}/override" => f(&[("tier", "high"), ("reason", "Politisk prioritert tjeneste")]),
        "/cases/{id}/status" => f(&[("to", "cancelled")]),
        "/catalogues/{id}/levels" => {
            let r = ids.map(|i| i.requirement_id.clone()).unwrap_or_default();
            f(&[("req", &r), (&format!("level-{r}"), "principal")])
        }
        "/cases/{id}/bids" => {
            f(&[("company", "Visma"), ("country", "no"), ("org_number", "923609016"), ("email", "anbud@visma.no")])
        }
        "/cases/{id}/award" => {
            let bid = ids.map(|i| i.bid_id.clone()).unwrap_or_default();
            f(&[("winner", &bid), ("confirm", "yes")])
        }
        "/cases/{id}/reopen" => f(&[("reason", "Feil i konsensus for krav 8.7")]),
        "/suppliers" => f(&[("legal_name", "Visma Enterprise AS"), ("country", "no"), ("org_number", "974760673")]),
        "/suppliers/{id}/status" => f(&[("to", "suspended")]),
        "/suppliers/{id}/people" => {
            let c = ids.map(|i| i.contact_id.clone()).unwrap_or_default();
            f(&[("contact", &c)])
        }
        "/suppliers/{id}/people/remove" => {
            let p = ids.map(|i| i.person_id.clone()).unwrap_or_default();
            f(&[("person", &p)])
        }
        "/contracts/{id}/requirement-set" => {
            let c = ids.map(|i| i.catalogue_id.clone()).unwrap_or_default();
            f(&[("catalogue", &c)])
        }
        "/workspace/contacts" => f(&[("role", "incident_line"), ("name", "Vakt"), ("email", "vakt@driftspartner.no")]),
        "/workspace/contacts/remove" => {
            let c = ids.map(|i| i.contact_id.clone()).unwrap_or_default();
            f(&[("contact", &c)])
        }
        "/workspace/certificates" => {
            f(&[("cert_kind", "iso27001"), ("edition", "2022"), ("valid_until", "2029-06-30")])
        }
        "/workspace/contracts/{id}/sub-processors" => {
            f(&[("name", "Backup AB"), ("sub_country", "SE"), ("locations", "SE"), ("effective", "2031-01-01")])
        }
        "/suppliers/{id}/contacts" => f(&[("role", "dpo"), ("name", "Ola Nordmann"), ("email", "personvern@visma.no")]),
        "/suppliers/{id}/contacts/remove" => {
            let c = ids.map(|i| i.contact_id.clone()).unwrap_or_default();
            f(&[("contact", &c)])
        }
        "/suppliers/{id}/certificates" => {
            f(&[("cert_kind", "iso27001"), ("edition", "2022"), ("valid_until", "2028-06-30")])
        }
        "/suppliers/{id}/certificates/withdraw" => {
            let c = ids.map(|i| i.certificate_id.clone()).unwrap_or_default();
            f(&[("certificate", &c)])
        }
        "/contracts/{id}/service" => f(&[
            ("confidentiality", "2"),
            ("integrity", "2"),
            ("availability", "2"),
            ("traceability", "2"),
            ("subjects", "none"),
        ]),
        "/contracts/{id}/records" => {
            f(&[("record_data", "Navn"), ("purpose", "Drift"), ("record_subjects", "Ansatte")])
        }
        "/contracts/{id}/dpa" => f(&[
            ("dpa_template", "ssa_dba"),
            ("breach_notice_hours", "24"),
            ("subprocessor_notice_days", "30"),
            ("objection_days", "14"),
            ("deletion_days", "30"),
        ]),
        "/contracts/{id}/sub-processors" => f(&[("name", "Drift AB"), ("sub_country", "SE"), ("locations", "SE")]),
        "/contracts/{id}/sub-processors/move" => {
            let sp = ids.map(|i| i.sub_processor_id.clone()).unwrap_or_default();
            f(&[("sub", &sp), ("parent", "")])
        }
        "/contracts/{id}/sub-processors/decide" => {
            let sp = ids.map(|i| i.sub_processor_id.clone()).unwrap_or_default();
            f(&[("sub", &sp), ("to", "removed")])
        }
        "/suppliers/{id}/contracts" | "/cases/{id}/contract" => {
            f(&[("title", "Drift"), ("template", "ssa_d"), ("start_date", "2027-01-01"), ("end_date", "2029-12-31")])
        }
        "/cases/{id}/deadline" => f(&[("deadline", "2027-01-15T12:00"), ("reason", "Spørsmål fra leverandørene")]),
        "/cases/{id}/contract-start" => f(&[("contract_start", "2027-06-01")]),
        "/cases/{id}/set/publish" => f(&[("note", "Krav 8.7 er omformulert")]),
        "/bids/{id}/evaluation/pass-met" | "/bids/{id}/consensus/confirm" => vec![],
        "/cases/{id}/set/bulk" => f(&[("change", "must"), ("area", "x|y")]),
        "/cases/{id}/set/item" | "/cases/{id}/set/remove" => {
            let r = ids.map(|i| i.requirement_id.clone()).unwrap_or_default();
            f(&[("requirement", &r), ("kind", "award"), ("weight", "100"), ("wording", "Egen formulering")])
        }
        "/catalogues/{id}/requirements" => f(&[("reference", "N1"), ("text", "Nytt krav")]),
        "/requirements/{id}/edit" => f(&[("text", "Endret krav")]),
        "/requirements/{id}/mappings" => {
            f(&[("control", "5.23"), ("relationship", "intersect"), ("rationale", "Skytjenester")])
        }
        p if p.ends_with("/role") => f(&[("role", "auditor")]),
        _ => vec![],
    }
}

pub struct Ids {
    pub case_id: String,
    pub bid_id: String,
    pub evidence_id: String,
    pub mapping_id: String,
    pub import_id: String,
    pub catalogue_id: String,
    pub requirement_id: String,
    pub passkey_id: String,
    pub user_id: String,
    pub session_id: String,
    pub token_id: String,
    pub invitation_id: String,
    pub supplier_id: String,
    pub contract_id: String,
    pub contact_id: String,
    pub sub_processor_id: String,
    pub certificate_id: String,
    pub document_id: String,
    pub person_id: String,
}

/// Fresh objects for one check: a victim member, a session and a token of `holder`, an invitation.
pub async fn fresh_ids(t: &TestApp, org: &OrgId, admin: &Actor, holder: &Actor) -> Ids {
    let victim = add_member(t, org, &format!("v{}@bergen.kommune.no", tillit_app::new_id()), Role::Auditor).await;
    let session_id = tillit_app::platform::secrets::token_hash(&tillit_app::platform::secrets::random_token());
    tillit_app::testing::session(&t.db, &holder.user_id, org, &session_id, t.app.now().0).await.unwrap();
    // A procurement case of the organisation, with a bid holding one evidence file.
    let (case_id, bid_id, evidence_id) = (tillit_app::new_id(), tillit_app::new_id(), tillit_app::new_id());
    let (case, bid) = (tillit_domain::CaseId(case_id.clone()), tillit_domain::BidId(bid_id.clone()));
    tillit_app::testing::case_with_bid(&t.db, org, &case, &bid, &evidence_id).await.unwrap();
    // An organisation-owned catalogue with one requirement.
    let catalogue_id = tillit_app::new_id();
    let requirement_id = tillit_app::new_id();
    let mut tx = t.db.begin().await.unwrap();
    tx.execute(
        "INSERT INTO catalogues (id, owner, key, title, subtitle, language, source, created_at) VALUES ($1, $2, $3, 'Egne krav', '', 'nb', '', 0)",
        tillit_app::testing::args![catalogue_id.as_str(), org.as_str(), catalogue_id.as_str()],
    )
    .await
    .unwrap();
    tx.execute(
        "INSERT INTO requirements (id, catalogue_id, ref, area_number, text, guidance, refs, sort_key) VALUES ($1, $2, 'E1', '', 'Eget krav', '', '[]', 0)",
        tillit_app::testing::args![requirement_id.as_str(), catalogue_id.as_str()],
    )
    .await
    .unwrap();
    // An organisation mapping on that requirement.
    let mapping_id = tillit_app::new_id();
    tx.execute(
        "INSERT INTO mappings (id, requirement_id, control_id, relationship, origin, rationale, owner, created_at) VALUES ($1, $2, '5.1', 'intersect', 'organisation', 'x', $3, 0)",
        tillit_app::testing::args![mapping_id.as_str(), requirement_id.as_str(), org.as_str()],
    )
    .await
    .unwrap();
    // The organisation's requirement in the case's set.
    tx.execute(
        "INSERT INTO case_requirements (case_id, requirement_id, kind, weight, wording, added_by, added_at) VALUES ($1, $2, 'must', 0, NULL, 'test', 0)",
        tillit_app::testing::args![case_id.as_str(), requirement_id.as_str()],
    )
    .await
    .unwrap();
    // A parked import of the holder's.
    let import_id = tillit_app::new_id();
    let doc = crate::catalogue::catalogues::small_oscal("walk");
    tx.execute(
        "INSERT INTO pending_imports (id, org_id, user_id, filename, format, content, created_at) VALUES ($1, $2, $3, 'walk.json', 'oscal', $4, 0)",
        tillit_app::testing::args![import_id.as_str(), org.as_str(), holder.user_id.as_str(), doc.into_bytes()],
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    let passkey_id = tillit_app::new_id();
    tillit_app::testing::passkey(&t.db, &holder.user_id, &passkey_id, t.app.now().0).await.unwrap();
    let mut tx = t.db.begin().await.unwrap();
    // As if the holder had registered it in this session.
    tx.execute(
        "UPDATE sessions SET mfa_done = $2 WHERE user_id = $1",
        tillit_app::testing::args![holder.user_id.as_str(), true],
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    let made = tillit_app::testing::supplier_with_contract(&t.db, org, &tillit_app::new_id()).await.unwrap();
    // A supplier person acts for this supplier, whose contract and contact the ids name.
    if holder.role == Role::SupplierRespondent {
        tillit_app::testing::make_supplier_person(&t.db, org, &holder.user_id, &made.supplier).await.unwrap();
    }
    let (tok, _) = t.app.create_api_token(holder, "walk", 30).await.unwrap();
    let email = format!("i{}@bergen.kommune.no", tillit_app::new_id());
    t.app.invite(admin, &email, Role::Auditor).await.unwrap();
    let inv = t.app.pending_invitations(admin).await.unwrap();
    let invitation_id = inv.iter().find(|l| l.email.as_deref() == Some(&email)).unwrap().token_hash[..16].to_string();
    Ids {
        case_id,
        bid_id,
        evidence_id,
        mapping_id,
        import_id,
        catalogue_id,
        requirement_id,
        passkey_id,
        user_id: victim.0,
        session_id,
        token_id: tok.id,
        invitation_id,
        supplier_id: made.supplier,
        contract_id: made.contract,
        contact_id: made.contact,
        sub_processor_id: made.sub_processor,
        certificate_id: made.certificate,
        document_id: made.document,
        person_id: made.person,
    }
}

pub fn fill(path: &str, ids: &Ids) -> String {
    let id = if path.starts_with("/cases/") || path.starts_with("/api/v1/cases/") {
        &ids.case_id
    } else if path.starts_with("/bids/") || path.starts_with("/api/v1/bids/") {
        &ids.bid_id
    } else if path.starts_with("/suppliers/") || path.starts_with("/api/v1/suppliers/") {
        &ids.supplier_id
    } else if path.starts_with("/documents/") || path.starts_with("/workspace/documents/") {
        &ids.document_id
    } else if path.starts_with("/contracts/")
        || path.starts_with("/api/v1/contracts/")
        || path.starts_with("/workspace/contracts/")
    {
        &ids.contract_id
    } else if path.starts_with("/evidence/") {
        &ids.evidence_id
    } else if path.starts_with("/mappings/") {
        &ids.mapping_id
    } else if path.contains("/catalogues/import/") {
        &ids.import_id
    } else if path.contains("/catalogues/") {
        &ids.catalogue_id
    } else if path.contains("/requirements/") {
        &ids.requirement_id
    } else if path.starts_with("/iso/") || path.contains("/iso-controls/") {
        &"8.13".to_string()
    } else if path.contains("/passkeys/") {
        &ids.passkey_id
    } else if path.contains("/sessions/") {
        &ids.session_id
    } else if path.contains("/api-tokens/") {
        &ids.token_id
    } else {
        &ids.invitation_id
    };
    path.replace("{user_id}", &ids.user_id).replace("{id}", id)
}

/// A valid JSON body for each state-changing API route, so a refusal can only come from the role.
pub fn api_body_for(path: &str) -> serde_json::Value {
    match path {
        "/api/v1/cases" => serde_json::json!({ "case_number": tillit_app::new_id(), "title": "Fagsystem" }),
        "/api/v1/cases/{id}/bids" => serde_json::json!({
            "company": "Visma", "country": "no", "org_number": "923609016", "email": "anbud@visma.no"
        }),
        "/api/v1/bids/{id}/evaluation" => serde_json::json!({ "judgements": [] }),
        _ => serde_json::json!({}),
    }
}

/// Calls an API route with a bearer token: GET, or POST with its body.
pub async fn api_call(t: &TestApp, method: &str, route: &str, path: &str, _ids: &Ids, token: &str) -> u16 {
    let c = reqwest::Client::new();
    let req = if method == "POST" { c.post(t.url(path)).json(&api_body_for(route)) } else { c.get(t.url(path)) };
    req.bearer_auth(token).send().await.unwrap().status().as_u16()
}

pub fn actor(user: &UserId, email: &str, org: &OrgId, role: Role) -> Actor {
    Actor { user_id: user.clone(), email: email.into(), org_id: org.clone(), role, via: "test".into() }
}

both!(every_route_answers_every_role_as_the_matrix_says, |t| {
    let admin = setup_admin(&t).await;
    let admin_actor = actor(&admin.user, &admin.email, &admin.org, Role::Administrator);
    let mut people: Vec<(Role, Browser, Actor, String)> = vec![];
    for role in Role::ALL {
        let email = format!("{}@bergen.kommune.no", role.as_str());
        let (user, browser) = if role == Role::SupplierRespondent {
            let u = add_member(&t, &admin.org, &email, role).await;
            (u, sign_in(&t, &email, None).await)
        } else {
            let u = add_member(&t, &admin.org, &email, role).await;
            let s = give_totp(&t, &u).await;
            (u, sign_in(&t, &email, Some(&s)).await)
        };
        let token = {
            let a = actor(&user, &email, &admin.org, role);
            t.app.create_api_token(&a, "matrix", 30).await.unwrap().1
        };
        people.push((role, browser, actor(&user, &email, &admin.org, role), token));
    }
    let mut checked = 0;
    for route in ROUTES.iter().filter(|r| r.access != Access::Public) {
        for (role, browser, who, token) in people.iter_mut() {
            let ids = fresh_ids(&t, &admin.org, &admin_actor, who).await;
            let path = fill(route.path, &ids);
            let status = if route.path.starts_with("/api/") {
                api_call(&t, route.method, route.path, &path, &ids, token).await
            } else if route.method == "GET" {
                browser.get(&path).await.status
            } else {
                browser
                    .post_raw(&path, &{
                        let mut f = form_for(route.path, &admin.org, Some(&ids));
                        f.push(("_csrf".into(), browser.csrf.clone().unwrap()));
                        f
                    })
                    .await
                    .status
            };
            let allowed = match route.access {
                Access::Public | Access::Member => true,
                Access::Needs(p) => role.has(p),
            };
            if allowed {
                assert!(
                    ![401, 403, 404].contains(&status) && status < 500,
                    "{role:?} {} {path}: {status}",
                    route.method
                );
            } else {
                // A supplier's people learn nothing of the buyer's routes: not found.
                let refused = if *role == Role::SupplierRespondent { 404 } else { 403 };
                assert_eq!(status, refused, "{role:?} {} {path} must be refused", route.method);
                // Refused for the role, whatever the form says: never a 422 about its fields.
                if route.method == "POST" && !route.path.starts_with("/api/") {
                    let garbage = vec![("_csrf".to_string(), browser.csrf.clone().unwrap())];
                    let s = browser.post_raw(&path, &garbage).await.status;
                    assert_eq!(s, refused, "{role:?} POST {path} with an empty form must be refused, not {s}");
                }
            }
            checked += 1;
            t.db.execute("DELETE FROM passkeys WHERE user_id = $1", tillit_app::testing::args![who.user_id.as_str()])
                .await
                .unwrap();
            // Re-sign-in where an allowed action ended the session (sign out everywhere keeps it).
            if browser.get("/profile").await.status != 200 {
                let secret = give_totp(&t, &who.user_id).await;
                let s = if *role == Role::Administrator {
                    Some(secret.as_slice())
                } else {
                    // Non-administrators had no factor; remove the one just given.
                    tillit_app::testing::clear_totp(&t.db, &who.user_id).await.unwrap();
                    None
                };
                *browser = sign_in(&t, &who.email, s).await;
            }
        }
    }
    assert!(checked >= 30 * Role::ALL.len(), "walked {checked} route × role pairs");
    // Each buyer's route a supplier person tried is in the log under its name.
    let f = tillit_app::data::AuditFilter { limit: 100_000, ..Default::default() };
    let refusals = t
        .audit_log(&admin.org, &f)
        .await
        .into_iter()
        .filter(|r| {
            r.event.action == "supplier.person_refused" && r.event.actor_label.starts_with("supplier_respondent@")
        })
        .count();
    assert!(refusals >= 30, "{refusals} refusals of the supplier person recorded");
    // The invitations this test made are mailed (the harness fails a test leaving mail unsent).
    assert!(t.send_queued_mail().await > 0);
});
