"""Article metadata from a parsed page: date, author, title, outlet, language.

Pure functions over an lxml tree and strings; no I/O and no clock (``now`` is passed in).
Order of evidence for the publication date: per-source selector, meta tags / JSON-LD /
``<time>``, the URL, labelled or timestamped Chinese date text near the top of the page,
then htmldate.  Dates before 1995 or after ``now`` are rejected.
"""

from __future__ import annotations

import functools
import json
import logging
import re
from datetime import datetime, timedelta, timezone, tzinfo
from typing import Iterable
from urllib.parse import urlsplit

logger = logging.getLogger(__name__)

__all__ = [
    "SHANGHAI",
    "find_date",
    "parse_date",
    "date_from_url",
    "date_from_text",
    "find_author",
    "authors_from_text",
    "split_names",
    "find_title",
    "find_outlet",
    "detect_language",
]


def _shanghai() -> tzinfo:
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo("Asia/Shanghai")
    except Exception:  # pragma: no cover - no tz database on the machine
        return timezone(timedelta(hours=8), "Asia/Shanghai")


SHANGHAI = _shanghai()
MIN_DATE = datetime(1995, 1, 1, tzinfo=SHANGHAI)

# --------------------------------------------------------------------------- dates

_ISO_RE = re.compile(
    r"(?P<y>(?:19|20)\d{2})[-/.年](?P<m>\d{1,2})[-/.月](?P<d>\d{1,2})日?"
    r"(?:[T\s]*(?P<H>\d{1,2})[:：时](?P<M>\d{2})(?:[:：分](?P<S>\d{2}))?(?:\.\d+)?秒?"
    r"\s*(?P<tz>Z|[+-]\d{2}:?\d{2})?)?"
)
_COMPACT_RE = re.compile(r"^(?P<y>(?:19|20)\d{2})(?P<m>\d{2})(?P<d>\d{2})(?:(?P<H>\d{2})(?P<M>\d{2})(?P<S>\d{2})?)?$")


def _build(y, m, d, H=None, M=None, S=None, tz=None) -> datetime | None:
    try:
        zone: tzinfo = SHANGHAI
        if tz:
            if tz == "Z":
                zone = timezone.utc
            else:
                sign = 1 if tz[0] == "+" else -1
                digits = tz[1:].replace(":", "")
                zone = timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:4])))
        return datetime(int(y), int(m), int(d), int(H or 0), int(M or 0), int(S or 0), tzinfo=zone)
    except (ValueError, TypeError):
        return None


def parse_date(value: str | None) -> datetime | None:
    """Parse one date string (ISO 8601, ``2024-03-05 12:23``, ``2024年03月05日``, ``20240305``)."""
    if not value:
        return None
    value = value.strip()
    m = _COMPACT_RE.match(value)
    if m:
        return _build(**m.groupdict())
    m = _ISO_RE.search(value)
    if m:
        return _build(**m.groupdict())
    # RFC 2822 style (English pages): "Tue, 05 Mar 2024 10:00:00 GMT"
    try:
        from email.utils import parsedate_to_datetime

        dt = parsedate_to_datetime(value)
        return dt if dt.tzinfo else dt.replace(tzinfo=SHANGHAI)
    except (TypeError, ValueError, IndexError):
        return None


def _valid(dt: datetime | None, now: datetime | None) -> bool:
    if dt is None:
        return False
    if dt < MIN_DATE:
        return False
    if now is not None:
        ref = now if now.tzinfo else now.replace(tzinfo=SHANGHAI)
        if dt > ref + timedelta(days=1):
            return False
    return True


_URL_DATE_RES = (
    re.compile(r"/t((?:19|20)\d{2})(\d{2})(\d{2})_"),  # gov.cn: /t20240305_123.html
    re.compile(r"/((?:19|20)\d{2})-(\d{1,2})/(\d{1,2})/"),  # news.cn: /2024-03/05/
    re.compile(r"/((?:19|20)\d{2})/(\d{1,2})-(\d{1,2})/"),  # chinanews: /2021/11-29/
    re.compile(r"/((?:19|20)\d{2})/(\d{2})(\d{2})/"),  # people.cn: /2024/0305/
    re.compile(r"/((?:19|20)\d{2})(\d{2})(\d{2})/"),  # /20240305/
    re.compile(r"/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})/"),  # /2024/03/05/
    re.compile(r"[/_-]((?:19|20)\d{2})-(\d{2})-(\d{2})[/_.-]"),  # /2024-03-05-slug
    re.compile(r"/((?:19|20)\d{2})(\d{2})(\d{2})\d{2,}[./_]"),  # /2024030512345.shtml
    re.compile(r"[/_=]((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.]|$)"),  # n_20240305.html
)


def date_from_url(url: str | None) -> datetime | None:
    """Date written into a URL path (``/t20240305_``, ``/2024-03/05/``, ``/2024/0305/``, ...)."""
    if not url:
        return None
    path = urlsplit(url).path + ("?" + urlsplit(url).query if urlsplit(url).query else "")
    for rx in _URL_DATE_RES:
        m = rx.search(path)
        if m:
            dt = _build(*m.groups())
            if dt is not None:
                return dt
    return None


_LABEL_RE = re.compile(
    r"(?:发布时间|發布時間|发布日期|發布日期|发表时间|發表時間|发表日期|更新时间|更新時間|时间|時間|日期|发布于|發布於|发表于|發表於|来源[:：].{0,20}?)\s*[:：]?\s*"
    r"((?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?)"
)
_STAMP_RE = re.compile(r"((?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*\d{1,2}[:：]\d{2}(?::\d{2})?)")
_YMD_RE = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")


def date_from_text(text: str, now: datetime | None = None) -> datetime | None:
    """Date from visible page text: a labelled date (发布时间：…), then the first date with a
    time of day (``2021-01-20 12:23``), then the first ``2024年03月05日``."""
    if not text:
        return None
    for rx in (_LABEL_RE, _STAMP_RE):
        for m in rx.finditer(text):
            dt = parse_date(re.sub(r"\s+", " ", m.group(1)).replace(" 年", "年"))
            if _valid(dt, now):
                return dt
    for m in _YMD_RE.finditer(text):
        dt = _build(*m.groups())
        if _valid(dt, now):
            return dt
    return None


_META_DATE_KEYS = (
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "published_time",
    "publishdate",
    "publish_date",
    "publish-date",
    "pubdate",
    "pubtime",
    "publishtime",
    "publish_time",
    "datepublished",
    "dc.date.issued",
    "dc.date",
    "dcterms.created",
    "dcterms.date",
    "date",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
    "cxenseparse:recs:publishtime",
    "weibo:article:create_at",
    "weibo: article:create_at",
    "firstpublishedtime",
    "createdate",
    "created",
    "article:modified_time",
)


def _meta_map(tree) -> dict[str, str]:
    found: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv") or "").strip().lower()
        content = el.get("content")
        if key and content and key not in found:
            found[key] = content.strip()
    return found


def _jsonld(tree) -> list[dict]:
    out = []
    for el in tree.iter("script"):
        if (el.get("type") or "").lower() != "application/ld+json" or not el.text:
            continue
        try:
            data = json.loads(el.text.strip())
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                out.append(item)
                if "@graph" in item:
                    stack.append(item["@graph"])
    return out


def _head_text(tree, limit: int = 6000) -> str:
    body = tree.find(".//body")
    root = body if body is not None else tree
    parts: list[str] = []
    size = 0
    for t in root.itertext():
        t = t.strip()
        if t:
            parts.append(t)
            size += len(t)
            if size > limit:
                break
    return "\n".join(parts)


def _select_text(tree, selector: str | None) -> str | None:
    if not selector:
        return None
    try:
        els = tree.cssselect(selector)
    except Exception:  # bad selector in a hint: ignore it, say so
        logger.warning("bad CSS selector in source hints: %r", selector)
        return None
    text = " ".join(" ".join(els[0].itertext()).split()) if els else ""
    return text or None


def find_date(
    tree,
    url: str | None = None,
    *,
    now: datetime | None = None,
    selector: str | None = None,
    meta: dict[str, str] | None = None,
    use_htmldate: bool = True,
) -> datetime | None:
    """Publication date of a page (timezone-aware; Asia/Shanghai when the page gives no zone)."""
    sel = _select_text(tree, selector)
    if sel:
        dt = parse_date(sel) or date_from_text(sel, now)
        if _valid(dt, now):
            return dt
    meta = _meta_map(tree) if meta is None else meta
    for key in _META_DATE_KEYS:
        dt = parse_date(meta.get(key))
        if _valid(dt, now):
            return dt
    for item in _jsonld(tree):
        dt = parse_date(str(item.get("datePublished") or item.get("dateCreated") or ""))
        if _valid(dt, now):
            return dt
    for el in tree.iter("time"):
        dt = parse_date(el.get("datetime") or el.text_content())
        if _valid(dt, now):
            return dt
    from_url = date_from_url(url)
    if _valid(from_url, now):
        # The URL gives the day; the page text often gives the time of that day.
        dt = date_from_text(_head_text(tree), now)
        if dt is not None and dt.date() == from_url.date():
            return dt
        return from_url
    dt = date_from_text(_head_text(tree), now)
    if dt is not None:
        return dt
    if use_htmldate:
        try:
            import htmldate

            found = htmldate.find_date(
                tree, extensive_search=False, original_date=True, url=url,
                max_date=now.strftime("%Y-%m-%d") if now else None,
            )
        except Exception:  # htmldate is a best-effort fallback
            found = None
        dt = parse_date(found)
        if _valid(dt, now):
            return dt
    return None


# --------------------------------------------------------------------------- authors

_NAME = r"[\u4e00-\u9fff·]{2,5}"
_SP = r"[ \t\u3000]"
_NAMES = rf"{_NAME}(?:{_SP}*[、，,／/ \t\u3000]{_SP}*{_NAME})*"
_NAME_END = r"(?=\s|$|[，,。；;）)】\]]|来源|來源|报道|報道|摄|攝)"
_BYLINE_RES = (
    # (记者 陈杭) / （记者张三、李四） / (记者 王五 通讯员 赵六)
    re.compile(rf"[(（【\[]\s*(?:本报|本台|新华社|中新社|央视)?(?:记者|記者|通讯员|通訊員|作者|文|撰文|文字)\s*[:：/／]?\s*({_NAMES})"),
    # (总台央视记者 奚丹霓 张赛): any short newsroom name before 记者 inside brackets
    re.compile(rf"[(（【\[]\s*[\u4e00-\u9fff·]{{2,8}}?(?:记者|記者)\s*[:：]?\s*({_NAMES}){_NAME_END}"),
    # 本报记者 张三 / 新华社记者 张三 at line start
    re.compile(rf"(?:^|\n)\s*(?:本报|本台|本刊|新华社|新華社|中新社|中新網|中新网|人民网|光明网|光明日报)?(?:特约)?(?:记者|記者)\s*[:：]?\s+({_NAMES})"),
    # 新华社记者邹多为、唐诗凝 / 中青报·中青网记者 魏其濛 来源：… -- a line that starts with
    # a short newsroom name and 记者; the names must end at a delimiter
    re.compile(rf"(?:^|\n)\s*[\u4e00-\u9fff·]{{0,10}}?(?:记者|記者)\s*[:：]?\s*({_NAMES}){_NAME_END}"),
    re.compile(rf"(?:^|\n|\s)(?:作者|作\s+者|撰文|文字|作者署名)\s*[:：|丨]\s*({_NAMES})"),
    re.compile(rf"(?:^|\n|\s)文\s*[/／|丨]\s*({_NAMES})"),
    re.compile(rf"(?:^|\n|\s|电|電)\s*(?:记者|記者)\s*[:：]\s*({_NAMES})"),
    re.compile(rf"(?:^|\n|\s)(?:通讯员|通訊員)\s*[:：]?\s*({_NAMES})"),
)
_EN_BYLINE_RE = re.compile(r"(?:^|\n)[ \t]*By[ \t]+([A-Z][\w.'-]+(?:[ \t]+[A-Z][\w.'-]+){0,3}(?:[ \t]*(?:,|and|&)[ \t]*[A-Z][\w.'-]+(?:[ \t]+[A-Z][\w.'-]+){0,3})*)")
# Words that end a name run: the byline keywords and common verbs/places that follow them.
_STOP_SUFFIX_RE = re.compile(r"(通讯员|通訊員|记者|記者|报道|報道|摄影|攝影|摄|攝|编辑|編輯|责编|实习生|實習生|发自|發自|电|電|讯|訊|北京|上海|综合|整理|翻译|来源).*$")
_NOT_NAMES = {
    "新华社", "新華社", "中新社", "中新网", "人民网", "光明网", "新华网", "本报", "本台", "本网", "编辑", "责任编辑",
    "记者", "通讯员", "作者", "来源", "获悉", "了解", "采访", "日前", "近日", "表示", "今天", "昨天", "从", "在",
}
_VERBISH = re.compile(r"(从|在|了|获悉|来到|走进|看到|注意|采访|发现|表示|介绍|了解|调查|日前|近日|今天|昨天|近期|跟随|随同)")


def split_names(raw: str) -> list[str]:
    """Split a run of names on 、 , / and spaces; drop byline words and non-names."""
    names = []
    for part in re.split(r"[、，,／/;；\s]+", raw.strip()):
        part = _STOP_SUFFIX_RE.sub("", part).strip("·")
        if not part or part in _NOT_NAMES or len(part) < 2 or len(part) > 5 or _VERBISH.search(part):
            continue
        if part not in names:
            names.append(part)
    return names


def authors_from_text(text: str) -> list[str]:
    """Names from Chinese bylines (记者 …, 作者：…, 文/…, 通讯员 …) or an English "By …" line."""
    if not text:
        return []
    names: list[str] = []
    for rx in _BYLINE_RES:
        for m in rx.finditer(text):
            for n in split_names(m.group(1)):
                if n not in names:
                    names.append(n)
        if names:
            return names
    m = _EN_BYLINE_RE.search(text[:3000])
    if m:
        return [n.strip() for n in re.split(r"\s*(?:,|\band\b|&)\s*", m.group(1)) if n.strip()]
    return []


_OUTLETISH = re.compile(r"(网|網|报|報|社|台|新闻|新聞|频道|頻道|\.com|\.cn|www\.|http|编辑部|官方|中心)$|^(admin|editor|staff|unknown)$", re.I)


def find_author(
    tree,
    text: str,
    *,
    selector: str | None = None,
    meta: dict[str, str] | None = None,
    head_text: str | None = None,
    selector_text: str | None = None,
) -> str | None:
    """Author names joined by 、 (Chinese) or ", " (Latin): hint selector, bylines in the
    article text, bylines near the top of the page, then meta / JSON-LD author."""
    sel = selector_text or _select_text(tree, selector)
    if sel:
        names = authors_from_text(sel) or split_names(sel)
        if names:
            return _join(names)
    head = text[:400] + "\n" + text[-300:] if text else ""
    names = authors_from_text(head)
    if not names:
        names = authors_from_text(head_text if head_text is not None else _head_text(tree, 3000))
    if names:
        return _join(names)
    meta = _meta_map(tree) if meta is None else meta
    candidates: list[str] = []
    for key in ("author", "article:author", "dc.creator", "byl", "sailthru.author", "parsely-author", "twitter:creator"):
        if meta.get(key):
            candidates.append(meta[key])
    for item in _jsonld(tree):
        a = item.get("author")
        for one in a if isinstance(a, list) else [a]:
            if isinstance(one, dict) and one.get("name"):
                candidates.append(str(one["name"]))
            elif isinstance(one, str):
                candidates.append(one)
    for c in candidates:
        c = re.sub(r"^(by|作者[:：]?|记者[:：]?)\s*", "", c.strip(), flags=re.I)
        if not c or c.startswith("http") or _OUTLETISH.search(c) or len(c) > 80:
            continue
        return c
    return None


def _join(names: Iterable[str]) -> str:
    names = list(names)
    if all(re.fullmatch(r"[\u4e00-\u9fff·]+", n) for n in names):
        return "、".join(names)
    return ", ".join(names)


# --------------------------------------------------------------------------- title, outlet

_TITLE_SEP_RE = re.compile(r"\s*(?:_|\||｜|—+|--|-\s| -|::|·\s|»)\s*")


def find_title(tree, *, selector: str | None = None, meta: dict[str, str] | None = None) -> str | None:
    """Headline: hint selector, og:title, an <h1> matching the <title>, the <title> less its
    site suffix."""
    sel = _select_text(tree, selector)
    if sel:
        return sel
    meta = _meta_map(tree) if meta is None else meta
    raw_title = ""
    t = tree.find(".//title")
    if t is not None:
        raw_title = " ".join(t.text_content().split())
    h1s = [" ".join(h.text_content().split()) for h in tree.iter("h1")]
    h1s = [h for h in h1s if 4 <= len(h) <= 200]
    for key in ("og:title", "twitter:title", "title", "headline", "articletitle"):
        v = meta.get(key)
        if v and len(v.strip()) >= 2:
            return _strip_site(" ".join(v.split()))
    for h in h1s:
        if raw_title and (h in raw_title or raw_title in h):
            return h
    if raw_title:
        return _strip_site(raw_title)
    return h1s[0] if h1s else None


def _strip_site(title: str) -> str:
    parts = [p for p in _TITLE_SEP_RE.split(title) if p]
    if len(parts) > 1:
        longest = max(parts, key=len)
        # keep the headline: the first part unless a later one is clearly longer
        first = parts[0]
        return first if len(first) >= 0.6 * len(longest) else longest
    return title


def find_outlet(
    tree,
    url: str | None = None,
    *,
    meta: dict[str, str] | None = None,
    domains: dict[str, str] | None = None,
) -> str | None:
    """Site name: og:site_name / application-name, the known-domain map, the <title> suffix."""
    meta = _meta_map(tree) if meta is None else meta
    for key in ("og:site_name", "application-name", "publisher", "twitter:site", "sitename", "site_name"):
        v = meta.get(key)
        if v and not v.startswith(("http", "@")) and len(v) <= 40:
            return v.strip()
    host = (urlsplit(url).hostname or "").lower() if url else ""
    if host and domains:
        parts = host.split(".")
        for i in range(len(parts) - 1):
            name = domains.get(".".join(parts[i:]))
            if name:
                return name
    t = tree.find(".//title")
    if t is not None:
        parts = [p for p in _TITLE_SEP_RE.split(" ".join(t.text_content().split())) if p]
        if len(parts) > 1 and len(parts[-1]) <= 20:
            return parts[-1]
    return None


# --------------------------------------------------------------------------- language

_HAN_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_KANA_RE = re.compile(r"[\u3040-\u30ff]")
_HANGUL_RE = re.compile(r"[\uac00-\ud7af]")
_LATIN_RE = re.compile(r"[A-Za-z]")
_EN_WORDS = re.compile(r"\b(the|and|of|to|in|is|that|for|with|on|was|said)\b", re.I)


def detect_language(text: str) -> str:
    """``zh-Hans``, ``zh-Hant``, ``en`` or ``und`` from character statistics.

    Chinese when Han characters are at least a fifth of the letters; traditional when more
    of a sample changes under OpenCC t2s (traditional-only characters) than under s2t.
    """
    sample = text[:5000]
    han = len(_HAN_RE.findall(sample))
    kana = len(_KANA_RE.findall(sample))
    hangul = len(_HANGUL_RE.findall(sample))
    latin = len(_LATIN_RE.findall(sample))
    if kana > 0.05 * (han + kana) and kana > 10 or hangul > han:
        return "und"
    if han and han * 5 >= latin:  # a Han character carries about a word's worth of letters
        return _script(sample)
    words = len(re.findall(r"[A-Za-z]+", sample))
    if latin and words >= 3 and len(_EN_WORDS.findall(sample)) >= max(1, words // 25):
        return "en"
    return "und"


@functools.lru_cache(maxsize=2)
def _converter(config: str):
    import opencc

    return opencc.OpenCC(config)


def _script(sample: str) -> str:
    chars = "".join(_HAN_RE.findall(sample))[:1500]
    trad = sum(a != b for a, b in zip(chars, _converter("t2s").convert(chars)))
    simp = sum(a != b for a, b in zip(chars, _converter("s2t").convert(chars)))
    return "zh-Hant" if trad > simp else "zh-Hans"


def to_simplified(text: str) -> str:
    """OpenCC t2s conversion (traditional -> simplified)."""
    return _converter("t2s").convert(text)
