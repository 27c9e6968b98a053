from dagster import (AssetSelection, Config, Failure, OpExecutionContext, ScheduleDefinition,
                     build_schedule_from_partitioned_job, define_asset_job, in_process_executor, job, op)

from pipeline.defs.resources import WarehouseResource


refresh_job = define_asset_job(
    "daily_refresh", selection=AssetSelection.groups("zgc_monitor"),
    description="Crawl, extract, classify, load and publish one day, then render its digest.",
    executor_def=in_process_executor,   # see pipeline/definitions.py
)

# 07:30 Beijing time, for today's partition (the last one: DailyPartitionsDefinition(end_offset=1)); it collects
# what the sources published since the previous refresh.  Like every Dagster schedule it ships stopped: turn it on
# in the UI or with `dagster schedule start daily_refresh_schedule` (README, "Dagster").
daily_schedule = build_schedule_from_partitioned_job(refresh_job, hour_of_day=7, minute_of_hour=30)


# -- retention ------------------------------------------------------------------------------------------------
class PruneConfig(Config):
    """Days kept, today (Beijing) included: older days lose their WARC archive, crawl resume folders and finished
    Dagster runs (`zgc-monitor prune`); articles, labels and digests stay."""

    keep_days: int = 90
    keep_runs: bool = False


@op(description="Remove the WARC archive, crawl resume folders and finished Dagster runs of the days before the "
                "last keep_days (as `zgc-monitor prune`); the warehouse is not touched.")
def prune_old_days(context: OpExecutionContext, config: PruneConfig, warehouse: WarehouseResource) -> dict:
    from pipeline.defs.runs import mark_process
    from pipeline.metadata import beijing_today
    from pipeline.retention import MAX_KEEP_DAYS, prune

    mark_process(context, warehouse)   # (its warehouse: another sharing the instance leaves its prune runs out)
    if not 1 <= config.keep_days <= MAX_KEEP_DAYS:
        raise Failure(f"keep_days must be from 1 (today is always kept) to {MAX_KEEP_DAYS}, not {config.keep_days}")
    plan = prune(warehouse.get(), config.keep_days, None if config.keep_runs else context.instance,
                 today=beijing_today(), wait=3600.0, spare_run=context.run_id)
    summary = plan.summary(dry_run=False)
    context.log.info(f"pruned: {summary}")
    return summary


@job(description="Weekly retention: `zgc-monitor prune` as a Dagster job (keep_days in its run config, 90 by default).")
def prune_job():
    prune_old_days()


# Sundays 04:00 Beijing time, away from the 07:30 refresh; ships stopped like every schedule
prune_schedule = ScheduleDefinition(job=prune_job, cron_schedule="0 4 * * 0", execution_timezone="Asia/Shanghai",
                                    name="weekly_prune_schedule")
