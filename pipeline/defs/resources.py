"""Resources: small interfaces with swappable implementations; paths come from the environment at run time."""


import contextlib
import os
import subprocess
import sys
from pathlib import Path
from typing import Callable, Iterator, Optional

from dagster import ConfigurableResource

from pipeline.warehouse import PROJECT_ROOT, Warehouse, in_checkout
from spiders.limits import raise_open_files

CRAWL_MODES = ("offline", "live")


class WarehouseResource(ConfigurableResource):
    """The DuckDB warehouse directory (default: $ZGC_WAREHOUSE_DIR, else the checkout's warehouse/).

    A run that uses it holds the warehouse's refresh lock from its first step to its end, as ``zgc-monitor refresh``
    does: a backup under ``flock state/refresh.lock`` (README, Backups) then excludes the schedule's runs, backfills
    and ``dagster asset materialize`` too, which took only the crawl and writer locks and wrote the warehouse beside
    it.  A run started while the lock is held waits for it up to ``lock_wait`` seconds (a warning says who holds
    it), then fails naming the holder.  A run ``zgc-monitor refresh`` executes holds it through the command's hold.
    """

    directory: Optional[str] = None
    lock_wait: float = 3 * 3600.0   # seconds a run waits for the refresh lock (a backup, a refresh) before it fails

    def get(self) -> Warehouse:
        return Warehouse(self.directory or None)

    @contextlib.contextmanager
    def yield_for_execution(self, context) -> Iterator["WarehouseResource"]:
        _check_file_names(self.get().root)
        run = getattr(context, "run", None)
        holder = (f"Dagster run {run.run_id[:8]} ({run.job_name}"
                  + (f" of {run.tags['dagster/partition']}" if "dagster/partition" in run.tags else "") + ")"
                  if run is not None else "a Dagster run")
        log = context.log.warning if getattr(context, "log", None) is not None else None
        if run is not None and getattr(context, "instance", None) is not None:
            # the run's warehouse folder (and process), before the wait: a run that gives up waiting never reaches the
            # first step that tags it, and `status` of every other warehouse sharing the instance reported it as its
            # own failed refresh (the folder comes from ZGC_WAREHOUSE_DIR, which the run config does not name)
            from pipeline.defs.runs import mark_process

            mark_process(context, self)
        with self.get().run_lock(self.lock_wait, on_wait=log, holder=holder):
            yield self


def _check_file_names(root: Path) -> None:
    """Refuse a warehouse folder whose name this process cannot hand DuckDB as the bytes it is on disk: a non-ASCII
    name where file names are not UTF-8 (a Dagster process under a GBK or Latin-1 locale, or with UTF-8 mode turned
    off, PYTHONUTF8=0; the command runs itself again in UTF-8 mode).  It failed with "surrogates not allowed", or
    opened a folder of another name (README, Locale and encoding)."""
    import codecs

    encoding = sys.getfilesystemencoding()
    if codecs.lookup(encoding).name == "utf-8" or os.fsencode(root).isascii():
        return
    shown = os.fsencode(root).decode("utf-8", "replace")
    raise RuntimeError(f"the warehouse folder {shown} has non-ASCII characters and this process names files in "
                       f"{encoding}, not UTF-8 (a locale that is not UTF-8, or PYTHONUTF8=0): DuckDB would open it "
                       "under another name or not at all. Set PYTHONUTF8=1 in the environment of dagster, "
                       "dagster-daemon and dagster dev (or use an ASCII path); nothing was opened")


class CrawlerResource(ConfigurableResource):
    """Runs the Scrapy crawl in its own process.

    ``mode``: "offline" crawls the bundled archive served on 127.0.0.1,
    "live" the real sites; unset means $ZGC_CRAWL_MODE, else offline.
    ``window_days``: a live crawl skips article URLs dated more than this many
    days before the partition day (0 = no window).
    """

    mode: Optional[str] = None
    sources_file: Optional[str] = None
    only: Optional[str] = None
    window_days: int = 30
    log_level: str = "INFO"

    def resolved_mode(self) -> str:
        mode = self.mode or os.environ.get("ZGC_CRAWL_MODE") or "offline"
        if mode not in CRAWL_MODES:
            raise ValueError(f"crawl mode must be one of {CRAWL_MODES}, got {mode!r}")
        return mode

    def resolved_sources(self) -> Optional[str]:
        """The sources file as an absolute path (the crawl runs in the project's directory, so a path
        relative to where the refresh was started would name another file there)."""
        from spiders.sources import sources_file

        path = sources_file(self.sources_file)
        return str(Path(path).resolve()) if path else None

    def crawl(self, *, warc: Path, stats: Path, seen: Path, jobdir: Path, state: Path, min_date: Optional[str],
              on_line: Callable[[str], None], recheck: Optional[Path] = None, keep_fds: tuple[int, ...] = ()) -> int:
        """Run one crawl; ``state`` keeps entry-point validators (ETag/Last-Modified) and articles to retry.
        ``keep_fds``: descriptors the crawl process keeps open (the crawl lock's: held until the crawl ends, even
        when this process is gone first)."""
        cmd = [sys.executable, "-m", "spiders.run", "--warc", str(warc), "--stats", str(stats),
               "--seen", str(seen), "--jobdir", str(jobdir), "--state", str(state), "--log-level", self.log_level]
        if self.resolved_mode() == "offline":
            cmd.append("--offline")
        if self.resolved_sources():
            cmd += ["--sources", self.resolved_sources()]
        if self.only:
            cmd += ["--only", self.only]
        if min_date:
            cmd += ["--min-date", min_date]
        if recheck:
            cmd += ["--recheck", str(recheck)]
        # a Dagster-launched run under a low soft open-files limit (`ulimit -Sn 20`) raises it too, as the refresh
        # command does before it starts, where the hard limit allows: the crawl inherits it.  Under a hard limit too
        # low the crawl is started all the same and stops at its first "Too many open files" (out_of_files)
        raise_open_files()
        env = dict(os.environ)
        if in_checkout():  # a checkout run without installing it; an installed package is on the path already
            env["PYTHONPATH"] = os.pathsep.join([str(PROJECT_ROOT), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
        env["ZGC_CRAWL_PARENT_PID"] = str(os.getpid())  # the crawl ends when this process does (spiders.run)
        env["PYTHONUTF8"] = "1"  # its output (read here as UTF-8), file names and files are UTF-8 whatever the locale
        with subprocess.Popen(cmd, cwd=str(PROJECT_ROOT) if in_checkout() else None, env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True, encoding="utf-8", errors="replace",
                              pass_fds=keep_fds) as proc:   # (its pipe closed after: no ResourceWarning a refresh)
            assert proc.stdout is not None
            for line in proc.stdout:
                on_line(line.rstrip("\n"))
            return proc.wait()
