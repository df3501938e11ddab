-- Every import: who, when, the source as received, what it changed. ${text_type} is CLOB on H2, TEXT on PostgreSQL.

create sequence import_record_seq start with 50 increment by 50;
create sequence import_change_seq start with 50 increment by 50;

create table import_record (
    id bigint not null primary key,
    imported_by varchar(100) not null,
    imported_at timestamp not null,
    company_id bigint not null references company (id),
    content_type varchar(20) not null,
    source_name varchar(500) not null,
    source_sha256 varchar(64) not null,
    source_text ${text_type} not null,
    figures_read integer not null,
    figures_added integer not null,
    figures_overwritten integer not null,
    figures_unchanged integer not null,
    mines_created varchar(2000) not null,
    evaluation varchar(500)
);

create index ix_import_record_sha on import_record (source_sha256);

-- a figure an import replaced: old and new value, for the audit
create table import_change (
    id bigint not null primary key,
    import_id bigint not null references import_record (id) on delete cascade,
    mine_name varchar(200),
    period_code varchar(10) not null,
    measure varchar(20) not null,
    metal varchar(2),
    old_value numeric(24, 6) not null,
    new_value numeric(24, 6) not null
);
