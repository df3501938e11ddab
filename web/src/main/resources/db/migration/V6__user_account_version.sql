-- Optimistic locking for user accounts, so that two administrators changing one user's roles or mines (on
-- one node or on two) cannot silently overwrite each other: the users page names the version it showed, and
-- a change based on an earlier state is refused. changed_at is set by every change, so that a change of roles
-- or mines alone (rows of user_role and user_mine) updates the account's own row and so its version.
alter table user_account add column version bigint default 0 not null;
alter table user_account add column changed_at timestamp;
