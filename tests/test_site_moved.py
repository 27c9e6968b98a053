"""A site that moved to a new host, followed in the sources file as the "moved" flag advises (the new host added to
its domains, its entry points pointed there): the listing at the new host links the articles already stored under
the old one, and each came in as a new article of the day (a tester's outlet doubled in every per-article figure).
A page of a source whose title and text are those of a stored article of that source is that article at another
address: recorded as its copy, not stored, not counted.  Another outlet's reprint is still its own article."""

from __future__ import annotations

import json
import re

import duckdb

from pipeline import warehouse as wh
from pipeline.cli import main


def _sources(path, port: int, hosts: list[str], entry_host: str):
    names = "|".join(re.escape(h) for h in hosts)
    pattern = rf"^http://({names}):{port}/art/ok/.*\.html$"
    path.write_text("\n".join([
        "[[source]]", 'name = "site"', 'title = "test site"', 'language = "zh"', f"domains = {json.dumps(hosts)}",
        f'entry_points = ["http://{entry_host}:{port}/list/mv?n=3&art=ok"]', f"article_patterns = ['{pattern}']",
    ]) + "\n", encoding="utf-8")
    return path


def test_a_moved_sites_stored_articles_listed_at_its_new_host_are_not_new_articles_of_the_day(
        tmp_path, capsys, monkeypatch, fast_crawls):
    from tests.faultserver import FaultServer

    monkeypatch.setenv("ZGC_WAREHOUSE_DIR", str(tmp_path / "warehouse"))
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "dagster_home"))
    with FaultServer() as server:
        old = _sources(tmp_path / "old.toml", server.port, ["127.0.0.1"], "127.0.0.1")
        moved = _sources(tmp_path / "moved.toml", server.port, ["127.0.0.1", "localhost"], "localhost")
        capsys.readouterr()
        assert main(["-q", "refresh", "--live", "--sources", str(old), "--date", "2026-11-23"]) == 0
        first = json.loads(capsys.readouterr().out.splitlines()[-1])
        assert main(["-q", "refresh", "--live", "--sources", str(moved), "--date", "2026-11-24"]) == 0
        second = json.loads(capsys.readouterr().out.splitlines()[-1])
        asked = server.requests_to("/art/ok/mv-1-")
    assert first["articles_new"] == 3
    # (the new host's addresses were fetched: the test is of what the refresh made of them)
    assert sum(h.get("Host", "").startswith("localhost:") for _, h, _ in asked) == 3
    assert second["articles_new"] == 0 and second["relevant_today"] == 0, second
    assert second["sources_needing_attention"] == [], second   # (3 copies are no extraction failure)
    con = duckdb.connect(str(tmp_path / "warehouse" / "zgc.duckdb"), read_only=True)
    try:
        assert con.execute("SELECT count(*), min(first_seen) = max(first_seen) FROM articles").fetchone() == (3, True)
        copies = con.execute("SELECT url, error FROM extraction_errors ORDER BY url").fetchall()
        assert [u for u, _ in copies] == [f"http://localhost:{server.port}/art/ok/mv-1-{i}.html" for i in range(3)]
        assert [e for _, e in copies] == [f"a copy of http://127.0.0.1:{server.port}/art/ok/mv-1-{i}.html (the same "
                                          "title and text, at another address of its source)" for i in range(3)]
        assert con.execute("SELECT sum(articles) FROM coverage_by_outlet WHERE source = 'site'").fetchone()[0] == 3
    finally:
        con.close()
    digest = (tmp_path / "warehouse" / "digests" / "2026-11-24.md").read_text(encoding="utf-8")
    assert "mv-1-0" not in digest


def _page(url: str, source: str) -> wh.PageRef:
    return wh.PageRef("raw/x.warc.gz", 0, url, wh.canonical_url(url), source, "text/html", None)


def test_only_the_same_sources_article_with_the_same_title_and_text_is_the_same_article(tmp_path):
    """Another outlet's reprint (another source) is its own article, as is a page of the same site with the same text
    under another headline (a template's fixed text); spaces and punctuation changed are the same text."""
    from datetime import date

    from pipeline.models import ExtractedArticle

    store = wh.Warehouse(tmp_path / "w")
    text = "中关村论坛今天开幕，发布了十项重大成果。\n会议持续三天。"
    with store.writer() as con:
        art = ExtractedArticle(url="http://a.example/1.html", title="中关村论坛开幕", text=text, analysis_text=text,
                               published_at=None, author=None, language="zh-Hans", outlet="A")
        aid, _ = wh.upsert_article(con, _page("http://a.example/1.html", "a"), art, day=date(2026, 11, 24),
                                   source="a")
        assert wh.stored_article_with_text(con, "a", "中关村论坛开幕", text.replace("，", ", ")) == (
            aid, "http://a.example/1.html")
        assert wh.stored_article_with_text(con, "b", "中关村论坛开幕", text) is None
        assert wh.stored_article_with_text(con, "a", "另一个标题", text) is None
        con.execute("UPDATE articles SET text_key = NULL")   # (an article stored before migration 020)
        assert wh.stored_article_with_text(con, "a", "中关村论坛开幕", text) is None
        assert wh.fill_text_keys(con) == 1
        assert wh.stored_article_with_text(con, "a", "中关村论坛开幕", text) == (aid, "http://a.example/1.html")


def _archived(root) -> set[str]:
    """The addresses of the response records the WARC archive under *root* holds."""
    from warcio.archiveiterator import ArchiveIterator

    out = set()
    for path in sorted(root.glob("raw/*/*.warc.gz")):
        with open(path, "rb") as fh:
            out |= {r.rec_headers.get_header("WARC-Target-URI") for r in ArchiveIterator(fh) if r.rec_type == "response"}
    return out


def test_a_takedown_of_a_moved_sites_article_by_either_address_takes_every_copy(
        tmp_path, capsys, monkeypatch, fast_crawls):
    """An outlet that moved asks for an article to go, naming it at its new address (the one its site shows now):
    that address held only the copy recorded beside the stored article, and a takedown of it removed the copy alone,
    leaving the article in the warehouse and its digest.  Either address (or the id) takes the article and every copy
    of it: rows, archive records, and the crawl never fetches either again."""
    from tests.faultserver import FaultServer

    root = tmp_path / "warehouse"
    monkeypatch.setenv("ZGC_WAREHOUSE_DIR", str(root))
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "dagster_home"))
    with FaultServer() as server:
        old = _sources(tmp_path / "old.toml", server.port, ["127.0.0.1"], "127.0.0.1")
        moved = _sources(tmp_path / "moved.toml", server.port, ["127.0.0.1", "localhost"], "localhost")
        assert main(["-q", "refresh", "--live", "--sources", str(old), "--date", "2026-11-23"]) == 0
        assert main(["-q", "refresh", "--live", "--sources", str(moved), "--date", "2026-11-24"]) == 0
        at_old = [f"http://127.0.0.1:{server.port}/art/ok/mv-1-{i}.html" for i in range(3)]
        at_new = [f"http://localhost:{server.port}/art/ok/mv-1-{i}.html" for i in range(3)]
        assert set(at_old + at_new) <= _archived(root)   # (not vacuous: both addresses of each are archived)
        capsys.readouterr()
        # article 0 by its new address, article 1 by its old one
        assert main(["takedown", at_new[0], at_old[1], "--purge-archive", "--reason", "asked by the outlet"]) == 0
        said = json.loads(capsys.readouterr().out.splitlines()[-1])
        assert [(t["article_id"], t["copies"]) for t in said["taken_down"]] == [
            (wh.article_id(wh.canonical_url(at_old[i])), [wh.canonical_url(at_new[i])]) for i in (0, 1)]
        assert said["rows_removed"]["articles"] == 2
        before = len(server.requests_to("/art/ok/mv-1-"))
        assert main(["-q", "refresh", "--live", "--sources", str(moved), "--date", "2026-11-25"]) == 0
        third = json.loads(capsys.readouterr().out.splitlines()[-1])
        asked = server.requests_to("/art/ok/mv-1-")[before:]
    # neither address of either is fetched again (the listing still links them at the new host)
    assert {p for p, _, _ in asked} <= {"/art/ok/mv-1-2.html"}, asked
    assert third["articles_new"] == 0
    con = duckdb.connect(str(root / "zgc.duckdb"), read_only=True)
    try:
        assert con.execute("SELECT url FROM articles").fetchall() == [(at_old[2],)]
        gone = [wh.canonical_url(u) for u in at_old[:2] + at_new[:2]]
        assert con.execute("SELECT count(*) FROM raw_pages WHERE canonical_url IN (SELECT unnest(?))",
                           [gone]).fetchone() == (0,)
        assert con.execute("SELECT url FROM extraction_errors").fetchall() == [(at_new[2],)]
        assert sorted(con.execute("SELECT url, kind, purged_at IS NOT NULL FROM takedowns").fetchall()) == sorted(
            [(at_old[0], "article", True), (at_new[0], "copy", True),
             (at_old[1], "article", True), (at_new[1], "copy", True)])
    finally:
        con.close()
    held = _archived(root)
    assert not set(at_old[:2] + at_new[:2]) & held and {at_old[2], at_new[2]} <= held
    digest = (root / "digests" / "2026-11-23.md").read_text(encoding="utf-8")
    assert "mv-1-0" not in digest and "mv-1-1" not in digest
