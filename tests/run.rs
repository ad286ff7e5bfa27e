//! `berth run` in the foreground, as the unprivileged user: namespaces, the rootfs, the
//! process and exit codes, checked from inside the container with busybox.

mod common;
use common::*;

fn run(env: &TestEnv, args: &[&str]) -> Run {
    let mut a = vec!["run", "--rm", "--tls-verify=false"];
    a.extend_from_slice(args);
    env.run(&a)
}

#[test]
fn the_container_sees_its_own_namespaces() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("run-ns");
    let img = image("berth-test/layered");
    let r = run(&env, &[&img, "cat", "/proc/self/uid_map"]);
    r.assert_code(0);
    let lines: Vec<Vec<String>> = r
        .stdout()
        .lines()
        .map(|l| l.split_whitespace().map(str::to_string).collect())
        .collect();
    assert_eq!(
        lines[0],
        vec!["0".to_string(), test_user().uid.to_string(), "1".into()]
    );
    assert_eq!(
        lines[1],
        vec!["1".to_string(), subuid_start().to_string(), "65536".into()]
    );
    // host processes are invisible: only pid 1
    let r = run(&env, &[&img, "ps", "-o", "pid"]);
    assert_eq!(
        r.stdout().split_whitespace().collect::<Vec<_>>(),
        vec!["PID", "1"],
        "{}",
        r.stdout()
    );
    // hostname and IPC are the container's
    let r = run(&env, &["--hostname", "box1", &img, "hostname"]);
    assert_eq!(r.stdout().trim(), "box1");
    let host_ipc = std::fs::read_link("/proc/self/ns/ipc").unwrap();
    let r = run(&env, &[&img, "readlink", "/proc/self/ns/ipc"]);
    assert_ne!(r.stdout().trim(), host_ipc.to_str().unwrap());
    // image files keep their in-image owners
    let r = run(&env, &[&img, "stat", "-c", "%u:%g", "/data/owned-by-1000"]);
    assert_eq!(r.stdout().trim(), "1000:1000");
    // whiteouts and opaque dirs apply: deleted file gone, opaque dir shows only the new file
    let r = run(
        &env,
        &[
            &img,
            "sh",
            "-c",
            "ls /data/opaque-dir; test -e /data/to-be-deleted && echo present || echo gone",
        ],
    );
    assert_eq!(
        r.stdout().split_whitespace().collect::<Vec<_>>(),
        vec!["new-1", "gone"],
        "{}",
        r.stderr()
    );
    // only lo in a --network none container
    let r = run(&env, &["--network", "none", &img, "ls", "/sys/class/net"]);
    assert_eq!(r.stdout().trim(), "lo");
}

#[test]
fn exit_codes_are_podmans() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("run-exit");
    let img = image("berth-test/busybox");
    run(&env, &[&img, "true"]).assert_code(0);
    run(&env, &[&img, "false"]).assert_code(1);
    run(&env, &[&img, "sh", "-c", "exit 42"]).assert_code(42);
    let r = run(&env, &[&img, "no-such-command"]);
    r.assert_code(127);
    assert!(r.stderr().contains("not found"), "{}", r.stderr());
    let r = run(&env, &[&img, "/etc/passwd"]);
    r.assert_code(126);
    assert!(r.stderr().contains("permission denied"), "{}", r.stderr());
    // a signal ends the process: 128+n
    run(&env, &[&img, "sh", "-c", "sh -c 'kill -9 $$'; exit $?"]).assert_code(137);
    let r = env.run(&["run", "--rm", "--pull=never", "localhost/not-here", "true"]);
    r.assert_code(125);
    assert!(r.stderr().contains("image not known"), "{}", r.stderr());
    let r = env.run(&["run", "--rm", "--bogus-flag", &img]);
    r.assert_code(125);
}

#[test]
fn process_settings_follow_the_flags() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("run-process");
    let img = image("berth-test/busybox");
    let r = run(
        &env,
        &[
            "-e",
            "FOO=bar",
            "-w",
            "/tmp",
            "-u",
            "app",
            &img,
            "sh",
            "-c",
            "echo $FOO $(pwd) $(id -u):$(id -g) $HOME $HOSTNAME",
        ],
    );
    r.assert_code(0);
    let f: Vec<String> = r.stdout().split_whitespace().map(str::to_string).collect();
    assert_eq!(&f[..4], &["bar", "/tmp", "1000:1000", "/home/app"]);
    let r = run(&env, &["-u", "1234:50", &img, "id"]);
    assert!(
        r.stdout().contains("uid=1234") && r.stdout().contains("gid=50"),
        "{}",
        r.stdout()
    );
    let r = run(&env, &["--entrypoint", "echo", &img, "hello", "world"]);
    assert_eq!(r.stdout().trim(), "hello world");
    let r = run(&env, &["-u", "nobody-here", &img, "true"]);
    r.assert_code(125);
    assert!(
        r.stderr().contains("unable to find user nobody-here"),
        "{}",
        r.stderr()
    );
    // stdin is /dev/null without -i
    let r = run(&env, &[&img, "cat"]);
    assert_eq!(r.stdout(), "");
}

#[test]
fn the_container_is_confined() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("run-confined");
    let img = image("berth-test/busybox");
    // --read-only refuses writes
    let r = run(&env, &["--read-only", &img, "touch", "/newfile"]);
    assert_ne!(r.code(), 0);
    assert!(r.stderr().contains("Read-only"), "{}", r.stderr());
    // masked and read-only kernel paths
    let masked_files: Vec<&str> = [
        "/proc/kcore",
        "/proc/keys",
        "/proc/timer_list",
        "/proc/interrupts",
        "/proc/sched_debug",
    ]
    .into_iter()
    .filter(|p| {
        std::fs::metadata(p).is_ok_and(|m| m.is_file())
            && std::fs::read(p).is_ok_and(|d| !d.is_empty())
    })
    .collect();
    assert!(
        !masked_files.is_empty(),
        "the host shows some of podman's masked files"
    );
    let script = format!("for f in {}; do wc -c < $f; done; ls /proc/acpi | wc -l; echo x > /proc/sys/kernel/hostname 2>&1 || echo refused", masked_files.join(" "));
    let r = run(&env, &[&img, "sh", "-c", &script]);
    let out = r.stdout();
    let mut want: Vec<&str> = masked_files.iter().map(|_| "0").collect();
    want.extend(["0", "refused"]);
    assert_eq!(
        out.split_whitespace().collect::<Vec<_>>(),
        want,
        "{}",
        r.stderr()
    );
    // a host file it was not given is not there
    let secret = env.dir.join("host-secret");
    std::fs::write(&secret, "secret").unwrap();
    let r = run(&env, &[&img, "cat", secret.to_str().unwrap()]);
    assert_ne!(r.code(), 0);
    assert!(!r.stdout().contains("secret"));
    // a write in one container is gone in the next (--rm)
    run(&env, &[&img, "touch", "/tmp/marker"]).assert_code(0);
    run(&env, &[&img, "test", "-e", "/tmp/marker"]).assert_code(1);
    assert!(
        std::fs::read_dir(env.store().join("containers"))
            .unwrap()
            .flatten()
            // the name index
            .all(|e| e.file_name() == ".names"),
        "--rm removed the container"
    );
    // only stdio is open in the container
    let r = run(&env, &[&img, "ls", "/proc/self/fd"]);
    assert_eq!(
        r.stdout().split_whitespace().collect::<Vec<_>>(),
        vec!["0", "1", "2", "3"],
        "ls itself opens fd 3: {}",
        r.stdout()
    );
}

/// Run berth with a pseudo-terminal of the given size as its stdio; returns (exit, output).
fn run_on_pty(env: &TestEnv, args: &[&str], input: &[u8]) -> (i32, String) {
    use std::io::{Read, Write};
    use std::os::fd::{AsRawFd, FromRawFd};
    let ws = nix::pty::Winsize {
        ws_row: 33,
        ws_col: 101,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    let pty = nix::pty::openpty(Some(&ws), None).unwrap();
    let slave = pty.slave;
    let mut cmd = env.cmd(args);
    let dup = |fd: &std::os::fd::OwnedFd| unsafe {
        std::process::Stdio::from_raw_fd(nix::unistd::dup(fd).unwrap().into_raw_fd_compat())
    };
    cmd.stdin(dup(&slave))
        .stdout(dup(&slave))
        .stderr(dup(&slave));
    let mut child = cmd.spawn().unwrap();
    drop(cmd); // it holds copies of the slave: the master sees EOF only once all are closed
    drop(slave);
    let mut master = std::fs::File::from(pty.master);
    master.write_all(input).unwrap();
    let mut out = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        match master.read(&mut buf) {
            Ok(0) | Err(_) => break, // EIO when the last slave closes
            Ok(n) => out.extend_from_slice(&buf[..n]),
        }
    }
    let _ = master.as_raw_fd();
    let code = child.wait().unwrap().code().unwrap_or(-1);
    (code, String::from_utf8_lossy(&out).replace('\r', ""))
}

trait IntoRawFdCompat {
    fn into_raw_fd_compat(self) -> std::os::fd::RawFd;
}
impl IntoRawFdCompat for std::os::fd::OwnedFd {
    fn into_raw_fd_compat(self) -> std::os::fd::RawFd {
        std::os::fd::IntoRawFd::into_raw_fd(self)
    }
}

#[test]
fn tty_gives_a_real_terminal_with_the_window_size() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("run-tty");
    env.pull("berth-test/busybox");
    let img = image("berth-test/busybox");
    let (code, out) = run_on_pty(
        &env,
        &[
            "run",
            "--rm",
            "-t",
            &img,
            "sh",
            "-c",
            "tty; stty size; test -t 1 && echo out-is-tty; exit 4",
        ],
        b"",
    );
    assert_eq!(code, 4, "{out}");
    assert!(out.contains("/dev/pts/0"), "{out}");
    assert!(out.contains("33 101"), "window size passed through: {out}");
    assert!(out.contains("out-is-tty"), "{out}");
    // -i -t: what is typed reaches the container
    let (code, out) = run_on_pty(
        &env,
        &[
            "run",
            "--rm",
            "-i",
            "-t",
            &img,
            "sh",
            "-c",
            "read line; echo got:$line",
        ],
        b"hello\n",
    );
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("got:hello"), "{out}");
}

/// A terminal resized while the container runs: berth, in the terminal's foreground process
/// group as under a shell, gets SIGWINCH and passes the new size to the container's terminal.
#[test]
fn tty_follows_a_window_resize() {
    if !integration() {
        return;
    }
    use std::io::{Read, Write};
    use std::os::fd::{AsRawFd, FromRawFd};
    use std::os::unix::process::CommandExt;
    let env = TestEnv::new("run-tty-resize");
    env.pull("berth-test/busybox");
    let img = image("berth-test/busybox");
    let ws = |rows, cols| nix::pty::Winsize {
        ws_row: rows,
        ws_col: cols,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    let pty = nix::pty::openpty(Some(&ws(33, 101)), None).unwrap();
    let slave = pty.slave;
    let mut cmd = env.cmd(&[
        "run",
        "--rm",
        "-t",
        &img,
        "sh",
        "-c",
        "trap 'echo resized; stty size; exit 7' WINCH; stty size; i=0; while [ $i -lt 100 ]; do sleep 0.1; i=$((i+1)); done",
    ]);
    let dup = |fd: &std::os::fd::OwnedFd| unsafe {
        std::process::Stdio::from_raw_fd(nix::unistd::dup(fd).unwrap().into_raw_fd_compat())
    };
    cmd.stdin(dup(&slave))
        .stdout(dup(&slave))
        .stderr(dup(&slave));
    // SAFETY: setsid and TIOCSCTTY are async-signal-safe: the child gets the terminal as its
    // controlling one, as a shell's job has it.
    unsafe {
        cmd.pre_exec(|| {
            if libc::setsid() < 0 || libc::ioctl(0, libc::TIOCSCTTY, 0) < 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let mut child = cmd.spawn().unwrap();
    drop(cmd);
    drop(slave);
    let mut master = std::fs::File::from(pty.master);
    let mut out = String::new();
    let mut buf = [0u8; 4096];
    let mut resized = false;
    loop {
        match master.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => out.push_str(&String::from_utf8_lossy(&buf[..n])),
        }
        if !resized && out.contains("33 101") {
            let w = ws(41, 123);
            // SAFETY: TIOCSWINSZ reads a winsize struct that lives across the call.
            let r = unsafe { libc::ioctl(master.as_raw_fd(), libc::TIOCSWINSZ, &w) };
            assert_eq!(r, 0);
            resized = true;
        }
    }
    let _ = master.flush();
    let code = child.wait().unwrap().code().unwrap_or(-1);
    let out = out.replace('\r', "");
    assert!(resized, "the first size never came: {out}");
    assert_eq!(code, 7, "the container never saw SIGWINCH: {out}");
    assert!(
        out.contains("resized\n41 123"),
        "new size not passed: {out}"
    );
}

#[test]
fn every_storage_driver_builds_the_same_rootfs() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("run-drivers");
    let img = image("berth-test/layered");
    env.pull("berth-test/layered");
    for driver in ["overlay", "fuse-overlayfs", "vfs"] {
        let r = env.ok(&[
            "--storage-driver",
            driver,
            "run",
            "--rm",
            &img,
            "sh",
            "-c",
            "grep ' / ' /proc/mounts | cut -d' ' -f3; ls /data/opaque-dir; test -e /data/to-be-deleted && echo present || echo gone; stat -c %u:%g /data/owned-by-1000; cat /data/zstd-file; echo; echo w > /written && cat /written",
        ]);
        let out: Vec<String> = r.stdout().lines().map(str::to_string).collect();
        let fs = match driver {
            "overlay" => "overlay",
            "fuse-overlayfs" => "fuse.fuse-overlayfs",
            _ => "ext4",
        };
        assert!(
            out[0] == fs || (driver == "vfs" && !out[0].contains("overlay")),
            "{driver}: {out:?}"
        );
        assert_eq!(
            &out[1..],
            &["new-1", "gone", "1000:1000", "zstd layer", "w"],
            "{driver}: {}",
            r.stderr()
        );
    }
    // no fuse-overlayfs keeps running once its container is gone (a zombie awaiting init is gone)
    wait_until(
        "no fuse-overlayfs of this store",
        std::time::Duration::from_secs(5),
        || {
            let out = std::process::Command::new("ps")
                .args(["-u", &env.user.uid.to_string(), "-o", "stat=,args="])
                .output()
                .unwrap();
            // only this test's (others run at the same time); a zombie awaiting init is gone
            let store = env.store().display().to_string();
            let live: Vec<String> = String::from_utf8_lossy(&out.stdout)
                .lines()
                .filter(|l| {
                    l.contains("fuse-overlayfs")
                        && l.contains(&store)
                        && !l.trim_start().starts_with('Z')
                })
                .map(str::to_string)
                .collect();
            if live.is_empty() {
                Ok(())
            } else {
                Err(live)
            }
        },
    );
}

#[test]
fn without_subordinate_ids_a_container_runs_with_one_id_and_says_how_to_fix_it() {
    if !integration() {
        return;
    }
    let env = TestEnv::new_as("run-nosub", nosub_user());
    let img = image("berth-test/layered");
    let r = env.ok(&[
        "run",
        "--rm",
        "--tls-verify=false",
        "-q",
        &img,
        "cat",
        "/proc/self/uid_map",
    ]);
    assert!(
        r.stderr().contains("usermod --add-subuids") && r.stderr().contains(&nosub_user().name),
        "{}",
        r.stderr()
    );
    let map: Vec<String> = r.stdout().split_whitespace().map(str::to_string).collect();
    assert_eq!(
        map,
        vec!["0".to_string(), nosub_user().uid.to_string(), "1".into()]
    );
    // another uid cannot exist in a one-id namespace: a clear error, not a crash
    let r = env.run(&["run", "--rm", "-u", "1000", &img, "true"]);
    r.assert_code(125);
    assert!(r.stderr().contains("mapped"), "{}", r.stderr());
}

#[test]
fn exec_tty_gives_a_terminal_too() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("run-exec-tty");
    env.pull("berth-test/busybox");
    let img = image("berth-test/busybox");
    let id = env
        .ok(&["run", "-d", "--network", "none", &img, "sleep", "100"])
        .stdout()
        .trim()
        .to_string();
    let (code, out) = run_on_pty(
        &env,
        &["exec", "-t", &id, "sh", "-c", "tty; stty size; exit 5"],
        b"",
    );
    assert_eq!(code, 5, "{out}");
    assert!(out.contains("/dev/pts/") && out.contains("33 101"), "{out}");
    env.ok(&["rm", "-f", "-t", "0", &id]);
}
