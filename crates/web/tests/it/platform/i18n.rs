//! Every message the pages and use cases ask for exists in bokmål, svenska and English.

use std::collections::BTreeSet;
use tillit_app::platform::i18n::{keys, sources};

fn read_dir(dir: &std::path::Path, out: &mut Vec<String>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            read_dir(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs" || x == "html") {
            out.push(std::fs::read_to_string(&p).unwrap());
        }
    }
}

/// String literals that look like message keys ("error-…", "notice-…") or are passed to `t`.
fn used_keys() -> BTreeSet<String> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![];
    for d in ["templates", "src", "../app/src", "../domain/src"] {
        read_dir(&root.join(d), &mut files);
    }
    let prefixes = [
        "error-",
        "notice-",
        "password-",
        "mail-",
        "link-",
        "audit-",
        "no-org-",
        "role-",
        "perm-",
        "nav-",
        "action-",
        "field-",
        "col-",
        "status-",
    ];
    let mut out = BTreeSet::new();
    for f in files {
        for part in f.split('"').skip(1).step_by(2) {
            let ok = part.len() < 60
                && part.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
                && part.contains('-');
            let by_call = f.contains(&format!(".t(\"{part}\")"))
                || f.contains(&format!(".t1(\"{part}\""))
                || f.contains(&format!("t(loc, \"{part}\""));
            if ok && (by_call || prefixes.iter().any(|p| part.starts_with(p))) && !part.ends_with('-') {
                out.insert(part.to_string());
            }
        }
    }
    // HTML ids and form names that share a prefix but are not messages.
    for not_key in ["f-action", "role-", "nav-q"] {
        out.remove(not_key);
    }
    out
}

#[test]
fn every_used_key_exists_in_every_locale() {
    let used = used_keys();
    assert!(used.len() > 100, "found only {} keys", used.len());
    for (loc, src) in sources() {
        let have: BTreeSet<String> = keys(&src).into_iter().collect();
        let missing: Vec<_> = used.difference(&have).collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", loc.code());
    }
}
