#!/usr/bin/env bash
# The demo: an embedded Kubernetes API, the vCenter/EAM/partner simulator and the operator, with
# deploy/examples applied and a live table of progress. Extra arguments go to the demo (try --help).
set -euo pipefail
cd "$(dirname "$0")/.."
# Compile the three modules in one reactor and write e2e's runtime classpath (the sibling modules resolve to
# their target/classes): nothing is installed into ~/.m2.
classpath_file="$PWD/e2e/target/demo.classpath"
mvn -B -q -ntp -pl e2e -am -DskipTests compile dependency:build-classpath \
  -Dmdep.outputFile="$classpath_file" -Dmdep.includeScope=runtime
exec java -cp "e2e/target/classes:$(cat "$classpath_file")" io.gioperator.e2e.demo.DemoMain "$@"
