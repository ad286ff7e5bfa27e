//! All terminal output goes through here: the stdout/stderr printer, the logger behind
//! `--log-level`, tables, `--format` templates and progress bars.
// The one module that may print (lib.rs denies it elsewhere).
#![allow(clippy::print_stdout, clippy::print_stderr)]

pub mod doctor;
pub mod format;
pub mod table;

use std::io::{IsTerminal, Write};

/// Write a line to stdout. A closed pipe (`berth images | head`) is not an error worth a panic.
pub fn out(line: &str) {
    let mut o = std::io::stdout().lock();
    let _ = writeln!(o, "{line}");
}

/// Write text to stdout without adding a newline.
pub fn out_raw(text: &str) {
    let mut o = std::io::stdout().lock();
    let _ = o.write_all(text.as_bytes());
    let _ = o.flush();
}

/// Bytes to stdout as they are (a container's output need not be UTF-8).
pub fn out_bytes(data: &[u8]) {
    let mut o = std::io::stdout().lock();
    let _ = o.write_all(data);
    let _ = o.flush();
}

/// Bytes to stderr as they are.
pub fn err_bytes(data: &[u8]) {
    let mut e = std::io::stderr().lock();
    let _ = e.write_all(data);
}

/// Write a line to stderr.
pub fn err(line: &str) {
    let mut e = std::io::stderr().lock();
    let _ = writeln!(e, "{line}");
}

/// A warning, as podman prints them.
pub fn warn(msg: &str) {
    err(&log_line(log::Level::Warn, msg));
}

/// A log record as podman's logrus prints it: `WARN[0000] msg` on a terminal, else
/// `time="…" level=warning msg="…"` (its text formatter without colours).
fn log_line(level: log::Level, msg: &str) -> String {
    if stderr_is_terminal() {
        let tag = match level {
            log::Level::Error => "ERRO",
            log::Level::Warn => "WARN",
            log::Level::Info => "INFO",
            log::Level::Debug => "DEBU",
            log::Level::Trace => "TRAC",
        };
        return format!("{tag}[0000] {msg}");
    }
    let name = match level {
        log::Level::Error => "error",
        log::Level::Warn => "warning",
        log::Level::Info => "info",
        log::Level::Debug => "debug",
        log::Level::Trace => "trace",
    };
    // RFC 3339 UTC seconds, as logrus stamps its lines
    let time = crate::time::format_rfc3339(crate::time::now_secs());
    format!("time=\"{time}\" level={name} msg={}", logrus_quote(msg))
}

/// logrus's text formatter: a value of only safe characters as it is, else Go's `%q`.
fn logrus_quote(v: &str) -> String {
    let plain = !v.is_empty()
        && v.chars()
            .all(|c| c.is_ascii_alphanumeric() || "-._/@^+".contains(c));
    if plain {
        return v.to_string();
    }
    let mut out = String::with_capacity(v.len() + 2);
    out.push('"');
    for c in v.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

pub fn stderr_is_terminal() -> bool {
    std::io::stderr().is_terminal()
}

pub fn stdin_is_terminal() -> bool {
    std::io::stdin().is_terminal()
}

struct Logger {
    level: log::LevelFilter,
}

impl log::Log for Logger {
    fn enabled(&self, metadata: &log::Metadata) -> bool {
        // Other crates' records (reqwest, rustls, ...) only at debug and above: their errors
        // are returned to berth, which reports them once, with context.
        let ours = metadata.target().starts_with("berth");
        metadata.level() <= self.level && (ours || self.level >= log::LevelFilter::Debug)
    }
    fn log(&self, record: &log::Record) {
        if self.enabled(record.metadata()) {
            err(&log_line(record.level(), &record.args().to_string()));
        }
    }
    fn flush(&self) {}
}

/// A `--log-level` that is none of podman's names (podman's words).
#[derive(Debug, thiserror::Error)]
#[error("Log Level {0:?} is not supported, choose from: trace, debug, info, warn, warning, error, fatal, panic")]
pub struct InvalidLogLevel(pub String);

/// Install the logger for `--log-level` (podman's names: trace, debug, info, warn, error, fatal,
/// panic).
pub fn init_logging(level: &str) -> Result<(), InvalidLogLevel> {
    let filter = match level {
        "trace" => log::LevelFilter::Trace,
        "debug" => log::LevelFilter::Debug,
        "info" => log::LevelFilter::Info,
        "warn" | "warning" => log::LevelFilter::Warn,
        "error" | "fatal" | "panic" => log::LevelFilter::Error,
        other => return Err(InvalidLogLevel(other.to_string())),
    };
    let logger = Box::new(Logger { level: filter });
    if log::set_boxed_logger(logger).is_ok() {
        log::set_max_level(filter);
    }
    Ok(())
}

/// Human size as podman prints it (decimal units, 3 significant digits: "5.87 MB").
pub fn human_size(bytes: u64) -> String {
    const UNITS: [&str; 7] = ["B", "kB", "MB", "GB", "TB", "PB", "EB"];
    let mut v = bytes as f64;
    let mut i = 0;
    while v >= 1000.0 && i < UNITS.len() - 1 {
        v /= 1000.0;
        i += 1;
    }
    if i == 0 {
        return format!("{bytes} B");
    }
    // Go's units.HumanSizeWithPrecision(size, 3) uses %.*g with 3 significant digits.
    let s = if v >= 100.0 {
        format!("{v:.0}")
    } else if v >= 10.0 {
        format!("{v:.1}")
    } else {
        format!("{v:.2}")
    };
    let s = if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    };
    format!("{s} {}", UNITS[i])
}

/// "2 hours ago", as podman's `CREATED` column says it (go-units HumanDuration).
pub fn time_ago(then_unix: i64) -> String {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    let secs = (now - then_unix).max(0);
    let human = if secs < 1 {
        "Less than a second".to_string()
    } else if secs == 1 {
        "1 second".to_string()
    } else if secs < 60 {
        format!("{secs} seconds")
    } else if secs / 60 == 1 {
        "About a minute".to_string()
    } else if secs < 3600 {
        format!("{} minutes", secs / 60)
    } else if (secs as f64 / 3600.0).round() as i64 == 1 {
        "About an hour".to_string()
    } else if secs < 3600 * 48 {
        format!("{} hours", (secs as f64 / 3600.0).round() as i64)
    } else if secs < 86400 * 7 * 2 {
        format!("{} days", secs / 86400)
    } else if secs < 86400 * 30 * 3 {
        format!("{} weeks", secs / (86400 * 7))
    } else if secs < 86400 * 365 * 2 {
        format!("{} months", secs / (86400 * 30))
    } else {
        format!("{} years", secs / (86400 * 365))
    };
    format!("{human} ago")
}

/// Render JSON data as YAML, the way `podman info` prints by default.
pub fn to_yaml(v: &serde_json::Value) -> String {
    fn scalar(v: &serde_json::Value) -> String {
        match v {
            serde_json::Value::Null => "null".into(),
            serde_json::Value::String(s) => {
                if s.is_empty()
                    || s.contains(": ")
                    || s.starts_with(['*', '&', '!', '%', '@', '[', '{', '-', '"', '\''])
                    || s.contains('#')
                    || s == "true"
                    || s == "false"
                    || s.parse::<f64>().is_ok()
                {
                    serde_json::to_string(s).unwrap_or_default()
                } else {
                    s.clone()
                }
            }
            other => other.to_string(),
        }
    }
    fn walk(v: &serde_json::Value, indent: usize, out: &mut String) {
        let pad = " ".repeat(indent);
        match v {
            serde_json::Value::Object(m) => {
                for (k, val) in m {
                    match val {
                        serde_json::Value::Object(o) if !o.is_empty() => {
                            out.push_str(&format!("{pad}{k}:\n"));
                            walk(val, indent + 2, out);
                        }
                        serde_json::Value::Array(a) if !a.is_empty() => {
                            out.push_str(&format!("{pad}{k}:\n"));
                            walk(val, indent + 2, out);
                        }
                        serde_json::Value::Object(_) => out.push_str(&format!("{pad}{k}: {{}}\n")),
                        serde_json::Value::Array(_) => out.push_str(&format!("{pad}{k}: []\n")),
                        s => out.push_str(&format!("{pad}{k}: {}\n", scalar(s))),
                    }
                }
            }
            serde_json::Value::Array(a) => {
                for item in a {
                    match item {
                        serde_json::Value::Object(_) => {
                            let mut inner = String::new();
                            walk(item, indent + 2, &mut inner);
                            let trimmed = inner.trim_start();
                            out.push_str(&format!("{pad}- {trimmed}"));
                        }
                        s => out.push_str(&format!("{pad}- {}\n", scalar(s))),
                    }
                }
            }
            s => out.push_str(&format!("{pad}{}\n", scalar(s))),
        }
    }
    let mut out = String::new();
    walk(v, 0, &mut out);
    out
}

/// Write a line to stdout and flush it, saying when stdout is gone (a follower, such as
/// `berth events`, stops then).
pub fn out_line(line: &str) -> std::io::Result<()> {
    let mut o = std::io::stdout().lock();
    writeln!(o, "{line}")?;
    o.flush()
}

/// Go's `units.HumanSize` (`system df`): decimal units, four significant digits, no space
/// ("0B", "1.235MB").
pub fn human_size_go(bytes: u64) -> String {
    const UNITS: [&str; 7] = ["B", "kB", "MB", "GB", "TB", "PB", "EB"];
    let mut v = bytes as f64;
    let mut i = 0;
    while v >= 1000.0 && i < UNITS.len() - 1 {
        v /= 1000.0;
        i += 1;
    }
    // %.4g: four significant digits, trailing zeros dropped
    let digits = if v >= 100.0 {
        1
    } else if v >= 10.0 {
        2
    } else {
        3
    };
    let s = format!("{v:.digits$}");
    let s = if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    };
    format!("{s}{}", UNITS[i])
}

/// Ask a yes/no question on stdout; true for an answer starting with y or Y.
pub fn confirm(prompt: &str) -> bool {
    use std::io::BufRead;
    out_raw(prompt);
    let mut line = String::new();
    if std::io::stdin().lock().read_line(&mut line).is_err() {
        return false;
    }
    line.trim_start().starts_with(['y', 'Y'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_like_podman() {
        assert_eq!(human_size(0), "0 B");
        assert_eq!(human_size(999), "999 B");
        assert_eq!(human_size(5_870_000), "5.87 MB");
        assert_eq!(human_size(1_000_000), "1 MB");
        assert_eq!(human_size(12_340_000), "12.3 MB");
        assert_eq!(human_size(123_400_000), "123 MB");
    }
}
