#!/bin/sh
# Resource limits under a real, delegated cgroup v2 (issue 10), inside the VM lane
# (scripts/vm.sh run BERTH tests/vm/cgroups.sh), as the unprivileged user. One boot, every
# check: limits written where pid 1 is born, inspect, update, stats, pause/unpause, an OOM
# kill, a fork bomb held by pids.max, --cpus throttling, the default pids limit, the cgroup
# gone after rm and swept after a berth killed with -9.
# Prints one "ok"/"FAIL" line per check; exits 1 when any failed.
set -u

failed=0
ok() { echo "ok   $*"; }
fail() { echo "FAIL $*"; failed=1; }
# expect DESCRIPTION WANT GOT
expect() {
    if [ "$3" = "$2" ]; then ok "$1 ($3)"; else fail "$1: want '$2', got '$3'"; fi
}

IMG=$BERTH_VM_IMAGE
B=$BERTH_VM_CGROUP/berth
t0=$(cut -d' ' -f1 /proc/uptime)
berth pull -q "$IMG" >/dev/null 2>&1 || fail "berth pull $IMG"
echo "# berth info: $(berth info 2>&1 | grep -i -A6 cgroup | tr -s ' \n' ' ')"

# --- limits are written, pid 1 and exec'd processes sit in the leaf -------------------------
id=$(berth run -d --name lim --memory 64m --cpus 0.5 --pids-limit 50 --cpu-shares 512 \
    --memory-reservation 32m "$IMG" sleep 600 2>&1)
echo "# run -d lim: $id"
L=$B/$id
[ -d "$L" ] && ok "the container's cgroup is berth/<id> under the delegated subtree" ||
    fail "no cgroup $L: $(ls "$B" 2>&1)"
expect "memory.max from --memory 64m" 67108864 "$(cat "$L/memory.max" 2>&1)"
expect "memory.low from --memory-reservation 32m" 33554432 "$(cat "$L/memory.low" 2>&1)"
expect "cpu.max from --cpus 0.5" "50000 100000" "$(cat "$L/cpu.max" 2>&1)"
expect "cpu.weight from --cpu-shares 512" 20 "$(cat "$L/cpu.weight" 2>&1)"
expect "pids.max from --pids-limit 50" 50 "$(cat "$L/pids.max" 2>&1)"
pid=$(berth inspect --format '{{.State.Pid}}' lim 2>&1)
expect "pid 1 is born in the leaf (/proc/PID/cgroup)" "0::${L#/sys/fs/cgroup}" "$(cat "/proc/$pid/cgroup" 2>&1)"
grep -qx "$pid" "$L/cgroup.procs" && ok "cgroup.procs lists pid 1" || fail "cgroup.procs: $(cat "$L/cgroup.procs")"
expect "the container sees its own cgroup namespace" "0::/" "$(berth exec lim cat /proc/self/cgroup 2>&1)"
berth exec -d lim sleep 300 >/dev/null 2>&1
sleep 1
expect "an exec'd process joins the leaf too (cgroup.procs count)" 2 "$(grep -c . "$L/cgroup.procs")"
expect "inspect HostConfig.Memory, NanoCpus, PidsLimit, CpuShares, MemoryReservation" \
    "67108864 500000000 50 512 33554432" \
    "$(berth inspect --format '{{.HostConfig.Memory}} {{.HostConfig.NanoCpus}} {{.HostConfig.PidsLimit}} {{.HostConfig.CpuShares}} {{.HostConfig.MemoryReservation}}' lim 2>&1)"

# --- update on the running container --------------------------------------------------------
out=$(berth update --memory 128m --pids-limit 80 lim 2>&1)
expect "update prints the ID" "$id" "$out"
expect "update --memory 128m takes effect (memory.max)" 134217728 "$(cat "$L/memory.max" 2>&1)"
expect "update --pids-limit 80 takes effect (pids.max)" 80 "$(cat "$L/pids.max" 2>&1)"
expect "inspect shows the update" 134217728 "$(berth inspect --format '{{.HostConfig.Memory}}' lim 2>&1)"
expect "the container reads its limit in its own /sys/fs/cgroup" 134217728 "$(berth exec lim cat /sys/fs/cgroup/memory.max 2>&1)"
# podman's 280-update, rootless on cgroup v2: memory, memory-swap, memory-reservation at once
berth update --memory 1G --memory-swap 3G --memory-reservation 400M lim >/dev/null 2>&1
expect "280-update: memory.max, memory.swap.max, memory.low as podman's test reads them" \
    "1073741824 2147483648 419430400" \
    "$(berth exec lim sh -c 'cd /sys/fs/cgroup && echo $(cat memory.max memory.swap.max memory.low)' 2>&1)"

# --- stats ---------------------------------------------------------------------------------
out=$(berth stats --no-stream --format '{{.Name}} {{.PIDS}} {{.MemUsage}}' lim 2>&1)
echo "# stats: $out"
case $out in
    "lim 2 "*" / 1.074GB") ok "stats: name, pids, memory usage / the updated limit" ;;
    *) fail "stats --format: $out" ;;
esac
out=$(berth stats --no-stream lim 2>&1)
echo "$out" | sed 's/^/# /'
echo "$out" | head -n1 | grep -q '^ID  *NAME  *CPU %  *MEM USAGE / LIMIT  *MEM %  *NET IO  *BLOCK IO  *PIDS  *CPU TIME  *AVG CPU %' &&
    ok "stats: podman's columns" || fail "stats header: $(echo "$out" | head -n1)"
out=$(berth stats --no-stream --format json lim 2>&1)
echo "$out" | grep -q '"mem_usage"' && echo "$out" | grep -q '"cpu_percent"' && ok "stats --format json has podman's keys" ||
    fail "stats json: $out"

# --- pause / unpause -----------------------------------------------------------------------
tid=$(berth run -d --name ticker "$IMG" sh -c 'i=0; while :; do i=$((i+1)); echo $i >/tmp/n; done' 2>&1)
T=$B/$tid
sleep 1
expect "pause prints the name" ticker "$(berth pause ticker 2>&1)"
expect "cgroup.freeze is 1" 1 "$(cat "$T/cgroup.freeze")"
expect "cgroup.events says frozen" "frozen 1" "$(grep frozen "$T/cgroup.events")"
expect "inspect .State.Status paused" paused "$(berth inspect --format '{{.State.Status}}' ticker 2>&1)"
expect "ps shows Paused" "ticker Paused" "$(berth ps --format '{{.Names}} {{.Status}}' --filter name=ticker 2>&1)"
u1=$(sed -n 's/^usage_usec //p' "$T/cpu.stat")
sleep 2
u2=$(sed -n 's/^usage_usec //p' "$T/cpu.stat")
expect "a paused container uses no CPU (usage_usec unchanged over 2 s)" "$u1" "$u2"
berth pause ticker >/dev/null 2>&1; [ $? = 125 ] && ok "pause of a paused container fails (125)" || fail "pause twice did not fail with 125"
expect "unpause prints the name" ticker "$(berth unpause ticker 2>&1)"
expect "cgroup.events says thawed" "frozen 0" "$(grep frozen "$T/cgroup.events")"
sleep 1
u3=$(sed -n 's/^usage_usec //p' "$T/cpu.stat")
[ "$u3" -gt "$u2" ] && ok "unpaused, it runs again ($u2 -> $u3 usec)" || fail "no CPU use after unpause ($u2 -> $u3)"
berth pause ticker >/dev/null 2>&1
expect "unpause --all prints the ID" "$tid" "$(berth unpause --all 2>&1)"
berth pause ticker >/dev/null 2>&1
berth rm -f -t 0 ticker >/dev/null 2>&1 && ok "rm -f of a paused container" || fail "rm -f of a paused container"
[ ! -e "$T" ] && ok "its cgroup is gone after rm" || fail "$T still exists after rm"

# --- --cpus 0.5 throttles a busy loop ------------------------------------------------------
C=$B/$(berth run -d --name busy --cpus 0.5 "$IMG" sh -c 'while :; do :; done' 2>&1)
sleep 1
a_use=$(sed -n 's/^usage_usec //p' "$C/cpu.stat"); a_t=$(cut -d' ' -f1 /proc/uptime)
sleep 4
b_use=$(sed -n 's/^usage_usec //p' "$C/cpu.stat"); b_t=$(cut -d' ' -f1 /proc/uptime)
thr=$(sed -n 's/^nr_throttled //p' "$C/cpu.stat")
share=$(awk -v u=$((b_use - a_use)) -v a="$a_t" -v b="$b_t" 'BEGIN { printf "%d", u / ((b - a) * 1e6) * 100 }')
echo "# busy loop with --cpus 0.5: ${share}% of a CPU, nr_throttled $thr"
[ "${thr:-0}" -gt 0 ] && ok "cpu.stat nr_throttled grows ($thr)" || fail "nr_throttled is ${thr:-?}"
[ "$share" -le 65 ] && [ "$share" -ge 20 ] && ok "a busy loop gets about half a CPU (${share}%)" ||
    fail "a busy loop got ${share}% of a CPU under --cpus 0.5"
out=$(berth stats --no-stream --format '{{.CPUPerc}}' busy 2>&1)
echo "# stats CPU % of busy: $out"
berth rm -f -t 0 busy >/dev/null 2>&1

# --- the memory limit OOM-kills a hog --------------------------------------------------------
berth run --name hog --memory 32m "$IMG" sh -c 'head -c 300m /dev/zero | tail' >/dev/null 2>&1
code=$?
expect "a hog over --memory 32m exits 137" 137 "$code"
out=$(berth inspect --format '{{.State.OOMKilled}} {{.State.ExitCode}} {{.Id}}' hog 2>&1)
expect "inspect .State.OOMKilled and .State.ExitCode" "true 137" "${out% *}"
H=$B/${out##* }
[ ! -e "$H" ] && ok "the exited container's cgroup is gone" || fail "$H still exists"
expect "the OOM kill is an oom event" hog \
    "$(berth events --stream=false --filter event=oom --format '{{.Name}}' 2>&1)"
berth run --name fine --memory 32m "$IMG" true >/dev/null 2>&1
expect "no OOM, OOMKilled false" false "$(berth inspect --format '{{.State.OOMKilled}}' fine 2>&1)"
berth rm hog fine >/dev/null 2>&1

# --- a fork bomb stops at pids.max -------------------------------------------------------------
F=$B/$(berth run -d --name bomb --pids-limit 30 "$IMG" sh -c 'f() { f | f & }; f; sleep 600' 2>&1)
sleep 3
cur=$(cat "$F/pids.current" 2>&1)
hits=$(sed -n 's/^max //p' "$F/pids.events")
echo "# fork bomb: pids.current $cur, pids.events max $hits"
[ "$cur" -le 30 ] && ok "pids.current stays at most 30 ($cur)" || fail "pids.current $cur"
[ "${hits:-0}" -gt 0 ] && ok "pids.events counts refused forks ($hits)" || fail "pids.events max ${hits:-?}"
berth rm -f -t 0 bomb >/dev/null 2>&1
[ ! -e "$F" ] && ok "the fork bomb's cgroup is gone after rm -f" || fail "$F still exists"
expect "the host survives (a run after it)" hello "$(berth run --rm "$IMG" echo hello 2>&1)"

# --- the default pids limit, the rm of lim ------------------------------------------------------
id2=$(berth run -d --name plain "$IMG" sleep 600 2>&1)
expect "a container without limits gets podman's pids limit (pids.max)" 2048 "$(cat "$B/$id2/pids.max" 2>&1)"
expect "inspect HostConfig.PidsLimit of it" 2048 "$(berth inspect --format '{{.HostConfig.PidsLimit}}' plain 2>&1)"
expect "no memory limit (memory.max)" max "$(cat "$B/$id2/memory.max" 2>&1)"
berth rm -f -t 0 plain lim >/dev/null 2>&1
[ ! -e "$L" ] && [ ! -e "$B/$id2" ] && ok "cgroups gone after rm -f" || fail "left: $(find "$B" -mindepth 1 -type d)"

# --- a berth killed with -9: the next command sweeps its cgroup -------------------------------
berth run --name killed "$IMG" sleep 600 >/dev/null 2>&1 &
bpid=$!
i=0
leaves() { find "$B" -mindepth 1 -maxdepth 1 -type d | sed 's|.*/||'; }
while [ -z "$(leaves)" ] && [ $i -lt 200 ]; do sleep 0.1; i=$((i + 1)); done
K=$B/$(leaves | head -n1)
sleep 1
kill -9 "$bpid"
wait "$bpid" 2>/dev/null
sleep 1
[ -d "$K" ] && [ "$(grep populated "$K/cgroup.events")" = "populated 0" ] &&
    ok "the killed berth left an empty cgroup behind" || fail "after kill -9: $(leaves) $(cat "$K/cgroup.events" 2>&1)"
sleep 10
berth run --rm "$IMG" true >/dev/null 2>&1
[ ! -e "$K" ] && ok "the next command swept it" || fail "$K is still there"
berth rm -f killed >/dev/null 2>&1
expect "nothing left under berth/" "" "$(leaves)"

# --- --cgroups disabled, --cgroup-parent ---------------------------------------------------------
expect "--cgroups disabled: no cgroup of its own" "0::/user.slice/user-1000.slice/user@1000.service/init.scope" \
    "$(berth run --rm --cgroups disabled --cgroupns host "$IMG" cat /proc/self/cgroup 2>&1)"
out=$(berth run --rm --cgroupns host --cgroup-parent mine.slice "$IMG" cat /proc/self/cgroup 2>&1)
case $out in
    0::/user.slice/user-1000.slice/user@1000.service/mine.slice/????????????????*) ok "--cgroup-parent: under the named parent ($out)" ;;
    *) fail "--cgroup-parent mine.slice: $out" ;;
esac

# --- update of a created container, containers.conf's pids_limit ------------------------------
cid=$(berth create --name later --memory 64m "$IMG" sleep 600 2>&1)
berth update --memory 96m later >/dev/null 2>&1
berth start later >/dev/null 2>&1
expect "update of a created container applies at its start" 100663296 "$(cat "$B/$cid/memory.max" 2>&1)"
berth rm -f -t 0 later >/dev/null 2>&1
mkdir -p "$HOME/.config/containers"
printf '[containers]\npids_limit = 100\n' >"$HOME/.config/containers/containers.conf"
cid=$(berth run -d "$IMG" sleep 600 2>&1)
expect "containers.conf pids_limit = 100 is the default pids limit" 100 "$(cat "$B/$cid/pids.max" 2>&1)"
berth rm -f -t 0 "$cid" >/dev/null 2>&1
rm -f "$HOME/.config/containers/containers.conf"

t1=$(cut -d' ' -f1 /proc/uptime)
echo "# cgroups.sh took $(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }') s in the VM"
if [ "$failed" = 0 ]; then echo "cgroups: all checks passed"; else echo "cgroups: FAILED"; fi
exit "$failed"
