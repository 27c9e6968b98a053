"""Wall time of whole offline refreshes, as a scheduler sees them.

    python bench/refresh.py [--repeat N]

Runs `zgc-monitor refresh --offline` in a fresh temp warehouse: the first
refresh of a day (everything new: the baseline of this run), a second refresh
of the same day (nothing new) and a refresh of the next day; N times each,
and prints the medians as JSON with the warehouse and archive sizes in MB.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

EXE = Path(sys.executable).with_name("zgc-monitor")


def run(env, day):
    t0 = time.perf_counter()
    proc = subprocess.run([str(EXE), "refresh", "--offline", "--date", day], env=env, capture_output=True, text=True)
    secs = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"refresh failed: {proc.stderr.strip().splitlines()[-1:]}")
    return secs, json.loads(proc.stdout.strip().splitlines()[-1])


def mb(path: Path) -> float:
    return round(sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6, 3)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    first, second, next_day = [], [], []
    sizes = {}
    for _ in range(args.repeat):
        with tempfile.TemporaryDirectory() as tmp:
            env = dict(os.environ, ZGC_WAREHOUSE_DIR=f"{tmp}/wh", DAGSTER_HOME=f"{tmp}/dh")
            s1, out1 = run(env, "2026-11-20")
            s2, out2 = run(env, "2026-11-20")
            s3, _ = run(env, "2026-11-21")
            first.append(s1); second.append(s2); next_day.append(s3)
            sizes = {"warehouse_mb": round(Path(out1["warehouse"]).stat().st_size / 1e6, 3),
                     "raw_archive_mb": mb(Path(tmp) / "wh" / "raw"), "pages_fetched": out1["pages_fetched"],
                     "articles_new_first": out1["articles_new"], "articles_new_second": out2["articles_new"]}
    med = statistics.median
    print(json.dumps({
        "first_refresh_s": round(med(first), 2),
        "second_refresh_same_day_s": round(med(second), 2),
        "next_day_refresh_s": round(med(next_day), 2),
        "second_vs_first_ratio": round(med(second) / med(first), 3),
        "repeat": args.repeat, **sizes,
    }, indent=1))


if __name__ == "__main__":
    main()
