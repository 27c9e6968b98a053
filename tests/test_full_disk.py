"""A refresh on a disk that stops taking writes (a full disk, a file-size limit): it fails, says so on its last line
and standard error naming what could not be written, and loses nothing, so that the refresh run again once there is
space stores what the failed one could not.  The write failures are real ones: the kernel's, under a file-size limit
(``ulimit -f``, RLIMIT_FSIZE) given to the process whose writes are to fail."""

from __future__ import annotations

import json
import resource

import duckdb

from pipeline.cli import main
from tests.conftest import fast_live_crawls
from tests.faultserver import FaultServer, write_sources

DAY = "2026-11-18"


class _LimitedCrawls:
    """The subprocess module as pipeline.defs.resources sees it (after fast_live_crawls), whose crawls
    (``-m spiders.run``) run under a file-size limit of *limit* bytes: a write past it fails with EFBIG."""

    def __init__(self, inner, limit: int):
        self._inner, self._limit = inner, limit

    def __getattr__(self, name):
        return getattr(self._inner, name)

    def Popen(self, cmd, *args, **kwargs):
        if "spiders.run" in cmd:
            limit = self._limit
            kwargs["preexec_fn"] = lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
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
