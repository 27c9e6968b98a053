"""A crawl process that dies before its logging is set up (an import that fails, as with a Scrapy release too old for
the spiders): the refresh said only "crawl exited with code 1".  Now its error names the exception the crawl died of,
and its -v log shows the crawl's last lines (the traceback).  The crash is a real one: the crawl process finds, first
on its PYTHONPATH, a ``scrapy`` package whose import raises."""

from __future__ import annotations

import json

from pipeline.cli import main

DAY = "2026-11-20"
MESSAGE = "cannot import name '_schedule_coro' from 'scrapy.utils.defer' (this test's stand-in for scrapy)"
RAISED = f"ImportError: {MESSAGE}"


def test_a_crawl_that_dies_at_its_start_fails_the_refresh_naming_what_it_raised(isolated_env, tmp_path, monkeypatch,
                                                                              capsys):
    shim = tmp_path / "shim"
    (shim / "scrapy").mkdir(parents=True)
    (shim / "scrapy" / "__init__.py").write_text(f"raise ImportError({MESSAGE!r})\n", encoding="utf-8")
    monkeypatch.setenv("PYTHONPATH", str(shim))   # the crawl's own environment; this process has scrapy already

    code = main(["-v", "refresh", "--offline", "--date", DAY])
    out, err = capsys.readouterr()
    assert code == 1, out[-3000:]
    said = json.loads(out.strip().splitlines()[-1])
    assert said["ok"] is False
    assert "crawl exited with code 1" in said["error"] and RAISED in said["error"], said["error"]
    # the whole tail in the -v log: the traceback down to the shim's line that raised
    tail = err[err.index("the crawl's last lines:"):]
    assert "Traceback (most recent call last):" in tail
    assert f'File "{shim / "scrapy" / "__init__.py"}", line 1' in tail and RAISED in tail



def test_a_crawl_killed_by_a_signal_fails_the_refresh_naming_the_signal(isolated_env, tmp_path, monkeypatch, capsys):
    """A crawl process killed from outside (the OOM killer, kill -9): the refresh said "crawl exited with code -9".
    It names the signal now.  The kill is real: the crawl process's ``scrapy`` stand-in sends SIGKILL to its own
    process."""
    shim = tmp_path / "shim"
    (shim / "scrapy").mkdir(parents=True)
    (shim / "scrapy" / "__init__.py").write_text("import os, signal\nos.kill(os.getpid(), signal.SIGKILL)\n",
                                                 encoding="utf-8")
    monkeypatch.setenv("PYTHONPATH", str(shim))

    code = main(["-q", "refresh", "--offline", "--date", DAY])
    said = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert code == 1 and said["ok"] is False
    assert said["error"].startswith("step raw_pages: crawl was killed by signal 9 (SIGKILL: killed from outside, by "
                                    "the OOM killer or an operator's kill -9); 0 responses were archived"), said["error"]
