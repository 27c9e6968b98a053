"""Bad input gets a clean result or ExtractionError -- never another exception."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from pipeline.extract import extract_article
from pipeline.models import ExtractedArticle, ExtractionError

# noise bytes from a fixed seed: the same in every run and every xdist worker (os.urandom's made each worker's test
# IDs differ, and pytest before 9.2 then refused to start "-n 2": "Different tests were collected")
NOISE = random.Random(20260302).randbytes

PARA = "中关村示范区将率先建成世界领先的科技园区，为北京形成国际科技创新中心提供有力支撐。"


def outcome(body: bytes, **kw):
    try:
        return extract_article(body, **kw)
    except ExtractionError as exc:
        assert str(exc)  # the message says why
        return exc


@pytest.mark.parametrize("body", [b"", b"   \n\t ", b"\x00" * 100])
def test_empty(body):
    assert isinstance(outcome(body), ExtractionError)


@pytest.mark.parametrize(
    "body",
    [b"\x89PNG\r\n\x1a\n" + NOISE(2000), b"%PDF-1.7\n" + NOISE(2000), b"\x1f\x8b\x08" + NOISE(2000), NOISE(5000)],
    ids=["png", "pdf", "gzip", "noise"],
)
def test_binary(body):
    assert isinstance(outcome(body), ExtractionError)


def test_binary_content_type_header():
    assert isinstance(outcome(NOISE(3000), headers={"content-type": "image/jpeg"}), ExtractionError)


def test_huge_page():
    para = f"<p>{PARA * 4}</p>\n".encode()
    filler = b"<div class='nav'><a href='/x'>link</a></div>\n" * 200_000  # ~9 MB of chrome
    body = b"<html><head><meta charset='utf-8'><title>t</title></head><body>" + filler + para * 40_000 + b"</body></html>"
    assert len(body) > 20 * 1024 * 1024
    result = outcome(body)
    assert isinstance(result, (ExtractedArticle, ExtractionError))


@pytest.mark.parametrize(
    "body",
    [
        b"<html><body><p>" + PARA.encode() * 3 + b"<div><span></p></table></body>",
        b"<<<>>><p <p>" + PARA.encode() * 3 + b"</b></i></html></html>",
        b"<?xml version='1.0' encoding='gbk'?><html><body><p>" + PARA.encode("gb18030") * 3 + b"</p></body></html>",
        b"</html>" + PARA.encode() * 3,
        b"<html><body><!-- unterminated comment <p>" + PARA.encode() * 3,
    ],
)
def test_malformed_html(body):
    result = outcome(body)
    assert isinstance(result, (ExtractedArticle, ExtractionError))


def test_deeply_nested_html():
    depth = 10_000
    body = b"<html><body>" + b"<div>" * depth + f"<p>{PARA * 3}</p>".encode() + b"</div>" * depth + b"</body></html>"
    result = outcome(body)
    assert isinstance(result, (ExtractedArticle, ExtractionError))


def test_page_without_article():
    body = b"""<html><head><title>Home</title></head><body><ul>
<li><a href="/1">News</a></li><li><a href="/2">About</a></li><li><a href="/3">Contact</a></li></ul>
<div class="footer">Copyright 2024</div></body></html>"""
    assert isinstance(outcome(body), ExtractionError)


def test_not_bytes():
    with pytest.raises(ExtractionError):
        extract_article("<html></html>")  # type: ignore[arg-type]


@pytest.mark.parametrize("body, headers, says", [
    # an API's answer at an article's address, even with HTML in its strings and no content type
    ('{"code": 0, "data": {"title": "中关村", "content": "<p>%s</p>"}}' % PARA, None, "JSON document"),
    ('[{"id": 1, "text": "%s"}]' % PARA, {"content-type": "text/html"}, "JSON document"),
    ('{"text": "%s"' % PARA, {"content-type": "application/json"}, "JSON document (application/json)"),
    ('<?xml version="1.0"?><rss version="2.0"><channel><item><description>&lt;p&gt;%s</description></item></channel></rss>'
     % PARA, {"content-type": "text/xml"}, "feed or sitemap"),
    ('<feed xmlns="http://www.w3.org/2005/Atom"><entry><content type="html">%s</content></entry></feed>' % PARA, None,
     "feed or sitemap"),
    ("var article = '%s';" % PARA, {"content-type": "application/javascript"}, "JavaScript document"),
    # a text file (a robots.txt, a page's text saved alone): no markup at all
    ("User-agent: *\nDisallow: /preview/\n" + PARA, None, "plain text (no content type), not an HTML page"),
    (PARA, {"content-type": "text/plain; charset=utf-8"}, "plain text (text/plain)"),
])
def test_data_at_an_article_address_is_not_an_article(body, headers, says):
    result = outcome(body.encode("utf-8"), headers=headers)
    assert isinstance(result, ExtractionError) and says in str(result)


def test_a_page_that_only_quotes_json_is_still_an_article():
    page = f'<html><body><article><p>{PARA}</p><p>{PARA[::-1]}</p><pre>{{"a": 1}}</pre></article></body></html>'
    assert isinstance(outcome(page.encode("utf-8"), headers={"content-type": "text/html"}), ExtractedArticle)


def test_a_page_opening_with_many_comments_is_read_past_them():
    """The feed check skips a prolog of comments by walking it (a single pattern backtracked for 20 s on a page
    that opens with a few hundred comment lines); a feed after such a prolog is still a feed."""
    prolog = "".join(f"<!-- 模块 {i} -->\n" for i in range(400)) + "<!-- unterminated -- x -- " * 3
    page = f'{prolog}--><html><body><article><p>{PARA}</p><p>{PARA[::-1]}</p></article></body></html>'
    assert isinstance(outcome(page.encode("utf-8"), headers={"content-type": "text/html"}), ExtractedArticle)
    feed = "<?xml version='1.0'?>\n" + "".join(f"<!-- {i} -->" for i in range(50)) + f"<rss><channel>{PARA}</channel></rss>"
    assert "feed or sitemap" in str(outcome(feed.encode("utf-8")))


def test_a_hostile_title_is_cut_and_shows_no_bidi_or_invisible_characters():
    """A 100,000-character title (each digest file 900 KB, the day's mail 4 MB) is cut at 300 characters; bidi
    overrides and isolates ("gnp.exe" shown as "exe.png", the outlet after it reversed) and zero-width characters
    leave the title, the outlet and the text."""
    from pipeline.digest import _md

    title = ("中关村\u202egnp.exe 科技园区\u200b\u200d零宽\u2062\U000e0041\ufe0f\U000e0100\u3164\u2800 \u2066isolate"
             + "长" * 100_000)
    body = (f'<html><head><title>{title}</title><meta property="og:site_name" content="QA\u202eteltuO"></head><body>'
            "<article>" + "<p>中关村科学城\u202e今天发布了新的支持政策，\u200b鼓励人工智能企业在园区内开展研发。</p>" * 4
            + "</article></body></html>").encode()
    art = extract_article(body, url="https://qa.example.cn/a/1.html")
    assert len(art.title) == 300 and art.title.endswith("…")
    assert art.title.startswith("中关村gnp.exe 科技园区零宽 isolate长")
    assert art.outlet == "QAteltuO"
    bidi = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200b\u200d\ufeff")
    assert not bidi & set(art.title + art.outlet + art.text)
    assert "中关村科学城今天发布了新的支持政策，鼓励人工智能企业在园区内开展研发。" in art.text
    # a title that shows entities as the page wrote them stays so in the digest's Markdown (not decoded into tags)
    assert _md("&lt;script&gt;alert(8)&lt;/script&gt; AT&T") == "\\&lt;script\\&gt;alert(8)\\&lt;/script\\&gt; AT&T"
    # and an evidence "sentence" that is a page's unpunctuated wall of text is quoted in part
    from pipeline.digest import QUOTE_MAX, _one_line

    assert len(_one_line("中关村" * 50_000)) == QUOTE_MAX and _one_line("中关村" * 50_000).endswith("…")


def test_a_page_of_too_many_elements_is_refused_at_once_and_a_long_real_one_is_not():
    """600,000 <span>s in 9.6 MB took 133 s and 1 GB (trafilatura's time grows faster than the page): refused, naming
    the count, before any of that; a long page of real size is extracted."""
    from pipeline.extract import MAX_ELEMENTS

    hostile = b"<html><body><article><p>" + "<span>中</span>".encode() * 600_000 + b"</p></article></body></html>"
    with pytest.raises(ExtractionError, match="page has 600,004 elements \\(more than 30,000\\): not an article page"):
        extract_article(hostile)
    long_page = (b"<html><body><article>" + "".join(f"<p>第{i}段。{PARA}</p>" for i in range(2_000)).encode()
                 + b"</article></body></html>")
    assert 2_000 < MAX_ELEMENTS and len(extract_article(long_page).text) > 2_000 * len(PARA) * 0.9


def test_a_page_whose_metadata_would_crash_the_readers_is_still_extracted():
    """A thousand nested JSON-LD arrays (6 KB) and a meta date in the zone +9959 raised out of the metadata
    readers, failed the refresh and every later one (the page left pending): the JSON-LD is skipped, the date read
    without its impossible zone."""
    story = "<p>中关村科学城今天发布了新的支持政策，鼓励人工智能企业在园区内开展研发。</p>" * 3
    nested = ('<script type="application/ld+json">' + "[" * 1000 + "]" * 1000 + "</script>")
    art = extract_article(f"<html><head>{nested}</head><body><article>{story}</article></body></html>".encode())
    assert "人工智能企业" in art.text
    zone = '<meta name="publishdate" content="November 5, 2024 10:30 +9959">'
    art = extract_article(f"<html><head>{zone}</head><body><article>{story}</article></body></html>".encode())
    assert art.published_at.date().isoformat() == "2024-11-05"


def test_anything_else_a_page_makes_go_wrong_is_that_pages_extraction_error(monkeypatch):
    """Whatever a page makes fail inside the extraction (a fault of a reader not yet known) is an ExtractionError
    naming it, which the refresh records against the page and goes on, never a failure of the batch."""
    from pipeline import metadata as md

    def broken(*args, **kwargs):
        raise OverflowError("date value out of range")

    monkeypatch.setattr(md, "find_date", broken)
    story = "<p>中关村科学城今天发布了新的支持政策，鼓励人工智能企业在园区内开展研发。</p>" * 3
    with pytest.raises(ExtractionError, match="extraction failed on this page: OverflowError: date value out of range"):
        extract_article(f"<html><body><article>{story}</article></body></html>".encode())


def test_a_page_of_too_much_text_is_refused_at_once():
    """3.3 million characters in one paragraph took 142 s (OpenCC's phrase matching on a run without punctuation)
    and 29,900 spans of 100 characters 121 s (trafilatura's own): over 500,000 characters of text, refused."""
    hostile = b"<html><body><article><p><span>" + "中".encode() * 600_000 + b"</span></p></article></body></html>"
    with pytest.raises(ExtractionError, match="page has 600,000 characters of text \\(more than 500,000\\)"):
        extract_article(hostile)


def test_traditional_text_is_converted_a_piece_at_a_time_with_the_same_result():
    """OpenCC's conversion of a long run costs more than linear time, so a long text is converted 2,000 characters at
    a time: on the seed story in traditional characters, five times over, the result is the whole text's."""
    from pipeline.metadata import _converter, to_simplified

    (seed,) = (Path(__file__).parent / "fixtures" / "seeds").glob("000_*")
    text = seed.read_text(encoding="utf-8") * 5
    assert len(text) > 4 * 2000 and to_simplified(text) == _converter("t2s").convert(text)


def test_a_page_repeating_its_title_on_every_other_line_is_read_in_one_pass():
    """One <pre> of lines alternately the page's title and a few characters: each repeat after the body was judged
    against all the text after it (80,000 lines took 348 s); now the first few are, and the rest stay as headings."""
    import random

    rng = random.Random(7)
    title = "中关村新闻发布会"
    lines = [title if i % 2 else "".join(rng.choice("中关村科技园区创新发展政策企业") for _ in range(5))
             for i in range(20_000)]
    body = (f"<html><head><title>{title}</title></head><body><pre>" + "\n".join(lines)
            + "</pre></body></html>").encode()
    result = outcome(body)
    assert isinstance(result, (ExtractedArticle, ExtractionError))


def test_a_lone_surrogate_in_the_metadata_is_dropped_before_the_warehouse_sees_it():
    """JSON-LD's "\\ud800" decodes to a lone surrogate, which the warehouse refuses: that failed the batch's
    transaction, and every later refresh. The article keeps everything else."""
    story = "<p>中关村科学城今天发布了新的支持政策，鼓励人工智能企业在园区内开展研发。</p>" * 3
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Person", '
          '"name": "Zhang \\ud800San"}}</script>')
    art = extract_article(f"<html><head>{ld}</head><body><article>{story}</article></body></html>".encode())
    assert art.author == "Zhang San"
    for value in (art.title, art.author, art.outlet, art.text, art.analysis_text):
        (value or "").encode("utf-8")   # (raises on a surrogate)
