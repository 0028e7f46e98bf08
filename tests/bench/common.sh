# Shared settings and helpers for benchmark.sh and scaling.sh. Sourced, not run.
# Every setting can be overridden from the environment; see README.md.

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$BENCH_DIR/../.." && pwd)"
BENCH_WORK="${BENCH_WORK:-/tmp/ownership-bench}"
ROUNDS="${ROUNDS:-3}"
M2="${M2_REPO:-$HOME/.m2/repository}"

# The JDK: $JAVA_HOME/bin/javac if JAVA_HOME is set, else javac on PATH.
if [[ -n "${JAVA_HOME:-}" ]]; then JAVAC="$JAVA_HOME/bin/javac"; else JAVAC="$(command -v javac || true)"; fi
[[ -x "$JAVAC" ]] || { echo "bench: no javac found (set JAVA_HOME or put javac on PATH)" >&2; exit 2; }

# Same heap limit for every configuration, so that RSS differences come from the work done
# and not from different -Xmx settings. Guava under the Nullness Checker needs a few GB.
JAVAC_XMX="${JAVAC_XMX:-6g}"

# Checker Framework jars. The Maven Central checker.jar is not shaded: the checker also needs
# checker-qual and checker-util on the processor path, and checker-qual on the class path
# (AnnotationBuilder loads org.checkerframework.dataflow.qual.* through the compile class path;
# without it the checker fails at start-up with "fromClass can't load class ...Deterministic").
CF_VERSION="${CF_VERSION:-4.4.0}"
CF_CHECKER_JAR="${CF_CHECKER_JAR:-$M2/org/checkerframework/checker/$CF_VERSION/checker-$CF_VERSION.jar}"
CF_QUAL_JAR="${CF_QUAL_JAR:-$M2/org/checkerframework/checker-qual/$CF_VERSION/checker-qual-$CF_VERSION.jar}"
CF_UTIL_JAR="${CF_UTIL_JAR:-$M2/org/checkerframework/checker-util/$CF_VERSION/checker-util-$CF_VERSION.jar}"
CF_PROCESSORPATH="${CF_PROCESSORPATH:-$CF_CHECKER_JAR:$CF_QUAL_JAR:$CF_UTIL_JAR}"

OWNERSHIP_ANNOTATIONS_JAR="${OWNERSHIP_ANNOTATIONS_JAR:-$REPO_ROOT/annotations/target/ownership-annotations-0.1.0-SNAPSHOT.jar}"
OWNERSHIP_PROCESSORPATH="${OWNERSHIP_PROCESSORPATH:-$REPO_ROOT/processor/target/ownership-checker-0.1.0-SNAPSHOT.jar:$OWNERSHIP_ANNOTATIONS_JAR:$CF_PROCESSORPATH}"

# Configuration P: another build of the ownership checker (its whole processor path), timed in
# the same rounds as B, so that a change is measured side by side: B / P in the table.
PREVIOUS_PROCESSORPATH="${PREVIOUS_PROCESSORPATH:-}"

# Configuration E: javac with an annotation processor that does nothing (EmptyProcessor.java),
# compiled by ensure_empty_processor into this directory, with its META-INF/services file.
EMPTY_PROCESSORPATH="${EMPTY_PROCESSORPATH:-$BENCH_WORK/empty-processor}"

# Options given to both checkers (B and C). -Awarns turns checker errors into warnings: with an
# error, javac stops every class after flow analysis and writes no class files, so a checker
# that finds errors would otherwise look cheaper than one that finds none.
CHECKER_ARGS="${CHECKER_ARGS:--Awarns}"

# jdk.compiler internals the Checker Framework reaches into (JDK 16+ encapsulation).
JDK_OPENS=()
for p in api code comp file main model parser processing tree util; do
  JDK_OPENS+=("-J--add-exports=jdk.compiler/com.sun.tools.javac.$p=ALL-UNNAMED")
done
JDK_OPENS+=("-J--add-opens=jdk.compiler/com.sun.tools.javac.comp=ALL-UNNAMED")

TIME_BIN=/usr/bin/time
if [[ ! -x "$TIME_BIN" ]] || ! "$TIME_BIN" -v true >/dev/null 2>&1; then
  echo "bench: GNU time is needed at /usr/bin/time; install it with: apt-get install -y time" >&2
  exit 2
fi

# missing_entries PATHLIST: print each entry of a ':'-separated list that does not exist.
missing_entries() {
  local IFS=: e
  for e in $1; do [[ -e "$e" ]] || echo "$e"; done
}

# ensure_annotations: the ownership annotations on a class path. Uses the built jar when it exists;
# otherwise compiles the three sources into the work dir (the parent build may be mid-edit).
ensure_annotations() {
  if [[ -f "$OWNERSHIP_ANNOTATIONS_JAR" ]]; then ANNOTATIONS_CP="$OWNERSHIP_ANNOTATIONS_JAR"; return; fi
  ANNOTATIONS_CP="$BENCH_WORK/annotations-classes"
  if [[ ! -f "$ANNOTATIONS_CP/dev/ownership/annotations/Owned.class" ]]; then
    echo "bench: $OWNERSHIP_ANNOTATIONS_JAR not built; compiling the annotation sources into $ANNOTATIONS_CP" >&2
    mkdir -p "$ANNOTATIONS_CP"
    "$JAVAC" -nowarn -d "$ANNOTATIONS_CP" "$REPO_ROOT"/annotations/src/main/java/dev/ownership/annotations/*.java
  fi
}

# ensure_empty_processor: compile EmptyProcessor.java (configuration E) into EMPTY_PROCESSORPATH,
# every time, so that the class always matches its source and the JDK in use.
ensure_empty_processor() {
  local dir="$EMPTY_PROCESSORPATH"
  rm -rf "$dir"; mkdir -p "$dir/META-INF/services"
  "$JAVAC" -nowarn -proc:none -d "$dir" "$BENCH_DIR/EmptyProcessor.java" || return 1
  echo bench.EmptyProcessor >"$dir/META-INF/services/javax.annotation.processing.Processor"
}

# config_args CONFIG: the javac options that make configuration A, E, B or C (into array CARGS).
# Returns 1 (with a message on stderr) when the configuration cannot run here.
config_args() {
  local missing
  case "$1" in
    A) CARGS=(-proc:none) ;;
    E) if [[ ! -f "$EMPTY_PROCESSORPATH/bench/EmptyProcessor.class" ]]; then
         echo "bench: skipping E (empty processor): $EMPTY_PROCESSORPATH/bench/EmptyProcessor.class missing" >&2
         return 1
       fi
       # Found through META-INF/services, like the checker; the same JVM flags as B.
       CARGS=("${JDK_OPENS[@]}" -processorpath "$EMPTY_PROCESSORPATH") ;;
    B) missing="$(missing_entries "$OWNERSHIP_PROCESSORPATH")"
       if [[ -n "$missing" ]]; then
         echo "bench: skipping B (ownership checker): processor path entries missing:" >&2
         echo "$missing" | sed 's/^/    /' >&2
         echo "  build them (cd $REPO_ROOT && mvn -B -q install -DskipTests) or set OWNERSHIP_PROCESSORPATH" >&2
         return 1
       fi
       # No -processor: the checker is found through META-INF/services (auto-service).
       CARGS=("${JDK_OPENS[@]}" -processorpath "$OWNERSHIP_PROCESSORPATH" $CHECKER_ARGS) ;;
    P) if [[ -z "$PREVIOUS_PROCESSORPATH" ]]; then
         echo "bench: skipping P (previous checker): set PREVIOUS_PROCESSORPATH" >&2; return 1
       fi
       missing="$(missing_entries "$PREVIOUS_PROCESSORPATH")"
       if [[ -n "$missing" ]]; then
         echo "bench: skipping P (previous checker): processor path entries missing:" >&2
         echo "$missing" | sed 's/^/    /' >&2
         return 1
       fi
       CARGS=("${JDK_OPENS[@]}" -processorpath "$PREVIOUS_PROCESSORPATH" $CHECKER_ARGS) ;;
    C) missing="$(missing_entries "$CF_PROCESSORPATH")"
       if [[ -n "$missing" ]]; then
         echo "bench: skipping C (Nullness Checker): missing $missing" >&2; return 1
       fi
       CARGS=("${JDK_OPENS[@]}" -processorpath "$CF_PROCESSORPATH"
              -processor org.checkerframework.checker.nullness.NullnessChecker $CHECKER_ARGS) ;;
    *) echo "bench: unknown configuration '$1' (use A, E, B, P, C)" >&2; return 1 ;;
  esac
}

# timed_javac LOG OUTDIR CLASSPATH [javac args...]: one compile under /usr/bin/time -v.
# Compiler output goes to LOG, time's report to LOG.time; class files to a fresh OUTDIR.
# javac runs the compiler inside the launcher's own JVM (no child process), so time's
# maximum RSS is the compiler's peak RSS.
timed_javac() {
  local log="$1" out="$2" cp="$3"; shift 3
  rm -rf "$out"; mkdir -p "$out"
  "$TIME_BIN" -v -o "$log.time" "$JAVAC" "-J-Xmx$JAVAC_XMX" -encoding UTF-8 -nowarn \
    -Xmaxerrs 10000 -Xmaxwarns 100000 -d "$out" -cp "$cp" "$@" >"$log" 2>&1
}

# processors_found: the annotation processors javac discovers with the options in CARGS,
# checked on an empty class, so that B cannot silently run with no checker at all (with no
# processor found javac says nothing under -nowarn, and B would just time plain javac).
processors_found() {
  mkdir -p "$BENCH_WORK/probe"; echo 'class Probe {}' >"$BENCH_WORK/probe/Probe.java"
  "$JAVAC" "${CARGS[@]}" -XprintProcessorInfo -proc:only -d "$BENCH_WORK/probe" \
    -cp "$CF_QUAL_JAR:$ANNOTATIONS_CP" "$BENCH_WORK/probe/Probe.java" 2>&1 |
    sed -n 's/^Processor \([^ ]*\) matches.*/\1/p' | sort -u | tr '\n' ' '
}

# select_configs "A E B C": the configurations that can run here, into array CONFIGS_OK.
# Call ensure_annotations first.
select_configs() {
  local cfg procs
  CONFIGS_OK=()
  for cfg in $1; do
    if [[ $cfg == E ]]; then
      ensure_empty_processor || { echo "bench: skipping E: EmptyProcessor.java does not compile" >&2; continue; }
    fi
    config_args "$cfg" || continue
    if [[ $cfg != A ]]; then
      procs="$(processors_found)"
      if [[ -z "$procs" ]]; then
        echo "bench: skipping $cfg: javac finds no annotation processor on its processor path" \
             "(no META-INF/services/javax.annotation.processing.Processor?)" >&2
        continue
      fi
      echo "bench: $cfg runs processor(s): $procs"
    fi
    CONFIGS_OK+=("$cfg")
  done
  ((${#CONFIGS_OK[@]})) || { echo "bench: no configuration can run" >&2; exit 2; }
}

# snapshot_jars DIR: copy the checker and annotation jars that live in this repository's
# target/ folders into DIR, and point OWNERSHIP_PROCESSORPATH and ANNOTATIONS_CP at the copies.
# Those jars are rebuilt, or deleted by 'mvn clean', while a long benchmark runs; without a copy
# a compile can lose its jar mid-run (seen: javac crashing with NoSuchFileException on close).
# Call after ensure_annotations. Entries outside the repository (~/.m2) are used in place.
snapshot_jars() {
  local dir="$1" list e i=0 out entries
  mkdir -p "$dir"
  for list in OWNERSHIP_PROCESSORPATH ANNOTATIONS_CP; do
    out=""
    IFS=: read -ra entries <<<"${!list}"
    for e in "${entries[@]}"; do
      i=$((i + 1))
      if [[ -e "$e" && "$e" == "$REPO_ROOT"/* ]]; then
        cp -r "$e" "$dir/$i-$(basename "$e")"; out+="$dir/$i-$(basename "$e"):"
      else
        out+="$e:"
      fi
    done
    printf -v "$list" '%s' "${out%:}"
  done
  (cd "$dir" && sha256sum -- * 2>/dev/null) >"$dir/SHA256SUMS" || true
}
