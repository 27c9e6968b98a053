import json
import re

import pytest

from pipeline.cli import main
from spiders.sources import SourceConfigError, load_sources, source_for_url

REQUIRED = {"chinanews", "gmw", "most", "kw_beijing", "beijing_gov", "xinhua", "people", "bjd", "chinadaily"}


def test_bundled_registry_is_valid_and_complete():
    sources = load_sources()
    names = {s.name for s in sources}
    assert REQUIRED <= names
    assert len(sources) >= 12
    assert {"en"} <= {s.language for s in sources}
    for s in sources:
        assert all(s.owns(u) for u in s.entry_points), s.name


def test_source_for_url_uses_domains():
    sources = load_sources()
    assert source_for_url(sources, "https://economy.gmw.cn/2021-01/20/content_1.htm").name == "gmw"
    assert source_for_url(sources, "https://unknown.example/") is None


_ONE = "[[source]]\nname = 'x'\ndomains = {domains}\nentry_points = ['{entry}']\narticle_patterns = ['a']\n"


def test_of_two_sources_on_one_host_an_address_goes_to_the_one_whose_patterns_take_it(tmp_path):
    """`extract --url` took the first source owning the host, a disabled one too: a page the crawl stores under the
    second source was read with the first one's hints."""
    path = tmp_path / "s.toml"
    two = ("[[source]]\nname = '{name}'\ndomains = ['127.0.0.1']\nentry_points = ['http://127.0.0.1:8731/{dir}/']\n"
           "article_patterns = ['/{dir}/\\d+\\.html$']\n{extra}")
    path.write_text(two.format(name="zgc", dir="news", extra="") + two.format(name="other", dir="other", extra=""))
    sources = load_sources(path)
    assert source_for_url(sources, "http://127.0.0.1:8731/other/2001.html").name == "other"
    assert source_for_url(sources, "http://127.0.0.1:8731/news/1001.html").name == "zgc"
    assert source_for_url(sources, "http://127.0.0.1:8731/zzz.html").name == "zgc"   # no pattern takes it: the first
    path.write_text(two.format(name="zgc", dir="news", extra="enabled = false\n")
                    + two.format(name="other", dir="other", extra=""))
    sources = load_sources(path)
    assert source_for_url(sources, "http://127.0.0.1:8731/news/1001.html").name == "zgc"   # its page still
    assert source_for_url(sources, "http://127.0.0.1:8731/zzz.html").name == "other"   # no pattern: a crawled owner


@pytest.mark.parametrize("body, message", [
    ("", "no [[source]]"),
    ("[[source]]\nname = 'Bad Name'\n", "snake_case"),
    ("[[source]]\nname = 'x'\ndomains = ['a.cn']\nentry_points = ['ftp://a.cn']\narticle_patterns = ['a']\n", "not an http"),
    ("[[source]]\nname = 'x'\ndomains = ['a.cn']\nentry_points = ['https://a.cn/']\narticle_patterns = ['(']\n", "bad regex"),
    ("[[source]]\nname = 'x'\ndomains = ['a.cn']\nentry_points = ['https://a.cn/']\narticle_patterns = ['a']\ncolour = 1\n", "unknown field"),
    ("[[source]]\nname = 'x'\n", "'domains' must be"),
    # an entry point listed twice in one source
    ("[[source]]\nname = 'x'\ndomains = ['a.cn']\nentry_points = ['https://a.cn/n/', 'https://a.cn/n/']\n"
     "article_patterns = ['a']\n", "source #1 (x): entry point 'https://a.cn/n/' is listed twice"),
    # an absent field is said to be missing (it said "got None"), a time in a day's place as written (a repr)
    ("[[source]]\nname = 'x'\ndomains = ['a.cn']\nentry_points = ['https://a.cn/']\n",
     "'article_patterns' must be a non-empty list of strings, e.g. article_patterns = ['…'], but it is missing"),
    (_ONE.format(domains="['a.cn']", entry="https://a.cn/") + "muted_until = 2026-12-31T10:00:00\n",
     "'muted_until' must be a day, written 2026-12-31 (the last day the source is not flagged), got 2026-12-31T10:00:00"),
    ("this is = not toml [", "not valid TOML"),
    # mistakes that used to load and then quietly crawl or extract nothing
    (_ONE.format(domains="['127.0.0.1:8765']", entry="http://127.0.0.1:8765/") , "domain '127.0.0.1:8765' is not a host name"),
    (_ONE.format(domains="['https://a.cn']", entry="https://a.cn/"), "domain 'https://a.cn' is not a host name"),
    (_ONE.format(domains="['a.cn']", entry="https://b.cn/rss.xml"), "on host 'b.cn', which is not among its domains"),
    # an entry point the fetcher would ask of another server than the one it names (the crawl refused it in silence)
    (_ONE.format(domains="['a.cn']", entry="http://intranet:8080\\@a.cn/"), "would be fetched from another address"),
    (_ONE.format(domains="['a.cn']", entry="http://editor@a.cn/"), "would be fetched from another address"),
    (_ONE.format(domains="['a.cn']", entry="https://a.cn/") + "charset = 'gbk-nonsense'\n", "'charset' must name an encoding"),
    (_ONE.format(domains="['a.cn']", entry="https://a.cn/") + "[source.hints]\ndrop = 'p.editor'\n",
     "hints.drop must be a list of CSS selectors"),
    (_ONE.format(domains="['a.cn']", entry="https://a.cn/") + "[source.hints]\ndrop = ['div.share', '##']\n",
     "hints.drop: bad CSS selector '##'"),
    (_ONE.format(domains="['a.cn']", entry="https://a.cn/") + "[source.hints]\nbody_selector = 'div..x[['\n",
     "hints.body_selector: bad CSS selector 'div..x[['"),
    (_ONE.format(domains="['a.cn']", entry="https://a.cn/") + "[source.hints]\ntitle_selector = 3\n",
     "hints.title_selector must be a CSS selector"),
    (_ONE.format(domains="['a.cn']", entry="https://a.cn/") + "[source.hints]\nbody_selecter = 'div'\n",
     "unknown hint(s) ['body_selecter'], did you mean 'body_selector' for 'body_selecter'?"),
    # a misspelt field names the source and the field meant
    (_ONE.format(domains="['a.cn']", entry="https://a.cn/").replace("article_patterns", "artcle_patterns"),
     "source #1 (x): unknown field(s) ['artcle_patterns'], did you mean 'article_patterns' for 'artcle_patterns'?"),
    (_ONE.format(domains="['a.cn']", entry="https://a.cn/") + "[source.hint]\nbody_selector = 'div'\n",
     "did you mean 'hints' for 'hint'?"),
    # a misspelt table name, a key above the first table
    (_ONE.format(domains="['a.cn']", entry="https://a.cn/") + "[[sources]]\nname = 'y'\n",
     "unknown top-level key(s) ['sources'], did you mean 'source' for 'sources'?"),
    ("user_agent = 'x'\n" + _ONE.format(domains="['a.cn']", entry="https://a.cn/"), "unknown top-level key(s) ['user_agent']"),
    # a table copied as a template, its entry point left as it was (or written another way)
    (_ONE.format(domains="['a.cn']", entry="https://a.cn/x/") + _ONE.format(domains="['a.cn']", entry="https://A.cn/x/#top")
     .replace("name = 'x'", "name = 'y'"), "sources 'x' and 'y' both start from 'https://A.cn/x/#top'"),
    (_ONE.format(domains="['a.cn']", entry="https://a.cn/") + _ONE.format(domains="['a.cn']", entry="https://a.cn/")
     .replace("name = 'x'", "name = 'y'"), "sources 'x' and 'y' both start from 'https://a.cn/'"),
    (_ONE.format(domains="['a.cn']", entry="https://a.cn/") + "charset = 'rot13'\n", "'charset' must name an encoding"),
    (_ONE.format(domains="['a.cn']", entry="https://a.cn/") + "max_requests = 0\n", "'max_requests' must be a whole"),
    (_ONE.format(domains="['a.cn']", entry="https://a.cn/") + "max_requests = 2.5\n", "'max_requests' must be a whole"),
    (_ONE.format(domains="['a.cn']", entry="https://a.cn/") + "max_requests = '50'\n", "'max_requests' must be a whole"),
    (_ONE.format(domains="['a.cn']", entry="https://a.cn/") + "quiet_days = 0\n", "'quiet_days' must be a whole number"),
    (_ONE.format(domains="['a.cn']", entry="https://a.cn/") + "quiet_days = '14'\n", "'quiet_days' must be a whole"),
    (_ONE.format(domains="['a.cn']", entry="https://a.cn/") + "muted_until = '2026-13-01'\n", "'muted_until' must be a day"),
    (_ONE.format(domains="['a.cn']", entry="https://a.cn/") + "muted_until = 'next week'\n", "'muted_until' must be a day"),
    (_ONE.format(domains="['a.cn']", entry="https://a.cn/") + "muted_until = 2026-12-01T08:00:00\n", "'muted_until' must be a day"),
    (_ONE.format(domains="['a.cn']", entry="https://a.cn/") + "muted_reason = 'redesign'\n", "'muted_reason' is given without"),
    (_ONE.format(domains="['a.cn']", entry="https://a.cn/") + "muted_until = 2026-12-01\nmuted_reason = ' '\n", "'muted_reason' must be a text"),
    # a list field written as a string was read character by character (each letter a pattern taking almost any link)
    (_ONE.format(domains="['a.cn']", entry="https://a.cn/") + "follow_patterns = 'index_2'\n",
     "source #1 (x): 'follow_patterns' must be a list of strings (regexes), e.g. follow_patterns = "
     "['index_\\d+\\.html$'], got 'index_2'"),
    (_ONE.format(domains="['a.cn']", entry="https://a.cn/") + "follow_patterns = ['?']\n",
     "source #1 (x): 'follow_patterns': bad regex '?': nothing to repeat"),
    (_ONE.format(domains="['a.cn']", entry="https://a.cn/").replace("['a']", "'a'"),
     "'article_patterns' must be a non-empty list of strings, e.g. article_patterns = ['…'], got 'a'"),
    # the smaller gaps a source maintainer met (QA M, finding 5)
    (_ONE.format(domains="['a.cn']", entry="https://a.cn/") + "title = 42\n", "'title' must be the outlet's name, a "
     "non-empty text, got 42"),
    (_ONE.format(domains="['a.cn']", entry="https://a.cn/") + "title = ' '\n", "'title' must be the outlet's name"),
    (_ONE.format(domains="['a.cn']", entry="https://a.cn/") + "body_selector = 'div.a'\n",
     "unknown field(s) ['body_selector']; 'body_selector' is a hint: write it under [source.hints]"),
    ("[hints]\nbody_selector = 'div.a'\n" + _ONE.format(domains="['a.cn']", entry="https://a.cn/"),
     "unknown top-level key(s) ['hints']; the file holds [[source]] tables only ([source.hints] for a source's hints"),
    (_ONE.format(domains="['a.cn']", entry="https://a.cn/") + "download_delay = '2s'\n",
     "'download_delay' must be a number of seconds >= 0 (download_delay = 2), got '2s'"),
    (_ONE.format(domains="['a.cn']", entry="https://a.cn/") + "muted_until = '2026-02-30'\n",
     "got '2026-02-30', which is no day of the calendar (day is out of range for month)"),
    (_ONE.format(domains="['a.cn']", entry="https://a.cn/") + "enabled = 'no'\n", "'enabled' must be true or false"),
])
def test_bad_sources_file_names_the_problem(tmp_path, body, message):
    path = tmp_path / "sources.toml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(SourceConfigError, match=re.escape(message)):
        load_sources(path)


def test_a_mute_is_a_day_written_either_way_with_an_optional_reason(tmp_path):
    from datetime import date

    path = tmp_path / "sources.toml"
    for written in ("2026-12-01", "'2026-12-01'"):
        path.write_text(_ONE.format(domains="['a.cn']", entry="https://a.cn/") + f"muted_until = {written}\n"
                        'muted_reason = "site redesign,\\n ticket 42"\n', encoding="utf-8")
        (source,) = load_sources(path)
        assert (source.muted_until, source.muted_reason) == (date(2026, 12, 1), "site redesign, ticket 42")
        assert source.as_dict()["muted_until"] == "2026-12-01"


def test_regex_errors_quote_the_pattern_as_written(tmp_path):
    path = tmp_path / "sources.toml"
    path.write_text(_ONE.format(domains="['a.cn']", entry="https://a.cn/").replace("['a']", r"['^https://a\.cn/(x']"),
                    encoding="utf-8")
    with pytest.raises(SourceConfigError, match=re.escape(r"bad regex '^https://a\.cn/(x'")):
        load_sources(path)


def test_hints_are_kept_with_the_sources_charset(tmp_path):
    path = tmp_path / "sources.toml"
    path.write_text(_ONE.format(domains="['a.cn']", entry="https://a.cn/") + "charset = 'big5'\n[source.hints]\n"
                    "body_selector = 'div.article'\ndrop = ['div.share', 'ul.related li']\n", encoding="utf-8")
    hints = load_sources(path)[0].hints
    assert hints.body_selector == "div.article" and hints.drop == ("div.share", "ul.related li")
    assert hints.charset == "big5"


def test_duplicate_names_rejected(tmp_path):
    one = "[[source]]\nname = 'x'\ndomains = ['a.cn']\nentry_points = ['https://a.cn/']\narticle_patterns = ['a']\n"
    path = tmp_path / "s.toml"
    path.write_text(one + one, encoding="utf-8")
    with pytest.raises(SourceConfigError, match=re.escape("duplicate source name 'x' (sources #1 and #2)")):
        load_sources(path)


def test_sources_list_json(capsys):
    assert main(["sources", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert len(listed) >= 12
    assert {"name", "entry_points", "article_patterns", "language", "enabled"} <= set(listed[0])
    # its hints are the ones a [source.hints] table may hold: the outlet (the title's) and charset are not
    assert all(set(s["hints"]) <= {"body_selector", "title_selector", "date_selector", "author_selector", "drop"}
               for s in listed)
    # the other action's options are refused, not ignored
    for args, said in ((["list", "--live"], "sources list takes no --live"), (["list", "--timeout", "3"], "--timeout"),
                       (["check", "--json"], "sources check takes no --json")):
        assert main(["sources", *args]) == 2
        assert said in capsys.readouterr().err


def test_cli_reports_bad_sources_file(tmp_path, capsys):
    path = tmp_path / "s.toml"
    path.write_text("[[source]]\nname = 'x'\n", encoding="utf-8")
    assert main(["sources", "list", "--sources", str(path)]) == 2
    err = capsys.readouterr().err
    assert "s.toml" in err and "domains" in err


def test_every_source_domain_has_one_outlet_name_whatever_the_page_says():
    """The known-domain map names every bundled source's outlet, and it wins over a page's og:site_name, so an
    outlet's pages are counted under one name."""
    import lxml.html

    from pipeline.extract import load_outlets
    from pipeline.metadata import find_outlet

    domains = load_outlets()
    bare = lxml.html.fromstring("<html><head><title>t</title></head><body><p>x</p></body></html>")
    tagged = lxml.html.fromstring('<html><head><meta property="og:site_name" content="首都之窗_门户网站">'
                                  "<title>t</title></head><body><p>x</p></body></html>")
    for s in load_sources():
        for host in s.domains:
            url = f"https://{host}/a/1.html"
            name = find_outlet(bare, url, domains=domains)
            assert name, f"{s.name}: no outlet name for {host} in pipeline/rules/outlets.toml"
            assert find_outlet(tagged, url, domains=domains) == name


def test_a_folder_given_as_the_sources_file_is_a_bad_sources_file(tmp_path):
    with pytest.raises(SourceConfigError, match=f"{tmp_path}: cannot be read: Is a directory"):
        load_sources(tmp_path)


def test_a_link_with_an_upper_case_host_is_still_an_article(tmp_path):
    """Host names have no case: the ownership check and the article key folded them, the article patterns did not
    (a tester's listing linked two of its articles as http://LOCALHOST:…, and they were never fetched)."""
    source = _one_source(tmp_path, ["news.example.cn"], ["https://news.example.cn/list/"],
                         r"^https://news\.example\.cn/a/\d{4}/\d+\.html$")
    assert source.is_article("https://news.example.cn/a/2026/1.html")
    assert source.is_article("https://NEWS.Example.CN/a/2026/1.html")
    assert not source.is_article("https://news.example.cn/b/2026/1.html")


def test_a_link_to_another_port_of_the_sources_host_is_not_the_sources(tmp_path):
    """A hostile-web tester's listing linked an 'admin page' on another port of the source's own host: fetched,
    archived, stored and published. The host's other ports are other services; 80 and 443 go together."""
    source = _one_source(tmp_path, ["127.0.0.3", "news.example.cn"],
                         ["http://127.0.0.3:18403/list/", "https://news.example.cn/list/"], r"/n/\d{4}/")
    assert source.owns("http://127.0.0.3:18403/n/2026/1.html")
    assert not source.owns("http://127.0.0.3:18409/n/2026/admin.html")
    assert source.owns("http://news.example.cn/n/2026/1.html") and source.owns("https://news.example.cn:443/n/1.html")
    assert not source.owns("http://news.example.cn:8080/n/2026/1.html")


def _one_source(tmp_path, domains: list[str], entry_points: list[str], pattern: str):
    """The one source of a sources file written with these lists and one article pattern."""
    path = tmp_path / "s.toml"
    path.write_text(f'[[source]]\nname = "s"\ntitle = "S"\nlanguage = "zh"\ndomains = {json.dumps(domains)}\n'
                    f'entry_points = {json.dumps(entry_points)}\narticle_patterns = {json.dumps([pattern])}\n',
                    encoding="utf-8")
    return load_sources(path)[0]


def test_a_disabled_source_stays_in_the_file_but_is_not_crawled_checked_or_refreshed_alone(tmp_path, capsys,
                                                                                         monkeypatch):
    """enabled = false sets a source aside without deleting its entry (its hints still read its archived pages on a
    reprocess): `sources list` marks it, `sources check` skips it without failing, the crawl's selection leaves it
    out, --only naming it is refused, and a file whose every source is disabled is refused before a refresh."""
    from spiders.sources import select_sources

    path = tmp_path / "s.toml"
    path.write_text(_ONE.format(domains="['a.cn']", entry="https://a.cn/") + "enabled = false\n"
                    + _ONE.format(domains="['b.cn']", entry="https://b.cn/").replace("name = 'x'", "name = 'y'"),
                    encoding="utf-8")
    sources = load_sources(path)
    assert [(s.name, s.enabled) for s in sources] == [("x", False), ("y", True)]
    assert [s.name for s in select_sources(sources, None)] == ["y"]
    with pytest.raises(ValueError, match=re.escape("source(s) x disabled in the sources file (enabled = false)")):
        select_sources(sources, "x")
    assert main(["sources", "list", "--sources", str(path)]) == 0
    assert [ln.endswith("disabled (enabled = false): not crawled") for ln in capsys.readouterr().out.splitlines()] \
        == [True, False]
    # a mute in force is shown too (a source muted and forgotten was not, but in the digest footer), one run out not
    muted = tmp_path / "m.toml"
    muted.write_text(_ONE.format(domains="['a.cn']", entry="https://a.cn/") + "muted_until = 2099-12-31\n"
                     "muted_reason = 'redesign'\n"
                     + _ONE.format(domains="['b.cn']", entry="https://b.cn/").replace("name = 'x'", "name = 'y'")
                     + "muted_until = 2020-01-01\n", encoding="utf-8")
    assert main(["sources", "list", "--sources", str(muted)]) == 0
    assert [ln.endswith("muted until 2099-12-31 (redesign)") for ln in capsys.readouterr().out.splitlines()] \
        == [True, False]
    only_x = tmp_path / "x.toml"
    only_x.write_text(_ONE.format(domains="['a.cn']", entry="https://a.cn/") + "enabled = false\n", encoding="utf-8")
    assert main(["sources", "check", "--sources", str(only_x)]) == 0
    (row,) = map(json.loads, capsys.readouterr().out.splitlines())
    assert row["source"] == "x" and row["ok"] and row["skipped"].startswith("disabled in the sources file")
    monkeypatch.setenv("ZGC_WAREHOUSE_DIR", str(tmp_path / "warehouse"))
    assert main(["refresh", "--live", "--sources", str(only_x)]) == 2
    assert "is disabled (enabled = false): nothing to crawl" in capsys.readouterr().err
    assert main(["refresh", "--live", "--sources", str(path), "--only", "x"]) == 2
    assert "--only: source(s) x disabled" in capsys.readouterr().err


def test_the_crawl_leaves_a_disabled_source_out(tmp_path):
    """A disabled source's entry points are not asked for, and the crawl writes no counts for it, so the health
    check does not judge it (as one taken out of the file) while its entry stays in the file."""
    from tests.faultserver import FaultServer, run_crawl, write_sources

    with FaultServer() as server:
        sources = write_sources(tmp_path / "s.toml", {"on": [server.url("/list/don?n=1&art=ok")],
                                                      "off": [server.url("/list/doff?n=1&art=ok")]})
        text = sources.read_text(encoding="utf-8")
        sources.write_text(text.replace('name = "off"', 'name = "off"\nenabled = false'), encoding="utf-8")
        crawl = run_crawl(tmp_path / "crawl", sources=sources)
        asked_off = server.requests_to("/list/doff")
    assert crawl.returncode == 0, crawl.output[-2000:]
    assert asked_off == [] and set(crawl.stats["sources"]) == {"on"}
    assert crawl.source("on")["articles_fetched"] == 1
