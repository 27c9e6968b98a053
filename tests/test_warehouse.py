import json
import multiprocessing
import os
from datetime import date, timedelta, timezone
from io import BytesIO
from pathlib import Path

import duckdb
import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from pipeline import warehouse as wh
from pipeline.digest import render_markdown
from pipeline.models import Classification, ExtractedArticle, Label
from pipeline.warehouse import Warehouse, WarehouseBusy


def write_warc(path, pages, fetched: str | None = None, kind: str = "article"):
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=True)
        for url, body in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                                  ("Content-Length", str(len(body)))], protocol="HTTP/1.1")
            rec = w.create_warc_record(url, "response", payload=BytesIO(body), http_headers=headers,
                                       warc_headers_dict={"WARC-Zgc-Source": "gmw", "WARC-Zgc-Kind": kind,
                                                          **({"WARC-Date": fetched} if fetched else {})})
            w.write_record(rec)


def article(text="中关村示范区发布新政策。"):
    return ExtractedArticle(title="t", text=text, language="zh-Hans", analysis_text=text)


def test_migrations_are_recorded_and_idempotent(tmp_path):
    store = Warehouse(tmp_path)
    with store.writer() as con:
        names = [r[0] for r in con.execute("SELECT name FROM schema_migrations").fetchall()]
        assert names == ["001_init.sql", "002_label_method.sql", "003_stories.sql", "004_story_translations.sql",
                         "005_plan_task_descriptions.sql", "006_crawl_runs_counted_by.sql",
                         "007_extraction_error_copy.sql", "008_raw_pages_part_of.sql", "009_takedowns.sql",
                         "010_taxonomy_versions.sql", "011_article_revisions.sql", "012_revision_relevance.sql",
                         "013_takedown_log.sql", "014_label_history.sql",
                         "015_body_selector_missed.sql", "016_schema_views.sql", "017_views_generation.sql",
                         "018_takedown_fingerprints.sql", "019_story_bands.sql", "020_article_text_key.sql"]
        assert store.migrate(con) == []
        cols = {r[0] for r in con.execute("DESCRIBE articles").fetchall()}
        assert {"id", "url", "source", "title", "published_at", "language", "text", "relevant", "relevance", "first_seen"} <= cols
        assert {r[0] for r in con.execute("DESCRIBE task_trends").fetchall()} == {"day", "code", "source", "language", "articles", "withdrawn"}


def schema_before(folder: Path, migration: str) -> Path:
    """*folder* made a schema folder of the project's migrations before *migration* ("013": 001-012) and no views:
    what a warehouse made by the version before that migration was built with."""
    (folder / "migrations").mkdir(parents=True)
    (folder / "views").mkdir()
    for path in sorted((wh.SQL_DIR / "migrations").glob("*.sql")):
        if path.name < migration:
            (folder / "migrations" / path.name).write_text(path.read_text("utf-8"), encoding="utf-8")
    return folder


def test_label_method_is_stored_and_an_older_warehouse_keeps_its_labels(tmp_path):
    # a warehouse made before migration 002 (labels without a method) keeps every label, as made by the rules
    sql = schema_before(tmp_path / "sql1", "002")
    old = Warehouse(tmp_path / "w", sql_dir=sql)
    with old.writer() as con:
        con.execute("INSERT INTO article_labels VALUES ('a1', 'Z1', 0.8, 'e1', 'plan_tasks.v12')")
    store = Warehouse(tmp_path / "w")
    with store.writer() as con:
        assert con.execute("SELECT article_id, code, score, evidence, taxonomy_version, method FROM article_labels"
                           ).fetchall() == [("a1", "Z1", 0.8, "e1", "plan_tasks.v12", "rules")]
        wh.store_classification(con, "a2", Classification(True, 0.9, (Label("Z1", 0.8, "e1"),
                                                                      Label("Z6", 0.6, "e2", method="model")), "v13"))
        assert con.execute("SELECT code, method FROM article_labels WHERE article_id = 'a2' ORDER BY code"
                           ).fetchall() == [("Z1", "rules"), ("Z6", "model")]


def test_takedowns_made_before_the_log_are_its_first_rows(tmp_path):
    # a warehouse made before migration 013 keeps its takedowns, and they open the takedown log
    sql = schema_before(tmp_path / "sql12", "013")
    with Warehouse(tmp_path / "w", sql_dir=sql).writer() as con:
        con.execute("INSERT INTO takedowns (canonical_url, article_id, kind, source, reason, taken_at) VALUES "
                    "('https://a.cn/1.html', 'a1', 'article', 'a', 'editor', TIMESTAMPTZ '2026-11-01 08:00:00+00')")
    with Warehouse(tmp_path / "w").writer() as con:
        assert con.execute("SELECT canonical_url, article_id, kind, action, reason, done_at FROM takedown_log"
                           ).fetchall() == [("https://a.cn/1.html", "a1", "article", "takedown", "editor",
                                             con.execute("SELECT TIMESTAMPTZ '2026-11-01 08:00:00+00'").fetchone()[0])]
        assert con.execute("SELECT count(*) FROM takedowns").fetchone()[0] == 1


def test_replaced_labels_are_kept_and_labels_as_of_gives_a_past_days_labels(tmp_path):
    """A taxonomy upgrade or a correction replaces an article's labels: the replaced ones go to label_history, with
    when and by which version, so labels_as_of(t) reproduces a figure sent out before; classifying an article again
    to the same labels (a reprocess) keeps its rows as they were."""
    import time as clock

    store = Warehouse(tmp_path)
    with store.writer() as con:
        first = Classification(True, 0.9, (Label("Z1", 0.8, "e1"), Label("Z4", 0.7, "e2")), "v1")
        wh.store_classification(con, "a1", first)
        made = con.execute("SELECT max(labelled_at) FROM article_labels").fetchone()[0]
        assert made is not None
        clock.sleep(0.01)
        wh.store_classification(con, "a1", first)   # the same labels again: nothing moves
        assert con.execute("SELECT count(*) FROM label_history").fetchone()[0] == 0
        assert con.execute("SELECT max(labelled_at) FROM article_labels").fetchone()[0] == made
        between = con.execute("SELECT now()").fetchone()[0]
    clock.sleep(0.01)
    with store.writer() as con:
        wh.store_classification(con, "a1", Classification(True, 0.9, (Label("Z4", 0.75, "e3"),), "v2"))
        assert con.execute("SELECT code, taxonomy_version, replaced_by FROM label_history ORDER BY code"
                           ).fetchall() == [("Z1", "v1", "v2"), ("Z4", "v1", "v2")]
        assert con.execute("SELECT code, taxonomy_version FROM labels_as_of(?) ORDER BY code", [between]
                           ).fetchall() == [("Z1", "v1"), ("Z4", "v1")]
        assert con.execute("SELECT code, taxonomy_version, evidence FROM labels_as_of(now())").fetchall() == \
            [("Z4", "v2", "e3")]
        assert con.execute("SELECT count(*) FROM labels_as_of(TIMESTAMPTZ '2000-01-01 00:00:00+00')").fetchone()[0] == 0
        # made irrelevant by a correction: its labels are history too
        wh.store_classification(con, "a1", Classification(False, 0.2, (), "v2"))
        assert con.execute("SELECT count(*) FROM article_labels").fetchone()[0] == 0
        assert con.execute("SELECT count(*) FROM label_history").fetchone()[0] == 3


def test_a_block_that_fails_its_checksum_names_the_working_database_and_its_remedy(tmp_path):
    """A damaged block of work.duckdb: DuckDB's "Corrupt database file: … in block at location 4096" was taken for a
    lock conflict (it says "block") and left unnamed: "step raw_pages: Corrupt database file: …"."""
    store = Warehouse(tmp_path)
    with store.writer() as con:
        con.execute("CREATE TABLE filler AS SELECT range AS n, repeat('x', 200) AS s FROM range(20000)")
    with open(store.work_db, "r+b") as fh:
        fh.seek(4096 + 100)
        fh.write(b"\x00garbage" * 50)
    with pytest.raises(wh.DamagedDatabase) as exc:
        with store.writer() as con:
            con.execute("SELECT count(*), sum(length(s)) FROM filler").fetchone()
    said = str(exc.value)
    assert said.startswith(f"the working database {store.work_db} ") and "move it aside" in said
    assert "checksum" in said


def test_failed_migration_leaves_no_record(tmp_path):
    sql = tmp_path / "sql"
    (sql / "migrations").mkdir(parents=True)
    (sql / "views").mkdir()
    (sql / "migrations" / "001_ok.sql").write_text("CREATE TABLE a (x INT);")
    (sql / "migrations" / "002_bad.sql").write_text("CREATE TABLE b (x INT); SELECT * FROM nowhere;")
    store = Warehouse(tmp_path / "w", sql_dir=sql)
    with pytest.raises(duckdb.Error):
        with store.writer():
            pass
    con = duckdb.connect(str(store.work_db))
    assert [r[0] for r in con.execute("SELECT name FROM schema_migrations").fetchall()] == ["001_ok.sql"]
    assert con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'b'").fetchone()[0] == 0


def test_index_warc_is_idempotent_and_survives_truncation(tmp_path):
    store = Warehouse(tmp_path)
    warc = tmp_path / "raw" / "r.warc.gz"
    warc.parent.mkdir(parents=True)
    bodies = [(f"<p>{i}</p>" + "".join(f"{j:x}" for j in range(i * 5000, i * 5000 + 3000))).encode() for i in range(5)]
    write_warc(warc, [(f"https://economy.gmw.cn/2021-01/20/content_{i}.htm", b) for i, b in enumerate(bodies)])
    data = warc.read_bytes()
    warc.write_bytes(data[: len(data) - 3000])  # a crawl killed mid-record
    with store.writer() as con:
        n = wh.index_warc(con, tmp_path, warc, day=date(2021, 1, 20), run_id="r1")
        assert n == 4
        assert wh.index_warc(con, tmp_path, warc, day=date(2021, 1, 20), run_id="r1") == 0
        pages = wh.pending_pages(con)
    assert len(pages) == 4
    body, headers = wh.read_warc_record(tmp_path, pages[2].warc_file, pages[2].warc_offset)
    assert body == bodies[2] and headers["Content-Type"].startswith("text/html")


def test_upsert_keeps_first_seen_and_labels_are_replaced(tmp_path):
    store = Warehouse(tmp_path)
    warc = tmp_path / "raw" / "r.warc.gz"
    warc.parent.mkdir(parents=True)
    write_warc(warc, [("https://economy.gmw.cn/2021-01/20/content_1.htm", b"<p>x</p>")])
    with store.writer() as con:
        wh.index_warc(con, tmp_path, warc, day=date(2021, 1, 20), run_id="r1")
        page = wh.pending_pages(con)[0]
        aid, new = wh.upsert_article(con, page, article(), day=date(2021, 1, 20), source="gmw")
        assert new
        _, new = wh.upsert_article(con, page, article("改过的文本。"), day=date(2021, 1, 25), source="gmw")
        assert not new
        first_seen, text = con.execute("SELECT first_seen, text FROM articles WHERE id = ?", [aid]).fetchone()
        assert first_seen == date(2021, 1, 20) and text == "改过的文本。"
        wh.store_classification(con, aid, Classification(True, 0.9, (Label("Z1", 0.8, "e1"), Label("Z4", 0.7, "e2")), "v1"))
        wh.store_classification(con, aid, Classification(True, 0.9, (Label("Z4", 0.7, "e2"),), "v1"))
        assert con.execute("SELECT code FROM article_labels").fetchall() == [("Z4",)]
        assert con.execute("SELECT day, code, source, language, articles FROM task_trends").fetchall() == \
            [(date(2021, 1, 20), "Z4", "gmw", "zh-Hans", 1)]
        assert wh.pending_pages(con) == []
        # found withdrawn since: still counted (it was published, and read), and counted apart for what is online
        assert con.execute("SELECT withdrawn FROM task_trends").fetchall() == [(0,)]
        con.execute("UPDATE articles SET withdrawn_on = DATE '2021-01-26', withdrawn_why = 'status_404'")
        assert con.execute("SELECT articles, withdrawn FROM task_trends").fetchall() == [(1, 1)]
        assert con.execute("SELECT articles, withdrawn FROM coverage_by_outlet").fetchall() == [(1, 1)]


def test_failed_stage_rolls_back(tmp_path):
    store = Warehouse(tmp_path)
    with pytest.raises(RuntimeError):
        with store.writer() as con:
            con.execute("INSERT INTO plan_tasks VALUES ('Z1', 'zgc', NULL, 'a', 'b', 'v1', NULL)")
            raise RuntimeError("boom")
    with store.writer() as con:
        assert con.execute("SELECT count(*) FROM plan_tasks").fetchone()[0] == 0


def _hold_reader(path, ready, release):
    con = duckdb.connect(path, read_only=True)
    con.execute("SELECT count(*) FROM articles").fetchone()
    ready.set()
    release.wait(20)
    con.close()


def test_publish_does_not_wait_for_readers_and_readers_keep_their_snapshot(tmp_path):
    store = Warehouse(tmp_path)
    with store.writer() as con:
        con.execute("INSERT INTO plan_tasks VALUES ('Z1', 'zgc', NULL, 'a', 'b', 'v1', NULL)")
    store.publish()
    ctx = multiprocessing.get_context("spawn")
    ready, release = ctx.Event(), ctx.Event()
    analyst = ctx.Process(target=_hold_reader, args=(str(store.published_db), ready, release))
    analyst.start()
    try:
        assert ready.wait(30)
        with store.writer() as con:  # a refresh writes while the analyst holds the snapshot
            con.execute("INSERT INTO plan_tasks VALUES ('Z2', 'zgc', NULL, 'a', 'b', 'v1', NULL)")
        store.publish()
        reader = store.reader()  # a new analyst sees the new snapshot
        assert reader.execute("SELECT count(*) FROM plan_tasks").fetchone()[0] == 2
        reader.close()
    finally:
        release.set()
        analyst.join(30)
    assert analyst.exitcode == 0


def test_second_refresh_lock_fails_fast_with_a_message(tmp_path):
    store = Warehouse(tmp_path)
    ctx = multiprocessing.get_context("spawn")
    with store.refresh_lock():
        q = ctx.Queue()
        p = ctx.Process(target=_try_lock, args=(str(tmp_path), q))
        p.start()
        p.join(30)
        assert "held by another process" in q.get(timeout=5)


def test_a_recheck_finds_an_article_stored_under_an_older_key_and_makes_no_second_one(tmp_path):
    """Rows keep the key they were written with, and the crawl keys its answers and the copies it archives by
    today's form: an article stored under an older one (the www. form of a subdomain host, a bare host, a session id
    since dropped) never met its recheck, so its correction and its withdrawal were lost.  Found through the older
    forms, the correction replaces its text, the withdrawal marks it, and no article is made under the new key; a
    reprocess of its day reads the corrected copy as that article."""
    store = Warehouse(tmp_path)
    day1, day2 = date(2026, 11, 10), date(2026, 11, 11)
    stored = {"https://www.kw.beijing.gov.cn/art/1.htm": "http://www.kw.beijing.gov.cn/art/1.htm",   # (kw.…)
              "https://ecns.cn/art/2.htm": "http://ecns.cn/art/2.htm",                               # (www.ecns.cn)
              "https://www.example.org/art/3.htm?PHPSESSID=abc": "http://www.example.org/art/3.htm?PHPSESSID=abc"}
    corrected = "中关村示范区发布新政策。\n更正：覆盖企业由30家更正为40家。"
    warc = tmp_path / "raw" / "recheck.warc.gz"
    warc.parent.mkdir(parents=True)
    write_warc(warc, [("http://www.kw.beijing.gov.cn/art/1.htm", f"<p>{corrected}</p>".encode())], kind="recheck")
    with store.writer() as con:
        for n, (key, url) in enumerate(stored.items()):
            con.execute("INSERT INTO articles (id, url, canonical_url, source, title, language, text, analysis_text, "
                        "first_seen, processed_at, warc_file, warc_offset) VALUES (?, ?, ?, 'gmw', 't', 'zh-Hans', "
                        "'中关村示范区发布新政策。', '中关村示范区发布新政策。', ?, now(), 'raw/first.warc.gz', ?)",
                        [wh.article_id(key), url, key, day1, n])
            con.execute("INSERT INTO raw_pages (warc_file, warc_offset, url, canonical_url, source, kind, status, "
                        "fetched_at, day, run_id) VALUES ('raw/first.warc.gz', ?, ?, ?, 'gmw', 'article', 200, ?, ?, "
                        "'r1')", [n, url, key, day1, day1])
        wh.index_warc(con, tmp_path, warc, day=day2, run_id="r2")
        # (the copy is archived under today's key, as the crawl asked for the stored URL)
        assert con.execute("SELECT canonical_url FROM raw_pages WHERE kind = 'recheck'").fetchall() == \
            [("https://kw.beijing.gov.cn/art/1.htm",)]
        (page, aid), = wh.pending_rechecks(con)
        assert aid == wh.article_id("https://www.kw.beijing.gov.cn/art/1.htm")
        assert wh.revise_article(con, aid, page, article(corrected), day2) == "updated"
        # the crawl's answers, keyed by today's form of each stored URL
        answers = {"https://kw.beijing.gov.cn/art/1.htm": "ok", "https://www.ecns.cn/art/2.htm": "status_404",
                   "https://www.example.org/art/3.htm": "status_410"}
        assert wh.record_withdrawals(con, answers, day2) == {"withdrawn": 2, "returned": 0}
        rows = con.execute("SELECT canonical_url, revision, updated_on, withdrawn_why, text FROM articles "
                           "ORDER BY canonical_url").fetchall()
        assert [r[:4] for r in rows] == [("https://ecns.cn/art/2.htm", 0, None, "status_404"),
                                         ("https://www.example.org/art/3.htm?PHPSESSID=abc", 0, None, "status_410"),
                                         ("https://www.kw.beijing.gov.cn/art/1.htm", 1, day2, None)]
        assert "由30家更正为40家" in rows[2][4]
        assert wh.pending_rechecks(con) == []   # (compared once)
        # a reprocess of the first day takes the corrected copy, under the key its article has: no second article
        firsts = {p.url: (p.canonical_url, p.warc_file) for p in wh.pages_for_day(con, day1)}
        assert firsts["http://www.kw.beijing.gov.cn/art/1.htm"] == \
            ("https://www.kw.beijing.gov.cn/art/1.htm", "raw/recheck.warc.gz")


def _try_lock(root, q):
    try:
        with Warehouse(root).refresh_lock(wait=0.3):
            q.put("acquired")
    except WarehouseBusy as exc:
        q.put(str(exc))


def _two_archived_pages(tmp_path):
    """A warehouse whose archive holds two pages of one day, indexed and pending."""
    store = Warehouse(tmp_path)
    warc = tmp_path / "raw" / "r.warc.gz"
    warc.parent.mkdir(parents=True)
    write_warc(warc, [("https://economy.gmw.cn/2021-01/20/content_1.htm", b"<p>x</p>"),
                      ("https://economy.gmw.cn/2021-01/20/content_2.htm", b"<p>y</p>")])
    with store.writer() as con:
        wh.index_warc(con, tmp_path, warc, day=date(2021, 1, 20), run_id="r1")
    return store


def test_a_new_taxonomy_version_relabels_the_warehouse(tmp_path):
    store = _two_archived_pages(tmp_path)
    with store.writer() as con:
        first, second = wh.pending_pages(con)
        a1, _ = wh.upsert_article(con, first, article(), day=date(2021, 1, 20), source="gmw")
        a2, _ = wh.upsert_article(con, second, article("另一篇。"), day=date(2021, 1, 20), source="gmw")
        wh.store_classification(con, a1, Classification(True, 0.9, (Label("Z1", 0.8, "e1"),), "plan_tasks.v9"))
        # unlabelled articles only, as before; with the running version, also those another version labelled
        assert [r[0] for r in wh.articles_to_classify(con)] == [a2]
        assert sorted(r[0] for r in wh.articles_to_classify(con, version="plan_tasks.v10")) == sorted([a1, a2])
        assert [r[0] for r in wh.articles_to_classify(con, version="plan_tasks.v9")] == [a2]
        # v10 is newer than v9, although "plan_tasks.v10" < "plan_tasks.v9" as strings
        wh.store_plan_tasks(con, [("Z1", "Z", None, "v9 名", "v9 name", "plan_tasks.v9", "v9 描述"),
                                  ("Z1", "Z", None, "v10 名", "v10 name", "plan_tasks.v10", "v10 描述")])
        assert wh.latest_taxonomy_version(con) == "plan_tasks.v10"
        # the view analysts join to holds the newest version's rows only, so a join on code counts each label once
        assert con.execute("SELECT code, name_en, description FROM current_plan_tasks").fetchall() == \
            [("Z1", "v10 name", "v10 描述")]
        wh.store_classification(con, a1, Classification(True, 0.9, (Label("Z1", 0.8, "e1"),), "plan_tasks.v10"))
        assert con.execute("SELECT count(*) FROM article_labels l JOIN current_plan_tasks p USING (code)"
                           ).fetchone()[0] == 1


def _copies_and_a_withdrawal(con, day: date) -> None:
    """One B3 story in four copies, three first seen 3 days before *day* and one a day later; B5 in the week
    before: two stories, one (in two copies) withdrawn since; every copy of a story carries its codes; every day of
    the 14 ending with *day* refreshed."""
    # (id, days before `day`, story, codes, withdrawn)
    arts = [("p0", 3, "p0", ["B3"], False), ("p1", 3, "p0", ["B3"], False), ("p2", 3, "p0", ["B3"], False),
            ("p3", 2, "p0", ["B3"], False),
            ("q0", 9, "q0", ["B5"], False), ("q1", 10, "q1", ["B5"], True), ("q2", 10, "q1", ["B5"], True)]
    con.execute("INSERT INTO plan_tasks VALUES ('B3', 'B', NULL, '创新范式优化工程', 'Innovation paradigm', 'v', NULL), "
                "('B5', 'B', NULL, '京津冀产业驱动工程', 'BTH industry', 'v', NULL)")
    for n, (aid, ago, story, codes, gone) in enumerate(arts):
        con.execute("INSERT INTO articles (id, url, canonical_url, source, title, language, text, analysis_text, "
                    "relevant, relevance, taxonomy_version, first_seen, processed_at, withdrawn_on) VALUES (?, ?, ?, "
                    "'s', 't', 'zh-Hans', '文。', '文。', true, 0.9, 'v', ?, now(), ?)",
                    [aid, f"https://s{n}.example.cn/{n}", f"https://s{n}.example.cn/{n}", day - timedelta(days=ago),
                     day - timedelta(days=1) if gone else None])
        con.execute("INSERT INTO article_stories (article_id, story_id, copy_of, containment, shingles, signature, "
                    "scheme) VALUES (?, ?, ?, 0.9, 10, ''::BLOB, 'x')", [aid, story, None if aid == story else story])
        for code in codes:
            con.execute("INSERT INTO article_labels (article_id, code, score, evidence, taxonomy_version, method) "
                        "VALUES (?, ?, 0.8, '证据。', 'v', 'rules')", [aid, code])
    for ago in range(0, 14):
        con.execute("INSERT INTO crawl_runs (run_id, day, mode, started_at, finished_at, finish_reason, warc_file) "
                    "VALUES (?, ?, 'offline', now(), now(), 'finished', 'w.warc.gz')", [f"r{ago}", day - timedelta(days=ago)])


def test_trends_count_stories_not_the_copies_of_one_and_not_withdrawn_ones(tmp_path):
    """A monitoring lead was shown "B3 rising" (4 against 0) for one press release four outlets carried, and "falling"
    against a prior week that held an article withdrawn since: the weeks and the trend count stories, once each, on
    their first day, while one of their copies with the code is still online; the article counts stay."""
    store = Warehouse(tmp_path)
    day = date(2026, 12, 5)
    with store.writer() as con:
        _copies_and_a_withdrawal(con, day)
        d = wh.digest_data(con, day)
        assert {t.code: (t.last_7d, t.prior_7d, t.trend) for t in d.tasks} == {"B3": (1, 0, "steady"),
                                                                              "B5": (0, 1, "steady")}
        assert con.execute("SELECT code, last_7d, prior_7d, stories_last_7d, stories_prior_7d, trend FROM task_momentum "
                           "WHERE day = ? ORDER BY code", [day]).fetchall() == [("B3", 4, 0, 1, 0, "steady"),
                                                                                ("B5", 0, 3, 0, 1, "steady")]
        # counted as articles, the same weeks would have read as trends
        from pipeline.digest import trend_of
        assert (trend_of(4, 0), trend_of(0, 3)) == ("rising", "falling")


def test_every_column_of_the_digest_table_and_the_momentum_change_count_stories(tmp_path):
    """A row of the digest's table mixed units: the day's column counted the three copies of one release three
    times, beside week columns that counted it once; and task_momentum's change was the articles' beside a trend
    over the stories (a monitoring team's report). Every column counts task_story_trends' stories_online: a late
    copy on its story's day, a story withdrawn since not at all, as the weeks do."""
    store = Warehouse(tmp_path)
    day = date(2026, 12, 5)
    with store.writer() as con:
        _copies_and_a_withdrawal(con, day)

        def row(on: date, code: str):
            t = {t.code: t for t in wh.digest_data(con, on).tasks}[code]
            return t.count_today, t.count_previous, t.last_7d

        assert row(day - timedelta(days=3), "B3") == (1, 0, 1)   # three copies, one story
        assert row(day - timedelta(days=2), "B3") == (0, 1, 1)   # the late copy: its story's day, not its own
        assert row(day - timedelta(days=9), "B5") == (1, 0, 1)   # (the story of the day before: withdrawn since)
        assert con.execute("SELECT code, change, stories_last_7d - stories_prior_7d FROM task_momentum "
                           "WHERE day = ? ORDER BY code", [day]).fetchall() == [("B3", 1, 1), ("B5", -1, -1)]


def test_the_digest_counts_each_task_over_two_weeks_as_the_momentum_view_does(tmp_path):
    from datetime import timedelta

    store = Warehouse(tmp_path)
    day = date(2026, 11, 21)
    # (days before `day`, codes): today, 6 days ago (the last 7 days), 7 and 13 days ago (the 7 before), 14 days
    # ago (neither); one article with two codes counts once for each; an irrelevant article counts for none
    arts = [(0, ["Z1"]), (0, ["Z1"]), (0, ["Z1"]), (6, ["Z1", "B2"]), (7, ["Z1"]), *[(13, ["B2"])] * 4,
            (14, ["Z1", "B2"])]
    with store.writer() as con:
        con.execute("INSERT INTO plan_tasks VALUES ('Z1', 'Z', NULL, '坚持自立自强', 'Self-reliance', 'v', NULL), "
                    "('B2', 'B', NULL, '跨越工程', 'Leapfrog', 'v', NULL), ('B3', 'B', NULL, '升级工程', 'Upgrade', 'v', NULL)")
        for n, (ago, codes) in enumerate(arts + [(0, ["B3"])]):
            seen = day - timedelta(days=ago)
            con.execute("INSERT INTO articles (id, url, canonical_url, source, title, language, text, analysis_text, "
                        "relevant, relevance, taxonomy_version, first_seen, processed_at) VALUES (?, ?, ?, 's', 't', "
                        "'zh-Hans', '文。', '文。', ?, 0.9, 'v', ?, now())",
                        [f"a{n}", f"https://s.example.cn/{n}", f"https://s.example.cn/{n}", n < len(arts), seen])
            for code in codes:
                con.execute("INSERT INTO article_labels (article_id, code, score, evidence, taxonomy_version, method) VALUES (?, ?, 0.8, '证据。', 'v', 'rules')", [f"a{n}", code])
        # refreshes that found nothing: the week before `day` was looked at every day, `day`'s own week on every day
        # but the one before it
        for ago in [*range(2, 6), *range(8, 13)]:
            con.execute("INSERT INTO crawl_runs (run_id, day, mode, started_at, finished_at, finish_reason, warc_file) VALUES (?, ?, 'offline', now(), now(), 'finished', 'w.warc.gz')",
                        [f"q{ago}", day - timedelta(days=ago)])
        d = wh.digest_data(con, day)
        weeks = {t.code: (t.last_7d, t.prior_7d, t.trend) for t in d.tasks}
        assert weeks == {"Z1": (4, 1, "rising"), "B2": (1, 4, "falling"), "B3": (0, 0, "steady")}
        # the same figures as the task_momentum view's for that day
        view = {code: (last, prior, trend) for code, last, prior, trend in con.execute(
            "SELECT code, last_7d, prior_7d, trend FROM task_momentum WHERE day = ?", [day]).fetchall()}
        assert view == weeks  # every task of the taxonomy, B3 (never covered) too
        # a refreshed day with nothing new still shows its weeks, in the digest and in the view: the article of
        # 6 days before `day` is now 7 days old, and 3 against 2 is within chance: steady
        quiet_day = day + timedelta(days=1)
        con.execute("INSERT INTO crawl_runs (run_id, day, mode, started_at, finished_at, finish_reason, warc_file) VALUES ('r1', ?, 'offline', now(), now(), 'finished', 'x.warc.gz')",
                    [quiet_day])
        quiet = wh.digest_data(con, quiet_day)
        assert {t.code: (t.last_7d, t.prior_7d, t.trend) for t in quiet.tasks}["Z1"] == (3, 2, "steady")
        assert con.execute("SELECT last_7d, prior_7d, trend FROM task_momentum WHERE day = ? AND code = 'Z1'",
                           [quiet_day]).fetchall() == [(3, 2, "steady")]
        assert con.execute("SELECT max(day) FROM task_momentum").fetchone()[0] == quiet_day
        # the first day of the warehouse: no refresh looked at the week before it, so no count and no trend
        # (as the digest's unknown), not "rising" against a zero nobody counted
        first = day - timedelta(days=14)
        assert con.execute("SELECT last_7d, prior_7d, change, trend FROM task_momentum WHERE day = ? AND code = 'Z1'",
                           [first]).fetchall() == [(None, None, None, "unknown")]
        assert wh.digest_data(con, first).prior_week_refreshed is False
        assert wh.digest_data(con, first).last_week_refreshed is False
        # a week before of which refreshes looked at one day of 7 (14 days before `day`) is no week to compare with
        partly = day - timedelta(days=7)
        assert con.execute("SELECT prior_7d, trend FROM task_momentum WHERE day = ? AND code = 'Z1'",
                           [partly]).fetchall() == [(None, "unknown")]
        assert wh.digest_data(con, partly).prior_week_refreshed is False
        # after a scheduler's outage, a week of which refreshes looked at one day is no week either: not "falling"
        # against the full week before it
        after_outage = day + timedelta(days=10)
        con.execute("INSERT INTO crawl_runs (run_id, day, mode, started_at, finished_at, finish_reason, warc_file) "
                    "VALUES ('o1', ?, 'offline', now(), now(), 'finished', 'o.warc.gz')", [after_outage])
        assert con.execute("SELECT last_7d, prior_7d, change, trend FROM task_momentum WHERE day = ? AND code = 'Z1'",
                           [after_outage]).fetchall() == [(None, 3, None, "unknown")]   # (the week before: known)
        outage = wh.digest_data(con, after_outage)
        assert not outage.last_week_refreshed and {t.code: t.trend for t in outage.tasks}["Z1"] == "falling"
        con.execute("DELETE FROM crawl_runs WHERE run_id = 'o1'")
        # a run that failed before it fetched anything (a full disk) does not make its day a known day of nothing
        failed_day = quiet_day + timedelta(days=1)
        con.execute("INSERT INTO crawl_runs (run_id, day, mode, started_at, finished_at, finish_reason, warc_file) VALUES ('r2', ?, 'offline', now(), now(), 'failed (exit 1)', 'y.warc.gz')",
                    [failed_day])
        assert wh.digest_data(con, failed_day + timedelta(days=1)).previous_refreshed is False
        assert wh.digest_data(con, quiet_day + timedelta(days=1)).previous_refreshed is True
        # a live crawl for a day already over in Beijing (a backfill) that found nothing new: still unknown; the same
        # crawl on the day itself (07:30 Beijing is 23:30 UTC the evening before) makes it a quiet day
        from datetime import datetime as dt
        backfilled, same_day = failed_day + timedelta(days=1), failed_day + timedelta(days=3)
        for run_id, run_day, started in (("r3", backfilled, dt(2026, 12, 31, 2, tzinfo=timezone.utc)),
                                   ("r4", same_day, dt.combine(same_day - timedelta(days=1), dt.min.time(),
                                                               timezone.utc).replace(hour=23, minute=30))):
            con.execute("INSERT INTO crawl_runs (run_id, day, mode, started_at, finished_at, finish_reason, warc_file) "
                        "VALUES (?, ?, 'live', ?, ?, 'finished', 'z.warc.gz')", [run_id, run_day, started, started])
        assert wh.digest_data(con, backfilled + timedelta(days=1)).previous_refreshed is False
        assert wh.digest_data(con, same_day + timedelta(days=1)).previous_refreshed is True
        # a refresh of "today" whose crawl began just after Beijing midnight (started at 23:59, queued behind a lock)
        # is still the day's own; six hours after the day, a crawl is a backfill (md.is_backfill says the same)
        from pipeline import metadata as md
        late, later = same_day + timedelta(days=2), same_day + timedelta(days=4)
        shanghai = md.SHANGHAI
        for run_id, run_day, started in (
                ("r5", late, dt.combine(late + timedelta(days=1), dt.min.time(), shanghai).replace(second=1)),
                ("r6", later, dt.combine(later + timedelta(days=1), dt.min.time(), shanghai).replace(hour=6))):
            con.execute("INSERT INTO crawl_runs (run_id, day, mode, started_at, finished_at, finish_reason, warc_file) "
                        "VALUES (?, ?, 'live', ?, ?, 'finished', 'z.warc.gz')", [run_id, run_day, started, started])
            known = con.execute("SELECT count(*) FROM refreshed_days WHERE day = ?", [run_day]).fetchone()[0] == 1
            assert known is (not md.is_backfill(run_day, started)) is (run_id == "r5"), run_id
    md = render_markdown(d)
    # the day before `day` had no refresh and no article: unknown, not zero
    assert "| Z1 坚持自立自强 — Self-reliance | 3 | — | 4 | 1 | ↑ rising |" in md


def _one_article(store, root) -> str:
    warc = root / "raw" / "r.warc.gz"
    warc.parent.mkdir(parents=True, exist_ok=True)
    write_warc(warc, [("https://economy.gmw.cn/2021-01/20/content_1.htm", b"<p>x</p>")])
    with store.writer() as con:
        wh.index_warc(con, root, warc, day=date(2021, 1, 20), run_id="r1")
        aid, _ = wh.upsert_article(con, wh.pending_pages(con)[0], article(), day=date(2021, 1, 20), source="gmw")
    return aid


def test_a_lost_working_database_is_restored_from_the_published_snapshot(tmp_path, caplog):
    """Deleting state/work.duckdb must not publish an empty warehouse over the history."""
    store = Warehouse(tmp_path)
    aid = _one_article(store, tmp_path)
    store.publish()
    store.work_db.unlink()
    with store.writer() as con:
        assert con.execute("SELECT id, first_seen FROM articles").fetchall() == [(aid, date(2021, 1, 20))]
    assert "restored from the published snapshot" in caplog.text
    store.publish()
    con = store.reader()
    assert con.execute("SELECT count(*) FROM articles").fetchone() == (1,)
    con.close()



def test_a_stale_write_ahead_log_does_not_follow_a_restored_working_database(tmp_path, caplog):
    """work.duckdb moved aside (as the damaged-database message says) with an unrelated .wal left beside it: the
    log is set aside too, or it would fail the restored database on every run."""
    store = Warehouse(tmp_path)
    aid = _one_article(store, tmp_path)
    store.publish()
    other = tmp_path / "other.duckdb"  # a real write-ahead log of another database
    con = duckdb.connect(str(other))
    con.execute("PRAGMA disable_checkpoint_on_shutdown")
    con.execute("CREATE TABLE t AS SELECT 1 AS x")
    con.close()
    wal = store.work_db.with_name("work.duckdb.wal")
    if (tmp_path / "other.duckdb.wal").exists():
        os.replace(tmp_path / "other.duckdb.wal", wal)
    else:
        wal.write_bytes(os.urandom(4096))
    store.work_db.unlink()
    with store.writer() as con:
        assert con.execute("SELECT id FROM articles").fetchall() == [(aid,)]
    assert not wal.exists() and list(tmp_path.glob("state/work.duckdb.wal.orphaned-*"))
    assert "set aside" in caplog.text


def test_a_publish_that_fails_leaves_the_snapshot_and_no_partial_copy(tmp_path, monkeypatch):
    store = Warehouse(tmp_path)
    _one_article(store, tmp_path)
    store.publish()
    before = store.published_db.read_bytes()

    def full_disk(src, dst):
        Path(dst).write_bytes(b"partial")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(wh.shutil, "copyfile", full_disk)
    with pytest.raises(OSError, match="No space left"):
        store.publish()
    assert store.published_db.read_bytes() == before
    assert not store.published_db.with_suffix(".duckdb.tmp").exists()


def test_a_batch_of_classifications_replaces_each_articles_labels(tmp_path):
    """store_classifications writes a batch in three statements: each article's relevance and version, and its
    labels replaced (not added to), with those of articles outside the batch untouched."""
    store = Warehouse(tmp_path)
    warc = tmp_path / "raw" / "r.warc.gz"
    warc.parent.mkdir(parents=True)
    write_warc(warc, [(f"https://economy.gmw.cn/2021-01/20/content_{i}.htm", b"<p>x</p>") for i in range(3)])
    with store.writer() as con:
        wh.index_warc(con, tmp_path, warc, day=date(2021, 1, 20), run_id="r1")
        ids = [wh.upsert_article(con, p, article(f"第{i}篇。"), day=date(2021, 1, 20), source="gmw")[0]
               for i, p in enumerate(wh.pending_pages(con))]
        old = Classification(True, 0.9, (Label("Z1", 0.8, "e1"), Label("Z2", 0.7, "e2")), "plan_tasks.v9")
        wh.store_classifications(con, [(aid, old) for aid in ids])
        wh.store_classifications(con, [
            (ids[0], Classification(True, 0.8, (Label("B1", 0.6, "e3", "model"),), "plan_tasks.v10")),
            (ids[1], Classification(False, 0.1, (), "plan_tasks.v10"))])
        rows = con.execute("SELECT id, relevant, relevance, taxonomy_version FROM articles ORDER BY id").fetchall()
        labels = con.execute("SELECT article_id, code, method, taxonomy_version FROM article_labels "
                             "ORDER BY article_id, code").fetchall()
    assert {r[0]: r[1:] for r in rows} == {ids[0]: (True, 0.8, "plan_tasks.v10"), ids[1]: (False, 0.1, "plan_tasks.v10"),
                                           ids[2]: (True, 0.9, "plan_tasks.v9")}
    assert sorted(labels) == sorted([(ids[0], "B1", "model", "plan_tasks.v10"),
                                     (ids[2], "Z1", "rules", "plan_tasks.v9"), (ids[2], "Z2", "rules", "plan_tasks.v9")])


def test_a_relative_warehouse_dir_is_taken_from_the_current_directory(tmp_path, monkeypatch, capsys):
    """ZGC_WAREHOUSE_DIR=wh in a crontab means ./wh: the crawl, which runs in another directory, must write
    there too, so the path is made absolute once, where the user gave it."""
    from pipeline.cli import main
    from pipeline.defs.resources import WarehouseResource

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("ZGC_WAREHOUSE_DIR", "wh")
    assert Warehouse().root == tmp_path / "wh" and Warehouse().raw_dir.is_absolute()
    assert WarehouseResource(directory="other").get().root == tmp_path / "other"
    assert main(["paths", "warehouse"]) == 0
    assert capsys.readouterr().out.strip() == str(tmp_path / "wh")


def test_a_working_database_older_than_the_snapshot_is_refused(tmp_path, capsys, monkeypatch):
    """state/work.duckdb restored alone from yesterday's backup under today's snapshot: the next refresh would
    publish over the newer snapshot and report its days as new again. It is refused, naming both files."""
    import shutil

    from pipeline.cli import main

    store = Warehouse(tmp_path)
    with store.writer() as con:
        con.execute("INSERT INTO crawl_runs (run_id, day, mode, started_at, finished_at, finish_reason, warc_file) VALUES ('2026-11-20T000000', '2026-11-20', 'offline', now(), now(), "
                    "'finished', 'raw/a.warc.gz')")
    store.publish()
    shutil.copyfile(store.work_db, tmp_path / "backup.duckdb")
    with store.writer() as con:
        con.execute("INSERT INTO crawl_runs (run_id, day, mode, started_at, finished_at, finish_reason, warc_file) VALUES ('2026-11-21T000000', '2026-11-21', 'offline', now(), now(), "
                    "'finished', 'raw/b.warc.gz')")
    store.publish()
    snapshot = store.published_db.read_bytes()
    shutil.copyfile(tmp_path / "backup.duckdb", store.work_db)
    with store.writer() as con:
        with pytest.raises(wh.WarehouseRewound, match="2026-11-21T000000"):
            store.check_not_rewound(con)
    monkeypatch.setenv("ZGC_WAREHOUSE_DIR", str(tmp_path))
    assert main(["reprocess", "--date", "2026-11-20"]) == 1
    err = capsys.readouterr().err
    assert f"the working database {store.work_db} is older than the published snapshot {store.published_db}" in err
    assert store.published_db.read_bytes() == snapshot


def test_a_page_that_answered_without_an_article_is_fetched_again_and_its_newer_copy_extracted(tmp_path):
    """A 200 page with no article (a placeholder, an anti-bot challenge) is not counted as seen for a week while
    the archive holds fewer than three copies of it; the newer copy a later crawl archives is extracted, and
    becomes the article of the day it was readable; reprocess then reads that copy, not the placeholder."""
    from pipeline.defs.assets import load_page

    store = Warehouse(tmp_path)
    url = "https://economy.gmw.cn/2026-11/20/content_1.htm"
    other = "https://economy.gmw.cn/2026-11/20/content_2.htm"
    shell = b"<html><body><div id='app'>\xe6\xad\xa3\xe5\x9c\xa8\xe5\x8a\xa0\xe8\xbd\xbd</div></body></html>"
    story = ("<html><head><title>中关村发布新政策</title></head><body><article>"
             + "".join(f"<p>中关村示范区第{i}项措施支持硬科技企业加快成果转化，推动创新链产业链深度融合发展。</p>" for i in range(6))
             + "</article></body></html>").encode()
    days = [date(2026, 11, 20), date(2026, 11, 21), date(2026, 11, 22)]

    def crawl(i, pages):
        warc = tmp_path / "raw" / f"r{i}.warc.gz"
        warc.parent.mkdir(parents=True, exist_ok=True)
        write_warc(warc, pages, fetched=f"{days[i].isoformat()}T02:00:00Z")
        with store.writer() as con:
            wh.index_warc(con, tmp_path, warc, day=days[i], run_id=f"r{i}")
            for page in wh.pending_pages(con):
                load_page(con, store, page, {}, days[i])

    crawl(0, [(url, shell), (other, shell)])
    with store.writer() as con:
        assert con.execute("SELECT count(*) FROM extraction_errors").fetchone()[0] == 2
        assert url not in wh.seen_urls(con, days[1])           # asked again
        assert url in wh.seen_urls(con, days[0] + timedelta(days=wh.REFETCH_FAILED_DAYS))  # not after a week
        assert url in wh.seen_urls(con)                        # (without a day, as before)
    crawl(1, [(url, story), (other, shell)])
    with store.writer() as con:
        first_seen, = con.execute("SELECT first_seen FROM articles WHERE canonical_url = ?", [url]).fetchone()
        assert first_seen == days[1]
        assert con.execute("SELECT canonical_url, day FROM extraction_errors").fetchall() == [(other, days[0])]
        assert wh.pending_pages(con) == []                     # nothing extracted twice
        assert other not in wh.seen_urls(con, days[2])         # two copies: one more try
    crawl(2, [(other, shell)])
    with store.writer() as con:
        assert other in wh.seen_urls(con, days[2])             # three copies: given up
        [page] = [p for p in wh.pages_for_day(con, days[1])]
        assert page.warc_file == "raw/r1.warc.gz" and page.canonical_url == url   # the readable copy
        [failed] = wh.pages_for_day(con, days[0])
        assert failed.canonical_url == other and failed.warc_file == "raw/r2.warc.gz"  # its newest copy


def test_a_wal_a_read_write_client_left_beside_the_snapshot_is_set_aside_by_the_next_publish(tmp_path, caplog, capsys,
                                                                                              monkeypatch):
    """A notebook opening zgc.duckdb read-write (DuckDB's default; root ignores the 0444 mode) and killed leaves
    zgc.duckdb.wal; once the snapshot is replaced, every reader fails on it, and so did every later refresh.  The
    sql command's error names the file; the next publish moves it into state/ and readers work again."""
    import shutil

    from pipeline.cli import main

    monkeypatch.setenv("ZGC_WAREHOUSE_DIR", str(tmp_path))
    store = Warehouse(tmp_path)
    aid = _one_article(store, tmp_path)
    store.publish()
    store.published_db.chmod(0o644)
    client = duckdb.connect(str(store.published_db))   # the careless client, killed before its checkpoint
    client.execute("PRAGMA disable_checkpoint_on_shutdown")
    client.execute("CREATE TABLE scratch AS SELECT range AS x FROM range(1000)")
    client.close()
    assert store.snapshot_wal.exists()
    with store.writer() as con:   # the next refresh's work
        con.execute("INSERT INTO extraction_errors (canonical_url, url, source, day, error) VALUES ('u', 'u', 's', "
                    "DATE '2026-11-20', 'e')")
    shutil.copyfile(store.work_db, tmp_path / "new.duckdb")   # a publish that leaves the log where it was
    os.replace(tmp_path / "new.duckdb", store.published_db)
    assert main(["sql", "SELECT count(*) FROM articles"]) == 1
    assert str(store.snapshot_wal) in capsys.readouterr().err
    store.publish()
    assert not store.snapshot_wal.exists() and list(tmp_path.glob("state/zgc.duckdb.wal.stale-*"))
    assert "set aside" in caplog.text
    con = store.reader()
    assert con.execute("SELECT id FROM articles").fetchall() == [(aid,)]
    con.close()


def test_a_wal_left_against_the_current_snapshot_is_refused_not_read_as_published(tmp_path, capsys, monkeypatch):
    """DuckDB replays a write-ahead log beside the file when it opens it read-only too: a notebook that opened the
    current snapshot read-write, deleted the labels and died made `sql` show no labels with exit 0, the digest every
    task at 0 and status "ok".  Every reader now refuses, naming the log, until the next publish sets it aside."""
    from pipeline.cli import main

    monkeypatch.setenv("ZGC_WAREHOUSE_DIR", str(tmp_path))
    store = Warehouse(tmp_path)
    aid = _one_article(store, tmp_path)
    store.publish()
    store.published_db.chmod(0o644)
    client = duckdb.connect(str(store.published_db))
    client.execute("PRAGMA disable_checkpoint_on_shutdown")
    client.execute("DELETE FROM articles")
    client.close()
    assert store.snapshot_wal.exists()
    assert main(["sql", "SELECT count(*) FROM articles"]) == 1
    err = capsys.readouterr().err
    assert str(store.snapshot_wal) in err and "read-write" in err
    with pytest.raises(wh.DamagedDatabase, match="write-ahead log"):
        store.reader()
    store.publish()   # the next refresh's publish: set aside, and the published rows are the refresh's own
    con = store.reader()
    assert con.execute("SELECT id FROM articles").fetchall() == [(aid,)]
    con.close()


def test_a_snapshot_a_client_wrote_to_and_closed_is_refused_not_read_as_published(tmp_path, capsys, monkeypatch):
    """A read-write client that closes (or checkpoints) leaves no log: its changes go into zgc.duckdb itself, and
    sql, the digest and status read them as published.  The snapshot's checkpoint count at publish is recorded;
    a snapshot that has had another is refused until the next publish."""
    from pipeline.cli import main

    monkeypatch.setenv("ZGC_WAREHOUSE_DIR", str(tmp_path))
    store = Warehouse(tmp_path)
    aid = _one_article(store, tmp_path)
    store.publish()
    reader = store.reader()   # reading it changes nothing
    reader.close()
    store.published_db.chmod(0o644)
    client = duckdb.connect(str(store.published_db))
    client.execute("DELETE FROM articles")
    client.close()
    assert not store.snapshot_wal.exists()
    assert main(["sql", "SELECT count(*) FROM articles"]) == 1
    assert "changed after it was published" in capsys.readouterr().err
    assert main(["status", "--format", "json"]) == 3   # unknown: nothing it says could be trusted
    # nor is the working database rebuilt from it when it is lost: the change would be published as good data
    store.work_db.rename(tmp_path / "work.saved")
    with pytest.raises(wh.DamagedDatabase, match="changed after it was published"):
        with store.writer():
            pass
    (tmp_path / "work.saved").rename(store.work_db)
    store.publish()
    con = store.reader()
    assert con.execute("SELECT id FROM articles").fetchall() == [(aid,)]
    con.close()


def test_a_snapshot_that_cannot_be_read_is_said_to_be_so_not_to_have_been_written_to(tmp_path, capsys, monkeypatch):
    """A published snapshot that is no DuckDB file (a copy cut short, another file in its place), or that this user
    cannot read (chmod 000, a restore with the wrong owner), has no checkpoint count to read: it was said to have
    been "changed after it was published (a client opened it read-write …)". Now opening it says what it is: one
    line naming the file and DuckDB's reason, exit 1 (status: unknown, 3)."""
    from pipeline.cli import main

    monkeypatch.setenv("ZGC_WAREHOUSE_DIR", str(tmp_path))
    store = Warehouse(tmp_path)
    _one_article(store, tmp_path)
    store.publish()
    store.published_db.chmod(0o644)
    store.published_db.write_bytes(b"not a database\n" * 2000)
    assert main(["sql", "SELECT count(*) FROM articles"]) == 1
    err = capsys.readouterr().err
    assert "changed after it was published" not in err and err.count("\n") == 1, err
    assert str(store.published_db) in err and "not a valid DuckDB database file" in err, err
    assert main(["status", "--format", "json"]) == 3
    report = json.loads(capsys.readouterr().out)
    assert "not a valid DuckDB database file" in report["problems"][0] and "changed" not in report["problems"][0]
    # (one it cannot read: the header's count unreadable too; as root no permission stops a read, so said so here)
    monkeypatch.setattr(wh, "_duckdb_header", lambda path: None)
    assert not store._changed_since_published()


def test_a_working_database_this_user_may_not_open_is_not_called_damaged(tmp_path, monkeypatch):
    """state/work.duckdb restored as another user (chmod 000, root's): refresh, reprocess, prune and takedown (their
    dry runs too) told the user to move it aside, which restores it from the snapshot and loses the work of a refresh
    that did not publish. Now they say the user may not open it, and to give it back (as root no permission stops a
    read: DuckDB's refusal is stood in for)."""
    store = Warehouse(tmp_path)
    _one_article(store, tmp_path)
    store.publish()
    real = wh._connect

    def refused(path, read_only=False):
        if Path(path) == store.work_db:
            raise duckdb.IOException(f'IO Error: Cannot open file "{path}": Permission denied')
        return real(path, read_only)

    monkeypatch.setattr(wh, "_connect", refused)
    for opened in (store.writer, store.peek):
        with pytest.raises(wh.DamagedDatabase) as exc:
            with opened():
                pass
        said = str(exc.value)
        assert said.startswith(f"the working database {store.work_db} cannot be opened (IO Error: Cannot open file")
        assert "Permission denied): this user may not read or write it" in said and "move it aside" not in said, said
    assert store.work_db.exists()


def test_the_warehouse_files_are_in_the_storage_format_duckdb_1_clients_read(tmp_path):
    """DuckDB 2 writes its newest storage format by default, which no DuckDB 1.x client (a BI driver, an analyst's
    duckdb CLI) opens at all; the warehouse writes version 64, which DuckDB 1.1 and later read.  A working database a
    DuckDB 2 made in the newer format before this is rewritten once, at its next publish, with its rows."""
    store = Warehouse(tmp_path)
    aid = _one_article(store, tmp_path)
    store.publish()
    assert wh.storage_version(store.published_db) == wh.STORAGE_VERSION == 64
    assert wh.storage_version(store.work_db) == 64
    # a working database in the newest format (DuckDB 2's default; DuckDB 1.x writes 64 anyway)
    store.work_db.unlink()
    con = duckdb.connect(str(store.work_db))
    con.execute(f"ATTACH '{store.published_db}' AS p (READ_ONLY)")
    con.execute("COPY FROM DATABASE p TO work")
    con.close()
    newest = wh.storage_version(store.work_db)
    store.publish()
    assert newest != 64 or duckdb.__version__ < "1.2"   # (the old format was there to rewrite)
    assert wh.storage_version(store.published_db) == 64 and wh.storage_version(store.work_db) == 64
    con = store.reader()
    assert con.execute("SELECT id FROM articles").fetchall() == [(aid,)]
    con.close()


def test_view_counts_are_bigint_for_bi_tools(tmp_path):
    """HUGEINT (DuckDB's type for sums) turns into floats in Parquet and pandas, and many drivers refuse it."""
    with Warehouse(tmp_path).writer() as con:
        types = {}
        for view in ("task_momentum", "task_trends", "coverage_by_outlet", "stories", "task_story_trends"):
            types.update({(view, r[0]): r[1] for r in con.execute(f"DESCRIBE {view}").fetchall()})
    assert "HUGEINT" not in types.values(), {k: v for k, v in types.items() if v == "HUGEINT"}
    assert types[("task_momentum", "last_7d")] == "BIGINT" and types[("task_momentum", "change")] == "BIGINT"


def test_tables_and_views_carry_catalog_comments_for_bi_tools(tmp_path):
    with Warehouse(tmp_path).writer() as con:
        tables = dict(con.execute("SELECT table_name, comment FROM duckdb_tables()").fetchall())
        views = dict(con.execute("SELECT view_name, comment FROM duckdb_views() WHERE NOT internal").fetchall())
        column = con.execute("SELECT comment FROM duckdb_columns() WHERE table_name = 'articles' AND "
                             "column_name = 'id'").fetchone()[0]
        # every column of every view, and of the tables analysts query, says what it holds
        bare = con.execute(
            "SELECT table_name || '.' || column_name FROM duckdb_columns() WHERE comment IS NULL AND NOT internal AND "
            "(table_name IN (SELECT view_name FROM duckdb_views() WHERE NOT internal) OR table_name IN "
            "('articles', 'article_labels', 'source_health', 'crawl_runs', 'plan_tasks'))").fetchall()
    assert bare == []
    assert all(tables[t] for t in ("articles", "article_labels", "article_stories", "source_health", "raw_pages"))
    assert all(views[v] for v in ("task_trends", "task_momentum", "current_plan_tasks", "stories"))
    assert "article_labels.article_id" in column


def test_a_warehouse_a_newer_version_migrated_is_refused_before_anything_is_written(tmp_path, capsys, monkeypatch):
    """An older version would cut the newer one's data to what it knows: it stops at once, and says what to do."""
    from pipeline.cli import main

    store = Warehouse(tmp_path)
    _one_article(store, tmp_path)
    store.publish()
    with store.writer() as con:
        con.execute("INSERT INTO schema_migrations VALUES ('999_from_the_future.sql', now())")
    with pytest.raises(wh.WarehouseTooNew, match="999_from_the_future.sql"):
        with store.writer():
            pass
    monkeypatch.setenv("ZGC_WAREHOUSE_DIR", str(tmp_path))
    assert main(["sql", "SELECT count(*) FROM articles"]) == 0   # reading still works
    capsys.readouterr()
    assert main(["prune", "--keep-days", "30"]) == 1
    assert "upgraded by a newer zgc-monitor" in capsys.readouterr().err


# the fingerprint of warehouse/views of each generation (pipeline.warehouse.VIEWS_GENERATION): a change to a view or
# macro fails this until the generation is raised and its fingerprint recorded here, so that older releases refuse
# the new views instead of writing theirs over them
VIEWS_FINGERPRINTS = {1: "d897abbce3a0f9d5526d65f4a4753409846dc90509ed8f73443c296937390875",
                      2: "b83cb26ca9b92d8fd59b2fdbf21435622bbb5a4712d23472edb49110bffec029",   # change in stories
                      3: "0b3bd34d149514806aa64a21ec8370675f917b8e2557d0780de13eeaef0ecee2",   # text_key's comment
                      4: "f625ebd45fd2d0f0467206df605d797e087fadbfd6e87d3fe646850a100dc844",   # time-limited crawls
                      5: "9effa707aeca49fd8360a7082c9f7a15640af2c5f6da8d57d393d5b20cb2ecf7"}   # catalog comments


def test_the_views_generation_names_these_views(tmp_path):
    assert Warehouse(tmp_path).views_sha256() == VIEWS_FINGERPRINTS[wh.VIEWS_GENERATION], \
        "warehouse/views changed: raise pipeline.warehouse.VIEWS_GENERATION and record its fingerprint here"


def test_views_are_written_when_they_are_not_this_versions_and_only_then(tmp_path):
    """Every writer wrote the views, macros and their catalog comments again (150-odd statements, 0.1-0.2 s an open,
    some eleven opens a refresh): now only when schema_views says they are not this version's, or a migration ran.
    A view changed by hand under a current record stays as it is; once the record names another release's views,
    the next writer writes this version's, their comments with them."""
    store = Warehouse(tmp_path)
    with store.writer() as con:
        con.execute("CREATE OR REPLACE VIEW refreshed_days AS SELECT DATE '2000-01-01' AS day")
    with store.writer() as con:   # the record is this version's: nothing written again
        assert con.execute("SELECT day FROM refreshed_days").fetchall() == [(date(2000, 1, 1),)]
        assert con.execute("SELECT comment FROM duckdb_views() WHERE view_name = 'refreshed_days'").fetchone() == (None,)
        con.execute("UPDATE schema_views SET sha256 = 'another release'")
    with store.writer() as con:
        assert con.execute("SELECT count(*) FROM refreshed_days").fetchone() == (0,)   # this version's view again
        assert con.execute("SELECT comment FROM duckdb_views() WHERE view_name = 'refreshed_days'").fetchone()[0]
        assert con.execute("SELECT sha256, generation FROM schema_views").fetchall() == [
            (store.views_sha256(), wh.VIEWS_GENERATION)]


def test_views_of_a_newer_generation_are_refused_not_overwritten(tmp_path, monkeypatch, capsys):
    """An upgrade operator's finding: the release before this one, run on an upgraded warehouse, wrote its own views
    over the new ones (and analysts' queries on task_momentum's story columns failed). A release that only changed
    views had no migration to fence it; now each views generation does."""
    from pipeline.cli import main

    store = Warehouse(tmp_path)
    _one_article(store, tmp_path)
    store.publish()
    with store.writer() as con:
        assert con.execute("SELECT generation FROM schema_views").fetchall() == [(wh.VIEWS_GENERATION,)]
    monkeypatch.setattr(wh, "VIEWS_GENERATION", wh.VIEWS_GENERATION - 1)   # this release, as the one before sees it
    monkeypatch.setattr(Warehouse, "views_sha256", lambda self: "an older release's views")
    with pytest.raises(wh.WarehouseTooNew, match=f"generation {wh.VIEWS_GENERATION + 1}"):
        with store.writer():
            pass
    with pytest.raises(wh.WarehouseTooNew, match="newer zgc-monitor"):
        store.reader(current=True).close()
    with store.reader() as con:   # the newer views were left as they were, story columns and all
        assert con.execute("SELECT count(*) FROM schema_views WHERE sha256 = ?",
                           [VIEWS_FINGERPRINTS[wh.VIEWS_GENERATION + 1]]).fetchone()[0] == 1
        con.execute("SELECT stories_last_7d FROM task_momentum").fetchall()
    monkeypatch.setenv("ZGC_WAREHOUSE_DIR", str(tmp_path))
    assert main(["sql", "SELECT count(*) FROM articles"]) == 0   # reading still works
    capsys.readouterr()
    assert main(["status"]) != 0
    assert "newer zgc-monitor" in capsys.readouterr().out


def test_an_amp_copy_of_a_page_stored_under_an_older_key_form_is_a_copy(tmp_path):
    """A page stored before bare hosts and trailing slashes were folded keeps its older key: a copy naming it
    by rel=canonical still finds it."""
    store = Warehouse(tmp_path)
    with store.writer() as con:
        con.execute("INSERT INTO raw_pages (warc_file, warc_offset, url, canonical_url, source, kind, status, day, run_id) "
                    "VALUES ('raw/a.warc.gz', 0, 'https://zgc.org.cn/news/1/', 'https://zgc.org.cn/news/1/', 's', "
                    "'article', 200, DATE '2026-11-01', 'r')")
        page = wh.PageRef("raw/b.warc.gz", 0, "https://www.zgc.org.cn/amp/news/1", "https://www.zgc.org.cn/amp/news/1",
                          "s", "text/html")
        body = b'<html><head><link rel="canonical" href="https://www.zgc.org.cn/news/1"></head></html>'
        assert wh.archived_canonical(con, body, page) == "https://www.zgc.org.cn/news/1"


def test_a_taxonomy_older_than_the_labels_or_changed_under_its_version_is_refused(tmp_path):
    """Going back from v17 to v16 would relabel under v17's task list and names; files changed under one version
    would label beside the stored labels under the same name, relabelling nothing. Both refused, nothing stored."""
    rows = lambda v: [("Z1", "Z", None, "名", f"{v} name", v, "描述")]   # noqa: E731
    with Warehouse(tmp_path).writer() as con:
        wh.use_taxonomy(con, "plan_tasks.v16", "a" * 64, rows("plan_tasks.v16"))
        wh.use_taxonomy(con, "plan_tasks.v16", "a" * 64, rows("plan_tasks.v16"))   # the same files again: fine
        with pytest.raises(wh.TaxonomyMismatch, match=r"plan_tasks.v16 is not the one that labelled this warehouse "
                                                      r"on \d{4}-\d\d-\d\d.*sha256 aaaaaaaaaaaa… then, bbbbbbbbbbbb… "
                                                      r"now.*new version \(plan_tasks.v17\)"):
            wh.use_taxonomy(con, "plan_tasks.v16", "b" * 64, rows("plan_tasks.v16"))
        wh.use_taxonomy(con, "plan_tasks.v17", "b" * 64, rows("plan_tasks.v17"))   # a new version: fine
        with pytest.raises(wh.TaxonomyMismatch, match=r"labelled by taxonomy plan_tasks.v17, newer than the "
                                                      r"plan_tasks.v16 in use \(read from /x/plan_tasks.v16.json; "
                                                      r"\$ZGC_TAXONOMY names the file in use.*Point ZGC_TAXONOMY"):
            wh.use_taxonomy(con, "plan_tasks.v16", "a" * 64, rows("plan_tasks.v16 again"), "/x/plan_tasks.v16.json")
        # what was refused stored nothing: v16's names are v16's, the view follows v17
        assert con.execute("SELECT taxonomy_version, name_en FROM plan_tasks ORDER BY 1").fetchall() == [
            ("plan_tasks.v16", "plan_tasks.v16 name"), ("plan_tasks.v17", "plan_tasks.v17 name")]
        assert con.execute("SELECT taxonomy_version, sha256 FROM taxonomy_versions ORDER BY 1").fetchall() == [
            ("plan_tasks.v16", "a" * 64), ("plan_tasks.v17", "b" * 64)]
        # a warehouse labelled before fingerprints were kept takes the files it meets first
        con.execute("DELETE FROM taxonomy_versions WHERE taxonomy_version = 'plan_tasks.v17'")
        wh.use_taxonomy(con, "plan_tasks.v17", "c" * 64, rows("plan_tasks.v17"))
        assert con.execute("SELECT sha256 FROM taxonomy_versions WHERE taxonomy_version = 'plan_tasks.v17'"
                           ).fetchone()[0] == "c" * 64


def test_a_lock_held_by_another_program_is_not_blamed_on_our_last_holder(tmp_path):
    """`flock warehouse/state/refresh.lock tar …` (the README's backup) writes nothing into the lock file: its text
    still names the last zgc-monitor process that held it, long ended; the message says so instead of naming it."""
    import fcntl

    lock = tmp_path / "refresh.lock"
    lock.write_text("pid 999999 since 2026-11-20T00:00:00Z", encoding="utf-8")
    with open(lock, "a+") as other:
        fcntl.flock(other, fcntl.LOCK_EX | fcntl.LOCK_NB)   # as flock(1) holds it
        with pytest.raises(WarehouseBusy, match="not by zgc-monitor, e.g. a backup's flock; its last holder here, "
                                                "pid 999999 since 2026-11-20T00:00:00Z, has ended"):
            with wh.file_lock(lock, what="a refresh"):
                pass


def test_an_article_the_classifier_fails_on_stays_unlabelled_and_the_rest_are_labelled(tmp_path):
    """A classifier fault that one article's text brings out (fault injected: no known text does) is that article's:
    it stays unlabelled, for the next refresh and the articles_classified check, and the others are labelled."""
    from pipeline.classify import Classifier
    from pipeline.defs.assets import label_articles

    real = Classifier.load()

    class Failing:
        taxonomy = real.taxonomy

        def __getattr__(self, name):
            return getattr(real, name)

        def classify(self, text, title=None):
            if "坏" in text:
                raise IndexError("list index out of range")
            return real.classify(text, title=title)

    store = _two_archived_pages(tmp_path)
    with store.writer() as con:
        good, bad = (wh.upsert_article(con, page, article(text), day=date(2021, 1, 20), source="gmw")[0]
                     for page, text in zip(wh.pending_pages(con), ("中关村示范区发布新政策。", "中关村坏了的文本。")))
        counts = label_articles(con, Failing())
        assert counts["failed"] == 1 and counts["classified"] == 1
        assert con.execute("SELECT id FROM articles WHERE taxonomy_version IS NOT NULL").fetchall() == [(good,)]
        assert con.execute("SELECT taxonomy_version FROM articles WHERE id = ?", [bad]).fetchone() == (None,)


def test_a_page_whose_bytes_break_the_loading_is_that_pages_error_and_the_others_load(tmp_path, monkeypatch):
    """A page whose canonical link no address can be made of (http://[bad/x) failed the articles step before the
    extraction's own guard, and every later refresh, the page left pending: such a link is no canonical now, and
    whatever else goes wrong with one page's bytes (a fault injected: nobody knows the next one) is recorded as that
    page's extraction error, the page after it loaded."""
    from pipeline.defs.assets import load_page

    story = "<p>中关村科学城今天发布了新的支持政策，鼓励人工智能企业在园区内开展研发。</p>" * 3
    hostile = f'<html><head><link rel="canonical" href="http://[bad/x"></head><body><article>{story}</article></body></html>'
    good = f"<html><body><article>{story.replace('今天', '昨天')}</article></body></html>"
    store = Warehouse(tmp_path)
    warc = tmp_path / "raw" / "r.warc.gz"
    warc.parent.mkdir(parents=True)
    write_warc(warc, [("https://economy.gmw.cn/2021-01/20/content_1.htm", hostile.encode()),
                      ("https://economy.gmw.cn/2021-01/20/content_2.htm", good.encode()),
                      ("https://economy.gmw.cn/2021-01/20/content_3.htm", good.replace("昨天", "前天").encode())])
    real = wh.archived_canonical

    def faulty(con, body, page):
        if page.url.endswith("content_2.htm"):
            raise UnicodeError("a fault nobody has thought of")
        return real(con, body, page)

    monkeypatch.setattr(wh, "archived_canonical", faulty)
    with store.writer() as con:
        wh.index_warc(con, tmp_path, warc, day=date(2021, 1, 20), run_id="r1")
        for page in wh.pending_pages(con):
            load_page(con, store, page, {}, date(2021, 1, 20))
        assert wh.pending_pages(con) == []
        assert sorted(u.rsplit("/", 1)[1] for (u,) in con.execute("SELECT url FROM articles").fetchall()) == \
            ["content_1.htm", "content_3.htm"]
        assert con.execute("SELECT url, error FROM extraction_errors").fetchall() == [
            ("https://economy.gmw.cn/2021-01/20/content_2.htm",
             "the page could not be loaded: UnicodeError: a fault nobody has thought of")]


def test_a_lock_given_to_a_child_is_held_until_the_child_ends(tmp_path):
    """The crawl lock goes to the crawl process too: a run terminated from Dagster's UI let go of it while its crawl
    ran on for seconds, and the next run resumed the crawl folder beside it (a page was lost). Held by the child,
    the lock waits for it."""
    import subprocess
    import sys

    lock = tmp_path / "crawl.lock"
    with wh.file_lock(lock, what="the crawler") as held:
        child = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE,
                                 pass_fds=(held.fileno(),))
    said = []
    try:   # (the parent has let go, as a terminated run's process does)
        with pytest.raises(WarehouseBusy, match="the crawler is held by another process"):
            with wh.file_lock(lock, what="the crawler", wait=0.5, on_wait=said.append):
                pass
        # a run that waits says so once, naming the holder (a CLI refresh waited 2 minutes without a word)
        assert len(said) == 1 and said[0].startswith(
            "waiting up to 0.5 s for the crawler, held by another process (pid ")
    finally:
        child.stdin.close()
        child.wait()
    with wh.file_lock(lock, what="the crawler"):
        pass


def test_a_trend_is_a_change_beyond_chance_and_the_view_and_the_digest_agree(tmp_path):
    """One article more or fewer is no trend: a monitoring team was shown "rising" for 2 against 1.  The
    warehouse's trend_of macro (which task_momentum uses) and the digest's rule give the same word for every pair
    of weekly counts up to 40."""
    from pipeline.digest import trend_of

    assert [trend_of(a, b) for a, b in ((1, 0), (2, 1), (5, 3), (0, 1), (3, 5))] == ["steady"] * 5
    assert [trend_of(a, b) for a, b in ((2, 0), (4, 1), (20, 10), (0, 2), (1, 4), (10, 20))] == \
        ["rising"] * 3 + ["falling"] * 3
    store = Warehouse(tmp_path)
    with store.writer() as con:
        pairs = [(a, b) for a in range(41) for b in range(41)]
        got = dict(((a, b), t) for a, b, t in con.execute(
            "SELECT a, b, trend_of(a, b) FROM (SELECT unnest(range(41)) AS a) CROSS JOIN "
            "(SELECT unnest(range(41)) AS b)").fetchall())
        assert got == {p: trend_of(*p) for p in pairs}
        assert con.execute("SELECT trend_of(NULL, 3), trend_of(3, NULL)").fetchone() == (None, None)


def test_an_article_a_backfill_fetched_is_asked_again_on_the_days_after_it_was_fetched(tmp_path):
    """A live backfill files what it fetches under the past day it fills and asks no stored article again; its
    articles were then never asked again (their first_seen is days back), and their corrections were lost.  An
    article is asked again in the days after its first day or after the day it was first fetched."""
    from datetime import datetime

    from pipeline.metadata import SHANGHAI

    store = Warehouse(tmp_path)
    filled, ran = date(2026, 10, 2), date(2026, 10, 6)
    with store.writer() as con:
        for n, (first_seen, fetched) in enumerate(((filled, datetime(2026, 10, 6, 2, 0, tzinfo=SHANGHAI)),
                                                  (filled, datetime(2026, 10, 2, 7, 30, tzinfo=SHANGHAI)),
                                                  # the day's own refresh running late, within its grace: no backfill
                                                  (filled, datetime(2026, 10, 3, 5, 0, tzinfo=SHANGHAI)))):
            url = f"https://s.example.cn/{n}.htm"
            con.execute("INSERT INTO articles (id, url, canonical_url, source, title, language, text, analysis_text, "
                        "relevant, relevance, taxonomy_version, first_seen, processed_at) VALUES (?, ?, ?, 's', 't', "
                        "'zh-Hans', '文。', '文。', true, 0.9, 'v', ?, now())", [f"a{n}", url, url, first_seen])
            con.execute("INSERT INTO raw_pages (warc_file, warc_offset, url, canonical_url, source, kind, status, "
                        "fetched_at, day, run_id) VALUES ('w', ?, ?, ?, 's', 'article', 200, ?, ?, 'r')",
                        [n, url, url, fetched, first_seen])
        urls = lambda d: [u for _, u in wh.recheck_urls(con, d, 2)]  # noqa: E731
        assert urls(ran) == []                                     # (the backfill's own day: not yet)
        assert urls(ran + timedelta(days=1)) == ["https://s.example.cn/0.htm"]
        assert urls(ran + timedelta(days=2)) == ["https://s.example.cn/0.htm"]
        assert urls(ran + timedelta(days=3)) == []
        assert urls(filled + timedelta(days=1)) == [f"https://s.example.cn/{n}.htm" for n in range(3)]
        assert urls(filled + timedelta(days=3)) == []   # (read on its first three days, as any other)
