-- 005: each task, measure and project carries its description from the taxonomy (the plan's own paragraph, or for
-- the Beijing centre's six projects the press conference that announced them), so an analyst can read what a code
-- covers without opening the taxonomy file.  Rows of earlier taxonomy versions keep NULL.
ALTER TABLE plan_tasks ADD COLUMN description VARCHAR;
