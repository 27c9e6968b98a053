"""`zgc-monitor sources check`: fetch each entry point once and report what it found."""

from __future__ import annotations

import contextlib
import time
import urllib.error
import urllib.request
from urllib.parse import urljoin, urlsplit, urlunsplit

from lxml import html as lxml_html

from spiders.settings import USER_AGENT
from spiders.sources import Source


def _links(body: bytes, base: str) -> list[str]:
    if body.lstrip()[:5] == b"<?xml":
        from lxml import etree

        try:
            root = etree.fromstring(body, parser=etree.XMLParser(recover=True))
        except etree.XMLSyntaxError:
            return []
        if root is None:
            return []
        out = []
        for el in root.iter():
            tag = el.tag.rsplit("}", 1)[-1] if isinstance(el.tag, str) else ""
            if tag in ("link", "loc"):
                val = (el.text or el.get("href") or "").strip()
                if val:
                    out.append(urljoin(base, val))
        return out
    try:
        doc = lxml_html.fromstring(body)
    except (ValueError, lxml_html.etree.ParserError):
        return []
    return [urljoin(base, h.strip()) for h in doc.xpath("//a/@href") if h.strip()]


def check_sources(sources: list[Source], *, offline: bool, timeout: float = 20.0) -> list[dict]:
    from spiders.archive_server import ArchiveServer

    server = ArchiveServer() if offline else contextlib.nullcontext()
    report = []
    with server:
        handlers = []
        if offline:
            handlers.append(urllib.request.ProxyHandler({"http": server.proxy_url}))
        opener = urllib.request.build_opener(*handlers)
        for s in sources:
            for url in s.entry_points:
                target = url
                if offline and urlsplit(url).scheme == "https":
                    target = urlunsplit(("http",) + tuple(urlsplit(url)[1:]))
                row = {"source": s.name, "entry_point": url, "ok": False}
                t0 = time.monotonic()
                try:
                    req = urllib.request.Request(target, headers={"User-Agent": USER_AGENT})
                    with opener.open(req, timeout=timeout) as resp:
                        body = resp.read(16 * 1024 * 1024)
                        row["status"] = resp.status
                except urllib.error.HTTPError as exc:
                    row["status"] = exc.code
                    row["error"] = f"HTTP {exc.code}"
                    body = b""
                except (urllib.error.URLError, OSError) as exc:
                    row["error"] = str(getattr(exc, "reason", exc))
                    body = b""
                row["seconds"] = round(time.monotonic() - t0, 3)
                links = _links(body, url) if body else []
                row["links"] = len(links)
                row["article_links"] = len({l for l in links if s.is_article(l)})
                row["ok"] = row.get("status") == 200 and row["article_links"] > 0
                report.append(row)
    return report
