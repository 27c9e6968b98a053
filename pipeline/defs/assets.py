"""One asset per stage, partitioned by day (Asia/Shanghai).

raw_pages -> articles -> article_labels -> source_health -> warehouse_snapshot -> daily_digest

Every asset writes the private working database under the writer lock and
reports its counts as metadata; ``warehouse_snapshot`` publishes the copy
analysts query; ``daily_digest`` renders from that snapshot.  Re-running a
partition is safe: the crawl skips pages already fetched, loads are keyed by
canonical URL, and labels are replaced per article.
"""


import collections
import contextlib
import errno
import json
import logging
import os
import re
import shutil
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Callable

import duckdb
from dagster import AssetExecutionContext, Failure, MaterializeResult, MetadataValue, asset

from pipeline import warehouse as wh
from pipeline.defs.partitions import daily, outside_partitions
from pipeline.defs.resources import CrawlerResource, WarehouseResource
from pipeline.defs.runs import mark_process
from pipeline.digest import digest_caps, digest_words
from pipeline.mail import day_record, mail_settings, resend_hint
from pipeline.metadata import beijing_today, is_backfill
from pipeline.models import NOT_FOUND_RE, ExtractionError
from pipeline.taxonomy import load_taxonomy
from spiders.limits import OUT_OF_FILES, names_out_of_files

GROUP = "zgc_monitor"


def _day(context: AssetExecutionContext) -> date:
    """The run's day, which must be one of the daily partitions (a run launched with a partition tag of its own
    making, or none at all, is refused with what to do instead)."""
    if not context.has_partition_key:
        raise Failure("these assets materialise one day: pick a partition (UI), or pass --partition YYYY-MM-DD "
                      "(dagster asset materialize) or --tags '{\"dagster/partition\": \"YYYY-MM-DD\"}' (dagster job)")
    key = context.partition_key
    if span := outside_partitions(key):
        raise Failure(f"partition {key!r} is not a day of the daily partitions ({span})")
    return date.fromisoformat(key)


def _require_crawl(con, day: date, what: str) -> None:
    """Refuse to build ``what`` for a day no crawl has finished for: its figures would read as a quiet day."""
    state, _ = wh.day_refreshed(con, day)
    if state == "never":
        raise Failure(f"no crawl has run for {day.isoformat()}: materialise raw_pages for that day first (or the "
                      f"whole daily_refresh job); {what} for a day nothing looked at would read as a quiet day")
    if state == "unfinished":
        raise Failure(f"the crawl of {day.isoformat()} did not finish (interrupted or failed): materialise raw_pages "
                      f"for that day again (or the whole daily_refresh job); {what} for a day half looked at would "
                      "read as a quiet day")


CRAWL_LOCK_WAIT = 3 * 3600.0  # seconds a run waits for another run's crawl before it fails
RECHECK_DAYS = 2   # a crawl asks again for the articles first seen on the two days before its own (ZGC_RECHECK_DAYS)
MAX_RECHECK_DAYS = 30   # (each day of it adds a day's articles to every crawl's requests)
# a crawl resumes what the crawls of this many days before its own left unfinished (the live crawl's window: older
# pages are older than what it asks for); further back, `refresh --date` that day, or `prune`
RESUME_DAYS = 30


@asset(partitions_def=daily, group_name=GROUP, description=(
    "Crawl the declared sources (Scrapy, own process) and keep every response in a WARC file; "
    "index the records in raw_pages. Pages fetched before are not fetched again; a killed crawl resumes."))
def raw_pages(context: AssetExecutionContext, warehouse: WarehouseResource, crawler: CrawlerResource) -> MaterializeResult:
    from spiders.frontier import Frontier, take_over_frontiers

    mark_process(context, warehouse)
    day = _day(context)
    store = warehouse.get()
    mode = crawler.resolved_mode()
    day_dir = store.raw_dir / day.isoformat()
    jobdir = store.state_dir / "crawl" / day.isoformat() / "job"
    # one crawl at a time, from the recovery of an earlier one to the index of this one: a second run (two
    # `dagster asset materialize`, or one beside `zgc-monitor refresh`) would otherwise mark a running crawl
    # interrupted, index its WARC while it is written and share its job directory; it waits its turn instead
    with wh.file_lock(store.state_dir / "crawl.lock", wait=CRAWL_LOCK_WAIT, what="the crawler",
                      on_wait=context.log.warning) as crawl_lock:
        with store.writer() as con:
            store.check_not_rewound(con)
            # a taxonomy that cannot label this warehouse is refused before the crawl, not at the labelling step
            # after it (a Dagster run, a backfill, a first refresh all start here)
            tax = load_taxonomy()
            wh.check_taxonomy(con, tax.version, tax.sha256, tax.path)
            # an earlier crawl that died: keep what it archived before resuming
            recovered = 0
            for run_id, run_day, warc_file in wh.unfinished_runs(con):
                path = store.root / warc_file
                if path.exists():
                    recovered += wh.index_warc(con, store.root, path, day=run_day, run_id=run_id)
                wh.finish_run(con, run_id, "interrupted")
            seen = wh.seen_urls(con, day)
            # a live backfill reads the sites as they are now: a correction or a deletion it found would be dated to
            # the past day it fills (a revision history running backwards), so it asks no stored article again
            backfill = mode == "live" and is_backfill(day)
            days = recheck_days()   # (a mistyped ZGC_RECHECK_DAYS is refused on a backfill too)
            recheck = [] if backfill else wh.recheck_urls(con, day, days)
            # (a digest language, caps or mail settings the last step would refuse: refused before the crawl)
            digest_words()
            digest_caps()
            mail_settings()
            run_id = f"{day.isoformat()}T{datetime.now(timezone.utc):%H%M%S%f}"
            warc = day_dir / f"{run_id}.warc.gz"
            day_dir.mkdir(parents=True, exist_ok=True)   # (after the checks: a refused run leaves no folder)
            wh.start_run(con, run_id=run_id, day=day, mode=mode, warc_file=str(warc.relative_to(store.root)))
            wh.take_over_unfinished_runs(con, run_id)  # (their articles count in this run's source_health)
        if recovered:
            context.log.info(f"recovered {recovered} pages from an interrupted crawl")

        seen_file = store.state_dir / "seen_urls.txt"
        recheck_file = store.state_dir / "recheck_urls.tsv"
        for path, text in ((seen_file, "\n".join(seen)), (recheck_file, "".join(f"{s}\t{u}\n" for s, u in recheck))):
            try:
                path.write_text(text, encoding="utf-8")
            except OSError as exc:   # (a full disk before the crawl said only "[Errno 28] No space left on device")
                room = "; the disk is full: make room, then run the refresh again" if exc.errno == errno.ENOSPC else ""
                raise OSError(exc.errno, f"{exc.strerror} (writing the crawl's list of pages for it{room})",
                              str(path)) from None
        # what the crawls of the days before left unfinished (a full disk, a kill, the time limit), resumed by this
        # one: a scheduler's daily refresh never runs `--date` the day that failed.  Not by a live backfill, which
        # files what it fetches under a past day; the next ordinary refresh takes them
        # (counted as the crawl asks for them: its own sources' pages, not those stored since; the day's own folder's
        # too, under its own day: a cron log shows the `pages_left` of a run cut short dealt with by the next)
        own, others = _sources_asked(crawler)   # (read once: the pages kept after the crawl are decided by it too)
        asked = _asked_from_resume_log(own, seen)
        resumed: dict[str, int] = {}
        if same_day := sum(map(asked, Frontier.pending_lines(jobdir))):
            resumed[day.isoformat()] = same_day
        if not backfill:
            try:
                resumed = {**take_over_frontiers(store.state_dir / "crawl", day, RESUME_DAYS, asked), **resumed}
            except OSError as exc:
                room = "; the disk is full: make room, then run the refresh again" if exc.errno == errno.ENOSPC else ""
                raise OSError(exc.errno, f"{exc.strerror} (taking over the earlier days' unfinished crawls{room})",
                              exc.filename) from None
        for earlier, pages in resumed.items():
            context.log.info(f"resuming {pages} page(s) the crawl of {earlier} left unfinished")
        stats_file = day_dir / f"{run_id}.stats.json"
        min_date = None
        if mode == "live" and crawler.window_days > 0:
            min_date = (day - timedelta(days=crawler.window_days)).isoformat()

        errors: list[str] = []  # the crawl's own error lines, quoted if it fails
        tail = _OutputTail()    # its last lines and its last traceback, for a crawl that dies before it logs
        out_of_files: list[str] = []   # its lines that ran into its open-files limit (EMFILE)

        def on_line(line: str) -> None:
            tail.add(line)
            if names_out_of_files(line) and (not out_of_files or _STOPPED_OUT_OF_FILES in line and not any(
                    _STOPPED_OUT_OF_FILES in seen for seen in out_of_files)):
                out_of_files.append(line)   # the first, and the crawl's own line that names the error and where
            if line.startswith("error: ") or " ERROR " in line or " CRITICAL " in line:
                errors.append(line)
                tail.error_at = tail.count
            # the crawl's own log lines, at their own level (a cron job run with -q keeps the warnings), but for one
            # page that failed (a dead link, a 503 after its retries): no one acts on it, and a source whose pages
            # fail is flagged by the sources_healthy check and the digest footer (shown at INFO, so not with -q)
            if _PAGE_FAILED.search(line):
                context.log.info(line)
            elif " ERROR " in line or " CRITICAL " in line:
                context.log.error(line)
            elif " WARNING " in line:
                context.log.warning(line)
            elif " scrapy.extensions.logstats INFO " in line or line.startswith('{"finish_reason"'):
                context.log.info(line)
            elif " spiders." in line and " INFO " in line:   # robots refusals, pages not in the offline archive: -v
                context.log.debug(line)

        today = beijing_today()
        if backfill:
            # a backfill: the sites are read as they are now, not as they were on that day
            context.log.warning(f"a live crawl for {day} on {today} (Beijing): the pages it fetches now are filed "
                                f"under {day} (first seen that day), whenever they were published; stored articles "
                                "are not asked again (what changed since would be dated to that day)")
        context.log.info(f"crawling ({mode}) into {warc}")
        code = crawler.crawl(warc=warc, stats=stats_file, seen=seen_file, jobdir=jobdir,
                             state=store.state_dir / "crawl_state.json", min_date=min_date, on_line=on_line,
                             recheck=recheck_file,
                             # the crawl holds the lock too: a run terminated from Dagster's UI leaves its crawl
                             # running a few seconds, and the next run must not resume the crawl folder beside it
                             keep_fds=(crawl_lock.fileno(),))

        stats = _crawl_stats(stats_file)
        silent = _no_source_answered(stats) if code == 0 else None
        with store.writer() as con:
            new_records = wh.index_warc(con, store.root, warc, day=day, run_id=run_id) if warc.exists() else 0
            wh.finish_run(con, run_id, "failed (too many open files)" if out_of_files else
                          # (a crawl cut short at its time limit is told from a complete one)
                          wh.TIME_LIMITED if code == 0 and not silent and stats.get("finish_reason") ==
                          "closespider_timeout" else
                          "finished" if code == 0 and not silent else
                          f"failed (exit {code})" if code else "failed (no source answered)")
            withdrawals = wh.record_withdrawals(con, dict(stats.get("rechecks") or {}), day)
            earlier, _ = wh.day_refreshed(con, day) if silent else (None, None)
            fetched, article_pages = con.execute(
                "SELECT count(*), count(*) FILTER (WHERE kind = 'article' AND status BETWEEN 200 AND 299) "
                "FROM raw_pages WHERE run_id = ?", [run_id]).fetchone()
        if out_of_files:
            # requests, robots.txt files, the archive failing for want of file descriptors: not the sites' failures
            # (read as sources that did not answer); the run fails, the resume folder stays
            said = next((line for line in out_of_files if _STOPPED_OUT_OF_FILES in line), out_of_files[0])
            said = said.split(" ERROR ", 1)[-1].strip()[:400]   # (Scrapy's own line said only "Error calling the ...")
            raise OSError(errno.EMFILE, f"the crawl ran out of file descriptors ({OUT_OF_FILES}); {new_records} "
                                        f"responses were archived and the next run resumes from {jobdir} (the "
                                        f"crawl said: {said})")
        if code != 0:
            if tail.lines:
                context.log.debug("the crawl's last lines:\n" + "\n".join(tail.lines))
            # the traceback the crawl died of when it came after its last error line (an ImportError at its start,
            # or the traceback under a CRITICAL line whose own message is empty), else that error line
            last = tail.raised if tail.raised and tail.raised_at > tail.error_at else errors[-1] if errors else ""
            said = f" ({last.removeprefix('error: ')[:300]})" if last else ""
            raise RuntimeError(f"{_crawl_ended(code)}{said}; {new_records} responses were archived and "
                               f"the next run resumes from {jobdir}")
        # stopped at its time limit, what it had found and not fetched is left for the next refresh (this day's, or
        # the next day's, which takes it over); finished, the next run starts afresh, but for the pages of the sources
        # the crawl did not ask (`--only`, a disabled source), which the folder keeps for the next crawl of theirs
        if stats.get("finish_reason") != "finished":
            left = len(Frontier.pending_lines(jobdir))
            if left:
                context.log.warning(f"the crawl stopped at its time limit with {left} page(s) found and not fetched: "
                                    f"the next refresh asks for them ({jobdir})")
        else:
            left = _keep_pages_of_sources_not_crawled(context, jobdir, others, set(stats.get("not_looked_up") or ()))
        if not left:
            shutil.rmtree(jobdir, ignore_errors=True)
        if silent:
            # our own network, DNS or proxy, not the sites: the day is left unknown (not a day of no coverage, which
            # would read as "falling" in every trend for two weeks) and the run fails, for the scheduler to see
            sources, requests = silent
            then = (f"{day} keeps what its earlier refresh published" if earlier == "refreshed" else
                    f"{day} stays unknown until a refresh gets through")
            raise RuntimeError(f"no source answered: all {requests} requests to the {sources} sources failed "
                               "(connection refused, timed out, a server error, or refused with 403 or 451 as a "
                               f"proxy, a firewall or the sites' own blocking answer); nothing is published and {then}")
        return MaterializeResult(metadata={
            "run_id": run_id, "mode": mode, "pages_fetched": fetched, "pages_new": article_pages,
            "recovered_pages": recovered, "pages_resumed": MetadataValue.json(resumed), "pages_left": left,
            "warc": MetadataValue.path(str(warc)),
            "rechecked": len(recheck), "withdrawn": withdrawals["withdrawn"], "returned": withdrawals["returned"],
        })


def _keep_pages_of_sources_not_crawled(context: AssetExecutionContext, jobdir: Path, others: set[str] | None,
                                       not_looked_up: set[str] = frozenset()) -> int:
    """After a crawl that finished: rewrite its frontier with only the pending pages of the sources of the registry
    it did not ask (*others*: not named by ``--only``, or disabled; read before the crawl, as the spider read them),
    and of the pages an offline crawl resumed and could not look up in its archive (*not_looked_up*: a live crawl's
    work, which an offline refresh, a Dagster run by default, threw away), and count them.

    The crawl asks only for its own sources' pages in its frontier, which may hold the others' too: taken over from
    an earlier day's crawl, or left by this day's stopped halfway.  The folder was removed with them after a crawl
    of some sources, so no later refresh asked for them.  Those of a source gone from the sources file go, as its
    crawl state does.  A sources file that could not be read (*others* None), or a log that cannot be rewritten (a
    full disk), leaves every pending page: the next crawl asks for them again, its own ones too (the pages stored
    since are not fetched twice)."""
    from spiders.frontier import Frontier

    try:
        if others is None:
            raise ValueError("the sources file could not be read")
        left = Frontier.keep_sources(jobdir, others, not_looked_up)
    except (ValueError, OSError) as exc:
        left = len(Frontier.pending_lines(jobdir))
        if left:
            context.log.warning(f"the crawl's resume log {jobdir / 'frontier.log'} keeps all its {left} page(s) not "
                                f"fetched, its own sources' too ({exc}): the next refresh asks for them again")
        return left
    if not_looked_up:
        context.log.info(f"{len(not_looked_up)} page(s) a live crawl left are not in the offline archive: kept for "
                         f"the next live refresh ({jobdir})")
    if left - len(not_looked_up) > 0:
        names = ", ".join(sorted({line.split("\t")[1] for line in Frontier.pending_lines(jobdir)
                                  if line.split("\t")[1] in others}))
        context.log.info(f"{left} page(s) earlier crawls found and did not fetch are of source(s) this crawl did not "
                         f"ask ({names}): kept for the next refresh that crawls them ({jobdir})")
    return left


def _crawl_ended(code: int) -> str:
    """How the crawl process ended, for the refresh's error: its exit code, or the signal that killed it (a negative
    code: "exited with code -9" told an operator nothing of the OOM killer or a kill from outside)."""
    if code >= 0:
        return f"crawl exited with code {code}"
    import signal

    try:
        name = signal.Signals(-code).name
    except ValueError:
        name = f"signal {-code}"
    why = {"SIGKILL": ": killed from outside, by the OOM killer or an operator's kill -9",
           "SIGSEGV": ": it crashed"}.get(name, "")
    return f"crawl was killed by signal {-code} ({name}{why})"


def recheck_days() -> int:
    """``$ZGC_RECHECK_DAYS``: how many days before the crawl's day a stored article's first day may be for the crawl
    to ask for it again (corrections, withdrawals); 0 turns rechecks off."""
    raw = os.environ.get("ZGC_RECHECK_DAYS") or str(RECHECK_DAYS)
    try:
        days = int(raw)
        if not 0 <= days <= MAX_RECHECK_DAYS:
            raise ValueError
    except ValueError:
        raise ValueError(f"ZGC_RECHECK_DAYS must be a whole number of days from 0 to {MAX_RECHECK_DAYS}, not "
                         f"{raw!r}") from None
    return days


class _OutputTail:
    """The last lines a crawl printed (its standard error and output), each cut to ``WIDTH`` characters, and the
    exception line of the last traceback among them (``ImportError: …``): a crawl that dies before its logging is
    set up prints only a traceback, which no log line pattern keeps.  The numbers are line counts, to tell which
    came last: the traceback or the last error line (``error_at``, set by the caller)."""

    LINES, WIDTH = 20, 500

    def __init__(self) -> None:
        self.lines: collections.deque[str] = collections.deque(maxlen=self.LINES)
        self.count = self.raised_at = self.error_at = 0
        self.raised: str | None = None
        self._in_traceback = False

    def add(self, line: str) -> None:
        self.count += 1
        self.lines.append(line if len(line) <= self.WIDTH else line[:self.WIDTH] + "…")
        if line.startswith("Traceback (most recent call last):"):
            self._in_traceback = True
        elif (self._in_traceback and line.strip() and not line[0].isspace()
              and not line.startswith("--- <exception caught here> ---")):   # (Twisted's failures print that)
            self.raised, self.raised_at, self._in_traceback = line[:self.WIDTH], self.count, False


_STOPPED_OUT_OF_FILES = "the crawl ran out of file descriptors ("   # the crawl's line when it stops for it

_PAGE_FAILED = re.compile(r" spiders\.news WARNING fetch failed for | scrapy\.downloadermiddlewares\.retry ERROR Gave up "
                          r"retrying ")


# what a site says itself, so it was reached: a page, a redirect, a client error (a 404 entry point is the source's
# fault, not this machine's network), a robots.txt that refused a page; a 5xx, a 403, a 407 or a 451 may be our own
# proxy's or firewall's answer (every site answering 403 is a block, not a day without coverage)
_ANSWERED = re.compile(r"status_[23]\d\d|status_4(?!03|07|51)\d\d|robots_forbidden|not_archived|scheme_refused|"
                       r"(offsite|duplicate|section)_redirect")


def _crawl_stats(stats_file: Path) -> dict:
    """The crawl's stats file, read once ({} if it has none, or none that can be read): its ``finish_reason``
    ("finished", "closespider_timeout"), ``sources`` (each source's counts), ``rechecks`` (what each stored article
    asked for again answered) and ``not_looked_up`` (the canonical URLs of the resume log's pages an offline crawl
    could not look up in its archive, left pending for a live crawl)."""
    try:
        stats = json.loads(stats_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return stats if isinstance(stats, dict) else {}


def _no_source_answered(stats: dict) -> tuple[int, int] | None:
    """(sources, requests) when a crawl made requests and not one site answered (only refused connections, time-outs,
    DNS failures, 5xx, 403, 407 or 451 answers); else None."""
    counts = stats.get("sources") or {}
    if not isinstance(counts, dict):
        return None
    requests = sum(int(c.get("requests", 0)) for c in counts.values())
    answered = sum(int(v) for c in counts.values() for k, v in c.items()
                   if _ANSWERED.fullmatch(k))
    return (len(counts), requests) if requests and not answered else None


def _sources_asked(crawler: CrawlerResource) -> tuple[set[str] | None, set[str] | None]:
    """The names of the sources the crawl asks (as the spider selects them: ``--only``, enabled) and of the registry's
    others, read from the sources file before the crawl; (None, None) when it cannot be read (the crawl fails on it)."""
    from spiders.sources import load_sources, select_sources

    try:
        registry = load_sources(crawler.resolved_sources())
        own = {s.name for s in select_sources(registry, crawler.only)}
    except (ValueError, OSError):   # (SourceConfigError is a ValueError)
        return None, None
    return own, {s.name for s in registry} - own


def _asked_from_resume_log(own: set[str] | None, seen: list[str]) -> Callable[[str], bool]:
    """A test of a pending line of a resume log: will this crawl ask for its page (a page of its sources *own*, not
    stored yet)?  ``pages_resumed`` counted every page taken over, the other sources' under ``--only`` too, which the
    crawl did not ask for.  *own* None (a sources file that cannot be read): every source's."""
    from pipeline.urls import canonical_url, fold_canonical
    from spiders.frontier import Frontier

    stored = {fold_canonical(url) for url in seen}

    def asked(line: str) -> bool:
        return (own is None or line.split("\t")[1] in own) and canonical_url(Frontier.line_url(line)) not in stored
    return asked


@asset(partitions_def=daily, group_name=GROUP, deps=[raw_pages], description=(
    "Extract and clean every archived article page not yet processed; first_seen is the partition day, or the "
    "later day of the crawl that fetched the page. "
    "Each new article joins the story it republishes, or starts its own."))
def articles(context: AssetExecutionContext, warehouse: WarehouseResource, crawler: CrawlerResource) -> MaterializeResult:
    from spiders.sources import load_sources

    mark_process(context, warehouse)
    day = _day(context)
    store = warehouse.get()
    sources = {s.name: s for s in load_sources(crawler.resolved_sources())}
    new = failed = 0
    updated: list[str] = []  # stored articles whose text was extracted again: their story is matched again
    refused: list[dict] = []  # pages refused as taken-down pages again (a copy naming one, its text elsewhere)
    with store.writer() as con:
        _require_crawl(con, day, "articles")
        wh.fill_text_keys(con)   # (articles stored before migration 020: looked up by their text below)
        missing: dict[str, int] = {}  # WARC files not there (moved off, a mount away): pages tried again next time
        for page in wh.pending_pages(con):
            if not (store.root / page.warc_file).is_file():
                missing[page.warc_file] = missing.get(page.warc_file, 0) + 1
                continue
            # first seen on this partition's day, never before the day of the crawl that fetched it: a killed
            # crawl's pages extracted by a backfill of an earlier day count on the crawl's day, not the earlier one
            was_refused = len(refused)
            aid, is_new, _ = load_page(con, store, page, sources, max(day, page.day or day), refused)
            failed += aid is None and len(refused) == was_refused
            new += is_new
            if aid is not None and not is_new:
                updated.append(aid)
        revised = replaced = 0
        for page, aid in wh.pending_rechecks(con):   # stored articles asked for again: a correction replaces them
            if not (store.root / page.warc_file).is_file():
                missing[page.warc_file] = missing.get(page.warc_file, 0) + 1
                continue
            art, not_found = _extract_copy(con, store, page, sources.get(page.source or ""))
            siblings = wh.stored_siblings(con, aid, page)   # (before the correction: by the text it replaces)
            outcome = wh.revise_article(con, aid, page, art, max(day, page.day or day), not_found=not_found)
            if outcome == "updated":
                revised += 1
                updated.append(aid)
                # the same article stored under another key (an older session key; an old host's row stored before
                # migration 020) takes the correction too: its stale text, labels and relevance were counted on
                updated += [s for s in siblings if wh.revise_article(con, s, page, art, max(day, page.day or day),
                                                                     sibling=True) == "updated"]
            replaced += outcome == "replaced"
        stories = wh.assign_stories(con, reset=updated)
    purge_refused(store, refused)
    for r in refused:
        context.log.warning(f"{r['url']} refused: {r['why']} ({r['taken_down']}, taken down)"
                            + ("; its archived copy was purged" if r["purged"] else ""))
    for warc_file, pages in missing.items():
        context.log.warning(f"{pages} archived page(s) not extracted: {store.root / warc_file} is missing (moved, "
                            "pruned or on a mount that is away); they are tried again by the next refresh")
    context.log.info(f"{new} new articles, {failed} pages without an article; "
                     f"of {stories['fingerprinted']} fingerprinted, {stories['copies']} were copies and "
                     f"{stories['translations']} translations of a stored story")
    return MaterializeResult(metadata={"articles_new": new, "articles_updated": len(updated),
                                       "articles_revised": revised, "articles_replaced": replaced,
                                       "extraction_errors": failed,
                                       "refused_taken_down": MetadataValue.json(refused),
                                       "pages_archive_missing": sum(missing.values()),
                                       "stories_new": stories["stories"], "republished_copies": stories["copies"],
                                       "translations": stories["translations"]})


_STORE_BATCH = 500  # classifications written to the warehouse at once


@asset(partitions_def=daily, group_name=GROUP, deps=[articles], description=(
    "Judge relevance and label plan tasks (with evidence sentences) for every unclassified article, and "
    "relabel every article when the taxonomy version changes."))
def article_labels(context: AssetExecutionContext, warehouse: WarehouseResource) -> MaterializeResult:
    from pipeline.classify import Classifier

    mark_process(context, warehouse)
    store = warehouse.get()
    clf = Classifier.load()
    with store.writer() as con:
        counts = label_articles(con, clf)
    return MaterializeResult(metadata={**counts, "taxonomy_version": clf.taxonomy.version})


def label_articles(con, clf) -> dict[str, int]:
    """Classify every unlabelled article, and relabel every article an earlier taxonomy version labelled (after
    checking that the taxonomy may label this warehouse: ``wh.use_taxonomy``), so that no view mixes two versions'
    labels. Counts: classified, relevant, relevant_new (among the articles labelled for the first time),
    relabelled, labels."""
    wh.use_taxonomy(con, clf.taxonomy.version, clf.taxonomy.sha256, plan_task_rows(clf), clf.taxonomy.path)
    relevant = relevant_new = relabelled = labels = n = failed = 0
    batch: list = []
    for aid, title, text, before in wh.articles_to_classify(con, version=clf.taxonomy.version):
        try:
            result = clf.classify(text, title=title)
        except Exception:   # noqa: BLE001 -- one article's fault is not the batch's: it stays unlabelled, the
            # articles_classified check names it, and the next refresh tries again
            logging.getLogger(__name__).warning("classifying article %s failed; it stays unlabelled", aid, exc_info=True)
            failed += 1
            continue
        batch.append((aid, result))
        if len(batch) >= _STORE_BATCH:
            wh.store_classifications(con, batch)
            batch.clear()
        n += 1
        relevant += result.relevant
        labels += len(result.labels)
        if before is None:
            relevant_new += result.relevant
        elif before != clf.taxonomy.version:  # an earlier taxonomy version labelled it: relabelled, not new
            relabelled += 1
        # (else a stored article whose corrected text is classified again: neither)
    wh.store_classifications(con, batch)
    return {"classified": n, "relevant": relevant, "relevant_new": relevant_new, "relabelled": relabelled,
            "labels": labels, "failed": failed}


@asset(partitions_def=daily, group_name=GROUP, deps=[article_labels], description=(
    "Per source and crawl run: requests, responses by status, errors, new and relevant articles."))
def source_health(context: AssetExecutionContext, warehouse: WarehouseResource) -> MaterializeResult:
    mark_process(context, warehouse)
    day = _day(context)
    store = warehouse.get()
    day_dir = store.raw_dir / day.isoformat()
    runs = 0
    with store.writer() as con:
        for stats_file in sorted(day_dir.glob("*.stats.json")):
            run_id = stats_file.name.removesuffix(".stats.json")
            data = json.loads(stats_file.read_text(encoding="utf-8"))
            wh.store_source_health(con, run_id=run_id, day=day, stats=data.get("sources", {}))
            runs += 1
        broken = wh.broken_sources(con, day)
    for source, why in broken:
        context.log.warning(f"source {source}: {why}")
    return MaterializeResult(metadata={"runs": runs, "broken_sources": len(broken),
                                       "broken": MetadataValue.json(wh.source_rows(broken))})


@asset(partitions_def=daily, group_name=GROUP, deps=[source_health], description=(
    "Publish the working database as the read-only snapshot analysts query (atomic replace)."))
def warehouse_snapshot(context: AssetExecutionContext, warehouse: WarehouseResource) -> MaterializeResult:
    mark_process(context, warehouse)
    store = warehouse.get()
    path = store.publish()
    con = store.reader()
    try:
        n_articles, n_relevant = con.execute("SELECT count(*), count(*) FILTER (WHERE relevant) FROM articles").fetchone()
        n_trends = con.execute("SELECT count(*) FROM task_trends").fetchone()[0]
    finally:
        con.close()
    return MaterializeResult(metadata={"path": MetadataValue.path(str(path)), "articles": n_articles,
                                       "relevant": n_relevant, "task_trend_rows": n_trends,
                                       "bytes": path.stat().st_size})


@asset(partitions_def=daily, group_name=GROUP, deps=[warehouse_snapshot], description=(
    "The day's digest (Markdown and HTML): relevant articles first seen that day, grouped by plan task."))
def daily_digest(context: AssetExecutionContext, warehouse: WarehouseResource) -> MaterializeResult:
    mark_process(context, warehouse)
    day = _day(context)
    with contextlib.closing(warehouse.get().reader()) as con:
        _require_crawl(con, day, "the digest")
    store = warehouse.get()
    # a day mailed before keeps the files the team got: a refresh in the other language (a shell without cron's
    # ZGC_DIGEST_LANG) writes its own beside them, as `digest` does, where it rewrote the mailed files in place
    paths = write_digest(store, day, keep_other_language=bool(day_record(store.state_dir, day).get("sent")))
    mail = send_digest(store, day, paths)
    if mail.get("error"):   # the team did not get it: said, without undoing the refresh (digest --mail resends)
        sent = mail.get("sent_to") or []
        context.log.warning(f"the digest of {day} was not mailed{' to everyone' if sent else ''}: {mail['error']}; "
                            + resend_hint(day, sent))
    return MaterializeResult(metadata={"markdown": MetadataValue.path(str(paths["markdown"])),
                                       "html": MetadataValue.path(str(paths["html"])),
                                       "relevant": paths["relevant"], "mail": MetadataValue.json(mail)})


def send_digest(store: wh.Warehouse, day: date, paths: dict, *, force: bool = False, lang: str | None = None) -> dict:
    """Mail the written digest (in *lang*, else ``$ZGC_DIGEST_LANG``'s) to ``ZGC_MAIL_TO`` (pipeline.mail): {} when
    mailing is off, {"sent_to": [...]} (with "unchanged": true when that same digest went out before; with "error"
    when the server refused some addresses), or {"error": why}."""
    from pipeline.mail import MailError, mail_digest

    words = digest_words(lang)
    subject = words.subject(day.isoformat(), paths["relevant"])
    try:
        return mail_digest(store.state_dir, day, paths, subject, force=force, lang=words.lang) or {}
    except (MailError, ValueError, wh.WarehouseBusy) as exc:   # (a mail record held too long: the mail waits)
        return {"error": str(exc)}


class DigestNotWritten(OSError):
    """A digest file could not be written (a full disk, a read-only folder); the message names the file. The
    rendered Markdown is kept on the exception, for a caller that can show it anyway."""

    def __init__(self, message: str, markdown: str):
        super().__init__(message)
        self.markdown = markdown


def render_digest(store: wh.Warehouse, day: date):
    """The day's digest data, from the published snapshot."""
    from pipeline.taxonomy import TaxonomyError, load_taxonomy

    con = store.reader()
    try:
        broken, muted = wh.source_problems(con, day)
        try:   # the plans in the order of the file in use, when it is the version that labelled the warehouse
            tax = load_taxonomy(model=False)
            plans = tuple(tax.contexts) if tax.version == wh.latest_taxonomy_version(con) else ()
        except TaxonomyError:   # (one the next refresh refuses: the digest of a day already labelled still renders)
            plans = ()
        data = wh.digest_data(con, day, broken_sources=broken, muted_sources=muted, plan_order=plans)
    finally:
        con.close()
    # (a day rendered after it ended, Beijing time, says "that day" where its own day's digest says "today")
    return replace(data, previous_taxonomy_version=previous_taxonomy(store, day), past_day=day < beijing_today())


PREVIOUS_DIGEST_DAYS = 14   # how far back the previous digest is looked for (the days the digest's table counts)


def previous_taxonomy(store: wh.Warehouse, day: date) -> str | None:
    """The taxonomy version the digest before the day's was counted with, which the day's figures are compared with
    (Digest.recounted_from: the note of a taxonomy change): as the day's own HTML recorded it when the day was first
    rendered (a day rendered again says what its first rendering said, whatever the other days' files say since), or,
    where that rendering had no digest before it, the version it was itself counted with, else as the latest earlier digest's HTML records its own (in any language, within PREVIOUS_DIGEST_DAYS); None:
    no such file. The written digests are what the team was sent: the warehouse relabels every stored article with
    a new version, and a quiet day has no labels to tell the version it was counted with."""
    from pipeline.digest import LANGUAGES, digest_files, recorded_taxonomy

    def recorded(d: date) -> list[tuple[str | None, str | None]]:
        out = []
        for w in (None, *LANGUAGES.values()):
            try:
                with open(digest_files(store.digests_dir, d, w)[1], encoding="utf-8", errors="replace") as fh:
                    out.append(recorded_taxonomy(fh.read()))
            except (OSError, ValueError):
                continue
        return out

    own = recorded(day)
    for _, previous in own:
        if previous:
            return previous
    for version, _ in own:   # (its first rendering had no digest before it to compare with: its own version is
        if version:          # what the team was sent, and a rendering with another version recounted it)
            return version
    for n in range(1, PREVIOUS_DIGEST_DAYS + 1):
        for version, _ in recorded(day - timedelta(days=n)):
            if version:
                return version
    return None


def write_digest(store: wh.Warehouse, day: date, lang: str | None = None, *, keep_other_language: bool = False,
                 again: bool = False) -> dict:
    """Render the day's digest and write ``digests/<day>.md`` and ``.html``, each replaced whole (a failed write
    leaves the previous file and no temporary one, and names the file), in *lang* (else ``$ZGC_DIGEST_LANG``, else
    English); in a language other than the configured one, ``digests/<day>.<lang>.md`` and ``.html`` (digest_files),
    so that the files the team was mailed stay as they were. Its lists are cut at the environment's caps (a refresh
    makes the day's digest), or with *again* (a takedown, a reprocess, ``digest``: the day rendered again) at the
    caps the day's digest was made with (``day_caps``), so that its lists change only as the warehouse did; the HTML
    records them. They are fitted for an 8bit message, or for base64 where the day's digest in that language was
    last mailed so (``mail.sent_base64``: a server without 8BITMIME), so that writing it again (the day's next
    refresh, found unchanged and not mailed; a takedown, a reprocess, ``digest``) leaves the files the team was
    mailed as they were."""
    from pipeline.digest import digest_files, fit_message
    from pipeline.mail import sent_base64

    words = digest_words(lang)
    data = render_digest(store, day)
    caps = (day_caps(store, day, words) if again else None) or digest_caps()
    md, html = digest_files(store.digests_dir, day, words)
    if keep_other_language and (was := _file_language(html)) and was[:2] != words.lang[:2]:
        # (`digest` by hand) the day's files are in another language, the one a refresh wrote (and mailed) them in: a
        # shell without the ZGC_DIGEST_LANG cron has set rendered the day over them in English
        stem = f"{day.isoformat()}.{words.lang[:2]}"
        logging.getLogger(__name__).warning(
            "%s is in %s, as it was written (and mailed): this digest, in %s, goes to %s.md / .html (set "
            "ZGC_DIGEST_LANG as the refreshes have it)", html, was, words.lang, store.digests_dir / stem)
        md, html = store.digests_dir / f"{stem}.md", store.digests_dir / f"{stem}.html"
    # (its lists cut shorter than the caps where its mail would be clipped: the files are what the team is mailed;
    # fitted for a server that takes 8bit, or base64 as the day was mailed, and fitted again by "refit" for the
    # server as it is sent)
    eight_bit = not sent_base64(store.state_dir, day, words.lang)
    markdown, page, _ = fit_message(data, words, caps, eight_bit=eight_bit)
    _write_digest_files(store, ((md, markdown), (html, page)))

    def refit(eight_bit: bool) -> tuple[str, str]:
        """The digest fitted again for a message sent 8bit or not (pipeline.mail.mail_digest, once the server has
        said), from the same data and caps, its files written again: (Markdown, HTML). Files that cannot be written
        now (they were a moment ago) are said in a warning naming them, and the digest is mailed all the same."""
        markdown, page, _ = fit_message(data, words, caps, eight_bit=eight_bit)
        try:
            _write_digest_files(store, ((md, markdown), (html, page)))
        except DigestNotWritten as exc:
            logging.getLogger(__name__).warning("%s; the digest was mailed cut shorter than that file (to fit the "
                                                "mail as the server takes it)", exc)
        return markdown, page

    return {"markdown": md, "html": html, "relevant": data.relevant_today, "eight_bit": eight_bit, "refit": refit}


def _write_digest_files(store: wh.Warehouse, files) -> None:
    """Write each (path, text) of *files*, each replaced whole; a DigestNotWritten names the file that was not."""
    markdown = files[0][1]
    try:
        store.digests_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DigestNotWritten(f"cannot make the digests folder {store.digests_dir}: {exc.strerror or exc}",
                               markdown) from exc
    for path, text in files:
        tmp = path.with_suffix(path.suffix + ".tmp")
        try:
            tmp.write_text(text, encoding="utf-8")
            tmp.replace(path)
        except OSError as exc:
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)
            raise DigestNotWritten(f"cannot write the digest {path}: {exc.strerror or exc}", markdown) from exc


def day_caps(store: wh.Warehouse, day: date, words=None):
    """The caps the day's digest was made with, as its HTML records them: the file of *words*' language, else the
    configured language's, else the other's (None: no file of the day records them)."""
    from pipeline.digest import LANGUAGES, digest_files, recorded_caps

    for w in (words, None, *LANGUAGES.values()):
        try:
            with open(digest_files(store.digests_dir, day, w)[1], encoding="utf-8", errors="replace") as fh:
                caps = recorded_caps(fh.read(4096))
        except OSError:
            continue
        if caps is not None:
            return caps
    return None


_HTML_LANG = re.compile(rb"<html[^>]*?\slang=\"([^\"]+)\"", re.I)


def _file_language(html: Path) -> str | None:
    """The language a written digest's HTML file declares (None: no such file, or none said)."""
    try:
        with open(html, "rb") as fh:
            head = fh.read(2048)
    except OSError:
        return None
    m = _HTML_LANG.search(head)
    return m.group(1).decode("ascii", "replace") if m else None


def load_page(con, store: wh.Warehouse, page: wh.PageRef, sources: dict, day: date, refused: list | None = None):
    """Extract one archived page into ``articles`` (or record why it holds none).

    Returns (article id or None, whether the article is new, the extracted article or None). A page whose
    article is already stored (a reprocess) and that no longer extracts keeps the stored article as it was:
    its id comes back with no extracted article, and no extraction error is recorded for it.  A page not stored
    that is a taken-down page again -- it names one as its canonical address, or holds the text of one of its
    source's -- is refused (``warehouse.refuse_taken_down``: no article, no extraction error) and added to
    *refused*; its archive records are then for the caller to purge (``purge_refused``).  A page not stored whose
    title and text are those of a stored article of its source (``warehouse.stored_article_with_text``) is that
    article at another address: recorded as its copy (an extraction error ``a copy of <its address> (...)``), not
    stored.  Whatever goes wrong with one page's bytes (its canonical link, its further pages, its extraction) is that page's extraction error:
    a page left pending by an error would fail every later refresh (a tester's ``<link rel=canonical
    href="http://[x">`` did).  The warehouse's own errors (a full disk) still fail the step.
    """
    try:
        return _load_page(con, store, page, sources, day, refused)
    except (duckdb.Error, MemoryError):
        raise
    except Exception as exc:   # noqa: BLE001
        logging.getLogger(__name__).warning(f"page {page.url} could not be loaded", exc_info=True)
        return _page_failed(con, page, day, f"the page could not be loaded: {type(exc).__name__}: {wh.first_line(exc)}")


def _page_failed(con, page: wh.PageRef, day: date, error: str):
    """load_page's answer for a page that gives no article: its extraction error, or its stored article kept."""
    stored = wh.stored_article(con, page.canonical_url)
    if stored is None:
        wh.record_extraction_error(con, page, day=day, error=error)
    else:
        logging.getLogger(__name__).warning(f"kept the stored article of {page.url}: its page no longer "
                                            f"extracts ({error})")
    return stored, False, None


def _load_page(con, store: wh.Warehouse, page: wh.PageRef, sources: dict, day: date, refused: list | None):
    try:
        body, headers = wh.read_warc_record(store.root, page.warc_file, page.warc_offset)
    except wh.DamagedRecord as exc:  # one damaged page is that page's loss, not every later refresh's
        return _page_failed(con, page, day, str(exc))
    if (copy_of := wh.archived_canonical(con, body, page)) is not None:
        # an AMP, print or mobile copy of an article page this site names as its own, and that page is in the
        # archive (stored, or extracted in this same pass): one article, not two
        stored = wh.stored_article(con, page.canonical_url)   # (stored before this check: kept as it is)
        if stored is None and (taken := wh.takedown_of(con, copy_of)) is not None:
            # a copy of a taken-down page: refused with it, not the source's extraction failure
            return _refuse(con, page, taken, "it names the taken-down page as its canonical address", refused)
        if stored is None:
            wh.record_extraction_error(con, page, day=day, error=f"{wh.COPY_ERROR} {copy_of} (the page names it "
                                                                   "as its canonical address)")
        return stored, False, None
    src = sources.get(page.source or "")
    try:
        art = _extract_record(store, page, src, (body, headers))
    except ExtractionError as exc:
        return _page_failed(con, page, day, str(exc))
    if parts := wh.article_parts(con, page):
        art = _join_parts(store, art, parts, src)
    if wh.stored_article(con, page.canonical_url) is None and (
            same := wh.taken_down_text(con, page.source, art.text)) is not None:
        # a taken-down article's text under an address its key does not fold (?x=1): not a new article
        return _refuse(con, page, same[0], f"it holds {same[1]} of the taken-down page", refused)
    if wh.stored_article(con, page.canonical_url) is None and (
            stored := wh.stored_article_with_text(con, page.source, art.title, art.text)) is not None:
        # the title and text of an article of its source already stored, letter for letter: that article at another
        # address (a site moved to a new host lists its stored articles there), recorded as its copy, as an AMP copy
        # is -- not a new article of the day, and not fetched again
        wh.record_extraction_error(con, page, day=day, error=f"{wh.COPY_ERROR} {stored[1]} (the same title and "
                                                               "text, at another address of its source)")
        return None, False, None
    aid, is_new = wh.upsert_article(con, page, art, day=day, source=page.source or "unknown")
    return aid, is_new, art


def _refuse(con, page: wh.PageRef, taken_down: str, why: str, refused: list | None):
    said = wh.refuse_taken_down(con, page, taken_down, why)
    if refused is not None:
        refused.append(said)
    return None, False, None


def purge_refused(store: wh.Warehouse, refused: list[dict]) -> None:
    """After the extraction's commit: purge from the archive the pages it refused whose takedown asked for it
    (``--purge-archive``), and any purge a killed takedown left; each of *refused* says whether its record is gone
    (``purged``).  A kill before this leaves the purge to the next refresh or the takedown run again."""
    from pipeline.takedown import purge_archive

    with store.writer() as con:
        pending = bool(wh.takedowns_to_purge(con))
    if pending:
        purge_archive(store)
    if refused:
        with store.writer() as con:
            gone = {k for (k,) in con.execute(
                "SELECT url FROM takedowns WHERE url IN (SELECT unnest(?)) AND purged_at IS NOT NULL",
                [[r["url"] for r in refused]]).fetchall()}
        for r in refused:
            r["purged"] = r.pop("archive_purge") and r["url"] in gone


def _extract_record(store: wh.Warehouse, page: wh.PageRef, src, record: tuple[bytes, dict] | None = None):
    """The article in *page*'s archived record, read unless given as *record* (DamagedRecord, ExtractionError); a
    date after now is no date."""
    from pipeline.extract import extract_article

    body, headers = record or wh.read_warc_record(store.root, page.warc_file, page.warc_offset)
    return extract_article(body, url=page.url, headers=headers, hints=src.hints if src else None,
                           now=datetime.now(timezone.utc))


def _extract_copy(con, store: wh.Warehouse, page: wh.PageRef, src) -> tuple[object | None, bool]:
    """The article a further copy of a stored page holds (a recheck), with the further pages archived for it joined,
    or None when it holds none; and whether the copy says the page is not found (a "not found" page served with 200,
    which may hold no article to extract)."""
    from pipeline.decode import decode_html

    try:
        body, headers = wh.read_warc_record(store.root, page.warc_file, page.warc_offset)
    except wh.DamagedRecord as exc:
        logging.getLogger(__name__).warning(f"the copy of {page.url} asked for again cannot be read: {exc}")
        return None, False
    not_found = bool(NOT_FOUND_RE.search(decode_html(body[:60000], headers.get("content-type"))[0]))
    try:
        art = _extract_record(store, page, src, (body, headers))
    except ExtractionError as exc:
        logging.getLogger(__name__).info(f"the copy of {page.url} asked for again holds no article: {exc}")
        return None, not_found
    if parts := wh.article_parts(con, page):
        art = _join_parts(store, art, parts, src)
    return art, not_found


def _join_parts(store: wh.Warehouse, art, parts: list, src):
    """*art* (the first page of an article split over several) with the text of its further pages after its own,
    paragraphs the first pages already have (a lead or a summary repeated on each page) left out.  A further page
    that cannot be read or extracted is left out with a warning: the article is what the pages that could be read
    hold."""
    import dataclasses

    text, analysis = art.text.split("\n"), art.analysis_text.split("\n")
    seen = {p.strip() for p in text if p.strip()}
    for part in parts:
        try:
            more = _extract_record(store, part, src)
        except (wh.DamagedRecord, ExtractionError) as exc:
            logging.getLogger(__name__).warning(f"page {part.url} of the article {art.url or ''} left out: {exc}")
            continue
        for para, simple in zip(more.text.split("\n"), more.analysis_text.split("\n")):
            if para.strip() and para.strip() not in seen:
                seen.add(para.strip())
                text.append(para)
                analysis.append(simple)
    return dataclasses.replace(art, text="\n".join(text), analysis_text="\n".join(analysis))


def plan_task_rows(clf) -> list[tuple]:
    """(code, plan, parent, name_zh, name_en, version, description) for every task and measure of the taxonomy."""
    tax = clf.taxonomy
    return [(t.code, t.plan, t.parent, t.name_zh, t.name_en, tax.version, t.description) for t in tax.entries]


ALL_ASSETS = [raw_pages, articles, article_labels, source_health, warehouse_snapshot, daily_digest]
