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


@pytest.mark.parametrize("body, message", [
    ("", "no [[source]]"),
    ("[[source]]\nname = 'Bad Name'\n", "snake_case"),
    ("[[source]]\nname = 'x'\ndomains = ['a.cn']\nentry_points = ['ftp://a.cn']\narticle_patterns = ['a']\n", "not an http"),
    ("[[source]]\nname = 'x'\ndomains = ['a.cn']\nentry_points = ['https://a.cn/']\narticle_patterns = ['(']\n", "bad regex"),
    ("[[source]]\nname = 'x'\ndomains = ['a.cn']\nentry_points = ['https://a.cn/']\narticle_patterns = ['a']\ncolour = 1\n", "unknown field"),
    ("[[source]]\nname = 'x'\n", "'domains' must be"),
    ("this is = not toml [", "not valid TOML"),
])
def test_bad_sources_file_names_the_problem(tmp_path, body, message):
    path = tmp_path / "sources.toml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(SourceConfigError, match=re.escape(message)):
        load_sources(path)


def test_duplicate_names_rejected(tmp_path):
    one = "[[source]]\nname = 'x'\ndomains = ['a.cn']\nentry_points = ['https://a.cn/']\narticle_patterns = ['a']\n"
    path = tmp_path / "s.toml"
    path.write_text(one + one, encoding="utf-8")
    with pytest.raises(SourceConfigError, match="duplicate source name 'x'"):
        load_sources(path)


def test_sources_list_json(capsys):
    assert main(["sources", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert len(listed) >= 12
    assert {"name", "entry_points", "article_patterns", "language"} <= set(listed[0])


def test_cli_reports_bad_sources_file(tmp_path, capsys):
    path = tmp_path / "s.toml"
    path.write_text("[[source]]\nname = 'x'\n", encoding="utf-8")
    assert main(["sources", "list", "--sources", str(path)]) == 2
    err = capsys.readouterr().err
    assert "s.toml" in err and "domains" in err
