#!/usr/bin/env bash
# Build benchmark (issue 9): a multi-stage Containerfile, berth beside `podman build` (rootless,
# runc, fuse-overlayfs as podman runs here) in the same run: a cold build, an unchanged
# rebuild, and a rebuild after one copied file changed. Medians and ratios.
# Run as root: `sudo bench/build.sh [RUNS]`; every build runs as the unprivileged berthtest.
#
# The Containerfile: a CPU-bound RUN in a first stage (there is no C compiler image on this
# offline machine, so a shell loop hashing its output stands in for "compile a small C
# program"), COPY of 10 000 files, COPY --from the first stage, and a RUN writing 100 MB.
RUNS=${1:-3}
# shellcheck source=bench/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"
python3 "$ROOT/tests/fixtures/mkimages.py" "$BERTH_TEST_REGISTRY" "$STATE/images.json" >/dev/null
IMG=$BERTH_TEST_REGISTRY/berth-test/busybox:latest

work=$STATE/buildwork
rm -rf "$work"; mkdir -p "$work/home" "$work/run" "$work/ctx/files"
ctx=$work/ctx
for d in $(seq 0 99); do
    mkdir -p "$ctx/files/d$d"
    for f in $(seq 0 99); do echo "file $d/$f" > "$ctx/files/d$d/f$f"; done
done
cat > "$ctx/Containerfile" <<EOF
FROM $IMG AS builder
RUN i=0; while [ \$i -lt 20000 ]; do echo \$i; i=\$((i+1)); done | sha256sum > /built
FROM $IMG
COPY files/ /files/
COPY --from=builder /built /built
RUN dd if=/dev/urandom of=/big bs=1M count=100 2>/dev/null && sha256sum /big > /big.sum
CMD ["cat", "/built"]
EOF
chown -R "$USER_NAME": "$work"; chmod 0755 "$work"; chmod 0700 "$work/run"
trap cleanup EXIT
as_user() {
    runuser -u "$USER_NAME" -- env -i HOME="$work/home" USER=$USER_NAME PATH=/usr/bin:/bin:/usr/sbin:/sbin \
        XDG_RUNTIME_DIR="$work/run" XDG_DATA_HOME="$work/home/.local/share" XDG_CONFIG_HOME="$work/home/.config" "$@"
}
berth_() { as_user "$STATE/bin/berth" --root "$work/berth-root" --runroot "$work/berth-run" "$@"; }
podman_() {
    as_user podman --root "$work/podman-root" --runroot "$work/podman-run" --storage-driver overlay \
        --storage-opt overlay.mount_program=/usr/bin/fuse-overlayfs --runtime runc --cgroup-manager cgroupfs --events-backend none "$@"
}
now() { date +%s%N; }
time_ms() { local t0 t1; t0=$(now); "$@" >/dev/null 2>&1 || { echo "bench: failed: $*" >&2; exit 1; }; t1=$(now); echo $(( (t1 - t0) / 1000000 )); }
fresh() { # a store with only the base image
    "$1" rmi -a -f >/dev/null 2>&1 || true
    "$1" pull -q --tls-verify=false "$IMG" >/dev/null
}
declare -A t
for tool in berth_ podman_; do
    cold=(); same=(); one=()
    for i in $(seq "$RUNS"); do
        fresh "$tool"
        echo "file 0/0" > "$ctx/files/d0/f0"; chown "$USER_NAME": "$ctx/files/d0/f0"
        cold+=("$(time_ms "$tool" build -t bench "$ctx")")
        same+=("$(time_ms "$tool" build -t bench "$ctx")")
        echo "changed $i" > "$ctx/files/d0/f0"; chown "$USER_NAME": "$ctx/files/d0/f0"
        one+=("$(time_ms "$tool" build -t bench "$ctx")")
    done
    t[$tool.cold]=$(median "${cold[@]}"); t[$tool.same]=$(median "${same[@]}"); t[$tool.one]=$(median "${one[@]}")
done
# both built the same thing
[[ $(berth_ run --rm bench) == $(podman_ run --rm bench) ]] || echo "bench: warning: the images differ" >&2
ratio() { echo "scale=3; $1 / $2" | bc; }
echo "build, medians over $RUNS runs (ms):        berth    podman   ratio  (goal)"
printf '  cold build                          %7s  %7s   %s  (<= 0.5)\n' "${t[berth_.cold]}" "${t[podman_.cold]}" "$(ratio "${t[berth_.cold]}" "${t[podman_.cold]}")"
printf '  unchanged rebuild                   %7s  %7s   %s  (<= 0.2)\n' "${t[berth_.same]}" "${t[podman_.same]}" "$(ratio "${t[berth_.same]}" "${t[podman_.same]}")"
printf '  rebuild after one file changed      %7s  %7s   %s  (<= 0.5)\n' "${t[berth_.one]}" "${t[podman_.one]}" "$(ratio "${t[berth_.one]}" "${t[podman_.one]}")"
