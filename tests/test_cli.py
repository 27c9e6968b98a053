"""The command line's contract: JSON out, one-line errors, exit codes."""

import io
import json

import pytest

from pipeline.cli import main
from spiders.archive_server import ARCHIVE_DIR

EXPECTED = json.loads((ARCHIVE_DIR / "expected.json").read_text(encoding="utf-8"))
MANIFEST = {e["url"]: e for e in json.loads((ARCHIVE_DIR / "manifest.json").read_text(encoding="utf-8"))}


def test_extract_prints_one_json_object_per_file(tmp_path, capsys):
    seed = next(e for e in EXPECTED if e.get("seed") == "001")
    page = ARCHIVE_DIR / MANIFEST[seed["url"]]["file"]
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    code = main(["extract", "--url", seed["url"], str(page), str(empty), str(tmp_path / "missing.html")])
    lines = [json.loads(l) for l in capsys.readouterr().out.splitlines()]
    assert code == 1  # some files failed, each said why
    assert [l["file"] for l in lines] == [str(page), str(empty), str(tmp_path / "missing.html")]
    ok = lines[0]
    assert {"file", "title", "text", "published_at", "author", "language"} <= set(ok)
    assert ok["language"] == "zh-Hans" and ok["published_at"].startswith("2021-01-20")
    assert all(p in ok["text"] for p in seed["must_contain"])
    assert "error" in lines[1] and "cannot read" in lines[2]["error"]


def test_classify_reads_json_lines(monkeypatch, capsys):
    stdin = io.StringIO(
        json.dumps({"id": "a", "text": "中关村示范区将重点落实7大任务，包括坚持自立自强，提升自主创新能力；深化先行先试改革，营造世界一流创新创业生态。"}) + "\n"
        + json.dumps({"id": "b", "title": "菜谱", "text": "红烧肉的做法：先把五花肉切块，焯水后加糖炒色。"}) + "\n")
    monkeypatch.setattr("sys.stdin", stdin)
    assert main(["classify"]) == 0
    a, b = [json.loads(l) for l in capsys.readouterr().out.splitlines()]
    assert a["id"] == "a" and a["relevant"] and {"Z1", "Z2"} <= {l["code"] for l in a["labels"]}
    assert all(l["evidence"] and 0 <= l["score"] <= 1 and l["method"] in ("rules", "model") for l in a["labels"])
    assert b["id"] == "b" and not b["relevant"] and b["labels"] == []


def test_a_candidate_taxonomy_is_tried_with_classify_and_deployed_by_its_environment_variable(monkeypatch, capsys,
                                                                                                 tmp_path):
    """A maintainer's new version: `classify --taxonomy FILE` tries it, $ZGC_TAXONOMY puts it in use (`paths`
    names it), and the packaged one is untouched."""
    import shutil

    from pipeline.taxonomy import DEFAULT_TAXONOMY_PATH

    for f in DEFAULT_TAXONOMY_PATH.parent.glob("*.json"):
        shutil.copy(f, tmp_path / f.name)
    raw = json.loads(DEFAULT_TAXONOMY_PATH.read_text(encoding="utf-8"))
    raw["version"] = "plan_tasks.v99"
    z2 = raw["plans"][0]["tasks"][1]
    z2["measures"][0]["phrases"]["zh"].append("稳定股价行动倡议")
    candidate = tmp_path / "plan_tasks.v99.json"
    candidate.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    line = json.dumps({"id": "s", "text": "中关村上市公司协会发起稳定股价行动倡议。277家中关村上市公司响应。"}) + "\n"

    def classify(*args):
        monkeypatch.setattr("sys.stdin", io.StringIO(line))
        assert main(["classify", *args]) == 0
        return json.loads(capsys.readouterr().out)

    packaged = classify()
    tried = classify("--taxonomy", str(candidate))
    assert tried["taxonomy_version"] == "plan_tasks.v99" != packaged["taxonomy_version"]
    assert z2["measures"][0]["code"] in {l["code"] for l in tried["labels"]} - {l["code"] for l in packaged["labels"]}
    monkeypatch.setenv("ZGC_TAXONOMY", str(candidate))
    assert classify() == tried
    assert main(["paths", "taxonomy"]) == 0 and capsys.readouterr().out.strip() == str(candidate)
    # a file that is not there: said, and `paths taxonomy` (a script's question) exits 2; a relative name is said to be
    # read from the current folder
    monkeypatch.setenv("ZGC_TAXONOMY", "no/such/plan_tasks.v99.json")
    assert main(["paths", "taxonomy"]) == 2
    out, err = capsys.readouterr()
    assert out.strip().endswith("no/such/plan_tasks.v99.json") and "does not exist" in err and "current folder" in err
    assert main(["paths"]) == 0 and "does not exist" in capsys.readouterr().err
    monkeypatch.setenv("ZGC_TAXONOMY", str(candidate))
    # a broken version put in use is bad input, as --taxonomy's: exit 2 naming the file, and a refresh is refused
    # before its crawl (its last line and its record, as for a bad sources file)
    raw["plans"][0]["tasks"][0]["measure"] = []   # (a misspelt key)
    broken = tmp_path / "plan_tasks.v98.json"
    raw["version"] = "plan_tasks.v98"   # (a version's file is named after it)
    broken.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setenv("ZGC_TAXONOMY", str(broken))
    monkeypatch.setattr("sys.stdin", io.StringIO(line))
    assert main(["classify"]) == 2
    assert f"bad taxonomy file (ZGC_TAXONOMY): {broken}" in capsys.readouterr().err
    monkeypatch.setenv("ZGC_WAREHOUSE_DIR", str(tmp_path / "w"))
    (tmp_path / "w" / "state").mkdir(parents=True)
    assert main(["refresh", "--offline", "--date", "2026-11-20"]) == 2
    out, err = capsys.readouterr()
    assert f"bad taxonomy file (ZGC_TAXONOMY): {broken}" in err and json.loads(out.splitlines()[-1])["exit"] == 2
    assert not (tmp_path / "w" / "raw").exists()
    assert '"refused": true' in (tmp_path / "w" / "state" / "refreshes.jsonl").read_text(encoding="utf-8")
    # a good version copied without the model files it names: refused alike, before the crawl (not a run that fails
    # in its first step)
    (tmp_path / "alone").mkdir()
    alone = tmp_path / "alone" / candidate.name
    shutil.copy(candidate, alone)
    monkeypatch.setenv("ZGC_TAXONOMY", str(alone))
    assert main(["refresh", "--offline", "--date", "2026-11-20"]) == 2
    out, err = capsys.readouterr()
    assert f"bad taxonomy file (ZGC_TAXONOMY): {alone}: relevance.model.file: " in err, err
    assert "relevance model file not found" in err and json.loads(out.splitlines()[-1])["exit"] == 2
    assert not (tmp_path / "w" / "raw").exists()
    # a version whose tasks are not those its task model was trained on: without one of them (B6), refused before the
    # crawl (the run failed in its first step); with a task the model never saw, warned of before the crawl
    plan_b = raw["plans"][1]
    dropped = plan_b["tasks"].pop()
    del raw["plans"][0]["tasks"][0]["measure"]   # (the misspelt key above mended)
    fewer = tmp_path / "plan_tasks.v97.json"
    raw["version"] = "plan_tasks.v97"   # (a version's file is named after it)
    fewer.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setenv("ZGC_TAXONOMY", str(fewer))
    assert main(["refresh", "--offline", "--date", "2026-11-20"]) == 2
    out, err = capsys.readouterr()
    assert f"bad taxonomy file (ZGC_TAXONOMY): {fewer}: task_model.file: " in err, err
    assert f"['{dropped['code']}'] are not tasks of this taxonomy" in err and json.loads(out.splitlines()[-1])["exit"] == 2
    plan_b["tasks"].append(dropped)
    new_task = json.loads(json.dumps(dropped))
    new_task.update(code="B7", measures=[])
    plan_b["tasks"].append(new_task)
    more = tmp_path / "plan_tasks.v96.json"
    raw["version"] = "plan_tasks.v96"   # (a version's file is named after it)
    more.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setenv("ZGC_TAXONOMY", str(more))
    assert main(["refresh", "--offline", "--date", "2026-11-20", "--only", "no-such-source"]) == 2   # (stops after)
    err = capsys.readouterr().err
    assert "was not trained on tasks ['B7']" in err and "--only" in err, err
    assert not (tmp_path / "w" / "raw").exists()


def test_a_reader_that_stops_early_ends_the_command_quietly(tmp_path):
    """``zgc-monitor classify < big.jsonl | head -1``: exit 141 (as a shell tool killed by SIGPIPE), no traceback."""
    import subprocess
    import sys

    line = json.dumps({"id": "x", "text": "中关村示范区发布新政策，支持科技型中小企业创新发展。" * 3}, ensure_ascii=False)
    src = tmp_path / "in.jsonl"
    src.write_text((line + "\n") * 3000, encoding="utf-8")
    with src.open("rb") as stdin:
        proc = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "classify"], stdin=stdin,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        first = proc.stdout.readline()
        proc.stdout.close()  # the reader goes away with most of the output unread
        err = proc.stderr.read().decode()
        proc.wait(timeout=120)
    assert json.loads(first)["id"] == "x"
    assert proc.returncode == 141, err
    assert "Traceback" not in err and "BrokenPipe" not in err, err


def _closed(fd: int, *args: str, env: dict | None = None):
    """The command run as a process whose standard input (0) or output (1) is closed, as `<&-` / `>&-` leave it."""
    import os
    import subprocess
    import sys

    return subprocess.run([sys.executable, "-m", "pipeline.cli", *args], stderr=subprocess.PIPE, text=True,
                          preexec_fn=lambda: os.close(fd), env=None if env is None else {**os.environ, **env})


@pytest.mark.parametrize("args", [("classify",), ("sql", "-")])
def test_a_closed_standard_input_is_named(args, isolated_env):
    proc = _closed(0, *args)
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.strip().splitlines() == [
        "zgc-monitor: standard input is closed (<&-): give the input on stdin, from a file (< FILE) or a pipe"]


@pytest.mark.parametrize("args", [("sql", "select 1"), ("digest", "--date", "2026-11-20", "--print"),
                                  ("sources", "list")])
def test_a_closed_standard_output_is_named_where_the_output_is_the_result(args, isolated_env):
    proc = _closed(1, *args)
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.strip().splitlines() == [
        f"zgc-monitor: standard output is closed (>&-): {args[0]} has nowhere to write its result; send it to a "
        "file (> FILE) or a pipe"]


def test_classify_rejects_bad_lines_naming_the_line(monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO('{"id": 1, "text": "x"}\nnot json\n'))
    assert main(["classify"]) == 2
    assert "stdin line 2" in capsys.readouterr().err


@pytest.mark.parametrize("value", ["2026-13-01", "20261120", "2026-W47-1", "2026-11-2", "2026-02-29"])
def test_bad_date_is_a_usage_error(isolated_env, capsys, value):
    """A malformed --date is refused in one line, exit 2, and a refresh's last line is its JSON, as for an
    out-of-range date (argparse's refusal printed only its usage: a scheduler reading the last line got nothing)."""
    assert main(["refresh", "--offline", "--date", value]) == 2
    out, err = capsys.readouterr()
    assert f"not a date (YYYY-MM-DD): '{value}'" in err and len(err.strip().splitlines()) == 1, err
    assert json.loads(out.strip().splitlines()[-1]) == {
        "date": value, "mode": "offline", "ok": False, "error": f"argument --date: not a date (YYYY-MM-DD): '{value}'",
        "exit": 2}
    assert not isolated_env["warehouse"].exists()
    with pytest.raises(SystemExit) as exc:   # (other commands: argparse's usage error, exit 2)
        main(["digest", "--date", value])
    assert exc.value.code == 2 and "not a date" in capsys.readouterr().err


def test_a_refresh_without_its_mode_is_refused_with_its_json_line(isolated_env, capsys):
    """`zgc-monitor refresh` alone: argparse's refusal printed only its usage, where every other refused refresh
    ends in its JSON line."""
    assert main(["refresh", "--date", "2026-11-20"]) == 2
    out, err = capsys.readouterr()
    assert "one of the arguments --offline --live is required" in err and len(err.strip().splitlines()) == 1, err
    assert json.loads(out.strip().splitlines()[-1]) == {
        "date": "2026-11-20", "mode": None, "ok": False, "exit": 2,
        "error": "one of the arguments --offline --live is required (--live reads the sites, --offline the bundled "
                 "archive)"}
    assert not isolated_env["warehouse"].exists()
    # a malformed date, where the warehouse exists, is recorded under today's day with the date as asked
    (isolated_env["warehouse"] / "state").mkdir(parents=True)
    assert main(["refresh", "--offline", "--date", "tomorrow"]) == 2
    (line,) = [json.loads(l) for l in (isolated_env["warehouse"] / "state" / "refreshes.jsonl").read_text().splitlines()]
    assert (line["date_asked"], line["refused"], line["exit"]) == ("tomorrow", True, 2)


@pytest.mark.parametrize("argv, env, says", [
    (["--date", "2019-01-01"], {}, "--date 2019-01-01 is outside the daily partitions (2021-01-01"),
    (["--date", "2099-01-01"], {}, "outside the daily partitions"),
    (["--only", "gmw,nosuch"], {}, "--only: unknown source(s) nosuch; known: "),
    ([], {"ZGC_SOURCES": "/nonexistent/sources.toml"}, "/nonexistent/sources.toml"),
])
def test_refresh_refuses_bad_arguments_in_one_line_before_starting(isolated_env, monkeypatch, capsys, argv, env, says):
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    assert main(["refresh", "--offline", *argv]) == 2
    err = capsys.readouterr().err
    assert says in err and len(err.strip().splitlines()) == 1, err
    assert not isolated_env["warehouse"].exists()


@pytest.mark.parametrize("argv, mode, says", [
    (["--offline", "--wait", "-5"], "offline", "argument --wait: not a number of seconds >= 0: '-5'"),
    (["--live", "--wait", "abc"], "live", "argument --wait: not a number of seconds >= 0: 'abc'"),
    (["--offline", "--live"], None, "argument --live: not allowed with argument --offline"),
    (["--offline", "--bogus"], "offline", "unrecognized arguments: --bogus"),
])
def test_a_refresh_refused_for_its_arguments_ends_in_its_json_line_and_is_recorded(isolated_env, capsys, argv, mode,
                                                                                  says):
    """argparse's refusals printed their usage alone: no JSON last line for the scheduler, nothing in the attempts
    file for `status` (which said OK after a cron line with a typo)."""
    from pipeline.cli import status_report
    from pipeline.warehouse import Warehouse

    (isolated_env["warehouse"] / "state").mkdir(parents=True)   # (a warehouse a refresh has run in)
    with pytest.raises(SystemExit) as exc:
        main(["refresh", "--date", "2026-11-20", *argv])
    out, err = capsys.readouterr()
    assert exc.value.code == 2
    assert err == f"zgc-monitor: {says} (see zgc-monitor refresh --help)\n"
    assert json.loads(out.strip().splitlines()[-1]) == {"date": "2026-11-20", "mode": mode, "ok": False, "error": says,
                                                        "exit": 2}
    (line,) = [json.loads(l) for l in (isolated_env["warehouse"] / "state" / "refreshes.jsonl").read_text().splitlines()]
    assert (line["date"], line["mode"], line["refused"], line["error"], line["exit"]) == ("2026-11-20", mode, True,
                                                                                         says, 2)
    assert status_report(Warehouse(), None, 24.0)["last_attempt"]["error"] == says   # (what status warns of)


def test_a_failed_step_is_named_with_its_cause(isolated_env, capsys):
    """The crawl's list of pages seen cannot be written (a folder stands at its name): the run fails in its first
    step, and the one line says which and why; the archive folder a file, or the day's archive folder one (a
    `raw/<day>/` restored with the wrong owner or mounted read-only failed the crawl at its first record, the
    cause deep in the crawl's log), is refused before the run, naming it."""
    import shutil

    (isolated_env["warehouse"] / "state" / "seen_urls.txt").mkdir(parents=True)
    assert main(["refresh", "--offline", "--date", "2026-11-20"]) == 1
    last = capsys.readouterr().err.strip().splitlines()[-1]
    assert last.startswith("zgc-monitor: refresh of 2026-11-20 failed: step raw_pages: ") and "seen_urls" in last, last
    assert "(writing the crawl's list of pages for it)" in last, last
    (isolated_env["warehouse"] / "state" / "seen_urls.txt").rmdir()
    (isolated_env["warehouse"] / "raw").mkdir(parents=True, exist_ok=True)
    (isolated_env["warehouse"] / "raw" / "2026-11-21").write_bytes(b"not a folder")
    assert main(["refresh", "--offline", "--date", "2026-11-21"]) == 1
    out, err = capsys.readouterr()
    said = f"the warehouse folder {isolated_env['warehouse'] / 'raw' / '2026-11-21'} cannot be written"
    assert said in err.strip().splitlines()[-1] and said in json.loads(out.strip().splitlines()[-1])["error"]
    assert not (isolated_env["warehouse"] / "state" / "crawl" / "2026-11-21").exists()   # (nothing crawled)
    shutil.rmtree(isolated_env["warehouse"] / "raw")
    (isolated_env["warehouse"] / "raw").write_bytes(b"not a folder")
    assert main(["refresh", "--offline", "--date", "2026-11-20"]) == 1
    last = capsys.readouterr().err.strip().splitlines()[-1]
    assert f"the warehouse folder {isolated_env['warehouse'] / 'raw'} cannot be written" in last, last


def test_a_damaged_working_database_is_named_before_the_crawl(isolated_env, capsys):
    """A damaged working database: found by the taxonomy check before anything is crawled, with the way out."""
    state = isolated_env["warehouse"] / "state"
    state.mkdir(parents=True)
    (state / "work.duckdb").write_bytes(b"not a database at all")
    assert main(["refresh", "--offline", "--date", "2026-11-20"]) == 1
    err = capsys.readouterr().err
    assert "work.duckdb cannot be opened" in err.strip().splitlines()[-1] and "move it aside" in err
    assert "crawling" not in err and not (isolated_env["warehouse"] / "raw" / "2026-11-20").exists()


def test_unwritable_warehouse_and_damaged_snapshot_are_one_line_errors(isolated_env, monkeypatch, tmp_path, capsys):
    afile = tmp_path / "afile"
    afile.write_text("x")
    monkeypatch.setenv("ZGC_WAREHOUSE_DIR", str(afile / "warehouse"))
    assert main(["refresh", "--offline", "--date", "2026-11-20"]) == 1
    err = capsys.readouterr().err
    assert "Not a directory" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    isolated_env["warehouse"].mkdir()
    (isolated_env["warehouse"] / "zgc.duckdb").write_bytes(b"garbled")
    monkeypatch.setenv("ZGC_WAREHOUSE_DIR", str(isolated_env["warehouse"]))
    for argv in (["sql", "SELECT 1"], ["digest", "--date", "2026-11-20"]):
        assert main(argv) == 1
        err = capsys.readouterr().err
        assert "cannot open the published warehouse" in err and len(err.strip().splitlines()) == 1, err


def test_a_run_waits_for_another_runs_crawl_and_leaves_it_alone(isolated_env, monkeypatch, capsys):
    """While another run holds the crawler (a Dagster run beside this refresh), this run waits for it; when the
    wait runs out it fails naming why, and has neither started nor marked interrupted any crawl."""
    from pipeline import warehouse as wh
    from pipeline.defs import assets

    monkeypatch.setattr(assets, "CRAWL_LOCK_WAIT", 0.5)
    store = wh.Warehouse()
    with wh.file_lock(store.state_dir / "crawl.lock", what="the crawler"):
        assert main(["refresh", "--offline", "--date", "2026-11-20"]) == 1
    last = capsys.readouterr().err.strip().splitlines()[-1]
    assert "step raw_pages: the crawler is held by another process" in last, last
    # nothing crawled, recorded or archived while the other run held the crawler
    assert not store.work_db.exists() and not list(store.raw_dir.glob("**/*.warc.gz"))


def test_queries_before_any_refresh_say_what_to_do(isolated_env, capsys):
    assert main(["sql", "SELECT 1"]) == 1
    assert "run `zgc-monitor refresh --offline` first" in capsys.readouterr().err


def test_refresh_with_a_bad_sources_file_fails_before_touching_anything(isolated_env, tmp_path, capsys):
    bad = tmp_path / "s.toml"
    bad.write_text("[[source]]\nname = 'x'\n", encoding="utf-8")
    assert main(["refresh", "--offline", "--sources", str(bad)]) == 2
    assert "s.toml" in capsys.readouterr().err
    assert not isolated_env["warehouse"].exists()


def test_refresh_while_another_holds_the_lock_exits_75(isolated_env, capsys):
    from pipeline.warehouse import Warehouse

    with Warehouse().refresh_lock():
        assert main(["refresh", "--offline", "--date", "2026-11-20"]) == 75
    out, err = capsys.readouterr()
    assert "another refresh is running" in err
    said = json.loads(out.strip().splitlines()[-1])   # (the last line a scheduler reads)
    assert said["ok"] is False and said["exit"] == 75 and "another refresh is running" in said["error"]


def test_damaged_relevance_model_is_a_one_line_error(tmp_path, monkeypatch, capsys):
    import shutil

    from pipeline import taxonomy

    tax = tmp_path / taxonomy.DEFAULT_TAXONOMY_PATH.name
    shutil.copy(taxonomy.DEFAULT_TAXONOMY_PATH, tax)
    model = json.loads(tax.read_text(encoding="utf-8"))["relevance"]["model"]["file"]
    (tmp_path / model).write_text('{"format": "zgc-relevance-model/1", "intercept": 0', encoding="utf-8")  # cut short
    monkeypatch.setattr(taxonomy, "DEFAULT_TAXONOMY_PATH", tax)
    monkeypatch.setattr("sys.stdin", io.StringIO('{"id": "a", "text": "中关村"}\n'))
    assert main(["classify"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and model in err and "not valid JSON" in err


# -- bad input to extract and classify: one clear line, the right exit code, never a traceback ----------------
def _stdin_bytes(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


@pytest.mark.parametrize("value", ["2", "-0.1", "nan", "abc"])
def test_classify_threshold_outside_0_1_is_bad_usage(value, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["classify", "--threshold", value])
    assert exc.value.code == 2 and "threshold in [0, 1]" in capsys.readouterr().err


@pytest.mark.parametrize("data, message", [
    (b'{"id": 1, "text": "caf\xe9 Zhongguancun"}\n', "stdin line 1: not valid UTF-8"),
    (b'{"id": 1, "text": "\\udce9 \xe4\xb8\xad\xe5\x85\xb3\xe6\x9d\x91"}\n', "'text' holds a lone surrogate"),
    (b'{"id": 1, "text": "x", "title": 123}\n', "'title' must be a string"),
    (b'{"id": NaN, "text": "x"}\n', "NaN is not a JSON value"),
    (b'{"id": 1, "text": "x"}\n{"id": 2, "text": "y", "title": ["a"]}\n', "stdin line 2: 'title' must be a string"),
])
def test_classify_rejects_input_that_is_not_text_with_the_line_named(monkeypatch, capsys, data, message):
    _stdin_bytes(monkeypatch, data)
    assert main(["classify"]) == 2
    assert message in capsys.readouterr().err


def test_classify_reads_past_a_byte_order_mark(monkeypatch, capsys):
    """Files saved by Notepad or Excel open with a UTF-8 BOM: refused before ('Unexpected UTF-8 BOM', exit 2)."""
    data = '\ufeff{"id": 1, "text": "中关村管委会发布新一批概念验证中心名单。"}\n{"id": 2, "text": "x"}\n'.encode("utf-8")
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    assert main(["classify"]) == 0
    assert [json.loads(line)["id"] for line in capsys.readouterr().out.splitlines()] == [1, 2]
    monkeypatch.setattr("sys.stdin", io.StringIO(data.decode("utf-8")))   # (no .buffer: the text-stream path)
    assert main(["classify"]) == 0
    assert [json.loads(line)["id"] for line in capsys.readouterr().out.splitlines()] == [1, 2]


def test_extract_bad_url_is_bad_usage(tmp_path, capsys):
    page = tmp_path / "p.html"
    page.write_text("<html><body><p>x</p></body></html>", encoding="utf-8")
    assert main(["extract", "--url", "http://[::1", str(page)]) == 2
    assert "--url 'http://[::1' is not a URL" in capsys.readouterr().err
    for odd in ("javascript:alert(1)", "file:///etc/passwd", "news.example.cn/a.html"):
        assert main(["extract", "--url", odd, str(page)]) == 2
        assert f"--url {odd!r} is not an http(s) URL" in capsys.readouterr().err


def test_extract_reads_gzipped_pages_and_refuses_huge_files_without_reading_them(tmp_path, capsys):
    import gzip

    seed = next(e for e in EXPECTED if e.get("seed") == "001")
    page = (ARCHIVE_DIR / MANIFEST[seed["url"]]["file"]).read_bytes()
    gz = tmp_path / "page.html.gz"
    gz.write_bytes(gzip.compress(page))
    huge = tmp_path / "huge.html"
    with open(huge, "wb") as fh:  # sparse: 4 GB on paper, nothing on disk; only 10 MB + 1 byte are read
        fh.truncate(4 * 1024 ** 3)
    deep = tmp_path / "deep.html"
    deep.write_text("<html><body>" + "<div>" * 1000 + "<p>" + "中关村科技园区发布新政策，支持企业创新。" * 10
                    + "</p>" + "</div>" * 1000 + "</body></html>", encoding="utf-8")
    assert main(["extract", "--url", seed["url"], str(gz), str(huge), str(deep)]) == 1
    ok, too_large, too_deep = [json.loads(l) for l in capsys.readouterr().out.splitlines()]
    assert all(p in ok["text"] for p in seed["must_contain"])
    assert "page too large" in too_large["error"]
    assert "nests deeper than 255 elements" in too_deep["error"]


def test_extract_applies_the_hints_of_the_source_that_owns_the_url(tmp_path, capsys):
    """--url picks the registry source (here from --sources) whose hints and charset a refresh would use."""
    sources = tmp_path / "sources.toml"
    sources.write_text("[[source]]\nname = 'tw'\ndomains = ['news.example.tw']\n"
                       "entry_points = ['https://news.example.tw/']\narticle_patterns = ['/a/']\ncharset = 'big5'\n"
                       "[source.hints]\ndrop = ['div.box2']\n", encoding="utf-8")
    body = ("<html><head><title>中關村園區</title></head><body><article><p>中關村科技園區管理委員會今天發佈通知，"
            "歡迎各界人士參加創新大會，共同推動科技創新。</p><div class='box2'><p>記者在現場看到，園區內的企業正在加緊研發"
            "新產品，部分企業已經投入量產。</p></div></article></body></html>").encode("big5")
    page = tmp_path / "a.html"
    page.write_bytes(body)   # no charset declared anywhere: a short Big5 page is easily misread
    url = "https://news.example.tw/a/1.html"
    assert main(["extract", "--url", url, "--sources", str(sources), str(page)]) == 0
    hinted = json.loads(capsys.readouterr().out)
    assert hinted["source"] == "tw" and "中關村科技園區管理委員會" in hinted["text"] and "記者在現場看到" not in hinted["text"]
    main(["extract", "--url", url, str(page)])   # the bundled registry has no such source: no hints
    plain = json.loads(capsys.readouterr().out)
    assert plain.get("source") is None and "記者在現場看到" in plain["text"]
    assert main(["extract", "--sources", str(sources), str(page)]) == 2   # hints need --url to pick a source


def test_extract_warns_of_a_url_no_source_owns_and_of_a_body_selector_that_matched_nothing(tmp_path, capsys,
                                                                                          caplog):
    """Trying a hint on a saved page: a typo in --url's host, or a body_selector the page does not have, used to
    read the page without the hint and say nothing, so the hint seemed not to work."""
    sources = tmp_path / "sources.toml"
    sources.write_text("[[source]]\nname = 'obs'\ndomains = ['obs.example.cn']\n"
                       "entry_points = ['https://obs.example.cn/']\narticle_patterns = ['/n/']\n"
                       "[source.hints]\nbody_selector = 'div.wz_content'\n", encoding="utf-8")
    page = tmp_path / "a.html"
    page.write_text("<html><head><meta charset='utf-8'><title>中关村</title></head><body><div class='wz-content'>"
                    "<p>中关村科技园区管理委员会今天发布通知，欢迎各界人士参加创新大会，共同推动科技创新。</p>"
                    "<p>园区内的企业正在加紧研发新产品，部分企业已经投入量产，创新生态不断完善。</p></div></body></html>",
                    encoding="utf-8")
    with caplog.at_level("WARNING"):
        assert main(["extract", "--url", "https://obs.example.cn/n/1.html", "--sources", str(sources), str(page)]) == 0
    assert json.loads(capsys.readouterr().out)["source"] == "obs"
    assert "the body_selector 'div.wz_content' of source obs matched nothing" in caplog.text
    caplog.clear()
    with caplog.at_level("WARNING"):
        assert main(["extract", "--url", "https://obx.example.cn/n/1.html", "--sources", str(sources), str(page)]) == 0
    assert json.loads(capsys.readouterr().out)["source"] is None
    assert f"no source in {sources} owns https://obx.example.cn/n/1.html" in caplog.text
    assert "body_selector" not in caplog.text
    # a drop selector the page does not have (a typo) is said too: it dropped nothing, without a word
    sources.write_text("[[source]]\nname = 'obs'\ndomains = ['obs.example.cn']\n"
                       "entry_points = ['https://obs.example.cn/']\narticle_patterns = ['/n/']\n"
                       "[source.hints]\ndrop = ['div.box8', 'div.wz-content p:first-child']\n", encoding="utf-8")
    caplog.clear()
    with caplog.at_level("WARNING"):
        assert main(["extract", "--url", "https://obs.example.cn/n/1.html", "--sources", str(sources), str(page)]) == 0
    assert "科技创新" not in json.loads(capsys.readouterr().out)["text"]   # (the matching selector dropped its paragraph)
    assert "the drop selector(s) 'div.box8' of source obs matched nothing on this page" in caplog.text


def test_extract_says_when_a_gzip_file_is_damaged(tmp_path, capsys):
    bad = tmp_path / "bad.html.gz"
    bad.write_bytes(b"\x1f\x8b\x08\x00garbage")
    assert main(["extract", str(bad)]) == 1
    assert "not a readable gzip file" in json.loads(capsys.readouterr().out)["error"]


def test_quiet_and_verbose_go_before_or_after_the_command(capsys):
    from pipeline.cli import build_parser

    parser = build_parser()
    assert parser.parse_args(["refresh", "--offline", "-q"]).quiet
    assert parser.parse_args(["-q", "refresh", "--offline"]).quiet
    assert parser.parse_args(["sql", "SELECT 1", "--verbose"]).verbose
    with pytest.raises(SystemExit) as exc:
        main(["-v", "sql", "SELECT 1", "-q"])
    assert exc.value.code == 2 and "contradict" in capsys.readouterr().err


def test_an_unexpected_error_is_one_line_and_exit_1(monkeypatch, capsys):
    """Whatever fails (a database error, a bug), a scheduler gets exit 1 and one line, not a traceback."""
    import duckdb

    import pipeline.cli as cli

    for exc in (duckdb.IOException("Could not read from file \"x.duckdb\": Input/output error"),
                RuntimeError("something nobody foresaw\nsecond line")):
        def boom(args, exc=exc):
            raise exc
        monkeypatch.setattr(cli, "cmd_paths", boom)
        assert main(["paths"]) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and err.startswith("zgc-monitor: ") and str(exc).splitlines()[0] in err


@pytest.mark.parametrize("value", ["-1", "0", "nan", "inf", "1e9", "soon"])
def test_sources_check_refuses_a_timeout_that_is_no_timeout(value, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["sources", "check", "--timeout", value])
    assert exc.value.code == 2 and "not a timeout in seconds" in capsys.readouterr().err


def test_a_refresh_is_recorded_on_its_own_line_after_one_a_full_disk_cut_short(tmp_path):
    """The attempts file's last line cut short (a full disk): the next record went onto the same line, and status,
    which skips a damaged line, never saw that refresh (a refusal after the disk was freed read as all well)."""
    from datetime import date, datetime, timezone

    from pipeline.cli import ATTEMPTS_FILE, _attempts, _record_attempt
    from pipeline.warehouse import Warehouse

    store = Warehouse(tmp_path)
    store.state_dir.mkdir(parents=True)
    (store.state_dir / ATTEMPTS_FILE).write_text('{"date": "2026-11-20", "ok": true}\n{"date": "2026-11-21", "mo',
                                                 encoding="utf-8")
    _record_attempt(store, date(2026, 11, 22), "live", datetime.now(timezone.utc), ok=False, refused=True,
                    error="bad sources file", exit=2)
    assert [(a["date"], a["ok"]) for a in _attempts(store)] == [("2026-11-20", True), ("2026-11-22", False)]
    _record_attempt(store, date(2026, 11, 23), "live", datetime.now(timezone.utc), ok=True)
    assert [a["date"] for a in _attempts(store)] == ["2026-11-20", "2026-11-22", "2026-11-23"]


def test_an_error_an_interruption_caused_is_said_as_the_interruption_alone(monkeypatch, capsys):
    """SIGTERM during a long `sql` query: DuckDB stops it with a RuntimeError ("Query interrupted"), which came out as
    "unexpected error: RuntimeError: Query interrupted" beside "interrupted by SIGTERM" (a security reviewer's second
    pass). The command's failure after a signal is the interruption: exit 130, one line. (The signal is recorded as
    the handler records it: a real one's timing against DuckDB's checks made a subprocess test flaky.)"""
    import signal

    from pipeline import cli

    def interrupted_query(args):
        cli._SIGNALLED.append(signal.SIGTERM)
        raise RuntimeError("Query interrupted")

    monkeypatch.setattr(cli, "cmd_sql", interrupted_query)
    assert main(["sql", "SELECT 1"]) == 130
    assert capsys.readouterr().err.strip() == "zgc-monitor: interrupted by SIGTERM"


@pytest.mark.parametrize("argv, fmt, says", [
    (["--due", "25:00"], "json", "argument --due: not a time of day HH:MM: '25:00'"),
    (["--format", "nagios", "--max-age", "-1"], "nagios", "argument --max-age: "),
    (["--format=nagios", "--bogus"], "nagios", "unrecognized arguments: --bogus"),
    (["--format", "prometheus", "--date", "tomorrow"], "prometheus", "argument --date: not a date (YYYY-MM-DD)"),
    (["--format", "xml"], "json", "argument --format: invalid choice: 'xml'"),
])
def test_status_with_bad_arguments_is_a_plugins_unknown_in_the_format_asked(isolated_env, capsys, argv, fmt, says):
    """A typo in a check's configuration: argparse's exit 2 read as CRITICAL to Nagios (an outage paged), and a
    Prometheus textfile got nothing. Now UNKNOWN (3), said in the format asked for; prometheus exits 0 as its every
    reading does, zgc_status 3 saying it."""
    with pytest.raises(SystemExit) as exc:
        main(["status", *argv])
    out, err = capsys.readouterr()
    assert says in err and len(err.strip().splitlines()) == 1, err
    if fmt == "nagios":
        assert exc.value.code == 3 and out.startswith("ZGC UNKNOWN - bad arguments: ") and says in out
    elif fmt == "prometheus":
        assert exc.value.code == 0 and out.strip().splitlines()[-1] == "zgc_status 3"
    else:
        report = json.loads(out)
        assert exc.value.code == 3 and report["status"] == "unknown" and says in report["problems"][0]
    assert not isolated_env["warehouse"].exists()


def test_a_warehouse_folder_that_cannot_be_made_is_named(tmp_path, monkeypatch, capsys):
    """Under a file (or a read-only mount) the warehouse folder cannot be made: the bare OS error named neither the
    warehouse nor what to do."""
    (tmp_path / "afile").write_text("x")
    monkeypatch.setenv("ZGC_WAREHOUSE_DIR", str(tmp_path / "afile" / "wh"))
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "dh"))
    assert main(["refresh", "--offline"]) == 1
    out, err = capsys.readouterr()
    said = json.loads(out.strip().splitlines()[-1])["error"]
    assert said.startswith(f"the warehouse folder {tmp_path / 'afile' / 'wh'} cannot be made (") and said in err
    assert "nothing was changed; make its parent writable, or point ZGC_WAREHOUSE_DIR elsewhere" in said
    assert (tmp_path / "afile").read_text() == "x"


@pytest.mark.parametrize("under", [False, True])
def test_a_dagster_home_that_is_a_file_is_named(tmp_path, monkeypatch, capsys, under):
    """DAGSTER_HOME naming a file (or a folder under one) was said as the bare "[Errno 17] File exists: '…'", by a
    refresh (and in the attempts file status reads), `paths` and `prune`: now one line naming DAGSTER_HOME and the
    file in the way, exit 1, as for a folder that cannot be written."""
    (tmp_path / "afile").write_text("x")
    home = tmp_path / "afile" / "dh" if under else tmp_path / "afile"
    monkeypatch.setenv("ZGC_WAREHOUSE_DIR", str(tmp_path / "wh"))
    monkeypatch.setenv("DAGSTER_HOME", str(home))
    says = (f"the Dagster instance folder (DAGSTER_HOME, {home}) cannot be made: {tmp_path / 'afile'} is not a "
            "folder; set DAGSTER_HOME to a folder this user can write")
    assert main(["refresh", "--offline", "--date", "2026-11-20"]) == 1
    out, err = capsys.readouterr()
    assert json.loads(out.strip().splitlines()[-1])["error"] == says and err.strip().splitlines()[-1] == f"zgc-monitor: {says}"
    assert main(["paths"]) == 1
    assert capsys.readouterr().err == f"zgc-monitor: {says}\n"
    assert (tmp_path / "afile").read_text() == "x"
    # (a folder this user cannot write: `paths`, which makes it ready, said Python's bare PermissionError)
    if not under:
        import pipeline.cli as cli

        def refused(path, data):
            raise PermissionError(13, "Permission denied", str(path))

        monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "dh"))
        monkeypatch.setattr(cli, "write_whole", refused)
        assert main(["paths"]) == 1
        assert capsys.readouterr().err == (f"zgc-monitor: the Dagster instance folder (DAGSTER_HOME, {tmp_path / 'dh'}) "
                                           f"cannot be written: Permission denied: {tmp_path / 'dh' / 'dagster.yaml'}; "
                                           "set DAGSTER_HOME to a folder this user can write\n")


def test_a_refresh_that_waits_for_the_lock_says_so_and_how_long_it_waited(isolated_env, capsys):
    """`--wait 30` sat silent while a backup's flock held the lock, and the refusal after a wait read as one with no
    wait at all."""
    import fcntl

    state = isolated_env["warehouse"] / "state"
    state.mkdir(parents=True)
    with open(state / "refresh.lock", "a+") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        assert main(["refresh", "--offline", "--date", "2026-11-20", "--wait", "0.3"]) == 75
        err = capsys.readouterr().err
        assert err.startswith("zgc-monitor: waiting up to 0.3 s for the refresh lock, held by another process (")
        assert "(waited 0.3 s)" in err.strip().splitlines()[-1]
        assert main(["-q", "refresh", "--offline", "--date", "2026-11-20", "--wait", "0.3"]) == 75
        assert "waiting up to" not in capsys.readouterr().err   # (-q: warnings and errors only)


def test_status_warns_when_it_cannot_see_the_dagster_runs_the_refreshes_made(isolated_env, capsys, monkeypatch):
    """status run with another DAGSTER_HOME than the refreshes' (a cron or monitoring user's environment: an empty
    folder, one that does not exist) saw no Dagster run and said OK, though a refresh run that failed, was canceled or
    was killed is what it checks for: now a warning names the folder (exit 1), and makes nothing there; so does an
    instance it cannot read (as a user who may only read it: SQLite's refusal stood in for)."""
    import sqlite3

    from dagster import DagsterInstance

    day = "2026-11-20"
    assert main(["-q", "refresh", "--offline", "--date", day, "--only", "chinanews"]) == 0
    capsys.readouterr()

    def status() -> tuple[int, dict]:
        code = main(["status", "--date", day])
        return code, json.loads(capsys.readouterr().out)

    code, report = status()
    assert code == 0 and report["warnings"] == [], report["warnings"]
    empty, missing = isolated_env["dagster_home"].parent / "empty", isolated_env["dagster_home"].parent / "missing"
    empty.mkdir()
    for home in (empty, missing):
        monkeypatch.setenv("DAGSTER_HOME", str(home))
        code, report = status()
        (said,) = [w for w in report["warnings"] if w.startswith("Dagster's runs could not be checked")]
        assert code == 1 and report["status"] == "warning"
        assert f"the Dagster instance folder {home} (DAGSTER_HOME) holds no run history" in said, said
    assert list(empty.iterdir()) == [] and not missing.exists()

    monkeypatch.setenv("DAGSTER_HOME", str(isolated_env["dagster_home"]))
    # a run of Dagster's own schedule that failed, which only the instance knows of
    from tests.conftest import run_failed_schedule

    with DagsterInstance.from_config(str(isolated_env["dagster_home"])) as instance:
        run_failed_schedule(instance, day, isolated_env["warehouse"])
    code, report = status()
    assert code == 1 and report["dagster_runs"][0]["error"].endswith("RuntimeError: no source answered")

    def read_only(*args, **kwargs):
        raise sqlite3.OperationalError("attempt to write a readonly database")

    # as a user who may only read the instance (SQLite's refusal of Dagster's own opening stood in for), the runs are
    # read as a prune dry run reads them: the failed run is seen, its error is not (its event log is not read)
    monkeypatch.setattr(DagsterInstance, "from_config", read_only)
    code, report = status()
    assert not [w for w in report["warnings"] if w.startswith("Dagster's runs could not be checked")], report
    (run,) = report["dagster_runs"]
    assert code == 1 and run["status"] == "failed" and run["job"] == "daily_refresh"
    assert run["error"] == "failed (its error is in the run's event log, which this user may not open)"
    # a run storage with writes not yet checkpointed (a refresh writing now) cannot be read so: then it is said
    wal = isolated_env["dagster_home"] / "history" / "runs.db-wal"
    wal.write_bytes(b"\0" * 64)
    code, report = status()
    (said,) = [w for w in report["warnings"] if w.startswith("Dagster's runs could not be checked")]
    assert code == 1 and f"Dagster instance in {isolated_env['dagster_home']} (DAGSTER_HOME) cannot be read" in said
    assert "attempt to write a readonly database" in said, said


@pytest.mark.parametrize("sig", ["SIGTERM", "SIGINT"])
def test_a_refresh_interrupted_inside_a_dagster_step_names_the_signal(isolated_env, capsys, monkeypatch, sig):
    """A signal that lands while a refresh's steps run is taken by Dagster's own handler (it maps SIGTERM to its SIGINT
    handler and raises DagsterExecutionInterruptedError in the step, recording no number), not by the CLI's: the
    refresh said "interrupted", without "by SIGTERM", on standard error, in its JSON line and in the attempts file,
    as often as not.  Now the signal is named whichever handler took it.  (A one-step run stands in for the refresh's
    steps, the signal sent by its step to its own process.)"""
    import os
    import signal
    import time

    from dagster import DagsterInstance, asset, materialize

    import pipeline.cli as cli

    @asset
    def step():
        os.kill(os.getpid(), getattr(signal, sig))
        time.sleep(5)   # (the handler raises in the step at once)

    def one_step(day, store, mode, args):
        return materialize([step], instance=DagsterInstance.get(), raise_on_error=False)

    monkeypatch.setattr(cli, "_materialize", one_step)
    handlers = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM)}
    assert main(["refresh", "--offline", "--date", "2026-11-20"]) == 130
    out, err = capsys.readouterr()
    assert err.strip().splitlines()[-1] == (f"zgc-monitor: interrupted by {sig}; what was stored is kept (a refresh "
                                            "run again resumes its crawl)"), err[-2000:]
    assert json.loads(out.strip().splitlines()[-1]) == {"date": "2026-11-20", "mode": "offline", "ok": False,
                                                         "error": f"interrupted by {sig}", "exit": 130}
    (line,) = [json.loads(l) for l in (isolated_env["warehouse"] / "state" / "refreshes.jsonl").read_text().splitlines()]
    assert line["error"] == f"interrupted by {sig}"
    # (the handlers and the wakeup descriptor are given back)
    assert {s: signal.getsignal(s) for s in handlers} == handlers and signal.set_wakeup_fd(-1) == -1
