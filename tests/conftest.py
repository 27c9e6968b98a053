"""Shared fixtures: every test writes under its own temp dir, never into the checkout."""

from __future__ import annotations

import contextlib
import subprocess

import pytest

from tests.faultserver import FAST_SETTINGS


@pytest.fixture
def isolated_env(tmp_path, monkeypatch):
    """Point the warehouse and Dagster at temp dirs; the environment is restored afterwards."""
    wh = tmp_path / "warehouse"
    home = tmp_path / "dagster_home"
    home.mkdir()
    monkeypatch.setenv("ZGC_WAREHOUSE_DIR", str(wh))
    monkeypatch.setenv("DAGSTER_HOME", str(home))
    monkeypatch.delenv("ZGC_SOURCES", raising=False)
    monkeypatch.delenv("ZGC_CRAWL_MODE", raising=False)
    return {"warehouse": wh, "dagster_home": home}


@contextlib.contextmanager
def module_env(root):
    """For a module-scoped fixture: the warehouse and Dagster under *root* while the module's tests run."""
    mp = pytest.MonkeyPatch()
    mp.setenv("ZGC_WAREHOUSE_DIR", str(root / "warehouse"))
    mp.setenv("DAGSTER_HOME", str(root / "dagster_home"))
    mp.delenv("ZGC_SOURCES", raising=False)
    try:
        yield root
    finally:
        mp.undo()


# A live refresh's crawl runs with the project's politeness (0.5 s and more between requests to a host, AutoThrottle,
# retries 1, 2 and 4 s apart): against a local test site, one host for every source, that was some 10 s a refresh
# spent waiting, and the tests that refresh live do so several times.  These are the crawl tests' own delays
# (tests/faultserver.py's FAST_SETTINGS); the crawl is still the refresh's own process, sources and state, and its
# timeouts and number of retries are the project's.
FAST_LIVE_CRAWL = {k: FAST_SETTINGS[k] for k in ("DOWNLOAD_DELAY", "AUTOTHROTTLE_ENABLED", "ZGC_RETRY_BACKOFF_BASE")}


class _FastCrawls:
    """The subprocess module as pipeline.defs.resources sees it, whose Popen starts a crawl (``-m spiders.run``)
    with FAST_LIVE_CRAWL's settings added; every other command as given."""

    def __getattr__(self, name):
        return getattr(subprocess, name)

    @staticmethod
    def Popen(cmd, *args, **kwargs):
        if "spiders.run" in cmd:
            cmd = [*cmd, *(a for k, v in FAST_LIVE_CRAWL.items() for a in ("--set", f"{k}={v}"))]
        return subprocess.Popen(cmd, *args, **kwargs)


def fast_live_crawls(mp: pytest.MonkeyPatch) -> None:
    """Refreshes in this process crawl with FAST_LIVE_CRAWL's settings (until *mp* is undone)."""
    from pipeline.defs import resources

    mp.setattr(resources, "subprocess", _FastCrawls())


@pytest.fixture
def fast_crawls(monkeypatch):
    """For a test whose live refreshes wait on no politeness delay it checks (see FAST_LIVE_CRAWL)."""
    fast_live_crawls(monkeypatch)


@contextlib.contextmanager
def held_elsewhere(*paths):
    """The lock files *paths* flock'ed by another process (``flock(1)``, one inside the other, as a refresh holds the
    refresh lock and then the crawl's) until the block ends."""
    import os
    import shutil
    import signal
    import time

    from pipeline.warehouse import lock_holder

    if not shutil.which("flock"):
        pytest.skip("needs flock(1) (util-linux)")
    for path in paths:
        path.parent.mkdir(parents=True, exist_ok=True)
    argv = [a for p in paths for a in ("flock", str(p))] + ["sleep", "120"]
    proc = subprocess.Popen(argv, start_new_session=True)   # (its own group: the inner flock and sleep end with it)
    try:
        while any(lock_holder(p) is None for p in paths) and proc.poll() is None:   # (until flock has them all)
            time.sleep(0.05)
        assert proc.poll() is None
        yield proc
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


@contextlib.contextmanager
def database_open_elsewhere(path, *, through_writer: bool):
    """The working database *path* (``state/work.duckdb``) held open read-write by another process until the block
    ends: through the project's own writer (``Warehouse.writer``, under its writer lock, as a refresh writes it), or
    by a client outside the project (a DuckDB shell left open on it)."""
    import sys

    code = ("import sys, time\n"
            "from pipeline.warehouse import Warehouse\n"
            "with Warehouse(sys.argv[1]).writer():\n"
            "    print('open', flush=True); time.sleep(120)\n") if through_writer else (
            "import sys, time, duckdb\n"
            "con = duckdb.connect(sys.argv[1])\n"
            "print('open', flush=True); time.sleep(120)\n")
    arg = str(path.parent.parent if through_writer else path)
    proc = subprocess.Popen([sys.executable, "-c", code, arg], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "open"
        yield proc
    finally:
        proc.kill()
        proc.wait()
        proc.stdout.close()


def run_failed_schedule(instance, day: str, warehouse) -> None:
    """A run of Dagster's own schedule (``daily_refresh``) of *day* that failed in its crawl step ("no source
    answered"), tagged with *warehouse* as every run is as it starts: what status finds only in the instance."""
    from dagster import job, op

    @op
    def crawl():
        raise RuntimeError("no source answered")

    @job(name="daily_refresh", tags={"dagster/partition": day})
    def scheduled():
        crawl()

    scheduled.execute_in_process(instance=instance, raise_on_error=False,
                                 tags={"zgc/warehouse": str(warehouse.resolve())})
