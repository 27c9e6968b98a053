"""The bundled offline web archive, served over real HTTP on 127.0.0.1.

The server behaves as an HTTP forward proxy: the crawler sends
``GET http://www.chinanews.com.cn/... HTTP/1.1`` to it (Scrapy's ``proxy``
meta), and it answers from ``spiders/archive/manifest.json`` by URL, with the
recorded status, headers and bytes.  https URLs are looked up under their
http twin (the crawler downgrades them on the way in and restores them on the
way out).  Unknown URLs get 404 with ``X-Zgc-Not-Archived: 1``; hosts without a recorded robots.txt get an
allow-all one.
"""

from __future__ import annotations

import json
import logging
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

log = logging.getLogger(__name__)

ARCHIVE_DIR = Path(__file__).with_name("archive")
NOT_ARCHIVED_HEADER = "X-Zgc-Not-Archived"


@dataclass(frozen=True)
class ArchivedResponse:
    url: str
    status: int
    headers: dict
    path: Path


def _key(url: str) -> str:
    parts = urlsplit(url)
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    return f"{(parts.hostname or '').lower()}{path}"


class WebArchive:
    """The manifest of the bundled archive, indexed by host + path."""

    def __init__(self, root: Path = ARCHIVE_DIR):
        self.root = root
        manifest = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
        self.entries: dict[str, ArchivedResponse] = {}
        for e in manifest:
            self.entries[_key(e["url"])] = ArchivedResponse(
                url=e["url"], status=int(e.get("status", 200)),
                headers=dict(e.get("headers", {})), path=root / e["file"],
            )

    def lookup(self, url: str) -> ArchivedResponse | None:
        return self.entries.get(_key(url))


class _Handler(BaseHTTPRequestHandler):
    archive: WebArchive
    server_version = "zgc-archive/1"
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):  # route to logging, not stderr
        log.debug("archive: " + fmt, *args)

    def _target(self) -> str:
        if self.path.startswith(("http://", "https://")):
            return self.path
        host = self.headers.get("Host", "localhost")
        return f"http://{host}{self.path}"

    def do_HEAD(self):
        self._answer(send_body=False)

    def do_GET(self):
        self._answer(send_body=True)

    def _answer(self, send_body: bool):
        url = self._target()
        entry = self.archive.lookup(url)
        if entry is None and urlsplit(url).path == "/robots.txt":
            body = b"User-agent: *\nAllow: /\n"
            return self._send(200, {"Content-Type": "text/plain"}, body, send_body)
        if entry is None:
            # a page the archive does not hold, told apart from an archived 404 of the site's own
            return self._send(404, {"Content-Type": "text/plain", NOT_ARCHIVED_HEADER: "1"}, b"not in archive\n",
                              send_body)
        body = entry.path.read_bytes()
        return self._send(entry.status, entry.headers, body, send_body)

    def _send(self, status: int, headers: dict, body: bytes, send_body: bool):
        self.send_response(status)
        for k, v in headers.items():
            if k.lower() not in ("content-length", "connection"):
                self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if send_body:
            self.wfile.write(body)


class ArchiveServer:
    """Serve a :class:`WebArchive` on 127.0.0.1 in a background thread.

    Use as a context manager; ``proxy_url`` is what the crawler uses as proxy.
    """

    def __init__(self, archive: WebArchive | None = None, port: int = 0):
        handler = type("Handler", (_Handler,), {"archive": archive or WebArchive()})
        self.httpd = ThreadingHTTPServer(("127.0.0.1", port), handler)
        self.httpd.daemon_threads = True
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def proxy_url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> "ArchiveServer":
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()
        self._thread.join(timeout=5)
