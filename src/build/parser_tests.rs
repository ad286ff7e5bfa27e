use super::*;

fn parse_ok(text: &str) -> Containerfile {
    match parse(text, "Containerfile") {
        Ok(cf) => cf,
        Err(e) => panic!("parse failed: {e}\n---\n{text}"),
    }
}

fn parse_err(text: &str) -> ParseError {
    match parse(text, "Containerfile") {
        Ok(cf) => panic!("parse succeeded: {cf:#?}"),
        Err(e) => e,
    }
}

/// The instructions of the last stage after its FROM.
fn body(text: &str) -> Vec<Spanned<Instruction>> {
    let cf = parse_ok(text);
    let stage = cf.stages.last().expect("a stage").clone();
    stage.instructions.into_iter().skip(1).collect()
}

fn only(text: &str) -> Instruction {
    let mut b = body(text);
    assert_eq!(b.len(), 1, "{b:#?}");
    b.remove(0).value
}

#[test]
fn stages_lines_and_text() {
    let cf = parse_ok(
        "# a comment\n\nARG VERSION=3.19\nFROM --platform=$BUILDPLATFORM alpine:$VERSION AS Build\nrun make \\\n  all\n\nfrom scratch\nCOPY --from=build /out /\n",
    );
    assert_eq!(cf.escape, '\\');
    assert_eq!(cf.global_args.len(), 1);
    assert_eq!(cf.global_args[0].line, 3);
    assert_eq!(
        cf.global_args[0].value,
        ArgDecl {
            name: "VERSION".into(),
            default: Some("3.19".into())
        }
    );
    assert_eq!(cf.stages.len(), 2);
    let build = &cf.stages[0];
    assert_eq!(build.name.as_deref(), Some("build"));
    assert_eq!(build.base, "alpine:$VERSION");
    assert_eq!(build.platform.as_deref(), Some("$BUILDPLATFORM"));
    assert_eq!(build.instructions.len(), 2);
    assert!(matches!(build.instructions[0].value, Instruction::From(_)));
    let run = &build.instructions[1];
    assert_eq!((run.line, run.end_line), (5, 6));
    assert_eq!(run.text, "run make   all");
    assert_eq!(
        run.value,
        Instruction::Run(Run {
            command: CommandLine::Shell("make   all".into()),
            heredocs: vec![],
            mounts: vec![],
            network: None,
            security: None,
        })
    );
    assert_eq!(cf.stages[1].index, 1);
    assert_eq!(cf.stages[1].name, None);
    assert_eq!(cf.stages[1].instructions[1].line, 9);
    assert_eq!(cf.step_count(), 4);
    let log: Vec<String> = cf
        .steps()
        .map(|(n, stage, step)| {
            format!(
                "{}: STEP {n}/{}: {}",
                stage.index,
                cf.step_count(),
                step.text
            )
        })
        .collect();
    assert_eq!(
        log,
        vec![
            "0: STEP 1/4: FROM --platform=$BUILDPLATFORM alpine:$VERSION AS Build",
            "0: STEP 2/4: run make   all",
            "1: STEP 3/4: from scratch",
            "1: STEP 4/4: COPY --from=build /out /",
        ]
    );
    assert_eq!(cf.stage("BUILD").map(|s| s.index), Some(0));
    assert_eq!(cf.stage("1").map(|s| s.index), Some(1));
    assert!(cf.stage("2").is_none());
    assert!(cf.stage("alpine").is_none());
}

#[test]
fn escape_directive_backtick_continuations() {
    let text = "# escape=`\nFROM mcr.microsoft.com/windows\nRUN dir c:\\ `\n    && echo done\nCOPY testfile.txt c:\\\n";
    let cf = parse_ok(text);
    assert_eq!(cf.escape, '`');
    let b = &cf.stages[0].instructions;
    assert_eq!(
        b[1].value,
        Instruction::Run(Run {
            command: CommandLine::Shell("dir c:\\     && echo done".into()),
            heredocs: vec![],
            mounts: vec![],
            network: None,
            security: None,
        })
    );
    // with ` as escape, a trailing backslash is no continuation
    match &b[2].value {
        Instruction::Copy(c) => assert_eq!(c.dest, "c:\\"),
        other => panic!("{other:?}"),
    }
    assert_eq!(b[2].line, 5);
}

#[test]
fn directives_only_at_top() {
    // after a comment, "# escape=`" is only a comment
    let cf = parse_ok("# hello\n# escape=`\nFROM a\nRUN x \\\n y\n");
    assert_eq!(cf.escape, '\\');
    assert_eq!(cf.stages[0].instructions[1].text, "RUN x  y");
    // syntax and check are accepted and ignored, then escape still applies
    let cf = parse_ok("# syntax=docker/dockerfile:1\n#check=skip=all\n  # ESCAPE = `\nFROM a\n");
    assert_eq!(cf.escape, '`');
    // after a blank line, no more directives
    let cf = parse_ok("\n# escape=`\nFROM a\n");
    assert_eq!(cf.escape, '\\');
    let e = parse_err("# escape=x\nFROM a\n");
    assert_eq!(e.line, 1);
    assert!(matches!(e.kind, ParseErrorKind::InvalidEscape(_)), "{e}");
    let e = parse_err("# escape=`\n# escape=\\\nFROM a\n");
    assert_eq!(e.line, 2);
    assert!(
        e.to_string().contains("only one escape parser directive"),
        "{e}"
    );
}

#[test]
fn comments_and_empty_lines_inside_continuations() {
    let text = "FROM a\nRUN apt-get update && \\\n# a comment in the middle\n    apt-get install -y \\\n\n      curl\nUSER nobody\n";
    let b = body(text);
    assert_eq!(b.len(), 2);
    assert_eq!(
        b[0].text,
        "RUN apt-get update &&     apt-get install -y       curl"
    );
    assert_eq!((b[0].line, b[0].end_line), (2, 6));
    assert_eq!(b[1].line, 7);
    assert_eq!(b[1].value, Instruction::User("nobody".into()));
}

#[test]
fn continuation_with_trailing_blanks_and_crlf() {
    let b = body("FROM a\r\nRUN a \\  \r\n b\r\nWORKDIR /x\r\n");
    assert_eq!(b[0].text, "RUN a  b");
    assert_eq!(b[1].value, Instruction::Workdir("/x".into()));
    // a continuation at end of file ends the instruction
    let b = body("FROM a\nRUN echo \\");
    assert_eq!(b[0].text, "RUN echo");
}

#[test]
fn case_insensitive_and_bom() {
    let b = body("\u{feff}from a\nWorkDir /app\nlAbEl a=b\n");
    assert_eq!(b[0].value, Instruction::Workdir("/app".into()));
    assert_eq!(b[0].value.keyword(), "WORKDIR");
    assert!(matches!(b[1].value, Instruction::Label(_)));
}

#[test]
fn heredoc_run_variants() {
    let text = "FROM a\nRUN <<EOF\necho $HOME\n  indented\nEOF\nRUN <<-\"END\"\n\techo tabbed\n\t\tmore\n\tEND\nRUN cat <<'A' > /a && cat <<B > /b\na $x\nA\nb $y\nB\nRUN 3<<EOF cat /dev/fd/3\nfd\nEOF\nUSER me\n";
    let b = body(text);
    let run = |i: usize| match &b[i].value {
        Instruction::Run(r) => r.clone(),
        other => panic!("{other:?}"),
    };
    let r = run(0);
    assert_eq!(
        r.heredocs,
        vec![Heredoc {
            name: "EOF".into(),
            body: "echo $HOME\n  indented\n".into(),
            expand: true,
            chomp: false,
            fd: None
        }]
    );
    assert_eq!(r.command, CommandLine::Shell("<<EOF".into()));
    assert_eq!(r.script().map(|h| h.name.as_str()), Some("EOF"));
    assert_eq!((b[0].line, b[0].end_line), (2, 5));

    let r = run(1);
    assert_eq!(r.heredocs[0].name, "END");
    assert_eq!(r.heredocs[0].body, "echo tabbed\nmore\n");
    assert!(r.heredocs[0].chomp);
    assert!(!r.heredocs[0].expand);
    assert!(r.script().is_some());

    let r = run(2);
    assert_eq!(r.heredocs.len(), 2);
    assert_eq!(
        (r.heredocs[0].name.as_str(), r.heredocs[0].body.as_str()),
        ("A", "a $x\n")
    );
    assert!(!r.heredocs[0].expand);
    assert_eq!(
        (r.heredocs[1].name.as_str(), r.heredocs[1].body.as_str()),
        ("B", "b $y\n")
    );
    assert!(r.heredocs[1].expand);
    assert!(
        r.script().is_none(),
        "a command with heredoc files is no script"
    );

    let r = run(3);
    assert_eq!(r.heredocs[0].fd, Some(3));
    assert_eq!(r.heredocs[0].body, "fd\n");
    assert_eq!(b[4].value, Instruction::User("me".into()));
    assert_eq!(b[4].line, 18);
}

#[test]
fn heredoc_needs_a_word_boundary_and_no_chomp_without_dash() {
    // `cat<<EOF` is not a heredoc for buildkit (the word does not start with <<)
    let b = body("FROM a\nRUN cat<<EOF\nUSER x\n");
    assert_eq!(b.len(), 2);
    match &b[0].value {
        Instruction::Run(r) => assert!(r.heredocs.is_empty()),
        other => panic!("{other:?}"),
    }
    // without `-`, a tab-indented terminator does not end the heredoc
    let e = parse_err("FROM a\nRUN <<EOF\nx\n\tEOF\n");
    assert!(
        matches!(e.kind, ParseErrorKind::UnterminatedHeredoc { .. }),
        "{e}"
    );
    assert_eq!(e.line, 2);
    assert_eq!(e.instruction(), Some("RUN"));
    // heredocs only for RUN, COPY, ADD
    let b = body("FROM a\nLABEL x=<<EOF\nUSER u\n");
    assert_eq!(b.len(), 2);
}

#[test]
fn heredoc_copy() {
    let text = "FROM a\nCOPY <<EOF /etc/motd\nhello\nEOF\nCOPY --chmod=0755 <<a.sh <<\"b.txt\" /dir/\n#!/bin/sh\nA\na.sh\nB $v\nb.txt\n";
    let b = body(text);
    match &b[0].value {
        Instruction::Copy(c) => {
            assert_eq!(c.dest, "/etc/motd");
            assert_eq!(
                c.sources,
                vec![CopySource::Heredoc(Heredoc {
                    name: "EOF".into(),
                    body: "hello\n".into(),
                    expand: true,
                    chomp: false,
                    fd: None
                })]
            );
        }
        other => panic!("{other:?}"),
    }
    match &b[1].value {
        Instruction::Copy(c) => {
            assert_eq!(c.chmod.as_deref(), Some("0755"));
            assert_eq!(c.dest, "/dir/");
            let names: Vec<(&str, &str, bool)> = c
                .sources
                .iter()
                .map(|s| match s {
                    CopySource::Heredoc(h) => (h.name.as_str(), h.body.as_str(), h.expand),
                    CopySource::Path(p) => panic!("path {p}"),
                })
                .collect();
            assert_eq!(
                names,
                vec![("a.sh", "#!/bin/sh\nA\n", true), ("b.txt", "B $v\n", false)]
            );
        }
        other => panic!("{other:?}"),
    }
    let e = parse_err("FROM a\nCOPY x <<EOF\nbody\nEOF\n");
    assert!(e.to_string().contains("heredoc as its destination"), "{e}");
}

#[test]
fn env_forms() {
    let b = body(
        "FROM a\nENV PATH /usr/local/bin:$PATH\nENV A=1 B=\"two words\" C='single $x' D=a\\ b\nENV legacy   spaced  value  \nENV E=\n",
    );
    let env = |i: usize| match &b[i].value {
        Instruction::Env(pairs) => pairs
            .iter()
            .map(|kv| (kv.key.clone(), kv.value.clone()))
            .collect::<Vec<_>>(),
        other => panic!("{other:?}"),
    };
    assert_eq!(env(0), vec![("PATH".into(), "/usr/local/bin:$PATH".into())]);
    assert_eq!(
        env(1),
        vec![
            ("A".into(), "1".into()),
            ("B".into(), "\"two words\"".into()),
            ("C".into(), "'single $x'".into()),
            ("D".into(), "a\\ b".into()),
        ]
    );
    assert_eq!(env(2), vec![("legacy".into(), "spaced  value".into())]);
    assert_eq!(env(3), vec![("E".into(), String::new())]);

    let e = parse_err("FROM a\nENV A=1 B\n");
    assert!(e.to_string().contains("can't find = in \"B\""), "{e}");
    assert_eq!(e.to_string().split(':').next(), Some("Containerfile"));
    let e = parse_err("FROM a\nENV ONLYKEY\n");
    assert_eq!(
        e.to_string(),
        "Containerfile:2: ENV must have two arguments"
    );
    let e = parse_err("FROM a\nENV =x\n");
    assert!(e.to_string().contains("names can not be blank"), "{e}");
}

#[test]
fn label_quoting() {
    let i = only("FROM a\nLABEL \"com.example.vendor\"=\"ACME Inc\" version=1.0 description=\"multi\\\nline\" empty=\"\"\n");
    let Instruction::Label(pairs) = i else {
        panic!("{i:?}")
    };
    let got: Vec<(&str, &str)> = pairs
        .iter()
        .map(|kv| (kv.key.as_str(), kv.value.as_str()))
        .collect();
    assert_eq!(
        got,
        vec![
            ("\"com.example.vendor\"", "\"ACME Inc\""),
            ("version", "1.0"),
            ("description", "\"multiline\""),
            ("empty", "\"\""),
        ]
    );
}

#[test]
fn arg_forms_and_scoping() {
    let cf =
        parse_ok("ARG A B=2\nARG C=\"x y\"\nFROM img:$A\nARG A\nARG D=4 E\nFROM other\nRUN true\n");
    let names: Vec<(&str, Option<&str>, usize)> = cf
        .global_args
        .iter()
        .map(|s| (s.value.name.as_str(), s.value.default.as_deref(), s.line))
        .collect();
    assert_eq!(
        names,
        vec![
            ("A", None, 1),
            ("B", Some("2"), 1),
            ("C", Some("\"x y\""), 2)
        ]
    );
    let s0 = &cf.stages[0].instructions;
    assert_eq!(
        s0[1].value,
        Instruction::Arg(vec![ArgDecl {
            name: "A".into(),
            default: None
        }])
    );
    assert_eq!(
        s0[2].value,
        Instruction::Arg(vec![
            ArgDecl {
                name: "D".into(),
                default: Some("4".into())
            },
            ArgDecl {
                name: "E".into(),
                default: None
            }
        ])
    );
    // an ARG in the first stage is not in the second
    assert_eq!(cf.stages[1].instructions.len(), 2);
    let e = parse_err("FROM a\nARG\n");
    assert_eq!(
        e.to_string(),
        "Containerfile:2: ARG requires at least one argument"
    );
}

#[test]
fn from_forms() {
    let cf = parse_ok("FROM --platform=linux/arm64 img AS one\nFROM one as two\nFROM two\n");
    assert_eq!(cf.stages[0].platform.as_deref(), Some("linux/arm64"));
    assert_eq!(cf.stages[1].base, "one");
    assert_eq!(cf.stages[1].name.as_deref(), Some("two"));
    assert!(parse_err("FROM a b\n")
        .to_string()
        .contains("one or three arguments"));
    assert!(parse_err("FROM a is b\n").to_string().contains("AS"));
    assert!(parse_err("FROM a AS 1x\n")
        .to_string()
        .contains("invalid stage name"));
    let e = parse_err("FROM a AS x\nFROM b AS X\n");
    assert_eq!(e.line, 2);
    assert!(matches!(e.kind, ParseErrorKind::DuplicateStage(_)));
    let e = parse_err("FROM --plaform=x a\n");
    assert_eq!(
        e.to_string(),
        "Containerfile:1: FROM has an unknown flag: --plaform"
    );
}

#[test]
fn run_flags_and_mounts() {
    let i = only("FROM a\nRUN --mount=type=cache,target=/root/.cache,sharing=locked,id=pip \\\n    --mount=type=bind,source=go.sum,target=/src/go.sum,from=deps \\\n    --mount=type=tmpfs,dst=/tmp,size=64m \\\n    --mount=type=secret,id=token,env=TOKEN,required \\\n    --mount=type=secret,target=/etc/key,mode=0400,uid=10 \\\n    --mount=type=ssh \\\n    --network=none --security=insecure pip install -r req.txt\n");
    let Instruction::Run(r) = i else {
        panic!("{i:?}")
    };
    assert_eq!(
        r.command,
        CommandLine::Shell("pip install -r req.txt".into())
    );
    assert_eq!(r.network, Some(RunNetwork::None));
    assert_eq!(r.security, Some(RunSecurity::Insecure));
    assert_eq!(r.mounts.len(), 6);
    let m = &r.mounts[0];
    assert_eq!(
        (
            m.kind,
            m.target.as_str(),
            m.id.as_deref(),
            m.sharing,
            m.readonly
        ),
        (
            MountType::Cache,
            "/root/.cache",
            Some("pip"),
            CacheSharing::Locked,
            false
        )
    );
    let m = &r.mounts[1];
    assert_eq!(
        (m.kind, m.source.as_deref(), m.from.as_deref(), m.readonly),
        (MountType::Bind, Some("go.sum"), Some("deps"), true)
    );
    let m = &r.mounts[2];
    assert_eq!(
        (m.kind, m.target.as_str(), m.size),
        (MountType::Tmpfs, "/tmp", Some(64 * 1024 * 1024))
    );
    let m = &r.mounts[3];
    assert_eq!(
        (m.kind, m.target.as_str(), m.env.as_deref(), m.required),
        (MountType::Secret, "/run/secrets/token", Some("TOKEN"), true)
    );
    let m = &r.mounts[4];
    assert_eq!(
        (m.id.as_deref(), m.mode, m.uid, m.readonly),
        (Some("key"), Some(0o400), Some(10), true)
    );
    let m = &r.mounts[5];
    assert_eq!(
        (m.kind, m.target.as_str(), m.id.as_deref()),
        (MountType::Ssh, "/run/buildkit/ssh_agent.5", Some("default"))
    );
    // the cache id defaults to the target
    let Instruction::Run(r) = only("FROM a\nRUN --mount=type=cache,target=/c,rw=false make\n")
    else {
        panic!()
    };
    assert_eq!(r.mounts[0].id.as_deref(), Some("/c"));
    assert!(r.mounts[0].readonly);

    for (bad, says) in [
        (
            "RUN --mount=type=nfs,target=/x true",
            "unsupported mount type",
        ),
        ("RUN --mount=type=bind true", "needs a target"),
        (
            "RUN --mount=type=cache,target=/x,sharing=all true",
            "sharing",
        ),
        ("RUN --mount=type=cache,target=/x,mode=9 true", "mode"),
        (
            "RUN --mount=type=cache,target=/x,colour=red true",
            "unexpected key",
        ),
        ("RUN --mount=type=bind,target=/x,bogus true", "key=value"),
        ("RUN --network=bridge true", "network mode"),
        (
            "RUN --mount=type=cache,target=/x,required true",
            "takes no required",
        ),
        (
            "RUN --mount=type=bind,target=/x,size=1m true",
            "takes no size",
        ),
        (
            "RUN --mount=type=bind,target=/x,uid=1 true",
            "takes no mode, uid or gid",
        ),
        ("RUN --mount=type=secret,id=a,source=b true", "not both"),
        ("RUN --mount=type=secret,id=a,from=x true", "takes no from"),
        (
            "RUN --mount=type=bind,target=/x,from=$STAGE-x true",
            "variable expansion",
        ),
        ("RUN --security=weird true", "security mode"),
        ("RUN --mount true", "missing a value"),
        ("RUN --network=none", "requires at least one argument"),
    ] {
        let e = parse_err(&format!("FROM a\n{bad}\n"));
        assert!(e.to_string().contains(says), "{bad}: {e}");
        assert_eq!(e.line, 2);
        assert_eq!(e.instruction(), Some("RUN"));
    }
}

#[test]
fn exec_and_shell_forms() {
    let b = body("FROM a\nCMD [\"nginx\", \"-g\", \"daemon off;\"]\nENTRYPOINT exec top -b\nRUN [ \"echo\" , \"hi\" ]\nCMD [\"unterminated\"\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nCMD []\n");
    assert_eq!(
        b[0].value,
        Instruction::Cmd(CommandLine::Exec(vec![
            "nginx".into(),
            "-g".into(),
            "daemon off;".into()
        ]))
    );
    assert_eq!(
        b[1].value,
        Instruction::Entrypoint(CommandLine::Shell("exec top -b".into()))
    );
    match &b[2].value {
        Instruction::Run(r) => assert_eq!(
            r.command,
            CommandLine::Exec(vec!["echo".into(), "hi".into()])
        ),
        other => panic!("{other:?}"),
    }
    // not valid JSON: shell form, as Docker does
    assert_eq!(
        b[3].value,
        Instruction::Cmd(CommandLine::Shell("[\"unterminated\"".into()))
    );
    assert_eq!(
        b[4].value,
        Instruction::Shell(vec![
            "/bin/bash".into(),
            "-o".into(),
            "pipefail".into(),
            "-c".into()
        ])
    );
    assert_eq!(b[5].value, Instruction::Cmd(CommandLine::Exec(vec![])));
    // what follows the JSON array is ignored, as Go's json.Decoder does for Docker
    let b = body("FROM a\nRUN [\"ls\"],\nSHELL [ \"bin/sh\" ] ]\n");
    match &b[0].value {
        Instruction::Run(r) => assert_eq!(r.command, CommandLine::Exec(vec!["ls".into()])),
        other => panic!("{other:?}"),
    }
    assert_eq!(b[1].value, Instruction::Shell(vec!["bin/sh".into()]));
    assert!(parse_err("FROM a\nSHELL /bin/sh -c\n")
        .to_string()
        .contains("JSON form"));
    assert!(parse_err("FROM a\nCMD [1, 2]\n")
        .to_string()
        .contains("strings"));
    // flags are not allowed on CMD (buildkit parses them on every instruction)
    assert!(parse_err("FROM a\nCMD --help\n")
        .to_string()
        .contains("unknown flag: --help"));
}

#[test]
fn copy_and_add() {
    let b = body("FROM a\nCOPY --from=build --chown=1000:1000 --chmod=644 --link --parents --exclude=*.md --exclude=tmp a b /dst/\nCOPY [\"with space\", \"/d s/\"]\nADD --keep-git-dir=true --checksum=sha256:abc https://example.com/x.tar.gz /x\nADD --link=false src dst\n");
    match &b[0].value {
        Instruction::Copy(c) => {
            assert_eq!(c.from.as_deref(), Some("build"));
            assert_eq!(c.chown.as_deref(), Some("1000:1000"));
            assert_eq!(c.chmod.as_deref(), Some("644"));
            assert!(c.link && c.parents && !c.json);
            assert_eq!(c.exclude, vec!["*.md".to_string(), "tmp".into()]);
            assert_eq!(
                c.sources,
                vec![CopySource::Path("a".into()), CopySource::Path("b".into())]
            );
            assert_eq!(c.dest, "/dst/");
        }
        other => panic!("{other:?}"),
    }
    match &b[1].value {
        Instruction::Copy(c) => {
            assert!(c.json);
            assert_eq!(c.sources, vec![CopySource::Path("with space".into())]);
            assert_eq!(c.dest, "/d s/");
        }
        other => panic!("{other:?}"),
    }
    match &b[2].value {
        Instruction::Add(c) => {
            assert!(c.keep_git_dir);
            assert_eq!(c.checksum.as_deref(), Some("sha256:abc"));
        }
        other => panic!("{other:?}"),
    }
    match &b[3].value {
        Instruction::Add(c) => assert!(!c.link),
        other => panic!("{other:?}"),
    }
    let e = parse_err("FROM a\nUSER x\n\n\n\n\nCOPY onlyone\n");
    assert_eq!(
        e.to_string(),
        "Containerfile:7: COPY needs a source and a destination"
    );
    assert_eq!(e.instruction(), Some("COPY"));
    assert!(parse_err("FROM a\nADD --from=x a b\n")
        .to_string()
        .contains("unknown flag: --from"));
    assert!(parse_err("FROM a\nCOPY --keep-git-dir a b\n")
        .to_string()
        .contains("unknown flag"));
    assert!(parse_err("FROM a\nCOPY --link=maybe a b\n")
        .to_string()
        .contains("boolean"));
    assert!(parse_err("FROM a\nCOPY --from=a --from=b x y\n")
        .to_string()
        .contains("duplicate flag"));
}

#[test]
fn other_instructions() {
    let b = body("FROM a\nEXPOSE 80 443/tcp $PORT\nVOLUME [\"/data\", \"/logs\"]\nVOLUME /a /b\nSTOPSIGNAL SIGTERM\nUSER app:app\nMAINTAINER Jane <jane@example.com>\nONBUILD RUN echo hi\nONBUILD copy . /app\n");
    assert_eq!(
        b[0].value,
        Instruction::Expose(vec!["80".into(), "443/tcp".into(), "$PORT".into()])
    );
    assert_eq!(
        b[1].value,
        Instruction::Volume(vec!["/data".into(), "/logs".into()])
    );
    assert_eq!(
        b[2].value,
        Instruction::Volume(vec!["/a".into(), "/b".into()])
    );
    assert_eq!(b[3].value, Instruction::StopSignal("SIGTERM".into()));
    assert_eq!(b[4].value, Instruction::User("app:app".into()));
    assert_eq!(
        b[5].value,
        Instruction::Maintainer("Jane <jane@example.com>".into())
    );
    match &b[6].value {
        Instruction::Onbuild(o) => {
            assert_eq!(o.trigger, "RUN echo hi");
            assert!(matches!(*o.instruction, Instruction::Run(_)));
        }
        other => panic!("{other:?}"),
    }
    match &b[7].value {
        Instruction::Onbuild(o) => assert!(matches!(*o.instruction, Instruction::Copy(_))),
        other => panic!("{other:?}"),
    }
    for (bad, says) in [
        ("ONBUILD ONBUILD RUN x", "ONBUILD ONBUILD"),
        ("ONBUILD FROM x", "FROM isn't allowed"),
        ("ONBUILD MAINTAINER x", "MAINTAINER isn't allowed"),
        ("ONBUILD BOGUS x", "unknown instruction: BOGUS"),
        ("EXPOSE", "requires at least one argument"),
        ("WORKDIR", "requires exactly one argument"),
        ("STOPSIGNAL A B", "exactly one"),
        ("VOLUME [\"\"]", "empty string"),
    ] {
        let e = parse_err(&format!("FROM a\n{bad}\n"));
        assert!(e.to_string().contains(says), "{bad}: {e}");
    }
}

#[test]
fn healthcheck() {
    let b = body("FROM a\nHEALTHCHECK NONE\nHEALTHCHECK --interval=30s --timeout=1m30s --start-period=1.5s --start-interval=100ms --retries=3 CMD curl -f http://localhost/ || exit 1\nHEALTHCHECK cmd [\"/bin/check\", \"-q\"]\nHEALTHCHECK --interval=0s CMD true\n");
    assert_eq!(b[0].value, Instruction::Healthcheck(Healthcheck::None));
    assert_eq!(
        b[1].value,
        Instruction::Healthcheck(Healthcheck::Check {
            test: CommandLine::Shell("curl -f http://localhost/ || exit 1".into()),
            interval: Some(Duration::from_secs(30)),
            timeout: Some(Duration::from_secs(90)),
            start_period: Some(Duration::from_millis(1500)),
            start_interval: Some(Duration::from_millis(100)),
            retries: Some(3),
        })
    );
    match &b[2].value {
        Instruction::Healthcheck(Healthcheck::Check { test, interval, .. }) => {
            assert_eq!(
                *test,
                CommandLine::Exec(vec!["/bin/check".into(), "-q".into()])
            );
            assert_eq!(*interval, None);
        }
        other => panic!("{other:?}"),
    }
    match &b[3].value {
        Instruction::Healthcheck(Healthcheck::Check { interval, .. }) => {
            assert_eq!(*interval, None)
        }
        other => panic!("{other:?}"),
    }
    for (bad, says) in [
        ("HEALTHCHECK NONE x", "NONE takes no arguments"),
        ("HEALTHCHECK CMD", "missing a command"),
        ("HEALTHCHECK PING x", "unknown type"),
        ("HEALTHCHECK --interval=10 CMD x", "invalid duration"),
        ("HEALTHCHECK --interval=10us CMD x", "less than 1ms"),
        ("HEALTHCHECK --retries=-1 CMD x", "negative"),
        ("HEALTHCHECK --retries=x CMD x", "--retries"),
        ("HEALTHCHECK", "requires at least one argument"),
    ] {
        let e = parse_err(&format!("FROM a\n{bad}\n"));
        assert!(e.to_string().contains(says), "{bad}: {e}");
    }
}

#[test]
fn go_durations() {
    assert_eq!(parse_go_duration("0"), Some(Duration::ZERO));
    assert_eq!(parse_go_duration("1h2m3s"), Some(Duration::from_secs(3723)));
    assert_eq!(
        parse_go_duration("2.5ms"),
        Some(Duration::from_micros(2500))
    );
    assert_eq!(parse_go_duration("10µs"), Some(Duration::from_micros(10)));
    for bad in ["", "10", "s", "1x", "-1s", ".s", "1..5s"] {
        assert_eq!(parse_go_duration(bad), None, "{bad}");
    }
}

#[test]
fn errors_name_file_line_instruction() {
    let e = parse("FROM a\n\n# c\nFROBNICATE now\n", "path/Dockerfile").unwrap_err();
    assert_eq!(
        e.to_string(),
        "path/Dockerfile:4: unknown instruction: FROBNICATE"
    );
    assert_eq!(e.instruction(), Some("FROBNICATE"));
    let e = parse_err("# c\nRUN make\nFROM a\n");
    assert_eq!(e.line, 2);
    assert!(
        matches!(e.kind, ParseErrorKind::BeforeFrom(ref i) if i == "RUN"),
        "{e}"
    );
    let e = parse_err("");
    assert!(matches!(e.kind, ParseErrorKind::NoStage));
    let e = parse_err("ARG A=1\n# only args\n");
    assert!(matches!(e.kind, ParseErrorKind::NoStage));
}

/// A tiny deterministic generator (no dependency for tests).
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

#[test]
fn hostile_input_never_panics() {
    let sample = "# escape=`\n# syntax=x\nARG A=\"1\" B\nFROM --platform=$P img:${A:-x} AS s1\nRUN --mount=type=cache,target=/c,id=\"a,b\" <<-EOF cat <<'X' `\n  && echo\n\tline $A\n\tEOF\nx\nX\nCOPY <<a <<\"b\" /d/\nA\na\nb\nb\nENV K=\"v w\" L='x' M=a\\ b\nLABEL \"a\"=\"b\\\"c\"\nHEALTHCHECK --interval=1s --retries=2 CMD [\"a\"]\nONBUILD ADD --chown=1 . /\nVOLUME [\"/x\"]\nEXPOSE 1 2/udp\nSHELL [\"sh\",\"-c\"]\nCMD [\"a\", \"b\"]\n";
    let pieces: &[&str] = &[
        "<<",
        "<<-",
        "\"",
        "'",
        "\\",
        "`",
        "\n",
        "\t",
        " ",
        "=",
        "--",
        "[",
        "]",
        "{",
        "}",
        "$",
        "#",
        "FROM",
        "RUN",
        "COPY",
        "ENV",
        "ARG",
        "LABEL",
        "ONBUILD",
        "HEALTHCHECK",
        "CMD",
        "EOF",
        "--mount=",
        ",",
        "type=",
        "\r",
        "\u{feff}",
        "é",
        "\0",
        "AS",
        "0",
        "--interval=",
        "--retries=",
        "NONE",
        "\u{2028}",
        "<<\"",
        "3<<",
    ];
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    // truncations of a rich file at every char boundary
    for (i, _) in sample.char_indices() {
        let _ = parse(&sample[..i], "t");
        let _ = parse(&sample[i..], "t");
    }
    // random splices of the sample and of hostile pieces
    for _ in 0..3000 {
        let mut text = String::new();
        for _ in 0..rng.below(40) {
            if rng.below(3) == 0 {
                let start = rng.below(sample.len());
                let len = rng.below(30);
                let s: String = sample.chars().skip(start).take(len).collect();
                text.push_str(&s);
            } else {
                text.push_str(pieces[rng.below(pieces.len())]);
            }
        }
        let _ = parse(&text, "t");
        let _ = parse(&format!("FROM a\n{text}"), "t");
    }
    // random bytes
    for _ in 0..2000 {
        let bytes: Vec<u8> = (0..rng.below(200)).map(|_| rng.next() as u8).collect();
        let text = String::from_utf8_lossy(&bytes);
        let _ = parse(&text, "t");
        let _ = parse(&format!("FROM a\nRUN {text}"), "t");
    }
}
