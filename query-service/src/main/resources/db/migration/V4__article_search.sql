-- Search runs on a narrow table of its own: the article's id, the columns the filters and the date order read, and
-- the search vector (stored out of line). A query that matches thousands of articles then reads about a hundred
-- matches per heap page instead of five (an article row carries its paragraphs), which was most of a search's time.
-- The consumer writes both tables in one statement; the full columns are read from article for the page of hits only.
create table article_search (
    id            varchar(64) primary key references article (id) on delete cascade,
    edition_date  date,
    stored_at     timestamptz not null,
    paper         text,
    page          integer,
    source        text,
    people        jsonb       not null default '[]',
    authors       jsonb       not null default '[]',
    search_vector tsvector    not null
);
-- Every stored article gets its search row now, with the vector it had, so that listings, filters and most searches
-- keep working; the start-up backfill (SearchIndexBackfill) then rebuilds each vector in Java with the current lexemes.
insert into article_search (id, edition_date, stored_at, paper, page, source, people, authors, search_vector)
select id, edition_date, stored_at, paper, page, source, people, authors, coalesce(search_vector, ''::tsvector)
from article;

-- Finer lexeme statistics: the planner's estimate of a query's matches picks its plan (see RankedWindow).
alter table article_search alter column search_vector set statistics 1000;
create index article_search_vector_idx on article_search using gin (search_vector);
create index article_search_newest_idx on article_search (edition_date desc nulls last, stored_at desc, id);
create index article_search_people_idx on article_search using gin (people jsonb_path_ops);
create index article_search_authors_idx on article_search using gin (authors jsonb_path_ops);
-- a page or a source with a date range, newest first: a broad text under these filters is tested only on their rows
create index article_search_page_idx on article_search (page, edition_date desc nulls last, stored_at desc, id);
create index article_search_source_idx on article_search (source, edition_date desc nulls last, stored_at desc, id);

-- The wide table keeps only what a page of hits needs (the rank vector).
drop index article_search_idx;
drop index article_people_idx;
drop index article_authors_idx;
drop index article_source_idx;
alter table article drop column search_vector;
update article set search_version = 0;
