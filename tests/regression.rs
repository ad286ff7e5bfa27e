//! Regression tests for bugs found by review: each runs the real berth as the test user and
//! failed (a panic, or a volume outside the store) before its fix.

mod common;
use common::*;
use sha2::{Digest, Sha256};
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};

fn digest_of(data: &[u8]) -> String {
    format!("sha256:{:x}", Sha256::digest(data))
}

/// No run of berth may panic (exit 101, "panicked at" on stderr), whatever its input.
fn assert_no_panic(r: &Run) {
    assert!(
        r.code() != 101 && !r.stderr().contains("panicked"),
        "berth {:?} panicked (exit {}):\n{}",
        r.args,
        r.code(),
        r.stderr()
    );
}

/// A hostile registry on loopback (plain HTTP): it serves one image, `hostile/img:latest`,
/// whose manifest is `manifest` (a template: `{config_digest}` and `{config_size}` are
/// filled in, a size may be given to lie) and whose config is `config`.
struct HostileRegistry {
    addr: String,
}

impl HostileRegistry {
    fn start(config: Vec<u8>, config_size: Option<u64>) -> HostileRegistry {
        let cd = digest_of(&config);
        let size = config_size.unwrap_or(config.len() as u64);
        let manifest = format!(
            r#"{{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{{"mediaType":"application/vnd.oci.image.config.v1+json","digest":"{cd}","size":{size}}},"layers":[]}}"#
        )
        .into_bytes();
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap().to_string();
        std::thread::spawn(move || {
            for conn in listener.incoming().flatten() {
                let (config, manifest, cd) = (config.clone(), manifest.clone(), cd.clone());
                std::thread::spawn(move || serve(conn, &config, &manifest, &cd));
            }
        });
        HostileRegistry { addr }
    }

    fn image(&self) -> String {
        format!("{}/hostile/img:latest", self.addr)
    }
}

fn serve(mut conn: TcpStream, config: &[u8], manifest: &[u8], config_digest: &str) {
    let _ = conn.set_read_timeout(Some(std::time::Duration::from_secs(10)));
    let mut head = Vec::new();
    let mut b = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") {
        match conn.read(&mut b) {
            Ok(1) => head.push(b[0]),
            _ => return,
        }
        if head.first() == Some(&0x16) {
            return; // a TLS hello: this registry speaks plain HTTP only
        }
    }
    let head = String::from_utf8_lossy(&head);
    let mut parts = head.split_whitespace();
    let method = parts.next().unwrap_or("");
    let path = parts.next().unwrap_or("");
    let (status, ctype, body): (&str, &str, &[u8]) = if path == "/v2/" {
        ("200 OK", "application/json", b"{}")
    } else if path.starts_with("/v2/hostile/img/manifests/") {
        (
            "200 OK",
            "application/vnd.oci.image.manifest.v1+json",
            manifest,
        )
    } else if path == format!("/v2/hostile/img/blobs/{config_digest}") {
        ("200 OK", "application/octet-stream", config)
    } else {
        ("404 Not Found", "application/json", b"{\"errors\":[]}")
    };
    let mut resp = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\nConnection: close\r\n",
        body.len()
    );
    if ctype.contains("manifest") {
        resp.push_str(&format!("Docker-Content-Digest: {}\r\n", digest_of(body)));
    }
    resp.push_str("\r\n");
    let _ = conn.write_all(resp.as_bytes());
    if method != "HEAD" {
        let _ = conn.write_all(body);
    }
}

fn config_with_created(created: &str) -> Vec<u8> {
    serde_json::to_vec(&serde_json::json!({
        "architecture": host_arch(),
        "os": "linux",
        "created": created,
        "config": {"Cmd": ["sh"]},
        "rootfs": {"type": "layers", "diff_ids": []},
    }))
    .unwrap()
}

fn host_arch() -> &'static str {
    match std::env::consts::ARCH {
        "x86_64" => "amd64",
        "aarch64" => "arm64",
        other => other,
    }
}

/// `--mount type=volume,source=/tmp/x` made a volume *in /tmp/x*: the name was joined onto
/// the volumes directory unchecked. A name that breaks podman's rule is refused, everywhere.
#[test]
fn volume_name_with_a_slash_is_refused() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("reg-volname");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    let outside = env.dir.join("outside");
    let mount = format!("type=volume,source={},target=/x", outside.display());
    let r = env.run(&["run", "--rm", "--mount", &mount, &img, "true"]);
    assert_no_panic(&r);
    r.assert_code(125);
    assert!(
        r.stderr()
            .contains(&format!("{:?}", outside.display().to_string()))
            && r.stderr()
                .contains("names must match [a-zA-Z0-9][a-zA-Z0-9_.-]*"),
        "{}",
        r.stderr()
    );
    assert!(!outside.exists(), "a volume was made outside the store");

    let r = env.run(&["volume", "create", &outside.display().to_string()]);
    r.assert_code(125);
    assert!(
        r.stderr()
            .contains("names must match [a-zA-Z0-9][a-zA-Z0-9_.-]*"),
        "{}",
        r.stderr()
    );
    assert!(!outside.exists());
    for bad in ["../escape", "_under", ".hidden"] {
        let r = env.run(&["volume", "create", bad]);
        r.assert_code(125);
        assert!(r.stderr().contains("names must match"), "{}", r.stderr());
    }
    assert!(!env.store().join("escape").exists());
    // a good name still works
    env.ok(&["volume", "create", "good.name_1-x"]);
}

/// `--retry-delay 99999999999999999999s` panicked in Duration::from_secs_f64.
#[test]
fn huge_retry_delay_is_refused_without_panic() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("reg-retry");
    for delay in ["99999999999999999999s", "99999999999m", "1000000h"] {
        let r = env.run(&[
            "pull",
            "--tls-verify=false",
            "--retry-delay",
            delay,
            &image("berth-test/busybox"),
        ]);
        assert_no_panic(&r);
        r.assert_code(125);
        assert!(r.stderr().contains(delay), "{}", r.stderr());
    }
    let r = env.run(&[
        "pull",
        "--tls-verify=false",
        "--retry-delay",
        "100000s",
        &image("berth-test/busybox"),
    ]);
    r.assert_code(125);
    assert!(r.stderr().contains("too long"), "{}", r.stderr());
}

/// An image config whose `created` has a multi-byte character where the parser sliced by
/// byte index panicked the pull.
#[test]
fn hostile_created_time_does_not_panic() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("reg-created");
    for created in ["2024-01-02T03:04:05+1\u{e9}00", "2024-01-02T03:04:05\u{e9}"] {
        let reg = HostileRegistry::start(config_with_created(created), None);
        let r = env.run(&["pull", "-q", "--tls-verify=false", &reg.image()]);
        assert_no_panic(&r);
        r.assert_code(0);
        let r = env.run(&["images", "--format", "{{.ID}} {{.CreatedAt}}"]);
        assert_no_panic(&r);
        r.assert_code(0);
        let r = env.run(&["image", "inspect", &reg.image()]);
        assert_no_panic(&r);
        r.assert_code(0);
        env.ok(&["rmi", &reg.image()]);
    }
}

/// A manifest that claims a config of 2^62 bytes made `Vec::with_capacity` abort.
#[test]
fn huge_claimed_blob_size_is_refused() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("reg-bigblob");
    let reg = HostileRegistry::start(config_with_created("2024-01-02T03:04:05Z"), Some(1 << 62));
    let r = env.run(&["pull", "-q", "--tls-verify=false", &reg.image()]);
    assert_no_panic(&r);
    r.assert_code(125);
    assert!(
        r.stderr().contains("bytes") && r.stderr().contains(&(1u64 << 62).to_string()),
        "{}",
        r.stderr()
    );
    // a size just above the limit is refused as well, before it is fetched
    let reg = HostileRegistry::start(config_with_created("2024-01-02T03:04:05Z"), Some(64 << 20));
    let r = env.run(&["pull", "-q", "--tls-verify=false", &reg.image()]);
    assert_no_panic(&r);
    r.assert_code(125);
    assert!(r.stderr().contains("into memory"), "{}", r.stderr());
    // a registry that claims a small config and sends more than the limit is cut off
    let mut big = config_with_created("2024-01-02T03:04:05Z");
    big.pop();
    big.extend_from_slice(br#","padding":""#);
    big.extend(std::iter::repeat_n(b'x', 5 << 20));
    big.extend_from_slice(br#""}"#);
    let reg = HostileRegistry::start(big, Some(100));
    let r = env.run(&["pull", "-q", "--tls-verify=false", &reg.image()]);
    assert_no_panic(&r);
    r.assert_code(125);
    assert!(r.stderr().contains("into memory"), "{}", r.stderr());
}

/// IDs were sliced with `[..12]`: a container whose directory name is short panicked `ps`.
#[test]
fn short_container_id_does_not_panic() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("reg-shortid");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    let id = env.ok(&["create", "--name", "c1", &img, "true"]).stdout();
    let dir = env.store().join("containers");
    std::fs::rename(dir.join(id.trim()), dir.join("abc")).unwrap();
    let r = env.run(&["ps", "-a"]);
    assert_no_panic(&r);
    r.assert_code(0);
    assert!(
        r.stdout().contains("abc") && r.stdout().contains("c1"),
        "{}",
        r.stdout()
    );
    let r = env.run(&["ps", "-a", "--format", "{{.ID}} {{.Names}}"]);
    r.assert_code(0);
    assert_eq!(r.stdout().trim(), "abc c1");
    let r = env.run(&["port", "-a"]);
    assert_no_panic(&r);
}

/// berth panicked in the TLS stack (reqwest) on a machine without CA certificates, even to
/// pull from a plain-HTTP registry with --tls-verify=false; now that pull works, and a
/// registry whose certificate must be checked says what to install.
#[test]
fn no_ca_store_is_no_panic() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("reg-no-ca");
    let base = env.cmd(&[]);
    let u = env.user;
    let berth = berth_bin().display().to_string();
    let img = image("berth-test/busybox");
    let auth = std::env::var("BERTH_TEST_AUTH_REGISTRY").unwrap();
    // a mount namespace of the test's own in which the system's CA store is empty
    let script = format!(
        "mount -t tmpfs none /etc/ssl/certs && \
         (mount -t tmpfs none /usr/share/ca-certificates || true) && \
         setpriv --reuid {uid} --regid {gid} --clear-groups {berth} pull -q --tls-verify=false {img} && \
         setpriv --reuid {uid} --regid {gid} --clear-groups {berth} pull -q {auth}/berth-test/busybox; echo rc=$?",
        uid = u.uid,
        gid = u.gid,
    );
    let out = std::process::Command::new("unshare")
        .args(["-m", "--propagation", "private", "sh", "-c", &script])
        .env_clear()
        .envs(base.get_envs().filter_map(|(k, v)| v.map(|v| (k, v))))
        .current_dir(base.get_current_dir().unwrap())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(
        stdout.contains(&image_id("berth-test/busybox")),
        "the plain-HTTP pull worked: {stdout} {stderr}"
    );
    assert!(stdout.contains("rc=125"), "{stdout} {stderr}");
    assert!(stderr.contains("no CA certificates"), "{stderr}");
    assert!(stderr.contains("ca-certificates"), "{stderr}");
}
