//! `berth doctor`'s report: one line per check, the fix indented below a finding, and a
//! closing line that says whether containers can run.

/// One check as the report shows it (the cli maps engine::doctor's findings onto these).
pub struct Row<'a> {
    /// "ok", "warn" or "block".
    pub level: &'a str,
    pub check: &'a str,
    pub detail: &'a str,
    pub fix: &'a str,
}

fn tag(level: &str) -> &'static str {
    match level {
        "ok" => "ok   ",
        "warn" => "warn ",
        _ => "FAIL ",
    }
}

/// The text report.
pub fn render(rows: &[Row]) -> String {
    let mut s = String::new();
    for r in rows {
        s.push_str(&format!("{}{}: {}\n", tag(r.level), r.check, r.detail));
        if !r.fix.is_empty() {
            s.push_str(&format!("     fix: {}\n", r.fix));
        }
    }
    let blocks = rows.iter().filter(|r| r.level == "block").count();
    let warns = rows.iter().filter(|r| r.level == "warn").count();
    if blocks > 0 {
        s.push_str(&format!(
            "{blocks} problem(s) keep rootless containers from running, {warns} warning(s): run the fixes above\n"
        ));
    } else if warns > 0 {
        s.push_str(&format!(
            "rootless containers can run; {warns} warning(s) name what does not work yet\n"
        ));
    } else {
        s.push_str("rootless containers can run; nothing to fix\n");
    }
    s
}

pub fn print(rows: &[Row]) {
    super::out_raw(&render(rows));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_blocker_is_counted_and_its_fix_indented() {
        let rows = [
            Row {
                level: "ok",
                check: "subuid",
                detail: "65536 ids",
                fix: "",
            },
            Row {
                level: "block",
                check: "newuidmap",
                detail: "missing",
                fix: "sudo apt-get install uidmap",
            },
        ];
        let s = render(&rows);
        assert_eq!(
            s,
            "ok   subuid: 65536 ids\nFAIL newuidmap: missing\n     fix: sudo apt-get install uidmap\n1 problem(s) keep rootless containers from running, 0 warning(s): run the fixes above\n"
        );
    }
}
