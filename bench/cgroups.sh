#!/usr/bin/env bash
# Cgroup set-up cost (issue 10), measured where cgroup v2 is delegated: in the VM lane
# (scripts/vm.sh; this host is cgroup v1). Inside the VM, as the unprivileged user:
# `run --rm --network none IMAGE true` with --cgroups disabled, with the default cgroup
# (pids.max only) and with limits (--memory --cpus --pids-limit), `stats --no-stream` with 20
# running containers, and the floor: making a leaf, writing the same limits and removing it
# by hand. podman does not run in the VM, so there is no podman column. The VM is TCG
# (emulated): compare the figures with one another, not with the host's.
#   sudo bench/cgroups.sh [RUNS]      (default 10)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RUNS=${1:-10}
[[ $(id -u) -eq 0 ]] || { echo "$(basename "$0"): run as root (sudo $0)" >&2; exit 1; }
(cd "$ROOT" && cargo build --release --locked -q)
runs=$(mktemp)
trap 'rm -f "$runs"' EXIT
echo "$RUNS" >"$runs"
BERTH_VM_TIMEOUT=${BERTH_VM_TIMEOUT:-500} \
    bash "$ROOT/scripts/vm.sh" run "$ROOT/target/release/berth" "$ROOT/bench/vm/cgroups.sh" "$runs"
