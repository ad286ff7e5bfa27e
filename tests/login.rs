//! `login`/`logout` against the HTTPS registry with basic auth (its CA in a cert dir), and a
//! pull that needs the credentials. The password never appears in berth's output.

mod common;
use common::*;
use std::os::unix::fs::{chown, MetadataExt};

fn cert_dir(env: &TestEnv, host: &str) -> std::path::PathBuf {
    let d = env.dir.join("certs").join(host);
    std::fs::create_dir_all(&d).unwrap();
    std::fs::copy(env_var("BERTH_TEST_CA"), d.join("ca.crt")).unwrap();
    let u = test_user();
    for p in [env.dir.join("certs"), d.clone(), d.join("ca.crt")] {
        chown(&p, Some(u.uid), Some(u.gid)).unwrap();
    }
    d
}

#[test]
fn login_pull_logout() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("login");
    let reg = env_var("BERTH_TEST_AUTH_REGISTRY");
    let user = env_var("BERTH_TEST_AUTH_USER");
    let pass = env_var("BERTH_TEST_AUTH_PASSWORD");
    let certs = cert_dir(&env, &reg);
    let certs = certs.to_str().unwrap();
    let img = format!("{reg}/berth-test/busybox:latest");

    // without credentials: a clear error that says to log in
    let r = env.run(&["pull", "--cert-dir", certs, &img]);
    r.assert_code(125);
    assert!(r.stderr().contains("berth login"), "{}", r.stderr());

    // without the CA: a TLS error naming the fix
    let r = env.run(&["login", "-u", &user, "-p", &pass, &reg]);
    r.assert_code(125);
    assert!(
        r.stderr().contains("certs.d") || r.stderr().contains("tls-verify"),
        "{}",
        r.stderr()
    );

    // wrong password
    let r = env.run(&[
        "login",
        "--cert-dir",
        certs,
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

    // --password-stdin
    let mut c = env.cmd(&[
        "login",
        "--cert-dir",
        certs,
        "-u",
        &user,
        "--password-stdin",
        &reg,
    ]);
    c.stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let mut child = c.spawn().unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(format!("{pass}\n").as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        "Login Succeeded!"
    );

    let authfile = env.runtime.join("containers/auth.json");
    let md = std::fs::metadata(&authfile).unwrap();
    assert_eq!(md.mode() & 0o777, 0o600);
    assert_eq!(md.uid(), test_user().uid);
    let text = std::fs::read_to_string(&authfile).unwrap();
    assert!(
        text.contains(&reg) && !text.contains(&pass),
        "stored base64-encoded, not in clear"
    );

    assert_eq!(
        env.ok(&["login", "--get-login", &reg]).stdout().trim(),
        user
    );
    let r = env.ok(&[
        "--log-level",
        "debug",
        "pull",
        "-q",
        "--cert-dir",
        certs,
        &img,
    ]);
    assert_eq!(r.stdout().trim(), image_id("berth-test/busybox"));
    assert!(
        !r.stderr().contains(&pass) && !r.stdout().contains(&pass),
        "password leaked"
    );

    let r = env.ok(&["logout", &reg]);
    assert_eq!(
        r.stdout().trim(),
        format!("Removed login credentials for {reg}")
    );
    let r = env.run(&["logout", &reg]);
    r.assert_code(125);
    assert!(r.stderr().contains("not logged into"), "{}", r.stderr());
}
