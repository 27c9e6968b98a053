"""A server whose locale is not UTF-8 (zh_CN.GBK, en_US.ISO-8859-1): the command, run as a real process, writes
UTF-8, refreshes a day with a translation pair, and opens a warehouse whose path holds Chinese characters.

Only C, C.UTF-8 and POSIX may be installed: the locales are built with localedef into a scratch LOCPATH (skipped,
saying why, when localedef or the charmap is missing)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from pipeline.warehouse import PROJECT_ROOT

GBK, LATIN1 = "zh_CN.GBK", "en_US.ISO-8859-1"
_BUILD = {GBK: ("zh_CN", "GBK"), LATIN1: ("en_US", "ISO-8859-1")}


@pytest.fixture(scope="module")
def locales(tmp_path_factory):
    """A LOCPATH holding the GBK and Latin-1 locales, checked to be the ones Python then sees."""
    if shutil.which("localedef") is None:
        pytest.skip("localedef is not installed: no non-UTF-8 locale can be built")
    path = tmp_path_factory.mktemp("locales")
    for name, (source, charmap) in _BUILD.items():
        proc = subprocess.run(["localedef", "-i", source, "-f", charmap, str(path / name)],
                              capture_output=True, text=True)
        if proc.returncode not in (0, 1) or not (path / name).is_dir():   # (1: built, with warnings)
            pytest.skip(f"localedef could not build {name} (locale source or charmap missing?): "
                        f"{(proc.stderr or proc.stdout).strip()[:200]}")
    for name, (_, charmap) in _BUILD.items():
        seen = subprocess.run([sys.executable, "-c", "import locale, sys; "
                               "print(locale.getpreferredencoding(False), sys.flags.utf8_mode)"],
                              env=_env(path, name), capture_output=True, text=True).stdout.split()
        if seen != [charmap, "0"]:
            pytest.skip(f"the built locale {name} is not in effect for Python (it reports {seen})")
    return path


def _env(locpath, lang: str, **extra) -> dict:
    """The environment of a process under *lang* (one of *locpath*'s, or None: an installed one), no UTF-8 mode."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("LC_") and k not in ("LANG", "LANGUAGE", "PYTHONUTF8", "PYTHONIOENCODING", "LOCPATH")}
    env.update(LANG=lang, PYTHONPATH=str(PROJECT_ROOT), **extra)
    if locpath is not None:
        env["LOCPATH"] = str(locpath)
    return env


def _cli(locpath, lang: str, *args: str, stdin: bytes = b"", **extra) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline.cli", *args], input=stdin, capture_output=True,
                          env=_env(locpath, lang, **extra), cwd=PROJECT_ROOT)


def test_classify_writes_utf8_json_under_gbk(locales):
    line = {"id": "中关村-1", "title": "中关村科学城", "text": "中关村科学城推进人工智能大模型产业集聚区建设。"}
    proc = _cli(locales, GBK, "classify", stdin=json.dumps(line, ensure_ascii=False).encode() + b"\n")
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    assert json.loads(proc.stdout.decode("utf-8"))["id"] == "中关村-1"   # GBK bytes would not decode


def test_the_console_script_writes_utf8_too(locales):
    script = shutil.which("zgc-monitor", path=os.path.dirname(sys.executable))
    if script is None:
        pytest.skip("the zgc-monitor console script is not installed next to this Python")
    line = {"id": "海淀", "text": "中关村"}
    proc = subprocess.run([script, "classify"], input=json.dumps(line, ensure_ascii=False).encode() + b"\n",
                          capture_output=True, env=_env(locales, LATIN1), cwd=PROJECT_ROOT)
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")   # (Latin-1 cannot write 海淀 at all)
    assert json.loads(proc.stdout.decode("utf-8"))["id"] == "海淀"


def test_cc_cedict_is_read_as_utf8_by_a_process_not_in_utf8_mode(locales):
    """Library use (a Dagster process that did not come through the command): the dictionary still loads."""
    text = "中关村科学城推进人工智能产业。".encode("unicode_escape").decode("ascii")   # (ASCII on the command line)
    code = ("import sys; from pipeline.translations import chinese_terms; "
            f"assert not sys.flags.utf8_mode; t = chinese_terms('{text}'); "
            "print(sorted(set().union(*t.units.values())))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, env=_env(locales, GBK),
                          cwd=PROJECT_ROOT)
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")[-500:]
    assert "artifici" in proc.stdout.decode("ascii")   # (the stem of a CC-CEDICT gloss of 人工)


@pytest.fixture(scope="module")
def refreshed(locales, tmp_path_factory):
    """An offline refresh of a day with a translation pair, under GBK, into a warehouse at a Chinese path."""
    base = tmp_path_factory.mktemp("locale") / "空 格"
    env = {"ZGC_WAREHOUSE_DIR": str(base / "监测 仓库"), "DAGSTER_HOME": str(base / "dagster 家")}
    proc = _cli(locales, GBK, "-q", "refresh", "--offline", "--date", "2026-11-20", **env)
    return proc, env


def test_an_offline_refresh_with_a_translation_succeeds_under_gbk(refreshed):
    proc, _ = refreshed
    last = proc.stdout.decode("utf-8").strip().splitlines()[-1]
    assert proc.returncode == 0 and json.loads(last)["ok"] is True, (last, proc.stderr.decode("utf-8", "replace"))


@pytest.mark.parametrize("lang", [GBK, LATIN1])
def test_a_chinese_warehouse_path_opens_under_a_non_utf8_locale(refreshed, locales, lang):
    _, env = refreshed
    proc = _cli(locales, lang, "sql", "select count(*) as n, count(*) filter (where match = 'translation') as t "
                "from article_stories", "--format", "json", **env)
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    row = json.loads(proc.stdout.decode("utf-8"))
    assert row["n"] > 0 and row["t"] >= 1   # the day's translation pair was matched


@pytest.mark.parametrize("lang", [GBK, LATIN1])
def test_csv_bom_is_the_utf8_mark_and_titles_are_utf8(refreshed, locales, lang):
    _, env = refreshed
    proc = _cli(locales, lang, "sql", "select title from articles where regexp_matches(title, '[一-龥]') limit 1",
                "--format", "csv", "--bom", **env)
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    assert proc.stdout.startswith(b"\xef\xbb\xbftitle")
    assert any("\u4e00" <= ch <= "\u9fa5" for ch in proc.stdout.decode("utf-8"))


def test_output_is_utf8_even_when_pythonioencoding_says_otherwise(refreshed, locales):
    _, env = refreshed
    proc = _cli(locales, GBK, "digest", "--date", "2026-11-20", "--print", PYTHONIOENCODING="ascii", **env)
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    assert "—" in proc.stdout.decode("utf-8")


def _materialize(env: dict) -> subprocess.CompletedProcess:
    """`dagster asset materialize` of every asset of the project's definitions for 2026-11-20, in *env*."""
    dagster = shutil.which("dagster", path=os.path.dirname(sys.executable))
    if dagster is None:
        pytest.skip("the dagster command is not installed next to this Python")
    return subprocess.run([dagster, "asset", "materialize", "-m", "pipeline.definitions", "--select", "*",
                           "--partition", "2026-11-20"], capture_output=True, env=env, cwd=PROJECT_ROOT, timeout=600)


@pytest.mark.parametrize("utf8_mode", ["", "0"])
def test_a_dagster_run_of_the_definitions_under_the_c_locale_writes_utf8(tmp_path, utf8_mode):
    """`dagster asset materialize` of the project's definitions (a process the command does not start, so not run
    again in UTF-8 mode) under LC_ALL=C and no PYTHONUTF8, into a warehouse and a Dagster instance at Chinese paths:
    the run succeeds, its log names the paths as they are, and the digest and the articles stored are UTF-8 Chinese
    (Python runs in UTF-8 mode of itself under the C and POSIX locales, PEP 540). With UTF-8 mode turned off
    (PYTHONUTF8=0: ASCII file names and files by default) a run into ASCII paths writes them alike: the project's
    files name their encoding, and its crawl is started with PYTHONUTF8=1, whatever the locale."""
    import duckdb

    base = tmp_path / ("空 格" if not utf8_mode else "ascii")
    wh, home = (base / "监测 仓库", base / "dagster 家") if not utf8_mode else (base / "warehouse", base / "dagster")
    home.mkdir(parents=True)
    env = _env(None, "C", LC_ALL="C", ZGC_CRAWL_MODE="offline", ZGC_WAREHOUSE_DIR=str(wh), DAGSTER_HOME=str(home),
               **({"PYTHONUTF8": utf8_mode} if utf8_mode else {}))
    proc = _materialize(env)
    err = proc.stderr.decode("utf-8")   # (raises if it is not UTF-8)
    assert proc.returncode == 0, err[-3000:]
    assert f"crawling (offline) into {wh / 'raw' / '2026-11-20'}" in err
    digest = (wh / "digests" / "2026-11-20.md").read_text(encoding="utf-8")
    assert sum("\u4e00" <= ch <= "\u9fa5" for ch in digest) > 100
    con = duckdb.connect(str(wh / "zgc.duckdb"), read_only=True)
    try:
        titles = [t for (t,) in con.execute("SELECT title FROM articles").fetchall()]
    finally:
        con.close()
    assert titles and any("\u4e00" <= ch <= "\u9fa5" for t in titles for ch in t)


@pytest.mark.parametrize("lang", ["C", GBK, LATIN1])
def test_a_dagster_run_whose_file_names_are_not_utf8_refuses_a_chinese_warehouse_path(tmp_path, request, lang):
    """A Dagster process whose file names are not UTF-8 (PYTHONUTF8=0 under the C locale: ASCII; GBK or Latin-1 without
    PYTHONUTF8=1), into a warehouse at a Chinese path: it failed in its first resource with "surrogates not allowed"
    (ASCII, GBK), or went on to open a folder of another name and said its working database was damaged (Latin-1).
    It is refused before anything is opened, naming PYTHONUTF8=1."""
    locpath = None if lang == "C" else request.getfixturevalue("locales")
    wh = tmp_path / "空 格" / "监测 仓库"
    (tmp_path / "dagster").mkdir()
    proc = _materialize(_env(locpath, lang, ZGC_CRAWL_MODE="offline", ZGC_WAREHOUSE_DIR=str(wh),
                             DAGSTER_HOME=str(tmp_path / "dagster"), **({"LC_ALL": "C", "PYTHONUTF8": "0"}
                                                                       if lang == "C" else {})))
    err = proc.stderr.decode("utf-8", "replace")
    assert proc.returncode == 1, err[-3000:]
    assert "has non-ASCII characters and this process names files in" in err, err[-3000:]
    assert "not UTF-8 (a locale that is not UTF-8, or PYTHONUTF8=0)" in err
    assert "Set PYTHONUTF8=1 in the environment of dagster" in err
    assert not (tmp_path / "空 格").exists() and [p.name for p in tmp_path.iterdir()] == ["dagster"]
