-- 001: the core tables. Applied once, recorded in schema_migrations.

-- one row per crawl run (a refresh may resume a killed run's WARC file)
CREATE TABLE crawl_runs (
    run_id        VARCHAR PRIMARY KEY,
    day           DATE NOT NULL,          -- partition day (Asia/Shanghai)
    mode          VARCHAR NOT NULL,       -- offline | live
    started_at    TIMESTAMPTZ NOT NULL,
    finished_at   TIMESTAMPTZ,
    finish_reason VARCHAR,                -- finished | killed | failed ...
    warc_file     VARCHAR NOT NULL        -- path relative to the warehouse dir
);

-- index of every response kept in the WARC archive
CREATE TABLE raw_pages (
    warc_file     VARCHAR NOT NULL,
    warc_offset   BIGINT NOT NULL,
    url           VARCHAR NOT NULL,
    canonical_url VARCHAR NOT NULL,
    source        VARCHAR,
    kind          VARCHAR,                -- article | listing | other
    status        INTEGER,
    content_type  VARCHAR,
    fetched_at    TIMESTAMPTZ,
    bytes         BIGINT,
    sha1          VARCHAR,
    day           DATE NOT NULL,
    run_id        VARCHAR NOT NULL,
    PRIMARY KEY (warc_file, warc_offset)
);

-- one row per article (keyed by canonical URL); first_seen never changes
CREATE TABLE articles (
    id               VARCHAR PRIMARY KEY,   -- sha1(canonical_url)[:16]
    url              VARCHAR NOT NULL,
    canonical_url    VARCHAR NOT NULL UNIQUE,
    source           VARCHAR NOT NULL,
    outlet           VARCHAR,
    title            VARCHAR,
    published_at     TIMESTAMPTZ,
    language         VARCHAR,               -- zh-Hans | zh-Hant | en | und
    author           VARCHAR,
    text             VARCHAR NOT NULL,
    analysis_text    VARCHAR NOT NULL,      -- simplified text for zh-Hant
    relevant         BOOLEAN,
    relevance        DOUBLE,
    taxonomy_version VARCHAR,
    first_seen       DATE NOT NULL,
    processed_at     TIMESTAMPTZ NOT NULL,
    warc_file        VARCHAR,
    warc_offset      BIGINT
);

CREATE TABLE article_labels (
    article_id       VARCHAR NOT NULL,
    code             VARCHAR NOT NULL,
    score            DOUBLE NOT NULL,
    evidence         VARCHAR NOT NULL,
    taxonomy_version VARCHAR NOT NULL,
    PRIMARY KEY (article_id, code)
);

-- pages that could not be turned into an article, with the reason
CREATE TABLE extraction_errors (
    canonical_url VARCHAR PRIMARY KEY,
    url           VARCHAR NOT NULL,
    source        VARCHAR,
    day           DATE NOT NULL,
    error         VARCHAR NOT NULL
);

-- the plans' tasks, so analysts can join names to codes
CREATE TABLE plan_tasks (
    code             VARCHAR NOT NULL,
    plan             VARCHAR NOT NULL,
    parent           VARCHAR,
    name_zh          VARCHAR,
    name_en          VARCHAR,
    taxonomy_version VARCHAR NOT NULL,
    PRIMARY KEY (code, taxonomy_version)
);

-- per source and crawl run: what was asked, what came back, what it yielded
CREATE TABLE source_health (
    run_id            VARCHAR NOT NULL,
    day               DATE NOT NULL,
    source            VARCHAR NOT NULL,
    requests          INTEGER NOT NULL,
    responses_2xx     INTEGER NOT NULL,
    responses_3xx     INTEGER NOT NULL,
    responses_4xx     INTEGER NOT NULL,
    responses_5xx     INTEGER NOT NULL,
    errors            INTEGER NOT NULL,
    new_articles      INTEGER NOT NULL,
    relevant_articles INTEGER NOT NULL,
    detail            JSON,
    PRIMARY KEY (run_id, source)
);
