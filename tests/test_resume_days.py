"""What a day's crawl leaves unfinished (a full disk, a crawl killed or cut off at its time limit) is fetched by the
next ordinary refresh, whatever day it crawls for: a scheduler runs `zgc-monitor refresh` daily, never `--date` the
day that failed.  The crawls are real (a local site, the refresh's own crawl process, a real file-size limit)."""

from __future__ import annotations

import json
from datetime import date, timedelta

import duckdb

from pipeline.cli import main
from pipeline.metadata import beijing_today
from tests.conftest import fast_live_crawls
from tests.faultserver import FaultServer, write_sources
from tests.test_full_disk import _LimitedCrawls


def _refresh(capsys, sources, *args, mode: str = "--live") -> tuple[int, dict, str]:
    capsys.readouterr()
    code = main(["-q", "refresh", mode, "--sources", str(sources), *args])
    out, err = capsys.readouterr()
    return code, json.loads(out.strip().splitlines()[-1]), err


def _live_days(monkeypatch) -> date:
    """Live crawls of the fault server at test speed, every day an ordinary one (no backfill): today in Beijing."""
    monkeypatch.setattr("pipeline.defs.assets.is_backfill", lambda day, started=None: False)
    fast_live_crawls(monkeypatch)
    return beijing_today()


def _status(capsys) -> dict:
    capsys.readouterr()
    main(["status"])
    return json.loads(capsys.readouterr().out)


def _published(warehouse, query: str) -> list[tuple]:
    con = duckdb.connect(str(warehouse / "zgc.duckdb"), read_only=True)
    try:
        return con.execute(query).fetchall()
    finally:
        con.close()


def test_the_next_ordinary_refresh_fetches_what_the_day_before_left_unfinished(isolated_env, monkeypatch, capsys):
    """Yesterday's crawl stopped halfway (its archive filled up): the pages it had found and not archived were
    fetched only by `refresh --date <yesterday>`, and today's ordinary refresh, whose listing had moved on to other
    articles, never asked for them. Now today's refresh resumes them: every article of both days is stored once,
    yesterday's resumed ones first seen today (the day a refresh extracted them; yesterday published nothing), and
    yesterday's resume folder is gone, taken over."""
    from pipeline.defs import resources

    today = _live_days(monkeypatch)
    yesterday = today - timedelta(days=1)
    wh = isolated_env["warehouse"]
    with FaultServer() as srv:
        path = wh.parent / "sources.toml"
        sources = write_sources(path, {"full": [srv.url("/list/old?n=16&art=ok")]})
        with monkeypatch.context() as mp:
            mp.setattr(resources, "subprocess", _LimitedCrawls(resources.subprocess, 3000))
            code, said, err = _refresh(capsys, sources, "--date", yesterday.isoformat())
        assert code == 1 and "File too large" in said["error"], err[-3000:]
        assert (wh / "state" / "crawl" / yesterday.isoformat() / "job" / "frontier.log").is_file()
        con = duckdb.connect(str(wh / "state" / "work.duckdb"), read_only=True)
        try:
            archived = con.execute("SELECT count(DISTINCT canonical_url) FROM raw_pages WHERE kind = 'article'"
                                   ).fetchone()[0]
        finally:
            con.close()
        assert 0 < archived < 16
        assert _status(capsys)["pages_unfinished"] == {yesterday.isoformat(): 16 - archived}

        # today the site's listing shows two new articles, and yesterday's are no longer on it
        asked_yesterday = len(srv.requests_to("/art/ok/old-"))
        write_sources(path, {"full": [srv.url("/list/new?n=2&art=ok")]})
        code, said, err = _refresh(capsys, sources)
        assert code == 0, err[-3000:]
        assert said["date"] == today.isoformat() and said["ok"] is True
        assert said["pages_new"] == 2 + 16 - archived
        assert said["pages_resumed"] == {yesterday.isoformat(): 16 - archived}
        assert not (wh / "state" / "crawl" / yesterday.isoformat()).exists()
        assert _status(capsys)["pages_unfinished"] == {}
        fetched_again = [p for p, _, _ in srv.requests_to("/art/ok/old-")]
        assert len(set(fetched_again[asked_yesterday:])) == len(fetched_again[asked_yesterday:]) == 16 - archived

        code, said, err = _refresh(capsys, sources)   # the same day again: nothing left to resume
        assert code == 0, err[-3000:]
        assert said["pages_new"] == 0 and said["pages_resumed"] == {}
        assert [p for p, _, _ in srv.requests_to("/art/ok/old-")] == fetched_again
    rows = _published(wh, "SELECT first_seen::VARCHAR, count(*), count(DISTINCT url) FROM articles GROUP BY 1 ORDER BY 1")
    assert rows == [(today.isoformat(), 2 + 16, 2 + 16)]


def _frontier(folder, *lines: str):
    (folder / "job").mkdir(parents=True)
    (folder / "job" / "frontier.log").write_text("".join(line + "\n" for line in lines), encoding="utf-8")


def test_a_crawl_takes_over_the_unfinished_pages_of_the_thirty_days_before_its_own(tmp_path):
    """Only earlier days within the window are taken over, and only what they left unfinished: a page finished there
    is not asked again, a later day's folder (a refresh of today beside a `--date` of an earlier day) and one older
    than the window stay as they are, and a folder with nothing left is removed all the same."""
    from datetime import date

    from spiders.frontier import Frontier, take_over_frontiers

    crawl = tmp_path / "crawl"
    day = date(2026, 11, 20)
    _frontier(crawl / "2026-11-19", "Q\ta\thttp://x.cn/1.html", "Q\ta\thttp://x.cn/2.html", "F\thttp://x.cn/1.html",
              "P\ta\thttp://x.cn/2.html\t2\thttp://x.cn/2_2.html", "Q\ta\thttp://x.cn/cut")   # (a line a kill cut)
    _frontier(crawl / "2026-10-21", "Q\tb\thttp://y.cn/1.html")               # 30 days before: taken
    _frontier(crawl / "2026-10-20", "Q\tb\thttp://y.cn/old.html")             # 31 days before: left
    _frontier(crawl / "2026-11-18", "Q\ta\thttp://x.cn/3.html", "F\thttp://x.cn/3.html")   # nothing left
    _frontier(crawl / "2026-11-21", "Q\ta\thttp://x.cn/later.html")           # a later day: left
    (crawl / "notes").mkdir()
    _frontier(crawl / "2026-11-20", "Q\ta\thttp://x.cn/today.html")           # the day's own

    taken = take_over_frontiers(crawl, day, 30)
    assert taken == {"2026-10-21": 1, "2026-11-19": 3}
    assert sorted(p.name for p in crawl.iterdir()) == ["2026-10-20", "2026-11-20", "2026-11-21", "notes"]
    pending = Frontier.pending_lines(crawl / "2026-11-20" / "job")
    assert sorted(pending) == sorted(["Q\ta\thttp://x.cn/today.html", "Q\tb\thttp://y.cn/1.html",
                                      "Q\ta\thttp://x.cn/2.html", "Q\ta\thttp://x.cn/cut",
                                      "P\ta\thttp://x.cn/2.html\t2\thttp://x.cn/2_2.html"])
    assert take_over_frontiers(crawl, day, 30) == {}   # (taken once)

    # a crash after the append and before the removal: the next take-over appends them again, read once
    _frontier(crawl / "2026-11-17", "Q\ta\thttp://x.cn/8.html", "Q\ta\thttp://x.cn/9.html")
    log = crawl / "2026-11-20" / "job" / "frontier.log"
    log.write_text(log.read_text(encoding="utf-8") + "Q\ta\thttp://x.cn/9.html\n", encoding="utf-8")
    assert take_over_frontiers(crawl, day, 30) == {"2026-11-17": 2}
    pending = Frontier.pending_lines(crawl / "2026-11-20" / "job")
    assert pending.count("Q\ta\thttp://x.cn/9.html") == 1 and len(pending) == 7


TIME_LIMITED = {"CLOSESPIDER_TIMEOUT": "2", "ZGC_CLOSESPIDER_GRACE": "1", "DOWNLOAD_TIMEOUT": "25", "RETRY_TIMES": "0"}


def test_a_crawl_held_past_its_time_limit_is_stopped_and_leaves_what_it_held_unfinished(tmp_path):
    """Scrapy's time limit waits for every request its downloader holds, each up to DOWNLOAD_TIMEOUT from a site that
    trickles its pages (bench/crawl_time_limit.py: 42 s past a 3 s limit with 5 s downloads). The crawl is now stopped
    ZGC_CLOSESPIDER_GRACE after the limit, as a time limit's end (exit 0, closespider_timeout), with its state whole:
    every page archived is marked done in the resume log, every page it held unfinished (the trickling ones) is left
    for the next run and is not in the archive, and the archive holds no record cut short."""
    import shutil

    from spiders.middlewares import repair_warc_tail
    from spiders.frontier import Frontier
    from tests.faultserver import run_crawl

    with FaultServer() as srv:
        sources = write_sources(tmp_path / "sources.toml", {"s": [srv.url("/list/tok?n=4&art=ok"),
                                                                  srv.url("/list/ttr?n=6&art=trickle")]})
        result = run_crawl(tmp_path, sources=sources, settings=TIME_LIMITED, extra=["--jobdir", str(tmp_path / "job")])
    assert result.returncode == 0, result.output[-3000:]
    assert result.stats["finish_reason"] == "closespider_timeout"
    assert "after its time limit (CLOSESPIDER_TIMEOUT=2 s): stopped now" in result.output
    archived = {r.url for r in result.records if r.kind == "article"}
    pending = {line.split("\t")[-1] for line in Frontier.pending_lines(tmp_path / "job")}
    trickled = {srv.url(f"/art/trickle/ttr-1-{i}.html") for i in range(6)}
    assert trickled <= pending and not pending & archived
    assert pending | archived == trickled | {srv.url(f"/art/ok/tok-1-{i}.html") for i in range(4)}
    copy = shutil.copy(result.warc, tmp_path / "copy.warc.gz")
    assert repair_warc_tail(copy) == 0   # (nothing half-written)


def test_a_crawl_stopped_at_its_time_limit_saves_what_it_learned(tmp_path):
    """The crawl state (validators, redirects, pages gone, pages to retry) was saved only by a crawl that finished:
    one stopped at its time limit lost all it had learned, and the next asked its listings unconditionally, its dead
    links and redirects again, and retried its failed pages from their first run on. It is saved as a finished crawl
    saves it, but for what the crawl could not judge: a listing it did not reach keeps its validators, and a page it
    asked again and had no answer to (still in flight at the stop) keeps its count of runs."""
    from pipeline.urls import canonical_url
    from tests.faultserver import run_crawl

    state = tmp_path / "state.json"
    with FaultServer() as srv:
        cond, unreached = srv.url("/list/tlc?n=2&art=ok&cond=1"), srv.url("/list/unreached?n=1&art=ok&cond=1")
        sources = write_sources(tmp_path / "sources.toml", {"s": [
            cond, srv.url("/list/tlg?n=1&art=notfound"), srv.url("/list/tlm?n=1&art=moved"),
            srv.url("/list/tld?n=1&art=down"), srv.url("/list/ttr?n=2&art=trickle")]})
        held, fetched, down = (srv.url("/art/trickle/ttr-1-0.html"), srv.url("/art/ok/tlr-1-0.html"),
                               srv.url("/art/down/tld-1-0.html"))
        state.write_text(json.dumps({"version": 1, "redirects": {}, "gone": {}, "validators": {
            unreached: {"etag": '"v1"', "rules": "?", "source": "s", "children": []}}, "retry": {
                held: {"source": "s", "kind": "timeout", "runs": 2},
                fetched: {"source": "s", "kind": "timeout", "runs": 1},
                down: {"source": "s", "kind": "status_503", "runs": 1}}}), encoding="utf-8")
        result = run_crawl(tmp_path, sources=sources, settings=TIME_LIMITED,
                           extra=["--jobdir", str(tmp_path / "job"), "--state", str(state)])
    assert result.returncode == 0, result.output[-3000:]
    assert result.stats["finish_reason"] == "closespider_timeout"
    saved = json.loads(state.read_text(encoding="utf-8"))
    assert saved["validators"][cond]["etag"] == '"v1"' and unreached in saved["validators"]
    assert saved["redirects"] == {canonical_url(srv.url("/art/moved/tlm-1-0.html")):
                                  canonical_url(srv.url("/art/ok/tlm-1-0.html"))}
    assert list(saved["gone"]) == [canonical_url(srv.url("/art/notfound/tlg-1-0.html"))]
    assert saved["retry"] == {down: {"source": "s", "kind": "status_503", "runs": 2},
                              held: {"source": "s", "kind": "timeout", "runs": 2}}
    assert fetched in result.urls()


def test_a_crawl_of_some_sources_stopped_at_its_time_limit_keeps_the_others_state(tmp_path):
    """A crawl of some sources (``--only``) stopped at its time limit saves what it learned of its own sources, and
    leaves every other source's entries as they were: their pages to retry were dropped, never asked again."""
    from pipeline.urls import canonical_url
    from tests.faultserver import run_crawl

    state = tmp_path / "state.json"
    today, weeks_ago = beijing_today().isoformat(), (beijing_today() - timedelta(days=20)).isoformat()
    with FaultServer() as srv:
        a_cond, a_retry = srv.url("/list/sa?n=1&art=ok&cond=1"), srv.url("/art/down/sad-1-0.html")
        a_gone, a_old, a_moved = (canonical_url(srv.url(f"/art/{p}.html")) for p in ("notfound/sag-1-0", "x/0", "x/1"))
        sources = write_sources(tmp_path / "sources.toml", {
            "a": [a_cond], "b": [srv.url("/list/sbd?n=1&art=down"), srv.url("/list/sbt?n=2&art=trickle")]})
        others = {"validators": {a_cond: {"etag": '"v1"', "rules": "?", "source": "a", "children": []}},
                  "redirects": {a_moved: canonical_url(srv.url("/art/ok/1.html"))},
                  # (one checked weeks ago: forgotten when its own source is crawled, as the rest of a's are judged then)
                  "gone": {a_gone: {"why": "status_404", "source": "a", "since": today, "checked": today, "times": 1},
                           a_old: {"why": "status_410", "source": "a", "since": weeks_ago, "checked": weeks_ago,
                                   "times": 3}},
                  "retry": {a_retry: {"source": "a", "kind": "status_503", "runs": 2}}}
        state.write_text(json.dumps({"version": 1, **others}), encoding="utf-8")
        result = run_crawl(tmp_path, sources=sources, settings=TIME_LIMITED,
                           extra=["--jobdir", str(tmp_path / "job"), "--state", str(state), "--only", "b"])
    assert result.returncode == 0, result.output[-3000:]
    assert result.stats["finish_reason"] == "closespider_timeout"
    saved = json.loads(state.read_text(encoding="utf-8"))
    assert saved["retry"] == {**others["retry"],
                              srv.url("/art/down/sbd-1-0.html"): {"source": "b", "kind": "status_503", "runs": 1}}
    assert {k: saved[k] for k in ("validators", "redirects", "gone")} == \
        {k: others[k] for k in ("validators", "redirects", "gone")}


class _TimeLimitedCrawls:
    """The subprocess module as pipeline.defs.resources sees it (after fast_live_crawls), whose crawls run with
    TIME_LIMITED's settings."""

    def __init__(self, inner):
        self._inner = inner

    def __getattr__(self, name):
        return getattr(self._inner, name)

    def Popen(self, cmd, *args, **kwargs):
        if "spiders.run" in cmd:
            cmd = [*cmd, *(a for k, v in TIME_LIMITED.items() for a in ("--set", f"{k}={v}"))]
        return self._inner.Popen(cmd, *args, **kwargs)


def test_a_refresh_whose_crawl_reached_its_time_limit_keeps_what_it_did_not_fetch_for_the_next(
        isolated_env, monkeypatch, capsys):
    """A crawl cut off at its time limit ended as finished, and its resume folder was removed: what it had found and
    not fetched was found again only if the next day's listings still linked it. The refresh goes on with what was
    fetched, and the folder stays with the pages left (`pages_left`, and `status`'s `pages_unfinished`)."""
    from pipeline.defs import resources

    fast_live_crawls(monkeypatch)
    monkeypatch.setattr(resources, "subprocess", _TimeLimitedCrawls(resources.subprocess))
    today = beijing_today()
    wh = isolated_env["warehouse"]
    with FaultServer() as srv:
        sources = write_sources(wh.parent / "sources.toml", {"s": [srv.url("/list/rok?n=3&art=ok"),
                                                                   srv.url("/list/rtr?n=4&art=trickle")]})
        code, said, err = _refresh(capsys, sources)
    assert code == 0, err[-3000:]
    assert said["ok"] is True and said["pages_left"] >= 4 and said["pages_new"] + said["pages_left"] == 7
    assert "stopped at its time limit" in err
    pending = _pending_urls(wh / "state" / "crawl" / today.isoformat() / "job")
    assert {srv.url(f"/art/trickle/rtr-1-{i}.html") for i in range(4)} <= pending and len(pending) == said["pages_left"]
    assert _status(capsys)["pages_unfinished"] == {today.isoformat(): said["pages_left"]}


def test_the_crawl_time_limit_is_set_in_the_refresh_environment(isolated_env, monkeypatch, capsys):
    """CLOSESPIDER_TIMEOUT and its grace were Scrapy settings the refresh gave no way to change: set in its
    environment, they were ignored and the crawl ran on for hours against a trickling site. ZGC_CRAWL_TIME_LIMIT and
    ZGC_CLOSESPIDER_GRACE now reach the crawl; a value that is no number of seconds is refused before it."""
    fast_live_crawls(monkeypatch)
    wh = isolated_env["warehouse"]
    with FaultServer() as srv:
        sources = write_sources(wh.parent / "sources.toml", {"s": [srv.url("/list/rok?n=3&art=ok"),
                                                                   srv.url("/list/rtr?n=4&art=trickle")]})
        monkeypatch.setenv("ZGC_CRAWL_TIME_LIMIT", "two")
        code, _, err = _refresh(capsys, sources)
        assert code == 2 and "ZGC_CRAWL_TIME_LIMIT must be a number of seconds" in err and not wh.joinpath("raw").exists()
        monkeypatch.setenv("ZGC_CRAWL_TIME_LIMIT", "2")
        monkeypatch.setenv("ZGC_CLOSESPIDER_GRACE", "1")
        code, said, err = _refresh(capsys, sources)
    assert code == 0, err[-3000:]
    assert said["pages_left"] >= 4 and said["pages_new"] + said["pages_left"] == 7
    assert "stopped at its time limit" in err
    # the warehouse tells the crawl cut short from a complete one (it said `finished`), and still reads the day as
    # refreshed and the run as the last one that got through
    assert _published(wh, "SELECT finish_reason FROM crawl_runs") == [("stopped at its time limit",)]
    assert _published(wh, "SELECT count(*) FROM refreshed_days") == [(1,)]
    assert _status(capsys)["last_success"] is not None


def _pending_urls(job) -> set[str]:
    from spiders.frontier import Frontier

    return {line.split("\t")[-1] for line in Frontier.pending_lines(job)}


def test_a_refresh_of_some_sources_keeps_what_the_other_sources_left_unfinished(isolated_env, monkeypatch, capsys):
    """The crawl of two days ago stopped halfway (its archive filled up) with pages of sources a and b unfinished;
    yesterday's `refresh --only b` took them over, asked for b's alone and finished, and its resume folder was removed
    with a's pages in it: no later refresh asked for them. Now that crawl keeps the pages of the sources it did not
    ask (reported as `pages_left` and in `status`'s `pages_unfinished`) and drops its own as before, and today's
    ordinary refresh fetches a's: every article of both sources is stored once."""
    from pipeline.defs import resources

    today = _live_days(monkeypatch)
    yesterday, before = today - timedelta(days=1), today - timedelta(days=2)
    wh = isolated_env["warehouse"]
    with FaultServer() as srv:
        sources = write_sources(wh.parent / "sources.toml", {"a": [srv.url("/list/oa?n=8&art=ok")],
                                                             "b": [srv.url("/list/ob?n=8&art=ok")]})
        with monkeypatch.context() as mp:
            mp.setattr(resources, "subprocess", _LimitedCrawls(resources.subprocess, 3000))
            code, said, err = _refresh(capsys, sources, "--date", before.isoformat())
        assert code == 1 and "File too large" in said["error"], err[-3000:]
        left = {name: {u for u in _pending_urls(wh / "state" / "crawl" / before.isoformat() / "job")
                       if f"/art/ok/o{name}-" in u} for name in "ab"}
        assert left["a"] and left["b"], left   # (both sources' listings were read, some of their pages not archived)

        code, said, err = _refresh(capsys, sources, "--only", "b", "--date", yesterday.isoformat())
        assert code == 0, err[-3000:]
        assert said["pages_resumed"] == {before.isoformat(): len(left["b"])}   # (a's were taken over, not asked)
        assert {srv.url(p) for p, _, _ in srv.requests_to("/art/ok/ob-")} >= left["b"]
        assert said["pages_left"] == len(left["a"])
        job = wh / "state" / "crawl" / yesterday.isoformat() / "job"
        assert _pending_urls(job) == left["a"]                    # (b's own, fetched, are not kept)
        assert _status(capsys)["pages_unfinished"] == {yesterday.isoformat(): len(left["a"])}
        asked_a = len(srv.requests_to("/art/ok/oa-"))

        code, said, err = _refresh(capsys, sources)               # today's ordinary refresh
        assert code == 0, err[-3000:]
        assert said["pages_resumed"] == {yesterday.isoformat(): len(left["a"])}
        assert said["pages_left"] == 0 and _status(capsys)["pages_unfinished"] == {}
        assert not (wh / "state" / "crawl" / yesterday.isoformat()).exists()
        fetched_a = {srv.url(p) for p, _, _ in srv.requests_to("/art/ok/oa-")[asked_a:]}
        assert fetched_a == left["a"]
    rows = _published(wh, "SELECT count(*), count(DISTINCT url) FROM articles")
    assert rows == [(16, 16)]


def test_a_refresh_of_some_sources_keeps_what_its_days_crawl_left_of_the_others_at_its_time_limit(
        isolated_env, monkeypatch, capsys):
    """The day's crawl stopped at its time limit with pages of source a held (a site that trickles them) and its
    resume folder kept; the same day's `refresh --only b` finished and removed the folder, a's pages with it. They
    are kept now: its `pages_left` and `status` count them, and b's own are not kept."""
    from pipeline.defs import resources

    fast_live_crawls(monkeypatch)
    today = beijing_today()
    wh = isolated_env["warehouse"]
    job = wh / "state" / "crawl" / today.isoformat() / "job"
    with FaultServer() as srv:
        sources = write_sources(wh.parent / "sources.toml", {"a": [srv.url("/list/ta?n=2&art=trickle")],
                                                             "b": [srv.url("/list/tb?n=2&art=ok")]})
        with monkeypatch.context() as mp:
            mp.setattr(resources, "subprocess", _TimeLimitedCrawls(resources.subprocess))
            code, said, err = _refresh(capsys, sources)
        assert code == 0 and said["pages_left"] >= 2, err[-3000:]
        held = {srv.url(f"/art/trickle/ta-1-{i}.html") for i in range(2)}
        assert held <= _pending_urls(job)

        code, said, err = _refresh(capsys, sources, "--only", "b")
        assert code == 0, err[-3000:]
        assert _pending_urls(job) == held and said["pages_left"] == 2
        assert said["pages_resumed"] == {}        # (a's pages were not asked: counted by the crawl that asks them)
        assert _status(capsys)["pages_unfinished"] == {today.isoformat(): 2}


def test_a_finished_crawl_keeps_only_the_pending_pages_of_the_sources_it_did_not_ask(tmp_path):
    """What `Frontier.keep_sources` leaves of a frontier: the others' pages queued and not finished (articles and
    further pages), none of the crawl's own, nothing finished; a folder without a log is left alone."""
    from spiders.frontier import Frontier

    _frontier(tmp_path, "Q\ta\thttp://x.cn/1.html", "Q\ta\thttp://x.cn/2.html", "F\thttp://x.cn/1.html",
              "P\ta\thttp://x.cn/2.html\t2\thttp://x.cn/2_2.html", "Q\tb\thttp://y.cn/1.html", "Q\tgone\thttp://z.cn/1")
    assert Frontier.keep_sources(tmp_path / "job", {"a"}) == 2
    assert (tmp_path / "job" / "frontier.log").read_text(encoding="utf-8") == \
        "Q\ta\thttp://x.cn/2.html\nP\ta\thttp://x.cn/2.html\t2\thttp://x.cn/2_2.html\n"
    assert Frontier.keep_sources(tmp_path / "job", set()) == 0 and Frontier.pending_lines(tmp_path / "job") == []
    assert Frontier.keep_sources(tmp_path / "none", {"a"}) == 0 and not (tmp_path / "none").exists()
    assert sorted(p.name for p in (tmp_path / "job").iterdir()) == ["frontier.log"]   # (no .tmp left)


def _retry(wh) -> dict:
    return json.loads((wh / "state" / "crawl_state.json").read_text(encoding="utf-8")).get("retry") or {}


def test_an_offline_refresh_leaves_what_live_crawls_left_for_the_next_live_one(isolated_env, monkeypatch, capsys):
    """Two days ago a live crawl left a page to retry (a 503), yesterday's stopped halfway (its archive filled up)
    with pages unfinished.  Today's offline refresh (a Dagster run is offline by default) took both over, could not
    find them in its archive (not_archived), marked them finished and removed the resume folder, and dropped the
    page to retry: the live work was lost.  Now the offline crawl leaves them as they were (the lines pending, the
    entry to retry with its count of runs) and the next live refresh asks for them."""
    from pipeline.defs import resources

    today = _live_days(monkeypatch)
    yesterday, before = today - timedelta(days=1), today - timedelta(days=2)
    wh = isolated_env["warehouse"]
    with FaultServer() as srv:
        path = wh.parent / "sources.toml"
        sources = write_sources(path, {"a": [srv.url("/list/od?n=1&art=down")]})
        code, said, err = _refresh(capsys, sources, "--date", before.isoformat())
        assert code == 0, err[-3000:]
        down = srv.url("/art/down/od-1-0.html")
        assert _retry(wh)[down]["runs"] == 1, (_retry(wh), srv.log[:8])

        write_sources(path, {"a": [srv.url("/list/oa?n=16&art=ok")]})
        with monkeypatch.context() as mp:
            mp.setattr(resources, "subprocess", _LimitedCrawls(resources.subprocess, 3000))
            code, said, err = _refresh(capsys, sources, "--date", yesterday.isoformat())
        assert code == 1 and "File too large" in said["error"], err[-3000:]
        left = _pending_urls(wh / "state" / "crawl" / yesterday.isoformat() / "job")
        assert left and _retry(wh)[down]["runs"] == 1

        code, said, err = _refresh(capsys, sources, mode="--offline")
        assert code == 0, err[-3000:]
        assert said["pages_left"] == len(left)
        assert _retry(wh)[down]["runs"] == 1                  # (not a run of its own: the archive cannot judge it)
        assert _pending_urls(wh / "state" / "crawl" / today.isoformat() / "job") == left
        assert _status(capsys)["pages_unfinished"] == {today.isoformat(): len(left)}
        asked = len(srv.requests_to("/art/"))

        code, said, err = _refresh(capsys, sources)            # the next live refresh asks for them
        assert code == 0, err[-3000:]
        assert said["pages_left"] == 0 and not (wh / "state" / "crawl" / today.isoformat() / "job").exists()
        fetched = {srv.url(p) for p, _, _ in srv.requests_to("/art/")[asked:]}
        assert fetched >= left | {down}
        assert _retry(wh)[down]["runs"] == 2


def test_pages_resumed_counts_the_days_own_unfinished_pages_under_its_day(isolated_env, monkeypatch, capsys):
    """The day's crawl stopped halfway (its archive filled up); the same day's next refresh fetched the pages it left
    and printed `"pages_resumed": {}`: only pages taken over from earlier days were counted, so a cron log could not
    tell whether a run's `pages_left` was dealt with.  They are counted under their own day now."""
    from pipeline.defs import resources

    today = _live_days(monkeypatch)
    wh = isolated_env["warehouse"]
    with FaultServer() as srv:
        sources = write_sources(wh.parent / "sources.toml", {"full": [srv.url("/list/sd?n=16&art=ok")]})
        with monkeypatch.context() as mp:
            mp.setattr(resources, "subprocess", _LimitedCrawls(resources.subprocess, 3000))
            code, said, err = _refresh(capsys, sources)
        assert code == 1 and "File too large" in said["error"], err[-3000:]
        left = _pending_urls(wh / "state" / "crawl" / today.isoformat() / "job")
        assert left

        code, said, err = _refresh(capsys, sources)
        assert code == 0, err[-3000:]
        assert said["pages_resumed"] == {today.isoformat(): len(left)} and said["pages_left"] == 0
