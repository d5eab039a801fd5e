//! `tillit backup` and `tillit restore`: the file is created 0600 and renamed into place only
//! when complete; with `--recipient age1…` it is encrypted with age to those public keys, so a
//! copied backup reveals nothing without the matching identity. `restore` recognises an age
//! file by its header and needs `--identity FILE` (an age identity file) for it.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::str::FromStr;
use tillit_app::App;

const AGE_HEADER: &[u8] = b"age-encryption.org/v1";

fn recipients(given: &[String]) -> Result<Vec<age::x25519::Recipient>, String> {
    given
        .iter()
        .map(|r| age::x25519::Recipient::from_str(r.trim()).map_err(|e| format!("--recipient {r:?}: {e}")))
        .collect()
}

pub async fn backup(app: &App, file: &Path, given: &[String]) -> Result<ExitCode, String> {
    let recipients = recipients(given)?;
    let tmp = file.with_extension("partial");
    let f = tillit_store::create_private(&tmp).map_err(|e| format!("cannot create {}: {e}", tmp.display()))?;
    let werr = |e: std::io::Error| format!("cannot write {}: {e}", tmp.display());
    let counts = if recipients.is_empty() {
        let mut w = std::io::BufWriter::new(f);
        let counts = app.backup(&mut w).await.map_err(|e| e.to_string())?;
        w.into_inner().map_err(|e| werr(e.into_error()))?.sync_all().map_err(werr)?;
        counts
    } else {
        let enc = age::Encryptor::with_recipients(recipients.iter().map(|r| r as &dyn age::Recipient))
            .map_err(|e| format!("--recipient: {e}"))?;
        let mut w = enc.wrap_output(std::io::BufWriter::new(f)).map_err(werr)?;
        let counts = app.backup(&mut w).await.map_err(|e| e.to_string())?;
        let f = w.finish().map_err(werr)?.into_inner().map_err(|e| werr(e.into_error()))?;
        f.sync_all().map_err(werr)?;
        counts
    };
    // Only a complete backup gets the name asked for.
    std::fs::rename(&tmp, file).map_err(|e| format!("cannot create {}: {e}", file.display()))?;
    let total: usize = counts.iter().map(|c| c.1).sum();
    let how = if given.is_empty() { String::new() } else { format!(", encrypted to {} age recipient(s)", given.len()) };
    println!("backup written to {} ({total} rows in {} tables{how})", file.display(), counts.len());
    Ok(ExitCode::SUCCESS)
}

pub async fn restore(app: &App, file: &Path, identity: Option<&PathBuf>) -> Result<ExitCode, String> {
    let f = std::fs::File::open(file).map_err(|e| format!("cannot open {}: {e}", file.display()))?;
    let mut input = BufReader::new(f);
    let encrypted =
        input.fill_buf().map_err(|e| format!("cannot read {}: {e}", file.display()))?.starts_with(AGE_HEADER);
    let reader: Box<dyn BufRead> = if encrypted {
        let Some(id_file) = identity else {
            return Err(format!("{} is encrypted (age): give --identity FILE", file.display()));
        };
        let text = std::fs::read_to_string(id_file).map_err(|e| format!("--identity {}: {e}", id_file.display()))?;
        let ids: Vec<age::x25519::Identity> = text
            .lines()
            .map(str::trim)
            .filter(|l| l.starts_with("AGE-SECRET-KEY-"))
            .map(|l| age::x25519::Identity::from_str(l).map_err(|e| format!("--identity {}: {e}", id_file.display())))
            .collect::<Result<_, _>>()?;
        if ids.is_empty() {
            return Err(format!("--identity {}: no AGE-SECRET-KEY- line in it", id_file.display()));
        }
        let dec = age::Decryptor::new_buffered(input).map_err(|e| format!("{}: {e}", file.display()))?;
        let r = dec
            .decrypt(ids.iter().map(|i| i as &dyn age::Identity))
            .map_err(|e| format!("{}: cannot decrypt it with --identity {}: {e}", file.display(), id_file.display()))?;
        Box::new(BufReader::new(r))
    } else {
        Box::new(input)
    };
    let (n, reports) = app.restore(reader).await.map_err(|e| format!("nothing was restored: {e}"))?;
    println!("restored {n} rows from {}", file.display());
    let mut broken = false;
    for r in reports {
        match r.error {
            None => println!("audit chain ok      {} ({} records)", r.chain, r.records),
            Some(e) => {
                broken = true;
                println!("audit chain BROKEN  {e}");
            }
        }
    }
    Ok(if broken { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}
