//! `berth build`'s sources beyond the context and image VOLUMEs on run, as the unprivileged
//! test user: `ADD URL` from a loopback HTTP server the test starts, and the anonymous
//! volumes (filled from the image) that an image's VOLUMEs become, as podman makes them.

mod common;
use common::*;
use std::io::Write;
use std::path::PathBuf;

fn context(env: &TestEnv, name: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = env.dir.join(name);
    for (rel, text) in files {
        let p = dir.join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(&p, text).unwrap();
    }
    give_to_user(&dir, env);
    dir
}

/// An HTTP server on the loopback that answers every GET with `data`, counting requests.
fn serve(data: Vec<u8>) -> (String, std::sync::Arc<std::sync::atomic::AtomicUsize>) {
    use std::io::Read;
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let hits = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let h = hits.clone();
    std::thread::spawn(move || {
        for conn in listener.incoming() {
            let Ok(mut c) = conn else { continue };
            let mut req = Vec::new();
            let mut buf = [0u8; 1024];
            while !req.windows(4).any(|w| w == b"\r\n\r\n") {
                match c.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => req.extend_from_slice(&buf[..n]),
                }
            }
            h.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                data.len()
            );
            let _ = c.write_all(head.as_bytes());
            let _ = c.write_all(&data);
        }
    });
    (format!("http://127.0.0.1:{port}"), hits)
}

/// A gzip'd tar holding one file, `inside.txt`.
fn small_tgz() -> Vec<u8> {
    let mut b = tar::Builder::new(flate2::write::GzEncoder::new(
        Vec::new(),
        flate2::Compression::default(),
    ));
    let mut h = tar::Header::new_gnu();
    h.set_size(3);
    h.set_mode(0o644);
    h.set_cksum();
    b.append_data(&mut h, "inside.txt", &b"hi\n"[..]).unwrap();
    b.into_inner().unwrap().finish().unwrap()
}

#[test]
fn add_url_downloads_the_file_as_it_is() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("build-add-url");
    let base = image("berth-test/busybox");
    let data = small_tgz();
    let (url, hits) = serve(data.clone());
    let cf = format!(
        "FROM {base}\nADD {url}/files/data.tar.gz /tmp/\nADD {url}/files/data.tar.gz?x=1 /named.tgz\nADD --chmod=0644 {url}/other.bin /opt/\n"
    );
    let ctx = context(&env, "ctx", &[("Containerfile", &cf)]);
    env.ok(&[
        "build",
        "--tls-verify=false",
        "-t",
        "addurl",
        ctx.to_str().unwrap(),
    ]);
    assert!(hits.load(std::sync::atomic::Ordering::SeqCst) >= 3);
    // never unpacked; named by the URL's last path component, or the destination; mode 0600
    let r = env.ok(&[
        "run", "--rm", "addurl", "sh", "-c",
        "stat -c '%n %a %u %s' /tmp/data.tar.gz /named.tgz /opt/other.bin; ls /tmp; md5sum /tmp/data.tar.gz | cut -d' ' -f1",
    ]);
    let out = r.stdout();
    let n = data.len();
    assert!(
        out.contains(&format!("/tmp/data.tar.gz 600 0 {n}")),
        "{out}"
    );
    assert!(out.contains(&format!("/named.tgz 600 0 {n}")), "{out}");
    assert!(out.contains(&format!("/opt/other.bin 644 0 {n}")), "{out}");
    assert!(
        !out.contains("inside.txt"),
        "an ADD URL is not unpacked: {out}"
    );
    let md5 = format!("{:x}", md5_of(&data));
    assert!(out.contains(&md5), "{out} lacks {md5}");
    // the same download again is the cache
    let r = env.ok(&[
        "build",
        "--tls-verify=false",
        "-t",
        "addurl",
        ctx.to_str().unwrap(),
    ]);
    assert!(
        r.stdout().matches("--> Using cache").count() >= 3,
        "{}",
        r.stdout()
    );

    // COPY refuses a URL, in podman's words
    let cf = format!("FROM {base}\nCOPY {url}/x /tmp/\n");
    let ctx2 = context(&env, "ctx2", &[("Containerfile", &cf)]);
    let r = env.run(&[
        "build",
        "--tls-verify=false",
        "-t",
        "copyurl",
        ctx2.to_str().unwrap(),
    ]);
    r.assert_code(125);
    assert!(
        r.stderr().contains("source can't be a URL for COPY"),
        "{}",
        r.stderr()
    );
    // an unreachable URL is named
    let cf = format!("FROM {base}\nADD http://127.0.0.1:1/nothing /tmp/\n");
    let ctx3 = context(&env, "ctx3", &[("Containerfile", &cf)]);
    let r = env.run(&["build", "--tls-verify=false", ctx3.to_str().unwrap()]);
    r.assert_code(125);
    assert!(
        r.stderr().contains("http://127.0.0.1:1/nothing"),
        "{}",
        r.stderr()
    );
}

fn md5_of(data: &[u8]) -> u128 {
    // md5 without a crate: let the host's md5sum say it
    let mut c = std::process::Command::new("md5sum")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    c.stdin.take().unwrap().write_all(data).unwrap();
    let out = c.wait_with_output().unwrap();
    let hex = String::from_utf8_lossy(&out.stdout);
    u128::from_str_radix(hex.split_whitespace().next().unwrap(), 16).unwrap()
}

#[test]
fn image_volumes_become_anonymous_volumes_with_the_image_content() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("image-volumes");
    let base = image("berth-test/busybox");
    let cf = format!(
        "FROM {base}\nRUN mkdir -p /data/sub && echo seed > /data/sub/f && chown -R 1:2 /data && chmod 0750 /data\nVOLUME /data\nVOLUME ['/etc/foo', '/etc/bar']\n"
    );
    let ctx = context(&env, "ctx", &[("Containerfile", &cf)]);
    env.ok(&[
        "build",
        "--tls-verify=false",
        "-t",
        "withvol",
        ctx.to_str().unwrap(),
    ]);
    let before = env.ok(&["volume", "ls", "-q"]).stdout().lines().count();
    // the image's content, owner and mode are in the volume, on another device than /
    let r = env.ok(&[
        "run", "--name", "v1", "withvol", "sh", "-c",
        "cat /data/sub/f; stat -c '%u:%g %a' /data /data/sub/f; stat -c %D / /data /[/etc/foo, /etc/bar]; echo new > /data/new",
    ]);
    let lines: Vec<String> = r.stdout().lines().map(String::from).collect();
    assert_eq!(lines[0], "seed", "{lines:?}");
    assert_eq!(lines[1], "1:2 750", "{lines:?}");
    assert_eq!(lines[2], "1:2 644", "{lines:?}");
    assert_ne!(lines[3], lines[4], "/data is a volume: {lines:?}");
    assert_ne!(lines[3], lines[5], "/[/etc/foo, is a volume: {lines:?}");
    assert_ne!(lines[3], lines[6], "/etc/bar] is a volume: {lines:?}");
    let after = env.ok(&["volume", "ls", "-q"]).stdout().lines().count();
    assert_eq!(after, before + 3, "three anonymous volumes");
    // the volume keeps what the container wrote across a restart (no second copy-up)
    env.ok(&["start", "-a", "v1"]);
    let r = env.ok(&[
        "inspect",
        "--format",
        "{{range .Mounts}}{{.Destination}} {{end}}",
        "v1",
    ]);
    assert!(r.stdout().contains("/data"), "{}", r.stdout());
    // rm -v takes the anonymous volumes with the container
    env.ok(&["rm", "-v", "v1"]);
    assert_eq!(
        env.ok(&["volume", "ls", "-q"]).stdout().lines().count(),
        before
    );

    // a -v on the path replaces the image volume there (two anonymous ones, gone with --rm)
    env.ok(&["run", "--rm", "-v", "named:/data", "withvol", "true"]);
    let r = env.ok(&["volume", "ls", "-q"]);
    assert_eq!(r.stdout().lines().count(), before + 1, "{}", r.stdout());
    // --rm removes the anonymous ones
    env.ok(&["run", "--rm", "withvol", "true"]);
    assert_eq!(
        env.ok(&["volume", "ls", "-q"]).stdout().lines().count(),
        before + 1
    );
    // --image-volume=ignore: the image's directory itself, on the rootfs' device
    let r = env.ok(&[
        "run",
        "--rm",
        "--image-volume=ignore",
        "withvol",
        "sh",
        "-c",
        "cat /data/sub/f; stat -c %D / /data",
    ]);
    let out = r.stdout();
    let l: Vec<&str> = out.lines().collect();
    assert_eq!(l[0], "seed");
    assert_eq!(l[1], l[2], "no volume with ignore: {l:?}");
    // tmpfs: an empty tmpfs
    let r = env.ok(&[
        "run",
        "--rm",
        "--image-volume=tmpfs",
        "withvol",
        "sh",
        "-c",
        "ls -A /data | wc -l; stat -f -c %T /data",
    ]);
    assert_eq!(
        r.stdout().lines().collect::<Vec<_>>(),
        vec!["0", "tmpfs"],
        "{}",
        r.stdout()
    );
    let r = env.run(&["run", "--rm", "--image-volume=bogus", "withvol", "true"]);
    assert_ne!(r.code(), 0);
    assert!(r.stderr().contains("bogus"), "{}", r.stderr());
}

#[test]
fn run_mount_bind_from_a_stage_and_an_image() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("build-mount-from");
    let base = image("berth-test/busybox");
    let cf = format!(
        "FROM {base} AS tools\nRUN mkdir -p /out && echo from-stage > /out/msg && echo second > /out/two\n\
         FROM {base}\n\
         RUN --mount=type=bind,from=tools,source=/out,target=/mnt/tools cat /mnt/tools/msg > /got && ls /mnt/tools >> /got\n\
         RUN --mount=type=bind,from={base},target=/mnt/img test -x /mnt/img/bin/sh && echo image-root >> /got\n\
         RUN --mount=type=bind,from=tools,source=out/msg,target=/one.txt cat /one.txt >> /got\n\
         RUN test ! -e /mnt/tools/msg && test ! -s /one.txt\n"
    );
    let ctx = context(&env, "ctx", &[("Containerfile", &cf)]);
    env.ok(&[
        "build",
        "--tls-verify=false",
        "-t",
        "mfrom",
        ctx.to_str().unwrap(),
    ]);
    let r = env.ok(&["run", "--rm", "mfrom", "cat", "/got"]);
    assert_eq!(
        r.stdout(),
        "from-stage\nmsg\ntwo\nimage-root\nfrom-stage\n",
        "{}",
        r.stdout()
    );
    // the mounted stage's working containers are gone; the rebuild is all cache
    let r = env.ok(&["ps", "-a", "--external", "-q"]);
    assert_eq!(r.stdout().trim(), "", "no working containers left");
    let r = env.ok(&[
        "build",
        "--tls-verify=false",
        "-t",
        "mfrom",
        ctx.to_str().unwrap(),
    ]);
    assert_eq!(
        r.stdout().matches("--> Using cache").count(),
        5,
        "{}",
        r.stdout()
    );
    // a stage that is not there, and a source that is not in it, are named
    let cf = format!("FROM {base}\nRUN --mount=type=bind,from=nosuchstage,target=/x true\n");
    let c2 = context(&env, "ctx2", &[("Containerfile", &cf)]);
    let r = env.run(&[
        "build",
        "--tls-verify=false",
        "--pull=never",
        c2.to_str().unwrap(),
    ]);
    assert_ne!(r.code(), 0);
    assert!(r.stderr().contains("nosuchstage"), "{}", r.stderr());
    let cf = format!(
        "FROM {base} AS a\nFROM {base}\nRUN --mount=type=bind,from=a,source=/nope,target=/x true\n"
    );
    let c3 = context(&env, "ctx3", &[("Containerfile", &cf)]);
    let r = env.run(&["build", "--tls-verify=false", c3.to_str().unwrap()]);
    assert_ne!(r.code(), 0);
    assert!(r.stderr().contains("/nope"), "{}", r.stderr());
}
