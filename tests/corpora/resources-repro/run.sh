#!/usr/bin/env bash
# Runs the checker on each reproduction in repro/ (or on the files named) and prints its reports;
# each file's comment says what the checker should do. See ../study.sh.
#
#   tests/corpora/resources-repro/run.sh                 # every repro/*.java
#   tests/corpora/resources-repro/run.sh FILE.java ...   # these only
#   STRICT=1 tests/corpora/resources-repro/run.sh        # with -Aownership.resources=strict
if [[ -n "${STRICT:-}" ]]; then
  export STUDY_JAVAC_OPTS="${STUDY_JAVAC_OPTS:-} -Aownership.resources=strict"
fi
exec "$(dirname "${BASH_SOURCE[0]}")/../study.sh" resources-repro repro "$@"
