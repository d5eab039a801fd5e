//! A refused form on the case page comes back as the case page: the error on that form, the
//! field it names marked and focused, and everything typed still there.

use crate::both;
use crate::flows::setup_admin;
use crate::procurement::bids::published_case;
use crate::procurement::tender::new_case;
use crate::support::Resp;

/// The refused page: 422, one error on the form, the named field marked invalid and focused.
fn refused_on(r: &Resp, form_id: &str, field_id: &str) {
    assert_eq!(r.status, 422, "{}", r.body);
    assert_eq!(r.body.matches("id=\"form-error\"").count(), 1, "one error on the page: {}", r.body);
    let form = r.body.find(form_id).unwrap_or_else(|| panic!("{form_id} on the page"));
    let form_end = form + r.body[form..].find("</form>").unwrap();
    let error = r.body.find("id=\"form-error\"").unwrap();
    assert!(form < error && error < form_end, "the error is inside {form_id}, not elsewhere on the page");
    let field = r.body.find(&format!("id=\"{field_id}\"")).unwrap_or_else(|| panic!("#{field_id}"));
    let tag = &r.body[field..field + r.body[field..].find('>').unwrap()];
    assert!(tag.contains("aria-invalid=\"true\"") && tag.contains("autofocus"), "{field_id} is marked: {tag}");
    assert_eq!(r.body.matches(" autofocus").count(), 1, "one field takes the focus");
}

both!(a_refused_case_form_keeps_what_was_typed_and_says_what_is_wrong, |t| {
    let admin = setup_admin(&t).await;
    let mut b = admin.browser;

    // The classification: a number that is not one, with other choices changed meanwhile.
    let id = new_case(&mut b, "2026/700").await;
    let r = b
        .post(
            &format!("/cases/{id}/classification"),
            &[
                ("kind", "saas"),
                ("confidentiality", "4"),
                ("integrity", "3"),
                ("availability", "2"),
                ("traceability", "1"),
                ("personal_data", "on"),
                ("data_subjects", "tolv tusen"),
                ("location", "eea"),
                ("users", "450"),
            ],
        )
        .await;
    refused_on(&r, &format!("action=\"/cases/{id}/classification\""), "data_subjects");
    assert!(r.body.contains("value=\"tolv tusen\""), "the typed text is kept");
    assert!(r.body.contains("value=\"450\""), "the other numbers too");
    assert!(r.body.contains("id=\"personal_data\" name=\"personal_data\" value=\"on\" checked"), "and the ticks");
    let c = r.body.find("id=\"confidentiality\"").unwrap();
    let sel = &r.body[c..c + r.body[c..].find("</select>").unwrap()];
    assert!(sel.contains("value=\"4\" selected"), "and the choices: {sel}");
    // Nothing was saved.
    assert!(!b.get(&format!("/cases/{id}")).await.body.contains("value=\"450\""));

    // A requirement's own row: an award criterion without a weight; its form opens with the error.
    assert_eq!(b.post(&format!("/cases/{id}/set/adopt"), &[]).await.status, 303);
    let page = b.get(&format!("/cases/{id}")).await;
    let req = page.body.split("name=\"requirement\" value=\"").nth(1).unwrap().split('"').next().unwrap().to_string();
    let r = b
        .post(
            &format!("/cases/{id}/set/item"),
            &[("requirement", &req), ("kind", "award"), ("weight", "0"), ("wording", "Egen ordlyd for denne saken")],
        )
        .await;
    refused_on(&r, &format!("id=\"set-{req}\""), &format!("weight-{req}"));
    let row = r.body.find(&format!("id=\"set-{req}\"")).unwrap();
    let row = &r.body[row..row + r.body[row..].find("</tr>").unwrap()];
    assert!(row.contains("<details class=\"set-edit\" open>"), "the row's form is open: {row}");
    assert!(row.contains(">Egen ordlyd for denne saken</textarea>"), "the wording is kept: {row}");
    assert!(row.contains("<option value=\"award\" selected>"), "the kind is kept: {row}");

    // A bulk change to award without a weight keeps the ticks.
    let r =
        b.post(&format!("/cases/{id}/set/bulk"), &[("requirement", &req), ("change", "award"), ("weight", "")]).await;
    refused_on(&r, "id=\"set-bulk\"", "bulk-weight");
    assert!(
        r.body.contains(&format!("id=\"pick-{req}\"")) && r.body.contains("checked aria-label"),
        "the tick is kept"
    );

    // The invitation: a mistyped organisation number, the rest kept.
    let case = published_case(&mut b, "2026/701").await;
    let r = b
        .post(
            &format!("/cases/{case}/bids"),
            &[
                ("company", "Visma Enterprise AS"),
                ("country", "se"),
                ("org_number", "923609017"),
                ("email", "anbud@visma.no"),
            ],
        )
        .await;
    refused_on(&r, "id=\"bid-invite-form\"", "bid-orgnr");
    assert!(r.body.contains("Organisation number: a Swedish"), "the field is named: {}", r.body);
    for kept in
        ["value=\"Visma Enterprise AS\"", "value=\"923609017\"", "value=\"anbud@visma.no\"", "value=\"se\" selected"]
    {
        assert!(r.body.contains(kept), "{kept} is kept");
    }

    // A published deadline shortened: refused on the deadline form, the reason kept.
    let r = b
        .post(
            &format!("/cases/{case}/deadline"),
            &[("deadline", "2026-12-10T12:00"), ("reason", "Vi trenger svarene tidligere enn planlagt")],
        )
        .await;
    refused_on(&r, &format!("action=\"/cases/{case}/deadline\""), "deadline");
    assert!(r.body.contains("never shortened"), "{}", r.body);
    assert!(r.body.contains("value=\"2026-12-10T12:00\"") && r.body.contains("Vi trenger svarene tidligere"));

    // A lead evaluator who is no member: refused on the lead form, the current lead not shown
    // as chosen (what was sent was not it).
    let r = b.post(&format!("/cases/{case}/lead"), &[("user", "no-such-member")]).await;
    refused_on(&r, &format!("action=\"/cases/{case}/lead\""), "lead-user");
    assert!(r.body.contains("Lead evaluator: choose a member"), "{}", r.body);
    let l = r.body.find("id=\"lead-user\"").unwrap();
    assert!(!r.body[l..l + r.body[l..].find("</select>").unwrap()].contains(" selected"));

    // What no form can mend is still its own page: another organisation's case is not found.
    let r = b.post("/cases/no-such-case/bids", &[("company", "X"), ("country", "no")]).await;
    assert_eq!(r.status, 404);
    assert!(!r.body.contains("form-error"));
});
