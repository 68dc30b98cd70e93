-- A batch of articles is written first, by every consumer at once, and only then numbered for the feed under the
-- feed lock, just before its commit (see ArticleWriteSql): the lock is held for the numbering, not for the writing, so
-- that writers no longer wait on each other for the whole write. Between the two statements a new article has no
-- number yet; no other transaction ever sees it so, since both run in one transaction.
alter table article alter column feed_seq drop not null;
