//! Bounded fuzzing of every file reader. Each target mutates its seeds (the hostile files
//! among them) for `TILLIT_FUZZ_SECONDS` (default 8) and holds the reader to one property:
//! it returns — a value or problems that each say where and what — without panicking,
//! aborting or allocating past the limit this binary runs under. A failure prints the seed;
//! `TILLIT_FUZZ_SEED=N` replays it.

use crate::{answer_sheet, hostile_file, with_part};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use std::io::{Cursor, Read};
use std::time::{Duration, Instant};
use tillit_office::oscal::Problem;
use tillit_office::{answer_sheet as sheet, evidence, oscal, table, xlsx};

fn budget() -> Duration {
    let s = std::env::var("TILLIT_FUZZ_SECONDS").ok().and_then(|v| v.parse().ok()).unwrap_or(8);
    Duration::from_secs(s)
}

/// Runs `check` on mutations of the seeds until the budget is spent; returns how many ran.
fn fuzz(name: &str, seeds: &[Vec<u8>], zipped: bool, check: impl Fn(&[u8])) -> usize {
    let seed: u64 = std::env::var("TILLIT_FUZZ_SEED").ok().and_then(|v| v.parse().ok()).unwrap_or_else(|| {
        // Only the seed of the generator comes from the clock; every input is reproducible.
        #[allow(clippy::disallowed_methods)]
        let t = std::time::SystemTime::now();
        t.duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos() as u64).unwrap_or(1)
    });
    eprintln!("fuzz {name}: TILLIT_FUZZ_SEED={seed}");
    let mut rng = StdRng::seed_from_u64(seed);
    for s in seeds {
        check(s);
    }
    let end = Instant::now() + budget();
    let mut n = 0;
    while Instant::now() < end {
        let s = &seeds[rng.gen_range(0..seeds.len())];
        let input = if zipped && rng.gen_bool(0.7) { mutate_part(&mut rng, s) } else { mutate(&mut rng, s) };
        check(&input);
        n += 1;
    }
    eprintln!("fuzz {name}: {n} inputs");
    n
}

/// Numbers an attacker would pick: at and around every limit a reader has.
const BIG: &[&str] = &[
    "0",
    "-1",
    "4294967295",
    "4294967296",
    "18446744073709551615",
    "1048576",
    "100001",
    "1000000000000",
    "XFD",
    "ZZZZZZ",
];

fn mutate(rng: &mut StdRng, s: &[u8]) -> Vec<u8> {
    let mut v = s.to_vec();
    for _ in 0..rng.gen_range(1..4) {
        let at = if v.is_empty() { 0 } else { rng.gen_range(0..v.len()) };
        match rng.gen_range(0..6) {
            0 if !v.is_empty() => v[at] ^= 1 << rng.gen_range(0..8),
            1 => v.truncate(at),
            2 => {
                let len = rng.gen_range(0..64.min(v.len().saturating_sub(at) + 1));
                let piece = v[at..at + len].to_vec();
                v.splice(at..at, piece);
            }
            3 => v.splice(at..at, BIG[rng.gen_range(0..BIG.len())].bytes()).for_each(drop),
            4 => v.splice(at..at, (0..rng.gen_range(1..8)).map(|_| rng.r#gen::<u8>())).for_each(drop),
            _ => inflate_number(rng, &mut v),
        }
    }
    v
}

/// Replaces one run of digits with a number from `BIG`.
fn inflate_number(rng: &mut StdRng, v: &mut Vec<u8>) {
    let starts: Vec<usize> =
        (0..v.len()).filter(|&i| v[i].is_ascii_digit() && (i == 0 || !v[i - 1].is_ascii_digit())).collect();
    if starts.is_empty() {
        return;
    }
    let a = starts[rng.gen_range(0..starts.len())];
    let b = (a..v.len()).find(|&i| !v[i].is_ascii_digit()).unwrap_or(v.len());
    v.splice(a..b, BIG[rng.gen_range(0..BIG.len())].bytes()).for_each(drop);
}

/// Mutates the XML of one part of a zip container and packs it again, so the mutation
/// reaches the reader instead of failing the zip's checksum.
fn mutate_part(rng: &mut StdRng, s: &[u8]) -> Vec<u8> {
    let Ok(mut z) = zip::ZipArchive::new(Cursor::new(s)) else { return mutate(rng, s) };
    let names: Vec<String> = z.file_names().filter_map(|n| n.ok().map(|n| n.to_string())).collect();
    if names.is_empty() {
        return mutate(rng, s);
    }
    let name = &names[rng.gen_range(0..names.len())];
    let mut data = vec![];
    if z.by_name(name).and_then(|mut f| f.read_to_end(&mut data).map_err(Into::into)).is_err() {
        return mutate(rng, s);
    }
    let mut m = data.clone();
    for _ in 0..rng.gen_range(1..3) {
        if rng.gen_bool(0.6) { inflate_number(rng, &mut m) } else { m = mutate(rng, &m) }
    }
    with_part(s, name, &m)
}

fn well_formed(problems: &[Problem]) {
    assert!(!problems.is_empty(), "refused without saying why");
    for p in problems {
        assert!(!p.message.trim().is_empty(), "a problem without a message at {}", p.path);
    }
}

fn xlsx_seeds() -> Vec<Vec<u8>> {
    let mut seeds: Vec<Vec<u8>> =
        ["good.xlsx", "corners.xlsx", "corners-small-dimension.xlsx", "hundred-million.xlsx", "shared-strings.xlsx"]
            .iter()
            .map(|f| hostile_file(f))
            .collect();
    seeds.push(answer_sheet());
    seeds
}

#[test]
fn fuzz_catalogue_workbooks() {
    fuzz("xlsx", &xlsx_seeds(), true, |b| {
        if let Err(p) = xlsx::parse_xlsx(b, "Krav") {
            well_formed(&p)
        }
    });
}

#[test]
fn fuzz_answer_sheets() {
    fuzz("answer sheet", &xlsx_seeds(), true, |b| {
        if let Err(p) = sheet::read(b) {
            well_formed(&p)
        }
    });
}

#[test]
fn fuzz_csv() {
    let seeds = vec![
        "area,area_title,ref,parent_ref,title,text\n1,Styring,1.1,,Tittel,Krav en\n1,Styring,1.2,1.1,,\"Krav, to\"\n"
            .as_bytes()
            .to_vec(),
        format!("area,ref,text\n1,1.1,\"{}\"\n", "x".repeat(5000)).into_bytes(),
        format!("{}\n", vec!["a"; 3000].join(",")).into_bytes(),
        b"\xef\xbb\xbfarea;ref;text\r\n1;1.1;Krav\r\n".to_vec(),
    ];
    fuzz("csv", &seeds, false, |b| {
        if let Err(p) = table::parse_csv(b, "Krav") {
            well_formed(&p)
        }
    });
}

#[test]
fn fuzz_oscal() {
    let cat = r#"{"catalog":{"uuid":"3f1c1a4e-1b7a-4a8e-9f59-3c2b1d0e9a11","metadata":{"title":"Krav","last-modified":"2026-12-01T00:00:00Z","version":"1","oscal-version":"1.1.2"},
      "groups":[{"id":"a1","title":"Styring","controls":[{"id":"c-1","title":"En","parts":[{"id":"c-1_smt","name":"statement","prose":"Krav en"}],
      "controls":[{"id":"c-1.1","title":"Under","parts":[{"name":"statement","prose":"Krav under"}]}]}]}]}}"#;
    let deep = format!("{}{}", "[".repeat(2000), "]".repeat(2000));
    let seeds = vec![
        cat.as_bytes().to_vec(),
        deep.into_bytes(),
        br#"{"catalog":{"groups":[{"controls":[{"id":1}]}]}}"#.to_vec(),
    ];
    fuzz("oscal", &seeds, false, |b| {
        if let Err(p) = oscal::parse_catalog(b) {
            well_formed(&p)
        }
    });
}

#[test]
fn fuzz_evidence_recognition() {
    let mut seeds = xlsx_seeds();
    seeds.push(b"%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".to_vec());
    seeds.push(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89".to_vec());
    seeds.push(b"\xff\xd8\xff\xe0\0\x10JFIF\0\x01\x01\0\0\x01\0\x01\0\0\xff\xd9".to_vec());
    let names = [
        "bevis.pdf",
        "bevis.xlsx",
        "bevis.png",
        "bevis.jpg",
        "bevis.docx",
        "bevis.odt",
        "../../etc/passwd",
        "a\0b.pdf",
    ];
    let pick = std::sync::atomic::AtomicUsize::new(0);
    fuzz("evidence", &seeds, true, |b| {
        let name = names[pick.fetch_add(1, std::sync::atomic::Ordering::Relaxed) % names.len()];
        let _ = evidence::check(name, b, 20 * 1024 * 1024);
    });
}
