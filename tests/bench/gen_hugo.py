#!/usr/bin/env python3
"""tests/bench/gen_hugo.py N OUTDIR: the Hugo site equivalent to
gen_plan.py's plan of N initiatives (same model; see gen.py)."""
import sys

import gen

if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.stderr.write("usage: gen_hugo.py N OUTDIR\n")
        sys.exit(2)
    sys.exit(gen.main([sys.argv[0], sys.argv[1], "-", sys.argv[2]]))
