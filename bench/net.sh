#!/usr/bin/env bash
# Network benchmark, all on loopback: throughput through a published port (host downloads a
# 500 MB file from busybox httpd in the container) and from the container to the host's
# loopback (the container downloads from busybox httpd on the host through the helper's
# host-loopback address: slirp4netns' 10.0.2.2, pasta's mapped gateway), plus connection
# set-up latency (20 small requests), berth beside podman with the same helper in the same
# run: slirp4netns, then pasta (podman 4.3 predates pasta support: berth's figures alone,
# then). Run as root: `sudo bench/net.sh [RUNS]`.
RUNS=${1:-7}
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
net_of() { # helper → "network for the published port" "network for host loopback" "host address"
    case $1 in
        slirp4netns) echo "slirp4netns:port_handler=slirp4netns slirp4netns:allow_host_loopback=true 10.0.2.2" ;;
        pasta) echo "pasta pasta $gateway" ;;
    esac
}
serve() { # $1 tool, $2 helper → "port id" of an httpd container with a published port
    local port id net
    read -r net _ _ < <(net_of "$2")
    port=$(free)
    id=$($1 run -d --network "$net" -p "127.0.0.1:$port:80" -v "$work/www:/www:ro" "$IMG" httpd -f -p 80 -h /www 2>/dev/null) || return 1
    for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/small" >/dev/null && break; sleep 0.1; done
    echo "$port $id"
}
download() { curl -s -o /dev/null -w '%{speed_download}' "http://127.0.0.1:$1/big" | awk '{printf "%.0f", $1/1000000}'; }
latency() { local t0 t1; t0=$(date +%s%N); for _ in $(seq 20); do curl -s -o /dev/null "http://127.0.0.1:$1/small"; done; t1=$(date +%s%N); echo $(( (t1 - t0) / 20000 )); }
to_host() { # $1 tool, $2 helper → MB/s of one 500 MB download from the host's loopback
    local t0 t1 loopnet hostaddr
    read -r _ loopnet hostaddr < <(net_of "$2")
    t0=$(date +%s%N)
    $1 run --rm --network "$loopnet" "$IMG" wget -q -O /dev/null "http://$hostaddr:$hport/big" 2>/dev/null || { echo -; return; }
    t1=$(date +%s%N)
    echo "$(( 500 * 1000000000 / (t1 - t0) ))"
}
# The two tools take turns, transfer by transfer: this VM's throughput drifts by 2x from one
# minute to the next, and turns spread that drift over both.
measure() { # $1 helper → "bpub bloop blat ppub ploop plat"
    local helper=$1 bp bid pp pid_ b_pub=() p_pub=() b_loop=() p_loop=() b_lat=() p_lat=() podman_ok=1
    read -r bp bid < <(serve berth_ "$helper")
    if ! read -r pp pid_ < <(serve podman_ "$helper"); then podman_ok=0; fi
    for _ in $(seq "$RUNS"); do
        b_pub+=("$(download "$bp")"); b_lat+=("$(latency "$bp")")
        if ((podman_ok)); then p_pub+=("$(download "$pp")"); p_lat+=("$(latency "$pp")"); fi
    done
    berth_ rm -f -t 0 "$bid" >/dev/null; ((podman_ok)) && podman_ rm -f -t 0 "$pid_" >/dev/null
    for _ in $(seq "$RUNS"); do
        b_loop+=("$(to_host berth_ "$helper")")
        ((podman_ok)) && p_loop+=("$(to_host podman_ "$helper")")
    done
    if ((podman_ok)); then
        echo "$(median "${b_pub[@]}") $(median "${b_loop[@]}") $(median "${b_lat[@]}") $(median "${p_pub[@]}") $(median "${p_loop[@]}") $(median "${p_lat[@]}")"
    else
        echo "$(median "${b_pub[@]}") $(median "${b_loop[@]}") $(median "${b_lat[@]}") - - -"
    fi
}
ratio() { if [[ $2 == - ]]; then echo "podman: none"; else echo "ratio $(echo "scale=2; $1 / $2" | bc)"; fi; }
for helper in slirp4netns pasta; do
    read -r bpub bloop blat ppub ploop plat < <(measure "$helper")
    echo "$helper, medians over $RUNS: published port (host <- container) berth ${bpub} MB/s, podman ${ppub} MB/s ($(ratio "$bpub" "$ppub"), goal >= 1)"
    echo "  container -> host loopback: berth ${bloop} MB/s, podman ${ploop} MB/s ($(ratio "$bloop" "$ploop"), goal >= 1)"
    echo "  connection set-up + small request: berth ${blat} us, podman ${plat} us ($(ratio "$blat" "$plat"), goal <= 1)"
done
rm -rf "$work" 2>/dev/null || true
