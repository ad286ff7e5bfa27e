//! The values of the limit flags, parsed as podman parses them (pure): sizes with docker's
//! units (`units.RAMInBytes`: b, k, m, g, t, p, binary), `--cpus`, the cgroup v1 values that
//! v2 spells differently (shares → cpu.weight, blkio weight → io.weight), and device rates.

use crate::error::UserError;

/// docker/go-units `RAMInBytes`: `NUMBER[.FRACTION] [k|m|g|t|p][i][b]`, powers of 1024; the
/// error as podman words it (`invalid size: '...'`).
pub fn ram_in_bytes(s: &str) -> Result<i64, String> {
    let bad = || format!("invalid size: '{s}'");
    let t = s;
    let num_end = t
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(t.len());
    let (num, rest) = t.split_at(num_end);
    if num.is_empty() || num.starts_with('.') || num.ends_with('.') {
        return Err(bad());
    }
    let n: f64 = num.parse().map_err(|_| bad())?;
    let rest = rest.strip_prefix(' ').unwrap_or(rest);
    let lower = rest.to_ascii_lowercase();
    let mut chars = lower.chars().peekable();
    let mult: f64 = match chars.peek() {
        Some('k') => 1024f64,
        Some('m') => 1024f64.powi(2),
        Some('g') => 1024f64.powi(3),
        Some('t') => 1024f64.powi(4),
        Some('p') => 1024f64.powi(5),
        _ => 1.0,
    };
    if mult > 1.0 {
        chars.next();
    }
    if chars.peek() == Some(&'i') {
        chars.next();
    }
    if chars.peek() == Some(&'b') {
        chars.next();
    }
    if chars.next().is_some() {
        return Err(bad());
    }
    Ok((n * mult) as i64)
}

/// `--memory` and the other sizes: podman's "invalid value for memory: invalid size: 'x'".
pub fn memory_flag(v: &str) -> Result<i64, UserError> {
    ram_in_bytes(v).map_err(|e| {
        UserError::new(format!("invalid value for memory: {e}"))
            .with_hint("give a number with an optional unit b, k, m or g (e.g. --memory 512m)")
    })
}

/// cgroup v1 cpu.shares (2..262144) as cgroup v2 cpu.weight (1..10000), as crun and runc
/// convert it.
pub fn shares_to_weight(shares: u64) -> u64 {
    if shares == 0 {
        return 100;
    }
    let s = shares.clamp(2, 262_144);
    1 + ((s - 2) * 9999) / 262_142
}

/// Block I/O weight (10..1000) as io.weight (1..10000), as crun converts it.
pub fn blkio_to_io_weight(w: u16) -> u64 {
    let w = u64::from(w).clamp(10, 1000);
    1 + ((w - 10) * 9999) / 990
}

/// A `--device-*-bps`/`--device-*-iops` value: `PATH:RATE` (bps: RATE with an optional unit
/// kb, mb, gb as podman takes it; iops: a plain number).
pub fn device_rate(v: &str, bps: bool) -> Result<(String, u64), UserError> {
    let Some((path, rate)) = v.rsplit_once(':') else {
        return Err(UserError::new(format!("bad format: {v}"))
            .with_hint("use DEVICE-PATH:RATE, e.g. /dev/sda:10mb"));
    };
    if !path.starts_with("/dev/") {
        return Err(UserError::new(format!("bad format for device path: {v}"))
            .with_hint("name a block device under /dev"));
    }
    let n = if bps {
        ram_in_bytes(rate).ok().filter(|n| *n >= 0).ok_or_else(|| {
            UserError::new(format!("invalid rate for device: {v}. The correct format is <device-path>:<number>[<unit>]. Number must be a positive integer. Unit is optional and can be kb, mb, or gb"))
        })? as u64
    } else {
        rate.parse::<u64>().map_err(|_| {
            UserError::new(format!("invalid rate for device: {v}. The correct format is <device-path>:<number>. Number must be a positive integer"))
        })?
    };
    Ok((path.to_string(), n))
}

/// `--cpus`: a float flag in podman (cobra's words when it does not parse).
pub fn cpus(v: &str) -> Result<f64, UserError> {
    let n: f64 = v.parse().map_err(|_| {
        UserError::new(format!(
            "invalid argument \"{v}\" for \"--cpus\" flag: strconv.ParseFloat: parsing \"{v}\": invalid syntax"
        ))
        .with_hint("give a number of CPUs, e.g. --cpus 1.5")
    })?;
    if n < 0.0 || !n.is_finite() {
        return Err(UserError::new(format!(
            "invalid argument \"{v}\" for \"--cpus\" flag: the number of CPUs must be positive"
        )));
    }
    Ok(n)
}

/// An integer flag, with cobra's words when it does not parse.
pub fn int<T: std::str::FromStr>(flag: &str, v: &str) -> Result<T, UserError> {
    v.trim().parse::<T>().map_err(|_| {
        UserError::new(format!(
            "invalid argument \"{v}\" for \"--{flag}\" flag: strconv.ParseInt: parsing \"{v}\": invalid syntax"
        ))
        .with_hint(format!("--{flag} takes a whole number"))
    })
}

/// A cpuset list (`0-2,4`): digits, commas and ranges only.
pub fn cpuset(flag: &str, v: &str) -> Result<String, UserError> {
    let ok = !v.is_empty()
        && v.split(',').all(|part| {
            let mut it = part.splitn(2, '-');
            let a = it.next().unwrap_or("");
            let b = it.next();
            let num = |s: &str| !s.is_empty() && s.bytes().all(|c| c.is_ascii_digit());
            num(a) && b.is_none_or(num)
        });
    if ok {
        Ok(v.to_string())
    } else {
        let what = if flag == "cpuset-cpus" {
            "cpus"
        } else {
            "mems"
        };
        Err(
            UserError::new(format!("invalid value {v} for cpuset {what}"))
                .with_hint(format!("--{flag} takes a list such as 0-2,4")),
        )
    }
}

/// A Go `time.Duration` as its `String()` prints it (`1.5s`, `12.345ms`, `2m3.5s`, `0s`).
pub fn go_duration(ns: u64) -> String {
    if ns == 0 {
        return "0s".into();
    }
    let trim = |s: String| {
        if s.contains('.') {
            s.trim_end_matches('0').trim_end_matches('.').to_string()
        } else {
            s
        }
    };
    if ns < 1_000 {
        return format!("{ns}ns");
    }
    if ns < 1_000_000 {
        return format!("{}µs", trim(format!("{:.3}", ns as f64 / 1e3)));
    }
    if ns < 1_000_000_000 {
        return format!("{}ms", trim(format!("{:.6}", ns as f64 / 1e6)));
    }
    let total_s = ns / 1_000_000_000;
    let frac = ns % 1_000_000_000;
    let (h, m, s) = (total_s / 3600, (total_s / 60) % 60, total_s % 60);
    let secs = if frac == 0 {
        format!("{s}")
    } else {
        trim(format!("{s}.{frac:09}"))
    };
    match (h, m) {
        (0, 0) => format!("{secs}s"),
        (0, m) => format!("{m}m{secs}s"),
        (h, m) => format!("{h}h{m}m{secs}s"),
    }
}

/// docker/go-units `HumanSize`: decimal units, 4 significant digits (`%.4g`).
pub fn human_size(n: u64) -> String {
    units_size(
        n as f64,
        1000.0,
        &["B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"],
    )
}

/// docker/go-units `BytesSize`: binary units, 4 significant digits.
pub fn bytes_size(n: u64) -> String {
    units_size(
        n as f64,
        1024.0,
        &["B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB", "ZiB", "YiB"],
    )
}

fn units_size(mut size: f64, base: f64, units: &[&str]) -> String {
    let mut i = 0;
    while size >= base && i + 1 < units.len() {
        size /= base;
        i += 1;
    }
    format!("{}{}", go_g4(size), units[i])
}

/// Go's `%.4g` for the sizes above (no exponent needed below 10000).
fn go_g4(v: f64) -> String {
    if v == 0.0 {
        return "0".into();
    }
    let digits = (v.abs().log10().floor() as i32 + 1).max(1);
    let decimals = (4 - digits).max(0) as usize;
    let s = format!("{v:.decimals$}");
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_as_docker_units_read_them() {
        assert_eq!(ram_in_bytes("1g"), Ok(1 << 30));
        assert_eq!(ram_in_bytes("512m"), Ok(512 << 20));
        assert_eq!(ram_in_bytes("512MB"), Ok(512 << 20));
        assert_eq!(ram_in_bytes("64MiB"), Ok(64 << 20));
        assert_eq!(ram_in_bytes("1.5k"), Ok(1536));
        assert_eq!(ram_in_bytes("100"), Ok(100));
        assert_eq!(ram_in_bytes("100b"), Ok(100));
        assert_eq!(ram_in_bytes("abc"), Err("invalid size: 'abc'".into()));
        assert!(ram_in_bytes("1x").is_err());
        assert!(ram_in_bytes("").is_err());
        assert!(ram_in_bytes("-1").is_err());
    }

    #[test]
    fn v1_values_become_v2_weights() {
        assert_eq!(shares_to_weight(1024), 39);
        assert_eq!(shares_to_weight(2), 1);
        assert_eq!(shares_to_weight(262_144), 10000);
        assert_eq!(blkio_to_io_weight(10), 1);
        assert_eq!(blkio_to_io_weight(1000), 10000);
        assert_eq!(blkio_to_io_weight(500), 4950);
    }

    #[test]
    fn device_rates_and_cpusets() {
        assert_eq!(
            device_rate("/dev/sda:1mb", true).unwrap(),
            ("/dev/sda".into(), 1 << 20)
        );
        assert_eq!(
            device_rate("/dev/sda:100", false).unwrap(),
            ("/dev/sda".into(), 100)
        );
        assert!(device_rate("/dev/sda", true).is_err());
        assert!(device_rate("sda:1", true).is_err());
        assert!(device_rate("/dev/sda:x", false).is_err());
        assert_eq!(cpuset("cpuset-cpus", "0-2,4").unwrap(), "0-2,4");
        assert!(cpuset("cpuset-cpus", "a").is_err());
        assert!(cpuset("cpuset-mems", "1-").is_err());
    }

    #[test]
    fn go_prints_durations_and_sizes_so() {
        assert_eq!(go_duration(0), "0s");
        assert_eq!(go_duration(1_500_000_000), "1.5s");
        assert_eq!(go_duration(12_345_000), "12.345ms");
        assert_eq!(go_duration(123_500_000_000), "2m3.5s");
        assert_eq!(go_duration(2_500), "2.5µs");
        assert_eq!(human_size(0), "0B");
        assert_eq!(human_size(2048), "2.048kB");
        assert_eq!(human_size(1 << 30), "1.074GB");
        assert_eq!(human_size(999), "999B");
        assert_eq!(bytes_size(1 << 30), "1GiB");
        assert_eq!(bytes_size(1536), "1.5KiB");
    }
}
