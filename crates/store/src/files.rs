//! Files tillit keeps on disk are its owner's alone: the data folder 0700, the database,
//! key and backup files 0600. Existing ones are tightened too, so an installation made by an
//! earlier version (0755 and 0644) is closed at its next start.

use std::fs::{DirBuilder, File, OpenOptions, Permissions};
use std::io;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::path::Path;

/// Creates `dir` (and parents) 0700, or makes an existing one 0700.
pub fn private_dir(dir: &Path) -> io::Result<()> {
    if !dir.exists() {
        DirBuilder::new().recursive(true).mode(0o700).create(dir)?;
    }
    std::fs::set_permissions(dir, Permissions::from_mode(0o700))
}

/// Makes sure `path` exists and is 0600, without truncating it; the same for SQLite's
/// companions (`-wal`, `-shm`) when they exist.
pub fn private_file(path: &Path) -> io::Result<()> {
    OpenOptions::new().create(true).append(true).mode(0o600).open(path)?;
    std::fs::set_permissions(path, Permissions::from_mode(0o600))?;
    for suffix in ["-wal", "-shm", "-journal"] {
        let mut p = path.as_os_str().to_owned();
        p.push(suffix);
        let p = Path::new(&p);
        if p.exists() {
            std::fs::set_permissions(p, Permissions::from_mode(0o600))?;
        }
    }
    Ok(())
}

/// Creates a new file 0600 for writing (a backup), replacing one of the same name.
pub fn create_private(path: &Path) -> io::Result<File> {
    let f = OpenOptions::new().write(true).create(true).truncate(true).mode(0o600).open(path)?;
    f.set_permissions(Permissions::from_mode(0o600))?;
    Ok(f)
}
