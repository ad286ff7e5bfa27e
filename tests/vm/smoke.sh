#!/bin/sh
# The VM lane's smoke test (scripts/vm.sh run BERTH tests/vm/smoke.sh): run inside the VM as
# the unprivileged user, it checks the delegated cgroup v2 subtree and a rootless berth run.
# Prints one "ok"/"FAIL" line per check; exits 1 when any failed.
set -u

failed=0
ok() { echo "ok   $*"; }
fail() { echo "FAIL $*"; failed=1; }
check() { # check DESCRIPTION COMMAND...
    what=$1
    shift
    if out=$("$@" 2>&1); then ok "$what"; else fail "$what: $out"; fi
}

echo "# id: $(id)"
[ "$(id -u)" = 1000 ] && [ "$(id -g)" = 1000 ] || fail "running as uid/gid 1000 (id: $(id))"
case " $(id -G) " in
    *" 0 "*) fail "supplementary groups without root's (id -G: $(id -G))" ;;
    *) ok "uid 1000, gid 1000, groups $(id -G)" ;;
esac
echo "# kernel: $(uname -r); HOME=$HOME XDG_RUNTIME_DIR=$XDG_RUNTIME_DIR"
[ "$(stat -c '%u %a' "$XDG_RUNTIME_DIR")" = "1000 700" ] && ok "XDG_RUNTIME_DIR is the user's, 0700" ||
    fail "XDG_RUNTIME_DIR $(stat -c '%u %a' "$XDG_RUNTIME_DIR")"

# --- the delegated subtree ---------------------------------------------------------------
CG=/sys/fs/cgroup
echo "# /proc/self/cgroup: $(cat /proc/self/cgroup)"
mine=$(sed -n 's/^0:://p' /proc/self/cgroup)
[ "$(grep -c . /proc/self/cgroup)" = 1 ] && ok "a pure cgroup v2 hierarchy" || fail "not only v2: $(cat /proc/self/cgroup)"
case $mine in
    /user.slice/user-1000.slice/user@1000.service/*) ok "in the delegated subtree ($mine)" ;;
    *) fail "not in user@1000.service: $mine" ;;
esac
[ "$CG$mine" = "$BERTH_VM_CGROUP/init.scope" ] || fail "BERTH_VM_CGROUP ($BERTH_VM_CGROUP) is not the parent of $mine"
controllers=$(cat "$CG$mine/cgroup.controllers")
echo "# cgroup.controllers: $controllers"
for c in memory pids cpu; do
    case " $controllers " in
        *" $c "*) ok "controller $c available" ;;
        *) fail "controller $c missing from $CG$mine/cgroup.controllers ($controllers)" ;;
    esac
done
echo "# user@1000.service/cgroup.subtree_control: $(cat "$BERTH_VM_CGROUP/cgroup.subtree_control")"
[ -w "$BERTH_VM_CGROUP/cgroup.procs" ] && [ -w "$BERTH_VM_CGROUP/cgroup.subtree_control" ] &&
    ok "user@1000.service's cgroup.procs and cgroup.subtree_control writable" ||
    fail "delegation files not writable: $(ls -l "$BERTH_VM_CGROUP" | grep -E 'cgroup.(procs|subtree_control)')"

# A child of the user's own, with a memory limit, and a process moved into it.
T=$BERTH_VM_CGROUP/smoke.slice
check "mkdir $T" mkdir "$T"
check "enable +memory +pids in smoke.slice/cgroup.subtree_control" \
    sh -c "echo '+memory +pids' >$T/cgroup.subtree_control"
check "mkdir smoke.slice/leaf" mkdir "$T/leaf"
check "write leaf/memory.max" sh -c "echo 64M >$T/leaf/memory.max"
[ "$(cat "$T/leaf/memory.max" 2>/dev/null)" = 67108864 ] && ok "memory.max reads 67108864" ||
    fail "memory.max reads $(cat "$T/leaf/memory.max" 2>&1)"
check "write leaf/pids.max" sh -c "echo 50 >$T/leaf/pids.max"
sleep 300 &
sleeper=$!
check "move a process into leaf" sh -c "echo $sleeper >$T/leaf/cgroup.procs"
grep -qx "$sleeper" "$T/leaf/cgroup.procs" && ok "leaf/cgroup.procs lists it" ||
    fail "leaf/cgroup.procs: $(cat "$T/leaf/cgroup.procs")"
[ "$(sed -n 's/^0:://p' "/proc/$sleeper/cgroup")" = "${T#$CG}/leaf" ] &&
    ok "/proc/$sleeper/cgroup says ${T#$CG}/leaf" || fail "/proc/$sleeper/cgroup: $(cat "/proc/$sleeper/cgroup")"
kill "$sleeper"
wait "$sleeper" 2>/dev/null
# The memory limit bites: a 64M limit and a 200M allocation in the leaf.
check "memory.max OOM-kills a hog in the leaf" sh -c "
    echo \$\$ >$T/leaf/cgroup.procs || exit 2
    if head -c 200m /dev/zero | tail >/dev/null; then exit 1; fi
    exit 0"
echo "# leaf memory.events: $(tr '\n' ' ' <"$T/leaf/memory.events")"
grep -q '^oom_kill [1-9]' "$T/leaf/memory.events" && ok "memory.events counts the oom_kill" ||
    fail "no oom_kill in memory.events"
check "rmdir the user's cgroups" sh -c "rmdir $T/leaf && rmdir $T"

# --- berth, rootless ---------------------------------------------------------------------
echo "# berth: $(command -v berth); image: $BERTH_VM_IMAGE"
check "newuidmap is setuid root" sh -c '[ -u /usr/bin/newuidmap ] && [ "$(stat -c %u /usr/bin/newuidmap)" = 0 ]'
out=$(berth pull "$BERTH_VM_IMAGE" 2>&1) && ok "berth pull $BERTH_VM_IMAGE ($out)" ||
    fail "berth pull $BERTH_VM_IMAGE: $out"
out=$(berth run --rm --network none "$BERTH_VM_IMAGE" echo hello 2>&1)
[ "$out" = hello ] && ok "berth run --rm --network none $BERTH_VM_IMAGE echo hello" ||
    fail "berth run --rm --network none: $out"
out=$(berth run --rm "$BERTH_VM_IMAGE" echo hello 2>&1)
[ "$out" = hello ] && ok "berth run --rm $BERTH_VM_IMAGE echo hello (default network: slirp4netns)" ||
    fail "berth run --rm (default network): $out"
out=$(berth run --rm "$BERTH_VM_IMAGE" cat /proc/self/uid_map 2>&1)
echo "# the container's uid_map: $(echo "$out" | tr -s ' \n' ' ')"
echo "$out" | grep -q "100000" && ok "the container maps the subordinate range" ||
    fail "no subordinate range in the container's uid_map: $out"
echo "# berth info: $(berth info 2>&1 | grep -iE 'graphDriverName|cgroupVersion|cgroupManager' | tr -s ' \n' ' ')"
echo "# berth's cgroup inside: $(berth run --rm "$BERTH_VM_IMAGE" cat /proc/self/cgroup 2>&1)"

if [ "$failed" = 0 ]; then echo "smoke: all checks passed"; else echo "smoke: FAILED"; fi
exit "$failed"
