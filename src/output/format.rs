//! `--format`: Go templates (`{{.ID}}`, `table ...`, `{{json .}}`) and `json`, as podman takes them.

use gtmpl_value::{FuncError, Value};
use serde_json::Value as Json;
use std::collections::HashMap;

/// What a `--format` argument asks for.
pub enum Format {
    /// The command's default table.
    Default,
    /// `json`: the whole list as indented JSON.
    Json,
    /// A template per item, with a header row when it started with `table`.
    Template { body: String, table: bool },
}

impl Format {
    pub fn parse(arg: Option<&str>) -> Format {
        match arg {
            None | Some("") => Format::Default,
            Some(s) if s.trim() == "json" => Format::Json,
            Some(s) => {
                let s = s.replace("\\t", "\t").replace("\\n", "\n");
                if let Some(rest) = s.strip_prefix("table") {
                    let rest = rest.trim_start();
                    if rest.is_empty() {
                        return Format::Default;
                    }
                    Format::Template {
                        body: rest.to_string(),
                        table: true,
                    }
                } else {
                    Format::Template {
                        body: s,
                        table: false,
                    }
                }
            }
        }
    }
}

fn to_gtmpl(v: &Json) -> Value {
    match v {
        Json::Null => Value::Nil,
        Json::Bool(b) => Value::Bool(*b),
        Json::Number(n) => {
            if let Some(i) = n.as_i64() {
                Value::from(i)
            } else if let Some(u) = n.as_u64() {
                Value::from(u)
            } else {
                Value::from(n.as_f64().unwrap_or(0.0))
            }
        }
        Json::String(s) => Value::String(s.clone()),
        Json::Array(a) => Value::Array(a.iter().map(to_gtmpl).collect()),
        Json::Object(o) => {
            let mut m: HashMap<String, Value> =
                o.iter().map(|(k, v)| (k.clone(), to_gtmpl(v))).collect();
            // podman's templates see Go field names: `Id` in JSON is the field `ID`
            if let (Some(id), false) = (o.get("Id"), o.contains_key("ID")) {
                m.insert("ID".into(), to_gtmpl(id));
            }
            Value::Object(m)
        }
    }
}

fn from_gtmpl(v: &Value) -> Json {
    match v {
        Value::NoValue | Value::Nil | Value::Function(_) => Json::Null,
        Value::Bool(b) => Json::Bool(*b),
        Value::String(s) => Json::String(s.clone()),
        Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                Json::from(i)
            } else if let Some(u) = n.as_u64() {
                Json::from(u)
            } else {
                Json::from(n.as_f64().unwrap_or(0.0))
            }
        }
        Value::Array(a) => Json::Array(a.iter().map(from_gtmpl).collect()),
        Value::Object(o) | Value::Map(o) => {
            let mut keys: Vec<&String> = o.keys().collect();
            keys.sort();
            Json::Object(
                keys.into_iter()
                    .map(|k| (k.clone(), from_gtmpl(&o[k])))
                    .collect(),
            )
        }
    }
}

fn json_func(args: &[Value]) -> Result<Value, FuncError> {
    let v = args
        .first()
        .ok_or_else(|| FuncError::ExactlyXArgs("json".into(), 1))?;
    Ok(Value::String(
        serde_json::to_string(&from_gtmpl(v)).unwrap_or_default(),
    ))
}

fn str_func(name: &'static str, args: &[Value], f: fn(&str) -> String) -> Result<Value, FuncError> {
    match args.first() {
        Some(Value::String(s)) => Ok(Value::String(f(s))),
        Some(other) => Ok(Value::String(f(&other.to_string()))),
        None => Err(FuncError::ExactlyXArgs(name.into(), 1)),
    }
}

fn upper(args: &[Value]) -> Result<Value, FuncError> {
    str_func("upper", args, |s| s.to_uppercase())
}
fn lower(args: &[Value]) -> Result<Value, FuncError> {
    str_func("lower", args, |s| s.to_lowercase())
}
fn title(args: &[Value]) -> Result<Value, FuncError> {
    str_func("title", args, |s| {
        let mut c = s.chars();
        match c.next() {
            Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
            None => String::new(),
        }
    })
}
fn join(args: &[Value]) -> Result<Value, FuncError> {
    match (args.first(), args.get(1)) {
        (Some(Value::Array(a)), Some(Value::String(sep))) => {
            let parts: Vec<String> = a
                .iter()
                .map(|v| match v {
                    Value::String(s) => s.clone(),
                    other => other.to_string(),
                })
                .collect();
            Ok(Value::String(parts.join(sep)))
        }
        _ => Err(FuncError::ExactlyXArgs("join".into(), 2)),
    }
}

/// A `--format` template that does not parse or does not fit the item (Go's words:
/// "template parsing error: …", "template: …").
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct FormatError(String);

/// A parsed template with podman's extra functions (`json`, `upper`, `lower`, `title`, `join`).
pub struct Template {
    inner: gtmpl::Template,
}

impl Template {
    pub fn parse(body: &str) -> Result<Template, FormatError> {
        let mut t = gtmpl::Template::default();
        t.add_func("json", json_func);
        t.add_func("upper", upper);
        t.add_func("lower", lower);
        t.add_func("title", title);
        t.add_func("join", join);
        t.add_func("gofmt", gofmt_func);
        t.parse(go_printing(body))
            .map_err(|e| FormatError(format!("template parsing error: {e}")))?;
        Ok(Template { inner: t })
    }

    pub fn render(&self, item: &Json) -> Result<String, FormatError> {
        let ctx = gtmpl::Context::from(to_gtmpl(item));
        self.inner.render(&ctx).map_err(|e| {
            // gtmpl names the value it looked in with Rust's Debug of all of it: say which
            // field, as Go's text/template does, not that
            let msg = e.to_string();
            let msg = match msg.split_once(" for ") {
                Some((head, rest)) if rest.contains("Object(") || rest.contains("String(") => {
                    head.replace("no field ", "can't evaluate field ")
                }
                _ => msg,
            };
            FormatError(format!("template: {msg}"))
        })
    }
}

/// Go's `%v` of a value, which a bare `{{.Field}}` prints: `[a b]` for a list, `map[k:v]`
/// (keys sorted) for a map, a string as it is.
fn gofmt(v: &Value) -> String {
    match v {
        Value::NoValue => "<no value>".into(),
        Value::Nil => "<nil>".into(),
        Value::String(s) => s.clone(),
        Value::Array(a) => format!("[{}]", a.iter().map(gofmt).collect::<Vec<_>>().join(" ")),
        // podman's InspectHostPort is a Go struct: `%v` prints its fields' values in order
        Value::Object(o) | Value::Map(o)
            if o.len() == 2 && o.contains_key("HostIp") && o.contains_key("HostPort") =>
        {
            format!("{{{} {}}}", gofmt(&o["HostIp"]), gofmt(&o["HostPort"]))
        }
        Value::Object(o) | Value::Map(o) => {
            let mut keys: Vec<&String> = o.keys().collect();
            keys.sort();
            let parts: Vec<String> = keys
                .iter()
                .map(|k| format!("{k}:{}", gofmt(&o[*k])))
                .collect();
            format!("map[{}]", parts.join(" "))
        }
        other => other.to_string(),
    }
}

fn gofmt_func(args: &[Value]) -> Result<Value, FuncError> {
    let v = args
        .first()
        .ok_or_else(|| FuncError::ExactlyXArgs("gofmt".into(), 1))?;
    Ok(Value::String(gofmt(v)))
}

/// Each action that only names a field (`{{.Config.Cmd}}`, `{{ . }}`, with `-` trims) prints
/// through `gofmt`, so that lists and maps look as Go prints them.
fn go_printing(body: &str) -> String {
    let mut out = String::with_capacity(body.len());
    let mut rest = body;
    while let Some(i) = rest.find("{{") {
        out.push_str(&rest[..i]);
        let after = &rest[i + 2..];
        let Some(j) = after.find("}}") else {
            out.push_str(&rest[i..]);
            return out;
        };
        let inner = &after[..j];
        let (ltrim, core) = match inner.strip_prefix('-') {
            Some(c) if c.starts_with(' ') => ("- ", c),
            _ => ("", inner),
        };
        let (core, rtrim) = match core.strip_suffix('-') {
            Some(c) if c.ends_with(' ') => (c, " -"),
            _ => (core, ""),
        };
        let field = core.trim();
        let is_field = field.starts_with('.')
            && field
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'.');
        // `{{(index .Networks "n").Aliases}}`, `{{index .Labels "k"}}`: a value, printed as Go
        let is_value = (field.starts_with('(') || field.starts_with("index "))
            && !field.contains('|')
            && !field.contains(":=");
        if is_field {
            out.push_str(&format!("{{{{{ltrim}gofmt {field}{rtrim}}}}}"));
        } else if is_value {
            out.push_str(&format!("{{{{{ltrim}gofmt ({field}){rtrim}}}}}"));
        } else {
            out.push_str("{{");
            out.push_str(inner);
            out.push_str("}}");
        }
        rest = &after[j + 2..];
    }
    out.push_str(rest);
    out
}

/// In a `table` template a space between actions separates columns, as in podman
/// (`table {{.Repository}} {{.Tag}}` is aligned like `{{.Repository}}\t{{.Tag}}`); spaces
/// inside `{{ }}` stay.
pub fn table_columns(body: &str) -> String {
    let mut out = String::new();
    let mut rest = body;
    while let Some(start) = rest.find("{{") {
        out.push_str(&rest[..start].replace(' ', "\t"));
        let Some(end) = rest[start..].find("}}") else {
            out.push_str(&rest[start..]);
            return out;
        };
        out.push_str(&rest[start..start + end + 2]);
        rest = &rest[start + end + 2..];
    }
    out.push_str(&rest.replace(' ', "\t"));
    out
}

/// The header of a `table` template: each `{{.Field}}` replaced by its column title.
pub fn table_header(body: &str, title_of: &dyn Fn(&str) -> String) -> String {
    let mut out = String::new();
    let mut rest = body;
    while let Some(start) = rest.find("{{") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        let Some(end) = after.find("}}") else {
            out.push_str(&rest[start..]);
            return out;
        };
        let inner = after[..end].trim();
        let field = inner
            .trim_start_matches('.')
            .split_whitespace()
            .next()
            .unwrap_or("");
        out.push_str(&title_of(field));
        rest = &after[end + 2..];
    }
    out.push_str(rest);
    out
}

/// Render items through a `--format` template; rows of a `table` template are aligned.
pub fn render_items(
    body: &str,
    table: bool,
    items: &[Json],
    title_of: &dyn Fn(&str) -> String,
) -> Result<String, FormatError> {
    let tabbed;
    let body = if table {
        tabbed = table_columns(body);
        tabbed.as_str()
    } else {
        body
    };
    let t = Template::parse(body)?;
    let mut lines = Vec::new();
    if table {
        lines.push(table_header(body, title_of));
    }
    for item in items {
        lines.push(t.render(item)?);
    }
    if table {
        let mut tab = super::table::Table::headless();
        for l in &lines {
            tab.push(l.split('\t').map(|s| s.to_string()).collect());
        }
        return Ok(tab.render());
    }
    let mut s = String::new();
    for l in lines {
        s.push_str(&l);
        if !l.ends_with('\n') {
            s.push('\n');
        }
    }
    Ok(s)
}

/// A copy of a JSON document in which each object key is also reachable under its Go field
/// name, as podman's templates name them: the key with a capital first letter, or the name
/// `renames` gives it (`ociRuntime` → `OCIRuntime`). The JSON names stay. The keys of the
/// objects under `maps` are a Go map's keys, and stay as they are.
pub fn with_go_names(v: &Json, renames: &[(&str, &str)], maps: &[&str]) -> Json {
    match v {
        Json::Array(a) => Json::Array(a.iter().map(|x| with_go_names(x, renames, maps)).collect()),
        Json::Object(o) => {
            let mut out = serde_json::Map::new();
            for (k, x) in o {
                let x = if maps.contains(&k.as_str()) {
                    x.clone()
                } else {
                    with_go_names(x, renames, maps)
                };
                let go = renames
                    .iter()
                    .find(|(j, _)| j == k)
                    .map(|(_, g)| g.to_string())
                    .unwrap_or_else(|| {
                        let mut c = k.chars();
                        c.next()
                            .map(|f| f.to_uppercase().chain(c).collect())
                            .unwrap_or_default()
                    });
                if go != *k && !o.contains_key(&go) {
                    out.insert(go, x.clone());
                }
                out.insert(k.clone(), x);
            }
            Json::Object(out)
        }
        other => other.clone(),
    }
}

/// Default column title for a field: podman upper-cases it and splits CamelCase with spaces.
pub fn default_title(field: &str) -> String {
    let mut out = String::new();
    let chars: Vec<char> = field.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        if i > 0 && c.is_uppercase() && chars[i - 1].is_lowercase() {
            out.push(' ');
        }
        out.extend(c.to_uppercase());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn bare_fields_print_as_go_does() {
        let t = Template::parse("{{.L}} {{ .M }} {{- .S -}}|{{json .L}}").unwrap();
        let out = t
            .render(&serde_json::json!({"L": ["a", "b"], "M": {"z": 1, "k": "v"}, "S": "s"}))
            .unwrap();
        assert_eq!(out, "[a b] map[k:v z:1]s|[\"a\",\"b\"]");
    }

    #[test]
    fn a_missing_field_is_named_without_the_whole_value() {
        let t = Template::parse("{{.Server.Version}}").unwrap();
        let e = t
            .render(&json!({"Client": {"Version": "1", "Os": "linux"}}))
            .unwrap_err()
            .to_string();
        assert!(e.contains("can't evaluate field Server"), "{e}");
        assert!(!e.contains("Object("), "{e}");
    }

    #[test]
    fn renders_fields_and_json() {
        let items = vec![json!({"ID": "abc", "Names": ["x", "y"]})];
        let s = render_items("{{.ID}} {{json .Names}}", false, &items, &default_title).unwrap();
        assert_eq!(s, "abc [\"x\",\"y\"]\n");
    }

    #[test]
    fn table_spaces_separate_columns() {
        assert_eq!(
            table_columns("{{.Repository}} {{.Tag}}  {{if .X}}a b{{end}}"),
            "{{.Repository}}\t{{.Tag}}\t\t{{if .X}}a\tb{{end}}"
        );
    }

    #[test]
    fn table_has_header() {
        let items = vec![json!({"ID": "abc", "Size": "1 MB"})];
        let s = render_items("{{.ID}}\t{{.Size}}", true, &items, &default_title).unwrap();
        assert_eq!(s, "ID          SIZE\nabc         1 MB\n");
    }

    #[test]
    fn go_names_beside_json_names() {
        let v = json!({"host": {"ociRuntime": {"name": "x"}, "arch": "amd64"}});
        let g = with_go_names(&v, &[("ociRuntime", "OCIRuntime")], &[]);
        let t = Template::parse("{{.Host.OCIRuntime.Name}} {{.host.arch}} {{.Host.Arch}}").unwrap();
        assert_eq!(t.render(&g).unwrap(), "x amd64 amd64");
    }

    #[test]
    fn parses_format_kinds() {
        assert!(matches!(Format::parse(Some("json")), Format::Json));
        assert!(matches!(Format::parse(None), Format::Default));
        assert!(matches!(
            Format::parse(Some("table {{.ID}}")),
            Format::Template { table: true, .. }
        ));
    }
}
