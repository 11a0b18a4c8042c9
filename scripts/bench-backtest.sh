#!/usr/bin/env bash
# Benchmarks algo_trader's backtest engine: an SMA(10/30)-crossover backtest of 1,000,000 bars of one symbol against
# the same strategy in ta4j 0.22.2 (BarSeriesManager, DoubleNum), and a 100-combination grid search on 1 and 2
# threads, in one JMH run with the GC profiler. The benchmark sits in system/algo_trader/src/bench/java and is built
# only by the Maven profile "bench" (never by ./mvnw verify).
#
# Usage: scripts/bench-backtest.sh [--quick] [--include REGEX]
#   --quick          short check: fewer and shorter iterations (about 1 minute instead of 3 on 2 cores)
#   --include REGEX  run only the matching benchmarks, e.g. 'EngineBenchmark.ours'
#
# Writes the JMH JSON to system/algo_trader/target/jmh-backtest.json and rewrites system/algo_trader/BENCHMARKS.md
# with the table, the machine, the date and this command.
set -euo pipefail

# shellcheck source=lib/bench-common.sh
source "$(dirname "$0")/lib/bench-common.sh"
bench_parse_args "$@"

echo "Building algo_trader and the benchmark (profile bench)..."
./mvnw -B -q -P bench -pl system/algo_trader -am process-test-classes -DskipTests

module="system/algo_trader"
target="$module/target"
json="$target/jmh-backtest.json"
table="$target/jmh-backtest.md"
classpath="$target/test-classes:$target/classes:$(cat "$target/bench-classpath.txt")"
echo "Running JMH ($mode); JSON goes to $json"
load="$(cut -d' ' -f1-3 /proc/loadavg)"
"$java" -cp "$classpath" dev.artificer.system.algotrader.bench.BenchmarkMain --json "$json" --table "$table" \
  ${jmh_args[@]+"${jmh_args[@]}"}

bench_describe_machine
command="scripts/bench-backtest.sh${*:+ $*}"
[ "$mode" = "quick" ] && command="scripts/bench-backtest.sh --quick"
bench_write_results "Backtest benchmarks" "-Xms4g -Xmx4g -XX:+AlwaysPreTouch" <<INTRO
Latest run of \`$command\` ($mode mode): one JMH run, one fork, on a seeded random walk of one-minute bars
of one symbol, the same bars for both engines (single-threaded; the grid search on 1 and 2 threads). Scores
are bars per second (one whole backtest per invocation, \`@OperationsPerInvocation\` = its bars), with bytes
allocated per bar from \`-prof gc\` (\`gc.alloc.rate.norm\`) and the 99.9 % error JMH reports.
INTRO
