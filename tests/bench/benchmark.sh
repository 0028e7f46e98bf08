#!/usr/bin/env bash
# Compile-time cost of the ownership checker on real code, next to plain javac, javac with an
# empty annotation processor and the Checker Framework's Nullness Checker. See README.md for the
# settings and how to read the output.
#
#   tests/bench/benchmark.sh                       # all corpora, configurations A E B C, 3 rounds
#   CORPORA=jsoup CONFIGS="A C" ROUNDS=1 tests/bench/benchmark.sh
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

CORPORA="${CORPORA:-commons-lang3 jsoup guava}"
CONFIGS="${CONFIGS:-A E B C}"

# The corpora: the -sources jar of each library, compiled against the library's own dependencies.
declare -A COORD=(
  [commons-lang3]=org.apache.commons:commons-lang3:3.17.0
  [jsoup]=org.jsoup:jsoup:1.18.3
  [guava]=com.google.guava:guava:33.4.0-jre
)
# Compile dependencies that the library's pom does not pass on: jsoup declares jspecify
# 'provided', so it is not transitive, yet jsoup's sources import org.jspecify.annotations.
declare -A EXTRA_DEPS=( [jsoup]="org.jspecify:jspecify:1.0.0" )
# Extra javac flags per corpus. None is needed: with the flags in timed_javac (common.sh) all
# three compile with 0 errors on JDK 17. Guava prints 41 "Unsafe is internal proprietary API"
# warnings that -nowarn cannot silence (they are mandatory warnings); they are harmless.
declare -A EXTRA_FLAGS=()

MVN=(mvn -B -q -Dstyle.color=never)
DEP_PLUGIN=org.apache.maven.plugins:maven-dependency-plugin:3.8.1

# fetch_corpus NAME: download sources and dependencies from Maven Central (once), unpack,
# and list the files to compile in corpora/NAME/files.txt.
fetch_corpus() {
  local c="$1" dir="$BENCH_WORK/corpora/$1" g a v extra deps=""
  [[ -s "$dir/files.txt" ]] && return 0
  [[ -n "${COORD[$c]:-}" ]] || { echo "bench: unknown corpus '$c' (known: ${!COORD[*]})" >&2; return 1; }
  IFS=: read -r g a v <<<"${COORD[$c]}"
  echo "== fetching $c ($g:$a:$v) into $dir"
  rm -rf "$dir"; mkdir -p "$dir/fetch" "$dir/deps"
  # A throw-away pom that depends on the library, so Maven resolves its transitive compile deps.
  for extra in "${COORD[$c]}" ${EXTRA_DEPS[$c]:-}; do
    IFS=: read -r g2 a2 v2 <<<"$extra"
    deps+="<dependency><groupId>$g2</groupId><artifactId>$a2</artifactId><version>$v2</version></dependency>"
  done
  cat >"$dir/fetch/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>fetch-$c</artifactId><version>1</version>
  <dependencies>$deps</dependencies>
</project>
EOF
  # The library's own jar is left out: its classes come from the sources being compiled.
  # Maven's output goes to fetch/mvn.log (even -q prints colour resets), shown if it fails.
  { "${MVN[@]}" -f "$dir/fetch/pom.xml" "$DEP_PLUGIN:copy-dependencies" -DincludeScope=runtime \
      -DoutputDirectory="$dir/deps" -DexcludeArtifactIds="$a" &&
    "${MVN[@]}" -f "$dir/fetch/pom.xml" "$DEP_PLUGIN:copy" -Dartifact="$g:$a:$v:jar:sources" \
      -DoutputDirectory="$dir"; } >"$dir/fetch/mvn.log" 2>&1 ||
    { echo "bench: Maven could not fetch $c:" >&2; tail -20 "$dir/fetch/mvn.log" >&2; return 1; }
  unzip -q -o "$dir/$a-$v-sources.jar" -d "$dir/src" || return 1
  # (set -e does not apply in a function called with ||, hence the explicit returns above.)
  # Every .java file but module-info.java (package-info.java stays: javac handles it).
  find "$dir/src" -name '*.java' ! -name module-info.java | sort >"$dir/files.txt"
}

# corpus_cp NAME: the corpus's dependencies, plus checker-qual (the checkers need it on the
# class path) and the ownership annotations. The same class path is used for A, B and C.
corpus_cp() {
  local cp="" j
  for j in "$BENCH_WORK/corpora/$1"/deps/*.jar; do [[ -e "$j" ]] && cp+="$j:"; done
  echo "$cp$CF_QUAL_JAR:$ANNOTATIONS_CP"
}

run_dir="$BENCH_WORK/runs/$(date +%Y%m%d-%H%M%S)"
mkdir -p "$run_dir" "$BENCH_WORK/startup"
results="$run_dir/results.tsv"; : >"$results"
{ "$JAVAC" -version 2>&1; uname -a; nproc; cat /proc/loadavg
  echo "ROUNDS=$ROUNDS CORPORA=$CORPORA CONFIGS=$CONFIGS JAVAC_XMX=$JAVAC_XMX CHECKER_ARGS=$CHECKER_ARGS"
  echo "OWNERSHIP_PROCESSORPATH=$OWNERSHIP_PROCESSORPATH"; echo "CF_PROCESSORPATH=$CF_PROCESSORPATH"
} >"$run_dir/env.txt"
echo "bench: javac $("$JAVAC" -version 2>&1), logs in $run_dir"

ensure_annotations
snapshot_jars "$run_dir/jars"   # private copies: the jars in target/ may be rebuilt mid-run
{ echo "in use: OWNERSHIP_PROCESSORPATH=$OWNERSHIP_PROCESSORPATH"; echo "in use: ANNOTATIONS_CP=$ANNOTATIONS_CP"
  cat "$run_dir/jars/SHA256SUMS"; } >>"$run_dir/env.txt"
[[ -f "$CF_QUAL_JAR" ]] || { echo "bench: missing $CF_QUAL_JAR (set CF_QUAL_JAR)" >&2; exit 2; }

# Keep only the configurations that can run here (B needs the built checker jar).
select_configs "$CONFIGS"; configs=("${CONFIGS_OK[@]}")

# Start-up cost: a trivial two-line file.
printf 'class Hello {\n  int twice(int x) { return 2 * x; } }\n' >"$BENCH_WORK/startup/Hello.java"
echo "$BENCH_WORK/startup/Hello.java" >"$BENCH_WORK/startup/files.txt"

# Fetch, then check that plain javac compiles each corpus with no error. This compile also
# warms the page cache and is not counted.
corpora=(startup)
for c in $CORPORA; do
  fetch_corpus "$c" || continue
  echo "== checking that plain javac compiles $c ($(wc -l <"$BENCH_WORK/corpora/$c/files.txt") files)"
  log="$run_dir/$c-check.log"
  if timed_javac "$log" "$BENCH_WORK/out" "$(corpus_cp "$c")" -proc:none \
       ${EXTRA_FLAGS[$c]:-} @"$BENCH_WORK/corpora/$c/files.txt"; then
    corpora+=("$c")
  else
    echo "bench: plain javac fails on $c; left out. First errors (full log: $log):" >&2
    grep -m 10 'error:' "$log" >&2 || tail -5 "$log" >&2
  fi
done

# Rounds: every round compiles every corpus once in each configuration, in turn (A E B C A E B C),
# so slow spells of the shared machine are spread over the configurations. One compile at a time.
for ((r = 1; r <= ROUNDS; r++)); do
  for c in "${corpora[@]}"; do
    if [[ $c == startup ]]; then files="$BENCH_WORK/startup/files.txt"; else files="$BENCH_WORK/corpora/$c/files.txt"; fi
    echo "== round $r/$ROUNDS: $c"
    for cfg in "${configs[@]}"; do
      config_args "$cfg" || continue   # cannot happen with the snapshot, but never abort a run
      log="$run_dir/$c-r$r-$cfg.log"
      timed_javac "$log" "$BENCH_WORK/out" "$(corpus_cp "$c")" "${CARGS[@]}" \
        ${EXTRA_FLAGS[$c]:-} @"$files" || true   # a failing run is recorded, not fatal
      python3 "$BENCH_DIR/report.py" record "$results" "$c" "$r" "$cfg" "$log"
    done
  done
done
rm -rf "$BENCH_WORK/out"

python3 "$BENCH_DIR/report.py" table "$results" | tee "$run_dir/table.txt"
echo "raw logs, time reports and results.tsv: $run_dir"
