//! The user namespace: which ids this user may map, and entering a namespace where the user is
//! root and ids 1..n are the user's subordinate range (newuidmap(1)/newgidmap(1)).

pub mod idmap;
pub mod subid;

pub use idmap::{enter, IdMap, MapEntry};

use crate::error::Hint;

#[derive(Debug, thiserror::Error)]
pub enum UsernsError {
    #[error("cannot read {path}")]
    ReadSubid {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{helper} not found")]
    HelperMissing { helper: &'static str },
    #[error("{helper} ({path}) is not setuid root, so it cannot write the id map")]
    HelperNotSetuid { helper: &'static str, path: String },
    #[error("{helper} failed to map the ids of process {pid}: {message}")]
    HelperFailed {
        helper: &'static str,
        pid: i32,
        message: String,
    },
    #[error("cannot create a user namespace")]
    Unshare(#[source] std::io::Error),
    #[error("cannot write {what} of the new user namespace")]
    WriteMap {
        what: &'static str,
        #[source]
        source: std::io::Error,
    },
    #[error("cannot fork the id-mapping helper")]
    Fork(#[source] std::io::Error),
    #[error("cannot become root in the user namespace")]
    SetId(#[source] nix::Error),
}

impl Hint for UsernsError {
    fn hint(&self) -> Option<String> {
        match self {
            UsernsError::HelperMissing { .. } => {
                Some("install the uidmap package (apt-get install uidmap, dnf install shadow-utils)".into())
            }
            UsernsError::HelperNotSetuid { path, .. } => Some(format!("as root: chmod u+s {path}")),
            UsernsError::HelperFailed { .. } => Some(
                "check that /etc/subuid and /etc/subgid give this user a range that no other user has, \
                 and that newuidmap/newgidmap are setuid root (`berth info` shows both)"
                    .into(),
            ),
            UsernsError::Unshare(_) => Some(
                "unprivileged user namespaces may be disabled: check sysctl kernel.unprivileged_userns_clone \
                 and user.max_user_namespaces, and AppArmor's kernel.apparmor_restrict_unprivileged_userns"
                    .into(),
            ),
            _ => None,
        }
    }
}
