//! `login`/`pull`/`logout` against a registry with Docker token auth: registry C answers 401
//! with `WWW-Authenticate: Bearer realm=...,service=...,scope=...`, and its token server
//! (tests/fixtures/tokenserver.py) issues RS256 JWTs for the user's basic credentials only
//! (anonymous token requests get 401). Plain HTTP, so berth runs with --tls-verify=false.
//! The password never appears in berth's output.

mod common;
use common::*;
use std::io::{Read, Write};
use std::os::unix::fs::MetadataExt;
use std::process::{Output, Stdio};
use std::sync::{Arc, Mutex};

fn token_registry() -> String {
    env_var("BERTH_TEST_TOKEN_REGISTRY")
}

fn creds() -> (String, String) {
    (
        env_var("BERTH_TEST_AUTH_USER"),
        env_var("BERTH_TEST_AUTH_PASSWORD"),
    )
}

fn busybox(reg: &str) -> String {
    format!("{reg}/berth-test/busybox:latest")
}

/// berth with `input` on stdin.
fn run_stdin(env: &TestEnv, args: &[&str], input: &str) -> Output {
    let mut c = env.cmd(args);
    c.stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = c.spawn().expect("spawn berth");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn assert_no_leak(what: &str, stdout: &str, stderr: &str, pass: &str) {
    assert!(
        !stdout.contains(pass) && !stderr.contains(pass),
        "{what}: password leaked\nstdout:\n{stdout}\nstderr:\n{stderr}"
    );
}

/// A relay on a loopback port of its own to `to`, keeping every byte clients send through it
/// (each connection relayed both ways until either side closes).
fn recording_relay(to: String) -> (String, Arc<Mutex<Vec<u8>>>) {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap().to_string();
    let seen = Arc::new(Mutex::new(Vec::new()));
    let kept = seen.clone();
    std::thread::spawn(move || {
        for client in listener.incoming() {
            let Ok(mut client) = client else { continue };
            let Ok(mut up) = std::net::TcpStream::connect(&to) else {
                continue;
            };
            let (mut client_w, mut up_r) = (client.try_clone().unwrap(), up.try_clone().unwrap());
            std::thread::spawn(move || {
                let _ = std::io::copy(&mut up_r, &mut client_w);
                let _ = client_w.shutdown(std::net::Shutdown::Write);
            });
            let kept = kept.clone();
            std::thread::spawn(move || {
                let mut buf = [0u8; 16384];
                while let Ok(n) = client.read(&mut buf) {
                    if n == 0 {
                        break;
                    }
                    kept.lock().unwrap().extend_from_slice(&buf[..n]);
                    if up.write_all(&buf[..n]).is_err() {
                        break;
                    }
                }
                let _ = up.shutdown(std::net::Shutdown::Write);
            });
        }
    });
    (addr, seen)
}

/// What this file is about: `GET /v2/` without a token is a 401 with a Bearer challenge
/// naming a realm (not Basic auth, not open), and berth answers it the token way: through a
/// relay that keeps what berth sends the registry, login and pull succeed with requests that
/// carry a Bearer token and never the user's password (that goes to the token server only).
#[test]
fn berth_answers_the_registrys_bearer_challenge_with_a_token() {
    if !integration() {
        return;
    }
    let reg = token_registry();
    let mut s = std::net::TcpStream::connect(&reg).expect("connect to the token registry");
    s.set_read_timeout(Some(std::time::Duration::from_secs(10)))
        .unwrap();
    write!(s, "GET /v2/ HTTP/1.0\r\nHost: {reg}\r\n\r\n").unwrap();
    let mut resp = String::new();
    s.read_to_string(&mut resp).unwrap();
    let head = resp.split("\r\n\r\n").next().unwrap().to_ascii_lowercase();
    assert!(
        head.starts_with("http/1.0 401") || head.starts_with("http/1.1 401"),
        "{resp}"
    );
    assert!(
        head.contains("www-authenticate: bearer realm=\"http://127.0.0.1:")
            && head.contains("service=\"berth-token-test\""),
        "{resp}"
    );

    let env = TestEnv::new("token-challenge");
    let (user, pass) = creds();
    let (relay, seen) = recording_relay(reg);
    // as text (the TLS hello berth tries first shown as dots)
    let sent = || -> String {
        seen.lock()
            .unwrap()
            .iter()
            .map(|b| match b {
                b'\r' | b'\n' | b' '..=b'~' => b.to_ascii_lowercase() as char,
                _ => '.',
            })
            .collect()
    };
    let r = env.ok(&[
        "login",
        "--tls-verify=false",
        "-u",
        &user,
        "-p",
        &pass,
        &relay,
    ]);
    assert_eq!(r.stdout().trim(), "Login Succeeded!");
    let login = sent();
    assert!(
        login.contains("get /v2/ http/1.1") && login.contains("\r\nauthorization: bearer "),
        "login did not answer with a token:\n{login}"
    );
    assert!(
        !login.contains("authorization: basic"),
        "login sent the password to the registry:\n{login}"
    );
    let r = env.ok(&[
        "pull",
        "-q",
        "--tls-verify=false",
        &format!("{relay}/berth-test/busybox:latest"),
    ]);
    assert_eq!(r.stdout().trim(), image_id("berth-test/busybox"));
    let all = sent();
    let pull = &all[login.len()..];
    assert!(
        pull.contains("get /v2/berth-test/busybox/manifests/latest")
            && pull.contains("\r\nauthorization: bearer "),
        "pull did not answer with a token:\n{pull}"
    );
    assert!(
        !all.contains("authorization: basic"),
        "the password went to the registry:\n{all}"
    );
}

#[test]
fn pull_without_login_needs_login() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("token-nologin");
    let reg = token_registry();
    let r = env.run(&["pull", "-q", "--tls-verify=false", &busybox(&reg)]);
    r.assert_code(125);
    assert!(r.stderr().contains("berth login"), "{}", r.stderr());
    assert!(r.stdout().trim().is_empty(), "{}", r.stdout());
    assert!(
        env.layer_dirs().is_empty(),
        "nothing stored: {:?}",
        env.layer_dirs()
    );
}

#[test]
fn login_pull_logout() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("token-login");
    let reg = token_registry();
    let (user, pass) = creds();
    let img = busybox(&reg);

    // wrong password: the token server refuses it
    let r = env.run(&[
        "login",
        "--tls-verify=false",
        "-u",
        &user,
        "-p",
        "wrong-password",
        &reg,
    ]);
    r.assert_code(125);
    assert!(
        r.stderr().contains("invalid username/password"),
        "{}",
        r.stderr()
    );
    let authfile = env.runtime.join("containers/auth.json");
    assert!(
        !std::fs::read_to_string(&authfile).is_ok_and(|t| t.contains(&reg)),
        "a failed login stores nothing"
    );

    // wrong password on stdin too
    let out = run_stdin(
        &env,
        &[
            "login",
            "--tls-verify=false",
            "-u",
            &user,
            "--password-stdin",
            &reg,
        ],
        "not-the-password\n",
    );
    assert_eq!(out.status.code(), Some(125), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("invalid username/password"),
        "{}",
        text(&out.stderr)
    );

    // --password-stdin, with debug logging: succeeds and does not print the password
    let out = run_stdin(
        &env,
        &[
            "--log-level",
            "debug",
            "login",
            "--tls-verify=false",
            "-u",
            &user,
            "--password-stdin",
            &reg,
        ],
        &format!("{pass}\n"),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout).trim(), "Login Succeeded!");
    assert_no_leak("login", &text(&out.stdout), &text(&out.stderr), &pass);

    let md = std::fs::metadata(&authfile).unwrap();
    assert_eq!(md.mode() & 0o777, 0o600);
    assert_eq!(md.uid(), test_user().uid);
    let stored = std::fs::read_to_string(&authfile).unwrap();
    assert!(
        stored.contains(&reg) && !stored.contains(&pass),
        "stored base64-encoded, not in clear: {stored}"
    );
    assert_eq!(
        env.ok(&["login", "--get-login", &reg]).stdout().trim(),
        user
    );

    // pull with the stored credentials: token flow, then the image
    let r = env.ok(&[
        "--log-level",
        "debug",
        "pull",
        "-q",
        "--tls-verify=false",
        &img,
    ]);
    assert_eq!(r.stdout().trim(), image_id("berth-test/busybox"));
    assert_no_leak("pull", &r.stdout(), &r.stderr(), &pass);
    assert_eq!(
        env.ok(&["images", "-q", "--no-trunc"]).stdout().trim(),
        format!("sha256:{}", image_id("berth-test/busybox"))
    );

    // logout: credentials gone, pulling needs a login again
    let r = env.ok(&["logout", &reg]);
    assert_eq!(
        r.stdout().trim(),
        format!("Removed login credentials for {reg}")
    );
    let r = env.run(&["logout", &reg]);
    r.assert_code(125);
    assert!(r.stderr().contains("not logged into"), "{}", r.stderr());
    let r = env.run(&["pull", "-q", "--tls-verify=false", &img]);
    r.assert_code(125);
    assert!(r.stderr().contains("berth login"), "{}", r.stderr());
}

#[test]
fn pull_with_creds_without_login() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("token-creds");
    let reg = token_registry();
    let (user, pass) = creds();
    let img = busybox(&reg);

    let pair = format!("{user}:{pass}");
    let r = env.ok(&[
        "--log-level",
        "debug",
        "pull",
        "-q",
        "--tls-verify=false",
        "--creds",
        &pair,
        &img,
    ]);
    assert_eq!(r.stdout().trim(), image_id("berth-test/busybox"));
    assert_no_leak("pull --creds", &r.stdout(), &r.stderr(), &pass);
    assert!(
        !env.runtime.join("containers/auth.json").exists(),
        "--creds stores nothing"
    );

    // wrong --creds: refused, and that password is not printed either
    let bad = "Not-The-Password-99";
    let r = env.run(&[
        "--log-level",
        "debug",
        "pull",
        "-q",
        "--tls-verify=false",
        "--creds",
        &format!("{user}:{bad}"),
        &img,
    ]);
    r.assert_code(125);
    assert_no_leak("pull --creds (wrong)", &r.stdout(), &r.stderr(), bad);
}
