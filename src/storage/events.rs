//! The event log: podman's `file` events backend, daemonless. Every berth process that does
//! something (create, start, a monitor whose container died, pull, tag, volume create, ...)
//! appends one JSON line to the same file under its lock, with `O_APPEND`; `berth events`
//! reads it and follows it. The record is podman's (`libpod/events`), so the file reads the
//! same with either tool's eyes:
//!
//! ```text
//! {"ID":"…","Image":"…","Name":"web","Status":"start","Time":"2024-05-01T10:00:00.123Z","Type":"container","Attributes":{"a":"b"}}
//! ```
//!
//! Where it lives: containers.conf's `[engine] events_logfile_path`, else
//! `<runroot>/events/events.log` (podman's is under its tmp dir, also in $XDG_RUNTIME_DIR).
//! `events_logfile_max_size` rotates it as podman does: the older half goes, and a `system
//! log-rotation` event says so. The writer in effect for a process is installed once
//! ([`install`]); the engine and a container's monitor (a forked child) both [`emit`] to it.

use super::{io_err, StoreError};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::io::{BufRead, Read, Seek, Write};
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The kinds of objects an event is about (podman's `events.Type`).
pub const TYPES: &[&str] = &[
    "container",
    "image",
    "network",
    "pod",
    "system",
    "volume",
    "machine",
];

/// A point in time: nanoseconds since the epoch, and the UTC offset it was written with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Time {
    pub nanos: i128,
    pub offset: i32,
}

impl Time {
    pub fn now() -> Time {
        let d = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default();
        Time {
            nanos: d.as_nanos() as i128,
            offset: 0,
        }
    }

    pub fn from_secs(secs: i64) -> Time {
        Time {
            nanos: secs as i128 * 1_000_000_000,
            offset: 0,
        }
    }

    pub fn secs(&self) -> i64 {
        self.nanos.div_euclid(1_000_000_000) as i64
    }

    fn fields(&self) -> (String, String, u32) {
        let local = self.nanos + self.offset as i128 * 1_000_000_000;
        let secs = local.div_euclid(1_000_000_000) as i64;
        let frac = local.rem_euclid(1_000_000_000) as u32;
        let (date, clock) = crate::time::date_and_clock(secs);
        (date, clock, frac)
    }

    /// Go's RFC3339Nano, as podman writes the `Time` field (trailing zeros of the
    /// fraction dropped, `Z` for UTC).
    pub fn rfc3339_nano(&self) -> String {
        let (date, clock, frac) = self.fields();
        let mut s = format!("{date}T{clock}");
        if frac != 0 {
            let f = format!("{frac:09}");
            s.push('.');
            s.push_str(f.trim_end_matches('0'));
        }
        s.push_str(&offset_text(self.offset, true));
        s
    }

    /// Go's `time.Time.String()`: `2006-01-02 15:04:05.999999999 -0700 MST`.
    pub fn go_string(&self) -> String {
        let (date, clock, frac) = self.fields();
        let mut s = format!("{date} {clock}");
        if frac != 0 {
            let f = format!("{frac:09}");
            s.push('.');
            s.push_str(f.trim_end_matches('0'));
        }
        let numeric = offset_text(self.offset, false);
        let zone = if self.offset == 0 {
            "UTC".to_string()
        } else {
            numeric.clone()
        };
        format!("{s} {numeric} {zone}")
    }

    /// Parse an RFC 3339 time with an optional fraction and a `Z` or `±hh:mm` offset; with
    /// `zone_optional`, a time without an offset is UTC.
    pub fn parse_rfc3339(s: &str, zone_optional: bool) -> Option<Time> {
        let s = s.trim();
        let b = s.as_bytes();
        if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: std::ops::Range<usize>| {
            s.get(r.clone())
                .filter(|x| x.bytes().all(|c| c.is_ascii_digit()) && x.len() == r.len())
                .and_then(|x| x.parse::<i64>().ok())
        };
        let (y, mo, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
        let (mut h, mut mi, mut se, mut frac) = (0, 0, 0, 0i128);
        let mut rest = s.get(10..)?;
        if let Some(r) = rest.strip_prefix('T').or_else(|| rest.strip_prefix(' ')) {
            if r.len() < 8 || r.as_bytes()[2] != b':' || r.as_bytes()[5] != b':' {
                return None;
            }
            let n = |x: &str| {
                x.bytes()
                    .all(|c| c.is_ascii_digit())
                    .then(|| x.parse::<i64>().ok())?
            };
            h = n(r.get(0..2)?)?;
            mi = n(r.get(3..5)?)?;
            se = n(r.get(6..8)?)?;
            rest = r.get(8..)?;
            if let Some(f) = rest.strip_prefix('.') {
                let digits: String = f.chars().take_while(|c| c.is_ascii_digit()).collect();
                if digits.is_empty() || digits.len() > 9 {
                    return None;
                }
                frac = format!("{digits:0<9}").parse::<i128>().ok()?;
                rest = &f[digits.len()..];
            }
        }
        let offset = match rest {
            "Z" | "z" => 0,
            "" if zone_optional => 0,
            o if o.len() == 6 && (o.starts_with('+') || o.starts_with('-')) => {
                if o.as_bytes()[3] != b':' {
                    return None;
                }
                let sign = if o.starts_with('-') { -1 } else { 1 };
                let hh: i32 = o.get(1..3)?.parse().ok()?;
                let mm: i32 = o.get(4..6)?.parse().ok()?;
                sign * (hh * 3600 + mm * 60)
            }
            _ => return None,
        };
        if !(1..=12).contains(&mo) || !(1..=31).contains(&d) || h > 23 || mi > 59 || se > 60 {
            return None;
        }
        let days = crate::time::days_from_civil(y, mo, d);
        let secs = days * 86400 + h * 3600 + mi * 60 + se - offset as i64;
        Some(Time {
            nanos: secs as i128 * 1_000_000_000 + frac,
            offset,
        })
    }
}

fn offset_text(offset: i32, rfc: bool) -> String {
    if offset == 0 && rfc {
        return "Z".into();
    }
    let sign = if offset < 0 { '-' } else { '+' };
    let a = offset.abs();
    if rfc {
        format!("{sign}{:02}:{:02}", a / 3600, a % 3600 / 60)
    } else {
        format!("{sign}{:02}{:02}", a / 3600, a % 3600 / 60)
    }
}

impl Serialize for Time {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.rfc3339_nano())
    }
}

impl<'de> Deserialize<'de> for Time {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Time, D::Error> {
        let s = String::deserialize(d)?;
        Time::parse_rfc3339(&s, false)
            .ok_or_else(|| serde::de::Error::custom(format!("invalid time {s:?}")))
    }
}

fn is_zero(n: &i32) -> bool {
    *n == 0
}

/// One event, podman's `events.Event` field for field (and in its JSON order).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Event {
    #[serde(rename = "ContainerExitCode", default, skip_serializing_if = "is_zero")]
    pub exit_code: i32,
    #[serde(rename = "ID", default, skip_serializing_if = "String::is_empty")]
    pub id: String,
    #[serde(rename = "Image", default, skip_serializing_if = "String::is_empty")]
    pub image: String,
    #[serde(rename = "Name", default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    #[serde(rename = "network", default, skip_serializing_if = "String::is_empty")]
    pub network: String,
    #[serde(rename = "Status")]
    pub status: String,
    #[serde(rename = "Time")]
    pub time: Time,
    #[serde(rename = "Type")]
    pub kind: String,
    #[serde(
        rename = "health_status",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub health_status: String,
    #[serde(rename = "PodID", default, skip_serializing_if = "String::is_empty")]
    pub pod_id: String,
    #[serde(rename = "Attributes", default)]
    pub attributes: Option<BTreeMap<String, String>>,
}

impl Event {
    /// An event of `kind` (container, image, volume, ...) and `status` (start, pull, ...), now.
    pub fn new(kind: &str, status: &str) -> Event {
        Event {
            kind: kind.into(),
            status: status.into(),
            time: Time::now(),
            ..Event::default()
        }
    }

    pub fn id(mut self, id: &str) -> Event {
        self.id = id.into();
        self
    }

    pub fn name(mut self, name: &str) -> Event {
        self.name = name.into();
        self
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// Which backend events go to (`--events-backend`, containers.conf's `events_logger`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    File,
    None,
}

/// The event log of this process.
#[derive(Debug, Clone)]
pub struct EventLog {
    pub backend: Backend,
    pub path: PathBuf,
    /// Rotate once the file would reach this many bytes (0: never).
    pub max_size: u64,
}

static INSTALLED: OnceLock<EventLog> = OnceLock::new();

/// Set this process's event log (the first call wins; a forked monitor inherits it).
pub fn install(log: EventLog) {
    let _ = INSTALLED.set(log);
}

/// The installed event log, if any.
pub fn installed() -> Option<&'static EventLog> {
    INSTALLED.get()
}

/// Append `e` to the installed log; a failure is a warning, as in podman (the operation
/// itself has happened).
pub fn emit(e: Event) {
    if let Some(log) = INSTALLED.get() {
        if let Err(err) = log.write(&e) {
            log::warn!("unable to write {} event: {err}", e.kind);
        }
    }
}

/// The event log opened ahead, for a process about to leave the host's mount namespace (an
/// `exec` joins the container's): its events still reach the user's log, never a path in the
/// container. It does not rotate the log.
pub struct Held {
    lock: std::fs::File,
    file: std::fs::File,
}

/// Open the installed log now (None: no log, the `none` backend, or it cannot be opened).
pub fn hold() -> Option<Held> {
    let log = INSTALLED.get()?;
    if log.backend == Backend::None {
        return None;
    }
    log.ensure_dir().ok()?;
    let open = |p: &Path| {
        std::fs::OpenOptions::new()
            .append(true)
            .create(true)
            .mode(0o600)
            .open(p)
            .ok()
    };
    Some(Held {
        lock: open(&log.lock_path())?,
        file: open(&log.path)?,
    })
}

impl Held {
    /// Append `e` under the log's lock, as [`emit`] does.
    pub fn emit(self, e: Event) {
        let Held { lock, mut file } = self;
        let _held = nix::fcntl::Flock::lock(lock, nix::fcntl::FlockArg::LockExclusive);
        if let Err(err) = file.write_all(format!("{}\n", e.to_json()).as_bytes()) {
            log::warn!("unable to write {} event: {err}", e.kind);
        }
    }
}

impl EventLog {
    fn lock_path(&self) -> PathBuf {
        let mut p = self.path.clone().into_os_string();
        p.push(".lock");
        PathBuf::from(p)
    }

    fn ensure_dir(&self) -> Result<(), StoreError> {
        if let Some(dir) = self.path.parent() {
            std::fs::create_dir_all(dir).map_err(io_err("create", dir))?;
        }
        Ok(())
    }

    /// Append one event (and first a `log-rotation` event when the file had to be cut).
    pub fn write(&self, e: &Event) -> Result<(), StoreError> {
        if self.backend == Backend::None {
            return Ok(());
        }
        self.ensure_dir()?;
        let lock_path = self.lock_path();
        let _lock = super::lock::exclusive(&lock_path).map_err(io_err("lock", &lock_path))?;
        let line = e.to_json();
        if self.rotate_if_needed(line.len() as u64)? {
            let r = Event::new("system", "log-rotation").name(&self.path.display().to_string());
            self.append(&r.to_json())?;
        }
        self.append(&line)
    }

    fn append(&self, line: &str) -> Result<(), StoreError> {
        let mut f = std::fs::OpenOptions::new()
            .append(true)
            .create(true)
            .mode(0o600)
            .open(&self.path)
            .map_err(io_err("open", &self.path))?;
        // one write(2) of the whole line: O_APPEND keeps concurrent writers' lines whole
        f.write_all(format!("{line}\n").as_bytes())
            .map_err(io_err("write", &self.path))
    }

    /// podman's rotation: when the file and the new line reach the limit, keep the second
    /// half of the file (from the first whole line after its middle).
    fn rotate_if_needed(&self, adding: u64) -> Result<bool, StoreError> {
        if self.max_size == 0 {
            return Ok(false);
        }
        let size = match std::fs::metadata(&self.path) {
            Ok(m) => m.len(),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(false),
            Err(e) => return Err(io_err("stat", &self.path)(e)),
        };
        if size + adding < self.max_size {
            return Ok(false);
        }
        let mut f = std::fs::File::open(&self.path).map_err(io_err("open", &self.path))?;
        f.seek(std::io::SeekFrom::Start(size / 2))
            .map_err(io_err("seek in", &self.path))?;
        let mut r = std::io::BufReader::new(f);
        let mut skipped = Vec::new();
        r.read_until(b'\n', &mut skipped)
            .map_err(io_err("read", &self.path))?;
        let mut rest = Vec::new();
        r.read_to_end(&mut rest)
            .map_err(io_err("read", &self.path))?;
        super::atomic::write(&self.path, &rest).map_err(io_err("write", &self.path))?;
        Ok(true)
    }

    /// Every event in the file, oldest first (an absent file has none). A line that is not
    /// an event is an error naming the file, as in podman.
    pub fn read_all(&self) -> Result<Vec<Event>, StoreError> {
        let mut r = Reader::open(&self.path, false)?;
        r.poll()
    }
}

/// Reads the log from a position on, and again as it grows (follow mode). A file cut by a
/// rotation (shorter than what was read, or replaced) is read again from its start.
pub struct Reader {
    path: PathBuf,
    pos: u64,
    ino: u64,
    partial: Vec<u8>,
}

impl Reader {
    /// A reader at the start of the file, or at its end with `at_end`.
    pub fn open(path: &Path, at_end: bool) -> Result<Reader, StoreError> {
        use std::os::unix::fs::MetadataExt;
        let (pos, ino) = match std::fs::metadata(path) {
            Ok(m) => (if at_end { m.len() } else { 0 }, m.ino()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => (0, 0),
            Err(e) => return Err(io_err("stat", path)(e)),
        };
        Ok(Reader {
            path: path.to_path_buf(),
            pos,
            ino,
            partial: Vec::new(),
        })
    }

    /// The events appended since the last call.
    pub fn poll(&mut self) -> Result<Vec<Event>, StoreError> {
        use std::os::unix::fs::MetadataExt;
        let mut f = match std::fs::File::open(&self.path) {
            Ok(f) => f,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(io_err("open", &self.path)(e)),
        };
        let md = f.metadata().map_err(io_err("stat", &self.path))?;
        if md.ino() != self.ino || md.len() < self.pos {
            self.ino = md.ino();
            self.pos = 0;
            self.partial.clear();
        }
        if md.len() == self.pos {
            return Ok(Vec::new());
        }
        f.seek(std::io::SeekFrom::Start(self.pos))
            .map_err(io_err("seek in", &self.path))?;
        let mut buf = Vec::new();
        f.read_to_end(&mut buf)
            .map_err(io_err("read", &self.path))?;
        self.pos += buf.len() as u64;
        let mut data = std::mem::take(&mut self.partial);
        data.extend_from_slice(&buf);
        let mut out = Vec::new();
        let mut start = 0;
        while let Some(n) = data[start..].iter().position(|b| *b == b'\n') {
            let line = &data[start..start + n];
            start += n + 1;
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let e: Event = serde_json::from_slice(line).map_err(|source| StoreError::Corrupt {
                path: self.path.display().to_string(),
                source,
            })?;
            out.push(e);
        }
        self.partial = data[start..].to_vec();
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_round_trips_as_go_writes_it() {
        let t = Time::parse_rfc3339("2022-04-06T11:26:42.723667984+02:00", false).unwrap();
        assert_eq!(t.rfc3339_nano(), "2022-04-06T11:26:42.723667984+02:00");
        assert_eq!(t.go_string(), "2022-04-06 11:26:42.723667984 +0200 +0200");
        let u = Time::parse_rfc3339("2022-04-06T09:26:42.5Z", false).unwrap();
        assert_eq!(u.rfc3339_nano(), "2022-04-06T09:26:42.5Z");
        assert_eq!(u.go_string(), "2022-04-06 09:26:42.5 +0000 UTC");
        assert!(u < t && u.nanos < t.nanos);
        assert_eq!(t.secs(), u.secs());
        assert!(Time::parse_rfc3339("2022-04-06T11:26:42", false).is_none());
        assert!(Time::parse_rfc3339("2022-04-06T11:26:42", true).is_some());
        assert_eq!(
            Time::parse_rfc3339("2022-04-06", true).unwrap().secs(),
            1649203200
        );
    }

    #[test]
    fn event_json_is_podmans() {
        let mut e = Event::new("container", "start").id("abc").name("web");
        e.time = Time::from_secs(0);
        e.image = "busybox".into();
        assert_eq!(
            e.to_json(),
            r#"{"ID":"abc","Image":"busybox","Name":"web","Status":"start","Time":"1970-01-01T00:00:00Z","Type":"container","Attributes":null}"#
        );
        let line = r#"{"Name":"busybox","Status":"pull","Time":"2022-04-06T11:26:42.723667900+02:00","Type":"image","Attributes":null}"#;
        let back: Event = serde_json::from_str(line).unwrap();
        assert_eq!(back.name, "busybox");
        assert_eq!(back.kind, "image");
    }
}
