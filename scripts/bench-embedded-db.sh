#!/usr/bin/env bash
# Benchmarks what a durable commit costs on algo_trader's embedded H2 database: bars written through the relational
# BarRepository (1, 390 and 10,000 per transaction) with the app's settings (WRITE_DELAY=0, commit on disk before it
# is acknowledged) and with H2's default 500 ms write delay, in one JMH run. The benchmark sits in
# system/algo_trader/src/bench/java (EmbeddedWriteBenchmark) and is built only by the Maven profile "bench".
#
# Usage: scripts/bench-embedded-db.sh [--quick]
#   --quick   1 warm-up and 3 measured iterations of 1 s (about 1 minute) instead of 3 and 5 of 2 s
#
# Prints JMH's table (bars/s) and writes the JMH JSON to system/algo_trader/target/jmh-embedded-db.json.
set -euo pipefail

# shellcheck source=lib/bench-common.sh
source "$(dirname "$0")/lib/bench-common.sh"
bench_parse_args "$@"

echo "Building algo_trader and the benchmark (profile bench)..."
./mvnw -B -q -P bench -pl system/algo_trader -am process-test-classes -DskipTests

target="system/algo_trader/target"
classpath="$target/test-classes:$target/classes:$(cat "$target/bench-classpath.txt")"
if [ "$mode" = "quick" ]; then iterations=(-wi 1 -w 1s -i 3 -r 1s); else iterations=(-wi 3 -w 2s -i 5 -r 2s); fi
bench_describe_machine
echo "Machine: $cpu, $cores cores, $memory RAM; $jvm; load average $(cut -d' ' -f1-3 /proc/loadavg)"
"$java" -cp "$classpath" org.openjdk.jmh.Main 'EmbeddedWriteBenchmark' -f 1 "${iterations[@]}" \
  -rf json -rff "$target/jmh-embedded-db.json"
