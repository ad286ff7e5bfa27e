//! `RUN --mount=…` values, as buildkit's `instructions/runmount.go` reads them.

use super::instruction::{CacheSharing, MountType, RunMount};

/// Splits a `--mount` value at commas outside double quotes (Go's csv reader, as buildkit).
fn csv_fields(value: &str) -> Vec<String> {
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            '"' => quoted = !quoted,
            ',' if !quoted => fields.push(std::mem::take(&mut field)),
            c => field.push(c),
        }
    }
    fields.push(field);
    fields
}

fn parse_bool(key: &str, value: &str) -> Result<bool, String> {
    match value.to_ascii_lowercase().as_str() {
        "1" | "t" | "true" => Ok(true),
        "0" | "f" | "false" => Ok(false),
        _ => Err(format!(
            "has an invalid value for {key} in --mount: {value}"
        )),
    }
}

/// How the values of a `--mount` are expanded: `None` at parse time (a value holding `$` is
/// left for later, as buildkit defers it), or the step's expansion.
pub(crate) type MountExpander<'a> = Option<&'a dyn Fn(&str) -> Result<String, String>>;

/// One `--mount=type=…,…` with buildkit's defaults and checks (`runmount.go`). `n` is its
/// position among the step's mounts (ssh sockets are numbered by it).
pub(crate) fn parse_mount(spec: &str, n: usize, expand: MountExpander) -> Result<RunMount, String> {
    let mut kind = MountType::Bind;
    let mut target = None;
    let mut source = None;
    let mut from = None;
    let mut readonly: Option<bool> = None;
    let mut id = None;
    let mut sharing = None;
    let mut mode = None;
    let mut uid = None;
    let mut gid = None;
    let mut size = None;
    let mut required = false;
    let mut env = None;
    let mut deferred = false;
    for field in csv_fields(spec) {
        let field = field.trim();
        if field.is_empty() {
            continue;
        }
        let (key, raw) = match field.split_once('=') {
            Some((k, v)) => (k.trim().to_ascii_lowercase(), Some(v.trim().to_string())),
            None => (field.to_ascii_lowercase(), None),
        };
        let Some(raw) = raw else {
            match key.as_str() {
                "readonly" | "ro" => readonly = Some(true),
                "readwrite" | "rw" => readonly = Some(false),
                "required" => required = true,
                _ => {
                    return Err(format!(
                        "has an invalid --mount field '{field}': it must be a key=value pair"
                    ))
                }
            }
            continue;
        };
        let val = match expand {
            Some(expand) => expand(&raw)?,
            None if key == "from" => {
                if raw.find('$').is_some_and(|i| i + 1 != raw.len()) {
                    return Err("--mount from= doesn't support variable expansion, define an alias stage instead".to_string());
                }
                raw
            }
            None if raw.contains('$') => {
                // evaluated when the step runs, with the step's variables
                deferred = true;
                match key.as_str() {
                    "source" | "src" => source = Some(raw),
                    "target" | "dst" | "destination" => target = Some(raw),
                    "id" => id = Some(raw),
                    "env" => env = Some(raw),
                    _ => {}
                }
                continue;
            }
            None => raw,
        };
        let number = |radix: u32| {
            u32::from_str_radix(&val, radix)
                .map_err(|_| format!("has an invalid value for {key} in --mount: {val}"))
        };
        match key.as_str() {
            "type" => {
                kind = match val.to_ascii_lowercase().as_str() {
                    "bind" => MountType::Bind,
                    "cache" => MountType::Cache,
                    "tmpfs" => MountType::Tmpfs,
                    "secret" => MountType::Secret,
                    "ssh" => MountType::Ssh,
                    _ => return Err(format!("has an unsupported mount type \"{val}\"")),
                }
            }
            "source" | "src" => source = Some(val),
            "target" | "dst" | "destination" => target = Some(val),
            "from" => from = Some(val),
            "readonly" | "ro" => readonly = Some(parse_bool(&key, &val)?),
            "readwrite" | "rw" => readonly = Some(!parse_bool(&key, &val)?),
            "required" => required = parse_bool(&key, &val)?,
            "id" => id = Some(val),
            "sharing" => {
                sharing = Some(match val.to_ascii_lowercase().as_str() {
                    "shared" => CacheSharing::Shared,
                    "private" => CacheSharing::Private,
                    "locked" => CacheSharing::Locked,
                    _ => return Err(format!("has an unsupported sharing value \"{val}\"")),
                })
            }
            "mode" => mode = Some(number(8)?),
            "uid" => uid = Some(number(10)?),
            "gid" => gid = Some(number(10)?),
            "size" => {
                size =
                    Some(parse_size(&val).ok_or_else(|| {
                        format!("has an invalid value for size in --mount: {val}")
                    })?)
            }
            "env" => env = Some(val),
            _ => {
                return Err(format!(
                    "has an unexpected key '{key}' in --mount '{field}'"
                ))
            }
        }
    }
    let name = match kind {
        MountType::Bind => "bind",
        MountType::Cache => "cache",
        MountType::Tmpfs => "tmpfs",
        MountType::Secret => "secret",
        MountType::Ssh => "ssh",
    };
    if !deferred {
        if required && !matches!(kind, MountType::Secret | MountType::Ssh) {
            return Err(format!("--mount=type={name} takes no required"));
        }
        if size.is_some() && kind != MountType::Tmpfs {
            return Err(format!("--mount=type={name} takes no size"));
        }
        if (mode.is_some() || uid.is_some() || gid.is_some())
            && !matches!(kind, MountType::Secret | MountType::Ssh | MountType::Cache)
        {
            return Err(format!("--mount=type={name} takes no mode, uid or gid"));
        }
        if sharing.is_some() && kind != MountType::Cache {
            return Err(format!(
                "--mount=type={name} takes no sharing (only type=cache does)"
            ));
        }
    }
    let target = match kind {
        MountType::Secret => {
            if from.is_some() {
                return Err("--mount=type=secret takes no from".to_string());
            }
            if source.is_some() && id.is_some() {
                return Err("--mount=type=secret takes source or id, not both".to_string());
            }
            if id.is_none() {
                id = source.clone().or_else(|| {
                    target
                        .as_deref()
                        .and_then(|t: &str| t.rsplit('/').find(|s| !s.is_empty()))
                        .map(str::to_string)
                });
            }
            let Some(secret) = id.clone() else {
                return Err("--mount=type=secret needs one of source, id or target".to_string());
            };
            target.unwrap_or_else(|| format!("/run/secrets/{secret}"))
        }
        MountType::Ssh => {
            if id.is_none() {
                id = Some("default".to_string());
            }
            target.unwrap_or_else(|| format!("/run/buildkit/ssh_agent.{n}"))
        }
        _ => match target {
            Some(t) => {
                if kind == MountType::Cache && id.is_none() {
                    id = Some(t.clone());
                }
                t
            }
            None if deferred => String::new(),
            None => return Err(format!("--mount=type={name} needs a target")),
        },
    };
    let readonly = readonly.unwrap_or(!matches!(kind, MountType::Cache | MountType::Tmpfs));
    Ok(RunMount {
        spec: spec.to_string(),
        kind,
        target,
        source,
        from,
        readonly,
        id,
        sharing: sharing.unwrap_or_default(),
        mode,
        uid,
        gid,
        size,
        required,
        env,
    })
}

/// Sizes as docker's `units.RAMInBytes`: `1024`, `64m`, `1.5g`, `512kb` (binary units).
fn parse_size(s: &str) -> Option<u64> {
    let lower = s.trim().to_ascii_lowercase();
    let split = lower
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(lower.len());
    let (num, unit) = (lower.get(..split)?, lower.get(split..)?);
    let num: f64 = num.parse().ok()?;
    let unit = unit.strip_suffix('b').unwrap_or(unit);
    let unit = unit.strip_suffix('i').unwrap_or(unit);
    let mult: f64 = match unit {
        "" => 1.0,
        "k" => 1024.0,
        "m" => 1024.0 * 1024.0,
        "g" => 1024.0 * 1024.0 * 1024.0,
        "t" => 1024.0f64.powi(4),
        "p" => 1024.0f64.powi(5),
        _ => return None,
    };
    let bytes = num * mult;
    (bytes.is_finite() && bytes >= 0.0 && bytes < u64::MAX as f64).then_some(bytes as u64)
}
