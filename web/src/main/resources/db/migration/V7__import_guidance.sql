-- How many guidance versions an import stored (issue 12): the import history shows them beside the figures.
alter table import_record add column guidance_stored integer default 0 not null;
