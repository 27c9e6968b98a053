"""One generic spider driven by the source registry.

Each source declares its entry points (listing pages, RSS/Atom feeds or
sitemaps) and the link patterns of its articles; the spider walks listings,
follows pagination, and fetches article pages it has not fetched before.
Every response lands in the run's WARC file (see ``WarcArchiveMiddleware``);
the spider itself only decides what to fetch and keeps per-source counts.
"""

from __future__ import annotations

import json
import logging
import re
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

import scrapy
from scrapy import signals
from scrapy.http import TextResponse, XmlResponse

from pipeline.urls import canonical_url
from spiders.sources import Source, load_sources

log = logging.getLogger(__name__)

# dates embedded in article URLs, used for the crawl's date window
_URL_DATE_RES = (
    re.compile(r"/(?:t)?(20\d{2})(\d{2})(\d{2})[_/]"),
    re.compile(r"/(20\d{2})-(\d{2})/(\d{2})/"),
    re.compile(r"/(20\d{2})/(\d{2})-(\d{2})/"),
    re.compile(r"/(20\d{2})/(\d{2})/(\d{2})/"),
    re.compile(r"/(20\d{2})-(\d{2})-(\d{2})/"),
    re.compile(r"/(20\d{2})/(\d{1,2})/(\d{1,2})/art_"),
    re.compile(r"/(20\d{2})/(\d{2})(\d{2})/c\d"),
)


def url_date(url: str) -> date | None:
    for rx in _URL_DATE_RES:
        m = rx.search(url)
        if m:
            try:
                return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                continue
    return None


class NewsSpider(scrapy.Spider):
    name = "news"

    def __init__(self, sources_file: str | None = None, only: str | None = None,
                 seen_file: str | None = None, min_date: str | None = None,
                 stats_file: str | None = None, *args, **kwargs):
        super().__init__(*args, **kwargs)
        sources = load_sources(sources_file)
        if only:
            wanted = {s.strip() for s in only.split(",") if s.strip()}
            unknown = wanted - {s.name for s in sources}
            if unknown:
                raise ValueError(f"unknown source(s): {', '.join(sorted(unknown))}")
            sources = [s for s in sources if s.name in wanted]
        self.sources: list[Source] = sources
        self.allowed_domains = sorted({d for s in sources for d in s.domains})
        self.seen: set[str] = set()
        if seen_file and Path(seen_file).exists():
            self.seen = {l.strip() for l in Path(seen_file).read_text(encoding="utf-8").splitlines() if l.strip()}
        self.min_date = date.fromisoformat(min_date) if min_date else None
        self.stats_file = stats_file
        self.health: dict[str, Counter] = defaultdict(Counter)
        self._queued: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider._write_stats, signal=signals.spider_closed)
        return spider

    # -- requests ---------------------------------------------------------
    def _request(self, url: str, source: Source, kind: str, callback) -> scrapy.Request:
        self.health[source.name]["requests"] += 1
        return scrapy.Request(
            url, callback=callback, errback=self._failed,
            meta={"zgc_source": source.name, "zgc_kind": kind,
                  **({"download_delay": source.download_delay} if source.download_delay is not None else {})},
        )

    async def start(self):
        for req in self.start_requests():
            yield req

    def start_requests(self):
        for source in self.sources:
            for url in source.entry_points:
                yield self._request(url, source, "listing", self.parse_listing)

    def _source(self, response) -> Source:
        name = response.meta["zgc_source"]
        return next(s for s in self.sources if s.name == name)

    # -- callbacks --------------------------------------------------------
    def parse_listing(self, response):
        source = self._source(response)
        self.health[source.name][f"status_{response.status}"] += 1
        for url in self._links(response):
            if not source.owns(url):
                continue
            if source.is_article(url):
                key = canonical_url(url)
                if key in self.seen:
                    self.health[source.name]["already_seen"] += 1
                    continue
                if self.min_date and (d := url_date(url)) and d < self.min_date:
                    self.health[source.name]["outside_window"] += 1
                    continue
                if key in self._queued:
                    continue
                self._queued.add(key)
                yield self._request(url, source, "article", self.parse_article)
            elif source.is_listing(url):
                yield self._request(url, source, "listing", self.parse_listing)

    def parse_article(self, response):
        source = self._source(response)
        self.health[source.name][f"status_{response.status}"] += 1
        self.health[source.name]["articles_fetched"] += 1
        yield {"url": response.url, "source": source.name, "status": response.status}

    def _links(self, response) -> list[str]:
        """Links from an HTML listing, an RSS/Atom feed or a sitemap."""
        if isinstance(response, XmlResponse) or response.body.lstrip()[:5] == b"<?xml":
            sel = scrapy.Selector(text=response.text, type="xml")
            sel.remove_namespaces()
            links = sel.xpath("//item/link/text() | //entry/link/@href | //url/loc/text() | //sitemap/loc/text()").getall()
            return [response.urljoin(l.strip()) for l in links if l.strip()]
        if not isinstance(response, TextResponse):
            return []
        return [response.urljoin(h.strip()) for h in response.css("a::attr(href)").getall()
                if h.strip() and not h.strip().startswith(("javascript:", "mailto:", "#"))]

    def _failed(self, failure):
        request = failure.request
        name = request.meta.get("zgc_source", "?")
        response = getattr(failure.value, "response", None)
        if response is not None:
            self.health[name][f"status_{response.status}"] += 1
        else:
            self.health[name]["errors"] += 1
            self.health[name][f"error_{type(failure.value).__name__}"] += 1
        log.warning("fetch failed for %s (%s): %s", request.url, name, failure.getErrorMessage())

    def _write_stats(self, spider, reason=None):
        if not self.stats_file:
            return
        out = {name: dict(c) for name, c in self.health.items()}
        for s in self.sources:
            out.setdefault(s.name, {})
        Path(self.stats_file).write_text(json.dumps({"finish_reason": reason, "sources": out}, ensure_ascii=False, indent=1), encoding="utf-8")
