#!/usr/bin/env bash
# Builds the JDK 25 AOT cache (JEP 483/514/515) that system/algo-trader, the launcher script, starts the app with.
# The cache only serves classes loaded from plain jars on the class path, not from inside the executable jar, so the
# jar is first extracted (Spring Boot's jarmode tools: algo-trader.jar with lib/ beside it, same classes). Then one
# training run records what a one-shot command loads and links: `positions` on the embedded defaults (picocli, the
# Spring start, H2, Flyway, the paper broker), in a throw-away home. `./mvnw -Paot package` runs this after the jar
# is built; it can also be run by hand after any build.
#
# Usage: scripts/build-aot-cache.sh [JAR] [OUT]
#   JAR defaults to system/algo-trader.jar, OUT to system/algo_trader/target/aot (app/ and algo-trader.aot).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
jar="${1:-$root/system/algo-trader.jar}"
out="${2:-$root/system/algo_trader/target/aot}"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
[ -f "$jar" ] || { echo "build-aot-cache: $jar is missing: build it first (./mvnw -q -DskipTests install)" >&2; exit 1; }

rm -rf "$out"
mkdir -p "$out/training-home"
"$java" -Djarmode=tools -jar "$jar" extract --destination "$out/app" >/dev/null
# The flags of the launcher's quick commands; a cache also serves runs with other flags (classes, not the heap).
# The JVM's notes on classes it cannot archive (picocli's are Java 5 class files, proxies, ...) go to training.log.
(cd "$out/training-home" && env -i PATH=/usr/bin:/bin HOME="$out/training-home" "$java" -XX:TieredStopAtLevel=1 \
  -XX:+UseSerialGC -XX:AOTCacheOutput="$out/algo-trader.aot" -Duser.home="$out/training-home" \
  -jar "$out/app/algo-trader.jar" positions >/dev/null 2>"$out/training.log") \
  || echo "build-aot-cache: the training run failed (see $out/training.log); the cache holds what it loaded" >&2
rm -rf "$out/training-home"
[ -f "$out/algo-trader.aot" ] || { echo "build-aot-cache: no cache was written" >&2; exit 1; }
echo "AOT cache: $out/algo-trader.aot ($(du -h "$out/algo-trader.aot" | cut -f1))"
