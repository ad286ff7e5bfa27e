# Shared set-up of the benchmarks (sourced): root check, packages (podman, runc, bc), a
# release build of berth where the test user can run it, and the loopback registry, stopped
# on exit. Sets ROOT, STATE, USER_NAME, REG and defines median.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
STATE=/var/lib/berth-bench
USER_NAME=berthtest

[[ $(id -u) -eq 0 ]] || { echo "$(basename "$0"): run as root (sudo $0)" >&2; exit 1; }
bash "$ROOT/scripts/setup-host.sh" >/dev/null
command -v bc >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq bc >/dev/null
command -v podman >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq podman runc >/dev/null
if ! command -v cargo >/dev/null 2>&1 && [[ -f ${HOME:-/root}/.cargo/env ]]; then
    # shellcheck source=/dev/null
    . "${HOME:-/root}/.cargo/env"
fi
mkdir -p "$STATE/bin"
chmod 0755 "$STATE" "$STATE/bin"
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
(cd "$ROOT" && cargo build --release --locked -q)
install -m 0755 "$ROOT/target/release/berth" "$STATE/bin/berth"

# podman's rootless pause process (catatonit) outlives every podman command: end the test
# user's when the benchmark ends
cleanup() {
    bash "$ROOT/scripts/registry.sh" stop "$STATE" >/dev/null 2>&1 || true
    pkill -u "$USER_NAME" -x catatonit 2>/dev/null || true
}
trap cleanup EXIT
bash "$ROOT/scripts/registry.sh" start "$STATE" >/dev/null
# shellcheck source=/dev/null
. "$STATE/registry.env"
REG=$BERTH_TEST_REGISTRY

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
