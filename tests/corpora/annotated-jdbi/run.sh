#!/usr/bin/env bash
# Compile Jdbi's jdbi3-core, annotated with edits.tsv, with the checker: reports in tests/target/annotated-jdbi/report.txt.
# NO_EDITS=1 compiles the same sources without the annotations. See ../study.sh.
exec "$(dirname "${BASH_SOURCE[0]}")/../study.sh" annotated-jdbi run
