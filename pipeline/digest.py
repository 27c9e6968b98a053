"""Render a day's digest (Markdown and HTML). Pure: the data is passed in."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import date, datetime

from pipeline.metadata import SHANGHAI as BEIJING  # the zone the digest shows times in
from pipeline.warehouse import WEEK_LOOKED


@dataclass(frozen=True)
class DigestItem:
    article_id: str
    title: str
    source: str
    outlet: str | None
    url: str
    published_at: datetime | None
    language: str
    evidence: str
    score: float
    method: str = "rules"  # "model": the learned task model made the label (its evidence is the model's pick)
    story_id: str | None = None  # the story (pipeline.stories) the article belongs to
    story_first_seen: date | None = None  # the day the story's first article was seen
    match: str | None = None  # how the article joined its story: "copy", "translation", None (it began the story)
    story_outlet: str | None = None  # the outlet of the story's first article
    # (outlet, url, language note) of the story's other articles in the same list: republished copies, and
    # translations, whose note names their language ("in English", "in Chinese"; "" for a copy)
    also: tuple[tuple[str, str, str], ...] = ()


@dataclass(frozen=True)
class DigestChange:
    """A relevant article of an earlier day that its site corrected or withdrew, as a recheck found it."""
    title: str
    url: str
    outlet: str
    first_seen: date
    what: str            # "updated" or "withdrawn"
    why: str | None      # for a withdrawal, what the page answered (status_404, status_410, section_redirect)
    revision: int | None

    def note(self) -> str:
        if self.what == "withdrawn":
            answer = {"status_404": "now answers 404", "status_410": "now answers 410 Gone",
                      "section_redirect": "now sends readers to the front page or a listing",
                      "replaced": "its address now shows another page (a \"not found\" page, another story)",
                      }.get(self.why or "", "gone")
            return f"withdrawn: {answer} (first seen {self.first_seen:%Y-%m-%d})"
        return f"updated by its site: the text shown is revision {self.revision} (first seen {self.first_seen:%Y-%m-%d})"


@dataclass(frozen=True)
class DigestStory:
    """One story among the day's relevant articles, for the overview: its lead article, the other outlets that
    carried it that day, and the plan tasks any of its articles was labelled with."""

    title: str
    url: str
    outlet: str
    also: tuple[tuple[str, str, str], ...]  # (outlet, url, language note), as DigestItem.also
    codes: tuple[str, ...]  # top-level task codes, in plan order
    first_seen: date | None = None  # the day the story's first article was seen
    match: str | None = None  # how the lead article joined the story (as DigestItem.match)
    story_outlet: str | None = None  # the outlet of the story's first article
    language: str = ""  # the lead article's (zh-Hans, zh-Hant, en)
    published_at: datetime | None = None  # the lead article's


@dataclass(frozen=True)
class DigestTask:
    code: str
    name_zh: str
    name_en: str
    items: tuple[DigestItem, ...]
    count_today: int
    count_previous: int
    last_7d: int = 0  # relevant articles first seen in the 7 days ending today (as the task_momentum view)
    prior_7d: int = 0  # ... and in the 7 days before those

    @property
    def trend(self) -> str:
        """rising / falling / steady: the last 7 days against the 7 before (the task_momentum view's words)."""
        return "rising" if self.last_7d > self.prior_7d else "falling" if self.last_7d < self.prior_7d else "steady"


@dataclass(frozen=True)
class Digest:
    day: date
    previous_day: date
    tasks: tuple[DigestTask, ...]
    relevant_today: int
    relevant_previous: int
    unlabelled: tuple[DigestItem, ...] = ()
    broken_sources: tuple[tuple[str, str], ...] = field(default_factory=tuple)  # (source, reason)
    stories_today: int | None = None  # distinct stories among today's relevant articles (None: not known)
    stories: tuple[DigestStory, ...] = ()  # the overview: each of today's relevant stories once
    # whether any refresh looked at the previous day, and at the 7 days before the last 7: a day nothing looked at
    # is shown as unknown (—), not as a day without coverage, and a trend against it is not reported
    previous_refreshed: bool = True
    prior_week_refreshed: bool = True
    last_week_refreshed: bool = True
    taxonomy_version: str | None = None   # the version whose task names and labels the digest shows
    changes: tuple[DigestChange, ...] = ()  # earlier relevant articles corrected or withdrawn today
    # whether a crawl run on the day itself looked at it; False for a day only a later crawl (a backfill) filled,
    # which the trend columns (refreshed_days) leave out
    day_refreshed: bool = True

    @property
    def has_learned_labels(self) -> bool:
        """Whether any listed label was made by the learned task model (the legend is shown then)."""
        return any(it.method == "model" for t in self.tasks for it in t.items)


# a label the learned task model made (not the taxonomy's phrases) is marked, so a reader knows the quote is
# the model's best sentence rather than a sentence naming the task
LEARNED_MD = " · _learned label_"
LEARNED_HTML = ' · <small title="made by the learned task model">learned label</small>'


LEARNED_LEGEND = ("learned label: the learned task model made this label, not the plan's own phrases; its quote is "
                  "the sentence that weighs most for the task and may not name it.")

_TREND = {"rising": "↑ rising", "falling": "↓ falling", "steady": "steady"}
UNKNOWN = "—"
LATE_DAYS = 7  # an article published more than this many days before the day it was first seen is an older piece
COUNTS_NOTE = ("Counts are articles: a story several outlets carried, or translated, counts once for each of them; "
               "the lists below show each story once. — marks a day no refresh looked at, or a week it looked at "
               f"fewer than {WEEK_LOOKED} days of. An article counts on the day it was first seen; one published more "
               f"than {LATE_DAYS} days before is marked as an older piece. Days are Beijing "
               "days and times Beijing time (UTC+8).")
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")
_CJK_BREAK = re.compile(r"(?<=[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef“”‘’、，。；：！？（）])\s+"
                        r"(?=[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef“”‘’（])")


def _md(text: str) -> str:
    """Text put into Markdown as text, on one line: the characters Markdown would read as markup are escaped."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))


# what would end a Markdown link's destination early, or break its line, percent-encoded
_MD_URL = str.maketrans({c: f"%{ord(c):02X}" for c in "()<> \t\r\n"})


def _url(url: str) -> str:
    """A URL as a Markdown link destination."""
    return url.translate(_MD_URL)


def _cells(d: Digest, t: DigestTask) -> tuple[str, str, str, str]:
    """(previous day, last 7 days, 7 days before, trend) as shown: unknown where no refresh looked, or looked at
    fewer than 4 days of a week (no trend then)."""
    prev = str(t.count_previous) if d.previous_refreshed else UNKNOWN
    last = str(t.last_7d) if d.last_week_refreshed else UNKNOWN
    prior = str(t.prior_7d) if d.prior_week_refreshed else UNKNOWN
    return prev, last, prior, _TREND[t.trend] if d.last_week_refreshed and d.prior_week_refreshed else UNKNOWN


CHANGES_HEADING = "Corrected or withdrawn since first seen"
BACKFILL_NOTE = ("only a crawl run after the day filled it, with what the sources still listed then; the trend "
                 "columns of other days leave it out")


def _headline(d: Digest) -> str:
    late = "" if d.day_refreshed else f" — {BACKFILL_NOTE}"
    if not d.previous_refreshed:
        return f"{d.relevant_today} (no refresh looked at the previous day){_stories(d)}{late}"
    return f"{_delta(d.relevant_today, d.relevant_previous)}{_stories(d)}{late}"


def _delta(today: int, prev: int) -> str:
    d = today - prev
    return f"{today} ({'+' if d > 0 else ''}{d} vs previous day)" if d else f"{today} (= previous day)"


def _when(dt: datetime | None) -> str:
    """The publication time in Beijing time (whatever zone the page gave it in; the header says so): a page that
    gives only its day (stored as its midnight in Beijing) shows the day."""
    if dt is None:
        return "date unknown"
    if dt.tzinfo is not None:
        dt = dt.astimezone(BEIJING)
    return dt.strftime("%Y-%m-%d") if (dt.hour, dt.minute, dt.second) == (0, 0, 0) else dt.strftime("%Y-%m-%d %H:%M")


def _older_piece(published_at: datetime | None, day: date) -> str:
    """The note of an article published long before the day it was first seen (an archive page or a new source
    brought it up): the reader should not take it for the day's news."""
    if published_at is None:
        return ""
    published = published_at.astimezone(BEIJING).date() if published_at.tzinfo is not None else published_at.date()
    if (day - published).days <= LATE_DAYS:
        return ""
    return f" · older piece: published {published:%Y-%m-%d}, first seen {day:%Y-%m-%d}"


def _one_line(evidence: str) -> str:
    """Evidence is stored verbatim; a sentence the page broke over two lines is shown as one quote line (with no
    space where the break fell between Chinese characters or punctuation)."""
    return " ".join(_CJK_BREAK.sub("", evidence.strip()).split())


def _stories(d: Digest) -> str:
    if d.stories_today is None or d.stories_today == d.relevant_today:
        return ""
    return f", {d.stories_today} {'story' if d.stories_today == 1 else 'stories'} (the rest republish or translate them)"


def _earlier_story(first_seen: date | None, match: str | None, day: date, outlet: str | None = None) -> str:
    """A story first seen on an earlier day says so, by whom, and whether today's article republishes or
    translates it."""
    if first_seen is None or first_seen >= day:
        return ""
    how = "a translation" if match == "translation" else "republished"
    return f" · {how} (story first seen {first_seen:%Y-%m-%d}{f', {outlet}' if outlet else ''})"


def _story_note(it: DigestItem, day: date, esc=str) -> str:
    """What follows an item's time: the earlier story it republishes or translates, and whether it is an older piece."""
    return (_earlier_story(it.story_first_seen, it.match, day, esc(it.story_outlet) if it.story_outlet else None)
            + _older_piece(it.published_at, day))


def _overview_note(st: DigestStory, day: date, esc=str) -> str:
    """As ``_story_note``, for a story of the overview (its lead article's)."""
    return (_earlier_story(st.first_seen, st.match, day, esc(st.story_outlet) if st.story_outlet else None)
            + _older_piece(st.published_at, day))


def _by_outlet(also) -> list[tuple[str, list[str], str]]:
    """``also`` grouped by (outlet, language note) in order of first appearance: an outlet that carried the story on
    two pages is named once, with both links."""
    groups: dict[tuple[str, str], list[str]] = {}
    for outlet, url, note in also:
        groups.setdefault((outlet, note), []).append(url)
    return [(o, urls, n) for (o, n), urls in groups.items()]


def _more_md(urls: list[str]) -> str:
    """An outlet's further pages of a story, numbered from 2: `` ([2](url2), [3](url3))``."""
    return " (" + ", ".join(f"[{k}]({_url(u)})" for k, u in enumerate(urls, 2)) + ")" if urls else ""


def _more_html(urls: list[str]) -> str:
    """As ``_more_md``, in HTML."""
    return (" (" + ", ".join(f'<a href="{html.escape(u, quote=True)}">{k}</a>' for k, u in enumerate(urls, 2)) + ")"
            if urls else "")


def _links_md(also) -> str:
    """The other outlets of a story as Markdown links: ``[Outlet](url)``, a second page of the same outlet as
    ``[Outlet](url) ([2](url2))``, and the language note after them."""
    return ", ".join(f"[{_md(o)}]({_url(urls[0])}){_more_md(urls[1:])}" + (f" ({_md(n)})" if n else "")
                     for o, urls, n in _by_outlet(also))


def _links_html(also) -> str:
    """As ``_links_md``, in HTML."""
    e = html.escape
    return ", ".join(f'<a href="{e(urls[0], quote=True)}">{e(o)}</a>{_more_html(urls[1:])}' + (f" ({e(n)})" if n else "")
                     for o, urls, n in _by_outlet(also))


def _split_lead(also, lead: str | None) -> tuple[list[str], tuple]:
    """(the URLs of the story's other pages from the lead's own outlet, the rest of ``also``): the lead's outlet
    is not named again as another outlet; its further pages are linked as [2], [3] beside it."""
    own = [u for o, u, n in also if lead and o == lead and not n]
    return own, tuple(x for x in also if not (lead and x[0] == lead and not x[2]))


def _also_md(it: DigestItem) -> list[str]:
    """The line naming the other outlets that carried the story (none when it has no copies in the list); the
    item's own outlet, when it carried the story again, with its further pages as [2], [3]."""
    lead = it.outlet or it.source
    own, rest = _split_lead(it.also, lead)
    parts = ([f"{_md(lead)}{_more_md(own)}"] if own else []) + ([_links_md(rest)] if rest else [])
    return ["  also carried by " + ", ".join(parts)] if parts else []


def render_markdown(d: Digest) -> str:
    out = [f"# Zhongguancun & Beijing S&T innovation center coverage — {d.day:%Y-%m-%d}", ""]
    out.append(f"Relevant articles first seen today: {_headline(d)}.")
    out.append("")
    out.append("| task | articles today | previous day | last 7 days | 7 days before | trend |")
    out.append("|---|---:|---:|---:|---:|---|")
    for t in d.tasks:
        prev, last, prior, trend = _cells(d, t)
        out.append(f"| {t.code} {_md(t.name_zh)} | {t.count_today} | {prev} | {last} | {prior} | {trend} |")
    out.append("")
    out.append(f"_{COUNTS_NOTE}_")
    out.append("")
    if d.stories:
        out.append(f"## Today's stories ({len(d.stories)})")
        out.append("")
        for n, st in enumerate(d.stories, 1):
            own, rest = _split_lead(st.also, st.outlet)
            also = "; also " + _links_md(rest) if rest else ""
            codes = " ".join(st.codes) if st.codes else "no plan task"
            out.append(f"{n}. [{_md(st.title)}]({_url(st.url)}) — {_md(st.outlet)}{_more_md(own)}{also} — {codes}"
                       + _overview_note(st, d.day, _md))
        out.append("")
    for t in d.tasks:
        if not t.items:
            continue
        out.append(f"## {t.code} {_md(t.name_zh)} — {_md(t.name_en)}")
        out.append("")
        for it in t.items:
            out.append(f"- **[{_md(it.title)}]({_url(it.url)})** — {_md(it.outlet or it.source)}, {_when(it.published_at)}"
                       + (LEARNED_MD if it.method == "model" else "") + _story_note(it, d.day, _md))
            out.extend(_also_md(it))
            out.append(f"  > {_md(_one_line(it.evidence))}")
        out.append("")
    if d.unlabelled:
        out.append("## Relevant, no plan task matched")
        out.append("")
        for it in d.unlabelled:
            out.append(f"- **[{_md(it.title)}]({_url(it.url)})** — {_md(it.outlet or it.source)}, {_when(it.published_at)}"
                       + _story_note(it, d.day, _md))
            out.extend(_also_md(it))
        out.append("")
    if d.changes:
        out.append(f"## {CHANGES_HEADING}")
        out.append("")
        for c in d.changes:
            out.append(f"- [{_md(c.title)}]({_url(c.url)}) — {_md(c.outlet)}: {_md(c.note())}")
        out.append("")
    if not d.relevant_today:
        out.append("_No new relevant coverage today._")
        out.append("")
    if d.has_learned_labels:
        out.append(f"_{LEARNED_LEGEND}_")
        out.append("")
    out.append("---")
    if d.broken_sources:
        out.append("Sources needing attention: " + "; ".join(f"{_md(s)} ({_md(why)})" for s, why in d.broken_sources) + ".")
    else:
        out.append("All sources healthy.")
    if d.taxonomy_version:
        out.append("")
        out.append(f"_{_labelled_by(d)}_")
    return "\n".join(out) + "\n"


def _labelled_by(d: Digest) -> str:
    """The taxonomy version the labels come from: a day rendered again after a new version may read otherwise."""
    return f"Labels by taxonomy {d.taxonomy_version}."


def _also_html(it: DigestItem) -> str:
    lead = it.outlet or it.source
    own, rest = _split_lead(it.also, lead)
    parts = ([f"{html.escape(lead)}{_more_html(own)}"] if own else []) + ([_links_html(rest)] if rest else [])
    return f"<br><small>also carried by {', '.join(parts)}</small>" if parts else ""


def _lang(language: str | None) -> str:
    """A ``lang`` attribute for an article's title and evidence, so that a browser draws traditional characters
    with a traditional font and a screen reader reads English as English ('' for an undetermined language)."""
    return f' lang="{language}"' if language in ("zh-Hans", "zh-Hant", "en") else ""


def render_html(d: Digest) -> str:
    e = html.escape
    parts = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>ZGC coverage {d.day:%Y-%m-%d}</title>",
        "<style>body{font-family:sans-serif;max-width:52em;margin:2em auto;line-height:1.5}"
        "blockquote{color:#444;border-left:3px solid #ccc;margin:.3em 0 .8em;padding-left:.8em}"
        "table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:.2em .6em}"
        "footer{margin-top:2em;color:#666;font-size:90%}</style></head><body>",
        f"<h1>Zhongguancun &amp; Beijing S&amp;T innovation center coverage — {d.day:%Y-%m-%d}</h1>",
        f"<p>Relevant articles first seen today: {e(_headline(d))}.</p>",
        "<table><tr><th>task</th><th>articles today</th><th>previous day</th><th>last 7 days</th><th>7 days before</th>"
        "<th>trend</th></tr>",
    ]
    for t in d.tasks:
        prev, last, prior, trend = _cells(d, t)
        name = f'<a href="#{e(t.code)}">{e(t.code)}</a>' if t.items else e(t.code)
        parts.append(f'<tr><td>{name} <span lang="zh-Hans">{e(t.name_zh)}</span></td>'
                     f"<td>{t.count_today}</td><td>{e(prev)}</td>"
                     f"<td>{e(last)}</td><td>{e(prior)}</td><td>{e(trend)}</td></tr>")
    parts.append("</table>")
    parts.append(f"<p><small>{e(COUNTS_NOTE)}</small></p>")
    if d.stories:
        parts.append(f"<h2>Today's stories ({len(d.stories)})</h2><ol>")
        for st in d.stories:
            own, rest = _split_lead(st.also, st.outlet)
            also = "; also " + _links_html(rest) if rest else ""
            codes = " ".join(f'<a href="#{e(c)}">{e(c)}</a>' for c in st.codes) if st.codes else "no plan task"
            parts.append(f'<li><a href="{e(st.url, quote=True)}"{_lang(st.language)}>{e(st.title)}</a> — {e(st.outlet)}{_more_html(own)}{also} — {codes}'
                         f'{e(_overview_note(st, d.day))}</li>')
        parts.append("</ol>")
    for t in d.tasks:
        if not t.items:
            continue
        parts.append(f'<h2 id="{e(t.code)}">{e(t.code)} <span lang="zh-Hans">{e(t.name_zh)}</span> — {e(t.name_en)}</h2><ul>')
        for it in t.items:
            parts.append(
                f'<li><a href="{e(it.url, quote=True)}"{_lang(it.language)}>{e(it.title)}</a> — {e(it.outlet or it.source)}, '
                f"{e(_when(it.published_at))}{LEARNED_HTML if it.method == 'model' else ''}{e(_story_note(it, d.day))}"
                f"{_also_html(it)}<blockquote{_lang(it.language)}>{e(_one_line(it.evidence))}</blockquote></li>")
        parts.append("</ul>")
    if d.unlabelled:
        parts.append("<h2>Relevant, no plan task matched</h2><ul>")
        for it in d.unlabelled:
            parts.append(f'<li><a href="{e(it.url, quote=True)}"{_lang(it.language)}>{e(it.title)}</a> — {e(it.outlet or it.source)}, '
                         f"{e(_when(it.published_at))}{e(_story_note(it, d.day))}{_also_html(it)}</li>")
        parts.append("</ul>")
    if d.changes:
        parts.append(f"<h2>{e(CHANGES_HEADING)}</h2><ul>")
        for c in d.changes:
            parts.append(f'<li><a href="{e(c.url, quote=True)}">{e(c.title)}</a> — {e(c.outlet)}: {e(c.note())}</li>')
        parts.append("</ul>")
    if not d.relevant_today:
        parts.append("<p><em>No new relevant coverage today.</em></p>")
    if d.has_learned_labels:
        parts.append(f"<p><small>{e(LEARNED_LEGEND)}</small></p>")
    if d.broken_sources:
        footer = "Sources needing attention: " + "; ".join(f"{s} ({why})" for s, why in d.broken_sources) + "."
    else:
        footer = "All sources healthy."
    if d.taxonomy_version:
        footer += " " + _labelled_by(d)
    parts.append(f"<footer>{e(footer)}</footer></body></html>")
    return "\n".join(parts) + "\n"
