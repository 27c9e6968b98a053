"""Scrapy settings for zgc-monitor: polite by default.

The crawl runner (`spiders.run`) overrides the per-run values (output paths,
seen-URL file, archive proxy) through ``ZGC_*`` settings.
"""

BOT_NAME = "zgc-monitor"
SPIDER_MODULES = ["spiders.news"]
NEWSPIDER_MODULE = "spiders.news"

USER_AGENT = "zgc-monitor/0.1 (+news monitoring of Zhongguancun coverage; polite crawler)"
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
DOWNLOAD_MAXSIZE = 16 * 1024 * 1024   # also caps decompressed size (decompression bombs)
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
REDIRECT_MAX_TIMES = 5
DEPTH_LIMIT = 4

DOWNLOADER_MIDDLEWARES = {
    # offline mode: route requests to the local archive server (no-op live)
    "spiders.middlewares.ArchiveProxyMiddleware": 50,
    # honour Retry-After on 429/503 before the retry middleware re-schedules
    "spiders.middlewares.RetryAfterMiddleware": 560,
    # every response, after decompression, goes into the run's WARC file
    "spiders.middlewares.WarcArchiveMiddleware": 580,
}

TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = "INFO"
TELNETCONSOLE_ENABLED = False
LOG_INSTALL_ROOT_HANDLER = False
EXTENSIONS = {"scrapy.extensions.remote_control.RemoteControl": None}
