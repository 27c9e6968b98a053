"""`zgc-monitor sources check`: fetch each entry point once and report what it found.

It judges an entry point as the crawl would: robots.txt is asked first, only links on the source's
own domains count, a gzipped sitemap is read, and a sitemap index is followed to its first sitemap.
It asks as politely as the crawl: with the crawl's User-Agent and contact (``spiders.identity``), and
live, no sooner after the last request to a host than that host's robots.txt ``Crawl-delay`` asks (up to
the crawl's MAX_CRAWL_DELAY).
"""

from __future__ import annotations

import contextlib
import http.client
import re
import threading
import time
import urllib.error
import urllib.request
import urllib.robotparser
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from pipeline.decode import gunzip_capped
from spiders.identity import crawl_contact, request_headers
from spiders.middlewares import MAX_CRAWL_DELAY
from spiders.settings import REDIRECT_MAX_TIMES
from spiders.sources import Source, other_port, robots_redirect_refused, service


MAX_BYTES = 16 * 1024 * 1024


class _OffsiteRedirect(urllib.error.URLError):
    """A redirect the crawl would drop; *to* is where it pointed (a moved site's new address, named in the row)."""

    def __init__(self, reason: str, to: str):
        super().__init__(reason)
        self.to = to


class _SourceRedirects(urllib.request.HTTPRedirectHandler):
    """Follows a redirect only onto the domains of the source being checked and on the port it was asked on, as the
    crawl does (a redirect elsewhere, or to another port of the source's host, another service, is dropped there as
    off-site, and would be judged here as a page the crawl never reads), and five of them, as the crawl does."""

    max_redirections = REDIRECT_MAX_TIMES

    def __init__(self):
        self.source: Source | None = None

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if self.source is not None:
            host = (urlsplit(newurl).hostname or "").lower()
            moved_port = other_port(req.full_url, newurl)
            same_host = host == (urlsplit(req.full_url).hostname or "").lower()
            # (another port of the same host said as such: "outside the domains" of a host among them read as a
            # contradiction)
            if not self.source.owns(newurl) and not (moved_port and same_host):
                fix = (f": if the site moved, add '{host}' to its domains and point the entry point at the new address"
                       if urlsplit(newurl).scheme.lower() in ("http", "https") and host not in self.source.domains
                       else ": if the site moved, point the entry point at the new address")
                raise _OffsiteRedirect(f"redirect to {newurl}, outside the domains of source {self.source.name} "
                                       f"(the crawl drops it){fix}", newurl)
            if moved_port:
                raise _OffsiteRedirect(f"redirect to {newurl}, another port than {req.full_url} on source "
                                       f"{self.source.name}'s host: off-site (the crawl drops it); if the site moved, "
                                       "point the entry point at the new address", newurl)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


class _OfflineArchive(urllib.request.BaseHandler):
    """Offline, every request goes to the archive server and nowhere else: an https address (an entry point, a
    redirect's, a robots.txt's) is asked of it as its http twin, as the crawl's ArchiveProxyMiddleware asks it, and
    every http one through it as a proxy.  urllib's own ProxyHandler covered http only, so a redirect to https was
    fetched from the network, and it lets ``no_proxy`` send even http past the archive."""

    handler_order = 50   # before urllib's own handlers (which the opener keeps, but never reaches: see _NoTls)

    def __init__(self, proxy_url: str):
        self.proxy = urlsplit(proxy_url).netloc

    def https_request(self, req):
        req.full_url = urlunsplit(("http",) + tuple(urlsplit(req.full_url)[1:]))
        return req

    def http_open(self, req):
        if not req.has_proxy():
            req.set_proxy(self.proxy, "http")
        return None   # (urllib's HTTPHandler then sends it, to the archive)


class _NoTls(urllib.request.HTTPSHandler):
    """Offline, no TLS connection is made to anything (``_OfflineArchive`` turns every https request into the
    archive's http): should one get here, it is refused, not sent to the network."""

    def https_open(self, req):
        raise urllib.error.URLError(f"{req.full_url} is not in the offline archive (offline, nothing is fetched "
                                    "from the network)")


class _RobotsRedirects(urllib.request.HTTPRedirectHandler):
    """A robots.txt's redirects, followed as the crawl follows them (RFC 9309 §2.3.1.2): five, over http(s) only
    (urllib's own would also take ftp://; a refused one leaves the 3xx, read as no robots.txt), and only where
    ``robots_redirect_refused`` lets the crawl go (an address one of *sources* owns, or /robots.txt on another host of
    the same site).  A hop it refuses is not asked for, and kept in ``refused`` (the robots.txt asked -> (where it
    led, why)): a /robots.txt there leaves the host's rules unknown, as the crawl reads it."""

    max_redirections = REDIRECT_MAX_TIMES

    def __init__(self, sources: list[Source]):
        self.sources = sources
        self.refused: dict[str, tuple[str, str]] = {}

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if urlsplit(newurl).scheme.lower() not in ("http", "https"):
            return None
        asked = getattr(req, "zgc_asked", req.full_url)
        if why := robots_redirect_refused(asked, newurl, self.sources):
            self.refused[asked] = (newurl, why)
            return None
        new = super().redirect_request(req, fp, code, msg, headers, newurl)
        if new is not None:
            new.zgc_asked = asked
        return new


def _gunzip(body: bytes) -> bytes:
    try:
        return gunzip_capped(body, MAX_BYTES)
    except ValueError:
        return b""  # a damaged sitemap links nothing


# the address of a listing rather than an article: a section's folder, its index page or a numbered page of it
_LISTING_URL = re.compile(r"(?:/|/index(?:_\d+)?\.[a-z]{2,5}|/list(?:_\d+)?\.[a-z]{2,5})$|[?&](?:page|pn|pageno)=\d+(?:&|$)", re.I)


def _links(body: bytes, base: str) -> tuple[list[str], set[str]]:
    """The links the crawl reads on a page (its own code: ``<base href>``, feeds' xml:base, JSON answers, links
    written in scripts), and the sitemaps a sitemap index names."""
    from scrapy.http import HtmlResponse, TextResponse
    from scrapy.responsetypes import responsetypes

    from spiders.news import listing_links

    cls = responsetypes.from_args(body=body, url=base)
    if not issubclass(cls, TextResponse):
        cls = HtmlResponse if b"<" in body[:1000] else TextResponse
    return listing_links(cls(url=base, body=body))


def check_sources(sources: list[Source], *, offline: bool, timeout: float = 20.0, window_days: int = 30,
                  archive: Path | None = None) -> list[dict]:
    """``timeout`` bounds each read of a request, and the whole request three times.  Live, article links whose
    URL carries a date more than *window_days* before today are counted apart, as the crawl skips them.  Offline,
    nothing leaves the machine: every request, a redirect's and a robots.txt's too, is asked of the archive server
    (*archive*, else the bundled archive), and one it does not hold is reported as not in the offline archive."""
    from datetime import timedelta

    from pipeline.metadata import beijing_today
    from spiders.news import url_date
    from spiders.archive_server import NOT_ARCHIVED_HEADER, ArchiveServer, WebArchive

    identity = request_headers(crawl_contact())   # (a bad $ZGC_CRAWL_CONTACT: ValueError, naming it)
    agent = identity["User-Agent"]
    window_days = 0 if offline else window_days
    cutoff = beijing_today() - timedelta(days=window_days)

    server = ArchiveServer(WebArchive(archive) if archive else None) if offline else contextlib.nullcontext()
    report = []
    with server:
        redirects = _SourceRedirects()
        # offline: no proxy from the environment, every request to the archive server and none over TLS
        handlers: list = [urllib.request.ProxyHandler({}), _OfflineArchive(server.proxy_url), _NoTls()] \
            if offline else []
        opener = urllib.request.build_opener(redirects, *handlers)
        robots_redirects = _RobotsRedirects(sources)
        robots_opener = urllib.request.build_opener(robots_redirects, *handlers)

        def fetch(url: str, via=opener) -> tuple[int | None, bytes, str | None, str]:
            """``_fetch`` within 3 × timeout in all: the socket timeout bounds each read only, and a server that
            trickles its headers or its body would otherwise hold the check for ever (the thread is left to end
            with the process).  (status, body, error, the address asked last: where redirects led)"""
            if not offline:   # the host's robots.txt Crawl-delay, as the crawl keeps it (robots.txt itself first)
                host = urlsplit(url).hostname or ""
                if (wait := delays.get(host, 0.0) - (time.monotonic() - asked.get(host, -1e9))) > 0:
                    time.sleep(wait)
                asked[host] = time.monotonic()
            box: list = []
            worker = threading.Thread(target=lambda: box.append(_fetch(url, via)), daemon=True)
            worker.start()
            worker.join(3 * timeout)
            return box[0] if box else (None, b"", f"no complete answer within {3 * timeout:g} s (the time limit)", url)

        def _fetch(url: str, via) -> tuple[int | None, bytes, str | None, str]:
            req = urllib.request.Request(url, headers=identity)
            req.zgc_asked = url   # (what a robots.txt's redirects are judged from: offline, full_url becomes http)

            def last() -> str:   # (urllib keeps the chain's addresses, in order, on the first request)
                return next(reversed(getattr(req, "redirect_dict", None) or {url: 1}))
            try:
                with via.open(req, timeout=timeout) as resp:
                    return resp.status, _gunzip(resp.read(MAX_BYTES)), None, last()
            except _OffsiteRedirect as exc:   # (where it pointed: the row names it)
                return None, b"", str(exc.reason), exc.to
            except urllib.error.HTTPError as exc:
                if offline and exc.headers.get(NOT_ARCHIVED_HEADER):   # (not the site's own 404, archived)
                    return exc.code, b"", f"HTTP {exc.code}: {last()} is not in the offline archive", last()
                return exc.code, b"", f"HTTP {exc.code}", last()
            except (urllib.error.URLError, OSError) as exc:
                return None, b"", str(getattr(exc, "reason", exc)), last()
            except http.client.HTTPException as exc:  # a malformed answer: over 100 headers, a bad status line
                return None, b"", f"malformed HTTP answer ({type(exc).__name__}: {exc})", last()

        robots: dict[str, urllib.robotparser.RobotFileParser | str | None] = {}
        delays: dict[str, float] = {}   # host -> its robots.txt Crawl-delay (seconds)
        asked: dict[str, float] = {}    # host -> when it was last asked (monotonic)

        def refusal(url: str) -> str | None:
            """Why the crawl would not fetch *url* by its host's robots.txt, or None.  As the crawl reads RFC 9309:
            a 4xx robots.txt means no rules, a 5xx one or none at all means nothing may be fetched; a redirect is
            followed (five), the robots.txt found applies, and one that fails on another scheme, host or port than
            the robots.txt asked (another service) is no robots.txt; one the crawl does not follow (to another
            service no source owns) is not followed: a /robots.txt there leaves the rules unknown."""
            parts = urlsplit(url)
            root = f"{parts.scheme}://{parts.netloc}"
            if root not in robots:
                status, body, error, there = fetch(root + "/robots.txt", robots_opener)
                parser = None
                if hop := robots_redirects.refused.pop(root + "/robots.txt", None):
                    if urlsplit(hop[0]).path == "/robots.txt":
                        parser = (f"robots.txt redirects to {hop[0]}, {hop[1]}: not followed, so its rules are "
                                  "unknown, which the crawl takes as disallowing the host (if that host is the "
                                  "site's, add it to the source's domains)")
                elif status == 200:
                    parser = urllib.robotparser.RobotFileParser()
                    parser.parse(body.decode("utf-8", "replace").splitlines())
                    with contextlib.suppress(TypeError, ValueError):
                        if (delay := parser.crawl_delay(agent)) and float(delay) > 0:
                            host = parts.hostname or ""
                            delays[host] = max(delays.get(host, 0.0), min(float(delay), MAX_CRAWL_DELAY))
                elif (status is None or status >= 500) and service(there) == service(root + "/robots.txt"):
                    parser = f"robots.txt could not be had ({error}), which the crawl takes as disallowing the host"
                robots[root] = parser
            parser = robots[root]
            if isinstance(parser, str):
                return parser
            if parser is not None and not parser.can_fetch(agent, url):
                return "robots.txt disallows this entry point for the crawler"
            return None

        for s in sources:
            redirects.source = s
            for url in s.entry_points:
                row = {"source": s.name, "entry_point": url, "ok": False}
                t0 = time.monotonic()
                refused = refusal(url)
                if refused:
                    row.update(error=refused, links=0, article_links=0, seconds=round(time.monotonic() - t0, 3))
                    report.append(row)
                    continue
                status, body, error, there = fetch(url)
                if status is not None:
                    row["status"] = status
                if error:
                    row["error"] = error
                if there != url:
                    # a moved page: the crawl follows a redirect on the source's own domains and port, but reads
                    # nothing once the old address stops redirecting (or points off-site: the error says so)
                    row["redirected_to"] = there
                    if not error:
                        row["note"] = (f"the entry point redirects to {there}: point entry_points at that address "
                                       "(the crawl follows the redirect now, but reads nothing from this source if "
                                       "the old address stops redirecting)")
                found, sitemaps = _links(body, url) if body else ([], set())
                links = [l for l in found if s.owns(l)]
                if sitemaps := [l for l in links if l in sitemaps]:
                    # the crawl reads the sitemaps an index names: judge the first one
                    row["sitemap"] = sitemaps[0]
                    child = fetch(sitemaps[0])[1] if not refusal(sitemaps[0]) else b""
                    links = [l for l in _links(child, sitemaps[0])[0] if s.owns(l)] if child else []
                row["seconds"] = round(time.monotonic() - t0, 3)
                row["links"] = len(links)
                article_links = {l for l in links if s.is_article(l)}
                row["article_links"] = len(article_links)
                blocked = {l for l in article_links if refusal(l)}
                if blocked:
                    row["article_links_disallowed_by_robots"] = len(blocked)
                if window_days and (old := [l for l in article_links if (d := url_date(l)) and d < cutoff]):
                    # a live crawl skips these (its 30-day window): they are no evidence the source yields anything
                    row["article_links_outside_window"] = len(old)
                    article_links = article_links - set(old)
                if listing_like := sorted(l for l in article_links if _LISTING_URL.search(l)):
                    # an article pattern that also takes listing pages (index_1.html, ?page=2, a section's /):
                    # they would be stored as articles and their pagination never followed
                    row["article_links_like_listings"] = len(listing_like)
                    row["article_links_like_listings_examples"] = listing_like[:3]
                # a few of each kind of link, to see at once what a pattern takes and what it misses
                row["examples"] = {
                    "article": sorted(article_links)[:3],
                    "follow": sorted({l for l in links if s.is_listing(l) and l not in article_links})[:3],
                    "unmatched": sorted({l for l in links if not s.is_article(l) and not s.is_listing(l)})[:5],
                }
                row["ok"] = row.get("status") == 200 and len(article_links - blocked) > 0
                if not row["ok"] and "error" not in row:   # what failed, said in words as a fetch error is
                    row["error"] = _why_not(row, links, article_links, blocked, s.name)
                report.append(row)
    return report


def _why_not(row: dict, links: list[str], article_links: set[str], blocked: set[str], source: str) -> str:
    """Why an entry point that was fetched without an error fails the check."""
    if row.get("status") != 200:
        return f"the entry point answered HTTP {row.get('status')}"
    if not links:
        return f"the page links nothing on the domains of source {source!r}"
    if not article_links:
        if row.get("article_links_outside_window"):
            return ("every article link is older than the crawl's 30-day window "
                    f"({row['article_links_outside_window']} of them): a live crawl would skip them all")
        return (f"none of its {len(links)} links on the source's domains matches the source's article_patterns "
                "(see examples.unmatched)")
    return f"robots.txt disallows all {len(blocked)} of its article links"
