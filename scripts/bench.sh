#!/usr/bin/env bash
# The benchmark: the demo's lab (simulator, embedded Kubernetes API, operator in-process) measured through
# convergence, steady state, SVA repair and scale-out; prints a table and writes JSON. Figures come from the
# simulator, not a real vCenter (docs/benchmarks.md). Extra arguments go to the benchmark (try --help).
set -euo pipefail
cd "$(dirname "$0")/.."
# Compile the three modules in one reactor and write e2e's runtime classpath (the sibling modules resolve to
# their target/classes): nothing is installed into ~/.m2.
classpath_file="$PWD/e2e/target/bench.classpath"
mvn -B -q -ntp -pl e2e -am -DskipTests compile dependency:build-classpath \
  -Dmdep.outputFile="$classpath_file" -Dmdep.includeScope=runtime
exec java -cp "e2e/target/classes:$(cat "$classpath_file")" io.gioperator.e2e.bench.ConvergenceBenchmark "$@"
