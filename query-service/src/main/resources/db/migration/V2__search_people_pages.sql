-- Full-text search over CJK bigrams. The vector is built in Java (news.xuhui.query.search.SearchVector) so that the
-- text and the queries are cut into lexemes by the same code; search_version says which cutting built it, and rows
-- with an older (or no) version are re-indexed at start-up.
alter table article add column search_vector tsvector;
alter table article add column search_version smallint not null default 0;
create index article_search_idx on article using gin (search_vector);

-- filters
create index article_people_idx on article using gin (people jsonb_path_ops);
create index article_authors_idx on article using gin (authors jsonb_path_ops);
create index article_source_idx on article (source);
-- editions, pages and continuation links: the articles of one page of one edition
create index article_edition_page_idx on article (edition_date, paper, page, ordinal);
create index article_reindex_idx on article (search_version);

-- who appears where: one row per person named in an article, kept in step with article.people by the upsert
create table article_person (
    name       varchar(64) not null,
    article_id varchar(64) not null references article (id) on delete cascade,
    primary key (name, article_id)
);
create index article_person_article_idx on article_person (article_id);

-- the page-level record of news.pages (key: page sha256): front-page teasers and the page's article ids
create table page (
    id                 varchar(64) primary key,
    schema_version     integer     not null,
    source_file_name   text,
    paper              text,
    edition_date       date,
    weekday            varchar(16),
    lunar_date         text,
    issue_number       integer,
    total_issue_number integer,
    page_count         integer,
    page               integer,
    teasers            jsonb       not null default '[]',
    article_ids        jsonb       not null default '[]',
    parser_version     varchar(32),
    parsed_at          timestamptz,
    stored_at          timestamptz not null,
    updated_at         timestamptz not null
);
create index page_edition_idx on page (edition_date, paper, page);
