//! The test environment: the real berth binary, run as the unprivileged test user in a private
//! home, against the real loopback registry that scripts/test.sh starts. Nothing is mocked.
#![allow(dead_code)]

pub mod http;
pub mod podman;

#[allow(unused_imports)] // each test file takes what it needs
pub use http::{free_port, http_get, http_get_soon};

use std::os::unix::fs::{chown, PermissionsExt};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

/// Every variable scripts/test.sh sets for the integration tests.
const TEST_VARS: &[&str] = &[
    "BERTH_TEST_USER",
    "BERTH_TEST_NOSUB_USER",
    "BERTH_TEST_WORKDIR",
    "BERTH_TEST_IMAGES",
    "BERTH_TEST_REGISTRY",
    "BERTH_TEST_AUTH_REGISTRY",
    "BERTH_TEST_TOKEN_REGISTRY",
    "BERTH_TEST_AUTH_USER",
    "BERTH_TEST_AUTH_PASSWORD",
    "BERTH_TEST_CA",
];

/// Whether the integration environment (test users, registries) is there. Every integration
/// test calls this first and returns at once when it is false: a plain `cargo test` runs the
/// unit tests and says once per test binary how to run the rest. Under scripts/test.sh
/// (BERTH_TEST_REQUIRED=1) skipping is impossible: a missing variable panics.
pub fn integration() -> bool {
    let missing = TEST_VARS
        .iter()
        .find(|v| std::env::var_os(v).is_none_or(|x| x.is_empty()));
    let Some(missing) = missing else {
        return true;
    };
    if std::env::var_os("BERTH_TEST_REQUIRED").is_some_and(|v| !v.is_empty() && v != "0") {
        env_var(missing);
        unreachable!("{missing} is set");
    }
    static SAID: std::sync::Once = std::sync::Once::new();
    SAID.call_once(|| {
        use std::io::Write;
        // straight to stderr: the test harness captures eprintln! of passing tests
        let _ = writeln!(
            std::io::stderr(),
            "skipping the integration tests ({missing} is not set): run them with `sudo scripts/test.sh`"
        );
    });
    false
}

/// Poll `f` (every 50 ms) until it gives a value, and return that; panic after `timeout`,
/// naming `what` and what `f` last saw (`Err(observation)`).
#[track_caller]
pub fn wait_until<T, O: std::fmt::Debug>(
    what: &str,
    timeout: std::time::Duration,
    mut f: impl FnMut() -> Result<T, O>,
) -> T {
    let start = std::time::Instant::now();
    loop {
        match f() {
            Ok(v) => return v,
            Err(last) => {
                if start.elapsed() >= timeout {
                    panic!("timed out after {timeout:?} waiting for {what}; last seen: {last:?}");
                }
            }
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

pub fn env_var(name: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| {
        panic!("{name} is not set: run the integration tests through scripts/test.sh (as root), which prepares the test user and registries")
    })
}

pub struct User {
    pub name: String,
    pub uid: u32,
    pub gid: u32,
}

fn lookup_user(name: String) -> User {
    let out = Command::new("id")
        .args(["-u", &name])
        .output()
        .expect("id -u");
    let uid = String::from_utf8_lossy(&out.stdout)
        .trim()
        .parse()
        .expect("uid of test user");
    let out = Command::new("id")
        .args(["-g", &name])
        .output()
        .expect("id -g");
    let gid = String::from_utf8_lossy(&out.stdout)
        .trim()
        .parse()
        .expect("gid of test user");
    User { name, uid, gid }
}

pub fn test_user() -> &'static User {
    static U: OnceLock<User> = OnceLock::new();
    U.get_or_init(|| lookup_user(env_var("BERTH_TEST_USER")))
}

/// A user with no subordinate id range.
pub fn nosub_user() -> &'static User {
    static U: OnceLock<User> = OnceLock::new();
    U.get_or_init(|| lookup_user(env_var("BERTH_TEST_NOSUB_USER")))
}

/// The user's first subordinate uid (from /etc/subuid).
pub fn subuid_start() -> u32 {
    let text = std::fs::read_to_string("/etc/subuid").unwrap();
    let u = test_user();
    text.lines()
        .find_map(|l| {
            let f: Vec<&str> = l.split(':').collect();
            (f.len() == 3 && (f[0] == u.name || f[0] == u.uid.to_string()))
                .then(|| f[1].parse().unwrap())
        })
        .expect("test user has a subuid range")
}

pub fn workdir() -> PathBuf {
    PathBuf::from(env_var("BERTH_TEST_WORKDIR"))
}

/// The berth binary, copied where the test user can run it (the checkout may be under /root).
pub fn berth_bin() -> &'static Path {
    static B: OnceLock<PathBuf> = OnceLock::new();
    B.get_or_init(|| {
        let src = PathBuf::from(env!("CARGO_BIN_EXE_berth"));
        let dir = workdir().join("bin");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
        sweep_stale_copies(&dir);
        let dest = dir.join(format!("berth-{}", std::process::id()));
        let tmp = dir.join(format!(".berth-{}.tmp", std::process::id()));
        std::fs::copy(&src, &tmp).unwrap();
        std::fs::set_permissions(&tmp, std::fs::Permissions::from_mode(0o755)).unwrap();
        std::fs::rename(&tmp, &dest).unwrap();
        dest
    })
}

/// Copies left by test processes that have ended (each copy is 200 MB): removed, so a long
/// series of runs does not fill the disk.
fn sweep_stale_copies(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        let pid = name
            .trim_start_matches('.')
            .trim_start_matches("berth-")
            .trim_end_matches(".tmp");
        if let Ok(pid) = pid.parse::<u32>() {
            if !Path::new(&format!("/proc/{pid}")).exists() {
                let _ = std::fs::remove_file(e.path());
            }
        }
    }
}

pub fn registry() -> String {
    env_var("BERTH_TEST_REGISTRY")
}

/// What mkimages.py pushed: name → digests, diff ids, files.
pub fn images_json() -> &'static serde_json::Value {
    static J: OnceLock<serde_json::Value> = OnceLock::new();
    J.get_or_init(|| {
        serde_json::from_slice(&std::fs::read(env_var("BERTH_TEST_IMAGES")).unwrap()).unwrap()
    })
}

pub fn image_id(repo: &str) -> String {
    images_json()[repo]["config_digest"]
        .as_str()
        .unwrap()
        .trim_start_matches("sha256:")
        .to_string()
}

/// A fully-qualified test image reference in the plain-HTTP registry.
pub fn image(repo: &str) -> String {
    format!("{}/{repo}:latest", registry())
}

/// A private home, data, config and runtime dir for one test, owned by the test user.
pub struct TestEnv {
    pub dir: PathBuf,
    pub home: PathBuf,
    pub data: PathBuf,
    pub config: PathBuf,
    pub runtime: PathBuf,
    pub extra_env: Vec<(String, String)>,
    pub unset_runtime_dir: bool,
    pub user: &'static User,
}

impl TestEnv {
    pub fn new(name: &str) -> TestEnv {
        Self::new_as(name, test_user())
    }

    pub fn new_as(name: &str, u: &'static User) -> TestEnv {
        static N: AtomicUsize = AtomicUsize::new(0);
        let n = N.fetch_add(1, Ordering::SeqCst);
        let root = workdir();
        std::fs::create_dir_all(&root).unwrap();
        let dir = root.join(format!("t-{name}-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let mk = |p: &Path, mode: u32| {
            std::fs::create_dir_all(p).unwrap();
            chown(p, Some(u.uid), Some(u.gid)).unwrap();
            std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode)).unwrap();
        };
        mk(&dir, 0o755);
        let home = dir.join("home");
        let data = home.join(".local/share");
        let config = home.join(".config");
        let runtime = dir.join("run");
        for p in [&home, &home.join(".local"), &data, &config, &runtime] {
            mk(p, 0o700);
        }
        TestEnv {
            dir,
            home,
            data,
            config,
            runtime,
            extra_env: Vec::new(),
            unset_runtime_dir: false,
            user: u,
        }
    }

    /// berth with the given arguments, as the test user, in this environment.
    pub fn cmd(&self, args: &[&str]) -> Command {
        let u = self.user;
        let mut c = Command::new(berth_bin());
        c.args(args)
            .env_clear()
            .env("HOME", &self.home)
            .env("USER", &u.name)
            .env("LOGNAME", &u.name)
            // the tests read the hints; a script gets podman's one Error line (engine.rs)
            .env("BERTH_HINTS", "always")
            .env("PATH", "/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin")
            .env("XDG_DATA_HOME", &self.data)
            .env("XDG_CONFIG_HOME", &self.config)
            .current_dir(&self.dir)
            .stdin(Stdio::null())
            .uid(u.uid)
            .gid(u.gid);
        if !self.unset_runtime_dir {
            c.env("XDG_RUNTIME_DIR", &self.runtime);
        }
        for (k, v) in &self.extra_env {
            c.env(k, v);
        }
        c
    }

    pub fn run(&self, args: &[&str]) -> Run {
        let out = self.cmd(args).output().expect("spawn berth");
        Run {
            args: args.iter().map(|s| s.to_string()).collect(),
            out,
        }
    }

    /// Run and insist on exit 0.
    pub fn ok(&self, args: &[&str]) -> Run {
        let r = self.run(args);
        r.assert_code(0);
        r
    }

    pub fn pull(&self, repo: &str) -> Run {
        self.ok(&["pull", "-q", "--tls-verify=false", &image(repo)])
    }

    pub fn store(&self) -> PathBuf {
        self.data.join("berth/storage")
    }

    /// Layer directories in the store.
    pub fn layer_dirs(&self) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(self.store().join("layers"))
            .map(|rd| {
                rd.flatten()
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default();
        v.sort();
        v
    }

    /// Entries left in the store's tmp/ dir.
    pub fn tmp_entries(&self) -> Vec<String> {
        std::fs::read_dir(self.store().join("tmp"))
            .map(|rd| {
                rd.flatten()
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default()
    }

    pub fn write_config(&self, rel: &str, text: &str) -> PathBuf {
        let p = self.config.join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(&p, text).unwrap();
        let u = self.user;
        let mut cur = p.clone();
        while cur.starts_with(&self.config) {
            chown(&cur, Some(u.uid), Some(u.gid)).unwrap();
            if !cur.pop() {
                break;
            }
        }
        p
    }
}

impl Drop for TestEnv {
    fn drop(&mut self) {
        if !std::thread::panicking() {
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }
}

pub struct Run {
    pub args: Vec<String>,
    pub out: Output,
}

impl Run {
    pub fn code(&self) -> i32 {
        self.out.status.code().unwrap_or(-1)
    }
    pub fn stdout(&self) -> String {
        String::from_utf8_lossy(&self.out.stdout).into_owned()
    }
    pub fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.out.stderr).into_owned()
    }
    pub fn assert_code(&self, code: i32) -> &Self {
        assert_eq!(
            self.code(),
            code,
            "berth {:?} exited {} (wanted {code})\nstdout:\n{}\nstderr:\n{}",
            self.args,
            self.code(),
            self.stdout(),
            self.stderr()
        );
        self
    }
}

/// Live processes of this test's berth (monitors, inits, foreground runs), told apart from
/// other tests' by their environment (the tests run as root and may read it).
pub fn berth_processes(env: &TestEnv) -> Vec<String> {
    let bin = berth_bin().to_string_lossy().into_owned();
    let mine = format!("XDG_DATA_HOME={}", env.data.display());
    let mut out = Vec::new();
    for e in std::fs::read_dir("/proc").unwrap().flatten() {
        let Some(pid) = e.file_name().to_str().and_then(|s| s.parse::<i32>().ok()) else {
            continue;
        };
        let cmd = std::fs::read(format!("/proc/{pid}/cmdline")).unwrap_or_default();
        let cmd = String::from_utf8_lossy(&cmd).replace('\0', " ");
        if !cmd.starts_with(&bin) {
            continue;
        }
        let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
        let zombie = stat
            .rsplit_once(')')
            .is_some_and(|(_, a)| a.trim_start().starts_with('Z'));
        let environ = std::fs::read(format!("/proc/{pid}/environ")).unwrap_or_default();
        let ours = environ.split(|b| *b == 0).any(|v| v == mine.as_bytes());
        if ours && !zombie {
            out.push(format!("{pid} {cmd}"));
        }
    }
    out
}

/// Give `p` (and all under it) to the test user, so that berth, run as that user, can read
/// and change what a test wrote as root.
pub fn give_to_user(p: &Path, env: &TestEnv) {
    std::os::unix::fs::lchown(p, Some(env.user.uid), Some(env.user.gid)).unwrap();
    if p.is_dir() && !p.is_symlink() {
        for e in std::fs::read_dir(p).unwrap().flatten() {
            give_to_user(&e.path(), env);
        }
    }
}
