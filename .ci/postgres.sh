#!/bin/sh
# Install (Debian's postgresql package) and start a local PostgreSQL server for marsad's store tests, then print the
# DSN as a shell line to eval:  eval "$(bash .ci/postgres.sh)"  ->  export MARSAD_TEST_POSTGRES=postgresql://...
# Idempotent: a second run finds the package installed, the cluster running, the role and database present.
# Runs as root (apt-get, pg_ctlcluster); all progress goes to stderr so stdout carries only the export line.
set -eu

ROLE="${MARSAD_PG_ROLE:-marsad}"
PASSWORD="${MARSAD_PG_PASSWORD:-marsad}"
DB="${MARSAD_PG_DB:-marsad_test}"

log() { echo "postgres.sh: $*" >&2; }

if [ "$(id -u)" != 0 ]; then
    # a CI runner or a developer with password-less sudo: re-run as root, keeping the role/db overrides
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        exec sudo -n MARSAD_PG_ROLE="$ROLE" MARSAD_PG_PASSWORD="$PASSWORD" MARSAD_PG_DB="$DB" sh "$0" "$@"
    fi
    log "must run as root (installs a package and starts a server); try: eval \"\$(sudo bash .ci/postgres.sh)\""
    exit 1
fi

if ! command -v pg_lsclusters >/dev/null 2>&1 || [ -z "$(ls /usr/lib/postgresql 2>/dev/null)" ]; then
    log "installing postgresql (apt-get)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql >&2
fi

VERSION="$(ls /usr/lib/postgresql | sort -n | tail -1)"
CLUSTER=main
if ! pg_lsclusters -h | awk -v v="$VERSION" -v c="$CLUSTER" '$1==v && $2==c {found=1} END {exit !found}'; then
    log "creating cluster $VERSION/$CLUSTER"
    pg_createcluster "$VERSION" "$CLUSTER" >&2
fi
PORT="$(pg_lsclusters -h | awk -v v="$VERSION" -v c="$CLUSTER" '$1==v && $2==c {print $3}')"
STATUS="$(pg_lsclusters -h | awk -v v="$VERSION" -v c="$CLUSTER" '$1==v && $2==c {print $4}')"
if [ "$STATUS" != online ]; then
    log "starting cluster $VERSION/$CLUSTER on port $PORT"
    pg_ctlcluster "$VERSION" "$CLUSTER" start >&2
fi

# wait until the server accepts connections (a fresh start takes a moment)
i=0
until su postgres -c "psql -p $PORT -qAtc 'select 1'" >/dev/null 2>&1; do
    i=$((i + 1))
    if [ "$i" -ge 30 ]; then
        log "server on port $PORT does not accept connections; see /var/log/postgresql/"
        exit 1
    fi
    sleep 1
done

psql_admin() { su postgres -c "psql -p $PORT -v ON_ERROR_STOP=1 -qAt" >&2; }

if [ "$(su postgres -c "psql -p $PORT -qAtc \"select 1 from pg_roles where rolname='$ROLE'\"")" != 1 ]; then
    log "creating role $ROLE"
    echo "CREATE ROLE \"$ROLE\" LOGIN PASSWORD '$PASSWORD' CREATEDB;" | psql_admin
fi
if [ "$(su postgres -c "psql -p $PORT -qAtc \"select 1 from pg_database where datname='$DB'\"")" != 1 ]; then
    log "creating database $DB"
    echo "CREATE DATABASE \"$DB\" OWNER \"$ROLE\";" | psql_admin
fi

echo "export MARSAD_TEST_POSTGRES=postgresql://$ROLE:$PASSWORD@127.0.0.1:$PORT/$DB"
