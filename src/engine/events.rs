//! `berth events`: reading the event log (`storage::events`) as podman's `file` backend
//! does: `--filter` (keys are and-ed, values of one key or-ed), `--since`/`--until` (times
//! as podman's `ParseInputTime` reads them), and following the file as it grows.
//!
//! Who writes what: the engine at the point it does a thing (create, init, start, attach,
//! stop, kill, restart, remove, exec, exec_died; image tag, untag, remove, save, load,
//! import, commit), `runtime` where only it knows (a container's `died` and `cleanup`, in
//! the foreground berth or the detached container's monitor; `remove` for `--rm`), `image`
//! for pull and push, `storage::volumes` for volume create and remove (every path to a
//! volume goes through it).

use super::Engine;
use crate::config::Settings;
use crate::error::UserError;
use crate::storage::events::{self, Backend, Event, EventLog, Reader, Time};
use std::time::Duration;

/// Install this process's event log from the settings (once per process).
pub fn install(settings: &Settings) {
    events::install(log_of(settings));
}

fn log_of(settings: &Settings) -> EventLog {
    EventLog {
        backend: if settings.events.backend == "none" {
            Backend::None
        } else {
            Backend::File
        },
        path: settings.events.path.clone(),
        max_size: settings.events.max_size,
    }
}

/// What `berth events` reads.
#[derive(Debug, Clone, Default)]
pub struct EventsOptions {
    /// `KEY=VALUE` as given.
    pub filters: Vec<String>,
    pub since: Option<String>,
    pub until: Option<String>,
    /// Follow the log (podman's default); without it, print what is there and end.
    pub stream: bool,
}

/// One `--filter` key with its values.
struct Filter {
    key: String,
    values: Vec<String>,
}

fn matches_one(key: &str, value: &str, e: &Event) -> bool {
    let by_name_or_id = |kind: &str| e.kind == kind && (e.name == value || e.id.starts_with(value));
    match key {
        "container" => by_name_or_id("container"),
        "image" => by_name_or_id("image"),
        "pod" => by_name_or_id("pod"),
        "network" => e.kind == "network" && (e.network == value || e.id.starts_with(value)),
        "volume" => e.kind == "volume" && (e.name.starts_with(value) || e.id.starts_with(value)),
        "event" | "status" => e.status == value,
        "type" => e.kind == value,
        "label" => {
            let Some((k, v)) = value.split_once('=') else {
                return false;
            };
            e.attributes
                .as_ref()
                .is_some_and(|a| a.get(k).is_some_and(|x| x == v))
        }
        _ => false,
    }
}

fn parse_filters(given: &[String]) -> Result<Vec<Filter>, UserError> {
    const KEYS: &[&str] = &[
        "container",
        "event",
        "status",
        "image",
        "pod",
        "volume",
        "network",
        "type",
        "label",
    ];
    let mut out: Vec<Filter> = Vec::new();
    for f in given {
        let Some((k, v)) = f.split_once('=') else {
            return Err(invalid_filter(f));
        };
        let key = k.to_ascii_lowercase();
        if !KEYS.contains(&key.as_str()) {
            return Err(invalid_filter(k));
        }
        match out.iter_mut().find(|x| x.key == key) {
            Some(x) => x.values.push(v.to_string()),
            None => out.push(Filter {
                key,
                values: vec![v.to_string()],
            }),
        }
    }
    Ok(out)
}

fn invalid_filter(f: &str) -> UserError {
    UserError::new(format!(
        "failed to parse event filters: {f} is an invalid filter"
    ))
    .with_hint(
        "filters are container=, image=, pod=, volume=, network=, event=, type=, label=KEY=VALUE",
    )
}

/// A time as podman's `ParseInputTime` reads it: RFC 3339 (with or without a fraction or
/// offset), a date, Unix seconds (with a fraction), or a Go duration back from now
/// (`since`) or on from now (`until`).
pub fn parse_input_time(s: &str, since: bool) -> Option<Time> {
    if let Some(t) = Time::parse_rfc3339(s, true) {
        return Some(t);
    }
    if let Some(t) = s
        .strip_suffix(|c: char| c == 'Z')
        .and_then(|d| Time::parse_rfc3339(d, true))
    {
        return Some(t);
    }
    if let Ok(f) = s.parse::<f64>() {
        if f.is_finite() {
            return Some(Time {
                nanos: (f * 1e9) as i128,
                offset: 0,
            });
        }
    }
    let d = parse_go_duration(s)?;
    let now = Time::now();
    Some(Time {
        nanos: if since { now.nanos - d } else { now.nanos + d },
        offset: 0,
    })
}

/// Go's `time.ParseDuration` ("1h30m", "5s", "1.5h", "300ms"), in nanoseconds.
pub fn parse_go_duration(s: &str) -> Option<i128> {
    let (neg, mut rest) = match s.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    };
    if rest == "0" {
        return Some(0);
    }
    if rest.is_empty() {
        return None;
    }
    let mut total: f64 = 0.0;
    while !rest.is_empty() {
        let n: String = rest
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == '.')
            .collect();
        if n.is_empty() {
            return None;
        }
        let value: f64 = n.parse().ok()?;
        rest = &rest[n.len()..];
        let unit: String = rest
            .chars()
            .take_while(|c| !c.is_ascii_digit() && *c != '.')
            .collect();
        rest = &rest[unit.len()..];
        let mult = match unit.as_str() {
            "ns" => 1.0,
            "us" | "µs" | "μs" => 1e3,
            "ms" => 1e6,
            "s" => 1e9,
            "m" => 60e9,
            "h" => 3600e9,
            _ => return None,
        };
        total += value * mult;
    }
    let n = total as i128;
    Some(if neg { -n } else { n })
}

fn time_arg(s: &Option<String>, since: bool) -> Result<Option<Time>, UserError> {
    let Some(s) = s.as_deref().filter(|s| !s.is_empty()) else {
        return Ok(None);
    };
    parse_input_time(s, since).map(Some).ok_or_else(|| {
        UserError::new(format!(
            "failed to parse event filters: unable to convert {} time of {s}: unable to interpret time value",
            if since { "since" } else { "until" }
        ))
        .with_hint("give an RFC 3339 time (2024-05-01T10:00:00Z), a date, Unix seconds, or a duration such as 10m")
    })
}

impl Engine {
    /// Read events as `o` asks and hand each one that passes the filters to `sink`, oldest
    /// first. Streaming ends at `--until`, or when `sink` fails (a closed pipe).
    pub fn events(
        &self,
        o: &EventsOptions,
        sink: &mut dyn FnMut(&Event) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        if self.settings.events.backend == "none" {
            return Err(
                UserError::new("cannot read events with the \"none\" backend")
                    .with_hint("events are kept with --events-backend=file (the default), or containers.conf's [engine] events_logger = \"file\"")
                    .into(),
            );
        }
        let filters = parse_filters(&o.filters)?;
        let since = time_arg(&o.since, true)?;
        let until = time_arg(&o.until, false)?;
        let log = log_of(&self.settings);
        let from_start = !o.stream || since.is_some() || until.is_some();
        let mut reader = Reader::open(&log.path, !from_start)?;
        let pass = |e: &Event| {
            since.is_none_or(|t| e.time.nanos > t.nanos)
                && until.is_none_or(|t| e.time.nanos < t.nanos)
                && filters
                    .iter()
                    .all(|f| f.values.iter().any(|v| matches_one(&f.key, v, e)))
        };
        loop {
            for e in reader.poll()? {
                if pass(&e) {
                    sink(&e)?;
                }
            }
            if !o.stream || until.is_some_and(|t| Time::now().nanos >= t.nanos) {
                return Ok(());
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn go_durations() {
        assert_eq!(parse_go_duration("1h30s"), Some(3_630_000_000_000));
        assert_eq!(parse_go_duration("1.5m"), Some(90_000_000_000));
        assert_eq!(parse_go_duration("300ms"), Some(300_000_000));
        assert_eq!(parse_go_duration("5"), None);
        assert_eq!(parse_go_duration("abc"), None);
    }

    #[test]
    fn filters_and_keys_or_values() {
        let f = parse_filters(&[
            "container=a".into(),
            "container=b".into(),
            "event=start".into(),
        ])
        .unwrap();
        assert_eq!(f.len(), 2);
        assert_eq!(f[0].values, vec!["a", "b"]);
        assert!(parse_filters(&["bogus=1".into()]).is_err());
        assert!(parse_filters(&["nokey".into()]).is_err());
        let mut e = Event::new("container", "start").id("abc123").name("web");
        e.attributes = Some([("k".to_string(), "v".to_string())].into());
        assert!(matches_one("container", "abc", &e));
        assert!(matches_one("container", "web", &e));
        assert!(!matches_one("image", "web", &e));
        assert!(matches_one("label", "k=v", &e));
        assert!(!matches_one("label", "k=w", &e));
    }

    #[test]
    fn input_times() {
        let t = parse_input_time("2022-03-06T11:26:42.723667984+02:00", true).unwrap();
        assert_eq!(t.secs(), 1646558802);
        assert_eq!(
            parse_input_time("1646558802", true).unwrap().secs(),
            1646558802
        );
        let now = Time::now().secs();
        let d = parse_input_time("1h", true).unwrap().secs();
        assert!((now - 3600 - d).abs() <= 1);
        assert!(parse_input_time("yesterday", true).is_none());
    }
}
