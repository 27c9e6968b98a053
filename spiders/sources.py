"""The source registry: outlets declared as data in ``spiders/sources.toml``.

A user's own registry of the same format can replace the bundled one with
``--sources FILE`` or the ``ZGC_SOURCES`` environment variable.  Loading
validates every entry and names the bad one in the error.
"""

from __future__ import annotations

import functools
import hashlib
import os
import json
import re
import tomllib
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from pipeline.decode import normalise_encoding_name
from pipeline.models import SourceHints
from pipeline.urls import canonical_url, fetched_address, same_site, without_tracking

BUNDLED_SOURCES = Path(__file__).with_name("sources.toml")
_NAME_RE = re.compile(r"^[a-z][a-z0-9_]*$")
_SELECTOR_KEYS = ("body_selector", "title_selector", "date_selector", "author_selector")
_HINT_KEYS = {*_SELECTOR_KEYS, "drop"}
# a host name as Source.owns compares it: no scheme, port, path or spaces
_HOST_RE = re.compile(r"^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$")
_KNOWN_KEYS = {
    "name", "title", "language", "domains", "entry_points", "article_patterns",
    "follow_patterns", "charset", "download_delay", "max_requests", "quiet_days", "muted_until", "muted_reason",
    "hints", "enabled",
}


class SourceConfigError(ValueError):
    """The sources file is malformed; the message names the file and the entry."""


@dataclass(frozen=True)
class Source:
    name: str
    title: str
    language: str
    domains: tuple[str, ...]
    entry_points: tuple[str, ...]
    article_patterns: tuple[re.Pattern, ...]
    follow_patterns: tuple[re.Pattern, ...] = ()
    download_delay: float | None = None
    max_requests: int | None = None  # this source's own cap on requests per run (under ZGC_MAX_REQUESTS_PER_SOURCE)
    # days without a new article before the source is flagged (None: the default, 7); a weekly bulletin or a site
    # off for a holiday week wants more, a wire service fewer
    quiet_days: int | None = None
    # a known fault acknowledged: the source is crawled as ever, but not flagged (digest footer, status, the
    # sources_healthy check) through this day; the footer names it as muted, with the reason
    muted_until: date | None = None
    muted_reason: str | None = None
    hints: SourceHints = field(default_factory=SourceHints)
    # false: kept in the file (its hints still read its archived pages on a reprocess) but not crawled, checked or
    # judged; a way to retire a source, or set one aside, without losing its entry
    enabled: bool = True

    @property
    def charset(self) -> str | None:
        """The encoding the site is declared to use (kept with the extraction hints, which decoding reads)."""
        return self.hints.charset

    def is_article(self, url: str) -> bool:
        """Whether an article pattern takes *url*, as linked or without its fragment and tracking parameters (a
        listing's ``…/3400.html#comments`` or ``…/content_3301.htm?spm=list.1`` is the article ``…$`` names)."""
        return _takes(self.article_patterns, url)

    def is_listing(self, url: str) -> bool:
        return _takes(self.follow_patterns, url)

    def is_section_page(self, url: str) -> bool:
        """Whether *url* is the site's front page, one of this source's entry points or a page its follow_patterns
        take, and not an article: where a site sends a link to an article it withdrew or has not published yet."""
        if self.is_article(url):
            return False
        path = urlsplit(url).path
        if path in ("", "/") or re.fullmatch(r"/(?:index|default|home)\.\w+", path, re.I):
            return True
        key = canonical_url(url)
        return self.is_listing(url) or any(canonical_url(u) == key for u in self.entry_points)

    def rules_fingerprint(self) -> str:
        """A short digest of what the crawl looks for on this source's listings: a listing's stored
        validators count only while it is unchanged (a fixed pattern must not be answered "not modified")."""
        rules = [list(self.domains), [p.pattern for p in self.article_patterns],
                 [p.pattern for p in self.follow_patterns]]
        return hashlib.sha256(json.dumps(rules).encode()).hexdigest()[:16]

    def owns(self, url: str) -> bool:
        """Whether *url* is an http(s) address on one of the source's hosts (a ``file://`` or ``ftp://`` link with the
        site's host name, which a hostile sitemap can list, is not the site's), on a port its entry points use (the
        standard ports, 80 and 443, go together): the host's other ports are other services (an admin console, a
        development server), which a listing's links could otherwise have archived and published.  The address is
        judged as the fetcher will read it (``pipeline.urls.fetched_address``): a link that names the site's host to
        urllib but would be fetched from another (``http://intranet:8080\\@news.example.cn/…``, which Scrapy asks of
        intranet:8080; user info, ``a@news.example.cn``) is not the site's."""
        address = fetched_address(url)
        if address is None:
            return False
        scheme, host, port = address
        return scheme in ("http", "https") and host in self.domains and port in self._ports

    @functools.cached_property
    def _ports(self) -> frozenset:
        ports = {url_port(u) for u in self.entry_points}
        return frozenset(ports | ({80, 443} if ports & {80, 443} else set()))

    def as_dict(self) -> dict:
        return {
            "name": self.name,
            "title": self.title,
            "language": self.language,
            "domains": list(self.domains),
            "entry_points": list(self.entry_points),
            "article_patterns": [p.pattern for p in self.article_patterns],
            "follow_patterns": [p.pattern for p in self.follow_patterns],
            "charset": self.charset,
            "download_delay": self.download_delay,
            "max_requests": self.max_requests,
            "quiet_days": self.quiet_days,
            "muted_until": self.muted_until.isoformat() if self.muted_until else None,
            "muted_reason": self.muted_reason,
            "enabled": self.enabled,
            # (the hints written under [source.hints]; charset is shown above, and the outlet is the title's)
            "hints": {k: v for k, v in vars(self.hints).items() if v and k not in ("charset", "outlet")},
        }


def _compile(patterns, where: str, key: str) -> tuple[re.Pattern, ...]:
    out = []
    for p in patterns:
        try:
            out.append(re.compile(p))
        except re.error as exc:
            raise SourceConfigError(f"{where}: '{key}': bad regex '{p}': {exc}") from None
    return tuple(out)


def _parse_hints(raw, where: str, charset: str | None, outlet: str | None = None) -> SourceHints:
    """The ``[source.hints]`` table, every selector compiled so that a typo fails here, not page by page."""
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise SourceConfigError(f"{where}: 'hints' must be a table ([source.hints])")
    if unknown := set(raw) - _HINT_KEYS:
        raise SourceConfigError(f"{where}: unknown hint(s) {sorted(unknown)}{_near(unknown, _HINT_KEYS)}; 'hints' may "
                                f"only hold {sorted(_HINT_KEYS)}")
    for key in _SELECTOR_KEYS:
        if key in raw and (not isinstance(raw[key], str) or not raw[key].strip()):
            raise SourceConfigError(f"{where}: hints.{key} must be a CSS selector (a non-empty string)")
    drop = raw.get("drop", [])
    if not isinstance(drop, list) or not all(isinstance(d, str) and d.strip() for d in drop):
        raise SourceConfigError(f"{where}: hints.drop must be a list of CSS selectors, "
                                f"e.g. drop = [\"div.share\"], got {drop!r}")
    for key, sel in [*((k, raw[k]) for k in _SELECTOR_KEYS if k in raw), *(("drop", d) for d in drop)]:
        try:
            _css_compile(sel)
        except Exception as exc:  # cssselect's SelectorSyntaxError, ExpressionError
            raise SourceConfigError(f"{where}: hints.{key}: bad CSS selector '{sel}': {exc}") from None
    return SourceHints(
        body_selector=raw.get("body_selector"),
        drop=tuple(drop),
        title_selector=raw.get("title_selector"),
        date_selector=raw.get("date_selector"),
        author_selector=raw.get("author_selector"),
        charset=charset,
        outlet=outlet,
    )


def _css_compile(selector: str) -> None:
    """Compile ``selector`` as extraction will use it (lxml's cssselect), raising on a syntax error."""
    from lxml.cssselect import CSSSelector

    CSSSelector(selector)


def _near(unknown, known) -> str:
    """", did you mean …?" for the misspelt keys among *unknown* (artcle_patterns, hint)."""
    import difflib

    near = {k: m[0] for k in sorted(unknown) if (m := difflib.get_close_matches(str(k), sorted(known), n=1, cutoff=0.6))}
    return (", did you mean " + ", ".join(f"{m!r} for {k!r}" for k, m in near.items()) + "?") if near else ""


def _parse_one(raw: dict, where: str) -> Source:
    if isinstance(raw.get("name"), str) and raw["name"]:
        where = f"{where} ({raw['name']})"
    unknown = set(raw) - _KNOWN_KEYS
    if unknown:
        # (a hint written above [source.hints] is a hint in the wrong place, not a typo)
        hints = sorted(unknown & _HINT_KEYS)
        where_hints = (f"; {', '.join(map(repr, hints))} {'is a hint' if len(hints) == 1 else 'are hints'}: write "
                       "it under [source.hints], after the source's other fields") if hints else ""
        raise SourceConfigError(f"{where}: unknown field(s) {sorted(unknown)}"
                                f"{_near(unknown - _HINT_KEYS, _KNOWN_KEYS)}{where_hints}")
    name = raw.get("name")
    if not isinstance(name, str) or not _NAME_RE.match(name):
        raise SourceConfigError(f"{where}: 'name' must be snake_case ASCII, got {name!r}")
    for key in ("domains", "entry_points", "article_patterns"):
        val = raw.get(key)
        if not isinstance(val, list) or not val or not all(isinstance(v, str) and v for v in val):
            raise SourceConfigError(f"{where}: '{key}' must be a non-empty list of strings, e.g. {key} = ['…'], "
                                    + ("but it is missing" if key not in raw else f"got {val!r}"))
    follow = raw.get("follow_patterns", [])
    if not isinstance(follow, list) or not all(isinstance(v, str) and v for v in follow):
        # (a string was read character by character: every link holding an "e" was followed as a listing)
        raise SourceConfigError(f"{where}: 'follow_patterns' must be a list of strings (regexes), e.g. "
                                f"follow_patterns = ['index_\\d+\\.html$'], got {follow!r}")
    title = raw.get("title", name)
    if not isinstance(title, str) or not title.strip():
        raise SourceConfigError(f"{where}: 'title' must be the outlet's name, a non-empty text, got {title!r}")
    enabled = raw.get("enabled", True)
    if not isinstance(enabled, bool):
        raise SourceConfigError(f"{where}: 'enabled' must be true or false, got {enabled!r}")
    language = raw.get("language", "zh")
    if language not in ("zh", "en"):
        raise SourceConfigError(f"{where}: 'language' must be 'zh' or 'en', got {language!r}")
    domains = tuple(d.lower() for d in raw["domains"])
    for d in domains:
        if not _HOST_RE.match(d):
            raise SourceConfigError(f"{where}: domain '{d}' is not a host name (write it without scheme, port "
                                    f"or path, e.g. 'news.example.cn')")
    for url in raw["entry_points"]:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise SourceConfigError(f"{where}: entry point {url!r} is not an http(s) URL")
        if parts.hostname.lower() not in domains:
            raise SourceConfigError(f"{where}: entry point {url!r} is on host '{parts.hostname}', which is not "
                                    f"among its domains {list(domains)}")
        if fetched_address(url) is None:   # (the crawl would refuse it, as it does such a link: Source.owns)
            raise SourceConfigError(f"{where}: entry point {url!r} would be fetched from another address than it names "
                                    "(a backslash, user info 'name@' or a bad port in it): write it as a plain "
                                    "http(s) address on one of its domains")
    charset = raw.get("charset")
    if charset is not None and (not isinstance(charset, str) or normalise_encoding_name(charset) is None):
        raise SourceConfigError(f"{where}: 'charset' must name an encoding Python knows (e.g. 'gbk', 'big5'), "
                                f"got {charset!r}")
    hints = _parse_hints(raw.get("hints", {}), where, charset, outlet=title if raw.get("title") else None)
    delay = raw.get("download_delay")
    if delay is not None and (isinstance(delay, bool) or not isinstance(delay, (int, float)) or delay < 0):
        raise SourceConfigError(f"{where}: 'download_delay' must be a number of seconds >= 0 (download_delay = 2), "
                                f"got {delay!r}")
    cap = raw.get("max_requests")
    if cap is not None and (isinstance(cap, bool) or not isinstance(cap, int) or cap < 1):
        raise SourceConfigError(f"{where}: 'max_requests' must be a whole number >= 1, got {cap!r}")
    quiet = raw.get("quiet_days")
    if quiet is not None and (isinstance(quiet, bool) or not isinstance(quiet, int) or not 1 <= quiet <= 365):
        raise SourceConfigError(f"{where}: 'quiet_days' must be a whole number of days from 1 to 365, got {quiet!r}")
    muted = raw.get("muted_until")
    no_such_day = ""
    if isinstance(muted, str):
        try:
            muted = date.fromisoformat(muted) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", muted) else muted
        except ValueError as exc:   # (2026-02-30: written as a day, but no day of the calendar)
            no_such_day = f", which is no day of the calendar ({exc})"
    if muted is not None and (isinstance(muted, datetime) or not isinstance(muted, date)):
        given = raw.get("muted_until")
        given = given.isoformat() if isinstance(given, (date, datetime)) else repr(given)   # (not datetime.datetime(…))
        raise SourceConfigError(f"{where}: 'muted_until' must be a day, written 2026-12-31 (the last day the source "
                                f"is not flagged), got {given}{no_such_day}")
    reason = raw.get("muted_reason")
    if reason is not None and (not isinstance(reason, str) or not reason.strip() or len(reason) > 200):
        raise SourceConfigError(f"{where}: 'muted_reason' must be a text of 1 to 200 characters, got {reason!r}")
    if reason is not None and muted is None:
        raise SourceConfigError(f"{where}: 'muted_reason' is given without 'muted_until'")
    return Source(
        name=name,
        title=title.strip(),
        language=language,
        domains=domains,
        entry_points=tuple(raw["entry_points"]),
        article_patterns=_compile(raw["article_patterns"], where, "article_patterns"),
        follow_patterns=_compile(follow, where, "follow_patterns"),
        download_delay=float(delay) if delay is not None else None,
        max_requests=cap,
        quiet_days=quiet,
        muted_until=muted,
        muted_reason=" ".join(reason.split()) if reason else None,
        hints=hints,
        enabled=enabled,
    )


def sources_file(explicit: str | Path | None = None) -> str | None:
    """The sources file in force: ``explicit`` (``--sources``), else ``$ZGC_SOURCES``, else None (the bundled one)."""
    return str(explicit) if explicit else os.environ.get("ZGC_SOURCES") or None


def load_sources(path: str | Path | None = None) -> list[Source]:
    """Load and validate a sources file (the bundled registry by default)."""
    path = Path(path) if path else BUNDLED_SOURCES
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SourceConfigError(f"sources file not found: {path}") from None
    except OSError as exc:   # (a folder, a file this user cannot read)
        raise SourceConfigError(f"{path}: cannot be read: {exc.strerror or exc}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise SourceConfigError(f"{path}: not valid TOML: {exc}") from None
    if unknown := set(data) - {"source"}:   # ([[sources]] for [[source]], a key above the first table)
        hints = " ([source.hints] for a source's hints, under its [[source]] table)" if "hints" in unknown else ""
        raise SourceConfigError(f"{path}: unknown top-level key(s) {sorted(unknown)}"
                                f"{_near(unknown - {'hints'}, {'source'})}; the file holds [[source]] tables only{hints}")
    entries = data.get("source")
    if not isinstance(entries, list) or not entries:
        raise SourceConfigError(f"{path}: no [[source]] tables found")
    sources = [_parse_one(raw, f"{path}: source #{i + 1}") for i, raw in enumerate(entries)]
    seen: dict[str, int] = {}
    starts: dict[str, str] = {}
    for i, s in enumerate(sources):
        if s.name in seen:
            raise SourceConfigError(f"{path}: duplicate source name {s.name!r} (sources #{seen[s.name] + 1} and "
                                    f"#{i + 1}): a source's name is its id in the warehouse, one per source")
        seen[s.name] = i
        own: set[str] = set()
        for url in s.entry_points:   # (a table copied as a template: the second source would never crawl a page)
            if (other := starts.setdefault(canonical_url(url), s.name)) != s.name:
                raise SourceConfigError(f"{path}: sources {other!r} and {s.name!r} both start from {url!r}; the "
                                        "second would find every page already taken by the first")
            if canonical_url(url) in own:   # (counted twice in `sources list`, checked twice by `sources check`)
                raise SourceConfigError(f"{path}: source #{i + 1} ({s.name}): entry point {url!r} is listed twice")
            own.add(canonical_url(url))
    return sources


def select_sources(sources: list[Source], only: str | None) -> list[Source]:
    """The sources named in ``only`` (comma-separated; when it is empty, all of them but those disabled,
    ``enabled = false``); ValueError naming the unknown names and the known ones, or the disabled ones named."""
    if not only:
        return [s for s in sources if s.enabled]
    wanted = {s.strip() for s in only.split(",") if s.strip()}
    unknown = wanted - {s.name for s in sources}
    if unknown:
        raise ValueError(f"unknown source(s) {', '.join(sorted(unknown))}; known: "
                         f"{', '.join(sorted(s.name for s in sources))}")
    if disabled := sorted(s.name for s in sources if s.name in wanted and not s.enabled):
        raise ValueError(f"source(s) {', '.join(disabled)} disabled in the sources file (enabled = false): not "
                         "crawled (set enabled = true to crawl it, then `zgc-monitor sources check --live` checks it)")
    return [s for s in sources if s.name in wanted]


def source_for_url(sources: list[Source], url: str) -> Source | None:
    """The source an address's page is stored under: of the sources that own its host (several may share one, on
    other ports or paths), the one whose article_patterns take it (a crawled one before a disabled one), else the
    first crawled owner, else the first (the first owner was taken, and `extract --url` lent another source's hints
    than a refresh would)."""
    owners = [s for s in sources if s.owns(url)]
    return min(owners, key=lambda s: (not s.is_article(url), not s.enabled), default=None)


def url_port(url: str) -> int | None:
    """The port an address is asked on: its own, else its scheme's (None for a port no address can have)."""
    parts = urlsplit(url)
    try:
        return parts.port or {"http": 80, "https": 443}.get(parts.scheme.lower())
    except ValueError:
        return None


def other_port(url: str, to: str) -> bool:
    """Whether a redirect from *url* to *to* changes the port asked (80 and 443 go together: http -> https of one
    host is the same site).  The host's other ports are other services (an admin console, a development server):
    the crawl drops such a redirect as off-site, and ``sources check`` reports it so."""
    ports = {url_port(url), url_port(to)}
    return len(ports) > 1 and ports != {80, 443}


def service(url: str) -> tuple[str, str, int | None]:
    """What answers at *url*: its scheme, host and port (RFC 9309 §2.3: what a robots.txt is the robots.txt of)."""
    parts = urlsplit(url)
    return parts.scheme.lower(), (parts.hostname or "").lower(), url_port(url)


def robots_redirect_refused(asked: str, target: str, sources: list[Source]) -> str | None:
    """Why the robots.txt asked at *asked* is not followed on to *target* (one hop of its redirects), or None when
    it is.  RFC 9309 §2.3.1.2 asks a crawler to follow five redirects and lets it choose where: left to go anywhere,
    a site's robots.txt sent the crawl to any host, port, path and query (an internal service's
    ``/admin/reset?confirm=yes``), on every crawl.  A hop is followed to

    * an address one of *sources* owns (``Source.owns``: a host of its domains, on its ports), any path: the site's
      own server, which the crawl asks for pages anyway (``/robots.txt`` sent to ``/static/robots.txt``);
    * ``/robots.txt`` itself, with no query, on another host of the same site as *asked* (``example.com`` ->
      ``www.example.com``, ``static.example.com``), on port 80 or 443 or the port asked.

    Anything else is refused, user info and backslashes too (judged as the fetcher reads them)."""
    address = fetched_address(target)
    if address is None or address[0] not in ("http", "https"):
        return "an address that is not http(s), or that the fetcher would read as another host (user info, a backslash)"
    if any(s.owns(target) for s in sources):
        return None
    _, host, port = address
    parts, home = urlsplit(target), fetched_address(asked)
    if home is None or not same_site(host, home[1]):
        return f"a host that is not of {home[1] if home else asked}'s site and that no source owns"
    if port not in {80, 443, home[2]}:
        return f"port {port}, another service than the one asked and no source's"
    if parts.path != "/robots.txt" or parts.query:
        return "another address than /robots.txt on a host no source owns"
    return None


def _takes(patterns: tuple[re.Pattern, ...], url: str) -> bool:
    url = _lower_host(url)   # host names have no case (http://LOCALHOST/… is the page the pattern names)
    if any(p.search(url) for p in patterns):
        return True
    bare = without_tracking(url)
    return bare != url and any(p.search(bare) for p in patterns)


def _lower_host(url: str) -> str:
    parts = urlsplit(url)
    netloc = parts.netloc
    host = netloc.rpartition("@")[2]
    if host == host.lower():
        return url
    return urlunsplit(parts._replace(scheme=parts.scheme.lower(), netloc=netloc[:len(netloc) - len(host)] + host.lower()))
