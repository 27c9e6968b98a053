"""Typed records that cross module boundaries.

Every stage of the pipeline speaks in these records: the crawler produces
:class:`RawPage`, extraction turns one into an :class:`ExtractedArticle`, the
classifier returns a :class:`Classification`.  They carry no behaviour beyond
small conveniences so that each stage stays a pure function of its inputs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Mapping


@dataclass(frozen=True)
class RawPage:
    """One HTTP response exactly as fetched (kept in the WARC archive)."""

    url: str
    status: int
    headers: Mapping[str, str]
    body: bytes
    fetched_at: datetime
    source: str | None = None


@dataclass(frozen=True)
class SourceHints:
    """Per-source extraction hints declared beside the source (spiders/sources.toml).

    ``body_selector``: CSS selector of the element that holds the article body.
    ``drop``: CSS selectors of elements removed from the DOM before extraction.
    ``title_selector`` / ``date_selector`` / ``author_selector``: optional
    selectors for metadata the generic extractor misses.
    ``charset``: the encoding the site uses (the source's ``charset`` field), tried before the page's
    own declarations (valid UTF-8 bytes still win).
    ``outlet``: the source's name in the registry (its ``title``), the outlet when the known-domain map does not
    name the site (before what the page says of itself, which varies from page to page).
    """

    body_selector: str | None = None
    drop: tuple[str, ...] = ()
    title_selector: str | None = None
    date_selector: str | None = None
    author_selector: str | None = None
    charset: str | None = None
    outlet: str | None = None


@dataclass(frozen=True)
class ExtractedArticle:
    """Article fields extracted and cleaned from one page.

    ``language`` is one of ``"zh-Hans"``, ``"zh-Hant"``, ``"en"`` or ``"und"``.
    ``analysis_text`` is the text the classifier reads: for traditional Chinese
    the OpenCC simplified conversion of ``text``, otherwise ``text`` itself.
    """

    title: str | None
    text: str
    language: str
    analysis_text: str
    published_at: datetime | None = None
    author: str | None = None
    outlet: str | None = None
    url: str | None = None
    encoding: str | None = None
    body_selector_missed: str | None = None   # the source's body_selector when it matched nothing (the page read whole)


class ExtractionError(ValueError):
    """A page that cannot yield an article (empty, binary, no text). The message says why."""


@dataclass(frozen=True)
class Label:
    code: str
    score: float
    evidence: str
    # what made the label: "rules" (the taxonomy's phrases) or "model" (the learned task model added it or
    # lifted the rules' score over the threshold)
    method: str = "rules"


@dataclass(frozen=True)
class Classification:
    relevant: bool
    relevance: float
    labels: tuple[Label, ...] = field(default_factory=tuple)
    taxonomy_version: str = ""


def first_line(text: object, limit: int = 300) -> str:
    """The first line of an error's text, cut to *limit* characters, with what does not print as "?": for a
    one-line message (a library's error may quote raw bytes, or say nothing)."""
    line = (str(text).splitlines() or [""])[0][:limit]
    return "".join(c if c.isprintable() else "?" for c in line)


# what a "not found" page served with 200 says (a site's soft 404): read in its title when a page is extracted,
# and in the whole page of a stored article's copy asked for again
NOT_FOUND_RE = re.compile(r"页面不存在|页面未找到|找不到(?:该|此|您要访问的)?页面|页面已(?:被)?删除|(?:文章|内容|新闻|信息)(?:已被删除|已删除|不存在)"
                          r"|頁面不存在|找不到(?:該|此)?頁面|(?:文章|內容|新聞)(?:已被刪除|不存在)"
                          r"|\b404 not found\b|\bpage not found\b|page (?:you (?:requested|are looking for)) "
                          r"(?:could not be found|does not exist|no longer exists)|^\s*404\b|^\s*not found\s*$", re.I)
