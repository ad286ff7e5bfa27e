//! `-c/--change` of `import` (and `commit`): Containerfile instructions applied to an image
//! config, as podman takes them: CMD, ENTRYPOINT, ENV, EXPOSE, LABEL, ONBUILD, STOPSIGNAL,
//! USER, VOLUME, WORKDIR.

use crate::error::UserError;
use serde_json::{Map, Value};

/// A JSON array of strings (exec form), or None.
fn exec_form(s: &str) -> Option<Vec<String>> {
    let t = s.trim();
    if !t.starts_with('[') {
        return None;
    }
    serde_json::from_str::<Vec<String>>(t).ok()
}

/// `KEY=VALUE KEY2="x y"` pairs, or the legacy `KEY VALUE` form.
fn pairs(s: &str, what: &str) -> Result<Vec<(String, String)>, UserError> {
    let s = s.trim();
    let words = split_words(s);
    if words.is_empty() {
        return Err(UserError::new(format!(
            "{what} requires at least one argument"
        )));
    }
    if !words[0].contains('=') {
        // legacy: KEY the rest
        let (k, v) = s.split_once(char::is_whitespace).unwrap_or((s, ""));
        return Ok(vec![(k.to_string(), unquote(v.trim()))]);
    }
    words
        .iter()
        .map(|w| {
            w.split_once('=')
                .map(|(k, v)| (k.to_string(), unquote(v)))
                .ok_or_else(|| UserError::new(format!("{what}: {w:?} is not KEY=VALUE")))
        })
        .collect()
}

fn unquote(v: &str) -> String {
    let b = v.as_bytes();
    if b.len() >= 2 && (b[0] == b'"' || b[0] == b'\'') && b[b.len() - 1] == b[0] {
        v[1..v.len() - 1].to_string()
    } else {
        v.to_string()
    }
}

/// Words split on blanks outside quotes (quotes kept, for `unquote`).
fn split_words(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quote: Option<char> = None;
    for c in s.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => {
                quote = None;
                cur.push(c);
            }
            (None, '"' | '\'') => {
                quote = Some(c);
                cur.push(c);
            }
            (None, c) if c.is_whitespace() => {
                if !cur.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
            }
            (_, c) => cur.push(c),
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

fn strings(v: Vec<String>) -> Value {
    Value::Array(v.into_iter().map(Value::String).collect())
}

/// The object at `key` of `cfg` (a fresh one when missing or not an object), changed by `f`.
fn with_object<T>(
    cfg: &mut Map<String, Value>,
    key: &str,
    f: impl FnOnce(&mut Map<String, Value>) -> T,
) -> T {
    let mut m = match cfg.remove(key) {
        Some(Value::Object(m)) => m,
        _ => Map::new(),
    };
    let out = f(&mut m);
    cfg.insert(key.to_string(), Value::Object(m));
    out
}

/// The array at `key` of `cfg`, changed by `f`.
fn with_array<T>(
    cfg: &mut Map<String, Value>,
    key: &str,
    f: impl FnOnce(&mut Vec<Value>) -> T,
) -> T {
    let mut a = match cfg.remove(key) {
        Some(Value::Array(a)) => a,
        _ => Vec::new(),
    };
    let out = f(&mut a);
    cfg.insert(key.to_string(), Value::Array(a));
    out
}

/// Apply one change to `cfg` (the `config` object of an image config).
pub fn apply(cfg: &mut Map<String, Value>, change: &str) -> Result<(), UserError> {
    let change = change.trim();
    let (inst, rest) = change
        .split_once(|c: char| c.is_whitespace() || c == '=')
        .unwrap_or((change, ""));
    let rest = rest.trim();
    let inst = inst.to_uppercase();
    let shell = |s: &str| vec!["/bin/sh".to_string(), "-c".to_string(), s.to_string()];
    match inst.as_str() {
        "CMD" => {
            let v = exec_form(rest).unwrap_or_else(|| shell(rest));
            cfg.insert("Cmd".into(), strings(v));
        }
        "ENTRYPOINT" => {
            let v = match exec_form(rest) {
                Some(v) => v,
                None if rest.is_empty() => Vec::new(),
                None => shell(rest),
            };
            cfg.insert("Entrypoint".into(), strings(v));
        }
        "ENV" => {
            let kv = pairs(rest, "ENV")?;
            with_array(cfg, "Env", |list| {
                for (k, v) in kv {
                    let prefix = format!("{k}=");
                    list.retain(|e| !e.as_str().is_some_and(|s| s.starts_with(&prefix)));
                    list.push(Value::String(format!("{k}={v}")));
                }
            });
        }
        "LABEL" => {
            let kv = pairs(rest, "LABEL")?;
            with_object(cfg, "Labels", |labels| {
                for (k, v) in kv {
                    labels.insert(unquote(&k), Value::String(v));
                }
            });
        }
        "EXPOSE" => {
            if rest.is_empty() {
                return Err(UserError::new("EXPOSE requires at least one argument"));
            }
            with_object(cfg, "ExposedPorts", |ports| {
                for p in rest.split_whitespace() {
                    let p = if p.contains('/') {
                        p.to_string()
                    } else {
                        format!("{p}/tcp")
                    };
                    ports.insert(p, Value::Object(Map::new()));
                }
            });
        }
        "VOLUME" => {
            let vols = exec_form(rest)
                .unwrap_or_else(|| rest.split_whitespace().map(String::from).collect());
            if vols.is_empty() {
                return Err(UserError::new("VOLUME requires at least one argument"));
            }
            with_object(cfg, "Volumes", |m| {
                for v in vols {
                    m.insert(v, Value::Object(Map::new()));
                }
            });
        }
        "WORKDIR" => {
            if rest.is_empty() {
                return Err(UserError::new("WORKDIR requires exactly one argument"));
            }
            let cur = cfg.get("WorkingDir").and_then(Value::as_str).unwrap_or("/");
            let dir = if rest.starts_with('/') {
                rest.to_string()
            } else {
                format!("{}/{rest}", cur.trim_end_matches('/'))
            };
            cfg.insert("WorkingDir".into(), Value::String(dir));
        }
        "USER" => {
            if rest.is_empty() {
                return Err(UserError::new("USER requires exactly one argument"));
            }
            cfg.insert("User".into(), Value::String(rest.to_string()));
        }
        "STOPSIGNAL" => {
            if rest.is_empty() {
                return Err(UserError::new("STOPSIGNAL requires exactly one argument"));
            }
            super::parse_signal(rest)?;
            cfg.insert("StopSignal".into(), Value::String(rest.to_string()));
        }
        "ONBUILD" => {
            with_array(cfg, "OnBuild", |a| a.push(Value::String(rest.to_string())));
        }
        _ => {
            return Err(UserError::new(format!(
                "invalid change {change:?} - invalid instruction {inst}"
            ))
            .with_hint(
                "use one of CMD, ENTRYPOINT, ENV, EXPOSE, LABEL, ONBUILD, STOPSIGNAL, USER, VOLUME, WORKDIR",
            ))
        }
    }
    Ok(())
}

/// Apply every change, in order, to a whole image config (its `config` object).
pub fn apply_all(config: &mut Value, changes: &[String]) -> Result<(), UserError> {
    if changes.is_empty() {
        return Ok(());
    }
    let Some(obj) = config.as_object_mut() else {
        return Err(UserError::new("the image config is not a JSON object"));
    };
    with_object(obj, "config", |cfg| {
        changes.iter().try_for_each(|c| apply(cfg, c))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn run(changes: &[&str]) -> Value {
        let mut c = json!({});
        apply_all(
            &mut c,
            &changes.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
        )
        .unwrap();
        c["config"].clone()
    }

    #[test]
    fn table() {
        let cases: &[(&str, Value)] = &[
            (r#"CMD ["echo","hi"]"#, json!({"Cmd": ["echo", "hi"]})),
            ("CMD echo hi", json!({"Cmd": ["/bin/sh", "-c", "echo hi"]})),
            ("CMD=echo", json!({"Cmd": ["/bin/sh", "-c", "echo"]})),
            (
                "ENTRYPOINT [\"/bin/sh\"]",
                json!({"Entrypoint": ["/bin/sh"]}),
            ),
            ("ENV A=b C=\"d e\"", json!({"Env": ["A=b", "C=d e"]})),
            ("ENV A b c", json!({"Env": ["A=b c"]})),
            ("LABEL a=b", json!({"Labels": {"a": "b"}})),
            (
                "EXPOSE 80 53/udp",
                json!({"ExposedPorts": {"80/tcp": {}, "53/udp": {}}}),
            ),
            ("VOLUME /data", json!({"Volumes": {"/data": {}}})),
            (
                "VOLUME [\"/a\",\"/b\"]",
                json!({"Volumes": {"/a": {}, "/b": {}}}),
            ),
            ("WORKDIR /srv", json!({"WorkingDir": "/srv"})),
            ("USER 1000:1000", json!({"User": "1000:1000"})),
            ("STOPSIGNAL SIGKILL", json!({"StopSignal": "SIGKILL"})),
            ("user nobody", json!({"User": "nobody"})),
        ];
        for (c, want) in cases {
            assert_eq!(&run(&[c]), want, "{c}");
        }
    }

    #[test]
    fn env_replaces_and_workdir_is_relative() {
        let c = run(&["ENV A=1", "ENV A=2", "WORKDIR /a", "WORKDIR b"]);
        assert_eq!(c["Env"], json!(["A=2"]));
        assert_eq!(c["WorkingDir"], json!("/a/b"));
    }

    #[test]
    fn refuses_unknown_and_empty() {
        let mut c = json!({});
        assert!(apply_all(&mut c, &["RUN ls".into()]).is_err());
        assert!(apply_all(&mut c, &["USER".into()]).is_err());
        assert!(apply_all(&mut c, &["STOPSIGNAL NOPE".into()]).is_err());
    }
}
