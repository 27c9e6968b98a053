"""Retention: what `zgc-monitor prune` removes, and nothing else.

A daily refresh leaves three things that grow without bound beside the warehouse: the WARC archive
(``raw/<day>/``, about 6.6 MB a day at 300 articles), the crawl's per-day resume folders
(``state/crawl/<day>/``) and Dagster's run history (its run storage and one event log a run). Pruning a day
removes its archive and resume folder and the Dagster runs that finished before it; the database keeps every
article, label and ``raw_pages`` row, so the digests, trends and queries of a pruned day are unchanged. What is
lost is the raw page: `reprocess` of a pruned day is refused, naming the missing files.
"""

from __future__ import annotations

import logging
import re
import shutil
import sys
from dataclasses import dataclass, field
from datetime import date, datetime, time, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

log = logging.getLogger(__name__)
TZ = ZoneInfo("Asia/Shanghai")  # the partitions' calendar (pipeline.defs.partitions.TIMEZONE)
MAX_KEEP_DAYS = 36500  # a century: keep_days beyond it is a typo, and the day before it no date


@dataclass
class PrunePlan:
    """What a prune removes: ``before`` is the first day kept."""

    before: date
    archive: list[Path] = field(default_factory=list)  # raw/<day>/ folders
    crawl_state: list[Path] = field(default_factory=list)  # state/crawl/<day>/ folders
    dagster_runs: list[str] = field(default_factory=list)  # ids of finished runs created before `before`
    dagster_leftovers: list[Path] = field(default_factory=list)  # files of runs no longer in the history
    kept_pending: list[str] = field(default_factory=list)  # old days kept: pages the database does not have yet
    kept_for_later_days: list[str] = field(default_factory=list)  # old days kept: copies of articles of kept days
    instance_read: bool = True   # False: Dagster's runs left alone (--keep-runs), not "none to prune"
    kept_unfinished: dict[str, int] = field(default_factory=dict)  # resume folders kept: {day: pages not fetched}
    dropped_unfinished: dict[str, int] = field(default_factory=dict)  # resume folders removed with pages not fetched
    bytes: int = 0  # on disk in the folders above

    def summary(self, *, dry_run: bool) -> dict:
        return {"keep_from": self.before.isoformat(), "dry_run": dry_run,
                "archive_days": [p.name for p in self.archive], "crawl_state_days": [p.name for p in self.crawl_state],
                "kept_not_yet_extracted": self.kept_pending, "kept_for_later_days": self.kept_for_later_days,
                "kept_unfinished_crawls": self.kept_unfinished,
                "unfinished_pages_dropped": self.dropped_unfinished,
                "dagster_runs": len(self.dagster_runs) if self.instance_read else "kept (--keep-runs)",
                "dagster_leftover_files": len(self.dagster_leftovers), "bytes_freed": self.bytes, "mb_freed": round(self.bytes / 1e6, 1)}


def _day_folders(parent: Path, before: date) -> list[Path]:
    """The sub-folders of *parent* named by a day (YYYY-MM-DD) before *before*; anything else is left alone."""
    if not parent.is_dir():
        return []
    out = []
    for p in parent.iterdir():
        try:
            day = date.fromisoformat(p.name) if len(p.name) == 10 else None
        except ValueError:
            day = None
        if day is not None and day < before and p.is_dir() and not p.is_symlink():
            out.append(p)
    return sorted(out)


def _size(folder: Path) -> int:
    if not folder.is_dir():
        return 0
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())


def plan_prune(store, before: date, instance=None, *, today: date | None = None, wait: float | None = None) -> PrunePlan:
    """What pruning everything before *before* would remove from *store* (a Warehouse) and from the Dagster
    *instance* (None: leave Dagster's runs alone). A resume folder holding pages a crawl found and did not fetch is
    kept while the next refresh after *today* (default: *before*) would still resume it; an older one is removed,
    its pages counted.  *wait*: the database is read as a dry run reads it (``Warehouse.peek``, waiting up to that
    many seconds for a writer), not through a writer."""
    plan = PrunePlan(before)
    pending, later = _days_to_keep(store, before, wait)
    old_days = _day_folders(store.raw_dir, before)
    plan.archive = [p for p in old_days if p.name not in pending and p.name not in later]
    plan.crawl_state = [p for p in _day_folders(store.state_dir / "crawl", before) if p.name not in pending]
    plan.kept_pending = [p.name for p in old_days if p.name in pending]
    plan.kept_for_later_days = [p.name for p in old_days if p.name in later]
    _keep_unfinished_crawls(plan, today or before)
    plan.bytes = sum(_size(p) for p in plan.archive + plan.crawl_state)
    plan.instance_read = instance is not None
    if instance is not None:
        from dagster import DagsterRunStatus, RunsFilter

        done = [DagsterRunStatus.SUCCESS, DagsterRunStatus.FAILURE, DagsterRunStatus.CANCELED]
        cutoff = datetime.combine(before, time(0), TZ).astimezone(timezone.utc)
        records = instance.get_run_records(filters=RunsFilter(statuses=done, created_before=cutoff))
        plan.dagster_runs = [r.dagster_run.run_id for r in records]
        plan.dagster_leftovers = _dagster_leftovers(instance)
        root = Path(instance.root_directory)
        for run_id in plan.dagster_runs:
            plan.bytes += _size(root / "storage" / run_id) + _file_size(root / "history" / "runs" / f"{run_id}.db")
        plan.bytes += sum(_size(p) if p.is_dir() else _file_size(p) for p in plan.dagster_leftovers)
    return plan


def _days_to_keep(store, before: date, wait: float | None = None) -> tuple[set[str], set[str]]:
    """The ``raw/<day>`` folders that hold the only copy of something, read in one connection: (1) what the database
    does not have yet: article pages archived but not extracted (a refresh interrupted after its crawl), or the WARC
    of a crawl that died before it was indexed; pruned, those pages were lost for good, so they are kept until a
    refresh has taken them; (2) of those before *before*, the ones holding the archived copy of an article first seen
    on or after it (such a crawl's pages, extracted by a later day's refresh, whose first day is that day's): pruned,
    that kept day's reprocess was refused for good ("the archive … is gone").  *wait*: read as a dry run
    (``Warehouse.peek``)."""
    from pipeline import warehouse as wh

    if not store.work_db.exists():
        return set(), set()
    with store.writer() if wait is None else store.peek(wait) as con:
        pending = {p.warc_file for p in wh.pending_pages(con)}
        pending |= {warc for _, _, warc in wh.unfinished_runs(con)}
        later = {f for (f,) in con.execute("""
            SELECT a.warc_file FROM articles a WHERE a.first_seen >= ? AND a.warc_file IS NOT NULL
            UNION
            SELECT r.warc_file FROM raw_pages r JOIN articles a ON a.canonical_url = r.canonical_url
            WHERE a.first_seen >= ? AND r.day < ? AND r.kind IN ('article', 'recheck', 'article_page')""",
            [before, before, before]).fetchall()}

    def days(files: set[str]) -> set[str]:
        return {Path(f).parts[1] for f in files if len(Path(f).parts) > 2 and Path(f).parts[0] == "raw"}
    return days(pending), days(later) - days(pending)


def _keep_unfinished_crawls(plan: PrunePlan, today: date) -> None:
    """Take off *plan* the resume folders whose pages not fetched the next refresh resumes (those of the
    RESUME_DAYS days before it: spiders.frontier.take_over_frontiers), and count those of older ones, which no
    refresh but ``refresh --date`` that day would fetch (status warns of them)."""
    if not plan.crawl_state:
        return
    from pipeline.defs.assets import RESUME_DAYS
    from spiders.frontier import Frontier

    removed = []
    for folder in plan.crawl_state:
        pages = len(Frontier.pending_lines(folder / "job"))
        if pages and (today - date.fromisoformat(folder.name)).days <= RESUME_DAYS:
            plan.kept_unfinished[folder.name] = pages
            continue
        if pages:
            plan.dropped_unfinished[folder.name] = pages
        removed.append(folder)
    plan.crawl_state = removed


def _file_size(path: Path) -> int:
    return path.stat().st_size if path.is_file() else 0


_RUN_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _dagster_leftovers(instance) -> list[Path]:
    """Per-run files of the default storage whose run is no longer in the run history (deleted from the UI, or by
    a prune before their removal was added)."""
    root = Path(instance.root_directory)
    found = [p for p in (root / "history" / "runs").glob("*.db") if _RUN_ID.fullmatch(p.stem)]
    found += [p for p in (root / "storage").glob("*") if p.is_dir() and _RUN_ID.fullmatch(p.name)]
    return sorted(p for p in found if not instance.has_run(p.stem if p.suffix == ".db" else p.name))


LEFTOVER = ".pruned-"  # a folder being removed is first renamed so: a day is either whole or marked gone


class _RmtreeStop(Exception):
    """Carries the first error out of ``shutil.rmtree``: not an OSError, as Python 3.13's rmtree catches an OSError
    its handler raises and calls the handler again with the folder's path (the file's was lost)."""


def _rmtree(folder: Path) -> None:
    """``shutil.rmtree`` whose OSError names the whole path of what could not be removed: its own names a file inside
    the folder by its bare name (``Operation not permitted: 'x.warc.gz'``), which said neither day nor warehouse."""
    def named(func, path, exc):
        exc = exc[1] if isinstance(exc, tuple) else exc   # (onerror's exc_info; onexc's exception)
        if isinstance(exc, OSError) and exc.filename != str(path):
            said = OSError(exc.errno, exc.strerror or str(exc), str(path))
            said.__cause__ = exc
            exc = said
        raise _RmtreeStop(exc)

    try:
        if sys.version_info >= (3, 12):
            shutil.rmtree(folder, onexc=named)
        else:
            shutil.rmtree(folder, onerror=named)
    except _RmtreeStop as stop:
        raise stop.args[0] from stop.args[0].__cause__


def apply_prune(plan: PrunePlan, store, instance=None) -> None:
    """Remove what *plan* lists; the database is not touched. Each folder is renamed out of the way first, so a
    removal that fails halfway (the OSError names the path) never leaves a day's archive looking whole; the
    next prune removes such leftovers."""
    for parent in (store.raw_dir, store.state_dir / "crawl"):
        for leftover in parent.glob(LEFTOVER + "*") if parent.is_dir() else ():
            _rmtree(leftover)
    for folder in plan.archive + plan.crawl_state:
        gone = folder.with_name(LEFTOVER + folder.name)
        folder.rename(gone)
        _rmtree(gone)
    if instance is not None:
        root = Path(instance.root_directory)
        for run_id in plan.dagster_runs:
            instance.delete_run(run_id)
            # the default (SQLite) storage keeps each run's event log and step output in files of their own,
            # which delete_run empties but leaves: most of a run's 0.3 MB
            (root / "history" / "runs" / f"{run_id}.db").unlink(missing_ok=True)
            if (root / "storage" / run_id).is_dir():
                _rmtree(root / "storage" / run_id)
        _forget_check_rows(instance, plan.dagster_runs)
        for leftover in plan.dagster_leftovers:
            if leftover.is_dir():
                _rmtree(leftover)
            else:
                leftover.unlink(missing_ok=True)


def _forget_check_rows(instance, run_ids) -> None:
    """The asset-check rows of the deleted runs: ``delete_run`` leaves them in the event log's index (about 17 KB
    a run, growing for ever).  Dagster's own table, reached through its storage's connection; a storage without it
    (another Dagster version, a non-SQL storage) is left as it is."""
    if not run_ids:
        return
    try:
        from dagster._core.storage.event_log.schema import AssetCheckExecutionsTable

        storage = instance.event_log_storage
        ids = list(run_ids)
        with storage.index_connection() as conn:
            for i in range(0, len(ids), 500):
                conn.execute(AssetCheckExecutionsTable.delete().where(
                    AssetCheckExecutionsTable.c.run_id.in_(ids[i:i + 500])))
    except Exception as exc:  # noqa: BLE001  (what is left is a few KB a run: never a reason to fail the prune)
        log.debug("asset-check rows of pruned runs left: %s", exc)


def prune(store, keep_days: int, instance=None, *, today: date, wait: float, dry_run: bool = False,
          spare_run: str | None = None) -> PrunePlan:
    """`zgc-monitor prune` and the Dagster prune job: plan (and unless *dry_run* apply) the removal of the days
    before the last *keep_days* ending *today*, holding the refresh lock (the prune job's run holds it already,
    through its warehouse resource) and then the crawl's for up to *wait* seconds each; *spare_run* (the prune
    job's own run) is never deleted. WarehouseBusy when a refresh holds on.  A *dry_run* takes neither lock (it
    changes nothing): it reads the database between two writes (``Warehouse.peek``, WarehouseBusy when a writer
    holds it past *wait* seconds)."""
    from datetime import timedelta

    from pipeline.warehouse import file_lock

    before = today - timedelta(days=keep_days - 1)

    def planned(**read) -> PrunePlan:
        plan = plan_prune(store, before, instance, today=today, **read)
        plan.dagster_runs = [r for r in plan.dagster_runs if r != spare_run]
        return plan

    if dry_run:
        return planned(wait=wait)
    with store.run_lock(wait), file_lock(store.state_dir / "crawl.lock", wait=wait, what="the crawler"):
        plan = planned()
        apply_prune(plan, store, instance)
    return plan
