"""The crawl's host checks against a hostile site: addresses that name the source's host to one URL parser and
another service to the fetcher, and a robots.txt that redirects.

Each test crawls (``python -m spiders.run`` in its own process, as in tests/test_crawl.py) a site on 127.0.0.1 whose
links, feed, sitemap, further pages, redirects and robots.txt point at an "internal service": a second local server,
on 127.0.0.1, ::1 and the names of both (``localhost``), which no source owns.  The internal service must get no
request at all, and nothing it could answer may reach the archive.
"""

from __future__ import annotations

import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.faultserver import ARTICLE_TEXT, article_html, run_crawl

ARTICLE = r"/a/[a-z0-9_]+\.html$"   # (not anchored on the host: the listing route of the review's finding)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):
        pass

    def do_GET(self):
        owner = self.server.owner
        with owner.lock:
            owner.log.append((self.headers.get("Host"), self.path))
        status, headers, body = owner.answer(self.path)
        self.send_response(status)
        for k, v in {"Content-Type": "text/html; charset=utf-8", **headers}.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class _Server(ThreadingHTTPServer):
    daemon_threads = True


class _V6Server(_Server):
    address_family = socket.AF_INET6


class Site:
    """A web server on 127.0.0.1 (and, for ``v6``, on ::1) answering ``pages`` (path -> (status, headers, body);
    anything else: an "intranet console" page, as an internal service would) and logging every request."""

    def __init__(self, pages: dict | None = None, v6: bool = False):
        self.pages = pages or {}
        self.lock = threading.Lock()
        self.log: list[tuple[str, str]] = []
        self.servers = [_Server(("127.0.0.1", 0), _Handler)] + ([_V6Server(("::1", 0), _Handler)] if v6 else [])
        for s in self.servers:
            s.owner = self

    @property
    def port(self) -> int:
        return self.servers[0].server_address[1]

    @property
    def port6(self) -> int:
        return self.servers[1].server_address[1]

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def answer(self, path: str):
        return self.pages.get(path) or (200, {}, b"<html><head><title>Intranet console</title></head><body><p>"
                                                 b"Internal only: the database password is hunter2.</p></body></html>")

    def __enter__(self):
        for s in self.servers:
            threading.Thread(target=s.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc):
        for s in self.servers:
            s.shutdown()
            s.server_close()


def tricks(site: int, internal: int, internal6: int) -> dict[str, str]:
    """Addresses that try to reach the internal service through a link of the site on 127.0.0.1:*site*, by name;
    each is completed with an article path.  Those ending in ``_owned`` name the site's own host and port to urllib
    (they are counted as ``address_refused``); the others name another host or port to urllib as well."""
    return {
        "backslash_owned": f"http://localhost:{internal}\\@127.0.0.1:{site}",          # the review's finding
        "backslash_port_owned": f"http://127.0.0.1:{internal}\\@127.0.0.1:{site}",     # the host's other port
        "backslash_relative_owned": f"//localhost:{internal}\\@127.0.0.1:{site}",      # scheme-relative
        "userinfo_owned": f"http://localhost:{internal}@127.0.0.1:{site}",             # user info
        "newline_owned": f"http://localhost:{internal}\n@127.0.0.1:{site}",            # a line break before @
        "tab_userinfo": f"http://127.0.0.1:{site}\t@localhost:{internal}",
        "userinfo_reversed": f"http://127.0.0.1:{site}@localhost:{internal}",
        "tab_in_host": f"http://local\thost:{internal}",
        "percent_host": f"http://%6c%6fcalhost:{internal}",
        "percent_ip": f"http://127.0.0.%31:{internal}",
        "uppercase": f"http://LOCALHOST:{internal}",
        "fullwidth": f"http://ｌｏｃａｌｈｏｓｔ:{internal}",
        "trailing_dot": f"http://localhost.:{internal}",
        "trailing_dot_ip": f"http://127.0.0.1.:{internal}",
        "ipv6": f"http://[::1]:{internal6}",
        "decimal_ip": f"http://2130706433:{internal}",
        "octal_ip": f"http://0177.0.0.1:{internal}",
        "short_ip": f"http://127.1:{internal}",
        "hex_ip": f"http://0x7f000001:{internal}",
        "other_port": f"http://127.0.0.1:{internal}",
    }


def _html(body: str, title: str = "list") -> bytes:
    return f'<html><head><meta charset="utf-8"><title>{title}</title></head><body>{body}</body></html>'.encode()


def _sources(path, entries: dict[str, list[str]], extra: str = "") -> Path:
    blocks = [f'[[source]]\nname = "{name}"\nlanguage = "zh"\ndomains = ["127.0.0.1"]\n'
              f"entry_points = {json.dumps(urls)}\narticle_patterns = ['{ARTICLE}']\n"
              for name, urls in entries.items()]
    path.write_text("\n".join(blocks) + extra, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """One crawl of a hostile site: every trick as a listing link, a feed item, a sitemap entry and a "page 2" of a
    relevant article, a redirect through a backslash, and stored addresses of the internal service asked again (a
    recheck, a retry kept from an earlier run)."""
    out = tmp_path_factory.mktemp("hostile")
    with Site(v6=True) as internal, Site() as site:
        t = tricks(site.port, internal.port, internal.port6)
        owned = sorted(k for k in t if k.endswith("_owned"))
        links = "".join(f'<a href="{u}/a/{k}.html">{k}</a>' for k, u in t.items())
        story = "".join(f'<a href="{u}/a/story_{n}.html">{n}</a>' for n, u in enumerate(t.values(), start=2))
        site.pages.update({
            "/robots.txt": (200, {"Content-Type": "text/plain"}, b"User-agent: *\nAllow: /\n"),
            "/list.html": (200, {}, _html(links + '<a href="/a/story.html">s</a><a href="/a/moved.html">m</a>')),
            "/feed.xml": (200, {"Content-Type": "application/rss+xml"}, (
                '<?xml version="1.0"?><rss version="2.0"><channel><title>f</title>'
                + "".join(f"<item><title>{k}</title><link>{u}/a/feed_{k}.html</link></item>" for k, u in t.items()
                          if "\n" not in u and "\t" not in u)
                + "<item><title>ok</title><link>/a/feed_ok.html</link></item></channel></rss>").encode()),
            "/sitemap.xml": (200, {"Content-Type": "application/xml"}, (
                '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                + "".join(f"<url><loc>{u}/a/map_{k}.html</loc></url>" for k, u in t.items()
                          if "\n" not in u and "\t" not in u)
                + "<url><loc>/a/map_ok.html</loc></url></urlset>").encode()),
            "/a/story.html": (200, {}, _html(f"<h1>中关村</h1><p>{ARTICLE_TEXT}</p>{story}", "中关村")),
            "/a/moved.html": (302, {"Location": f"http://localhost:{internal.port}\\@127.0.0.1:{site.port}/a/r.html"},
                              b""),
            "/a/feed_ok.html": (200, {}, article_html("feed").encode()),
            "/a/map_ok.html": (200, {}, article_html("map").encode()),
        })
        stored = f"http://localhost:{internal.port}/@127.0.0.1:{site.port}/a/listed.html"   # as an old crawl stored it
        (out / "recheck.txt").write_text(f"hostile\t{stored}\n", encoding="utf-8")
        (out / "state.json").write_text(json.dumps({"version": 1, "retry": {
            f"http://localhost:{internal.port}/@127.0.0.1:{site.port}/a/retried.html":
                {"source": "hostile", "kind": "timeout", "runs": 1}}}), encoding="utf-8")
        sources = _sources(out / "sources.toml", {"hostile": [site.url("/list.html"), site.url("/feed.xml"),
                                                              site.url("/sitemap.xml")]})
        result = run_crawl(out, sources=sources, extra=["--recheck", str(out / "recheck.txt"),
                                                        "--state", str(out / "state.json")])
        result.internal, result.site, result.owned = list(internal.log), list(site.log), owned
    assert result.returncode == 0, result.output[-3000:]
    return result


def test_no_link_of_a_hostile_site_reaches_another_service_however_its_address_is_written(hostile):
    """A backslash before @ (urllib reads the host after it, Scrapy turns it into / and asks the host before it),
    user info, a tab or line break, a percent-encoded, upper-case, full-width or dot-terminated host, [::1] and
    127.0.0.1 written as one number, in octal, short or hex: the internal service gets no request from listing links,
    feed items, sitemap entries, "page 2" links, a redirect, a recheck or a retry."""
    assert hostile.internal == []
    assert {host for host, _ in hostile.site} == {f"127.0.0.1:{hostile.site[0][0].rsplit(':', 1)[1]}"}


def test_only_the_sites_own_pages_are_archived_and_no_page_two_is_joined(hostile):
    site = hostile.records[0].url.split("/")[2]
    assert {r.url.split("/")[2] for r in hostile.records} == {site}
    assert sorted(r.url.rsplit("/", 1)[1] for r in hostile.records if r.kind == "article") == [
        "feed_ok.html", "map_ok.html", "story.html"]
    assert hostile.urls("article_page") == []
    assert not any(b"Intranet" in r.body for r in hostile.records)


def test_links_that_name_the_sites_host_only_to_urllib_are_counted(hostile):
    """Counted where they are refused (listing, feed, sitemap, page 2: the newline and tab forms are only on the
    listing and the page), and so are the stored addresses asked again; another host's link is passed over."""
    counts = hostile.source("hostile")
    per_route = len(hostile.owned)
    assert counts["address_refused"] == per_route + (per_route - 1) * 2 + per_route + 2   # (+ recheck and retry)
    assert counts["offsite_redirect"] == 1 and "errors" not in counts
    assert counts["requests"] == 3 + 4   # the three entry points, story, moved, feed_ok, map_ok


def test_source_owns_an_address_only_as_the_fetcher_reads_it():
    """Whatever Source.owns takes, Scrapy asks for (w3lib's safe_url_string form) and Twisted connects to (its own
    reading of the netloc) on the source's host and port."""
    from twisted.web.client import URI
    from w3lib.url import safe_url_string

    from spiders.sources import Source

    src = Source("s", "s", "zh", ("127.0.0.1",), ("http://127.0.0.1:8000/",), ())
    links = [u + "/a/x.html" for u in tricks(8000, 9000, 9001).values()] + [
        "http://127.0.0.1:8000/a/x.html", "HTTP://127.0.0.1:8000/a\\x.html", "http://127.0.0.1:08000/a/x.html",
        " http://127.0.0.1:8000/a/x.html", "http://127.0.0.1:8000/a/x.html#@localhost:9000",
        "http://127.0.0.1:8000\\a\\x.html", "http:\\\\localhost:9000/a/x.html", "http://127.0.0.1:8000;@x:9000/",
    ]
    owned = [u for u in links if src.owns(u)]
    assert owned == ["http://127.0.0.1:8000/a/x.html", "HTTP://127.0.0.1:8000/a\\x.html",
                     "http://127.0.0.1:08000/a/x.html", " http://127.0.0.1:8000/a/x.html",
                     "http://127.0.0.1:8000/a/x.html#@localhost:9000"]
    for u in owned:
        uri = URI.fromBytes(safe_url_string(u, "utf-8").encode("ascii"))
        assert (uri.host, uri.port) == (b"127.0.0.1", 8000), u


# -- robots.txt ------------------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def robots(tmp_path_factory):
    """One crawl of five sites whose robots.txt redirects: to a page of the internal service (``admin``), to a
    robots.txt on a host no source owns (``elsewhere``) or on another port of the site's host (``port``), to another
    address on the site itself (``own``, whose rules Disallow /a/private_) and, through a backslash, to the internal
    service (``trick``)."""
    out = tmp_path_factory.mktemp("robots")
    with Site() as internal, Site() as a, Site() as b, Site() as c, Site() as d, Site() as e:
        where = {"admin": (a, f"http://localhost:{internal.port}/admin/reset?confirm=yes"),
                 "elsewhere": (b, f"http://localhost:{internal.port}/robots.txt"),
                 "port": (c, f"http://127.0.0.1:{internal.port}/robots.txt"),
                 "own": (d, "/robots-moved.txt"),
                 "trick": (e, f"http://localhost:{internal.port}\\@127.0.0.1:{e.port}/robots.txt")}
        for name, (site, location) in where.items():
            site.pages.update({
                "/robots.txt": (302, {"Location": location}, b""),
                "/robots-moved.txt": (200, {"Content-Type": "text/plain"}, b"User-agent: *\nDisallow: /a/private_\n"),
                "/list.html": (200, {}, _html(f'<a href="/a/{name}_1.html">1</a>'
                                              f'<a href="/a/private_{name}.html">p</a>')),
                f"/a/{name}_1.html": (200, {}, article_html(name).encode()),
                f"/a/private_{name}.html": (200, {}, article_html(name).encode()),
            })
        sources = _sources(out / "sources.toml", {name: [site.url("/list.html")] for name, (site, _) in where.items()})
        result = run_crawl(out, sources=sources)
        result.internal = list(internal.log)
        result.asked = {name: [p for _, p in site.log] for name, (site, _) in where.items()}
    assert result.returncode == 0, result.output[-3000:]
    return result


def test_a_robots_txt_redirect_to_another_host_or_port_is_not_followed(robots):
    """The site's robots.txt sent the crawl to any host, port, path and query, on every crawl."""
    assert robots.internal == []


def test_a_robots_txt_redirected_to_a_page_elsewhere_is_no_robots_txt(robots):
    """Following it gave an HTML page read as rules, so no rules: the same, without asking for the page."""
    for name in ("admin", "trick"):
        assert sorted(robots.asked[name]) == sorted(["/robots.txt", "/list.html", f"/a/{name}_1.html",
                                                     f"/a/private_{name}.html"]), name
        assert "robots_unavailable" not in robots.source(name)
    assert "redirects to http://localhost:" in robots.output and "read as no robots.txt" in robots.output


def test_a_robots_txt_that_is_elsewhere_leaves_the_hosts_rules_unknown(robots):
    """A /robots.txt on a host no source owns, or on another port: the site has rules, which the crawl does not read,
    so nothing on the host is fetched (RFC 9309's reading of rules it cannot have), and a warning says what to do."""
    for name in ("elsewhere", "port"):
        assert robots.asked[name] == ["/robots.txt"], name
        assert robots.source(name)["robots_unavailable"] == 1, robots.source(name)
    assert "add it to the source's domains" in robots.output


def test_a_robots_txt_redirected_on_the_sites_own_server_is_followed_and_not_archived(robots):
    """Any address of the site itself is followed (/robots.txt -> /robots-moved.txt) and its rules apply; neither the
    robots.txt nor the address it led to is archived (the answer was stored under its own address)."""
    assert "/robots-moved.txt" in robots.asked["own"] and "/a/private_own.html" not in robots.asked["own"]
    assert robots.source("own")["robots_forbidden"] == 1
    assert not any("robots" in r.url for r in robots.records)
    assert {r.kind for r in robots.records} == {"listing", "article"}


@pytest.mark.parametrize("asked, target, followed", [
    ("http://example.com/robots.txt", "http://www.example.com/robots.txt", True),
    ("http://example.com/robots.txt", "https://www.example.com/robots.txt", True),
    ("https://www.example.com/robots.txt", "https://static.example.com/robots.txt", True),
    ("http://news.example.cn/robots.txt", "http://news.example.cn/static/robots.txt", True),   # owned
    ("http://news.example.cn/robots.txt", "http://news.example.cn/admin?x=1", True),   # owned: the site's own server
    ("http://example.com/robots.txt", "http://www.example.com/robots.txt?x=1", False),
    ("http://example.com/robots.txt", "http://www.example.com/admin", False),
    ("http://example.com/robots.txt", "http://www.example.com:8080/robots.txt", False),
    ("http://example.com/robots.txt", "http://cdn.example.net/robots.txt", False),
    ("http://example.com/robots.txt", "http://localhost:8080/robots.txt", False),
    ("http://example.com/robots.txt", "http://169.254.169.254/robots.txt", False),
    ("http://example.com/robots.txt", "http://localhost\\@www.example.com/robots.txt", False),
    ("http://example.com/robots.txt", "http://a@www.example.com/robots.txt", False),
    ("http://news.example.cn/robots.txt", "http://news.example.cn:8080/robots.txt", False),   # another service
])
def test_which_robots_txt_redirects_are_followed(asked, target, followed):
    from spiders.sources import Source, robots_redirect_refused

    src = Source("s", "s", "zh", ("news.example.cn",), ("https://news.example.cn/",), ())
    assert (robots_redirect_refused(asked, target, [src]) is None) == followed


def test_sources_check_follows_a_robots_txt_redirect_only_where_the_crawl_does(tmp_path, capsys):
    """`sources check --live` reads robots.txt as the crawl does: it asked the internal service too."""
    from pipeline.cli import main

    with Site() as internal, Site() as a, Site() as b:
        for site, location in ((a, f"http://localhost:{internal.port}/admin/reset?confirm=yes"),
                               (b, f"http://localhost:{internal.port}/robots.txt")):
            site.pages.update({"/robots.txt": (302, {"Location": location}, b""),
                               "/list.html": (200, {}, _html('<a href="/a/one_1.html">1</a>'))})
        sources = _sources(tmp_path / "sources.toml", {"admin": [a.url("/list.html")],
                                                       "elsewhere": [b.url("/list.html")]})
        code = main(["sources", "check", "--live", "--sources", str(sources), "--timeout", "2"])
        asked = internal.log
    rows = {r["source"]: r for r in map(json.loads, capsys.readouterr().out.splitlines())}
    assert asked == [] and code == 1
    assert rows["admin"]["ok"] and rows["admin"]["article_links"] == 1
    assert not rows["elsewhere"]["ok"] and "not followed, so its rules are unknown" in rows["elsewhere"]["error"]
