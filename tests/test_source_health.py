"""Source health: what the digest footer and the asset check flag, and `sources check`."""

import dataclasses
import json
from datetime import date, timedelta

from pipeline import warehouse as wh
from pipeline.cli import main
from pipeline.warehouse import Warehouse


def _health(con, day, source, requests, failures=0, new=0, at="000000", detail="{}"):
    con.execute("INSERT INTO source_health VALUES (?, ?, ?, ?, ?, 0, 0, ?, 0, ?, 0, ?)",
                [f"{day}T{at}", day, source, requests, requests - failures, failures, new, detail])


def test_broken_sources_by_error_rate_and_by_silence(tmp_path):
    day = date(2026, 11, 20)
    with Warehouse(tmp_path).writer() as con:
        for i in range(8):
            d = day - timedelta(days=i)
            _health(con, d, "quiet", 5, new=0)          # answers, but nothing new for 8 days
            _health(con, d, "busy", 5, new=2)           # healthy
            _health(con, d, "failing", 10, failures=9 if i == 0 else 0, new=1)
        _health(con, day, "newcomer", 3, new=0)         # first day: too early to call it quiet
        broken = dict(wh.broken_sources(con, day))
    assert set(broken) == {"quiet", "failing"}
    assert "no new articles in 7 days" in broken["quiet"]
    assert broken["failing"] == "9/10 requests failed"


def test_a_source_the_bundled_archive_holds_no_article_of_is_not_quiet_offline(tmp_path):
    """The offline archive is fixed: a week of offline refreshes (the README's Dagster backfill) found nothing new
    for the sources it holds no article of, which said nothing about them; a live crawl's silence still counts."""
    day = date(2026, 11, 20)
    with Warehouse(tmp_path).writer() as con:
        for i in range(8):
            d = day - timedelta(days=i)
            for mode, at in (("offline", "000001"), ("live", "000002")):
                con.execute("INSERT INTO crawl_runs (run_id, day, mode, started_at, finished_at, finish_reason, "
                            "warc_file) VALUES (?, ?, ?, now(), now(), 'finished', 'x.warc.gz')", [f"{d}T{at}", d, mode])
            _health(con, d, "archived", 5, new=0, at="000001")
            _health(con, d, "silent", 5, new=0, at="000002")
        broken = dict(wh.broken_sources(con, day))
    assert set(broken) == {"silent"} and broken["silent"].kind == "quiet"


def test_a_listing_without_links_and_pages_that_give_no_article_are_flagged_the_same_day(tmp_path):
    """A site's new layout breaks the source on day one: its listing links nothing the article patterns take, or its
    article pages all fail extraction. Waiting for a week of silence would lose the week and the cause."""
    day = date(2026, 11, 20)
    with Warehouse(tmp_path).writer() as con:
        for i in range(3):
            d = day - timedelta(days=i)
            _health(con, d, "relaid", 2, new=0 if i == 0 else 3,
                    detail=json.dumps({"listings_read": 2, "article_links": 0 if i == 0 else 9}))
            _health(con, d, "garbled", 5, new=0 if i == 0 else 2,
                    detail=json.dumps({"listings_read": 1, "article_links": 9, "articles_fetched": 4 if i == 0 else 2}))
            _health(con, d, "busy", 5, new=2, detail=json.dumps({"listings_read": 1, "article_links": 9,
                                                                   "articles_fetched": 2}))
            _health(con, d, "nothing_new", 1, new=0 if i == 0 else 1,
                    detail=json.dumps({"listings_read": 1, "article_links": 9, "already_seen": 9}))
        for k in range(4):
            con.execute("INSERT INTO extraction_errors (canonical_url, url, source, day, error) "
                        "VALUES (?, ?, 'garbled', ?, 'no article text')",
                        [f"https://g.example.cn/{k}", f"https://g.example.cn/{k}", day])
        broken = dict(wh.broken_sources(con, day))
    assert set(broken) == {"relaid", "garbled"}
    assert broken["relaid"].kind == "listing_without_links" and "link no article" in broken["relaid"]
    assert broken["garbled"] == "none of its 4 new article pages gave an article (4 extraction errors)"
    one = wh.SourceProblem("articles_not_extracted", 1, 1)
    assert str(one) == "none of its 1 new article page gave an article (1 extraction error)"
    assert broken["garbled"].zh == "新抓取的 4 个文章页均未能提取出文章（提取错误 4 个）"


def test_a_sources_own_quiet_days_decide_when_its_silence_is_flagged(tmp_path):
    """A weekly bulletin (quiet_days = 14) is not flagged after 8 quiet days; a wire service (quiet_days = 2) is after
    2; the setting travels with each crawl's counts, as the sources file gave it."""
    day = date(2026, 11, 20)
    with Warehouse(tmp_path).writer() as con:
        for i in range(9):
            d = day - timedelta(days=i)
            _health(con, d, "weekly", 3, new=1 if i == 8 else 0, detail=json.dumps({"quiet_days": 14}))
            _health(con, d, "wire", 3, new=0 if i < 2 else 5, detail=json.dumps({"quiet_days": 2}))
            _health(con, d, "default", 3, new=1 if i == 8 else 0)
        broken = dict(wh.broken_sources(con, day))
    assert broken == {"wire": "no new articles in 2 days", "default": "no new articles in 7 days"}


def test_a_source_muted_in_the_sources_file_is_not_flagged_through_its_day_and_the_footer_says_so(tmp_path):
    """A known fault acknowledged (muted_until, muted_reason in the sources file, kept with each crawl's counts):
    not flagged through that day, flagged again the day after; the digest footer names it as muted, with the
    reason and what it would be flagged for, in both languages, so a mute is never forgotten."""
    from pipeline.digest import EN, ZH, Digest, _footer

    day = date(2026, 11, 20)
    muted = json.dumps({"muted_until": "2026-11-20", "muted_reason": "site redesign, ticket 42"})
    with Warehouse(tmp_path).writer() as con:
        _health(con, day - timedelta(days=1), "relaid", 4, failures=4, detail=muted)
        _health(con, day, "relaid", 4, failures=4, detail=muted)
        _health(con, day, "resting", 3, new=2, detail=json.dumps({"muted_until": "2026-12-01"}))
        _health(con, day, "failing", 10, failures=9)
        assert dict(wh.broken_sources(con, day)) == {"failing": "9/10 requests failed"}
        (relaid, resting) = wh.source_problems(con, day)[1]
        assert relaid[:3] == ("relaid", date(2026, 11, 20), "site redesign, ticket 42") and relaid[3] == "4/4 requests failed"
        assert resting == ("resting", date(2026, 12, 1), None, None)
        _health(con, day + timedelta(days=1), "relaid", 4, failures=4, detail=muted)   # the mute has run out
        _health(con, day + timedelta(days=1), "resting", 3, new=1, detail=json.dumps({"muted_until": "2026-12-01"}))
        assert set(dict(wh.broken_sources(con, day + timedelta(days=1)))) == {"relaid"}
        assert [m[0] for m in wh.source_problems(con, day + timedelta(days=1))[1]] == ["resting"]
        digest = Digest(day=day, previous_day=day - timedelta(days=1), tasks=[], relevant_today=0, relevant_previous=0,
                        broken_sources=wh.broken_sources(con, day), muted_sources=wh.source_problems(con, day)[1])
    assert _footer(digest, EN) == ("Sources needing attention: failing (9/10 requests failed). Muted in the sources "
                                   "file: relaid until 2026-11-20 (site redesign, ticket 42; 4/4 requests failed); "
                                   "resting until 2026-12-01 (healthy now).")
    assert _footer(digest, ZH).endswith("来源文件中暂停提醒的来源：relaid，至2026-11-20（site redesign, ticket 42；"
                                        "4/4 个请求失败）；resting，至2026-12-01（目前正常）。")
    # with no other source to flag: not "All sources healthy." beside a muted one that fails
    quiet = dataclasses.replace(digest, broken_sources=[])
    assert _footer(quiet, EN).startswith("No other source needs attention. Muted in the sources file: relaid ")
    assert _footer(quiet, ZH).startswith("其他来源运行正常。来源文件中暂停提醒的来源：")
    assert _footer(dataclasses.replace(quiet, muted_sources=[]), EN) == "All sources healthy."


def test_a_site_that_moved_off_its_domains_is_flagged_the_same_day_naming_where_it_went(tmp_path):
    """A site that moved to a new host answers its entry point with a 301 there; the crawl drops the redirect as
    off-site and reads nothing, with no failed request: it went unflagged for a week (until quiet). It is flagged from
    the first crawl, naming the entry point, the new address, and what to do; so is a site whose article links all
    redirect off-site, and an entry point moved to another port of its host. One partner link, or a page 2, sent
    off-site while the rest was read is not a move."""
    day = date(2026, 11, 24)
    moved = {"requests": 1, "listings_offsite": 1, "offsite_redirect": 1, "listings_failed": [
        {"url": "http://vm:18406/zxdt/", "why": "offsite_redirect", "to": "http://localhost:18406/zxdt/",
         "entry_point": True}]}
    other_port = {"requests": 1, "listings_offsite": 1, "listings_failed": [
        {"url": "http://a.example.cn/news/", "why": "offsite_redirect", "to": "http://a.example.cn:8080/news/",
         "entry_point": True}]}
    articles = {"requests": 4, "listings_read": 1, "article_links": 3, "articles_offsite": 3,
                "articles_offsite_to": "https://new.example.cn/a/1.html"}
    partner = {"requests": 5, "listings_read": 1, "article_links": 4, "articles_fetched": 3, "articles_offsite": 1}
    page_two = {"requests": 4, "listings_read": 1, "article_links": 2, "articles_fetched": 2, "listings_offsite": 1,
                "listings_failed": [{"url": "http://b.example.cn/news/p2.html", "why": "offsite_redirect",
                                     "to": "http://ads.example.com/"}]}
    with Warehouse(tmp_path).writer() as con:
        for i in range(3):   # (yesterday and before, every source fetched articles)
            for name in ("moved", "other_port", "articles", "partner", "page_two"):
                _health(con, day - timedelta(days=i + 1), name, 3, new=2, detail=json.dumps({"listings_read": 1,
                        "article_links": 2, "articles_fetched": 2}))
        _health(con, day, "moved", 1, detail=json.dumps(moved))
        _health(con, day, "other_port", 1, detail=json.dumps(other_port))
        _health(con, day, "articles", 4, detail=json.dumps(articles))
        _health(con, day, "partner", 5, new=3, detail=json.dumps(partner))
        _health(con, day, "page_two", 4, new=2, detail=json.dumps(page_two))
        broken = dict(wh.broken_sources(con, day))
        later = dict(wh.broken_sources(con, day + timedelta(days=1)))   # (no crawl since: said with its day)
    assert set(broken) == {"moved", "other_port", "articles"}
    assert broken["moved"].kind == "listings_offsite"
    assert broken["moved"] == ("its entry point http://vm:18406/zxdt/ redirected to http://localhost:18406/zxdt/, on "
                               "host 'localhost', which is not among its domains, so the crawl read nothing from it: "
                               "if the site moved, add 'localhost' to its domains in the sources file and point its "
                               "entry_points at the new address")
    assert "主机 'localhost' 不在其 domains 中" in broken["moved"].zh and "加入其 domains" in broken["moved"].zh
    assert "another port of its host" in broken["other_port"] and "http://a.example.cn:8080/news/" in broken["other_port"]
    assert broken["articles"].kind == "articles_offsite"
    assert broken["articles"].startswith("its 3 article links redirected off its domains (the first to "
                                         "https://new.example.cn/a/1.html, on host 'new.example.cn'")
    assert "add 'new.example.cn' to its domains" in broken["articles"]
    assert "on 2026-11-24, its last crawl" in later["moved"]


def test_one_dead_entry_point_of_several_is_flagged_though_the_source_still_brings_articles_in(tmp_path):
    """A source of three sections whose technology section's entry point now answers 404: 1 failed request of 20, new
    articles from the other two, so no check fired, and what only that section lists was missed every day (a source
    maintainer's note). Its entry point is named with its answer; a page 2 that failed is no such loss."""
    day = date(2026, 11, 24)
    dead = {"requests": 20, "listings_read": 2, "article_links": 12, "articles_fetched": 12, "listings_failed": [
        {"url": "https://a.example.cn/tech/", "why": "status_404", "entry_point": True}]}
    page_two = {"requests": 20, "listings_read": 3, "article_links": 12, "articles_fetched": 12, "listings_failed": [
        {"url": "https://b.example.cn/news/p9.html", "why": "status_404"}]}
    with Warehouse(tmp_path).writer() as con:
        _health(con, day - timedelta(days=1), "dead", 20, new=5)
        _health(con, day - timedelta(days=1), "page_two", 20, new=5)
        _health(con, day, "dead", 20, failures=1, new=5, detail=json.dumps(dead))
        _health(con, day, "page_two", 20, failures=1, new=5, detail=json.dumps(page_two))
        broken = dict(wh.broken_sources(con, day))
    assert set(broken) == {"dead"} and broken["dead"].kind == "entry_point_failed"
    assert broken["dead"].startswith("its entry point https://a.example.cn/tech/ (HTTP 404) failed: the articles only it "
                                     "lists are missed"), broken["dead"]
    assert "update entry_points" in broken["dead"] and "其入口 https://a.example.cn/tech/ (HTTP 404)" in broken["dead"].zh


def test_a_source_not_crawled_today_is_reported_with_the_day_of_its_figures(tmp_path):
    day = date(2026, 11, 20)
    with Warehouse(tmp_path).writer() as con:
        _health(con, day - timedelta(days=1), "failing", 8, failures=6, new=1)
        _health(con, day, "busy", 5, new=2, detail='{"partial": 1}')  # today's refresh crawled it only (--only busy)
        broken = dict(wh.broken_sources(con, day))
    assert broken == {"failing": "6/8 requests failed on 2026-11-19, its last crawl"}


def test_a_source_taken_out_of_the_sources_file_is_no_longer_judged(tmp_path):
    """The operator removes a dead source from the sources file: the next whole crawl has no row for it, so its last
    figures no longer flag it for the rest of its quiet window (an SRE could not silence a known-dead source)."""
    day = date(2026, 11, 20)
    with Warehouse(tmp_path).writer() as con:
        _health(con, day - timedelta(days=1), "dead", 8, failures=8, new=0)
        _health(con, day - timedelta(days=1), "busy", 5, new=2)
        _health(con, day, "busy", 5, new=2)   # the whole registry of today's crawl: "dead" was taken out
        assert dict(wh.broken_sources(con, day)) == {}
        assert set(dict(wh.broken_sources(con, day - timedelta(days=1)))) == {"dead"}   # (as it was that day)


def test_a_new_source_tried_with_only_after_a_whole_crawl_is_judged(tmp_path):
    """A maintainer adds a source and tries it with --only after the day's whole crawl: its entry point answered 404,
    and it was not judged (not in the latest whole crawl's registry) -- exit 0, 'All sources healthy'. A source the
    whole crawl left out and no later --only asked for stays unjudged (taken out of the sources file)."""
    day = date(2026, 11, 20)
    with Warehouse(tmp_path).writer() as con:
        _health(con, day - timedelta(days=1), "dead", 8, failures=8, new=0)
        _health(con, day, "busy", 5, new=2, at="010000")                              # the whole crawl: no "dead"
        _health(con, day, "newbie", 1, failures=1, at="090000", detail='{"partial": 1}')   # --only newbie, later
        _health(con, day - timedelta(days=1), "early", 1, failures=1, detail='{"partial": 1}')  # --only, before it
        broken = dict(wh.broken_sources(con, day))
    assert set(broken) == {"newbie"} and broken["newbie"].startswith("1/1 requests failed"), broken


def test_the_latest_crawl_of_a_day_decides_its_error_rate(tmp_path):
    """A refresh that failed while a site was down, repeated later the same day once it was back: the
    repeat decides (summed, 10 of 20 requests failed would sit on the threshold); and the reverse."""
    day = date(2026, 11, 20)
    with Warehouse(tmp_path).writer() as con:
        _health(con, day, "recovered", 10, failures=10, at="010000")
        _health(con, day, "recovered", 10, failures=0, new=3, at="090000")
        _health(con, day, "went_down", 10, failures=0, new=3, at="010000")
        _health(con, day, "went_down", 4, failures=3, at="090000")
        broken = dict(wh.broken_sources(con, day))
    assert broken == {"went_down": "3/4 requests failed"}


def test_the_crawl_that_started_last_decides_when_run_ids_sort_the_other_way(tmp_path):
    """A run id's clock part is UTC: the scheduled 07:30 Beijing run of a day is 23:30 UTC (id ...T233000),
    and a repeat at 10:00 Beijing is 02:00 UTC (id ...T020000), which sorts first. The start time decides."""
    from datetime import datetime, timezone

    day = date(2026, 11, 21)
    with Warehouse(tmp_path).writer() as con:
        _health(con, day, "recovered", 4, failures=4, at="233000")
        _health(con, day, "recovered", 4, failures=0, new=1, at="020000")
        for at, started in (("233000", datetime(2026, 11, 20, 23, 30, tzinfo=timezone.utc)),
                            ("020000", datetime(2026, 11, 21, 2, 0, tzinfo=timezone.utc))):
            con.execute("INSERT INTO crawl_runs (run_id, day, mode, started_at, finished_at, finish_reason, warc_file) VALUES (?, ?, 'offline', ?, ?, 'finished', ?)",
                        [f"{day}T{at}", day, started, started, f"raw/{day}/{at}.warc.gz"])
        broken = dict(wh.broken_sources(con, day))
    assert broken == {}


def test_a_source_robots_txt_shuts_out_is_flagged_the_first_day(tmp_path):
    """Every request refused by the site's robots.txt is no error of the site's, but the source yields nothing
    for ever: flagged from its first crawl, not after a week of quiet."""
    day = date(2026, 11, 20)
    with Warehouse(tmp_path).writer() as con:
        _health(con, day, "shut_out", 2, detail='{"requests": 2, "robots_forbidden": 2}')
        _health(con, day, "partly", 3, new=1, detail='{"requests": 3, "robots_forbidden": 1, "status_200": 2}')
        broken = dict(wh.broken_sources(con, day))
    assert broken == {"shut_out": "robots.txt forbids the crawler all 2 of its requests"}


def test_a_source_whose_robots_txt_cannot_be_had_is_flagged(tmp_path):
    """A robots.txt answering 5xx forbids the whole host for the run (RFC 9309): flagged, with the cause, not as
    a quiet source."""
    day = date(2026, 11, 20)
    with Warehouse(tmp_path).writer() as con:
        _health(con, day, "robots_down", 1, detail='{"requests": 1, "robots_unavailable": 1}')
        broken = dict(wh.broken_sources(con, day))
    assert list(broken) == ["robots_down"] and "could not be had" in broken["robots_down"]


def test_a_source_whose_site_asked_for_a_wait_past_the_cap_for_every_request_is_flagged(tmp_path):
    """A site answering 429 with an hour's Retry-After is left alone for the run, its requests counted as
    retry_after_too_long, not as failures: flagged with that cause, not healthy (before, its 429s flagged it as
    failing); one that answered some requests first is not."""
    day = date(2026, 11, 20)
    with Warehouse(tmp_path).writer() as con:
        _health(con, day, "resting", 3, detail='{"requests": 3, "retry_after_too_long": 3}')
        _health(con, day, "partly", 3, new=1, detail='{"requests": 3, "status_200": 2, "retry_after_too_long": 1}')
        broken = wh.broken_sources(con, day)
    assert [(s, why.kind) for s, why in broken] == [("resting", "retry_after_too_long")]
    assert "stay away longer than it waits" in broken[0][1] and "3 requests were left" in broken[0][1]
    assert "暂停访问的时间超过抓取器等待的上限" in broken[0][1].zh


def test_sources_check_live_reads_a_5xx_robots_txt_as_the_crawl_does(tmp_path, capsys):
    from tests.faultserver import FaultServer, write_sources

    with FaultServer() as server:
        server.robots_status = 503
        sources = write_sources(tmp_path / "sources.toml", {"listing": [server.url("/list/chk?n=2&art=ok")]})
        code = main(["sources", "check", "--live", "--sources", str(sources), "--timeout", "2"])
        listed = server.requests_to("/list/")
    row = json.loads(capsys.readouterr().out.splitlines()[0])
    assert code == 1 and not row["ok"] and listed == []
    assert "robots.txt could not be had (HTTP 503)" in row["error"]


def test_sources_check_live_drops_a_redirect_to_another_port_and_reads_robots_redirects_as_the_crawl_does(
        tmp_path, capsys):
    """A redirect from one of the source's ports to another (both its entry points' ports) was followed by the check
    and dropped by the crawl as off-site: the check said ok for an entry point the crawl reads nothing from. A
    robots.txt that redirects is read as the crawl reads it: the robots.txt found applies, and one that cannot be
    had on another service (https asked of a plain http port) is no robots.txt, not a host shut out."""
    from tests.faultserver import FaultServer, run_crawl, write_sources

    with FaultServer() as a, FaultServer() as b, FaultServer() as tls, FaultServer() as moved:
        tls.robots_location = f"https://127.0.0.1:{tls.port}/robots.txt"
        moved.robots_location = b.url("/robots.txt")   # b's robots.txt disallows /private/
        sources = write_sources(tmp_path / "sources.toml", {
            "twoports": [a.url(f"/toport/{b.port}/list/tp?n=2&art=ok"), b.url("/list/tpb?n=1&art=ok")],
            "tls": [tls.url("/list/tls?n=2&art=private")],
            "moved": [moved.url("/list/mv?n=2&art=private")],
            "oneport": [a.url(f"/toport/{b.port}/list/op?n=2&art=ok")],   # (b's port is none of its entry points')
        })
        code = main(["sources", "check", "--live", "--sources", str(sources), "--timeout", "2"])
        via_redirect = b.requests_to("/list/tp?")
        crawl = run_crawl(tmp_path, sources=sources, settings={"RETRY_TIMES": "0"})
    rows = {(r["source"], r["entry_point"]): r for r in map(json.loads, capsys.readouterr().out.splitlines())}
    row = rows["twoports", a.url(f"/toport/{b.port}/list/tp?n=2&art=ok")]
    assert not row["ok"] and via_redirect == [] and code == 1
    assert f"redirect to {b.url('/list/tp?n=2&art=ok')}, another port than" in row["error"]
    assert "off-site" in row["error"]
    # a port of a host among its domains is no other domain ("outside the domains of source oneport" it said)
    one = rows["oneport", a.url(f"/toport/{b.port}/list/op?n=2&art=ok")]
    assert "another port than" in one["error"] and "outside the domains" not in one["error"], one["error"]
    assert crawl.source("twoports")["offsite_redirect"] == 1   # (the crawl drops it the same way)
    assert rows["twoports", b.url("/list/tpb?n=1&art=ok")]["ok"]
    tls_row = rows["tls", tls.url("/list/tls?n=2&art=private")]
    assert tls_row["ok"] and tls_row["article_links"] == 2 and "error" not in tls_row
    moved_row = rows["moved", moved.url("/list/mv?n=2&art=private")]
    assert not moved_row["ok"] and moved_row["article_links_disallowed_by_robots"] == 2
    assert crawl.source("tls")["articles_fetched"] == 2 and crawl.source("moved")["robots_forbidden"] == 2


def test_sources_check_reports_entry_points_offline(capsys):
    code = main(["sources", "check"])
    out, err = capsys.readouterr()
    rows = [json.loads(l) for l in out.splitlines()]
    by_source = {r["source"]: r for r in rows}
    assert by_source["chinanews"]["ok"] and by_source["chinanews"]["article_links"] >= 1
    assert by_source["gmw"]["status"] == 200 and "error" not in by_source["gmw"]
    # outlets the archive holds no articles for are reported, and make the check fail, saying why (a failed row
    # had no reason, and nothing was said on stderr)
    assert not by_source["thepaper"]["ok"] and code == 1
    assert by_source["thepaper"]["error"] == (f"none of its {by_source['thepaper']['links']} links on the source's "
                                              "domains matches the source's article_patterns (see examples.unmatched)")
    failed = [r for r in rows if not r["ok"]]
    assert all(r.get("error") for r in failed)
    assert err.startswith(f"zgc-monitor: sources check: {len(failed)} of {len(rows)} entry points failed: ")


def test_sources_check_live_judges_entry_points_as_the_crawl_would(tmp_path, capsys):
    """robots.txt is asked first, a gzipped sitemap is read, a sitemap index is followed to its sitemap, and
    article links the crawler may not fetch do not count (a local fault server stands in for the sites). An entry
    point that redirects is named with where it now leads: off the domains, what to add; on them, that the entry
    point should be updated before the old address stops redirecting (the row said only "ok")."""
    from tests.faultserver import FaultServer, write_sources

    with FaultServer() as server:
        sources = write_sources(tmp_path / "sources.toml", {
            "listing": [server.url("/list/chk?n=2&art=ok")],
            "gz": [server.url("/sitemapgz/chk.xml.gz?n=3&art=ok")],
            "index": [server.url("/sitemapindex/chk.xml?n=4&art=ok")],
            "robots_only": [server.url("/list/pv?n=2&art=private")],
            "disallowed": [server.url("/private/art/entry.html")],
            "offsite": [server.url("/offsite/chk?n=2&art=ok")],
            "trickle": [server.url("/trickle/chk")],
            "slowheaders": [server.url("/slowheaders/chk")],
            "redirecting": [server.url(f"/toport/{server.port}/list/rd?n=2&art=ok")],
        })
        # (a second a read: the trickling and the slow-header entry points hold the check 3 s each, not 6)
        code = main(["sources", "check", "--live", "--sources", str(sources), "--timeout", "1"])
        followed = server.requests_to("/list/chk")
    rows = {r["source"]: r for r in map(json.loads, capsys.readouterr().out.splitlines())}
    # a redirect off the source's domains is not followed (the crawl drops it), and a body that trickles in
    # a byte at a time ends at the time limit instead of holding the check for the server's 30 s
    assert not rows["offsite"]["ok"] and "outside the domains of source offsite" in rows["offsite"]["error"]
    assert "add 'localhost' to its domains" in rows["offsite"]["error"]
    assert rows["offsite"]["redirected_to"] == f"http://localhost:{server.port}/list/chk?n=2&art=ok"
    assert rows["redirecting"]["ok"] and rows["redirecting"]["redirected_to"] == server.url("/list/rd?n=2&art=ok")
    assert "point entry_points at that address" in rows["redirecting"]["note"]
    assert "redirected_to" not in rows["listing"] and "note" not in rows["listing"]
    assert len(followed) == 1  # the "listing" source's own request; none by way of localhost
    assert not rows["trickle"]["ok"] and "time limit" in rows["trickle"]["error"]
    assert not rows["slowheaders"]["ok"] and "no complete answer within 3 s" in rows["slowheaders"]["error"]
    assert rows["listing"]["ok"] and rows["listing"]["article_links"] == 2
    assert len(rows["listing"]["examples"]["article"]) == 2 and rows["listing"]["examples"]["unmatched"] == []
    assert all("/art/ok/" in u for u in rows["listing"]["examples"]["article"])
    assert rows["gz"]["ok"] and rows["gz"]["article_links"] == 3
    assert rows["index"]["ok"] and rows["index"]["article_links"] == 4 and "/sitemap/chk.xml" in rows["index"]["sitemap"]
    assert not rows["robots_only"]["ok"] and rows["robots_only"]["article_links_disallowed_by_robots"] == 2
    assert rows["robots_only"]["error"] == "robots.txt disallows all 2 of its article links"
    assert not rows["disallowed"]["ok"] and "robots.txt" in rows["disallowed"]["error"]
    assert code == 1


def test_an_unfinished_runs_articles_count_in_the_run_that_took_it_over(tmp_path):
    """A killed crawl writes no source_health rows; the next crawl run takes it over, and its rows count the
    articles of the pages the killed one archived: per-source new_articles add up to the articles stored."""

    day = date(2026, 11, 16)
    with Warehouse(tmp_path).writer() as con:
        def archive(run_id, n):
            _archive_and_extract(con, run_id, day, n, day)

        wh.start_run(con, run_id="r0", day=day, mode="live", warc_file="raw/r0.warc.gz")  # finished, counted
        wh.finish_run(con, "r0", "finished")
        archive("r0", 1)
        wh.store_source_health(con, run_id="r0", day=day, stats={"s": {"requests": 1}})
        wh.start_run(con, run_id="r1", day=day, mode="live", warc_file="raw/r1.warc.gz")  # killed after 2 pages
        archive("r1", 2)
        archive("r1", 3)
        wh.finish_run(con, "r1", "interrupted")
        wh.start_run(con, run_id="r2", day=day, mode="live", warc_file="raw/r2.warc.gz")
        assert wh.take_over_unfinished_runs(con, "r2") == 1
        archive("r2", 4)
        wh.finish_run(con, "r2", "finished")
        wh.store_source_health(con, run_id="r2", day=day, stats={"s": {"requests": 3}})
        wh.start_run(con, run_id="r3", day=day, mode="live", warc_file="raw/r3.warc.gz")
        assert wh.take_over_unfinished_runs(con, "r3") == 0  # r1 is counted once, by r2
        counts = dict(con.execute("SELECT run_id, new_articles FROM source_health").fetchall())
        stored = con.execute("SELECT count(*) FROM articles WHERE first_seen = ?", [day]).fetchone()[0]
    assert counts == {"r0": 1, "r2": 3} and sum(counts.values()) == stored == 4


def _archive_and_extract(con, run_id, run_day, n, day):
    """A page run *run_id* (of *run_day*) archived, extracted as the articles step does on *day*'s refresh."""
    from pipeline.models import ExtractedArticle

    url = f"https://s.example.cn/a/{n}.html"
    con.execute("INSERT INTO raw_pages (warc_file, warc_offset, url, canonical_url, source, kind, status, "
                "content_type, fetched_at, bytes, sha1, day, run_id) "
                "VALUES (?, ?, ?, ?, 's', 'article', 200, 'text/html', now(), 10, 'x', ?, ?)",
                [f"raw/{run_id}.warc.gz", n, url, url, run_day, run_id])
    page = wh.PageRef(f"raw/{run_id}.warc.gz", n, url, url, "s", "text/html", run_day)
    art = ExtractedArticle(title="t", text=f"正文{n}", language="zh-Hans", analysis_text=f"正文{n}")
    wh.upsert_article(con, page, art, day=max(day, run_day), source="s")


def test_a_run_that_took_over_a_killed_one_and_was_killed_passes_both_on(tmp_path):
    """Two crawls of a day killed in a row, then one that goes through: it counts the articles of both killed
    crawls' pages (the first one's were counted by none), and the killed ones' stats files count no article."""
    day = date(2026, 11, 16)
    with Warehouse(tmp_path).writer() as con:
        wh.start_run(con, run_id="r0", day=day, mode="live", warc_file="raw/r0.warc.gz")
        wh.finish_run(con, "r0", "interrupted")
        wh.start_run(con, run_id="r1", day=day, mode="live", warc_file="raw/r1.warc.gz")
        assert wh.take_over_unfinished_runs(con, "r1") == 1
        wh.finish_run(con, "r1", "interrupted")
        wh.start_run(con, run_id="r2", day=day, mode="live", warc_file="raw/r2.warc.gz")
        assert wh.take_over_unfinished_runs(con, "r2") == 1   # r1, and with it r0
        for run_id, n in (("r0", 1), ("r0", 2), ("r1", 3), ("r2", 4)):
            _archive_and_extract(con, run_id, day, n, day)
        wh.finish_run(con, "r2", "finished")
        for run_id in ("r0", "r1", "r2"):   # each one's stats file in the day's folder
            wh.store_source_health(con, run_id=run_id, day=day, stats={"s": {"requests": 2}})
        runs = con.execute("SELECT run_id, counted_by FROM crawl_runs ORDER BY run_id").fetchall()
        counts = dict(con.execute("SELECT run_id, new_articles FROM source_health").fetchall())
        requests = con.execute("SELECT sum(requests) FROM source_health").fetchone()[0]
    assert runs == [("r0", "r2"), ("r1", "r2"), ("r2", None)]
    assert counts == {"r0": 0, "r1": 0, "r2": 4} and requests == 6


def test_a_backfill_that_took_over_a_later_days_killed_crawl_counts_its_articles(tmp_path):
    """A crawl of a later day killed after archiving, taken over by a backfill of an earlier day: its pages'
    articles are first seen on the crawl's day (not the backfill's), and the backfill's rows count them."""
    later, earlier = date(2026, 11, 18), date(2026, 11, 12)
    with Warehouse(tmp_path).writer() as con:
        wh.start_run(con, run_id="r0", day=later, mode="live", warc_file="raw/r0.warc.gz")
        wh.finish_run(con, "r0", "interrupted")
        wh.start_run(con, run_id="r1", day=earlier, mode="live", warc_file="raw/r1.warc.gz")
        assert wh.take_over_unfinished_runs(con, "r1") == 1
        _archive_and_extract(con, "r0", later, 1, earlier)
        _archive_and_extract(con, "r0", later, 2, earlier)
        _archive_and_extract(con, "r1", earlier, 3, earlier)
        wh.finish_run(con, "r1", "finished")
        wh.store_source_health(con, run_id="r1", day=earlier, stats={"s": {"requests": 2}})
        first_seen = con.execute("SELECT first_seen, count(*) FROM articles GROUP BY 1 ORDER BY 1").fetchall()
        counts = dict(con.execute("SELECT run_id, new_articles FROM source_health").fetchall())
    assert first_seen == [(earlier, 1), (later, 2)]
    assert counts == {"r1": 3}


def test_sources_check_names_article_links_that_look_like_listings(tmp_path, capsys):
    """An article pattern so broad it takes the listing's own pages: they would be stored as articles."""
    from tests.faultserver import FaultServer, write_sources

    with FaultServer() as server:
        sources = write_sources(tmp_path / "sources.toml", {"broad": [server.url("/list/br?n=2&art=ok&pages=3")]},
                                article_pattern=r"^http://127\.0\.0\.1:\d+/(art|list)/")
        main(["sources", "check", "--live", "--sources", str(sources), "--timeout", "2"])
    row = json.loads(capsys.readouterr().out.splitlines()[0])
    assert row["article_links_like_listings"] == 1 and "page=2" in row["article_links_like_listings_examples"][0]


def test_an_entry_point_that_answers_404_is_the_sources_fault_not_an_outage(tmp_path, capsys, monkeypatch):
    """A source tried alone (--only) whose entry point is mistyped: the site answered 404, so the machine's network
    is fine; the refresh goes through and flags the source, instead of failing the day as "no source answered"."""
    from tests.faultserver import FaultServer, write_sources

    monkeypatch.setenv("ZGC_WAREHOUSE_DIR", str(tmp_path / "warehouse"))
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "dagster_home"))
    with FaultServer() as server:
        sources = write_sources(tmp_path / "s.toml", {"typo": [server.url("/no/such/listing.html")],
                                                      "good": [server.url("/list/g4?n=1&art=ok")]})
        capsys.readouterr()
        assert main(["-q", "refresh", "--live", "--sources", str(sources), "--only", "typo",
                     "--date", "2026-11-12"]) == 0
        summary = json.loads(capsys.readouterr().out.splitlines()[-1])
        assert summary["ok"] is True
        assert [s["source"] for s in summary["sources_needing_attention"]] == ["typo"], summary
        # named with the listing's address and its answer, not only "1/1 requests failed"
        assert summary["sources_needing_attention"][0]["problem"] == (
            f"1/1 requests failed, among them its listing {server.url('/no/such/listing.html')} (HTTP 404)")
        # every site answering 403 is a proxy or a firewall blocking this machine: the day stays unknown
        blocked = write_sources(tmp_path / "b.toml", {"a": [server.url("/blocked/a")], "b": [server.url("/blocked/b")]})
        assert main(["-q", "refresh", "--live", "--sources", str(blocked), "--date", "2026-11-13"]) == 1
        assert "no source answered" in capsys.readouterr().err


def test_a_source_whose_entry_point_redirects_off_its_domains_is_flagged_by_the_refresh_status_and_digest(
        tmp_path, capsys, monkeypatch, fast_crawls):
    """The site moved (its entry point redirects to a host the source's domains lack): the crawl drops the redirect
    and reads nothing, and the refresh's summary, the digest footer and `status` all said every source was healthy.
    Now the refresh flags it the same day, naming the entry point and the host it moved to, and status warns."""
    from tests.faultserver import FaultServer, write_sources

    monkeypatch.setenv("ZGC_WAREHOUSE_DIR", str(tmp_path / "warehouse"))
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "dagster_home"))
    day = "2026-11-24"
    with FaultServer() as server:
        sources = write_sources(tmp_path / "s.toml", {"fine": [server.url("/list/mvf?n=2&art=ok")],
                                                      "moved": [server.url("/offsite/mvm?n=2&art=ok")],
                                                      "articles_moved": [server.url("/list/mva?n=2&art=away")]})
        capsys.readouterr()
        assert main(["-q", "refresh", "--live", "--sources", str(sources), "--date", day]) == 0
        summary = json.loads(capsys.readouterr().out.splitlines()[-1])
        to_localhost = server.requests_to("/list/mvm")
    flagged = {s["source"]: s for s in summary["sources_needing_attention"]}
    assert sorted(flagged) == ["articles_moved", "moved"] and flagged["moved"]["kind"] == "listings_offsite", summary
    assert flagged["articles_moved"]["kind"] == "articles_offsite"
    assert (f"its 2 article links redirected off its domains (the first to http://localhost:{server.port}/art/ok/"
            "mva-1-") in flagged["articles_moved"]["problem"]
    assert to_localhost == []   # (the crawl did not follow it)
    problem = flagged["moved"]["problem"]
    assert (f"its entry point {server.url('/offsite/mvm?n=2&art=ok')} redirected to "
            f"http://localhost:{server.port}/list/mvm?n=2&art=ok, on host 'localhost'") in problem
    assert "add 'localhost' to its domains" in problem
    footer = (tmp_path / "warehouse" / "digests" / f"{day}.md").read_text(encoding="utf-8")
    assert "All sources healthy" not in footer and "add 'localhost' to its domains" in footer
    assert main(["status", "--date", day]) == 1
    report = json.loads(capsys.readouterr().out)
    assert [s["kind"] for s in report["sources_needing_attention"]] == ["articles_offsite", "listings_offsite"]


def test_a_body_selector_that_matches_nothing_flags_its_source_until_the_hint_is_mended(tmp_path, capsys,
                                                                                        monkeypatch, fast_crawls):
    """A source's body_selector that stopped matching (a redesign, a typo) had the pages read whole without a word:
    the articles record the hint that missed, the source is flagged (hint_unmatched) in the refresh's summary and
    the status check, and a reprocess with the mended hint clears both."""
    import duckdb

    from tests.faultserver import FaultServer, write_sources

    monkeypatch.setenv("ZGC_WAREHOUSE_DIR", str(tmp_path / "warehouse"))
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "dagster_home"))
    day = "2026-11-12"
    with FaultServer() as server:
        sources = write_sources(tmp_path / "s.toml", {"fine": [server.url("/list/hf?n=2&art=ok")],
                                                      "redesigned": [server.url("/list/hr?n=3&art=ok")]})
        plain = sources.read_text(encoding="utf-8")
        sources.write_text(plain + '[source.hints]\nbody_selector = "div.article-body"\n', encoding="utf-8")
        capsys.readouterr()
        assert main(["-q", "refresh", "--live", "--sources", str(sources), "--date", day]) == 0
        summary = json.loads(capsys.readouterr().out.splitlines()[-1])
        flagged = {s["source"]: s for s in summary["sources_needing_attention"]}
        assert list(flagged) == ["redesigned"] and flagged["redesigned"]["kind"] == "hint_unmatched", flagged
        assert "matched nothing on 3 of its 3 recent articles" in flagged["redesigned"]["problem"]
        # the next day finds nothing new: the hint is still broken and its articles still misread, so still flagged
        assert main(["-q", "refresh", "--live", "--sources", str(sources), "--date", "2026-11-13"]) == 0
        summary = json.loads(capsys.readouterr().out.splitlines()[-1])
        assert [s["kind"] for s in summary["sources_needing_attention"]] == ["hint_unmatched"], summary
        assert main(["status", "--date", "2026-11-13"]) == 1
        assert "hint_unmatched" in capsys.readouterr().out
        con = duckdb.connect(str(tmp_path / "warehouse" / "zgc.duckdb"), read_only=True)
        try:
            assert dict(con.execute("SELECT source, count(body_selector_missed) FROM articles GROUP BY ALL")
                        .fetchall()) == {"fine": 0, "redesigned": 3}
        finally:
            con.close()
        sources.write_text(plain + '[source.hints]\nbody_selector = "body"\n', encoding="utf-8")
        assert main(["-q", "reprocess", "--date", day, "--sources", str(sources)]) == 0
    capsys.readouterr()
    assert main(["status", "--date", "2026-11-13"]) == 0, capsys.readouterr().out


def test_reprocess_keeps_the_articles_of_a_source_the_sources_file_lacks_and_names_it(tmp_path, capsys, monkeypatch,
                                                                                       fast_crawls, caplog):
    """A reprocess run with a sources file that lacks a source (renamed, removed, or --sources forgotten) read that
    source's pages without its hints and title, and rewrote its articles and the digest with comments back in and
    outlet NULL, without a word. Now those articles are kept as they were, the source is named on standard error and
    in the JSON line (sources_not_found), and the other sources are reprocessed as ever."""
    import duckdb

    from tests.faultserver import FaultServer, write_sources

    monkeypatch.setenv("ZGC_WAREHOUSE_DIR", str(tmp_path / "warehouse"))
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "dagster_home"))
    monkeypatch.delenv("ZGC_SOURCES", raising=False)
    day = "2026-11-12"

    def stored():
        con = duckdb.connect(str(tmp_path / "warehouse" / "zgc.duckdb"), read_only=True)
        try:
            return sorted(con.execute("SELECT source, outlet, text, processed_at FROM articles").fetchall())
        finally:
            con.close()

    with FaultServer() as server:
        sources = write_sources(tmp_path / "s.toml", {"hinted": [server.url("/list/kh?n=2&art=ok")],
                                                      "other": [server.url("/list/ko?n=1&art=ok")]})
        assert main(["-q", "refresh", "--live", "--sources", str(sources), "--date", day]) == 0
    before = stored()
    assert {(s, o) for s, o, _, _ in before} == {("hinted", "test hinted"), ("other", "test other")}
    renamed = tmp_path / "renamed.toml"
    renamed.write_text(sources.read_text(encoding="utf-8").replace('name = "hinted"', 'name = "hinted_new"'),
                       encoding="utf-8")
    capsys.readouterr()
    with caplog.at_level("WARNING"):
        assert main(["reprocess", "--date", day, "--sources", str(renamed)]) == 0
    said = json.loads(capsys.readouterr().out.splitlines()[-1])
    assert said["sources_not_found"] == {"hinted": 2} and said["articles"] == 1, said
    assert f"source hinted is not in the sources file in force, {renamed}" in caplog.text
    caplog.clear()
    after = stored()
    assert [r for r in after if r[0] == "hinted"] == [r for r in before if r[0] == "hinted"]   # not rewritten
    assert [r[:3] for r in after if r[0] == "other"] == [r[:3] for r in before if r[0] == "other"]
    digest = (tmp_path / "warehouse" / "digests" / f"{day}.md").read_text(encoding="utf-8")
    assert "test hinted" in digest
    # --sources forgotten: the bundled registry has none of the day's sources, so the file is the wrong one: refused
    # (bad input, exit 2), naming the file, the sources and what to do; nothing is rewritten
    assert main(["-q", "reprocess", "--date", day]) == 2
    out, err = capsys.readouterr()
    assert out == "" and "names none of the sources of 2026-11-12's pages (hinted, other)" in err
    assert "the bundled" in err and "pass the file the refreshes used with --sources" in err
    assert stored() == after


def test_a_day_no_source_answered_is_an_outage_not_a_quiet_day(tmp_path, capsys, monkeypatch, fast_crawls):
    """Every site refused the connection (our network, DNS or proxy is down, not the sites): the refresh fails with
    exit 1 naming it, publishes nothing and leaves the day unknown, so the trends do not read a day of no coverage;
    the next refresh that gets through fills the day."""
    import socket

    import duckdb

    from tests.faultserver import FaultServer, write_sources

    monkeypatch.setenv("ZGC_WAREHOUSE_DIR", str(tmp_path / "warehouse"))
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "dagster_home"))
    day = "2026-11-12"
    with FaultServer() as server:
        up = write_sources(tmp_path / "up.toml", {"a": [server.url("/list/oa?n=2&art=ok")]})
        assert main(["-q", "refresh", "--live", "--sources", str(up), "--date", "2026-11-11"]) == 0
    with socket.socket() as s:   # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        dead = s.getsockname()[1]
    down = write_sources(tmp_path / "down.toml", {"a": [f"http://127.0.0.1:{dead}/list/oa?n=2&art=ok"],
                                                   "b": [f"http://127.0.0.1:{dead}/list/ob?n=2&art=ok"]})
    capsys.readouterr()
    assert main(["-q", "refresh", "--live", "--sources", str(down), "--date", day]) == 1
    out, err = capsys.readouterr()
    assert json.loads(out.splitlines()[-1])["ok"] is False
    assert "no source answered: all" in err and f"{day} stays unknown" in err, err[-2000:]
    assert "Not executing" not in err   # (the steps after the failed one are not listed, one line each)
    con = duckdb.connect(str(tmp_path / "warehouse" / "zgc.duckdb"), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM refreshed_days WHERE day = ?", [day]).fetchone() == (0,)
        assert con.execute("SELECT count(*) FROM crawl_runs WHERE day = ?", [day]).fetchone() == (0,)  # not published
    finally:
        con.close()
    assert not (tmp_path / "warehouse" / "digests" / f"{day}.md").exists()
    assert main(["digest", "--date", day]) == 2   # refused, as a day no refresh looked at
    assert f"no refresh has run for {day}" in capsys.readouterr().err
    # a scheduler reading the last line gets one, and the status check names the failure
    assert main(["status", "--date", "2026-11-11"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["status"] == "warning" and "no source answered" in report["warnings"][0]
    assert main(["status", "--date", day]) == 2
    # the same outage on a day an earlier refresh got through: that day keeps what it published
    capsys.readouterr()
    assert main(["-q", "refresh", "--live", "--sources", str(down), "--date", "2026-11-11"]) == 1
    err = capsys.readouterr().err
    assert "2026-11-11 keeps what its earlier refresh published" in err and "stays unknown" not in err, err[-2000:]


def test_an_unwritable_warehouse_is_refused_before_the_crawl(tmp_path, capsys, monkeypatch):
    """A warehouse folder the refresh cannot write (a read-only mount, an immutable folder: root's chmod does not
    stop root, so the file system's refusal is simulated) is named before the crawl, not after hours of it at publish."""
    import errno
    import tempfile

    monkeypatch.setenv("ZGC_WAREHOUSE_DIR", str(tmp_path / "warehouse"))
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "dagster_home"))
    (tmp_path / "warehouse").mkdir()
    with Warehouse(tmp_path / "warehouse").writer():   # (a warehouse a refresh made: its working database)
        pass
    real = tempfile.mkstemp

    def read_only(*args, dir=None, **kw):
        if dir is not None and str(dir) == str(tmp_path / "warehouse"):
            raise OSError(errno.EROFS, "Read-only file system")
        return real(*args, dir=dir, **kw)

    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    assert main(["-q", "refresh", "--offline", "--date", "2026-11-12"]) == 1
    err = capsys.readouterr().err
    assert f"the warehouse folder {tmp_path / 'warehouse'} cannot be written (Read-only file system)" in err, err
    assert "nothing was changed (a refresh would crawl and then fail to publish)" in err, err
    assert not (tmp_path / "warehouse" / "raw").exists()   # nothing crawled
    # so do the other commands that write it, before their locks (prune said "what was removed before it stays
    # removed" when nothing was), each saying what it writes there (they said what a refresh would do); their dry
    # runs only read
    for command, writes in ((["prune", "--keep-days", "3", "--keep-runs"], "prune writes its locks and removes the "
                             "old days' folders there"),
                            (["reprocess", "--date", "2026-11-12"], "reprocess writes the day's articles, the "
                             "snapshot and the day's digest there"),
                            (["takedown", "https://example.cn/a.html"], "takedown writes the working database, the "
                             "snapshot and the digests there")):
        assert main(command) == 1, command
        err = capsys.readouterr().err
        assert f"the warehouse folder {tmp_path / 'warehouse'} cannot be written" in err and "removed" not in err, err
        assert f"nothing was changed ({writes}); make it writable" in err and "a refresh would" not in err, err
    assert main(["prune", "--keep-days", "3", "--keep-runs", "--dry-run"]) == 0


def test_a_hint_broken_by_a_redesign_is_flagged_the_day_it_breaks_and_after(tmp_path):
    """Ten good articles, then a redesign: the day's three new articles read whole are flagged that day (a window of
    the latest ten alone waited for more), and the flag stays while the latest ten are mostly misread."""
    day = date(2026, 11, 20)

    def article(con, n, d, missed):
        con.execute("INSERT INTO articles (id, url, canonical_url, source, text, analysis_text, first_seen, "
                    "processed_at, body_selector_missed) VALUES (?, ?, ?, 'site', 't', 't', ?, now(), ?)",
                    [f"a{n}", f"https://s.cn/{n}", f"https://s.cn/{n}", d, "div.body" if missed else None])

    with Warehouse(tmp_path).writer() as con:
        for i in range(10):
            article(con, i, day - timedelta(days=3), False)
        for d in (day - timedelta(days=3), day):
            _health(con, d, "site", 5, new=3)
        for i in range(10, 13):
            article(con, i, day, True)
        broken = dict(wh.broken_sources(con, day))
        assert broken["site"].kind == "hint_unmatched" and "on 3 of its 3 recent" in broken["site"]
        # a crawl day with nothing new changes nothing: the three are still misread (3 of the latest 10 alone is not
        # most of them, but they are all of the source's latest day with new articles)
        _health(con, day + timedelta(days=1), "site", 5, new=0)
        assert dict(wh.broken_sources(con, day + timedelta(days=1)))["site"].kind == "hint_unmatched"
        con.execute("DELETE FROM source_health WHERE day = ?", [day + timedelta(days=1)])
        for i in range(13, 16):   # three more the next day: 6 of the latest 10 misread
            article(con, i, day + timedelta(days=1), True)
        _health(con, day + timedelta(days=1), "site", 5, new=3)
        assert dict(wh.broken_sources(con, day + timedelta(days=1)))["site"].kind == "hint_unmatched"
        _health(con, day + timedelta(days=2), "site", 5, new=0)   # nothing new: still misread, still flagged
        assert dict(wh.broken_sources(con, day + timedelta(days=2)))["site"].kind == "hint_unmatched"


def test_sources_check_offline_never_leaves_the_machine_and_names_what_the_archive_lacks(tmp_path, monkeypatch):
    """Offline, the check sent a redirect to https (an entry point's, a robots.txt's) to the network: urllib's proxy
    covered http only, and `no_proxy` sent even http past the archive. Every request now goes to the archive, and
    one it does not hold is reported as not in it, naming the address (a listener on the site's port stands for the
    network: nothing may reach it)."""
    from pipeline.sourcecheck import check_sources
    from spiders.sources import load_sources
    from tests.faultserver import Canary, redirecting_archive, write_sources

    monkeypatch.setenv("no_proxy", "*")
    with Canary() as net:
        site = f"http://127.0.0.1:{net.port}"
        archive = redirecting_archive(tmp_path / "archive", net.port)
        sources = write_sources(tmp_path / "sources.toml", {"moved": [f"{site}/list"], "gone": [f"{site}/gone"]},
                                article_pattern=r"/art/\d")
        rows = {r["source"]: r for r in check_sources(load_sources(sources), offline=True, timeout=2,
                                                      archive=archive)}
    assert net.connections == []
    assert rows["moved"]["ok"] and rows["moved"]["article_links"] == 2   # (read from the archive's https copy)
    assert not rows["gone"]["ok"] and rows["gone"]["status"] == 404
    assert rows["gone"]["error"] == f"HTTP 404: https://127.0.0.1:{net.port}/gone-moved is not in the offline archive"


def test_sources_check_live_asks_as_politely_as_the_crawl(tmp_path, capsys, monkeypatch):
    """`sources check --live` sends the crawl's User-Agent and contact, and keeps the host's robots.txt Crawl-delay
    between its requests (it asked robots.txt and the entry point 6 ms apart under a Crawl-delay of 5: a
    compliance reviewer's finding)."""
    from tests.faultserver import FaultServer, write_sources

    monkeypatch.setenv("ZGC_CRAWL_CONTACT", "newsdesk@example.org")
    with FaultServer() as server:
        server.robots_extra = b"Crawl-delay: 1\n"
        sources = write_sources(tmp_path / "sources.toml", {"polite": [server.url("/list/pol?n=2&art=ok"),
                                                                       server.url("/list/pol2?n=2&art=ok")]})
        code = main(["sources", "check", "--live", "--sources", str(sources), "--timeout", "5"])
        log = list(server.log)
    assert code == 0, capsys.readouterr()
    assert [p.split("?")[0] for p, _, _ in log] == ["/robots.txt", "/list/pol", "/list/pol2"]
    assert {h.get("User-Agent") for _, h, _ in log} == {
        "zgc-monitor/0.1.0 (+newsdesk@example.org; news monitoring of Zhongguancun coverage)"}
    assert {h.get("From") for _, h, _ in log} == {"newsdesk@example.org"}
    times = [t for _, _, t in log]
    assert all(b - a >= 0.95 for a, b in zip(times, times[1:])), times   # the delay kept, not a speed measurement
    monkeypatch.setenv("ZGC_CRAWL_CONTACT", "news desk")
    assert main(["sources", "check", "--live", "--sources", str(sources)]) == 2
    assert "ZGC_CRAWL_CONTACT='news desk' is not a contact the crawl can send" in capsys.readouterr().err
