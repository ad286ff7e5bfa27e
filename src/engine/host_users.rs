//! `--hostuser NAME|UID`: host accounts added to the container's /etc/passwd, as podman adds
//! them. The host's entry is looked up here, at create (podman: by UID first, then by name);
//! pid 1 appends the line when the image has neither the name nor the UID
//! (`runtime::spec::add_host_users`).

use crate::error::{ExitStatus, UserError};
use crate::runtime::spec::HostUser;

/// Each `--hostuser` as the host's passwd entry; a user the host does not know is podman's
/// 126 (its start fails the same way).
pub(super) fn resolve(given: &[String]) -> Result<Vec<HostUser>, UserError> {
    given.iter().map(|u| lookup(u)).collect()
}

fn lookup(u: &str) -> Result<HostUser, UserError> {
    let by_id = u
        .parse::<u32>()
        .ok()
        .and_then(|n| nix::unistd::User::from_uid(nix::unistd::Uid::from_raw(n)).ok())
        .flatten();
    let found = match by_id {
        Some(e) => Some(e),
        None => nix::unistd::User::from_name(u).ok().flatten(),
    };
    let Some(e) = found else {
        return Err(UserError::new(format!("user: unknown user {u}"))
            .with_hint(
                "--hostuser names a user of the host (a name or UID in the host's /etc/passwd)",
            )
            .with_status(ExitStatus::CannotExecute));
    };
    Ok(HostUser {
        name: e.name,
        uid: e.uid.as_raw(),
        gid: e.gid.as_raw(),
        gecos: e.gecos.to_string_lossy().into_owned(),
        home: e.dir.display().to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn root_is_found_by_name_and_uid_and_a_stranger_is_126() {
        let by_name = lookup("root").unwrap();
        assert_eq!((by_name.uid, by_name.gid), (0, 0));
        assert_eq!(lookup("0").unwrap().name, "root");
        let e = lookup("no-such-user-here").unwrap_err();
        assert_eq!(e.status, ExitStatus::CannotExecute);
    }
}
