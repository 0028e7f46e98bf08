#!/usr/bin/env bash
# Run the checker on each minimal reproduction in repro/ and print its reports. See ../study.sh.
exec "$(dirname "${BASH_SOURCE[0]}")/../study.sh" annotated repro
