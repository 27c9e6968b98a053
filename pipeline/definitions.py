"""The Dagster entry point: `dagster dev` (see [tool.dagster] in pyproject.toml) loads `defs`."""

import logging
import os

from dagster import Definitions, in_process_executor

from pipeline.defs.assets import ALL_ASSETS
from pipeline.defs.checks import ALL_CHECKS
from pipeline.defs.resources import CrawlerResource, WarehouseResource
from pipeline.defs.runs import dead_runs_sensor
from pipeline.defs.schedules import daily_schedule, prune_job, prune_schedule, refresh_job

defs = Definitions(
    assets=ALL_ASSETS,
    asset_checks=ALL_CHECKS,
    jobs=[refresh_job, prune_job],
    schedules=[daily_schedule, prune_schedule],
    sensors=[dead_runs_sensor],
    resources={"warehouse": WarehouseResource(), "crawler": CrawlerResource()},
    # one process per run: the steps run one after another anyway, and the process a run records
    # (pipeline/defs/runs.py) is then the run's own, alive until the run ends, not a finished step's
    executor=in_process_executor,
)

if not os.environ.get("DAGSTER_HOME"):   # (zgc-monitor sets it; `dagster dev` and `dagster asset materialize` do not)
    logging.getLogger("zgc_monitor").warning(
        "DAGSTER_HOME is not set: Dagster runs these definitions on a temporary instance, whose runs and schedules "
        "zgc-monitor status never sees; set DAGSTER_HOME=<checkout>/dagster_home (README, Dagster)")
