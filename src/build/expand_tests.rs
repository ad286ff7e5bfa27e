use super::*;
use crate::build::parser::{parse, Instruction};

fn vars() -> BTreeMap<String, String> {
    [
        ("A", "alpha"),
        ("EMPTY", ""),
        ("SPACED", "a  b c"),
        ("PATH", "/usr/bin:/bin"),
        ("FILE", "archive.tar.gz"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect()
}

fn word(w: &str) -> String {
    expand_word(w, &vars(), '\\').unwrap_or_else(|e| panic!("{w}: {e}"))
}

#[test]
fn simple_and_braced() {
    assert_eq!(word("$A"), "alpha");
    assert_eq!(word("${A}"), "alpha");
    assert_eq!(word("x${A}y"), "xalphay");
    assert_eq!(word("$Ax"), "");
    assert_eq!(word("$UNSET-x"), "-x");
    assert_eq!(word("$"), "$");
    assert_eq!(word("a$ b"), "a$ b");
    assert_eq!(word("$A/$PATH"), "alpha//usr/bin:/bin");
    assert_eq!(word("$1x"), "x");
}

#[test]
fn modifiers() {
    let cases = [
        ("${A:-def}", "alpha"),
        ("${EMPTY:-def}", "def"),
        ("${UNSET:-def}", "def"),
        ("${EMPTY-def}", ""),
        ("${UNSET-def}", "def"),
        ("${A:+alt}", "alt"),
        ("${EMPTY:+alt}", ""),
        ("${EMPTY+alt}", "alt"),
        ("${UNSET+alt}", ""),
        ("${UNSET:-$A}", "alpha"),
        ("${UNSET:-${EMPTY:-nested}}", "nested"),
        ("${UNSET:-'quoted $A'}", "quoted $A"),
        ("${UNSET:-a b}", "a b"),
        ("${FILE#*.}", "tar.gz"),
        ("${FILE##*.}", "gz"),
        ("${FILE%.*}", "archive.tar"),
        ("${FILE%%.*}", "archive"),
        ("${FILE#nomatch}", "archive.tar.gz"),
        ("${A:?must}", "alpha"),
        ("${PATH/bin/sbin}", "/usr/sbin:/bin"),
        ("${PATH//bin/sbin}", "/usr/sbin:/sbin"),
        ("${FILE/.*/}", "archive"),
        ("${FILE//a/A}", "Archive.tAr.gz"),
        ("${UNSET/a/b}", ""),
        ("${EMPTY?ok}", ""),
    ];
    for (input, want) in cases {
        assert_eq!(word(input), want, "{input}");
    }
}

#[test]
fn errors() {
    let v = vars();
    let e = |w: &str| expand_word(w, &v, '\\').unwrap_err();
    assert_eq!(
        e("${UNSET?}").to_string(),
        "UNSET: is not allowed to be unset"
    );
    assert_eq!(e("${UNSET:?need it}").to_string(), "UNSET: need it");
    assert_eq!(
        e("${EMPTY:?}").to_string(),
        "EMPTY: is not allowed to be empty"
    );
    assert_eq!(e("${A"), ExpandError::MissingBrace);
    assert_eq!(e("${A:-x"), ExpandError::MissingBrace);
    assert_eq!(e("${}"), ExpandError::BadSubstitution);
    assert_eq!(e("${:x}"), ExpandError::BadSubstitution);
    assert_eq!(e("${A:=x}"), ExpandError::UnsupportedModifier('='));
    assert_eq!(e("${A*}"), ExpandError::UnsupportedModifier('*'));
    assert_eq!(e("'open"), ExpandError::Unterminated("single-quote"));
    assert_eq!(e("\"open"), ExpandError::Unterminated("double-quote"));
    assert_eq!(e("${A/x}"), ExpandError::MissingBrace);
    let deep = format!("{}x{}", "${U:-".repeat(10_000), "}".repeat(10_000));
    assert_eq!(e(&deep), ExpandError::TooDeep);
    let fine = format!("{}x{}", "${U:-".repeat(20), "}".repeat(20));
    assert_eq!(expand_word(&fine, &v, '\\').unwrap(), "x");
}

#[test]
fn quotes_and_escapes() {
    assert_eq!(word("'$A'"), "$A");
    assert_eq!(word("\"$A\""), "alpha");
    assert_eq!(word("\\$A"), "$A");
    assert_eq!(word("\"\\$A\""), "$A");
    assert_eq!(word("\"a\\\"b\""), "a\"b");
    assert_eq!(word("\"a\\nb\""), "a\\nb");
    assert_eq!(word("a\\ b"), "a b");
    assert_eq!(word("'it''s'"), "its");
    assert_eq!(word("\"x y\"z"), "x yz");
    assert_eq!(word("trailing\\"), "trailing");
    // with ` as the escape, a backslash is a plain character
    assert_eq!(
        expand_word("c:\\dir\\$A `$A", &vars(), '`').unwrap(),
        "c:\\dir\\alpha $A"
    );
}

#[test]
fn word_splitting() {
    let v = vars();
    let w = |s: &str| expand_words(s, &v, '\\').unwrap();
    assert_eq!(w("a b  c"), vec!["a", "b", "c"]);
    assert_eq!(w("$SPACED"), vec!["a", "b", "c"]);
    assert_eq!(w("\"$SPACED\""), vec!["a  b c"]);
    assert_eq!(w("x$SPACED"), vec!["xa", "b", "c"]);
    assert_eq!(w("'a b' c"), vec!["a b", "c"]);
    assert_eq!(w("a\\ b c"), vec!["a b", "c"]);
    assert_eq!(w("$EMPTY"), Vec::<String>::new());
    assert_eq!(
        w("80/tcp ${PORTS:-443 8443}"),
        vec!["80/tcp", "443", "8443"]
    );
}

#[test]
fn heredoc_bodies() {
    let v = vars();
    let out = expand_heredoc("echo \"$A\" '${A}' \\$A \\n\n", &v, '\\').unwrap();
    assert_eq!(out, "echo \"alpha\" 'alpha' $A \\n\n");
}

#[test]
fn platforms() {
    let p = Platform::new("linux", "x86_64");
    assert_eq!(p.to_string(), "linux/amd64");
    assert_eq!(Platform::new("linux", "aarch64").to_string(), "linux/arm64");
    assert_eq!(Platform::new("linux", "armv7l").to_string(), "linux/arm/v7");
    assert_eq!(Platform::new("linux", "i686").to_string(), "linux/386");
    assert_eq!(Platform::new("macos", "arm64").to_string(), "darwin/arm64");
    assert_eq!(
        Platform::parse("linux/arm64/v8").unwrap().to_string(),
        "linux/arm64"
    );
    assert_eq!(
        Platform::parse("linux/arm").unwrap().variant.as_deref(),
        Some("v7")
    );
    assert_eq!(
        Platform::parse("Linux/AMD64").unwrap(),
        Platform::new("linux", "amd64")
    );
    for bad in ["linux", "linux/", "/amd64", "a/b/c/d", "linux/am d64"] {
        assert!(Platform::parse(bad).is_err(), "{bad}");
    }
    let args = platform_args(
        &Platform::parse("linux/arm/v6").unwrap(),
        &Platform::new("linux", "x86_64"),
    );
    let get = |k: &str| args.lookup(k).map(str::to_string);
    assert_eq!(get("TARGETPLATFORM").as_deref(), Some("linux/arm/v6"));
    assert_eq!(get("TARGETOS").as_deref(), Some("linux"));
    assert_eq!(get("TARGETARCH").as_deref(), Some("arm"));
    assert_eq!(get("TARGETVARIANT").as_deref(), Some("v6"));
    assert_eq!(get("BUILDPLATFORM").as_deref(), Some("linux/amd64"));
    assert_eq!(get("BUILDARCH").as_deref(), Some("amd64"));
    assert_eq!(get("BUILDVARIANT").as_deref(), Some(""));
    assert_eq!(get("BUILDOS").as_deref(), Some("linux"));
    assert_eq!(args.len(), 8);
}

fn overrides(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

#[test]
fn arg_scoping_across_from() {
    let cf = parse(
        "ARG BASE=alpine\nARG TAG=${BASE}-3.19\nARG FROMCLI\nFROM --platform=$BUILDPLATFORM $BASE:$TAG AS one\nARG TAG\nARG BASE=\"stage default\"\nARG LOCAL=$TAG-x\nARG FROMCLI\nFROM $BASE\nARG OTHER\n",
        "Containerfile",
    )
    .unwrap();
    let predefined = platform_args(
        &Platform::new("linux", "aarch64"),
        &Platform::new("linux", "x86_64"),
    );
    let args = BuildArgs::new(
        overrides(&[("FROMCLI", "cli"), ("https_proxy", "http://p:3128")]),
        &predefined,
        &cf.global_args,
        cf.escape,
    )
    .unwrap();
    let g = args.globals();
    assert_eq!(g.get("TAG").map(String::as_str), Some("alpine-3.19"));
    assert_eq!(g.get("FROMCLI").map(String::as_str), Some("cli"));
    // FROM expands in the global scope, predefined args included
    let s0 = &cf.stages[0];
    assert_eq!(
        expand_word(&s0.base, g, cf.escape).unwrap(),
        "alpine:alpine-3.19"
    );
    assert_eq!(
        expand_word(s0.platform.as_deref().unwrap(), g, cf.escape).unwrap(),
        "linux/amd64"
    );

    // inside the stage, only declared args are visible
    let mut scope = Scope::default();
    assert_eq!(expand_word("$TAG", &scope, cf.escape).unwrap(), "");
    let mut values = Vec::new();
    for step in &s0.instructions {
        if let Instruction::Arg(decls) = &step.value {
            for d in decls {
                let v = args.stage_value(d, &scope, cf.escape).unwrap();
                scope.set_arg(&d.name, v.clone());
                values.push((d.name.clone(), v));
            }
        }
    }
    assert_eq!(
        values,
        vec![
            ("TAG".to_string(), Some("alpine-3.19".to_string())),
            ("BASE".to_string(), Some("stage default".to_string())),
            ("LOCAL".to_string(), Some("alpine-3.19-x".to_string())),
            ("FROMCLI".to_string(), Some("cli".to_string())),
        ]
    );
    // the second stage starts empty again: OTHER has no value anywhere
    let other = match &cf.stages[1].instructions[1].value {
        Instruction::Arg(d) => d[0].clone(),
        i => panic!("{i:?}"),
    };
    assert_eq!(
        args.stage_value(&other, &Scope::default(), '\\').unwrap(),
        None
    );
    assert_eq!(
        args.proxy_env(),
        vec![("https_proxy".to_string(), "http://p:3128".to_string())]
    );
}

#[test]
fn build_arg_overrides_global_default() {
    let cf = parse("ARG V=1\nARG W=$V.0\nFROM x:$W\n", "Containerfile").unwrap();
    let args = BuildArgs::new(overrides(&[("V", "2")]), &[], &cf.global_args, '\\').unwrap();
    assert_eq!(
        expand_word(&cf.stages[0].base, args.globals(), '\\').unwrap(),
        "x:2.0"
    );
}

#[test]
fn env_wins_over_arg() {
    let mut scope = Scope::from_image_env(&["PATH=/bin", "X=image"]);
    scope.set_arg("X", Some("arg".into()));
    assert_eq!(expand_word("$X", &scope, '\\').unwrap(), "image");
    scope.set_arg("Y", Some("arg".into()));
    scope.set_env("Y", "env");
    scope.set_env("PATH", "/usr/bin:$PATH");
    assert_eq!(expand_word("$Y", &scope, '\\').unwrap(), "env");
    assert_eq!(
        scope.env()[0],
        ("PATH".to_string(), "/usr/bin:$PATH".to_string())
    );
    assert_eq!(scope.env().len(), 3);
}

#[test]
fn hostile_words_never_panic() {
    let v = vars();
    let pieces = [
        "$", "{", "}", ":", "-", "+", "?", "#", "%", "'", "\"", "\\", "`", " ", "A", "EMPTY", "*",
        "é", "\n",
    ];
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    for _ in 0..20000 {
        let mut s = String::new();
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let mut x = seed;
        for _ in 0..(x % 24) {
            s.push_str(pieces[(x % pieces.len() as u64) as usize]);
            x = x.rotate_left(7) ^ 0x9e37_79b9;
        }
        let _ = expand_word(&s, &v, '\\');
        let _ = expand_words(&s, &v, '`');
        let _ = expand_heredoc(&s, &v, '\\');
    }
}

#[test]
fn instructions_expand_as_buildkit() {
    let cf = parse(
        "FROM a\nENV $A=\"$SPACED\" K='$A'\nLABEL \"x.$A\"=v\nCOPY --chown=$A --from=$A <<EOF <<'RAW' $FILE* /dst/$A/\n$A \"q\"\nEOF\n$A\nRAW\nEXPOSE $PORTS 80\nVOLUME $PATH /v\nUSER $A:$A\nWORKDIR ${EMPTY:-/w}\nSTOPSIGNAL $SIG\nRUN echo $A\nONBUILD RUN echo $A\n",
        "Containerfile",
    )
    .unwrap();
    let mut v = vars();
    v.insert("PORTS".into(), "53/udp 8080".into());
    v.insert("SIG".into(), "SIGINT".into());
    let got: Vec<Instruction> = cf.stages[0]
        .instructions
        .iter()
        .skip(1)
        .map(|s| expand_instruction(&s.value, &v, cf.escape).unwrap())
        .collect();
    let kv = |k: &str, v: &str| KeyValue {
        key: k.into(),
        value: v.into(),
    };
    assert_eq!(
        got[0],
        Instruction::Env(vec![kv("alpha", "a  b c"), kv("K", "$A")])
    );
    assert_eq!(got[1], Instruction::Label(vec![kv("x.alpha", "v")]));
    let Instruction::Copy(c) = &got[2] else {
        panic!("{:?}", got[2])
    };
    assert_eq!(c.chown.as_deref(), Some("alpha"));
    assert_eq!(c.from.as_deref(), Some("alpha"));
    assert_eq!(c.dest, "/dst/alpha/");
    let bodies: Vec<String> = c
        .sources
        .iter()
        .map(|s| match s {
            CopySource::Heredoc(h) => h.body.clone(),
            CopySource::Path(p) => p.clone(),
        })
        .collect();
    assert_eq!(bodies, vec!["alpha \"q\"\n", "$A\n", "archive.tar.gz*"]);
    // the plain form splits at blanks before expanding, quotes or not (as buildkit does)
    let cf2 = parse("FROM a\nCOPY \"$A b\" /d\n", "Containerfile").unwrap();
    let e = expand_instruction(&cf2.stages[0].instructions[1].value, &v, '\\').unwrap_err();
    assert_eq!(e, ExpandError::Unterminated("double-quote"));
    assert_eq!(
        got[3],
        Instruction::Expose(vec!["53/udp".into(), "8080".into(), "80".into()])
    );
    assert_eq!(
        got[4],
        Instruction::Volume(vec!["/usr/bin:/bin".into(), "/v".into()])
    );
    assert_eq!(got[5], Instruction::User("alpha:alpha".into()));
    assert_eq!(got[6], Instruction::Workdir("/w".into()));
    assert_eq!(got[7], Instruction::StopSignal("SIGINT".into()));
    // RUN and ONBUILD stay as written
    assert_eq!(got[8], cf.stages[0].instructions[9].value);
    assert_eq!(got[9], cf.stages[0].instructions[10].value);
    assert!(!got[8].expands() && !got[9].expands() && got[7].expands());
}

#[test]
fn run_mount_values_expand_when_the_step_runs() {
    let cf = parse(
        "FROM a\nRUN --mount=type=$KIND,target=$DIR/cache,uid=$UID,id=c-$A \\\n  --mount=type=secret,target=/run/$A,required=$REQ make $A\n",
        "Containerfile",
    )
    .unwrap();
    let Instruction::Run(raw) = &cf.stages[0].instructions[1].value else {
        panic!()
    };
    // as parsed, the variables are kept and nothing fails
    assert_eq!(raw.mounts[0].target, "$DIR/cache");
    assert_eq!(raw.mounts[0].uid, None);
    let mut v = vars();
    for (k, val) in [
        ("KIND", "cache"),
        ("DIR", "/root"),
        ("UID", "1000"),
        ("REQ", "true"),
    ] {
        v.insert(k.into(), val.into());
    }
    let Instruction::Run(run) =
        expand_instruction(&cf.stages[0].instructions[1].value, &v, '\\').unwrap()
    else {
        panic!()
    };
    let m = &run.mounts[0];
    assert_eq!(m.kind, crate::build::parser::MountType::Cache);
    assert_eq!(
        (m.target.as_str(), m.uid, m.id.as_deref(), m.readonly),
        ("/root/cache", Some(1000), Some("c-alpha"), false)
    );
    let m = &run.mounts[1];
    assert_eq!(
        (m.target.as_str(), m.id.as_deref(), m.required),
        ("/run/alpha", Some("alpha"), true)
    );
    // the command is the shell's business
    assert_eq!(run.command, raw.command);
    v.insert("UID".into(), "nobody".into());
    let e = expand_instruction(&cf.stages[0].instructions[1].value, &v, '\\').unwrap_err();
    assert!(
        matches!(&e, ExpandError::Mount(m) if m.contains("uid")),
        "{e}"
    );
}
