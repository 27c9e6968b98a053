"""Downloader middlewares (offline archive routing, retry waits, WARC archiving) and a downloader fix."""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import random
import signal
import threading
import time
import zlib
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from io import BytesIO
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from scrapy import signals
from scrapy.core.downloader import Downloader
from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware
from scrapy.downloadermiddlewares.cookies import CookiesMiddleware
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.extensions.throttle import AutoThrottle
from scrapy.http import HtmlResponse
from scrapy.utils.response import get_meta_refresh
from scrapy.utils.defer import deferred_from_coro
from scrapy.exceptions import NotConfigured
from scrapy.utils.asyncio import call_later
from scrapy.utils.asyncio import sleep as async_sleep
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.defer import Deferred
from twisted.python.failure import Failure
from w3lib.html import get_meta_refresh as _w3lib_meta_refresh
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from spiders.limits import OUT_OF_FILES
from spiders.sources import robots_redirect_refused, service

log = logging.getLogger(__name__)


def _start(coro, what: str) -> None:
    """Run *coro* on the reactor without waiting for it (Scrapy's public ``deferred_from_coro``, where its own
    downloader uses a private helper), logging what it raises instead of losing it."""
    deferred_from_coro(coro).addErrback(lambda failure: log.error("%s failed: %s", what, failure.getErrorMessage(),
                                                                   exc_info=(failure.type, failure.value, failure.tb)))




def out_of_files(crawler, exc: BaseException, where: str = "") -> bool:
    """Whether the crawl ran out of file descriptors (EMFILE: a socket, a module imported, a file): *exc* says so,
    or an earlier error did.  At the first, the crawl stops (finish reason ``out_of_files``: the refresh fails, naming
    the open-files limit), and from then on no page that fails is marked finished: they are this machine's failures,
    not the sites', left in the resume log for the next run (they were counted as the sources' errors and marked
    finished, and no later run asked for them).  *where* is the log line the error came with, when it came as one
    (Scrapy's "Error calling the AsyncioLoopingCall function"), named beside it."""
    if getattr(crawler, "_zgc_out_of_files", False):
        return True
    if getattr(exc, "errno", None) != errno.EMFILE and OUT_OF_FILES not in str(exc):
        return False
    crawler._zgc_out_of_files = True
    log.error("the crawl ran out of file descriptors (%s%s): it stops, and what it did not fetch is asked for by the "
              "next run; raise the open-files limit (ulimit -n)", exc, f"; at: {where}" if where else "")
    if crawler.engine is not None and crawler.spider is not None:
        _start(crawler.engine.close_spider_async(reason="out_of_files"), "closing the crawl")
        if isinstance(downloader := getattr(crawler.engine, "downloader", None), PoliteDownloader):
            for slot in list(downloader.slots.values()):
                downloader.refuse_queued(slot)
    return True


class NotSentOutOfFiles(OSError):
    """A request the crawl held in a host's queue when it ran out of file descriptors: failed without being sent."""

    def __init__(self, url: str):
        super().__init__(errno.EMFILE, f"{OUT_OF_FILES}: not sent, the crawl is stopping ({url})")


def _emfile_in(record: logging.LogRecord) -> BaseException | None:
    """The EMFILE error a log record carries (its exception, or one that caused it), or its message names."""
    exc = record.exc_info[1] if record.exc_info and record.exc_info[1] is not None else None
    seen = 0
    while exc is not None and seen < 8:
        if getattr(exc, "errno", None) == errno.EMFILE or OUT_OF_FILES in str(exc):
            return exc
        exc, seen = exc.__cause__ or exc.__context__, seen + 1
    try:
        message = record.getMessage()
    except Exception:   # (a record whose arguments do not fit its format: not ours to judge)
        return None
    return OSError(errno.EMFILE, message) if OUT_OF_FILES in message else None


class OutOfFilesWatch(logging.Handler):
    """A handler on the crawl process's root logger that stops the crawl (``out_of_files``) at the first record that
    carries or names EMFILE, wherever it was raised.  The crawl's own calls to :func:`out_of_files` cover its requests,
    robots.txt files and WARC writes; one raised elsewhere (a looping call: the progress ticker's stats file, Scrapy's
    own loops, which log it as "Error calling the AsyncioLoopingCall function" and stop) left the crawl idle, sending
    nothing, until its time limit (two hours by default), which then saved its crawl state as if it had been cut
    short.  The stop runs on the reactor's thread, after the record is written (never from inside the code that
    logged it)."""

    def __init__(self, crawler) -> None:
        super().__init__()
        self.crawler = crawler

    def emit(self, record: logging.LogRecord) -> None:
        if getattr(self.crawler, "_zgc_out_of_files", False):   # (stopping already: its own line says so)
            return
        exc = _emfile_in(record)
        if exc is None:
            return
        from twisted.internet import reactor

        where = f"{record.name} {record.levelname} {record.getMessage()}"
        try:
            reactor.callFromThread(out_of_files, self.crawler, exc, where)
        except Exception:   # (the reactor already gone: the crawl is over anyway)
            pass


MAX_HEADER_BYTES = 256 * 1024  # a response's status line and headers; real ones are a few KB


class HeadersTooLarge(ValueError):
    """A response whose header section passed MAX_HEADER_BYTES (a header bomb: header lines that never end)."""


def limit_response_headers(limit: int = MAX_HEADER_BYTES) -> None:
    """Cap the header section of every HTTP response Twisted's client reads.  Scrapy's DOWNLOAD_MAXSIZE counts the
    body only, and Twisted keeps header lines without a limit: a server that never ends its headers grew the crawl
    to 2 GB for 1.5 GB of them.  Past *limit* bytes the parser raises, Twisted drops the connection and the
    request fails like a lost connection (retried, then counted as the source's error).  Installed once per process,
    when Scrapy loads these middlewares."""
    from twisted.web import _newclient

    # Scrapy reads responses with its own parser class (scrapy.core.downloader.handlers.http11's
    # _LenientHTTPClientParser), whose lineReceived is a copy of Twisted's: patching Twisted's class alone left the
    # crawl unbounded (a tester's 800 MB of headers were read whole).  Every parser class that defines its own
    # lineReceived is patched, and one header line may be as long as the limit (Twisted's LineReceiver drops the
    # connection at 16 KB a line: a real site's long Content-Security-Policy line made its pages unfetchable).
    classes = [_newclient.HTTPParser, _newclient.HTTPClientParser]
    try:
        from scrapy.core.downloader.handlers import http11
    except ImportError:  # pragma: no cover - Scrapy without its Twisted handler
        http11 = None
    classes += [c for c in vars(http11).values() if http11 is not None and isinstance(c, type)
                and issubclass(c, _newclient.HTTPParser)] if http11 else []
    for parser in dict.fromkeys(classes):
        if "lineReceived" not in vars(parser) or vars(parser).get("_zgc_header_limit") == limit:
            continue
        original = vars(parser).get("_zgc_line_received", vars(parser)["lineReceived"])
        parser._zgc_line_received = original
        parser.lineReceived = _limited(original, limit, _newclient.BODY)
        parser.MAX_LENGTH = limit
        parser._zgc_header_limit = limit


def _limited(original, limit: int, body_state):
    def lineReceived(self, line):
        if self.state != body_state:
            seen = getattr(self, "_zgc_header_bytes", 0) + len(line) + 2
            self._zgc_header_bytes = seen
            if seen > limit:
                raise HeadersTooLarge(f"response headers passed {limit} bytes")
        return original(self, line)
    return lineReceived


limit_response_headers()

ORIGINAL_URL = "zgc_original_url"
_PROXIED = "zgc_proxied_url"


MAX_CRAWL_DELAY = 30.0  # a robots.txt Crawl-delay kept up to this (AUTOTHROTTLE_MAX_DELAY): one of an hour would
# hold a source's crawl for days; the 2-hour crawl limit ends it anyway


def crawl_delays(crawler) -> dict[str, float]:
    """Per host, the Crawl-delay its robots.txt asked for (seconds), shared by the robots middleware and the
    downloader of one crawl."""
    if not hasattr(crawler, "_zgc_crawl_delays"):
        crawler._zgc_crawl_delays = {}
    return crawler._zgc_crawl_delays


def hosts_left_alone(crawler) -> dict[str, str]:
    """Per host name, the wait it asked for past ZGC_RETRY_AFTER_MAX ("3600 s (Retry-After: 3600 on HTTP 429)"): the
    hosts a crawl asks nothing more of this run, shared by RetryAfterMiddleware and the downloader of one crawl."""
    if not hasattr(crawler, "_zgc_left_alone"):
        crawler._zgc_left_alone = {}
    return crawler._zgc_left_alone


class RetryAfterTooLong(IgnoreRequest):
    """A request not made, or not retried, because its host asked for a longer wait than the crawl waits (a
    ``Retry-After`` past ZGC_RETRY_AFTER_MAX): counted as ``retry_after_too_long``, an article kept for the next run."""

    def __init__(self, host: str, asked: str, url: str):
        super().__init__(f"{host} asked for a wait of {asked}, past ZGC_RETRY_AFTER_MAX: left alone this run, "
                         f"{url} not fetched")


class PoliteDownloader(Downloader):
    """Scrapy's downloader with CONCURRENT_REQUESTS_PER_DOMAIN enforced when the delay is 0.

    In Scrapy 2.19 ``Downloader._process_queue`` schedules each download as a
    task and only that task marks the request as transferring, so with no
    download delay the whole queue of a slot is started at once (the delay
    branch breaks out of the loop, which hides the bug in polite settings).
    Here the request is marked before the task is scheduled; ``_download``
    adds it again (a set) and removes it when done, as before.  A host's robots.txt ``Crawl-delay`` is a floor
    under the slot's delay.  A request still queued when its host asked to be left alone for longer than the crawl
    waits (``hosts_left_alone``) is not sent: it fails with RetryAfterTooLong.  (The host is marked as the answer
    arrives, before its slot takes the next request from the queue: the middlewares see the answer only after.)
    """

    def refuse_queued(self, slot) -> bool:
        """Once the crawl has run out of file descriptors (``out_of_files``), fail every request still queued for
        *slot*'s host without sending it (each is left unfinished in the resume log, as the spider's errback does
        with any request failing then): Scrapy's close waits for the downloader's queues, which went on sending one
        request per download delay, each to fail again, before the crawl could end.  Whether the crawl is stopping
        so."""
        if not getattr(self.crawler, "_zgc_out_of_files", False):
            return False
        while slot.queue:
            request, queue_dfd = slot.queue.popleft()
            queue_dfd.errback(Failure(NotSentOutOfFiles(request.url)))
        return True

    def _process_queue(self, slot) -> None:
        if self.refuse_queued(slot):
            return
        if slot.latercall:
            return
        now = time.monotonic()
        delay = slot.download_delay()
        if floors := crawl_delays(self.crawler):   # a host's robots.txt Crawl-delay is the least gap, no jitter
            key = next((k for k, s in self.slots.items() if s is slot), None)
            delay = max(delay, floors.get(key, 0.0))
        if delay:
            penalty = delay - now + slot.lastseen
            if penalty > 0:
                slot.latercall = call_later(penalty, self._latercall, slot)
                return
        left = hosts_left_alone(self.crawler)
        while slot.queue and slot.free_transfer_slots() > 0:
            request, queue_dfd = slot.queue.popleft()
            if left and (host := urlparse_cached(request).hostname or "") in left:
                queue_dfd.errback(Failure(RetryAfterTooLong(host, left[host], request.url)))
                continue
            slot.lastseen = now
            slot.transferring.add(request)
            _start(self._wait_for_download(slot, request, queue_dfd), f"the download of {request.url}")
            if delay:
                self._process_queue(slot)
                break


class SourceAutoThrottle(AutoThrottle):
    """AutoThrottle that keeps a source's own ``download_delay`` as its hosts' floor.

    Scrapy's AutoThrottle lowers a slot's delay towards the latency it measures, down to the global
    DOWNLOAD_DELAY, which undoes the slower delay a source declares (set as that host's
    ``DOWNLOAD_SLOTS`` delay by the spider): after a few fast answers a source asking for 4 s got
    requests 0.5 s apart.
    """

    def _spider_opened(self, spider) -> None:
        super()._spider_opened(spider)
        self._floors = {key: float(conf["delay"]) for key, conf in
                        self.crawler.settings.getdict("DOWNLOAD_SLOTS").items() if "delay" in conf}

    def _response_downloaded(self, response, request, spider) -> None:
        super()._response_downloaded(response, request, spider)
        key, slot = self._get_slot(request, spider)
        floor = self._floors.get(key) if key is not None else None
        if slot is not None and floor is not None and slot.delay < floor:
            slot.delay = floor


class HardTimeLimit:
    """CLOSESPIDER_TIMEOUT made a bound on when the crawl ends: ``ZGC_CLOSESPIDER_GRACE`` seconds after it at most.

    Scrapy's time limit only begins a graceful close: no request is taken from the scheduler any more, and the close
    waits for every request the downloader holds, up to CONCURRENT_REQUESTS of them queued in the per-host slots
    behind the politeness delay (AutoThrottle's up to 30 s), each held up to DOWNLOAD_TIMEOUT by a site that sends its
    page a byte at a time, and a retry's wait before it.  ``bench/crawl_time_limit.py`` measured 43 s past a 3 s
    limit with 5 s downloads: with the project's 30 s, minutes past the 2 hours, holding the refresh and the next
    one waiting on its lock.

    At the grace's end the crawl is closed as Scrapy would close it (``spider_closed``: the spider's counts written, its
    resume log closed, its crawl state saved, the WARC file closed; the finish reason stays ``closespider_timeout``, so
    the refresh goes on with what was fetched), then the reactor is stopped without waiting for the requests in flight:
    their pages were neither archived nor failed, so they stay unfinished in the resume log for the next run; an answer
    is only archived whole (one record, written and fsync'd, before its page is marked done).  Should the reactor itself
    be stuck (a callback that never returns), the process kills itself ``ZGC_CLOSESPIDER_KILL`` seconds later: the
    resume log and the archive are made to survive that too.  ``ZGC_CLOSESPIDER_GRACE = 0`` turns this off.
    """

    def __init__(self, crawler, limit: float, grace: float, kill_after: float):
        self.crawler = crawler
        self.limit, self.grace, self.kill_after = limit, grace, kill_after
        self._call = None
        self._closing = False

    @classmethod
    def from_crawler(cls, crawler):
        s = crawler.settings
        limit, grace = s.getfloat("CLOSESPIDER_TIMEOUT", 0.0), s.getfloat("ZGC_CLOSESPIDER_GRACE", 60.0)
        if limit <= 0 or grace <= 0:
            raise NotConfigured
        ext = cls(crawler, limit, grace, s.getfloat("ZGC_CLOSESPIDER_KILL", 30.0))
        crawler.signals.connect(ext._opened, signal=signals.spider_opened)
        crawler.signals.connect(ext._closed, signal=signals.spider_closed)
        return ext

    def _opened(self, spider=None) -> None:
        self._call = call_later(self.limit + self.grace, self._stop)
        if self.kill_after > 0:
            deadline = time.monotonic() + self.limit + self.grace + self.kill_after

            def backstop() -> None:
                while (left := deadline - time.monotonic()) > 0:
                    time.sleep(min(left, 1.0))
                os.kill(os.getpid(), signal.SIGKILL)

            threading.Thread(target=backstop, name="time-limit-backstop", daemon=True).start()

    def _closed(self, spider=None, reason=None) -> None:
        self._closing = True
        if self._call is not None:
            self._call.cancel()   # (a no-op once it has run)

    def _stop(self) -> None:
        if self._closing:   # (the close got as far as spider_closed: its handlers end it)
            return
        self._closing = True
        engine = self.crawler.engine
        held = len(engine.downloader.active) if engine is not None and engine.downloader is not None else 0
        log.warning("the crawl is still closing %g s after its time limit (CLOSESPIDER_TIMEOUT=%g s): stopped now; the "
                    "%d request(s) it still held stay unfinished for the next run", self.grace, self.limit, held)
        if self.crawler.stats is not None:
            self.crawler.stats.set_value("zgc/stopped_requests", held)
        _start(self._close_now("closespider_timeout"), "the stop at the time limit")

    async def _close_now(self, reason: str) -> None:
        try:
            await self.crawler.signals.send_catch_log_async(signal=signals.spider_closed, spider=self.crawler.spider,
                                                            reason=reason)
            if self.crawler.stats is not None:
                self.crawler.stats.close_spider(reason=reason)
        finally:
            from twisted.internet import reactor

            # (the reactor's shutdown stops every crawler still crawling, gracefully: waiting for the same requests)
            self.crawler.crawling = False
            with contextlib.suppress(RuntimeError):   # (already stopping)
                reactor.stop()


MAX_COOKIE_BYTES = 8 * 1024   # the Cookie header one request may carry


class BoundedCookiesMiddleware(CookiesMiddleware):
    """Scrapy's cookies middleware with a bound: past MAX_COOKIE_BYTES of Cookie header, the request's host's cookies
    are dropped (from its source's own jar: the spider names one per source) and the request goes without them.  A site setting a cookie on every page had the crawl sending it a
    212 KB Cookie header after 53 requests, and another refused every request (400) after 146 of them: the rest of
    its articles were lost that run."""

    def process_request(self, request, spider=None):
        result = super().process_request(request)
        header = b"; ".join(request.headers.getlist("Cookie"))
        if len(header) > MAX_COOKIE_BYTES:
            host = (urlsplit(request.url).hostname or "").lower()
            jar = self.jars[request.meta.get("cookiejar")]
            for cookie in list(jar.jar):
                domain = cookie.domain.lstrip(".").lower()
                if host == domain or host.endswith("." + domain):
                    jar.jar.clear(cookie.domain, cookie.path, cookie.name)
            request.headers.pop("Cookie", None)
            jar.add_cookie_header(request)
            if self.crawler.stats:
                self.crawler.stats.inc_value("cookies/dropped_over_limit")
            log.info("dropped the cookies of %s: their header passed %d bytes", host, MAX_COOKIE_BYTES)
        return result


class OffsiteRedirect(IgnoreRequest):
    """A redirect to a host the source does not list among its domains."""


class SectionRedirect(IgnoreRequest):
    """A redirect of an article link to the site's front page or a listing: the article withdrawn, or not yet out."""


class DuplicateRedirect(IgnoreRequest):
    """A redirect to an article this crawl already asked for (or an earlier one fetched)."""


class SourceRedirectMiddleware:
    """Keeps redirects within the source: a redirect leaves its source's domains only to be dropped
    (the spider asks for its own URLs with ``dont_filter``, which Scrapy's offsite filter lets
    through), and an article redirecting to a page already fetched or asked for is not fetched twice.
    Sits first, so a redirect is stopped before the offline proxy or the retry middleware see it."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_request(self, request):
        chain = request.meta.get("redirect_urls")
        spider = self.crawler.spider
        if not chain or not hasattr(spider, "check_redirect"):
            return None
        spider.check_redirect(request)
        return None


class ArchiveProxyMiddleware:
    """Offline mode: send every request through the local archive server.

    The archive server is an HTTP proxy; https URLs are downgraded to http on
    the way in (no TLS to a local proxy) and the original URL is restored on
    the response, so the rest of the crawl only ever sees real outlet URLs.
    A redirect builds a new request with a new URL, which is routed afresh.
    """

    def __init__(self, proxy: str):
        self.proxy = proxy

    @classmethod
    def from_crawler(cls, crawler):
        proxy = crawler.settings.get("ZGC_ARCHIVE_PROXY")
        if not proxy:
            raise NotConfigured
        return cls(proxy)

    def process_request(self, request):
        if request.meta.get(_PROXIED) == request.url and request.meta.get("proxy") == self.proxy:
            return None
        parts = urlsplit(request.url)
        url = urlunsplit(("http",) + tuple(parts[1:])) if parts.scheme == "https" else request.url
        meta = {**request.meta, "proxy": self.proxy, ORIGINAL_URL: request.url, _PROXIED: url}
        if url != request.url:
            return request.replace(url=url, meta=meta, dont_filter=True)
        request.meta.update(meta)
        return None

    def process_response(self, request, response):
        original = request.meta.get(ORIGINAL_URL)
        if original and original != response.url and response.url == request.meta.get(_PROXIED):
            return response.replace(url=original)
        return response


class RetryAfterMiddleware:
    """Wait before retries: ``Retry-After`` on 429/503, exponential backoff otherwise.

    Sits just after Scrapy's RetryMiddleware (550).  On the way back, a 429 or
    503 carrying ``Retry-After`` pauses its host until then, when that is within
    ``ZGC_RETRY_AFTER_MAX`` seconds.  On the way out, a request waits for
    its host's pause and, when it is a retry (``retry_times`` set by
    RetryMiddleware), for ``ZGC_RETRY_BACKOFF_BASE * 2**(n-1)`` seconds with
    jitter, capped by ``ZGC_RETRY_BACKOFF_MAX``.  The wait is an asyncio/Twisted
    sleep: the reactor keeps serving other hosts meanwhile.

    A host that asks for longer than ``ZGC_RETRY_AFTER_MAX`` is left alone for the rest of the run
    (``hosts_left_alone``): the request it answered is not retried and no other request goes to it (one already
    under way is let finish), each failing with RetryAfterTooLong, which the spider counts as
    ``retry_after_too_long`` and keeps the articles of for the next run (ZGC_RETRY_RUNS), as it does after other
    transient failures.  Capping the wait and retrying, as the crawl did, asked again three times, a minute apart,
    of a site that had asked for an hour's rest.
    """

    def __init__(self, cap: float, backoff_base: float = 1.0, backoff_max: float = 30.0, crawler=None):
        self.cap = cap
        self.backoff_base = backoff_base
        self.backoff_max = backoff_max
        self.paused_until: dict[str, float] = {}   # host -> monotonic time
        self.left_alone: dict[str, str] = hosts_left_alone(crawler) if crawler is not None else {}

    @classmethod
    def from_crawler(cls, crawler):
        s = crawler.settings
        mw = cls(s.getfloat("ZGC_RETRY_AFTER_MAX", 60.0), s.getfloat("ZGC_RETRY_BACKOFF_BASE", 1.0),
                 s.getfloat("ZGC_RETRY_BACKOFF_MAX", 30.0), crawler)
        # (the answer is seen there before its download slot sends the next request of the host's queue)
        crawler.signals.connect(mw.response_downloaded, signal=signals.response_downloaded)
        return mw

    @staticmethod
    def delay_from(value: str | None, now: datetime | None = None) -> float | None:
        if not value:
            return None
        value = value.strip()
        if value.isdigit():
            return float(value)
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when is None:
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=timezone.utc)
        now = now or datetime.now(timezone.utc)
        return max(0.0, (when - now).total_seconds())

    def backoff(self, retry_times: int) -> float:
        if retry_times <= 0 or self.backoff_base <= 0:
            return 0.0
        delay = min(self.backoff_base * 2 ** (retry_times - 1), self.backoff_max)
        return delay * random.uniform(0.75, 1.0)  # noqa: S311 - jitter, not security

    @staticmethod
    def _retry_after(response) -> tuple[float | None, str]:
        """The wait a 429 or 503 asks for (seconds, or None) and the header as sent."""
        if response.status not in (429, 503):
            return None, ""
        raw = response.headers.get(b"Retry-After")
        value = raw.decode("latin-1").strip() if raw else ""
        return RetryAfterMiddleware.delay_from(value), value

    def response_downloaded(self, response, request, spider=None) -> None:
        """A host whose 429 or 503 asks for a longer wait than the cap is left alone from now on (logged once)."""
        delay, value = self._retry_after(response)
        if delay is None or delay <= self.cap:
            return
        host = urlparse_cached(request).hostname or ""
        if host in self.left_alone:
            return
        self.left_alone[host] = f"{delay:.0f} s (Retry-After: {value} on HTTP {response.status})"
        log.warning("%s answered HTTP %d with Retry-After: %s, a wait of %.0f s, past ZGC_RETRY_AFTER_MAX (%g s): "
                    "nothing more is asked of %s this run, and the articles not fetched are kept for the next run",
                    host, response.status, value, delay, self.cap, host)

    def _refuse_left_alone(self, request) -> None:
        host = urlparse_cached(request).hostname or ""
        if host in self.left_alone:
            raise RetryAfterTooLong(host, self.left_alone[host], request.url)

    async def process_request(self, request):
        self._refuse_left_alone(request)
        host = urlsplit(request.url).hostname or ""
        wait = self.backoff(int(request.meta.get("retry_times", 0) or 0))
        until = self.paused_until.get(host)
        if until is not None:
            wait = max(wait, until - time.monotonic())
        if wait > 0:
            log.debug("waiting %.2fs before %s", wait, request.url)
            await async_sleep(wait)
            self._refuse_left_alone(request)   # (it may have asked to be left alone meanwhile)
        return None

    def process_response(self, request, response):
        if response.status in (429, 503):
            # (raised here, the answer never reaches RetryMiddleware, 550: not retried; the host was marked as the
            # answer arrived, unless the signal is not connected)
            self.response_downloaded(response, request)
            self._refuse_left_alone(request)
            delay, _ = self._retry_after(response)
            if delay:
                delay = min(delay, self.cap)
                host = urlsplit(request.url).hostname or ""
                until = time.monotonic() + delay
                self.paused_until[host] = max(until, self.paused_until.get(host, 0.0))
                log.info("%s answered %s, Retry-After: pausing %s for %.1fs",
                         response.url, response.status, host, delay)
        return response


def meta_refresh(response, ignore_tags) -> tuple[float, str] | tuple[None, None]:
    """(delay, URL) of the page's ``<meta http-equiv="refresh">``, or (None, None). A ``<base href>`` no URL can be
    made of (``http://[bad/``, a port of 99999) is ignored, as browsers ignore it: Scrapy's own reading raises
    ValueError for it, which failed the request (a listing lost whole, an article counted as a fetch error). A
    refresh to such a URL is no refresh: the page is read as it is."""
    try:
        return get_meta_refresh(response, ignore_tags=ignore_tags)
    except ValueError:
        pass
    try:
        return _w3lib_meta_refresh(response.text[:4096], response.url, response.encoding, ignore_tags=ignore_tags)
    except ValueError:
        return None, None


class LenientMetaRefreshMiddleware(MetaRefreshMiddleware):
    """Scrapy's MetaRefreshMiddleware reading the refresh through ``meta_refresh`` (a bad ``<base href>`` or
    refresh URL no longer fails the request)."""

    def process_response(self, request, response, spider=None):
        try:
            return super().process_response(request, response)
        except ValueError:   # the page's base or refresh URL: Scrapy's steps again, on the lenient reading
            pass
        interval, url = meta_refresh(response, self._ignore_tags)
        if not url:
            return response
        try:
            redirected = self._redirect_request_using_get(request, response, url)
        except ValueError:
            return response
        if urlparse_cached(redirected).scheme not in {"http", "https"} or interval >= self._maxdelay:
            return response
        return self._redirect(redirected, request, "meta refresh")


class NotArchived(IgnoreRequest):
    """A response the archive could not keep (a full disk, a file-size limit, a read-only or vanished mount): the page
    is not done, so the spider leaves it unfinished in its resume log and the next run of the day fetches it again."""


# the crawl's stats key naming the archive write that stopped it (spiders.run prints it as the crawl's error line)
ARCHIVE_ERROR_STAT = "zgc/archive_error"


class WarcArchiveMiddleware:
    """Write every response to the run's WARC file.

    One gzip member per record, flushed at once: a crawl killed mid-way leaves
    every completed record readable, and a run that appends to such a file
    first cuts off the damaged tail (so nothing it writes is hidden behind it).
    Custom headers carry what the loader needs: ``WARC-Zgc-Source`` and
    ``WARC-Zgc-Kind`` (article/listing/other, redirect for a meta-refresh stub, article_page for page N of an
    article, with ``WARC-Zgc-Part-Of`` naming its first page and ``WARC-Zgc-Part`` N).  Bodies are stored after HTTP
    decompression, so Content-Encoding is dropped.  Redirects are followed
    before this point (the final page is stored under its own URL); responses
    refused on the way (too large, decompression bombs, data loss) are never
    stored; robots.txt is not stored, nor whatever its redirects led to (Scrapy's robots.txt request, marked
    ``dont_obey_robotstxt``, and its hops: a redirected robots.txt's answer was archived and indexed under the
    address it was sent to).

    A response goes on to the spider, which marks its page done in the crawl's resume log, only once its record is
    on disk (written, flushed and fsync'd): a record the kernel still held when the machine went down, or that a
    full disk refused at write-back, would otherwise be a page the resume log calls done and no archive holds.  A
    write that fails raises :class:`NotArchived` for that response and every later one, and stops the crawl.
    """

    def __init__(self, path: Path, crawler=None):
        self.path = path
        self.crawler = crawler
        self._lock = threading.Lock()
        self._fh = None
        self.records = 0
        self.failed: OSError | None = None  # the write that stopped the crawl

    @classmethod
    def from_crawler(cls, crawler):
        path = crawler.settings.get("ZGC_WARC_PATH")
        if not path:
            raise NotConfigured
        mw = cls(Path(path), crawler)
        crawler.signals.connect(mw.close, signal=signals.spider_closed)
        return mw

    def _meta_refresh_stub(self, response) -> bool:
        """A page that only sends the browser on (``<meta http-equiv="refresh" content="0; url=…">``) and that
        MetaRefreshMiddleware will follow: archived as kind ``redirect``, not as an article that fails to extract."""
        settings = self.crawler.settings if self.crawler else None
        if settings is None or not settings.getbool("METAREFRESH_ENABLED") or response.status != 200 \
                or not isinstance(response, HtmlResponse) or b"refresh" not in response.body[:65536].lower():
            return False
        interval, url = meta_refresh(response, settings.getlist("METAREFRESH_IGNORE_TAGS"))
        return bool(url) and interval < settings.getfloat("METAREFRESH_MAXDELAY")

    def _writer(self) -> WARCWriter:
        if self._fh is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if self.path.exists():
                repair_warc_tail(self.path)
            self._fh = open(self.path, "ab")
        return WARCWriter(self._fh, gzip=True)

    def process_response(self, request, response):
        original = request.meta.get(ORIGINAL_URL)
        url = original if original and request.meta.get(_PROXIED) == response.url else response.url
        if request.meta.get("dont_obey_robotstxt") or urlsplit(url).path == "/robots.txt":
            return response   # (robots.txt, its redirects' answers too: Scrapy's own request, not a page of a source)
        headers = [
            (k.decode("latin-1"), b", ".join(v).decode("latin-1"))
            for k, v in response.headers.items()
            if k.lower() not in (b"content-encoding", b"transfer-encoding", b"content-length")
        ]
        headers.append(("Content-Length", str(len(response.body))))
        status_line = f"{response.status} {_reason(response.status)}"
        http_headers = StatusAndHeaders(status_line, headers, protocol="HTTP/1.1")
        fetched = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        kind = request.meta.get("zgc_kind", "other")
        if kind == "article" and not request.meta.get("dont_redirect") and self._meta_refresh_stub(response):
            kind = "redirect"   # Scrapy's MetaRefreshMiddleware (after this one) follows it to the article
        warc_headers = {
            "WARC-Date": fetched,
            "WARC-Zgc-Source": request.meta.get("zgc_source", ""),
            "WARC-Zgc-Kind": kind,
        }
        if request.meta.get("zgc_part_of"):   # page N of an article: the address of its first page
            warc_headers["WARC-Zgc-Part-Of"] = request.meta["zgc_part_of"]
            warc_headers["WARC-Zgc-Part"] = str(request.meta.get("zgc_part", ""))
        if "dataloss" in (response.flags or ()):
            warc_headers["WARC-Truncated"] = "disconnect"
        with self._lock:
            if self.failed is not None:
                raise NotArchived(f"not archived: the archive could not be written ({self.failed})")
            try:
                writer = self._writer()
                record = writer.create_warc_record(
                    url, "response", payload=BytesIO(response.body),
                    http_headers=http_headers, warc_headers_dict=warc_headers,
                )
                writer.write_record(record)
                self._fh.flush()
                os.fsync(self._fh.fileno())   # (on disk before the spider marks the page done)
            except OSError as exc:  # a full disk, a file-size limit, a read-only or vanished mount: no page can be kept
                self.failed = exc
                self._stop(exc)
                raise NotArchived(f"not archived: {exc}") from None
            self.records += 1
        return response

    def _stop(self, exc: OSError) -> None:
        """Stop the crawl, which then exits non-zero (its finish reason is not "finished"), instead of going on
        to fetch pages that cannot be kept and reporting the rest as fetch failures of healthy sites. The
        record cut short is cut off by the next run that appends to the file; pages not archived are left
        unfinished in the resume log (and are not in the archive index), so the next run fetches them again."""
        said = f"cannot write the archive {self.path}: {exc}"
        log.error("%s; the crawl stops (the %d pages archived are kept; the pages not archived are fetched again by "
                  "the next run)", said, self.records)
        if self.crawler is not None and self.crawler.stats is not None:
            self.crawler.stats.set_value(ARCHIVE_ERROR_STAT, said)
        if self.crawler is not None and self.crawler.engine is not None and self.crawler.spider is not None:
            _start(self.crawler.engine.close_spider_async(reason="archive_write_failed"), "closing the crawl")

    def close(self, spider=None):
        if self._fh is not None:
            try:
                self._fh.close()
            except OSError:  # its buffer cannot be flushed (the failure that stopped the crawl): nothing more to keep
                if self.failed is None:
                    raise
            self._fh = None


def repair_warc_tail(path: Path) -> int:
    """Cut *path* after its last complete gzip member (= record); returns the bytes removed.

    The writer puts each record in its own gzip member, so a member that ends
    before its gzip trailer is exactly the record a kill cut short.
    """
    size = path.stat().st_size
    good_end = pos = 0
    with open(path, "rb") as fh:
        member = zlib.decompressobj(31)
        try:
            while chunk := fh.read(1 << 20):
                while chunk:
                    member.decompress(chunk)
                    if not member.eof:
                        pos += len(chunk)
                        break
                    pos += len(chunk) - len(member.unused_data)
                    good_end = pos
                    chunk = member.unused_data
                    member = zlib.decompressobj(31)
        except zlib.error as exc:
            log.warning("%s: damaged gzip member after byte %d (%s)", path, good_end, exc)
    if good_end < size:
        with open(path, "r+b") as fh:
            fh.truncate(good_end)
        log.warning("%s: cut %d bytes of an incomplete record before appending", path, size - good_end)
    return size - good_end


def _reason(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"


class _Unavailable:
    """The robots parser of a host whose robots.txt could not be had this run: nothing on it is fetched."""

    def __init__(self, reason: str):
        self.reason = reason

    def allowed(self, url, user_agent) -> bool:
        return False


class _AllowAll:
    """The robots parser of a host that has no robots.txt (a 4xx answer): everything is allowed."""

    def allowed(self, url, user_agent) -> bool:
        return True


class RobotsRedirectRefused(IgnoreRequest):
    """A hop of a robots.txt's redirects that is not followed (``spiders.sources.robots_redirect_refused``)."""

    def __init__(self, asked: str, target: str, why: str):
        super().__init__(f"robots.txt {asked} redirects to {target}, {why}: not followed")
        self.target = target
        self.why = why

    @property
    def elsewhere(self) -> bool:
        """Whether it leads to a robots.txt (``/robots.txt``) elsewhere: the site has rules, which the crawl does not
        read."""
        return urlsplit(self.target).path == "/robots.txt"


class Rfc9309RobotsTxtMiddleware(RobotsTxtMiddleware):
    """Scrapy's robots.txt middleware with RFC 9309's reading of a robots.txt that is not a 2xx answer.

    Scrapy parses whatever body comes back, so a 503 error page (after its retries) or a refused connection
    made the whole host allowed.  RFC 9309 §2.3.1.3–4: a 4xx answer means there are no rules (allow all); a
    5xx answer or a network error means the rules are unknown and the crawler must assume complete
    disallow.  Requests to such a host fail with an IgnoreRequest naming the cause (counted as the source's
    ``robots_unavailable``); its article links are kept for the next run, which asks for robots.txt again.

    A robots.txt that redirects is followed (RFC 9309 §2.3.1.2: five redirects, REDIRECT_MAX_TIMES) where
    ``robots_redirect_refused`` allows: onto an address a source owns, or to ``/robots.txt`` on another host of the
    same site; the robots.txt found there applies to the host asked.  A hop anywhere else is not asked for (a site's
    robots.txt sent the crawl to an internal service's ``/admin/reset?confirm=yes`` on every run): one to a
    ``/robots.txt`` there leaves the host's rules unknown (they exist, and are not read), so nothing on it is fetched,
    as RFC 9309 §2.3.1.4 has it for an unreachable robots.txt; one to any other address (a front page, a login page)
    is no robots.txt at all, as a robots.txt past five redirects is (§2.3.1.2 lets the crawler take it as unavailable,
    §2.3.1.3: no rules), which is what following it to an HTML page read as rules gave.  Robots.txt answers, and those
    of its redirects, are never archived (``WarcArchiveMiddleware``).  Only the robots.txt's own address (its scheme,
    host and port) answering 5xx or nothing at all makes the rules unknown: a redirect that leads elsewhere and fails
    there (http://host:8080/robots.txt sent to https on a port that speaks no TLS, or to a service that is down), or
    that goes on past five hops, is read as no robots.txt at all.  The host's own server did answer, and read as
    unreachable it shut the source out for every run the redirect stood, its waiting articles dropped after
    ZGC_RETRY_RUNS runs."""

    def __init__(self, crawler):
        super().__init__(crawler)
        # netloc -> (its robots.txt's address, the address that redirected to last), this run
        self._moved: dict[str, tuple[str, str]] = {}
        # netloc -> the cookie jar (``cookiejar``: one per source) of the request that made it ask for its robots.txt
        self._jar: dict[str, object] = {}

    async def process_request(self, request, spider=None):
        if request.meta.get("dont_obey_robotstxt"):
            if (chain := request.meta.get("redirect_urls")):
                # a hop of a robots.txt's redirect (the robots request is Scrapy's own, with no room for a mark):
                # where it went decides how a failure there is read
                asked = urlsplit(chain[0])
                if asked.path == "/robots.txt" and isinstance(self._parsers.get(asked.netloc), Deferred):
                    target = (request.meta.get(ORIGINAL_URL) if request.meta.get(_PROXIED) == request.url else None) \
                        or request.url   # (offline: the address redirected to, not its archive-proxy form)
                    sources = getattr(self.crawler.spider, "sources", None) or []
                    if why := robots_redirect_refused(chain[0], target, sources):
                        raise RobotsRedirectRefused(chain[0], target, why)
                    self._moved[asked.netloc] = (chain[0], request.url)
            elif (here := urlsplit(request.url)).path == "/robots.txt" \
                    and isinstance(self._parsers.get(here.netloc), Deferred):
                # Scrapy's own robots.txt request.  Its redirects go wherever they lead (RFC 9309 §2.3.1.2), past
                # Scrapy's offsite filter, which dropped a hop to a host no source lists (read as no robots.txt: the
                # host's Disallow and Crawl-delay were ignored); the meta is kept through the redirects.  It names no
                # cookie jar: its cookies went to the default jar, shared by every host's robots.txt (and sent to
                # another source's on the host name's other ports), never to its source's.  It is asked in the jar
                # of the request that caused it
                request.meta.setdefault("allow_offsite", True)
                if here.netloc in self._jar:
                    request.meta.setdefault("cookiejar", self._jar.pop(here.netloc))
        elif "cookiejar" in request.meta and (netloc := urlparse_cached(request).netloc) not in self._parsers:
            self._jar[netloc] = request.meta["cookiejar"]   # (the robots.txt request comes next, from super())
        return await super().process_request(request)

    def _moved_away(self, netloc) -> bool:
        """Whether the robots.txt of *netloc* redirected to another scheme, host or port than its own (another
        service than the one asked: its failure is not the host's)."""
        if netloc not in self._moved:
            return False
        asked, there = self._moved[netloc]
        return service(there) != service(asked)

    def _no_robots_there(self, netloc, why: str) -> None:
        target = self._moved[netloc][1]
        self._stats.inc_value("robotstxt/redirect_failed")
        log.info("robots.txt of %s redirects to %s, which %s: read as no robots.txt (RFC 9309 §2.3.1.2), "
                 "nothing on %s is refused by it", netloc, target, why, netloc)
        self._settle(netloc, _AllowAll())

    async def _parse_robots(self, response, netloc, request):
        if 200 <= response.status < 300 or response.status in (301, 302, 303, 307, 308):
            await super()._parse_robots(response, netloc, request)
            self._note_crawl_delay(netloc)
            return
        self._stats.inc_value("robotstxt/response_count")
        self._stats.inc_value(f"robotstxt/response_status_count/{response.status}")
        if 400 <= response.status < 500:
            parser = _AllowAll()
        elif self._moved_away(netloc):
            return self._no_robots_there(netloc, f"answered HTTP {response.status}")
        else:
            parser = _Unavailable(f"HTTP {response.status}")
            log.warning("robots.txt of %s answered HTTP %d: nothing on %s is fetched this run (RFC 9309: "
                        "an unreachable robots.txt means complete disallow)", netloc, response.status, netloc)
        self._settle(netloc, parser)

    def _note_crawl_delay(self, netloc) -> None:
        """A ``Crawl-delay`` the host's robots.txt asks of this crawler becomes the least time between two of its
        requests to that host (``PoliteDownloader``), up to MAX_CRAWL_DELAY.  One in a robots.txt reached by a
        redirect is *netloc*'s, the host asked: RFC 9309 §2.3.1.2 follows the file found "in the context of the
        initial authority", and Crawl-delay, which the RFC leaves out, is read with its rules (the host the file is on
        is judged by its own robots.txt when it is crawled)."""
        parser = self._parsers.get(netloc)
        getter = getattr(parser, "crawl_delay", None)
        try:
            delay = getter(self._robotstxt_useragent or self._default_useragent) if getter else None
        except (TypeError, ValueError):
            delay = None
        if not delay or delay <= 0:
            return
        host = urlsplit("//" + netloc).hostname or netloc
        kept = min(float(delay), MAX_CRAWL_DELAY)
        crawl_delays(self.crawler)[host] = kept
        log.info("robots.txt of %s asks for a crawl delay of %g s%s", netloc, delay,
                 "" if kept == delay else f": {kept:g} s kept (MAX_CRAWL_DELAY)")

    def _robots_error(self, exc, netloc):
        if isinstance(exc, RobotsRedirectRefused):
            self._stats.inc_value("robotstxt/redirect_refused")
            if exc.elsewhere:
                log.warning("robots.txt of %s redirects to %s, %s: not followed, and nothing on %s is fetched this run "
                            "(its rules are there, unread; RFC 9309 reads rules it cannot have as disallowing all). "
                            "If that host is the site's, add it to the source's domains", netloc, exc.target, exc.why,
                            netloc)
                return self._settle(netloc, _Unavailable(f"its robots.txt is at {exc.target}, not followed"))
            log.info("robots.txt of %s redirects to %s, %s: not followed, read as no robots.txt (RFC 9309 §2.3.1.3), "
                     "nothing on %s is refused by it", netloc, exc.target, exc.why, netloc)
            return self._settle(netloc, _AllowAll())
        if isinstance(exc, RetryAfterTooLong) and self._moved_away(netloc):
            # another service the robots.txt redirected to asked to be left alone: its failure is not the host's
            return self._no_robots_there(netloc, "asked to be left alone this run (a Retry-After past "
                                                 "ZGC_RETRY_AFTER_MAX)")
        if isinstance(exc, RetryAfterTooLong):
            # the host itself asked to be left alone this run: none of its pages are asked for whatever its rules
            # (RetryAfterMiddleware refuses them, counted as retry_after_too_long)
            return super()._robots_error(exc, netloc)
        if isinstance(exc, IgnoreRequest):   # refused by a middleware (a redirect past REDIRECT_MAX_TIMES): no rules
            if netloc in self._moved:
                log.info("robots.txt of %s redirects more than %d times: read as no robots.txt (RFC 9309 "
                         "§2.3.1.2)", netloc, self.crawler.settings.getint("REDIRECT_MAX_TIMES"))
            return super()._robots_error(exc, netloc)
        if self._moved_away(netloc):
            return self._no_robots_there(netloc, f"could not be fetched ({type(exc).__name__}: {exc})")
        out_of_files(self.crawler, exc)   # (the crawl stops; the host's pages, refused below, stay unfinished)
        self._stats.inc_value(f"robotstxt/exception_count/{type(exc)}")
        log.warning("robots.txt of %s could not be fetched (%s): nothing on %s is fetched this run "
                    "(RFC 9309)", netloc, exc, netloc)
        self._settle(netloc, _Unavailable(type(exc).__name__))

    def _settle(self, netloc, parser):
        waiting = self._parsers[netloc]
        self._parsers[netloc] = parser
        waiting.callback(parser)

    def process_request_2(self, rp, request):
        if isinstance(rp, _Unavailable):
            self._stats.inc_value("robotstxt/unavailable")
            raise IgnoreRequest(f"robots.txt unavailable ({rp.reason}): {request.url} not fetched")
        return super().process_request_2(rp, request)
