"""Bytes + headers -> :class:`ExtractedArticle`.

Stages, each a pure function:

1. refuse what is not a page (empty, binary) -- :class:`ExtractionError`;
2. decode (:func:`pipeline.decode.decode_html`), parse once with lxml;
3. metadata from the untouched tree (:mod:`pipeline.metadata`);
4. prune the DOM: the source's ``drop`` selectors, then the generic boilerplate selectors
   of ``pipeline/rules/dom.toml`` (share bars, breadcrumbs, related lists, copyright
   footers ...) -- never an element holding a paragraph of prose, and only link lists when
   the matches would take over half the page's prose; narrow to the source's
   ``body_selector`` when it matches;
5. main text by trafilatura (precision mode, no comments), then
   :func:`pipeline.clean.clean_text`;
6. language, simplified ``analysis_text`` for traditional Chinese.
"""

from __future__ import annotations

import difflib
import functools
import html
import itertools
import json
import logging
import re
import tomllib
import unicodedata
from datetime import datetime
from importlib import resources
from typing import Mapping, NamedTuple

import lxml.etree
import lxml.html

from pipeline import metadata as md
from pipeline.clean import clean_text, clean_title, fold_width
from pipeline.decode import decode_html
from pipeline.models import NOT_FOUND_RE, ExtractedArticle, ExtractionError, SourceHints, first_line

logger = logging.getLogger(__name__)

__all__ = ["extract_article", "load_dom_rules", "load_outlets", "unmatched_drops"]

_BINARY_MAGIC = (
    b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"%PDF", b"PK\x03\x04", b"\x1f\x8b", b"BZh", b"\xfd7zXZ",
    b"7z\xbc\xaf", b"Rar!", b"RIFF", b"\x00\x00\x01\x00", b"OggS", b"ID3", b"\x7fELF", b"MZ", b"wOFF", b"wOF2",
)
_MIN_TEXT = 20  # characters of cleaned text below which a page has no article
# a title saying the page is not there (models.NOT_FOUND_RE), over a short text: a soft 404
_NOT_FOUND_TEXT = 600
# A text with no sentence (a run of 8+ characters closed by sentence punctuation, in any script) whose lines are
# headlines with their dates, on lines of their own or after them (a list page served where an article was
# expected: 工作动态 … 2024-11-19 …, 中关村论坛年会开幕 2024-11-15) or all open
# with a date (a video page's "2024年11月13日10:12 | 来源：人民网－人民视频") is no article: stored, it was judged relevant
# and labelled with other stories' headlines as evidence.  A table of contents or a song's lyrics has no sentence
# either, but no date lines: the benchmarks' gold counts those as articles, so they stay.  A short list (one to three
# headlines) is told by its share of date lines once its navigation is set aside: breadcrumbs ("Home", "> News",
# 首页 > 滚动新闻), pager words (Next, 下一页) and a scroll list's month-day times (11-29 12:30).
_DATE = r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
_DATE_ONLY_LINE = re.compile(rf"^[\[(（【]?{_DATE}[\])）】]?$")
_MONTH_DAY_TIME_LINE = re.compile(r"^[\[(（【]?\d{1,2}[-/]\d{1,2}\s+\d{1,2}:\d{2}[\])）】]?$")
_NAV_LINE = re.compile(r"^(?:[>»›]\s*\S.{0,30}|home|homepage|next|previous|prev|more|首页|主页|更多|下一页|上一页|下页|上页|下一篇|上一篇"
                       r"|返回顶部|返回首页)$", re.I)
_DATE_LEAD = re.compile(rf"^{_DATE}")
_DATE_END = re.compile(rf"(?:\s|[\[(（【]){_DATE}[\])）】]?$")   # a headline and its date on one line
# A sentence: a Han character and 8+ more characters closed by 。！？!? (_CJK_STOP), or a word character and 20+ more
# closed by one of .!?。！？ (_ANY_STOP) and then a space or the line's end (a closing quote between); read by
# _has_sentence, one pass over the stops, where the patterns' search was quadratic in a long line without one (a
# 40,000-character run of letters in a <p> took 6.6 s, 200,000 nearly three minutes)
_CJK_STOP = re.compile(r"[。！？!?]")
_ANY_STOP = re.compile(r"[.!?。！？]")
_ANY_CLOSE = re.compile(r"[\"”’')」』]?(?:\s|$)")
_HAN = re.compile(r"[\u3400-\u9fff]")
_WORD = re.compile(r"\w")


def _has_sentence(line: str) -> bool:
    """Whether *line* (no newline in it) holds a sentence as the comment above says."""
    for stops, start, gap, close in ((_CJK_STOP, _HAN, 8, None), (_ANY_STOP, _WORD, 20, _ANY_CLOSE)):
        after = 0   # where the run of characters that are not stops, which a sentence's start must be in, begins
        for m in stops.finditer(line):
            p = m.start()
            if (close is None or close.match(line, p + 1)) and start.search(line, after, p - gap):
                return True
            after = p + 1
    return False


_HEADLINE_MAX = 60  # characters


def _is_date_line(line: str) -> bool:
    return bool(_DATE_ONLY_LINE.match(line) or _DATE_END.search(line) or _MONTH_DAY_TIME_LINE.match(line))


def _no_story(text: str) -> bool:
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    if not lines:
        return False
    for i, ln in enumerate(lines):
        # a headline that asks (北京国际科创中心建设如何走出新路子?) is no sentence of the page's when its date is on
        # its line or the next; a short line, not closed by a full stop
        if _has_sentence(ln) and not (
                len(ln) <= _HEADLINE_MAX and not ln.endswith(("。", ".", "．"))
                and (_is_date_line(ln) or (i + 1 < len(lines) and _is_date_line(lines[i + 1])))):
            return False
    dates = sum(map(_is_date_line, lines))
    if (dates >= 3 and 4 * dates >= len(lines)) or all(_DATE_LEAD.match(ln) for ln in lines):
        return True
    rest = [ln for ln in lines if not _NAV_LINE.match(ln)]
    return 1 <= dates and 3 * dates >= len(rest)
# Larger bodies are refused: real article pages are well under 5 MB, and parsing plus
# extraction of tens of MB takes a minute of CPU.
MAX_BODY_BYTES = 10 * 1024 * 1024


def _class_words_re(words: list[str]) -> re.Pattern | None:
    """A pattern matching any of ``words`` as a whole word part of a class/id string (parts
    split on spaces, "_" and "-"; a trailing digit allowed)."""
    return re.compile(r"(?:^|[\s_\-])(?:" + "|".join(words) + r")(?:$|[\s_\-\d])", re.I) if words else None


class DomRules(NamedTuple):
    """The DOM rules of ``pipeline/rules/dom.toml``, compiled."""

    drop_tags: tuple[str, ...]  # elements never part of an article
    class_id: re.Pattern | None  # class/id words of page furniture
    block_text: re.Pattern | None  # leading text of furniture blocks
    other_article: re.Pattern | None  # class/id words of boxes that may carry another article
    list_label: re.Pattern | None  # whole text of a label heading a list of links to other pages
    ad_label: frozenset[str]  # whole text of the label that marks an inline advertisement
    hover_card: re.Pattern | None = None  # class/id words of cards shown on hover inside a paragraph
    media_itemtypes: tuple[str, ...] = ()  # schema.org types of embedded media players
    comment_section: re.Pattern | None = None  # class/id words of readers' comment sections
    dek: re.Pattern | None = None  # class/id words of the summary line under a headline
    caption: re.Pattern | None = None  # class/id words of a photo's caption that trafilatura keeps


@functools.lru_cache(maxsize=1)
def load_dom_rules() -> DomRules:
    """The compiled rules of ``pipeline/rules/dom.toml``."""
    data = tomllib.loads(resources.files("pipeline").joinpath("rules", "dom.toml").read_text(encoding="utf-8"))
    tags = data.get("drop_tags", [])
    texts = data.get("boilerplate_block_text", [])
    labels = data.get("list_label_text", [])
    return DomRules(
        drop_tags=tuple(tags),
        class_id=_class_words_re(data.get("boilerplate_class_id", [])),
        block_text=re.compile("^(?:" + "|".join(texts) + ")", re.I) if texts else None,
        other_article=_class_words_re(data.get("other_article_class_id", [])),
        ad_label=frozenset(t.casefold() for t in data.get("ad_label_text", [])),
        list_label=re.compile(r"(?:" + "|".join(labels) + r")[\s:：.…>»›]*", re.I) if labels else None,
        hover_card=_class_words_re(data.get("hover_card_class_id", [])),
        media_itemtypes=tuple(data.get("media_itemtype", [])),
        comment_section=_class_words_re(data.get("comment_section_class_id", [])),
        dek=_class_words_re(data.get("dek_class_id", [])),
        caption=_class_words_re(data.get("caption_class_id", [])),
    )


def load_outlets() -> dict[str, str]:
    return md.outlet_table("domains")


def _header(headers: Mapping[str, str] | None, name: str) -> str | None:
    if not headers:
        return None
    for k, v in headers.items():
        if k.lower() == name:
            return v
    return None


# data a server answers with at an article's address (an API, a script), named as the error says it
_DATA_TYPES = {"application/json": "JSON", "text/json": "JSON", "application/javascript": "JavaScript",
               "text/javascript": "JavaScript", "text/css": "CSS"}


_FEED_ROOT = re.compile(rb"<(?:rss|feed|urlset|sitemapindex|rdf:RDF)\b")


def _skip_prolog(head: bytes) -> bytes:
    """*head* from its first element on: past white space, an XML declaration, comments and a doctype (a loop, not
    one pattern: ``(<!--.*?-->\\s*)*`` backtracked for 20 s over a page that opens with many comments)."""
    i = 0
    while True:
        while i < len(head) and head[i:i + 1].isspace():
            i += 1
        if head.startswith((b"<?", b"<!DOCTYPE", b"<!doctype"), i):
            end = head.find(b">", i)
        elif head.startswith(b"<!--", i):
            end = head.find(b"-->", i)
            end = end + 2 if end >= 0 else -1
        else:
            return head[i:]
        if end < 0:
            return b""
        i = end + 1


def _refuse_non_html(body: bytes, content_type: str | None) -> None:
    if not body or not body.strip():
        raise ExtractionError("empty body: nothing to extract")
    if body.startswith(_BINARY_MAGIC):
        raise ExtractionError("binary body (file signature of an image/archive/document), not an HTML page")
    head = body[:8192]
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        if head.count(b"\x00") > len(head) // 100 and not re.match(rb"^(\x00?[\x09\x0a\x0d\x20-\x7e])+", head[:64]):
            raise ExtractionError("binary body (NUL bytes), not an HTML page")
        if head.count(b"\x00") > len(head) // 4:
            raise ExtractionError("binary body (NUL bytes), not an HTML page")
    markup = re.search(rb"<\s*(html|body|div|p|head)\b", head, re.I)
    ct = content_type.split(";")[0].strip().lower() if content_type else ""
    if ct.startswith(("image/", "audio/", "video/", "font/")) or ct in ("application/pdf", "application/zip", "application/octet-stream"):
        # trust the bytes over the header only if they plainly look like markup
        if not markup:
            raise ExtractionError(f"binary body ({ct}), not an HTML page")
    if body.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] in (b"{", b"["):
        try:
            json.loads(body)   # an API's answer, even one whose strings hold HTML
        except ValueError:
            pass
        else:
            raise ExtractionError(f"a JSON document ({ct or 'no content type'}), not an HTML page")
    if _FEED_ROOT.match(_skip_prolog(head)):
        raise ExtractionError(f"a feed or sitemap ({ct or 'XML'}), not an HTML page")
    if not markup and (ct in _DATA_TYPES or ct.endswith(("+json", "/rss+xml", "/atom+xml"))):
        raise ExtractionError(f"a {_DATA_TYPES.get(ct, 'JSON' if 'json' in ct else 'feed')} document ({ct}), "
                              "not an HTML page")
    if not re.search(rb"<[A-Za-z!?/]", body[:65536]):   # (a robots.txt, a text file: read as a page, an "article")
        raise ExtractionError(f"plain text ({ct or 'no content type'}), not an HTML page: it holds no markup")


def _html_parser():
    """lxml.html's parser, but every element is a plain ``HtmlElement`` chosen in C: lxml.html's
    own lookup runs a Python method for each element Python touches (forms and inputs get their
    own classes), about a tenth of extraction time, and nothing here uses the form classes."""
    parser = lxml.etree.HTMLParser(remove_comments=True, remove_pis=True, huge_tree=False)
    parser.set_element_class_lookup(lxml.etree.ElementDefaultClassLookup(
        element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment,
        pi=lxml.html.HtmlProcessingInstruction, entity=lxml.html.HtmlEntity))
    return parser


_CONTROL_BYTES = bytes((*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20)))


def _drop_control_chars(text: str) -> str:
    """``text`` without C0 control characters (tab, newline and carriage return kept) and the non-characters U+FFFE
    and U+FFFF, which XML forbids too: lxml parses them, then refuses to set a text that holds one (the pruning's
    first join of a dropped element's tail failed the page).  Done on the UTF-8 bytes, where bytes.translate
    deletes in C: three times faster than a regex."""
    if "\ufffe" in text or "\uffff" in text:
        text = text.replace("\ufffe", "").replace("\uffff", "")
    raw = text.encode("utf-8", "surrogatepass")
    kept = raw.translate(None, _CONTROL_BYTES)
    return text if len(kept) == len(raw) else kept.decode("utf-8", "surrogatepass")


# a character reference to what _drop_control_chars drops (&#1;, &#x1F;, &#xFFFE;): the parser decodes it into the tree
_FORBIDDEN_CHAR_REF = re.compile(r"&#(?:[xX]0*(?:[0-8bBcCeEfF]|1[0-9a-fA-F]|[fF]{3}[eEfF])(?![0-9a-fA-F])"
                                 r"|0*(?:[0-8]|1[1-2]|1[4-9]|2[0-9]|3[01]|6553[45])(?![0-9]));?")


def _parse(text: str):
    # lxml refuses str input that carries an XML encoding declaration
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text, count=1)
    # C0 control characters are not allowed in XML: trafilatura's XML steps then fail on the whole
    # page (one stray \x10 in a Gothamist paragraph made it return nothing); nor are references to them
    text = _drop_control_chars(text)
    if "&#" in text:
        text = _FORBIDDEN_CHAR_REF.sub("", text)
    try:
        tree = lxml.html.document_fromstring(text, parser=_html_parser())  # a parser per call: lxml parsers are not thread-safe
    except (lxml.etree.ParserError, ValueError) as exc:
        raise ExtractionError(f"unparseable HTML: {exc}") from exc
    if tree is None:
        raise ExtractionError("unparseable HTML: no document")
    return tree


_MAX_DEPTH = 255  # libxml2's HTML parser keeps no element deeper than this (without its "huge" option)


def _at_nesting_limit(tree) -> bool:
    return any(sum(1 for _ in el.iterancestors()) >= _MAX_DEPTH for el in tree.iter() if len(el) == 0)


def unmatched_drops(body: bytes, hints: SourceHints) -> list[str]:
    """The ``drop`` selectors of *hints* that match no element of the page, read as the extraction reads it (what
    ``zgc-monitor extract --url`` warns of: a mistyped selector drops nothing, without a word)."""
    if not hints.drop:
        return []
    try:
        tree = _parse(decode_html(body, None, hints.charset)[0])
    except (ExtractionError, ValueError):
        return []
    return [sel for sel in hints.drop if not _css(tree, sel)]


def _css(tree, selector: str):
    try:
        return tree.cssselect(selector)
    except Exception:
        logger.warning("bad CSS selector in source hints: %r", selector)
        return []


def _drop(el) -> None:
    parent = el.getparent()
    if parent is None:
        return
    el.drop_tree()


def _prune(tree, hints: SourceHints | None, title: str | None = None) -> None:
    if hints:
        for sel in hints.drop:
            for el in _css(tree, sel):
                _drop(el)
    rules = load_dom_rules()
    cls_re, text_re, other_re = rules.class_id, rules.block_text, rules.other_article
    if rules.drop_tags:
        # (one walk in C, in document order, listed before the first drop: the XPath "//script | //style | ..."
        # it replaces made a scan per tag and then sorted their union, twice the time)
        for el in list(tree.iter(*rules.drop_tags)):
            _drop(el)
    if cls_re is None and text_re is None:
        return
    body = tree.find("body")
    root = body if body is not None else tree
    _drop_teaser_lists(root)
    _drop_labelled_blocks(root, rules)
    _drop_hover_cards(root, rules.hover_card)
    _drop_deks(root, rules.dek)
    _drop_photo_captions(root, rules.caption)
    if rules.media_itemtypes:
        media = [el for el in _WITH_ITEMTYPE(root) if any(t in el.get("itemtype") for t in rules.media_itemtypes)]
        for el in _outermost(media):
            if not _holds_prose(el) or not _holds_prose_beside_own_text(el):
                _drop(el)
    total = len(body.text_content()) if body is not None else 0
    para_total = None  # (the long paragraphs' text, counted when a furniture-named block first needs it)
    in_code = _in_code(tree)  # (syntax-highlighting classes inside <pre>/<code> are code, not furniture)
    title_heading = _title_heading(tree, title)
    _drop_kicker(title_heading)
    doomed = []
    protected = []  # containers named like furniture that hold the article
    others = []  # other articles inlined: dropped whatever the page-level check says
    comments = []  # readers' comments after the story: prose, but not the article's
    headline_at = None  # the headline's document position (counted when a comment-named block first needs it)
    verdicts: dict[str, bool] = {}  # class/id string -> furniture word in it (pages repeat their classes)
    sems: dict[str, str] = {}  # class/id string -> its role words (utility classes set aside)
    for el in tree.iter("div", "section", "ul", "ol", "p", "span", "aside", "nav", "footer", "table", "dl", "td", "a", "h2", "h3", "h4", "em", "strong"):
        cls, ident = el.get("class"), el.get("id")
        if cls or ident:
            attrs = f"{cls or ''} {ident or ''}"
            hit = verdicts.get(attrs)
            if hit is None:
                sem = sems[attrs] = f"{_semantic_classes(cls)} {ident or ''}"
                hit = verdicts[attrs] = bool(cls_re is not None and sem.strip() and cls_re.search(sem))
        else:
            attrs, hit = "", False
        if not hit and text_re is not None and el.tag in ("div", "p", "span", "section", "ul", "td", "table"):
            own = (el.text or "").strip()
            hit = bool(own) and len(own) < 60 and text_re.search(own)
        if hit and in_code and el in in_code:
            hit = False  # syntax-highlighting classes (hljs-comment) are code, not furniture
        if hit and title_heading is not None and other_re is not None \
                and other_re.search(sems.get(attrs, "")) and _is_other_article(el, title_heading):
            # a related/recommended box with its own headline, while the page's headline is
            # elsewhere: another article inlined (endless-scroll and "recommended" feeds),
            # whatever its length
            others.append(el)
            continue
        if hit:
            # never drop a container that holds most of the page's text (the article) -- and
            # take the furniture word off it, or trafilatura drops it (网易 wraps the whole page
            # in div.post_header)
            size = len(el.text_content())
            if para_total is None and not (total and size > 0.4 * total and total > 500):
                para_total = sum(_long_para_len(p) for p in tree.iter("p"))
            if (total and size > 0.4 * total and total > 500) or (
                    para_total and size > 0.4 * para_total and sum(_long_para_len(p) for p in el.iter("p")) > 0.4 * para_total
                    and _article_paras_exceed(el, 0.4 * para_total)):
                protected.append(el)
                continue
            # conservative by construction: a class name is a guess, prose is evidence.
            # Furniture is link lists and short lines; an element holding a paragraph of
            # running prose stays unless it is mostly links.
            if _holds_prose(el):
                if rules.comment_section is not None and title_heading is not None:
                    if headline_at is None:
                        headline_at = _DOC_POSITION(title_heading)
                    if _is_comment_section(el, sems.get(attrs, ""), headline_at, rules.comment_section):
                        comments.append(el)
                continue
            doomed.append(el)
    # page-level check: when the guesses together would take a large share of the page's
    # prose, trust none of them except the plain link lists
    page_prose = _prose_len(body) if body is not None else 0
    outer = _outermost(doomed)
    removed = sum(_prose_len(el) for el in outer)
    if page_prose and removed > _MAX_PROSE_SHARE * page_prose:
        logger.debug("DOM pruning would remove %d of %d prose characters; keeping all but link lists", removed, page_prose)
        outer = _outermost([el for el in doomed if _link_ratio(el) >= 0.5])
    for el in outer + others + _outermost(comments):  # (an element inside a dropped one goes with it)
        _drop(el)
    for el in protected:
        _unmark(el, cls_re, keep_id=bool(hints and hints.body_selector))


def _in_paragraph_with_links(root) -> list:
    """The spans and divs with a class or id inside a paragraph that hold two links or more or an image, in document
    order.  Walked down from the paragraphs: the XPath that selected them (``descendant::*[self::span or self::div]
    [@class or @id][ancestor::p][(descendant::a)[2] or descendant::img]``) tested every element of the page, 0.56 ms
    a page, the walk 0.22 ms."""
    found: dict = {}   # (a paragraph inside a paragraph: its spans are met twice)
    for p in root.iter("p"):
        for el in p.iterdescendants("span", "div"):
            if (el.get("class") is None and el.get("id") is None) or el in found:
                continue
            links = 0
            for d in el.iterdescendants("a", "img"):
                if d.tag == "img" or links == 1:
                    found[el] = None
                    break
                links += 1
    return list(found)


# elements with a schema.org type (one scan; the types are then read in Python)
_WITH_ITEMTYPE = lxml.etree.XPath("//*[@itemtype]")


def _in_code(tree) -> set:
    """The elements inside a <pre> or <code> (and, harmlessly, the other nodes there).  Walked down from the few
    <pre>/<code> elements: the XPath ``//*[ancestor::pre or ancestor::code]`` looked up every element's ancestors,
    0.7-0.9 ms a page (5% of the pruning), for a set that is empty on most pages."""
    found: set = set()
    for block in tree.iter("pre", "code"):
        found.update(block.iterdescendants())
    return found


_DEK_MAX = 300  # characters: a summary line, not a paragraph of the story
_DEK_TAGS = ("p", "h2", "h3", "h4", "h5", "h6", "div", "span")


def _dek_candidates(root):
    """In document order, lazily: the paragraphs, and the elements with a class or id that may be a dek.  A walk in
    Python that stops at the story's first long paragraph: the XPath that selected them all in C (a page's every
    paragraph, div and span) took 0.8-3.3 ms a page on the benchmark sets, this walk and the loop that reads it a
    third of that."""
    for el in root.iterdescendants(*_DEK_TAGS):
        if el.tag == "p" or el.get("class") is not None or el.get("id") is not None:
            yield el


# a column's opening teaser or editor's note, a paragraph wholly in brackets: [摘要：…], 【内容提要】…, [编者按：…] (网易's
# 亦观察 columns: the gold of zh-tune7 and zh-tune13 leaves it out; trafilatura's recovery of loose paragraphs then
# dropped the body paragraph it quotes as a repeat).  An unbracketed 内容摘要： or 编者按： paragraph, which a journal
# page's gold keeps (zh-tune3/06), stays.
_BRACKETED_SUMMARY = re.compile(r"\s*(?:\[\s*(?:内容)?(?:摘要|提要|编者按|編者按)\s*[:：][^\[\]]{10,}\]"
                                r"|【\s*(?:内容)?(?:摘要|提要|编者按|編者按)\s*[:：】][^【】]{10,}】?)\s*$")


_SUMMARY_MAX = 1500   # characters: a teaser is a paragraph, and the pattern's backtracking stays small


def _drop_deks(root, dek_re: re.Pattern | None) -> None:
    """Drop the summary line set under a headline (a "dek", "standfirst", "subline": ``dek_class_id``
    of dom.toml): an element named so that comes before the page's first long paragraph, is short
    and is not a list of links.  It restates the story; the article starts below it.  A paragraph wholly in
    brackets that opens with 摘要 / 编者按 (``_BRACKETED_SUMMARY``) before that paragraph goes too, named or not."""
    if dek_re is None:
        return
    found: list = []  # (a handful at most: a list is searched as fast as a set)
    for el in _dek_candidates(root):
        if el.tag == "p" and len(summary := el.text_content()) <= _SUMMARY_MAX and _BRACKETED_SUMMARY.match(summary):
            found.append(el)   # (a long one too: it opens the page, whatever its length)
            continue
        if el.tag == "p" and _long_para_len(el) >= 80 and not any(a in found for a in el.iterancestors()):
            break  # the story has started
        attrs = f"{_semantic_classes(el.get('class'))} {el.get('id') or ''}".strip()
        if not attrs or not dek_re.search(attrs):
            continue
        text = _norm_ws(el.text_content())
        if 10 <= len(text) <= _DEK_MAX and _link_ratio(el) < 0.5:
            found.append(el)
    for el in _outermost(found):
        _drop(el)


# a photographer's or supplier's credit closing a caption: …本报记者 陈海波摄, （受访者供图）, 新华社发（刘满仓摄）, （消防局提供）,
# and CNA's sender and date after it: 中央社記者邱俊欽桃園傳真 105年3月19日
_CREDIT_END = re.compile(r"(?:摄|攝|供图|供圖|社发|社發|提供)\s*[)）]?$|[传傳]真\s*\d{2,4}年\d{1,2}月\d{1,2}日$")
# an English caption: a phrase of a few words, no sentence (Guests at the launch ceremony)
_LATIN_PHRASE = re.compile(r"^[A-Z][A-Za-z0-9 ,'’&()-]{2,99}$")
_CENTRED = re.compile(r"text-align\s*:\s*center", re.I)
_BLOCK_CHILDREN = ("p", "div", "img", "table", "ul")


def _element_sibling(el, step: str = "getnext"):
    """The next (*step* ``getprevious``: the previous) sibling that is an element, past comments and processing
    instructions."""
    sib = getattr(el, step)()
    while sib is not None and not isinstance(sib.tag, str):
        sib = getattr(sib, step)()
    return sib


def _under_photos(root) -> list:
    """The element right under each photo: the <img>'s next element, or that of the image-only block (up to two
    levels: ``<p><a><img></a></p>``) that holds it."""
    found: list = []
    for img in root.iter("img"):
        el = img
        for _ in range(3):
            nxt = _element_sibling(el)   # (a comment between)
            if nxt is not None:
                if nxt not in found:
                    found.append(nxt)
                break
            el = el.getparent()
            if el is None or el.tag in ("body", "html") or el.text_content().strip():
                break
    return found


def _drop_photo_captions(root, caption_re: re.Pattern | None) -> None:
    """Drop the captions of a prose story's photos where the page marks the line right under a photo as one:
    - an element named as a photo's text (``caption_class_id``: gmw.cn's ``div.pic > img + p.pictext``) whose text
      ends with a photo credit (…（受访者供图）, …记者 张三 摄); trafilatura discards ``caption`` classes itself;
    - an English caption: a centred paragraph, its text a phrase with no sentence, not bold (Tsinghua's
      ``<p style="text-align: center;">Guests at the launch ceremony</p>``).
    Not a caption set as a plain or centred Chinese paragraph under its photo (图为…。新华社记者 张三 摄): the
    project's Chinese gold sets keep those as text, a web editor would not.  Not in a photo story either: when
    the captions hold as much text as the page's prose besides them, they are its text."""
    found = []
    for el in _under_photos(root):
        if el.tag not in ("p", "div", "span") or any(c.tag in _BLOCK_CHILDREN for c in el):
            continue
        text = _norm_ws(el.text_content())
        if not 4 <= len(text) <= 150:
            continue
        if caption_re is not None and _CREDIT_END.search(text):
            attrs = f"{_semantic_classes(el.get('class'))} {el.get('id') or ''}".strip()
            if attrs and caption_re.search(attrs):
                found.append(el)
                continue
        if el.tag == "p" and _LATIN_PHRASE.match(text) \
                and (_CENTRED.search(el.get("style") or "") or (el.get("align") or "").lower() == "center") \
                and not any(c.tag in ("b", "strong") and _norm_ws(c.text_content()) == text for c in el.iter()):
            found.append(el)
    if not found:
        return
    captions = sum(len(_norm_ws(el.text_content())) for el in found)
    if captions >= _prose_len(root) - captions:
        return
    for el in found:
        _drop(el)


def _drop_hover_cards(root, card_re: re.Pattern | None) -> None:
    """Drop the cards a page shows on hover inside a paragraph (a person's photo and links to other
    stories after a name; a footnote with its picture): the innermost element named like one
    (``hover_card_class_id``) that holds two links or more or an image, so that the name link beside it
    stays in the sentence."""
    if card_re is None:
        return
    cards = []
    for el in _in_paragraph_with_links(root):
        attrs = f"{el.get('class') or ''} {el.get('id') or ''}".strip()
        if card_re.search(attrs):
            cards.append(el)
    found = set(cards)
    for el in cards:
        if not any(d in found for d in el.iterdescendants()):
            _drop(el)


def _outermost(els: list) -> list:
    """The elements of ``els`` that have no ancestor in ``els``."""
    found = set(els)
    return [el for el in els if not any(a in found for a in el.iterancestors())]


def _drop_class_words(el, word_re: re.Pattern, match: bool = False) -> bool:
    """Take the class words that ``word_re`` finds (``match``: that it matches from their start) off
    ``el``; the attribute goes when no word is left.  True when a word was taken off."""
    cls = el.get("class")
    if not cls:
        return False
    test = word_re.match if match else word_re.search
    tokens = cls.split()
    kept = [t for t in tokens if not test(t)]
    if len(kept) == len(tokens):
        return False
    if kept:
        el.set("class", " ".join(kept))
    else:
        del el.attrib["class"]
    return True


def _unmark(el, cls_re, keep_id: bool) -> None:
    """Take the furniture words off the class (and id) of a container that holds the article."""
    if cls_re is None:
        return
    _drop_class_words(el, cls_re)
    if not keep_id and el.get("id") and cls_re.search(el.get("id")):
        del el.attrib["id"]


# Utility-first CSS (Tailwind and the like) styles each element with many small classes --
# font-pt-serif, pb-4, md:text-17px, bottom-0 -- that name a property, not a role, and would read
# as furniture words (font, bottom, header).  A class list holding two or more of them is
# matched without them.
_UTILITY_CLASS = re.compile(
    r"^(?:[a-z0-9]+:)*-?(?:font|text|leading|tracking|bg|border|rounded|shadow|ring|outline|fill|stroke"
    r"|p[xytblrse]?|m[xytblrse]?|w|h|size|min-w|max-w|min-h|max-h|gap|space-[xy]|col|row|grid-cols|grid-rows"
    r"|flex|basis|grow|shrink|order|justify|items|content|self|place|top|bottom|left|right|inset|start|end"
    r"|z|opacity|overflow|decoration|underline-offset|list|align|whitespace|break|line-clamp|aspect"
    r"|object|translate-[xy]|scale|rotate|transition|duration|ease|delay|animate|cursor|select|sr)-\S+$"
)


def _semantic_classes(cls: str | None) -> str:
    if not cls or "-" not in cls:  # (every utility class has a dash: most class lists end here)
        return cls or ""
    tokens = cls.split()
    kept = [t for t in tokens if not _UTILITY_CLASS.match(t)]
    return " ".join(kept) if len(tokens) - len(kept) >= 2 else cls


_HEADINGS = ("h1", "h2")


def _title_heading(tree, title: str | None):
    """The page's headline element: the first <h1>/<h2> whose text is the title (or holds it)."""
    t = md.compact(title or "")
    if len(t) < 4:
        return None
    for h in tree.iter(*_HEADINGS):
        n = md.compact(h.text_content())
        if n and (n == t or (t in n and len(n) <= 1.5 * len(t))):
            return h
    return None


_KICKER_TAGS = ("h2", "h3", "h4", "h5", "h6")
_KICKER_MAX = 40  # characters
_SENTENCE_STOP = re.compile(r"[。！？!?]")


def _drop_kicker(title_heading) -> None:
    """Drop the kicker (肩题 / 引题) set right above the headline: a heading element that is the headline's
    previous sibling, short (under 40 characters), without a sentence's end or a link (人民网's
    <h3 class="pre">中关村发布2024年度发展数据</h3><h1>…</h1>).  It labels the story; the text starts below
    the headline, and trafilatura kept it as the text's first line."""
    if title_heading is None:
        return
    prev = title_heading.getprevious()
    while prev is not None and not isinstance(prev.tag, str):
        prev = prev.getprevious()
    if prev is None or prev.tag not in _KICKER_TAGS or prev.find(".//a") is not None:
        return
    text = _norm_ws(prev.text_content())
    if 4 <= len(text) <= _KICKER_MAX and not _SENTENCE_STOP.search(text):
        _drop(prev)


# an element's place in document order: the elements that open before it (selected and counted in C)
_DOC_POSITION = lxml.etree.XPath("count(preceding::*) + count(ancestor::*)")


def _is_comment_section(el, sem: str, headline_at: float, comment_re: re.Pattern) -> bool:
    """``el`` is a section of readers' comments: named so (``comment_section_class_id`` of dom.toml) and
    opening after the page's headline, whose document position is ``headline_at`` (so not holding it:
    an ancestor opens before).  Comments hold prose, so the prose guard of ``_prune`` does not apply to them."""
    return bool(comment_re.search(sem)) and _DOC_POSITION(el) > headline_at


def _is_other_article(el, title_heading) -> bool:
    """``el`` (a recommendation/related/next box by its class or id: ``other_article_class_id``
    of dom.toml) opens with a headline of its own (an <h1>/<h2> of 8+ characters in the first
    15% of its text, not the page's headline), does not hold the page's headline, and has
    prose under it."""
    if el is title_heading or any(a is el for a in title_heading.iterancestors()):
        return False
    text = md.compact(el.text_content())
    for h in el.iter(*_HEADINGS):
        n = md.compact(h.text_content())
        if len(n) >= 8:
            pos = text.find(n)
            return 0 <= pos <= 0.15 * len(text) and _prose_len(el) > 0
    return False


# A teaser list: 3+ sibling items of the same tag (80% of them at least), each short and
# opening with a link (the headline of another page) -- "more stories" streams,
# recommendation feeds.
_TEASER_MIN_ITEMS = 3
_TEASER_MAX_ITEM = 600
_TEASER_TAGS = ("ul", "ol", "div", "section")


def _teaser_parents(root) -> list:
    """The candidate lists, in document order: 3+ element children and 3+ links (with an href) below.  A walk in
    Python that stops counting at three: the XPath that selected them (``descendant::*[self::ul or self::ol or
    self::div or self::section][*[3]][count(descendant::a[@href]) >= 3]``) counted every candidate's links to the
    end, 0.72 ms a page, the walk 0.45 ms.  A list, not a generator: the caller drops elements as it goes."""
    found = []
    for el in root.iterdescendants(*_TEASER_TAGS):
        kids = 0
        for k in el:
            if isinstance(k.tag, str):
                kids += 1
                if kids == _TEASER_MIN_ITEMS:
                    break
        if kids < _TEASER_MIN_ITEMS:
            continue
        links = 0
        for a in el.iterdescendants("a"):
            if a.get("href") is not None:
                links += 1
                if links == 3:
                    found.append(el)
                    break
    return found


def _opens_with_link(item) -> bool:
    """The item opens with the headline of another page: a link of headline length (8+ CJK
    / 20+ Latin characters), inside a heading or standing alone in its block (not a link
    inside a sentence), that starts within the first 40% of the item's text."""
    text = _norm_ws(item.text_content())
    if not text:
        return False
    for a in item.iter("a"):
        if a.get("href") is None:
            continue
        lt = _norm_ws(a.text_content())
        if len(lt) < (8 if _CJK_RE.search(lt) else 20):
            continue
        parent = a.getparent()
        standalone = parent is not None and _norm_ws(parent.text_content()) == lt
        in_heading = any(x.tag in ("h2", "h3", "h4", "h5", "h6") for x in a.iterancestors())
        if not (standalone or in_heading):
            continue
        pos = text.find(lt)
        return 0 <= pos <= 0.4 * len(text)
    return False


def _drop_teaser_lists(root) -> None:
    for parent in _teaser_parents(root):
        if parent.getparent() is None:
            continue  # already dropped with an ancestor
        kids = [k for k in parent if isinstance(k.tag, str)]
        if len(kids) < _TEASER_MIN_ITEMS:
            continue
        groups: dict[str, list] = {}
        for k in kids:
            groups.setdefault(k.tag, []).append(k)
        items = max(groups.values(), key=len)
        if len(items) < _TEASER_MIN_ITEMS or len(items) < 0.6 * len(kids):
            continue
        if items[0].tag == "p" and not items[0].get("class"):
            continue  # plain paragraphs are the article's own
        ok, allowed_misses = 0, int(0.2 * len(items))
        for it in items:
            n = len(it.text_content().strip())
            if 0 < n <= _TEASER_MAX_ITEM and _opens_with_link(it):
                ok += 1
            else:
                allowed_misses -= 1
                if allowed_misses < 0:
                    break
        if allowed_misses >= 0 and ok >= _TEASER_MIN_ITEMS:
            # an item with a paragraph of prose under its link is a teaser; plain link
            # lists are left to the class/id rules
            if any(_prose_len(it) for it in items):
                _drop(parent)


_LABEL_TAGS = frozenset(("h2", "h3", "h4", "h5", "h6", "div", "p", "span", "strong", "b", "dt", "header", "em", "i"))
# short text runs (label candidates), selected in C
_SHORT_RUNS = lxml.etree.XPath(
    "descendant::text()[string-length(normalize-space(.)) > 1][string-length(normalize-space(.)) <= 40]",
    smart_strings=True
)


def _norm_ws(s: str) -> str:
    return " ".join(s.split())


def _attached(el, root) -> bool:
    """``el`` is still under ``root`` (not dropped with an ancestor)."""
    return any(a is root for a in el.iterancestors())


def _drop_labelled_blocks(root, rules: DomRules) -> None:
    """Blocks marked by a short label, found in one pass over the short text runs:

    * a list label ("You may also be interested in...", "Related stories", 相关阅读 ...,
      ``list_label_text``) that is the whole text of its element is dropped with the list of
      links that follows it: its next sibling, or its parent's next sibling when the label is
      alone in its parent, or the rest of its own block when it opens a block of links
      (<p><strong>READ MORE:</strong><br><a>…</a>…</p>). The list must be mostly links and hold
      no paragraph of prose;
    * an inline advertisement: a link (or a short link block) whose first element is an ad
      label (<i>广告</i>, <span>Sponsored</span>, ``ad_label_text``)."""
    if rules.list_label is None and not rules.ad_label:
        return
    for t in _SHORT_RUNS(root):
        text = _norm_ws(t)
        if rules.list_label is not None and rules.list_label.fullmatch(text):
            _drop_list_after_label(root, t.getparent(), text)
        elif text.casefold() in rules.ad_label and t.is_text:
            _drop_labelled_ad(root, t.getparent(), text)


def _drop_list_after_label(root, el, text: str) -> None:
    if el is None or el.tag not in _LABEL_TAGS or _norm_ws(el.text_content()) != text or not _attached(el, root):
        return
    box = el.getparent()
    if box is not None and box.tag in ("p", "div") and not (box.text or "").strip() \
            and next((k for k in box if isinstance(k.tag, str)), None) is el:
        # the label opens a block whose rest is the list (<p><strong>READ MORE:</strong><br><a>…</a><br><a>…</a></p>)
        rest = len(_norm_ws(box.text_content())) - len(text)
        links = sum(len(_norm_ws(t)) for t in _link_text(box))
        if len(box.findall(".//a")) >= 2 and rest > 0 and links >= 0.8 * rest and not _holds_prose(box):
            _drop(box)
            return
    anchor = el
    while anchor.getnext() is None and anchor.getparent() is not None and \
            _norm_ws(anchor.getparent().text_content()) == text:
        anchor = anchor.getparent()
    nxt = _element_sibling(anchor)
    if nxt is not None and nxt.tag not in ("p", "h1") and len(nxt.findall(".//a")) >= 2 \
            and _link_ratio(nxt) >= 0.5 and not _holds_prose(nxt):
        _drop(nxt)
        _drop(anchor)
        return
    # a box inside the article written as paragraphs: the label, then a paragraph or a few that are each one
    # headline link (<p><strong>相关新闻：</strong></p><p><a>…</a></p>), then the story goes on.  Only the label
    # and those paragraphs go: left in, the text rules took the label for a related list's heading and cut the
    # rest of the story from there
    links = []
    while nxt is not None and len(links) < _MAX_BOX_LINKS and _is_link_paragraph(nxt):
        links.append(nxt)
        nxt = _element_sibling(nxt)
    if links:
        for el in links:
            _drop(el)
        _drop(anchor)


_MAX_BOX_LINKS = 8
_LINK_PARAGRAPH_LEN = 80  # characters: a headline, not a paragraph that happens to be a link


def _is_link_paragraph(el) -> bool:
    """A paragraph (or div / li) whose whole text is one link's: a headline of another page."""
    if el.tag not in ("p", "div", "li") or len(el.findall(".//a")) != 1:
        return False
    text = _norm_ws(el.text_content())
    return 0 < len(text) <= _LINK_PARAGRAPH_LEN and _norm_ws("".join(_link_text(el))) == text


def _drop_labelled_ad(root, lab, text: str) -> None:
    if lab is None or _norm_ws(lab.text_content()) != text:
        return
    el = lab.getparent()
    if el is None or el.tag not in ("a", "li", "div") or (el.text or "").strip() or not _attached(el, root):
        return
    if next((k for k in el if isinstance(k.tag, str)), None) is not lab:
        return
    if el.tag == "a" or (len(el.text_content()) <= 200 and _link_ratio(el) >= 0.5):
        _drop(el)


def _long_para_len(p) -> int:
    n = len(p.text_content().strip())
    return n if n >= 40 else 0


def _article_paras_exceed(el, limit: float) -> bool:
    """The ``_article_para_len`` of ``el``'s paragraphs add up to more than ``limit`` (read until they do:
    the text rules are run on as few paragraphs as it takes)."""
    n = 0
    for p in el.iter("p"):
        n += _article_para_len(p)
        if n > limit:
            return True
    return False


def _article_para_len(p) -> int:
    """``_long_para_len`` of the paragraph as the text rules leave it: a site's own line (主办…承办, ICP and
    网站标识码 numbers, 联系电话…地址…邮编) counts for nothing.  On a one-paragraph flash the footer's line is
    the page's longest paragraph, and the footer was taken for the article's container (its furniture name
    taken off, so its lines reached the text)."""
    if not _long_para_len(p):
        return 0
    n = len(clean_text(p.text_content()))
    return n if n >= 40 else 0


# A run of text this long, outside links, is prose (a paragraph), not page furniture.
_PROSE_CJK = 80
_PROSE_LATIN = 200
_CJK_RE = re.compile(r"[\u3400-\u9fff]")


_MAX_PROSE_SHARE = 0.5
_SENTENCE_RE = re.compile(r"[。，；！？,;.!?]")


# text runs outside links / inside links (whitespace-only runs included; callers strip):
# only runs of at least $n characters before stripping (shorter ones cannot
# count as prose): most runs are short, and the test in C spares a Python loop over them
_LONG_FREE_TEXT = lxml.etree.XPath("descendant::text()[string-length(.) >= $n][not(ancestor::a)]", smart_strings=False)
_TEXT_IN_LINKS = lxml.etree.XPath("descendant::text()[ancestor::a]", smart_strings=False)


def _link_text(el) -> list[str]:
    """The text runs inside links under ``el`` (``.//a//text()``; the HTML parser never nests a link in a
    link, so under an element that is itself inside a link there are none)."""
    return [] if next(el.iterancestors("a"), None) is not None else _TEXT_IN_LINKS(el)


def _prose_len(el) -> int:
    """Characters of running prose under ``el``: text runs outside links of 25+ characters
    that read as sentences (carry punctuation)."""
    n = 0
    for part in _LONG_FREE_TEXT(el, n=25):
        part = part.strip()
        if len(part) >= 25 and _SENTENCE_RE.search(part):
            n += len(part)
    return n


def _link_ratio(el) -> float:
    text = len(el.text_content().strip()) or 1
    return sum(len(t.strip()) for t in _link_text(el)) / text


def _holds_prose(el) -> bool:
    """True when ``el`` holds a run of prose (a paragraph's worth of text outside links)
    and is not mostly links."""
    for part in _LONG_FREE_TEXT(el, n=_PROSE_CJK):
        n = len(part.strip())
        if n >= _PROSE_CJK and n >= (_PROSE_CJK if _CJK_RE.search(part) else _PROSE_LATIN):
            return _link_ratio(el) < 0.5
    return False


_FREE_TEXT_NODES = lxml.etree.XPath("descendant::text()[string-length(.) >= $n][not(ancestor::a)]")
# a media object's own words (schema.org properties): its summary, transcript, caption, title
_MEDIA_OWN_PROPS = {"description", "transcript", "caption", "name", "headline", "abstract"}


def _holds_prose_beside_own_text(el) -> bool:
    """``_holds_prose`` for an embedded player (``media_itemtype``), its own description and transcript set aside:
    USA Today's VideoObject box holds <p class="video-desc" itemprop="description">Travelers at Hartsfield-Jackson
    … express concerns about …</p>, a sentence long enough to pass for the story's prose, which kept the box."""
    for part in _FREE_TEXT_NODES(el, n=_PROSE_CJK):
        n = len(part.strip())
        if n < _PROSE_CJK or n < (_PROSE_CJK if _CJK_RE.search(part) else _PROSE_LATIN):
            continue
        holder = part.getparent()
        for a in (holder, *holder.iterancestors()):
            if a is el:
                return True  # a run of prose that is not the player's own words
            if a.get("itemprop") in _MEDIA_OWN_PROPS:
                break
    return False


_BLOCK_TAGS = {"p", "div", "table", "ul", "ol", "h1", "h2", "h3", "h4", "section", "article", "br"}
_TABLE_PARTS = {"table", "tbody", "thead", "tfoot", "tr", "td", "th"}


def _unwrap_layout_tables(tree) -> None:
    """Turn layout tables (cells holding paragraphs or long prose) into plain blocks.

    Older portals and government CMSs put the whole article in one table cell;
    trafilatura then renders it as a single table row ("| … |") and joins the
    paragraphs.  Data tables (short cells, no block content) are left alone.
    """
    for table in list(tree.iter("table")):
        cells = [c for c in table.iter("td", "th")]
        layout = any(
            any(isinstance(ch.tag, str) and ch.tag in _BLOCK_TAGS for ch in cell.iterdescendants())
            or len(cell.text_content().strip()) > 300
            for cell in cells
        )
        if not layout:
            continue
        for el in [table, *table.iterdescendants()]:
            if isinstance(el.tag, str) and el.tag in _TABLE_PARTS:
                el.tag = "div"
                for attr in ("width", "border", "cellspacing", "cellpadding", "colspan", "rowspan", "valign", "align"):
                    el.attrib.pop(attr, None)


_TWEETS = lxml.etree.XPath("//blockquote[contains(@class, 'twitter-tweet') or contains(@class, 'twitter-video')]")


def _keep_embedded_tweets(tree) -> None:
    """Keep a quoted tweet as the quotation it is in the story.

    An embedded tweet (``blockquote.twitter-tweet``, a club's statement, an official's words) sits in
    a widget box (Sky's ``div.sdc-article-widget``); trafilatura discards anything classed twitter or
    widget, so the box and the blockquote get neutral class names.  The scrapinghub gold keeps the
    tweets on four of the seven tune pages that embed some (and no tune page loses text by this).
    The tweet's links are unwrapped (its words stay): a tweet is mostly @names, hashtags and links, and
    precision mode's link-density test deleted it (Mashable's six tweets and videos, en-tune4/11)."""
    for bq in _TWEETS(tree):
        bq.set("class", "quoted-post")
        _drop_tags(bq.findall(".//a"))
        for a in bq.iterancestors():
            if a.tag in ("body", "html"):
                break
            cls = a.get("class") or ""
            if any(w in cls.lower() for w in ("twitter", "tweet", "widget", "embed", "social")):
                a.set("class", "quoted-post-box")


# class words that hide a block only on some screens or until a click (hideOnMobile, hidden-xs,
# hide-for-small, Salon's "read more" div.hideOnInit): trafilatura discards every class with " hide"
# or " hidden" in it, and once our pruning has taken the page's navigation off, its guard (nothing
# is discarded when that would remove most of the page) no longer saves the story
_COLLAPSE_CLASS = re.compile(
    r"^(?:hide|hidden)[-_]?(?:on|for|in)?[-_]?(?:init|load|mobile|phone|tablet|desktop|small|medium|large|"
    r"xs|sm|md|lg|xl|print)(?:[-_](?:up|down|only))?$", re.I)


def _reveal_collapsed(tree) -> dict:
    """Take the screen-size and click-to-expand hiding words off the blocks that hold prose, so
    that trafilatura reads the rest of a story folded behind a "read more" button.  Returns the parents of the
    page's paragraphs, in document order (read on the way, for ``_story_blocks``)."""
    # (a walk in Python: an XPath selecting these blocks by tag and class is four times slower)
    parents = {}
    for el in tree.iter("div", "section", "article", "p"):
        if el.tag == "p":
            parents[el.getparent()] = None
        cls = el.get("class")
        if cls and "hid" in cls.lower() and any(_COLLAPSE_CLASS.match(t) for t in cls.split()) and _holds_prose(el):
            _drop_class_words(el, _COLLAPSE_CLASS, match=True)
    parents.pop(None, None)
    return parents


# spans inside a paragraph that trafilatura's precision mode would discard with their text: a class token
# "link" (CBS Sports wraps every in-sentence link in <span class="link">) or "bottom…", a border style
_SPANS_IN_PARAGRAPHS = lxml.etree.XPath("descendant::span[@class or @style][ancestor::p]")
_PRECISION_DISCARD_TOKEN = re.compile(r"^(?:link|bottom\S*|\S*bottom)$", re.I)


def _keep_inline_spans(tree) -> None:
    """Take off a span's class words and style that make trafilatura's precision mode delete it
    inside a sentence (<span class="link"><a>the NFL will fine Rudolph</a></span> left "has reported
    that for his role")."""
    for el in _SPANS_IN_PARAGRAPHS(tree):
        _drop_class_words(el, _PRECISION_DISCARD_TOKEN, match=True)
        if "border" in (el.get("style") or ""):
            del el.attrib["style"]


# links that hold only an image: <a href="big.jpg"><img src="small.jpg"></a> (click to enlarge)
_IMAGE_LINKS = lxml.etree.XPath("descendant::a[descendant::img][not(normalize-space())]")
_IMAGE_LINKS_IN_PARAGRAPHS = lxml.etree.XPath("descendant::a[ancestor::p][descendant::img][not(normalize-space())]")


def _unwrap_image_links(tree) -> None:
    """Unwrap a link that holds only an image inside a paragraph, keeping the image.

    Chinese portals wrap each picture in a link to its full size and write the caption after it in
    the same paragraph (gamersky: <p align="center"><a href="….jpg"><img></a><br>我不要你觉得…横批：明言明语</p>);
    trafilatura drops the text that follows such a link, so every caption was lost."""
    _drop_tags(_IMAGE_LINKS_IN_PARAGRAPHS(tree))


def _drop_tags(els) -> None:
    """Unwrap each element of ``els``, keeping its children and text in place."""
    for el in els:
        if el.getparent() is not None:
            el.drop_tag()


_SLIDESHOW_SHARE = 0.5  # share of the page's prose in captions that makes the captions the story


def _slideshow_captions(tree) -> None:
    """Read a slideshow story told in its captions as paragraphs after its intro.

    A gallery article (POPSUGAR's "5 biggest decorating mistakes") tells its story in the captions of its
    slides, in a slides container beside the intro's; trafilatura leaves figure captions out and reads only
    the intro's container.  When the captions hold most of the page's prose (and two or more hold some), the
    captioned figures become plain blocks and follow the intro's last paragraph, in their order."""
    caps = [c for c in tree.iter("figcaption") if _prose_len(c)]
    if len(caps) < 2:
        return
    body = tree.find("body")
    root = body if body is not None else tree
    page = _prose_len(root)
    if not page or sum(_prose_len(c) for c in caps) <= _SLIDESHOW_SHARE * page:
        return
    order = {el: i for i, el in enumerate(root.iter())}
    figs = []
    for c in caps:
        fig = c.getparent()
        while fig is not None and fig.tag != "figure" and fig is not root:
            fig = fig.getparent()
        figs.append(fig if fig is not None and fig.tag == "figure" else c)
    first = min(order.get(f, 0) for f in figs)
    in_caps = set()
    for f in figs:
        in_caps.update(f.iter())
    intro = [p for p in root.iter("p") if p not in in_caps and order.get(p, 0) < first and _prose_len(p) >= 40]
    for c in caps:
        c.tag = "div"
        c.attrib.pop("class", None)  # (trafilatura discards any class with "caption" in it)
    anchor = intro[-1] if intro else None
    for f in figs:
        f.tag = "div"
        for attr in ("class", "id", "style"):  # (slide / carousel names that trafilatura discards)
            f.attrib.pop(attr, None)
        _slide_title(f)
        _drop_tags(_IMAGE_LINKS(f))  # (the link to the full-size picture: trafilatura drops what follows it)
        if anchor is None:
            continue
        tail, f.tail = f.tail, None
        if tail and tail.strip():
            prev = f.getprevious()
            if prev is not None:
                prev.tail = (prev.tail or "") + tail
            elif f.getparent() is not None:
                f.getparent().text = (f.getparent().text or "") + tail
        anchor.addnext(f)
        anchor = f


def _slide_title(fig) -> None:
    """A slide's title (POPSUGAR's <div class="slide-header"><div class="title">Taking the Easy Way Out</div></div>
    above the picture) becomes the heading of its caption: named a title (``_HEADING_CLASS``), short, holding no
    link, outside the caption.  Its box's names go (slide-header reads as page furniture to the pruning)."""
    for el in fig.iter("div", "span", "h2", "h3", "h4", "h5", "p"):
        if not _heading_class(el):
            continue
        if _heading_text(el, outside=("figcaption", "a")):
            el.tag = "h3"
            for a in (el, *el.iterancestors()):
                if a is fig:
                    break
                a.attrib.pop("class", None)
        return


# empty inline elements: trafilatura drops them together with the text that follows them
_EMPTY_INLINE_TAGS = ("span", "a", "font", "i", "b", "em", "strong")


def _drop_empty_inline(tree) -> None:
    """Remove empty inline elements, keeping the text after them.

    Sina's pages put an empty stock-quote slot after every listed company's name
    (``<span id="quote_AAPL"></span>2019秋季发布会开幕…``); trafilatura removes an empty element
    with its tail, so the rest of the sentence -- here the story's whole lead -- was lost.  An empty div inside a
    heading is a spacer, and goes the same way: Beachbody's <h2><strong><div class="height-spacer"></div>Meal Prep
    Menu for Eating Plan A<div …></div></strong></h2> lost every section heading."""
    empty = [el for el in tree.iter(*_EMPTY_INLINE_TAGS)
             if el.tail and not el.text and len(el) == 0 and el.tail.strip()]
    empty += [el for h in tree.iter("h1", "h2", "h3", "h4", "h5", "h6") for el in h.iter("div")
              if el.tail and not el.text and len(el) == 0 and el.tail.strip()]
    for el in empty:
        if el.getparent() is not None:
            el.drop_tree()


_LAYOUT_ITEM_PARAS = 3  # paragraphs that make a list item a layout column
_LAYOUT_ITEM_TEXT = 300  # ... with at least this many characters between them
_LAYOUT_ITEM_CANDIDATES = lxml.etree.XPath(f"//li[count(.//p) >= {_LAYOUT_ITEM_PARAS}]")


def _unwrap_layout_lists(tree) -> None:
    """Turn layout lists (an item holding a whole column: several paragraphs of prose) into plain
    blocks.

    Some portals lay the page out as ``<ul><li>`` columns (观察者网: the article column is
    ``ul.two-coloum > li.left-main``); trafilatura renders the item as one list line, the headline,
    timestamps and every paragraph run together, and its nested lists become furniture lines
    (``- 原标题…``, ``- 责任编辑…``) inside the article.  A list whose item holds three or more
    paragraphs of 300+ characters between them is a layout, and its items become divs."""
    for li in _LAYOUT_ITEM_CANDIDATES(tree):
        parent = li.getparent()
        if parent is None or parent.tag not in ("ul", "ol"):
            continue
        paras = [p for p in li.iter("p")]
        if sum(len(p.text_content().strip()) for p in paras) < _LAYOUT_ITEM_TEXT:
            continue
        parent.tag = "div"
        for item in parent:
            if isinstance(item.tag, str) and item.tag == "li":
                item.tag = "div"


_INLINE_TAGS = frozenset(("a", "span", "strong", "b", "em", "i", "u", "font", "sup", "sub", "small", "big", "mark",
                          "abbr", "cite", "code", "q", "s", "del", "ins", "label", "time"))
_MIXED_TEXT_MIN = 40  # characters of direct text for a div to count as holding the article's lines


_TEXT_BLOCK_MIN = 2  # characters outside links for a block of text to be a paragraph (a heading such as 原料： is one)
_LEAF_KIDS = _INLINE_TAGS | {"br", "img", "wbr"}


def _paragraphise_wechat_blocks(tree) -> None:
    """Read the text-only blocks of a WeChat article's body as paragraphs.

    WeChat's editors write paragraphs as <section><span>…</span></section> (or a div), and trafilatura's
    precision mode drops such blocks: zh-tune4/05 lost a tenth of its text, /06 kept its furniture instead.
    A section or div of the article body that holds only text (inline elements, line breaks, images), not
    mostly links, becomes a <p>, however short: a recipe's 原料： and 步骤： headings are blocks of their own
    (zh-tune9/05 0.948 -> 0.984; a minimum of 10 characters lost them).  Elsewhere the same change lets in
    much furniture (tried on all bench pages: 26 tune pages lost), so it is limited to the WeChat body."""
    if not md._is_wechat_article(tree):  # (remembered from the date and author search)
        return
    blocks = [el for body in md._WECHAT_BODY(tree) for el in body.iterdescendants("section", "div")]
    for el in blocks:
        if not all(not isinstance(ch.tag, str) or ch.tag in _LEAF_KIDS for ch in el.iterdescendants()):
            continue
        text = el.text_content().strip()
        share = _link_ratio(el)
        if len(text) * (1 - share) < _TEXT_BLOCK_MIN or share > 0.5:
            continue
        el.tag = "p"


# a class word that styles an element as a heading: a utility class (Bootstrap's .h5) or a BEM title part
# (card__title, section-heading)
_HEADING_CLASS = re.compile(r"^(?:h[2-6]|(?:\S+[_-])?(?:title|heading|subhead(?:ing)?))$", re.I)
_HEADING_CLASS_HINT = re.compile(r"itle|eading|ubhead|h[2-6]", re.I)  # (a cheap test of the whole class string)
_CLASS_HEADING_MAX = 150  # characters: a section's heading, not a line of the story
_PROSE_DIV_MIN = 150  # characters: a paragraph of the story, not a label or a credit line
# what a paragraph written as a <div> does not hold (a <br> at its end, or between its lines, it may)
_NOT_IN_PROSE_DIV = ("p", "div", "table", "ul", "ol", "dl", "li", "h1", "h2", "h3", "h4", "h5", "h6", "section",
                     "article", "blockquote", "figure", "img", "form", "pre", "script", "style", "noscript", "iframe")


def _story_blocks(parents) -> None:
    """In each block that holds paragraphs, read as the story's a heading written as a span and a paragraph
    written as a div or left as loose text, which trafilatura's precision mode leaves out beside the <p>s it reads.

    - A span styled as a heading that opens a section (Positive News's <div><span class="half-and-half__title
      h5">A repair centre opened in London</span><p>…</p></div>: a roundup's every section heading was lost): the
      block's first child, its class naming it a heading (``_HEADING_CLASS``), short, holding no link and inside
      none, followed by a paragraph of prose, becomes an <h3>.
    - A paragraph written as a bare div among two paragraphs of prose or more (Bustle writes a section's first
      paragraph, after an embedded picture, as <div>text … <br></div>; Phys.org a "More information:" note after
      the story): holding only text and inline elements (and <br>s), a run of prose (150+ characters with a
      sentence's punctuation) and few links, it becomes a <p> -- readability's "div to p" step, kept to the
      story's own container.
    - A paragraph left as loose text after a block among them (Yahoo's <p><div class="yog-col">related</div>SAN
      FRANCISCO (AP) — …</p>: the parser closes the <p> before the div, and the story's first paragraph is the div's
      tail, which trafilatura drops with it; Business Insider's the same after a picture's div): a run of prose
      (80+ characters with a sentence's punctuation) becomes a <p>, with the inline elements that continue it.
    - A paragraph that is a capitalised label and a colon before a link to another story (USA Today's "IN TEXAS:
      Family of Ebola patient quarantined", "READ MORE: …", "RELATED PHOTOS: …") is dropped: the label is the
      related link's signature whatever its words (no tune page's gold holds one of the 18 there are).
    ``parents``: the paragraphs' parents, which ``_reveal_collapsed``'s walk reads on its way (a walk of their
    own, or over every span of the page, took 0.15-0.2 ms a page); the candidates are tested before any text is
    measured."""
    wrapped = []
    for par in parents:
        if par.tag == "div" and len(par) == 1:
            wrapped.append(par)
            continue
        first = par[0] if len(par) else None
        heading = first if first is not None and first.tag == "span" and not (par.text or "").strip() \
            and _HEADING_CLASS_HINT.search(first.get("class") or "") else None
        divs = [ch for ch in par if ch.tag == "div" and next(ch.iterdescendants(*_NOT_IN_PROSE_DIV), None) is None]
        for ch in [ch for ch in par if ch.tag == "p" and _LINK_LABEL.match(_lead_text(ch))]:
            if _is_labelled_link(ch):
                _drop(ch)
        tails = [ch for ch in par if ch.tail and ch.tag in _BLOCK_TAGS and ch.tag != "br"
                 and len(ch.tail) >= _LOOSE_PARA_MIN and ch.tail.strip()]
        if heading is None and not divs and not tails:
            continue
        if heading is not None:
            _class_heading(heading)
        if (divs or tails) and sum(1 for ch in par if ch.tag == "p" and _long_para_len(ch) >= 80) >= 2:
            for div in divs:
                text = _norm_ws(div.text_content())
                if len(text) >= _PROSE_DIV_MIN and _SENTENCE_RE.search(text) and _link_ratio(div) < 0.3:
                    div.tag = "p"
            for block in tails:
                _paragraphise_tail(block)
    for div in wrapped:
        _unwrap_paragraph(div)


# a capitalised label and a colon opening a paragraph (IN TEXAS:, READ MORE:, RELATED PHOTOS:)
_LINK_LABEL = re.compile(r"\s*[A-Z0-9][A-Z0-9 ,.'’&-]{1,40}:")


def _lead_text(p) -> str:
    """A paragraph's first run of text: its own, or its first child's with the text after it (<p><strong>IN
    TEXAS:</strong> …, and USA Today's <p><strong>BRAD CHILDRESS</strong>: <a>…</a>, the colon outside the bold)."""
    if p.text and p.text.strip():
        return p.text
    return (p[0].text or "") + (p[0].tail or "") if len(p) and isinstance(p[0].tag, str) else ""


def _is_labelled_link(p) -> bool:
    text = _norm_ws(p.text_content())
    m = _LINK_LABEL.match(text)
    rest = text[m.end():].strip() if m else ""
    linked = sum(len(_norm_ws(a.text_content())) for a in p.iter("a"))
    return len(rest) >= 10 and linked >= 0.8 * len(rest)


_LOOSE_PARA_MIN = 80  # characters of loose text after a block that make a paragraph of the story


def _paragraphise_tail(block) -> None:
    text = _norm_ws(block.tail)
    if len(text) < _LOOSE_PARA_MIN or not _SENTENCE_RE.search(text):
        return
    para = block.makeelement("p", {})
    para.text, block.tail = block.tail, None
    nxt = block.getnext()
    while nxt is not None and (not isinstance(nxt.tag, str) or nxt.tag in _INLINE_TAGS):
        follow = nxt.getnext()
        para.append(nxt)  # (moves it, with its tail)
        nxt = follow
    block.addnext(para)


_WRAPPED_PARA_MAX = 300  # characters: trafilatura's precision mode deletes a linked div shorter than 200-300


def _unwrap_paragraph(div) -> None:
    """Take a paragraph holding a link out of the divs that wrap it alone, when the story writes each of its
    paragraphs so (Adobe CMS's div.text.parbase.section > div.text > p, en-tune16's The Week).  Trafilatura's
    precision mode deletes a div shorter than 200 characters that holds a link (its link-density test with
    backtracking), so such a paragraph of the story ("…, the Associated Press reports.") was lost.  The wrapper
    must have a class and two same-named siblings or more that hold a paragraph of prose: a cookie notice or a
    newsletter promo wrapped alone (most pages' other such divs) is not one of a run of the story's paragraphs."""
    p = div[0]
    if p.tag != "p" or (div.text or "").strip() or (p.tail or "").strip() or p.find(".//a") is None:
        return
    text = _norm_ws(p.text_content())
    if not 20 <= len(text) < _WRAPPED_PARA_MAX or _link_ratio(p) > 0.8:
        return  # (over 0.8 of it links: trafilatura's test of the paragraph itself deletes it anyway)
    chain = [div]
    while (up := chain[-1].getparent()) is not None and up.tag == "div" and len(up) == 1 \
            and not (up.text or "").strip() and not (chain[-1].tail or "").strip():
        chain.append(up)
    top = chain[-1]
    cls = top.get("class")
    if not cls:
        return
    runs = 0
    for sib in (*top.itersiblings(preceding=True), *top.itersiblings()):
        if sib.tag == top.tag and sib.get("class") == cls and any(_long_para_len(q) >= 80 for q in sib.iter("p")):
            runs += 1
            if runs >= 2:
                _drop_tags(chain)
                return


def _heading_class(el) -> bool:
    """Whether *el*'s class styles it as a heading (a token ``_HEADING_CLASS`` matches: .h5, card__title)."""
    cls = el.get("class")
    return bool(cls) and _HEADING_CLASS_HINT.search(cls) is not None and any(_HEADING_CLASS.match(t)
                                                                              for t in cls.split())


def _heading_text(el, outside: tuple[str, ...] = ("a",)) -> bool:
    """Whether *el* holds what a heading does: 3 to ``_CLASS_HEADING_MAX`` characters, no link, and stands inside
    no element of the tags *outside* (a link; a slide's caption)."""
    return (3 <= len(_norm_ws(el.text_content())) <= _CLASS_HEADING_MAX and el.find(".//a") is None
            and not any(a.tag in outside for a in el.iterancestors()))


def _class_heading(span) -> None:
    if not _heading_class(span) or (span.tail or "").strip() or not _heading_text(span):
        return
    nxt = span.getnext()
    while nxt is not None and (not isinstance(nxt.tag, str) or nxt.tag == "p" and not nxt.text_content().strip()):
        nxt = nxt.getnext()
    if nxt is not None and nxt.tag == "p" and _long_para_len(nxt) >= 80:
        span.tag = "h3"


def _paragraphise_mixed_divs(tree) -> None:
    """Wrap the loose text of a div that mixes text lines with block children into paragraphs.

    WeChat-style reposts and some CMSs write the article as bare text with ``<br>`` between lines
    and image ``<div>``s between them (``<div><img></div>第一段<br>第二段<div><img></div>…``);
    trafilatura keeps a block's own text but drops much of the text that trails its block
    children.  Each run of text and inline elements becomes a ``<p>`` (a ``<br>`` ends one),
    which is what readability's "div to p" step does.  Divs without block children are left alone.
    """
    for div in list(tree.iter("div", "section", "article", "td")):
        kids = [ch for ch in div if isinstance(ch.tag, str)]
        # cheap tests first: several <br>-separated lines beside at least one block child
        if sum(ch.tag == "br" for ch in kids) < 2 or not any(ch.tag in _BLOCK_TAGS and ch.tag != "br" for ch in kids):
            continue
        loose = len((div.text or "").strip()) + sum(len((ch.tail or "").strip()) for ch in div)
        loose += sum(len(ch.text_content().strip()) for ch in kids if ch.tag in _INLINE_TAGS)
        # the article's own lines: most of the div's text is loose
        if loose < _MIXED_TEXT_MIN or loose < 0.5 * len(div.text_content().strip()):
            continue
        nodes = list(div)
        text = div.text
        div.text = None
        for ch in nodes:
            div.remove(ch)
        para = None

        def add_text(t):
            nonlocal para
            if not t or para is None and not t.strip():
                return  # whitespace between blocks
            if para is None:
                para = lxml.etree.SubElement(div, "p")
            if len(para):
                para[-1].tail = (para[-1].tail or "") + t
            else:
                para.text = (para.text or "") + t

        add_text(text)
        for ch in nodes:
            tail, ch.tail = ch.tail, None
            if not isinstance(ch.tag, str):  # comments, processing instructions
                div.append(ch)
                para = None
            elif ch.tag == "br":
                para = None
            elif ch.tag in _INLINE_TAGS or ch.tag == "img" and para is not None:
                if para is None:
                    para = lxml.etree.SubElement(div, "p")
                para.append(ch)
            else:
                div.append(ch)
                para = None
            add_text(tail)


def _narrow(tree, selector: str | None):
    """The page cut to what *selector* (the source's body_selector) matches; the page itself when it matches
    nothing (the caller records that: a hint that stopped matching flags its source)."""
    if not selector:
        return tree
    found = _css(tree, selector)
    if not found:
        logger.info("body_selector %r matched nothing; using the whole page", selector)
        return tree
    html = lxml.html.Element("html")
    body = lxml.etree.SubElement(html, "body")
    for el in found:
        body.append(el)
    return html


# trafilatura's fast mode skips its readability/jusText comparison, which costs a third of
# its time and rarely changes the result.  When the fast result looks too short for the
# page (under _SHORT_TEXT characters, or under _SHORT_SHARE of the page's prose), the full
# comparison runs: that is where the fallbacks recover an article the main pass missed.
# A full-length result under the share is rerun too: on one tune page (en-tune2/02) the fast
# pass kept 29% of the article and the full pass all of it.  A page whose prose is largely in
# lists (<li>, outside any other list: _LIST_SHARE of it or more) is rerun under _LISTS_SHORT_SHARE:
# the fast pass drops lists of block items whole (en-tune30/06, an archived White House post of
# accounts' lists: 60% of the page's prose kept, F1 0.54; the full pass 0.88).  Run on every page
# under 65%, the full pass took 26 more of the 550 bench pages and changed that one alone (3% of
# the English benchmark's speed); held to list pages, it takes 7 more.
_SHORT_TEXT = 300
_SHORT_SHARE = 0.3
_LISTS_SHORT_SHARE = 0.65
_LIST_SHARE = 0.4


# text nodes that may hold what html.unescape would decode (a page showing "&lt;b&gt;" or "&amp;" as text)
_AMPERSAND_TEXT = lxml.etree.XPath("//text()[contains(., '&')]")


def _escape_entities(tree) -> list[tuple[object, bool, str]]:
    """Write the ``&`` of each text node that reads like an entity as ``&amp;``, for the time of trafilatura's run, and
    return what to put back.  trafilatura unescapes its text output again (``xml.xmltotxt``), although the parser
    has decoded the page's entities already: a page that shows ``&lt;b&gt;`` and ``&amp;`` (written
    ``&amp;lt;b&amp;gt;``) was stored, labelled and quoted as ``<b>`` and ``&``.  Nodes html.unescape leaves alone
    (AT&T, Q&A: nearly all) are not touched."""
    changed = []
    for t in _AMPERSAND_TEXT(tree):
        s = str(t)
        if html.unescape(s) == s:
            continue
        el = t.getparent()
        if el is None:
            continue
        if t.is_text:
            el.text = s.replace("&", "&amp;")
        elif t.is_tail:
            el.tail = s.replace("&", "&amp;")
        else:
            continue
        changed.append((el, t.is_text, s))
    return changed


def _restore_entities(changed: list[tuple[object, bool, str]]) -> None:
    for el, is_text, s in changed:
        if is_text:
            el.text = s
        else:
            el.tail = s


def _main_text(tree, url: str | None, precision: bool = True) -> str:
    changed = _escape_entities(tree)
    try:
        return _trafilatura_text(tree, url, precision)
    finally:
        _restore_entities(changed)


def _trafilatura_text(tree, url: str | None, precision: bool) -> str:
    import trafilatura

    def run(fast: bool) -> str:
        return trafilatura.extract(
            tree,
            url=url,
            favor_precision=precision,
            include_comments=False,
            include_tables=True,
            deduplicate=False,
            with_metadata=False,
            fast=fast,
        ) or ""

    text = run(True)
    if len(text) < _SHORT_TEXT:
        return run(False)
    prose = _prose_len(tree)
    if len(text) < _SHORT_SHARE * prose or (len(text) < _LISTS_SHORT_SHARE * prose
                                            and _list_prose(tree) >= _LIST_SHARE * prose):
        text = run(False)
    return text


def _list_prose(tree) -> int:
    """Characters of running prose (``_prose_len``) in the page's lists: its <li> elements outside another one."""
    return sum(_prose_len(li) for li in tree.iter("li") if next(li.iterancestors("li"), None) is None)


def _displayed_headline(work) -> str:
    """The compacted text of the page's first <h1> with text: its displayed headline (later ones may
    be section heads), cleaned as the text's lines are (its pinyin gone), so that it matches them."""
    return next((c for c in (md.compact(clean_title(h.text_content())) for h in work.iter("h1")) if c), "")


def _article_text(work, url: str | None, title: str | None, headline: str, *,
                  precision: bool, declared_lang: str | None = None) -> tuple[str, str, str]:
    """(language, cleaned text, raw text) of trafilatura's main text, the repeated title or displayed
    ``headline`` dropped from the cleaned text; the raw text keeps the credits cleaning removes, for
    the author finder."""
    raw = _main_text(work, url, precision=precision)
    language = md.detect_language(raw or title or "", declared=declared_lang)
    text = clean_text(raw, language=language)
    return language, _drop_leading_title(text, title, headline) if title else text, raw


_CONTINUATION_TAGS = ("p", "h2", "h3", "h4")
_CONTINUATION_LEVELS = 3  # how far above the paragraphs' common container a repeated block is sought
_CONTINUATION_PEERS = 2


def _first_class(el) -> str:
    cls = (el.get("class") or "").split()
    return cls[0] if cls else ""


def _paragraphs(work, text: str) -> tuple[set[str], list[tuple[object, str]]]:
    """The extracted text's lines and the page's <p>/<h1> elements with their text, both
    whitespace-normalised: read once for the two checks below (continuation, lead)."""
    have = {_norm_ws(ln) for ln in text.split("\n") if ln.strip()}
    return have, [(el, _norm_ws(el.text_content())) for el in work.iter("p", "h1")]


def _continue_in_siblings(work, text: str, have: set[str], items: list[tuple[object, str]]) -> str:
    """Add the article's continuation blocks that trafilatura left out.

    Some layouts split one story over a run of sibling blocks of the same class (CNBC's
    ``div.group-container`` between ad slots and charts); trafilatura's precision mode may keep
    only the first.  When the extracted paragraphs share one container, and that container (or
    one of its next two ancestors) has two or more siblings of the same tag and first class that
    each hold paragraphs of prose and are mostly not links, their paragraphs and subheadings are
    added in document order."""
    found = [el for el, t in items if el.tag == "p" and len(el) < 50 and len(t) >= 25 and t in have]
    if len(found) < 2:
        return text
    common = [a for a in found[0].iterancestors()]
    for el in found[1:]:
        anc = set(el.iterancestors())
        common = [a for a in common if a in anc]
    if not common:
        return text
    block = common[0]
    for _ in range(_CONTINUATION_LEVELS):
        parent = block.getparent()
        if parent is None or block.tag in ("body", "html"):
            return text
        key = (block.tag, _first_class(block))
        peers = [s for s in parent if s is not block and isinstance(s.tag, str) and key[1]
                 and (s.tag, _first_class(s)) == key]
        if peers:
            break
        block = parent
    else:
        return text
    # a run of continuation blocks: two or more peers, each with paragraphs of prose and mostly not links
    # (a single same-class sibling is as often an author box, a company boilerplate or a sidebar)
    peers = [s for s in peers if _prose_len(s) >= 100 and _link_ratio(s) < 0.5 and len(s.findall(".//p")) >= 2]
    if len(peers) < _CONTINUATION_PEERS:
        return text
    before, after = [], []
    at = parent.index(block)
    for peer in peers:
        add = [t for t in (_norm_ws(el.text_content()) for el in peer.iter(*_CONTINUATION_TAGS)) if t and t not in have]
        (before if parent.index(peer) < at else after).extend(add)
    if not before and not after:
        return text
    return "\n".join([*before, text, *after])


_SUBHEAD_MAX = 60  # characters: a section heading, not a paragraph set in a heading tag


def _text_sibling(el, step: str = "getnext"):
    """The nearest sibling element that holds text, past photo-only paragraphs (``<p><img></p>``) and empty ones."""
    sib = _element_sibling(el, step)
    while sib is not None and not _norm_ws(sib.text_content()) and sib.tag in ("p", "div", "figure"):
        sib = _element_sibling(sib, step)
    return sib


def _last_paragraph_before(block):
    """The last paragraph with text of the block just before *block* (the heading opens a block such as Movable
    Type's ``div.asset-more`` after ``div.asset-body``): None when there is none or *block* is the document."""
    if block is None or block.getparent() is None:
        return None
    prev = _text_sibling(block, "getprevious")
    if prev is None or not isinstance(prev.tag, str):
        return None
    if prev.tag == "p":
        return prev
    paras = [p for p in prev.iter("p") if _norm_ws(p.text_content())]
    return paras[-1] if paras else None


def _restore_subheadings(work, text: str) -> str:
    """Put back a section heading trafilatura dropped between two paragraphs it kept.

    When no container class tells trafilatura where the body is (36kr's ``div.articleDetailContent``), its
    fallback reads paragraphs only, and the story's <h2>投资方观点：</h2> between two of them was lost.  A short
    heading (h2-h4, no link) whose nearest sibling elements are both paragraphs the text holds, on adjacent
    lines, goes back between them, unless the cleaning rules would drop it (a related list's heading)."""
    lines = text.split("\n")
    where: dict[str, int] = {}
    for i, ln in enumerate(lines):
        where.setdefault(_norm_ws(ln), i)
    inserts: dict[int, str] = {}
    for h in work.iter("h2", "h3", "h4"):
        t = _norm_ws(h.text_content())
        if not t or len(t) > _SUBHEAD_MAX or t in where or h.find(".//a") is not None:
            continue
        prev, nxt = _text_sibling(h, "getprevious"), _text_sibling(h)
        if prev is None:
            prev = _last_paragraph_before(h.getparent())
        if prev is None or nxt is None or prev.tag != "p" or nxt.tag != "p":
            continue
        a, b = where.get(_norm_ws(prev.text_content())), where.get(_norm_ws(nxt.text_content()))
        if a is None or b != a + 1 or b in inserts or clean_text(t) != t:
            continue
        inserts[b] = t
    if not inserts:
        return text
    return "\n".join(x for i, ln in enumerate(lines) for x in ((inserts[i], ln) if i in inserts else (ln,)))


_LEAD_MIN = 1000  # characters of prose before the extracted text worth recovering
_LEAD_SHARE = 0.3  # ... and at least this share of the extracted text
_LEAD_GAP = 3  # short paragraphs (captions, credits) tolerated between two prose paragraphs


def _is_prose_para(t: str, el) -> bool:
    return len(t) >= 60 and bool(_SENTENCE_RE.search(t)) and _link_ratio(el) <= 0.3


def _recover_lead(text: str, have: set[str], items: list[tuple[object, str]]) -> str:
    """Put back the opening paragraphs of a story that trafilatura left before its pick.

    On a page with broken nesting (unclosed tags), the story's first paragraphs sit in one
    container and the rest escape to another (straight under <body>); trafilatura keeps the
    larger part.  When the paragraphs just before the first extracted one are a run of prose
    (short captions between them allowed, no <h1> in between) that is long in itself and next
    to the extracted text, they are the story's lead and are put back in front."""
    first = next((i for i, (el, t) in enumerate(items) if el.tag == "p" and len(t) >= 40 and t in have), None)
    if not first:
        return text
    lead: list[str] = []
    gap = 0
    for el, t in reversed(items[:first]):
        if el.tag == "h1":
            break
        if t in have:
            break
        if _is_prose_para(t, el):
            lead.append(t)
            gap = 0
        elif t:
            gap += 1
            if gap > _LEAD_GAP:
                break
    size = sum(map(len, lead))
    if size < _LEAD_MIN or size < _LEAD_SHARE * len(text):
        return text
    return "\n".join([*reversed(lead), text])


# what a digest line shows of a page's own words, at most (a hostile page's 100,000-character title made each
# digest file 900 KB and the day's mail 4 MB; a real headline is under 150 characters, an outlet under 40)
TITLE_MAX, AUTHOR_MAX, OUTLET_MAX = 300, 200, 100
# elements a page may have: five times the most of the 540 benchmark and archive pages (5,971).  trafilatura's time
# grows faster than the page: a hostile page of 600,000 <span>s (9.6 MB) took 133 s and 1 GB, and 30,000 spans in one
# paragraph take 9 s (trafilatura alone 10 s), 55,000 take 40 s
MAX_ELEMENTS = 30_000
# characters of text a page may show (outside scripts and styles): trafilatura's time grows faster than a paragraph's
# text (29,900 spans of 100 characters in one paragraph, 3 million characters: 18 s in trafilatura alone), and no
# article is a tenth of this long (the 540 benchmark and archive pages' extracted texts are under 60,000)
MAX_TEXT_CHARS = 500_000
_VISIBLE_TEXT = lxml.etree.XPath("//body//text()[not(ancestor::script) and not(ancestor::style)]")
def _shown(value: str | None, limit: int) -> str | None:
    """A title, author or outlet as the digest may show it: folded as the text is (:func:`pipeline.clean.fold_width`:
    no invisible or bidi control characters, full-width letters and numbers half-width, so a title's １８家 is the
    text's 18家), whitespace runs as one space, and at most *limit* characters (cut at a space when one is near,
    marked with …)."""
    if value is None:
        return None
    value = fold_width(value)
    if not value.isprintable():   # (other format characters: U+2061-2064, U+206A-206F, tag characters, U+180E ...)
        value = "".join(c for c in value if c.isspace() or unicodedata.category(c) not in ("Cf", "Cc", "Co", "Cn"))
    value = " ".join(value.split())
    if len(value) <= limit:
        return value
    cut = value[: limit - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit * 0.8 else cut).rstrip() + "…"


def extract_article(
    body: bytes,
    *,
    url: str | None = None,
    headers: Mapping[str, str] | None = None,
    hints: SourceHints | None = None,
    now: datetime | None = None,
) -> ExtractedArticle:
    """Extract and clean one article. Pure: no I/O, no clock (``now`` only bounds dates).

    Raises :class:`ExtractionError` for empty, binary or article-less input, and for anything else a page makes go
    wrong (a fault of one page must never fail the batch: a hostile page's thousand nested JSON-LD arrays, a meta
    date's zone of +9959, raised out of the metadata readers, failed every later refresh, the page left pending)."""
    try:
        return _storable(_extract_article(body, url, headers, hints, now))
    except ExtractionError:
        raise
    except Exception as exc:   # noqa: BLE001 -- (KeyboardInterrupt and SystemExit pass)
        logger.warning("extraction of %s failed unexpectedly", url or "a page", exc_info=True)
        raise ExtractionError(f"extraction failed on this page: {type(exc).__name__}: {first_line(exc)}") from exc


_SURROGATES = re.compile("[\ud800-\udfff]")


def _storable(art: ExtractedArticle) -> ExtractedArticle:
    """*art* with no lone surrogate left in its strings (JSON-LD's "\\ud800" decodes to one; the warehouse refuses
    it, which failed the batch's transaction and every later refresh)."""
    import dataclasses

    changed = {f.name: _SURROGATES.sub("", v) for f in dataclasses.fields(art)
               if isinstance(v := getattr(art, f.name), str) and _SURROGATES.search(v)}
    return dataclasses.replace(art, **changed) if changed else art


def _extract_article(body: bytes, url: str | None, headers: Mapping[str, str] | None, hints: SourceHints | None,
                     now: datetime | None) -> ExtractedArticle:
    if not isinstance(body, (bytes, bytearray)):
        raise ExtractionError(f"body must be bytes, not {type(body).__name__}")
    body = bytes(body)
    if len(body) > MAX_BODY_BYTES:
        raise ExtractionError(f"page too large (over {MAX_BODY_BYTES // 1024 // 1024} MB): not an article page")
    content_type = _header(headers, "content-type")
    _refuse_non_html(body, content_type)
    html, encoding = decode_html(body, content_type, hints.charset if hints else None)
    if "\ufffd" in html[:20000] and html[:20000].count("\ufffd") > 200:
        raise ExtractionError("binary body (undecodable bytes), not an HTML page")
    tree = _parse(html)
    # (a page has no more elements than "<"s: a count in C first, the tree walked only for a page that may be over)
    if html.count("<") > MAX_ELEMENTS and (elements := sum(1 for _ in tree.iter())) > MAX_ELEMENTS:
        raise ExtractionError(f"page has {elements:,} elements (more than {MAX_ELEMENTS:,}): not an article page "
                              "(extracting it would take minutes)")
    if len(html) > MAX_TEXT_CHARS and (chars := sum(map(len, _VISIBLE_TEXT(tree)))) > MAX_TEXT_CHARS:
        raise ExtractionError(f"page has {chars:,} characters of text (more than {MAX_TEXT_CHARS:,}): not an "
                              "article page (extracting it would take minutes)")

    md.settle_wechat(tree, html)
    meta = md._meta_map(tree)
    page_lang = tree.get("lang")  # (the page's own: a body_selector's narrowed copy has none)
    # (a <title> that is only the site's name, as the domain map or the sources file names it, holds no headline)
    title = md.find_title(tree, selector=hints.title_selector if hints else None, meta=meta,
                          sites=(md.domain_outlet(url, load_outlets()), hints.outlet if hints else None))
    # the title as the text's lines are cleaned (its learner's pinyin gone, its numbers half-width): the text's first
    # line is compared with it, and it is what is stored; the page's own words stay for finding its <h1>
    page_title, title = title, clean_title(title)
    head_6k, head_text = md.head_texts(tree, 6000, 3000)   # (the page's top text, read once for both)
    published = md.find_date(tree, url, now=now, selector=hints.date_selector if hints else None, meta=meta,
                             head=head_6k)
    author_hint = md._select_text(tree, hints.author_selector) if hints and hints.author_selector else None
    author_clues = md.author_evidence(tree)  # before pruning removes scripts and furniture
    # one outlet, one name: a WeChat post's account (its publisher: the domain map would make every account
    # 腾讯网), the known-domain map, then the name the sources file gives the source (its title), and only then what
    # the page says of itself (og:site_name, a <title> suffix), which differs from page to page
    outlet = (md.wechat_account(author_clues) or md.domain_outlet(url, load_outlets())
              or (hints.outlet if hints else None) or md.find_outlet(tree, url, meta=meta, title=page_title))

    _unwrap_layout_tables(tree)
    _keep_embedded_tweets(tree)
    _slideshow_captions(tree)
    _unwrap_layout_lists(tree)
    _drop_empty_inline(tree)
    _unwrap_image_links(tree)
    _paragraphise_mixed_divs(tree)
    _paragraphise_wechat_blocks(tree)
    _prune(tree, hints, page_title)
    _story_blocks(_reveal_collapsed(tree))
    _keep_inline_spans(tree)
    selector = hints.body_selector if hints else None
    work = _narrow(tree, selector)
    try:
        headline = _displayed_headline(work)  # (read once: both passes below drop it)
        language, text, raw = _article_text(work, url, title, headline, precision=True, declared_lang=page_lang)
        if len(text) < _MIN_TEXT:
            # precision mode kept nothing but furniture (a one-paragraph flash whose only other
            # block is a disclaimer): the default mode's wider net, cleaned the same way
            try:
                wider = _article_text(work, url, title, headline, precision=False, declared_lang=page_lang)
            except (RecursionError, ValueError, lxml.etree.LxmlError):
                wider = (language, "", raw)  # the page then has no article, as precision mode said
            if len(wider[1]) > len(text):
                language, text, raw = wider
        have, items = _paragraphs(work, text)
        merged = _continue_in_siblings(work, text, have, items)
        if merged is not text:
            have = {_norm_ws(ln) for ln in merged.split("\n") if ln.strip()}
        merged = _recover_lead(merged, have, items)
        if merged is not text:
            text = clean_text(merged, language=language)
        text = _restore_subheadings(work, text)
    except (RecursionError, ValueError, lxml.etree.LxmlError) as exc:
        raise ExtractionError(f"main-text extraction failed: {exc.__class__.__name__}") from exc
    if len(text) < _MIN_TEXT:
        if _at_nesting_limit(tree):
            raise ExtractionError(f"no article text found: the HTML nests deeper than {_MAX_DEPTH} elements, the "
                                  "parser's limit, and what lies deeper is lost")
        raise ExtractionError("no article text found on the page")
    if _no_story(text):
        raise ExtractionError("no article text found on the page: only headlines, dates and labels (a list of other "
                              "pages' headlines, a video or photo page)")
    if title and NOT_FOUND_RE.search(title) and len(text) < _NOT_FOUND_TEXT:
        # a site's "page not found" template answered with 200 (a soft 404): stored, every dead link of a listing was
        # a relevant article (its two lines about the site name 中关村), counted and listed in the digest
        raise ExtractionError(f"no article text found on the page: a 'page not found' page answered 200 ({title!r})")
    if title and "".join(text.split()) in "".join(title.split()):
        # all the text there is, is the title: a page cut short inside its <head> (a server's Content-Length
        # smaller than the page) or one whose body holds nothing else
        raise ExtractionError("no article text found on the page: only its title")
    text = _drop_leading_dates(text)
    author = md.find_author(tree, text, meta=meta, head_text=head_text, selector_text=author_hint, evidence=author_clues,
                            raw_text=raw)
    analysis = md.to_simplified(text) if language == "zh-Hant" else text
    return ExtractedArticle(
        title=_shown(title, TITLE_MAX),
        text=text,
        language=language,
        analysis_text=analysis,
        published_at=published,
        author=_shown(author, AUTHOR_MAX),
        outlet=_shown(outlet, OUTLET_MAX),
        url=url,
        encoding=encoding,
        body_selector_missed=selector if selector and work is tree else None,
    )


_LEADING_DATES = 2  # lines at the top of a text looked at for a date of their own


def _drop_leading_dates(text: str) -> str:
    """*text* without the date lines that open it: a line of nothing but a date and time (``2026/11/24 12:40``,
    ``2026年11月24日 11:05``) among its first lines is the page's date line inside the article block, read as
    ``published_at``, not text.  trafilatura's wider pass, taken for short articles, kept it as their first line
    (a Taiwanese site's ``<div class="date">`` inside ``<article>``).  Left where the rest would be too short to be
    an article, and after ``_no_story``, which counts date lines to tell a list page."""
    lines = text.split("\n", _LEADING_DATES)
    k = 0
    while k < min(_LEADING_DATES, len(lines) - 1) and _DATE_ONLY_LINE.match(lines[k].strip()):
        k += 1
    if not k:
        return text
    rest = "\n".join(lines[k:])
    return rest if len(rest) >= _MIN_TEXT else text


# a wire dateline or "题：" line opens the body even when it repeats the headline
_DATELINE = re.compile(r"[题題]\s*[:：]|^[^，。]{0,20}\d{1,2}日\s*[电電讯訊]")
_SENTENCE_END = re.compile(r"[。！？!?]$|[.]$")


def _headline_variant(line: str, t: str) -> bool:
    """A short line without a sentence end that reads as the headline reworded (a
    sub-headline or the CMS's own title field): most of it matches the title."""
    n = md.compact(line)
    if not n or len(n) > 1.3 * len(t) or (t in n and n != t) or len(line) > 120 or _DATELINE.search(line) or _SENTENCE_END.search(line.strip()):
        return False
    m = difflib.SequenceMatcher(None, n, t, autojunk=False)
    return 2 * sum(b.size for b in m.get_matching_blocks()) / (len(n) + len(t)) >= 0.75


def _repeats(rest: list[str], kept: list[str]) -> bool:
    """The text after a repeated headline is a second copy of the body (mobile and desktop
    versions of one article in one page)."""
    before = md.compact("".join(kept))
    probe = list(itertools.islice((c[:40] for c in map(md.compact, rest) if len(c) >= 20), 3))
    return bool(probe) and all(p in before for p in probe)


def _restated_as_sentence(line: str, title: str) -> bool:
    """The line says the headline as a sentence of the text (with a full stop the headline does not
    have): an essay's closing line that restates its title (豆瓣's 太随便的人，过不好这一生。), not a
    headline that starts another block."""
    return bool(_SENTENCE_END.search(line.strip())) and not _SENTENCE_END.search(title.strip())


_REPEATS_JUDGED = 5


def _drop_leading_title(text: str, title: str, headline: str = "") -> str:
    """Lines repeating the headline are not body text.  Above the body (first third) they
    are dropped (headline, video caption), and so is a reworded headline in the first two
    lines -- a line that reads like the title, or the whole text of the page's first <h1>
    (``headline``, compacted: the displayed headline when the page's title metadata words it
    otherwise); after the body they start another block -- the next article of an endless-scroll
    page, a share box -- so the text is cut there when little text follows or what follows
    repeats the body; otherwise the line is a section heading and stays."""
    t = md.compact(title)
    if len(t) < 4:
        return text
    lines = text.split("\n")
    total = sum(len(ln) for ln in lines) or 1
    kept: list[str] = []
    seen = 0
    judged = 0   # repeats after the body looked at: a few at most on a real page (a hostile one had 40,000)
    for i, line in enumerate(lines):
        if md.compact(line) == t and not _restated_as_sentence(line, title):
            if seen > total / 3 and kept:
                judged += 1
                if judged <= _REPEATS_JUDGED and (total - seen - len(line) <= 0.3 * total
                                                  or _repeats(lines[i + 1:], kept)):
                    break
                kept.append(line)  # a section heading that happens to repeat the title
        elif i < 2 and not kept and len(lines) > 2 and (
                _headline_variant(line, t) or (headline and md.compact(line) == headline)):
            pass
        else:
            kept.append(line)
        seen += len(line)
    return "\n".join(kept) if kept else text
