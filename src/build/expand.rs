//! Variable expansion as Docker does it for ADD, COPY, ENV, EXPOSE, FROM, LABEL, STOPSIGNAL,
//! USER, VOLUME, WORKDIR and ONBUILD (buildkit's `dockerfile/shell` lexer): `$VAR`, `${VAR}`,
//! `${VAR:-word}`, `${VAR-word}`, `${VAR:+word}`, `${VAR+word}`, `${VAR:?msg}`, `${VAR?msg}`,
//! `${VAR#pat}`, `${VAR##pat}`, `${VAR%pat}`, `${VAR%%pat}`; the escape character escapes,
//! single quotes stop expansion, double quotes group, and quotes are removed.
//!
//! Also: the scoping of `ARG` ([`BuildArgs`], [`Scope`]), the predefined platform args
//! ([`platform_args`]) and the proxy args ([`PROXY_ARGS`]).

use std::collections::{BTreeMap, HashMap};
use std::fmt;

use super::parser::{
    parse_mount, ArgDecl, CopyArgs, CopySource, From, Instruction, KeyValue, Run, Spanned,
};

/// An expansion that failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ExpandError {
    #[error("unexpected end of statement while looking for matching {0}")]
    Unterminated(&'static str),
    #[error("syntax error: missing '}}'")]
    MissingBrace,
    #[error("syntax error: bad substitution")]
    BadSubstitution,
    #[error("unsupported modifier ({0}) in substitution")]
    UnsupportedModifier(char),
    /// `${VAR?message}` / `${VAR:?message}` with the variable unset (or empty).
    #[error("{name}: {message}")]
    Required { name: String, message: String },
    #[error("syntax error: substitutions nested too deeply")]
    TooDeep,
    /// A `RUN --mount` that is invalid once its variables are expanded.
    #[error("RUN {0}")]
    Mount(String),
    #[error("invalid platform \"{0}\": expected os/arch[/variant]")]
    InvalidPlatform(String),
}

/// Where expansion looks variables up.
pub trait Lookup {
    fn lookup(&self, name: &str) -> Option<&str>;
}

impl Lookup for BTreeMap<String, String> {
    fn lookup(&self, name: &str) -> Option<&str> {
        self.get(name).map(String::as_str)
    }
}

impl<S: std::hash::BuildHasher> Lookup for HashMap<String, String, S> {
    fn lookup(&self, name: &str) -> Option<&str> {
        self.get(name).map(String::as_str)
    }
}

/// A list of pairs; the last pair of a name wins (as in an environment built by appending).
impl Lookup for [(String, String)] {
    fn lookup(&self, name: &str) -> Option<&str> {
        self.iter()
            .rev()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

impl Lookup for Vec<(String, String)> {
    fn lookup(&self, name: &str) -> Option<&str> {
        self.as_slice().lookup(name)
    }
}

/// Expands one word (quotes removed, no splitting): the arguments of ENV, LABEL, ARG defaults,
/// WORKDIR, USER, STOPSIGNAL, FROM, and each COPY/ADD/VOLUME/EXPOSE argument.
pub fn expand_word<V: Lookup + ?Sized>(
    word: &str,
    vars: &V,
    escape: char,
) -> Result<String, ExpandError> {
    let mut lexer = Lexer::new(word, vars, escape);
    Ok(lexer.process(None)?.0)
}

/// Expands and splits into words as the shell would without IFS: unquoted blanks of the text
/// and of expanded values separate words; quoted ones do not; empty words vanish.
pub fn expand_words<V: Lookup + ?Sized>(
    word: &str,
    vars: &V,
    escape: char,
) -> Result<Vec<String>, ExpandError> {
    let mut lexer = Lexer::new(word, vars, escape);
    Ok(lexer.process(None)?.1)
}

/// Expands the body of an unquoted heredoc (`COPY <<EOF`): `$` forms are expanded, the escape
/// character escapes only `$`, itself and `` ` ``/`\`; quotes stay as they are.
pub fn expand_heredoc<V: Lookup + ?Sized>(
    body: &str,
    vars: &V,
    escape: char,
) -> Result<String, ExpandError> {
    let mut lexer = Lexer::new(body, vars, escape);
    let mut out = String::with_capacity(body.len());
    while let Some(c) = lexer.peek() {
        if c == '$' {
            out.push_str(&lexer.dollar()?);
            continue;
        }
        lexer.bump();
        if c == escape {
            match lexer.peek() {
                Some(n) if n == '$' || n == escape || n == '\\' || n == '`' => {
                    lexer.bump();
                    out.push(n);
                }
                _ => out.push(c),
            }
        } else {
            out.push(c);
        }
    }
    Ok(out)
}

/// The instruction with its arguments expanded as buildkit's `Expand` methods do:
///
/// - ENV, LABEL: key and value of each pair, one word each (quotes removed);
/// - COPY, ADD: each source path, the destination, `--from`, `--chown`, `--chmod`,
///   `--checksum` and each `--exclude`, one word each; unquoted heredoc bodies through
///   [`expand_heredoc`];
/// - EXPOSE: each argument split into words ([`expand_words`]);
/// - VOLUME: each path; USER, WORKDIR, STOPSIGNAL: one word;
/// - FROM: the image and `--platform` (give it the global scope, [`BuildArgs::globals`]);
/// - RUN: the values of each `--mount` (the command itself is the shell's).
///
/// Other instructions come back unchanged: CMD, ENTRYPOINT, SHELL, HEALTHCHECK and
/// MAINTAINER are not expanded, ARG is resolved by [`BuildArgs::stage_value`], and an
/// ONBUILD trigger is expanded where it runs.
pub fn expand_instruction<V: Lookup + ?Sized>(
    instruction: &Instruction,
    vars: &V,
    escape: char,
) -> Result<Instruction, ExpandError> {
    let one = |w: &str| expand_word(w, vars, escape);
    let opt = |w: &Option<String>| w.as_deref().map(one).transpose();
    let pairs = |kvs: &[KeyValue]| -> Result<Vec<KeyValue>, ExpandError> {
        kvs.iter()
            .map(|kv| {
                Ok(KeyValue {
                    key: one(&kv.key)?,
                    value: one(&kv.value)?,
                })
            })
            .collect()
    };
    let copy = |c: &CopyArgs| -> Result<CopyArgs, ExpandError> {
        let sources = c
            .sources
            .iter()
            .map(|s| match s {
                CopySource::Path(p) => one(p).map(CopySource::Path),
                CopySource::Heredoc(h) if h.expand => {
                    let mut h = h.clone();
                    h.body = expand_heredoc(&h.body, vars, escape)?;
                    Ok(CopySource::Heredoc(h))
                }
                CopySource::Heredoc(h) => Ok(CopySource::Heredoc(h.clone())),
            })
            .collect::<Result<_, _>>()?;
        Ok(CopyArgs {
            sources,
            dest: one(&c.dest)?,
            from: opt(&c.from)?,
            chown: opt(&c.chown)?,
            chmod: opt(&c.chmod)?,
            checksum: opt(&c.checksum)?,
            exclude: c.exclude.iter().map(|e| one(e)).collect::<Result<_, _>>()?,
            ..c.clone()
        })
    };
    Ok(match instruction {
        Instruction::Env(kvs) => Instruction::Env(pairs(kvs)?),
        Instruction::Label(kvs) => Instruction::Label(pairs(kvs)?),
        Instruction::Copy(c) => Instruction::Copy(copy(c)?),
        Instruction::Add(c) => Instruction::Add(copy(c)?),
        Instruction::Expose(ports) => {
            let mut out = Vec::new();
            for p in ports {
                out.extend(expand_words(p, vars, escape)?);
            }
            Instruction::Expose(out)
        }
        Instruction::Volume(paths) => {
            Instruction::Volume(paths.iter().map(|p| one(p)).collect::<Result<_, _>>()?)
        }
        Instruction::User(u) => Instruction::User(one(u)?),
        Instruction::Workdir(w) => Instruction::Workdir(one(w)?),
        Instruction::StopSignal(s) => Instruction::StopSignal(one(s)?),
        Instruction::Run(r) => {
            let expander = |w: &str| expand_word(w, vars, escape).map_err(|e| e.to_string());
            let mounts = r
                .mounts
                .iter()
                .enumerate()
                .map(|(n, m)| parse_mount(&m.spec, n, Some(&expander)))
                .collect::<Result<_, _>>()
                .map_err(ExpandError::Mount)?;
            Instruction::Run(Run {
                mounts,
                ..r.clone()
            })
        }
        Instruction::From(f) => Instruction::From(From {
            image: one(&f.image)?,
            name: f.name.clone(),
            platform: opt(&f.platform)?,
        }),
        other => other.clone(),
    })
}

/// Words being built (buildkit's `wordsStruct`).
#[derive(Default)]
struct Words {
    words: Vec<String>,
    word: String,
    in_word: bool,
}

impl Words {
    fn add_char(&mut self, c: char) {
        if c.is_whitespace() {
            if self.in_word && !self.word.is_empty() {
                self.words.push(std::mem::take(&mut self.word));
                self.in_word = false;
            }
        } else {
            self.add_raw_char(c);
        }
    }
    fn add_raw_char(&mut self, c: char) {
        self.word.push(c);
        self.in_word = true;
    }
    fn add_string(&mut self, s: &str) {
        s.chars().for_each(|c| self.add_char(c));
    }
    fn add_raw_string(&mut self, s: &str) {
        self.word.push_str(s);
        self.in_word = true;
    }
    fn finish(mut self) -> Vec<String> {
        if !self.word.is_empty() {
            self.words.push(std::mem::take(&mut self.word));
        }
        self.words
    }
}

struct Lexer<'a, V: ?Sized> {
    chars: Vec<char>,
    pos: usize,
    vars: &'a V,
    escape: char,
    /// Nesting of `${…}` being expanded (bounded: no stack overflow on hostile text).
    depth: usize,
}

/// The deepest `${a:-${b:-…}}` nesting expanded.
const MAX_NESTING: usize = 64;

impl<'a, V: Lookup + ?Sized> Lexer<'a, V> {
    fn new(text: &str, vars: &'a V, escape: char) -> Self {
        Lexer {
            chars: text.chars().collect(),
            pos: 0,
            vars,
            escape,
            depth: 0,
        }
    }

    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek();
        if c.is_some() {
            self.pos += 1;
        }
        c
    }

    /// Up to `stop` (consumed) or the end: the text and its words.
    fn process(&mut self, stop: Option<char>) -> Result<(String, Vec<String>), ExpandError> {
        let mut result = String::new();
        let mut words = Words::default();
        while let Some(c) = self.peek() {
            if Some(c) == stop {
                self.bump();
                return Ok((result, words.finish()));
            }
            match c {
                '\'' => {
                    let s = self.single_quote()?;
                    result.push_str(&s);
                    words.add_raw_string(&s);
                }
                '"' => {
                    let s = self.double_quote()?;
                    result.push_str(&s);
                    words.add_raw_string(&s);
                }
                '$' => {
                    let s = self.dollar()?;
                    result.push_str(&s);
                    words.add_string(&s);
                }
                _ => {
                    self.bump();
                    if c == self.escape {
                        let Some(n) = self.bump() else {
                            break;
                        };
                        words.add_raw_char(n);
                        result.push(n);
                    } else {
                        words.add_char(c);
                        result.push(c);
                    }
                }
            }
        }
        if stop.is_some() {
            return Err(ExpandError::Unterminated("}"));
        }
        Ok((result, words.finish()))
    }

    fn single_quote(&mut self) -> Result<String, ExpandError> {
        self.bump();
        let mut out = String::new();
        loop {
            match self.bump() {
                None => return Err(ExpandError::Unterminated("single-quote")),
                Some('\'') => return Ok(out),
                Some(c) => out.push(c),
            }
        }
    }

    fn double_quote(&mut self) -> Result<String, ExpandError> {
        self.bump();
        let mut out = String::new();
        loop {
            match self.peek() {
                None => return Err(ExpandError::Unterminated("double-quote")),
                Some('"') => {
                    self.bump();
                    return Ok(out);
                }
                Some('$') => out.push_str(&self.dollar()?),
                Some(c) => {
                    self.bump();
                    if c == self.escape {
                        match self.peek() {
                            None => continue,
                            Some(n) if n == '"' || n == '$' || n == self.escape => {
                                self.bump();
                                out.push(n);
                            }
                            Some(_) => out.push(c),
                        }
                    } else {
                        out.push(c);
                    }
                }
            }
        }
    }

    fn name(&mut self) -> String {
        let mut name = String::new();
        while let Some(c) = self.peek() {
            if name.is_empty() && c.is_ascii_digit() {
                while let Some(d) = self.peek().filter(char::is_ascii_digit) {
                    self.bump();
                    name.push(d);
                }
                return name;
            }
            if name.is_empty() && matches!(c, '@' | '*' | '#' | '?' | '-' | '$' | '!') {
                self.bump();
                name.push(c);
                return name;
            }
            if !(c.is_alphanumeric() || c == '_') {
                break;
            }
            self.bump();
            name.push(c);
        }
        name
    }

    /// A word inside `${…}` up to `stop`; running out of text is a missing `}`.
    fn inner(&mut self, stop: char) -> Result<String, ExpandError> {
        match self.process(Some(stop)) {
            Ok((s, _)) => Ok(s),
            Err(_) if self.peek().is_none() => Err(ExpandError::MissingBrace),
            Err(e) => Err(e),
        }
    }

    fn dollar(&mut self) -> Result<String, ExpandError> {
        if self.depth >= MAX_NESTING {
            return Err(ExpandError::TooDeep);
        }
        self.depth += 1;
        let result = self.dollar_inner();
        self.depth -= 1;
        result
    }

    fn dollar_inner(&mut self) -> Result<String, ExpandError> {
        self.bump();
        if self.peek() != Some('{') {
            let name = self.name();
            if name.is_empty() {
                return Ok("$".to_string());
            }
            return Ok(self.vars.lookup(&name).unwrap_or("").to_string());
        }
        self.bump();
        match self.peek() {
            None => return Err(ExpandError::MissingBrace),
            Some('{' | '}' | ':') => return Err(ExpandError::BadSubstitution),
            _ => {}
        }
        let name = self.name();
        let value = self.vars.lookup(&name).map(str::to_string);
        match self.bump() {
            None => Err(ExpandError::MissingBrace),
            Some('}') => Ok(value.unwrap_or_default()),
            Some('?') => {
                let word = self.inner('}')?;
                value.ok_or_else(|| ExpandError::Required {
                    message: if word.is_empty() {
                        "is not allowed to be unset".to_string()
                    } else {
                        word
                    },
                    name,
                })
            }
            Some(':') => {
                let modifier = self.bump().ok_or(ExpandError::MissingBrace)?;
                let word = self.inner('}')?;
                let set = value.clone().unwrap_or_default();
                match modifier {
                    '+' => Ok(if set.is_empty() { String::new() } else { word }),
                    '-' => Ok(if set.is_empty() { word } else { set }),
                    '?' => {
                        let fallback = match &value {
                            Some(v) if !v.is_empty() => return Ok(set),
                            Some(_) => "is not allowed to be empty",
                            None => "is not allowed to be unset",
                        };
                        let message = if word.is_empty() {
                            fallback.to_string()
                        } else {
                            word
                        };
                        Err(ExpandError::Required { name, message })
                    }
                    other => Err(ExpandError::UnsupportedModifier(other)),
                }
            }
            Some('-') => {
                let word = self.inner('}')?;
                Ok(value.unwrap_or(word))
            }
            Some('+') => {
                let word = self.inner('}')?;
                Ok(if value.is_some() { word } else { String::new() })
            }
            Some(op @ ('#' | '%')) => {
                let longest = self.peek() == Some(op);
                if longest {
                    self.bump();
                }
                let pattern: Vec<char> = self.inner('}')?.chars().collect();
                let value: Vec<char> = value.unwrap_or_default().chars().collect();
                Ok(trim_pattern(&value, &pattern, op == '#', longest))
            }
            Some('/') => {
                let all = self.peek() == Some('/');
                if all {
                    self.bump();
                }
                let pattern: Vec<char> = self.inner('/')?.chars().collect();
                let replacement = self.inner('}')?;
                let value: Vec<char> = value.unwrap_or_default().chars().collect();
                Ok(replace_pattern(&value, &pattern, &replacement, all))
            }
            Some(other) => Err(ExpandError::UnsupportedModifier(other)),
        }
    }
}

/// `${v/p/r}` (first, longest match replaced) and `${v//p/r}` (every match).
fn replace_pattern(value: &[char], pattern: &[char], replacement: &str, all: bool) -> String {
    let mut out = String::new();
    let mut i = 0;
    let mut replaced = false;
    while i < value.len() {
        let rest = value.get(i..).unwrap_or(&[]);
        let hit = if pattern.is_empty() || (replaced && !all) {
            None
        } else {
            (1..=rest.len()).rev().find(|&len| {
                rest.get(..len)
                    .is_some_and(|part| shell_match(pattern, part))
            })
        };
        match hit {
            Some(len) => {
                out.push_str(replacement);
                i += len;
                replaced = true;
            }
            None => {
                out.extend(rest.first());
                i += 1;
            }
        }
    }
    out
}

/// `${v#p}` (prefix, shortest), `${v##p}`, `${v%p}` (suffix), `${v%%p}`.
fn trim_pattern(value: &[char], pattern: &[char], prefix: bool, longest: bool) -> String {
    let n = value.len();
    let cut = |i: usize| -> Option<String> {
        let (part, rest) = if prefix {
            (value.get(..i)?, value.get(i..)?)
        } else {
            (value.get(n - i..)?, value.get(..n - i)?)
        };
        shell_match(pattern, part).then(|| rest.iter().collect())
    };
    let found = if longest {
        (0..=n).rev().find_map(cut)
    } else {
        (0..=n).find_map(cut)
    };
    found.unwrap_or_else(|| value.iter().collect())
}

/// A shell pattern (`*` any text, `?` any character, `\x` the character x) against a text.
fn shell_match(pattern: &[char], text: &[char]) -> bool {
    let (mut p, mut t) = (0, 0);
    let mut backtrack: Option<(usize, usize)> = None;
    while t < text.len() {
        match pattern.get(p) {
            Some('*') => {
                backtrack = Some((p, t));
                p += 1;
                continue;
            }
            Some('?') => {
                p += 1;
                t += 1;
                continue;
            }
            Some(&c) => {
                let (lit, width) = if c == '\\' {
                    match pattern.get(p + 1) {
                        Some(&n) => (n, 2),
                        None => ('\\', 1),
                    }
                } else {
                    (c, 1)
                };
                if text.get(t) == Some(&lit) {
                    p += width;
                    t += 1;
                    continue;
                }
            }
            None => {}
        }
        match backtrack {
            Some((bp, bt)) => {
                p = bp + 1;
                t = bt + 1;
                backtrack = Some((bp, bt + 1));
            }
            None => return false,
        }
    }
    pattern
        .get(p..)
        .is_some_and(|rest| rest.iter().all(|&c| c == '*'))
}

/// The proxy args: passed with `--build-arg` they reach RUN's environment without an `ARG`
/// and are kept out of the image history.
pub const PROXY_ARGS: &[&str] = &[
    "HTTP_PROXY",
    "http_proxy",
    "HTTPS_PROXY",
    "https_proxy",
    "FTP_PROXY",
    "ftp_proxy",
    "NO_PROXY",
    "no_proxy",
    "ALL_PROXY",
    "all_proxy",
];

/// An OCI platform: `linux/amd64`, `linux/arm/v7`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Platform {
    pub os: String,
    pub arch: String,
    pub variant: Option<String>,
}

impl Platform {
    /// A platform from an os and an architecture, both normalised as containerd does:
    /// uname / Rust names (`x86_64`, `aarch64`, `armv7l`, `i686`) or OCI ones (`amd64`,
    /// `arm64`, `arm`); `macos` is `darwin`.
    pub fn new(os: &str, arch: &str) -> Platform {
        let os = match os.to_ascii_lowercase().as_str() {
            "macos" => "darwin".to_string(),
            other => other.to_string(),
        };
        let (arch, variant) = normalize_arch(&arch.to_ascii_lowercase(), None);
        Platform { os, arch, variant }
    }

    /// Parses `os/arch[/variant]` (as `--platform` gives it), normalised.
    pub fn parse(spec: &str) -> Result<Platform, ExpandError> {
        let bad = || ExpandError::InvalidPlatform(spec.to_string());
        let parts: Vec<&str> = spec.trim().split('/').collect();
        let (os, arch, variant) = match parts.as_slice() {
            [os, arch] => (*os, *arch, None),
            [os, arch, variant] => (*os, *arch, Some(*variant)),
            _ => return Err(bad()),
        };
        let ok = |s: &str| {
            !s.is_empty()
                && s.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        };
        if !ok(os) || !ok(arch) || variant.is_some_and(|v| !ok(v)) {
            return Err(bad());
        }
        let os = Platform::new(os, "amd64").os;
        let (arch, variant) = normalize_arch(
            &arch.to_ascii_lowercase(),
            variant.map(|v| v.to_ascii_lowercase()),
        );
        Ok(Platform { os, arch, variant })
    }

    /// The platform berth runs on (`std::env::consts`).
    pub fn host() -> Platform {
        Platform::new(std::env::consts::OS, std::env::consts::ARCH)
    }
}

fn normalize_arch(arch: &str, variant: Option<String>) -> (String, Option<String>) {
    let variant = variant.filter(|v| !v.is_empty());
    let (arch, variant) = match arch {
        "i386" | "i486" | "i586" | "i686" | "x86" | "386" => ("386", None),
        "x86_64" | "x86-64" | "amd64" => ("amd64", variant.filter(|v| v != "v1")),
        "aarch64" | "arm64" => ("arm64", variant.filter(|v| v != "v8" && v != "8")),
        "armhf" => ("arm", Some("v7".to_string())),
        "armel" => ("arm", Some("v6".to_string())),
        "armv5l" | "armv5" => ("arm", Some("v5".to_string())),
        "armv6l" | "armv6" => ("arm", Some("v6".to_string())),
        "armv7l" | "armv7" | "armv8l" => ("arm", Some("v7".to_string())),
        "arm" => (
            "arm",
            Some(match variant.as_deref() {
                None | Some("7") => "v7".to_string(),
                Some(v @ ("5" | "6" | "8")) => format!("v{v}"),
                Some(v) => v.to_string(),
            }),
        ),
        "powerpc64" | "ppc64le" => ("ppc64le", variant),
        other => return (other.to_string(), variant),
    };
    (arch.to_string(), variant)
}

impl fmt::Display for Platform {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.os, self.arch)?;
        if let Some(v) = &self.variant {
            write!(f, "/{v}")?;
        }
        Ok(())
    }
}

/// The predefined platform args (TARGETPLATFORM, TARGETOS, TARGETARCH, TARGETVARIANT and the
/// BUILD* ones), in the global scope of every build.
pub fn platform_args(target: &Platform, build: &Platform) -> Vec<(String, String)> {
    let mut args = Vec::with_capacity(8);
    for (prefix, p) in [("TARGET", target), ("BUILD", build)] {
        args.push((format!("{prefix}PLATFORM"), p.to_string()));
        args.push((format!("{prefix}OS"), p.os.clone()));
        args.push((format!("{prefix}ARCH"), p.arch.clone()));
        args.push((
            format!("{prefix}VARIANT"),
            p.variant.clone().unwrap_or_default(),
        ));
    }
    args
}

/// The values of `ARG`s as Docker scopes them: the `--build-arg` overrides, and the global
/// scope (predefined args plus the ARGs before the first FROM), which `FROM` lines expand in.
/// Inside a stage only the args the stage declares are visible ([`BuildArgs::stage_value`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BuildArgs {
    overrides: BTreeMap<String, String>,
    globals: BTreeMap<String, String>,
}

impl BuildArgs {
    /// Evaluates the global scope: the `predefined` args (see [`platform_args`]) first, then
    /// each global ARG in order, its default expanded with what is defined so far and a
    /// `--build-arg` of the same name winning. A global ARG without default and without
    /// override is declared but has no value.
    pub fn new(
        overrides: BTreeMap<String, String>,
        predefined: &[(String, String)],
        global_args: &[Spanned<ArgDecl>],
        escape: char,
    ) -> Result<BuildArgs, ExpandError> {
        let mut globals: BTreeMap<String, String> = predefined.iter().cloned().collect();
        for decl in global_args {
            let decl = &decl.value;
            let value = match (overrides.get(&decl.name), &decl.default) {
                (Some(v), _) => Some(v.clone()),
                (None, Some(d)) => Some(expand_word(d, &globals, escape)?),
                (None, None) => None,
            };
            match value {
                Some(v) => globals.insert(decl.name.clone(), v),
                None => globals.remove(&decl.name),
            };
        }
        Ok(BuildArgs { overrides, globals })
    }

    /// The global scope: expand `FROM` (image and `--platform`) with it.
    pub fn globals(&self) -> &BTreeMap<String, String> {
        &self.globals
    }

    /// The `--build-arg` values.
    pub fn overrides(&self) -> &BTreeMap<String, String> {
        &self.overrides
    }

    /// The value an `ARG` inside a stage gives its name: the `--build-arg`, else the default
    /// expanded in the stage's scope `stage`, else (no default) the global value of that name
    /// (this is how `ARG VERSION` re-imports a global arg, and `ARG TARGETARCH` a
    /// predefined one). `None`: declared without a value.
    pub fn stage_value<V: Lookup + ?Sized>(
        &self,
        decl: &ArgDecl,
        stage: &V,
        escape: char,
    ) -> Result<Option<String>, ExpandError> {
        if let Some(v) = self.overrides.get(&decl.name) {
            return Ok(Some(v.clone()));
        }
        match &decl.default {
            Some(d) => expand_word(d, stage, escape).map(Some),
            None => Ok(self.globals.get(&decl.name).cloned()),
        }
    }

    /// The proxy args given with `--build-arg` (they reach RUN without being declared).
    pub fn proxy_env(&self) -> Vec<(String, String)> {
        PROXY_ARGS
            .iter()
            .filter_map(|k| self.overrides.get(*k).map(|v| (k.to_string(), v.clone())))
            .collect()
    }
}

/// The variables of a stage while it is built: its ARG values and its environment (inherited
/// from the base image and set by ENV). ENV wins over an ARG of the same name, whatever the
/// order, as Docker documents.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scope {
    args: BTreeMap<String, String>,
    env: Vec<(String, String)>,
}

impl Scope {
    /// A scope starting with an image's environment (`KEY=value` strings; malformed ones are
    /// kept with an empty value).
    pub fn from_image_env<S: AsRef<str>>(env: &[S]) -> Scope {
        let mut scope = Scope::default();
        for e in env {
            let (k, v) = e.as_ref().split_once('=').unwrap_or((e.as_ref(), ""));
            scope.set_env(k, v);
        }
        scope
    }

    /// Records an `ARG`'s value (`None`: declared without value, which unsets nothing).
    pub fn set_arg(&mut self, name: &str, value: Option<String>) {
        if let Some(v) = value {
            self.args.insert(name.to_string(), v);
        }
    }

    /// Sets an environment variable (ENV), replacing an earlier value in place.
    pub fn set_env(&mut self, name: &str, value: &str) {
        match self.env.iter_mut().find(|(k, _)| k == name) {
            Some(pair) => pair.1 = value.to_string(),
            None => self.env.push((name.to_string(), value.to_string())),
        }
    }

    /// The environment, in order (what the image config gets).
    pub fn env(&self) -> &[(String, String)] {
        &self.env
    }

    /// The ARG values (what RUN sees in its environment besides `env`).
    pub fn args(&self) -> &BTreeMap<String, String> {
        &self.args
    }
}

impl Lookup for Scope {
    fn lookup(&self, name: &str) -> Option<&str> {
        self.env
            .as_slice()
            .lookup(name)
            .or_else(|| self.args.get(name).map(String::as_str))
    }
}

#[cfg(test)]
#[path = "expand_tests.rs"]
mod tests;
