//! `berth build --jobs N`: independent stages run at once, as the unprivileged test user. That
//! they overlap is shown without timing: two stages meet in a shared cache mount, each waiting
//! for the other's mark, which only works when both run together.

mod common;
use common::*;
use std::path::PathBuf;

fn context(env: &TestEnv, name: &str, containerfile: &str) -> PathBuf {
    let dir = env.dir.join(name);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("Containerfile"), containerfile).unwrap();
    give_to_user(&dir, env);
    dir
}

fn build(env: &TestEnv, args: &[&str]) -> Run {
    let mut a = vec!["build", "--tls-verify=false"];
    a.extend_from_slice(args);
    env.run(&a)
}

/// Stage `me` marks itself in the shared cache mount, then waits up to LIMIT/5 seconds for
/// stage `other`'s mark.
fn meeting_stage(base: &str, me: &str, other: &str) -> String {
    format!(
        "FROM {base} AS {me}\nARG RUNID\nARG LIMIT=150\n\
         RUN --mount=type=cache,id=meet,target=/meet touch /meet/$RUNID-{me}; i=0; \
         while [ ! -e /meet/$RUNID-{other} ]; do sleep 0.2; i=$((i+1)); \
         [ $i -gt $LIMIT ] && exit 7; done; echo {me} > /{me}\n\n"
    )
}

#[test]
fn independent_stages_run_at_once_and_their_results_meet() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("build-jobs");
    let base = image("berth-test/busybox");
    let cf = format!(
        "{}{}FROM {base}\nCOPY --from=a /a /a\nCOPY --from=b /b /b\nCMD cat /a /b\n",
        meeting_stage(&base, "a", "b"),
        meeting_stage(&base, "b", "a"),
    );
    let ctx = context(&env, "ctx", &cf);
    let ctx = ctx.to_str().unwrap();
    // one after another, stage a waits for b in vain
    let r = build(
        &env,
        &[
            "--jobs",
            "1",
            "--build-arg",
            "RUNID=seq",
            "--build-arg",
            "LIMIT=10",
            "-t",
            "seq",
            ctx,
        ],
    );
    assert_eq!(r.code(), 7, "{} {}", r.stdout(), r.stderr());
    // at once they meet, and the last stage has both results
    let r = build(
        &env,
        &["--jobs", "2", "--build-arg", "RUNID=par", "-t", "par", ctx],
    );
    r.assert_code(0);
    let out = r.stdout();
    // steps keep the numbers they have in a build one stage after another
    for step in [
        "STEP 1/12: FROM",
        "STEP 5/12: FROM",
        "STEP 10/12: COPY --from=a",
        "COMMIT par",
    ] {
        assert!(out.contains(step), "{step}: {out}");
    }
    let r = env.ok(&["run", "--rm", "par"]);
    assert_eq!(r.stdout(), "a\nb\n");
    // --jobs 0: as many as can start
    let r = build(
        &env,
        &[
            "--jobs",
            "0",
            "--build-arg",
            "RUNID=all",
            "-q",
            "-t",
            "all",
            ctx,
        ],
    );
    r.assert_code(0);
}

#[test]
fn a_failing_stage_fails_the_build_as_without_jobs_and_dependent_stages_wait() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("build-jobs-fail");
    let base = image("berth-test/busybox");
    // c needs b (FROM b); b fails: c never starts, and the build exits with the RUN's code
    let cf = format!(
        "FROM {base} AS a\nRUN echo a > /a\n\nFROM {base} AS b\nRUN echo oops >&2; exit 3\n\n\
         FROM b AS c\nRUN echo c-ran\n\nFROM {base}\nCOPY --from=a /a /a\nCOPY --from=c / /c\n"
    );
    let ctx = context(&env, "ctx", &cf);
    let ctx = ctx.to_str().unwrap();
    for jobs in ["1", "3"] {
        let r = build(&env, &["--jobs", jobs, "-t", "broken", ctx]);
        assert_eq!(r.code(), 3, "--jobs {jobs}: {} {}", r.stdout(), r.stderr());
        assert!(
            r.stderr()
                .contains("building at STEP \"RUN echo oops >&2; exit 3\""),
            "--jobs {jobs}: {}",
            r.stderr()
        );
        assert!(
            !r.stdout().contains("c-ran"),
            "--jobs {jobs}: {}",
            r.stdout()
        );
        env.run(&["image", "exists", "broken"]).assert_code(1);
    }
    assert_eq!(env.ok(&["ps", "-a", "-q"]).stdout(), "");
    // with a fixed timestamp the same stages give the same image, with or without --jobs
    let cf = format!(
        "FROM {base} AS a\nRUN echo a > /a\n\nFROM {base} AS b\nRUN echo b > /b\n\n\
         FROM {base}\nCOPY --from=a /a /a\nCOPY --from=b /b /b\n"
    );
    let ctx = context(&env, "ctx2", &cf);
    let ctx = ctx.to_str().unwrap();
    let one = build(
        &env,
        &["--no-cache", "--timestamp", "0", "--jobs", "1", "-q", ctx],
    );
    one.assert_code(0);
    let two = build(
        &env,
        &["--no-cache", "--timestamp", "0", "--jobs", "2", "-q", ctx],
    );
    two.assert_code(0);
    assert_eq!(one.stdout(), two.stdout());
}
