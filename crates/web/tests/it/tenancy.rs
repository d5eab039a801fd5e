//! Strict separation: a member of organisation A gets 404 for every object of B, on every
//! route that names an object, in the pages and in the API.

use crate::both;
use crate::flows::{add_member, setup_admin};
use crate::permissions::{actor, fill, form_for, fresh_ids};
use tillit_domain::{OrgId, Role};
use tillit_web::routes::{Access, ROUTES};

both!(organisation_a_gets_404_for_every_object_of_b, |t| {
    let a = setup_admin(&t).await;
    let mut browser = a.browser;
    let a_actor = actor(&a.user, &a.email, &a.org, Role::Administrator);
    let a_token = t.app.create_api_token(&a_actor, "tenancy", 30).await.unwrap().1;

    // Organisation B with its own administrator and member.
    let org_b: OrgId =
        t.app.admin_create_org("Göteborgs stad", "admin@goteborg.se", "Admin B", crate::flows::PASSWORD).await.unwrap();
    let b_admin = tillit_app::testing::user_by_email(&t.db, "admin@goteborg.se").await.unwrap().unwrap();
    let b_actor = actor(&b_admin.user_id(), "admin@goteborg.se", &org_b, Role::Administrator);
    add_member(&t, &org_b, "anna@goteborg.se", Role::Auditor).await;
    let b_ids = fresh_ids(&t, &org_b, &b_actor, &b_actor).await;
    // A supplier person of one of A's suppliers, for the workspace's routes.
    let a_ids = fresh_ids(&t, &a.org, &a_actor, &a_actor).await;
    let person = crate::flows::add_member(&t, &a.org, "leverandor@driftspartner.no", Role::SupplierRespondent).await;
    tillit_app::testing::make_supplier_person(&t.db, &a.org, &person, &a_ids.supplier_id).await.unwrap();
    let mut supplier_browser = crate::flows::sign_in(&t, "leverandor@driftspartner.no", None).await;

    let mut checked = 0;
    // ISO/IEC 27002 controls are shared reference data, not any organisation's objects.
    let shared = ["/iso/{id}", "/api/v1/iso-controls/{id}"];
    for route in
        ROUTES.iter().filter(|r| r.path.contains('{') && r.access != Access::Public && !shared.contains(&r.path))
    {
        let path = fill(route.path, &b_ids);
        let browser = if route.path.starts_with("/workspace/") { &mut supplier_browser } else { &mut browser };
        let status = if route.path.starts_with("/api/") {
            crate::permissions::api_call(&t, route.method, route.path, &path, &b_ids, &a_token).await
        } else if route.method == "GET" {
            browser.get(&path).await.status
        } else {
            let mut f = form_for(route.path, &a.org, Some(&b_ids));
            f.push(("_csrf".into(), browser.csrf.clone().unwrap()));
            browser.post_raw(&path, &f).await.status
        };
        assert_eq!(status, 404, "{} {path} must not reach organisation B's object", route.method);
        checked += 1;
    }
    assert!(checked >= 28, "checked {checked} routes");
    // Switching to an organisation one does not belong to is 404 as well.
    let r = browser.post("/org/switch", &[("org_id", org_b.as_str())]).await;
    assert_eq!(r.status, 404);
    // And B's objects are untouched.
    // The administrator, Anna, and the walk's victim member and supplier person.
    assert_eq!(tillit_app::testing::member_count(&t.db, &org_b).await.unwrap(), 4);
    assert_eq!(t.app.pending_invitations(&b_actor).await.unwrap().len(), 1);
    let f = tillit_app::data::AuditFilter { limit: 1000, ..Default::default() };
    let b_log = t.audit_log(&org_b, &f).await;
    assert!(b_log.iter().all(|r| r.event.actor_label != a.email), "A left no trace in B's log");
    // The invitations this test made are mailed (the harness fails a test leaving mail unsent).
    assert!(t.send_queued_mail().await > 0);
});

both!(a_user_in_two_organisations_switches_between_them, |t| {
    let a = setup_admin(&t).await;
    let org_b = t.app.admin_create_org("Region Skåne", &a.email, "", "").await.unwrap();
    let mut b = a.browser;
    let home = b.get("/").await;
    assert!(home.body.contains("org-switch"), "the switcher appears with two organisations");
    assert_eq!(b.post("/org/switch", &[("org_id", org_b.as_str())]).await.status, 303);
    let home = b.get("/").await;
    assert!(home.body.contains("Region Skåne"), "{}", home.body);
});
