-- Alerts raised by the anomaly rules, their history, and the thresholds the rules read.

create sequence alert_seq start with 50 increment by 50;
create sequence alert_transition_seq start with 50 increment by 50;

-- one alert per rule, subject and period: subject_key is rule|mine:<id> or company:<id>|period|metal,
-- unique here so that evaluations racing on several nodes cannot make two
create table alert (
    id bigint not null primary key,
    subject_key varchar(200) not null,
    rule_id varchar(50) not null,
    severity varchar(10) not null,
    status varchar(15) not null,
    company_id bigint not null references company (id),
    mine_id bigint references mine (id),
    period_code varchar(10) not null,
    metal varchar(2),
    message varchar(2000) not null,
    evidence varchar(8000) not null,
    raised_at timestamp not null,
    updated_at timestamp not null,
    -- whether the last evaluation found it: a finding that comes back reopens; one resolved by hand while
    -- still found stays resolved
    currently_found boolean default true not null,
    version bigint default 0 not null,
    constraint uk_alert_subject unique (subject_key)
);

create index ix_alert_status on alert (status);
create index ix_alert_mine on alert (mine_id);

create table alert_transition (
    id bigint not null primary key,
    alert_id bigint not null references alert (id) on delete cascade,
    from_status varchar(15),
    to_status varchar(15) not null,
    actor varchar(100) not null,
    occurred_at timestamp not null,
    note varchar(2000)
);

create index ix_alert_transition_alert on alert_transition (alert_id);

create table threshold_setting (
    setting_key varchar(100) not null primary key,
    setting_value numeric(20, 6) not null,
    updated_by varchar(100) not null,
    updated_at timestamp not null
);

-- a single row that evaluations lock, so that one node at a time reconciles findings with alerts
create table evaluation_lock (
    id integer not null primary key,
    last_evaluated_at timestamp
);
insert into evaluation_lock (id) values (1);
