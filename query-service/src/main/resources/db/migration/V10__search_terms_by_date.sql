-- The text index holds each row's block of edition dates (days since 1970 / 128: about a third of a year) beside its
-- terms (btree_gin: a GIN index over a scalar), so that a search collects the matches of its newest dates one block
-- at a time in the index alone (search.RankedWindow#newestByBlocks). With terms only, the newest 100 matches of a
-- common name at a million articles meant reading all of its ~14,000 candidates' dates from ~11,000 heap pages: the
-- planner, estimating a handful of rows, never intersects the text index with the date index. A block is an equality,
-- which GIN intersects with the terms' entries; a date range would gather every row in it into a bitmap first (~0.8 us
-- a row: slower than reading the candidates). The block is an expression, not a column, so the criteria's own date
-- filters stay with the date index. A GIN index of several columns answers a condition on its terms alone as the
-- terms-only index did, so that one is dropped. btree_gin ships with PostgreSQL and is a trusted extension: a
-- database owner may create it. ("if [not] exists": a store that had this index built by hand, ahead of the
-- migration, is taken as it is.)
create extension if not exists btree_gin;
create index if not exists article_search_terms_block_idx on article_search using gin (terms, ((edition_date - date '1970-01-01') / 128));
drop index if exists article_search_terms_idx;
