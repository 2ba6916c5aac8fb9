#!/usr/bin/env bash
# Runs every test of every module (unit, simulator, integration, alert rules, end to end).
# Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
# The alert-rule tests run Prometheus' own promtool; fetch it from Debian's package if it is missing.
./scripts/install-promtool.sh
exec mvn -B -ntp verify "$@"
