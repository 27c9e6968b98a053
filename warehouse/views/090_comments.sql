-- Catalog comments: what a BI tool's schema browser shows (duckdb_tables(), duckdb_views(), duckdb_columns()).
-- Re-applied after the views are re-created (a replaced view loses its comments).  README.md's table says more.
COMMENT ON TABLE articles IS 'One row per article, keyed by its canonical URL; first_seen (Beijing day) never changes';
COMMENT ON COLUMN articles.id IS 'sha1(canonical_url)[:16]; article_labels.article_id and article_stories.article_id refer to it';
COMMENT ON COLUMN articles.canonical_url IS 'the article key: tracking parameters, fragment, scheme, mobile/bare hosts, trailing slash folded';
COMMENT ON COLUMN articles.source IS 'the registry name of the outlet (spiders/sources.toml); outlet is its display name';
COMMENT ON COLUMN articles.published_at IS 'publication time (TIMESTAMPTZ); for a Beijing day: CAST(timezone(''Asia/Shanghai'', published_at) AS DATE)';
COMMENT ON COLUMN articles.language IS 'zh-Hans, zh-Hant, en, or und';
COMMENT ON COLUMN articles.analysis_text IS 'the text the classifier reads (simplified Chinese for traditional articles)';
COMMENT ON COLUMN articles.first_seen IS 'Beijing day of the refresh that first extracted the article';
COMMENT ON TABLE article_labels IS 'Plan-task labels of relevant articles: article_id -> articles.id, code -> current_plan_tasks.code';
COMMENT ON COLUMN article_labels.evidence IS 'the sentence of the article that justifies the label';
COMMENT ON COLUMN article_labels.method IS 'rules (the taxonomy''s phrases) or model (the learned task model)';
COMMENT ON TABLE article_stories IS 'Each article''s story: story_id -> articles.id of the story''s first article; copy_of -> articles.id';
COMMENT ON TABLE plan_tasks IS 'Tasks and measures of the two plans, one set of rows per taxonomy version; join to current_plan_tasks instead';
COMMENT ON TABLE source_health IS 'Per crawl run and source: requests, answers, errors, new articles; detail holds every counter as JSON';
COMMENT ON TABLE raw_pages IS 'The WARC archive index: one row per archived response (kind article, listing, article_page, redirect, other)';
COMMENT ON TABLE crawl_runs IS 'One row per crawl run; run_id = partition day + T + UTC start time; order by started_at';
COMMENT ON TABLE extraction_errors IS 'Archived article pages that yielded no article, with the reason';
COMMENT ON TABLE takedowns IS 'Articles removed by zgc-monitor takedown (no text): never fetched or extracted again; archive_files held it, purged_at says whether they still do';
COMMENT ON VIEW current_plan_tasks IS 'plan_tasks of the newest taxonomy version: join labels and trends to this';
COMMENT ON VIEW refreshed_days IS 'Days some refresh looked at while they lasted (live backfills run later excluded)';
COMMENT ON VIEW task_trends IS 'Relevant articles per first-seen day, code (tasks and measures: filter parent IS NULL for tasks), source, language';
COMMENT ON VIEW task_momentum IS 'Per day and code: articles in the last 7 days against the 7 before; trend rising/falling/steady/unknown';
COMMENT ON VIEW coverage_by_outlet IS 'Relevant articles per source and language';
COMMENT ON VIEW stories IS 'One row per story: its first article, outlets and languages that carried it';
COMMENT ON VIEW task_story_trends IS 'Relevant stories per code and the story''s first day; articles counts later copies on that day too';
