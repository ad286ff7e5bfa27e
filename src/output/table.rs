//! Tables laid out as podman's tabwriter does (minimum cell width 12, padding 2).

/// A table: one header row and data rows, printed with podman's column rule.
pub struct Table {
    rows: Vec<Vec<String>>,
}

impl Table {
    pub fn new(header: &[&str]) -> Self {
        Table {
            rows: vec![header.iter().map(|s| s.to_string()).collect()],
        }
    }

    /// A table with no header row (`table` templates bring their own).
    pub fn headless() -> Self {
        Table { rows: Vec::new() }
    }

    pub fn push(&mut self, row: Vec<String>) {
        self.rows.push(row);
    }

    /// Render as text: every column but the last padded to max(width + 2, 12).
    pub fn render(&self) -> String {
        let ncols = self.rows.iter().map(|r| r.len()).max().unwrap_or(0);
        let mut widths = vec![0usize; ncols];
        for row in &self.rows {
            for (i, cell) in row.iter().enumerate() {
                widths[i] = widths[i].max(cell.chars().count());
            }
        }
        let mut out = String::new();
        for row in &self.rows {
            let mut line = String::new();
            for (i, cell) in row.iter().enumerate() {
                line.push_str(cell);
                if i + 1 < row.len() {
                    let w = (widths[i] + 2).max(12);
                    for _ in cell.chars().count()..w {
                        line.push(' ');
                    }
                }
            }
            out.push_str(line.trim_end());
            out.push('\n');
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pads_like_tabwriter() {
        let mut t = Table::new(&["REPOSITORY", "TAG", "IMAGE ID"]);
        t.push(vec![
            "docker.io/library/alpine".into(),
            "latest".into(),
            "c059bfaa849c".into(),
        ]);
        let s = t.render();
        let lines: Vec<&str> = s.lines().collect();
        assert_eq!(lines[0], "REPOSITORY                TAG         IMAGE ID");
        assert_eq!(
            lines[1],
            "docker.io/library/alpine  latest      c059bfaa849c"
        );
    }
}
