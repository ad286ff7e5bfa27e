//! File locks (flock(2)) that make many berth processes safe on one store: one lock per store
//! for its metadata, one per layer while it is unpacked, one per temporary directory so that
//! the next process can tell a live writer from a dead one.

use nix::fcntl::{Flock, FlockArg};
use std::fs::{File, OpenOptions};
use std::io;
use std::os::unix::fs::{MetadataExt, OpenOptionsExt};
use std::path::{Path, PathBuf};

/// A held lock; released when dropped.
#[derive(Debug)]
pub struct Lock {
    _file: Flock<File>,
    pub path: PathBuf,
}

fn open(path: &Path) -> io::Result<File> {
    OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .mode(0o600)
        .custom_flags(libc::O_CLOEXEC)
        .open(path)
        .map_err(|e| io::Error::new(e.kind(), format!("open lock file {}: {e}", path.display())))
}

fn flock(path: &Path, arg: FlockArg) -> io::Result<Option<Lock>> {
    loop {
        let file = open(path)?;
        let held = match Flock::lock(file, arg) {
            Ok(f) => f,
            Err((_, nix::errno::Errno::EWOULDBLOCK)) => return Ok(None),
            Err((_, nix::errno::Errno::EINTR)) => continue,
            Err((_, e)) => {
                return Err(io::Error::new(
                    io::Error::from(e).kind(),
                    format!("lock {}: {e}", path.display()),
                ))
            }
        };
        // The file may have been removed (by a cleaner that found it stale) between our open
        // and our lock: then we hold a lock nobody else can see; try again.
        match std::fs::metadata(path) {
            Ok(md) if md.ino() == held.metadata()?.ino() => {
                return Ok(Some(Lock {
                    _file: held,
                    path: path.to_path_buf(),
                }));
            }
            _ => continue,
        }
    }
}

/// Take an exclusive lock, waiting for it.
pub fn exclusive(path: &Path) -> io::Result<Lock> {
    flock(path, FlockArg::LockExclusive)?.ok_or_else(|| io::Error::other("lock not taken"))
}

/// Take a shared lock, waiting for it.
pub fn shared(path: &Path) -> io::Result<Lock> {
    flock(path, FlockArg::LockShared)?.ok_or_else(|| io::Error::other("lock not taken"))
}

/// Take an exclusive lock if nobody holds it.
pub fn try_exclusive(path: &Path) -> io::Result<Option<Lock>> {
    flock(path, FlockArg::LockExclusiveNonblock)
}
