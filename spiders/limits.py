"""The crawl's time limit as the environment sets it: read by the crawl (``spiders.run``) and checked by a refresh
before it starts, which is why it lives apart from ``spiders.run`` (importing Scrapy costs a refresh half a second).
And the open-files limit a crawl is started under, raised by the refresh command and by the Dagster resource that
starts the crawl alike (:func:`raise_open_files`)."""

from __future__ import annotations

import errno
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


# the open-files limit (ulimit -n, RLIMIT_NOFILE) a refresh asks for: an offline refresh of the bundled sources kept up
# to 37 files and sockets open in its crawl process (16 requests at once, each a connection to the site or to the
# archive's server and its end there) and 16 in the command, each process under the limit on its own; this is
# twice that and more, for a larger sources file.  Under 32 the crawl's requests, Dagster's SQLite files and DuckDB's
# failed with "Too many open files" (or SQLite's "unable to open database file"), read as sites that did not answer
OPEN_FILES_NEEDED = 128


def raise_open_files(needed: int = OPEN_FILES_NEEDED) -> bool:
    """Raise this process's open-files soft limit to *needed* where its hard limit allows it (as an unprivileged
    process may; the crawl's process inherits it).  True when the soft limit is *needed* or more afterwards.  One
    function for `zgc-monitor refresh` (which refuses a refresh it returns False for) and for the crawler resource (a
    Dagster-launched run under a low soft limit ran its crawl under it and failed at robots.txt, out of files)."""
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft == resource.RLIM_INFINITY or soft >= needed:
        return True
    if hard == resource.RLIM_INFINITY or hard >= needed:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (needed, hard))
            return True
        except (ValueError, OSError):
            pass
    return False


OUT_OF_FILES = os.strerror(errno.EMFILE)   # "Too many open files", as the errors of a socket or a file opened say


def names_out_of_files(text: str) -> bool:
    """Whether an error's text (or a log line) names a process running out of file descriptors (EMFILE): read alike by
    the crawl, the asset that watches its lines and the refresh command."""
    return OUT_OF_FILES in text or f"[Errno {errno.EMFILE}]" in text
