"""`zgc-monitor takedown`: a real offline refresh (module fixture, one copy of its warehouse per test), then articles
taken down through the CLI and the published DuckDB file, the WARC archive, the digests, a reprocess and a crawl
against tests/faultserver.py checked after."""

from __future__ import annotations

import hashlib
import json
import shutil
from datetime import date
from pathlib import Path

import duckdb
import pytest

import pipeline.cli as cli
import pipeline.takedown as takedown_mod
from pipeline import warehouse as wh
from tests.conftest import database_open_elsewhere, held_elsewhere, module_env

DAY = date(2026, 11, 10)
LEAD = "0e8f997c4fa7277a"           # chinanews: the lead of a story whose ecns.cn English version is its translation
LEAD_URL = "https://www.chinanews.com.cn/cj/2021/11-29/9618417.shtml"
TRANSLATION = "7aeba826f65366c3"    # ecns.cn
PAGED = "e455246b0225e762"          # chinadaily, over six pages (five article_page rows)
pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    with module_env(tmp_path_factory.mktemp("takedown")) as root:
        assert cli.main(["-q", "refresh", "--offline", "--date", DAY.isoformat()]) == 0
        yield root / "warehouse"


@pytest.fixture
def whdir(base, tmp_path, monkeypatch):
    """This test's own copy of the refreshed warehouse."""
    root = tmp_path / "warehouse"
    shutil.copytree(base, root)
    monkeypatch.setenv("ZGC_WAREHOUSE_DIR", str(root))
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "dagster_home"))
    return root


def _run(capsys, *argv) -> tuple[int, dict | None, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    lines = out.strip().splitlines()
    return code, (json.loads(lines[-1]) if lines and lines[-1].startswith("{") else None), err


def q(path: Path, sql: str, params=None) -> list[tuple]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def _title(root: Path, aid: str) -> str:
    return q(root / "zgc.duckdb", "SELECT title FROM articles WHERE id = ?", [aid])[0][0]


def _texts(root: Path) -> dict[str, tuple]:
    return {r[0]: r[1:] for r in q(root / "zgc.duckdb", "SELECT id, title, text, first_seen FROM articles")}


def _story_figures(db: Path) -> tuple[int, int, int]:
    """The every_article_in_a_story check's figures (without a story, stories without their first article) and
    the stories view's rows against the distinct story ids."""
    return q(db, """SELECT (SELECT count(*) FROM articles a ANTI JOIN article_stories s ON s.article_id = a.id),
                           (SELECT count(*) FROM article_stories s ANTI JOIN article_stories f ON f.article_id = s.story_id),
                           (SELECT count(*) FROM stories) - (SELECT count(DISTINCT story_id) FROM article_stories)""")[0]


def test_a_takedown_removes_the_article_everywhere_and_its_story_keeps_the_translation(whdir, capsys):
    title = _title(whdir, LEAD)
    digest = whdir / "digests" / f"{DAY.isoformat()}.md"
    # (not vacuous: the title is in the snapshot's bytes and the digest before)
    assert title.encode() in (whdir / "zgc.duckdb").read_bytes() and title in digest.read_text("utf-8")
    before = _texts(whdir)
    with wh.Warehouse(whdir).writer() as con:   # labels an earlier taxonomy gave it: their evidence quotes it too
        con.execute("INSERT INTO label_history SELECT article_id, code, score, evidence, 'v0', method, labelled_at, "
                    "now(), taxonomy_version FROM article_labels WHERE article_id = ?", [LEAD])
    # the day rendered in the other language too (digest --lang zh: the .zh files beside the team's): a takedown
    # renders those again as well, or they would still show the article
    code, said, _ = _run(capsys, "digest", "--date", DAY.isoformat(), "--lang", "zh")
    assert code == 0 and said["markdown"].endswith(f"{DAY.isoformat()}.zh.md") and title in Path(said["markdown"]).read_text("utf-8")
    # any form of the address that folds to the same key
    code, said, _ = _run(capsys, "takedown", "http://m.chinanews.com.cn/cj/2021/11-29/9618417.shtml?utm_source=x",
                         "--reason", "outlet asked, ticket 42")
    assert code == 0, said
    assert [t["article_id"] for t in said["taken_down"]] == [LEAD] and not said["taken_down"][0]["already_taken_down"]
    assert said["rows_removed"]["articles"] == 1 and said["rows_removed"]["article_stories"] == 1
    assert said["rows_removed"]["article_labels"] > 0 and said["rows_removed"]["raw_pages"] == 1
    assert said["rows_removed"]["label_history"] == said["rows_removed"]["article_labels"]
    assert said["stories_reattached"] == [{"story": LEAD, "lead": TRANSLATION, "articles": 1, "changed": 1}]
    assert said["digests_rendered"] == [DAY.isoformat()] and said["compacted"]
    assert said["archive"]["still_held_in"] and not said["archive"]["purged"]   # (no --purge-archive: said where)

    snap = whdir / "zgc.duckdb"
    for table, column in (("articles", "id"), ("article_labels", "article_id"), ("label_history", "article_id"),
                          ("article_stories", "article_id"), ("story_bands", "article_id"),
                          ("article_stories", "story_id"), ("article_stories", "copy_of")):
        assert q(snap, f"SELECT count(*) FROM {table} WHERE {column} = ?", [LEAD]) == [(0,)]
    assert q(snap, "SELECT count(*) FROM raw_pages WHERE canonical_url = ?", [LEAD_URL]) == [(0,)]
    assert q(snap, "SELECT story_id, copy_of, match FROM article_stories WHERE article_id = ?",
             [TRANSLATION]) == [(TRANSLATION, None, None)]
    assert q(snap, "SELECT articles, source_list FROM stories WHERE story_id = ?", [TRANSLATION]) == [(1, "ecns")]
    assert _story_figures(snap) == (0, 0, 0)
    assert q(snap, "SELECT canonical_url, article_id, kind, reason, first_seen, archive_purge, purged_at IS NULL, "
                   "compacted_at IS NOT NULL FROM takedowns") == [
        (LEAD_URL, LEAD, "article", "outlet asked, ticket 42", DAY, False, True, True)]
    assert "text" not in {c for (c,) in q(snap, "SELECT column_name FROM duckdb_columns() WHERE table_name = 'takedowns'")}
    # every other article as it was
    assert _texts(whdir) == {k: v for k, v in before.items() if k != LEAD}
    # the deleted bytes are gone from both database files, and the digest no longer shows it
    for db in (snap, whdir / "state" / "work.duckdb"):
        assert title.encode() not in db.read_bytes(), db
    for suffix in (".md", ".html", ".zh.md", ".zh.html"):
        assert title not in (whdir / "digests" / f"{DAY.isoformat()}{suffix}").read_text("utf-8")
    assert cli.main(["-q", "sql", "SELECT 1"]) == 0   # the snapshot opens read-only as before


def test_a_plain_delete_leaves_the_bytes_the_compaction_removes(whdir):
    """Why the takedown rewrites the database: DuckDB keeps a deleted row's bytes in the file after a CHECKPOINT."""
    work = whdir / "state" / "work.duckdb"
    title = _title(whdir, LEAD)
    con = duckdb.connect(str(work))
    con.execute("DELETE FROM article_labels WHERE article_id = ?", [LEAD])
    con.execute("DELETE FROM article_stories WHERE article_id = ?", [LEAD])
    con.execute("DELETE FROM articles WHERE id = ?", [LEAD])
    con.execute("CHECKPOINT")
    con.close()
    assert title.encode() in work.read_bytes()
    constraints = q(work, "SELECT table_name, constraint_type, constraint_text FROM duckdb_constraints() ORDER BY ALL")
    columns = q(work, "SELECT table_name, column_name, data_type, column_default, comment FROM duckdb_columns() "
                      "ORDER BY ALL")
    views = q(work, "SELECT view_name FROM duckdb_views() WHERE NOT internal ORDER BY 1")
    store = wh.Warehouse(whdir)
    with store.writer() as con:
        con.execute("INSERT INTO takedowns (canonical_url, kind, taken_at) VALUES ('x', 'article', now())")
    store.publish()
    for db in (work, whdir / "zgc.duckdb"):
        assert title.encode() not in db.read_bytes()
        # the schema is whole: keys (ON CONFLICT needs them), defaults, comments, views
        assert q(db, "SELECT table_name, constraint_type, constraint_text FROM duckdb_constraints() ORDER BY ALL") \
            == constraints
        assert q(db, "SELECT table_name, column_name, data_type, column_default, comment FROM duckdb_columns() "
                     "ORDER BY ALL") == columns
        assert q(db, "SELECT view_name FROM duckdb_views() WHERE NOT internal ORDER BY 1") == views
    assert not list((whdir / "state").glob("*.compacting*"))


def _unused(db: Path) -> float:
    """The share of the file not in blocks in use."""
    con = wh._connect(db, read_only=True)
    try:
        used = con.execute("SELECT used_blocks * block_size FROM pragma_database_size()").fetchone()[0]
    finally:
        con.close()
    return 1 - used / db.stat().st_size


_PAD = ("SELECT i, md5(i::VARCHAR) || md5((i + 1)::VARCHAR) || md5((i + 2)::VARCHAR) || md5((i + 3)::VARCHAR) AS pad "
        "FROM range({n}) t(i)")   # (md5s: nothing to compress)


def _bloat(db: Path) -> None:
    """About 20 MB of rows written and checkpointed, a little more after them, then the 20 MB dropped: free blocks
    inside the file (free blocks at its end a checkpoint cuts off)."""
    con = wh._connect(db)
    try:
        con.execute(f"CREATE TABLE scratch AS {_PAD.format(n=150000)}")
        con.execute("CHECKPOINT")
        con.execute(f"CREATE TABLE scratch_after AS {_PAD.format(n=5000)}")
        con.execute("CHECKPOINT")
        con.execute("DROP TABLE scratch")
        con.execute("CHECKPOINT")
    finally:
        con.close()


def test_a_publish_rewrites_a_working_database_mostly_of_free_blocks(whdir, monkeypatch):
    """Rows a refresh replaces leave free blocks DuckDB reuses only in part (at 40k articles, 48% of each file): a
    publish that finds COMPACT_FREE_SHARE of the file unused rewrites it, and the snapshot copies the compact file."""
    work = whdir / "state" / "work.duckdb"
    _bloat(work)
    assert _unused(work) >= 0.4   # (not vacuous: most of the file is free blocks)
    size = work.stat().st_size
    labels = q(work, "SELECT count(*) FROM article_labels")
    monkeypatch.setattr(wh, "COMPACT_MIN_BYTES", 0)   # (the test's file is small)
    wh.Warehouse(whdir).publish()
    for db in (work, whdir / "zgc.duckdb"):
        assert _unused(db) < 0.2 and db.stat().st_size < size / 2, db
        assert q(db, "SELECT count(*) FROM article_labels") == labels
        assert q(db, "SELECT count(*) FROM scratch_after") == [(5000,)]
    assert q(work, "SELECT count(*) FROM takedowns") == [(0,)]


def test_a_publish_leaves_a_file_under_the_size_floor_as_it_is(whdir):
    work = whdir / "state" / "work.duckdb"
    _bloat(work)
    assert work.stat().st_size < wh.COMPACT_MIN_BYTES
    wh.Warehouse(whdir).publish()
    assert _unused(work) >= 0.4   # (a small file is copied as it is: a rewrite costs more than it gives)


def _warc_records(path: Path) -> list[tuple[str, str]]:
    from warcio.archiveiterator import ArchiveIterator

    with open(path, "rb") as fh:
        return [(r.rec_type, r.rec_headers.get_header("WARC-Target-URI")) for r in ArchiveIterator(fh)]


def _readable(root: Path) -> None:
    """Every raw_pages row (and every article's own copy) reads back from the archive at its offset, the body
    the one indexed."""
    con = duckdb.connect(str(root / "state" / "work.duckdb"), read_only=True)
    try:
        rows = con.execute("SELECT warc_file, warc_offset, url, sha1 FROM raw_pages").fetchall()
        arts = con.execute("SELECT warc_file, warc_offset, url FROM articles WHERE warc_file IS NOT NULL").fetchall()
    finally:
        con.close()
    by_place = {(f, o): (u, s) for f, o, u, s in rows}
    for warc_file, offset, url, sha1 in rows:
        body, _ = wh.read_warc_record(root, warc_file, offset)
        assert hashlib.sha1(body).hexdigest() == sha1, url
    for warc_file, offset, url in arts:
        assert by_place[(warc_file, offset)][0] == url


def test_purge_archive_rewrites_the_warc_and_reprocess_gives_the_same_other_articles(whdir, capsys):
    [warc] = (whdir / "raw" / DAY.isoformat()).glob("*.warc.gz")
    paged = q(whdir / "zgc.duckdb", "SELECT url FROM articles WHERE id = ?", [PAGED])[0][0]
    urls = {u for _, u in _warc_records(warc)}
    parts = [u for u in urls if u.startswith(paged.removesuffix(".html") + "_")]
    assert paged in urls and len(parts) == 5
    offsets = dict(q(whdir / "zgc.duckdb", "SELECT url, warc_offset FROM raw_pages"))
    assert max(offsets.values()) > offsets[paged]   # records after it move
    before = _texts(whdir)
    size = warc.stat().st_size

    code, said, _ = _run(capsys, "takedown", PAGED, "--purge-archive")
    assert code == 0, said
    assert sorted(said["taken_down"][0]["parts"]) == sorted(wh.canonical_url(u) for u in parts)
    assert said["rows_removed"]["raw_pages"] == 6
    arch = said["archive"]
    assert arch["purged"] and arch["records_purged"] == 6 and arch["still_held_in"] == []
    assert arch["files_rewritten"] == [str(warc.relative_to(whdir))] and arch["bytes_purged"] == size - warc.stat().st_size
    left = {u for _, u in _warc_records(warc)}
    assert left == urls - {paged, *parts}
    assert not list(warc.parent.glob("*.purging"))
    _readable(whdir)
    assert q(whdir / "zgc.duckdb", "SELECT count(*) FROM takedowns WHERE purged_at IS NOT NULL") == [(6,)]

    # the day rebuilt from the rewritten archive: the same other articles, nothing taken down back
    code, said, _ = _run(capsys, "-q", "reprocess", "--date", DAY.isoformat())
    assert code == 0 and said["errors"] == 0 and said["kept"] == 0
    assert _texts(whdir) == {k: v for k, v in before.items() if k != PAGED}


def test_reprocess_and_a_later_index_of_the_archive_do_not_bring_it_back(whdir, capsys):
    before = _texts(whdir)
    assert _run(capsys, "takedown", LEAD_URL)[0] == 0
    code, said, _ = _run(capsys, "-q", "reprocess", "--date", DAY.isoformat())
    assert code == 0 and LEAD not in _texts(whdir) and len(_texts(whdir)) == len(before) - 1
    # the WARC (not purged) indexed again, as the recovery of a killed crawl does: the page is left out
    [warc] = (whdir / "raw" / DAY.isoformat()).glob("*.warc.gz")
    copy = warc.with_name("again.warc.gz")
    shutil.copy(warc, copy)
    store = wh.Warehouse(whdir)
    with store.writer() as con:
        assert wh.index_warc(con, store.root, copy, day=DAY, run_id="again") > 0
        assert con.execute("SELECT count(*) FROM raw_pages WHERE canonical_url = ?", [LEAD_URL]).fetchone() == (0,)
        assert LEAD_URL not in {p.canonical_url for p in wh.pending_pages(con)}
        assert LEAD_URL in wh.seen_urls(con, DAY)
    # an AMP copy of it archived later, naming it as its canonical page, is refused as a copy taken down with it:
    # not stored instead, and not the source's extraction error (which flagged a healthy source)
    from pipeline.defs.assets import load_page
    from tests.test_warehouse import write_warc

    amp = "https://www.chinanews.com.cn/amp/cj/2021/11-29/9618417.shtml"
    body = (f'<html><head><link rel="canonical" href="{LEAD_URL}"><title>t</title></head><body><article>'
            + "<p>中关村示范区发布新政策，支持企业研发投入和成果转化。</p>" * 20 + "</article></body></html>").encode()
    write_warc(whdir / "raw" / DAY.isoformat() / "amp.warc.gz", [(amp, body)])
    with store.writer() as con:
        wh.index_warc(con, store.root, whdir / "raw" / DAY.isoformat() / "amp.warc.gz", day=DAY, run_id="amp")
        [page] = [p for p in wh.pending_pages(con) if p.url == amp]
        refused = []
        assert load_page(con, store, page, {}, DAY, refused)[0] is None
        assert [(r["url"], r["taken_down"]) for r in refused] == [(amp, LEAD_URL)]
        assert con.execute("SELECT count(*) FROM extraction_errors WHERE url = ?", [amp]).fetchone() == (0,)
        assert con.execute("SELECT kind, taken_down_with, archive_purge, archive_files FROM takedowns WHERE url = ?",
                           [amp]).fetchone() == ("copy", LEAD_URL, False, [f"raw/{DAY.isoformat()}/amp.warc.gz"])
        assert amp not in {p.url for p in wh.pending_pages(con)} and wh.canonical_url(amp) in wh.seen_urls(con, DAY)


def test_an_unknown_address_is_refused_and_nothing_changes(whdir, capsys):
    snap = whdir / "zgc.duckdb"
    digest = (whdir / "digests" / f"{DAY.isoformat()}.md").read_bytes()
    stamp = snap.read_bytes()
    counts = q(whdir / "state" / "work.duckdb", "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM "
                                                "raw_pages), (SELECT count(*) FROM takedowns)")
    code, said, err = _run(capsys, "takedown", LEAD_URL, "https://www.chinanews.com.cn/cj/2099/01-01/1.shtml",
                           "ffffffffffffffff")
    assert code == cli.EXIT_USAGE and said is None
    assert "https://www.chinanews.com.cn/cj/2099/01-01/1.shtml, ffffffffffffffff" in err and "nothing was changed" in err
    assert "a listing page is not an article, and takedown removes articles" in err   # (it said "no … archived page")
    assert snap.read_bytes() == stamp and (whdir / "digests" / f"{DAY.isoformat()}.md").read_bytes() == digest
    assert q(whdir / "state" / "work.duckdb", "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM "
                                              "raw_pages), (SELECT count(*) FROM takedowns)") == counts
    with pytest.raises(SystemExit) as exc:   # not an address at all
        cli.main(["takedown", "ftp://x/y"])
    assert exc.value.code == cli.EXIT_USAGE and "not an article's address" in capsys.readouterr().err
    with wh.Warehouse(whdir).refresh_lock():
        code, _, err = _run(capsys, "takedown", LEAD_URL)
    assert code == cli.EXIT_BUSY and "another refresh is running" in err


def test_dry_run_removes_nothing(whdir, capsys):
    stamp = (whdir / "zgc.duckdb").read_bytes()
    code, said, _ = _run(capsys, "takedown", LEAD, "--dry-run", "--purge-archive")
    assert code == 0 and said["dry_run"] and said["rows_removed"]["articles"] == 1
    assert said["stories_reattached"][0]["lead"] == TRANSLATION and said["archive"]["would_purge"]
    assert (whdir / "zgc.duckdb").read_bytes() == stamp
    assert q(whdir / "state" / "work.duckdb", "SELECT count(*) FROM articles WHERE id = ?", [LEAD]) == [(1,)]
    assert q(whdir / "state" / "work.duckdb", "SELECT count(*) FROM takedowns") == [(0,)]


def test_a_dry_run_answers_while_a_refresh_holds_its_locks_and_says_busy_while_the_database_is_open(whdir, capsys):
    """A dry run took the refresh and crawl locks, so that it was refused (exit 75, or waited with --wait) for the
    whole of a refresh, hours of crawling, though it changes nothing.  It reads the working database between two
    writes now; while a writer has the file open (DuckDB lets no other process read it then, read-only neither)
    it says the warehouse is busy."""
    store = wh.Warehouse(whdir)
    work = store.work_db.read_bytes()
    with held_elsewhere(store.state_dir / "refresh.lock", store.state_dir / "crawl.lock"):   # a refresh crawling
        code, said, err = _run(capsys, "takedown", LEAD, "--dry-run", "--purge-archive")
        assert code == 0 and said["dry_run"] and said["rows_removed"]["articles"] == 1, err
        assert said["stories_reattached"][0]["lead"] == TRANSLATION and said["archive"]["would_purge"]
        assert store.work_db.read_bytes() == work   # (its transaction rolled back: the file as it was)
        assert _run(capsys, "takedown", LEAD)[0] == cli.EXIT_BUSY   # the takedown itself still waits for it
        with database_open_elsewhere(store.work_db, through_writer=True):   # the refresh writing its database
            code, said, err = _run(capsys, "takedown", LEAD, "--dry-run")
        assert code == cli.EXIT_BUSY and said is None
        assert "takedown --dry-run: the warehouse is busy: its database is being written" in err
        assert "try again in a moment, or pass --wait" in err and "nothing was changed" in err
    with database_open_elsewhere(store.work_db, through_writer=False):   # a DuckDB shell left open on it
        code, said, err = _run(capsys, "takedown", LEAD, "--dry-run")
    assert code == cli.EXIT_BUSY and said is None
    assert f"the working database {store.work_db} is open in another program" in err and "Conflicting lock" in err
    assert store.work_db.read_bytes() == work
    assert q(store.work_db, "SELECT count(*) FROM takedowns") == [(0,)]

def test_a_takedown_run_again_with_a_new_reason_records_it_and_keeps_its_first_date(whdir, capsys):
    """Run again with a new --reason (a court order after an editor's request), a takedown said exit 0, already
    taken down, and kept the first reason silently: the record showed a request it no longer answers to."""
    snap = whdir / "zgc.duckdb"
    assert _run(capsys, "takedown", LEAD_URL, "--reason", "editor's request")[0] == 0
    [(first_at,)] = q(snap, "SELECT taken_at FROM takedowns WHERE canonical_url = ?", [LEAD_URL])
    code, said, _ = _run(capsys, "takedown", LEAD_URL, "--reason", "court order 12", "--dry-run")
    assert code == 0 and said["taken_down"][0]["reason_replaced"] == "editor's request"
    assert q(whdir / "state" / "work.duckdb", "SELECT reason FROM takedowns WHERE canonical_url = ?",
             [LEAD_URL]) == [("editor's request",)]   # (a dry run: said, not done)
    code, said, _ = _run(capsys, "takedown", LEAD_URL, "--reason", "court order 12")
    assert code == 0 and said["reason"] == "court order 12"
    assert said["taken_down"][0]["already_taken_down"] and said["taken_down"][0]["reason_replaced"] == "editor's request"
    assert q(snap, "SELECT reason, taken_at FROM takedowns WHERE canonical_url = ?", [LEAD_URL]) == [
        ("court order 12", first_at)]
    assert q(snap, "SELECT DISTINCT reason FROM takedowns WHERE canonical_url = ? OR taken_down_with = ?",
             [LEAD_URL, LEAD_URL]) == [("court order 12",)]
    assert q(snap, "SELECT action, reason FROM takedown_log WHERE canonical_url = ? ORDER BY done_at", [LEAD_URL]) == [
        ("takedown", "editor's request"), ("reason", "court order 12")]
    # the same reason again, or none: nothing replaced, nothing logged
    for argv in (["--reason", "court order 12"], []):
        code, said, _ = _run(capsys, "takedown", LEAD_URL, *argv)
        assert code == 0 and "reason_replaced" not in said["taken_down"][0]
    assert q(snap, "SELECT reason FROM takedowns WHERE canonical_url = ?", [LEAD_URL]) == [("court order 12",)]
    assert q(snap, "SELECT count(*) FROM takedown_log WHERE canonical_url = ?", [LEAD_URL]) == [(2,)]

def test_after_a_prune_a_takedown_names_no_archive_file_the_prune_removed(whdir, capsys, monkeypatch):
    """After `prune` removed the day's WARC files, a takedown's dry run still listed them as holding the page
    (held_in), and the takedown itself said the archive still held it (still_held_in, and a note to purge it)."""
    code, said, _ = _run(capsys, "takedown", LEAD, "--dry-run")
    [held] = said["archive"]["held_in"]
    assert held.startswith(f"raw/{DAY.isoformat()}/") and (whdir / held).is_file()
    monkeypatch.setattr(cli, "_today", lambda: date(2027, 1, 1))
    assert _run(capsys, "prune", "--keep-days", "1", "--keep-runs")[0] == 0
    assert not (whdir / held).exists()
    code, said, _ = _run(capsys, "takedown", LEAD, "--dry-run")
    assert code == 0 and said["archive"]["held_in"] == []
    code, said, _ = _run(capsys, "takedown", LEAD)
    assert code == 0 and said["archive"]["still_held_in"] == [] and "note" not in said["archive"]

def test_a_takedown_killed_after_the_delete_is_finished_by_the_next(whdir, capsys, monkeypatch):
    title = _title(whdir, LEAD)
    [warc] = (whdir / "raw" / DAY.isoformat()).glob("*.warc.gz")

    def killed(store):
        raise KeyboardInterrupt

    monkeypatch.setattr(takedown_mod, "purge_archive", killed)
    code, said, _ = _run(capsys, "takedown", LEAD_URL, "--purge-archive")
    assert code == cli.EXIT_INTERRUPTED and said is None
    # deleted in the working database, not published yet, the archive as it was
    assert q(whdir / "state" / "work.duckdb", "SELECT count(*) FROM articles WHERE id = ?", [LEAD]) == [(0,)]
    assert title.encode() in (whdir / "zgc.duckdb").read_bytes()
    assert LEAD_URL in {u for _, u in _warc_records(warc)}
    monkeypatch.undo()
    monkeypatch.setenv("ZGC_WAREHOUSE_DIR", str(whdir))

    # the next takedown of the same article (without the flag: the purge asked for is remembered) finishes it
    code, said, _ = _run(capsys, "takedown", LEAD_URL)
    assert code == 0 and said["taken_down"][0]["already_taken_down"]
    assert said["rows_removed"]["articles"] == 0 and said["archive"]["records_purged"] == 1
    assert LEAD_URL not in {u for _, u in _warc_records(warc)}
    assert title.encode() not in (whdir / "zgc.duckdb").read_bytes()
    assert title not in (whdir / "digests" / f"{DAY.isoformat()}.md").read_text("utf-8")
    assert _story_figures(whdir / "zgc.duckdb") == (0, 0, 0)
    _readable(whdir)
    # and once more: nothing left to do
    code, said, _ = _run(capsys, "takedown", LEAD)
    assert code == 0 and said["taken_down"][0]["already_taken_down"] and said["archive"]["records_purged"] == 0


def test_a_warc_rewrite_killed_before_its_rename_is_finished_by_the_next_writer(whdir, capsys, monkeypatch):
    """Killed between the commit of the new offsets and the rename of the new file: the database points into a
    file not there yet.  The next stage that writes (here a reprocess) renames it first."""
    [warc] = (whdir / "raw" / DAY.isoformat()).glob("*.warc.gz")
    before = _texts(whdir)
    real = takedown_mod.os.replace

    def killed(src, dst):
        if str(src).endswith(".purging"):
            raise KeyboardInterrupt
        return real(src, dst)

    monkeypatch.setattr(takedown_mod.os, "replace", killed)
    code, _, _ = _run(capsys, "takedown", PAGED, "--purge-archive")
    assert code == cli.EXIT_INTERRUPTED
    assert warc.with_name(warc.name + ".purging").is_file() and PAGED and \
        q(whdir / "state" / "work.duckdb", "SELECT count(*) FROM archive_rewrites") == [(1,)]
    monkeypatch.undo()
    monkeypatch.setenv("ZGC_WAREHOUSE_DIR", str(whdir))
    code, said, _ = _run(capsys, "-q", "reprocess", "--date", DAY.isoformat())
    assert code == 0 and said["errors"] == 0
    assert not warc.with_name(warc.name + ".purging").exists()
    assert q(whdir / "state" / "work.duckdb", "SELECT count(*) FROM archive_rewrites") == [(0,)]
    _readable(whdir)
    assert _texts(whdir) == {k: v for k, v in before.items() if k != PAGED}
    code, said, _ = _run(capsys, "takedown", PAGED)   # (marks it purged: nothing left in the file)
    assert code == 0 and said["archive"]["still_held_in"] == []


def test_the_crawl_does_not_fetch_a_taken_down_article_again(tmp_path, capsys, monkeypatch):
    """A crawl against tests/faultserver.py, its pages extracted; one article taken down; the next crawl, given the
    seen list the refresh builds, finds it linked on the listing again and does not ask for it. Allowed again, it is
    fetched by the next crawl although its listing answers 304 Not Modified (the undo has the listings read whole)."""
    from pipeline.defs.assets import load_page
    from tests.faultserver import FaultServer, run_crawl, write_sources

    state = ["--state", str(tmp_path / "wh" / "state" / "crawl_state.json")]   # (where the refresh keeps it)
    with FaultServer() as server:
        sources = write_sources(tmp_path / "sources.toml", {"td": [server.url("/list/td?n=2&art=ok&cond=1")]})
        first = run_crawl(tmp_path, sources=sources, name="first", extra=state)
        assert first.returncode == 0 and len(first.urls()) == 2
        store = wh.Warehouse(tmp_path / "wh")
        warc = store.raw_dir / DAY.isoformat() / "first.warc.gz"
        warc.parent.mkdir(parents=True)
        shutil.copy(first.warc, warc)
        with store.writer() as con:
            wh.start_run(con, run_id="first", day=DAY, mode="live", warc_file=str(warc.relative_to(store.root)))
            wh.index_warc(con, store.root, warc, day=DAY, run_id="first")
            wh.finish_run(con, "first", "finished")
            for page in wh.pending_pages(con):
                assert load_page(con, store, page, {}, DAY)[0] is not None
        store.publish()
        gone, kept = sorted(first.urls())
        monkeypatch.setenv("ZGC_WAREHOUSE_DIR", str(store.root))
        code, said, _ = _run(capsys, "takedown", gone, "--purge-archive", "--reason", "editor")
        assert code == 0 and said["archive"]["records_purged"] == 1
        with store.writer() as con:
            seen = wh.seen_urls(con, DAY)   # as the raw_pages asset writes it for the crawl
        assert wh.canonical_url(gone) in seen and wh.canonical_url(kept) in seen
        (tmp_path / "seen.txt").write_text("\n".join(seen), encoding="utf-8")
        path = gone.split(str(server.port), 1)[1]
        asked = len(server.requests_to(path))
        second = run_crawl(tmp_path, sources=sources, name="second", extra=["--seen", str(tmp_path / "seen.txt"), *state])
        assert second.returncode == 0 and second.urls() == []
        assert second.source("td")["not_modified"] == 1   # the listing unchanged: not read again
        assert len(server.requests_to(path)) == asked == 1
        # allowed again: the next crawl fetches it
        code, said, err = _run(capsys, "takedown", "--undo", kept)
        assert code == cli.EXIT_USAGE and kept in err
        code, said, _ = _run(capsys, "takedown", "--undo", gone, "--reason", "court order lifted")
        assert code == 0 and said["allowed_again"] == [wh.canonical_url(gone)]
        with store.writer() as con:
            seen = wh.seen_urls(con, DAY)
            # the takedown and its undo stay on record, each with its reason, after the takedowns row is gone
            log = con.execute("SELECT canonical_url, action, reason FROM takedown_log ORDER BY done_at").fetchall()
        assert log == [(wh.canonical_url(gone), "takedown", "editor"),
                       (wh.canonical_url(gone), "undo", "court order lifted")]
        assert wh.canonical_url(gone) not in seen
        (tmp_path / "seen.txt").write_text("\n".join(seen), encoding="utf-8")
        third = run_crawl(tmp_path, sources=sources, name="third", extra=["--seen", str(tmp_path / "seen.txt"), *state])
        assert third.returncode == 0 and third.urls() == [gone]


@pytest.mark.parametrize("removed, expected", [
    # the lead and the copy in the middle: the earliest remaining (first seen, then published) leads, the rest
    # attach to it
    ({"a", "b"}, {"c": ("d", "d"), "d": ("d", None)}),
    # the middle of a chain: its copy attaches to what it copied
    ({"b"}, {"a": ("a", None), "c": ("a", "a"), "d": ("a", "a")}),
    # all of the story
    ({"a", "b", "c", "d"}, {}),
])
def test_stories_are_reattached_to_their_earliest_remaining_article(tmp_path, removed, expected):
    store = wh.Warehouse(tmp_path)
    with store.writer() as con:
        # a (lead, day 1) <- b (day 2) <- c (day 3); a <- d (day 3, published before c); fingerprints do not matter
        for aid, day, published, story, copy_of in (("a", 1, 1, "a", None), ("b", 2, 2, "a", "a"),
                                                    ("c", 3, 4, "a", "b"), ("d", 3, 3, "a", "a")):
            con.execute("INSERT INTO articles (id, url, canonical_url, source, text, analysis_text, first_seen, "
                        "published_at, processed_at) VALUES (?, ?, ?, 'gmw', 'x', 'x', ?, ?, now())",
                        [aid, f"https://e.cn/{aid}", f"https://e.cn/{aid}", date(2026, 1, day),
                         f"2026-01-0{published}T08:00:00+08:00"])
            con.execute("INSERT INTO article_stories (article_id, story_id, copy_of, containment, shingles, signature, "
                        "scheme, match) VALUES (?, ?, ?, ?, 1, ''::BLOB, 's', ?)",
                        [aid, story, copy_of, 0.9 if copy_of else None, "copy" if copy_of else None])
        changed = wh.reattach_stories(con, removed)
        con.execute("DELETE FROM article_stories WHERE article_id IN (SELECT unnest(?))", [sorted(removed)])
        rows = {a: (s, c) for a, s, c in con.execute(
            "SELECT article_id, story_id, copy_of FROM article_stories").fetchall()}
        match = dict(con.execute("SELECT article_id, match FROM article_stories").fetchall())
    assert rows == expected
    assert changed[0]["story"] == "a" and changed[0]["articles"] == len(expected)
    if "a" in removed and expected:
        assert match["d"] is None and match["c"] == "copy"   # the new lead has no match; the others keep theirs


def test_a_page_archived_only_as_a_404_can_be_taken_down(whdir, capsys):
    """A link the archive answered 404 for (no article, no extraction error): taken down like any page, so the crawl
    never asks for it again, instead of failing on the empty list of its articles."""
    url = "https://www.chinanews.com.cn/gn/2021/11-29/9618399.shtml"
    key = q(whdir / "state" / "work.duckdb", "SELECT canonical_url FROM raw_pages WHERE url = ?", [url])[0][0]
    code, said, err = _run(capsys, "takedown", url, "--reason", "asked by the outlet")
    assert code == 0, err
    assert said["rows_removed"]["articles"] == 0 and said["rows_removed"]["raw_pages"] >= 1
    assert q(whdir / "zgc.duckdb", "SELECT kind, article_id FROM takedowns WHERE canonical_url = ?", [key]) == [
        ("article", None)]


def test_a_page_stored_again_under_an_older_session_key_goes_with_it(whdir, capsys):
    """An upgrade operator's finding: pages the release before stored under a session id (?PHPSESSID=…), which keys now
    drop, stayed when the page was taken down (1 article removed, 4 copies left), and were fetched again."""
    from pipeline.urls import fold_canonical

    old_key = LEAD_URL + "?PHPSESSID=9f8e7d"
    store = wh.Warehouse(whdir)
    with store.writer() as con:
        con.execute("INSERT INTO articles SELECT * REPLACE ('feedfacecafebeef' AS id, ? AS canonical_url, ? AS url) "
                    "FROM articles WHERE id = ?", [old_key, old_key, LEAD])
        con.execute("INSERT INTO raw_pages SELECT * REPLACE (? AS canonical_url, ? AS url, warc_offset + 1 AS warc_offset) "
                    "FROM raw_pages WHERE canonical_url = ? AND kind = 'article'", [old_key, old_key, LEAD_URL])
    store.publish()
    code, line, err = _run(capsys, "takedown", LEAD_URL, "--reason", "test")
    assert code == 0, err
    db = store.published_db
    assert q(db, "SELECT count(*) FROM articles WHERE id IN (?, 'feedfacecafebeef')", [LEAD]) == [(0,)]
    assert q(db, "SELECT count(*) FROM raw_pages WHERE canonical_url IN (?, ?)", [LEAD_URL, old_key]) == [(0,)]
    assert q(db, "SELECT kind FROM takedowns WHERE canonical_url = ?", [old_key]) == [("copy",)]
    # the crawl reads the stored keys folded: neither the page nor its session-id copy is asked for again
    with store.reader() as con:
        assert LEAD_URL in {fold_canonical(k) for k in wh.seen_urls(con)}


def test_a_takedown_renders_the_days_digest_again_with_the_caps_it_was_made_with(whdir, capsys, monkeypatch):
    """A takedown run from a shell whose ZGC_DIGEST_OVERVIEW_MAX / ZGC_DIGEST_SECTION_MAX were not cron's rendered
    the day's digest again with its own caps: the team's digest then changed beyond losing the article taken down
    (whole lists written out, or cut shorter). A digest records the caps it was made with (its HTML), and rendering
    it again (a takedown, `digest` writing its files, in another language too) uses them; `digest --print` uses the
    environment's, as the digest's own "lists them all" line says."""
    from pipeline.defs.assets import write_digest

    day = DAY.isoformat()
    md, html = whdir / "digests" / f"{day}.md", whdir / "digests" / f"{day}.html"
    monkeypatch.setenv("ZGC_DIGEST_OVERVIEW_MAX", "2")   # the refresh's (cron's) caps
    monkeypatch.setenv("ZGC_DIGEST_SECTION_MAX", "1")
    write_digest(wh.Warehouse(whdir), DAY)
    assert "not listed here" in md.read_text("utf-8")   # (not vacuous: the caps cut the day's lists)
    assert '<meta name="zgc-digest-caps" content="overview=2; section=1">' in html.read_text("utf-8")
    monkeypatch.delenv("ZGC_DIGEST_OVERVIEW_MAX")   # a shell without them: the defaults, 40 and 9
    monkeypatch.delenv("ZGC_DIGEST_SECTION_MAX")
    code, said, _ = _run(capsys, "digest", "--date", day, "--lang", "zh")
    assert code == 0 and "条未列出" in Path(said["markdown"]).read_text("utf-8")
    assert _run(capsys, "digest", "--date", day)[0] == 0 and "not listed here" in md.read_text("utf-8")
    monkeypatch.setenv("ZGC_DIGEST_OVERVIEW_MAX", "all")   # a takedown from a shell with other caps
    monkeypatch.setenv("ZGC_DIGEST_SECTION_MAX", "all")
    code, said, _ = _run(capsys, "takedown", LEAD)
    assert code == 0 and said["digests_rendered"] == [day]
    monkeypatch.setenv("ZGC_DIGEST_OVERVIEW_MAX", "2")
    monkeypatch.setenv("ZGC_DIGEST_SECTION_MAX", "1")
    for lang, path in (("en", md), ("zh", whdir / "digests" / f"{day}.zh.md")):
        assert cli.main(["digest", "--date", day, "--lang", lang, "--print"]) == 0
        assert path.read_text("utf-8") == capsys.readouterr().out   # the day's caps, less the article
    assert '<meta name="zgc-digest-caps" content="overview=2; section=1">' in html.read_text("utf-8")
    monkeypatch.setenv("ZGC_DIGEST_SECTION_MAX", "all")   # --print: the environment's
    assert cli.main(["digest", "--date", day, "--print"]) == 0 and capsys.readouterr().out != md.read_text("utf-8")


# -- a taken-down page coming back: copies naming it, its text under another address (a live site on 127.0.0.1) --
_PARAS = ["2026年11月24日，中关村科学城管委会在海淀区召开新闻发布会，宣布启动前沿技术创新中心建设，推动中关村示范区高质量发展。",
          "蓝鲸计划负责人张三丰表示，QZ7731试点将在中关村示范区率先落地，首批投入资金八十八亿元用于支持硬科技孵化器。",
          "据介绍，该计划将围绕集成电路、人工智能、生物医药等重点领域，支持独角兽企业和专精特新企业成长，打造世界领先的科技园区。",
          "中关村管委会相关负责人介绍，下一步将加快建设国际科技创新中心核心区，完善创新创业生态，吸引全球高端人才在中关村集聚发展。"]
_PAGE2 = ["第二页：蓝鲸计划第二阶段由张三丰与李四光共同主持，覆盖中关村各分园，QZ7731P2。",
          "中关村示范区将在未来三年内新建十个概念验证中心，服务早期科技成果转化，推动原始创新策源地建设。"]
_OTHER = ["11月24日，2026中关村国际前沿科技创新大赛总决赛在北京中关村国家自主创新示范区展示中心举行。",
          "大赛聚焦人工智能、脑机接口、量子信息等领域，吸引了来自全球三十多个国家和地区的数千个项目报名参赛。",
          "北京市科委、中关村管委会负责人表示，大赛已成为发现和培育前沿科技企业的重要平台，将持续支持获奖项目在中关村落地。"]
MARK = "QZ7731"


def _page(title: str, paras: list[str], head: str = "", more: str = "") -> bytes:
    return (f'<html lang="zh-CN"><head><meta charset="utf-8"><title>{title}</title><meta property="article:published_time" '
            f'content="2026-11-24T09:00:00+08:00">{head}</head><body><div class="article"><h1>{title}</h1>'
            + "".join(f"<p>{p}</p>" for p in paras) + more + "</div></body></html>").encode()


class _Site:
    """A news site on 127.0.0.1 that serves one article under every address a server commonly answers with it (a
    doubled slash, a query parameter it ignores) and as print copies naming it as their canonical page; ``links``
    is what its listing /news/ links."""

    def __init__(self):
        import threading
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        site = self
        self.links: list[str] = []
        self.asked: list[str] = []

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                site.asked.append(self.requestline.split()[1])   # (as asked: self.path has "//" made "/")
                path, _, query = self.path.partition("?")
                base = f"http://127.0.0.1:{site.port}/news/2026/11/24/"
                a1 = _page(f"中关村科学城启动蓝鲸计划{MARK}", _PARAS, more=f'<a href="{base}a1_2.html">下一页</a>')
                canonical = f'<link rel="canonical" href="{base}a1.html">'
                body = {"/robots.txt": b"User-agent: *\nAllow: /\n",
                        "/news/": ("<html><body><ul>" + "".join(f'<li><a href="{u}">新闻 {i}</a></li>'
                                                                for i, u in enumerate(site.links))
                                   + "</ul></body></html>").encode(),
                        "/news/2026/11/24/a1.html": a1 if query != "v=2" else a1.replace(b"</head>", canonical.encode()
                                                                                         + b"</head>"),
                        "/news/2026/11/24/a1_2.html": _page(f"中关村科学城启动蓝鲸计划{MARK}", _PAGE2),
                        "/news/2026/11/24/a1-print.html": a1.replace(b"</head>", canonical.encode() + b"</head>"),
                        "/news/2026/11/24/a2.html": _page("中关村举办国际前沿科技创新大赛", _OTHER),
                        }.get(path.replace("//", "/"))
                self.send_response(200 if body else 404)
                self.send_header("Content-Type", "text/plain" if path == "/robots.txt" else "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body or b"")))
                self.end_headers()
                self.wfile.write(body or b"")

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def sources(self, path: Path) -> Path:
        from tests.faultserver import write_sources

        return write_sources(path, {"qs": [self.url("/news/")]},
                             article_pattern=rf"^http://127\.0\.0\.1:{self.port}/+news/\d{{4}}/")

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


def _marked(root: Path) -> list[str]:
    """The WARC files under *root* that still hold the taken-down article's text."""
    import gzip

    return [str(p) for p in sorted(root.glob("raw/*/*.warc.gz")) if MARK.encode() in gzip.decompress(p.read_bytes())]


@pytest.fixture
def live_site(tmp_path, monkeypatch):
    """(the running _Site, its sources file), with a warehouse and a Dagster instance of the test's own."""
    monkeypatch.setenv("ZGC_WAREHOUSE_DIR", str(tmp_path / "warehouse"))
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "dagster_home"))
    with _Site() as site:
        yield site, site.sources(tmp_path / "sources.toml")


def test_a_taken_down_article_linked_again_as_copies_or_under_other_addresses_is_refused_and_purged(
        tmp_path, capsys, live_site):
    """A compliance reviewer's findings: after a takedown with --purge-archive, print copies naming the page as their
    canonical address were archived again whole and filed as the source's extraction errors (a healthy source
    flagged), and the article came back as a new one, in the digest, under //news/… and ?x=1.  Now the doubled slash
    folds to the taken-down key (never fetched), and the others are refused, reported and purged at once."""
    day = "2026-11-24"
    site, sources = live_site
    a1 = site.url("/news/2026/11/24/a1.html")
    site.links = [a1, site.url("/news/2026/11/24/a2.html")]
    code, said, err = _run(capsys, "-q", "refresh", "--live", "--sources", str(sources), "--date", day)
    assert code == 0 and said["articles_new"] == 2, err
    code, said, err = _run(capsys, "takedown", a1, "--purge-archive", "--reason", "court order 7")
    assert code == 0 and said["archive"]["records_purged"] == 2 and not _marked(tmp_path / "warehouse"), err

    page2 = site.url("/news/2026/11/24/a1_2.html?y=1")   # its page 2 alone, under another address
    site.links = [site.url("/news/2026/11/24/a1-print.html"), a1 + "?v=2",
                  site.url("//news/2026/11/24/a1.html"), a1 + "?x=1", page2, site.url("/news/2026/11/24/a2.html")]
    asked = len(site.asked)
    code, said, err = _run(capsys, "-q", "refresh", "--live", "--sources", str(sources), "--date", day)
    assert code == 0, err
    assert "//news/2026/11/24/a1.html" not in site.asked[asked:]   # the same key: never fetched again
    key = wh.canonical_url(a1)
    assert sorted((r["url"], r["taken_down"], r["purged"]) for r in said["refused_taken_down"]) == sorted([
        (a1 + "?v=2", key, True), (a1 + "?x=1", key, True), (site.url("/news/2026/11/24/a1-print.html"), key, True),
        (page2, key, True)])
    assert [r["why"] for r in said["refused_taken_down"] if r["url"].endswith("?x=1")] == [
        "it holds mostly the same text (a part of it) of the taken-down page"]   # (its page 2 is taken down too)
    # page 2's own text is fingerprinted too (a reviewer's second pass: it came back as a new article)
    assert [r["why"] for r in said["refused_taken_down"] if r["url"] == page2] == [
        "it holds the same text of the taken-down page"]
    assert said["articles_new"] == 0 and said["failed_checks"] == [] and said["sources_needing_attention"] == []
    root = tmp_path / "warehouse"
    assert not _marked(root)   # the archive holds none of them
    assert MARK not in (root / "digests" / f"{day}.md").read_text("utf-8")
    snap = root / "zgc.duckdb"
    assert q(snap, "SELECT count(*) FROM articles WHERE title LIKE ?", [f"%{MARK}%"]) == [(0,)]
    assert q(snap, "SELECT count(*) FROM extraction_errors") == [(0,)]
    assert q(snap, "SELECT count(*), count(purged_at), min(taken_down_with), min(reason) FROM takedowns "
                   "WHERE kind = 'copy'") == [(4, 4, key, "court order 7")]
    assert q(snap, "SELECT count(*) FROM takedown_log WHERE action = 'refused'") == [(4,)]
    # the takedown keeps a fingerprint of the text, never the text; another source's reprint is its own page
    assert q(snap, "SELECT kind, count(*) FROM takedowns WHERE text_sha256 IS NOT NULL GROUP BY 1 ORDER BY 1") == [
        ("article", 1), ("part", 1)]
    assert MARK.encode() not in snap.read_bytes()
    text = "\n".join(_PARAS + _PAGE2)
    with wh.Warehouse(root).writer() as con:
        assert wh.taken_down_text(con, "qs", text)[0] == key
        assert wh.taken_down_text(con, "another", text) is None
        assert wh.taken_down_text(con, "qs", "\n".join(_OTHER)) is None
        # the whole text again below a new paragraph or two (a reviewer's page: it was stored, in the digest);
        # a page that quotes it inside three times its length is its own
        assert wh.taken_down_text(con, "qs", "\n".join(_OTHER[:2] + _PARAS + _PAGE2)) == (
            key, "all the text, with more added,")
        assert wh.taken_down_text(con, "qs", "\n".join(_OTHER * 2 + [p + "（续）" for p in _OTHER] * 4
                                                       + _PARAS[:1])) is None
        # and the crawl counts them seen: never fetched again
        seen = set(wh.seen_urls(con, date(2026, 11, 24)))
    assert {wh.canonical_url(r["url"]) for r in said["refused_taken_down"]} <= seen


def test_a_takedown_names_the_sources_other_stored_articles_of_the_same_text(tmp_path, capsys, live_site):
    """An article of the same text stored under another address before the takedown (a1.html?x=1 beside a1.html) is
    not the page taken down and stays, but the takedown names it, with why, so that it can be taken down by its own
    address (a compliance reviewer's second pass: it stayed as the story's lead, unmentioned); another article of the
    source is not named."""
    site, sources = live_site
    a1 = site.url("/news/2026/11/24/a1.html")
    site.links = [a1, a1 + "?x=1", site.url("/news/2026/11/24/a2.html")]
    code, said, err = _run(capsys, "-q", "refresh", "--live", "--sources", str(sources), "--date", "2026-11-24")
    assert code == 0 and said["articles_new"] == 3, err
    code, said, err = _run(capsys, "takedown", a1, "--reason", "court order 8")
    assert code == 0, err
    assert [(r["url"], r["taken_down"]) for r in said["same_text_stored"]] == [(a1 + "?x=1", wh.canonical_url(a1))]
    # (its page 2, a1_2.html, was fetched once, as a1's: the ?x=1 article is page 1 alone)
    assert said["same_text_stored"][0]["why"] == "mostly the same text (a part of it)"
    snap = tmp_path / "warehouse" / "zgc.duckdb"
    assert q(snap, "SELECT count(*) FROM articles WHERE url = ?", [a1 + "?x=1"]) == [(1,)]   # named, not removed
    code, said, err = _run(capsys, "takedown", a1 + "?x=1", "--reason", "court order 8")
    assert code == 0 and said["same_text_stored"] == [], err


def _copies_archived_later(store: wh.Warehouse) -> tuple[Path, list[str]]:
    """A print copy and a ?v=2 copy of LEAD_URL, naming it as their canonical page, archived by a later crawl and
    indexed, and filed as extraction errors ('a copy of …') as the version before this one filed them."""
    from tests.test_warehouse import write_warc

    urls = ["https://www.chinanews.com.cn/cj/2021/11-29/9618417-print.shtml", LEAD_URL + "?v=2"]
    body = (f'<html><head><link rel="canonical" href="{LEAD_URL}"><title>t</title></head><body><article>'
            + f"<p>{MARK}中关村示范区发布新政策，支持企业研发投入和成果转化。</p>" * 20 + "</article></body></html>").encode()
    warc = store.raw_dir / DAY.isoformat() / "later.warc.gz"
    write_warc(warc, [(u, body) for u in urls])
    with store.writer() as con:
        wh.index_warc(con, store.root, warc, day=DAY, run_id="later")
        for page in wh.pending_pages(con):
            if page.url in urls:
                wh.record_extraction_error(con, page, day=DAY, error=f"{wh.COPY_ERROR} {LEAD_URL} (the page names "
                                                                     "it as its canonical address)")
    store.publish()
    assert _marked(store.root) == [str(warc)]   # (not vacuous: the copies' text is in the archive)
    return warc, urls


def test_a_takedown_run_again_purges_every_record_of_the_page_left_in_the_archive_even_after_a_kill(
        whdir, capsys, monkeypatch):
    """A compliance reviewer's finding: run again with --purge-archive after a later crawl archived copies of the page,
    a takedown deleted their index rows, rewrote no file and said purged (records_purged 0, still_held_in []): their
    text stayed in the WARC with nothing pointing to it.  Run again now, it purges: the copies an earlier version
    filed as extraction errors (recorded with the takedown in the transaction that deletes their rows, so a kill
    before the purge leaves it for the same takedown run again), a copy whose rows that version deleted without
    purging it (found by the canonical address it names), and the page in the WARC of a crawl killed before the
    takedown, which the next crawl indexes without it."""
    [warc] = (whdir / "raw" / DAY.isoformat()).glob("*.warc.gz")
    killed_crawl = warc.with_name("killed.warc.gz")
    shutil.copy(warc, killed_crawl)   # (as a crawl killed before the takedown wrote it)
    store = wh.Warehouse(whdir)
    assert _run(capsys, "takedown", LEAD_URL, "--purge-archive")[0] == 0
    later, urls = _copies_archived_later(store)
    with store.writer() as con:
        # the crawl after the kill indexes its file: the page is left out, and the file named with its takedown
        wh.index_warc(con, store.root, killed_crawl, day=DAY, run_id="killed")
        assert con.execute("SELECT list_contains(archive_files, ?), purged_at FROM takedowns WHERE canonical_url = ?",
                           [str(killed_crawl.relative_to(whdir)), LEAD_URL]).fetchone() == (True, None)
        # what the version before this one left of a copy taken down with it: no index rows, its record in the WARC
        orphan = urls.pop()
        con.execute("DELETE FROM raw_pages WHERE url = ?", [orphan])
        con.execute("DELETE FROM extraction_errors WHERE url = ?", [orphan])
        con.execute("UPDATE takedowns SET archive_files = list_append(archive_files, ?)", [str(later.relative_to(whdir))])

    def killed(store):
        raise KeyboardInterrupt

    monkeypatch.setattr(takedown_mod, "purge_archive", killed)
    code, said, _ = _run(capsys, "takedown", LEAD_URL, "--purge-archive")
    assert code == cli.EXIT_INTERRUPTED
    work = whdir / "state" / "work.duckdb"
    assert q(work, "SELECT count(*) FROM raw_pages WHERE url = ?", urls) == [(0,)]
    assert q(work, "SELECT url, kind, taken_down_with, archive_purge, purged_at FROM takedowns WHERE url = ?",
             urls) == [(urls[0], "copy", LEAD_URL, True, None)]
    monkeypatch.undo()
    monkeypatch.setenv("ZGC_WAREHOUSE_DIR", str(whdir))

    code, said, err = _run(capsys, "takedown", LEAD_URL)
    assert code == 0 and said["taken_down"][0]["already_taken_down"], err
    assert said["archive"]["records_purged"] == 3 and said["archive"]["still_held_in"] == []
    assert sorted(said["archive"]["files_rewritten"]) == sorted(str(p.relative_to(whdir)) for p in (killed_crawl, later))
    assert _marked(whdir) == [] and LEAD_URL not in {wh.canonical_url(u) for _, u in _warc_records(killed_crawl)}
    assert q(whdir / "zgc.duckdb", "SELECT count(*) FROM takedowns WHERE purged_at IS NULL") == [(0,)]
    _readable(whdir)


def test_an_undo_dry_run_answers_while_a_refresh_holds_its_locks(whdir, capsys):
    """takedown --undo --dry-run took the refresh and crawl locks as the undo does (refused for a whole refresh),
    though it changes nothing; it reads between two writes now, as a takedown's dry run does."""
    assert _run(capsys, "takedown", LEAD_URL, "--reason", "editor's request")[0] == 0
    store = wh.Warehouse(whdir)
    work = store.work_db.read_bytes()
    with held_elsewhere(store.state_dir / "refresh.lock", store.state_dir / "crawl.lock"):   # a refresh crawling
        code, said, err = _run(capsys, "takedown", "--undo", LEAD_URL, "--dry-run")
        assert code == 0 and said["dry_run"] and said["allowed_again"] == [wh.canonical_url(LEAD_URL)], err
        assert store.work_db.read_bytes() == work   # (rolled back)
        assert _run(capsys, "takedown", "--undo", LEAD_URL)[0] == cli.EXIT_BUSY   # the undo itself still waits
        with database_open_elsewhere(store.work_db, through_writer=True):
            code, said, err = _run(capsys, "takedown", "--undo", LEAD_URL, "--dry-run")
        assert code == cli.EXIT_BUSY and "takedown --undo --dry-run: the warehouse is busy" in err
    assert q(store.work_db, "SELECT count(*) FROM takedowns WHERE canonical_url = ?", [wh.canonical_url(LEAD_URL)]) == [(1,)]
