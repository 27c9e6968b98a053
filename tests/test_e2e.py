"""End to end: archive server on 127.0.0.1 → Scrapy (own process) → Dagster assets → DuckDB → digest.

One offline refresh of a day runs once for the module (through the CLI, which
materialises every asset with Dagster into a temp DAGSTER_HOME); the tests
then read the published warehouse and the digest.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import duckdb
import pytest

from pipeline.cli import main
from tests.conftest import module_env
from spiders.archive_server import ARCHIVE_DIR

DAY = "2026-11-20"
BEIJING = ZoneInfo("Asia/Shanghai")
EXPECTED = json.loads((ARCHIVE_DIR / "expected.json").read_text(encoding="utf-8"))
MANIFEST = json.loads((ARCHIVE_DIR / "manifest.json").read_text(encoding="utf-8"))
SEEDS = {e["seed"]: e for e in EXPECTED if e.get("seed")}
Z_TASKS = {f"Z{i}" for i in range(1, 8)}
B_PROJECTS = {f"B{i}" for i in range(1, 7)}
PINYIN = re.compile(r"[\u4e00-\u9fff]\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)")

pytestmark = pytest.mark.e2e


def _refresh(capsys, *extra) -> dict:
    code = main(["refresh", "--offline", "--date", DAY, *extra])
    out = capsys.readouterr().out.strip().splitlines()
    assert code == 0, out[-5:]
    return json.loads(out[-1])


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    with module_env(tmp_path_factory.mktemp("e2e")) as root:
        yield root


class Snapshot:
    """Queries the published warehouse with a fresh read-only connection each time (as an analyst would;
    DuckDB shares one database instance per path inside a process while any connection stays open)."""

    def __init__(self, path: Path):
        self.path = path

    def execute(self, sql, params=None):
        con = duckdb.connect(str(self.path), read_only=True)
        try:
            rows = con.execute(sql, params or []).fetchall()
        finally:
            con.close()
        return _Rows(rows)


class _Rows(list):
    def fetchone(self):
        return self[0] if self else None

    def fetchall(self):
        return list(self)


@pytest.fixture(scope="module")
def first(env):
    import contextlib
    import io

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["refresh", "--offline", "--date", DAY])
    assert code == 0
    snap = Snapshot(env / "warehouse" / "zgc.duckdb")
    snap.summary = json.loads(out.getvalue().strip().splitlines()[-1])
    snap.stderr = err.getvalue()
    return snap


def test_the_offline_job_warns_of_nothing_its_own_archive_lacks(first):
    """The bundled archive's listings link pages it does not hold: counted apart, not as the site's failures."""
    assert " WARNING " not in first.stderr, [ln for ln in first.stderr.splitlines() if " WARNING " in ln][:3]
    assert first.summary["failed_checks"] == []
    missing = first.execute("SELECT sum(TRY_CAST(detail->>'not_archived' AS INTEGER)) FROM source_health").fetchone()[0]
    assert missing >= 5   # China Daily's pages 2-6 among them
    assert first.execute("SELECT sum(responses_4xx) FROM source_health").fetchone()[0] == 0


def test_first_refresh_summary_counts_this_run_and_the_day(first):
    """Every relevant article is new in the first run: this run's count and the day's are the same."""
    relevant = first.execute("SELECT count(*) FROM articles WHERE relevant AND first_seen = ?",
                             [date.fromisoformat(DAY)]).fetchone()[0]
    assert relevant >= 6
    assert first.summary["relevant_new"] == first.summary["relevant_today"] == relevant
    assert first.summary["articles_new"] == first.execute("SELECT count(*) FROM articles").fetchone()[0]


def _article(con, url):
    row = con.execute("SELECT id, title, text, language, relevant, relevance, published_at, author "
                      "FROM articles WHERE url = ?", [url]).fetchone()
    assert row is not None, f"{url} not in the warehouse"
    return dict(zip(["id", "title", "text", "language", "relevant", "relevance", "published_at", "author"], row))


def _labels(con, aid):
    return {code: ev for code, ev in con.execute(
        "SELECT code, evidence FROM article_labels WHERE article_id = ?", [aid]).fetchall()}


@pytest.mark.parametrize("seed", ["000", "001", "002", "003", "004"])
def test_seed_stories_are_relevant_and_clean(first, seed):
    exp = SEEDS[seed]
    art = _article(first, exp["url"])
    assert art["relevant"], seed
    assert art["language"] == exp["language"]
    for phrase in exp["must_contain"]:
        assert phrase in art["text"], f"{seed}: lost {phrase!r}"
    for marker in exp["must_not_contain"]:
        assert marker not in art["text"], f"{seed}: boilerplate {marker!r} left"
    assert not PINYIN.search(art["text"]), f"{seed}: pinyin annotation left"
    assert art["published_at"] is not None
    assert art["published_at"].astimezone(BEIJING).date().isoformat() == exp["published"]


@pytest.mark.parametrize("seed", ["000", "003"])
def test_cns_story_carries_all_zgc_tasks(first, seed):
    art = _article(first, SEEDS[seed]["url"])
    labels = _labels(first, art["id"])
    assert Z_TASKS <= set(labels), sorted(Z_TASKS - set(labels))
    for code in Z_TASKS:
        assert labels[code].strip() and labels[code] in art["text"], (code, labels[code])


@pytest.mark.parametrize("seed", ["001", "002"])
def test_press_conferences_carry_all_center_projects(first, seed):
    art = _article(first, SEEDS[seed]["url"])
    labels = _labels(first, art["id"])
    assert B_PROJECTS <= set(labels), sorted(B_PROJECTS - set(labels))
    for code in B_PROJECTS:
        assert labels[code].strip() and labels[code] in art["text"], (code, labels[code])


def test_unrelated_pages_are_not_relevant(first):
    unrelated = [e["url"] for e in EXPECTED if e.get("relevant") is False]
    assert unrelated
    for url in unrelated:
        assert not _article(first, url)["relevant"], url


def test_gb2312_zhongguancun_page_is_decoded_and_relevant(first):
    zgc163 = next(e for e in MANIFEST if "ATMOK8S100254IU1" in e["url"])
    art = _article(first, zgc163["url"])
    assert "中关村" in art["text"] and "\ufffd" not in art["text"]
    assert art["relevant"]


def test_robots_txt_is_obeyed(first):
    disallowed = [e["url"] for e in MANIFEST if e.get("robots_disallowed")]
    assert disallowed
    for url in disallowed:
        assert first.execute("SELECT count(*) FROM raw_pages WHERE url = ?", [url]).fetchone()[0] == 0


def test_raw_responses_are_kept(env, first):
    rows = first.execute("SELECT warc_file, status, content_type, fetched_at, bytes FROM raw_pages").fetchall()
    assert len(rows) >= len([e for e in MANIFEST if e["kind"] == "article"])
    for warc_file, status, ctype, fetched_at, size in rows:
        assert (env / "warehouse" / warc_file).exists() and fetched_at is not None and status
    listed = first.execute("SELECT count(*) FROM raw_pages WHERE kind = 'listing'").fetchone()[0]
    assert listed >= 12


def test_trends_and_health_are_queryable(first):
    trends = first.execute("SELECT code, sum(articles) FROM task_trends WHERE day = ? GROUP BY code",
                           [date.fromisoformat(DAY)]).fetchall()
    assert {c for c, _ in trends} >= Z_TASKS | B_PROJECTS
    health = dict(first.execute("SELECT source, new_articles FROM source_health").fetchall())
    assert health["chinanews"] >= 1 and health["gmw"] >= 1
    # coverage by outlet names the outlet as its articles do, beside the registry's source code
    outlets = dict(first.execute("SELECT source, outlet FROM coverage_by_outlet").fetchall())
    named = dict(first.execute("SELECT source, mode(outlet) FROM articles WHERE relevant GROUP BY source").fetchall())
    assert outlets == named and outlets["gmw"] == "光明网"
    versions = {v for (v,) in first.execute("SELECT DISTINCT taxonomy_version FROM article_labels").fetchall()}
    assert len(versions) == 1 and None not in versions
    # every code of the running taxonomy says what it covers: the plan's paragraph, the centre's project statement
    desc = dict(first.execute("SELECT code, description FROM plan_tasks WHERE taxonomy_version = ?",
                              [versions.pop()]).fetchall())
    assert set(desc) >= Z_TASKS | B_PROJECTS and all(desc.values())
    assert desc["B1"].startswith("实施国家战略科技力量创建工程") and "国家实验室" in desc["B1"]


def test_digest_lists_the_stories_by_task(env, first):
    md = (env / "warehouse" / "digests" / f"{DAY}.md").read_text(encoding="utf-8")
    html = (env / "warehouse" / "digests" / f"{DAY}.html").read_text(encoding="utf-8")
    for seed in SEEDS.values():
        assert seed["url"] in md and seed["url"] in html
    for code in sorted(Z_TASKS | B_PROJECTS):
        assert f"## {code} " in md
    # the first day of a warehouse: no week looked at, so no weekly counts and no trend
    rows = [ln.split("|")[2:-1] for ln in md.splitlines() if re.match(r"\| [ZB]\d ", ln)]
    assert len(rows) == 13 and all(r[1:] == [" — "] * 4 for r in rows), rows[:3]
    # which taxonomy the labels and names are from: a day rendered again after an upgrade may read otherwise
    from pipeline.digest import plain_text
    from pipeline.taxonomy import load_taxonomy

    said = f"Labels by taxonomy {load_taxonomy().version}."
    assert said.replace("_", "\\_") in md and said in html and said in plain_text(md)
    # every evidence sentence shown is one the warehouse stores (shown on one line: a sentence the page broke after a
    # comma is stored verbatim, line break included; and Markdown's markup characters escaped)
    from pipeline.digest import _md, _one_line

    # an article's measures of the section's task are named under it (the plan's own text touches all of them)
    sections = dict(re.findall(r"^## ([ZB]\d) .*?\n(.*?)(?=^## |\Z)", md, re.M | re.S))
    named = {(code, m) for code, body in sections.items() for line in re.findall(r"^  measures: (.*)$", body, re.M)
             for m in re.findall(r"\b([ZB]\d\.\d+) ", line)}
    assert named and all(m.startswith(code + ".") for code, m in named)
    stored = {c for (c,) in first.execute("SELECT DISTINCT code FROM article_labels WHERE code LIKE '%.%'").fetchall()}
    assert {m for _, m in named} <= stored
    quotes = [l.strip()[2:] for l in md.splitlines() if l.strip().startswith("> ")]
    stored = {_md(_one_line(e)) for (e,) in first.execute("SELECT evidence FROM article_labels").fetchall()}
    assert quotes and set(quotes) <= stored
    for e in EXPECTED:
        if e.get("relevant") is False:
            assert e["url"] not in md


def test_second_refresh_of_the_same_day_adds_nothing(env, first, capsys):
    before = first.execute("SELECT count(*), (SELECT count(*) FROM article_labels) FROM articles").fetchone()
    again = _refresh(capsys)
    assert again["pages_new"] == 0 and again["articles_new"] == 0 and again["relevant_new"] == 0
    assert again["relevant_today"] == first.execute(
        "SELECT count(*) FROM articles WHERE relevant AND first_seen = ?", [date.fromisoformat(DAY)]).fetchone()[0]
    after = first.execute("SELECT count(*), (SELECT count(*) FROM article_labels) FROM articles").fetchone()
    runs = first.execute("SELECT count(*) FROM crawl_runs WHERE finish_reason = 'finished'").fetchone()[0]
    assert after == before and runs == 2
    assert Path(again["digest"]["markdown"]).exists()


def test_next_day_has_no_new_coverage_and_counts_against_previous(env, first, capsys, monkeypatch):
    out = main(["refresh", "--offline", "--date", "2026-11-21"])
    assert out == 0
    summary = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert summary["articles_new"] == 0 and summary["relevant_new"] == 0 and summary["relevant_today"] == 0
    md = Path(summary["digest"]["markdown"]).read_text(encoding="utf-8")
    # (a past day's digest says "that day", not "today"; rendered on the day itself, "today")
    assert "No new relevant coverage that day." in md and "today" not in md.lower()
    from pipeline.defs import assets
    from pipeline.digest import render_markdown
    from pipeline.warehouse import Warehouse

    monkeypatch.setattr(assets, "beijing_today", lambda: date(2026, 11, 21))
    on_the_day = render_markdown(assets.render_digest(Warehouse(), date(2026, 11, 21)))
    assert "No new relevant coverage today." in on_the_day and "Relevant articles first seen today: 0" in on_the_day
    assert re.search(r"\| Z1 \S+ — [^|]+ \| 0 \| [1-9]\d* \|", md), md[:800]


def test_a_page_asked_again_with_the_same_bytes_is_no_correction_after_an_extractor_change(env, first, capsys,
                                                                                             tmp_path, monkeypatch):
    """A release upgraded in place whose extractor reads a page otherwise (here: the stored texts as an older
    extractor left them, with a footer paragraph the current one drops): the next day's recheck gets the very bytes
    the articles were read from, which is no correction by their sites: no revision, no relabelling, no "corrected"
    line in the digest; the stored texts stay as they were (a reprocess reads them again)."""
    import shutil

    from pipeline.warehouse import Warehouse

    copy = tmp_path / "warehouse"
    shutil.copytree(env / "warehouse", copy)
    monkeypatch.setenv("ZGC_WAREHOUSE_DIR", str(copy))
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "dh"))
    footer = "\n（本文来源：某网 责任编辑：王某某）"
    with Warehouse().writer() as con:
        ids = [r[0] for r in con.execute("SELECT id FROM articles WHERE first_seen = ? AND relevant",
                                         [DAY]).fetchall()]
        con.execute("UPDATE articles SET text = text || ? WHERE id IN (SELECT unnest(?))", [footer, ids])
    assert ids
    later = "2026-11-22"   # (its crawl asks again for the articles first seen on the two days before)
    assert main(["refresh", "--offline", "--date", later]) == 0
    summary = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert summary["articles_revised"] == 0 and summary["relabelled"] == 0
    con = duckdb.connect(str(copy / "zgc.duckdb"), read_only=True)
    try:
        outcomes = con.execute("SELECT k.outcome, count(*) FROM article_rechecks k JOIN raw_pages r USING (warc_file, "
                               "warc_offset) WHERE k.article_id IN (SELECT unnest(?)) AND r.day = ? GROUP BY 1",
                               [ids, later]).fetchall()
        articles = con.execute("SELECT DISTINCT coalesce(revision, 0), updated_on, relevant, ends_with(text, ?) "
                               "FROM articles WHERE id IN (SELECT unnest(?))", [footer, ids]).fetchall()
        revisions = con.execute("SELECT count(*) FROM article_revisions").fetchone()[0]
    finally:
        con.close()
    assert outcomes == [("same", len(ids))]
    assert articles == [(0, None, True, True)] and revisions == 0
    assert "corrected by its site" not in (copy / "digests" / f"{later}.md").read_text(encoding="utf-8")


def test_sql_command_reads_the_snapshot(env, first, capsys):
    assert main(["sql", "SELECT count(*) AS n FROM articles WHERE relevant", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["n"] >= 6
    assert main(["sql", "SELECT * FROM no_such_table"]) == 2
    assert "no_such_table" in capsys.readouterr().err
    # the table format keeps one row on one line and tells a missing value from an empty one
    assert main(["sql", "SELECT 'a' || chr(10) || 'b' || chr(9) || 'c' AS x, NULL AS y, '' AS z, true AS t"]) == 0
    assert capsys.readouterr().out == "x\ty\tz\tt\na\\nb\\tc\tNULL\t\ttrue\n"
    assert main(["sql", "  "]) == 2
    assert "empty query" in capsys.readouterr().err
    # JSON has no NaN: a non-finite number is null; a query that is not text (argv bytes that are not UTF-8) is refused
    assert main(["sql", "SELECT 'nan'::DOUBLE AS x, 1.5::DOUBLE AS y", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"x": None, "y": 1.5}
    # dates and times in ISO 8601, as JSON readers parse them (the session's zone is Beijing's)
    assert main(["sql", "SELECT DATE '2026-11-23' AS d, TIMESTAMPTZ '2026-11-23 00:30:00+00' AS t, TIME '08:05' AS h",
                 "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"d": "2026-11-23", "t": "2026-11-23T08:30:00+08:00", "h": "08:05:00"}
    assert main(["sql", "SELECT '\udcff'"]) == 2
    assert "not valid UTF-8" in capsys.readouterr().err
    # simplified(): a search term converted as analysis_text was (OpenCC t2s), so one query finds both scripts
    assert main(["sql", "SELECT simplified('中關村科學城') AS s, simplified(NULL) AS n, count(*) FILTER (WHERE analysis_text "
                 "LIKE '%' || simplified('中關村') || '%') = count(*) FILTER (WHERE analysis_text LIKE '%中关村%') AS same "
                 "FROM articles", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"s": "中关村科学城", "n": None, "same": True}
    # CSV: a text value a spreadsheet would run as a formula is quoted with ', a number is not; csv-raw leaves both
    query = "SELECT '=HYPERLINK(\"http://x\")' AS t, '-2+3' AS u, -2 AS n, 'a=b' AS v"
    assert main(["sql", query, "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines() == ["t,u,n,v", "\"'=HYPERLINK(\"\"http://x\"\")\",'-2+3,-2,a=b"]
    assert main(["sql", query, "--format", "csv-raw"]) == 0
    assert capsys.readouterr().out.splitlines()[1] == "\"=HYPERLINK(\"\"http://x\"\")\",-2+3,-2,a=b"
    # for Excel, whose CSV import needs the UTF-8 mark to read Chinese
    assert main(["sql", "SELECT '中关村' AS t", "--format", "csv", "--bom"]) == 0
    assert capsys.readouterr().out == "\ufefft\r\n中关村\r\n"
    # a list or struct column (stories.source_array) as JSON, in every format, not as Python's repr
    q = "SELECT ['gmw', '光明'] AS l, {'d': DATE '2026-11-23'} AS s"
    for fmt in ("table", "csv"):
        assert main(["sql", q, "--format", fmt]) == 0
        assert '["gmw", "光明"]' in capsys.readouterr().out.replace('""', '"')
    assert main(["sql", q]) == 0 and capsys.readouterr().out.splitlines()[1] == '["gmw", "光明"]\t{"d": "2026-11-23"}'
    # inside a list as at the top: ISO times, no NaN
    assert main(["sql", "SELECT [TIMESTAMPTZ '2026-11-23 00:30:00+00'] AS t, ['nan'::DOUBLE, 1.5] AS x",
                 "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"t": ["2026-11-23T08:30:00+08:00"], "x": [None, 1.5]}
    # a MAP with date keys (histogram(day), an everyday query) crashed every format
    q = "SELECT histogram(d) AS h FROM (SELECT DATE '2026-11-20' AS d UNION ALL SELECT DATE '2026-11-20')"
    for fmt in ("table", "csv", "json"):
        assert main(["sql", q, "--format", fmt]) == 0
        assert "2026-11-20" in capsys.readouterr().out
    # a mistyped name: DuckDB's suggestion and the caret under the place it stopped are kept
    assert main(["sql", "SELECT titel FROM article"]) == 2
    err = capsys.readouterr().err
    assert 'Did you mean "articles"?' in err and "LINE 1: SELECT titel FROM article" in err and "^" in err
    # ... but not a suggestion of DuckDB's own catalog for a name nothing is near
    assert main(["sql", "SELECT * FROM nonexistent_tbl"]) == 2
    err = capsys.readouterr().err
    assert "nonexistent_tbl does not exist" in err and "sqlite_" not in err and "Did you mean" not in err
    # intervals as DuckDB writes them (a timedelta made a year 360 days and lost age()'s months) and blobs in hex
    # (unhex() reads them back; a Python bytes repr nothing read)
    q = ("SELECT INTERVAL 1 YEAR AS y, age(TIMESTAMP '2026-03-01', TIMESTAMP '2026-01-31') AS a, 'ab'::BLOB AS b, "
         "1 AS n;")
    for fmt, want in (("table", "y\ta\tb\tn\n1 year\t1 month 1 day\t6162\t1\n"),
                      ("json", '{"y": "1 year", "a": "1 month 1 day", "b": "6162", "n": 1}\n'),
                      ("csv-raw", "y,a,b,n\r\n1 year,1 month 1 day,6162,1\r\n")):
        assert main(["sql", q, "--format", fmt]) == 0
        assert capsys.readouterr().out == want
    # --bom is for a CSV file: asked of another format it was left out without a word
    assert main(["sql", "SELECT 1", "--format", "json", "--bom"]) == 2
    assert "--bom starts a CSV file" in capsys.readouterr().err


def test_sql_reaches_nothing_but_the_snapshot(env, first, capsys, tmp_path):
    """A query cannot overwrite the snapshot (COPY … TO its own file), write the refresh's working database
    (ATTACH … READ_WRITE), read other files or fetch an extension: each fails with exit 2, and what is stored
    is untouched."""
    from pipeline.warehouse import Warehouse

    store = Warehouse()
    published, work = store.published_db.read_bytes(), store.work_db.read_bytes()
    for query in (f"COPY (SELECT 'x' AS x) TO '{store.published_db}' (FORMAT csv)",
                  f"ATTACH '{store.work_db}' AS w (READ_WRITE); DELETE FROM w.articles",
                  f"ATTACH '{tmp_path / 'new.duckdb'}' AS n",
                  "SELECT * FROM read_text('/etc/hostname')",
                  "INSTALL httpfs",
                  "SET enable_external_access = true"):
        assert main(["sql", query]) == 2, query
        err = capsys.readouterr().err
        assert "query failed" in err or "query refused" in err, err
    # DuckDB's sandbox lets a statement write the database's own files (a security reviewer's finding: the snapshot
    # overwritten with 4 bytes; a write-ahead log beside it that made every later reader refuse it; a process abort)
    wal = store.published_db.with_name(store.published_db.name + ".wal")
    for query, said in ((f"COPY (SELECT 'x' AS x) TO '{store.published_db}' (FORMAT csv, USE_TMP_FILE false)",
                         "is a COPY statement"),
                        (f"SELECT 1; COPY (SELECT 'x' AS x) TO '{wal}' (FORMAT csv)", "is a COPY statement"),
                        (f"SET log_query_path = '{wal}'; SELECT count(*) FROM articles", "the setting 'log_query_path'"),
                        (f"PRAGMA log_query_path = '{wal}'", "the setting 'log_query_path'"),
                        ("CALL enable_logging(storage = 'file'); SELECT 1", "is a CALL statement"),
                        (f"EXPORT DATABASE '{tmp_path / 'out'}'", "is a EXPORT statement")):
        assert main(["sql", query]) == 2, query
        err = capsys.readouterr().err
        assert "query refused" in err and said in err, err
    # simplified() of a stored text (the bundled plan article has 20,646 characters: 10,000 failed the query)
    assert main(["sql", "SELECT length(simplified(repeat('中關村', 5000))) AS n", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"n": 15000}
    assert main(["sql", "SELECT length(simplified(repeat('中關村', 400000)))"]) == 2
    assert "up to 1,000,000 characters" in capsys.readouterr().err
    assert store.published_db.read_bytes() == published and store.work_db.read_bytes() == work
    assert not wal.exists() and not (tmp_path / "new.duckdb").exists() and not (tmp_path / "out").exists()
    # what an analyst does in a session still works: a temporary table, another time zone
    assert main(["sql", "SET TimeZone = 'UTC'; CREATE TEMP TABLE t AS SELECT count(*) AS n FROM articles; "
                        "SELECT n > 0 AS ok FROM t", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"ok": True}
    assert main(["sql", "SET VARIABLE n = 2; PRAGMA show_tables; DESCRIBE articles; "
                        "SELECT getvariable('n') AS n, simplified('中關村') AS s", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"n": 2, "s": "中关村"}


def test_digest_of_a_day_never_refreshed_is_refused(env, first, capsys):
    """A day no refresh looked at has no coverage to report: an error naming the latest refreshed day, not zeros."""
    assert main(["digest", "--date", "2020-01-01"]) == 2
    err = capsys.readouterr().err
    assert "no refresh has run for 2020-01-01 (the latest refreshed day is 2026-11-2" in err, err
    assert main(["digest", "--date", DAY]) == 0


def test_the_digest_in_chinese(env, first, capsys, monkeypatch, tmp_path):
    """`digest --lang zh` and ZGC_DIGEST_LANG=zh write the day's digest in Chinese, with the same links and quotes as
    the English one; a language the digest cannot write is refused before a refresh changes anything. A language
    other than the configured one goes to files that name it (<day>.zh.md): `digest --lang zh` replaced the English
    files the team was mailed (a monitoring lead's finding)."""
    digests = env / "warehouse" / "digests"
    english = (digests / f"{DAY}.md").read_text(encoding="utf-8")
    english_html = (digests / f"{DAY}.html").read_text(encoding="utf-8")
    assert main(["digest", "--date", DAY, "--lang", "zh"]) == 0
    said = json.loads(capsys.readouterr().out)
    assert (said["markdown"], said["html"]) == (str(digests / f"{DAY}.zh.md"), str(digests / f"{DAY}.zh.html"))
    chinese = (digests / f"{DAY}.zh.md").read_text(encoding="utf-8")
    assert chinese.startswith(f"# 中关村与北京国际科技创新中心报道日报 — {DAY}\n") and f"{DAY} 首次发现的相关文章" in chinese
    assert '<html lang="zh-Hans">' in (digests / f"{DAY}.zh.html").read_text(encoding="utf-8")
    assert (digests / f"{DAY}.md").read_text(encoding="utf-8") == english   # the team's files, as they were
    assert (digests / f"{DAY}.html").read_text(encoding="utf-8") == english_html
    for pattern in (r"\]\((https?://[^)\s]+)\)", r"^\s*> .*$"):
        assert re.findall(pattern, english, re.M) == re.findall(pattern, chinese, re.M)

    runs = first.execute("SELECT count(*) FROM crawl_runs").fetchone()[0]
    monkeypatch.setenv("ZGC_DIGEST_LANG", "fr")
    assert main(["refresh", "--offline", "--date", DAY]) == 2
    assert "ZGC_DIGEST_LANG must be one of en, zh (the digest's language), not 'fr'" in capsys.readouterr().err
    assert first.execute("SELECT count(*) FROM crawl_runs").fetchone()[0] == runs
    # the refusal is recorded, so that `status` can say why a day went unrefreshed
    from pipeline.cli import status_report
    from pipeline.warehouse import Warehouse

    refused = json.loads((env / "warehouse" / "state" / "refreshes.jsonl").read_text(encoding="utf-8").splitlines()[-1])
    assert (refused["ok"], refused["refused"], refused["exit"]) == (False, True, 2)
    assert "ZGC_DIGEST_LANG must be one of en, zh" in refused["error"]
    assert any(w.startswith(f"the last refresh (of {DAY}) was refused at ") and ": ZGC_DIGEST_LANG must be" in w
               for w in status_report(Warehouse(), date.fromisoformat(DAY), 24 * 365)["warnings"])
    assert main(["digest", "--date", DAY, "--lang", "de"]) == 2
    assert "--lang must be one of en, zh" in capsys.readouterr().err
    # so is one refused for a bad sources file (ZGC_SOURCES broken under a cron job): its last line, its record
    monkeypatch.delenv("ZGC_DIGEST_LANG")
    bad = tmp_path / "bad_sources.toml"
    bad.write_text("[[source]]\nname = 'x'\n", encoding="utf-8")
    monkeypatch.setenv("ZGC_SOURCES", str(bad))
    assert main(["refresh", "--offline", "--date", DAY]) == 2
    out, err = capsys.readouterr()
    assert "bad sources file: " in err and json.loads(out.splitlines()[-1])["exit"] == 2
    refused = json.loads((env / "warehouse" / "state" / "refreshes.jsonl").read_text(encoding="utf-8").splitlines()[-1])
    assert refused["refused"] is True and "'domains' must be a non-empty list" in refused["error"]
    monkeypatch.delenv("ZGC_SOURCES")
    # and so is a crawl contact no site should be sent (a typo under cron would go out in every request)
    monkeypatch.setenv("ZGC_CRAWL_CONTACT", "news desk")
    assert main(["refresh", "--offline", "--date", DAY]) == 2
    out, err = capsys.readouterr()
    assert "ZGC_CRAWL_CONTACT='news desk' is not a contact the crawl can send" in err
    assert json.loads(out.splitlines()[-1])["exit"] == 2
    assert first.execute("SELECT count(*) FROM crawl_runs").fetchone()[0] == runs
    monkeypatch.delenv("ZGC_CRAWL_CONTACT")

    monkeypatch.setenv("ZGC_DIGEST_LANG", "zh")
    summary = _refresh(capsys)
    assert Path(summary["digest"]["markdown"]).read_text(encoding="utf-8") == chinese
    assert main(["digest", "--date", DAY, "--print"]) == 0  # the Markdown alone, for a mail's body
    assert capsys.readouterr().out == chinese
    # printing another language leaves the files the team was sent as they are
    assert main(["digest", "--date", DAY, "--print", "--lang", "en"]) == 0
    assert capsys.readouterr().out == english
    assert (digests / f"{DAY}.md").read_text(encoding="utf-8") == chinese
    # ZGC_DIGEST_LANG=zh: English is the other language now, written beside the Chinese files, not over them
    assert main(["digest", "--date", DAY, "--lang", "en"]) == 0
    assert (digests / f"{DAY}.en.md").read_text(encoding="utf-8") == english
    assert (digests / f"{DAY}.md").read_text(encoding="utf-8") == chinese
    monkeypatch.delenv("ZGC_DIGEST_LANG")
    # a shell without cron's ZGC_DIGEST_LANG=zh: the day's files stay in Chinese, as they were written and mailed,
    # and the English goes beside them (a lead's retest: it replaced the mailed Chinese files)
    assert main(["digest", "--date", DAY]) == 0
    assert json.loads(capsys.readouterr().out.strip().splitlines()[-1])["markdown"] == str(digests / f"{DAY}.en.md")
    assert (digests / f"{DAY}.md").read_text(encoding="utf-8") == chinese
    assert (digests / f"{DAY}.en.md").read_text(encoding="utf-8") == english
    for name in (f"{DAY}.md", f"{DAY}.html", f"{DAY}.en.md", f"{DAY}.en.html"):
        (digests / name).unlink()
    assert main(["digest", "--date", DAY]) == 0   # (the other tests read the day's files in English)
    assert (digests / f"{DAY}.md").read_text(encoding="utf-8") == english


def test_a_snapshot_an_older_version_published_is_named_as_such_not_a_database_error(env, first, capsys, tmp_path,
                                                                                      monkeypatch):
    """After an upgrade, before the new version's first refresh: `status` and `digest` read views the old snapshot
    may lack, and failed with a bare catalog error (status exiting 1, no plugin line); they now say what it is and
    what mends it (status: unknown, exit 3; prometheus still exits 0), and `sql` reads the snapshot as it is."""
    import shutil

    copy = tmp_path / "warehouse"
    shutil.copytree(env / "warehouse", copy)
    snap = copy / "zgc.duckdb"
    snap.chmod(0o644)
    (copy / "state" / "published.json").unlink()   # (an older version kept no record of what it published)
    con = duckdb.connect(str(snap))
    try:   # as an older version left it: its last migrations not run, and a view of theirs missing
        con.execute("DELETE FROM schema_migrations WHERE name >= '014'")
        con.execute("DROP TABLE schema_views")
        con.execute("DROP VIEW refreshed_days CASCADE")
    finally:
        con.close()
    monkeypatch.setenv("ZGC_WAREHOUSE_DIR", str(copy))
    capsys.readouterr()
    assert main(["status", "--date", DAY, "--format", "nagios"]) == 3
    line = capsys.readouterr().out
    assert line.startswith("ZGC UNKNOWN - ") and "written by an older zgc-monitor (it lacks schema migration 014_" in line
    assert main(["status", "--format", "prometheus"]) == 0
    prom = capsys.readouterr().out
    # when the last refresh went through is still read from the snapshot as it is (an operator's time-since-success
    # alert fired during the upgrade window: the metric read 0)
    assert "zgc_status 3" in prom and "zgc_last_success_timestamp_seconds 0\n" not in prom
    # and why the upgrade's first refresh has not gone through, when it failed (or was refused, or killed)
    with open(copy / "state" / "refreshes.jsonl", "a", encoding="utf-8") as fh:
        fh.write(json.dumps({"date": DAY, "mode": "live", "finished_at": "2026-11-24T01:00:00+00:00", "ok": False,
                             "error": "step raw_pages: no source answered", "exit": 1}) + "\n")
    assert main(["status", "--date", DAY]) == 3
    report = json.loads(capsys.readouterr().out)
    assert report["status"] == "unknown" and any(w.startswith(f"the last refresh (of {DAY}, finished ") and
                                                 "no source answered" in w for w in report["warnings"]), report
    assert report["last_success"]["day"] == DAY
    assert main(["digest", "--date", DAY, "--print"]) == 1
    err = capsys.readouterr().err
    assert "older zgc-monitor" in err and "first refresh (or a reprocess of any day) upgrades it" in err
    assert main(["sql", "SELECT count(*) AS n FROM articles", "--format", "json"]) == 0
    # a release that changed views only (the trend rule, a column): all its migrations are there, its views are not
    shutil.rmtree(copy)
    shutil.copytree(env / "warehouse", copy)
    snap.chmod(0o644)
    (copy / "state" / "published.json").unlink()
    con = duckdb.connect(str(snap))
    try:
        con.execute("UPDATE schema_views SET sha256 = 'an older release'")
    finally:
        con.close()
    assert main(["status", "--date", DAY, "--format", "nagios"]) == 3
    assert "its views and macros" in capsys.readouterr().out
    assert main(["digest", "--date", DAY, "--print"]) == 1 and "another release of zgc-monitor" in capsys.readouterr().err


def test_status_is_a_monitoring_check(env, first, capsys, tmp_path, monkeypatch):
    """`status`: read-only, one line, a monitoring plugin's exit code: ok after the day's refresh; critical for a day
    never refreshed or a warehouse nothing refreshed for too long; unknown without a warehouse (nothing made)."""
    from datetime import datetime, timedelta, timezone

    from pipeline.cli import status_report
    from pipeline.warehouse import Warehouse

    capsys.readouterr()
    assert main(["status", "--date", DAY]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["status"] == "ok" and report["day_refreshed"] and report["digest"]["exists"]
    assert report["relevant"] == first.execute("SELECT count(*) FROM articles WHERE relevant AND first_seen = ?",
                                               [date.fromisoformat(DAY)]).fetchone()[0]
    # the CLI's refreshes are recorded, for the last attempt's outcome
    last = json.loads((env / "warehouse" / "state" / "refreshes.jsonl").read_text(encoding="utf-8").splitlines()[-1])
    assert last["ok"] is True and last["finished_at"].endswith("+00:00")   # (the file keeps UTC)
    # ... and status gives it in Beijing's time, as the last success (their zones were mixed in one report)
    shown = report["last_attempt"]
    assert shown["finished_at"].endswith("+08:00") and shown.get("started_at", "+08:00").endswith("+08:00")
    assert report["last_success"]["finished_at"].endswith("+08:00")
    assert {k: v for k, v in shown.items() if not k.endswith("_at")} == {k: v for k, v in last.items()
                                                                        if not k.endswith("_at")}
    for key in {"started_at", "finished_at"} & set(last):
        assert datetime.fromisoformat(shown[key]) == datetime.fromisoformat(last[key])

    assert main(["status", "--date", "2026-10-01", "--format", "nagios"]) == 2
    assert capsys.readouterr().out.startswith("ZGC CRITICAL - 2026-10-01 has not been refreshed | age_hours=")
    stale = status_report(Warehouse(), None, 26.0, now=datetime.now(timezone.utc) + timedelta(days=3))
    assert stale["status"] == "critical" and "no refresh has finished for" in stale["problems"][0]
    # days a schedule skipped are named, from the warehouse's first day on (not the days before it existed)
    later = status_report(Warehouse(), date(2026, 11, 27), 24 * 365)
    (missed,) = [w for w in later["warnings"] if "were not refreshed" in w]
    assert "2026-11-25" in missed and "2026-11-19" not in missed and "2026-11-20" not in missed
    assert "the day before, 2026-11-26, was not refreshed" in " ".join(later["problems"])   # a stopped scheduler
    # one such day is said as one ("1 of the 7 days ... was not refreshed", not "were": a monitoring lead's finding)
    latest = first.execute("SELECT max(day) FROM refreshed_days").fetchone()[0]
    one = status_report(Warehouse(), latest + timedelta(days=3), 24 * 365)
    assert (f"1 of the 7 days before {latest + timedelta(days=3)} was not refreshed: {latest + timedelta(days=1)} "
            in " ".join(one["warnings"])), one["warnings"]
    # today, past the hour its refresh is due (Beijing time), not refreshed: critical; before it, not yet
    from pipeline.metadata import SHANGHAI, beijing_today

    today = beijing_today()
    noon = datetime.combine(today, datetime.min.time(), SHANGHAI) + timedelta(hours=13)
    due = status_report(Warehouse(), None, 24 * 365, now=noon)
    assert f"today ({today}) has not been refreshed by 12:00 Beijing time" in due["problems"]
    early = status_report(Warehouse(), None, 24 * 365, now=noon - timedelta(hours=6))
    assert not any("by 12:00" in p for p in early["problems"])
    # a refresh running meanwhile (here a Dagster run not yet holding the refresh lock): a warning naming it, not silence
    import pipeline.cli as cli_module

    with monkeypatch.context() as mp:
        mp.setattr(cli_module, "_dagster_running", lambda root: "Dagster run 1234abcd (daily_refresh)")
        busy = status_report(Warehouse(), None, 24 * 365, now=noon)
    assert busy["running"] == "Dagster run 1234abcd (daily_refresh)"
    assert not any("by 12:00" in p for p in busy["problems"])
    assert any("by 12:00" in w and "one is running (Dagster run 1234abcd" in w for w in busy["warnings"])
    assert main(["status", "--format", "prometheus"]) == 0   # (a textfile collector moves every reading into place)
    assert "zgc_last_success_timestamp_seconds " in capsys.readouterr().out

    # a damaged attempts file (a byte that is no UTF-8, a time without its zone, half a line) is read around
    attempts = env / "warehouse" / "state" / "refreshes.jsonl"
    saved = attempts.read_bytes()
    attempts.write_bytes(saved + b'{"date": "2026-11-20", "ok": false, "error": "x\xff", "finished_at": "2099-01-01T00:00:00"}\n{"date')
    try:
        report = status_report(Warehouse(), date.fromisoformat(DAY), 24 * 365)
        assert any("failed: x" in w for w in report["warnings"])
        # a refresh that failed a millisecond after its crawl finished (its articles step failed) is a failure
        crawled = first.execute("SELECT max(finished_at) FROM crawl_runs WHERE finish_reason = 'finished'").fetchone()[0]
        after = (crawled + timedelta(milliseconds=1)).astimezone(timezone.utc).isoformat(timespec="milliseconds")
        attempts.write_bytes(saved + json.dumps({"date": DAY, "ok": False, "error": "step articles: y",
                                                 "finished_at": after}).encode() + b"\n")
        report = status_report(Warehouse(), date.fromisoformat(DAY), 24 * 365)
        assert any(w.endswith("failed: step articles: y") for w in report["warnings"])
        # a refresh refused because another held the lock: warned of once that one is over, not while it runs
        attempts.write_bytes(saved + json.dumps({"date": DAY, "ok": False, "refused": True, "exit": 75, "finished_at": after,
                                                 "error": "another refresh is running"}).encode() + b"\n")
        report = status_report(Warehouse(), date.fromisoformat(DAY), 24 * 365)
        assert any(w.startswith(f"the last refresh (of {DAY}) was refused at ") and
                   w.endswith(": another refresh is running") for w in report["warnings"])
        with monkeypatch.context() as mp:
            mp.setattr(cli_module, "_dagster_running", lambda root: "Dagster run 1234abcd (daily_refresh)")
            report = status_report(Warehouse(), date.fromisoformat(DAY), 24 * 365)
        assert not any("was refused" in w for w in report["warnings"]), report["warnings"]
        # a refresh that went through with a data check that did not pass is a warning too
        attempts.write_bytes(saved + json.dumps({"date": DAY, "ok": True, "finished_at": after,
                                                 "failed_checks": ["no_boilerplate_left"]}).encode() + b"\n")
        report = status_report(Warehouse(), date.fromisoformat(DAY), 24 * 365)
        assert report["status"] == "warning" and any(
            "went through with data checks that did not pass: no_boilerplate_left" in w for w in report["warnings"])
    finally:
        attempts.write_bytes(saved)

    # a run of Dagster's own schedule that failed is not in the attempts file: status finds it in the instance
    import uuid

    from dagster import DagsterInstance, DagsterRunStatus
    from dagster._core.storage.dagster_run import DagsterRun

    from tests.conftest import run_failed_schedule

    instance = DagsterInstance.get()
    # (tagged with its warehouse, as every run is as it starts: a run that names none is the default warehouse's)
    mine = {"zgc/warehouse": str(Warehouse().root.resolve())}
    run_failed_schedule(instance, DAY, Warehouse().root)
    report = status_report(Warehouse(), date.fromisoformat(DAY), 24 * 365)
    (said,) = [w for w in report["warnings"] if "in Dagster" in w]
    assert said.startswith(f"the last refresh run (of {DAY}) in Dagster (daily_refresh, run ")
    assert said.endswith("failed: step crawl failed: RuntimeError: no source answered")
    assert report["status"] == "warning" and report["dagster_runs"][0]["status"] == "failed"
    instance.add_run(DagsterRun(job_name="daily_refresh", run_id=str(uuid.uuid4()), status=DagsterRunStatus.SUCCESS,
                                tags=mine))
    assert status_report(Warehouse(), date.fromisoformat(DAY), 24 * 365)["status"] == "ok"

    for name in (f"{DAY}.md", f"{DAY}.html"):   # gone, or left empty by a full disk
        digest = env / "warehouse" / "digests" / name
        kept = digest.read_bytes()
        for broken in ("gone", "empty"):
            digest.unlink() if broken == "gone" else digest.write_bytes(b"")
            try:
                assert main(["status", "--date", DAY]) == 1
                assert "the digest of 2026-11-20 is missing or empty" in json.loads(capsys.readouterr().out)["warnings"][0]
            finally:
                digest.write_bytes(kept)

    nowhere = tmp_path / "nowhere"
    monkeypatch.setenv("ZGC_WAREHOUSE_DIR", str(nowhere))
    assert main(["status", "--format", "nagios"]) == 3
    assert capsys.readouterr().out.startswith("ZGC UNKNOWN - no published warehouse can be read")
    assert not nowhere.exists()


def test_status_warns_when_the_last_refresh_lies_in_the_future(env, first):
    """After the server's clock went back a day, status computed a negative age and said OK (`age_hours=-24.5`),
    and `--max-age` gained a day: the last refresh lying in the future is a warning naming it and the clock."""
    from datetime import timedelta

    from pipeline.cli import status_report
    from pipeline.warehouse import Warehouse

    finished = first.execute("SELECT max(finished_at) FROM crawl_runs WHERE finish_reason = 'finished'").fetchone()[0]
    report = status_report(Warehouse(), None, 36.0, now=finished - timedelta(hours=24, minutes=30))
    (said,) = [w for w in report["warnings"] if "clock" in w]
    assert said.startswith(f"the last refresh, of {DAY}, finished at ") and "24.5 hours after this machine's clock" in said
    assert report["status"] != "ok" and report["last_success"]["age_hours"] == -24.5
    # two clocks a few minutes apart are no such thing
    close = status_report(Warehouse(), None, 36.0, now=finished - timedelta(minutes=2))
    assert not any("clock" in w for w in close["warnings"])


def test_dagster_cli_materialises_a_day(env, first, tmp_path):
    """The README's command-line route: `dagster asset materialize` on the project's definitions. The run records the process that ran it (the dead-run sensor's test), and a digest asked
    for a day no crawl looked at is refused instead of reading as a quiet day."""
    from dagster import DagsterInstance

    wh = tmp_path / "wh"
    run_env = dict(os.environ, ZGC_WAREHOUSE_DIR=str(wh), DAGSTER_HOME=str(tmp_path), ZGC_CRAWL_MODE="offline")
    dagster = str(Path(sys.executable).with_name("dagster"))
    root = Path(__file__).resolve().parents[1]
    proc = subprocess.Popen([dagster, "asset", "materialize", "-m", "pipeline.definitions", "--select", "*",
                             "--partition", DAY], cwd=root,
                            env=run_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err[-3000:]
    con = duckdb.connect(str(wh / "zgc.duckdb"), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM articles WHERE relevant").fetchone()[0] >= 6
    finally:
        con.close()
    assert (wh / "digests" / f"{DAY}.md").exists()
    with DagsterInstance.from_config(str(tmp_path)) as instance:
        (run,) = instance.get_runs()
    # the run's own process (in-process executor), not a step's subprocess that is gone when the step ends
    assert run.tags["zgc/pid"] == str(proc.pid)

    refused = subprocess.run([dagster, "asset", "materialize", "-m", "pipeline.definitions", "--select",
                              "daily_digest", "--partition", "2026-11-10"],
                             cwd=root, env=run_env, capture_output=True, text=True, timeout=300)
    assert refused.returncode != 0
    assert "no crawl has run for 2026-11-10" in refused.stdout + refused.stderr
    assert not (wh / "digests" / "2026-11-10.md").exists()
    # a run of a later asset alone is tagged with its process too (the dead_runs sensor's test for a killed one)
    with DagsterInstance.from_config(str(tmp_path)) as instance:
        (digest_run,) = [r for r in instance.get_runs() if r.run_id != run.run_id]
    assert digest_run.tags["zgc/pid"].isdigit() and digest_run.tags["zgc/pid"] != str(proc.pid)


@pytest.mark.parametrize("sig, stage, group", [("SIGTERM", "crawl", False), ("SIGINT", "articles", False),
                                               ("SIGINT", "articles", True)])
def test_a_signalled_refresh_says_so_and_the_next_one_finishes_the_day(env, first, tmp_path, sig, stage, group):
    """What `timeout` (SIGTERM) or Ctrl-C (SIGINT) does to a refresh from cron: one line saying it was interrupted,
    exit code 130, no lock left behind, and a rerun that ends with the same articles as the uninterrupted refresh.
    *group*: the signal sent to the command's whole process group, as Ctrl-C and `timeout -s INT` send it (Dagster's
    compute-log watcher processes each printed a KeyboardInterrupt traceback)."""
    import signal
    import threading

    run_env = dict(os.environ, ZGC_WAREHOUSE_DIR=str(tmp_path / "wh"), DAGSTER_HOME=str(tmp_path / "dh"))
    cmd = [sys.executable, "-m", "pipeline.cli", "refresh", "--offline", "--date", DAY]
    proc = subprocess.Popen(cmd, env=run_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    lines: list[str] = []
    reached = threading.Event()
    # the crawl's last line, or its first (Scrapy's count of pages crawled, at its start)
    marker = '"finish_reason": "finished"' if stage == "articles" else "scrapy.extensions.logstats"

    def read():
        for line in proc.stderr:
            lines.append(line)
            if marker in line:
                reached.set()
    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    assert reached.wait(240), "".join(lines)[-3000:]
    if group:
        os.killpg(proc.pid, getattr(signal, sig))
    else:
        proc.send_signal(getattr(signal, sig))
    out = proc.stdout.read()
    code = proc.wait(timeout=120)
    reader.join(timeout=10)
    assert code == 130, "".join(lines)[-3000:]
    # (by the signal's name, whichever handler took it: the CLI's, or Dagster's while a step runs)
    assert lines[-1].startswith(f"zgc-monitor: interrupted by {sig}; what was stored is kept"), lines[-1]
    # standard output's last line says so too, for a scheduler that reads it
    assert json.loads(out.strip().splitlines()[-1]) == {"date": DAY, "mode": "offline", "ok": False,
                                                        "error": f"interrupted by {sig}", "exit": 130}
    # Dagster's step and run failures for the signal are one line each, not forty lines of traceback
    assert not any("Stack Trace" in line or line.startswith(("  File ", "Traceback")) for line in lines), \
        "".join(lines)[-3000:]
    # (which event carries the signal depends on the moment it lands: a step's, the run's, or the crawl's exit)
    failures = [line.rstrip() for line in lines if "STEP_FAILURE" in line]
    assert all(f.endswith(("(interrupted)", "(traceback: -v)")) for f in failures), failures
    again = subprocess.run(cmd, env=run_env, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr[-3000:]
    con = duckdb.connect(str(tmp_path / "wh" / "zgc.duckdb"), read_only=True)
    try:
        urls = {r[0] for r in con.execute("SELECT canonical_url FROM articles").fetchall()}
    finally:
        con.close()
    assert urls == {r[0] for r in first.execute("SELECT canonical_url FROM articles").fetchall()}


# a refresh whose process dies (the OOM killer, a machine going down) right after its crawl ended: the crawl's WARC
# and stats file are written, nothing after the crawl ran
_KILLED_AFTER_CRAWL = """
import os, sys
from pipeline.defs import resources
crawl = resources.CrawlerResource.crawl
def killed(self, **kw):
    crawl(self, **kw)
    os._exit(137)
resources.CrawlerResource.crawl = killed
from pipeline.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.parametrize("kills", [1, 2])
def test_a_killed_refreshs_articles_count_once_in_source_health(env, first, tmp_path, kills):
    """One refresh killed after its crawl (or two in a row), then the day refreshed again: the run that goes through
    takes the killed ones over and counts their articles; the killed runs' stats files, left in the day's folder,
    give their requests but no article. Per source, new_articles add up to the articles stored."""
    run_env = dict(os.environ, ZGC_WAREHOUSE_DIR=str(tmp_path / "wh"), DAGSTER_HOME=str(tmp_path / "dh"))
    args = ["refresh", "--offline", "--date", DAY]
    for _ in range(kills):
        killed = subprocess.run([sys.executable, "-c", _KILLED_AFTER_CRAWL, *args], env=run_env,
                                capture_output=True, text=True, timeout=300)
        assert killed.returncode == 137, killed.stderr[-3000:]
    again = subprocess.run([sys.executable, "-m", "pipeline.cli", *args], env=run_env, capture_output=True,
                           text=True, timeout=300)
    assert again.returncode == 0, again.stderr[-3000:]
    con = duckdb.connect(str(tmp_path / "wh" / "zgc.duckdb"), read_only=True)
    try:
        runs = con.execute("SELECT run_id, finish_reason, counted_by FROM crawl_runs ORDER BY started_at").fetchall()
        counted = dict(con.execute("SELECT source, sum(new_articles) FROM source_health GROUP BY 1").fetchall())
        stored = dict(con.execute("SELECT source, count(*) FROM articles GROUP BY 1").fetchall())
        relevant = con.execute("SELECT (SELECT sum(relevant_articles) FROM source_health), "
                               "(SELECT count(*) FILTER (WHERE relevant) FROM articles)").fetchone()
        requests = dict(con.execute("SELECT run_id, sum(requests) FROM source_health GROUP BY 1").fetchall())
    finally:
        con.close()
    last = runs[-1][0]
    assert [r[1:] for r in runs] == [("interrupted", last)] * kills + [("finished", None)]
    assert {s: n for s, n in counted.items() if n} == stored and sum(stored.values()) == first.summary["articles_new"]
    assert relevant[0] == relevant[1] > 0
    # the killed crawls' own requests are kept (the first one's at least: a later crawl skips the pages it archived)
    assert set(requests) == {r[0] for r in runs} and requests[runs[0][0]] > 0


def test_reprocess_rebuilds_a_day_from_the_archive_without_crawling(env, first, capsys):
    before = first.execute("SELECT count(*) FROM articles WHERE first_seen = ?", [date.fromisoformat(DAY)]).fetchone()[0]
    runs_before = first.execute("SELECT count(*) FROM crawl_runs").fetchone()[0]
    # damage the stored text: reprocessing must restore it from the WARC archive
    from pipeline.warehouse import Warehouse

    with Warehouse().writer() as con:
        con.execute("UPDATE articles SET text = 'stale' WHERE first_seen = ?", [date.fromisoformat(DAY)])
    assert main(["reprocess", "--date", DAY]) == 0
    out = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert out["articles"] == before and out["errors"] == 0
    assert first.execute("SELECT count(*) FROM articles WHERE text = 'stale'").fetchone()[0] == 0
    assert first.execute("SELECT count(*) FROM crawl_runs").fetchone()[0] == runs_before  # nothing crawled
    seed = SEEDS["001"]
    art = _article(first, seed["url"])
    assert B_PROJECTS <= set(_labels(first, art["id"]))
    # a page whose extraction failed on the day (an extractor since improved) is tried again and becomes the
    # day's article; the error is gone
    art["canonical_url"], art["url"] = first.execute("SELECT canonical_url, url FROM articles WHERE id = ?",
                                                     [art["id"]]).fetchone()
    with Warehouse().writer() as con:
        con.execute("DELETE FROM article_labels WHERE article_id = ?", [art["id"]])
        con.execute("DELETE FROM article_stories WHERE article_id = ?", [art["id"]])
        con.execute("DELETE FROM articles WHERE id = ?", [art["id"]])
        con.execute("INSERT INTO extraction_errors (canonical_url, url, source, day, error) "
                    "SELECT canonical_url, url, source, first_seen, 'no article found' FROM (SELECT ? AS canonical_url, ? AS url, 'x' AS source, ?::DATE AS first_seen)",
                    [art["canonical_url"], art["url"], DAY])
    assert main(["reprocess", "--date", DAY]) == 0
    out = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert out["articles"] == before and out["errors"] == 0
    assert first.execute("SELECT first_seen FROM articles WHERE id = ?", [art["id"]]).fetchone()[0] == \
        date.fromisoformat(DAY)
    assert B_PROJECTS <= set(_labels(first, art["id"]))
    assert first.execute("SELECT count(*) FROM extraction_errors WHERE canonical_url = ?",
                         [art["canonical_url"]]).fetchone()[0] == 0


def test_a_damaged_archive_record_costs_its_page_only(env, first, capsys, caplog, tmp_path, monkeypatch):
    """One unreadable record in a WARC file is that page's extraction error, named with its file and offset;
    the day's other pages are rebuilt. A day no refresh looked at is refused, with no digest written."""
    import shutil

    copy = tmp_path / "warehouse"
    shutil.copytree(env / "warehouse", copy)
    monkeypatch.setenv("ZGC_WAREHOUSE_DIR", str(copy))
    con = duckdb.connect(str(copy / "zgc.duckdb"), read_only=True)
    try:
        warc, offset, url, canonical = con.execute("SELECT warc_file, warc_offset, url, canonical_url FROM raw_pages "
                                                   "WHERE kind = 'article' "
                                        "AND status = 200 AND day = ? ORDER BY warc_offset LIMIT 1", [DAY]).fetchone()
        articles = con.execute("SELECT count(*) FROM articles WHERE first_seen = ?", [DAY]).fetchone()[0]
    finally:
        con.close()
    with open(copy / warc, "r+b") as fh:
        fh.seek(offset)
        fh.write(b"\x00garbage" * 20)
    con = duckdb.connect(str(copy / "zgc.duckdb"), read_only=True)
    try:
        stored = con.execute("SELECT id, text FROM articles WHERE url = ?", [url]).fetchone()
    finally:
        con.close()
    assert main(["reprocess", "--date", DAY]) == 0
    out = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    # the stored article of the damaged page stays as it was, and the warning names the file and offset
    assert out["kept"] == 1 and out["errors"] == 0 and out["articles"] == articles - 1
    assert f"kept the stored article of {url}: its page no longer extracts (cannot read the archived page at " \
           f"offset {offset} of {copy / warc}" in caplog.text
    con = duckdb.connect(str(copy / "zgc.duckdb"), read_only=True)
    try:
        assert con.execute("SELECT id, text FROM articles WHERE url = ?", [url]).fetchone() == stored
        assert con.execute("SELECT count(*) FROM extraction_errors WHERE url = ?", [url]).fetchone()[0] == 0
    finally:
        con.close()
    # a page stored nowhere but as an error is the day's extraction error, named with its file and offset
    from pipeline.warehouse import Warehouse

    with Warehouse().writer() as con:
        con.execute("DELETE FROM article_labels WHERE article_id = ?", [stored[0]])
        con.execute("DELETE FROM article_stories WHERE article_id = ?", [stored[0]])
        con.execute("DELETE FROM articles WHERE id = ?", [stored[0]])
        con.execute("INSERT INTO extraction_errors (canonical_url, url, source, day, error) "
                    "VALUES (?, ?, 'x', ?, 'an older failure')",
                    [canonical, url, DAY])
    assert main(["reprocess", "--date", DAY]) == 0
    out = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert out["errors"] == 1 and out["kept"] == 0 and out["articles"] == articles - 1
    con = duckdb.connect(str(copy / "zgc.duckdb"), read_only=True)
    try:
        (error,) = con.execute("SELECT error FROM extraction_errors WHERE url = ?", [url]).fetchone()
    finally:
        con.close()
    assert error.startswith(f"cannot read the archived page at offset {offset} of {copy / warc}")
    assert error.isprintable()

    assert main(["reprocess", "--date", "2026-11-10"]) == 2
    assert "no refresh has run for 2026-11-10" in capsys.readouterr().err
    assert not (copy / "digests" / "2026-11-10.md").exists()


def test_pages_whose_archive_file_is_away_wait_for_it(env, first, capsys, tmp_path, monkeypatch):
    """Archived pages not yet extracted when their WARC file is missing (moved off, a mount away) are no
    extraction errors: the refresh says so and the next one, with the file back, extracts them."""
    import shutil

    from pipeline.warehouse import Warehouse

    copy = tmp_path / "warehouse"
    shutil.copytree(env / "warehouse", copy)
    monkeypatch.setenv("ZGC_WAREHOUSE_DIR", str(copy))
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "dh"))
    with Warehouse().writer() as con:  # the day's articles as if the crawl had archived them but not yet extracted
        # (the WARC file of the first refresh, which holds the day's articles; a later refresh of the day archived
        # the links the offline archive does not have, asked again)
        (warc,) = con.execute("SELECT warc_file FROM articles WHERE first_seen = ? GROUP BY 1 ORDER BY count(*) DESC "
                              "LIMIT 1", [DAY]).fetchone()
        ids = [r[0] for r in con.execute("SELECT id FROM articles WHERE warc_file = ?", [warc]).fetchall()]
        for table, col in (("article_labels", "article_id"), ("article_stories", "article_id"), ("articles", "id")):
            con.execute(f"DELETE FROM {table} WHERE {col} IN (SELECT unnest(?))", [ids])
    assert ids
    away = tmp_path / "away.warc.gz"
    shutil.move(copy / warc, away)
    out = _refresh(capsys)
    assert out["pages_archive_missing"] == len(ids) and out["articles_new"] == 0
    con = duckdb.connect(str(copy / "zgc.duckdb"), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM extraction_errors").fetchone()[0] == 0
    finally:
        con.close()
    shutil.move(away, copy / warc)
    out = _refresh(capsys)
    assert out["pages_archive_missing"] == 0 and out["articles_new"] == len(ids)


def test_a_killed_crawls_pages_count_on_its_day_not_on_an_earlier_backfill(env, first, capsys, tmp_path, monkeypatch):
    """Pages a killed crawl of a later day archived but never extracted, extracted by a backfill of an earlier day,
    are first seen on the crawl's day: counted before they were fetched, they were in the earlier day's digest."""
    import shutil

    from pipeline.warehouse import Warehouse

    copy = tmp_path / "warehouse"
    shutil.copytree(env / "warehouse", copy)
    monkeypatch.setenv("ZGC_WAREHOUSE_DIR", str(copy))
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "dh"))
    with Warehouse().writer() as con:  # DAY's crawl as if killed after archiving: its pages not yet extracted
        ids = [r[0] for r in con.execute("SELECT id FROM articles WHERE first_seen = ?", [DAY]).fetchall()]
        for table, col in (("article_labels", "article_id"), ("article_stories", "article_id"), ("articles", "id")):
            con.execute(f"DELETE FROM {table} WHERE {col} IN (SELECT unnest(?))", [ids])
        con.execute("UPDATE crawl_runs SET finish_reason = 'interrupted' WHERE day = ?", [DAY])
    assert ids
    # a day whose only crawl did not finish is no quiet day: its digest is refused, naming the way out
    Warehouse().publish()
    assert main(["digest", "--date", DAY]) == 2
    err = capsys.readouterr().err
    assert f"the refresh of {DAY} did not finish (its crawl was interrupted or failed)" in err, err
    assert f"run `zgc-monitor refresh --live --date {DAY}` (or --offline) again" in err
    earlier = "2026-11-18"
    code = main(["refresh", "--offline", "--date", earlier])
    out = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert code == 0 and out["articles_new"] == len(ids) and out["relevant_today"] == 0
    con = duckdb.connect(str(copy / "zgc.duckdb"), read_only=True)
    try:
        assert con.execute("SELECT DISTINCT first_seen::VARCHAR FROM articles WHERE id IN (SELECT unnest(?))",
                           [ids]).fetchall() == [(DAY,)]
    finally:
        con.close()
    assert "No new relevant coverage that day" in (copy / "digests" / f"{earlier}.md").read_text(encoding="utf-8")


def test_a_digest_that_cannot_be_written_is_named_and_still_printed(env, first, capsys, tmp_path, monkeypatch):
    """A full disk or a read-only digests folder (here: a folder where the temporary file goes): the command
    names the file and exits 1; --print writes nothing, so the reader gets the Markdown all the same."""
    import shutil

    copy = tmp_path / "warehouse"
    shutil.copytree(env / "warehouse", copy)
    monkeypatch.setenv("ZGC_WAREHOUSE_DIR", str(copy))
    before = (copy / "digests" / f"{DAY}.md").read_text(encoding="utf-8")
    (copy / "digests" / f"{DAY}.md.tmp").mkdir()
    assert main(["digest", "--date", DAY]) == 1
    out, err = capsys.readouterr()
    assert out == "" and f"cannot write the digest {copy / 'digests' / (DAY + '.md')}" in err
    assert main(["digest", "--date", DAY, "--print"]) == 0
    out, err = capsys.readouterr()
    assert out == before and err == ""
    assert (copy / "digests" / f"{DAY}.md").read_text(encoding="utf-8") == before


def test_a_damaged_working_database_is_named_with_the_way_out(env, first, capsys, tmp_path, monkeypatch):
    """The refresh's last line says which file is damaged and what to do, not only DuckDB's complaint; the
    published snapshot is untouched."""
    import shutil

    copy = tmp_path / "warehouse"
    shutil.copytree(env / "warehouse", copy)
    monkeypatch.setenv("ZGC_WAREHOUSE_DIR", str(copy))
    (copy / "state" / "work.duckdb").write_bytes(os.urandom(100_000))
    snapshot = (copy / "zgc.duckdb").read_bytes()
    assert main(["refresh", "--offline", "--date", DAY]) == 1
    err = capsys.readouterr().err
    last = err.strip().splitlines()[-1]
    assert f"the working database {copy / 'state' / 'work.duckdb'} cannot be opened" in last and "move it aside" in last
    assert (copy / "zgc.duckdb").read_bytes() == snapshot
    # Dagster's failure events are one line each, with the error, not a traceback (-v gives it)
    assert "Stack Trace" not in err and not any(ln.startswith("  File ") for ln in err.splitlines())
    step = next(ln for ln in err.splitlines() if "STEP_FAILURE" in ln)
    assert "DamagedDatabase" in step and step.endswith("(traceback: -v)")
    assert "crawling (offline)" not in err   # found before the crawl


def test_a_new_taxonomy_version_relabels_every_article(env, first, capsys):
    # labels made by an earlier taxonomy version (as after an upgrade): the next refresh relabels them all,
    # so trend views never mix two versions' labels
    from pipeline.taxonomy import load_taxonomy
    from pipeline.warehouse import Warehouse

    current = load_taxonomy().version
    with Warehouse().writer() as con:
        con.execute("UPDATE articles SET taxonomy_version = 'plan_tasks.v0'")
        con.execute("UPDATE article_labels SET taxonomy_version = 'plan_tasks.v0'")
        stored = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    summary = _refresh(capsys)
    # relabelled, not new: the run's summary keeps the two apart
    assert summary["articles_new"] == 0 and summary["relevant_new"] == 0 and summary["relabelled"] == stored
    assert first.execute("SELECT DISTINCT taxonomy_version FROM articles").fetchall() == [(current,)]
    assert first.execute("SELECT DISTINCT taxonomy_version FROM article_labels").fetchall() == [(current,)]
    art = _article(first, SEEDS["001"]["url"])
    assert B_PROJECTS <= set(_labels(first, art["id"]))


def test_taxonomy_files_changed_under_their_version_are_refused_before_the_crawl(env, first, capsys, tmp_path,
                                                                                  monkeypatch):
    """A maintainer edits the taxonomy (or retrains a model in place) and forgets the new version: the refresh stops
    before it crawls, naming the version and the way out, and nothing stored changes."""
    import hashlib
    import shutil

    import pipeline.taxonomy as taxonomy

    for f in taxonomy.DEFAULT_TAXONOMY_PATH.parent.glob("*.json"):
        shutil.copy(f, tmp_path / f.name)
    edited = tmp_path / taxonomy.DEFAULT_TAXONOMY_PATH.name
    raw = json.loads(edited.read_text(encoding="utf-8"))
    raw["plans"][0]["tasks"][1]["phrases"]["zh"].append("稳定股价行动")
    edited.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(taxonomy, "DEFAULT_TAXONOMY_PATH", edited)
    snapshot = env / "warehouse" / "zgc.duckdb"
    before = hashlib.sha256(snapshot.read_bytes()).hexdigest()
    runs = first.execute("SELECT count(*) FROM crawl_runs").fetchone()[0]
    capsys.readouterr()
    for cmd in (["refresh", "--offline", "--date", DAY], ["reprocess", "--date", DAY]):
        assert main(cmd) == 1, cmd
        err = capsys.readouterr().err
        assert f"taxonomy {raw['version']} (read from {edited}; $ZGC_TAXONOMY names the file in use, else the " \
               "packaged one) is not the one that labelled this warehouse" in err, err
        assert "needs a new version" in err and "Traceback" not in err
        if cmd[0] == "refresh":   # refused before a Dagster run was made (one made to fail read as a failed refresh)
            assert "step raw_pages:" not in err
            last = json.loads((env / "warehouse" / "state" / "refreshes.jsonl").read_text(encoding="utf-8")
                              .splitlines()[-1])
            assert last["refused"] is True and last["exit"] == 1 and "needs a new version" in last["error"]
            # and status says so before the next refresh is tried (a scheduler's environment without the right file)
            main(["status", "--date", DAY])
            report = json.loads(capsys.readouterr().out)
            assert any(w.startswith("the next refresh in this environment would be refused: taxonomy ") and
                       "needs a new version" in w for w in report["warnings"]), report
    assert first.execute("SELECT count(*) FROM crawl_runs").fetchone()[0] == runs   # no crawl was started
    assert hashlib.sha256(snapshot.read_bytes()).hexdigest() == before


def test_reprocess_under_a_new_taxonomy_relabels_the_other_days_too(env, first, capsys):
    """reprocess of one day after a taxonomy upgrade: the snapshot it publishes never mixes two versions' labels."""
    from pipeline.taxonomy import load_taxonomy
    from pipeline.warehouse import Warehouse

    current = load_taxonomy().version
    other = "2026-11-19"
    with Warehouse().writer() as con:
        aid = con.execute("SELECT id FROM articles WHERE relevant ORDER BY id LIMIT 1").fetchone()[0]
        con.execute("UPDATE articles SET first_seen = ?, taxonomy_version = 'plan_tasks.v0' WHERE id = ?", [other, aid])
        con.execute("UPDATE article_labels SET taxonomy_version = 'plan_tasks.v0' WHERE article_id = ?", [aid])
    try:
        capsys.readouterr()
        assert main(["reprocess", "--date", DAY]) == 0
        summary = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
        assert summary["relabelled"] == 1
        assert first.execute("SELECT DISTINCT taxonomy_version FROM article_labels").fetchall() == [(current,)]
    finally:
        with Warehouse().writer() as con:
            con.execute("UPDATE articles SET first_seen = ? WHERE id = ?", [DAY, aid])
