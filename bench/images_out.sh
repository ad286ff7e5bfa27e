#!/usr/bin/env bash
# Images going out (issue 9): push, save and load of the pull benchmark's image (about 500 MB,
# 40k files, 8 layers), berth beside podman (rootless, runc, fuse-overlayfs) in the same run,
# with each command's wall time and peak RSS (GNU time's %M). Run as root:
# `bench/images_out.sh [RUNS]`; every command runs as the unprivileged user berthtest.
#   push: to a repository of the loopback registry that does not exist yet (a new one each run),
#         so every blob goes over the wire unless the tool mounts it from the source repository
#   save: `save -o FILE` (docker-archive), the image already in the store
#   load: `load -i FILE` of that archive into an empty store
#
# Unlike bench/common.sh this touches nothing of the host's: it uses the registry that is
# already running (REGISTRY=HOST:PORT, default BERTH_TEST_REGISTRY from /work/testenv.sh or
# /var/lib/berth-test/registry.env), the berth binary given as BERTH (default
# target/release/berth, built once by the caller), and it ends only the processes it
# started: the podman pause process of each home it made, by that home's pid file.
set -euo pipefail
RUNS=${1:-3}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
USER_NAME=${BENCH_USER:-berthtest}
BERTH=${BERTH:-$ROOT/target/release/berth}
[[ $(id -u) -eq 0 ]] || { echo "$(basename "$0"): run as root" >&2; exit 1; }
[[ -x $BERTH ]] || { echo "no berth binary at $BERTH (cargo build --release, or set BERTH)" >&2; exit 1; }
if [[ -z ${REGISTRY:-} ]]; then
    if [[ -z ${BERTH_TEST_REGISTRY:-} && -f /var/lib/berth-test/registry.env ]]; then
        # shellcheck source=/dev/null
        . /var/lib/berth-test/registry.env
    fi
    REGISTRY=${BERTH_TEST_REGISTRY:?set REGISTRY=HOST:PORT of a running registry}
fi
REG=$REGISTRY
STATE=${BENCH_STATE:-/var/lib/berth-bench-out}
mkdir -p "$STATE/bin" "$STATE/cache"; chmod 0755 "$STATE" "$STATE/bin"
install -m 0755 "$BERTH" "$STATE/bin/berth"

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

echo "building/pushing the benchmark image (cached in $STATE/cache)..."
python3 "$ROOT/bench/mkbig.py" "$REG" "$STATE/cache" >/dev/null
IMG=$REG/berth-bench/big:latest

work=$STATE/work-out
rm -rf "$work"; mkdir -p "$work"; chown "$USER_NAME": "$work"; chmod 0755 "$work"
# as_user HOME_NAME CMD...: the user, with a home (and so a store) of its own per HOME_NAME
as_user() {
    local h=$work/$1; shift
    runuser -u "$USER_NAME" -- env -i HOME="$h" USER="$USER_NAME" PATH=/usr/bin:/bin:/usr/sbin:/sbin \
        XDG_RUNTIME_DIR="$h/run" XDG_DATA_HOME="$h/.local/share" XDG_CONFIG_HOME="$h/.config" "$@"
}
podman_in() {
    local h=$1; shift
    as_user "$h" podman --root "$work/$h/.local/share/podman-root" --runroot "$work/$h/podman-run" \
        --storage-driver overlay --storage-opt overlay.mount_program=/usr/bin/fuse-overlayfs --runtime runc "$@"
}
berth_in() { local h=$1; shift; as_user "$h" "$STATE/bin/berth" "$@"; }
home() { as_user . mkdir -p "$work/$1/run"; chmod 0700 "$work/$1/run"; }
# the pause process podman started for this home, and only that one
end_pause() {
    local pf=$work/$1/run/libpod/tmp/pause.pid
    if [[ -f $pf ]]; then kill -KILL "$(cat "$pf")" 2>/dev/null || true; sleep 0.2; fi
}
wipe() {
    [[ -d $work/$1 ]] || return 0
    # the stores hold files owned by subordinate IDs: remove them as the user, in its namespace
    [[ -d $work/$1/.local/share/podman-root ]] && as_user "$1" podman --root "$work/$1/.local/share/podman-root" \
        --runroot "$work/$1/podman-run" unshare rm -rf "$work/$1/.local/share/podman-root" 2>/dev/null || true
    [[ -d $work/$1/.local/share/berth ]] && as_user "$1" "$STATE/bin/berth" unshare rm -rf "$work/$1/.local/share/berth" 2>/dev/null || true
    end_pause "$1"
    rm -rf "${work:?}/$1"
}
trap 'wipe src; wipe dst' EXIT
# measure OUT_VAR_PREFIX CMD...: appends wall seconds to ${prefix}_t and peak KB to ${prefix}_m
measure() {
    local p=$1; shift
    local f; f=$(mktemp); chmod 0644 "$f"
    /usr/bin/time -o "$f" -f '%e %M' "$@" >/dev/null 2>"$work/last.err" || {
        echo "failed: $*" >&2; cat "$work/last.err" >&2; rm -f "$f"; exit 1
    }
    read -r t m <"$f"; rm -f "$f"
    eval "${p}_t+=(\"$t\"); ${p}_m+=(\"$m\")"
}

berth_push_t=(); berth_push_m=(); berth_save_t=(); berth_save_m=(); berth_load_t=(); berth_load_m=()
podman_push_t=(); podman_push_m=(); podman_save_t=(); podman_save_m=(); podman_load_t=(); podman_load_m=()
for i in $(seq "$RUNS"); do
    for tool in berth podman; do
        wipe src; wipe dst; home src; home dst
        if [[ $tool == berth ]]; then run_in=berth_in; else run_in=podman_in; fi
        $run_in src pull -q --tls-verify=false "$IMG" >/dev/null
        measure "${tool}_push" $run_in src push --tls-verify=false "$IMG" "$REG/berth-bench/out-$tool-$$-$i:latest"
        measure "${tool}_save" $run_in src save -o "$work/src/big.tar" "$IMG"
        chmod 0644 "$work/src/big.tar"
        measure "${tool}_load" $run_in dst load -i "$work/src/big.tar"
        eval "echo \"$tool run $i: push \${${tool}_push_t[-1]} s, save \${${tool}_save_t[-1]} s, load \${${tool}_load_t[-1]} s\""
    done
done

echo
echo "medians over $RUNS runs (wall s; peak RSS MiB of the berth/podman process):"
printf '%-6s %10s %10s %8s %12s %12s %9s\n' step berth podman ratio "berth RSS" "podman RSS" "RSS ratio"
for step in push save load; do
    eval "bt=(\"\${berth_${step}_t[@]}\"); pt=(\"\${podman_${step}_t[@]}\"); bm=(\"\${berth_${step}_m[@]}\"); pm=(\"\${podman_${step}_m[@]}\")"
    b=$(median "${bt[@]}"); p=$(median "${pt[@]}")
    bmm=$(median "${bm[@]}" | cut -d. -f1); pmm=$(median "${pm[@]}" | cut -d. -f1)
    printf '%-6s %10s %10s %7sx %12s %12s %8sx\n' "$step" "$b" "$p" "$(echo "scale=2; $b / $p" | bc)" \
        "$((bmm / 1024))" "$((pmm / 1024))" "$(echo "scale=2; $bmm / $pmm" | bc)"
done
