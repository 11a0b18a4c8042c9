#!/usr/bin/env bash
# Measures bar write throughput of algo_trader's relational BarRepository: 1,000,000 one-minute bars in
# batches of 10,000, into MariaDB/MySQL (needs the ARTIFICER_TEST_MYSQL_* variables, e.g. from
# scripts/start-test-services.sh) and into an H2 file. Usage: scripts/measure-bar-writes.sh [mysql|h2|both] [count]
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:-both}
count=${2:-1000000}
module=system/algo_trader
./mvnw -q -pl "$module" -am -DskipTests install >/dev/null
./mvnw -q -pl "$module" test-compile dependency:build-classpath -Dmdep.outputFile=target/measure.classpath >/dev/null
classpath="$module/target/test-classes:$module/target/classes:$(cat "$module/target/measure.classpath")"
for db in $([ "$target" = both ] && echo "mysql h2" || echo "$target"); do
  java -cp "$classpath" dev.artificer.system.algotrader.measure.BarWriteThroughput "$db" "$count"
done
