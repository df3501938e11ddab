-- The production model of DOMAIN.md. Runs unchanged on H2 (embedded default) and PostgreSQL.
-- Sequences start at and step by 50: the allocation size the entities declare, so that EclipseLink can
-- hand out the ids of a block without a round trip each.

create sequence company_seq start with 50 increment by 50;
create sequence mine_seq start with 50 increment by 50;
create sequence production_report_seq start with 50 increment by 50;
create sequence metal_result_seq start with 50 increment by 50;
create sequence consolidated_production_seq start with 50 increment by 50;
create sequence design_parameters_seq start with 50 increment by 50;
create sequence guidance_seq start with 50 increment by 50;
create sequence user_account_seq start with 50 increment by 50;

create table company (
    id bigint not null primary key,
    name varchar(200) not null,
    constraint uk_company_name unique (name)
);

create table mine (
    id bigint not null primary key,
    company_id bigint not null references company (id),
    name varchar(200) not null,
    country char(2) not null,
    commercial_production_start date,
    constraint uk_mine_company_name unique (company_id, name)
);

create table mine_commodity (
    mine_id bigint not null references mine (id) on delete cascade,
    metal varchar(2) not null,
    primary key (mine_id, metal)
);

-- a figure is its value in normalized units with its resolution (one unit of its last printed digit)
create table production_report (
    id bigint not null primary key,
    mine_id bigint not null references mine (id),
    period_kind varchar(16) not null,
    period_year integer not null,
    period_number integer not null,
    tonnes_milled numeric(20, 4),
    tonnes_milled_resolution numeric(20, 4),
    average_tpd numeric(20, 4),
    average_tpd_resolution numeric(20, 4),
    source_document varchar(500) not null,
    source_published_on date,
    constraint uk_production_report unique (mine_id, period_kind, period_year, period_number),
    constraint ck_production_report_tonnes check (tonnes_milled is null or tonnes_milled >= 0)
);

create table metal_result (
    id bigint not null primary key,
    report_id bigint not null references production_report (id) on delete cascade,
    metal varchar(2) not null,
    grade numeric(20, 6),
    grade_resolution numeric(20, 6),
    recovery numeric(9, 4),
    recovery_resolution numeric(9, 4),
    production numeric(24, 6),
    production_resolution numeric(24, 6),
    footnote varchar(500),
    recovery_basis varchar(200),
    provisional boolean default false not null,
    constraint uk_metal_result unique (report_id, metal)
);

create table consolidated_production (
    id bigint not null primary key,
    company_id bigint not null references company (id),
    period_kind varchar(16) not null,
    period_year integer not null,
    period_number integer not null,
    metal varchar(2) not null,
    production numeric(24, 6) not null,
    production_resolution numeric(24, 6) not null,
    source_document varchar(500) not null,
    source_published_on date,
    constraint uk_consolidated_production unique (company_id, period_kind, period_year, period_number, metal)
);

create table design_parameters (
    id bigint not null primary key,
    mine_id bigint not null references mine (id),
    effective_from date not null,
    throughput_tpd numeric(20, 4),
    illustrative boolean default false not null,
    source_document varchar(500) not null,
    source_published_on date,
    constraint uk_design_parameters unique (mine_id, effective_from)
);

create table design_recovery (
    design_parameters_id bigint not null references design_parameters (id) on delete cascade,
    metal varchar(2) not null,
    recovery numeric(9, 4) not null,
    primary key (design_parameters_id, metal)
);

-- versions of guidance: a revision or a withdrawal is a new row, never an update
create table guidance (
    id bigint not null primary key,
    company_id bigint not null references company (id),
    mine_id bigint references mine (id),
    guidance_year integer not null,
    metal varchar(2) not null,
    low_amount numeric(24, 6),
    high_amount numeric(24, 6),
    announced_on date not null,
    withdrawn boolean default false not null,
    source_document varchar(500) not null,
    source_published_on date,
    constraint ck_guidance_amounts check (withdrawn or (low_amount > 0 and low_amount <= high_amount))
);

create index ix_guidance_company_year on guidance (company_id, guidance_year);

create table user_account (
    id bigint not null primary key,
    username varchar(100) not null,
    password_hash varchar(500) not null,
    enabled boolean default true not null,
    constraint uk_user_account_username unique (username)
);

create table user_role (
    user_id bigint not null references user_account (id) on delete cascade,
    role varchar(20) not null,
    primary key (user_id, role)
);

create table user_mine (
    user_id bigint not null references user_account (id) on delete cascade,
    mine_id bigint not null references mine (id),
    primary key (user_id, mine_id)
);
