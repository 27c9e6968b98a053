"""Runs whose process was killed outright.

A process killed with SIGKILL (the OOM killer, ``timeout -s KILL``, a reboot) cannot tell Dagster that its run
ended, so the run stays STARTED for ever; with one run at a time (``dagster_home/dagster.yaml``) the queue then
never launches another.  Every run records the process that executes it (tags ``zgc/pid``, ``zgc/host``: the
refresh command's own process, or the run worker the daemon launched), and :func:`fail_dead_runs` marks failed the
STARTED / STARTING runs of this host whose process is gone.  It runs before each ``zgc-monitor refresh`` and
every minute as the ``dead_runs`` sensor of a Dagster deployment.
"""
from __future__ import annotations

import os
import re
import socket

from dagster import DagsterRunStatus, DefaultSensorStatus, RunsFilter, SkipReason, sensor

from pipeline.warehouse import process_alive

PID_TAG = "zgc/pid"
HOST_TAG = "zgc/host"
RUN_TAG = "zgc/pid_of_run"   # the run whose process the pid tag names: a re-execution inherits its parent's tags


def process_tags(run_id: str | None = None) -> dict[str, str]:
    """The tags that name this process as the one executing a run (*run_id*, when known)."""
    return {PID_TAG: str(os.getpid()), HOST_TAG: socket.gethostname(), **({RUN_TAG: run_id} if run_id else {})}


def mark_process(context, warehouse) -> None:
    """Tag the run with the process executing it, at its first step whichever asset or op that is (a run of the later
    assets only, killed outright, stayed STARTED for ever and held the one-run queue: only raw_pages tagged it), so
    that the dead_runs sensor can find it; and with its warehouse folder (*warehouse*: the WarehouseResource),
    whoever launched it (the CLI, the UI, a schedule), so that ``status`` of another warehouse sharing the instance
    leaves it out."""
    tags = {**process_tags(context.run.run_id), "zgc/warehouse": str(warehouse.get().root.resolve())}
    if any(context.run.tags.get(k) != v for k, v in tags.items()):
        context.instance.add_run_tags(context.run.run_id, tags)


def _own_tags(run) -> bool:
    """Whether *run*'s process tags are its own: a re-execution ("Re-execute from failure", a backfill's retry)
    starts with a copy of its parent's tags, which name the parent's process, gone by then, until its first step
    tags it anew."""
    return not getattr(run, "parent_run_id", None) or run.tags.get(RUN_TAG) == run.run_id


def run_process(instance, run) -> str | None:
    """The pid of the process executing *run* on this host, as a string, or None when unknown or on another host:
    its ``zgc/pid`` tag (set at its first step), else, for a run the daemon launched on this machine and killed
    before its first step tagged it, the pid Dagster's own engine event names ("Executing steps in process (pid: N)")."""
    own = _own_tags(run)
    if own and run.tags.get(PID_TAG):
        return run.tags[PID_TAG] if run.tags.get(HOST_TAG) == socket.gethostname() else None
    if (own and HOST_TAG in run.tags) or type(instance.run_launcher).__name__ != "DefaultRunLauncher":
        return None   # (a launcher that may run it elsewhere: its pid means nothing here)
    from dagster import DagsterEventType

    try:
        records = instance.get_records_for_run(run.run_id, of_type=DagsterEventType.ENGINE_EVENT, limit=20).records
    except Exception:   # noqa: BLE001
        return None
    for record in records:
        if m := _ENGINE_PID.search(record.event_log_entry.message or ""):
            return m.group(1)
    return None


_ENGINE_PID = re.compile(r"\(pid: (\d+)\)")


def fail_dead_runs(instance) -> list[str]:
    """Mark failed the STARTED / STARTING runs whose process on this host no longer exists; their ids."""
    failed = []
    runs = instance.get_runs(filters=RunsFilter(statuses=[DagsterRunStatus.STARTED, DagsterRunStatus.STARTING]))
    for run in runs:
        pid = run_process(instance, run) or ""
        if not pid.isdigit() or int(pid) == os.getpid() or process_alive(int(pid)):
            continue
        instance.report_run_failed(run, message=f"its process {pid} is gone (killed without a chance to report): "
                                                "marked failed so that queued runs can start")
        failed.append(run.run_id)
    return failed


@sensor(name="dead_runs", minimum_interval_seconds=60, default_status=DefaultSensorStatus.RUNNING,
        description="Marks failed the runs whose process was killed outright, so the one-at-a-time queue moves on.")
def dead_runs_sensor(context):
    failed = fail_dead_runs(context.instance)
    return SkipReason(f"marked {len(failed)} dead run(s) failed: {', '.join(failed)}" if failed else "no dead runs")
