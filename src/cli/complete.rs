//! `berth __complete ARGS... TO_COMPLETE` (and `__completeNoDesc`): cobra's hidden protocol,
//! which podman's completion scripts call. It walks the clap tree along the words typed so
//! far and lists the candidates for the last word (subcommands, flags, or the names of
//! containers, images, pods, volumes, networks and secrets where the argument takes them),
//! then a `:DIRECTIVE` line, and cobra's "Completion ended with directive: ..." on stderr.

use super::Context;
use crate::error::ExitStatus;
use crate::output;
use clap::Args;

#[derive(Args, Debug)]
pub struct CompleteArgs {
    /// The words of the command line after the program name; the last one is being completed
    #[arg(trailing_var_arg = true, allow_hyphen_values = true, num_args = 0..)]
    pub words: Vec<String>,
}

// cobra's ShellCompDirective bits
const NO_SPACE: u32 = 2;
const NO_FILE_COMP: u32 = 4;

fn directive_names(d: u32) -> String {
    if d == 0 {
        return "ShellCompDirectiveDefault".into();
    }
    let names = [
        (1, "ShellCompDirectiveError"),
        (NO_SPACE, "ShellCompDirectiveNoSpace"),
        (NO_FILE_COMP, "ShellCompDirectiveNoFileComp"),
        (8, "ShellCompDirectiveFilterFileExt"),
        (16, "ShellCompDirectiveFilterDirs"),
        (32, "ShellCompDirectiveKeepOrder"),
    ];
    names
        .iter()
        .filter(|(b, _)| d & b != 0)
        .map(|(_, n)| *n)
        .collect::<Vec<_>>()
        .join(", ")
}

/// What an argument (or a flag's value) names.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Container,
    Image,
    Pod,
    Volume,
    Network,
    Secret,
    /// registries.conf's unqualified-search registries (podman's `AutocompleteRegistries`)
    Registry,
    /// A path on the host, a command or free text: the shell's own file completion.
    Files,
    /// Nothing berth can list.
    Nothing,
}

fn kind_of(value_name: &str) -> Kind {
    let v = value_name.to_ascii_uppercase();
    if v.contains("CONTAINER") {
        Kind::Container
    } else if v.contains("IMAGE") {
        Kind::Image
    } else if v.contains("POD") {
        Kind::Pod
    } else if v.contains("VOLUME") {
        Kind::Volume
    } else if v.contains("NETWORK") {
        Kind::Network
    } else if v.contains("SECRET") {
        Kind::Secret
    } else if v.contains("REGISTRY") {
        Kind::Registry
    } else if [
        "PATH", "FILE", "DIR", "COMMAND", "ARG", "CONTEXT", "URI", "SRC", "DEST",
    ]
    .iter()
    .any(|k| v.contains(k))
    {
        Kind::Files
    } else {
        Kind::Nothing
    }
}

fn value_name(a: &clap::Arg) -> String {
    a.get_value_names()
        .and_then(|v| v.first().map(|s| s.to_string()))
        .unwrap_or_else(|| a.get_id().to_string())
}

fn takes_value(a: &clap::Arg) -> bool {
    a.get_num_args().is_some_and(|n| n.takes_values())
        && !matches!(
            a.get_action(),
            clap::ArgAction::SetTrue
                | clap::ArgAction::SetFalse
                | clap::ArgAction::Count
                | clap::ArgAction::Help
                | clap::ArgAction::Version
        )
}

/// The flag a typed word names (`--name`, `--name=x`, `-n`, `-itn`: the last short letter).
fn flag_of<'a>(cmd: &'a clap::Command, word: &str) -> Option<&'a clap::Arg> {
    if let Some(long) = word.strip_prefix("--") {
        let long = long.split('=').next().unwrap_or(long);
        cmd.get_arguments().find(|a| {
            a.get_long() == Some(long) || a.get_all_aliases().is_some_and(|al| al.contains(&long))
        })
    } else if let Some(shorts) = word.strip_prefix('-') {
        let c = shorts.chars().last()?;
        cmd.get_arguments().find(|a| a.get_short() == Some(c))
    } else {
        None
    }
}

fn names_of(ctx: &Context, kind: Kind, prefix: &str) -> Vec<String> {
    let Ok(settings) = ctx.settings() else {
        return Vec::new();
    };
    let root = settings.paths.graph_root.clone();
    let mut out: Vec<String> = Vec::new();
    match kind {
        Kind::Container => {
            for c in crate::runtime::container::list(&root) {
                out.push(c.config.spec.name.clone());
                if prefix.len() >= 2 {
                    out.push(c.id.chars().take(12).collect());
                }
            }
        }
        Kind::Image => {
            if let Ok(store) = crate::storage::store::Store::open(&root, false) {
                for i in store.images().unwrap_or_default() {
                    for n in &i.names {
                        out.push(n.clone());
                        // the name without its registry, once something is typed
                        if !prefix.is_empty() {
                            if let Some((_, short)) = n.split_once('/') {
                                out.push(short.to_string());
                            }
                        }
                    }
                    if prefix.len() >= 2 {
                        out.push(i.id.chars().take(12).collect());
                    }
                }
            }
        }
        Kind::Pod => out.extend(
            crate::storage::pods::list(&root)
                .into_iter()
                .map(|p| p.name),
        ),
        Kind::Volume => out.extend(
            crate::storage::volumes::list(&root)
                .into_iter()
                .map(|v| v.name),
        ),
        Kind::Network => out.extend(
            crate::network::records::list(&root)
                .into_iter()
                .map(|n| n.name),
        ),
        Kind::Secret => {
            if let Ok(s) = crate::storage::secrets::Secrets::open(&root) {
                out.extend(s.list().unwrap_or_default().into_iter().map(|s| s.name));
            }
        }
        Kind::Registry => {
            if let Ok(conf) = crate::config::registries::RegistriesConf::load() {
                out.extend(conf.search_registries().iter().cloned());
            }
        }
        Kind::Files | Kind::Nothing => {}
    }
    out.retain(|n| n.starts_with(prefix));
    out.dedup();
    out
}

/// The layer directories of an image (or of a container: its upper dir first), top first.
fn rootfs_layers(ctx: &Context, name: &str, container: bool) -> Vec<std::path::PathBuf> {
    let Ok(settings) = ctx.settings() else {
        return Vec::new();
    };
    let root = settings.paths.graph_root.clone();
    let Ok(store) = crate::storage::store::Store::open(&root, false) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let image = if container {
        let Ok(c) = crate::runtime::container::find(&root, name) else {
            return Vec::new();
        };
        out.push(c.dir.join("upper"));
        c.config.image_id.clone()
    } else {
        name.to_string()
    };
    let Ok(img) = store.find_image(&image) else {
        return Vec::new();
    };
    out.extend(img.layers.iter().rev().filter_map(|d| store.layer_diff(d)));
    out
}

/// The entries of `dir` (absolute, inside the rootfs) in the union of `layers` (top first):
/// (name, is a directory). An overlay whiteout (a 0/0 character device) hides what is below.
fn union_entries(layers: &[std::path::PathBuf], dir: &str) -> Vec<(String, bool)> {
    use std::os::unix::fs::FileTypeExt;
    let mut seen: std::collections::BTreeMap<String, Option<bool>> = Default::default();
    for l in layers {
        let Ok(rd) = std::fs::read_dir(l.join(dir.trim_start_matches('/'))) else {
            continue;
        };
        for e in rd.flatten() {
            let n = e.file_name().to_string_lossy().into_owned();
            if seen.contains_key(&n) {
                continue;
            }
            let Ok(md) = std::fs::symlink_metadata(e.path()) else {
                continue;
            };
            let whiteout = md.file_type().is_char_device() && {
                use std::os::unix::fs::MetadataExt;
                md.rdev() == 0
            };
            seen.insert(n, (!whiteout).then(|| md.is_dir()));
        }
    }
    seen.into_iter()
        .filter_map(|(n, d)| d.map(|d| (n, d)))
        .collect()
}

/// Paths inside a rootfs for `word` (podman's rootfs completion: `..` stays at the root;
/// a single directory that matches is listed too).
fn rootfs_paths(layers: &[std::path::PathBuf], word: &str) -> Vec<String> {
    if layers.is_empty() {
        return Vec::new();
    }
    let (typed_dir, base) = match word.rfind('/') {
        Some(i) => (&word[..=i], &word[i + 1..]),
        None => ("", word),
    };
    let mut parts: Vec<&str> = Vec::new();
    for c in typed_dir.split('/') {
        match c {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            c => parts.push(c),
        }
    }
    let dir = format!("/{}", parts.join("/"));
    let shown = if typed_dir.is_empty() { "/" } else { typed_dir };
    let matches: Vec<(String, bool)> = union_entries(layers, &dir)
        .into_iter()
        .filter(|(n, _)| n.starts_with(base))
        .collect();
    let mut out: Vec<String> = matches
        .iter()
        .map(|(n, d)| format!("{shown}{n}{}", if *d { "/" } else { "" }))
        .collect();
    if let [(n, true)] = matches.as_slice() {
        let sub = format!("{}/{n}", dir.trim_end_matches('/'));
        for (m, d) in union_entries(layers, &sub) {
            out.push(format!("{shown}{n}/{m}{}", if d { "/" } else { "" }));
        }
    }
    out
}

fn about(c: &clap::Command) -> String {
    c.get_about()
        .map(|s| s.to_string())
        .unwrap_or_default()
        .lines()
        .next()
        .unwrap_or("")
        .to_string()
}

/// The candidates and the directive for `words` (the last is the word being completed).
fn complete(ctx: &Context, words: &[String], desc: bool) -> (Vec<String>, u32) {
    let mut root = super::command();
    root.build();
    let (typed, to_complete) = match words.split_last() {
        Some((last, rest)) => (rest, last.as_str()),
        None => (&[][..], ""),
    };
    let mut cmd = &root;
    let mut path: Vec<String> = Vec::new();
    let mut positionals = 0usize;
    let mut pos_words: Vec<&str> = Vec::new();
    let mut pending_flag: Option<&clap::Arg> = None;
    let mut after_dashes = false;
    for w in typed {
        if pending_flag.take().is_some() {
            continue;
        }
        if !after_dashes && w == "--" {
            after_dashes = true;
            continue;
        }
        if !after_dashes && w.starts_with('-') && w.len() > 1 {
            if let Some(a) = flag_of(cmd, w) {
                if takes_value(a) && !w.contains('=') && !a.is_require_equals_set() {
                    pending_flag = Some(a);
                }
            }
            continue;
        }
        if positionals == 0 {
            if let Some(sub) = cmd.find_subcommand(w) {
                cmd = sub;
                path.push(sub.get_name().to_string());
                continue;
            }
        }
        positionals += 1;
        pos_words.push(w);
    }
    let name = cmd.get_name();
    // a flag's value
    if let Some(a) = pending_flag {
        let kind = match a.get_long() {
            Some("network" | "net") => Kind::Network,
            Some("pod") => Kind::Pod,
            Some("secret") => Kind::Secret,
            _ => kind_of(&value_name(a)),
        };
        let possible: Vec<String> = a
            .get_possible_values()
            .iter()
            .map(|p| p.get_name().to_string())
            .filter(|p| p.starts_with(to_complete))
            .collect();
        if !possible.is_empty() {
            return (possible, NO_FILE_COMP);
        }
        return match kind {
            Kind::Files => (Vec::new(), 0),
            k => (names_of(ctx, k, to_complete), NO_FILE_COMP),
        };
    }
    // flags
    if !after_dashes && to_complete.starts_with('-') {
        let mut out = Vec::new();
        for a in cmd.get_arguments() {
            if a.is_hide_set() || a.is_positional() {
                continue;
            }
            let help = a
                .get_help()
                .map(|h| h.to_string())
                .unwrap_or_default()
                .lines()
                .next()
                .unwrap_or("")
                .to_string();
            let mut add = |flag: String| {
                if flag.starts_with(to_complete) {
                    out.push(if desc && !help.is_empty() {
                        format!("{flag}\t{help}")
                    } else {
                        flag
                    });
                }
            };
            if let Some(l) = a.get_long() {
                add(format!("--{l}"));
            }
            if !to_complete.starts_with("--") {
                if let Some(s) = a.get_short() {
                    add(format!("-{s}"));
                }
            }
        }
        return (out, NO_FILE_COMP);
    }
    // subcommands
    if positionals == 0 && cmd.has_subcommands() {
        let out = cmd
            .get_subcommands()
            .filter(|s| !s.is_hide_set() && s.get_name() != "help")
            .filter(|s| s.get_name().starts_with(to_complete))
            .map(|s| {
                if desc {
                    format!("{}\t{}", s.get_name(), about(s))
                } else {
                    s.get_name().to_string()
                }
            })
            .collect();
        return (out, NO_FILE_COMP);
    }
    // the positional argument at this place (the last one takes the rest when it repeats)
    let pos: Vec<&clap::Arg> = cmd.get_positionals().collect();
    let arg = pos.get(positionals).copied().or_else(|| {
        pos.last()
            .copied()
            .filter(|a| a.get_num_args().is_some_and(|n| n.max_values() > 1))
    });
    let Some(arg) = arg else {
        return (Vec::new(), NO_FILE_COMP);
    };
    let mut kind = kind_of(&value_name(arg));
    // `volume rm NAME`, `network inspect NAME`, ...: the group says what the name is
    if kind == Kind::Nothing && name != "create" {
        kind = match path.first().map(String::as_str) {
            Some("volume") => Kind::Volume,
            Some("network") => Kind::Network,
            Some("pod") => Kind::Pod,
            Some("secret") => Kind::Secret,
            _ => kind,
        };
    }
    // `cp`: a container as `NAME:` (its paths follow without a space), or a host path
    if name == "cp" && matches!(kind, Kind::Files | Kind::Container) {
        if let Some((c, path)) = to_complete.split_once(':') {
            let layers = rootfs_layers(ctx, c, true);
            let out = rootfs_paths(&layers, if path.is_empty() { "/" } else { path })
                .into_iter()
                .map(|p| format!("{c}:{p}"))
                .collect();
            return (out, NO_SPACE);
        }
        let out = names_of(ctx, Kind::Container, to_complete.trim_end_matches(':'))
            .into_iter()
            .map(|n| format!("{n}:"))
            .filter(|n| n.starts_with(to_complete))
            .collect();
        return (out, NO_SPACE);
    }
    // `run`/`create IMAGE PATH`: paths inside the image
    if (name == "run" || name == "create") && positionals >= 1 && kind == Kind::Files {
        let image = pos_words.first().copied().unwrap_or_default();
        let out = rootfs_paths(&rootfs_layers(ctx, image, false), to_complete);
        let directive = if out.is_empty() { 0 } else { NO_SPACE };
        return (out, directive);
    }
    match kind {
        Kind::Files => (Vec::new(), 0),
        k => (names_of(ctx, k, to_complete), NO_FILE_COMP),
    }
}

pub fn run(ctx: &Context, a: CompleteArgs, desc: bool) -> anyhow::Result<ExitStatus> {
    let (candidates, directive) = complete(ctx, &a.words, desc);
    for c in &candidates {
        output::out(c);
    }
    output::out(&format!(":{directive}"));
    output::err(&format!(
        "Completion ended with directive: {}",
        directive_names(directive)
    ));
    Ok(ExitStatus::Success)
}
