"""Stored articles asked for again in the days after they were first seen (ZGC_RECHECK_DAYS): a correction at
the same address replaces the stored text (the first kept as a revision), a withdrawal (404, 410, a redirect to
the front page) is marked, and the digest of the day says so; live refreshes of a local site (tests/faultserver.py)
through the CLI, as a scheduler runs them."""

from __future__ import annotations

import json

import duckdb
import pytest

from pipeline.cli import main
from tests.conftest import fast_live_crawls
from tests.faultserver import FaultServer, write_sources

DAY1, DAY2, DAY3 = "2026-11-10", "2026-11-11", "2026-11-14"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("rechecks")
    mp = pytest.MonkeyPatch()
    mp.setenv("ZGC_WAREHOUSE_DIR", str(root / "warehouse"))
    mp.setenv("DAGSTER_HOME", str(root / "dagster_home"))
    mp.delenv("ZGC_SOURCES", raising=False)
    mp.delenv("ZGC_RECHECK_DAYS", raising=False)
    # each day's refresh as a scheduler runs it, on that day (these days are past: a crawl run for one now would
    # be a backfill, which asks no stored article again)
    mp.setattr("pipeline.defs.assets.is_backfill", lambda day, started=None: False)
    fast_live_crawls(mp)   # (no politeness delays on the local site: what is checked is what is asked again)
    with FaultServer() as server:
        sources = write_sources(root / "sources.toml", {
            "ok": [server.url("/list/rok?n=1&art=ok")], "ed": [server.url("/list/red?n=1&art=edited")],
            "wd": [server.url("/list/rwd?n=1&art=withdrawn")], "fr": [server.url("/list/rfr?n=1&art=tofrontlater")],
            "sf": [server.url("/list/rsf?n=1&art=soft404")], "pu": [server.url("/list/rpu?n=1&art=punct")],
            "gp": [server.url("/list/rgp?n=1&art=gonepage")], "tr": [server.url("/list/rtr?n=1&art=trimmed")]})
        yield {"root": root, "server": server, "sources": sources}
    mp.undo()


def _refresh(capsys, site, day: str) -> dict:
    capsys.readouterr()
    assert main(["-q", "refresh", "--live", "--sources", str(site["sources"]), "--date", day]) == 0
    return json.loads(capsys.readouterr().out.strip().splitlines()[-1])


def _sql(site, query, params=()):
    con = duckdb.connect(str(site["root"] / "warehouse" / "zgc.duckdb"), read_only=True)
    try:
        return con.execute(query, list(params)).fetchall()
    finally:
        con.close()


@pytest.fixture(scope="module")
def three_days(site):
    import contextlib
    import io

    out = {}
    for day in (DAY1, DAY2, DAY3):
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf), contextlib.redirect_stderr(io.StringIO()):
            assert main(["-q", "refresh", "--live", "--sources", str(site["sources"]), "--date", day]) == 0
        out[day] = json.loads(buf.getvalue().strip().splitlines()[-1])
    return out


def test_the_next_day_asks_again_for_the_articles_of_the_day_before_and_no_more(site, three_days):
    server = site["server"]
    for ident in ("ok/rok-1-0", "edited/red-1-0", "withdrawn/rwd-1-0", "tofrontlater/rfr-1-0", "soft404/rsf-1-0",
                  "punct/rpu-1-0", "gonepage/rgp-1-0", "trimmed/rtr-1-0"):
        # day 1 fetched it, day 2 asked again (day 1 is within ZGC_RECHECK_DAYS = 2), day 3 did not (4 days on)
        assert server.hits[f"/art/{ident}.html"] == 2, ident
    assert server.hits.get("/", 0) == 0   # the redirect to the front page is not followed
    assert _sql(site, "SELECT count(*) FROM articles")[0][0] == 8   # rechecks are no new articles


def test_a_correction_replaces_the_text_and_keeps_the_first_as_a_revision(site, three_days):
    (aid, text, revision, updated_on, first_seen, relevant), = _sql(
        site, "SELECT id, text, revision, updated_on, first_seen, relevant FROM articles WHERE url LIKE '%/edited/%'")
    assert "由30家更正为40家" in text and revision == 1 and str(updated_on) == DAY2 and str(first_seen) == DAY1
    assert relevant   # classified again, as it reads now
    (old_text, replaced_on), = _sql(site, "SELECT text, replaced_on FROM article_revisions WHERE article_id = ?",
                                    [aid])
    assert "更正" not in old_text and str(replaced_on) == DAY2
    # the unchanged article is not revised, nor the one whose commas and spaces changed
    assert _sql(site, "SELECT revision, updated_on FROM articles WHERE url LIKE '%/ok/%' OR url LIKE '%/punct/%'"
                ) == [(0, None)] * 2
    # a correction that cuts the story short is a correction (what it says was there), not another page
    assert _sql(site, "SELECT revision, withdrawn_on FROM articles WHERE url LIKE '%/trimmed/%'") == [(1, None)]
    assert three_days[DAY2]["articles_revised"] == 2 and three_days[DAY2]["articles_new"] == 0
    assert three_days[DAY2]["relabelled"] == 0   # a corrected article classified again is no taxonomy relabel


def test_a_withdrawal_is_marked_and_the_digest_of_the_day_says_so(site, three_days):
    rows = dict(_sql(site, "SELECT split_part(url, '/', 5), withdrawn_why FROM articles WHERE withdrawn_on = ?",
                     [DAY2]))
    assert rows == {"withdrawn": "status_404", "tofrontlater": "section_redirect", "soft404": "replaced",
                    "gonepage": "replaced"}   # (the bare one holds no article: its "404 Not Found" says it)
    assert three_days[DAY2]["withdrawn"] == 4   # (2 answers the crawl saw, 2 pages the extraction found replaced)
    # a "not found" page answered with 200 is no correction: the story's text stays
    (title, revision), = _sql(site, "SELECT title, revision FROM articles WHERE url LIKE '%/soft404/%'")
    assert title == "文章 rsf-1-0" and revision == 0
    md = (site["root"] / "warehouse" / "digests" / f"{DAY2}.md").read_text(encoding="utf-8")
    section = md.split("## Corrected or withdrawn since first seen", 1)[1].split("\n---", 1)[0]
    assert "withdrawn: now answers 404 (first seen 2026-11-10)" in section
    assert "withdrawn: now sends readers to the front page or a listing" in section
    assert "corrected by its site (revision 1; first seen 2026-11-10)" in section
    assert "withdrawn: its address now shows another page" in section
    assert "rok-1-0" not in section
    # not the source's requests: a site down for the day must not look healthy for the stored pages asked again,
    # nor a site whose withdrawn pages answer 404 unhealthy
    assert _sql(site, "SELECT sum(responses_4xx) FROM source_health WHERE day = ?", [DAY2]) == [(0,)]
    assert _sql(site, "SELECT requests, detail->>'rechecked' FROM source_health WHERE day = ? AND source = 'ok'",
                [DAY2]) == [(1, "1")]   # the listing; its article asked again is counted apart


def test_reprocess_of_the_first_day_keeps_the_corrected_text(site, three_days, capsys):
    capsys.readouterr()
    # (with the sources file the refreshes used: without it, reprocess keeps the articles of sources it lacks)
    assert main(["reprocess", "--date", DAY1, "--sources", str(site["sources"])]) == 0
    (text,), = _sql(site, "SELECT text FROM articles WHERE url LIKE '%/edited/%'")
    assert "由30家更正为40家" in text
    # the first day's digest, rendered again, lists the article withdrawn since as such (its link is dead now)
    md = (site["root"] / "warehouse" / "digests" / f"{DAY1}.md").read_text(encoding="utf-8")
    gone = [ln for ln in md.splitlines() if "rwd-1-0" in ln and ln.startswith("- ")]
    assert gone and all(ln.endswith(f" · withdrawn {DAY2}: now answers 404") for ln in gone), gone
    # and so does the story overview's line, which links the same dead page
    overview = [ln for ln in md.splitlines() if "rwd-1-0" in ln and ln[:1].isdigit()]
    assert overview and all(ln.endswith(f" · withdrawn {DAY2}: now answers 404") for ln in overview), overview
    assert not any("withdrawn" in ln for ln in md.splitlines() if "rok-1-0" in ln)


def test_rechecks_can_be_turned_off_and_a_bad_setting_is_named(site, three_days, capsys, monkeypatch):
    monkeypatch.setenv("ZGC_RECHECK_DAYS", "two")
    assert main(["refresh", "--live", "--sources", str(site["sources"]), "--date", "2026-11-15"]) == 2   # bad usage
    assert "ZGC_RECHECK_DAYS must be a whole number of days from 0 to 30, not 'two'" in capsys.readouterr().err
    monkeypatch.setenv("ZGC_RECHECK_DAYS", "0")
    before = dict(site["server"].hits)
    _refresh(capsys, site, DAY2)   # off: the articles of the day before are not asked for again
    assert {k: v for k, v in site["server"].hits.items() if k.startswith("/art/") and before.get(k) != v} == {}


def test_a_live_backfill_asks_no_stored_article_again(tmp_path, monkeypatch, capsys, fast_crawls):
    """A scheduler that missed a day fills it later: the sites are read as they are now, so a correction or deletion
    found then would be dated to the past day (a revision replaced before the one it replaced).  The backfill asks no
    stored article again; the article's own next refresh would."""
    monkeypatch.setenv("ZGC_WAREHOUSE_DIR", str(tmp_path / "warehouse"))
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "dagster_home"))
    monkeypatch.delenv("ZGC_SOURCES", raising=False)
    monkeypatch.delenv("ZGC_RECHECK_DAYS", raising=False)
    from pipeline.defs import assets
    from pipeline.metadata import is_backfill as real
    with FaultServer() as server:
        sources = write_sources(tmp_path / "sources.toml", {"ed": [server.url("/list/red?n=1&art=edited")]})
        site = {"sources": sources, "root": tmp_path}
        monkeypatch.setattr(assets, "is_backfill", lambda day, started=None: False)
        _refresh(capsys, site, DAY1)                       # run on its day
        monkeypatch.setattr(assets, "is_backfill", real)   # DAY2 is long over: a backfill
        assert real(__import__("datetime").date.fromisoformat(DAY2))
        line = _refresh(capsys, site, DAY2)
        assert server.hits["/art/edited/red-1-0.html"] == 1   # not asked again
    assert line["articles_revised"] == 0 and line["withdrawn"] == 0
    assert _sql(site, "SELECT revision, updated_on FROM articles") == [(0, None)]


def test_a_correction_reaches_every_row_the_article_is_stored_under(tmp_path, monkeypatch, capsys, fast_crawls):
    """An article stored under two keys -- an older session key and today's (a URL-key change), or an old host of
    its source with the same title and text (a site move stored before migration 020: ``text_key``) -- is one
    article: the recheck copy, filed under today's key, corrected only that row, and the other kept its stale text,
    labels and relevance, which analysts' SQL and task_story_trends counted.  Each row is revised (its own
    article_revisions row), classified again, and a reprocess of the first day does not take the correction back;
    the day's digest lists the correction once."""
    import shutil
    import urllib.request

    from pipeline import warehouse as wh

    monkeypatch.setenv("ZGC_WAREHOUSE_DIR", str(tmp_path / "warehouse"))
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "dagster_home"))
    monkeypatch.delenv("ZGC_SOURCES", raising=False)
    monkeypatch.delenv("ZGC_RECHECK_DAYS", raising=False)
    monkeypatch.setattr("pipeline.defs.assets.is_backfill", lambda day, started=None: False)
    with FaultServer() as server:
        sources = write_sources(tmp_path / "sources.toml", {"ed": [server.url("/list/red?n=1&art=edited")]})
        site = {"sources": sources, "root": tmp_path}
        _refresh(capsys, site, DAY1)
        store = wh.Warehouse(tmp_path / "warehouse")
        (key, url), = _sql(site, "SELECT canonical_url, url FROM articles")
        here = f"127.0.0.1:{server.port}"
        session_key, old_host = key + "?PHPSESSID=9f8e7d", key.replace(here, "old.example")
        with store.writer() as con:
            for n, (other, other_url) in enumerate(((session_key, url + "?PHPSESSID=9f8e7d"),
                                                    (old_host, url.replace(here, "old.example")))):
                # the page as an earlier release stored it: its own row, its labels, its own archived copy (a copy
                # of the first day's WARC file, so that a reprocess reads it back)
                (warc,), = con.execute("SELECT warc_file FROM articles WHERE canonical_url = ?", [key]).fetchall()
                copy = f"{warc}.sibling{n}"
                shutil.copyfile(store.root / warc, store.root / copy)
                con.execute("INSERT INTO articles SELECT * REPLACE (? AS id, ? AS canonical_url, ? AS url, "
                            "? AS warc_file) FROM articles WHERE canonical_url = ?",
                            [wh.article_id(other), other, other_url, copy, key])
                con.execute("INSERT INTO article_labels SELECT * REPLACE (? AS article_id) FROM article_labels "
                            "WHERE article_id = ?", [wh.article_id(other), wh.article_id(key)])
                con.execute("INSERT INTO raw_pages SELECT * REPLACE (? AS warc_file, ? AS canonical_url, ? AS url) "
                            "FROM raw_pages WHERE canonical_url = ? AND kind = 'article'", [copy, other, other_url, key])
        store.publish()
        # (the local site counts its answers per address, query and all: the session-id address, asked for again
        # too, answers the corrected page as the site's own address does)
        with urllib.request.urlopen(url + "?PHPSESSID=9f8e7d") as answer:
            answer.read()
        _refresh(capsys, site, DAY2)
    rows = _sql(site, "SELECT canonical_url, text, revision, updated_on, relevant, relevance FROM articles "
                      "ORDER BY canonical_url")
    assert len(rows) == 3 and {r[0] for r in rows} == {key, session_key, old_host}
    for stored, text, revision, updated_on, *_ in rows:
        assert "由30家更正为40家" in text and revision == 1 and str(updated_on) == DAY2, stored
    assert len({tuple(r[4:]) for r in rows}) == 1 and rows[0][4]   # classified again, as the corrected text reads
    revisions = _sql(site, "SELECT a.canonical_url, r.revision, r.text, r.replaced_on FROM article_revisions r "
                           "JOIN articles a ON a.id = r.article_id")
    assert sorted(r[0] for r in revisions) == sorted([key, session_key, old_host])
    assert all(r[1] == 0 and "更正" not in r[2] and str(r[3]) == DAY2 for r in revisions)
    labels = _sql(site, "SELECT a.canonical_url, list(l.code || '|' || l.evidence ORDER BY l.code) FROM articles a "
                        "LEFT JOIN article_labels l ON l.article_id = a.id GROUP BY ALL")
    assert len({tuple(v or ()) for _, v in labels}) == 1, labels
    # the digest of the day lists the correction once
    md = (tmp_path / "warehouse" / "digests" / f"{DAY2}.md").read_text(encoding="utf-8")
    section = md.split("## Corrected or withdrawn since first seen", 1)[1].split("\n---", 1)[0]
    assert section.count("corrected by its site") == 1 and f"]({url})" in section, section   # (at today's address)
    # a reprocess of the first day reads each row from the corrected copy, not from its own first copy
    capsys.readouterr()
    assert main(["reprocess", "--date", DAY1, "--sources", str(sources)]) == 0
    assert all("由30家更正为40家" in text for _, text in _sql(site, "SELECT canonical_url, text FROM articles"))
