//! The command line: clap definitions shaped like podman's, and dispatch. Each command lives in
//! its own file, parses nothing itself, calls into the library and prints through `output`.

mod attach;
mod build;
mod commit;
mod complete;
pub mod completion;
mod cp;
mod diff;
mod doctor;
mod events;
mod exec;
mod export;
mod flag_error;
mod globals;
mod health;
mod help;
mod history;
mod images;
mod import;
mod info;
mod inspect;
mod kube;
mod lifecycle;
mod limits;
mod load;
mod login;
mod manifest;
mod mount;
mod network;
mod pod;
mod port;
mod ps;
mod pull;
mod push;
mod quadlet;
mod rename;
pub mod report;
mod rmi;
mod run;
mod run_flags;
mod save;
mod secret;
mod start;
mod system;
mod systemd;
mod tag;
mod top;
mod tree;
mod trust;
mod unshare;
mod version;
mod volume;

use crate::config::{GlobalOptions, Settings};
use crate::error::{ExitStatus, UserError};
use crate::output;
use clap::{Args, CommandFactory, Parser, Subcommand};
use std::path::PathBuf;

/// berth: rootless, daemonless containers with podman's interface.
#[derive(Parser, Debug)]
#[command(
    name = "berth",
    version,
    about = "Manage pods, containers and images, rootless and daemonless",
    propagate_version = true
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Args, Debug, Clone)]
pub struct GlobalArgs {
    /// Path to the root directory in which data, including images, is stored
    #[arg(long, global = true, value_name = "PATH")]
    pub root: Option<PathBuf>,
    /// Path to the 'run directory' where all state information is stored
    #[arg(long, global = true, value_name = "PATH")]
    pub runroot: Option<PathBuf>,
    /// Select which storage driver is used to manage storage of images and containers
    #[arg(long, global = true, value_name = "DRIVER")]
    pub storage_driver: Option<String>,
    /// Storage driver option
    #[arg(long, global = true, value_name = "OPTION")]
    pub storage_opt: Vec<String>,
    /// Log messages above specified level (trace, debug, info, warn, warning, error, fatal,
    /// panic) [default: warn]
    #[arg(long, global = true, value_name = "LEVEL")]
    pub log_level: Option<String>,
    /// Log at debug level (docker's flag; not with --log-level)
    #[arg(short = 'D', long, hide = true)]
    pub debug: bool,
    /// Access remote Podman service (berth has none: refused)
    #[arg(short = 'r', long)]
    pub remote: bool,
    /// URL to access Podman service (CONTAINER_HOST; berth has none: refused)
    #[arg(long, global = true, value_name = "URL")]
    pub url: Option<String>,
    /// Connection to use for remote Podman service (berth has none: refused)
    #[arg(short = 'c', long, value_name = "NAME")]
    pub connection: Option<String>,
    /// Path to the volume directory in which volume data is stored
    #[arg(long, global = true, value_name = "PATH")]
    pub volumepath: Option<PathBuf>,
    /// Cgroup manager to use (cgroupfs or systemd)
    #[arg(long, global = true, value_name = "MANAGER")]
    pub cgroup_manager: Option<String>,
    /// Path to the slirp4netns(1) or pasta(1) binary to use for setting up a container's network
    #[arg(long, global = true, value_name = "PATH")]
    pub network_cmd_path: Option<PathBuf>,
    /// Path to the OCI-compatible binary used to run containers (berth checks that it
    /// exists, as podman; its own in-process runtime runs the containers)
    #[arg(long, global = true, value_name = "PATH")]
    pub runtime: Option<String>,
    /// Add global flags for the container runtime
    #[arg(long, global = true, value_name = "FLAG")]
    pub runtime_flag: Vec<String>,
    /// Do not output to stdout
    #[arg(long, global = true)]
    pub noout: bool,
    /// Path to the default mounts file (host:container lines, bound into every container)
    #[arg(long, global = true, value_name = "PATH", hide = true)]
    pub default_mounts_file: Option<PathBuf>,
    /// Events backend to use (file, journald or none)
    #[arg(long, global = true, value_name = "BACKEND")]
    pub events_backend: Option<String>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Display the berth version information
    Version(version::VersionArgs),
    /// Display berth related system information
    Info(info::InfoArgs),
    /// Check the host for what rootless containers need, with the fix for each
    Doctor(doctor::DoctorArgs),
    /// Pull an image from a registry
    Pull(pull::PullArgs),
    /// Build an image using instructions from Containerfiles
    Build(Box<build::BuildArgs>),
    /// Build images (docker buildx compatibility: `buildx build` is `build`)
    #[command(subcommand, alias = "builder", hide = true)]
    Buildx(BuildxCommand),
    /// Create new image based on the changed container
    Commit(commit::CommitArgs),
    /// Push an image to a specified destination
    Push(push::PushArgs),
    /// List images in local storage
    Images(images::ImagesArgs),
    /// Manage images
    #[command(subcommand)]
    Image(ImageCommand),
    /// Display the configuration of an object
    Inspect(inspect::InspectArgs),
    /// Add an additional name to a local image
    Tag(tag::TagArgs),
    /// Remove a name from a local image
    Untag(tag::UntagArgs),
    /// Remove one or more images from local storage
    Rmi(rmi::RmiArgs),
    /// Save image(s) to an archive
    Save(save::SaveArgs),
    /// Load image(s) from a tar archive
    Load(load::LoadArgs),
    /// Import a tarball to create a filesystem image
    Import(import::ImportArgs),
    /// Show history of a specified image
    History(history::HistoryArgs),
    /// Run a command in a new container
    Run(run::RunArgs),
    /// Create but do not start a container
    Create(run::RunArgs),
    /// Start one or more containers
    Start(start::StartArgs),
    /// Restart one or more containers
    Restart(start::RestartArgs),
    /// Run a process in a running container
    Exec(exec::ExecArgs),
    /// Attach to a running container
    Attach(attach::AttachArgs),
    /// Manage containers
    #[command(subcommand)]
    Container(ContainerCommand),
    /// Run a command in a modified user namespace (as berth's layers see it)
    Unshare(unshare::UnshareArgs),
    /// Copy files/folders between a container and the local filesystem
    Cp(cp::CpArgs),
    /// Inspect changes to the container's file systems
    Diff(diff::DiffArgs),
    /// Export a container's filesystem contents as a tar archive
    Export(export::ExportArgs),
    /// Mount a working container's root filesystem (inside `berth unshare`)
    Mount(mount::MountArgs),
    /// Unmount working container's root filesystem
    #[command(alias = "unmount")]
    Umount(mount::UmountArgs),
    /// List containers
    Ps(ps::PsArgs),
    /// Stop one or more containers
    Stop(lifecycle::StopArgs),
    /// Kill one or more running containers with a specific signal
    Kill(lifecycle::KillArgs),
    /// Remove one or more containers
    Rm(lifecycle::RmArgs),
    /// Block on one or more containers
    Wait(lifecycle::WaitArgs),
    /// Fetch the logs of a container
    Logs(lifecycle::LogsArgs),
    /// Rename an existing container
    Rename(rename::RenameArgs),
    /// Display the running processes of a container
    Top(top::TopArgs),
    /// List port mappings or a specific mapping for the container
    Port(port::PortArgs),
    /// Pause all the processes in one or more containers
    Pause(limits::PauseArgs),
    /// Unpause the processes in one or more containers
    Unpause(limits::PauseArgs),
    /// Update an existing container's resource limits
    Update(limits::UpdateArgs),
    /// Display a live stream of container resource usage statistics
    Stats(limits::StatsArgs),
    /// Manage volumes
    #[command(subcommand)]
    Volume(volume::VolumeCommand),
    /// Show berth events
    Events(events::EventsArgs),
    /// Manage secrets
    #[command(subcommand)]
    Secret(secret::SecretCommand),
    /// Manage health checks on containers
    #[command(subcommand)]
    Healthcheck(health::HealthcheckCommand),
    /// Manage berth
    #[command(subcommand)]
    System(system::SystemCommand),
    /// Manipulate manifest lists
    #[command(subcommand)]
    Manifest(manifest::ManifestCommand),
    /// Manage networks
    #[command(subcommand)]
    Network(network::NetworkCommand),
    /// The holder of the rootless network namespace (started by berth itself)
    #[command(name = "__netns-holder", hide = true)]
    NetnsHolder,
    /// Manage pods
    #[command(subcommand)]
    Pod(pod::PodCommand),
    /// Generate structured data (Kubernetes YAML, systemd units)
    #[command(subcommand)]
    Generate(systemd::GenerateCommand),
    /// Play containers, pods or volumes from Kubernetes YAML
    #[command(subcommand)]
    Kube(kube::KubeCommand),
    /// Play containers, pods or volumes from a structured file
    #[command(subcommand)]
    Play(kube::PlayCommand),
    /// Generate systemd units from Quadlet files (.container, .volume, .network, .kube)
    Quadlet(quadlet::QuadletArgs),
    /// Log in to a container registry
    Login(login::LoginArgs),
    /// Log out of a container registry
    Logout(login::LogoutArgs),
    /// Generate shell autocompletions
    Completion(completion::CompletionArgs),
    /// cobra's completion protocol (podman's completion scripts call it)
    #[command(name = "__complete", hide = true)]
    Complete(complete::CompleteArgs),
    /// cobra's completion protocol, without descriptions
    #[command(name = "__completeNoDesc", hide = true)]
    CompleteNoDesc(complete::CompleteArgs),
}

#[derive(Subcommand, Debug)]
pub enum ContainerCommand {
    /// Run a command in a new container
    Run(run::RunArgs),
    /// Create but do not start a container
    Create(run::RunArgs),
    /// Start one or more containers
    Start(start::StartArgs),
    /// Stop one or more containers
    Stop(lifecycle::StopArgs),
    /// Restart one or more containers
    Restart(start::RestartArgs),
    /// Kill one or more running containers with a specific signal
    Kill(lifecycle::KillArgs),
    /// Remove one or more containers
    Rm(lifecycle::RmArgs),
    /// List containers
    #[command(alias = "ls", alias = "list")]
    Ps(ps::PsArgs),
    /// Run a process in a running container
    Exec(exec::ExecArgs),
    /// Attach to a running container
    Attach(attach::AttachArgs),
    /// Fetch the logs of a container
    Logs(lifecycle::LogsArgs),
    /// Block on one or more containers
    Wait(lifecycle::WaitArgs),
    /// Display the configuration of a container
    Inspect(inspect::ContainerInspectArgs),
    /// Check if a container exists in local storage
    Exists(inspect::ExistsArgs),
    /// Remove all stopped containers
    Prune(inspect::PruneArgs),
    /// Rename an existing container
    Rename(rename::RenameArgs),
    /// Display the running processes of a container
    Top(top::TopArgs),
    /// List port mappings or a specific mapping for the container
    Port(port::PortArgs),
    /// Pause all the processes in one or more containers
    Pause(limits::PauseArgs),
    /// Unpause the processes in one or more containers
    Unpause(limits::PauseArgs),
    /// Update an existing container's resource limits
    Update(limits::UpdateArgs),
    /// Display a live stream of container resource usage statistics
    Stats(limits::StatsArgs),
    /// Copy files/folders between a container and the local filesystem
    Cp(cp::CpArgs),
    /// Inspect changes to the container's file systems
    Diff(diff::DiffArgs),
    /// Create new image based on the changed container
    Commit(commit::CommitArgs),
    /// Export a container's filesystem contents as a tar archive
    Export(export::ExportArgs),
    /// Mount a working container's root filesystem (inside `berth unshare`)
    Mount(mount::MountArgs),
    /// Unmount working container's root filesystem
    #[command(alias = "unmount")]
    Umount(mount::UmountArgs),
}

#[derive(Subcommand, Debug)]
pub enum BuildxCommand {
    /// Build an image using instructions from Containerfiles
    Build(Box<build::BuildArgs>),
}

#[derive(Subcommand, Debug)]
pub enum ImageCommand {
    /// List images in local storage
    #[command(alias = "list")]
    Ls(images::ImagesArgs),
    /// Display the configuration of an image
    Inspect(inspect::ImageInspectArgs),
    /// Pull an image from a registry
    Pull(pull::PullArgs),
    /// Build an image using instructions from Containerfiles
    Build(Box<build::BuildArgs>),
    /// Push an image to a specified destination
    Push(push::PushArgs),
    /// Add an additional name to a local image
    Tag(tag::TagArgs),
    /// Remove a name from a local image
    Untag(tag::UntagArgs),
    /// Remove one or more images from local storage
    Rm(rmi::RmiArgs),
    /// Inspect changes to the image's file systems
    Diff(diff::ImageDiffArgs),
    /// Prints layer hierarchy of an image in a tree format
    Tree(tree::TreeArgs),
    /// Remove unused images
    Prune(rmi::PruneArgs),
    /// Check if an image exists in local storage
    Exists(images::ExistsArgs),
    /// Save image(s) to an archive
    Save(save::SaveArgs),
    /// Load image(s) from a tar archive
    Load(load::LoadArgs),
    /// Import a tarball to create a filesystem image
    Import(import::ImportArgs),
    /// Show history of a specified image
    History(history::HistoryArgs),
    /// Manage container image trust policy
    #[command(subcommand)]
    Trust(trust::TrustCommand),
}

/// Everything a command needs besides its own arguments.
pub struct Context {
    pub global: GlobalArgs,
}

impl Context {
    pub fn options(&self) -> GlobalOptions {
        GlobalOptions {
            root: self.global.root.clone(),
            runroot: self.global.runroot.clone(),
            storage_driver: self.global.storage_driver.clone(),
            storage_opts: self.global.storage_opt.clone(),
            cgroup_manager: self.global.cgroup_manager.clone(),
            runtime: self.global.runtime.clone(),
            runtime_flags: self.global.runtime_flag.clone(),
            default_mounts_file: self.global.default_mounts_file.clone(),
            events_backend: self.global.events_backend.clone(),
        }
    }

    /// The engine for this command, with the flags a child berth needs.
    pub fn engine(&self) -> anyhow::Result<crate::engine::Engine> {
        let mut child = Vec::new();
        if let Some(r) = &self.global.root {
            child.push("--root".to_string());
            child.push(r.display().to_string());
        }
        if let Some(r) = &self.global.runroot {
            child.push("--runroot".to_string());
            child.push(r.display().to_string());
        }
        if let Some(l) = &self.global.log_level {
            child.push(format!("--log-level={l}"));
        } else if self.global.debug {
            child.push("--log-level=debug".to_string());
        }
        if let Some(v) = &self.global.volumepath {
            child.push("--volumepath".to_string());
            child.push(v.display().to_string());
        }
        if let Some(r) = &self.global.runtime {
            child.push(format!("--runtime={r}"));
        }
        for f in &self.global.runtime_flag {
            child.push(format!("--runtime-flag={f}"));
        }
        if let Some(m) = &self.global.default_mounts_file {
            child.push("--default-mounts-file".to_string());
            child.push(m.display().to_string());
        }
        if let Some(b) = &self.global.events_backend {
            child.push(format!("--events-backend={b}"));
        }
        Ok(crate::engine::Engine::new(self.settings()?, child))
    }

    pub fn settings(&self) -> anyhow::Result<Settings> {
        let s = Settings::resolve(&self.options())?;
        for w in &s.warnings {
            output::warn(w);
        }
        // every command's events go to the log these settings name
        crate::engine::events::install(&s);
        Ok(s)
    }
}

/// The clap command tree (used for completions and man pages too).
pub fn command() -> clap::Command {
    Cli::command()
}

/// A flag given twice takes its last value, as podman's (cobra's) do (`--name a --name b`);
/// flags that collect (`-e`, `-v`, ...) keep every value.
fn last_wins(cmd: clap::Command) -> clap::Command {
    cmd.args_override_self(true).mut_subcommands(last_wins)
}

/// A boolean flag also takes a value after `=` (`--tty=false`, `--rm=true`), as cobra's do.
fn podman_bools(cmd: clap::Command) -> clap::Command {
    use clap::ArgAction;
    cmd.mut_args(|a| {
        // --remote, refused anyway, keeps podman's help line ("-r, --remote")
        if matches!(a.get_action(), ArgAction::SetTrue) && a.get_id() != "remote" {
            a.action(ArgAction::Set)
                .num_args(0..=1)
                .require_equals(true)
                .default_missing_value("true")
                .default_value("false")
                .value_parser(clap::builder::BoolishValueParser::new())
        } else {
            a
        }
    })
    .mut_subcommands(podman_bools)
}

/// The tree the command line is parsed with: podman's flag behaviour and help shape.
fn parsing_tree() -> clap::Command {
    help::shape(
        globals::adjust(podman_bools(last_wins(Cli::command()))),
        &help::bin_name(),
    )
}

/// Why parsing ended without a command to run.
enum Stop {
    Clap(clap::Error),
    /// `help [command]`: the help text to print
    Help(String),
}

fn parse() -> Result<Cli, Stop> {
    use clap::FromArgMatches;
    let matches = parsing_tree().try_get_matches().map_err(Stop::Clap)?;
    if let Some(("help", m)) = matches.subcommand() {
        let words: Vec<String> = m
            .get_many::<String>("command")
            .map(|w| w.cloned().collect())
            .unwrap_or_default();
        // exactly what `COMMAND --help` prints
        let line = std::iter::once(help::bin_name())
            .chain(words)
            .chain(std::iter::once("--help".to_string()));
        return match parsing_tree().try_get_matches_from(line) {
            Err(e) => Err(Stop::Clap(e)),
            Ok(_) => Err(Stop::Help(String::new())),
        };
    }
    Cli::from_arg_matches(&matches).map_err(Stop::Clap)
}

/// Parse the command line, run the command, and turn the outcome into an exit status.
pub fn main() -> ExitStatus {
    report::install();
    let cli = match parse() {
        Ok(c) => c,
        Err(Stop::Help(text)) => {
            output::out_raw(&text);
            return ExitStatus::Success;
        }
        Err(Stop::Clap(e)) => {
            use clap::error::ErrorKind;
            return match e.kind() {
                ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
                    let _ = e.print();
                    ExitStatus::Success
                }
                ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
                | ErrorKind::MissingSubcommand => {
                    let (help, error) = globals::missing_command(&mut parsing_tree());
                    output::out(&help);
                    output::err(&format!("Error: {error}"));
                    ExitStatus::Error
                }
                _ => {
                    let args: Vec<String> = std::env::args().skip(1).collect();
                    let words =
                        flag_error::render(&e, &mut parsing_tree(), &help::bin_name(), &args);
                    output::err(&format!("Error: {words}"));
                    ExitStatus::Error
                }
            };
        }
    };
    if let Err(line) = globals::log_level(&cli.global) {
        output::err(&line);
        return ExitStatus::External(1);
    }
    if let Err(e) = globals::refuse_remote(&cli.global) {
        output::err(&report::render(&e.into()));
        return ExitStatus::Error;
    }
    if let Some(v) = &cli.global.volumepath {
        crate::storage::volumes::set_path(v.clone());
    }
    if cli.global.noout {
        // podman's --noout: the command's stdout goes nowhere (errors still say why)
        if let Ok(null) = std::fs::OpenOptions::new().write(true).open("/dev/null") {
            let _ = nix::unistd::dup2_stdout(null);
        }
    }
    let ctx = Context {
        global: cli.global.clone(),
    };
    let result = dispatch(&ctx, cli.command);
    match result {
        Ok(status) => status,
        Err(e) => {
            if let Some(crate::error::Reported(status)) = e.downcast_ref() {
                return *status;
            }
            output::err(&report::render(&e));
            report::status_of(&e)
        }
    }
}

fn dispatch(ctx: &Context, command: Command) -> anyhow::Result<ExitStatus> {
    match command {
        Command::Version(a) => version::run(ctx, a),
        Command::Info(a) => info::run(ctx, a),
        Command::Pull(a) => pull::run(ctx, a),
        Command::Build(a) => build::run(ctx, *a),
        Command::Buildx(BuildxCommand::Build(a)) => build::run(ctx, *a),
        Command::Commit(a) => commit::run(ctx, a),
        Command::Push(a) => push::run(ctx, a),
        Command::Images(a) => images::run(ctx, a),
        Command::Inspect(a) => inspect::run(ctx, a),
        Command::Tag(a) => tag::run_tag(ctx, a),
        Command::Untag(a) => tag::run_untag(ctx, a),
        Command::Rmi(a) => rmi::run(ctx, a),
        Command::Save(a) => save::run(ctx, a),
        Command::Load(a) => load::run(ctx, a),
        Command::Import(a) => import::run(ctx, a),
        Command::History(a) => history::run(ctx, a),
        Command::Run(a) => run::run(ctx, a),
        Command::Ps(a) => ps::run(ctx, a),
        Command::Create(a) => run::create(ctx, a),
        Command::Start(a) => start::run(ctx, a),
        Command::Restart(a) => start::run_restart(ctx, a),
        Command::Unshare(a) => unshare::run(ctx, a),
        Command::Cp(a) => cp::run(ctx, a),
        Command::Diff(a) => diff::run(ctx, a),
        Command::Export(a) => export::run(ctx, a),
        Command::Mount(a) => mount::run_mount(ctx, a),
        Command::Umount(a) => mount::run_umount(ctx, a),
        Command::Container(sub) => match sub {
            ContainerCommand::Run(a) => run::run(ctx, a),
            ContainerCommand::Create(a) => run::create(ctx, a),
            ContainerCommand::Start(a) => start::run(ctx, a),
            ContainerCommand::Stop(a) => lifecycle::run_stop(ctx, a),
            ContainerCommand::Restart(a) => start::run_restart(ctx, a),
            ContainerCommand::Kill(a) => lifecycle::run_kill(ctx, a),
            ContainerCommand::Rm(a) => lifecycle::run_rm(ctx, a),
            ContainerCommand::Ps(a) => ps::run(ctx, a),
            ContainerCommand::Exec(a) => exec::run(ctx, a),
            ContainerCommand::Attach(a) => attach::run(ctx, a),
            ContainerCommand::Logs(a) => lifecycle::run_logs(ctx, a),
            ContainerCommand::Wait(a) => lifecycle::run_wait(ctx, a),
            ContainerCommand::Inspect(a) => inspect::run_container(ctx, a),
            ContainerCommand::Exists(a) => inspect::run_container_exists(ctx, a),
            ContainerCommand::Prune(a) => inspect::run_container_prune(ctx, a),
            ContainerCommand::Rename(a) => rename::run(ctx, a),
            ContainerCommand::Top(a) => top::run(ctx, a),
            ContainerCommand::Port(a) => port::run(ctx, a),
            ContainerCommand::Pause(a) => limits::run_pause(ctx, a),
            ContainerCommand::Unpause(a) => limits::run_unpause(ctx, a),
            ContainerCommand::Update(a) => limits::run_update(ctx, a),
            ContainerCommand::Stats(a) => limits::run_stats(ctx, a),
            ContainerCommand::Cp(a) => cp::run(ctx, a),
            ContainerCommand::Diff(a) => diff::run(ctx, a),
            ContainerCommand::Commit(a) => commit::run(ctx, a),
            ContainerCommand::Export(a) => export::run(ctx, a),
            ContainerCommand::Mount(a) => mount::run_mount(ctx, a),
            ContainerCommand::Umount(a) => mount::run_umount(ctx, a),
        },
        Command::Volume(c) => volume::run(ctx, c),
        Command::Doctor(a) => doctor::run(ctx, a),
        Command::Manifest(c) => manifest::run(ctx, c),
        Command::Network(c) => network::run(ctx, c),
        Command::NetnsHolder => {
            ctx.engine()?.netns_holder()?;
            Ok(ExitStatus::Success)
        }
        Command::Pod(c) => pod::run(ctx, c),
        Command::Generate(c) => systemd::run_generate(ctx, c),
        Command::Kube(c) => kube::run_kube(ctx, c),
        Command::Play(c) => kube::run_play(ctx, c),
        Command::Quadlet(a) => quadlet::run(ctx, a),
        Command::Exec(a) => exec::run(ctx, a),
        Command::Attach(a) => attach::run(ctx, a),
        Command::Stop(a) => lifecycle::run_stop(ctx, a),
        Command::Kill(a) => lifecycle::run_kill(ctx, a),
        Command::Rm(a) => lifecycle::run_rm(ctx, a),
        Command::Wait(a) => lifecycle::run_wait(ctx, a),
        Command::Logs(a) => lifecycle::run_logs(ctx, a),
        Command::Rename(a) => rename::run(ctx, a),
        Command::Top(a) => top::run(ctx, a),
        Command::Port(a) => port::run(ctx, a),
        Command::Pause(a) => limits::run_pause(ctx, a),
        Command::Unpause(a) => limits::run_unpause(ctx, a),
        Command::Update(a) => limits::run_update(ctx, a),
        Command::Stats(a) => limits::run_stats(ctx, a),
        Command::Events(a) => events::run(ctx, a),
        Command::System(c) => system::run(ctx, c),
        Command::Secret(c) => secret::run(ctx, c),
        Command::Healthcheck(c) => health::run(ctx, c),
        Command::Login(a) => login::run_login(ctx, a),
        Command::Logout(a) => login::run_logout(ctx, a),
        Command::Completion(a) => completion::run(a),
        Command::Complete(a) => complete::run(ctx, a, true),
        Command::CompleteNoDesc(a) => complete::run(ctx, a, false),
        Command::Image(sub) => match sub {
            ImageCommand::Ls(a) => images::run(ctx, a),
            ImageCommand::Inspect(a) => inspect::run_image(ctx, a),
            ImageCommand::Pull(a) => pull::run(ctx, a),
            ImageCommand::Build(a) => build::run(ctx, *a),
            ImageCommand::Push(a) => push::run(ctx, a),
            ImageCommand::Tag(a) => tag::run_tag(ctx, a),
            ImageCommand::Untag(a) => tag::run_untag(ctx, a),
            ImageCommand::Rm(a) => rmi::run(ctx, a),
            ImageCommand::Diff(a) => diff::run_image(ctx, a),
            ImageCommand::Tree(a) => tree::run(ctx, a),
            ImageCommand::Prune(a) => rmi::run_prune(ctx, a),
            ImageCommand::Exists(a) => images::run_exists(ctx, a),
            ImageCommand::Save(a) => save::run(ctx, a),
            ImageCommand::Load(a) => load::run(ctx, a),
            ImageCommand::Import(a) => import::run(ctx, a),
            ImageCommand::History(a) => history::run(ctx, a),
            ImageCommand::Trust(c) => trust::run(ctx, c),
        },
    }
}

/// Enter berth's user namespace for work on the store (see `engine::namespace`). Must run
/// before any thread is started.
pub fn enter_userns() -> anyhow::Result<crate::userns::IdMap> {
    crate::engine::namespace::enter(crate::engine::Enter::Store)
}

/// The name a command was given for `c` (podman echoes it), else its ID.
pub fn given_name<'a>(names: &'a [String], c: &'a crate::runtime::container::Container) -> &'a str {
    names
        .iter()
        .find(|n| c.id.starts_with(n.as_str()) || *n == c.name())
        .map(String::as_str)
        .unwrap_or(&c.id)
}

/// A container's exit code as berth's own.
pub fn exit_status(code: i32) -> ExitStatus {
    if code == 0 {
        ExitStatus::Success
    } else {
        ExitStatus::External(code)
    }
}

/// A current-thread tokio runtime for the registry client.
pub fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| UserError::new(format!("cannot start the async runtime: {e}")).into())
}
