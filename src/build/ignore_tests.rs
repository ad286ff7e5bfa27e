use super::*;

fn rules(text: &str) -> Ignore {
    Ignore::parse(text, ".containerignore").unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn basic_globs() {
    let i = rules("*.md\n# comment\n\n  /build/  \n./tmp\nsecret?.txt\n[a-c]x\n");
    assert!(i.excluded("README.md"));
    assert!(!i.excluded("docs/README.md"), "* does not cross /");
    assert!(i.excluded("build"));
    assert!(
        i.excluded("build/out/a.o"),
        "a directory excludes what is below"
    );
    assert!(i.excluded("/build"));
    assert!(i.excluded("./tmp/x"));
    assert!(i.excluded("secret1.txt"));
    assert!(!i.excluded("secret12.txt"));
    assert!(i.excluded("bx"));
    assert!(!i.excluded("dx"));
    assert!(!i.excluded("src/main.rs"));
    assert!(!i.excluded("."));
    assert!(!i.excluded(""));
}

#[test]
fn double_star() {
    let i = rules("**/*.log\nvendor/**\n**/node_modules\na/**/z\n");
    assert!(i.excluded("x.log"));
    assert!(i.excluded("deep/er/x.log"));
    assert!(i.excluded("vendor/a/b"));
    assert!(
        !i.excluded("vendor"),
        "vendor/** is a prefix test on vendor/"
    );
    assert!(i.excluded("node_modules"));
    assert!(i.excluded("web/node_modules/react/index.js"));
    assert!(i.excluded("a/z"));
    assert!(i.excluded("a/b/c/z"));
    assert!(!i.excluded("a/b/c/zz"));
    // a leading ** without slash is moby's suffix test
    let i = rules("**foo\n");
    assert!(i.excluded("barfoo"));
    assert!(i.excluded("x/foo"));
}

#[test]
fn exceptions_last_match_wins() {
    let i = rules("*.md\n!README.md\nREADME.md\n!docs\ndocs/private\n");
    assert!(i.excluded("README.md"), "the later pattern wins again");
    assert!(i.excluded("CHANGES.md"));
    assert!(!i.excluded("docs/a"));
    assert!(i.excluded("docs/private/key"));

    let i = rules("*\n!src\n!Cargo.toml\nsrc/**/*.bak\n");
    assert!(i.excluded("target"));
    assert!(!i.excluded("src"));
    assert!(!i.excluded("src/lib.rs"));
    assert!(!i.excluded("Cargo.toml"));
    assert!(i.excluded("src/x/old.bak"));
}

#[test]
fn excluded_dir_with_exception_below_is_walked() {
    let i = rules("build\n!build/keep/*.txt\nlogs\n");
    assert!(i.excluded("build"));
    assert!(i.excluded("build/other/a.txt"));
    assert!(!i.excluded("build/keep/a.txt"));
    assert!(i.excluded("build/keep/a.bin"));
    // build may not be skipped as a whole: something below comes back
    assert!(!i.matches("build", true));
    assert!(i.may_reinclude_below("build"));
    assert!(i.may_reinclude_below("build/keep"));
    assert!(!i.may_reinclude_below("build/other"));
    assert!(i.matches("build/other", true));
    // logs has no exception below: skip it whole
    assert!(i.matches("logs", true));
    assert!(!i.may_reinclude_below("logs"));
    // a file is just excluded or not
    assert!(i.matches("build/x", false));
    assert!(!i.matches("src", true));
    assert!(!rules("a\n").has_exceptions());
    assert!(i.has_exceptions());
}

#[test]
fn escapes_and_bad_patterns() {
    let i = rules("\\*literal\nwe\\[ird\n");
    assert!(i.excluded("*literal"));
    assert!(!i.excluded("xliteral"));
    assert!(i.excluded("we[ird"));
    for bad in ["[", "a[b", "[]", "x\\", "[a-]", "!"] {
        let e = Ignore::parse(&format!("ok\n{bad}\n"), "f").unwrap_err();
        assert!(
            e.to_string().starts_with("f:2: invalid pattern"),
            "{bad}: {e}"
        );
    }
}

#[test]
fn load_prefers_containerignore_and_per_file() {
    let dir = tempfile::tempdir().unwrap();
    let ctx = dir.path();
    assert!(Ignore::load(ctx, None).unwrap().file().is_none());
    std::fs::write(ctx.join(".dockerignore"), "docker\n").unwrap();
    let i = Ignore::load(ctx, None).unwrap();
    assert!(i.excluded("docker") && !i.excluded("container"));
    std::fs::write(ctx.join(".containerignore"), "container\n").unwrap();
    let i = Ignore::load(ctx, None).unwrap();
    assert!(i.excluded("container") && !i.excluded("docker"));
    assert_eq!(i.file(), Some(ctx.join(".containerignore").as_path()));
    // <Containerfile>.dockerignore next to the file wins over the context's
    std::fs::create_dir(ctx.join("sub")).unwrap();
    let cf = ctx.join("sub/Containerfile.prod");
    std::fs::write(&cf, "FROM a\n").unwrap();
    std::fs::write(ctx.join("sub/Containerfile.prod.dockerignore"), "perfile\n").unwrap();
    let i = Ignore::load(ctx, Some(&cf)).unwrap();
    assert!(i.excluded("perfile") && !i.excluded("container"));
    std::fs::write(
        ctx.join("sub/Containerfile.prod.containerignore"),
        "first\n",
    )
    .unwrap();
    assert!(Ignore::load(ctx, Some(&cf)).unwrap().excluded("first"));
    // a bad pattern names the file and line
    std::fs::write(ctx.join(".containerignore"), "ok\n[\n").unwrap();
    let e = Ignore::load(ctx, None).unwrap_err();
    assert!(e.to_string().contains(".containerignore:2"), "{e}");
}

#[test]
fn clean_like_go() {
    for (input, want) in [
        ("a/b/../c", "a/c"),
        ("./a//b/", "a/b"),
        ("/../a", "/a"),
        ("../a", "../a"),
        ("", "."),
        ("/", "/"),
        ("a/..", "."),
    ] {
        assert_eq!(clean(input), want, "{input}");
    }
}

#[test]
fn glob_match_component() {
    assert_eq!(glob_match("*.rs", "main.rs"), Ok(true));
    assert_eq!(glob_match("*.rs", ".hidden.rs"), Ok(true));
    assert_eq!(glob_match("*", "a/b"), Ok(false));
    assert_eq!(glob_match("[^a]?", "bc"), Ok(true));
    assert_eq!(glob_match("[^a]?", "ac"), Ok(false));
    assert_eq!(glob_match("\\*", "*"), Ok(true));
    assert!(glob_match("[", "x").is_err());
}

#[test]
fn hostile_patterns_never_panic_and_stay_fast() {
    let long_star = format!("{}b\n", "*a".repeat(500));
    let i = rules(&long_star);
    let path = "a".repeat(2000);
    assert!(!i.excluded(&path));
    let pieces = [
        "*", "**", "?", "[", "]", "^", "-", "\\", "/", "!", "a", ".", " ", "\n", "é", "#",
    ];
    let mut seed: u64 = 0xdead_beef_cafe_f00d;
    for _ in 0..5000 {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let mut x = seed;
        let mut s = String::new();
        for _ in 0..(x % 16) {
            s.push_str(pieces[(x % pieces.len() as u64) as usize]);
            x = x.rotate_left(9) ^ 0x1234_5678;
        }
        if let Ok(i) = Ignore::parse(&s, "f") {
            let _ = i.excluded("a/b/c.txt");
            let _ = i.matches("a", true);
            let _ = i.may_reinclude_below("a/b");
        }
        let _ = glob_match(&s, "abc");
    }
}

#[test]
fn buildah_descends_only_for_literal_exception_prefixes() {
    // podman's "COPY with ignore" patterns (buildah #3486)
    let i = Ignore::parse(
        "# comment\ntest*\n!test2*\nsubdir1\nsubdir2\n!*/sub1*\n!subdir1/sub3*\n",
        ".dockerignore",
    )
    .unwrap();
    assert!(i.descends_into("subdir1"));
    assert!(!i.descends_into("subdir2"));
    assert!(i.matches("subdir2", true));
    assert!(!i.matches("subdir1", true));
    assert!(!i.excluded("subdir1/sub1"));
    assert!(i.excluded("subdir1/sub2"));
}
