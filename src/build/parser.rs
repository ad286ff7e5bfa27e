//! Containerfile/Dockerfile parsing, following buildkit's `dockerfile/parser` and
//! `dockerfile/instructions`: parser directives, comments, continuation lines, heredocs, flags
//! and the argument forms of each instruction.
//!
//! [`parse`] is pure: no expansion happens here (see [`crate::build::expand`]).

use std::time::Duration;

pub use super::instruction::*;
pub(crate) use super::mount::parse_mount;

/// A Containerfile that cannot be parsed: the file, the line, and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{line}: {kind}")]
pub struct ParseError {
    /// The file name given to [`parse`].
    pub file: String,
    /// The 1-based line of the instruction (or directive) at fault.
    pub line: usize,
    pub kind: ParseErrorKind,
}

impl ParseError {
    /// The upper-case keyword of the instruction at fault, when there is one.
    pub fn instruction(&self) -> Option<&str> {
        match &self.kind {
            ParseErrorKind::UnknownInstruction(i)
            | ParseErrorKind::BeforeFrom(i)
            | ParseErrorKind::Invalid { instruction: i, .. }
            | ParseErrorKind::UnterminatedHeredoc { instruction: i, .. } => Some(i),
            ParseErrorKind::DuplicateStage(_) => Some("FROM"),
            _ => None,
        }
    }
}

/// What is wrong in a [`ParseError`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ParseErrorKind {
    #[error("invalid escape token '{0}' does not match ` or \\")]
    InvalidEscape(String),
    #[error("only one {0} parser directive can be used")]
    DuplicateDirective(String),
    #[error("unknown instruction: {0}")]
    UnknownInstruction(String),
    #[error("no build stage in current context: {0} before the first FROM (only ARG may come before it)")]
    BeforeFrom(String),
    #[error("no FROM instruction: the file has no build stage")]
    NoStage,
    #[error("unterminated heredoc <<{name} in {instruction}")]
    UnterminatedHeredoc { instruction: String, name: String },
    #[error("duplicate stage name \"{0}\"")]
    DuplicateStage(String),
    /// An instruction with bad arguments; the message follows the keyword
    /// (`COPY needs a source and a destination`).
    #[error("{instruction} {message}")]
    Invalid {
        instruction: String,
        message: String,
    },
}

fn invalid(instruction: &str, message: impl Into<String>) -> ParseErrorKind {
    ParseErrorKind::Invalid {
        instruction: instruction.to_string(),
        message: message.into(),
    }
}

/// Parses the text of a Containerfile. `file` is the name errors show (e.g. `Containerfile`).
pub fn parse(text: &str, file: &str) -> Result<Containerfile, ParseError> {
    let err = |line: usize, kind: ParseErrorKind| ParseError {
        file: file.to_string(),
        line,
        kind,
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let lines: Vec<&str> = text
        .split('\n')
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
        .collect();
    let mut directives = Directives::default();
    let mut global_args = Vec::new();
    let mut stages: Vec<Stage> = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let raw = lines.get(i).copied().unwrap_or("");
        i += 1;
        let start_line = i;
        let trimmed = raw.trim_start();
        directives
            .parse_line(trimmed)
            .map_err(|k| err(start_line, k))?;
        if is_comment(trimmed) {
            continue;
        }
        let escape = directives.escape;
        let (first, mut ended) = trim_continuation(trimmed, escape);
        if ended && first.trim().is_empty() {
            continue;
        }
        let mut line = first.to_string();
        while !ended && i < lines.len() {
            let raw = lines.get(i).copied().unwrap_or("");
            i += 1;
            if is_comment(raw.trim_start()) || raw.trim().is_empty() {
                continue;
            }
            let (cont, end) = trim_continuation(raw, escape);
            line.push_str(cont);
            ended = end;
        }
        let text = line.trim().to_string();
        let (keyword, _) = split_command(&text);
        let upper = keyword.to_ascii_uppercase();

        let mut heredocs = Vec::new();
        if matches!(upper.as_str(), "RUN" | "COPY" | "ADD") && text.contains("<<") {
            for word in raw_words(&text) {
                let Some(word) = parse_heredoc_word(&word) else {
                    continue;
                };
                let mut body = String::new();
                let mut terminated = false;
                while i < lines.len() {
                    let l = lines.get(i).copied().unwrap_or("");
                    i += 1;
                    let candidate = if word.chomp {
                        l.trim_start_matches('\t')
                    } else {
                        l
                    };
                    if candidate == word.name {
                        terminated = true;
                        break;
                    }
                    body.push_str(candidate);
                    body.push('\n');
                }
                if !terminated {
                    return Err(err(
                        start_line,
                        ParseErrorKind::UnterminatedHeredoc {
                            instruction: upper,
                            name: word.name,
                        },
                    ));
                }
                heredocs.push(Heredoc {
                    name: word.name,
                    body,
                    expand: word.expand,
                    chomp: word.chomp,
                    fd: word.fd,
                });
            }
        }
        let end_line = i;
        let instruction =
            parse_line(&text, heredocs, escape, false).map_err(|k| err(start_line, k))?;
        let spanned = |value: Instruction| Spanned {
            line: start_line,
            end_line,
            text: text.clone(),
            value,
        };
        match instruction {
            Instruction::From(from) => {
                if let Some(name) = &from.name {
                    if stages.iter().any(|s| s.name.as_ref() == Some(name)) {
                        return Err(err(
                            start_line,
                            ParseErrorKind::DuplicateStage(name.clone()),
                        ));
                    }
                }
                stages.push(Stage {
                    index: stages.len(),
                    name: from.name.clone(),
                    base: from.image.clone(),
                    platform: from.platform.clone(),
                    instructions: vec![spanned(Instruction::From(from))],
                });
            }
            other => match stages.last_mut() {
                Some(stage) => stage.instructions.push(spanned(other)),
                None => match other {
                    Instruction::Arg(decls) => {
                        global_args.extend(decls.into_iter().map(|value| Spanned {
                            line: start_line,
                            end_line,
                            text: text.clone(),
                            value,
                        }));
                    }
                    other => {
                        return Err(err(
                            start_line,
                            ParseErrorKind::BeforeFrom(other.keyword().to_string()),
                        ))
                    }
                },
            },
        }
    }
    if stages.is_empty() {
        return Err(err(lines.len().max(1), ParseErrorKind::NoStage));
    }
    Ok(Containerfile {
        file: file.to_string(),
        escape: directives.escape,
        global_args,
        stages,
    })
}

/// Parser directives (`# escape=`, `# syntax=`, `# check=`), recognised only before the first
/// comment, blank line or instruction.
#[derive(Debug)]
struct Directives {
    escape: char,
    done: bool,
    seen: Vec<String>,
}

impl Default for Directives {
    fn default() -> Self {
        Directives {
            escape: '\\',
            done: false,
            seen: Vec::new(),
        }
    }
}

impl Directives {
    fn parse_line(&mut self, line: &str) -> Result<(), ParseErrorKind> {
        if self.done {
            return Ok(());
        }
        let Some((key, value)) = directive(line) else {
            self.done = true;
            return Ok(());
        };
        if !matches!(key.as_str(), "escape" | "syntax" | "check") {
            self.done = true;
            return Ok(());
        }
        if self.seen.contains(&key) {
            return Err(ParseErrorKind::DuplicateDirective(key));
        }
        if key == "escape" {
            self.escape = match value {
                "\\" => '\\',
                "`" => '`',
                other => return Err(ParseErrorKind::InvalidEscape(other.to_string())),
            };
        }
        self.seen.push(key);
        Ok(())
    }
}

/// `^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$`: the key (lower-cased) and the value.
fn directive(line: &str) -> Option<(String, &str)> {
    let ws = |c: char| c.is_ascii_whitespace();
    let rest = line.strip_prefix('#')?.trim_start_matches(ws);
    let key_len = rest
        .char_indices()
        .find(|&(_, c)| !c.is_ascii_alphanumeric())
        .map_or(rest.len(), |(n, _)| n);
    let key = rest.get(..key_len)?;
    if !key.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    let value = rest
        .get(key_len..)?
        .trim_start_matches(ws)
        .strip_prefix('=')?
        .trim_matches(ws);
    if value.is_empty() {
        return None;
    }
    Some((key.to_ascii_lowercase(), value))
}

fn is_comment(trimmed: &str) -> bool {
    trimmed.starts_with('#')
}

/// Removes a trailing escape character (blanks after it allowed); `true` when the line ends
/// the instruction (no continuation).
fn trim_continuation(line: &str, escape: char) -> (&str, bool) {
    let stripped = line.trim_end_matches([' ', '\t']);
    match stripped.strip_suffix(escape) {
        Some(rest) => (rest, false),
        None => (line, true),
    }
}

/// buildkit's `reWhitespace` (`[\t\v\f\r ]+`).
fn is_blank(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\u{b}' | '\u{c}' | '\r')
}

/// The keyword and the rest of a trimmed line.
fn split_command(line: &str) -> (&str, &str) {
    match line.find(is_blank) {
        Some(n) => (
            line.get(..n).unwrap_or(line),
            line.get(n..).unwrap_or("").trim_start_matches(is_blank),
        ),
        None => (line, ""),
    }
}

fn split_whitespace_delimited(rest: &str) -> Vec<String> {
    rest.split(is_blank)
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// Splits a line into words at unquoted blanks, keeping quotes and escapes (`\` always, as
/// buildkit's heredoc detection does).
fn raw_words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut quote: Option<char> = None;
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match quote {
            Some(q) => {
                word.push(c);
                if c == q {
                    quote = None;
                } else if c == '\\' && q == '"' {
                    if let Some(n) = chars.next() {
                        word.push(n);
                    }
                }
            }
            None if c.is_whitespace() => {
                if !word.is_empty() {
                    words.push(std::mem::take(&mut word));
                }
            }
            None => {
                word.push(c);
                if c == '\'' || c == '"' {
                    quote = Some(c);
                } else if c == '\\' {
                    if let Some(n) = chars.next() {
                        word.push(n);
                    }
                }
            }
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

/// A heredoc word (`<<EOF`, `<<-"EOF"`, `3<<EOF`) as buildkit's `ParseHeredoc` reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct HeredocWord {
    pub(crate) name: String,
    pub(crate) expand: bool,
    pub(crate) chomp: bool,
    pub(crate) fd: Option<u32>,
}

/// `^(\d*)<<(-?)([^<]*)$`, the name unquoted; `None` when the word is no heredoc.
pub(crate) fn parse_heredoc_word(word: &str) -> Option<HeredocWord> {
    let at = word.find("<<")?;
    let (digits, rest) = (word.get(..at)?, word.get(at + 2..)?);
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let fd = if digits.is_empty() {
        None
    } else {
        Some(digits.parse::<u32>().ok()?)
    };
    let (chomp, rest) = match rest.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    if rest.is_empty() || rest.contains('<') {
        return None;
    }
    // unquote: quotes anywhere turn expansion off; an unclosed quote is no heredoc
    let mut name = String::new();
    let mut quoted = false;
    let mut chars = rest.chars();
    while let Some(c) = chars.next() {
        match c {
            '\'' => {
                quoted = true;
                loop {
                    match chars.next()? {
                        '\'' => break,
                        ch => name.push(ch),
                    }
                }
            }
            '"' => {
                quoted = true;
                loop {
                    match chars.next()? {
                        '"' => break,
                        '\\' => name.push(chars.next()?),
                        ch => name.push(ch),
                    }
                }
            }
            '\\' => {
                if let Some(n) = chars.next() {
                    name.push(n);
                }
            }
            c if c.is_whitespace() => return None,
            c => name.push(c),
        }
    }
    if name.is_empty() {
        return None;
    }
    Some(HeredocWord {
        name,
        expand: !quoted,
        chomp,
        fd,
    })
}

/// buildkit's `extractBuilderFlags`: the leading `--flag[=value]` words (quotes and `\`
/// handled) and the rest of the line.
fn extract_flags(line: &str) -> (Vec<String>, &str) {
    let mut words = Vec::new();
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let mut pos = 0;
    loop {
        while chars.get(pos).is_some_and(|&(_, c)| c.is_whitespace()) {
            pos += 1;
        }
        let Some(&(byte, c)) = chars.get(pos) else {
            return (words, "");
        };
        if c != '-' || chars.get(pos + 1).map(|&(_, c)| c) != Some('-') {
            return (words, line.get(byte..).unwrap_or(""));
        }
        let mut word = String::new();
        let mut quote: Option<char> = None;
        let mut blank_ok = false;
        while let Some(&(_, c)) = chars.get(pos) {
            match quote {
                None if c.is_whitespace() => break,
                None if c == '\'' || c == '"' => {
                    quote = Some(c);
                    blank_ok = true;
                }
                Some(q) if c == q => quote = None,
                _ if c == '\\' => {
                    if let Some(&(_, n)) = chars.get(pos + 1) {
                        word.push(n);
                        pos += 1;
                    }
                }
                _ => word.push(c),
            }
            pos += 1;
        }
        if word == "--" {
            let rest = chars
                .get(pos)
                .and_then(|&(b, _)| line.get(b..))
                .unwrap_or("");
            return (words, rest);
        }
        if blank_ok || !word.is_empty() {
            words.push(word);
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum FlagKind {
    Bool,
    Str,
    Multi,
}

/// The flags of one instruction, checked against what it accepts.
struct Flags {
    values: Vec<(&'static str, String)>,
}

impl Flags {
    fn parse(
        instruction: &str,
        words: &[String],
        spec: &[(&'static str, FlagKind)],
    ) -> Result<Flags, ParseErrorKind> {
        let mut values: Vec<(&'static str, String)> = Vec::new();
        for word in words {
            let Some(arg) = word.strip_prefix("--") else {
                return Err(invalid(
                    instruction,
                    format!("flag should start with --: {word}"),
                ));
            };
            let (name, value) = match arg.split_once('=') {
                Some((n, v)) => (n, Some(v)),
                None => (arg, None),
            };
            let Some(&(key, kind)) = spec.iter().find(|(k, _)| *k == name) else {
                return Err(invalid(
                    instruction,
                    format!("has an unknown flag: --{name}"),
                ));
            };
            if kind != FlagKind::Multi && values.iter().any(|(k, _)| *k == key) {
                return Err(invalid(
                    instruction,
                    format!("has a duplicate flag: --{name}"),
                ));
            }
            let value = match (kind, value) {
                (FlagKind::Bool, None) => "true".to_string(),
                (FlagKind::Bool, Some(v)) => match v.to_ascii_lowercase().as_str() {
                    "true" | "" => "true".to_string(),
                    "false" => "false".to_string(),
                    _ => {
                        return Err(invalid(
                            instruction,
                            format!("expects a boolean value for --{name}, not: {v}"),
                        ))
                    }
                },
                (_, None) => {
                    return Err(invalid(
                        instruction,
                        format!("is missing a value on flag --{name}"),
                    ))
                }
                (_, Some(v)) => v.to_string(),
            };
            values.push((key, value));
        }
        Ok(Flags { values })
    }

    fn string(&self, name: &str) -> Option<String> {
        self.values
            .iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.clone())
    }

    fn boolean(&self, name: &str) -> bool {
        self.values.iter().any(|(k, v)| *k == name && v == "true")
    }

    fn multi(&self, name: &str) -> Vec<String> {
        self.values
            .iter()
            .filter(|(k, _)| *k == name)
            .map(|(_, v)| v.clone())
            .collect()
    }
}

/// Parses one logical line (continuations joined) into an instruction.
fn parse_line(
    text: &str,
    heredocs: Vec<Heredoc>,
    escape: char,
    in_onbuild: bool,
) -> Result<Instruction, ParseErrorKind> {
    let (keyword, rest) = split_command(text);
    let upper = keyword.to_ascii_uppercase();
    let (flag_words, rest) = extract_flags(rest);
    let rest = rest.trim();
    let name = upper.as_str();
    let flags = |spec: &[(&'static str, FlagKind)]| Flags::parse(name, &flag_words, spec);
    use FlagKind::{Bool, Multi, Str};
    let instruction = match name {
        "FROM" => {
            let f = flags(&[("platform", Str)])?;
            let args = split_whitespace_delimited(rest);
            let (image, stage) = match args.as_slice() {
                [image] => (image.clone(), None),
                [image, as_, stage] if as_.eq_ignore_ascii_case("as") => {
                    (image.clone(), Some(stage_name(stage)?))
                }
                [_, _, _] => {
                    return Err(invalid(name, "with three arguments needs AS as the second"))
                }
                _ => return Err(invalid(name, "requires either one or three arguments")),
            };
            Instruction::From(From {
                image,
                name: stage,
                platform: f.string("platform"),
            })
        }
        "RUN" => {
            let f = flags(&[("mount", Multi), ("network", Str), ("security", Str)])?;
            let command = command_line(name, rest)?;
            let mounts = f
                .multi("mount")
                .iter()
                .enumerate()
                .map(|(n, m)| parse_mount(m, n, None))
                .collect::<Result<Vec<_>, String>>()
                .map_err(|m| invalid(name, m))?;
            let network = match f.string("network").as_deref() {
                None => None,
                Some("default") => Some(RunNetwork::Default),
                Some("none") => Some(RunNetwork::None),
                Some("host") => Some(RunNetwork::Host),
                Some(other) => {
                    return Err(invalid(
                        name,
                        format!("has an unsupported network mode \"{other}\""),
                    ))
                }
            };
            let security = match f.string("security").as_deref() {
                None => None,
                Some("sandbox") => Some(RunSecurity::Sandbox),
                Some("insecure") => Some(RunSecurity::Insecure),
                Some(other) => {
                    return Err(invalid(
                        name,
                        format!("has an unsupported security mode \"{other}\""),
                    ))
                }
            };
            Instruction::Run(Run {
                command,
                heredocs,
                mounts,
                network,
                security,
            })
        }
        "CMD" | "ENTRYPOINT" => {
            flags(&[])?;
            let command = command_line(name, rest)?;
            if name == "CMD" {
                Instruction::Cmd(command)
            } else {
                Instruction::Entrypoint(command)
            }
        }
        "SHELL" => {
            flags(&[])?;
            match parse_json(rest) {
                Some(Ok(args)) if !args.is_empty() => Instruction::Shell(args),
                Some(Ok(_)) => return Err(invalid(name, "requires at least one argument")),
                Some(Err(m)) => return Err(invalid(name, m)),
                None => return Err(invalid(name, "requires the arguments to be in JSON form")),
            }
        }
        "COPY" | "ADD" => {
            let spec: &[(&'static str, FlagKind)] = if name == "COPY" {
                &[
                    ("from", Str),
                    ("chown", Str),
                    ("chmod", Str),
                    ("link", Bool),
                    ("parents", Bool),
                    ("exclude", Multi),
                ]
            } else {
                &[
                    ("chown", Str),
                    ("chmod", Str),
                    ("link", Bool),
                    ("exclude", Multi),
                    ("keep-git-dir", Bool),
                    ("checksum", Str),
                ]
            };
            let f = flags(spec)?;
            let (mut args, json) = match parse_json(rest) {
                Some(Ok(args)) => (args, true),
                Some(Err(m)) => return Err(invalid(name, m)),
                None => (split_whitespace_delimited(rest), false),
            };
            let dest = match args.pop() {
                Some(dest) if !args.is_empty() => dest,
                _ => return Err(invalid(name, "needs a source and a destination")),
            };
            if !json && parse_heredoc_word(&dest).is_some() {
                return Err(invalid(name, "cannot take a heredoc as its destination"));
            }
            let mut docs = heredocs.into_iter();
            let mut sources = Vec::with_capacity(args.len());
            for arg in args {
                if !json && parse_heredoc_word(&arg).is_some() {
                    match docs.next() {
                        Some(doc) => sources.push(CopySource::Heredoc(doc)),
                        None => {
                            return Err(invalid(name, format!("has no body for heredoc {arg}")))
                        }
                    }
                } else {
                    sources.push(CopySource::Path(arg));
                }
            }
            let args = CopyArgs {
                sources,
                dest,
                json,
                from: f.string("from"),
                chown: f.string("chown"),
                chmod: f.string("chmod"),
                link: f.boolean("link"),
                parents: f.boolean("parents"),
                exclude: f.multi("exclude"),
                keep_git_dir: f.boolean("keep-git-dir"),
                checksum: f.string("checksum"),
            };
            if name == "COPY" {
                Instruction::Copy(args)
            } else {
                Instruction::Add(args)
            }
        }
        "ENV" | "LABEL" => {
            flags(&[])?;
            let pairs = parse_name_val(name, rest, escape)?;
            if name == "ENV" {
                Instruction::Env(pairs)
            } else {
                Instruction::Label(pairs)
            }
        }
        "ARG" => {
            flags(&[])?;
            let words = parse_words(rest, escape);
            if words.is_empty() {
                return Err(invalid(name, "requires at least one argument"));
            }
            let mut decls = Vec::with_capacity(words.len());
            for word in words {
                let decl = match word.split_once('=') {
                    Some((n, v)) => ArgDecl {
                        name: n.to_string(),
                        default: Some(v.to_string()),
                    },
                    None => ArgDecl {
                        name: word,
                        default: None,
                    },
                };
                if decl.name.is_empty() {
                    return Err(invalid(name, "names can not be blank"));
                }
                decls.push(decl);
            }
            Instruction::Arg(decls)
        }
        "EXPOSE" => {
            flags(&[])?;
            let ports = split_whitespace_delimited(rest);
            if ports.is_empty() {
                return Err(invalid(name, "requires at least one argument"));
            }
            Instruction::Expose(ports)
        }
        "WORKDIR" | "USER" | "STOPSIGNAL" | "MAINTAINER" => {
            flags(&[])?;
            if rest.is_empty() {
                return Err(invalid(name, "requires exactly one argument"));
            }
            let value = rest.to_string();
            match name {
                "WORKDIR" => Instruction::Workdir(value),
                "USER" => Instruction::User(value),
                "STOPSIGNAL" => {
                    if split_whitespace_delimited(rest).len() != 1 {
                        return Err(invalid(name, "requires exactly one argument"));
                    }
                    Instruction::StopSignal(value)
                }
                _ => Instruction::Maintainer(value),
            }
        }
        "VOLUME" => {
            flags(&[])?;
            let paths = match parse_json(rest) {
                Some(Ok(args)) => args,
                Some(Err(m)) => return Err(invalid(name, m)),
                None => split_whitespace_delimited(rest),
            };
            if paths.is_empty() {
                return Err(invalid(name, "requires at least one argument"));
            }
            if paths.iter().any(|p| p.trim().is_empty()) {
                return Err(invalid(name, "specified can not be an empty string"));
            }
            Instruction::Volume(paths)
        }
        "HEALTHCHECK" => {
            let f = flags(&[
                ("interval", Str),
                ("timeout", Str),
                ("start-period", Str),
                ("start-interval", Str),
                ("retries", Str),
            ])?;
            let (kind, cmd) = match rest.find(char::is_whitespace) {
                Some(n) => (
                    rest.get(..n).unwrap_or(rest),
                    rest.get(n..).unwrap_or("").trim(),
                ),
                None => (rest, ""),
            };
            match kind.to_ascii_uppercase().as_str() {
                "" => return Err(invalid(name, "requires at least one argument")),
                "NONE" => {
                    if !cmd.is_empty() {
                        return Err(invalid(name, "NONE takes no arguments"));
                    }
                    Instruction::Healthcheck(Healthcheck::None)
                }
                "CMD" => {
                    let test = match command_line(name, cmd) {
                        Ok(CommandLine::Exec(args)) if args.is_empty() => None,
                        Ok(test) => Some(test),
                        Err(ParseErrorKind::Invalid { message, .. })
                            if message.starts_with("requires") =>
                        {
                            None
                        }
                        Err(e) => return Err(e),
                    };
                    let Some(test) = test else {
                        return Err(invalid(name, "is missing a command after CMD"));
                    };
                    let duration = |flag: &str| -> Result<Option<Duration>, ParseErrorKind> {
                        let Some(v) = f.string(flag) else {
                            return Ok(None);
                        };
                        let d = parse_go_duration(&v).ok_or_else(|| {
                            invalid(name, format!("has an invalid duration for --{flag}: {v}"))
                        })?;
                        if d.is_zero() {
                            return Ok(None);
                        }
                        if d < Duration::from_millis(1) {
                            return Err(invalid(name, format!("--{flag} cannot be less than 1ms")));
                        }
                        Ok(Some(d))
                    };
                    let retries = match f.string("retries") {
                        None => None,
                        Some(v) => match v.parse::<i64>() {
                            Ok(n) if n < 0 => {
                                return Err(invalid(name, "--retries cannot be negative"))
                            }
                            Ok(n) => Some(u32::try_from(n).map_err(|_| {
                                invalid(name, format!("has an invalid --retries: {v}"))
                            })?),
                            Err(_) => {
                                return Err(invalid(name, format!("has an invalid --retries: {v}")))
                            }
                        },
                    };
                    Instruction::Healthcheck(Healthcheck::Check {
                        test,
                        interval: duration("interval")?,
                        timeout: duration("timeout")?,
                        start_period: duration("start-period")?,
                        start_interval: duration("start-interval")?,
                        retries,
                    })
                }
                other => {
                    return Err(invalid(
                        name,
                        format!("has an unknown type \"{other}\" (try CMD)"),
                    ))
                }
            }
        }
        "ONBUILD" => {
            flags(&[])?;
            if in_onbuild {
                return Err(invalid(name, "chaining via ONBUILD ONBUILD isn't allowed"));
            }
            let (trigger_kw, _) = split_command(rest);
            match trigger_kw.to_ascii_uppercase().as_str() {
                "" => return Err(invalid(name, "requires at least one argument")),
                "ONBUILD" => {
                    return Err(invalid(name, "chaining via ONBUILD ONBUILD isn't allowed"))
                }
                t @ ("FROM" | "MAINTAINER") => {
                    return Err(invalid(name, format!("trigger {t} isn't allowed")))
                }
                _ => {}
            }
            let instruction = parse_line(rest, Vec::new(), escape, true)?;
            Instruction::Onbuild(Onbuild {
                trigger: rest.to_string(),
                instruction: Box::new(instruction),
            })
        }
        _ => return Err(ParseErrorKind::UnknownInstruction(upper)),
    };
    Ok(instruction)
}

/// A stage name: `^[a-z][a-z0-9-_\.]*$` (case-insensitive), lower-cased.
fn stage_name(name: &str) -> Result<String, ParseErrorKind> {
    let lower = name.to_ascii_lowercase();
    let valid = lower.starts_with(|c: char| c.is_ascii_lowercase())
        && lower
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '-' | '_' | '.'));
    if !valid {
        return Err(invalid(
            "FROM",
            format!("has an invalid stage name \"{name}\": it must start with a letter and hold only letters, digits, '-', '_' and '.'"),
        ));
    }
    Ok(lower)
}

/// A JSON array of strings: `None` when the text is not a JSON array (shell form follows),
/// an error when it is one with other values than strings.
fn parse_json(rest: &str) -> Option<Result<Vec<String>, String>> {
    if !rest.starts_with('[') {
        return None;
    }
    // Go's json.Decoder, as buildkit uses it, reads the first value and ignores what follows
    // (`RUN ["ls"],` is the exec form of ls)
    let values = serde_json::Deserializer::from_str(rest)
        .into_iter::<Vec<serde_json::Value>>()
        .next()?
        .ok()?;
    Some(
        values
            .into_iter()
            .map(|v| match v {
                serde_json::Value::String(s) => Ok(s),
                _ => Err("uses a JSON array that holds other values than strings".to_string()),
            })
            .collect(),
    )
}

/// Exec form when the text is a JSON array of strings, shell form otherwise.
fn command_line(instruction: &str, rest: &str) -> Result<CommandLine, ParseErrorKind> {
    match parse_json(rest) {
        Some(Ok(args)) => Ok(CommandLine::Exec(args)),
        Some(Err(m)) => Err(invalid(instruction, m)),
        None if rest.is_empty() => Err(invalid(instruction, "requires at least one argument")),
        None => Ok(CommandLine::Shell(rest.to_string())),
    }
}

/// buildkit's `parseWords`: words split at unquoted blanks; quotes and escapes are kept (they
/// are removed when the word is expanded).
fn parse_words(rest: &str, escape: char) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut blank_ok = false;
    let mut quote: Option<char> = None;
    let mut chars = rest.chars().peekable();
    while let Some(c) = chars.next() {
        match quote {
            None => {
                if c.is_whitespace() {
                    if blank_ok || !word.is_empty() {
                        words.push(std::mem::take(&mut word));
                    }
                    blank_ok = false;
                    continue;
                }
                if c == '\'' || c == '"' {
                    quote = Some(c);
                    blank_ok = true;
                }
                if c == escape {
                    match chars.next() {
                        None => continue,
                        Some(n) => {
                            word.push(c);
                            word.push(n);
                            continue;
                        }
                    }
                }
                word.push(c);
            }
            Some(q) => {
                if c == q {
                    quote = None;
                }
                if c == escape && q != '\'' {
                    match chars.next() {
                        None => {
                            quote = None;
                            continue;
                        }
                        Some(n) => {
                            word.push(c);
                            word.push(n);
                            continue;
                        }
                    }
                }
                word.push(c);
            }
        }
    }
    if blank_ok || !word.is_empty() {
        words.push(word);
    }
    words
}

/// ENV and LABEL: `KEY value` (legacy, one pair: the rest of the line) or `k=v k2="v 2"`.
fn parse_name_val(
    instruction: &str,
    rest: &str,
    escape: char,
) -> Result<Vec<KeyValue>, ParseErrorKind> {
    let words = parse_words(rest, escape);
    let Some(first) = words.first() else {
        return Err(invalid(instruction, "requires at least one argument"));
    };
    if !first.contains('=') {
        let Some(n) = rest.find(is_blank) else {
            return Err(invalid(instruction, "must have two arguments"));
        };
        let key = rest.get(..n).unwrap_or("");
        let value = rest.get(n..).unwrap_or("").trim_start_matches(is_blank);
        return Ok(vec![KeyValue {
            key: key.to_string(),
            value: value.to_string(),
        }]);
    }
    let mut pairs = Vec::with_capacity(words.len());
    for word in &words {
        let Some((key, value)) = word.split_once('=') else {
            return Err(invalid(
                instruction,
                format!(
                    "syntax error - can't find = in \"{word}\": must be of the form name=value"
                ),
            ));
        };
        if key.is_empty() {
            return Err(invalid(instruction, "names can not be blank"));
        }
        pairs.push(KeyValue {
            key: key.to_string(),
            value: value.to_string(),
        });
    }
    Ok(pairs)
}

/// Go's `time.ParseDuration` for non-negative durations: `90s`, `1m30s`, `1.5h`, `100ms`, `0`.
pub fn parse_go_duration(s: &str) -> Option<Duration> {
    let s = s.strip_prefix('+').unwrap_or(s);
    if s == "0" {
        return Some(Duration::ZERO);
    }
    if s.is_empty() || s.starts_with('-') {
        return None;
    }
    let mut total: f64 = 0.0;
    let mut rest = s;
    while !rest.is_empty() {
        let num_len = rest
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(rest.len());
        let num = rest.get(..num_len)?;
        if num.is_empty() || num == "." {
            return None;
        }
        let value: f64 = num.parse().ok()?;
        rest = rest.get(num_len..)?;
        let unit_len = rest
            .find(|c: char| c.is_ascii_digit() || c == '.')
            .unwrap_or(rest.len());
        let unit = rest.get(..unit_len)?;
        rest = rest.get(unit_len..)?;
        let nanos_per: f64 = match unit {
            "ns" => 1.0,
            "us" | "µs" | "μs" => 1e3,
            "ms" => 1e6,
            "s" => 1e9,
            "m" => 60e9,
            "h" => 3600e9,
            _ => return None,
        };
        total += value * nanos_per;
    }
    (total.is_finite() && total < u64::MAX as f64).then(|| Duration::from_nanos(total as u64))
}

#[cfg(test)]
#[path = "parser_tests.rs"]
mod tests;
