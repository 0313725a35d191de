-- The dashboard's read model (dashboard/ReadModel), kept up to date in the transaction of every
-- change to a measure, its events or an enforcement action, and filled for existing data by the
-- Java migration V17 (db/migration/V17__Read_model_backfill). Portable SQL: H2 and PostgreSQL.

-- The periods in which a measure is in force (IN_FORCE) or may or may not be (UNCERTAIN: a
-- deciding step is dated only to a month or a year that has begun but not ended), computed by
-- the one lifecycle rule, measure/Lifecycle.spans. valid_to is the first day after the period,
-- null while it lasts. No foreign key: the rows are what the rollups counted, and are replaced,
-- not cascaded, when the measure changes or goes.
create table measure_status_span (
    measure_id  bigint      not null,
    valid_from  date        not null,
    valid_to    date,
    status      varchar(10) not null,
    constraint pk_measure_status_span primary key (measure_id, valid_from),
    constraint ck_measure_status_span_status check (status in ('IN_FORCE', 'UNCERTAIN')),
    constraint ck_measure_status_span_range check (valid_to is null or valid_to > valid_from)
);
create index ix_measure_status_span_from on measure_status_span (valid_from);
create index ix_measure_status_span_to on measure_status_span (valid_to);

-- The measures, events and enforcement actions as the rollups last counted them: a change
-- takes out what these rows counted and adds what the records hold now, so that the rollups
-- stay equal to a full recomputation whatever changed in between.
create table counted_measure (
    measure_id    bigint      not null primary key,
    imposer_id    bigint      not null,
    target_id     bigint      not null,
    type          varchar(30) not null,
    coalition_id  bigint
);

create table counted_event (
    event_id        bigint      not null primary key,
    measure_id      bigint      not null,
    kind            varchar(30) not null,
    date_from       date,
    date_precision  varchar(10) not null
);
create index ix_counted_event_measure on counted_event (measure_id);

create table counted_enforcement (
    action_id             bigint      not null primary key,
    actor_id              bigint      not null,
    target_id             bigint,
    kind                  varchar(30) not null,
    date_from             date,
    measure_id            bigint,
    measure_type          varchar(30),
    measure_coalition_id  bigint
);
create index ix_counted_enforcement_measure on counted_enforcement (measure_id);

-- Rollups. Each row counts records of one slice of the data: dim '-' all of them, 'T' those
-- whose measure (or action) targets the actor dim_value, 'Y' those whose measure has the type
-- dim_value, 'C' those whose measure was taken within the coalition dim_value, 'K' measures
-- with an event of the kind dim_value. A country filter on the imposer reads the imposer column;
-- one on the target reads slice 'T'. grain: 'Y' years (period = the year), 'M' months (period =
-- year * 12 + month - 1), 'U' undated (period 0), 'A' all time (period 0). Months are kept for
-- slice '-' only: a monthly chart of a slice is counted from the records (dashboard/RollupFilter).

-- Lifecycle events per period, imposer and kind; year_only marks events dated only to a year
-- (grain 'M'), which a monthly chart leaves out.
create table rollup_event (
    dim         varchar(1)  not null,
    dim_value   varchar(30) not null,
    grain       varchar(1)  not null,
    period      integer     not null,
    imposer_id  bigint      not null,
    kind        varchar(30) not null,
    year_only   smallint    not null,
    n           bigint      not null,
    constraint pk_rollup_event primary key (dim, dim_value, grain, period, imposer_id, kind, year_only)
);
-- one imposer's rows of slice '-' (a country filter), without reading every imposer's
create index ix_rollup_event_imposer on rollup_event (imposer_id, dim, grain, period);

-- Changes in the number of measures in force (or uncertain) per period and imposer: a span
-- adds 1 in the period it starts and takes 1 away in the period it ends, so that the sum over
-- the periods up to one is the number at that period's end.
create table rollup_in_force (
    dim         varchar(1)  not null,
    dim_value   varchar(30) not null,
    grain       varchar(1)  not null,
    period      integer     not null,
    imposer_id  bigint      not null,
    status      varchar(10) not null,
    n           bigint      not null,
    constraint pk_rollup_in_force primary key (dim, dim_value, grain, period, imposer_id, status)
);
create index ix_rollup_in_force_imposer on rollup_in_force (imposer_id, dim, grain, period);

-- Measures per imposer and type.
create table rollup_measure (
    dim         varchar(1)  not null,
    dim_value   varchar(30) not null,
    imposer_id  bigint      not null,
    type        varchar(30) not null,
    n           bigint      not null,
    constraint pk_rollup_measure primary key (dim, dim_value, imposer_id, type)
);

-- Enforcement actions per period, acting actor and kind (grain 'A' counts undated ones too;
-- slices other than '-' have grain 'A' only).
create table rollup_enforcement (
    dim        varchar(1)  not null,
    dim_value  varchar(30) not null,
    grain      varchar(1)  not null,
    period     integer     not null,
    actor_id   bigint      not null,
    kind       varchar(30) not null,
    n          bigint      not null,
    constraint pk_rollup_enforcement primary key (dim, dim_value, grain, period, actor_id, kind)
);
create index ix_rollup_enforcement_actor on rollup_enforcement (actor_id, dim, grain, period);
