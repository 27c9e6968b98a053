"""pipeline.metadata: byline forms, their negatives (editors, outlets, newspaper credits),
structured authors (meta, JSON-LD, byline markup) and the date bounds."""

from __future__ import annotations

import json
from datetime import datetime

import lxml.html
import pytest

from pipeline import metadata as md

BODY = "中关村示范区将率先建成世界领先的科技园区，为北京形成国际科技创新中心提供有力支撑。"


def doc(body: str = "", head: str = ""):
    return lxml.html.document_fromstring(f"<html><head><title>标题</title>{head}</head><body>{body}</body></html>")


def author(body: str = "", head: str = "", text: str = BODY):
    tree = doc(body, head)
    return md.find_author(tree, text, meta=md._meta_map(tree))


# --------------------------------------------------------------------------- byline text


@pytest.mark.parametrize(
    "text,names",
    [
        ("记者 张三\n" + BODY, ["张三"]),
        ("本报记者 张三 李四\n" + BODY, ["张三", "李四"]),
        ("本报记者 张三、李四\n" + BODY, ["张三", "李四"]),
        ("新华社记者邹多为、唐诗凝\n" + BODY, ["邹多为", "唐诗凝"]),
        ("作者：张三\n" + BODY, ["张三"]),
        ("作者︱春春\n" + BODY, ["春春"]),
        ("文/张三\n" + BODY, ["张三"]),
        ("文 | 张三\n" + BODY, ["张三"]),
        ("文丨张三\n" + BODY, ["张三"]),
        ("通讯员 张三\n" + BODY, ["张三"]),
        ("来源：光明日报 作者：张三\n" + BODY, ["张三"]),
        ("北京5月10日电（记者 张三 通讯员 李四）" + BODY, ["张三", "李四"]),
        ("【记者 张三】" + BODY, ["张三"]),
        ("（总台央视记者 奚丹霓 张赛）" + BODY, ["奚丹霓", "张赛"]),
        ("撰文：张三\n" + BODY, ["张三"]),
        ("编译：张三\n" + BODY, ["张三"]),
        ("（评论员 罗博 萧海川）", ["罗博", "萧海川"]),
        ("（本文来源：经济日报 作者：中国国际经济交流中心世界经济研究部部长、研究员徐占忱）", ["徐占忱"]),
        ("作者：南帆，系福建师范大学教授\n", ["南帆"]),
        ("[作者: 刘满仓 \u3000责任编辑:\n 杨丹宇 ]", ["刘满仓"]),
        ("By Jane Doe\nThe plan", ["Jane Doe"]),
        ("By Jane Doe and John Smith | China Daily\nThe plan", ["Jane Doe", "John Smith"]),
        ("Chinanews.com, Beijing, November 29 (Reporter Chen Hang) The newly issued plan", ["Chen Hang"]),
        # print-layout markers, slashes after labels, bracketed labels, a spaced two-character name
        ("■本报记者 张三\n" + BODY, ["张三"]),
        ("□ 本报记者 张三 李四\n" + BODY, ["张三", "李四"]),
        ("◎文/张三\n" + BODY, ["张三"]),
        ("撰文/张三\n" + BODY, ["张三"]),
        ("作者／张三\n" + BODY, ["张三"]),
        ("记者／张三\n" + BODY, ["张三"]),
        ("本文作者：张三\n" + BODY, ["张三"]),
        ("【作者】张三\n" + BODY, ["张三"]),
        ("作者 张三\n" + BODY, ["张三"]),
        ("撰稿人：张三\n" + BODY, ["张三"]),
        ("文/图 张三\n" + BODY, ["张三"]),
        ("图文/张三\n" + BODY, ["张三"]),
        ("文、图/张三\n" + BODY, ["张三"]),
        ("作者：陈　平\n" + BODY, ["陈平"]),
        ("本报记者 王 平 报道\n" + BODY, ["王平"]),
        # pen names joined by & (a WeChat column's 执笔 line)
        ("执笔/叨叨姐、胡一刀&李小飞刀\n" + BODY, ["叨叨姐", "胡一刀", "李小飞刀"]),
        # 采写 ("interviewed and written by"), with the newsroom's 记者 before the names
        ("采写：南都记者 余毅菁 向雪妮\n" + BODY, ["余毅菁", "向雪妮"]),
        ("采写：余毅菁\n" + BODY, ["余毅菁"]),
        # WeChat's header: 原创： author account (a compiler marks himself 编译)
        ("原创： 路闻卓立编译 人民币交易与研究\n" + BODY, ["路闻卓立"]),
        ("原创：张三 某某公众号\n" + BODY, ["张三"]),
        # a credit line after a comma (36氪's closing line), and a name over the paper it writes for
        (BODY + "\n原创文章，作者：张三。转载或内容合作请点击转载说明", ["张三"]),
        ("张三/中国青年报\n" + BODY, ["张三"]),
        # Hong Kong papers: the dispatch mark closed by its bracket, 記者, the names, the place and 報道
        ("【香港文匯報訊】記者 張三、李四 北京報道：" + BODY, ["張三", "李四"]),
        ("香港文匯報訊 記者凱雷 北京報道 " + BODY, ["凱雷"]),
    ],
)
def test_byline_forms(text, names):
    assert md.authors_from_text(text) == names


@pytest.mark.parametrize("text", ["作者认为，这是对的。", "新华社/人民日报\n" + BODY, "张三/中国青年报记者在现场。",
                                  "香港文匯報訊 記者會上，中關村管委會表示將加大支持。"])
def test_not_a_byline(text):
    assert md.authors_from_text(text) == []


def test_wechat_original_mark_without_a_name_is_no_byline():
    assert md.authors_from_text("原创：本文为转载\n" + BODY) == []
    assert md.authors_from_text("原创：本文 转载自网络\n" + BODY) == []


@pytest.mark.parametrize(
    "text",
    [
        "责任编辑：张三\n" + BODY,
        "（责编：牛镛、岳弘彬）",
        "【责任编辑：刘峻凌】",
        "编辑：王五\n审核：赵六",
        "《人民日报》（2024年05月10日 04 版）",
        "来源：新华网\n" + BODY,
        "来源：人民日报海外版 2024-05-10 08:00",
        "记者从北京市科委获悉，" + BODY,
        "By 2030 the zone will lead the world.",
        # a photo credit alone, a pronoun, prose that opens with 作者
        "图/张三\n" + BODY,
        "摄影 张三\n" + BODY,
        "作者 我们\n" + BODY,
        "作者认为这一问题值得重视。" + BODY,
        "本文作者认为，" + BODY,
    ],
)
def test_not_bylines(text):
    assert md.authors_from_text(text) == []


def test_trailing_bare_credit_closes_the_article():
    assert author(text=BODY + "\n" + BODY + "获得了观众的阵阵掌声肯定。（郭旭）\n【责任编辑：郭旭】") == "郭旭"
    assert author(text=BODY + "（张三 李四）") == "张三、李四"
    for tail in ("（完）", "（下转第二版）", "（新华社）", "（图片来源：网络）"):
        assert author(text=BODY + tail) is None, tail


def test_english_authors_note_at_the_end():
    text = "The plan is bold.\nMitchell Blatt is a columnist with China.org.cn. For more information please visit:"
    assert author(text=text) == "Mitchell Blatt"


# --------------------------------------------------------------------------- structured authors


@pytest.mark.parametrize("key", ["author", "article:author", "byline", "dc.creator"])
def test_meta_author_keys(key):
    attr = "property" if ":" in key and not key.startswith("dc.") else "name"
    assert author(head=f'<meta {attr}="{key}" content="张三">') == "张三"


def test_meta_author_that_is_a_site_editor_or_number_is_not_taken():
    assert author(head='<meta name="author" content="新华网">') is None
    assert author(head='<meta name="author" content="网易"><meta name="Copyright" content="网易">') is None
    assert author(head='<meta name="author" content="105092">') is None
    # the same person as the page's 责任编辑 / meta editor: an editor, not the author
    assert author(head='<meta name="author" content="郭凯"><meta name="editor" content="郭凯">') is None
    assert author(head='<meta name="author" content="青网新闻张毅">', body="<div>责任编辑：张毅</div>") is None


def jsonld(author_value) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "x", "author": author_value}
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def test_jsonld_person_authors():
    assert author(head=jsonld({"@type": "Person", "name": "Jane Doe"})) == "Jane Doe"
    people = [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "John Smith"}]
    assert author(head=jsonld(people)) == "Jane Doe, John Smith"
    assert author(head=jsonld([{"@type": "Person", "name": "张三"}, {"@type": "Person", "name": "李四"}])) == "张三、李四"


def test_jsonld_organization_is_a_last_resort_and_never_a_site_name():
    org = {"@type": "Organization", "name": "Reuters"}
    assert author(head=jsonld(org)) == "Reuters"  # nothing else names anyone
    assert author(head=jsonld(org), text="By Jane Doe\n" + BODY) == "Jane Doe"
    assert author(head=jsonld(org) + '<meta name="author" content="Jane Doe">') == "Jane Doe"
    assert author(head=jsonld({"@type": "Organization", "name": "香港電台-財經"})) is None
    assert author(head=jsonld({"@type": "NewsMediaOrganization", "name": "台北時報"})) is None


def test_jsonld_survives_pruning_through_the_evidence():
    """extract prunes <script> before asking for the author; author_evidence, taken before, keeps it."""
    tree = doc(head=jsonld({"@type": "Person", "name": "Jane Doe"}))
    evidence = md.author_evidence(tree)
    for s in list(tree.iter("script")):
        s.drop_tree()
    assert md.find_author(tree, BODY, evidence=evidence) == "Jane Doe"


@pytest.mark.parametrize(
    "body,name",
    [
        ('<div class="author-info"><div class="author-info__name"><a href="/u/1">管不饿</a></div><span>关注</span></div>', "管不饿"),
        ('<div id="author_profile"><a href="/u/hk">好看的hk</a><br><a>粉丝 - 1</a><a>关注 - 0</a></div>', "好看的hk"),
        ('<span class="byline">By Jane Doe</span>', "Jane Doe"),
        ('<p class="article-author">作者：张三</p>', "张三"),
        ('<span itemprop="author" itemscope><span itemprop="name">Jane Doe</span></span>', "Jane Doe"),
        ('<a rel="author" href="/people/jd">Jane Doe</a>', "Jane Doe"),
        ('<a href="//my.qidian.com/author/4362948/"><span class="icon-pen"></span><span>远瞳</span></a>', "远瞳"),
        ('<p><strong>作者︱春春</strong></p>', "春春"),
    ],
)
def test_byline_markup(body, name):
    assert author(body=body) == name


@pytest.mark.parametrize(
    "body",
    [
        '<div class="detail_author"><span>责任编辑：孔德明</span></div>',
        '<div class="author">来源：新华网</div>',
        '<span class="author">环球时报新媒体</span>',
        '<div class="tie-author"><form><div class="author-pwd">密码</div><input name="p"></form></div>',
        '<ul class="recent_comment"><li class="recent_comment_author">--好看的hk</li></ul>',
        '<div class="sidebar"><span class="author">张三</span></div>',
        # a list of writers is not this page's byline
        "".join(f'<a href="/author/{i}">作者{n}</a>' for i, n in enumerate(["甲乙", "丙丁", "戊己", "庚辛"])),
        # teasers for other articles, below the article, repeat bylines
        f"<p>{BODY * 80}</p>" '<ul class="related"><li><a href="/1"><h6>By Ben Blanchard and Yimou Lee</h6></a></li></ul>',
    ],
)
def test_byline_markup_negatives(body):
    assert author(body=body) is None


def test_text_byline_beats_meta_author():
    head = '<meta name="author" content="孔德明">'
    assert author(head=head, text="半月谈记者 史卫燕\n" + BODY) == "史卫燕"


@pytest.mark.parametrize("byline,expected", [
    ("By MA SI", "Ma Si"),                          # China Daily prints its reporters' names in capitals
    ("By JOHN O'NEIL and JEAN-PAUL DURAND", "John O'Neil, Jean-Paul Durand"),
    ("By Ma Si", "Ma Si"),
    ("By Ben McDonald", "Ben McDonald"),            # a name already written as names are keeps its capitals
])
def test_a_byline_in_capitals_is_written_as_names_are(byline, expected):
    assert author(text=byline + "\n" + BODY) == expected


def test_hint_selector_text_wins():
    tree = doc('<div class="by">王五</div>')
    assert md.find_author(tree, "记者 张三\n" + BODY, selector_text="王五") == "王五"


# --------------------------------------------------------------------------- dates


def test_dates_in_the_future_or_before_the_web_are_rejected():
    now = datetime(2024, 5, 20, tzinfo=md.SHANGHAI)
    future = doc(head='<meta name="pubdate" content="2024-06-01">', body="<p>发布时间：2024-05-10 09:00</p>")
    assert md.find_date(future, now=now, use_htmldate=False).date().isoformat() == "2024-05-10"
    assert md.find_date(doc(head='<meta name="pubdate" content="2024-06-01">'), now=now, use_htmldate=False) is None
    old = doc(head='<meta name="pubdate" content="1990-01-01">', body="<p>2024年05月10日</p>")
    assert md.find_date(old, now=now, use_htmldate=False).date().isoformat() == "2024-05-10"
    assert md.find_date(doc(body="<p>1993年5月1日</p>"), now=now, use_htmldate=False) is None
    assert md.date_from_url("https://example.com/2031/0101/a.html") is not None
    assert md.find_date(doc(), "https://example.com/2031/0101/a.html", now=now, use_htmldate=False) is None


@pytest.mark.parametrize("stamp", [
    "Dec 31, 9999 23:59 -1400",     # past the calendar's end once moved to Beijing time: OverflowError
    "9999-12-31T23:59:59-14:00",
    "0001-01-01T00:00:00+14:00",    # before its start
])
def test_a_date_at_the_calendars_edge_is_no_date_and_the_next_one_is_read(stamp):
    now = datetime(2024, 5, 20, 9, 0, tzinfo=md.SHANGHAI)
    page = doc(head=f'<meta name="pubdate" content="{stamp}">', body="<p>发布时间：2024-05-10 09:00</p>")
    assert md.find_date(page, now=now, use_htmldate=False).date().isoformat() == "2024-05-10"
    assert md.find_date(doc(head=f'<meta name="pubdate" content="{stamp}">'), now=now, use_htmldate=False) is None


@pytest.mark.parametrize("stamp, kept", [
    ("2024-05-20T10:00:00+08:00", True),   # an hour after the crawl's clock: a clock ahead, or a zone east of Beijing
    ("2024-05-20T14:00:00+08:00", False),  # five hours ahead: no publication time
    ("2024-05-20T20:00:00+08:00", False),  # the evening of the same day (a day of slack let it through)
    ("2024-05-20", True),                  # today's day alone (stored as its midnight)
    ("2024-05-21", False),                 # tomorrow's day alone
])
def test_a_time_ahead_of_the_crawl_gets_hours_of_slack_not_a_day(stamp, kept):
    now = datetime(2024, 5, 20, 9, 0, tzinfo=md.SHANGHAI)
    got = md.find_date(doc(head=f'<meta name="pubdate" content="{stamp}">'), now=now, use_htmldate=False)
    assert (got is not None) == kept, got


def test_an_rfc2822_minus_zero_zone_is_utc():
    """'-0000' is RFC 2822's UTC with the local zone unknown (email.utils gives it no zone): not Beijing time."""
    got = md.parse_date("Thu, 29 Feb 2024 18:30:00 -0000")
    assert got.astimezone(md.SHANGHAI).isoformat() == "2024-03-01T02:30:00+08:00"


def test_htmldate_may_find_todays_date_in_beijing_before_utc_midnight():
    """Between 00:00 and 08:00 in Beijing it is still yesterday in UTC: a page dated today (Beijing) keeps its date."""
    page = doc(body='<p class="byline">Published November 24, 2026</p><p>' + "Text of the story. " * 30 + "</p>")
    now = datetime(2026, 11, 23, 16, 30, tzinfo=md.timezone.utc)  # 00:30 on the 24th in Beijing
    got = md.find_date(page, now=now)
    assert got is not None and got.astimezone(md.SHANGHAI).date().isoformat() == "2026-11-24"


def test_byline_after_long_blank_runs():
    # page text keeps long runs of spaces and blank lines; they are collapsed before matching
    assert md.authors_from_text(" " * 5000 + "\n" * 500 + "■本报记者　张三\n" + BODY) == ["张三"]


def test_time_zone_is_not_a_date_label():
    from pipeline.metadata import date_from_text

    # 北京时间 in a teaser is not a 时间 label: the stamp with a time of day wins over the header clock
    text = "2021年10月7日 星期四\n北京时间2021年10月7日，神舟十三号转运\n2020-11-23 10:22:14  出处：快科技"
    assert date_from_text(text).strftime("%Y-%m-%d %H:%M") == "2020-11-23 10:22"


def test_baidu_cambrian_json_ld_pubdate_is_the_date():
    # 游民星空 (zh-tune6/07): Baidu's "cambrian" JSON-LD names the date pubDate; the first <time> on the page is a
    # related story's, a day later
    ld = ('{"@context": "https://zhanzhang.baidu.com/contexts/cambrian.jsonld", "@id": "https://wap.gamersky.com/news/'
          'Content-1220000.html", "title": "逆水寒", "pubDate": "2019-09-05T11:10:52"}')
    page = ('<html><body><h1>逆水寒再按照这个速度研发下去</h1><div class="article"><p>正文第一段。</p></div>'
            '<ul><li><h5>谁告你大长腿就好看的？</h5><p><time>2019-09-06</time></p></li></ul>'
            f'<script type="application/ld+json">{ld}</script></body></html>')
    dt = md.find_date(lxml.html.fromstring(page), "https://ol.gamersky.com/news/201909/1220000.shtml",
                      use_htmldate=False)
    assert dt.strftime("%Y-%m-%d %H:%M") == "2019-09-05 11:10"


def test_baijiahao_two_digit_year_stamp():
    # 百家号 2018 (zh-tune9/02): <span class="date">18-08-01</span><span class="time">10:07</span>, year
    # first; htmldate read it day first (2001-08-18)
    page = ('<html><body><div class="author-txt"><p class="author-name">狼群讲历史</p><div class="article-source">'
            '<span class="date">18-08-01</span><span class="time">10:07</span></div></div>'
            '<div class="article-content"><p>秦国的形势变化，从这九张地图说起。</p></div></body></html>')
    dt = md.find_date(lxml.html.fromstring(page), "https://baijiahao.baidu.com/s?id=1", use_htmldate=False)
    assert dt.strftime("%Y-%m-%d %H:%M") == "2018-08-01 10:07"
    # not on a page without Chinese text (a day-first date there is as likely)
    assert md.date_from_text("18-08-01\n10:07\nThe story") is None


def test_date_alone_on_its_line_under_the_headline():
    # CBNData 2019 (zh-tune10/03): <h1>…</h1><div>作者</div><div>2019.05.22</div>; a 年月日 date further down
    # the story (2013年5月24日) is not the page's date
    text = "《鸡你太美》火了\n邓舒夏\n第一财经YiMagazine\n2019.05.22\n早在2013年5月24日，这款游戏就已上线。"
    assert md.date_from_text(text).strftime("%Y-%m-%d") == "2019-05-22"
    # a date inside a sentence is not a date line
    assert md.date_from_text("项目于2019.05.22启动，\n至今已运行五年。") is None


def test_epoch_data_attribute_of_a_time_element():
    # 雪球 2019 (zh-tune9/07): the visible stamp has no year (发布于05-16 19:12); its data-created_at does
    page = ('<html><body><div class="avatar__subtitle"><a class="time" data-created_at="1558005120000">'
            '发布于05-16 19:12</a></div><div class="article"><p>先选好行业，再挑好公司。</p></div></body></html>')
    dt = md.find_date(lxml.html.fromstring(page), "http://xueqiu.com/1/2", use_htmldate=False)
    assert dt.strftime("%Y-%m-%d %H:%M") == "2019-05-16 19:12"
    # an epoch on an element that is not named as a time or date is not read
    other = page.replace('class="time"', 'class="user"')
    assert md.find_date(lxml.html.fromstring(other), "http://xueqiu.com/1/2", use_htmldate=False) is None


def test_wechat_timestamp_is_the_date():
    import lxml.html

    from pipeline.metadata import find_date

    page = ('<html><body><div class="rich_media_content"><em id="publish_time">昨天</em><p>正文</p></div>'
            '<script>var t="1581604666"; var ct = "1581418070";</script></body></html>')
    dt = find_date(lxml.html.fromstring(page), "https://mp.weixin.qq.com/s?x=1", use_htmldate=False)
    assert dt.strftime("%Y-%m-%d %H:%M:%S") == "2020-02-11 18:47:50"
    # the same script on a page that is not a WeChat article is not read
    other = page.replace('class="rich_media_content"', "").replace(' id="publish_time"', "")
    assert find_date(lxml.html.fromstring(other), None, use_htmldate=False) is None


def test_script_clocks_are_not_the_page_date():
    from pipeline.metadata import find_date

    # a Baidu page: the only date of its own is a dateUpdate meta; a script carries the crawl clock
    page = ('<html><head><meta itemprop="dateUpdate" content="2018-03-08 23:16:24"></head><body>'
            '<script>var s_advert = {"time":"2020-02-29 21:09:55"};</script><h1>标题</h1><p>正文内容。</p></body></html>')
    dt = find_date(lxml.html.fromstring(page), None, use_htmldate=False)
    assert dt.strftime("%Y-%m-%d %H:%M") == "2018-03-08 23:16"
    # a date the page shows wins over the modified meta
    shown = page.replace("<h1>标题</h1>", "<h1>标题</h1><div>发布时间：2018-03-07 08:00</div>")
    assert find_date(lxml.html.fromstring(shown), None, use_htmldate=False).strftime("%Y-%m-%d") == "2018-03-07"


def test_photo_credits_are_not_bylines():
    assert md.authors_from_text("▲广州日报全媒体图片记者黎旭阳、李妍摄\n" + BODY) == []
    assert md.authors_from_text("本报记者 张三 摄\n" + BODY) == []
    assert md.authors_from_text("新华社记者 张三 摄\n新华社北京电（记者 李四）" + BODY) == ["李四"]
    assert md.authors_from_text("本报记者 张三\n" + BODY) == ["张三"]


def test_source_words_are_not_names():
    from pipeline.metadata import authors_from_text

    assert authors_from_text("来源：网络") == []
    assert authors_from_text("记者 陈智 整合") == ["陈智"]


def test_lower_case_author_link_in_the_story_is_not_a_byline():
    import lxml.html

    from pipeline.metadata import author_evidence

    page = ('<html><body><p class="byline">By <a href="/authors/margaret-talev">Margaret Talev</a></p>'
            '<p>The CEO <a href="/authors/dennis-muilenburg">fretted</a> about trade.</p></body></html>')
    assert author_evidence(lxml.html.fromstring(page))["dom_bylines"].split("\n") == ["Margaret Talev"]


def test_wechat_post_without_a_byline_is_credited_to_its_account():
    page = ('<html><body><div id="img-content"><h2 class="rich_media_title">标题</h2>'
            '<strong class="profile_nickname">爱否科技</strong>'
            '<div class="rich_media_content" id="js_content"><p>正文第一段，讲手机评测。</p></div></div></body></html>')
    tree = lxml.html.fromstring(page)
    assert md.find_author(tree, "正文第一段，讲手机评测。") == "爱否科技"
    # a person's byline wins over the account
    assert md.find_author(tree, "作者：张三\n正文第一段，讲手机评测。") == "张三"
    # the same markup outside a WeChat article is not read
    other = lxml.html.fromstring(page.replace("rich_media_content", "content").replace('id="js_content"', ""))
    assert md.find_author(other, "正文第一段，讲手机评测。") is None


def test_wechat_posts_author_field_names_the_person_not_its_account():
    # zh-tune9/05: 原创 <span id="js_author_name">陈宇慧</span>, the account 田螺姑娘hhhaze, and the page's meta
    # author the account again
    page = ('<html><head><meta name="author" content="田螺姑娘hhhaze"></head><body><div id="img-content">'
            '<h1 class="rich_media_title" id="activity-name">心机炒蔬菜</h1><div id="meta_content">'
            '<span id="copyright_logo">原创</span><span class="rich_media_meta rich_media_meta_text">'
            '<span id="js_author_name">陈宇慧</span></span><span class="rich_media_meta rich_media_meta_nickname">'
            '<a id="js_name">田螺姑娘hhhaze</a></span></div>'
            '<div class="rich_media_content" id="js_content"><p>正文第一段，讲怎样炒蔬菜。</p></div></div></body></html>')
    tree = lxml.html.fromstring(page)
    assert md.find_author(tree, "正文第一段，讲怎样炒蔬菜。") == "陈宇慧"
    # an empty author field leaves the account
    empty = lxml.html.fromstring(page.replace(">陈宇慧<", "><"))
    assert md.find_author(empty, "正文第一段，讲怎样炒蔬菜。") == "田螺姑娘hhhaze"
    # the same markup outside a WeChat article is not read as one
    other = lxml.html.fromstring(page.replace("rich_media_content", "content").replace('id="js_content"', ""))
    assert md.find_author(other, "正文第一段，讲怎样炒蔬菜。") != "陈宇慧"


def test_labelled_date_just_before_the_url_date_wins():
    import lxml.html

    from pipeline.metadata import find_date

    # TRS stamps the URL when it writes the page (cmse.gov.cn, zh-tune5/16): t20210106_ over 发布日期 2021-01-05
    page = '<html><body><h1>载人航天工程全线备战</h1><div>发布日期: <span>2021-01-05</span></div><p>正文</p></body></html>'
    url = "http://www.cmse.gov.cn/xwzx/zhxw/202101/t20210106_47506.html"
    assert find_date(lxml.html.fromstring(page), url, use_htmldate=False).strftime("%Y-%m-%d") == "2021-01-05"
    # a labelled date far from the URL's (a reposted old story, a related item) does not override it
    old = page.replace("2021-01-05", "2020-12-20")
    assert find_date(lxml.html.fromstring(old), url, use_htmldate=False).strftime("%Y-%m-%d") == "2021-01-06"


def test_template_placeholder_in_the_author_meta_is_not_an_author():
    import lxml.html

    from pipeline.metadata import find_author

    page = '<html><head><meta name="author" content="name, email@gmail.com"></head><body><p>正文。</p></body></html>'
    assert find_author(lxml.html.fromstring(page), "正文。") is None
    real = page.replace("name, email@gmail.com", "张三")
    assert find_author(lxml.html.fromstring(real), "正文。") == "张三"


def test_dateline_in_the_json_ld_author_is_not_an_author():
    # UDN 2018 (zh-tune8/03, twnews sample, MIT): the JSON-LD Person is the CNA dateline "澎湖縣28日電"
    ld = '{"@context":"http://schema.org","@type":"NewsArticle","author":{"@type":"Person","name":"%s"}}'
    page = ('<html><head><script type="application/ld+json">' + ld + '</script></head>'
            '<body><p>洗腎病患搭機就醫。</p></body></html>')
    assert md.find_author(lxml.html.fromstring(page % "澎湖縣28日電"), "洗腎病患搭機就醫。") is None
    assert md.find_author(lxml.html.fromstring(page % "王榮祥"), "洗腎病患搭機就醫。") == "王榮祥"


@pytest.mark.parametrize("text, day", [
    # a calendar leaf (zh-tune8/01, a provincial institute's CMS): day, then year and month; the
    # related list's full dates come later on the page
    ("首页\n重要信息\n21\n2024年02月\n分享\n正文\n相关推荐\n2020年01月18日", "2024-02-21"),
    ("第21\n2024年02月", None),  # not a leaf: the number is part of a line of text
])
def test_calendar_leaf_date(text, day):
    got = md.date_from_text(text)
    assert (got.date().isoformat() if got else None) == day


def test_a_date_only_meta_takes_the_time_the_page_prints_for_that_day():
    """光明网: <meta name="publishdate" content="2021-01-20"> with "来源:光明网2021-01-20 12:23" on the page."""
    now = datetime(2026, 11, 21, tzinfo=md.SHANGHAI)
    head = '<meta name="publishdate" content="2021-01-20">'
    dt = md.find_date(doc(head=head, body="<p>来源:光明网2021-01-20 12:23</p><p>正文。</p>"), now=now, use_htmldate=False)
    assert dt.isoformat(timespec="minutes") == "2021-01-20T12:23+08:00"
    # a time printed for another day is not this one's; a page that prints no time keeps the day alone
    other = md.find_date(doc(head=head, body="<p>更新于 2021-01-22 09:10</p>"), now=now, use_htmldate=False)
    assert other.isoformat(timespec="minutes") == "2021-01-20T00:00+08:00"
    alone = md.find_date(doc(head=head, body="<p>发布日期：2021-01-20</p>"), now=now, use_htmldate=False)
    assert (alone.date().isoformat(), alone.hour, alone.minute) == ("2021-01-20", 0, 0)
    # a meta that gives its own time keeps it
    timed = md.find_date(doc(head='<meta name="publishdate" content="2021-01-20 08:00:00">',
                             body="<p>2021-01-20 12:23</p>"), now=now, use_htmldate=False)
    assert (timed.hour, timed.minute) == (8, 0)


@pytest.mark.parametrize("body, expected", [
    ("<p>中華民國113年2月29日</p>", "2024-02-29"),
    ("<p>發布日期：113年02月29日 14:30</p><p>國科會補助計畫說明。</p>", "2024-02-29T14:30"),
    ("<p>發布時間 113/02/29 14:30 中央社記者報導</p>", "2024-02-29T14:30"),
    # the page's ROC date wins over a Gregorian deadline in the text
    ("<p>發布日期：113年03月05日</p><p>計畫預計於2025年12月31日前完成。</p>", "2024-03-05"),
])
def test_roc_years_of_taiwanese_pages_are_read(body, expected):
    now = datetime(2024, 5, 20, tzinfo=md.SHANGHAI)
    got = md.find_date(doc(body=body), now=now, use_htmldate=False)
    assert got is not None and got.isoformat().startswith(expected), got


@pytest.mark.parametrize("text", ["共有113年历史", "面积为113/12/31公顷", "第113/2/5号文件", "2113年3月4日",
                                  "该公司成立100年3月1日至今，发展迅速。", "113/02/29 14:30 发布"])
def test_numbers_that_are_no_roc_dates_are_left_alone(text):
    assert md.roc_to_gregorian(text) == text


@pytest.mark.parametrize("text, expected", [
    ("2026年11月23日 下午3:05", "2026-11-23T15:05"),
    ("2026年11月23日 星期一 下午3:05", "2026-11-23T15:05"),  # Hong Kong papers: the weekday, then the time
    ("2026年11月23日（週一）上午9:30", "2026-11-23T09:30"),
    ("2026年11月23日 中午12:30", "2026-11-23T12:30"),
    ("2026年11月23日 晚上8:00", "2026-11-23T20:00"),
    ("發布時間：2026/11/23 下午 03:05", "2026-11-23T15:05"),
    ("中華民國115年11月23日 下午2:35", "2026-11-23T14:35"),
    ("2026-11-23 3:05 PM", "2026-11-23T15:05"),
    ("2026-11-23 12:10 a.m.", "2026-11-23T00:10"),
    ("2026-11-23 12:10 pm", "2026-11-23T12:10"),
    ("2026年11月23日 下午15:05", "2026-11-23T15:05"),  # already 24-hour
])
def test_twelve_hour_times_of_day(text, expected):
    now = datetime(2026, 11, 23, 18, tzinfo=md.SHANGHAI)
    got = md.date_from_text(text, now)
    assert got is not None and got.isoformat(timespec="minutes").startswith(expected), got


def test_a_dated_url_takes_the_roc_time_its_page_prints():
    # CNA: /news/acn/202611230123.aspx gives the day; the page prints 中華民國115年11月23日 14:35
    now = datetime(2026, 11, 23, 18, tzinfo=md.SHANGHAI)
    page = doc(body="<h1>標題</h1><div>中華民國115年11月23日 14:35</div><p>國科會今天宣布與中關村合作的計畫內容。</p>")
    got = md.find_date(page, "https://www.cna.com.tw/news/acn/202611230123.aspx", now=now, use_htmldate=False)
    assert got.isoformat(timespec="minutes") == "2026-11-23T14:35+08:00"


# --------------------------------------------------------------------------- title, outlet


def page(title: str, body: str = ""):
    return lxml.html.document_fromstring(f"<html><head><title>{title}</title></head><body>{body}</body></html>")


@pytest.mark.parametrize("title, headline, outlet", [
    ("海淀区举办2025年中关村科学城科技成果转化对接会-海淀区人民政府网站",
     "海淀区举办2025年中关村科学城科技成果转化对接会", "海淀区人民政府网站"),
    ("中关村示范区前三季度规上企业总收入同比增长9.2%-北京市统计局", "中关村示范区前三季度规上企业总收入同比增长9.2%", "北京市统计局"),
    ("2025中关村论坛年会开幕 发布一批重大科技成果-新华网", "2025中关村论坛年会开幕 发布一批重大科技成果", "新华网"),
    # a hyphen inside a headline, or before a name that is no site's, is no separator
    ("中国-东盟博览会开幕", "中国-东盟博览会开幕", None),
    ("京津冀-长三角科技成果对接会在京举办", "京津冀-长三角科技成果对接会在京举办", None),
    ("新冠疫苗COVID-19研发取得进展", "新冠疫苗COVID-19研发取得进展", None),
    # tech and business media whose names end otherwise (a tester's 36氪 page kept its "-36氪")
    ("北京具身智能公司完成8亿元B轮融资，中关村科学城基金跟投-36氪", "北京具身智能公司完成8亿元B轮融资，中关村科学城基金跟投", "36氪"),
    ("中关村论坛发布十项重大成果-澎湃新闻", "中关村论坛发布十项重大成果", "澎湃新闻"),
    # behind a kicker the separator splits off, the suffix still goes (a tester's "36氪首发｜…-36氪")
    ("36氪首发｜北京具身智能公司完成8亿元B轮融资，中关村科学城基金跟投-36氪", "北京具身智能公司完成8亿元B轮融资，中关村科学城基金跟投", "36氪"),
], ids=["district-site", "bureau", "xinhua", "hyphenated-name", "not-a-site", "covid-19", "36kr", "thepaper",
        "kicker-and-suffix"])
def test_a_site_name_after_a_bare_hyphen_leaves_the_title_and_names_the_outlet(title, headline, outlet):
    tree = page(title)
    assert (md.find_title(tree), md.find_outlet(tree)) == (headline, outlet)


TRS_TITLE = "北京市科学技术委员会、中关村科技园区管理委员会 工作动态 市科委、中关村管委会召开2025年科技成果转化工作推进会"
TRS_HEADLINE = "市科委、中关村管委会召开2025年科技成果转化工作推进会"


@pytest.mark.parametrize("body, headline", [
    (f'<table><tr><td class="bt" style="font-weight:bold">{TRS_HEADLINE}</td></tr></table>', TRS_HEADLINE),
    (f"<h2>{TRS_HEADLINE}</h2><p>正文。</p>", TRS_HEADLINE),
    (f'<div class="m-detail-title">{TRS_HEADLINE}</div>', TRS_HEADLINE),
    # the same text in a plain cell or link is no headline: the <title> stays whole
    (f'<td>{TRS_HEADLINE}</td>', TRS_TITLE),
    (f'<ul><li><a href="/1">{TRS_HEADLINE}</a></li></ul>', TRS_TITLE),
], ids=["bold-cell", "h2", "title-class", "plain-cell", "link"])
def test_a_trs_title_prefix_goes_when_the_page_shows_the_headline(body, headline):
    assert md.find_title(page(TRS_TITLE, body)) == headline


def test_the_displayed_headline_must_end_the_title_at_a_boundary():
    # the page's bold 中关村 is a word of the title, not its headline
    title = "中关村科学城举办2025年度科技成果转化对接会"
    assert md.find_title(page(title, "<h3>中关村科学城举办</h3>")) == title


@pytest.mark.parametrize("field, expected", [
    ("本站", None), ("管理员", None), ("网站编辑", None), ("本网站", None), ("站长", None),
    ("通讯员 李想", "李想"), ("记者 张三 通讯员 李四", "张三、李四"),
], ids=["site", "admin", "site-editor", "this-website", "webmaster", "correspondent", "two"])
def test_a_cms_author_field_left_at_the_site_names_nobody(field, expected):
    info = f'<div class="sj">发布时间：2025年11月3日\u3000作者：{field}\u3000来源：经开区融媒体中心</div>'
    assert author(f"<h1>标题</h1>{info}<div class='view'><p>{BODY}</p></div>", text=BODY) == expected


@pytest.mark.parametrize("text, when", [
    # a retest's Global Times page: "Published:" with a 12-hour time, no zone (Beijing's)
    ("By Global Times Published: Nov 15, 2026 09:05 PM\nHangzhou's Future Sci-Tech City", "2026-11-15T21:05:00+08:00"),
    ("Updated on 3 March 2024, 10:12 GMT", "2024-03-03T10:12:00+00:00"),
    ("Posted: March 5, 2024 at 3:05 p.m. ET", "2024-03-05T15:05:00-05:00"),
])
def test_an_english_pages_labelled_date_keeps_its_time(text, when):
    assert md.date_from_text(text).isoformat() == when


def test_a_year_after_published_is_no_date():
    assert md.date_from_text("first published in 2024 by the institute") is None


def test_the_pages_top_text_read_once_is_what_each_limit_reads():
    """The extraction reads a page's top text once for the date (6,000 characters) and the byline (3,000): the same
    texts as reading it for each."""
    from pathlib import Path

    from pipeline.extract import _parse

    pages = sorted((Path(__file__).resolve().parents[1] / "spiders" / "archive" / "pages").rglob("*.html"))
    assert len(pages) >= 10
    for page in pages:
        tree = _parse(page.read_bytes().decode("utf-8", "replace"))
        for limits in ((6000, 3000), (3000, 6000), (50, 6000, 10)):
            assert md.head_texts(tree, *limits) == tuple(md._head_text(tree, n) for n in limits), (page, limits)


# --------------------------------------------------------------------------- a byline's place


@pytest.mark.parametrize("raw,names", [
    ("黃嘉欣 香港", ["黃嘉欣"]),
    ("李明深圳", ["李明"]),
    ("張偉、何凱琳 澳門", ["張偉", "何凱琳"]),
    ("林家豪 臺北", ["林家豪"]),
    # a three-character name ending in a place's characters is a name: nothing of two characters would be left
    ("李海南", ["李海南"]),
    ("張朝陽", ["張朝陽"]),
], ids=["place-apart", "place-joined", "two-names", "tai-form", "name-ends-in-a-place", "given-name-is-a-district"])
def test_a_bylines_place_is_not_a_name(raw, names):
    assert md.split_names(raw) == names


def test_the_byline_places_are_listed_in_both_scripts():
    """Hong Kong and Taiwan bylines write 廣州, 澳門, 臺北: each simplified place's traditional forms are listed too."""
    import opencc

    places = md.byline_places()
    converters = [opencc.OpenCC(c) for c in ("s2t", "s2hk", "s2tw")]
    simplified = {p for p in places if opencc.OpenCC("t2s").convert(p) == p}
    assert {"香港", "深圳", "广州", "澳门", "台北", "北京", "上海"} <= simplified
    missing = {c.convert(p) for p in simplified for c in converters} - places
    assert not missing


def test_needed_words_of_a_pattern():
    """The words a text must hold for a byline pattern to match: an optional part needs nothing, an alternation
    needs one of its branches' words, IGNORECASE is not followed."""
    import re

    words = md._needed_words(re.compile(r"(?:^|\n)\s*(?:本报)?(?:记者|記者)\s*[:：]\s*(\w{2,4})"))
    assert set(words[0].pattern.split("|")) == {"记者", "記者"}
    assert all(w.search("本报记者：张三") for w in words)
    assert not all(w.search("本报通讯员：张三") for w in words)
    assert md._needed_words(re.compile(r"by\s+(\w+)", re.I)) == ()
    assert md._needed_words(re.compile(r"(?:a|)\d+")) == ()


@pytest.mark.parametrize("text", [
    "（中央社記者邱俊欽桃園19日電）", "〔記者李欣芳／台北報導〕", "本报记者 张三 李四", "■本报记者 王五", "采写：新京报记者 赵六",
    "原创：李雷 编译", "作者：韩梅梅", "文/李四", "文字/图 张三", "记者：刘七", "通讯员 陈八", "（记者 张三）", "【作者】：王五",
])
def test_byline_word_checks_pass_every_text_a_pattern_matches(text):
    for rx, needs in md._BYLINE_CHECKS:
        if rx.search(text):
            assert all(w.search(text) for w in needs), rx.pattern


@pytest.mark.parametrize("row, expected", [
    # CSDN's meta row (zh-tune2/04): each field's value in an element of its own, the fields set apart by bars
    ('发表于<span class="ago">2014-08-24 21:30</span>|\n来源<span class="ago">CSDN</span>|\n作者<span class="ago">魏星</span>',
     "魏星"),
    ("发表于 2014-08-24 21:30 | 来源 CSDN | 作者 魏星 | 1164次阅读", "魏星"),
    # the label's own furniture, and a sentence that opens with 作者, are no name
    ("发表于 2014-08-24 21:30 | 作者简介 | 来源 CSDN", None),
    ("发表于 2014-08-24 21:30 | 作者认为这是一项重要的政策", None),
], ids=["value-in-own-element", "spaced", "profile-link", "sentence"])
def test_an_author_field_in_a_row_of_fields_set_apart_by_bars(row, expected):
    assert author(f"<h1>标题</h1><div class='tit_bar'>{row}</div><div class='view'><p>{BODY}</p></div>",
                  text=BODY) == expected
