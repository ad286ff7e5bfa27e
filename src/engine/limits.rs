//! Resource limits of `run`, `create` and `update`: the flags' values (plain strings, as the
//! cli got them) become `cgroups::Resources` with podman's checks and words, and a container's
//! cgroup plan (`CgroupSpec`) where a delegated cgroup v2 subtree exists. Where none does
//! (cgroup v1, nothing delegated) a container runs without limits, and a single warning says
//! why and what fixes it, only when a limit was asked for.
//! `pause`, `unpause`, `update` and `stats` act on a running container's cgroup.

use super::state::{check, Op, Verdict};
use super::Engine;
use crate::cgroups::{self, parse, CgroupSpec, Resources, Throttle};
use crate::error::UserError;
use crate::runtime::container::{self, Container, Status};

/// The limit flags as given (None/empty: not given).
#[derive(Debug, Clone, Default)]
pub struct LimitOptions {
    pub memory: Option<String>,
    pub memory_reservation: Option<String>,
    pub memory_swap: Option<String>,
    pub memory_swappiness: Option<i64>,
    pub oom_score_adj: Option<String>,
    pub cpus: Option<String>,
    pub cpu_shares: Option<String>,
    pub cpu_quota: Option<String>,
    pub cpu_period: Option<String>,
    pub cpuset_cpus: Option<String>,
    pub cpuset_mems: Option<String>,
    pub pids_limit: Option<String>,
    pub blkio_weight: Option<String>,
    pub device_read_bps: Vec<String>,
    pub device_write_bps: Vec<String>,
    pub device_read_iops: Vec<String>,
    pub device_write_iops: Vec<String>,
    /// `--cgroup-conf KEY=VALUE`.
    pub cgroup_conf: Vec<String>,
    /// `--cgroups`: enabled (default), disabled, no-conmon, split.
    pub cgroups: Option<String>,
    pub cgroup_parent: Option<String>,
    /// `--cgroupns`: private (default on cgroup v2) or host.
    pub cgroupns: Option<String>,
    /// containers.conf's `pids_limit` (podman's default 2048 when unset).
    pub default_pids_limit: Option<i64>,
}

/// What `create` records: the cgroup (None: none), the cgroup namespace, oom_score_adj.
#[derive(Debug, Default)]
pub struct Plan {
    pub cgroup: Option<CgroupSpec>,
    pub cgroupns_host: bool,
    pub oom_score_adj: Option<i32>,
    /// podman's create warnings (limits ignored here, swappiness on cgroup v2).
    pub warnings: Vec<UserError>,
}

/// podman's words for limits on a rootless cgroup v1 host, word for word (its system tests
/// compare the line).
pub const V1_ROOTLESS_WARNING: &str =
    "Resource limits are not supported and ignored on cgroups V1 rootless systems";

fn throttles(list: &[String], bps: bool) -> Result<Vec<Throttle>, UserError> {
    let mut out = Vec::new();
    for v in list {
        let (path, rate) = parse::device_rate(v, bps)?;
        let md = std::fs::metadata(&path).map_err(|e| {
            UserError::new(format!("{path}: {e}"))
                .with_hint("name a block device of this host (ls -l /dev)")
        })?;
        let rdev = std::os::unix::fs::MetadataExt::rdev(&md);
        out.push(Throttle {
            path,
            major: nix::sys::stat::major(rdev),
            minor: nix::sys::stat::minor(rdev),
            rate,
        });
    }
    Ok(out)
}

/// The limits the flags ask for (podman's parsing and checks), without defaults.
pub fn resources(o: &LimitOptions) -> Result<Resources, UserError> {
    let mut r = Resources::default();
    if let Some(m) = &o.memory {
        let m = parse::memory_flag(m)?;
        r.memory = Some(m);
        if o.memory_swap.is_none() && m > 0 {
            r.memory_swap = Some(2 * m);
        }
    }
    if let Some(m) = &o.memory_reservation {
        r.memory_reservation = Some(parse::memory_flag(m)?);
    }
    if let Some(s) = &o.memory_swap {
        if s == "-1" {
            r.memory_swap = Some(-1);
        } else {
            r.memory_swap = Some(parse::memory_flag(s)?);
        }
    }
    if let Some(s) = o.memory_swappiness.filter(|s| *s >= 0) {
        if s > 100 {
            return Err(UserError::new(format!(
                "invalid value: {s}, valid memory swappiness range is 0-100"
            ))
            .with_hint("--memory-swappiness takes 0 to 100"));
        }
        r.memory_swappiness = Some(s as u64);
    }
    if let (Some(s), Some(m)) = (r.memory_swap, r.memory) {
        if s > 0 && s < m {
            return Err(UserError::new(
                "minimum memoryswap limit should be larger than memory limit, see usage",
            )
            .with_hint("--memory-swap is memory plus swap: give at least --memory, or -1"));
        }
    }
    if o.memory_swap.is_some() && r.memory.is_none() && r.memory_swap != Some(-1) {
        return Err(UserError::new(
            "you should always set a memory limit when using a memoryswap limit, see usage",
        )
        .with_hint("add --memory"));
    }
    if let (Some(res), Some(m)) = (r.memory_reservation, r.memory) {
        if m > 0 && res > m {
            return Err(UserError::new(
                "minimum memory limit cannot be less than memory reservation limit, see usage",
            )
            .with_hint("--memory-reservation must not exceed --memory"));
        }
    }
    if let Some(c) = &o.cpus {
        let n = parse::cpus(c)?;
        if o.cpu_quota.is_some() || o.cpu_period.is_some() {
            return Err(
                UserError::new("--cpu-period and --cpu-quota cannot be set with --cpus")
                    .with_hint("give either --cpus or --cpu-quota/--cpu-period"),
            );
        }
        if n > 0.0 {
            let period = 100_000u64;
            r.nano_cpus = Some((n * 1e9) as i64);
            r.cpu_period = Some(period);
            r.cpu_quota = Some((n * period as f64) as i64);
        }
    }
    if let Some(s) = &o.cpu_shares {
        r.cpu_shares = Some(parse::int::<u64>("cpu-shares", s)?).filter(|s| *s > 0);
    }
    if let Some(p) = &o.cpu_period {
        let p = parse::int::<u64>("cpu-period", p)?;
        if p != 0 && !(1000..=1_000_000).contains(&p) {
            return Err(UserError::new(
                "CPU cfs period cannot be less than 1ms (i.e. 1000) or larger than 1s (i.e. 1000000)",
            )
            .with_hint("--cpu-period takes microseconds, 1000 to 1000000"));
        }
        if p > 0 {
            r.cpu_period = Some(p);
        }
    }
    if let Some(q) = &o.cpu_quota {
        let q = parse::int::<i64>("cpu-quota", q)?;
        if q > 0 && q < 1000 {
            return Err(
                UserError::new("CPU cfs quota cannot be less than 1ms (i.e. 1000)")
                    .with_hint("--cpu-quota takes microseconds per period, at least 1000"),
            );
        }
        if q != 0 {
            r.cpu_quota = Some(q);
        }
    }
    if let Some(c) = &o.cpuset_cpus {
        r.cpuset_cpus = Some(parse::cpuset("cpuset-cpus", c)?);
    }
    if let Some(m) = &o.cpuset_mems {
        r.cpuset_mems = Some(parse::cpuset("cpuset-mems", m)?);
    }
    if let Some(p) = &o.pids_limit {
        r.pids_limit = Some(parse::int::<i64>("pids-limit", p)?);
    }
    if let Some(w) = &o.blkio_weight {
        let w = w.parse::<u16>().map_err(|e| {
            UserError::new(format!(
                "invalid value for blkio-weight: strconv.ParseUint: parsing \"{w}\": {}",
                if w.chars().all(|c| c.is_ascii_digit()) && !w.is_empty() {
                    "value out of range"
                } else {
                    let _ = e;
                    "invalid syntax"
                }
            ))
            .with_hint("--blkio-weight takes 10 to 1000")
        })?;
        if w != 0 && !(10..=1000).contains(&w) {
            return Err(UserError::new("range of blkio weight is from 10 to 1000")
                .with_hint("--blkio-weight takes 10 to 1000"));
        }
        if w != 0 {
            r.blkio_weight = Some(w);
        }
    }
    r.device_read_bps = throttles(&o.device_read_bps, true)?;
    r.device_write_bps = throttles(&o.device_write_bps, true)?;
    r.device_read_iops = throttles(&o.device_read_iops, false)?;
    r.device_write_iops = throttles(&o.device_write_iops, false)?;
    for kv in &o.cgroup_conf {
        let Some((k, v)) = kv.split_once('=') else {
            return Err(UserError::new(format!(
                "--cgroup-conf must be formatted KEY=VALUE: {kv:?}"
            ))
            .with_hint("e.g. --cgroup-conf memory.high=1g"));
        };
        if k.contains('/') || k.starts_with('.') || k.is_empty() {
            return Err(UserError::new(format!(
                "--cgroup-conf {k:?} is not a cgroup file name"
            )));
        }
        r.unified.push((k.to_string(), v.to_string()));
    }
    Ok(r)
}

/// True when the flags ask for a limit (the only case in which a missing cgroup is worth a
/// warning).
fn asked(r: &Resources) -> bool {
    *r != Resources::default()
}

/// Check `--cgroups` and `--cgroupns` and resolve the container's cgroup plan: detection of
/// the delegated subtree, the parent made, the default pids limit added.
pub fn plan(o: &LimitOptions, cgroup_manager: &str) -> Result<Plan, UserError> {
    let mut r = resources(o)?;
    let mode = o.cgroups.as_deref().unwrap_or("enabled");
    if !matches!(mode, "enabled" | "disabled" | "no-conmon" | "split") {
        return Err(
            UserError::new(format!("invalid cgroup mode {mode:?}: invalid argument"))
                .with_hint("use --cgroups enabled, disabled, no-conmon or split"),
        );
    }
    let cgroupns_host = match o.cgroupns.as_deref().unwrap_or("private") {
        "private" | "" => false,
        "host" => true,
        other => {
            return Err(
                UserError::new(format!("unrecognized namespace mode {other} passed"))
                    .with_hint("use --cgroupns private (the default) or host"),
            )
        }
    };
    let oom_score_adj = match &o.oom_score_adj {
        Some(v) => {
            let n = parse::int::<i32>("oom-score-adj", v)?;
            if !(-1000..=1000).contains(&n) {
                return Err(UserError::new(format!(
                    "oom_score_adj should be between -1000 and 1000, got {n}"
                ))
                .with_hint("--oom-score-adj takes -1000 to 1000"));
            }
            Some(n)
        }
        None => None,
    };
    let mut base = Plan {
        cgroup: None,
        cgroupns_host,
        oom_score_adj,
        warnings: Vec::new(),
    };
    let wanted = asked(&r) || o.cgroup_parent.is_some();
    if mode == "disabled" {
        if wanted {
            log::warn!("--cgroups disabled: the container runs without a cgroup of its own, so its resource limits are ignored");
        }
        return Ok(base);
    }
    // systemd: a scope of the user manager (not with a --cgroup-parent path of cgroupfs)
    let systemd = if cgroup_manager == "systemd" && o.cgroup_parent.is_none() {
        cgroups::detect_systemd()
    } else {
        None
    };
    let d = match systemd.clone().map(Ok).unwrap_or_else(cgroups::detect) {
        Ok(d) => d,
        Err(why) => {
            if wanted {
                let rootless = !nix::unistd::geteuid().is_root();
                let hint = format!("{}. To have limits: {}", why.why(), why.fix());
                base.warnings.push(match why {
                    // podman's line as it is; why and the fix as the hint
                    cgroups::Unavailable::NotV2 if rootless => {
                        UserError::new(V1_ROOTLESS_WARNING).with_hint(hint)
                    }
                    _ => UserError::new(format!(
                        "Resource limits are not supported and ignored: {}; the container runs without them. To have them: {}",
                        why.why(),
                        why.fix()
                    )),
                });
            }
            return Ok(base);
        }
    };
    if r.memory_swappiness.take().is_some() {
        // podman on cgroup v2: there is no memory.swappiness
        base.warnings.push(UserError::new("Your kernel does not support memory swappiness capabilities, or the cgroup is not mounted. Memory swappiness discarded."));
    }
    if r.pids_limit.is_none() && d.controllers.iter().any(|c| c == "pids") {
        let n = o.default_pids_limit.unwrap_or(cgroups::DEFAULT_PIDS_LIMIT);
        if n > 0 {
            r.pids_limit = Some(n);
        }
    }
    let parent = match systemd {
        Some(ref d) => d.root.join(cgroups::systemd::SLICE),
        None => d.parent_dir(o.cgroup_parent.as_deref())?,
    };
    Ok(Plan {
        cgroup: Some(CgroupSpec {
            parent,
            resources: r,
            systemd: systemd.is_some(),
        }),
        ..base
    })
}

/// The limits `update` applies, and the container as it is after.
#[derive(Debug)]
pub struct Updated {
    pub id: String,
}

impl Engine {
    /// The cgroup of a running container, or why there is none.
    fn running_cgroup(&self, c: &Container) -> Result<cgroups::Cgroup, UserError> {
        let cg = crate::runtime::cgroup_of(&c.config.spec).ok_or_else(|| {
            let why = match cgroups::detect() {
                Err(u) => format!("{} (to fix: {})", u.why(), u.fix()),
                Ok(_) => "it was created without one (--cgroups disabled, or before cgroup v2 was delegated)".into(),
            };
            UserError::new(format!("container {} has no cgroup: {why}", c.name()))
                .with_hint("pause, unpause, update and stats need a container in a delegated cgroup v2 subtree")
        })?;
        if !cg.exists() {
            return Err(UserError::new(format!(
                "container {} is not running: its cgroup {} is gone",
                c.name(),
                cg.path.display()
            ))
            .with_hint(format!("berth start {}", c.name())));
        }
        Ok(cg)
    }

    /// `pause`: freeze every process of the container (cgroup.freeze).
    pub fn pause(&self, c: &Container) -> anyhow::Result<()> {
        if check(c, Op::Pause)? == Verdict::AlreadyDone {
            return Err(UserError::new(format!(
                "\"{}\" is already paused: container state improper",
                c.id
            ))
            .with_hint(format!("berth unpause {}", c.name()))
            .into());
        }
        let cg = self.running_cgroup(c)?;
        cg.freeze(true)?;
        container::update_state(&c.dir, |s| s.paused = true)?;
        Ok(())
    }

    /// `unpause`: thaw it.
    pub fn unpause(&self, c: &Container) -> anyhow::Result<()> {
        check(c, Op::Unpause)?;
        let cg = self.running_cgroup(c)?;
        cg.freeze(false)?;
        container::update_state(&c.dir, |s| s.paused = false)?;
        Ok(())
    }

    /// Thaw a paused container that is being stopped or killed (signals wait in a frozen
    /// cgroup, SIGKILL aside), so that its processes see the signal.
    pub(super) fn thaw_for_stop(&self, c: &Container) {
        crate::runtime::stop::thaw(c);
    }

    /// `update`: new limits, recorded in the container's config and, when it runs, written
    /// to its cgroup at once.
    pub fn update(&self, c: &Container, o: &LimitOptions) -> anyhow::Result<Updated> {
        let r = resources(o)?;
        if !asked(&r) {
            // nothing to change (podman's `update CONTAINER` without flags)
            return Ok(Updated { id: c.id.clone() });
        }
        let Some(mut spec) = c.config.spec.cgroup.clone() else {
            return Err(self
                .running_cgroup(c)
                .err()
                .unwrap_or_else(|| UserError::new(format!("container {} has no cgroup", c.name())))
                .into());
        };
        let merged = spec.resources.merged(&r);
        if c.state.status == Status::Running && c.state.is_alive() {
            let cg = self.running_cgroup(c)?;
            cg.apply(&merged)?;
        }
        spec.resources = merged;
        let mut config = c.config.clone();
        config.spec.cgroup = Some(spec);
        container::save_config(&c.dir, &config)?;
        Ok(Updated { id: c.id.clone() })
    }

    /// One sample of each running container's counters (`stats`): the container and its
    /// sample, taken at the same moment.
    pub fn stats(&self, list: &[Container]) -> Vec<(usize, cgroups::stats::Sample)> {
        list.iter()
            .enumerate()
            .filter_map(|(i, c)| {
                let cg = crate::runtime::cgroup_of(&c.config.spec)?;
                if !(c.state.status == Status::Running && cg.exists()) {
                    return None;
                }
                Some((i, cg.sample(c.state.pid)))
            })
            .collect()
    }

    /// Remove the cgroup leaves that no running container uses (a berth killed with -9).
    pub fn sweep_cgroups(&self) {
        // the list is read only when there is a leaf to judge
        let live = std::cell::OnceCell::<Vec<String>>::new();
        cgroups::sweep(|id| {
            live.get_or_init(|| {
                self.list()
                    .into_iter()
                    .filter(|c| c.state.is_alive())
                    .map(|c| c.id)
                    .collect()
            })
            .iter()
            .any(|l| l == id)
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn o() -> LimitOptions {
        LimitOptions::default()
    }

    #[test]
    fn memory_swap_and_cpus_as_podman() {
        let r = resources(&LimitOptions {
            memory: Some("1g".into()),
            cpus: Some("0.5".into()),
            ..o()
        })
        .unwrap();
        assert_eq!(r.memory, Some(1 << 30));
        assert_eq!(r.memory_swap, Some(2 << 30));
        assert_eq!(r.nano_cpus, Some(500_000_000));
        assert_eq!((r.cpu_quota, r.cpu_period), (Some(50_000), Some(100_000)));
        let w = r.writes();
        assert!(w
            .iter()
            .any(|w| w.file == "cpu.max" && w.value == "50000 100000"));
        assert!(w
            .iter()
            .any(|w| w.file == "memory.swap.max" && w.value == (1i64 << 30).to_string()));
        let e = resources(&LimitOptions {
            memory: Some("abc".into()),
            ..o()
        })
        .unwrap_err();
        assert_eq!(e.message, "invalid value for memory: invalid size: 'abc'");
        let e = resources(&LimitOptions {
            memory: Some("1g".into()),
            memory_swap: Some("512m".into()),
            ..o()
        })
        .unwrap_err();
        assert!(e.message.contains("memoryswap limit should be larger"));
        assert!(resources(&LimitOptions {
            cpus: Some("1".into()),
            cpu_quota: Some("5000".into()),
            ..o()
        })
        .is_err());
        assert!(resources(&LimitOptions {
            memory_swappiness: Some(101),
            ..o()
        })
        .is_err());
        assert!(resources(&LimitOptions {
            blkio_weight: Some("5".into()),
            ..o()
        })
        .is_err());
        assert_eq!(resources(&o()).unwrap(), Resources::default());
    }

    #[test]
    fn modes_are_checked() {
        let e = plan(
            &LimitOptions {
                cgroups: Some("foo".into()),
                ..o()
            },
            "cgroupfs",
        )
        .unwrap_err();
        assert_eq!(e.message, "invalid cgroup mode \"foo\": invalid argument");
        assert!(plan(
            &LimitOptions {
                cgroupns: Some("foo".into()),
                ..o()
            },
            "cgroupfs"
        )
        .is_err());
        let p = plan(
            &LimitOptions {
                cgroups: Some("disabled".into()),
                cgroupns: Some("host".into()),
                oom_score_adj: Some("100".into()),
                ..o()
            },
            "cgroupfs",
        )
        .unwrap();
        assert_eq!(p.cgroup, None);
        assert!(p.cgroupns_host);
        assert_eq!(p.oom_score_adj, Some(100));
    }

    #[test]
    fn update_merges_over_what_was_set() {
        let a = resources(&LimitOptions {
            memory: Some("1g".into()),
            pids_limit: Some("100".into()),
            ..o()
        })
        .unwrap();
        let b = resources(&LimitOptions {
            memory: Some("512m".into()),
            ..o()
        })
        .unwrap();
        let m = a.merged(&b);
        assert_eq!(m.memory, Some(512 << 20));
        assert_eq!(m.pids_limit, Some(100));
        assert_eq!(m.memory_swap, Some(1 << 30));
    }
}
