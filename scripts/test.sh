#!/usr/bin/env bash
# marsad's test command (the README's Quick start and .ci/run call exactly this).
# Installs marsad with its test dependencies, starts a local PostgreSQL server for the store tests when running in CI
# (or when MARSAD_START_POSTGRES=1), lints, and runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."

python3 -m pip install --disable-pip-version-check -q -e ".[test]"

if [ -z "${MARSAD_TEST_POSTGRES:-}" ] && { [ "${CI:-}" = "true" ] || [ "${MARSAD_START_POSTGRES:-}" = "1" ]; }; then
  # postgres.sh prints one `export MARSAD_TEST_POSTGRES=...` line (progress goes to stderr); evaluate it, and stop
  # here when it fails: in CI the store tests must run against a real server, not silently skip
  if ! pg_env="$(bash .ci/postgres.sh)"; then
    echo "scripts/test.sh: could not start PostgreSQL for the store tests (see the messages above)" >&2
    exit 1
  fi
  eval "$pg_env"
fi

ruff check src tests benchmarks
python3 -m pytest "$@"
