-- 008: page 2, 3, … of an article split over several pages (kind 'article_page'): part_of is the address of its
-- first page (as fetched), part the number its address carries (x_1.html: 1, the site's page 2; ?page=2: 2), which
-- orders the pages.  The extraction joins their text to the first page's.
ALTER TABLE raw_pages ADD COLUMN part_of VARCHAR;
ALTER TABLE raw_pages ADD COLUMN part INTEGER;
