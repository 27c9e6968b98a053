"""The Dagster definitions load, and say what the README says they do."""

from pipeline.definitions import defs


def test_definitions_load_with_assets_checks_job_and_schedule():
    repo = defs.get_repository_def()
    keys = {k.to_user_string() for k in repo.asset_graph.get_all_asset_keys()}
    assert keys == {"raw_pages", "articles", "article_labels", "source_health", "warehouse_snapshot", "daily_digest"}
    checks = {c.name for c in repo.asset_graph.asset_check_keys}
    assert {"no_empty_text", "every_article_in_a_story", "no_boilerplate_left", "relevant_articles_labelled",
            "sources_healthy"} <= checks
    job = defs.resolve_job_def("daily_refresh")
    assert job.partitions_def.timezone == "Asia/Shanghai"
    schedule = defs.resolve_schedule_def("daily_refresh_schedule")
    assert schedule.execution_timezone == "Asia/Shanghai"
