"""Dagster definitions split by kind: partitions, resources, assets, checks, schedules."""
