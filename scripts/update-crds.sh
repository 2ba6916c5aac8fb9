#!/usr/bin/env bash
# Regenerates crds/ from the API classes (io.gioperator.api.v1alpha1) and the generated field reference in
# docs/api.md from crds/. Run it after changing the API classes and commit the result; the build fails
# (CrdsUpToDateTest, ApiDocTest) until crds/ and docs/api.md match the classes.
# Extra arguments go to Maven, e.g. scripts/update-crds.sh -o  (offline).
set -euo pipefail
cd "$(dirname "$0")/.."

generated=operator/target/classes/META-INF/fabric8

# Fresh output, so CRDs of removed or renamed kinds do not linger.
rm -rf "$generated"
mvn -B -q -pl operator process-classes "$@"

shopt -s nullglob
files=("$generated"/*.yml)
if [ ${#files[@]} -eq 0 ]; then
  echo "update-crds: the CRD generator wrote nothing to $generated" >&2
  exit 1
fi
rm -f crds/*.yml
mkdir -p crds
cp "${files[@]}" crds/
echo "update-crds: wrote ${#files[@]} CRDs to crds/"

mvn -B -q -pl operator -am test -Dtest=ApiDocTest -Dsurefire.failIfNoSpecifiedTests=false -Dgi.updateApiDoc=true "$@"
echo "update-crds: rewrote the field reference in docs/api.md"
git status --short crds docs/api.md
