//! Exit statuses and the rendering of errors for the user.
//!
//! berth's own failures exit 125, as podman's do; 126 means a command could not be executed,
//! 127 that it was not found; anything else is the container's own status.

use std::fmt;

/// How a berth invocation ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitStatus {
    Success,
    /// berth's own error (125).
    Error,
    /// The command could not be executed (126).
    CannotExecute,
    /// The command was not found (127).
    NotFound,
    /// A status of the container or of a partial failure (e.g. `image exists` answering no).
    External(i32),
}

impl ExitStatus {
    pub fn code(self) -> i32 {
        match self {
            ExitStatus::Success => 0,
            ExitStatus::Error => 125,
            ExitStatus::CannotExecute => 126,
            ExitStatus::NotFound => 127,
            ExitStatus::External(c) => c,
        }
    }
}

/// An error the user can act on: what went wrong and, optionally, how to fix it.
#[derive(Debug)]
pub struct UserError {
    pub message: String,
    pub hint: Option<String>,
    pub status: ExitStatus,
}

impl UserError {
    pub fn new(message: impl Into<String>) -> Self {
        UserError {
            message: message.into(),
            hint: None,
            status: ExitStatus::Error,
        }
    }
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
    pub fn with_status(mut self, status: ExitStatus) -> Self {
        self.status = status;
        self
    }
}

impl fmt::Display for UserError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for UserError {}

/// A failure whose reason has been told already (by a child berth that printed it): berth
/// prints nothing more and exits with the status.
#[derive(Debug)]
pub struct Reported(pub ExitStatus);

impl fmt::Display for Reported {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "failed (exit {}), as reported above", self.0.code())
    }
}

impl std::error::Error for Reported {}

/// Errors that know how to tell the user the fix.
///
/// The modules' error types implement it; this module does not know them (it is a leaf of the
/// module graph). The top of the program, which knows every module, installs a [`HintFinder`]
/// that finds the hint of one error of a chain (`cli::report::hint_of`).
pub trait Hint {
    fn hint(&self) -> Option<String>;
}

/// The hint of one error of a chain, if it is of a type that has one.
pub type HintFinder = fn(&(dyn std::error::Error + 'static)) -> Option<String>;

static HINT_FINDER: std::sync::OnceLock<HintFinder> = std::sync::OnceLock::new();

/// Install the function that finds the hints of the modules' errors (once; later calls are
/// ignored). Until it is installed, only [`UserError`]'s hints are rendered.
pub fn set_hint_finder(find: HintFinder) {
    let _ = HINT_FINDER.set(find);
}

/// Walk an error chain and collect the hints of every error that has one.
pub fn hints(err: &anyhow::Error) -> Vec<String> {
    let find = HINT_FINDER.get();
    let mut out = Vec::new();
    for cause in err.chain() {
        let hint = if let Some(e) = cause.downcast_ref::<UserError>() {
            e.hint.clone()
        } else {
            find.and_then(|f| f(cause))
        };
        if let Some(h) = hint {
            if !out.contains(&h) {
                out.push(h);
            }
        }
    }
    out
}

/// The exit status an error asks for (125 unless it says otherwise).
pub fn status_of(err: &anyhow::Error) -> ExitStatus {
    for cause in err.chain() {
        if let Some(e) = cause.downcast_ref::<UserError>() {
            return e.status;
        }
    }
    ExitStatus::Error
}

/// Render an error as podman does: `Error: outer: inner: root`, then `hint:` lines.
pub fn render(err: &anyhow::Error) -> String {
    render_with(err, show_hints())
}

/// `render`, with or without the `hint:` lines.
pub fn render_with(err: &anyhow::Error, with_hints: bool) -> String {
    let mut parts: Vec<String> = Vec::new();
    for cause in err.chain() {
        let s = cause.to_string();
        // anyhow's context repeats nothing, but a source that is embedded in its parent's
        // message would print twice: skip those.
        if parts.last().is_some_and(|p| p.ends_with(&s)) {
            continue;
        }
        parts.push(s);
    }
    let mut out = format!("Error: {}", parts.join(": "));
    if with_hints {
        for h in hints(err) {
            out.push_str("\nhint: ");
            out.push_str(&h);
        }
    }
    out
}

/// `hint:` lines go to a person: on a terminal, or wherever `BERTH_HINTS=always` says. A
/// script that reads stderr gets podman's one `Error:` line (`BERTH_HINTS=never` hides
/// them on a terminal too).
pub fn show_hints() -> bool {
    match std::env::var("BERTH_HINTS").as_deref() {
        Ok("always") | Ok("1") => true,
        Ok("never") | Ok("0") => false,
        _ => std::io::IsTerminal::is_terminal(&std::io::stderr()),
    }
}
