-- coverage_by_outlet: relevant articles per source and language; outlet is the display name most of them carry
-- (articles.outlet: one name per site), so a report can name the outlet rather than the registry's source code.
CREATE OR REPLACE VIEW coverage_by_outlet AS
SELECT source, mode(outlet) AS outlet, language, count(*) AS articles,
       min(first_seen) AS first_day, max(first_seen) AS last_day,
       count(*) FILTER (WHERE withdrawn_on IS NOT NULL) AS withdrawn
FROM articles
WHERE relevant
GROUP BY ALL;
