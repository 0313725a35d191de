-- Import/export (issue 5): every record is exchanged under a stable key.
-- Source documents get the key the other records already have (seed_key): the catalogue key
-- for shipped documents (set by the seed document loader), or the key a document was
-- imported under. Records created in this database without a key are exported as
-- <kind>-<origin>-<id>, where origin is a random code this database draws once (below), so
-- that such keys never collide with keys imported from another database.
alter table source_document add column seed_key varchar(100);
alter table source_document add constraint uk_source_document_seed_key unique (seed_key);

create table exchange_origin (
    id      integer      primary key,
    origin  varchar(40)  not null,
    constraint ck_exchange_origin_single check (id = 1)
);
