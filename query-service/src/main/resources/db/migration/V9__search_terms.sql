-- Search matches on a set of terms per article (news.xuhui.query.text.SearchTerms): each Han character and each pair
-- of neighbours as a 32-bit code, words of letters and digits hashed, in an int4[] under a GIN index. No positions, no
-- weights: about a sixth of the positional tsvector it replaces (which held every three-character piece and its first
-- two characters, with positions: ~34 KB an article, 5.8x the article table). The index answers "holds all these
-- terms" exactly, so no search reads a row's terms to decide whether it matches, except a walk newest first over the
-- few rows it passes; a word of three or more characters is confirmed on the text of the candidates kept (see
-- SearchQuery#matches). Relevance stays on article.rank_vector.
alter table article_search add column terms int4[] not null default '{}';
-- the planner's estimate of a query's matches picks its plan (see RankedWindow): array statistics keep the most
-- common elements (ten per unit of target), which covers the characters and pairs of a district paper's usual words
alter table article_search alter column terms set statistics 1000;
drop index article_search_vector_idx;
alter table article_search drop column search_vector;
create index article_search_terms_idx on article_search using gin (terms);
-- every stored article is re-indexed at start-up (SearchIndexBackfill) with its terms
update article set search_version = 0;
