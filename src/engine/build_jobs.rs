//! `build --jobs N`: independent stages built at once, each in a child process forked from
//! the builder (already inside the user namespace, single-threaded). A stage starts when the
//! stages it names (FROM, `COPY --from`, `RUN --mount=from=`) are built; its child reports the
//! stage's image (or its error) in a file of the store's tmp dir, and the parent records it for the stages after it.
//! Children share the store, which takes its own locks, as two `berth build`s at once do.

use super::{BuildStepFailed, Run};
use crate::build::expand;
use crate::build::parser::{Containerfile, Instruction};
use crate::error::UserError;
use crate::storage::ImageRecord;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::{Path, PathBuf};

/// What a stage's child sends back.
#[derive(Serialize, Deserialize)]
enum Outcome {
    Built(Box<ImageRecord>),
    StepFailed {
        step: String,
        status: i32,
        runtime_said: Option<String>,
    },
    Failed {
        message: String,
        hints: Vec<String>,
    },
}

/// The stages (by index, all before `index`) that stage `index` needs built first. A `--from`
/// whose value is only known at build time (it holds `$`) counts as needing every stage before.
pub(super) fn dependencies(
    file: &Containerfile,
    globals: &BTreeMap<String, String>,
    index: usize,
) -> BTreeSet<usize> {
    let mut deps = BTreeSet::new();
    let stage = &file.stages[index];
    let name = |word: &str, deps: &mut BTreeSet<usize>| {
        if word.contains('$') {
            deps.extend(0..index);
        } else if let Some(s) = file.stage(word).filter(|s| s.index < index) {
            deps.insert(s.index);
        }
    };
    match expand::expand_word(&stage.base, globals, file.escape) {
        Ok(base) => name(&base, &mut deps),
        Err(_) => deps.extend(0..index),
    }
    for ins in &stage.instructions {
        match &ins.value {
            Instruction::Copy(c) => {
                if let Some(f) = &c.from {
                    name(f, &mut deps);
                }
            }
            Instruction::Run(r) => {
                for f in r.mounts.iter().filter_map(|m| m.from.as_ref()) {
                    name(f, &mut deps);
                }
            }
            _ => {}
        }
    }
    deps
}

struct Running {
    pid: nix::unistd::Pid,
    index: usize,
    report: PathBuf,
}

impl Run<'_> {
    /// Builds stages `0..=last`, up to `jobs` at once; returns the last stage's image.
    pub(super) fn stages_in_parallel(
        &mut self,
        last: usize,
        jobs: usize,
    ) -> anyhow::Result<ImageRecord> {
        let globals = self.args.globals().clone();
        let deps: Vec<BTreeSet<usize>> = (0..=last)
            .map(|i| dependencies(self.file, &globals, i))
            .collect();
        // each stage's steps are numbered as in a build one stage after another
        let mut first_step = Vec::with_capacity(last + 1);
        let mut n = 0;
        for s in &self.file.stages[..=last] {
            first_step.push(n);
            n += s.instructions.len();
        }
        let store = self.store()?;
        let reports = store.tmp_dir("build-jobs")?;
        let mut started = vec![false; last + 1];
        let mut running: Vec<Running> = Vec::new();
        let mut failure: Option<anyhow::Error> = None;
        loop {
            if failure.is_none() {
                for i in 0..=last {
                    if running.len() >= jobs {
                        break;
                    }
                    let ready = !started[i] && deps[i].iter().all(|d| self.done[*d].is_some());
                    if ready {
                        started[i] = true;
                        self.step = first_step[i];
                        running.push(self.fork_stage(i, i == last, &reports.path)?);
                    }
                }
            }
            if running.is_empty() {
                break;
            }
            let (pid, code) = wait_any()?;
            let Some(at) = running.iter().position(|r| r.pid == pid) else {
                continue;
            };
            let r = running.swap_remove(at);
            let data = std::fs::read(&r.report).unwrap_or_default();
            let outcome = serde_json::from_slice::<Outcome>(&data).unwrap_or(Outcome::Failed {
                message: format!(
                    "building stage {}: its build process ended ({code}) without a result",
                    r.index
                ),
                hints: vec!["run the build again without --jobs to see where it stops".into()],
            });
            match outcome {
                Outcome::Built(image) => self.done[r.index] = Some(*image),
                Outcome::StepFailed {
                    step,
                    status,
                    runtime_said,
                } => {
                    failure.get_or_insert_with(|| {
                        BuildStepFailed {
                            step,
                            status,
                            runtime_said,
                        }
                        .into()
                    });
                }
                Outcome::Failed { message, hints } => {
                    failure.get_or_insert_with(|| {
                        let mut e = UserError::new(message);
                        if !hints.is_empty() {
                            e = e.with_hint(hints.join("; "));
                        }
                        e.into()
                    });
                }
            }
        }
        if let Some(e) = failure {
            return Err(e);
        }
        self.done[last]
            .clone()
            .ok_or_else(|| UserError::new("the Containerfile has no stage").into())
    }

    fn fork_stage(&mut self, index: usize, last: bool, dir: &Path) -> anyhow::Result<Running> {
        let report = dir.join(format!("stage-{index}.json"));
        // what is buffered would be written twice, by the parent and by the child
        let _ = std::io::stdout().flush();
        let _ = std::io::stderr().flush();
        match crate::sys::fork()? {
            crate::sys::ForkResult::Child => {
                let outcome = match self.stage(index, last) {
                    Ok(image) => Outcome::Built(Box::new(image)),
                    Err(e) => match e.downcast::<BuildStepFailed>() {
                        Ok(f) => Outcome::StepFailed {
                            step: f.step,
                            status: f.status,
                            runtime_said: f.runtime_said,
                        },
                        Err(e) => Outcome::Failed {
                            message: format!("{e:#}"),
                            hints: crate::error::hints(&e),
                        },
                    },
                };
                let code = i32::from(!matches!(outcome, Outcome::Built(_)));
                let data = serde_json::to_vec(&outcome).unwrap_or_default();
                let _ = std::fs::write(&report, data);
                let _ = std::io::stdout().flush();
                let _ = std::io::stderr().flush();
                crate::sys::exit_child(code);
            }
            crate::sys::ForkResult::Parent { child } => Ok(Running {
                pid: child,
                index,
                report,
            }),
        }
    }
}

/// Waits for any child; its pid and how it ended, in words.
fn wait_any() -> anyhow::Result<(nix::unistd::Pid, String)> {
    use nix::sys::wait::{waitpid, WaitStatus};
    loop {
        match waitpid(None, None) {
            Ok(WaitStatus::Exited(pid, code)) => return Ok((pid, format!("exit code {code}"))),
            Ok(WaitStatus::Signaled(pid, sig, _)) => return Ok((pid, format!("killed by {sig}"))),
            Ok(_) => continue,
            Err(nix::errno::Errno::EINTR) => continue,
            Err(e) => return Err(std::io::Error::from(e).into()),
        }
    }
}
