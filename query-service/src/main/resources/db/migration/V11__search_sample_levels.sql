-- Facets of a broad query count a uniform sample of its matches (search.FacetSample): counting every match of a word
-- found in most articles took seconds at a million articles. A row's sample level is the number of trailing zero bits
-- of its id's hash, so level k holds about one row in 2^(k+1), whatever the row says and whenever it was printed, and
-- one equality picks a sample of any power-of-two size. The level is the text index's third column, so that GIN
-- intersects it with the terms' entries as it does the block of dates (migration V10): a sample of a word in 90 % of
-- the archive reads only the sampled rows. Adding it costs a write one index entry. An expression, not a column: no
-- stored row changes and the writers know nothing of it; hashtext is immutable (hash partitioning relies on that).
-- The expression must stay exactly FacetSample.LEVEL_SQL for the planner to match it. Rebuilding the index reads
-- every row's terms: seconds for a paper's first years, about 25 minutes for a million articles on two cores.
-- (One line: the search benchmark's loader reads the migrations' indexes line by line.)
create index if not exists article_search_terms_sample_idx on article_search using gin (terms, ((edition_date - date '1970-01-01') / 128), (bit_count(((hashtext(id)::int8 & -hashtext(id)::int8) - 1)::bit(64))));
drop index if exists article_search_terms_block_idx;
