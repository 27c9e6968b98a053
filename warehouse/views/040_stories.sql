-- stories: one row per story (an article and its republished copies), with its outlets and languages.
CREATE OR REPLACE VIEW stories AS
SELECT s.story_id,
       any_value(f.title)                                          AS title,
       min(a.first_seen)                                           AS first_seen,
       max(a.first_seen)                                           AS last_seen,
       count(*)                                                    AS articles,
       count(DISTINCT a.source)                                    AS sources,
       string_agg(DISTINCT a.source, ', ' ORDER BY a.source)       AS source_list,
       string_agg(DISTINCT a.language, ', ' ORDER BY a.language)   AS languages,
       array_agg(DISTINCT a.source ORDER BY a.source)              AS source_array,
       array_agg(DISTINCT a.language ORDER BY a.language)          AS language_array,
       bool_or(a.relevant)                                         AS relevant
FROM article_stories s
JOIN articles a ON a.id = s.article_id
JOIN articles f ON f.id = s.story_id
GROUP BY s.story_id;
