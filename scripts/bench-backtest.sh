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
# The hand-written part of BENCHMARKS.md, from "## Reading the results" on, survives a rerun.
notes="$(sed -n '/^## Reading the results/,$p' "$module/BENCHMARKS.md" 2>/dev/null || true)"

{
  echo "# Backtest benchmarks"
  echo
  echo "Latest run of \`$command\` ($mode mode): one JMH run, one fork, on a seeded random walk of one-minute bars"
  echo "of one symbol, the same bars for both engines (single-threaded; the grid search on 1 and 2 threads). Scores"
  echo "are bars per second (one whole backtest per invocation, \`@OperationsPerInvocation\` = its bars), with bytes"
  echo "allocated per bar from \`-prof gc\` (\`gc.alloc.rate.norm\`) and the 99.9 % error JMH reports."
  echo
  echo "- Date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "- Machine: $cpu, $cores cores, $memory RAM (load average before the run: $load)"
  echo "- JVM: $jvm, forked with -Xms4g -Xmx4g -XX:+AlwaysPreTouch"
  if [ "$mode" = "quick" ]; then iterations="1 warm-up and 2 measured iterations of 1 s"
  else iterations="3 warm-up and 5 measured iterations of 2 s"; fi
  echo "- JMH 1.37: 1 fork, $iterations, \`-prof gc\`"
  echo "- Command: \`$command\` (JSON: \`$json\`)"
  echo
  cat "$table"
  if [ -n "$notes" ]; then printf '\n%s\n' "$notes"; fi
} > "$module/BENCHMARKS.md"
cp "$json" "$module/BENCHMARKS.json"
echo "Wrote $module/BENCHMARKS.md and BENCHMARKS.json (the JMH JSON of that run)"
