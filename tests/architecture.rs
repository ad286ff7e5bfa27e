//! The module graph: dependencies between berth's top-level modules point one way, down the
//! layer table below, with no cycles (issue 8).
//!
//! The test reads src/**/*.rs (no build of berth needed), finds every path into another
//! top-level module (`use crate::x`, grouped `use crate::{x, y::z}`, inline `crate::x::f()`,
//! and `super::` chains that climb to the crate root) and fails with the list of imports that
//! go up or sideways. A module that is not in the table fails the test too: add it.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// The layers, top to bottom. A module may use the modules of the layers below its own, and
/// nothing at its own layer or above. Modules listed that do not exist yet are placeholders for
/// planned ones (`engine`, `build`).
const LAYERS: &[&[&str]] = &[
    &["cli"],
    // container lifecycle: create, start, stop, remove (moved out of cli and runtime)
    &["engine"],
    // running processes in namespaces; building images (planned)
    &["runtime", "build"],
    // registries and layers; container networking; cgroup limits
    &["image", "network", "cgroups"],
    // the per-user store: images, layers, containers, volumes
    &["storage"],
    // user-namespace maps; configuration files (registries.conf, auth, certs, ...)
    &["userns", "config"],
    // image names: the syntax of references (used by config, storage and image alike); the
    // hardened tar entry writer (used by image's layer unpacking and runtime's cp)
    &["reference", "archive"],
    // leaves: printing (cli only, see ONLY_USED_BY), error types and exit statuses, raw calls
    &["output", "error", "sys"],
    // calendar arithmetic (RFC 3339 times), used from logging to the event log
    &["time"],
];

/// Modules that only the listed modules may use, whatever their layer.
const ONLY_USED_BY: &[(&str, &[&str])] = &[
    // printing, tables and --format belong to the command line; lower modules return values
    ("output", &["cli"]),
];

/// Imports that go against the table but are known and being removed: (file, from, to).
const EXCEPTIONS: &[(&str, &str, &str)] = &[];

fn layer_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|l| l.contains(&module))
}

/// One reference from a file to a top-level module.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Reference {
    line: usize,
    module: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Token {
    Ident(String),
    PathSep,
    Open,
    Close,
    Comma,
    Semi,
    Other(char),
}

/// Tokens with their line numbers; comments, strings and char literals are dropped.
fn tokenize(src: &str) -> Vec<(usize, Token)> {
    let c: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let mut line = 1;
    let mut i = 0;
    let is_ident = |ch: char| ch == '_' || ch.is_alphanumeric();
    while i < c.len() {
        let ch = c[i];
        let next = c.get(i + 1).copied();
        if ch == '\n' {
            line += 1;
            i += 1;
        } else if ch.is_whitespace() {
            i += 1;
        } else if ch == '/' && next == Some('/') {
            while i < c.len() && c[i] != '\n' {
                i += 1;
            }
        } else if ch == '/' && next == Some('*') {
            let mut depth = 0;
            while i < c.len() {
                if c[i] == '/' && c.get(i + 1) == Some(&'*') {
                    depth += 1;
                    i += 2;
                } else if c[i] == '*' && c.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    if c[i] == '\n' {
                        line += 1;
                    }
                    i += 1;
                }
            }
        } else if ch == '"' {
            i += 1;
            while i < c.len() && c[i] != '"' {
                if c[i] == '\\' {
                    i += 1;
                }
                if c.get(i) == Some(&'\n') {
                    line += 1;
                }
                i += 1;
            }
            i += 1;
        } else if ch == '\'' {
            // a char literal ('x', '\n', '\u{1F600}') or a lifetime ('a)
            if next == Some('\\') {
                i += 2;
                while i < c.len() && c[i] != '\'' {
                    i += 1;
                }
                i += 1;
            } else if c.get(i + 2) == Some(&'\'') {
                i += 3;
            } else {
                i += 1;
            }
        } else if is_ident(ch) {
            let start = i;
            while i < c.len() && is_ident(c[i]) {
                i += 1;
            }
            let word: String = c[start..i].iter().collect();
            // raw strings: r"..", r#".."#, br#".."#
            let hashes = c[i..].iter().take_while(|&&h| h == '#').count();
            if (word == "r" || word == "br") && c.get(i + hashes) == Some(&'"') {
                i += hashes + 1;
                loop {
                    if i >= c.len() {
                        break;
                    }
                    if c[i] == '"'
                        && c[i + 1..]
                            .iter()
                            .take(hashes)
                            .filter(|&&h| h == '#')
                            .count()
                            == hashes
                    {
                        i += 1 + hashes;
                        break;
                    }
                    if c[i] == '\n' {
                        line += 1;
                    }
                    i += 1;
                }
                continue;
            }
            if word == "b" && c.get(i) == Some(&'\'') {
                // byte literal b'x': let the char-literal branch take it
                continue;
            }
            out.push((line, Token::Ident(word)));
        } else if ch == ':' && next == Some(':') {
            out.push((line, Token::PathSep));
            i += 2;
        } else {
            out.push((
                line,
                match ch {
                    '{' => Token::Open,
                    '}' => Token::Close,
                    ',' => Token::Comma,
                    ';' => Token::Semi,
                    other => Token::Other(other),
                },
            ));
            i += 1;
        }
    }
    out
}

/// How many modules deep a file is: src/a.rs and src/a/mod.rs are 1, src/a/b.rs is 2.
fn file_depth(rel: &Path) -> usize {
    let parts: Vec<_> = rel.components().collect(); // without the leading "src"
    let last = rel.file_name().and_then(|f| f.to_str()).unwrap_or("");
    if last == "mod.rs" {
        parts.len() - 1
    } else {
        parts.len()
    }
}

/// The top-level modules named at the start of a path or of each item of a group at `i`
/// (the token after `crate::` or the last `super::`).
fn heads(toks: &[(usize, Token)], i: usize, out: &mut Vec<Reference>) {
    match toks.get(i) {
        Some((line, Token::Ident(m))) => out.push(Reference {
            line: *line,
            module: m.clone(),
        }),
        Some((_, Token::Open)) => {
            // `{a, b::c, d::{e, f}}`: the first identifier of each item at depth 1
            let mut depth = 0;
            let mut at_item_start = true;
            for (line, t) in &toks[i..] {
                match t {
                    Token::Open => {
                        depth += 1;
                        if depth == 1 {
                            at_item_start = true;
                        }
                    }
                    Token::Close => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    Token::Comma if depth == 1 => at_item_start = true,
                    Token::Ident(m) if depth == 1 && at_item_start => {
                        out.push(Reference {
                            line: *line,
                            module: m.clone(),
                        });
                        at_item_start = false;
                    }
                    _ if depth == 1 => at_item_start = false,
                    _ => {}
                }
            }
        }
        Some((line, other)) => out.push(Reference {
            line: *line,
            module: format!("{other:?}"),
        }),
        None => {}
    }
}

/// Every reference to a top-level module in one file, `depth` modules below the crate root.
fn references(src: &str, depth: usize) -> Vec<Reference> {
    let toks = tokenize(src);
    let mut out = Vec::new();
    // inline modules (`mod tests { .. }`) add to the depth: the brace depth each one opened at
    let mut inline: Vec<usize> = Vec::new();
    let mut braces = 0usize;
    let mut i = 0;
    while i < toks.len() {
        let after_sep = i > 0 && toks[i - 1].1 == Token::PathSep;
        match &toks[i].1 {
            Token::Open => braces += 1,
            Token::Close => {
                braces = braces.saturating_sub(1);
                if inline.last() == Some(&braces) {
                    inline.pop();
                }
            }
            Token::Ident(w) if w == "mod" => {
                if let (Some((_, Token::Ident(_))), Some((_, Token::Open))) =
                    (toks.get(i + 1), toks.get(i + 2))
                {
                    inline.push(braces);
                }
            }
            Token::Ident(w)
                if w == "crate"
                    && !after_sep
                    && toks.get(i + 1).map(|t| &t.1) == Some(&Token::PathSep) =>
            {
                heads(&toks, i + 2, &mut out);
            }
            Token::Ident(w) if w == "super" && !after_sep => {
                let mut k = 0;
                let mut j = i;
                while let (Some((_, Token::Ident(s))), Some((_, Token::PathSep))) =
                    (toks.get(j), toks.get(j + 1))
                {
                    if s != "super" {
                        break;
                    }
                    k += 1;
                    j += 2;
                }
                if k > 0 && k >= depth + inline.len() {
                    heads(&toks, j, &mut out);
                }
                i = j.max(i + 1);
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    out.retain(|r| r.module != "self");
    out
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("read {}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The problems of one file: `rel` is its path below src/.
fn check_file(rel: &Path, src: &str, unknown: &mut BTreeSet<String>) -> Vec<String> {
    let shown = format!("src/{}", rel.display());
    let first = rel
        .components()
        .next()
        .unwrap()
        .as_os_str()
        .to_string_lossy()
        .to_string();
    let from = first.strip_suffix(".rs").unwrap_or(&first).to_string();
    if from == "lib" || from == "main" {
        return Vec::new(); // the crate roots declare the modules and use cli
    }
    let mut problems = Vec::new();
    let Some(from_layer) = layer_of(&from) else {
        unknown.insert(format!("{shown}: module `{from}` is not in the layer table: add it to LAYERS in tests/architecture.rs"));
        return problems;
    };
    for r in references(src, file_depth(rel)) {
        if r.module == from {
            continue;
        }
        let at = format!("{shown}:{}", r.line);
        let Some(to_layer) = layer_of(&r.module) else {
            unknown.insert(format!(
                "{at}: `{}` is not in the layer table: add it to LAYERS in tests/architecture.rs",
                r.module
            ));
            continue;
        };
        if EXCEPTIONS.contains(&(shown.as_str(), from.as_str(), r.module.as_str())) {
            continue;
        }
        if let Some((_, users)) = ONLY_USED_BY.iter().find(|(m, _)| *m == r.module) {
            if !users.contains(&from.as_str()) {
                problems.push(format!(
                    "{at} {from} → {} (only {} may use {})",
                    r.module,
                    users.join(", "),
                    r.module
                ));
                continue;
            }
        }
        if to_layer < from_layer {
            problems.push(format!("{at} {from} → {} goes upward", r.module));
        } else if to_layer == from_layer {
            problems.push(format!(
                "{at} {from} → {} goes sideways (same layer)",
                r.module
            ));
        }
    }
    problems
}

#[test]
fn imports_point_down_the_layer_table() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    assert!(
        files.len() > 20,
        "found only {} files under {}",
        files.len(),
        src.display()
    );
    let mut problems = Vec::new();
    let mut unknown = BTreeSet::new();
    let mut seen_exceptions = BTreeSet::new();
    for f in &files {
        let rel = f.strip_prefix(&src).unwrap();
        let text = std::fs::read_to_string(f).unwrap();
        problems.extend(check_file(rel, &text, &mut unknown));
        let shown = format!("src/{}", rel.display());
        for (file, _, to) in EXCEPTIONS {
            if *file == shown
                && references(&text, file_depth(rel))
                    .iter()
                    .any(|r| r.module == *to)
            {
                seen_exceptions.insert(*file);
            }
        }
    }
    let mut msg = String::new();
    if !problems.is_empty() {
        writeln!(
            msg,
            "{} import(s) against the layer table (tests/architecture.rs):",
            problems.len()
        )
        .unwrap();
        for p in &problems {
            writeln!(msg, "  {p}").unwrap();
        }
    }
    if !unknown.is_empty() {
        writeln!(msg, "modules missing from the layer table:").unwrap();
        for u in &unknown {
            writeln!(msg, "  {u}").unwrap();
        }
    }
    for (file, from, to) in EXCEPTIONS {
        if !seen_exceptions.contains(file) {
            writeln!(
                msg,
                "the exception {file} {from} → {to} is no longer needed: remove it from EXCEPTIONS"
            )
            .unwrap();
        }
    }
    assert!(msg.is_empty(), "\n{msg}");
}

#[test]
fn every_module_of_the_crate_is_in_the_table() {
    let lib =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lib.rs")).unwrap();
    let toks = tokenize(&lib);
    let mut missing = Vec::new();
    for w in toks.windows(2) {
        if let [(line, Token::Ident(m)), (_, Token::Ident(name))] = w {
            if m == "mod" && layer_of(name).is_none() {
                missing.push(format!("src/lib.rs:{line}: module `{name}` is not in the layer table: add it to LAYERS in tests/architecture.rs"));
            }
        }
    }
    assert!(missing.is_empty(), "\n{}", missing.join("\n"));
}

#[test]
fn table_names_each_module_once() {
    let mut all: Vec<&str> = LAYERS.iter().flat_map(|l| l.iter().copied()).collect();
    let n = all.len();
    all.sort();
    all.dedup();
    assert_eq!(all.len(), n, "a module is in two layers");
}

// The checker itself: it must catch what it is meant to catch.

fn problems_of(path: &str, src: &str) -> (Vec<String>, BTreeSet<String>) {
    let mut unknown = BTreeSet::new();
    let p = check_file(Path::new(path), src, &mut unknown);
    (p, unknown)
}

#[test]
fn checker_finds_upward_sideways_and_grouped_imports() {
    let src = r#"
//! docs mention crate::cli but are not imports
use crate::error::UserError;
use crate::{sys, image::reference::{self, Reference}};
use std::fmt;
fn f() -> String {
    let s = "crate::cli::main in a string";
    let c = '{';
    crate::runtime::spec::thing();
    s.to_string()
}
#[cfg(test)]
mod tests {
    use super::*;
    use super::super::images::Thing;
    use super::super::super::network::Mode;
}
"#;
    let (p, unknown) = problems_of("storage/driver.rs", src);
    assert!(unknown.is_empty(), "{unknown:?}");
    assert_eq!(
        p,
        vec![
            "src/storage/driver.rs:4 storage → image goes upward",
            "src/storage/driver.rs:9 storage → runtime goes upward",
            "src/storage/driver.rs:16 storage → network goes upward",
        ]
    );
    let (p, _) = problems_of(
        "config/mod.rs",
        "use super::userns::MapEntry;\nfn f() { super::output::table(); }",
    );
    assert_eq!(
        p,
        vec![
            "src/config/mod.rs:1 config → userns goes sideways (same layer)",
            "src/config/mod.rs:2 config → output (only cli may use output)",
        ]
    );
    let (p, _) = problems_of(
        "runtime/mod.rs",
        "use crate::storage::Store;\nuse crate::sys;\nuse super::network;",
    );
    assert!(p.is_empty(), "{p:?}");
}

#[test]
fn checker_rejects_modules_missing_from_the_table() {
    let (_, unknown) = problems_of("shiny/mod.rs", "use crate::sys;");
    assert_eq!(
        unknown.into_iter().collect::<Vec<_>>(),
        vec!["src/shiny/mod.rs: module `shiny` is not in the layer table: add it to LAYERS in tests/architecture.rs"]
    );
    let (_, unknown) = problems_of("cli/mod.rs", "fn f() { crate::shiny::go(); }");
    assert_eq!(
        unknown.into_iter().collect::<Vec<_>>(),
        vec!["src/cli/mod.rs:1: `shiny` is not in the layer table: add it to LAYERS in tests/architecture.rs"]
    );
}
