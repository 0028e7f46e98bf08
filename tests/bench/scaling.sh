#!/usr/bin/env bash
# How the ownership checker's cost grows with the amount of annotated code: generated files
# dense with @Owned/@Mut/@Borrowed at 1x, 4x and 16x, as many methods or as one long method,
# timed under plain javac (A) and the ownership checker (B). See README.md.
#
#   tests/bench/scaling.sh
#   ROUNDS=1 SCALES="1 4" CONFIGS="A C" tests/bench/scaling.sh   # C: Nullness Checker instead
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

CONFIGS="${CONFIGS:-A B}"
SCALES="${SCALES:-1 4 16}"
VARIANTS="${VARIANTS:-methods long}"
SCALE_METHODS="${SCALE_METHODS:-50}"  # methods at 1x in the 'methods' variant
SCALE_BLOCKS="${SCALE_BLOCKS:-25}"    # blocks at 1x in the 'long' variant; 16x stays under
                                      # javac's 64 KB bytecode limit for one method

run_dir="$BENCH_WORK/scaling/$(date +%Y%m%d-%H%M%S)"
mkdir -p "$run_dir"
results="$run_dir/results.tsv"; sizes="$run_dir/sizes.tsv"; : >"$results"; : >"$sizes"
{ "$JAVAC" -version 2>&1; cat /proc/loadavg
  echo "ROUNDS=$ROUNDS CONFIGS=$CONFIGS SCALES=$SCALES SCALE_METHODS=$SCALE_METHODS SCALE_BLOCKS=$SCALE_BLOCKS"
  echo "OWNERSHIP_PROCESSORPATH=$OWNERSHIP_PROCESSORPATH"
} >"$run_dir/env.txt"
echo "scaling: javac $("$JAVAC" -version 2>&1), logs in $run_dir"

ensure_annotations
snapshot_jars "$run_dir/jars"   # private copies: the jars in target/ may be rebuilt mid-run
{ echo "in use: OWNERSHIP_PROCESSORPATH=$OWNERSHIP_PROCESSORPATH"; echo "in use: ANNOTATIONS_CP=$ANNOTATIONS_CP"
  cat "$run_dir/jars/SHA256SUMS"; } >>"$run_dir/env.txt"
select_configs "$CONFIGS"; configs=("${CONFIGS_OK[@]}")
if [[ " ${configs[*]} " != *" B "* ]]; then
  echo "scaling: note: the ownership checker (B) is not among the configurations run" >&2
fi
cp="$CF_QUAL_JAR:$ANNOTATIONS_CP"

# Generate the files: size 0 (helpers only, to subtract fixed costs) and each scale factor.
names=()
for variant in $VARIANTS; do
  case "$variant" in
    methods) per=$SCALE_METHODS ;;
    long) per=$SCALE_BLOCKS ;;
    *) echo "scaling: unknown variant '$variant' (methods, long)" >&2; exit 2 ;;
  esac
  for factor in 0 $SCALES; do
    name="$variant-${factor}x"
    mkdir -p "$run_dir/src/$name"
    read -r units stmts < <(python3 "$BENCH_DIR/scaling.py" gen "$variant" $((per * factor)) \
                              "$run_dir/src/$name/Scale.java")
    echo "$name $variant $factor $units $stmts" >>"$sizes"
    names+=("$name")
  done
done

# Check, not counted: every generated file compiles under plain javac (the long method must
# stay under the 64 KB bytecode limit). This also warms the page cache.
for name in "${names[@]}"; do
  timed_javac "$run_dir/$name-check.log" "$BENCH_WORK/out" "$cp" -proc:none "$run_dir/src/$name/Scale.java" ||
    { echo "scaling: plain javac fails on the generated $name:" >&2; head -20 "$run_dir/$name-check.log" >&2; exit 1; }
done

# Rounds: each size under each configuration in turn, one compile at a time.
for ((r = 1; r <= ROUNDS; r++)); do
  for name in "${names[@]}"; do
    echo "== round $r/$ROUNDS: $name ($(awk -v n="$name" '$1 == n {print $4 " units, " $5 " statements"}' "$sizes"))"
    for cfg in "${configs[@]}"; do
      config_args "$cfg" || continue   # cannot happen with the snapshot, but never abort a run
      log="$run_dir/$name-r$r-$cfg.log"
      timed_javac "$log" "$BENCH_WORK/out" "$cp" "${CARGS[@]}" "$run_dir/src/$name/Scale.java" || true
      python3 "$BENCH_DIR/report.py" record "$results" "$name" "$r" "$cfg" "$log"
    done
  done
done
rm -rf "$BENCH_WORK/out"

python3 "$BENCH_DIR/scaling.py" table "$results" "$sizes" | tee "$run_dir/table.txt"
echo "generated sources, raw logs and results.tsv: $run_dir"
