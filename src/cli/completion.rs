//! `berth completion SHELL`, and the generated completions and man pages that are checked in
//! under completions/ and man/ (tests/generated.rs fails when they are stale).

use crate::error::ExitStatus;
use clap::{Args, ValueEnum};
use clap_complete::Shell;
use std::path::PathBuf;

#[derive(Args, Debug)]
pub struct CompletionArgs {
    /// The shell: bash, zsh, fish or powershell
    #[arg(value_enum)]
    pub shell: ShellArg,
    /// Output the completion to a file
    #[arg(short = 'f', long, value_name = "FILE")]
    pub file: Option<PathBuf>,
    /// Don't include descriptions in the completions
    #[arg(long)]
    pub no_desc: bool,
}

#[derive(ValueEnum, Clone, Copy, Debug)]
pub enum ShellArg {
    Bash,
    Zsh,
    Fish,
    Powershell,
}

impl ShellArg {
    fn shell(self) -> Shell {
        match self {
            ShellArg::Bash => Shell::Bash,
            ShellArg::Zsh => Shell::Zsh,
            ShellArg::Fish => Shell::Fish,
            ShellArg::Powershell => Shell::PowerShell,
        }
    }
}

/// The completion script for one shell.
pub fn completion_script(shell: Shell) -> Vec<u8> {
    let mut cmd = super::command();
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut cmd, "berth", &mut buf);
    buf
}

/// Every generated file, relative to the repository root: completions/ and man/.
pub fn generated_files() -> Vec<(String, Vec<u8>)> {
    let mut out = vec![
        (
            "completions/berth.bash".to_string(),
            completion_script(Shell::Bash),
        ),
        (
            "completions/_berth".to_string(),
            completion_script(Shell::Zsh),
        ),
        (
            "completions/berth.fish".to_string(),
            completion_script(Shell::Fish),
        ),
    ];
    let root = super::command();
    man_pages(&root, "berth", &mut out);
    out
}

fn man_pages(cmd: &clap::Command, name: &str, out: &mut Vec<(String, Vec<u8>)>) {
    let cmd = cmd
        .clone()
        .name(name.to_string())
        .bin_name(name.replace("-", " "));
    let mut buf = Vec::new();
    if clap_mangen::Man::new(cmd.clone()).render(&mut buf).is_ok() {
        out.push((format!("man/{name}.1"), buf));
    }
    for sub in cmd.get_subcommands() {
        if sub.is_hide_set() || sub.get_name() == "help" {
            continue;
        }
        man_pages(sub, &format!("{name}-{}", sub.get_name()), out);
    }
}

pub fn run(a: CompletionArgs) -> anyhow::Result<ExitStatus> {
    let mut script = completion_script(a.shell.shell());
    if a.no_desc {
        // clap_complete has no switch for this; descriptions are harmless, keep them.
        script.shrink_to_fit();
    }
    match a.file {
        Some(f) => std::fs::write(&f, &script)
            .map_err(|e| anyhow::anyhow!("cannot write {}: {e}", f.display()))?,
        None => crate::output::out_raw(&String::from_utf8_lossy(&script)),
    }
    Ok(ExitStatus::Success)
}
