//! Quadlet: `.container`, `.volume`, `.network` and `.kube` files (in
//! `$XDG_CONFIG_HOME/containers/systemd`, else `~/.config/containers/systemd`, or the
//! `QUADLET_UNIT_DIRS` list) turned into systemd `.service` units as podman 4.4's quadlet
//! writes them (`pkg/systemd/quadlet`), with berth's path in the Exec lines. The unit is the
//! source file with its `[Container]`-like group renamed `[X-Container]` and the Exec lines
//! and dependencies added. Where berth differs from podman: no `--runtime`, `--cgroups=split`,
//! `--log-driver passthrough` or `--sdnotify` (berth runs its own runtime and sends no
//! sd_notify), so units are `Type=forking` (berth's `run -d` returns once the container runs,
//! its monitor stays) instead of `Type=notify`.

use crate::error::UserError;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// One generated unit: file name, text, and the targets it is wanted by (`[Install]`).
#[derive(Debug)]
pub struct Generated {
    pub name: String,
    pub text: String,
    pub wanted_by: Vec<String>,
}

/// What the Exec lines need: berth's path and the run root (`RequiresMountsFor=`).
pub struct Paths {
    pub bin: String,
    pub run_root: String,
}

#[derive(Debug, Clone)]
enum Line {
    Kv(String, String),
    Comment(String),
}

#[derive(Debug, Clone)]
struct Group {
    name: String,
    lines: Vec<Line>,
}

/// A systemd unit file, its groups and lines in their order (comments kept).
#[derive(Debug, Clone, Default)]
struct UnitFile {
    /// Comments before the first group.
    head: Vec<String>,
    groups: Vec<Group>,
}

impl UnitFile {
    fn parse(text: &str) -> Result<UnitFile, String> {
        let mut u = UnitFile::default();
        let mut pending = String::new();
        for raw in text.lines() {
            // line continuation: a trailing backslash joins the next line
            if let Some(part) = raw.strip_suffix('\\') {
                pending.push_str(part);
                pending.push(' ');
                continue;
            }
            let line = format!("{pending}{raw}");
            pending.clear();
            let t = line.trim();
            if t.is_empty() {
                continue;
            }
            if t.starts_with('#') || t.starts_with(';') {
                match u.groups.last_mut() {
                    Some(g) => g.lines.push(Line::Comment(t.to_string())),
                    None => u.head.push(t.to_string()),
                }
                continue;
            }
            if let Some(name) = t.strip_prefix('[').and_then(|r| r.strip_suffix(']')) {
                u.groups.push(Group {
                    name: name.to_string(),
                    lines: Vec::new(),
                });
                continue;
            }
            let Some((k, v)) = t.split_once('=') else {
                return Err(format!("line {t:?} is neither a [group] nor KEY=VALUE"));
            };
            let Some(g) = u.groups.last_mut() else {
                return Err(format!("key {} comes before any [group]", k.trim()));
            };
            g.lines
                .push(Line::Kv(k.trim().to_string(), v.trim().to_string()));
        }
        Ok(u)
    }

    fn group(&self, name: &str) -> Option<&Group> {
        self.groups.iter().find(|g| g.name == name)
    }

    fn lookup_all(&self, group: &str, key: &str) -> Vec<String> {
        self.group(group)
            .map(|g| {
                g.lines
                    .iter()
                    .filter_map(|l| match l {
                        Line::Kv(k, v) if k == key => Some(v.clone()),
                        _ => None,
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    fn lookup(&self, group: &str, key: &str) -> Option<String> {
        self.lookup_all(group, key).pop()
    }

    fn lookup_bool(&self, group: &str, key: &str) -> Option<bool> {
        self.lookup(group, key)
            .map(|v| matches!(v.to_ascii_lowercase().as_str(), "1" | "yes" | "true" | "on"))
    }

    /// Every value's words (`LookupAllStrv`/`LookupAllArgs`).
    fn lookup_words(&self, group: &str, key: &str) -> Vec<String> {
        self.lookup_all(group, key)
            .iter()
            .flat_map(|v| split_words(v))
            .collect()
    }

    /// `KEY=VALUE` words of every value, sorted by key, a later key overriding
    /// (`LookupAllKeyVal`).
    fn lookup_key_val(&self, group: &str, key: &str) -> BTreeMap<String, String> {
        self.lookup_words(group, key)
            .into_iter()
            .filter_map(|w| {
                w.split_once('=')
                    .map(|(k, v)| (k.to_string(), v.to_string()))
            })
            .collect()
    }

    fn keys(&self, group: &str) -> Vec<String> {
        self.group(group)
            .map(|g| {
                g.lines
                    .iter()
                    .filter_map(|l| match l {
                        Line::Kv(k, _) => Some(k.clone()),
                        _ => None,
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    fn group_mut(&mut self, name: &str) -> &mut Group {
        if let Some(i) = self.groups.iter().position(|g| g.name == name) {
            return &mut self.groups[i];
        }
        self.groups.push(Group {
            name: name.to_string(),
            lines: Vec::new(),
        });
        self.groups.last_mut().expect("just pushed")
    }

    fn add(&mut self, group: &str, key: &str, value: &str) {
        self.group_mut(group)
            .lines
            .push(Line::Kv(key.to_string(), value.to_string()));
    }

    /// Replace every `key` of the group by one line.
    fn set(&mut self, group: &str, key: &str, value: &str) {
        self.group_mut(group)
            .lines
            .retain(|l| !matches!(l, Line::Kv(k, _) if k == key));
        self.add(group, key, value);
    }

    fn rename_group(&mut self, from: &str, to: &str) {
        for g in &mut self.groups {
            if g.name == from {
                g.name = to.to_string();
            }
        }
    }

    fn render(&self, comment: &[String]) -> String {
        let mut s = String::new();
        for c in comment.iter().chain(&self.head) {
            s.push_str(c);
            s.push('\n');
        }
        for (i, g) in self.groups.iter().enumerate() {
            if i != 0 {
                s.push('\n');
            }
            s.push_str(&format!("[{}]\n", g.name));
            for l in &g.lines {
                match l {
                    Line::Kv(k, v) => s.push_str(&format!("{k}={v}\n")),
                    Line::Comment(c) => s.push_str(&format!("{c}\n")),
                }
            }
        }
        s
    }
}

/// Words as systemd splits them: blanks separate, double or single quotes group, a
/// backslash escapes.
fn split_words(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut has = false;
    let mut quote: Option<char> = None;
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        match (c, quote) {
            ('\\', _) => {
                if let Some(n) = chars.next() {
                    cur.push(match n {
                        'n' => '\n',
                        't' => '\t',
                        o => o,
                    });
                    has = true;
                }
            }
            ('"' | '\'', None) => {
                quote = Some(c);
                has = true;
            }
            (c, Some(q)) if c == q => quote = None,
            (c, None) if c.is_whitespace() => {
                if has {
                    out.push(std::mem::take(&mut cur));
                    has = false;
                }
            }
            (c, _) => {
                cur.push(c);
                has = true;
            }
        }
    }
    if has {
        out.push(cur);
    }
    out
}

/// Words joined for an Exec line, each quoted where systemd would split or unescape it.
fn escape_words(words: &[String]) -> String {
    words
        .iter()
        .map(|w| {
            if w.is_empty() || w.chars().any(|c| c.is_whitespace() || "\"'\\".contains(c)) {
                let mut e = String::from("\"");
                for c in w.chars() {
                    match c {
                        '\n' => e.push_str("\\n"),
                        '\t' => e.push_str("\\t"),
                        '"' | '\\' => {
                            e.push('\\');
                            e.push(c);
                        }
                        c => e.push(c),
                    }
                }
                e.push('"');
                e
            } else {
                w.clone()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

const CONTAINER_KEYS: &[&str] = &[
    "ContainerName",
    "Image",
    "Environment",
    "EnvironmentFile",
    "EnvironmentHost",
    "Exec",
    "NoNewPrivileges",
    "DropCapability",
    "AddCapability",
    "ReadOnly",
    "RemapUsers",
    "RemapUid",
    "RemapGid",
    "RemapUidSize",
    "Notify",
    "ExposeHostPort",
    "PublishPort",
    "User",
    "Group",
    "Volume",
    "PodmanArgs",
    "Label",
    "Annotation",
    "RunInit",
    "VolatileTmp",
    "Timezone",
    "SeccompProfile",
    "AddDevice",
    "Network",
];
const VOLUME_KEYS: &[&str] = &[
    "User", "Group", "Device", "Type", "Options", "Copy", "Label",
];
const NETWORK_KEYS: &[&str] = &[
    "DisableDNS",
    "Driver",
    "Gateway",
    "Internal",
    "IPRange",
    "IPAMDriver",
    "IPv6",
    "Options",
    "Subnet",
    "Label",
];
const KUBE_KEYS: &[&str] = &[
    "Yaml",
    "RemapUid",
    "RemapGid",
    "RemapUsers",
    "RemapUidSize",
    "Network",
    "ConfigMap",
    "PublishPort",
];

/// `RequiresMountsFor=`: the run root, as `%t/...` when it lies under `$XDG_RUNTIME_DIR`.
pub fn run_root_spec(run_root: &Path) -> String {
    if let Some(x) = std::env::var_os("XDG_RUNTIME_DIR") {
        if let Ok(rest) = run_root.strip_prefix(&x) {
            return format!("%t/{}", rest.display());
        }
    }
    run_root.display().to_string()
}

/// The directories quadlet files are read from, first wins for a file name.
pub fn unit_dirs() -> Vec<PathBuf> {
    if let Some(v) = std::env::var_os("QUADLET_UNIT_DIRS").filter(|v| !v.is_empty()) {
        return std::env::split_paths(&v).collect();
    }
    let config = std::env::var_os("XDG_CONFIG_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".config")));
    config
        .map(|c| vec![c.join("containers/systemd")])
        .unwrap_or_default()
}

/// Convert every quadlet file of `dirs`: the units made, and one message for each file that
/// could not be (as podman's quadlet, a bad file is skipped, the others still made).
pub fn generate(dirs: &[PathBuf], paths: &Paths) -> (Vec<Generated>, Vec<String>) {
    let mut sources: BTreeMap<String, PathBuf> = BTreeMap::new();
    for d in dirs {
        let Ok(entries) = std::fs::read_dir(d) else {
            continue;
        };
        for e in entries.flatten() {
            let name = e.file_name().to_string_lossy().to_string();
            let supported = [".container", ".volume", ".network", ".kube"]
                .iter()
                .any(|x| name.ends_with(x));
            if supported && !sources.contains_key(&name) {
                sources.insert(name, e.path());
            }
        }
    }
    let mut units = Vec::new();
    let mut errors = Vec::new();
    for (name, path) in sources {
        match convert_file(&name, &path, paths) {
            Ok(g) => units.push(g),
            Err(e) => errors.push(format!("converting {}: {e}", path.display())),
        }
    }
    (units, errors)
}

fn convert_file(name: &str, path: &Path, paths: &Paths) -> Result<Generated, String> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let unit = UnitFile::parse(&text)?;
    let base = name.rsplit_once('.').map(|(b, _)| b).unwrap_or(name);
    let (file, service) = if name.ends_with(".container") {
        (format!("{base}.service"), container(&unit, path, paths)?)
    } else if name.ends_with(".volume") {
        (
            format!("{base}-volume.service"),
            volume(&unit, base, paths)?,
        )
    } else if name.ends_with(".network") {
        (
            format!("{base}-network.service"),
            network(&unit, base, paths)?,
        )
    } else {
        (format!("{base}.service"), kube(&unit, path, paths)?)
    };
    let wanted_by = service
        .lookup_words("Install", "WantedBy")
        .into_iter()
        .chain(service.lookup_words("Install", "RequiredBy"))
        .filter(|t| !t.contains('/'))
        .collect();
    let text = service.render(&[
        "#".to_string(),
        format!("# Automatically generated by {} quadlet", paths.bin),
        "#".to_string(),
    ]);
    Ok(Generated {
        name: file,
        text,
        wanted_by,
    })
}

fn check_keys(unit: &UnitFile, group: &str, known: &[&str]) -> Result<(), String> {
    match unit
        .keys(group)
        .into_iter()
        .find(|k| !known.contains(&k.as_str()))
    {
        Some(k) => Err(format!("unsupported key '{k}' in group '{group}'")),
        None => Ok(()),
    }
}

/// `KillMode=mixed` unless the file chose mixed or control-group.
fn kill_mode(service: &mut UnitFile) -> Result<(), String> {
    match service.lookup("Service", "KillMode") {
        Some(m) if m == "mixed" || m == "control-group" => Ok(()),
        Some(m) => Err(format!("invalid KillMode '{m}'")),
        None => {
            service.set("Service", "KillMode", "mixed");
            Ok(())
        }
    }
}

fn absolute(source: &Path, p: &str) -> String {
    if p.starts_with('/') {
        return p.to_string();
    }
    source
        .parent()
        .unwrap_or(Path::new("/"))
        .join(p)
        .display()
        .to_string()
}

/// `Network=`: `NAME.network` becomes `systemd-NAME`, its service required and ordered before.
fn networks(unit: &UnitFile, group: &str, service: &mut UnitFile, args: &mut Vec<String>) {
    for n in unit.lookup_all(group, "Network") {
        if n.is_empty() {
            continue;
        }
        let (name, opts) = match n.split_once(':') {
            Some((a, b)) => (a.to_string(), Some(b.to_string())),
            None => (n.clone(), None),
        };
        let mut net = n.clone();
        if let Some(base) = name.strip_suffix(".network") {
            let svc = format!("{base}-network.service");
            service.add("Unit", "Requires", &svc);
            service.add("Unit", "After", &svc);
            net = match opts {
                Some(o) => format!("systemd-{base}:{o}"),
                None => format!("systemd-{base}"),
            };
        }
        args.push(format!("--network={net}"));
    }
}

fn is_port_range(p: &str) -> bool {
    let p = p
        .strip_suffix("/tcp")
        .or_else(|| p.strip_suffix("/udp"))
        .unwrap_or(p);
    let mut it = p.splitn(2, '-');
    let ok =
        |s: Option<&str>| s.is_some_and(|s| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()));
    let first = it.next();
    let second = it.next();
    ok(first) && (second.is_none() || ok(second))
}

/// `PublishPort=[[IP:]HOST:]CONTAINER` as `--publish`, IPv6 addresses in brackets.
fn publish(unit: &UnitFile, group: &str, args: &mut Vec<String>) -> Result<(), String> {
    for p in unit.lookup_all(group, "PublishPort") {
        let p = p.trim();
        let mut parts = Vec::new();
        let (mut start, mut depth) = (0, false);
        for (i, c) in p.char_indices() {
            match c {
                '[' => depth = true,
                ']' => depth = false,
                ':' if !depth => {
                    parts.push(&p[start..i]);
                    start = i + 1;
                }
                _ => {}
            }
        }
        parts.push(&p[start..]);
        let (mut ip, host, ctr) = match parts.as_slice() {
            [c] => ("", "", *c),
            [h, c] => ("", *h, *c),
            [i, h, c] => (*i, *h, *c),
            _ => return Err(format!("invalid published port '{p}'")),
        };
        if ip == "0.0.0.0" {
            ip = "";
        }
        for x in [host, ctr] {
            if !x.is_empty() && !is_port_range(x) {
                return Err(format!("invalid port format '{x}'"));
            }
        }
        args.push("--publish".into());
        args.push(match (ip.is_empty(), host.is_empty()) {
            (false, false) => format!("{ip}:{host}:{ctr}"),
            (false, true) => format!("{ip}::{ctr}"),
            (true, false) => format!("{host}:{ctr}"),
            (true, true) => ctr.to_string(),
        });
    }
    Ok(())
}

fn user_remap(
    unit: &UnitFile,
    group: &str,
    args: &mut Vec<String>,
    manual: bool,
) -> Result<(), String> {
    let uids = unit.lookup_words(group, "RemapUid");
    let gids = unit.lookup_words(group, "RemapGid");
    match unit
        .lookup(group, "RemapUsers")
        .unwrap_or_default()
        .as_str()
    {
        "" if !uids.is_empty() => Err("UidMap set without RemapUsers".into()),
        "" if !gids.is_empty() => Err("GidMap set without RemapUsers".into()),
        "" => Ok(()),
        "manual" if manual => {
            args.extend(uids.iter().map(|u| format!("--uidmap={u}")));
            args.extend(gids.iter().map(|g| format!("--gidmap={g}")));
            Ok(())
        }
        "manual" => Err("RemapUsers=manual is not supported".into()),
        "auto" => {
            let mut o: Vec<String> = uids.iter().map(|u| format!("uidmapping={u}")).collect();
            o.extend(gids.iter().map(|g| format!("gidmapping={g}")));
            if let Some(n) = unit
                .lookup(group, "RemapUidSize")
                .and_then(|s| s.parse::<u32>().ok())
                .filter(|n| *n > 0)
            {
                o.push(format!("size={n}"));
            }
            args.push(if o.is_empty() {
                "--userns=auto".into()
            } else {
                format!("--userns=auto:{}", o.join(","))
            });
            Ok(())
        }
        "keep-id" => {
            args.push("--userns=keep-id".into());
            Ok(())
        }
        other => Err(format!("unsupported RemapUsers option '{other}'")),
    }
}

fn keyed(args: &mut Vec<String>, flag: &str, kv: BTreeMap<String, String>) {
    for (k, v) in kv {
        args.push(flag.into());
        args.push(format!("{k}={v}"));
    }
}

fn container(unit: &UnitFile, source: &Path, paths: &Paths) -> Result<UnitFile, String> {
    const G: &str = "Container";
    let mut service = unit.clone();
    service.add("Unit", "SourcePath", &source.display().to_string());
    check_keys(unit, G, CONTAINER_KEYS)?;
    service.rename_group(G, "X-Container");
    let image = unit
        .lookup(G, "Image")
        .filter(|i| !i.is_empty())
        .ok_or("no Image key specified")?;
    let name = unit
        .lookup(G, "ContainerName")
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| "systemd-%N".into());
    service.add("Service", "Environment", "PODMAN_SYSTEMD_UNIT=%n");
    kill_mode(&mut service)?;
    service.add("Unit", "RequiresMountsFor", &paths.run_root);
    let bin = &paths.bin;
    // berth's rm takes the name (systemd fills %N in), podman's the --cidfile
    service.add(
        "Service",
        "ExecStopPost",
        &format!(
            "-{bin} rm -f -i {}",
            escape_words(std::slice::from_ref(&name))
        ),
    );
    service.add("Service", "ExecStopPost", "-rm -f %t/%N.cid");
    let mut a: Vec<String> = vec![
        bin.clone(),
        "run".into(),
        format!("--name={name}"),
        "--cidfile=%t/%N.cid".into(),
        "--replace".into(),
        "--rm".into(),
    ];
    service.add("Service", "Delegate", "yes");
    if let Some(tz) = unit.lookup(G, "Timezone").filter(|t| !t.is_empty()) {
        a.push(format!("--tz={tz}"));
    }
    networks(unit, G, &mut service, &mut a);
    if let Some(init) = unit.lookup_bool(G, "RunInit") {
        a.push(if init {
            "--init".into()
        } else {
            "--init=false".into()
        });
    }
    let ty = service.lookup("Service", "Type");
    match ty.as_deref() {
        None | Some("notify") | Some("forking") => {
            // berth sends no sd_notify: `run -d` returns once the container runs
            service.set("Service", "Type", "forking");
            a.push("-d".into());
        }
        Some("oneshot") => {}
        Some(t) => return Err(format!("invalid service Type '{t}'")),
    }
    if !service
        .keys("Service")
        .iter()
        .any(|k| k == "SyslogIdentifier")
    {
        service.set("Service", "SyslogIdentifier", "%N");
    }
    if unit.lookup_bool(G, "NoNewPrivileges").unwrap_or(false) {
        a.push("--security-opt=no-new-privileges".into());
    }
    for d in unit.lookup_words(G, "AddDevice") {
        a.push(format!("--device={d}"));
    }
    if let Some(p) = unit.lookup(G, "SeccompProfile") {
        a.push("--security-opt".into());
        a.push(format!("seccomp={p}"));
    }
    for c in unit.lookup_words(G, "DropCapability") {
        a.push(format!("--cap-drop={}", c.to_lowercase()));
    }
    for c in unit.lookup_words(G, "AddCapability") {
        a.push(format!("--cap-add={}", c.to_lowercase()));
    }
    let read_only = unit.lookup_bool(G, "ReadOnly");
    if let Some(ro) = read_only {
        a.push(if ro {
            "--read-only".into()
        } else {
            "--read-only=false".into()
        });
    }
    let ro = read_only.unwrap_or(false);
    if unit.lookup_bool(G, "VolatileTmp").unwrap_or(false) {
        if !ro {
            a.push("--tmpfs".into());
            a.push("/tmp:rw,size=512M,mode=1777".into());
        }
    } else if ro {
        a.push("--read-only-tmpfs=false".into());
    }
    let user = unit.lookup(G, "User");
    let group = unit.lookup(G, "Group");
    if user.is_some() || group.is_some() {
        let num = |v: Option<String>| v.and_then(|s| s.trim().parse::<u32>().ok()).unwrap_or(0);
        a.push("--user".into());
        a.push(match &group {
            Some(_) => format!("{}:{}", num(user.clone()), num(group.clone())),
            None => num(user.clone()).to_string(),
        });
    }
    user_remap(unit, G, &mut a, true)?;
    for v in unit.lookup_all(G, "Volume") {
        let parts: Vec<&str> = v.splitn(3, ':').collect();
        let (mut src, dest) = match parts.as_slice() {
            [d] => (String::new(), d.to_string()),
            [s, d, ..] => (s.to_string(), d.to_string()),
            _ => continue,
        };
        let opts = parts.get(2).map(|o| format!(":{o}")).unwrap_or_default();
        if src.starts_with('/') {
            service.add("Unit", "RequiresMountsFor", &src);
        } else if let Some(base) = src.strip_suffix(".volume") {
            let svc = format!("{base}-volume.service");
            service.add("Unit", "Requires", &svc);
            service.add("Unit", "After", &svc);
            src = format!("systemd-{base}");
        }
        a.push("-v".into());
        a.push(if src.is_empty() {
            dest
        } else {
            format!("{src}:{dest}{opts}")
        });
    }
    for p in unit.lookup_all(G, "ExposeHostPort") {
        let p = p.trim().to_string();
        if !is_port_range(&p) {
            return Err(format!("invalid port format '{p}'"));
        }
        a.push(format!("--expose={p}"));
    }
    publish(unit, G, &mut a)?;
    keyed(&mut a, "--env", unit.lookup_key_val(G, "Environment"));
    keyed(&mut a, "--label", unit.lookup_key_val(G, "Label"));
    keyed(&mut a, "--annotation", unit.lookup_key_val(G, "Annotation"));
    for f in unit.lookup_words(G, "EnvironmentFile") {
        a.push("--env-file".into());
        a.push(absolute(source, &f));
    }
    if let Some(h) = unit.lookup_bool(G, "EnvironmentHost") {
        a.push(if h {
            "--env-host".into()
        } else {
            "--env-host=false".into()
        });
    }
    a.extend(unit.lookup_words(G, "PodmanArgs"));
    a.push(image);
    if let Some(e) = unit.lookup(G, "Exec") {
        a.extend(split_words(&e));
    }
    service.add("Service", "ExecStart", &escape_words(&a));
    Ok(service)
}

/// The start of a `.network`/`.volume` unit: its keys checked, its group renamed `X-…`, and
/// the `KIND create --ignore` command line to complete.
fn create_unit(
    unit: &UnitFile,
    group: &str,
    keys: &[&str],
    kind: &str,
    paths: &Paths,
) -> Result<(UnitFile, Vec<String>), String> {
    let mut service = unit.clone();
    check_keys(unit, group, keys)?;
    service.rename_group(group, &format!("X-{group}"));
    service.add("Unit", "RequiresMountsFor", &paths.run_root);
    let a = vec![
        paths.bin.clone(),
        kind.into(),
        "create".into(),
        "--ignore".into(),
    ];
    Ok((service, a))
}

/// A oneshot service that runs `a` once and stays active, as quadlet writes them.
fn oneshot(mut service: UnitFile, a: &[String]) -> UnitFile {
    service.add("Service", "ExecStart", &escape_words(a));
    service.set("Service", "Type", "oneshot");
    service.set("Service", "RemainAfterExit", "yes");
    service.set("Service", "SyslogIdentifier", "%N");
    service
}

fn network(unit: &UnitFile, base: &str, paths: &Paths) -> Result<UnitFile, String> {
    const G: &str = "Network";
    let (service, mut a) = create_unit(unit, G, NETWORK_KEYS, "network", paths)?;
    if unit.lookup_bool(G, "DisableDNS").unwrap_or(false) {
        a.push("--disable-dns".into());
    }
    if let Some(d) = unit.lookup(G, "Driver").filter(|d| !d.is_empty()) {
        a.push(format!("--driver={d}"));
    }
    let subnets = unit.lookup_all(G, "Subnet");
    let gateways = unit.lookup_all(G, "Gateway");
    let ranges = unit.lookup_all(G, "IPRange");
    if !subnets.is_empty() {
        if gateways.len() > subnets.len() {
            return Err("cannot set more gateways than subnets".into());
        }
        if ranges.len() > subnets.len() {
            return Err("cannot set more ranges than subnets".into());
        }
        for (i, s) in subnets.iter().enumerate() {
            a.push(format!("--subnet={s}"));
            if let Some(g) = gateways.get(i) {
                a.push(format!("--gateway={g}"));
            }
            if let Some(r) = ranges.get(i) {
                a.push(format!("--ip-range={r}"));
            }
        }
    } else if !ranges.is_empty() || !gateways.is_empty() {
        return Err("cannot set gateway or range without subnet".into());
    }
    if unit.lookup_bool(G, "Internal").unwrap_or(false) {
        a.push("--internal".into());
    }
    if let Some(d) = unit.lookup(G, "IPAMDriver").filter(|d| !d.is_empty()) {
        a.push(format!("--ipam-driver={d}"));
    }
    if unit.lookup_bool(G, "IPv6").unwrap_or(false) {
        a.push("--ipv6".into());
    }
    keyed(&mut a, "--opt", unit.lookup_key_val(G, "Options"));
    keyed(&mut a, "--label", unit.lookup_key_val(G, "Label"));
    a.push(format!("systemd-{base}"));
    Ok(oneshot(service, &a))
}

fn volume(unit: &UnitFile, base: &str, paths: &Paths) -> Result<UnitFile, String> {
    const G: &str = "Volume";
    let (service, mut a) = create_unit(unit, G, VOLUME_KEYS, "volume", paths)?;
    let mut o: Vec<String> = Vec::new();
    let num = |k: &str| {
        unit.lookup(G, k)
            .and_then(|s| s.trim().parse::<u32>().ok())
            .unwrap_or(0)
    };
    if unit.lookup(G, "User").is_some() {
        o.push(format!("uid={}", num("User")));
    }
    if unit.lookup(G, "Group").is_some() {
        o.push(format!("gid={}", num("Group")));
    }
    if let Some(c) = unit.lookup_bool(G, "Copy") {
        a.push("--opt".into());
        a.push(if c { "copy".into() } else { "nocopy".into() });
    }
    let dev = unit.lookup(G, "Device").filter(|d| !d.is_empty());
    if let Some(d) = &dev {
        a.push("--opt".into());
        a.push(format!("device={d}"));
    }
    if let Some(t) = unit.lookup(G, "Type").filter(|t| !t.is_empty()) {
        if dev.is_none() {
            return Err("key Type can't be used without Device".into());
        }
        a.push("--opt".into());
        a.push(format!("type={t}"));
    }
    if let Some(m) = unit.lookup(G, "Options").filter(|m| !m.is_empty()) {
        if dev.is_none() {
            return Err("key Options can't be used without Device".into());
        }
        o.push(m);
    }
    if !o.is_empty() {
        a.push("--opt".into());
        a.push(format!("o={}", o.join(",")));
    }
    keyed(&mut a, "--label", unit.lookup_key_val(G, "Label"));
    a.push(format!("systemd-{base}"));
    Ok(oneshot(service, &a))
}

fn kube(unit: &UnitFile, source: &Path, paths: &Paths) -> Result<UnitFile, String> {
    const G: &str = "Kube";
    let mut service = unit.clone();
    service.add("Unit", "SourcePath", &source.display().to_string());
    check_keys(unit, G, KUBE_KEYS)?;
    service.rename_group(G, "X-Kube");
    let yaml = unit
        .lookup(G, "Yaml")
        .filter(|y| !y.is_empty())
        .ok_or("no Yaml key specified")?;
    let yaml = absolute(source, &yaml);
    kill_mode(&mut service)?;
    service.add("Service", "Environment", "PODMAN_SYSTEMD_UNIT=%n");
    service.add("Unit", "RequiresMountsFor", &paths.run_root);
    // berth's kube play returns once the pods run (no service container, no sd_notify)
    service.set("Service", "Type", "oneshot");
    service.set("Service", "RemainAfterExit", "yes");
    if !service
        .keys("Service")
        .iter()
        .any(|k| k == "SyslogIdentifier")
    {
        service.set("Service", "SyslogIdentifier", "%N");
    }
    let mut a: Vec<String> = vec![
        paths.bin.clone(),
        "kube".into(),
        "play".into(),
        "--replace".into(),
    ];
    user_remap(unit, G, &mut a, false)?;
    networks(unit, G, &mut service, &mut a);
    for c in unit.lookup_words(G, "ConfigMap") {
        a.push("--configmap".into());
        a.push(absolute(source, &c));
    }
    publish(unit, G, &mut a)?;
    a.push(yaml.clone());
    service.add("Service", "ExecStart", &escape_words(&a));
    service.add(
        "Service",
        "ExecStop",
        &escape_words(&[paths.bin.clone(), "kube".into(), "down".into(), yaml]),
    );
    Ok(service)
}

/// Write the units into `out` and link each into the `.wants` (`.requires`) directory of the
/// targets of its `[Install]`, as a systemd generator does (no `systemctl enable` for
/// generated units).
pub fn write(out: &Path, units: &[Generated]) -> anyhow::Result<()> {
    let err = |p: &Path, e: std::io::Error| -> anyhow::Error {
        UserError::new(format!("writing {}: {e}", p.display()))
            .with_hint("name an output directory you may write")
            .into()
    };
    std::fs::create_dir_all(out).map_err(|e| err(out, e))?;
    for u in units {
        let p = out.join(&u.name);
        std::fs::write(&p, &u.text).map_err(|e| err(&p, e))?;
        for t in &u.wanted_by {
            let dir = out.join(format!("{t}.wants"));
            std::fs::create_dir_all(&dir).map_err(|e| err(&dir, e))?;
            let link = dir.join(&u.name);
            let _ = std::fs::remove_file(&link);
            std::os::unix::fs::symlink(format!("../{}", u.name), &link)
                .map_err(|e| err(&link, e))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_split_and_escape_round_trip() {
        let w = split_words(r#"a "b c" 'd e' f\ g"#);
        assert_eq!(w, ["a", "b c", "d e", "f g"]);
        assert_eq!(escape_words(&w), r#"a "b c" "d e" "f g""#);
        assert_eq!(split_words(&escape_words(&w)), w);
    }

    #[test]
    fn ports_are_checked_as_quadlet_checks_them() {
        assert!(is_port_range("80"));
        assert!(is_port_range("80-90/udp"));
        assert!(!is_port_range("http"));
        let u =
            UnitFile::parse("[Container]\nPublishPort=[::1]:8080:80\nPublishPort=0.0.0.0:1:2\n")
                .unwrap();
        let mut a = Vec::new();
        publish(&u, "Container", &mut a).unwrap();
        assert_eq!(a, ["--publish", "[::1]:8080:80", "--publish", "1:2"]);
    }
}
