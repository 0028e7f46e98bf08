#!/usr/bin/env python3
"""Bookkeeping for benchmark.sh (standard library only).

  report.py record RESULTS.tsv CORPUS ROUND CONFIG LOG   parse LOG and LOG.time, append one row
  report.py table  RESULTS.tsv                           print the per-corpus tables
"""
import re
import statistics
import sys

FIELDS = ["corpus", "round", "config", "exit", "wall", "cpu", "rss_mb",
          "errors", "warnings", "cf_crashes", "fatal", "infer_crashes", "load1", "log"]

# Diagnostics javac prints as "File.java:12: error: ..." or, without a position, "error: ...".
ERROR = re.compile(r"(^|: )error: ")
WARNING = re.compile(r"(^|: )warning: ")
# SourceChecker.logBugInCF / logTypeSystemError (Checker Framework 3.54.1 and 4.4.0): the checker caught an
# exception while checking one compilation unit, reported it as an error, and went on.
CF_CRASH = re.compile(r"The Checker Framework crashed|A type system implementation is buggy")
# Crashes that end or break the compile: javac's own messages (javac.msg.bug,
# javac.msg.proc.annotation.uncaught.exception, javac.msg.plugin.uncaught.exception,
# compiler.err.proc.bad.config.file), an uncaught exception in the JVM, running out of heap.
FATAL = re.compile(r"An exception has occurred in the compiler|threw an uncaught exception"
                   r"|Bad service configuration file|Exception in thread|OutOfMemoryError")
# -AconvertTypeArgInferenceCrashToWarning (on by default) turns these crashes into warnings.
INFER = re.compile(r"\[type\.argument\.inference\.crashed\]")


def parse_time(path):
    """Wall, user+sys and max RSS from a GNU time -v report."""
    vals = {}
    for line in open(path, encoding="utf-8", errors="replace"):
        key, _, val = line.strip().rpartition(": ")
        vals[key] = val
    wall = 0.0
    for part in vals["Elapsed (wall clock) time (h:mm:ss or m:ss)"].split(":"):
        wall = wall * 60 + float(part)
    cpu = float(vals["User time (seconds)"]) + float(vals["System time (seconds)"])
    rss_mb = int(vals["Maximum resident set size (kbytes)"]) / 1024
    return wall, cpu, rss_mb, int(vals.get("Exit status", "0"))


def record(results, corpus, rnd, config, log):
    wall, cpu, rss, status = parse_time(log + ".time")
    counts = dict(errors=0, warnings=0, cf_crashes=0, fatal=0, infer_crashes=0)
    for line in open(log, encoding="utf-8", errors="replace"):
        counts["errors"] += bool(ERROR.search(line))
        counts["warnings"] += bool(WARNING.search(line))
        counts["cf_crashes"] += bool(CF_CRASH.search(line))
        counts["fatal"] += bool(FATAL.search(line))
        counts["infer_crashes"] += bool(INFER.search(line))
    # The 1-minute load average just after the run: the machine is shared, and a load well above
    # 1 (javac alone) means another job competed for the 2 cores and the wall time is inflated.
    load1 = open("/proc/loadavg").read().split()[0]
    row = dict(corpus=corpus, round=rnd, config=config, exit=status, wall=f"{wall:.2f}",
               cpu=f"{cpu:.2f}", rss_mb=f"{rss:.0f}", load1=load1, log=log, **counts)
    with open(results, "a", encoding="utf-8") as f:
        f.write("\t".join(str(row[k]) for k in FIELDS) + "\n")
    print(f"    {config}  wall {wall:7.2f}s  cpu {cpu:7.2f}s  rss {rss:6.0f}MB  exit {status}"
          f"  err {counts['errors']} warn {counts['warnings']} cf-crash {counts['cf_crashes']}"
          f" fatal {counts['fatal']}  load {load1}")


NAMES = {"A": "A javac", "E": "E empty proc", "B": "B ownership", "P": "P previous",
         "C": "C nullness"}
ORDER = "AEPBC"


def table(results):
    rows = [dict(zip(FIELDS, l.rstrip("\n").split("\t"))) for l in open(results, encoding="utf-8")]
    med = statistics.median
    for corpus in dict.fromkeys(r["corpus"] for r in rows):
        mine = [r for r in rows if r["corpus"] == corpus]
        rounds = lambda cfg: {r["round"]: r for r in mine if r["config"] == cfg}
        base, empty = rounds("A"), rounds("E")

        # Ratios are taken per round against the base of the same round, then the median is
        # taken, so a slow moment on the shared machine affects one ratio and not the whole column.
        def ratio(runs, against, k):
            rs = [float(r[k]) / float(against[r["round"]][k]) for r in runs
                  if r["round"] in against and float(against[r["round"]][k]) > 0]
            return f"{med(rs):.2f}" if rs else "-"

        print(f"\n{corpus}  ({len(base)} rounds of A, {len(empty)} of E)")
        print(f"  {'config':<13} {'runs':>4} {'wall s':>7} {'xA':>5} {'xE':>5} {'cpu s':>7}"
              f" {'xA':>5} {'xE':>5} {'RSS MB':>7} {'xA':>5} {'xE':>5} {'errors':>6} {'warns':>6}"
              f" {'crash':>5} {'fatal':>5} {'infer':>5} {'exit':>4}")
        configs = sorted(dict.fromkeys(r["config"] for r in mine),
                         key=lambda c: (ORDER.find(c) % (len(ORDER) + 1), c))
        for cfg in configs:
            runs = [r for r in mine if r["config"] == cfg]
            f = lambda k: [float(r[k]) for r in runs]
            ints = lambda k: max(int(r[k]) for r in runs)
            exits = ",".join(sorted({r["exit"] for r in runs}))
            cols = []
            for k, width, fmt in (("wall", 7, ".2f"), ("cpu", 7, ".2f"), ("rss_mb", 7, ".0f")):
                cols.append(f"{med(f(k)):>{width}{fmt}} {ratio(runs, base, k):>5} {ratio(runs, empty, k):>5}")
            print(f"  {NAMES.get(cfg, cfg):<13} {len(runs):>4} {' '.join(cols)} {ints('errors'):>6}"
                  f" {ints('warnings'):>6} {ints('cf_crashes'):>5} {ints('fatal'):>5}"
                  f" {ints('infer_crashes'):>5} {exits:>4}")
        # The spread of the per-round CPU ratios: on a shared machine one run's median can sit
        # anywhere in it, so a target is met only if the spread stays on its side.
        for cfg in configs:
            if cfg == "A":
                continue
            runs = [r for r in mine if r["config"] == cfg]
            spread = []
            for name, against in (("xA", base), ("xE", {} if cfg == "E" else empty)):
                rs = sorted(float(r["cpu"]) / float(against[r["round"]]["cpu"]) for r in runs
                            if r["round"] in against and float(against[r["round"]]["cpu"]) > 0)
                if rs:
                    spread.append(f"{name} {rs[0]:.2f}-{rs[-1]:.2f}")
            if spread:
                print(f"  {NAMES.get(cfg, cfg)} cpu per round, lowest-highest: {'  '.join(spread)}")
        previous = rounds("P")
        if previous and rounds("B"):
            b = [r for r in mine if r["config"] == "B"]
            print(f"  B / P (this checker / the previous one, per round): wall {ratio(b, previous, 'wall')}"
                  f"  cpu {ratio(b, previous, 'cpu')}  RSS {ratio(b, previous, 'rss_mb')}")
    print("\nwall/cpu/RSS: medians over rounds; xA, xE: median of per-round ratios to plain javac (A)"
          " and to javac\nwith an empty annotation processor (E) of the same round; \"cpu per round\":"
          " the lowest and highest of those\nratios for CPU time."
          "\nerrors/warns/crash/fatal/infer: most seen in one run (crash = Checker Framework caught"
          " an exception in one file;\nfatal = javac or JVM crash; infer = type-argument inference"
          " crash turned into a warning).")


if __name__ == "__main__":
    if sys.argv[1] == "record":
        record(*sys.argv[2:7])
    elif sys.argv[1] == "table":
        table(sys.argv[2])
    else:
        sys.exit(__doc__)
