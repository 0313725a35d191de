-- Each actor's colour in charts is a slot of the chart palette, given once when the actor
-- is created (the least used slot, the lowest on a tie: actor/ColourSlots) and never
-- changed, so that adding, importing or filtering data re-colours no actor. Existing
-- actors take slots in the order they were created, which is what that rule gives when
-- nothing was deleted. Portable SQL: runs unchanged on H2 and PostgreSQL.
alter table actor add column colour_slot integer;

update actor set colour_slot = mod((select count(*) from actor earlier where earlier.id < actor.id), 24);

alter table actor alter column colour_slot set not null;

alter table actor add constraint ck_actor_colour_slot check (colour_slot >= 0 and colour_slot < 24);
