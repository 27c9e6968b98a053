import re
from dataclasses import replace
from datetime import date, datetime, timezone

import pytest

from pipeline.digest import BEIJING, Digest, DigestItem, DigestTask, render_html, render_markdown


def _digest(**kw):
    item = DigestItem("a1", "标题 <b>", "gmw", "光明网", "https://economy.gmw.cn/x.htm?a=1&b=2",
                      datetime(2021, 1, 20, 12, 23, tzinfo=timezone.utc), "zh-Hans", "一是实施国家战略科技力量创建工程。", 0.9)
    tasks = (DigestTask("B1", "国家战略科技力量创建工程", "National strategic S&T force", (item,), 1, 3, 4, 12),
             DigestTask("B2", "重点(前沿)领域跨越工程", "Leapfrog", (), 0, 0))
    base = dict(day=date(2021, 1, 20), previous_day=date(2021, 1, 19), tasks=tasks, relevant_today=1, relevant_previous=3)
    base.update(kw)
    return Digest(**base)


def test_markdown_groups_by_task_with_evidence_and_counts():
    md = render_markdown(_digest())
    assert "## B1 国家战略科技力量创建工程" in md and "## B2" not in md  # empty tasks only in the table
    # (every column counts stories, and says so: the day's counted articles beside weeks of stories)
    assert "| task | stories today | stories, previous day | stories, last 7 days | stories, 7 days before | trend |" in md
    # (the English digest names each task in English too: a reader without Chinese reads the trends)
    assert "| B1 国家战略科技力量创建工程 — National strategic S&T force | 1 | 3 | 4 | 12 | ↓ falling |" in md
    assert "| B2 重点（前沿）领域跨越工程 — Leapfrog | 0 | 0 | 0 | 0 | steady |" in md
    assert "> 一是实施国家战略科技力量创建工程。" in md
    assert "1 (2 fewer than the previous day)" in md
    assert "All sources healthy." in md


def test_html_escapes_and_names_broken_sources():
    html = render_html(_digest(broken_sources=(("most", "12/12 requests failed"),)))
    assert "<td>1</td><td>3</td><td>4</td><td>12</td><td>↓ falling</td>" in html
    assert "标题 &lt;b&gt;" in html and "x.htm?a=1&amp;b=2" in html
    assert "most (12/12 requests failed)" in html
    assert render_markdown(_digest(broken_sources=(("most", "no new articles in 7 days"),))).rstrip().endswith(
        "most (no new articles in 7 days).")


def test_evidence_broken_over_lines_is_one_quote():
    # evidence is verbatim, so a sentence the page broke after a comma carries the line break: the quote stays one line
    item = DigestItem("a2", "t", "163", "网易", "https://money.163.com/x.html", None, "zh-Hans",
                      "随着改革不断深化,“一带一路”、\n“大众创业、万众创新”的国家战略得以实施。", 0.8)
    d = _digest(tasks=(DigestTask("Z7", "深度融入全球创新网络", "Global network", (item,), 1, 0),))
    md = render_markdown(d)
    assert "  > 随着改革不断深化,“一带一路”、“大众创业、万众创新”的国家战略得以实施。\n" in md
    assert '<blockquote lang="zh-Hans">随着改革不断深化,“一带一路”、“大众创业' in render_html(d)


def test_a_learned_label_is_marked():
    # a label the learned task model made shows its quote as the model's pick; the rules' labels are unmarked
    learned = DigestItem("a3", "t3", "ecns", "ecns.cn", "https://www.ecns.cn/x.shtml", None, "en",
                         "Scholars who came back from Stanford started 40 firms there.", 0.6, "model")
    ruled = DigestItem("a4", "t4", "ecns", "ecns.cn", "https://www.ecns.cn/y.shtml", None, "en",
                       "The park recruits talent from abroad.", 0.8)
    d = _digest(tasks=(DigestTask("Z6", "全球视野招才引智", "Talent", (learned, ruled), 2, 0),))
    md = render_markdown(d)
    assert "- **[t3](https://www.ecns.cn/x.shtml)** — ecns.cn, date unknown · _learned label_\n" \
           "  > Scholars who came back from Stanford started 40 firms there.\n" in md
    assert "- **[t4](https://www.ecns.cn/y.shtml)** — ecns.cn, date unknown\n  > The park recruits talent from abroad.\n" in md
    html = render_html(d)
    assert html.count('<small title="made by the learned task model">learned label</small>') == 1
    assert "date unknown · <small" in html
    # the mark is explained once, in both formats; a digest without learned labels has no legend
    assert "_learned label: the learned task model made this label" in md and "learned label: the learned" in html
    assert "learned label:" not in render_markdown(_digest())


def test_days_no_refresh_looked_at_are_unknown_not_zero():
    """A first refresh: no previous day and no earlier week to compare with, so no '+6 vs previous day' and no
    'rising' against weeks nothing looked at."""
    md = render_markdown(_digest(previous_refreshed=False, prior_week_refreshed=False))
    assert "Relevant articles first seen today: 1 (no refresh looked at the previous day)." in md
    assert "| B1 国家战略科技力量创建工程 — National strategic S&T force | 1 | — | 4 | — | — |" in md
    assert "Every column counts stories: a story several outlets carried, or translated, counts once" in md
    assert "count articles" not in md
    html = render_html(_digest(prior_week_refreshed=False))
    # (said, not only shown: a screen reader reads an em dash as nothing, and the cell sounded empty)
    assert ('<td>1</td><td>3</td><td>4</td><td><abbr title="unknown">—</abbr></td>'
            '<td><abbr title="unknown">—</abbr></td>') in html


def test_the_trends_table_has_a_caption_and_headers_for_its_columns_and_each_tasks_row_in_both_languages():
    from pipeline.digest import ZH

    html = render_html(_digest())
    assert "<caption" in html and "Stories of each plan task: today, the previous day, and the last two weeks" in html
    assert '<th scope="col">task</th><th scope="col">stories today</th>' in html
    assert re.search(r'<tr><th scope="row"[^>]*><a href="#B1">B1</a> <span lang="zh-Hans">国家战略科技力量创建工程</span> — '
                     r"National strategic S&amp;T force</th><td>1</td>", html)
    zh = render_html(_digest(previous_refreshed=False), ZH)
    assert "各规划任务的事件数" in zh and '<th scope="col">任务</th>' in zh and '<abbr title="未知">—</abbr>' in zh
    assert zh.count('<th scope="row"') == 2


def test_a_day_only_a_later_crawl_filled_says_so():
    """A backfill run after the day reads what the sources list then: its digest is not a quiet day like others."""
    from pipeline.digest import BACKFILL_NOTE

    md, html = render_markdown(_digest(day_refreshed=False)), render_html(_digest(day_refreshed=False))
    assert BACKFILL_NOTE in md and BACKFILL_NOTE in html
    assert BACKFILL_NOTE not in render_markdown(_digest())


def test_markdown_escapes_what_it_would_read_as_markup():
    item = DigestItem("a9", "*Big* news | [x] <script>", "s", "Out_let", "https://s.example.cn/9", None, "en",
                      "Evidence with `code` and # hash.", 0.9)
    md = render_markdown(_digest(tasks=(DigestTask("B1", "国家战略科技力量创建工程", "N", (item,), 1, 0),)))
    assert "- **[\\*Big\\* news \\| \\[x\\] \\<script\\>](https://s.example.cn/9)** — Out\\_let, date unknown" in md
    assert "  > Evidence with \\`code\\` and \\# hash." in md


def test_a_page_that_gives_only_its_day_shows_the_day():
    day_only = DigestItem("a7", "t7", "kw", "北京市科委", "https://kw.beijing.gov.cn/7.html",
                          datetime(2021, 1, 24, 0, 0, tzinfo=BEIJING), "zh-Hant", "一是實施國家戰略科技力量創建工程。", 0.9)
    md = render_markdown(_digest(tasks=(DigestTask("B1", "国家战略科技力量创建工程", "N", (day_only,), 1, 0),)))
    assert "— 北京市科委, 2021-01-24\n" in md and "00:00" not in md


def test_page_text_cannot_write_markdown():
    """Outlet names come from the pages (og:site_name) and URLs from the crawl: in the Markdown digest neither
    can open a link, an image or raw HTML, nor end a link early."""
    from pipeline.digest import DigestStory

    evil = "[CopyA](javascript:alert(1)) <img src=x onerror=alert(1)>"
    item = DigestItem("a5", "t5", "s", evil, "https://x.cn/a)[y](javascript:alert(1)).html", None, "zh-Hans",
                      "中关村的证据句。", 0.8, story_first_seen=date(2021, 1, 18), match="copy", story_outlet=evil,
                      also=((evil, "https://y.cn/b c.html", ""),))
    story = DigestStory("t5", "https://x.cn/a)[y](javascript:alert(1)).html", evil, ((evil, "https://y.cn/b.html", ""),),
                        ("Z1",), date(2021, 1, 18), "copy", evil)
    md = render_markdown(_digest(tasks=(DigestTask("Z1", "n", "n", (item,), 1, 0),), stories=(story,),
                                 broken_sources=(("<b>src</b>", "1/1 requests failed"),)))
    assert not re.search(r"(?<!\\)\]\(javascript", md) and not re.search(r"(?<!\\)<(img|b)", md)
    assert "\\[CopyA\\](javascript:alert(1)) \\<img src=x onerror=alert(1)\\>" in md
    assert "(https://x.cn/a%29[y]%28javascript:alert%281%29%29.html)" in md and "(https://y.cn/b%20c.html)" in md


def test_an_outlet_that_carried_a_story_twice_is_named_once():
    """Two pages of one outlet among a story's copies: the outlet is named once, its second page linked as [2];
    another outlet and a translation keep their own entries."""
    from pipeline.digest import DigestStory

    also = (("新华网", "https://xinhua.example.cn/1.htm", ""), ("人民网", "https://people.example.cn/p.html", ""),
            ("新华网", "https://xinhua.example.cn/2.htm", ""), ("ECNS", "https://ecns.example.cn/e.shtml", "in English"))
    item = DigestItem("a6", "t6", "gmw", "光明网", "https://gmw.example.cn/6.htm", None, "zh-Hans", "中关村的证据句。", 0.8,
                      also=also)
    story = DigestStory("t6", "https://gmw.example.cn/6.htm", "光明网", also, ("Z1",))
    d = _digest(tasks=(DigestTask("Z1", "n", "n", (item,), 1, 0),), stories=(story,))
    md, page = render_markdown(d), render_html(d)
    # (the English digest names an outlet in English before its Chinese name: outlets.toml's [english])
    links = ("[Xinhua 新华网](https://xinhua.example.cn/1.htm) ([2](https://xinhua.example.cn/2.htm)), "
             "[People's Daily Online 人民网](https://people.example.cn/p.html), [ECNS](https://ecns.example.cn/e.shtml) "
             "(in English)")
    assert f"  also carried by {links}" in md and f"; also {links} — Z1" in md
    assert md.count("[Xinhua 新华网]") == 2  # once in the story line, once under the item
    assert page.count('>Xinhua <span lang="zh-Hans">新华网</span></a>') == 2 and page.count('<a href="https://xinhua.example.cn/2.htm">2</a>') == 2


def test_times_are_shown_in_beijing_time_and_the_digest_says_so():
    """A page that gave its time in New York's zone is shown at the Beijing time of the same instant."""
    from datetime import timedelta

    new_york = timezone(timedelta(hours=-5))
    item = DigestItem("a8", "t8", "s", "Outlet", "https://s.example.com/8", datetime(2026, 11, 24, 10, 0, tzinfo=new_york),
                      "en", "Zhongguancun evidence.", 0.8)
    md = render_markdown(_digest(tasks=(DigestTask("Z1", "n", "n", (item,), 1, 0),)))
    assert "— Outlet, 2026-11-24 23:00" in md and "times Beijing time (UTC+8)" in md


def test_the_leads_own_outlet_is_not_named_again_among_the_others():
    """A story led by 人民网 that 人民网 carried on a second page: the second page is linked as [2] beside the
    lead's outlet, not listed as another outlet."""
    from pipeline.digest import DigestStory

    also = (("人民网", "https://people.example.cn/2.html", ""), ("新华网", "https://xinhua.example.cn/1.htm", ""))
    item = DigestItem("a9", "t9", "people", "人民网", "https://people.example.cn/1.html", None, "zh-Hans",
                      "中关村的证据句。", 0.8, also=also)
    story = DigestStory("t9", "https://people.example.cn/1.html", "人民网", also, ("Z1",))
    d = _digest(tasks=(DigestTask("Z1", "n", "n", (item,), 1, 0),), stories=(story,))
    md, page = render_markdown(d), render_html(d)
    pd = "People's Daily Online 人民网"
    assert (f"— {pd} ([2](https://people.example.cn/2.html)); also [Xinhua 新华网](https://xinhua.example.cn/1.htm) — Z1"
            in md)
    assert (f"  also carried by {pd} ([2](https://people.example.cn/2.html)), [Xinhua 新华网](https://xinhua.example.cn/1.htm)"
            in md)
    pd_html = 'People&#x27;s Daily Online <span lang="zh-Hans">人民网</span>'
    assert f"[{pd}](" not in md and f">{pd_html}</a>" not in page
    assert f'— {pd_html} (<a href="https://people.example.cn/2.html">2</a>); also' in page


def test_html_marks_each_articles_language():
    """Traditional titles and evidence are drawn with a traditional font and English is read as English: each
    article's title and evidence carry its language; the page's own words are English."""
    from pipeline.digest import DigestStory

    hant = DigestItem("a9", "中關村與香港簽署合作協議", "hk", "明報", "https://hk.example.com/9", None, "zh-Hant",
                      "中關村與香港簽署科技合作協議。", 0.8)
    en = DigestItem("a10", "Zhongguancun pact", "xinhua_en", "Xinhua", "https://en.example.com/10", None, "en",
                    "Zhongguancun signed a pact.", 0.8)
    story = DigestStory("中關村與香港簽署合作協議", "https://hk.example.com/9", "明報", (), ("Z7",), language="zh-Hant")
    page = render_html(_digest(tasks=(DigestTask("Z7", "深度融入全球创新网络", "Global network", (hant, en), 2, 0),),
                               stories=(story,)))
    assert page.count('<html lang="en">') == 1
    assert page.count('lang="zh-Hant">中關村與香港簽署合作協議</a>') == 2  # the overview and the task's list
    assert '<blockquote lang="zh-Hant">中關村與香港簽署科技合作協議。</blockquote>' in page
    assert 'lang="en">Zhongguancun pact</a>' in page and '<blockquote lang="en">' in page
    assert '<span lang="zh-Hans">深度融入全球创新网络</span>' in page


def test_a_storys_other_outlets_come_in_the_same_order_in_every_section():
    """Each task's list is in its own label-score order; the outlets that also carried a story are listed by
    publication time, so one story names them in one order wherever it appears."""
    from pipeline.warehouse import _one_per_story

    def item(aid, outlet, hour, story="s1"):
        return DigestItem(aid, "t", outlet, outlet, f"https://{aid}.example.cn/", datetime(2026, 11, 23, hour, tzinfo=BEIJING),
                          "zh-Hans", "证据。", 0.8, story_id=story)

    lead, b, c = item("s1", "中新网", 8), item("b", "香港商報網", 10), item("c", "ECNS", 9)
    one, = _one_per_story([lead, b, c])
    two, = _one_per_story([c, lead, b])
    assert one.article_id == two.article_id == "s1"
    assert [o for o, _, _ in one.also] == [o for o, _, _ in two.also] == ["ECNS", "香港商報網"]


def test_an_older_piece_found_today_is_marked_as_such():
    """An archive page or a new source brings up an article of months ago: listed on the day it is first seen (it
    counts there), and marked, so the reader does not take it for the day's news; a week-old one is not marked."""
    from pipeline.digest import DigestStory

    old = DigestItem("a11", "旧文", "s", "Outlet", "https://s.example.cn/11", datetime(2026, 6, 10, 9, tzinfo=BEIJING),
                     "zh-Hans", "中关村的证据句。", 0.8)
    recent = DigestItem("a12", "新文", "s", "Outlet", "https://s.example.cn/12", datetime(2026, 11, 13, 9, tzinfo=BEIJING),
                        "zh-Hans", "中关村的证据句。", 0.8)
    story = DigestStory("旧文", "https://s.example.cn/11", "Outlet", (), ("Z1",), published_at=old.published_at)
    d = _digest(day=date(2026, 11, 20), tasks=(DigestTask("Z1", "n", "n", (old, recent), 2, 0),), stories=(story,))
    md, page = render_markdown(d), render_html(d)
    note = "older piece: published 2026-06-10, first seen 2026-11-20"
    assert md.count(note) == 2 and page.count(note) == 2  # the overview and the task's list
    assert md.count("older piece:") == 2  # the article of 7 days before is today's news


def _everything(**kw):
    """A digest that uses every part of the page: stories with copies and a translation, an earlier story, an older
    piece, a learned label, a relevant article with no task, corrections and withdrawals, broken sources."""
    from pipeline.digest import DigestChange, DigestStory
    from pipeline.warehouse import SourceProblem

    also = (("人民网", "https://people.example.cn/p.html", ""), ("人民网", "https://people.example.cn/q.html", ""),
            ("中新网英文", "https://ecns.example.cn/e.shtml", "in English"))
    rules = DigestItem("a1", "中关村发布新政", "gmw", "光明网", "https://gmw.example.cn/1.htm",
                       datetime(2026, 6, 10, 9, tzinfo=BEIJING), "zh-Hans", "中关村实施国家战略科技力量创建工程。", 0.9,
                       also=also)
    learned = DigestItem("a2", "人才新闻", "bjd", "北京日报", "https://bjd.example.cn/2.htm", None, "zh-Hans",
                         "海归人才在园区创办企业。", 0.6, "model", story_id="s0", story_first_seen=date(2026, 11, 18),
                         match="translation", story_outlet="中国日报",
                         measures=(("Z6.3", "实施更加开放的人才政策", "More open talent policies"), ("Z6.1", "引才(聚才)", ""),
                                   ("Z6.2", "b", "b"), ("Z6.4", "c", "c"), ("Z6.5", "d", "d")))
    none = DigestItem("a3", "园区动态", "bjd", "北京日报", "https://bjd.example.cn/3.htm", None, "zh-Hans", "", 0.0,
                      withdrawn_on=date(2026, 11, 21), withdrawn_why="status_404")
    story = DigestStory("中关村发布新政", "https://gmw.example.cn/1.htm", "光明网", also, ("B1", "Z6"), date(2026, 11, 18),
                        "copy", "新华网", published_at=rules.published_at)
    changes = tuple(DigestChange(f"旧闻{k}", f"https://gmw.example.cn/c{k}.htm", "光明网", date(2026, 11, 18),
                                 "withdrawn" if why else "updated", why, None if why else 2,
                                 "新增入驻企业30家" if why is None else None)
                    for k, why in enumerate(("status_404", "status_410", "section_redirect", "replaced", None, "other")))
    broken = tuple((s, SourceProblem(kind, 12, 12, date(2026, 11, 19))) for s, kind in
                   (("a", "robots_forbidden"), ("b", "robots_unavailable"), ("c", "failures"), ("d", "quiet"),
                    ("e", "retry_after_too_long")))
    tasks = (DigestTask("B1", "国家战略科技力量创建工程", "National strategic S&T force", (rules,), 1, 3, 4, 12),
             DigestTask("Z6", "全球视野招才引智", "Global talent", (learned,), 1, 0, 8, 2))
    base = dict(day=date(2026, 11, 20), previous_day=date(2026, 11, 19), tasks=tasks, relevant_today=3,
                relevant_previous=1, unlabelled=(none,), stories=(story,), stories_today=2, changes=changes,
                broken_sources=broken, taxonomy_version="v16", day_refreshed=False, source_outlets={"c": "北京日报"})
    base.update(kw)
    return Digest(**base)


def test_a_chinese_digest_says_everything_of_its_own_in_chinese():
    """ZGC_DIGEST_LANG=zh: every word the digest writes itself is Chinese; titles, outlets, quotes and links stay
    as the pages wrote them. What is left once those are taken out holds no English word."""
    from pipeline.digest import ZH

    d = _everything()
    own = set()
    for page in (render_markdown(d, ZH), re.sub(r"<style>.*?</style>|<[^>]+>", " ", render_html(d, ZH), flags=re.S)):
        page = re.sub(r"\(https?://[^)\s]+\)|https?://\S+", " ", page)
        own |= set(re.findall(r"(?<![0-9A-Za-z])[A-Za-z]{2,}", page))
    assert own <= {"UTC", "robots", "txt"}, own  # (robots.txt is the file's name)
    md = render_markdown(d, ZH)
    assert md.startswith("# 中关村与北京国际科技创新中心报道日报 — 2026-11-20\n")
    assert "| B1 国家战略科技力量创建工程 | 1 | 3 | 4 | 12 | ↓ 下降 |" in md and "| Z6 全球视野招才引智 | 1 | 0 | 8 | 2 | ↑ 上升 |" in md
    assert "## B1 国家战略科技力量创建工程\n" in md  # the Chinese name alone
    assert "（比前一天多 2 篇），涉及 2 个事件（其余为转载或译文）" in md
    assert "[中新网英文](https://ecns.example.cn/e.shtml)（英文）" in md
    assert "— 北京日报，日期不详 · _模型标注_ · 译文（该报道首次发现于 2026-11-18，中国日报）" in md
    assert "旧文：发表于 2026-06-10，首次发现于 2026-11-20" in md
    assert "原地址现返回 404" in md and "（第 2 次修改；" in md and md.count("已撤下") == 5
    # a correction that changed the title says what it was (the figure a reader may have quoted the day before)
    assert "（第 2 次修改；首次发现于 2026-11-18）；原标题为“新增入驻企业30家”" in md
    assert "revision 2; first seen 2026-11-18); it was titled “新增入驻企业30家”" in render_markdown(d)
    assert "需要关注的来源：" in md and "12/12 个请求失败（于 2026-11-19，其最近一次抓取）" in md
    assert "；北京日报 \\[c\\]（12/12 个请求失败" in md and "需要关注的来源：a（robots.txt" in md   # as its articles name it
    assert '<html lang="zh-Hans">' in render_html(d, ZH)
    # an item's measures of its task, and a page gone since the day (the day's digest rendered again later)
    assert "  具体措施：Z6.3 实施更加开放的人才政策；Z6.1 引才（聚才）；Z6.2 b 等（另有 2 项）\n" in md
    assert "— 北京日报，日期不详 · 已于 2026-11-21 撤下：原地址现返回 404\n" in md
    en = render_markdown(d)
    assert "  measures: Z6.3 More open talent policies; Z6.1 引才（聚才）; Z6.2 b and 2 more\n" in en
    assert "— Beijing Daily 北京日报, date unknown · withdrawn 2026-11-21: now answers 404\n" in en
    assert ('<br><small>measures: Z6.3 More open talent policies; Z6.1 <span lang="zh-Hans">引才（聚才）</span>; Z6.2 b '
            "and 2 more</small><blockquote") in render_html(d)


def test_the_chinese_digest_shows_what_the_english_one_shows():
    """Both languages render the same parts: the same links, quotes, counts and lines, only the digest's own words
    differ (a part left out in one language would be a lost article for its readers)."""
    from pipeline.digest import EN, ZH

    for d in (_everything(), _everything(previous_refreshed=False, day_refreshed=True, broken_sources=()),
              _digest(relevant_today=0, tasks=())):
        en, zh = render_markdown(d, EN), render_markdown(d, ZH)
        assert len(en.splitlines()) == len(zh.splitlines())
        for pattern in (r"\]\((https?://[^)\s]+)\)", r"^\s*> .*$", r"\| \d+ \|", r"^#+ "):
            assert re.findall(pattern, en, re.M) == re.findall(pattern, zh, re.M), pattern
        links = r'href="([^"]+)"'
        assert re.findall(links, render_html(d, EN)) == re.findall(links, render_html(d, ZH))
    # and the English words are as they were (the default)
    assert render_markdown(_digest()) == render_markdown(_digest(), EN)


def test_an_unknown_digest_language_is_named():
    import pytest

    from pipeline.digest import EN, ZH, digest_words

    assert digest_words("zh") is ZH and digest_words("ZH ") is ZH and digest_words("en") is EN
    with pytest.raises(ValueError, match=r"--lang must be one of en, zh .* not 'fr'"):
        digest_words("fr")


@pytest.mark.parametrize("evidence, shown", [
    ("【香港文匯報訊】記者江鑫嫻北京報道：北京市統計局日前公布數據顯示，中关村示范区企业收入增长。",
     "北京市統計局日前公布數據顯示，中关村示范区企业收入增长。"),
    ("新华社天津11月11日电（记者王井怀 郭方达）京津冀协同创新共同体建设加快推进，三地技术合同成交额持续增长。",
     "京津冀协同创新共同体建设加快推进，三地技术合同成交额持续增长。"),
    # 中央社's header, its newsroom and dateline inside the bracket (the day without its month)
    ("（中央社記者林家豪北京24日電）北京中關村今天揭牌成立首批5家概念驗證中心，推動科技成果轉化。",
     "北京中關村今天揭牌成立首批5家概念驗證中心，推動科技成果轉化。"),
    ("BEIJING, Nov. 23 (Xinhua) -- Zhongguancun will build more proof-of-concept centers, officials said.",
     "Zhongguancun will build more proof-of-concept centers, officials said."),
    # no header: as stored; a header with little after it stays whole
    ("记者从市科委获悉，中关村将新建10个概念验证中心。", "记者从市科委获悉，中关村将新建10个概念验证中心。"),
    ("新华社北京1月2日电 中关村。", "新华社北京1月2日电中关村。"),
])
def test_a_quote_is_shown_without_its_wire_header(evidence, shown):
    """A briefing quotes the sentence, not the wire service's credit line before it (a digest reader's finding)."""
    from pipeline.digest import _one_line

    assert _one_line(evidence) == shown


def test_the_english_title_of_a_story_is_given_in_the_english_digest_only():
    from pipeline.digest import DigestStory, digest_words

    story = DigestStory("中关村发布人工智能措施", "https://a.cn/1.html", "京华", (("China Daily", "https://b.cn/2.html", "en"),),
                        ("Z4",), language="zh-Hans", title_en="Zhongguancun rolls out AI measures")
    d = _digest(stories=(story,))
    assert "(“Zhongguancun rolls out AI measures”)" in render_markdown(d)
    assert '<span lang="en">“Zhongguancun rolls out AI measures”</span>' in render_html(d)
    assert "Zhongguancun rolls out" not in render_markdown(d, digest_words("zh"))


def test_every_english_outlet_name_names_an_outlet_of_the_domain_map():
    """outlets.toml's [english] gives names to the outlets its [domains] names (a stale or misspelt key would never
    be used), and the Chinese digest keeps the outlets' own names."""
    from pipeline.digest import digest_words, outlet_names_en
    from pipeline.extract import load_outlets

    assert set(outlet_names_en()) <= set(load_outlets().values())
    item = DigestItem("a1", "t", "xinhua", "新华网", "https://x.cn/1", None, "zh-Hans", "证据。", 0.9)
    d = _digest(tasks=(DigestTask("Z1", "n", "n", (item,), 1, 0),))
    assert "— Xinhua 新华网, date unknown" in render_markdown(d)
    assert "— 新华网，日期不详" in render_markdown(d, digest_words("zh")) and "Xinhua" not in render_markdown(d, digest_words("zh"))


def test_a_story_withdrawn_since_is_marked_in_the_overview_too():
    """A past day's digest rendered again marked a withdrawn article in its task's list but not in the story
    overview, whose line still linked the dead page as if it stood (a monitoring lead's finding)."""
    from pipeline.digest import ZH, DigestStory

    gone = DigestItem("a1", "t1", "s", "Outlet", "https://s.example.cn/1", None, "en", "Zhongguancun evidence.", 0.8,
                      withdrawn_on=date(2021, 1, 22), withdrawn_why="status_404")
    story = DigestStory("t1", "https://s.example.cn/1", "Outlet", (), ("B1",), withdrawn_on=date(2021, 1, 22),
                        withdrawn_why="status_404")
    d = _digest(tasks=(DigestTask("B1", "国家战略科技力量创建工程", "N", (gone,), 1, 0),), stories=(story,))
    assert "1. [t1](https://s.example.cn/1) — Outlet — B1 · withdrawn 2021-01-22: now answers 404\n" in render_markdown(d)
    assert "1. [t1](https://s.example.cn/1) — Outlet — B1 · 已于 2021-01-22 撤下：原地址现返回 404\n" in render_markdown(d, ZH)
    assert re.search(r'<a href="#B1"[^>]*>B1</a> · withdrawn 2021-01-22: now answers 404</li>', render_html(d))
    # one still online is not marked
    assert "1. [t1](https://s.example.cn/1) — Outlet — B1\n" in render_markdown(
        _digest(stories=(DigestStory("t1", "https://s.example.cn/1", "Outlet", (), ("B1",)),)))


def test_a_correction_says_what_is_true_and_chinese_sets_its_colon_full_width():
    """The correction line said "the text shown is revision N" where no text is shown, and the Chinese digest put
    an ASCII colon after the outlet (a monitoring lead's finding)."""
    from pipeline.digest import ZH

    d = _everything()
    en, zh = render_markdown(d), render_markdown(d, ZH)
    assert ("— Guangming Online 光明网: corrected by its site (revision 2; first seen 2026-11-18); it was titled "
            "“新增入驻企业30家”\n") in en
    assert "— Guangming Online 光明网: withdrawn: now answers 404 (first seen 2026-11-18)\n" in en
    assert "text shown" not in en and "显示修改后的文本" not in zh
    assert "— 光明网：已被来源网站修改（第 2 次修改；首次发现于 2026-11-18）；原标题为“新增入驻企业30家”\n" in zh
    assert "— 光明网：已撤下，原地址现返回 404（首次发现于 2026-11-18）\n" in zh
    assert "光明网:" not in zh and "光明网：已撤下" in render_html(d, ZH)


def test_the_stories_heading_counts_the_stories_first_seen_today():
    """Late copies of the previous day's stories are listed, marked, but are not today's stories: the heading
    counted them (a monitoring lead's finding)."""
    from pipeline.digest import ZH, DigestStory

    stories = (DigestStory("新", "https://s.example.cn/1", "A", (), ("Z2",)),
               DigestStory("转载", "https://s.example.cn/2", "B", (), ("Z7",), date(2021, 1, 19), "copy", "C"),
               DigestStory("译文", "https://s.example.cn/3", "C", (), ("Z2",), date(2021, 1, 19), "translation", "D"))
    d = _digest(stories=stories, relevant_today=3, stories_today=1)
    md = render_markdown(d)
    assert "## Today's stories (1)\n" in md and "- [译文]" in md   # (the late copies still listed, marked)
    assert "· republished (story first seen 2021-01-19, C)" in md
    assert "## 今日事件（1）\n" in render_markdown(d, ZH) and "<h2>Today's stories (1)</h2>" in render_html(d)


def test_only_todays_stories_are_numbered_and_late_copies_follow_under_their_own_heading():
    """"Today's stories (1)" sat above a list numbered 1-3: the late copies of earlier days' stories, not counted
    in the heading, were numbered among today's (a monitoring team's report). Today's stories are numbered; the late
    copies follow, unnumbered, under their own heading, whatever their rank among the day's stories."""
    from pipeline.digest import ZH, DigestStory

    stories = (DigestStory("转载", "https://s.example.cn/2", "B", (), ("Z7",), date(2021, 1, 19), "copy", "C"),
               DigestStory("新", "https://s.example.cn/1", "A", (), ("Z2",)),
               DigestStory("译文", "https://s.example.cn/3", "C", (), ("Z2",), date(2021, 1, 19), "translation", "D"),
               DigestStory("又一新", "https://s.example.cn/4", "E", (), ("Z1",), date(2021, 1, 20)))
    d = _digest(stories=stories, relevant_today=4, stories_today=2)
    md = render_markdown(d)
    assert ("## Today's stories (2)\n\n"
            "1. [新](https://s.example.cn/1) — A — Z2\n"
            "2. [又一新](https://s.example.cn/4) — E — Z1\n\n"
            "### Late copies of earlier days' stories\n\n"
            "- [转载](https://s.example.cn/2) — B — Z7 · republished (story first seen 2021-01-19, C)\n"
            "- [译文](https://s.example.cn/3) — C — Z2 · a translation (story first seen 2021-01-19, D)\n\n") in md
    assert "3. [" not in md
    zh = render_markdown(d, ZH)
    assert "## 今日事件（2）\n\n1. [新]" in zh and "\n### 此前事件的转载与译文\n\n- [转载]" in zh and "3. [" not in zh
    page = render_html(d)
    ordered, late = page.split("<h2>Today's stories (2)</h2><ol>", 1)[1].split("</ol>", 1)
    assert ordered.count("<li>") == 2 and "转载" not in ordered and "译文" not in ordered
    assert late.startswith("\n<h3>Late copies of earlier days' stories</h3><ul>") and late.count("<li>") >= 2
    assert "<h3>此前事件的转载与译文</h3><ul>" in render_html(d, ZH)
    # a day of late copies only: no numbered list at all
    only = render_markdown(_digest(stories=stories[::2], relevant_today=2, stories_today=0))
    assert "## Today's stories (0)\n\n### Late copies" in only and "1. [" not in only
    assert "<h2>Today's stories (0)</h2>\n<h3>" in render_html(_digest(stories=stories[::2], stories_today=0))


def test_the_tasks_without_a_story_in_the_last_week_are_named_under_the_table():
    """A lead reporting gaps had to scan the table for 0 in the week column (a monitoring lead's finding); a week no
    refresh looked at enough of says nothing (its 0 is not known)."""
    from pipeline.digest import ZH

    tasks = (DigestTask("B1", "国家战略科技力量创建工程", "National strategic S&T force", (), 0, 0, 4, 12),
             DigestTask("B2", "重点(前沿)领域跨越工程", "Leapfrog", (), 0, 0, 0, 3),
             DigestTask("B3", "创新范式优化工程", "Paradigm", (), 0, 0, 0, 0))
    d = _digest(tasks=tasks)
    md = render_markdown(d)
    table_end = md.index("| B3 创新范式优化工程 — Paradigm | 0 | 0 | 0 | 0 | steady |\n")
    assert md[table_end:].split("\n", 1)[1].startswith(
        "\nNo coverage in the last 7 days: B2 重点（前沿）领域跨越工程; B3 创新范式优化工程.\n\n_Every column")
    assert ('<p>No coverage in the last 7 days: B2 <span lang="zh-Hans">重点（前沿）领域跨越工程</span>; '
            'B3 <span lang="zh-Hans">创新范式优化工程</span>.</p>') in render_html(d)
    assert "<p>近7天无报道的任务：B2 <span>重点（前沿）领域跨越工程</span>、B3 <span>创新范式优化工程</span>。</p>" in render_html(d, ZH)
    assert "\n近7天无报道的任务：B2 重点（前沿）领域跨越工程、B3 创新范式优化工程。\n" in render_markdown(d, ZH)
    for quiet in (_digest(tasks=tasks, last_week_refreshed=False), _digest(tasks=tasks[:1])):
        assert "No coverage" not in render_markdown(quiet) and "No coverage" not in render_html(quiet)
        assert "近7天无报道" not in render_markdown(quiet, ZH)
    # a task the table shows coverage of is not named: a late copy of an older story today, an article of the week
    # withdrawn since (no story counted, but coverage there was: a lead's retest found both named)
    covered = (DigestTask("B2", "重点(前沿)领域跨越工程", "Leapfrog", (), 1, 0, 0, 3),
               DigestTask("B3", "创新范式优化工程", "Paradigm", (), 0, 1, 0, 0, articles_7d=True))
    assert "No coverage" not in render_markdown(_digest(tasks=covered))


def test_a_digest_in_another_language_than_the_configured_one_names_its_language(monkeypatch, tmp_path):
    """`digest --lang zh` replaced the day's English files the team was mailed (a monitoring lead's finding): the
    configured language keeps <day>.md / .html, another one writes <day>.<lang>.md / .html."""
    from pipeline.digest import EN, ZH, digest_files

    day = date(2026, 11, 30)
    monkeypatch.delenv("ZGC_DIGEST_LANG", raising=False)
    assert digest_files(tmp_path, day) == (tmp_path / "2026-11-30.md", tmp_path / "2026-11-30.html")
    assert digest_files(tmp_path, day, EN) == (tmp_path / "2026-11-30.md", tmp_path / "2026-11-30.html")
    assert digest_files(tmp_path, day, ZH) == (tmp_path / "2026-11-30.zh.md", tmp_path / "2026-11-30.zh.html")
    monkeypatch.setenv("ZGC_DIGEST_LANG", "zh")
    assert digest_files(tmp_path, day, ZH) == (tmp_path / "2026-11-30.md", tmp_path / "2026-11-30.html")
    assert digest_files(tmp_path, day, EN) == (tmp_path / "2026-11-30.en.md", tmp_path / "2026-11-30.en.html")


def test_an_article_corrected_after_the_day_is_marked_as_shown_corrected():
    """A past day's digest rendered again shows an article as its site corrected it later (its title, its quote):
    marked, in both languages and formats, in the task's list, the unlabelled list and the overview, as a page gone
    since is; a correction the same day is no later revision and is not marked."""
    from pipeline.digest import ZH, DigestStory

    fixed = DigestItem("a1", "更正稿", "s", "Outlet", "https://s.example.cn/1", None, "zh-Hans", "中关村的证据句。", 0.8,
                       revision=2, updated_on=date(2021, 1, 23))
    story = DigestStory("更正稿", "https://s.example.cn/1", "Outlet", (), ("B1",), revision=2,
                        updated_on=date(2021, 1, 23))
    d = _digest(tasks=(DigestTask("B1", "国家战略科技力量创建工程", "N", (fixed,), 1, 0),), stories=(story,),
                unlabelled=(replace(fixed, article_id="a2", url="https://s.example.cn/2"),))
    note = " · corrected by its site 2021-01-23: shown as revision 2, not as first seen"
    md, page = render_markdown(d), render_html(d)
    assert md.count(note) == 3 and page.count(note) == 3
    assert f"1. [更正稿](https://s.example.cn/1) — Outlet — B1{note}\n" in md
    zh = " · 已于 2021-01-23 被来源网站修改：所示为第 2 次修改后的版本，而非首次发现时的文本"
    assert render_markdown(d, ZH).count(zh) == 3 and render_html(d, ZH).count(zh) == 3
    same_day = replace(d, tasks=(DigestTask("B1", "n", "N", (replace(fixed, updated_on=d.day),), 1, 0),),
                       stories=(), unlabelled=())
    assert "corrected by its site" not in render_markdown(same_day)


def _busy(stories: int = 60, late: int = 5, entries: int = 20, unlabelled: int = 15, **kw):
    """A busy day: more stories, late copies and task entries than the default caps show."""
    from pipeline.digest import DigestStory

    def item(k, method="rules"):
        return DigestItem(f"a{k}", f"标题{k}", "s", "Outlet", f"https://s.example.cn/{k}", None, "zh-Hans",
                          f"中关村的第{k}句证据。", 1.0 - k / 1000, method)

    listed = tuple(DigestStory(f"事件{k}", f"https://s.example.cn/{k}", "A", (), ("B1",)) for k in range(stories)) + \
        tuple(DigestStory(f"转载{k}", f"https://s.example.cn/late{k}", "B", (), ("B1",), date(2021, 1, 19), "copy", "C")
              for k in range(late))
    task = DigestTask("B1", "国家战略科技力量创建工程", "National strategic S&T force",
                      tuple(item(k) for k in range(entries - 1)) + (item(entries - 1, "model"),), stories, 3, 40, 12)
    return _digest(tasks=(task,), stories=listed, stories_today=stories, relevant_today=stories + late,
                   unlabelled=tuple(replace(item(1000 + k), evidence="") for k in range(unlabelled)), **kw)


def test_a_busy_days_lists_are_cut_at_their_caps_and_say_how_many_more_and_how_to_see_them(monkeypatch):
    """A tester's day of 784 stories was a 941 KB digest, a 1.1 MB mail, with every entry written out: the overview
    and each section show their first entries (their order kept), then how many more and the command listing them
    all; the table's counts stay whole."""
    from pipeline.digest import ZH, Caps

    monkeypatch.delenv("ZGC_DIGEST_OVERVIEW_MAX", raising=False)
    monkeypatch.delenv("ZGC_DIGEST_SECTION_MAX", raising=False)
    d = _busy()
    md = render_markdown(d)
    assert "## Today's stories (60)\n" in md and "\n40. [事件39]" in md and "\n41. " not in md
    assert ("\n\n_… and 20 more, not listed here: `ZGC_DIGEST_OVERVIEW_MAX=all zgc-monitor digest --date 2021-01-20 "
            "--lang en --print` lists them all._\n\n### Late copies of earlier days' stories\n\n_5, not listed here: "
            "`ZGC_DIGEST_OVERVIEW_MAX=all zgc-monitor digest --date 2021-01-20 --lang en --print` lists them._\n") in md
    assert "| B1 国家战略科技力量创建工程 — National strategic S&T force | 60 | 3 | 40 | 12 |" in md   # whole
    section = md.split("## B1 ", 1)[1].split("\n## ", 1)[0]
    assert section.count("\n- **[") == 9 and "[标题8]" in section and "[标题9]" not in section
    assert section.endswith("  > 中关村的第8句证据。\n\n_… and 11 more, not listed here: `ZGC_DIGEST_SECTION_MAX=all "
                            "zgc-monitor digest --date 2021-01-20 --lang en --print` lists them all._\n")
    unlabelled = md.split("## Relevant, no plan task matched\n", 1)[1]
    assert unlabelled.count("\n- **[") == 9 and "_… and 6 more, not listed here: `ZGC_DIGEST_SECTION_MAX=all" in unlabelled
    assert "learned label" not in md   # (the one learned label is among those not listed)
    zh = render_markdown(d, ZH)
    assert "_……另有 20 条未列出；`ZGC_DIGEST_OVERVIEW_MAX=all zgc-monitor digest --date 2021-01-20 --lang zh --print` 可列出全部。_" in zh
    assert "_共 5 条，未列出；`ZGC_DIGEST_OVERVIEW_MAX=all" in zh and "_……另有 11 条未列出；`ZGC_DIGEST_SECTION_MAX=all" in zh
    page = render_html(d)
    assert page.split("<ol>", 1)[1].split("</ol>", 1)[0].count("<li>") == 40
    assert ("</ol>\n<p><em>… and 20 more, not listed here: <code>ZGC_DIGEST_OVERVIEW_MAX=all zgc-monitor digest "
            "--date 2021-01-20 --lang en --print</code> lists them all.</em></p>\n<h3>Late copies of earlier days' "
            "stories</h3>\n<p><em>5, not listed here: <code>") in page
    assert page.count("<blockquote") == 9 and "</ul>\n<p><em>… and 11 more, not listed here: <code>ZGC_DIGEST_SECTION_MAX" in page
    assert "<p><em>……另有 6 条未列出；<code>ZGC_DIGEST_SECTION_MAX=all" in render_html(d, ZH)
    # the overview's cap counts today's stories first, then the late copies; no cap lists everything
    roomy = render_markdown(d, caps=Caps(63, 19))
    assert "\n- [转载2]" in roomy and "\n- [转载3]" not in roomy and "_… and 2 more, not listed" in roomy
    assert "… and 1 more, not listed here: `ZGC_DIGEST_SECTION_MAX" in roomy and "learned label" not in roomy
    whole = render_markdown(d, caps=Caps(None, None))
    assert "not listed" not in whole and "\n60. [事件59]" in whole and "[标题19]" in whole and "learned label" in whole


def test_a_day_under_the_caps_is_as_it_was():
    """Ordinary days stay exactly as they were: a list as long as its cap is not cut and says nothing of a cut."""
    from pipeline.digest import ZH, Caps

    for d in (_everything(), _digest(), _busy(stories=35, late=5, entries=9, unlabelled=9)):
        for w in (None, ZH):
            assert render_markdown(d, w, Caps(40, 9)) == render_markdown(d, w, Caps(None, None))
            assert render_html(d, w, Caps(40, 9)) == render_html(d, w, Caps(None, None))
    assert "not listed" not in render_markdown(_busy(stories=40, late=0, entries=9, unlabelled=9), caps=Caps(40, 9))


def test_a_day_whose_mail_fits_is_written_at_its_caps_and_one_that_does_not_is_cut_shorter_in_both_formats():
    """The digest files are the mail (pipeline.mail.MESSAGE_MAX): a day whose message fits is as the caps cut it,
    its HTML recording them; one that does not has both lists cut shorter, the same entries in both formats."""
    from pipeline.digest import ZH, Caps, fit_message, recorded_caps
    from pipeline.mail import message_bytes

    for d in (_everything(), _digest(), _busy()):
        for w in (None, ZH):
            md, page, caps = fit_message(d, w, Caps(40, 9))
            assert (md, caps) == (render_markdown(d, w, Caps(40, 9)), Caps(40, 9))
            assert page == render_html(d, w, Caps(40, 9), record=True) and recorded_caps(page) == caps
    d = _busy()
    whole = message_bytes(render_markdown(d, caps=Caps(40, 9)), render_html(d, caps=Caps(40, 9), record=True))
    md, page, caps = fit_message(d, caps=Caps(40, 9), budget=whole - 2000)
    assert message_bytes(md, page) <= whole - 2000 and caps.section < 9 and recorded_caps(page) == caps
    assert md.count("\n  > ") == page.count("<blockquote") == caps.section
    assert md == render_markdown(d, caps=caps)


@pytest.mark.parametrize("value", ["0", "-3", "ten", "1.5", "none"])
def test_the_caps_come_from_the_environment_and_a_bad_one_is_named(value):
    from pipeline.digest import OVERVIEW_MAX, SECTION_MAX, Caps, digest_caps

    assert digest_caps({}) == Caps(OVERVIEW_MAX, SECTION_MAX) == Caps()
    assert digest_caps({"ZGC_DIGEST_OVERVIEW_MAX": " 25 ", "ZGC_DIGEST_SECTION_MAX": "ALL"}) == Caps(25, None)
    for name in ("ZGC_DIGEST_OVERVIEW_MAX", "ZGC_DIGEST_SECTION_MAX"):
        with pytest.raises(ValueError, match=rf"^{name} must be a whole number of entries, 1 or more, or all "
                                             rf"\(no cap\), not '{re.escape(value)}'$"):
            digest_caps({name: value})


# ------------------------------------------------------------------ a past day's digest, from the warehouse
def _stored(con, n: int, text: str, day: date, title: str) -> str:
    from pipeline import warehouse as wh
    from pipeline.models import ExtractedArticle

    aid, _ = wh.upsert_article(con, _page(n), ExtractedArticle(title=title, text=text, language="zh-Hans",
                                                                analysis_text=text), day=day, source=f"site{n}")
    return aid


def _page(n: int):
    from pipeline import warehouse as wh

    url = f"https://site{n}.example.cn/a/{n}.html"
    return wh.PageRef(f"raw/{n}.warc.gz", n, url, url, f"site{n}", "text/html")


def _classified(con, aid: str, labels: tuple = ()) -> None:
    """*aid* classified as the refresh's classification pass stores it: relevant with *labels* ((code, evidence)), or
    not relevant (no labels) when there are none."""
    from pipeline import warehouse as wh
    from pipeline.models import Classification, Label

    wh.store_classifications(con, [(aid, Classification(bool(labels), 0.9 if labels else 0.1,
                                                        tuple(Label(c, 0.8, e) for c, e in labels), "v"))])


def test_a_correction_that_makes_an_article_irrelevant_keeps_it_in_its_first_days_digest(tmp_path):
    """A monitoring team's report: an article whose site corrected the zone out of it (a recheck classified the
    corrected text as not relevant) vanished from the digest of the day it was first seen, rendered again later
    (a takedown, a reprocess, `digest`), as if the day had never reported it. It stays where the day listed it (its
    task's list, with the quote and title the day showed, and the overview), marked as corrected since and no
    longer judged relevant, and the day's count keeps it; the correction day's digest still reports the
    correction; a correction on the day itself, and an article never relevant, are not listed."""
    from pipeline import warehouse as wh
    from pipeline.digest import ZH

    d1, d2 = date(2026, 11, 20), date(2026, 11, 22)
    zone = "中关村示范区加快建设世界领先科技园区。\n"

    def filler(k: int) -> str:   # (each article its own story)
        return "".join(f"第{k}篇第{i}段讲述园区企业第{k * 10 + i}项新技术的研发与推广进展。\n" for i in range(6))

    with wh.Warehouse(tmp_path).writer() as con:
        con.execute("INSERT INTO plan_tasks (code, plan, parent, name_zh, name_en, taxonomy_version) VALUES "
                    "('Z1', 'Z', NULL, '坚持自立自强', 'Self-reliance', 'v'), ('Z1.1', 'Z', 'Z1', '措施', 'A measure', 'v')")
        fixed = _stored(con, 1, zone + filler(1), d1, "原稿")
        kept = _stored(con, 2, zone + filler(2), d1, "另一稿")
        same_day = _stored(con, 3, zone + filler(3), d1, "当日更正稿")
        never = _stored(con, 4, "某园区的新闻。\n" + filler(4), d1, "无关稿")
        for aid in (fixed, kept, same_day):
            _classified(con, aid, (("Z1", "中关村示范区加快建设世界领先科技园区。"), ("Z1.1", "措施句。")))
        _classified(con, never)
        wh.assign_stories(con)
        before = wh.digest_data(con, d1)
        assert before.relevant_today == 3
        # the sites correct the zone out of them, a recheck classifying the new texts as not relevant
        for aid, n, day in ((fixed, 1, d2), (same_day, 3, d1), (never, 4, d2)):
            assert wh.revise_article(con, aid, _page(n), _article("某园区加快建设科技园区。\n" + filler(n), "更正稿"),
                                     day) == "updated"
            _classified(con, aid)
        past, correction_day = wh.digest_data(con, d1), wh.digest_data(con, d2)
    assert [c.no_longer_relevant for c in correction_day.changes] == [True]   # (reported that day, as before)
    # the table counts the coverage that stands, as for a withdrawal (task_story_trends, the week's count, the trend):
    # the corrected story is listed, marked, but not counted, and the note under the table says so
    (z1,) = past.tasks
    assert (z1.count_today, z1.last_7d, len(z1.items)) == (1, 1, 2)
    assert past.relevant_today == 2 and past.stories_today == 2   # the article the day showed, not the same-day one
    md, page, zh = render_markdown(past), render_html(past), render_markdown(past, ZH)
    note = " · corrected by its site 2026-11-22: as corrected, no longer judged relevant (shown as first seen)"
    assert md.count(note) == 2 and page.count(note) == 2   # its task's list and the overview
    assert ("not once all its copies with the task were withdrawn, or corrected by their sites into no longer being "
            "judged relevant (the lists below still show them where their day did, marked so)") in md
    assert "| Z1 坚持自立自强 — Self-reliance | 1 | " in md   # (its list shows 2)
    assert "或经来源网站修改后均不再判定为相关的事件不计" in zh
    assert (f"- **[原稿](https://site1.example.cn/a/1.html)** — site1, date unknown{note}\n"
            "  measures: Z1.1 A measure\n  > 中关村示范区加快建设世界领先科技园区。\n") in md
    assert f"[原稿](https://site1.example.cn/a/1.html) — site1 — Z1{note}\n" in md
    assert "更正稿" not in md and "当日更正" not in md and "无关稿" not in md
    assert "[另一稿](https://site2.example.cn/a/2.html)" in md and md.count("corrected by its site") == 2
    assert zh.count(" · 已于 2026-11-22 被来源网站修改，修改后的文本已不再判定为相关（所示为首次发现时的版本）") == 2
    # (one corrected twice, still relevant after the first: shown as that revision, and said so)
    task = past.tasks[0]
    later = tuple(replace(it, revision=1) if it.no_longer_relevant else it for it in task.items)
    assert "(shown as revision 1)\n" in render_markdown(replace(past, tasks=(replace(task, items=later),)))


def _article(text: str, title: str):
    from pipeline.models import ExtractedArticle

    return ExtractedArticle(title=title, text=text, language="zh-Hans", analysis_text=text)


def test_a_flagged_source_is_named_as_the_articles_up_to_the_day_named_it(tmp_path):
    """A monitoring lead's finding: the footer mailed on a day a new source had no article yet named it by its
    registry name (bj_tech_en); the same day rendered again after its first articles named it by their outlet
    (Beijing Tech English [bj_tech_en]), in a line nothing else changed. It is named as the articles first seen by
    the day named it, so a re-render says what the mailed copy said."""
    from pipeline import warehouse as wh
    from pipeline.models import ExtractedArticle

    quiet, later = date(2026, 11, 17), date(2026, 11, 20)
    with wh.Warehouse(tmp_path).writer() as con:
        wh.upsert_article(con, _page(9), ExtractedArticle(title="t", text="正文。", language="en", analysis_text="正文。",
                                                          outlet="Beijing Tech English"), day=later, source="site9")
        flagged = (("site9", "its 1 listing page read link no article"),)
        then, after = (wh.digest_data(con, day, broken_sources=flagged) for day in (quiet, later))
    assert then.source_outlets == {} and after.source_outlets == {"site9": "Beijing Tech English"}
    assert render_markdown(then).rstrip().endswith("Sources needing attention: site9 (its 1 listing page read link "
                                                   "no article).")
    assert "Beijing Tech English \\[site9\\] (its 1 listing page" in render_markdown(after)


def test_a_corrections_changed_figures_are_named_in_text_order_once_each_and_bounded():
    from pipeline.digest import changed_figures

    before = "24日，大会签约项目108个，金额352亿元，同比增长12.5%。签约项目108个中，30个来自海外。"
    after = "24日，大会签约项目118个，金额362亿元，同比增长12.5%。签约项目118个中，30个来自海外。"
    assert changed_figures(before, after) == ((("108", "118"), ("352亿", "362亿")), 0)
    # (full-width digits are read as digits; unchanged figures, a date, a percentage, are not named)
    assert changed_figures("金额３５２亿元，增长12.5%", "金额362亿元，增长12.5%") == ((("352亿", "362亿"),), 0)
    # five figures changed: three named, two counted
    assert changed_figures("1 2 3 4 5 6", "1 20 30 40 50 60") == ((("2", "20"), ("3", "30"), ("4", "40")), 2)
    # a figure added or removed alone replaced none: nothing to pair, nothing said; nor for a text without figures
    assert changed_figures("签约108个", "签约108个，另有7个意向") == ((), 0)
    assert changed_figures("没有数字", "仍然没有数字") == ((), 0) and changed_figures(None, "1") == ((), 0)
    # a run of digits is cut, so that a line stays short
    long_ = changed_figures("编号 " + "1" * 60, "编号 " + "2" * 60)[0][0]
    assert len(long_[0]) == len(long_[1]) == 24


def test_a_correction_that_changes_the_figures_but_not_the_title_says_which_figures(tmp_path):
    """A monitoring lead's finding: a site corrected 108 projects to 118 and 352亿元 to 362亿元, and the digest said
    only "corrected by its site (revision 1; …)": the readers who forwarded the first figures had no hint they had
    changed. The correction's line names them, in both languages; a correction of the title alone names none."""
    from pipeline import warehouse as wh
    from pipeline.digest import ZH

    d1, d2 = date(2026, 11, 22), date(2026, 11, 24)
    text = "中关村论坛技术交易大会22日闭幕，签约项目{n}个，金额{m}亿元。\n中关村示范区加快建设世界领先科技园区。\n"
    with wh.Warehouse(tmp_path).writer() as con:
        con.execute("INSERT INTO plan_tasks (code, plan, parent, name_zh, name_en, taxonomy_version) VALUES "
                    "('Z7', 'Z', NULL, '深度融入全球创新网络', 'Global network', 'v')")
        figures = _stored(con, 1, text.format(n=108, m=352), d1, "大会闭幕")
        retitled = _stored(con, 2, text.format(n=5, m=6), d1, "旧标题")
        for aid in (figures, retitled):
            _classified(con, aid, (("Z7", "中关村示范区加快建设世界领先科技园区。"),))
        assert wh.revise_article(con, figures, _page(1), _article(text.format(n=118, m=362), "大会闭幕"), d2) == "updated"
        assert wh.revise_article(con, retitled, _page(2), _article(text.format(n=5, m=6) + "（完）", "新标题"),
                                 d2) == "updated"
        d = wh.digest_data(con, d2)
    md, zh = render_markdown(d), render_markdown(d, ZH)
    assert ("— site1: corrected by its site (revision 1; first seen 2026-11-22); figures changed: 108→118, "
            "352亿→362亿\n") in md
    assert "— site2: corrected by its site (revision 1; first seen 2026-11-22); it was titled “旧标题”\n" in md
    assert "；数字改动：108→118、352亿→362亿\n" in zh and md.count("figures changed") == 1


def test_the_note_under_the_table_says_a_follow_up_is_a_new_story_not_linked_to_the_earlier_one():
    """A monitoring lead's finding: a follow-up of an event (its closing, two days after its opening) was listed as
    a new story with no link to the first, and nothing in the digest told the reader that stories are texts and
    their copies, not events. The digest does not link them; the note under the table says so, in both languages."""
    from pipeline.digest import ZH

    assert ("A story is one report with its copies and translations: a follow-up of an event, or another outlet's own "
            "report of it, is a story of its own, new on its day, and not linked to the earlier ones.") in render_markdown(
                _digest())
    assert "同一事件的后续报道，或其他媒体自行撰写的报道，各自算作新事件" in render_markdown(_digest(), ZH)


def _display_width(line):
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


def test_the_plain_text_part_shows_titles_as_the_pages_wrote_them_with_each_url_after_its_title():
    """The mail's text part was the Markdown: a reader saw 中关村\\[快讯\\]\\*重磅\\* and **[…](…)** in every entry."""
    from pipeline.digest import plain_text

    title = "中关村[快讯]*重磅*_政策_发布 | 第一期 <em>测试</em> &lt; a\\b `c` #1"
    item = replace(_digest().tasks[0].items[0], title=title, url="https://x.cn/a_(1).html",
                   also=(("新华网", "https://xinhua.cn/b.html", ""),))
    d = _digest(tasks=(replace(_digest().tasks[0], items=(replace(item, method="model"),)),))
    text = plain_text(render_markdown(d))
    assert f"- {title}\n  <https://x.cn/a_%281%29.html> — Guangming Online 光明网, 2021-01-20 20:23" in text
    assert "also carried by Xinhua 新华网 <https://xinhua.cn/b.html>" in text
    assert "\n    一是实施国家战略科技力量创建工程。" in text   # (the quote, under its entry)
    said = " ".join(text.split())   # (as read: the lines wrapped)
    assert "2021-01-20 20:23 · learned label" in said and "learned label: the learned task model" in said
    # no Markdown left: no escapes, no emphasis, no link syntax
    rest = text.replace(title, "")
    assert "\\" not in rest and "**" not in rest and "](" not in rest and "_learned" not in rest
    assert "\nB1 国家战略科技力量创建工程 — National strategic S&T force\n-----" in text   # (a heading, underlined)


def test_the_plain_text_part_is_wrapped_at_78_columns_but_never_inside_a_url_or_a_chinese_character():
    from pipeline.digest import plain_text

    long_url = "https://www.beijing.gov.cn/zhengce/zhengcefagui/202111/t20211126_2545831_with_a_long_tail.html"
    quote = "园区企业项目资金平台服务发展建设技术产品市场合作研发成果人才机构政策试点会议活动投资增长数据应用示范系统标准产业规模生态。"
    item = replace(_digest().tasks[0].items[0], url=long_url, evidence=quote)
    text = plain_text(render_markdown(_digest(tasks=(replace(_digest().tasks[0], items=(item,)),))))
    lines = text.split("\n")
    assert f"  <{long_url}>" in lines   # (longer than a line: its own, whole)
    assert all(_display_width(x) <= 78 for x in lines if long_url not in x), [x for x in lines if len(x) > 78]
    quoted = [x.strip() for x in lines[lines.index(f"  <{long_url}>"):] if x.startswith("    ")]
    assert len(quoted) > 1 and "".join(quoted) == quote   # (Chinese wrapped between characters, nothing lost)
    assert not any(x.startswith("。") for x in quoted)      # (a closing mark stays with the text it closes)
    # the counts note, one line of 1,000 characters in the Markdown, is a paragraph of lines
    assert sum(1 for x in lines if x.startswith(("Every column counts", "counts once"))) == 2


def test_the_plain_text_table_lines_up_in_a_monospace_font_in_both_languages():
    """Each column starts at the same display column on every line: a Chinese character counts two."""
    from pipeline.digest import ZH, plain_text

    for words in (None, ZH):
        text = plain_text(render_markdown(_digest(), words))
        table = text.split("\n\n")[2].split("\n")
        rule = next(x for x in table if set(x) <= {"-", " "})
        starts = [m.start() for m in re.finditer(r"(?<= )-", " " + rule)]
        # each row's cells end at a column boundary: the counts, right-aligned, end where their column ends
        row = next(x for x in table if x.startswith("B1"))
        assert _display_width(row) == _display_width(rule) or row.endswith(("falling", "下降"))
        ends = [s + len(m) for s, m in zip(starts, rule.split())]
        cells = [m for m in re.finditer(r"\S+(?: \S+)*", row)]
        widths = [_display_width(row[:c.end()]) for c in cells]
        assert widths[1:5] == [e - 1 for e in ends[1:5]], (row, rule)   # 1, 3, 4, 12 end at their columns' ends
        assert all(_display_width(x) <= 78 for x in table)


def test_chinese_outlet_names_and_the_titles_of_corrections_carry_their_language_in_the_english_html():
    """A screen reader's English voice skipped or spelled out 中国新闻网 and the corrected titles: titles and quotes
    were marked lang="zh-Hans", the outlets and the "Corrected or withdrawn" list were not."""
    from pipeline.digest import ZH, DigestChange

    item = replace(_digest().tasks[0].items[0], also=(("中央通訊社", "https://cna.com.tw/a.html", ""),))
    change = DigestChange("【更正】中关村第22-3期新进展", "https://x.cn/c.html", "测试新闻网", date(2021, 1, 18), "updated",
                          None, 1, old_title="中关村第22-3期新进展")
    d = _digest(tasks=(replace(_digest().tasks[0], items=(item,)),), changes=(change,),
                broken_sources=(("gmw", "no new articles in 7 days"),), source_outlets={"gmw": "光明网"})
    html = render_html(d)
    assert '— Guangming Online <span lang="zh-Hans">光明网</span>, 2021-01-20' in html
    assert '<a href="https://cna.com.tw/a.html"><span lang="zh-Hant">中央通訊社</span></a>' in html
    assert '<a href="https://x.cn/c.html" lang="zh-Hans">【更正】中关村第22-3期新进展</a>' in html
    assert '<span lang="zh-Hans">测试新闻网</span>: corrected' in html
    assert 'it was titled <span lang="zh-Hans">“中关村第22-3期新进展”</span>' in html
    assert '<footer>Sources needing attention: Guangming Online <span lang="zh-Hans">光明网</span> [gmw]' in html
    # in the Chinese digest, simplified Chinese is the document's language; traditional is still marked
    zh = render_html(d, ZH)
    assert "— 光明网，2021-01-20" in zh and '<span lang="zh-Hant">中央通訊社</span>' in zh


def test_the_overviews_task_links_name_their_task_to_a_screen_reader():
    """A screen reader's links list read "Z5" forty times: each task code's link is named by its section's heading
    (the code, the task's names, their languages marked), which it refers to rather than copies."""
    from pipeline.digest import DigestStory

    story = DigestStory("标题", "https://x.cn/1.html", "光明网", (), ("B1", "B2"))
    html = render_html(_digest(stories=(story,)))
    assert '<a href="#B1" aria-labelledby="B1">B1</a>' in html
    assert '<h2 id="B1">B1 <span lang="zh-Hans">国家战略科技力量创建工程</span> — National strategic S&amp;T force</h2>' in html
    # B2 has no section (no entry today): no id to refer to, and the link is as it was
    assert '<a href="#B2">B2</a>' in html and 'id="B2"' not in html


def test_the_html_says_it_is_a_light_page_so_dark_mode_keeps_its_grey_text_readable():
    """#444 quotes and the #666 footer had no background: a client that darkens the page but keeps the author's
    colours drew them at 1.6:1 and 2.8:1."""
    html = render_html(_digest())
    assert '<meta name="color-scheme" content="light">' in html and ":root{color-scheme:light}" in html
    assert "background:#fff;color:#111}" in html   # (the style block's body)
    assert '<body style="background:#fff;color:#111">' in html   # (for clients that drop the style block)


def test_the_digests_tasks_follow_the_taxonomys_order(tmp_path):
    """A maintainer's report: with a third plan C (C1-C10) and a plan A, the digest listed Z, C1, C10, C2, ..., B, A
    (plans in reverse letter order, tasks as strings). The digest follows the file's plan order, tasks by number."""
    from pipeline import warehouse as wh

    codes = [("Z1", "Z"), ("Z7", "Z"), ("B1", "B"), ("C1", "C"), ("C2", "C"), ("C10", "C"), ("A1", "A")]
    with wh.Warehouse(tmp_path).writer() as con:
        con.executemany("INSERT INTO plan_tasks (code, plan, parent, name_zh, name_en, taxonomy_version) "
                        "VALUES (?, ?, NULL, ?, ?, 'plan_tasks.v1')", [(c, p, c + "名", c) for c, p in codes[::-1]])
        in_file_order = wh.digest_data(con, date(2026, 11, 20), plan_order=("Z", "B", "C", "A"))
        unknown = wh.digest_data(con, date(2026, 11, 20))
    assert [t.code for t in in_file_order.tasks] == ["Z1", "Z7", "B1", "C1", "C2", "C10", "A1"]
    assert [t.name_zh for t in in_file_order.tasks][:2] == ["Z1名", "Z7名"]
    # (without the file's order: Z before B as before, each plan's tasks by number)
    assert [t.code for t in unknown.tasks] == ["Z1", "Z7", "C1", "C2", "C10", "B1", "A1"]


def test_the_first_digest_after_a_taxonomy_change_says_so_under_the_table_in_both_languages():
    """A digest counted with another taxonomy version than the digest before it says that the earlier days' figures
    were recounted (only its footer's version number said so); the version is named as it is, its earlier one by
    its number where the two share their name, and the HTML records both for the day rendered again."""
    from pipeline.digest import EN, ZH, plain_text, recorded_taxonomy

    changed = _digest(taxonomy_version="plan_tasks.v22", previous_taxonomy_version="plan_tasks.v21")
    en = "Counts for earlier days were recounted with taxonomy plan_tasks.v22 (was v21): they may differ from earlier digests."
    zh = "此前各日的计数已按分类体系 plan_tasks.v22 重新统计（原为 v21），可能与此前日报中的数字不同。"
    for words, note in ((EN, en), (ZH, zh)):
        md, page = render_markdown(changed, words), render_html(changed, words, record=True)
        assert "|\n\n_" + note.replace("_", "\\_") + "_\n" in md   # (right under the table)
        assert "</table></div>\n<p><em>" + note + "</em></p>" in page
        assert "".join(note.split()) in "".join(plain_text(md).split())
        assert recorded_taxonomy(page) == ("plan_tasks.v22", "plan_tasks.v21")
    # the same version, no earlier digest, or a version of another name (named whole)
    for d in (replace(changed, previous_taxonomy_version="plan_tasks.v22"), replace(changed, previous_taxonomy_version=None),
              replace(changed, taxonomy_version=None)):
        assert "recounted" not in render_markdown(d) + render_html(d) and "重新统计" not in render_markdown(d, ZH)
    other = replace(changed, previous_taxonomy_version="custom.v3")
    assert "plan_tasks.v22 (was custom.v3)" in render_html(other)
    # a digest written before the record: its footer's version, in either language
    assert recorded_taxonomy(render_html(changed)) == ("plan_tasks.v22", None)
    assert recorded_taxonomy(render_html(changed, ZH)) == ("plan_tasks.v22", None)


def test_no_recount_note_where_the_table_shows_no_earlier_day():
    """A digest whose table shows no figure of an earlier day (a warehouse's first day, or a day after a gap that no
    refresh looked at) recounted nothing of earlier days, whatever version the digest before it was counted with:
    no note, and its HTML records its own version alone (the day rendered again says nothing either)."""
    from pipeline.digest import EN, ZH, recorded_taxonomy

    changed = _digest(taxonomy_version="plan_tasks.v22", previous_taxonomy_version="plan_tasks.v21")
    alone = replace(changed, previous_refreshed=False, last_week_refreshed=False, prior_week_refreshed=False)
    assert alone.recounted_from is None
    for words in (EN, ZH):
        md, page = render_markdown(alone, words), render_html(alone, words, record=True)
        assert "recounted" not in md + page and "重新统计" not in md + page
        assert recorded_taxonomy(page) == ("plan_tasks.v22", None)
    # any earlier figure shown (the previous day's, or either week's) was recounted, and the note says so
    for shown in ("previous_refreshed", "last_week_refreshed", "prior_week_refreshed"):
        d = replace(alone, **{shown: True})
        assert d.recounted_from == "plan_tasks.v21", shown
        assert "recounted with taxonomy plan_tasks.v22 (was v21)" in render_html(d), shown
    assert recorded_taxonomy(render_html(_digest())) == (None, None)


def test_the_footers_taxonomy_version_reads_as_it_is_in_the_mails_plain_text_part():
    """The footer names the taxonomy version, plan_tasks.v22: the plain-text part made from the Markdown read its
    underscore as emphasis and said 'plantasks.v22'."""
    from pipeline.digest import ZH, plain_text

    d = _digest(taxonomy_version="plan_tasks.v22")
    assert plain_text(render_markdown(d)).rstrip().endswith("Labels by taxonomy plan_tasks.v22.")
    assert plain_text(render_markdown(d, ZH)).rstrip().endswith("标签依据分类体系 plan_tasks.v22。")


def test_a_past_days_digest_says_that_day_not_today_in_both_languages():
    """A digest rendered after its day ended (`digest --date` of an earlier day, a backfill, a re-rendering) does not
    say "today" of its day: its first line names the date, the table, its caption and the overview's heading say
    "that day" (当日); the day's own digest reads as before."""
    from pipeline.digest import EN, ZH, DigestStory, plain_text

    stories = (DigestStory("新", "https://s.example.cn/1", "光明网", (), ("B1",)),)
    today = _digest(stories=stories, stories_today=1)
    past = replace(today, past_day=True)
    md, page = render_markdown(past), render_html(past)
    assert "Relevant articles first seen on 2021-01-20: 1 (2 fewer than the previous day)." in md
    assert "| task | stories that day | stories, previous day |" in md and "## That day's stories (1)\n" in md
    assert '<th scope="col">stories that day</th>' in page and "<h2>That day's stories (1)</h2>" in page
    assert "<caption" in page and "Stories of each plan task: that day, the previous day" in page
    zh_md, zh_page = render_markdown(past, ZH), render_html(past, ZH)
    assert "2021-01-20 首次发现的相关文章：1 篇（比前一天少 2 篇）。" in zh_md
    assert "| 任务 | 当日事件 | 前一天事件 |" in zh_md and "## 当日事件（1）\n" in zh_md and "各规划任务的事件数：当日、" in zh_page
    quiet = replace(past, tasks=(), stories=(), relevant_today=0, stories_today=0)
    assert "No new relevant coverage that day." in render_markdown(quiet)
    assert "当日没有新的相关报道。" in render_markdown(quiet, ZH)
    for text in (md, page, plain_text(md), render_markdown(quiet), render_html(quiet)):
        assert "today" not in text.lower(), text
    for text in (zh_md, zh_page, render_markdown(quiet, ZH), render_html(quiet, ZH)):
        assert "今日" not in text, text
    # the day's own digest keeps its words
    assert "Relevant articles first seen today: 1" in render_markdown(today) and "## Today's stories (1)" in render_markdown(today)
    assert "今日首次发现的相关文章" in render_markdown(today, ZH) and "## 今日事件（1）" in render_markdown(today, ZH)
    # (the words of the configured language are what digest_files compares: rendering a past day leaves them)
    assert EN.on(past) is not EN and EN.on(today) is EN and EN.first_seen_today.startswith("Relevant articles first seen today")
