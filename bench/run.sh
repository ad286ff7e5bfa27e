#!/usr/bin/env bash
# Container start benchmark: `run --rm IMAGE true` (image present), berth beside podman
# (rootless, runc, fuse-overlayfs as podman runs here) in the same run, medians and ratios.
# Run as root: `sudo bench/run.sh [RUNS]`; every container runs as the unprivileged berthtest.
# `sudo BERTH_BASELINE=REV bench/run.sh` also times berth built from REV in the same loops
# (before/after figures for a change).
RUNS=${1:-20}
# shellcheck source=bench/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"
python3 "$ROOT/tests/fixtures/mkimages.py" "$BERTH_TEST_REGISTRY" "$STATE/images.json" >/dev/null
IMG=$BERTH_TEST_REGISTRY/berth-test/busybox:latest

work=$STATE/runwork
rm -rf "$work"; mkdir -p "$work/home" "$work/run"; chown -R "$USER_NAME": "$work"; chmod 0755 "$work"; chmod 0700 "$work/run"
# the file system of the I/O phases (below), mounted before podman's first command: podman's
# pause process keeps the mount namespace it started in
img_file=/dev/shm/berth-bench-io.img; fs=$work/iofs
truncate -s 3G "$img_file"; mkfs.ext4 -q -F "$img_file"; mkdir -p "$fs"; mount -o loop "$img_file" "$fs"
chown "$USER_NAME": "$fs"; chmod 0755 "$fs"
io_cleanup() { umount -l "$fs" 2>/dev/null || true; rm -f "$img_file"; cleanup; }
trap io_cleanup EXIT
as_user() {
    runuser -u "$USER_NAME" -- env -i HOME="$work/home" USER=$USER_NAME PATH=/usr/bin:/bin:/usr/sbin:/sbin \
        XDG_RUNTIME_DIR="$work/run" XDG_DATA_HOME="$work/home/.local/share" XDG_CONFIG_HOME="$work/home/.config" "$@"
}
podman_() {
    as_user podman --root "$work/podman-root" --runroot "$work/podman-run" --storage-driver overlay \
        --storage-opt overlay.mount_program=/usr/bin/fuse-overlayfs --runtime runc --cgroup-manager cgroupfs --events-backend none "$@"
}
as_user "$STATE/bin/berth" pull -q --tls-verify=false "$IMG" >/dev/null
podman_ pull -q --tls-verify=false "$IMG" >/dev/null

now() { date +%s%N; }
time_ms() { local t0 t1; t0=$(now); "$@" >/dev/null 2>&1; t1=$(now); echo $(( (t1 - t0) / 1000 )) | awk '{printf "%.2f\n", $1/1000}'; }

# BERTH_BASELINE=REV (see common.sh): the baseline berth takes its turn in the same loops
base=""; [[ -x $STATE/bin/berth-baseline && -n ${BERTH_BASELINE:-} ]] && base=$STATE/bin/berth-baseline
[[ -n $base ]] && as_user "$base" pull -q --tls-verify=false "$IMG" >/dev/null
b=(); p=(); pn=(); bb=()
for _ in $(seq "$RUNS"); do
    b+=("$(time_ms as_user "$STATE/bin/berth" run --rm --network none "$IMG" true)")
    [[ -n $base ]] && bb+=("$(time_ms as_user "$base" run --rm --network none "$IMG" true)")
    pn+=("$(time_ms podman_ run --rm --network none "$IMG" true)")
    p+=("$(time_ms podman_ run --rm "$IMG" true)")
done
# the runuser wrapper itself, to subtract from both
w=(); for _ in $(seq "$RUNS"); do w+=("$(time_ms as_user true)"); done
bm=$(median "${b[@]}"); pm=$(median "${p[@]}"); pnm=$(median "${pn[@]}"); wm=$(median "${w[@]}")
echo "run --rm IMAGE true, medians over $RUNS runs (runuser wrapper ${wm} ms included in each):"
echo "  berth (--network none)         ${bm} ms"
echo "  podman (--network none)        ${pnm} ms"
echo "  podman (default network)       ${pm} ms"
echo "  berth/podman (both --network none) = $(echo "scale=3; $bm / $pnm" | bc)   (goal <= 0.15)"
echo "  berth/podman (podman default)      = $(echo "scale=3; $bm / $pm" | bc)"
if [[ -n $base ]]; then
    bbm=$(median "${bb[@]}")
    echo "  berth $BERTH_BASELINE (baseline)  ${bbm} ms;  berth/baseline = $(echo "scale=3; $bm / $bbm" | bc)"
fi

# run -d, exec, rm -f -t 0
bd=(); be=(); br=(); pd=(); pe=(); pr=(); bbe=()
for _ in $(seq "$RUNS"); do
    if [[ -n $base ]]; then
        id=$(as_user "$base" run -d --network none "$IMG" sleep 1000)
        bbe+=("$(time_ms as_user "$base" exec "$id" true)")
        as_user "$base" rm -f -t 0 "$id" >/dev/null
    fi
    t0=$(now); id=$(as_user "$STATE/bin/berth" run -d --network none "$IMG" sleep 1000); t1=$(now)
    bd+=("$(echo "$t0 $t1" | awk '{printf "%.2f\n", ($2-$1)/1000000}')")
    be+=("$(time_ms as_user "$STATE/bin/berth" exec "$id" true)")
    br+=("$(time_ms as_user "$STATE/bin/berth" rm -f -t 0 "$id")")
    t0=$(now); id=$(podman_ run -d --network none "$IMG" sleep 1000); t1=$(now)
    pd+=("$(echo "$t0 $t1" | awk '{printf "%.2f\n", ($2-$1)/1000000}')")
    pe+=("$(time_ms podman_ exec "$id" true)")
    pr+=("$(time_ms podman_ rm -f -t 0 "$id")")
done
echo "run -d / exec true / rm -f -t 0, medians (ms): berth $(median "${bd[@]}") / $(median "${be[@]}") / $(median "${br[@]}"),  podman $(median "${pd[@]}") / $(median "${pe[@]}") / $(median "${pr[@]}")"
echo "  exec ratio = $(echo "scale=3; $(median "${be[@]}") / $(median "${pe[@]}")" | bc)   (goal <= 0.1)"
if [[ -n $base ]]; then
    echo "  exec: berth $BERTH_BASELINE (baseline) $(median "${bbe[@]}") ms;  berth/baseline = $(echo "scale=3; $(median "${be[@]}") / $(median "${bbe[@]}")" | bc)"
fi
echo "  run -d + rm -f ratio = $(echo "scale=3; ($(median "${bd[@]}") + $(median "${br[@]}")) / ($(median "${pd[@]}") + $(median "${pr[@]}"))" | bc)   (goal <= 0.2)"

# 10 parallel run --rm
par() {
    local t0 t1 fails=0 pids=()
    t0=$(now)
    for _ in $(seq 10); do "$@" >/dev/null 2>&1 & pids+=($!); done
    for p in "${pids[@]}"; do wait "$p" || fails=$((fails + 1)); done
    t1=$(now)
    echo "$(( (t1 - t0) / 1000000 )) $fails"
}
read -r bp bf < <(par as_user "$STATE/bin/berth" run --rm --network none "$IMG" true)
read -r pp pf < <(par podman_ run --rm --network none "$IMG" true)
echo "10 parallel run --rm: berth ${bp} ms (${bf} failed), podman ${pp} ms (${pf} failed), ratio $(echo "scale=3; $bp / $pp" | bc)   (goal <= 0.2)"

# file I/O in the container's rootfs against the same commands on the host file system,
# through the same busybox. Every tree (the host directory, berth's and podman's stores) is
# on one fresh ext4, made on a RAM-backed loop file: this VM's disk takes anywhere from 0.3
# to 7 s for the same 20k creates, which would swamp the file system's own cost. Each phase
# is an `exec` into a running container, timed from outside, minus that tool's exec median;
# the tools take turns, IO_RUNS rounds, medians.
IO_RUNS=${IO_RUNS:-4}
PH_DD='dd if=/dev/zero of=/tmp/big bs=1M count=300 conv=fsync 2>/dev/null'
PH_CREATE='mkdir -p /tmp/many && cd /tmp/many && i=0; while [ $i -lt 20000 ]; do : > f$i; i=$((i+1)); done'
PH_RM='rm -rf /tmp/many /tmp/big'
host_dir=$fs/host; mkdir -p "$host_dir"; chown "$USER_NAME": "$host_dir"
bo_() { as_user "$STATE/bin/berth" --root "$fs/berth-overlay" --storage-driver overlay "$@"; }
bf_() { as_user "$STATE/bin/berth" --root "$fs/berth-fuse" --storage-driver fuse-overlayfs "$@"; }
pi_() { as_user podman --root "$fs/podman" --runroot "$work/podman-io-run" --storage-driver overlay \
        --storage-opt overlay.mount_program=/usr/bin/fuse-overlayfs --runtime runc --cgroup-manager cgroupfs --events-backend none "$@"; }
for t in bo_ bf_ pi_; do $t pull -q --tls-verify=false "$IMG" >/dev/null; done
declare -A ids
for t in bo_ bf_ pi_; do ids[$t]=$($t run -d --network none "$IMG" sleep 1000); done
exec_ms() { # median exec overhead of tool $1
    local e=(); for _ in $(seq 5); do e+=("$(time_ms "$1" exec "${ids[$1]}" true)"); done; median "${e[@]}"
}
declare -A res
tools=(host bo_ bf_ pi_)
for round in $(seq "$IO_RUNS"); do
    # each round starts with another tool, so no tool always follows the same one
    order=("${tools[@]:$(( (round - 1) % 4 ))}" "${tools[@]:0:$(( (round - 1) % 4 ))}")
    for t in "${order[@]}"; do
        i=0
        for ph in "$PH_DD" "$PH_CREATE" "$PH_RM"; do
            sync # no phase pays for the writeback of the one before
            if [[ $t == host ]]; then
                ms=$(time_ms as_user /bin/busybox sh -c "${ph//\/tmp/$host_dir}")
            else
                ms=$(time_ms "$t" exec "${ids[$t]}" sh -c "$ph")
            fi
            res[$t,$i]+="$ms "; i=$((i + 1))
        done
    done
done
# the floor: the same phases in an overlay mounted by hand (`berth unshare`, no container),
# timed inside the namespace, so what berth adds on top of the kernel shows
cat > "$fs/hand.sh" <<'EOS'
d=$1/hand; rm -rf "$d"; mkdir -p "$d/l/tmp" "$d/u" "$d/w" "$d/m"
mount -t overlay overlay -o "lowerdir=$d/l,upperdir=$d/u,workdir=$d/w,userxattr" "$d/m" || exit 1
shift
for ph in "$@"; do
    sync; t0=$(date +%s%N); /bin/busybox sh -c "$(echo "$ph" | sed "s|/tmp|$d/m/tmp|g")"; t1=$(date +%s%N)
    printf '%s ' "$(( (t1 - t0) / 1000 ))" | awk '{printf "%.2f ", $1/1000}'
done
umount "$d/m"; rm -rf "$d"; echo
EOS
for round in $(seq "$IO_RUNS"); do
    read -r a b c < <(as_user "$STATE/bin/berth" unshare bash "$fs/hand.sh" "$fs" "$PH_DD" "$PH_CREATE" "$PH_RM")
    res[hand,0]+="$a "; res[hand,1]+="$b "; res[hand,2]+="$c "
done
declare -A ov=([host]=0 [hand]=0)
for t in bo_ bf_ pi_; do ov[$t]=$(exec_ms "$t"); done
for t in bo_ bf_ pi_; do $t rm -f -t 0 "${ids[$t]}" >/dev/null; done
io() { local m; m=$(median ${res[$1,$2]}); echo "$m - ${ov[$1]}" | bc; }
ratio() { echo "scale=2; $1 / $2" | bc; }
echo "rootfs I/O on a fresh RAM-backed ext4, medians over $IO_RUNS rounds (ms, exec overhead taken off): dd 300 MB + fsync / create 20k files / remove all"
for t in host hand bo_ bf_ pi_; do
    case $t in host) n="host file system       " ;; hand) n="overlay mounted by hand" ;; bo_) n="berth, kernel overlay  " ;; bf_) n="berth, fuse-overlayfs  " ;; pi_) n="podman, fuse-overlayfs " ;; esac
    echo "  $n $(io $t 0) / $(io $t 1) / $(io $t 2)"
done
echo "  overlay by hand / host (the kernel's floor): dd $(ratio "$(io hand 0)" "$(io host 0)"), create $(ratio "$(io hand 1)" "$(io host 1)"), remove $(ratio "$(io hand 2)" "$(io host 2)")"
echo "  berth overlay / overlay by hand: dd $(ratio "$(io bo_ 0)" "$(io hand 0)"), create $(ratio "$(io bo_ 1)" "$(io hand 1)"), remove $(ratio "$(io bo_ 2)" "$(io hand 2)")"
echo "  berth overlay / host: dd $(ratio "$(io bo_ 0)" "$(io host 0)"), create $(ratio "$(io bo_ 1)" "$(io host 1)"), remove $(ratio "$(io bo_ 2)" "$(io host 2)")   (goal <= 1.2)"
echo "  berth fuse / podman fuse: dd $(ratio "$(io bf_ 0)" "$(io pi_ 0)"), create $(ratio "$(io bf_ 1)" "$(io pi_ 1)"), remove $(ratio "$(io bf_ 2)" "$(io pi_ 2)")   (goal <= 1)"

# default networks: berth's slirp4netns against podman's (slirp4netns in 4.3)
bn=(); for _ in $(seq "$RUNS"); do bn+=("$(time_ms as_user "$STATE/bin/berth" run --rm "$IMG" true)"); done
echo "run --rm true with the default network: berth $(median "${bn[@]}") ms, podman $(median "${p[@]}") ms, ratio $(echo "scale=3; $(median "${bn[@]}") / $(median "${p[@]}")" | bc)"

as_user "$STATE/bin/berth" rmi -a >/dev/null 2>&1 || true
podman_ rmi -a -f >/dev/null 2>&1 || true
umount -l "$fs" 2>/dev/null || true; rm -f "$img_file"
rm -rf "$work" 2>/dev/null || true
