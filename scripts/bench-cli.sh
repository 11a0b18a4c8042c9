#!/usr/bin/env bash
# Start-up time of algo_trader's command line beside a plain picocli program, in ONE hyperfine run on the same JVM.
# The reference is a tiny picocli "hello" class compiled against the picocli jar inside system/algo-trader.jar
# (built into system/algo_trader/target/bench-cli). Each algo-trader command runs on the embedded defaults: a fresh
# home and working directory, a clean environment, so no env file and no server is used.
#
# Usage: scripts/bench-cli.sh [RUNS]     (default 10 runs per command, after one warm-up run)
#   Needs system/algo-trader.jar (./mvnw -q -DskipTests install) and hyperfine (apt-get install -y hyperfine); with
#   the AOT cache built too (./mvnw -q -Paot -DskipTests install), it also times the launcher script system/algo-trader.
#   Writes system/algo_trader/target/bench-cli.md (hyperfine's table) and bench-cli.json, and prints each command's
#   mean wall time and mean CPU time (user + system) as ratios to the reference's.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-10}"
jar="$root/system/algo-trader.jar"
launcher="$root/system/algo-trader"
out="$root/system/algo_trader/target/bench-cli"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
[ -f "$jar" ] || { echo "bench-cli: $jar is missing: run ./mvnw -q -DskipTests install first" >&2; exit 1; }
command -v hyperfine >/dev/null || { echo "bench-cli: hyperfine is missing: apt-get install -y hyperfine" >&2; exit 1; }

rm -rf "$out" && mkdir -p "$out/classes" "$out/home"
picocli="$(unzip -Z1 "$jar" | grep -E '^BOOT-INF/lib/picocli-[0-9.]+\.jar$')"
unzip -p "$jar" "$picocli" > "$out/picocli.jar"
cat > "$out/Hello.java" <<'JAVA'
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "hello", mixinStandardHelpOptions = true, version = "hello 1.0", description = "Says hello.")
public class Hello implements Callable<Integer> {
    @Option(names = "--name", defaultValue = "world", description = "Whom to greet (default ${DEFAULT-VALUE}).")
    String name;

    @Override
    public Integer call() {
        System.out.println("hello " + name);
        return 0;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new Hello()).execute(args));
    }
}
JAVA
"${java}c" -cp "$out/picocli.jar" -d "$out/classes" "$out/Hello.java"

home="$out/home"
clean="env -i PATH=/usr/bin:/bin HOME=$home"
app="$clean $java -Duser.home=$home -jar $jar"
commands=(-n "picocli hello --help" "$clean $java -cp $out/classes:$out/picocli.jar Hello --help")
for args in "--help" "version" "status" "positions"; do
  commands+=(-n "java -jar algo-trader.jar $args" "$app $args")
done
if [ -x "$launcher" ] && [ -f "$root/system/algo_trader/target/aot/algo-trader.aot" ]; then
  for args in "--help" "version" "status" "positions"; do
    commands+=(-n "system/algo-trader $args" "$clean JAVA_HOME=${JAVA_HOME:-} JAVA_OPTS=-Duser.home=$home $launcher $args")
  done
fi

echo "Load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
cd "$home"
hyperfine --warmup 1 --runs "$runs" --style basic --export-markdown "$out.md" --export-json "$out.json" "${commands[@]}"

python3 - "$out.json" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
reference = results[0]
cpu = lambda r: r["user"] + r["system"]
print(f"\n{'command':40} {'mean s':>8} {'ratio':>7} {'cpu s':>7} {'ratio':>7}")
for r in results:
    print(f"{r['command']:40} {r['mean']:8.3f} {r['mean'] / reference['mean']:6.2f}x {cpu(r):7.3f} {cpu(r) / cpu(reference):6.2f}x")
PY
