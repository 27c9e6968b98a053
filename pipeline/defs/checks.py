"""Asset checks beside the assets they check; figures returned as metadata."""


import re
from datetime import date

from dagster import AssetCheckExecutionContext, AssetCheckResult, AssetCheckSeverity, asset_check

from pipeline.defs.assets import article_labels, articles, source_health
from pipeline.defs.resources import WarehouseResource

# strings that must never survive cleaning (a subset of the cleaning rules, as a tripwire)
BOILERPLATE_MARKERS = (
    "版權與免責聲明", "版权与免责声明", "免责声明", "ICP备", "ICP備", "公网安备", "公網安備",
    "[ 责编", "责任编辑：", "责任编辑:", "(完)", "（完）", "(over)", "正在阅读", "推荐阅读",
    "您此时的心情", "加载中", "点击右上角微信好友", "All Rights Reserved",
)
PINYIN_ANNOTATION = r"[\u4e00-\u9fff]\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)"


def _run_day(context: AssetCheckExecutionContext) -> date | None:
    """The run's partition day (None for a run without one)."""
    partition = context.run.tags.get("dagster/partition")
    return date.fromisoformat(partition) if partition else None


def _first_seen(day: date | None) -> tuple[str, list]:
    """A WHERE clause for the articles *day* first saw (all articles for None): a check of text reads the day's
    articles, not the whole warehouse's again (a year of them took seconds and a gigabyte a run)."""
    return ("WHERE first_seen = ?", [day]) if day else ("", [])


def empty_texts(con, day: date | None) -> tuple[int, int]:
    """(articles, of them with empty or near-empty text) first seen on *day*."""
    where, params = _first_seen(day)
    return con.execute(
        f"SELECT count(*), count(*) FILTER (WHERE length(trim(text)) < 20) FROM articles {where}", params).fetchone()


def boilerplate_left(con, day: date | None) -> tuple[int, list[dict]]:
    """(articles, those with a boilerplate marker or a pinyin annotation left) first seen on *day*."""
    where, params = _first_seen(day)
    rows = con.execute(f"SELECT id, text FROM articles {where}", params).fetchall()
    bad = []
    rx = re.compile(PINYIN_ANNOTATION)
    for aid, text in rows:
        hits = [m for m in BOILERPLATE_MARKERS if m in text]
        if rx.search(text):
            hits.append("pinyin annotation")
        if hits:
            bad.append({"id": aid, "markers": hits})
    return len(rows), bad


@asset_check(asset=articles, description="No article first seen on the run's day has empty or near-empty text.")
def no_empty_text(context: AssetCheckExecutionContext, warehouse: WarehouseResource) -> AssetCheckResult:
    with warehouse.get().writer() as con:
        n, empty = empty_texts(con, _run_day(context))
    return AssetCheckResult(passed=empty == 0, metadata={"articles": n, "empty": empty})


@asset_check(asset=articles, description="Every article belongs to a story, and every story is named after one of its articles.")
def every_article_in_a_story(warehouse: WarehouseResource) -> AssetCheckResult:
    with warehouse.get().writer() as con:
        def count(sql: str) -> int:
            return con.execute(sql).fetchone()[0]

        figures = {
            "articles": count("SELECT count(*) FROM articles"),
            "without_story": count("SELECT count(*) FROM articles a ANTI JOIN article_stories s ON s.article_id = a.id"),
            "stories": count("SELECT count(DISTINCT story_id) FROM article_stories"),
            "republished_copies": count("SELECT count(*) FROM article_stories WHERE match = 'copy'"),
            "translations": count("SELECT count(*) FROM article_stories WHERE match = 'translation'"),
            "stories_without_their_first_article": count(
                "SELECT count(*) FROM article_stories s ANTI JOIN article_stories f ON f.article_id = s.story_id"),
        }
    return AssetCheckResult(passed=figures["without_story"] == 0 and figures["stories_without_their_first_article"] == 0,
                            metadata=figures)


@asset_check(asset=articles, description=(
    "No boilerplate marker or pinyin annotation is left in the text of an article first seen on the run's day."))
def no_boilerplate_left(context: AssetCheckExecutionContext, warehouse: WarehouseResource) -> AssetCheckResult:
    with warehouse.get().writer() as con:
        n, bad = boilerplate_left(con, _run_day(context))
    return AssetCheckResult(passed=not bad, severity=AssetCheckSeverity.ERROR,
                            metadata={"articles": n, "with_markers": len(bad), "examples": bad[:10]})


@asset_check(asset=article_labels, description=(
    "Every article has been classified (relevance and taxonomy version) and every label quotes its evidence. "
    "Relevant articles that match no plan task are counted, not failed: the digest lists them on their own."))
def articles_classified(warehouse: WarehouseResource) -> AssetCheckResult:
    with warehouse.get().writer() as con:
        relevant, unclassified, no_task, no_evidence = con.execute("""
            SELECT count(*) FILTER (WHERE a.relevant),
                   count(*) FILTER (WHERE a.relevant IS NULL OR a.taxonomy_version IS NULL),
                   count(*) FILTER (WHERE a.relevant AND NOT EXISTS
                                    (SELECT 1 FROM article_labels l WHERE l.article_id = a.id)),
                   (SELECT count(*) FROM article_labels WHERE length(trim(evidence)) = 0)
            FROM articles a""").fetchone()
    return AssetCheckResult(passed=unclassified == 0 and no_evidence == 0,
                            metadata={"relevant": relevant, "unclassified": unclassified,
                                      "relevant_without_plan_task": no_task, "labels_without_evidence": no_evidence})


@asset_check(asset=source_health, description=(
    "Every source, on the run's day, yielded a new article within the last 7 days, answered at least half of the "
    "requests of its latest crawl and was not shut out by robots.txt (a warning: a source site can be down without "
    "anything here being wrong)."))
def sources_healthy(context: AssetCheckExecutionContext, warehouse: WarehouseResource) -> AssetCheckResult:
    from pipeline.warehouse import broken_sources

    with warehouse.get().writer() as con:
        day = _run_day(context) or con.execute("SELECT max(day) FROM source_health").fetchone()[0]
        broken = broken_sources(con, day) if day else ()
    return AssetCheckResult(passed=not broken, severity=AssetCheckSeverity.WARN,
                            metadata={"day": day.isoformat() if day else None,
                                      "broken": [f"{s}: {why}" for s, why in broken]})


ALL_CHECKS = [no_empty_text, every_article_in_a_story, no_boilerplate_left, articles_classified, sources_healthy]
