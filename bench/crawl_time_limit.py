"""How far past its time limit (CLOSESPIDER_TIMEOUT) a crawl runs against a site that trickles its pages.

Scrapy's time limit closes the spider gracefully: it stops taking requests from the scheduler, then waits for every
request its downloader holds (up to CONCURRENT_REQUESTS, queued in the per-host slots behind the politeness delay)
to end, each after up to DOWNLOAD_TIMEOUT.  A site that sends its pages a byte at a time holds each of them that long.
This runs ``python -m spiders.run`` with the project's settings (concurrency, delays, AutoThrottle, retries) against
a local site of 40 such articles, with the time limit and the download timeout scaled down (``--limit``,
``--download-timeout``), twice in the same run: the baseline without the hard stop (``ZGC_CLOSESPIDER_GRACE=0``) and
the project's crawl with it (``--grace`` seconds after the limit).  Prints JSON: for each, the seconds the crawl
process ran past its limit, its finish reason and exit code, the articles archived, and the pages its resume log
left unfinished.  The project's own figures (a 2-hour limit, 30 s downloads) scale with ``--download-timeout``:
the baseline's overrun is a number of download timeouts, the hard stop's the grace.

Run: ``python bench/crawl_time_limit.py`` (about a minute), or with ``--download-timeout 30`` for the project's
own timeout (several minutes).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from spiders.frontier import Frontier  # noqa: E402
from tests.faultserver import PROJECT_ROOT, FaultServer, crawl_env, read_warc, write_sources  # noqa: E402


def crawl(out: Path, sources: Path, settings: dict[str, str]) -> dict:
    cmd = [sys.executable, "-m", "spiders.run", "--warc", str(out / "run.warc.gz"), "--stats",
           str(out / "run.stats.json"), "--sources", str(sources), "--jobdir", str(out / "job"), "--log-level", "INFO"]
    for k, v in settings.items():
        cmd += ["--set", f"{k}={v}"]
    started = time.monotonic()
    proc = subprocess.run(cmd, cwd=PROJECT_ROOT, env=crawl_env(), capture_output=True, text=True, timeout=3600)
    elapsed = time.monotonic() - started
    warc = out / "run.warc.gz"
    stats = json.loads((out / "run.stats.json").read_text(encoding="utf-8")) if (out / "run.stats.json").exists() else {}
    crawl_s = next((float(line.split(":")[1].strip().rstrip(",")) for line in proc.stderr.splitlines()
                    if "'elapsed_time_seconds'" in line), None)   # (Scrapy's own clock, from the spider's opening)
    return {
        "seconds": round(elapsed, 1),
        "past_limit_s": round(elapsed - float(settings["CLOSESPIDER_TIMEOUT"]), 1),   # (with the process start-up)
        "crawl_past_limit_s": round(crawl_s - float(settings["CLOSESPIDER_TIMEOUT"]), 1) if crawl_s else None,
        "exit": proc.returncode,
        "finish_reason": stats.get("finish_reason"),
        "articles_archived": sum(r.kind == "article" for r in read_warc(warc)) if warc.exists() else 0,
        "pages_unfinished": len(Frontier.pending_lines(out / "job")),
    }


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--limit", type=float, default=3.0, help="CLOSESPIDER_TIMEOUT, seconds")
    p.add_argument("--download-timeout", type=float, default=5.0, help="DOWNLOAD_TIMEOUT, seconds")
    p.add_argument("--grace", type=float, default=2.0, help="ZGC_CLOSESPIDER_GRACE, seconds")
    args = p.parse_args()
    common = {"CLOSESPIDER_TIMEOUT": str(args.limit), "DOWNLOAD_TIMEOUT": str(args.download_timeout)}
    result = {"limit_s": args.limit, "download_timeout_s": args.download_timeout, "grace_s": args.grace}
    with FaultServer() as srv, tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for name, grace in (("baseline_no_hard_stop", 0), ("hard_stop", args.grace)):
            # (a listing of its own each time: the site's articles are new to each crawl)
            sources = write_sources(root / f"{name}.toml", {"slow": [srv.url(f"/list/{name}?n=40&art=trickle")]})
            result[name] = crawl(root / name, sources, {**common, "ZGC_CLOSESPIDER_GRACE": str(grace)})
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
