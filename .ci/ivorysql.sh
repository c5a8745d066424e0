#!/usr/bin/env bash
# IvorySQL (an Oracle-compatible PostgreSQL) for the Oracle-mode test run: built once per machine from the vendored
# release tarball, a cluster initialised in Oracle mode with its default settings, one server with two ports.
#
#   .ci/ivorysql.sh build    build and install into the cache, unless already there
#   .ci/ivorysql.sh start    build if needed, initialise the cluster if needed, start the server (idempotent)
#   .ci/ivorysql.sh stop     stop the server
#   .ci/ivorysql.sh reset    stop the server and remove the cluster (the next start initialises a new one)
#   .ci/ivorysql.sh status   is it running, on which ports
#   .ci/ivorysql.sh psql [ARGS...]   psql on the Oracle-mode port as the superuser
#
# Settings (environment):
#   IVORYSQL_TARBALL   the release tarball     (default: ../shared/vendor/ivorysql-5.4.tar.gz beside the repository)
#   IVORYSQL_CACHE     where builds are cached (default: /var/cache/laborcase, or ~/.cache/laborcase if not writable)
#   IVORYSQL_DATA      the cluster's directory (default: /var/tmp/laborcase-ivorysql)
#   IVORYSQL_PG_PORT   the PostgreSQL-mode port (default 5433)
#   IVORYSQL_ORA_PORT  the Oracle-mode port     (default 1521)
#   IVORYSQL_OS_USER   the unprivileged owner of the cluster (default ivorysql; initdb refuses root)
#   IVORYSQL_JOBS      make -j (default 2)
#
# The cluster: `initdb -m oracle` with the defaults of that mode (identifier case conversion `interchange`,
# `ivorysql.enable_emptystring_to_NULL = on`), trust authentication, listening on 127.0.0.1 only,
# superuser `postgres` (what the tests' LABORCASE_DB_USER defaults to).
set -euo pipefail

IVORYSQL_VERSION=5.4
repo="$(cd "$(dirname "$0")/.." && pwd)"

tarball="${IVORYSQL_TARBALL:-$repo/../shared/vendor/ivorysql-$IVORYSQL_VERSION.tar.gz}"
if [ -z "${IVORYSQL_CACHE:-}" ]; then
  if mkdir -p /var/cache/laborcase 2>/dev/null && [ -w /var/cache/laborcase ]; then
    IVORYSQL_CACHE=/var/cache/laborcase
  else
    IVORYSQL_CACHE="$HOME/.cache/laborcase"
  fi
fi
data_root="${IVORYSQL_DATA:-/var/tmp/laborcase-ivorysql}"
pg_port="${IVORYSQL_PG_PORT:-5433}"
ora_port="${IVORYSQL_ORA_PORT:-1521}"
os_user="${IVORYSQL_OS_USER:-ivorysql}"
jobs="${IVORYSQL_JOBS:-2}"

say() { printf '==> ivorysql: %s\n' "$*"; }
die() { printf '\n!!! ivorysql: %s\n\n' "$*" >&2; exit 1; }

require_tarball() {
  if [ ! -f "$tarball" ]; then
    die "THE IVORYSQL TARBALL IS MISSING: $tarball
!!! Set IVORYSQL_TARBALL to the path of ivorysql-$IVORYSQL_VERSION.tar.gz (kept in shared/vendor/, never in this repository)."
  fi
}

# The install directory is keyed by version and the tarball's sha256, so another tarball builds anew.
prefix_dir() {
  if [ -n "${IVORYSQL_PREFIX:-}" ]; then printf '%s' "$IVORYSQL_PREFIX"; return; fi
  require_tarball
  local sum
  sum="$(sha256sum "$tarball" | cut -c1-12)"
  printf '%s/ivorysql-%s-%s' "$IVORYSQL_CACHE" "$IVORYSQL_VERSION" "$sum"
}

apt_install() {
  say "installing $* (Debian packages)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q --no-install-recommends "$@"
}

build() {
  local prefix
  prefix="$(prefix_dir)"
  if [ -x "$prefix/bin/postgres" ] && [ -f "$prefix/.complete" ]; then
    say "build cached at $prefix"
    return
  fi
  mkdir -p "$IVORYSQL_CACHE"
  # One build at a time on a machine: a second caller waits and then finds the cache.
  exec 9>"$IVORYSQL_CACHE/ivorysql-build.lock"
  flock 9
  if [ -x "$prefix/bin/postgres" ] && [ -f "$prefix/.complete" ]; then
    say "build cached at $prefix"
    return
  fi

  local missing=()
  command -v bison >/dev/null 2>&1 || missing+=(bison)
  command -v flex >/dev/null 2>&1 || missing+=(flex)
  command -v make >/dev/null 2>&1 || missing+=(make)
  command -v gcc >/dev/null 2>&1 || missing+=(gcc)
  [ -f /usr/include/readline/readline.h ] || missing+=(libreadline-dev)
  [ -f /usr/include/zlib.h ] || missing+=(zlib1g-dev)
  [ -f /usr/include/uuid/uuid.h ] || missing+=(uuid-dev)
  if [ "${#missing[@]}" -gt 0 ]; then apt_install "${missing[@]}"; fi

  local work start
  work="$(mktemp -d "${TMPDIR:-/tmp}/ivorysql-build.XXXXXX")"
  start=$SECONDS
  say "building IvorySQL $IVORYSQL_VERSION from $tarball in $work (make -j$jobs; about 10 minutes on 2 idle cores)"
  tar -xzf "$tarball" -C "$work"
  local src
  src="$(find "$work" -mindepth 1 -maxdepth 1 -type d | head -n 1)"
  rm -rf "$prefix.partial"
  (
    cd "$src"
    ./configure --prefix="$prefix" --without-icu --with-uuid=e2fs >"$work/configure.log" 2>&1 \
      || { tail -n 40 "$work/configure.log"; exit 1; }
    make -j"$jobs" >"$work/make.log" 2>&1 || { tail -n 60 "$work/make.log"; exit 1; }
    make install >"$work/install.log" 2>&1 || { tail -n 40 "$work/install.log"; exit 1; }
  ) || die "the IvorySQL build failed (logs in $work)"
  date -u +%FT%TZ >"$prefix/.complete"
  rm -rf "$work"
  say "built and installed into $prefix in $((SECONDS - start)) s"
}

ensure_user() {
  if ! id "$os_user" >/dev/null 2>&1; then
    say "creating the unprivileged user $os_user"
    useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$os_user"
  fi
}

# Run a command as the cluster's owner; the binaries are world-readable in the cache.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u "$os_user" -- "$@"
  else
    "$@"
  fi
}

pgdata() { printf '%s/data' "$data_root"; }

running() {
  local prefix
  prefix="$(prefix_dir)"
  [ -x "$prefix/bin/pg_ctl" ] && [ -f "$(pgdata)/PG_VERSION" ] && as_owner "$prefix/bin/pg_ctl" -D "$(pgdata)" status >/dev/null 2>&1
}

start() {
  build
  local prefix
  prefix="$(prefix_dir)"
  [ "$(id -u)" -eq 0 ] && ensure_user
  mkdir -p "$data_root"
  [ "$(id -u)" -eq 0 ] && chown "$os_user" "$data_root"
  chmod 700 "$data_root"
  # A cluster built by another IvorySQL install (another tarball) is not reused.
  if [ -f "$(pgdata)/PG_VERSION" ] && [ "$(cat "$data_root/.prefix" 2>/dev/null)" != "$prefix" ]; then
    say "the cluster at $(pgdata) belongs to another build: initialising anew"
    stop_server || true
    rm -rf "$(pgdata)"
  fi
  if [ ! -f "$(pgdata)/PG_VERSION" ]; then
    say "initialising an Oracle-mode cluster at $(pgdata) (case conversion and empty-string settings: the defaults)"
    as_owner "$prefix/bin/initdb" -D "$(pgdata)" -m oracle -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 \
      >"$data_root/initdb.log" 2>&1 || { cat "$data_root/initdb.log"; die "initdb failed"; }
    printf '%s' "$prefix" >"$data_root/.prefix"
  fi
  if running; then
    say "already running (PostgreSQL mode 127.0.0.1:$pg_port, Oracle mode 127.0.0.1:$ora_port)"
    return
  fi
  say "starting (PostgreSQL mode 127.0.0.1:$pg_port, Oracle mode 127.0.0.1:$ora_port)"
  # The socket lives in the cluster's directory, so it never collides with the machine's PostgreSQL.
  as_owner "$prefix/bin/pg_ctl" -D "$(pgdata)" -l "$data_root/server.log" -w -t 60 \
    -o "-p $pg_port -c ivorysql.port=$ora_port -c listen_addresses=127.0.0.1 -k $data_root -c max_connections=200" \
    start >/dev/null || { tail -n 40 "$data_root/server.log"; die "the server did not start"; }
  local mode
  mode="$("$prefix/bin/psql" -h 127.0.0.1 -p "$ora_port" -U postgres -d postgres -Atc 'show ivorysql.compatible_mode')"
  [ "$mode" = oracle ] || die "port $ora_port answers compatible_mode=$mode, expected oracle"
  say "running; Oracle-mode sessions on jdbc:postgresql://127.0.0.1:$ora_port/postgres (user postgres)"
}

stop_server() {
  local prefix
  prefix="$(prefix_dir)"
  if running; then
    say "stopping"
    as_owner "$prefix/bin/pg_ctl" -D "$(pgdata)" -m fast -w stop >/dev/null
  fi
}

case "${1:-start}" in
  build) build ;;
  start) start ;;
  stop) stop_server ;;
  reset) stop_server || true; rm -rf "$(pgdata)" "$data_root/.prefix"; say "cluster removed" ;;
  status)
    if running; then say "running (PostgreSQL mode $pg_port, Oracle mode $ora_port), binaries $(prefix_dir)"
    else say "not running"; exit 3; fi ;;
  psql) shift; exec "$(prefix_dir)/bin/psql" -h 127.0.0.1 -p "$ora_port" -U postgres -d postgres "$@" ;;
  prefix) prefix_dir; echo ;;
  *) die "unknown command ${1}; use build, start, stop, reset, status, psql" ;;
esac
