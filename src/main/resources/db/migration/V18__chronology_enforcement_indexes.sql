-- The chronology reads a country's enforcement actions as one lookup per role, each in date
-- order (chronology/ChronologyService): these indexes carry the date and id after the actor and
-- after the target, so that a page reads only its own rows.
create index ix_enforcement_actor_date on enforcement_action (actor_id, date_from, id);
create index ix_enforcement_target_date on enforcement_action (target_id, date_from, id);
