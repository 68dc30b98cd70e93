-- Followers of GET /api/articles/stream resume where they left off (Last-Event-ID). Each write of an article takes the
-- next number of this sequence, and the stream's event ids are these numbers: an article stored or updated after event
-- N has a number above N. Writers take the numbers in commit order (see ArticleStore.upsert), so a follower that saw N
-- has seen every article numbered below it.
create sequence article_feed_seq;
alter table article add column feed_seq bigint;
-- the articles already stored, in the order they were last written
update article a set feed_seq = o.n
from (select id, row_number() over (order by updated_at, id) as n from article) o
where a.id = o.id;
select setval('article_feed_seq', coalesce((select max(feed_seq) from article), 0) + 1, false);
alter table article alter column feed_seq set default nextval('article_feed_seq');
alter table article alter column feed_seq set not null;
create unique index article_feed_seq_idx on article (feed_seq);
