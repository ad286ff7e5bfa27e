//! `system df`, `system prune`, `system reset` and `system check`: the store as a whole.
//!
//! `check` looks for what a killed berth or a file deleted by hand leaves: images whose
//! layers or config are gone, layers no image uses, unfinished work in `tmp/`, container
//! directories whose `rm` was cut short, containers whose image is gone, containers recorded
//! as running whose processes are dead. With `repair` it fixes each the way the store's own
//! repair does (a damaged image's record goes; its containers only with `force`).

use super::{Engine, Enter, State};
use crate::error::UserError;
use crate::runtime::container::{self, Container};
use crate::storage::{volumes, ImageRecord, Store};
use std::collections::HashMap;
use std::os::unix::fs::MetadataExt;
use std::path::Path;

/// Bytes used by the files under `dir` (apparent sizes; hard links once; symlinks not
/// followed). A missing directory is empty.
pub fn dir_size(dir: &Path) -> u64 {
    let mut total = 0;
    let mut seen = std::collections::HashSet::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in rd.flatten() {
            let Ok(md) = e.path().symlink_metadata() else {
                continue;
            };
            if md.is_dir() {
                stack.push(e.path());
            } else if md.nlink() <= 1 || seen.insert((md.dev(), md.ino())) {
                total += md.len();
            }
        }
    }
    total
}

pub struct DfImage {
    pub record: ImageRecord,
    pub size: u64,
    pub shared: u64,
    pub containers: usize,
}

pub struct DfContainer {
    pub container: Container,
    pub state: State,
    pub volumes: usize,
    pub rw_size: u64,
}

pub struct DfVolume {
    pub name: String,
    pub links: usize,
    pub size: u64,
}

/// What `system df` shows.
pub struct DfReport {
    pub images: Vec<DfImage>,
    pub containers: Vec<DfContainer>,
    pub volumes: Vec<DfVolume>,
}

/// What `system prune` removed.
#[derive(Default)]
pub struct PruneReport {
    pub containers: Vec<String>,
    pub volumes: Vec<String>,
    pub images: Vec<String>,
    pub reclaimed: u64,
}

/// `system prune` and `reset` options.
#[derive(Debug, Clone, Default)]
pub struct PruneOptions {
    /// Every image no container uses, not only dangling ones.
    pub all: bool,
    /// Unused volumes too.
    pub volumes: bool,
    /// `label=K[=V]`, `label!=K[=V]`, `until=TIME`.
    pub filters: Vec<String>,
}

/// One problem `system check` found, and whether it was repaired.
pub struct Finding {
    pub kind: &'static str,
    pub what: String,
    pub detail: String,
    pub repaired: bool,
}

enum PruneFilter {
    Label {
        key: String,
        value: Option<String>,
        negate: bool,
    },
    Until(i64),
}

fn parse_prune_filters(given: &[String]) -> Result<Vec<PruneFilter>, UserError> {
    given
        .iter()
        .map(|f| {
            let bad = || {
                UserError::new(format!("invalid filter {f:?}")).with_hint(
                    "system prune filters are label=KEY[=VALUE], label!=KEY[=VALUE] and until=TIME",
                )
            };
            if let Some(v) = f.strip_prefix("label!=") {
                let (k, val) = v.split_once('=').map_or((v, None), |(k, x)| (k, Some(x)));
                return Ok(PruneFilter::Label {
                    key: k.into(),
                    value: val.map(str::to_string),
                    negate: true,
                });
            }
            if let Some(v) = f.strip_prefix("label=") {
                let (k, val) = v.split_once('=').map_or((v, None), |(k, x)| (k, Some(x)));
                return Ok(PruneFilter::Label {
                    key: k.into(),
                    value: val.map(str::to_string),
                    negate: false,
                });
            }
            if let Some(v) = f.strip_prefix("until=") {
                let t = super::events::parse_input_time(v, true).ok_or_else(bad)?;
                return Ok(PruneFilter::Until(t.secs()));
            }
            Err(bad())
        })
        .collect()
}

fn passes(
    filters: &[PruneFilter],
    labels: &std::collections::BTreeMap<String, String>,
    created: i64,
) -> bool {
    filters.iter().all(|f| match f {
        PruneFilter::Label { key, value, negate } => {
            let has = labels
                .get(key)
                .is_some_and(|v| value.as_ref().is_none_or(|want| want == v));
            has != *negate
        }
        PruneFilter::Until(t) => created < *t,
    })
}

fn image_labels(store: &Store, i: &ImageRecord) -> std::collections::BTreeMap<String, String> {
    super::commit::image_config_json(store, i)
        .ok()
        .and_then(|c| {
            c.pointer("/config/Labels")
                .and_then(|l| serde_json::from_value(l.clone()).ok())
        })
        .unwrap_or_default()
}

impl Engine {
    /// `system df`: sizes of images, containers and volumes. Enters berth's user namespace
    /// (container and volume files belong to subordinate ids).
    pub fn df(&self) -> anyhow::Result<DfReport> {
        super::namespace::enter(Enter::Store)?;
        let store = Store::open(self.root(), false)?;
        let images = store.images()?;
        let containers = self.list();
        let mut layer_users: HashMap<&str, usize> = HashMap::new();
        for i in &images {
            for l in &i.layers {
                *layer_users.entry(l.as_str()).or_default() += 1;
            }
        }
        let layer_size = |d: &str| store.layer_record(d).map(|r| r.size).unwrap_or(0);
        let df_images = images
            .iter()
            .map(|i| {
                let shared = i
                    .layers
                    .iter()
                    .filter(|l| layer_users.get(l.as_str()).copied().unwrap_or(0) > 1)
                    .map(|l| layer_size(l))
                    .sum();
                DfImage {
                    record: i.clone(),
                    size: i.size,
                    shared,
                    containers: containers
                        .iter()
                        .filter(|c| c.config.image_id == i.id)
                        .count(),
                }
            })
            .collect();
        let in_use = container::volumes_in_use(self.root());
        let df_containers = containers
            .into_iter()
            .map(|c| {
                let volumes = c
                    .config
                    .spec
                    .mounts
                    .iter()
                    .filter(|m| m.name.is_some())
                    .count();
                let rw_size = dir_size(&c.dir.join("upper"));
                DfContainer {
                    state: State::of(&c),
                    container: c,
                    volumes,
                    rw_size,
                }
            })
            .collect();
        let df_volumes = volumes::list(self.root())
            .into_iter()
            .map(|v| DfVolume {
                links: in_use.iter().filter(|n| **n == v.name).count(),
                size: dir_size(&v.mountpoint),
                name: v.name,
            })
            .collect();
        Ok(DfReport {
            images: df_images,
            containers: df_containers,
            volumes: df_volumes,
        })
    }

    /// `system prune`: stopped containers, then (with `volumes`) volumes no container uses,
    /// then dangling images (every unused one with `all`), then unused layers and blobs.
    pub fn system_prune(&self, o: &PruneOptions) -> anyhow::Result<PruneReport> {
        let filters = parse_prune_filters(&o.filters)?;
        let mut report = PruneReport::default();
        let dead: Vec<Container> = self
            .list()
            .into_iter()
            .filter(|c| !State::of(c).is_active())
            .filter(|c| passes(&filters, &c.config.labels, c.config.created))
            .collect();
        // removing enters the user namespace (once per process) when there is something to do
        super::namespace::enter(Enter::Store)?;
        let store = Store::open(self.root(), true)?;
        for c in &dead {
            report.reclaimed += dir_size(&c.dir);
        }
        for (c, r) in self.remove(dead, false, None, false)? {
            match r {
                Ok(()) => report.containers.push(c.id),
                Err(e) => log::warn!("cannot remove container {}: {e:#}", c.id),
            }
        }
        if o.volumes {
            let in_use = container::volumes_in_use(self.root());
            for v in volumes::list(self.root()) {
                if in_use.contains(&v.name) || !passes(&filters, &v.labels, v.created) {
                    continue;
                }
                let size = dir_size(&v.mountpoint);
                match volumes::remove(self.root(), &v.name) {
                    Ok(()) => {
                        report.reclaimed += size;
                        report.volumes.push(v.name);
                    }
                    Err(e) => log::warn!("cannot remove volume {}: {e}", v.name),
                }
            }
        }
        let in_use = super::image::in_use(&store);
        let candidates: Vec<String> = store
            .images()?
            .into_iter()
            .filter(|i| (o.all || i.names.is_empty()) && !in_use.contains(&i.id))
            .filter(|i| filters.is_empty() || passes(&filters, &image_labels(&store, i), i.created))
            .map(|i| i.id)
            .collect();
        for i in store.images()? {
            if candidates.contains(&i.id) {
                report.reclaimed += i.size;
            }
        }
        report.images = super::image::prune_ids(&store, &candidates)?;
        store.collect_garbage()?;
        Ok(report)
    }

    /// `system reset`: every container (running ones killed), image, volume and the event
    /// log go; the store and run directories are removed.
    pub fn reset(&self) -> anyhow::Result<()> {
        let all = self.list();
        let done = self.remove(all, true, Some(0), true)?;
        for (c, r) in done {
            if let Err(e) = r {
                log::warn!("cannot remove container {}: {e:#}", c.id);
            }
        }
        super::namespace::enter(Enter::Store)?;
        let root = self.root();
        for d in [root, self.settings.paths.run_root.as_path()] {
            if d.exists() {
                crate::storage::store::remove_tree(d).map_err(|e| {
                    UserError::new(format!("cannot remove {}: {e}", d.display()))
                        .with_hint("remove it by hand inside `berth unshare`")
                })?;
            }
        }
        let events = &self.settings.events.path;
        let _ = std::fs::remove_file(events);
        Ok(())
    }

    /// `system check`: the problems in the store; with `repair`, each fixed. `force` lets
    /// repair remove containers whose image is damaged or gone.
    pub fn check(&self, repair: bool, force: bool) -> anyhow::Result<Vec<Finding>> {
        super::namespace::enter(Enter::Store)?;
        let store = Store::open(self.root(), false)?;
        let mut out = Vec::new();
        // work in progress whose writer is dead (repair_tmp only removes unlocked ones)
        let tmp = self.root().join("tmp");
        let dead_tmp = std::fs::read_dir(&tmp)
            .map(|rd| {
                rd.flatten()
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .filter(|n| !n.ends_with(".lock") && !n.starts_with('.'))
                    .filter(|n| {
                        let lp = tmp.join(format!("{n}.lock"));
                        !lp.exists()
                            || matches!(crate::storage::lock::try_exclusive(&lp), Ok(Some(_)))
                    })
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default();
        if repair && !dead_tmp.is_empty() {
            store.repair_tmp();
        }
        for n in dead_tmp {
            out.push(Finding {
                kind: "incomplete",
                repaired: repair && !tmp.join(&n).exists(),
                what: format!("tmp/{n}"),
                detail: "left by an interrupted berth".into(),
            });
        }
        // `rm` cut short
        let cdir = self.root().join("containers");
        let half_removed: Vec<String> = std::fs::read_dir(&cdir)
            .map(|rd| {
                rd.flatten()
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .filter(|n| n.starts_with(".removing-"))
                    .collect()
            })
            .unwrap_or_default();
        if repair && !half_removed.is_empty() {
            crate::storage::containers::sweep_removed(&cdir);
        }
        for n in half_removed {
            out.push(Finding {
                kind: "container",
                what: n.trim_start_matches(".removing-").to_string(),
                detail: "its removal was interrupted".into(),
                repaired: repair && !cdir.join(&n).exists(),
            });
        }
        // blobs whose content is not what their digest says (a disk error, a hand edit)
        let corrupt = corrupt_blobs(&self.root().join("blobs/sha256"));
        for hex in &corrupt {
            let path = self.root().join("blobs/sha256").join(hex);
            let fixed = repair && std::fs::remove_file(&path).is_ok();
            out.push(Finding {
                kind: "blob",
                what: format!("sha256:{}", &hex[..hex.len().min(12)]),
                detail: "its content does not match its digest".into(),
                repaired: fixed,
            });
        }
        // images whose layers or config are gone
        let images = store.images()?;
        let mut damaged: Vec<ImageRecord> = Vec::new();
        for i in &images {
            let missing: Vec<&String> =
                i.layers.iter().filter(|l| !store.layer_exists(l)).collect();
            let config_gone =
                !store.has_blob(&format!("sha256:{}", i.id)) || corrupt.contains(&i.id);
            if missing.is_empty() && !config_gone {
                continue;
            }
            let mut detail = Vec::new();
            if !missing.is_empty() {
                detail.push(format!(
                    "missing layer{} {}",
                    if missing.len() == 1 { "" } else { "s" },
                    missing
                        .iter()
                        .map(|s| s.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
            }
            if config_gone {
                detail.push("its config blob is missing or corrupt".into());
            }
            out.push(Finding {
                kind: "image",
                what: format!(
                    "{} ({})",
                    &i.id[..i.id.len().min(12)],
                    i.names.first().map(String::as_str).unwrap_or("<none>")
                ),
                detail: detail.join("; "),
                repaired: false,
            });
            damaged.push(i.clone());
        }
        // containers whose image is damaged or gone
        let known: Vec<&str> = images.iter().map(|i| i.id.as_str()).collect();
        let mut orphans = Vec::new();
        for c in self.list() {
            let gone = !known.contains(&c.config.image_id.as_str());
            let bad = damaged.iter().any(|d| d.id == c.config.image_id);
            if gone || bad {
                out.push(Finding {
                    kind: "container",
                    what: c.name().to_string(),
                    detail: format!(
                        "its image {} is {}",
                        &c.config.image_id[..c.config.image_id.len().min(12)],
                        if gone { "gone" } else { "damaged" }
                    ),
                    repaired: false,
                });
                orphans.push(c);
            } else if c.state.status == container::Status::Running
                && !c.state.is_alive()
                && !c.state.monitor_alive()
            {
                // nobody will record this exit: record it (137, as a killed monitor's)
                let fixed = repair
                    && container::update_state(&c.dir, |s| {
                        s.status = container::Status::Exited;
                        s.exit_code = Some(137);
                    })
                    .is_ok();
                out.push(Finding {
                    kind: "container",
                    what: c.name().to_string(),
                    detail: "recorded as running, but its processes are gone".into(),
                    repaired: fixed,
                });
            }
        }
        for (name, detail, repaired) in container::check_index(self.root(), repair) {
            out.push(Finding {
                kind: "container",
                what: name,
                detail: detail.into(),
                repaired,
            });
        }
        if repair {
            if force && !orphans.is_empty() {
                let names: Vec<String> = orphans.iter().map(|c| c.name().to_string()).collect();
                let done = self.remove(orphans, true, Some(0), false)?;
                for (c, r) in done {
                    if r.is_ok() {
                        for f in out.iter_mut() {
                            if f.kind == "container"
                                && names.contains(&f.what)
                                && f.what == c.name()
                            {
                                f.repaired = true;
                            }
                        }
                    }
                }
            }
            let users: Vec<String> = self.list().into_iter().map(|c| c.config.image_id).collect();
            let removable: Vec<String> = damaged
                .iter()
                .filter(|d| !users.contains(&d.id))
                .map(|d| d.id.clone())
                .collect();
            let removed = super::image::prune_ids(&store, &removable)?;
            for f in out.iter_mut() {
                if f.kind == "image"
                    && removed
                        .iter()
                        .any(|id| f.what.starts_with(&id[..id.len().min(12)]))
                {
                    f.repaired = true;
                }
            }
        }
        // layers and blobs no image uses (what a killed rmi leaves)
        let used: std::collections::HashSet<String> = store
            .images()?
            .iter()
            .flat_map(|i| {
                i.layers
                    .iter()
                    .map(|l| l.trim_start_matches("sha256:").to_string())
            })
            .collect();
        let unused: Vec<String> = std::fs::read_dir(self.root().join("layers"))
            .map(|rd| {
                rd.flatten()
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .filter(|n| !used.contains(n))
                    .collect()
            })
            .unwrap_or_default();
        if !unused.is_empty() {
            let removed = if repair { store.collect_garbage()? } else { 0 };
            for n in unused {
                out.push(Finding {
                    kind: "layer",
                    what: format!("sha256:{}", &n[..n.len().min(12)]),
                    detail: "no image uses it".into(),
                    repaired: repair
                        && removed > 0
                        && !self.root().join("layers").join(&n).exists(),
                });
            }
        }
        Ok(out)
    }
}

/// The names of the blobs under `dir` whose sha256 is not their name.
fn corrupt_blobs(dir: &Path) -> Vec<String> {
    use sha2::Digest;
    let Ok(rd) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut bad = Vec::new();
    for e in rd.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        if name.len() != 64 || !name.bytes().all(|b| b.is_ascii_hexdigit()) {
            continue; // not a blob (a partial download has another name)
        }
        let Ok(mut f) = std::fs::File::open(e.path()) else {
            continue;
        };
        let mut h = sha2::Sha256::new();
        if std::io::copy(&mut f, &mut h).is_err() {
            bad.push(name);
            continue;
        }
        if format!("{:x}", h.finalize()) != name {
            bad.push(name);
        }
    }
    bad.sort();
    bad
}

impl Engine {
    /// `system migrate`: berth holds no pause process and no per-runtime state, so a
    /// changed /etc/subuid or runtime is used by the next command as it is. Nothing to do.
    pub fn migrate(&self) {}

    /// `system renumber`: berth has no lock numbers to reallocate; the event says it ran,
    /// as podman's does.
    pub fn renumber(&self) {
        crate::storage::events::emit(crate::storage::events::Event::new("system", "renumber"));
    }
}
