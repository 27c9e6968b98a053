"""Run one crawl in its own process (Twisted's reactor cannot restart in-process).

    python -m spiders.run --warc OUT.warc.gz --stats OUT.stats.json [--offline [--archive DIR]]
                          [--sources FILE] [--only a,b] [--seen FILE] [--state FILE]
                          [--min-date YYYY-MM-DD] [--jobdir DIR] [--set KEY=VALUE ...]

``--offline`` starts the archive server (the bundled archive, or ``--archive``)
on 127.0.0.1 and routes the crawl through it.  ``--seen`` lists canonical
URLs of articles fetched before (never fetched again).  ``--state`` is a small
JSON file the crawl reads and, when it finishes or stops at its time limit, rewrites: entry-point
validators (ETag / Last-Modified, sent as conditional requests) and articles
that failed transiently (retried by the next runs).  ``--jobdir`` keeps this
crawl's frontier, flushed line by line, so a crawl killed half-way (even with
SIGKILL) resumes without losing or refetching articles; the caller removes it
after a crawl that finished.  Exit code 0 when the crawl finished, 1
otherwise, 2 on a bad sources file.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import signal
import sys
from pathlib import Path

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from spiders import settings as default_settings
from spiders.archive_server import ArchiveServer, WebArchive
from spiders.identity import crawl_contact, request_headers
from spiders.limits import time_limits
from spiders.middlewares import ARCHIVE_ERROR_STAT, OutOfFilesWatch
from spiders.news import NewsSpider
from spiders.sources import SourceConfigError, load_sources


def build_settings(args) -> Settings:
    settings = Settings()
    settings.setmodule(default_settings, priority="project")
    settings.set("ZGC_WARC_PATH", str(args.warc))
    settings.set("LOG_LEVEL", args.log_level)
    # who is asking, with the operator's contact (a bad $ZGC_CRAWL_CONTACT raises ValueError, naming it)
    identity = request_headers(crawl_contact())
    settings.set("USER_AGENT", identity.pop("User-Agent"))
    if identity:
        settings.set("DEFAULT_REQUEST_HEADERS", {**settings.getdict("DEFAULT_REQUEST_HEADERS"), **identity})
    if args.offline:
        # the archive is local: no politeness delay needed, keep the rest
        settings.set("DOWNLOAD_DELAY", 0)
        settings.set("AUTOTHROTTLE_ENABLED", False)
        settings.set("CONCURRENT_REQUESTS_PER_DOMAIN", 8)
        settings.set("ZGC_SOURCE_DELAYS", False)
        settings.set("ZGC_OFFLINE", True)
    for key, seconds in time_limits().items():
        settings.set(key, seconds)
    for item in args.set or []:
        key, _, value = item.partition("=")
        settings.set(key, value)
    return settings


PARENT_ENV = "ZGC_CRAWL_PARENT_PID"  # set by the pipeline: the process this crawl must not outlive


def die_with_parent() -> bool:
    """A crawl started by a refresh stops (SIGTERM: Scrapy closes the WARC and keeps its job state) when the
    refresh process goes away, whatever killed it (SIGKILL of the main PID by cron or systemd included), so that
    the next refresh never finds a stray crawl still writing.  Linux only (prctl); False when it cannot be set."""
    parent = os.environ.get(PARENT_ENV)
    if not parent or not sys.platform.startswith("linux"):
        return False
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(1, int(signal.SIGTERM), 0, 0, 0) != 0:  # PR_SET_PDEATHSIG
            return False
    except (OSError, AttributeError):
        return False
    if os.getppid() != int(parent):  # the parent died before the call above: nobody is left to signal us
        os.kill(os.getpid(), signal.SIGTERM)
    _kill_when_orphaned_too_long(int(parent))
    return True


ORPHAN_GRACE = 15.0  # seconds a crawl whose refresh died has to close down before it is killed outright


def _kill_when_orphaned_too_long(parent: int, grace: float = ORPHAN_GRACE) -> None:
    """Scrapy's graceful stop on SIGTERM waits for the requests in flight, up to the download timeout (a hanging site
    kept an orphaned crawl writing for minutes, beside the next refresh's crawl): once the refresh is gone, the crawl
    gets *grace* seconds, then SIGKILL.  Its frontier and archive are made to survive that (the next run resumes)."""
    import threading
    import time

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        time.sleep(grace)
        os.kill(os.getpid(), signal.SIGKILL)

    threading.Thread(target=watch, name="orphan-watch", daemon=True).start()


def main(argv: list[str] | None = None) -> int:
    die_with_parent()
    p = argparse.ArgumentParser(prog="python -m spiders.run")
    p.add_argument("--warc", type=Path, required=True)
    p.add_argument("--stats", type=Path, required=True)
    p.add_argument("--offline", action="store_true")
    p.add_argument("--archive", type=Path, help="archive folder (default: the bundled one)")
    p.add_argument("--sources")
    p.add_argument("--only")
    p.add_argument("--seen", help="canonical URLs of articles already fetched, one a line")
    p.add_argument("--recheck", help="stored articles to ask for again (corrections, withdrawals): source<TAB>url "
                                     "a line")
    p.add_argument("--state", type=Path, help="JSON crawl state kept across runs (validators, retries)")
    p.add_argument("--min-date")
    p.add_argument("--jobdir", type=Path, help="resume state of this crawl (survives SIGKILL)")
    p.add_argument("--log-level", default="INFO")
    p.add_argument("--set", action="append", help="extra Scrapy setting KEY=VALUE")
    args = p.parse_args(argv)
    logging.basicConfig(level=args.log_level, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    try:
        load_sources(args.sources)
    except SourceConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2

    try:
        settings = build_settings(args)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    server = ArchiveServer(WebArchive(args.archive) if args.archive else None) if args.offline else contextlib.nullcontext()
    with server:
        if args.offline:
            settings.set("ZGC_ARCHIVE_PROXY", server.proxy_url)
        process = CrawlerProcess(settings)
        crawler = process.create_crawler(NewsSpider)
        # any "Too many open files" in the crawl, wherever it is raised, stops it (finish reason out_of_files)
        logging.getLogger().addHandler(OutOfFilesWatch(crawler))
        process.crawl(crawler, sources_file=args.sources, only=args.only, seen_file=args.seen, recheck_file=args.recheck,
                      min_date=args.min_date, stats_file=str(args.stats),
                      state_file=str(args.state) if args.state else None,
                      job_dir=str(args.jobdir) if args.jobdir else None)
        process.start()
    stats = crawler.stats.get_stats() if crawler.stats else {}
    reason = stats.get("finish_reason")
    summary = {
        "finish_reason": reason,
        "requests": stats.get("downloader/request_count", 0),
        "responses": stats.get("downloader/response_count", 0),
        "items": stats.get("item_scraped_count", 0),
    }
    if archive_error := stats.get(ARCHIVE_ERROR_STAT):
        # the crawl's cause, last of its error lines (what the refresh quotes): a stats file or state that could not be
        # written after it (the same full disk) says less
        print(f"error: {archive_error}; the pages not archived are fetched again by the next run", file=sys.stderr)
    print(json.dumps(summary))
    # a crawl that ran into CLOSESPIDER_TIMEOUT (a site trickling its pages a byte at a time) ends with what it
    # fetched: the refresh goes on with it, and the next run asks again for what was left
    return 0 if reason in ("finished", "closespider_timeout") else 1


if __name__ == "__main__":
    sys.exit(main())
