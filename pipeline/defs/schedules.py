from dagster import AssetSelection, build_schedule_from_partitioned_job, define_asset_job, in_process_executor


refresh_job = define_asset_job(
    "daily_refresh", selection=AssetSelection.groups("zgc_monitor"),
    description="Crawl, extract, classify, load and publish one day, then render its digest.",
    executor_def=in_process_executor,   # see pipeline/definitions.py
)

# 07:30 Beijing time, for today's partition (the last one: DailyPartitionsDefinition(end_offset=1)); it collects
# what the sources published since the previous refresh.  Like every Dagster schedule it ships stopped: turn it on
# in the UI or with `dagster schedule start daily_refresh_schedule` (README, "Dagster").
daily_schedule = build_schedule_from_partitioned_job(refresh_job, hour_of_day=7, minute_of_hour=30)
