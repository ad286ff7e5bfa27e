//! `.containerignore` / `.dockerignore`: which context paths are not sent to the build.
//!
//! The file is read as moby's `ignorefile.ReadAll` does (comments are lines starting with `#`,
//! blanks trimmed, paths cleaned, a leading `/` dropped) and matched as moby's
//! `patternmatcher` does: Go `filepath.Match` syntax (`*`, `?`, `[a-z]`, `[^a]`, `\x`) plus
//! `**` (any number of directories), `!` exceptions, the last matching pattern wins, and a
//! pattern matching a directory excludes everything below it unless an exception says
//! otherwise.

use std::path::{Path, PathBuf};

/// A `.containerignore` that cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum IgnoreError {
    #[error("reading the ignore file: {0}")]
    Read(#[source] std::io::Error),
    #[error("{file}:{line}: invalid pattern \"{pattern}\": {reason}")]
    Pattern {
        file: String,
        line: usize,
        pattern: String,
        reason: &'static str,
    },
}

/// The exclusion rules of a build context.
#[derive(Debug, Clone, Default)]
pub struct Ignore {
    patterns: Vec<Pattern>,
    file: Option<PathBuf>,
}

impl Ignore {
    /// No exclusions.
    pub fn none() -> Ignore {
        Ignore::default()
    }

    /// Finds and reads the ignore file of a build: `<containerfile>.containerignore`, then
    /// `<containerfile>.dockerignore` (next to the Containerfile, as buildkit does), then
    /// `<context>/.containerignore`, then `<context>/.dockerignore`; the first that exists wins.
    /// No file: nothing is excluded.
    pub fn load(context_dir: &Path, containerfile: Option<&Path>) -> Result<Ignore, IgnoreError> {
        let mut candidates = Vec::new();
        if let Some(cf) = containerfile {
            for suffix in [".containerignore", ".dockerignore"] {
                let mut name = cf.as_os_str().to_os_string();
                name.push(suffix);
                candidates.push(PathBuf::from(name));
            }
        }
        candidates.push(context_dir.join(".containerignore"));
        candidates.push(context_dir.join(".dockerignore"));
        for path in candidates {
            match fs_err::read(&path) {
                Ok(bytes) => {
                    let text = String::from_utf8_lossy(&bytes);
                    let mut ignore = Ignore::parse(&text, &path.display().to_string())?;
                    ignore.file = Some(path);
                    return Ok(ignore);
                }
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
                // a directory of that name is no ignore file
                Err(_) if path.is_dir() => continue,
                Err(e) => return Err(IgnoreError::Read(e)),
            }
        }
        Ok(Ignore::none())
    }

    /// The ignore file named by `--ignorefile`.
    pub fn read(path: &Path) -> Result<Ignore, IgnoreError> {
        let bytes = fs_err::read(path).map_err(IgnoreError::Read)?;
        let mut ignore = Ignore::parse(
            &String::from_utf8_lossy(&bytes),
            &path.display().to_string(),
        )?;
        ignore.file = Some(path.to_path_buf());
        Ok(ignore)
    }

    /// Rules from patterns given one by one (`COPY --exclude=…`), read as lines of an ignore
    /// file; errors name them `--exclude`.
    pub fn from_patterns<S: AsRef<str>>(patterns: &[S]) -> Result<Ignore, IgnoreError> {
        let mut all = Ignore::none();
        for p in patterns {
            let one = Ignore::parse(p.as_ref(), "--exclude")?;
            all.patterns.extend(one.patterns);
        }
        Ok(all)
    }

    /// Parses the text of an ignore file; `file` names it in errors.
    pub fn parse(text: &str, file: &str) -> Result<Ignore, IgnoreError> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut patterns = Vec::new();
        for (n, line) in text.split('\n').enumerate() {
            let line = line.strip_suffix('\r').unwrap_or(line);
            if line.starts_with('#') {
                continue;
            }
            let mut pattern = line.trim();
            if pattern.is_empty() {
                continue;
            }
            let exclusion = pattern.starts_with('!');
            if exclusion {
                pattern = pattern.get(1..).unwrap_or("").trim();
            }
            let bad = |reason| IgnoreError::Pattern {
                file: file.to_string(),
                line: n + 1,
                pattern: line.trim().to_string(),
                reason,
            };
            if pattern.is_empty() {
                return Err(bad("illegal exclusion pattern: \"!\""));
            }
            let cleaned = clean(pattern);
            let cleaned = match cleaned.strip_prefix('/') {
                Some(rest) if !rest.is_empty() => rest.to_string(),
                _ => cleaned,
            };
            patterns.push(Pattern::compile(&cleaned, exclusion).map_err(bad)?);
        }
        Ok(Ignore {
            patterns,
            file: None,
        })
    }

    /// The file the rules came from, if any.
    pub fn file(&self) -> Option<&Path> {
        self.file.as_deref()
    }

    /// Whether there are `!` exceptions.
    pub fn has_exceptions(&self) -> bool {
        self.patterns.iter().any(|p| p.exclusion)
    }

    /// Whether the path (relative to the context, `/`-separated; a leading `/` or `./` is
    /// ignored) is excluded by the patterns, itself or through a parent directory (moby's
    /// `MatchesOrParentMatches`). The context root is never excluded.
    pub fn excluded(&self, rel_path: &str) -> bool {
        let path = clean(rel_path.trim_start_matches('/'));
        if path == "." || path.is_empty() || path.starts_with("../") || path == ".." {
            return false;
        }
        let parents: Vec<&str> = match path.rfind('/') {
            Some(n) => path.get(..n).unwrap_or("").split('/').collect(),
            None => Vec::new(),
        };
        let mut matched = false;
        for pattern in &self.patterns {
            if pattern.exclusion != matched {
                continue;
            }
            let mut hit = pattern.matches(&path);
            if !hit {
                let mut prefix = String::new();
                for dir in &parents {
                    if !prefix.is_empty() {
                        prefix.push('/');
                    }
                    prefix.push_str(dir);
                    if pattern.matches(&prefix) {
                        hit = true;
                        break;
                    }
                }
            }
            if hit {
                matched = !pattern.exclusion;
            }
        }
        matched
    }

    /// Whether an entry can be left out entirely: a file that is [`excluded`](Self::excluded),
    /// or an excluded directory below which no `!` exception can re-include anything (so a
    /// walker may skip its whole subtree). An excluded directory with a possible exception
    /// below gives `false`: walk it and test its entries one by one (the directory itself is
    /// then sent only as the parent of what is re-included).
    pub fn matches(&self, rel_path: &str, is_dir: bool) -> bool {
        if !self.excluded(rel_path) {
            return false;
        }
        !(is_dir && self.descends_into(rel_path))
    }

    /// Whether a build walks into the excluded directory `rel_dir`, as buildah's copier
    /// decides it (podman's rule, not buildkit's): only when the text of some `!` exception,
    /// with a `/` added, starts with the directory's path. `!*/keep` alone does not open
    /// `build/`; `!build/keep` does.
    pub fn descends_into(&self, rel_dir: &str) -> bool {
        let dir = clean(rel_dir.trim_start_matches('/'));
        let dir = dir.trim_matches('/');
        self.patterns
            .iter()
            .filter(|p| p.exclusion)
            .any(|p| format!("{}/", p.text.trim_matches('/')).starts_with(dir))
    }

    /// Whether some `!` exception could match a path below the directory `rel_dir`.
    pub fn may_reinclude_below(&self, rel_dir: &str) -> bool {
        let dir = clean(rel_dir.trim_start_matches('/'));
        let prefix: Vec<char> = format!("{dir}/").chars().collect();
        self.patterns
            .iter()
            .filter(|p| p.exclusion)
            .any(|p| p.may_match_below(&prefix))
    }
}

/// Go's `filepath.Clean` for `/`-separated paths.
pub(crate) fn clean(path: &str) -> String {
    let rooted = path.starts_with('/');
    let mut out: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                if out.last().is_some_and(|l| *l != "..") {
                    out.pop();
                } else if !rooted {
                    out.push("..");
                }
            }
            p => out.push(p),
        }
    }
    let joined = out.join("/");
    match (rooted, joined.is_empty()) {
        (true, _) => format!("/{joined}"),
        (false, true) => ".".to_string(),
        (false, false) => joined,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum MatchKind {
    Exact,
    Prefix,
    Suffix,
    Glob,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Token {
    Lit(char),
    /// `*`: any run of characters but `/`.
    Star,
    /// `?`: one character but `/`.
    Quest,
    Class {
        negated: bool,
        ranges: Vec<(char, char)>,
    },
    /// `**` followed by more: `(.*/)?`.
    AnyDirs,
    /// `**` at the end: `.*`.
    AnyTail,
}

#[derive(Debug, Clone)]
struct Pattern {
    text: String,
    exclusion: bool,
    kind: MatchKind,
    tokens: Vec<Token>,
}

impl Pattern {
    /// moby's `Pattern.compile`, with its match kinds (an exact, prefix or suffix test when
    /// the pattern needs no regular expression).
    fn compile(text: &str, exclusion: bool) -> Result<Pattern, &'static str> {
        let chars: Vec<char> = text.chars().collect();
        let mut kind = MatchKind::Exact;
        let mut tokens = Vec::new();
        let mut i = 0;
        let mut first = true;
        while let Some(&c) = chars.get(i) {
            i += 1;
            match c {
                '*' if chars.get(i) == Some(&'*') => {
                    i += 1;
                    if chars.get(i) == Some(&'/') {
                        i += 1;
                    }
                    if i >= chars.len() {
                        if kind == MatchKind::Exact {
                            kind = MatchKind::Prefix;
                        } else {
                            tokens.push(Token::AnyTail);
                            kind = MatchKind::Glob;
                        }
                    } else {
                        tokens.push(Token::AnyDirs);
                        kind = MatchKind::Glob;
                    }
                    if first {
                        kind = MatchKind::Suffix;
                    }
                }
                '*' => {
                    tokens.push(Token::Star);
                    kind = MatchKind::Glob;
                }
                '?' => {
                    tokens.push(Token::Quest);
                    kind = MatchKind::Glob;
                }
                '\\' => match chars.get(i) {
                    Some(&n) => {
                        i += 1;
                        tokens.push(Token::Lit(n));
                        kind = MatchKind::Glob;
                    }
                    None => return Err("syntax error in pattern"),
                },
                '[' => {
                    let (token, used) = parse_class(chars.get(i..).unwrap_or(&[]))?;
                    i += used;
                    tokens.push(token);
                    kind = MatchKind::Glob;
                }
                ']' => {
                    tokens.push(Token::Lit(']'));
                    kind = MatchKind::Glob;
                }
                c => tokens.push(Token::Lit(c)),
            }
            first = false;
        }
        Ok(Pattern {
            text: text.to_string(),
            exclusion,
            kind,
            tokens,
        })
    }

    fn matches(&self, path: &str) -> bool {
        match self.kind {
            MatchKind::Exact => path == self.text,
            MatchKind::Prefix => {
                let prefix = self
                    .text
                    .get(..self.text.len().saturating_sub(2))
                    .unwrap_or("");
                path.starts_with(prefix)
            }
            MatchKind::Suffix => {
                let suffix = self.text.get(2..).unwrap_or("");
                path.ends_with(suffix) || suffix.strip_prefix('/').is_some_and(|rest| path == rest)
            }
            MatchKind::Glob => {
                let text: Vec<char> = path.chars().collect();
                let states = run(&self.tokens, &text);
                states.contains(&self.tokens.len())
            }
        }
    }

    /// Whether some path starting with `prefix` (a directory and `/`) could match.
    fn may_match_below(&self, prefix: &[char]) -> bool {
        match self.kind {
            MatchKind::Exact => {
                let p: String = prefix.iter().collect();
                self.text.starts_with(&p)
            }
            MatchKind::Prefix => {
                let p: String = prefix.iter().collect();
                let own = self
                    .text
                    .get(..self.text.len().saturating_sub(2))
                    .unwrap_or("");
                own.starts_with(&p) || p.starts_with(own)
            }
            MatchKind::Suffix => true,
            MatchKind::Glob => !run(&self.tokens, prefix).is_empty(),
        }
    }
}

/// `[...]` after the `[`: Go's `filepath.Match` class syntax. Returns the token and the
/// characters used (the closing `]` included).
fn parse_class(chars: &[char]) -> Result<(Token, usize), &'static str> {
    const BAD: &str = "syntax error in pattern";
    let mut i = 0;
    let negated = chars.first() == Some(&'^');
    if negated {
        i += 1;
    }
    let mut ranges = Vec::new();
    let esc = |i: &mut usize| -> Result<char, &'static str> {
        let c = *chars.get(*i).ok_or(BAD)?;
        if c == '-' || c == ']' {
            return Err(BAD);
        }
        *i += 1;
        let c = if c == '\\' {
            let n = *chars.get(*i).ok_or(BAD)?;
            *i += 1;
            n
        } else {
            c
        };
        if *i >= chars.len() {
            return Err(BAD);
        }
        Ok(c)
    };
    loop {
        if chars.get(i) == Some(&']') && !ranges.is_empty() {
            i += 1;
            break;
        }
        let lo = esc(&mut i)?;
        let mut hi = lo;
        if chars.get(i) == Some(&'-') {
            i += 1;
            hi = esc(&mut i)?;
        }
        ranges.push((lo, hi));
    }
    Ok((Token::Class { negated, ranges }, i))
}

/// Runs the pattern's automaton over `text`: the set of token positions alive at the end
/// (position `tokens.len()` alive means a full match). Positions above `tokens.len()` are
/// "inside the `**` at position p - len - 1". Linear in text × tokens: no backtracking blowup.
pub(crate) fn run(tokens: &[Token], text: &[char]) -> Vec<usize> {
    let n = tokens.len();
    let mut seen = vec![false; 2 * n + 2];
    let mut states = closure(tokens, vec![0], &mut seen);
    for &c in text {
        let mut next = Vec::new();
        for &s in &states {
            if s > n {
                let at = s - n - 1;
                next.push(s);
                if c == '/' {
                    next.push(at + 1);
                }
                continue;
            }
            let Some(token) = tokens.get(s) else {
                continue;
            };
            match token {
                Token::Lit(l) if *l == c => next.push(s + 1),
                Token::Quest if c != '/' => next.push(s + 1),
                Token::Class { negated, ranges } => {
                    let inside = ranges.iter().any(|&(lo, hi)| lo <= c && c <= hi);
                    if inside != *negated {
                        next.push(s + 1);
                    }
                }
                Token::Star if c != '/' => next.push(s),
                Token::AnyTail => next.push(s),
                Token::AnyDirs => {
                    next.push(n + 1 + s);
                    if c == '/' {
                        next.push(s + 1);
                    }
                }
                _ => {}
            }
        }
        states = closure(tokens, next, &mut seen);
        if states.is_empty() {
            break;
        }
    }
    states
}

/// Adds the positions reachable without reading (past `*`, `**`), deduplicated; `seen` is
/// all false on entry and on return.
fn closure(tokens: &[Token], states: Vec<usize>, seen: &mut [bool]) -> Vec<usize> {
    let mut out = Vec::with_capacity(states.len());
    for s in states {
        if let Some(flag) = seen.get_mut(s) {
            if !*flag {
                *flag = true;
                out.push(s);
            }
        }
    }
    let mut i = 0;
    while let Some(&s) = out.get(i) {
        i += 1;
        if matches!(
            tokens.get(s),
            Some(Token::Star | Token::AnyTail | Token::AnyDirs)
        ) {
            if let Some(flag) = seen.get_mut(s + 1) {
                if !*flag {
                    *flag = true;
                    out.push(s + 1);
                }
            }
        }
    }
    for &s in &out {
        if let Some(flag) = seen.get_mut(s) {
            *flag = false;
        }
    }
    out
}

/// Go's `filepath.Match` for one path component (used by the context's source globs):
/// `*` and `?` do not match `/`.
pub fn glob_match(pattern: &str, name: &str) -> Result<bool, &'static str> {
    let tokens = glob_tokens(pattern)?;
    let text: Vec<char> = name.chars().collect();
    Ok(run(&tokens, &text).contains(&tokens.len()))
}

/// The tokens of a `filepath.Match` pattern (no `**`: two stars are two stars).
pub(crate) fn glob_tokens(pattern: &str) -> Result<Vec<Token>, &'static str> {
    let chars: Vec<char> = pattern.chars().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        i += 1;
        match c {
            '*' => tokens.push(Token::Star),
            '?' => tokens.push(Token::Quest),
            '\\' => match chars.get(i) {
                Some(&n) => {
                    i += 1;
                    tokens.push(Token::Lit(n));
                }
                None => return Err("syntax error in pattern"),
            },
            '[' => {
                let (token, used) = parse_class(chars.get(i..).unwrap_or(&[]))?;
                i += used;
                tokens.push(token);
            }
            c => tokens.push(Token::Lit(c)),
        }
    }
    Ok(tokens)
}

#[cfg(test)]
#[path = "ignore_tests.rs"]
mod tests;
