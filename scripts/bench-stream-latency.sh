#!/usr/bin/env bash
# Measures the live path's latency on the embedded defaults: one-minute candles from the stand-in Schwab streamer over a
# real WebSocket, stored in an H2 file database with the app's settings, and the decision loop run for each stored bar
# with a 1-minute strategy that journals and places an order on every bar (paper broker). A measured run, not JMH: the
# class is system/algo_trader/src/bench/java/.../StreamLatencyRun.java, built only by the Maven profile "bench".
#
# Usage: scripts/bench-stream-latency.sh [WARM_UP MEASURED PACE_MS]   (default 200 1000 50)
#
# Prints the machine, the load and a table of p50/p90/p99/max per stage (sent, received, stored, decided).
set -euo pipefail

# shellcheck source=lib/bench-common.sh
source "$(dirname "$0")/lib/bench-common.sh"

echo "Building algo_trader and the benchmark (profile bench)..."
./mvnw -B -q -P bench -pl system/algo_trader -am process-test-classes -DskipTests ${MAVEN_ARGS:-}

target="system/algo_trader/target"
classpath="$target/test-classes:$target/classes:$(cat "$target/bench-classpath.txt")"
bench_describe_machine
echo "Machine: $cpu, $cores cores, $memory RAM; $jvm; load average $(cut -d' ' -f1-3 /proc/loadavg)"
"$java" -Xmx512m -cp "$classpath" \
  dev.artificer.system.algotrader.bench.StreamLatencyRun "$@" 2> "$target/stream-latency.log"
echo "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg) (log: $target/stream-latency.log)"
