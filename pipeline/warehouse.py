"""The DuckDB warehouse: the only module that writes SQL.

Layout of the warehouse directory (``ZGC_WAREHOUSE_DIR``, default the
checkout's ``warehouse/``)::

    zgc.duckdb              the published snapshot analysts query (read-only)
    state/work.duckdb       the refresh's private working database
    state/writer.lock       held while a stage writes the working database
    state/refresh.lock      held by a whole `zgc-monitor refresh`
    raw/<day>/<run>.warc.gz every response of every crawl run (WARC)
    digests/<day>.md|.html  the daily digests (in the configured language; <day>.<lang>.md|.html in the other,
                            digest --lang)

A refresh never opens the published file for writing: it writes
``state/work.duckdb`` and then publishes a copy with an atomic rename, so an
analyst holding the snapshot open neither blocks nor is blocked by a refresh.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import hashlib
import json
import logging
import os
import re
import unicodedata
import stat
import shutil
import time
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence
from urllib.parse import urlsplit

import duckdb
from warcio.archiveiterator import ArchiveIterator

from pipeline.models import Classification, ExtractedArticle, first_line  # noqa: F401 (first_line: wh.first_line)
from pipeline.urls import canonical_url, declared_canonical, fold_canonical, older_keys

log = logging.getLogger(__name__)

PROJECT_ROOT = Path(__file__).resolve().parent.parent
# the schema's SQL: in a checkout its warehouse/ folder; an installed package carries the same files at the same
# place beside pipeline/ (package data), so the path is one in both
SQL_DIR = PROJECT_ROOT / "warehouse"


def in_checkout() -> bool:
    """Running from a clone of the repository (an editable install or none), not from an installed package."""
    return (PROJECT_ROOT / "pyproject.toml").is_file()


def data_home() -> Path:
    """Where runtime data goes unless the environment says otherwise: the checkout itself, or for an installed
    package ``$XDG_DATA_HOME/zgc-monitor`` (``~/.local/share/zgc-monitor``), never the install's own folder
    (which an upgrade or a new virtual environment replaces)."""
    if in_checkout():
        return PROJECT_ROOT
    base = os.environ.get("XDG_DATA_HOME", "")
    return (Path(base) if os.path.isabs(base) else Path.home() / ".local" / "share") / "zgc-monitor"


class WarehouseBusy(RuntimeError):
    """Another process holds the lock."""


class DamagedDatabase(RuntimeError):
    """The working database is not a readable DuckDB file."""


_LOCK_CONFLICT = re.compile(r"could not set lock|conflicting lock", re.I)   # another process has the file open
# DuckDB's word for a file the OS would not let it open (EACCES, EPERM): no damage, its owner or mode
_NO_ACCESS = re.compile(r"Permission denied|Operation not permitted")
_CORRUPT = re.compile(r"corrupt database file|does not match stored checksum", re.I)   # DuckDB's words for a block that fails its checksum


class WarehouseRewound(RuntimeError):
    """The working database is older than the published snapshot (restored alone from a backup)."""


class TaxonomyMismatch(RuntimeError):
    """The taxonomy in use is older than one that labelled the warehouse, or its version's files changed since."""


class WarehouseTooNew(RuntimeError):
    """The warehouse holds schema migrations this version does not know, or views of a later generation: a newer
    version wrote it."""


# A publish rewrites the working database compactly (Warehouse.compact_work_db) when this share of the file is not in
# blocks in use and the file is at least this large (a rewrite of a 350 MB file takes about 1.5 s, a plain copy 0.5 s): the file
# then stays within about 1.7 times its live data, where it had reached twice
COMPACT_FREE_SHARE = 0.4
COMPACT_MIN_BYTES = 64 * 1024 * 1024

# The generation of warehouse/views (stored in schema_views): raised by every release that changes a view or macro,
# so that an older release refuses to write its views over a newer one's (tests/test_warehouse.py pins each
# generation's fingerprint, and fails when the views change and this does not). 2: task_momentum.change counts
# stories (stories_last_7d - stories_prior_7d), as its trend does; generation 1's was the articles'. 3: the comment
# on articles.text_key (migration 020). 4: refreshed_days counts a crawl stopped at its time limit (finish reason
# "stopped at its time limit", no longer "finished"). 5: catalog comments (task_trends' says to join
# current_plan_tasks for parent; schema_views and archive_rewrites have theirs)
VIEWS_GENERATION = 5


class WarehouseTooOld(RuntimeError):
    """The published snapshot lacks schema migrations of this version: an older version published it, and this one
    has not written to the warehouse yet (its first refresh or reprocess migrates it and publishes again)."""


def default_warehouse_dir() -> Path:
    """``$ZGC_WAREHOUSE_DIR`` (a relative one taken from the current directory, as a shell user means it: the
    crawl runs in another directory and would write elsewhere), else the data folder's ``warehouse/``."""
    return Path(os.environ.get("ZGC_WAREHOUSE_DIR") or data_home() / "warehouse").absolute()


def article_id(canonical: str) -> str:
    return hashlib.sha1(canonical.encode("utf-8")).hexdigest()[:16]


def process_alive(pid: int) -> bool:
    """Whether process ``pid`` runs (a zombie nobody has reaped yet counts as gone)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: alive
    try:  # a zombie nobody has reaped is gone too
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except (FileNotFoundError, IndexError):
        return True  # no /proc (not Linux): kill(0) said it exists


# refresh lock files this process holds for the Dagster runs it executes (Warehouse.refresh_lock(for_runs=True))
_LENT_TO_RUNS: set[str] = set()


@contextlib.contextmanager
def file_lock(path: Path, *, wait: float = 0.0, what: str = "lock", on_wait: Callable[[str], None] | None = None,
              holder: str | None = None) -> Iterator:
    """An exclusive ``flock`` on *path*; waits up to *wait* seconds, else WarehouseBusy.  Yields the locked file: a
    child process given its descriptor (``pass_fds``) holds the lock with this one, until both have closed it (the
    lock is released by closing, not by unlocking, so that a child outliving its parent keeps it).  *holder*: what
    the lock file names this process as (default: the command it runs)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fh = _open_lock_file(path, os.O_RDWR | os.O_CREAT | os.O_APPEND, "a+")
    deadline = time.monotonic() + wait
    try:
        while True:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as exc:
                if exc.errno not in (errno.EAGAIN, errno.EACCES):
                    raise
                if on_wait is not None:   # (once: what a waiting run's log says)
                    fh.seek(0)
                    limit = f"{wait / 3600:g} h" if wait >= 3600 else f"{wait:g} s"
                    on_wait(f"waiting up to {limit} for {what}, held by another process "
                            f"({_holder(fh.read(_NOTE_MAX), fh)})")
                    on_wait = None
                if time.monotonic() >= deadline:
                    fh.seek(0)
                    waited = "" if wait <= 0 else f" (waited {wait / 3600:g} h)" if wait >= 3600 else f" (waited {wait:g} s)"
                    raise WarehouseBusy(f"{what} is held by another process ({_holder(fh.read(_NOTE_MAX), fh)}): "
                                        f"{path}{waited}") from None
                time.sleep(0.2)
        note = f"pid {os.getpid()} ({holder or _this_command()}) since {datetime.now(timezone.utc):%Y-%m-%dT%H:%M:%SZ}"
        with contextlib.suppress(OSError):   # (freeing space does not fail on a full disk; a device file refuses it)
            os.ftruncate(fh.fileno(), 0)
        try:   # (unbuffered: a note a full disk refused is said here, naming the file, and not again at close)
            os.write(fh.fileno(), note.encode("utf-8"))
        except OSError as exc:
            raise OSError(exc.errno, f"{exc.strerror} (writing the lock file)", str(path)) from None
        yield fh
    finally:
        fh.close()


_NOTE_MAX = 1024   # bytes of a lock file's note read: "pid N (command) since T" is a line; a 50 MB file was read whole
# into status's JSON, prune's stderr and the Dagster run's events


def _open_lock_file(path: Path, flags: int, mode: str):
    """*path* opened for a lock (or to read its note) as a regular file, never through a symbolic link (one pointing
    at another file had that file emptied and overwritten with the note) and never blocking (a named pipe there
    hung ``status``): an OSError naming the file otherwise."""
    try:
        fd = os.open(path, flags | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC, 0o644)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise OSError(exc.errno, "the lock file is a symbolic link, which a lock never follows: remove it",
                          str(path)) from None
        raise
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, "the lock file is not a regular file (a pipe, a device or a folder): remove "
                          "it", str(path))
        os.set_blocking(fd, True)
        return os.fdopen(fd, mode, encoding="utf-8", errors="replace")
    except BaseException:
        os.close(fd)
        raise


@dataclass(frozen=True)
class PageRef:
    warc_file: str
    warc_offset: int
    url: str
    canonical_url: str
    source: str | None
    content_type: str | None
    day: date | None = None  # the partition day of the crawl that fetched it


# A reader reaches nothing beyond the snapshot: no file (COPY … TO could overwrite the snapshot itself, ATTACH
# … READ_WRITE the refresh's working database), no network, no extension installed or loaded on demand.
# DuckDB refuses to turn external access back on while the database is open.
_SANDBOX = {"enable_external_access": False, "autoinstall_known_extensions": False,
            "autoload_known_extensions": False}


# The storage format the warehouse's files are written in: the one DuckDB 1.1 reads (storage version 64; 1.0 cannot
# read its primary-key indexes), which every later release reads too.  DuckDB 2.0 writes its newest format by
# default, which no 1.x client (a BI driver, the duckdb CLI an analyst has) can open at all.  Nothing the warehouse
# stores needs a newer format.
STORAGE = {"storage_compatibility_version": "v1.1.0"}
STORAGE_VERSION = 64


def _duckdb_header(path: Path) -> tuple[int, int] | None:
    """(storage version, checkpoints) of a DuckDB file, read from its headers: the version after the magic bytes,
    and the newer of its two database headers' iteration counters (at 4096 and 8192 bytes), which any write a client
    makes and then closes adds one to and reading adds none.  None: not a DuckDB file, or unreadable."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(3 * 4096)
    except OSError:
        return None
    if len(head) < 3 * 4096 or head[8:12] != b"DUCK":
        return None
    number = lambda at: int.from_bytes(head[at:at + 8], "little")  # noqa: E731
    return number(12), max(number(4096 + 8), number(8192 + 8))


def storage_version(path: Path) -> int | None:
    """The storage version in a DuckDB file's header (None: not a DuckDB file, or unreadable)."""
    header = _duckdb_header(path)
    return header[0] if header else None


def checkpoint_count(path: Path) -> int | None:
    """How many checkpoints a DuckDB file has had (see _duckdb_header)."""
    header = _duckdb_header(path)
    return header[1] if header else None


def _read_json(path: Path):
    """A small state file's JSON, or None when it is missing or unreadable."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def write_whole(path: Path, data: bytes) -> None:
    """Write *path* so that another process starting at the same time reads it whole or not at all."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def _connect(path: Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect(str(path), read_only=read_only, config=_SANDBOX if read_only else STORAGE)
    con.execute("SET TimeZone = 'Asia/Shanghai'")  # timestamps shown in Beijing time
    return con


# what each command that writes the warehouse would do in a folder it cannot write (Warehouse.check_writable)
WRITES = {
    "refresh": "a refresh would crawl and then fail to publish",
    "reprocess": "reprocess writes the day's articles, the snapshot and the day's digest there",
    "prune": "prune writes its locks and removes the old days' folders there",
    "takedown": "takedown writes the working database, the snapshot and the digests there",
}


class Warehouse:
    def __init__(self, root: Path | str | None = None, *, sql_dir: Path = SQL_DIR):
        self.root = Path(root).absolute() if root else default_warehouse_dir()
        self.sql_dir = sql_dir

    # -- paths ----------------------------------------------------------------
    @property
    def published_db(self) -> Path:
        return self.root / "zgc.duckdb"

    @property
    def work_db(self) -> Path:
        return self.root / "state" / "work.duckdb"

    @property
    def raw_dir(self) -> Path:
        return self.root / "raw"

    @property
    def digests_dir(self) -> Path:
        return self.root / "digests"

    @property
    def state_dir(self) -> Path:
        return self.root / "state"

    @contextlib.contextmanager
    def refresh_lock(self, wait: float = 0.0, *, for_runs: bool = False, on_wait=None, holder: str | None = None):
        """The refresh lock: one refresh, reprocess, prune, takedown, Dagster run or backup (``flock``) at a time.
        *for_runs*: the Dagster runs this process executes while it holds the lock (``zgc-monitor refresh``, which
        materialises the assets in its own process) hold it through this hold (:meth:`run_lock`), not beside it."""
        path = self.state_dir / "refresh.lock"
        try:
            self.state_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:   # (the bare OS error named neither the warehouse nor what to do)
            raise PermissionError(f"the warehouse folder {self.root} cannot be made ({exc.strerror or exc}: "
                                  f"{exc.filename or self.state_dir}): nothing was changed; make its parent writable, "
                                  "or point ZGC_WAREHOUSE_DIR elsewhere") from None
        with file_lock(path, wait=wait, what="the refresh lock", on_wait=on_wait, holder=holder) as fh:
            key = str(path.resolve())
            if for_runs:
                _LENT_TO_RUNS.add(key)
            try:
                yield fh
            finally:
                if for_runs:
                    _LENT_TO_RUNS.discard(key)

    @contextlib.contextmanager
    def run_lock(self, wait: float, *, on_wait=None, holder: str | None = None):
        """The refresh lock for a Dagster run (taken by ``WarehouseResource`` for the whole run, so that a backup under
        ``flock state/refresh.lock`` excludes the schedule's runs, backfills and ``dagster asset materialize`` as it
        excludes ``zgc-monitor refresh``), and for what such a run does that takes it itself (the prune job): taken,
        waiting up to *wait* seconds (else WarehouseBusy), unless this process holds it for its runs already."""
        path = self.state_dir / "refresh.lock"
        if path.exists() and str(path.resolve()) in _LENT_TO_RUNS:
            yield None
            return
        with self.refresh_lock(wait, for_runs=True, on_wait=on_wait, holder=holder) as fh:
            yield fh

    # -- connections -------------------------------------------------------
    @contextlib.contextmanager
    def writer(self, wait: float = 600.0) -> Iterator[duckdb.DuckDBPyConnection]:
        """The working database, migrated, under the writer lock; committed on success."""
        with file_lock(self.state_dir / "writer.lock", wait=wait, what="the warehouse writer"):
            self.work_db.parent.mkdir(parents=True, exist_ok=True)
            self._restore_work_db()
            try:
                con = _connect(self.work_db)
            except duckdb.Error as exc:
                if _LOCK_CONFLICT.search(str(exc)):   # (not "lock" alone: a bad checksum's "in block at …" has it)
                    raise
                raise self._damaged("cannot be opened", exc) from exc
            try:
                self.migrate(con)
                finish_archive_rewrites(con, self.root)  # (a takedown's WARC rewrite a kill left halfway)
                con.execute("BEGIN")
                try:
                    yield con
                except BaseException:
                    with contextlib.suppress(duckdb.Error):   # (a damaged file may refuse the rollback too)
                        con.execute("ROLLBACK")
                    raise
                con.execute("COMMIT")
            except duckdb.Error as exc:
                # a block that fails its checksum is found when it is read, not when the file is opened: the
                # step's error named no file
                if _CORRUPT.search(str(exc)):
                    raise self._damaged("is damaged", exc) from exc
                raise
            finally:
                con.close()

    @contextlib.contextmanager
    def peek(self, wait: float = 0.0, *, writable: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
        """The working database as it is, for a dry run (``prune --dry-run``, ``takedown --dry-run``), which takes
        neither the refresh lock nor the crawl's: read between two writes, under the writer lock only (a refresh
        holds it while it has the file open, and DuckDB lets no other process open a file a writer has open, not
        even read-only).  Nothing is migrated or finished (``finish_archive_rewrites`` would rename a file a
        takedown running meanwhile renames).  *writable*: a read-write connection in one transaction that is
        always rolled back (a takedown's dry run deletes to count what would go), else a read-only one.
        WarehouseBusy, naming the holder, when a writer holds the lock past *wait* seconds or another program has
        the file open; WarehouseTooOld when the file lacks this version's migrations, which a dry run does not apply."""
        with contextlib.ExitStack() as held:
            try:
                held.enter_context(file_lock(self.state_dir / "writer.lock", wait=wait, what="the warehouse writer"))
            except WarehouseBusy as exc:
                raise WarehouseBusy(
                    f"the warehouse is busy: its database is being written ({exc}); a dry run takes no refresh lock "
                    "and reads it between two writes: try again in a moment, or pass --wait SECONDS; nothing was "
                    "changed") from None
            if not self.work_db.exists():
                raise FileNotFoundError(f"the working database {self.work_db} is missing: a dry run does not restore "
                                        "it (the same command without --dry-run restores it from the published "
                                        f"snapshot {self.published_db}); nothing was changed")
            try:
                con = _connect(self.work_db, read_only=not writable)
            except duckdb.Error as exc:
                if _LOCK_CONFLICT.search(str(exc)):
                    raise WarehouseBusy(f"the working database {self.work_db} is open in another program, which "
                                        f"keeps every other from reading it ({first_line(exc, 200)}): close it and "
                                        "try again; nothing was changed") from None
                raise self._damaged("cannot be opened", exc) from exc
            try:
                done, mine = self._migrations(con)
                missing = sorted(mine - done)
                if missing:
                    raise WarehouseTooOld(
                        f"the working database {self.work_db} lacks schema migration {missing[0]} of this version, "
                        "which a dry run does not apply: run it again after this version's first refresh (or "
                        "reprocess); nothing was changed")
                if not writable:
                    yield con
                    return
                con.execute("BEGIN")
                try:
                    yield con
                finally:
                    with contextlib.suppress(duckdb.Error):
                        con.execute("ROLLBACK")
            finally:
                con.close()

    def _damaged(self, what: str, exc: BaseException) -> DamagedDatabase:
        """The working database's damage, named with its remedy; a file this user may not open is no damage (moving it
        aside, the remedy of one, would lose the work of a refresh that did not publish)."""
        if _NO_ACCESS.search(str(exc)):
            return DamagedDatabase(
                f"the working database {self.work_db} {what} ({first_line(exc, 300)}): this user may not read or write "
                "it (its owner or mode: restored or run as another user?): give it back to the user the refreshes run "
                "as, and run again; nothing was changed")
        wal = self.work_db.with_name(self.work_db.name + ".wal")
        with_wal = f" with its write-ahead log {wal}" if wal.exists() else ""
        return DamagedDatabase(
            f"the working database {self.work_db} {what} ({first_line(exc, 120)}): move it aside"
            f"{with_wal} and run again, and it is restored from the published snapshot {self.published_db} (the "
            "work of a refresh that did not publish is then lost from the database; its pages stay in raw/)")

    def _changed_since_published(self) -> bool:
        """Whether the published snapshot has had a checkpoint since it was published (a client wrote to it and
        closed it, leaving no log): its count then is in state/published.json."""
        published = _read_json(self.state_dir / "published.json")
        if not isinstance(published, dict) or published.get("checkpoints") is None:
            return False
        now = checkpoint_count(self.published_db)
        # (None: a file that cannot be read, or is no DuckDB file: not a client's write; opening it says what it is)
        return now is not None and published["checkpoints"] != now

    def _restore_work_db(self) -> None:
        """A working database that is gone (deleted, a lost volume) while a published snapshot exists starts again
        from that snapshot, the last state a refresh completed: an empty one would be published over the history."""
        if self.work_db.exists() or not self.published_db.exists():
            return
        wal = self.work_db.with_name(self.work_db.name + ".wal")
        if wal.exists():  # the log of the lost database: replayed over the snapshot it would fail or corrupt it
            aside = wal.with_name(f"{wal.name}.orphaned-{time.strftime('%Y%m%dT%H%M%S')}")
            os.replace(wal, aside)
            log.warning("set aside %s, the write-ahead log of the missing working database, as %s", wal, aside)
        if self._changed_since_published():
            raise DamagedDatabase(
                f"the working database {self.work_db} is missing, and the published snapshot {self.published_db} it "
                "would be restored from was changed after it was published (a client wrote to it): restore the "
                "warehouse folder from a backup, or, to take the snapshot as it is now, move state/published.json "
                "aside and run again")
        tmp = self.work_db.with_suffix(".duckdb.restoring")
        shutil.copyfile(self.published_db, tmp)
        os.replace(tmp, self.work_db)
        log.warning("the working database %s was missing: restored from the published snapshot %s",
                    self.work_db, self.published_db)

    def check_writable(self, day: date | None = None, *, command: str = "refresh") -> None:
        """Refuse, naming the folder, a warehouse whose folders this process cannot write: the snapshot is published
        into the top folder, the digests into theirs, at the end of a refresh that may have crawled for hours.  With
        *day*, the day's own archive and crawl folders too, where they exist (one restored with the wrong owner or
        mounted read-only failed the crawl at its first record, the cause buried in the crawl's log).  *command*:
        the one refused, whose writes the refusal names (a prune's said a refresh would crawl)."""
        import tempfile

        days = (self.raw_dir / day.isoformat(), self.state_dir / "crawl" / day.isoformat(),
                self.state_dir / "crawl" / day.isoformat() / "job") if day else ()
        for folder in (self.root, self.state_dir, self.raw_dir, self.digests_dir, *days):
            if not folder.exists():
                continue   # (made by the refresh, in a parent checked here)
            try:
                fd, tmp = tempfile.mkstemp(prefix=".zgc-write-check-", dir=folder)
                os.close(fd)
                os.unlink(tmp)
            except OSError as exc:
                raise PermissionError(f"the warehouse folder {folder} cannot be written ({exc.strerror or exc}): "
                                      f"nothing was changed ({WRITES[command]}); make it writable, or point "
                                      "ZGC_WAREHOUSE_DIR elsewhere") from None

    def check_not_rewound(self, con) -> None:
        """WarehouseRewound when the published snapshot holds a crawl run the working database *con* does not:
        the working database was restored alone from an older backup, and the next publish would silently
        replace the newer snapshot (its days reported as new again)."""
        if not self.published_db.exists():
            return
        try:
            snap = _connect(self.published_db, read_only=True)
        except duckdb.Error:
            return  # an unreadable snapshot is replaced by the next publish
        try:
            newer = snap.execute("SELECT run_id, day FROM crawl_runs ORDER BY started_at DESC LIMIT 1").fetchone()
        except duckdb.Error:
            newer = None
        finally:
            snap.close()
        if newer and not con.execute("SELECT count(*) FROM crawl_runs WHERE run_id = ?", [newer[0]]).fetchone()[0]:
            raise WarehouseRewound(
                f"the working database {self.work_db} is older than the published snapshot {self.published_db} "
                f"(the snapshot has the crawl run {newer[0]} of {newer[1]}, the working database does not): it was "
                f"restored alone from a backup? Restore the whole warehouse folder, or move {self.work_db} aside "
                "to start again from the snapshot")

    def reader(self, *, current: bool = False) -> duckdb.DuckDBPyConnection:
        """A read-only connection to the published snapshot that reaches no other file and no network; *current*:
        WarehouseTooOld when an older version published it (the views this version reads may be missing)."""
        if not self.published_db.exists():
            raise FileNotFoundError(
                f"no published warehouse at {self.published_db}: run `zgc-monitor refresh --offline` first")
        if self.snapshot_wal.exists():
            # DuckDB replays it, read-only too: what a dead read-write client changed would read as published
            raise DamagedDatabase(
                f"the published warehouse {self.published_db} has a write-ahead log beside it, {self.snapshot_wal}: a "
                "client opened the snapshot read-write (DuckDB's default) and did not close it; read with it, its "
                "changes would show as the published data. The next refresh sets it aside into "
                f"{self.state_dir}; or move it there yourself (the client that wrote it must be closed)")
        if self._changed_since_published():
            raise DamagedDatabase(
                f"the published warehouse {self.published_db} was changed after it was published (a client opened it "
                "read-write, DuckDB's default, and wrote to it): what it shows is not what the refresh published. The "
                "next refresh publishes it anew; meanwhile open it read-only only")
        con = _connect(self.published_db, read_only=True)
        if current:
            try:
                done, mine = self._migrations(con)
                missing = sorted(mine - done)
                generation = _views_generation(con) if "017_views_generation.sql" in done else None
            except BaseException:
                con.close()
                raise
            newer = sorted(done - mine)
            if newer or (generation or 0) > VIEWS_GENERATION:
                con.close()
                raise WarehouseTooNew(
                    f"the published warehouse {self.published_db} was written by a newer zgc-monitor ("
                    + (f"schema migration {newer[-1]}, which this version does not have" if newer else
                       f"views of generation {generation}; this version's are {VIEWS_GENERATION}")
                    + "): run the newer version; `sql` reads it as it is")
            why = (f"it lacks schema migration {missing[0]}{f' and {len(missing) - 1} more' if len(missing) > 1 else ''}"
                   if missing else None)
            if why is None and _has_table(con, "schema_views"):
                try:
                    stored = {r[0] for r in con.execute("SELECT sha256 FROM schema_views").fetchall()}
                except BaseException:
                    con.close()
                    raise
                if stored != {self.views_sha256()}:
                    why = "its views and macros (warehouse/views) are another release's"
            if why:
                con.close()
                raise WarehouseTooOld(
                    f"the published warehouse {self.published_db} was written by "
                    f"{'an older zgc-monitor' if missing else 'another release of zgc-monitor'} ({why}): "
                    "this version's first refresh (or a reprocess of any day) upgrades it and publishes it again; "
                    "`sql` reads it as it is meanwhile")
        return con

    def publish(self) -> Path:
        """Copy the working database to the published snapshot atomically."""
        with file_lock(self.state_dir / "writer.lock", wait=600.0, what="the warehouse writer"):
            con = _connect(self.work_db)
            try:
                self.check_not_rewound(con)  # whatever ran before (a Dagster run without raw_pages included)
                self.migrate(con)
                con.execute("CHECKPOINT")
                compact = _has_table(con, "takedowns") and con.execute(
                    "SELECT count(*) FROM takedowns WHERE compacted_at IS NULL").fetchone()[0]
                # (the blocks in use against the file's size: DuckDB counts free blocks past the file's end too, a
                # checkpoint having cut them off)
                used = con.execute("SELECT used_blocks * block_size FROM pragma_database_size() "
                                   "WHERE database_name = current_database()").fetchone()[0]
            finally:
                con.close()
            # an article was taken down: its deleted bytes stay in the file's blocks until rewritten; or a working
            # database a DuckDB 2 made in its newest format, which 1.x clients cannot read: rewritten once in STORAGE;
            # or a file much of which is free blocks (rows a refresh replaced: labels, stories, revisions), which
            # DuckDB reuses only in part: at 40k articles 614 of 1,321 blocks were free, the two files (working and
            # published) twice their live data, and nothing but a rewrite gives that back
            size = self.work_db.stat().st_size
            if compact or (storage_version(self.work_db) or STORAGE_VERSION) > STORAGE_VERSION or (
                    size >= COMPACT_MIN_BYTES and size - used >= COMPACT_FREE_SHARE * size):
                self.compact_work_db()
            tmp = self.published_db.with_suffix(".duckdb.tmp")
            try:
                tmp.unlink(missing_ok=True)  # left by a publish killed halfway, read-only
                shutil.copyfile(self.work_db, tmp)
                # read-only for everyone: a client that opens it read-write by mistake is refused at once (and
                # would otherwise lock out the digest and every reader); the rename needs only the folder's rights
                tmp.chmod(0o444)
                self._set_aside_snapshot_wal()
                record = self.state_dir / "published.json"
                record.unlink(missing_ok=True)   # (no stale record while the file is replaced)
                os.replace(tmp, self.published_db)
                self._set_aside_snapshot_wal()   # (one a client wrote in between)
                # what it was when published: a client that writes to it afterwards is told from it (readers refuse)
                at = datetime.now(timezone.utc).isoformat(timespec="seconds")
                write_whole(record, json.dumps({"checkpoints": checkpoint_count(self.published_db), "at": at}).encode())
            except BaseException:
                tmp.unlink(missing_ok=True)  # a disk that filled up gets its space back; the old snapshot stays
                raise
        return self.published_db

    def compact_work_db(self) -> None:
        """Rewrite the working database into a fresh file holding only its live rows (``COPY FROM DATABASE``), then
        rename it over the old one; the caller holds the writer lock and no connection to it is open.  DuckDB
        leaves deleted rows' bytes in the file's blocks (a deleted title stays readable with ``strings``, after a
        CHECKPOINT and a VACUUM too): a takedown needs them gone from the file analysts and backups get.  The
        takedowns waiting for it are marked compacted inside the new file, so the mark and the rewrite land
        together; a kill halfway leaves the old file whole, its takedowns unmarked, and the next publish compacts
        again."""
        wal = self.work_db.with_name(self.work_db.name + ".wal")
        if wal.exists():  # (replayed over the new file it would corrupt it; a checkpointed, closed database has none)
            raise DamagedDatabase(f"cannot compact {self.work_db}: its write-ahead log {wal} is still there")
        tmp = self.work_db.with_name(self.work_db.name + ".compacting")
        tmp_wal = tmp.with_name(tmp.name + ".wal")
        tmp.unlink(missing_ok=True)  # left by a compaction killed halfway
        tmp_wal.unlink(missing_ok=True)
        try:
            con = duckdb.connect(config=STORAGE)   # (the new file in the storage format 1.x clients read)
            try:
                con.execute(f"ATTACH {_sql_string(self.work_db)} AS zgc_src (READ_ONLY)")
                con.execute(f"ATTACH {_sql_string(tmp)} AS zgc_dst")
                con.execute("COPY FROM DATABASE zgc_src TO zgc_dst")
                con.execute("UPDATE zgc_dst.takedowns SET compacted_at = now() WHERE compacted_at IS NULL")
                con.execute("DETACH zgc_dst")
                con.execute("DETACH zgc_src")
            finally:
                con.close()
            con = _connect(tmp)
            try:
                self.migrate(con)  # views and catalog comments as the project writes them
                con.execute("CHECKPOINT")
            finally:
                con.close()
            tmp_wal.unlink(missing_ok=True)  # (empty after the checkpoint)
            with open(tmp, "rb") as fh:
                os.fsync(fh.fileno())
            os.replace(tmp, self.work_db)
            _fsync_dir(self.work_db.parent)
        except BaseException:
            tmp.unlink(missing_ok=True)
            tmp_wal.unlink(missing_ok=True)
            raise

    @property
    def snapshot_wal(self) -> Path:
        return self.published_db.with_name(self.published_db.name + ".wal")

    def _set_aside_snapshot_wal(self) -> None:
        """The snapshot is never written, so a write-ahead log beside it is a client's that opened it read-write
        (DuckDB's default; the file's 0444 mode does not stop root) and died: replayed over the new snapshot it
        fails every reader and every later refresh.  It is moved into state/, never deleted."""
        wal = self.snapshot_wal
        if wal.exists():
            aside = self.state_dir / f"{wal.name}.stale-{time.strftime('%Y%m%dT%H%M%S')}"
            os.replace(wal, aside)
            log.warning("set aside %s, a write-ahead log a client opening the published snapshot read-write left "
                        "(open it read-only), as %s", wal, aside)

    # -- schema ------------------------------------------------------------
    def _migrations(self, con: duckdb.DuckDBPyConnection) -> tuple[set[str], set[str]]:
        """(the schema migrations *con*'s database records as applied, this version's), read without writing."""
        done = {r[0] for r in con.execute("SELECT name FROM schema_migrations").fetchall()} \
            if _has_table(con, "schema_migrations") else set()
        return done, {p.name for p in (self.sql_dir / "migrations").glob("*.sql")}

    def migrate(self, con: duckdb.DuckDBPyConnection) -> list[str]:
        """Apply pending migrations in order, each with its record in one transaction; then write this version's views
        and macros, unless the database records them as written already (schema_views) and no migration ran."""
        con.execute("CREATE TABLE IF NOT EXISTS schema_migrations (name VARCHAR PRIMARY KEY, applied_at TIMESTAMPTZ)")
        done = {r[0] for r in con.execute("SELECT name FROM schema_migrations").fetchall()}
        applied = []
        migrations = sorted((self.sql_dir / "migrations").glob("*.sql"))
        if not migrations:
            raise FileNotFoundError(f"no schema migrations in {self.sql_dir / 'migrations'}: the installation is "
                                    "incomplete (reinstall zgc-monitor)")
        if unknown := sorted(done - {p.name for p in migrations}):
            # an older version writing into a newer warehouse cuts its data to what it knows (a split article to
            # its first page, a recorded copy back into a second article): refused before anything is written
            raise WarehouseTooNew(
                f"the warehouse {self.root} was upgraded by a newer zgc-monitor (schema migration {unknown[-1]}, "
                "which this version does not have): run the newer version, or restore a backup made before the "
                "upgrade; `sql` still reads it")
        for path in migrations:
            if path.name in done:
                continue
            con.execute("BEGIN")
            try:
                con.execute(path.read_text(encoding="utf-8"))
                con.execute("INSERT INTO schema_migrations VALUES (?, now())", [path.name])
                con.execute("COMMIT")
            except Exception:
                con.execute("ROLLBACK")
                raise
            applied.append(path.name)
        stored = _views_generation(con) if _has_table(con, "schema_views") else None
        if stored is not None and stored > VIEWS_GENERATION:
            raise WarehouseTooNew(
                f"the warehouse {self.root} holds the views of a newer zgc-monitor (generation {stored}; this version's "
                f"are generation {VIEWS_GENERATION}): run the newer version, or restore a backup made before the "
                "upgrade; `sql` still reads it")
        # views, macros and catalog comments are written again only when they are not this version's: every writer
        # opens here (a refresh some eleven times), and the 150-odd statements, each its own transaction, took
        # 0.1-0.2 s an open; when they are written, it is in one transaction, as one change
        sha = self.views_sha256()
        has_record = _has_table(con, "schema_views")
        current = has_record and con.execute(
            "SELECT count(*) FROM schema_views WHERE sha256 = ? AND generation = ?", [sha, VIEWS_GENERATION]
        ).fetchone()[0] == 1
        if current and not applied:
            return applied
        con.execute("BEGIN")
        try:
            for path in sorted((self.sql_dir / "views").glob("*.sql")):
                con.execute(path.read_text(encoding="utf-8"))
            if has_record and not current:
                con.execute("DELETE FROM schema_views")
                con.execute("INSERT INTO schema_views (sha256, written_at, generation) VALUES (?, now(), ?)",
                            [sha, VIEWS_GENERATION])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        return applied

    def views_sha256(self) -> str:
        """The fingerprint of this version's views and macros (their files' names and text)."""
        h = hashlib.sha256()
        for path in sorted((self.sql_dir / "views").glob("*.sql")):
            h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
        return h.hexdigest()


def _views_generation(con) -> int | None:
    """The generation of the views that last wrote the database (schema_views, migration 017 on; None: not known)."""
    return con.execute("SELECT max(generation) FROM schema_views").fetchone()[0]


# -- raw archive ---------------------------------------------------------------
def index_warc(con, root: Path, warc_path: Path, *, day: date, run_id: str) -> int:
    """Index the response records of one WARC file into raw_pages; returns new rows.

    A truncated tail (a crawl killed mid-write) ends the scan without error:
    every complete record before it is indexed, the partial one is ignored.
    Re-indexing the same file adds nothing; a page taken down is left out.
    """
    rel = str(warc_path.relative_to(root))
    known = {r[0] for r in con.execute("SELECT warc_offset FROM raw_pages WHERE warc_file = ?", [rel]).fetchall()}
    taken_down = {r[0] for r in con.execute("SELECT canonical_url FROM takedowns").fetchall()}
    held: set[str] = set()   # taken-down pages this file holds
    rows = []
    with open(warc_path, "rb") as fh:
        it = ArchiveIterator(fh)
        try:
            for record in it:
                if record.rec_type != "response":
                    continue
                body = record.content_stream().read()
                offset = it.get_record_offset()
                if offset in known:
                    continue
                declared = record.http_headers.get_header("Content-Length") if record.http_headers else None
                if declared is not None and declared.isdigit() and int(declared) != len(body):
                    log.warning("%s: record at %d is truncated (%d of %s bytes); ignored", rel, offset, len(body), declared)
                    break
                url = record.rec_headers.get_header("WARC-Target-URI")
                if taken_down and canonical_url(url) in taken_down:
                    # a page taken down (`zgc-monitor takedown`), in the WARC of a crawl killed before it: not indexed,
                    # and the file named with its takedown, whose archive purge (if asked for) then removes it there
                    log.info("%s: record at %d is %s, taken down; not indexed", rel, offset, url)
                    held.add(canonical_url(url))
                    continue
                status = int(record.http_headers.get_statuscode()) if record.http_headers else None
                fetched = record.rec_headers.get_header("WARC-Date")
                rows.append((
                    rel, offset, url, canonical_url(url),
                    record.rec_headers.get_header("WARC-Zgc-Source") or None,
                    record.rec_headers.get_header("WARC-Zgc-Kind") or "other",
                    status,
                    record.http_headers.get_header("Content-Type") if record.http_headers else None,
                    fetched, len(body), hashlib.sha1(body).hexdigest(), day, run_id,
                    record.rec_headers.get_header("WARC-Zgc-Part-Of") or None,
                    int(part) if (part := record.rec_headers.get_header("WARC-Zgc-Part") or "").isdigit() else None,
                ))
        except Exception as exc:  # truncated gzip member / partial record
            log.warning("%s: stopped at a damaged record (%s: %s); %d complete records kept",
                        rel, type(exc).__name__, exc, len(rows) + len(known))
    if held:
        con.execute("UPDATE takedowns SET archive_files = list_append(coalesce(archive_files, []), ?), purged_at = "
                    "CASE WHEN archive_purge THEN NULL ELSE purged_at END WHERE canonical_url IN (SELECT unnest(?)) "
                    "AND NOT list_contains(coalesce(archive_files, []), ?)", [rel, sorted(held), rel])
    if rows:
        con.executemany(
            "INSERT INTO raw_pages (warc_file, warc_offset, url, canonical_url, source, kind, status, content_type, "
            "fetched_at, bytes, sha1, day, run_id, part_of, part) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS TIMESTAMPTZ), ?, ?, ?, ?, ?, ?)", rows)
    return len(rows)


class DamagedRecord(ValueError):
    """An archived page that cannot be read back (a damaged or missing WARC file)."""


def read_warc_record(root: Path, warc_file: str, offset: int) -> tuple[bytes, dict[str, str]]:
    """The body and HTTP headers of the response record at *offset*; DamagedRecord, naming the file and the
    offset, when it cannot be read."""
    try:
        with open(root / warc_file, "rb") as fh:
            fh.seek(offset)
            record = next(iter(ArchiveIterator(fh)))
            if not str(record.format).startswith("warc") or record.rec_type != "response" or record.http_headers is None:
                # damaged bytes warcio took for something else (a legacy ARC header line): no page of ours
                raise DamagedRecord(f"cannot read the archived page at offset {offset} of {root / warc_file}: "
                                    f"not a WARC response record (damaged; read as {record.format} {record.rec_type})")
            body = record.content_stream().read()
            headers = {k: v for k, v in record.http_headers.headers}
    except DamagedRecord:
        raise
    except StopIteration:
        raise DamagedRecord(f"cannot read the archived page at offset {offset} of {root / warc_file}: the file "
                            "ends before it (truncated)") from None
    except Exception as exc:  # warcio's ArchiveLoadFailed, zlib / gzip errors, a missing file
        # (warcio quotes the bytes it found: kept short, and only what prints)
        raise DamagedRecord(f"cannot read the archived page at offset {offset} of {root / warc_file}: "
                            f"{type(exc).__name__}: {first_line(exc, 60)}") from exc
    return body, headers


def start_run(con, *, run_id: str, day: date, mode: str, warc_file: str) -> None:
    con.execute("INSERT INTO crawl_runs (run_id, day, mode, started_at, warc_file) VALUES (?, ?, ?, now(), ?) "
                "ON CONFLICT DO NOTHING", [run_id, day, mode, warc_file])


def take_over_unfinished_runs(con, run_id: str) -> int:
    """Make *run_id* count the articles of earlier runs that did not finish and wrote no source_health rows (a
    killed crawl's pages are extracted by a later run); returns how many it took over.  The runs those counted
    are passed on too: a run that took over a killed one and was killed in turn counts nothing itself."""
    taken = [r[0] for r in con.execute(f"""
        UPDATE crawl_runs SET counted_by = ?
        WHERE run_id <> ? AND coalesce(finish_reason, '') NOT IN {DONE_SQL} AND counted_by IS NULL
          AND run_id NOT IN (SELECT run_id FROM source_health)
        RETURNING run_id""", [run_id, run_id]).fetchall()]
    if taken:
        con.execute("UPDATE crawl_runs SET counted_by = ? WHERE counted_by IN (SELECT unnest(?))", [run_id, taken])
    return len(taken)


# crawl_runs.finish_reason of a crawl stopped at its time limit (its stats' "closespider_timeout"): a refresh that went
# on with what it fetched, as one that finished does, but that analysts must be able to tell from a complete crawl
TIME_LIMITED = "stopped at its time limit"
# the finish reasons of a crawl whose refresh went on (what status, refreshed_days and the take-over read as done), as SQL
DONE_SQL = f"('finished', '{TIME_LIMITED}')"


def finish_run(con, run_id: str, reason: str) -> None:
    con.execute("UPDATE crawl_runs SET finished_at = now(), finish_reason = ? WHERE run_id = ?", [reason, run_id])


def day_refreshed(con, day: date) -> tuple[str, date | None]:
    """Whether a refresh ran for *day*: ``"refreshed"`` (a crawl of that day finished, or articles were first seen on
    it), ``"unfinished"`` (its crawls were all interrupted or failed) or ``"never"``; and the latest refreshed day.
    (A live backfill that found nothing new counts here, as its run wrote the day's digest; ``refreshed_days``, which
    the trend columns read, leaves it out.)"""
    looked, ran, latest = con.execute(
        f"SELECT (SELECT count(*) FROM crawl_runs WHERE day = ? AND finish_reason IN {DONE_SQL})"
        " + (SELECT count(*) FROM articles WHERE first_seen = ?),"
        " (SELECT count(*) FROM crawl_runs WHERE day = ?), (SELECT max(day) FROM refreshed_days)",
        [day, day, day]).fetchone()
    return ("refreshed" if looked else "unfinished" if ran else "never"), latest


def unfinished_runs(con) -> list[tuple[str, date, str]]:
    return con.execute(
        "SELECT run_id, day, warc_file FROM crawl_runs WHERE finished_at IS NULL ORDER BY started_at").fetchall()


# a page that answered 200 without an article is fetched again by later crawls this many days after its first
# failure, until the archive holds this many copies of it (a placeholder, an anti-bot challenge, a template
# whose text came later); the newest copy is extracted again
REFETCH_FAILED_DAYS = 7
REFETCH_FAILED_COPIES = 3

# the newest archived copy of each page whose extraction failed, when it is newer than the copy that failed (rows
# recorded before migration 007 name no copy: their first copy is the one that failed)
_RETRIED_COPIES = """
    SELECT r.warc_file, r.warc_offset, r.url, r.canonical_url, r.source, r.content_type, r.day,
           coalesce(e.warc_file, first_value(r.warc_file) OVER w) AS failed_file,
           coalesce(e.warc_offset, first_value(r.warc_offset) OVER w) AS failed_offset
    FROM raw_pages r JOIN extraction_errors e USING (canonical_url)
    WHERE r.kind = 'article' AND r.status BETWEEN 200 AND 299
      AND r.canonical_url NOT IN (SELECT canonical_url FROM articles)
      AND r.canonical_url NOT IN (SELECT canonical_url FROM takedowns)
    WINDOW w AS (PARTITION BY r.canonical_url ORDER BY r.fetched_at, r.warc_offset
                 ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
    QUALIFY row_number() OVER (PARTITION BY r.canonical_url ORDER BY r.fetched_at DESC, r.warc_offset DESC) = 1
"""


def seen_urls(con, day: date | None = None) -> list[str]:
    """Canonical URLs of article pages (and further pages of articles) already fetched with a usable answer, and of
    pages taken down (never fetched again).  With
    *day* (the crawl's), a page whose extraction failed is left out -- fetched again -- within REFETCH_FAILED_DAYS
    of its first failure while the archive holds fewer than REFETCH_FAILED_COPIES copies of it."""
    retry = ""
    params: list = []
    if day is not None:
        retry = f"""AND canonical_url NOT IN (
            SELECT e.canonical_url FROM extraction_errors e JOIN raw_pages r USING (canonical_url)
            WHERE r.kind = 'article' AND r.status BETWEEN 200 AND 299 AND e.error NOT LIKE '{COPY_ERROR} %'
              AND e.day > ?::DATE - {REFETCH_FAILED_DAYS}::INTEGER
            GROUP BY e.canonical_url HAVING count(*) < {REFETCH_FAILED_COPIES})"""
        params = [day]
    return [r[0] for r in con.execute(
        "SELECT DISTINCT canonical_url FROM raw_pages WHERE kind IN ('article', 'article_page')"
        f" AND status BETWEEN 200 AND 299 {retry} UNION SELECT canonical_url FROM articles"
        # a page taken down (`zgc-monitor takedown`) is never fetched again
        " UNION SELECT canonical_url FROM takedowns", params).fetchall()]


def pending_pages(con) -> list[PageRef]:
    """Article pages in the archive that are neither an article nor a recorded failure yet, and newer copies of
    recorded failures (fetched again by a later crawl)."""
    rows = con.execute(f"""
        (SELECT r.warc_file, r.warc_offset, r.url, r.canonical_url, r.source, r.content_type, r.day
        FROM raw_pages r
        WHERE r.kind = 'article' AND r.status BETWEEN 200 AND 299
          AND r.canonical_url NOT IN (SELECT canonical_url FROM articles)
          AND r.canonical_url NOT IN (SELECT canonical_url FROM extraction_errors)
          AND r.canonical_url NOT IN (SELECT canonical_url FROM takedowns)
        QUALIFY row_number() OVER (PARTITION BY r.canonical_url ORDER BY r.fetched_at, r.warc_offset) = 1)
        UNION ALL
        SELECT warc_file, warc_offset, url, canonical_url, source, content_type, day FROM ({_RETRIED_COPIES})
        WHERE (warc_file, warc_offset) IS DISTINCT FROM (failed_file, failed_offset)
        ORDER BY 1, 2
    """).fetchall()
    return [PageRef(*r) for r in rows]


# a copy that keeps less than this share of the stored text, and whose own text the stored one holds less of, is
# another page at the article's address, not a correction of it (corrections seen keep most of the text; a soft 404
# keeps none of it)
REPLACED_BELOW = 0.3
# what a stored article asked for again answers when it was withdrawn (spiders.news: the stats file's "rechecks")
WITHDRAWN_ANSWERS = ("status_404", "status_410", "section_redirect")


def recheck_urls(con, day: date, days: int) -> list[tuple[str, str]]:
    """(source, url) of the articles first seen in the *days* days before *day*, or first fetched in them (Beijing
    days): asked for again by its crawl.  (A live backfill files what it fetches under the past day it fills, and
    asks no stored article again: its articles are asked again on the days after it ran.)"""
    if days <= 0:
        return []
    return con.execute("""
        SELECT source, url FROM articles
        WHERE (first_seen < ? AND first_seen >= ?::DATE - ?::INTEGER)
           OR canonical_url IN (SELECT r.canonical_url FROM raw_pages r JOIN articles a USING (canonical_url)
                                WHERE r.kind = 'article'
                                  AND r.fetched_at >= (?::DATE - ?::INTEGER)::TIMESTAMP AT TIME ZONE 'Asia/Shanghai'
                                  AND r.fetched_at < ?::DATE::TIMESTAMP AT TIME ZONE 'Asia/Shanghai'
                                  -- (fetched by a backfill: 30 hours after its first day began, as refreshed_days)
                                  AND r.fetched_at >= (a.first_seen::TIMESTAMP + INTERVAL 30 HOUR)
                                                      AT TIME ZONE 'Asia/Shanghai')
        ORDER BY first_seen, id""", [day, day, days, day, days, day]).fetchall()


def articles_stored_under(con, keys) -> dict[str, list[str]]:
    """Today's canonical *keys* -> the keys of the stored articles of each: the key itself, and the forms an earlier
    version stored the page under (``older_keys``: without the ``www.`` a bare host gained, with the ``www.`` a
    subdomain host lost, with a trailing slash; or with a parameter since dropped, a session id, which
    ``fold_canonical`` folds into the key), oldest article first.  Rows keep the key they were written with, and a
    crawl keys what it fetches, a stored article asked for again too, by today's form.  One query for all *keys*: a
    day's rechecks are hundreds."""
    forms: dict[str, str] = {}   # a form a page may be stored under -> today's key
    for key in keys:
        for k in older_keys(key):
            forms.setdefault(k, key)
    if not forms:
        return {}
    bases = sorted({k.split("?", 1)[0] for k in forms})
    out: dict[str, list[str]] = {}
    for (stored,) in con.execute(
            "SELECT canonical_url FROM articles WHERE split_part(canonical_url, '?', 1) IN (SELECT unnest(?)) "
            "ORDER BY first_seen, id", [bases]).fetchall():
        key = forms.get(stored) or forms.get(fold_canonical(stored))
        if key is not None:
            out.setdefault(key, []).append(stored)
    return out


def record_withdrawals(con, answers: dict[str, str], day: date) -> dict[str, int]:
    """Mark the stored articles whose page answered 404 / 410 or sent the crawl to the front page (*answers*:
    canonical URL -> what it answered) withdrawn on *day*; one that answered again is withdrawn no more.  An article
    stored under an older form of the key (``articles_stored_under``) is found too: the crawl keys its answer by
    today's form, and an exact match missed every withdrawal of such an article."""
    counts = {"withdrawn": 0, "returned": 0}
    stored = articles_stored_under(con, [k for k, a in answers.items() if a in WITHDRAWN_ANSWERS or a == "ok"])
    for key, answer in answers.items():
        if not (keys := stored.get(key)):
            continue
        if answer in WITHDRAWN_ANSWERS:
            n = con.execute("UPDATE articles SET withdrawn_on = ?, withdrawn_why = ? WHERE canonical_url IN "
                            "(SELECT unnest(?)) AND withdrawn_on IS NULL RETURNING id", [day, answer, keys]).fetchall()
            counts["withdrawn"] += len(n)
        elif answer == "ok":   # (one whose address now holds another page is judged by the copy's text)
            n = con.execute("UPDATE articles SET withdrawn_on = NULL, withdrawn_why = NULL WHERE canonical_url IN "
                            "(SELECT unnest(?)) AND withdrawn_on IS NOT NULL AND withdrawn_why <> 'replaced' "
                            "RETURNING id", [keys]).fetchall()
            counts["returned"] += len(n)
    return counts


def file_rechecks_under_stored_keys(con) -> int:
    """Give each archived copy of a stored article asked for again (kind ``recheck``) whose key no article has the
    key of the article stored under an older form of it (``articles_stored_under``; the oldest, if two are); returns
    the number of copies so filed.  The crawl keys a copy by today's form, so the copy of an article stored before a
    fold was added never met its article: its correction was never compared.  Filed under the article's own key, the
    copy is compared as any other, and a reprocess of the article's first day reads the corrected copy as that
    article, not as a second article under today's key."""
    orphans = [k for (k,) in con.execute("""
        SELECT DISTINCT r.canonical_url FROM raw_pages r
        WHERE r.kind = 'recheck' AND r.canonical_url NOT IN (SELECT canonical_url FROM articles)
          AND NOT EXISTS (SELECT 1 FROM article_rechecks k WHERE k.warc_file = r.warc_file
                          AND k.warc_offset = r.warc_offset)""").fetchall()]
    filed = 0
    for key, keys in sorted(articles_stored_under(con, orphans).items()):
        filed += len(con.execute("UPDATE raw_pages SET canonical_url = ? WHERE kind = 'recheck' AND canonical_url = ? "
                                 "RETURNING warc_offset", [keys[0], key]).fetchall())
    if filed:
        log.info("%d archived cop%s of stored articles asked for again filed under the older key their article is "
                 "stored under", filed, "y" if filed == 1 else "ies")
    return filed


def pending_rechecks(con) -> list[tuple[PageRef, str]]:
    """Archived copies of stored articles asked for again (kind ``recheck``) not compared yet, with the article's
    id, oldest first (a copy of an article stored under an older form of its key filed under that key first:
    ``file_rechecks_under_stored_keys``)."""
    file_rechecks_under_stored_keys(con)
    rows = con.execute("""
        SELECT r.warc_file, r.warc_offset, r.url, r.canonical_url, r.source, r.content_type, r.day, a.id
        FROM raw_pages r JOIN articles a ON a.canonical_url = r.canonical_url
        WHERE r.kind = 'recheck' AND r.status BETWEEN 200 AND 299
          AND NOT EXISTS (SELECT 1 FROM article_rechecks k WHERE k.warc_file = r.warc_file
                          AND k.warc_offset = r.warc_offset)
        ORDER BY r.fetched_at, r.warc_file, r.warc_offset
    """).fetchall()
    return [(PageRef(*r[:7]), r[7]) for r in rows]


_NOT_WORDS = re.compile(r"[\W_]+")


def _words(text: str | None) -> str:
    """*text*'s letters and digits, full-width forms folded: what a correction is judged on."""
    return _NOT_WORDS.sub("", unicodedata.normalize("NFKC", text or ""))


def _paragraphs(text: str | None) -> set[str]:
    """The paragraphs of a text as a correction is judged: letters and digits only (full-width forms folded), so that
    a space, a comma or a full-width colon changed is no correction."""
    return {key for p in (text or "").split("\n") if len(key := _words(p)) >= 6}


def _shared(old: str | None, new: str | None) -> float:
    """The share of the old text's 5-character runs the new text still has (letters and digits only)."""
    a, b = _words(old), _words(new)
    runs = {a[i:i + 5] for i in range(max(len(a) - 4, 0))}
    return len(runs & {b[i:i + 5] for i in range(max(len(b) - 4, 0))}) / len(runs) if runs else 1.0


def text_key(title: str | None, text: str | None) -> int:
    """The key ``articles.text_key`` keeps of an article's *title* and *text*: the first 8 bytes of the SHA-256 of the
    letters and digits of each (full-width forms folded), as ``text_fingerprint`` hashes a taken-down text; 0 for a
    text with neither, which no lookup matches.  The title is in it because one site's distinct pages can share
    their text (a template's "video loading" line, a fixed notice) and are told apart by their headlines; spaces and
    punctuation changed are the same key."""
    words = _words(text)
    return int.from_bytes(hashlib.sha256(f"{_words(title)}\n{words}".encode()).digest()[:8], "big") if words else 0


def fill_text_keys(con) -> int:
    """Give the stored articles without a text key (stored before migration 020) theirs, reading their titles and
    texts in one UPDATE through a function of this connection; returns how many.  (Row by row, 2,000 at a time, the
    39,583 articles of a real warehouse took 39.5 s; in one statement, 2.9 s.)  After the first refresh of an upgraded
    warehouse, a scan of one column that finds none."""
    if not con.execute("SELECT count(*) FROM articles WHERE text_key IS NULL").fetchall()[0][0]:
        return 0
    with contextlib.suppress(duckdb.NotImplementedException):   # (made once per connection: "already created")
        con.create_function("zgc_text_key", text_key, ["VARCHAR", "VARCHAR"], "UBIGINT", null_handling="special",
                            side_effects=False)
    return con.execute("UPDATE articles SET text_key = zgc_text_key(title, text) WHERE text_key IS NULL").fetchall()[0][0]


def stored_article_with_text(con, source: str | None, title: str | None, text: str | None) -> tuple[str, str] | None:
    """(id, url) of an article of *source* already stored whose title and text are *title* and *text*, letter for
    letter and digit for digit (``text_key``): the same article at another address (a site that moved to a new
    host, a second path to one story), which is not another article.  Another source's copy is not looked up: an
    outlet's reprint is its own article, and stories group it.  None when there is none, or *text* has no letter or
    digit.  (The lookup reads the source and key columns, not the texts: DuckDB uses no index for it.)"""
    key = text_key(title, text)
    if not key or source is None:
        return None
    row = con.execute("SELECT id, url FROM articles WHERE source = ? AND text_key = ? ORDER BY first_seen, id LIMIT 1",
                      [source, key]).fetchone()
    return (row[0], row[1]) if row else None


def _same_bytes(con, warc_file: str | None, warc_offset: int | None, page: PageRef) -> bool:
    """Whether the archived copy *page* has the bytes (sha1) of the copy at *warc_file*, *warc_offset* (the one a
    stored article was read from), and each further page archived for it (``article_parts``) one set of bytes in
    every copy: a page the site did not change.  False when either copy has no sha1 recorded."""
    return bool(con.execute("""
        SELECT (SELECT sha1 FROM raw_pages WHERE warc_file = ? AND warc_offset = ?)
               = (SELECT sha1 FROM raw_pages WHERE warc_file = ? AND warc_offset = ?)
           AND NOT EXISTS (SELECT part FROM raw_pages WHERE kind = 'article_page' AND status BETWEEN 200 AND 299
                           AND part_of = ? GROUP BY part HAVING count(DISTINCT sha1) > 1 OR count(sha1) < count(*))
    """, [warc_file, warc_offset, page.warc_file, page.warc_offset, page.url]).fetchone()[0])


def stored_siblings(con, aid: str, page: PageRef) -> list[str]:
    """The ids of the other rows the article *aid* is stored under, which a correction found by the copy *page*
    (filed under *aid*'s key) reaches too: the rows stored under another form of the copy's key
    (``articles_stored_under``: an older session key and today's), and the rows of *aid*'s source with its title and
    text (``text_key``, as it is before the correction: a site that moved, its old host's rows stored before
    migration 020).  Oldest first."""
    key = fold_canonical(page.canonical_url)   # (a copy filed under an older key: today's form of it)
    keys = articles_stored_under(con, [key]).get(key, [])
    return [i for (i,) in con.execute("""
        SELECT s.id FROM articles s, (SELECT id, source, text_key FROM articles WHERE id = ?) a
        WHERE s.id <> a.id AND (s.canonical_url IN (SELECT unnest(?::VARCHAR[]))
                                OR s.source = a.source AND s.text_key = a.text_key AND a.text_key <> 0)
        ORDER BY s.first_seen, s.id""", [aid, keys]).fetchall()]


def revise_article(con, aid: str, page: PageRef, art: ExtractedArticle | None, day: date, *,
                   not_found: bool = False, sibling: bool = False) -> str:
    """Compare a copy of a stored article asked for again with it: a changed title or paragraph makes the copy the
    article (its previous text kept in ``article_revisions``, ``revision`` counted up, ``updated_on`` *day*, its
    relevance and labels to be made again); a copy that keeps less than REPLACED_BELOW of the stored text is another
    page at its address (a "not found" page answered with 200), which marks the article withdrawn (``replaced``) and
    leaves its text.  A copy whose bytes are those of the copy the article was read from (and of its further pages)
    is ``same`` whatever its text: the site changed nothing, and a text that reads otherwise is the extractor's change
    (a release upgraded in place), not a correction; the stored text stays as it is (reprocess reads it again).
    Returns the outcome: ``same``, ``updated``, ``replaced``, ``failed`` (the copy yields no article; the stored one
    stays as it is).  A *sibling* (``stored_siblings``: another row of an article the copy updated) takes the
    correction when the copy is one of its text too, and nothing else: its own address answered, or was not asked,
    and the copy is recorded for the row it is filed under."""
    old = con.execute("SELECT title, text, author, published_at, warc_file, warc_offset, revision, relevant "
                      "FROM articles WHERE id = ?", [aid]).fetchone()
    unchanged = _same_bytes(con, old[4], old[5], page)
    if unchanged:
        outcome = "same"
    elif art is None:   # a "not found" page with nothing to extract is withdrawn as surely; else the copy is no news
        outcome = "replaced" if not_found else "failed"
    elif _shared(old[1], art.text) < REPLACED_BELOW and (not_found or _shared(art.text, old[1]) < REPLACED_BELOW):
        # another page at its address, not the story corrected: it keeps little of the stored text, and the stored
        # text holds little of it (a correction that cuts the story short keeps little, but what it says was there)
        outcome = "replaced"
    elif _words(old[0]) != _words(art.title) or _paragraphs(old[1]) != _paragraphs(art.text):
        outcome = "updated"
    else:
        outcome = "same"
    if sibling and outcome != "updated":
        return outcome
    if outcome == "replaced":   # withdrawn; its text stays as it was
        con.execute("UPDATE articles SET withdrawn_on = ?, withdrawn_why = 'replaced' WHERE id = ? "
                    "AND withdrawn_on IS NULL", [day, aid])
    elif art is not None or unchanged:   # the story is back at its address
        con.execute("UPDATE articles SET withdrawn_on = NULL, withdrawn_why = NULL WHERE id = ? "
                    "AND withdrawn_why = 'replaced'", [aid])
    if outcome == "updated":
        con.execute("INSERT OR REPLACE INTO article_revisions (article_id, revision, title, text, author, "
                    "published_at, warc_file, warc_offset, replaced_on, relevant) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [aid, old[6] or 0, old[0], old[1], old[2], old[3], old[4], old[5], day, old[7]])
        # (the publication time stays the first copy's: a correction does not republish the story)
        con.execute("""UPDATE articles SET title = ?, text = ?, analysis_text = ?, author = coalesce(?, author),
                           revision = coalesce(revision, 0) + 1, updated_on = ?, warc_file = ?, warc_offset = ?,
                           body_selector_missed = ?, text_key = ?, relevant = NULL, processed_at = now()
                           WHERE id = ?""",
                    [art.title, art.text, art.analysis_text, art.author, day, page.warc_file, page.warc_offset,
                     art.body_selector_missed, text_key(art.title, art.text), aid])
    if not sibling:   # (one record a copy: the row it is filed under)
        con.execute("INSERT OR REPLACE INTO article_rechecks VALUES (?, ?, ?, ?, ?)",
                    [page.warc_file, page.warc_offset, aid, day, outcome])
    return outcome


def pages_for_day(con, day: date) -> list[PageRef]:
    """The archived copy each article first seen on *day* was extracted from, and the newest copy of every page
    whose extraction failed on *day* (for reprocessing: a page a better extractor can now read becomes that
    day's article).  An article a correction reached through the copy of another row of it (``stored_siblings``:
    filed under that row's key) is read from that copy, under its own key: read from its own first copy, a
    reprocess took the correction back."""
    rows = con.execute(f"""
        SELECT warc_file, warc_offset, url, canonical_url, source, content_type, day FROM (
            SELECT r.warc_file, r.warc_offset, r.url, a.canonical_url, r.source, r.content_type, r.day, r.fetched_at,
                   (r.warc_file, r.warc_offset) IS NOT DISTINCT FROM (a.warc_file, a.warc_offset) AS own
            FROM raw_pages r JOIN articles a ON a.canonical_url = r.canonical_url
            WHERE r.kind IN ('article', 'recheck') AND r.status BETWEEN 200 AND 299 AND a.first_seen = ?
              AND r.canonical_url NOT IN (SELECT canonical_url FROM takedowns)
            UNION ALL
            SELECT r.warc_file, r.warc_offset, r.url, a.canonical_url, r.source, r.content_type, r.day, r.fetched_at,
                   true
            FROM raw_pages r JOIN articles a ON (a.warc_file, a.warc_offset) = (r.warc_file, r.warc_offset)
            WHERE r.canonical_url <> a.canonical_url AND r.kind IN ('article', 'recheck')
              AND r.status BETWEEN 200 AND 299 AND a.first_seen = ?
              AND a.canonical_url NOT IN (SELECT canonical_url FROM takedowns))
        -- the copy it was extracted from (a page fetched again after a failed copy, a corrected copy), else its first
        QUALIFY row_number() OVER (PARTITION BY canonical_url ORDER BY own DESC, fetched_at, warc_offset) = 1
        UNION ALL
        SELECT warc_file, warc_offset, url, canonical_url, source, content_type, day FROM ({_RETRIED_COPIES})
        WHERE canonical_url IN (SELECT canonical_url FROM extraction_errors WHERE day = ?)
        ORDER BY 1, 2
    """, [day, day, day]).fetchall()
    return [PageRef(*r) for r in rows]


# how extraction_errors names a page that is a copy of another archived page of its site (its rel=canonical);
# such a page is not fetched again
COPY_ERROR = "a copy of"


def archived_canonical(con, body: bytes, page: PageRef) -> str | None:
    """The address *page* names as its canonical one (``urls.declared_canonical``: another page of its site), when
    the archive holds that page as an article page with a usable answer, or it was taken down; None otherwise (a copy whose article
    page was never fetched stays the article)."""
    target = declared_canonical(body, page.url)
    if target is None:
        return None
    keys = older_keys(canonical_url(target))   # (a page stored before a fold was added keeps its older key)
    found = con.execute(
        "SELECT 1 FROM raw_pages WHERE canonical_url IN (SELECT unnest(?)) AND kind = 'article' "
        "AND status BETWEEN 200 AND 299 UNION ALL SELECT 1 FROM articles WHERE canonical_url IN (SELECT unnest(?)) "
        # (a copy of a page taken down is not stored in its place)
        "UNION ALL SELECT 1 FROM takedowns WHERE canonical_url IN (SELECT unnest(?)) "
        "LIMIT 1", [keys, keys, keys]).fetchone()
    return target if found else None


def article_parts(con, page: PageRef) -> list[PageRef]:
    """The further pages (2, 3, …) archived for the article whose first page is *page*, in page order: the newest
    copy of each page number, fetched by the crawl that fetched *page* or a later one."""
    rows = con.execute("""
        SELECT r.warc_file, r.warc_offset, r.url, r.canonical_url, r.source, r.content_type, r.day
        FROM raw_pages r
        WHERE r.kind = 'article_page' AND r.status BETWEEN 200 AND 299 AND r.part_of = ?
        QUALIFY row_number() OVER (PARTITION BY r.part ORDER BY r.fetched_at DESC, r.warc_offset DESC) = 1
        ORDER BY r.part
    """, [page.url]).fetchall()
    return [PageRef(*r) for r in rows]


def stored_article(con, canonical_url: str) -> str | None:
    """The id of the article stored for *canonical_url*, if any."""
    row = con.execute("SELECT id FROM articles WHERE canonical_url = ?", [canonical_url]).fetchone()
    return row[0] if row else None


def upsert_article(con, page: PageRef, art: ExtractedArticle, *, day: date, source: str) -> tuple[str, bool]:
    """Insert or update the article for *page*; first_seen is kept from the first insert."""
    aid = article_id(page.canonical_url)
    exists = con.execute("SELECT 1 FROM articles WHERE id = ?", [aid]).fetchone() is not None
    con.execute("""
        INSERT INTO articles (id, url, canonical_url, source, outlet, title, published_at, language, author,
                              text, analysis_text, first_seen, processed_at, warc_file, warc_offset,
                              body_selector_missed, text_key)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now(), ?, ?, ?, ?)
        ON CONFLICT (id) DO UPDATE SET
            outlet = excluded.outlet, title = excluded.title, published_at = excluded.published_at,
            language = excluded.language, author = excluded.author, text = excluded.text,
            analysis_text = excluded.analysis_text, body_selector_missed = excluded.body_selector_missed,
            text_key = excluded.text_key, processed_at = now()
        -- an unchanged article is not written again (reprocess: 3,000 unchanged articles took 25 s against 60 s,
        -- and on a year-sized warehouse the rewritten text blocks left the file 60% larger)
        WHERE (articles.outlet, articles.title, articles.published_at, articles.language, articles.author,
               articles.text, articles.analysis_text, articles.body_selector_missed)
              IS DISTINCT FROM (excluded.outlet, excluded.title, excluded.published_at, excluded.language,
                                excluded.author, excluded.text, excluded.analysis_text, excluded.body_selector_missed)
    """, [aid, page.url, page.canonical_url, source, art.outlet, art.title, art.published_at, art.language,
          art.author, art.text, art.analysis_text, day, page.warc_file, page.warc_offset, art.body_selector_missed,
          text_key(art.title, art.text)])
    con.execute("DELETE FROM extraction_errors WHERE canonical_url = ?", [page.canonical_url])
    return aid, not exists


def record_extraction_error(con, page: PageRef, *, day: date, error: str) -> None:
    """Record why *page* holds no article; a newer copy that fails too keeps the day of the first failure."""
    con.execute("""
        INSERT INTO extraction_errors (canonical_url, url, source, day, error, warc_file, warc_offset)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (canonical_url) DO UPDATE SET url = excluded.url, error = excluded.error,
            warc_file = excluded.warc_file, warc_offset = excluded.warc_offset,
            day = least(extraction_errors.day, excluded.day)
    """, [page.canonical_url, page.url, page.source, day, error[:500], page.warc_file, page.warc_offset])


def articles_to_classify(con, day: date | None = None, *, all_unlabelled: bool = True,
                         version: str | None = None) -> list[tuple[str, str | None, str, str | None]]:
    """(id, title, analysis_text, taxonomy version that labelled it before or None) of articles without a
    classification (or first seen on *day*); with *version*, also those labelled by another taxonomy version,
    so that a new taxonomy relabels the whole warehouse and trend views never mix two versions' labels."""
    cols = "id, title, text, taxonomy_version"
    if day is not None and not all_unlabelled:
        q, args = f"SELECT {cols} FROM articles WHERE first_seen = ? ORDER BY id", [day]
    elif version is not None:
        q, args = (f"SELECT {cols} FROM articles WHERE relevant IS NULL "
                   "OR taxonomy_version IS DISTINCT FROM ? ORDER BY id", [version])
    else:
        q, args = f"SELECT {cols} FROM articles WHERE relevant IS NULL ORDER BY id", []
    return con.execute(q, args).fetchall()


def version_key(version: str) -> tuple:
    """Sort key of a taxonomy version: plan_tasks.v10 after plan_tasks.v9 (a string max would not)."""
    return tuple(int(p) if p.isdigit() else p for p in re.split(r"(\d+)", version or ""))


def latest_taxonomy_version(con) -> str | None:
    versions = [v for (v,) in con.execute("SELECT DISTINCT taxonomy_version FROM plan_tasks").fetchall() if v]
    return max(versions, key=version_key) if versions else None


def store_classification(con, aid: str, result: Classification) -> None:
    store_classifications(con, [(aid, result)])


def store_classifications(con, results: list[tuple[str, Classification]]) -> None:
    """Each article's relevance and labels, replacing what an earlier classification stored: one UPDATE, one
    DELETE and one INSERT for the whole batch (three statements an article made a taxonomy upgrade's relabelling
    of a year of articles take most of an hour)."""
    if not results:
        return
    con.execute("CREATE OR REPLACE TEMP TABLE classified (id VARCHAR, relevant BOOLEAN, relevance DOUBLE, "
                "taxonomy_version VARCHAR)")
    con.executemany("INSERT INTO classified VALUES (?, ?, ?, ?)",
                    [(aid, r.relevant, r.relevance, r.taxonomy_version) for aid, r in results])
    con.execute("""UPDATE articles SET relevant = c.relevant, relevance = c.relevance,
                   taxonomy_version = c.taxonomy_version FROM classified c WHERE articles.id = c.id""")
    labels = [(aid, l.code, l.score, l.evidence, r.taxonomy_version, l.method) for aid, r in results for l in r.labels]
    con.execute("CREATE OR REPLACE TEMP TABLE new_labels (article_id VARCHAR, code VARCHAR, score DOUBLE, "
                "evidence VARCHAR, taxonomy_version VARCHAR, method VARCHAR)")
    if labels:
        con.executemany("INSERT INTO new_labels VALUES (?, ?, ?, ?, ?, ?)", labels)
    # the labels of an article whose labels change go to label_history (an article classified again to the same
    # labels, as a reprocess does, keeps its rows and their labelled_at)
    key = ("string_agg(concat_ws('|', code, CAST(score AS VARCHAR), coalesce(evidence, ''), "
           "coalesce(taxonomy_version, ''), coalesce(method, '')), chr(10) ORDER BY code)")
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE changed AS
        WITH old AS (SELECT article_id, {key} AS k FROM article_labels
                     WHERE article_id IN (SELECT id FROM classified) GROUP BY article_id),
             new AS (SELECT article_id, {key} AS k FROM new_labels GROUP BY article_id)
        SELECT c.id FROM classified c LEFT JOIN old o ON o.article_id = c.id LEFT JOIN new n ON n.article_id = c.id
        WHERE o.k IS DISTINCT FROM n.k""")
    con.execute("""
        INSERT INTO label_history
        SELECT l.article_id, l.code, l.score, l.evidence, l.taxonomy_version, l.method, l.labelled_at, now(),
               c.taxonomy_version
        FROM article_labels l JOIN classified c ON c.id = l.article_id
        WHERE l.article_id IN (SELECT id FROM changed)""")
    con.execute("DELETE FROM article_labels WHERE article_id IN (SELECT id FROM changed)")
    con.execute("""
        INSERT INTO article_labels (article_id, code, score, evidence, taxonomy_version, method, labelled_at)
        SELECT *, now() FROM new_labels WHERE article_id IN (SELECT id FROM changed)""")
    con.execute("DROP TABLE classified; DROP TABLE new_labels; DROP TABLE changed")


def assign_stories(con, *, reset: Iterable[str] = ()) -> dict[str, int]:
    """Give every article without one its story: a copy of a stored article (``pipeline.stories``) or a
    translation of one (``pipeline.translations``: the other language's version, dated within a few days)
    joins that article's story, anything else starts its own.  Articles are taken in the order they were
    first seen (then published, then id), so a story's id is its first article's.  ``reset`` names articles
    whose text was extracted again (a page fetched anew, ``reprocess``): they are matched again.  Stored
    stories are never merged or renamed; when the matching settings change (``stories.SCHEME``), every story
    is rebuilt.

    Returns counts: ``fingerprinted`` (articles assigned now), ``copies`` and ``translations`` (of them,
    found to copy or translate a stored article) and ``stories`` (stories they started)."""
    from pipeline import stories as st
    from pipeline import translations as tl

    reset = list(reset)
    roots: set[str] = set()  # reset articles that other articles' stories are named after keep their story
    if reset:
        con.execute("CREATE OR REPLACE TEMP TABLE story_reset (id VARCHAR)")
        con.executemany("INSERT INTO story_reset VALUES (?)", [(a,) for a in reset])
        roots = {r for (r,) in con.execute(
            "SELECT DISTINCT story_id FROM article_stories WHERE story_id IN (SELECT id FROM story_reset) "
            "AND article_id <> story_id").fetchall()}
        con.execute("DELETE FROM article_stories WHERE article_id IN (SELECT id FROM story_reset)")
        con.execute("DROP TABLE story_reset")
    if con.execute("SELECT count(*) FROM article_stories WHERE scheme <> ?", [st.SCHEME]).fetchone()[0]:
        log.info("story matching settings changed: rebuilding every story")
        con.execute("DELETE FROM article_stories")
        con.execute("DELETE FROM story_bands")
        roots = set()

    counts = {"fingerprinted": 0, "copies": 0, "translations": 0, "stories": 0}
    day_sql = "coalesce(CAST(a.published_at AS DATE), a.first_seen)"
    # (their texts are read a batch at a time below: selected here with the anti-join, the texts of every stored
    # article were read, 67 MB of a 40k-article warehouse's buffers, however few the day's articles)
    pending = con.execute(f"""
        SELECT a.id, a.language, {day_sql}, a.first_seen FROM articles a
        WHERE NOT EXISTS (SELECT 1 FROM article_stories s WHERE s.article_id = a.id)
        ORDER BY a.first_seen, a.published_at NULLS LAST, a.id
    """).fetchall()
    if not pending:  # nothing to match
        return counts
    # the band keys of articles without a story row are of a row removed since (a reset article, a row deleted by
    # hand to fingerprint the article again): they go, and the article's new keys are written with its new row
    con.execute("DELETE FROM story_bands WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [[p[0] for p in pending]])

    def texts_of(ids: list[str]) -> dict[str, str]:
        # a query for a match's candidates (one each cost 0.6 ms: seconds a refresh, thousands of candidates), the ids
        # a list of values, which the scan filters on: joined with a list (IN (SELECT unnest(?))), every text block of
        # the table was read (27 MB of buffers for the 60 newest articles of 40k, against 2 MB)
        got: dict[str, str] = {}
        for k in range(0, len(ids), 200):
            part = ids[k:k + 200]
            got.update(con.execute(f"SELECT id, text FROM articles WHERE id IN ({', '.join('?' * len(part))})",
                                   part).fetchall())
        return {a: got.get(a) or "" for a in ids}

    index = st.StoryIndex(lambda ids: [st.shingle_array(t) for t in texts_of(ids).values()])
    translations = tl.TranslationIndex(texts_of)
    # an article copies (or translates) only an article first seen no later than itself: matched again (reprocess),
    # as when it was first matched, and when a backfill of earlier days comes after later ones, which it would
    # otherwise join as a copy of an article seen days after it (a story's first article would then not be its first);
    # the first days of the day's articles and of their candidates are read with them, not the warehouse's every one
    first_seen = {aid: seen for aid, *_, seen in pending}
    # a translation is looked for only among articles dated within WINDOW_DAYS of the new one: the stored
    # articles of other days are never candidates, and are left out
    near_days = sorted({d + timedelta(days=k) for _, _, d, _ in pending if d is not None
                        for k in range(-tl.WINDOW_DAYS, tl.WINDOW_DAYS + 1)})
    if near_days:
        for aid, story, language, day, seen in con.execute(f"""
                SELECT s.article_id, s.story_id, a.language, {day_sql}, a.first_seen
                FROM article_stories s JOIN articles a ON a.id = s.article_id
                WHERE {day_sql} IN (SELECT unnest(?::DATE[])) ORDER BY s.article_id""", [near_days]).fetchall():
            translations.add(aid, story, language, day)
            first_seen[aid] = seen
    for start in range(0, len(pending), _STORY_BATCH):
        batch = pending[start:start + _STORY_BATCH]
        texts = texts_of([aid for aid, *_ in batch])
        fps = [st.fingerprint(texts[aid]) for aid, *_ in batch]
        stored = stored_story_candidates(con, [fp.signature if fp.size >= st.MIN_SHINGLES else None for fp in fps])
        for (aid, language, day, _), fp, cands in zip(batch, fps, stored):
            text = texts.pop(aid)
            first_seen.update((c, seen) for c, (_, seen) in cands.items())
            terms = None
            found: tuple[str, str, float, str] | None = None  # story, article, score, match kind
            if aid not in roots:
                mine = first_seen.get(aid)
                earlier = None if mine is None else (lambda cand: first_seen.get(cand, mine) <= mine)
                m = index.match(fp, earlier, {c: story for c, (story, _) in cands.items()})
                if m:
                    found = (m.story_id, m.article_id, m.containment, "copy")
                else:
                    t, terms = translations.match(language, day, text or "", earlier)
                    if t:
                        found = (t.story_id, t.article_id, t.score, "translation")
            story = found[0] if found else aid
            con.execute("INSERT INTO article_stories (article_id, story_id, copy_of, containment, shingles, "
                        "signature, scheme, match) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        [aid, story, found[1] if found else None, found[2] if found else None, fp.size,
                         fp.signature_bytes(), st.SCHEME, found[3] if found else None])
            store_story_bands(con, aid, fp.signature, fp.size)
            # (its shingles kept, 4 bytes each: a later article of the run that copies it need not read its text)
            index.add(aid, story, fp.signature, fp.size, fp.hashes)
            translations.add(aid, story, language, day, terms)
            counts["fingerprinted"] += 1
            counts[{"copy": "copies", "translation": "translations"}[found[3]] if found else "stories"] += 1
    return counts


_STORY_BATCH = 500  # articles fingerprinted, and their stored candidates looked up, at once


def store_story_bands(con, article_id: str, signature, size: int) -> None:
    """Write the band keys of a stored story row's signature (``stories.band_keys``), when its text is long enough
    to be matched at all (``stories.MIN_SHINGLES`` shingles)."""
    from pipeline import stories as st

    if size >= st.MIN_SHINGLES:
        keys = st.band_keys(signature)
        con.execute("INSERT INTO story_bands SELECT ?, unnest(range(?))::UTINYINT, unnest(?::UBIGINT[])",
                    [article_id, len(keys), keys])


def stored_story_candidates(con, signatures: list) -> list[dict[str, tuple[str, object]]]:
    """For each signature (None: a text too short to match), the stored articles that share all values of at least
    one LSH band with it (``stories.band_keys``, in ``story_bands``), as {article id: (story id, first seen)}: the
    candidates a MinHash LSH index over every stored story would give, found by one join on the band keys, which
    reads the bands table's two key columns and nothing of the articles that are not candidates."""
    from pipeline import stories as st

    probe_i, probe_band, probe_key = [], [], []
    for i, sig in enumerate(signatures):
        if sig is None:
            continue
        keys = st.band_keys(sig)
        probe_i += [i] * len(keys)
        probe_band += list(range(len(keys)))
        probe_key += keys
    out: list[dict[str, tuple[str, object]]] = [{} for _ in signatures]
    if not probe_i:
        return out
    for i, aid, story, seen in con.execute("""
            WITH probe AS (SELECT unnest(?::INTEGER[]) AS i, unnest(?::UTINYINT[]) AS band,
                                  unnest(?::UBIGINT[]) AS key)
            SELECT DISTINCT p.i, s.article_id, s.story_id, a.first_seen
            FROM probe p JOIN story_bands b ON b.band = p.band AND b.key = p.key
            JOIN article_stories s ON s.article_id = b.article_id
            JOIN articles a ON a.id = s.article_id""", [probe_i, probe_band, probe_key]).fetchall():
        out[i][aid] = (story, seen)
    return out


def check_taxonomy(con, version: str, sha256: str | None, path: str | None = None) -> None:
    """TaxonomyMismatch when labelling this warehouse with *version* would mix two taxonomies under one name or go
    back: a newer version labelled it (relabelling everything with an older one, while its task list and names stayed
    the newer's), or *version*'s files (the taxonomy and the models it names, *sha256*) changed since it first
    labelled it (its stored labels would say *version* and mean something else; nothing would be relabelled)."""
    latest = latest_taxonomy_version(con)
    used = f" (read from {path}; $ZGC_TAXONOMY names the file in use, else the packaged one)" if path else ""
    if latest and version_key(latest) > version_key(version):
        raise TaxonomyMismatch(
            f"the warehouse was labelled by taxonomy {latest}, newer than the {version} in use{used}: going back "
            f"would relabel it with {version} under {latest}'s task list. Point ZGC_TAXONOMY at {latest}'s file (a "
            f"scheduler's environment may lack it), install the version that has it, or, to undo {latest}'s changes, "
            "release the old taxonomy again under a version after it")
    row = con.execute("SELECT sha256, first_used FROM taxonomy_versions WHERE taxonomy_version = ?",
                      [version]).fetchone()
    if row and sha256 and row[0] != sha256:
        raise TaxonomyMismatch(
            f"taxonomy {version}{used} is not the one that labelled this warehouse on {row[1]:%Y-%m-%d}: its files "
            f"(the taxonomy and the model files it names) changed since (sha256 {row[0][:12]}… then, {sha256[:12]}… now). "
            f"A changed taxonomy or model needs a new version (plan_tasks.v{int(version_key(version)[1]) + 1}), "
            "which relabels every stored article; or restore the files as they were")


def use_taxonomy(con, version: str, sha256: str | None,
                 rows: Iterable[tuple[str, str, str | None, str, str, str, str]], path: str | None = None) -> None:
    """Check *version* against the warehouse (:func:`check_taxonomy`), then store its plan_tasks rows and its
    fingerprint (the first time it labels the warehouse)."""
    check_taxonomy(con, version, sha256, path)
    store_plan_tasks(con, rows)
    if sha256:
        con.execute("INSERT OR IGNORE INTO taxonomy_versions VALUES (?, ?, now())", [version, sha256])


def store_plan_tasks(con, rows: Iterable[tuple[str, str, str | None, str, str, str, str]]) -> None:
    """(code, plan, parent, name_zh, name_en, taxonomy_version, description) rows, replacing a version's own."""
    con.executemany("INSERT OR REPLACE INTO plan_tasks (code, plan, parent, name_zh, name_en, taxonomy_version, "
                    "description) VALUES (?, ?, ?, ?, ?, ?, ?)", list(rows))


def store_source_health(con, *, run_id: str, day: date, stats: dict) -> None:
    """Per-source counts of one crawl run (from the spider's stats file) plus article yields: the articles first seen
    on *day* from the pages it archived, or first seen from the pages the unfinished runs it took over archived (on
    *day*, or on the day of their crawl when that is later: a backfill that took over a later day's killed crawl).
    A run taken over by a later one (killed, its stats file left in the day's folder) keeps its requests and answers
    but counts no article: the run that took it over counts them."""
    con.execute("DELETE FROM source_health WHERE run_id = ?", [run_id])
    (taken_over,) = con.execute("SELECT count(*) FROM crawl_runs WHERE run_id = ? AND counted_by IS NOT NULL",
                                [run_id]).fetchone()
    for source, c in stats.items():
        def count(prefix: str) -> int:
            return sum(v for k, v in c.items() if k.startswith(prefix))
        # (the day an article is first seen on: the later of the extracting run's day and the page's crawl's day)
        new, relevant = (0, 0) if taken_over else con.execute("""
            SELECT count(*), count(*) FILTER (WHERE a.relevant)
            FROM articles a WHERE a.source = ? AND EXISTS
                 (SELECT 1 FROM raw_pages p WHERE p.canonical_url = a.canonical_url AND p.kind = 'article'
                  AND (p.run_id = ? OR p.run_id IN (SELECT run_id FROM crawl_runs WHERE counted_by = ?))
                  AND a.first_seen = greatest(?::DATE, coalesce(p.day, ?::DATE)))
        """, [source, run_id, run_id, day, day]).fetchone()
        con.execute("INSERT INTO source_health VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", [
            run_id, day, source, int(c.get("requests", 0)), count("status_2"), count("status_3"),
            count("status_4"), count("status_5"), int(c.get("errors", 0)), new, relevant,
            json.dumps(c, ensure_ascii=False)])


def day_counts(con, day: date) -> dict[str, int]:
    pages, fetched = con.execute(
        "SELECT count(*) FILTER (WHERE kind = 'article'), count(*) FROM raw_pages WHERE day = ?", [day]).fetchone()
    new, relevant = con.execute(
        "SELECT count(*), count(*) FILTER (WHERE relevant) FROM articles WHERE first_seen = ?", [day]).fetchone()
    return {"pages_fetched": fetched, "article_pages": pages, "articles_new": new, "relevant_new": relevant}


# -- takedowns -------------------------------------------------------------------
def _has_table(con, name: str) -> bool:
    return bool(con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = ? AND schema_name = 'main' "
                            "AND database_name = current_database()", [name]).fetchone()[0])


def _sql_string(value: object) -> str:
    """*value* as an SQL string literal (a path in ATTACH, which takes no parameter)."""
    return "'" + str(value).replace("'", "''") + "'"


def _fsync_dir(path: Path) -> None:
    """Make a rename in *path* durable (a crash after it does not bring the old file back)."""
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def file_sha1(path: Path) -> str:
    h = hashlib.sha1()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def finish_archive_rewrites(con, root: Path) -> int:
    """Finish the WARC rewrites of a takedown that a kill stopped between the commit of the new offsets and the
    rename of the new file: the new file, whole (its SHA-1 as recorded), is renamed over the old; a file already
    renamed is left as it is.  Returns how many were finished.  A new file that is gone or not whole leaves the
    row, and a warning: the offsets in the database are those of a file that is not there."""
    if not _has_table(con, "archive_rewrites"):   # (a schema before migration 009)
        return 0
    rows = con.execute("SELECT warc_file, temp_file, sha1 FROM archive_rewrites").fetchall()
    done = 0
    for warc_file, temp_file, sha1 in rows:
        target, temp = root / warc_file, root / temp_file
        if temp.is_file() and file_sha1(temp) == sha1:
            os.replace(temp, target)
            _fsync_dir(target.parent)
        elif not (target.is_file() and file_sha1(target) == sha1):
            log.warning("the rewrite of %s without a taken-down page did not finish and its new file %s is gone or "
                        "damaged: the offsets of its other records are wrong until it is restored", target, temp)
            continue
        con.execute("DELETE FROM archive_rewrites WHERE warc_file = ?", [warc_file])
        done += 1
    return done


ARTICLE_ID = re.compile(r"[0-9a-f]{16}")


@dataclass(frozen=True)
class TakedownTarget:
    asked: str                 # what the user named: an address or an article id
    canonical_url: str         # the stored key of the page
    url: str | None
    article_id: str | None     # None: an archived page that holds no article (a failed extraction)
    already: bool              # taken down before


def resolve_takedown(con, asked: str) -> TakedownTarget | None:
    """What *asked* (an article's address in any of its forms, or its id) names in the warehouse: a stored article,
    an archived page without one, or an earlier takedown; None when the warehouse has none of these.  A further
    page of an article (page 2, 3 ...) names its article, and so does a page recorded as its copy (an AMP copy, the
    article at the address its site moved to); a listing page names nothing."""
    one = lambda sql, params: con.execute(sql, params).fetchone()  # noqa: E731
    if ARTICLE_ID.fullmatch(asked.strip().lower()):
        aid = asked.strip().lower()
        if row := one("SELECT canonical_url, url FROM articles WHERE id = ?", [aid]):
            return TakedownTarget(asked, row[0], row[1], aid, False)
        if row := one("SELECT canonical_url, url FROM takedowns WHERE article_id = ? AND kind = 'article'", [aid]):
            return TakedownTarget(asked, row[0], row[1], aid, True)
        return None
    keys = stored_keys(con, canonical_url(asked))
    if row := one("SELECT canonical_url, url, id FROM articles WHERE canonical_url IN (SELECT unnest(?)) OR url = ? "
                  "LIMIT 1", [keys, asked]):
        return TakedownTarget(asked, row[0], row[1], row[2], False)
    if row := one("SELECT coalesce(taken_down_with, canonical_url) FROM takedowns WHERE canonical_url IN "
                  "(SELECT unnest(?)) LIMIT 1", [keys]):
        row = one("SELECT canonical_url, url, article_id FROM takedowns WHERE canonical_url = ?", [row[0]])
        return TakedownTarget(asked, row[0], row[1], row[2], True)
    if row := one("SELECT part_of FROM raw_pages WHERE canonical_url IN (SELECT unnest(?)) AND kind = 'article_page' "
                  "AND part_of IS NOT NULL LIMIT 1", [keys]):
        found = resolve_takedown(con, row[0])   # page 2 of an article: the article
        return found and TakedownTarget(asked, found.canonical_url, found.url, found.article_id, found.already)
    if (of := copy_recorded_of(con, keys)) is not None and (row := one(
            "SELECT canonical_url, url, id FROM articles WHERE canonical_url IN (SELECT unnest(?)) LIMIT 1",
            [stored_keys(con, canonical_url(of))])):
        # a page recorded as a copy of a stored article (an AMP or print copy naming it; the article at the address its
        # site moved to, which the site shows now): the article, with every copy of it.  Taken down alone, the copy
        # went and the article stayed in the warehouse and its digest.
        return TakedownTarget(asked, row[0], row[1], row[2], False)
    if row := one("SELECT canonical_url, url FROM raw_pages WHERE canonical_url IN (SELECT unnest(?)) AND kind IN "
                  "('article', 'redirect') UNION ALL SELECT canonical_url, url FROM extraction_errors WHERE "
                  "canonical_url IN (SELECT unnest(?)) LIMIT 1", [keys, keys]):
        return TakedownTarget(asked, row[0], row[1], None, False)
    return None


def stored_keys(con, key: str) -> list[str]:
    """*key* (today's canonical form) and the keys the warehouse may hold the same page under: the forms earlier
    versions stored (``older_keys``), and a key stored with a parameter since dropped from the canonical form (a
    session id, a doubled slash in the path: ``fold_canonical`` of it is *key*)."""
    keys = older_keys(key)
    found = set()
    for k in keys:
        base = k.split("?", 1)[0] + "?"
        found |= {s for (s,) in con.execute(
            "SELECT canonical_url FROM articles WHERE starts_with(canonical_url, ?) UNION "
            "SELECT canonical_url FROM raw_pages WHERE starts_with(canonical_url, ?) UNION "
            "SELECT canonical_url FROM takedowns WHERE starts_with(canonical_url, ?)", [base] * 3).fetchall()}
    # keys with a doubled slash in the path (stored before it was folded: //news/1.html), on the same host
    scheme, _, rest = key.partition("://")
    host = scheme + "://" + rest.split("/", 1)[0]
    found |= {s for (s,) in con.execute(
        "SELECT canonical_url FROM articles WHERE starts_with(canonical_url, $1) AND contains(substr(canonical_url, "
        "$2), '//') UNION SELECT canonical_url FROM raw_pages WHERE starts_with(canonical_url, $1) AND "
        "contains(substr(canonical_url, $2), '//') UNION SELECT canonical_url FROM takedowns WHERE "
        "starts_with(canonical_url, $1) AND contains(substr(canonical_url, $2), '//')",
        [host + "/", len(host) + 1]).fetchall()}
    return keys + sorted(s for s in found - set(keys) if fold_canonical(s) in keys)


def copy_recorded_of(con, keys: list[str]) -> str | None:
    """The address of the page that the archived page *keys* name (its stored forms) is recorded as a copy of
    (extraction_errors ``a copy of <address> (...)``: an AMP or print copy, or the same title and text at another
    address of its source), or None."""
    row = con.execute("SELECT error FROM extraction_errors WHERE canonical_url IN (SELECT unnest(?)) AND error LIKE ? "
                      "ORDER BY day, canonical_url LIMIT 1", [keys, f"{COPY_ERROR} %"]).fetchone()
    if row is None:
        return None
    of = row[0][len(COPY_ERROR) + 1:].split(" (", 1)[0].strip()
    try:
        canonical_url(of)
    except ValueError:
        return None
    return of


def _copies_of(con, keys: list[str]) -> list[tuple[str, str]]:
    """(canonical_url, url) of the archived pages recorded as copies of the page *keys* name (an AMP, print or
    mobile copy whose rel=canonical names it: extraction_errors 'a copy of <address> (...)')."""
    out = []
    for key, url, error in con.execute(
            "SELECT canonical_url, url, error FROM extraction_errors WHERE error LIKE ?", [f"{COPY_ERROR} %"]).fetchall():
        target = error[len(COPY_ERROR) + 1:].split(" (", 1)[0].strip()
        with contextlib.suppress(ValueError):
            if set(older_keys(canonical_url(target))) & set(keys):
                out.append((key, url))
    return out


def take_down(con, targets: list[TakedownTarget], *, reason: str | None, purge: bool,
              part_text: Callable[[str, int, str], str | None] | None = None) -> dict:
    """Remove *targets* from the warehouse in the caller's transaction and record them in ``takedowns``: their
    articles, labels and story rows (the stories they led get their earliest remaining article as lead), the
    ``raw_pages`` rows of every copy of the page, of its further pages and of the AMP / print copies recorded as its
    copies, and their ``extraction_errors``.  A target taken down before has what is left of it removed again
    (nothing, unless something brought a row back) and, with *purge*, its archive purge asked for.

    A target taken down before with another reason gets *reason* (when given) as its reason, its first takedown's
    date kept.

    Returns ``rows_removed`` per table, ``stories`` (reattached), ``days`` (first-seen days whose digests showed
    the removed articles or the stories that changed lead), ``pages`` (canonical_url -> kind, per target) and
    ``reasons_was`` (canonical_url -> the reason *reason* replaced, per target taken down before).
    *part_text* (WARC file, offset, URL -> its text, or None) reads a further page's own text, whose fingerprint is
    then kept beside the article's: page 2 alone under another address is a taken-down page's text too."""
    removed = {t: 0 for t in ("articles", "article_labels", "label_history", "article_stories", "article_revisions",
                              "article_rechecks", "raw_pages", "extraction_errors")}
    pages: dict[str, dict[str, str]] = {}
    reasons_was: dict[str, str | None] = {}
    days: set[date] = set()
    rows = []
    article_ids = {t.article_id for t in targets if t.article_id}
    for t in targets:
        today_key = canonical_url(t.canonical_url)
        # the same page stored again under a key an older version kept (a session id it did not drop): its rows go
        # with it, recorded as copies (never fetched again)
        resumed = sorted(set(stored_keys(con, today_key)) - set(older_keys(today_key)) - {t.canonical_url})
        keys = sorted({t.canonical_url, *older_keys(today_key), *resumed})
        article_ids |= {a for (a,) in con.execute(
            "SELECT id FROM articles WHERE canonical_url IN (SELECT unnest(?))", [resumed]).fetchall()}
        urls = [u for (u,) in con.execute(
            "SELECT url FROM raw_pages WHERE canonical_url IN (SELECT unnest(?)) UNION "
            "SELECT url FROM articles WHERE id = ? UNION SELECT url FROM takedowns WHERE canonical_url = ?",
            [keys, t.article_id, t.canonical_url]).fetchall()]
        parts = con.execute("SELECT DISTINCT canonical_url, url FROM raw_pages WHERE kind = 'article_page' AND "
                            "part_of IN (SELECT unnest(?))", [urls]).fetchall()
        copies = _copies_of(con, keys)
        mine = {t.canonical_url: "article", **{k: "copy" for k, _ in copies}, **{k: "copy" for k in resumed},
                **{k: "part" for k, _ in parts}}
        pages[t.canonical_url] = mine
        every = list(mine)
        files = sorted({f for (f,) in con.execute(
            "SELECT warc_file FROM raw_pages WHERE canonical_url IN (SELECT unnest(?)) UNION "
            "SELECT warc_file FROM extraction_errors WHERE canonical_url IN (SELECT unnest(?)) UNION "
            "SELECT warc_file FROM articles WHERE id = ?", [every, every, t.article_id]).fetchall() if f})
        first_seen, source = con.execute(
            "SELECT coalesce((SELECT first_seen FROM articles WHERE id = ?), (SELECT day FROM extraction_errors WHERE "
            "canonical_url = ?), (SELECT min(day) FROM raw_pages WHERE canonical_url = ?)), "
            "coalesce((SELECT source FROM articles WHERE id = ?), (SELECT any_value(source) FROM raw_pages WHERE "
            "canonical_url = ?))", [t.article_id, t.canonical_url, t.canonical_url, t.article_id,
                                    t.canonical_url]).fetchone()
        url_of = {**dict(con.execute("SELECT canonical_url, any_value(url) FROM raw_pages WHERE canonical_url IN "
                                     "(SELECT unnest(?)) GROUP BY 1", [resumed]).fetchall()),
                  t.canonical_url: t.url, **dict(copies), **dict(parts)}
        if t.already:
            # (with *purge*, every file it was ever in is read again: a record its rows no longer point to, such as a
            # copy an earlier version unindexed without purging it, is found by what it names as its canonical page)
            con.execute("UPDATE takedowns SET archive_purge = archive_purge OR ?, archive_files = list_distinct("
                        "list_concat(coalesce(archive_files, []), ?::VARCHAR[])), purged_at = CASE WHEN ? "
                        "THEN NULL ELSE purged_at END WHERE canonical_url = ? OR taken_down_with = ?",
                        [purge, files, purge, t.canonical_url, t.canonical_url])
            days |= {d for (d,) in con.execute("SELECT first_seen FROM takedowns WHERE canonical_url = ? AND "
                                               "first_seen IS NOT NULL", [t.canonical_url]).fetchall()}
            # the copies and further pages archived since (a print copy naming it as its canonical page, fetched by a
            # later crawl): recorded with it, in this same transaction that deletes their index rows, so that the
            # purge finds their records (a kill before it leaves them for the same takedown run again)
            was = con.execute("SELECT archive_purge, source, first_seen, reason FROM takedowns WHERE canonical_url = ?",
                              [t.canonical_url]).fetchone()
            if reason is not None and reason != was[3]:
                # a new --reason (a second request, a court order after an editor's): the record's reason, its
                # copies' and further pages' too; its taken_at stays the first takedown's, and takedown_log keeps the
                # old reason in its row and the new one in a row of its own (action 'reason')
                changed = con.execute("UPDATE takedowns SET reason = ? WHERE canonical_url = ? OR taken_down_with = ? "
                                      "RETURNING canonical_url, article_id, kind, taken_down_with, source",
                                      [reason, t.canonical_url, t.canonical_url]).fetchall()
                con.executemany(f"INSERT INTO takedown_log VALUES (?, ?, ?, ?, ?, '{REASON_CHANGED}', ?, now())",
                                [(*r, reason) for r in changed])
                reasons_was[t.canonical_url] = was[3]
            known = {k for (k,) in con.execute("SELECT canonical_url FROM takedowns WHERE canonical_url IN "
                                               "(SELECT unnest(?))", [list(mine)]).fetchall()}
            rows += [(key, url_of.get(key), None, kind, t.canonical_url, was[1], None, reason or was[3],
                      purge or was[0], files, None, None, None) for key, kind in mine.items() if key not in known]
        else:
            if first_seen:
                days.add(first_seen)
            # a fingerprint of its text (never the text): the extraction refuses a new article of the same source with
            # the same or nearly the same text, which a link the key does not fold (?x=1) brings back
            text = con.execute("SELECT text FROM articles WHERE id = ?", [t.article_id]).fetchone() if \
                t.article_id else None
            fingerprint = text_fingerprint(text[0] if text else None)
            prints = {t.canonical_url: fingerprint}
            if part_text is not None and parts:
                # each further page's own text (its first archived answer), fingerprinted as the article's is
                for key, warc_file, offset, url in con.execute(
                        "SELECT canonical_url, warc_file, warc_offset, url FROM raw_pages WHERE kind = 'article_page' "
                        "AND status BETWEEN 200 AND 299 AND canonical_url IN (SELECT unnest(?)) QUALIFY row_number() "
                        "OVER (PARTITION BY canonical_url ORDER BY fetched_at, warc_file, warc_offset) = 1",
                        [[k for k, _ in parts]]).fetchall():
                    prints[key] = text_fingerprint(part_text(warc_file, offset, url))
            for key, kind in mine.items():
                rows.append((key, url_of.get(key), t.article_id, kind, None if kind == "article" else t.canonical_url,
                             source, first_seen, reason, purge, files,
                             *(prints.get(key, (None, None, None)) if kind in ("article", "part")
                               else (None, None, None))))
        if t.article_id:   # the days whose digests listed it as corrected or withdrawn show it too
            days |= {d for (d,) in con.execute(
                "SELECT updated_on FROM articles WHERE id = ? UNION SELECT withdrawn_on FROM articles WHERE id = ? "
                "UNION SELECT replaced_on FROM article_revisions WHERE article_id = ? UNION "
                "SELECT day FROM article_rechecks WHERE article_id = ?", [t.article_id] * 4).fetchall() if d}
        con.execute("CREATE OR REPLACE TEMP TABLE takedown_keys (canonical_url VARCHAR)")
        con.executemany("INSERT INTO takedown_keys VALUES (?)", [(k,) for k in every])
        removed["raw_pages"] += con.execute(
            "DELETE FROM raw_pages WHERE canonical_url IN (SELECT canonical_url FROM takedown_keys) OR "
            "(kind = 'article_page' AND part_of IN (SELECT unnest(?)))", [urls]).fetchone()[0]
        removed["extraction_errors"] += con.execute(
            "DELETE FROM extraction_errors WHERE canonical_url IN (SELECT canonical_url FROM takedown_keys)"
        ).fetchone()[0]
        con.execute("DROP TABLE takedown_keys")
    stories = reattach_stories(con, article_ids)
    days |= {d for s in stories for d in s.pop("days")}
    con.execute("CREATE OR REPLACE TEMP TABLE takedown_ids (id VARCHAR)")
    if article_ids:   # (none: a page archived without an article, a 404 or a failed extraction)
        con.executemany("INSERT INTO takedown_ids VALUES (?)", [(a,) for a in article_ids])
    for table, column in (("article_labels", "article_id"), ("label_history", "article_id"),
                          ("article_stories", "article_id"), ("article_revisions", "article_id"),
                          ("article_rechecks", "article_id"), ("articles", "id")):
        removed[table] += con.execute(
            f"DELETE FROM {table} WHERE {column} IN (SELECT id FROM takedown_ids)").fetchone()[0]
    # (the story rows' band keys, which are derived from them, go with them; not counted apart)
    con.execute("DELETE FROM story_bands WHERE article_id IN (SELECT id FROM takedown_ids)")
    con.execute("DROP TABLE takedown_ids")
    if rows:
        con.executemany("""
            INSERT INTO takedowns (canonical_url, url, article_id, kind, taken_down_with, source, first_seen, reason,
                                   taken_at, archive_purge, archive_files, text_sha256, text_signature, text_shingles)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, now(), ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", rows)
        con.execute("""
            INSERT INTO takedown_log SELECT canonical_url, article_id, kind, taken_down_with, source, 'takedown', reason,
                                            taken_at
            FROM takedowns WHERE canonical_url IN (SELECT unnest(?)) AND taken_at = now()""", [[r[0] for r in rows]])
    return {"rows_removed": removed, "stories": stories, "days": sorted(days), "pages": pages,
            "reasons_was": reasons_was}


# a new article of a taken-down page's source has the same text again when the MinHash signatures of the two texts
# (their shingles as stories reads them) agree in this share of their values (their estimated Jaccard similarity):
# the page under another address, give or take a line; or when this share of its own shingles is, by that estimate,
# in the taken-down text and the two agree in at least MOSTLY_SIMILAR of their values (the first page of a taken-down
# article of two or three pages, whose further pages the crawl no longer fetches), or this share of the taken-down
# text's shingles is in it at that similarity (the whole taken-down text again with more added: a reviewer's page that
# repeated it word for word below a new paragraph was stored).  Two of one site's own reports of an event share far
# less; a page over about three times the taken-down text's length that quotes it is its own page.
NEAR_SAME_TEXT = 0.8
MOSTLY_SIMILAR = 0.3
REFUSED = "refused"   # takedown_log.action of a page the extraction refused as a taken-down page's
REASON_CHANGED = "reason"   # takedown_log.action of a takedown run again with a new --reason (the new reason)


def text_fingerprint(text: str | None) -> tuple[str | None, bytes | None, int]:
    """(SHA-256 of *text*'s letters and digits, full-width forms folded; its MinHash signature as stories keeps it,
    None for a text too short to match on; its shingles) -- what a takedown keeps of the text, which cannot be read
    back from them.  (None, None, 0) for no text."""
    from pipeline.stories import MIN_SHINGLES, fingerprint

    words = _words(text)
    if not words:
        return None, None, 0
    fp = fingerprint(text or "")
    return (hashlib.sha256(words.encode()).hexdigest(), fp.signature_bytes() if fp.size >= MIN_SHINGLES else None,
            fp.size)


def takedown_of(con, url: str) -> str | None:
    """The key of the takedown (the article asked for, not its copy or part) that *url* was taken down with, in
    any of its stored forms; None when it was not taken down."""
    try:
        keys = older_keys(canonical_url(url))
    except ValueError:
        return None
    row = con.execute("SELECT coalesce(taken_down_with, canonical_url) FROM takedowns WHERE canonical_url IN "
                      "(SELECT unnest(?)) LIMIT 1", [keys]).fetchone()
    return row[0] if row else None


def taken_down_text(con, source: str | None, text: str | None) -> tuple[str, str] | None:
    """(takedown key, why) when *text* is the text, or nearly, or mostly, of an article taken down from *source* (its
    fingerprint: ``text_fingerprint``; NEAR_SAME_TEXT); None otherwise.  Only the same source's takedowns are read:
    another outlet's reprint of a story is its own page, which a takedown of one outlet's copy does not remove."""
    rows = con.execute("SELECT coalesce(taken_down_with, canonical_url), text_sha256, text_signature, text_shingles "
                       "FROM takedowns WHERE source = ? AND text_sha256 IS NOT NULL ORDER BY taken_at, canonical_url",
                       [source]).fetchall()
    if not rows:
        return None
    sha, signature, size = text_fingerprint(text)
    if sha is None:
        return None
    for key, other, _, _ in rows:
        if other == sha:
            return key, "the same text"
    if signature is None:
        return None
    import numpy as np

    mine = np.frombuffer(signature, dtype="<u8")
    for key, _, other, other_size in rows:
        if other is None or len(other) != len(signature):
            continue
        if why := _same_text(float((np.frombuffer(other, dtype="<u8") == mine).mean()), size, other_size):
            return key, why
    return None


def _same_text(similar: float, size: int, taken_size: int | None) -> str | None:
    """Why a text of *size* shingles whose MinHash signature agrees in *similar* of its values with a taken-down text
    of *taken_size* shingles is that text again (NEAR_SAME_TEXT, MOSTLY_SIMILAR), or None."""
    if similar >= NEAR_SAME_TEXT:
        return f"nearly the same text ({similar:.0%} of its fingerprint)"
    if similar < MOSTLY_SIMILAR or not taken_size:
        return None
    # the shingles both have, estimated from the similarity and the two sizes: |A and B| = J (|A| + |B|) / (1 + J)
    both = similar * (size + taken_size) / (1 + similar)
    if both >= NEAR_SAME_TEXT * size:
        return "mostly the same text (a part of it)"
    if both >= NEAR_SAME_TEXT * taken_size:
        return "all the text, with more added,"
    return None


def stored_same_text(con, keys: list[str]) -> list[dict]:
    """The stored articles of the same source whose text is, nearly or mostly, the text of an article taken down by
    *keys* (as ``taken_down_text`` judges a new page): ``{article_id, url, taken_down, why}``.  A takedown removes the
    page it names and its copies, not these (another address of the source may be another page that quotes it): it
    names them, so that they can be taken down by their own address or id (a reviewer found one stored under another
    address before the takedown left as the story's lead, unmentioned).  Candidates come from the story band keys
    (``stored_story_candidates``), as a refresh finds copies; a text too short to fingerprint is not judged."""
    import numpy as np

    found: list[dict] = []
    for key, source, signature, taken_size in con.execute(
            "SELECT canonical_url, source, text_signature, text_shingles FROM takedowns WHERE canonical_url IN "
            "(SELECT unnest(?)) AND kind = 'article' AND text_signature IS NOT NULL ORDER BY canonical_url",
            [keys]).fetchall():
        mine = np.frombuffer(signature, dtype="<u8")
        try:
            (candidates,) = stored_story_candidates(con, [mine])
        except ValueError:   # (a signature of other settings than today's: no band keys to look up)
            continue
        if not candidates:
            continue
        for article_id, url, other, size in con.execute(
                "SELECT a.id, a.url, s.signature, s.shingles FROM articles a JOIN article_stories s ON "
                "s.article_id = a.id WHERE a.id IN (SELECT unnest(?)) AND a.source = ? ORDER BY a.id",
                [sorted(candidates), source]).fetchall():
            if other is None or len(other) != len(signature):
                continue
            why = _same_text(float((np.frombuffer(other, dtype="<u8") == mine).mean()), size or 0, taken_size)
            if why:
                found.append({"article_id": article_id, "url": url, "taken_down": key, "why": why})
    return found


def refuse_taken_down(con, page: PageRef, taken_down: str, why: str) -> dict:
    """Record *page* (not stored: a copy of the page taken down as *taken_down*, or its text under another address)
    as taken down with it, in the caller's transaction: a ``takedowns`` row (kind ``copy``; its further pages
    ``part``) with that takedown's reason and archive purge, and the WARC files that hold it, so that the crawl
    never fetches it again and the purge (``takedown.purge_archive``) removes its records; then its index rows are
    deleted.  ``takedown_log`` records it (action ``refused``).  Returns what the refresh reports."""
    purge, reason = con.execute("SELECT archive_purge, reason FROM takedowns WHERE canonical_url = ?",
                                [taken_down]).fetchone()
    parts = dict(con.execute("SELECT canonical_url, any_value(url) FROM raw_pages WHERE kind = 'article_page' AND "
                             "part_of = ? GROUP BY 1", [page.url]).fetchall())
    every = [page.canonical_url, *sorted(set(parts) - {page.canonical_url})]
    files = sorted({f for (f,) in con.execute(
        "SELECT warc_file FROM raw_pages WHERE canonical_url IN (SELECT unnest(?)) UNION "
        "SELECT warc_file FROM extraction_errors WHERE canonical_url IN (SELECT unnest(?))", [every, every]).fetchall()
        if f} | {page.warc_file})
    con.executemany("""
        INSERT INTO takedowns (canonical_url, url, kind, taken_down_with, source, reason, taken_at, archive_purge,
                               archive_files, compacted_at)
        VALUES (?, ?, ?, ?, ?, ?, now(), ?, ?, now()) ON CONFLICT DO NOTHING""",   # (no text was stored: no compaction)
                    [(k, page.url if k == page.canonical_url else parts[k], "copy" if k == page.canonical_url else
                      "part", taken_down, page.source, reason, purge, files) for k in every])
    con.executemany("INSERT INTO takedown_log VALUES (?, NULL, ?, ?, ?, ?, ?, now())",
                    [(k, "copy" if k == page.canonical_url else "part", taken_down, page.source, REFUSED, why)
                     for k in every])
    con.execute("DELETE FROM raw_pages WHERE canonical_url IN (SELECT unnest(?)) OR (kind = 'article_page' AND "
                "part_of = ?)", [every, page.url])
    con.execute("DELETE FROM extraction_errors WHERE canonical_url IN (SELECT unnest(?))", [every])
    log.info("%s refused: %s as %s, taken down", page.url, why, taken_down)
    return {"url": page.url, "source": page.source, "taken_down": taken_down, "why": why, "archive_purge": purge}


def allow_again(con, canonical: str, reason: str | None = None) -> list[str]:
    """Delete the takedown of *canonical* (and of the copies and further pages taken down with it), so the crawl may
    fetch it again; nothing it removed comes back, and ``takedown_log`` records the undo (with *reason*).  Returns
    the keys allowed again."""
    rows = con.execute("DELETE FROM takedowns WHERE canonical_url = ? OR taken_down_with = ? "
                       "RETURNING canonical_url, article_id, kind, taken_down_with, source",
                       [canonical, canonical]).fetchall()
    if rows:
        con.executemany("INSERT INTO takedown_log VALUES (?, ?, ?, ?, ?, 'undo', ?, now())",
                        [(*r, reason) for r in rows])
    return sorted(r[0] for r in rows)


def reattach_stories(con, removed: set[str]) -> list[dict]:
    """Keep every remaining article of the stories that *removed* articles belong to in exactly one story: a story
    whose first article is removed is led by its earliest remaining article (first seen, then published, then id:
    the order stories are built in), which becomes its id; an article that copied or translated a removed one is
    attached to the nearest remaining article that one was attached to, else to the lead (its match and score stay
    those it was found with).  Returns, per story changed: its old id, its lead, the articles it keeps and changed,
    and the first-seen days of the changed articles."""
    if not removed:
        return []
    out = []
    stories = [s for (s,) in con.execute(
        "SELECT DISTINCT story_id FROM article_stories WHERE article_id IN (SELECT unnest(?)) ORDER BY 1",
        [sorted(removed)]).fetchall()]
    for story in stories:
        members = con.execute("""
            SELECT s.article_id, s.copy_of, a.first_seen FROM article_stories s JOIN articles a ON a.id = s.article_id
            WHERE s.story_id = ? ORDER BY a.first_seen, a.published_at NULLS LAST, a.id""", [story]).fetchall()
        parent = {aid: copy_of for aid, copy_of, _ in members}
        remaining = [(aid, copy_of, day) for aid, copy_of, day in members if aid not in removed]
        if not remaining:
            out.append({"story": story, "lead": None, "articles": 0, "changed": 0, "days": []})
            continue
        lead = story if story not in removed else remaining[0][0]
        changed_days, changed = set(), 0
        for aid, copy_of, day in remaining:
            if aid == lead:
                new_copy = copy_of if story == lead else None
            else:
                new_copy = copy_of
                while new_copy in removed:
                    new_copy = parent.get(new_copy)
                if new_copy is None or new_copy == aid:
                    new_copy = lead
            if (lead, new_copy) == (story, copy_of):
                continue
            if aid == lead:   # the story's first article now: no match, no score
                con.execute("UPDATE article_stories SET story_id = ?, copy_of = NULL, match = NULL, containment = NULL "
                            "WHERE article_id = ?", [lead, aid])
            else:
                con.execute("UPDATE article_stories SET story_id = ?, copy_of = ? WHERE article_id = ?",
                            [lead, new_copy, aid])
            changed += 1
            changed_days.add(day)
        out.append({"story": story, "lead": lead, "articles": len(remaining), "changed": changed,
                    "days": sorted(changed_days)})
    return out


def takedowns_to_purge(con) -> dict[str, list[str]]:
    """WARC file -> canonical URLs of taken-down pages whose records are to be removed from it (--purge-archive
    asked and not done yet)."""
    out: dict[str, list[str]] = {}
    for warc_file, key in con.execute("""
            SELECT unnest(archive_files) AS warc_file, canonical_url FROM takedowns
            WHERE archive_purge AND purged_at IS NULL ORDER BY 1, 2""").fetchall():
        out.setdefault(warc_file, []).append(key)
    return out


def takedown_archive(con, keys: list[str], root: Path) -> list[str]:
    """The WARC files still holding a record of the pages *keys* name (not purged) that are there under *root*: a
    file pruned (or moved) since holds nothing any more."""
    return sorted({f for (f,) in con.execute(
        "SELECT DISTINCT unnest(archive_files) FROM takedowns WHERE canonical_url IN (SELECT unnest(?)) AND "
        "purged_at IS NULL", [keys]).fetchall() if (root / f).is_file()})


def record_warc_rewrite(con, warc_file: str, temp_file: str, sha1: str, moves: list[tuple[int, int]]) -> int:
    """In the caller's transaction: the new offsets (old, new) of the records kept in *warc_file*, in every table
    that points into it, and the rewrite's row in ``archive_rewrites`` (the rename of *temp_file* follows the
    commit).  ValueError when an indexed record of the file is neither kept nor a taken-down page's: the file is
    not what the index says, and nothing is changed.  Returns the rows moved."""
    con.execute("CREATE OR REPLACE TEMP TABLE warc_moves (old BIGINT, new BIGINT)")
    if moves:   # (none: every record of the file was a taken-down page's)
        con.executemany("INSERT INTO warc_moves VALUES (?, ?)", moves)
    lost = con.execute("SELECT warc_offset, url FROM raw_pages WHERE warc_file = ? AND warc_offset NOT IN "
                       "(SELECT old FROM warc_moves) LIMIT 1", [warc_file]).fetchone()
    if lost:
        con.execute("DROP TABLE warc_moves")
        raise ValueError(f"{warc_file}: the record of {lost[1]} at offset {lost[0]} would be removed with the "
                         "taken-down page (the file is not what the index says); not rewritten")
    moved = 0
    for table in ("raw_pages", "extraction_errors", "articles", "article_revisions"):
        moved += con.execute(f"UPDATE {table} SET warc_offset = m.new FROM warc_moves m WHERE {table}.warc_file = ? "
                             f"AND {table}.warc_offset = m.old AND m.old <> m.new", [warc_file]).fetchone()[0]
    # (article_rechecks is keyed by the offset: its rows are written again rather than updated)
    con.execute("CREATE OR REPLACE TEMP TABLE moved_rechecks AS SELECT k.warc_file, m.new AS warc_offset, k.article_id, "
                "k.day, k.outcome FROM article_rechecks k JOIN warc_moves m ON k.warc_offset = m.old "
                "WHERE k.warc_file = ? AND m.old <> m.new", [warc_file])
    con.execute("DELETE FROM article_rechecks WHERE warc_file = ? AND warc_offset IN "
                "(SELECT old FROM warc_moves WHERE old <> new)", [warc_file])
    con.execute("INSERT INTO article_rechecks SELECT * FROM moved_rechecks")
    con.execute("DROP TABLE moved_rechecks")
    con.execute("DROP TABLE warc_moves")
    con.execute("INSERT OR REPLACE INTO archive_rewrites VALUES (?, ?, ?, now())", [warc_file, temp_file, sha1])
    return moved


def mark_purged(con) -> None:
    """Once every file ``takedowns_to_purge`` named is rewritten: the takedowns none of whose files has a rewrite
    left pending are purged."""
    con.execute("""UPDATE takedowns SET purged_at = now() WHERE archive_purge AND purged_at IS NULL
                   AND NOT EXISTS (SELECT 1 FROM archive_rewrites r WHERE list_contains(takedowns.archive_files,
                                                                                       r.warc_file))""")


# -- digest ---------------------------------------------------------------------
# of an article's story (``s``, article_stories): the day its first article was seen, how the article joined it
# (copy / translation), and the outlet of its first article
_STORY_ORIGIN = """(SELECT min(x.first_seen) FROM article_stories y JOIN articles x ON x.id = y.article_id
                 WHERE y.story_id = s.story_id), s.match,
               (SELECT coalesce(x.outlet, x.source) FROM articles x WHERE x.id = s.story_id)"""
# whether an article (``a``) a correction since made irrelevant was relevant as its first day ended: the text it had
# then (the first revision replaced after that day) was; a past day's digest still lists it, marked, as the day did
_RELEVANT_THEN = """coalesce((SELECT arg_min(r.relevant, r.revision) FROM article_revisions r
                          WHERE r.article_id = a.id AND r.replaced_on > a.first_seen), false)"""
# the articles a day's digest lists (first seen that day, ``a``): the relevant ones, and those relevant then that a
# correction since made irrelevant
_LISTED = f"(a.relevant OR (NOT a.relevant AND {_RELEVANT_THEN}))"
# the articles a day's digest lists (``listed``: id, whether a correction since made it irrelevant, and then the
# title and revision it is shown with: its latest relevant revision's), and the labels it is listed with
# (``shown_labels``): its own, or for one made irrelevant, the labels the classification of the correction replaced
# (label_history's latest set; the corrected text has none)
_LISTED_CTE = f"""
    listed AS (
        SELECT a.id, NOT a.relevant AS irrelevant_since,
               CASE WHEN NOT a.relevant THEN (SELECT arg_max(r.title, r.revision) FROM article_revisions r
                                              WHERE r.article_id = a.id AND r.relevant) END AS title_then,
               CASE WHEN NOT a.relevant THEN (SELECT max(r.revision) FROM article_revisions r
                                              WHERE r.article_id = a.id AND r.relevant) END AS revision_then
        FROM articles a WHERE a.first_seen = ? AND {_LISTED}),
    shown_labels AS (
        SELECT l.article_id, l.code, l.score, l.evidence, l.method FROM article_labels l
        WHERE l.article_id IN (SELECT id FROM listed WHERE NOT irrelevant_since)
        UNION ALL
        SELECT h.article_id, h.code, h.score, h.evidence, h.method FROM label_history h
        WHERE h.article_id IN (SELECT id FROM listed WHERE irrelevant_since)
        QUALIFY h.replaced_at = max(h.replaced_at) OVER (PARTITION BY h.article_id))"""
# what an article is listed with: the title, revision and updated_on of its shown text
_SHOWN_TEXT = """coalesce(CASE WHEN d.irrelevant_since THEN d.title_then END, a.title, a.url)"""
_SHOWN_REVISION = """CASE WHEN d.irrelevant_since THEN d.revision_then ELSE a.revision END"""
# a week (the last 7 days, the 7 before) counts, and a trend between them is given, when refreshes looked at most
# of its days (4 of 7): one looked-at day of 7 against a full week would say "falling" after a scheduler's outage,
# "rising" after a warehouse's first days (the task_momentum view uses the same number)
WEEK_LOOKED = 4


def task_order(tasks: Iterable[tuple[str, str]], plan_order: Sequence[str] = ()) -> list[str]:
    """The codes of (code, plan) *tasks* in the taxonomy's order: plans as *plan_order* (the file's) lists them, any
    other after them (Z before B, as before the order was the file's), each plan's tasks by number (C2 before C10,
    which a string order puts after C1)."""
    tasks = list(tasks)
    plans = [*plan_order, *sorted({p for _, p in tasks} - set(plan_order), reverse=True)]

    def key(t: tuple[str, str]) -> tuple:
        code, plan = t
        number = code[len(plan):]
        return plans.index(plan), (int(number), "") if number.isdigit() else (1 << 62, code)

    return [code for code, _ in sorted(tasks, key=key)]


def digest_data(con, day: date, *, broken_sources: tuple[tuple[str, str], ...] = (), muted_sources: tuple = (),
                plan_order: Sequence[str] = ()):
    """Everything the digest of *day* shows, from a (read-only) connection; its tasks in the taxonomy's order
    (*plan_order*: the plans in the file's order, :func:`task_order`)."""
    from pipeline.digest import Digest, DigestChange, DigestItem, DigestTask, changed_figures, new_stories

    prev = day - timedelta(days=1)
    version = latest_taxonomy_version(con)
    named = {code: (code, zh, en) for code, zh, en in con.execute(
        "SELECT code, name_zh, name_en FROM plan_tasks WHERE parent IS NULL AND taxonomy_version = ?",
        [version]).fetchall()}
    tasks = [named[code] for code in task_order(con.execute(
        "SELECT code, plan FROM plan_tasks WHERE parent IS NULL AND taxonomy_version = ?", [version]).fetchall(),
        plan_order)]
    rows = con.execute(f"""
        WITH {_LISTED_CTE}
        SELECT l.code, a.id, {_SHOWN_TEXT}, a.source, a.outlet, a.url, a.published_at, a.language,
               l.evidence, l.score, l.method, coalesce(s.story_id, a.id), {_STORY_ORIGIN},
               -- the article's measures of this task (code, Chinese name, English name), most certain first
               (SELECT list([m.code, coalesce(t.name_zh, ''), coalesce(t.name_en, '')] ORDER BY m.score DESC, m.code)
                FROM shown_labels m LEFT JOIN plan_tasks t ON t.code = m.code AND t.taxonomy_version = ?
                WHERE m.article_id = a.id AND m.code LIKE l.code || '.%'),
               a.withdrawn_on, a.withdrawn_why, {_SHOWN_REVISION}, a.updated_on, d.irrelevant_since
        FROM listed d JOIN articles a ON a.id = d.id JOIN shown_labels l ON l.article_id = a.id
        LEFT JOIN article_stories s ON s.article_id = a.id
        WHERE l.code NOT LIKE '%.%'
        ORDER BY l.code, l.score DESC, a.published_at DESC NULLS LAST, a.id
    """, [day, version]).fetchall()
    # stories first seen on the day and the day before, as the weeks below count them (task_story_trends'
    # stories_online): every column of the digest's table one unit (the day's counted articles, one release four
    # outlets carried four times, beside weeks that counted it once)
    counts = dict(((r[0], r[1]), r[2]) for r in con.execute(
        "SELECT code, day, stories_online FROM task_story_trends WHERE day IN (?, ?)", [day, prev]).fetchall())
    # stories in the last 7 days (ending with this day) and the 7 before, as the task_momentum view counts them
    weeks = {code: (last, prior) for code, last, prior in con.execute("""
        SELECT code, coalesce(sum(stories_online) FILTER (WHERE day > ?::DATE - 7), 0),
               coalesce(sum(stories_online) FILTER (WHERE day <= ?::DATE - 7), 0)
        FROM task_story_trends WHERE day > ?::DATE - 14 AND day <= ? GROUP BY code
    """, [day, day, day, day]).fetchall()}
    by_code: dict[str, list] = {}
    for r in rows:
        by_code.setdefault(r[0], []).append(DigestItem(*r[1:15], measures=tuple(tuple(m) for m in r[15] or ()),
                                                       withdrawn_on=r[16], withdrawn_why=r[17], revision=r[18],
                                                       updated_on=r[19], no_longer_relevant=r[20]))
    unlabelled = [DigestItem(*r[:14], withdrawn_on=r[14], withdrawn_why=r[15], revision=r[16], updated_on=r[17],
                             no_longer_relevant=r[18]) for r in con.execute(f"""
        WITH {_LISTED_CTE}
        SELECT a.id, {_SHOWN_TEXT}, a.source, a.outlet, a.url, a.published_at, a.language, '', a.relevance,
               'rules', coalesce(s.story_id, a.id), {_STORY_ORIGIN}, a.withdrawn_on, a.withdrawn_why,
               {_SHOWN_REVISION}, a.updated_on, d.irrelevant_since
        FROM listed d JOIN articles a ON a.id = d.id LEFT JOIN article_stories s ON s.article_id = a.id
        WHERE NOT EXISTS (SELECT 1 FROM shown_labels l WHERE l.article_id = a.id)
        ORDER BY a.relevance DESC, a.id
    """, [day]).fetchall()]
    # A story's tasks are those of any of its articles the day lists: its entry in each task's list names every other
    # outlet that carried it that day, labelled with the task or not (an English version whose text names no task is
    # "also carried by … (in English)" under its Chinese original's task), and a story with a task is not listed again
    # among the relevant articles no task matched (it was, through its unlabelled copy, beside its own task's entry).
    of_story = _by_story([*{it.article_id: it for items in by_code.values() for it in items}.values(), *unlabelled])
    with_task = {_story_key(it) for items in by_code.values() for it in items}
    by_code = {code: _one_per_story(items, of_story) for code, items in by_code.items()}
    unlabelled = [it for it in unlabelled if _story_key(it) not in with_task]
    digest_tasks = tuple(
        DigestTask(code, name_zh or code, name_en or "", tuple(by_code.get(code, ())),
                   counts.get((code, day), 0), counts.get((code, prev), 0), *weeks.get(code, (0, 0)))
        for code, name_zh, name_en in tasks)
    # the tasks some relevant article was first seen with in the last 7 days (a late copy, one withdrawn since): the
    # digest's line of tasks without coverage names only the others
    covered = {code for (code,) in con.execute(
        "SELECT DISTINCT l.code FROM articles a JOIN article_labels l ON l.article_id = a.id "
        "WHERE a.relevant AND a.first_seen > ?::DATE - 7 AND a.first_seen <= ?", [day, day]).fetchall()}
    digest_tasks = tuple(replace(t, articles_7d=t.code in covered) for t in digest_tasks)
    # (the articles each day's digest lists: one a correction made irrelevant since is still the day's)
    rel_today, rel_prev = con.execute(f"""
        SELECT count(*) FILTER (WHERE first_seen = ?), count(*) FILTER (WHERE first_seen = ?)
        FROM articles a WHERE first_seen IN (?, ?) AND {_LISTED}
    """, [day, prev, day, prev]).fetchone()
    looked = {d for (d,) in con.execute(
        "SELECT day FROM refreshed_days WHERE day BETWEEN ?::DATE - 13 AND ?", [day, day]).fetchall()}
    # relevant articles of earlier days that a recheck found corrected, or withdrawn, on *day*
    # (and those a correction made irrelevant that day: the readers were shown them)
    # (a correction's line names the figures it changed in the text: the latest earlier revision's against the
    # article's own; changed_figures)
    changes = tuple(DigestChange(*r[:9], *(changed_figures(r[9], r[10]) if r[4] == "updated" else ((), 0)))
                    for r in con.execute("""
        SELECT coalesce(title, url), url, coalesce(outlet, source), first_seen,
               CASE WHEN withdrawn_on = ? THEN 'withdrawn' ELSE 'updated' END, withdrawn_why, revision,
               (SELECT r.title FROM article_revisions r WHERE r.article_id = articles.id
                ORDER BY r.revision DESC LIMIT 1),
               coalesce(NOT relevant, false),
               (SELECT r.text FROM article_revisions r WHERE r.article_id = articles.id
                ORDER BY r.revision DESC LIMIT 1), text
        FROM articles WHERE first_seen < ? AND (updated_on = ? OR withdrawn_on = ?)
          AND (relevant OR EXISTS (SELECT 1 FROM article_revisions r WHERE r.article_id = articles.id
                                   AND r.replaced_on = articles.updated_on AND r.relevant))
        -- one line for an article stored under two keys (its source, title and text: stored_siblings), each row
        -- corrected: the row whose own address the copy it now reads was fetched from
        QUALIFY row_number() OVER (
            PARTITION BY withdrawn_on = ?, source, CASE WHEN text_key <> 0 THEN text_key::VARCHAR ELSE id END
            ORDER BY EXISTS (SELECT 1 FROM raw_pages r WHERE r.warc_file = articles.warc_file
                             AND r.warc_offset = articles.warc_offset AND r.canonical_url = articles.canonical_url)
                     DESC, first_seen, id) = 1
        ORDER BY withdrawn_on = ? DESC, first_seen, id
    """, [day, day, day, day, day, day]).fetchall())
    stories = _day_stories(con, day, [code for code, _, _ in tasks])
    return Digest(day=day, previous_day=prev, tasks=digest_tasks, relevant_today=rel_today,
                  previous_refreshed=prev in looked, day_refreshed=day in looked,
                  prior_week_refreshed=sum(day - timedelta(days=n) in looked for n in range(7, 14)) >= WEEK_LOOKED,
                  last_week_refreshed=sum(day - timedelta(days=n) in looked for n in range(7)) >= WEEK_LOOKED,
                  taxonomy_version=version, changes=changes,
                  relevant_previous=rel_prev,
                  unlabelled=_one_per_story(unlabelled, of_story),
                  broken_sources=broken_sources, muted_sources=muted_sources,
                  # (the stories first seen today: counting a late copy's earlier story too made the count equal the
                  # articles' on a day of late copies, and the summary line then left its story count out)
                  stories_today=new_stories(stories, day),
                  # (as the articles first seen by the day named them: a later day's articles renamed a source in a
                  # past day's digest rendered again, in a line nothing else changed from the copy mailed)
                  source_outlets=dict(con.execute(
                      "SELECT source, mode(outlet) FROM articles WHERE source IN (SELECT unnest(?::VARCHAR[])) "
                      "AND outlet IS NOT NULL AND first_seen <= ? GROUP BY source",
                      [[s for s, *_ in (*broken_sources, *muted_sources)], day]).fetchall())
                  if broken_sources or muted_sources else {},
                  stories=stories)


def _day_stories(con, day: date, order: list[str]) -> tuple:
    """The digest's overview: each story among *day*'s relevant articles once, most outlets first (then the
    highest relevance, then the earliest published), led by the story's first article when it is among them,
    with the plan tasks (top-level codes, in *order*) any of them was labelled with."""
    from pipeline.digest import DigestStory

    rows = con.execute(f"""
        WITH {_LISTED_CTE}
        SELECT coalesce(s.story_id, a.id), a.id, {_SHOWN_TEXT}, a.url, coalesce(a.outlet, a.source),
               a.source, a.language, a.relevance, a.published_at,
               list(DISTINCT l.code) FILTER (WHERE l.code IS NOT NULL AND l.code NOT LIKE '%.%'),
               {_STORY_ORIGIN}, a.withdrawn_on, a.withdrawn_why, {_SHOWN_REVISION}, a.updated_on, d.irrelevant_since
        FROM listed d JOIN articles a ON a.id = d.id LEFT JOIN article_stories s ON s.article_id = a.id
        LEFT JOIN shown_labels l ON l.article_id = a.id
        GROUP BY ALL
        ORDER BY a.relevance DESC, a.published_at NULLS LAST, a.id
    """, [day]).fetchall()
    rank = {c: i for i, c in enumerate(order)}
    out = []
    for lead, others in _story_groups(rows, story_of=lambda r: r[0], id_of=lambda r: r[1]):
        group = [lead, *others]
        # (named in the order every task's list names them: by publication time, not by relevance)
        others = sorted(others, key=lambda r: carried_order(r[8], r[4], r[3]))
        codes = sorted({c for r in group for c in (r[9] or ())}, key=lambda c: (rank.get(c, len(rank)), c))
        also = tuple((r[4], r[3], _language_note(lead[6], r[6])) for r in others)
        sources = len({r[5] for r in group})
        # its English version's title, for the English digest's reader (the lead stays the story's first article)
        english = next((r[2] for r in others if r[6] == "en"), None) if lead[6] != "en" else None
        out.append((-sources, -(lead[7] or 0.0), DigestStory(lead[2], lead[3], lead[4], also, tuple(codes),
                                                                 lead[10], lead[11], lead[12], lead[6] or "", lead[8],
                                                                 english, lead[13], lead[14], lead[15], lead[16],
                                                                 lead[17])))
    out.sort(key=lambda x: (x[0], x[1]))  # stable: relevance and publication order within equals
    return tuple(x[2] for x in out)


def _language_note(lead: str | None, other: str | None) -> str:
    """How the digest names the language of a story's translation ("" when it is in the lead's language)."""
    from pipeline.translations import language_side

    a, b = language_side(lead), language_side(other)
    if a == b or b is None:
        return ""
    return {"en": "in English", "zh": "in Chinese"}[b]


def carried_order(published_at: datetime | None, outlet: str | None, url: str) -> tuple:
    """The order a story's other outlets are named in, wherever the story appears (the overview, each task's list):
    by publication time, then outlet and link, so that one story names them in one order whatever each list's own
    order (relevance, a task's label scores)."""
    return (published_at is None, published_at.timestamp() if published_at else 0.0, outlet or "", url)


def _story_key(it) -> str:
    """The story a digest item belongs to (an article with no story row is a story of its own)."""
    return it.story_id or it.article_id


def _by_story(items) -> dict[str, list]:
    """*items* (one per article) grouped by story."""
    out: dict[str, list] = {}
    for it in items:
        out.setdefault(_story_key(it), []).append(it)
    return out


def _one_per_story(items: list, of_story: dict[str, list] | None = None) -> tuple:
    """One digest entry per story, in the order of each story's first item: the story's own first article
    leads when it is among the items (else the first of them), and carries the outlets and links of the
    story's other articles (copies, and translations with their language named): those among *of_story*'s (every
    article the day lists, by story: a task's entry names the story's copies that do not carry the task too),
    else those among the items."""
    from dataclasses import replace

    out = []
    for lead, others in _story_groups(items, story_of=_story_key, id_of=lambda it: it.article_id):
        if of_story is not None:
            others = [it for it in of_story.get(_story_key(lead), ()) if it.article_id != lead.article_id]
        others = sorted(others, key=lambda it: carried_order(it.published_at, it.outlet or it.source, it.url))
        rest = tuple((it.outlet or it.source, it.url, _language_note(lead.language, it.language)) for it in others)
        out.append(replace(lead, also=rest) if rest else lead)
    return tuple(out)


def _story_groups(items, *, story_of, id_of) -> list[tuple]:
    """``items`` grouped by story, in the order of each story's first item: (lead, the others in order), the
    lead being the story's own first article when it is among them, else the story's first item."""
    groups: dict[str, list] = {}
    for it in items:
        groups.setdefault(story_of(it), []).append(it)
    out = []
    for key, group in groups.items():
        lead = next((it for it in group if id_of(it) == key), group[0])
        out.append((lead, [it for it in group if it is not lead]))
    return out


class SourceProblem(str):
    """Why a source is flagged: the English sentence (the string itself, as checks and logs print it), and its
    Chinese wording (``.zh``) for a Chinese digest. *since*: the day of its last crawl, when not the day asked about.
    *moved*: for ``listings_offsite`` and ``articles_offsite``, the page asked and where it was sent ({url, to,
    entry_point}); *failed*: for ``failures``, the listings that failed ({url, why}), named so that the page to mend
    is in the footer, not only in ``source_health.detail``."""

    zh: str
    kind: str

    def __new__(cls, kind: str, requests: int = 0, failures: int = 0, since: date | None = None, *,
                quiet_days: int = 7, moved: dict | None = None, failed: list | tuple = ()):
        when_en = f" on {since.isoformat()}, its last crawl" if since else ""
        when_zh = f"（于 {since.isoformat()}，其最近一次抓取）" if since else ""
        if kind in ("listings_offsite", "articles_offsite"):
            en, zh = _moved_wording(kind, requests, moved or {}, when_en, when_zh)
            return _source_problem(en, zh, kind)
        if kind == "failures" and (named := [f for f in failed if f.get("why") not in _NOT_FAILURES][:3]):
            pages = "; ".join(f"{f.get('url')} ({_failure_words(f.get('why'))})" for f in named)
            en = f"{failures}/{requests} requests failed{when_en}, among them its listing " + pages
            zh = f"{failures}/{requests} 个请求失败{when_zh}，其中包括栏目页 " + pages
            return _source_problem(en, zh, kind)
        if kind == "entry_point_failed":
            pages = "; ".join(f"{f.get('url')} ({_failure_words(f.get('why'))})" for f in failed[:3])
            en = (f"its entry point {pages} failed{when_en}: the articles only it lists are missed until it is "
                  "mended (its address moved or the site removed the section: update entry_points)")
            zh = (f"其入口 {pages} 抓取失败{when_zh}：只在该入口列出的文章都会漏掉，直至修正"
                  "（其地址已变或该栏目已撤：请更新 entry_points）")
            return _source_problem(en, zh, kind)
        en, zh = {
            "robots_forbidden": (f"robots.txt forbids the crawler all {requests} of its requests{when_en}",
                                 f"robots.txt 禁止抓取器发出全部 {requests} 个请求{when_zh}"),
            "robots_unavailable": (f"its robots.txt could not be had (a 5xx answer, none, or one over the 16 MB download limit), so none of its {requests} "
                                   f"requests were made{when_en}",
                                   f"无法取得其 robots.txt（返回 5xx、无响应或超过 16 兆字节的下载上限），因此 {requests} 个请求均未发出{when_zh}"),
            "retry_after_too_long": (
                f"its site asked the crawler to stay away longer than it waits (a Retry-After past ZGC_RETRY_AFTER_MAX), "
                f"so its {_count(requests, 'request')} were left for the next run{when_en}",
                f"其网站要求抓取器暂停访问的时间超过抓取器等待的上限，因此 {requests} 个请求均留待下次抓取{when_zh}"),
            "failures": (f"{failures}/{requests} requests failed{when_en}", f"{failures}/{requests} 个请求失败{when_zh}"),
            "quiet": (f"no new articles in {quiet_days} days", f"{quiet_days} 天内没有新文章"),
            "listing_without_links": (
                f"its {_count(requests, 'listing page')} read link no article{when_en}: the site's layout or the source's "
                "article_patterns changed",
                f"所读的 {requests} 个栏目页中没有任何文章链接{when_zh}：网站版式或该来源的文章网址规则已变"),
            "articles_not_extracted": (
                f"none of its {_count(requests, 'new article page')} gave an article{when_en} "
                f"({_count(failures, 'extraction error')})",
                f"新抓取的 {requests} 个文章页均未能提取出文章{when_zh}（提取错误 {failures} 个）"),
            "hint_unmatched": (
                f"its body_selector matched nothing on {failures} of its {_count(requests, 'recent article')}, which were read "
                "whole, sidebars and all: the site's layout or the hint changed (mend it, then reprocess their days)",
                f"其 body_selector 在最近 {requests} 篇文章中的 {failures} 篇上未匹配任何元素，这些文章按整页读取"
                "（含侧栏）：网站版式或该提示已变（修正后重新处理相应日期）"),
        }[kind]
        return _source_problem(en, zh, kind)

    def __reduce__(self):  # (a str subclass with attributes: copied and pickled whole)
        return _source_problem, (str(self), self.zh, self.kind)


# a listing's outcomes that are not the failures the error rate counts (each is flagged, or not, in its own way)
_NOT_FAILURES = {"offsite_redirect", "duplicate_redirect", "section_redirect", "robots", "robots_unavailable",
                 "retry_after_too_long", "not_archived", "scheme_refused"}


def _failure_words(why: str | None) -> str:
    """A listing's failure as the crawl's stats name it (``status_404``, ``timeout``), in words: "HTTP 404"."""
    why = why or "failed"
    return f"HTTP {why[7:]}" if why.startswith("status_") else why.replace("_", " ")


def _moved_wording(kind: str, count: int, moved: dict, when_en: str, when_zh: str) -> tuple[str, str]:
    """What a source whose pages redirect off its domains (or to another port of its host) is flagged with: the page
    and the address it was sent to, and what to do (a site that moved: its new host into ``domains``, and the entry
    point at the new address, before the old host stops redirecting)."""
    url, to = moved.get("url") or "?", moved.get("to") or "?"
    parts, was = urlsplit(to), urlsplit(url)
    host = (parts.hostname or "?").lower()
    if host == (was.hostname or "").lower():   # the same host, another port: another service to the crawl
        where_en = "another port of its host, which the crawl takes for another service"
        where_zh = "为其主机的另一端口，抓取器视之为另一服务"
        fix_en = f"point its entry_points at the new address ({to})"
        fix_zh = f"请将 entry_points 改为新地址（{to}）"
    else:
        where_en, where_zh = f"on host '{host}', which is not among its domains", f"主机 '{host}' 不在其 domains 中"
        fix_en = f"add '{host}' to its domains in the sources file and point its entry_points at the new address"
        fix_zh = f"请在来源文件中把 '{host}' 加入其 domains，并把 entry_points 改为新地址"
    if kind == "listings_offsite":
        page_en = "entry point" if moved.get("entry_point") else "listing"
        page_zh = "入口" if moved.get("entry_point") else "栏目页"
        more_en = f" (and {_count(count - 1, 'more listing')} the same way)" if count > 1 else ""
        more_zh = f"（另有 {count - 1} 个栏目页同样如此）" if count > 1 else ""
        return (f"its {page_en} {url} redirected to {to}, {where_en}, so the crawl read nothing from it{more_en}"
                f"{when_en}: if the site moved, {fix_en}",
                f"其{page_zh} {url} 被重定向到 {to}，{where_zh}，因此抓取器未从中读取任何内容{more_zh}{when_zh}："
                f"若网站已迁移，{fix_zh}")
    return (f"its {_count(count, 'article link')} redirected off its domains (the first to {to}, {where_en}), so no "
            f"article was fetched{when_en}: if the site moved, add '{host}' to its domains in the sources file (and "
            "mend its article_patterns if its addresses changed)",
            f"其 {count} 个文章链接被重定向到其 domains 之外（第一个到 {to}，{where_zh}），因此未抓取到任何文章"
            f"{when_zh}：若网站已迁移，请在来源文件中把 '{host}' 加入其 domains（网址格式若变，请同时修正 article_patterns）")


def _count(n: int, noun: str) -> str:
    """``n`` and the noun as English writes that many ("1 listing page", "3 listing pages")."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _source_problem(en: str, zh: str, kind: str) -> SourceProblem:
    """A SourceProblem of its two wordings (also what a copy or an unpickling makes)."""
    problem = str.__new__(SourceProblem, en)
    problem.zh, problem.kind = zh, kind
    return problem


def source_rows(broken) -> list[dict]:
    """``broken_sources``' answer as JSON rows: {source, problem, kind}."""
    return [{"source": src, "problem": str(why), "kind": getattr(why, "kind", None)} for src, why in broken]


def _this_command() -> str:
    """What this process is, for a lock's holder line: ``zgc-monitor reprocess``, ``dagster`` (a run's worker), …"""
    import sys

    prog = Path(sys.argv[0]).name if sys.argv and sys.argv[0] else ""
    if prog in ("zgc-monitor", "cli.py", "__main__.py"):
        words = [a for a in sys.argv[1:] if not a.startswith("-")][:1]
        return " ".join(["zgc-monitor", *words])
    return prog or "python"


def lock_holder(path: Path) -> str | None:
    """Who holds the lock file *path* ("pid N (command) since T", as ``file_lock`` writes it, when that process holds
    its flock; else what holds it, ``not by zgc-monitor …``), or None when no flock is held; read without taking it
    or making the file."""
    return lock_state(path)["holder"]


def lock_state(path: Path) -> dict:
    """The lock file *path* as ``status`` reports it: ``held`` (an flock on it is held now: what excludes a refresh),
    ``held_by_its_note`` (by the process its note names, as ``/proc/locks`` lists the flock's holder: the note is
    only text, which anyone who can write the folder can write, and a note naming a live pid, pid 1, was believed),
    ``note`` (its first line, its last holder's note when it is not held) and ``holder`` (as :func:`lock_holder`)."""
    out = {"held": False, "held_by_its_note": False, "note": None, "holder": None}
    try:
        fh = _open_lock_file(path, os.O_RDONLY, "r")
    except OSError:
        return out
    with fh:
        out["note"] = " ".join(fh.read(_NOTE_MAX).split())[:300] or None
        try:
            fcntl.flock(fh, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except OSError:
            out["held"] = True
            out["holder"] = _holder(out["note"] or "", fh)
            out["held_by_its_note"] = not out["holder"].startswith(_NOT_OURS)
        else:
            fcntl.flock(fh, fcntl.LOCK_UN)
    return out


_NOT_OURS = "not by zgc-monitor"


def _flock_holders(fh) -> set[int] | None:
    """The pids ``/proc/locks`` names as holding an flock on the open file *fh* (by its device and inode); None where
    it cannot be read (not Linux).  A pid this pid namespace cannot see is not listed."""
    try:
        st = os.fstat(fh.fileno())
        with open("/proc/locks", encoding="ascii", errors="replace") as f:
            lines = f.read().splitlines()
    except (OSError, ValueError):
        return None
    node = f"{os.major(st.st_dev):02x}:{os.minor(st.st_dev):02x}:{st.st_ino}"
    # "1: FLOCK  ADVISORY  WRITE 9384 fe:00:2146424 0 EOF" (a waiter's line, "1: -> FLOCK …", holds nothing)
    return {int(p[4]) for p in (line.split() for line in lines)
            if len(p) >= 6 and p[1] == "FLOCK" and p[5] == node and p[4].isdigit()}


def _holder(text: str, fh=None) -> str:
    """What a held lock file's text says of its holder: a flock of the file by another program (a backup) writes
    nothing, so the text of a holder that has ended is our last holder's, not this one's; and the pid a note names is
    believed only when ``/proc/locks`` lists it as the flock's holder (of the open lock file *fh*), where it can be
    read, else only while that process lives."""
    # (an empty file: no zgc-monitor process ever held it, since each writes its note once it has the lock)
    holder = " ".join(text.split())[:300] or f"{_NOT_OURS}, e.g. a backup's flock: the lock file names no holder"
    if m := re.match(r"pid (\d+)", holder):
        pid = int(m.group(1))
        holders = _flock_holders(fh) if fh is not None else None
        if not process_alive(pid):
            holder = f"{_NOT_OURS}, e.g. a backup's flock; its last holder here, {holder}, has ended"
        elif holders is not None and pid not in holders:
            who = ("pid " + ", ".join(str(p) for p in sorted(holders))) if holders else "a process not visible here"
            holder = (f"{_NOT_OURS}, e.g. a backup's flock (held by {who}); its note, {holder}, names a process that "
                      "does not hold it")
    return holder


def _json_object(text) -> dict:
    """A ``source_health.detail`` as a dict ({} for none, or for one that is not a JSON object)."""
    try:
        value = json.loads(text) if isinstance(text, str) else text
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _as_int(value) -> int:
    try:
        return int(value or 0)
    except (TypeError, ValueError):
        return 0


HINT_WINDOW = 10   # a source's latest articles judged for a body_selector that stopped matching

MAX_QUIET_DAYS = 365   # the most a source's own quiet_days may be (the window the health check reads)


def source_problems(con, day: date, *, quiet_days: int = 7, max_error_rate: float = 0.5) -> tuple[tuple, tuple]:
    """The sources judged on *day* (see :func:`_judge_sources`), in one pass: those to flag, (source, problem), but
    for the ones the sources file mutes through that day; and the muted ones, (source, muted_until, reason, the
    problem it would be flagged for or None), as their latest crawl read the sources file."""
    judged = _judge_sources(con, day, quiet_days=quiet_days, max_error_rate=max_error_rate)
    return (tuple((source, why) for source, why, until, _ in judged if why is not None and (until is None or until < day)),
            tuple((source, until, reason, why) for source, why, until, reason in judged
                  if until is not None and until >= day))


def broken_sources(con, day: date, *, quiet_days: int = 7, max_error_rate: float = 0.5) -> tuple[tuple[str, str], ...]:
    """The sources to flag on *day*, muted ones left out (:func:`source_problems`)."""
    return source_problems(con, day, quiet_days=quiet_days, max_error_rate=max_error_rate)[0]


def _judge_sources(con, day: date, *, quiet_days: int = 7, max_error_rate: float = 0.5) -> list[tuple]:
    """(source, problem or None, muted_until, muted_reason) of each source judged on *day*.  A source is flagged
    when robots.txt forbade every request of their latest crawl (or could not be had, which
    RFC 9309 reads as forbidding all, or the site asked for a longer wait than the crawl waits), its error rate passes
    *max_error_rate*, or they have yielded no new article in the *quiet_days* ending on *day* (once they have
    that much history).

    The latest crawl is the run of the source's last day that started last (``crawl_runs.started_at``; a run
    id's clock part is UTC, so ids do not sort by start within a Beijing day): a refresh that failed while
    the site was down and a repeat that went through later that day leave the source healthy, and the
    reverse flags it."""
    out = []
    rows = con.execute("""
        WITH recent AS (
            SELECT * FROM source_health WHERE day <= ? AND day > ?::DATE - ?::INTEGER
        ), latest AS (
            SELECT h.source, arg_max(h.run_id, (h.day, c.started_at, h.run_id)) AS last_run, max(h.day) AS last_day,
                   arg_max(c.mode, (h.day, c.started_at, h.run_id)) AS mode
            FROM recent h LEFT JOIN crawl_runs c USING (run_id) GROUP BY h.source
        ), own AS (   -- the source's own quiet_days, as its latest crawl read it from the sources file
            SELECT l.*, coalesce((SELECT max(TRY_CAST(h.detail->>'quiet_days' AS INTEGER)) FROM recent h
                                  WHERE h.run_id = l.last_run AND h.source = l.source), ?) AS quiet
            FROM latest l
        ), muted AS (   -- and its muted_until / muted_reason
            SELECT o.*, (SELECT max(TRY_CAST(h.detail->>'muted_until' AS DATE)) FROM recent h
                         WHERE h.run_id = o.last_run AND h.source = o.source) AS muted_until,
                        (SELECT max(h.detail->>'muted_reason') FROM recent h
                         WHERE h.run_id = o.last_run AND h.source = o.source) AS muted_reason
            FROM own o
        )
        SELECT r.source, l.last_day, l.quiet, l.mode, l.muted_until, l.muted_reason,
               sum(r.requests) FILTER (WHERE r.run_id = l.last_run),
               sum(r.errors + r.responses_4xx + r.responses_5xx) FILTER (WHERE r.run_id = l.last_run),
               sum(coalesce(TRY_CAST(r.detail->>'robots_forbidden' AS INTEGER), 0)) FILTER (WHERE r.run_id = l.last_run),
               sum(coalesce(TRY_CAST(r.detail->>'robots_unavailable' AS INTEGER), 0)) FILTER (WHERE r.run_id = l.last_run),
               sum(coalesce(TRY_CAST(r.detail->>'retry_after_too_long' AS INTEGER), 0)) FILTER (WHERE r.run_id = l.last_run),
               sum(r.new_articles) FILTER (WHERE r.day > ?::DATE - l.quiet),
               (SELECT min(day) FROM source_health h WHERE h.source = r.source),
               sum(coalesce(TRY_CAST(r.detail->>'listings_read' AS INTEGER), 0)) FILTER (WHERE r.run_id = l.last_run),
               sum(coalesce(TRY_CAST(r.detail->>'article_links' AS INTEGER), 0)) FILTER (WHERE r.run_id = l.last_run),
               sum(coalesce(TRY_CAST(r.detail->>'articles_fetched' AS INTEGER), 0)) FILTER (WHERE r.run_id = l.last_run),
               sum(r.new_articles) FILTER (WHERE r.run_id = l.last_run),
               -- (a copy of a stored page is no failure: a moved site's listing links its stored articles anew)
               (SELECT count(*) FROM extraction_errors e WHERE e.source = r.source AND e.day = l.last_day
                AND NOT starts_with(e.error, ?)),
               max(r.detail::VARCHAR) FILTER (WHERE r.run_id = l.last_run)
        FROM recent r JOIN muted l USING (source)
        GROUP BY r.source, l.last_day, l.quiet, l.mode, l.muted_until, l.muted_reason ORDER BY r.source
    """, [day, day, MAX_QUIET_DAYS, quiet_days, day, f"{COPY_ERROR} "]).fetchall()
    # the registry as the latest whole crawl (not --only) had it, and the sources --only crawls asked for after it: a
    # source taken out of the sources file since is no longer judged (its last figures would flag it for its whole
    # quiet window), and one a maintainer tries with --only after adding it is (its failures went unreported)
    registry = {s for (s,) in con.execute("""
        WITH runs AS (
            SELECT h.run_id, h.day, coalesce(c.started_at, TIMESTAMPTZ '1970-01-01 00:00:00+00') AS started_at,
                   max(coalesce(TRY_CAST(h.detail->>'partial' AS INTEGER), 0)) AS partial
            FROM source_health h LEFT JOIN crawl_runs c USING (run_id)
            WHERE h.day <= ? AND h.day > ?::DATE - 7
            GROUP BY h.run_id, h.day, c.started_at
        ), whole AS (
            SELECT * FROM runs WHERE partial = 0 ORDER BY day DESC, started_at DESC, run_id DESC LIMIT 1
        ), asked AS (
            SELECT run_id FROM whole
            UNION ALL
            SELECT r.run_id FROM runs r, whole w WHERE r.partial = 1 AND (r.day > w.day OR (r.day = w.day AND (
                r.started_at > w.started_at OR (r.started_at = w.started_at AND r.run_id > w.run_id))))
        )
        SELECT source FROM source_health WHERE run_id IN (SELECT run_id FROM asked)""", [day, day]).fetchall()}
    # each source's latest articles (to the day judged) read without their body_selector: a hint that stopped
    # matching stays flagged until articles match it again or a reprocess with the mended hint reads them again
    unmatched = {source: (missed, latest) for source, missed, latest in con.execute(f"""
        SELECT source, count(body_selector_missed), count(*) FROM (
            SELECT source, body_selector_missed, row_number() OVER (
                PARTITION BY source ORDER BY first_seen DESC, processed_at DESC, id) AS k
            FROM articles WHERE first_seen <= ?) WHERE k <= {HINT_WINDOW} GROUP BY source""", [day]).fetchall()}
    # and on the day of a source's latest crawl alone (a redesign is flagged the day it happens, whatever came before)
    that_day = {(source, d): (missed, n) for source, d, missed, n in con.execute(
        "SELECT source, first_seen, count(body_selector_missed), count(*) FROM articles "
        "WHERE first_seen <= ? AND first_seen > ?::DATE - ?::INTEGER GROUP BY ALL", [day, day, MAX_QUIET_DAYS]).fetchall()}
    latest_day: dict[str, date] = {}
    for source, d in that_day:
        latest_day[source] = max(d, latest_day.get(source, d))
    for (source, last_day, quiet, mode, until, reason, requests, failures, forbidden, unavailable, left_alone,
         new_recent, first_day, listings, links, fetched, new_last, not_extracted, detail) in rows:
        missed, latest = unmatched.get(source, (0, 0))
        # (the source's latest day with new articles: a day with none after a redesign changes nothing)
        day_missed, day_new = that_day.get((source, latest_day.get(source)), (0, 0))
        if day_missed and 2 * day_missed > day_new and not (missed and 2 * missed > latest):
            missed, latest = day_missed, day_new
        if registry and source not in registry:
            continue
        detail = _json_object(detail)
        # listings that failed, by address and why; those and article links the site sent off the source's domains
        # (a site that moved: the crawl drops the redirect, and the source read nothing)
        failed = [f for f in detail.get("listings_failed") or [] if isinstance(f, dict)]
        offsite = [f for f in failed if f.get("why") == "offsite_redirect"]
        listings_offsite = _as_int(detail.get("listings_offsite"))
        articles_offsite = _as_int(detail.get("articles_offsite"))
        if mode == "offline":   # (the bundled archive is fixed: some of its listings link no archived article)
            listings = fetched = listings_offsite = articles_offsite = 0
        if (day - last_day).days >= quiet:
            continue   # not crawled within its quiet window: a source taken out of the registry, or --only's others
        # a source this day's refresh did not crawl is reported from the last day that did, and says so
        since = None if last_day == day else last_day
        why = None
        if requests and forbidden >= requests:
            why = SourceProblem("robots_forbidden", requests, since=since)
        elif requests and unavailable >= requests:
            why = SourceProblem("robots_unavailable", requests, since=since)
        elif requests and left_alone >= requests:   # (each request the host's Retry-After stopped or left undone)
            why = SourceProblem("retry_after_too_long", requests, since=since)
        elif requests and failures / requests > max_error_rate:
            why = SourceProblem("failures", requests, failures, since, failed=failed)
        elif listings_offsite and (not listings or any(f.get("entry_point") for f in offsite)):
            # every listing asked led off-site (nothing was read), or an entry point did: the pages it listed are
            # lost every day until its address is mended
            moved = next((f for f in offsite if f.get("entry_point")), offsite[0] if offsite else {})
            why = SourceProblem("listings_offsite", listings_offsite, since=since, moved=moved)
        elif articles_offsite >= 2 and not fetched and not new_last:   # (one link to a partner site is no move)
            moved = {"to": detail.get("articles_offsite_to")}
            why = SourceProblem("articles_offsite", articles_offsite, since=since, moved=moved)
        elif mode != "offline" and (dead := [f for f in failed if f.get("entry_point")
                                             and f.get("why") not in _NOT_FAILURES]):
            # one entry point of several gone (a 404 after a redesign): the source still brings articles in, so no
            # other check fires, and what only that section lists is missed every day (a source maintainer's note)
            why = SourceProblem("entry_point_failed", len(dead), since=since, failed=dead)
        elif listings and not links:
            why = SourceProblem("listing_without_links", listings, since=since)
        elif fetched >= 2 and not new_last and not_extracted >= 2:   # (one photo or video page is no broken layout)
            why = SourceProblem("articles_not_extracted", fetched, not_extracted, since)
        elif missed and 2 * missed > latest:   # (a video page without the body element is no redesign)
            why = SourceProblem("hint_unmatched", latest, missed)
        elif not new_recent and (day - first_day).days >= quiet - 1 and mode != "offline":
            # (the bundled archive is fixed: its sources with no archived article are quiet by construction, and a
            # backfill of a week offline made them "quiet for 7 days")
            why = SourceProblem("quiet", quiet_days=quiet)
        out.append((source, why, until, reason))
    return out
