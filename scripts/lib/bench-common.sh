# Shared by scripts/bench-*.sh (sourced, not run): works from the repository root with JDK 25, reads the options
# --quick and --include REGEX into $mode and $jmh_args, and describes the machine for the BENCHMARKS.md header.

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
java="$JAVA_HOME/bin/java"

# Sets mode (full or quick) and jmh_args from the script's arguments; exits 2 on anything else.
bench_parse_args() {
  mode="full"
  jmh_args=()
  while [ $# -gt 0 ]; do
    case "$1" in
      --quick) mode="quick"; jmh_args+=("--quick"); shift ;;
      --include) jmh_args+=("--include" "$2"); shift 2 ;;
      *) echo "unknown argument: $1 (use --quick or --include REGEX)" >&2; exit 2 ;;
    esac
  done
}

# Sets cpu, cores, memory and jvm for the results' header.
bench_describe_machine() {
  cpu="$(lscpu | sed -n 's/^Model name:[[:space:]]*//p' | head -1)"
  cores="$(nproc)"
  memory="$(free -g | awk '/^Mem:/ {print $2 " GB"}')"
  jvm="$("$java" -version 2>&1 | head -1)"
}

# Rewrites $module/BENCHMARKS.md from a run: "# TITLE", the intro read from stdin, the run's facts (date, machine and
# load, JVM with the forked options given, JMH iterations, command), the table, then the hand-written part of the
# previous file (from "## Reading the results" on), which survives a rerun; and copies the JMH JSON beside it.
# Usage: bench_write_results TITLE JVM_OPTIONS < intro
# Needs: module, mode, load, command, json, table (and bench_describe_machine run).
bench_write_results() {
  local title="$1" jvm_options="$2" intro notes iterations
  intro="$(cat)"
  notes="$(sed -n '/^## Reading the results/,$p' "$module/BENCHMARKS.md" 2>/dev/null || true)"
  if [ "$mode" = "quick" ]; then iterations="1 warm-up and 2 measured iterations of 1 s"
  else iterations="3 warm-up and 5 measured iterations of 2 s"; fi
  {
    echo "# $title"
    echo
    echo "$intro"
    echo
    echo "- Date: $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "- Machine: $cpu, $cores cores, $memory RAM (load average before the run: $load)"
    echo "- JVM: $jvm, forked with $jvm_options"
    echo "- JMH 1.37: 1 fork, $iterations, \`-prof gc\`"
    echo "- Command: \`$command\` (JSON: \`$json\`)"
    echo
    cat "$table"
    if [ -n "$notes" ]; then printf '\n%s\n' "$notes"; fi
  } > "$module/BENCHMARKS.md"
  cp "$json" "$module/BENCHMARKS.json"
  echo "Wrote $module/BENCHMARKS.md and BENCHMARKS.json (the JMH JSON of that run)"
}
