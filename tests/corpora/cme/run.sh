#!/usr/bin/env bash
# Published, fixed ConcurrentModificationException bugs: compile the buggy release and the fixed
# release of each library with the checker (../study.sh) and print whether the checker reports
# `mutation.while.borrowed` at the bug and is silent at the same place in the fixed release.
#
#   tests/corpora/cme/run.sh             # every bug (every directory here with a study.conf)
#   tests/corpora/cme/run.sh jsoup-759   # the bugs named
#   CME_REUSE=1 tests/corpora/cme/run.sh # no compiling: read the report.txt of an earlier run
#
# All compilations of one run use one build of the checker: the installed jars are copied once to
# tests/target/cme-jars/ (unless CHECKER_JAR and ANNOTATIONS_JAR name jars already), as ~/.m2 may
# be reinstalled while the libraries compile. The table ends with the checker jar of each report.
#
# Each BUG/study.conf sets, besides what study.sh reads (SOURCES, WORK_NAME, both overridable
# through CME_SOURCES and CME_WORK_NAME):
#   FIXED_SOURCES  groupId:artifactId:version of the fixed release
#   BUG_FILE       the file of the bug, relative to the sources jar's root
#   FIXED_FILE     optional: the same code's file in the fixed release, if it moved (BUG_FILE)
#   BUG_LINES      FIRST-LAST: the loop and the change that breaks it, in the buggy release
#   FIXED_LINES    FIRST-LAST: the same code (the fixed method) in the fixed release
#   BUG_JAVAC_OPTS optional: extra javac options for both runs (STUDY_JAVAC_OPTS of study.sh)
# The buggy run writes tests/target/WORK_NAME/report.txt, the fixed one
# tests/target/WORK_NAME-fixed/report.txt; study.sh's output goes to run.log beside each.
set -uo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../../.." && pwd)"
KEY=mutation.while.borrowed

if [[ -z "${CME_REUSE:-}" && -z "${CHECKER_JAR:-}" ]]; then
  V="$(sed -n '0,/<version>/s:.*<version>\(.*\)</version>.*:\1:p' "$REPO/pom.xml" | head -1)"
  M2="${M2_REPO:-$HOME/.m2/repository}"
  JARS="$REPO/tests/target/cme-jars"
  rm -rf "$JARS"; mkdir -p "$JARS"
  cp "$M2/dev/ownership/ownership-checker/$V/ownership-checker-$V.jar" \
     "$M2/dev/ownership/ownership-annotations/$V/ownership-annotations-$V.jar" "$JARS/"
  export CHECKER_JAR="$JARS/ownership-checker-$V.jar" ANNOTATIONS_JAR="$JARS/ownership-annotations-$V.jar"
fi

if [[ $# -gt 0 ]]; then BUGS=("$@"); else
  BUGS=(); for c in "$HERE"/*/study.conf; do BUGS+=("$(basename "$(dirname "$c")")"); done
fi

# hits REPORT FILE FIRST-LAST: the lines of REPORT with KEY in FILE between FIRST and LAST.
hits() {
  local report=$1 file=$2 first=${3%-*} last=${3#*-}
  [[ -f "$report" ]] || { echo "no-report"; return; }
  [[ "$first" =~ ^[0-9]+$ && "$last" =~ ^[0-9]+$ ]] || { echo "bad-range"; return; }
  awk -F: -v f="$file" -v a="$first" -v b="$last" -v k="[$KEY]" \
    '$1 == f && $2 + 0 >= a && $2 + 0 <= b && index($0, k) { printf "%s%s", (n++ ? "," : ""), $2 }' "$report"
}

# study NAME SOURCES WORK_NAME OPTS: one compilation; returns study.sh's exit code.
study() {
  local name=$1 sources=$2 work=$3 opts=$4
  [[ -n "${CME_REUSE:-}" ]] && return 0
  mkdir -p "$REPO/tests/target/$work"
  CME_SOURCES="$sources" CME_WORK_NAME="$work" STUDY_JAVAC_OPTS="$opts" \
    "$HERE/../study.sh" "cme/$name" > "$REPO/tests/target/$work.run.log" 2>&1
}

printf '%-26s %-38s %-14s %-24s %s\n' bug library buggy "reported at bug line" "fixed silent"
for name in "${BUGS[@]}"; do
  (
    SOURCES=""; WORK_NAME=""; FIXED_SOURCES=""; BUG_FILE=""; BUG_LINES=""; FIXED_FILE=""; FIXED_LINES=""; BUG_JAVAC_OPTS=""
    # shellcheck source=/dev/null
    source "$HERE/$name/study.conf"
    IFS=: read -r g a v <<< "$SOURCES"
    IFS=: read -r _ _ fv <<< "$FIXED_SOURCES"
    study "$name" "$SOURCES" "$WORK_NAME" "$BUG_JAVAC_OPTS" || echo "$name: study.sh exit $? on $v (see tests/target/$WORK_NAME.run.log)" >&2
    study "$name" "$FIXED_SOURCES" "$WORK_NAME-fixed" "$BUG_JAVAC_OPTS" || echo "$name: study.sh exit $? on $fv (see tests/target/$WORK_NAME-fixed.run.log)" >&2
    bug="$(hits "$REPO/tests/target/$WORK_NAME/report.txt" "$BUG_FILE" "$BUG_LINES")"
    fixed="$(hits "$REPO/tests/target/$WORK_NAME-fixed/report.txt" "${FIXED_FILE:-$BUG_FILE}" "$FIXED_LINES")"
    case "$bug" in no-report) r="no report.txt";; bad-range) r="BUG_LINES unset";; "") r="no";; *) r="yes (line $bug)";; esac
    case "$fixed" in no-report) s="no report.txt";; bad-range) s="FIXED_LINES unset";; "") s="yes ($fv)";; *) s="no (line $fixed, $fv)";; esac
    printf '%-26s %-38s %-14s %-24s %s\n' "$name" "$g:$a" "$v" "$r" "$s"
  )
done
echo "checker jar (sha-256) of each report:"
for name in "${BUGS[@]}"; do
  w="$(sed -n 's/^WORK_NAME="\${CME_WORK_NAME:-\(.*\)}"$/\1/p' "$HERE/$name/study.conf")"
  for d in "$w" "$w-fixed"; do
    c="$REPO/tests/target/$d/checker.txt"
    [[ -f "$c" ]] && echo "  $d: $(sed -n 's/^\([0-9a-f]\{12\}\).* ownership-checker-.*\.jar$/\1/p' "$c")"
  done
done
