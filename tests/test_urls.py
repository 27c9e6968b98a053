import pytest

from pipeline.urls import canonical_url


@pytest.mark.parametrize("a, b", [
    ("http://www.chinanews.com.cn/gn/2021/11-29/1.shtml", "https://www.chinanews.com.cn/gn/2021/11-29/1.shtml"),
    ("https://www.chinanews.com.cn/gn/2021/11-29/1.shtml?utm_source=wx&utm_medium=x#comments",
     "https://www.chinanews.com.cn/gn/2021/11-29/1.shtml"),
    ("https://m.chinanews.com.cn/gn/2021/11-29/1.shtml", "https://www.chinanews.com.cn/gn/2021/11-29/1.shtml"),
    ("https://WWW.Beijing.gov.cn/ywdt/gzdt/index.html", "https://www.beijing.gov.cn/ywdt/gzdt/"),
    ("https://example.com/a?b=2&a=1", "https://example.com/a?a=1&b=2"),
])
def test_variants_fold_to_one_key(a, b):
    assert canonical_url(a) == canonical_url(b)


def test_distinct_articles_stay_distinct():
    assert canonical_url("https://a.cn/n1/2021/1129/c1-1.html") != canonical_url("https://a.cn/n1/2021/1129/c1-2.html")
    assert canonical_url("https://a.cn/x?id=1") != canonical_url("https://a.cn/x?id=2")
