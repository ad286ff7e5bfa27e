//! Capabilities, rlimits, no_new_privs and the seccomp filter of the container's process, as
//! podman 4.x (with runc) sets them up.
//!
//! Order, in the forked child that is root in the container's user namespace:
//! 1. [`before_setuid`] (uid 0, every capability of the user namespace): rlimits, drop the
//!    bounding set, set keep-caps (so a non-root user keeps what podman gives it), then load
//!    the seccomp filter. Loading a filter needs `CAP_SYS_ADMIN` in the user namespace or
//!    no_new_privs; podman does not set no_new_privs, so the filter goes in here, while the
//!    process still has `CAP_SYS_ADMIN` (what runc does without `noNewPrivileges`). The few
//!    calls left before exec (setgroups, setresuid, capset, prctl, close_range, execve) are
//!    allowed by the default profile; a custom profile must allow them too, as with runc.
//! 2. setgroups/setresgid/setresuid, in `process.rs`.
//! 3. [`after_setuid`]: effective/permitted/inheritable/ambient for the user, then
//!    no_new_privs when asked for, and with it the filter (now as late as possible, as runc does
//!    with `noNewPrivileges`).
//!
//! Capabilities follow podman: the default set is containers.conf's `default_capabilities`;
//! root gets the set as bounding, permitted and effective with inheritable and ambient empty
//! (CVE-2022-27651); a non-root user keeps only what `--cap-add` named, in permitted,
//! effective, inheritable and ambient. `--privileged` is every capability of the kernel.
//!
//! The caller runs [`prepare`] in berth's own process, before any namespace: it checks every
//! option and reads a `seccomp=FILE.json` profile, whose text then travels in the spec (the
//! child can no longer see host paths). A value that starts with `{` is taken as the profile
//! itself.
//!
//! The seccomp filter is built here from a profile: podman 4.3's default profile
//! (containers/common `seccomp.json`, written below as data) or a docker/podman JSON file.
//! seccompiler (rust-vmm) compiles the argument comparisons; this file lays them out as one
//! BPF program, a binary search on the syscall number with one action per rule, and loads it
//! with seccomp(2) itself, because seccompiler's loader always sets no_new_privs, which podman
//! does not.

/// Security options that cannot be applied: the message names the option and the value.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct SecurityError(String);

impl From<String> for SecurityError {
    fn from(s: String) -> SecurityError {
        SecurityError(s)
    }
}

impl From<&str> for SecurityError {
    fn from(s: &str) -> SecurityError {
        SecurityError(s.to_string())
    }
}

use super::spec::SecurityOpts;
use caps::{CapSet, Capability, CapsHashSet};
use seccompiler::{sock_filter, SeccompCmpArgLen, SeccompCmpOp, SeccompCondition, SeccompRule};
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};
use std::str::FromStr;
use std::sync::Mutex;

// ---------------------------------------------------------------------------------------------
// Entry points

/// Check every option before any namespace is made, so that a mistake ends `berth run` with
/// exit 125 and a clear message, and read a `seccomp=FILE.json` profile while the host's files
/// are still visible: the child calls [`before_setuid`] after pivot_root, when a path would
/// name a file of the container's image. The profile's text replaces the path in `opts`.
pub fn prepare(opts: &mut SecurityOpts) -> Result<(), SecurityError> {
    plan_capabilities(opts, &supported_capabilities())?;
    for u in &opts.ulimits {
        parse_ulimit(u)?;
    }
    if let Some(v) = &opts.seccomp {
        if v != "unconfined" && !is_inline_profile(v) {
            let text = std::fs::read_to_string(v).map_err(|e| {
                format!("cannot read the seccomp profile {v}: {e} (give the path of a docker/podman seccomp JSON file, or seccomp=unconfined)")
            })?;
            parse_profile(&text).map_err(|e| format!("seccomp profile {v}: {e}"))?;
            opts.seccomp = Some(text);
        } else if is_inline_profile(v) {
            parse_profile(v).map_err(|e| format!("seccomp profile: {e}"))?;
        }
    }
    Ok(())
}

/// Runs as root in the container's namespaces, before the ids are changed.
pub fn before_setuid(opts: &SecurityOpts) -> Result<(), SecurityError> {
    let plan = Plan::new(opts)?;
    apply_rlimits(&plan.rlimits)?;
    for c in &plan.supported {
        if !plan.caps.set.contains(c) {
            caps::drop(None, CapSet::Bounding, *c)
                .map_err(|e| format!("cannot drop {c} from the capability bounding set: {e}"))?;
        }
    }
    caps::securebits::set_keepcaps(true)
        .map_err(|e| format!("cannot keep capabilities across setuid (PR_SET_KEEPCAPS): {e}"))?;
    if let Some(filter) = &plan.filter {
        if !opts.no_new_privileges {
            load_filter(filter)?;
        }
    }
    if let Ok(mut slot) = PLAN.lock() {
        *slot = Some(plan);
    }
    Ok(())
}

/// Runs after the ids are changed, right before exec.
pub fn after_setuid(opts: &SecurityOpts, uid: u32) -> Result<(), SecurityError> {
    let stashed = PLAN.lock().ok().and_then(|mut slot| slot.take());
    let (plan, filter_loaded) = match stashed {
        Some(p) => (p, !opts.no_new_privileges),
        None => (Plan::new(opts)?, false),
    };
    let empty = CapsHashSet::new();
    let (keep, inheritable) = if uid == 0 {
        (&plan.caps.set, &empty)
    } else {
        (&plan.caps.non_root, &plan.caps.non_root)
    };
    let hint = if filter_loaded && plan.custom_profile {
        " (does the seccomp profile allow capget, capset and prctl?)"
    } else {
        ""
    };
    caps::set(None, CapSet::Effective, keep)
        .map_err(|e| format!("cannot set the effective capabilities: {e}{hint}"))?;
    caps::set(None, CapSet::Inheritable, inheritable)
        .map_err(|e| format!("cannot set the inheritable capabilities: {e}{hint}"))?;
    caps::set(None, CapSet::Permitted, keep)
        .map_err(|e| format!("cannot set the permitted capabilities: {e}{hint}"))?;
    if uid == 0 {
        caps::clear(None, CapSet::Ambient)
            .map_err(|e| format!("cannot clear the ambient capabilities: {e}{hint}"))?;
    } else {
        for c in keep {
            caps::raise(None, CapSet::Ambient, *c)
                .map_err(|e| format!("cannot raise the ambient capability {c}: {e}{hint}"))?;
        }
    }
    if opts.no_new_privileges {
        nix::sys::prctl::set_no_new_privs().map_err(|e| format!("cannot set no_new_privs: {e}"))?;
    }
    if !filter_loaded {
        if let Some(filter) = &plan.filter {
            load_filter(filter)?;
        }
    }
    Ok(())
}

/// The container's init (`--init`) keeps only `CAP_KILL` (to forward signals to the command,
/// whatever its user) in every set, and sets no_new_privs: it runs berth's code inside the
/// container for the container's whole life and needs nothing else.
pub fn confine_init() -> Result<(), SecurityError> {
    let mut keep = CapsHashSet::new();
    keep.insert(Capability::CAP_KILL);
    for c in supported_capabilities() {
        if c != Capability::CAP_KILL {
            caps::drop(None, CapSet::Bounding, c)
                .map_err(|e| format!("cannot drop {c} from the bounding set of init: {e}"))?;
        }
    }
    caps::clear(None, CapSet::Ambient).map_err(|e| format!("cannot clear ambient: {e}"))?;
    caps::set(None, CapSet::Inheritable, &CapsHashSet::new())
        .map_err(|e| format!("cannot clear the inheritable capabilities of init: {e}"))?;
    caps::set(None, CapSet::Effective, &keep)
        .map_err(|e| format!("cannot set the effective capabilities of init: {e}"))?;
    caps::set(None, CapSet::Permitted, &keep)
        .map_err(|e| format!("cannot set the permitted capabilities of init: {e}"))?;
    nix::sys::prctl::set_no_new_privs().map_err(|e| format!("cannot set no_new_privs: {e}").into())
}

/// What [`before_setuid`] worked out, for [`after_setuid`] in the same (forked) process.
static PLAN: Mutex<Option<Plan>> = Mutex::new(None);

struct Plan {
    supported: CapsHashSet,
    caps: CapPlan,
    rlimits: Vec<Ulimit>,
    filter: Option<Filter>,
    custom_profile: bool,
}

impl Plan {
    fn new(opts: &SecurityOpts) -> Result<Plan, SecurityError> {
        let supported = supported_capabilities();
        let caps = plan_capabilities(opts, &supported)?;
        let mut rlimits = Vec::new();
        for u in &opts.ulimits {
            rlimits.push(parse_ulimit(u)?);
        }
        let profile = match opts.seccomp.as_deref() {
            Some("unconfined") => None,
            // --privileged turns off the default profile only, as podman does
            None if opts.privileged => None,
            None => Some(default_profile()),
            Some(v) if is_inline_profile(v) => {
                Some(parse_profile(v).map_err(|e| format!("seccomp profile: {e}"))?)
            }
            Some(path) => {
                return Err(format!(
                    "internal error: the seccomp profile {path} was not read before the container started (runtime::security::prepare must run first)"
                ).into())
            }
        };
        let filter = match &profile {
            Some(p) => {
                let arch = Arch::native().ok_or_else(|| {
                    format!(
                        "berth cannot build seccomp filters for {} yet; run with --security-opt seccomp=unconfined",
                        std::env::consts::ARCH
                    )
                })?;
                Some(compile(p, arch, &caps.set, kernel_version())?)
            }
            None => None,
        };
        Ok(Plan {
            supported,
            caps,
            rlimits,
            filter,
            custom_profile: opts.seccomp.is_some(),
        })
    }
}

fn is_inline_profile(v: &str) -> bool {
    v.trim_start().starts_with('{')
}

// ---------------------------------------------------------------------------------------------
// Capabilities

/// containers.conf `default_capabilities` of podman 4.x.
pub const DEFAULT_CAPABILITIES: &[Capability] = &[
    Capability::CAP_CHOWN,
    Capability::CAP_DAC_OVERRIDE,
    Capability::CAP_FOWNER,
    Capability::CAP_FSETID,
    Capability::CAP_KILL,
    Capability::CAP_NET_BIND_SERVICE,
    Capability::CAP_SETFCAP,
    Capability::CAP_SETGID,
    Capability::CAP_SETPCAP,
    Capability::CAP_SETUID,
    Capability::CAP_SYS_CHROOT,
];

/// The capabilities of a container.
#[derive(Debug, Clone, PartialEq)]
pub struct CapPlan {
    /// The bounding set, and permitted/effective of a root process.
    pub set: CapsHashSet,
    /// What a non-root process keeps: only what `--cap-add` named (podman).
    pub non_root: CapsHashSet,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum CapName {
    All,
    One(Capability),
}

/// A capability name as podman takes it: any case, with or without `CAP_`, or `ALL`.
fn parse_cap(name: &str) -> Result<CapName, String> {
    let t = name.trim();
    if t.eq_ignore_ascii_case("all") {
        return Ok(CapName::All);
    }
    let canon = caps::to_canonical(t);
    Capability::from_str(&canon).map(CapName::One).map_err(|_| {
        format!("{canon:?}: unknown capability (use a name from capabilities(7) such as NET_ADMIN or CAP_NET_ADMIN, or ALL)")
    })
}

/// Flag values, each maybe a comma-separated list as podman's flags allow.
fn parse_caps(list: &[String]) -> Result<Vec<CapName>, String> {
    let mut out = Vec::new();
    for item in list {
        for name in item.split(',') {
            let c = parse_cap(name)?;
            if !out.contains(&c) {
                out.push(c);
            }
        }
    }
    Ok(out)
}

/// The capabilities this kernel knows: every one up to /proc/sys/kernel/cap_last_cap.
fn supported_capabilities() -> CapsHashSet {
    let last = std::fs::read_to_string("/proc/sys/kernel/cap_last_cap")
        .ok()
        .and_then(|s| s.trim().parse::<u8>().ok());
    match last {
        Some(last) => caps::all()
            .into_iter()
            .filter(|c| c.index() <= last)
            .collect(),
        None => caps::runtime::thread_all_supported(),
    }
}

/// The container's capabilities from the flags, with podman's rules (containers/common
/// `MergeCapabilities`): `--cap-drop ALL` keeps only what is added; `--cap-add ALL` starts from
/// every capability; one name both added and dropped is an error; `--privileged` is everything.
pub fn plan_capabilities(
    opts: &SecurityOpts,
    supported: &CapsHashSet,
) -> Result<CapPlan, SecurityError> {
    let adds = parse_caps(&opts.cap_add)?;
    let drops = parse_caps(&opts.cap_drop)?;
    let add_all = adds.contains(&CapName::All);
    let drop_all = drops.contains(&CapName::All);
    let named = |list: &[CapName]| -> CapsHashSet {
        list.iter()
            .filter_map(|c| match c {
                CapName::One(c) => Some(*c),
                CapName::All => None,
            })
            .collect()
    };
    let added = named(&adds);
    let dropped = named(&drops);
    for c in &added {
        if !supported.contains(c) {
            return Err(format!(
                "capability {c} is not supported by this kernel (its last is number {})",
                supported.iter().map(|c| c.index()).max().unwrap_or(0)
            )
            .into());
        }
    }
    let non_root_of = |set: &CapsHashSet| -> CapsHashSet {
        if add_all {
            set.clone()
        } else {
            added.intersection(set).copied().collect()
        }
    };
    if opts.privileged {
        let set = supported.clone();
        let non_root = non_root_of(&set);
        return Ok(CapPlan { set, non_root });
    }
    if add_all && drop_all {
        return Err(
            "adding all caps and removing all caps not allowed: give --cap-add ALL or --cap-drop ALL, not both"
                .into(),
        );
    }
    if let Some(c) = added.intersection(&dropped).next() {
        return Err(format!(
            "capability \"{c}\" cannot be dropped and added: remove it from --cap-add or --cap-drop"
        )
        .into());
    }
    let set: CapsHashSet = if drop_all {
        added.clone()
    } else if add_all {
        supported.difference(&dropped).copied().collect()
    } else {
        DEFAULT_CAPABILITIES
            .iter()
            .copied()
            .chain(added.iter().copied())
            .filter(|c| !dropped.contains(c) && supported.contains(c))
            .collect()
    };
    let non_root = non_root_of(&set);
    Ok(CapPlan { set, non_root })
}

/// A capability set as /proc/PID/status shows it.
pub fn cap_mask(set: &CapsHashSet) -> u64 {
    set.iter().fold(0, |m, c| m | c.bitmask())
}

// ---------------------------------------------------------------------------------------------
// rlimits

/// `--ulimit` names podman takes (docker's go-units), and RLIMIT_AS as `as`.
const RLIMIT_NAMES: &[(&str, Resource)] = &[
    ("as", libc::RLIMIT_AS),
    ("core", libc::RLIMIT_CORE),
    ("cpu", libc::RLIMIT_CPU),
    ("data", libc::RLIMIT_DATA),
    ("fsize", libc::RLIMIT_FSIZE),
    ("locks", libc::RLIMIT_LOCKS),
    ("memlock", libc::RLIMIT_MEMLOCK),
    ("msgqueue", libc::RLIMIT_MSGQUEUE),
    ("nice", libc::RLIMIT_NICE),
    ("nofile", libc::RLIMIT_NOFILE),
    ("nproc", libc::RLIMIT_NPROC),
    ("rss", libc::RLIMIT_RSS),
    ("rtprio", libc::RLIMIT_RTPRIO),
    ("rttime", libc::RLIMIT_RTTIME),
    ("sigpending", libc::RLIMIT_SIGPENDING),
    ("stack", libc::RLIMIT_STACK),
];

use crate::sys::security::Resource;

/// podman's default for RLIMIT_NOFILE when `--ulimit nofile` is not given (define.RLimitDefaultValue),
/// lowered to the hard limit berth has.
const DEFAULT_NOFILE: u64 = 1_048_576;

#[allow(clippy::unnecessary_cast)] // rlim_t is 32 bits on some targets
const RLIM_INFINITY: u64 = libc::RLIM_INFINITY as u64;

/// One limit value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    /// A number.
    Value(u64),
    /// `-1`: the most this process may set, its current hard limit (podman).
    Max,
    /// `unlimited`: RLIM_INFINITY.
    Infinity,
}

/// A parsed `--ulimit name=soft[:hard]`.
#[derive(Debug, Clone, PartialEq)]
pub struct Ulimit {
    pub name: &'static str,
    resource: Resource,
    pub soft: Limit,
    pub hard: Limit,
    text: String,
}

fn parse_limit(v: &str, whole: &str) -> Result<Limit, String> {
    let v = v.trim();
    if v == "-1" {
        return Ok(Limit::Max);
    }
    if v.eq_ignore_ascii_case("unlimited") || v.eq_ignore_ascii_case("infinity") {
        return Ok(Limit::Infinity);
    }
    v.parse::<u64>().map(Limit::Value).map_err(|_| {
        format!("invalid --ulimit {whole:?}: {v:?} is not a number (use a non-negative number, -1 for the current maximum, or unlimited)")
    })
}

/// Parse `name=soft[:hard]` (the hard limit is the soft one when left out, as podman does).
pub fn parse_ulimit(s: &str) -> Result<Ulimit, SecurityError> {
    let usage = "use name=soft[:hard], e.g. nofile=1024:2048";
    let (name, values) = s
        .split_once('=')
        .ok_or_else(|| format!("invalid --ulimit {s:?}: {usage}"))?;
    let lname = name.trim().to_ascii_lowercase();
    let key = lname.strip_prefix("rlimit_").unwrap_or(&lname);
    let (name, resource) = RLIMIT_NAMES
        .iter()
        .find(|(n, _)| *n == key)
        .copied()
        .ok_or_else(|| {
            let names: Vec<&str> = RLIMIT_NAMES.iter().map(|(n, _)| *n).collect();
            format!(
                "invalid --ulimit {s:?}: unknown limit {:?} (known: {})",
                name.trim(),
                names.join(", ")
            )
        })?;
    let (soft, hard) = match values.split_once(':') {
        Some((a, b)) => (parse_limit(a, s)?, parse_limit(b, s)?),
        None => {
            let v = parse_limit(values, s)?;
            (v, v)
        }
    };
    if let (Limit::Value(a), Limit::Value(b)) = (soft, hard) {
        if a > b {
            return Err(format!(
                "invalid --ulimit {s:?}: ulimit soft limit must be less than or equal to hard limit: {a} > {b}"
            ).into());
        }
    }
    if let (Limit::Infinity, Limit::Value(b)) = (soft, hard) {
        return Err(format!(
            "invalid --ulimit {s:?}: ulimit soft limit must be less than or equal to hard limit: unlimited > {b}"
        ).into());
    }
    Ok(Ulimit {
        name,
        resource,
        soft,
        hard,
        text: s.to_string(),
    })
}

fn show(v: u64) -> String {
    if v == RLIM_INFINITY {
        "unlimited".into()
    } else {
        v.to_string()
    }
}

/// The numbers to set for a limit, given the current (soft, hard): -1 is the current hard
/// limit; the hard limit may only go down (raising it needs CAP_SYS_RESOURCE on the host).
fn resolve_ulimit(u: &Ulimit, current_hard: u64) -> Result<(u64, u64), String> {
    let value = |l: Limit| match l {
        Limit::Value(v) => v,
        Limit::Max => current_hard,
        Limit::Infinity => RLIM_INFINITY,
    };
    let (soft, hard) = (value(u.soft), value(u.hard));
    if hard > current_hard {
        return Err(format!(
            "--ulimit {}: the hard limit {} is above the current hard limit {} of {}, and only root on the host can raise it; ask for at most {} (or -1 for the current maximum), or raise the user's limit on the host (limits.conf, or the systemd unit's Limit*=)",
            u.text,
            show(hard),
            show(current_hard),
            u.name,
            show(current_hard)
        ));
    }
    if soft > hard {
        return Err(format!(
            "--ulimit {}: the soft limit {} is above the hard limit {}",
            u.text,
            show(soft),
            show(hard)
        ));
    }
    Ok((soft, hard))
}

fn apply_rlimits(list: &[Ulimit]) -> Result<(), String> {
    if !list.iter().any(|u| u.resource == libc::RLIMIT_NOFILE) {
        // podman raises the open-files limit of its containers to the most it can
        if let Ok((soft, hard)) = raw::getrlimit(libc::RLIMIT_NOFILE) {
            let want = hard.min(DEFAULT_NOFILE);
            if soft != want || hard != want {
                let _ = raw::setrlimit(libc::RLIMIT_NOFILE, want, want);
            }
        }
    }
    for u in list {
        let (_, current_hard) = raw::getrlimit(u.resource)
            .map_err(|e| format!("--ulimit {}: cannot read the current limit: {e}", u.text))?;
        let (soft, hard) = resolve_ulimit(u, current_hard)?;
        raw::setrlimit(u.resource, soft, hard).map_err(|e| {
            format!(
                "--ulimit {}: cannot set {} to {}:{}: {e}",
                u.text,
                u.name,
                show(soft),
                show(hard)
            )
        })?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Seccomp profiles

/// What a filter does with a system call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Allow,
    Errno(u32),
    KillThread,
    KillProcess,
    Trap,
    Trace(u32),
}

impl Action {
    fn ret(self) -> u32 {
        match self {
            Action::Allow => libc::SECCOMP_RET_ALLOW,
            Action::Errno(e) => libc::SECCOMP_RET_ERRNO | (e & libc::SECCOMP_RET_DATA),
            Action::KillThread => libc::SECCOMP_RET_KILL_THREAD,
            Action::KillProcess => libc::SECCOMP_RET_KILL_PROCESS,
            Action::Trap => libc::SECCOMP_RET_TRAP,
            Action::Trace(d) => libc::SECCOMP_RET_TRACE | (d & libc::SECCOMP_RET_DATA),
        }
    }
}

/// A comparison of one argument (libseccomp's SCMP_CMP_*; all on the full 64 bits).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ArgCmp {
    pub index: u8,
    pub op: CmpOp,
    pub value: u64,
    /// For MaskedEq: the value the masked argument must equal (`value` is the mask).
    pub value_two: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmpOp {
    Ne,
    Lt,
    Le,
    Eq,
    Ge,
    Gt,
    MaskedEq,
}

/// When a rule applies (docker's `includes`/`excludes`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RuleFilter {
    /// Capability names (`CAP_SYS_ADMIN`), all of which the container must have (includes) or
    /// any of which removes the rule (excludes).
    pub caps: Vec<String>,
    /// Go architecture names (`amd64`, `arm64`, ...).
    pub arches: Vec<String>,
    /// Kernel `major.minor`.
    pub min_kernel: Option<(u32, u32)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SyscallRule {
    pub names: Vec<String>,
    pub action: Action,
    /// All must hold (a repeated index makes them alternatives instead, as runc does).
    pub args: Vec<ArgCmp>,
    pub includes: RuleFilter,
    pub excludes: RuleFilter,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Profile {
    pub default_action: Action,
    pub rules: Vec<SyscallRule>,
    /// seccomp(2) flags (SECCOMP_FILTER_FLAG_LOG, SECCOMP_FILTER_FLAG_SPEC_ALLOW).
    pub flags: u32,
}

fn names(list: &str) -> Vec<String> {
    list.split_whitespace().map(str::to_string).collect()
}

fn rule(list: &str, action: Action) -> SyscallRule {
    SyscallRule {
        names: names(list),
        action,
        args: Vec::new(),
        includes: RuleFilter::default(),
        excludes: RuleFilter::default(),
    }
}

fn eq_arg(index: u8, op: CmpOp, value: u64) -> ArgCmp {
    ArgCmp {
        index,
        op,
        value,
        value_two: 0,
    }
}

/// podman 4.3's default profile (containers/common v0.50 `seccomp.json`, the file podman reads
/// from /usr/share/containers/seccomp.json): unknown system calls fail with ENOSYS, a list of
/// obsolete or dangerous ones with EPERM, and some are allowed only with a capability.
pub fn default_profile() -> Profile {
    const EPERM: Action = Action::Errno(libc::EPERM as u32);
    let mut rules = vec![
        rule(DEFAULT_EPERM, EPERM),
        rule(DEFAULT_ALLOW, Action::Allow),
    ];
    // personality: only the usual personas (linux, linux32, UNAME26 variants, and the query)
    for v in [0u64, 0x0008, 0x20000, 0x20008, 0xffff_ffff] {
        let mut r = rule("personality", Action::Allow);
        r.args.push(eq_arg(0, CmpOp::Eq, v));
        rules.push(r);
    }
    for (list, arches) in ARCH_GATED {
        let mut r = rule(list, Action::Allow);
        r.includes.arches = arches.iter().map(|a| a.to_string()).collect();
        rules.push(r);
    }
    for (list, cap) in CAP_GATED {
        let mut allow = rule(list, Action::Allow);
        allow.includes.caps = vec![cap.to_string()];
        let mut deny = rule(list, EPERM);
        deny.excludes.caps = vec![cap.to_string()];
        rules.push(allow);
        rules.push(deny);
    }
    // socket: no NETLINK_AUDIT sockets (EINVAL) without CAP_AUDIT_WRITE
    let no_audit = RuleFilter {
        caps: vec!["CAP_AUDIT_WRITE".into()],
        ..Default::default()
    };
    let mut r = rule("socket", Action::Errno(libc::EINVAL as u32));
    r.args = vec![
        eq_arg(0, CmpOp::Eq, libc::AF_NETLINK as u64),
        eq_arg(2, CmpOp::Eq, libc::NETLINK_AUDIT as u64),
    ];
    r.excludes = no_audit.clone();
    rules.push(r);
    for (index, value) in [
        (2u8, libc::NETLINK_AUDIT as u64),
        (0, libc::AF_NETLINK as u64),
    ] {
        let mut r = rule("socket", Action::Allow);
        r.args = vec![eq_arg(index, CmpOp::Ne, value)];
        r.excludes = no_audit.clone();
        rules.push(r);
    }
    let mut r = rule("socket", Action::Allow);
    r.includes = no_audit;
    rules.push(r);
    Profile {
        default_action: Action::Errno(libc::ENOSYS as u32),
        rules,
        flags: 0,
    }
}

/// Allowed on these architectures only.
const ARCH_GATED: &[(&str, &[&str])] = &[
    ("sync_file_range2", &["ppc64le"]),
    (
        "arm_fadvise64_64 arm_sync_file_range breakpoint cacheflush set_tls sync_file_range2",
        &["arm", "arm64"],
    ),
    ("arch_prctl", &["amd64", "x32"]),
    ("modify_ldt", &["amd64", "x32", "x86"]),
    (
        "s390_pci_mmio_read s390_pci_mmio_write s390_runtime_instr",
        &["s390", "s390x"],
    ),
];

/// Allowed with the capability, EPERM without it.
const CAP_GATED: &[(&str, &str)] = &[
    ("open_by_handle_at", "CAP_DAC_READ_SEARCH"),
    (
        "bpf fanotify_init lookup_dcookie perf_event_open quotactl setdomainname sethostname setns",
        "CAP_SYS_ADMIN",
    ),
    ("chroot", "CAP_SYS_CHROOT"),
    (
        "delete_module finit_module init_module query_module",
        "CAP_SYS_MODULE",
    ),
    ("acct", "CAP_SYS_PACCT"),
    ("kcmp process_madvise", "CAP_SYS_PTRACE"),
    ("ioperm iopl", "CAP_SYS_RAWIO"),
    (
        "clock_settime clock_settime64 settimeofday stime",
        "CAP_SYS_TIME",
    ),
    ("vhangup", "CAP_SYS_TTY_CONFIG"),
];

// The JSON format of docker and podman profiles.

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct JsonProfile {
    default_action: String,
    default_errno_ret: Option<u32>,
    default_errno: Option<String>,
    architectures: Option<Vec<String>>,
    arch_map: Option<Vec<JsonArch>>,
    syscalls: Option<Vec<JsonSyscall>>,
    flags: Option<Vec<String>>,
    listener_path: Option<String>,
    listener_metadata: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct JsonArch {
    #[allow(dead_code)]
    architecture: String,
    #[allow(dead_code)]
    sub_architectures: Option<Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct JsonSyscall {
    name: Option<String>,
    names: Option<Vec<String>>,
    action: String,
    args: Option<Vec<JsonArg>>,
    #[allow(dead_code)]
    comment: Option<String>,
    includes: Option<JsonFilter>,
    excludes: Option<JsonFilter>,
    errno_ret: Option<u32>,
    errno: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct JsonArg {
    index: u32,
    value: u64,
    value_two: Option<u64>,
    op: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct JsonFilter {
    caps: Option<Vec<String>>,
    arches: Option<Vec<String>>,
    min_kernel: Option<String>,
}

fn errno_by_name(name: &str) -> Result<u32, String> {
    const ERRNOS: &[(&str, i32)] = &[
        ("EPERM", libc::EPERM),
        ("ENOENT", libc::ENOENT),
        ("ESRCH", libc::ESRCH),
        ("EINTR", libc::EINTR),
        ("EIO", libc::EIO),
        ("ENXIO", libc::ENXIO),
        ("E2BIG", libc::E2BIG),
        ("ENOEXEC", libc::ENOEXEC),
        ("EBADF", libc::EBADF),
        ("ECHILD", libc::ECHILD),
        ("EAGAIN", libc::EAGAIN),
        ("ENOMEM", libc::ENOMEM),
        ("EACCES", libc::EACCES),
        ("EFAULT", libc::EFAULT),
        ("EBUSY", libc::EBUSY),
        ("EEXIST", libc::EEXIST),
        ("EXDEV", libc::EXDEV),
        ("ENODEV", libc::ENODEV),
        ("ENOTDIR", libc::ENOTDIR),
        ("EISDIR", libc::EISDIR),
        ("EINVAL", libc::EINVAL),
        ("ENFILE", libc::ENFILE),
        ("EMFILE", libc::EMFILE),
        ("ENOTTY", libc::ENOTTY),
        ("EFBIG", libc::EFBIG),
        ("ENOSPC", libc::ENOSPC),
        ("ESPIPE", libc::ESPIPE),
        ("EROFS", libc::EROFS),
        ("EMLINK", libc::EMLINK),
        ("EPIPE", libc::EPIPE),
        ("ERANGE", libc::ERANGE),
        ("ENOSYS", libc::ENOSYS),
        ("ENOTSUP", libc::ENOTSUP),
        ("EOPNOTSUPP", libc::EOPNOTSUPP),
        ("EAFNOSUPPORT", libc::EAFNOSUPPORT),
        ("EPROTONOSUPPORT", libc::EPROTONOSUPPORT),
        ("ECONNREFUSED", libc::ECONNREFUSED),
    ];
    let n = name.trim();
    if let Ok(v) = n.parse::<u32>() {
        return Ok(v);
    }
    ERRNOS
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(n))
        .map(|(_, v)| *v as u32)
        .ok_or_else(|| format!("unknown errno {n:?} (use a number or a name such as EPERM)"))
}

fn parse_action(name: &str, errno_ret: Option<u32>, errno: Option<&str>) -> Result<Action, String> {
    let errno = match (errno_ret, errno) {
        (Some(n), _) => Some(n),
        (None, Some(e)) => Some(errno_by_name(e)?),
        (None, None) => None,
    };
    let eperm = libc::EPERM as u32;
    Ok(match name {
        "SCMP_ACT_ALLOW" => Action::Allow,
        // SECCOMP_RET_LOG would also log each call to the host's audit log; berth allows
        "SCMP_ACT_LOG" => Action::Allow,
        "SCMP_ACT_ERRNO" => Action::Errno(errno.unwrap_or(eperm)),
        "SCMP_ACT_KILL" | "SCMP_ACT_KILL_THREAD" => Action::KillThread,
        "SCMP_ACT_KILL_PROCESS" => Action::KillProcess,
        "SCMP_ACT_TRAP" => Action::Trap,
        "SCMP_ACT_TRACE" => Action::Trace(errno.unwrap_or(eperm)),
        "SCMP_ACT_NOTIFY" => {
            return Err("action SCMP_ACT_NOTIFY (seccomp user notification) is not supported by berth; use SCMP_ACT_ERRNO or SCMP_ACT_ALLOW".into())
        }
        other => {
            return Err(format!(
                "unknown action {other:?} (use SCMP_ACT_ALLOW, SCMP_ACT_ERRNO, SCMP_ACT_KILL, SCMP_ACT_KILL_PROCESS, SCMP_ACT_TRAP, SCMP_ACT_TRACE or SCMP_ACT_LOG)"
            ))
        }
    })
}

fn parse_op(op: &str) -> Result<CmpOp, String> {
    Ok(match op {
        "SCMP_CMP_NE" => CmpOp::Ne,
        "SCMP_CMP_LT" => CmpOp::Lt,
        "SCMP_CMP_LE" => CmpOp::Le,
        "SCMP_CMP_EQ" => CmpOp::Eq,
        "SCMP_CMP_GE" => CmpOp::Ge,
        "SCMP_CMP_GT" => CmpOp::Gt,
        "SCMP_CMP_MASKED_EQ" => CmpOp::MaskedEq,
        other => {
            return Err(format!(
                "unknown argument operator {other:?} (use SCMP_CMP_EQ, SCMP_CMP_NE, SCMP_CMP_LT, SCMP_CMP_LE, SCMP_CMP_GT, SCMP_CMP_GE or SCMP_CMP_MASKED_EQ)"
            ))
        }
    })
}

fn parse_kernel_version(s: &str) -> Option<(u32, u32)> {
    let mut it = s.trim().split(|c: char| !c.is_ascii_digit());
    let major = it.next()?.parse().ok()?;
    let minor = it.next().and_then(|m| m.parse().ok()).unwrap_or(0);
    Some((major, minor))
}

fn parse_filter(f: Option<JsonFilter>, what: &str) -> Result<RuleFilter, String> {
    let Some(f) = f else {
        return Ok(RuleFilter::default());
    };
    let min_kernel = match f.min_kernel.as_deref() {
        None | Some("") => None,
        Some(v) => Some(parse_kernel_version(v).ok_or_else(|| {
            format!("{what}.minKernel {v:?} is not a kernel version like \"4.8\"")
        })?),
    };
    Ok(RuleFilter {
        caps: f.caps.unwrap_or_default(),
        arches: f.arches.unwrap_or_default(),
        min_kernel,
    })
}

/// Read a docker/podman seccomp profile (JSON). Fields berth cannot honour are errors that
/// name them.
pub fn parse_profile(text: &str) -> Result<Profile, SecurityError> {
    let j: JsonProfile = serde_json::from_str(text).map_err(|e| format!("invalid JSON: {e}"))?;
    if j.listener_path.as_deref().is_some_and(|p| !p.is_empty())
        || j.listener_metadata
            .as_deref()
            .is_some_and(|p| !p.is_empty())
    {
        return Err("listenerPath/listenerMetadata (seccomp user notification) are not supported by berth; remove them".into());
    }
    if j.architectures.as_ref().is_some_and(|a| !a.is_empty())
        && j.arch_map.as_ref().is_some_and(|a| !a.is_empty())
    {
        return Err("'architectures' and 'archMap' were specified in the seccomp profile, use either 'architectures' or 'archMap'".into());
    }
    let mut flags = 0u32;
    for f in j.flags.unwrap_or_default() {
        flags |= match f.as_str() {
            "SECCOMP_FILTER_FLAG_LOG" => libc::SECCOMP_FILTER_FLAG_LOG as u32,
            "SECCOMP_FILTER_FLAG_SPEC_ALLOW" => libc::SECCOMP_FILTER_FLAG_SPEC_ALLOW as u32,
            // berth's container process is single-threaded when the filter goes in
            "SECCOMP_FILTER_FLAG_TSYNC" => 0,
            other => {
                return Err(format!(
                    "flag {other:?} is not supported (use SECCOMP_FILTER_FLAG_LOG or SECCOMP_FILTER_FLAG_SPEC_ALLOW)"
                ).into())
            }
        };
    }
    let default_action = parse_action(
        &j.default_action,
        j.default_errno_ret,
        j.default_errno.as_deref(),
    )
    .map_err(|e| format!("defaultAction: {e}"))?;
    let mut rules = Vec::new();
    for (i, s) in j.syscalls.unwrap_or_default().into_iter().enumerate() {
        let at = format!("syscalls[{i}]");
        let names = match (s.name, s.names) {
            (Some(n), Some(list)) if !n.is_empty() && !list.is_empty() => {
                return Err(format!("{at}: 'name' and 'names' were specified in the seccomp profile, use either 'name' or 'names'").into())
            }
            (Some(n), _) if !n.is_empty() => vec![n],
            (_, Some(list)) => list,
            _ => Vec::new(),
        };
        let action = parse_action(&s.action, s.errno_ret, s.errno.as_deref())
            .map_err(|e| format!("{at}: {e}"))?;
        let mut args = Vec::new();
        for a in s.args.unwrap_or_default() {
            if a.index > 5 {
                return Err(format!(
                    "{at}: argument index {} is out of range (system calls have arguments 0 to 5)",
                    a.index
                )
                .into());
            }
            args.push(ArgCmp {
                index: a.index as u8,
                op: parse_op(&a.op).map_err(|e| format!("{at}: {e}"))?,
                value: a.value,
                value_two: a.value_two.unwrap_or(0),
            });
        }
        rules.push(SyscallRule {
            names,
            action,
            args,
            includes: parse_filter(s.includes, &format!("{at}.includes"))?,
            excludes: parse_filter(s.excludes, &format!("{at}.excludes"))?,
        });
    }
    Ok(Profile {
        default_action,
        rules,
        flags,
    })
}

// ---------------------------------------------------------------------------------------------
// Compiling a profile to BPF

/// The architectures berth builds filters for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arch {
    X86_64,
    Aarch64,
}

impl Arch {
    pub fn native() -> Option<Arch> {
        match std::env::consts::ARCH {
            "x86_64" => Some(Arch::X86_64),
            "aarch64" => Some(Arch::Aarch64),
            _ => None,
        }
    }

    /// AUDIT_ARCH_* (linux/audit.h): EM_X86_64 / EM_AARCH64 | 64BIT | LE.
    fn audit(self) -> u32 {
        match self {
            Arch::X86_64 => 62 | 0x8000_0000 | 0x4000_0000,
            Arch::Aarch64 => 183 | 0x8000_0000 | 0x4000_0000,
        }
    }

    /// The name docker profiles use in `includes.arches` (Go's GOARCH).
    fn go_name(self) -> &'static str {
        match self {
            Arch::X86_64 => "amd64",
            Arch::Aarch64 => "arm64",
        }
    }

    fn table(self) -> &'static str {
        match self {
            Arch::X86_64 => X86_64_SYSCALLS,
            Arch::Aarch64 => AARCH64_SYSCALLS,
        }
    }

    /// System call names to numbers, from the table (names in number order; `@N` jumps).
    pub fn syscalls(self) -> HashMap<&'static str, u32> {
        let mut map = HashMap::new();
        let mut nr = 0u32;
        for tok in self.table().split_whitespace() {
            if let Some(n) = tok.strip_prefix('@').and_then(|n| n.parse().ok()) {
                nr = n;
                continue;
            }
            map.insert(tok, nr);
            nr += 1;
        }
        map
    }
}

/// A compiled filter and its seccomp(2) flags.
#[derive(Debug, Clone)]
pub struct Filter {
    pub prog: Vec<sock_filter>,
    pub flags: u32,
}

/// BPF opcodes (linux/bpf_common.h): class | size | mode/op | source.
const BPF_LD_W_ABS: u16 = 0x20; // BPF_LD | BPF_W | BPF_ABS
const BPF_JMP_JA: u16 = 0x05;
const BPF_JMP_JEQ_K: u16 = 0x05 | 0x10;
const BPF_JMP_JGE_K: u16 = 0x05 | 0x30;
const BPF_RET_K: u16 = 0x06;
/// The kernel's limit on one program (BPF_MAXINSNS).
const BPF_MAX_LEN: usize = 4096;
/// Offsets in struct seccomp_data.
const DATA_NR: u32 = 0;
const DATA_ARCH: u32 = 4;

fn stmt(code: u16, k: u32) -> sock_filter {
    sock_filter {
        code,
        jt: 0,
        jf: 0,
        k,
    }
}

fn jump(code: u16, k: u32, jt: u8, jf: u8) -> sock_filter {
    sock_filter { code, jt, jf, k }
}

fn kernel_version() -> Option<(u32, u32)> {
    std::fs::read_to_string("/proc/sys/kernel/osrelease")
        .ok()
        .and_then(|s| parse_kernel_version(&s))
}

fn rule_applies(r: &SyscallRule, arch: Arch, caps: &[String], kernel: Option<(u32, u32)>) -> bool {
    let has = |c: &String| caps.iter().any(|k| k.eq_ignore_ascii_case(c));
    let inc = &r.includes;
    let exc = &r.excludes;
    if !exc.arches.is_empty() && exc.arches.iter().any(|a| a == arch.go_name()) {
        return false;
    }
    if exc.caps.iter().any(has) {
        return false;
    }
    if !inc.arches.is_empty() && !inc.arches.iter().any(|a| a == arch.go_name()) {
        return false;
    }
    if !inc.caps.iter().all(has) {
        return false;
    }
    if let (Some(min), Some(k)) = (inc.min_kernel, kernel) {
        if k < min {
            return false;
        }
    }
    if let (Some(min), Some(k)) = (exc.min_kernel, kernel) {
        if k >= min {
            return false;
        }
    }
    true
}

/// The argument checks of one rule, as seccompiler rules (several when an index repeats: then
/// each comparison is a rule of its own, as runc does).
fn arg_rules(args: &[ArgCmp]) -> Result<Vec<SeccompRule>, String> {
    let cond = |a: &ArgCmp| {
        let (op, value) = match a.op {
            CmpOp::Ne => (SeccompCmpOp::Ne, a.value),
            CmpOp::Lt => (SeccompCmpOp::Lt, a.value),
            CmpOp::Le => (SeccompCmpOp::Le, a.value),
            CmpOp::Eq => (SeccompCmpOp::Eq, a.value),
            CmpOp::Ge => (SeccompCmpOp::Ge, a.value),
            CmpOp::Gt => (SeccompCmpOp::Gt, a.value),
            CmpOp::MaskedEq => (SeccompCmpOp::MaskedEq(a.value), a.value_two),
        };
        SeccompCondition::new(a.index, SeccompCmpArgLen::Qword, op, value)
            .map_err(|e| format!("argument {}: {e}", a.index))
    };
    let mut seen = Vec::new();
    let repeated = args.iter().any(|a| {
        let r = seen.contains(&a.index);
        seen.push(a.index);
        r
    });
    let to_rule = |conds: Vec<SeccompCondition>| {
        SeccompRule::new(conds).map_err(|e| format!("argument rule: {e}"))
    };
    if repeated {
        args.iter().map(|a| to_rule(vec![cond(a)?])).collect()
    } else {
        Ok(vec![to_rule(
            args.iter().map(cond).collect::<Result<_, _>>()?,
        )?])
    }
}

/// What one system call does: the rules with argument checks in profile order, then the first
/// rule without (or the default).
#[derive(Default)]
struct Entry {
    conditional: Vec<(SeccompRule, Action)>,
    unconditional: Option<Action>,
}

/// A range of system call numbers [lo, hi] and the code that decides for them.
struct Leaf {
    lo: u32,
    hi: u32,
    code: Vec<sock_filter>,
}

/// Compile a profile for one architecture and the container's capabilities. The program
/// checks the architecture (other ABIs, like i386 or x32 calls, get the default action, or
/// are killed when the default is to allow), then finds the system call by binary search.
pub fn compile(
    profile: &Profile,
    arch: Arch,
    caps: &CapsHashSet,
    kernel: Option<(u32, u32)>,
) -> Result<Filter, String> {
    let table = arch.syscalls();
    let cap_names: Vec<String> = caps.iter().map(|c| c.to_string()).collect();
    let mut entries: BTreeMap<u32, Entry> = BTreeMap::new();
    for r in &profile.rules {
        if !rule_applies(r, arch, &cap_names, kernel) {
            continue;
        }
        // names this architecture lacks are skipped, as libseccomp does
        let nrs: Vec<u32> = r
            .names
            .iter()
            .filter_map(|n| table.get(n.as_str()).copied())
            .collect();
        if nrs.is_empty() {
            continue;
        }
        let conds = if r.args.is_empty() {
            Vec::new()
        } else {
            arg_rules(&r.args).map_err(|e| format!("rule for {}: {e}", r.names.join(",")))?
        };
        for nr in nrs {
            let e = entries.entry(nr).or_default();
            if conds.is_empty() {
                e.unconditional.get_or_insert(r.action);
            } else {
                for c in &conds {
                    // a rule repeated with the same action adds nothing
                    if !e.conditional.iter().any(|(k, a)| k == c && *a == r.action) {
                        e.conditional.push((c.clone(), r.action));
                    }
                }
            }
        }
    }
    let default = profile.default_action.ret();
    let leaves = leaves_of(entries, default);
    let foreign = match profile.default_action {
        Action::Allow => libc::SECCOMP_RET_KILL_PROCESS,
        a => a.ret(),
    };
    let mut prog = vec![
        stmt(BPF_LD_W_ABS, DATA_ARCH),
        jump(BPF_JMP_JEQ_K, arch.audit(), 1, 0),
        stmt(BPF_RET_K, foreign),
        stmt(BPF_LD_W_ABS, DATA_NR),
    ];
    prog.extend(search(&leaves));
    if prog.len() > BPF_MAX_LEN {
        return Err(format!(
            "the seccomp profile compiles to {} BPF instructions, more than the kernel's {BPF_MAX_LEN}; use fewer argument rules",
            prog.len()
        ));
    }
    Ok(Filter {
        prog,
        flags: profile.flags,
    })
}

/// The ranges of system call numbers, from 0 to u32::MAX, and the code for each; neighbours
/// that only return the same action are merged.
fn leaves_of(entries: BTreeMap<u32, Entry>, default: u32) -> Vec<Leaf> {
    fn push(leaves: &mut Vec<Leaf>, lo: u32, hi: u32, code: Vec<sock_filter>) {
        if let Some(last) = leaves.last_mut() {
            if last.hi.checked_add(1) == Some(lo) && last.code.len() == 1 && last.code == code {
                last.hi = hi;
                return;
            }
        }
        leaves.push(Leaf { lo, hi, code });
    }
    let mut leaves = Vec::new();
    let mut next = Some(0u32);
    for (nr, e) in entries {
        let Some(from) = next else { break };
        if nr > from {
            push(&mut leaves, from, nr - 1, vec![stmt(BPF_RET_K, default)]);
        }
        let mut code = Vec::new();
        for (rule, action) in e.conditional {
            let bpf: Vec<sock_filter> = rule.into();
            code.extend(bpf);
            code.push(stmt(BPF_RET_K, action.ret()));
        }
        code.push(stmt(
            BPF_RET_K,
            e.unconditional.map_or(default, Action::ret),
        ));
        push(&mut leaves, nr, nr, code);
        next = nr.checked_add(1);
    }
    if let Some(from) = next {
        push(&mut leaves, from, u32::MAX, vec![stmt(BPF_RET_K, default)]);
    }
    leaves
}

/// Binary search over sorted, adjacent ranges (the accumulator holds the syscall number).
fn search(leaves: &[Leaf]) -> Vec<sock_filter> {
    if leaves.len() <= 1 {
        return leaves.first().map(|l| l.code.clone()).unwrap_or_default();
    }
    let mid = leaves.len() / 2;
    let left = search(&leaves[..mid]);
    let right = search(&leaves[mid..]);
    let mut out = Vec::with_capacity(left.len() + right.len() + 2);
    match u8::try_from(left.len()) {
        Ok(n) => out.push(jump(BPF_JMP_JGE_K, leaves[mid].lo, n, 0)),
        Err(_) => {
            out.push(jump(BPF_JMP_JGE_K, leaves[mid].lo, 0, 1));
            out.push(stmt(BPF_JMP_JA, left.len() as u32));
        }
    }
    out.extend(left);
    out.extend(right);
    out
}

fn load_filter(f: &Filter) -> Result<(), String> {
    raw::seccomp_set_mode_filter(&f.prog, f.flags).map_err(|e| {
        format!("cannot load the seccomp filter: {e} (run with --security-opt seccomp=unconfined to start without one)")
    })
}

/// The raw calls of this module (the crate keeps them in `sys`; they live here until that
/// module takes them).
use crate::sys::security as raw;

// ---------------------------------------------------------------------------------------------
// Data: podman 4.3's default profile and the system call tables

/// podman 4.3's profile: refused with EPERM whatever the capabilities.
const DEFAULT_EPERM: &str = "\
    bdflush io_pgetevents kexec_file_load kexec_load migrate_pages move_pages nfsservctl nice \
    oldfstat oldlstat oldolduname oldstat olduname pciconfig_iobase pciconfig_read \
    pciconfig_write sgetmask ssetmask swapcontext swapoff swapon sysfs uselib userfaultfd ustat \
    vm86 vm86old vmsplice";
/// podman 4.3's profile: allowed (names other architectures lack are skipped).
const DEFAULT_ALLOW: &str = "\
    _llseek _newselect accept accept4 access adjtimex alarm bind brk capget capset chdir chmod \
    chown chown32 clock_adjtime clock_adjtime64 clock_getres clock_getres_time64 clock_gettime \
    clock_gettime64 clock_nanosleep clock_nanosleep_time64 clone clone3 close close_range \
    connect copy_file_range creat dup dup2 dup3 epoll_create epoll_create1 epoll_ctl \
    epoll_ctl_old epoll_pwait epoll_pwait2 epoll_wait epoll_wait_old eventfd eventfd2 execve \
    execveat exit exit_group faccessat faccessat2 fadvise64 fadvise64_64 fallocate fanotify_mark \
    fchdir fchmod fchmodat fchown fchown32 fchownat fcntl fcntl64 fdatasync fgetxattr flistxattr \
    flock fork fremovexattr fsconfig fsetxattr fsmount fsopen fspick fstat fstat64 fstatat64 \
    fstatfs fstatfs64 fsync ftruncate ftruncate64 futex futex_time64 futimesat get_mempolicy \
    get_robust_list get_thread_area getcpu getcwd getdents getdents64 getegid getegid32 geteuid \
    geteuid32 getgid getgid32 getgroups getgroups32 getitimer getpeername getpgid getpgrp getpid \
    getppid getpriority getrandom getresgid getresgid32 getresuid getresuid32 getrlimit \
    getrusage getsid getsockname getsockopt gettid gettimeofday getuid getuid32 getxattr \
    inotify_add_watch inotify_init inotify_init1 inotify_rm_watch io_cancel io_destroy \
    io_getevents io_setup io_submit ioctl ioprio_get ioprio_set ipc keyctl kill \
    landlock_add_rule landlock_create_ruleset landlock_restrict_self lchown lchown32 lgetxattr \
    link linkat listen listxattr llistxattr lremovexattr lseek lsetxattr lstat lstat64 madvise \
    mbind membarrier memfd_create memfd_secret mincore mkdir mkdirat mknod mknodat mlock mlock2 \
    mlockall mmap mmap2 mount mount_setattr move_mount mprotect mq_getsetattr mq_notify mq_open \
    mq_timedreceive mq_timedreceive_time64 mq_timedsend mq_timedsend_time64 mq_unlink mremap \
    msgctl msgget msgrcv msgsnd msync munlock munlockall munmap name_to_handle_at nanosleep \
    newfstatat open open_tree openat openat2 pause pidfd_getfd pidfd_open pidfd_send_signal pipe \
    pipe2 pivot_root pkey_alloc pkey_free pkey_mprotect poll ppoll ppoll_time64 prctl pread64 \
    preadv preadv2 prlimit64 process_mrelease process_vm_readv process_vm_writev pselect6 \
    pselect6_time64 ptrace pwrite64 pwritev pwritev2 read readahead readdir readlink readlinkat \
    readv reboot recv recvfrom recvmmsg recvmmsg_time64 recvmsg remap_file_pages removexattr \
    rename renameat renameat2 restart_syscall rmdir rseq rt_sigaction rt_sigpending \
    rt_sigprocmask rt_sigqueueinfo rt_sigreturn rt_sigsuspend rt_sigtimedwait \
    rt_sigtimedwait_time64 rt_tgsigqueueinfo sched_get_priority_max sched_get_priority_min \
    sched_getaffinity sched_getattr sched_getparam sched_getscheduler sched_rr_get_interval \
    sched_rr_get_interval_time64 sched_setaffinity sched_setattr sched_setparam \
    sched_setscheduler sched_yield seccomp select semctl semget semop semtimedop \
    semtimedop_time64 send sendfile sendfile64 sendmmsg sendmsg sendto set_mempolicy \
    set_robust_list set_thread_area set_tid_address setfsgid setfsgid32 setfsuid setfsuid32 \
    setgid setgid32 setgroups setgroups32 setitimer setns setpgid setpriority setregid \
    setregid32 setresgid setresgid32 setresuid setresuid32 setreuid setreuid32 setrlimit setsid \
    setsockopt setuid setuid32 setxattr shmat shmctl shmdt shmget shutdown sigaction sigaltstack \
    signal signalfd signalfd4 sigpending sigprocmask sigreturn sigsuspend socketcall socketpair \
    splice stat stat64 statfs statfs64 statx symlink symlinkat sync sync_file_range syncfs \
    syscall sysinfo syslog tee tgkill time timer_create timer_delete timer_getoverrun \
    timer_gettime timer_gettime64 timer_settime timer_settime64 timerfd timerfd_create \
    timerfd_gettime timerfd_gettime64 timerfd_settime timerfd_settime64 times tkill truncate \
    truncate64 ugetrlimit umask umount umount2 uname unlink unlinkat unshare utime utimensat \
    utimensat_time64 utimes vfork wait4 waitid waitpid write writev";

/// x86_64 system call names in number order (seccompiler's table for Linux 6.12, plus the
/// calls up to 6.17); `@N` continues at number N.
const X86_64_SYSCALLS: &str = "\
    read write open close stat fstat lstat poll lseek mmap mprotect munmap brk rt_sigaction \
    rt_sigprocmask rt_sigreturn ioctl pread64 pwrite64 readv writev access pipe select \
    sched_yield mremap msync mincore madvise shmget shmat shmctl dup dup2 pause nanosleep \
    getitimer alarm setitimer getpid sendfile socket connect accept sendto recvfrom sendmsg \
    recvmsg shutdown bind listen getsockname getpeername socketpair setsockopt getsockopt clone \
    fork vfork execve exit wait4 kill uname semget semop semctl shmdt msgget msgsnd msgrcv \
    msgctl fcntl flock fsync fdatasync truncate ftruncate getdents getcwd chdir fchdir rename \
    mkdir rmdir creat link unlink symlink readlink chmod fchmod chown fchown lchown umask \
    gettimeofday getrlimit getrusage sysinfo times ptrace getuid syslog getgid setuid setgid \
    geteuid getegid setpgid getppid getpgrp setsid setreuid setregid getgroups setgroups \
    setresuid getresuid setresgid getresgid getpgid setfsuid setfsgid getsid capget capset \
    rt_sigpending rt_sigtimedwait rt_sigqueueinfo rt_sigsuspend sigaltstack utime mknod uselib \
    personality ustat statfs fstatfs sysfs getpriority setpriority sched_setparam sched_getparam \
    sched_setscheduler sched_getscheduler sched_get_priority_max sched_get_priority_min \
    sched_rr_get_interval mlock munlock mlockall munlockall vhangup modify_ldt pivot_root \
    _sysctl prctl arch_prctl adjtimex setrlimit chroot sync acct settimeofday mount umount2 \
    swapon swapoff reboot sethostname setdomainname iopl ioperm create_module init_module \
    delete_module get_kernel_syms query_module quotactl nfsservctl getpmsg putpmsg afs_syscall \
    tuxcall security gettid readahead setxattr lsetxattr fsetxattr getxattr lgetxattr fgetxattr \
    listxattr llistxattr flistxattr removexattr lremovexattr fremovexattr tkill time futex \
    sched_setaffinity sched_getaffinity set_thread_area io_setup io_destroy io_getevents \
    io_submit io_cancel get_thread_area lookup_dcookie epoll_create epoll_ctl_old epoll_wait_old \
    remap_file_pages getdents64 set_tid_address restart_syscall semtimedop fadvise64 \
    timer_create timer_settime timer_gettime timer_getoverrun timer_delete clock_settime \
    clock_gettime clock_getres clock_nanosleep exit_group epoll_wait epoll_ctl tgkill utimes \
    vserver mbind set_mempolicy get_mempolicy mq_open mq_unlink mq_timedsend mq_timedreceive \
    mq_notify mq_getsetattr kexec_load waitid add_key request_key keyctl ioprio_set ioprio_get \
    inotify_init inotify_add_watch inotify_rm_watch migrate_pages openat mkdirat mknodat \
    fchownat futimesat newfstatat unlinkat renameat linkat symlinkat readlinkat fchmodat \
    faccessat pselect6 ppoll unshare set_robust_list get_robust_list splice tee sync_file_range \
    vmsplice move_pages utimensat epoll_pwait signalfd timerfd_create eventfd fallocate \
    timerfd_settime timerfd_gettime accept4 signalfd4 eventfd2 epoll_create1 dup3 pipe2 \
    inotify_init1 preadv pwritev rt_tgsigqueueinfo perf_event_open recvmmsg fanotify_init \
    fanotify_mark prlimit64 name_to_handle_at open_by_handle_at clock_adjtime syncfs sendmmsg \
    setns getcpu process_vm_readv process_vm_writev kcmp finit_module sched_setattr \
    sched_getattr renameat2 seccomp getrandom memfd_create kexec_file_load bpf execveat \
    userfaultfd membarrier mlock2 copy_file_range preadv2 pwritev2 pkey_mprotect pkey_alloc \
    pkey_free statx io_pgetevents rseq uretprobe @424 pidfd_send_signal io_uring_setup \
    io_uring_enter io_uring_register open_tree move_mount fsopen fsconfig fsmount fspick \
    pidfd_open clone3 close_range openat2 pidfd_getfd faccessat2 process_madvise epoll_pwait2 \
    mount_setattr quotactl_fd landlock_create_ruleset landlock_add_rule landlock_restrict_self \
    memfd_secret process_mrelease futex_waitv set_mempolicy_home_node cachestat fchmodat2 \
    map_shadow_stack futex_wake futex_wait futex_requeue statmount listmount lsm_get_self_attr \
    lsm_set_self_attr lsm_list_modules mseal setxattrat getxattrat listxattrat removexattrat \
    open_tree_attr file_getattr file_setattr";
/// aarch64 (asm-generic) system call names in number order, as above.
const AARCH64_SYSCALLS: &str = "\
    io_setup io_destroy io_submit io_cancel io_getevents setxattr lsetxattr fsetxattr getxattr \
    lgetxattr fgetxattr listxattr llistxattr flistxattr removexattr lremovexattr fremovexattr \
    getcwd lookup_dcookie eventfd2 epoll_create1 epoll_ctl epoll_pwait dup dup3 fcntl \
    inotify_init1 inotify_add_watch inotify_rm_watch ioctl ioprio_set ioprio_get flock mknodat \
    mkdirat unlinkat symlinkat linkat renameat umount2 mount pivot_root nfsservctl statfs \
    fstatfs truncate ftruncate fallocate faccessat chdir fchdir chroot fchmod fchmodat fchownat \
    fchown openat close vhangup pipe2 quotactl getdents64 lseek read write readv writev pread64 \
    pwrite64 preadv pwritev sendfile pselect6 ppoll signalfd4 vmsplice splice tee readlinkat \
    newfstatat fstat sync fsync fdatasync sync_file_range timerfd_create timerfd_settime \
    timerfd_gettime utimensat acct capget capset personality exit exit_group waitid \
    set_tid_address unshare futex set_robust_list get_robust_list nanosleep getitimer setitimer \
    kexec_load init_module delete_module timer_create timer_gettime timer_getoverrun \
    timer_settime timer_delete clock_settime clock_gettime clock_getres clock_nanosleep syslog \
    ptrace sched_setparam sched_setscheduler sched_getscheduler sched_getparam sched_setaffinity \
    sched_getaffinity sched_yield sched_get_priority_max sched_get_priority_min \
    sched_rr_get_interval restart_syscall kill tkill tgkill sigaltstack rt_sigsuspend \
    rt_sigaction rt_sigprocmask rt_sigpending rt_sigtimedwait rt_sigqueueinfo rt_sigreturn \
    setpriority getpriority reboot setregid setgid setreuid setuid setresuid getresuid setresgid \
    getresgid setfsuid setfsgid times setpgid getpgid getsid setsid getgroups setgroups uname \
    sethostname setdomainname getrlimit setrlimit getrusage umask prctl getcpu gettimeofday \
    settimeofday adjtimex getpid getppid getuid geteuid getgid getegid gettid sysinfo mq_open \
    mq_unlink mq_timedsend mq_timedreceive mq_notify mq_getsetattr msgget msgctl msgrcv msgsnd \
    semget semctl semtimedop semop shmget shmctl shmat shmdt socket socketpair bind listen \
    accept connect getsockname getpeername sendto recvfrom setsockopt getsockopt shutdown \
    sendmsg recvmsg readahead brk munmap mremap add_key request_key keyctl clone execve mmap \
    fadvise64 swapon swapoff mprotect msync mlock munlock mlockall munlockall mincore madvise \
    remap_file_pages mbind get_mempolicy set_mempolicy migrate_pages move_pages \
    rt_tgsigqueueinfo perf_event_open accept4 recvmmsg @260 wait4 prlimit64 fanotify_init \
    fanotify_mark name_to_handle_at open_by_handle_at clock_adjtime syncfs setns sendmmsg \
    process_vm_readv process_vm_writev kcmp finit_module sched_setattr sched_getattr renameat2 \
    seccomp getrandom memfd_create bpf execveat userfaultfd membarrier mlock2 copy_file_range \
    preadv2 pwritev2 pkey_mprotect pkey_alloc pkey_free statx io_pgetevents rseq kexec_file_load \
    @424 pidfd_send_signal io_uring_setup io_uring_enter io_uring_register open_tree move_mount \
    fsopen fsconfig fsmount fspick pidfd_open clone3 close_range openat2 pidfd_getfd faccessat2 \
    process_madvise epoll_pwait2 mount_setattr quotactl_fd landlock_create_ruleset \
    landlock_add_rule landlock_restrict_self memfd_secret process_mrelease futex_waitv \
    set_mempolicy_home_node cachestat fchmodat2 map_shadow_stack futex_wake futex_wait \
    futex_requeue statmount listmount lsm_get_self_attr lsm_set_self_attr lsm_list_modules mseal \
    setxattrat getxattrat listxattrat removexattrat open_tree_attr file_getattr file_setattr";

#[cfg(test)]
mod tests {
    use super::*;

    fn opts() -> SecurityOpts {
        SecurityOpts::default()
    }

    fn all() -> CapsHashSet {
        caps::all()
    }

    fn all_mask() -> u64 {
        cap_mask(&all())
    }

    fn strings(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn capability_names_parse_like_podmans() {
        for n in ["net_admin", "CAP_NET_ADMIN", "Net_Admin", " cap_net_admin "] {
            assert_eq!(
                parse_cap(n),
                Ok(CapName::One(Capability::CAP_NET_ADMIN)),
                "{n}"
            );
        }
        assert_eq!(parse_cap("all"), Ok(CapName::All));
        assert_eq!(parse_cap("ALL"), Ok(CapName::All));
        let e = parse_cap("bogus").unwrap_err().to_string();
        assert!(e.contains("\"CAP_BOGUS\": unknown capability"), "{e}");
        assert!(parse_cap("").is_err());
        assert_eq!(
            parse_caps(&strings(&["NET_ADMIN,sys_time", "NET_ADMIN"])).unwrap(),
            vec![
                CapName::One(Capability::CAP_NET_ADMIN),
                CapName::One(Capability::CAP_SYS_TIME)
            ]
        );
    }

    #[test]
    fn capability_sets_follow_podman() {
        let plan = |add: &[&str], drop: &[&str], privileged: bool| {
            plan_capabilities(
                &SecurityOpts {
                    cap_add: strings(add),
                    cap_drop: strings(drop),
                    privileged,
                    ..opts()
                },
                &all(),
            )
        };
        let p = plan(&[], &[], false).unwrap();
        assert_eq!(cap_mask(&p.set), 0x8004_05fb);
        assert!(p.non_root.is_empty());
        let p = plan(&["NET_ADMIN"], &[], false).unwrap();
        assert_eq!(cap_mask(&p.set), 0x8004_15fb);
        assert_eq!(cap_mask(&p.non_root), 1 << 12);
        let p = plan(&[], &["chown"], false).unwrap();
        assert_eq!(cap_mask(&p.set), 0x8004_05fa);
        let p = plan(&["CHOWN"], &["ALL"], false).unwrap();
        assert_eq!(cap_mask(&p.set), 1);
        assert_eq!(cap_mask(&plan(&[], &["all"], false).unwrap().set), 0);
        let p = plan(&["ALL"], &["NET_RAW"], false).unwrap();
        assert_eq!(cap_mask(&p.set), all_mask() & !(1 << 13));
        assert_eq!(p.non_root, p.set);
        let p = plan(&[], &["NET_ADMIN"], true).unwrap();
        assert_eq!(
            cap_mask(&p.set),
            all_mask(),
            "--privileged ignores --cap-drop, as podman 4.3"
        );
        assert!(p.non_root.is_empty());
        let e = plan(&["ALL"], &["ALL"], false).unwrap_err().to_string();
        assert!(
            e.contains("adding all caps and removing all caps not allowed"),
            "{e}"
        );
        let e = plan(&["NET_ADMIN"], &["cap_net_admin"], false)
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("\"CAP_NET_ADMIN\" cannot be dropped and added"),
            "{e}"
        );
        let e = plan(&["CAP_NOPE"], &[], false).unwrap_err().to_string();
        assert!(e.contains("CAP_NOPE"), "{e}");
        // a kernel that does not know a capability
        let old: CapsHashSet = all().into_iter().filter(|c| c.index() <= 37).collect();
        let opts = SecurityOpts {
            cap_add: strings(&["CHECKPOINT_RESTORE"]),
            ..opts()
        };
        let e = plan_capabilities(&opts, &old).unwrap_err().to_string();
        assert!(e.contains("not supported by this kernel"), "{e}");
    }

    #[test]
    fn ulimits_parse_like_podmans() {
        let u = parse_ulimit("nofile=100:200").unwrap();
        assert_eq!(
            (u.name, u.soft, u.hard),
            ("nofile", Limit::Value(100), Limit::Value(200))
        );
        assert_eq!(u.resource, libc::RLIMIT_NOFILE);
        let u = parse_ulimit("NOFILE=100").unwrap();
        assert_eq!((u.soft, u.hard), (Limit::Value(100), Limit::Value(100)));
        let u = parse_ulimit("RLIMIT_NPROC=-1").unwrap();
        assert_eq!((u.name, u.soft, u.hard), ("nproc", Limit::Max, Limit::Max));
        let u = parse_ulimit("core=0:unlimited").unwrap();
        assert_eq!((u.soft, u.hard), (Limit::Value(0), Limit::Infinity));
        for name in [
            "cpu",
            "data",
            "fsize",
            "locks",
            "memlock",
            "msgqueue",
            "nice",
            "rss",
            "rtprio",
            "rttime",
            "sigpending",
            "stack",
            "as",
        ] {
            assert!(parse_ulimit(&format!("{name}=1")).is_ok(), "{name}");
        }
        for (bad, want) in [
            ("nofile", "name=soft[:hard]"),
            ("bogus=1", "unknown limit \"bogus\""),
            (
                "nofile=300:200",
                "soft limit must be less than or equal to hard limit: 300 > 200",
            ),
            ("nofile=unlimited:10", "unlimited > 10"),
            ("nofile=abc", "\"abc\" is not a number"),
            ("nofile=-2", "\"-2\" is not a number"),
            ("nofile=1:2:3", "not a number"),
        ] {
            let e = parse_ulimit(bad).unwrap_err().to_string();
            assert!(e.contains(want), "{bad}: {e}");
        }
    }

    #[test]
    fn ulimits_resolve_against_the_current_hard_limit() {
        let u = parse_ulimit("nofile=100:200").unwrap();
        assert_eq!(resolve_ulimit(&u, 1000), Ok((100, 200)));
        let e = resolve_ulimit(&u, 150).unwrap_err().to_string();
        assert!(
            e.contains("hard limit 200 is above the current hard limit 150"),
            "{e}"
        );
        let u = parse_ulimit("nofile=-1").unwrap();
        assert_eq!(resolve_ulimit(&u, 4096), Ok((4096, 4096)));
        let u = parse_ulimit("core=-1:unlimited").unwrap();
        let inf = RLIM_INFINITY;
        assert_eq!(resolve_ulimit(&u, inf), Ok((inf, inf)));
        assert!(resolve_ulimit(&u, 10)
            .unwrap_err()
            .to_string()
            .contains("unlimited"));
        let u = parse_ulimit("nofile=500:-1").unwrap();
        assert!(resolve_ulimit(&u, 100)
            .unwrap_err()
            .to_string()
            .contains("soft limit 500 is above the hard limit 100"));
    }

    const SAMPLE: &str = r#"{
        "defaultAction": "SCMP_ACT_ERRNO",
        "defaultErrnoRet": 38,
        "archMap": [{"architecture": "SCMP_ARCH_X86_64", "subArchitectures": ["SCMP_ARCH_X86"]}],
        "syscalls": [
            {"names": ["read", "write", "no_such_call"], "action": "SCMP_ACT_ALLOW", "args": [], "comment": "", "includes": {}, "excludes": {}},
            {"name": "mkdir", "action": "SCMP_ACT_ERRNO", "errno": "EACCES"},
            {"names": ["personality"], "action": "SCMP_ACT_ALLOW", "args": [{"index": 0, "value": 8, "valueTwo": 0, "op": "SCMP_CMP_EQ"}]},
            {"names": ["clone"], "action": "SCMP_ACT_ALLOW", "args": [{"index": 0, "value": 2114060288, "valueTwo": 0, "op": "SCMP_CMP_MASKED_EQ"}]},
            {"names": ["kill"], "action": "SCMP_ACT_KILL_PROCESS", "args": [{"index": 1, "value": 9, "op": "SCMP_CMP_GT"}, {"index": 1, "value": 3, "op": "SCMP_CMP_LT"}]},
            {"names": ["tkill"], "action": "SCMP_ACT_ALLOW", "args": [{"index": 1, "value": 4294967296, "op": "SCMP_CMP_GE"}, {"index": 0, "value": 5, "op": "SCMP_CMP_LE"}]},
            {"names": ["getpid"], "action": "SCMP_ACT_LOG", "includes": {"minKernel": "4.8"}},
            {"names": ["chroot"], "action": "SCMP_ACT_ALLOW", "includes": {"caps": ["CAP_SYS_CHROOT"]}},
            {"names": ["getppid"], "action": "SCMP_ACT_ALLOW", "includes": {"arches": ["s390x"]}},
            {"names": ["gettid"], "action": "SCMP_ACT_TRAP", "excludes": {"arches": ["s390x"]}}
        ],
        "flags": ["SECCOMP_FILTER_FLAG_SPEC_ALLOW"]
    }"#;

    #[test]
    fn profiles_parse_from_docker_json() {
        let p = parse_profile(SAMPLE).unwrap();
        assert_eq!(p.default_action, Action::Errno(38));
        assert_eq!(p.flags, libc::SECCOMP_FILTER_FLAG_SPEC_ALLOW as u32);
        assert_eq!(p.rules.len(), 10);
        assert_eq!(p.rules[0].names, vec!["read", "write", "no_such_call"]);
        assert_eq!(p.rules[1].action, Action::Errno(libc::EACCES as u32));
        assert_eq!(p.rules[2].args, vec![eq_arg(0, CmpOp::Eq, 8)]);
        assert_eq!(p.rules[3].args[0].op, CmpOp::MaskedEq);
        assert_eq!(p.rules[6].action, Action::Allow);
        assert_eq!(p.rules[6].includes.min_kernel, Some((4, 8)));
        assert_eq!(p.rules[7].includes.caps, vec!["CAP_SYS_CHROOT"]);
        // SCMP_ACT_ERRNO without errnoRet is EPERM, as runc does
        let p = parse_profile(r#"{"defaultAction":"SCMP_ACT_ALLOW","syscalls":[{"names":["mkdir"],"action":"SCMP_ACT_ERRNO"}]}"#).unwrap();
        assert_eq!(p.rules[0].action, Action::Errno(1));
        assert_eq!(
            parse_profile(r#"{"defaultAction":"SCMP_ACT_KILL","syscalls":null}"#)
                .unwrap()
                .default_action,
            Action::KillThread
        );
        for (bad, want) in [
            (
                r#"{"defaultAction":"SCMP_ACT_ALLOW","bogusField":1}"#,
                "unknown field `bogusField`",
            ),
            (
                r#"{"defaultAction":"SCMP_ACT_ALLOW","syscalls":[{"names":["a"],"action":"SCMP_ACT_ALLOW","weird":1}]}"#,
                "unknown field `weird`",
            ),
            (r#"{"defaultAction":"SCMP_ACT_NOTIFY"}"#, "SCMP_ACT_NOTIFY"),
            (r#"{"defaultAction":"ALLOW"}"#, "unknown action \"ALLOW\""),
            (
                r#"{"defaultAction":"SCMP_ACT_ALLOW","listenerPath":"/run/x.sock"}"#,
                "listenerPath",
            ),
            (
                r#"{"defaultAction":"SCMP_ACT_ALLOW","flags":["SECCOMP_FILTER_FLAG_NEW_LISTENER"]}"#,
                "SECCOMP_FILTER_FLAG_NEW_LISTENER",
            ),
            (
                r#"{"defaultAction":"SCMP_ACT_ALLOW","architectures":["SCMP_ARCH_X86_64"],"archMap":[{"architecture":"SCMP_ARCH_X86_64"}]}"#,
                "use either 'architectures' or 'archMap'",
            ),
            (
                r#"{"defaultAction":"SCMP_ACT_ALLOW","syscalls":[{"name":"a","names":["b"],"action":"SCMP_ACT_ALLOW"}]}"#,
                "use either 'name' or 'names'",
            ),
            (
                r#"{"defaultAction":"SCMP_ACT_ALLOW","syscalls":[{"names":["a"],"action":"SCMP_ACT_ALLOW","args":[{"index":6,"value":1,"op":"SCMP_CMP_EQ"}]}]}"#,
                "argument index 6",
            ),
            (
                r#"{"defaultAction":"SCMP_ACT_ALLOW","syscalls":[{"names":["a"],"action":"SCMP_ACT_ALLOW","args":[{"index":0,"value":1,"op":"EQ"}]}]}"#,
                "unknown argument operator \"EQ\"",
            ),
            (
                r#"{"defaultAction":"SCMP_ACT_ERRNO","defaultErrno":"EWHAT"}"#,
                "unknown errno \"EWHAT\"",
            ),
            (
                r#"{"defaultAction":"SCMP_ACT_ALLOW","syscalls":[{"names":["a"],"action":"SCMP_ACT_ALLOW","includes":{"minKernel":"new"}}]}"#,
                "minKernel",
            ),
            ("{", "invalid JSON"),
        ] {
            let e = parse_profile(bad).unwrap_err().to_string();
            assert!(e.contains(want), "{bad}: {e}");
        }
    }

    /// A classic-BPF interpreter for what the filters use, with seccomp_data's layout.
    fn run_bpf(prog: &[sock_filter], arch: u32, nr: u32, args: [u64; 6]) -> u32 {
        let mut data = [0u8; 64];
        data[0..4].copy_from_slice(&nr.to_ne_bytes());
        data[4..8].copy_from_slice(&arch.to_ne_bytes());
        for (i, a) in args.iter().enumerate() {
            data[16 + 8 * i..24 + 8 * i].copy_from_slice(&a.to_ne_bytes());
        }
        let (mut acc, mut pc) = (0u32, 0usize);
        loop {
            let i = &prog[pc];
            pc += 1;
            let k = i.k;
            let cond = |c: bool| if c { i.jt as usize } else { i.jf as usize };
            match i.code {
                0x20 => {
                    let o = k as usize;
                    acc = u32::from_ne_bytes([data[o], data[o + 1], data[o + 2], data[o + 3]]);
                }
                0x05 => pc += k as usize,
                0x15 => pc += cond(acc == k),
                0x25 => pc += cond(acc > k),
                0x35 => pc += cond(acc >= k),
                0x45 => pc += cond(acc & k != 0),
                0x54 => acc &= k,
                0x06 => return k,
                other => panic!("unexpected BPF opcode {other:#x}"),
            }
        }
    }

    struct Probe {
        filter: Filter,
        arch: Arch,
        table: HashMap<&'static str, u32>,
    }

    impl Probe {
        fn new(p: &Profile, arch: Arch, caps: &CapsHashSet) -> Probe {
            Probe {
                filter: compile(p, arch, caps, Some((6, 1))).unwrap(),
                arch,
                table: arch.syscalls(),
            }
        }
        fn call(&self, name: &str, args: &[u64]) -> u32 {
            let nr = *self
                .table
                .get(name)
                .unwrap_or_else(|| panic!("{name} in table"));
            let mut a = [0u64; 6];
            a[..args.len()].copy_from_slice(args);
            run_bpf(&self.filter.prog, self.arch.audit(), nr, a)
        }
    }

    const ALLOW: u32 = libc::SECCOMP_RET_ALLOW;
    const EPERM: u32 = libc::SECCOMP_RET_ERRNO | 1;
    const EINVAL: u32 = libc::SECCOMP_RET_ERRNO | 22;
    const ENOSYS: u32 = libc::SECCOMP_RET_ERRNO | 38;

    #[test]
    fn the_default_filter_decides_like_podmans_profile() {
        let default_caps: CapsHashSet = DEFAULT_CAPABILITIES.iter().copied().collect();
        for arch in [Arch::X86_64, Arch::Aarch64] {
            let f = Probe::new(&default_profile(), arch, &default_caps);
            assert!(
                f.filter.prog.len() < 400,
                "{arch:?}: {} instructions",
                f.filter.prog.len()
            );
            for name in [
                "read",
                "write",
                "openat",
                "execve",
                "clone",
                "clone3",
                "mount",
                "umount2",
                "unshare",
                "keyctl",
                "ptrace",
                "reboot",
                "setns",
                "chroot",
                "capset",
                "prctl",
                "setresuid",
                "close_range",
                "pivot_root",
                "membarrier",
            ] {
                assert_eq!(f.call(name, &[]), ALLOW, "{arch:?} {name}");
            }
            for name in [
                "swapon",
                "swapoff",
                "kexec_load",
                "userfaultfd",
                "vmsplice",
                "init_module",
                "finit_module",
                "bpf",
                "perf_event_open",
                "sethostname",
                "clock_settime",
                "acct",
                "open_by_handle_at",
                "kcmp",
                "vhangup",
                "quotactl",
            ] {
                assert_eq!(f.call(name, &[]), EPERM, "{arch:?} {name}");
            }
            for name in [
                "add_key",
                "request_key",
                "io_uring_setup",
                "fchmodat2",
                "lsm_list_modules",
            ] {
                assert_eq!(f.call(name, &[]), ENOSYS, "{arch:?} {name}");
            }
            for v in [0u64, 8, 0x20000, 0x20008, 0xffff_ffff] {
                assert_eq!(
                    f.call("personality", &[v]),
                    ALLOW,
                    "{arch:?} personality {v:#x}"
                );
            }
            for v in [0x0040000u64, 0x1_0000_0000, 9] {
                assert_eq!(
                    f.call("personality", &[v]),
                    ENOSYS,
                    "{arch:?} personality {v:#x}"
                );
            }
            let (netlink, audit) = (libc::AF_NETLINK as u64, libc::NETLINK_AUDIT as u64);
            assert_eq!(f.call("socket", &[netlink, 3, audit]), EINVAL);
            assert_eq!(f.call("socket", &[netlink, 3, 0]), ALLOW);
            assert_eq!(f.call("socket", &[libc::AF_INET as u64, 1, 0]), ALLOW);
            assert_eq!(f.call("socket", &[libc::AF_INET as u64, 3, audit]), ALLOW);
            // numbers out of the table, other ABIs
            assert_eq!(
                run_bpf(&f.filter.prog, arch.audit(), 100_000, [0; 6]),
                ENOSYS
            );
            assert_eq!(
                run_bpf(&f.filter.prog, arch.audit(), u32::MAX, [0; 6]),
                ENOSYS
            );
            assert_eq!(
                run_bpf(&f.filter.prog, 0x4000_0003, 0, [0; 6]),
                ENOSYS,
                "i386"
            );
        }
        let f = Probe::new(&default_profile(), Arch::X86_64, &default_caps);
        assert_eq!(f.call("arch_prctl", &[]), ALLOW);
        assert_eq!(f.call("modify_ldt", &[]), ALLOW);
        assert_eq!(
            run_bpf(&f.filter.prog, Arch::X86_64.audit(), 0x4000_0000, [0; 6]),
            ENOSYS,
            "x32 read"
        );
        // capabilities open the gated calls
        let mut more = default_caps.clone();
        more.extend([
            Capability::CAP_SYS_ADMIN,
            Capability::CAP_AUDIT_WRITE,
            Capability::CAP_SYS_TIME,
        ]);
        let f = Probe::new(&default_profile(), Arch::X86_64, &more);
        for name in ["sethostname", "bpf", "clock_settime", "settimeofday"] {
            assert_eq!(f.call(name, &[]), ALLOW, "{name} with its capability");
        }
        assert_eq!(
            f.call(
                "socket",
                &[libc::AF_NETLINK as u64, 3, libc::NETLINK_AUDIT as u64]
            ),
            ALLOW
        );
        // without CAP_SYS_CHROOT, chroot is refused
        let mut fewer = default_caps.clone();
        fewer.remove(&Capability::CAP_SYS_CHROOT);
        assert_eq!(
            Probe::new(&default_profile(), Arch::X86_64, &fewer).call("chroot", &[]),
            EPERM
        );
    }

    #[test]
    fn custom_profiles_compile_with_their_rules() {
        let p = parse_profile(SAMPLE).unwrap();
        let mut caps = CapsHashSet::new();
        let f = Probe::new(&p, Arch::X86_64, &caps);
        assert_eq!(f.filter.flags, libc::SECCOMP_FILTER_FLAG_SPEC_ALLOW as u32);
        assert_eq!(f.call("read", &[]), ALLOW);
        assert_eq!(
            f.call("mkdir", &[]),
            libc::SECCOMP_RET_ERRNO | libc::EACCES as u32
        );
        assert_eq!(f.call("rmdir", &[]), ENOSYS);
        assert_eq!(f.call("personality", &[8]), ALLOW);
        assert_eq!(
            f.call("personality", &[0x1_0000_0008]),
            ENOSYS,
            "all 64 bits compare"
        );
        // masked equality: (arg & 0x7E020000) == 0
        assert_eq!(f.call("clone", &[0x11]), ALLOW);
        assert_eq!(f.call("clone", &[0x1000_0000]), ENOSYS);
        // a repeated index makes alternatives: sig > 9 or sig < 3 kills
        assert_eq!(f.call("kill", &[1, 15]), libc::SECCOMP_RET_KILL_PROCESS);
        assert_eq!(f.call("kill", &[1, 2]), libc::SECCOMP_RET_KILL_PROCESS);
        assert_eq!(f.call("kill", &[1, 5]), ENOSYS);
        // two indexes: all must hold
        assert_eq!(f.call("tkill", &[5, 0x1_0000_0000]), ALLOW);
        assert_eq!(f.call("tkill", &[6, 0x1_0000_0000]), ENOSYS);
        assert_eq!(f.call("tkill", &[5, 0xffff_ffff]), ENOSYS);
        assert_eq!(
            f.call("getpid", &[]),
            ALLOW,
            "SCMP_ACT_LOG allows; minKernel 4.8 holds"
        );
        assert_eq!(f.call("chroot", &[]), ENOSYS, "needs CAP_SYS_CHROOT");
        assert_eq!(f.call("getppid", &[]), ENOSYS, "s390x only");
        assert_eq!(f.call("gettid", &[]), libc::SECCOMP_RET_TRAP);
        caps.insert(Capability::CAP_SYS_CHROOT);
        assert_eq!(
            Probe::new(&p, Arch::X86_64, &caps).call("chroot", &[]),
            ALLOW
        );
        let old = compile(&p, Arch::X86_64, &caps, Some((4, 4))).unwrap();
        let nr = Arch::X86_64.syscalls()["getpid"];
        assert_eq!(
            run_bpf(&old.prog, Arch::X86_64.audit(), nr, [0; 6]),
            ENOSYS,
            "minKernel 4.8 on 4.4"
        );
        // a deny-list profile kills other ABIs instead of letting them through
        let p = parse_profile(r#"{"defaultAction":"SCMP_ACT_ALLOW","syscalls":[{"names":["mkdir","mkdirat"],"action":"SCMP_ACT_ERRNO","errnoRet":1}]}"#).unwrap();
        let f = Probe::new(&p, Arch::X86_64, &caps);
        assert_eq!(f.call("mkdir", &[]), EPERM);
        assert_eq!(f.call("mkdirat", &[]), EPERM);
        assert_eq!(f.call("openat", &[]), ALLOW);
        assert_eq!(
            run_bpf(&f.filter.prog, 0x4000_0003, 39, [0; 6]),
            libc::SECCOMP_RET_KILL_PROCESS
        );
        // an empty profile
        let p = parse_profile(r#"{"defaultAction":"SCMP_ACT_ERRNO"}"#).unwrap();
        let f = Probe::new(&p, Arch::X86_64, &caps);
        assert_eq!(f.call("read", &[]), EPERM);
    }

    #[test]
    fn the_data_equals_podmans_seccomp_json_when_installed() {
        let Ok(text) = std::fs::read_to_string("/usr/share/containers/seccomp.json") else {
            return;
        };
        let theirs = parse_profile(&text).unwrap();
        let ours = default_profile();
        if theirs.rules.get(1).map(|r| &r.names) != Some(&ours.rules[1].names) {
            return; // another podman's profile: nothing to compare with
        }
        for caps in [
            DEFAULT_CAPABILITIES.iter().copied().collect(),
            caps::all(),
            CapsHashSet::new(),
        ] {
            for arch in [Arch::X86_64, Arch::Aarch64] {
                let a = compile(&theirs, arch, &caps, Some((6, 1))).unwrap().prog;
                let b = compile(&ours, arch, &caps, Some((6, 1))).unwrap().prog;
                assert_eq!(a, b, "{arch:?} with {} capabilities", caps.len());
            }
        }
    }

    #[test]
    fn syscall_tables_match_libc() {
        let x = Arch::X86_64.syscalls();
        assert_eq!(x["read"], 0);
        assert_eq!(x["execve"], 59);
        assert_eq!(x["pivot_root"], 155);
        assert_eq!(x["rseq"], 334);
        assert_eq!(x["pidfd_send_signal"], 424);
        assert_eq!(x["mseal"], 462);
        assert_eq!(x["file_setattr"], 469);
        let a = Arch::Aarch64.syscalls();
        assert_eq!(a["io_setup"], 0);
        assert_eq!(a["execve"], 221);
        assert_eq!(a["mseal"], 462);
        assert!(!a.contains_key("open"), "aarch64 has openat only");
        if let Some(arch) = Arch::native() {
            let t = arch.syscalls();
            for (name, nr) in [
                ("openat", libc::SYS_openat),
                ("clone3", libc::SYS_clone3),
                ("close_range", libc::SYS_close_range),
                ("seccomp", libc::SYS_seccomp),
                ("mseal", libc::SYS_mseal),
                ("add_key", libc::SYS_add_key),
                ("futex_waitv", libc::SYS_futex_waitv),
            ] {
                assert_eq!(t[name] as libc::c_long, nr, "{name}");
            }
        }
    }

    #[test]
    fn inline_profiles_and_paths() {
        assert!(is_inline_profile(" {\"defaultAction\":\"SCMP_ACT_ALLOW\"}"));
        assert!(!is_inline_profile("/etc/profile.json"));
        let dir = std::env::temp_dir().join(format!("berth-sec-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("p.json");
        std::fs::write(&path, r#"{"defaultAction":"SCMP_ACT_ALLOW"}"#).unwrap();
        let mut o = SecurityOpts {
            seccomp: Some(path.to_string_lossy().into_owned()),
            ..opts()
        };
        prepare(&mut o).unwrap();
        assert_eq!(
            o.seccomp.as_deref(),
            Some(r#"{"defaultAction":"SCMP_ACT_ALLOW"}"#)
        );
        std::fs::write(&path, r#"{"defaultAction":"SCMP_ACT_ALLOW","oops":1}"#).unwrap();
        let mut o = SecurityOpts {
            seccomp: Some(path.to_string_lossy().into_owned()),
            ..opts()
        };
        let e = prepare(&mut o).unwrap_err().to_string();
        assert!(
            e.contains("p.json") && e.contains("unknown field `oops`"),
            "{e}"
        );
        let mut o = SecurityOpts {
            seccomp: Some(dir.join("missing.json").to_string_lossy().into_owned()),
            ..opts()
        };
        assert!(prepare(&mut o)
            .unwrap_err()
            .to_string()
            .contains("cannot read the seccomp profile"));
        let mut o = SecurityOpts {
            ulimits: strings(&["nofile=3:2"]),
            ..opts()
        };
        assert!(prepare(&mut o).is_err());
        let _ = std::fs::remove_dir_all(&dir);
        // a path that prepare did not read is refused in the container
        let o = SecurityOpts {
            seccomp: Some("/x.json".into()),
            ..opts()
        };
        assert!(Plan::new(&o)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default()
            .contains("prepare must run first"));
        let o = SecurityOpts {
            privileged: true,
            ..opts()
        };
        assert!(Plan::new(&o).unwrap().filter.is_none());
        let o = SecurityOpts {
            privileged: true,
            seccomp: Some(r#"{"defaultAction":"SCMP_ACT_ALLOW","syscalls":[{"names":["mkdir"],"action":"SCMP_ACT_ERRNO"}]}"#.into()),
            ..opts()
        };
        assert!(
            Plan::new(&o).unwrap().filter.is_some(),
            "an explicit profile applies with --privileged"
        );
    }

    /// Loads the default filter in a child test process (with no_new_privs, as an unprivileged
    /// process must) and checks the kernel's answers.
    #[test]
    fn the_default_filter_works_in_the_kernel() {
        if std::env::var_os("BERTH_SECCOMP_PROBE").is_some() {
            probe_in_this_process();
            return;
        }
        if Arch::native().is_none() {
            return;
        }
        let exe = std::env::current_exe().unwrap();
        let out = std::process::Command::new(exe)
            .args([
                "--exact",
                "runtime::security::tests::the_default_filter_works_in_the_kernel",
                "--nocapture",
                "--test-threads=1",
            ])
            .env("BERTH_SECCOMP_PROBE", "1")
            .output()
            .unwrap();
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(out.status.success() && text.contains("probe ok"), "{text}");
    }

    fn errno_of(r: Result<i64, i32>) -> i32 {
        r.err().unwrap_or(0)
    }

    #[allow(clippy::print_stdout)] // the answer to the parent test process
    fn probe_in_this_process() {
        let arch = Arch::native().unwrap();
        let caps: CapsHashSet = DEFAULT_CAPABILITIES.iter().copied().collect();
        let f = compile(&default_profile(), arch, &caps, kernel_version()).unwrap();
        nix::sys::prctl::set_no_new_privs().unwrap();
        load_filter(&f).unwrap();
        use crate::sys::security::{probe, Probe};
        assert_eq!(errno_of(probe(Probe::AddKey)), libc::ENOSYS, "add_key");
        assert_eq!(
            errno_of(probe(Probe::IoUringSetup)),
            libc::ENOSYS,
            "io_uring_setup"
        );
        assert_eq!(errno_of(probe(Probe::Swapon)), libc::EPERM, "swapon");
        assert_eq!(
            errno_of(probe(Probe::Userfaultfd)),
            libc::EPERM,
            "userfaultfd"
        );
        assert_eq!(
            errno_of(probe(Probe::Personality(0x0040000))),
            libc::ENOSYS,
            "personality"
        );
        assert!(
            probe(Probe::Personality(0xffff_ffff)).is_ok(),
            "personality query"
        );
        let audit = Probe::Socket(libc::AF_NETLINK, libc::SOCK_RAW, libc::NETLINK_AUDIT);
        assert_eq!(errno_of(probe(audit)), libc::EINVAL, "netlink audit socket");
        let unix = Probe::Socket(libc::AF_UNIX, libc::SOCK_STREAM, 0);
        assert!(probe(unix).is_ok(), "unix socket");
        assert!(std::process::id() > 0);
        // the filter is this thread's (no TSYNC)
        let status = std::fs::read_to_string("/proc/thread-self/status").unwrap();
        assert!(
            status.contains("Seccomp:\t2") && status.contains("NoNewPrivs:\t1"),
            "{status}"
        );
        println!("probe ok");
    }
}
