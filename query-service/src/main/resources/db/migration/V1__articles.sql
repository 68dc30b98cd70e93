-- One row per article id; the consumer upserts, so replays and re-published pages never duplicate.
create table article (
    id                  varchar(64)  primary key,
    page_id             varchar(64)  not null,
    ordinal             integer      not null,
    schema_version      integer      not null,
    source_file_name    text,
    source_encoding     varchar(32),
    paper               text,
    edition_date        date,
    weekday             varchar(16),
    lunar_date          text,
    issue_number        integer,
    total_issue_number  integer,
    page_count          integer,
    page                integer,
    kicker              text,
    title               text,
    subtitle            text,
    authors             jsonb        not null default '[]',
    source              text,
    continued_from_page integer,
    continued_to_page   integer,
    paragraphs          jsonb        not null default '[]',
    sections            jsonb        not null default '[]',
    people              jsonb        not null default '[]',
    parser_version      varchar(32),
    parsed_at           timestamptz,
    stored_at           timestamptz  not null,
    updated_at          timestamptz  not null
);

-- the default listing: newest edition first, then newest stored
create index article_newest_idx on article (edition_date desc nulls last, stored_at desc, id);
create index article_page_idx on article (page_id);
