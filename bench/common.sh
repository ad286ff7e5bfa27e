# Shared set-up of the benchmarks (sourced): root check, packages (podman, runc, bc), a
# release build of berth where the test user can run it, and the loopback registry, stopped
# on exit. Sets ROOT, STATE, USER_NAME, REG and defines median.
# On a prepared host whose test registry already runs (BERTH_TEST_REGISTRY set, as
# `source /work/testenv.sh` sets it), the host is left as it is and that registry is used;
# BERTH_BENCH_STATE names another state directory (so that two benchmarks at once keep apart).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
STATE=${BERTH_BENCH_STATE:-/var/lib/berth-bench}
USER_NAME=berthtest
OWN_REGISTRY=1
[[ -n ${BERTH_TEST_REGISTRY:-} ]] && OWN_REGISTRY=

[[ $(id -u) -eq 0 ]] || { echo "$(basename "$0"): run as root (sudo $0)" >&2; exit 1; }
[[ -n $OWN_REGISTRY ]] && bash "$ROOT/scripts/setup-host.sh" >/dev/null
command -v bc >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq bc >/dev/null
command -v podman >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq podman runc >/dev/null
if ! command -v cargo >/dev/null 2>&1 && [[ -f ${HOME:-/root}/.cargo/env ]]; then
    # shellcheck source=/dev/null
    . "${HOME:-/root}/.cargo/env"
fi
mkdir -p "$STATE/bin"
chmod 0755 "$STATE" "$STATE/bin"
rm -f "$STATE/bin/berth-baseline"
# BERTH_BASELINE=REV: also build that revision, as $STATE/bin/berth-baseline, for
# before/after figures in the same run. Its own target dir: git archive gives the files the
# commit's time, older than any artifact, so a shared dir would take one build for the other.
if [[ -n ${BERTH_BASELINE:-} ]]; then
    base_src=$(mktemp -d /tmp/berth-baseline.XXXXXX)
    git -C "$ROOT" archive "$BERTH_BASELINE" | tar -x -C "$base_src"
    (cd "$base_src" && CARGO_TARGET_DIR="$ROOT/target/bench-baseline" cargo build --release --locked -q)
    install -m 0755 "$ROOT/target/bench-baseline/release/berth" "$STATE/bin/berth-baseline"
    rm -rf "$base_src"
    cmp -s "$STATE/bin/berth-baseline" "$ROOT/target/release/berth" 2>/dev/null &&
        echo "bench: note: the baseline binary is the same as the last build" >&2
fi
# BERTH_BASELINE_BIN=FILE: a release binary built before (of the revision to compare with),
# instead of building one
if [[ -n ${BERTH_BASELINE_BIN:-} ]]; then
    install -m 0755 "$BERTH_BASELINE_BIN" "$STATE/bin/berth-baseline"
fi
(cd "$ROOT" && cargo build --release --locked -q)
install -m 0755 "$ROOT/target/release/berth" "$STATE/bin/berth"

# podman's rootless pause process (catatonit) outlives every podman command: end the test
# user's when the benchmark ends
# (with a registry of its own; a benchmark that shares the host's ends the pause processes
# of its own run directories itself)
cleanup() {
    [[ -n $OWN_REGISTRY ]] || return 0
    bash "$ROOT/scripts/registry.sh" stop "$STATE" >/dev/null 2>&1 || true
    pkill -u "$USER_NAME" -x catatonit 2>/dev/null || true
}
trap cleanup EXIT
if [[ -n $OWN_REGISTRY ]]; then
    bash "$ROOT/scripts/registry.sh" start "$STATE" >/dev/null
    # shellcheck source=/dev/null
    . "$STATE/registry.env"
fi
REG=$BERTH_TEST_REGISTRY
# the pause process podman started for a run directory of this benchmark (XDG_RUNTIME_DIR)
end_pause() {
    local pid
    pid=$(cat "$1/libpod/tmp/pause.pid" 2>/dev/null) || return 0
    [[ -n $pid ]] && kill "$pid" 2>/dev/null || true
}

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
