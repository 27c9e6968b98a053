-- trend_of(last, prior): 'rising', 'falling' or 'steady' for two weeks' article counts, and NULL when either is NULL
-- (a week refreshes did not look at).  A change counts only when it is larger than a steady rate gives by chance:
-- two weeks' counts of a steady rate differ by about sqrt(last + prior) (Poisson counts), so a week is rising when
-- last - prior >= 1.28 * sqrt(last + prior) (a steady rate does that about one week in ten, and is falling as often)
-- and falling when prior - last is.  One article more (1 against 0, 2 against 1) or 5 against 3 is steady; 2 against
-- 0, 4 against 1, 20 against 10 are rising.  pipeline.digest.trend_of is the same rule.  Analysts can use it on their
-- own windows; a week with no rows is a count of 0, not NULL:
--   SELECT source, trend_of(coalesce(sum(articles) FILTER (WHERE day > current_date - 7), 0),
--                           coalesce(sum(articles) FILTER (WHERE day <= current_date - 7), 0))
--   FROM task_trends WHERE day > current_date - 14 GROUP BY source
CREATE OR REPLACE MACRO trend_of(last, prior) AS
    CASE WHEN last IS NULL OR prior IS NULL THEN NULL
         WHEN last::DOUBLE - prior::DOUBLE >= 1.28 * sqrt(last::DOUBLE + prior::DOUBLE) AND last::DOUBLE > prior::DOUBLE
             THEN 'rising'
         WHEN prior::DOUBLE - last::DOUBLE >= 1.28 * sqrt(last::DOUBLE + prior::DOUBLE) AND prior::DOUBLE > last::DOUBLE
             THEN 'falling'
         ELSE 'steady' END;
