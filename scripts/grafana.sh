#!/usr/bin/env bash
# Thin alternative to `java -jar system/algo-trader.jar grafana ...`: runs the grafana service of the repository's
# docker-compose.yml (project artificer), reading artificer.env when it exists.
# Usage: scripts/grafana.sh [up|stop|restart|ps|logs]   (default: up)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
compose=(docker compose -f "$root/docker-compose.yml" -p artificer)
[ -f "$root/artificer.env" ] && compose+=(--env-file "$root/artificer.env")
command -v docker >/dev/null || { echo "grafana.sh: docker is not installed or not on the PATH" >&2; exit 1; }
docker compose version >/dev/null 2>&1 || { echo "grafana.sh: docker has no Compose plugin (docker compose)" >&2; exit 1; }
case "${1:-up}" in
  up|start) "${compose[@]}" up -d grafana && echo "Grafana: http://localhost:${GRAFANA_PORT:-3000}" ;;
  stop)     "${compose[@]}" stop grafana ;;
  restart)  "${compose[@]}" restart grafana ;;
  ps|status) "${compose[@]}" ps --all grafana ;;
  logs)     "${compose[@]}" logs --no-color --tail "${2:-100}" grafana ;;
  *) echo "usage: scripts/grafana.sh [up|stop|restart|ps|logs [LINES]]" >&2; exit 2 ;;
esac
