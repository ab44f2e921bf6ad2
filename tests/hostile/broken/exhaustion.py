#!/usr/bin/env python3
"""Writes the files of one resource-exhaustion case over a copy of base/.

    python3 exhaustion.py CASE CONTENT_DIR

Each case is a small input (under 1 MB unless its name says "large") that
once cost overblik seconds to minutes, gigabytes, a crash or a hang: tables
that cmark-gfm pads to the header's width, deep nesting, long lines walked
again for every node on them, labels filled inside labels, thousands of
diagnostics on one line, symbolic link loops. run.sh runs each case with a
time and memory bound. The files are made here, at test time, so that no
large fixture is kept in git. Deterministic.
"""

import os
import sys

FRONT = '---\ntitle: Stor\nnumber: "9"\nthemes: [bolig]\n---\n\nTekst før: se [A](initiative:a).\n\n'
# The body of FRONT starts on line 9 (line 7 holds text, line 8 is blank).
BODY_LINE = 9


def write(content, rel, text, newline="\n"):
    path = os.path.join(content, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline=newline) as f:
        f.write(text)


def initiative(content, body):
    write(content, "initiatives/stor.md", FRONT + body)


def table(columns, rows, prefix="", cell="x"):
    """A GFM table: a header of `columns` cells, its delimiter row, and `rows` rows of one cell each."""
    lines = [prefix + "|" + "|".join([cell] * columns) + "|", prefix + "|" + "|".join(["-"] * columns) + "|"]
    lines += [prefix + cell] * rows
    return "\n".join(lines) + "\n"


def full_table(columns, rows):
    """A table whose every row is full: real data, no padding."""
    head = "| " + " | ".join("kolonne %d" % i for i in range(columns)) + " |"
    delim = "|" + "|".join(["---"] * columns) + "|"
    body = ["| " + " | ".join(str(r * columns + c) for c in range(columns)) + " |" for r in range(rows)]
    return "\n".join([head, delim] + body) + "\n"


def plan_with(content, extra_yaml):
    with open(os.path.join(content, "plan.yaml"), encoding="utf-8") as f:
        text = f.read().rstrip("\n")
    write(content, "plan.yaml", text + "\n" + extra_yaml)


def csv_indicator(content, csv_text, newline="\n"):
    write(content, "indicators/y.yaml",
          "title: Udsættelser\nunit: sager\ndirection: decrease\nthemes: [job]\n"
          "series:\n  - name: Sager\n")
    write(content, "indicators/y.csv", csv_text, newline=newline)


def indicator(content, title="Hjemløse", unit="personer", series="Kommunen"):
    write(content, "indicators/x.yaml",
          "title: %s\nunit: %s\ndirection: decrease\nthemes: [bolig]\n"
          "series:\n  - name: %s\n    values:\n      2022: 120\n      2024: 110\n"
          % (yq(title), yq(unit), yq(series)))


def yq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


# --- 1. tables -------------------------------------------------------------------

def table_cells(c):
    initiative(c, table(2000, 2000))              # 12 KB: 4 million cells once padded


def table_cells_quoted(c):
    initiative(c, table(2000, 2000, prefix="> "))  # the same inside a block quote


def table_cells_list(c):
    initiative(c, "- punkt\n\n" + table(2000, 2000, prefix="  "))


def table_cells_many(c):
    # 300 tables of 60 × 60: each well under the limit, together 1.1 million cells.
    initiative(c, "\n".join(table(60, 60) for _ in range(300)))


def table_cells_intro(c):
    # In a YAML block scalar: plan.yaml's intro, the table's header on line 11, column 3.
    with open(os.path.join(c, "plan.yaml"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    i = lines.index("intro: |")
    t = "".join("  " + line + "\n" for line in table(2000, 2000).rstrip("\n").split("\n"))
    lines[i + 1:i + 2] = [lines[i + 1], "", t.rstrip("\n")]
    write(c, "plan.yaml", "\n".join(lines))


def table_ok(c):
    initiative(c, full_table(25, 1500))           # 37,550 cells of real data: allowed


def markdown_large(c):
    initiative(c, ("Et afsnit med tekst, der gentages. " * 30 + "\n\n") * 4200)  # 4.4 MB


# --- 2. nesting ------------------------------------------------------------------

def deep_emphasis(c):
    n = 20000  # 280 KB: emphasis nested 40,000 deep
    initiative(c, "Nøgletal: se :count[initiatives].\n\n" + "*a **a " * n + "b" + " a** a*" * n + "\n")


def deep_quotes(c):
    initiative(c, "Nøgletal: se :count[initiatives].\n\n" + "> " * 100000 + "tekst\n")


def deep_lists(c):
    initiative(c, "Nøgletal: se :count[initiatives].\n\n" + "- " * 100000 + "tekst\n")


def deep_links(c):
    initiative(c, "Nøgletal: se :count[initiatives].\n\n" + "[a " * 60000 + "b" + "](x)" * 60000 + "\n")


def deep_emphasis_intro(c):
    with open(os.path.join(c, "plan.yaml"), encoding="utf-8") as f:
        text = f.read()
    text = text.replace("intro: |\n", "intro: |\n  Se :count[initiatives].\n  " + "*a **a " * 20000 + "b" + " a** a*" * 20000 + "\n", 1)
    write(c, "plan.yaml", text)


# --- 3. long lines, many nodes ---------------------------------------------------

def long_unit(c):
    indicator(c, unit="enheder " * 6250)          # 50,000 characters


def long_series_name(c):
    indicator(c, series="Københavns Kommune " * 2700)  # 51,300 characters, not ASCII


def long_title(c):
    indicator(c, title="Hjemløse borgere i alt " * 2200)


def csv_wide_row(c):
    csv_indicator(c, "series,period,value\nSager," + ",".join(["1"] * 100000) + "\n")


def csv_cr_only(c):
    # 20,000 rows of distinct days, CR line endings as old Excel for Mac writes them.
    rows = ["series,period,value"]
    days = []
    for y in range(1950, 2030):
        for m in range(1, 13):
            for d in range(1, 29):
                days.append("%d-%02d-%02d" % (y, m, d))
    rows += ["Sager,%s,%d" % (day, i) for i, day in enumerate(days[:20000])]
    csv_indicator(c, "\r".join(rows) + "\r", newline="")


def csv_cr_only_error(c):
    # CR line endings; the value on line 5 is not a number: the error must say line 5.
    csv_indicator(c, "series,period,value\rSager,2021,1\rSager,2022,2\rSager,2023,3\rSager,2024,x\r", newline="")


def csv_bad_rows(c):
    csv_indicator(c, "series,period,value\n" + "Sager,2022\n" * 30000)


def yaml_empty_values(c):
    plan_with(c, "extra:\n" + "".join("  k%d:\n" % i for i in range(90000)))


def yaml_long_line(c):
    plan_with(c, "extra:\n  liste: [" + ", ".join(["ø"] * 150000) + "]\n")


def yaml_many_keys(c):
    plan_with(c, "extra:\n" + "".join("  k%d: 1\n" % i for i in range(90000)))


def yaml_many_keys_duplicate(c):
    # plan.yaml has 10 lines; extra: is line 11, k0 line 12, the repeated k0 line 90,012.
    plan_with(c, "extra:\n" + "".join("  k%d: 1\n" % i for i in range(90000)) + "  k0: 2\n")


# --- 4. output amplification -----------------------------------------------------

def label_amplification(c):
    # The chart's title label is "{title} ({unit})"-like: a title of 10,000
    # "{unit}" and a long unit once made a page of hundreds of megabytes.
    indicator(c, title="{unit}" * 10000, unit="u" * 5000)


def many_bad_links(c):
    initiative(c, "".join("[x](initiative:findes-ikke-%d) " % (i % 10) for i in range(3000)) + "\n")


def many_bad_links_intro(c):
    with open(os.path.join(c, "plan.yaml"), encoding="utf-8") as f:
        text = f.read()
    links = "".join("[x](initiative:findes-ikke-%d) " % (i % 10) for i in range(3000))
    write(c, "plan.yaml", text.replace("intro: |\n", "intro: |\n  " + links + "\n", 1))


def many_bad_directives(c):
    initiative(c, "".join(":value[findes-ikke] " for _ in range(3000)) + "\n")


# --- 5. symbolic links -----------------------------------------------------------

def symlink_loops(c):
    os.symlink(".", os.path.join(c, "assets/a"))
    os.symlink(".", os.path.join(c, "assets/b"))


def symlink_loop_deep(c):
    os.makedirs(os.path.join(c, "assets/x/y"))
    os.symlink("../..", os.path.join(c, "assets/x/y/op"))


def symlink_fanout(c):
    # d0 … d24, each with two links to the next: 2^25 paths through 25 folders.
    for i in range(25):
        os.makedirs(os.path.join(c, "assets/d%d" % i))
        write(c, "assets/d%d/fil.txt" % i, "fil %d\n" % i)
    for i in range(24):
        for name in ("x", "y"):
            os.symlink("../d%d" % (i + 1), os.path.join(c, "assets/d%d/%s" % (i, name)))


CASES = {name.replace("_", "-"): fn for name, fn in list(globals().items())
         if callable(fn) and fn.__module__ == __name__ and name not in
         ("write", "initiative", "table", "full_table", "plan_with", "csv_indicator", "indicator", "yq")}

if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in CASES:
        sys.exit("usage: exhaustion.py CASE CONTENT_DIR\ncases: " + " ".join(sorted(CASES)))
    CASES[sys.argv[1]](sys.argv[2])
