from dagster import DailyPartitionsDefinition

TIMEZONE = "Asia/Shanghai"

# one partition per day of coverage, in Beijing time
daily = DailyPartitionsDefinition(start_date="2021-01-01", timezone=TIMEZONE, end_offset=1)
