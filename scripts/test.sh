#!/usr/bin/env bash
# Runs every test of every module (unit, simulator, integration, end to end). Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
exec mvn -B -ntp verify "$@"
