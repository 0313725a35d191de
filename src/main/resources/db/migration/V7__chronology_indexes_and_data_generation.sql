-- The chronology pages through events and enforcement actions in date order; with the id as
-- second column the index gives that order completely (ties on a first day are common: a
-- date known only to the month or year is stored as its first day), so a page reads only
-- its own rows. They replace the date-only indexes.
drop index ix_measure_event_date;
create index ix_measure_event_date_id on measure_event (date_from, id);
drop index ix_enforcement_date;
create index ix_enforcement_date_id on enforcement_action (date_from, id);

-- A counter that goes up whenever domain data changes (base/DataChanges). Cached dashboard
-- aggregates are keyed by it, so every application instance sharing the database sees a
-- change at once.
create table data_generation (
    id          integer not null primary key,
    generation  bigint  not null
);
insert into data_generation (id, generation) values (1, 0);
