//! A CI job as a user writes it, run unchanged with berth as the unprivileged user:
//! `build -t R/app . && run --rm R/app ./run-tests && login R && push R/app`, against the
//! tests' registry with basic auth (R), then a fresh store pulls and runs what was pushed.
//! The machine is set up as a CI runner's would be: the registry's CA in the user's certs.d,
//! the plain-HTTP mirror of the base image marked insecure in registries.conf; the job's
//! commands carry no flags for either.

mod common;
use common::*;
use std::io::Write;
use std::os::unix::fs::{chown, PermissionsExt};
use std::path::Path;
use std::process::Stdio;

/// The runner's user config: trust registry R's CA, reach the base image's registry over HTTP.
fn runner(env: &TestEnv, auth_reg: &str) {
    let ca = std::fs::read_to_string(env_var("BERTH_TEST_CA")).unwrap();
    env.write_config(&format!("containers/certs.d/{auth_reg}/ca.crt"), &ca);
    env.write_config(
        "containers/registries.conf",
        &format!(
            "[[registry]]\nlocation = \"{}\"\ninsecure = true\n",
            registry()
        ),
    );
}

fn write(env: &TestEnv, p: &Path, text: &str, mode: u32) {
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, text).unwrap();
    std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode)).unwrap();
    chown(p, Some(env.user.uid), Some(env.user.gid)).unwrap();
    chown(p.parent().unwrap(), Some(env.user.uid), Some(env.user.gid)).unwrap();
}

/// A job step run in the checkout, as the job's shell would.
fn step(env: &TestEnv, checkout: &Path, args: &[&str]) -> Run {
    let out = env
        .cmd(args)
        .current_dir(checkout)
        .output()
        .expect("spawn berth");
    Run {
        args: args.iter().map(|s| s.to_string()).collect(),
        out,
    }
}

fn login(env: &TestEnv, reg: &str) -> Run {
    let mut c = env.cmd(&[
        "login",
        "-u",
        &env_var("BERTH_TEST_AUTH_USER"),
        "--password-stdin",
        reg,
    ]);
    let mut child = c
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(format!("{}\n", env_var("BERTH_TEST_AUTH_PASSWORD")).as_bytes())
        .unwrap();
    Run {
        args: vec!["login".into()],
        out: child.wait_with_output().unwrap(),
    }
}

#[test]
fn build_test_login_push_then_a_fresh_runner_pulls_and_runs() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("ci-job");
    let reg = env_var("BERTH_TEST_AUTH_REGISTRY");
    runner(&env, &reg);
    let app = format!("{reg}/ci-{}/app", std::process::id());

    // the repository: a Containerfile, the code, and the test script `make test` would run
    let checkout = env.dir.join("checkout");
    write(
        &env,
        &checkout.join("Containerfile"),
        &format!(
            "FROM {}\nWORKDIR /src\nCOPY . .\nRUN ./build.sh\nCMD [\"./run-tests\"]\n",
            image("berth-test/busybox")
        ),
        0o644,
    );
    write(
        &env,
        &checkout.join("build.sh"),
        "#!/bin/sh\nset -e\necho 'echo 42' > answer.sh\nchmod +x answer.sh\necho built\n",
        0o755,
    );
    write(
        &env,
        &checkout.join("run-tests"),
        "#!/bin/sh\n# exits with $1 when given: the failing variant\n[ -n \"$1\" ] && { echo \"1 test failed\"; exit \"$1\"; }\n[ \"$(./answer.sh)\" = 42 ] || { echo 'answer is wrong'; exit 1; }\necho 'all tests passed'\n",
        0o755,
    );

    // build -t R/app .
    let r = step(&env, &checkout, &["build", "-t", &app, "."]);
    r.assert_code(0);
    assert!(r.stdout().lines().any(|l| l == "built"), "{}", r.stdout());

    // run --rm R/app ./run-tests: passes, and a failing run's code is the job's
    let r = step(&env, &checkout, &["run", "--rm", &app, "./run-tests"]);
    r.assert_code(0);
    assert_eq!(r.stdout(), "all tests passed\n");
    let r = step(&env, &checkout, &["run", "--rm", &app, "./run-tests", "3"]);
    r.assert_code(3);
    assert_eq!(r.stdout(), "1 test failed\n");
    assert_eq!(
        env.ok(&["ps", "-a", "-q"]).stdout(),
        "",
        "--rm left no containers"
    );

    // push before login is refused, saying to log in
    let r = step(&env, &checkout, &["push", &app]);
    assert_ne!(r.code(), 0);
    assert!(r.stderr().contains("login"), "{}", r.stderr());

    // login R && push R/app
    let r = login(&env, &reg);
    r.assert_code(0);
    assert_eq!(r.stdout(), "Login Succeeded!\n");
    step(&env, &checkout, &["push", &app]).assert_code(0);

    // another runner: a fresh store and login, `run` pulls the image and the tests pass
    let other = TestEnv::new("ci-job-b");
    runner(&other, &reg);
    login(&other, &reg).assert_code(0);
    let r = other.run(&["run", "--rm", &app]);
    r.assert_code(0);
    assert!(r.stdout().ends_with("all tests passed\n"), "{}", r.stdout());
    let id_a = env
        .ok(&["image", "inspect", "--format", "{{.Id}}", &app])
        .stdout();
    let id_b = other
        .ok(&["image", "inspect", "--format", "{{.Id}}", &app])
        .stdout();
    assert_eq!(id_a, id_b, "the pulled image is the one built");
}
