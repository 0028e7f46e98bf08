#!/usr/bin/env bash
# One annotated-library study: compile a library's sources, annotated with the edits in its
# edits.tsv, with the ownership checker, and write the checker's reports to report.txt; or,
# with `repro`, run the checker on each minimal reproduction in its repro/ directory.
#
#   tests/corpora/study.sh DIR           # DIR: a study directory (annotated, annotated-jdbi)
#   NO_EDITS=1 tests/corpora/study.sh DIR  # the same sources without the annotations
#   tests/corpora/study.sh DIR repro [FILE...]   # DIR/repro/*.java, or the files named
#   STUDY_JAVAC_OPTS=-Aownership.resources=strict tests/corpora/study.sh DIR   # more javac options
#
# DIR/study.conf sets SOURCES (groupId:artifactId:version of the sources jar; not needed for
# repro), WORK_NAME (the directory under tests/target/) and optionally EXCLUDE (more unzip exclusions); DIR holds
# deps-pom.xml (the compile class path) and edits.tsv (PATH<TAB>TEXT<TAB>REPLACEMENT a line).
#
# Needs: JDK 17 javac on PATH (or JAVA_HOME), mvn, python3, and the checker installed in
# ~/.m2 (mvn -B -q install -DskipTests -pl annotations,processor). Nothing third-party is
# committed: the sources jar and the class path are fetched from Maven Central.
set -euo pipefail

CORPORA="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
HERE="$(cd "$CORPORA/${1:?usage: study.sh DIR [repro]}" && pwd)"
MODE="${2:-run}"
REPO="$(cd "$CORPORA/../.." && pwd)"
EXCLUDE=()
# shellcheck source=/dev/null
source "$HERE/study.conf"
WORK="$REPO/tests/target/$WORK_NAME${NO_EDITS:+-plain}"
M2="${M2_REPO:-$HOME/.m2/repository}"
IFS=: read -r S_GROUP S_ARTIFACT S_VERSION <<< "${SOURCES:-}"

if [[ -n "${JAVA_HOME:-}" ]]; then JAVAC="$JAVA_HOME/bin/javac"; else JAVAC="$(command -v javac)"; fi

# Versions and javac flags come from the parent pom, so that this follows the build.
CF_VERSION="$(sed -n 's:.*<checkerframework.version>\(.*\)</checkerframework.version>.*:\1:p' "$REPO/pom.xml" | head -1)"
OWN_VERSION="$(sed -n '0,/<version>/s:.*<version>\(.*\)</version>.*:\1:p' "$REPO/pom.xml" | head -1)"
OPENS="$(sed -n 's:.*<jdk.compiler.opens>\(.*\)</jdk.compiler.opens>.*:\1:p' "$REPO/pom.xml" | head -1)"
JFLAGS=()
for f in $OPENS; do JFLAGS+=("-J$f"); done

# CHECKER_JAR / ANNOTATIONS_JAR override the installed jars (e.g. a build of another commit).
CHECKER_JAR="${CHECKER_JAR:-$M2/dev/ownership/ownership-checker/$OWN_VERSION/ownership-checker-$OWN_VERSION.jar}"
ANNOT_JAR="${ANNOTATIONS_JAR:-$M2/dev/ownership/ownership-annotations/$OWN_VERSION/ownership-annotations-$OWN_VERSION.jar}"
CF_JAR="$M2/org/checkerframework/checker/$CF_VERSION/checker-$CF_VERSION.jar"
CF_QUAL_JAR="$M2/org/checkerframework/checker-qual/$CF_VERSION/checker-qual-$CF_VERSION.jar"
for j in "$CHECKER_JAR" "$ANNOT_JAR" "$CF_JAR" "$CF_QUAL_JAR"; do
  [[ -f "$j" ]] || { echo "study.sh: missing $j (run: cd $REPO && mvn -B -q install -DskipTests)" >&2; exit 2; }
done
if [[ "$MODE" == repro ]]; then
  # Each reproduction's comment, or DIR/README.md, says what the checker should report.
  OUT="$WORK/repro"
  shift 2
  if [[ $# -gt 0 ]]; then FILES=("$@"); else FILES=("$HERE"/repro/*.java); fi
  for f in "${FILES[@]}"; do
    rm -rf "$OUT"; mkdir -p "$OUT"
    echo "=== $(basename "$f")"
    "$JAVAC" "${JFLAGS[@]}" -processorpath "$CHECKER_JAR:$ANNOT_JAR:$CF_JAR:$CF_QUAL_JAR" \
      -cp "$ANNOT_JAR:$CF_QUAL_JAR" -Awarns ${STUDY_JAVAC_OPTS:-} -d "$OUT" "$f" 2>&1 \
      | sed "s:^$HERE/::" || true
  done
  exit 0
fi

# One run uses one build of the checker, even if ~/.m2 is reinstalled meanwhile; checker.txt
# records which (the sha-256 of each jar and the commit of this repository).
ORIG_CHECKER_JAR="$CHECKER_JAR"
rm -rf "$WORK/jars"; mkdir -p "$WORK/jars"
cp "$CHECKER_JAR" "$ANNOT_JAR" "$CF_JAR" "$CF_QUAL_JAR" "$WORK/jars/"
CHECKER_JAR="$WORK/jars/$(basename "$CHECKER_JAR")"; ANNOT_JAR="$WORK/jars/$(basename "$ANNOT_JAR")"
CF_JAR="$WORK/jars/$(basename "$CF_JAR")"; CF_QUAL_JAR="$WORK/jars/$(basename "$CF_QUAL_JAR")"
{
  echo "repository at: $(git -C "$REPO" rev-parse HEAD 2>/dev/null || echo unknown)$(git -C "$REPO" diff --quiet HEAD -- annotations processor 2>/dev/null || echo ' (annotations/ or processor/ modified in the work tree)')"
  echo "checker jar copied from: $ORIG_CHECKER_JAR"
  (cd "$WORK/jars" && sha256sum *.jar)
  echo "javac: $("$JAVAC" -version 2>&1)"
} > "$WORK/checker.txt"

# 1. Fetch the sources jar and the compile class path (DIR/deps-pom.xml).
mkdir -p "$WORK"
mvn -B -q dependency:get -Dartifact="$S_GROUP:$S_ARTIFACT:$S_VERSION:jar:sources" -Dtransitive=false
rm -rf "$WORK/deps" "$WORK/src" "$WORK/classes"
mvn -B -q -f "$HERE/deps-pom.xml" dependency:copy-dependencies -DoutputDirectory="$WORK/deps"
mkdir -p "$WORK/src"
(cd "$WORK/src" && unzip -q "$M2/${S_GROUP//.//}/$S_ARTIFACT/$S_VERSION/$S_ARTIFACT-$S_VERSION-sources.jar" -x 'META-INF/*' '*.class' "${EXCLUDE[@]}")

# 2. Apply the annotations.
EDITS="$HERE/edits.tsv"; [[ -n "${NO_EDITS:-}" ]] && EDITS=/dev/null
python3 - "$EDITS" "$WORK/src" <<'PY'
import sys, pathlib, collections
edits_file, root = sys.argv[1], pathlib.Path(sys.argv[2])
by_file = collections.OrderedDict()
for n, line in enumerate(open(edits_file, encoding="utf-8"), 1):
    line = line.rstrip("\n")
    if not line.strip() or line.lstrip().startswith("#"):
        continue
    parts = line.split("\t")
    if len(parts) != 3:
        sys.exit(f"{edits_file}:{n}: expected PATH<TAB>TEXT<TAB>REPLACEMENT")
    by_file.setdefault(parts[0], []).append((n, parts[1], parts[2]))
count = 0
for rel, edits in by_file.items():
    p = root / rel
    text = p.read_text(encoding="utf-8")
    for n, old, new in edits:
        k = text.count(old)
        if k != 1:
            sys.exit(f"{edits_file}:{n}: {old!r} occurs {k} times in {rel}, expected once")
        text = text.replace(old, new)
        count += 1
    lines = text.split("\n")
    for i, l in enumerate(lines):
        if l.startswith("package "):
            # Same line as the package declaration: every later line keeps its number.
            lines[i] = l + " import dev.ownership.annotations.*;"
            break
    else:
        sys.exit(f"{rel}: no package line")
    p.write_text("\n".join(lines), encoding="utf-8")
print(f"applied {count} edits to {len(by_file)} files")
PY

# 3. Compile every source file with the checker; -Awarns prints every report as a warning.
find "$WORK/src" -name '*.java' ! -name module-info.java | sort > "$WORK/files.txt"
# A library with no compile dependencies has no jar in deps/ (its deps-pom.xml lists none).
DEPS_CP="$( (find "$WORK/deps" -maxdepth 1 -name '*.jar' 2>/dev/null || true) | sort | paste -sd:)"
CP="${DEPS_CP:+$DEPS_CP:}$ANNOT_JAR:$CF_QUAL_JAR"
mkdir -p "$WORK/classes"
set +e
"$JAVAC" "${JFLAGS[@]}" -J-Xmx3g -encoding UTF-8 -Xmaxwarns 100000 -Xmaxerrs 10000 \
  -processorpath "$CHECKER_JAR:$ANNOT_JAR:$CF_JAR:$CF_QUAL_JAR" \
  -cp "$CP" -Awarns ${STUDY_JAVAC_OPTS:-} -d "$WORK/classes" @"$WORK/files.txt" > "$WORK/javac.log" 2>&1
RC=$?
set -e
echo "javac exit code: $RC (full output: $WORK/javac.log)"
if grep -qE "crashed|An exception has occurred|Exception in thread|OutOfMemoryError" "$WORK/javac.log"; then
  echo "study.sh: the compiler output contains crash text; see $WORK/javac.log" >&2
fi

# 4. The checker's reports (keys with a dot; javac's own lint keys have none), sorted.
python3 - "$WORK/javac.log" "$WORK/src/" > "$WORK/report.txt" <<'PY'
import re, sys
log, root = sys.argv[1], sys.argv[2]
pat = re.compile(r"^(.*\.java):(\d+): (?:warning|error): \[([a-z]+\.[a-z.]+)\] (.*)$")
rows = set()
for line in open(log, encoding="utf-8", errors="replace"):
    m = pat.match(line.rstrip("\n"))
    if m:
        path = m.group(1)
        if path.startswith(root):
            path = path[len(root):]
        rows.add((path, int(m.group(2)), m.group(3), m.group(4)))
for path, line, key, msg in sorted(rows):
    print(f"{path}:{line}: [{key}] {msg}")
PY
echo "reports: $(wc -l < "$WORK/report.txt") (in $WORK/report.txt)"
sed -E 's/^[^[]*\[([^]]+)\].*/\1/' "$WORK/report.txt" | sort | uniq -c | sort -rn
exit $RC
