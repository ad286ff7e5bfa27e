#!/bin/sh
# `--cgroup-manager systemd` (issue 10) in the VM lane's systemd mode (BERTH_VM_SYSTEMD=1
# scripts/vm.sh run BERTH tests/vm/systemd.sh): the unprivileged user in a login session
# (su -l: session-N.scope, which systemd does not delegate) with a lingering user manager.
# berth asks that manager for a transient scope per container; the checks read the scope,
# its limits and its processes, and that it is gone after rm.
# Prints one "ok"/"FAIL" line per check; exits 1 when any failed.
set -u

failed=0
ok() { echo "ok   $*"; }
step() { echo "# $(cut -d' ' -f1 /proc/uptime) s: $*"; }
fail() { echo "FAIL $*"; failed=1; }
expect() {
    if [ "$3" = "$2" ]; then ok "$1 ($3)"; else fail "$1: want '$2', got '$3'"; fi
}

IMG=$BERTH_VM_IMAGE
SVC=$BERTH_VM_CGROUP
REL=${SVC#/sys/fs/cgroup}
own=$(cat /proc/self/cgroup)
echo "# the shell's cgroup: $own; XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-}"
case $own in
*/session-*.scope) ok "the login shell sits in a session scope, not delegated" ;;
*) fail "the shell is not in a session scope: $own" ;;
esac
[ -w "${own#0::}" ] 2>/dev/null && fail "the session scope is writable" || true
expect "the user manager answers on the user bus" running "$(systemctl --user is-system-running 2>&1)"
expect "the user manager's subtree is delegated (cgroup.controllers has memory pids)" yes \
    "$(grep -qw memory "$SVC/cgroup.controllers" && grep -qw pids "$SVC/cgroup.controllers" && echo yes)"
expect "info: the default cgroup manager is systemd" systemd \
    "$(berth info --format '{{.Host.CgroupManager}}' 2>&1)"

step pull
berth pull -q "$IMG" >/dev/null 2>&1 || fail "berth pull $IMG"
step "run -d"

# --- a container in its scope, with its limits ---------------------------------------------
id=$(berth run -d --name lim --memory 64m --pids-limit 50 --cpus 0.5 "$IMG" sleep 600 2>&1)
echo "# run -d lim: $id"
unit=berth-$id.scope
S=$SVC/user.slice/$unit
L=$S/container
[ -d "$S" ] && ok "the scope berth-ID.scope is under user@UID.service/user.slice" ||
    fail "no $S: $(ls "$SVC/user.slice" 2>&1 | tr '\n' ' ')"
expect "systemd knows the scope, active" active "$(systemctl --user is-active "$unit" 2>&1)"
expect "the scope is delegated" "Delegate=yes" "$(systemctl --user show -p Delegate "$unit" 2>&1)"
expect "memory.max from --memory 64m" 67108864 "$(cat "$L/memory.max" 2>&1)"
expect "pids.max from --pids-limit 50" 50 "$(cat "$L/pids.max" 2>&1)"
expect "cpu.max from --cpus 0.5" "50000 100000" "$(cat "$L/cpu.max" 2>&1)"
pid=$(berth inspect --format '{{.State.Pid}}' lim 2>&1)
expect "pid 1 is in the scope's container leaf (/proc/PID/cgroup)" "0::$REL/user.slice/$unit/container" "$(cat "/proc/$pid/cgroup" 2>&1)"
berth exec -d lim sleep 300 >/dev/null 2>&1
sleep 1
# berth's own process (the monitor) stays in <scope>/berth, outside the limits
n=0
bad=
for p in $(cat "$L/cgroup.procs"); do
    n=$((n + 1))
    [ "$(readlink "/proc/$p/ns/pid")" = "$(readlink "/proc/$pid/ns/pid")" ] || bad="$bad $p"
done
expect "the container leaf holds the container's processes only (pid 1 and the exec'd one)" "2 " "$n $bad"
expect "inspect HostConfig.CgroupManager" systemd "$(berth inspect --format '{{.HostConfig.CgroupManager}}' lim 2>&1)"
expect "the container reads its limit in its own /sys/fs/cgroup" 67108864 "$(berth exec lim cat /sys/fs/cgroup/memory.max 2>&1)"

step stats
# --- stats, pause, update as with cgroupfs ----------------------------------------------------
st=$(berth stats --no-stream --format '{{.Name}} {{.PIDs}}' lim 2>&1)
expect "stats: name and pids from the scope" "lim 2" "$st"
berth pause lim >/dev/null 2>&1
expect "pause: the scope's cgroup.events says frozen" "frozen 1" "$(grep frozen "$L/cgroup.events" 2>&1)"
berth unpause lim >/dev/null 2>&1
expect "unpause: thawed" "frozen 0" "$(grep frozen "$L/cgroup.events" 2>&1)"
berth update --memory 128m --pids-limit 80 lim >/dev/null 2>&1
expect "update --memory 128m --pids-limit 80 takes effect" "134217728 80" \
    "$(cat "$L/memory.max" "$L/pids.max" 2>&1 | tr '\n' ' ' | sed 's/ $//')"

step rm
# --- gone after rm ---------------------------------------------------------------------------
berth rm -f lim >/dev/null 2>&1
i=0
while [ -d "$S" ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
[ ! -d "$S" ] && ok "the scope's cgroup is gone after rm -f" || fail "$S is still there after rm -f"
st=$(systemctl --user is-active "$unit" 2>&1)
[ "$st" != active ] && ok "systemd no longer runs the scope ($st)" || fail "the scope is still active"

step "run --rm"
# --- a foreground run, its scope gone when it exits -----------------------------------------
out=$(berth run --rm --memory 32m "$IMG" sh -c 'cat /sys/fs/cgroup/memory.max; cat /proc/self/cgroup' 2>&1)
expect "run --rm --memory 32m: the limit inside, in a cgroup namespace" "33554432 0::/" "$(echo $out)"
left=$(ls -d "$SVC"/user.slice/berth-*.scope 2>/dev/null | tr '\n' ' ')
expect "no berth scope left after run --rm" "" "$left"

# --- cgroupfs from the session scope cannot apply limits, and says why ------------------------
out=$(berth --cgroup-manager cgroupfs run --rm --memory 32m "$IMG" true 2>&1)
case $out in
*"not delegated"*) ok "cgroupfs in the session scope: the limits are ignored, saying why" ;;
*) fail "cgroupfs in the session scope: $out" ;;
esac

[ $failed -eq 0 ] && echo "systemd: all checks passed"
exit $failed
