//! The Kubernetes bridge, as the unprivileged user: `generate kube` of a running pod (an
//! httpd with a published port, env, a named volume and a bind mount) is valid against
//! Kubernetes' API types (k8s-openapi), and `kube down` + `kube play` of it gives the same
//! running shape (pod, container, port reachable on loopback, env); a Deployment with a
//! ConfigMap (in the YAML and by `--configmap`) and a PersistentVolumeClaim that becomes a
//! named volume; `play kube` as an alias, `--replace`, `--start=false`.

mod common;
use common::*;
use k8s_openapi::api::core::v1::{Pod, Service};
use serde::Deserialize;
use std::io::{Read, Write};
use std::time::Duration;

/// Every YAML document of `text`, as a generic value (for its kind).
fn docs(text: &str) -> Vec<serde_yaml_ng::Value> {
    serde_yaml_ng::Deserializer::from_str(text)
        .map(|d| serde_yaml_ng::Value::deserialize(d).expect("YAML"))
        .collect()
}

fn write(env: &TestEnv, name: &str, text: &str) -> String {
    let p = env.dir.join(name);
    std::fs::write(&p, text).unwrap();
    p.display().to_string()
}

#[test]
fn generate_kube_down_and_play_give_the_same_running_pod() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("kube-roundtrip");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    let port = free_port();
    let www = env.dir.join("www");
    std::fs::create_dir_all(&www).unwrap();
    std::fs::write(www.join("index.html"), "served-from-kube\n").unwrap();
    env.ok(&[
        "pod",
        "create",
        "--name",
        "web",
        "-p",
        &format!("127.0.0.1:{port}:80"),
    ]);
    env.ok(&[
        "run",
        "-d",
        "--pod",
        "web",
        "--name",
        "httpd",
        "-e",
        "GREETING=hello kube",
        "-v",
        "kvol:/data",
        "-v",
        &format!("{}:/www:ro", www.display()),
        &img,
        "httpd",
        "-f",
        "-p",
        "80",
        "-h",
        "/www",
    ]);
    assert!(http_get_soon(port).contains("served-from-kube"));

    let yaml = env.ok(&["generate", "kube", "web"]).stdout();
    assert!(yaml.starts_with("# Save the output of this file"), "{yaml}");
    let pod: Pod = serde_yaml_ng::from_str(&yaml).expect("a valid core/v1 Pod");
    assert_eq!(pod.metadata.name.as_deref(), Some("web"));
    let spec = pod.spec.as_ref().unwrap();
    assert_eq!(
        spec.containers.len(),
        1,
        "the infra is not in the YAML: {yaml}"
    );
    assert_eq!(spec.hostname.as_deref(), Some("web"));
    let notes = pod.metadata.annotations.as_ref().expect("annotations");
    let sandbox = &notes["io.kubernetes.cri-o.SandboxID/httpd"];
    assert_eq!(
        sandbox.len(),
        63,
        "the pod's ID, cut to Kubernetes' 63 characters as podman cuts it: {yaml}"
    );
    assert_eq!(notes["io.kubernetes.cri-o.TTY/httpd"], "false");
    let drop = spec.containers[0]
        .security_context
        .as_ref()
        .and_then(|s| s.capabilities.as_ref())
        .and_then(|c| c.drop.clone())
        .expect("capabilities");
    assert_eq!(drop, ["CAP_MKNOD", "CAP_NET_RAW", "CAP_AUDIT_WRITE"]);
    // the creation time is a quoted RFC 3339 string, as podman writes it
    assert!(yaml.contains("creationTimestamp: \"20"), "{yaml}");
    let c = &spec.containers[0];
    assert_eq!(c.name, "httpd");
    assert_eq!(c.image.as_deref(), Some(img.as_str()));
    let ports = c.ports.as_ref().expect("ports");
    assert_eq!(ports[0].container_port, 80);
    assert_eq!(ports[0].host_port, Some(i32::from(port)));
    let env_vars = c.env.as_ref().expect("env");
    assert!(
        env_vars
            .iter()
            .any(|e| e.name == "GREETING" && e.value.as_deref() == Some("hello kube")),
        "{yaml}"
    );
    assert!(!env_vars.iter().any(|e| e.name == "PATH"), "{yaml}");
    let vols = spec.volumes.as_ref().expect("volumes");
    assert!(vols.iter().any(|v| v
        .persistent_volume_claim
        .as_ref()
        .is_some_and(|p| p.claim_name == "kvol")));
    assert!(vols.iter().any(|v| v
        .host_path
        .as_ref()
        .is_some_and(|h| h.path == www.display().to_string())));
    let mounts = c.volume_mounts.as_ref().expect("volumeMounts");
    assert!(mounts
        .iter()
        .any(|m| m.mount_path == "/www" && m.read_only == Some(true)));

    // -s: a Service after the Pod, valid too; -f writes a file
    let with_service = env.ok(&["generate", "kube", "-s", "web"]).stdout();
    let d = docs(&with_service);
    assert_eq!(d.len(), 2, "{with_service}");
    let svc: Service = serde_yaml_ng::from_value(d[1].clone()).expect("a valid core/v1 Service");
    let svc_spec = svc.spec.unwrap();
    assert_eq!(svc_spec.type_.as_deref(), Some("NodePort"));
    assert_eq!(svc_spec.ports.unwrap()[0].port, 80);
    let file = env.dir.join("web.yaml").display().to_string();
    env.ok(&["generate", "kube", "-f", &file, "web"]);
    assert_eq!(
        std::fs::read_to_string(&file).unwrap().trim_end(),
        yaml.trim_end()
    );

    // down: the pod and its containers go, the volume stays
    let down = env.ok(&["kube", "down", &file]).stdout();
    assert!(down.starts_with("Pods stopped:\n"), "{down}");
    env.run(&["pod", "exists", "web"]).assert_code(1);
    env.ok(&["volume", "exists", "kvol"]);
    assert!(http_get(port).is_none());

    // play: the same shape again, named as podman names played containers (POD-CONTAINER)
    let play = env.ok(&["kube", "play", &file]).stdout();
    let lines: Vec<&str> = play.lines().collect();
    assert_eq!(lines[0], "Pod:", "{play}");
    assert_eq!(lines[1].len(), 64, "{play}");
    assert_eq!(lines[2], "Container:", "{play}");
    env.ok(&["pod", "exists", "web"]);
    assert!(http_get_soon(port).contains("served-from-kube"));
    let state = env
        .ok(&["inspect", "--format", "{{.State.Status}}", "web-httpd"])
        .stdout();
    assert_eq!(state.trim(), "running");
    let e = env
        .ok(&["exec", "web-httpd", "sh", "-c", "echo $GREETING"])
        .stdout();
    assert_eq!(e, "hello kube\n");

    // a second play of the same pod is refused; --replace (and `play kube`) recreates it
    let again = env.run(&["kube", "play", &file]);
    again.assert_code(125);
    assert!(
        again.stderr().contains("already exists"),
        "{}",
        again.stderr()
    );
    env.ok(&["play", "kube", "--replace", &file]);
    assert!(http_get_soon(port).contains("served-from-kube"));

    env.ok(&["play", "kube", "--down", &file]);
    env.run(&["pod", "exists", "web"]).assert_code(1);
    assert_eq!(env.ok(&["ps", "-aq"]).stdout(), "");
}

#[test]
fn a_deployment_with_configmaps_and_a_claim_plays_as_a_pod_with_a_named_volume() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("kube-deploy");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    let yaml = format!(
        r#"apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
data:
  MSG: from-the-configmap
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: kdata
spec:
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 1Gi
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: worker
  labels:
    app: worker
spec:
  replicas: 1
  selector:
    matchLabels:
      app: worker
  template:
    metadata:
      labels:
        app: worker
    spec:
      containers:
      - name: box
        image: {img}
        command: ["sh", "-c", "echo $MSG $OTHER > /data/msg; sleep 1000"]
        envFrom:
        - configMapRef:
            name: settings
        env:
        - name: OTHER
          valueFrom:
            configMapKeyRef:
              name: extra
              key: other
        volumeMounts:
        - name: store
          mountPath: /data
      volumes:
      - name: store
        persistentVolumeClaim:
          claimName: kdata
"#
    );
    let file = write(&env, "deploy.yaml", &yaml);
    // the ConfigMap `extra` is missing: an error that says so
    let missing = env.run(&["kube", "play", &file]);
    missing.assert_code(125);
    assert!(
        missing.stderr().contains("configmap extra not found"),
        "{}",
        missing.stderr()
    );
    env.run(&["pod", "rm", "-f", "worker-pod"]);

    let extra = write(
        &env,
        "extra.yaml",
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: extra\ndata:\n  other: and-the-flag\n",
    );
    let out = env
        .ok(&["kube", "play", "--replace", "--configmap", &extra, &file])
        .stdout();
    assert!(out.contains("Pod:\n"), "{out}");
    env.ok(&["pod", "exists", "worker-pod"]);
    env.ok(&["volume", "exists", "kdata"]);
    let msg = wait_until("the message in the volume", Duration::from_secs(10), || {
        let r = env.run(&["exec", "worker-pod-box", "cat", "/data/msg"]);
        (r.code() == 0).then(|| r.stdout()).ok_or(r.stderr())
    });
    assert_eq!(msg, "from-the-configmap and-the-flag\n");
    // the volume is a named volume: its data outlives the pod
    env.ok(&["kube", "down", &file]);
    env.run(&["pod", "exists", "worker-pod"]).assert_code(1);
    let kept = env
        .ok(&["run", "--rm", "-v", "kdata:/d", &img, "cat", "/d/msg"])
        .stdout();
    assert_eq!(kept, "from-the-configmap and-the-flag\n");

    // --start=false: created, not running
    env.ok(&[
        "kube",
        "play",
        "--start=false",
        "--configmap",
        &extra,
        &file,
    ]);
    let state = env
        .ok(&["inspect", "--format", "{{.State.Status}}", "worker-pod-box"])
        .stdout();
    assert_eq!(state.trim(), "created");
    env.ok(&["kube", "down", &file]);

    // a kind berth does not play is named
    let bad = write(
        &env,
        "bad.yaml",
        "apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\n",
    );
    let r = env.run(&["kube", "play", &bad]);
    r.assert_code(125);
    assert!(r.stderr().contains("invalid YAML kind"), "{}", r.stderr());
}

/// Serve `body` over HTTP on loopback for `n` requests; the URL of it.
fn serve(body: String, n: usize) -> String {
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/pod.yaml", l.local_addr().unwrap());
    std::thread::spawn(move || {
        for s in l.incoming().take(n) {
            let Ok(mut s) = s else { continue };
            let mut buf = [0u8; 4096];
            let _ = s.read(&mut buf);
            let _ = write!(
                s,
                "HTTP/1.0 200 OK\r\nContent-Type: text/yaml\r\nContent-Length: {}\r\n\r\n{body}",
                body.len()
            );
        }
    });
    url
}

#[test]
fn kube_play_annotations_builds_urls_and_the_host_network() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("kube-play-more");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    let long = "a".repeat(65);

    // a YAML annotation longer than Kubernetes allows is refused, as podman refuses it
    let bad = write(
        &env,
        "bad.yaml",
        &format!(
            "apiVersion: v1\nkind: Pod\nmetadata:\n  name: bad\n  annotations:\n    test: {long}\nspec:\n  containers:\n  - name: c\n    image: {img}\n"
        ),
    );
    let r = env.run(&["kube", "play", &bad]);
    r.assert_code(125);
    assert!(
        r.stderr()
            .contains(&format!("invalid annotation \"test\"=\"{long}\"")),
        "{}",
        r.stderr()
    );
    env.run(&["pod", "exists", "bad"]).assert_code(1);

    // --build: the image of a container with a build directory (CONTEXT/NAME/Containerfile)
    let ctx = env.dir.join("ctx");
    std::fs::create_dir_all(ctx.join("userimage")).unwrap();
    std::fs::write(
        ctx.join("userimage/Containerfile"),
        format!("FROM {img}\nUSER bin\n"),
    )
    .unwrap();
    let yaml = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: built\nspec:\n  containers:\n  - name: c\n    image: localhost/userimage\n    command: [\"sleep\", \"1000\"]\n";
    let file = write(&env, "built.yaml", yaml);
    let flag = format!("--annotation=name={long}");
    let r = env.run(&["kube", "play", &flag, &file]);
    r.assert_code(125);
    assert!(
        r.stderr()
            .contains("annotation exceeds maximum size, 63, of kubernetes annotation"),
        "{}",
        r.stderr()
    );
    let ctx_flag = format!("--context-dir={}", ctx.display());
    env.ok(&[
        "kube",
        "play",
        "--build",
        "--start=false",
        &ctx_flag,
        "--annotation",
        "name=kube-value",
        &file,
    ]);
    env.ok(&["image", "exists", "localhost/userimage"]);
    let user = env
        .ok(&["inspect", "--format", "{{.Config.User}}", "built-c"])
        .stdout();
    assert_eq!(user.trim(), "bin");
    let ann = env
        .ok(&["inspect", "--format", "{{.Config.Annotations}}", "built-c"])
        .stdout();
    assert!(ann.contains("name:kube-value"), "{ann}");
    env.ok(&["kube", "down", &file]);
    let gone = env.run(&["inspect", "built-c"]);
    gone.assert_code(125);
    assert!(
        gone.stderr()
            .contains("inspecting object: no such object: \"built-c\""),
        "{}",
        gone.stderr()
    );
    // rm -f of a container that is not there is no error, as in podman
    env.ok(&["rm", "-f", "built-c"]);
    env.run(&["rm", "built-c"]).assert_code(1);

    // a URL as the input, for play and for down
    let port = free_port();
    let pod = format!(
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: fromurl\nspec:\n  containers:\n  - name: c\n    image: {img}\n    command: [\"sleep\", \"1000\"]\n    ports:\n    - containerPort: {port}\n"
    );
    let url = serve(pod, 2);
    env.ok(&["kube", "play", &url]);
    let running = env
        .ok(&["inspect", "--format", "{{.State.Running}}", "fromurl-c"])
        .stdout();
    assert_eq!(running.trim(), "true");
    // a containerPort without hostPort is published on its own port, printed as podman's
    // Go struct
    let binds = env
        .ok(&[
            "pod",
            "inspect",
            "--format",
            "{{.InfraConfig.PortBindings}}",
            "fromurl",
        ])
        .stdout();
    assert_eq!(binds.trim(), format!("map[{port}/tcp:[{{ {port}}}]]"));
    env.ok(&["kube", "down", &url]);
    env.run(&["pod", "exists", "fromurl"]).assert_code(1);

    // --network host: the pod's containers run in the host's network namespace
    let host = write(
        &env,
        "host.yaml",
        &format!(
            "apiVersion: v1\nkind: Pod\nmetadata:\n  name: hostnet\nspec:\n  containers:\n  - name: c\n    image: {img}\n    command: [\"sleep\", \"1000\"]\n"
        ),
    );
    env.ok(&["kube", "play", "--network", "host", &host]);
    let hn = env
        .ok(&[
            "pod",
            "inspect",
            "--format",
            "{{.InfraConfig.HostNetwork}}",
            "hostnet",
        ])
        .stdout();
    assert_eq!(hn.trim(), "true");
    let running = env
        .ok(&["inspect", "--format", "{{.State.Running}}", "hostnet-c"])
        .stdout();
    assert_eq!(running.trim(), "true");
    let links = env.ok(&["exec", "hostnet-c", "ip", "-o", "link"]).stdout();
    let host_links = std::fs::read_dir("/sys/class/net").unwrap().count();
    assert_eq!(links.lines().count(), host_links, "{links}");
    env.ok(&["kube", "down", &host]);
}

#[test]
fn generate_kube_lists_a_pods_containers_in_the_order_they_were_made() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("kube-order");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    env.ok(&["pod", "create", "--name", "ordered"]);
    for name in ["first", "second", "third"] {
        env.ok(&[
            "create", "--pod", "ordered", "--name", name, &img, "sleep", "100",
        ]);
    }
    let yaml = env.ok(&["generate", "kube", "ordered"]).stdout();
    let pod: Pod = docs(&yaml)
        .into_iter()
        .find(|d| d["kind"] == "Pod")
        .map(|d| serde_yaml_ng::from_value(d).expect("a Pod"))
        .expect("a Pod document");
    let names: Vec<String> = pod
        .spec
        .unwrap()
        .containers
        .into_iter()
        .map(|c| c.name)
        .collect();
    assert_eq!(names, ["first", "second", "third"]);
    env.ok(&["pod", "rm", "-f", "ordered"]);
}
