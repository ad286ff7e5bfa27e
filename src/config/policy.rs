//! policy.json (containers-policy.json(5)): the trust policy that `image trust show/set` read
//! and write, as podman's pkg/trust does.

use crate::error::UserError;
use serde::Serialize;
use serde_json::{json, Map, Value};
use std::path::{Path, PathBuf};

/// The policy file used when `--policypath` is not given: the user's, if it exists, else
/// the system's (containers/image's order).
pub fn default_path() -> PathBuf {
    let user = super::config_home().join("containers/policy.json");
    if user.exists() {
        user
    } else {
        PathBuf::from("/etc/containers/policy.json")
    }
}

/// One line of `image trust show`.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct TrustEntry {
    pub transport: String,
    pub name: String,
    pub repo_name: String,
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub id: String,
}

fn read(path: &Path) -> Result<Value, UserError> {
    let text = std::fs::read(path).map_err(|e| {
        UserError::new(format!("reading policy file {}: {e}", path.display()))
            .with_hint("give the file with --policypath")
    })?;
    serde_json::from_slice(&text).map_err(|e| {
        UserError::new(format!("invalid policy in {}: {e}", path.display()))
            .with_hint("see containers-policy.json(5)")
    })
}

/// podman's words for a requirement's type.
fn shown_type(req: &Value) -> String {
    match req["type"].as_str().unwrap_or("") {
        "insecureAcceptAnything" => "accept".into(),
        "signedBy" => "signed".into(),
        other => other.into(),
    }
}

/// The policy as `image trust show` lists it: the default first, then each transport's
/// scopes (docker's as "repository"), sorted.
pub fn show(path: &Path) -> Result<Vec<TrustEntry>, UserError> {
    let p = read(path)?;
    let mut out = Vec::new();
    if let Some(req) = p["default"].as_array().and_then(|a| a.first()) {
        out.push(TrustEntry {
            transport: "all".into(),
            name: "* (default)".into(),
            repo_name: "default".into(),
            kind: shown_type(req),
            id: req["keyPath"].as_str().unwrap_or("").into(),
        });
    }
    if let Some(transports) = p["transports"].as_object() {
        for (t, scopes) in transports {
            let Some(scopes) = scopes.as_object() else {
                continue;
            };
            for (scope, reqs) in scopes {
                let Some(req) = reqs.as_array().and_then(|a| a.first()) else {
                    continue;
                };
                out.push(TrustEntry {
                    transport: if t == "docker" {
                        "repository".into()
                    } else {
                        t.clone()
                    },
                    name: scope.clone(),
                    repo_name: scope.clone(),
                    kind: shown_type(req),
                    id: req["keyPath"].as_str().unwrap_or("").into(),
                });
            }
        }
    }
    Ok(out)
}

/// The file's text as it is (`--raw`).
pub fn raw(path: &Path) -> Result<String, UserError> {
    std::fs::read_to_string(path).map_err(|e| {
        UserError::new(format!("reading policy file {}: {e}", path.display()))
            .with_hint("give the file with --policypath")
    })
}

/// `image trust set`: the requirement of `kind` (accept, reject, signedBy, sigstoreSigned)
/// for `scope` ("default", or a registry/repository of the docker transport). The file is
/// made when missing; it is written with 4-space indents, as podman writes it.
pub fn set(path: &Path, scope: &str, kind: &str, keys: &[String]) -> Result<(), UserError> {
    let req: Vec<Value> = match kind {
        "accept" => vec![json!({"type": "insecureAcceptAnything"})],
        "reject" => vec![json!({"type": "reject"})],
        "signedBy" | "sigstoreSigned" => {
            if keys.is_empty() {
                return Err(UserError::new(format!(
                    "at least one public key must be defined for type {kind:?}"
                ))
                .with_hint("give the key files with --pubkeysfile (-f)"));
            }
            keys.iter()
                .map(|k| {
                    if kind == "signedBy" {
                        json!({"type": "signedBy", "keyType": "GPGKeys", "keyPath": k})
                    } else {
                        json!({"type": "sigstoreSigned", "keyPath": k})
                    }
                })
                .collect()
        }
        other => {
            return Err(UserError::new(format!(
                "invalid choice: {other} (choose from 'accept', 'reject', 'signedBy', 'sigstoreSigned')"
            ))
            .with_hint("e.g. --type accept"))
        }
    };
    let mut p = if path.exists() {
        read(path)?
    } else {
        Value::Object(Map::new())
    };
    if !p.is_object() {
        p = Value::Object(Map::new());
    }
    if scope == "default" {
        p["default"] = Value::Array(req);
    } else {
        if !p["transports"].is_object() {
            p["transports"] = json!({});
        }
        if !p["transports"]["docker"].is_object() {
            p["transports"]["docker"] = json!({});
        }
        p["transports"]["docker"][scope] = Value::Array(req);
    }
    let mut buf = Vec::new();
    let fmt = serde_json::ser::PrettyFormatter::with_indent(b"    ");
    let mut ser = serde_json::Serializer::with_formatter(&mut buf, fmt);
    p.serialize(&mut ser)
        .map_err(|e| UserError::new(format!("encoding the policy: {e}")))?;
    write_replacing(path, &buf).map_err(|e| {
        UserError::new(format!("writing policy file {}: {e}", path.display()))
            .with_hint("the system's policy needs root: give your own file with --policypath")
    })
}

/// Write beside the file, then rename over it: a reader sees the old policy or the new one.
fn write_replacing(path: &Path, data: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
    let mut f = std::fs::File::create(&tmp)?;
    let written = f.write_all(data).and_then(|_| f.sync_all());
    if let Err(e) = written.and_then(|_| std::fs::rename(&tmp, path)) {
        let _ = std::fs::remove_file(&tmp);
        return Err(e);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_then_show_as_podman() {
        let d = std::env::temp_dir().join(format!("berth-policy-{}", std::process::id()));
        std::fs::create_dir_all(&d).unwrap();
        let p = d.join("policy.json");
        assert!(set(&p, "default", "bogus", &[])
            .unwrap_err()
            .to_string()
            .starts_with("invalid choice: bogus"));
        set(&p, "default", "reject", &[]).unwrap();
        set(&p, "docker.io", "accept", &[]).unwrap();
        let s = show(&p).unwrap();
        assert_eq!(
            (s[0].repo_name.as_str(), s[0].kind.as_str()),
            ("default", "reject")
        );
        assert_eq!(
            (
                s[1].transport.as_str(),
                s[1].name.as_str(),
                s[1].kind.as_str()
            ),
            ("repository", "docker.io", "accept")
        );
        assert!(raw(&p).unwrap().contains("\n    \"default\": [\n"));
        std::fs::remove_dir_all(&d).unwrap();
    }
}
