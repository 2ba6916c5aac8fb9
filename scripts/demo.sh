#!/usr/bin/env bash
# The demo: an embedded Kubernetes API, the vCenter/EAM/partner simulator and the operator, with
# deploy/examples applied and a live table of progress. Extra arguments go to the demo (try --help).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -ntp -DskipTests install
exec mvn -B -q -ntp -pl e2e exec:java -Dexec.mainClass=io.gioperator.e2e.demo.DemoMain -Dexec.args="$*"
