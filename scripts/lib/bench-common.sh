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
