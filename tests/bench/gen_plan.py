#!/usr/bin/env python3
"""tests/bench/gen_plan.py N OUTDIR: a synthetic plan of N initiatives in
overblik's content format (see gen.py, which writes it with its Hugo twin)."""
import sys

import gen

if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.stderr.write("usage: gen_plan.py N OUTDIR\n")
        sys.exit(2)
    sys.exit(gen.main([sys.argv[0], sys.argv[1], sys.argv[2], "-"]))
