"""Scrapy settings for zgc-monitor: polite by default, built to run for months.

The crawl runner (`spiders.run`) overrides the per-run values (output paths,
archive proxy) through ``ZGC_*`` settings; ``--set KEY=VALUE`` overrides any.
"""

from spiders.identity import user_agent as _user_agent

BOT_NAME = "zgc-monitor"
SPIDER_MODULES = ["spiders.news"]
NEWSPIDER_MODULE = "spiders.news"

# what every request says the crawl is; a crawl adds the operator's contact from $ZGC_CRAWL_CONTACT (spiders.identity)
USER_AGENT = _user_agent()
ROBOTSTXT_OBEY = True

CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 0.5
DOWNLOAD_DELAY_JITTER = 0.5
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 0.5
AUTOTHROTTLE_MAX_DELAY = 30
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

DOWNLOAD_TIMEOUT = 30
# a whole crawl's wall-clock limit: each request is bounded by DOWNLOAD_TIMEOUT, but a site that trickles every page
# over that time, 2,000 requests deep, would hold the refresh (and the next day's, waiting on its lock) for a day
# ($ZGC_CRAWL_TIME_LIMIT, $ZGC_CLOSESPIDER_GRACE and $ZGC_CLOSESPIDER_KILL set these three: spiders.limits.TIME_LIMIT_ENV)
CLOSESPIDER_TIMEOUT = 2 * 3600
# Scrapy's limit only begins a graceful close, which waits for every request the downloader holds (minutes, from a
# site trickling its pages): this long after the limit the crawl is stopped (spiders.middlewares.HardTimeLimit), what
# it held left unfinished for the next run; the process kills itself ZGC_CLOSESPIDER_KILL s later if that is stuck
ZGC_CLOSESPIDER_GRACE = 60
ZGC_CLOSESPIDER_KILL = 30
DNS_TIMEOUT = 20
DOWNLOAD_MAXSIZE = 16 * 1024 * 1024   # also caps decompressed size (decompression bombs)
# the web only: a page or a redirect naming file://, ftp://, s3:// or data: gets no answer (Scrapy's handlers for
# them would read this machine's files, /proc/self/environ with its secrets, whole and past DOWNLOAD_MAXSIZE)
DOWNLOAD_HANDLERS = {"file": None, "ftp": None, "s3": None, "data": None}
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024
DOWNLOAD_FAIL_ON_DATALOSS = True      # a truncated body is an error (retried), never archived
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
ZGC_RETRY_BACKOFF_BASE = 1.0          # seconds before the 1st retry; doubles per retry, with jitter
ZGC_RETRY_BACKOFF_MAX = 30.0
ZGC_RETRY_AFTER_MAX = 60.0            # the longest Retry-After (429/503) waited out before a retry; a host asking
                                      # for longer is left alone for the rest of the run (retry_after_too_long)
ZGC_RETRY_RUNS = 3                    # later runs that retry an article which failed transiently

# traps: redirect loops, endless pagination/calendars, ever-growing URLs
REDIRECT_MAX_TIMES = 5
# listing pages followed this many links deep from an entry point (page 5 of a "下一页" chain is read for its
# articles, and its next-page link is not followed); Scrapy's own DEPTH_LIMIT would also drop the articles it links
ZGC_LISTING_DEPTH = 4
DEPTH_LIMIT = 0
ZGC_MAX_REQUESTS_PER_SOURCE = 2000
URLLENGTH_LIMIT = 2083

# progress: Scrapy's LogStats plus the spider's per-source line (and stats file) this often
LOGSTATS_INTERVAL = 10.0

DOWNLOADER_MIDDLEWARES = {
    # robots.txt read as RFC 9309 says: a 5xx or unreachable robots.txt forbids the host for the run
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "spiders.middlewares.Rfc9309RobotsTxtMiddleware": 100,
    # a redirect stays within its source's domains and never fetches an article twice
    "spiders.middlewares.SourceRedirectMiddleware": 40,
    # offline mode: route requests to the local archive server (no-op live)
    "spiders.middlewares.ArchiveProxyMiddleware": 50,
    # a meta refresh read past a <base href> no URL can be made of (Scrapy's own fails the request)
    "scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware": None,
    "spiders.middlewares.LenientMetaRefreshMiddleware": 580,
    # honour Retry-After on 429/503 before the retry middleware re-schedules
    "spiders.middlewares.RetryAfterMiddleware": 560,
    # every response, after decompression (590) and redirects (600), goes into the WARC file
    "spiders.middlewares.WarcArchiveMiddleware": 585,
    # cookies, with a bound on what one request carries (a site setting one per page grew it without end)
    "scrapy.downloadermiddlewares.cookies.CookiesMiddleware": None,
    "spiders.middlewares.BoundedCookiesMiddleware": 700,
}

# Scrapy's downloader, with per-domain concurrency also enforced at DOWNLOAD_DELAY = 0
DOWNLOADER = "spiders.middlewares.PoliteDownloader"

TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = "INFO"
TELNETCONSOLE_ENABLED = False
LOG_INSTALL_ROOT_HANDLER = False
EXTENSIONS = {
    "scrapy.extensions.remote_control.RemoteControl": None,
    # AutoThrottle that keeps each source's own download_delay as its floor
    "scrapy.extensions.throttle.AutoThrottle": None,
    "spiders.middlewares.SourceAutoThrottle": 0,
    "spiders.middlewares.HardTimeLimit": 0,
}
