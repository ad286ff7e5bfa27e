#!/usr/bin/env bash
# berth's main job on a fresh machine, with no network: build a tiny image from local material
# (busybox-static), push it to a registry on loopback, pull it and run a container from it as an
# unprivileged user with berth. Run as root (e.g. `sudo scripts/demo.sh`); installs what is
# missing. berth itself runs as the unprivileged user berthtest.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
STATE=/var/lib/berth-demo

[[ $(id -u) -eq 0 ]] || { echo "demo.sh: must run as root (try: sudo $0)" >&2; exit 1; }
bash "$ROOT/scripts/setup-host.sh"
if ! command -v cargo >/dev/null 2>&1 && [[ -f ${HOME:-/root}/.cargo/env ]]; then
    # shellcheck source=/dev/null
    . "${HOME:-/root}/.cargo/env"
fi

echo "== building berth"
(cd "$ROOT" && cargo build --release --locked -q)
mkdir -p "$STATE/bin"
chmod 0755 "$STATE" "$STATE/bin"
install -m 0755 "$ROOT/target/release/berth" "$STATE/bin/berth"

cleanup() { bash "$ROOT/scripts/registry.sh" stop "$STATE" >/dev/null 2>&1 || true; }
trap cleanup EXIT
bash "$ROOT/scripts/registry.sh" start "$STATE" >/dev/null
# shellcheck source=/dev/null
. "$STATE/registry.env"
echo "== building test images from busybox-static and pushing them to $BERTH_TEST_REGISTRY"
python3 "$ROOT/tests/fixtures/mkimages.py" "$BERTH_TEST_REGISTRY" "$STATE/images.json" >/dev/null

home=$(mktemp -d "$STATE/home.XXXXXX")
chown berthtest: "$home"
as_user() {
    runuser -u berthtest -- env -i HOME="$home" USER=berthtest PATH=/usr/bin:/bin:/usr/sbin:/sbin \
        "$STATE/bin/berth" "$@"
}
img="$BERTH_TEST_REGISTRY/berth-test/layered:latest"
echo "== berth pull $img   (as user berthtest)"
as_user pull --tls-verify=false "$img"
echo "== berth images"
as_user images
echo "== berth image inspect --format '{{.Id}} {{.Architecture}} {{.RootFS.Layers}}'"
as_user image inspect --format '{{.Id}} {{.Architecture}} {{len .RootFS.Layers}} layers' "$img"
echo "== berth run --rm $img  (a container, as user berthtest)"
as_user run --rm "$img" sh -c 'echo "hello from $(hostname)"; id; cat /proc/self/uid_map; ls -ln /data | head -5'
echo "== berth info (store)"
as_user info --format '{{.store.graphDriverName}}: {{.store.graphDriverReason}}'
as_user rmi -a >/dev/null
rm -rf "$home"
echo "== done"
