-- Articles deleted by a tombstone on news.articles (a re-parse no longer finds them on their page), in the article
-- feed: each removal takes the next feed number under the same lock as the writes (see ArticleStore), so that
-- GET /api/articles/stream tells its followers of it in order, and a follower resuming with Last-Event-ID too.
create table article_removal (
    feed_seq   bigint      primary key,
    id         varchar(64) not null,
    removed_at timestamptz not null
);
