use super::*;
use std::fs;
use std::os::unix::fs::symlink;
use std::time::{Duration, SystemTime};

/// A context dir with a few files; `outside` is a sibling directory outside the context.
struct Fixture {
    _tmp: tempfile::TempDir,
    ctx: PathBuf,
    outside: PathBuf,
}

fn fixture() -> Fixture {
    let tmp = tempfile::tempdir().unwrap();
    let ctx = tmp.path().join("ctx");
    let outside = tmp.path().join("outside");
    fs::create_dir_all(ctx.join("src/nested")).unwrap();
    fs::create_dir_all(&outside).unwrap();
    fs::write(ctx.join("a.txt"), "a").unwrap();
    fs::write(ctx.join("b.txt"), "b").unwrap();
    fs::write(ctx.join("c.md"), "c").unwrap();
    fs::write(ctx.join("src/main.rs"), "fn main() {}").unwrap();
    fs::write(ctx.join("src/nested/deep.rs"), "// deep").unwrap();
    fs::write(outside.join("secret"), "top secret").unwrap();
    Fixture {
        ctx,
        outside,
        _tmp: tmp,
    }
}

fn context(f: &Fixture, ignore: &str) -> Context {
    Context::new(&f.ctx, Ignore::parse(ignore, ".containerignore").unwrap()).unwrap()
}

fn rels(sel: &[Selected]) -> Vec<String> {
    sel.iter().map(|s| s.rel.display().to_string()).collect()
}

fn dests(entries: &[Entry]) -> Vec<String> {
    entries
        .iter()
        .map(|e| e.dest.display().to_string())
        .collect()
}

#[test]
fn plain_and_glob_sources() {
    let f = fixture();
    let c = context(&f, "");
    let s = c.resolve("a.txt").unwrap();
    assert_eq!(rels(&s), vec!["a.txt"]);
    assert_eq!(s[0].kind, FileKind::File);
    assert_eq!(s[0].path, c.root().join("a.txt"));
    assert_eq!(rels(&c.resolve("*.txt").unwrap()), vec!["a.txt", "b.txt"]);
    assert_eq!(
        rels(&c.resolve("./[ab].*").unwrap()),
        vec!["a.txt", "b.txt"]
    );
    assert_eq!(rels(&c.resolve("s*/*.rs").unwrap()), vec!["src/main.rs"]);
    assert_eq!(
        rels(&c.resolve("/src/../c.md").unwrap()),
        vec!["c.md"],
        "absolute is relative to the context"
    );
    assert_eq!(rels(&c.resolve(".").unwrap()), vec!["."]);
    assert_eq!(c.resolve("/").unwrap()[0].kind, FileKind::Dir);
    assert_eq!(
        rels(&c.resolve_all(&["c.md", "*.txt"]).unwrap()),
        vec!["c.md", "a.txt", "b.txt"]
    );
}

#[test]
fn missing_sources_are_named() {
    let f = fixture();
    let c = context(&f, "");
    let e = c.resolve("nope/file.txt").unwrap_err();
    assert_eq!(
        e.to_string(),
        format!(
            "checking on sources under \"{}\": copier: stat: \"/nope/file.txt\": no such file or directory",
            c.root().display()
        )
    );
    let e = c.resolve("*.none").unwrap_err();
    assert!(
        matches!(&e, ContextError::NoGlobMatch { pattern, .. } if pattern == "*.none"),
        "{e}"
    );
    assert!(e.to_string().contains("no glob matches for \"*.none\""));
    // a file used as a directory is missing, not an I/O error
    assert!(matches!(
        c.resolve("a.txt/x"),
        Err(ContextError::NotFound { .. })
    ));
    assert!(matches!(
        c.resolve("[z"),
        Err(ContextError::BadPattern { .. })
    ));
}

#[test]
fn dotdot_escape_is_refused() {
    let f = fixture();
    let c = context(&f, "");
    for bad in [
        "../outside/secret",
        "src/../../outside",
        "/../ctx/a.txt",
        "..",
    ] {
        let e = c.resolve(bad).unwrap_err();
        assert!(
            matches!(e, ContextError::OutsideContext { .. }),
            "{bad}: {e}"
        );
        assert!(e.to_string().contains("outside the build context"), "{e}");
    }
    // `..` that stays inside is fine
    assert_eq!(rels(&c.resolve("src/../a.txt").unwrap()), vec!["a.txt"]);
}

#[test]
fn symlinks_stay_inside_the_context() {
    let f = fixture();
    // an absolute link to the outside file, a relative one climbing out, a link to a dir
    symlink(f.outside.join("secret"), f.ctx.join("abs-link")).unwrap();
    symlink("../../outside/secret", f.ctx.join("src/rel-link")).unwrap();
    symlink("src", f.ctx.join("srclink")).unwrap();
    symlink("/a.txt", f.ctx.join("rooted")).unwrap();
    symlink("loop2", f.ctx.join("loop1")).unwrap();
    symlink("loop1", f.ctx.join("loop2")).unwrap();
    let c = context(&f, "");

    // the absolute target is looked up inside the context, where it does not exist
    assert!(matches!(
        c.resolve("abs-link"),
        Err(ContextError::NotFound { .. })
    ));
    // `..` past the top stays at the top: ctx/outside/secret, missing
    assert!(matches!(
        c.resolve("src/rel-link"),
        Err(ContextError::NotFound { .. })
    ));
    // once the outside path exists inside the context, that is what is read
    fs::create_dir_all(f.ctx.join(f.outside.strip_prefix("/").unwrap())).unwrap();
    fs::write(
        f.ctx
            .join(f.outside.strip_prefix("/").unwrap())
            .join("secret"),
        "decoy",
    )
    .unwrap();
    let s = c.resolve("abs-link").unwrap();
    assert!(s[0].path.starts_with(c.root()), "{:?}", s[0].path);
    assert_eq!(fs::read_to_string(&s[0].path).unwrap(), "decoy");
    // an absolute link to /a.txt means the context's a.txt
    let s = c.resolve("rooted").unwrap();
    assert_eq!(s[0].resolved, PathBuf::from("a.txt"));
    assert_eq!(
        c.walk(&s[0]).unwrap()[0].dest,
        PathBuf::from("rooted"),
        "the copy keeps the source's name"
    );
    // a directory reached through a link
    let s = c.resolve("srclink/main.rs").unwrap();
    assert_eq!(s[0].resolved, PathBuf::from("src/main.rs"));
    assert!(matches!(
        c.resolve("loop1"),
        Err(ContextError::SymlinkLoop { .. })
    ));

    // inside a directory, symlinks are entries, not followed
    let s = c.resolve("src").unwrap();
    let entries = c.walk(&s[0]).unwrap();
    let link = entries
        .iter()
        .find(|e| e.dest == Path::new("rel-link"))
        .unwrap();
    assert_eq!(link.kind, FileKind::Symlink);
    assert_eq!(
        link.link_target.as_deref(),
        Some(Path::new("../../outside/secret"))
    );
}

#[test]
fn walk_order_and_ignore() {
    let f = fixture();
    fs::create_dir_all(f.ctx.join("build/keep")).unwrap();
    fs::create_dir_all(f.ctx.join("build/drop")).unwrap();
    fs::write(f.ctx.join("build/keep/a.txt"), "k").unwrap();
    fs::write(f.ctx.join("build/keep/a.bin"), "b").unwrap();
    fs::write(f.ctx.join("build/drop/x.txt"), "x").unwrap();
    fs::write(f.ctx.join("src/notes.md"), "n").unwrap();
    let c = context(&f, "build\n!build/keep/*.txt\n**/*.md\nsrc/nested\n");
    let root = c.resolve(".").unwrap();
    let got = dests(&c.walk(&root[0]).unwrap());
    assert_eq!(
        got,
        vec![
            "",
            "a.txt",
            "b.txt",
            "build",
            "build/keep",
            "build/keep/a.txt",
            "src",
            "src/main.rs"
        ]
    );
    // an ignored file is as good as absent
    assert!(matches!(
        c.resolve("c.md"),
        Err(ContextError::NotFound { .. })
    ));
    assert!(matches!(
        c.resolve("src/nested/deep.rs"),
        Err(ContextError::NotFound { .. })
    ));
    assert!(matches!(
        c.resolve("*.md"),
        Err(ContextError::NoGlobMatch { .. })
    ));
    // the excluded dir with an exception below can still be a source
    let s = c.resolve("build").unwrap();
    assert_eq!(
        dests(&c.walk(&s[0]).unwrap()),
        vec!["", "keep", "keep/a.txt"]
    );
    assert_eq!(
        rels(&c.resolve("build/keep/*").unwrap()),
        vec!["build/keep/a.txt"]
    );
}

fn hash(c: &Context, sources: &[&str]) -> String {
    let sel = c.resolve_all(sources).unwrap();
    c.hash(&sel).unwrap()
}

#[test]
fn hash_ignores_mtime_but_not_content_mode_names_or_links() {
    let f = fixture();
    let c = context(&f, "");
    let base = hash(&c, &["src", "a.txt"]);
    assert!(base.starts_with("sha256:") && base.len() == 71, "{base}");
    assert_eq!(base, hash(&c, &["src", "a.txt"]), "deterministic");

    // only mtime (and atime) change: same hash
    let old = SystemTime::now() - Duration::from_secs(86_400 * 365);
    for p in ["src/main.rs", "src/nested/deep.rs", "a.txt", "src"] {
        fs::File::options()
            .write(true)
            .open(f.ctx.join(p))
            .or_else(|_| fs::File::open(f.ctx.join(p)))
            .unwrap()
            .set_modified(old)
            .unwrap();
    }
    assert_eq!(base, hash(&c, &["src", "a.txt"]), "mtime must not count");

    // rewriting the same bytes (new inode) changes nothing either
    fs::remove_file(f.ctx.join("a.txt")).unwrap();
    fs::write(f.ctx.join("a.txt"), "a").unwrap();
    assert_eq!(base, hash(&c, &["src", "a.txt"]), "inode must not count");

    // content
    fs::write(f.ctx.join("src/nested/deep.rs"), "// deeper").unwrap();
    let changed = hash(&c, &["src", "a.txt"]);
    assert_ne!(base, changed, "content must count");
    fs::write(f.ctx.join("src/nested/deep.rs"), "// deep").unwrap();
    assert_eq!(base, hash(&c, &["src", "a.txt"]));

    // mode bits
    fs::set_permissions(f.ctx.join("a.txt"), fs::Permissions::from_mode(0o755)).unwrap();
    assert_ne!(base, hash(&c, &["src", "a.txt"]), "mode must count");
    fs::set_permissions(f.ctx.join("a.txt"), fs::Permissions::from_mode(0o644)).unwrap();
    let base = hash(&c, &["src", "a.txt"]);

    // a renamed file
    fs::rename(f.ctx.join("src/main.rs"), f.ctx.join("src/lib.rs")).unwrap();
    assert_ne!(base, hash(&c, &["src", "a.txt"]), "names must count");
    fs::rename(f.ctx.join("src/lib.rs"), f.ctx.join("src/main.rs")).unwrap();
    assert_eq!(base, hash(&c, &["src", "a.txt"]));

    // a symlink's target, and a new empty directory
    symlink("x", f.ctx.join("src/l")).unwrap();
    let with_link = hash(&c, &["src", "a.txt"]);
    assert_ne!(base, with_link);
    fs::remove_file(f.ctx.join("src/l")).unwrap();
    symlink("y", f.ctx.join("src/l")).unwrap();
    assert_ne!(
        with_link,
        hash(&c, &["src", "a.txt"]),
        "link targets must count"
    );
    fs::remove_file(f.ctx.join("src/l")).unwrap();
    fs::create_dir(f.ctx.join("src/empty")).unwrap();
    assert_ne!(base, hash(&c, &["src", "a.txt"]), "directories must count");
    fs::remove_dir(f.ctx.join("src/empty")).unwrap();

    // an ignored file does not count
    fs::write(f.ctx.join("src/debug.log"), "noise").unwrap();
    let ignoring = context(&f, "*.log\nsrc/*.log\n");
    assert_eq!(base, hash(&ignoring, &["src", "a.txt"]));
    assert_ne!(base, hash(&c, &["src", "a.txt"]));
}

#[test]
fn hash_streams_large_files() {
    let f = fixture();
    let big = vec![7u8; 3 * 1024 * 1024 + 17];
    fs::write(f.ctx.join("big.bin"), &big).unwrap();
    let c = context(&f, "");
    let one = hash(&c, &["big.bin"]);
    let mut other = big.clone();
    if let Some(last) = other.last_mut() {
        *last = 8;
    }
    fs::write(f.ctx.join("big.bin"), &other).unwrap();
    assert_ne!(one, hash(&c, &["big.bin"]));
    let e = c.walk(&c.resolve("big.bin").unwrap()[0]).unwrap();
    assert_eq!(e[0].size, big.len() as u64);
}

#[test]
fn copy_exclude_patterns() {
    let f = fixture();
    fs::write(f.ctx.join("src/nested/keep.txt"), "t").unwrap();
    let c = context(&f, "");
    let ex = Ignore::from_patterns(&["*.rs", "nested", "!nested/keep.txt"]).unwrap();
    let s = c.resolve("src").unwrap();
    assert_eq!(
        dests(&c.walk_excluding(&s[0], &ex).unwrap()),
        vec!["", "nested", "nested/keep.txt"]
    );
    // a file source is tested by its own name
    let s = c.resolve("src/main.rs").unwrap();
    assert!(c.walk_excluding(&s[0], &ex).unwrap().is_empty());
    let all = c.resolve_all(&["src"]).unwrap();
    assert_ne!(c.hash(&all).unwrap(), c.hash_excluding(&all, &ex).unwrap());
    fs::write(f.ctx.join("src/main.rs"), "changed").unwrap();
    let before = c.hash_excluding(&all, &ex).unwrap();
    fs::write(f.ctx.join("src/main.rs"), "changed again").unwrap();
    assert_eq!(
        before,
        c.hash_excluding(&all, &ex).unwrap(),
        "an excluded file does not count"
    );
    assert!(Ignore::from_patterns(&["["])
        .unwrap_err()
        .to_string()
        .starts_with("--exclude:1"));
}

#[test]
fn random_sources_never_escape_or_panic() {
    let f = fixture();
    symlink("/", f.ctx.join("root-link")).unwrap();
    symlink("../..", f.ctx.join("src/up")).unwrap();
    symlink(&f.outside, f.ctx.join("out-link")).unwrap();
    let c = context(&f, "");
    let pieces = [
        "..",
        "/",
        ".",
        "*",
        "?",
        "[",
        "]",
        "\\",
        "src",
        "up",
        "root-link",
        "out-link",
        "a.txt",
        "secret",
        "outside",
        "nested",
    ];
    let mut seed: u64 = 0x0123_4567_89ab_cdef;
    for _ in 0..3000 {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let mut x = seed;
        let mut s = String::new();
        for _ in 0..(x % 8) {
            s.push_str(pieces[(x % pieces.len() as u64) as usize]);
            if x.is_multiple_of(3) {
                s.push('/');
            }
            x = x.rotate_left(11) ^ 0x5555;
        }
        if let Ok(sel) = c.resolve(&s) {
            for one in &sel {
                assert!(one.path.starts_with(c.root()), "{s} -> {:?}", one.path);
                let _ = c.walk(one);
            }
        }
    }
    // the symlinked root and `..` chains land inside the context
    let s = c.resolve("root-link/a.txt").unwrap();
    assert_eq!(s[0].resolved, PathBuf::from("a.txt"));
    let s = c.resolve("src/up/b.txt").unwrap();
    assert_eq!(s[0].resolved, PathBuf::from("b.txt"));
    assert!(matches!(
        c.resolve("out-link/secret"),
        Err(ContextError::NotFound { .. })
    ));
}

#[test]
fn excluded_dir_with_nothing_reincluded_is_absent() {
    // podman's ".dockerignore failure test": `*`, `subdir`, `!*/sub1*` with an empty subdir
    let f = fixture();
    fs::create_dir_all(f.ctx.join("subdir")).unwrap();
    let c = context(&f, "*\nsubdir\n!*/sub1*\n");
    assert!(matches!(
        c.resolve("subdir"),
        Err(ContextError::NotFound { .. })
    ));
    // `!*/sub1*` does not open an excluded directory (buildah's rule), even with a match
    fs::write(f.ctx.join("subdir/sub1.txt"), "1").unwrap();
    assert!(context(&f, "*\nsubdir\n!*/sub1*\n")
        .resolve("subdir")
        .is_err());
    // an exception naming a path below it does, and the directory is a source again
    let c = context(&f, "*\nsubdir\n!subdir/sub1*\n");
    let s = c.resolve("subdir").unwrap();
    assert_eq!(dests(&c.walk(&s[0]).unwrap()), vec!["", "sub1.txt"]);
}
