"""The README's backup, `flock warehouse/state/refresh.lock tar …`, against Dagster's runs: a run of the daily job
(the schedule, a backfill, `dagster asset materialize`) took only the crawl and writer locks, and crawled, wrote the
working database and replaced the snapshot while the backup held the refresh lock.  Every run now holds the refresh
lock from its first step to its end (the warehouse resource takes it), waiting for a backup, then failing clearly;
real Dagster runs of the project's own job definitions, the backup a real `flock` process."""

from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path

import pytest

from pipeline.definitions import defs
from pipeline.warehouse import lock_holder

DAY = "2026-11-20"


@pytest.fixture
def backup(tmp_path):
    """A backup holding the refresh lock as the README's recipe does: `flock <lock> <command>`, here a command that
    waits until the test ends."""
    if not shutil.which("flock"):
        pytest.skip("needs flock(1) (util-linux)")
    lock = tmp_path / "warehouse" / "state" / "refresh.lock"
    lock.parent.mkdir(parents=True)
    proc = subprocess.Popen(["flock", str(lock), "sleep", "60"])
    while lock_holder(lock) is None and proc.poll() is None:   # (until flock has it)
        time.sleep(0.05)
    yield lock
    proc.kill()
    proc.wait()


def _run(tmp_path, job: str, lock_wait: float, **kw):
    from dagster import DagsterInstance

    (tmp_path / "dh").mkdir(exist_ok=True)
    instance = DagsterInstance.local_temp(str(tmp_path / "dh"))
    config = {"resources": {"warehouse": {"config": {"directory": str(tmp_path / "warehouse"),
                                                      "lock_wait": lock_wait}}},
              **kw.pop("run_config", {})}
    return defs.resolve_job_def(job).execute_in_process(run_config=config, instance=instance, raise_on_error=False,
                                                       **kw)


def _errors(result) -> str:
    """Every failure event's message and error chain (a resource that failed to set up says why in its error)."""
    said = []
    for e in result.all_events:
        if e.is_failure or e.event_type_value == "RESOURCE_INIT_FAILURE":
            said.append(e.message or "")
            error = getattr(e.event_specific_data, "error", None)
            while error is not None:
                said.append(error.message)
                error = error.cause
    return " ".join(said)


def test_a_dagster_refresh_run_does_not_write_the_warehouse_while_a_backup_holds_the_refresh_lock(tmp_path, backup,
                                                                                                 monkeypatch):
    """The daily job, run while `flock … refresh.lock` holds: it waits for the lock (lock_wait, here a second), then
    fails naming it and its holder, having crawled and written nothing."""
    monkeypatch.setenv("ZGC_CRAWL_MODE", "offline")
    result = _run(tmp_path, "daily_refresh", 1.0, partition_key=DAY)
    assert not result.success
    said = _errors(result)
    assert "the refresh lock is held by another process (not by zgc-monitor, e.g. a backup's flock" in said, said
    assert str(backup) in said
    warehouse = tmp_path / "warehouse"
    assert sorted(p.name for p in warehouse.iterdir()) == ["state"]   # no raw/, no snapshot, no digests
    assert sorted(p.name for p in (warehouse / "state").iterdir()) == ["refresh.lock"]   # no work.duckdb, no crawl
    # and status names why the run failed, as it names a failed step
    from pipeline.cli import _bad_dagster_runs

    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "dh"))
    bad = _bad_dagster_runs(warehouse)
    assert [b["kind"] for b in bad] == ["refresh"], bad
    assert "its resources could not be set up: WarehouseBusy: the refresh lock is held by another process" in str(bad)


def test_the_prune_job_waits_for_a_backup_too_and_holds_the_lock_through_its_own_prune(tmp_path, backup):
    """The weekly prune job removes archive folders: it waits for the backup like a refresh run (and fails clearly
    when it does not end), and, run with the lock free, prunes under its run's own hold of the lock (prune takes the
    lock itself: not a second hold beside the run's, which would wait on itself)."""
    old = tmp_path / "warehouse" / "raw" / "2021-01-05"
    old.mkdir(parents=True)
    (old / "x.warc.gz").write_bytes(b"x" * 100)
    ops = {"ops": {"prune_old_days": {"config": {"keep_days": 30, "keep_runs": True}}}}
    held = _run(tmp_path, "prune_job", 0.5, run_config=ops)
    assert not held.success and "the refresh lock is held by another process" in _errors(held)
    assert old.is_dir()   # (nothing removed under the backup)


def test_a_run_holds_the_refresh_lock_through_its_prune_and_names_itself_as_its_holder(tmp_path, monkeypatch):
    """With no backup, the prune job runs: its prune's own hold of the lock is the run's (a second hold beside the
    run's would wait on itself), and while the run holds the lock its file names the run, which is what `status`
    shows as running and a refused `zgc-monitor refresh` names; the lock is free again when the run ends."""
    from pipeline import retention

    lock = tmp_path / "warehouse" / "state" / "refresh.lock"
    old = tmp_path / "warehouse" / "raw" / "2021-01-05"
    old.mkdir(parents=True)
    (old / "x.warc.gz").write_bytes(b"x" * 100)
    holders = []
    real_prune = retention.prune

    def prune(store, *args, **kw):   # (what the lock file says while the run prunes)
        holders.append(lock_holder(lock))
        return real_prune(store, *args, **kw)

    monkeypatch.setattr(retention, "prune", prune)
    ops = {"ops": {"prune_old_days": {"config": {"keep_days": 30, "keep_runs": True}}}}
    result = _run(tmp_path, "prune_job", 0.5, run_config=ops)
    assert result.success, _errors(result)
    assert not old.exists()
    assert len(holders) == 1 and f"(Dagster run {result.run_id[:8]} (prune_job)) since" in holders[0]
    assert lock_holder(lock) is None


def test_a_run_that_gives_up_waiting_is_its_own_warehouses_failure_and_a_cli_refresh_after_it_clears_it(
        tmp_path, monkeypatch):
    """A run whose warehouse comes from ZGC_WAREHOUSE_DIR (the schedule's, a backfill's) and that gave up waiting for
    the lock never reached the first step that tagged it with its warehouse: `status` of every other warehouse on the
    instance reported its failure.  It is tagged before it waits.  And a `zgc-monitor refresh` of the day that
    succeeds after it (the remedy) is a refresh that got through: status no longer warns of the failed run."""
    from dagster import DagsterInstance

    from pipeline.cli import _bad_dagster_runs, main

    if not shutil.which("flock"):
        pytest.skip("needs flock(1) (util-linux)")
    warehouse = tmp_path / "warehouse"
    (warehouse / "state").mkdir(parents=True)
    (tmp_path / "dh").mkdir()
    shutil.copy(Path(__file__).resolve().parents[1] / "dagster_home" / "dagster.yaml", tmp_path / "dh" / "dagster.yaml")
    for name, value in {"ZGC_WAREHOUSE_DIR": warehouse, "DAGSTER_HOME": tmp_path / "dh",
                        "ZGC_CRAWL_MODE": "offline"}.items():
        monkeypatch.setenv(name, str(value))
    lock = warehouse / "state" / "refresh.lock"
    backup = subprocess.Popen(["flock", "-o", str(lock), "sleep", "60"])   # (-o: the lock is flock's own, not sleep's)
    try:
        while lock_holder(lock) is None and backup.poll() is None:
            time.sleep(0.05)
        with DagsterInstance.get() as instance:
            result = defs.resolve_job_def("daily_refresh").execute_in_process(
                run_config={"resources": {"warehouse": {"config": {"lock_wait": 0.5}}}}, instance=instance,
                partition_key=DAY, raise_on_error=False)
            assert not result.success
            assert instance.get_run_by_id(result.run_id).tags.get("zgc/warehouse") == str(warehouse.resolve())
    finally:
        backup.kill()
        backup.wait()
    assert _bad_dagster_runs(tmp_path / "another_warehouse") == []
    (bad,) = _bad_dagster_runs(warehouse)
    assert bad["run_id"] == result.run_id and "WarehouseBusy" in bad["error"]
    assert main(["-q", "refresh", "--offline", "--date", DAY]) == 0
    assert _bad_dagster_runs(warehouse) == []
    assert main(["status", "--date", DAY]) == 0
