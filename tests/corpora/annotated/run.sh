#!/usr/bin/env bash
# Compile HikariCP, annotated with edits.tsv, with the checker: reports in tests/target/annotated/report.txt.
# NO_EDITS=1 compiles the same sources without the annotations. See ../study.sh.
exec "$(dirname "${BASH_SOURCE[0]}")/../study.sh" annotated run
