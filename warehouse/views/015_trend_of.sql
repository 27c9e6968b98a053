-- trend_of(last, prior): 'rising', 'falling' or 'steady' for two weeks' article counts, and NULL when either is NULL
-- (a week refreshes did not look at).  A change counts only when it is larger than a steady rate gives by chance:
-- two weeks' counts of a steady rate differ by about sqrt(last + prior) (Poisson counts), so a week is rising when
-- last - prior >= 1.28 * sqrt(last + prior) (a steady rate does that about one week in ten) and falling when
-- prior - last is.  One article more (1 against 0, 2 against 1) or 5 against 3 is steady; 2 against 0, 4 against 1,
-- 20 against 10 are rising.  pipeline.digest.trend_of is the same rule; analysts can use this one on their own
-- windows: SELECT source, trend_of(sum(...) FILTER (...), sum(...) FILTER (...)) ...
CREATE OR REPLACE MACRO trend_of(last, prior) AS
    CASE WHEN last IS NULL OR prior IS NULL THEN NULL
         WHEN last - prior >= 1.28 * sqrt(last + prior) AND last > prior THEN 'rising'
         WHEN prior - last >= 1.28 * sqrt(last + prior) AND prior > last THEN 'falling'
         ELSE 'steady' END;
