-- The period a data steward gave for a release that does not say it (issue 12): with the stored text it reproduces the
-- figures stored, and the history says the period was the steward's, not the text's.
alter table import_record add column given_period varchar(16);
