-- Optimistic locking for the thresholds, so that two edits of one threshold (on one node or on two) cannot
-- silently overwrite each other: an update names the version it read, and the second of two edits finds it
-- moved and is refused. Alerts have had theirs since V2.
alter table threshold_setting add column version bigint default 0 not null;
