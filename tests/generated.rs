//! completions/ and man/ are generated from the clap definitions and checked in; this fails
//! when they are stale. `BERTH_BLESS=1 cargo test --test generated` rewrites them.

use std::path::Path;

#[test]
fn completions_and_man_pages_are_up_to_date() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let bless = std::env::var("BERTH_BLESS").is_ok_and(|v| v == "1");
    let files = berth::cli::completion::generated_files();
    assert!(
        files.iter().any(|(p, _)| p == "man/berth-pull.1"),
        "a man page per command"
    );
    assert!(files.iter().any(|(p, _)| p == "man/berth-image-inspect.1"));
    let mut stale = Vec::new();
    for (rel, data) in &files {
        let path = root.join(rel);
        if bless {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, data).unwrap();
        } else if std::fs::read(&path).ok().as_deref() != Some(&data[..]) {
            stale.push(rel.clone());
        }
    }
    // no leftover pages for commands that no longer exist
    for dir in ["man", "completions"] {
        for e in std::fs::read_dir(root.join(dir)).unwrap().flatten() {
            let rel = format!("{dir}/{}", e.file_name().to_string_lossy());
            if !files.iter().any(|(p, _)| *p == rel) {
                if bless {
                    std::fs::remove_file(e.path()).unwrap();
                } else {
                    stale.push(format!("{rel} (no longer generated)"));
                }
            }
        }
    }
    assert!(
        stale.is_empty(),
        "stale generated files, run `BERTH_BLESS=1 cargo test --test generated`: {stale:?}"
    );
}
