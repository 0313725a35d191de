-- One imposer's rows of slice '-' of rollup_event (a country filter, the events chart) read
-- from an index alone (decision 0020). Once H2 had analysed the rollup it preferred
-- ix_rollup_event_covering, whose slice prefix is equally selective on paper, and walked the
-- slice's 118,465 yearly rows at 1M events to find one imposer's 400: 45 ms for the busiest
-- country, 32 ms for Japan. With every column the read uses after the imposer, this index is
-- the narrower and the cheaper one: 0.35 and 0.32 ms (JDBC probe, median of 20 warm runs).
-- Portable: H2 and PostgreSQL.
drop index ix_rollup_event_imposer;
create index ix_rollup_event_imposer on rollup_event (imposer_id, dim, dim_value, grain, period, kind, year_only, n);
