#!/usr/bin/env bash
# Networks and pods, berth beside podman in the same run, all on loopback:
#  1. `network create` + two containers that reach each other by name (a busybox httpd and
#     a wget of it by its name) + teardown (`rm -f`, `network rm`);
#  2. `pod create` + two containers (httpd and a wget of it over localhost) + `pod rm -f`;
#  3. container-to-container throughput on one network: nc piping /dev/zero to nc for
#     SECS seconds, MB/s as the receiver counts it.
# Run as root: `sudo bench/network.sh [RUNS] [SECS]` (PARTS="by_name in_pod c2c" picks). With BERTH_BIN and BERTH_TEST_REGISTRY
# set (a test machine: `source /work/testenv.sh`), it uses that binary and registry and
# builds or starts nothing (bench/common.sh otherwise). Both tools get the same commands;
# the throughput client reaches the sink by its fixed address (names cost no bandwidth).
RUNS=${1:-5}
SECS=${2:-5}
set -euo pipefail
if [[ -n ${BERTH_BIN:-} && -n ${BERTH_TEST_REGISTRY:-} ]]; then
    ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
    STATE=/tmp/berth-bench-net; USER_NAME=${BERTH_TEST_USER:-berthtest}; REG=$BERTH_TEST_REGISTRY
    mkdir -p "$STATE"; chmod 0755 "$STATE"
    median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
    # podman's rootless pause process (this run's own, under its XDG_RUNTIME_DIR) outlives
    # every podman command: end it with the benchmark
    cleanup() {
        local p
        p=$(cat /tmp/bw-x/libpod/tmp/pause.pid 2>/dev/null) && kill "$p" 2>/dev/null || true
    }
else
    # shellcheck source=bench/common.sh
    . "$(dirname "${BASH_SOURCE[0]}")/common.sh"
    python3 "$ROOT/tests/fixtures/mkimages.py" "$REG" "$STATE/images.json" >/dev/null
    BERTH_BIN=$STATE/bin/berth
fi
IMG=$REG/berth-test/busybox:latest
work=$STATE/networks
rm -rf "$work" /tmp/bw-x /tmp/bw-r
mkdir -p "$work/home" /tmp/bw-x /tmp/bw-r
chown -R "$USER_NAME": "$work" /tmp/bw-x /tmp/bw-r; chmod 0700 /tmp/bw-x
as_user() {
    runuser -u "$USER_NAME" -- env -i HOME="$work/home" USER="$USER_NAME" PATH=/usr/bin:/bin:/usr/sbin:/sbin \
        XDG_RUNTIME_DIR=/tmp/bw-x XDG_DATA_HOME="$work/home/.local/share" XDG_CONFIG_HOME="$work/home/.config" "$@"
}
podman_() {
    as_user podman --root "$work/podman-root" --runroot /tmp/bw-r --storage-driver overlay \
        --storage-opt overlay.mount_program=/usr/bin/fuse-overlayfs --runtime runc --cgroup-manager cgroupfs --events-backend none "$@"
}
berth_() { as_user "$BERTH_BIN" "$@"; }
trap 'berth_ rm -af -t 0 >/dev/null 2>&1; podman_ rm -af -t 0 >/dev/null 2>&1; podman_ pod rm -af >/dev/null 2>&1; cleanup' EXIT
berth_ pull -q --tls-verify=false "$IMG" >/dev/null
podman_ pull -q --tls-verify=false "$IMG" >/dev/null
ms() { local t0 t1; t0=$(date +%s%N); "$@" >/dev/null 2>&1 || { echo fail; return; }; t1=$(date +%s%N); echo $(( (t1 - t0) / 1000000 )); }

# podman resolves container names on a network only with aardvark-dns (netavark) or CNI's
# dnsname plugin; without them its client gets the name from --add-host instead (the same
# commands, the server at a fixed address), and the line says so
podman_dns=
for d in /usr/libexec/podman/aardvark-dns /usr/lib/podman/aardvark-dns /usr/lib/cni/dnsname /usr/libexec/cni/dnsname /opt/cni/bin/dnsname; do
    [[ -x $d ]] && podman_dns=$d
done
by_name() { # $1 tool: network, httpd, a client reaching it by name, teardown
    local hosts=()
    [[ $1 == podman_ && -z $podman_dns ]] && hosts=(--add-host srv:10.99.7.10)
    $1 network create --subnet 10.99.7.0/24 bn >/dev/null &&
    $1 run -d --name srv --network bn --ip 10.99.7.10 "$IMG" httpd -f -p 80 -h /etc >/dev/null &&
    $1 run --rm --network bn "${hosts[@]}" "$IMG" sh -c 'for i in $(seq 50); do wget -q -O /dev/null http://srv/hostname && exit 0; sleep 0.1; done; exit 1' &&
    $1 rm -f -t 0 srv >/dev/null && $1 network rm bn >/dev/null
}
in_pod() { # $1 tool: pod, httpd, a client over localhost, pod rm -f
    $1 pod create --name bp >/dev/null &&
    $1 run -d --pod bp "$IMG" httpd -f -p 80 -h /etc >/dev/null &&
    $1 run --rm --pod bp "$IMG" sh -c 'for i in $(seq 50); do wget -q -O /dev/null http://127.0.0.1/hostname && exit 0; sleep 0.1; done; exit 1' &&
    $1 pod rm -f -t 0 bp >/dev/null
}
throughput() { # $1 tool → MB/s from one container to another on one network, SECS seconds
    local out
    $1 network create --subnet 10.99.8.0/24 bt >/dev/null
    # the sink's nc must not see its stdin end (busybox nc then closes the connection)
    $1 run -d --name sink --network bt --ip 10.99.8.10 "$IMG" sh -c 'sleep 300 | nc -l -p 5001 | wc -c > /tmp/n' >/dev/null
    sleep 1
    # not `timeout`: busybox's execs the command as the container's pid 1, which ignores
    # the SIGTERM timeout sends; the shell ends the sender itself
    $1 run --rm --network bt "$IMG" sh -c "cat /dev/zero | nc 10.99.8.10 5001 & sleep $SECS; kill \$!" >/dev/null 2>&1 || true
    sleep 1
    out=$($1 exec sink cat /tmp/n 2>/dev/null || echo 0)
    $1 rm -f -t 0 sink >/dev/null; $1 network rm bt >/dev/null
    echo $(( out / SECS / 1000000 ))
}
ratio() { echo "scale=2; $1 / $2" | bc; }
# PARTS="by_name in_pod c2c" (the default) picks the measurements
PARTS=${PARTS:-by_name in_pod c2c}
for what in by_name in_pod; do
    [[ " $PARTS " == *" $what "* ]] || continue
    b=(); p=()
    for _ in $(seq "$RUNS"); do b+=("$(ms $what berth_)"); p+=("$(ms $what podman_)"); done
    bm=$(median "${b[@]}"); pm=$(median "${p[@]}")
    printf '%-8s berth %6s ms   podman %6s ms   ratio %s   (runs: berth %s; podman %s)\n' \
        "$what" "$bm" "$pm" "$(ratio "$bm" "$pm")" "${b[*]}" "${p[*]}"
done
if [[ " $PARTS " == *" c2c "* ]]; then
    b=(); p=()
    for _ in $(seq 3); do b+=("$(throughput berth_)"); p+=("$(throughput podman_)"); done
    printf 'c2c      berth %6s MB/s podman %6s MB/s (runs: berth %s; podman %s)\n' \
        "$(median "${b[@]}")" "$(median "${p[@]}")" "${b[*]}" "${p[*]}"
fi
[[ -n $podman_dns ]] || echo "note: podman has no aardvark-dns or dnsname here: its by_name client reached srv through --add-host"
