//! Reading a container's log (`ctr.log`, k8s-file: `TIME STREAM F|P TEXT` lines, as the
//! monitor writes them). The text is the container's bytes, whatever they are: nothing here
//! assumes UTF-8.

use super::Engine;
use crate::error::UserError;
use crate::runtime::container::{Container, Status};
use std::time::Duration;

/// `logs` flags as plain values (times in Unix seconds).
#[derive(Debug, Clone, Default)]
pub struct LogOptions {
    pub follow: bool,
    pub tail: Option<i64>,
    pub timestamps: bool,
    pub since: Option<i64>,
    pub until: Option<i64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stream {
    Stdout,
    Stderr,
}

/// A time as `--since`/`--until` take it: RFC 3339 or Unix seconds.
pub fn parse_time(s: &str) -> Result<i64, UserError> {
    if let Ok(n) = s.parse::<i64>() {
        return Ok(n);
    }
    crate::image::manifest::parse_rfc3339(s).ok_or_else(|| {
        UserError::new(format!("invalid time {s:?}"))
            .with_hint("use RFC 3339 (2024-01-02T15:04:05Z) or Unix seconds")
    })
}

/// One log line, split: time, stream, the rest (with its newline when the entry was whole).
fn entry(line: &[u8], o: &LogOptions) -> Option<(Stream, Vec<u8>)> {
    let mut parts = line.splitn(4, |b| *b == b' ');
    let (ts, stream, kind, text) = (parts.next()?, parts.next()?, parts.next()?, parts.next()?);
    let ts = std::str::from_utf8(ts).ok()?;
    let t = crate::image::manifest::parse_rfc3339(ts).unwrap_or(0);
    if o.since.is_some_and(|s| t < s) || o.until.is_some_and(|u| t > u) {
        return None;
    }
    let mut out = Vec::with_capacity(text.len() + ts.len() + 2);
    if o.timestamps {
        out.extend_from_slice(ts.as_bytes());
        out.push(b' ');
    }
    out.extend_from_slice(text);
    if kind != b"P" {
        out.push(b'\n');
    }
    let stream = if stream == b"stderr" {
        Stream::Stderr
    } else {
        Stream::Stdout
    };
    Some((stream, out))
}

/// The complete lines of `data` (a trailing partial line is left for later).
fn lines(data: &[u8]) -> impl Iterator<Item = &[u8]> {
    let complete = data
        .iter()
        .rposition(|b| *b == b'\n')
        .map(|i| i + 1)
        .unwrap_or(0);
    data[..complete]
        .split(|b| *b == b'\n')
        .filter(|l| !l.is_empty())
}

/// The first entry's time stamp: when it changes, the monitor started the log afresh
/// (`--log-opt max-size`).
fn head(data: &[u8]) -> &[u8] {
    let end = data.iter().position(|b| *b == b' ').unwrap_or(0);
    &data[..end]
}

impl Engine {
    /// Hand each log entry of `c` to `sink`, as `o` says; with `follow`, until it exits.
    pub fn logs(
        &self,
        c: &Container,
        o: &LogOptions,
        sink: &mut dyn FnMut(Stream, &[u8]),
    ) -> anyhow::Result<()> {
        if c.config.log_driver == "none" {
            return Err(UserError::new(format!(
                "this container ({}) is using the 'none' log driver, cannot read logs: this container is not logging output",
                c.name()
            ))
            .with_hint("run it with --log-driver k8s-file (the default) to keep its output")
            .into());
        }
        let path = c.dir.join("ctr.log");
        let data = std::fs::read(&path).unwrap_or_default();
        let all: Vec<&[u8]> = lines(&data).collect();
        let skip = match o.tail {
            Some(n) if n >= 0 => all.len().saturating_sub(usize::try_from(n).unwrap_or(0)),
            _ => 0,
        };
        for l in &all[skip..] {
            if let Some((s, text)) = entry(l, o) {
                sink(s, &text);
            }
        }
        if !o.follow {
            return Ok(());
        }
        let mut offset = all.iter().map(|l| l.len() + 1).sum::<usize>();
        let mut first = head(&data).to_vec();
        loop {
            let alive = Container::load(&c.dir)
                .map(|x| x.state.status == Status::Running)
                .unwrap_or(false);
            let now = std::fs::read(&path).unwrap_or_default();
            if now.len() < offset || head(&now) != first.as_slice() {
                // --log-opt max-size started the log afresh
                offset = 0;
                first = head(&now).to_vec();
            }
            if let Some(new) = now.get(offset..) {
                for l in lines(new) {
                    offset += l.len() + 1;
                    if let Some((s, text)) = entry(l, o) {
                        sink(s, &text);
                    }
                }
            }
            if !alive {
                return Ok(());
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_keep_the_containers_bytes() {
        let o = LogOptions::default();
        let (s, t) = entry(b"2024-01-02T15:04:05.000000001Z stdout F \xff\xfe", &o).unwrap();
        assert_eq!((s, t.as_slice()), (Stream::Stdout, &b"\xff\xfe\n"[..]));
        let (s, t) = entry(b"2024-01-02T15:04:05.000000001Z stderr P a\xc3", &o).unwrap();
        assert_eq!((s, t.as_slice()), (Stream::Stderr, &b"a\xc3"[..]));
        assert!(entry(b"garbage", &o).is_none());
    }

    #[test]
    fn only_complete_lines_are_read() {
        let v: Vec<&[u8]> = lines(b"a\nb\nc").collect();
        assert_eq!(v, vec![&b"a"[..], &b"b"[..]]);
        assert_eq!(lines(b"no newline").count(), 0);
    }
}
