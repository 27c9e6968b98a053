"""URL canonicalisation: one key per article, whatever link led to it.

Built on w3lib (Scrapy's own URL library): tracking parameters removed,
query arguments sorted, fragments dropped, http/https and mobile/desktop host
variants folded, a site's second domain folded into its first (``HOST_ALIASES``),
a bare registrable domain read as its ``www.`` host (``ecns.cn`` and ``www.ecns.cn``; the public suffix
list, through tldextract's bundled copy, says what is bare: ``beijing.gov.cn`` is, ``kw.beijing.gov.cn`` is
not) and a subdomain host's ``www.`` form as the host (``www.kw.beijing.gov.cn`` and ``kw.beijing.gov.cn``),
trailing index pages and a trailing slash after the last segment removed, a doubled slash in the path
(``/news//1.html``, ``host//news/1.html``) read as one.  Other host names stay apart, those of
one source too (``economy.gmw.cn`` and ``tech.gmw.cn`` are two sites): the key is the page's whatever source, sources
file or takedown names it, so it folds only the names every site serves alike.
"""

from __future__ import annotations

import functools
import re
from urllib.parse import urljoin, urlsplit, urlunsplit

import tldextract
from w3lib.url import canonicalize_url, safe_url_string, url_query_cleaner

TRACKING_PARAMS = (
    "utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content", "utm_id",
    "spm", "from", "share_token", "sharetype", "isappinstalled", "wxshare_count",
    "fbclid", "gclid", "mc_cid", "mc_eid", "ref", "source", "scene", "clicktime",
    "share", "jsessionid", "_", "_t",  # share buttons, a servlet's session, cache-busters (?_=1700000000)
    # session ids of PHP and other servers, as they write them: a site that hands out a fresh one on every visit made
    # one page a new article each time (a tester's page was stored 38 times).  Not "sid": PHP-Nuke and others
    # name their story ids so (article.php?sid=123), and folding it would make all of a site's stories one
    "PHPSESSID", "phpsessid", "sessionid", "sessionId", "SESSIONID", "sessid", "SESSID", "session_id",
)
# session parameters in any spelling (SessionID, PHPSessID, ?JSESSIONID=): servers differ, and one tester's page
# was stored 16 times under spellings the list above lacked
SESSION_PARAMS = frozenset(("phpsessid", "sessionid", "session_id", "sessid", "jsessionid", "aspsessionid"))
_TRACKING = frozenset(TRACKING_PARAMS)


def _drop_sessions(url: str) -> str:
    """*url* without its session parameters, whatever their case."""
    head, q, rest = url.partition("?")
    if not q:
        return url
    query, hash_, fragment = rest.partition("#")
    items = query.split("&")
    kept = [i for i in items if i.partition("=")[0].lower() not in SESSION_PARAMS]
    if len(kept) == len(items):
        return url
    return head + ("?" + "&".join(kept) if kept else "") + hash_ + fragment


_PATH_SESSION_RE = re.compile(r";jsessionid=[^/?#]*", re.I)  # a servlet's session id in the path: /a/1.html;jsessionid=AB
_INDEX_RE = re.compile(r"/index\.(s?html?|php|jsp|aspx?)$", re.I)
_SLASHES_RE = re.compile(r"//+")
_MOBILE_HOST_RE = re.compile(r"^(m|wap|3g|mobile)\.")
# sites that serve every article under the same path on two domains: the second domain (and its
# subdomains) folded into the first, so both links give one article.  中国新闻网 links its stories
# as www.chinanews.com.cn and, on older and shared pages, www.chinanews.com.
HOST_ALIASES = {
    "chinanews.com": "chinanews.com.cn",
}


_SUFFIXES = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)  # the bundled list: never the network


@functools.lru_cache(maxsize=4096)
def fold_host(host: str) -> str:
    """*host* with an alias domain (``HOST_ALIASES``) replaced by the site's own, a bare registrable domain
    (``ecns.cn``, ``beijing.gov.cn``) as its ``www.`` host, and a ``www.`` before a subdomain host dropped
    (``www.kw.beijing.gov.cn`` is ``kw.beijing.gov.cn``): a site serves the same pages under both names, and a source
    that lists both stored each page once per name.  A registrable domain whose own name is ``www`` (``www.gov.cn``,
    the central government's portal) is itself, not ``www.www.gov.cn`` (which earlier versions made of it)."""
    for alias, own in HOST_ALIASES.items():
        if host == alias or host.endswith("." + alias):
            host = host[: len(host) - len(alias)] + own
            break
    parts = _SUFFIXES(host)
    if not (parts.suffix and parts.domain):
        return host   # (an IP address, a bare name: localhost)
    if parts.domain == "www" and parts.subdomain == "www":
        return host[4:]
    if not parts.subdomain and parts.domain != "www":
        return "www." + host
    if parts.subdomain.startswith("www."):
        return host[4:]
    return host


def _site(host: str) -> str:
    """The registrable domain of *host* (``news.cctv.com`` -> ``cctv.com``; an IP address or a bare name: itself)."""
    parts = _SUFFIXES(host)
    return f"{parts.domain}.{parts.suffix}" if parts.domain and parts.suffix else host


def same_site(host: str, other: str) -> bool:
    """Whether two host names are of one site: the same registrable domain (``example.com`` and
    ``www.example.com``, ``static.example.com``); an IP address or a bare name is only itself."""
    return _site(host.lower()) == _site(other.lower())


_DEFAULT_PORTS = {"http": 80, "https": 443}


def fetched_address(url: str) -> tuple[str, str, int] | None:
    """(scheme, host, port) of the server a request for *url* reaches, lower-cased, or None when that cannot be
    told for sure.  A URL is read one way by ``urllib.parse`` (which the crawl's checks, its keys and ``sources
    check`` use) and another by the fetcher: Scrapy asks for w3lib's ``safe_url_string`` form, which turns ``\\``
    into ``/`` as browsers do (``http://intranet:8080\\@news.example.cn/a.html`` names news.example.cn to urllib
    and is fetched from intranet:8080), and Twisted takes a netloc's user info for part of the host.  So the
    address is None when the two readings of the URL differ, when it has user info (``a@b``: no news link needs
    it, and Twisted connects to ``a@b``), or when it has no host or a port no address can have: a link whose
    address is None is nobody's.  (Tabs and line breaks inside a URL are dropped by both readings alike.)"""
    try:
        readings = {_address(u) for u in (url, safe_url_string(url, "utf-8"))}
    except (ValueError, UnicodeError):
        return None
    return readings.pop() if len(readings) == 1 else None


def _address(url: str) -> tuple[str, str, int] | None:
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if "@" in parts.netloc or not parts.hostname:
        return None
    port = parts.port if parts.port is not None else _DEFAULT_PORTS.get(scheme)
    return (scheme, parts.hostname.lower(), port) if port is not None else None


def _fold_path(path: str) -> str:
    """*path* without a trailing index page or a trailing slash after its last segment (``/a/1/`` is ``/a/1``), and
    with each run of slashes as one: servers answer ``//news/1.html`` with the page of ``/news/1.html``, and a listing
    that linked a taken-down article so brought it back as a new one."""
    path = _INDEX_RE.sub("/", _SLASHES_RE.sub("/", path)) or "/"
    return path.rstrip("/") or "/"


def fold_canonical(url: str) -> str:
    """A canonical URL stored by an earlier version (before its host became an alias, before bare hosts,
    trailing slashes and doubled slashes were folded, before a session parameter was dropped), in today's canonical form (for lists of
    canonical URLs kept from earlier runs; cheaper than ``canonical_url`` on an already canonical URL)."""
    parts = urlsplit(url)
    host, colon, port = parts.netloc.partition(":")
    folded, path = fold_host(host), _fold_path(parts.path)
    query = parts.query
    if query and any(p.partition("=")[0] in _TRACKING or p.partition("=")[0].lower() in SESSION_PARAMS
                     for p in query.split("&")):
        # a parameter added to TRACKING_PARAMS since (PHPSESSID): the key without it, so a page stored under a session
        # id is not fetched again under its new key, nor a page taken down under one
        query = urlsplit(url_query_cleaner(_drop_sessions(url), TRACKING_PARAMS, remove=True, unique=True)).query
    if folded == host and path == parts.path and query == parts.query:
        return url
    return urlunsplit(parts._replace(netloc=folded + colon + port, path=path, query=query))


def older_keys(key: str) -> list[str]:
    """*key* (today's canonical form) and the forms earlier versions stored for the same page: without the ``www.``
    a bare host gained, with the ``www.`` a subdomain host lost (or ``www.www.gov.cn``), with the trailing slash it
    lost (warehouse rows keep the key they were written with)."""
    parts = urlsplit(key)
    hosts = [parts.netloc]
    host, colon, port = parts.netloc.partition(":")
    if host.startswith("www.") and fold_host(host[4:]) == host:
        hosts.append(host[4:] + colon + port)
    name = _SUFFIXES(host)
    if (name.subdomain and not host.startswith("www.") or name.domain == "www" and not name.subdomain) \
            and fold_host("www." + host) == host:
        hosts.append("www." + host + colon + port)
    paths = [parts.path] + ([parts.path + "/"] if parts.path != "/" else [])
    return [urlunsplit(parts._replace(netloc=h, path=p)) for h in hosts for p in paths]


def without_tracking(url: str) -> str:
    """*url* as its site wrote it, less what links add to it: a fragment (#comments), tracking parameters
    (?spm=…&from=timeline) and a path session id. A source's article patterns, often anchored at the end
    (``\\.html$``), are tried on this form too."""
    url = _drop_sessions(_PATH_SESSION_RE.sub("", url.strip()))
    if "?" not in url and "#" not in url:
        return url
    return url_query_cleaner(url, TRACKING_PARAMS, remove=True, unique=False, keep_fragments=False)


def canonical_url(url: str) -> str:
    """Return the canonical form used as the article key.

    >>> canonical_url("http://m.chinanews.com.cn/gn/2021/11-29/1.shtml?utm_source=x#top")
    'https://www.chinanews.com.cn/gn/2021/11-29/1.shtml'
    """
    url = _drop_sessions(_PATH_SESSION_RE.sub("", url.strip()))
    url = url_query_cleaner(url, TRACKING_PARAMS, remove=True, unique=True, keep_fragments=False)
    url = canonicalize_url(url, keep_fragments=False)
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if _MOBILE_HOST_RE.match(host):
        host = "www." + _MOBILE_HOST_RE.sub("", host)
    host = fold_host(host)
    if parts.port and parts.port not in (80, 443):
        host = f"{host}:{parts.port}"
    path = _fold_path(parts.path)
    scheme = "https" if parts.scheme in ("http", "https") else parts.scheme
    return urlunsplit((scheme, host, path, parts.query, ""))


_CANONICAL_LINK_RE = re.compile(rb"<link\b[^>]*?\brel\s*=\s*[\"']?canonical\b[^>]*>", re.I)
_HREF_RE = re.compile(rb"\bhref\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>]+))", re.I)


def join_url(base: str, href: str) -> str | None:
    """*href* read against *base*, or None when no URL can be made of it (``http://[bad``, a port of 99999, which
    urlsplit refuses only when asked for the port): one bad link costs itself, not the page or listing it is on."""
    try:
        url = urljoin(base, href)
        urlsplit(url).port
        return url
    except ValueError:
        return None


def declared_canonical(body: bytes, url: str) -> str | None:
    """The address a page names as its own with ``<link rel="canonical">`` (an AMP, print or mobile copy names the
    article page), when it is on the same site as *url* (the same registrable domain) and another page than
    *url*; None otherwise.  Another site's address (a reprint naming its original) is not this site's page."""
    m = _CANONICAL_LINK_RE.search(body[:262144])
    if not m or not (h := _HREF_RE.search(m.group(0))):
        return None
    href = next(g for g in h.groups() if g is not None).decode("utf-8", "replace").strip()
    if not href or href.startswith(("#", "javascript:")):
        return None
    if (target := join_url(url, href.replace("&amp;", "&"))) is None:
        return None   # (no address, so no canonical)
    here, there = urlsplit(url), urlsplit(target)
    if there.scheme not in ("http", "https") or not there.hostname or not here.hostname:
        return None
    if _site(there.hostname) != _site(here.hostname):
        return None
    return None if canonical_url(target) == canonical_url(url) else target
