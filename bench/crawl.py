"""Crawl benchmark: throughput, incremental re-crawl, and the fault suite's figures.

Prints one JSON document:

* ``offline``: pages/s of an offline crawl (archive proxy on 127.0.0.1) of the
  bundled archive (``spiders/archive``) and of a generated ~200-page archive,
  each against a baseline in the same run: the same spider with Scrapy's own
  downloader and middlewares only (no WARC writing, no retry waits; the
  archive routing is kept, the crawl cannot run without it);
* ``incremental``: wall time of a second crawl of the generated archive when
  nothing is new (``--seen`` built from the first run's WARC), against the first;
* ``faults``: fault kinds exercised by the fault-server crawl, their per-kind
  counters, and articles lost / duplicated after a crawl killed with SIGKILL
  and resumed (counted after dedupe by canonical URL, as the warehouse does).

Run: ``python bench/crawl.py`` (about 20 s).  Times include the crawl
process's start-up (~1 s), as a scheduled crawl pays it too; ``pages_per_s``
is from Scrapy's own elapsed time, without the start-up.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.faultserver import (  # noqa: E402
    PROJECT_ROOT,
    FaultServer,
    crawl_command,
    crawl_env,
    index_warcs,
    run_crawl,
    write_sources,
)
from tests.test_crawl import _archive_sources, build_archive  # noqa: E402

BASELINE = {
    "DOWNLOADER": "scrapy.core.downloader.Downloader",
    "DOWNLOADER_MIDDLEWARES": json.dumps({"spiders.middlewares.ArchiveProxyMiddleware": 50}),
}
FAULTS = ["ok", "private", "flaky", "down", "hang", "reset", "ratelimit", "busydate", "big", "stream",
          "bomb", "truncated", "gbk", "badcharset", "loop", "cycle", "notfound"]


def _scrapy_elapsed(output: str) -> float | None:
    for line in output.splitlines():
        if "'elapsed_time_seconds'" in line:
            return float(line.split(":")[1].strip().rstrip(","))
    return None


def _timed(out: Path, name: str, **kw) -> dict:
    t0 = time.monotonic()
    res = run_crawl(out, name=name, **kw)
    wall = time.monotonic() - t0
    pages = sum(v for c in res.stats.get("sources", {}).values() for k, v in c.items() if k.startswith("status_"))
    elapsed = _scrapy_elapsed(res.output)
    return {"exit": res.returncode, "pages": pages, "articles": len(res.urls()), "wall_s": round(wall, 2),
            "crawl_s": elapsed, "pages_per_s": round(pages / elapsed, 1) if elapsed else None}


def offline(tmp: Path) -> dict:
    out = {}
    bundled = ROOT / "spiders" / "archive"
    if (bundled / "manifest.json").exists():
        common = dict(sources=ROOT / "spiders" / "sources.toml", extra=["--offline"],
                      settings={"LOG_LEVEL": "INFO"})
        n = len(json.loads((bundled / "manifest.json").read_text(encoding="utf-8")))
        out["bundled_archive"] = {
            "manifest_entries": n,
            "project": _timed(tmp / "bundled", "project", **common),
            "baseline_plain_scrapy": _timed(tmp / "bundled", "baseline",
                                            **{**common, "settings": {**common["settings"], **BASELINE}}),
        }
    gen = tmp / "gen"
    build_archive(gen / "archive", pages=4, per_page=49)   # 4 listings + 196 articles
    sources = _archive_sources(gen / "sources.toml")
    extra = ["--offline", "--archive", str(gen / "archive")]
    out["generated_200_pages"] = {
        "project": _timed(gen, "project", sources=sources, extra=extra),
        "baseline_plain_scrapy": _timed(gen, "baseline", sources=sources, extra=extra, settings=BASELINE),
    }
    return out


def incremental(tmp: Path) -> dict:
    gen = tmp / "gen"
    rows, distinct, seen = index_warcs(tmp, [gen / "project.warc.gz"])
    seen_file = gen / "seen.txt"
    seen_file.write_text("\n".join(seen), encoding="utf-8")
    sources = gen / "sources.toml"
    extra = ["--offline", "--archive", str(gen / "archive")]
    second = _timed(gen, "second", sources=sources, extra=extra + ["--seen", str(seen_file)])
    first = _timed(gen, "first_again", sources=sources, extra=extra)
    return {"seen_urls": len(seen), "first_crawl_wall_s": first["wall_s"], "first_crawl_pages": first["pages"],
            "nothing_new_wall_s": second["wall_s"], "nothing_new_pages": second["pages"],
            "nothing_new_articles_fetched": second["articles"]}


def faults(tmp: Path) -> dict:
    with FaultServer() as srv:
        entries = {f"f_{f}": [srv.url(f"/list/f_{f}?n=2&art={f}")] for f in FAULTS}
        entries["trap"] = [srv.url("/trap/0")]
        entries["many"] = [srv.url("/list/many?n=60&art=ok")]
        sources = write_sources(tmp / "faults.toml", entries)
        t0 = time.monotonic()
        res = run_crawl(tmp / "faults", sources=sources, settings={"ZGC_MAX_REQUESTS_PER_SOURCE": "30"},
                        extra=["--state", str(tmp / "faults" / "state.json")])
        wall = time.monotonic() - t0
        kinds: dict[str, int] = {}
        for c in res.stats["sources"].values():
            for k, v in c.items():
                if k.startswith(("error_", "robots_", "depth_", "capped")) or (
                        k.startswith("status_") and not k.startswith("status_2")):
                    kinds[k] = kinds.get(k, 0) + v
        killed = sigkill_resume(srv, tmp / "kill")
    return {"fault_endpoints": len(FAULTS) + 2, "finish_reason": res.stats.get("finish_reason"),
            "crawl_wall_s": round(wall, 2), "counted_kinds": dict(sorted(kinds.items())),
            "retried_next_run": len(json.loads((tmp / "faults" / "state.json").read_text())["retry"]),
            "sigkill": killed}


def sigkill_resume(srv: FaultServer, tmp: Path, n: int = 20) -> dict:
    tmp.mkdir(parents=True)
    sources = write_sources(tmp / "s.toml", {"slow": [srv.url(f"/list/slow?n={n}&pages=2&art=slow")]})
    settings = {"CONCURRENT_REQUESTS_PER_DOMAIN": "4"}
    cmd = crawl_command(tmp, sources=sources, name="killed", settings=settings, extra=["--jobdir", str(tmp / "job")])
    proc = subprocess.Popen(cmd, cwd=PROJECT_ROOT, env=crawl_env(), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 20
    while len(srv.requests_to("/art/slow/")) < 10 and time.monotonic() < deadline:
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    rows1, _, seen = index_warcs(tmp, [tmp / "killed.warc.gz"])
    (tmp / "seen.txt").write_text("\n".join(seen), encoding="utf-8")
    run_crawl(tmp, sources=sources, name="resumed", settings=settings,
              extra=["--jobdir", str(tmp / "job"), "--seen", str(tmp / "seen.txt")])
    rows, distinct, _ = index_warcs(tmp, [tmp / "killed.warc.gz", tmp / "resumed.warc.gz"])
    return {"articles": 2 * n, "archived_before_kill": rows1, "lost": 2 * n - distinct,
            "duplicates": rows - distinct}


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="zgc-bench-crawl-") as d:
        tmp = Path(d)
        report = {"offline": offline(tmp)}
        report["incremental"] = incremental(tmp)
        report["faults"] = faults(tmp)
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
