#!/usr/bin/env bash
# Builds the sample-app with one file replaced by its broken twin, to show the build failing.
# Usage: sample-app/violations/show.sh NAME   (uses sample-app/violations/NAME.java.buggy)
set -euo pipefail
name=${1:?usage: show.sh NAME}
root=$(cd "$(dirname "$0")/../.." && pwd)
buggy="$root/sample-app/violations/$name.java.buggy"
[ -f "$buggy" ] || { echo "no such violation: $buggy" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$root/sample-app/src/main/java/." "$work/"
target=$(cd "$work" && find . -name "$name.java" | head -n 1)
[ -n "$target" ] || { echo "no sample-app file named $name.java" >&2; exit 2; }
cp "$buggy" "$work/$target"
cd "$root"
mvn -B -pl sample-app -am compile -Dsample.sources="$work"
