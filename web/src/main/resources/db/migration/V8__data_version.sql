-- The version of what the rules judge (issue 14): raised by every transaction that takes the evaluation lock, that
-- is by every import, edit of a design, guidance or threshold and evaluation, and committed with it. A node keeps
-- what it derived from the data (guidance compliance) only while the version it read is still the database's.
alter table evaluation_lock add column data_version bigint default 0 not null;
