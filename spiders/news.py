"""One generic spider driven by the source registry.

Each source declares its entry points (listing pages, RSS/Atom feeds or
sitemaps) and the link patterns of its articles; the spider walks listings,
follows pagination, and fetches article pages it has not fetched before.
Every response lands in the run's WARC file (see ``WarcArchiveMiddleware``);
the spider itself only decides what to fetch and keeps per-source counts.

What keeps a long-running crawl incremental and restartable:

* ``seen_file``: canonical URLs of articles fetched by earlier runs; never
  requested again.
* ``state_file`` (:class:`CrawlState`): HTTP validators (ETag /
  Last-Modified) of the entry points, sent back as conditional requests, and
  the articles that failed transiently, retried by the next few runs.  Saved
  when a crawl finishes or stops at its time limit (not when it is killed or
  fails); a crawl of some sources (``--only``) leaves the others' entries as
  they were.
* ``job_dir`` (:class:`Frontier`): an append-only log of the articles this
  crawl discovered and finished, flushed line by line, so a crawl killed
  with SIGKILL resumes with what it had queued and does not fetch twice
  what it had finished.  A page is finished once its answer is in the
  archive (on disk) or it failed for good; one the archive could not keep
  (a full disk) stays unfinished, for the next run.
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import scrapy
from scrapy import signals
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from scrapy.http import HtmlResponse, TextResponse, XmlResponse
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.asyncio import create_looping_call
from scrapy.utils.gz import gunzip

from pipeline.metadata import beijing_today, date_from_url
from pipeline.urls import canonical_url, fetched_address, fold_canonical, join_url, without_tracking
from spiders.archive_server import NOT_ARCHIVED_HEADER
from spiders.frontier import Frontier
from spiders.middlewares import (DuplicateRedirect, NotArchived, OffsiteRedirect, RetryAfterTooLong, SectionRedirect,
                                 out_of_files)
from spiders.sources import Source, load_sources, other_port, select_sources

log = logging.getLogger(__name__)
progress_log = logging.getLogger(__name__ + ".logstats")  # "logstats" lines are surfaced by the Dagster asset


# failure kinds worth another try in a later run (the page may well be fine then)
TRANSIENT_KINDS = frozenset({"timeout", "connection_refused", "connection_lost", "data_loss", "dns",
                             "status_429", "status_500", "status_502", "status_503", "status_504",
                             "robots_unavailable", "retry_after_too_long"})


def url_date(url: str) -> date | None:
    """The date written into an article URL (the same rules extraction uses), for the date window."""
    dt = date_from_url(url)
    return dt.date() if dt else None


# schemes a hostile page may name to reach this machine's files or other services: refused and counted (the crawl
# asks for http(s) only; mailto:, javascript: and tel: links are everyday and pass uncounted)
_REFUSED_SCHEMES = frozenset(("file", "ftp", "ftps", "sftp", "s3", "data", "gopher", "jar", "smb", "ldap"))
_SCHEME_RE = re.compile(r"\s*([A-Za-z][A-Za-z0-9+.-]*):")


def misleading(url: str, source: Source) -> bool:
    """Whether *url* names one of *source*'s hosts to urllib, yet the fetcher would read it as another address or none
    (``http://intranet:8080\\@news.example.cn/…``, ``http://a@news.example.cn/…``): a hostile page's trick, not a
    link to another site, so it is counted (``address_refused``) where another site's link is passed over."""
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return False
    return host in source.domains and fetched_address(url) is None


def _requested_url(request) -> str:
    """The URL the spider asked for (offline mode rewrites https to http on the way)."""
    return request.meta.get("zgc_original_url") or request.url


def _first_url(request) -> str:
    """The canonical form of the URL a chain of redirects started from (the link the spider asked for)."""
    chain = request.meta.get("redirect_urls")
    return canonical_url(chain[0] if chain else _requested_url(request))


def failure_kind(exc: BaseException) -> str:
    """A short, stable name for why a request failed (used in the stats file)."""
    if isinstance(exc, HttpError):
        if exc.response.status == 404 and exc.response.headers.get(NOT_ARCHIVED_HEADER):
            return "not_archived"   # offline: a page the bundled archive does not hold, not a fault of the site
        if 300 <= exc.response.status < 400:   # a redirect Scrapy would not follow: to file:, ftp:, … is refused
            location = exc.response.headers.get(b"Location", b"").decode("latin-1")
            if (m := _SCHEME_RE.match(location)) and m.group(1).lower() in _REFUSED_SCHEMES:
                return "scheme_refused"
        return f"status_{exc.response.status}"
    if isinstance(exc, DownloadTimeoutError):
        return "timeout"
    if isinstance(exc, DownloadConnectionRefusedError):
        return "connection_refused"
    if isinstance(exc, CannotResolveHostError):
        return "dns"
    if isinstance(exc, ResponseDataLossError):
        return "data_loss"
    if isinstance(exc, DownloadCancelledError):
        return "too_large"  # the only cancellation Scrapy does itself: DOWNLOAD_MAXSIZE
    if isinstance(exc, (DownloadFailedError, ConnectionError)):
        return "connection_lost"
    if isinstance(exc, OffsiteRedirect):
        return "offsite_redirect"
    if isinstance(exc, DuplicateRedirect):
        return "duplicate_redirect"
    if isinstance(exc, SectionRedirect):
        return "section_redirect"
    if isinstance(exc, RetryAfterTooLong):
        return "retry_after_too_long"   # its host asked for a longer wait than the crawl waits: asked again next run
    if isinstance(exc, NotArchived):
        return "archive_failed"   # fetched, but the archive could not keep it (a full disk): not done, not the site's
    if isinstance(exc, IgnoreRequest):
        msg = str(exc).lower()
        if "robots.txt unavailable" in msg:
            return "robots_unavailable"   # its robots.txt answered 5xx or not at all: asked again next run
        if "robots.txt" in msg:
            return "robots"
        if "redirect" in msg:
            return "redirect_loop"
        if "maxsize" in msg or "max size" in msg or "larger than" in msg:
            return "too_large"
        if "offsite" in msg:
            return "offsite"
        return "ignored"
    name = type(exc).__name__
    if "Timeout" in name:
        return "timeout"
    if "Connection" in name or "ResponseNeverReceived" in name or "ResponseFailed" in name:
        return "connection_lost"
    return "other"


class CrawlState:
    """Small JSON state kept across runs: listing validators, redirects and articles to retry.

    ``validators`` maps a listing page's URL to its ETag / Last-Modified, the fingerprint of its
    source's link rules (``rules``: a changed sources file must not be answered with "not modified"
    for links it never looked for) and the listing pages it linked to (``children``: pagination, a
    sitemap index's sitemaps), which a 304 still leads to.  ``redirects`` maps the canonical URL of
    an article that redirected to the canonical URL it landed on, so a later run knows it is fetched.
    """

    VERSION = 1
    MAX_REDIRECTS = 20000
    # an article that answered 404 / 410 (or redirected off the source, or to its front page) is asked again the next
    # day, twice, since a link listed before the page is out (a CMS, a CDN behind) answers so for a while; found gone
    # a third time, it is not asked again for a week
    GONE_DAYS = 7
    GONE_RETRIES = 2

    def __init__(self, path: Path | None):
        self.path = path
        self.validators: dict[str, dict] = {}
        self.redirects: dict[str, str] = {}
        self.gone: dict[str, dict] = {}
        self.retry: dict[str, dict] = {}
        if path and path.exists():
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                if data.get("version") == self.VERSION:
                    self.validators = dict(data.get("validators", {}))
                    # canonical keys an earlier version wrote, in today's form (a known 404 or redirect is not
                    # asked again because its key's form changed)
                    self.redirects = {fold_canonical(k): fold_canonical(v)
                                      for k, v in dict(data.get("redirects", {})).items()}
                    self.gone = {fold_canonical(k): v for k, v in dict(data.get("gone", {})).items()}
                    self.retry = dict(data.get("retry", {}))
            except (ValueError, AttributeError, TypeError) as exc:
                # kept aside for whoever wants to mend it: this run writes a fresh state over the file
                aside = path.with_name(path.name + ".unreadable")
                shutil.copyfile(path, aside)
                log.warning("ignoring unreadable crawl state %s (%s); a copy is kept at %s", path, exc, aside)

    def conditional_headers(self, url: str, rules: str) -> dict[str, str]:
        v = self.validators.get(url)
        if not isinstance(v, dict) or v.get("rules") != rules:
            return {}
        headers = {}
        if v.get("etag"):
            headers["If-None-Match"] = v["etag"]
        if v.get("last_modified"):
            headers["If-Modified-Since"] = v["last_modified"]
        return headers

    def children(self, url: str) -> list[str]:
        v = self.validators.get(url)
        return [c for c in v.get("children", []) if isinstance(c, str)] if isinstance(v, dict) else []

    def remember(self, url: str, response, rules: str, source: str, children: list[str] = ()) -> None:
        """Keep the validators of a listing's answer (a 304 keeps what was stored, updated by any
        validator it repeats)."""
        etag = response.headers.get(b"ETag")
        modified = response.headers.get(b"Last-Modified")
        fresh = {k: v.decode("latin-1") for k, v in (("etag", etag), ("last_modified", modified)) if v}
        if response.status == 304:
            if isinstance(self.validators.get(url), dict):
                self.validators[url].update(fresh)
            return
        if fresh:
            self.validators[url] = {**fresh, "rules": rules, "source": source, "children": list(children)}
        else:
            self.validators.pop(url, None)

    def forget_untouched(self, sources: set[str], touched: set[str]) -> None:
        """Drop the validators of listings of ``sources`` that this crawl no longer reached."""
        self.validators = {u: v for u, v in self.validators.items()
                           if u in touched or not isinstance(v, dict) or v.get("source") not in sources}

    def still_gone(self, today: date, left_alone: set[str] = frozenset()) -> set[str]:
        """The articles not to ask for today: found gone today, or found gone more than GONE_RETRIES times and last
        checked within GONE_DAYS days.  Entries past their wait stay (counted on if the page is still gone); the
        entries of the sources in ``left_alone`` (not asked by this crawl) are neither judged nor forgotten."""
        skip = set()
        for url, info in list(self.gone.items()):
            if isinstance(info, dict) and info.get("source") in left_alone:
                continue
            try:
                checked = date.fromisoformat(info.get("checked") or info["since"])
                times = int(info.get("times", 1))
            except (TypeError, KeyError, ValueError, AttributeError):
                self.gone.pop(url)
                continue
            wait = 1 if times <= self.GONE_RETRIES else self.GONE_DAYS
            age = (today - checked).days
            if 0 <= age < wait:
                skip.add(url)
            elif age >= 2 * self.GONE_DAYS:   # not linked (nor asked) for a fortnight: forgotten
                self.gone.pop(url)
        return skip

    def found_gone(self, url: str, why: str, source: str, today: date) -> None:
        info = self.gone.get(url)
        if isinstance(info, dict) and info.get("checked", info.get("since")) != today.isoformat():
            info.update(why=why, checked=today.isoformat(), times=int(info.get("times", 1)) + 1)
        elif not isinstance(info, dict):
            self.gone[url] = {"why": why, "source": source, "since": today.isoformat(), "checked": today.isoformat(),
                              "times": 1}

    def found_again(self, url: str) -> None:
        """A page once found gone answered: forgotten."""
        self.gone.pop(url, None)

    def redirected(self, src: str, dst: str) -> None:
        self.redirects.pop(src, None)
        self.redirects[src] = dst
        while len(self.redirects) > self.MAX_REDIRECTS:
            self.redirects.pop(next(iter(self.redirects)))

    def save(self) -> None:
        if not self.path:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(self.path.name + ".tmp")
        tmp.write_text(json.dumps({"version": self.VERSION, "validators": self.validators,
                                   "redirects": self.redirects, "gone": self.gone, "retry": self.retry},
                                  ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(tmp, self.path)


_XML_BASE = "{http://www.w3.org/XML/1998/namespace}base"
# a URL written in a script or a JSON answer: absolute, or a quoted site-relative path ("/news/1.html"); JSON's
# escaped slashes (http:\/\/…) are read as slashes
_TEXT_URL_RE = re.compile(r"""https?:(?:\\?/){2}[^\s"'<>\\]+(?:\\/[^\s"'<>\\]*)*"""
                          r"""|(?<=["'])(?:\\?/)[A-Za-z0-9_~.%-][^\s"'<>]*(?=["'])""")


def text_urls(text: str) -> list[str]:
    """The URLs written in a script or a JSON document, in order, each once."""
    out: dict[str, None] = {}
    for m in _TEXT_URL_RE.finditer(text or ""):
        url = m.group(0).replace("\\/", "/")
        if not url.startswith("//"):
            out[url] = None
    return list(out)


def feed_links(response) -> tuple[list[str], set[str]]:
    """Article links of an RSS or Atom feed or a sitemap, and the sitemaps a sitemap index names.  Atom hrefs are
    resolved against their ``xml:base`` (the nearest, itself resolved against the ones above it and the feed's
    URL); an Atom entry's alternate link is its article (not its replies or enclosure); an RSS item without a
    ``<link>`` gives its permalink ``<guid>``."""
    try:
        root = scrapy.Selector(text=response.text, type="xml").root
    except ValueError:
        return [], set()
    links: list[str] = []
    sitemaps: set[str] = set()

    def local(el) -> str:
        return el.tag.rsplit("}", 1)[-1] if isinstance(el.tag, str) else ""

    def base(el) -> str:
        chain = [a.get(_XML_BASE) for a in reversed(list(el.iterancestors())) if a.get(_XML_BASE)]
        url = response.url
        for b in chain + ([el.get(_XML_BASE)] if el.get(_XML_BASE) else []):
            url = join_url(url, b.strip()) or url
        return url

    for el in root.iter():
        name, parent = local(el), el.getparent()
        up = local(parent) if parent is not None else ""
        url = None
        if name == "link" and up == "item" and (el.text or "").strip():
            url = join_url(response.url, el.text.strip())
        elif name == "guid" and up == "item" and (el.text or "").strip() and el.get("isPermaLink", "true") != "false" \
                and not any(local(c) == "link" and (c.text or "").strip() for c in parent):
            url = join_url(response.url, el.text.strip())
        elif name == "link" and up == "entry" and el.get("href") and el.get("rel", "alternate") == "alternate":
            url = join_url(base(el), el.get("href").strip())
        elif name == "loc" and up in ("url", "sitemap") and (el.text or "").strip():
            url = join_url(response.url, el.text.strip())
            if url and up == "sitemap":
                sitemaps.add(url)
        if url:
            links.append(url)
    return links, sitemaps


# page 2, 3, … of an article: its own address with _N or -N before the extension (TRS and most Chinese CMSs:
# t20251120_123.html -> t20251120_123_1.html; xinhua c_1129.htm -> c_1129_2.htm), or a page number in the query
MAX_ARTICLE_PAGES = 30
_PAGE_PARAMS = ("page", "p", "pn", "pageno", "page_no", "pagenum")
_PAGE_QUERY_RE = re.compile(rb"[?&](?:" + b"|".join(p.encode() for p in _PAGE_PARAMS) + rb")=\d", re.I)


def may_continue(first: str, body: bytes) -> bool:
    """Whether *body* can link a further page of the article at *first* at all (its file name followed by _N or
    -N, or a page number in a query): most article pages do not, and are then not parsed for links."""
    name = urlsplit(first).path.rstrip("/").rsplit("/", 1)[-1].rsplit(".", 1)[0]
    if name and re.search(re.escape(name.encode("utf-8", "replace")) + rb"[_-]\d", body):
        return True
    return bool(_PAGE_QUERY_RE.search(body))


def continuation_links(first: str, response) -> list[tuple[int, str]]:
    """The links on *response* to further pages of the article whose first page is *first*, by page number."""
    base = urlsplit(first)
    m = re.fullmatch(r"(.*?)(\.[A-Za-z0-9]{2,5})?", base.path)
    stem, ext = m.group(1), m.group(2) or ""
    if not stem.strip("/"):
        return []
    path_re = re.compile(re.escape(stem) + r"[_-](\d{1,2})" + re.escape(ext))
    base_query = [(k, v) for k, v in parse_qsl(base.query) if k.lower() not in _PAGE_PARAMS]
    found: dict[int, str] = {}
    response = _readable(response)
    page_base = _page_base(response)
    for href in response.css("a::attr(href)").getall():
        if (url := join_url(page_base, href.strip())) is None:
            continue
        parts = urlsplit(url)
        if parts.hostname != base.hostname or url == first:
            continue
        n = None
        if (pm := path_re.fullmatch(parts.path)) and parts.query == base.query:
            n = int(pm.group(1))
        elif parts.path == base.path:
            query = parse_qsl(parts.query)
            pages = [v for k, v in query if k.lower() in _PAGE_PARAMS and v.isdigit()]
            if pages and [(k, v) for k, v in query if k.lower() not in _PAGE_PARAMS] == base_query:
                n = int(pages[0])
        if n is not None and 1 <= n <= MAX_ARTICLE_PAGES:
            found.setdefault(n, url)
    return sorted(found.items())


def _all_joined(base: str, hrefs) -> list[str]:
    return [url for href in hrefs if (url := join_url(base, href)) is not None]


_BASE_TAG_RE = re.compile(rb"<base\b[^>]*>", re.I)


def _readable(response):
    """*response*, or the same page without its <base> when no URL can be made of that (``http://[bad/``): Scrapy's
    selectors read the base first and raise, which lost the whole listing."""
    try:
        response.urljoin("")
        return response
    except ValueError:
        return response.replace(body=_BASE_TAG_RE.sub(b"", response.body))


def _page_base(response) -> str:
    """What the page's links are read against: its <base href> when that is a URL, else its own address."""
    try:
        return join_url(response.urljoin(""), "") or response.url
    except ValueError:
        return response.url


def listing_links(response) -> tuple[list[str], set[str]]:
    """Links from an HTML listing, an RSS/Atom feed, a sitemap or a JSON answer (any Scrapy response, already
    decompressed), and the sitemaps a sitemap index names: what the crawl and ``sources check`` read alike."""
    if not isinstance(response, TextResponse):
        return [], set()
    head = response.body.lstrip()[:300]
    if isinstance(response, XmlResponse) or head[:5] == b"<?xml" or head[:4] in (b"<rss", b"<fee", b"<url", b"<sit"):
        return feed_links(response)
    if not isinstance(response, HtmlResponse) or head[:1] in (b"{", b"["):
        # a JSON API or a script as the listing: the URLs written in it (the patterns pick the articles)
        return _all_joined(response.url, text_urls(response.text)), set()
    response = _readable(response)
    base = _page_base(response)
    links = _all_joined(base, (h.strip() for h in response.css("a::attr(href)").getall()
                               if h.strip() and not h.strip().startswith(("javascript:", "mailto:", "#"))))
    # a listing that renders its links from data in the page (window.__INITIAL_STATE__ = {...})
    scripts = "\n".join(response.xpath("//script[not(@src)]/text()").getall())
    return links + _all_joined(base, text_urls(scripts)), set()


class NewsSpider(scrapy.Spider):
    name = "news"

    def __init__(self, sources_file: str | None = None, only: str | None = None,
                 seen_file: str | None = None, min_date: str | None = None,
                 stats_file: str | None = None, state_file: str | None = None,
                 job_dir: str | None = None, recheck_file: str | None = None, *args, **kwargs):
        super().__init__(*args, **kwargs)
        registry = load_sources(sources_file)
        sources = select_sources(registry, only)
        self.sources: list[Source] = sources
        self.partial = bool(only)   # (--only: the other sources of the registry were not asked; see _write_stats)
        # the registry's sources this crawl does not ask (not named by --only, or disabled): what the crawl state
        # holds of them is left as it was for the crawl that asks them (a source gone from the registry is not one)
        self._others = {s.name for s in registry} - {s.name for s in sources}
        self._by_name = {s.name: s for s in sources}
        self.allowed_domains = sorted({d for s in sources for d in s.domains})
        self.seen: set[str] = set()
        if seen_file and Path(seen_file).exists():
            # (folded again: a URL stored before its host became an alias of another still counts as seen)
            self.seen = {fold_canonical(l.strip())
                         for l in Path(seen_file).read_text(encoding="utf-8").splitlines() if l.strip()}
        self.min_date = date.fromisoformat(min_date) if min_date else None
        self.stats_file = stats_file
        self.state = CrawlState(Path(state_file) if state_file else None)
        # an article that redirected is fetched when the page it landed on is
        self.seen.update(src for src, dst in self.state.redirects.items() if dst in self.seen)
        self._today = beijing_today()
        # 404 / 410 / off-site lately: not asked again yet
        self._gone = self.state.still_gone(self._today, left_alone=self._others)
        self._rules = {s.name: s.rules_fingerprint() for s in sources}
        self._touched: set[str] = set()          # listing URLs requested in this run (their validators stay)
        self.frontier = Frontier(Path(job_dir) if job_dir else None)
        # stored articles of the last days, asked for again: a corrected text is archived (kind ``recheck``), a 404,
        # 410 or a redirect to the front page recorded as the article's withdrawal (``rechecks`` in the stats file)
        self.recheck: list[tuple[str, str]] = []
        if recheck_file and Path(recheck_file).exists():
            for line in Path(recheck_file).read_text(encoding="utf-8").splitlines():
                name, _, url = line.partition("\t")
                if name in self._by_name and url.startswith("http"):
                    self.recheck.append((name, url))
        self.rechecks: dict[str, str] = {}   # requested URL -> what it answered (ok, status_404, section_redirect, …)
        self.health: dict[str, Counter] = defaultdict(Counter)
        # listings that gave nothing, {url, why[, to]} (a few per source, written with the run's counts): the health
        # check names them (a moved site's entry point, a listing's 404), not only a count of failed requests
        self.listings_failed: dict[str, list[dict]] = defaultdict(list)
        self.articles_offsite_to: dict[str, str] = {}   # where the first article link sent off the source went
        self._queued: set[str] = set()          # canonical URLs of articles requested in this run
        self._listed: set[str] = set()          # canonical URLs of listings requested in this run
        self._retry_next: dict[str, dict] = {}  # articles to try again in a later run
        # pages the crawls before left to this one (the resume log's pending lines, the pages to retry) that the
        # offline archive does not hold: an offline crawl cannot judge them, so a live crawl's work is left as it
        # was (the lines pending, the retry entries with their count of runs) for the next live crawl to ask
        self._from_log = {canonical_url(u) for _, u in self.frontier.pending()}
        self._from_log.update(canonical_url(u) for _, _, _, u in self.frontier.pending_parts())
        self._from_log -= self.frontier.offline   # (an offline crawl's own: finished as any page the archive lacks)
        self._from_retry = {canonical_url(u) for u in self.state.retry}
        self.not_looked_up: set[str] = set()    # those of the resume log, kept by the refresh (the stats file)
        self._retry_not_looked_up: set[str] = set()
        self.max_requests = 0
        self.max_url_length = 0
        self.retry_runs = 3
        self.depth_limit = 0
        self.offline = False
        self.max_size = 0
        self._ticker = None

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        spider.max_requests = settings.getint("ZGC_MAX_REQUESTS_PER_SOURCE", 0)
        spider.max_url_length = settings.getint("URLLENGTH_LIMIT", 0)
        spider.retry_runs = settings.getint("ZGC_RETRY_RUNS", 3)
        spider.depth_limit = settings.getint("ZGC_LISTING_DEPTH", 0)
        spider.offline = settings.getbool("ZGC_OFFLINE")
        spider.max_size = settings.getint("DOWNLOAD_MAXSIZE", 0)
        spider.progress_interval = settings.getfloat("LOGSTATS_INTERVAL", 60.0)
        if settings.getbool("ZGC_SOURCE_DELAYS", True):
            # a source's own politeness delay becomes its hosts' download slots
            slots = dict(settings.getdict("DOWNLOAD_SLOTS"))
            for s in spider.sources:
                if s.download_delay is not None:
                    for d in s.domains:
                        slots.setdefault(d, {"delay": s.download_delay})
            if slots:
                settings.set("DOWNLOAD_SLOTS", slots, priority="spider")
        crawler.signals.connect(spider._opened, signal=signals.spider_opened)
        crawler.signals.connect(spider._closed, signal=signals.spider_closed)
        return spider

    # -- requests ---------------------------------------------------------
    def _request(self, url: str, source: Source, kind: str, callback, **kw) -> scrapy.Request | None:
        counts = self.health[source.name]
        cap = min(filter(None, (self.max_requests, source.max_requests)), default=0)
        # a recheck is not the source's request (its answers are no measure of the site's health: a site down for
        # the day must not look healthy for the stored pages it was asked again), nor under the cap (it would take
        # new articles' places on a busy source; there are no more of them than the cap let in on the days before)
        if kind != "recheck" and cap and counts["requests"] >= cap:
            counts["capped"] += 1
            return None
        if self.max_url_length and len(url) > self.max_url_length:
            counts["url_too_long"] += 1  # (Scrapy's UrlLengthMiddleware would drop it later, uncounted)
            return None
        if urlsplit(url).scheme.lower() not in ("http", "https"):
            counts["scheme_refused"] += 1   # (links are refused by Source.owns; this keeps out what a frontier or
            # retry file written before that holds: file://, ftp://, data: are never this machine's files)
            return None
        if not source.owns(url):
            # every request the spider makes is on the source's own hosts and ports, as the fetcher reads the
            # address: links are judged before, but a frontier, a retry list or a stored article asked again
            # (recheck) written before Source.owns read addresses so may hold a link that was fetched elsewhere
            counts["address_refused"] += 1
            log.info("not asking for %s (%s): not an address of the source as the fetcher reads it", url, source.name)
            return None
        if kind != "recheck":   # (counted as "rechecked" when answered)
            counts["requests"] += 1
        # the spider deduplicates by canonical URL itself (``_queued``/``_listed``), so
        # Scrapy's fingerprint filter stays out of the way: a redirect cycle then ends
        # at REDIRECT_MAX_TIMES with an error instead of vanishing silently.  Each source has its own cookie jar
        # (``cookiejar``, kept through redirects): cookies are a host's whatever its port or path, and two sources on
        # one host name sent each other theirs (a session, a consent, a paywall's count of pages read)
        return scrapy.Request(
            url, callback=callback, errback=self._failed, dont_filter=True,
            meta={"zgc_source": source.name, "zgc_kind": kind, "cookiejar": source.name, **kw.pop("meta", {})}, **kw,
        )

    def _article_request(self, url: str, source: Source) -> scrapy.Request | None:
        key = canonical_url(url)
        if key in self._queued:
            return None
        req = self._request(url, source, "article", self.parse_article)
        if req is not None:
            self._queued.add(key)
            # (a live crawl's page left to an offline one stays a live crawl's: see Frontier)
            self.frontier.queue(source.name, url, offline=self.offline and key not in self._from_log)
        return req

    async def start(self):
        for req in self.start_requests():
            yield req

    def start_requests(self):
        # what a killed run of this crawl had queued but not finished
        pending = self.frontier.pending()
        self._queued.update(self.frontier.finished)
        # (each page counted once, under what asked for it first: a page left unfinished by a killed run that an
        # earlier run had also failed to fetch is resumed, not retried as well)
        for name, url in pending:
            source = self._by_name.get(name)
            if source and canonical_url(url) not in self.seen and (req := self._article_request(url, source)):
                self.health[name]["resumed"] += 1
                yield req
        for name, first, n, url in self.frontier.pending_parts():
            source = self._by_name.get(name)
            if source and canonical_url(url) not in self.seen and (req := self._part_request(url, source, first, n)):
                self.health[name]["resumed"] += 1
                yield req
        # what earlier runs failed to fetch
        for url, info in self.state.retry.items():
            source = self._by_name.get(info.get("source", ""))
            if source and canonical_url(url) not in self.seen and (req := self._article_request(url, source)):
                self.health[source.name]["retried_from_state"] += 1
                yield req
        for source in self.sources:
            for url in source.entry_points:
                if req := self._listing_request(url, source):
                    yield req
        # stored articles asked for again, last and below the new articles' priority: the day's news goes first
        for name, url in self.recheck:
            if req := self._request(url, self._by_name[name], "recheck", self.parse_recheck, priority=-10):
                yield req

    def _listing_request(self, url: str, source: Source) -> scrapy.Request | None:
        """A listing page, asked conditionally when an earlier run stored its validators under the same
        link rules; None when this run already asked for it."""
        key = canonical_url(url)
        if key in self._listed:
            return None
        self._listed.add(key)
        self._touched.add(url)
        return self._request(url, source, "listing", self.parse_listing,
                             headers=self.state.conditional_headers(url, self._rules[source.name]),
                             meta={"handle_httpstatus_list": [304], "zgc_listing": url})

    def check_redirect(self, request) -> None:
        """Called by ``SourceRedirectMiddleware`` for each redirect hop: raise to drop it."""
        hop = len(request.meta.get("redirect_urls", ()))
        if request.meta.get("zgc_redirect_checked") == hop:  # the offline proxy sends a request round again
            return
        request.meta["zgc_redirect_checked"] = hop
        url = request.url   # host and canonical form are the same before and after the offline proxy
        source = self._by_name.get(request.meta.get("zgc_source", ""))
        if source is None:
            return
        if not source.owns(url):
            raise OffsiteRedirect(f"redirect to {url}, outside the domains of source {source.name}")
        chain = request.meta["redirect_urls"]
        if chain and other_port(chain[-1], url):
            # the source's host name on another port is another service (an admin console, a metrics endpoint, a
            # development server): a site could send the crawl there and have its answer archived and published
            raise OffsiteRedirect(f"redirect to {url}, another port than {chain[-1]} on source {source.name}'s host")
        if url in chain:   # the very same URL again (a loop through other URLs ends at REDIRECT_MAX_TIMES)
            raise IgnoreRequest(f"redirect loop back to {url}")
        if request.meta.get("zgc_kind") in ("article", "article_page", "recheck") and source.is_section_page(url):
            # a withdrawn (or not yet published) article sent to the front page: stored, the front page's headlines
            # would be an article with their labels; asked again after a while, as a 404 is
            raise SectionRedirect(f"redirect to {url}, the site's front page or a listing, not an article")
        key = canonical_url(url)
        # http -> https, the bare host -> www., a trailing slash: the same article as the link the chain started
        # from, so neither a loop nor a duplicate of itself
        if request.meta.get("zgc_kind") == "article" and key not in {canonical_url(u) for u in chain}:
            if key in self.seen or key in self._queued:
                raise DuplicateRedirect(f"redirect to {url}, an article already fetched or queued")
            self._queued.add(key)

    def _source(self, response) -> Source:
        return self._by_name[response.meta["zgc_source"]]

    # -- callbacks --------------------------------------------------------
    def parse_listing(self, response):
        source = self._source(response)
        counts = self.health[source.name]
        counts[f"status_{response.status}"] += 1
        listing = response.meta.get("zgc_listing")
        rules = self._rules[source.name]
        if response.status == 304:
            counts["not_modified"] += 1
            if listing:
                self.state.remember(listing, response, rules, source.name)
                # unchanged here, but the pages it linked to (page 2, a sitemap index's sitemaps) may not be
                for url in self.state.children(listing):
                    if self.depth_limit and response.meta.get("depth", 0) >= self.depth_limit:
                        counts["depth_limited"] += 1
                        break
                    if source.owns(url) and (req := self._listing_request(url, source)):
                        yield req
            return
        # the last listing deep enough still gives its articles; only its links to further listings are not followed
        at_limit = bool(self.depth_limit) and response.meta.get("depth", 0) >= self.depth_limit
        limited = False
        new_here = 0
        children: list[str] = []
        links, sitemaps = self._links(response, counts)
        counts["listings_read"] += 1
        for url in links:
            if not source.owns(url):
                if urlsplit(url).scheme.lower() in _REFUSED_SCHEMES:
                    counts["scheme_refused"] += 1   # (never this machine's files; counted)
                elif misleading(url, source):
                    counts["address_refused"] += 1   # (the site's host to urllib, another to the fetcher; counted)
                    log.debug("refused the link %s on %s: the fetcher reads its address otherwise", url, response.url)
                continue
            if source.is_article(url) and url not in sitemaps:
                counts["article_links"] += 1
                url = without_tracking(url)   # (asked for, stored and linked without #comments or ?spm=…)
                key = canonical_url(url)
                if key in self.seen:
                    counts["already_seen"] += 1
                    continue
                if key in self._gone:
                    counts["known_gone"] += 1
                    continue
                if self.min_date and (d := url_date(url)) and d < self.min_date:
                    counts["outside_window"] += 1
                    continue
                if req := self._article_request(url, source):
                    new_here += 1
                    yield req
            elif source.is_listing(url) or url in sitemaps:
                if at_limit:
                    limited = True
                    continue
                children.append(url)
                if req := self._listing_request(url, source):
                    yield req
        if limited:
            counts["depth_limited"] += 1   # a listing whose further listings are past ZGC_LISTING_DEPTH
            if new_here:   # and it still held new articles: the listings past it may hold more
                counts["depth_limited_new"] += 1
        if listing:
            self.state.remember(listing, response, rules, source.name, children)

    def parse_article(self, response):
        source = self._source(response)
        counts = self.health[source.name]
        counts[f"status_{response.status}"] += 1
        counts["articles_fetched"] += 1
        url = _requested_url(response.request)
        self.frontier.finish(url)
        self._retry_next.pop(url, None)
        self.state.found_again(canonical_url(url))
        if redirects := response.request.meta.get("redirect_urls"):
            self.state.redirected(canonical_url(redirects[0]), canonical_url(response.url))
        yield {"url": response.url, "source": source.name, "status": response.status}
        yield from self._next_pages(response, source, response.url)

    def parse_recheck(self, response):
        """A stored article asked for again: archived (kind ``recheck``); the extraction compares its text."""
        counts = self.health[response.meta["zgc_source"]]
        counts["rechecked"] += 1
        self.rechecks[_first_url(response.request)] = "ok"
        return []

    def parse_article_page(self, response):
        """Page 2, 3, … of an article split over several pages: archived as kind ``article_page`` with the first
        page's address (``WARC-Zgc-Part-Of``), which the extraction joins to it."""
        source = self._source(response)
        counts = self.health[source.name]
        counts[f"status_{response.status}"] += 1
        counts["article_pages_fetched"] += 1
        self.frontier.finish(_requested_url(response.request))
        yield from self._next_pages(response, source, response.meta["zgc_part_of"])

    def _next_pages(self, response, source: Source, first: str):
        if not isinstance(response, HtmlResponse) or response.status != 200 or not may_continue(first, response.body):
            return
        for n, url in continuation_links(first, response):
            if not source.owns(url):
                if misleading(url, source):   # ("page 2" at the site's host to urllib, fetched from another)
                    self.health[source.name]["address_refused"] += 1
                continue
            if canonical_url(url) not in self.seen and (req := self._part_request(url, source, first, n)):
                yield req

    def _part_request(self, url: str, source: Source, first: str, n: int) -> scrapy.Request | None:
        """Page *n* of the article whose first page is *first*, logged in the frontier so that a crawl killed
        before it is fetched asks for it when resumed."""
        key = canonical_url(url)
        if key in self._queued:
            return None
        req = self._request(url, source, "article_page", self.parse_article_page,
                            meta={"zgc_part_of": first, "zgc_part": n})
        if req is not None:
            self._queued.add(key)
            self.frontier.queue_part(source.name, first, n, url,
                                     offline=self.offline and key not in self._from_log)
        return req

    def _links(self, response, counts: Counter) -> tuple[list[str], set[str]]:
        """Links from an HTML listing, an RSS/Atom feed, a sitemap (gzipped too: ``sitemap.xml.gz``) or a JSON
        answer, and the sitemaps a sitemap index names (listings whatever the source's follow_patterns say)."""
        if response.body[:2] == b"\x1f\x8b":
            try:
                body = gunzip(response.body, max_size=self.max_size)
            except (OSError, EOFError, ValueError) as exc:  # corrupt, or past DOWNLOAD_MAXSIZE
                counts["errors"] += 1
                counts["error_bad_gzip"] += 1
                log.warning("cannot gunzip %s: %s", response.url, exc)
                return [], set()
            response = XmlResponse(url=response.url, body=body, encoding="utf-8") \
                if body.lstrip()[:5] == b"<?xml" else response.replace(body=body, cls=TextResponse)
        return listing_links(response)

    def _failed(self, failure):
        request = failure.request
        name = request.meta.get("zgc_source", "?")
        counts = self.health[name]
        if out_of_files(self.crawler, failure.value):
            counts["out_of_files"] += 1   # (left unfinished in the resume log: the next run asks for it)
            return
        kind = failure_kind(failure.value)
        if request.meta.get("zgc_kind") == "listing":
            self._listing_failed(name, request, kind)
        if request.meta.get("zgc_kind") == "recheck":
            # not the source's failure (it answered for a page it had), nor a link to remember as gone
            counts["rechecked"] += 1
            self.rechecks[first := _first_url(request)] = kind
            log.info("asked again, %s (%s) answered: %s", first, name, kind)
            return
        if kind.startswith("status_"):
            counts[kind] += 1          # an HTTP answer, counted with the other statuses
        elif kind == "robots":
            counts["robots_forbidden"] += 1
        elif kind == "scheme_refused":
            counts[kind] += 1          # a redirect to this machine's files or another service: never followed
        elif kind in ("robots_unavailable", "retry_after_too_long"):
            counts[kind] += 1          # not asked (or not again) this run: the host's own word, not a failure
        elif kind == "archive_failed":
            # this machine's fault (a full disk), not the site's: the page stays unfinished in the resume log, so the
            # next run of the day asks for it again (the crawl stops; WarcArchiveMiddleware said why, once)
            counts[kind] += 1
            log.info("not archived, asked again by the next run: %s (%s)", request.url, name)
            return
        elif kind == "not_archived":
            counts[kind] += 1
            if request.meta.get("zgc_kind") in ("article", "article_page"):
                url = _requested_url(request)
                if (key := canonical_url(url)) in self._from_log:
                    self.not_looked_up.add(key)   # left pending in the resume log, for a live crawl
                else:
                    self.frontier.finish(url)
                if key in self._from_retry:
                    self._retry_not_looked_up.add(key)   # kept to retry, not counted as a run
            log.debug("not in the offline archive: %s (%s)", request.url, name)
            return
        elif kind in ("offsite_redirect", "duplicate_redirect", "section_redirect"):
            counts[kind] += 1          # the crawl's own choice, not a fault of the site
            chain = request.meta.get("redirect_urls") or [request.url]
            if kind == "offsite_redirect" and request.meta.get("zgc_kind") in ("listing", "article"):
                # (a site that moved to a host not in the source's domains: the health check flags it by these)
                counts[f"{request.meta['zgc_kind']}s_offsite"] += 1
                if request.meta["zgc_kind"] == "article":
                    self.articles_offsite_to.setdefault(name, request.url)
            if kind == "duplicate_redirect":
                self.state.redirected(canonical_url(chain[0]), canonical_url(request.url))
            elif request.meta.get("zgc_kind") == "article":
                self.state.found_gone(canonical_url(chain[0]), kind, name, self._today)
            if request.meta.get("zgc_kind") in ("article", "article_page"):
                self.frontier.finish(chain[0])
            log.info("not following the redirect of %s to %s (%s): %s", chain[0], request.url, name,
                     failure.getErrorMessage())
            return
        else:
            counts["errors"] += 1
            counts[f"error_{kind}"] += 1
        known_gone = False
        if request.meta.get("zgc_kind") == "article_page":
            self.frontier.finish(_requested_url(request))
        elif request.meta.get("zgc_kind") == "article":
            url = _requested_url(request)
            self.frontier.finish(url)
            if kind in TRANSIENT_KINDS:
                self._retry_next[url] = {"source": name, "kind": kind}
            elif kind in ("status_404", "status_410"):
                known_gone = canonical_url(url) in self.state.gone   # asked again: said the first time
                self.state.found_gone(canonical_url(url), kind, name, self._today)
        if kind in ("robots", "robots_unavailable", "retry_after_too_long") or known_gone:
            # the site's own rule, asked again every day: a warning each run would mail a cron job the same lines
            # daily (a source all of whose requests it refuses is flagged; an unavailable robots.txt, or a host
            # asking for a wait past the cap, is warned of once per host)
            log.info("not fetched %s (%s): %s [%s]", request.url, name, failure.getErrorMessage(), kind)
            return
        log.warning("fetch failed for %s (%s): %s [%s]", request.url, name, failure.getErrorMessage(), kind)

    def _listing_failed(self, name: str, request, kind: str) -> None:
        """Keep a listing that gave nothing by its address and why (an HTTP status, an error's kind, or the address
        it redirected to off the source's domains or ports), a few per source: "1/1 requests failed" alone did
        not say which page to mend, and a moved site's entry point must be named with the host it moved to."""
        failed = self.listings_failed[name]
        if len(failed) >= 5:
            return
        chain = request.meta.get("redirect_urls") or [request.url]
        url = request.meta.get("zgc_listing") or chain[0]
        row = {"url": url, "why": kind}
        if kind == "offsite_redirect":
            row["to"] = request.url
        if name in self._by_name and url in self._by_name[name].entry_points:
            row["entry_point"] = True
        failed.append(row)

    # -- progress and end of crawl -----------------------------------------
    def _opened(self, spider=None):
        if self.progress_interval > 0:
            self._ticker = create_looping_call(self._progress)
            self._ticker.start(self.progress_interval, now=False)

    def _progress(self):
        parts = [f"{name} {c['requests']} req/{c['articles_fetched']} art/{c['errors']} err"
                 for name, c in sorted(self.health.items()) if c["requests"]]
        progress_log.info("per source: %s", "; ".join(parts) or "nothing requested yet")
        try:
            self._write_stats(reason=None)
        except OSError as exc:
            # out of file descriptors for the stats file: the crawl stops at once (raised, the looping call logged
            # Scrapy's generic error and the ticker stopped); any other failure is raised as before
            if not out_of_files(self.crawler, exc, "writing the crawl's progress to its stats file"):
                raise

    def _keeps_retry(self, url: str, info, stopped: bool) -> bool:
        """Whether an earlier entry to retry stays as it was (its count of runs unchanged), this crawl having not
        judged its page: one of a source it did not ask (``--only``, a disabled one: the others' entries were lost,
        and no later crawl asked for them again); one a live crawl left that the offline archive does not hold (not
        a run of its page, not its end); or, *stopped* at the time limit, one asked again and not answered before
        the stop (retried as often as before)."""
        if isinstance(info, dict) and info.get("source") in self._others:
            return True
        key = canonical_url(url)
        return key in self._retry_not_looked_up or (stopped and key in self._queued
                                                     and key not in self.frontier.finished)

    def _closed(self, spider=None, reason=None):
        if self._ticker is not None and self._ticker.running:
            self._ticker.stop()
        if missing := sum(c["not_archived"] for c in self.health.values()):
            log.info("%d linked page(s) are not in the offline archive (counted as not_archived, not as failures)",
                     missing)
        for name, c in sorted(self.health.items()):
            # listings read, yet not one link the article patterns take: a source that looks healthy and yields
            # nothing (a pattern that matches nothing, links the crawl cannot see)
            if c["listings_read"] and not c["article_links"] and not c["not_modified"]:
                # (offline, the bundled archive's own listings of sources it holds no article of: not news)
                log.log(logging.INFO if self.offline else logging.WARNING,
                        "source %s: its %d listing page(s) linked no URL that its article_patterns match; "
                        "check them with `zgc-monitor sources check --live`", name, c["listings_read"])
            if c["depth_limited_new"]:
                log.warning("source %s: %d listing page(s) %d levels deep still linked new articles, and the listings "
                            "they link were not followed (ZGC_LISTING_DEPTH=%d): new articles further on may be "
                            "missed (usual on a source's first crawl; raise ZGC_LISTING_DEPTH to reach them)",
                            name, c["depth_limited_new"], self.depth_limit, self.depth_limit)
        self.frontier.close()
        if reason in ("finished", "closespider_timeout"):
            # a crawl cut off at its time limit keeps what it learned too (validators, redirects, pages gone, pages
            # to retry): only what it could not judge is left as it was
            retry = {}
            for url, info in self._retry_next.items():
                runs = int(self.state.retry.get(url, {}).get("runs", 0)) + 1
                if runs <= self.retry_runs:
                    retry[url] = {**info, "runs": runs}
            retry.update((url, info) for url, info in self.state.retry.items()
                         if url not in retry and self._keeps_retry(url, info, stopped=reason != "finished"))
            if reason == "finished":
                self.state.forget_untouched({s.name for s in self.sources}, self._touched)
            self.state.retry = retry
            self.state.save()
        self._write_stats(reason=reason)

    def _write_stats(self, reason=None):
        if not self.stats_file:
            return
        out = {name: dict(c) for name, c in self.health.items()}
        for s in self.sources:
            out.setdefault(s.name, {})
            if failed := self.listings_failed.get(s.name):   # (not counts: the health check reads them by name)
                out[s.name]["listings_failed"] = failed
            if to := self.articles_offsite_to.get(s.name):
                out[s.name]["articles_offsite_to"] = to
            if s.quiet_days:   # (kept with the run's counts: the health check reads it from there)
                out[s.name]["quiet_days"] = s.quiet_days
            if s.muted_until:   # (likewise)
                out[s.name]["muted_until"] = s.muted_until.isoformat()
                if s.muted_reason:
                    out[s.name]["muted_reason"] = s.muted_reason
            if self.partial:   # a crawl of some sources only: the sources it lacks are still the registry's
                out[s.name]["partial"] = 1
        path = Path(self.stats_file)
        tmp = path.with_name(path.name + ".tmp")
        try:
            tmp.write_text(json.dumps({"finish_reason": reason, "sources": out, "rechecks": self.rechecks,
                                       # (the refresh keeps their lines in the resume log)
                                       "not_looked_up": sorted(self.not_looked_up)},
                                      ensure_ascii=False, indent=1), encoding="utf-8")
            os.replace(tmp, path)
        except OSError:   # (a full disk: no empty .tmp left behind for nothing to remove)
            tmp.unlink(missing_ok=True)
            raise
