#!/usr/bin/env bash
# Measures Spark's overhead on the parameter search: a 1,000-combination sma-cross grid on 100,000 one-minute bars,
# the Spark job on local[2] against the thread-pool search on 2 threads in the same JVM, alternating seven rounds of
# each (after a warm-up run of both that also checks they agree bit for bit). A measured run, not JMH: Spark's cost
# is a scheduling cost per job and per task, which a whole-search wall time shows.
#
# Usage: scripts/bench-spark.sh
#
# Rewrites the measured part of system/algo_trader/spark/BENCHMARKS.md (above "## Reading the results").
set -euo pipefail

# shellcheck source=lib/bench-common.sh
source "$(dirname "$0")/lib/bench-common.sh"
bench_parse_args "$@"

module="system/algo_trader/spark"
echo "Building the Spark job module's test classes..."
./mvnw -B -q -pl "$module" -am test-compile -DskipTests
./mvnw -B -q -pl "$module" dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
  -Dmdep.includeScope=test
classpath="$module/target/test-classes:$module/target/classes:$(cat "$module/target/bench-classpath.txt")"
load="$(uptime)"
echo "Running (about 2 minutes on 2 cores)..."
output="$("$java" -Xms3g -Xmx3g -cp "$classpath" dev.artificer.system.algotrader.spark.SparkOverheadBenchmark 2>/dev/null)"
echo "$output"

bench_describe_machine
notes="$(sed -n '/^## Reading the results/,$p' "$module/BENCHMARKS.md" 2>/dev/null || true)"
{
  echo "# Spark job benchmarks"
  echo
  echo "Latest run of \`scripts/bench-spark.sh\`: the sma-cross grid fast=5..100:5 x slow=110..600:10 (1,000"
  echo "combinations, all valid) on 100,000 one-minute bars of a seeded random walk, ranked by sharpe; the thread-pool"
  echo "\`ParameterSearch\` on 2 threads and \`SparkSearch\` on \`local[2]\` (8 tasks per core, bars broadcast once), in"
  echo "one JVM, alternating, seven rounds each after one warm-up run of both whose results are checked equal."
  echo
  echo "- Date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "- Machine: $cpu, $cores cores, $memory RAM; \`uptime\` before the run: \`$load\`"
  echo "- JVM: $jvm, -Xms3g -Xmx3g; Spark 4.1.1"
  echo "- Command: \`scripts/bench-spark.sh\`"
  echo
  echo '```'
  echo "$output"
  echo '```'
  if [ -n "$notes" ]; then printf '\n%s\n' "$notes"; fi
} > "$module/BENCHMARKS.md"
echo "Wrote $module/BENCHMARKS.md"
