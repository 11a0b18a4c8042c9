#!/usr/bin/env bash
# Benchmarks the Schwab streamer's frame parser: LEVELONE_EQUITIES frames to merged quote events, beside the same
# frames read with Jackson's tree model and a tokens-only floor, in one JMH run with the GC profiler. The benchmark
# sits in infrastructure/schwab/src/bench/java and is built only by the Maven profile "bench" (never by ./mvnw verify).
#
# Usage: scripts/bench-stream.sh [--quick] [--include REGEX]
#   --quick          short check: fewer and shorter iterations (about 20 s instead of 1 minute)
#   --include REGEX  run only the matching benchmarks, e.g. 'FrameBenchmark.streaming'
#
# Writes the JMH JSON to infrastructure/schwab/target/jmh-stream.json and rewrites infrastructure/schwab/BENCHMARKS.md
# with the table, the machine, the date and this command.
set -euo pipefail

# shellcheck source=lib/bench-common.sh
source "$(dirname "$0")/lib/bench-common.sh"
bench_parse_args "$@"

echo "Building infrastructure/schwab and the benchmark (profile bench)..."
./mvnw -B -q -P bench -pl infrastructure/schwab -am process-test-classes -DskipTests ${MAVEN_ARGS:-}

module="infrastructure/schwab"
target="$module/target"
json="$target/jmh-stream.json"
table="$target/jmh-stream.md"
classpath="$target/test-classes:$target/classes:$(cat "$target/bench-classpath.txt")"
echo "Running JMH ($mode); JSON goes to $json"
load="$(cut -d' ' -f1-3 /proc/loadavg)"
"$java" -cp "$classpath" dev.artificer.infrastructure.schwab.stream.bench.BenchmarkMain --json "$json" \
  --table "$table" ${jmh_args[@]+"${jmh_args[@]}"}

bench_describe_machine
command="scripts/bench-stream.sh${*:+ $*}"
bench_write_results "Streamer benchmarks" "-Xms1g -Xmx1g" <<INTRO
Latest run of \`$command\` ($mode mode): one JMH run, one fork, single thread, on 4,096 seeded
LEVELONE_EQUITIES frames shaped like Schwab's (one item each: key, delayed, asset types, CUSIP and the 3 to 9
fields that changed), cycled. Scores are frames per second (one frame to one merged \`LevelOneQuote\` per
operation), with bytes allocated per frame from \`-prof gc\` (\`gc.alloc.rate.norm\`) and the 99.9 % error.
INTRO
