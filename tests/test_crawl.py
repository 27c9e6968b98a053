"""Normal crawls: a temp archive through the offline proxy, feeds and sitemaps, seen-URL skipping.

Every crawl runs ``python -m spiders.run`` in its own process against a
server on 127.0.0.1 (the archive proxy or tests/faultserver.py).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.faultserver import FaultServer, run_crawl, write_sources

HOST = "news.example.test"
ARTICLE_RE = r"^https?://news\.example\.test/a/\d{4}/\d{2}/\d{2}/\d+\.html$"
FOLLOW_RE = r"^https?://news\.example\.test/list/p\d+\.html$"


def _page(title: str, links: list[str]) -> bytes:
    items = "".join(f'<li><a href="{u}">{u}</a></li>' for u in links)
    return f"<html><head><title>{title}</title></head><body><ul>{items}</ul></body></html>".encode()


def build_archive(root: Path, pages: int = 3, per_page: int = 4) -> dict[str, bytes]:
    """A two-level site (paginated listing -> articles) in the archive server's format."""
    files: dict[str, tuple[bytes, dict]] = {}
    articles: dict[str, bytes] = {}
    for p in range(1, pages + 1):
        links = []
        for i in range(per_page):
            url = f"https://{HOST}/a/2024/05/{p:02d}/{p * 100 + i}.html"
            body = (f'<html><head><meta charset="utf-8"><title>第{p}-{i}篇</title></head>'
                    f"<body><p>中关村 {p}-{i}</p></body></html>").encode("utf-8")
            files[url] = (body, {"Content-Type": "text/html; charset=utf-8"})
            articles[url] = body
            links.append(url if i % 2 else url.replace(f"https://{HOST}", ""))  # absolute and relative
        if p < pages:
            links.append(f"/list/p{p + 1}.html")
        files[f"https://{HOST}/list/p{p}.html"] = (_page(f"p{p}", links), {"Content-Type": "text/html"})
    files[f"http://{HOST}/robots.txt"] = (b"User-agent: *\nDisallow: /private/\n", {"Content-Type": "text/plain"})
    manifest = []
    for n, (url, (body, headers)) in enumerate(files.items()):
        rel = f"pages/{n}.bin"
        (root / "pages").mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(body)
        manifest.append({"url": url, "file": rel, "status": 200, "headers": headers})
    (root / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return articles


def _archive_sources(path: Path) -> Path:
    path.write_text(f"""
[[source]]
name = "example"
title = "Example News"
language = "zh"
domains = ["{HOST}"]
entry_points = ["https://{HOST}/list/p1.html"]
article_patterns = ['{ARTICLE_RE}']
follow_patterns = ['{FOLLOW_RE}']
""", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def archive_crawl(tmp_path_factory):
    root = tmp_path_factory.mktemp("archive")
    articles = build_archive(root / "archive")
    sources = _archive_sources(root / "sources.toml")
    result = run_crawl(root / "out", sources=sources, extra=["--offline", "--archive", str(root / "archive")])
    assert result.returncode == 0, result.output[-3000:]
    return result, articles, root, sources


def test_offline_crawl_follows_pagination_and_fetches_every_article(archive_crawl):
    result, articles, *_ = archive_crawl
    assert sorted(result.urls("article")) == sorted(articles)   # original https URLs, none twice
    assert sorted(result.urls("listing")) == [f"https://{HOST}/list/p{p}.html" for p in (1, 2, 3)]
    counts = result.source("example")
    assert counts["articles_fetched"] == 12 and counts["requests"] == 15 and counts["status_200"] == 15
    assert result.stats["finish_reason"] == "finished"


def test_warc_records_carry_body_headers_and_custom_fields(archive_crawl):
    result, articles, *_ = archive_crawl
    for rec in result.records:
        assert rec.source == "example"
        assert rec.kind in ("article", "listing")
        assert rec.warc_headers["WARC-Type"] == "response"
        assert rec.warc_headers["WARC-Date"].endswith("Z")
        assert int(rec.headers["Content-Length"]) == len(rec.body)
        if rec.kind == "article":
            assert rec.status == 200 and rec.body == articles[rec.url]
            assert rec.headers["Content-Type"] == "text/html; charset=utf-8"
    assert not any(r.url.endswith("/robots.txt") for r in result.records)


def test_seen_file_skips_articles_fetched_before(archive_crawl):
    from pipeline.urls import canonical_url

    _, articles, root, sources = archive_crawl
    seen = sorted(articles)[:7]
    (root / "seen.txt").write_text("\n".join(canonical_url(u) for u in seen), encoding="utf-8")
    again = run_crawl(root / "out", sources=sources, name="again",
                      extra=["--offline", "--archive", str(root / "archive"), "--seen", str(root / "seen.txt")])
    assert again.returncode == 0
    assert sorted(again.urls("article")) == sorted(set(articles) - set(seen))
    assert again.source("example")["already_seen"] == 7


def test_rss_and_sitemap_entry_points(tmp_path):
    with FaultServer() as srv:
        sources = write_sources(tmp_path / "sources.toml", {
            "rss": [srv.url("/feed/rss.xml?n=3&art=ok")],
            "sitemap": [srv.url("/sitemap/sm.xml?n=4&art=ok")],
        })
        result = run_crawl(tmp_path, sources=sources)
    assert result.returncode == 0, result.output[-3000:]
    assert sorted(u.rsplit("/", 1)[1] for u in result.urls()) == sorted(
        [f"rss-1-{i}.html" for i in range(3)] + [f"sm-1-{i}.html" for i in range(4)])
    assert result.source("rss")["articles_fetched"] == 3
    assert result.source("sitemap")["articles_fetched"] == 4
    assert {r.source for r in result.records if "/rss-" in r.url} == {"rss"}


def test_article_links_with_a_fragment_or_a_tracking_query_are_articles(tmp_path):
    """A listing links its stories to their comments (…/3.html#comments) or with a tracking query
    (…/4.html?spm=list.1&from=timeline): an article pattern anchored at the end (\\.html$) still takes them, and
    each article is fetched once, under its bare address."""
    with FaultServer() as srv:
        sources = write_sources(tmp_path / "sources.toml", {"tagged": [srv.url("/list/tg?n=4&art=ok&suffix=1")]},
                                article_pattern=r"^http://127\.0\.0\.1:\d+/art/ok/[\w-]+\.html$")
        with open(sources, "a", encoding="utf-8") as fh:
            fh.write("quiet_days = 3\nmuted_until = 2026-12-01\nmuted_reason = 'redesign'\n")   # (and a source's own
            # quiet days and mute travel with the run's counts)
        result = run_crawl(tmp_path, sources=sources, extra=["--only", "tagged"])
    assert result.returncode == 0, result.output[-3000:]
    assert sorted(u.rsplit("/", 1)[1] for u in result.urls()) == [f"tg-1-{i}.html" for i in range(4)]
    assert result.source("tagged")["articles_fetched"] == 4 and result.source("tagged")["quiet_days"] == 3
    assert (result.source("tagged")["muted_until"], result.source("tagged")["muted_reason"]) == ("2026-12-01", "redesign")
    assert result.source("tagged")["partial"] == 1   # (--only: the health check keeps judging the others)


def test_feeds_sitemap_indexes_and_json_listings_give_all_their_articles(tmp_path):
    """Atom hrefs relative to xml:base (not the feed's URL; replies links are no articles), RSS items with only a
    permalink guid, a sitemap index's sitemaps whatever follow_patterns say, a JSON answer and a page whose links
    are written only in a script: each gives every article it names."""
    with FaultServer() as srv:
        sources = write_sources(tmp_path / "sources.toml", {
            "atom": [srv.url("/atom/at.xml?n=3&art=ok")],
            "guid": [srv.url("/rssguid/gu.xml?n=2&art=ok")],
            "index": [srv.url("/sitemapindex/ix.xml?n=2&art=ok")],
            "api": [srv.url("/api/ap?n=4&art=ok")],
            "js": [srv.url("/jslist/js?n=2&art=ok")],
        })
        result = run_crawl(tmp_path, sources=sources)
    assert result.returncode == 0, result.output[-3000:]
    got = sorted(u.rsplit("/", 1)[1] for u in result.urls())
    assert got == sorted([f"at-1-{i}.html" for i in range(3)] + [f"gu-1-{i}.html" for i in range(2)]
                         + [f"ix-1-{i}.html" for i in range(2)] + [f"ap-1-{i}.html" for i in range(4)]
                         + [f"js-1-{i}.html" for i in range(2)])
    assert "Spider error" not in result.output and "Traceback" not in result.output


def test_a_site_cannot_make_the_crawl_read_this_machines_files(tmp_path):
    """A hostile or hacked site lists file://<its host>/<a local file> (and ftp://, data:) in its sitemap index and on
    its listing, where an unanchored article pattern takes it: nothing but http(s) is asked for, the file's bytes
    reach neither the archive nor the stats, the refused links are counted, and the site's real articles are
    crawled as ever."""
    secret = tmp_path / "art" / "ok" / "secret-1-0.html"   # (a path the article pattern below takes)
    secret.parent.mkdir(parents=True)
    secret.write_text("ZGC_SMTP_PASSWORD=do-not-leak", encoding="utf-8")
    with FaultServer() as srv:
        sources = write_sources(tmp_path / "sources.toml", {
            "index": [srv.url(f"/hostile/index.xml?file={secret}")],
            "listing": [srv.url(f"/hostile/list?file={secret}")],
        }, article_pattern=r"/art/ok/[\w-]+\.html$")
        result = run_crawl(tmp_path, sources=sources)
    assert result.returncode == 0, result.output[-3000:]
    records = result.records
    assert records and all(r.url.startswith("http://127.0.0.1:") for r in records)
    assert not any(b"do-not-leak" in r.body for r in records)
    assert sorted(u.rsplit("/", 1)[1] for u in result.urls()) == ["hl-1-0.html", "hx-1-0.html", "hx-1-1.html"]
    assert result.source("listing")["scheme_refused"] == 2 and result.source("index")["scheme_refused"] == 3
    assert "do-not-leak" not in json.dumps(result.stats) + result.output


def test_a_source_whose_listings_link_no_article_is_named(tmp_path):
    with FaultServer() as srv:
        sources = write_sources(tmp_path / "sources.toml", {"nomatch": [srv.url("/list/nm?n=3&art=ok")]},
                                article_pattern=r"^http://127\.0\.0\.1:\d+/nothing/")
        result = run_crawl(tmp_path, sources=sources)
    assert result.returncode == 0 and result.urls() == []
    assert "source nomatch: its 1 listing page(s) linked no URL that its article_patterns match" in result.output


def test_min_date_window_skips_old_articles(archive_crawl):
    _, articles, root, sources = archive_crawl
    again = run_crawl(root / "out", sources=sources, name="window",
                      extra=["--offline", "--archive", str(root / "archive"), "--min-date", "2024-05-02"])
    assert again.returncode == 0
    assert sorted(again.urls("article")) == sorted(u for u in articles if "/2024/05/01/" not in u)
    assert again.source("example")["outside_window"] == 4


def test_progress_is_logged_per_source_while_crawling(tmp_path):
    with FaultServer() as srv:
        sources = write_sources(tmp_path / "sources.toml", {"slow": [srv.url("/list/slow?n=8&art=slow")]})
        result = run_crawl(tmp_path, sources=sources,
                           settings={"LOGSTATS_INTERVAL": "0.3", "CONCURRENT_REQUESTS_PER_DOMAIN": "2"})
    assert result.returncode == 0
    assert "scrapy.extensions.logstats INFO Crawled" in result.output
    assert "spiders.news.logstats INFO per source: slow 9 req/" in result.output


def test_an_unreadable_crawl_state_is_kept_aside(tmp_path, caplog):
    """A state file that is not JSON (a disk that filled up mid-write by some other tool, a hand edit) is
    ignored for the run, and copied aside first: the run writes a fresh state over it."""
    from spiders.news import CrawlState

    path = tmp_path / "crawl_state.json"
    path.write_text('{"version": 1, "validators": {"http://x/": ', encoding="utf-8")
    state = CrawlState(path)
    assert state.validators == {}
    assert (tmp_path / "crawl_state.json.unreadable").read_text(encoding="utf-8") == path.read_text(encoding="utf-8")
    assert "a copy is kept at" in caplog.text


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (Linux)")
def test_an_archive_that_cannot_be_written_stops_the_crawl_with_an_error(tmp_path):
    """A full disk under the WARC file: the crawl stops at the first write that fails and exits non-zero naming
    the file, instead of fetching on and reporting every page as a fetch failure of a healthy site."""
    import subprocess

    from tests.faultserver import PROJECT_ROOT, crawl_command, crawl_env

    build_archive(tmp_path / "archive", pages=3, per_page=4)
    sources = _archive_sources(tmp_path / "sources.toml")
    out = tmp_path / "out"
    out.mkdir()
    (out / "run.warc.gz").symlink_to("/dev/full")  # every write: ENOSPC
    proc = subprocess.run(crawl_command(out, sources=sources, extra=["--offline", "--archive", str(tmp_path / "archive")]),
                          cwd=PROJECT_ROOT, env=crawl_env(), capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1, proc.stderr[-3000:]
    assert f"cannot write the archive {out / 'run.warc.gz'}: [Errno 28]" in proc.stderr
    summary = json.loads(proc.stdout.strip().splitlines()[-1])
    assert summary["finish_reason"] == "archive_write_failed"
    assert summary["requests"] < 12  # stopped, not every listing and article fetched
    assert "Traceback" not in proc.stderr


def _file_size_limit(limit: int):
    """A preexec_fn giving the crawl process a file-size limit (``ulimit -f``): a write past *limit* bytes of any file
    fails with EFBIG, as a full disk fails with ENOSPC, in the kernel, under the archive writer's own calls."""
    import resource

    return lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


def test_pages_the_archive_could_not_keep_stay_unfinished_and_the_next_run_fetches_them(tmp_path):
    """A crawl whose archive stopped taking records (a full disk) had marked the pages it fetched but could not
    archive as finished in its resume log: the next run of the day resumed the log and never asked for them again,
    and the refresh reported success with none of them.  A page is finished only once its record is written; the
    pages fetched after the write failed are left queued, and the next run (the archive writable again) fetches
    exactly those, each once."""
    import subprocess

    from pipeline.urls import canonical_url
    from spiders.middlewares import repair_warc_tail
    from tests.faultserver import PROJECT_ROOT, crawl_command, crawl_env, read_warc

    out, jobdir = tmp_path / "out", tmp_path / "job"
    out.mkdir()
    with FaultServer() as srv:
        sources = write_sources(tmp_path / "sources.toml", {"full": [srv.url("/list/fd?n=16&art=ok")]})
        first = subprocess.run(crawl_command(out, sources=sources, name="first", extra=["--jobdir", str(jobdir)]),
                               cwd=PROJECT_ROOT, env=crawl_env(), capture_output=True, text=True, timeout=60,
                               preexec_fn=_file_size_limit(3000))
        assert first.returncode == 1, first.stderr[-3000:]
        # the cause, named with the file, is the crawl's last error line (the one a refresh quotes)
        said = [ln for ln in first.stderr.splitlines() if ln.startswith("error: ")]
        assert said and said[-1].startswith(f"error: cannot write the archive {out / 'first.warc.gz'}: [Errno 27]"), \
            first.stderr[-3000:]
        assert json.loads(first.stdout.strip().splitlines()[-1])["finish_reason"] == "archive_write_failed"
        repair_warc_tail(out / "first.warc.gz")   # (what the refresh's recovery does with the record cut short)
        archived = {r.url for r in read_warc(out / "first.warc.gz") if r.kind == "article"}
        linked = {srv.url(f"/art/ok/fd-1-{i}.html") for i in range(16)}
        assert len(archived) < len(linked)    # (the limit struck mid-crawl, after some articles were archived)
        log = (jobdir / "frontier.log").read_text(encoding="utf-8").splitlines()
        finished = {ln.split("\t")[1] for ln in log if ln.startswith("F\t")}
        assert finished == archived   # done = archived, nothing else
        stats = json.loads((out / "first.stats.json").read_text(encoding="utf-8"))["sources"]["full"]
        assert stats["archive_failed"] >= 1 and "errors" not in stats   # this machine's fault, not the site's

        # the next run of the day, with space again: what the refresh does (the first run's archive indexed as seen)
        (tmp_path / "seen.txt").write_text("\n".join(canonical_url(u) for u in archived), encoding="utf-8")
        again = run_crawl(out, sources=sources, name="again",
                          extra=["--jobdir", str(jobdir), "--seen", str(tmp_path / "seen.txt")])
    assert again.returncode == 0, again.output[-3000:]
    fetched = again.urls("article")
    assert sorted(fetched) == sorted(linked - archived)   # each missing page once, none archived before
    assert again.source("full")["resumed"] == len(linked - archived)


def test_crawl_state_written_by_an_earlier_version_is_read_in_todays_key_form(tmp_path):
    """A known 404 or redirect stored under a key an earlier version wrote (bare host, trailing slash) is still
    known: not asked again, nor counted against its source again, because its key's form changed."""
    import json

    from spiders.news import CrawlState

    path = tmp_path / "state.json"
    path.write_text(json.dumps({"version": CrawlState.VERSION, "gone": {
        "https://zgc.org.cn/news/404/": {"why": "status_404", "source": "s", "since": "2026-11-20"}},
        "redirects": {"https://zgc.org.cn/go/1/": "https://zgc.org.cn/news/1/"}}), encoding="utf-8")
    state = CrawlState(path)
    assert list(state.gone) == ["https://www.zgc.org.cn/news/404"]
    assert state.redirects == {"https://www.zgc.org.cn/go/1": "https://www.zgc.org.cn/news/1"}



def test_every_request_says_whose_crawl_it_is_with_the_operators_contact(tmp_path, monkeypatch):
    """$ZGC_CRAWL_CONTACT puts the operator's contact in the User-Agent of every request, robots.txt's
    included, and an e-mail address in the From header; the product token robots.txt groups match stays first."""
    with FaultServer() as srv:
        sources = write_sources(tmp_path / "sources.toml", {"who": [srv.url("/list/who?n=2&pages=1&art=ok")]})
        monkeypatch.setenv("ZGC_CRAWL_CONTACT", "mailto:newsdesk@example.org")
        result = run_crawl(tmp_path / "mail", sources=sources)
        monkeypatch.delenv("ZGC_CRAWL_CONTACT")
        plain = run_crawl(tmp_path / "plain", sources=sources)
        log = list(srv.log)
    assert result.returncode == plain.returncode == 0, result.output[-3000:]
    seen = [(path, headers.get("User-Agent"), headers.get("From")) for path, headers, _ in log]
    paths = {p for p, _, _ in seen}
    assert "/robots.txt" in paths and any(p.startswith("/art/ok/") for p in paths), paths
    assert {(ua, frm) for _, ua, frm in seen} == {
        ("zgc-monitor/0.1.0 (+newsdesk@example.org; news monitoring of Zhongguancun coverage)", "newsdesk@example.org"),
        ("zgc-monitor/0.1.0 (+news monitoring of Zhongguancun coverage; polite crawler)", None),
    }
    # every request of each crawl: robots.txt, the listing and both articles
    assert sorted(p for p, ua, _ in seen if "newsdesk" in ua) == sorted(p for p, ua, _ in seen if "newsdesk" not in ua)


@pytest.mark.parametrize("contact, agent, sender", [
    ("https://example.org/news-monitor",
     "zgc-monitor/0.1.0 (+https://example.org/news-monitor; news monitoring of Zhongguancun coverage)", None),
    ("  newsdesk@example.org\n", "zgc-monitor/0.1.0 (+newsdesk@example.org; news monitoring of Zhongguancun coverage)",
     "newsdesk@example.org"),
    ("", "zgc-monitor/0.1.0 (+news monitoring of Zhongguancun coverage; polite crawler)", None),
])
def test_the_crawls_identity_from_its_contact(contact, agent, sender):
    from spiders.identity import crawl_contact, request_headers

    headers = request_headers(crawl_contact(contact))
    assert (headers["User-Agent"], headers.get("From")) == (agent, sender)


@pytest.mark.parametrize("contact", ["call me maybe", "ops (at) example.org", "http://localhost", "<ops@example.org>",
                                     "a@b", "https://example.org/" + "x" * 200])
def test_a_contact_no_site_should_be_sent_is_named(contact):
    from spiders.identity import crawl_contact

    with pytest.raises(ValueError, match=r"^ZGC_CRAWL_CONTACT=.* is not a contact the crawl can send"):
        crawl_contact(contact)


def test_a_crawl_with_a_bad_contact_asks_nothing(tmp_path, monkeypatch):
    with FaultServer() as srv:
        sources = write_sources(tmp_path / "sources.toml", {"who": [srv.url("/list/who?n=1&pages=1&art=ok")]})
        monkeypatch.setenv("ZGC_CRAWL_CONTACT", "news desk")
        result = run_crawl(tmp_path, sources=sources)
        log = list(srv.log)
    assert result.returncode == 2
    assert "ZGC_CRAWL_CONTACT='news desk' is not a contact the crawl can send" in result.output
    assert log == []
def test_an_offline_crawl_never_leaves_the_machine(tmp_path, monkeypatch):
    """Offline, a redirect to https (a robots.txt's, a listing's, an article's) is asked of the archive as the crawl
    asks any https page, whatever `no_proxy` says; a page it lacks is not_archived (a listener on the site's port
    stands for the network: nothing may reach it)."""
    from tests.faultserver import Canary, redirecting_archive

    monkeypatch.setenv("no_proxy", "*")
    with Canary() as net:
        site = f"127.0.0.1:{net.port}"
        archive = redirecting_archive(tmp_path / "archive", net.port)
        sources = write_sources(tmp_path / "sources.toml", {"moved": [f"http://{site}/list"]},
                                article_pattern=r"/art/\d")
        result = run_crawl(tmp_path, sources=sources, extra=["--offline", "--archive", str(archive)])
    assert result.returncode == 0, result.output[-3000:]
    assert net.connections == []
    assert [r.url for r in result.records if r.status == 200] == [f"https://{site}/list-moved", f"https://{site}/art/1.html"]
    assert result.source("moved")["not_archived"] == 1 and "errors" not in result.source("moved")


def test_a_page_under_two_of_its_sources_host_names_is_one_article(tmp_path):
    """A source listing a subdomain host and its www. form (a site serving the same pages under both) stored each
    page once per name: the key folded www. only before a registrable domain. A page linked under both is fetched
    once and is one row of the warehouse, and a page stored under the www. key before is not fetched again under
    the other name. The source's other hosts stay their own sites (the same path there is another page)."""
    from tests.faultserver import index_warcs, write_archive

    html = {"Content-Type": "text/html; charset=utf-8"}
    page = b'<html><head><meta charset="utf-8"><title>t</title></head><body><p>zgc</p></body></html>'
    links = ["https://kw.example.gov.cn/a/1.html", "https://www.kw.example.gov.cn/a/1.html",
             "https://www.kw.example.gov.cn/a/2.html", "https://kw.example.gov.cn/a/3.html",
             "https://tech.kw.example.gov.cn/a/1.html"]
    archive = write_archive(tmp_path / "archive", {
        "https://www.kw.example.gov.cn/list": (200, html, _page("list", links)), **{u: (200, html, page) for u in links}})
    sources = tmp_path / "sources.toml"
    sources.write_text("""[[source]]
name = "kw"
domains = ["kw.example.gov.cn", "www.kw.example.gov.cn", "tech.kw.example.gov.cn"]
entry_points = ["https://www.kw.example.gov.cn/list"]
article_patterns = ['/a/\\d+\\.html$']
""", encoding="utf-8")
    seen = tmp_path / "seen.txt"
    seen.write_text("https://www.kw.example.gov.cn/a/3.html\n", encoding="utf-8")   # (the key an earlier version wrote)
    result = run_crawl(tmp_path, sources=sources, extra=["--offline", "--archive", str(archive), "--seen", str(seen)])
    assert result.returncode == 0, result.output[-3000:]
    assert sorted(u.split("://")[1].replace("www.", "") for u in result.urls()) == [
        "kw.example.gov.cn/a/1.html", "kw.example.gov.cn/a/2.html", "tech.kw.example.gov.cn/a/1.html"]
    assert index_warcs(tmp_path, [result.warc])[:2] == (3, 3)


def test_an_offline_crawl_finishes_the_archives_own_missing_pages_it_resumes(tmp_path):
    """An offline crawl leaves a page of its resume log the archive does not hold pending (a live crawl's work, for
    the next live crawl), but not one an offline crawl queued (a link of the archive's listings it lacks, left by an
    offline crawl stopped halfway, a further page of the archive's article): kept, every crawl after would ask for it
    and keep it again."""
    from pipeline.urls import canonical_url
    from spiders.frontier import Frontier
    from tests.faultserver import PROJECT_ROOT

    sources = PROJECT_ROOT / "spiders" / "sources.toml"
    first = run_crawl(tmp_path / "first", sources=sources, extra=["--offline", "--jobdir", str(tmp_path / "j1")])
    assert first.returncode == 0, first.output[-3000:]
    log = (tmp_path / "j1" / "frontier.log").read_text(encoding="utf-8").splitlines()
    stored = {canonical_url(r.url) for r in first.records if r.status == 200}
    missing = [line for line in log   # (further pages of a China Daily story the archive lacks: not_archived)
               if line.startswith("P\t") and canonical_url(Frontier.line_url(line)) not in stored]
    assert missing and all(line.endswith("\toffline") for line in missing), log
    name, url = missing[0].split("\t")[1], Frontier.line_url(missing[0])
    live_url = "/".join(url.split("/")[:3]) + "/zgc-live-only-page.html"   # (on the source's own host)
    live = f"Q\t{name}\t{live_url}"
    (tmp_path / "j2").mkdir()
    (tmp_path / "j2" / "frontier.log").write_text(missing[0] + "\n" + live + "\n", encoding="utf-8")

    second = run_crawl(tmp_path / "second", sources=sources, extra=["--offline", "--jobdir", str(tmp_path / "j2")])
    assert second.returncode == 0, second.output[-3000:]
    stats = json.loads((tmp_path / "second" / "run.stats.json").read_text(encoding="utf-8"))
    assert Frontier.pending_lines(tmp_path / "j2") == [live]   # (still a live crawl's line: no offline field)
    assert stats["not_looked_up"] == [canonical_url(live_url)]
