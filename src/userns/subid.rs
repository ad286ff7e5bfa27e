//! /etc/subuid and /etc/subgid: the subordinate id ranges a user may map (subuid(5)).

use std::path::Path;

/// A range of subordinate ids: `count` ids starting at `start` on the host.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct IdRange {
    pub start: u32,
    pub count: u32,
}

/// Parse a subid file's text, keeping the ranges of the user (by name or by numeric uid).
pub fn parse(text: &str, user: &str, uid: u32) -> Vec<IdRange> {
    let uid_s = uid.to_string();
    text.lines()
        .filter_map(|line| {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                return None;
            }
            let mut f = line.split(':');
            let who = f.next()?;
            let start = f.next()?.trim().parse().ok()?;
            let count = f.next()?.trim().parse().ok()?;
            (who == user || who == uid_s).then_some(IdRange { start, count })
        })
        .filter(|r: &IdRange| r.count > 0)
        .collect()
}

/// The user's ranges from a subid file; a missing file means no ranges.
pub fn lookup(path: &Path, user: &str, uid: u32) -> std::io::Result<Vec<IdRange>> {
    match std::fs::read_to_string(path) {
        Ok(text) => Ok(parse(&text, user, uid)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Vec::new()),
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_by_name_and_uid() {
        let t =
            "# comment\nalice:100000:65536\nbob:165536:65536\n1001:300000:1000\nalice:500000:10\n";
        assert_eq!(
            parse(t, "alice", 1000),
            vec![
                IdRange {
                    start: 100000,
                    count: 65536
                },
                IdRange {
                    start: 500000,
                    count: 10
                }
            ]
        );
        assert_eq!(
            parse(t, "carol", 1001),
            vec![IdRange {
                start: 300000,
                count: 1000
            }]
        );
        assert!(parse(t, "dave", 1002).is_empty());
    }

    #[test]
    fn ignores_garbage() {
        assert!(parse("alice:x:1\nalice:1\nalice:5:0\n", "alice", 1).is_empty());
    }
}
