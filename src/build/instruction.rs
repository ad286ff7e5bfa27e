//! The syntax tree of a Containerfile: stages, instructions and their arguments.
//!
//! Values are kept as written (unexpanded, quotes kept where Docker keeps them until
//! expansion): the executor expands them with [`crate::build::expand`] in the scope of the step,
//! because the values of `ARG` and `ENV` are only known while building.

use std::time::Duration;

/// A whole parsed Containerfile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Containerfile {
    /// The file name used in error messages (as given to [`crate::build::parser::parse`]).
    pub file: String,
    /// The escape character (`\` unless a `# escape=` directive says `` ` ``); expansion of
    /// this file's words must use it too.
    pub escape: char,
    /// The `ARG`s before the first `FROM`, one entry per name (an `ARG a b=1` gives two),
    /// each spanned by its `ARG` instruction. Only `FROM` lines see them, unless a stage
    /// declares the name again (`ARG a` without a value takes the global value).
    pub global_args: Vec<Spanned<ArgDecl>>,
    /// The build stages, in order; never empty.
    pub stages: Vec<Stage>,
}

impl Containerfile {
    /// The stage a `--from=` / `FROM` / `--mount=from=` reference names: a stage name (stage
    /// names are lower case, the lookup is not case sensitive) or a stage index (`0`, `1`, …).
    /// `None` means the reference is an image, not a stage.
    pub fn stage(&self, name_or_index: &str) -> Option<&Stage> {
        let lower = name_or_index.to_ascii_lowercase();
        if let Some(stage) = self
            .stages
            .iter()
            .find(|s| s.name.as_deref() == Some(&lower))
        {
            return Some(stage);
        }
        if !lower.is_empty() && lower.bytes().all(|b| b.is_ascii_digit()) {
            return lower.parse::<usize>().ok().and_then(|i| self.stages.get(i));
        }
        None
    }

    /// Every step in order, numbered from 1 across the stages as podman's
    /// `STEP n/N: <text>` log does (N is [`Containerfile::step_count`]).
    pub fn steps(&self) -> impl Iterator<Item = (usize, &Stage, &Spanned<Instruction>)> {
        self.stages
            .iter()
            .flat_map(|stage| stage.instructions.iter().map(move |i| (stage, i)))
            .enumerate()
            .map(|(n, (stage, i))| (n + 1, stage, i))
    }

    /// The number of steps podman counts in `STEP n/N:` (every instruction of every stage,
    /// each `FROM` included).
    pub fn step_count(&self) -> usize {
        self.stages.iter().map(|s| s.instructions.len()).sum()
    }
}

/// One build stage: a `FROM` and the instructions up to the next `FROM`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stage {
    /// The position of the stage in the file (0-based), as `--from=0` names it.
    pub index: usize,
    /// The `AS` name, lower-cased, if any.
    pub name: Option<String>,
    /// The base image or stage as written (unexpanded: it may hold `$VAR`s of the global args).
    pub base: String,
    /// `--platform=` as written (unexpanded), if given.
    pub platform: Option<String>,
    /// The stage's instructions. The first is always the stage's `FROM`, so iterating gives
    /// every step podman logs.
    pub instructions: Vec<Spanned<Instruction>>,
}

/// A value with the place it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spanned<T> {
    /// 1-based line of the instruction's first line.
    pub line: usize,
    /// 1-based line of its last line (the heredoc terminators included).
    pub end_line: usize,
    /// The instruction as written, continuation lines joined (escape characters and the
    /// line breaks removed, as Docker's "original" text), leading and trailing blanks trimmed.
    /// Heredoc bodies are not part of it: they are in the syntax tree. This is the text of
    /// podman's `STEP 3/9: RUN make`.
    pub text: String,
    pub value: T,
}

/// A Containerfile instruction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Instruction {
    From(From),
    Run(Run),
    Cmd(CommandLine),
    Entrypoint(CommandLine),
    /// `SHELL ["executable", "param", …]` (never empty).
    Shell(Vec<String>),
    Copy(CopyArgs),
    Add(CopyArgs),
    /// `ENV` pairs; keys and values as written (values keep their quotes until expanded).
    Env(Vec<KeyValue>),
    /// `ARG` declarations inside a stage.
    Arg(Vec<ArgDecl>),
    /// `LABEL` pairs, as written.
    Label(Vec<KeyValue>),
    /// `EXPOSE` words as written (`80`, `53/udp`, `$PORT`).
    Expose(Vec<String>),
    Workdir(String),
    User(String),
    /// `VOLUME` paths (JSON or whitespace-separated form).
    Volume(Vec<String>),
    StopSignal(String),
    Healthcheck(Healthcheck),
    Onbuild(Onbuild),
    Maintainer(String),
}

impl Instruction {
    /// The instruction's keyword in upper case, as podman logs it.
    pub fn keyword(&self) -> &'static str {
        match self {
            Instruction::From(_) => "FROM",
            Instruction::Run(_) => "RUN",
            Instruction::Cmd(_) => "CMD",
            Instruction::Entrypoint(_) => "ENTRYPOINT",
            Instruction::Shell(_) => "SHELL",
            Instruction::Copy(_) => "COPY",
            Instruction::Add(_) => "ADD",
            Instruction::Env(_) => "ENV",
            Instruction::Arg(_) => "ARG",
            Instruction::Label(_) => "LABEL",
            Instruction::Expose(_) => "EXPOSE",
            Instruction::Workdir(_) => "WORKDIR",
            Instruction::User(_) => "USER",
            Instruction::Volume(_) => "VOLUME",
            Instruction::StopSignal(_) => "STOPSIGNAL",
            Instruction::Healthcheck(_) => "HEALTHCHECK",
            Instruction::Onbuild(_) => "ONBUILD",
            Instruction::Maintainer(_) => "MAINTAINER",
        }
    }

    /// Whether Docker expands variables in this instruction's arguments now: ADD COPY ENV
    /// EXPOSE FROM LABEL STOPSIGNAL USER VOLUME WORKDIR, and ARG (its default, through
    /// [`crate::build::expand::BuildArgs::stage_value`]). The shell text of RUN, CMD and
    /// ENTRYPOINT is left to the shell (RUN's `--mount` values are expanded all the same); an ONBUILD trigger is expanded when it runs, in the
    /// build that uses the image. [`crate::build::expand::expand_instruction`] does it.
    pub fn expands(&self) -> bool {
        !matches!(
            self,
            Instruction::Run(_)
                | Instruction::Cmd(_)
                | Instruction::Entrypoint(_)
                | Instruction::Shell(_)
                | Instruction::Healthcheck(_)
                | Instruction::Maintainer(_)
                | Instruction::Onbuild(_)
        )
    }
}

/// `FROM [--platform=P] image [AS name]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct From {
    /// The image (or stage) as written, unexpanded.
    pub image: String,
    /// The stage name, lower-cased.
    pub name: Option<String>,
    /// `--platform=` as written, unexpanded.
    pub platform: Option<String>,
}

/// The two forms of a command.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CommandLine {
    /// Shell form: the text is given to the `SHELL` (default `/bin/sh -c`) unexpanded.
    Shell(String),
    /// Exec form (a JSON array): run as is.
    Exec(Vec<String>),
}

/// `RUN [--mount=…] [--network=…] [--security=…] command`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run {
    pub command: CommandLine,
    /// The heredocs of the line, in order. When the shell command is only a heredoc
    /// (`RUN <<EOF`), [`Run::script`] gives the script to run; otherwise they are files the
    /// command reads (`RUN python3 <<EOF`, `RUN 3<<EOF cat /dev/fd/3`).
    pub heredocs: Vec<Heredoc>,
    pub mounts: Vec<RunMount>,
    pub network: Option<RunNetwork>,
    pub security: Option<RunSecurity>,
}

impl Run {
    /// For `RUN <<EOF` (the whole command a single heredoc, as buildkit recognises it): the
    /// heredoc, whose body is the script to run (through the shell, or directly when it starts
    /// with `#!`).
    pub fn script(&self) -> Option<&Heredoc> {
        match (&self.command, self.heredocs.as_slice()) {
            (CommandLine::Shell(text), [only]) => {
                let word = text.trim();
                let parsed = crate::build::parser::parse_heredoc_word(word)?;
                (parsed.name == only.name).then_some(only)
            }
            _ => None,
        }
    }
}

/// A heredoc: `<<EOF`, `<<-EOF` (leading tabs stripped), `<<"EOF"` / `<<'EOF'` (no expansion).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heredoc {
    /// The terminator word, quotes removed (for `COPY` it is the file name).
    pub name: String,
    /// The body: every line up to the terminator, each ending in `\n`. For `<<-` the leading
    /// tabs are already stripped from each line.
    pub body: String,
    /// Whether variables in the body are expanded (false when the word was quoted).
    pub expand: bool,
    /// Whether it was `<<-` (leading tabs stripped from the body and the terminator).
    pub chomp: bool,
    /// The file descriptor before `<<` (`3<<EOF`), if any.
    pub fd: Option<u32>,
}

/// The `--network=` of a RUN.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RunNetwork {
    Default,
    None,
    Host,
}

/// The `--security=` of a RUN.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RunSecurity {
    Sandbox,
    Insecure,
}

/// The `type=` of a `RUN --mount`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MountType {
    Bind,
    Cache,
    Tmpfs,
    Secret,
    Ssh,
}

/// The `sharing=` of a cache mount.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CacheSharing {
    #[default]
    Shared,
    Private,
    Locked,
}

/// One `RUN --mount=…`, with buildkit's defaults filled in.
///
/// Mount values may hold variables (`target=$CACHE_DIR`): as parsed, such values are kept as
/// written (numbers and types holding `$` are left at their defaults);
/// [`crate::build::expand::expand_instruction`] parses [`RunMount::spec`] again with the
/// step's variables.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunMount {
    /// The `--mount` value as written.
    pub spec: String,
    pub kind: MountType,
    /// Where it appears in the container. Always set: secrets default to
    /// `/run/secrets/<id>`, ssh to `/run/buildkit/ssh_agent.<n>`; the others require it.
    pub target: String,
    /// `source=`/`src=`: a path in the context or in `from` (bind, cache).
    pub source: Option<String>,
    /// `from=`: a stage or an image (bind, cache).
    pub from: Option<String>,
    /// Read-only (default for bind, secret, ssh; `rw` turns it off).
    pub readonly: bool,
    /// `id=` (cache id; defaults to the target for caches; the secret/ssh id).
    pub id: Option<String>,
    pub sharing: CacheSharing,
    /// `mode=` (octal).
    pub mode: Option<u32>,
    pub uid: Option<u32>,
    pub gid: Option<u32>,
    /// `size=` of a tmpfs, in bytes.
    pub size: Option<u64>,
    /// `required` (secret, ssh): fail when the secret is not provided.
    pub required: bool,
    /// `env=` of a secret: expose it as this environment variable.
    pub env: Option<String>,
}

/// `COPY` and `ADD` arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CopyArgs {
    /// The sources in order (at least one); heredoc sources carry their content.
    pub sources: Vec<CopySource>,
    /// The destination as written (last argument).
    pub dest: String,
    /// Whether the JSON form was used.
    pub json: bool,
    /// `--from=` (COPY only): a stage name or index, or an image.
    pub from: Option<String>,
    pub chown: Option<String>,
    pub chmod: Option<String>,
    pub link: bool,
    /// `--parents` (COPY only).
    pub parents: bool,
    /// `--exclude=` patterns, in order.
    pub exclude: Vec<String>,
    /// `--keep-git-dir` (ADD only).
    pub keep_git_dir: bool,
    /// `--checksum=` (ADD only).
    pub checksum: Option<String>,
}

/// One source of a COPY/ADD.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CopySource {
    /// A path (or glob, or URL for ADD) as written.
    Path(String),
    /// `<<name`: a file called `name` with the heredoc's body.
    Heredoc(Heredoc),
}

/// A `KEY=value` of ENV or LABEL, as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyValue {
    pub key: String,
    pub value: String,
}

/// One name of an `ARG`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArgDecl {
    pub name: String,
    /// The default as written (quotes kept: expand it to remove them), if any.
    pub default: Option<String>,
}

/// `HEALTHCHECK`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Healthcheck {
    /// `HEALTHCHECK NONE`: disable the base image's check.
    None,
    /// `HEALTHCHECK [flags] CMD …`. The image config's `Test` is `["CMD-SHELL", text]` for the
    /// shell form and `["CMD", args…]` for the exec form.
    Check {
        test: CommandLine,
        interval: Option<Duration>,
        timeout: Option<Duration>,
        start_period: Option<Duration>,
        start_interval: Option<Duration>,
        retries: Option<u32>,
    },
}

/// `ONBUILD <instruction>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Onbuild {
    /// The trigger text as written after `ONBUILD` (what goes into the image config).
    pub trigger: String,
    /// The trigger parsed (never FROM, MAINTAINER or ONBUILD).
    pub instruction: Box<Instruction>,
}
