#!/usr/bin/env bash
# Prepare a Debian 12 host for berth's test suite. Idempotent; run as root.
#  - installs the packages the tests need (only the missing ones)
#  - opens /dev/fuse and /dev/net/tun to unprivileged users
#  - creates the unprivileged test user `berthtest` with subuid/subgid ranges
#  - checks that newuidmap/newgidmap are usable (setuid root)
set -euo pipefail

TEST_USER=berthtest
TEST_HOME=/home/$TEST_USER
RANGE=65536          # size of the subordinate id range
FIRST_START=200000   # preferred start of the range, if free

PKGS=(uidmap fuse-overlayfs slirp4netns passt docker-registry busybox-static
      qemu-system-x86 zstd apache2-utils openssl python3 curl iproute2 gcc libc6-dev
      ca-certificates podman runc podman-compose)

log() { echo "setup-host: $*"; }
die() { echo "setup-host: ERROR: $*" >&2; exit 1; }

[[ $(id -u) -eq 0 ]] || die "must run as root"

# --- packages ----------------------------------------------------------------
missing=()
for p in "${PKGS[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$p")
    fi
done
if ((${#missing[@]})); then
    log "installing: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q </dev/null
    apt-get install -y -q -o DPkg::Lock::Timeout=300 -o Dpkg::Options::=--force-confold "${missing[@]}" </dev/null
    pkg_note="installed ${#missing[@]} package(s)"
else
    pkg_note="packages present"
fi

# The Debian docker-registry package starts a system-wide registry on :5000
# (all interfaces) where systemd runs. The tests start their own, on loopback
# only, so keep that one stopped.
if command -v systemctl >/dev/null 2>&1 && [[ -d /run/systemd/system ]]; then
    if systemctl is-active --quiet docker-registry.service 2>/dev/null ||
       systemctl is-enabled --quiet docker-registry.service 2>/dev/null; then
        log "stopping and disabling the system docker-registry service"
        systemctl disable --now docker-registry.service >/dev/null 2>&1 || true
    fi
fi

# --- device nodes ------------------------------------------------------------
[[ -e /dev/fuse ]] || mknod -m 0666 /dev/fuse c 10 229
chmod 0666 /dev/fuse
if [[ ! -e /dev/net/tun ]]; then
    mkdir -p /dev/net
    mknod -m 0666 /dev/net/tun c 10 200
fi
chmod 0666 /dev/net/tun

# --- kernel knobs for unprivileged user namespaces ---------------------------
# Older Debian kernels gate user namespaces behind this sysctl.
if [[ -e /proc/sys/kernel/unprivileged_userns_clone ]] &&
   [[ $(cat /proc/sys/kernel/unprivileged_userns_clone) == 0 ]]; then
    log "enabling kernel.unprivileged_userns_clone"
    echo 1 >/proc/sys/kernel/unprivileged_userns_clone
fi
if [[ -e /proc/sys/user/max_user_namespaces ]] &&
   [[ $(cat /proc/sys/user/max_user_namespaces) == 0 ]]; then
    die "user.max_user_namespaces is 0: user namespaces are disabled on this host"
fi

# --- test user -----------------------------------------------------------------
if ! id -u "$TEST_USER" >/dev/null 2>&1; then
    log "creating user $TEST_USER"
    # No password: the account is locked for password logins.
    useradd --create-home --home-dir "$TEST_HOME" --shell /bin/bash "$TEST_USER"
fi
mkdir -p "$TEST_HOME"
chown "$TEST_USER:" "$TEST_HOME"

# --- subordinate id ranges -----------------------------------------------------
touch /etc/subuid /etc/subgid
chmod 0644 /etc/subuid /etc/subgid

# Prints "START" if $TEST_USER has exactly one entry of $RANGE ids in file $1.
current_range() {
    awk -F: -v u="$TEST_USER" -v n="$RANGE" '
        $1 == u { c++; s = $2; k = $3 }
        END { if (c == 1 && k == n) print s }' "$1"
}

# True if [start, start+RANGE) overlaps an entry of another user in $1.
overlaps() {
    awk -F: -v u="$TEST_USER" -v s="$2" -v n="$RANGE" '
        NF >= 3 && $1 != u && $1 !~ /^#/ && ($2 < s + n) && (s < $2 + $3) { bad = 1 }
        END { exit !bad }' "$1"
}

uid_start=$(current_range /etc/subuid)
gid_start=$(current_range /etc/subgid)
ok=1
if [[ -z $uid_start || -z $gid_start || $uid_start != "$gid_start" ]]; then
    ok=0
elif overlaps /etc/subuid "$uid_start" || overlaps /etc/subgid "$gid_start"; then
    ok=0
fi
if ((!ok)); then
    # Pick the first free RANGE-aligned start (same one in both files).
    start=$FIRST_START
    while overlaps /etc/subuid "$start" || overlaps /etc/subgid "$start"; do
        start=$((start + RANGE))
    done
    for f in /etc/subuid /etc/subgid; do
        # Drop any other entries of the test user (e.g. ones useradd made).
        awk -F: -v u="$TEST_USER" '$1 != u' "$f" >"$f.berth-tmp"
        echo "$TEST_USER:$start:$RANGE" >>"$f.berth-tmp"
        chmod 0644 "$f.berth-tmp"
        mv "$f.berth-tmp" "$f"
    done
    uid_start=$start
    log "assigned $TEST_USER subuid/subgid $start:$RANGE"
fi

# --- newuidmap / newgidmap -------------------------------------------------------
for helper in /usr/bin/newuidmap /usr/bin/newgidmap; do
    [[ -x $helper ]] || die "$helper is missing (package uidmap)"
    owner=$(stat -c %u "$helper")
    if [[ $owner != 0 || ! -u $helper ]]; then
        die "$helper must be owned by root and setuid (mode 4755); it is $(stat -c '%A %U' "$helper"). Try: apt-get install --reinstall uidmap"
    fi
done

# A second user with NO subordinate range: berth must warn with the fix and map one id.
NOSUB_USER=berthnosub
if ! id -u "$NOSUB_USER" >/dev/null 2>&1; then
    useradd --create-home --shell /bin/bash "$NOSUB_USER"
fi
for f in /etc/subuid /etc/subgid; do
    if grep -qE "^($NOSUB_USER|$(id -u "$NOSUB_USER")):" "$f"; then
        sed -i -E "/^($NOSUB_USER|$(id -u "$NOSUB_USER")):/d" "$f"
    fi
done

log "ok: $pkg_note; user $TEST_USER uid=$(id -u "$TEST_USER") subuid/subgid=$uid_start:$RANGE; /dev/fuse and /dev/net/tun 0666; newuidmap/newgidmap setuid"
