"""Render a day's digest (Markdown and HTML). Pure: the data is passed in."""

from __future__ import annotations

import html
import math
import os
import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path

from pipeline.metadata import SHANGHAI as BEIJING  # the zone the digest shows times in
from pipeline.metadata import outlet_table
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
    # the article's measures of the item's task: (code, Chinese name, English name), most certain first
    measures: tuple[tuple[str, str, str], ...] = ()
    withdrawn_on: date | None = None  # the day a recheck found the page gone (a past day's digest rendered again)
    withdrawn_why: str | None = None
    # the article's revision and the day a recheck found it corrected: the title and quote shown are that revision's
    # (a past day's digest rendered again after a correction)
    revision: int | None = None
    updated_on: date | None = None
    # a correction since made it irrelevant: it is shown as its latest relevant revision (*revision*) with the labels
    # and quote that revision had, since the day listed it (a past day's digest rendered again)
    no_longer_relevant: bool = False


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
    old_title: str | None = None  # the title before the change (the latest earlier revision's)
    no_longer_relevant: bool = False  # the corrected text is no longer about the zone (the earlier text was)
    # the figures the correction changed in the text, (before, after) in text order, as changed_figures gives them,
    # and how many more changed than are given
    figures: tuple[tuple[str, str], ...] = ()
    more_figures: int = 0

    def note(self, words: "Words | None" = None) -> str:
        w = words or EN
        first = f"{self.first_seen:%Y-%m-%d}"
        if self.what == "withdrawn":
            return w.withdrawn.format(answer=w.withdrawn_answers.get(self.why or "", w.withdrawn_answers[""]),
                                      first=first)
        retitled = (w.was_titled.format(title=self.old_title)
                    if self.old_title and self.old_title.strip() != self.title.strip() else "")
        figures = (w.figures_changed.format(figures=w.figures_join.join(f"{a}→{b}" for a, b in self.figures))
                   + (w.more_figures.format(n=self.more_figures) if self.more_figures else "")
                   if self.figures else "")
        return (w.updated.format(revision=self.revision, first=first) + retitled + figures
                + (w.now_irrelevant if self.no_longer_relevant else ""))


# a figure of a text: digits (ASCII once NFKC has folded full-width ones), with their thousands separators and
# decimals, and the percent sign or the Chinese magnitude after them (352亿 → 362亿 says more than 352 → 362)
_FIGURE = re.compile(r"\d+(?:[.,]\d+)*(?:%|万亿|亿|万)?")
FIGURES_SHOWN = 3    # the figure changes a correction's line names (the rest are counted)
FIGURE_MAX = 24      # characters of a figure shown (a page's run of digits, a serial number, is cut)


def changed_figures(before: str | None, after: str | None, most: int = FIGURES_SHOWN) -> tuple[tuple, int]:
    """(the figures a correction changed, ((before, after), ...) in text order, at most *most* of them; how many more
    changed): the texts' figures aligned in order (difflib), a run replaced by a run as long read pair by pair
    ("108" → "118"); a figure added or removed alone, with no figure it replaced, is not paired and not counted, as
    the words around it say nothing here. A correction that changes the facts and not the title said only
    "corrected by its site" (a monitoring lead's finding): the readers who forwarded the first figures get the new
    ones. Each change is named once, however often the text repeats it."""
    import difflib
    import unicodedata

    def figures(text: str | None) -> list[str]:
        return [f[:FIGURE_MAX] for f in _FIGURE.findall(unicodedata.normalize("NFKC", text or ""))]

    a, b = figures(before), figures(after)
    if not a or not b or a == b:
        return (), 0
    pairs: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "replace" and i2 - i1 == j2 - j1:
            pairs.extend(p for p in zip(a[i1:i2], b[j1:j2]) if p not in pairs)
    return tuple(pairs[:most]), max(len(pairs) - most, 0)


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
    title_en: str | None = None  # the title of its English version, when the lead is not English and one was found
    withdrawn_on: date | None = None  # the lead article's, as DigestItem's (a past day's digest rendered again)
    withdrawn_why: str | None = None
    revision: int | None = None  # the lead article's, as DigestItem's (its title shown is that revision's)
    updated_on: date | None = None
    no_longer_relevant: bool = False  # the lead article's, as DigestItem's


# How far apart two weeks' counts must be to be a trend: a steady rate's weekly counts differ by about
# sqrt(last + prior) (Poisson counts), and a rise of 1.28 of those happens by chance about one week in ten (a fall
# as often).
TREND_Z = 1.28


def trend_of(last: int, prior: int) -> str:
    """rising / falling / steady for two weeks' counts: steady unless the change is larger than a steady rate gives
    by chance (1 against 0, 2 against 1 and 5 against 3 are steady; 2 against 0 and 20 against 10 are rising).  The
    warehouse's trend_of macro (warehouse/views/015_trend_of.sql) is the same rule."""
    margin = TREND_Z * math.sqrt(last + prior)
    if last > prior and last - prior >= margin:
        return "rising"
    if prior > last and prior - last >= margin:
        return "falling"
    return "steady"


@dataclass(frozen=True)
class DigestTask:
    code: str
    name_zh: str
    name_en: str
    items: tuple[DigestItem, ...]
    count_today: int  # stories first seen today (as last_7d counts them: the table's columns are all stories)
    count_previous: int  # ... and on the previous day
    last_7d: int = 0  # stories first seen in the 7 days ending today (the task_momentum view's stories_last_7d)
    prior_7d: int = 0  # ... and in the 7 days before those (stories_prior_7d)
    articles_7d: bool | None = None  # whether any relevant article with it was first seen in the last 7 days (None:
    # not known: the stories say)

    @property
    def trend(self) -> str:
        """rising / falling / steady: the last 7 days against the 7 before (the task_momentum view's words)."""
        return trend_of(self.last_7d, self.prior_7d)


@dataclass(frozen=True)
class Digest:
    day: date
    previous_day: date
    tasks: tuple[DigestTask, ...]
    relevant_today: int
    relevant_previous: int
    unlabelled: tuple[DigestItem, ...] = ()
    broken_sources: tuple[tuple[str, str], ...] = field(default_factory=tuple)  # (source, reason)
    # (source, muted_until, reason, the problem it would be flagged for or None): muted in the sources file
    muted_sources: tuple = field(default_factory=tuple)
    # the outlet a source's articles name (the footer names a flagged source so, with its registry name)
    source_outlets: dict[str, str] = field(default_factory=dict)
    # the stories first seen today among today's relevant articles (new_stories: a late copy of an earlier day's
    # story is not one; None: not known)
    stories_today: int | None = None
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
    # the version the previous digest's figures were counted with (as its file records it: recorded_taxonomy), or,
    # for a day rendered again, the one this day's first rendering recorded so; None: not known (no earlier digest)
    previous_taxonomy_version: str | None = None
    # rendered after the day ended (Beijing time: `digest --date` of an earlier day, a backfill, a takedown or
    # reprocess rendering it again): its own words say "that day" (当日) where the day's own digest says "today"
    past_day: bool = False

    @property
    def earlier_counts_shown(self) -> bool:
        """Whether the table shows a figure of an earlier day: the previous day's, or a week's (a day or week no
        refresh looked at shows as unknown)."""
        return self.previous_refreshed or self.last_week_refreshed or self.prior_week_refreshed

    @property
    def recounted_from(self) -> str | None:
        """The taxonomy version the previous digest was counted with, when it is not this one's: the first digest
        after a taxonomy change, whose figures of earlier days were recounted (each stored article relabelled) and
        may differ from those the team was sent (None otherwise, and None where the table shows no earlier day's
        figure, as on a warehouse's first day: nothing of earlier days was recounted)."""
        was, now = self.previous_taxonomy_version, self.taxonomy_version
        return was if was and now and was != now and self.earlier_counts_shown else None

    @property
    def has_learned_labels(self) -> bool:
        """Whether any listed label was made by the learned task model (the legend is shown then)."""
        return any(it.method == "model" for t in self.tasks for it in t.items)


LATE_DAYS = 7  # an article published more than this many days before the day it was first seen is an older piece


# the plan texts the taxonomy's names come from were set with ASCII commas and brackets; Chinese type sets them
# full-width (坚持自立自强，提升自主创新能力; 重点（前沿）领域跨越工程)
_FULL_WIDTH = str.maketrans({",": "，", "(": "（", ")": "）", ";": "；", ":": "：", "?": "？", "!": "！"})
_ASCII_QUOTED = re.compile(r'"([^"]*)"')


def zh_name(name: str) -> str:
    """A Chinese task or measure name as Chinese type sets it: its ASCII punctuation full-width, "…" as “…”."""
    return _ASCII_QUOTED.sub(r"“\1”", name.translate(_FULL_WIDTH))


# ---- the digest's own words, in each language it is written in -----------------------------------------------


@dataclass(frozen=True)
class Words:
    """Everything the digest says in its own voice, in one language (the articles' titles, outlets and quotes stay
    as their pages wrote them)."""

    lang: str                  # the HTML document's language
    title: str                 # {day}
    html_title: str            # {day}
    first_seen_today: str      # {headline}
    no_previous: str           # {today}: the count when no refresh looked at the previous day
    more: str                  # {today} {n}: more relevant articles than the previous day
    fewer: str                 # {today} {n}: fewer
    same: str                  # {today}
    stories_today: str         # {stories} {noun}
    story_nouns: tuple[str, str]   # (one story, several)
    backfill: str
    columns: tuple[str, ...]   # the coverage table's header
    trend: dict[str, str]
    counts_note: str
    stories_heading: str       # {n}
    late_heading: str          # over the overview's late copies of earlier days' stories (listed unnumbered)
    also_story: str            # before the other outlets of a story in the overview
    no_task: str
    unlabelled_heading: str
    changes_heading: str
    nothing_today: str
    learned_md: str
    learned_html: str
    learned_legend: str
    healthy: str
    healthy_others: str        # no source needs attention but the muted ones
    attention: str             # {sources}
    muted: str                 # {sources}: the sources the sources file mutes (after the sentence before)
    muted_one: str             # {source}, {until}: one of them (its reason and its problem follow in note_wrap)
    muted_fine: str            # a muted source that would not be flagged now
    attention_join: str
    labelled_by: str           # {version}
    recounted: str             # {version} {was}: under the table of the first digest after a taxonomy change
    date_unknown: str
    older_piece: str           # {published} {day}
    earlier_story: str         # {how} {first} {outlet}
    earlier_outlet: str        # {outlet}
    translation: str
    republished: str
    also_carried: str
    after_outlet: str          # between an item's outlet and its time
    after_change_outlet: str   # between a corrected or withdrawn article's outlet and what happened to it
    language_notes: dict[str, str]   # the warehouse's note of a translation's language -> as shown
    note_wrap: str             # {note}: around it, after the link (and a flagged source's problem after its name)
    withdrawn: str             # {answer} {first}
    withdrawn_answers: dict[str, str]
    updated: str               # {revision} {first}
    both_names: bool           # task headings give the English name beside the Chinese one
    withdrawn_item: str        # {day} {answer}: an article listed on an earlier day, found gone since
    revised_item: str          # {day} {revision}: an article of an earlier day, shown as its site corrected it since
    irrelevant_item: str       # {day} {shown}: an article of an earlier day a correction since made irrelevant
    shown_first: str           # {shown} of irrelevant_item: its text as first seen is shown
    shown_revision: str        # {revision}: ... its text as corrected by that revision is shown
    measures: str              # before the measures of an item's task
    more_measures: str         # {n}: the measures not named
    was_titled: str            # {title}: a corrected article's title before the correction
    now_irrelevant: str        # a corrected article the correction made irrelevant
    figures_changed: str       # {figures}: the figures a correction changed ("108→118, 352亿→362亿")
    figures_join: str          # between those
    more_figures: str          # {n}: the figures changed beyond those named
    mail_subject: str          # {day} {count}: the subject of the digest's mail
    mail_count: tuple[str, str]    # {n}: its count of relevant articles (one, several)
    mail_quiet: str            # the count of a day with no relevant article
    no_coverage: str           # {tasks}: the plan tasks with no story in the last 7 days, under the table
    no_coverage_join: str      # between those tasks
    table_caption: str         # the trends table's caption (what a screen reader names the table by)
    unknown: str               # what "—" in the table means, said (a screen reader reads an em dash as nothing)
    cut: str                   # {n} {command}: under a list cut at its cap (Caps), how many more and what lists them
    cut_all: str               # {n} {command}: in place of a list the cap left no room for (the late copies)
    # the words above that say "today", as a past day's digest says them instead (Digest.past_day): {day} the day
    past_day: dict[str, object] = field(default_factory=dict)

    def on(self, d: "Digest") -> "Words":
        """These words as *d*'s digest says them: a past day's says "that day", not "today"."""
        return replace(self, past_day={}, **self.past_day) if d.past_day and self.past_day else self

    def measure(self, code: str, name_zh: str, name_en: str) -> str:
        """A measure as the item's line names it: its code and its name in this language (Chinese where the
        taxonomy has no English name)."""
        name = name_en if self.both_names and name_en else zh_name(name_zh)
        return f"{code} {name}".strip()

    def heading(self, t: DigestTask) -> tuple[str, str | None]:
        """A task section's heading: its code and Chinese name, and its English name where this language shows it."""
        return f"{t.code} {zh_name(t.name_zh)}", t.name_en if self.both_names else None

    def note(self, note: str, esc=str) -> str:
        """A translation's language note as shown after its link: `` (in English)``, ``（英文）``."""
        return self.note_wrap.format(note=esc(self.language_notes.get(note, note)))

    def subject(self, day: str, n: int) -> str:
        """The subject of the digest's mail: the day, and its count of relevant articles, "1 relevant article",
        "7 relevant articles", or a quiet day said as such ("0 relevant article(s)" read as a fault)."""
        count = self.mail_count[n != 1].format(n=n) if n else self.mail_quiet
        return self.mail_subject.format(day=day, count=count)

    def source_problem(self, why) -> str:
        """A source's problem (pipeline.warehouse.broken_sources) in this language: one written in both carries its
        Chinese wording as ``why.zh``."""
        return getattr(why, self.lang[:2], None) or str(why)


EN = Words(
    lang="en",
    title="Zhongguancun & Beijing S&T innovation center coverage — {day}",
    html_title="ZGC coverage {day}",
    first_seen_today="Relevant articles first seen today: {headline}.",
    no_previous="{today} (no refresh looked at the previous day)",
    more="{today} ({n} more than the previous day)",
    fewer="{today} ({n} fewer than the previous day)",
    same="{today} (the same as the previous day)",
    stories_today=", {stories} {noun} (the rest republish or translate them)",
    story_nouns=("story", "stories"),
    backfill=("only a crawl run after the day filled it, with what the sources still listed then; the trend "
              "columns of other days leave it out"),
    columns=("task", "stories today", "stories, previous day", "stories, last 7 days", "stories, 7 days before",
             "trend"),
    trend={"rising": "↑ rising", "falling": "↓ falling", "steady": "steady"},
    counts_note=("Every column counts stories: a story several outlets carried, or translated, counts once, on the "
                 "day its first copy was seen (a copy seen later counts there, not on its own day), and not once all "
                 "its copies with the task were withdrawn, or corrected by their sites into no longer being judged "
                 "relevant (the lists below still show them where their day did, marked so); the lists below show "
                 "each story once. A story is one report with its copies and translations: a follow-up of an event, or "
                 "another outlet's own report of it, is a story of its own, new on its day, and not linked to the "
                 "earlier ones. — marks a day no "
                 f"refresh looked at, or a week it looked at fewer than {WEEK_LOOKED} days of. An article is listed on "
                 f"the day it was first seen; one published more than {LATE_DAYS} days before is marked as an older "
                 "piece. A trend is rising or falling only when the two weeks differ by more than chance gives a steady "
                 f"flow of stories (by at least {TREND_Z} times the square root of their sum: 5 against 3 is steady, 20 "
                 "against 10 rising). Days are Beijing days and times Beijing time (UTC+8)."),
    stories_heading="Today's stories ({n})",
    late_heading="Late copies of earlier days' stories",
    also_story="; also ",
    no_task="no plan task",
    unlabelled_heading="Relevant, no plan task matched",
    changes_heading="Corrected or withdrawn since first seen",
    nothing_today="No new relevant coverage today.",
    learned_md=" · _learned label_",
    learned_html=' · <small title="made by the learned task model">learned label</small>',
    learned_legend=("learned label: the learned task model made this label, not the plan's own phrases; its quote is "
                    "the sentence that weighs most for the task and may not name it."),
    healthy="All sources healthy.",
    healthy_others="No other source needs attention.",
    attention="Sources needing attention: {sources}.",
    muted=" Muted in the sources file: {sources}.",
    muted_one="{source} until {until}",
    muted_fine="healthy now",
    attention_join="; ",
    labelled_by="Labels by taxonomy {version}.",
    recounted="Counts for earlier days were recounted with taxonomy {version} (was {was}): they may differ from "
              "earlier digests.",
    date_unknown="date unknown",
    older_piece=" · older piece: published {published}, first seen {day}",
    earlier_story=" · {how} (story first seen {first}{outlet})",
    earlier_outlet=", {outlet}",
    translation="a translation",
    republished="republished",
    also_carried="also carried by ",
    after_outlet=", ",
    after_change_outlet=": ",
    language_notes={},
    note_wrap=" ({note})",
    withdrawn="withdrawn: {answer} (first seen {first})",
    withdrawn_answers={"status_404": "now answers 404", "status_410": "now answers 410 Gone",
                       "section_redirect": "now sends readers to the front page or a listing",
                       "replaced": "its address now shows another page (a \"not found\" page, another story)",
                       "": "gone"},
    # (the line gives the article's title as it reads now and, when it changed, the one it had; not its text)
    updated="corrected by its site (revision {revision}; first seen {first})",
    both_names=True,
    withdrawn_item=" · withdrawn {day}: {answer}",
    revised_item=" · corrected by its site {day}: shown as revision {revision}, not as first seen",
    irrelevant_item=" · corrected by its site {day}: as corrected, no longer judged relevant (shown as {shown})",
    shown_first="first seen",
    shown_revision="revision {revision}",
    measures="measures: ",
    more_measures=" and {n} more",
    was_titled="; it was titled “{title}”",
    now_irrelevant="; as corrected, it is no longer judged relevant",
    figures_changed="; figures changed: {figures}",
    figures_join=", ",
    more_figures=" and {n} more",
    mail_subject="Zhongguancun & Beijing S&T innovation center coverage, {day}: {count}",
    mail_count=("{n} relevant article", "{n} relevant articles"),
    mail_quiet="no new relevant coverage",
    no_coverage="No coverage in the last 7 days: {tasks}.",
    no_coverage_join="; ",   # (a task's Chinese name may hold a comma)
    table_caption="Stories of each plan task: today, the previous day, and the last two weeks",
    unknown="unknown",
    cut="… and {n} more, not listed here: {command} lists them all.",
    cut_all="{n}, not listed here: {command} lists them.",
    past_day=dict(
        first_seen_today="Relevant articles first seen on {day}: {headline}.",
        columns=("task", "stories that day", "stories, previous day", "stories, last 7 days",
                 "stories, 7 days before", "trend"),
        stories_heading="That day's stories ({n})",
        nothing_today="No new relevant coverage that day.",
        table_caption="Stories of each plan task: that day, the previous day, and the last two weeks",
    ),
)

ZH = Words(
    lang="zh-Hans",
    title="中关村与北京国际科技创新中心报道日报 — {day}",
    html_title="中关村报道日报 {day}",
    first_seen_today="今日首次发现的相关文章：{headline}。",
    no_previous="{today} 篇（前一天没有刷新记录）",
    more="{today} 篇（比前一天多 {n} 篇）",
    fewer="{today} 篇（比前一天少 {n} 篇）",
    same="{today} 篇（与前一天相同）",
    stories_today="，涉及 {stories} 个事件（其余为转载或译文）",
    story_nouns=("", ""),
    backfill="该日仅由事后的抓取补录，收录的是当时各来源仍列出的文章；其他日期的趋势列不计入该日",
    columns=("任务", "今日事件", "前一天事件", "近7天事件", "此前7天事件", "趋势"),
    trend={"rising": "↑ 上升", "falling": "↓ 下降", "steady": "持平"},
    counts_note=("各列均按事件计：多家媒体转载或翻译的同一篇报道只计一次，计入其首篇文章首次发现的日期（此后发现的转载计入该日，"
                 "不计入其自身发现的日期）；带该任务标签的文章全部撤下，或经来源网站修改后均不再判定为相关的事件不计"
                 "（下方列表仍在其当日的位置列出，并加注说明）；下方列表中每篇报道只列一次。"
                 "一个事件指一篇报道及其转载与译文：同一事件的后续报道，或其他媒体自行撰写的报道，各自算作新事件，"
                 "计入其首次发现的日期，且不与此前的报道关联。"
                 f"— 表示该日没有刷新记录，或该周有刷新记录的日子不足 {WEEK_LOOKED} 天。文章列于首次发现的日期；"
                 f"发表早于首次发现日 {LATE_DAYS} 天以上的标为旧文。两周之差超出稳定报道量的偶然波动（至少为两周之和平方根的 {TREND_Z} 倍，"
                 "如 5 对 3 为持平，20 对 10 为上升）才标为上升或下降。日期为北京日期，时间为北京时间（UTC+8）。"),
    stories_heading="今日事件（{n}）",
    late_heading="此前事件的转载与译文",
    also_story="；另见 ",
    no_task="未对应规划任务",
    unlabelled_heading="相关，但未对应规划任务",
    changes_heading="首次发现后被更正或撤下",
    nothing_today="今日没有新的相关报道。",
    learned_md=" · _模型标注_",
    learned_html=' · <small title="由学习型任务模型标注">模型标注</small>',
    learned_legend="模型标注：该标签由学习型任务模型给出，而非依据规划原文的关键词；引文是对该任务权重最高的句子，未必直接提到该任务。",
    healthy="所有来源运行正常。",
    healthy_others="其他来源运行正常。",
    attention="需要关注的来源：{sources}。",
    muted="来源文件中暂停提醒的来源：{sources}。",
    muted_one="{source}，至{until}",
    muted_fine="目前正常",
    attention_join="；",
    labelled_by="标签依据分类体系 {version}。",
    recounted="此前各日的计数已按分类体系 {version} 重新统计（原为 {was}），可能与此前日报中的数字不同。",
    date_unknown="日期不详",
    older_piece=" · 旧文：发表于 {published}，首次发现于 {day}",
    earlier_story=" · {how}（该报道首次发现于 {first}{outlet}）",
    earlier_outlet="，{outlet}",
    translation="译文",
    republished="转载",
    also_carried="同时刊载于 ",
    after_outlet="，",
    after_change_outlet="：",
    language_notes={"in English": "英文", "in Chinese": "中文"},
    note_wrap="（{note}）",
    withdrawn="已撤下，{answer}（首次发现于 {first}）",
    withdrawn_answers={"status_404": "原地址现返回 404", "status_410": "原地址现返回 410（已删除）",
                       "section_redirect": "原地址现跳转到首页或栏目页",
                       "replaced": "原地址现显示另一页面（“页面不存在”或其他文章）",
                       "": "已无法访问"},
    updated="已被来源网站修改（第 {revision} 次修改；首次发现于 {first}）",
    both_names=False,
    withdrawn_item=" · 已于 {day} 撤下：{answer}",
    revised_item=" · 已于 {day} 被来源网站修改：所示为第 {revision} 次修改后的版本，而非首次发现时的文本",
    irrelevant_item=" · 已于 {day} 被来源网站修改，修改后的文本已不再判定为相关（所示为{shown}）",
    shown_first="首次发现时的版本",
    shown_revision="第 {revision} 次修改后的版本",
    measures="具体措施：",
    more_measures=" 等（另有 {n} 项）",
    was_titled="；原标题为“{title}”",
    now_irrelevant="；修改后的文本已不再判定为相关",
    figures_changed="；数字改动：{figures}",
    figures_join="、",
    more_figures=" 等（另有 {n} 处）",
    mail_subject="中关村与北京国际科技创新中心报道日报 {day}：{count}",
    mail_count=("相关文章 {n} 篇", "相关文章 {n} 篇"),   # (no plural in Chinese)
    mail_quiet="无新的相关报道",
    no_coverage="近7天无报道的任务：{tasks}。",
    no_coverage_join="、",
    table_caption="各规划任务的事件数：今日、前一天与近两周",
    unknown="未知",
    cut="……另有 {n} 条未列出；{command} 可列出全部。",
    cut_all="共 {n} 条，未列出；{command} 可列出全部。",
    past_day=dict(
        first_seen_today="{day} 首次发现的相关文章：{headline}。",
        columns=("任务", "当日事件", "前一天事件", "近7天事件", "此前7天事件", "趋势"),
        stories_heading="当日事件（{n}）",
        nothing_today="当日没有新的相关报道。",
        table_caption="各规划任务的事件数：当日、前一天与近两周",
    ),
)

LANGUAGES = {"en": EN, "zh": ZH}
DIGEST_LANG_ENV = "ZGC_DIGEST_LANG"


def digest_words(lang: str | None = None) -> Words:
    """The words of the digest's language: *lang*, else ``$ZGC_DIGEST_LANG``, else English. An unknown language is a
    ``ValueError`` naming where it came from."""
    where = "--lang" if lang is not None else DIGEST_LANG_ENV
    value = lang if lang is not None else (os.environ.get(DIGEST_LANG_ENV) or "en")
    try:
        return LANGUAGES[value.strip().lower()]
    except KeyError:
        raise ValueError(f"{where} must be one of {', '.join(LANGUAGES)} (the digest's language), not {value!r}") from None


OVERVIEW_MAX_ENV = "ZGC_DIGEST_OVERVIEW_MAX"
SECTION_MAX_ENV = "ZGC_DIGEST_SECTION_MAX"
# A busy day (a tester's: 2,738 new pages, 784 stories, some 1,900 task entries) was mailed as 1.1 MB of HTML, which
# Gmail clips past 102 KB and nobody scans. With these caps it was 94 KB (English; 91 KB Chinese), about 18 KB of it
# the table and notes, each overview line about 0.3 KB and each task entry (its quote, the other outlets' links)
# about 0.55 KB: a tenth task entry made it 101 KB. But the whole message was 231 KB (the Markdown beside the HTML as
# its plain-text part, both base64): fit_message cuts the lists shorter still where the message would pass
# mail.MESSAGE_MAX (a bench day of 40 stories and 78 relevant articles was a 104.5 KB message at these caps).
OVERVIEW_MAX = 40   # stories of the overview: today's, then the late copies of earlier days' stories
SECTION_MAX = 9     # entries of each task's section, and of the relevant articles no task matched


@dataclass(frozen=True)
class Caps:
    """How many entries each of the digest's lists shows (None: all): the rest are counted under it, with the
    command that lists them all. The lists keep their order: the most widely carried stories, the entries most
    certainly about the task first."""
    overview: int | None = OVERVIEW_MAX
    section: int | None = SECTION_MAX


def digest_caps(env: dict[str, str] | None = None) -> Caps:
    """The caps of ``$ZGC_DIGEST_OVERVIEW_MAX`` and ``$ZGC_DIGEST_SECTION_MAX`` (a whole number 1 or more, or
    ``all``), else the defaults; a bad value is a ``ValueError`` naming the variable."""
    env = os.environ if env is None else env

    def cap(name: str, default: int) -> int | None:
        raw = (env.get(name) or "").strip()
        if not raw:
            return default
        if raw.lower() == "all":
            return None
        try:
            n = int(raw)
            if n < 1:
                raise ValueError
        except ValueError:
            raise ValueError(f"{name} must be a whole number of entries, 1 or more, or all (no cap), not "
                             f"{raw!r}") from None
        return n

    return Caps(cap(OVERVIEW_MAX_ENV, OVERVIEW_MAX), cap(SECTION_MAX_ENV, SECTION_MAX))


# A digest's HTML records the caps its lists were cut at, in its head, so that rendering the day again (a takedown, a
# reprocess, `digest` writing its files, in any language) cuts them as the day's digest was cut, whatever the caps of
# the environment it runs in (a shell's, not cron's): <meta name="zgc-digest-caps" content="overview=40; section=9">
CAPS_META = "zgc-digest-caps"
_CAPS_RECORD = re.compile(rf'<meta name="{CAPS_META}" content="overview=(\d+|all); section=(\d+|all)">')


def caps_record(caps: Caps) -> str:
    """The HTML head's line that records *caps*."""
    def said(n: int | None) -> str:
        return "all" if n is None else str(n)

    return f'<meta name="{CAPS_META}" content="overview={said(caps.overview)}; section={said(caps.section)}">'


def recorded_caps(html_text: str) -> Caps | None:
    """The caps a digest's HTML records (None: it records none, a digest written before they were recorded)."""
    m = _CAPS_RECORD.search(html_text[:4096])
    if m is None:
        return None
    o, s = (None if v == "all" else int(v) for v in m.groups())
    return Caps(o, s) if (o is None or o >= 1) and (s is None or s >= 1) else None


# A digest's HTML records, in its head, the taxonomy version its figures were counted with and the version the
# digest before it was counted with (as that one's file recorded it when this day was first rendered), so that the
# note of a taxonomy change (Digest.recounted_from) is said on the first digest after it, and again when that day is
# rendered again (a takedown, a reprocess, `digest`), whatever the other days' files say by then:
# <meta name="zgc-digest-taxonomy" content="plan_tasks.v22; previous=plan_tasks.v21">
TAXONOMY_META = "zgc-digest-taxonomy"
_TAXONOMY_RECORD = re.compile(rf'<meta name="{TAXONOMY_META}" content="([^";]*)(?:; previous=([^";]*))?">')
# a digest written before the record: its footer names the version (English, Chinese), as labelled_by writes it
_LABELLED_BY = re.compile(r"(?:Labels by taxonomy |标签依据分类体系 )(\S+?)[.。]\s*(?:</footer>|$)", re.M)


def taxonomy_record(d: "Digest") -> list[str]:
    """The HTML head's line that records *d*'s taxonomy version and, where it differs, its previous digest's (a
    digest counted with the version before it records its own alone, as one with no digest before it does: either
    way its figures were not recounted, and a day rendered again the same way writes the same head)."""
    if not d.taxonomy_version:
        return []
    previous = f"; previous={html.escape(d.recounted_from)}" if d.recounted_from else ""
    return [f'<meta name="{TAXONOMY_META}" content="{html.escape(d.taxonomy_version)}{previous}">']


def recorded_taxonomy(html_text: str) -> tuple[str | None, str | None]:
    """(the taxonomy version a digest's HTML was counted with, the version of the digest before it) as its head
    records them; a digest written before they were recorded gives its footer's version and None; (None, None):
    neither is said."""
    if m := _TAXONOMY_RECORD.search(html_text[:4096]):
        return html.unescape(m.group(1)) or None, html.unescape(m.group(2)) if m.group(2) else None
    found = _LABELLED_BY.findall(html_text)
    return (found[-1] if found else None), None


def _recounted(d: "Digest", w: "Words") -> str | None:
    """The note under the table of the first digest after a taxonomy change (None on any other): the earlier
    version named by its number alone where the two share their name (plan_tasks.v22, was v21)."""
    was = d.recounted_from
    if was is None:
        return None
    stem, _, number = was.rpartition(".")
    if stem and stem == d.taxonomy_version.rpartition(".")[0]:
        was = number
    return w.recounted.format(version=d.taxonomy_version, was=was)


def digest_files(folder: Path, day: date, words: Words | None = None) -> tuple[Path, Path]:
    """The (Markdown, HTML) files of *day*'s digest in *words*' language: ``<day>.md`` / ``.html`` in the configured
    language (``$ZGC_DIGEST_LANG``; *words* None: that one), the files a refresh writes and mails; ``<day>.zh.md`` /
    ``.zh.html`` (``.en.``) in the other, so that a day rendered in it (``digest --lang``) leaves the files the team
    was sent as they are. A ``ValueError`` when *words* is given and the configured language is not one."""
    stem = day.isoformat()
    if words is not None and words is not digest_words():
        stem += f".{words.lang[:2]}"
    return folder / f"{stem}.md", folder / f"{stem}.html"


# the English words under their earlier names
LEARNED_MD, LEARNED_HTML, LEARNED_LEGEND = EN.learned_md, EN.learned_html, EN.learned_legend
COUNTS_NOTE, CHANGES_HEADING, BACKFILL_NOTE = EN.counts_note, EN.changes_heading, EN.backfill
UNKNOWN = "—"


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")
_MD_ENTITY = re.compile(r"&(?=#?\w+;)")
_CJK_BREAK = re.compile(r"(?<=[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef“”‘’、，。；：！？（）])\s+"
                        r"(?=[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef“”‘’（])")


def _md(text: str) -> str:
    """Text put into Markdown as text, on one line: the characters Markdown would read as markup are escaped, and an
    & that would open a character reference (&lt; &#60; as a page wrote them: shown so, not decoded)."""
    return _MD_ENTITY.sub(r"\\&", _MD_SPECIAL.sub(r"\\\1", " ".join(text.split())))


# what would end a Markdown link's destination early, or break its line, percent-encoded
_MD_URL = str.maketrans({c: f"%{ord(c):02X}" for c in "()<> \t\r\n"})


def _url(url: str) -> str:
    """A URL as a Markdown link destination."""
    return url.translate(_MD_URL)


def _cells(d: Digest, t: DigestTask, w: Words) -> tuple[str, str, str, str]:
    """(previous day, last 7 days, 7 days before, trend) as shown: unknown where no refresh looked, or looked at
    fewer than 4 days of a week (no trend then)."""
    prev = str(t.count_previous) if d.previous_refreshed else UNKNOWN
    last = str(t.last_7d) if d.last_week_refreshed else UNKNOWN
    prior = str(t.prior_7d) if d.prior_week_refreshed else UNKNOWN
    return prev, last, prior, w.trend[t.trend] if d.last_week_refreshed and d.prior_week_refreshed else UNKNOWN


def _headline(d: Digest, w: Words) -> str:
    late = "" if d.day_refreshed else f" — {w.backfill}"
    stories = _stories(d, w)
    if not d.previous_refreshed:
        return f"{w.no_previous.format(today=d.relevant_today)}{stories}{late}"
    change = d.relevant_today - d.relevant_previous
    # ("3 (-2 vs previous day)" read awkwardly, in Chinese too)
    count = ((w.more if change > 0 else w.fewer).format(today=d.relevant_today, n=abs(change)) if change
             else w.same.format(today=d.relevant_today))
    return f"{count}{stories}{late}"


def _when(dt: datetime | None, w: Words) -> str:
    """The publication time in Beijing time (whatever zone the page gave it in; the header says so): a page that
    gives only its day (stored as its midnight in Beijing) shows the day."""
    if dt is None:
        return w.date_unknown
    if dt.tzinfo is not None:
        dt = dt.astimezone(BEIJING)
    return dt.strftime("%Y-%m-%d") if (dt.hour, dt.minute, dt.second) == (0, 0, 0) else dt.strftime("%Y-%m-%d %H:%M")


def _older_piece(published_at: datetime | None, day: date, w: Words) -> str:
    """The note of an article published long before the day it was first seen (an archive page or a new source
    brought it up): the reader should not take it for the day's news."""
    if published_at is None:
        return ""
    published = published_at.astimezone(BEIJING).date() if published_at.tzinfo is not None else published_at.date()
    if (day - published).days <= LATE_DAYS:
        return ""
    return w.older_piece.format(published=f"{published:%Y-%m-%d}", day=f"{day:%Y-%m-%d}")


# a wire or newspaper header opening a quoted sentence: 【香港文匯報訊】, 新华社天津11月11日电, （记者王井怀 郭方达）,
# 記者江鑫嫻北京報道：, （中央社記者林家豪北京24日電）, "BEIJING, Nov. 23 (Xinhua) --": the reader briefs from the
# sentence, not its credit line
_QUOTE_HEADER = re.compile(
    r"^(?:【[^】]{2,24}】"
    r"|(?:新华社|新華社|中新社|中新网|中新網|人民网|人民網|央视网|央視網|中央社)?[一-鿿]{0,8}\d{1,2}月\d{1,2}日(?:电|電|讯|訊)"
    r"|[（(][一-鿿]{0,6}?(?:记者|記者|通讯员|通訊員)[^）)]{1,40}[）)]"   # CNA's （中央社記者林家豪北京24日電） too
    r"|(?:记者|記者)[一-鿿·]{2,12}\s*(?:[一-鿿]{2,4})?(?:报道|報道)[：:]"
    r"|[A-Z][A-Z .,'-]{2,40}, [A-Z][a-z]{2,8}\.? \d{1,2} \((?:Xinhua|Reuters|AP|AFP|ECNS|China Daily|CNA)\) *[-–—]{1,2}"
    r")\s*")


def _one_line(evidence: str) -> str:
    """Evidence is stored verbatim; a sentence the page broke over two lines is shown as one quote line (with no
    space where the break fell between Chinese characters or punctuation), without a wire or newspaper header
    before it (新华社…电（记者…）, 【…訊】) when a sentence is left."""
    quote = " ".join(_CJK_BREAK.sub("", evidence.strip()).split())
    for _ in range(3):
        bare = _QUOTE_HEADER.sub("", quote, count=1)
        if bare == quote or len(bare) < 10:
            break
        quote = bare
    if len(quote) > QUOTE_MAX:   # (a page's unpunctuated wall of text is one "sentence")
        quote = quote[: QUOTE_MAX - 1].rstrip() + "…"
    return quote


QUOTE_MAX = 400   # characters of an evidence quote shown (a real sentence is well under it)


def _stories(d: Digest, w: Words) -> str:
    if d.stories_today is None or d.stories_today == d.relevant_today:
        return ""
    return w.stories_today.format(stories=d.stories_today, noun=w.story_nouns[d.stories_today != 1])


def _earlier_story(first_seen: date | None, match: str | None, day: date, outlet: str | None, w: Words) -> str:
    """A story first seen on an earlier day says so, by whom, and whether today's article republishes or
    translates it."""
    if first_seen is None or first_seen >= day:
        return ""
    how = w.translation if match == "translation" else w.republished
    return w.earlier_story.format(how=how, first=f"{first_seen:%Y-%m-%d}",
                                  outlet=w.earlier_outlet.format(outlet=outlet) if outlet else "")


def _gone(withdrawn_on: date | None, why: str | None, w: Words) -> str:
    """The note of an article whose page has gone since the day (a past day's digest rendered again)."""
    if withdrawn_on is None:
        return ""
    answer = w.withdrawn_answers.get(why or "", w.withdrawn_answers[""])
    return w.withdrawn_item.format(day=f"{withdrawn_on:%Y-%m-%d}", answer=answer)


def _revised(updated_on: date | None, revision: int | None, day: date, w: Words, irrelevant: bool = False) -> str:
    """The note of an article its site corrected after the day (a past day's digest rendered again): the title and
    quote shown are the corrected revision's, which the day's readers did not see (the warehouse keeps the earlier
    texts in article_revisions, but the labels and quotes of the corrected one only). One the correction made
    irrelevant is shown as its latest relevant revision, with that revision's labels and quote, and says so (the
    day listed it: dropped, it would be as if the day had never reported it)."""
    if updated_on is None or updated_on <= day:
        return ""
    if irrelevant:
        shown = w.shown_revision.format(revision=revision) if revision else w.shown_first
        return w.irrelevant_item.format(day=f"{updated_on:%Y-%m-%d}", shown=shown)
    return w.revised_item.format(day=f"{updated_on:%Y-%m-%d}", revision=revision)


def _story_note(it: DigestItem, day: date, w: Words, esc=str) -> str:
    """What follows an item's time: the earlier story it republishes or translates, whether it is an older piece,
    and whether its site corrected it or its page has gone since (a past day's digest rendered again)."""
    return (_earlier_story(it.story_first_seen, it.match, day, esc(it.story_outlet) if it.story_outlet else None, w)
            + _older_piece(it.published_at, day, w)
            + _revised(it.updated_on, it.revision, day, w, it.no_longer_relevant)
            + _gone(it.withdrawn_on, it.withdrawn_why, w))


def _overview_note(st: DigestStory, day: date, w: Words, esc=str) -> str:
    """As ``_story_note``, for a story of the overview (its lead article's: the overview links the same page, so a
    correction or a withdrawal is said there too)."""
    return (_earlier_story(st.first_seen, st.match, day, esc(st.story_outlet) if st.story_outlet else None, w)
            + _older_piece(st.published_at, day, w)
            + _revised(st.updated_on, st.revision, day, w, st.no_longer_relevant)
            + _gone(st.withdrawn_on, st.withdrawn_why, w))


def late_copy(st: DigestStory, day: date) -> bool:
    """Whether a story of *day*'s overview is a late copy: a republished copy or a translation first seen on *day*
    of a story first seen before."""
    return st.first_seen is not None and st.first_seen < day


def new_stories(stories, day: date) -> int:
    """How many of the overview's *stories* were first seen on *day*: a late copy is listed, marked, but is the
    earlier day's story (counted as the article count's equal, it also hid the summary line's story count on a day
    of late copies)."""
    return sum(1 for st in stories if not late_copy(st, day))


def _overview(d: Digest) -> tuple[list[DigestStory], list[DigestStory]]:
    """(the day's own stories, the late copies), each in the overview's order: only the first are numbered, under
    the heading that counts them (numbered among them, the late copies ran the list past the heading's count)."""
    return ([st for st in d.stories if not late_copy(st, d.day)],
            [st for st in d.stories if late_copy(st, d.day)])


def _cut(d: Digest, caps: Caps) -> tuple[Digest, dict[str, int]]:
    """*d* with each task's section and the list of relevant articles no task matched cut to ``caps.section``
    entries, and how many each lost ({task code: n}, "" for that list); the table's counts stay whole (and the
    learned labels' legend is shown for the entries listed)."""
    cap = caps.section
    if cap is None:
        return d, {}
    hidden = {t.code: _beyond(t.items, cap) for t in d.tasks} | {"": _beyond(d.unlabelled, cap)}
    return replace(d, tasks=tuple(replace(t, items=t.items[:cap]) for t in d.tasks),
                   unlabelled=d.unlabelled[:cap]), hidden


def _beyond(entries, cap: int | None) -> int:
    """How many of *entries* a list cut at *cap* leaves out."""
    return max(len(entries) - cap, 0) if cap is not None else 0


def _room(today: list, caps: Caps) -> int | None:
    """How many late copies the overview lists after today's stories: its cap counts both lists, today's stories
    first (the late copies are earlier days' stories, each reported in its own day's digest)."""
    return None if caps.overview is None else max(caps.overview - len(today), 0)


def _cut_command(d: Digest, w: Words, variable: str) -> str:
    """The command that prints the day's digest with the list's cap lifted (writing nothing: the files the team
    was sent stay as they are)."""
    return f"{variable}=all zgc-monitor digest --date {d.day:%Y-%m-%d} --lang {w.lang[:2]} --print"


def _cut_md(n: int, d: Digest, w: Words, variable: str, *, none_shown: bool = False) -> list[str]:
    """The line under a list cut at its cap, after a blank line (a line right after an item's quote would continue
    it), or in place of a list it left no room for; none when nothing was cut."""
    said = w.cut_all if none_shown else w.cut
    return ["", "_" + said.format(n=n, command=f"`{_cut_command(d, w, variable)}`") + "_"] if n > 0 else []


def _cut_html(n: int, d: Digest, w: Words, variable: str, *, none_shown: bool = False) -> list[str]:
    """As ``_cut_md``, in HTML (after the list's closing tag)."""
    e = html.escape
    said = e(w.cut_all if none_shown else w.cut)
    return ([f"<p><em>{said.format(n=n, command=f'<code>{e(_cut_command(d, w, variable))}</code>')}</em></p>"]
            if n > 0 else [])


def _uncovered(d: Digest) -> list[DigestTask]:
    """The plan tasks with no coverage in the last 7 days: no story, and no relevant article first seen with it
    either (a late copy of an older story, an article withdrawn since: the table shows them, and the line named the
    task beside them), named in a line under the table for a reader who reports gaps (rather than found by scanning
    the week column for 0); none when too few days of the week were looked at to know."""
    if not d.last_week_refreshed:
        return []
    return [t for t in d.tasks if not t.last_7d and not t.count_today and not t.articles_7d]


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


def _links_md(also, w: Words) -> str:
    """The other outlets of a story as Markdown links: ``[Outlet](url)``, a second page of the same outlet as
    ``[Outlet](url) ([2](url2))``, and the language note after them."""
    return ", ".join(f"[{_md(o)}]({_url(urls[0])}){_more_md(urls[1:])}" + (w.note(n, _md) if n else "")
                     for o, urls, n in _by_outlet(also))


def _links_html(also, w: Words) -> str:
    """As ``_links_md``, in HTML."""
    e = html.escape
    return ", ".join(f'<a href="{e(urls[0], quote=True)}">{_marked(o, w)}</a>{_more_html(urls[1:])}'
                     + (w.note(n, e) if n else "") for o, urls, n in _by_outlet(also))


def _split_lead(also, lead: str | None) -> tuple[list[str], tuple]:
    """(the URLs of the story's other pages from the lead's own outlet, the rest of ``also``): the lead's outlet
    is not named again as another outlet; its further pages are linked as [2], [3] beside it."""
    own = [u for o, u, n in also if lead and o == lead and not n]
    return own, tuple(x for x in also if not (lead and x[0] == lead and not x[2]))


def _also_md(it: DigestItem, w: Words) -> list[str]:
    """The line naming the other outlets that carried the story (none when it has no copies in the list); the
    item's own outlet, when it carried the story again, with its further pages as [2], [3]."""
    lead = it.outlet or it.source
    own, rest = _split_lead(it.also, lead)
    parts = ([f"{_md(lead)}{_more_md(own)}"] if own else []) + ([_links_md(rest, w)] if rest else [])
    return ["  " + w.also_carried + ", ".join(parts)] if parts else []


MEASURES_SHOWN = 3  # an article that touches more of a task's measures (a plan text: all of them) names the first


def _measure_list(it: DigestItem, w: Words) -> str:
    """The item's measures of its task, as its line names them: the most certain three, and how many more."""
    shown = w.attention_join.join(w.measure(*m) for m in it.measures[:MEASURES_SHOWN])
    rest = len(it.measures) - MEASURES_SHOWN
    return shown + (w.more_measures.format(n=rest) if rest > 0 else "")


def _footer(d: Digest, w: Words) -> str:
    """Whether the sources are healthy, in the digest's language, and which ones the sources file mutes (with the
    reason given and what they would be flagged for: a mute is never silent)."""
    def named(source: str) -> str:
        outlet = d.source_outlets.get(source)
        return f"{outlet} [{source}]" if outlet and outlet != source else source

    said = w.attention.format(sources=w.attention_join.join(
        named(s) + w.note_wrap.format(note=w.source_problem(why)) for s, why in d.broken_sources)) \
        if d.broken_sources else w.healthy_others if d.muted_sources else w.healthy   # (a muted one may be failing)
    if d.muted_sources:
        said += w.muted.format(sources=w.attention_join.join(
            w.muted_one.format(source=named(s), until=f"{until:%Y-%m-%d}") + w.note_wrap.format(
                note=w.attention_join.join(x for x in (reason, w.source_problem(why) if why else w.muted_fine) if x))
            for s, until, reason, why in d.muted_sources))
    return said


def outlet_names_en() -> dict[str, str]:
    """pipeline/rules/outlets.toml's [english]: an outlet's Chinese name -> the name it uses in English."""
    return outlet_table("english")


def _with_outlets(d: Digest, w: Words) -> Digest:
    """*d* with each outlet named for a reader of *w*'s language: in English, an outlet's English name before its
    Chinese one ("China News Service 中国新闻网"), where outlets.toml gives one."""
    names = outlet_names_en() if w.both_names else {}
    if not names:
        return d

    def o(name):
        return f"{names[name]} {name}" if name in names else name

    def also(rows):
        return tuple((o(a), url, note) for a, url, note in rows)

    def item(it):
        return replace(it, outlet=o(it.outlet), story_outlet=o(it.story_outlet), also=also(it.also))

    return replace(
        d, tasks=tuple(replace(t, items=tuple(map(item, t.items))) for t in d.tasks),
        unlabelled=tuple(map(item, d.unlabelled)),
        stories=tuple(replace(st, outlet=o(st.outlet), story_outlet=o(st.story_outlet), also=also(st.also))
                      for st in d.stories),
        changes=tuple(replace(c, outlet=o(c.outlet)) for c in d.changes),
        source_outlets={s: o(name) for s, name in d.source_outlets.items()})


def _story_md(st: DigestStory, day: date, w: Words) -> str:
    """A story's line of the overview, after its number or bullet."""
    own, rest = _split_lead(st.also, st.outlet)
    also = w.also_story + _links_md(rest, w) if rest else ""
    codes = " ".join(st.codes) if st.codes else w.no_task
    english = f" (“{_md(st.title_en)}”)" if w.both_names and st.title_en else ""   # (for a reader of English)
    return (f"[{_md(st.title)}]({_url(st.url)}){english} — {_md(st.outlet)}{_more_md(own)}{also} — {codes}"
            + _overview_note(st, day, w, _md))


def render_markdown(d: Digest, words: Words | None = None, caps: Caps | None = None) -> str:
    """The digest in Markdown, in *words*' language (else English), its lists cut at *caps* (else
    ``digest_caps()``'s: the environment's)."""
    w = (words or EN).on(d)   # (a past day's digest says "that day", not "today")
    caps = caps or digest_caps()
    d, hidden = _cut(_with_outlets(d, w), caps)
    out = [f"# {w.title.format(day=f'{d.day:%Y-%m-%d}')}", ""]
    out.append(w.first_seen_today.format(headline=_headline(d, w), day=f"{d.day:%Y-%m-%d}"))
    out.append("")
    out.append("| " + " | ".join(w.columns) + " |")
    out.append("|---|---:|---:|---:|---:|---|")
    for t in d.tasks:
        prev, last, prior, trend = _cells(d, t, w)
        _, english = w.heading(t)   # (the English digest names each task in English too, as its sections do)
        named = _md(zh_name(t.name_zh)) + (f" — {_md(english)}" if english else "")
        out.append(f"| {t.code} {named} | {t.count_today} | {prev} | {last} | {prior} | {trend} |")
    out.append("")
    if recounted := _recounted(d, w):
        out.append(f"_{_md(recounted)}_")
        out.append("")
    if gap := _uncovered(d):
        out.append(_md(w.no_coverage.format(tasks=w.no_coverage_join.join(f"{t.code} {zh_name(t.name_zh)}"
                                                                          for t in gap))))
        out.append("")
    out.append(f"_{w.counts_note}_")
    out.append("")
    if d.stories:
        today, late = _overview(d)
        out.append(f"## {w.stories_heading.format(n=len(today))}")
        out.append("")
        room = _room(today, caps)
        out.extend(f"{n}. {_story_md(st, d.day, w)}" for n, st in enumerate(today[:caps.overview], 1))
        out.extend(_cut_md(_beyond(today, caps.overview), d, w, OVERVIEW_MAX_ENV))
        if late:
            out.extend(([""] if today else []) + [f"### {w.late_heading}"])
            out.extend([""] + [f"- {_story_md(st, d.day, w)}" for st in late[:room]] if late[:room] else [])
            out.extend(_cut_md(_beyond(late, room), d, w, OVERVIEW_MAX_ENV, none_shown=not late[:room]))
        out.append("")
    for t in d.tasks:
        if not t.items:
            continue
        name, english = w.heading(t)
        out.append(f"## {_md(name)}" + (f" — {_md(english)}" if english else ""))
        out.append("")
        for it in t.items:
            out.append(f"- **[{_md(it.title)}]({_url(it.url)})** — {_md(it.outlet or it.source)}{w.after_outlet}"
                       f"{_when(it.published_at, w)}" + (w.learned_md if it.method == "model" else "")
                       + _story_note(it, d.day, w, _md))
            out.extend(_also_md(it, w))
            if it.measures:
                out.append("  " + _md(w.measures + _measure_list(it, w)))
            out.append(f"  > {_md(_one_line(it.evidence))}")
        out.extend(_cut_md(hidden.get(t.code, 0), d, w, SECTION_MAX_ENV))
        out.append("")
    if d.unlabelled:
        out.append(f"## {w.unlabelled_heading}")
        out.append("")
        for it in d.unlabelled:
            out.append(f"- **[{_md(it.title)}]({_url(it.url)})** — {_md(it.outlet or it.source)}{w.after_outlet}"
                       f"{_when(it.published_at, w)}" + _story_note(it, d.day, w, _md))
            out.extend(_also_md(it, w))
        out.extend(_cut_md(hidden.get("", 0), d, w, SECTION_MAX_ENV))
        out.append("")
    if d.changes:
        out.append(f"## {w.changes_heading}")
        out.append("")
        for c in d.changes:
            out.append(f"- [{_md(c.title)}]({_url(c.url)}) — {_md(c.outlet)}{w.after_change_outlet}{_md(c.note(w))}")
        out.append("")
    if not d.relevant_today:
        out.append(f"_{w.nothing_today}_")
        out.append("")
    if d.has_learned_labels:
        out.append(f"_{w.learned_legend}_")
        out.append("")
    out.append("---")
    out.append(_md(_footer(d, w)))
    if d.taxonomy_version:
        out.append("")
        out.append(f"_{_md(w.labelled_by.format(version=d.taxonomy_version))}_")   # (plan\_tasks: plain_text kept no _)
    return "\n".join(out) + "\n"


# ---- the plain-text part of the mail: the Markdown read as plain text ------------------------------------------

TEXT_WIDTH = 78   # the columns a plain-text line is wrapped at (RFC 5322's 78; a URL or command longer stays whole)
# punctuation no line may begin with, and punctuation no line may end with (Chinese and Latin)
_NO_BREAK_BEFORE = set("，。、；：！？）」』】〕》〉”’…,.;:!?)]%")
_NO_BREAK_AFTER = set("（「『【〔《〈“‘([")


def _text_width(text: str) -> int:
    """The columns *text* takes in a monospace font: 2 for a wide (East Asian) character, 0 for a combining one."""
    import unicodedata

    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _inline(text: str) -> list[tuple[str, bool]]:
    """A line of the digest's Markdown as plain text: [(text, whole)], *whole* for what a line must not break in (a
    URL, a command). Escapes are dropped (``\\[`` is ``[``: every character the Markdown means literally is escaped
    by ``_md``, so an unescaped one is markup), emphasis marks too, and a link ``[title](url)`` is ``title <url>``."""
    out: list[tuple[str, bool]] = []
    i, n = 0, len(text)

    def add(s: str, whole: bool = False):
        if whole or not out or out[-1][1]:
            out.append((s, whole))
        else:
            out[-1] = (out[-1][0] + s, False)

    while i < n:
        c = text[i]
        if c == "\\" and i + 1 < n:
            add(text[i + 1])
            i += 2
        elif c == "`" and (end := text.find("`", i + 1)) > i:
            add(text[i + 1:end], True)
            i = end + 1
        elif c == "[" and (m := _MD_LINK.match(text, i)):
            out.extend(_inline(m.group(1)))
            add(" ")
            add(f"<{m.group(2)}>", True)   # (as _url gave it: what would end it early stays encoded)
            i = m.end()
        elif c in "*_":
            i += 1
        else:
            add(c)
            i += 1
    return out


_MD_LINK = re.compile(r"\[((?:\\.|[^\\\]])*)\]\(([^)\s]*)\)")


def _atoms(parts: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """(text, space before) of the runs a line may break between: at a space, and between Chinese characters
    (not before a closing mark or after an opening one); a URL or command is one run."""
    atoms: list[tuple[str, bool]] = []
    space = False
    for text, whole in parts:
        if whole:
            if atoms and not space and atoms[-1][0][-1:] in _NO_BREAK_AFTER | {"<", "("}:
                atoms[-1] = (atoms[-1][0] + text, atoms[-1][1])
            else:
                atoms.append((text, space))
            space = False
            continue
        for c in text:
            if c.isspace():
                space = True
                continue
            prev = atoms[-1][0][-1] if atoms else ""
            wide = _text_width(c) == 2 or _text_width(prev) == 2
            if atoms and space and atoms[-1][0] in ("↑", "↓"):   # (a trend's arrow stays with its word)
                atoms[-1] = (atoms[-1][0] + " " + c, atoms[-1][1])
            elif atoms and not space and (not wide or c in _NO_BREAK_BEFORE or prev in _NO_BREAK_AFTER):
                atoms[-1] = (atoms[-1][0] + c, atoms[-1][1])
            else:
                atoms.append((c, space))
            space = False
    return atoms


def _wrap(parts: list[tuple[str, bool]], width: int, first: str = "", rest: str = "") -> list[str]:
    """*parts* (``_inline``) as lines of at most *width* columns, the first after *first*, the others after *rest*
    (a run wider than a line has one of its own)."""
    lines: list[str] = []
    line, used = first, _text_width(first)
    start = True
    for atom, space in _atoms(parts):
        w = _text_width(atom) + (1 if space and not start else 0)
        if not start and used + w > width:
            lines.append(line)
            line, used, start = rest, _text_width(rest), True
            w = _text_width(atom)
        line += (" " if space and not start else "") + atom
        used += w
        start = False
    lines.append(line)
    return [x.rstrip() for x in lines]


def _cells_of(row: str) -> list[str]:
    """A Markdown table row's cells (split at the | that are not escaped)."""
    return [c.strip() for c in re.split(r"(?<!\\)\|", row.strip())[1:-1]]


def _text_table(rows: list[str], width: int) -> list[str]:
    """A Markdown table (its header, the alignment row, its rows) as plain text: columns padded to line up in a
    monospace font (a Chinese character two columns wide), two spaces apart, a cell wrapped within its column where
    the table would be wider than *width*, the columns ``---:`` marks right-aligned."""
    head, align, *body = [_cells_of(r) for r in rows]
    right = [a.endswith(":") for a in align]
    table = [[_inline(c) for c in row] for row in [head, *body]]
    cols = len(head)
    natural = [max(_text_width("".join(t for t, _ in row[k])) for row in table) for k in range(cols)]
    least = [max((_text_width(a) for row in table for a, _ in _atoms(row[k])), default=1) for k in range(cols)]
    room = width - 2 * (cols - 1)

    def shrunk(order, floor=least) -> list[int]:   # the columns narrowed in this order, as far as they must and can
        widths = list(natural)
        for k in order:
            widths[k] = max(floor[k], widths[k] - max(sum(widths) - room, 0))
        return widths

    # (too wide: the count columns' headers wrap, to two lines or as far as they can, or the task names do;
    # whichever takes fewer lines, a header's counted twice: a header one character a line is hard to read)
    halves = [least[0]] + [max(least[k], natural[k] // 2 + 1) for k in range(1, cols)]
    widths = min((shrunk([*range(1, cols), 0], halves), shrunk([*range(1, cols), 0]), shrunk(range(cols))),
                 key=lambda ws: sum((2 if r == 0 else 1) * max(len(_wrap(c, w)) for c, w in zip(row, ws))
                                    for r, row in enumerate(table)))
    out = []
    for r, row in enumerate(table):
        cells = [_wrap(row[k], widths[k]) for k in range(cols)]
        for i in range(max(map(len, cells))):
            line = []
            for k in range(cols):
                cell = cells[k][i] if i < len(cells[k]) else ""
                pad = " " * (widths[k] - _text_width(cell))
                line.append(pad + cell if right[k] else cell + pad)
            out.append("  ".join(line).rstrip())
        if r == 0:
            out.append("  ".join("-" * w for w in widths))
    return out


_LIST_ITEM = re.compile(r"(\d+\. |- |  > |  )(.*)")


def plain_text(markdown: str, width: int = TEXT_WIDTH) -> str:
    """The digest's Markdown (``render_markdown``) as the plain-text part of its mail: titles as their pages wrote
    them (no Markdown escapes, no emphasis marks), each link's URL after its text (``Title <url>``), headings
    underlined, the table padded to line up, and lines wrapped at *width* columns (never inside a URL or a command;
    Chinese between its characters), each list item's further lines under its text. A reader of the text part read
    ``中关村\\[快讯\\]\\*重磅\\*`` and ``**[…](…)**`` in every entry."""
    out: list[str] = []
    lines = markdown.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("|"):
            j = i
            while j < len(lines) and lines[j].startswith("|"):
                j += 1
            out.extend(_text_table(lines[i:j], width))
            i = j
            continue
        i += 1
        if heading := re.match(r"(#{1,3}) (.*)", line):
            text = _wrap(_inline(heading.group(2)), width)
            rule = "=" if len(heading.group(1)) == 1 else "-"
            out.extend(text + [rule * max(map(_text_width, text))])
        elif line == "---" or not line.strip():
            out.append(line)
        elif item := _LIST_ITEM.fullmatch(line):
            mark, text = item.groups()
            first = "    " if mark == "  > " else mark
            out.extend(_wrap(_inline(text), width, first, " " * len(first)))
        else:
            out.extend(_wrap(_inline(line), width))
    return "\n".join(out)


def fit_message(d: Digest, words: Words | None = None, caps: Caps | None = None, *,
                budget: int | None = None, eight_bit: bool = True) -> tuple[str, str, Caps]:
    """(Markdown, HTML, the caps they were cut at): the digest at *caps* (else the environment's), its lists cut
    shorter where the mail of the two would weigh more than *budget* bytes as sent (else ``mail.MESSAGE_MAX``; see
    ``mail.message_bytes``) to a server that takes 8bit (*eight_bit*, the default; else as base64, for one that
    does not: ``mail.mail_digest`` fits it again so when the server says so): both caps lowered in proportion, the
    most their message fits, so that the two formats list the same entries and each cut list says how many more
    there are and the command that lists them all. The HTML records the caps it was cut at. A day that fits is as
    ``render_markdown`` and ``render_html`` give it."""
    from pipeline.mail import MESSAGE_MAX, header_bytes, mail_settings, message_bytes

    w, budget = words or EN, MESSAGE_MAX if budget is None else budget
    caps = caps or digest_caps()
    try:   # (the headers of the mail to be sent, measured: a long To list weighs kilobytes)
        settings = mail_settings()
    except ValueError:   # (a refresh refuses such settings before it starts; a digest not mailed is cut as before)
        settings = None
    headers = (header_bytes(settings, w.subject(f"{d.day:%Y-%m-%d}", d.relevant_today), eight_bit) if settings
               else None)

    def message_bytes(markdown: str, html: str, _size=message_bytes) -> int:
        return _size(markdown, html, headers, eight_bit=eight_bit)

    def both(c: Caps) -> tuple[str, str, Caps]:
        return render_markdown(d, w, c), render_html(d, w, c, record=True), c

    whole = both(caps)
    if message_bytes(*whole[:2]) <= budget:
        return whole
    # the caps in force, as numbers: a list without one is as long as it is
    top = caps.section or max([len(t.items) for t in d.tasks] + [len(d.unlabelled), 1])
    overview = caps.overview or max(len(d.stories), 1)

    def at(k: int) -> Caps:   # (k entries a section, the overview in proportion)
        return Caps(max(1, -(-overview * k // top)), k)

    def most(lo: int, hi: int, cut) -> tuple | None:
        """The rendering at the largest n of lo..hi whose message fits (a message only grows with n), or None."""
        best = None
        while lo <= hi:
            n = (lo + hi) // 2
            tried = both(cut(n))
            if message_bytes(*tried[:2]) <= budget:
                best, lo = tried, n + 1
            else:
                hi = n - 1
        return best

    best = most(1, top - 1, at)
    if best is None:   # (a day that does not fit even so is sent as short as it gets)
        return both(at(1))
    # the room one more section entry each would not fit in goes to the overview, up to its cap
    k = best[2].section
    return most(best[2].overview + 1, overview, lambda n: Caps(n, k)) or best


# The longest line a mail part sent as 8bit may have: 998 octets before its CRLF (RFC 5322 2.1.1; RFC 2045 2.8). The
# HTML (each list entry, its quote of up to 400 Chinese characters 1.2 KB, on one line) is folded under it
# (``_fold_html``); the plain-text part's lines are 78 columns but for a URL or command, kept whole. A part with a
# longer line is sent base64 (pipeline.mail.part_encoding).
LINE_MAX = 998
_HTML_TOKEN = re.compile(r"<(style|title)\b.*?</\1>|<!--.*?-->|<[^>]*>|[^<]+", re.S)
_TAG_SPACE = re.compile(r'\s+(?=(?:[^"]*"[^"]*")*[^"]*$)')   # a space in a tag outside its quoted values
_TEXT_UNIT = re.compile(r"&#?\w+;|[\s\S][\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]*")


def _fold_html(line: str, limit: int = LINE_MAX) -> str:
    """*line* of the digest's HTML as lines of at most *limit* octets (UTF-8), folded where a line end changes
    nothing a reader sees: at a space between a tag's attributes or in the text (white space either way), else
    between two characters of a run of text with no space (Chinese) by a comment, ``中关村<!--\n-->科技`` (a line end
    alone there is a space in some browsers). A tag's quoted value (a URL) and the ``<title>`` and ``<style>``
    elements are not folded; a line that still passes *limit* is left for its part to go base64."""
    if len(line.encode("utf-8")) <= limit:
        return line
    segments: list[tuple[str | None, str]] = []   # (what may end the line before it: " " a space, "" a comment)
    for m in _HTML_TOKEN.finditer(line):
        token = m.group()
        if m.group(1) or token.startswith("<!--"):
            segments.append(("", token))
        elif token.startswith("<"):
            for k, piece in enumerate(_TAG_SPACE.split(token)):
                segments.append(("" if k == 0 else " ", piece))
        else:
            for k, word in enumerate(token.split(" ")):
                units = _TEXT_UNIT.findall(word) if len(word.encode("utf-8")) > 64 else [word]
                segments.extend(("" if j else (" " if k else ""), u) for j, u in enumerate(units))
    lines, line_, used = [], [], 0
    room = limit - len("<!--")
    for kind, text in segments:
        n = len(text.encode("utf-8")) + (kind == " ")
        if line_ and used + n > room:
            if kind == " ":
                lines.append("".join(line_))
                line_, used = [text], n - 1
                continue
            lines.append("".join(line_) + "<!--")
            line_, used = ["-->" + text], n + 3
            continue
        line_.append((" " if kind == " " else "") + text)
        used += n
    lines.append("".join(line_))
    return "\n".join(lines)


def _also_html(it: DigestItem, w: Words) -> str:
    lead = it.outlet or it.source
    own, rest = _split_lead(it.also, lead)
    parts = ([f"{_marked(lead, w)}{_more_html(own)}"] if own else []) + ([_links_html(rest, w)] if rest else [])
    return f"<br><small>{html.escape(w.also_carried)}{', '.join(parts)}</small>" if parts else ""


def _lang(language: str | None) -> str:
    """A ``lang`` attribute for an article's title and evidence, so that a browser draws traditional characters
    with a traditional font and a screen reader reads English as English ('' for an undetermined language)."""
    return f' lang="{language}"' if language in ("zh-Hans", "zh-Hant", "en") else ""


_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# a run of Chinese: Han characters, with the Chinese punctuation and the figures between them (北京市科学技术委员会、
# 中关村…, 第22-3期)
_HAN_RUN = re.compile(rf"[（“「《【]?[{_HAN}](?:[{_HAN}\u3000-\u303f\uff00-\uffef“”‘’·0-9.,%-]*[{_HAN}])?[）”」》】]?")


def _language_of(text: str) -> str | None:
    """The language of a title the warehouse gives none for (a corrected or withdrawn article's): Chinese in its
    script where it has Han characters, else English where it has Latin letters."""
    from pipeline.metadata import _script

    if _HAN_RUN.search(text):
        return _script(text)
    return "en" if re.search(r"[A-Za-z]", text) else None


def _marked(text: str, w: Words) -> str:
    """*text* in HTML, each run of Chinese in it in a ``<span lang>`` of its script where that is not the document's
    language: outlet names (China News Service 中国新闻网), the notes that name an outlet or quote a title, the
    footer's sources, in the English digest, for a screen reader's voice and a client that drops the fonts."""
    from pipeline.metadata import _script

    out, at = [], 0
    for m in _HAN_RUN.finditer(text):
        lang, run = _script(m.group()), html.escape(m.group())
        out.append(html.escape(text[at:m.start()]) + (run if lang == w.lang else f'<span lang="{lang}">{run}</span>'))
        at = m.end()
    return "".join(out) + html.escape(text[at:])


def _story_html(st: DigestStory, day: date, w: Words, sections: frozenset[str] = frozenset()) -> str:
    """As ``_story_md``, a list item in HTML; each task code links its section and, where it has one (*sections*:
    their codes), is named by its heading to a screen reader (``aria-labelledby``: "Z5 推动一区多园… — Promote…",
    with its languages marked): a links list of "Z5" forty times said nothing of where each went. (The heading is
    referred to, not copied: an ``aria-label`` with the task's name made a quarter of the HTML, and a busy day's
    mail lost entries to the budget; a client that drops the heading's id names the link "Z5", as before.)"""
    e = html.escape
    own, rest = _split_lead(st.also, st.outlet)
    also = e(w.also_story) + _links_html(rest, w) if rest else ""

    def named(c: str) -> str:
        return f' aria-labelledby="{e(c)}"' if c in sections else ""

    codes = " ".join(f'<a href="#{e(c)}"{named(c)}>{e(c)}</a>' for c in st.codes) if st.codes else e(w.no_task)
    english = f' (<span lang="en">“{e(st.title_en)}”</span>)' if w.both_names and st.title_en else ""
    return (f'<li><a href="{e(st.url, quote=True)}"{_lang(st.language)}>{e(st.title)}</a>{english} — {_marked(st.outlet, w)}'
            f'{_more_html(own)}{also} — {codes}{_marked(_overview_note(st, day, w), w)}</li>')


def render_html(d: Digest, words: Words | None = None, caps: Caps | None = None, *, record: bool = False) -> str:
    """As ``render_markdown``, in HTML; with *record*, its head records the caps (``caps_record``: the file a
    refresh writes, which a later rendering of the day reads them from)."""
    w = (words or EN).on(d)   # (a past day's digest says "that day", not "today")
    caps = caps or digest_caps()
    caps_line = [caps_record(caps), *taxonomy_record(d)] if record else []
    d, hidden = _cut(_with_outlets(d, w), caps)
    e = html.escape
    day = f"{d.day:%Y-%m-%d}"
    # the task names are Chinese in a document of another language: marked so, for fonts and screen readers
    zh = "" if w.lang == "zh-Hans" else ' lang="zh-Hans"'
    sections = frozenset(t.code for t in d.tasks if t.items)   # (the tasks whose section has a heading, id'd so)
    parts = [
        "<!doctype html>",
        f'<html lang="{w.lang}"><head><meta charset="utf-8">',
        *caps_line,
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        # (its greys are for a light page: a client in dark mode that darkened the page but kept them drew #444 on
        # #222, 1.6:1; the page says it is light, and its background is set, on the body too for clients that drop
        # the <style> block)
        '<meta name="color-scheme" content="light"><meta name="supported-color-schemes" content="light">',
        f"<title>{e(w.html_title.format(day=day))}</title>",
        # (Chinese fonts named for mail clients that fall back to a Latin one; the table's borders and its scrolling
        # box are also written on the elements, for clients that drop a <style> block)
        "<style>:root{color-scheme:light}"
        "body{font-family:'PingFang SC','Microsoft YaHei','Noto Sans CJK SC',sans-serif;max-width:52em;"
        "margin:2em auto;line-height:1.5;background:#fff;color:#111}"
        "blockquote{color:#444;border-left:3px solid #ccc;margin:.3em 0 .8em;padding-left:.8em}"
        "table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:.2em .6em}"
        "footer{margin-top:2em;color:#666;font-size:90%}</style></head>"
        '<body style="background:#fff;color:#111">',
        f"<h1>{e(w.title.format(day=day))}</h1>",
        f"<p>{e(w.first_seen_today.format(headline=_headline(d, w), day=day))}</p>",
        # (a data table a screen reader can walk: its caption, the columns' and each task's row's headers, and
        # "unknown" said where "—" is shown)
        '<div style="overflow-x:auto"><table border="1" cellspacing="0" cellpadding="4" '
        f'style="border-collapse:collapse"><caption style="text-align:left">{e(w.table_caption)}</caption><tr>'
        + "".join(f'<th scope="col">{e(c)}</th>' for c in w.columns) + "</tr>",
    ]

    def cell(value: str) -> str:
        return f'<td><abbr title="{e(w.unknown)}">{UNKNOWN}</abbr></td>' if value == UNKNOWN else f"<td>{e(value)}</td>"

    for t in d.tasks:
        prev, last, prior, trend = _cells(d, t, w)
        name = f'<a href="#{e(t.code)}">{e(t.code)}</a>' if t.items else e(t.code)
        _, english = w.heading(t)
        parts.append(f'<tr><th scope="row" style="text-align:left;font-weight:normal">{name} '
                     f'<span{zh}>{e(zh_name(t.name_zh))}</span>' + (f" — {e(english)}" if english else "") + "</th>"
                     f"<td>{t.count_today}</td>{cell(prev)}{cell(last)}{cell(prior)}{cell(trend)}</tr>")
    parts.append("</table></div>")
    if recounted := _recounted(d, w):
        parts.append(f"<p><em>{e(recounted)}</em></p>")
    if gap := _uncovered(d):
        parts.append("<p>" + e(w.no_coverage).format(tasks=e(w.no_coverage_join).join(
            f"{e(t.code)} <span{zh}>{e(zh_name(t.name_zh))}</span>" for t in gap)) + "</p>")
    parts.append(f"<p><small>{e(w.counts_note)}</small></p>")
    if d.stories:
        today, late = _overview(d)
        parts.append(f"<h2>{e(w.stories_heading.format(n=len(today)), quote=False)}</h2>" + ("<ol>" if today else ""))
        room = _room(today, caps)
        parts.extend(_story_html(st, d.day, w, sections) for st in today[:caps.overview])
        if today:
            parts.append("</ol>")
            parts.extend(_cut_html(_beyond(today, caps.overview), d, w, OVERVIEW_MAX_ENV))
        if late:
            parts.append(f"<h3>{e(w.late_heading, quote=False)}</h3>" + ("<ul>" if late[:room] else ""))
            if late[:room]:
                parts.extend(_story_html(st, d.day, w, sections) for st in late[:room])
                parts.append("</ul>")
            parts.extend(_cut_html(_beyond(late, room), d, w, OVERVIEW_MAX_ENV, none_shown=not late[:room]))
    for t in d.tasks:
        if not t.items:
            continue
        _, english = w.heading(t)
        parts.append(f'<h2 id="{e(t.code)}">{e(t.code)} <span{zh}>{e(zh_name(t.name_zh))}</span>'
                     + (f" — {e(english)}" if english else "") + "</h2><ul>")
        for it in t.items:
            parts.append(
                f'<li><a href="{e(it.url, quote=True)}"{_lang(it.language)}>{e(it.title)}</a> — {_marked(it.outlet or it.source, w)}'
                f"{e(w.after_outlet)}{e(_when(it.published_at, w))}{w.learned_html if it.method == 'model' else ''}"
                f"{_marked(_story_note(it, d.day, w), w)}"
                f"{_also_html(it, w)}"
                + (f"<br><small>{_marked(w.measures + _measure_list(it, w), w)}</small>" if it.measures else "")
                + f"<blockquote{_lang(it.language)}>{e(_one_line(it.evidence))}</blockquote></li>")
        parts.append("</ul>")
        parts.extend(_cut_html(hidden.get(t.code, 0), d, w, SECTION_MAX_ENV))
    if d.unlabelled:
        parts.append(f"<h2>{e(w.unlabelled_heading)}</h2><ul>")
        for it in d.unlabelled:
            parts.append(f'<li><a href="{e(it.url, quote=True)}"{_lang(it.language)}>{e(it.title)}</a> — {_marked(it.outlet or it.source, w)}'
                         f"{e(w.after_outlet)}{e(_when(it.published_at, w))}{_marked(_story_note(it, d.day, w), w)}"
                         f"{_also_html(it, w)}</li>")
        parts.append("</ul>")
        parts.extend(_cut_html(hidden.get("", 0), d, w, SECTION_MAX_ENV))
    if d.changes:
        parts.append(f"<h2>{e(w.changes_heading)}</h2><ul>")
        for c in d.changes:
            parts.append(f'<li><a href="{e(c.url, quote=True)}"{_lang(_language_of(c.title))}>{e(c.title)}</a> — '
                         f'{_marked(c.outlet, w)}{e(w.after_change_outlet)}{_marked(c.note(w), w)}</li>')
        parts.append("</ul>")
    if not d.relevant_today:
        parts.append(f"<p><em>{e(w.nothing_today)}</em></p>")
    if d.has_learned_labels:
        parts.append(f"<p><small>{e(w.learned_legend)}</small></p>")
    footer = _footer(d, w)
    if d.taxonomy_version:
        footer += " " + w.labelled_by.format(version=d.taxonomy_version)
    parts.append(f"<footer>{_marked(footer, w)}</footer></body></html>")
    return "\n".join(map(_fold_html, parts)) + "\n"
