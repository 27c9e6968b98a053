-- 013: every takedown and every undo, kept.  `takedown --undo` deletes the page's takedowns row (so that the crawl
-- may fetch it again), and with it went the record that the page had been taken down, when and why; an editor or a
-- lawyer asking "was this ever taken down, by whose request, and when was it allowed back?" had no answer.  This log
-- is only ever added to.  The takedowns already made are its first rows.
CREATE TABLE takedown_log (
    canonical_url    VARCHAR NOT NULL,
    article_id       VARCHAR,               -- the articles.id the page had when taken down (NULL: no article)
    kind             VARCHAR NOT NULL,      -- as takedowns.kind: 'article', 'copy', 'part'
    taken_down_with  VARCHAR,               -- as takedowns.taken_down_with
    source           VARCHAR,
    action           VARCHAR NOT NULL,      -- 'takedown', or 'undo' (`takedown --undo`: allowed again)
    reason           VARCHAR,               -- the reason given with that command (--reason)
    done_at          TIMESTAMPTZ NOT NULL   -- when the command did it
);
INSERT INTO takedown_log
SELECT canonical_url, article_id, kind, taken_down_with, source, 'takedown', reason, taken_at FROM takedowns;
