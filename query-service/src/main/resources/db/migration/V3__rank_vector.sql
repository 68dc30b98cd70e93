-- Relevance is ranked on a small vector (headline block, byline, headings, lead) kept in the row: ranking reads one
-- vector per candidate, and the full search_vector (~13 kB, stored out of line) costs a TOAST fetch each.
-- storage main: compressed in the row if needed, moved out of line only as a last resort.
alter table article add column rank_vector tsvector;
alter table article alter column rank_vector set storage main;
-- Finer lexeme statistics: a two-character query is a prefix over many three-character pieces, whose frequency the
-- default statistics (100 → 1,000 most common lexemes) underestimate by 100×, steering the planner to the wrong plan.
alter table article alter column search_vector set statistics 1000;
