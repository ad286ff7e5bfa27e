//! Raw calls of the container security layer: seccomp(2) and get/setrlimit(2).
#![allow(unsafe_code)]

#[cfg(all(target_env = "gnu", not(target_arch = "mips")))]
pub type Resource = libc::__rlimit_resource_t;
#[cfg(not(all(target_env = "gnu", not(target_arch = "mips"))))]
pub type Resource = libc::c_int;

use seccompiler::sock_filter;
use std::io;

/// seccomp(SECCOMP_SET_MODE_FILTER): needs no_new_privs or CAP_SYS_ADMIN in the user
/// namespace (seccomp(2)).
pub fn seccomp_set_mode_filter(prog: &[sock_filter], flags: u32) -> io::Result<()> {
    let mut insns: Vec<libc::sock_filter> = prog
        .iter()
        .map(|i| libc::sock_filter {
            code: i.code,
            jt: i.jt,
            jf: i.jf,
            k: i.k,
        })
        .collect();
    let len = u16::try_from(insns.len())
        .map_err(|_| io::Error::new(io::ErrorKind::InvalidInput, "filter too long"))?;
    let fprog = libc::sock_fprog {
        len,
        filter: insns.as_mut_ptr(),
    };
    // SAFETY: fprog points at `len` initialised instructions that live until the call
    // returns; the kernel copies them.
    let r = unsafe {
        libc::syscall(
            libc::SYS_seccomp,
            libc::SECCOMP_SET_MODE_FILTER as libc::c_ulong,
            libc::c_ulong::from(flags),
            &fprog as *const libc::sock_fprog,
        )
    };
    if r != 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

/// getrlimit(2): (soft, hard).
pub fn getrlimit(resource: Resource) -> io::Result<(u64, u64)> {
    let mut rl = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: rl is a valid, writable rlimit.
    if unsafe { libc::getrlimit(resource, &mut rl) } != 0 {
        return Err(io::Error::last_os_error());
    }
    #[allow(clippy::unnecessary_cast)] // rlim_t is 32 bits on some targets
    Ok((rl.rlim_cur as u64, rl.rlim_max as u64))
}

/// setrlimit(2).
pub fn setrlimit(resource: Resource, soft: u64, hard: u64) -> io::Result<()> {
    let rl = libc::rlimit {
        rlim_cur: soft as libc::rlim_t,
        rlim_max: hard as libc::rlim_t,
    };
    // SAFETY: rl is a valid rlimit, only read by the kernel.
    if unsafe { libc::setrlimit(resource, &rl) } != 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

/// A system call the seccomp tests make to see the filter's answer. Each is made with
/// arguments that give the kernel no memory of this process to read or write (null pointers,
/// which it rejects with EFAULT, or plain numbers), so making it is safe whatever the answer.
#[cfg(test)]
#[derive(Debug, Clone, Copy)]
pub enum Probe {
    /// add_key(NULL, NULL, NULL, 0, 0)
    AddKey,
    /// io_uring_setup(1, NULL)
    IoUringSetup,
    /// swapon(NULL, 0)
    Swapon,
    /// userfaultfd(0); a descriptor it returns is closed
    Userfaultfd,
    /// personality(persona) (0xffffffff only queries)
    Personality(libc::c_ulong),
    /// socket(domain, type, protocol); a descriptor it returns is closed
    Socket(libc::c_int, libc::c_int, libc::c_int),
}

/// Make a [`Probe`] call: its (non-negative) result, or its errno.
#[cfg(test)]
pub fn probe(call: Probe) -> Result<i64, i32> {
    use std::os::fd::{FromRawFd, OwnedFd};
    let none = std::ptr::null::<libc::c_char>();
    // SAFETY: every call passes only null pointers and numbers (see Probe): the kernel
    // reads and writes no memory of this process.
    let r = unsafe {
        match call {
            Probe::AddKey => libc::syscall(libc::SYS_add_key, none, none, none, 0, 0),
            Probe::IoUringSetup => libc::syscall(libc::SYS_io_uring_setup, 1, none),
            Probe::Swapon => libc::syscall(libc::SYS_swapon, none, 0),
            Probe::Userfaultfd => libc::syscall(libc::SYS_userfaultfd, 0),
            Probe::Personality(p) => libc::syscall(libc::SYS_personality, p),
            Probe::Socket(d, t, p) => libc::syscall(libc::SYS_socket, d, t, p),
        }
    };
    if r < 0 {
        return Err(io::Error::last_os_error().raw_os_error().unwrap_or(0));
    }
    if matches!(call, Probe::Userfaultfd | Probe::Socket(..)) {
        // SAFETY: the call just returned this new descriptor; nothing else owns it.
        drop(unsafe { OwnedFd::from_raw_fd(r as i32) });
    }
    Ok(r)
}
