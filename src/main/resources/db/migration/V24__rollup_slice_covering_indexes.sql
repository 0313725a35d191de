-- The same for a slice's rows of the measure and in-force rollups (decision 0020): the key
-- figures of a country in either role read its target slice of rollup_measure and the yearly
-- rows of that slice of rollup_in_force, one row of each per imposer, type and period. The
-- primary keys hold the slice's columns but not the count, so H2 fetched every row from the
-- table: at 100k events, for the busiest country, 16 and 35 ms; from these indexes 7 and 13 ms.
-- Portable: H2 and PostgreSQL.
create index ix_rollup_measure_covering on rollup_measure (dim, dim_value, imposer_id, type, n);
create index ix_rollup_in_force_covering on rollup_in_force (dim, dim_value, grain, period, imposer_id, status, n);
