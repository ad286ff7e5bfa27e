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

/// A time as `--since` takes it: podman's `ParseInputTime` (RFC 3339, a date, Unix
/// seconds, or a Go duration back from now), in Unix seconds.
pub fn parse_time(s: &str) -> Result<i64, UserError> {
    parse_time_as(s, true)
}

/// A time as `--until` takes it: a Go duration counts on from now.
pub fn parse_until(s: &str) -> Result<i64, UserError> {
    parse_time_as(s, false)
}

fn parse_time_as(s: &str, since: bool) -> Result<i64, UserError> {
    if let Ok(n) = s.parse::<i64>() {
        return Ok(n);
    }
    if let Some(t) = crate::image::manifest::parse_rfc3339(s) {
        return Ok(t);
    }
    super::events::parse_input_time(s, since)
        .and_then(|t| i64::try_from(t.nanos.div_euclid(1_000_000_000)).ok())
        .ok_or_else(|| {
            UserError::new(format!("invalid time {s:?}"))
                .with_hint("use RFC 3339 (2024-01-02T15:04:05Z), Unix seconds or a duration (10m)")
        })
}

/// A log line's time stamp as `logs -t` shows it: Go's RFC3339Nano, where a zero offset
/// (conmon's `+00:00`, as the log is written) is `Z`.
fn shown_stamp(ts: &[u8]) -> std::borrow::Cow<'_, [u8]> {
    match ts.strip_suffix(b"+00:00") {
        Some(base) => [base, b"Z"].concat().into(),
        None => ts.into(),
    }
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
        out.extend_from_slice(&shown_stamp(ts.as_bytes()));
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

/// podman's words for `logs` of a `--log-driver none` container; the hint names it.
fn no_logs(c: &Container) -> UserError {
    UserError::new(
        "this container is using the 'none' log driver, cannot read logs: this container is not logging output",
    )
    .with_hint(format!(
        "{} was run with --log-driver none; run it with --log-driver k8s-file (the default) to keep its output",
        c.name()
    ))
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
            return Err(no_logs(c).into());
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

/// One container's log being read by `logs_many`: where it is, how far, a partial entry kept.
struct Reader {
    path: std::path::PathBuf,
    dir: std::path::PathBuf,
    offset: usize,
    first: Vec<u8>,
    partial: Vec<u8>,
}

/// A whole entry of container `index` (partial entries joined), with its time stamp for
/// merging: the monitor writes fixed-width UTC stamps, so text order is time order.
struct Whole {
    stamp: Vec<u8>,
    index: usize,
    stream: Stream,
    text: Vec<u8>,
}

impl Reader {
    /// The whole entries of `data` (complete lines only), as `o` says; partial entries are
    /// kept until their last part arrives, as podman joins them.
    fn take(&mut self, index: usize, data: &[u8], o: &LogOptions, out: &mut Vec<Whole>) {
        let bare = LogOptions {
            timestamps: false,
            ..o.clone()
        };
        for l in lines(data) {
            self.offset += l.len() + 1;
            let Some((stream, text)) = entry(l, &bare) else {
                continue;
            };
            if l.splitn(4, |b| *b == b' ').nth(2) == Some(&b"P"[..]) {
                self.partial.extend_from_slice(&text);
                continue;
            }
            // the joined entry carries its last part's time, as podman's does
            let stamp = head(l).to_vec();
            let mut whole = Vec::new();
            if o.timestamps {
                whole.extend_from_slice(&shown_stamp(&stamp));
                whole.push(b' ');
            }
            whole.append(&mut self.partial);
            whole.extend_from_slice(&text);
            out.push(Whole {
                stamp,
                index,
                stream,
                text: whole,
            });
        }
    }

    /// The new whole entries since the last read; a log started afresh is read from its top.
    fn poll(&mut self, index: usize, o: &LogOptions, out: &mut Vec<Whole>) {
        let now = std::fs::read(&self.path).unwrap_or_default();
        if now.is_empty() {
            return;
        }
        if now.len() < self.offset || head(&now) != self.first.as_slice() {
            self.offset = 0;
            self.first = head(&now).to_vec();
        }
        if let Some(new) = now.get(self.offset..) {
            let new = new.to_vec();
            self.take(index, &new, o, out);
        }
    }
}

fn running(dir: &std::path::Path) -> bool {
    Container::load(dir)
        .map(|x| x.state.status == Status::Running)
        .unwrap_or(false)
}

fn emit(mut batch: Vec<Whole>, sink: &mut dyn FnMut(usize, Stream, &[u8])) {
    batch.sort_by(|a, b| a.stamp.cmp(&b.stamp));
    for w in batch {
        sink(w.index, w.stream, &w.text);
    }
}

impl Engine {
    /// The logs of several containers as one stream, as podman prints `logs A B`: whole
    /// entries in time order, each handed to `sink` with its container's index in `cs`; with
    /// `follow`, until every one has stopped.
    pub fn logs_many(
        &self,
        cs: &[Container],
        o: &LogOptions,
        sink: &mut dyn FnMut(usize, Stream, &[u8]),
    ) -> anyhow::Result<()> {
        if let Some(c) = cs.iter().find(|c| c.config.log_driver == "none") {
            return Err(no_logs(c).into());
        }
        let mut readers = Vec::with_capacity(cs.len());
        let mut batch = Vec::new();
        for (i, c) in cs.iter().enumerate() {
            let path = c.dir.join("ctr.log");
            let data = std::fs::read(&path).unwrap_or_default();
            let all: Vec<&[u8]> = lines(&data).collect();
            let skip = match o.tail {
                Some(n) if n >= 0 => all.len().saturating_sub(usize::try_from(n).unwrap_or(0)),
                _ => 0,
            };
            let mut r = Reader {
                path,
                dir: c.dir.clone(),
                offset: all[..skip].iter().map(|l| l.len() + 1).sum::<usize>(),
                first: head(&data).to_vec(),
                partial: Vec::new(),
            };
            let rest = data.get(r.offset..).unwrap_or_default().to_vec();
            r.take(i, &rest, o, &mut batch);
            readers.push(r);
        }
        emit(std::mem::take(&mut batch), sink);
        if !o.follow {
            return Ok(());
        }
        let mut live: Vec<bool> = vec![true; readers.len()];
        while live.iter().any(|l| *l) {
            for (i, r) in readers.iter_mut().enumerate() {
                if !live[i] {
                    continue;
                }
                let alive = running(&r.dir);
                r.poll(i, o, &mut batch);
                live[i] = alive;
            }
            emit(std::mem::take(&mut batch), sink);
            if live.iter().any(|l| *l) {
                std::thread::sleep(Duration::from_millis(50));
            }
        }
        Ok(())
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

    #[test]
    fn partial_entries_are_joined_with_one_stamp() {
        let o = LogOptions {
            timestamps: true,
            ..LogOptions::default()
        };
        let mut r = Reader {
            path: "x".into(),
            dir: "x".into(),
            offset: 0,
            first: Vec::new(),
            partial: Vec::new(),
        };
        let mut out = Vec::new();
        let data = b"2024-01-02T15:04:05.000000001Z stdout P ab\n2024-01-02T15:04:05.000000002Z stdout F cd\n2024-01-02T15:04:05.000000003Z stdout P e";
        r.take(0, data, &o, &mut out);
        assert_eq!(out.len(), 1);
        assert_eq!(
            out[0].text,
            b"2024-01-02T15:04:05.000000002Z abcd\n".to_vec()
        );
        assert_eq!(out[0].stamp, b"2024-01-02T15:04:05.000000002Z".to_vec());
    }
}
