-- Slice 'S' of rollup_event: slice '-' summed over the kinds (kind ''), in years and months,
-- kept up to date on write with the other slices (dashboard/ReadModelUpdate). The events chart
-- reads every imposer's counts per period from it: 10,546 yearly rows at 1M events instead of
-- slice '-''s 118,465 (one per kind), read in 4 ms instead of 92 on H2. A country filter on the
-- imposer reads the imposer's rows of it through ix_rollup_event_imposer.
-- Filled here from slice '-', which holds the same events. Portable: H2 and PostgreSQL.
insert into rollup_event (dim, dim_value, grain, period, imposer_id, kind, year_only, n)
select 'S', '', r.grain, r.period, r.imposer_id, '', r.year_only, sum(r.n)
from rollup_event r
where r.dim = '-' and r.dim_value = '' and r.grain in ('Y', 'M')
group by r.grain, r.period, r.imposer_id, r.year_only
having sum(r.n) <> 0;
