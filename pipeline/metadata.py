"""Article metadata from a parsed page: date, author, title, outlet, language.

Pure functions over an lxml tree and strings; no I/O and no clock (``now`` is passed in).
Order of evidence for the publication date: per-source selector, meta tags / JSON-LD /
``<time>``, the URL, labelled or timestamped Chinese date text near the top of the page,
then htmldate.  Dates before 1995 or after ``now`` are rejected (no ``now``, no upper bound).

:func:`author_evidence` gathers what the untouched page says about its author (JSON-LD
authors, byline markup, byline lines, 责任编辑 names); extract calls it before it prunes
``<script>`` and furniture, and hands the result to :func:`find_author`.
"""

from __future__ import annotations

import functools
import json
import logging
import re
import weakref
from datetime import date, datetime, timedelta, timezone, tzinfo
from typing import Iterable
from urllib.parse import urlsplit

import lxml.etree

from pipeline.clean import fold_width
from pipeline.decode import NOT_HAN_RUN

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
    "author_evidence",
    "opencc_char_table",
    "compact",
]


def _shanghai() -> tzinfo:
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo("Asia/Shanghai")
    except Exception:  # pragma: no cover - no tz database on the machine
        return timezone(timedelta(hours=8), "Asia/Shanghai")


SHANGHAI = _shanghai()


def beijing_today() -> date:
    """Today on the partitions' calendar (Beijing), whatever the machine's time zone."""
    return datetime.now(SHANGHAI).date()


# a live crawl started this long after its day ended in Beijing is still that day's own refresh, not a backfill (one
# of "today" started at 23:59, or queued past midnight behind a lock or another run); refreshed_days says the same
BACKFILL_GRACE = timedelta(hours=6)


def is_backfill(day: date, started: datetime | None = None) -> bool:
    """Whether a live crawl for *day* that starts at *started* (now) reads the sites after the day, as a backfill."""
    started = (started or datetime.now(SHANGHAI)).astimezone(SHANGHAI)
    return started.replace(tzinfo=None) >= datetime.combine(day, datetime.min.time()) + timedelta(days=1) + BACKFILL_GRACE


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


# English dates with the month's name (a <time> element's text, a source's date selector): "November 5, 2024
# 3:05 PM HKT", "Nov. 5, 2024 at 3:05 pm", "Tuesday, 5 November 2024, 15:05 GMT", "10:30pm HKT, 5 Nov 2024";
# the time of day (already 24-hour) and its zone may come before or after the date
_MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
_MONTH = r"(?P<mon>jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?"
_EN_DATE_RE = re.compile(
    rf"(?<![a-z]){_MONTH}\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>(?:19|20)\d{{2}})(?!\d)"
    rf"|(?<!\d)(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH.replace('mon', 'mon2')}\s*,?\s+(?P<y2>(?:19|20)\d{{2}})(?!\d)",
    re.I)
_EN_TIME_RE = re.compile(r"(?<![\d:])(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?(?![\d:])"
                         r"(?:\s*\(?(?P<zone>[A-Z]{2,4}T?|GMT|UTC|[+-]\d{4}|Beijing time)\b\)?)?")
# zone abbreviations English news pages print; an ambiguous one (CST: China's or the US Central) is not read
_EN_ZONES = {"HKT": 8, "SGT": 8, "BJT": 8, "BEIJING TIME": 8, "AWST": 8, "PHT": 8, "MYT": 8, "JST": 9, "KST": 9,
             "AEST": 10, "AEDT": 11, "GMT": 0, "UTC": 0, "UT": 0, "BST": 1, "CET": 1, "CEST": 2, "EST": -5,
             "EDT": -4, "PST": -8, "PDT": -7}
_EN_ZONE_NAMES = {"ET": "America/New_York", "PT": "America/Los_Angeles"}


def _english_date(value: str) -> datetime | None:
    """A date written with its month's name, with the time of day and the zone abbreviation written near it (12-hour
    times read as 24-hour ones); None when *value* holds no such date."""
    m = _EN_DATE_RE.search(value)
    if m is None:
        return None
    mon = (m.group("mon") or m.group("mon2")).lower()[:3]
    day, year = m.group("d1") or m.group("d2"), m.group("y1") or m.group("y2")
    rest = value[:m.start()] + " " + value[m.end():]
    if ":" in rest:
        rest = _HALF_DAY_EN_RE.sub(lambda h: _to_24(h.group(1), h.group(2), h.group(3).lower() + "m"), rest)
    t = _EN_TIME_RE.search(rest)
    try:
        dt = datetime(int(year), _MONTHS[mon], int(day), *(int(t.group(k) or 0) for k in "HMS") if t else ())
    except ValueError:
        return None
    zone = (t.group("zone") or "").upper() if t else ""
    if zone[:1] in "+-" and zone:
        sign = 1 if zone[0] == "+" else -1
        try:   # (+9959 is no zone: the day stands, read as Beijing's)
            return dt.replace(tzinfo=timezone(sign * timedelta(hours=int(zone[1:3]), minutes=int(zone[3:5]))))
        except ValueError:
            return dt.replace(tzinfo=SHANGHAI)
    if zone in _EN_ZONES:
        return dt.replace(tzinfo=timezone(timedelta(hours=_EN_ZONES[zone])))
    if zone in _EN_ZONE_NAMES:
        from zoneinfo import ZoneInfo

        return dt.replace(tzinfo=ZoneInfo(_EN_ZONE_NAMES[zone]))
    return dt.replace(tzinfo=SHANGHAI)


def parse_date(value: str | None) -> datetime | None:
    """Parse one date string (ISO 8601, ``2024-03-05 12:23``, ``2024年03月05日``, ``20240305``, an English date with
    its month's name and a zone abbreviation, RFC 2822)."""
    if not value:
        return None
    value = value.strip()
    m = _COMPACT_RE.match(value)
    if m:
        return _build(**m.groupdict())
    m = _ISO_RE.search(value)
    if m:
        if m.group("H") is None and ("午" in value or "晚上" in value or "凌晨" in value):
            # 2024年11月5日 下午3:05: the time after the date, as the page text rules read it
            m = _ISO_RE.search(_date_text(value)) or m
        return _build(**m.groupdict())
    if dt := _english_date(value):
        return dt
    # RFC 2822 style (English pages): "Tue, 05 Mar 2024 10:00:00 GMT"
    try:
        from email.utils import parsedate_to_datetime

        dt = parsedate_to_datetime(value)
        if dt.tzinfo is None and re.search(r"-0000\s*$", value):  # RFC 2822's "UTC, local zone unknown"
            return dt.replace(tzinfo=timezone.utc)
        return dt if dt.tzinfo else dt.replace(tzinfo=SHANGHAI)
    except (TypeError, ValueError, IndexError):
        return None


FUTURE_SLACK = timedelta(hours=3)


def _valid(dt: datetime | None, now: datetime | None) -> bool:
    if dt is None:
        return False
    try:  # a date at the calendar's edge (31 Dec 9999 at -14:00) overflows when compared or moved to Beijing
        return _in_range(dt, now)
    except OverflowError:
        return False


def _in_range(dt: datetime, now: datetime | None) -> bool:
    if dt < MIN_DATE:
        return False
    if now is not None:
        ref = now if now.tzinfo else now.replace(tzinfo=SHANGHAI)
        local = dt.astimezone(SHANGHAI)
        if (local.hour, local.minute, local.second) == (0, 0, 0):  # a day alone: not after today in Beijing
            return local.date() <= ref.astimezone(SHANGHAI).date()
        # a time: a few hours of slack for a clock ahead or a page of a zone east of Beijing written without its
        # offset (read as Beijing time); later than that it is a parse error or a scheduled page, not a date
        if dt > ref + FUTURE_SLACK:
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
    r"(?:(?:发布时间|發布時間|发布日期|發布日期|发表时间|發表時間|发表日期|更新时间|更新時間|发布于|發布於|发表于|發表於)\s*[:：]?"
    r"|(?:时间|時間|日期)\s*[:：]|来源[:：].{0,20}?)\s*"  # a bare 时间 needs its colon: 北京时间2021年… is a time zone
    r"((?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?)"
)
_STAMP_RE = re.compile(r"((?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*\d{1,2}[:：]\d{2}(?::\d{2})?)")
_YMD_RE = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
# a calendar-leaf date: the day on a line of its own, then the year and month (government CMS
# templates: <div class="day">21</div><div class="year">2024年02月</div>)
_LEAF_RE = re.compile(r"(?:^|\n)(\d{1,2})\n((?:19|20)\d{2})\s*[年/.-]\s*(\d{1,2})\s*月?(?=\n|$)")


# a two-digit-year stamp on a line of its own, its time of day on the same or the next line: Baidu's
# 百家号 (baijiahao) template writes <span class="date">18-08-01</span><span class="time">10:07</span>,
# year first as Chinese dates are; read only on pages with Chinese text
_SHORT_STAMP_RE = re.compile(r"(?:^|\n)(\d{2})-(\d{2})-(\d{2})[ \t]*\n?[ \t]*(\d{1,2}):(\d{2})(?=\s|$)")
# a date with no time, alone on its line under the headline (CBNData: <div>2019.05.22</div>): one of the
# full dates, the first of which in the page wins (after any stamp with a time of day)
_DATE_LINE_RE = re.compile(r"(?:^|\n)((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?=\n|$)")

_URL_LAG_DAYS = 3


def _first_date(rx: re.Pattern, text: str, now: datetime | None) -> datetime | None:
    """The first valid date a pattern's group 1 gives in ``text``."""
    for m in rx.finditer(text or ""):
        dt = parse_date(re.sub(r"\s+", " ", m.group(1)).replace(" 年", "年"))
        if _valid(dt, now):
            return dt
    return None


# Taiwan's 民國 (ROC) years: year 1 is 1912. Read where the form leaves no doubt: after 民國/中華民國, a
# three-digit year (100-149: 2011-2060) with its month and day in characters, or written with slashes and
# followed by a time of day (UDN, government notices: 113/02/29 14:30)
_ROC_NAMED_RE = re.compile(r"(?:中華民國|中华民国|民國|民国)\s*(\d{2,3})\s*年")
_ROC_YMD_RE = re.compile(r"(?<![\d年./-])(1[0-4]\d)(\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)")
_ROC_STAMP_RE = re.compile(r"(?<![\d./-])(1[0-4]\d)/(\d{1,2})/(\d{1,2})(?=\s+\d{1,2}:\d{2})")


# characters only traditional script writes (their simplified forms differ): a page with a few of them is a
# Taiwanese / Hong Kong page, where a bare three-digit year is a 民國 year
_TRADITIONAL_ONLY = re.compile("[們這個來時發經說對與區將會動開關後實點過還進國際產業學術園機構計畫務電業記報導]")


def roc_to_gregorian(text: str) -> str:
    """*text* with its unmistakable 民國 dates written with Gregorian years (``113年2月29日`` ->
    ``2024年2月29日``), so that the date rules read them; the bare forms only in traditional-script text."""
    if "年" not in text and "/" not in text:
        return text
    text = _ROC_NAMED_RE.sub(lambda m: f"{int(m.group(1)) + 1911}年", text)
    if len(_TRADITIONAL_ONLY.findall(text, 0, 4000)) < 3:  # a mainland page: 成立100年3月1日 is no date
        return text
    text = _ROC_YMD_RE.sub(lambda m: f"{int(m.group(1)) + 1911}{m.group(2)}", text)
    return _ROC_STAMP_RE.sub(lambda m: f"{int(m.group(1)) + 1911}/{m.group(2)}/{m.group(3)}", text)


# a 12-hour time of day after a date: 下午3:05 (Hong Kong, Taiwan), 3:05 PM, 6:30pm
_HALF_DAY_ZH_RE = re.compile(r"(?<=[\d日\s])(上午|中午|下午|晚上|凌晨)\s*(\d{1,2})[:：](\d{2})")
# the day of the week between a date and its time: 2026年11月23日 星期一 下午3:05
_WEEKDAY_RE = re.compile(r"(?<=日)\s*[(（]?(?:星期|週|周|禮拜|礼拜)[一二三四五六日天][)）]?(?=\s*(?:上午|中午|下午|晚上|凌晨)?\s*\d{1,2}[:：]\d{2})")
_HALF_DAY_ZH = {"上午": "am", "凌晨": "am", "中午": "noon", "下午": "pm", "晚上": "pm"}
_HALF_DAY_EN_RE = re.compile(r"(?<![\d:])(\d{1,2}):(\d{2})\s*([ap])\.?m\.?(?![a-z])", re.I)


def _to_24(hour: str, minute: str, half: str) -> str:
    """A 12-hour time as a 24-hour one; *half* is ``am``, ``pm`` or ``noon`` (中午: 12:30 and 1:30 are both after noon)."""
    h = int(hour)
    if h <= 12:
        h = h if half == "noon" and h >= 11 else h % 12 + (0 if half == "am" else 12)
    return f"{h:02d}:{minute}"  # (a time already in 24 hours, 下午15:05, stays)


# a full-width digit: Hong Kong and Taiwan pages write dates so (２０２６年１１月２４日 １１:０５)
_WIDE_DIGIT = re.compile("[\uff10-\uff19]")


def _date_text(text: str) -> str:
    """Page text as the date rules read it: full-width digits and the signs between them half-width, as the stored
    text has them (pipeline.clean.fold_width; the rules' year pattern is ASCII, so ２０２６年… was no date at all),
    民國 years as Gregorian ones, 12-hour times of day as 24-hour ones, no day of the week between a date and its
    time."""
    if _WIDE_DIGIT.search(text):
        text = fold_width(text)
    text = roc_to_gregorian(text)
    if "星期" in text or "週" in text or "周" in text or "禮拜" in text or "礼拜" in text:
        text = _WEEKDAY_RE.sub(" ", text)
    if "午" in text or "晚上" in text or "凌晨" in text:
        text = _HALF_DAY_ZH_RE.sub(lambda m: " " + _to_24(m.group(2), m.group(3), _HALF_DAY_ZH[m.group(1)]), text)
    if ":" in text:
        text = _HALF_DAY_EN_RE.sub(lambda m: _to_24(m.group(1), m.group(2), m.group(3).lower() + "m"), text)
    return text


def date_from_text(text: str, now: datetime | None = None) -> datetime | None:
    """Date from visible page text: a labelled date (发布时间：…), then the first date with a
    time of day (``2021-01-20 12:23``), then the first full date (``2024年03月05日``, a calendar
    leaf, ``2019.05.22`` alone on its line), then a two-digit-year stamp (``18-08-01 10:07``).
    民國 years are read as their Gregorian ones, 12-hour times as 24-hour ones."""
    if not text:
        return None
    text = _date_text(text)
    return _first_date(_LABEL_RE, text, now) or _english_labelled(text, now) or _unlabelled_date(text, now)


# an English page's own label before its date and time ("Published: Nov 15, 2026 09:05 PM", "Updated on 3 March 2024,
# 10:12 GMT"): read with its time of day and zone, so a date-only tag of the same day takes the time it prints
_EN_LABEL_RE = re.compile(r"\b(?:published|posted|updated|last updated)\s*(?:on|at)?\s*[:：]?\s*"
                          r"(.{6,24}?\b(?:19|20)\d{2}\b(?:,?\s*(?:at\s*)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?"
                          r"(?:\s*\(?(?:[A-Z]{2,4}T?|GMT|UTC|[+-]\d{4})\)?)?)?)", re.I)


def _english_labelled(text: str, now: datetime | None) -> datetime | None:
    for m in _EN_LABEL_RE.finditer(text[:20000]):
        dt = _english_date(m.group(1))
        if dt is not None and _valid(dt, now):
            return dt
    return None


def _unlabelled_date(text: str, now: datetime | None) -> datetime | None:
    """``date_from_text`` after the labelled dates: the first stamp with a time of day, then the
    first full, calendar-leaf or date-only-line date."""
    dt = _first_date(_STAMP_RE, text, now)
    if dt is not None:
        return dt
    found = [(m.start(), m.groups()) for m in _YMD_RE.finditer(text)]
    found += [(m.start(), (m.group(2), m.group(3), m.group(1))) for m in _LEAF_RE.finditer(text)]
    found += [(m.start(), m.groups()) for m in _DATE_LINE_RE.finditer(text)]
    for _, ymd in sorted(found):
        dt = _build(*ymd)
        if _valid(dt, now):
            return dt
    if _HAN_RE.search(text):
        for m in _SHORT_STAMP_RE.finditer(text):
            dt = _build(2000 + int(m.group(1)), m.group(2), m.group(3), m.group(4), m.group(5))
            if _valid(dt, now):
                return dt
    return None


# a time element's machine-readable creation stamp in a data attribute, seconds or milliseconds since
# 1970 (雪球: <a class="time" data-created_at="1558005120000">发布于05-16 19:12</a>, the visible text
# without its year); the first one of the page, on an element whose class names a time or date
_EPOCH_ATTRS = ("data-created_at", "data-created-at", "data-publish-time", "data-pubtime", "data-timestamp")
_EPOCH_ELEMENTS = lxml.etree.XPath(" | ".join(f"//*[@{a}]" for a in _EPOCH_ATTRS))
_EPOCH_RE = re.compile(r"^\d{10}(?:\d{3})?$")
_TIME_CLASS = re.compile(r"time|date", re.I)


def _epoch_attribute_date(tree) -> datetime | None:
    for el in _EPOCH_ELEMENTS(tree):
        if not _TIME_CLASS.search(el.get("class") or ""):
            continue
        raw = next((el.get(a).strip() for a in _EPOCH_ATTRS if el.get(a)), "")
        if _EPOCH_RE.match(raw):
            secs = int(raw) / (1000 if len(raw) == 13 else 1)
            return datetime.fromtimestamp(secs, tz=timezone.utc).astimezone(SHANGHAI)
        return None
    return None


_WECHAT_CT = re.compile(r'\bvar\s+ct\s*=\s*"(\d{10})"')
# a WeChat (公众号) article: its body is #js_content / .rich_media_content
_WECHAT_BODY = lxml.etree.XPath(
    "//*[@id='js_content' or contains(concat(' ', normalize-space(@class), ' '), ' rich_media_content ')][1]")


_WECHAT_SEEN: "weakref.WeakKeyDictionary[object, bool]" = weakref.WeakKeyDictionary()


def settle_wechat(tree, html: str) -> None:
    """Remember that the page parsed as *tree* is no WeChat article when its source *html* names neither of the
    body's markers (the string test is done in C; the page-wide XPath below costs half a millisecond a page)."""
    if "js_content" not in html and "rich_media_content" not in html:
        try:
            _WECHAT_SEEN[tree] = False
        except TypeError:
            pass


def _is_wechat_article(tree) -> bool:
    """(The answer is remembered for the tree: the date and the author both ask, and the test
    walks the whole page.)"""
    try:
        return _WECHAT_SEEN[tree]
    except (KeyError, TypeError):
        pass
    hit = bool(_WECHAT_BODY(tree))
    try:
        _WECHAT_SEEN[tree] = hit
    except TypeError:
        pass
    return hit


def _wechat_date(tree) -> datetime | None:
    """A WeChat article shows only 昨天 / 前天 as its date; the page's script keeps the publication
    time as a Unix timestamp (``var ct = "1581418070"``)."""
    if not _is_wechat_article(tree):
        return None
    for el in tree.iter("script"):
        m = _WECHAT_CT.search(el.text or "")
        if m:
            return datetime.fromtimestamp(int(m.group(1)), SHANGHAI)
    return None


_META_MODIFIED_KEYS = ("datemodified", "dateupdate", "article:modified_time", "og:updated_time", "last-modified")
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
        except (ValueError, RecursionError):   # (a thousand nested arrays is no metadata)
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


# the page's visible text: not the code of scripts and styles (a script's crawl-time clock,
# "time":"2020-02-29 21:09:55", is not the page's date)
_INVISIBLE = frozenset(("script", "style", "noscript"))


def _visible_text(root):
    """Text runs of ``root`` in document order, without the content of scripts, styles and
    comments; a generator, so a caller that has read enough stops the walk."""
    skip = 0
    for event, el in lxml.etree.iterwalk(root, events=("start", "end")):
        hidden = not isinstance(el.tag, str) or el.tag in _INVISIBLE
        if event == "start":
            if hidden:
                skip += 1
            elif not skip and el.text:
                yield el.text
        else:
            if hidden:
                skip -= 1
            if not skip and el.tail and el is not root:
                yield el.tail


def _head_parts(tree, limit: int = 6000) -> list[str]:
    """The page's visible text pieces from the top of its body, until they pass *limit* characters."""
    body = tree.find(".//body")
    root = body if body is not None else tree
    parts: list[str] = []
    size = 0
    for t in _visible_text(root):
        t = t.strip()
        if t:
            parts.append(t)
            size += len(t)
            if size > limit:
                break
    return parts


def head_texts(tree, *limits: int) -> tuple[str, ...]:
    """``_head_text(tree, limit)`` for each of *limits*, the page read once (the extraction needs two)."""
    parts = _head_parts(tree, max(limits))
    out = []
    for limit in limits:
        size, k = 0, 0
        while k < len(parts) and size <= limit:
            size += len(parts[k])
            k += 1
        out.append("\n".join(parts[:k]))
    return tuple(out)


def _head_text(tree, limit: int = 6000) -> str:
    return "\n".join(_head_parts(tree, limit))


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


def _with_time(dt: datetime, tree, now: datetime | None, head: str | None = None) -> datetime:
    """A date given without its time (a date-only meta tag: midnight) takes the time the page prints for that same
    day (光明网: <meta name="publishdate" content="2021-01-20"> over "2021-01-20 12:23"), as the URL's day does."""
    if (dt.hour, dt.minute, dt.second, dt.microsecond) != (0, 0, 0, 0):
        return dt
    head = _date_text(_head_text(tree) if head is None else head)
    shown = _first_date(_LABEL_RE, head, now) or _unlabelled_date(head, now)
    if shown is not None and shown.date() == dt.date() and (shown.hour, shown.minute) != (0, 0):
        return shown
    return dt


def find_date(
    tree,
    url: str | None = None,
    *,
    now: datetime | None = None,
    selector: str | None = None,
    meta: dict[str, str] | None = None,
    use_htmldate: bool = True,
    head: str | None = None,
) -> datetime | None:
    """Publication date of a page (timezone-aware; Asia/Shanghai when the page gives no zone); *head*: the page's
    ``_head_text``, when the caller has it (else read only when a step needs it)."""
    sel = _select_text(tree, selector)
    if sel:
        dt = parse_date(sel) or date_from_text(sel, now)
        if _valid(dt, now):
            return dt
    meta = _meta_map(tree) if meta is None else meta
    for key in _META_DATE_KEYS:
        dt = parse_date(meta.get(key))
        if _valid(dt, now):
            return _with_time(dt, tree, now, head)
    for item in _jsonld(tree):
        # (pubDate: Baidu's "cambrian" JSON-LD, which Chinese sites publish for its search: "@context":
        # "https://zhanzhang.baidu.com/contexts/cambrian.jsonld", "pubDate": "2019-09-05T11:10:52")
        dt = parse_date(str(item.get("datePublished") or item.get("dateCreated") or item.get("pubDate") or ""))
        if _valid(dt, now):
            return _with_time(dt, tree, now, head)
    for el in tree.iter("time"):
        dt = parse_date(el.get("datetime") or el.text_content())
        if _valid(dt, now):
            return _with_time(dt, tree, now, head)
    dt = _wechat_date(tree)
    if _valid(dt, now):
        return dt
    head = _head_text(tree) if head is None else head   # (the steps below all read it)
    from_url = date_from_url(url)
    if _valid(from_url, now):
        # The URL gives the day; the page text often gives the time of that day.
        dated = _date_text(head)
        labelled = _first_date(_LABEL_RE, dated, now)
        dt = labelled if labelled is not None else _unlabelled_date(dated, now)
        if dt is not None and dt.date() == from_url.date():
            return dt
        # A CMS stamps the URL when it writes the page (TRS: t20210106_…), which can be a day or
        # two after the publication date the page states (发布日期: 2021-01-05)
        if labelled is not None and 0 < (from_url.date() - labelled.date()).days <= _URL_LAG_DAYS:
            return labelled
        return from_url
    dt = date_from_text(head, now)
    if dt is not None:
        return dt
    dt = _epoch_attribute_date(tree)
    if _valid(dt, now):
        return dt
    # a last-modified meta (itemprop="dateModified", Baidu's "dateUpdate", og:updated_time) is the
    # page's own statement of its date; htmldate's guesses read script timestamps (a crawl clock) too
    for key in _META_MODIFIED_KEYS:
        dt = parse_date(meta.get(key))
        if _valid(dt, now):
            return dt
    if use_htmldate:
        try:
            import htmldate

            found = htmldate.find_date(
                tree, extensive_search=False, original_date=True, url=url,
                max_date=now.astimezone(SHANGHAI).strftime("%Y-%m-%d") if now else None,  # Beijing's today
            )
        except Exception:  # htmldate is a best-effort fallback
            found = None
        dt = parse_date(found)
        if _valid(dt, now):
            return dt
    return None


# --------------------------------------------------------------------------- authors
#
# Convention (the one bench/metadata_gold.json is written in): an author is a person the page
# credits for the article -- reporter, 作者, 文/撰文/撰稿/编译/执笔, 通讯员, an English "By"
# line -- given by name only: role words and newsrooms are dropped (本报记者 张三 -> 张三,
# 新华社记者邹多为 -> 邹多为).  Several names keep their byline order and are joined by "、"
# when all are Chinese, otherwise by ", ".
# Not authors: editors (责任编辑, 责编, 编辑, 审核, 校对, 监制 ...), outlets (来源：新华网),
# newspaper credit lines (《人民日报》（2024年05月10日 04 版）), site names in meta author.
# An Organization given as author (JSON-LD ``@type: Organization``) is not a person byline:
# it is the last resort, taken only when nothing on the page names a person, and never when
# it looks like a site name (…网, …报, …社, .com).

# a name: 2-5 characters, or a two-character name spaced out for alignment (王　平, 陈 平)
_NAME = r"(?:[\u4e00-\u9fff][ \u3000]{1,2}[\u4e00-\u9fff](?![\u4e00-\u9fff·])|[\u4e00-\u9fff·]{2,5})"
_SP = r"[ \t\u3000]"
_NAMES = rf"{_NAME}(?:{_SP}*[、，,／/&＆ \t\u3000]{_SP}*{_NAME})*"  # 张三、李四 / 胡一刀&李小飞刀
_NAME_END = r"(?=\s|$|[，,。；;）)】\]|丨]|来源|來源|报道|報道|摄|攝|图|圖)"
# Titles that come between an affiliation and a name: 作者：某某大学教授张三
_TITLE_WORDS = (
    r"(?:研究员|研究員|副研究员|教授|副教授|讲师|講師|博士|博士后|硕士|学者|學者|专家|專家|主任|副主任|"
    r"院长|院長|所长|所長|部长|部長|秘书长|秘書長|会长|會長|理事|分析师|分析師|评论员|評論員|"
    r"特约评论员|研究生|学生|記者|记者|律师|律師|医生|醫生|工程师|工程師|总监|總監|主编|主編|作家)"
)
_LABEL = (
    r"(?:本文作者|作者|作\s+者|撰文|特约撰稿人|特約撰稿人|撰稿人|撰稿|撰写|撰寫|文字|执笔|執筆|编译|編譯|译者|譯者|"
    r"翻译|翻譯|作者署名)"
)
_LABEL_SEP = r"[:：|丨︱｜/／]"
# markers that open a byline line in print layouts: ■本报记者 张三, ◎文/李四, □ 作者：王五
_DECOR = r"(?:[■□◎●○◆◇▲△▼★☆▶►•]+\s*)?"  # one run of markers: no second \s* to backtrack over
_LINE = rf"(?:^|\n)\s*{_DECOR}"
_BYLINE_RES = (
    # Taiwanese wires and papers: （中央社記者邱俊欽桃園19日電） -- newsroom, 記者, the name, a place of
    # two or three characters and the day; the name is read greedily (most are three characters)
    re.compile(r"[(（]\s*[\u4e00-\u9fff]{0,6}?(?:记者|記者)\s*((?:[\u4e00-\u9fff]{2,3}、)*[\u4e00-\u9fff]{2,3})"
               r"[\u4e00-\u9fff]{2,3}\d{1,2}日(?:电|電)"),
    # ... and （王煌忠／台中報導） / 〔記者李欣芳／台北報導〕 (自由時報) / 記者林悅／南市報導: the names, a slash, the
    # place and 報導
    re.compile(r"(?:[(（〔]|(?:^|\n)\s*)(?:记者|記者)?\s*([\u4e00-\u9fff]{2,4}(?:[、，,][\u4e00-\u9fff]{2,4}){0,3})\s*[／/]\s*"
               r"[\u4e00-\u9fff]{1,8}(?:報導|报导|報道|报道)(?:\s*[)）〕]|\s*$|\s*\n)"),
    # 記者李欣芳／即時報導國科會今天… (聯合報): 記者 opening a line, the byline running into the story
    re.compile(r"(?:^|\n)\s*(?:记者|記者)\s*([\u4e00-\u9fff]{2,4}(?:[、，,][\u4e00-\u9fff]{2,4}){0,3})\s*[／/]\s*"
               r"[\u4e00-\u9fff]{1,4}?(?:報導|报导|報道|报道)"),
    # 【文/观察者网专栏作者 王文】: a newsroom and a column title between 文/ and the name
    re.compile(rf"[【\[(（]\s*(?:文|作者)\s*[/／:：]\s*[^\s】\]）)]{{0,20}}?(?:专栏作者|專欄作者|专栏作家|專欄作家|特约作者|特約作者|特约评论员|特約評論員)\s*({_NAMES}){_NAME_END}"),
    # (记者 陈杭) / （记者张三、李四） / (记者 王五 通讯员 赵六) / 【记者 张三】
    re.compile(rf"[(（【\[]\s*(?:本报|本台|本刊|新华社|中新社|央视)?(?:记者|記者|通讯员|通訊員|特约评论员|评论员|評論員|作者|文|撰文|文字)\s*[:：/／]?\s*({_NAMES})"),
    # (总台央视记者 奚丹霓 张赛): any short newsroom name before 记者 inside brackets
    re.compile(rf"[(（【\[]\s*[\u4e00-\u9fff·]{{2,8}}?(?:记者|記者)\s*[:：]?\s*({_NAMES}){_NAME_END}"),
    # 本报记者 张三 / 新华社记者 张三 at line start
    re.compile(rf"{_LINE}(?:本报|本台|本刊|新华社|新華社|中新社|中新網|中新网|人民网|光明网|光明日报)?(?:特约|实习|實習)?(?:记者|記者)\s*[:：/／]?\s+({_NAMES})"),
    # 新华社记者邹多为、唐诗凝 / 中青报·中青网记者 魏其濛 来源：… -- a line that starts with
    # a short newsroom name and 记者; the names must end at a delimiter (a portal's repost sets the newsroom
    # apart with a bar: 北京日报客户端 | 记者 刘苏雅)
    re.compile(rf"{_LINE}(?:[\u4e00-\u9fff·]{{2,10}}\s*[|｜丨︱]\s*)?[\u4e00-\u9fff·]{{0,10}}?(?:记者|記者)\s*[:：/／]?\s*"
               rf"({_NAMES}){_NAME_END}"),
    # 采写：南都记者 张三 李四 -- "interviewed and written by", a newsroom and 记者 before the names
    re.compile(rf"(?:^|\n|\s)\s*{_DECOR}(?:采写|採寫)\s*{_LABEL_SEP}\s*(?:[\u4e00-\u9fff·]{{0,8}}?(?:记者|記者)\s*)?({_NAMES}){_NAME_END}"),
    # WeChat's header "原创： 张三 公众号名" (or "张三编译"): the name before the account's name
    re.compile(r"(?:^|\n|\s)原创\s*[:：]\s*([\u4e00-\u9fff·]{2,5}?)(?:编译|編譯)?(?=[ \t\u3000]+[^\s])"),
    # 作者：张三 / 撰文｜张三 / 撰文/张三 / 编译：张三 -- the names must end at a delimiter ...
    # (also after a comma in a credit line: 原创文章，作者：张三。 / 来源：某某，作者：张三)
    re.compile(rf"(?:^|\n|\s|[(（【\[，,])\s*{_DECOR}{_LABEL}\s*{_LABEL_SEP}\s*({_NAMES}){_NAME_END}"),
    # ... or come after a title: 作者：中国国际经济交流中心世界经济研究部部长、研究员徐占忱）
    re.compile(rf"(?:^|\n|\s|[(（【\[])\s*{_DECOR}{_LABEL}\s*{_LABEL_SEP}[^\n）)】\]]{{0,80}}?{_TITLE_WORDS}\s*({_NAME}){_NAME_END}"),
    # 【作者】张三 / [作者] 张三
    re.compile(rf"[【\[]\s*{_LABEL}\s*[】\]]\s*[:：]?\s*({_NAMES}){_NAME_END}"),
    # 作者 张三 -- a line that opens with the label and a space
    re.compile(rf"{_LINE}(?:作者|作\s+者|撰文|撰稿人?)[ \t\u3000]+({_NAMES}){_NAME_END}"),
    # 发表于 2014-08-24 21:30 | 来源 CSDN | 作者 魏星 -- a row of fields set apart by bars, where the label's value
    # stands in an element of its own (作者<span>魏星</span>: the page's text pieces put it on a line of its own), so
    # that no separator, a space or a line break is left after the label; the name must end the field
    re.compile(rf"[|｜丨︱][ \t\u3000\n]{{0,2}}(?:作者|作{_SP}+者)[ \t\u3000\n]{{0,2}}({_NAMES})(?={_SP}*(?:[|｜丨︱\n]|$))"),
    re.compile(rf"(?:^|\n|\s|[(（【\[])\s*{_DECOR}文\s*[/／|丨︱｜]\s*({_NAMES})"),
    # 文/图 张三, 文、图/张三, 图文/张三: the writer took the pictures too (a photo credit
    # alone, 图/张三 or 摄影 张三, is not an authorship)
    re.compile(rf"(?:^|\n|\s|[(（【\[])\s*{_DECOR}(?:文字?\s*[/／、·&和与與及 ]?\s*[图圖]|[图圖]文)\s*(?:[/／:：|丨︱｜]\s*|[ \t\u3000]+)({_NAMES}){_NAME_END}"),
    re.compile(rf"(?:^|\n|\s|电|電)\s*{_DECOR}(?:记者|記者)\s*[:：/／]\s*({_NAMES})"),
    # 【香港文匯報訊】記者 張三 北京報道：… (Hong Kong papers): the dispatch mark, 記者, the names, a place and 報道
    re.compile(rf"(?:訊|讯)\s*[】\]）)]?\s*(?:记者|記者)\s*({_NAMES})\s*[\u4e00-\u9fff]{{0,4}}?(?:報道|报道|報導|报导)"),
    # 石佳/中国青年报: a line of nothing but a name, a slash and the paper or site it writes for
    re.compile(rf"{_LINE}({_NAME})\s*[/／]\s*[\u4e00-\u9fff]{{2,10}}(?:报|報|网|網|社|杂志|雜誌|周刊|週刊)[ \t]*(?=\n|$)"),
    re.compile(rf"(?:^|\n|\s)(?:通讯员|通訊員)\s*[:：]?\s*({_NAMES})"),
)

def _needed_words(pattern: re.Pattern, most: int = 2) -> tuple[re.Pattern, ...]:
    """Up to *most* patterns of plain words, each of which finds a word in every text *pattern* matches: read off
    the pattern's parse tree, each from one part that every match goes through (a literal run, a small class of
    literal characters, an alternation of such, a group or a repeat of at least one; the longest words first).
    A text in which one of them finds nothing cannot match *pattern*, and is not searched with it: a byline pattern
    that opens with ``(?:^|\\n|\\s)\\s*…`` is tried at every position of a 3,000-character head text, a word search
    skips it in C.  () for a pattern with no such part, or with IGNORECASE (case folding is not followed)."""
    from re import _constants as c, _parser

    if pattern.flags & re.IGNORECASE:
        return ()
    repeats = {c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT)}

    def item(op, av) -> set[str] | None:   # words one of which every match of this part holds
        if op is c.IN:
            return {chr(a) for o, a in av} if av and len(av) <= 8 and all(o is c.LITERAL for o, a in av) else None
        if op is c.SUBPATTERN:
            return best(parts(av[-1]))
        if op is c.BRANCH:
            out: set[str] = set()
            for branch in av[1]:
                words = best(parts(branch))
                if words is None:
                    return None
                out |= words
            return out
        if op in repeats:
            return best(parts(av[2])) if av[0] >= 1 else None
        if op is getattr(c, "ATOMIC_GROUP", None):
            return best(parts(av))
        return None

    def parts(nodes) -> list[set[str]]:   # the word sets of a sequence's parts (each one needed)
        found, run = [], ""
        for op, av in nodes:
            if op is c.LITERAL:
                run += chr(av)
                continue
            if run:
                found.append({run})
                run = ""
            words = item(op, av)
            if words is not None:
                found.append(words)
        if run:
            found.append({run})
        return found

    def rank(words: set[str]) -> tuple[int, int]:
        return min(map(len, words)), -len(words)

    def best(found: list[set[str]]) -> set[str] | None:
        return max(found, key=rank) if found else None

    chosen = sorted(parts(_parser.parse(pattern.pattern, pattern.flags)), key=rank, reverse=True)[:most]
    return tuple(re.compile("|".join(map(re.escape, sorted(w, key=lambda x: (-len(x), x))))) for w in chosen)


# (each byline pattern with the word patterns a text must hold for it to match)
_BYLINE_CHECKS = tuple((rx, _needed_words(rx)) for rx in _BYLINE_RES)
_EN_NAME = r"[A-Z][\w.'’-]+(?:[ \t]+(?:[A-Z][\w.'’-]+|van|von|de|da|del|der|bin|al))*"
_EN_BYLINE_RE = re.compile(
    rf"(?:^|\n)[ \t]*(?:By|BY|Written by|Reported by|Words by|Authors?[ \t]*[:：]|Writer[ \t]*[:：]|Reporter[ \t]*[:：])"
    rf"[ \t]*:?[ \t]*({_EN_NAME}(?:[ \t]*(?:,|and|&)[ \t]*{_EN_NAME})*)"
)
# "(Reporter Chen Hang)" -- the English editions of Chinese newswires
_EN_BRACKET_RE = re.compile(
    rf"[(（\[]\s*(?:Reporters?|Correspondents?|Writers?|Staff reporters?|By)\s*:?\s+({_EN_NAME}(?:\s*(?:,|and|&)\s*{_EN_NAME})*)\s*[)）\]]"
)
# "Jane Doe is a columnist with China.org.cn." -- the author's note at the end of a comment piece
_EN_BIO_RE = re.compile(
    r"(?:^|\n)[ \t]*([A-Z][a-z'’-]+(?:[ \t]+[A-Z][\w.'’-]+){1,3})[ \t]+is[ \t]+(?:an?|the)[ \t]+(?:[\w-]+[ \t]+){0,4}"
    r"(?:columnist|writer|journalist|reporter|correspondent|contributor|commentator|editor|professor|"
    r"researcher|fellow|analyst|scholar|lecturer|economist|author)\b"
)
_EN_NOT_NAMES = re.compile(
    r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|The|This|That|Then|Now|Staff|Admin|Editor|Editors|Agencies)\b"
)
# Words that end a name run: the byline keywords and common verbs/places that follow them.
_STOP_SUFFIX_RE = re.compile(r"(责任|責任|特约|特約|评论员|評論員|(?<=..)系|通讯员|通訊員|记者|記者|报道|報道|摄影|攝影|摄|攝|编辑|編輯|责编|實習生|实习生|发自|發自|电|電|讯|訊|北京|上海|综合|整理|翻译|来源|來源|编译|編譯).*$")
_NOT_NAMES = {
    "新华社", "新華社", "中新社", "中新网", "人民网", "光明网", "新华网", "本报", "本台", "本网", "编辑", "责任编辑",
    "记者", "通讯员", "作者", "来源", "获悉", "了解", "采访", "日前", "近日", "表示", "今天", "昨天", "从", "在",
    "本刊", "特约", "实习", "图片", "视频", "文字", "摄影", "佚名", "匿名", "未知", "网友", "小编", "编者",
    "我们", "我們", "他们", "他們", "本人", "大家", "笔者", "筆者", "本文", "原创", "原創",
    "网络", "網絡", "网路", "網路", "整合", "综合", "綜合", "整理", "转载", "轉載",  # 来源：网络 / 陈智 整合
    # a CMS's author field left at the site or its operator (作者：本站 / 管理员 / 网站编辑, whose 编辑 the stop
    # words cut off, leaving 网站)
    "本站", "本網", "本网站", "本網站", "网站", "網站", "管理员", "管理員", "系统管理员", "系統管理員", "超级管理员",
    "网管", "網管", "站长", "站長", "版主",
    # what follows 作者 in a page's furniture: 作者简介 (the author's profile), 作者主页, 作者专栏
    "简介", "簡介", "介绍", "介紹", "主页", "主頁", "专栏", "專欄", "文章", "资料", "資料", "信息",
}
# (转载: 36kr's footer "原创文章，作者：李小霞，如若转载，请注明出处" goes on after the name with its reprint terms)
_VERBISH = re.compile(r"(从|在|了|获悉|来到|走进|看到|注意|采访|发现|表示|介绍|了解|调查|日前|近日|今天|昨天|近期|跟随|随同|的|是|转载|轉載)")
_EDITOR_RE = re.compile(r"责任编辑|責任編輯|责编|責編|编辑|編輯|审核|審核|审校|校对|校對|监制|監製|签发|簽發|出品|\beditor\b", re.I)


_PHOTO_CREDIT = re.compile(r"图片记者|圖片記者|摄影记者|攝影記者|摄影师|攝影師")
_SPACED_NAME = re.compile(r"(?<![\u4e00-\u9fff·])([\u4e00-\u9fff])[ \u3000]{1,2}([\u4e00-\u9fff])(?![\u4e00-\u9fff·])")


@functools.lru_cache(maxsize=1)
def byline_places() -> frozenset[str]:
    """The places of ``pipeline/rules/places.toml`` (both scripts): a byline's place, not a name."""
    import tomllib
    from importlib import resources

    data = tomllib.loads(resources.files("pipeline").joinpath("rules", "places.toml").read_text(encoding="utf-8"))
    places = set()
    for key, names in data.items():
        if not isinstance(names, list) or not all(isinstance(n, str) and len(n) >= 2 for n in names):
            raise ValueError(f"places.toml: {key} must be a list of place names of two characters or more")
        places.update(names)
    return frozenset(places)


def _without_place(part: str) -> str:
    """*part* of a byline without the place it names (■香港文匯報記者 黃嘉欣 香港報道, 記者李明深圳報道): ``""`` for a place
    alone, the name alone for a name of two or more characters followed by a place.  Only 北京 and 上海 were known, so
    every other city came out as a second author (黃嘉欣、香港)."""
    places = byline_places()
    if part in places:
        return ""
    for n in (4, 3, 2):
        if len(part) - n >= 2 and part[-n:] in places:
            return part[:-n]
    return part


def split_names(raw: str) -> list[str]:
    """Split a run of names on 、 , / and spaces; drop byline words, places and non-names."""
    names = []
    raw = _SPACED_NAME.sub(r"\1\2", raw.strip())
    for part in re.split(r"[、，,／/;；&＆\s]+", raw):
        part = _without_place(_STOP_SUFFIX_RE.sub("", part).strip("·"))
        if not part or part in _NOT_NAMES or part.startswith(("系", "係")) or len(part) < 2 or len(part) > 5 or _VERBISH.search(part):
            continue
        if part not in names:
            names.append(part)
    return names


def _en_names(raw: str) -> list[str]:
    out = []
    for n in re.split(r"\s*(?:,|\band\b|&)\s*", raw):
        n = n.strip(" .")
        if n and not _EN_NOT_NAMES.match(n) and n not in out:
            out.append(n)
    return out


_SPACES = re.compile(r"[ \t\u3000\xa0]+")
_HAN_NAME_CHAR = re.compile(r"[\u4e00-\u9fff]")
_BLANK_LINES = re.compile(r" ?(?:\r?\n ?)+")


def authors_from_text(text: str) -> list[str]:
    """Names from Chinese bylines (记者 …, 作者：…, 文/…, 编译：…, 通讯员 …) or an English
    "By …" line; editors (责任编辑 …) and outlets (来源 …) are not bylines."""
    if not text:
        return []
    # one space or one line break per run of whitespace: the patterns' optional spaces then
    # cannot backtrack over long blank runs of page text
    text = _BLANK_LINES.sub("\n", _SPACES.sub(" ", text))
    names: list[str] = []
    # every Chinese byline ends in a Han name: a text without one skips those patterns
    for rx, needs in _BYLINE_CHECKS if _HAN_NAME_CHAR.search(text) else ():
        if needs and not all(w.search(text) for w in needs):
            continue   # (a word every match holds is not in the text)
        for m in rx.finditer(text):
            if _PHOTO_CREDIT.search(m.group(0)) or text[m.end(1):m.end(1) + 3].lstrip(" \u3000").startswith(("摄", "攝")):
                continue  # 图片记者 张三 摄: a photo credit, not the article's author
            for n in split_names(m.group(1)):
                if n not in names and not _outletish(n):  # 社會中心／台北報導: a desk, not a reporter
                    names.append(n)
        if names:
            return names
    for rx in (_EN_BYLINE_RE, _EN_BRACKET_RE):
        m = rx.search(text[:3000])
        if m and _en_names(m.group(1)):
            return _en_names(m.group(1))
    return []


_OUTLETISH = re.compile(
    r"(网|網|报|報|社|台|新闻|新聞|频道|頻道|杂志|雜誌|\.com|\.cn|\.net|www\.|http|编辑部|編輯部|官方|中心|日报|晚报|"
    r"媒体|媒體|传媒|傳媒|财经|財經|资讯|資訊|发布|發布|客户端|客戶端|号|號|账号|賬號|工作室|研究院|智库|智庫|"
    r"News|Daily|Times|Post|Press|Media|Network|Online|"
    # a dateline or a desk's credit filed as the author (UDN's JSON-LD author "澎湖縣28日電", 台中報導)
    r"\d{1,2}日[电電]|[报報][导導道])$|^(admin|administrator|editor|staff|unknown|none|null|anonymous|name|author|webmaster|user)$",
    re.I,
)


def _outletish(s: str) -> bool:
    """A site, newsroom or media-account name (新华网, 环球时报新媒体, 香港電台-財經), not a person."""
    if s.strip() in _PORTALS:
        return True
    return any(_OUTLETISH.search(p) for p in re.split(r"\s*[-—_|｜·]\s*", s.strip()) if p) if s.strip() else False
_PIECE_STOP = {
    "关注", "已关注", "+关注", "加关注", "+加关注", "作者", "更多", "粉丝", "主页", "文章", "订阅", "私信", "收藏",
    "来源", "原创", "首页", "作者简介", "关于作者", "Follow", "Following", "Subscribe", "Author", "Authors", "By",
    "More", "Profile", "Posts", "文", "记者", "作家说", "账号", "帐号", "密码", "登录", "注册", "退出", "发表", "评论",
    # the heading of an author box's list of other articles
    "相关文章", "相關文章", "相关阅读", "相關閱讀", "相关新闻", "相關新聞", "最新文章", "热门文章", "推荐阅读", "他的文章", "TA的文章",
}
# Portal brands that carry no outlet suffix (网易 is a site, not a writer)
_PORTALS = {"网易", "新浪", "搜狐", "腾讯", "凤凰", "百度", "今日头条", "头条", "澎湃", "界面", "网易号", "搜狐号", "企鹅号", "百家号", "一点资讯", "趣头条", "UC"}
_BYLINE_CLASS_RE = re.compile(r"author(?!i[tz])|byline|by-line|writer|zuozhe|jizhe|reporter|editorname", re.I)
_FURNITURE_CLASS_RE = re.compile(
    r"(?:^|[\s_-])(?:comments?|reply|replies|sidebar|side|aside|footer|foot|recommend\w*|related|relate|"
    r"rank\w*|hot\w*|nav\w*|menu|avatar|follow\w*|list|login|logon|signin|register|pwd|password|form|\w*postform)(?=$|[\s_-])",
    re.I,
)
_AUTHOR_HREF_RE = re.compile(r"/(?:author|authors|writer|writers|columnist|columnists)/[^/?#]+", re.I)


def _looks_like_name(s: str) -> bool:
    """A plausible person or pen name from a byline container (not a label, date or site)."""
    s = s.strip()
    if not (2 <= len(s) <= 40) or s in _PIECE_STOP or s in _NOT_NAMES:
        return False
    if re.search(r"[:：|丨@#<>{}=]|\d{3,}|https?:|www\.", s) or _EDITOR_RE.search(s) or _outletish(s):
        return False
    han = len(_HAN_RE.findall(s))
    if han and han > 8:
        return False
    if not han and (len(s.split()) > 4 or not re.search(r"[A-Za-z]", s)):
        return False
    return True


def _clean_piece(s: str) -> str:
    s = " ".join(s.split())
    s = re.sub(r"^(?:by|作者|作\s*者|文|记者|記者|撰文|编译|編譯)\s*[:：/／|丨]?\s*", "", s, flags=re.I)
    return s.strip(" ·-—|/,，;；、")


_MARKED = lxml.etree.XPath("//*[@class or @id or @itemprop]")


def _dom_byline_names(tree) -> list[str]:
    """Names from byline markup, in document order: itemprop="author", rel="author",
    links to /author/… pages, and short elements whose class or id says author / byline /
    writer (not 责任编辑, not inside comments, side bars or footers)."""
    links: list[str] = []
    for el in tree.iter("a"):
        href = el.get("href") or ""
        if (el.get("rel") or "").lower() == "author" or _AUTHOR_HREF_RE.search(href):
            text = _clean_piece(el.text_content())
            # a lower-case word linked to an author page inside the story ("he fretted") is not a
            # byline; handles (maomaobear) come from byline markup, not from these links
            if _looks_like_name(text) and not text[:1].islower() and text not in links:
                links.append(text)
    if 1 <= len(links) <= 3:  # more than that is a list of writers, not this page's byline
        return links
    byline_attrs: dict[str, bool] = {}  # class/id string -> names a byline (pages repeat their classes)
    for el in _MARKED(tree):
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "head", "meta", "link", "img", "body", "html"):
            continue
        attrs = f"{el.get('class') or ''} {el.get('id') or ''}"
        marked = byline_attrs.get(attrs)
        if marked is None:
            marked = byline_attrs[attrs] = bool(_BYLINE_CLASS_RE.search(attrs))
        if not marked and (el.get("itemprop") or "").lower() != "author":
            continue
        if _FURNITURE_CLASS_RE.search(attrs) or any(
            _FURNITURE_CLASS_RE.search(f"{a.get('class') or ''} {a.get('id') or ''}")
            for a in el.iterancestors() if a.tag not in ("body", "html")
        ):
            continue
        if any(a.tag == "form" for a in el.iterancestors()) or next(el.iter("input", "textarea"), None) is not None:
            continue  # a comment or login form
        pieces = [" ".join(t.split()) for t in el.itertext() if t.strip()]
        text = " ".join(pieces)
        if not pieces or len(text) > 200:
            continue
        names = authors_from_text(text)
        if names:
            return names
        if _EDITOR_RE.search(text) or re.search(r"来源|來源|出处|出處", text):
            continue
        named = el.find('.//*[@itemprop="name"]')
        first = _clean_piece(named.text_content()) if named is not None else ""
        if not first:
            first = next((c for c in (_clean_piece(p) for p in pieces) if c and c not in _PIECE_STOP), "")
        if _looks_like_name(first):
            return [first]
    return []


def _jsonld_authors(items: list[dict]) -> tuple[list[str], list[str]]:
    """(person names, organization names) given as ``author`` / ``creator`` in JSON-LD."""
    people: list[str] = []
    orgs: list[str] = []
    for item in items:
        a = item.get("author") or item.get("creator")
        for one in a if isinstance(a, list) else [a]:
            if isinstance(one, dict):
                name = one.get("name")
                if isinstance(name, list):
                    name = name[0] if name else None
                if not isinstance(name, str) or not name.strip():
                    continue
                kind = one.get("@type") or ""
                kind = " ".join(kind) if isinstance(kind, list) else str(kind)
                (orgs if re.search(r"Organi[sz]ation|NewsMediaOrganization|Corporation", kind) else people).append(name.strip())
            elif isinstance(one, str) and one.strip():
                people.append(one.strip())
    return people, orgs


# Keys of the evidence that author_evidence gathers from the untouched tree.
_LD_PEOPLE_KEY = "jsonld_people"
_LD_ORGS_KEY = "jsonld_orgs"
_DOM_KEY = "dom_bylines"
_EDITORS_KEY = "editors"
_LINES_KEY = "byline_lines"
_WECHAT_KEY = "wechat_account"
_WECHAT_AUTHOR_KEY = "wechat_author"
# a WeChat article's own author field (<span id="js_author_name">陈宇慧</span>, after its 原创 mark), beside the account
# that published it: the person, where the account (and the page's meta author) is the publisher
_WECHAT_AUTHOR = lxml.etree.XPath("//*[@id='js_author_name']")
# a WeChat article's account name (the publisher of an 公众号 post): <strong class="profile_nickname">,
# <a id="js_name">
_WECHAT_ACCOUNT = lxml.etree.XPath(
    "//*[@id='js_name' or contains(concat(' ', normalize-space(@class), ' '), ' profile_nickname ')]")
_BLOCK_TAGS = ("p", "div", "span", "td", "li", "strong", "b", "em", "font", "h2", "h3", "h4", "h5", "h6", "section", "address")


# short text nodes carrying a byline cue; only the short blocks around them are read
_CUES = ("记者", "記者", "通讯员", "通訊員", "评论员", "評論員", "作者", "文", "撰", "编译", "編譯", "执笔", "執筆",
         "By", "BY", "by", "Author", "author", "Writer", "writer", "Reporter", "reporter")
_CUE_RE = re.compile("|".join(_CUES))
_PLAIN_TEXT = lxml.etree.XPath(".//text()", smart_strings=False)  # itertext() without the Python proxies


def _byline_candidates(root) -> set:
    """The short blocks around the short text runs under *root* that carry a byline cue: from the element holding
    each such run (its own text, or a child's tail) up to *root*, the block elements of 30 characters or less.
    The runs are read off the elements (``.text``, ``.tail``) in one walk: selecting them as ``.//text()`` with
    their parents (lxml's smart strings) took a third longer (0.68 against 0.52 ms a page, median of 7 passes over the benchmark pages)."""
    cands = set()

    def climb(el) -> None:
        while el is not None and el is not root:
            if el.tag in _BLOCK_TAGS:
                if len(" ".join(el.text_content().split())) > 30:
                    break
                cands.add(el)
            el = el.getparent()

    for node in root.iter():
        text = node.text if isinstance(node.tag, str) else None   # (a comment's words are no text run)
        if text and len(text) <= 60 and _CUE_RE.search(text):
            climb(node)
        tail = node.tail if node is not root else None
        if tail and len(tail) <= 60 and _CUE_RE.search(tail):
            climb(node.getparent())   # a tail belongs to the element's parent
    return cands


def _byline_lines(tree) -> list[str]:
    """Names from short elements anywhere in the page that are nothing but a byline
    ("作者︱春春", "【记者 张三】", "文/李四"): kept only when the page has a single such
    byline, since listings repeat "作者：…" for other articles."""
    found: list[tuple[str, ...]] = []
    body = tree.find(".//body")
    root = body if body is not None else tree
    cands = _byline_candidates(root)
    for el in (e for e in root.iter(*_BLOCK_TAGS) if e in cands) if cands else ():
        text = " ".join(el.text_content().split())
        if not (3 <= len(text) <= 30) or _EDITOR_RE.search(text) or re.search(r"https?:|www\.", text):
            continue
        names = tuple(authors_from_text(text))
        if names and any(
            a.tag == "a" or _FURNITURE_CLASS_RE.search(f"{a.get('class') or ''} {a.get('id') or ''}")
            for a in el.iterancestors() if a.tag not in ("body", "html")
        ):
            continue  # a teaser in a list of other articles
        if names and not any(set(names) == set(f) for f in found):
            found.append(names)
    return list(found[0]) if len(found) == 1 else []
_EDITOR_LINE_RE = re.compile(
    rf"(?:责任编辑|責任編輯|责编|責編|编辑|編輯|值班编辑|审核|審核|审校|校对|校對|监制|監製|终审|签发)\s*[:：]?\s*({_NAMES})"
)


_TRAILING_CREDIT_RE = re.compile(
    r"[（(]\s*((?:[\u4e00-\u9fff·]{2,4})(?:[ \t\u3000、，,／/]+[\u4e00-\u9fff·]{2,4}){0,3})\s*[)）]\s*(?:\n|$)"
)
_NOT_CREDIT = re.compile(r"完|转|轉|版|图|圖|摄|攝|供|稿|据|據|综合|綜合|编|編|译|譯|来源|來源|新华|新華|网|網|社|报|報|台|注|见|見|续|續|待|年|月|日")


def _trailing_credit(text: str) -> list[str]:
    """A bare name in brackets closing the article, the way many Chinese newsrooms credit a
    reporter: "……获得了观众的阵阵掌声肯定。（郭旭）" / "（张三 李四）"; not "（完）", "（下转第2版）"."""
    tail = text.rstrip()[-300:]
    for m in _TRAILING_CREDIT_RE.finditer(tail):
        rest = [ln for ln in tail[m.end():].splitlines() if ln.strip()]
        if any(len(ln) > 60 or not re.search(r"编辑|編輯|责编|責編|来源|來源|原标题|原標題|审核|審核|校对|\(完\)|（完）", ln) for ln in rest):
            continue  # only the text's last line, or the last before editor / source lines

        raw = m.group(1)
        if _NOT_CREDIT.search(raw):
            return []
        return split_names(raw)
    return []


def _editor_names(text: str) -> list[str]:
    """Names credited as editors (责任编辑：张三, 【责编：李四】): never taken as authors."""
    out: list[str] = []
    for m in _EDITOR_LINE_RE.finditer(text or ""):
        for n in split_names(m.group(1)):
            if n not in out:
                out.append(n)
    return out


def _wechat_name(tree, where) -> str:
    """The first name of 2 to 30 characters that *where* (``_WECHAT_ACCOUNT``: the account that published a WeChat
    article; ``_WECHAT_AUTHOR``: its author field) finds on a WeChat article ('' on other pages, and where the post
    leaves the field empty)."""
    if not _is_wechat_article(tree):
        return ""
    for el in where(tree):
        name = " ".join(el.text_content().split())
        if 2 <= len(name) <= 30:
            return name
    return ""


def wechat_account(evidence: dict[str, str]) -> str | None:
    """The account that published a WeChat post, from :func:`author_evidence` (None on other pages)."""
    return evidence.get(_WECHAT_KEY) or None


def author_evidence(tree) -> dict[str, str]:
    """What the page says about its author outside the article text (JSON-LD authors, byline
    markup, byline lines, 责任编辑 names), each a "\n"-joined list.  Call it on the untouched
    tree: pruning removes the scripts and furniture it reads."""
    people, orgs = _jsonld_authors(_jsonld(tree))
    try:
        dom = _dom_byline_names(tree)
    except Exception:  # odd markup must not cost the page its other fields
        logger.debug("byline markup scan failed", exc_info=True)
        dom = []
    try:
        lines = _byline_lines(tree)
    except Exception:  # odd markup must not cost the page its other fields
        logger.debug("byline line scan failed", exc_info=True)
        lines = []
    body = tree.find(".//body")
    editors = _editor_names("\n".join(filter(None, map(str.strip, _PLAIN_TEXT(body if body is not None else tree)))))
    return {
        _WECHAT_KEY: _wechat_name(tree, _WECHAT_ACCOUNT), _WECHAT_AUTHOR_KEY: _wechat_name(tree, _WECHAT_AUTHOR),
        _LD_PEOPLE_KEY: "\n".join(people), _LD_ORGS_KEY: "\n".join(orgs), _DOM_KEY: "\n".join(dom),
        _EDITORS_KEY: "\n".join(editors), _LINES_KEY: "\n".join(lines),
    }


def _clean_meta_author(c: str) -> list[str]:
    """Names from a meta / JSON-LD author value, or [] when it is a site name, URL or id."""
    c = re.sub(r"^(?:by|作者|记者|記者|文)\s*[:：/／]?\s*", "", " ".join(c.split()), flags=re.I)
    if not c or len(c) > 80 or c.startswith(("http", "www.", "@")) or not re.search(r"[A-Za-z\u4e00-\u9fff]", c):
        return []
    if _EDITOR_RE.search(c):
        return []
    if re.fullmatch(rf"{_NAMES}", c):  # 张三 李四 / 张三、李四
        if _outletish(c):  # 中央通訊社 is the wire itself (its 訊 must not be cut off as a byline word)
            return []
        return [n for n in split_names(c) if not _outletish(n)]
    parts = [p.strip() for p in re.split(r"\s*(?:[,，、;；]|\band\b|&)\s*", c) if p.strip()]
    # (_outletish also rejects a template's placeholder: content="name, email@gmail.com")
    return [p for p in parts if not _outletish(p) and not re.fullmatch(r"[\d\W_]+", p) and "@" not in p]


# the closing line naming a wire release's issuer (the cleaning rule press_release_trailer drops it from the text)
_RELEASE_SOURCE = re.compile(r"^(?:SOURCE +|消息来源\s*[:：]\s*)(\S.{1,79}?)\s*$", re.M)


def find_author(
    tree,
    text: str,
    *,
    selector: str | None = None,
    meta: dict[str, str] | None = None,
    head_text: str | None = None,
    selector_text: str | None = None,
    evidence: dict[str, str] | None = None,
    raw_text: str | None = None,
) -> str | None:
    """Author names joined by 、 (Chinese) or ", " (Latin), ``None`` when the page names none.

    ``raw_text`` is the article text before cleaning: an English author's note that cleaning removes
    from the text (an opinion page's "Jane Doe is a columnist with …. For more information please
    visit:") is still read from it.

    Evidence, first match wins: the hint selector; bylines at the start / end of the article
    text; bylines near the top of the page; JSON-LD Person authors; meta author tags
    (author, article:author, byline, dc.creator ...); byline markup (itemprop/rel author,
    class or id author/byline/writer); an English author's note ("Jane Doe is a columnist
    with …"); last, a JSON-LD Organization author that is not a site name, or a WeChat post's account.
    """
    sel = selector_text or _select_text(tree, selector)
    if sel:
        names = authors_from_text(sel) or split_names(sel)
        if names:
            return _join(names)
    meta = _meta_map(tree) if meta is None else meta
    evidence = author_evidence(tree) if evidence is None else evidence
    editors = set(filter(None, evidence.get(_EDITORS_KEY, "").split("\n")))
    if meta.get("editor"):
        editors.add(" ".join(meta["editor"].split()))

    # a meta author that repeats the site's own name (copyright, og:site_name ...) is the outlet
    # (Sina's mediaid / a 来源 line near the top name the outlet a story was taken from)
    sites = {compact(meta[k]) for k in ("copyright", "og:site_name", "application-name", "publisher", "source", "sitename", "mediaid")
             if meta.get(k)}
    # a press release's issuer (PR Newswire's "SOURCE Lingxin Robotics", 美通社's 消息来源：…) is its source, not
    # its author, though the release's meta author names it
    sites |= {compact(m.group(1)) for m in _RELEASE_SOURCE.finditer(raw_text or text or "")}

    def people(names: list[str]) -> list[str]:
        return [
            n for n in names
            if n not in editors and not any(len(e) >= 2 and e in n for e in editors) and compact(n) not in sites
        ]

    head = text[:400] + "\n" + text[-300:] if text else ""
    names = authors_from_text(head)
    if not names:
        names = authors_from_text(head_text if head_text is not None else _head_text(tree, 3000))
    if not names and text:
        # (an outlet credited in brackets, 中時 of 中時電子報, is not a reporter)
        names = [n for n in _trailing_credit(text) if not any(compact(n) in s for s in sites)]
    if names:
        return _join(names)
    # a WeChat post's author field names the person (the page's meta author is the account)
    names = people(_clean_meta_author(evidence.get(_WECHAT_AUTHOR_KEY, "")))
    if names:
        return _join(names)
    for c in filter(None, evidence.get(_LD_PEOPLE_KEY, "").split("\n")):
        names += [n for n in people(_clean_meta_author(c)) if n not in names]
    if names:
        return _join(names)
    names = people([n for n in evidence.get(_LINES_KEY, "").split("\n") if n])
    if names:
        return _join(names)
    for key in ("author", "article:author", "byline", "byl", "dc.creator", "dcterms.creator", "sailthru.author",
                "parsely-author", "og:article:author", "article:author_name", "twitter:creator"):
        v = meta.get(key)
        if v:
            names = people(_clean_meta_author(v))
            if names:
                return _join(names)
    names = people([n for n in evidence.get(_DOM_KEY, "").split("\n") if n])
    if names:
        return _join(names)
    m = _EN_BIO_RE.search(text[-800:]) if text else None
    if m is None and raw_text:
        m = _EN_BIO_RE.search(raw_text[-800:])
    if m and not _EN_NOT_NAMES.match(m.group(1)):
        return m.group(1)
    for c in filter(None, evidence.get(_LD_ORGS_KEY, "").split("\n")):
        names = _clean_meta_author(c)
        if names:
            return _join(names)
    # a WeChat post that names no person is credited to its account (爱否科技), like an organization
    return evidence.get(_WECHAT_KEY) or None


def compact(s: str) -> str:
    """Lower-cased text without punctuation or spaces: the form names and lines are compared in."""
    return re.sub(r"\W+", "", s or "").lower()


# a Latin name printed in capitals (China Daily's "By MA SI", a wire's "By JOHN SMITH"): two words or more, none with
# a lower-case letter; one capitalised word alone (REUTERS, AFP) is an agency, and stays as printed
_CAPITALS_NAME = re.compile(r"[A-Z][A-Z'’.-]*(?:\s+[A-Z][A-Z'’.-]*)+")


def _name_case(name: str) -> str:
    """A name printed in capitals as names are written ("MA SI" -> "Ma Si", "O'NEIL" -> "O'Neil")."""
    return name.title() if _CAPITALS_NAME.fullmatch(name) else name


def _join(names: Iterable[str]) -> str:
    names = [_name_case(n) for n in names]
    if all(re.fullmatch(r"[\u4e00-\u9fff·]+", n) for n in names):
        return "、".join(names)
    return ", ".join(names)


# --------------------------------------------------------------------------- title, outlet

_TITLE_SEP_RE = re.compile(r"\s*(?:_|\||｜|—+|--|-\s| -|::|·\s|»)\s*|\s+:\s+")  # " : " is NPR's (a headline's colon has no space before it)


def find_title(tree, *, selector: str | None = None, meta: dict[str, str] | None = None,
               sites: Iterable[str | None] = ()) -> str | None:
    """Headline: hint selector, og:title, an <h1> matching the <title>, the headline the page shows when its
    <title> is only the site's name (``sites``: the names the page's site is known by, such as the known-domain
    map's), the <title> less its site suffix."""
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
    if raw_title and _names_the_site(tree, raw_title, meta, sites) and (shown := _shown_headline(tree, raw_title)):
        return shown
    if raw_title:
        title = _strip_site(raw_title)
        if title == raw_title:
            title = _displayed_part(tree, raw_title) or title
        return title
    return h1s[0] if h1s else None


def _strip_site(title: str) -> str:
    parts = [p for p in _TITLE_SEP_RE.split(title) if p]
    if len(parts) > 1:
        longest = max(parts, key=len)
        # keep the headline: the first part unless a later one is clearly longer
        first = parts[0]
        title = first if len(first) >= 0.6 * len(longest) else longest
    if suffixed := _site_suffix(title):   # (also the part kept: "36氪首发｜标题-36氪")
        return suffixed[0]
    return title


def _site_suffix(title: str) -> tuple[str, str] | None:
    """(headline, site name) of a title closed by a site's name after a bare hyphen (标题-北京市统计局), when the
    headline is the longer part; None otherwise."""
    m = _SITE_SUFFIX_RE.match(title)
    return (m.group(1), m.group(2)) if m and len(m.group(1)) >= len(m.group(2)) else None


# A site's name after a bare hyphen closing a title (标题-海淀区人民政府网站, 标题-北京市统计局, 标题-新华网):
# _TITLE_SEP_RE splits a hyphen only with a space beside it (COVID-19, 2025-2026, A-share stay whole), so a
# hyphen counts here only before a Han name ending in a site's or an office's word, and after a longer headline.
_SITE_SUFFIX_RE = re.compile(
    r"^(.{4,}?)\s*-\s*([\u4e00-\u9fff]{1,20}(?:网|網|网站|網站|政府|局|委员会|委員會|办公室|辦公室|厅|廳|报|報|社|电视台|電視台|广播电视台|门户|門戶|新闻|新聞)"
    r"|36氪|虎嗅|钛媒体)$")

# the page's visible headline: a heading, a bold cell or line, or an element named as a title
_HEADLINE_TAGS = frozenset(("h1", "h2", "h3", "h4", "b", "strong"))
_HEADLINE_CLASS_RE = re.compile(r"(?:^|[\s_-])(?:[a-z]*title|tit|bt|biaoti|headline|heading)(?:$|[\s_\-\d])", re.I)
_TITLE_BOUNDARY = " \u3000-_|｜—–·:："
_TITLE_RUNS = lxml.etree.XPath(
    "//body//text()[string-length(normalize-space(.)) >= 4][string-length(normalize-space(.)) < $n]", smart_strings=True)


def _displayed_part(tree, raw_title: str) -> str | None:
    """The part of a <title> that the page shows as its headline, when the rest is a site's and column's
    names with no separator _TITLE_SEP_RE knows: a TRS portal's "站名 栏目 标题" (北京市科学技术委员会、中关村
    科技园区管理委员会 工作动态 市科委…召开…推进会) or "标题-站名".  The headline is the whole text of a heading,
    a bold element or one named as a title, and the <title> starts or ends with it at a space or separator;
    the rest is 2-40 characters."""
    for run in _TITLE_RUNS(tree, n=len(raw_title)):
        text = " ".join(run.split())
        if raw_title.endswith(text):
            rest, edge = raw_title[: -len(text)], raw_title[-len(text) - 1]
        elif raw_title.startswith(text):
            rest, edge = raw_title[len(text):], raw_title[len(text)]
        else:
            continue
        if edge not in _TITLE_BOUNDARY or not 2 <= len(rest.strip(_TITLE_BOUNDARY)) <= 40 or len(compact(text)) < 6:
            continue
        el = run.getparent()
        if el is None or " ".join(el.text_content().split()) != text:
            continue
        style = (el.get("style") or "").replace(" ", "").lower()
        if el.tag in _HEADLINE_TAGS or "font-weight:bold" in style or "font-weight:700" in style \
                or _HEADLINE_CLASS_RE.search(f"{el.get('class') or ''} {el.get('id') or ''}"):
            return text
    return None


# a footer's credit of the site's owner: 版权所有：中关村科技园区管理委员会, 主办单位：…, Copyright © 2024 …: what stands just
# before the name (read in a window before each place the page names it: a search of the whole pattern was quadratic
# in a run of © or spaces, 30,000 of them 9.5 s)
_SITE_CREDIT_BEFORE = re.compile(r"(?:版权所有|版權所有|主办单位|主辦單位|主办|主辦|copyright|©)[\s:：©]*"
                                 r"(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\s*)?$", re.I)
_SITE_CREDIT_WINDOW = 200   # characters before the name (its whitespace folded to single spaces)
_SITE_META = ("og:site_name", "application-name", "publisher", "sitename", "site_name", "siteName")


def _names_the_site(tree, raw_title: str, meta: dict[str, str], sites: Iterable[str | None]) -> bool:
    """Whether a page's whole <title> is its site's name (an old government CMS writes 中关村科技园区管理委员会 into
    every page's <title>): one of ``sites``, the site name of its meta tags, or the name its footer credits as the
    site's owner (版权所有：…, 主办单位：…)."""
    name = compact(raw_title)
    if not name:
        return False
    known = {compact(s) for s in sites if s} | {compact(meta[k]) for k in _SITE_META if meta.get(k)}
    if name in known:
        return True
    body = tree.find(".//body")
    text = " ".join(body.text_content().split()) if body is not None else ""
    return any(_SITE_CREDIT_BEFORE.search(text, max(0, m.start() - _SITE_CREDIT_WINDOW), m.start())
               for m in re.finditer(re.escape(raw_title), text, re.I))


_PROSE_RUN = re.compile(r"[。！？.!?]")


def _headline_element(run) -> bool:
    """Whether the text node ``run`` is the whole text of a heading (h1-h4), a bold element or one named as a
    title, outside any link."""
    text = " ".join(run.split())
    el, found = _holder(run), False
    while el is not None and el.tag not in ("body", "html"):
        if el.tag == "a":
            return False
        if not found and " ".join(el.text_content().split()) == text:
            style = (el.get("style") or "").replace(" ", "").lower()
            found = (el.tag in _HEADLINE_TAGS or "font-weight:bold" in style
                     or "font-weight:700" in style
                     or bool(_HEADLINE_CLASS_RE.search(f"{el.get('class') or ''} {el.get('id') or ''}")))
        el = el.getparent()
    return found


def _holder(run):
    """The element a text node is the text of (a tail's is its element's parent)."""
    el = run.getparent()
    return el.getparent() if el is not None and run.is_tail else el


def _shown_headline(tree, site: str) -> str | None:
    """The headline a page shows above its text, read when its <title> is only the site's name: of the headings,
    bold elements and elements named as a title (as :func:`_displayed_part` knows them) that come before the
    page's first run of prose, the last <h1>, or else the last of the others; its text 6 to 100 characters, not a
    link's and not the site's name.  None when there is none (a menu's 政策法规 is too short to be one)."""
    body = tree.find(".//body")
    if body is None:
        return None
    h1s: list[str] = []
    others: list[str] = []
    for run in _BODY_RUNS(body):
        holder = _holder(run)
        if holder is None or holder.tag in ("script", "style", "noscript", "title"):
            continue
        text = " ".join(run.split())
        if len(text) >= 40 and _PROSE_RUN.search(text):
            break
        if not 6 <= len(compact(text)) <= 100 or compact(text) == compact(site) or not _headline_element(run):
            continue
        (h1s if holder.tag == "h1" or any(a.tag == "h1" for a in holder.iterancestors()) else others).append(text)
    found = h1s or others
    return found[-1] if found else None


_BODY_RUNS = lxml.etree.XPath(".//text()[string-length(normalize-space(.)) >= 4]", smart_strings=True)


@functools.lru_cache(maxsize=None)
def outlet_table(table: str) -> dict[str, str]:
    """A table of ``pipeline/rules/outlets.toml``: ``domains`` (a known domain -> its outlet's name) or ``english``
    (an outlet's Chinese name -> the name it uses in English)."""
    import tomllib
    from importlib import resources

    data = tomllib.loads(resources.files("pipeline").joinpath("rules", "outlets.toml").read_text(encoding="utf-8"))
    names = data.get(table, {})
    if not isinstance(names, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in names.items()):
        raise ValueError(f"outlets.toml: [{table}] must map strings to strings")
    return dict(names)


def domain_outlet(url: str | None, domains: dict[str, str] | None) -> str | None:
    """The name the known-domain map gives *url*'s host (or a parent domain of it), or None."""
    host = (urlsplit(url).hostname or "").lower() if url else ""
    if host and domains:
        parts = host.split(".")
        for i in range(len(parts) - 1):
            if name := domains.get(".".join(parts[i:])):
                return name
    return None


def find_outlet(
    tree,
    url: str | None = None,
    *,
    meta: dict[str, str] | None = None,
    domains: dict[str, str] | None = None,
    title: str | None = None,
) -> str | None:
    """Site name: the known-domain map, og:site_name / application-name, the <title> suffix (or prefix; ``title``,
    the headline found, is not taken for it).

    The map comes first: an outlet is one name in the warehouse whatever a page's meta tags say (one
    government portal's pages gave 首都之窗_北京市人民政府门户网站 where they had the tag and 北京市人民政府
    where they did not), so analysts' counts by outlet do not split."""
    meta = _meta_map(tree) if meta is None else meta
    if name := domain_outlet(url, domains):
        return name
    for key in ("og:site_name", "application-name", "publisher", "twitter:site", "sitename", "site_name"):
        v = meta.get(key)
        if v and not v.startswith(("http", "@")) and len(v) <= 40:
            return v.strip()
    t = tree.find(".//title")
    if t is not None:
        raw = " ".join(t.text_content().split())
        parts = [p for p in _TITLE_SEP_RE.split(raw) if p]
        if len(parts) > 1:
            # the site's name closes the <title>, or opens it (香港文匯報 -- 港科企組團訪中關村 探兩地創科合作): a
            # part that is the page's headline is not the site, however short
            headlines = _shown_headlines(tree, meta) + ([title] if title else [])
            last_is_headline = any(_same_words(parts[-1], h) for h in headlines)
            if last_is_headline and len(parts[0]) <= 20 and not any(_same_words(parts[0], h) for h in headlines):
                return parts[0]
            if len(parts[-1]) <= 20:
                return parts[-1]
        if parts and (suffixed := _site_suffix(parts[-1])):   # (标题-新华网; 36氪首发｜标题-36氪)
            return suffixed[1]
    return None


def _shown_headlines(tree, meta: dict[str, str]) -> list[str]:
    """The page's headline as its <h1>s and og:title give it."""
    found = [" ".join(h.text_content().split()) for h in tree.iter("h1")]
    found += [" ".join(meta[k].split()) for k in ("og:title", "twitter:title") if meta.get(k)]
    return [h for h in found if len(h) >= 2]


def _same_words(a: str, b: str) -> bool:
    """``a`` is ``b``, spaces and case aside."""
    return "".join(a.split()).casefold() == "".join(b.split()).casefold()


# --------------------------------------------------------------------------- language

_HAN_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_KANA_RE = re.compile(r"[\u3040-\u30ff]")
_KANA_SHARE = 0.2   # of Han and kana: more kana than that is Japanese
_HANGUL_RE = re.compile(r"[\uac00-\ud7af]")
_LATIN_RE = re.compile(r"[A-Za-z]")
# the complement of _LATIN_RE (and decode's of the Han characters, NOT_HAN_RUN), a run at a time: deleting them
# leaves a text's Latin letters (Han characters) in order, counted or read as one string; findall made a string object
# of each character, which cost most of a Chinese page's detect_language
_NOT_LATIN_RUN = re.compile(r"[^A-Za-z]+")
_EN_WORDS = re.compile(r"\b(the|and|of|to|in|is|that|for|with|on|was|said)\b", re.I)


def detect_language(text: str, declared: str | None = None) -> str:
    """``zh-Hans``, ``zh-Hant``, ``en`` or ``und`` from character statistics.

    Chinese when Han characters are at least a fifth of the letters; traditional when more
    of a sample changes under OpenCC t2s (traditional-only characters) than under s2t.  A page
    that declares itself English (``declared``: its ``<html lang>``) and is bilingual, with at
    least twice as many Latin letters as Han characters, is English: its Chinese is quoted.
    """
    sample = text[:5000]
    han = len(NOT_HAN_RUN.sub("", sample))
    kana = len(_KANA_RE.findall(sample))
    hangul = len(_HANGUL_RE.findall(sample))
    latin = len(_NOT_LATIN_RUN.sub("", sample))
    # Japanese writes a kana for about every Han character (a third of its characters or more even in headline
    # style); a Chinese story that quotes one Japanese sentence has a few percent (a tester's 8 Chinese sentences and
    # one 「…」と指摘した。: 7%, stored as und and lost to every language-filtered query)
    if kana > _KANA_SHARE * (han + kana) and kana >= 5 or hangul > han:
        return "und"
    english_page = bool(declared) and declared.strip().lower().split("-")[0] == "en" and latin >= 2 * han
    if han and han * 5 >= latin and not english_page:  # a Han character carries about a word's worth of letters
        return _script(sample)
    words = len(re.findall(r"[A-Za-z]+", sample))
    if latin and words >= 3 and len(_EN_WORDS.findall(sample)) >= max(1, words // 25):
        return "en"
    return "und"


@functools.lru_cache(maxsize=2)
def _converter(config: str):
    import opencc

    return opencc.OpenCC(config)


@functools.lru_cache(maxsize=4)
def opencc_char_table(name: str) -> dict[int, str]:
    """OpenCC's one-character dictionary ``name`` (``TSCharacters``: traditional ->
    simplified, ``STCharacters``: the reverse) as a ``str.translate`` table, first candidate
    of each entry.  OpenCC's pure-Python converter runs at about 0.5 M characters/s; the
    table gives the same character mapping at C speed (phrase-level exceptions aside)."""
    import opencc
    from pathlib import Path

    path = Path(opencc.__file__).with_name("dictionary") / f"{name}.txt"
    table: dict[int, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        key, _, values = line.partition("\t")
        if len(key) == 1 and values:
            table[ord(key)] = values.split(" ")[0]
    return table


@functools.lru_cache(maxsize=2)
def _char_set(name: str) -> frozenset[str]:
    """Characters that the character dictionary ``name`` changes."""
    return frozenset(chr(k) for k, v in opencc_char_table(name).items() if v != chr(k))


def _script(sample: str) -> str:
    # counted with OpenCC's character tables (C-speed set lookups), not its converter:
    # the pure-Python converter costs more than the rest of a page's extraction
    chars = NOT_HAN_RUN.sub("", sample)[:1500]
    trad_only, simp_only = _char_set("TSCharacters"), _char_set("STCharacters")
    trad = sum(map(trad_only.__contains__, chars))   # (map: the lookups stay in C)
    simp = sum(map(simp_only.__contains__, chars))
    return "zh-Hant" if trad > simp else "zh-Hans"


def to_simplified(text: str) -> str:
    """OpenCC t2s conversion (traditional -> simplified), a run of text at a time: OpenCC's phrase matching costs
    more than linear time in the length of a run without punctuation (a hostile page's 3.3 million characters in one
    paragraph took 142 s), so a run longer than _T2S_RUN is converted in pieces cut there (its phrases are a few
    characters long: what a cut could split is at most one phrase in _T2S_RUN characters)."""
    convert = _converter("t2s").convert
    if len(text) <= _T2S_RUN:
        return convert(text)
    return "".join(convert(text[i:i + _T2S_RUN]) for i in range(0, len(text), _T2S_RUN))


_T2S_RUN = 2000
