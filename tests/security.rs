//! The container process's security settings, seen from inside busybox containers as the
//! unprivileged user: capabilities, rlimits, no_new_privs and seccomp. The expected values are
//! what podman 4.3.1 (with runc) shows on this kind of machine for the same flags.

mod common;
use common::*;
use std::collections::HashMap;

fn run(env: &TestEnv, args: &[&str]) -> Run {
    let mut a = vec!["run", "--rm", "--tls-verify=false"];
    a.extend_from_slice(args);
    env.run(&a)
}

fn busybox() -> String {
    image("berth-test/busybox")
}

/// The Cap*, NoNewPrivs and Seccomp lines of the container's /proc/self/status.
fn status(env: &TestEnv, flags: &[&str]) -> HashMap<String, String> {
    let img = busybox();
    let mut args: Vec<&str> = flags.to_vec();
    args.extend([
        img.as_str(),
        "grep",
        "-E",
        "^(Cap|NoNewPrivs|Seccomp)",
        "/proc/self/status",
    ]);
    let r = run(env, &args);
    r.assert_code(0);
    r.stdout()
        .lines()
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect()
}

/// podman's default_capabilities: CHOWN DAC_OVERRIDE FOWNER FSETID KILL SETGID SETUID SETPCAP
/// NET_BIND_SERVICE SYS_CHROOT SETFCAP (bits 0 1 3 4 5 6 7 8 10 18 31).
const DEFAULT_CAPS: u64 = 0x8004_05fb;
const CAP_NET_ADMIN: u64 = 1 << 12;
const CAP_NET_RAW: u64 = 1 << 13;

fn hex(mask: u64) -> String {
    format!("{mask:016x}")
}

/// Every capability of the running kernel.
fn all_caps() -> u64 {
    let last: u32 = std::fs::read_to_string("/proc/sys/kernel/cap_last_cap")
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    (1u64 << (last + 1)) - 1
}

fn assert_caps(s: &HashMap<String, String>, eff: u64, bnd: u64, amb: u64, what: &str) {
    assert_eq!(s["CapEff"], hex(eff), "CapEff {what}: {s:?}");
    assert_eq!(s["CapPrm"], hex(eff), "CapPrm {what}: {s:?}");
    assert_eq!(s["CapBnd"], hex(bnd), "CapBnd {what}: {s:?}");
    assert_eq!(s["CapAmb"], hex(amb), "CapAmb {what}: {s:?}");
}

#[test]
fn default_capabilities_and_filter_are_podmans() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("sec-default");
    let s = status(&env, &[]);
    assert_caps(&s, DEFAULT_CAPS, DEFAULT_CAPS, 0, "by default");
    assert_eq!(
        s["CapInh"],
        hex(0),
        "no inheritable capabilities (CVE-2022-27651)"
    );
    assert_eq!(s["NoNewPrivs"], "0", "podman does not set no_new_privs");
    assert_eq!(s["Seccomp"], "2");
    assert_eq!(s["Seccomp_filters"], "1");
    // root may chown (CAP_CHOWN) and chroot (CAP_SYS_CHROOT)
    let r = run(
        &env,
        &[
            &busybox(),
            "sh",
            "-c",
            "touch /tmp/f && chown 1000 /tmp/f && chroot / true && echo ok",
        ],
    );
    assert_eq!(r.stdout().trim(), "ok", "{}", r.stderr());
}

#[test]
fn cap_add_and_cap_drop_change_the_set() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("sec-caps");
    let s = status(&env, &["--cap-drop", "ALL"]);
    assert_caps(&s, 0, 0, 0, "--cap-drop ALL");
    for name in ["NET_ADMIN", "net_admin", "CAP_NET_ADMIN"] {
        let s = status(&env, &["--cap-add", name]);
        let want = DEFAULT_CAPS | CAP_NET_ADMIN;
        assert_caps(&s, want, want, 0, &format!("--cap-add {name}"));
    }
    let s = status(&env, &["--cap-drop", "chown"]);
    assert_caps(
        &s,
        DEFAULT_CAPS & !1,
        DEFAULT_CAPS & !1,
        0,
        "--cap-drop chown",
    );
    let s = status(&env, &["--cap-drop", "ALL", "--cap-add", "CHOWN"]);
    assert_caps(&s, 1, 1, 0, "--cap-drop ALL --cap-add CHOWN");
    let s = status(&env, &["--cap-add", "ALL", "--cap-drop", "NET_RAW"]);
    let want = all_caps() & !CAP_NET_RAW;
    assert_caps(&s, want, want, 0, "--cap-add ALL --cap-drop NET_RAW");
    // without CAP_CHOWN and CAP_SYS_CHROOT root cannot chown or chroot
    let r = run(
        &env,
        &[
            "--cap-drop",
            "CHOWN,SYS_CHROOT",
            &busybox(),
            "sh",
            "-c",
            "touch /tmp/f; chown 1000 /tmp/f || echo no-chown; chroot / true || echo no-chroot",
        ],
    );
    assert_eq!(
        r.stdout().split_whitespace().collect::<Vec<_>>(),
        vec!["no-chown", "no-chroot"],
        "{}",
        r.stderr()
    );
    // mistakes are refused before the container starts
    let r = run(&env, &["--cap-add", "BOGUS", &busybox(), "true"]);
    r.assert_code(125);
    assert!(
        r.stderr().contains("\"CAP_BOGUS\": unknown capability"),
        "{}",
        r.stderr()
    );
    let r = run(
        &env,
        &[
            "--cap-add",
            "NET_ADMIN",
            "--cap-drop",
            "net_admin",
            &busybox(),
            "true",
        ],
    );
    r.assert_code(125);
    assert!(
        r.stderr().contains("cannot be dropped and added"),
        "{}",
        r.stderr()
    );
    let r = run(
        &env,
        &["--cap-add", "ALL", "--cap-drop", "ALL", &busybox(), "true"],
    );
    r.assert_code(125);
}

#[test]
fn a_non_root_user_keeps_only_added_capabilities() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("sec-nonroot");
    let s = status(&env, &["-u", "1000"]);
    assert_caps(&s, 0, DEFAULT_CAPS, 0, "-u 1000");
    assert_eq!(s["Seccomp"], "2");
    let s = status(&env, &["-u", "1000", "--cap-add", "NET_ADMIN"]);
    assert_caps(
        &s,
        CAP_NET_ADMIN,
        DEFAULT_CAPS | CAP_NET_ADMIN,
        CAP_NET_ADMIN,
        "-u 1000 --cap-add NET_ADMIN",
    );
    assert_eq!(s["CapInh"], hex(CAP_NET_ADMIN));
    // the added capability survives exec through the ambient set, and works
    let r = run(
        &env,
        &[
            "-u",
            "1000",
            "--cap-add",
            "CHOWN",
            &busybox(),
            "sh",
            "-c",
            "touch /tmp/f && chown 0 /tmp/f && echo ok",
        ],
    );
    assert_eq!(r.stdout().trim(), "ok", "{}", r.stderr());
    let r = run(
        &env,
        &[
            "-u",
            "1000",
            &busybox(),
            "sh",
            "-c",
            "touch /tmp/f && chown 0 /tmp/f || echo refused",
        ],
    );
    assert_eq!(r.stdout().trim(), "refused", "{}", r.stderr());
}

#[test]
fn privileged_has_every_capability_and_no_filter() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("sec-priv");
    let s = status(&env, &["--privileged"]);
    assert_caps(&s, all_caps(), all_caps(), 0, "--privileged");
    assert_eq!(s["Seccomp"], "0");
    // as podman: a non-root user of a privileged container gets none
    let s = status(&env, &["--privileged", "-u", "1000"]);
    assert_caps(&s, 0, all_caps(), 0, "--privileged -u 1000");
}

/// (soft, hard) of "Max open files" in a /proc/PID/limits text.
fn open_files(limits: &str) -> (String, String) {
    let l = limits
        .lines()
        .find(|l| l.starts_with("Max open files"))
        .unwrap_or_else(|| panic!("no open files line in {limits}"));
    let f: Vec<&str> = l.split_whitespace().collect();
    (f[3].to_string(), f[4].to_string())
}

#[test]
fn ulimits_apply_and_are_checked() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("sec-ulimit");
    let img = busybox();
    let r = run(
        &env,
        &[
            "--ulimit",
            "nofile=100:200",
            "--ulimit",
            "core=0",
            &img,
            "sh",
            "-c",
            "ulimit -n; ulimit -Hn; ulimit -c; cat /proc/self/limits",
        ],
    );
    r.assert_code(0);
    let out = r.stdout();
    assert_eq!(
        out.lines().take(3).collect::<Vec<_>>(),
        vec!["100", "200", "0"],
        "{out}"
    );
    assert_eq!(open_files(&out), ("100".into(), "200".into()));
    // by default, as podman: the open-files limit is raised to the hard limit (at most 1048576)
    let (_, hard) = open_files(&std::fs::read_to_string("/proc/self/limits").unwrap());
    let want = hard.parse::<u64>().unwrap().min(1_048_576).to_string();
    let r = run(&env, &[&img, "cat", "/proc/self/limits"]);
    assert_eq!(open_files(&r.stdout()), (want.clone(), want.clone()));
    // -1 is the current maximum
    let r = run(
        &env,
        &["--ulimit", "nofile=-1", &img, "sh", "-c", "ulimit -n"],
    );
    assert_eq!(r.stdout().trim(), want, "{}", r.stderr());
    // mistakes end with 125 and say what is wrong
    let too_big = format!("nofile=100:{}", hard.parse::<u64>().unwrap() + 1);
    for (flag, want) in [
        (
            "nofile=300:200",
            "soft limit must be less than or equal to hard limit: 300 > 200",
        ),
        ("bogus=1", "unknown limit \"bogus\""),
        ("nofile", "name=soft[:hard]"),
        ("nofile=abc", "\"abc\" is not a number"),
        (too_big.as_str(), "is above the current hard limit"),
    ] {
        let r = run(&env, &["--ulimit", flag, &img, "true"]);
        r.assert_code(125);
        assert!(r.stderr().contains(want), "--ulimit {flag}: {}", r.stderr());
    }
}

#[test]
fn no_new_privileges_is_set_when_asked() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("sec-nnp");
    for user in ["0", "1000"] {
        let s = status(&env, &["-u", user, "--security-opt", "no-new-privileges"]);
        assert_eq!(s["NoNewPrivs"], "1", "-u {user}: {s:?}");
        assert_eq!(s["Seccomp"], "2", "the filter still goes in (-u {user})");
    }
    let s = status(
        &env,
        &[
            "--security-opt",
            "no-new-privileges",
            "--cap-add",
            "NET_ADMIN",
        ],
    );
    assert_caps(
        &s,
        DEFAULT_CAPS | CAP_NET_ADMIN,
        DEFAULT_CAPS | CAP_NET_ADMIN,
        0,
        "nnp",
    );
}

#[test]
fn the_default_seccomp_profile_refuses_what_podmans_does() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("sec-seccomp");
    let img = busybox();
    let s = status(&env, &["--security-opt", "seccomp=unconfined"]);
    assert_eq!(s["Seccomp"], "0");
    assert_caps(&s, DEFAULT_CAPS, DEFAULT_CAPS, 0, "seccomp=unconfined");
    // swapon/swapoff: EPERM in podman's profile; sethostname, mount, unshare(CLONE_NEWNS),
    // reboot: refused without CAP_SYS_ADMIN/CAP_SYS_BOOT (reboot only reaches this pid
    // namespace, and the test user could not reboot the host anyway)
    let script = "swapoff /dev/null; echo swapoff=$?; swapon /dev/null; echo swapon=$?; \
                  hostname foo; echo hostname=$?; mkdir -p /tmp/m; mount -t tmpfs none /tmp/m; echo mount=$?; \
                  unshare -m true; echo unshare_m=$?; reboot -f; echo reboot=$?; \
                  unshare -U true; echo unshare_U=$?; linux32 true; echo linux32=$?; \
                  grep Seccomp_filters /proc/self/status";
    let r = run(&env, &[&img, "sh", "-c", script]);
    r.assert_code(0);
    let out = r.stdout();
    for want in [
        "swapoff=1",
        "swapon=1",
        "hostname=1",
        "unshare_m=1",
        "reboot=1",
        "unshare_U=0",
        "linux32=0",
        "Seccomp_filters:\t1",
    ] {
        assert!(out.contains(want), "{want} in\n{out}\n{}", r.stderr());
    }
    assert!(!out.contains("mount=0"), "{out}");
    let err = r.stderr();
    assert!(
        err.matches("Operation not permitted").count() >= 4,
        "EPERM for the refused calls:\n{err}"
    );
    // with CAP_SYS_ADMIN the profile lets mount and sethostname through
    let r = run(
        &env,
        &[
            "--cap-add",
            "SYS_ADMIN",
            &img,
            "sh",
            "-c",
            "mkdir -p /tmp/m && mount -t tmpfs none /tmp/m && echo mounted; hostname foo && hostname",
        ],
    );
    assert_eq!(
        r.stdout().split_whitespace().collect::<Vec<_>>(),
        vec!["mounted", "foo"],
        "{}",
        r.stderr()
    );
}

/// Denies mkdir/mkdirat with EPERM, and personality(PER_LINUX32) (an argument rule).
const DENY_MKDIR: &str = r#"{
    "defaultAction": "SCMP_ACT_ALLOW",
    "syscalls": [
        {"names": ["mkdir", "mkdirat"], "action": "SCMP_ACT_ERRNO", "errnoRet": 1},
        {"names": ["personality"], "action": "SCMP_ACT_ERRNO",
         "args": [{"index": 0, "value": 8, "valueTwo": 0, "op": "SCMP_CMP_EQ"}]}
    ]
}"#;

const PROFILE_CHECKS: &str = "mkdir /tmp/x; echo mkdir=$?; touch /tmp/y; echo touch=$?; \
                              linux32 true; echo linux32=$?; linux64 true; echo linux64=$?; \
                              grep -E '^Seccomp:' /proc/self/status";

fn assert_profile_applied(r: &Run) {
    r.assert_code(0);
    let out = r.stdout();
    assert_eq!(
        out.split_whitespace().collect::<Vec<_>>(),
        vec![
            "mkdir=1",
            "touch=0",
            "linux32=1",
            "linux64=0",
            "Seccomp:",
            "2"
        ],
        "{}",
        r.stderr()
    );
    assert!(
        r.stderr()
            .contains("can't create directory '/tmp/x': Operation not permitted"),
        "{}",
        r.stderr()
    );
}

#[test]
fn a_seccomp_profile_file_is_loaded() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("sec-profile-file");
    let path = env.dir.join("deny-mkdir.json");
    std::fs::write(&path, DENY_MKDIR).unwrap();
    std::os::unix::fs::chown(&path, Some(env.user.uid), Some(env.user.gid)).unwrap();
    let opt = format!("seccomp={}", path.display());
    let img = busybox();
    let r = run(
        &env,
        &["--security-opt", &opt, &img, "sh", "-c", PROFILE_CHECKS],
    );
    assert_profile_applied(&r);
    // as podman: an explicit profile applies even with --privileged
    let r = run(
        &env,
        &[
            "--privileged",
            "--security-opt",
            &opt,
            &img,
            "sh",
            "-c",
            PROFILE_CHECKS,
        ],
    );
    assert_profile_applied(&r);
    // a field berth cannot honour is named
    std::fs::write(
        &path,
        r#"{"defaultAction": "SCMP_ACT_ALLOW", "bogusField": 1}"#,
    )
    .unwrap();
    let r = run(&env, &["--security-opt", &opt, &img, "true"]);
    r.assert_code(125);
    assert!(
        r.stderr().contains("unknown field `bogusField`"),
        "{}",
        r.stderr()
    );
    let r = run(
        &env,
        &[
            "--security-opt",
            "seccomp=/no/such/profile.json",
            &img,
            "true",
        ],
    );
    r.assert_code(125);
    assert!(
        r.stderr().contains("/no/such/profile.json"),
        "{}",
        r.stderr()
    );
}

/// The same profile given inline (berth takes JSON text where a path is expected; it is also
/// how a file's profile is carried into the container).
#[test]
fn an_inline_seccomp_profile_is_loaded() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("sec-profile-inline");
    let opt = format!("seccomp={DENY_MKDIR}");
    let img = busybox();
    let r = run(
        &env,
        &["--security-opt", &opt, &img, "sh", "-c", PROFILE_CHECKS],
    );
    assert_profile_applied(&r);
    let r = run(
        &env,
        &[
            "-u",
            "1000",
            "--security-opt",
            &opt,
            &img,
            "sh",
            "-c",
            PROFILE_CHECKS,
        ],
    );
    assert_profile_applied(&r);
    let r = run(
        &env,
        &[
            "--security-opt",
            r#"seccomp={"defaultAction": "SCMP_ACT_ALLOW", "bogusField": 1}"#,
            &img,
            "true",
        ],
    );
    r.assert_code(125);
    assert!(
        r.stderr().contains("unknown field `bogusField`"),
        "{}",
        r.stderr()
    );
}
