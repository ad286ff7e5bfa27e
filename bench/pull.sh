#!/usr/bin/env bash
# Pull benchmark: berth beside podman (rootless, runc, fuse-overlayfs) and beside the floor
# (download + `tar -x` of the same layers by hand, layers in parallel), same image, same run,
# empty stores each time. Prints medians and ratios. Run as root: `sudo bench/pull.sh [RUNS]`.
# Every pull runs as the unprivileged user berthtest.
RUNS=${1:-5}
# shellcheck source=bench/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"
echo "building/pushing the benchmark image (cached in $STATE/cache)..."
layers=$(python3 "$ROOT/bench/mkbig.py" "$REG" "$STATE/cache" | python3 -c 'import json,sys; print(" ".join(json.load(sys.stdin)["layers"]))')
IMG=$REG/berth-bench/big:latest
size=$(du -cb "$STATE"/cache/* | tail -1 | cut -f1)
echo "image: $IMG, $(echo "$layers" | wc -w) layers, $((size / 1000000)) MB compressed"

work=$STATE/work
rm -rf "$work"; mkdir -p "$work"; chown "$USER_NAME": "$work"; chmod 0755 "$work"
as_user() {
    runuser -u "$USER_NAME" -- env -i HOME="$work/home" USER=$USER_NAME PATH=/usr/bin:/bin:/usr/sbin:/sbin \
        XDG_RUNTIME_DIR="$work/run" XDG_DATA_HOME="$work/home/.local/share" XDG_CONFIG_HOME="$work/home/.config" "$@"
}
as_user mkdir -p "$work/home" "$work/run"
chmod 0700 "$work/run"
now() { date +%s.%N; }
# Each measured pull gets a new ext4 file system: deleting 40k files and writing them again on
# the same ext4 is several times slower for a while (its inode allocator avoids recently
# freed inodes), which would make whichever tool runs second look slow.
fsimg=$STATE/bench-fs.img
fresh() {
    # podman's pause process keeps the old file system mounted in its namespace: end it
    pkill -KILL -u "$USER_NAME" 2>/dev/null || true
    sleep 0.2
    sync
    if mountpoint -q "$work/home/.local/share"; then umount "$work/home/.local/share"; fi
    rm -rf "$work/podman-run"
    rm -f "$fsimg"; truncate -s 6G "$fsimg"
    mkfs.ext4 -q -F -E lazy_itable_init=0,lazy_journal_init=0 "$fsimg"
    mkdir -p "$work/home/.local/share"
    mount -o loop "$fsimg" "$work/home/.local/share"
    chown "$USER_NAME": "$work/home/.local/share"
}
trap 'mountpoint -q "$work/home/.local/share" && umount "$work/home/.local/share"; rm -f "$fsimg"; cleanup' EXIT

berth_times=(); podman_times=(); floor_times=()
for i in $(seq "$RUNS"); do
    fresh
    t0=$(now); as_user "$STATE/bin/berth" pull -q --tls-verify=false "$IMG" >/dev/null; t1=$(now)
    berth_times+=("$(echo "$t1 - $t0" | bc)")
    fresh
    t0=$(now)
    as_user podman --root "$work/home/.local/share/podman-root" --runroot "$work/podman-run" --storage-driver overlay \
        --storage-opt overlay.mount_program=/usr/bin/fuse-overlayfs --runtime runc \
        pull -q --tls-verify=false "$IMG" >/dev/null
    t1=$(now)
    podman_times+=("$(echo "$t1 - $t0" | bc)")
    fresh
    as_user mkdir -p "$work/home/.local/share/floor"
    t0=$(now)
    for l in $layers; do
        as_user sh -c "mkdir -p '$work/home/.local/share/floor/${l#sha256:}' && curl -sf --noproxy '*' 'http://$REG/v2/berth-bench/big/blobs/$l' | tar -xzf - -C '$work/home/.local/share/floor/${l#sha256:}'" &
    done
    wait
    t1=$(now)
    floor_times+=("$(echo "$t1 - $t0" | bc)")
    echo "run $i: berth ${berth_times[-1]} s, podman ${podman_times[-1]} s, curl+tar ${floor_times[-1]} s"
done
fresh

b=$(median "${berth_times[@]}"); p=$(median "${podman_times[@]}"); f=$(median "${floor_times[@]}")
echo
echo "medians over $RUNS runs: berth ${b} s, podman ${p} s, download+tar -x ${f} s"
echo "berth/podman = $(echo "scale=3; $b / $p" | bc)   (goal <= 0.5)"
echo "berth/floor  = $(echo "scale=3; $b / $f" | bc)   (goal <= 1.5)"
