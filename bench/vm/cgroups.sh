#!/bin/sh
# The VM side of bench/cgroups.sh (busybox sh, as the unprivileged user). Times in ms, the
# mean of RUNS (from the file given to vm.sh), from /proc/uptime (10 ms ticks, over all runs).
set -u
RUNS=$(cat "$BERTH_VM_FILES"/* 2>/dev/null | head -n1)
RUNS=${RUNS:-10}
IMG=$BERTH_VM_IMAGE
B=$BERTH_VM_CGROUP/berth
up() { cut -d' ' -f1 /proc/uptime; }
# mean DESCRIPTION COMMAND...: runs it RUNS times, prints the mean in ms
mean() {
    what=$1; shift
    "$@" >/dev/null 2>&1 # warm
    a=$(up)
    i=0
    while [ $i -lt "$RUNS" ]; do "$@" >/dev/null 2>&1 || echo "# failed: $*"; i=$((i + 1)); done
    b=$(up)
    awk -v a="$a" -v b="$b" -v n="$RUNS" -v w="$what" 'BEGIN { printf "%-58s %8.1f ms\n", w, (b - a) * 1000 / n }'
}
berth pull -q "$IMG" >/dev/null 2>&1
echo "# $RUNS runs each, VM under TCG"
mean "run --rm --network none true, --cgroups disabled" berth run --rm --network none --cgroups disabled "$IMG" true
mean "run --rm --network none true, default cgroup (pids.max)" berth run --rm --network none "$IMG" true
mean "run --rm --network none true, --memory 64m --cpus 1 --pids-limit 100" \
    berth run --rm --network none --memory 64m --cpus 1 --pids-limit 100 "$IMG" true
floor() {
    d=$B/floor-$$
    mkdir "$d" && echo 67108864 >"$d/memory.max" && echo "100000 100000" >"$d/cpu.max" &&
        echo 100 >"$d/pids.max" && rmdir "$d"
}
berth run --rm --network none "$IMG" true >/dev/null 2>&1 # makes berth/
mean "floor: mkdir a leaf, write 3 limits, rmdir (shell)" floor
i=0
while [ $i -lt 20 ]; do berth run -d --network none "$IMG" sleep 600 >/dev/null 2>&1; i=$((i + 1)); done
echo "# $(berth ps -q | grep -c .) containers running"
mean "stats --no-stream with 20 containers" berth stats --no-stream
mean "ps with 20 containers (for comparison)" berth ps
berth rm -f -t 0 -a >/dev/null 2>&1
