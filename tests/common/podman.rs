//! Debian's podman, the reference berth is measured against, run as the test user in a test's
//! environment: `--runtime runc`, a vfs store of its own under the TestEnv dir, the same HOME,
//! XDG dirs and XDG_RUNTIME_DIR as berth gets there.
//!
//! Same discipline as `integration()`: without podman a plain `cargo test` skips (saying so
//! once), and under scripts/test.sh (BERTH_TEST_REQUIRED=1) the test fails: scripts/setup-host.sh
//! installs podman and runc on a CI machine.

use super::{Run, TestEnv};
use std::os::unix::fs::chown;
use std::os::unix::process::CommandExt;
use std::path::PathBuf;
use std::process::{Command, Stdio};

pub struct Podman<'a> {
    pub env: &'a TestEnv,
    pub root: PathBuf,
    pub runroot: PathBuf,
}

fn installed() -> bool {
    Command::new("podman")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

impl<'a> Podman<'a> {
    /// podman for `env`; None (skip) when it is not installed and the suite does not require it.
    pub fn new(env: &'a TestEnv) -> Option<Podman<'a>> {
        if !installed() {
            if std::env::var_os("BERTH_TEST_REQUIRED").is_some_and(|v| !v.is_empty() && v != "0") {
                panic!("podman is not installed: the fidelity tests need it (scripts/setup-host.sh installs podman and runc)");
            }
            static SAID: std::sync::Once = std::sync::Once::new();
            SAID.call_once(|| {
                use std::io::Write;
                let _ = writeln!(
                    std::io::stderr(),
                    "skipping the tests beside podman: podman is not installed"
                );
            });
            return None;
        }
        // podman wants a runroot of at most 50 characters
        let name = env.dir.file_name().unwrap().to_string_lossy().into_owned();
        let tail: Vec<&str> = name.rsplit('-').take(2).collect();
        let runroot = PathBuf::from(format!("/tmp/bpm-{}", tail.join("-")));
        let _ = std::fs::remove_dir_all(&runroot);
        std::fs::create_dir_all(&runroot).unwrap();
        chown(&runroot, Some(env.user.uid), Some(env.user.gid)).unwrap();
        Some(Podman {
            env,
            root: env.dir.join("podman-root"),
            runroot,
        })
    }

    pub fn cmd(&self, args: &[&str]) -> Command {
        let u = self.env.user;
        let mut c = Command::new("podman");
        c.arg("--root")
            .arg(&self.root)
            .arg("--runroot")
            .arg(&self.runroot)
            .args(["--runtime", "runc", "--storage-driver", "vfs"])
            .args(args)
            .env_clear()
            .env("HOME", &self.env.home)
            .env("USER", &u.name)
            .env("LOGNAME", &u.name)
            .env("PATH", "/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin")
            .env("XDG_RUNTIME_DIR", &self.env.runtime)
            .env("XDG_CONFIG_HOME", &self.env.config)
            .env("XDG_DATA_HOME", &self.env.data)
            .current_dir(&self.env.dir)
            .stdin(Stdio::null())
            .uid(u.uid)
            .gid(u.gid);
        c
    }

    pub fn run(&self, args: &[&str]) -> Run {
        let out = self.cmd(args).output().expect("spawn podman");
        let mut a = vec!["(podman)".to_string()];
        a.extend(args.iter().map(|s| s.to_string()));
        Run { args: a, out }
    }

    /// Run and insist on exit 0.
    pub fn ok(&self, args: &[&str]) -> Run {
        let r = self.run(args);
        r.assert_code(0);
        r
    }
}

impl Drop for Podman<'_> {
    fn drop(&mut self) {
        // the rootless pause process podman started for this XDG_RUNTIME_DIR is ours to end
        let pidfile = self.env.runtime.join("libpod/tmp/pause.pid");
        if let Ok(pid) = std::fs::read_to_string(pidfile) {
            if let Ok(pid) = pid.trim().parse::<i32>() {
                let _ = Command::new("kill")
                    .args(["-KILL", &pid.to_string()])
                    .status();
            }
        }
        let _ = std::fs::remove_dir_all(&self.runroot);
    }
}
