#!/usr/bin/env bash
# Network benchmark, all on loopback: throughput through a published port (host downloads a
# 500 MB file from busybox httpd in the container) and from the container to the host's
# loopback (the container downloads from busybox httpd on the host through the helper's
# host-loopback address: slirp4netns' 10.0.2.2, pasta's mapped gateway), plus connection
# set-up latency (20 small requests), berth beside podman with the same helper in the same
# run: slirp4netns, then pasta (podman 4.3 predates pasta support: berth's figures alone,
# then). Run as root: `sudo bench/net.sh [RUNS]`.
RUNS=${1:-3}
# shellcheck source=bench/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"
command -v curl >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq curl >/dev/null
python3 "$ROOT/tests/fixtures/mkimages.py" "$REG" "$STATE/images.json" >/dev/null
IMG=$REG/berth-test/busybox:latest
work=$STATE/network
rm -rf "$work"; mkdir -p "$work/home" "$work/run" "$work/www"; chmod 0755 "$work" "$work/www"
dd if=/dev/urandom of="$work/www/big" bs=1M count=500 status=none; echo small > "$work/www/small"
chmod 0644 "$work/www/"*; chown -R "$USER_NAME": "$work"
# short runtime paths: slirp4netns' API socket path must stay under 108 bytes for podman
rm -rf /tmp/bn-x /tmp/bn-r; mkdir -p /tmp/bn-x /tmp/bn-r; chown "$USER_NAME": /tmp/bn-x /tmp/bn-r; chmod 0700 /tmp/bn-x
as_user() {
    runuser -u "$USER_NAME" -- env -i HOME="$work/home" USER=$USER_NAME PATH=/usr/bin:/bin:/usr/sbin:/sbin \
        XDG_RUNTIME_DIR=/tmp/bn-x XDG_DATA_HOME="$work/home/.local/share" XDG_CONFIG_HOME="$work/home/.config" "$@"
}
podman_() {
    as_user podman --root "$work/podman-root" --runroot /tmp/bn-r --storage-driver overlay \
        --storage-opt overlay.mount_program=/usr/bin/fuse-overlayfs --runtime runc --cgroup-manager cgroupfs --events-backend none "$@"
}
berth_() { as_user "$STATE/bin/berth" "$@"; }
berth_ pull -q --tls-verify=false "$IMG" >/dev/null
podman_ pull -q --tls-verify=false "$IMG" >/dev/null
free() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

hport=$(free)
busybox httpd -f -p "127.0.0.1:$hport" -h "$work/www" & hpid=$!
trap 'kill $hpid 2>/dev/null; cleanup' EXIT

gateway=$(ip route show default | awk '{print $3; exit}')
measure() { # $1 = berth_|podman_, $2 = slirp4netns|pasta
    local tool=$1 helper=$2 port id t0 t1 pub=() loop=() lat=() net loopnet hostaddr
    case $helper in
        slirp4netns) net=slirp4netns:port_handler=slirp4netns; loopnet=slirp4netns:allow_host_loopback=true; hostaddr=10.0.2.2 ;;
        pasta) net=pasta; loopnet=pasta; hostaddr=$gateway ;;
    esac
    port=$(free)
    id=$($tool run -d --network "$net" -p "127.0.0.1:$port:80" -v "$work/www:/www:ro" "$IMG" httpd -f -p 80 -h /www) || { echo "- - -"; return; }
    for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/small" >/dev/null && break; sleep 0.1; done
    for _ in $(seq "$RUNS"); do
        pub+=("$(curl -s -o /dev/null -w '%{speed_download}' "http://127.0.0.1:$port/big" | awk '{printf "%.0f", $1/1000000}')")
    done
    t0=$(date +%s%N); for _ in $(seq 20); do curl -s -o /dev/null "http://127.0.0.1:$port/small"; done; t1=$(date +%s%N)
    lat=$(( (t1 - t0) / 20000 ))
    $tool rm -f -t 0 "$id" >/dev/null
    for _ in $(seq "$RUNS"); do
        t0=$(date +%s%N)
        $tool run --rm --network "$loopnet" "$IMG" wget -q -O /dev/null "http://$hostaddr:$hport/big"
        t1=$(date +%s%N)
        loop+=("$(( 500 * 1000000000 / (t1 - t0) ))")
    done
    echo "$(median "${pub[@]}") $(median "${loop[@]}") $lat"
}
ratio() { if [[ $2 == - ]]; then echo "podman: none"; else echo "ratio $(echo "scale=2; $1 / $2" | bc)"; fi; }
for helper in slirp4netns pasta; do
    read -r bpub bloop blat < <(measure berth_ "$helper")
    read -r ppub ploop plat < <(measure podman_ "$helper" 2>/dev/null)
    echo "$helper, medians over $RUNS: published port (host <- container) berth ${bpub} MB/s, podman ${ppub} MB/s ($(ratio "$bpub" "$ppub"), goal >= 1)"
    echo "  container -> host loopback: berth ${bloop} MB/s, podman ${ploop} MB/s ($(ratio "$bloop" "$ploop"), goal >= 1)"
    echo "  connection set-up + small request: berth ${blat} us, podman ${plat} us ($(ratio "$blat" "$plat"), goal <= 1)"
done
rm -rf "$work" 2>/dev/null || true
