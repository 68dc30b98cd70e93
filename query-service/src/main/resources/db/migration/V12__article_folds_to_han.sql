-- Whether any text of the article holds a character that normalising turns into a Han character other than itself
-- (news.xuhui.query.text.CjkText#foldsAnyToHan: compatibility and radical forms, enclosed ideographs). A candidate of a
-- word of three or more characters that lacks the word as stored is no match when this is false: the database rules
-- it out on the flag, where it ran a regular expression over the candidate's whole text (~0.1 ms a row, a third of a
-- phrase search that met 40 such rows; see search.SearchSql#HELD). Null until known: the writers set it, and rows
-- stored before are filled in the background at start-up (store.SearchIndexBackfill), the old test covering them
-- meanwhile.
alter table article add column folds_to_han boolean;
-- the rows still to fill, so that each batch of the backfill finds them without scanning the table (it shrinks to
-- nothing as they are filled, and the writers never add to it)
create index article_folds_unknown_idx on article (id) where folds_to_han is null;
