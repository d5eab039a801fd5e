//! Setup, sign-in, second factor, lockout, sessions, password reset, invitations.

use crate::both;
use crate::flows::{self, PASSWORD, add_member, setup_admin, sign_in, totp_code};
use tillit_domain::Role;

both!(setup_link_works_once_and_only_while_there_are_no_users, |t| {
    let token = t.app.ensure_setup_link().await.unwrap().unwrap();
    let mut other = t.browser();
    assert_eq!(other.get("/setup/not-the-token").await.status, 404);
    let admin = {
        // Making a new link (as a restart does) retires the old one.
        let old = token.clone();
        let a = setup_admin(&t).await;
        assert_eq!(other.get(&format!("/setup/{old}")).await.status, 404);
        a
    };
    assert!(t.app.ensure_setup_link().await.unwrap().is_none(), "no setup link once users exist");
    let _ = admin;
});

both!(administrator_must_enrol_totp_before_anything_else, |t| {
    let token = t.app.ensure_setup_link().await.unwrap().unwrap();
    let mut b = t.browser();
    b.post(
        &format!("/setup/{token}"),
        &[("org_name", "Malmö stad"), ("display_name", "Sven"), ("email", "sven@malmo.se"), ("password", PASSWORD)],
    )
    .await;
    for path in ["/", "/admin/members", "/audit", "/profile"] {
        let r = b.get(path).await;
        assert_eq!((r.status, r.location().as_str()), (303, "/profile/totp"), "{path}");
    }
    let r = b.post("/profile/totp", &[("code", "000000")]).await;
    assert_eq!(r.status, 422);
});

both!(bad_setup_input_is_refused_with_the_field_named, |t| {
    let token = t.app.ensure_setup_link().await.unwrap().unwrap();
    let mut b = t.browser();
    for (pw, msg) in [("kort", "at least 12"), ("password1234", "too common")] {
        let r = b
            .post(
                &format!("/setup/{token}"),
                &[("org_name", "X"), ("display_name", "Y"), ("email", "y@x.no"), ("password", pw)],
            )
            .await;
        assert_eq!(r.status, 422);
        assert!(r.body.to_lowercase().contains(msg), "{}", r.body);
    }
    let r = b
        .post(
            &format!("/setup/{token}"),
            &[("org_name", "X"), ("display_name", "Y"), ("email", "not-an-address"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(r.status, 422);
    assert_eq!(tillit_app::testing::user_count(&t.db).await.unwrap(), 0, "nothing half-written");
    assert!(t.app.setup_link_valid(&token).await.unwrap(), "a refused form does not use up the link");
});

both!(sign_in_with_password_and_totp_and_codes_work_once, |t| {
    let admin = setup_admin(&t).await;
    let mut b = t.browser();
    let r = b.post("/login", &[("email", &admin.email), ("password", PASSWORD)]).await;
    assert_eq!(r.location(), "/login/mfa");
    assert_eq!(b.get("/").await.location(), "/login/mfa", "no page before the second factor");
    let wrong = b.post("/login/mfa", &[("code", "123456")]).await;
    assert_eq!(wrong.status, 401);
    assert!(wrong.body.contains("wrong"), "one generic message: {}", wrong.body);
    t.clock.advance(30);
    let code = totp_code(&t, &admin.secret);
    let before = b.cookies.get("tillit-session").cloned().unwrap();
    assert_eq!(b.post("/login/mfa", &[("code", &code)]).await.location(), "/");
    let after = b.cookies.get("tillit-session").cloned().unwrap();
    assert_ne!(before, after, "the session id changes with the second factor");
    let mut stale = t.browser();
    stale.cookies.insert("tillit-session".into(), before);
    assert_eq!(stale.get("/").await.location(), "/login", "the id seen before the second factor is dead");
    // The same code cannot sign in a second session.
    let mut c = t.browser();
    c.post("/login", &[("email", &admin.email), ("password", PASSWORD)]).await;
    assert_eq!(c.post("/login/mfa", &[("code", &code)]).await.status, 401, "a TOTP code works once");
});

both!(recovery_code_signs_in_once, |t| {
    let admin = setup_admin(&t).await;
    let mut b = admin.browser;
    let page = b.post("/profile/recovery-codes", &[]).await;
    assert_eq!(page.status, 200);
    let code = page.body.split("<li><code>").nth(1).unwrap().split('<').next().unwrap().to_string();
    for expect in [303, 401] {
        let mut c = t.browser();
        c.post("/login", &[("email", &admin.email), ("password", PASSWORD)]).await;
        let r = c.post("/login/mfa", &[("code", &code)]).await;
        assert_eq!(r.status, expect);
    }
});

both!(wrong_passwords_lock_the_account_for_a_while_and_are_audited, |t| {
    let admin = setup_admin(&t).await;
    let mut b = t.browser();
    let unknown = b.post("/login", &[("email", "nobody@bergen.kommune.no"), ("password", "whatever-password")]).await;
    for _ in 0..5 {
        let r = b.post("/login", &[("email", &admin.email), ("password", "wrong password here")]).await;
        assert_eq!(r.status, 401);
        assert_eq!(r.body.contains("wrong"), unknown.body.contains("wrong"), "same message for unknown and wrong");
    }
    let r = b.post("/login", &[("email", &admin.email), ("password", PASSWORD)]).await;
    assert_eq!(r.status, 401, "locked even with the right password");
    assert!(r.body.contains("15 minutes"), "{}", r.body);
    t.clock.advance(16 * 60);
    let r = b.post("/login", &[("email", &admin.email), ("password", PASSWORD)]).await;
    assert_eq!(r.status, 303, "unlocked after the lock time");
    let f = tillit_app::data::AuditFilter { limit: 100, ..Default::default() };
    let log = t.audit_log(&admin.org, &f).await;
    assert_eq!(log.iter().filter(|r| r.event.action == "login.failed").count(), 5);
    assert!(log.iter().any(|r| r.event.action == "login.locked"));
});

both!(sessions_expire_list_and_sign_out_everywhere, |t| {
    let admin = setup_admin(&t).await;
    let mut a = admin.browser;
    let mut b = sign_in(&t, &admin.email, Some(&admin.secret)).await;
    let list = a.get("/profile/sessions").await;
    assert_eq!(list.body.matches("/revoke\"").count(), 1, "one other session can be signed out");
    // Only hashes are stored: the cookie value appears nowhere in the sessions table.
    let cookie = a.cookies.get("tillit-session").unwrap().clone();
    let rows: Vec<(String,)> = t.db.fetch_all("SELECT id_hash FROM sessions", vec![]).await.unwrap();
    assert!(rows.iter().all(|(h,)| h != &cookie && h.len() == 64));
    assert_eq!(a.post("/profile/sessions/revoke-all", &[]).await.status, 303);
    assert_eq!(b.get("/").await.location(), "/login", "the other session is gone");
    assert_eq!(a.get("/").await.status, 200, "this one stays");
    t.clock.advance(31 * 60);
    assert_eq!(a.get("/").await.location(), "/login", "idle timeout");
});

both!(sessions_end_at_their_absolute_lifetime, |t| {
    let admin = setup_admin(&t).await;
    let mut a = admin.browser;
    for _ in 0..25 {
        t.clock.advance(29 * 60);
        if a.get("/").await.status != 200 {
            break;
        }
    }
    assert!(t.app.now().0 - crate::support::T0 <= 12 * 3600 + 30 * 60);
    assert_eq!(a.get("/").await.location(), "/login");
});

both!(password_reset_by_single_use_expiring_link, |t| {
    let admin = setup_admin(&t).await;
    let mut b = t.browser();
    let r = b.post("/reset", &[("email", &admin.email)]).await;
    let r2 = b.post("/reset", &[("email", "nobody@nowhere.no")]).await;
    assert_eq!(r.location(), r2.location(), "the answer does not reveal who has an account");
    let mails = t.mail_to(&admin.email).await;
    assert_eq!(mails.len(), 1);
    assert!(t.mail_to("nobody@nowhere.no").await.is_empty());
    let link = mails[0].link("/reset/");
    let path = link.split_once(&t.addr.to_string()).unwrap().1.to_string();
    assert_eq!(b.get(&path).await.status, 200);
    assert_eq!(b.post(&path, &[("new_password", "short")]).await.status, 422);
    let r = b.post(&path, &[("new_password", "nytt passord for vinteren")]).await;
    assert_eq!(r.status, 303);
    assert_eq!(b.post(&path, &[("new_password", "et tredje passord her")]).await.status, 404, "used once");
    // The old session was signed out by the reset.
    let mut old = admin.browser;
    assert_eq!(old.get("/").await.location(), "/login");
    // An expired link does not work.
    b.post("/reset", &[("email", &admin.email)]).await;
    let link = t.mail_to(&admin.email).await.last().unwrap().link("/reset/");
    let path = link.split_once(&t.addr.to_string()).unwrap().1.to_string();
    t.clock.advance(3601);
    assert_eq!(b.get(&path).await.status, 404);
    // The form cannot be used to flood someone's inbox: three links an hour at most.
    for _ in 0..5 {
        b.post("/reset", &[("email", &admin.email)]).await;
    }
    assert_eq!(t.mail_to(&admin.email).await.len(), 5, "two earlier mails plus three within the hour");
});

both!(invitation_by_email_creates_a_member_with_the_role, |t| {
    let admin = setup_admin(&t).await;
    let mut a = admin.browser;
    let r = a.post("/admin/invitations", &[("email", "Ola@Bergen.Kommune.no"), ("role", "procurement_officer")]).await;
    assert_eq!(r.status, 303, "{}", r.body);
    let mails = t.mail_to("ola@bergen.kommune.no").await;
    assert_eq!(mails.len(), 1);
    assert!(mails[0].subject.contains("Bergen kommune"), "{}", mails[0].subject);
    let link = mails[0].link("/invitation/");
    let path = link.split_once(&t.addr.to_string()).unwrap().1.to_string();
    let mut o = t.browser();
    let page = o.get(&path).await;
    assert!(page.body.contains("Innkjøper") || page.body.contains("Procurement"), "{}", page.body);
    let r = o.post(&path, &[("display_name", "Ola Nordmann"), ("password", "sikkert og langt passord")]).await;
    // A procurement officer handles bids: a second factor comes first.
    assert_eq!((r.status, r.location().as_str()), (303, "/profile/totp"));
    assert_eq!(o.get("/").await.location(), "/profile/totp");
    let u = tillit_app::testing::user_by_email(&t.db, "ola@bergen.kommune.no").await.unwrap().unwrap();
    let role = tillit_app::testing::role_of(&t.db, &admin.org, &u.user_id()).await.unwrap();
    assert_eq!(role, Some(Role::ProcurementOfficer));
    assert_eq!(t.browser().get(&path).await.status, 404, "an invitation works once");
});

both!(a_second_factor_is_required_of_everyone_who_handles_bids_unless_turned_off, |t| {
    let admin = setup_admin(&t).await;
    let mut a = admin.browser;
    assert!(
        a.get("/admin/organisation")
            .await
            .body
            .contains(r#"name="require_mfa_bid_roles" type="checkbox" value="on" checked"#)
    );
    for (role, email) in
        [(Role::ProcurementOfficer, "ola@bergen.kommune.no"), (Role::Auditor, "revisor@bergen.kommune.no")]
    {
        let u = add_member(&t, &admin.org, email, role).await;
        let mut b = t.browser();
        let r = b.post("/login", &[("email", email), ("password", PASSWORD)]).await;
        assert_eq!((r.status, r.location().as_str()), (303, "/profile/totp"), "{role:?} must enrol first");
        assert_eq!(b.get("/cases").await.location(), "/profile/totp", "no bid is read before enrolling");
        // An API token of someone without a factor does not work either.
        let actor = crate::permissions::actor(&u, email, &admin.org, role);
        let (_, token) = t.app.create_api_token(&actor, "x", 30).await.unwrap();
        let r = reqwest::Client::new().get(t.url("/api/v1/cases")).bearer_auth(&token).send().await.unwrap();
        assert_eq!(r.status().as_u16(), 401, "{role:?}'s token without a second factor");
    }
    // The roles page, generated from the matrix, says whom it binds: every role but the supplier's.
    let mfa_row = |body: &str| {
        let row = body.split(r#"<tr id="roles-mfa">"#).nth(1).unwrap().split("</tr>").next().unwrap().to_string();
        (row.matches("class=\"ok\"").count(), row.matches("class=\"muted\"").count())
    };
    let roles = a.get("/admin/roles").await.body;
    assert_eq!(mfa_row(&roles), (Role::ALL.len() - 1, 1));
    for p in tillit_domain::Permission::ALL {
        let label =
            tillit_app::platform::i18n::t(tillit_app::platform::i18n::Locale::En, &format!("perm-{}", p.as_str()));
        let shown = ["&#x27;", "&#39;"].iter().any(|a| roles.contains(&label.replace('\'', a)));
        assert!(shown, "{p:?} is listed: {label}");
    }
    // The administrator turns it off (recorded); then the auditor goes on with a password.
    let r = a.post("/admin/organisation", &[("name", "Bergen kommune"), ("default_locale", "nb")]).await;
    assert_eq!(r.status, 303);
    assert_eq!(mfa_row(&a.get("/admin/roles").await.body), (1, Role::ALL.len() - 1), "administrators still must");
    let f = tillit_app::data::AuditFilter { limit: 100, ..Default::default() };
    let log = t.audit_log(&admin.org, &f).await;
    assert!(
        log.iter().any(|e| e.event.action == "organisation.update"
            && e.event.changes.iter().any(|c| c.field == "require_mfa_bid_roles" && c.new.as_deref() == Some("false"))),
        "turning it off is recorded"
    );
    sign_in(&t, "revisor@bergen.kommune.no", None).await;
});

both!(organisation_can_require_mfa_of_everyone, |t| {
    let admin = setup_admin(&t).await;
    let mut a = admin.browser;
    // Not the default: without "bid roles", only "everyone" makes an auditor enrol.
    let r = a.post("/admin/organisation", &[("name", "Bergen kommune"), ("default_locale", "nb")]).await;
    assert_eq!(r.status, 303);
    add_member(&t, &admin.org, "per@bergen.kommune.no", Role::Auditor).await;
    let mut p = sign_in(&t, "per@bergen.kommune.no", None).await;
    assert_eq!(a.get("/").await.by_id("mfa-coverage"), "1 / 2", "the start page shows who lacks a second factor");
    let r = a
        .post("/admin/organisation", &[("name", "Bergen kommune"), ("default_locale", "nb"), ("require_mfa", "on")])
        .await;
    assert_eq!(r.status, 303);
    assert_eq!(p.get("/").await.location(), "/profile/totp", "members without a factor must enrol");
    let page = p.get("/profile/totp").await;
    let secret = data_encoding::BASE32_NOPAD.decode(page.by_id("totp-secret").as_bytes()).unwrap();
    assert_eq!(p.post("/profile/totp", &[("code", &flows::totp_code(&t, &secret))]).await.status, 200);
    assert_eq!(p.get("/").await.status, 200, "enrolled, the member goes on");
});

both!(last_administrator_cannot_be_removed_or_demoted, |t| {
    let admin = setup_admin(&t).await;
    let mut a = admin.browser;
    let r = a.post(&format!("/admin/members/{}/role", admin.user), &[("role", "auditor")]).await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("at least one administrator") || r.body.contains("minst én administrator"), "{}", r.body);
    let r = a.post(&format!("/admin/members/{}/remove", admin.user), &[]).await;
    assert_eq!(r.status, 422);
});

both!(an_existing_user_joins_another_organisation_by_invitation, |t| {
    let admin = setup_admin(&t).await;
    let org_b = t.app.admin_create_org("Region Skåne", "anna@skane.se", "Anna", PASSWORD).await.unwrap();
    let anna = tillit_app::testing::user_by_email(&t.db, "anna@skane.se").await.unwrap().unwrap();
    let b_admin = crate::permissions::actor(&anna.user_id(), "anna@skane.se", &org_b, Role::Administrator);
    t.app.invite(&b_admin, &admin.email, Role::Auditor).await.unwrap();
    let link = t.mail_to(&admin.email).await.last().unwrap().link("/invitation/");
    let path = link.split_once(&t.addr.to_string()).unwrap().1.to_string();

    // Someone else, signed in, cannot use a link sent to Kari.
    let (_, mut per) = flows::member(&t, &admin.org, "per@bergen.kommune.no", Role::Auditor).await;
    let page = per.get(&path).await;
    assert!(!page.body.contains("action-join") && !page.body.contains("Join the organisation"), "{}", page.body);
    assert_eq!(per.post(&path, &[]).await.status, 404, "a link for another person");

    // Not signed in: the page asks Kari to sign in first rather than make a second account.
    let mut anon = t.browser();
    assert!(anon.get(&path).await.body.contains("/login"));
    assert_eq!(
        anon.post(&path, &[("display_name", "Kari 2"), ("password", "et annet langt passord")]).await.status,
        422
    );

    let mut kari = admin.browser;
    let r = kari.post(&path, &[]).await;
    assert_eq!((r.status, r.location().as_str()), (303, "/?notice=notice-joined"));
    assert!(kari.get("/").await.body.contains("Region Skåne"), "switched to the new organisation");
    assert_eq!(tillit_app::testing::role_of(&t.db, &org_b, &admin.user).await.unwrap(), Some(Role::Auditor));
});

// Hammering a locked account is counted, not logged: one audit record for the lock, one
// counter row, however many attempts (152 attempts wrote 453 rows before).
both!(attempts_while_locked_are_counted_not_logged, |t| {
    let admin = setup_admin(&t).await;
    let mut b = t.browser();
    for _ in 0..5 {
        b.post("/login", &[("email", &admin.email), ("password", "wrong password here")]).await;
    }
    let rows = |sql: &'static str| {
        let db = t.db.clone();
        async move {
            let (n,): (i64,) = db.fetch_one(sql, vec![]).await.unwrap();
            n
        }
    };
    let failures = rows("SELECT COUNT(*) FROM login_failures").await;
    let audit = rows("SELECT COUNT(*) FROM audit_events").await;
    for _ in 0..40 {
        let r = b.post("/login", &[("email", &admin.email), ("password", "wrong password here")]).await;
        assert_eq!(r.status, 401);
    }
    assert_eq!(rows("SELECT COUNT(*) FROM login_failures").await, failures, "no failure rows while locked");
    assert_eq!(rows("SELECT COUNT(*) FROM audit_events").await, audit + 1, "the lock is audited once");
    assert_eq!(rows("SELECT count FROM lockout_refusals").await, 40, "every refused attempt is counted");
    // After the lock, a new failure counts again and a new lock is audited again.
    t.clock.advance(16 * 60);
    let r = b.post("/login", &[("email", &admin.email), ("password", PASSWORD)]).await;
    assert_eq!(r.status, 303, "the lock ended on time: refusals did not extend it");
});
