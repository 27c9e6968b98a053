"""The Dagster definitions load, and say what the README says they do."""

from pathlib import Path

from pipeline.definitions import defs


def test_definitions_load_with_assets_checks_job_and_schedule():
    repo = defs.get_repository_def()
    keys = {k.to_user_string() for k in repo.asset_graph.get_all_asset_keys()}
    assert keys == {"raw_pages", "articles", "article_labels", "source_health", "warehouse_snapshot", "daily_digest"}
    checks = {c.name for c in repo.asset_graph.asset_check_keys}
    assert {"no_empty_text", "every_article_in_a_story", "no_boilerplate_left", "articles_classified",
            "sources_healthy"} <= checks
    job = defs.resolve_job_def("daily_refresh")
    assert job.partitions_def.timezone == "Asia/Shanghai"
    schedule = defs.resolve_schedule_def("daily_refresh_schedule")
    assert schedule.execution_timezone == "Asia/Shanghai"


def test_a_run_whose_process_was_killed_is_marked_failed_and_frees_the_queue(tmp_path):
    """A STARTED run whose recorded process is gone (SIGKILL) is failed by the dead_runs sensor's check; runs of
    live processes, of other hosts and without the tags are left alone."""
    import subprocess
    import sys
    import uuid

    from dagster import DagsterInstance, DagsterRunStatus, build_sensor_context
    from dagster._core.storage.dagster_run import DagsterRun

    from pipeline.defs.runs import HOST_TAG, PID_TAG, dead_runs_sensor, process_tags

    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    import shutil

    shutil.copy(Path(__file__).resolve().parents[1] / "dagster_home" / "dagster.yaml", tmp_path / "dagster.yaml")
    with DagsterInstance.from_config(str(tmp_path)) as instance:   # (the project's: the daemon's local launcher)
        def add(tags):
            run = DagsterRun(job_name="daily_refresh", run_id=str(uuid.uuid4()), status=DagsterRunStatus.STARTED,
                             tags=tags)
            instance.add_run(run)
            return run.run_id

        dead = add({**process_tags(), PID_TAG: str(gone.pid)})
        live = add(process_tags())  # this test's own process
        elsewhere = add({PID_TAG: str(gone.pid), HOST_TAG: "another-host"})
        untagged = add({})
        # killed before its first step tagged it: the daemon's run worker, named by Dagster's own engine event
        early = add({})
        instance.report_engine_event(f"Executing steps in process (pid: {gone.pid})",
                                     instance.get_run_by_id(early))
        result = dead_runs_sensor(build_sensor_context(instance=instance))
        status = {r.run_id: r.status for r in instance.get_runs()}
    assert status[dead] == status[early] == DagsterRunStatus.FAILURE
    assert {status[r] for r in (live, elsewhere, untagged)} == {DagsterRunStatus.STARTED}
    assert dead in result.skip_message


def test_the_dead_runs_sensor_is_on_by_default():
    from dagster import DefaultSensorStatus

    assert defs.resolve_sensor_def("dead_runs").default_status == DefaultSensorStatus.RUNNING


def test_a_relative_sources_path_is_resolved_where_the_refresh_started(tmp_path, monkeypatch):
    """The crawl runs in the project's directory: a relative --sources / $ZGC_SOURCES must reach it absolute."""
    from pipeline.defs.resources import CrawlerResource

    monkeypatch.chdir(tmp_path)
    assert CrawlerResource(sources_file="mine.toml").resolved_sources() == str(tmp_path / "mine.toml")
    monkeypatch.setenv("ZGC_SOURCES", "other.toml")
    assert CrawlerResource().resolved_sources() == str(tmp_path / "other.toml")


def test_two_commands_setting_up_one_new_dagster_instance_do_not_collide(tmp_path):
    """Two refreshes of different warehouses sharing a new DAGSTER_HOME start together: the instance's storage
    is created once (before, one of them failed with "table runs already exists")."""
    import multiprocessing as mp

    with mp.get_context("spawn").Pool(4) as pool:
        got = pool.map(_set_up_instance, [str(tmp_path / "dh")] * 4)
        # (closed and joined here: the pool's exit terminates its workers, and one whose SIGTERM Dagster set to
        # SIGINT's handling, ignored in a background shell job, was waited for without end)
        pool.close()
        pool.join()
    assert got == ["ok"] * 4


def _set_up_instance(home: str) -> str:
    import os

    os.environ["DAGSTER_HOME"] = home
    from pipeline.cli import _dagster_instance

    try:
        _dagster_instance().get_run_ids(limit=1)
        return "ok"
    except Exception as exc:  # noqa: BLE001 - the failure is what the test reports
        return f"{type(exc).__name__}: {exc}"[:200]


def test_a_schedule_started_in_the_checkout_runs_for_dagster_started_in_the_instance_folder(tmp_path, monkeypatch):
    """Dagster keys a schedule's state by the whole code location, working directory included: the instance folder's
    workspace names the checkout as its working directory, so `dagster schedule start` in the checkout and `dagster
    dev` in the instance folder (as the README offers both) see one schedule; a workspace file an earlier version
    wrote is brought up to date, one the user wrote is left alone."""
    import subprocess
    import sys
    from pathlib import Path

    from pipeline.cli import _ensure_dagster_home
    from pipeline.warehouse import PROJECT_ROOT

    home = tmp_path / "dh"
    home.mkdir()
    (home / "workspace.yaml").write_text("# written by zgc-monitor: old\nload_from:\n  - python_module:\n"
                                         "      module_name: pipeline.definitions\n", encoding="utf-8")
    monkeypatch.setenv("DAGSTER_HOME", str(home))
    _ensure_dagster_home()
    assert f'working_directory: "{PROJECT_ROOT}"' in (home / "workspace.yaml").read_text(encoding="utf-8")
    dagster = [sys.executable, "-c", "from dagster._cli import main; main()"]
    env = {**__import__("os").environ, "DAGSTER_HOME": str(home)}
    run = subprocess.run([*dagster, "schedule", "start", "daily_refresh_schedule"], cwd=PROJECT_ROOT, env=env,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    listed = subprocess.run([*dagster, "schedule", "list"], cwd=home, env=env, capture_output=True, text=True,
                            timeout=300)
    assert "daily_refresh_schedule [RUNNING]" in listed.stdout, listed.stdout + listed.stderr[-2000:]
    mine = Path(home / "workspace.yaml")
    mine.write_text("load_from:\n  - python_file: my_defs.py\n", encoding="utf-8")
    _ensure_dagster_home()
    assert mine.read_text(encoding="utf-8") == "load_from:\n  - python_file: my_defs.py\n"


def test_the_weekly_prune_job_removes_old_archives_and_runs(tmp_path, monkeypatch):
    """`zgc-monitor prune` as a Dagster job: old days' archive folders go, today's stays, and so does the
    database; the schedule is weekly, in Beijing time, and ships stopped."""
    from datetime import date, datetime, timedelta
    from zoneinfo import ZoneInfo

    from dagster import DagsterInstance, DefaultScheduleStatus

    monkeypatch.setenv("ZGC_WAREHOUSE_DIR", str(tmp_path / "wh"))
    today = datetime.now(ZoneInfo("Asia/Shanghai")).date()
    old, kept = tmp_path / "wh" / "raw" / "2021-01-05", tmp_path / "wh" / "raw" / today.isoformat()
    for d in (old, kept):
        d.mkdir(parents=True)
        (d / "x.warc.gz").write_bytes(b"x" * 100)
    (tmp_path / "dh").mkdir()
    instance = DagsterInstance.local_temp(str(tmp_path / "dh"))
    result = defs.resolve_job_def("prune_job").execute_in_process(
        run_config={"ops": {"prune_old_days": {"config": {"keep_days": 30}}}}, instance=instance)
    assert result.success
    out = result.output_for_node("prune_old_days")
    assert out["archive_days"] == ["2021-01-05"] and out["keep_from"] == (today - timedelta(days=29)).isoformat()
    assert not old.exists() and kept.is_dir()
    assert instance.has_run(result.run_id)  # its own run is never pruned
    # tagged with its warehouse: another warehouse sharing the instance leaves its prune runs out of its status
    assert instance.get_run_by_id(result.run_id).tags["zgc/warehouse"] == str((tmp_path / "wh").resolve())
    schedule = defs.resolve_schedule_def("weekly_prune_schedule")
    assert schedule.execution_timezone == "Asia/Shanghai" and schedule.default_status == DefaultScheduleStatus.STOPPED
    assert isinstance(date.fromisoformat(out["keep_from"]), date)


def test_status_sees_the_refresh_runs_that_dagster_alone_knows_failed(tmp_path, monkeypatch):
    """A run of Dagster's own schedule that failed, or a refresh killed outright (SIGKILL, the OOM killer), never
    reaches the CLI's attempts file: `status` finds them in the instance, with the failed step and its error, until a
    refresh run succeeds after them; a prune run's failure is named apart; a failure the CLI recorded is not named
    twice; and an instance folder where nothing ever ran is not written to."""
    import shutil
    import subprocess
    import sys
    import uuid

    from dagster import DagsterInstance, DagsterRunStatus, job, op
    from dagster._core.storage.dagster_run import DagsterRun

    from pipeline.cli import _bad_dagster_runs
    from pipeline.defs.runs import PID_TAG, process_tags

    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path))
    # (the runs made below name no warehouse, as those made before runs were tagged: the default warehouse's, "a")
    monkeypatch.setattr("pipeline.cli.data_home", lambda: tmp_path / "home")
    shutil.copy(Path(__file__).resolve().parents[1] / "dagster_home" / "dagster.yaml", tmp_path / "dagster.yaml")
    assert _bad_dagster_runs() == [] and not (tmp_path / "storage").exists()

    def refresh_job(name, message):
        @op(name="crawl")
        def crawl():
            raise RuntimeError(message)

        @job(name=name, tags={"dagster/partition": "2026-11-20"})
        def whole():
            crawl()
        return whole

    with DagsterInstance.from_config(str(tmp_path)) as instance:
        refresh_job("daily_refresh", "none of 16 sources answered").execute_in_process(instance=instance,
                                                                                       raise_on_error=False)
        (bad,) = _bad_dagster_runs()
        assert (bad["kind"], bad["status"], bad["partition"]) == ("refresh", "failed", "2026-11-20")
        assert bad["error"] == "step crawl failed: RuntimeError: none of 16 sources answered"

        gone = subprocess.Popen([sys.executable, "-c", "pass"])
        gone.wait()
        instance.add_run(DagsterRun(job_name="__ephemeral_asset_job__", run_id=str(uuid.uuid4()),
                                    status=DagsterRunStatus.STARTED,
                                    tags={**process_tags(), PID_TAG: str(gone.pid), "zgc/trigger": "cli"}))
        (bad,) = _bad_dagster_runs()   # the newest refresh run: killed, its process gone
        assert bad["status"] == "killed" and f"its process {gone.pid} is gone" in bad["error"]
        # named for what ran it, not Dagster's __ephemeral_asset_job__, at Beijing's time as status's other times
        assert bad["job"] == "zgc-monitor refresh" and bad["at"].endswith("+08:00")

        refresh_job("prune_job", "the archive folder cannot be written").execute_in_process(instance=instance,
                                                                                            raise_on_error=False)
        instance.add_run(DagsterRun(job_name="daily_refresh", run_id=str(uuid.uuid4()),
                                    status=DagsterRunStatus.SUCCESS))
        (bad,) = _bad_dagster_runs()   # the refresh is mended by the success after it; the prune is not
        assert (bad["kind"], bad["error"]) == ("prune", "step crawl failed: RuntimeError: the archive folder cannot be written")

        # a run of the same instance for another warehouse folder is that warehouse's business
        instance.add_run(DagsterRun(job_name="daily_refresh", run_id=str(uuid.uuid4()), status=DagsterRunStatus.FAILURE,
                                    run_config={"resources": {"warehouse": {"config": {"directory": str(tmp_path / "b")}}}}))
        assert [b["kind"] for b in _bad_dagster_runs(tmp_path / "home" / "warehouse")] == ["prune"]
        # (the prune run names no warehouse: the default one's, not b's)
        assert [b["kind"] for b in _bad_dagster_runs(tmp_path / "b")] == ["refresh"]
        # so is a CLI refresh of another warehouse killed outright: its run names its folder in a tag
        instance.add_run(DagsterRun(job_name="__ephemeral_asset_job__", run_id=str(uuid.uuid4()),
                                    status=DagsterRunStatus.STARTED,
                                    tags={**process_tags(), PID_TAG: str(gone.pid), "zgc/trigger": "cli",
                                          "zgc/warehouse": str(tmp_path / "b")}))
        assert [b["kind"] for b in _bad_dagster_runs(tmp_path / "home" / "warehouse")] == ["prune"]
        assert [(b["kind"], b["status"]) for b in _bad_dagster_runs(tmp_path / "b")] == [("refresh", "killed")]
        failed_cli = refresh_job("__ephemeral_asset_job__", "recorded by the CLI")
        failed_cli.execute_in_process(instance=instance, raise_on_error=False, tags={"zgc/trigger": "cli"})
        assert [b["kind"] for b in _bad_dagster_runs()] == ["prune"]


def test_a_damaged_dagster_run_database_is_named_with_its_remedy(tmp_path, monkeypatch, capsys):
    """A torn runs.db (a full disk, a power loss) failed every refresh with an unnamed "database disk image is
    malformed": the message now names the instance and the file to move aside, with the refresh's last line and its
    record, and moving it aside is the whole remedy."""
    import json

    from pipeline.cli import _dagster_instance, main

    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "dh"))
    monkeypatch.setenv("ZGC_WAREHOUSE_DIR", str(tmp_path / "w"))
    _dagster_instance()
    runs = tmp_path / "dh" / "history" / "runs.db"
    with open(runs, "r+b") as fh:
        fh.truncate(20000)
    (tmp_path / "w" / "state").mkdir(parents=True)
    assert main(["refresh", "--offline", "--date", "2026-11-20"]) == 1
    out, err = capsys.readouterr()
    assert f"the Dagster instance in {tmp_path / 'dh'} cannot be read" in err and f"move aside {runs}, and run" in err
    assert json.loads(out.splitlines()[-1])["exit"] == 1
    assert "cannot be read" in (tmp_path / "w" / "state" / "refreshes.jsonl").read_text(encoding="utf-8")
    runs.rename(runs.with_suffix(".db.bad"))
    _dagster_instance().get_run_ids(limit=1)   # made afresh


def test_a_run_dagster_launched_names_its_warehouse_so_another_warehouses_status_leaves_it_out(tmp_path, monkeypatch):
    """A run launched by Dagster itself (the UI, `dagster asset materialize`, a schedule) has no CLI tag: its first
    step tags it with its warehouse folder, and status of another warehouse sharing the instance leaves its failure
    out (it said this warehouse's refresh had failed)."""
    import shutil

    from dagster import DagsterInstance, materialize

    from pipeline.cli import _bad_dagster_runs
    from pipeline.defs.assets import daily_digest
    from pipeline.defs.resources import WarehouseResource

    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "dh"))
    (tmp_path / "dh").mkdir()
    shutil.copy(Path(__file__).resolve().parents[1] / "dagster_home" / "dagster.yaml", tmp_path / "dh" / "dagster.yaml")
    with DagsterInstance.from_config(str(tmp_path / "dh")) as instance:
        result = materialize([daily_digest], partition_key="2026-11-20", instance=instance, raise_on_error=False,
                             resources={"warehouse": WarehouseResource(directory=str(tmp_path / "a"))})
        assert not result.success   # (no crawl has run for that day)
        run = instance.get_run_by_id(result.run_id)
        assert run.tags["zgc/warehouse"] == str((tmp_path / "a").resolve())
    assert [b["status"] for b in _bad_dagster_runs(tmp_path / "a")] == ["failed"]
    assert _bad_dagster_runs(tmp_path / "b") == []


def test_a_re_execution_is_not_judged_by_its_parents_process(tmp_path):
    """Dagster copies a run's tags to its re-execution, zgc/pid (the parent's process, gone by then) included: until
    the new run's first step tagged it anew, the dead_runs sensor failed it as it started.  A re-execution's pid
    counts once its own first step has set it."""
    import shutil
    import subprocess
    import sys
    import uuid

    from dagster import DagsterInstance, DagsterRunStatus
    from dagster._core.storage.dagster_run import DagsterRun

    from pipeline.defs.runs import PID_TAG, RUN_TAG, fail_dead_runs, process_tags

    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    shutil.copy(Path(__file__).resolve().parents[1] / "dagster_home" / "dagster.yaml", tmp_path / "dagster.yaml")
    with DagsterInstance.from_config(str(tmp_path)) as instance:
        parent = str(uuid.uuid4())
        inherited = {**process_tags(parent), PID_TAG: str(gone.pid)}
        starting = DagsterRun(job_name="daily_refresh", run_id=str(uuid.uuid4()), status=DagsterRunStatus.STARTING,
                              tags=inherited, parent_run_id=parent, root_run_id=parent)
        own_id = str(uuid.uuid4())
        killed = DagsterRun(job_name="daily_refresh", run_id=own_id, status=DagsterRunStatus.STARTED,
                            tags={**inherited, RUN_TAG: own_id}, parent_run_id=parent, root_run_id=parent)
        for run in (starting, killed):
            instance.add_run(run)
        assert fail_dead_runs(instance) == [own_id]   # its own tag names a dead process: killed
        assert instance.get_run_by_id(starting.run_id).status == DagsterRunStatus.STARTING


def test_a_killed_run_of_another_warehouse_is_not_said_in_this_ones_cron_mail(tmp_path, capsys, caplog):
    """What a refresh says of a run it found killed and marked failed: its day and, for another warehouse's run,
    nothing under -q (it went into the wrong team's cron mail, naming neither)."""
    import logging
    import shutil
    import uuid

    from dagster import DagsterInstance, DagsterRunStatus
    from dagster._core.storage.dagster_run import DagsterRun

    from pipeline.cli import _said_dead_run

    shutil.copy(Path(__file__).resolve().parents[1] / "dagster_home" / "dagster.yaml", tmp_path / "dagster.yaml")
    with DagsterInstance.from_config(str(tmp_path)) as instance:
        mine, theirs = tmp_path / "mine", tmp_path / "theirs"
        for folder in (mine, theirs):
            run = DagsterRun(job_name="__ephemeral_asset_job__", run_id=str(uuid.uuid4()), status=DagsterRunStatus.FAILURE,
                             tags={"zgc/warehouse": str(folder), "dagster/partition": "2026-11-24"})
            instance.add_run(run)
            with caplog.at_level(logging.INFO, logger="pipeline.cli"):
                _said_dead_run(instance, run.run_id, mine)
            if folder == mine:
                assert capsys.readouterr().err == f"zgc-monitor: run {run.run_id} of 2026-11-24 had been killed; marked failed\n"
            else:
                assert capsys.readouterr().err == ""
                assert f"run {run.run_id} of 2026-11-24 of another warehouse ({theirs})" in caplog.text


def test_status_sees_a_warehouses_runs_behind_many_of_another_and_a_dagster_run_in_progress(tmp_path, monkeypatch):
    """status read the instance's newest 50 runs: 52 runs of another warehouse sharing it hid this one's failed
    refresh (status OK).  And a Dagster run in progress takes no refresh lock: status said critical during a crawl
    where a refresh running makes it a warning."""
    import os
    import shutil
    import uuid

    from dagster import DagsterInstance, DagsterRunStatus
    from dagster._core.storage.dagster_run import DagsterRun

    from pipeline.cli import _bad_dagster_runs, _dagster_running
    from pipeline.defs.runs import process_tags

    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "dh"))
    (tmp_path / "dh").mkdir()
    shutil.copy(Path(__file__).resolve().parents[1] / "dagster_home" / "dagster.yaml", tmp_path / "dh" / "dagster.yaml")
    a, b = str((tmp_path / "a").resolve()), str((tmp_path / "b").resolve())
    with DagsterInstance.from_config(str(tmp_path / "dh")) as instance:
        instance.add_run(DagsterRun(job_name="daily_refresh", run_id=str(uuid.uuid4()), status=DagsterRunStatus.FAILURE,
                                    tags={"zgc/warehouse": a}))
        for _ in range(120):
            instance.add_run(DagsterRun(job_name="daily_refresh", run_id=str(uuid.uuid4()),
                                        status=DagsterRunStatus.SUCCESS, tags={"zgc/warehouse": b}))
        assert [x["kind"] for x in _bad_dagster_runs(tmp_path / "a")] == ["refresh"]
        assert _bad_dagster_runs(tmp_path / "b") == [] and _dagster_running(tmp_path / "a") is None
        run_id = str(uuid.uuid4())
        instance.add_run(DagsterRun(job_name="daily_refresh", run_id=run_id, status=DagsterRunStatus.STARTED,
                                    tags={**process_tags(run_id), "zgc/warehouse": a,
                                          "dagster/partition": "2026-11-20"}))
        assert os.getpid()   # (the run's process is this test's own, alive)
        running = _dagster_running(tmp_path / "a")
        assert running and run_id[:8] in running and "daily_refresh of 2026-11-20" in running
        assert _dagster_running(tmp_path / "b") is None


def test_a_digest_rendered_again_does_not_mend_a_failed_refresh_in_status(tmp_path, monkeypatch):
    """Re-rendering a past day's digest from Dagster succeeded, and status took that for a refresh that got through,
    dropping the warning of today's failed refresh; a run that publishes the snapshot (the whole job) mends it."""
    import shutil
    import uuid

    from dagster import AssetKey, DagsterInstance, DagsterRunStatus
    from dagster._core.storage.dagster_run import DagsterRun

    from pipeline.cli import _bad_dagster_runs

    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "dh"))
    (tmp_path / "dh").mkdir()
    shutil.copy(Path(__file__).resolve().parents[1] / "dagster_home" / "dagster.yaml", tmp_path / "dh" / "dagster.yaml")
    a = str((tmp_path / "a").resolve())
    with DagsterInstance.from_config(str(tmp_path / "dh")) as instance:
        def add(status, **kw):
            instance.add_run(DagsterRun(job_name="daily_refresh", run_id=str(uuid.uuid4()), status=status,
                                        tags={"zgc/warehouse": a}, **kw))
        add(DagsterRunStatus.FAILURE)
        add(DagsterRunStatus.SUCCESS, asset_selection=frozenset({AssetKey("daily_digest")}))
        assert [b["status"] for b in _bad_dagster_runs(tmp_path / "a")] == ["failed"]
        add(DagsterRunStatus.SUCCESS)
        assert _bad_dagster_runs(tmp_path / "a") == []
    # a run canceled while it waited in the queue did nothing (and named no warehouse): no warning, here or elsewhere
    with DagsterInstance.from_config(str(tmp_path / "dh")) as instance:
        instance.add_run(DagsterRun(job_name="prune_job", run_id=str(uuid.uuid4()), status=DagsterRunStatus.CANCELED))
        assert _bad_dagster_runs(tmp_path / "a") == [] and _bad_dagster_runs(tmp_path / "b") == []


def test_a_run_that_names_no_warehouse_is_the_default_warehouses_alone(tmp_path, monkeypatch):
    """Runs made before every run was tagged with its warehouse as it starts name none (no tag, no directory in their
    config): status of every warehouse sharing the instance took an old failed one for its own refresh failing, and
    one left STARTED (killed before runs recorded their process) for a refresh running, for good.  Such a run is the
    instance's default warehouse's (the one a run whose environment names no ZGC_WAREHOUSE_DIR writes), no other's;
    another warehouse's status says how many it left out."""
    import shutil
    import uuid

    from dagster import DagsterInstance, DagsterRunStatus, job, op
    from dagster._core.storage.dagster_run import DagsterRun

    import pipeline.cli as cli
    from pipeline.warehouse import Warehouse

    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "dh"))
    monkeypatch.setattr(cli, "data_home", lambda: tmp_path)
    (tmp_path / "dh").mkdir()
    shutil.copy(Path(__file__).resolve().parents[1] / "dagster_home" / "dagster.yaml", tmp_path / "dh" / "dagster.yaml")

    @op(name="crawl")
    def crawl():
        raise RuntimeError("none of 16 sources answered")

    @job(name="daily_refresh", tags={"dagster/partition": "2026-11-20"})
    def whole():
        crawl()

    with DagsterInstance.from_config(str(tmp_path / "dh")) as instance:
        failed = whole.execute_in_process(instance=instance, raise_on_error=False).run_id
        stuck = str(uuid.uuid4())
        instance.add_run(DagsterRun(job_name="daily_refresh", run_id=stuck, status=DagsterRunStatus.STARTED))
        assert not instance.get_run_by_id(failed).tags.get("zgc/warehouse")   # (untagged, as old runs are)
    default, other = tmp_path / "warehouse", tmp_path / "other"
    assert [b["run_id"] for b in cli._bad_dagster_runs(default)] == [failed]
    assert cli._dagster_running(default).startswith(f"Dagster run {stuck[:8]} (daily_refresh)")
    assert cli._bad_dagster_runs(other) == []
    assert cli._dagster_running(other) is None
    report = {"warnings": [], "last_attempt": None}
    cli._failure_warnings(report, Warehouse(other), None)
    assert report["warnings"] == [] and report["dagster_runs_unattributed"]["runs"] == 1
    assert str(default) in report["dagster_runs_unattributed"]["note"]
