import pytest

from urllib.parse import urlsplit

from pipeline.urls import canonical_url, fold_canonical, fold_host, older_keys


@pytest.mark.parametrize("a, b", [
    ("http://www.chinanews.com.cn/gn/2021/11-29/1.shtml", "https://www.chinanews.com.cn/gn/2021/11-29/1.shtml"),
    ("https://www.chinanews.com.cn/gn/2021/11-29/1.shtml?utm_source=wx&utm_medium=x#comments",
     "https://www.chinanews.com.cn/gn/2021/11-29/1.shtml"),
    ("https://m.chinanews.com.cn/gn/2021/11-29/1.shtml", "https://www.chinanews.com.cn/gn/2021/11-29/1.shtml"),
    ("https://WWW.Beijing.gov.cn/ywdt/gzdt/index.html", "https://www.beijing.gov.cn/ywdt/gzdt/"),
    ("https://example.com/a?b=2&a=1", "https://example.com/a?a=1&b=2"),
    # a servlet's session in the path or the query, a share button's mark, cache-busters
    ("https://www.example.cn/a/1.html;jsessionid=0A1B2C", "https://www.example.cn/a/1.html"),
    ("https://www.example.cn/a/1.html?jsessionid=0A1B2C&id=5", "https://www.example.cn/a/1.html?id=5"),
    ("https://www.example.cn/a/1.html?share=wechat", "https://www.example.cn/a/1.html"),
    ("https://www.example.cn/a/1.html?_t=1700000000&_=1700000001", "https://www.example.cn/a/1.html"),
    # PHP's and other servers' session ids (a site handing out a fresh one per visit stored a page 38 times)
    ("https://www.example.cn/a/1.html?PHPSESSID=9f8e7d&id=5", "https://www.example.cn/a/1.html?id=5"),
    ("https://www.example.cn/a/1.html?sessionid=3&sessid=4", "https://www.example.cn/a/1.html"),
    # ... in any spelling (a tester's page was stored 16 times under these)
    ("https://www.example.cn/a/1.html?SessionID=3&PHPSessID=4&JSESSIONID=5&Session_Id=6", "https://www.example.cn/a/1.html"),
    # a doubled slash in the path, which servers answer with the same page (a taken-down article came back so)
    ("http://127.0.0.1:8080//news/2026/11/24/a1.html", "http://127.0.0.1:8080/news/2026/11/24/a1.html"),
    ("https://www.example.cn/a//b///1.html", "https://www.example.cn/a/b/1.html"),
])
def test_variants_fold_to_one_key(a, b):
    assert canonical_url(a) == canonical_url(b)


def test_distinct_articles_stay_distinct():
    assert canonical_url("https://a.cn/n1/2021/1129/c1-1.html") != canonical_url("https://a.cn/n1/2021/1129/c1-2.html")
    assert canonical_url("https://a.cn/x?id=1") != canonical_url("https://a.cn/x?id=2")


@pytest.mark.parametrize("a", [
    "https://www.chinanews.com/gn/2021/11-29/1.shtml",
    "http://m.chinanews.com/gn/2021/11-29/1.shtml?utm_source=x",
    "https://www.chinanews.com.cn/gn/2021/11-29/1.shtml",
])
def test_a_sites_second_domain_folds_into_its_first(a):
    assert canonical_url(a) == "https://www.chinanews.com.cn/gn/2021/11-29/1.shtml"


@pytest.mark.parametrize("url", ["https://www.notchinanews.com/a", "https://www.chinanews.com.cn.example.org/a",
                                 "https://chinanews.company/a"])
def test_lookalike_hosts_are_not_folded(url):
    host = urlsplit(url).hostname   # (a bare one gains its www., and nothing else)
    assert fold_host(host).removeprefix("www.") == host.removeprefix("www.")


@pytest.mark.parametrize("a, b", [
    ("http://ecns.cn/news/2026-11-23/detail-1.shtml", "https://www.ecns.cn/news/2026-11-23/detail-1.shtml"),
    ("https://beijing.gov.cn/ywdt/a.html", "https://www.beijing.gov.cn/ywdt/a.html"),   # gov.cn is a public suffix
    ("https://www.hk01.com/社會新聞/1/", "https://www.hk01.com/社會新聞/1"),
    ("https://www.bbc.co.uk/news/world-1/", "https://bbc.co.uk/news/world-1"),
    ("https://www.kw.beijing.gov.cn/art/1.html", "https://kw.beijing.gov.cn/art/1.html"),   # a subdomain's www. form
    ("https://m.kw.beijing.gov.cn/art/1.html", "https://kw.beijing.gov.cn/art/1.html"),
])
def test_a_bare_host_and_a_trailing_slash_give_the_same_key(a, b):
    assert canonical_url(a) == canonical_url(b)


@pytest.mark.parametrize("a, b", [
    ("https://kw.beijing.gov.cn/art/1.html", "https://beijing.gov.cn/art/1.html"),   # a subdomain is its own site
    ("https://news.cctv.com/a.html", "https://www.cctv.com/a.html"),
    ("http://127.0.0.1:8000/a", "http://localhost:8000/a"),
    ("https://economy.gmw.cn/2024-01/01/content_1.htm", "https://tech.gmw.cn/2024-01/01/content_1.htm"),  # one source's
])
def test_other_hosts_of_a_site_stay_apart(a, b):
    assert canonical_url(a) != canonical_url(b)


@pytest.mark.parametrize("old", ["https://www.chinanews.com/gn/2021/11-29/1.shtml", "https://chinanews.com:8080/a",
                                 "https://www.people.com.cn/n1/2021/1129/c1-1.html", "https://ecns.cn/news/1.shtml",
                                 "https://www.ecns.cn/news/2026/a/", "https://127.0.0.1:8080/art/x/",
                                 "https://www.kw.beijing.gov.cn/art/1.html", "https://www.www.gov.cn/zhengce/1.htm",
                                 "https://127.0.0.1:8080//news/2026/11/24/a1.html"])
def test_a_url_stored_in_an_older_canonical_form_folds_to_todays(old):
    # what a seen-URL list kept from before a host alias was added becomes
    assert fold_canonical(old) == canonical_url(old)
    assert fold_canonical(canonical_url(old)) == canonical_url(old)


@pytest.mark.parametrize("stored", ["https://www.kw.beijing.gov.cn/art/1.html", "https://www.www.gov.cn/zhengce/1.htm",
                                    "https://ecns.cn/news/1.shtml", "https://www.ecns.cn/news/2026/a/"])
def test_a_row_stored_under_an_older_key_is_found_by_todays(stored):
    # (a takedown or a recheck of the page finds the row an earlier version stored, under the key it was written with)
    assert stored in older_keys(canonical_url(stored))


def test_the_central_governments_portal_keeps_its_name():
    """www.gov.cn is a registrable domain whose own name is www (gov.cn is a public suffix): it was keyed as
    www.www.gov.cn, a host that does not exist."""
    assert canonical_url("https://www.gov.cn/zhengce/content/1.htm") == "https://www.gov.cn/zhengce/content/1.htm"
    assert canonical_url("https://m.gov.cn/zhengce/content/1.htm") == "https://www.gov.cn/zhengce/content/1.htm"


def test_the_spider_counts_a_url_seen_under_the_alias_domain_as_seen(tmp_path):
    from spiders.news import NewsSpider

    seen = tmp_path / "seen.txt"
    seen.write_text("https://www.chinanews.com/gn/2021/11-29/1.shtml\n", encoding="utf-8")
    spider = NewsSpider(seen_file=str(seen))
    assert canonical_url("http://www.chinanews.com.cn/gn/2021/11-29/1.shtml") in spider.seen


@pytest.mark.parametrize("head, url, expected", [
    (b'<link rel="canonical" href="https://www.cyzone.cn/news/1.html">', "https://www.cyzone.cn/amp/news/1.html",
     "https://www.cyzone.cn/news/1.html"),
    (b"<LINK href='/news/1.html' REL=canonical>", "https://m.cyzone.cn/amp/1.html", "https://m.cyzone.cn/news/1.html"),
    (b'<link rel="canonical" href="https://amp.x.cn/print/1.html?x=1&amp;y=2">', "https://www.x.cn/1.html",
     "https://amp.x.cn/print/1.html?x=1&y=2"),
    # a reprint naming its original on another site is that site's page, not this one's
    (b'<link rel="canonical" href="https://www.xinhuanet.com/a.html">', "https://www.x.cn/a.html", None),
    # itself (tracking parameters, http/https aside), or no canonical at all
    (b'<link rel="canonical" href="http://www.x.cn/a.html?utm_source=rss">', "https://www.x.cn/a.html", None),
    (b'<link rel="stylesheet" href="/a.css">', "https://www.x.cn/a.html", None),
    # no address can be made of it (a hostile page's: it failed every refresh while the page stayed pending)
    (b'<link rel="canonical" href="http://[bad/x">', "https://www.x.cn/a.html", None),
    (b'<link rel="canonical" href="http://www.x.cn:99999/x">', "https://www.x.cn/a.html", None),
    (b'<link rel="canonical" href="//[::1">', "https://www.x.cn/a.html", None),
])
def test_a_page_s_canonical_address_on_its_own_site(head, url, expected):
    from pipeline.urls import declared_canonical

    assert declared_canonical(b"<html><head>" + head + b"</head><body>x</body></html>", url) == expected


def test_one_bad_link_loses_itself_not_its_listing():
    """A listing with one typo'd link (http://[bad, a port of 99999) among good ones, or a <base href> no URL can be
    made of: the good links are read (one bad link made the whole listing yield nothing, silently, every day)."""
    from scrapy.http import HtmlResponse, XmlResponse

    from spiders.news import listing_links

    body = ('<html><body><a href="http://[bad/x/9.html">x</a><a href="/x/1.html">1</a>'
            '<a href="http://a.cn:99999/x/2.html">2</a><a href="/x/3.html">3</a></body></html>')
    links, _ = listing_links(HtmlResponse(url="http://a.cn/x/", body=body.encode(), encoding="utf-8"))
    assert links == ["http://a.cn/x/1.html", "http://a.cn/x/3.html"]
    based = body.replace("<body>", '<head><base href="http://[bad/"></head><body>')
    links, _ = listing_links(HtmlResponse(url="http://a.cn/x/", body=based.encode(), encoding="utf-8"))
    assert links == ["http://a.cn/x/1.html", "http://a.cn/x/3.html"]
    feed = ('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            "<url><loc>http://[bad/1.html</loc></url><url><loc>http://a.cn/x/4.html</loc></url></urlset>")
    links, _ = listing_links(XmlResponse(url="http://a.cn/sitemap.xml", body=feed.encode(), encoding="utf-8"))
    assert links == ["http://a.cn/x/4.html"]


def test_a_story_id_named_sid_is_not_a_session():
    """PHP-Nuke and others name their story ids "sid": folding it would make a site's stories one article."""
    assert canonical_url("https://www.example.cn/article.php?sid=123") != canonical_url("https://www.example.cn/article.php?sid=124")


def test_a_key_stored_with_a_session_id_folds_to_todays_key():
    """Keys an older version stored with ?PHPSESSID=… (before it was dropped) read as today's: the crawl would fetch
    such a page again under its new key and store it twice (an upgrade operator's finding)."""
    old = "https://www.example.cn/a/1.html?PHPSESSID=9f8e7d&id=5"
    assert fold_canonical(old) == canonical_url(old) == "https://www.example.cn/a/1.html?id=5"
    assert fold_canonical("https://www.example.cn/a.php?sid=3") == "https://www.example.cn/a.php?sid=3"
