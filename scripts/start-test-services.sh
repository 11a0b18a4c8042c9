#!/usr/bin/env bash
# Makes sure the services the integration tests need run on loopback: Redis on 127.0.0.1:6379 and
# MariaDB (or MySQL) on 127.0.0.1:3306 with an `artificer` account owning the artificer_test* databases.
# Starts them if stopped, installs them with apt-get if missing (needs root), and fails loudly otherwise.
# Prints the variables the tests read; `eval "$(scripts/start-test-services.sh)"` exports them.
set -euo pipefail

log() { printf 'test-services: %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

apt_install() {
  command -v apt-get >/dev/null || die "$1 is missing and apt-get is not available to install it"
  [ "$(id -u)" = 0 ] || die "$1 is missing; install it (as root: apt-get install $1)"
  log "installing $1"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$1" >&2
}

wait_for() {
  local what=$1; shift
  for _ in $(seq 1 30); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    sleep 1
  done
  die "$what did not come up within 30 s"
}

ensure_redis() {
  if redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null | grep -q PONG; then
    log "redis is running"; return
  fi
  command -v redis-server >/dev/null || apt_install redis-server
  log "starting redis"
  mkdir -p /var/lib/redis /var/log/redis
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no \
    --dir /var/lib/redis --logfile /var/log/redis/ci.log >&2
  wait_for redis sh -c 'redis-cli -h 127.0.0.1 -p 6379 ping | grep -q PONG'
}

ensure_mariadb() {
  if mariadb-admin -uroot ping >/dev/null 2>&1 || mysqladmin -uroot ping >/dev/null 2>&1; then
    log "mariadb is running"
  else
    [ -x /usr/sbin/mariadbd ] || apt_install mariadb-server
    log "starting mariadb"
    mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld 2>/dev/null || true
    start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd >&2
    wait_for mariadb mariadb-admin -uroot ping
  fi
  log "creating the artificer_test database and the artificer account"
  mariadb -uroot <<'SQL'
CREATE DATABASE IF NOT EXISTS artificer_test;
CREATE USER IF NOT EXISTS 'artificer'@'127.0.0.1' IDENTIFIED BY 'artificer';
CREATE USER IF NOT EXISTS 'artificer'@'localhost' IDENTIFIED BY 'artificer';
GRANT ALL ON `artificer\_test%`.* TO 'artificer'@'127.0.0.1';
GRANT ALL ON `artificer\_test%`.* TO 'artificer'@'localhost';
FLUSH PRIVILEGES;
SQL
  mariadb -uartificer -partificer -h127.0.0.1 -P3306 artificer_test -e 'SELECT 1' >/dev/null \
    || die "cannot log in to MariaDB on 127.0.0.1:3306 as artificer"
}

ensure_redis
ensure_mariadb
cat <<'VARS'
export ARTIFICER_TEST_REDIS_URL=redis://127.0.0.1:6379/15
export ARTIFICER_TEST_MYSQL_URL=jdbc:mysql://127.0.0.1:3306/artificer_test
export ARTIFICER_TEST_MYSQL_USER=artificer
export ARTIFICER_TEST_MYSQL_PASSWORD=artificer
VARS
