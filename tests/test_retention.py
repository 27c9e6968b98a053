"""`zgc-monitor prune`: a real offline refresh of one source, then its archive, crawl state and Dagster run
pruned, with the warehouse's articles, the digest and the refusal of `reprocess` checked after."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import duckdb
import pytest

import pipeline.cli as cli
import pipeline.retention as retention
from pipeline.warehouse import Warehouse
from tests.conftest import database_open_elsewhere, held_elsewhere, module_env

DAY = date(2026, 11, 10)
pytestmark = pytest.mark.e2e


def _made(store: Warehouse) -> Warehouse:
    """*store* with its working database, as a refresh leaves it (prune and reprocess refuse a folder without one)."""
    with store.writer():
        pass
    return store


def _run(capsys, *argv, today: date | None = None, monkeypatch=None) -> tuple[int, str, str]:
    if today is not None:
        monkeypatch.setattr(cli, "_today", lambda: today)
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _articles(root: Path) -> list[tuple]:
    con = duckdb.connect(str(root / "zgc.duckdb"), read_only=True)
    try:
        return con.execute("SELECT id, first_seen, text FROM articles ORDER BY id").fetchall()
    finally:
        con.close()


def _check_rows(root: Path, run_id: str) -> int:
    import sqlite3

    con = sqlite3.connect(root / "dagster_home" / "history" / "runs" / "index.db")
    try:
        return con.execute("SELECT count(*) FROM asset_check_executions WHERE run_id = ?", [run_id]).fetchone()[0]
    finally:
        con.close()


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory):
    with module_env(tmp_path_factory.mktemp("prune")) as root:
        assert cli.main(["-q", "refresh", "--offline", "--date", DAY.isoformat(), "--only", "chinanews"]) == 0
        yield root


def test_prune_removes_old_archives_and_runs_but_keeps_the_warehouse(refreshed, capsys, monkeypatch):
    from dagster import DagsterInstance

    wh = refreshed / "warehouse"
    day_dir = wh / "raw" / DAY.isoformat()
    assert any(day_dir.glob("*.warc.gz"))
    (wh / "raw" / "notes").mkdir()  # not a day: never touched
    articles = _articles(wh)
    assert articles
    runs = DagsterInstance.get().get_run_ids()
    assert len(runs) == 1
    checks = _check_rows(refreshed, runs[0])
    assert checks > 0   # the refresh's asset checks
    run_files = [refreshed / "dagster_home" / "history" / "runs" / f"{runs[0]}.db",
                 refreshed / "dagster_home" / "storage" / runs[0]]
    assert all(p.exists() for p in run_files)

    # kept: a window that still holds the day
    code, out, _ = _run(capsys, "prune", "--keep-days", "11", today=DAY + timedelta(days=10), monkeypatch=monkeypatch)
    assert code == 0 and json.loads(out)["archive_days"] == [] and day_dir.is_dir()

    later = DAY + timedelta(days=40)
    code, out, _ = _run(capsys, "prune", "--keep-days", "30", "--dry-run", today=later, monkeypatch=monkeypatch)
    said = json.loads(out)
    assert code == 0 and said["dry_run"] and said["archive_days"] == [DAY.isoformat()] and said["dagster_runs"] == 0
    assert said["bytes_freed"] > 0 and day_dir.is_dir()  # a dry run removes nothing
    # the run was created today (the machine's clock), not on DAY: it is younger than the window
    code, out, _ = _run(capsys, "prune", "--keep-days", "30", today=later, monkeypatch=monkeypatch)
    assert code == 0 and not day_dir.exists() and (wh / "raw" / "notes").is_dir()
    assert not (wh / "state" / "crawl" / DAY.isoformat()).exists()
    assert DagsterInstance.get().get_run_ids() == runs

    # runs older than the window go, with their files
    far = date.today() + timedelta(days=60)
    code, out, _ = _run(capsys, "prune", "--keep-days", "30", today=far, monkeypatch=monkeypatch)
    assert code == 0 and json.loads(out)["dagster_runs"] == 1
    assert DagsterInstance.get().get_run_ids() == [] and not any(p.exists() for p in run_files)
    assert _check_rows(refreshed, runs[0]) == 0   # its asset-check rows too (delete_run leaves them: 17 KB a run)

    # the warehouse is as it was; the day's digest still renders; reprocess refuses, naming the missing file
    assert _articles(wh) == articles
    code, _, _ = _run(capsys, "digest", "--date", DAY.isoformat())
    assert code == 0
    code, out, err = _run(capsys, "reprocess", "--date", DAY.isoformat())
    assert code == cli.EXIT_FAILED and out == ""
    assert f"the archive of {DAY.isoformat()} is gone" in err and f"raw/{DAY.isoformat()}/" in err
    assert _articles(wh) == articles


def test_a_prune_that_fails_halfway_is_finished_by_the_next(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("ZGC_WAREHOUSE_DIR", str(tmp_path / "wh"))
    store = _made(Warehouse())
    for day in ("2026-01-01", "2026-01-02"):
        (store.raw_dir / day).mkdir(parents=True)
        (store.raw_dir / day / "x.warc.gz").write_bytes(b"x" * 1000)
    real = retention.shutil.rmtree
    calls = []

    def failing(path, *a, **k):
        calls.append(path)
        if len(calls) == 1:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path, *a, **k)

    monkeypatch.setattr(retention.shutil, "rmtree", failing)
    code, out, err = _run(capsys, "prune", "--keep-days", "1", "--keep-runs", today=date(2026, 2, 1),
                          monkeypatch=monkeypatch)
    assert code == cli.EXIT_FAILED and "prune stopped" in err and ".pruned-2026-01-01" in err
    # the day being removed no longer looks whole; the other is untouched
    assert not (store.raw_dir / "2026-01-01").exists() and (store.raw_dir / "2026-01-02").is_dir()
    code, out, _ = _run(capsys, "prune", "--keep-days", "1", "--keep-runs", today=date(2026, 2, 1),
                        monkeypatch=monkeypatch)
    assert code == 0 and json.loads(out)["archive_days"] == ["2026-01-02"]
    assert list(store.raw_dir.iterdir()) == []


def test_a_prune_that_fails_names_the_whole_path_of_what_it_could_not_remove(tmp_path, capsys, monkeypatch):
    """A file the prune could not remove was named by its bare name ("Operation not permitted: 'x.warc.gz'"): which
    day, which warehouse?  A real failure: the file made immutable (root), or its folder read-only (anyone else)."""
    import os
    import subprocess

    monkeypatch.setenv("ZGC_WAREHOUSE_DIR", str(tmp_path / "wh"))
    store = _made(Warehouse())
    folder = store.raw_dir / "2026-01-01" / "sub"
    folder.mkdir(parents=True)
    (folder / "x.warc.gz").write_bytes(b"x" * 1000)
    moved = store.raw_dir / ".pruned-2026-01-01" / "sub"
    if os.geteuid() == 0:
        if subprocess.run(["chattr", "+i", str(folder / "x.warc.gz")], capture_output=True).returncode:
            pytest.skip("needs chattr +i (as root, read-only folders do not stop a removal)")
        undo = ["chattr", "-i", str(moved / "x.warc.gz")]
    else:
        folder.chmod(0o555)
        undo = ["chmod", "755", str(moved)]
    try:
        code, out, err = _run(capsys, "prune", "--keep-days", "1", "--keep-runs", today=date(2026, 2, 1),
                              monkeypatch=monkeypatch)
    finally:
        subprocess.run(undo, check=True)
    assert code == cli.EXIT_FAILED and out == "" and "prune stopped" in err
    assert f"'{moved / 'x.warc.gz'}'" in err, err
    code, out, _ = _run(capsys, "prune", "--keep-days", "1", "--keep-runs", today=date(2026, 2, 1),
                        monkeypatch=monkeypatch)
    assert code == 0 and list(store.raw_dir.iterdir()) == []

def test_prune_and_reprocess_refuse_a_folder_that_holds_no_warehouse(tmp_path, capsys, monkeypatch):
    """A mistyped ZGC_WAREHOUSE_DIR: reprocess made an empty warehouse there, and a weekly cron prune (a dry run too)
    said it had nothing to remove, exit 0, for ever."""
    monkeypatch.setenv("ZGC_WAREHOUSE_DIR", str(tmp_path / "typo"))
    for argv in (["prune", "--keep-days", "3", "--keep-runs"], ["prune", "--keep-days", "3", "--dry-run"],
                 ["reprocess", "--date", "2026-01-05"]):
        code, _, err = _run(capsys, *argv, monkeypatch=monkeypatch)
        assert code == cli.EXIT_USAGE and f"no warehouse at {tmp_path / 'typo'}" in err and "nothing was done" in err
    assert not (tmp_path / "typo").exists()


def test_prune_waits_for_no_refresh_and_refuses_a_bad_window(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("ZGC_WAREHOUSE_DIR", str(tmp_path / "wh"))
    with _made(Warehouse()).refresh_lock():
        code, _, err = _run(capsys, "prune", "--keep-days", "3", "--keep-runs")
    assert code == cli.EXIT_BUSY and "another refresh is running" in err
    for bad in ("0", "-2", "three", "1000000"):
        with pytest.raises(SystemExit) as exc:
            cli.main(["prune", "--keep-days", bad])
        assert exc.value.code == cli.EXIT_USAGE
        assert "--keep-days" in capsys.readouterr().err


def test_a_dry_run_answers_while_a_refresh_holds_its_locks(tmp_path, capsys, monkeypatch):
    """A dry run took the refresh and crawl locks, so that it was refused (exit 75) for the whole of a refresh,
    though it removes nothing; it says the warehouse is busy only while a writer has the database open."""
    monkeypatch.setenv("ZGC_WAREHOUSE_DIR", str(tmp_path / "wh"))
    store = _made(Warehouse())
    (store.raw_dir / "2026-01-01").mkdir(parents=True)
    (store.raw_dir / "2026-01-01" / "x.warc.gz").write_bytes(b"x" * 1000)
    argv = ("prune", "--keep-days", "3", "--keep-runs", "--dry-run")
    with held_elsewhere(store.state_dir / "refresh.lock", store.state_dir / "crawl.lock"):   # a refresh crawling
        code, out, err = _run(capsys, *argv, today=date(2026, 2, 1), monkeypatch=monkeypatch)
        assert code == 0, err
        said = json.loads(out)
        assert said["dry_run"] and said["archive_days"] == ["2026-01-01"] and said["bytes_freed"] == 1000
        code, _, err = _run(capsys, *argv[:-1], today=date(2026, 2, 1), monkeypatch=monkeypatch)
        assert code == cli.EXIT_BUSY and "another refresh is running" in err   # the prune itself still waits
        with database_open_elsewhere(store.work_db, through_writer=True):   # the refresh writing its database
            code, out, err = _run(capsys, *argv, today=date(2026, 2, 1), monkeypatch=monkeypatch)
        assert code == cli.EXIT_BUSY and out == ""
        assert "prune --dry-run: the warehouse is busy: its database is being written" in err and "--wait" in err
    assert (store.raw_dir / "2026-01-01" / "x.warc.gz").is_file()

def test_a_day_whose_pages_are_not_extracted_yet_is_kept(tmp_path, capsys, monkeypatch):
    """A refresh interrupted after its crawl leaves archived pages the database has no article for: pruning their
    day would lose them for good, so the day is kept (and said so) until a refresh has extracted them."""
    from pipeline import warehouse as wh
    from tests.test_warehouse import article, write_warc

    monkeypatch.setenv("ZGC_WAREHOUSE_DIR", str(tmp_path / "wh"))
    store = Warehouse()
    day = date(2026, 1, 5)
    for n in (1, 2):
        warc = store.raw_dir / day.isoformat() / f"r{n}.warc.gz"
        warc.parent.mkdir(parents=True, exist_ok=True)
        write_warc(warc, [(f"https://economy.gmw.cn/2026-01/05/content_{n}.htm", b"<p>x</p>")])
        with store.writer() as con:
            wh.index_warc(con, store.root, warc, day=day, run_id=f"r{n}")
    code, out, _ = _run(capsys, "prune", "--keep-days", "1", "--keep-runs", today=date(2026, 3, 1),
                        monkeypatch=monkeypatch)
    said = json.loads(out)
    assert code == 0 and said["archive_days"] == [] and said["kept_not_yet_extracted"] == [day.isoformat()]
    assert said["dagster_runs"] == "kept (--keep-runs)"   # (it said 0, as if there were none to prune)
    assert (store.raw_dir / day.isoformat()).is_dir()
    with store.writer() as con:  # both pages extracted: nothing is pending, and the day can go
        for page in wh.pending_pages(con):
            wh.upsert_article(con, page, article(), day=day, source="gmw")
    code, out, _ = _run(capsys, "prune", "--keep-days", "1", "--keep-runs", today=date(2026, 3, 1),
                        monkeypatch=monkeypatch)
    assert code == 0 and json.loads(out)["archive_days"] == [day.isoformat()]
    assert not (store.raw_dir / day.isoformat()).exists()
    # ... but a day whose pages a later refresh extracted, inside the window kept, holds that day's only copy: pruned,
    # the kept day's reprocess was refused ("the archive … is gone")
    early = date(2026, 1, 6)
    warc = store.raw_dir / early.isoformat() / "r3.warc.gz"
    warc.parent.mkdir(parents=True, exist_ok=True)
    write_warc(warc, [("https://economy.gmw.cn/2026-01/06/content_3.htm", b"<p>x</p>")])
    with store.writer() as con:
        wh.index_warc(con, store.root, warc, day=early, run_id="r3")
        for page in wh.pending_pages(con):
            wh.upsert_article(con, page, article(), day=date(2026, 3, 1), source="gmw")
    code, out, _ = _run(capsys, "prune", "--keep-days", "1", "--keep-runs", today=date(2026, 3, 1),
                        monkeypatch=monkeypatch)
    said = json.loads(out)
    assert code == 0 and said["archive_days"] == [] and said["kept_for_later_days"] == [early.isoformat()], said
    assert warc.is_file()


def test_a_crawl_left_unfinished_is_kept_while_the_next_refresh_resumes_it(tmp_path, capsys, monkeypatch):
    """A resume folder whose crawl found pages and did not fetch them (its time limit, a kill) is what the next
    refresh resumes: within the RESUME_DAYS before it the day is kept (and said so); an older one, which no refresh
    resumes, is removed and its pages counted; a folder with nothing pending goes as before."""
    from pipeline.defs.assets import RESUME_DAYS
    from spiders.frontier import Frontier, take_over_frontiers

    monkeypatch.setenv("ZGC_WAREHOUSE_DIR", str(tmp_path / "wh"))
    crawl = _made(Warehouse()).state_dir / "crawl"
    today = date(2026, 3, 1)
    recent, old, done = (today - timedelta(days=3)), (today - timedelta(days=RESUME_DAYS + 5)), today - timedelta(2)
    for day, finished in ((recent, 1), (old, 0), (done, 3)):
        frontier = Frontier(crawl / day.isoformat() / "job")
        for n in range(3):
            frontier.queue("gmw", f"https://economy.gmw.cn/{day}/content_{n}.htm")
        for n in range(finished):
            frontier.finish(f"https://economy.gmw.cn/{day}/content_{n}.htm")
        frontier.close()
    code, out, _ = _run(capsys, "prune", "--keep-days", "1", "--keep-runs", today=today, monkeypatch=monkeypatch)
    said = json.loads(out)
    assert code == 0 and said["kept_unfinished_crawls"] == {recent.isoformat(): 2}
    assert said["crawl_state_days"] == [old.isoformat(), done.isoformat()]
    assert said["unfinished_pages_dropped"] == {old.isoformat(): 3}
    assert sorted(p.name for p in crawl.iterdir()) == [recent.isoformat()]
    # the next refresh takes the kept pages over
    assert take_over_frontiers(crawl, today + timedelta(days=1), RESUME_DAYS) == {recent.isoformat(): 2}


def test_a_dry_run_reads_a_dagster_home_it_may_not_write_and_writes_nothing(tmp_path, capsys, monkeypatch):
    """`prune --dry-run` with a DAGSTER_HOME this user may only read (a read-only mount, the refreshes' user's) was
    refused, exit 1 ("cannot be written: …/.zgc-init.lock"), though it removes nothing: it now reads the runs without
    setting the instance up or locking it, counts what a prune would remove, and writes nothing there; a folder with
    no run history is read as none, and not made.  (As root no permission refuses a write: the lock file's refusal
    and SQLite's, which opens Dagster's files to write them, WAL mode, are stood in for.)"""
    import sqlite3

    from dagster import DagsterInstance

    home = tmp_path / "dh"
    monkeypatch.setenv("ZGC_WAREHOUSE_DIR", str(tmp_path / "wh"))
    monkeypatch.setenv("DAGSTER_HOME", str(home))
    assert cli.main(["-q", "refresh", "--offline", "--date", DAY.isoformat(), "--only", "chinanews"]) == 0
    capsys.readouterr()
    with DagsterInstance.from_config(str(home)) as instance:
        assert len(instance.get_run_ids()) == 1

    def files() -> dict:
        return {p: (p.stat().st_size, p.stat().st_mtime_ns) for p in home.rglob("*")}

    before = files()
    real_lock = cli.file_lock

    def refused_lock(path, **kw):
        if home in Path(path).parents:
            raise PermissionError(13, "Permission denied", str(path))
        return real_lock(path, **kw)

    def refused_write(path, data):
        raise PermissionError(13, "Permission denied", str(path))

    def read_only(*args, **kwargs):
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(cli, "file_lock", refused_lock)
    monkeypatch.setattr(cli, "write_whole", refused_write)
    monkeypatch.setattr(DagsterInstance, "from_config", read_only)
    monkeypatch.setattr(DagsterInstance, "get", read_only)
    far = date.today() + timedelta(days=60)
    code, out, err = _run(capsys, "prune", "--keep-days", "30", "--dry-run", today=far, monkeypatch=monkeypatch)
    assert code == 0, err
    said = json.loads(out)
    assert said["dry_run"] and said["dagster_runs"] == 1 and said["archive_days"] == [DAY.isoformat()]
    assert files() == before and (tmp_path / "wh" / "raw" / DAY.isoformat()).is_dir()
    # (a real prune is refused there, as before: it removes runs)
    code, _, err = _run(capsys, "prune", "--keep-days", "30", today=far, monkeypatch=monkeypatch)
    assert code == cli.EXIT_FAILED and f"the Dagster instance folder (DAGSTER_HOME, {home}) cannot be written" in err

    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "none"))
    code, out, err = _run(capsys, "prune", "--keep-days", "30", "--dry-run", today=far, monkeypatch=monkeypatch)
    assert code == 0 and json.loads(out)["dagster_runs"] == 0, err
    assert not (tmp_path / "none").exists()
    (tmp_path / "afile").write_text("x")   # (a file in its place: refused as a prune is, not read as no runs)
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "afile"))
    code, out, err = _run(capsys, "prune", "--keep-days", "30", "--dry-run", today=far, monkeypatch=monkeypatch)
    assert code == cli.EXIT_FAILED and out == "" and f"cannot be made: {tmp_path / 'afile'} is not a folder" in err
