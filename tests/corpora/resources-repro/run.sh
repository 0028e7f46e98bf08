#!/usr/bin/env bash
# Runs the checker on each minimal reproduction in this directory (or on the files named), one
# javac a file, and prints its reports. Each file's comment says what the checker should do.
#
#   tests/corpora/resources-repro/run.sh                 # every *.java here
#   tests/corpora/resources-repro/run.sh FILE.java ...   # these only
#   STRICT=1 tests/corpora/resources-repro/run.sh        # with -Aownership.resources=strict
#
# Needs: javac of JDK 17 or newer on PATH (or JAVA_HOME), and the checker installed in the local
# repository, ~/.m2/repository or M2_REPO (mvn -B -q install -DskipTests -pl annotations,processor).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../../.." && pwd)"
M2="${M2_REPO:-$HOME/.m2/repository}"
if [[ -n "${JAVA_HOME:-}" ]]; then JAVAC="$JAVA_HOME/bin/javac"; else JAVAC="$(command -v javac)"; fi

CF_VERSION="$(sed -n 's:.*<checkerframework.version>\(.*\)</checkerframework.version>.*:\1:p' "$REPO/pom.xml" | head -1)"
OWN_VERSION="$(sed -n '0,/<version>/s:.*<version>\(.*\)</version>.*:\1:p' "$REPO/pom.xml" | head -1)"
OPENS="$(sed -n 's:.*<jdk.compiler.opens>\(.*\)</jdk.compiler.opens>.*:\1:p' "$REPO/pom.xml" | head -1)"
JFLAGS=()
for f in $OPENS; do JFLAGS+=("-J$f"); done

CHECKER_JAR="$M2/dev/ownership/ownership-checker/$OWN_VERSION/ownership-checker-$OWN_VERSION.jar"
ANNOT_JAR="$M2/dev/ownership/ownership-annotations/$OWN_VERSION/ownership-annotations-$OWN_VERSION.jar"
CF_JAR="$M2/org/checkerframework/checker/$CF_VERSION/checker-$CF_VERSION.jar"
CF_QUAL_JAR="$M2/org/checkerframework/checker-qual/$CF_VERSION/checker-qual-$CF_VERSION.jar"
for j in "$CHECKER_JAR" "$ANNOT_JAR" "$CF_JAR" "$CF_QUAL_JAR"; do
  [[ -f "$j" ]] || { echo "run.sh: missing $j (install the checker, or set M2_REPO)" >&2; exit 2; }
done
OPTS=(-Awarns)
[[ -n "${STRICT:-}" ]] && OPTS+=(-Aownership.resources=strict)

OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT
if [[ $# -gt 0 ]]; then FILES=("$@"); else FILES=("$HERE"/*.java); fi
for f in "${FILES[@]}"; do
  rm -rf "$OUT"/*
  echo "=== $(basename "$f")"
  "$JAVAC" "${JFLAGS[@]}" -processorpath "$CHECKER_JAR:$ANNOT_JAR:$CF_JAR:$CF_QUAL_JAR" \
    -cp "$ANNOT_JAR:$CF_QUAL_JAR" "${OPTS[@]}" -d "$OUT" "$f" 2>&1 | sed "s:^$HERE/::" || true
done
