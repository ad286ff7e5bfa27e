#!/usr/bin/env bash
# A full store: `ps -a`, `images`, `inspect` and `run --rm` with N containers (default 200)
# and M images (default 100) in the store, berth beside podman (rootless, runc,
# fuse-overlayfs) in the same run; `run --rm` also with an empty store, so that how its cost
# grows with the store shows. Medians and ratios. Run as root: `sudo bench/store.sh [RUNS] [N] [M]`;
# every command runs as the unprivileged berthtest. With BERTH_BASELINE=REV or
# BERTH_BASELINE_BIN=FILE (common.sh) that berth takes its turn in the same loops too.
RUNS=${1:-7}
N=${2:-200}
M=${3:-100}
# shellcheck source=bench/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"
[[ -n $OWN_REGISTRY ]] && python3 "$ROOT/tests/fixtures/mkimages.py" "$BERTH_TEST_REGISTRY" "$STATE/images.json" >/dev/null
IMG=$BERTH_TEST_REGISTRY/berth-test/busybox:latest
base=""; [[ -x $STATE/bin/berth-baseline ]] && base=$STATE/bin/berth-baseline

work=$STATE/storework
rm -rf "$work"; mkdir -p "$work/home" "$work/run"; chown -R "$USER_NAME": "$work"; chmod 0755 "$work"; chmod 0700 "$work/run"
as_user() {
    runuser -u "$USER_NAME" -- env -i HOME="$work/home" USER=$USER_NAME PATH=/usr/bin:/bin:/usr/sbin:/sbin \
        XDG_RUNTIME_DIR="$work/run" XDG_DATA_HOME="$work/home/.local/share" XDG_CONFIG_HOME="$work/home/.config" "$@"
}
berth_() { as_user "$STATE/bin/berth" "$@"; }
# the baseline shares berth's store (the same record format)
baseline_() { as_user "$base" "$@"; }
podman_() {
    as_user podman --root "$work/podman-root" --runroot "$work/podman-run" --storage-driver overlay \
        --storage-opt overlay.mount_program=/usr/bin/fuse-overlayfs --runtime runc --cgroup-manager cgroupfs --events-backend none "$@"
}
now() { date +%s%N; }
time_ms() { local t0 t1; t0=$(now); "$@" >/dev/null 2>&1; t1=$(now); echo $(( (t1 - t0) / 1000 )) | awk '{printf "%.2f\n", $1/1000}'; }
# medians of RUNS timings of "$@" for berth_, podman_ (and baseline_), in turn
pair() {
    local b=() p=() o=()
    for _ in $(seq "$RUNS"); do
        b+=("$(time_ms berth_ "$@")")
        p+=("$(time_ms podman_ "$@")")
        [[ -n $base ]] && o+=("$(time_ms baseline_ "$@")")
    done
    echo "$(median "${b[@]}") $(median "${p[@]}") $([[ -n $base ]] && median "${o[@]}" || echo -)"
}
row() { # label berth_ms podman_ms baseline_ms
    printf '  %-28s berth %7s ms   podman %8s ms   ratio %-5s' "$1" "$2" "$3" "$(echo "scale=3; $2 / $3" | bc)"
    [[ $4 != - ]] && printf '   baseline %7s ms' "$4"
    printf '\n'
}

berth_ pull -q --tls-verify=false "$IMG" >/dev/null
podman_ pull -q --tls-verify=false "$IMG" >/dev/null
read -r be pe oe < <(pair run --rm --network none "$IMG" true)

# the store: M images (import of one rootfs with a different label each: M image IDs over one
# layer) and N created containers
rootfs=$work/rootfs.tar
berth_ create --name export-src "$IMG" >/dev/null
berth_ export -o "$rootfs" export-src
berth_ rm export-src >/dev/null
for i in $(seq "$M"); do
    berth_ import -q -c "LABEL n=$i" "$rootfs" "local/img$i" >/dev/null
    podman_ import -q -c "LABEL n=$i" "$rootfs" "local/img$i" >/dev/null
done
for i in $(seq "$N"); do
    berth_ create -q --name "c$i" "$IMG" true >/dev/null
    podman_ create -q --name "c$i" "$IMG" true >/dev/null
done
echo "berth beside podman, medians over $RUNS runs; store: $N containers, $M+1 images (runuser wrapper included)"
read -r b p o < <(pair ps -a); row "ps -a" "$b" "$p" "$o"
read -r b p o < <(pair images); row "images" "$b" "$p" "$o"
read -r b p o < <(pair inspect "c$((N / 2))"); row "inspect CONTAINER" "$b" "$p" "$o"
read -r b p o < <(pair image inspect local/img1); row "image inspect IMAGE" "$b" "$p" "$o"
read -r bf pf of < <(pair run --rm --network none "$IMG" true)
row "run --rm (empty store)" "$be" "$pe" "$oe"
row "run --rm (full store)" "$bf" "$pf" "$of"
echo "  run --rm, full store / empty store: berth $(echo "scale=3; $bf / $be" | bc), podman $(echo "scale=3; $pf / $pe" | bc)"
# the floor every command pays: the runuser wrapper and a berth that does nothing
read -r b p o < <(pair --version); row "--version (the floor)" "$b" "$p" "$o"
podman_ rm -a -f >/dev/null 2>&1 || true
end_pause "$work/run"
rm -rf "$work"
