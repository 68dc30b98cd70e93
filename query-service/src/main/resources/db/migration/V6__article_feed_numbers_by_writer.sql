-- Feed numbers are taken by ArticleStore.upsert only, under its lock, so that they follow commit order (see V5). A
-- column default would let any other insert take one without the lock and break that order: none, the column being
-- not null, such an insert fails instead. The sequence goes with the column.
alter table article alter column feed_seq drop default;
alter sequence article_feed_seq owned by article.feed_seq;
