#!/usr/bin/env bash
# The cgroup v2 VM lane (issue 10): boot Debian's own kernel under qemu (TCG) with an
# initramfs that holds berth, its helpers and a local registry, delegate a pure cgroup v2
# subtree to an unprivileged user as systemd's user@1000.service would, run a test script as
# that user and report its output and exit status.
#
#   scripts/vm.sh run BERTH-BINARY TEST-SCRIPT [FILE...]   boot, run, report (run as root)
#   scripts/vm.sh prepare                                  fill the cache only
#   scripts/vm.sh clean                                    remove the cache
#
# Inside the VM the test script runs as berthtest (uid 1000, gid 1000, subuid/subgid
# 100000:65536) with /bin/sh (busybox), in the cgroup
# /user.slice/user-1000.slice/user@1000.service/init.scope, with:
#   HOME=/home/berthtest XDG_RUNTIME_DIR=/run/user/1000 (0700, the user's)
#   BERTH_VM_IMAGE=127.0.0.1:5000/busybox:latest   (busybox-static based, in a registry
#                                                   inside the VM, insecure in registries.conf)
#   BERTH_VM_REGISTRY=127.0.0.1:5000               (also holds tests/fixtures/mkimages.py's
#   BERTH_VM_IMAGES=/vm/images.json                 berth-test/* images, described there)
#   BERTH_VM_CGROUP=/sys/fs/cgroup/user.slice/user-1000.slice/user@1000.service
#   BERTH_VM_FILES=/vm/files                       (the FILEs, by base name)
#   berth on PATH (/usr/local/bin/berth); newuidmap/newgidmap setuid; fuse-overlayfs;
#   slirp4netns; /dev/fuse and /dev/net/tun 0666; overlay, fuse, tun, veth loaded.
# No network device: only loopback.
#
# Exit status: the test script's, or
#   100  the VM did not boot or gave no result (crash, hang: see the log it names)
#   101  this host cannot run the lane (not root, no qemu, no kernel package...)
#   102  the VM booted but its set-up failed (cgroup delegation, registry...)
#   124  the test script timed out inside the VM
#
# Environment (all optional):
#   BERTH_VM_CACHE         cache dir (default /var/cache/berth-vm): kernel, static initramfs
#   BERTH_VM_KERNEL_PKG    kernel package (default: what linux-image-amd64 depends on)
#   BERTH_VM_TIMEOUT       seconds the test may take inside the VM (default 300)
#   BERTH_VM_MEM / BERTH_VM_SMP   guest memory in MiB (2048) and CPUs (2)
#   BERTH_VM_HOST_TIMEOUT  seconds before qemu itself is killed (default BERTH_VM_TIMEOUT + 180)
#   BERTH_VM_KEEP=1        keep the run directory (log, initrd) and say where
#   BERTH_VM_PVH=0         boot the compressed bzImage instead of the extracted vmlinux
#   BERTH_VM_STRIP=0       copy berth as is (default: a copy without debug info, smaller)
#   BERTH_VM_SYSTEMD=1     the systemd mode (below) instead of the busybox initramfs
#
# The systemd mode (BERTH_VM_SYSTEMD=1): a small initramfs loads the 9p and overlay modules,
# mounts the host's / read-only over 9p (qemu -virtfs) under a tmpfs overlay and switch_roots
# into it with the host's systemd as pid 1 (berth-vm.target: basic.target, dbus, logind; the
# slow or irrelevant units masked in the overlay). The test user (the host's berthtest, its
# uid and subordinate ids) lingers, so logind starts user@UID.service with its delegated
# subtree and a user bus at boot; the test runs as that user through `su -l` (pam_systemd:
# a session-N.scope, not delegated, as a login shell on Fedora, Ubuntu or Debian), with a
# fresh tmpfs home, the same BERTH_VM_* variables (BERTH_VM_CGROUP is the user manager's
# user@UID.service) plus BERTH_VM_SYSTEMD=1. The run's files travel through a second 9p
# share (/vm inside, read-write).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SELF="$ROOT/scripts/vm.sh"
CACHE=${BERTH_VM_CACHE:-/var/cache/berth-vm}
TEST_TIMEOUT=${BERTH_VM_TIMEOUT:-300}
MEM=${BERTH_VM_MEM:-2048}
SMP=${BERTH_VM_SMP:-2}
VM_UID=1000
VM_USER=berthtest
SUB_START=100000
SUB_RANGE=65536
# Kernel modules the lane loads (with their modules.dep dependencies).
MODULES=(overlay fuse tun veth)
# Helpers berth needs, copied with their shared libraries.
HELPERS=(/usr/bin/newuidmap /usr/bin/newgidmap /usr/bin/fuse-overlayfs /usr/bin/slirp4netns
         /usr/bin/docker-registry)
# Debian packages the lane needs on the host (a file that proves each one is there).
declare -A PKG_BIN=(
    [qemu-system-x86]=/usr/bin/qemu-system-x86_64
    [busybox-static]=/bin/busybox
    [docker-registry]=/usr/bin/docker-registry
    [uidmap]=/usr/bin/newuidmap
    [fuse-overlayfs]=/usr/bin/fuse-overlayfs
    [slirp4netns]=/usr/bin/slirp4netns
    [python3]=/usr/bin/python3
    [curl]=/usr/bin/curl
    [zstd]=/usr/bin/zstd
    [gcc]=/usr/bin/gcc
    [binutils]=/usr/bin/objcopy
    [ca-certificates]=/etc/ssl/certs/ca-certificates.crt
)

EXIT_NOBOOT=100
EXIT_HOST=101
EXIT_SETUP=102
EXIT_TIMEOUT=124

log() { echo "vm.sh: $*" >&2; }
# The host cannot run the lane: say why, distinctly.
cannot() { echo "vm.sh: CANNOT RUN THE VM LANE: $*" >&2; exit "$EXIT_HOST"; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

usage() {
    echo "usage: $0 run BERTH-BINARY TEST-SCRIPT [FILE...] | prepare | clean" >&2
    exit 2
}

# --- host packages -----------------------------------------------------------------------
ensure_packages() {
    local p missing=()
    for p in "${!PKG_BIN[@]}"; do
        [[ -e ${PKG_BIN[$p]} ]] || missing+=("$p")
    done
    ((${#missing[@]})) || return 0
    log "installing missing packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    { apt-get update -q && apt-get install -y -q -o DPkg::Lock::Timeout=300 "${missing[@]}"; } \
        </dev/null >&2 || cannot "apt-get install ${missing[*]} failed"
    for p in "${missing[@]}"; do
        [[ -e ${PKG_BIN[$p]} ]] || cannot "package $p installed but ${PKG_BIN[$p]} is missing"
    done
}

# --- kernel ------------------------------------------------------------------------------
# Prints the kernel package name.
kernel_package() {
    if [[ -n ${BERTH_VM_KERNEL_PKG:-} ]]; then
        echo "$BERTH_VM_KERNEL_PKG"
        return
    fi
    local dep
    dep=$(apt-cache depends linux-image-amd64 2>/dev/null |
          awk '$1 == "Depends:" && $2 ~ /^linux-image-/ { print $2; exit }')
    [[ -n $dep ]] || cannot "no kernel package: 'apt-cache depends linux-image-amd64' names none (apt-get update? or set BERTH_VM_KERNEL_PKG)"
    echo "$dep"
}

# Downloads and unpacks the kernel package into $CACHE/kernel/PKG (once); sets KDIR and KVER.
ensure_kernel() {
    local pkg=$1 dir="$CACHE/kernel/$1" tmp deb
    if [[ ! -f $dir/.complete ]]; then
        log "fetching kernel package $pkg (once; cached in $dir)"
        tmp="$CACHE/kernel/.tmp-$pkg-$$"
        rm -rf "$tmp"
        mkdir -p "$tmp/x"
        # apt's _apt user must be able to write there.
        chmod 0777 "$tmp"
        if ! (cd "$tmp" && apt-get download "$pkg" >/dev/null 2>"$tmp/apt.err"); then
            if apt-cache show "${pkg}-unsigned" >/dev/null 2>&1 &&
               (cd "$tmp" && apt-get download "${pkg}-unsigned" >/dev/null 2>>"$tmp/apt.err"); then
                :
            else
                cat "$tmp/apt.err" >&2
                rm -rf "$tmp"
                cannot "apt-get download $pkg failed (apt-cache search linux-image; set BERTH_VM_KERNEL_PKG)"
            fi
        fi
        deb=$(ls "$tmp"/*.deb)
        dpkg -x "$deb" "$tmp/x"
        rm -f "$deb"
        local kver
        kver=$(ls "$tmp/x/lib/modules" | head -n1)
        [[ -n $kver && -f $tmp/x/boot/vmlinuz-$kver ]] || { rm -rf "$tmp"; cannot "$pkg has no vmlinuz"; }
        # The package has no modules.dep (postinst makes it); busybox's depmod writes one.
        /bin/busybox depmod -b "$tmp/x" "$kver"
        echo "$kver" >"$tmp/x/.kver"
        touch "$tmp/x/.complete"
        rm -rf "$dir"
        mv "$tmp/x" "$dir"
        rm -rf "$tmp"
    fi
    KDIR=$dir
    KVER=$(cat "$dir/.kver")
    # The bzImage decompresses itself before the kernel's clock starts, which takes ~7 s
    # under TCG; qemu boots the uncompressed ELF (PVH entry point) at once.
    KIMAGE="$dir/boot/vmlinux-$KVER"
    if [[ ${BERTH_VM_PVH:-1} == 0 ]]; then
        KIMAGE="$dir/boot/vmlinuz-$KVER"
    elif [[ ! -f $KIMAGE ]]; then
        if [[ -e $dir/.bzimage-only ]] || ! extract_vmlinux "$dir/boot/vmlinuz-$KVER" "$KIMAGE"; then
            [[ -e $dir/.bzimage-only ]] || log "no PVH vmlinux in $pkg; booting the bzImage (slower)"
            touch "$dir/.bzimage-only"
            KIMAGE="$dir/boot/vmlinuz-$KVER"
        fi
    fi
}

# Writes the ELF kernel inside bzImage $1 to $2 when it is xz-compressed and the kernel has a
# PVH entry point (CONFIG_PVH), which qemu boots directly.
extract_vmlinux() {
    local config
    config="$(dirname "$1")/config-${1##*/vmlinuz-}"
    grep -q '^CONFIG_PVH=y' "$config" 2>/dev/null || return 1
    python3 -c '
import lzma, sys
data = open(sys.argv[1], "rb").read()
off = data.find(b"\xfd7zXZ\x00")
if off < 0:
    sys.exit(1)
out = lzma.LZMADecompressor().decompress(data[off:])
if out[:4] != b"\x7fELF":
    sys.exit(1)
open(sys.argv[2], "wb").write(out)
' "$1" "$2.tmp" 2>/dev/null || { rm -f "$2.tmp"; return 1; }
    mv "$2.tmp" "$2"
}

# Prints module paths (relative to lib/modules/KVER) in load order, dependencies first.
module_order() {
    local dep="$KDIR/lib/modules/$KVER/modules.dep"
    awk -v want="${MODULES[*]}" '
        {
            name = $1; sub(/:$/, "", name)
            deps[name] = ""
            for (i = 2; i <= NF; i++) deps[name] = deps[name] " " $i
            base = name; sub(/.*\//, "", base); sub(/\.ko(\.[a-z]+)?$/, "", base)
            gsub(/-/, "_", base)
            path[base] = name
        }
        function visit(m,   n, a, i) {
            if (seen[m]++) return
            n = split(deps[m], a, " ")
            for (i = n; i >= 1; i--) visit(a[i])
            print m
        }
        END {
            n = split(want, w, " ")
            for (i = 1; i <= n; i++) {
                b = w[i]; gsub(/-/, "_", b)
                if (b in path) visit(path[b])
                else print "MISSING " w[i] > "/dev/stderr"
            }
        }' "$dep"
}

# --- initramfs pieces --------------------------------------------------------------------
# Copies binary $1 to $2 inside staging dir $3 with every shared library ldd names.
copy_with_libs() {
    local src=$1 dest=$2 st=$3 lib
    mkdir -p "$st$(dirname "$dest")"
    cp -L --preserve=mode "$src" "$st$dest"
    while read -r lib; do
        [[ -n $lib ]] || continue
        if [[ $lib == */ld-linux* ]]; then
            mkdir -p "$st/lib64"
            [[ -e $st/lib64/$(basename "$lib") ]] || cp -L "$lib" "$st/lib64/"
        else
            mkdir -p "$st/lib/x86_64-linux-gnu"
            [[ -e $st/lib/x86_64-linux-gnu/$(basename "$lib") ]] ||
                cp -L "$lib" "$st/lib/x86_64-linux-gnu/"
        fi
    done < <(ldd "$src" 2>/dev/null | awk '/=>/ && $3 ~ /^\// { print $3 } /^[ \t]*\/.*ld-linux/ { print $1 }')
}

# Writes a cpio (newc) of staging dir $1 to $2.
make_cpio() {
    (cd "$1" && find . -mindepth 1 | LC_ALL=C sort | /bin/busybox cpio -o -H newc 2>/dev/null) >"$2.tmp"
    mv "$2.tmp" "$2"
}

# A host-side registry on a random loopback port with storage $1, filled with the test
# images (tests/fixtures/mkimages.py, as scripts/test.sh does) plus busybox:latest.
make_registry_storage() {
    local storage=$1 work=$2 port pid ok=0
    mkdir -p "$storage"
    for _ in 1 2 3; do
        port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
        cat >"$work/registry.yml" <<EOF
version: 0.1
log:
  level: error
storage:
  filesystem:
    rootdirectory: $storage
  delete:
    enabled: true
  maintenance:
    uploadpurging:
      enabled: false
http:
  addr: 127.0.0.1:$port
  secret: berth-vm-build
EOF
        (
            while read -r v; do unset "$v"; done < <(compgen -e | grep '^REGISTRY_' || true)
            exec /usr/bin/docker-registry serve "$work/registry.yml" </dev/null >>"$work/registry.log" 2>&1
        ) &
        pid=$!
        for _ in $(seq 100); do
            kill -0 "$pid" 2>/dev/null || break
            if curl --noproxy '*' -sf -o /dev/null --max-time 2 "http://127.0.0.1:$port/v2/"; then
                ok=1
                break
            fi
            sleep 0.1
        done
        ((ok)) && break
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    ((ok)) || { cat "$work/registry.log" >&2; cannot "a temporary docker-registry did not start"; }
    local status=0
    {
        env -u BERTH_TEST_TOKEN_REGISTRY -u BERTH_TEST_REGISTRY_STORAGE \
            python3 "$ROOT/tests/fixtures/mkimages.py" "127.0.0.1:$port" "$work/images.json" \
            --storage "$storage" >"$work/mkimages.log" 2>&1 &&
        python3 - "$ROOT/tests/fixtures" "127.0.0.1:$port" <<'EOF'
import sys
sys.path.insert(0, sys.argv[1])
import mkimages as m
reg = m.Registry(sys.argv[2])
reg.check()
base = m.base_layer()
cfg = m.make_config([base], {"org.berth.test": "busybox"})
m.push_image(reg, "busybox", "latest", [base], cfg)
EOF
    } || status=$?
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    ((status == 0)) || { cat "$work/mkimages.log" >&2; cannot "pushing the test images to the temporary registry failed"; }
}

# The VM's /init.
write_init() {
    cat >"$1" <<'INIT'
#!/bin/sh
# berth VM lane init (written by scripts/vm.sh).
export PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin
CG=/sys/fs/cgroup
SVC=$CG/user.slice/user-1000.slice/user@1000.service

if [ "$1" != stage2 ]; then
    # The initramfs is rootfs, which pivot_root refuses as the current root: make / a bind
    # mount of it (a mount with a parent), as switch_root would with a real root.
    mkdir -p /newroot
    mount --bind / /newroot
    cd /newroot
    mount --move . /
    exec chroot . /init stage2
fi

mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev
exec </dev/null >/dev/console 2>&1
mkdir -p /dev/pts /dev/shm
mount -t devpts -o gid=5,mode=620,ptmxmode=666 devpts /dev/pts
mount -t tmpfs -o mode=1777 tmpfs /dev/shm
mount -t tmpfs -o mode=1777 tmpfs /tmp
mount -t tmpfs -o mode=755 tmpfs /run
mount --make-rshared /
dmesg -n 1 2>/dev/null || true
. /etc/berth-vm/env
# (a line of its own: the firmware's last line has no end)
echo ""
echo "BERTH-VM-BOOTED kernel=$(uname -r) uptime=$(cut -d' ' -f1 /proc/uptime)"

fail() {
    echo "BERTH-VM-SETUP-FAILED: $*"
    sync
    poweroff -f
    sleep 10
}

while read -r m; do
    insmod "/lib/modules/$(uname -r)/$m" || echo "BERTH-VM: insmod $m failed"
done </etc/berth-vm/modules
[ -e /dev/fuse ] || mknod /dev/fuse c 10 229
mkdir -p /dev/net
[ -e /dev/net/tun ] || mknod /dev/net/tun c 10 200
chmod 0666 /dev/fuse /dev/net/tun
ln -sf /proc/self/fd /dev/fd
ln -sf /proc/self/fd/0 /dev/stdin
ln -sf /proc/self/fd/1 /dev/stdout
ln -sf /proc/self/fd/2 /dev/stderr
ip link set lo up || fail "no loopback"
hostname berth-vm

# A pure cgroup v2 hierarchy, mounted as systemd mounts it.
mount -t cgroup2 -o nsdelegate,memory_recursiveprot cgroup2 $CG 2>/dev/null ||
    mount -t cgroup2 none $CG || fail "cannot mount cgroup2"
enable_all() {
    for c in $(cat "$1/cgroup.controllers"); do
        echo "+$c" >"$1/cgroup.subtree_control" 2>/dev/null ||
            echo "BERTH-VM: cannot enable $c in $1"
    done
}
# Delegation as systemd makes user@1000.service: every ancestor enables the controllers for
# its children, the service's directory and its cgroup.procs, cgroup.subtree_control and
# cgroup.threads (and memory.oom.group, memory.reclaim) belong to the user, and the user's
# own processes sit in a leaf below (init.scope), so the service may enable controllers too.
enable_all $CG
mkdir -p $CG/user.slice/user-1000.slice
enable_all $CG/user.slice
enable_all $CG/user.slice/user-1000.slice
mkdir -p $SVC
for f in "" cgroup.procs cgroup.subtree_control cgroup.threads memory.oom.group memory.reclaim; do
    [ -e "$SVC/$f" ] && chown 1000:1000 "$SVC/$f"
done
# The user manager (systemd --user) enables the delegated controllers for its children and
# makes init.scope: a cgroup it made, so all of it is the user's.
enable_all $SVC
mkdir -p $SVC/init.scope
chown -R 1000:1000 $SVC/init.scope

# The user's session directories.
mkdir -p /run/user/1000
chown 1000:1000 /run/user/1000
chmod 0700 /run/user/1000
chown -R 1000:1000 /home/berthtest
chmod 0755 /home/berthtest

# The registry with the test images, on loopback only.
/usr/bin/docker-registry serve /etc/berth-vm/registry.yml >/run/registry.log 2>&1 &
i=0
until wget -q -O /dev/null http://127.0.0.1:5000/v2/ 2>/dev/null; do
    i=$((i + 1))
    [ $i -lt 300 ] || { cat /run/registry.log; fail "the registry did not start"; }
    sleep 0.1
done

export HOME=/home/berthtest USER=berthtest LOGNAME=berthtest SHELL=/bin/sh
export XDG_RUNTIME_DIR=/run/user/1000
export BERTH_VM_IMAGE=127.0.0.1:5000/busybox:latest BERTH_VM_REGISTRY=127.0.0.1:5000
export BERTH_VM_IMAGES=/vm/images.json BERTH_VM_FILES=/vm/files BERTH_VM_CGROUP=$SVC
cd /home/berthtest

: >/tmp/test.out
chmod 0644 /tmp/test.out
tail -f /tmp/test.out 2>/dev/null | sed 's/^/~ /' &
tailpid=$!
echo "BERTH-VM-TEST-START uptime=$(cut -d' ' -f1 /proc/uptime)"
# Into the user's leaf first (as root), then become the user (su sets the groups).
sh -c "echo \$\$ >$SVC/init.scope/cgroup.procs && exec su -s /bin/sh berthtest -c 'exec /bin/sh /vm/test.sh'" \
    >>/tmp/test.out 2>&1 </dev/null &
testpid=$!
(
    sleep "$BERTH_VM_TIMEOUT"
    echo "BERTH-VM-TEST-TIMEOUT after ${BERTH_VM_TIMEOUT}s"
    touch /run/timed-out
    echo 1 >$SVC/cgroup.kill
) &
watchdog=$!
status=0
wait $testpid || status=$?
kill $watchdog 2>/dev/null
echo "BERTH-VM-TEST-END uptime=$(cut -d' ' -f1 /proc/uptime)"
sleep 1
kill $tailpid 2>/dev/null
# Whatever the test left behind goes too.
echo 1 >$SVC/cgroup.kill 2>/dev/null
echo "BERTH-VM-OUTPUT-BEGIN"
sed 's/^/| /' /tmp/test.out
echo ""
echo "BERTH-VM-OUTPUT-END"
if [ -e /run/timed-out ]; then
    echo "BERTH-VM-STATUS timeout"
else
    echo "BERTH-VM-STATUS $status"
fi
sync
poweroff -f
INIT
    chmod 0755 "$1"
}

# The static part of the initramfs (everything but berth and the test), cached by a key of
# its inputs. Sets STATIC_CPIO.
ensure_static() {
    local key h
    h=$( {
        echo "$KVER ${MODULES[*]} $SUB_START $SUB_RANGE"
        sha256sum "$SELF" "$ROOT/tests/fixtures/mkimages.py" /bin/busybox
        for h in "${HELPERS[@]}"; do stat -L -c '%n %s %Y' "$h"; done
        ldd "${HELPERS[@]}" 2>/dev/null | awk '$3 ~ /^\// { print $3 }' | sort -u |
            xargs -r stat -L -c '%n %s %Y'
    } | sha256sum)
    key=${h:0:16}
    STATIC_CPIO="$CACHE/static-$key.cpio"
    [[ -f $STATIC_CPIO ]] && return 0

    local t0 work st m
    t0=$(now)
    log "building the static initramfs (once; cached as $STATIC_CPIO)"
    work=$(mktemp -d "$CACHE/.static-XXXXXX")
    st="$work/root"
    mkdir -p "$st"/{bin,sbin,usr/bin,usr/sbin,usr/local/bin,etc/berth-vm,etc/containers,proc,sys,dev,tmp,run,var/lib,root,home/berthtest,vm/files,newroot,lib64,lib/x86_64-linux-gnu}
    chmod 1777 "$st/tmp"
    chmod 0700 "$st/root"

    # busybox as the userland: every applet a symlink, except where a real binary lands.
    cp /bin/busybox "$st/bin/busybox"
    for m in $(/bin/busybox --list-full); do
        [[ -e $st/$m || -L $st/$m ]] || ln -s /bin/busybox "$st/$m"
    done

    for m in "${HELPERS[@]}"; do
        rm -f "$st$m"
        copy_with_libs "$m" "$m" "$st"
    done

    # Kernel modules, dependencies first.
    module_order >"$st/etc/berth-vm/modules"
    while read -r m; do
        mkdir -p "$st/lib/modules/$KVER/$(dirname "$m")"
        cp "$KDIR/lib/modules/$KVER/$m" "$st/lib/modules/$KVER/$m"
    done <"$st/etc/berth-vm/modules"
    cp "$KDIR/lib/modules/$KVER"/modules.{dep,alias,symbols,builtin,order} "$st/lib/modules/$KVER/" 2>/dev/null || true

    # Users, groups, subordinate ids.
    cat >"$st/etc/passwd" <<EOF
root:x:0:0:root:/root:/bin/sh
$VM_USER:x:$VM_UID:$VM_UID:berth test user:/home/$VM_USER:/bin/sh
nobody:x:65534:65534:nobody:/nonexistent:/bin/false
EOF
    cat >"$st/etc/group" <<EOF
root:x:0:
tty:x:5:
$VM_USER:x:$VM_UID:
nogroup:x:65534:
EOF
    echo "$VM_USER:$SUB_START:$SUB_RANGE" >"$st/etc/subuid"
    echo "$VM_USER:$SUB_START:$SUB_RANGE" >"$st/etc/subgid"
    printf '/bin/sh\n' >"$st/etc/shells"
    printf '127.0.0.1 localhost berth-vm\n::1 localhost\n' >"$st/etc/hosts"
    printf 'passwd: files\ngroup: files\nhosts: files\n' >"$st/etc/nsswitch.conf"
    : >"$st/etc/resolv.conf"
    # berth's TLS client wants the system's CA store even for plain-HTTP registries.
    mkdir -p "$st/etc/ssl/certs"
    if [[ -f /etc/ssl/certs/ca-certificates.crt ]]; then
        cp /etc/ssl/certs/ca-certificates.crt "$st/etc/ssl/certs/"
    else
        log "warning: no /etc/ssl/certs/ca-certificates.crt (package ca-certificates) for the VM"
    fi
    chmod 0644 "$st"/etc/{passwd,group,subuid,subgid,shells,hosts,nsswitch.conf,resolv.conf}
    cat >"$st/etc/containers/registries.conf" <<'EOF'
unqualified-search-registries = []

[[registry]]
location = "127.0.0.1:5000"
insecure = true

[[registry]]
location = "localhost:5000"
insecure = true
EOF
    cat >"$st/etc/berth-vm/registry.yml" <<'EOF'
version: 0.1
log:
  level: warn
storage:
  filesystem:
    rootdirectory: /var/lib/registry
  delete:
    enabled: true
  maintenance:
    uploadpurging:
      enabled: false
http:
  addr: 127.0.0.1:5000
  secret: berth-vm
EOF

    make_registry_storage "$st/var/lib/registry" "$work"
    cp "$work/images.json" "$st/vm/images.json"
    chmod 0644 "$st/vm/images.json"

    # Nodes the kernel needs before /init mounts devtmpfs.
    mknod -m 0600 "$st/dev/console" c 5 1
    mknod -m 0666 "$st/dev/null" c 1 3
    mkdir -p "$st/dev/net"
    mknod -m 0666 "$st/dev/fuse" c 10 229
    mknod -m 0666 "$st/dev/net/tun" c 10 200

    write_init "$st/init"
    chown -R 0:0 "$st"
    chown -R "$VM_UID:$VM_UID" "$st/home/$VM_USER"
    # After the chown, which clears setuid bits.
    chmod 4755 "$st/usr/bin/newuidmap" "$st/usr/bin/newgidmap"

    make_cpio "$st" "$STATIC_CPIO.part"
    mv "$STATIC_CPIO.part" "$STATIC_CPIO"
    rm -rf "$work"
    # Older static images of other keys are stale.
    find "$CACHE" -maxdepth 1 -name 'static-*.cpio' ! -path "$STATIC_CPIO" -delete
    log "static initramfs: $(du -h "$STATIC_CPIO" | cut -f1) in $(elapsed "$t0") s"
}

prepare() {
    [[ $(id -u) -eq 0 ]] || cannot "must run as root (mknod, setuid helpers in the initramfs)"
    ensure_packages
    mkdir -p "$CACHE/kernel"
    # One builder at a time per cache (parallel runs wait here, then find it built).
    exec 9>"$CACHE/.lock"
    flock 9
    local pkg
    pkg=$(kernel_package)
    ensure_kernel "$pkg"
    [[ ${BERTH_VM_SYSTEMD:-0} != 0 ]] || ensure_static
    # The lock stays held until the caller has copied what it needs ($STATIC_CPIO): a builder
    # of another key (another checkout's vm.sh) deletes stale static images.
}

# --- run ---------------------------------------------------------------------------------
run() {
    local berth=$1 script=$2
    shift 2
    [[ -f $berth && -x $berth ]] || { log "berth binary $berth is not an executable file"; exit 2; }
    [[ -f $script ]] || { log "test script $script is not a file"; exit 2; }
    local f
    for f in "$@"; do
        [[ -e $f ]] || { log "file $f does not exist"; exit 2; }
    done

    local t0 t1 rundir dyn
    t0=$(now)
    if [[ ${BERTH_VM_SYSTEMD:-0} != 0 ]]; then
        run_systemd "$berth" "$script" "$@"
        return
    fi
    prepare
    command -v qemu-system-x86_64 >/dev/null || cannot "qemu-system-x86_64 not found"

    rundir=$(mktemp -d "${TMPDIR:-/tmp}/berth-vm.XXXXXX")
    if [[ ${BERTH_VM_KEEP:-0} == 1 ]]; then
        log "keeping $rundir"
    else
        # shellcheck disable=SC2064  # expand now
        trap "rm -rf '$rundir'" EXIT
    fi

    # The per-run part: berth, its libraries, the test and its files.
    dyn="$rundir/dyn"
    mkdir -p "$dyn/usr/local/bin" "$dyn/vm/files" "$dyn/etc/berth-vm"
    copy_with_libs "$berth" /usr/local/bin/berth "$dyn"
    if [[ ${BERTH_VM_STRIP:-1} != 0 ]]; then
        objcopy --strip-debug "$dyn/usr/local/bin/berth" 2>/dev/null || cp -L "$berth" "$dyn/usr/local/bin/berth"
    fi
    chmod 0755 "$dyn/usr/local/bin/berth"
    cp -L "$script" "$dyn/vm/test.sh"
    chmod 0755 "$dyn/vm/test.sh"
    for f in "$@"; do
        cp -a -L "$f" "$dyn/vm/files/"
    done
    chmod -R a+rX "$dyn/vm"
    cat >"$dyn/etc/berth-vm/env" <<EOF
BERTH_VM_TIMEOUT=$TEST_TIMEOUT
EOF
    # The static part's library directories must not be replaced by this archive's.
    chown -R 0:0 "$dyn"
    make_cpio "$dyn" "$rundir/dyn.cpio"
    cat "$STATIC_CPIO" "$rundir/dyn.cpio" >"$rundir/initrd.cpio"
    flock -u 9
    exec 9>&-
    rm -rf "$dyn" "$rundir/dyn.cpio"
    t1=$(now)

    boot_and_report "$script" "$t0" "$t1" "$rundir" \
        -kernel "$KIMAGE" -initrd "$rundir/initrd.cpio" \
        -append "console=ttyS0 quiet loglevel=1 panic=-1 rdinit=/init mitigations=off no_timer_check"
}

# Boots qemu with the given arguments (kernel, initrd, command line, shares), reads the
# console's markers and exits with the test's status (or the lane's own, above).
boot_and_report() {
    local script=$1 t0=$2 t1=$3 rundir=$4
    shift 4
    local logf="$rundir/console.log" host_timeout=${BERTH_VM_HOST_TIMEOUT:-$((TEST_TIMEOUT + 180))} qstatus=0
    log "booting $KVER (tcg, ${MEM} MiB, $SMP cpus); test timeout ${TEST_TIMEOUT}s"
    local tq
    tq=$(now)
    timeout -k 10 "$host_timeout" qemu-system-x86_64 \
        -accel tcg -cpu max -m "$MEM" -smp "$SMP" \
        -nographic -no-reboot -nic none \
        "$@" \
        </dev/null >"$logf" 2>&1 || qstatus=$?
    # Serial line ends and the firmware's terminal escapes out, so markers start lines.
    tr -d '\r' <"$logf" | sed -E 's/\x1b(\[[0-9;?]*[A-Za-z]|c)//g' >"$logf.clean"

    local boot_s test_s total_s qemu_s
    qemu_s=$(elapsed "$tq")
    total_s=$(elapsed "$t0")
    boot_s=$(sed -n 's/^BERTH-VM-TEST-START uptime=//p' "$logf.clean" | head -n1)
    test_s=$(awk '/^BERTH-VM-TEST-START uptime=/ { sub(/.*=/, ""); a = $0 }
                  /^BERTH-VM-TEST-END uptime=/ { sub(/.*=/, ""); printf "%.1f", $0 - a }' "$logf.clean")

    if ! grep -q 'BERTH-VM-BOOTED' "$logf.clean"; then
        keep_log "$logf.clean"
        tail -n 40 "$logf.clean" >&2
        log "VM FAILED TO BOOT (qemu status $qstatus): no sign of /init in the console log"
        exit "$EXIT_NOBOOT"
    fi
    if grep -q '^BERTH-VM-SETUP-FAILED' "$logf.clean"; then
        keep_log "$logf.clean"
        tail -n 40 "$logf.clean" >&2
        log "VM SET-UP FAILED: $(sed -n 's/^BERTH-VM-SETUP-FAILED: //p' "$logf.clean" | head -n1)"
        exit "$EXIT_SETUP"
    fi
    local status
    status=$(sed -n 's/^BERTH-VM-STATUS //p' "$logf.clean" | tail -n1)
    if [[ -z $status ]] || ! grep -q '^BERTH-VM-OUTPUT-END' "$logf.clean"; then
        keep_log "$logf.clean"
        echo "--- test output so far (live) ---"
        sed -n 's/^~ //p' "$logf.clean"
        echo "---"
        tail -n 20 "$logf.clean" | grep -v '^~ ' >&2 || true
        if ((qstatus == 124 || qstatus == 137)); then
            log "VM GAVE NO RESULT: killed after ${host_timeout}s"
        else
            log "VM GAVE NO RESULT (qemu status $qstatus): it crashed or powered off early"
        fi
        exit "$EXIT_NOBOOT"
    fi
    # The test's output, as the VM dumped it at the end.
    awk '/^BERTH-VM-OUTPUT-BEGIN$/ { on = 1; next } /^BERTH-VM-OUTPUT-END$/ { on = 0 }
         on && /^\| / { print substr($0, 3) } on && /^\|$/ { print "" }' "$logf.clean"
    local sysd_s
    sysd_s=$(sed -n 's/^BERTH-VM-SYSTEMD-UP //p' "$logf.clean" | head -n1)
    log "timing: prepare+initramfs $(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }') s, qemu $qemu_s s (boot to test ${boot_s:-?} s${sysd_s:+, systemd: $sysd_s}, test ${test_s:-?} s), total $total_s s"
    if [[ $status == timeout ]]; then
        log "TEST TIMED OUT after ${TEST_TIMEOUT}s inside the VM"
        exit "$EXIT_TIMEOUT"
    fi
    log "test $(basename "$script") exited with status $status"
    exit "$status"
}

# --- the systemd mode --------------------------------------------------------------------
# Modules the systemd mode's initramfs loads: the 9p root and the overlay on it, and what
# berth needs (the host's /lib/modules is the host kernel's, not this one's).
SYSD_MODULES=(virtio_pci 9pnet_virtio 9p overlay fuse tun veth)
# Units masked in the guest: slow under TCG, or the host's services that have nothing to do
# with the test (and udev: devtmpfs makes every node the test needs).
SYSD_MASK=(systemd-udevd.service systemd-udev-trigger.service systemd-udev-settle.service
    systemd-udevd-control.socket systemd-udevd-kernel.socket systemd-timesyncd.service
    systemd-pstore.service systemd-journal-flush.service systemd-random-seed.service
    systemd-remount-fs.service systemd-fsck-root.service systemd-binfmt.service
    systemd-hwdb-update.service systemd-update-utmp.service systemd-update-utmp-runlevel.service
    systemd-tmpfiles-clean.timer apt-daily.timer apt-daily-upgrade.timer dpkg-db-backup.timer
    e2scrub_all.timer fstrim.timer man-db.timer podman-auto-update.timer podman.socket
    podman.service podman-restart.service podman-auto-update.service getty@tty1.service
    serial-getty@ttyS0.service getty.target docker-registry.service postgresql.service
    sysstat.service apparmor.service keyboard-setup.service console-setup.service
    kmod-static-nodes.service systemd-modules-load.service ldconfig.service
    systemd-sysctl.service systemd-machine-id-commit.service cron.service ssh.service
    systemd-tmpfiles-setup.service systemd-tmpfiles-setup-dev.service)

# The systemd mode's initramfs (busybox, the modules, its /init), cached by its inputs.
# Sets SYSD_CPIO.
ensure_sysd_initramfs() {
    local h key st m
    h=$( { echo "$KVER ${SYSD_MODULES[*]}"; sha256sum "$SELF" /bin/busybox; } | sha256sum)
    key=${h:0:16}
    SYSD_CPIO="$CACHE/sysd-initrd-$key.cpio"
    [[ -f $SYSD_CPIO ]] && return 0
    st=$(mktemp -d "$CACHE/.sysd-XXXXXX")
    mkdir -p "$st"/{bin,sbin,usr/bin,usr/sbin,proc,sys,dev,lower,rw,newroot}
    cp /bin/busybox "$st/bin/busybox"
    for m in $(/bin/busybox --list-full); do
        [[ -e $st/$m || -L $st/$m ]] || ln -s /bin/busybox "$st/$m"
    done
    local saved=("${MODULES[@]}")
    MODULES=("${SYSD_MODULES[@]}")
    module_order >"$st/modules"
    MODULES=("${saved[@]}")
    while read -r m; do
        mkdir -p "$st/lib/modules/$KVER/$(dirname "$m")"
        cp "$KDIR/lib/modules/$KVER/$m" "$st/lib/modules/$KVER/$m"
    done <"$st/modules"
    mknod -m 0600 "$st/dev/console" c 5 1
    cat >"$st/init" <<'INIT'
#!/bin/sh
# berth VM lane, systemd mode: the initramfs (written by scripts/vm.sh).
export PATH=/bin:/sbin:/usr/bin:/usr/sbin
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev
exec </dev/null >/dev/console 2>&1
dmesg -n 1 2>/dev/null || true
echo ""
fail() {
    echo "BERTH-VM-SETUP-FAILED: $*"
    poweroff -f
    sleep 10
}
while read -r m; do
    insmod "/lib/modules/$(uname -r)/$m" || echo "BERTH-VM: insmod $m failed"
done </modules
o=trans=virtio,version=9p2000.L,msize=524288
mount -t 9p -o "$o,ro,cache=loose" hostroot /lower || fail "cannot mount the host's / over 9p"
mount -t tmpfs -o mode=0755 tmpfs /rw || fail "no tmpfs"
mkdir -p /rw/upper /rw/work
mount -t overlay -o lowerdir=/lower,upperdir=/rw/upper,workdir=/rw/work overlay /newroot ||
    fail "cannot mount the overlay on the host's /"
# the host's /.dockerenv would make systemd take the VM for a container
rm -f /newroot/.dockerenv /newroot/run/.containerenv
mkdir -p /newroot/vm
mount -t 9p -o "$o" vm /newroot/vm || fail "cannot mount the run's share"
# the guest's configuration (units, masks, linger, registries.conf) over the host's
cp -a /newroot/vm/root/. /newroot/ || fail "cannot copy the guest's configuration"
# this kernel's modules, for anything that asks modprobe
mkdir -p "/newroot/lib/modules"
cp -a "/lib/modules/$(uname -r)" /newroot/lib/modules/ 2>/dev/null
echo "BERTH-VM-INITRAMFS-DONE uptime=$(cut -d' ' -f1 /proc/uptime)"
umount /proc /sys 2>/dev/null
mount --move /dev /newroot/dev 2>/dev/null || umount /dev
exec switch_root /newroot /lib/systemd/systemd
INIT
    chmod 0755 "$st/init"
    chown -R 0:0 "$st"
    make_cpio "$st" "$SYSD_CPIO.part"
    mv "$SYSD_CPIO.part" "$SYSD_CPIO"
    rm -rf "$st"
    find "$CACHE" -maxdepth 1 -name 'sysd-initrd-*.cpio' ! -path "$SYSD_CPIO" -delete
}

# The test images in a registry storage on the host (the guest reads it through its root):
# sets SYSD_REG (the storage) and SYSD_IMAGES (mkimages.py's description).
ensure_sysd_registry() {
    local h key work
    h=$(sha256sum "$ROOT/tests/fixtures/mkimages.py" | sha256sum)
    key=${h:0:16}
    SYSD_REG="$CACHE/sysd-registry-$key"
    SYSD_IMAGES="$SYSD_REG.images.json"
    [[ -f $SYSD_REG/.complete ]] && return 0
    log "filling the systemd mode's registry storage (once; cached as $SYSD_REG)"
    rm -rf "$SYSD_REG"
    work=$(mktemp -d "$CACHE/.sysdreg-XXXXXX")
    make_registry_storage "$SYSD_REG" "$work"
    cp "$work/images.json" "$SYSD_IMAGES"
    rm -rf "$work"
    touch "$SYSD_REG/.complete"
}

run_systemd() {
    local berth=$1 script=$2
    shift 2
    local t0 t1 rundir f
    t0=$(now)
    prepare
    command -v qemu-system-x86_64 >/dev/null || cannot "qemu-system-x86_64 not found"
    [[ -x /lib/systemd/systemd ]] || cannot "the systemd mode boots the host's systemd: /lib/systemd/systemd is missing (apt-get install systemd)"
    [[ -x /usr/bin/dbus-daemon || -x /usr/bin/dbus-broker ]] || cannot "no D-Bus daemon on the host (apt-get install dbus)"
    [[ -e /usr/lib/systemd/user/dbus.socket ]] || cannot "no user bus for the user manager (apt-get install dbus-user-session)"
    [[ -e /lib/x86_64-linux-gnu/security/pam_systemd.so ]] || cannot "no pam_systemd: su -l would make no session (apt-get install libpam-systemd)"
    local user=berthtest uid
    uid=$(id -u "$user" 2>/dev/null) || cannot "the systemd mode runs the test as the host's user $user, which does not exist"
    ensure_sysd_initramfs
    ensure_sysd_registry
    flock -u 9
    exec 9>&-

    rundir=$(mktemp -d "${TMPDIR:-/tmp}/berth-vm.XXXXXX")
    chmod 0755 "$rundir"
    if [[ ${BERTH_VM_KEEP:-0} == 1 ]]; then
        log "keeping $rundir"
    else
        # shellcheck disable=SC2064  # expand now
        trap "rm -rf '$rundir'" EXIT
    fi
    local share="$rundir/share" r
    r="$share/root"
    mkdir -p "$share/bin" "$share/files" "$share/out" "$r/etc/systemd/system" \
        "$r/etc/containers" "$r/var/lib/systemd/linger"
    cp -L "$berth" "$share/bin/berth"
    if [[ ${BERTH_VM_STRIP:-1} != 0 ]]; then
        objcopy --strip-debug "$share/bin/berth" 2>/dev/null || cp -L "$berth" "$share/bin/berth"
    fi
    cp -L "$script" "$share/test.sh"
    for f in "$@"; do
        cp -a -L "$f" "$share/files/"
    done
    cp "$SYSD_IMAGES" "$share/images.json"
    : >"$r/etc/fstab"
    touch "$r/var/lib/systemd/linger/$user"
    for f in "${SYSD_MASK[@]}"; do
        ln -s /dev/null "$r/etc/systemd/system/$f"
    done
    # no machine-id on a read-only root: systemd makes a transient one
    : >"$r/etc/machine-id"
    cat >"$r/etc/containers/registries.conf" <<'CONF'
unqualified-search-registries = []

[[registry]]
location = "127.0.0.1:5000"
insecure = true
CONF
    cat >"$r/etc/systemd/system/berth-vm.target" <<'UNIT'
[Unit]
Description=berth VM lane (systemd mode)
Requires=basic.target
Wants=dbus.service systemd-logind.service systemd-user-sessions.service berth-vm-test.service
After=basic.target
AllowIsolate=yes
UNIT
    cat >"$r/etc/systemd/system/berth-vm-test.service" <<'UNIT'
[Unit]
Description=berth VM lane test
After=basic.target dbus.service systemd-logind.service systemd-user-sessions.service
[Service]
Type=oneshot
ExecStart=/bin/sh /vm/guest.sh
StandardInput=null
StandardOutput=tty
StandardError=tty
TTYPath=/dev/ttyS0
UNIT
    cat >"$share/registry.yml" <<CONF
version: 0.1
log:
  level: warn
storage:
  filesystem:
    rootdirectory: $SYSD_REG
  delete:
    enabled: true
  maintenance:
    uploadpurging:
      enabled: false
http:
  addr: 127.0.0.1:5000
  secret: berth-vm
CONF
    cat >"$share/env" <<ENV
export PATH=/vm/bin:/usr/local/bin:/usr/bin:/bin
export BERTH_VM_SYSTEMD=1
export BERTH_VM_IMAGE=127.0.0.1:5000/busybox:latest BERTH_VM_REGISTRY=127.0.0.1:5000
export BERTH_VM_IMAGES=/vm/images.json BERTH_VM_FILES=/vm/files
export BERTH_VM_CGROUP=/sys/fs/cgroup/user.slice/user-$uid.slice/user@$uid.service
ENV
    cat >"$share/guest.sh" <<GUEST
#!/bin/sh
# berth VM lane, systemd mode: the test unit (root), written by scripts/vm.sh.
USER_NAME=$user
USER_ID=$uid
TIMEOUT=$TEST_TIMEOUT
GUEST
    cat >>"$share/guest.sh" <<'GUEST'
echo ""
echo "BERTH-VM-BOOTED kernel=$(uname -r) uptime=$(cut -d' ' -f1 /proc/uptime)"
fail() {
    echo "BERTH-VM-SETUP-FAILED: $*"
    sync
    systemctl poweroff -ff
    sleep 10
}
chmod 0666 /dev/fuse /dev/net/tun 2>/dev/null
ip link set lo up
hostname berth-vm
mount -t tmpfs -o mode=1777 tmpfs /tmp
# a fresh home: the host's holds other runs' storage
mount -t tmpfs -o mode=0755,size=1g tmpfs "/home/$USER_NAME" || fail "no tmpfs home"
chown "$USER_ID:$USER_ID" "/home/$USER_NAME"
/usr/bin/docker-registry serve /vm/registry.yml >/run/registry.log 2>&1 &
i=0
until curl --noproxy '*' -sf -o /dev/null http://127.0.0.1:5000/v2/; do
    i=$((i + 1))
    [ $i -lt 300 ] || { cat /run/registry.log; fail "the registry did not start"; }
    sleep 0.1
done
# the lingering user's manager, started by logind at boot
i=0
until systemctl is-active -q "user@$USER_ID.service"; do
    i=$((i + 1))
    [ $i -lt 600 ] || { systemctl status "user@$USER_ID.service" | cat; fail "user@$USER_ID.service did not start"; }
    sleep 0.1
done
echo "BERTH-VM-SYSTEMD-UP $(systemctl is-system-running 2>&1), user@$USER_ID.service active at uptime $(cut -d' ' -f1 /proc/uptime) s"
: >/vm/out/test.out
echo "BERTH-VM-TEST-START uptime=$(cut -d' ' -f1 /proc/uptime)"
status=0
# live on the console too (what the host shows when the VM gives no result)
tail -f /vm/out/test.out 2>/dev/null | sed 's/^/~ /' &
tailpid=$!
timeout -k 5 "$TIMEOUT" su -l "$USER_NAME" -s /bin/sh -c '. /vm/env; cd; exec /bin/sh /vm/test.sh' \
    </dev/null >/vm/out/test.out 2>&1 || status=$?
echo "BERTH-VM-TEST-END uptime=$(cut -d' ' -f1 /proc/uptime)"
sleep 1
kill $tailpid 2>/dev/null
if [ "$status" != 0 ]; then
    echo "# the journal's warnings (test status $status):" >>/vm/out/test.out
    journalctl -b -p warning --no-pager 2>&1 | tail -n 40 >>/vm/out/test.out
fi
echo "BERTH-VM-OUTPUT-BEGIN"
sed 's/^/| /' /vm/out/test.out
echo ""
echo "BERTH-VM-OUTPUT-END"
if [ "$status" = 124 ]; then
    echo "BERTH-VM-STATUS timeout"
else
    echo "BERTH-VM-STATUS $status"
fi
sync
systemctl poweroff -ff
GUEST
    chmod -R a+rX "$share"
    t1=$(now)
    # systemd takes two to three minutes to boot under TCG on a busy host
    BERTH_VM_HOST_TIMEOUT=${BERTH_VM_HOST_TIMEOUT:-$((TEST_TIMEOUT + 420))} \
        boot_and_report "$script" "$t0" "$t1" "$rundir" \
        -kernel "$KIMAGE" -initrd "$SYSD_CPIO" \
        -virtfs "local,path=/,mount_tag=hostroot,security_model=none,readonly=on,multidevs=remap" \
        -virtfs "local,path=$share,mount_tag=vm,security_model=none" \
        -append "console=ttyS0 quiet loglevel=1 panic=-1 rdinit=/init mitigations=off no_timer_check systemd.unified_cgroup_hierarchy=1 systemd.unit=berth-vm.target systemd.show_status=0 systemd.log_level=warning systemd.log_target=kmsg"
}

# Keeps a failed run's console log where it can be read.
keep_log() {
    mkdir -p "$CACHE/logs"
    local dest
    dest="$CACHE/logs/console-$(date +%Y%m%d-%H%M%S)-$$.log"
    cp "$1" "$dest"
    log "console log: $dest"
}

[[ $# -ge 1 ]] || usage
case $1 in
run)
    [[ $# -ge 3 ]] || usage
    shift
    run "$@"
    ;;
prepare)
    [[ $# -eq 1 ]] || usage
    prepare
    log "ready: kernel $KVER, $STATIC_CPIO"
    ;;
clean)
    [[ $# -eq 1 ]] || usage
    rm -rf "$CACHE"
    ;;
*)
    usage
    ;;
esac
