"""A small fault-injecting web site for crawl tests, served on 127.0.0.1 only.

Everything is driven by the path, so a test only writes a sources file that
points at the server:

    /robots.txt                       allows all but /private/ (a 301 to ``robots_location`` when that is set;
                                      the cookie ``robots_cookie`` set with it, when that is)
    /list/<name>?n=N&pages=P&page=K&art=FAULT[&cond=1[&condpages=C]][&grow=1][&charset=C][&suffix=1]
                                      HTML listing: N article links
                                      /art/FAULT/<name>-K-<i>.html, plus a link to
                                      page K+1 while K < P; cond=1 answers with an
                                      ETag / Last-Modified and 304 on a match (only
                                      pages <= C with condpages); grow=1 lists one
                                      more article each time the page is asked for;
                                      suffix=1 links them with #comments or ?spm=…; badbase=1 puts a
                                      <base href="http://[bad/"> in its head
    /feed/<name>.xml?n=N&art=FAULT    RSS 2.0 feed of N articles
    /sitemap/<name>.xml?n=N&art=FAULT sitemap of N articles
    /sitemapgz/<name>.xml.gz?n=N&art=FAULT the same sitemap gzipped (application/x-gzip)
    /sitemapindex/<name>.xml?n=N&art=FAULT a sitemap index naming that sitemap
    /hostile/index.xml?file=PATH, /hostile/list?file=PATH  a sitemap index and a listing naming this machine's file
                                      PATH as file:// (and ftp://, data:) under the site's own host name
    /atom/<name>.xml, /rssguid/<name>.xml  an Atom feed with hrefs relative to its xml:base; an RSS feed of guids
    /api/<name>, /jslist/<name>       a JSON answer, and an HTML page whose links are only in a script
    /blocked/...                      403, as a proxy or firewall that blocks this machine answers
    /toport/<port>/<path>?<query>     302 to http://127.0.0.1:<port>/<path>?<query> (another port of the host)
    /trap/<k>                         a listing linking to /trap/<k+1> and one article
                                      (an endless calendar-like trap, capped at k=500)
    /art/<fault>/<id>.html            an article page that misbehaves as <fault> says
    /private/art/<id>.html            an article disallowed by robots.txt

Article faults (see ``_article``): ok, slow, hang, stall, trickle (30 s of a byte every 0.25 s, then the page), reset, flaky, down,
ratelimit, goaway (429, Retry-After: 3600), busydate, big, stream, bomb, truncated, gbk, badcharset, loop,
hdrbomb (header lines without end), longheader (one 40 KB header line), cookie (a new 1 KB cookie on every page), otherport (302 to another port of the
same host), cycle, notfound, moved (301 to the same id under /art/ok/), away (302 to the
same page on http://localhost, another host), paged / badbase (three pages; badbase under a bad
<base href>), refreshbad (a meta refresh to http://[bad/x), tofile (302 to file:///etc/passwd).  Every request is recorded in ``server.log`` (path,
headers, monotonic time) so tests can count fetches and measure waits, and
``max_in_flight`` keeps the most requests served at once.  Every loop is
bounded; nothing listens on anything but 127.0.0.1.

The helpers at the end write a sources file for the server, run
``python -m spiders.run`` in its own process with fast settings, and read back
its stats file and WARC records (shared by the crawl tests and bench/crawl.py).
"""

from __future__ import annotations

import gzip
import json
import os
import socket
import struct
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

ARTICLE_TEXT = "中关村科学城发布新一轮科技创新支持政策，支持企业开展关键核心技术攻关。"
TRICKLE_BYTES = 120        # "trickle" entry points: 30 s of one byte every 0.25 s, then the server stops
SLOW_SECONDS = 0.25       # "slow" articles: a crawl stays busy for a while
HANG_SECONDS = 2.5        # "hang": longer than the tests' DOWNLOAD_TIMEOUT
BIG_BYTES = 3 * 1024 * 1024
BOMB_BYTES = 64 * 1024 * 1024   # decompressed size of the gzip bomb
HDRBOMB_BYTES = 64 * 1024 * 1024   # "hdrbomb": header lines the server sends at most, if the client never hangs up
OTHER_PORT = 9   # "otherport" redirects to this port of the server's own host (discard: nothing answers HTTP there)
ETAG = '"v1"'
LAST_MODIFIED = "Mon, 29 Nov 2021 04:18:00 GMT"

_bomb_cache: bytes | None = None


def gzip_bomb() -> bytes:
    """~64 KB of gzip that inflates to 64 MB of zeros (built once)."""
    global _bomb_cache
    if _bomb_cache is None:
        _bomb_cache = gzip.compress(b"\0" * BOMB_BYTES, compresslevel=9)
    return _bomb_cache


def article_html(ident: str, charset: str = "utf-8") -> str:
    return (f'<html><head><meta charset="{charset}"><title>文章 {ident}</title></head>'
            f"<body><h1>文章 {ident}</h1><p>{ARTICLE_TEXT}</p></body></html>")


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "faultserver/1"
    server: "FaultServer._HTTPServer"

    def log_message(self, fmt, *args):  # keep test output quiet
        pass

    # -- helpers ----------------------------------------------------------
    def _send(self, status: int, body: bytes, ctype: str = "text/html; charset=utf-8",
              headers: dict | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _reset(self) -> None:
        """Close the connection with a TCP RST and no response."""
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.close_connection = True
        self.connection.close()

    def _hits(self) -> int:
        return self.server.owner.hits[self.path]

    # -- routing ------------------------------------------------------------
    def do_GET(self):
        owner = self.server.owner
        with owner.lock:
            owner.hits[self.path] += 1
            owner.log.append((self.path, dict(self.headers.items()), time.monotonic()))
            owner.in_flight += 1
            owner.max_in_flight = max(owner.max_in_flight, owner.in_flight)
        try:
            self._route()
        finally:
            with owner.lock:
                owner.in_flight -= 1

    def _route(self):
        parts = urlsplit(self.path)
        q = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        seg = parts.path.strip("/").split("/")
        try:
            if parts.path == "/robots.txt" and self.server.owner.robots_location:   # a robots.txt that redirects
                return self._send(301, b"", headers={"Location": self.server.owner.robots_location})
            if parts.path == "/robots.txt" and owner_robots_status(self) != 200:
                return self._send(owner_robots_status(self), b"<html>unavailable</html>", "text/html")
            if parts.path == "/robots.txt":
                cookie = {"Set-Cookie": self.server.owner.robots_cookie} if self.server.owner.robots_cookie else {}
                return self._send(200, b"User-agent: *\nDisallow: /private/\n" + self.server.owner.robots_extra,
                                  "text/plain", headers=cookie)
            if seg[0] == "list" and len(seg) == 2:
                return self._listing(seg[1], q)
            if seg[0] == "feed" and len(seg) == 2:
                return self._feed(seg[1].removesuffix(".xml"), q)
            if seg[0] == "sitemap" and len(seg) == 2:
                return self._sitemap(seg[1].removesuffix(".xml"), q)
            if seg[0] == "atom" and len(seg) == 2:   # hrefs relative to the feed's xml:base, not to its URL
                host = self.headers.get("Host")
                entries = "".join(
                    f'<entry><link rel="replies" href="comments/{i}"/><link href="{u.lstrip("/")}"/></entry>'
                    for i, u in enumerate(self._article_urls(seg[1].removesuffix(".xml"), q)))
                body = (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" '
                        f'xml:base="http://{host}/">{entries}</feed>')
                return self._send(200, body.encode(), "application/atom+xml")
            if seg[0] == "rssguid" and len(seg) == 2:   # items that give their address only as a permalink guid
                host = self.headers.get("Host")
                items = "".join(f'<item><title>t</title><guid isPermaLink="true">http://{host}{u}</guid></item>'
                                for u in self._article_urls(seg[1].removesuffix(".xml"), q))
                body = f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>{items}</channel></rss>'
                return self._send(200, body.encode(), "application/rss+xml")
            if seg[0] == "api" and len(seg) == 2:   # a JSON API as the listing, with JSON's escaped slashes
                host = self.headers.get("Host")
                urls = self._article_urls(seg[1], q)
                data = {"data": [{"url": f"http://{host}{u}" if i % 2 else u} for i, u in enumerate(urls)]}
                return self._send(200, json.dumps(data).replace("/", "\\/").encode(), "application/json")
            if seg[0] == "jslist" and len(seg) == 2:   # links only in the page's data script
                data = json.dumps({"items": [{"href": u} for u in self._article_urls(seg[1], q)]})
                body = f"<html><body><div id='app'></div><script>window.__STATE__ = {data};</script></body></html>"
                return self._send(200, body.encode())
            if seg[0] == "sitemapindex" and len(seg) == 2:
                name = seg[1].removesuffix(".xml")
                loc = f"http://{self.headers.get('Host')}/sitemap/{name}.xml?{parts.query}".replace("&", "&amp;")
                body = ('<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns='
                        f'"http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>{loc}</loc></sitemap></sitemapindex>')
                return self._send(200, body.encode(), "application/xml")
            if seg[0] == "hostile" and len(seg) == 2:   # local files named under the site's own host name
                hostname, path = self.headers.get("Host").split(":")[0], q.get("file", "/etc/hostname")
                kind = seg[1].removesuffix(".xml")
                if kind == "index":   # a sitemap index: file://, ftp:// and data: sitemaps, and one real sitemap
                    locs = [f"file://{hostname}{path}", f"ftp://{hostname}/sitemap.xml", "data:text/xml,<urlset/>",
                            f"http://{self.headers.get('Host')}/sitemap/hx.xml?n=2&amp;art=ok"]
                    body = ('<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/'
                            'schemas/sitemap/0.9">' + "".join(f"<sitemap><loc>{u}</loc></sitemap>" for u in locs)
                            + "</sitemapindex>")
                    return self._send(200, body.encode(), "application/xml")
                links = [f"file://{hostname}{path}", f"ftp://{hostname}{path}", "/art/ok/hl-1-0.html"]
                body = "<html><body><ul>" + "".join(f'<li><a href="{u}">新闻</a></li>' for u in links) + "</ul></body></html>"
                return self._send(200, body.encode())
            if seg[0] == "sitemapgz" and len(seg) == 2:
                return self._sitemap(seg[1].removesuffix(".xml.gz"), q, gzipped=True)
            if seg[0] == "trap" and len(seg) == 2 and seg[1].isdigit():
                return self._trap(int(seg[1]))
            if seg[0] == "art" and len(seg) == 3:
                return self._article(seg[1], seg[2].removesuffix(".html"), q)
            if seg[0] == "private":
                return self._send(200, article_html("private").encode())
            if seg[0] == "chain" and len(seg) == 3 and seg[2].isdigit():
                n = int(seg[2])
                if n >= 50:  # bounded even if a client followed forever
                    return self._send(200, article_html("end of chain").encode())
                return self._send(302, b"", headers={"Location": f"/chain/{seg[1]}/{n + 1}"})
            if seg[0] == "toport" and len(seg) >= 3 and seg[1].isdigit():   # to the rest of the path on another port
                rest = "/".join(seg[2:]) + (f"?{parts.query}" if parts.query else "")
                return self._send(302, b"", headers={"Location": f"http://127.0.0.1:{seg[1]}/{rest}"})
            if seg[0] == "offsite" and len(seg) == 2:  # to the same server under another host name
                return self._send(302, b"", headers={
                    "Location": f"http://localhost:{self.server.server_address[1]}/list/{seg[1]}?{parts.query}"})
            if seg[0] == "trickle" and len(seg) == 2:  # a byte at a time, each well within a read timeout
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                for _ in range(TRICKLE_BYTES):
                    self.wfile.write(b" ")
                    self.wfile.flush()
                    time.sleep(0.25)
                self.close_connection = True
                return None
            if seg[0] == "slowheaders" and len(seg) == 2:  # headers a line at a time, the body never begun
                self.send_response(200)
                for i in range(TRICKLE_BYTES):
                    self.send_header(f"X-Slow-{i}", "a")
                    self.flush_headers()
                    time.sleep(0.25)
                self.end_headers()
                self.close_connection = True
                return None
            if seg[0] == "cycle" and len(seg) == 2:
                return self._send(302, b"", headers={"Location": f"/art/cycle/{seg[1]}.html"})
            if seg[0] == "blocked":   # what a proxy or a firewall that blocks this machine answers
                return self._send(403, b"Access denied\n", "text/plain")
            return self._send(404, b"not found\n", "text/plain")
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    def _article_urls(self, name: str, q: dict, page: int = 1) -> list[str]:
        n, fault = int(q.get("n", 3)), q.get("art", "ok")
        if q.get("grow"):
            n += self._hits() - 1
        base = "/private/art" if fault == "private" else f"/art/{fault}"
        slash = "/" if fault == "slash" else ""   # linked with a trailing slash the site redirects away
        return [f"{base}/{name}-{page}-{i}.html{slash}" for i in range(n)]

    def _listing(self, name: str, q: dict):
        page, pages = int(q.get("page", 1)), int(q.get("pages", 1))
        charset = q.get("charset", "utf-8")
        headers = {}
        if q.get("cond") and page <= int(q.get("condpages", pages)):
            headers = {"ETag": ETAG, "Last-Modified": LAST_MODIFIED}
            if (self.headers.get("If-None-Match") == ETAG
                    or self.headers.get("If-Modified-Since") == LAST_MODIFIED):
                self.send_response(304)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return None
        urls = self._article_urls(name, q, page)
        # links as sites write them: to the comments (#comments), or with a tracking query (?spm=…), alternately
        if q.get("suffix"):
            urls = [u + ("#comments" if k % 2 == 0 else "?spm=list.1&from=timeline") for k, u in enumerate(urls)]
        if q.get("long"):  # and one article whose URL is longer than a crawl asks for
            urls.append(f"/art/ok/{name}-{'x' * 2100}.html")
        links = [f'<li><a href="{u}">新闻 {u}</a></li>' for u in urls]
        if page < pages:
            nq = dict(q, page=str(page + 1))
            links.append(f'<a href="/list/{name}?{"&".join(f"{k}={v}" for k, v in sorted(nq.items()))}">下一页</a>')
        base = '<base href="http://[bad/">' if q.get("badbase") else ""   # a <base> no URL can be made of
        html = f"<html><head>{base}<title>列表 {name}</title></head><body><ul>{''.join(links)}</ul></body></html>"
        if charset == "gbk-mislabelled":  # says utf-8, is GBK
            return self._send(200, html.encode("gbk"), "text/html; charset=utf-8", headers)
        return self._send(200, html.encode("utf-8"), f"text/html; charset={charset}", headers)

    def _feed(self, name: str, q: dict):
        host = self.headers.get("Host")
        items = "".join(f"<item><title>t</title><link>http://{host}{u}</link></item>"
                        for u in self._article_urls(name, q))
        body = f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>{items}</channel></rss>'
        return self._send(200, body.encode(), "application/rss+xml")

    def _sitemap(self, name: str, q: dict, gzipped: bool = False):
        host = self.headers.get("Host")
        urls = "".join(f"<url><loc>http://{host}{u}</loc></url>" for u in self._article_urls(name, q))
        body = ('<?xml version="1.0" encoding="UTF-8"?>'
                f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>').encode()
        if gzipped:
            return self._send(200, gzip.compress(body), "application/x-gzip")
        return self._send(200, body, "application/xml")

    def _trap(self, k: int):
        nxt = f'<a href="/trap/{k + 1}">next</a>' if k < 500 else ""
        body = f'<html><body><a href="/art/ok/trap-{k}.html">a</a>{nxt}</body></html>'
        return self._send(200, body.encode())

    def _article(self, fault: str, ident: str, q: dict):
        hits = self._hits()
        page = article_html(ident).encode("utf-8")
        if fault == "ok":
            return self._send(200, page)
        if fault == "cycle":  # /art/cycle/x.html -> /cycle/x -> /art/cycle/x.html -> ...
            return self._send(302, b"", headers={"Location": f"/cycle/{ident}"})
        if fault == "slow":
            time.sleep(SLOW_SECONDS)
            return self._send(200, page)
        if fault == "hang":
            time.sleep(HANG_SECONDS)
            return self._send(200, page)
        if fault == "trickle":  # the page a byte every 0.25 s (30 s in all): each read well within a read timeout
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.close_connection = True
            for _ in range(TRICKLE_BYTES):
                self.wfile.write(b" ")
                self.wfile.flush()
                time.sleep(0.25)
            self.wfile.write(page)
            return None
        if fault == "stall":  # a site that holds the request for a minute
            time.sleep(60)
            return self._send(200, page)
        if fault == "reset":
            return self._reset()
        if fault == "hdrbomb":  # header lines until the client hangs up (at most HDRBOMB_BYTES)
            self.close_connection = True
            self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n")
            line, sent = b"X-Forever: " + b"v" * 1000 + b"\r\n", 0
            try:
                while sent < HDRBOMB_BYTES:
                    self.wfile.write(line * 64)
                    sent += len(line) * 64
            except OSError:
                pass
            with self.server.owner.lock:
                self.server.owner.header_bytes[self.path] = sent
            return None
        if fault == "cookie":  # a new 1 KB cookie with every page (a site counting its visitor's pages)
            return self._send(200, page, headers={"Set-Cookie": f"c_{ident.replace('-', '_')}={'v' * 1000}; Path=/"})
        if fault == "longheader":  # one 40 KB header line (a long Content-Security-Policy), then the page
            return self._send(200, page, headers={"Content-Security-Policy": "default-src " + "x" * 40_000})
        if fault == "otherport":  # 302 to the same host name on another port (an admin console, a dev server)
            return self._send(302, b"", headers={"Location": f"http://127.0.0.1:{OTHER_PORT}/art/ok/{ident}.html"})
        if fault == "flaky":  # two 500s, then the page
            return self._send(500, b"oops") if hits <= 2 else self._send(200, page)
        if fault == "down":
            return self._send(503, b"down for maintenance", "text/plain")
        if fault == "ratelimit":  # asks for 1 s, within the tests' cap (ZGC_RETRY_AFTER_MAX=2): waited, then retried
            if hits == 1:
                return self._send(429, b"slow down", "text/plain", {"Retry-After": "1"})
            return self._send(200, page)
        if fault == "goaway":  # asks for an hour, past any cap: the host is left alone for the run
            return self._send(429, b"come back in an hour", "text/plain", {"Retry-After": "3600"})
        if fault == "busydate":  # Retry-After as an HTTP date ~1 s ahead
            if hits == 1:
                return self._send(503, b"busy", "text/plain",
                                  {"Retry-After": formatdate(time.time() + 1.5, usegmt=True)})
            return self._send(200, page)
        if fault == "big":
            return self._send(200, b"<html><body>" + b"x" * BIG_BYTES + b"</body></html>")
        if fault == "stream":  # no Content-Length, body until close
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Connection", "close")
            self.end_headers()
            self.close_connection = True
            chunk = b"y" * 65536
            for _ in range(BIG_BYTES // len(chunk)):
                self.wfile.write(chunk)
            return None
        if fault == "bomb":
            return self._send(200, gzip_bomb(), headers={"Content-Encoding": "gzip"})
        if fault == "truncated":  # promises more than it sends
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(page) + 20000))
            self.end_headers()
            self.wfile.write(page)
            self.wfile.flush()
            self.close_connection = True
            return None
        if fault == "gbk":  # header says utf-8, bytes are GBK
            return self._send(200, article_html(ident, "gbk").encode("gbk"), "text/html; charset=utf-8")
        if fault == "badcharset":
            return self._send(200, page, "text/html; charset=x-no-such-charset")
        if fault == "loop":  # an endless redirect chain
            return self._send(302, b"", headers={"Location": f"/chain/{ident}/1"})
        if fault == "notfound":
            return self._send(404, b"gone", "text/plain")
        if fault == "edited":  # corrected after its first fetch: a figure changed and a paragraph added
            if hits == 1:
                return self._send(200, page)
            return self._send(200, page.replace("</p>".encode(), "</p><p>更正：中关村科学城本轮支持政策覆盖企业由30家更正为40家。</p>".encode(), 1))
        if fault == "soft404":  # answers once, then a "not found" page with 200
            if hits == 1:
                return self._send(200, page)
            return self._send(200, ('<html><head><meta charset="utf-8"><title>页面不存在</title></head><body>'
                                    "<h1>页面不存在</h1><p>抱歉，您访问的页面不存在或已被删除，请返回首页继续浏览其他新闻内容。"
                                    "</p></body></html>").encode())
        if fault == "gonepage":  # answers once, then a bare "404 Not Found" page with 200: nothing to extract
            if hits == 1:
                return self._send(200, page)
            return self._send(200, b"<html><head><title>404 Not Found</title></head><body><h1>404 Not Found</h1>"
                                   b"</body></html>")
        if fault == "trimmed":  # four paragraphs, then cut to the first by a correction
            extra = "".join(f"<p>中关村第{k}项配套措施将在年内出台，涉及资金、人才、场地等多个方面的具体安排。</p>" for k in range(3))
            return self._send(200, page.replace("</p>".encode(), ("</p>" + extra).encode(), 1) if hits == 1 else page)
        if fault == "punct":  # the same story again, a comma and a space changed
            if hits == 1:
                return self._send(200, page)
            return self._send(200, page.replace("，".encode(), ", ".encode()))
        if fault == "withdrawn":  # answers once, then 404
            return self._send(200, page) if hits == 1 else self._send(404, b"gone", "text/plain")
        if fault == "tofrontlater":  # answers once, then sends readers to the front page
            return self._send(200, page) if hits == 1 else self._send(302, b"", headers={"Location": "/"})
        if fault == "front":  # withdrawn: sent to the front page
            return self._send(302, b"", headers={"Location": "/"})
        if fault == "tolist":  # not out yet: sent to the section's listing
            return self._send(302, b"", headers={"Location": f"/list/{ident.split('-')[0]}?n=0&art=ok"})
        if fault == "moved":
            return self._send(301, b"", headers={"Location": f"/art/ok/{ident}.html"})
        if fault == "amp":  # an AMP copy that names the article page as its canonical address
            body = article_html(ident).replace(
                "<title>", f'<link rel="canonical" href="/art/ok/{ident}.html"><title>')
            return self._send(200, body.encode())
        if fault in ("paged", "badbase"):  # one article over three pages, TRS style: x.html, x_1.html, x_2.html
            first, _, k = ident.partition("_")   # (badbase: under a <base href> no URL can be made of)
            k = int(k or 0)
            nav = "".join(f'<a href="/art/{fault}/{first}{f"_{i}" if i else ""}.html">{i + 1}</a> ' for i in range(3))
            nxt = f'<a href="/art/{fault}/{first}_{k + 1}.html">下一页</a>' if k < 2 else ""
            paras = "".join(f"<p>第{k + 1}页第{j + 1}段：{ARTICLE_TEXT}中关村示范区推进第{k * 3 + j + 1}项改革措施落地见效。</p>"
                            for j in range(3))
            base = '<base href="http://[bad/">' if fault == "badbase" else ""
            body = (f'<html><head>{base}<meta charset="utf-8"><title>文章 {first}</title></head><body><h1>文章 {first}</h1>'
                    f'<div class="content">{paras}</div><div class="pages">{nav}{nxt}</div></body></html>')
            return self._send(200, body.encode())
        if fault == "slash":  # /art/slash/x.html/ -> 301 -> /art/slash/x.html (the same page, as http -> https is)
            if urlsplit(self.path).path.endswith("/"):
                return self._send(301, b"", headers={"Location": urlsplit(self.path).path.rstrip("/")})
            return self._send(200, page)
        if fault == "metarefresh":  # a stub page that sends the browser on to the article
            return self._send(200, (f'<html><head><meta http-equiv="refresh" content="0; url=/art/ok/{ident}.html">'
                                    '</head><body>正在跳转…</body></html>').encode())
        if fault == "refreshbad":  # an article whose meta refresh names no URL that can be made
            return self._send(200, page.replace(b"<title>", b'<meta http-equiv="refresh" content="0; url=http://[bad/x">'
                                                             b"<title>", 1))
        if fault == "tofile":  # a redirect to this machine's files
            return self._send(302, b"", headers={"Location": "file:///etc/passwd"})
        if fault == "json":  # an API answer at an article-shaped URL
            return self._send(200, json.dumps({"code": 0, "data": {"title": "中关村", "content": "中关村" * 50}},
                                              ensure_ascii=False).encode(), "application/json; charset=utf-8")
        if fault == "away":
            port = self.server.server_address[1]
            return self._send(302, b"", headers={"Location": f"http://localhost:{port}/art/ok/{ident}.html"})
        return self._send(400, b"unknown fault", "text/plain")


def owner_robots_status(handler) -> int:
    return handler.server.owner.robots_status


class FaultServer:
    """Run the fault site on 127.0.0.1 in a background thread (a context manager)."""

    class _HTTPServer(ThreadingHTTPServer):
        daemon_threads = True
        request_queue_size = 128   # a crawl opens many connections at once
        owner: "FaultServer"

        def handle_error(self, request, client_address):
            if not isinstance(sys.exc_info()[1], (ConnectionError, OSError)):  # resets are the point
                super().handle_error(request, client_address)

    def __init__(self):
        # built before any request: compressing 64 MB takes a third of a second, more on a busy
        # machine, and a first request that waits for it can hit the crawl's download timeout and be
        # retried -- which the bomb test counts as a retry of the refused response
        gzip_bomb()
        self.httpd = self._HTTPServer(("127.0.0.1", 0), _Handler)
        self.httpd.owner = self
        self.lock = threading.Lock()
        self.hits: Counter = Counter()
        self.log: list[tuple[str, dict, float]] = []
        self.header_bytes: dict[str, int] = {}   # "hdrbomb": header bytes sent before the client hung up
        self.robots_status = 200   # what /robots.txt answers (a 503 makes the host's rules unknown)
        self.robots_extra = b""    # more lines for it (Crawl-delay: 1)
        self.robots_location = None   # where /robots.txt redirects to (301), when set
        self.robots_cookie = None     # a Set-Cookie value /robots.txt answers with, when set
        self.in_flight = 0
        self.max_in_flight = 0   # most requests served at the same time
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def port(self) -> int:
        return self.httpd.server_address[1]

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def times(self, path: str) -> list[float]:
        with self.lock:
            return [t for p, _, t in self.log if p == path]

    def requests_to(self, prefix: str) -> list[tuple[str, dict, float]]:
        with self.lock:
            return [r for r in self.log if r[0].startswith(prefix)]

    def __enter__(self) -> "FaultServer":
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()
        self._thread.join(timeout=5)


class Canary:
    """A listener on 127.0.0.1 that answers nothing and counts the connections made to it: it stands for the network
    in offline tests (an archive whose pages name its port: whatever reaches it was not asked of the archive)."""

    def __init__(self):
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port: int = self.sock.getsockname()[1]
        self.sock.settimeout(0.1)   # (to see the stop: closing a socket does not wake a thread blocked on it)
        self.connections: list[bytes] = []   # the first bytes of each (a TLS hello, a plain request line)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with conn:
                conn.settimeout(1)
                try:
                    self.connections.append(conn.recv(64))
                except OSError:
                    self.connections.append(b"")

    def __enter__(self) -> "Canary":
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join(timeout=5)
        self.sock.close()


def write_archive(root: Path, pages: dict[str, tuple[int, dict, bytes]]) -> Path:
    """An offline archive (spiders/archive_server.py's format) holding *pages*: URL -> (status, headers, body)."""
    (root / "pages").mkdir(parents=True, exist_ok=True)
    manifest = []
    for n, (url, (status, headers, body)) in enumerate(pages.items()):
        (root / "pages" / f"{n}.bin").write_bytes(body)
        manifest.append({"url": url, "file": f"pages/{n}.bin", "status": status, "headers": headers})
    (root / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return root


def redirecting_archive(root: Path, port: int) -> Path:
    """An offline archive of a site on 127.0.0.1:*port* (a ``Canary``'s) whose robots.txt, entry points and an
    article redirect to https: ``/list`` to an archived listing, ``/gone`` to a page the archive lacks; the listing
    links ``/art/1.html`` (archived under https) and ``/art/2.html`` (a redirect to an https page it lacks)."""
    site, html = f"127.0.0.1:{port}", {"Content-Type": "text/html; charset=utf-8"}
    listing = f'<html><body><a href="https://{site}/art/1.html">1</a> <a href="http://{site}/art/2.html">2</a>'
    return write_archive(root, {
        f"http://{site}/robots.txt": (301, {"Location": f"https://{site}/robots-moved.txt"}, b""),
        f"http://{site}/list": (301, {"Location": f"https://{site}/list-moved"}, b""),
        f"http://{site}/gone": (301, {"Location": f"https://{site}/gone-moved"}, b""),
        f"https://{site}/list-moved": (200, html, (listing + "</body></html>").encode()),
        f"https://{site}/art/1.html": (200, html, article_html("1").encode()),
        f"http://{site}/art/2.html": (302, {"Location": f"https://{site}/art/2-moved.html"}, b""),
    })


# -- helpers shared by the crawl tests -------------------------------------------
PROJECT_ROOT = Path(__file__).resolve().parent.parent

# fast, deterministic crawls: no politeness delays, short timeouts, quick retries
FAST_SETTINGS = {
    "DOWNLOAD_DELAY": "0",
    "AUTOTHROTTLE_ENABLED": "False",
    "CONCURRENT_REQUESTS": "32",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "16",
    "DOWNLOAD_TIMEOUT": "1",
    "RETRY_TIMES": "2",
    "ZGC_RETRY_BACKOFF_BASE": "0.2",
    "ZGC_RETRY_AFTER_MAX": "2",
    "DOWNLOAD_MAXSIZE": str(1024 * 1024),
    "DOWNLOAD_WARNSIZE": str(512 * 1024),
}

ARTICLE_PATTERN = r"^http://127\.0\.0\.1:\d+/(art|private)/"
FOLLOW_PATTERN = r"^http://127\.0\.0\.1:\d+/(list|trap)/"


def write_sources(path: Path, entries: dict[str, list[str]], *, domain: str = "127.0.0.1",
                  article_pattern: str = ARTICLE_PATTERN, follow_pattern: str = FOLLOW_PATTERN) -> Path:
    """A sources.toml with one source per name, all on *domain*, starting at the given URLs."""
    blocks = []
    for name, urls in entries.items():
        blocks.append("\n".join([
            "[[source]]",
            f'name = "{name}"',
            f'title = "test {name}"',
            'language = "zh"',
            f'domains = ["{domain}"]',
            "entry_points = [" + ", ".join(f'"{u}"' for u in urls) + "]",
            f"article_patterns = ['{article_pattern}']",
            f"follow_patterns = ['{follow_pattern}']",
        ]))
    path.write_text("\n\n".join(blocks) + "\n", encoding="utf-8")
    return path


def crawl_command(out: Path, *, sources: Path, name: str = "run", settings: dict | None = None,
                  extra: list[str] = ()) -> list[str]:
    cmd = [sys.executable, "-m", "spiders.run", "--warc", str(out / f"{name}.warc.gz"),
           "--stats", str(out / f"{name}.stats.json"), "--sources", str(sources), "--log-level", "INFO"]
    for k, v in {**FAST_SETTINGS, **(settings or {})}.items():
        cmd += ["--set", f"{k}={v}"]
    return cmd + list(extra)


def crawl_env() -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(PROJECT_ROOT), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    return env


def run_crawl(out: Path, *, sources: Path, name: str = "run", settings: dict | None = None,
              extra: list[str] = (), timeout: float = 60) -> "CrawlResult":
    """Run ``python -m spiders.run`` in its own process and read what it left."""
    out.mkdir(parents=True, exist_ok=True)
    proc = subprocess.run(crawl_command(out, sources=sources, name=name, settings=settings, extra=extra),
                          cwd=PROJECT_ROOT, env=crawl_env(), capture_output=True, text=True, timeout=timeout)
    return CrawlResult.read(out, name, proc.returncode, proc.stdout + proc.stderr)


@dataclass
class WarcRecord:
    url: str
    status: int
    source: str
    kind: str
    headers: dict
    warc_headers: dict
    body: bytes


@dataclass
class CrawlResult:
    returncode: int
    output: str
    stats: dict
    records: list[WarcRecord]
    warc: Path

    @classmethod
    def read(cls, out: Path, name: str, returncode: int, output: str) -> "CrawlResult":
        stats_path = out / f"{name}.stats.json"
        stats = json.loads(stats_path.read_text(encoding="utf-8")) if stats_path.exists() else {}
        warc = out / f"{name}.warc.gz"
        return cls(returncode, output, stats, read_warc(warc) if warc.exists() else [], warc)

    def source(self, name: str) -> dict:
        return self.stats.get("sources", {}).get(name, {})

    def urls(self, kind: str | None = "article") -> list[str]:
        return [r.url for r in self.records if kind is None or r.kind == kind]


def read_warc(path: Path) -> list[WarcRecord]:
    from warcio.archiveiterator import ArchiveIterator

    out = []
    with open(path, "rb") as fh:
        for rec in ArchiveIterator(fh):
            if rec.rec_type != "response":
                continue
            out.append(WarcRecord(
                url=rec.rec_headers.get_header("WARC-Target-URI"),
                status=int(rec.http_headers.get_statuscode()),
                source=rec.rec_headers.get_header("WARC-Zgc-Source"),
                kind=rec.rec_headers.get_header("WARC-Zgc-Kind"),
                headers=dict(rec.http_headers.headers),
                warc_headers=dict(rec.rec_headers.headers),
                body=rec.content_stream().read(),
            ))
    return out


def index_warcs(root: Path, warcs: list[Path]) -> tuple[int, int, list[str]]:
    """Index WARCs (under *root*) as the warehouse does; (article rows, distinct articles, seen URLs)."""
    from datetime import date

    from pipeline import warehouse as wh

    store = wh.Warehouse(root / "wh")
    with store.writer() as con:
        for i, warc in enumerate(warcs):
            wh.index_warc(con, root, warc, day=date(2024, 1, 1), run_id=f"run{i}")
        rows, distinct = con.execute(
            "SELECT count(*), count(DISTINCT canonical_url) FROM raw_pages "
            "WHERE kind = 'article' AND status BETWEEN 200 AND 299").fetchone()
        seen = wh.seen_urls(con)
    return rows, distinct, seen
