"""The refresh, crawl and writer lock files against what a local user (or a mistake) can leave in their place, from a
security reviewer's second pass: a symbolic link (the file it pointed at was emptied and overwritten with the lock's
note), a named pipe (``status`` hung for good), a lock file of 50 MB (read whole into ``status``'s JSON, ``prune``'s
error and the Dagster run's events), and a backup's ``flock`` that ``status`` took for a refresh running (a stale
warehouse's CRITICAL turned into a WARNING)."""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import time
from datetime import date, datetime, timedelta, timezone

import pytest

from pipeline.warehouse import Warehouse, WarehouseBusy, file_lock, lock_holder


def test_a_lock_never_follows_a_symbolic_link(tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n", encoding="utf-8")
    lock = tmp_path / "state" / "refresh.lock"
    lock.parent.mkdir()
    lock.symlink_to(victim)
    with pytest.raises(OSError, match="symbolic link") as caught:
        with file_lock(lock, what="the refresh lock"):
            pass
    assert str(lock) in str(caught.value)
    assert victim.read_text(encoding="utf-8") == "precious\n"
    assert lock_holder(lock) is None   # (read through no link either)


def test_a_named_pipe_in_place_of_a_lock_file_is_refused_not_waited_on(tmp_path):
    lock = tmp_path / "refresh.lock"
    os.mkfifo(lock)
    with pytest.raises(OSError, match="not a regular file") as caught:
        with file_lock(lock, what="the refresh lock"):
            pass
    assert str(lock) in str(caught.value)
    assert lock_holder(lock) is None   # (status asked it and hung: opening a pipe to read waits for a writer)


def test_a_held_lock_files_note_is_read_only_in_part(tmp_path):
    lock = tmp_path / "refresh.lock"
    lock.write_text("pid 1 (zgc-monitor refresh) since 2026-11-24T00:00:00Z " + "x" * 5_000_000, encoding="utf-8")
    with open(lock, "a") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        holder = lock_holder(lock)
        # (its note, cut to 300 characters, is named as not the holder's: this process holds the flock, not pid 1)
        note = holder.split("its note, ", 1)[1].split(", names a process", 1)[0]
        assert note.startswith("pid 1 (zgc-monitor refresh)") and len(note) == 300 and len(holder) < 500
        with pytest.raises(WarehouseBusy) as caught:
            with file_lock(lock, what="the refresh lock"):
                pass
        assert len(str(caught.value)) < 1000


def _dead_pid() -> int:
    proc = subprocess.Popen(["true"])
    proc.wait()
    return proc.pid


def test_status_does_not_take_a_backups_flock_for_a_refresh_running(tmp_path, monkeypatch):
    """A warehouse whose last refresh is old is CRITICAL while a backup holds the refresh lock too, with a warning
    naming the lock; it said WARNING, "one is running"."""
    if not shutil.which("flock"):
        pytest.skip("needs flock(1) (util-linux)")
    from pipeline.cli import main, status_report

    monkeypatch.setenv("ZGC_WAREHOUSE_DIR", str(tmp_path / "warehouse"))
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "dh"))
    assert main(["refresh", "--offline", "--date", "2026-11-20"]) == 0
    store = Warehouse(tmp_path / "warehouse")
    lock = store.state_dir / "refresh.lock"
    # (the refresh ran in this process: its note must name one that has ended, as a cron refresh's does by the time a
    # backup runs)
    lock.write_text(f"pid {_dead_pid()} (zgc-monitor refresh) since 2026-11-20T00:00:00Z", encoding="utf-8")
    later = datetime.now(timezone.utc) + timedelta(days=3)
    proc = subprocess.Popen(["flock", str(lock), "sleep", "60"])
    try:
        while lock_holder(lock) is None and proc.poll() is None:
            time.sleep(0.05)
        report = status_report(store, None, 26.0, now=later)
    finally:
        proc.kill()
        proc.wait()
    assert report["status"] == "critical" and report["running"] is None
    assert any("no refresh has finished for" in p and "one is running" not in p for p in report["problems"])
    assert any(str(lock) in w and "not by zgc-monitor" in w for w in report["warnings"]), report["warnings"]


def test_status_believes_a_held_lock_not_a_note_naming_a_live_pid(tmp_path, monkeypatch):
    """A lock file's note is only text (anyone who can write state/ can write "pid 1 (zgc-monitor refresh) …"): a
    backup's flock over a note naming a live process was reported as a refresh running, turning a stale warehouse's
    CRITICAL into a WARNING.  What counts is who holds the flock: status says whether the lock is held and whether
    by the process its note names (``refresh_lock``), and reports a refresh running only then."""
    from pipeline.cli import main, status_report

    monkeypatch.setenv("ZGC_WAREHOUSE_DIR", str(tmp_path / "warehouse"))
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "dh"))
    assert main(["refresh", "--offline", "--date", "2026-11-20"]) == 0
    store = Warehouse(tmp_path / "warehouse")
    lock = store.state_dir / "refresh.lock"
    forged = "pid 1 (zgc-monitor refresh) since 2026-11-23T00:00:00Z"
    later = datetime.now(timezone.utc) + timedelta(days=3)

    lock.write_text(forged, encoding="utf-8")   # a note alone: no flock held
    report = status_report(store, None, 26.0, now=later)
    assert report["running"] is None and report["status"] == "critical"
    assert report["refresh_lock"] == {"held": False, "held_by_its_note": False, "note": forged}

    with open(lock, "a") as other:   # held (as a backup's flock holds it), its note naming a live process
        fcntl.flock(other, fcntl.LOCK_EX)
        report = status_report(store, None, 26.0, now=later)
        assert lock_holder(lock).startswith("not by zgc-monitor")
    assert report["running"] is None and report["status"] == "critical", report
    assert report["refresh_lock"] == {"held": True, "held_by_its_note": False, "note": forged}
    assert any(str(lock) in w and "does not hold it" in w for w in report["warnings"]), report["warnings"]

    with store.refresh_lock():   # held by the process its note names: a refresh running
        report = status_report(store, None, 26.0, now=later)
    assert report["running"].startswith(f"pid {os.getpid()} ("), report
    assert any("no refresh has finished for" in w and "one is running" in w for w in report["warnings"]), report
    assert report["refresh_lock"]["held"] and report["refresh_lock"]["held_by_its_note"]


def test_every_source_failing_is_critical_though_some_are_muted(tmp_path, monkeypatch):
    """A mute acknowledges one site's fault: muting the only source that was crawled hid the critical "none of the
    sources crawled is healthy" (status OK while every request failed: a block page, a proxy, the network)."""
    from pipeline.cli import main, status_report

    monkeypatch.setenv("ZGC_WAREHOUSE_DIR", str(tmp_path / "warehouse"))
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "dh"))
    assert main(["refresh", "--offline", "--date", "2026-11-20"]) == 0
    store = Warehouse(tmp_path / "warehouse")

    def every_source_failing(detail: str) -> dict:
        with store.writer() as con:
            con.execute("UPDATE source_health SET responses_2xx = 0, errors = requests, detail = ?::JSON "
                        "WHERE day = DATE '2026-11-20'", [detail])
        store.publish()
        return status_report(store, date(2026, 11, 20), 24 * 365)

    report = every_source_failing("{}")
    (said,) = [p for p in report["problems"] if "sources crawled on 2026-11-20 is healthy" in p]
    assert said.startswith(f"none of the {report['sources_checked']} sources")
    report = every_source_failing('{"muted_until": "2026-12-31", "muted_reason": "known"}')
    assert report["sources_needing_attention"] == [] and len(report["sources_muted"]) == report["sources_checked"]
    assert report["status"] == "critical" and said in report["problems"], report["problems"]
