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
