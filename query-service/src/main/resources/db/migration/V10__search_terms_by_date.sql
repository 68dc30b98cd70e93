-- The text index holds each row's edition date (as days since 1970) beside its terms (btree_gin: a GIN index over a
-- scalar), so that a search collects the matches of its newest dates in the index alone (search.RankedWindow
-- #newestBySlices). With terms only, the newest 100 matches of a common name at a million articles meant reading all
-- of its ~14,000 candidates' dates from ~11,000 heap pages (38 ms warm, a second cold): estimating a handful of rows,
-- the planner never intersects the text index with the date index. The date is an expression, not the column, so that
-- only the slice's own bound (written as the same expression) is looked up in this index: a filter on the column
-- stays with the date index, since GIN would gather every row below an upper bound into a bitmap first. A GIN index of
-- several columns answers a condition on its terms alone as the terms-only index did, so that one is dropped.
-- btree_gin ships with PostgreSQL and is a trusted extension: a database owner may create it. ("if [not] exists": a
-- store that had this index built by hand, ahead of the migration, is taken as it is.)
create extension if not exists btree_gin;
create index if not exists article_search_terms_days_idx on article_search using gin (terms, (edition_date - date '1970-01-01'));
drop index if exists article_search_terms_idx;
