from dagster import DailyPartitionsDefinition

TIMEZONE = "Asia/Shanghai"

# one partition per day of coverage, in Beijing time
daily = DailyPartitionsDefinition(start_date="2021-01-01", timezone=TIMEZONE, end_offset=1)


def outside_partitions(key: str) -> str | None:
    """None when ``key`` (YYYY-MM-DD) is a day of the daily partitions, else the range it is not in, for a message."""
    keys = daily.get_partition_keys()
    return None if key in keys else f"{keys[0]} … {keys[-1]}"
