"""Downloader middlewares: offline archive routing, Retry-After, WARC archiving."""

from __future__ import annotations

import asyncio
import logging
import threading
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from io import BytesIO
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from scrapy import signals
from scrapy.exceptions import NotConfigured
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

log = logging.getLogger(__name__)

ORIGINAL_URL = "zgc_original_url"


class ArchiveProxyMiddleware:
    """Offline mode: send every request through the local archive server.

    The archive server is an HTTP proxy; https URLs are downgraded to http on
    the way in (no TLS to a local proxy) and the original URL is restored on
    the response, so the rest of the crawl only ever sees real outlet URLs.
    """

    def __init__(self, proxy: str):
        self.proxy = proxy

    @classmethod
    def from_crawler(cls, crawler):
        proxy = crawler.settings.get("ZGC_ARCHIVE_PROXY")
        if not proxy:
            raise NotConfigured
        return cls(proxy)

    def process_request(self, request, spider=None):
        if request.meta.get("proxy") == self.proxy:
            return None
        parts = urlsplit(request.url)
        meta = dict(request.meta, proxy=self.proxy)
        meta.setdefault(ORIGINAL_URL, request.url)
        if parts.scheme == "https":
            url = urlunsplit(("http",) + tuple(parts[1:]))
            return request.replace(url=url, meta=meta, dont_filter=True)
        request.meta.update(meta)
        return None

    def process_response(self, request, response, spider=None):
        original = request.meta.get(ORIGINAL_URL)
        if original and original != response.url and urlsplit(response.url)[1:] == urlsplit(original)[1:]:
            return response.replace(url=original)
        return response


class RetryAfterMiddleware:
    """Honour ``Retry-After`` on 429/503 (capped) before RetryMiddleware retries."""

    def __init__(self, cap: float):
        self.cap = cap

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.settings.getfloat("ZGC_RETRY_AFTER_MAX", 60.0))

    @staticmethod
    def delay_from(value: str | None, now: datetime | None = None) -> float | None:
        if not value:
            return None
        value = value.strip()
        if value.isdigit():
            return float(value)
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        now = now or datetime.now(timezone.utc)
        return max(0.0, (when - now).total_seconds())

    async def process_response(self, request, response, spider=None):
        if response.status in (429, 503):
            raw = response.headers.get(b"Retry-After")
            delay = self.delay_from(raw.decode("latin-1") if raw else None)
            if delay:
                delay = min(delay, self.cap)
                log.info("%s answered %s, Retry-After %.1fs", response.url, response.status, delay)
                await asyncio.sleep(delay)
        return response


class WarcArchiveMiddleware:
    """Write every response (and its request) to the run's WARC file.

    One gzip member per record, flushed at once: a crawl killed mid-way leaves
    every completed record readable.  Custom headers carry what the loader
    needs: ``WARC-Zgc-Source`` and ``WARC-Zgc-Kind`` (article/listing/other).
    Bodies are stored after HTTP decompression, so Content-Encoding is dropped.
    """

    def __init__(self, path: Path):
        self.path = path
        self._lock = threading.Lock()
        self._fh = None
        self.records = 0

    @classmethod
    def from_crawler(cls, crawler):
        path = crawler.settings.get("ZGC_WARC_PATH")
        if not path:
            raise NotConfigured
        mw = cls(Path(path))
        crawler.signals.connect(mw.close, signal=signals.spider_closed)
        return mw

    def _writer(self) -> WARCWriter:
        if self._fh is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._fh = open(self.path, "ab")
        return WARCWriter(self._fh, gzip=True)

    def process_response(self, request, response, spider=None):
        url = request.meta.get(ORIGINAL_URL) or response.url
        if urlsplit(url).path == "/robots.txt":
            return response
        headers = [
            (k.decode("latin-1"), b", ".join(v).decode("latin-1"))
            for k, v in response.headers.items()
            if k.lower() not in (b"content-encoding", b"transfer-encoding", b"content-length")
        ]
        headers.append(("Content-Length", str(len(response.body))))
        status_line = f"{response.status} {_reason(response.status)}"
        http_headers = StatusAndHeaders(status_line, headers, protocol="HTTP/1.1")
        fetched = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        warc_headers = {
            "WARC-Date": fetched,
            "WARC-Zgc-Source": request.meta.get("zgc_source", ""),
            "WARC-Zgc-Kind": request.meta.get("zgc_kind", "other"),
        }
        with self._lock:
            writer = self._writer()
            record = writer.create_warc_record(
                url, "response", payload=BytesIO(response.body),
                http_headers=http_headers, warc_headers_dict=warc_headers,
            )
            writer.write_record(record)
            self._fh.flush()
            self.records += 1
        return response

    def close(self, spider=None):
        if self._fh is not None:
            self._fh.close()
            self._fh = None


def _reason(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"
