"""A refresh on a disk that stops taking writes (a full disk, a file-size limit): it fails, says so on its last line
and standard error naming what could not be written, and loses nothing, so that the refresh run again once there is
space stores what the failed one could not.  The write failures are real ones: the kernel's, under a file-size limit
(``ulimit -f``, RLIMIT_FSIZE) given to the process whose writes are to fail.  So are those of a refresh under too low
an open-files limit (``ulimit -n``, RLIMIT_NOFILE), refused before it starts, or failed when its crawl runs out."""

from __future__ import annotations

import errno
import json
import os
import resource
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from pipeline.cli import main
from tests.conftest import fast_live_crawls
from tests.faultserver import FaultServer, write_sources

DAY = "2026-11-18"


class _LimitedCrawls:
    """The subprocess module as pipeline.defs.resources sees it (after fast_live_crawls), whose crawls
    (``-m spiders.run``) run under a file-size limit of *limit* bytes: a write past it fails with EFBIG (or under
    another limit of *kind*: RLIMIT_NOFILE, *limit* open files)."""

    def __init__(self, inner, limit: int, kind: int = resource.RLIMIT_FSIZE):
        self._inner, self._limit, self._kind = inner, limit, kind

    def __getattr__(self, name):
        return getattr(self._inner, name)

    def Popen(self, cmd, *args, **kwargs):
        if "spiders.run" in cmd:
            limit, kind = self._limit, self._kind
            kwargs["preexec_fn"] = lambda: resource.setrlimit(kind, (limit, limit))
        return self._inner.Popen(cmd, *args, **kwargs)


def _refresh(capsys, sources) -> tuple[int, dict, str]:
    capsys.readouterr()
    code = main(["-q", "refresh", "--live", "--sources", str(sources), "--date", DAY])
    out, err = capsys.readouterr()
    return code, json.loads(out.strip().splitlines()[-1]), err


def test_a_crawl_whose_archive_fills_up_fails_the_refresh_and_the_next_refresh_stores_every_page(
        isolated_env, monkeypatch, capsys):
    """The crawl's archive stopped taking records halfway (a full disk): the pages fetched after that were marked done
    in the crawl's resume log, so the refresh run again once space was freed asked for none of them, exited 0 with 0
    new articles, and the day's digest said 0.  Now the refresh fails (exit 1, its last line naming the WARC file and
    the error), and the next one fetches the pages the archive had not kept: every article of the site is stored,
    first seen that day, none twice."""
    from pipeline.defs import resources

    monkeypatch.setattr("pipeline.defs.assets.is_backfill", lambda day, started=None: False)
    fast_live_crawls(monkeypatch)
    with FaultServer() as srv:
        sources = write_sources(isolated_env["warehouse"].parent / "sources.toml",
                                {"full": [srv.url("/list/fd?n=16&art=ok")]})
        with monkeypatch.context() as mp:
            mp.setattr(resources, "subprocess", _LimitedCrawls(resources.subprocess, 3000))
            code, said, err = _refresh(capsys, sources)
        assert code == 1, err[-3000:]
        assert said["ok"] is False and said["exit"] == 1
        assert "cannot write the archive" in said["error"] and ".warc.gz: [Errno 27] File too large" in said["error"]
        assert "fetched again by the next run" in said["error"]
        work = isolated_env["warehouse"] / "state" / "work.duckdb"
        con = duckdb.connect(str(work), read_only=True)
        try:
            archived = con.execute("SELECT count(DISTINCT canonical_url) FROM raw_pages WHERE kind = 'article'"
                                   ).fetchone()[0]
        finally:
            con.close()
        assert 0 < archived < 16   # (some were archived before the limit struck, the others not)

        code, said, err = _refresh(capsys, sources)   # the operator freed space: the same day again
    assert code == 0, err[-3000:]
    assert said["ok"] is True and said["pages_new"] == 16 - archived
    con = duckdb.connect(str(isolated_env["warehouse"] / "zgc.duckdb"), read_only=True)
    try:
        rows = con.execute("SELECT first_seen::VARCHAR, count(*), count(DISTINCT url) FROM articles GROUP BY 1").fetchall()
    finally:
        con.close()
    assert rows == [(DAY, 16, 16)]


def test_a_refresh_stopped_before_its_steps_prints_its_failure_as_its_last_line(isolated_env, capsys):
    """A refresh that failed outside its steps (a full disk under the refresh lock's file, the first thing a refresh
    writes after its checks) printed one line on standard error and nothing on standard output (the README promises
    `{"ok": false, …}`): a cron job's log got nothing for the day.  Here the lock file cannot be taken (a symbolic link
    in its place, to /dev/full, where every write fails ENOSPC, which a lock now refuses to follow): the last line
    names the file, and the failure is in the attempts file status reads; a full disk's error says so."""
    from pipeline.cli import _error_line

    state = isolated_env["warehouse"] / "state"
    state.mkdir(parents=True)
    (state / "refresh.lock").symlink_to("/dev/full")
    code = main(["-q", "refresh", "--offline", "--date", DAY])
    out, err = capsys.readouterr()
    assert code == 1
    said = json.loads(out.strip().splitlines()[-1])
    assert said == {"date": DAY, "mode": "offline", "ok": False, "exit": 1, "error": said["error"]}
    assert "symbolic link" in said["error"] and str(state / "refresh.lock") in said["error"]
    assert err.strip() == f"zgc-monitor: {said['error']}"   # (one line, the same words)
    attempt = json.loads((state / "refreshes.jsonl").read_text(encoding="utf-8").splitlines()[-1])
    assert attempt["ok"] is False and attempt["error"] == said["error"] and "refused" not in attempt
    full, code = _error_line(OSError(errno.ENOSPC, "No space left on device (writing the lock file)",
                                     str(state / "refresh.lock")))
    assert code == 1 and "[Errno 28] No space left on device" in full and str(state / "refresh.lock") in full
    assert "the disk is full" in full


def test_a_refresh_whose_dagster_storage_cannot_be_written_prints_its_failure_as_its_last_line(tmp_path, monkeypatch):
    """The same under a file-size limit (`ulimit -f 40`) on the refresh's own process: Dagster's SQLite run storage
    fails ("disk I/O error") as the run is created, and the refresh ended with `unexpected error: OperationalError` on
    standard error only.  Its last line now says so, naming the Dagster instance's folder and what to do."""
    from pipeline.cli import _dagster_instance
    from tests.faultserver import PROJECT_ROOT, crawl_env

    env = {**crawl_env(), "ZGC_WAREHOUSE_DIR": str(tmp_path / "warehouse"), "DAGSTER_HOME": str(tmp_path / "dh")}
    env.pop("ZGC_SOURCES", None)
    monkeypatch.setenv("DAGSTER_HOME", env["DAGSTER_HOME"])
    _dagster_instance().dispose()   # (an instance in use before: its storage made, past the limit below)
    limit = 40 * 1024
    proc = subprocess.run([sys.executable, "-m", "pipeline.cli", "-q", "refresh", "--offline", "--date", DAY],
                          cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=120,
                          preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit)))
    assert proc.returncode == 1, proc.stderr[-3000:]
    said = json.loads(proc.stdout.strip().splitlines()[-1])
    assert said["ok"] is False and said["exit"] == 1
    assert said["error"].startswith(f"the Dagster instance's storage in {tmp_path / 'dh'} cannot be written "
                                    "(OperationalError")
    assert "file-size limit" in said["error"] and "move aside" not in said["error"]   # (nothing is damaged)
    assert "Traceback" not in proc.stderr and proc.stderr.strip().endswith(said["error"])


def _files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_a_refresh_under_too_low_an_open_files_limit_is_refused_before_it_changes_anything(isolated_env):
    """Under `ulimit -n 12` a refresh failed halfway with `Execution of run … failed` (Dagster's SQLite files: "unable
    to open database file"), and under 20 its crawl's requests failed with "Too many open files", read as sites that
    did not answer. The limit is checked first: exit 2, one line naming it and what to raise it to, and the warehouse
    and Dagster's instance as they were but for the refusal's line in the attempts file."""
    from tests.faultserver import PROJECT_ROOT, crawl_env

    assert main(["-q", "refresh", "--offline", "--date", DAY]) == 0   # (a warehouse with something stored)
    wh, home = isolated_env["warehouse"], isolated_env["dagster_home"]
    before = {**_files(wh), **_files(home)}
    env = {**crawl_env(), "ZGC_WAREHOUSE_DIR": str(wh), "DAGSTER_HOME": str(home)}
    env.pop("ZGC_SOURCES", None)
    proc = subprocess.run([sys.executable, "-m", "pipeline.cli", "-q", "refresh", "--offline", "--date", DAY],
                          cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=120,
                          preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (12, 12)))
    assert proc.returncode == 2, proc.stderr[-3000:]
    said = json.loads(proc.stdout.strip().splitlines()[-1])
    assert said == {"date": DAY, "mode": "offline", "ok": False, "exit": 2, "error": said["error"]}
    # (the hard limit first: `ulimit -n 1024` cannot work under it)
    assert said["error"].startswith("the open-files limit (ulimit -n) is 12, too few for a refresh, and its hard limit "
                                    "is 12: raise the hard limit to 128 or more as root (`ulimit -Hn 1024`")
    assert "ulimit -n 1024" not in said["error"]
    assert proc.stderr.splitlines() == [f"zgc-monitor: {said['error']}"]   # (one line)
    after = {**_files(wh), **_files(home)}
    attempts = "state/refreshes.jsonl"
    assert after.pop(attempts).startswith(before.pop(attempts)) and after == before
    assert json.loads((wh / attempts).read_text(encoding="utf-8").splitlines()[-1])["error"] == said["error"]


@pytest.mark.skipif(resource.getrlimit(resource.RLIMIT_NOFILE)[1] not in (resource.RLIM_INFINITY,)
                    and resource.getrlimit(resource.RLIMIT_NOFILE)[1] < 256, reason="a hard open-files limit under 256")
def test_a_refresh_under_a_low_soft_open_files_limit_raises_it_when_the_hard_limit_allows(isolated_env):
    """`ulimit -Sn 12` under a higher hard limit: the refresh raises its own soft limit (as an unprivileged process
    may) and runs, instead of refusing a limit it could lift itself."""
    from tests.faultserver import PROJECT_ROOT, crawl_env

    hard = resource.getrlimit(resource.RLIMIT_NOFILE)[1]
    env = {**crawl_env(), "ZGC_WAREHOUSE_DIR": str(isolated_env["warehouse"]),
           "DAGSTER_HOME": str(isolated_env["dagster_home"])}
    env.pop("ZGC_SOURCES", None)
    proc = subprocess.run([sys.executable, "-m", "pipeline.cli", "-q", "refresh", "--offline", "--date", DAY],
                          cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=300,
                          preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (12, hard)))
    assert proc.returncode == 0, proc.stderr[-3000:]
    said = json.loads(proc.stdout.strip().splitlines()[-1])
    assert said["ok"] is True and said["articles_new"] > 0


def test_a_crawl_that_runs_out_of_file_descriptors_fails_the_refresh_saying_so(isolated_env, monkeypatch, capsys):
    """A crawl under a lower open-files limit than the refresh's (one it would pass): its requests and robots.txt
    files failed with "Too many open files" and it finished, the sites' failures as far as the refresh could tell.
    The refresh now fails, exit 2, naming the limit; the pages archived are stored and the resume folder stays."""
    from pipeline.defs import resources

    fast_live_crawls(monkeypatch)
    monkeypatch.setattr(resources, "subprocess", _LimitedCrawls(resources.subprocess, 12, resource.RLIMIT_NOFILE))
    wh = isolated_env["warehouse"]
    with FaultServer() as srv:
        sources = write_sources(wh.parent / "sources.toml", {"a": [srv.url("/list/fa?n=24&art=slow")],
                                                             "b": [srv.url("/list/fb?n=24&art=slow")]})
        code, said, err = _refresh(capsys, sources)
    assert code == 2, err[-3000:]
    assert said["ok"] is False and said["exit"] == 2
    assert said["error"].startswith("the refresh ran out of file descriptors under the open-files limit (ulimit -n) "
                                    "of ")
    assert "the crawl ran out of file descriptors (Too many open files)" in said["error"]
    assert err.strip().splitlines()[-1] == f"zgc-monitor: refresh of {DAY} failed: {said['error']}"
    assert (wh / "state" / "crawl" / DAY / "job" / "frontier.log").is_file()
    con = duckdb.connect(str(wh / "state" / "work.duckdb"), read_only=True)
    try:
        assert con.execute("SELECT finish_reason FROM crawl_runs").fetchall() == [("failed (too many open files)",)]
    finally:
        con.close()


def test_a_crawl_that_runs_out_of_file_descriptors_stops_and_leaves_its_pages_unfinished(tmp_path):
    """Under too low an open-files limit the crawl's requests failed one after another with "Too many open files"
    (sockets, module files), each counted as the site's error and marked finished, and the crawl finished: those
    pages were asked for by no later run, and the crawl state was saved with them. It now stops at the first
    (`out_of_files`, exit 1), saves no state, and every article it found is archived or left for the next run."""
    from spiders.frontier import Frontier
    from tests.faultserver import PROJECT_ROOT, CrawlResult, crawl_command, crawl_env

    state = tmp_path / "state.json"
    with FaultServer() as srv:
        sources = write_sources(tmp_path / "sources.toml", {"a": [srv.url("/list/fa?n=24&art=slow")],
                                                            "b": [srv.url("/list/fb?n=24&art=slow")]})
        cmd = crawl_command(tmp_path, sources=sources, extra=["--jobdir", str(tmp_path / "job"), "--state", str(state)])
        proc = subprocess.run(cmd, cwd=PROJECT_ROOT, env=crawl_env(), capture_output=True, text=True, timeout=120,
                              preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (16, 16)))
    result = CrawlResult.read(tmp_path, "run", proc.returncode, proc.stdout + proc.stderr)
    assert result.returncode == 1, result.output[-3000:]
    assert result.stats["finish_reason"] == "out_of_files"
    assert "the crawl ran out of file descriptors" in result.output and not state.exists()
    archived = {r.url for r in result.records if r.kind == "article"}
    log = [line.split("\t") for line in (tmp_path / "job" / "frontier.log").read_text(encoding="utf-8").splitlines()]
    queued, finished = {p[-1] for p in log if p[0] == "Q"}, {p[-1] for p in log if p[0] == "F"}
    pending = {line.split("\t")[-1] for line in Frontier.pending_lines(tmp_path / "job")}
    assert pending and finished == archived and queued == archived | pending   # (none failed for good)
    # (none counted as the sources' errors: stopped at the first EMFILE, a retry's, what failed after it is counted
    # out_of_files, and what was still to be retried stays in the resume log)
    assert not any(c.get("errors", 0) for c in result.stats["sources"].values())


def _lowest_free_fd(pid: int) -> int:
    taken = {int(n) for n in os.listdir(f"/proc/{pid}/fd")}
    return next(n for n in range(len(taken) + 1) if n not in taken)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prlimit and /proc: Linux")
def test_a_crawl_whose_progress_write_runs_out_of_file_descriptors_stops_at_once(tmp_path):
    """The first "Too many open files" of a tester's crawl hit a looping call (Scrapy logged only "Error calling the
    AsyncioLoopingCall function"), not a request: the crawl sent nothing more and sat idle until its time limit, then
    saved its crawl state as stopped there.  Here the limit is lowered (prlimit, as the tester did) on the running
    crawl to its lowest free descriptor while its requests wait out a download delay, so that the first file it opens
    is the stats file its progress ticker writes: the crawl stops at once (`out_of_files`, exit 1), saves no state,
    keeps its resume log, and its log names the error and where it came from.  The articles still queued behind the
    download delay are failed without being sent (they were sent one per delay, each to fail again, before the crawl
    could end: a dozen articles of one host took over 20 s) and left for the next run."""
    import time

    from tests.faultserver import PROJECT_ROOT, CrawlResult, crawl_command, crawl_env

    state = tmp_path / "state.json"
    with FaultServer() as srv:
        sources = write_sources(tmp_path / "sources.toml", {"a": [srv.url("/list/fa?n=12&art=ok")]})
        cmd = crawl_command(tmp_path, sources=sources, settings={
            "DOWNLOAD_DELAY": "2", "RANDOMIZE_DOWNLOAD_DELAY": "False", "CONCURRENT_REQUESTS_PER_DOMAIN": "1",
            "LOGSTATS_INTERVAL": "0.2"}, extra=["--jobdir", str(tmp_path / "job"), "--state", str(state)])
        env = {**crawl_env(), "ZGC_CRAWL_TIME_LIMIT": "60"}
        proc = subprocess.Popen(cmd, cwd=PROJECT_ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                text=True)
        try:
            log, deadline = tmp_path / "job" / "frontier.log", time.monotonic() + 30
            while time.monotonic() < deadline and (not log.exists() or log.read_text(encoding="utf-8").count("Q\t") < 2):
                time.sleep(0.1)   # (until the listing was read: its articles are queued)
            time.sleep(0.5)   # (the listing's connection closed; the next request waits out the delay)
            limit = _lowest_free_fd(proc.pid)
            resource.prlimit(proc.pid, resource.RLIMIT_NOFILE, (limit, limit))
            lowered = time.monotonic()
            output, _ = proc.communicate(timeout=50)
        finally:
            proc.kill()
    took = time.monotonic() - lowered
    result = CrawlResult.read(tmp_path, "run", proc.returncode, output)
    assert took < 10, output[-3000:]    # (not idle until its time limit of 60 s, nor one request per 2 s delay)
    assert result.returncode == 1, output[-3000:]
    assert '"finish_reason": "out_of_files"' in output and "closespider_timeout" not in output
    stop = next(line for line in output.splitlines() if "the crawl ran out of file descriptors" in line)
    assert "Too many open files" in stop and "stats" in stop, stop
    assert not state.exists()
    assert (tmp_path / "job" / "frontier.log").exists()   # (kept: what it did not fetch is the next run's)
    from spiders.frontier import Frontier

    assert len(Frontier.pending_lines(tmp_path / "job")) >= 10   # (the dozen articles, but those fetched before)


@pytest.mark.skipif(resource.getrlimit(resource.RLIMIT_NOFILE)[1] not in (resource.RLIM_INFINITY,)
                    and resource.getrlimit(resource.RLIMIT_NOFILE)[1] < 256, reason="a hard open-files limit under 256")
def test_a_crawl_dagster_starts_under_a_low_soft_open_files_limit_runs_under_a_raised_one(tmp_path, monkeypatch):
    """Only `zgc-monitor refresh` raised a low soft open-files limit: a run Dagster launched (`dagster asset
    materialize`, the daemon) under `ulimit -Sn 20` started its crawl under 20, which ran out of files at robots.txt.
    The crawler resource now raises it too, with the command's own function, before it starts the crawl process."""
    from pipeline.defs import resources
    from spiders.limits import OPEN_FILES_NEEDED

    seen: list[int] = []

    class Started:   # (the crawl process, as far as the resource sees it: the limit it would inherit, then done)
        stdout: list[str] = []

        def __init__(self, *args, **kwargs):
            seen.append(resource.getrlimit(resource.RLIMIT_NOFILE)[0])

        def wait(self):
            return 0

        def __enter__(self):   # (the resource holds its process in a with block: its pipe closed after)
            return self

        def __exit__(self, *exc):
            return False

    monkeypatch.setattr(resources.subprocess, "Popen", Started)
    before = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (64, before[1]))
    try:
        crawler = resources.CrawlerResource(mode="offline")
        assert crawler.crawl(warc=tmp_path / "w.warc.gz", stats=tmp_path / "s.json", seen=tmp_path / "seen.txt",
                             jobdir=tmp_path / "job", state=tmp_path / "state.json", min_date=None,
                             on_line=lambda line: None) == 0
    finally:
        resource.setrlimit(resource.RLIMIT_NOFILE, before)
    assert seen == [OPEN_FILES_NEEDED]
