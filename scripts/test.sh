#!/usr/bin/env bash
# Run berth's whole test suite. Run as root (e.g. `sudo scripts/test.sh`);
# berth itself is run by the tests as the unprivileged user berthtest.
# Extra arguments go to `cargo test` (e.g. scripts/test.sh pull -- --nocapture).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
STATE=/var/lib/berth-test

[[ $(id -u) -eq 0 ]] || { echo "test.sh: must run as root (try: sudo $0)" >&2; exit 1; }

# Host packages, devices, the test user and its subuid/subgid ranges.
bash "$ROOT/scripts/setup-host.sh"

# rustup's cargo (sudo and CI may not have it on PATH).
if ! command -v cargo >/dev/null 2>&1 && [[ -f ${HOME:-/root}/.cargo/env ]]; then
    # shellcheck source=/dev/null
    . "${HOME:-/root}/.cargo/env"
fi
command -v cargo >/dev/null 2>&1 || { echo "test.sh: cargo not found (install rustup)" >&2; exit 1; }

# Lints first (no registry needed): any clippy warning fails the run.
(cd "$ROOT" && cargo clippy --locked --all-targets -- -D warnings) ||
    { echo "test.sh: cargo clippy failed (fix the warnings above)" >&2; exit 1; }

# World-traversable state dir: the test user must reach binaries put here.
mkdir -p "$STATE"
chmod 0755 "$STATE"

# Registries, stopped again on any exit (success, failure or interrupt).
# shellcheck disable=SC2317  # invoked by the trap
cleanup() { bash "$ROOT/scripts/registry.sh" stop "$STATE" || true; }
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
bash "$ROOT/scripts/registry.sh" start "$STATE"

# Set every BERTH_TEST_* variable from registry.env.
set -a
# shellcheck source=/dev/null
. "$STATE/registry.env"
set +a

python3 "$ROOT/tests/fixtures/mkimages.py" "$BERTH_TEST_REGISTRY" "$STATE/images.json" \
    --storage "$BERTH_TEST_REGISTRY_STORAGE" --auth-registry "$BERTH_TEST_AUTH_REGISTRY"

mkdir -p "$STATE/work"
chmod 0755 "$STATE/work"

export BERTH_TEST_USER=berthtest
export BERTH_TEST_NOSUB_USER=berthnosub
export BERTH_TEST_WORKDIR=$STATE/work
export BERTH_TEST_IMAGES=$STATE/images.json
# The suite must run here: a missing variable fails the tests instead of skipping them.
export BERTH_TEST_REQUIRED=1

cd "$ROOT"
status=0
cargo test --locked --no-fail-fast "$@" || status=$?
exit "$status"
