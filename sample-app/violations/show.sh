#!/usr/bin/env bash
# Builds the sample-app with one file replaced by a broken twin, to show the build failing.
# Usage: sample-app/violations/show.sh NAME          (uses NAME.java.buggy in place of NAME.java)
#        sample-app/violations/show.sh NAME.VARIANT  (uses NAME.VARIANT.java.buggy in place of NAME.java)
# e.g.   show.sh Worker.closeTwice    show.sh Shipper.appendAfterQueued
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
if [ $# -ne 1 ]; then
  echo "usage: show.sh NAME[.VARIANT], one of:" >&2
  (cd "$root/sample-app/violations" && ls -- *.java.buggy | sed 's/\.java\.buggy$//; s/^/  /') >&2
  exit 2
fi
name=$1
buggy="$root/sample-app/violations/$name.java.buggy"
[ -f "$buggy" ] || { echo "no such violation: $buggy" >&2; exit 2; }
file="${name%%.*}.java" # the part before the first dot names the file the twin replaces
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$root/sample-app/src/main/java/." "$work/"
target=$(cd "$work" && find . -name "$file" | head -n 1)
[ -n "$target" ] || { echo "no sample-app file named $file" >&2; exit 2; }
cp "$buggy" "$work/$target"
cd "$root"
mvn -B -pl processor,sample-app -am compile -Dsample.sources="$work"
