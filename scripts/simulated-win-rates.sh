#!/usr/bin/env bash
# Backtests every built-in strategy, with its default parameters, on a set of simulated tickers (daily bars, the
# default range) through the jar, and prints one markdown row per strategy: how often it made money, how often it beat
# buy-and-hold, its median return and its trades' mean win rate. It shows that the simulated market neither hands a
# strategy its wins nor its losses. Needs the jar (./mvnw -q -DskipTests install) and jq.
# Usage: scripts/simulated-win-rates.sh [TICKER...]   (default: 12 tickers across sectors)
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
java="$JAVA_HOME/bin/java"
jar="system/algo-trader.jar"
[ -f "$jar" ] || { echo "no $jar: build it first with ./mvnw -q -DskipTests install" >&2; exit 1; }
command -v jq >/dev/null || { echo "jq is needed (apt-get install jq)" >&2; exit 1; }
tickers=("$@")
[ ${#tickers[@]} -gt 0 ] || tickers=(AAPL MSFT JPM XOM KO PFE WMT CAT NVDA DIS SPY QQQ)

home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
run() { HOME="$home" ALGO_TRADER_DATA_DIR="$home/data" "$java" -jar "$jar" "$@" 2>/dev/null; }

strategies=$(run strategies --json | jq -r '.strategies[] | select(.source == null) | .name')
echo "| strategy | runs | made money | beat buy-and-hold | median return | mean win rate of trades |"
echo "| --- | ---: | ---: | ---: | ---: | ---: |"
for strategy in $strategies; do
  results="$home/$strategy.jsonl"
  : > "$results"
  for ticker in "${tickers[@]}"; do
    echo "  $strategy on $ticker" >&2
    run backtest --strategy "$strategy" --symbol "$ticker" --json \
      | jq -c '{ret: .metrics.total_return, bh: .metrics.buy_and_hold_return, win: .metrics.win_rate}' >> "$results"
  done
  jq -rs --arg s "$strategy" '
    (map(.ret) | sort) as $r | length as $n |
    (($r[(($n - 1) / 2) | floor] + $r[($n / 2) | floor]) / 2) as $median |
    (map(.win | select(. != null))) as $wins |
    "| \($s) | \($n) | \(map(select(.ret > 0)) | length) of \($n) | \(map(select(.ret > .bh)) | length) of \($n) | " +
    "\($median * 1000 | round / 10) % | " +
    "\(if ($wins | length) == 0 then "n/a" else ($wins | add / length * 100 | round | tostring) + " %" end) |"' "$results"
done
