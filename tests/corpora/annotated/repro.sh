#!/usr/bin/env bash
# Run the checker on each minimal reproduction in repro/ (one javac per file) and print its
# reports. Every report printed here is a false positive (see README.md). Uses the same jars
# as run.sh (CHECKER_JAR / ANNOTATIONS_JAR override the installed ones).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../../.." && pwd)"
M2="${M2_REPO:-$HOME/.m2/repository}"
if [[ -n "${JAVA_HOME:-}" ]]; then JAVAC="$JAVA_HOME/bin/javac"; else JAVAC="$(command -v javac)"; fi
CF_VERSION="$(sed -n 's:.*<checkerframework.version>\(.*\)</checkerframework.version>.*:\1:p' "$REPO/pom.xml" | head -1)"
OWN_VERSION="$(sed -n '0,/<version>/s:.*<version>\(.*\)</version>.*:\1:p' "$REPO/pom.xml" | head -1)"
OPENS="$(sed -n 's:.*<jdk.compiler.opens>\(.*\)</jdk.compiler.opens>.*:\1:p' "$REPO/pom.xml" | head -1)"
JFLAGS=(); for f in $OPENS; do JFLAGS+=("-J$f"); done
CHECKER_JAR="${CHECKER_JAR:-$M2/dev/ownership/ownership-checker/$OWN_VERSION/ownership-checker-$OWN_VERSION.jar}"
ANNOT_JAR="${ANNOTATIONS_JAR:-$M2/dev/ownership/ownership-annotations/$OWN_VERSION/ownership-annotations-$OWN_VERSION.jar}"
CF_JAR="$M2/org/checkerframework/checker/$CF_VERSION/checker-$CF_VERSION.jar"
CF_QUAL_JAR="$M2/org/checkerframework/checker-qual/$CF_VERSION/checker-qual-$CF_VERSION.jar"
OUT="$REPO/tests/target/annotated/repro"
for f in "$HERE"/repro/*.java; do
  rm -rf "$OUT"; mkdir -p "$OUT"
  echo "=== $(basename "$f")"
  "$JAVAC" "${JFLAGS[@]}" -processorpath "$CHECKER_JAR:$ANNOT_JAR:$CF_JAR:$CF_QUAL_JAR" \
    -cp "$ANNOT_JAR:$CF_QUAL_JAR" -Awarns -d "$OUT" "$f" 2>&1 | sed "s:^$HERE/::" || true
done
