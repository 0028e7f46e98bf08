#!/usr/bin/env python3
"""Generator and report for scaling.sh (standard library only).

  scaling.py gen VARIANT UNITS OUT.java   write the file, print "UNITS STATEMENTS"
  scaling.py table RESULTS.tsv SIZES.tsv  print the scaling tables

VARIANT 'methods': a class with UNITS methods, each one block long.
VARIANT 'long':    a class with one method that is UNITS blocks long.
UNITS 0 gives the helpers alone: the fixed cost (JVM, checker start-up) that is subtracted.
"""
import statistics
import sys

sys.dont_write_bytecode = True  # no __pycache__ left in the source tree
from report import FIELDS  # noqa: E402

HEADER = """import dev.ownership.annotations.Borrowed;
import dev.ownership.annotations.Mut;
import dev.ownership.annotations.Owned;

final class Scale {
  static void consume(@Owned StringBuilder b) { b.setLength(0); }
  static void push(@Mut StringBuilder b) { b.append('x'); }
  static int peek(@Borrowed StringBuilder b) { return b.length(); }
"""

# One block: owned locals, a mutable and a shared borrow, a move on both branches of an
# if/else, a loop whose body owns, borrows and moves its own value. Meant to be ownership-correct:
# every owned value is moved exactly once and never used after the move.
BLOCK = """    @Owned StringBuilder a{i} = new StringBuilder("a");
    @Owned StringBuilder b{i} = new StringBuilder();
    push(a{i});
    int n{i} = peek(a{i}) + peek(b{i}) + {m};
    if (n{i} > {m}) {{
      consume(a{i});
    }} else {{
      push(a{i});
      consume(a{i});
    }}
    for (int k{i} = 0; k{i} < n{i}; k{i}++) {{
      @Owned StringBuilder t{i} = new StringBuilder();
      push(t{i});
      total += peek(t{i});
      consume(t{i});
    }}
    consume(b{i});
    total += n{i};
"""


def statements(text):
    """Statements in generated code: lines ending in ';' plus if and for headers."""
    lines = [l.strip() for l in text.splitlines()]
    return sum(l.endswith(";") or l.startswith(("if ", "for ")) for l in lines)


def gen(variant, units, out):
    units = int(units)
    blocks = [BLOCK.format(i=i, m=i % 7) for i in range(units)]
    parts = [HEADER]
    if variant == "methods":
        for i, b in enumerate(blocks):
            parts.append(f"\n  static int m{i}() {{\n    int total = 0;\n{b}    return total;\n  }}\n")
    elif variant == "long" and units:
        parts.append("\n  static int run() {\n    int total = 0;\n" + "".join(blocks)
                     + "    return total;\n  }\n")
    parts.append("}\n")
    with open(out, "w", encoding="utf-8") as f:
        f.write("".join(parts))
    body = "".join(blocks)
    print(units, statements(body))


def table(results, sizes):
    rows = [dict(zip(FIELDS, l.rstrip("\n").split("\t"))) for l in open(results, encoding="utf-8")]
    size = {}  # name -> (variant, factor, units, statements)
    for l in open(sizes, encoding="utf-8"):
        name, variant, factor, units, stmts = l.split()
        size[name] = (variant, int(factor), int(units), int(stmts))
    med = statistics.median

    def m(name, cfg, key):
        vals = [float(r[key]) for r in rows if r["corpus"] == name and r["config"] == cfg]
        return med(vals) if vals else None

    configs = sorted({r["config"] for r in rows})
    for variant in dict.fromkeys(v for v, *_ in size.values()):
        names = sorted((n for n in size if size[n][0] == variant), key=lambda n: size[n][1])
        base = next(n for n in names if size[n][1] == 0)
        one = next((n for n in names if size[n][1] == 1), None)
        unit = "methods" if variant == "methods" else "blocks"
        print(f"\nvariant '{variant}': " + ("N methods of one block each" if variant == "methods"
              else "one method N blocks long") + "; size 0 = helpers only (fixed cost)")
        for cfg in configs:
            print(f"  config {cfg}")
            print(f"    {'size':>5} {unit:>7} {'stmts':>6} {'wall s':>7} {'cpu s':>7} {'RSS MB':>7}"
                  f" {'x A':>6} {'ms/' + unit[:-1]:>10} {'us/stmt':>8} {'rel 1x':>7}"
                  f" {'cpu us/st':>10} {'rel 1x':>7} {'diags':>6} {'crash':>5}")
            ref = {}
            for n in names:
                _, factor, units, stmts = size[n]
                wall, cpu, rss = (m(n, cfg, k) for k in ("wall", "cpu", "rss_mb"))
                if wall is None:
                    continue
                a = m(n, "A", "wall")
                cells = []
                for key, value in (("wall", wall), ("cpu", cpu)):
                    # Net time, attributable to the generated code: minus the size-0 time.
                    net = value - m(base, cfg, key)
                    per = net / stmts * 1e6 if stmts else None
                    if n == one:
                        ref[key] = per
                    rel = f"{per / ref[key]:.2f}" if per and ref.get(key, 0) > 0 else "-"
                    cells += [f"{per:.0f}" if per is not None else "-", rel]
                    if key == "wall":
                        per_unit = f"{net / units * 1e3:.1f}" if units else "-"
                runs = [r for r in rows if r["corpus"] == n and r["config"] == cfg]
                diags = max(int(r["errors"]) + int(r["warnings"]) for r in runs)
                crash = max(int(r["cf_crashes"]) + int(r["fatal"]) for r in runs)
                print(f"    {str(factor) + 'x':>5} {units:>7} {stmts:>6} {wall:>7.2f} {cpu:>7.2f}"
                      f" {rss:>7.0f} {(f'{wall / a:.2f}' if a else '-'):>6} {per_unit:>10}"
                      f" {cells[0]:>8} {cells[1]:>7} {cells[2]:>10} {cells[3]:>7}"
                      f" {diags:>6} {crash:>5}")
    print("\nmedians over rounds. x A: wall time over plain javac's on the same file. Net time ="
          " time minus the size-0 time of the same config.\nms/unit, us/stmt: net wall time per"
          " method (or block) and per statement; cpu us/st: the same in CPU (user+sys) time,\nless"
          " disturbed by other jobs on a shared machine; rel 1x: per-statement cost over the 1x"
          " value (1.00 = linear)."
          "\ndiags: errors+warnings in one run (the generated code is meant to be clean); crash:"
          " checker or compiler crashes.")


if __name__ == "__main__":
    if sys.argv[1] == "gen":
        gen(*sys.argv[2:5])
    elif sys.argv[1] == "table":
        table(*sys.argv[2:4])
    else:
        sys.exit(__doc__)
