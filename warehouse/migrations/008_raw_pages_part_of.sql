-- 008: page 2, 3, … of an article split over several pages (kind 'article_page'): part_of is the address of its
-- first page (as fetched), part its page number on the site.  The extraction joins their text to the first page's.
ALTER TABLE raw_pages ADD COLUMN part_of VARCHAR;
ALTER TABLE raw_pages ADD COLUMN part INTEGER;
