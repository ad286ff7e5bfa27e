#!/usr/bin/env bash
# berth's main job on a fresh machine, with no network: build a tiny image from local material
# (busybox-static) with `berth build`, run it, push it to a registry on loopback, pull it back and
# run it, then pull and run a layered image; all as an unprivileged user. Run as root (e.g. `sudo scripts/demo.sh`); installs what is
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
ctx="$home/ctx"
mkdir -p "$ctx"
# the local material: busybox-static and a Containerfile
cp "$(command -v busybox)" "$ctx/busybox"
cat > "$ctx/Containerfile" <<'EOF'
FROM scratch
COPY busybox /bin/busybox
RUN ["/bin/busybox", "--install", "-s", "/bin"]
ENV GREETING="hello from a berth-built image"
RUN mkdir -p /srv && echo "$GREETING" > /srv/greeting
CMD ["sh", "-c", "cat /srv/greeting; echo \"on $(hostname) as uid $(id -u)\""]
EOF
chown -R berthtest: "$home"
as_user() {
    runuser -u berthtest -- env -i HOME="$home" USER=berthtest PATH=/usr/bin:/bin:/usr/sbin:/sbin \
        "$STATE/bin/berth" "$@"
}
echo "== berth build --network none -t demo $ctx   (as user berthtest)"
as_user build --network none -t demo "$ctx"
echo "== berth run --rm demo"
as_user run --rm demo
echo "== berth push demo $BERTH_TEST_REGISTRY/demo/app:latest   (the loopback registry)"
as_user push --tls-verify=false demo "$BERTH_TEST_REGISTRY/demo/app:latest"
echo "== berth rmi demo; berth run --rm $BERTH_TEST_REGISTRY/demo/app:latest   (pulled back)"
as_user rmi demo >/dev/null
as_user run --rm --tls-verify=false "$BERTH_TEST_REGISTRY/demo/app:latest"
echo "== berth images"
as_user images
img="$BERTH_TEST_REGISTRY/berth-test/layered:latest"
echo "== berth pull $img"
as_user pull -q --tls-verify=false "$img"
echo "== berth run --rm $img  (a pulled image)"
as_user run --rm "$img" sh -c 'echo "hello from $(hostname)"; id; cat /proc/self/uid_map; ls -ln /data | head -5'
echo "== berth info (store)"
as_user info --format '{{.store.graphDriverName}}: {{.store.graphDriverReason}}'
as_user rmi -a >/dev/null
rm -rf "$home"
echo "== done"
