"""The crawl's time limit as the environment sets it: read by the crawl (``spiders.run``) and checked by a refresh
before it starts, which is why it lives apart from ``spiders.run`` (importing Scrapy costs a refresh half a second)."""

from __future__ import annotations

import os

# the crawl's time limit, from the environment of the refresh (or of `spiders.run`): environment variable -> setting
TIME_LIMIT_ENV = {"ZGC_CRAWL_TIME_LIMIT": "CLOSESPIDER_TIMEOUT", "ZGC_CLOSESPIDER_GRACE": "ZGC_CLOSESPIDER_GRACE",
                  "ZGC_CLOSESPIDER_KILL": "ZGC_CLOSESPIDER_KILL"}


def time_limits(environ=None) -> dict[str, float]:
    """{setting: seconds} the environment sets of the crawl's time limit (TIME_LIMIT_ENV); ValueError naming a
    variable that is not a number of seconds, 0 or more (0 turns the limit, or its hard stop, off)."""
    environ = os.environ if environ is None else environ
    out = {}
    for name, setting in TIME_LIMIT_ENV.items():
        raw = environ.get(name, "").strip()
        if not raw:
            continue
        try:
            seconds = float(raw)
        except ValueError:
            seconds = -1.0
        if not 0 <= seconds < float("inf"):
            raise ValueError(f"{name} must be a number of seconds, 0 or more, not {raw!r}")
        out[setting] = seconds
    return out
