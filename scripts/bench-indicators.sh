#!/usr/bin/env bash
# Benchmarks the indicator core against TA-Lib 0.4.0 (Java), ta4j 0.22.2 (DoubleNum) and a System.arraycopy
# memory baseline on the same 1,000,000-bar input, in one JMH run with the GC profiler.
#
# Usage: scripts/bench-indicators.sh [--quick] [--include REGEX] [--forks N]
#   --quick          short check: fewer and shorter iterations (a few minutes instead of ~20 on 2 cores)
#   --include REGEX  run only the matching benchmarks, e.g. 'BatchBenchmark.ours'
#   --forks N        N JMH forks per benchmark instead of 1 (tighter error bars on a shared machine)
#
# Writes the JMH JSON to component/indicators_bench/target/jmh-indicators.json and rewrites
# component/indicators/BENCHMARKS.md with the table, the machine, the date and this command.
set -euo pipefail

# shellcheck source=lib/bench-common.sh
source "$(dirname "$0")/lib/bench-common.sh"
arguments="$*"
forks=()
common=()
while [ $# -gt 0 ]; do
  case "$1" in
    --forks) forks=(--forks "$2"); shift 2 ;;
    *) common+=("$1"); shift ;;
  esac
done
bench_parse_args ${common[@]+"${common[@]}"}

echo "Building the indicators and the benchmark (profile bench)..."
./mvnw -B -q -f component/pom.xml -P bench -pl indicators,indicators_bench -am install -DskipTests

target="component/indicators_bench/target"
json="$target/jmh-indicators.json"
table="$target/jmh-indicators.md"
echo "Running JMH ($mode); JSON goes to $json"
"$java" -jar "$target/indicators-bench.jar" --json "$json" --table "$table" ${jmh_args[@]+"${jmh_args[@]}"} \
  ${forks[@]+"${forks[@]}"}

bench_describe_machine
load="$(cut -d' ' -f1-3 /proc/loadavg)"
command="scripts/bench-indicators.sh${arguments:+ $arguments}"

{
  echo "# Indicator benchmarks"
  echo
  echo "Latest run of \`$command\` ($mode mode): one JMH run, 1,000,000 bars of a seeded random walk, the same"
  echo "input for every library. Batch scores are nanoseconds per bar (one whole-series computation per"
  echo "invocation, \`@OperationsPerInvocation(1_000_000)\`); streaming scores are nanoseconds per \`update()\`,"
  echo "with bytes allocated per update from \`-prof gc\` (\`gc.alloc.rate.norm\`)."
  echo
  echo "- Date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "- Machine: $cpu, $cores cores, $memory RAM (load average before the run: $load)"
  echo "- JVM: $jvm, forked with -Xms4g -Xmx4g"
  echo "- Command: \`$command\` (JSON: \`$json\`)"
  echo
  cat "$table"
  echo
  echo "Targets: this / TA-Lib at most 1.00x, ta4j / this at least 30x, this / arraycopy at most 3x for the"
  echo "O(1)-per-bar indicators. See \"Reading the results\" in README.md for the ones missed and why."
} > component/indicators/BENCHMARKS.md
cp "$json" component/indicators/BENCHMARKS.json
echo "Wrote component/indicators/BENCHMARKS.md and BENCHMARKS.json (the JMH JSON of that run)"
